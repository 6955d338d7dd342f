"""Generate the binary documents of tests/heldout9/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout9/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout9/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 18, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 9, 30, 0)

# ============================================================================================
# PDF: Sigtuna kommun, miljö- och hälsoskyddsnämnden 2024-10-15, protokollsutdrag (2 §§).
# Attendance in two side-by-side columns (Ledamöter | Ersättare) drawn row by row, so the
# extracted lines mix both lists; each paragraph opens with a shaded bar "MHN § 45 | Dnr"
# and the title below; the decision sits in a bordered box; "1)"-style decision points.
# ============================================================================================

PDF_HEAD = "Sigtuna kommun   |   Miljö- och hälsoskyddsnämnden   |   PROTOKOLLSUTDRAG"

ATTENDANCE = [
    ("Ledamöter", "Ersättare"),
    ("Lars Björk (M), ordförande", "Elin Rask (L)"),
    ("Anna Lind (S), 1:e vice ordförande", "Mats Ågren (S)"),
    ("Henrik Moberg (M)", "Tove Berg (MP)"),
    ("Fatima Nouri (S)", ""),
    ("Per Olausson (SD)", ""),
    ("Gun Sandell (C)", ""),
]

PDF_ITEMS: list[tuple[str, str]] = [
    ("T", "Sammanträdesdatum: tisdagen den 15 oktober 2024, kl. 17.00–19.20, "
          "Kommunhuset Märsta, sal Skepptuna"),
    ("ATT", ""),
    ("T", "Tjänstgörande ersättare: Oskar Hed (KD) för Lina Åberg (KD)"),
    ("T", "Tjänstemän: Maria Kvist, miljö- och hälsoskyddschef; Mikael Ström, nämndsekreterare"),
    ("T", "Justerare: Anna Lind (S)"),
    ("BAR", "MHN § 45|Dnr MHN-2024-0877"),
    ("TITLE", "Yttrande över Länsstyrelsens förslag till vattenskyddsområde för Skepptuna "
              "grundvattentäkt"),
    ("H", "Ärendet"),
    ("T", "Länsstyrelsen i Stockholms län har skickat förslaget till beslut om "
          "vattenskyddsområde med skyddsföreskrifter på remiss till nämnden (länsstyrelsens dnr "
          "505-14562-2024). Svar ska lämnas senast 2024-10-31. Huvudman för vattentäkten är "
          "Sigtuna Vatten & Renhållning AB."),
    ("T", "Beslutsunderlag: Tjänsteskrivelse 2024-10-02; Remiss 2024-08-26."),
    ("H", "Yrkanden"),
    ("T", "Ordföranden Lars Björk (M) yrkar bifall till förvaltningens förslag. Per Olausson "
          "(SD) yrkar att punkt 2 ska strykas. Ordföranden ställer proposition på yrkandena och "
          "finner att nämnden bifaller förvaltningens förslag."),
    ("BOX", "Beslut\n1) Miljö- och hälsoskyddsnämnden lämnar yttrande enligt förvaltningens "
            "förslag.\n2) Nämnden framhåller att skyddsföreskrifterna även bör omfatta "
            "hantering av vägsalt."),
    ("T", "Paragrafen justeras omedelbart."),
    ("H", "Reservation"),
    ("T", "Per Olausson (SD) reserverar sig mot beslutet i punkt 2."),
    ("T", "Expedieras: Länsstyrelsen i Stockholms län, Sigtuna Vatten & Renhållning AB"),
    ("BAR", "MHN § 46|Dnr MHN-2024-0655"),
    ("TITLE", "Taxa för offentlig kontroll inom livsmedelsområdet 2025"),
    ("H", "Ärendet"),
    ("T", "Förvaltningen har räknat om timavgiften enligt Livsmedelsverkets vägledning om "
          "erfarenhetsbaserad debitering. Beslutsunderlag: Tjänsteskrivelse 2024-09-18; "
          "Miljö- och hälsoskyddsnämndens arbetsutskott 2024-10-01, § 22."),
    ("H", "Yrkanden"),
    ("T", "Henrik Moberg (M) yrkar bifall till förvaltningens förslag. Fatima Nouri (S) "
          "yrkar att timavgiften ska lämnas oförändrad."),
    ("H", "Omröstning"),
    ("T", "Omröstning begärs. Den som bifaller Henrik Mobergs yrkande röstar ja, den som "
          "bifaller Fatima Nouris yrkande röstar nej. Omröstningen utfaller med 4 ja-röster "
          "och 3 nej-röster. Ingen avstår."),
    ("BOX", "Beslut\n1) Miljö- och hälsoskyddsnämnden föreslår kommunfullmäktige att anta "
            "taxan för offentlig kontroll inom livsmedelsområdet från 2025-01-01.\n2) Nämnden "
            "beslutar för egen del att timavgiften från samma dag är 1 450 kronor."),
    ("H", "Särskilt yttrande"),
    ("T", "Fatima Nouri (S) och Anna Lind (S) lämnar ett särskilt yttrande, bilaga 2. "
          "Ersättaren Mats Ågren (S) ställer sig bakom det särskilda yttrandet."),
    ("T", "Expedieras: Kommunfullmäktige"),
    ("T", ""),
    ("T", "Ordförande: Lars Björk        Justerare: Anna Lind        Sekreterare: Mikael Ström"),
    ("T", "Utdragsbestyrkande: Mikael Ström, 2024-10-18"),
]


class SigtunaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.set_xy(20, 10)
        self.cell(170, 4, PDF_HEAD)
        self.set_xy(20, 14)
        self.cell(170, 4, f"Sammanträdesdatum 2024-10-15            Sida {self.page_no()} av {{nb}}")
        self.line(20, 19, 190, 19)
        self.set_y(24)

    def footer(self) -> None:
        self.set_font("F", "", 7)
        self.set_xy(20, 284)
        self.cell(170, 4, "Justerandes signatur                Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = SigtunaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag MHN 2024-10-15 §§ 45-46")
    pdf.set_author("Sigtuna kommun")
    pdf.set_creator("heldout9")
    pdf.set_producer("heldout9")
    pdf.add_page()
    for kind, text in PDF_ITEMS:
        pdf.set_x(20)
        if kind == "T":
            pdf.set_font("F", "", 10)
            pdf.multi_cell(170, 5, text)
            pdf.ln(1)
        elif kind == "H":
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(170, 5, text)
        elif kind == "ATT":
            for i, (left, right) in enumerate(ATTENDANCE):
                pdf.set_font("F", "B" if i == 0 else "", 10)
                pdf.set_x(20)
                pdf.cell(85, 5, left)
                pdf.cell(85, 5, right)
                pdf.ln(5)
            pdf.ln(1)
        elif kind == "BAR":
            pdf.ln(4)
            pdf.set_font("F", "B", 11)
            pdf.set_fill_color(215, 225, 235)
            left, right = text.split("|")
            pdf.cell(85, 7, left, fill=True)
            pdf.cell(85, 7, right, fill=True, align="R")
            pdf.ln(8)
        elif kind == "TITLE":
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(170, 6, text)
            pdf.ln(2)
        elif kind == "BOX":
            pdf.set_font("F", "", 10)
            pdf.multi_cell(170, 5, text, border=1)
            pdf.ln(2)
    pdf.output(str(DOCS / "sigtuna-mhn-2024-10-15-protokollsutdrag.pdf"))


# ============================================================================================
# DOCX: Region Halland, regionstyrelsen 2024-05-22, protokollsutdrag (1 §).
# The decision points use Word's automatic numbering ("List Number"): the digits are not in
# the text. The third point is "Paragrafen justeras omedelbart.". Meeting data in a header
# table; signatures in a body table; a reservation by three named members.
# ============================================================================================

DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "§ 112  Avtal om samverkan inom ambulanssjukvården mellan Region Halland och "
          "Region Kronoberg"),
    ("p", "Diarienummer RS 2024/0341"),
    ("b", "Sammanfattning"),
    ("p", "Region Halland och Region Kronoberg föreslås samverka om ambulanssjukvård i "
          "gränsområdet kring Hylte och Markaryd. Hälso- och sjukvårdsnämnden beslutade "
          "2024-04-24, § 51, att ställa sig bakom avtalet."),
    ("b", "Beslutsunderlag"),
    ("bullet", "Regiondirektörens tjänsteskrivelse 2024-05-02"),
    ("bullet", "Avtalsförslag, version 2024-04-30"),
    ("bullet", "Hälso- och sjukvårdsnämndens protokoll 2024-04-24, § 51"),
    ("b", "Yrkanden"),
    ("p", "Karin Edvardsson (M) yrkar bifall till förslaget. Jonas Bergman (S) yrkar avslag."),
    ("b", "Omröstning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att regionstyrelsen "
          "bifaller Karin Edvardssons yrkande. Omröstning begärs och verkställs. "
          "Omröstningen utfaller med 9 ja-röster, 5 nej-röster och 1 som avstår."),
    ("b", "Regionstyrelsens beslut"),
    ("num", "Regionstyrelsen godkänner avtalet om samverkan inom ambulanssjukvården mellan "
            "Region Halland och Region Kronoberg."),
    ("num", "Regiondirektören får i uppdrag att underteckna avtalet."),
    ("num", "Paragrafen justeras omedelbart."),
    ("b", "Reservation"),
    ("p", "Jonas Bergman (S), Lena Sjöö (S) och Ali Rahimi (S) reserverar sig mot beslutet."),
    ("b", "Protokollsanteckning"),
    ("p", "Bengt Nilsson (SD) antecknar till protokollet att avtalet bör följas upp efter ett år."),
    ("b", "Beslutet skickas till"),
    ("p", "Region Kronoberg, Hälso- och sjukvårdsnämnden"),
]

SIGN_ROWS = [
    ("Ordförande", "Justerare", "Sekreterare"),
    ("Karin Edvardsson", "Jonas Bergman", "Helena Ask"),
]


def make_docx() -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    htab = sec.header.add_table(rows=2, cols=2, width=sec.page_width - sec.left_margin
                                - sec.right_margin)
    for row, (left, right) in zip(htab.rows, [("Region Halland", "PROTOKOLLSUTDRAG"),
                                              ("Regionstyrelsen", "Datum: 2024-05-22")],
                                  strict=True):
        row.cells[0].text = left
        row.cells[1].text = right
    sec.footer.paragraphs[0].text = "Justerandes sign\tUtdragsbestyrkande"
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    d.add_paragraph("")
    table = d.add_table(rows=len(SIGN_ROWS), cols=3)
    for row, values in zip(table.rows, SIGN_ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("Utdragsbestyrkande: Helena Ask, 2024-05-24")
    cp = d.core_properties
    cp.author = "Region Halland"
    cp.last_modified_by = "Region Halland"
    cp.title = "Protokollsutdrag RS § 112"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "regionhalland-rs-2024-05-22-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
