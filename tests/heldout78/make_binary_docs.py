"""Generate the binary documents of tests/heldout78/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout78/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout78/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 28, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 1, 10, 0, 0)

# PDF: Halmstads kommun, barn- och ungdomsnämnden 2024-05-21, full protocol, 3 pages.
# Page 1: attendance (left column) beside the signatures (right column).
PAGE1_LEFT = [
    "Beslutande",
    "Ledamöter",
    "Anders Holm (M), ordförande",
    "Carina Wiberg (S), 1:e vice ordförande",
    "Peter Nyman (C)",
    "Leila Haddad (S)",
    "Sven-Olof Brink (SD)",
    "Mats Örn (M)",
    "",
    "Tjänstgörande ersättare",
    "Karl Strand (L) tjg för Ulla Persson (L)",
    "",
    "Ej tjänstgörande ersättare",
    "Hanna Vik (KD)",
    "",
    "Övriga närvarande",
    "Jessica Alm, förvaltningschef",
    "Oskar Lind, nämndsekreterare",
]
PAGE1_RIGHT = [
    "Underskrifter",
    "",
    "Sekreterare ...........................",
    "Oskar Lind",
    "Paragrafer 45–47",
    "",
    "Ordförande ...........................",
    "Anders Holm",
    "",
    "Justerande ...........................",
    "Leila Haddad",
    "",
    "Utses att justera",
    "Leila Haddad (S)",
    "",
    "Justeringens plats och tid",
    "Rådhuset 2024-05-27",
]
# Pages 2 and 3: one line per list item, hyphenated at line ends as the layout program set them.
PAGE2 = [
    ("h", "§ 45"),
    ("h", "Avtal om interkommunal ersättning för förskoleplatser med Laholms kommun"),
    ("t", "Dnr BUN 2024/00155"),
    ("t", ""),
    ("b", "Ärendebeskrivning"),
    ("t", "Halmstads kommun och Laholms kommun har sedan 2019 ett avtal om ersättning för barn som"),
    ("t", "går i förskola i den andra kommunen. Avtalet har sagts upp av Laholms kommun genom be-"),
    ("t", "slut 2024-04-18 och ett nytt avtal har förhandlats fram. Ersättningen beräknas enligt"),
    ("t", "8 kap. 17 § skollagen (2010:800) utifrån den mottagande kommunens budget, och Skolverkets"),
    ("t", "statistik för 2023 används som jämförelse. Det nya avtalet innebär att ersättningen räk-"),
    ("t", "nas per månad i stället för per termin."),
    ("t", ""),
    ("t", "Förvaltningen bedömer att avtalet ger en rimlig kostnadsnivå och en enklare administra-"),
    ("t", "tion för båda kommunerna."),
    ("t", ""),
    ("b", "Beslutsunderlag"),
    ("t", "Barn- och ungdomsförvaltningens tjänsteskrivelse daterad 2024-05-06"),
    ("t", "Förslag till avtal, version 2024-04-30"),
    ("t", "Laholms kommuns uppsägning, 2024-04-18"),
]
PAGE3 = [
    ("h", "§ 45 (forts.)"),
    ("b", "Yrkanden"),
    ("t", "Carina Wiberg (S) yrkar bifall till förvaltningens förslag. Sven-Olof Brink (SD) yrkar av-"),
    ("t", "slag."),
    ("b", "Omröstning"),
    ("t", "Omröstning begärs. Ja-röst för bifall, nej-röst för avslag. Omröstningen utfaller med 6 ja-"),
    ("t", "röster mot 1 nej-röst; ingen ledamot avstår."),
    ("b", "Beslut"),
    ("t", "Barn- och ungdomsnämnden beslutar"),
    ("t", "att godkänna avtalet om interkommunal ersättning för förskoleplatser med Laholms kommun,"),
    ("t", "att avtalet gäller från och med 2024-08-01."),
    ("b", "Reservation"),
    ("t", "Sven-Olof Brink (SD) reserverar sig mot beslutet."),
    ("t", ""),
    ("h", "§ 46"),
    ("h", "Yttrande över Region Hallands remiss om regional plan för kompetensförsörjning"),
    ("t", "Dnr BUN 2024/00201, Region Hallands dnr RS240087"),
    ("b", "Ärendebeskrivning"),
    ("t", "Region Halland har skickat planen på remiss till kommunerna i länet med svar senast 2024-"),
    ("t", "06-14. Förvaltningen har tagit fram ett förslag till yttrande, tjänsteskrivelse 2024-05-08."),
    ("b", "Beslut"),
    ("t", "Barn- och ungdomsnämnden antar förvaltningens yttrande som sitt eget och översänder det till"),
    ("t", "Region Halland."),
    ("t", "Paragrafen förklaras omedelbart justerad."),
    ("b", "Särskilt yttrande"),
    ("t", "Peter Nyman (C) lämnar ett särskilt yttrande, bilaga 2."),
    ("b", "Protokollsanteckning"),
    ("t", "Ersättaren Hanna Vik (KD) får en anteckning till protokollet om behovet av fler yrkesvux-"),
    ("t", "platser."),
    ("t", ""),
    ("h", "§ 47"),
    ("h", "Anmälan av delegationsbeslut"),
    ("t", "Dnr BUN 2024/00012"),
    ("b", "Beslut"),
    ("t", "Barn- och ungdomsnämnden lägger anmälan av delegationsbeslut till handlingarna."),
]


def _furniture(pdf: FPDF, page: int) -> None:
    pdf.set_font("F", "", 8)
    pdf.set_xy(15, 8)
    pdf.cell(90, 5, "Halmstads kommun")
    pdf.cell(0, 5, "PROTOKOLL", align="R")
    pdf.set_xy(15, 12)
    pdf.cell(90, 5, "Barn- och ungdomsnämnden")
    pdf.cell(0, 5, "Sammanträdesdatum 2024-05-21", align="R")
    pdf.set_xy(15, 282)
    pdf.cell(60, 5, "Justerandes sign")
    pdf.cell(60, 5, "Utdragsbestyrkande")
    pdf.cell(0, 5, f"Sida {page} av 3", align="R")


def _body(pdf: FPDF, rows: list[tuple[str, str]]) -> None:
    y = 28.0
    for kind, text in rows:
        pdf.set_font("F", "B" if kind in ("h", "b") else "", 11 if kind == "h" else 10)
        pdf.set_xy(15, y)
        pdf.cell(180, 5, text)
        y += 5.5


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och ungdomsnämnden 2024-05-21")
    pdf.set_author("Halmstads kommun")
    pdf.set_producer("heldout78")
    pdf.set_auto_page_break(False)

    pdf.add_page()
    _furniture(pdf, 1)
    pdf.set_font("F", "B", 14)
    pdf.set_xy(15, 24)
    pdf.cell(0, 8, "Sammanträdesprotokoll")
    pdf.set_font("F", "", 10)
    pdf.set_xy(15, 34)
    pdf.cell(0, 5, "Plats och tid: Rådhuset, Halmstad, tisdagen den 21 maj 2024 kl. 13.00–16.10")
    y = 44.0
    for left, right in zip(PAGE1_LEFT, PAGE1_RIGHT + [""] * (len(PAGE1_LEFT) - len(PAGE1_RIGHT)), strict=True):
        pdf.set_xy(15, y)
        pdf.cell(90, 5, left)
        pdf.set_xy(110, y)
        pdf.cell(85, 5, right)
        y += 5.5

    pdf.add_page()
    _furniture(pdf, 2)
    _body(pdf, PAGE2)
    pdf.add_page()
    _furniture(pdf, 3)
    _body(pdf, PAGE3)
    pdf.output(str(DOCS / "halmstad-bun-2024-05-21-protokoll.pdf"))


def make_docx() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "KUNGÄLVS KOMMUN\tSocialnämnden\tProtokoll 2024-09-24"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_heading("Sammanträdesprotokoll – Socialnämnden", level=1)
    d.add_paragraph("Plats och tid:\tStadshuset, Kungälv, sal Fontin, kl. 08.30–11.45")
    d.add_paragraph("Sammanträdesdatum:\t2024-09-24")

    rows = [
        ("Beslutande", "", ""),
        ("Ledamöter", "Birgitta Olofsson\t(M)", "ordförande"),
        ("", "Hampus Ek\t(S)", "vice ordförande"),
        ("", "Sofia Lindqvist\t(KD)", ""),
        ("", "Rolf Svensson\t(SD)", ""),
        ("", "Jenny Åström\t(S)", ""),
        ("Tjänstgörande ersättare", "Ahmad Noori\t(S)", "ersätter Kent Lund (S)"),
        ("", "Eva Falk\t(C)", "ersätter Maj Gustafsson (C)"),
        ("Ersättare", "Tove Berggren\t(V)\nIngvar Holm\t(M)", "ej tjänstgörande"),
        ("Övriga", "Linda Carlsson\tsocialchef\nDaniel Persson\tnämndsekreterare", ""),
        ("Justerare", "Hampus Ek (S)", ""),
        ("Paragrafer", "§§ 88–89", ""),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, (a, b, c) in enumerate(rows):
        cells = table.rows[r].cells
        cells[0].text = a
        cells[1].text = b
        cells[2].text = c
    # "Beslutande" spans the whole first row; "Ledamöter" spans its five rows; "Tjänstgörande ersättare" two.
    table.cell(0, 0).merge(table.cell(0, 2))
    table.cell(1, 0).merge(table.cell(5, 0))
    table.cell(6, 0).merge(table.cell(7, 0))
    table.cell(9, 1).merge(table.cell(9, 2))

    d.add_paragraph("")
    d.add_paragraph("Underskrifter")
    d.add_paragraph("Sekreterare\t.................................\tDaniel Persson")
    d.add_paragraph("Ordförande\t.................................\tBirgitta Olofsson")
    d.add_paragraph("Justerande\t.................................\tHampus Ek")
    d.add_paragraph("ANSLAG/BEVIS: Protokollet är justerat. Anslaget uppsätts 2024-09-27 och tas ned 2024-10-19.")

    d.add_heading("§ 88\tIdéburet offentligt partnerskap med Kvinnojouren i Kungälv", level=2)
    d.add_paragraph("Dnr SN 2024/0412")
    d.add_paragraph("Sammanfattning", style="Heading 3")
    d.add_paragraph(
        "Kungälvs kommun och Kvinnojouren i Kungälv har sedan 2021 samverkat i ett idéburet offentligt "
        "partnerskap (IOP) om skyddat boende och stödsamtal. Partnerskapet löper ut 2024-12-31. Förvaltningen "
        "föreslår ett nytt partnerskap för perioden 2025–2027. Socialstyrelsen och Länsstyrelsen i Västra "
        "Götalands län har i sin tillsyn 2023 pekat på behovet av långsiktiga avtal. Socialförvaltningens "
        "tjänsteskrivelse 2024-09-05 ligger till grund för ärendet."
    )
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph(
        "Birgitta Olofsson (M) yrkar bifall till förvaltningens förslag. Rolf Svensson (SD) yrkar att "
        "partnerskapet begränsas till ett år."
    )
    d.add_paragraph("Omröstning", style="Heading 3")
    d.add_paragraph("Omröstning begärs och genomförs med följande resultat:")
    vt = d.add_table(rows=2, cols=3)
    vt.style = "Table Grid"
    for i, (h, v) in enumerate(zip(("Ja", "Nej", "Avstår"), ("6", "1", "0"), strict=True)):
        vt.cell(0, i).text = h
        vt.cell(1, i).text = v
    d.add_paragraph("Ja för ordförandens förslag, nej för Rolf Svenssons förslag.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Socialnämnden beslutar:")
    d.add_paragraph(
        "Socialnämnden ingår idéburet offentligt partnerskap med Kvinnojouren i Kungälv för 2025–2027.",
        style="List Number",
    )
    d.add_paragraph("Socialchefen får i uppdrag att underteckna överenskommelsen.", style="List Number")
    d.add_paragraph("Reservation", style="Heading 3")
    d.add_paragraph("Rolf Svensson (SD) reserverar sig till förmån för eget yrkande.")

    d.add_heading("§ 89\tSvar på motion om trygghetsboende i Ytterby", level=2)
    d.add_paragraph("Dnr SN 2024/0230, KS 2024/0877")
    d.add_paragraph(
        "Kommunfullmäktige har remitterat motionen från Pia Stjärna (V) till socialnämnden för yttrande. "
        "Motionen är daterad 2024-03-11. Socialförvaltningens tjänsteskrivelse 2024-08-29. Kungälvsbostäder AB "
        "har lämnat uppgifter om lediga lägenheter."
    )
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph(
        "Socialnämnden överlämnar förvaltningens tjänsteskrivelse som sitt yttrande till kommunfullmäktige."
    )
    d.add_paragraph("Särskilt yttrande", style="Heading 3")
    d.add_paragraph("Jenny Åström (S) och Ahmad Noori (S) lämnar ett särskilt yttrande, bilaga 1.")
    d.add_paragraph("Ersättaryttrande", style="Heading 3")
    d.add_paragraph("Ersättaren Tove Berggren (V) instämmer i Socialdemokraternas särskilda yttrande.")

    cp = d.core_properties
    cp.author = "Kungälvs kommun"
    cp.last_modified_by = "Kungälvs kommun"
    cp.title = "Protokoll socialnämnden 2024-09-24"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = DOCS / "kungalv-sn-2024-09-24-protokoll.docx"
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 1, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))


if __name__ == "__main__":
    make_pdf()
    make_docx()
