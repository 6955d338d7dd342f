"""Generate the binary documents of tests/heldout72/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout72/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout72/gold/
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
FIXED_PDF = dt.datetime(2024, 4, 26, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 11, 0, 0)

# PDF: Karlskrona kommun, socialnämnden 2024-04-24, full protocol (3 §§).
PDF_NAME = "karlskrona-sn-2024-04-24-protokoll.pdf"
HEAD = ("Karlskrona kommun", "SAMMANTRÄDESPROTOKOLL", "Socialnämnden 2024-04-24")

ATTENDANCE: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Uppdrag"),
    ("Ewa Lindgren", "M", "Ordförande"),
    ("Jessica Nord", "S", "1:e vice ordförande"),
    ("Bo Sjöström", "SD", "2:e vice ordförande"),
    ("Kerstin Ahl", "M", "Ledamot"),
    ("Ali Hassan", "S", "Ledamot"),
    ("Fredrik Ström", "KD", "Ledamot"),
    ("Gun Persson", "V", "Ledamot"),
    ("Olof Dahl", "SD", "Ledamot"),
    ("Anneli Roos", "L", "Tjänstgörande ersättare för Per Holm (L)"),
    ("Mona Kraft", "V", "Ersättare"),
    ("Daniel Berg", "S", "Ersättare"),
]

PAGE1_TOP = [
    ("Plats och tid", "Rådhuset, sammanträdesrum Wachtmeister, kl. 13.00–16.10"),
]
PAGE1_BOTTOM = [
    ("Övriga närvarande", "Karin Sundqvist, socialchef\nLena Falk, nämndsekreterare"),
    ("Utses att justera", "Kerstin Ahl (M)"),
    ("Justeringens plats och tid", "Socialförvaltningen, Ronnebygatan 2, 2024-04-29"),
    ("Paragrafer", "61–63"),
    ("Sekreterare", "..........................................\nLena Falk"),
    ("Ordförande", "..........................................\nEwa Lindgren"),
    ("Justerande", "..........................................\nKerstin Ahl"),
    ("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag. "
                     "Anslaget sätts upp 2024-04-30 och tas ned 2024-05-22. Förvaringsplats: "
                     "Socialförvaltningen."),
]

PARAGRAPHS: list[list[tuple[str, str]]] = [
    [
        ("h", "SN § 61\tDnr SN.2024.112"),
        ("t", "Yttrande över remiss – Regional handlingsplan för suicidprevention i Blekinge 2024–2030"),
        ("b", "Ärendebeskrivning"),
        ("p", "Region Blekinge har skickat förslag till regional handlingsplan för suicidprevention på "
              "remiss till länets kommuner (Region Blekinges diarienummer 2024/00318). Remissen kom in "
              "2024-02-12 och svar ska lämnas senast 2024-05-15. Planen har tagits fram tillsammans med "
              "Länsstyrelsen Blekinge län och Polisområde Blekinge."),
        ("b", "Beslutsunderlag"),
        ("p", "Socialförvaltningens tjänsteskrivelse 2024-04-03\nFörslag till yttrande"),
        ("b", "Beslut"),
        ("p", "Socialnämnden beslutar\natt anta socialförvaltningens förslag till yttrande som sitt eget, och\n"
              "att översända yttrandet till Region Blekinge."),
        ("b", "Ersättaryttrande"),
        ("p", "Ersättaren Mona Kraft (V) lämnar följande yttrande: Handlingsplanen behöver kompletteras med "
              "insatser för unga vuxna som står utanför arbetsmarknaden."),
        ("b", "Expedieras"),
        ("p", "Region Blekinge"),
    ],
    [
        ("h", "SN § 62\tDnr SN.2024.087"),
        ("t", "Överenskommelse om idéburet offentligt partnerskap mellan socialnämnden och Karlskrona "
              "Stadsmission 2025–2027"),
        ("b", "Ärendebeskrivning"),
        ("p", "Karlskrona Stadsmission driver sedan 2021 ett dagcenter för personer i hemlöshet med stöd av "
              "ett idéburet offentligt partnerskap. Nuvarande överenskommelse gäller till och med "
              "2024-12-31. Förvaltningen föreslår en ny överenskommelse för 2025–2027 med ett årligt bidrag "
              "om 2,4 miljoner kronor. Upphandlingsreglerna i lagen (2016:1145) om offentlig upphandling "
              "är inte tillämpliga, se 1 kap. 2 § LOU."),
        ("b", "Beslutsunderlag"),
        ("p", "Socialförvaltningens tjänsteskrivelse 2024-03-28\nFörslag till överenskommelse"),
        ("b", "Yrkanden"),
        ("p", "Ordföranden yrkar bifall till förvaltningens förslag. Gun Persson (V) instämmer i "
              "ordförandens yrkande."),
        ("b", "Beslut"),
        ("p", "1. Socialnämnden godkänner överenskommelsen om idéburet offentligt partnerskap med Karlskrona "
              "Stadsmission för perioden 2025–2027.\n"
              "2. Socialchefen får i uppdrag att underteckna överenskommelsen.\n"
              "3. Paragrafen justeras omedelbart."),
        ("b", "Expedieras"),
        ("p", "Karlskrona Stadsmission"),
    ],
    [
        ("h", "SN § 63\tDnr SN.2023.415"),
        ("t", "Revidering av riktlinje för handläggning av ekonomiskt bistånd"),
        ("b", "Ärendebeskrivning"),
        ("p", "Riktlinjen har reviderats med anledning av ändringar i 4 kap. 1 § socialtjänstlagen och "
              "nya riksnormer från Socialstyrelsen. Riktlinjen antogs senast av nämnden 2022-11-23, § 140."),
        ("b", "Beslutsunderlag"),
        ("p", "Socialförvaltningens tjänsteskrivelse 2024-04-08\nReviderad riktlinje"),
        ("b", "Yrkanden"),
        ("p", "Ordföranden yrkar bifall till förvaltningens förslag.\n"
              "Jessica Nord (S) yrkar att avsnittet om hushållsel stryks ur riktlinjen."),
        ("b", "Omröstning"),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller ordförandens "
              "yrkande. Omröstning begärs. Ja-röst för ordförandens yrkande, nej-röst för Jessica Nords "
              "yrkande.\nJa: Ewa Lindgren (M), Bo Sjöström (SD), Kerstin Ahl (M), Fredrik Ström (KD), "
              "Olof Dahl (SD), Anneli Roos (L)\nNej: Jessica Nord (S), Ali Hassan (S), Gun Persson (V)\n"
              "Med 6 ja-röster mot 3 nej-röster bifaller nämnden ordförandens yrkande."),
        ("b", "Beslut"),
        ("p", "Socialnämnden antar reviderad riktlinje för handläggning av ekonomiskt bistånd, att gälla "
              "från och med 2024-06-01."),
        ("b", "Reservation"),
        ("p", "Jessica Nord (S), Ali Hassan (S) och Gun Persson (V) reserverar sig till förmån för Jessica "
              "Nords yrkande."),
        ("b", "Expedieras"),
        ("p", "Individ- och familjeomsorgen"),
    ],
]


def _header(pdf: FPDF) -> None:
    pdf.set_font("F", "B", 10)
    pdf.set_xy(15, 12)
    pdf.cell(60, 5, HEAD[0])
    pdf.cell(60, 5, HEAD[1])
    pdf.set_font("F", "", 9)
    pdf.cell(60, 5, HEAD[2], align="R")
    pdf.set_xy(15, 18)
    pdf.cell(0, 5, f"Sida {pdf.page_no()} av {{nb}}", align="R")
    pdf.set_xy(15, 28)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Socialnämnden 2024-04-24")
    pdf.set_author("Karlskrona kommun")
    pdf.set_creator("heldout72")
    pdf.set_producer("heldout72")
    pdf.add_page()
    _header(pdf)
    for label, text in PAGE1_TOP:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.cell(45, 5, label)
        pdf.set_font("F", "", 10)
        pdf.set_xy(62, y)
        pdf.multi_cell(133, 5, text)
        pdf.ln(2)
    pdf.set_font("F", "B", 9)
    pdf.cell(45, 5, "Beslutande och ersättare")
    pdf.ln(6)
    for i, (name, party, role) in enumerate(ATTENDANCE):
        pdf.set_font("F", "B" if i == 0 else "", 9)
        pdf.set_x(15)
        pdf.cell(50, 5, name, border=1)
        pdf.cell(15, 5, party, border=1)
        pdf.cell(115, 5, role, border=1)
        pdf.ln(5)
    pdf.ln(3)
    for label, text in PAGE1_BOTTOM:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 5, label)
        y2 = pdf.get_y()
        pdf.set_font("F", "", 10)
        pdf.set_xy(62, y)
        pdf.multi_cell(133, 5, text)
        pdf.set_y(max(pdf.get_y(), y2))
        pdf.ln(2)
    for par in PARAGRAPHS:
        pdf.add_page()
        _header(pdf)
        for kind, text in par:
            if pdf.get_y() > 265:
                pdf.add_page()
                _header(pdf)
            pdf.set_x(15)
            if kind == "h":
                left, right = text.split("\t")
                pdf.set_font("F", "B", 11)
                pdf.cell(90, 6, left)
                pdf.set_font("F", "", 10)
                pdf.cell(90, 6, right, align="R")
                pdf.ln(7)
            elif kind == "t":
                pdf.set_font("F", "B", 11)
                pdf.multi_cell(180, 6, text)
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("F", "B", 10)
                pdf.cell(180, 5, text)
                pdf.ln(5)
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(180, 5, text)
                pdf.ln(2)
        pdf.set_xy(15, 280)
        pdf.set_font("F", "", 8)
        pdf.cell(180, 4, "Justerandes sign ..........          Utdragsbestyrkande")
    pdf.output(str(DOCS / PDF_NAME))


# DOCX: Varbergs kommun, barn- och utbildningsnämnden 2024-05-22, full protocol (3 §§).
DOCX_NAME = "varberg-bun-2024-05-22-protokoll.docx"
DOCX_HEADER = "Varbergs kommun\tSammanträdesprotokoll\nBarn- och utbildningsnämnden\t2024-05-22"
DOCX_FIRST: list[tuple[str, str]] = [
    ("title", "Barn- och utbildningsnämnden"),
    ("p", "Plats och tid: Stadshuset, sal Fästningen, Varberg, onsdagen den 22 maj 2024 kl. 08.30–12.15"),
]
DOCX_TABLE: list[tuple[str, str]] = [
    ("Beslutande ledamöter", "Åsa Karlsson (M), ordförande\nMaria Lund (S), 1:e vice ordförande\n"
                             "Johan Eriksson (C), 2:e vice ordförande\nLars-Göran Björk (L)\n"
                             "Olivia Hed (M)\nKent Ivarsson (SD)\nHassan Yilmaz (S)\nEmma Berntsson (KD)\n"
                             "Nils Ahlqvist (M), tjänstgörande ersättare för Camilla Ros (M)"),
    ("Ersättare", "Per Ohlsson (V)\nJenny Wik (SD)"),
    ("Övriga närvarande", "Sven Hall, förvaltningschef\nElin Strand, nämndsekreterare"),
    ("Justerare", "Johan Eriksson (C)"),
    ("Justeringens plats och tid", "Barn- och utbildningsförvaltningen, 2024-05-27"),
    ("Protokollet omfattar", "§§ 34–36"),
]
DOCX_SIGN = [
    "Sekreterare\t..................................\tElin Strand",
    "Ordförande\t..................................\tÅsa Karlsson",
    "Justerare\t..................................\tJohan Eriksson",
]
DOCX_BODY: list[tuple[str, str]] = [
    ("h1", "§ 34 Yttrande över motion om avgiftsfri simskola för alla barn i årskurs 1"),
    ("p", "BUN 2024/0088, KS 2023/0611"),
    ("h2", "Sammanfattning"),
    ("p", "Linnea Sjöholm (S) har i en motion till kommunfullmäktige den 12 december 2023 föreslagit att "
          "alla barn i årskurs 1 ska erbjudas avgiftsfri simskola. Kommunstyrelsen har remitterat motionen "
          "till barn- och utbildningsnämnden för yttrande. Förvaltningen bedömer att simundervisningen "
          "enligt läroplanen redan ges inom idrott och hälsa och föreslår att motionen avstyrks."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-04-30, barn- och utbildningsförvaltningen"),
    ("h2", "Yrkanden"),
    ("p", "Åsa Karlsson (M) yrkar bifall till förvaltningens förslag. Maria Lund (S) yrkar att nämnden "
          "tillstyrker motionen."),
    ("h2", "Beslutsgång"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller hennes eget yrkande. "
          "Votering begärs. Nämnden beslutar med sju röster mot två att bifalla ordförandens yrkande. "
          "Ingen ledamot avstår."),
    ("h2", "Beslut"),
    ("p", "Barn- och utbildningsnämnden antar förvaltningens förslag till yttrande och överlämnar det till "
          "kommunstyrelsen."),
    ("h2", "Reservation"),
    ("p", "Maria Lund (S) och Hassan Yilmaz (S) reserverar sig mot beslutet."),
    ("p", "Beslutet skickas till: Kommunstyrelsen"),
    ("h1", "§ 35 Avtal om platser i anpassad grundskola mellan Varbergs kommun och Falkenbergs kommun"),
    ("p", "BUN 2024/0102"),
    ("h2", "Sammanfattning"),
    ("p", "Falkenbergs kommun köper sedan 2022 platser i Varbergs kommuns anpassade grundskola. Avtalet "
          "förlängs till och med 2026-06-30 med en ersättning per elev som räknas upp enligt 10 kap. 39 § "
          "skollagen. Falkenbergs kommun har godkänt avtalet 2024-04-25."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-05-06, barn- och utbildningsförvaltningen\nFörslag till avtal"),
    ("h2", "Beslut"),
    ("num", "Barn- och utbildningsnämnden godkänner avtalet om platser i anpassad grundskola med "
            "Falkenbergs kommun."),
    ("num", "Förvaltningschefen får i uppdrag att underteckna avtalet."),
    ("h2", "Protokollsanteckning"),
    ("p", "Kent Ivarsson (SD) får anteckna till protokollet att ersättningsnivån bör ses över inför 2026."),
    ("p", "Beslutet skickas till: Falkenbergs kommun"),
    ("h1", "§ 36 Verksamhetsplan med budget 2025 för barn- och utbildningsnämnden"),
    ("p", "BUN 2024/0041"),
    ("h2", "Sammanfattning"),
    ("p", "Kommunfullmäktige fastställde den 16 april 2024 budgetramar för 2025. Nämndens ram är 2 146 "
          "miljoner kronor. Förvaltningen har tagit fram förslag till verksamhetsplan med budget."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-05-08, barn- och utbildningsförvaltningen\nVerksamhetsplan med budget 2025"),
    ("h2", "Beslut"),
    ("num", "Barn- och utbildningsnämnden antar verksamhetsplan med budget 2025."),
    ("num", "Paragrafen justeras omedelbart."),
    ("h2", "Särskilt yttrande"),
    ("p", "Maria Lund (S) m.fl. lämnar ett särskilt yttrande: Budgeten ger inte utrymme för mindre "
          "barngrupper i förskolan."),
    ("p", "Ersättaren Per Ohlsson (V) instämmer i Socialdemokraternas särskilda yttrande."),
    ("p", "Beslutet skickas till: Kommunstyrelsen"),
]


def _num_restart(d: docx.document.Document, para: docx.text.paragraph.Paragraph) -> None:
    """Give each decision list its own numbering instance so that it restarts at 1."""
    numbering = d.part.numbering_part.numbering_definitions._numbering
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    p_pr = para._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num.numId


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = DOCX_HEADER
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\tUtdragsbestyrkande"
    for kind, text in DOCX_FIRST:
        if kind == "title":
            d.add_heading(text, level=0)
        else:
            d.add_paragraph(text)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in DOCX_TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("")
    d.add_paragraph("Underskrifter")
    for line in DOCX_SIGN:
        d.add_paragraph(line)
    d.add_page_break()
    first_in_list = True
    for kind, text in DOCX_BODY:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
            first_in_list = True
        elif kind == "num":
            para = d.add_paragraph(text, style="List Number")
            if first_in_list:
                _num_restart(d, para)
                list_num = para._p.pPr.numPr.numId.val
                first_in_list = False
            else:
                para._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = list_num
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Varbergs kommun"
    cp.last_modified_by = "Varbergs kommun"
    cp.title = "Protokoll BUN 2024-05-22"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / DOCX_NAME).write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
