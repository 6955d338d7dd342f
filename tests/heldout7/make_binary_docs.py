"""Generate the binary documents of tests/heldout7/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout7/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout7/gold/
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


# ============================================================================================
# PDF: Alingsås kommun, kommunstyrelsen 2024-02-28 (full protocol, 4 §§)
# "Närvarande" as one running paragraph; "Ärende n" headings with the § number in the left
# margin; "Beslut" + "Kommunstyrelsen beslutar att" + unnumbered att-satser; an
# "Ajournering" between two paragraphs; "Votering begärs och verkställs" with a roll call;
# "Reservation" as its own heading; protokollsanteckning by a tjänsteman; running page
# header with body and date on every page.
# ============================================================================================


class AlsPDF(FPDF):
    left = 20.0
    text_x = 48.0
    width = 190.0 - 48.0
    top = 32.0
    bottom = 297 - 24.0

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
        self.put(20, 10, "Alingsås kommun", bold=True, size=11)
        self.put(95, 10, "Kommunstyrelsen – protokoll 2024-02-28", size=9)
        self.put(160, 10, f"{self.page_no()} ({{nb}})", size=9, w=30, align="R")
        self.line(20, 17, 190, 17)

    def footer(self) -> None:
        self.line(20, 297 - 19, 190, 297 - 19)
        self.put(20, 297 - 17.5, "Ordförandes sign", size=7.5)
        self.put(75, 297 - 17.5, "Justerandes sign", size=7.5)
        self.put(140, 297 - 17.5, "Utdragsbestyrkande", size=7.5)

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

    def flow(self, text: str, bold: bool = False, size: float = 10, lh: float = 5.0,
             gap: float = 2.0, x: float | None = None, keep: int = 1) -> None:
        x0 = self.text_x if x is None else x
        width = 190.0 - x0
        self.set_font("F", "B" if bold else "", size)
        lines = self.wrap(text, width)
        if self.y_pos + lh * min(keep, len(lines)) > self.bottom:
            self.new_page()
        for line in lines:
            if self.y_pos + lh > self.bottom:
                self.new_page()
            self.set_font("F", "B" if bold else "", size)
            self.set_xy(x0, self.y_pos)
            self.cell(width, lh, line)
            self.y_pos += lh
        self.y_pos += gap

    def sub(self, text: str) -> None:
        self.flow(text, bold=True, gap=0.8, keep=3)

    def arende(self, agenda: int, number: str, title: str, dnr: str) -> None:
        if self.y_pos + 35 > self.bottom:
            self.new_page()
        self.y_pos += 3
        self.put(self.left, self.y_pos, number, bold=True, size=12)
        self.put(self.text_x, self.y_pos, f"Ärende {agenda}", size=9)
        self.y_pos += 5.5
        self.flow(title, bold=True, size=11.5, lh=5.6, gap=0.8)
        self.flow(dnr, size=9, gap=3)

    def atts(self, items: list[str]) -> None:
        for item in items:
            self.flow(item, x=self.text_x + 6, gap=1.2)
        self.y_pos += 1


def build_alingsas() -> None:
    pdf = AlsPDF()
    pdf.set_title("Kommunstyrelsen protokoll 2024-02-28")
    pdf.set_author("Alingsås kommun")
    pdf.set_creator("Ärendehantering")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(dt.datetime(2024, 3, 4, 10, 0, 0, tzinfo=dt.UTC))
    pdf.new_page()

    pdf.flow("Protokoll", bold=True, size=16, x=20, gap=1)
    pdf.flow("Kommunstyrelsen", bold=True, size=12, x=20, gap=4)
    pdf.flow("Plats och tid: Stadshuset, sammanträdesrum Mjörn, onsdagen den 28 februari 2024 "
             "kl. 13.00–16.25", x=20, gap=3)
    pdf.flow("Närvarande: Anna-Karin Berggren (S), ordförande, Per Ohlin (M), 1:e vice "
             "ordförande, Lisbeth Rask (C), 2:e vice ordförande, samt ledamöterna Tommy Kjellgren "
             "(S), Hanna Wibom (S), Fredrik Ståhl (M), Malin Ekdahl (M), Jonas Ring (SD), Sara "
             "Blom (SD), Erik Wallin (L), Maria Högberg (V) och Niklas Forsell (KD). Berit Lund "
             "(S) tjänstgör som ersättare för Ahmed Yusuf (S). Ersättarna Ulla Ek (MP) och Kent "
             "Sjöholm (S) är närvarande utan att tjänstgöra. Därutöver deltar kommundirektör "
             "Katarina Wessel, kommunsekreterare Oskar Lindh och upphandlingschef Lena Strid "
             "(§ 33).", x=20, gap=3)
    pdf.flow("Utses att justera: Per Ohlin (M) och Hanna Wibom (S)", x=20, gap=1)
    pdf.flow("Justeringens plats och tid: Kommunledningskontoret, måndagen den 4 mars 2024",
             x=20, gap=1)
    pdf.flow("Protokollet omfattar §§ 31–34", x=20, gap=6)

    pdf.flow("Underskrifter", bold=True, x=20, gap=2)
    for label, name in (("Sekreterare", "Oskar Lindh"), ("Ordförande", "Anna-Karin Berggren"),
                        ("Justerare", "Per Ohlin"), ("Justerare", "Hanna Wibom")):
        pdf.put(20, pdf.y_pos, label, size=9)
        pdf.put(55, pdf.y_pos + 1, "." * 60, size=8)
        pdf.y_pos += 6
        pdf.put(55, pdf.y_pos, name, size=9.5)
        pdf.y_pos += 8
    pdf.y_pos += 4
    pdf.flow("ANSLAG", bold=True, size=9.5, x=20, gap=0.8)
    pdf.flow("Protokollet har justerats. Justeringen har tillkännagetts genom anslag 2024-03-05. "
             "Anslaget tas ned 2024-03-27. Protokollet förvaras på kommunledningskontoret.",
             size=9, lh=4.6, x=20)

    # ---------------- § 31
    pdf.new_page()
    pdf.arende(4, "§ 31", "Yttrande över förslag till regional vattenförsörjningsplan",
               "Dnr KS 2023/0731")
    pdf.flow("Länsstyrelsen i Västra Götalands län har skickat förslag till regional "
             "vattenförsörjningsplan på remiss till kommunerna i länet (Länsstyrelsens dnr "
             "537-41523-2023). Svar ska lämnas senast 2024-03-15. Kommunledningskontoret har "
             "samrått med samhällsbyggnadsförvaltningen och Alingsås Energi Nät AB och föreslår ett "
             "yttrande där kommunen särskilt lyfter Mjörn som reservvattentäkt.")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse från kommunledningskontoret 2024-02-05\nFörslag till yttrande "
             "2024-02-05\nKommunstyrelsens arbetsutskott 2024-02-14, § 17")
    pdf.sub("Beslut")
    pdf.flow("Kommunstyrelsen beslutar att", gap=1.2)
    pdf.atts(["anta kommunledningskontorets förslag till yttrande som sitt eget och översända "
              "det till Länsstyrelsen i Västra Götalands län."])
    pdf.flow("Paragrafen förklaras omedelbart justerad.")
    pdf.sub("Expedieras till")
    pdf.flow("Länsstyrelsen i Västra Götalands län\nAlingsås Energi Nät AB")

    # ---------------- § 32
    pdf.arende(5, "§ 32", "Simundervisning för elever i förskoleklass", "Dnr KS 2023/0612")
    pdf.flow("Kultur- och fritidsnämnden beslutade 2023-11-22, § 97, att föreslå att alla elever "
             "i förskoleklass ska erbjudas simundervisning i Nolhagabadet. Kommunledningskontoret "
             "har berett ärendet tillsammans med barn- och ungdomsnämnden. Kostnaden beräknas till "
             "1,4 miljoner kronor per år.")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse från kommunledningskontoret 2024-01-30\nKultur- och "
             "fritidsnämndens protokoll 2023-11-22, § 97")
    pdf.sub("Yrkanden")
    pdf.flow("Ordföranden Anna-Karin Berggren (S) yrkar bifall till kommunledningskontorets "
             "förslag. Fredrik Ståhl (M) yrkar avslag. Jonas Ring (SD) instämmer i Fredrik Ståhls "
             "yrkande.")
    pdf.sub("Propositionsordning")
    pdf.flow("Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen "
             "bifaller kommunledningskontorets förslag.")
    pdf.sub("Votering begärs och verkställs")
    pdf.flow("Votering begärs. Kommunstyrelsen godkänner följande propositionsordning: Ja-röst "
             "för bifall till ordförandens yrkande, nej-röst för bifall till Fredrik Ståhls "
             "yrkande. Vid upprop avges följande röster:")
    roll = [("Anna-Karin Berggren (S)", "Ja"), ("Per Ohlin (M)", "Nej"),
            ("Lisbeth Rask (C)", "Ja"), ("Tommy Kjellgren (S)", "Ja"),
            ("Hanna Wibom (S)", "Ja"), ("Berit Lund (S)", "Ja"), ("Fredrik Ståhl (M)", "Nej"),
            ("Malin Ekdahl (M)", "Nej"), ("Jonas Ring (SD)", "Nej"), ("Sara Blom (SD)", "Nej"),
            ("Erik Wallin (L)", "Ja"), ("Maria Högberg (V)", "Ja"),
            ("Niklas Forsell (KD)", "Nej")]
    for name, vote in roll:
        if pdf.y_pos + 5 > pdf.bottom:
            pdf.new_page()
        pdf.put(pdf.text_x + 6, pdf.y_pos, name, size=9.5)
        pdf.put(pdf.text_x + 80, pdf.y_pos, vote, size=9.5)
        pdf.y_pos += 4.8
    pdf.y_pos += 2
    pdf.flow("Med 7 ja-röster mot 6 nej-röster beslutar kommunstyrelsen enligt ordförandens "
             "yrkande.")
    pdf.sub("Beslut")
    pdf.flow("Kommunstyrelsen beslutar att", gap=1.2)
    pdf.atts(["ge kultur- och fritidsnämnden i uppdrag att från och med höstterminen 2024 erbjuda "
              "simundervisning för samtliga elever i förskoleklass,",
              "kostnaden för 2024 finansieras ur kommunstyrelsens förfogandeanslag."])
    pdf.sub("Reservation")
    pdf.flow("Fredrik Ståhl (M), Per Ohlin (M), Malin Ekdahl (M), Jonas Ring (SD), Sara Blom (SD) "
             "och Niklas Forsell (KD) reserverar sig mot beslutet till förmån för Fredrik Ståhls "
             "yrkande.")
    pdf.sub("Expedieras till")
    pdf.flow("Kultur- och fritidsnämnden\nBarn- och ungdomsnämnden")

    pdf.y_pos += 2
    pdf.flow("Ajournering", bold=True, x=20, gap=0.8)
    pdf.flow("Sammanträdet ajourneras kl. 14.40–14.55 för överläggningar i partigrupperna.", x=20)

    # ---------------- § 33
    pdf.arende(6, "§ 33", "Avsiktsförklaring med AB Alingsåshem om bostäder för äldre",
               "Dnr KS 2023/0799")
    pdf.flow("Alingsås kommun och AB Alingsåshem har tagit fram en avsiktsförklaring om att "
             "bolaget ska uppföra ett trygghetsboende med cirka 60 lägenheter i kvarteret Lövekulle. "
             "Kommunen åtar sig att hyra gemensamhetslokalerna. Vård- och omsorgsnämnden har "
             "tillstyrkt förslaget 2024-01-24, § 6. Ärendet har beretts av kommunledningskontoret "
             "med stöd av upphandlingsfunktionen.")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse från kommunledningskontoret 2024-02-06\nAvsiktsförklaring mellan "
             "Alingsås kommun och AB Alingsåshem, daterad 2024-01-31")
    pdf.sub("Beslut")
    pdf.flow("Kommunstyrelsen beslutar att", gap=1.2)
    pdf.atts(["godkänna avsiktsförklaring mellan Alingsås kommun och AB Alingsåshem om bostäder "
              "för äldre,",
              "uppdra åt kommundirektören att underteckna avsiktsförklaringen,",
              "uppdra åt kommundirektören att återkomma med förslag till hyresavtal senast "
              "2024-10-31."])
    pdf.sub("Protokollsanteckning")
    pdf.flow("Upphandlingschef Lena Strid antecknar till protokollet att ett hyresavtal om "
             "gemensamhetslokalerna kan behöva föregås av en prövning enligt lagen (2016:1145) om "
             "offentlig upphandling.")
    pdf.sub("Expedieras till")
    pdf.flow("AB Alingsåshem\nVård- och omsorgsnämnden")

    # ---------------- § 34
    pdf.arende(7, "§ 34", "Planuppdrag för bostäder vid Stadsskogen", "Dnr KS 2024/0058")
    pdf.flow("Samhällsbyggnadsnämnden har 2024-01-17, § 8, lämnat positivt planbesked för "
             "bostäder vid Stadsskogen (nämndens dnr SBN 2023/0456). Kommunstyrelsen ska enligt "
             "reglementet ge uppdrag om detaljplaner för fler än 50 bostäder. Ärendet ska även "
             "behandlas i kommunstyrelsen 2024-04-03 under rubriken Exploateringsbudget (§ 58 i "
             "det preliminära underlaget).")
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse från kommunledningskontoret 2024-02-01\nKommunstyrelsens "
             "arbetsutskott 2024-02-14, § 19")
    pdf.sub("Yrkanden")
    pdf.flow("Lisbeth Rask (C) yrkar bifall till arbetsutskottets förslag.")
    pdf.sub("Beslut")
    pdf.flow("Kommunstyrelsen beslutar att", gap=1.2)
    pdf.atts(["ge samhällsbyggnadsnämnden i uppdrag att upprätta detaljplan för bostäder vid "
              "Stadsskogen."])
    pdf.sub("Expedieras till")
    pdf.flow("Samhällsbyggnadsnämnden")

    pdf.output(str(DOCS / "alingsas-ks-2024-02-28-protokoll.pdf"))


# ============================================================================================
# DOCX: Lerums kommun, kommunstyrelsens arbetsutskott 2024-04-09 (full protocol, 4 §§)
# Header (body, date, page field text) on every page; attendance as tab-separated label
# lines; "Arbetsutskottets förslag till kommunstyrelsen" plus "Arbetsutskottets beslut för egen
# del"; remiss answered to Trafikverket with their dnr; three-party avsiktsförklaring
# (kommun, Västtrafik AB, Trafikverket); "Jäv" line inside a paragraph.
# ============================================================================================


def _para(d, text: str, bold: bool = False, size: float | None = None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _head(d, text: str):
    return _para(d, text, bold=True, size=11)


def _page_break(d) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_lerum() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "LERUMS KOMMUN\tPROTOKOLL\tSammanträdesdatum"
    sec.header.add_paragraph("Kommunstyrelsens arbetsutskott\t\t2024-04-09")
    sec.footer.paragraphs[0].text = "Justerare: ………………\tUtdragsbestyrkande: ………………"

    _para(d, "Kommunstyrelsens arbetsutskott", bold=True, size=16)
    _para(d, "Tid och plats\tTisdagen den 9 april 2024, kl. 08.30–11.50, Lerums kommunhus, "
             "sal Aspen")
    _para(d, "Beslutande\tKarin Lindqvist (M), ordförande")
    _para(d, "\tSven-Erik Halén (S), vice ordförande")
    _para(d, "\tBirgitta Mårtensson (L)")
    _para(d, "\tTobias Åkesson (C)")
    _para(d, "\tAnders Strand (S)")
    _para(d, "Ersättare\tMats Werner (KD)")
    _para(d, "Övriga deltagare\tYlva Bengtsson, kommundirektör")
    _para(d, "\tJakob Ljung, trafikstrateg, § 61")
    _para(d, "\tPetra Sand, nämndsekreterare")
    _para(d, "Justerare\tSven-Erik Halén (S)")
    _para(d, "Justeringens tid och plats\tKommunhuset 2024-04-11")
    _para(d, "Paragrafer\t61–64")
    _para(d, "")
    _para(d, "Underskrifter")
    _para(d, "Sekreterare\t…………………………………………\tPetra Sand")
    _para(d, "Ordförande\t…………………………………………\tKarin Lindqvist")
    _para(d, "Justerare\t…………………………………………\tSven-Erik Halén")
    _para(d, "")
    _para(d, "Bevis om anslag: Protokollet är justerat och anslaget på kommunens digitala "
             "anslagstavla 2024-04-12 till och med 2024-05-06.", size=9)
    _page_break(d)

    # § 61
    _head(d, "§ 61 Yttrande till Trafikverket över samrådsunderlag för väg 190, delen "
             "Gråbo–Nödinge")
    _para(d, "Dnr KS 2024/00187")
    _para(d, "Trafikverket har skickat samrådsunderlag för ombyggnad av väg 190 på remiss till "
             "Lerums kommun och Ale kommun (Trafikverkets ärendenummer TRV 2024/21876). "
             "Kommunstyrelsen har genom delegation 2023-06-14, § 88, överlåtit åt arbetsutskottet "
             "att besvara remisser från statliga myndigheter. Remisstiden går ut 2024-04-19.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse, sektor samhällsbyggnad, 2024-03-22")
    _para(d, "Förslag till yttrande, 2024-03-22")
    _para(d, "Arbetsutskottets beslut", bold=True)
    _para(d, "1. Arbetsutskottet antar förvaltningens förslag till yttrande som sitt eget och "
             "överlämnar det till Trafikverket.")
    _para(d, "2. Paragrafen justeras omedelbart.")
    _para(d, "Beslutet skickas till", bold=True)
    _para(d, "Trafikverket\nAle kommun")

    # § 62
    _head(d, "§ 62 Svar på motion om solceller på kommunens fastigheter")
    _para(d, "Dnr KS 2023/00412")
    _para(d, "Linnea Östberg (MP) har i en motion 2023-05-25 föreslagit att kommunen ska installera "
             "solceller på samtliga kommunala fastigheter där det är tekniskt möjligt. "
             "Kommunfullmäktige remitterade motionen till kommunstyrelsen 2023-06-15, § 71. "
             "Förvaltningen bedömer att motionen delvis tillgodoses genom energiplanen.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse, sektor samhällsbyggnad, 2024-03-08")
    _para(d, "Motion från Linnea Östberg (MP), 2023-05-25")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Sven-Erik Halén (S) yrkar bifall till motionen.")
    _para(d, "Karin Lindqvist (M) yrkar att motionen ska anses besvarad.")
    _para(d, "Propositionsordning", bold=True)
    _para(d, "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet "
             "beslutar enligt Karin Lindqvists yrkande.")
    _para(d, "Arbetsutskottets förslag till kommunstyrelsen", bold=True)
    _para(d, "Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.")
    _para(d, "Reservation", bold=True)
    _para(d, "Sven-Erik Halén (S) och Anders Strand (S) reserverar sig mot beslutet.")

    # § 63
    _page_break(d)
    _head(d, "§ 63 Avsiktsförklaring om utbyggd pendelparkering vid Floda station")
    _para(d, "Dnr KS 2024/00095")
    _para(d, "Lerums kommun, Västtrafik AB och Trafikverket har förhandlat fram en avsiktsförklaring "
             "om att bygga ut pendelparkeringen vid Floda station med 150 platser. Kommunen "
             "ansvarar för markfrågor och detaljplan, Västtrafik AB för informationssystem och "
             "Trafikverket för anslutningen till väg 1970. Kommunstyrelsen gav förvaltningen i "
             "uppdrag att inleda förhandlingar 2023-10-18, § 145.")
    _para(d, "Jäv: Tobias Åkesson (C) anmäler jäv och deltar inte i handläggningen av ärendet.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse, sektor samhällsbyggnad, 2024-03-19")
    _para(d, "Avsiktsförklaring mellan Lerums kommun, Västtrafik AB och Trafikverket, "
             "2024-03-12")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Birgitta Mårtensson (L) yrkar bifall till förvaltningens förslag.")
    _para(d, "Arbetsutskottets förslag till kommunstyrelsen", bold=True)
    _para(d, "1. Kommunstyrelsen godkänner avsiktsförklaringen om utbyggd pendelparkering vid "
             "Floda station mellan Lerums kommun, Västtrafik AB och Trafikverket.")
    _para(d, "2. Kommundirektören får i uppdrag att underteckna avsiktsförklaringen.")
    _para(d, "Arbetsutskottets beslut för egen del", bold=True)
    _para(d, "3. Förvaltningen får i uppdrag att redovisa en tidplan för detaljplanearbetet till "
             "arbetsutskottet 2024-06-04.")
    _para(d, "Beslutet skickas till", bold=True)
    _para(d, "Kommunstyrelsen\nVästtrafik AB")

    # § 64
    _head(d, "§ 64 Revidering av riktlinjer för representation och gåvor")
    _para(d, "Dnr KS 2024/00131")
    _para(d, "Riktlinjerna för representation antogs av kommunstyrelsen 2019-09-04, § 120. "
             "Förvaltningen har reviderat dem med anledning av Skatteverkets ändrade "
             "avdragsregler.")
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse, kommunledningskontoret, 2024-03-14")
    _para(d, "Arbetsutskottets förslag till kommunstyrelsen", bold=True)
    _para(d, "1. Kommunstyrelsen antar reviderade riktlinjer för representation och gåvor.")
    _para(d, "2. Riktlinjerna gäller från och med 2024-05-01.")
    _para(d, "Protokollsanteckning", bold=True)
    _para(d, "Ersättaren Mats Werner (KD) antecknar till protokollet att gåvor till anställda "
             "bör redovisas årligen till kommunstyrelsen.")

    cp = d.core_properties
    cp.author = "Petra Sand"
    cp.last_modified_by = "Petra Sand"
    cp.title = "Protokoll kommunstyrelsens arbetsutskott 2024-04-09"
    cp.created = dt.datetime(2024, 4, 9, 12, 0, 0)
    cp.modified = dt.datetime(2024, 4, 11, 9, 30, 0)
    cp.last_printed = dt.datetime(2024, 4, 11, 9, 30, 0)
    cp.revision = 2

    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = DOCS / "lerum-ksau-2024-04-09-protokoll.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 11, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    build_alingsas()
    build_lerum()
