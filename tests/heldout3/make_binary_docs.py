"""Generate the documents of tests/heldout3/docs (three PDF, two DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout3/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF
metadata, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout3/gold/ describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SHY = "\u00ad"  # soft hyphen: allowed break point, printed as "-" only at a line end


def _stamp(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 12, 0, 0, tzinfo=dt.UTC)


# ============================================================================================
# PDF engine: explicit line wrapping (with hyphenation at soft hyphens) and explicit page
# breaks, so that the page furniture and "forts." headings land where the layout puts them.
# ============================================================================================


class FlowPDF(FPDF):
    family = "DejaVuSans"

    def __init__(self, regular: str, bold: str) -> None:
        super().__init__(format="A4")
        self.add_font("F", "", str(FONT_DIR / regular))
        self.add_font("F", "B", str(FONT_DIR / bold))
        self.set_auto_page_break(False)
        self.alias_nb_pages()
        self.bottom = 297 - 26
        self.current_par: str | None = None
        self.size = 10.5
        self.lh = 5.2

    # -- to be specialised ------------------------------------------------------------------
    def continuation(self) -> None:
        """Called at the top of a new page when a paragraph continues over the break."""

    # -- primitives -------------------------------------------------------------------------
    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        for hard in text.split("\n"):
            cur = ""
            for word in hard.split(" "):
                cand = f"{cur} {word}" if cur else word
                if self.get_string_width(cand.replace(SHY, "")) <= width:
                    cur = cand
                    continue
                if SHY in word:
                    parts = word.split(SHY)
                    done = False
                    for k in range(len(parts) - 1, 0, -1):
                        head = "".join(parts[:k]) + "-"
                        c2 = f"{cur} {head}" if cur else head
                        if self.get_string_width(c2) <= width:
                            lines.append(c2)
                            cur = SHY.join(parts[k:])
                            done = True
                            break
                    if done:
                        continue
                if cur:
                    lines.append(cur)
                cur = word
            lines.append(cur)
        return [line.replace(SHY, "") for line in lines]

    def need(self, height: float) -> None:
        if self.get_y() + height > self.bottom:
            self.add_page()
            if self.current_par is not None:
                self.continuation()

    def flow(self, text: str, x: float = 20, w: float = 170, bold: bool = False, size: float | None = None,
             lh: float | None = None, gap: float = 1.6) -> None:
        size = size or self.size
        lh = lh or self.lh
        self.set_font("F", "B" if bold else "", size)
        for line in self.wrap(text, w):
            self.need(lh)
            self.set_font("F", "B" if bold else "", size)
            self.set_x(x)
            self.cell(w, lh, line, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + gap)

    def put(self, x: float, y: float, text: str, bold: bool = False, size: float | None = None,
            w: float = 0, align: str = "L") -> None:
        self.set_font("F", "B" if bold else "", size or self.size)
        self.set_xy(x, y)
        self.cell(w, 5, text, align=align)


# ============================================================================================
# PDF 1: Motala kommun, kommunstyrelsen 2017-05-16, full protocol
# Two-column attendance drawn row by row (extraction interleaves the columns), scrambled
# signature block, ANSLAG/BEVIS box, § number with Dnr on one line and the title below.
# ============================================================================================


class MotalaPDF(FlowPDF):
    def header(self) -> None:
        self.put(20, 10, "MOTALA KOMMUN", bold=True, size=10)
        self.put(80, 10, "SAMMANTRÄDESPROTOKOLL", size=10)
        self.put(150, 10, f"Sida {self.page_no()}({{nb}})", size=10, w=40, align="R")
        self.put(20, 15, "Kommunstyrelsen", size=10)
        self.put(80, 15, "Sammanträdesdatum 2017-05-16", size=10)
        self.line(20, 21, 190, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.line(20, 297 - 20, 190, 297 - 20)
        self.put(20, 297 - 18, "Justerandes sign", size=8)
        self.put(110, 297 - 18, "Utdragsbestyrkande", size=8)

    def continuation(self) -> None:
        self.flow(f"§ {self.current_par} (forts.)", bold=True, size=10, gap=1)

    def par(self, number: str, dnr: str, title: str) -> None:
        if self.get_y() > self.bottom - 45:
            self.add_page()
        self.current_par = None
        self.set_y(self.get_y() + 4)
        y = self.get_y()
        self.put(20, y, f"§ {number}", bold=True, size=12)
        self.put(120, y, dnr, size=10, w=70, align="R")
        self.set_y(y + 7)
        self.flow(title, bold=True, size=11.5, lh=5.8, gap=2)
        self.current_par = number

    def sub(self, s: str) -> None:
        self.need(14)
        self.flow(s, bold=True, gap=0.4)


def make_motala_pdf(path: Path) -> None:
    pdf = MotalaPDF("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    pdf.set_title("Kommunstyrelsens protokoll 2017-05-16")
    pdf.set_author("Motala kommun")
    pdf.set_creator("Ciceron Dokument")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2017, 5, 22))
    pdf.add_page()

    y = pdf.get_y()
    pdf.put(20, y, "Plats och tid", size=10)
    pdf.put(62, y, "Stadshuset, Motala, sammanträdesrum Vättern, kl. 13.15–16.40", size=10)
    y += 10

    left = [
        ("Beslutande", True),
        ("Anneli Strömberg (M), ordförande", False),
        ("Göran Wester (C), 1:e vice ordförande", False),
        ("Elin Rydholm (S), 2:e vice ordförande", False),
        ("Magnus Ståhl (M)", False),
        ("Birgitta Alm (M)", False),
        ("Per-Olof Dahlqvist (C)", False),
        ("Sofia Nordenfelt (L)", False),
        ("Jörgen Karlberg (KD)", False),
        ("Annika Wennström (S)", False),
        ("Hassan Elmi (S)", False),
        ("Lotta Bergqvist (MP)", False),
        ("Roger Sandgren (SD)", False),
        ("Linnéa Aho (C) för Mats Ekelund (C)", False),
    ]
    right = [
        ("Ersättare", True),
        ("Kristina Fält (S)", False),
        ("Björn Oscarsson (M)", False),
        ("Maria Svedin (L)", False),
        ("Ingrid Bengtsson (C)", False),
        ("Kent Nyman (SD)", False),
        ("", False),
        ("Övriga närvarande", True),
        ("Henrik Borg, kommundirektör", False),
        ("Camilla Dahl, ekonomichef, § 97", False),
        ("Karin Fors, kommunsekreterare", False),
    ]
    # Row by row: left cell then right cell on the same baseline.
    for i in range(max(len(left), len(right))):
        if i < len(left) and left[i][0]:
            pdf.put(20, y, left[i][0], bold=left[i][1], size=10)
        if i < len(right) and right[i][0]:
            pdf.put(115, y, right[i][0], bold=right[i][1], size=10)
        y += 5.4
    y += 6

    for label, value in [
        ("Utses att justera", "Elin Rydholm (S) med Sofia Nordenfelt (L) som ersättare"),
        ("Justeringens plats och tid", "Kommunledningskontoret, Stadshuset, 2017-05-22 kl. 10.00"),
        ("Paragrafer", "§§ 96–99"),
    ]:
        pdf.put(20, y, label, size=10)
        pdf.put(70, y, value, size=10)
        y += 6
    y += 6

    # Signature block: drawn bottom-up (names, then dotted lines, then labels), three columns.
    cols = (20, 80, 140)
    for x, name in zip(cols, ("Karin Fors", "Anneli Strömberg", "Elin Rydholm"), strict=True):
        pdf.put(x, y + 16, name, size=10)
    for x in cols:
        pdf.put(x, y + 10, "……………………………", size=10)
    for x, label in zip(cols, ("Sekreterare", "Ordförande", "Justerande"), strict=True):
        pdf.put(x, y, label, bold=True, size=10)
    y += 30

    # ANSLAG/BEVIS box
    pdf.rect(20, y, 170, 50)
    pdf.put(22, y + 2, "ANSLAG/BEVIS", bold=True, size=10)
    pdf.put(22, y + 8, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=9)
    rows = [
        ("Organ", "Kommunstyrelsen"),
        ("Sammanträdesdatum", "2017-05-16"),
        ("Datum då anslaget sätts upp", "2017-05-23"),
        ("Datum då anslaget tas ned", "2017-06-14"),
        ("Förvaringsplats för protokollet", "Kommunledningskontoret, Stadshuset"),
        ("Underskrift", "……………………………  Karin Fors"),
    ]
    for i, (label, value) in enumerate(rows):
        pdf.put(22, y + 15 + i * 5.5, label, size=9)
        pdf.put(85, y + 15 + i * 5.5, value, size=9)

    # § 96 ---------------------------------------------------------------------------------
    pdf.add_page()
    pdf.par(
        "96",
        "Dnr KS 2017/211",
        "Yttrande över remiss från Region Östergötland – Förslag till regional transportplan för "
        "Östergötland 2018–2029",
    )
    pdf.sub("Sammanfattning")
    pdf.flow(
        "Region Östergötland har den 15 mars 2017 skickat förslag till regional transportplan för "
        "Östergötland 2018–2029 på remiss till länets kommuner (Region Östergötlands diarienummer "
        "RS 2017-123). Svar ska ha kommit in senast den 31 maj 2017. Planen fördelar cirka "
        "1,4 miljarder kronor till regionala vägar, kollektivtrafik och cykel. Motala kommun "
        "välkomnar satsningen på stråket Motala–Linköping men anser att riksväg 50 norr om Motala "
        "måste prioriteras högre och att Trafikverket bör tidigarelägga åtgärderna vid Bråstorp. "
        "Kommunen vill också att Östgötatrafiken får medel för fler turer på Motalabanan."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow(
        "Kommunledningskontorets tjänsteskrivelse 2017-04-28\n"
        "Remiss från Region Östergötland 2017-03-15\n"
        "Kommunstyrelsens arbetsutskott 2017-05-02 § 112"
    )
    pdf.sub("Yrkande")
    pdf.flow("Göran Wester (C) yrkar bifall till arbetsutskottets förslag.")
    pdf.sub("Beslut")
    pdf.flow(
        "Kommunstyrelsen beslutar\n"
        "1. att anta kommunledningskontorets förslag till yttrande som sitt eget och överlämna det "
        "till Region Östergötland,\n"
        "2. att paragrafen förklaras omedelbart justerad."
    )
    pdf.sub("Särskilt yttrande")
    pdf.flow("Roger Sandgren (SD) lämnar ett särskilt yttrande, bilaga 1.")
    pdf.sub("Expedieras")
    pdf.flow("Region Östergötland\nTrafikverket\nÖstgötatrafiken")

    # § 97 ---------------------------------------------------------------------------------
    pdf.par("97", "Dnr KS 2017/164", "Markanvisningsavtal med AB Motalabostäder för kvarteret Lärkan")
    pdf.sub("Sammanfattning")
    pdf.flow(
        "AB Motalabostäder har i en ansökan den 8 februari 2017 begärt markanvisning för kvarteret "
        "Lärkan i Östermalm för att bygga cirka 60 hyreslägenheter. Ett förslag till "
        "markanvisningsavtal mellan Motala kommun och AB Motalabostäder har tagits fram. Avtalet "
        "gäller i två år och ger bolaget ensamrätt att förhandla om marköverlåtelse. Ekonomichef "
        "Camilla Dahl redogör för de ekonomiska konsekvenserna. Markpriset bestäms genom en "
        "oberoende värdering."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow(
        "Kommunledningskontorets tjänsteskrivelse 2017-04-20\n"
        "Förslag till markanvisningsavtal\n"
        "AB Motalabostäders ansökan 2017-02-08"
    )
    pdf.sub("Yrkanden")
    pdf.flow(
        "Anneli Strömberg (M) yrkar bifall till kommunledningskontorets förslag.\n"
        "Elin Rydholm (S) yrkar avslag.\n"
        "Jörgen Karlberg (KD) yrkar bifall till Elin Rydholms avslagsyrkande."
    )
    pdf.sub("Beslutsgång")
    pdf.flow(
        "Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen "
        "bifaller Anneli Strömbergs yrkande. Votering begärs. Kommunstyrelsen godkänner följande "
        "beslutsgång: ja-röst för bifall till Anneli Strömbergs yrkande, nej-röst för bifall till "
        "Elin Rydholms yrkande. Kommunstyrelsen beslutar med 7 röster mot 6 att bifalla Anneli "
        "Strömbergs yrkande."
    )
    pdf.sub("Beslut")
    pdf.flow(
        "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
        "1. att godkänna markanvisningsavtal mellan Motala kommun och AB Motalabostäder för "
        "kvarteret Lärkan,\n"
        "2. att uppdra åt kommunstyrelsens ordförande att underteckna avtalet."
    )
    pdf.sub("Reservation")
    pdf.flow(
        "Elin Rydholm (S), Annika Wennström (S), Hassan Elmi (S), Lotta Bergqvist (MP), Roger "
        "Sandgren (SD) och Jörgen Karlberg (KD) reserverar sig mot beslutet."
    )
    pdf.sub("Expedieras")
    pdf.flow("Kommunfullmäktige\nAB Motalabostäder")

    # § 98 ---------------------------------------------------------------------------------
    pdf.par("98", "Dnr KS 2016/389", "Svar på motion om solceller på kommunens fastigheter")
    pdf.sub("Sammanfattning")
    pdf.flow(
        "Lotta Bergqvist (MP) föreslår i en motion daterad 2016-09-20 att kommunen ska installera "
        "solceller på samtliga egna fastigheter med lämpliga tak före 2020. Motionen har remitterats "
        "till samhällsbyggnadsnämnden och AB Motalabostäder. Samhällsbyggnadsnämnden yttrade sig "
        "2017-02-23 § 18 och pekar på att sju skolor och två äldreboenden redan har solceller. "
        "Kommunledningskontoret föreslår att motionen anses besvarad eftersom en solcellsplan "
        "ingår i den energiplan som antas i höst."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow(
        "Kommunledningskontorets tjänsteskrivelse 2017-04-11\n"
        "Samhällsbyggnadsnämndens beslut 2017-02-23 § 18\n"
        "Motion från Lotta Bergqvist (MP)"
    )
    pdf.sub("Yrkanden")
    pdf.flow(
        "Lotta Bergqvist (MP) yrkar bifall till motionen.\n"
        "Göran Wester (C) yrkar att motionen ska anses besvarad."
    )
    pdf.sub("Beslutsgång")
    pdf.flow(
        "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar "
        "enligt Göran Westers yrkande."
    )
    pdf.sub("Beslut")
    pdf.flow("Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.")
    pdf.sub("Reservation")
    pdf.flow("Lotta Bergqvist (MP) reserverar sig till förmån för eget yrkande.")
    pdf.sub("Expedieras")
    pdf.flow("Kommunfullmäktige")

    # § 99 ---------------------------------------------------------------------------------
    pdf.par("99", "Dnr KS 2017/12", "Anmälan av delegationsbeslut")
    pdf.flow(
        "Förteckning över delegationsbeslut fattade under perioden 2017-04-01–2017-04-30 "
        "redovisas."
    )
    pdf.sub("Beslut")
    pdf.flow("Kommunstyrelsen beslutar att lägga redovisningen till handlingarna.")
    pdf.output(str(path))


# ============================================================================================
# PDF 2: Nyköpings kommun, socialnämnden 2008-10-22, full protocol
# Attendance table drawn column by column (headings first, then all names, then the party
# column as a run), § number in the left margin beside the title, "§ nnn forts." after page
# breaks, running head and foot, hyphenation at line ends.
# ============================================================================================


class NykopingPDF(FlowPDF):
    def __init__(self) -> None:
        super().__init__("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
        self.size = 10
        self.lh = 5.0
        self.bottom = 297 - 21

    def header(self) -> None:
        self.put(20, 10, "NYKÖPINGS KOMMUN", bold=True, size=9.5)
        self.put(120, 10, "PROTOKOLL", bold=True, size=9.5)
        self.put(160, 10, f"Sida {self.page_no()} av {{nb}}", size=9.5, w=30, align="R")
        self.put(20, 14.5, "Socialnämnden", size=9.5)
        self.put(120, 14.5, "2008-10-22", size=9.5)
        self.set_y(26)

    def footer(self) -> None:
        self.put(20, 297 - 16, "Justerandes sign", size=8)
        self.put(75, 297 - 16, "______________", size=8)
        self.put(120, 297 - 16, "Utdragsbestyrkande", size=8)
        self.put(160, 297 - 16, "______________", size=8)

    def continuation(self) -> None:
        y = self.get_y()
        self.put(20, y, f"§ {self.current_par} forts.", bold=True, size=10)
        self.set_y(y + 8)

    def par(self, number: str, title: str, dnr: str) -> None:
        if self.get_y() > self.bottom - 30:
            self.add_page()
        self.current_par = None
        self.set_y(self.get_y() + 5)
        y = self.get_y()
        self.put(20, y, f"§ {number}", bold=True, size=11)
        self.set_y(y)
        self.flow(title, x=50, w=140, bold=True, size=11, lh=5.6, gap=0.5)
        self.flow(dnr, x=50, w=140, size=9, gap=2.5)
        self.current_par = number

    def sub(self, s: str) -> None:
        self.need(13)
        self.flow(s, x=50, w=140, bold=True, gap=0.3)

    def body(self, s: str) -> None:
        self.flow(s, x=50, w=140)


def make_nykoping_pdf(path: Path) -> None:
    pdf = NykopingPDF()
    pdf.set_title("Socialnämndens protokoll 2008-10-22")
    pdf.set_author("Nyköpings kommun")
    pdf.set_creator("Microsoft Office Word 2003")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2008, 10, 28))
    pdf.add_page()

    y = pdf.get_y()
    pdf.put(20, y, "Plats och tid", bold=True)
    pdf.put(65, y, "Socialförvaltningen, sammanträdesrum Oxen, onsdagen den 22 oktober 2008")
    pdf.put(65, y + 5, "kl. 08.30–12.15")
    y += 14

    left = [
        ("Kerstin Lövgren, ordförande", "(S)"),
        ("Bengt Forsman, vice ordförande", "(M)"),
        ("Agneta Rask", "(S)"),
        ("Jan-Olof Hägg", "(S)"),
        ("Maj Sundqvist", "(S)"),
        ("Peter Lind", "(V)"),
        ("Anders Ryd", "(MP)"),
        ("Gunilla Berg", "(M)"),
        ("Torbjörn Ek", "(FP)"),
        ("Sara Wikman", "(C)"),
        ("Lena Holmér tjg för Nils Bäck (KD)", "(KD)"),
    ]
    right = [
        ("Mikael Ståhlberg", "(S)"),
        ("Britt Ohlsson", "(S)"),
        ("Kenneth Lund", "(M)"),
        ("Inger Åkesson", "(V)"),
        ("Johan Fredén", "(FP)"),
    ]
    # Headings of both columns first, then each column top to bottom: names, then parties.
    pdf.put(20, y, "Ledamöter", bold=True)
    pdf.put(112, y, "Ersättare", bold=True)
    y0 = y + 6
    for i, (name, _) in enumerate(left):
        pdf.put(20, y0 + i * 5, name, size=9.5)
    for i, (_, party) in enumerate(left):
        pdf.put(92, y0 + i * 5, party, size=9.5)
    for i, (name, _) in enumerate(right):
        pdf.put(112, y0 + i * 5, name, size=9.5)
    for i, (_, party) in enumerate(right):
        pdf.put(160, y0 + i * 5, party, size=9.5)
    y = y0 + len(left) * 5 + 6

    for label, values in [
        ("Övriga deltagande", ["Marie Gran, socialchef", "Henrik Moberg, enhetschef, § 113",
                               "Åsa Lindblad, nämndsekreterare"]),
        ("Utses att justera", ["Bengt Forsman"]),
        ("Justeringens", ["Socialförvaltningen, tisdagen den 28 oktober 2008"]),
    ]:
        pdf.put(20, y, label, bold=True)
        for v in values:
            pdf.put(65, y, v)
            y += 5
        y += 2
    pdf.put(20, y - 2, "plats och tid", bold=True)
    y += 6

    for label, name in [("Sekreterare", "Åsa Lindblad"), ("Ordförande", "Kerstin Lövgren"),
                        ("Justerande", "Bengt Forsman")]:
        pdf.put(20, y, label, bold=True)
        pdf.put(65, y, "_______________________________")
        pdf.put(65, y + 5, name)
        y += 14
    pdf.put(140, y - 42, "Paragrafer 112–115")
    y += 4
    pdf.line(20, y, 190, y)
    y += 3
    pdf.put(20, y, "ANSLAG/BEVIS", bold=True)
    pdf.put(20, y + 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=9)
    for i, (label, value) in enumerate([
        ("Organ", "Socialnämnden"),
        ("Sammanträdesdatum", "2008-10-22"),
        ("Anslaget sätts upp", "2008-10-29"),
        ("Anslaget tas ned", "2008-11-20"),
        ("Förvaringsplats", "Socialförvaltningen"),
    ]):
        pdf.put(20, y + 11 + i * 4.6, label, size=9)
        pdf.put(65, y + 11 + i * 4.6, value, size=9)

    # § 112 --------------------------------------------------------------------------------
    pdf.add_page()
    pdf.par("112", "Yttrande över motion om fler platser i stödboende för unga vuxna", "Dnr SN 2008/0187")
    pdf.sub("Ärendebeskrivning")
    pdf.body(
        "Kommunstyrelsen har remitterat en motion från Peter Lind (V) och Anders Ryd (MP) till "
        "social\u00adnämnden för yttrande (kommunstyrelsens dnr KS 2008/0342). Motionärerna föreslår "
        "att antalet platser i kommunens stöd\u00adboende för unga vuxna mellan 18 och 24 år utökas "
        "från åtta till femton. Motionen är daterad 2008-04-14. Social\u00adförvaltningen redovisar att "
        "väntetiden till stöd\u00adboendet i dag är cirka fyra månader men att behovet till stor del "
        "kan mötas genom den utökade boende\u00adstödsverksamhet som nämnden beslutade om i "
        "verksamhets\u00adplanen för 2008. Förvaltningen föreslår därför att motionen avstyrks."
    )
    pdf.sub("Beslutsunderlag")
    pdf.body(
        "Socialförvaltningens tjänsteskrivelse 2008-09-30\n"
        "Motion från Peter Lind (V) och Anders Ryd (MP) 2008-04-14\n"
        "Kommunstyrelsens remiss 2008-05-06"
    )
    pdf.sub("Yrkanden")
    pdf.body(
        "Peter Lind (V) yrkar, med instämmande av Anders Ryd (MP), att nämnden tillstyrker motionen.\n"
        "Kerstin Lövgren (S) yrkar bifall till förvaltningens förslag."
    )
    pdf.sub("Beslutsgång")
    pdf.body(
        "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Kerstin "
        "Lövgrens yrkande. Omröstning begärs. Den som bifaller Kerstin Lövgrens yrkande röstar ja, "
        "den som bifaller Peter Linds yrkande röstar nej."
    )
    pdf.body(
        "Ja: Kerstin Lövgren, Bengt Forsman, Agneta Rask, Jan-Olof Hägg, Maj Sundqvist, Gunilla "
        "Berg, Lena Holmér\n"
        "Nej: Peter Lind, Anders Ryd, Torbjörn Ek\n"
        "Avstår: Sara Wikman"
    )
    pdf.body("Socialnämnden har således beslutat enligt Kerstin Lövgrens yrkande.")
    pdf.sub("Beslut")
    pdf.body(
        "Socialnämnden beslutar att som sitt yttrande över motionen överlämna social\u00adförvaltningens "
        "tjänsteskrivelse till kommunstyrelsen."
    )
    pdf.sub("Reservation")
    pdf.body("Peter Lind (V) och Anders Ryd (MP) reserverar sig mot beslutet.")
    pdf.sub("Expedieras")
    pdf.body("Kommunstyrelsen")

    # § 113 --------------------------------------------------------------------------------
    pdf.par(
        "113",
        "Överenskommelse om samverkan kring barn och unga med behov av särskilt stöd",
        "Dnr SN 2008/0154",
    )
    pdf.sub("Ärendebeskrivning")
    pdf.body(
        "Nyköpings kommun, Oxelösunds kommun och Landstinget Sörmland har sedan 2006 arbetat i ett "
        "gemensamt projekt för att förbättra samordningen kring barn och unga som behöver insatser "
        "från både socialtjänsten, skolan och barn- och ungdoms\u00adpsykiatrin. Erfarenheterna visar "
        "att familjerna ofta möter flera olika handläggare utan att någon har ett samlat ansvar. "
        "En överenskommelse mellan Nyköpings kommun, Oxelösunds kommun och Landstinget Sörmland om "
        "samverkan kring barn och unga med behov av särskilt stöd har nu tagits fram. Den reglerar "
        "ansvars\u00adfördelningen, hur gemensamma samordnade individuella planer ska upprättas och hur "
        "tvister mellan huvudmännen ska lösas. Överenskommelsen gäller från den 1 januari 2009 och "
        "löper tills vidare med sex månaders uppsägnings\u00adtid. Enhetschef Henrik Moberg redogör för "
        "ärendet och för de erfarenheter som gjorts i projektet, bland annat att antalet "
        "placeringar utanför hemmet har minskat i de familjer som fått en samordnad plan. "
        "Kostnaderna för nämnden ryms inom befintlig budget eftersom samordnar\u00adtjänsten finansieras "
        "av projektmedel under det första året och därefter delas lika mellan de tre huvudmännen."
    )
    pdf.sub("Beslutsunderlag")
    pdf.body(
        "Socialförvaltningens tjänsteskrivelse 2008-10-06\n"
        "Förslag till överenskommelse daterat 2008-09-12"
    )
    pdf.sub("Yrkande")
    pdf.body("Kerstin Lövgren (S) yrkar bifall till förvaltningens förslag.")
    pdf.sub("Beslut")
    pdf.body(
        "1. Socialnämnden godkänner överenskommelsen om samverkan kring barn och unga med behov av "
        "särskilt stöd.\n"
        "2. Socialchefen får i uppdrag att underteckna överenskommelsen.\n"
        "3. Överenskommelsen ska följas upp och redovisas för nämnden senast i december 2009."
    )
    pdf.sub("Särskilt yttrande")
    pdf.body(
        "Bengt Forsman (M) och Gunilla Berg (M) lämnar följande särskilda yttrande: ”Vi ställer oss "
        "bakom överenskommelsen men vill understryka att skolans elevhälsa måste ingå i "
        "samverkan från början.”"
    )
    pdf.body("Ersättaren Kenneth Lund (M) ställer sig bakom Moderaternas särskilda yttrande.")
    pdf.sub("Expedieras")
    pdf.body("Oxelösunds kommun\nLandstinget Sörmland")

    # § 114 --------------------------------------------------------------------------------
    pdf.par("114", "Ekonomisk uppföljning per september 2008", "Dnr SN 2008/0023")
    pdf.sub("Ärendebeskrivning")
    pdf.body(
        "Socialförvaltningen redovisar den ekonomiska uppföljningen per den 30 september 2008. "
        "Prognosen för helåret visar ett underskott på 4,2 miljoner kronor, främst inom individ- "
        "och familje\u00adomsorgen där kostnaderna för externa placeringar av barn och unga har ökat. "
        "Förvaltningen redovisar åtgärder för att minska under\u00adskottet."
    )
    pdf.sub("Beslutsunderlag")
    pdf.body("Socialförvaltningens tjänsteskrivelse 2008-10-08")
    pdf.sub("Beslut")
    pdf.body(
        "Socialnämnden beslutar\n"
        "att godkänna uppföljningen per september 2008,\n"
        "att överlämna uppföljningen till kommunstyrelsen."
    )
    pdf.sub("Protokollsanteckning")
    pdf.body(
        "Torbjörn Ek (FP) får följande antecknat till protokollet: ”Folkpartiet liberalerna anser "
        "att förvaltningen snarast måste redovisa en plan för fler placeringar i egen regi.”"
    )
    pdf.sub("Expedieras")
    pdf.body("Kommunstyrelsen")

    # § 115 --------------------------------------------------------------------------------
    pdf.par("115", "Redovisning av delegationsbeslut", "Dnr SN 2008/0005")
    pdf.body(
        "Förteckning över beslut fattade med stöd av delegation under september 2008 redovisas."
    )
    pdf.sub("Beslut")
    pdf.body("Socialnämnden beslutar att lägga redovisningen till handlingarna.")
    pdf.output(str(path))


# ============================================================================================
# PDF 3: Borlänge kommun, kommunfullmäktige 2004-03-29, full protocol with an OCR text layer
# (scanned 2004 protocol; light OCR damage: "(5)", "011e", "lsraelsson", "1Jänstemän").
# ============================================================================================


class BorlangePDF(FlowPDF):
    def __init__(self) -> None:
        super().__init__("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")
        self.size = 10.5
        self.lh = 5.4
        self.bottom = 297 - 28

    def header(self) -> None:
        self.put(22, 12, "BORLÄNGE KOMMUN", bold=True, size=10)
        self.put(95, 12, "SAMMANTRÄDESPROTOKOLL", size=10)
        self.put(160, 12, f"{self.page_no()} ({{nb}})", size=10, w=30, align="R")
        self.put(22, 17, "Kommunfullmäktige", size=10)
        self.put(95, 17, "Sammanträdesdatum", size=8)
        self.put(95, 21, "2004-03-29", size=10)
        self.set_y(30)

    def footer(self) -> None:
        self.put(22, 297 - 20, "Justerandes sign", size=8)
        self.put(120, 297 - 20, "Utdragsbestyrkande", size=8)

    def continuation(self) -> None:
        pass

    def par(self, number: str, title: str) -> None:
        if self.get_y() > self.bottom - 40:
            self.add_page()
        self.current_par = None
        self.set_y(self.get_y() + 5)
        self.flow(f"Kf § {number}", bold=True, size=11, x=22, w=166, gap=0.5)
        self.current_par = number
        self.flow(title, bold=True, size=11, x=22, w=166, lh=5.6, gap=2)

    def body(self, s: str) -> None:
        self.flow(s, x=22, w=166)


def make_borlange_pdf(path: Path) -> None:
    pdf = BorlangePDF()
    pdf.set_title("KF 2004-03-29")
    pdf.set_author("Scan")
    pdf.set_creator("ABBYY FineReader 7.0")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2004, 4, 7))
    pdf.add_page()

    y = pdf.get_y()
    rows = [
        ("Plats och tid", ["Stadshuset, sessionssalen, kl 18.00–21.35"]),
        ("Beslutande", ["Se bifogad närvarolista, bilaga 1"]),
        ("Ordförande", ["Gösta Falk (S)"]),
        ("1:e vice ordförande", ["Ingvar Månsson (M)"]),
        ("2:e vice ordförande", ["Kerstin Holm (V)"]),
        ("1Jänstemän", ["Sven-Åke Lindgren, kommundirektör", "Britt lsraelsson, ekonomichef",
                        "Monica Bohlin, kommunsekreterare"]),
        ("Utses att justera", ["Maj-Britt Dahl (5) och Olof Nord (M)"]),
        ("Justeringens plats och tid", ["Kommunkansliet, måndagen den 5 april 2004"]),
        ("Paragrafer", ["31–34"]),
    ]
    for label, values in rows:
        pdf.put(22, y, label, size=10)
        for v in values:
            pdf.put(75, y, v, size=10)
            y += 5.4
        y += 2.5
    y += 6
    for label, names in [("Sekreterare", ["Monica Bohlin"]), ("Ordförande", ["Gösta Falk"]),
                         ("Justerande", ["Maj-Britt Dahl", "Olof Nord"])]:
        pdf.put(22, y, label, size=10)
        for i, n in enumerate(names):
            pdf.put(75 + i * 60, y, "...............................", size=10)
            pdf.put(75 + i * 60, y + 5, n, size=10)
        y += 15
    y += 4
    pdf.rect(22, y, 166, 40)
    pdf.put(24, y + 2, "ANSLAG/BEVIS", bold=True, size=10)
    pdf.put(24, y + 8, "Justeringen av protokollet har tillkännagetts genom anslag", size=9)
    for i, (label, value) in enumerate([
        ("Organ", "Kommunfullmäktige"),
        ("Datum för anslags uppsättande", "2004-04-06"),
        ("Datum för anslags nedtagande", "2004-04-28"),
        ("Förvaringsplats för protokollet", "Kommunkansliet, Stadshuset"),
    ]):
        pdf.put(24, y + 15 + i * 5, label, size=9)
        pdf.put(85, y + 15 + i * 5, value, size=9)

    # Kf § 31 ------------------------------------------------------------------------------
    pdf.add_page()
    pdf.par("31", "Försäljning av fastigheten Hagalund 12:4 till AB Stora Tunabyggen")
    pdf.body("Dnr KS 412/03")
    pdf.body(
        "AB Stora Tunabyggen har erbjudit sig att köpa fastigheten Hagalund 12:4 för 14,5 miljoner "
        "kronor. Fastigheten rymmer i dag kontor som kommunen inte längre behöver. Bolaget avser "
        "att bygga om huset till 40 hyreslägenheter. Kommunstyrelsen behandlade ärendet "
        "2004-03-09 § 44 och föreslår att fullmäktige godkänner försäljningen."
    )
    pdf.body(
        "Beslutsunderlag\n"
        "Kommunstyrelsens förslag 2004-03-09 § 44\n"
        "Tjänsteskrivelse från kommunledningsstaben 2004-02-17\n"
        "Värderingsutlåtande 2003-12-01"
    )
    pdf.body(
        "Yrkanden\n"
        "Bo Rydén (S) yrkar bifall till kommunstyrelsens förslag.\n"
        "Anders Hedqvist (M) yrkar avslag med motiveringen att fastigheten bör säljas på den öppna "
        "marknaden efter anbudsförfarande."
    )
    pdf.body(
        "Beslutsgång\n"
        "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller Bo Rydéns "
        "yrkande. Votering begärs och verkställs. Ja för bifall till kommunstyrelsens förslag, nej för "
        "avslag. Omröstningsresultat: 27 ja, 22 nej, 2 avstod. Voteringslista, bilaga 2."
    )
    pdf.body(
        "Kommunfullmäktiges beslut\n"
        "Kommunfullmäktige beslutar\n"
        "att sälja fastigheten Hagalund 12:4 till AB Stora Tunabyggen för 14,5 miljoner kronor,\n"
        "att uppdra åt kommunstyrelsens ordförande att underteckna köpekontraktet."
    )
    pdf.body(
        "Reservation\n"
        "Mot beslutet reserverar sig Anders Hedqvist (M) m.fl., Eva Sandberg (FP) och Ulla Grahn (KD)."
    )
    pdf.body("Expedieras\nAB Stora Tunabyggen\nKommunstyrelsen")

    # Kf § 32 ------------------------------------------------------------------------------
    pdf.par("32", "Avtal om samverkan mellan Borlänge kommun och Högskolan Dalarna om lärcentrum")
    pdf.body("Dnr KS 58/04")
    pdf.body(
        "Borlänge kommun och Högskolan Dalarna har förhandlat fram ett avtal om ett gemensamt "
        "lärcentrum för vuxenstuderande i Jakobsgårdarna. Högskolan står för handledning och "
        "kursutbud, kommunen för lokaler och studievägledning. Avtalet gäller 2004–2006. "
        "Kommunstyrelsen föreslår 2004-03-09 § 45 att avtalet godkänns."
    )
    pdf.body(
        "Beslutsunderlag\n"
        "Kommunstyrelsens förslag 2004-03-09 § 45\n"
        "Tjänsteskrivelse från utbildningsförvaltningen 2004-02-20"
    )
    pdf.body("Yrkande\nLars Berglund (FP) yrkar bifall till kommunstyrelsens förslag.")
    pdf.body("Kommunfullmäktiges beslut\nKommunfullmäktige beslutar att godkänna avtalet.")
    pdf.body(
        "Protokollsanteckning\n"
        "Kerstin Holm (V) antecknar till protokollet att Vänsterpartiet förutsätter att lärcentrumet "
        "blir avgiftsfritt för de studerande."
    )
    pdf.body("Expedieras\nHögskolan Dalarna\nBarn- och utbildningsnämnden")

    # Kf § 33 ------------------------------------------------------------------------------
    pdf.par("33", "Svar på motion från Olle Wiklund (V) om avgiftsfri kollektivtrafik för pensionärer")
    pdf.body("Dnr KS 301/03")
    pdf.body(
        "I en motion den 15 september 2003 föreslår Olle Wiklund (V) att pensionärer som är "
        "folkbokförda i kommunen ska få åka avgiftsfritt med Dalatrafiks bussar inom kommunen "
        "under lågtrafik. Motionen har remitterats till tekniska nämnden och Dalatrafik AB. "
        "Tekniska nämnden har i yttrande 2003-11-20 avstyrkt motionen med hänvisning till "
        "kostnaden, som beräknas till 3,1 miljoner kronor per år. Kommunstyrelsen föreslår att "
        "motionen avslås."
    )
    pdf.body(
        "Beslutsunderlag\n"
        "Kommunstyrelsens förslag 2004-03-09 § 47\n"
        "Tjänsteskrivelse 2004-02-02\n"
        "Tekniska nämndens yttrande 2003-11-20"
    )
    pdf.body(
        "Yrkanden\n"
        "011e Wiklund (V) yrkar bifall till motionen.\n"
        "Bo Rydén (S) yrkar bifall till kommunstyrelsens förslag."
    )
    pdf.body(
        "Beslutsgång\n"
        "Ordföranden ställer proposition på yrkandena och finner att fullmäktige beslutar enligt "
        "Bo Rydéns yrkande."
    )
    pdf.body("Kommunfullmäktiges beslut\nKommunfullmäktige beslutar att avslå motionen.")
    pdf.body("Reservation\nOlle Wiklund (V) m.fl. reserverar sig till förmån för eget yrkande.")
    pdf.body("Expedieras\nMotionären\nTekniska nämnden\nDalatrafik AB")

    # Kf § 34 ------------------------------------------------------------------------------
    pdf.par("34", "Anmälan av motion om trygghetsboende i Kvarnsveden")
    pdf.body("Dnr KS 77/04")
    pdf.body(
        "Eva Sandberg (FP) har lämnat in en motion daterad 2004-03-15 om att kommunen ska utreda "
        "ett trygghetsboende för äldre i Kvarnsveden."
    )
    pdf.body(
        "Kommunfullmäktiges beslut\n"
        "Kommunfullmäktige beslutar att remittera motionen till kommunstyrelsen för beredning."
    )
    pdf.body("Expedieras\nKommunstyrelsen")
    pdf.output(str(path))


# ============================================================================================
# DOCX helpers
# ============================================================================================

W_AUTHOR = "Johan Tell"


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


def _para(document, text: str, bold: bool = False, size: float | None = None, italic: bool = False):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def _decimal_list(document, start_id: int = 60) -> int:
    """A decimal numbering definition "1." whose numbers are not in the text; returns numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{start_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return start_id


def _new_num(document, abstract_id: int, num_id: int) -> int:
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    ))
    return num_id


