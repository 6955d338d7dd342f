"""Generate the binary documents of tests/heldout26/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout26/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout26/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2013, 5, 17, 8, 41, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2019, 5, 16, 9, 30, 0)

# ------------------------------------------------------------------------------------------------
# PDF: Degerfors kommun, kommunstyrelsen 2013-05-13, full protocol (§§ 71-74), printed from a
# spreadsheet: every field is a cell of a grid with six columns A-F (widths below), labels in
# column A, long texts in cells merged over B-F, numbered decision points in their own cells,
# the roll call as rows with X marks and a "Summa" row.

COLS = (36, 14, 36, 22, 36, 36)

# A row is a list of (text, colspan) cells; ("#", label) marks a grey section row over all columns.
Row = list[tuple[str, int]]


def full(label: str, text: str) -> Row:
    return [(label, 1), (text, 5)]


def numbered(label: str, num: str, text: str) -> Row:
    return [(label, 1), (num, 1), (text, 4)]


HEAD_ROWS: list[Row] = [
    [("DEGERFORS KOMMUN", 2), ("SAMMANTRÄDESPROTOKOLL", 2), ("Sammanträdesdatum", 1), ("2013-05-13", 1)],
    [("Organ", 1), ("Kommunstyrelsen", 3), ("Paragrafer", 1), ("71–74", 1)],
    [("Plats och tid", 1), ("Kommunhuset, sammanträdesrum Bruket, kl. 13.00–15.40", 5)],
]

ATTENDANCE: list[Row] = [
    [("Namn", 1), ("Parti", 1), ("Funktion", 1), ("Närv. §", 1), ("Anmärkning", 2)],
    [("#", 6), ("BESLUTANDE", 0)],
    [("Kerstin Ådahl", 1), ("S", 1), ("Ordförande", 1), ("71–74", 1), ("", 2)],
    [("Per Lindh", 1), ("M", 1), ("1:e vice ordförande", 1), ("71–74", 1), ("", 2)],
    [("Bengt Sahlin", 1), ("V", 1), ("2:e vice ordförande", 1), ("71–74", 1), ("", 2)],
    [("Annika Roos", 1), ("S", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Håkan Fält", 1), ("S", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Marie Olausson", 1), ("S", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Tomas Eklöf", 1), ("KD", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Eva Granqvist", 1), ("C", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Jonas Vikström", 1), ("M", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Lars-Erik Dahl", 1), ("FP", 1), ("Ledamot", 1), ("71–74", 1), ("", 2)],
    [("Mats Berg", 1), ("S", 1), ("Tjg ersättare", 1), ("71–74", 1), ("Ersätter Anita Ström (S)", 2)],
    [("#", 6), ("ERSÄTTARE", 0)],
    [("Sofia Kallin", 1), ("S", 1), ("Ersättare", 1), ("71–74", 1), ("", 2)],
    [("Ove Jansson", 1), ("V", 1), ("Ersättare", 1), ("71–73", 1), ("Lämnade kl. 15.00", 2)],
    [("#", 6), ("ÖVRIGA NÄRVARANDE", 0)],
    [("Ulf Strand", 1), ("", 1), ("Kommunchef", 1), ("71–74", 1), ("", 2)],
    [("Lena Persson", 1), ("", 1), ("Ekonomichef", 1), ("72", 1), ("", 2)],
    [("Helena Bäck", 1), ("", 1), ("Kommunsekreterare", 1), ("71–74", 1), ("", 2)],
]

SIGN_ROWS: list[Row] = [
    [("Utses att justera", 1), ("Per Lindh (M)", 3), ("Justeringens plats och tid", 1),
     ("Kommunhuset 2013-05-16", 1)],
    [("Underskrifter", 1), ("Sekreterare", 2), ("...............................", 2), ("Paragrafer 71–74", 1)],
    [("", 1), ("", 2), ("Helena Bäck", 2), ("", 1)],
    [("", 1), ("Ordförande", 2), ("...............................", 2), ("", 1)],
    [("", 1), ("", 2), ("Kerstin Ådahl", 2), ("", 1)],
    [("", 1), ("Justerande", 2), ("...............................", 2), ("", 1)],
    [("", 1), ("", 2), ("Per Lindh", 2), ("", 1)],
    [("#", 6), ("ANSLAG/BEVIS", 0)],
    [("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", 6)],
    [("Organ", 1), ("Kommunstyrelsen", 5)],
    [("Sammanträdesdatum", 1), ("2013-05-13", 2), ("Förvaringsplats", 1), ("Kommunkansliet", 2)],
    [("Anslag uppsatt", 1), ("2013-05-17", 2), ("Anslag nedtas", 1), ("2013-06-10", 2)],
    [("Underskrift", 1), ("...............................   Helena Bäck", 5)],
]

PARAGRAPHS: list[list[Row]] = [
    [
        [("§ 71", 1), ("Yttrande över remiss – Länstransportplan för Örebro län 2014–2025", 4),
         ("Dnr KS 2013/0093", 1)],
        full("Ärendebeskrivning",
             "Regionförbundet Örebro har remitterat förslag till länstransportplan för Örebro län "
             "2014–2025 till länets kommuner (Regionförbundets dnr RF 2013/0047). Svar ska lämnas senast "
             "2013-05-31. Förslaget omfattar bland annat åtgärder på väg 205 mellan Degerfors och "
             "Karlskoga. Trafikverket har samtidigt remitterat den nationella planen."),
        full("Beslutsunderlag",
             "Tjänsteskrivelse 2013-04-24\nRemiss från Regionförbundet Örebro 2013-03-28\n"
             "Kommunstyrelsens arbetsutskott 2013-04-29, § 52"),
        full("Yrkanden",
             "Kerstin Ådahl (S) yrkar bifall till arbetsutskottets förslag.\n"
             "Per Lindh (M) yrkar att yttrandet kompletteras med att väg 205 ska prioriteras "
             "under planens första period."),
        full("Propositionsordning",
             "Ordföranden ställer proposition på Per Lindhs tilläggsyrkande och finner det avslaget."),
        numbered("Beslut", "1.",
                 "Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och "
                 "överlämnar det till Regionförbundet Örebro."),
        numbered("", "2.", "Paragrafen justeras omedelbart."),
        full("Expedieras", "Regionförbundet Örebro"),
    ],
    [
        [("§ 72", 1),
         ("Samverkansavtal om gemensam miljö- och byggnämnd för Karlskoga, Degerfors och Storfors", 4),
         ("Dnr KS 2013/0061", 1)],
        full("Ärendebeskrivning",
             "Karlskoga kommun, Degerfors kommun och Storfors kommun har utrett en gemensam nämnd för "
             "miljö- och byggfrågor med Karlskoga kommun som värdkommun. Ett förslag till "
             "samverkansavtal har tagits fram. Den gemensamma nämnden föreslås inrättas 2014-01-01. "
             "Samtidigt upphör den nuvarande miljö- och byggnämnden. Karlskoga kommunstyrelse "
             "behandlade ärendet 2013-04-23, § 88. Ekonomichef Lena Persson redovisar "
             "kostnadsfördelningen."),
        full("Beslutsunderlag",
             "Tjänsteskrivelse 2013-04-22\nFörslag till samverkansavtal, version 2013-04-10\n"
             "Kommunstyrelsens arbetsutskott 2013-04-29, § 54"),
        full("Yrkanden",
             "Bengt Sahlin (V) yrkar bifall till arbetsutskottets förslag.\nEva Granqvist (C) instämmer."),
        full("Beslut", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
        numbered("", "1.", "att godkänna samverkansavtalet,"),
        numbered("", "2.",
                 "att Degerfors kommun ingår i den gemensamma nämnden från 2014-01-01 och att "
                 "den nuvarande miljö- och byggnämnden därmed upphör."),
        full("Protokollsanteckning",
             "Lars-Erik Dahl (FP): Kostnadsfördelningen mellan kommunerna bör följas upp efter två år."),
        full("Expedieras", "Kommunfullmäktige"),
    ],
    [
        [("§ 73", 1), ("Svar på motion om valfrihetssystem enligt LOV inom hemtjänsten", 4),
         ("Dnr KS 2012/0318", 1)],
        full("Ärendebeskrivning",
             "Lars-Erik Dahl (FP) och Jonas Vikström (M) föreslår i en motion daterad 2012-11-26 att "
             "kommunen inför valfrihetssystem enligt lagen (2008:962) om valfrihetssystem inom "
             "hemtjänsten. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2012-12-17, "
             "§ 141. Socialnämnden har yttrat sig 2013-03-20, § 33, och avstyrker motionen."),
        full("Beslutsunderlag",
             "Tjänsteskrivelse 2013-04-18\nSocialnämndens yttrande 2013-03-20, § 33\n"
             "Kommunstyrelsens arbetsutskott 2013-04-29, § 55"),
        full("Yrkanden",
             "Kerstin Ådahl (S) yrkar bifall till arbetsutskottets förslag att avslå motionen.\n"
             "Lars-Erik Dahl (FP) yrkar bifall till motionen.\n"
             "Tomas Eklöf (KD) och Eva Granqvist (C) instämmer i Lars-Erik Dahls yrkande."),
        full("Propositionsordning",
             "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
             "arbetsutskottets förslag. Votering begärs. Votering verkställs med bifall respektive "
             "avslag till arbetsutskottets förslag som propositioner."),
        [("Röstlängd", 1), ("", 1), ("", 1), ("Bifall", 1), ("Avslag", 1), ("Avstår", 1)],
        [("", 1), ("Kerstin Ådahl (S)", 2), ("X", 1), ("", 1), ("", 1)],
        [("", 1), ("Per Lindh (M)", 2), ("", 1), ("X", 1), ("", 1)],
        [("", 1), ("Bengt Sahlin (V)", 2), ("X", 1), ("", 1), ("", 1)],
        [("", 1), ("Annika Roos (S)", 2), ("X", 1), ("", 1), ("", 1)],
        [("", 1), ("Håkan Fält (S)", 2), ("X", 1), ("", 1), ("", 1)],
        [("", 1), ("Marie Olausson (S)", 2), ("X", 1), ("", 1), ("", 1)],
        [("", 1), ("Tomas Eklöf (KD)", 2), ("", 1), ("X", 1), ("", 1)],
        [("", 1), ("Eva Granqvist (C)", 2), ("", 1), ("X", 1), ("", 1)],
        [("", 1), ("Jonas Vikström (M)", 2), ("", 1), ("X", 1), ("", 1)],
        [("", 1), ("Lars-Erik Dahl (FP)", 2), ("", 1), ("X", 1), ("", 1)],
        [("", 1), ("Mats Berg (S)", 2), ("X", 1), ("", 1), ("", 1)],
        [("", 1), ("Summa", 2), ("6", 1), ("5", 1), ("0", 1)],
        full("Omröstning",
             "Omröstningsresultat: 6 röster för bifall, 5 för avslag. Kommunstyrelsen har därmed "
             "bifallit arbetsutskottets förslag."),
        full("Beslut", "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."),
        full("Reservation",
             "Mot beslutet reserverade sig Per Lindh (M), Jonas Vikström (M), Tomas Eklöf (KD), "
             "Eva Granqvist (C) och Lars-Erik Dahl (FP) till förmån för Lars-Erik Dahls yrkande."),
        full("Särskilt yttrande", "Bengt Sahlin (V) lämnar särskilt yttrande, bilaga 1."),
        full("Expedieras", "Kommunfullmäktige\nSocialnämnden"),
    ],
    [
        [("§ 74", 1), ("Anmälan av delegationsbeslut", 4), ("Dnr KS 2013/0012", 1)],
        full("Ärendebeskrivning",
             "Följande beslut fattade med stöd av delegation enligt 6 kap. 33 § kommunallagen "
             "(1991:900) anmäls:"),
        [("Dnr", 1), ("Beslut", 3), ("Delegat", 1), ("Datum", 1)],
        [("KS 2013/0101", 1),
         ("Yttrande till Länsstyrelsen i Örebro län över ansökan om ändrat huvudmannaskap för enskild väg",
          3), ("Kommunchefen", 1), ("2013-04-08", 1)],
        [("KS 2013/0107", 1), ("Tillfälliga ändringar i kommunens attestförteckning", 3),
         ("Ekonomichefen", 1), ("2013-04-15", 1)],
        full("Beslut", "Kommunstyrelsen lägger anmälan av delegationsbesluten till handlingarna."),
    ],
]


SECTION = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))


class GridPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 8)
        self.cell(90, 4, "Degerfors kommun – Kommunstyrelsen – Protokoll 2013-05-13")
        self.cell(90, 4, "Justerandes sign  ________  ________", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(16)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("F", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, "Flik: KS 130513")
        self.cell(60, 4, f"Sida {self.page_no()} av {{nb}}", align="C")
        self.cell(60, 4, "Utskrivet 2013-05-17 08:41", align="R")
        self.set_text_color(0, 0, 0)


def grid(pdf: GridPDF, rows: list[Row]) -> None:
    with pdf.table(col_widths=COLS, first_row_as_headings=False, line_height=4.2,
                   borders_layout="ALL", text_align="LEFT", padding=1) as table:
        for cells in rows:
            row = table.row()
            if cells[0][0] == "#":
                row.cell(cells[1][0], colspan=6, style=SECTION)
                continue
            for text, span in cells:
                row.cell(text, colspan=span)


def make_pdf() -> None:
    pdf = GridPDF(format="A4")
    pdf.set_margins(15, 16, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("KS 130513")
    pdf.set_author("kanslie")
    pdf.set_creator("Microsoft Excel 2010")
    pdf.set_producer("Microsoft Excel 2010")
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.15)
    pdf.add_page()
    pdf.set_font("F", "", 8)
    grid(pdf, HEAD_ROWS)
    pdf.ln(3)
    grid(pdf, ATTENDANCE)
    pdf.ln(3)
    grid(pdf, SIGN_ROWS)
    for rows in PARAGRAPHS:
        pdf.add_page()
        grid(pdf, rows)
    pdf.output(str(DOCS / "degerfors-ks-2013-05-13-protokoll.pdf"))


# ------------------------------------------------------------------------------------------------
# DOCX: Laxå kommun, kommunstyrelsen 2019-05-14, protokollsutdrag (§ 74). Heavily styled: a
# floating VML text box with the body and date, the § heading in a table nested two levels deep
# inside a shaded frame table, custom paragraph styles, words split over differently formatted
# runs, the vote as a label/count table nested in a frame table, the decision as Word list items
# inside a shaded one-cell table, a three-column signature table, header and footer tables.

TEXTBOX = (
    '<w:r %s><w:pict><v:shape id="Textruta 2" type="#_x0000_t202" '
    'style="position:absolute;margin-left:318pt;margin-top:-6pt;width:150pt;height:44pt;z-index:251659264" '
    'fillcolor="#dbe5f1" strokecolor="#1f497d"><v:textbox><w:txbxContent>'
    '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="1F497D"/></w:rPr>'
    "<w:t>KOMMUNSTYRELSEN</w:t></w:r></w:p>"
    '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
    "<w:t>Sammanträdesdatum 2019-05-14</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)

# Body text: (style, [(text, bold, italic, colour) runs]); a plain string is one unformatted run.
Run = tuple[str, bool, bool, str | None]


def runs(*parts: str | Run) -> list[Run]:
    return [(p, False, False, None) if isinstance(p, str) else p for p in parts]


BLUE = "1F497D"
GREY = "595959"


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def borders(table, size: int = 8, colour: str = "1F497D") -> None:
    tbl_pr = table._tbl.tblPr
    edges = "".join(f'<w:{e} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))


def put(par, parts: list[Run], size: float | None = None) -> None:
    for text, bold, italic, colour in parts:
        r = par.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if size:
            r.font.size = Pt(size)


def first_par(cell, text: str, bold: bool = False, size: float | None = None, colour: str | None = None):
    p = cell.paragraphs[0]
    put(p, [(text, bold, False, colour)], size)
    return p


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11.5)
    mell = d.styles.add_style("LK Mellanrubrik", WD_STYLE_TYPE.PARAGRAPH)
    mell.base_style = d.styles["Normal"]
    mell.font.bold = True
    mell.font.small_caps = True
    mell.font.size = Pt(10.5)
    mell.font.color.rgb = RGBColor.from_string(BLUE)
    mell.paragraph_format.space_before = Pt(10)
    mell.paragraph_format.space_after = Pt(2)
    brod = d.styles.add_style("LK Brödtext", WD_STYLE_TYPE.PARAGRAPH)
    brod.base_style = d.styles["Normal"]
    brod.paragraph_format.left_indent = Pt(28)
    brod.paragraph_format.space_after = Pt(4)

    sec = d.sections[0]
    htab = sec.header.add_table(rows=1, cols=2, width=Pt(460))
    first_par(htab.cell(0, 0), "LAXÅ KOMMUN", bold=True, size=14, colour=BLUE)
    hp = first_par(htab.cell(0, 1), "PROTOKOLLSUTDRAG", bold=True, size=9, colour=GREY)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2 = htab.cell(0, 1).add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    put(hp2, [("Sida 1 (1)", False, False, GREY)], 8)
    ftab = sec.footer.add_table(rows=1, cols=2, width=Pt(460))
    first_par(ftab.cell(0, 0), "Laxå kommun · Kommunstyrelsen 2019-05-14 · § 74", size=8, colour=GREY)
    fp = first_par(ftab.cell(0, 1), "Justerandes signatur ________  Utdragsbestyrkande ________",
                   size=8, colour=GREY)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # Floating text box (not in the paragraph text that python-docx returns).
    p0 = d.add_paragraph()
    p0._p.append(parse_xml(TEXTBOX % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"')))
    d.add_paragraph()

    # Frame table > inner table > innermost table with the title and Dnr.
    frame = d.add_table(rows=1, cols=1)
    borders(frame, 12)
    shade(frame.cell(0, 0), "DBE5F1")
    first_par(frame.cell(0, 0), "Ärende", size=8, colour=GREY)
    inner = frame.cell(0, 0).add_table(rows=1, cols=2)
    first_par(inner.cell(0, 0), "§ 74", bold=True, size=20, colour=BLUE)
    innermost = inner.cell(0, 1).add_table(rows=2, cols=1)
    first_par(innermost.cell(0, 0),
              "Yttrande över Trafikverkets åtgärdsvalsstudie för E20 genom Laxå kommun", bold=True, size=13)
    first_par(innermost.cell(1, 0), "Dnr KS 2019/112", size=9, colour=GREY)
    frame.cell(0, 0).add_paragraph()

    def head(text: str) -> None:
        d.add_paragraph(text, style="LK Mellanrubrik")

    def body(*parts: str | Run) -> None:
        put(d.add_paragraph(style="LK Brödtext"), runs(*parts))

    head("Ärendebeskrivning")
    body("Trafik", ("verket", False, False, "000000"),
         " har genomfört en åtgärdsvalsstudie för E20 på sträckan genom Laxå kommun och skickat den på "
         "remiss till Laxå kommun, Hallsbergs kommun, Askersunds kommun och Region Örebro län "
         "(Trafikverkets ärendenummer TRV 2019/31245). Remissen inkom 2019-03-11 och svar ska lämnas "
         "senast 2019-05-31.")
    body("Studien föreslår bland annat mitträcke och viltstängsel mellan Laxå och Vretstorp samt en ny "
         "trafikplats vid Ramundeboda. Förvaltningen ställer sig i huvudsak positiv men anser att "
         "trafiksäkerheten vid anslutningen till väg 204 behöver belysas ytterligare. ",
         ("Region Örebro län", False, True, None),
         " har i sitt yttrande 2019-04-26 framfört liknande synpunkter.")
    head("Beslutsunderlag")
    bp = d.add_paragraph(style="LK Brödtext")
    put(bp, runs("Tjänsteskrivelse från kommunledningsförvaltningen 2019-04-23"))
    bp.add_run().add_break()
    put(bp, runs("Förslag till yttrande 2019-04-17"))
    bp.add_run().add_break()
    put(bp, runs("Kommunstyrelsens arbetsutskott 2019-04-30, § 58"))
    head("Yrkanden")
    body(("Ordföranden", True, False, None), " Åsa Nordin (S) yrkar bifall till arbetsutskottets förslag.")
    body("Stefan Lund (SD) yrkar att yttrandet kompletteras med ett krav på att mitträcke byggs på hela "
         "sträckan genom kommunen före 2025.")
    body("Birgitta Karlsson (C) instämmer i Stefan Lunds yrkande.")
    head("Propositionsordning och omröstning")
    body("Ordföranden ställer proposition på arbetsutskottets förslag mot Stefan Lunds yrkande och finner "
         "att kommunstyrelsen bifaller arbetsutskottets förslag. Votering begärs. Kommunstyrelsen godkänner "
         "följande propositionsordning: Ja-röst för arbetsutskottets förslag, nej-röst för Stefan Lunds "
         "yrkande.")
    vframe = d.add_table(rows=1, cols=1)
    borders(vframe, 6, "7F7F7F")
    first_par(vframe.cell(0, 0), "Omröstningsresultat", bold=True, size=9, colour=GREY)
    vt = vframe.cell(0, 0).add_table(rows=3, cols=2)
    for i, (label, count) in enumerate((("Ja-röster", "7"), ("Nej-röster", "3"), ("Avstår", "1"))):
        first_par(vt.cell(i, 0), label)
        first_par(vt.cell(i, 1), count, bold=True)
    vframe.cell(0, 0).add_paragraph()
    body("Kommunstyrelsen har således beslutat enligt arbetsutskottets förslag.")
    head("Beslut")
    box = d.add_table(rows=1, cols=1)
    borders(box, 12)
    shade(box.cell(0, 0), "F2F2F2")
    first_par(box.cell(0, 0), "Kommunstyrelsen beslutar", bold=True)
    for text in ("Förvaltningens förslag till yttrande antas som kommunens svar på remissen.",
                 "Yttrandet överlämnas till Trafikverket.",
                 "Paragrafen förklaras omedelbart justerad."):
        box.cell(0, 0).add_paragraph(text, style="List Number")
    head("Reservation")
    body("Stefan Lund (SD) och Birgitta Karlsson (C) reserverar sig mot beslutet till förmån för Stefan "
         "Lunds yrkande.")
    head("Särskilt yttrande")
    body("Jan Wallin (M) lämnar följande särskilda yttrande:")
    body(("”Moderaterna delar förvaltningens bedömning men vill understryka att ombyggnaden av E20 inte "
          "får försenas av utredningen om den nya trafikplatsen.”", False, True, None))
    body("Ersättaren Lisbeth Hjort (KD) instämmer i Jan Wallins särskilda yttrande.")
    head("Beslutet skickas till")
    sp = d.add_paragraph(style="LK Brödtext")
    put(sp, runs("Trafikverket"))
    sp.add_run().add_break()
    put(sp, runs("Region Örebro län"))
    sp.add_run().add_break()
    put(sp, runs("Hallsbergs kommun för kännedom"))
    d.add_paragraph()
    sig = d.add_table(rows=3, cols=3)
    for col, (label, name) in enumerate((("Ordförande", "Åsa Nordin"), ("Justerare", "Birgitta Karlsson"),
                                          ("Sekreterare", "Maria Gustavsson"))):
        first_par(sig.cell(0, col), label, size=8, colour=GREY)
        first_par(sig.cell(1, col), "……………………………")
        first_par(sig.cell(2, col), name)
    d.add_paragraph()
    up = d.add_paragraph()
    put(up, [("Utdragsbestyrkande", True, False, GREY)], 9)
    up.add_run().add_break()
    put(up, [("Rätt utdraget intygar: Maria Gustavsson, kommunsekreterare, 2019-05-16", False, False, None)], 9)

    cp = d.core_properties
    cp.author = "Laxå kommun"
    cp.last_modified_by = "Laxå kommun"
    cp.title = "Protokollsutdrag KS 2019-05-14 § 74"
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
            info = zipfile.ZipInfo(name, date_time=(2019, 5, 16, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "laxa-ks-2019-05-14-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
