"""Generate the binary documents of tests/heldout31/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout31/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation dates, fixed DOCX core properties and fixed ZIP
timestamps, so re-running the script leaves the files byte-identical. The gold files in tests/heldout31/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _fonts(pdf: FPDF) -> None:
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


# ---------------------------------------------------------------------------------------------------------------
# PDF 1: Borgholms kommun, kommunstyrelsens arbetsutskott 2024-04-09, full protocol, §§ 71-73.
# Paragraph titles in bold small caps (capitals, the lower-case letters as smaller capitals) with "AU § 71" at the
# right margin of the same line. The arbetsutskott only proposes: "Arbetsutskottets förslag till kommunstyrelsen".
# ---------------------------------------------------------------------------------------------------------------

BORGHOLM_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Sammanträdesrum Köpingsvik, Stadshuset, Borgholm", "tisdag 9 april 2024 kl 08.30–11.45"]),
    ("Beslutande", [
        "Ilona Karlsson (C), ordförande",
        "Per Lennartsson (M), 1:e vice ordförande",
        "Jan Kjellström (S), 2:e vice ordförande",
        "Marita Holmqvist (SD)",
        "Göran Ekdahl (L), tjänstgörande ersättare för Ewa Fält (KD)",
    ]),
    ("Ersättare", ["Lisbeth Wahl (S)"]),
    ("Övriga närvarande", [
        "Niklas Borg, kommunchef",
        "Therese Ny, nämndsekreterare",
        "Oskar Lind, ekonomichef, § 73",
    ]),
    ("Utses att justera", ["Jan Kjellström (S)"]),
    ("Justeringens plats och tid", ["Stadshuset, fredag 12 april 2024"]),
    ("Paragrafer", ["71–73"]),
]

BORGHOLM_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Therese Ny"),
    ("Ordförande", "Ilona Karlsson"),
    ("Justerande", "Jan Kjellström"),
]

# Each paragraph: (number, title, dnr, blocks); a block is (label, lines). Label "" = plain text lines.
BORGHOLM_PARAS: list[tuple[str, str, str, list[tuple[str, list[str]]]]] = [
    ("71", "Samverkansöverenskommelse med Polisregion Syd", "Dnr 2024/64-106 KS", [
        ("Ärendebeskrivning", [
            "Borgholms kommun och Polisregion Syd har sedan 2020 en samverkansöverenskommelse om det "
            "brottsförebyggande arbetet på norra Öland. Enligt 3 § lagen (2023:196) om kommuners ansvar för "
            "brottsförebyggande arbete ska kommunen samverka med Polismyndigheten i arbetet. En ny överenskommelse "
            "för 2024–2026 har tagits fram med stöd av metodstödet från Brottsförebyggande rådet (Brå). "
            "Överenskommelsen gäller från och med 2024-05-01.",
        ]),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse, kommunledningsförvaltningen, 2024-03-26",
            "Förslag till samverkansöverenskommelse 2024–2026",
        ]),
        ("Yrkanden", ["Ilona Karlsson (C) yrkar bifall till förvaltningens förslag."]),
        ("Arbetsutskottets förslag till kommunstyrelsen", [
            "1. Kommunstyrelsen godkänner samverkansöverenskommelsen mellan Borgholms kommun och Polisregion Syd "
            "för 2024–2026.",
            "2. Kommunchefen får i uppdrag att underteckna överenskommelsen.",
        ]),
        ("Beslutet skickas till", ["Kommunstyrelsen", "Polisregion Syd"]),
    ]),
    ("72", "Remiss – Regional vattenförsörjningsplan för Kalmar län", "Dnr 2024/41-340 KS", [
        ("Ärendebeskrivning", [
            "Länsstyrelsen i Kalmar län har remitterat ett förslag till regional vattenförsörjningsplan till "
            "länets kommuner (Länsstyrelsens dnr 537-1022-2024). Remissen inkom 2024-02-12 och svar ska lämnas "
            "senast 2024-04-30. Förslaget till yttrande har tagits fram av samhällsbyggnadsförvaltningen "
            "tillsammans med Borgholm Energi AB, som ansvarar för den allmänna vattenförsörjningen i kommunen.",
        ]),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-03-28",
            "Förslag till yttrande",
            "Remiss från Länsstyrelsen i Kalmar län, 2024-02-12",
        ]),
        ("Yrkanden", [
            "Marita Holmqvist (SD) yrkar att ärendet återremitteras för att kompletteras med en "
            "kostnadsberäkning.",
            "Per Lennartsson (M) yrkar att ärendet avgörs i dag och bifall till förvaltningens förslag.",
        ]),
        ("Propositionsordning", [
            "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så ska ske. Omröstning begärs. "
            "Ja-röst för att ärendet avgörs i dag, nej-röst för återremiss.",
        ]),
        ("Omröstningsresultat", [
            "Med 4 ja-röster mot 1 nej-röst beslutar arbetsutskottet att ärendet ska avgöras i dag. Ordföranden "
            "ställer därefter proposition på förvaltningens förslag och finner det bifallet.",
        ]),
        ("Arbetsutskottets förslag till kommunstyrelsen", [
            "Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till Länsstyrelsen i "
            "Kalmar län.",
        ]),
        ("Reservation", [
            "Reservation: Marita Holmqvist (SD) reserverar sig mot beslutet till förmån för eget yrkande.",
        ]),
        ("Beslutet skickas till", ["Kommunstyrelsen"]),
    ]),
    ("73", "Bidrag till Solberga bygdegårdsförening", "Dnr 2024/52-805 KS", [
        ("Ärendebeskrivning", [
            "Solberga bygdegårdsförening har ansökt om 60 000 kronor för tillgänglighetsanpassning av "
            "bygdegården. Föreningen har samtidigt sökt bidrag från Boverket. Ekonomichef Oskar Lind redogör "
            "för kommunstyrelsens förfogandeanslag. Förvaltningen föreslår ett bidrag om 40 000 kronor.",
        ]),
        ("Beslutsunderlag", [
            "Ansökan från Solberga bygdegårdsförening, 2024-02-05",
            "Tjänsteskrivelse, kommunledningsförvaltningen, 2024-03-20",
        ]),
        ("Yrkanden", [
            "Jan Kjellström (S) yrkar bifall till ansökan i sin helhet.",
            "Ilona Karlsson (C) yrkar bifall till förvaltningens förslag.",
            "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet beslutar enligt "
            "Ilona Karlssons yrkande.",
        ]),
        ("Arbetsutskottets förslag till kommunstyrelsen", [
            "Kommunstyrelsen beviljar Solberga bygdegårdsförening ett bidrag om 40 000 kronor ur "
            "kommunstyrelsens förfogandeanslag 2024.",
        ]),
        ("Protokollsanteckning", [
            "Protokollsanteckning: Jan Kjellström (S) antecknar att bygdegårdarna behöver ett långsiktigt "
            "driftbidrag.",
        ]),
        ("Beslutet skickas till", ["Kommunstyrelsen", "Solberga bygdegårdsförening"]),
    ]),
]


class BorgholmPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(90, 5, "BORGHOLMS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        self.cell(30, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_xy(15, 15)
        self.cell(90, 5, "Kommunstyrelsens arbetsutskott")
        self.cell(90, 5, "Sammanträdesdatum 2024-04-09")
        self.line(15, 21, 195, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 7)
        self.cell(90, 8, "Justerandes signatur", border=1)
        self.cell(90, 8, "Utdragsbestyrkande", border=1)


def small_caps(pdf: FPDF, x: float, baseline: float, text: str, size: float) -> None:
    """Draw text in bold faux small caps: capitals at full size, lower-case letters as smaller capitals."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        low = ch.islower()
        if runs and runs[-1][1] == low:
            runs[-1] = (runs[-1][0] + ch, low)
        else:
            runs.append((ch, low))
    for chunk, low in runs:
        pdf.set_font("F", "B", size * 0.78 if low else size)
        shown = chunk.upper()
        pdf.text(x, baseline, shown)
        x += pdf.get_string_width(shown)


