"""Build the PDF and DOCX documents of held-out set 38 deterministically.

    .venv/bin/python tests/heldout38/make_binary_docs.py

Writes docs/heby-ks-2024-05-14-protokoll.pdf, docs/arboga-ks-2024-11-18-protokollsutdrag.pdf and
docs/tierp-sn-2024-03-19-protokoll.docx. Fixed PDF creation dates, fixed DOCX core properties and fixed
ZIP timestamps: two runs give identical bytes. The text is written here on purpose with text-layer problems
(ligatures U+FB01/U+FB02, line-end hyphenation, soft hyphens U+00AD, non-breaking spaces U+00A0, running
page headers and footers, a page break inside the attendance list and inside sentences).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 21, 9, 0, 0, tzinfo=dt.UTC)
FIXED_PDF2 = dt.datetime(2024, 11, 25, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 26, 10, 0, 0)
ZIP_TIME = (2024, 3, 26, 10, 0, 0)
NBSP = "\u00a0"
SHY = "\u00ad"


# ------------------------------------------------------------------------------------------ PDF


class Minutes(FPDF):
    """A4 page with a running header (issuer, body, date, page x av n) and a signature footer."""

    def __init__(self, head_left: str, head_right: str, foot: str, total: int) -> None:
        super().__init__(format="A4", unit="mm")
        self.head_left = head_left
        self.head_right = head_right
        self.foot = foot
        self.total = total
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_compression(True)

    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.set_xy(20, 10)
        self.cell(100, 5, self.head_left)
        self.set_font("DejaVu", "", 9)
        self.set_xy(130, 10)
        self.cell(60, 5, f"Sida {self.page_no()} av {self.total}", align="R")
        self.set_xy(20, 15)
        self.cell(100, 5, self.head_right)
        self.line(20, 21, 190, 21)
        self.set_xy(20, 26)

    def footer(self) -> None:
        self.line(20, 276, 190, 276)
        self.set_font("DejaVu", "", 8)
        self.set_xy(20, 278)
        self.cell(170, 4, self.foot)


def write_lines(pdf: Minutes, lines: list[str]) -> None:
    """Each entry is one printed line. '#' prefix = bold heading, '' = blank line."""
    for line in lines:
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_x(20)
            pdf.cell(170, 6, line[1:].strip(), new_x="LMARGIN", new_y="NEXT")
        elif not line:
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(20)
            pdf.cell(170, 5, line, new_x="LMARGIN", new_y="NEXT")


def two_columns(pdf: Minutes, rows: list[tuple[str, str]], x_left: float = 45, x_right: float = 120) -> None:
    """Names in the left column, roles in the right; all left cells are drawn before the right ones."""
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    for i, (left, _right) in enumerate(rows):
        pdf.set_xy(x_left, y0 + 5 * i)
        pdf.cell(70, 5, left)
    for i, (_left, right) in enumerate(rows):
        pdf.set_xy(x_right, y0 + 5 * i)
        pdf.cell(70, 5, right)
    pdf.set_xy(20, y0 + 5 * len(rows))


def label(pdf: Minutes, text: str) -> None:
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_x(20)
    pdf.cell(25, 5, text)


HEBY_P1_TOP = [
    "#SAMMANTRÄDESPROTOKOLL",
    "",
    "Plats och tid: Kommunhuset, Heby, tisdagen den 14 maj 2024 kl. 13.00–15.40",
    "",
]
HEBY_BESLUTANDE = [
    ("Maria Lindholm (S)", "ordförande"),
    ("Peter Sjögren (C)", "1:e vice ordförande"),
    ("Kent Åhman (M)", "2:e vice ordförande"),
    ("Lina Hedberg (S)", "ledamot"),
    ("Tomas Olsson (S)", "ledamot"),
    ("Mikael Dahl (S)", "ledamot"),
    ("Gunilla Ek (C)", "ledamot"),
    ("Sofia Eriksson (M)", "ledamot"),
    ("Robert Nyström (SD)", "ledamot"),
    ("Sara Mattsson (V)", "ledamot"),
    ("Hans Lund (KD)", "tjänstgörande ersättare för Birgitta Ström (KD)"),
]
HEBY_ERSATTARE_1 = [
    ("Jonas Bergkvist (S)", "ersättare"),
    ("Elin Karlsson (M)", "ersättare"),
]
HEBY_ERSATTARE_2 = [
    ("Anders Wiik (SD)", "ersättare"),
    ("Ulla Fors (L)", "ersättare, §§ 61–62"),
]
HEBY_OVRIGA = [
    ("Karin Forsberg", "kommundirektör"),
    ("Johan Sund", "ekonomichef, § 61"),
    ("Emma Sjöberg", "kommunsekreterare"),
]
HEBY_P2_REST = [
    "",
    "Utses att justera: Tomas Olsson (S) och Robert Nyström (SD)",
    "Justeringens plats och tid: Kommunkansliet, Heby, 2024-05-20",
    "Paragrafer: 61–63",
    "",
    "Underskrifter",
    "Sekreterare      ..........................................",
    "                 Emma Sjöberg",
    "Ordförande       ..........................................",
    "                 Maria Lindholm",
    "Justerande       ..........................................   ..........................................",
    "                 Tomas Olsson                                 Robert Nyström",
    "",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ: Kommunstyrelsen",
    "Sammanträdesdatum: 2024-05-14",
    "Datum då anslaget sätts upp: 2024-05-21      Datum då anslaget tas ned: 2024-06-12",
    "Förvaringsplats för protokollet: Kommunkansliet, Heby",
]
HEBY_P3 = [
    "#§ 61   Avtal om gemensam löneadministration med Tierps kommun",
    "Dnr KS 2024/0187",
    "",
    "Kommunstyrelsens beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige besluta",
    "1. att godkänna avtal om gemensam löneadministration mellan Heby kommun och Tierps kommun",
    "    för perioden 2025–2028.",
    "Kommunstyrelsen beslutar för egen del",
    "2. att uppdra åt kommundirektören att ta fram en plan för övergången och",
    "    återrapportera till kommunstyrelsen senast i december 2024.",
    "",
    "Sammanfattning av ärendet",
    "Heby kommun och Tierps kommun har sedan hösten 2023 utrett förutsättningarna för en gemen-",
    "sam löneadministration. Ett gemensamt lönecenter med säte i Tierp bedöms ge lägre kostnader, ﬂer",
    "speciﬁka kompetenser och minskad sårbarhet. Avtalet reglerar ﬁnansiering, personalöverföring",
    "enligt 6 b § lagen (1982:80) om anställningsskydd och hantering av personuppgifter. Kommun-",
    "styrelsens arbetsutskott behandlade ärendet 2024-04-30, § 48. Fackliga organisationer har",
    "informerats enligt 19 § lagen (1976:580) om medbestämmande i arbetslivet den 2 april 2024.",
    "",
    "Beslutsunderlag",
    "Tjänsteskrivelse från kommunledningsförvaltningen 2024-04-22",
    "Avtal om gemensam löneadministration, utkast daterat 2024-04-15",
    "Kommunstyrelsens arbetsutskott 2024-04-30, § 48",
    "",
    "Yrkanden",
    "Ordföranden Maria Lindholm (S) yrkar bifall till arbetsutskottets förslag. Soﬁa Eriksson (M) yrkar",
    "avslag på förslaget. Ordföranden ställer proposition på yrkandena och ﬁnner att kommunstyrelsen",
    "beslutar enligt arbetsutskottets förslag. Votering begärs och ska genomföras. Kommunstyrelsen",
    "godkänner följande propositionsordning: Ja-röst för bifall till arbetsutskottets förslag, nej-röst",
    "för bifall till Soﬁa Erikssons avslagsyrkande.",
    "",
    "Omröstningsresultat",
    "Med 8 ja-röster mot 3 nej-röster, ingen avstår, beslutar kommunstyrelsen enligt arbetsutskottets",
]
HEBY_P4 = [
    "förslag. Voteringslista, se bilaga 1.",
    "",
    "Reservation",
    "Soﬁa Eriksson (M) och Kent Åhman (M) reserverar sig mot beslutet till förmån för eget yrkande.",
    "",
    "Beslutet skickas till",
    "Kommunfullmäktige, Tierps kommun, Lönecenter",
    "",
    "#§ 62   Yttrande över remiss om regionalt trafikförsörjningsprogram",
    "Dnr KS 2024/0203",
    "",
    "Kommunstyrelsens beslut",
    "1. Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och överlämnar det",
    "    till Region Uppsala.",
    "2. Paragrafen justeras omedelbart.",
    "",
    "Sammanfattning av ärendet",
    "Region Uppsala har remitterat förslag till regionalt traﬁkförsörjningsprogram 2025–2030 till länets",
    "kommuner (regionens diarienummer RS2024-00412). Svar ska ha kommit in senast den 7 juni 2024.",
    "Förvaltningen framhåller behovet av fler turer på linje 848 mellan Heby och Uppsala och av",
    "anropsstyrd traﬁk på landsbygden. Upphandlad traﬁk regleras i 2 kap. 8 § lagen (2010:1065) om",
    "kollektivtraﬁk. Kommun-",
    "styrelsen yttrade sig senast över programmet 2020-03-10, § 31.",
    "",
    "Beslutsunderlag",
    "Tjänsteskrivelse 2024-04-25",
    "Remiss från Region Uppsala 2024-03-15",
    "",
    "Särskilt yttrande",
    "Robert Nyström (SD) lämnar ett särskilt yttrande, bilaga 2.",
    "",
    "Protokollsanteckning",
    "Sara Mattsson (V) antecknar till protokollet att Vänsterpartiet vill se avgiftsfri kollektivtraﬁk",
    "för ungdomar under 20 år.",
    "",
    "#§ 63   Redovisning av delegationsbeslut",
    "Dnr KS 2024/0011",
    "",
    "Kommunstyrelsens beslut",
    "Kommunstyrelsen lägger redovisningen av delegationsbeslut till handlingarna.",
    "",
    "Sammanfattning av ärendet",
    "Beslut fattade med stöd av delegation ska anmälas till kommunstyrelsen enligt 6 kap. 40 §",
    "kommunallagen (2017:725). Redovisningen omfattar beslut fattade 2024-04-01 – 2024-04-30.",
]


def build_heby() -> None:
    pdf = Minutes(
        "HEBY KOMMUN",
        "Kommunstyrelsen  |  Sammanträdesdatum 2024-05-14",
        "Justerandes signatur ____________        Utdragsbestyrkande ____________",
        4,
    )
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-05-14")
    pdf.set_author("Heby kommun")
    pdf.set_creator("Heby kommun, kommunkansliet")
    pdf.set_producer("fpdf2")
    # page 1: attendance starts, breaks inside the Ersättare list
    pdf.add_page()
    write_lines(pdf, HEBY_P1_TOP)
    label(pdf, "Beslutande")
    two_columns(pdf, HEBY_BESLUTANDE)
    pdf.ln(3)
    label(pdf, "Ersättare")
    two_columns(pdf, HEBY_ERSATTARE_1)
    # page 2: attendance continues, then adjusters, signatures, ANSLAG/BEVIS
    pdf.add_page()
    two_columns(pdf, HEBY_ERSATTARE_2)
    pdf.ln(3)
    label(pdf, "Övriga")
    two_columns(pdf, HEBY_OVRIGA)
    write_lines(pdf, HEBY_P2_REST)
    # page 3 and 4: paragraphs; § 61 breaks in the middle of a sentence
    pdf.add_page()
    write_lines(pdf, HEBY_P3)
    pdf.add_page()
    write_lines(pdf, HEBY_P4)
    pdf.output(str(DOCS / "heby-ks-2024-05-14-protokoll.pdf"))


ARBOGA_P1 = [
    "#PROTOKOLLSUTDRAG",
    "Kommunstyrelsen 2024-11-18",
    "",
    "#Ks § 214        Dnr 2024/412-KS",
    "#Samverkansöverenskommelse om gemensam räddningstjänst i Västra Mälardalen",
    "",
    "Beslut",
    "– att godkänna samverkansöverenskommelsen mellan Arboga kommun, Kungsörs kommun och",
    "   Köpings kommun om gemensam räddningstjänst inom Västra Mälardalens kommunalförbund,",
    "– att överenskommelsen gäller från den 1 januari 2025,",
    "– att förklara paragrafen omedelbart justerad.",
    "",
    "Ärendet",
    "Räddningstjänsten i Arboga, Kungsör och Köping bedrivs sedan 2016 i Västra Mälardalens kommunal-",
    "förbund. Förbundsordningen ska kompletteras med en samverkansöverenskommelse som reglerar ﬁnan-",
    "siering, ledningsorganisation och ansvar för förebyggande arbete enligt 3 kap. 1 § lagen (2003:778)",
    "om skydd mot olyckor. Myndigheten för samhällsskydd och beredskap har i en tillsyn 2023-10-05 påpekat",
    "att ansvarsfördelningen mellan förbundet och medlemskommunerna behöver förtydligas. Kommun-",
    "styrelsens arbetsutskott behandlade ärendet 2024-11-04, § 187. Direktionen för Västra Mälardalens",
    "kommunalförbund godkände överenskommelsen för sin del 2024-10-24. Förslaget innebär att",
    "kommunernas andelar av kostnaderna fördelas efter invånarantal den 1 november året före budgetåret,",
    "vilket för Arboga kommun ger en andel om 28 procent. Överenskommelsen ska gälla tills vidare med",
    "en ömsesidig uppsägningstid om 24 månader, och den ska följas upp gemensamt av medlemskommunerna",
]
ARBOGA_P2 = [
    "vartannat år. Förvaltningen bedömer att den ekonomiska påverkan ryms inom ﬂerårsplanen.",
    "",
    "Beslutsunderlag",
    "– Tjänsteskrivelse, kommunledningskontoret, daterad den 28 oktober 2024",
    "– Samverkansöverenskommelse, slutversion 2024-10-24",
    "– Protokollsutdrag kommunstyrelsens arbetsutskott 2024-11-04, § 187",
    "",
    "Yrkande",
    "Ordföranden Anders Rösberg (S) yrkar bifall till arbetsutskottets förslag. Ulrika Stenvall (SD) yrkar",
    "återremiss för att utreda alternativet att Arboga kommun lämnar förbundet.",
    "",
    "Propositionsordning",
    "Ordföranden ställer först frågan om ärendet ska avgöras i dag och ﬁnner att så är fallet.",
    "Votering begärs. Omröstningen utfaller med nio (9) röster för att avgöra ärendet i dag, två (2)",
    "röster för återremiss, medan två (2) ledamöter avstår. Därefter ﬁnner ordföranden att kommun-",
    "styrelsen bifaller arbetsutskottets förslag.",
    "",
    "Reservation",
    "Ulrika Stenvall (SD) och Per-Olof Wahlström (SD) reserverar sig mot beslutet.",
    "",
    "Särskilt yttrande",
    "Karl Eklund (M) m.ﬂ. lämnar ett särskilt yttrande, bilaga 4. Ersättaren Mona Berglund (KD)",
    "ställer sig bakom det särskilda yttrandet.",
    "",
    "Expedieras till",
    "Västra Mälardalens kommunalförbund, Kungsörs kommun, Köpings kommun, Ekonomienheten",
    "",
    "Underskrifter: Anders Rösberg (ordförande), Karl Eklund (justerare)",
    "",
    "Utdragsbestyrkande: Rätt utdraget intygar Lena Strid, nämndsekreterare",
]


def build_arboga() -> None:
    pdf = Minutes(
        "ARBOGA KOMMUN",
        "Kommunstyrelsen, sammanträdesprotokoll 2024-11-18",
        "Justerandes signatur            Utdragsbestyrkande",
        2,
    )
    pdf.set_creation_date(FIXED_PDF2)
    pdf.set_title("Protokollsutdrag Ks § 214")
    pdf.set_author("Arboga kommun")
    pdf.set_creator("Arboga kommun, kommunledningskontoret")
    pdf.set_producer("fpdf2")
    pdf.add_page()
    write_lines(pdf, ARBOGA_P1)
    pdf.add_page()
    write_lines(pdf, ARBOGA_P2)
    pdf.output(str(DOCS / "arboga-ks-2024-11-18-protokollsutdrag.pdf"))


# ----------------------------------------------------------------------------------------- DOCX


def add_page_field(paragraph, instr: str, shown: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run2 = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run2._r.append(text)
    run3 = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run3._r.append(sep)
    paragraph.add_run(shown)
    run4 = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run4._r.append(end)


def table(document, rows: list[list[str]], bold_first: bool = False):
    t = document.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(value)
            if bold_first and r == 0:
                run.bold = True
    return t


def para(document, text: str, bold: bool = False) -> None:
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = bold


def build_tierp() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Tierps kommun"
    cp.last_modified_by = "Tierps kommun"
    cp.title = "Socialnämnden 2024-03-19"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1

    section = d.sections[0]
    ht = section.header.add_table(rows=1, cols=3, width=docx.shared.Cm(16))
    ht.cell(0, 0).paragraphs[0].text = "TIERPS KOMMUN"
    ht.cell(0, 1).paragraphs[0].text = f"SAMMANTRÄDESPROTOKOLL{NBSP}Socialnämnden 2024-03-19"
    hp = ht.cell(0, 2).paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("Sida ")
    add_page_field(hp, "PAGE", "1")
    hp.add_run(" av ")
    add_page_field(hp, "NUMPAGES", "3")
    ft = section.footer.add_table(rows=1, cols=2, width=docx.shared.Cm(16))
    ft.cell(0, 0).paragraphs[0].text = "Justerandes signatur"
    ft.cell(0, 1).paragraphs[0].text = "Utdragsbestyrkande"

    table(
        d,
        [
            ["Plats och tid", f"Tierpssalen, Centralgatan 7, Tierp, 2024-03-19 kl.{NBSP}13.15–16.05"],
            ["Beslutande", "Se närvarolista nedan"],
            ["Utses att justera", "Ingela Bäck (C)"],
            ["Justeringens plats och tid", "Socialförvaltningen, 2024-03-25 kl. 10.00"],
            ["Justerade paragrafer", f"§§{NBSP}24–26"],
        ],
    )
    para(d, "")
    table(
        d,
        [
            ["Underskrifter", "Sekreterare", "......................................", "Paragrafer §§ 24–26"],
            ["", "", "Malin Öhrn", ""],
            ["", "Ordförande", "......................................", ""],
            ["", "", "Margareta Holm", ""],
            ["", "Justerare", "......................................", ""],
            ["", "", "Ingela Bäck", ""],
        ],
    )
    para(d, "")
    table(
        d,
        [
            ["ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."],
            ["Organ", "Socialnämnden"],
            ["Sammanträdesdatum", "2024-03-19"],
            ["Datum för anslags uppsättande", "2024-03-26"],
            ["Datum för anslags nedtagande", "2024-04-17"],
            ["Förvaringsplats för protokollet", "Socialförvaltningen, Tierp"],
        ],
    )
    d.add_page_break()
    para(d, "Närvarolista", bold=True)
    table(
        d,
        [
            ["Namn", "Parti", "Funktion", "Anmärkning"],
            [f"Marga{SHY}reta{NBSP}Holm", "S", "Ordförande", ""],
            ["Ingela Bäck", "C", "Vice ordförande", ""],
            [f"Stefan{NBSP}Lindgren", "S", "Ledamot", ""],
            ["Annika Norberg", "S", "Ledamot", ""],
            ["Bo Strömberg", "M", "Ledamot", ""],
            ["Fredrik Kallin", "SD", "Ledamot", ""],
            ["Gerd Nilsson", "V", "Ledamot", "Ej § 26, jäv"],
            ["Hussein Ali", "S", "Tjänstgörande ersättare", "Ersätter Eva Borg (S)"],
            ["Jan Moberg", "SD", "Tjänstgörande ersättare", "Ersätter Lars Kvist (SD)"],
            ["Tove Sahlin", "MP", "Ersättare", ""],
            ["Kerstin Åkerlund", "KD", "Ersättare", ""],
            ["Anna Lindkvist", "", f"Social{SHY}chef", "Övrig närvarande"],
            ["Malin Öhrn", "", "Nämndsekreterare", "Övrig närvarande"],
        ],
        bold_first=True,
    )
    para(d, "")

    # § 24
    table(d, [[f"§{NBSP}24", "Idéburet offentligt partnerskap med Tierps Kvinnojour", f"Dnr{NBSP}SN{NBSP}2024/0031"]])
    para(d, "Socialnämndens beslut", bold=True)
    table(
        d,
        [
            ["1.", "Socialnämnden ingår idéburet offentligt partnerskap med Tierps Kvinnojour för perioden "
                   "2024-05-01–2027-04-30 enligt bilaga."],
            ["2.", "Ersättningen till föreningen uppgår till högst 950 000 kronor per år."],
            ["3.", f"Social{SHY}chefen får i uppdrag att årligen följa upp partnerskapet och redovisa "
                   "resultatet till nämnden."],
        ],
    )
    para(d, "Ärendebeskrivning", bold=True)
    para(
        d,
        f"Tierps Kvinnojour har sedan 2015 fått föreningsbidrag från social{SHY}nämnden. Förvaltningen föreslår "
        "att stödet i stället formaliseras som ett idéburet offentligt partnerskap (IOP), eftersom verksamheten "
        f"inte är upp{SHY}handlingspliktig enligt 1 kap. 2 § lagen (2016:1145) om offentlig upphandling. "
        "Kommunstyrelsen beslutade 2023-11-14, § 201, om riktlinjer för IOP i Tierps kommun. Region Uppsala "
        "bidrar separat till jourens verksamhet.",
    )
    para(d, "Beslutsunderlag", bold=True)
    para(d, f"Tjänsteskrivelse från socialförvaltningen daterad 2024-02-27{NBSP}\nÖverenskommelse om IOP, bilaga")
    para(d, "Yrkanden", bold=True)
    para(
        d,
        f"Ordföranden Margareta{NBSP}Holm (S) yrkar bifall till förvaltningens förslag. Fredrik Kallin (SD) "
        "yrkar att ersättningen ska begränsas till 600 000 kronor per år. Ordföranden ställer proposition på "
        "yrkandena och finner att nämnden beslutar enligt förvaltningens förslag. Votering begärs.",
    )
    para(d, "Omröstning", bold=True)
    table(
        d,
        [
            ["Ledamot", "Ja", "Nej", "Avstår"],
            ["Margareta Holm (S)", "X", "", ""],
            ["Ingela Bäck (C)", "X", "", ""],
            ["Stefan Lindgren (S)", "X", "", ""],
            ["Annika Norberg (S)", "X", "", ""],
            ["Bo Strömberg (M)", "", "", "X"],
            ["Fredrik Kallin (SD)", "", "X", ""],
            ["Gerd Nilsson (V)", "X", "", ""],
            ["Hussein Ali (S)", "X", "", ""],
            ["Jan Moberg (SD)", "", "X", ""],
            ["Summa", "6", "2", "1"],
        ],
        bold_first=True,
    )
    para(d, "Ja-röst för förvaltningens förslag, nej-röst för Fredrik Kallins yrkande.")
    para(d, "Reservation", bold=True)
    para(d, "Fredrik Kallin (SD) och Jan Moberg (SD) reserverar sig mot beslutet.")
    para(d, "Beslutet skickas till", bold=True)
    para(d, "Tierps Kvinnojour\nEkonomiavdelningen")

    # § 25
    table(
        d,
        [[f"§{NBSP}25", "Yttrande över remiss om regional handlingsplan mot mäns våld mot kvinnor",
          f"Dnr{NBSP}SN{NBSP}2024/0040"]],
    )
    para(d, "Socialnämndens beslut", bold=True)
    table(
        d,
        [
            ["1.", "Socialnämnden antar förvaltningens yttrande och överlämnar det till Länsstyrelsen i "
                   "Uppsala län."],
            ["2.", "Paragrafen förklaras omedelbart justerad."],
        ],
    )
    para(d, "Ärendebeskrivning", bold=True)
    para(
        d,
        "Länsstyrelsen i Uppsala län har skickat förslag till regional handlingsplan mot mäns våld mot kvinnor "
        f"2024–2027 på remiss till kommunerna i länet (länsstyrelsens dnr 851-1187-2024). Kommun{SHY}styrelsen "
        "har överlämnat remissen till socialnämnden för besvarande. Svar ska lämnas senast 2024-04-05. "
        "Förvaltningen ser positivt på förslaget men anser att ansvaret för Region Uppsalas del behöver "
        "förtydligas.",
    )
    para(d, "Beslutsunderlag", bold=True)
    para(d, "Tjänsteskrivelse 2024-03-04\nRemiss från Länsstyrelsen i Uppsala län 2024-02-12")
    para(d, "Särskilt yttrande", bold=True)
    para(d, "Bo Strömberg (M) lämnar ett särskilt yttrande enligt bilaga 3.")
    para(d, "Ersättaryttrande", bold=True)
    para(d, "Kerstin Åkerlund (KD) instämmer i Bo Strömbergs särskilda yttrande.")

    # § 26
    table(d, [[f"§{NBSP}26", "Ansökan om tillstånd att bedriva hem för vård eller boende", "Dnr SN 2024/0052"]])
    para(d, "Socialnämndens beslut", bold=True)
    para(
        d,
        "Socialnämnden tillstyrker Omsorgsgruppen Uppland AB:s ansökan till Inspektionen för vård och "
        "omsorg om tillstånd att bedriva HVB i Tierps kommun.",
    )
    para(d, "Jäv", bold=True)
    para(d, "Gerd Nilsson (V) anmäler jäv och deltar inte i handläggningen av ärendet.")
    para(d, "Ärendebeskrivning", bold=True)
    para(
        d,
        "Inspektionen för vård och omsorg (IVO) har begärt socialnämndens yttrande enligt 7 kap. 1 § "
        "socialtjänstlagen (2001:453) över Omsorgsgruppen Uppland AB:s ansökan. IVO:s dnr 3.5.1-09876/2024. "
        "Yttrandet ska ha kommit in senast 2024-04-02.",
    )
    para(d, "Beslutsunderlag", bold=True)
    para(d, "Tjänsteskrivelse 2024-03-01")

    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf.getvalue(), DOCS / "tierp-sn-2024-03-19-protokoll.docx")


def fix_zip(data: bytes, target: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    target.write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_heby()
    build_arboga()
    build_tierp()


if __name__ == "__main__":
    main()
