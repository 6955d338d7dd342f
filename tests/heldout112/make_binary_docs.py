# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout112/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout112/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.

- ekero-mbn-2024-11-14-protokoll.pdf: a Platina-style export (header box and "Justerandes
  signatur / Utdragsbestyrkande" box on every page, label|value first page with a two-column
  Beslutande grid, "§ n  Title" with "Dnr …" on its own line below).
- vingaker-ks-2025-11-25-protokollsutdrag.docx: a Public 360-style Word extract (header table
  with PAGE/NUMPAGES fields, footer signature table, meta table, § number and title in a
  borderless table, "Dnr …" as the next paragraph, Word bullet lists, Utdragsbestyrkande).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 11, 19, 15, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 12, 2, 9, 30, 0)
ZIP_TIME = (2025, 12, 2, 9, 30, 0)

# ----------------------------------------------------------------------------------------------
# PDF: Ekerö kommun, Miljö- och byggnadsnämnden 2024-11-14, full protocol (Platina-style export).

EKERO_HEAD = ("EKERÖ KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Miljö- och byggnadsnämnden", "2024-11-14")

# First page: (label, value) rows; value may be a list of lines.
EKERO_FIRST: list[tuple[str, object]] = [
    ("Plats och tid", ["Kommunhuset, Tappström, sammanträdesrum Mälaren,",
                       "torsdagen den 14 november 2024 kl. 18.00–20.40"]),
    ("Beslutande", "GRID"),
    ("Ej tjänstgörande ersättare", ["Gustav Hedin (M), Ann-Marie Falk (S), Rolf Kvist (SD)"]),
    ("Övriga närvarande", ["Per Hallgren, miljö- och byggchef",
                           "Cecilia Roos, bygglovshandläggare, § 131",
                           "Emma Nyberg, miljöinspektör, § 133",
                           "Therese Björk, nämndsekreterare"]),
    ("Utses att justera", ["Kjell Ryding (S)"]),
    ("Justeringens plats och tid", ["Kommunhuset, Tappström, 2024-11-19 kl. 10.00"]),
]
EKERO_GRID_HEAD = ("Ledamöter", "Tjänstgörande ersättare")
EKERO_GRID = [
    ("Lena Grip (M), ordförande", "Olle Bengtsson (KD) för Sara Ekdahl (KD)"),
    ("Anders Sjökvist (C), vice ordförande", "Tiina Mäkelä (MP) för Jonas Vall (V)"),
    ("Birgitta Holmberg (S), 2:e vice ordförande", ""),
    ("Fredrik Åkerman (M)", ""),
    ("Helene Lidén (L)", ""),
    ("Kjell Ryding (S)", ""),
    ("Marcus Ljung (SD)", ""),
]
EKERO_SIGN = [("Sekreterare", "Therese Björk"), ("Ordförande", "Lena Grip"), ("Justerare", "Kjell Ryding")]
EKERO_ANSLAG = [
    ("Organ", "Miljö- och byggnadsnämnden"),
    ("Sammanträdesdatum", "2024-11-14"),
    ("Datum för anslags uppsättande", "2024-11-20"),
    ("Datum för anslags nedtagande", "2024-12-12"),
    ("Förvaringsplats för protokollet", "Kommunhuset, Tappström"),
    ("Underskrift", "......................................   Therese Björk"),
]

