# ruff: noqa: E501
"""Generate the binary documents of tests/heldout162/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout162/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in gold/ describe the
texts written here; change both together. Written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2025, 10, 30, 9, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 19, 10, 0, 0)

# PDF: Norrköpings Hamn AB, styrelsen 2025-10-23, full protocol, §§ 41-45, no parties printed.
# First page as label / value rows; the label column is 45 mm wide.
HAMN_FRONT = [
    ("Tid", "Torsdagen den 23 oktober 2025 kl. 09.00–11.30"),
    ("Plats", "Hamnkontoret, Pampusvägen 1, Norrköping"),
    ("Ledamöter", "Gunnar Falk, ordförande"),
    ("", "Lena Sjöholm, vice ordförande"),
    ("", "Mikael Hedman"),
    ("", "Anna-Karin Björk"),
    ("", "Johan Ranta"),
    ("Suppleanter", "Pia Nordgren, tjänstgörande i stället för Erik Lindroos"),
    ("", "Stefan Holm"),
    ("Frånvarande", "Erik Lindroos"),
    ("Övriga närvarande", "Anders Wiklund, verkställande direktör"),
    ("", "Karin Ahl, ekonomichef, tillika styrelsens sekreterare"),
    ("", "Fredrik Moberg, vd Norrköping Rådhus AB, adjungerad"),
    ("Paragrafer", "41–45"),
]

HAMN_BODY = """\
#§ 41  Mötets öppnande och val av justerare
Ordföranden öppnade sammanträdet. Styrelsen valde Mikael Hedman att jämte ordföranden justera protokollet.

#§ 42  Godkännande av dagordning
Styrelsen godkände dagordningen. Föregående protokoll (nr 5/2025, 2025-08-28) har justerats och lagts till handlingarna.

#§ 43  Arrendeavtal med Norrköpings kommun för Pampushamnen
Dnr NH 2025/031
Bolaget arrenderar kajområdet i Pampushamnen av Norrköpings kommun. Det gällande avtalet löper ut 2025-12-31. Kommunstyrelsen i Norrköpings kommun godkände förslaget till nytt avtal 2025-09-15, § 178 (kommunens dnr KS 2025/0644). Det nya arrendeavtalet gäller i 25 år och omfattar även den muddrade farleden som Sjöfartsverket ansvarar för utanför hamnområdet. Underlag: VD:s tjänsteskrivelse 2025-10-08 och kartbilaga.
Styrelsen beslutar
–  att godkänna arrendeavtalet mellan Norrköpings Hamn AB och Norrköpings kommun,
–  att uppdra åt verkställande direktören att underteckna avtalet.
Paragrafen förklarades omedelbart justerad.
=
#§ 44  Investering i ny mobilkran
Dnr NH 2025/027
Anbudsutvärderingen enligt lagen (2016:1145) om offentlig upphandling har lett fram till att Liebherr-Sweden AB lämnat det mest fördelaktiga anbudet, 64 mnkr. Investeringen ryms i den investeringsplan som Norrköping Rådhus AB fastställde 2024-12-05. VD:s tjänsteskrivelse är daterad 2025-10-06.
Ordföranden yrkade bifall till VD:s förslag. Johan Ranta yrkade att investeringen skulle skjutas upp till 2026.
Votering begärdes. För ordförandens förslag röstade Gunnar Falk, Lena Sjöholm, Anna-Karin Björk och Pia Nordgren. För Rantas förslag röstade Johan Ranta och Mikael Hedman. Ingen avstod. Styrelsen hade således med fyra röster mot två bifallit ordförandens förslag.
Styrelsen beslutar att investera i en ny mobilkran från Liebherr-Sweden AB inom en ram om 66 mnkr.
Johan Ranta och Mikael Hedman reserverade sig mot beslutet.

#§ 45  Mötets avslutande
Ordföranden tackade för visat intresse och avslutade sammanträdet. Nästa möte hålls 2025-12-11.

