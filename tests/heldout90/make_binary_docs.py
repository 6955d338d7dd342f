"""Generate the binary documents of tests/heldout90/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout90/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout90/gold/
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
FIXED_PDF = dt.datetime(2024, 11, 27, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 24, 10, 0, 0)
ZIP_DATE = (2024, 6, 24, 10, 0, 0)

# PDF: Sundsvalls kommun, socialnämnden 2024-11-20, protokollsutdrag (1 §).
# Ordinary one-column extract: heading rows in bold, running text below each heading.
PDF_BLOCKS: list[tuple[str, str]] = [
    ("h", "§ 178 Yttrande över remiss - Handlingsplan mot våld i nära relationer 2025-2028"),
    ("p", "Ärendenummer SN-2024-00412"),
    ("p", "Kommunstyrelsens ärendenummer KSN-2024-0533"),
    ("b", "Sammanfattning"),
    ("p", "Kommunstyrelsen har skickat förslag till handlingsplan mot våld i nära relationer 2025-2028 på "
          "remiss till socialnämnden. Remissen inkom 2024-09-12 och ska besvaras senast 2024-11-29. Planen "
          "har tagits fram tillsammans med Polismyndigheten och Region Västernorrland. Socialnämndens ansvar "
          "följer av socialtjänstlagen (2001:453) 5 kap. 11 §. Förvaltningen ser positivt på planen men "
          "efterfrågar en tydligare finansiering av skyddat boende."),
    ("b", "Beslutsunderlag"),
    ("p", "Socialförvaltningens tjänsteskrivelse, 30 oktober 2024\nFörslag till yttrande\n"
          "Remiss från kommunstyrelsen, 12 september 2024"),
    ("b", "Yrkanden"),
    ("p", "Ordföranden Lena Molin (S) yrkar bifall till förvaltningens förslag.\n"
          "Fredrik Holm (M) yrkar att yttrandet kompletteras med ett krav på uppföljning av "
          "kostnaderna för placeringar."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer förvaltningens förslag mot Fredrik Holms yrkande och finner att nämnden "
          "bifaller förvaltningens förslag. Omröstning begärs."),
    ("b", "Omröstning"),
    ("p", "Ja-röst för förvaltningens förslag, nej-röst för Fredrik Holms yrkande.\n"
          "Omröstningsresultat: 8 ja, 5 nej, 0 avstår."),
    ("b", "Socialnämndens beslut"),
    ("p", "Socialnämnden beslutar\natt anta förvaltningens förslag till yttrande som sitt eget, och\n"
          "att överlämna yttrandet till kommunstyrelsen."),
    ("b", "Reservation"),
    ("p", "Fredrik Holm (M) och Anna Berglund (KD) reserverar sig mot beslutet till förmån för Fredrik "
          "Holms yrkande."),
    ("b", "Protokollsanteckning"),
    ("p", "Mikael Öberg (SD) lämnar en protokollsanteckning, bilaga 2."),
    ("b", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen\nSocialförvaltningen, ekonomienheten"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag socialnämnden 2024-11-20 § 178")
    pdf.set_author("Sundsvalls kommun")
    pdf.set_creator("heldout90")
    pdf.set_producer("heldout90")
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    pdf.set_font("F", "B", 11)
    pdf.cell(90, 6, "SUNDSVALLS KOMMUN")
    pdf.cell(80, 6, "PROTOKOLLSUTDRAG", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(90, 5, "Socialnämnden")
    pdf.cell(80, 5, "Sammanträdesdatum 2024-11-20", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 5, "")
    pdf.cell(80, 5, "Justerat 2024-11-25", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, text in PDF_BLOCKS:
        if kind == "h":
            pdf.set_font("F", "B", 13)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "b":
            pdf.ln(2)
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("F", "", 9)
    sig = [("Ordförande", "Lena Molin"), ("Justerare", "Fredrik Holm"), ("Sekreterare", "Emma Dahl")]
    for label, _name in sig:
        pdf.cell(56, 5, label)
    pdf.ln(9)
    for _label, name in sig:
        pdf.cell(56, 5, name)
    pdf.ln(8)
    pdf.cell(0, 5, "Justerandes sign ........    Utdragsbestyrkande ........", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "sundsvall-sn-2024-11-20-protokollsutdrag.pdf"))


# DOCX: Strömsunds kommun, kommunfullmäktige 2024-06-17, full protocol (3 §§).
FRONT: list[tuple[str, str]] = [
    ("Plats och tid", "Folkets hus, Strömsund, kl. 10.00–15.20"),
    ("Beslutande", "Se närvaro- och omröstningslista, bilaga 1"),
    ("Ordförande", "Ulla Persson (S)"),
    ("1:e vice ordförande", "Gunnar Ek (C)"),
    ("2:e vice ordförande", "Birgitta Hellström (M)"),
    ("Övriga deltagare", "Anders Nyberg, kommundirektör\nLisa Hammar, kommunsekreterare"),
    ("Justerare", "Sven-Erik Dahl (V) och Malin Strömberg (SD)"),
    ("Justeringens plats och tid", "Kommunkontoret, Strömsund, 2024-06-20"),
    ("Paragrafer", "45–47"),
]
SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Lisa Hammar"),
    ("Ordförande", "Ulla Persson"),
    ("Justerare", "Sven-Erik Dahl"),
    ("Justerare", "Malin Strömberg"),
]
BODY: list[tuple[str, str]] = [
    ("h", "§ 45 Budget 2025 och flerårsplan 2026–2027"),
    ("p", "Dnr KS 2024/118"),
    ("b", "Ärendebeskrivning"),
    ("p", "Kommunstyrelsen har lämnat förslag till budget 2025 och flerårsplan 2026–2027. Förslaget "
          "bygger på oförändrad skattesats. Enligt kommunallagen (2017:725) 11 kap. 8 § ska budgeten "
          "fastställas före november månads utgång. Kommunstyrelsen behandlade ärendet 2024-05-28, § 92."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunstyrelsens beslut 2024-05-28, § 92\nTjänsteskrivelse 2024-05-06\n"
          "Moderaternas budgetförslag 2024-05-21"),
    ("b", "Yrkanden"),
    ("p", "Göran Ottosson (S) yrkar bifall till kommunstyrelsens förslag.\n"
          "Birgitta Hellström (M) yrkar bifall till Moderaternas budgetförslag."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag. Omröstning begärs."),
    ("b", "Omröstning"),
    ("p", "Ja-röst för kommunstyrelsens förslag. Nej-röst för Birgitta Hellströms yrkande.\n"
          "Omröstningen utfaller med 22 ja-röster, 13 nej-röster och 4 som avstår, bilaga 2."),
    ("b", "Kommunfullmäktiges beslut"),
    ("n", "Skattesatsen för 2025 fastställs till 23,45 kronor per skattekrona."),
    ("n", "Budget 2025 och flerårsplan 2026–2027 fastställs enligt kommunstyrelsens förslag."),
    ("n", "Kommunstyrelsen får under 2025 nyupplåna högst 40 miljoner kronor."),
    ("b", "Reservation"),
    ("p", "Birgitta Hellström (M) m.fl. reserverar sig till förmån för eget yrkande."),
    ("p", "Beslutet skickas till: Samtliga nämnder, Ekonomiavdelningen"),
    ("h", "§ 46 Svar på motion om en fritidsbank i Strömsund"),
    ("p", "Dnr KS 2023/402"),
    ("b", "Ärendebeskrivning"),
    ("p", "Malin Strömberg (SD) föreslår i en motion 2023-11-20 att kommunen startar en fritidsbank i "
          "samarbete med Fritidsbanken Sverige. Kultur- och fritidsenheten bedömer att lokaler och "
          "personal saknas under planperioden."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunstyrelsens beslut 2024-05-28, § 95\nTjänsteskrivelse 2024-04-15\nMotion 2023-11-20"),
    ("b", "Yrkanden"),
    ("p", "Malin Strömberg (SD) yrkar bifall till motionen.\nJenny Nordin (S) yrkar avslag på motionen."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige avslår motionen."),
    ("b", "Kommunfullmäktiges beslut"),
    ("p", "Motionen avslås."),
    ("b", "Reservation"),
    ("p", "Malin Strömberg (SD) reserverar sig mot beslutet."),
    ("h", "§ 47 Avtal om samverkan inom vuxenutbildningen mellan Strömsunds kommun och Ragunda kommun"),
    ("p", "Dnr KS 2024/151"),
    ("b", "Ärendebeskrivning"),
    ("p", "Strömsunds kommun och Ragunda kommun föreslås samverka om yrkesutbildning för vuxna. "
          "Avtalet innebär att Strömsunds kommun är huvudman för de gemensamma utbildningarna och att "
          "kostnaderna fördelas efter antal elever. Avtalet löper från 2024-08-01 till 2027-07-31."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-05-02\nKommunstyrelsens beslut 2024-05-28, § 97\nFörslag till avtal"),
    ("b", "Yrkanden"),
    ("p", "Gunnar Ek (C) yrkar bifall till kommunstyrelsens förslag."),
    ("b", "Kommunfullmäktiges beslut"),
    ("n2", "Kommunfullmäktige godkänner avtalet om samverkan inom vuxenutbildningen med Ragunda kommun."),
    ("n2", "Kommunstyrelsen får i uppdrag att följa upp samverkan årligen."),
    ("b", "Särskilt yttrande"),
    ("p", "Sven-Erik Dahl (V) lämnar ett särskilt yttrande: Vänsterpartiet välkomnar avtalet men vill att "
          "även studieförbunden involveras."),
    ("p", "Beslutet skickas till: Ragunda kommun, Kommunstyrelsen"),
]


def _restart_numbering(d: docx.document.Document, para: docx.text.paragraph.Paragraph) -> None:
    """Give para's list a new num that restarts at 1 (same abstract list as 'List Number')."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.numbering_definitions._numbering
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    ppr = para._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num.numId


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header
    ht = header.add_table(rows=2, cols=3, width=docx.shared.Cm(16))
    cells = [["STRÖMSUNDS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida"],
             ["Kommunfullmäktige", "Sammanträdesdatum 2024-06-17", ""]]
    for row, values in zip(ht.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    footer = d.sections[0].footer
    footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    t = d.add_table(rows=0, cols=2)
    for label, value in FRONT:
        row = t.add_row().cells
        row[0].text = label
        row[1].text = value
    d.add_paragraph("")
    d.add_paragraph("Underskrifter")
    st = d.add_table(rows=0, cols=2)
    for label, name in SIGNATURES:
        row = st.add_row().cells
        row[0].text = label
        row[1].text = "........................................\n" + name
    d.add_paragraph("")
    d.add_paragraph("ANSLAG/BEVIS")
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    bt = d.add_table(rows=0, cols=2)
    for label, value in [("Organ", "Kommunfullmäktige"), ("Sammanträdesdatum", "2024-06-17"),
                         ("Anslaget sätts upp", "2024-06-21"), ("Anslaget tas ned", "2024-07-13"),
                         ("Förvaringsplats", "Kommunkontoret, Strömsund")]:
        row = bt.add_row().cells
        row[0].text = label
        row[1].text = value
    d.add_page_break()
    restarted = False
    for kind, text in BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "n":
            d.add_paragraph(text, style="List Number")
        elif kind == "n2":
            p = d.add_paragraph(text, style="List Number")
            if not restarted:
                _restart_numbering(d, p)
                restarted = True
            else:
                _copy_num(d, p)
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Strömsunds kommun"
    cp.last_modified_by = "Strömsunds kommun"
    cp.title = "Protokoll kommunfullmäktige 2024-06-17"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "stromsund-kf-2024-06-17-protokoll.docx").write_bytes(out.getvalue())


def _copy_num(d: docx.document.Document, para: docx.text.paragraph.Paragraph) -> None:
    """Continue the restarted list: reuse the numId of the previous numbered paragraph."""
    prev = para._p.getprevious()
    num_id = prev.pPr.numPr.numId.val
    numpr = para._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


if __name__ == "__main__":
    make_pdf()
    make_docx()
