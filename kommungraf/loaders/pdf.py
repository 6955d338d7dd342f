"""PDF minutes: the text layer read with pdfium, laid out line by line in visual reading order.

pdfium returns text in content-stream order, which is not always reading order: running footers often come
first, and the cells of a two-column table come out on one line ("A (L), ordförande B (M)").  So the reader
takes the boxes of pdfium's words, groups them into visual lines top to bottom, and splits a line into cells
where a wide horizontal gap (or a column edge shared with neighbouring lines) separates them.  Cells are
joined by a TAB; a line whose first columns are empty starts with TABs, so a name that stands only in the
right column of an attendance table keeps its column.  Pages are joined by a newline and a form feed.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocumentError, NeedsOCRError
from ..source import SourceText, sha256_of

#: More pages than this is not one set of minutes; refuse rather than spend minutes on it.
MAX_PAGES = 2000
_PAGE_BREAK = "\n\f"  # between pages; a page starts after the form feed

# Gaps and tolerances are in units of the font height, so they hold for 8 pt and 14 pt text alike.
_WORD_GAP = 0.12  # a gap wider than this between two glyphs is a space
_CELL_GAP = 0.75  # a gap wider than this separates two cells (word spaces measure 0.2-0.35) ...
_SPACE_WIDTH = 0.3  # ... unless the line's own spacing is wider (justified text); a typical space
_EDGE_GAP = 0.45  # ... and a gap this wide does too where the next word starts on a known column edge
_ALIGN_TOL = 4.0  # points: left edges this close count as one column edge
_REGION_GAP = 4.0  # line heights: a column layout ends after this much vertical space

_MARKER = re.compile(r"(?:\(?\d{1,3}[.)]|\(?[a-zåäö][.)]|[•·▪◦‣∙●○■□–—\-*])")
_NONSPACE = re.compile(r"[^\s\x00]+")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# Control characters pdfium can emit (e.g. 0x02 for a hyphen at a line end); TAB, LF and FF are ours.
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 12)}
_CONTROL.update({0x02: "-", 0xFFFE: None, 0xFFFF: None, 0xAD: None})
_ODD = re.compile("[\x00-\x08\x0b\x0d-\x1f\xad\ufb00-\ufb06\ufffe\uffff]")
_UNDECODABLE = re.compile("[\ufffd\ue000-\uf8ff]")
_SPACE = re.compile(r"\s")


@dataclass(slots=True)
class _Word:
    x0: float
    x1: float
    bottom: float
    top: float
    text: str
    space_before: bool

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(slots=True)
class _Cell:
    x0: float
    x1: float
    words: list[_Word] = field(default_factory=list)

    def text(self) -> str:
        out: list[str] = []
        prev: _Word | None = None
        for w in self.words:
            if prev is not None and (w.space_before or w.x0 - prev.x1 > _WORD_GAP * prev.height):
                out.append(" ")
            out.append(w.text)
            prev = w
        return "".join(out)


@dataclass(slots=True)
class _Line:
    bottom: float
    top: float
    words: list[_Word]
    cells: list[_Cell] = field(default_factory=list)
    columns: list[int] = field(default_factory=list)


def read_pdf(path: Path, data: bytes) -> SourceText:
    """Read a PDF's text layer: one line per visual line, cells split by TAB, pages joined by a form feed."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise DocumentError(path, "the PDF is encrypted (it needs a password to open); "
                                      "save an unprotected copy first") from None
        if code == pdfium.raw.FPDF_ERR_SECURITY:
            raise DocumentError(path, "the PDF is encrypted with an unsupported security scheme") from None
        # pdfium reports some broken files (a page tree that is a reference to itself) with the code "Success".
        raise DocumentError(path, f"not a readable PDF: {str(e).replace(' (PDFium: Success)', '')}") from None
    except Exception as e:  # pdfium wraps C; anything else here is still an unreadable file
        raise DocumentError(path, f"not a readable PDF: {e}") from None
    try:
        n_pages = len(doc)
        if n_pages == 0:
            raise DocumentError(path, "not a readable PDF: it has no pages")
        if n_pages > MAX_PAGES:
            raise DocumentError(path, f"the PDF has {n_pages} pages, over the limit of {MAX_PAGES} "
                                      "for one document of minutes")
        pages: list[str] = []
        for i in range(n_pages):
            try:
                page = doc[i]
            except pdfium.PdfiumError as e:
                raise DocumentError(path, f"not a readable PDF: page {i + 1}: {e}") from None
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(_page_text(textpage))
                finally:
                    textpage.close()
            except pdfium.PdfiumError as e:
                raise DocumentError(path, f"not a readable PDF: page {i + 1}: {e}") from None
            finally:
                page.close()
    finally:
        doc.close()

    empty = [i + 1 for i, p in enumerate(pages) if not p.strip()]
    if len(empty) == len(pages):
        raise NeedsOCRError(path, "the PDF has no text layer (a scanned document?); "
                                  "run OCR on it first, e.g. ocrmypdf")
    body = "".join(pages)
    undecodable = len(_UNDECODABLE.findall(body))
    letters = len(body) - len(_SPACE.findall(body))
    if letters >= 20 and undecodable > letters / 2:
        raise NeedsOCRError(path, "the PDF's text layer cannot be decoded (fonts without a Unicode map); "
                                  "run OCR on it first, e.g. ocrmypdf --force-ocr")
    warnings: list[str] = []
    if empty:
        warnings.append(f"no text layer on page{'s' if len(empty) > 1 else ''} "
                        f"{', '.join(map(str, empty))} (scanned?); their text is missing")

    # A page ends its last line with a newline and the next page starts after the form feed, as pdftotext
    # writes it: whoever splits the text on newlines still gets every line whole.
    starts = [0]
    for p in pages[:-1]:
        starts.append(starts[-1] + len(p) + len(_PAGE_BREAK))
    return SourceText(path=path, text=_PAGE_BREAK.join(pages), media_type="application/pdf",
                      sha256=sha256_of(data), page_starts=tuple(starts), warnings=tuple(warnings))


