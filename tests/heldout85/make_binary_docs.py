"""Generate the binary documents of tests/heldout85/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout85/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata, so re-running
the script leaves the files byte-identical. The gold files in tests/heldout85/gold/ describe the texts written
here; change both together. These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 3, 1, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2016, 5, 30, 10, 0, 0)

# PDF: Göteborgs Stad, Funktionsstödsnämnden 2024-02-27, full protocol (2 §§).
# Attendance as a three-column grid Namn / Parti / Uppdrag with § ranges in the Uppdrag cell.
PDF_HEAD = [
    "Göteborgs Stad                                    Protokoll",
    "Funktionsstödsnämnden                             Sammanträde 2024-02-27",
    "Tid: 15.00–17.30   Plats: Gustaf Dalénsgatan 4, lokal Mötesplatsen",
]
PDF_GRID: list[tuple[str, str, str]] = [
    ("Närvarande beslutande", "", ""),
    ("Camilla Ek", "S", "Ordförande"),
    ("Reza Amini", "L", "1:e vice ordförande"),
    ("Marie Lund", "V", "2:e vice ordförande"),
    ("Henrik Sahl", "S", "Ledamot"),
    ("Lina Borg", "MP", "Ledamot"),
    ("Åke Nord", "M", "Ledamot"),
    ("Emil Strand", "SD", "Ledamot"),
    ("Mona Haj", "S", "Tjg ersättare för Dan Ek (S) § 14–15"),
    ("Jan Weiss", "C", "Tjg ersättare för Gita Roos (KD) § 15, ersättare § 14"),
    ("Närvarande ersättare", "", ""),
    ("Leo Fors", "V", "Ersättare"),
    ("Petra Öst", "M", "Ersättare"),
    ("Övriga närvarande", "", ""),
    ("Kaj Mattsson", "D", "Insynsplats"),
    ("Britt Lagerlöf", "", "Förvaltningsdirektör"),
    ("Omid Karimi", "", "Ekonomichef, § 14"),
    ("Tuva Ring", "", "Nämndsekreterare"),
    ("Hans Krook", "", "Personalföreträdare, Vision"),
    ("Eva Bro", "", "Personalföreträdare, Kommunal"),
    ("Signe Wall", "", "Rådet för funktionshinderfrågor (FUB Göteborg)"),
]
PDF_BODY = [
    "Justerare: Åke Nord (M)",
    "Justeringen: digital justering 2024-03-04",
    "",
    "§ 14   Yttrande över remiss av Göteborgs Stads plan för full delaktighet",
    "Diarienummer: N-FUN-2024-00031",
    "Kommunstyrelsens diarienummer: 0117/24",
    "",
    "Beslut",
    "Funktionsstödsnämnden tillstyrker förslaget och översänder förvaltningens tjänsteutlåtande",
    "till kommunstyrelsen som nämndens yttrande.",
    "",
    "Handlingar",
    "Tjänsteutlåtande daterat 2024-02-09. Kommunstyrelsens remiss 2024-01-17, svar senast 2024-03-15.",
    "",
    "Yrkanden",
    "Camilla Ek (S) yrkar bifall till förvaltningens förslag. Åke Nord (M) och Emil Strand (SD) yrkar",
    "återremiss.",
    "",
    "Omröstning",
    "Ordföranden ställer först frågan om ärendet ska avgöras i dag. Omröstning begärs.",
    "Ja för att avgöra i dag: 7. Nej för återremiss: 2. Avstår: 0.",
    "",
    "Särskilt yttrande",
    "L, MP och V genom Reza Amini (L) m.fl. lämnar ett särskilt yttrande (bilaga 2).",
    "",
    "Protokollsanteckning",
    "Ersättaren Leo Fors (V) instämmer i det särskilda yttrandet.",
    "",
    "Reservation",
    "Åke Nord (M) och Emil Strand (SD) reserverar sig mot beslutet att avgöra ärendet i dag.",
    "",
    "§ 15   Hyresavtal med Bostadsbolaget om gruppbostad i Kortedala",
    "Diarienummer: N-FUN-2023-01120",
    "",
    "Beslut",
    "1)  Funktionsstödsnämnden godkänner hyresavtal med Bostadsbolaget i Göteborg AB enligt",
    "    bilaga 3, med hyrestid från 2024-06-01.",
    "2)  Funktionsstödsnämnden anmäler beslutet till stadsfastighetsnämnden.",
    "",
    "Handlingar",
    "Tjänsteutlåtande daterat 2024-02-12. Avtalet prövas mot 9 kap. 1 § LSS.",
    "",
    "Vid protokollet",
    "Tuva Ring, sekreterare        Camilla Ek, ordförande        Åke Nord, justerare",
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Funktionsstödsnämnden 2024-02-27")
    pdf.set_author("Göteborgs Stad")
    pdf.set_creator("heldout85")
    pdf.set_producer("heldout85")
    pdf.add_page()
    pdf.set_font("F", "", 10)
    for line in PDF_HEAD:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for name, party, role in PDF_GRID:
        if not party and not role:
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 9)
            continue
        pdf.cell(45, 5, name)
        pdf.cell(15, 5, party)
        pdf.cell(0, 5, role, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("F", "", 10)
    for line in PDF_BODY:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "gbg-funktionsstod-2024-02-27-protokoll.pdf"))


# DOCX: Malmö stad, Stadsområdesnämnd Öster 2016-05-24, full protocol (2 §§), attendance table.
DOCX_TOP = [
    ("h1", "Malmö stad – Stadsområdesnämnd Öster"),
    ("p", "Protokoll från sammanträde tisdagen den 24 maj 2016 kl. 17.30 i Rosengårds stadsdelshus"),
]
DOCX_TABLE: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Närvaro"),
    ("Ilmar Sepp", "S", "ordförande"),
    ("Helén Sandell", "M", "2:e vice ordförande"),
    ("Yasin Kader", "S", "ledamot"),
    ("Sonja Ivić", "V", "ledamot"),
    ("Ola Persson", "SD", "ledamot"),
    ("Mikael Åkesson", "S", "tjänstgörande ersättare för Nadja Bergström (S), §§ 61–62"),
    ("Britta Moll", "MP", "ersättare"),
    ("Rolf Eng", "FP", "ersättare"),
    ("Maja Hed", "", "stadsområdesdirektör"),
    ("Gustav Lilja", "", "nämndsekreterare"),
    ("Dragan Petrović", "", "facklig företrädare, Vision"),
    ("Inga Rask", "", "SPF Seniorerna, pensionärsrådet"),
]
DOCX_BODY = [
    ("p", "Utses att justera: Helén Sandell (M)"),
    ("p", "Justeringens tid: 2016-05-31, Malmö stadshus"),
    ("h2", "§ 61 Remiss från kommunstyrelsen – Översiktsplan för Malmö, utställningsförslag"),
    ("p", "SOFÖ-2016-1187   STK-2016-319"),
    ("p", "Kommunstyrelsen har remitterat utställningsförslaget till stadsområdesnämnderna "
          "och till MKB Fastighets AB. Stadsbyggnadsnämnden beslutade om utställning 2016-03-17."),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2016-05-03; Översiktsplan för Malmö, utställningsförslag."),
    ("p", "Yrkanden: Ordföranden yrkar bifall till tjänsteskrivelsens förslag. Ola Persson (SD) yrkar "
          "avslag."),
    ("p", "Beslutsgång: Ordföranden ställer proposition och finner bifall. Omröstning begärs och genomförs; "
          "fem ledamöter röstar ja, en röstar nej, ingen avstår."),
    ("p", "Beslut"),
    ("p", "Stadsområdesnämnd Öster beslutar"),
    ("bul", "att godkänna tjänsteskrivelsen som nämndens yttrande till kommunstyrelsen,"),
    ("bul", "att omedelbart justera paragrafen."),
    ("p", "Reservation: Ola Persson (SD) reserverar sig till förmån för eget yrkande."),
    ("p", "Särskilt yttrande: Helén Sandell (M) och ersättaren Rolf Eng (FP) anmäler särskilt yttrande."),
    ("h2", "§ 62 Avtal om lokal samverkan mellan Stadsområdesnämnd Öster och Polisområde Malmö"),
    ("p", "SOFÖ-2016-0904"),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2016-04-28."),
    ("p", "Beslut"),
    ("p", "Stadsområdesnämnd Öster beslutar att godkänna avtalet."),
    ("p", "Sekreterare: Gustav Lilja\tOrdförande: Ilmar Sepp\tJusterare: Helén Sandell"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    for kind, text in DOCX_TOP:
        if kind == "h1":
            d.add_heading(text, level=1)
        else:
            d.add_paragraph(text)
    table = d.add_table(rows=0, cols=3)
    for row in DOCX_TABLE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for kind, text in DOCX_BODY:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "bul":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Malmö stad"
    cp.last_modified_by = "Malmö stad"
    cp.title = "Protokoll SON Öster 2016-05-24"
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
            info = zipfile.ZipInfo(name, date_time=(2016, 5, 30, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "malmo-son-oster-2016-05-24-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
