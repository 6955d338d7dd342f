"""Generate the binary documents of tests/heldout76/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout76/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout76/gold/
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
FIXED_PDF = dt.datetime(2024, 4, 15, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 13, 0, 0)

# PDF: Karlstads kommun, revisorerna 2024-04-11, full protocol (§§ 7-10).
# Each page is a list of (style, text); "H" = paragraph heading with the Dnr in parentheses at the end.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("T", "KARLSTADS KOMMUN"),
        ("T", "Revisorerna – Protokoll"),
        ("p", "Sammanträde: torsdag 2024-04-11 kl. 13.00–15.30, Stadshuset, sal Klarälven"),
        ("p", "Paragrafer: 7–10"),
        ("L", "Närvarande förtroendevalda revisorer"),
        ("p", "Bengt Asp (S), ordförande · Ulla Wiik (M), vice ordförande · Gunilla Ros (V) · "
              "Per-Olof Dahl (C) · Nina Kask (S) · Hans Ek (SD) · Lena Björk (L)"),
        ("L", "Sakkunniga biträden"),
        ("p", "Magnus Falk, certifierad kommunal revisor, Öhrlings PricewaterhouseCoopers AB"),
        ("p", "Sara Nord, revisionskonsult, Öhrlings PricewaterhouseCoopers AB"),
        ("L", "Justerare"),
        ("p", "Ulla Wiik"),
        ("L", "Underskrifter"),
        ("p", "Sekreterare ......................................  Linnéa Holm"),
        ("p", "Ordförande  ......................................  Bengt Asp"),
        ("p", "Justerare   ......................................  Ulla Wiik"),
        ("p", "Protokollet justerades 2024-04-16. Revisorernas protokoll anslås inte; det är en allmän "
              "handling som kan begäras ut från kommunledningsförvaltningen."),
    ],
    [
        ("r", "Revisorerna, Karlstads kommun · 2024-04-11 · sida 2 av 3"),
        ("H", "§ 7  Val av justerare"),
        ("p", "Revisorerna utser Ulla Wiik att justera protokollet tillsammans med ordföranden."),
        ("H", "§ 8  Granskning av styrningen av investeringsprojekt (REV 2024/3)"),
        ("p", "Öhrlings PricewaterhouseCoopers AB har på revisorernas uppdrag granskat om kommunstyrelsen "
              "och teknik- och fastighetsnämnden har en ändamålsenlig styrning av större investeringsprojekt. "
              "Granskningsrapporten är daterad 2024-03-27. Bedömningen är att styrningen delvis är "
              "ändamålsenlig; kalkylerna för Sandgrundsbadet har reviderats tre gånger sedan 2022-09-01."),
        ("p", "Revisorerna beslutar"),
        ("p", "att överlämna granskningsrapporten till kommunstyrelsen och teknik- och fastighetsnämnden med "
              "begäran om svar senast 2024-06-28,"),
        ("p", "att sända rapporten till kommunfullmäktige för kännedom."),
        ("H", "§ 9  Revisionsberättelse för år 2023 och ansvarsprövning (REV 2024/4)"),
        ("p", "Revisorerna har granskat den verksamhet som bedrivits i styrelse och nämnder samt, genom "
              "lekmannarevisorerna, i Karlstads Bostads AB och Karlstads Energi AB. Granskningen har skett "
              "enligt 12 kap. 1 § kommunallagen (2017:725) och god revisionssed. Kommunfullmäktige "
              "behandlar årsredovisningen och ansvarsfrågan 2024-05-16."),
        ("p", "Gunilla Ros (V) yrkar att revisorerna riktar anmärkning mot arbetsmarknads- och "
              "socialnämnden för bristande intern kontroll av försörjningsstödet. Ordföranden Bengt Asp "
              "(S) yrkar bifall till förslaget till revisionsberättelse utan anmärkning."),
        ("p", "Ordföranden ställer yrkandena mot varandra. Omröstning begärs. Med röstsiffrorna 5–2, "
              "ingen avstod, beslutar revisorerna enligt ordförandens yrkande."),
        ("p", "Revisorerna beslutar"),
        ("p", "1. att avge revisionsberättelse för 2023 enligt bilaga 1,"),
        ("p", "2. att tillstyrka att fullmäktige beviljar styrelse och nämnder samt de enskilda "
              "ledamöterna i dessa organ ansvarsfrihet,"),
        ("p", "3. att tillstyrka att årsredovisningen för 2023 godkänns."),
        ("p", "Gunilla Ros (V) reserverar sig skriftligt, bilaga 2."),
    ],
    [
        ("r", "Revisorerna, Karlstads kommun · 2024-04-11 · sida 3 av 3"),
        ("H", "§ 10  Revisionsplan 2024 – information (REV 2024/1)"),
        ("p", "Magnus Falk redovisar hur revisionsplanen för 2024 genomförs. Förstudien om "
              "kompetensförsörjning i förskolan startar i maj; Region Värmland berörs inte."),
        ("p", "Revisorerna lägger informationen till handlingarna."),
        ("p", "Protokollsanteckning: Hans Ek (SD) och Lena Björk (L) antecknar att de vill att "
              "granskningen av Karlstads Energi AB prioriteras 2025."),
        ("p", "Vid protokollet"),
        ("p", "Linnéa Holm, sekreterare"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Revisorerna protokoll 2024-04-11")
    pdf.set_author("Karlstads kommun")
    pdf.set_creator("heldout76")
    pdf.set_producer("heldout76")
    pdf.set_auto_page_break(auto=True, margin=15)
    for page in PDF_PAGES:
        pdf.add_page()
        for style, text in page:
            if style == "T":
                pdf.set_font("F", "B", 14)
                pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "L":
                pdf.set_font("F", "B", 10)
                pdf.ln(2)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "H":
                pdf.set_font("F", "B", 11)
                pdf.ln(4)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "r":
                pdf.set_font("F", "", 8)
                pdf.multi_cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    pdf.output(str(DOCS / "karlstad-rev-2024-04-11-protokoll.pdf"))


# DOCX: Uppsala kommun, överförmyndarnämnden 2024-05-22, full protocol (§§ 41-44).
ATTENDANCE: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Uppdrag"),
    ("Karin Lundqvist", "M", "Ordförande"),
    ("Emil Stjärna", "S", "2:e vice ordförande"),
    ("Birgitta Hall", "L", "Ledamot"),
    ("Ahmed Nouri", "S", "Tjänstgörande ersättare för Sven Lund (S)"),
    ("Tove Berglöf", "V", "Ledamot"),
    ("Jan-Erik Rask", "SD", "Ledamot"),
    ("Ingela Sund", "C", "Ledamot"),
    ("Mira Hedlund", "KD", "Ersättare, ej tjänstgörande"),
    ("Karl Åsberg", "", "Enhetschef, överförmyndarförvaltningen"),
    ("Nils Forsberg", "", "Nämndsekreterare"),
]

# (kind, text): "ph" = paragraph heading table row "§ n | title | Dnr", "num" = Word List Number.
DOCX_BODY: list[tuple[str, str]] = [
    ("ph", "§ 41|Entledigande och byte av god man enligt 11 kap. 4 § föräldrabalken|ÖFN 2024-00411"),
    ("p", "Huvudman: [uppgift borttagen enligt 32 kap. 3 § offentlighets- och sekretesslagen (2009:400)]"),
    ("p", "Nuvarande ställföreträdare har 2024-04-30 begärt att bli entledigad. Förvaltningens "
          "tjänsteskrivelse 2024-05-08 föreslår att en ny god man förordnas."),
    ("b", "Överförmyndarnämndens beslut"),
    ("num", "Nämnden entledigar nuvarande god man från uppdraget."),
    ("num", "Nämnden förordnar ny god man enligt sekretessbilaga 1."),
    ("ph", "§ 42|Ansökan om samtycke till försäljning av fastighet – huvudman under förvaltarskap|"
           "ÖFN 2023-01877"),
    ("p", "Sekretess enligt 32 kap. 3 § offentlighets- och sekretesslagen. Värdering från "
          "Svensk Fastighetsförmedling 2024-03-19 finns i akten."),
    ("b", "Överförmyndarnämndens beslut"),
    ("p", "Överförmyndarnämnden beslutar i enlighet med sekretessbilaga 2."),
    ("ph", "§ 43|Riktlinjer för arvodering av ställföreträdare från och med 2025|ÖFN 2024-00092"),
    ("p", "Förvaltningen har tagit fram nya riktlinjer utifrån Sveriges Kommuner och Regioners "
          "cirkulär och prisbasbeloppet för 2024. Tjänsteskrivelse 2024-05-06."),
    ("p", "Yrkanden: Tove Berglöf (V) yrkar avslag på förslaget om sänkt arvode för "
          "ekonomisk förvaltning. Karin Lundqvist (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Ordföranden ställer proposition och finner bifall. Omröstning begärs."),
    ("vote", "Ja-röster\t4\nNej-röster\t2\nAvstår\t1"),
    ("b", "Överförmyndarnämndens beslut"),
    ("num", "Riktlinjerna antas enligt bilaga 3."),
    ("num", "Riktlinjerna gäller för arvoden som avser tid från och med 2025-01-01."),
    ("p", "Reservation: Tove Berglöf (V) och Emil Stjärna (S) reserverar sig mot beslutet."),
    ("p", "Särskilt yttrande: Ingela Sund (C) lämnar ett särskilt yttrande om utbildning av "
          "gode män, bilaga 4."),
    ("p", "Ersättaren Mira Hedlund (KD) ställer sig bakom Ingela Sunds särskilda yttrande."),
    ("ph", "§ 44|Avtal om gemensam rekrytering och utbildning av ställföreträdare med Knivsta kommun|"
           "ÖFN 2024-00117"),
    ("p", "Uppsala kommun och Knivsta kommun föreslås teckna ett avtal om gemensam rekrytering och "
          "utbildning av gode män och förvaltare. Överförmyndarnämnden i Knivsta kommun beslutade om "
          "avtalet 2024-05-14. Tjänsteskrivelse 2024-05-02. Avtalet gäller 2024-07-01–2026-06-30."),
    ("b", "Överförmyndarnämndens beslut"),
    ("num", "Nämnden godkänner avtalet mellan Uppsala kommun och Knivsta kommun."),
    ("num", "Paragrafen justeras omedelbart."),
    ("p", "Expedieras: Knivsta kommun, Länsstyrelsen i Uppsala län"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "UPPSALA KOMMUN\tÖVERFÖRMYNDARNÄMNDEN\tSAMMANTRÄDESPROTOKOLL 2024-05-22"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_paragraph("Sammanträde den 22 maj 2024, kl. 15.00–16.45, Stationsgatan 12, Uppsala")
    d.add_paragraph("Paragrafer 41–44 (§§ 41–42 sekretess)")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in ATTENDANCE:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Justerare: Emil Stjärna (S)")
    d.add_paragraph("Justeringens plats och tid: Stadshuset 2024-05-24")
    sig = d.add_table(rows=0, cols=2)
    for role, name in (("Sekreterare", "Nils Forsberg"), ("Ordförande", "Karin Lundqvist"),
                       ("Justerare", "Emil Stjärna")):
        cells = sig.add_row().cells
        cells[0].text = role
        cells[1].text = "…………………………\n" + name
    d.add_page_break()
    for kind, text in DOCX_BODY:
        if kind == "ph":
            d.add_paragraph()
            nr, title, dnr = text.split("|")
            row = d.add_table(rows=1, cols=3).rows[0].cells
            row[0].text = nr
            row[1].text = title
            row[2].text = "Dnr " + dnr
            row[1].paragraphs[0].runs[0].bold = True
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "vote":
            vt = d.add_table(rows=0, cols=2)
            for line in text.split("\n"):
                cells = vt.add_row().cells
                cells[0].text, cells[1].text = line.split("\t")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Uppsala kommun"
    cp.last_modified_by = "Uppsala kommun"
    cp.title = "Protokoll överförmyndarnämnden 2024-05-22"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 13, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "uppsala-ofn-2024-05-22-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
