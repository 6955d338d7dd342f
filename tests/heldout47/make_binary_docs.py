"""Generate the binary documents of tests/heldout47/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout47/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout47/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 6, 24, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 30, 10, 0, 0)
ZIP_TIME = (2024, 4, 30, 10, 0, 0)

# PDF: Trosa kommun, kommunfullmäktige 2024-06-17, protokollsutdrag (1 §, 2 pages).
# A ruled header box on every page, a ruled party table with org.nr and the agreement's own
# signature block quoted as a three-column table; the paragraph continues after a page break.
PDF_HEAD = [
    ("TROSA KOMMUN", "PROTOKOLLSUTDRAG"),
    ("Kommunfullmäktige", "Sammanträdesdatum 2024-06-17"),
]
PDF_META = [
    "Ordförande: Gunnar Falk (C)",
    "Justerare: Mats Hedin (S), Lena Öhrn (KD)",
]
PDF_PAGE1 = [
    ("h", "§ 47    KS 2024/0077"),
    ("h", "Samverkansavtal för gemensam överförmyndarnämnd för Nyköpings, Oxelösunds och Trosa kommuner"),
    ("b", "Ärendebeskrivning"),
    ("p", "Nyköpings, Oxelösunds och Trosa kommuner har sedan 2015 en gemensam överförmyndarnämnd, "
          "Överförmyndarnämnden Nyköping-Oxelösund-Trosa, med Nyköpings kommun som värdkommun. Ett nytt "
          "samverkansavtal ska gälla från 2025-01-01 och ersätter avtalet från 2014-11-24. Kostnaderna "
          "fördelas efter antalet invånare den 1 november året före verksamhetsåret."),
    ("p", "Parter i avtalet:"),
    ("t", ""),
    ("p", "Ärendet har beretts efter samråd med Länsstyrelsen i Södermanlands län, som utövar tillsyn "
          "över överförmyndarnämnden enligt 19 kap. 14 § föräldrabalken."),
    ("p", "Avtalets underskrifter (utdrag ur bilaga 1):"),
    ("s", ""),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunstyrelsens beslut 2024-05-28, § 92\nTjänsteskrivelse från kommunledningsförvaltningen "
          "2024-05-06\nFörslag till samverkansavtal, version 2024-04-19"),
]
PDF_PARTIES = [
    ("Part", "Org.nr", "Roll i avtalet"),
    ("Nyköpings kommun", "212000-0340", "Värdkommun (nedan kallad värdkommunen)"),
    ("Oxelösunds kommun", "212000-0357", "Samverkanskommun"),
    ("Trosa kommun", "212000-2817", "Samverkanskommun"),
]
PDF_SIGN = [
    ("För Nyköpings kommun", "För Oxelösunds kommun", "För Trosa kommun"),
    ("......................", "......................", "......................"),
    ("Ort och datum", "Ort och datum", "Ort och datum"),
    ("Namnförtydligande", "Namnförtydligande", "Namnförtydligande"),
]
PDF_PAGE2 = [
    ("h", "§ 47 forts."),
    ("b", "Yrkanden"),
    ("p", "Kristina Söderberg (M) yrkar bifall till kommunstyrelsens förslag. Jörgen Hallin (SD) yrkar "
          "att ärendet återremitteras till kommunstyrelsen för en ny kostnadsfördelning."),
    ("b", "Propositionsordning och votering"),
    ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner "
          "att det ska avgöras i dag. Votering begärs. Ja för att avgöra ärendet i dag, nej för "
          "återremiss. Resultat: 25 ja, 9 nej, 1 avstår. 6 ledamöter är frånvarande. Ordföranden "
          "ställer därefter proposition på kommunstyrelsens förslag och finner det bifallet."),
    ("b", "Beslut"),
    ("p", "Kommunfullmäktige beslutar\n– att godkänna samverkansavtalet för gemensam överförmyndarnämnd "
          "från 2025-01-01,\n– att avtalet ersätter samverkansavtalet från 2014-11-24."),
    ("b", "Reservation"),
    ("p", "Jörgen Hallin (SD) och Ewa Lindqvist (SD) reserverar sig till förmån för återremissyrkandet."),
    ("b", "Särskilt yttrande"),
    ("p", "Pia Engström (L) lämnar ett särskilt yttrande, bilaga 2."),
    ("b", "Expedieras"),
    ("p", "Nyköpings kommun, Oxelösunds kommun, Kommunstyrelsen"),
]
PDF_SIGNATURES = [
    ("Ordförande", "Justerare", "Justerare", "Sekreterare"),
    ("Gunnar Falk", "Mats Hedin", "Lena Öhrn", "Ulla Bergh"),
]


def _pdf_header(pdf: FPDF, page: int) -> None:
    pdf.set_font("F", "B", 10)
    for left, right in PDF_HEAD:
        pdf.cell(95, 7, left, border=1)
        pdf.cell(85, 7, right, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8)
    pdf.cell(180, 5, f"Sida {page} av 2", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _pdf_blocks(pdf: FPDF, blocks: list[tuple[str, str]]) -> None:
    for kind, text in blocks:
        if kind == "h":
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(180, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "b":
            pdf.set_font("F", "B", 10)
            pdf.cell(180, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            _pdf_table(pdf, PDF_PARTIES, (55, 35, 90))
        elif kind == "s":
            _pdf_table(pdf, PDF_SIGN, (60, 60, 60), border=0)
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _pdf_table(pdf: FPDF, rows: list[tuple[str, ...]], widths: tuple[int, ...], border: int = 1) -> None:
    for i, row in enumerate(rows):
        pdf.set_font("F", "B" if i == 0 else "", 9)
        for cell, width in zip(row, widths, strict=True):
            pdf.cell(width, 6, cell, border=border)
        pdf.ln(6)
    pdf.ln(3)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KF 2024-06-17 § 47")
    pdf.set_author("Trosa kommun")
    pdf.set_creator("heldout47")
    pdf.set_producer("heldout47")
    pdf.add_page()
    _pdf_header(pdf, 1)
    pdf.set_font("F", "", 10)
    for line in PDF_META:
        pdf.cell(180, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _pdf_blocks(pdf, PDF_PAGE1)
    pdf.add_page()
    _pdf_header(pdf, 2)
    _pdf_blocks(pdf, PDF_PAGE2)
    pdf.ln(4)
    _pdf_table(pdf, PDF_SIGNATURES, (45, 45, 45, 45), border=0)
    pdf.set_font("F", "", 8)
    pdf.cell(180, 5, "Utdragsbestyrkande: Ulla Bergh", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "trosa-kf-2024-06-17-protokollsutdrag.pdf"))


# DOCX: Vingåkers kommun, socialnämnden 2024-04-24, full protocol (§§ 24-26).
# Attendance as one Word paragraph per group with soft line breaks and tabs ("Beslutande" only),
# Word list numbering, a roll-call table with X marks and no totals row.
BESLUTANDE = [
    "Marie Sundqvist (S)\tordförande",
    "Leif Gran (C)\tvice ordförande",
    "Agneta Ros (S)",
    "Bengt Hultman (M)",
    "Sofia Lejon (SD)",
    "Jan Ekholm (KD)",
    "Roger Falk (S)\ttjg ersättare för Ingrid Moberg (S)",
]
ERSATTARE = ["Kerstin Wall (V)", "Omar Said (L)"]
OVRIGA = ["Annelie Björk\tsocialchef", "Hanna Stål\tnämndsekreterare"]
VOTES = [
    ("Marie Sundqvist (S)", "X", ""),
    ("Leif Gran (C)", "X", ""),
    ("Agneta Ros (S)", "X", ""),
    ("Roger Falk (S)", "X", ""),
    ("Bengt Hultman (M)", "", "X"),
    ("Sofia Lejon (SD)", "", "X"),
    ("Jan Ekholm (KD)", "", "X"),
]


def _lines(d: docx.Document, label: str, lines: list[str]) -> None:
    para = d.add_paragraph()
    para.add_run(label).bold = True
    for line in lines:
        run = para.add_run()
        run.add_break(WD_BREAK.LINE)
        run.add_text(line)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("VINGÅKERS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden\t2024-04-24")
    d.add_paragraph("Plats och tid: Gruppmötesrummet, Kommunhuset Vingåker, kl. 08.30–11.50")
    _lines(d, "Beslutande", BESLUTANDE)
    _lines(d, "Ersättare", ERSATTARE)
    _lines(d, "Övriga deltagare", OVRIGA)
    d.add_paragraph("Utses att justera: Bengt Hultman (M)")
    d.add_paragraph("Justeringens plats och tid: Socialkontoret 2024-04-29, paragrafer 24–26")
    sig = d.add_table(rows=2, cols=3)
    for i, (role, name) in enumerate([("Sekreterare", "Hanna Stål"), ("Ordförande", "Marie Sundqvist"),
                                      ("Justerande", "Bengt Hultman")]):
        sig.cell(0, i).text = role
        sig.cell(1, i).text = "........................\n" + name
    d.add_paragraph("Anslag: Protokollet anslås 2024-04-30 och tas ned 2024-05-22.")

    d.add_heading("§ 24 Idéburet offentligt partnerskap med Vingåkers kvinno- och tjejjour 2024–2026", level=2)
    d.add_paragraph("Dnr SN 2024/31")
    d.add_paragraph("Avtalet om idéburet offentligt partnerskap (IOP) tecknas mellan Vingåkers kommun, genom "
                    "socialnämnden, å ena sidan och Vingåkers kvinno- och tjejjour (org.nr 802456-1234) å andra "
                    "sidan. Föreningen är ansluten till Unizon. Partnerskapet gäller 2024-06-01--2026-12-31 och "
                    "omfattar stödsamtal och skyddat boende enligt 5 kap. 11 § socialtjänstlagen (2001:453).")
    d.add_paragraph("Beslutsunderlag: Socialförvaltningens tjänsteskrivelse 2024-04-08; föreningens "
                    "verksamhetsberättelse 2023.")
    d.add_paragraph("Leif Gran (C) yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Socialnämnden godkänner avtalet om idéburet offentligt partnerskap.", style="List Number")
    d.add_paragraph("Socialchefen får i uppdrag att underteckna avtalet.", style="List Number")
    d.add_paragraph("Sofia Lejon (SD) lämnar ett särskilt yttrande, bilaga 1.")
    d.add_paragraph("Beslutet skickas till: Vingåkers kvinno- och tjejjour, Kommunstyrelsen")

    d.add_heading("§ 25 Lokal överenskommelse om samverkan för personer i behov av samordnade insatser",
                  level=2)
    d.add_paragraph("Dnr SN 2024/44")
    d.add_paragraph("Överenskommelsen ingås mellan Vingåkers kommun, Arbetsförmedlingen och "
                    "Försäkringskassan. Samordningsförbundet RAR Sörmland finansierar en projektledare men är "
                    "inte part i överenskommelsen. Region Sörmland deltar i styrgruppen men är inte heller part.")
    d.add_paragraph("Beslutsunderlag: Socialförvaltningens tjänsteskrivelse 2024-04-03.")
    d.add_paragraph("Bengt Hultman (M) yrkar avslag. Marie Sundqvist (S) yrkar bifall.")
    d.add_paragraph("Ordföranden ställer proposition och finner bifall. Omröstning begärs och genomförs "
                    "enligt omröstningsbilaga.")
    d.add_paragraph("Omröstningsbilaga § 25")
    tab = d.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for i, head in enumerate(("Ledamot", "Ja", "Nej")):
        tab.rows[0].cells[i].text = head
    for row in VOTES:
        cells = tab.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Beslut")
    d.add_paragraph("Socialnämnden godkänner överenskommelsen.")
    d.add_paragraph("Bengt Hultman (M) och Jan Ekholm (KD) reserverar sig mot beslutet.")
    d.add_paragraph("Ersättaren Kerstin Wall (V) lämnar ett ersättaryttrande till förmån för förslaget.")

    d.add_heading("§ 26 Avtal mellan Vingåkers kommun och Katrineholms kommun om gemensam nattpatrull i "
                  "hemtjänsten – information", level=2)
    d.add_paragraph("Dnr SN 2024/12")
    d.add_paragraph("Socialchefen Annelie Björk informerar om att avtalet undertecknades 2024-03-28 med stöd av "
                    "delegationsordningen, punkt 1.4. Avtalet gäller 2024-05-01--2026-04-30.")
    d.add_paragraph("Beslut")
    d.add_paragraph("Socialnämnden tar informationen till dagens protokoll.")

    section = d.sections[0]
    section.footer.paragraphs[0].text = "Justerandes sign\tUtdragsbestyrkande"
    cp = d.core_properties
    cp.author = "Vingåkers kommun"
    cp.last_modified_by = "Vingåkers kommun"
    cp.title = "Socialnämndens protokoll 2024-04-24"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "vingaker-sn-2024-04-24-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
