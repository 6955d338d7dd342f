"""Writers: a :class:`~benchmarks.generate.Meeting` as plain text (pdftotext -layout style) or as a PDF (fpdf2)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from pathlib import Path

from .generate import NBSP, Block, Meeting

WIDTH = 92  # characters on a line of the text layout
LABEL_COL = 30  # where the values of the first page's label column start
PAGE_LINES = 52  # content lines per text page, between the running head and foot
FIXED = dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=dt.UTC)  # PDF metadata date: same seed, same bytes

# Words a wrapped line must not start with: the parser would read them as a list item or a new § heading.
_NO_LINE_START = ("att", "-", "–", "•", "§")


def _bad_start(word: str) -> bool:
    w = word.replace(NBSP, " ")
    if w.casefold() in _NO_LINE_START or w.startswith("§"):
        return True
    # "2." or "a)" at a line start reads as a list marker.
    return (len(w) <= 3 and w[:-1].isdigit() and w[-1:] in ".):") or (len(w) == 2 and w[1] in ").")


def wrap(text: str, fits: Callable[[str], bool], *, title: bool = False) -> list[str]:
    """Greedy line breaking at spaces (never inside a name glued with NBSP), avoiding misleading line starts.

    ``title`` also keeps a wrapped title recognisable: a continuation line starts in lower case or follows a
    line that ends with a joining word, as the parser expects of a title running over several lines.
    """
    words = text.split(" ")
    lines: list[list[str]] = []
    cur: list[str] = []
    for w in words:
        if cur and not fits(" ".join([*cur, w]).replace(NBSP, " ")):
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    # Move words down (or up) so that no line starts badly; a last line of one word also moves one down.
    for i in range(1, len(lines)):
        for _ in range(6):
            prev, line = lines[i - 1], lines[i]
            ok = not _bad_start(line[0]) and (not title or _title_ok(prev, line))
            if i == len(lines) - 1 and len(line) == 1 and len(prev) > 2:
                ok = False
            if ok or len(prev) <= 1:
                break
            line.insert(0, prev.pop())
    return [" ".join(line).replace(NBSP, " ") for line in lines if line]


def _title_ok(prev: list[str], line: list[str]) -> bool:
    return line[0][:1].islower() or prev[-1] in ("och", "om", "för", "mellan", "av") or prev[-1].endswith(
        (",", "-", "–"))


# ------------------------------------------------------------------------------------------------ text


def _label_rows(rows: list[tuple[str, str]]) -> list[str]:
    return [f"{label:<{LABEL_COL}}{value}".rstrip() if value else label for label, value in rows]


def _text_lines(blocks: list[Block], style: str) -> list[str]:
    """Content lines of the paragraphs; '' is a blank line, '\\x00' marks a § head (kept off a page's foot)."""
    out: list[str] = []
    fits = lambda s: len(s) <= WIDTH  # noqa: E731
    prev = ""
    for b in blocks:
        if b.kind == "head":
            out += ["", "", "\x00" + (f"{b.text:<62}{b.extra}".rstrip() if b.extra else b.text)]
            if style == "sthlm":
                out.append("")
        elif b.kind == "title":
            out.append(b.text)
        elif b.kind == "line":
            if prev != "line" and out and out[-1] != "" and (prev != "heading" or style == "sthlm"):
                out.append("")
            out.append(b.text.replace(NBSP, " "))
        elif b.kind == "heading":
            out += ["", b.text]
            if style == "sthlm":
                out.append("")
        elif b.kind == "item":
            parts = wrap(b.text, lambda s: len(s) <= WIDTH - 3)
            out.append(f"{b.extra} {parts[0]}")
            out.extend("   " + p for p in parts[1:])
        else:  # text, quote
            if prev in ("text", "quote", "item", "line") or (prev == "heading" and style == "sthlm"):
                if out and out[-1] != "":
                    out.append("")
            out.extend(wrap(b.text, fits))
        prev = b.kind
    return out


def render_txt(m: Meeting) -> str:
    """The minutes as pdftotext -layout would give them: pages split by form feeds, running head and foot."""
    body: list[str] = _text_lines(m.blocks, m.style)
    width = max(len(n) for n, _ in m.signatures) + 6
    body += ["", "", "Vid protokollet", "", m.secretary, "sekreterare", "", f"Justerat {m.adjusted.isoformat()}",
             "", "".join(f"{n:<{width}}" for n, _ in m.signatures).rstrip(),
             "".join(f"{r:<{width}}" for _, r in m.signatures).rstrip()]
    pages: list[list[str]] = [_label_rows(m.first_page)]
    cur: list[str] = []
    for line in body:
        if not cur and line == "":
            continue  # a page does not start with blank lines
        if line.startswith("\x00") and len(cur) > PAGE_LINES - 6:
            pages.append(cur)
            cur = []
        cur.append(line.lstrip("\x00"))
        if len(cur) >= PAGE_LINES:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    total = len(pages)
    out = []
    for n, lines in enumerate(pages, 1):
        head = [f"{m.header_org:<43}{'SAMMANTRÄDESPROTOKOLL':<40}{n} ({total})",
                f"{'':43}Sammanträdesdatum", f"{m.body_name:<43}{m.date.isoformat()}", "", ""]
        foot = ["", "", "", f"{'Justerandes sign':<62}Utdragsbestyrkande", f"{'_' * 24:<62}{'_' * 24}"]
        pad = [""] * (PAGE_LINES - len(lines))
        out.append("\n".join(head + lines + pad + foot) + "\n")
    return "\f".join(out)


# ------------------------------------------------------------------------------------------------ PDF


def find_font() -> Path:
    """A TrueType font with Swedish letters: DejaVu Sans from the system or from matplotlib's own fonts."""
    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                  Path("/usr/share/fonts/dejavu/DejaVuSans.ttf")]
    spec = importlib.util.find_spec("matplotlib")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        candidates.append(Path(loc) / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf")
    for c in candidates:
        if c.exists():
            return c
    raise FileNotFoundError("no DejaVuSans.ttf found (install fonts-dejavu-core or matplotlib)")


def render_pdf(m: Meeting, path: Path, font: Path | None = None) -> int:
    """Write the minutes as an A4 PDF with a running head ("Sida N (M)") and foot; returns the page count."""
    from fpdf import FPDF

    font = font or find_font()
    bold = font.with_name("DejaVuSans-Bold.ttf")

    class Protocol(FPDF):
        open_par: str | None = None

        def header(self) -> None:
            self.set_font("DejaVu", "B", 10)
            self.cell(75, 5, m.header_org)
            self.set_font("DejaVu", "", 10)
            self.cell(62, 5, "SAMMANTRÄDESPROTOKOLL")
            self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(75, 5, m.body_name)
            self.cell(0, 5, f"Sammanträdesdatum {m.date.isoformat()}", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
            if self.open_par and self.page_no() > 1:
                self.set_font("DejaVu", "B", 11)
                self.cell(0, 6, f"§ {self.open_par} forts.", new_x="LMARGIN", new_y="NEXT")
                self.ln(1)
            self.set_font("DejaVu", "", 10.5)

        def footer(self) -> None:
            self.set_y(-20)
            self.set_font("DejaVu", "", 8)
            self.cell(85, 4, "Justerandes sign")
            self.cell(0, 4, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")
            self.cell(85, 6, "______________________")
            self.cell(0, 6, "______________________")

    pdf = Protocol(format="A4")
    pdf.add_font("DejaVu", "", str(font))
    pdf.add_font("DejaVu", "B", str(bold if bold.exists() else font))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=26)
    pdf.alias_nb_pages()
    pdf.set_title(f"{m.body_name}s protokoll {m.date.isoformat()}")
    pdf.set_author(m.muni_name)
    pdf.set_creator("Ärendehanteringssystem")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(FIXED)
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def lines(text: str, size: float, style: str = "", indent: float = 0, title: bool = False) -> None:
        pdf.set_font("DejaVu", style, size)
        for ln in wrap(text, lambda s: pdf.get_string_width(s) <= width - indent - 1, title=title):
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")

    # First page: a label column and a value column.
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for label, value in m.first_page:
        pdf.set_font("DejaVu", "B" if label and not value else "", 10)
        pdf.cell(58, 5, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    prev = ""
    for b in m.blocks:
        if b.kind == "head":
            pdf.open_par = None
            if pdf.get_y() > pdf.h - 70 and pdf.page_no() > 1:
                pdf.add_page()
            elif pdf.page_no() == 1:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("DejaVu", "B", 12)
            pdf.cell(100, 6, b.text)
            pdf.set_font("DejaVu", "", 10.5)
            pdf.cell(0, 6, b.extra, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.open_par = b.text.split()[-1]
        elif b.kind == "title":
            lines(b.text, 11.5, "B", title=True)
            pdf.ln(2)
        elif b.kind == "line":
            lines(b.text, 10.5)
        elif b.kind == "heading":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1.5)
            lines(b.text, 10.5, "B")
        elif b.kind == "item":
            pdf.set_font("DejaVu", "", 10.5)
            parts = wrap(b.text, lambda s: pdf.get_string_width(s) <= width - 8)
            pdf.cell(7, 5.25, b.extra)
            pdf.cell(0, 5.25, parts[0], new_x="LMARGIN", new_y="NEXT")
            for p in parts[1:]:
                pdf.set_x(pdf.l_margin + 7)
                pdf.cell(0, 5.25, p, new_x="LMARGIN", new_y="NEXT")
        else:
            if prev in ("text", "quote"):
                pdf.ln(1)
            lines(b.text, 10.5)
        prev = b.kind
    pdf.open_par = None
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    pdf.set_font("DejaVu", "", 10.5)
    for text in ("Vid protokollet", "", m.secretary, "sekreterare", "", f"Justerat {m.adjusted.isoformat()}", ""):
        pdf.cell(0, 5.25, text, new_x="LMARGIN", new_y="NEXT")
    col = min(60.0, width / len(m.signatures))
    for row in ([n for n, _ in m.signatures], [r for _, r in m.signatures]):
        for cell in row:
            pdf.cell(col, 5.25, cell)
        pdf.ln(5.25)
    pdf.output(str(path))
    return pdf.page_no()
