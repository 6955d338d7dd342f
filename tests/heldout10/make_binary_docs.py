"""Generate the binary documents of tests/heldout10/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout10/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout10/gold/
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
FIXED_PDF = dt.datetime(2024, 9, 20, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 14, 10, 0, 0)

# PDF: Hudiksvalls kommun, barn- och utbildningsnämnden 2024-09-17, protokollsutdrag (1 §).
# Left margin column with the section labels ("Ärende", "Beslut", ...) beside the text.
PDF_ROWS: list[tuple[str, str]] = [
    ("", "Hudiksvalls kommun – Barn- och utbildningsnämnden – PROTOKOLLSUTDRAG"),
    ("Sammanträde", "2024-09-17"),
    ("Närvarande", "Ledamöter: Eva Sundin (C), ordförande; Roger Ahl (S), vice ordförande; "
                   "Nadia Karim (MP); Tore Blom (SD)"),
    ("", "Tjänstgörande ersättare: Linus Ek (L)"),
    ("Justerare", "Roger Ahl (S)"),
    ("BUN § 62", "Dnr BUN 2024/0144"),
    ("", "Avtal om interkommunal ersättning för gymnasieelever med Nordanstigs kommun"),
    ("Ärende", "Hudiksvalls kommun och Nordanstigs kommun har tagit fram ett avtal om "
               "ersättning för gymnasieelever. Förvaltningens tjänsteskrivelse 2024-09-03. "
               "Avtalet gäller från 2025-01-01."),
    ("Yrkande", "Tore Blom (SD) yrkar avslag. Eva Sundin (C) yrkar bifall."),
    ("Omröstning", "Omröstning begärs. 4 ja-röster, 1 nej-röst och 0 som avstår."),
    ("Beslut", "1. Barn- och utbildningsnämnden godkänner avtalet med Nordanstigs kommun."),
    ("", "2. Paragrafen justeras omedelbart."),
    ("Reservation", "Tore Blom (SD) reserverar sig mot beslutet."),
    ("Skickas till", "Nordanstigs kommun"),
    ("Underskrifter", "Eva Sundin, ordförande    Roger Ahl, justerare    "
                      "Sara Lönn, sekreterare"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag BUN 2024-09-17 § 62")
    pdf.set_author("Hudiksvalls kommun")
    pdf.set_creator("heldout10")
    pdf.set_producer("heldout10")
    pdf.add_page()
    for label, text in PDF_ROWS:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.cell(35, 5, label)
        pdf.set_xy(52, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(143, 5, text)
        pdf.ln(2)
    pdf.output(str(DOCS / "hudiksvall-bun-2024-09-17-protokollsutdrag.pdf"))


# DOCX: Region Dalarna, regionstyrelsen 2024-06-10, protokollsutdrag (1 §).
DOCX_PARAS: list[tuple[str, str]] = [
    ("p", "Region Dalarna\tRegionstyrelsen\tProtokollsutdrag 2024-06-10"),
    ("p", "Justerare: Maja Olsson (L)"),
    ("h", "§ 88 Yttrande över Trafikverkets remiss om åtgärdsvalsstudie för väg 70"),
    ("p", "Ärendenummer: RD24/01987"),
    ("p", "Trafikverket har skickat åtgärdsvalsstudien på remiss till Region Dalarna "
          "(Trafikverkets ärendenummer TRV 2024/41122). Svar senast 2024-06-30. "
          "Regiondirektörens tjänsteskrivelse 2024-05-27."),
    ("p", "Kristoffer Lind (S) yrkar bifall till förslaget."),
    ("p", "Beslut"),
    ("num", "Regionstyrelsen antar yttrandet och överlämnar det till Trafikverket."),
    ("p", "Protokollsanteckning: Gunnar Hed (M) och Åsa Frost (C) antecknar att väg 70 "
          "bör prioriteras."),
    ("p", "Vid protokollet: Karin Malm, sekreterare"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=3)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Region Dalarna"
    cp.last_modified_by = "Region Dalarna"
    cp.title = "Protokollsutdrag RS § 88"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 14, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "regiondalarna-rs-2024-06-10-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
