"""Generate the binary documents of tests/heldout4/docs (two PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout4/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF
metadata, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout4/gold/ describe the texts written here; change both together.

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


class BasePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.alias_nb_pages()

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

    def put(self, x: float, y: float, text: str, bold: bool = False, size: float = 10,
            w: float = 0, align: str = "L") -> None:
        self.set_font("F", "B" if bold else "", size)
        self.set_xy(x, y)
        self.cell(w, 5, text, align=align)


# ============================================================================================
# PDF 1: Västra Götalandsregionen, regionfullmäktige 2021-03-15--16 (two-day meeting)
# First page full width; the paragraphs are set in two text columns per page, the left column
# continuing in the right one (content stream in reading order: left column, then right).
# ============================================================================================


class VgrPDF(BasePDF):
    top = 30
    bottom = 297 - 22
    cols = ((18, 84), (108, 84))

    def header(self) -> None:
        self.put(18, 10, "VÄSTRA GÖTALANDSREGIONEN", bold=True, size=9.5)
        self.put(92, 10, "PROTOKOLL", bold=True, size=9.5)
        self.put(150, 10, f"Sida {self.page_no()} av {{nb}}", size=9.5, w=42, align="R")
        self.put(18, 15, "Regionfullmäktige", size=9.5)
        self.put(92, 15, "Sammanträdesdatum 2021-03-15--16", size=9.5)
        self.line(18, 21.5, 192, 21.5)

    def footer(self) -> None:
        self.line(18, 297 - 18, 192, 297 - 18)
        self.put(18, 297 - 16, "Justerare", size=8)
        self.put(80, 297 - 16, "Justerare", size=8)
        self.put(150, 297 - 16, "Utdragsbestyrkande", size=8)

    def start_columns(self) -> None:
        self.add_page()
        self.col = 0
        self.cy = self.top

    def next_col(self) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.add_page()
            self.col = 0
        self.cy = self.top

    def block(self, text: str, bold: bool = False, size: float = 9.2, lh: float = 4.3, gap: float = 1.8,
              keep: int = 1) -> None:
        x, w = self.cols[self.col]
        self.set_font("F", "B" if bold else "", size)
        lines = self.wrap(text, w)
        if self.cy + lh * min(keep, len(lines)) > self.bottom:
            self.next_col()
        for line in lines:
            if self.cy + lh > self.bottom:
                self.next_col()
            x, w = self.cols[self.col]
            self.set_font("F", "B" if bold else "", size)
            self.set_xy(x, self.cy)
            self.cell(w, lh, line)
            self.cy += lh
        self.cy += gap

    def head(self, text: str) -> None:
        self.block(text, bold=True, size=9.2, gap=0.6, keep=3)

    def par(self, number: str, title: str, dnr: str) -> None:
        self.cy += 3
        self.block(f"RF § {number}", bold=True, size=11, lh=5.2, gap=0.4, keep=6)
        self.block(title, bold=True, size=10.2, lh=4.8, gap=0.6)
        self.block(dnr, size=9.2, gap=2.5)


def make_vgr_pdf(path: Path) -> None:
    pdf = VgrPDF()
    pdf.set_title("Regionfullmäktiges protokoll 2021-03-15--16")
    pdf.set_author("Västra Götalandsregionen")
    pdf.set_creator("Microsoft Word för Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2021, 3, 24))
    pdf.add_page()
    y = 30.0
    rows = [
        ("Tid", "Måndagen den 15 och tisdagen den 16 mars 2021, kl. 09.30–17.10 respektive kl. 09.00–15.45"),
        ("Plats", "Regionens hus, Östergatan 1, Vänersborg, samt deltagande på distans"),
        ("Beslutande", "Se bilaga 1, närvaro- och voteringslista"),
        ("Ordförande", "Kristina Bergman (M)"),
        ("1:e vice ordförande", "Stig Ahlqvist (S)"),
        ("2:e vice ordförande", "Ewa Lindell (C)"),
        ("Sekreterare", "Anna Roos"),
        ("Justerare", "Pernilla Ek (S) och Thomas Bergh (KD)"),
        ("Justeringens plats och tid", "Regionens hus, Vänersborg, 2021-03-23"),
        ("Paragrafer", "12–15"),
    ]
    for label, value in rows:
        pdf.put(18, y, label, bold=True, size=10)
        pdf.set_font("F", "", 10)
        for i, line in enumerate(pdf.wrap(value, 118)):
            pdf.put(72, y + i * 5, line, size=10)
            last = i
        y += 5 * (last + 1) + 2.5
    y += 8
    cols = (18, 78, 138)
    for x, label in zip(cols, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
        pdf.put(x, y, label, bold=True, size=10)
    for x in cols:
        pdf.put(x, y + 12, "……………………………", size=10)
    for x, name in zip(cols, ("Anna Roos", "Kristina Bergman", "Pernilla Ek"), strict=True):
        pdf.put(x, y + 17, name, size=10)
    pdf.put(138, y + 30, "……………………………", size=10)
    pdf.put(138, y + 35, "Thomas Bergh", size=10)
    y += 50
    pdf.rect(18, y, 174, 34)
    pdf.put(20, y + 2, "ANSLAG/BEVIS", bold=True, size=9.5)
    for i, (label, value) in enumerate([
        ("Organ", "Regionfullmäktige"),
        ("Sammanträdesdatum", "2021-03-15--16"),
        ("Anslaget publicerat", "2021-03-24"),
        ("Anslaget tas ned", "2021-04-15"),
        ("Förvaringsplats", "Regionkansliet, Regionens hus, Vänersborg"),
    ]):
        pdf.put(20, y + 8 + i * 5, label, size=9)
        pdf.put(72, y + 8 + i * 5, value, size=9)

    pdf.start_columns()
    pdf.par("12", "Val av ordförande i hälso- och sjukvårdsstyrelsen efter Magnus Ohlin (M)",
            "Diarienummer RS 2021-00871")
    pdf.block(
        "Magnus Ohlin (M) har den 1 februari 2021 begärt att bli entledigad från uppdraget som ordförande "
        "i hälso- och sjukvårdsstyrelsen. Regionfullmäktige beviljade entledigandet 2021-02-09 § 4."
    )
    pdf.head("Yrkanden")
    pdf.block(
        "Valberedningens ordförande Bo Lindahl (M) yrkar att Karin Fält (M) väljs till ordförande i "
        "hälso- och sjukvårdsstyrelsen för tiden till och med 2022-12-31. Mona Strand (S) yrkar att "
        "Peter Wallin (S) väljs."
    )
    pdf.head("Sluten omröstning")
    pdf.block(
        "Sluten omröstning begärs och verkställs. Till rösträknare utses Jan Holmberg (S) och Eva "
        "Bergkvist (M). Omröstningen utfaller med 79 röster för Karin Fält (M) och 66 röster för Peter "
        "Wallin (S). 3 valsedlar är blanka."
    )
    pdf.head("Beslut")
    pdf.block("Regionfullmäktige väljer Karin Fält (M) till ordförande i hälso- och sjukvårdsstyrelsen för tiden "
              "till och med 2022-12-31.")
    pdf.head("Beslutet skickas till")
    pdf.block("Hälso- och sjukvårdsstyrelsen\nKarin Fält")

    pdf.par("13", "Svar på motion av Lena Ek (V) om ”Avgiftsfria preventivmedel för alla under 26 år”",
            "Diarienummer RS 2020-00456")
    pdf.block(
        "Lena Ek (V) föreslår i en motion inkommen 2020-01-21 att regionen ska erbjuda avgiftsfria "
        "preventivmedel till alla under 26 år. Regionstyrelsen föreslår i sitt beslut 2021-02-23 § 41 "
        "att motionen avslås, med hänvisning till att avgiftsfria preventivmedel redan erbjuds till "
        "och med 20 år och att en utvidgning kostar cirka 48 miljoner kronor per år. Hälso- och "
        "sjukvårdsstyrelsen har yttrat sig 2020-10-14."
    )
    pdf.head("Beslutsunderlag")
    pdf.block("Tjänsteutlåtande från koncernkontoret daterat 2021-01-18\nRegionstyrelsens beslut 2021-02-23 § 41\n"
              "Motion inkommen 2020-01-21")
    pdf.head("Yrkanden")
    pdf.block(
        "Regionrådet Peter Wallin (S) yrkar bifall till regionstyrelsens förslag. Lena Ek (V) yrkar "
        "bifall till motionen. Regionrådet Hanna Sjöberg (MP) yrkar bifall till Lena Eks yrkande."
    )
    pdf.head("Propositionsordning och omröstning")
    pdf.block(
        "Ordföranden ställer proposition på yrkandena och finner att regionfullmäktige bifaller Peter "
        "Wallins yrkande. Omröstning begärs. Ja-röst för regionstyrelsens förslag, nej-röst för bifall "
        "till motionen. Omröstning: 112 ja mot 31 nej, 5 avstår (bilaga 1)."
    )
    pdf.head("Beslut")
    pdf.block("Regionfullmäktige avslår motionen.")
    pdf.head("Reservation")
    pdf.block("Emot beslutet reserverar sig Lena Ek (V) m.fl. och Hanna Sjöberg (MP). Skriftlig reservation, "
              "se bilaga 2.")
    pdf.head("Beslutet skickas till")
    pdf.block("Regionstyrelsen\nHälso- och sjukvårdsstyrelsen")
    pdf.block("Sammanträdet ajourneras kl. 17.10 och fortsätter tisdagen den 16 mars 2021 kl. 09.00.", gap=2.5)

    pdf.par("14", "Samverkansavtal om klinisk utbildning och forskning",
            "Diarienummer RS 2020-05512")
    pdf.block(
        "Västra Götalandsregionen, Göteborgs universitet och Högskolan Väst har förhandlat fram ett "
        "samverkansavtal om verksamhetsförlagd utbildning, klinisk forskning och gemensamma "
        "anställningar. Avtalet ersätter det ALF-kompletterande avtalet från 2015 och gäller "
        "2021–2025. Regionen avsätter 35 miljoner kronor per år till gemensamma tjänster."
    )
    pdf.head("Beslutsunderlag")
    pdf.block("Tjänsteutlåtande från koncernkontoret daterat 2021-01-29\nRegionstyrelsens beslut 2021-02-23 § 44\n"
              "Förslag till samverkansavtal daterat 2020-12-15")
    pdf.head("Yrkanden")
    pdf.block(
        "Regionrådet Karin Fält (M) yrkar bifall till regionstyrelsens förslag. Stig Ahlqvist (S) "
        "yrkar bifall till regionstyrelsens förslag med tillägget att avtalet ska utvärderas 2023."
    )
    pdf.head("Beslutsgång")
    pdf.block(
        "Ordföranden ställer först proposition på regionstyrelsens förslag och finner det bifallet. "
        "Därefter ställer ordföranden proposition på Stig Ahlqvists tilläggsyrkande och finner det "
        "avslaget."
    )
    pdf.head("Beslut")
    pdf.block(
        "Regionfullmäktige beslutar\n"
        "1. Samverkansavtal mellan Västra Götalandsregionen, Göteborgs universitet och Högskolan Väst "
        "om klinisk utbildning och forskning godkänns.\n"
        "2. Regionstyrelsen får i uppdrag att underteckna avtalet.\n"
        "3. Finansieringen för 2021 ryms i regionstyrelsens budget."
    )
    pdf.head("Särskilt yttrande")
    pdf.block("Tobias Nilsson (SD) lämnar ett särskilt yttrande, bilaga 3.")
    pdf.head("Beslutet skickas till")
    pdf.block("Göteborgs universitet\nHögskolan Väst\nRegionstyrelsen")

    pdf.par("15", "Revisionsberättelser för 2020 och beslut om ansvarsfrihet",
            "Diarienummer RS 2021-01107")
    pdf.block(
        "Regionens revisorer har granskat verksamheten 2020 och tillstyrker i sin revisionsberättelse "
        "daterad 2021-02-26 att regionfullmäktige beviljar ansvarsfrihet för regionstyrelsen och "
        "övriga nämnder och styrelser. Ledamöter som också är ledamöter i en granskad nämnd deltar inte "
        "i beslutet om ansvarsfrihet för den nämnden."
    )
    pdf.head("Beslut")
    pdf.block(
        "Regionfullmäktige beslutar\n"
        "– att bevilja regionstyrelsen ansvarsfrihet för 2020,\n"
        "– att bevilja övriga nämnder och styrelser ansvarsfrihet för 2020."
    )
    pdf.head("Protokollsanteckning")
    pdf.block("Thomas Bergh (KD) antecknar till protokollet att han inte deltar i beslutet om ansvarsfrihet för "
              "regionstyrelsen.")
    pdf.output(str(path))


# ============================================================================================
# PDF 2: Piteå kommun, samhällsbyggnadsnämnden 2022-03-23, full protocol
# Attendance and paragraph headings in tables drawn with lines (text in cells), page break
# inside § 7 with "§ 7 forts.", Förslag till beslut followed by a different Beslut.
# ============================================================================================


class PiteaPDF(BasePDF):
    bottom = 297 - 24

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None

    def header(self) -> None:
        self.put(20, 10, "PITEÅ KOMMUN", bold=True, size=10)
        self.put(85, 10, "Sammanträdesprotokoll", size=10)
        self.put(150, 10, f"{self.page_no()} ({{nb}})", size=10, w=40, align="R")
        self.put(20, 15, "Samhällsbyggnadsnämnden", size=10)
        self.put(85, 15, "2022-03-23", size=10)
        self.set_y(26)
        if self.current is not None:
            self.flow(f"§ {self.current} forts.", bold=True, gap=2)

    def footer(self) -> None:
        self.put(20, 297 - 17, "Justerandes sign", size=8)
        self.rect(20, 297 - 12, 40, 6)
        self.put(130, 297 - 17, "Utdragsbestyrkande", size=8)
        self.rect(130, 297 - 12, 40, 6)

    def flow(self, text: str, bold: bool = False, size: float = 10, lh: float = 5, gap: float = 1.6,
             x: float = 20, w: float = 170) -> None:
        self.set_font("F", "B" if bold else "", size)
        for line in self.wrap(text, w):
            if self.get_y() + lh > self.bottom:
                self.add_page()
            self.set_font("F", "B" if bold else "", size)
            self.set_x(x)
            self.cell(w, lh, line, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + gap)

    def grid(self, widths: list[float], rows: list[list[str]], bold_first: bool = True, lh: float = 5.2) -> None:
        for r, row in enumerate(rows):
            cells = []
            for wdt, txt in zip(widths, row, strict=True):
                self.set_font("F", "B" if (bold_first and r == 0) else "", 9.5)
                cells.append(self.wrap(txt, wdt - 3) if txt else [""])
            h = lh * max(len(c) for c in cells) + 1.5
            if self.get_y() + h > self.bottom:
                self.add_page()
            y0 = self.get_y()
            x = 20
            for wdt, lines in zip(widths, cells, strict=True):
                self.rect(x, y0, wdt, h)
                for i, line in enumerate(lines):
                    self.set_font("F", "B" if (bold_first and r == 0) else "", 9.5)
                    self.set_xy(x + 1.5, y0 + 0.8 + i * lh)
                    self.cell(wdt - 3, lh, line)
                x += wdt
            self.set_y(y0 + h)
        self.set_y(self.get_y() + 3)

    def par(self, number: str, title: str, dnr: str) -> None:
        self.current = None
        if self.get_y() > self.bottom - 50:
            self.add_page()
        self.set_y(self.get_y() + 3)
        self.grid([22, 108, 40], [[f"§ {number}", title, dnr]], bold_first=True, lh=5.4)
        self.current = number

    def sub(self, text: str) -> None:
        if self.get_y() + 14 > self.bottom:
            self.add_page()
        self.flow(text, bold=True, gap=0.4)


def make_pitea_pdf(path: Path) -> None:
    pdf = PiteaPDF()
    pdf.set_title("Samhällsbyggnadsnämndens protokoll 2022-03-23")
    pdf.set_author("Piteå kommun")
    pdf.set_creator("Platina")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2022, 3, 29))
    pdf.add_page()
    pdf.grid([45, 125], [
        ["Plats och tid", "Stadshuset, sammanträdesrum Lillpiteå, onsdagen den 23 mars 2022 kl. 08.30–15.10"],
        ["Utses att justera", "Anders Lundqvist (M)"],
        ["Justeringens plats och tid", "Stadshuset 2022-03-28"],
        ["Protokollet omfattar", "§§ 5–8"],
    ], bold_first=False)
    pdf.flow("Beslutande", bold=True, gap=1)
    pdf.grid([66, 16, 88], [
        ["Ledamot", "Parti", "Närvaro"],
        ["Helena Nordmark, ordförande", "S", "Närvarande"],
        ["Anders Lundqvist, vice ordförande", "M", "Närvarande"],
        ["Kent Öhman", "S", "Närvarande"],
        ["Maria Lidström", "S", "Närvarande"],
        ["Niklas Bergström", "S", "Ej närvarande – ersatt av Sofia Åström (S)"],
        ["Johanna Sundin", "V", "Närvarande"],
        ["Erik Wikström", "C", "Närvarande"],
        ["Per Forsgren", "SD", "Närvarande"],
        ["Linnea Granström", "V", "Närvarande"],
        ["Lars Renberg", "S", "Ej närvarande – ersatt av Bertil Lindberg (S)"],
        ["Camilla Stenlund", "KD", "Närvarande"],
    ], lh=4.6)
    pdf.flow("Ersättare (ej tjänstgörande)", bold=True, gap=1)
    pdf.grid([66, 16, 88], [
        ["Namn", "Parti", "Anmärkning"],
        ["Ulrika Sandberg", "M", "§§ 5–7"],
        ["Jonas Pettersson", "V", ""],
    ], lh=4.6)
    pdf.flow("Övriga närvarande", bold=True, gap=1)
    pdf.grid([66, 104], [
        ["Namn", "Befattning"],
        ["Tomas Rönnbäck", "Samhällsbyggnadschef"],
        ["Elisabeth Holmqvist", "Planarkitekt, § 5"],
        ["Jenny Lindmark", "Nämndsekreterare"],
    ], lh=4.6)
    pdf.grid([45, 125], [
        ["Sekreterare", "……………………………………  Jenny Lindmark"],
        ["Ordförande", "……………………………………  Helena Nordmark"],
        ["Justerande", "……………………………………  Anders Lundqvist"],
    ], bold_first=False, lh=6.5)
    pdf.flow("BEVIS", bold=True, gap=1)
    pdf.grid([70, 100], [
        ["Organ", "Samhällsbyggnadsnämnden"],
        ["Sammanträdesdatum", "2022-03-23"],
        ["Anslaget sätts upp", "2022-03-29"],
        ["Anslaget tas ned", "2022-04-20"],
    ], bold_first=False)

    # § 5 -------------------------------------------------------------------------------------
    pdf.add_page()
    pdf.par("5", "Exploateringsavtal för kvarteret Sjöstjärnan, Pitholmen", "SBN 2021-000312")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Riksbyggen planerar att bygga 64 bostadsrätter i kvarteret Sjöstjärnan på Pitholmen. Ett förslag "
        "till exploateringsavtal mellan Piteå kommun, Riksbyggen och Piteå Renhållning och Vatten AB har "
        "tagits fram. Avtalet reglerar utbyggnad av gata, vatten och avlopp samt exploatörens ersättning "
        "till kommunen. Planarkitekt Elisabeth Holmqvist redogör för detaljplanen, som vann laga kraft "
        "2021-11-30."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-03-04\nFörslag till exploateringsavtal 2022-02-18\n"
             "Detaljplan laga kraft 2021-11-30")
    pdf.sub("Förslag till beslut")
    pdf.flow("Samhällsbyggnadsnämnden föreslår kommunstyrelsen att godkänna exploateringsavtalet.")
    pdf.sub("Yrkanden")
    pdf.flow(
        "Helena Nordmark (S) yrkar bifall till förslaget med tillägget att nämnden ska följa upp "
        "byggtiden och redovisa den hösten 2022. Per Forsgren (SD) yrkar bifall till förslaget utan tillägg."
    )
    pdf.sub("Beslutsgång")
    pdf.flow("Ordföranden ställer proposition på tilläggsyrkandet och finner att nämnden bifaller det.")
    pdf.sub("Beslut")
    pdf.flow(
        "1. Samhällsbyggnadsnämnden föreslår kommunstyrelsen att godkänna exploateringsavtal mellan Piteå "
        "kommun, Riksbyggen och Piteå Renhållning och Vatten AB för kvarteret Sjöstjärnan.\n"
        "2. Förvaltningen ska följa upp byggtiden och redovisa den för nämnden hösten 2022."
    )
    pdf.sub("Beslutet skickas till")
    pdf.flow("Kommunstyrelsen\nRiksbyggen\nPiteå Renhållning och Vatten AB")

    # § 6 -------------------------------------------------------------------------------------
    pdf.par("6", "Yttrande över förslag till grönstrukturplan för Piteå stad", "SBN 2022-000045")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Kommunstyrelsen har remitterat förslag till grönstrukturplan för Piteå stad till "
        "samhällsbyggnadsnämnden för yttrande (kommunstyrelsens diarienummer KS 2021/1187). Yttrandet ska "
        "vara kommunstyrelsen till handa senast 2022-04-01. Förvaltningen föreslår att nämnden tillstyrker "
        "planen men påpekar att skötselkostnaderna inte är budgeterade."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-03-07\nRemiss från kommunstyrelsen 2022-01-24")
    pdf.sub("Beslut")
    pdf.flow(
        "Samhällsbyggnadsnämnden beslutar\n"
        "1. att tillstyrka förslaget till grönstrukturplan med de synpunkter som framgår av tjänsteskrivelsen,\n"
        "2. att överlämna yttrandet till kommunstyrelsen,\n"
        "3. att förklara paragrafen omedelbart justerad."
    )
    pdf.sub("Beslutet skickas till")
    pdf.flow("Kommunstyrelsen")

    # § 7 -------------------------------------------------------------------------------------
    pdf.par("7", "Bygglov för nybyggnad av flerbostadshus, Strömnäs 4:12", "SBN 2021-000587")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "HSB Norr ekonomisk förening har 2021-10-11 ansökt om bygglov för två flerbostadshus i fem "
        "våningar på fastigheten Strömnäs 4:12. Åtgärden avviker från detaljplanen genom att byggnadshöjden "
        "överskrids med 1,4 meter. Grannar har yttrat sig och två av dem motsätter sig åtgärden på grund av "
        "skuggning. Förvaltningen bedömer att avvikelsen är liten och förenlig med detaljplanens syfte."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-03-09\nAnsökan 2021-10-11\nGrannemedgivanden och yttranden 2022-01-20")
    pdf.sub("Förslag till beslut")
    pdf.flow("Samhällsbyggnadsnämnden beviljar bygglov enligt 9 kap. 31 b § plan- och bygglagen.")
    pdf.sub("Yrkanden")
    pdf.flow(
        "Kent Öhman (S) yrkar bifall till förvaltningens förslag. Johanna Sundin (V) yrkar avslag på "
        "ansökan. Anders Lundqvist (M) yrkar bifall till Johanna Sundins avslagsyrkande."
    )
    # force the page break inside § 7
    pdf.set_y(pdf.bottom - 4)
    pdf.sub("Beslutsgång")
    pdf.flow(
        "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Kent Öhmans yrkande. "
        "Votering begärs. Ja-röst för Kent Öhmans yrkande, nej-röst för Johanna Sundins yrkande. "
        "Nämnden beslutar med sex röster mot fem att bifalla Kent Öhmans yrkande."
    )
    pdf.sub("Beslut")
    pdf.flow(
        "Samhällsbyggnadsnämnden beviljar bygglov enligt 9 kap. 31 b § plan- och bygglagen med villkoret "
        "att startbesked inte ges förrän en dagvattenutredning har godkänts."
    )
    pdf.sub("Reservation")
    pdf.flow(
        "Emot beslutet reserverar sig Johanna Sundin (V), Linnea Granström (V), Anders Lundqvist (M), "
        "Erik Wikström (C) och Camilla Stenlund (KD). Skriftlig reservation, se bilaga 1."
    )
    pdf.sub("Beslutet skickas till")
    pdf.flow("HSB Norr ekonomisk förening\nBerörda grannar")

    # § 8 -------------------------------------------------------------------------------------
    pdf.par("8", "Delegationsbeslut", "SBN 2022-000002")
    pdf.flow("Delegationsbeslut fattade under perioden 2022-02-01–2022-02-28 redovisas enligt bilaga 2.")
    pdf.sub("Beslut")
    pdf.flow("Samhällsbyggnadsnämnden lägger redovisningen till handlingarna.")
    pdf.current = None
    pdf.output(str(path))


# ============================================================================================
# DOCX: AB Sandvikenhus, styrelsesammanträde 2019-10-03 (municipal housing company)
# Date only in the "Tid" line, attendance as a Word table Namn | Roll | Parti, "Övriga: VD …",
# § numbering starting at 1, roll call "Ja-röster: 5 (names) Nej-röster: 4 (names)",
# protokollsanteckning by the VD, agreements with the kommun.
# ============================================================================================


def _write_deterministic_zip(data: bytes, path: Path, stamp: tuple[int, int, int, int, int, int]) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def _para(document, text: str, bold: bool = False, size: float | None = None, style: str | None = None):
    p = document.add_paragraph(style=style) if style else document.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return p


def make_sandvikenhus_docx(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "AB Sandvikenhus\tProtokoll styrelsen"
    sec.footer.paragraphs[0].text = "Ordförandes sign ____    Justerares sign ____"

    _para(d, "AB Sandvikenhus", bold=True, size=16)
    _para(d, "Protokoll fört vid styrelsesammanträde", bold=True, size=13)
    _para(d, "Tid: 2019-10-03 kl. 13.00–16.45\nPlats: Bolagets kontor, Sandviken")
    _para(d, "Närvarande styrelseledamöter", bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, ("Namn", "Roll", "Parti"), strict=True):
        cell.text = head
        cell.paragraphs[0].runs[0].bold = True
    for row in [
        ("Kjell Olofsson", "Ordförande", "S"),
        ("Eva Hedman", "Vice ordförande", "M"),
        ("Roger Lind", "Ledamot", "S"),
        ("Annika Ström", "Ledamot", "S"),
        ("Tommy Berg", "Ledamot", "V"),
        ("Marie Falk", "Ledamot", "C"),
        ("Göran Sandberg", "Ledamot", "SD"),
        ("Lisa Ek", "Ledamot", "M"),
        ("Bo Nyström", "Suppleant, tjänstgör för Helena Axelsson (S)", "S"),
    ]:
        cells = t.add_row().cells
        for cell, val in zip(cells, row, strict=True):
            cell.text = val
    _para(d, "")
    _para(d, "Närvarande suppleanter", bold=True)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for cell, head in zip(t2.rows[0].cells, ("Namn", "Roll", "Parti"), strict=True):
        cell.text = head
        cell.paragraphs[0].runs[0].bold = True
    cells = t2.add_row().cells
    for cell, val in zip(cells, ("Jonas Ryd", "Suppleant", "L"), strict=True):
        cell.text = val
    _para(d, "")
    _para(d, "Övriga: VD Per-Anders Holm, ekonomichef Susanne Lind (sekreterare), fastighetschef Ola Brandt "
             "(§ 3), Mats Jonsson (arbetstagarrepresentant)")

    # § 1
    _para(d, "§ 1 Sammanträdets öppnande och val av justerare", bold=True, size=12)
    _para(d, "Ordföranden hälsade de närvarande välkomna och förklarade sammanträdet öppnat. Styrelsen utsåg "
             "Eva Hedman att jämte ordföranden justera dagens protokoll.")
    # § 2
    _para(d, "§ 2 Godkännande av dagordning", bold=True, size=12)
    _para(d, "Styrelsen godkände den utsända dagordningen med tillägg av en informationspunkt om "
             "hyresförhandlingarna under § 5.")
    # § 3
    _para(d, "§ 3 Hyresavtal med Sandvikens kommun för gruppbostad i kvarteret Hyttan", bold=True, size=12)
    _para(d, "Diarienr 19/0345")
    _para(d, "Bakgrund", bold=True)
    _para(d, "Sandvikens kommun har begärt att bolaget uppför en gruppbostad med sex lägenheter enligt LSS i "
             "kvarteret Hyttan. Ett förslag till hyresavtal mellan AB Sandvikenhus och Sandvikens kommun har "
             "tagits fram. Avtalet löper på 15 år med en årshyra om 1 240 000 kronor. Socialnämnden har "
             "godkänt lokalprogrammet 2019-08-28. Fastighetschef Ola Brandt föredrar ärendet.")
    _para(d, "Beslutsunderlag: VD:s tjänsteskrivelse 2019-09-19, förslag till hyresavtal 2019-09-12.")
    _para(d, "Förslag till beslut", bold=True)
    _para(d, "1. att godkänna hyresavtalet med Sandvikens kommun,\n2. att uppdra åt VD att underteckna avtalet.")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Kjell Olofsson (S) yrkar bifall till förslaget. Tommy Berg (V) yrkar bifall till förslaget med "
             "tillägget att hyran ska omförhandlas efter fem år. Eva Hedman (M) yrkar avslag på "
             "tilläggsyrkandet.")
    _para(d, "Omröstning", bold=True)
    _para(d, "Ordföranden ställer proposition på tilläggsyrkandet och finner att styrelsen bifaller det. "
             "Omröstning begärs.\n"
             "Ja-röster: 5 (Kjell Olofsson, Roger Lind, Annika Ström, Tommy Berg, Bo Nyström)\n"
             "Nej-röster: 4 (Eva Hedman, Lisa Ek, Marie Falk, Göran Sandberg)\n"
             "Styrelsen har därmed bifallit tilläggsyrkandet.")
    _para(d, "Beslut", bold=True)
    _para(d, "Styrelsen beslutar\n1. att godkänna hyresavtalet med Sandvikens kommun,\n"
             "2. att uppdra åt VD att underteckna avtalet,\n"
             "3. att hyran ska omförhandlas efter fem år.")
    _para(d, "Emot beslutet reserverar sig Eva Hedman (M), Lisa Ek (M) och Marie Falk (C).")
    _para(d, "Protokollsanteckning: VD Per-Anders Holm antecknar att bolaget inte kan garantera att kommunen "
             "godtar en omförhandlingsklausul.")
    # § 4
    _para(d, "§ 4 Avtal om fjärrvärme och laddinfrastruktur", bold=True, size=12)
    _para(d, "Diarienr 19/0298")
    _para(d, "Bakgrund", bold=True)
    _para(d, "Sandvikens kommun, AB Sandvikenhus och Sandviken Energi AB har förhandlat fram ett avtal om "
             "fjärrvärmeleveranser och utbyggnad av laddplatser för elbilar vid bolagets bostadsområden "
             "2020–2024. Avtalet mellan Sandvikens kommun, AB Sandvikenhus och Sandviken Energi AB innebär "
             "att Sandviken Energi AB bygger och äger laddplatserna.")
    _para(d, "Beslutsunderlag: VD:s tjänsteskrivelse 2019-09-24, avtalsförslag 2019-09-10.")
    _para(d, "Beslut", bold=True)
    _para(d, "Styrelsen beslutar\n– att godkänna avtalet,\n– att uppdra åt VD att underteckna avtalet,\n"
             "– att paragrafen förklaras omedelbart justerad.")
    _para(d, "Göran Sandberg (SD) lämnar ett särskilt yttrande, bilaga 1.")
    # § 5
    _para(d, "§ 5 Information om hyresförhandlingarna inför 2020", bold=True, size=12)
    _para(d, "VD Per-Anders Holm informerar om hyresförhandlingarna med Hyresgästföreningen. Bolaget har "
             "yrkat en höjning med 2,4 procent från 2020-01-01. Nästa förhandlingsmöte hålls 2019-10-22.")
    _para(d, "Beslut", bold=True)
    _para(d, "Styrelsen beslutar att lägga informationen till handlingarna.")
    _para(d, "Beslutet skickas till: Sandvikens kommun, kommunstyrelsen; Sandviken Energi AB")

    _para(d, "")
    _para(d, "Vid protokollet")
    _para(d, "……………………………………\nSusanne Lind, sekreterare")
    _para(d, "Justeras")
    _para(d, "……………………………………\nKjell Olofsson, ordförande")
    _para(d, "……………………………………\nEva Hedman, justerare")

    cp = d.core_properties
    cp.author = "AB Sandvikenhus"
    cp.last_modified_by = "AB Sandvikenhus"
    cp.title = "Styrelseprotokoll 2019-10-03"
    cp.created = dt.datetime(2019, 10, 8, 9, 0, 0)
    cp.modified = dt.datetime(2019, 10, 8, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path, (2019, 10, 8, 9, 0, 0))


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        if not (FONT_DIR / name).exists():
            raise SystemExit(f"{FONT_DIR / name} not found; cannot build the PDFs.")
    make_vgr_pdf(DOCS / "vgr-rf-2021-03-15-protokoll.pdf")
    make_pitea_pdf(DOCS / "pitea-sbn-2022-03-23-protokoll.pdf")
    make_sandvikenhus_docx(DOCS / "sandvikenhus-styrelse-2019-10-03-protokoll.docx")


if __name__ == "__main__":
    main()
