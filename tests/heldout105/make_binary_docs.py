"""Generate the binary documents of tests/heldout105/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout105/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout105/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 21, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 25, 10, 0, 0)

# PDF: Enköpings kommun, bygg- och miljönämnden 2024-10-16, full protocol (4 §§).
# Attendance as a three-column table (name, party without brackets, remark); "§ n" and Dnr on one line.
ATTENDANCE: list[tuple[str, str, str]] = [
    ("Beslutande ledamöter", "", ""),
    ("Maria Lindqvist", "M", "ordförande"),
    ("Erik Sahlin", "S", "vice ordförande"),
    ("Göran Axelsson", "KD", ""),
    ("Ulla Persson", "C", ""),
    ("Anders Holm", "V", ""),
    ("Johan Fält", "SD", ""),
    ("Mats Wennberg", "S", ""),
    ("Lina Åberg", "L", ""),
    ("Helena Ros", "SD", "tjänstgörande ersättare för Kent Ek (SD)"),
    ("Ersättare", "", ""),
    ("Sofia Brandt", "C", ""),
    ("Peter Lund", "S", ""),
    ("Tjänstemän", "", ""),
    ("Karin Hed", "", "bygglovschef"),
    ("Oskar Blom", "", "miljöchef"),
    ("Jenny Wik", "", "nämndsekreterare"),
]

HEAD_LINES = [
    "Plats och tid: Stadshuset, sammanträdesrum Kryddan, kl. 13.00–15.30",
    "Utses att justera: Ulla Persson",
    "Justeringens plats och tid: Samhällsbyggnadsförvaltningen, 2024-10-18",
    "Justerade paragrafer: §§ 118–121",
]

SIGNATURES = [
    ("Sekreterare", "Jenny Wik"),
    ("Ordförande", "Maria Lindqvist"),
    ("Justerare", "Ulla Persson"),
]

PARAGRAPHS: list[list[str]] = [
    [
        "§ 118    Dnr BMN 2024-000010",
        "#Godkännande av dagordning",
        "Ordföranden föreslår att ärendet om strandskyddsdispens på Ekolsund 1:3 utgår.",
        "*Bygg- och miljönämndens beslut",
        "Dagordningen godkänns med den ändringen att ärendet om strandskyddsdispens utgår.",
    ],
    [
        "§ 119    Dnr BMN 2024-000456",
        "#Bygglov för nybyggnad av flerbostadshus, Enköping Kryddgården 2:15",
        "AB Enköpings Hyresbostäder söker bygglov för ett flerbostadshus i fem våningar med 48 lägenheter. "
        "Detaljplanen vann laga kraft 2021-05-12. Åtgärden avviker från detaljplanen i fråga om byggnadshöjd "
        "med 0,6 meter, vilket förvaltningen bedömer som en liten avvikelse enligt 9 kap. 31 b § plan- och "
        "bygglagen (2010:900). Grannar har hörts; två yttranden har kommit in.",
        "*Beslutsunderlag",
        "Tjänsteskrivelse 2024-09-26, Karin Hed",
        "Ansökan inkom 2024-06-03",
        "*Yrkanden",
        "Maria Lindqvist (M) yrkar bifall till förvaltningens förslag. Johan Fält (SD) yrkar avslag på ansökan.",
        "*Omröstning",
        "Omröstning begärs. Ja för bifall till förvaltningens förslag, nej för Johan Fälts avslagsyrkande.",
        "Ja: Maria Lindqvist, Erik Sahlin, Göran Axelsson, Ulla Persson, Mats Wennberg, Lina Åberg",
        "Nej: Johan Fält, Helena Ros",
        "Avstår: Anders Holm",
        "Med 6 ja-röster mot 2 nej-röster, 1 avstår, beslutar nämnden enligt förvaltningens förslag.",
        "*Bygg- och miljönämndens beslut",
        "1. Bygglov beviljas med stöd av 9 kap. 31 b § plan- och bygglagen.",
        "2. Avgift för bygglovet fastställs till 48 210 kronor enligt taxa antagen av kommunfullmäktige.",
        "*Reservation",
        "Johan Fält (SD) och Helena Ros (SD) reserverar sig mot beslutet.",
        "*Beslutet skickas till",
        "Sökanden, AB Enköpings Hyresbostäder",
    ],
    [
        "§ 120    Dnr BMN 2024-000502",
        "#Yttrande över remiss om vattenskyddsområde för Enköpings vattentäkt",
        "Länsstyrelsen i Uppsala län har remitterat förslag till vattenskyddsområde och skyddsföreskrifter "
        "för Enköpings vattentäkt (Länsstyrelsens dnr 513-4411-2024) till bygg- och miljönämnden. "
        "Föreskrifterna meddelas med stöd av 7 kap. 21 § miljöbalken. Svar senast 2024-10-25.",
        "*Beslutsunderlag",
        "Tjänsteskrivelse 2024-10-02, Oskar Blom",
        "*Bygg- och miljönämndens beslut",
        "1. Nämnden lämnar yttrande till Länsstyrelsen i Uppsala län enligt förvaltningens förslag.",
        "2. Paragrafen justeras omedelbart.",
        "*Protokollsanteckning",
        "Anders Holm (V) lämnar en protokollsanteckning om behovet av tillsyn inom den yttre skyddszonen.",
        "*Beslutet skickas till",
        "Länsstyrelsen i Uppsala län",
        "Tekniska nämnden",
    ],
    [
        "§ 121    Dnr BMN 2024-000011",
        "#Redovisning av delegationsbeslut",
        "Delegationsbeslut fattade under perioden 2024-09-01–2024-09-30 redovisas enligt förteckning.",
        "*Bygg- och miljönämndens beslut",
        "Redovisningen läggs till handlingarna.",
    ],
]


def _page_head(pdf: FPDF) -> None:
    pdf.set_font("F", "B", 11)
    pdf.cell(95, 6, "ENKÖPINGS KOMMUN")
    pdf.cell(0, 6, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("F", "", 9)
    pdf.cell(95, 5, "Bygg- och miljönämnden")
    pdf.cell(0, 5, f"Sammanträdesdatum 2024-10-16    Sida {pdf.page_no()}", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll bygg- och miljönämnden 2024-10-16")
    pdf.set_author("Enköpings kommun")
    pdf.set_producer("heldout105")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    _page_head(pdf)
    pdf.set_font("F", "", 10)
    for line in HEAD_LINES:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for name, party, remark in ATTENDANCE:
        if not party and not remark:
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 10)
            continue
        pdf.cell(55, 5, name)
        pdf.cell(15, 5, party)
        pdf.cell(0, 5, remark, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    for role, name in SIGNATURES:
        pdf.cell(35, 10, role)
        pdf.cell(0, 10, "_" * 40, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(35, 5, "")
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    for para in PARAGRAPHS:
        pdf.add_page()
        _page_head(pdf)
        for line in para:
            if line.startswith("§"):
                pdf.set_font("F", "B", 12)
                pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            elif line.startswith("#"):
                pdf.set_font("F", "B", 12)
                pdf.multi_cell(0, 7, line[1:], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif line.startswith("*"):
                pdf.ln(2)
                pdf.set_font("F", "B", 10)
                pdf.cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes sign ________      Utdragsbestyrkande ________", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "enkoping-bmn-2024-10-16-protokoll.pdf"))


# DOCX: Kalix kommun, socialnämnden 2024-11-20, protokollsutdrag (1 §).
DOCX_BODY: list[tuple[str, str]] = [
    ("h", "§ 87 Överenskommelse om samverkan kring barn och unga i behov av samordnade insatser"),
    ("p", "Dnr SN-2024/214"),
    ("b", "Ärendebeskrivning"),
    ("p", "Kalix kommun och Region Norrbotten har tagit fram en överenskommelse om samverkan kring barn och unga "
          "som behöver insatser från både socialtjänst, skola och hälso- och sjukvård. Överenskommelsen bygger på "
          "5 kap. 1 d § socialtjänstlagen och ersätter den länsgemensamma överenskommelsen från 2016. "
          "Norrbottens Kommuner har samordnat arbetet och rekommenderade 2024-09-19 länets kommuner att anta den."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från socialchef Anna-Karin Wiklund, 2024-10-30"),
    ("p", "Överenskommelse om samverkan kring barn och unga, Kalix kommun och Region Norrbotten"),
    ("b", "Yrkanden"),
    ("p", "Tommy Nilsson (S) yrkar bifall till förvaltningens förslag."),
    ("b", "Socialnämndens beslut"),
    ("l", "Socialnämnden godkänner överenskommelsen med Region Norrbotten."),
    ("l", "Socialchefen får i uppdrag att underteckna överenskommelsen."),
    ("b", "Särskilt yttrande"),
    ("p", "Kjell Rönnbäck (SD) lämnar ett särskilt yttrande: ”Vi ser positivt på överenskommelsen men saknar "
          "en tydlig uppföljning av väntetiderna inom barn- och ungdomspsykiatrin.”"),
    ("p", "Ersättaren Birgitta Holm (KD) instämmer i Kjell Rönnbäcks särskilda yttrande."),
    ("b", "Beslutet skickas till"),
    ("p", "Region Norrbotten"),
    ("p", "Norrbottens Kommuner"),
    ("p", "Barn- och utbildningsnämnden"),
]


def _fix_zip(path: Path) -> None:
    src = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 25, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


def make_docx() -> None:
    doc = docx.Document()
    props = doc.core_properties
    props.author = "Kalix kommun"
    props.last_modified_by = "Kalix kommun"
    props.created = FIXED_DOCX
    props.modified = FIXED_DOCX
    props.title = "Protokollsutdrag socialnämnden 2024-11-20"
    props.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    head = section.header.add_table(rows=2, cols=3, width=section.page_width - section.left_margin * 2)
    cells = [("KALIX KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida 1 (1)"),
             ("Socialnämnden", "Sammanträdesdatum", "2024-11-20")]
    for row, values in zip(head.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    foot = section.footer.add_table(rows=1, cols=2, width=section.page_width - section.left_margin * 2)
    foot.rows[0].cells[0].text = "Justerandes sign"
    foot.rows[0].cells[1].text = "Utdragsbestyrkande"
    doc.add_paragraph("PROTOKOLLSUTDRAG").runs[0].bold = True
    for kind, text in DOCX_BODY:
        if kind == "h":
            run = doc.add_paragraph().add_run(text)
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "b":
            doc.add_paragraph().add_run(text).bold = True
        elif kind == "l":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.add_paragraph("")
    sig = doc.add_table(rows=3, cols=3)
    rows = [("Ordförande", "Justerare", "Sekreterare"),
            ("Tommy Nilsson", "Eva Lundbäck", "Malin Sandström"),
            ("", "", "Utdraget bestyrks 2024-11-25")]
    for row, values in zip(sig.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = DOCS / "kalix-sn-2024-11-20-protokollsutdrag.docx"
    doc.save(str(path))
    _fix_zip(path)


if __name__ == "__main__":
    make_pdf()
    make_docx()
