"""Generate the binary documents of tests/heldout102/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout102/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout102/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 10, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 13, 30, 0)

# PDF: Lunds kommun, kommunstyrelsen 2024-10-02, protokollsutdrag (1 §), attendance repeated as a
# grid (Namn | Parti | Uppdrag), a framed "Bestyrkande" box at the foot.
PDF_HEAD = [
    "LUNDS KOMMUN",
    "Kommunstyrelsen",
    "PROTOKOLLSUTDRAG",
    "Sammanträde: onsdagen den 2 oktober 2024, kl. 13.00–16.10, Stadshuset, Lund",
]
PDF_GRID: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Uppdrag"),
    ("Helena Forsmark", "L", "Ordförande"),
    ("Göran Lindblad", "S", "1:e vice ordförande"),
    ("Christer Öhrn", "M", "Ledamot"),
    ("Maja Strandberg", "MP", "Ledamot"),
    ("Nils Hjort", "SD", "Tjänstgörande ersättare för Petra Ahl (SD)"),
    ("Ida Kronqvist", "", "Kommunjurist"),
]
PDF_BODY: list[tuple[str, str]] = [
    ("b", "Justerare: Christer Öhrn"),
    ("h", "§ 287   Remiss från Region Skåne – Regional transportinfrastrukturplan för Skåne 2026–2037"),
    ("b", "Diarienummer: KS 2024/0755"),
    ("b", "Region Skåne har den 28 juni 2024 skickat förslag till regional transportinfrastrukturplan på "
          "remiss till kommunerna i Skåne, med svar senast den 31 oktober 2024. Trafikverket ansvarar för "
          "de nationella objekten. Tekniska nämnden har yttrat sig den 18 september 2024, § 140."),
    ("b", "Beslutsunderlag: Kommunkontorets tjänsteskrivelse 2024-09-12. Förslag till yttrande."),
    ("b", "Yrkanden: Helena Forsmark (L) yrkar bifall till kommunkontorets förslag. Maja Strandberg (MP) "
          "yrkar att yttrandet kompletteras med en skrivning om Simrishamnsbanan."),
    ("b", "Beslutsgång: Ordföranden ställer Maja Strandbergs tilläggsyrkande under proposition och finner "
          "att kommunstyrelsen avslår det."),
    ("h2", "Kommunstyrelsens beslut"),
    ("b", "1) Kommunstyrelsen antar kommunkontorets förslag till yttrande som sitt eget."),
    ("b", "2) Yttrandet översänds till Region Skåne."),
    ("b", "3) Paragrafen förklaras omedelbart justerad med stöd av 6 kap. 38 § kommunallagen."),
    ("b", "Särskilt yttrande: Maja Strandberg (MP) lämnar ett särskilt yttrande (bilaga 4)."),
    ("b", "Beslutet skickas till: Region Skåne, Tekniska nämnden, Skånetrafiken"),
    ("b", "Vid protokollet: Ola Wennerström, sekreterare"),
]
PDF_BOX = ("Bestyrkande\nUtdraget överensstämmer med originalprotokollet. Lund den 3 oktober 2024\n"
           "Ola Wennerström, kommunsekreterare")


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KS 2024-10-02 § 287")
    pdf.set_author("Lunds kommun")
    pdf.set_creator("heldout102")
    pdf.set_producer("heldout102")
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    for i, line in enumerate(PDF_HEAD):
        pdf.set_font("F", "B" if i < 3 else "", 12 if i < 3 else 10)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for row in PDF_GRID:
        bold = row[0] == "Namn"
        pdf.set_font("F", "B" if bold else "", 9)
        for width, cell in zip((55, 18, 97), row, strict=True):
            pdf.cell(width, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(3)
    for kind, text in PDF_BODY:
        if kind == "h":
            pdf.set_font("F", "B", 11)
        elif kind == "h2":
            pdf.set_font("F", "B", 10)
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("F", "", 9)
    pdf.multi_cell(110, 5, PDF_BOX, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "lund-ks-2024-10-02-protokollsutdrag.pdf"))


# DOCX: Örnsköldsviks kommun, samhällsbyggnadsnämnden 2024-05-16, protokollsutdrag (1 §), no attendance;
# header as a one-row Word table, decision as List Bullet, vote and reservation in prose.
DOCX_HEADER = ("Örnsköldsviks kommun\nSamhällsbyggnadsnämnden", "PROTOKOLLSUTDRAG\nSammanträdesdatum 2024-05-16",
               "Sida 1 (1)")
DOCX_PARAS: list[tuple[str, str]] = [
    ("bold", "SBN § 74\tDnr SBN 2024-000318"),
    ("h", "Markanvisningsavtal med Övikshem AB för del av Gullänget 2:15"),
    ("p", "Samhällsbyggnadsförvaltningen har förhandlat fram ett markanvisningsavtal mellan Örnsköldsviks "
          "kommun och Övikshem AB om cirka 60 hyreslägenheter. Avtalet gäller till och med 2026-12-31. "
          "Detaljplanen vann laga kraft den 3 mars 2023 enligt 5 kap. plan- och bygglagen (2010:900)."),
    ("p", "Underlag: Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-04-29; Övikshem AB:s "
          "styrelsebeslut 2024-04-11."),
    ("p", "Under överläggningen yrkar Lars-Göran Nyberg (S) bifall till förvaltningens förslag och "
          "Jenny Skog (C) avslag. Ordföranden ställer förslagen mot varandra och finner bifall. "
          "Omröstning begärs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller "
          "Jenny Skogs avslagsyrkande röstar nej. Med 7 ja-röster mot 4 nej-röster, 2 avstår, beslutar "
          "nämnden i enlighet med förvaltningens förslag."),
    ("h2", "Samhällsbyggnadsnämnden beslutar"),
    ("bullet", "godkänna markanvisningsavtalet med Övikshem AB för del av Gullänget 2:15,"),
    ("bullet", "uppdra åt samhällsbyggnadsdirektören att underteckna avtalet."),
    ("p", "Reservation\tJenny Skog (C) och Hans Lidén (C) reserverar sig mot beslutet."),
    ("p", "Protokollsanteckning\tAnneli Berggren (SD) låter anteckna att parkeringsnormen bör ses över."),
    ("p", "Beslutet skickas till\tÖvikshem AB; Kommunstyrelsen; Lantmäteriet"),
    ("p", "Justerandes signatur: LGN, JS"),
    ("p", "Utdragsbestyrkande\tRätt utdraget betygar: Karin Åström, nämndsekreterare, 2024-05-24"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, DOCX_HEADER, strict=True):
        cell.text = text
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "h2":
            d.add_heading(text, level=3)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "bold":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Örnsköldsviks kommun"
    cp.last_modified_by = "Örnsköldsviks kommun"
    cp.title = "Protokollsutdrag SBN § 74"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 13, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "ornskoldsvik-sbn-2024-05-16-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
