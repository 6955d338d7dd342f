"""Generate the binary documents of tests/heldout60/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout60/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout60/gold/
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
FIXED_PDF = dt.datetime(2023, 12, 4, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 26, 10, 0, 0)

# PDF: Svedala kommun, kommunfullmäktige 2023-11-27, protokollsutdrag (1 §).
# Header as a boxed grid, vote as a table with one row per party and a "Summa" row.
PDF_HEADER = [
    ("SVEDALA KOMMUN", "PROTOKOLLSUTDRAG"),
    ("Kommunfullmäktige", "Sammanträdesdatum 2023-11-27"),
]
PDF_TEXT_1 = [
    ("b", "Kf § 142                                                    KS 2023/0412"),
    ("b", "Svar på medborgarförslag om belysning längs gång- och cykelvägen mellan Svedala och Klågerup"),
    ("p", "Johanna Eklund, Klågerup, föreslår i ett medborgarförslag som inkom 2023-03-14 att kommunen sätter upp "
          "belysning längs gång- och cykelvägen mellan Svedala och Klågerup. Vägen ligger utmed väg 108, där "
          "Trafikverket är väghållare enligt 5 § väglagen (1971:948)."),
    ("p", "Tekniska nämnden har yttrat sig 2023-09-19, § 87. Kommunstyrelsen beslutade 2023-11-06, § 201, att "
          "föreslå kommunfullmäktige att avslå medborgarförslaget."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2023-08-28"),
    ("p", "Tekniska nämndens protokoll 2023-09-19, § 87"),
    ("b", "Yrkanden"),
    ("p", "Kommunstyrelsens ordförande Lena Bergkvist (M) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Niklas Persson (S) yrkar bifall till medborgarförslaget. Mona Jeppsson (V) instämmer i Niklas "
          "Perssons yrkande."),
    ("b", "Propositionsordning och omröstning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller kommunstyrelsens "
          "förslag. Votering begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller Niklas "
          "Perssons yrkande röstar nej."),
]
PDF_VOTES = [
    ("Parti", "Ja", "Nej", "Avstår"),
    ("M", "11", "", ""),
    ("SD", "11", "", ""),
    ("S", "", "10", ""),
    ("C", "", "", "2"),
    ("L", "", "", "2"),
    ("KD", "2", "", ""),
    ("V", "", "2", ""),
    ("MP", "", "1", ""),
    ("Summa", "24", "13", "4"),
]
PDF_TEXT_2 = [
    ("p", "Kommunfullmäktige har således beslutat enligt kommunstyrelsens förslag."),
    ("b", "Beslut"),
    ("p", "Kommunfullmäktige avslår medborgarförslaget."),
    ("b", "Reservation"),
    ("p", "Socialdemokraternas, Vänsterpartiets och Miljöpartiets ledamöter reserverar sig mot beslutet till förmån "
          "för Niklas Perssons yrkande."),
    ("b", "Särskilt yttrande"),
    ("p", "Anders Möller (C) och Petra Lund (L) lämnar ett gemensamt särskilt yttrande för Centerpartiet och "
          "Liberalerna: \u201dKommunen bör driva frågan om belysning vidare i dialog med Trafikverket.\u201d"),
    ("b", "Expedieras"),
    ("p", "Tekniska nämnden, Trafikverket, förslagsställaren"),
    ("p", ""),
    ("p", "Ordförande: Ingemar Holm (M)          Justerare: Petra Lund (L)"),
    ("p", "Vid protokollet: Elin Rosén"),
    ("p", "Utdragsbestyrkande: Elin Rosén, kommunsekreterare, 2023-12-04"),
]


def _pdf_block(pdf: FPDF, items: list[tuple[str, str]]) -> None:
    for kind, text in items:
        pdf.set_font("F", "B" if kind == "b" else "", 11 if kind == "b" else 10)
        pdf.multi_cell(180, 5.5, text)
        pdf.ln(1.5)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag Kf 2023-11-27 § 142")
    pdf.set_author("Svedala kommun")
    pdf.set_creator("heldout60")
    pdf.set_producer("heldout60")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("F", "B", 10)
    for left, right in PDF_HEADER:
        pdf.cell(90, 7, left, border=1)
        pdf.cell(90, 7, right, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _pdf_block(pdf, PDF_TEXT_1)
    for i, row in enumerate(PDF_VOTES):
        pdf.set_font("F", "B" if i in (0, len(PDF_VOTES) - 1) else "", 10)
        for width, cell in zip((40, 25, 25, 25), row, strict=True):
            pdf.cell(width, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(3)
    _pdf_block(pdf, PDF_TEXT_2)
    pdf.output(str(DOCS / "svedala-kf-2023-11-27-protokollsutdrag.pdf"))


# DOCX: Vännäs kommun, kommunfullmäktige 2025-02-24, protokollsutdrag (1 §).
# The paragraph sits in a two-column Word table: § number and Dnr left, text right; bullets for the decision.
DOCX_HEADER = "VÄNNÄS KOMMUN\tPROTOKOLLSUTDRAG\nKommunfullmäktige\tSammanträdesdatum 2025-02-24"
DOCX_LEFT = ["§ 9", "Dnr KS 2025/000031"]
DOCX_RIGHT: list[tuple[str, str]] = [
    ("b", "Avsägelse av uppdrag som ledamot i kommunfullmäktige och kommunstyrelsen samt fyllnadsval"),
    ("p", "Lisa Andersson (M) har i skrivelse 2025-01-20 avsagt sig sina uppdrag som ledamot i kommunfullmäktige "
          "och som ledamot i kommunstyrelsen. En ledamot som vill lämna sitt uppdrag ska enligt 4 kap. 9 § "
          "kommunallagen (2017:725) anmäla det till fullmäktige."),
    ("p", "När en ledamot i fullmäktige avgår ska Länsstyrelsen enligt 14 kap. 19 § vallagen (2022:1167) "
          "förrätta ny sammanräkning."),
    ("b", "Yrkande"),
    ("p", "Valberedningens ordförande Stig-Olov Lindgren (S) yrkar att Annika Hjort (M) väljs till ny ledamot i "
          "kommunstyrelsen efter Lisa Andersson."),
    ("p", "Ordföranden frågar om fullmäktige bifaller yrkandet och finner att så sker."),
    ("b", "Kommunfullmäktiges beslut"),
    ("bullet", "Avsägelsen beviljas."),
    ("bullet", "Länsstyrelsen i Västerbottens län begärs förrätta ny sammanräkning för att utse en ny ledamot i "
               "kommunfullmäktige efter Lisa Andersson (M)."),
    ("bullet", "Annika Hjort (M) väljs till ledamot i kommunstyrelsen för tiden till och med 2026-12-31."),
    ("bullet", "Paragrafen justeras omedelbart."),
    ("p", "Protokollsanteckning: Gunnel Vikberg (SD) antecknar till protokollet att Sverigedemokraterna avstår "
          "från att delta i valet."),
    ("p", "Beslutet skickas till: Länsstyrelsen i Västerbottens län, Lisa Andersson, Annika Hjort, löneenheten"),
]
DOCX_SIGN = [
    ("Ordförande", "Justerare", "Utdragsbestyrkande"),
    ("Maria Forsgren (S)", "Jan-Erik Bäckström (C)", "Sofia Lindahl, sekreterare"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header
    header.paragraphs[0].text = DOCX_HEADER
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    left, right = table.rows[0].cells
    left.paragraphs[0].text = DOCX_LEFT[0]
    for line in DOCX_LEFT[1:]:
        left.add_paragraph(line)
    first = True
    for kind, text in DOCX_RIGHT:
        para = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        if kind == "bullet":
            para.style = d.styles["List Bullet"]
        run = para.add_run(text)
        run.bold = kind == "b"
    d.add_paragraph("")
    sign = d.add_table(rows=2, cols=3)
    for r, row in enumerate(DOCX_SIGN):
        for c, text in enumerate(row):
            sign.rows[r].cells[c].text = text
    cp = d.core_properties
    cp.author = "Vännäs kommun"
    cp.last_modified_by = "Vännäs kommun"
    cp.title = "Protokollsutdrag KF § 9"
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
            info = zipfile.ZipInfo(name, date_time=(2025, 2, 26, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "vannas-kf-2025-02-24-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