def make_borgholm() -> None:
    pdf = BorgholmPDF(format="A4")
    _fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_creation_date(dt.datetime(2024, 4, 12, 9, 0, 0, tzinfo=dt.UTC))
    pdf.set_title("Protokoll kommunstyrelsens arbetsutskott 2024-04-09")
    pdf.set_author("Borgholms kommun")
    pdf.set_creator("heldout31")
    pdf.set_producer("heldout31")
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    for label, lines in BORGHOLM_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 5, label)
        y_end = pdf.get_y()
        pdf.set_xy(62, y)
        pdf.set_font("F", "", 10)
        for line in lines:
            pdf.set_x(62)
            pdf.cell(130, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y_end) + 2)
    pdf.ln(4)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(45, 5, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    for role, name in BORGHOLM_SIGN:
        pdf.ln(3)
        pdf.set_font("F", "", 9)
        pdf.set_x(15)
        pdf.cell(45, 5, role)
        pdf.cell(80, 5, "." * 60, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(60)
        pdf.set_font("F", "", 10)
        pdf.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(180, 6, "BEVIS", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.multi_cell(180, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                           "Organ: Kommunstyrelsens arbetsutskott. Sammanträdesdatum: 2024-04-09.\n"
                           "Anslaget sätts upp: 2024-04-12. Anslaget tas ned: 2024-05-06.\n"
                           "Förvaringsplats för protokollet: Kommunledningsförvaltningen, Stadshuset.",
                   border="LBR")
    for number, title, dnr, blocks in BORGHOLM_PARAS:
        pdf.add_page()
        baseline = pdf.get_y() + 5
        small_caps(pdf, 15, baseline, title, 12)
        pdf.set_font("F", "B", 12)
        label = f"AU § {number}"
        pdf.text(195 - pdf.get_string_width(label), baseline, label)
        pdf.set_y(baseline + 3)
        pdf.set_font("F", "", 9)
        pdf.set_x(15)
        pdf.cell(180, 5, dnr, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for blabel, lines in blocks:
            if blabel not in ("Reservation", "Protokollsanteckning"):  # these are labelled lines instead
                pdf.set_font("F", "B", 10)
                pdf.set_x(15)
                pdf.cell(180, 6, blabel, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 10)
            for line in lines:
                pdf.set_x(15)
                pdf.multi_cell(180, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(DOCS / "borgholm-ksau-2024-04-09-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------------------------
# PDF 2: Nybro kommun, socialnämnden 2024-05-22, protokollsutdrag, § 64. The decision in a two-column table
# (Beslut | numbered points); "Ärendenummer" without "Dnr"; signatures as a three-column table.
# ---------------------------------------------------------------------------------------------------------------

NYBRO_BODY: list[tuple[str, list[str]]] = [
    ("Ärendet", [
        "Region Kalmar län och länets tolv kommuner har sedan 2018 en överenskommelse om samverkan vid "
        "utskrivning från sluten hälso- och sjukvård enligt lagen (2017:612) om samverkan vid utskrivning från "
        "sluten hälso- och sjukvård. Överenskommelsen har reviderats och träffas mellan Region Kalmar län och var "
        "och en av länets kommuner, däribland Nybro kommun. Region Kalmar län godkände den reviderade "
        "överenskommelsen 2024-04-23, § 88 (Region Kalmar läns dnr RS 2024/00412). Inspektionen för vård och "
        "omsorg påtalade i sin tillsyn 2023 brister i informationsöverföringen, vilket den nya versionen "
        "åtgärdar. Överenskommelsen börjar gälla 2024-09-01.",
    ]),
    ("Beslutsunderlag", [
        "Tjänsteskrivelse, socialförvaltningen, 2024-05-06",
        "Överenskommelse om samverkan vid utskrivning, version 2024-03-15",
    ]),
    ("Yrkanden", [
        "Ordföranden Yvonne Persson (S) yrkar bifall till förvaltningens förslag.",
        "Elisabeth Krantz (M) yrkar bifall till förvaltningens förslag med tillägget att nämnden ska få en "
        "uppföljning av överenskommelsen i december 2024.",
        "Ordföranden ställer proposition på förvaltningens förslag och på tilläggsyrkandet och finner att "
        "socialnämnden bifaller båda.",
    ]),
]

NYBRO_DECISION = [
    "1. Socialnämnden godkänner överenskommelsen om samverkan vid utskrivning från sluten hälso- och sjukvård "
    "i Kalmar län.",
    "2. Socialchefen får i uppdrag att underteckna överenskommelsen för Nybro kommuns räkning.",
    "3. Socialnämnden ska få en uppföljning av överenskommelsen i december 2024.",
]

NYBRO_AFTER: list[tuple[str, list[str]]] = [
    ("Särskilt yttrande", [
        "Niklas Hjelm (SD) lämnar ett särskilt yttrande: Sverigedemokraterna ställer sig bakom överenskommelsen "
        "men anser att kommunens kostnader för utskrivningsklara patienter måste redovisas varje kvartal.",
    ]),
    ("Beslutet skickas till", ["Region Kalmar län", "Socialförvaltningen"]),
]


def make_nybro() -> None:
    pdf = FPDF(format="A4")
    _fonts(pdf)
    pdf.set_creation_date(dt.datetime(2024, 5, 28, 8, 30, 0, tzinfo=dt.UTC))
    pdf.set_title("Protokollsutdrag socialnämnden 2024-05-22 § 64")
    pdf.set_author("Nybro kommun")
    pdf.set_creator("heldout31")
    pdf.set_producer("heldout31")
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    pdf.set_font("F", "B", 13)
    pdf.cell(85, 7, "NYBRO KOMMUN")
    pdf.set_font("F", "B", 11)
    pdf.cell(85, 7, "PROTOKOLLSUTDRAG", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(85, 6, "Socialnämnden")
    pdf.cell(85, 6, "Sammanträdesdatum: onsdag 22 maj 2024", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 6, "Justerare: Elisabeth Krantz (M)", new_x="LMARGIN", new_y="NEXT")
    pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
    pdf.ln(5)
    pdf.set_font("F", "B", 16)
    pdf.cell(22, 8, "§ 64")
    pdf.set_font("F", "B", 11)
    pdf.multi_cell(148, 6, "Överenskommelse om samverkan vid utskrivning från sluten hälso- och sjukvård i "
                           "Kalmar län", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.set_x(42)
    pdf.cell(148, 5, "Ärendenummer SN 2024/0117", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def blocks(items: list[tuple[str, list[str]]]) -> None:
        for label, lines in items:
            pdf.set_font("F", "B", 10)
            pdf.cell(170, 6, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 10)
            for line in lines:
                pdf.multi_cell(170, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    blocks(NYBRO_BODY)
    pdf.set_font("F", "", 10)
    with pdf.table(col_widths=(30, 140), first_row_as_headings=False, line_height=5.5) as table:
        row = table.row()
        pdf.set_font("F", "B", 10)
        row.cell("Beslut")
        pdf.set_font("F", "", 10)
        row.cell("\n".join(NYBRO_DECISION))
    pdf.ln(4)
    blocks(NYBRO_AFTER)
    pdf.ln(4)
    pdf.set_font("F", "", 9)
    with pdf.table(col_widths=(57, 57, 56), first_row_as_headings=True, line_height=6) as table:
        head = table.row()
        for text in ("Ordförande", "Justerare", "Sekreterare"):
            head.cell(text)
        names = table.row()
        for text in ("Yvonne Persson", "Elisabeth Krantz", "Hanna Jönsson"):
            names.cell(text)
    pdf.ln(5)
    pdf.set_font("F", "I", 9)
    pdf.multi_cell(170, 5, "Utdragsbestyrkande: Rätt utdraget intygar Hanna Jönsson, nämndsekreterare, "
                           "2024-05-28", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "nybro-sn-2024-05-22-protokollsutdrag.pdf"))


# ---------------------------------------------------------------------------------------------------------------
# DOCX: Torsås kommun, kommunfullmäktige 2024-05-27, full protocol, §§ 45-47. Attendance table
# "Ledamöter | Parti | Roll"; each decision in a two-column table (Beslut | points); "Diarienummer: KS/2024:71".
# ---------------------------------------------------------------------------------------------------------------

TORSAS_MEMBERS: list[tuple[str, str, str]] = [
    ("Anders Roos", "C", "Ordförande"),
    ("Carina Sjögren", "S", "1:e vice ordförande"),
    ("Hans-Erik Lind", "SD", "2:e vice ordförande"),
    ("Magnus Danielsson", "C", "Ledamot"),
    ("Ulrika Ek", "C", "Ledamot"),
    ("Björn Sandell", "C", "Ledamot"),
    ("Ing-Marie Påhlsson", "C", "Ledamot"),
    ("Tomas Hjort", "C", "Ledamot"),
    ("Lena Gustavsson", "C", "Ledamot"),
    ("Camilla Lindqvist", "C", "Tjänstgörande ersättare för Per Åberg (C)"),
    ("Anna-Lena Sjöö", "S", "Ledamot"),
    ("Mattias Ljung", "S", "Ledamot"),
    ("Gerd Axelsson", "S", "Ledamot"),
    ("Fredrik Nordin", "S", "Ledamot"),
    ("Sven-Olof Ahl", "S", "Ledamot"),
    ("Johan Stenberg", "S", "Tjänstgörande ersättare för Yvonne Falk (S)"),
    ("Henrik Nilsson", "M", "Ledamot"),
    ("Sofia Brandt", "M", "Ledamot"),
    ("Kjell Svensson", "M", "Ledamot"),
    ("Anton Wik", "M", "Ledamot"),
    ("Agneta Holmberg", "M", "Tjänstgörande ersättare för Roger Bengtsson (M)"),
    ("Lars Engström", "SD", "Ledamot"),
    ("Maria Boström", "SD", "Ledamot"),
    ("Dan Fransson", "SD", "Ledamot"),
    ("Emelie Karlberg", "SD", "Ledamot"),
    ("Patrik Öst", "SD", "Ledamot"),
    ("Leif Ottosson", "SD", "Ledamot"),
    ("Ove Carlsson", "KD", "Ledamot"),
    ("Britt Johansson", "KD", "Ledamot"),
    ("Jenny Thorén", "L", "Ledamot"),
    ("Rickard Blom", "V", "Ledamot"),
]

# Paragraph: (number, title, dnr, body before the decision, decision points, body after the decision)
TORSAS_PARAS: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    ("45", "Årsredovisning 2023 för Torsås kommun", "KS/2024:71", [
        "Ärendebeskrivning",
        "Kommunstyrelsen har upprättat årsredovisning för 2023. Den sammanställda redovisningen omfattar även "
        "Torsås Bostads AB. Årets resultat uppgår till 12,4 miljoner kronor. Revisorerna tillstyrker i sin "
        "revisionsberättelse 2024-04-22 att årsredovisningen godkänns. Årsredovisningen har upprättats enligt "
        "lagen (2018:597) om kommunal bokföring och redovisning.",
        "Beslutsunderlag",
        "Kommunstyrelsen 2024-04-16, § 61",
        "Tjänsteskrivelse, ekonomiavdelningen, 2024-03-28",
        "Årsredovisning 2023",
        "Yrkanden",
        "Magnus Danielsson (C) yrkar bifall till kommunstyrelsens förslag.",
    ], [
        "1. Kommunfullmäktige godkänner årsredovisningen 2023 för Torsås kommun.",
        "2. Årets resultat om 12,4 miljoner kronor förs till eget kapital.",
    ], [
        "Beslutet skickas till",
        "Kommunstyrelsen, Revisorerna, Torsås Bostads AB",
    ]),
    ("46", "Svar på motion om avgiftsfri kollektivtrafik för pensionärer", "KS/2023:215", [
        "Ärendebeskrivning",
        "Fredrik Nordin (S) föreslår i en motion daterad 2023-06-12 att kommunen ska erbjuda avgiftsfria resor "
        "med Kalmar Länstrafik för invånare över 75 år. Kommunfullmäktige remitterade motionen till "
        "kommunstyrelsen 2023-06-19, § 58. Region Kalmar län har lämnat uppgifter om kostnaden, som beräknas till "
        "1,1 miljoner kronor per år. Kommunstyrelsen föreslog 2024-04-16, § 66, att motionen avslås.",
        "Beslutsunderlag",
        "Kommunstyrelsen 2024-04-16, § 66",
        "Tjänsteskrivelse, kommunledningskontoret, 2024-03-19",
        "Motion från Fredrik Nordin (S), 2023-06-12",
        "Yrkanden",
        "Anna-Lena Sjöö (S) yrkar bifall till motionen.",
        "Rickard Blom (V) instämmer i Anna-Lena Sjöös yrkande.",
        "Magnus Danielsson (C) yrkar bifall till kommunstyrelsens förslag.",
        "Propositionsordning",
        "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige beslutar enligt "
        "kommunstyrelsens förslag. Omröstning begärs.",
        "Kommunfullmäktige godkänner följande propositionsordning: Ja-röst för kommunstyrelsens förslag, "
        "nej-röst för bifall till motionen.",
        "Omröstningsresultat",
        "Omröstningen utfaller med 16 ja-röster och 8 nej-röster. 7 ledamöter avstår från att rösta.",
    ], [
        "Motionen avslås.",
    ], [
        "Reservation: Anna-Lena Sjöö (S) m.fl. reserverar sig mot beslutet till förmån för eget yrkande.",
        "Beslutet skickas till",
        "Motionären, Kommunstyrelsen",
    ]),
    ("47", "Avtal om gemensam IT-drift med Kalmar kommun", "KS/2024:102", [
        "Ärendebeskrivning",
        "Torsås kommun och Kalmar kommun har utrett en gemensam IT-drift. Avtalet tecknas med stöd av 9 kap. "
        "37 § kommunallagen (2017:725) och gäller från 2024-09-01. Kalmar kommun blir värdkommun. "
        "Kommunstyrelsen behandlade ärendet 2024-05-07, § 80.",
        "Beslutsunderlag",
        "Kommunstyrelsen 2024-05-07, § 80",
        "Tjänsteskrivelse, kommunledningskontoret, 2024-04-02",
        "Förslag till avtal",
        "Yrkanden",
        "Henrik Nilsson (M) yrkar bifall till kommunstyrelsens förslag.",
        "Lars Engström (SD) yrkar avslag.",
        "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
        "kommunstyrelsens förslag.",
    ], [
        "1. Kommunfullmäktige godkänner avtalet om gemensam IT-drift mellan Torsås kommun och Kalmar kommun.",
        "2. Kommunstyrelsen får i uppdrag att teckna avtalet.",
        "3. Paragrafen förklaras omedelbart justerad.",
    ], [
        "Reservation: Lars Engström (SD) och Maria Boström (SD) reserverar sig mot beslutet.",
        "Protokollsanteckning: Jenny Thorén (L) antecknar att avtalet bör utvärderas efter två år.",
        "Beslutet skickas till",
        "Kalmar kommun, Kommunstyrelsen",
    ]),
]

LABELS = {"Ärendebeskrivning", "Beslutsunderlag", "Yrkanden", "Propositionsordning", "Omröstningsresultat",
          "Beslutet skickas till"}


def _save_docx(d: docx.document.Document, path: Path, stamp: tuple[int, int, int, int, int, int]) -> None:
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


def make_torsas() -> None:
    fixed = dt.datetime(2024, 6, 3, 9, 0, 0)
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "TORSÅS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\tSammanträdesdatum 2024-05-27"
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    section.footer.paragraphs[0].text = "Justerandes signatur\tUtdragsbestyrkande"

    d.add_heading("Kommunfullmäktige", level=1)
    d.add_paragraph("Plats och tid: Kulturhuset, Torsås, måndag 27 maj 2024 kl 18.30–21.05")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Ledamöter", "Parti", "Roll"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for name, party, role in TORSAS_MEMBERS:
        cells = table.add_row().cells
        for cell, text in zip(cells, (name, party, role), strict=True):
            cell.text = text
    d.add_paragraph("")
    d.add_paragraph("Övriga närvarande: Karin Lövgren, kommunsekreterare; Jan Malmqvist, ekonomichef, § 45")
    d.add_paragraph("Utses att justera: Mattias Ljung (S) och Sofia Brandt (M)")
    d.add_paragraph("Justeringens plats och tid: Kommunhuset, Torsås, 2024-05-31")
    d.add_paragraph("Paragrafer: 45–47")
    sign = d.add_table(rows=4, cols=2)
    for row, (role, name) in zip(sign.rows, (("Sekreterare", "Karin Lövgren"), ("Ordförande", "Anders Roos"),
                                              ("Justerare", "Mattias Ljung"), ("Justerare", "Sofia Brandt")),
                                 strict=True):
        row.cells[0].text = role
        row.cells[1].text = "…………………………………………\n" + name
    d.add_paragraph("ANSLAG/BEVIS: Protokollet är justerat. Anslaget sätts upp 2024-06-03 och tas ned "
                    "2024-06-25. Förvaringsplats: Kommunkansliet, Torsås.")

    for number, title, dnr, before, decision, after in TORSAS_PARAS:
        d.add_page_break()
        d.add_heading(f"§ {number}\t{title}", level=2)
        d.add_paragraph(f"Diarienummer: {dnr}")
        for line in before:
            p = d.add_paragraph()
            run = p.add_run(line)
            run.bold = line in LABELS
        dec = d.add_table(rows=1, cols=2)
        dec.style = "Table Grid"
        dec.columns[0].width = Cm(3)
        left, right = dec.rows[0].cells
        left.text = "Beslut"
        left.paragraphs[0].runs[0].bold = True
        right.text = decision[0]
        for point in decision[1:]:
            right.add_paragraph(point)
        for line in after:
            p = d.add_paragraph()
            run = p.add_run(line)
            run.bold = line in LABELS

    cp = d.core_properties
    cp.author = "Torsås kommun"
    cp.last_modified_by = "Torsås kommun"
    cp.title = "Protokoll kommunfullmäktige 2024-05-27"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    _save_docx(d, DOCS / "torsas-kf-2024-05-27-protokoll.docx", (2024, 6, 3, 9, 0, 0))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_borgholm()
    make_nybro()
    make_torsas()