def _page_text(textpage) -> str:
    """One page's text, laid out in visual lines; falls back to pdfium's order where layout cannot help."""
    import pypdfium2.raw as raw

    n = raw.FPDFText_CountChars(textpage.raw)
    if n <= 0:
        return ""
    text = textpage.get_text_range()
    words, vertical = _words(textpage, text, n)
    single = sum(1 for w in words if len(w.text) == 1)
    if not words or len(vertical) > len(words) or (len(words) >= 20 and single > 0.6 * len(words)):
        # Text that does not run left to right in page space (set vertically for a page shown rotated, or
        # upside down): lines of page geometry would be wrong, so keep pdfium's own order.
        return _clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = _lines(words)
    for line in lines:
        line.cells = _cells(line.words)
    _columns(lines)
    out = [_render(line) for line in lines]
    out.extend(vertical)
    return _clean("\n".join(out))


def _words(textpage, text: str, n: int) -> tuple[list[_Word], list[str]]:
    """Words with their boxes; vertical text (e.g. in a margin) is returned apart.

    pdfium's text already separates words by spaces (real or generated at gaps) and lines by CRLF, so a word
    needs only the boxes of its first and last glyph; a word whose two ends do not sit on one line at a
    plausible distance is taken glyph by glyph instead.
    """
    import pypdfium2.raw as raw

    handle = textpage.raw
    rect = raw.FS_RECTF()
    box = raw.FPDFText_GetLooseCharBox
    ref = ctypes.byref(rect)
    if len(text) != n:
        # The text does not map one-to-one to character indices (e.g. characters outside the BMP): ask
        # pdfium for each character instead.
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, i) or 32) for i in range(n))

    words: list[_Word] = []
    for m in _NONSPACE.finditer(text):
        i, j = m.span()
        # A space (real or generated) separates words; pdfium's CRLF only says "new line", which we redo.
        space = i > 0 and text[i - 1] != "\n"
        if j - i > 1 and box(handle, i, ref):
            left, bottom, top = rect.left, rect.bottom, rect.top
            h = top - bottom
            if h > 0.01 and box(handle, j - 1, ref):
                if (abs(rect.bottom - bottom) < 0.3 * h and left <= rect.left
                        and rect.right - left <= (0.9 * (j - i) + 0.5) * h):
                    words.append(_Word(left, rect.right, bottom, top, text[i:j], space))
                    continue
        word: _Word | None = None
        for k in range(i, j):
            if not box(handle, k, ref):
                continue
            left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
            h = top - bottom
            if h <= 0.01:
                continue
            if (word is not None
                    and min(top, word.top) - max(bottom, word.bottom) > 0.5 * min(h, word.height)
                    and word.x1 - 0.5 * h <= left <= word.x1 + _WORD_GAP * h):
                word.text += text[k]
                word.x1 = max(word.x1, right)
                continue
            word = _Word(left, right, bottom, top, text[k], space if word is None else False)
            words.append(word)
    return _split_vertical(words)


