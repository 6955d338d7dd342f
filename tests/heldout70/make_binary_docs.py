"""Generate the binary documents of tests/heldout70/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout70/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout70/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 27, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 21, 11, 0, 0)

# PDF: Hallandstrafiken AB, styrelsen 2024-05-23, full protocol (§§ 23-27).
# Attendance in two columns side by side (members left, staff right), so text extraction
# interleaves them line by line. Paragraph number in a left margin, title beside it.
PDF_LEFT = [
    "Styrelseledamöter",
    "Marie Fagerlund, ordförande",
    "Tobias Hammar, vice ordförande",
    "Lena Sköld",
    "Annika Wennberg",
    "Ingrid Ohlsson",
    "Mats Holmgren (suppl. för Olof Nygård)",
]
PDF_RIGHT = [
    "Övriga närvarande",
    "Kristian Eld, verkställande direktör",
    "Sofia Bäck, ekonomichef",
    "Jonas Lind, trafikchef, § 25",
    "Helén Rask, bolagsjurist, sekreterare",
    "",
    "",
]
PDF_TOP = [
    "Förhinder: Olof Nygård",
    "Personalrepresentant: Per Ahlin (Kommunal)",
    "Justerare: Tobias Hammar",
    "Paragrafer: 23–27",
]
# (number, title, body lines); "PAGE" starts a new page.
PDF_PARAS: list[tuple[str, str, list[str]]] = [
    ("§ 23", "Mötets öppnande och val av justerare", [
        "Ordföranden förklarade mötet öppnat. Till att jämte ordföranden justera dagens protokoll "
        "utsågs Tobias Hammar.",
    ]),
    ("§ 24", "Godkännande av dagordning", [
        "Dagordningen godkändes med tillägg av en informationspunkt under § 26.",
    ]),
    ("§ 25", "Allmänt trafikavtal med Region Halland för regional busstrafik 2025–2029", [
        "Dnr HT 2024/0087",
        "Region Halland beslutade 2024-04-24, § 77, att ge bolaget i uppdrag att utföra den regionala "
        "busstrafiken under perioden 2025–2029. Ett allmänt trafikavtal mellan Region Halland och "
        "Hallandstrafiken AB har tagits fram i enlighet med 2 kap. 9 § lagen (2010:1065) om kollektivtrafik. "
        "Nuvarande avtal tecknades 2019-06-13 och löper ut 2024-12-31.",
        "Beslutsunderlag: VD:s tjänsteskrivelse 2024-05-08; förslag till trafikavtal, version 2024-05-02.",
        "Lena Sköld yrkade bifall till VD:s förslag. Annika Wennberg yrkade att ärendet skulle "
        "återremitteras för en ny beräkning av ersättningsnivåerna.",
        "Ordföranden ställde först proposition på om ärendet skulle avgöras i dag eller återremitteras "
        "och fann att det skulle avgöras i dag. Votering begärdes. Den som ville att ärendet skulle avgöras "
        "i dag röstade ja, den som ville återremittera röstade nej. Voteringen utföll med 5 ja-röster och "
        "1 nej-röst. Ingen avstod från att rösta.",
        "Styrelsen beslutade",
        "–  att godkänna trafikavtalet med Region Halland för perioden 2025–2029,",
        "–  att uppdra åt verkställande direktören att underteckna avtalet, samt",
        "–  att förklara paragrafen omedelbart justerad.",
        "Annika Wennberg reserverade sig mot beslutet att inte återremittera ärendet.",
    ]),
    ("PAGE", "", []),
    ("§ 26", "Yttrande över remiss – Regionalt trafikförsörjningsprogram för Halland 2025–2030", [
        "Dnr HT 2024/0061",
        "Region Halland har genom regionala utvecklingsnämnden skickat förslaget till regionalt "
        "trafikförsörjningsprogram på remiss till bolaget (regionens dnr RS 2024-00318). "
        "Yttrandet ska vara regionen till handa senast den 14 juni 2024.",
        "Beslutsunderlag: trafikchefens tjänsteskrivelse 2024-05-10; förslag till yttrande.",
        "Styrelsen beslutade att anta förslaget till yttrande som sitt eget och överlämna det till "
        "Region Halland.",
        "På begäran av Ingrid Ohlsson antecknades till protokollet att programmet bör ge "
        "landsbygdstrafiken i Hylte och Laholm högre prioritet.",
        "Under punkten informerade verkställande direktören om samarbetet med Västtrafik AB om "
        "pendeltågstrafiken på Västkustbanan.",
    ]),
    ("§ 27", "Mötets avslutande", [
        "Ordföranden tackade för visat intresse och avslutade mötet. Nästa sammanträde hålls den "
        "19 september 2024.",
    ]),
]


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.set_xy(15, 8)
        self.cell(90, 4, "HALLANDSTRAFIKEN AB")
        self.cell(90, 4, f"Styrelseprotokoll 2024-05-23    Sida {self.page_no()} av {{nb}}", align="R")
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign.  ..........      ..........", align="L")


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Styrelseprotokoll Hallandstrafiken AB 2024-05-23")
    pdf.set_author("Hallandstrafiken AB")
    pdf.set_creator("heldout70")
    pdf.set_producer("heldout70")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.set_x(15)
    pdf.cell(0, 8, "Styrelseprotokoll", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    for line in ("Hallandstrafiken AB, org.nr 556450-1034",
                 "Datum: 2024-05-23, kl. 09.30–12.00",
                 "Plats: Bolagets kontor, Halmstad"):
        pdf.set_x(15)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for left, right in zip(PDF_LEFT, PDF_RIGHT, strict=True):
        bold = left == PDF_LEFT[0]
        pdf.set_font("F", "B" if bold else "", 10)
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.cell(85, 5, left)
        pdf.set_xy(105, y)
        pdf.cell(90, 5, right)
        pdf.ln(5)
    pdf.ln(3)
    pdf.set_font("F", "", 10)
    for line in PDF_TOP:
        pdf.set_x(15)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for number, title, lines in PDF_PARAS:
        if number == "PAGE":
            pdf.add_page()
            continue
        y = pdf.get_y()
        pdf.set_font("F", "B", 11)
        pdf.set_xy(15, y)
        pdf.cell(20, 6, number)
        pdf.set_xy(37, y)
        pdf.multi_cell(158, 6, title)
        pdf.set_font("F", "", 10)
        for line in lines:
            pdf.set_x(37)
            pdf.multi_cell(158, 5, line)
            pdf.ln(1.5)
        pdf.ln(3)
    pdf.ln(6)
    pdf.set_font("F", "", 10)
    y = pdf.get_y()
    pdf.set_xy(37, y)
    pdf.cell(75, 5, "Marie Fagerlund")
    pdf.cell(75, 5, "Tobias Hammar")
    pdf.set_xy(37, y + 5)
    pdf.cell(75, 5, "Ordförande")
    pdf.cell(75, 5, "Justerare")
    pdf.set_xy(37, y + 16)
    pdf.cell(75, 5, "Helén Rask")
    pdf.set_xy(37, y + 21)
    pdf.cell(75, 5, "Protokollförare")
    pdf.output(str(DOCS / "hallandstrafiken-styrelse-2024-05-23-protokoll.pdf"))


# DOCX: Öresundskraft AB, styrelsen 2024-10-17, protokollsutdrag (1 §).
# Roll call as a Word table with X marks (Ledamot | Ja | Nej | Avstår), decision points "(i)".
DOCX_BEFORE: list[tuple[str, str]] = [
    ("title", "Protokollsutdrag"),
    ("p", "Öresundskraft AB, styrelsen"),
    ("p", "Sammanträdesdatum: 2024-10-17"),
    ("p", "Justerare: Karin Malmsten (L)"),
    ("h", "§ 58 Investeringsbeslut för värmeackumulator i Västhamnen samt begäran om utökad kommunal borgen"),
    ("p", "Diarienummer: ÖK 2024/112"),
    ("b", "Ärendet"),
    ("p", "Bolaget föreslår att en värmeackumulator om 30 000 m³ uppförs vid Västhamnsverket för att "
          "jämna ut produktionen i fjärrvärmenätet. Investeringen beräknas till 186 mnkr. Finansiering "
          "sker genom lån hos Kommuninvest i Sverige AB. Den borgensram som kommunfullmäktige i "
          "Helsingborgs stad fastställde 2023-12-13, § 245, räcker inte, och bolaget behöver därför "
          "begära utökad borgen hos ägaren. Driftsättning planeras till oktober 2026."),
    ("p", "Beslutsunderlag: VD:s tjänsteskrivelse daterad 2024-10-03; investeringskalkyl."),
    ("b", "Yrkanden"),
    ("p", "Jonas Berglund (M) och Erik Hovlund (C) yrkar bifall till VD:s förslag."),
    ("p", "Anders Pihl (S) yrkar, med instämmande av Fatima Rahimi (S), att investeringen prövas i "
          "2025 års budgetprocess."),
    ("b", "Omröstning"),
    ("p", "Omröstning begärs. Ja för VD:s förslag, nej för Anders Pihls yrkande. Omröstningen utfaller "
          "enligt följande:"),
]
DOCX_VOTES: list[tuple[str, str, str, str]] = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Jonas Berglund (M), ordförande", "X", "", ""),
    ("Anders Pihl (S), vice ordförande", "", "X", ""),
    ("Karin Malmsten (L)", "X", "", ""),
    ("Erik Hovlund (C)", "X", "", ""),
    ("Fatima Rahimi (S)", "", "X", ""),
    ("Gunnel Sjö (SD)", "", "", "X"),
    ("Mikael Dahl (KD), tjänstgörande suppleant", "X", "", ""),
    ("Summa", "4", "2", "1"),
]
DOCX_AFTER: list[tuple[str, str]] = [
    ("b", "Beslut"),
    ("p", "Styrelsen beslutar"),
    ("p", "(i) att godkänna investeringen i en värmeackumulator vid Västhamnsverket om högst 186 mnkr,"),
    ("p", "(ii) att hos Helsingborgs stad begära att bolagets borgensram utökas med 150 mnkr, samt"),
    ("p", "(iii) att uppdra åt VD att upphandla entreprenaden."),
    ("p", "Paragrafen justerades omedelbart."),
    ("b", "Reservation"),
    ("p", "Anders Pihl och Fatima Rahimi (båda S) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("b", "Protokollsanteckning"),
    ("p", "Gunnel Sjö (SD) lämnar följande anteckning till protokollet: ”Vi ser positivt på "
          "ackumulatorn men anser att finansieringen borde ha redovisats tidigare.”"),
    ("p", "Expedieras: Helsingborgs Stadshus AB; Helsingborgs stad"),
]
DOCX_SIGN = [
    ("Ordförande", "Justerare"),
    ("Jonas Berglund", "Karin Malmsten"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Öresundskraft AB\tProtokollsutdrag\t2024-10-17"
    d.sections[0].footer.paragraphs[0].text = "Utdragsbestyrkande"

    def add(rows: list[tuple[str, str]]) -> None:
        for kind, text in rows:
            if kind == "title":
                d.add_heading(text, level=0)
            elif kind == "h":
                d.add_heading(text, level=2)
            elif kind == "b":
                d.add_paragraph().add_run(text).bold = True
            else:
                d.add_paragraph(text)

    add(DOCX_BEFORE)
    table = d.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in DOCX_VOTES:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    add(DOCX_AFTER)
    sign = d.add_table(rows=0, cols=2)
    for row in DOCX_SIGN:
        cells = sign.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Utdragsbestyrkande: Lina Åkesson, styrelsens sekreterare")
    cp = d.core_properties
    cp.author = "Öresundskraft AB"
    cp.last_modified_by = "Öresundskraft AB"
    cp.title = "Protokollsutdrag styrelsen § 58"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 21, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "oresundskraft-styrelse-2024-10-17-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
