"""Generate the binary documents of tests/heldout35/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout35/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and fixed
ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout35/gold/ describe the texts written here; change both together.

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
FIXED_PDF = dt.datetime(2016, 11, 14, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2023, 5, 22, 10, 0, 0)

# PDF: Hällefors kommun, kommunstyrelsen 2016-11-08, full protocol (§§ 187-189), 3 pages.
# Page 1: running-text attendance with "istf", form fields, signatures. Paragraph heading "KS § 187" with the
# Dnr right-aligned on the same line and the title below.
PAGE1: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, sammanträdesrum Hurtigtorpet, kl. 09.00–11.50"),
    ("Beslutande", "Annika Hedberg (S) ordförande, Bo Karlsson (V) 1:e vice ordförande, Emma Lind (M) 2:e vice "
                   "ordförande, Nils Fors (S), Irene Öhman (S), Lars Ek (S) istf Lena Berg (S), Per-Erik Holm (V), "
                   "Ulla Grahn (MP), Karl-Johan Stål (M), Mats Kvist (SD), Ronny Lagh (C)"),
    ("Närvarande ersättare", "Hanna Ring (SD), Sven Dahl (MP)"),
    ("Övriga deltagande", "Kerstin Malm, kommunchef, Oskar Brandt, kommunsekreterare"),
    ("Utses att justera", "Emma Lind (M)"),
    ("Justeringens plats och tid", "Kommunkansliet 2016-11-11"),
]
SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Oskar Brandt"),
    ("Ordförande", "Annika Hedberg"),
    ("Justerare", "Emma Lind"),
]
ANSLAG: list[tuple[str, str]] = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2016-11-08"),
    ("Anslaget sätts upp", "2016-11-14"),
    ("Anslaget tas ned", "2016-12-06"),
    ("Förvaringsplats", "Kommunkansliet, Hällefors kommun"),
]
# Each paragraph: (number, dnr, title, [(kind, text)]) with kind "h" (bold sub-heading) or "p".
PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("KS § 187", "Dnr KS 16/00231", "Avtal om samverkan kring ungdomsmottagning med Region Örebro län", [
        ("p", "Hällefors kommun och Region Örebro län driver sedan 2012 ungdomsmottagningen gemensamt. Ett nytt "
              "avtal om samverkan kring ungdomsmottagning mellan Hällefors kommun och Region Örebro län har tagits "
              "fram. Avtalet gäller 2017-01-01–2019-12-31 och kan förlängas med två år i taget. Kostnaderna delas "
              "lika enligt 8 § i avtalet."),
        ("h", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse från kommunchefen, 2016-10-20\nBeslut i Region Örebro län 2016-09-27, § 142"),
        ("h", "Yrkande"),
        ("p", "Ordföranden yrkar bifall till förslaget."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "att godkänna avtalet med Region Örebro län om samverkan kring ungdomsmottagning,"),
        ("p", "att uppdra åt kommunchefen att underteckna avtalet."),
        ("p", "Beslutet skickas till: Region Örebro län, Socialnämnden"),
    ]),
    ("KS § 188", "Dnr KS 16/00102", "Svar på motion om solceller på kommunala byggnader", [
        ("p", "Ulla Grahn (MP) har i en motion daterad 2016-03-01 föreslagit att kommunen installerar solceller på "
              "samtliga kommunala byggnader. Motionen har remitterats till Hällefors Bostads AB och till Bergslagens "
              "miljö- och byggnämnd, som yttrat sig. Samhällsbyggnadsförvaltningens tjänsteskrivelse är daterad "
              "2016-10-12."),
        ("h", "Yrkanden"),
        ("p", "Per-Erik Holm (V): Bifall till motionen.\nOrdföranden: Bifall till förvaltningens förslag om "
              "avslag på motionen."),
        ("h", "Omröstning"),
        ("p", "Votering begärs och genomförs. Ja-röst för ordförandens förslag, nej-röst för Per-Erik Holms "
              "förslag. Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt ordförandens förslag."),
        ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Motionen avslås."),
        ("h", "Reservation"),
        ("p", "Per-Erik Holm (V) och Ulla Grahn (MP) reserverar sig mot beslutet till förmån för Per-Erik Holms "
              "yrkande."),
        ("h", "Särskilt yttrande"),
        ("p", "Mats Kvist (SD) lämnar ett särskilt yttrande: ”Solceller bör prövas byggnad för byggnad.”\n"
              "Ersättaren Hanna Ring (SD) ställer sig bakom Mats Kvists särskilda yttrande."),
        ("p", "Beslutet skickas till: Kommunfullmäktige"),
    ]),
    ("KS § 189", "Dnr KS 16/00288", "Yttrande över Länsstyrelsens förslag till åtgärdsprogram för miljömålen", [
        ("p", "Länsstyrelsen i Örebro län har gett kommunerna i länet tillfälle att yttra sig över förslag till "
              "regionalt åtgärdsprogram för miljömålen 2017–2020 (Länsstyrelsens dnr 501-4512-2016). Yttrandet ska "
              "ha kommit in senast 2016-11-15. Förvaltningens tjänsteskrivelse är daterad 2016-10-28."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till Länsstyrelsen i "
              "Örebro län."),
        ("p", "Paragrafen förklaras omedelbart justerad."),
        ("p", "Beslutet skickas till: Länsstyrelsen i Örebro län"),
    ]),
]


class Protocol(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(90, 6, "HÄLLEFORS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(50, 6, "SAMMANTRÄDESPROTOKOLL")
        self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(90, 5, "Kommunstyrelsen")
        self.cell(0, 5, "2016-11-08", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes sign. ..........")
        self.cell(0, 5, "Utdragsbestyrkande ..........", align="R")


def make_pdf() -> None:
    pdf = Protocol(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2016-11-08")
    pdf.set_author("Hällefors kommun")
    pdf.set_creator("heldout35")
    pdf.set_producer("heldout35")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for label, text in PAGE1:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(45, 5, label)
        pdf.set_xy(60, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(135, 5, text)
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("F", "", 10)
    pdf.cell(45, 5, "Underskrifter")
    pdf.cell(0, 5, "Paragrafer 187–189", align="R", new_x="LMARGIN", new_y="NEXT")
    for role, name in SIGNATURES:
        pdf.ln(6)
        pdf.set_x(25)
        pdf.set_font("F", "B", 9)
        pdf.cell(35, 5, role)
        pdf.set_font("F", "", 10)
        pdf.cell(0, 5, "...............................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(60)
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
             new_x="LMARGIN", new_y="NEXT")
    for label, text in ANSLAG:
        pdf.cell(45, 5, label)
        pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    for number, dnr, title, blocks in PARAGRAPHS:
        pdf.add_page()
        pdf.set_font("F", "B", 11)
        pdf.cell(60, 6, number)
        pdf.set_font("F", "", 9)
        pdf.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "B", 11)
        pdf.multi_cell(0, 6, title)
        pdf.ln(2)
        for kind, text in blocks:
            if kind == "h":
                pdf.set_font("F", "B", 10)
                pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, text)
                pdf.ln(2)
    pdf.output(str(DOCS / "hallefors-ks-2016-11-08-protokoll.pdf"))


# DOCX: Ljusnarsbergs kommun, socialnämnden 2023-05-16, protokollsutdrag (1 §).
# Header table, decision as Word "List Bullet" paragraphs (bullet not in the text), vote table with X marks,
# a written reservation under its own heading signed by two members.
VOTES: list[tuple[str, str, str]] = [
    ("Åsa Lindh", "S", "Ja"),
    ("Lars-Olof Berg", "C", "Ja"),
    ("Gun Persson", "S", "Ja"),
    ("Rolf Stenlund", "S", "Ja"),
    ("Madeleine Ek", "V", "Ja"),
    ("Jan Forsberg", "SD", "Nej"),
    ("Lena Hägg", "SD", "Nej"),
]


def fixed_zip(path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in sorted(src.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2023, 5, 22, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    path.write_bytes(out.getvalue())


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Ljusnarsbergs kommun"
    cp.title = "Protokollsutdrag SN 2023-05-16 § 54"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "heldout35"
    cp.revision = 1
    head = d.add_table(rows=2, cols=3)
    cells = [("LJUSNARSBERGS KOMMUN", "PROTOKOLLSUTDRAG", "Sida 1(1)"),
             ("Socialnämnden", "Sammanträdesdatum", "2023-05-16")]
    for row, texts in zip(head.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("SN § 54").bold = True
    p.add_run("\tDnr: SN 2023/67-750")
    d.add_heading("Idéburet offentligt partnerskap med Kvinnojouren Kopparberg", level=2)
    d.add_paragraph(
        "Kvinnojouren Kopparberg, som är medlem i Unizon, erbjuder stöd och skyddat boende till våldsutsatta "
        "kvinnor och barn. Förvaltningen föreslår att socialnämnden ingår en Överenskommelse om idéburet "
        "offentligt partnerskap mellan socialnämnden och Kvinnojouren Kopparberg för perioden "
        "2023-07-01–2025-06-30. Stödet lämnas med stöd av 5 kap. 11 § socialtjänstlagen (2001:453).")
    d.add_paragraph("Beslutsunderlag").runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse från socialchefen, daterad 2023-04-27\n"
                    "Utskottets beslut 2023-05-02, § 31")
    d.add_paragraph("Yrkanden").runs[0].bold = True
    d.add_paragraph("Åsa Lindh (S) yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Jan Forsberg (SD) yrkar avslag på förslaget.")
    d.add_paragraph("Omröstning").runs[0].bold = True
    d.add_paragraph("Omröstning begärs. Ja-röst för bifall, nej-röst för avslag.")
    vt = d.add_table(rows=1, cols=5)
    vt.style = "Table Grid"
    for cell, text in zip(vt.rows[0].cells, ("Ledamot", "Parti", "Ja", "Nej", "Avstår"), strict=True):
        cell.text = text
    for name, party, vote in VOTES:
        row = vt.add_row().cells
        row[0].text = name
        row[1].text = party
        row[2].text = "X" if vote == "Ja" else ""
        row[3].text = "X" if vote == "Nej" else ""
        row[4].text = ""
    summary = vt.add_row().cells
    for cell, text in zip(summary, ("Summa", "", "5", "2", "0"), strict=True):
        cell.text = text
    d.add_paragraph("Socialnämnden har således beslutat enligt Åsa Lindhs yrkande.")
    d.add_paragraph("Socialnämndens beslut").runs[0].bold = True
    d.add_paragraph("Socialnämnden beslutar")
    for text in ("att godkänna överenskommelsen om idéburet offentligt partnerskap med Kvinnojouren Kopparberg,",
                 "att bevilja Kvinnojouren Kopparberg 350 000 kronor per år under avtalstiden,",
                 "att uppdra åt socialchefen att underteckna överenskommelsen."):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Reservation").runs[0].bold = True
    d.add_paragraph("Vi reserverar oss mot beslutet. Kommunen bör i stället upphandla tjänsten.")
    d.add_paragraph("Jan Forsberg (SD)\tLena Hägg (SD)")
    d.add_paragraph("Expedieras: Kvinnojouren Kopparberg, Länsstyrelsen i Örebro län")
    sig = d.add_table(rows=2, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Ordförande", "Justerare", "Sekreterare"), strict=True):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Åsa Lindh", "Lars-Olof Berg", "Sofia Ekström"), strict=True):
        cell.text = text
    d.add_paragraph("Utdragsbestyrkande: Sofia Ekström")
    path = DOCS / "ljusnarsberg-sn-2023-05-16-protokollsutdrag.docx"
    d.save(str(path))
    fixed_zip(path)


if __name__ == "__main__":
    make_pdf()
    make_docx()