def _numbered(document, num_id: int, text: str):
    p = document.add_paragraph(text)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
    return p


def _ins_paragraph(document, num_id: int, text: str, rev_id: int, date: str):
    """A numbered paragraph inserted with track changes on (paragraph mark and runs in w:ins)."""
    p = document.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
    ppr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:ins w:id="{rev_id}" w:author="{W_AUTHOR}" w:date="{date}"/></w:rPr>'
    ))
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{rev_id + 1}" w:author="{W_AUTHOR}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
    ))
    return p


def _ins_run(paragraph, text: str, rev_id: int, date: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{rev_id}" w:author="{W_AUTHOR}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
    ))


def _del_run(paragraph, text: str, rev_id: int, date: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{rev_id}" w:author="{W_AUTHOR}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    ))


def _add_footnotes(document, notes: dict[int, str]) -> None:
    """Add a footnotes part with the given notes (id -> text)."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in notes.items()
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes {nsdecls("w")}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
        f"{body}</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml,
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, note_id: int) -> None:
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    ))


def _cell_bold(cell, text: str) -> None:
    cell.text = text
    cell.paragraphs[0].runs[0].bold = True


# ============================================================================================
# DOCX 1: Sollentuna kommun, utbildnings- och arbetsmarknadsnämnden 2024-02-15, full protocol
# Word table Namn/Parti/Roll, heading styles, Word numbering, roll-call table with X marks and
# no summary, a footnote, tracked changes (one deletion, two insertions).
# ============================================================================================


def make_sollentuna_docx(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    abstract = _decimal_list(d)
    date = "2024-02-16T09:30:00Z"

    section = d.sections[0]
    section.header.paragraphs[0].text = "Sollentuna kommun\tProtokoll\t2024-02-15"
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_heading("Utbildnings- och arbetsmarknadsnämnden", 0)
    _para(d, "Sammanträdesprotokoll")
    _para(d, "Tid: Torsdagen den 15 februari 2024 kl. 18.00–20.40")
    _para(d, "Plats: Kommunhuset, Sollentuna, sammanträdesrum Edsviken")

    d.add_heading("Närvarande", 1)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for i, h in enumerate(["Namn", "Parti", "Roll"]):
        _cell_bold(table.cell(0, i), h)
    rows = [
        ("Helena Ekstrand", "M", "Ordförande"),
        ("Mikael Jonsson", "L", "Förste vice ordförande"),
        ("Leila Haddad", "S", "Andre vice ordförande"),
        ("Per Ågren", "M", "Ledamot"),
        ("Ann Sjöqvist", "M", "Ledamot"),
        ("Oskar Lind", "KD", "Ledamot"),
        ("Karl Nyström", "C", "Tjänstgörande ersättare istf Tove Hedberg (C)"),
        ("Jonas Berglund", "S", "Ledamot"),
        ("Amra Hodžić", "S", "Ledamot"),
        ("Patrik Öberg", "SD", "Ledamot"),
        ("Jesper Falk", "V", "Ledamot"),
        ("Maria Grön", "M", "Ersättare"),
        ("Fredrik Sahlin", "S", "Ersättare"),
        ("Ebba Norén", "L", "Ersättare"),
        ("Anna Wirén", "", "Förvaltningschef"),
        ("Sofie Lund", "", "Arbetsmarknadschef, § 14"),
        ("Johan Tell", "", "Nämndsekreterare"),
    ]
    for row in rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value

    d.add_heading("Justering", 1)
    info = d.add_table(rows=3, cols=2)
    for i, (label, value) in enumerate([
        ("Justerare", "Leila Haddad (S)"),
        ("Justeringens plats och tid", "Kommunhuset, tisdagen den 20 februari 2024"),
        ("Justerade paragrafer", "§§ 14–17"),
    ]):
        info.cell(i, 0).text = label
        info.cell(i, 1).text = value
    sign = d.add_table(rows=2, cols=3)
    for i, (label, name) in enumerate([("Sekreterare", "Johan Tell"), ("Ordförande", "Helena Ekstrand"),
                                       ("Justerare", "Leila Haddad")]):
        sign.cell(0, i).text = label
        sign.cell(1, i).text = "………………………"
        sign.cell(1, i).add_paragraph(name)
    _para(
        d,
        "Protokollet är justerat och tillkännagivet på kommunens digitala anslagstavla "
        "2024-02-21–2024-03-14. Förvaringsplats: Utbildnings- och arbetsmarknadsförvaltningen.",
        italic=True,
    )

    _add_footnotes(d, {1: "Tjänsteutlåtandet är daterat 2024-01-29."})

    # § 14 ---------------------------------------------------------------------------------
    d.add_page_break()
    d.add_heading("§ 14 Överenskommelse med Arbetsförmedlingen om lokalt samarbete", 2)
    _para(d, "Dnr UAN/2023:211")
    d.add_heading("Ärendet", 3)
    _para(
        d,
        "Arbetsförmedlingen har föreslagit en ny överenskommelse om lokalt samarbete mellan "
        "Sollentuna kommun och Arbetsförmedlingen för åren 2024–2026. Arbetsförmedlingens förslag "
        "är daterat 2023-12-14. Överenskommelsen omfattar insatser för nyanlända, unga som varken "
        "arbetar eller studerar och personer med försörjningsstöd. Arbetsmarknadschef Sofie Lund "
        "redogör för ärendet.",
    )
    d.add_heading("Beslutsunderlag", 3)
    p = _para(d, "Tjänsteutlåtande från utbildnings- och arbetsmarknadsförvaltningen")
    _footnote_ref(p, 1)
    _para(d, "Förslag till överenskommelse")
    d.add_heading("Beslut", 3)
    _para(d, "Utbildnings- och arbetsmarknadsnämnden beslutar följande.")
    num = _new_num(d, abstract, 401)
    _numbered(d, num, "Överenskommelsen om lokalt samarbete med Arbetsförmedlingen för 2024–2026 godkänns.")
    _numbered(d, num, "Förvaltningschefen får i uppdrag att underteckna överenskommelsen.")
    _numbered(d, num, "Den tidigare överenskommelsen upphör att gälla den 31 mars 2024.")
    _ins_paragraph(
        d, num,
        "Förvaltningen ska redovisa utfallet av samarbetet i nämndens verksamhetsberättelse.",
        10, date,
    )
    d.add_heading("Expedieras", 3)
    _para(d, "Arbetsförmedlingen")

    # § 15 ---------------------------------------------------------------------------------
    d.add_heading("§ 15 Ändrade riktlinjer för resebidrag till gymnasieelever", 2)
    _para(d, "Dnr UAN/2023:187")
    d.add_heading("Ärendet", 3)
    _para(
        d,
        "Nämnden antog de nuvarande riktlinjerna för resebidrag 2019-05-16. Förvaltningen föreslår "
        "att avståndsgränsen för resebidrag höjs från sex till åtta kilometer och att bidraget "
        "betalas ut per termin i stället för per månad. Förändringen beräknas minska kostnaderna "
        "med 1,1 miljoner kronor per år.",
    )
    d.add_heading("Beslutsunderlag", 3)
    _para(d, "Tjänsteutlåtande 2024-01-30")
    _para(d, "Förslag till reviderade riktlinjer, daterat 2024-02-06")
    d.add_heading("Yrkanden", 3)
    _para(d, "Helena Ekstrand (M) yrkar bifall till förvaltningens förslag.")
    _para(d, "Leila Haddad (S) yrkar avslag på förvaltningens förslag.")
    _para(d, "Jesper Falk (V) instämmer i Leila Haddads yrkande.")
    d.add_heading("Beslutsgång", 3)
    _para(
        d,
        "Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller "
        "Helena Ekstrands yrkande. Votering begärs. Den som vill bifalla Helena Ekstrands yrkande "
        "röstar ja, den som vill bifalla Leila Haddads yrkande röstar nej.",
    )
    vote = d.add_table(rows=1, cols=4)
    vote.style = "Table Grid"
    for i, h in enumerate(["Ledamot", "Ja", "Nej", "Avstår"]):
        _cell_bold(vote.cell(0, i), h)
    for name, col in [
        ("Helena Ekstrand (M)", 1), ("Mikael Jonsson (L)", 1), ("Leila Haddad (S)", 2),
        ("Per Ågren (M)", 1), ("Ann Sjöqvist (M)", 1), ("Oskar Lind (KD)", 1),
        ("Karl Nyström (C)", 1), ("Jonas Berglund (S)", 2), ("Amra Hodžić (S)", 2),
        ("Patrik Öberg (SD)", 3), ("Jesper Falk (V)", 2),
    ]:
        cells = vote.add_row().cells
        cells[0].text = name
        cells[col].text = "X"
    _para(d, "Nämnden har därmed beslutat enligt Helena Ekstrands yrkande.")
    d.add_heading("Beslut", 3)
    num = _new_num(d, abstract, 402)
    _numbered(d, num, "Reviderade riktlinjer för resebidrag till gymnasieelever antas.")
    _numbered(d, num, "Riktlinjerna gäller från och med höstterminen 2024.")
    d.add_heading("Reservation", 3)
    p = _para(
        d,
        "Leila Haddad (S), Jonas Berglund (S), Amra Hodžić (S) och Jesper Falk (V) reserverar sig "
        "mot beslutet till förmån för Leila Haddads yrkande.",
    )
    _del_run(p, " Patrik Öberg (SD) reserverar sig mot beslutet.", 20, date)
    d.add_heading("Protokollsanteckning", 3)
    _para(
        d,
        "Patrik Öberg (SD) får följande antecknat till protokollet: ”Sverigedemokraterna avstår "
        "eftersom förslaget inte har konsekvensbeskrivits för elever med funktionsnedsättning.”",
    )
    d.add_heading("Expedieras", 3)
    _para(d, "Rektorerna för gymnasieskolorna\nSL – Storstockholms Lokaltrafik")

    # § 16 ---------------------------------------------------------------------------------
    d.add_heading("§ 16 Remiss från kommunstyrelsen – Näringslivsprogram för Sollentuna kommun 2024–2027", 2)
    _para(d, "Dnr UAN/2024:14, kommunstyrelsens dnr KS/2023:915")
    d.add_heading("Ärendet", 3)
    _para(
        d,
        "Kommunstyrelsen har remitterat förslaget till näringslivsprogram till nämnden för yttrande "
        "senast den 1 mars 2024. Förvaltningen föreslår att nämnden särskilt lyfter behovet av "
        "samverkan med Stockholms Handelskammare kring praktikplatser och yrkesutbildning för vuxna.",
    )
    d.add_heading("Beslutsunderlag", 3)
    _para(d, "Tjänsteutlåtande 2024-02-01")
    _para(d, "Remiss från kommunstyrelsen 2023-12-11")
    d.add_heading("Beslut", 3)
    p = _para(
        d,
        "Utbildnings- och arbetsmarknadsnämnden antar förvaltningens förslag till yttrande och "
        "överlämnar det till kommunstyrelsen.",
    )
    _ins_run(p, " Paragrafen justeras omedelbart.", 30, date)
    d.add_heading("Ersättaryttrande", 3)
    _para(
        d,
        "Ersättaren Fredrik Sahlin (S) lämnar ett ersättaryttrande om att yrkesvux bör prioriteras "
        "i programmet.",
    )
    d.add_heading("Expedieras", 3)
    _para(d, "Kommunstyrelsen")

    # § 17 ---------------------------------------------------------------------------------
    d.add_heading("§ 17 Anmälan av delegationsbeslut", 2)
    _para(d, "Dnr UAN/2024:3")
    d.add_heading("Beslut", 3)
    _para(d, "Nämnden lägger anmälan av delegationsbeslut till handlingarna.")

    cp = d.core_properties
    cp.author = "Johan Tell"
    cp.last_modified_by = "Johan Tell"
    cp.title = "Protokoll UAN 2024-02-15"
    cp.created = dt.datetime(2024, 2, 16, 9, 0, 0)
    cp.modified = dt.datetime(2024, 2, 16, 9, 30, 0)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path, (2024, 2, 16, 9, 30, 0))


# ============================================================================================
# DOCX 2: Kungsbacka kommun, kommunstyrelsen 2021-10-12, protokollsutdrag (§§ 233–234)
# "Beslut" first (before the background), remiss from Trafikverket with its dnr beside the own,
# three-party agreement, "Rätt utdraget betyger".
# ============================================================================================


def make_kungsbacka_docx(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    section = d.sections[0]
    section.header.paragraphs[0].text = "KUNGSBACKA KOMMUN\tPROTOKOLLSUTDRAG"
    section.header.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2021-10-12")
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    def head(number: str, dnr: str, title: str) -> None:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = f"§ {number}"
        t.cell(0, 0).paragraphs[0].runs[0].bold = True
        t.cell(0, 1).text = dnr
        _para(d, title, bold=True, size=12)

    head(
        "233",
        "Dnr KS 2021-00876    Trafikverkets dnr TRV 2021/81547",
        "Yttrande över Trafikverkets remiss – Förslag till nationell plan för transportinfrastrukturen "
        "2022–2033",
    )
    _para(d, "Beslut", bold=True)
    _para(
        d,
        "Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och överlämnar det "
        "till Trafikverket. Paragrafen förklaras omedelbart justerad.",
    )
    _para(d, "Sammanfattning av ärendet", bold=True)
    _para(
        d,
        "Trafikverket har den 31 augusti 2021 remitterat förslag till nationell plan för "
        "transportinfrastrukturen 2022–2033. Synpunkter ska ha kommit in senast den 15 oktober "
        "2021. Kungsbacka kommun lyfter i yttrandet behovet av fyrspår på Västkustbanan mellan "
        "Almedal och Kungsbacka, en ny trafikplats på E6 vid Kungsbacka norra och ökad kapacitet "
        "för pendeltåg. Yttrandet har stämts av med Region Halland och Göteborgsregionen.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(
        d,
        "Tjänsteskrivelse, 2021-09-27\n"
        "Förslag till yttrande\n"
        "Trafikverkets remiss, 2021-08-31\n"
        "Kommunstyrelsens arbetsutskott, 2021-10-05, § 301",
    )
    _para(d, "Förslag till beslut på sammanträdet", bold=True)
    _para(d, "Fredrik Hansson (M) yrkar bifall till arbetsutskottets förslag.")
    _para(
        d,
        "Birgitta Kjellberg (S) yrkar bifall till arbetsutskottets förslag med tillägget att "
        "yttrandet ska betona behovet av en station i Hede.",
    )
    _para(d, "Beslutsgång", bold=True)
    _para(
        d,
        "Ordföranden ställer proposition på Fredrik Hanssons yrkande och finner att kommunstyrelsen "
        "bifaller det. Därefter ställer ordföranden proposition på Birgitta Kjellbergs tilläggsyrkande "
        "och finner att kommunstyrelsen avslår det.",
    )
    _para(d, "Särskilt yttrande", bold=True)
    _para(d, "Birgitta Kjellberg (S) m.fl. lämnar ett särskilt yttrande, bilaga 1.")
    _para(d, "Protokollsanteckning", bold=True)
    _para(
        d,
        "Lars Fridlund (KD) antecknar till protokollet att Kristdemokraterna vill se en utredning av "
        "en ny pendeltågsstation i Fjärås.",
    )
    _para(d, "Expedieras till", bold=True)
    _para(d, "Trafikverket\nRegion Halland\nGöteborgsregionen")

    d.add_paragraph()
    head("234", "Dnr KS 2021-00712", "Samverkansavtal om ungdomsmottagningar")
    _para(d, "Beslut", bold=True)
    _para(d, "Kommunstyrelsen föreslår kommunfullmäktige besluta")
    _para(
        d,
        "1. Kommunfullmäktige godkänner samverkansavtal om ungdomsmottagningar mellan Kungsbacka "
        "kommun, Varbergs kommun och Region Halland för perioden 2022–2025.",
    )
    _para(
        d,
        "2. Kommunens kostnad, 2,4 miljoner kronor per år, finansieras inom kommunstyrelsens "
        "budgetram för 2022.",
    )
    _para(d, "Sammanfattning av ärendet", bold=True)
    _para(
        d,
        "Ungdomsmottagningarna i Kungsbacka och Varberg drivs i dag gemensamt av kommunerna och Region "
        "Halland enligt ett avtal som löper ut vid årsskiftet. Region Halland beslutade 2021-06-17 att "
        "erbjuda kommunerna ett nytt avtal med oförändrad kostnadsfördelning, hälften för regionen och "
        "hälften för kommunerna i förhållande till antalet unga invånare.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse, 2021-09-20\nFörslag till samverkansavtal")
    _para(d, "Förslag till beslut på sammanträdet", bold=True)
    _para(d, "Fredrik Hansson (M) yrkar bifall till arbetsutskottets förslag.")
    _para(
        d,
        "Ali Mansour (V) yrkar avslag med motiveringen att ungdomsmottagningarna bör drivas helt av "
        "Region Halland.",
    )
    _para(d, "Beslutsgång", bold=True)
    _para(
        d,
        "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller Fredrik "
        "Hanssons yrkande.",
    )
    _para(d, "Reservation", bold=True)
    _para(d, "Ali Mansour (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    _para(d, "Expedieras till", bold=True)
    _para(d, "Kommunfullmäktige\nVarbergs kommun\nRegion Halland")

    d.add_paragraph()
    _para(d, "Rätt utdraget betyger", bold=True)
    _para(d, "Kungsbacka den 14 oktober 2021")
    _para(d, "……………………………………")
    _para(d, "Hanna Lindqvist, kommunsekreterare")

    cp = d.core_properties
    cp.author = "Kommunstyrelsens förvaltning"
    cp.last_modified_by = "Kommunstyrelsens förvaltning"
    cp.title = "Protokollsutdrag KS 2021-10-12 §§ 233–234"
    cp.created = dt.datetime(2021, 10, 14, 8, 0, 0)
    cp.modified = dt.datetime(2021, 10, 14, 8, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path, (2021, 10, 14, 8, 0, 0))


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"):
        if not (FONT_DIR / name).exists():
            raise SystemExit(f"{FONT_DIR / name} not found; cannot build the PDFs.")
    make_motala_pdf(DOCS / "motala-ks-2017-05-16-protokoll.pdf")
    make_nykoping_pdf(DOCS / "nykoping-sn-2008-10-22-protokoll.pdf")
    make_borlange_pdf(DOCS / "borlange-kf-2004-03-29-protokoll.pdf")
    make_sollentuna_docx(DOCS / "sollentuna-uan-2024-02-15-protokoll.docx")
    make_kungsbacka_docx(DOCS / "kungsbacka-ks-2021-10-12-protokollsutdrag.docx")


if __name__ == "__main__":
    main()