Vid protokollet: Karin Ahl
Justeras: Gunnar Falk, ordförande          Mikael Hedman, justerare
"""


class HamnPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Norrköpings Hamn AB   Styrelseprotokoll 6/2025   Sida {self.page_no()} ({{nb}})", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Styrelsen 2025-10-23", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Ordf. sign. ..........    Just. sign. ..........    Utdragsbestyrkande ..........", align="C")


def make_pdf() -> None:
    pdf = HamnPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Styrelseprotokoll 6/2025")
    pdf.set_author("Norrköpings Hamn AB")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("F", "B", 13)
    pdf.multi_cell(0, 7, "Protokoll fört vid styrelsesammanträde i Norrköpings Hamn AB (org.nr 556004-3215)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in HAMN_FRONT:
        pdf.set_font("F", "B", 10)
        pdf.cell(45, 5.5, label)
        pdf.set_font("F", "", 10)
        pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in HAMN_BODY.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "norrkopingshamn-styrelse-2025-10-23-protokoll.pdf"))


# DOCX: Stiftelsen Tierpsbyggen, styrelsen 2024-12-12, protokollsutdrag §§ 87-88.
# Attendance in a two-column Word table (label | names), parties printed.
TB_TOP = [
    "#Stiftelsen Tierpsbyggen",
    "#UTDRAG UR PROTOKOLL FÖRT VID STYRELSESAMMANTRÄDE",
    "Sammanträdesdag: 2024-12-12, kl. 17.00. Plats: Tierpsbyggens kontor, Centralgatan 7, Tierp.",
]
TB_TABLE = [
    ("Närvarande ledamöter", "Britt Engström (S), ordförande\nKjell Norén (M), vice ordförande\nSara Holmlund (S)\nAmir Said (C)\nGösta Wennberg (SD)"),
    ("Suppleant", "Lotta Fjäll (L)"),
    ("Övriga närvarande", "Mattias Ek, VD\nIngrid Rosén, administrativ chef, sekreterare"),
    ("Justerare", "Sara Holmlund"),
]
TB_BODY = [
    "#§ 87  Ansökan om utökad kommunal borgen hos Tierps kommun",
    "Stiftelsens lån hos Kommuninvest i Sverige AB omfattas i dag av en kommunal borgen om 520 mnkr som kommunfullmäktige i Tierps kommun beviljade 2022-06-14, § 88. Ombyggnaden av kvarteret Tallen i Karlholmsbruk och nyproduktionen i Örbyhus kräver en utökad ram. VD:s tjänsteskrivelse daterad 2024-11-28 redovisar kalkylen.",
    "Styrelsen beslutar",
    "1. att hos Tierps kommun ansöka om utökad kommunal borgen till 640 mnkr,",
    "2. att uppdra åt VD att till kommunen redovisa stiftelsens långsiktiga underhållsplan senast 2025-02-28.",
    "Paragrafen justerades omedelbart.",
    "#§ 88  Ramavtal för målning och tapetsering med Tierps Måleri AB",
    "Stiftelsen har upphandlat målning och tapetsering i lägenheter och allmänna utrymmen. Två anbud inkom; det andra lämnades av Upplands Färg & Fasad AB. Tjänsteskrivelse från VD 2024-11-29. Avtalet är ett ramavtal mellan Stiftelsen Tierpsbyggen och Tierps Måleri AB för perioden 2025-01-01–2026-12-31 med option på förlängning i ett år.",
    "Ordföranden yrkar bifall till VD:s förslag. Gösta Wennberg (SD) yrkar att upphandlingen görs om.",
    "Ordföranden ställer proposition på förslagen och finner bifall till sitt eget. Omröstning begärs och genomförs med följande resultat: 3 röster för ordförandens förslag, 1 röst för Wennbergs förslag, 1 ledamot (Amir Said) avstår.",
    "Styrelsen beslutar att teckna ramavtal med Tierps Måleri AB i enlighet med VD:s förslag.",
    "Gösta Wennberg reserverar sig till förmån för eget förslag.",
    "Amir Said (C) lämnar ett särskilt yttrande om att lokala småföretag bör få bättre möjligheter att lämna anbud.",
    "Suppleanten Lotta Fjäll (L) instämmer i Saids yttrande.",
    "Beslutet expedieras till: Tierps Måleri AB, Upplands Färg & Fasad AB",
    "",
    "Vid protokollet: Ingrid Rosén",
    "Justeras: Britt Engström, Sara Holmlund",
    "Rätt utdraget intygar: Ingrid Rosén, 2024-12-16",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Stiftelsen Tierpsbyggen"
    cp.title = "Protokollsutdrag styrelsen 2024-12-12"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Stiftelsen Tierpsbyggen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Stiftelsen Tierpsbyggen\tStyrelseprotokoll 2024-12-12\tOrg.nr 817600-1542"
    d.sections[0].footer.paragraphs[0].text = "Ordf. sign.            Just. sign.            Utdragsbestyrkande"
    for line in TB_TOP:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    table = d.add_table(rows=0, cols=2)
    for label, names in TB_TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = names
    for line in TB_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 19, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "tierpsbyggen-styrelse-2024-12-12-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
