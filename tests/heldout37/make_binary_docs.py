"""Generate the binary documents of tests/heldout37/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout37/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout37/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 4, 19, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 10, 0, 0)

# PDF: Region Stockholm, regionstyrelsen 2024-04-16, full protocol (§§ 70-72).
# Attendance as a three-column grid (name | party without parentheses | role); the case number of
# each paragraph stands in a right-hand margin column beside the title.
ATTENDANCE: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Närvarande ledamöter", [
        ("Karin Stenlund", "S", "ordförande"),
        ("Jessica Ahlberg", "V", "1:e vice ordförande"),
        ("Viktor Hallgren", "M", "2:e vice ordförande"),
        ("Tobias Nyrén", "S", ""),
        ("Helena Forsmark", "S", ""),
        ("Rasmus Hed", "S", ""),
        ("Daniel Ekwall", "MP", ""),
        ("Ulrika Sandén", "M", ""),
        ("Peter Ahlin", "SD", ""),
        ("Anneli Grahn", "SD", ""),
        ("Lina Boström", "L", ""),
        ("Mikael Rosander", "C", ""),
    ]),
    ("Tjänstgörande ersättare", [
        ("Mona Falk", "KD", "för Lars Wik (KD)"),
    ]),
    ("Ej tjänstgörande ersättare", [
        ("Maja Törnqvist", "C", ""),
        ("Ahmed Sheikh", "S", ""),
        ("Eva Rydén", "M", ""),
    ]),
    ("Övriga närvarande", [
        ("Johan Kjellberg", "", "regiondirektör"),
        ("Sara Lundin", "", "chefsjurist"),
        ("Malin Öberg", "", "nämndsekreterare"),
    ]),
]

PAGE1_TAIL: list[str] = [
    "Justerare: Viktor Hallgren och Lina Boström",
    "Justeringens plats och tid: Regionledningskontoret, 2024-04-19",
    "Paragrafer: 70–72",
]

SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Malin Öberg"),
    ("Ordförande", "Karin Stenlund"),
    ("Justerare", "Viktor Hallgren                    Lina Boström"),
]

ANSLAG: list[str] = [
    "ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Datum för anslag 2024-04-22          Datum för nedtagande 2024-05-14",
    "Förvaringsplats för protokollet: Regionledningskontoret",
]

# Each paragraph: number, title, margin case number, then (kind, text) blocks: "h" section heading, "p" text.
PDF_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("§ 70",
     "Remiss från Socialdepartementet – Betänkandet Framtidens primärvård – nära och tillgänglig (SOU 2024:12)",
     "RS 2024-00123",
     [
         ("h", "Ärendebeskrivning"),
         ("p", "Region Stockholm har fått betänkandet Framtidens primärvård – nära och tillgänglig (SOU 2024:12) "
               "på remiss från Socialdepartementet (departementets diarienummer S2024/01234). Remissen inkom den "
               "9 februari 2024 och svar ska lämnas senast den 10 maj 2024. Utredningen föreslår bland annat "
               "ändringar i 13 a kap. 1 § hälso- och sjukvårdslagen (2017:30). Hälso- och sjukvårdsnämnden har "
               "yttrat sig över betänkandet den 19 mars 2024, § 44."),
         ("h", "Beslutsunderlag"),
         ("p", "Regionledningskontorets tjänsteutlåtande 2024-03-28"),
         ("p", "Hälso- och sjukvårdsnämndens beslut 2024-03-19 § 44"),
         ("p", "Förslag till yttrande, bilaga 1"),
         ("h", "Yrkanden"),
         ("p", "Ordföranden Karin Stenlund (S) yrkar bifall till regionledningskontorets förslag. Viktor "
               "Hallgren (M) och Ulrika Sandén (M) instämmer i ordförandens yrkande."),
         ("h", "Regionstyrelsens beslut"),
         ("p", "1. Regionstyrelsen avger yttrande till Socialdepartementet enligt bilaga 1."),
         ("p", "2. Paragrafen förklaras omedelbart justerad."),
         ("h", "Särskilt yttrande"),
         ("p", "Vi ställer oss bakom yttrandet men vill understryka att finansieringen av en stärkt primärvård "
               "måste säkras långsiktigt och inte får tas från akutsjukvården."),
         ("p", "Moderaterna"),
         ("p", "Viktor Hallgren"),
         ("h", "Ersättaryttrande"),
         ("p", "Centerpartiet instämmer i Moderaternas särskilda yttrande."),
         ("p", "För Centerpartiet"),
         ("p", "Maja Törnqvist"),
         ("h", "Expedieras"),
         ("p", "Socialdepartementet, Hälso- och sjukvårdsnämnden"),
     ]),
    ("§ 71", "Avtal om fortsatt samverkan kring Tiohundra AB", "RS 2024-00187",
     [
         ("h", "Ärendebeskrivning"),
         ("p", "Region Stockholm och Norrtälje kommun har träffat avtal om fortsatt gemensam styrning av "
               "hälso- och sjukvården och omsorgen i Norrtälje genom Tiohundra AB och Kommunalförbundet "
               "Sjukvård och omsorg i Norrtälje. Det nuvarande avtalet löper ut den 31 december 2024. Det nya "
               "avtalet gäller 2025-01-01–2029-12-31. Norrtälje kommun godkände avtalet den 8 april 2024."),
         ("h", "Beslutsunderlag"),
         ("p", "Regionledningskontorets tjänsteutlåtande 2024-03-25"),
         ("p", "Avtal, bilaga 2"),
         ("h", "Yrkanden"),
         ("p", "Karin Stenlund (S) yrkar bifall till regionledningskontorets förslag."),
         ("p", "Peter Ahlin (SD) yrkar att ärendet återremitteras för att utreda kostnaderna för "
               "kommunalförbundets administration."),
         ("h", "Beslutsgång"),
         ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att så är fallet. "
               "Votering begärs. Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet "
               "ska återremitteras röstar nej. Omröstningsresultat: 11 ja-röster och 2 nej-röster. Ingen avstod."),
         ("p", "Därefter finner ordföranden att regionstyrelsen bifaller regionledningskontorets förslag."),
         ("h", "Regionstyrelsens beslut"),
         ("p", "1. Regionstyrelsen godkänner avtalet mellan Region Stockholm och Norrtälje kommun om Tiohundra AB."),
         ("p", "2. Regiondirektören får i uppdrag att underteckna avtalet."),
         ("h", "Reservation"),
         ("p", "Peter Ahlin (SD) och Anneli Grahn (SD) reserverar sig mot beslutet."),
         ("h", "Expedieras"),
         ("p", "Norrtälje kommun, Tiohundra AB"),
     ]),
    ("§ 72", "Yttrande över remiss från Finansdepartementet – Promemorian Ändrade regler för generella "
             "statsbidrag till regionerna", "RS 2024-00254",
     [
         ("h", "Ärendebeskrivning"),
         ("p", "Finansdepartementet har remitterat promemorian (Fi2024/00321) till samtliga regioner. Svar "
               "ska lämnas senast 2024-05-03. Promemorian föreslår ändringar i 5 § lagen (2004:773) om "
               "kommunalekonomisk utjämning."),
         ("h", "Beslutsunderlag"),
         ("p", "Regionledningskontorets tjänsteutlåtande 2024-04-02"),
         ("h", "Yrkanden"),
         ("p", "Karin Stenlund (S) yrkar bifall till förslaget."),
         ("h", "Regionstyrelsens beslut"),
         ("p", "Regionstyrelsen avger yttrande enligt bilaga 3."),
         ("h", "Protokollsanteckning"),
         ("p", "Lina Boström (L) lämnar följande protokollsanteckning för Liberalerna: Utjämningssystemet "
               "bör ses över i sin helhet."),
         ("h", "Expedieras"),
         ("p", "Finansdepartementet"),
     ]),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll regionstyrelsen 2024-04-16")
    pdf.set_author("Region Stockholm")
    pdf.set_creator("heldout37")
    pdf.set_producer("heldout37")
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(100, 7, "Region Stockholm")
    pdf.set_font("F", "B", 11)
    pdf.cell(80, 7, "PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(100, 6, "Regionstyrelsen")
    pdf.cell(80, 6, "Sammanträdesdatum 2024-04-16", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(180, 5, "Tid och plats: Regionens hus, Hantverkargatan 45, Stockholm, kl. 10.00–12.15")
    pdf.ln(2)
    for heading, rows in ATTENDANCE:
        pdf.set_font("F", "B", 10)
        pdf.cell(180, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 10)
        for name, party, role in rows:
            pdf.cell(60, 5, name)
            pdf.cell(20, 5, party)
            pdf.cell(100, 5, role, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    for line in PAGE1_TAIL:
        pdf.cell(180, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, name in SIGNATURES:
        pdf.cell(30, 5, label)
        pdf.cell(150, 5, "..................................", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(30, 5, "")
        pdf.cell(150, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    for i, line in enumerate(ANSLAG):
        pdf.set_font("F", "B" if i == 0 else "", 9)
        pdf.cell(180, 5, line, border="LR" if i else "LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(180, 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for number, title, dnr, blocks in PDF_PARAGRAPHS:
        y = pdf.get_y()
        pdf.set_font("F", "B", 11)
        pdf.set_xy(10, y)
        pdf.cell(18, 6, number)
        pdf.set_xy(28, y)
        pdf.multi_cell(130, 6, title)
        y_after = pdf.get_y()
        pdf.set_font("F", "", 9)
        pdf.set_xy(160, y)
        pdf.cell(40, 6, dnr, align="R")
        pdf.set_xy(10, y_after + 2)
        for kind, text in blocks:
            if kind == "h":
                pdf.set_font("F", "B", 10)
                pdf.set_x(28)
                pdf.cell(150, 6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "", 10)
                pdf.set_x(28)
                pdf.multi_cell(150, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.output(str(DOCS / "regionstockholm-rs-2024-04-16-protokoll.pdf"))


# DOCX: Region Stockholm, trafiknämnden 2024-05-21, full protocol (§§ 41-43).
# Members listed by party ("S: A (ordf.), B"), header in the Word header, "Diarienummer" right-aligned under
# the bold title, parties of an agreement as a bulleted list under "Parter:".
DOCX_HEADER = "Region Stockholm\tTrafiknämnden\tPROTOKOLL 2024-05-21"
DOCX_PARAS: list[tuple[str, str]] = [
    ("p", "Plats och tid: Trafikförvaltningen, Lindhagensgatan 100, Stockholm, tisdagen den 21 maj 2024 "
          "kl. 14.00–15.40"),
    ("b", "Beslutande ledamöter (partivis)"),
    ("p", "S: Ulla Berglöf (ordf.), Kent Lidén, Amra Hodžić"),
    ("p", "M: Carl-Johan Wettergren (1:e v. ordf.), Sanna Öhrvall"),
    ("p", "V: Nils Rundqvist (2:e v. ordf.)"),
    ("p", "MP: Ida Grönvall"),
    ("p", "SD: Jörgen Sjödin"),
    ("p", "L: Petra Ahlgren tjg för Magnus Krantz"),
    ("p", "C: Åsa Nordin"),
    ("p", "KD: Björn Sandgren"),
    ("b", "Ersättare (ej tjänstgörande)"),
    ("p", "Yusuf Demir (S), Linnea Krook (M), Tove Almgren (V)"),
    ("b", "Tjänstepersoner"),
    ("p", "Marcus Fjäll, trafikdirektör; Jenny Olausson, chefsjurist; Emil Strandberg, nämndsekreterare"),
    ("p", "Justerare: Carl-Johan Wettergren (M)"),
    ("p", "Justeringsdag: 2024-05-24"),
    ("p", "Paragrafer: §§ 41–43"),
    ("sig", ""),
    ("p", "Bevis om anslag: Protokollet har tillkännagetts på Region Stockholms digitala anslagstavla "
          "2024-05-27."),
    ("break", ""),
    ("h", "§ 41"),
    ("t", "Samverkansavtal om stombusstrafik i Solna och Sundbyberg"),
    ("r", "Diarienummer TN 2024-0415"),
    ("b", "Ärendet"),
    ("p", "Trafikförvaltningen har tillsammans med Solna stad och Sundbybergs stad tagit fram ett samverkansavtal "
          "om framkomlighetsåtgärder för stombusslinjerna genom de båda kommunerna."),
    ("p", "Parter:"),
    ("li", "Region Stockholm, genom trafiknämnden (org.nr 232100-0016)"),
    ("li", "Solna stad (org.nr 212000-0183)"),
    ("li", "Sundbybergs stad (org.nr 212000-2882)"),
    ("p", "Avtalet avser perioden 2024-08-19–2030-06-30 och fördelar kostnaderna enligt 4 § i avtalet."),
    ("b", "Beslutsunderlag"),
    ("p", "Trafikförvaltningens tjänsteutlåtande 2024-04-29"),
    ("p", "Förslag till samverkansavtal, version 2024-04-15"),
    ("b", "Yrkanden"),
    ("p", "Ulla Berglöf (S) yrkar bifall till förvaltningens förslag. Jörgen Sjödin (SD) yrkar avslag."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att trafiknämnden bifaller förvaltningens "
          "förslag."),
    ("b", "Trafiknämndens beslut"),
    ("num", "Trafiknämnden godkänner samverkansavtalet med Solna stad och Sundbybergs stad."),
    ("num", "Trafikdirektören får i uppdrag att underteckna avtalet."),
    ("b", "Reservation"),
    ("p", "Jörgen Sjödin (SD) reserverar sig mot beslutet."),
    ("h", "§ 42"),
    ("t", "Remissvar – Promemorian Förenklad tillståndsprövning för linjetrafik på väg"),
    ("r", "Diarienummer TN 2024-0298 (departementets dnr LI2024/02231)"),
    ("b", "Ärendet"),
    ("p", "Landsbygds- och infrastrukturdepartementet har remitterat promemorian till Region Stockholm. "
          "Regionstyrelsen har överlämnat remissen till trafiknämnden för besvarande. Svar ska ha kommit in "
          "senast den 14 juni 2024. Promemorian föreslår att Transportstyrelsen ska pröva tillstånd enligt "
          "2 kap. 1 § yrkestrafiklagen (2012:210) i ett förenklat förfarande."),
    ("b", "Beslutsunderlag"),
    ("p", "Trafikförvaltningens tjänsteutlåtande 2024-05-06"),
    ("b", "Yrkanden"),
    ("p", "Ulla Berglöf (S) yrkar bifall till förvaltningens förslag till remissvar."),
    ("b", "Trafiknämndens beslut"),
    ("num2", "Trafiknämnden besvarar remissen enligt förvaltningens förslag till remissvar, bilaga 1."),
    ("num2", "Paragrafen justeras omedelbart."),
    ("b", "Särskilt yttrande"),
    ("p", "Vi delar bedömningen i remissvaret men anser att regionen bör verka för att tillståndsprövningen "
          "flyttas till regionerna."),
    ("p", "För Moderaterna och Kristdemokraterna"),
    ("p", "Carl-Johan Wettergren (M)"),
    ("p", "Björn Sandgren (KD)"),
    ("b", "Ersättaryttrande"),
    ("p", "Ersättaren Linnea Krook (M) ansluter sig till det särskilda yttrandet."),
    ("h", "§ 43"),
    ("t", "Anmälan av delegationsbeslut"),
    ("r", "Diarienummer TN 2024-0012"),
    ("p", "Förteckning över delegationsbeslut fattade under perioden 2024-04-01–2024-04-30, daterad 2024-05-06."),
    ("b", "Trafiknämndens beslut"),
    ("p", "Trafiknämnden lägger anmälan till handlingarna."),
]


def _restart_numbering(d: docx.document.Document, paragraph) -> None:  # type: ignore[name-defined]
    """Give a List Number paragraph a fresh numbering instance so the list starts at 1 again."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num.numId


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = DOCX_HEADER
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ____________    Utdragsbestyrkande ____________"
    first_in_list = True
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "t":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "r":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
            first_in_list = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        elif kind in ("num", "num2"):
            p = d.add_paragraph(text, style="List Number")
            if first_in_list and kind == "num2":
                _restart_numbering(d, p)
            first_in_list = False
        elif kind == "sig":
            table = d.add_table(rows=3, cols=2)
            for row, (label, name) in zip(table.rows, [("Sekreterare", "Emil Strandberg"),
                                                       ("Ordförande", "Ulla Berglöf"),
                                                       ("Justerare", "Carl-Johan Wettergren")], strict=True):
                row.cells[0].text = label
                row.cells[1].text = "……………………………\n" + name
        elif kind == "break":
            d.add_page_break()
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Region Stockholm"
    cp.last_modified_by = "Region Stockholm"
    cp.title = "Protokoll trafiknämnden 2024-05-21"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "regionstockholm-tn-2024-05-21-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