# Body: "§|n|title" paragraph heading, "#" bold sub-heading, "=" new page, "V|…" vote table row,
# "" blank line, anything else a text line.
EKERO_BODY = """\
=
§|131|Ansökan om bygglov för nybyggnad av flerbostadshus, Tappström 1:212
Dnr BYGG 2024-000587

#Beslut
1. Miljö- och byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen (2010:900).
2. Avgiften för bygglovet fastställs till 142 600 kronor enligt nämndens taxa.
3. Startbesked lämnas i ett separat beslut.

#Ärendet
Mälaröarnas Bostadsutveckling AB ansöker om bygglov för ett flerbostadshus i fyra våningar med 32 lägenheter. Ansökan kom in 2024-06-12 och var komplett 2024-08-05. Byggnadshöjden överskrider detaljplanens bestämmelse (laga kraft 1998-05-27) med 0,6 meter. Grannar har fått tillfälle att yttra sig till och med 2024-09-20 och två har lämnat erinringar. Ekerö Vatten AB har yttrat sig om anslutningspunkter för vatten och avlopp.

#Beslutsunderlag
Tjänsteskrivelse 2024-10-30
Situationsplan och fasadritningar, inkomna 2024-08-05
Grannars yttranden, inkomna 2024-09-16 och 2024-09-19

#Yrkanden
Lena Grip (M) yrkar bifall till förvaltningens förslag.
Birgitta Holmberg (S) yrkar avslag på ansökan eftersom avvikelsen inte kan anses liten. Kjell Ryding (S) och Tiina Mäkelä (MP) yrkar bifall till Birgitta Holmbergs avslagsyrkande.

#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag mot avslagsyrkandet och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs. Ja för förvaltningens förslag, nej för Birgitta Holmbergs avslagsyrkande.
V|Ledamot|Ja|Nej|Avstår
V|Lena Grip (M)|X||
V|Anders Sjökvist (C)|X||
V|Birgitta Holmberg (S)||X|
V|Fredrik Åkerman (M)|X||
V|Helene Lidén (L)|X||
V|Kjell Ryding (S)||X|
V|Marcus Ljung (SD)|X||
V|Olle Bengtsson (KD)|X||
V|Tiina Mäkelä (MP)||X|
V|Summa|6|3|0
Nämnden har beslutat enligt förvaltningens förslag.

#Reservation
Birgitta Holmberg (S), Kjell Ryding (S) och Tiina Mäkelä (MP) reserverar sig mot beslutet.

#Upplysning
Beslutet kan överklagas till Länsstyrelsen i Stockholms län inom tre veckor från delgivning.

#Beslutet skickas till
Sökanden, kända sakägare, Lantmäteriet

§|132|Yttrande över remiss om bildande av naturreservatet Lovö ekhagar
Dnr MBN 2024/0118

#Beslut
Miljö- och byggnadsnämnden antar förvaltningens förslag till yttrande och överlämnar det till Länsstyrelsen i Stockholms län.

Paragrafen förklaras omedelbart justerad.

#Ärendet
Länsstyrelsen i Stockholms län har remitterat ett förslag till beslut om bildande av naturreservatet Lovö ekhagar till Ekerö kommun (Länsstyrelsens dnr 512-28874-2024), med svar senast 2024-11-22. Kommunstyrelsen har överlämnat remissen till miljö- och byggnadsnämnden för yttrande. Reservatet bildas med stöd av 7 kap. 4 § miljöbalken. Statens fastighetsverk förvaltar marken.

#Beslutsunderlag
Tjänsteskrivelse 2024-10-25
Förslag till yttrande 2024-10-25

#Yrkande
Anders Sjökvist (C) yrkar bifall till förvaltningens förslag.

#Protokollsanteckning
Tiina Mäkelä (MP) antecknar till protokollet att Miljöpartiet hade önskat att reservatet även omfattade strandängarna vid Lovön.

§|133|Taxa för prövning och tillsyn enligt miljöbalken och för offentlig kontroll av livsmedel 2025
Dnr MBN 2024/0131

#Miljö- och byggnadsnämndens förslag till kommunfullmäktige
1. Taxa för prövning och tillsyn enligt miljöbalken antas enligt bilaga 2 § 133.
2. Timavgiften för offentlig kontroll inom livsmedelsområdet fastställs till 1 420 kronor.
3. Taxorna gäller från och med 2025-01-01.

#Ärendet
Taxan bygger på den taxemodell som Sveriges Kommuner och Regioner har tagit fram. Livsmedelsavgifterna tas ut enligt förordningen (2021:176) om avgifter för offentlig kontroll av livsmedel, med vägledning från Livsmedelsverket. Nuvarande taxa antogs av kommunfullmäktige 2023-12-11, § 142.

#Beslutsunderlag
Tjänsteskrivelse 2024-10-21
Förslag till taxa, bilaga 2 § 133

#Yrkanden
Helene Lidén (L) yrkar bifall till förvaltningens förslag. Marcus Ljung (SD) yrkar att timavgiften ska vara oförändrad, 1 350 kronor.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.

#Särskilt yttrande
Marcus Ljung (SD) lämnar ett särskilt yttrande, bilaga 3 § 133. Rolf Kvist (SD), ersättare, ansluter sig till yttrandet.

#Beslutet skickas till
Kommunfullmäktige

§|134|Redovisning av delegationsbeslut
Dnr MBN 2024/0002

#Ärendet
Förteckning över delegationsbeslut fattade under perioden 2024-09-28 till 2024-10-31 redovisas: bygglov och anmälan 86 beslut, miljö- och hälsoskydd 41 beslut, livsmedelskontroll 17 beslut.

#Beslut
Miljö- och byggnadsnämnden lägger redovisningen till handlingarna.
"""