def _split_vertical(words: list[_Word]) -> tuple[list[_Word], list[str]]:
    """Set apart runs of one-glyph words stacked on top of each other: text set vertically, not lines."""
    keep: list[_Word] = []
    vertical: list[str] = []
    run: list[_Word] = []

    def stacked(a: _Word, b: _Word) -> bool:
        overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
        return (len(a.text) == 1 and len(b.text) == 1 and overlap > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)
                and abs(a.bottom - b.bottom) < 2.5 * max(a.height, b.height) and a.bottom != b.bottom)

    def flush() -> None:
        if len(run) >= 4:
            vertical.append("".join(w.text[0] if not w.space_before or j == 0 else " " + w.text[0]
                                    for j, w in enumerate(run)))
        else:
            keep.extend(run)
        run.clear()

    for w in words:
        if run and stacked(run[-1], w):
            run.append(w)
            continue
        flush()
        if len(w.text) == 1:
            run.append(w)
        else:
            keep.append(w)
    flush()
    return keep, vertical


def _lines(words: list[_Word]) -> list[_Line]:
    """Group words into visual lines, top to bottom; words overlapping by half their height share a line."""
    words = sorted(words, key=lambda w: (-(w.top + w.bottom) / 2, w.x0))
    lines: list[_Line] = []
    for w in words:
        h = w.height
        placed = False
        # Look back a few lines only: a word belongs to one of the nearest lines above or to a new one.
        for line in reversed(lines[-3:]):
            overlap = min(w.top, line.top) - max(w.bottom, line.bottom)
            if overlap > 0.5 * min(h, line.top - line.bottom):
                line.words.append(w)
                placed = True
                break
        if not placed:
            lines.append(_Line(w.bottom, w.top, [w]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: -ln.top)
    return lines


def _cells(words: list[_Word]) -> list[_Cell]:
    """Split a line's words into cells at wide gaps; a list marker ("1.", "•") stays with its text.

    A gap is wide against the line's own word spacing: justified text stretches every space (often to a full
    em), so its narrowest gap is wide too, while a table row has ordinary spaces inside its cells.  A gap over
    three ems always separates.
    """
    spaces = _spaces(words)
    cells: list[_Cell] = []
    for w in words:
        if cells:
            h = max(w.height, cells[-1].words[-1].height)
            ref = min(spaces) if len(spaces) >= 3 else _SPACE_WIDTH * h
            if w.x0 - cells[-1].x1 <= max(_CELL_GAP * h, min(3.0 * h, 2.5 * ref)):
                cells[-1].words.append(w)
                cells[-1].x1 = max(cells[-1].x1, w.x1)
                continue
        cells.append(_Cell(w.x0, w.x1, [w]))
    merged: list[_Cell] = []
    for c in cells:
        if merged and len(merged[-1].words) == 1 and _MARKER.fullmatch(merged[-1].words[0].text):
            c.words[0].space_before = True
            merged[-1].words.extend(c.words)
            merged[-1].x1 = c.x1
        else:
            merged.append(c)
    return merged


def _spaces(words: list[_Word]) -> list[float]:
    """The gaps between a line's words that are spaces (not pieces of one word drawn apart)."""
    return [g for a, b in itertools.pairwise(words) if (g := b.x0 - a.x1) > _WORD_GAP * a.height]


def _columns(lines: list[_Line]) -> None:
    """Give each cell a column index, per region of lines that share column edges.

    A region starts at a line with two or more cells and takes in the lines below it that fit its columns:
    a line whose cells all start on the region's column edges (a new first column to their left is allowed),
    or a short line inside one column.  A line that runs across a column edge (ordinary text), a line with
    cells elsewhere, or a long vertical gap ends the region.  Within a region a word that starts on a column
    edge after a wide gap also starts a cell: a label set close to its value ("… och tid Kommunkansliet").
    """
    region: list[_Line] = []
    edges: list[float] = []
    last_bottom = 0.0
    regions: list[list[_Line]] = []
    for line in lines:
        line.columns = list(range(len(line.cells)))
        h = max(w.height for w in line.words)
        if region and last_bottom - line.top <= _REGION_GAP * h:
            split = _split_on_edges(line.cells, edges)
            if _fits(split, edges):
                line.cells = split
                region.append(line)
                edges.extend(c.x0 for c in split)
                last_bottom = line.bottom
                continue
        if len(line.cells) >= 2:
            region = [line]
            regions.append(region)
            edges = [c.x0 for c in line.cells]
            last_bottom = line.bottom
        else:
            region = []
    for region in regions:
        stops: list[float] = []
        for x in sorted(c.x0 for line in region for c in line.cells):
            if not stops or x - stops[-1] > _ALIGN_TOL:
                stops.append(x)
        for line in region:
            cols: list[int] = []
            for c in line.cells:
                k = max((j for j, s in enumerate(stops) if s <= c.x0 + _ALIGN_TOL), default=0)
                cols.append(max(k, cols[-1] + 1) if cols else k)
            line.columns = cols


def _aligned(x: float, edges: list[float]) -> bool:
    return any(abs(x - e) <= _ALIGN_TOL for e in edges)


def _fits(cells: list[_Cell], edges: list[float]) -> bool:
    """Whether a line's cells continue a column layout with the given left edges."""
    if len(cells) >= 2:
        # Every cell on an edge; the first may also open a new column left of all others (an empty header).
        first_ok = _aligned(cells[0].x0, edges) or cells[0].x1 < min(edges)
        return first_ok and all(_aligned(c.x0, edges) for c in cells[1:])
    cell = cells[0]
    if not _aligned(cell.x0, edges):
        return False
    # A line that runs across a column edge is running text, not a cell.
    return not any(cell.x0 + _ALIGN_TOL < e < cell.x1 for e in edges)


def _split_on_edges(cells: list[_Cell], edges: list[float]) -> list[_Cell]:
    """Split cells where a word starts exactly on a column edge of the region, after a gap.

    The gap must be wider than a word space, or, on an edge that three lines of the region start at, at
    least a space: "Förvaringsplats för protokollet Kommunstyrelsekontoret" in a form whose values all start
    there.
    """
    spaces = _spaces([w for c in cells for w in c.words])
    # Justified text: every space is stretched, so only a gap well over the narrowest one can be a column gap.
    narrowest = min(spaces) if len(spaces) >= 3 else 0.0
    out: list[_Cell] = []
    for cell in cells:
        cur = _Cell(cell.x0, cell.x0, [])
        prev: _Word | None = None
        for w in cell.words:
            if prev is not None and w.x0 > cell.x0 + _ALIGN_TOL:
                gap = w.x0 - prev.x1
                h = w.height
                support = sum(1 for e in edges if abs(w.x0 - e) <= 1.0)
                if ((support and gap > max(_EDGE_GAP * h, 1.5 * narrowest))
                        or (support >= 3 and gap > 0.15 * h and narrowest < _EDGE_GAP * h)):
                    out.append(cur)
                    cur = _Cell(w.x0, w.x0, [])
            cur.words.append(w)
            cur.x1 = max(cur.x1, w.x1)
            prev = w
        out.append(cur)
    return out


def _render(line: _Line) -> str:
    """A line as text: cells joined by TABs, with an empty cell for each column the line skips."""
    parts: list[str] = []
    col = 0
    for cell, k in zip(line.cells, line.columns, strict=True):
        if parts:
            parts.append("\t")
            col += 1
        while col < k:
            parts.append("\t")
            col += 1
        parts.append(cell.text())
    return "".join(parts)


def _clean(text: str) -> str:
    """Ligatures spelled out, NFC (a decomposed "å" would defeat every regex later), no control characters."""
    if _ODD.search(text):
        text = text.translate(_LIGATURES).translate(_CONTROL)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
