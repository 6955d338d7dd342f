"""Generate the binary documents of tests/heldout6/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout6/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout6/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _stamp(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 12, 0, 0, tzinfo=dt.UTC)


# ============================================================================================
# PDF: Linköpings kommun, barn- och ungdomsnämnden 2024-03-19 (full protocol, 4 §§)
# Body-prefixed § headings ("BUN § 41"); the decision in bold before the background;
# "Tjänstgörande ersättare" vs "Närvarande ersättare" with per-§ ranges; "Anmäld jäv";
# digital signature note instead of signature lines.
# ============================================================================================


class LkpPDF(FPDF):
    left = 20.0
    width = 170.0
    top = 34.0
    bottom = 297 - 26.0

    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.alias_nb_pages("{nb}")
        self.y_pos = self.top

    def put(self, x: float, y: float, text: str, bold: bool = False, size: float = 10,
            w: float = 0, align: str = "L") -> None:
        self.set_font("F", "B" if bold else "", size)
        self.set_xy(x, y)
        self.cell(w, 5, text, align=align)

    def header(self) -> None:
        self.put(20, 10, "LINKÖPINGS KOMMUN", bold=True, size=11)
        self.put(120, 10, "PROTOKOLL", bold=True, size=10)
        self.put(160, 10, f"Sida {self.page_no()} av {{nb}}", size=9, w=30, align="R")
        self.put(20, 16, "Barn- och ungdomsnämnden", size=9.5)
        self.put(120, 16, "Sammanträdesdatum", size=8)
        self.put(120, 20.5, "2024-03-19", size=9.5)
        self.line(20, 27, 190, 27)

    def footer(self) -> None:
        self.line(20, 297 - 20, 190, 297 - 20)
        self.put(20, 297 - 18.5, "Justerandes signatur", size=7.5)
        self.put(120, 297 - 18.5, "Utdragsbestyrkande", size=7.5)

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        for hard in text.split("\n"):
            cur = ""
            for word in hard.split(" "):
                cand = f"{cur} {word}" if cur else word
                if self.get_string_width(cand) <= width:
                    cur = cand
                else:
                    if cur:
                        lines.append(cur)
                    cur = word
            lines.append(cur)
        return lines

    def new_page(self) -> None:
        self.add_page()
        self.y_pos = self.top

    def flow(self, text: str, bold: bool = False, size: float = 10, lh: float = 5.0, gap: float = 2.0,
             indent: float = 0.0, hang: float = 0.0, keep: int = 1) -> None:
        self.set_font("F", "B" if bold else "", size)
        lines = self.wrap(text, self.width - indent - hang)
        if self.y_pos + lh * min(keep, len(lines)) > self.bottom:
            self.new_page()
        for i, line in enumerate(lines):
            if self.y_pos + lh > self.bottom:
                self.new_page()
            self.set_font("F", "B" if bold else "", size)
            self.set_xy(self.left + indent + (hang if (i and hang) else 0), self.y_pos)
            self.cell(self.width - indent, lh, line)
            self.y_pos += lh
        self.y_pos += gap

    def label(self, label: str, lines: list[str]) -> None:
        """A label in the left column, values in the right column (first-page block)."""
        if self.y_pos + 5 * len(lines) > self.bottom:
            self.new_page()
        self.put(self.left, self.y_pos, label, bold=True, size=9.5)
        for line in lines:
            self.put(self.left + 52, self.y_pos, line, size=9.5)
            self.y_pos += 5
        self.y_pos += 2.5

    def sub(self, text: str) -> None:
        self.flow(text, bold=True, gap=0.8, keep=3)

    def heading(self, prefix_no: str, title: str, dnr: str) -> None:
        if self.y_pos + 30 > self.bottom:
            self.new_page()
        self.y_pos += 2
        self.put(self.left, self.y_pos, prefix_no, bold=True, size=12)
        self.put(150, self.y_pos, dnr, size=9, w=40, align="R")
        self.y_pos += 7
        self.flow(title, bold=True, size=11.5, lh=5.6, gap=3)

    def items(self, items: list[str]) -> None:
        for n, item in enumerate(items, start=1):
            self.flow(f"{n}. {item}", indent=2, hang=5, gap=0.8)
        self.y_pos += 1.2


def build_linkoping() -> None:
    pdf = LkpPDF()
    pdf.set_title("Protokoll barn- och ungdomsnämnden 2024-03-19")
    pdf.set_author("Linköpings kommun")
    pdf.set_creator("Ärendehanteringssystem")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2024, 3, 22))
    pdf.new_page()

    pdf.label("Plats och tid", ["Stadshuset, sammanträdesrum Stångån, kl. 13.30–16.10"])
    pdf.label("Beslutande ledamöter", [
        "Karin Lindqvist (M), ordförande",
        "Daniel Sjöstrand (S), 1:e vice ordförande",
        "Hanna Ek (L), 2:e vice ordförande",
        "Mats Grönberg (KD)",
        "Lina Aziz (S), §§ 41–42, 44",
        "Per Håkansson (SD)",
        "Elin Stark (C)",
        "Omar Said (V), §§ 41–42",
    ])
    pdf.label("Tjänstgörande ersättare", [
        "Fredrik Moll (M) för Sven Alm (M)",
        "Amira Hadžić (S) för Lina Aziz (S), § 43",
        "Jesper Ryd (MP) för Omar Said (V), §§ 43–44",
    ])
    pdf.label("Närvarande ersättare", [
        "Amira Hadžić (S), §§ 41–42, 44",
        "Tove Nyberg (KD)",
        "Ulla Berg (SD)",
    ])
    pdf.label("Övriga närvarande", [
        "Cecilia Wahl, utbildningsdirektör",
        "Johan Ek, nämndsekreterare",
        "Nadia Persson, controller, § 41",
    ])
    pdf.label("Anmäld jäv", ["Lina Aziz (S) deltar inte i handläggningen av § 43."])
    pdf.label("Justerare", ["Elin Stark (C)"])
    pdf.label("Justering", ["Digital justering 2024-03-22"])
    pdf.label("Paragrafer", ["41–44"])
    pdf.label("Underskrifter", [
        "Protokollet är justerat med digital signatur (BankID).",
        "Sekreterare: Johan Ek, signerat 2024-03-21 15:02",
        "Ordförande: Karin Lindqvist, signerat 2024-03-22 08:47",
        "Justerare: Elin Stark, signerat 2024-03-22 10:15",
    ])
    pdf.y_pos += 2
    pdf.flow("ANSLAG/BEVIS", bold=True, size=9.5, gap=0.8)
    pdf.flow("Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
             "digitala anslagstavla 2024-03-22. Datum då anslaget tas ned: 2024-04-15. "
             "Förvaringsplats för protokollet: Kommunledningskontoret, Stadshuset.", size=9, lh=4.6)

    # ---------------- BUN § 41
    pdf.new_page()
    pdf.heading("BUN § 41", "Samverkansavtal med Linköpings universitet om ULF-verksamhet "
                "2024–2028", "Dnr BUN 2024-0087")
    pdf.sub("Barn- och ungdomsnämndens beslut")
    pdf.items([
        "Barn- och ungdomsnämnden godkänner samverkansavtalet mellan Linköpings kommun och "
        "Linköpings universitet om utbildning, lärande och forskning (ULF).",
        "Utbildningsdirektören får i uppdrag att teckna avtalet för nämndens räkning.",
    ])
    pdf.sub("Ärendebeskrivning")
    pdf.flow("Sedan 2019 deltar Linköpings kommun i försöksverksamheten med ULF-avtal enligt "
             "förordningen (2017:1264). Det nya avtalet gäller från den 1 juli 2024 och ersätter "
             "avtalet från 2019. Bildningsnämnden har godkänt avtalet för gymnasieskolans del "
             "2024-02-20, BIN § 22. Universitetets diarienummer är LiU-2023-04412.")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2024-02-28\nSamverkansavtal ULF 2024–2028, utkast 2024-01-15", gap=2)
    pdf.sub("Yrkande")
    pdf.flow("Karin Lindqvist (M) yrkar bifall till förvaltningens förslag.")
    pdf.sub("Ersättaryttrande")
    pdf.flow("Tove Nyberg (KD) lämnar följande ersättaryttrande: ”Vi välkomnar avtalet och vill "
             "att förskolan omfattas fullt ut under avtalsperioden.”")
    pdf.sub("Beslutet skickas till")
    pdf.flow("Linköpings universitet\nBildningsnämnden")

    # ---------------- BUN § 42
    pdf.heading("BUN § 42", "Yttrande över motion om gröna skolgårdar",
                "Dnr BUN 2023-0611")
    pdf.sub("Barn- och ungdomsnämndens beslut")
    pdf.flow("Barn- och ungdomsnämnden överlämnar förvaltningens tjänsteskrivelse som sitt yttrande "
             "till kommunstyrelsen och föreslår att motionen avslås.")
    pdf.sub("Ärendebeskrivning")
    pdf.flow("Sanna Berg (V) har i en motion till kommunfullmäktige den 17 oktober 2023 föreslagit "
             "att alla skolgårdar ska ha minst 30 procent grönyta. Kommunstyrelsen har remitterat "
             "motionen till barn- och ungdomsnämnden för yttrande (kommunstyrelsens dnr "
             "KS 2023-1102). Yttrandet ska vara kommunstyrelsen tillhanda senast 2024-04-02.")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2024-02-21\nMotion från Sanna Berg (V)", gap=2)
    pdf.sub("Yrkanden")
    pdf.flow("Karin Lindqvist (M) yrkar bifall till förvaltningens förslag.\n"
             "Daniel Sjöstrand (S) yrkar att nämnden ska föreslå att motionen bifalls.")
    pdf.sub("Omröstning")
    pdf.flow("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller hennes "
             "eget yrkande. Omröstning begärs. Den som stöder ordförandens yrkande röstar ja; den "
             "som stöder Daniel Sjöstrands yrkande röstar nej. Omröstningen utfaller med 6 ja-röster "
             "mot 3 nej-röster. Ingen avstår.")
    pdf.sub("Reservation")
    pdf.flow("Daniel Sjöstrand (S), Lina Aziz (S) och Omar Said (V) reserverar sig till förmån för "
             "Daniel Sjöstrands yrkande.")
    pdf.sub("Beslutet skickas till")
    pdf.flow("Kommunstyrelsen")

    # ---------------- BUN § 43
    pdf.heading("BUN § 43", "Hyresavtal för förskolan Ekbacken", "Dnr BUN 2024-0140")
    pdf.flow("Lina Aziz (S) anmäler jäv och deltar inte i handläggningen av ärendet. Amira Hadžić (S) "
             "tjänstgör i hennes ställe.", gap=2.5)
    pdf.sub("Barn- och ungdomsnämndens beslut")
    pdf.items([
        "Barn- och ungdomsnämnden godkänner hyresavtalet mellan Linköpings kommun, genom "
        "barn- och ungdomsnämnden, och Lejonfastigheter AB för förskolan Ekbacken.",
        "Paragrafen justeras omedelbart.",
    ])
    pdf.sub("Ärendebeskrivning")
    pdf.flow("Förskolan Ekbacken i Vallastaden ska ersätta två paviljonger. Hyrestiden är 20 år "
             "från den 1 augusti 2025. Kommunfullmäktige beslutade om lokalförsörjningsplanen "
             "2023-06-13, § 201.")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2024-03-01\nHyresavtal, Lejonfastigheter AB", gap=2)
    pdf.sub("Yrkanden")
    pdf.flow("Hanna Ek (L) yrkar bifall till förvaltningens förslag.\n"
             "Per Håkansson (SD) yrkar avslag.")
    pdf.sub("Beslutsgång")
    pdf.flow("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Hanna Eks "
             "yrkande.")
    pdf.sub("Reservation")
    pdf.flow("Per Håkansson (SD) reserverar sig mot beslutet.")
    pdf.sub("Beslutet skickas till")
    pdf.flow("Lejonfastigheter AB")

    # ---------------- BUN § 44
    pdf.heading("BUN § 44", "Anmälan av delegationsbeslut och meddelanden", "Dnr BUN 2024-0005")
    pdf.sub("Barn- och ungdomsnämndens beslut")
    pdf.flow("Barn- och ungdomsnämnden lägger anmälan till handlingarna.")
    pdf.sub("Ärendebeskrivning")
    pdf.flow("Följande delegationsbeslut och meddelanden anmäls:")
    pdf.flow("– Beslut om skolskjuts, dnr BUN 2024-0021\n"
             "– Beslut om tilläggsbelopp, dnr BUN 2024-0033\n"
             "– Skolinspektionens beslut efter tillsyn av Ekholmsskolan, Skolinspektionens "
             "dnr 2023:9876", indent=2)
    pdf.output(str(DOCS / "linkoping-bun-2024-03-19-protokoll.pdf"))


# ============================================================================================
# DOCX: Örnsköldsviks kommun, kommunstyrelsen 2024-05-07 (full protocol, 4 §§)
# Attendance table with the serving substitute in the absent member's row; remiss answered to a
# ministry; a full voting list in two columns (Ja | Nej); reservation "till förmån för eget
# yrkande" with the written reservation as an appendix and others joining it; särskilt yttrande
# by a group leader on behalf of the party.
# ============================================================================================

OVIK = "Örnsköldsviks kommun"


def _para(d, text: str, bold: bool = False, size: float | None = None, style: str | None = None):
    p = d.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _table(d, rows: list[list[str]], header: bool = True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def _page_break(d) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_ornskoldsvik() -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Örnsköldsviks kommun\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\t2024-05-07"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    _para(d, "Kommunstyrelsen", bold=True, size=16)
    _para(d, "Plats och tid: Kommunhuset, sammanträdesrum Mo, kl. 08.30–12.05")
    _para(d, "Närvarande", bold=True, size=12)
    _table(d, [
        ["Ledamot", "Parti", "Funktion", "Tjänstgörande ersättare"],
        ["Maria Lundgren", "S", "Ordförande", ""],
        ["Erik Bäckström", "M", "1:e vice ordförande", ""],
        ["Per-Olof Sundin", "S", "", ""],
        ["Sofia Näslund", "S", "", ""],
        ["Jonas Hägglund", "S", "", "Lena Westman (S)"],
        ["Kim Ahlberg", "V", "", ""],
        ["Helen Sjölund", "C", "", ""],
        ["Tobias Edlund", "M", "", ""],
        ["Annelie Strand", "M", "", ""],
        ["Ronny Ek", "KD", "", ""],
        ["Mikael Norberg", "SD", "", ""],
        ["Caroline Holm", "SD", "", "Stig Vikner (SD)"],
        ["Britt Forsberg", "L", "", ""],
    ])
    _para(d, "")
    _para(d, "Ej tjänstgörande ersättare: Jenny Lidström (S), Hans Olofsson (M), Sara Berglund (V)")
    _para(d, "Övriga deltagare: Magnus Eriksson, kommundirektör; Lotta Persson, kommunsekreterare")
    _para(d, "Utses att justera: Erik Bäckström och Kim Ahlberg")
    _para(d, "Justeringens plats och tid: Kommunhuset 2024-05-10")
    _para(d, "Paragrafer: 88–91")
    _para(d, "Underskrifter", bold=True)
    _para(d, "Sekreterare ……………………………………  Lotta Persson")
    _para(d, "Ordförande ……………………………………  Maria Lundgren")
    _para(d, "Justerare ……………………………………  Erik Bäckström    ……………………………………  Kim Ahlberg")
    _para(d, "BEVIS", bold=True)
    _para(d, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag 2024-05-10. "
             "Anslaget tas ned 2024-06-03.")

    # ---------------- KS § 88
    _page_break(d)
    _para(d, "KS § 88\tDnr KS 2024/00311", bold=True, size=12)
    _para(d, "Svar på remiss från Landsbygds- och infrastrukturdepartementet – promemorian "
             "Ett enklare regelverk för riksfärdtjänst", bold=True, size=12)
    _para(d, "Kommunstyrelsens beslut", bold=True)
    _para(d, "1. Kommunstyrelsen antar kommunledningsförvaltningens förslag till yttrande som sitt "
             "svar till Landsbygds- och infrastrukturdepartementet.")
    _para(d, "2. Paragrafen justeras omedelbart.")
    _para(d, "Ärendet", bold=True)
    _para(d, "Landsbygds- och infrastrukturdepartementet har gett Örnsköldsviks kommun tillfälle att "
             "yttra sig över promemorian (departementets diarienummer LI2024/00876). Svaret ska "
             "lämnas senast 2024-05-15. Region Västernorrland har lämnat ett eget svar "
             "2024-04-22. Kommunstyrelsens arbetsutskott behandlade ärendet "
             "2024-04-23, KSAU § 61.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse 2024-04-15\nFörslag till yttrande")
    _para(d, "Yrkande", bold=True)
    _para(d, "Maria Lundgren (S) yrkar bifall till arbetsutskottets förslag.")
    _para(d, "Särskilt yttrande", bold=True)
    _para(d, "Sverigedemokraternas gruppledare Mikael Norberg lämnar ett särskilt yttrande för "
             "Sverigedemokraterna, bilaga 1.")
    _para(d, "Beslutet skickas till", bold=True)
    _para(d, "Landsbygds- och infrastrukturdepartementet")

    # ---------------- KS § 89
    _para(d, "")
    _para(d, "KS § 89\tDnr KS 2023/00742", bold=True, size=12)
    _para(d, "Svar på motion om sänkt badtaxa för pensionärer", bold=True, size=12)
    _para(d, "Kommunstyrelsens förslag till kommunfullmäktige", bold=True)
    _para(d, "Motionen avslås.")
    _para(d, "Ärendet", bold=True)
    _para(d, "Anna-Karin Wallin (M) föreslår i en motion till kommunfullmäktige 2023-09-25 att "
             "entréavgiften till Paradisbadet sänks för pensionärer. Kultur- och fritidsnämnden har "
             "yttrat sig 2024-02-14, KFN § 9, och avstyrker motionen.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse 2024-03-28\nKultur- och fritidsnämndens yttrande 2024-02-14")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Maria Lundgren (S) yrkar bifall till förvaltningens förslag.\n"
             "Erik Bäckström (M) yrkar att motionen ska bifallas.")
    _para(d, "Propositionsordning och omröstning", bold=True)
    _para(d, "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
             "hennes yrkande. Omröstning begärs. Ja-röst för Maria Lundgrens yrkande, nej-röst för "
             "Erik Bäckströms yrkande. Omröstningen utfaller enligt följande:")
    _table(d, [
        ["Ja", "Nej"],
        ["Maria Lundgren (S)", "Erik Bäckström (M)"],
        ["Per-Olof Sundin (S)", "Tobias Edlund (M)"],
        ["Sofia Näslund (S)", "Annelie Strand (M)"],
        ["Lena Westman (S)", "Ronny Ek (KD)"],
        ["Kim Ahlberg (V)", "Mikael Norberg (SD)"],
        ["Helen Sjölund (C)", "Stig Vikner (SD)"],
        ["Britt Forsberg (L)", ""],
    ])
    _para(d, "Med 7 ja-röster mot 6 nej-röster beslutar kommunstyrelsen enligt ordförandens yrkande.")
    _para(d, "Reservation", bold=True)
    _para(d, "Erik Bäckström (M) reserverar sig till förmån för eget yrkande med en skriftlig "
             "reservation, bilaga 2. Ledamöterna Tobias Edlund (M) och Annelie Strand (M) ansluter "
             "sig till reservationen.")
    _para(d, "Beslutet skickas till", bold=True)
    _para(d, "Kommunfullmäktige\nKultur- och fritidsnämnden")

    # ---------------- KS § 90
    _page_break(d)
    _para(d, "KS § 90\tDnr KS 2024/00190", bold=True, size=12)
    _para(d, "Samverkansöverenskommelse mellan Örnsköldsviks kommun och Polismyndigheten "
             "2024–2026", bold=True, size=12)
    _para(d, "Kommunstyrelsens beslut", bold=True)
    _para(d, "1. Kommunstyrelsen godkänner samverkansöverenskommelsen.")
    _para(d, "2. Kommundirektören får i uppdrag att underteckna överenskommelsen.")
    _para(d, "3. Överenskommelsen följs upp årligen i kommunstyrelsen.")
    _para(d, "Ärendet", bold=True)
    _para(d, "Överenskommelsen ersätter den som tecknades 2021. Polismyndighetens diarienummer är "
             "A187.452/2024. Brottsförebyggande rådet har tagit fram stödet för lägesbilder som "
             "överenskommelsen bygger på.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse 2024-04-09\nSamverkansöverenskommelse 2024–2026")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Maria Lundgren (S) yrkar bifall till förslaget. Britt Forsberg (L) och Helen "
             "Sjölund (C) instämmer.")
    _para(d, "Protokollsanteckning", bold=True)
    _para(d, "Kim Ahlberg (V) antecknar till protokollet att Vänsterpartiet vill att "
             "socialtjänsten ska vara part i överenskommelsen.")
    _para(d, "Beslutet skickas till", bold=True)
    _para(d, "Polismyndigheten")

    # ---------------- KS § 91
    _para(d, "")
    _para(d, "KS § 91\tDnr KS 2024/00355", bold=True, size=12)
    _para(d, "Utredning om gemensam räddningstjänst med Kramfors kommun och Sollefteå kommun",
          bold=True, size=12)
    _para(d, "Kommunstyrelsens beslut", bold=True)
    _para(d, "att ge kommundirektören i uppdrag att tillsammans med Kramfors kommun och Sollefteå "
             "kommun utreda förutsättningarna för en gemensam räddningstjänst,")
    _para(d, "att utredningen ska redovisas till kommunstyrelsen senast 2024-12-10.")
    _para(d, "Ärendet", bold=True)
    _para(d, "Kommunstyrelserna i Kramfors kommun och Sollefteå kommun har fattat likalydande "
             "beslut i april 2024. Myndigheten för samhällsskydd och beredskap har lämnat "
             "synpunkter på utredningsdirektivet.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse 2024-04-18")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Maria Lundgren (S) yrkar bifall till förslaget. Helen Sjölund (C) yrkar som tillägg "
             "att utredningen även ska belysa brandskyddet i glesbygd. Ordföranden finner att "
             "tilläggsyrkandet är avslaget.")
    _para(d, "Reservation", bold=True)
    _para(d, "Helen Sjölund (C) reserverar sig till förmån för eget tilläggsyrkande.")
    _para(d, "Beslutet skickas till", bold=True)
    _para(d, "Kramfors kommun\nSollefteå kommun")

    # ---------------- Bilaga 2
    _page_break(d)
    _para(d, "Bilaga 2, KS § 89", bold=True)
    _para(d, "Reservation", bold=True, size=12)
    _para(d, "Vi anser att en sänkt badtaxa för pensionärer är en viktig folkhälsoinsats och att "
             "kostnaden ryms inom kultur- och fritidsnämndens ram.")
    _para(d, "Erik Bäckström (M)")
    _para(d, "För Moderaterna i kommunstyrelsen")

    cp = d.core_properties
    cp.author = "Lotta Persson"
    cp.last_modified_by = "Lotta Persson"
    cp.title = "Protokoll kommunstyrelsen 2024-05-07"
    cp.created = dt.datetime(2024, 5, 7, 13, 0, 0)
    cp.modified = dt.datetime(2024, 5, 10, 9, 0, 0)
    cp.last_printed = dt.datetime(2024, 5, 10, 9, 0, 0)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = DOCS / "ornskoldsvik-ks-2024-05-07-protokoll.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    build_linkoping()
    build_ornskoldsvik()