class PlatinaPDF(FPDF):
    def header(self) -> None:
        kommun, kind, organ, date = EKERO_HEAD
        self.set_draw_color(90, 90, 90)
        self.rect(15, 10, 180, 16)
        self.set_xy(17, 11.5)
        self.set_font("F", "B", 11)
        self.cell(70, 6, kommun)
        self.set_font("F", "B", 9)
        self.cell(70, 6, kind)
        self.set_font("F", "", 9)
        self.cell(36, 6, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(17, 18)
        self.cell(70, 6, organ)
        self.cell(70, 6, f"Sammanträdesdatum {date}")
        self.set_xy(15, 32)

    def footer(self) -> None:
        self.set_y(-24)
        self.set_draw_color(90, 90, 90)
        self.set_font("F", "", 7)
        self.set_x(15)
        self.cell(60, 10, "Justerandes signatur", border=1, align="L")
        self.cell(60, 10, "", border=1)
        self.cell(60, 10, "Utdragsbestyrkande", border=1, align="L")


def make_ekero_pdf() -> None:
    pdf = PlatinaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll miljö- och byggnadsnämnden 2024-11-14")
    pdf.set_author("Miljö- och byggnadsnämnden")
    pdf.set_creator("Platina")
    pdf.set_producer("fpdf2")
    pdf.set_margins(15, 32, 15)
    pdf.set_auto_page_break(True, margin=28)
    pdf.alias_nb_pages()
    pdf.add_page()

    label_w, value_x = 48, 65
    for label, value in EKERO_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_x(15)
        pdf.multi_cell(label_w, 5, label, align="L", new_x="LMARGIN", new_y="TOP")
        label_end = y + 5 * (1 + (len(label) > 24))
        pdf.set_xy(value_x, y)
        pdf.set_font("F", "", 9)
        if value == "GRID":
            pdf.set_font("F", "B", 9)
            pdf.cell(60, 5, EKERO_GRID_HEAD[0])
            pdf.cell(70, 5, EKERO_GRID_HEAD[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 9)
            for left, right in EKERO_GRID:
                pdf.set_x(value_x)
                pdf.cell(60, 5, left)
                pdf.cell(70, 5, right, new_x="LMARGIN", new_y="NEXT")
        else:
            for line in value:
                pdf.set_x(value_x)
                pdf.cell(130, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), label_end) + 3)

    # Underskrifter
    y = pdf.get_y() + 2
    pdf.set_xy(15, y)
    pdf.set_font("F", "B", 9)
    pdf.cell(label_w, 5, "Underskrifter")
    for i, (role, name) in enumerate(EKERO_SIGN):
        pdf.set_xy(value_x, y + i * 13)
        pdf.set_font("F", "", 9)
        pdf.cell(25, 5, role)
        pdf.cell(70, 5, "......................................")
        if i == 0:
            pdf.cell(35, 5, "Paragrafer 131–134")
        pdf.set_xy(value_x + 25, y + i * 13 + 5)
        pdf.cell(70, 5, name)
    pdf.set_y(y + 3 * 13 + 4)

    # ANSLAG/BEVIS box
    top = pdf.get_y()
    pdf.set_font("F", "B", 9)
    pdf.set_x(17)
    pdf.cell(170, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.set_x(17)
    pdf.cell(170, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
             new_x="LMARGIN", new_y="NEXT")
    for label, value in EKERO_ANSLAG:
        pdf.set_x(17)
        pdf.cell(60, 5, label)
        pdf.cell(110, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(15, top - 1, 180, pdf.get_y() - top + 3)

    for line in EKERO_BODY.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("§|"):
            _, num, title = line.split("|", 2)
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("F", "B", 11)
            pdf.set_x(15)
            pdf.cell(20, 6, f"§ {num}")
            pdf.set_xy(35, y)
            pdf.multi_cell(160, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("V|"):
            cols = line.split("|")[1:]
            bold = cols[0] in ("Ledamot", "Summa")
            pdf.set_font("F", "B" if bold else "", 9)
            pdf.set_x(35)
            pdf.cell(60, 5, cols[0], border=1)
            for c in cols[1:]:
                pdf.cell(18, 5, c, border=1, align="C")
            pdf.ln(5)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            pdf.set_x(35)
            pdf.multi_cell(160, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 9.5)
        pdf.set_x(35)
        pdf.multi_cell(160, 4.6, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "ekero-mbn-2024-11-14-protokoll.pdf"))


# ----------------------------------------------------------------------------------------------
# DOCX: Vingåkers kommun, Kommunstyrelsen 2025-11-25, protokollsutdrag §§ 187–188 (Public 360-style).

VK_META = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2025-11-25"),
    ("Paragrafer", "187–188"),
    ("Justerare", "Peter Lind (M)"),
    ("Justeringsdatum", "2025-12-02"),
]

# ("par", number, title, dnr) | ("h", text) | ("p", text) | ("b", bullet text)
VK_BODY: list[tuple[str, ...]] = [
    ("par", "187", "Medfinansieringsavtal med Trafikverket för gång- och cykelväg Vingåker–Marmorbyn",
     "Dnr KS 2025/00312"),
    ("h", "Kommunstyrelsens beslut"),
    ("b", "Kommunstyrelsen godkänner medfinansieringsavtal mellan Vingåkers kommun och Trafikverket om "
          "gång- och cykelväg längs väg 52 mellan Vingåker och Marmorbyn."),
    ("b", "Kommunens andel om högst 4,2 mnkr finansieras inom investeringsbudgeten för 2026."),
    ("b", "Paragrafen justeras omedelbart."),
    ("h", "Ärendebeskrivning"),
    ("p", "Trafikverket och kommunen har tillsammans tagit fram en åtgärdsvalsstudie för sträckan. Trafikverkets "
          "ärendenummer är TRV 2025/41877. Halva kostnaden finansieras genom länsplanen för regional "
          "transportinfrastruktur, som Region Sörmland beslutar om. Byggstart planeras till hösten 2026. "
          "Medfinansieringen lämnas med stöd av 2 kap. 1 § lagen (2009:47) om vissa kommunala befogenheter."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, samhällsbyggnadschef, 2025-11-03"),
    ("p", "Förslag till medfinansieringsavtal, 2025-10-28"),
    ("p", "Kommunstyrelsens arbetsutskott 2025-11-11, § 201"),
    ("h", "Yrkande"),
    ("p", "Kerstin Wallin (S) yrkar bifall till arbetsutskottets förslag."),
    ("h", "Beslutet skickas till"),
    ("p", "Trafikverket"),
    ("p", "Region Sörmland, för kännedom"),
    ("par", "188", "Svar på motion om markanvisning för egnahem i Högsjö", "Dnr KS 2025/00087"),
    ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen anses besvarad."),
    ("h", "Ärendebeskrivning"),
    ("p", "Bengt Hjort (C) föreslår i en motion daterad 2025-02-17 att kommunen ska ta fram tomter för egnahem "
          "i Högsjö. Kommunfullmäktige överlämnade motionen till kommunstyrelsen 2025-03-24, § 22. "
          "Förvaltningen redovisar att planarbetet för Högsjö påbörjas 2026 och att Vingåkershem AB inte "
          "planerar någon nyproduktion i orten."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-10-20"),
    ("p", "Motion 2025-02-17"),
    ("p", "Kommunstyrelsens arbetsutskott 2025-11-11, § 204"),
    ("h", "Yrkanden"),
    ("p", "Bengt Hjort (C) yrkar bifall till motionen. Linda Åsberg (KD) instämmer i Bengt Hjorts yrkande."),
    ("p", "Ordföranden yrkar bifall till arbetsutskottets förslag."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller arbetsutskottets "
          "förslag. Votering begärs och genomförs. Ja-röst för arbetsutskottets förslag, nej-röst för Bengt "
          "Hjorts yrkande. Med sju ja-röster mot fyra nej-röster beslutar kommunstyrelsen enligt "
          "arbetsutskottets förslag."),
    ("h", "Reservation"),
    ("p", "Bengt Hjort (C) och Linda Åsberg (KD) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("h", "Protokollsanteckning"),
    ("p", "Robert Skog (SD) får föra följande anteckning till protokollet: ”Sverigedemokraterna ser positivt på "
          "fler tomter på landsbygden men avvaktar planarbetet.”"),
    ("h", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),
]


def add_field(paragraph, instr: str, result: str) -> None:
    """Append a complex field (begin / instrText / separate / result / end) to a paragraph."""

    def fld(kind: str) -> None:
        run = OxmlElement("w:r")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run.append(el)
        paragraph._p.append(run)

    fld("begin")
    run = OxmlElement("w:r")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run.append(instr_el)
    paragraph._p.append(run)
    fld("separate")
    paragraph.add_run(result)
    fld("end")


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def make_vingaker_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokollsutdrag kommunstyrelsen 2025-11-25 §§ 187–188"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Public 360"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(22)

    # Header: 2 x 3 table, page number as PAGE / NUMPAGES fields.
    header = sec.header
    header.paragraphs[0].text = ""
    ht = header.add_table(rows=2, cols=3, width=Mm(166))
    ht.style = "Table Grid"
    ht.cell(0, 0).paragraphs[0].add_run("VINGÅKERS KOMMUN").bold = True
    ht.cell(0, 1).paragraphs[0].add_run("PROTOKOLLSUTDRAG").bold = True
    p = ht.cell(0, 2).paragraphs[0]
    p.add_run("Sida ")
    add_field(p, "PAGE", "1")
    p.add_run(" (")
    add_field(p, "NUMPAGES", "2")
    p.add_run(")")
    ht.cell(1, 0).paragraphs[0].text = "Kommunstyrelsen"
    ht.cell(1, 1).paragraphs[0].text = "Sammanträdesdatum"
    ht.cell(1, 2).paragraphs[0].text = "2025-11-25"

    # Footer: signature boxes.
    footer = sec.footer
    footer.paragraphs[0].text = ""
    ft = footer.add_table(rows=1, cols=3, width=Mm(166))
    ft.style = "Table Grid"
    ft.cell(0, 0).paragraphs[0].text = "Justerandes signatur"
    ft.cell(0, 1).paragraphs[0].text = ""
    ft.cell(0, 2).paragraphs[0].text = "Utdragsbestyrkande"

    meta = d.add_table(rows=0, cols=2)
    no_borders(meta)
    for label, value in VK_META:
        cells = meta.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    d.add_paragraph()

    first = True
    for item in VK_BODY:
        kind = item[0]
        if kind == "par":
            _, num, title, dnr = item
            if not first:
                d.add_page_break()
            first = False
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            t.cell(0, 0).width = Mm(25)
            t.cell(0, 1).width = Mm(141)
            t.cell(0, 0).paragraphs[0].add_run(f"§ {num}").bold = True
            t.cell(0, 1).paragraphs[0].add_run(title).bold = True
            d.add_paragraph(dnr)
        elif kind == "h":
            hp = d.add_paragraph()
            hp.paragraph_format.space_before = Pt(8)
            hp.add_run(item[1]).bold = True
        elif kind == "b":
            d.add_paragraph(item[1], style="List Bullet")
        else:
            d.add_paragraph(item[1])

    d.add_paragraph()
    st = d.add_table(rows=4, cols=2)
    no_borders(st)
    st.cell(0, 0).paragraphs[0].add_run("Ordförande").bold = True
    st.cell(0, 1).paragraphs[0].add_run("Justerare").bold = True
    st.cell(1, 0).text = "Kerstin Wallin"
    st.cell(1, 1).text = "Peter Lind"
    st.cell(2, 0).paragraphs[0].add_run("Sekreterare").bold = True
    st.cell(3, 0).text = "Malin Frost"
    d.add_paragraph()
    ub = d.add_paragraph()
    ub.add_run("Utdragsbestyrkande").bold = True
    d.add_paragraph("Rätt utdraget intygar: Malin Frost, Vingåker 2025-12-02")
    tail = d.add_paragraph("Protokollet i sin helhet finns tillgängligt på kommunens webbplats.")
    tail.alignment = WD_ALIGN_PARAGRAPH.LEFT

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "vingaker-ks-2025-11-25-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_ekero_pdf()
    make_vingaker_docx()


if __name__ == "__main__":
    main()
