"""Generate the binary documents of tests/heldout84/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout84/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout84/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 29, 7, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 18, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Norrtälje kommun, Socialnämnden 2024-10-22, full protocol in a Platina-style export:
# a three-cell header box on every page, label column on page 1, attendance table Namn/Parti/
# Funktion, § row as three cells (§ number | title | Dnr), vote table with X marks and Summa row,
# "Justerandes signatur | Utdragsbestyrkande" box at the foot of every page.
# ---------------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Karin Holmqvist", "M", "Ordförande"),
    ("Stefan Ahlgren", "S", "Vice ordförande"),
    ("Birgitta Sjödin", "C", "Ledamot"),
    ("Hans Nordgren", "KD", "Ledamot"),
    ("Emelie Falk", "L", "Ledamot"),
    ("Roger Svanberg", "SD", "Ledamot"),
    ("Nora Lindqvist", "V", "Ledamot"),
    ("Ulla Berg", "S", "Ledamot"),
    ("Patrik Öhman", "S", "Tjänstgörande ersättare för Lena Dahl (S)"),
]

FIRST_PAGE_ROWS: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, sammanträdesrum Roslagen, kl. 13.00–15.40"),
    ("Ej tjänstgörande ersättare", "Lotta Berglund (M)\nJonas Ek (S)"),
    ("Övriga närvarande", "Maria Strand, socialchef\nPeter Holm, nämndsekreterare\n"
                          "Anneli Roos, enhetschef, § 113"),
    ("Utses att justera", "Stefan Ahlgren (S)"),
    ("Justeringens plats och tid", "Socialkontoret, 2024-10-28"),
]

SIGNATURES = [
    ("Sekreterare", "Peter Holm", "Paragrafer 112–114"),
    ("Ordförande", "Karin Holmqvist", ""),
    ("Justerande", "Stefan Ahlgren", ""),
]

ANSLAG = [
    ("Organ", "Socialnämnden"),
    ("Sammanträdesdatum", "2024-10-22"),
    ("Datum då anslaget sätts upp", "2024-10-29"),
    ("Datum då anslaget tas ned", "2024-11-20"),
    ("Förvaringsplats för protokollet", "Socialkontoret, Norrtälje"),
    ("Underskrift", "Peter Holm"),
]

# Each paragraph: (number, title, dnr, blocks); a block is (heading, text) or ("VOTE", "") or ("PAGE", "").
PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("112", "Yttrande över Region Stockholms förslag till regionalt handlingsprogram för suicidprevention",
     "SN 2024/0401", [
         ("Beslut", "1. Socialnämnden antar förvaltningens förslag till yttrande och överlämnar det till "
                    "Region Stockholm."),
         ("", "Paragrafen förklaras omedelbart justerad."),
         ("Ärendebeskrivning", "Region Stockholm har genom hälso- och sjukvårdsnämnden skickat förslaget på "
                               "remiss till länets kommuner (RS 2024-0612). Kommunstyrelsen har överlämnat "
                               "remissen till socialnämnden för besvarande. Svar ska lämnas senast 2024-11-15. "
                               "Socialnämndens ansvar för förebyggande arbete följer av 5 kap. 1 § "
                               "socialtjänstlagen (2001:453)."),
         ("Beslutsunderlag", "Tjänsteskrivelse 2024-10-04\nRemiss från Region Stockholm, inkom 2024-09-02"),
         ("Yrkande", "Karin Holmqvist (M) yrkar bifall till förvaltningens förslag."),
         ("Protokollsanteckning", "Vänsterpartiet, genom Nora Lindqvist (V), lämnar följande "
                                  "protokollsanteckning: Yttrandet borde tydligare lyfta behovet av "
                                  "stöd till efterlevande."),
         ("Expedieras", "Region Stockholm\nKommunstyrelsen"),
     ]),
    ("113", "Idéburet offentligt partnerskap med Ersta diakoni om stödboende för unga vuxna",
     "SN 2024/0355", [
         ("Beslut", "1. Socialnämnden godkänner avtal om idéburet offentligt partnerskap med Ersta diakoni "
                    "enligt bilaga.\n2. Socialchefen får i uppdrag att underteckna avtalet."),
         ("Ärendebeskrivning", "Socialförvaltningen föreslår att socialnämnden ingår ett idéburet offentligt "
                               "partnerskap (IOP) med Ersta diakoni för perioden 2025-01-01–2027-12-31. "
                               "Avtalet tecknas mellan socialnämnden och Ersta diakoni och omfattar tolv "
                               "platser. Upplägget följer Upphandlingsmyndighetens vägledning om IOP."),
         ("Beslutsunderlag", "Tjänsteskrivelse 2024-10-01\nFörslag till IOP-avtal, version 2024-09-24"),
         ("Yrkanden", "Karin Holmqvist (M) yrkar bifall till förvaltningens förslag.\n"
                      "Roger Svanberg (SD) yrkar avslag."),
         ("Propositionsordning", "Ordföranden ställer proposition på yrkandena och finner att socialnämnden "
                                 "bifaller Karin Holmqvists yrkande. Votering begärs. Ja-röst för bifall, "
                                 "nej-röst för avslag."),
         ("PAGE", ""),
         ("VOTE", ""),
         ("", "Socialnämnden har beslutat enligt Karin Holmqvists yrkande."),
         ("Reservation", "Roger Svanberg (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
         ("Särskilt yttrande", "Stefan Ahlgren (S) m.fl. lämnar följande särskilda yttrande: Vi ställer oss "
                               "bakom avtalet men vill att nämnden följer upp resultatet efter ett år."),
         ("", "Ersättaren Jonas Ek (S) instämmer i Socialdemokraternas särskilda yttrande."),
         ("Expedieras", "Ersta diakoni\nSocialförvaltningen, ekonomi"),
     ]),
    ("114", "Anmälan av delegationsbeslut", "SN 2024/0012", [
        ("Beslut", "Socialnämnden lägger anmälan av delegationsbeslut till handlingarna."),
        ("Ärendebeskrivning", "Delegationsbeslut fattade under perioden 2024-09-01–2024-09-30 enligt "
                              "socialnämndens delegationsordning anmäls. Beslut enligt 4 kap. 1 § "
                              "socialtjänstlagen och lagen (1990:52) med särskilda bestämmelser om vård av "
                              "unga redovisas i verksamhetssystemet."),
    ]),
]

VOTE_ROWS = [(name, party, "" if name == "Roger Svanberg" else "X", "X" if name == "Roger Svanberg" else "")
             for name, party, _ in ATTENDANCE]


class PlatinaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(70, 6, "NORRTÄLJE KOMMUN", border="LT")
        self.cell(70, 6, "PROTOKOLL", border="T")
        self.cell(40, 6, f"Sida {self.page_no()} ({{nb}})", border="TR", new_x="LMARGIN", new_y="NEXT")
        self.set_font("F", "", 9)
        self.set_x(15)
        self.cell(70, 6, "Socialnämnden", border="LB")
        self.cell(70, 6, "Sammanträdesdatum", border="B")
        self.cell(40, 6, "2024-10-22", border="RB", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-22)
        self.set_font("F", "", 8)
        self.set_x(15)
        self.cell(90, 10, "Justerandes signatur", border=1)
        self.cell(90, 10, "Utdragsbestyrkande", border=1)


def label_row(pdf: FPDF, label: str, text: str) -> None:
    y = pdf.get_y()
    pdf.set_xy(15, y)
    pdf.set_font("F", "B", 9)
    pdf.multi_cell(48, 5, label)
    y_label = pdf.get_y()
    pdf.set_xy(65, y)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(130, 5, text)
    pdf.set_y(max(pdf.get_y(), y_label))
    pdf.ln(2)


def make_pdf() -> None:
    pdf = PlatinaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=28)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Socialnämnden 2024-10-22")
    pdf.set_author("Norrtälje kommun")
    pdf.set_creator("heldout84")
    pdf.set_producer("heldout84")
    pdf.add_page()
    label_row(pdf, FIRST_PAGE_ROWS[0][0], FIRST_PAGE_ROWS[0][1])
    pdf.set_x(15)
    pdf.set_font("F", "B", 9)
    pdf.cell(48, 5, "Beslutande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    with pdf.table(col_widths=(55, 20, 105), width=180, align="RIGHT", line_height=5,
                   first_row_as_headings=True) as table:
        table.row(("Namn", "Parti", "Funktion"))
        for row in ATTENDANCE:
            table.row(row)
    pdf.ln(3)
    for label, text in FIRST_PAGE_ROWS[1:]:
        label_row(pdf, label, text)
    pdf.ln(2)
    pdf.set_x(15)
    pdf.set_font("F", "B", 9)
    pdf.cell(48, 5, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    for role, name, extra in SIGNATURES:
        pdf.set_x(15)
        pdf.cell(35, 5, role)
        pdf.cell(80, 5, "...................................................")
        pdf.cell(60, 5, extra, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(50)
        pdf.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_x(15)
    pdf.set_font("F", "B", 10)
    pdf.cell(180, 7, "ANSLAG/BEVIS", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(15)
    pdf.set_font("F", "", 9)
    pdf.cell(180, 6, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", border="LR",
             new_x="LMARGIN", new_y="NEXT")
    for i, (label, value) in enumerate(ANSLAG):
        border_l = "LB" if i == len(ANSLAG) - 1 else "L"
        border_r = "RB" if i == len(ANSLAG) - 1 else "R"
        pdf.set_x(15)
        pdf.cell(70, 6, label, border=border_l)
        pdf.cell(110, 6, value, border=border_r, new_x="LMARGIN", new_y="NEXT")

    for number, title, dnr, blocks in PARAGRAPHS:
        pdf.add_page()
        pdf.set_font("F", "B", 10)
        with pdf.table(col_widths=(20, 120, 40), width=180, align="RIGHT", line_height=5,
                       first_row_as_headings=False, borders_layout="HORIZONTAL_LINES") as table:
            table.row((f"§ {number}", title, f"Dnr {dnr}"))
        pdf.ln(3)
        for heading, text in blocks:
            if heading == "PAGE":
                pdf.add_page()
                pdf.set_x(15)
                pdf.set_font("F", "B", 10)
                pdf.cell(180, 6, f"§ {number} forts.", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
                continue
            if heading == "VOTE":
                pdf.set_x(15)
                pdf.set_font("F", "B", 9)
                pdf.cell(180, 6, "Omröstningsresultat", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("F", "", 9)
                with pdf.table(col_widths=(70, 20, 20, 20, 20), width=150, align="LEFT", line_height=5) as table:
                    table.row(("Ledamöter", "Parti", "Ja", "Nej", "Avstår"))
                    for row in VOTE_ROWS:
                        table.row(row)
                    table.row(("Summa", "", "8", "1", "0"))
                pdf.ln(3)
                continue
            if heading:
                pdf.set_x(15)
                pdf.set_font("F", "B", 10)
                pdf.cell(180, 6, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(15)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text)
            pdf.ln(3)
    pdf.output(str(DOCS / "norrtalje-sn-2024-10-22-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Sundsvalls kommun, Barn- och utbildningsnämnden 2024-11-13, full protocol in a
# W3D3-style export: Word header table (kommun | PROTOKOLL | date), page-1 label/value table,
# signature and ANSLAG tables, each § head as a two-cell table (§ nr | Dnr) with the title as a
# bold paragraph below, Word "List Number" decisions, vote list table, footer signature table.
# ---------------------------------------------------------------------------------------------

FRONT_ROWS: list[tuple[str, str]] = [
    ("Plats och tid", "Stadshuset, Sessionssalen, kl. 08.30–12.10"),
    ("Beslutande", "Erik Sjöberg (C), ordförande\nAnna Törnqvist (S), 1:e vice ordförande\n"
                   "Johan Malm (M), 2:e vice ordförande\nMaria Lund (V)\nPer Edholm (S)\nLisa Norberg (S)\n"
                   "Karl Åström (M)\nOskar Lind (M)\nFredrik Hed (SD)\nSofia Rahm (L)\nElin Waara (KD)\n"
                   "Jenny Holm (MP)\nAhmed Yusuf (S) tjg ers för Tomas Viklund (S)"),
    ("Ej tjänstgörande ersättare", "Lovisa Berg (C)\nMats Rönn (SD)"),
    ("Övriga deltagare", "Camilla Brandt, förvaltningschef\nHenrik Söder, nämndsekreterare"),
    ("Utses att justera", "Anna Törnqvist (S)"),
    ("Justeringens plats och tid", "Barn- och utbildningsförvaltningen, 2024-11-18"),
    ("Paragrafer", "§§ 145–147"),
]

DOCX_SIGN = [("Sekreterare", "Henrik Söder"), ("Ordförande", "Erik Sjöberg"), ("Justerande", "Anna Törnqvist")]

DOCX_ANSLAG = [
    ("Organ", "Barn- och utbildningsnämnden"),
    ("Sammanträdesdatum", "2024-11-13"),
    ("Datum för anslags uppsättande", "2024-11-19"),
    ("Datum för anslags nedtagande", "2024-12-11"),
    ("Förvaringsplats för protokollet", "Barn- och utbildningsförvaltningen"),
]

VOTE_145 = [
    ("Erik Sjöberg (C)", "X", "", ""), ("Anna Törnqvist (S)", "X", "", ""), ("Johan Malm (M)", "X", "", ""),
    ("Maria Lund (V)", "", "X", ""), ("Per Edholm (S)", "X", "", ""), ("Lisa Norberg (S)", "X", "", ""),
    ("Karl Åström (M)", "X", "", ""), ("Oskar Lind (M)", "X", "", ""), ("Fredrik Hed (SD)", "", "", "X"),
    ("Sofia Rahm (L)", "X", "", ""), ("Elin Waara (KD)", "X", "", ""), ("Jenny Holm (MP)", "", "X", ""),
    ("Ahmed Yusuf (S)", "X", "", ""), ("Summa", "10", "2", "1"),
]

# (kind, text): h = bold sub-heading, p = paragraph, num = List Number item (restart marks a new list),
# bul = List Bullet, vote = vote table, head = § head (text = "nr|dnr|title").
DOCX_PARS: list[tuple[str, str]] = [
    ("head", "145|BUN-2024-00512|Revidering av riktlinjer för skolskjuts"),
    ("h", "Beslut"),
    ("num", "Reviderade riktlinjer för skolskjuts antas och gäller från och med 2025-07-01."),
    ("num", "Riktlinjer för skolskjuts, antagna 2021-05-19, § 62, upphör att gälla samma dag."),
    ("h", "Ärendet"),
    ("p", "Förvaltningen har sett över riktlinjerna med anledning av ändringarna i 10 kap. 32 § skollagen "
          "(2010:800) och skolförordningen (2011:185). Förslaget innebär bland annat att rätten till "
          "skolskjuts vid växelvis boende prövas enligt samma avståndsregler som övrig skolskjuts. "
          "Region Västernorrland har lämnat synpunkter på samordningen med linjetrafiken."),
    ("h", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse 2024-10-24"),
    ("bul", "Riktlinjer för skolskjuts, förslag 2024-10-17"),
    ("h", "Yrkanden"),
    ("p", "Ordföranden Erik Sjöberg (C) yrkar bifall till förvaltningens förslag."),
    ("p", "Maria Lund (V) yrkar att nuvarande regler för skolskjuts vid växelvis boende ska behållas."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller hans eget yrkande. "
          "Votering begärs. Ja för ordförandens yrkande, nej för Maria Lunds yrkande. Nämnden beslutar med "
          "10 ja-röster mot 2 nej-röster, 1 ledamot avstår, att bifalla ordförandens yrkande."),
    ("h", "Omröstningslista"),
    ("vote", ""),
    ("h", "Reservation"),
    ("p", "Ledamöterna Maria Lund (V) och Jenny Holm (MP) reserverar sig mot beslutet till förmån för Maria "
          "Lunds yrkande."),
    ("h", "Expedieras"),
    ("p", "Region Västernorrland\nSkolskjutsenheten"),
    ("head", "146|BUN-2024-00467|Samverkansavtal om modersmålsundervisning med Timrå kommun"),
    ("h", "Beslut"),
    ("num_restart", "Barn- och utbildningsnämnden godkänner samverkansavtalet mellan Sundsvalls kommun och "
                    "Timrå kommun."),
    ("num", "Förvaltningschefen får i uppdrag att underteckna avtalet."),
    ("h", "Ärendet"),
    ("p", "Sundsvalls kommun och Timrå kommun har sedan 2019 samverkat kring modersmålsundervisning i "
          "språk med få elever. Det nya avtalet gäller 2025-01-01–2027-06-30. Timrå kommun har godkänt "
          "avtalet 2024-10-30."),
    ("h", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse 2024-10-21"),
    ("bul", "Samverkansavtal, version 2024-10-15"),
    ("h", "Yrkande"),
    ("p", "Anna Törnqvist (S) yrkar bifall till förvaltningens förslag."),
    ("h", "Protokollsanteckning"),
    ("p", "Fredrik Hed (SD) och ersättaren Mats Rönn (SD) antecknar till protokollet att avtalet bör "
          "utvärderas efter första läsåret."),
    ("h", "Expedieras"),
    ("p", "Timrå kommun"),
    ("head", "147|BUN-2024-00498|Remiss – Skolverkets förslag till ändrade föreskrifter om betygskriterier"),
    ("h", "Beslut"),
    ("num_restart", "Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt eget och skickar det "
                    "till Skolverket."),
    ("num", "Paragrafen justeras omedelbart."),
    ("h", "Ärendet"),
    ("p", "Skolverket har skickat förslaget på remiss till Sundsvalls kommun (Skolverkets dnr 2024:1187). "
          "Remissen inkom 2024-09-20 och svar ska lämnas senast 2024-11-20. Kommunstyrelsen har överlämnat "
          "remissen till nämnden."),
    ("h", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse 2024-10-28"),
    ("bul", "Remiss från Skolverket 2024-09-20"),
    ("h", "Yrkande"),
    ("p", "Johan Malm (M) yrkar bifall till förvaltningens förslag."),
    ("h", "Särskilt yttrande"),
    ("p", "Maria Lund (V) lämnar ett särskilt yttrande: Yttrandet borde ha tagit upp lärarnas arbetsbelastning."),
    ("h", "Expedieras"),
    ("p", "Skolverket\nKommunstyrelsen"),
]


def _restart_numbering(d: docx.Document, paragraph) -> None:
    """Give the paragraph a new w:num that restarts the List Number numbering at 1."""
    numbering = d.part.numbering_part.numbering_definitions._numbering
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num.numId


def _table(d: docx.Document, rows: list[tuple[str, ...]], widths_bold_first: bool = True) -> None:
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            lines = text.split("\n")
            cell.text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
            if i == 0 and widths_bold_first:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    section = d.sections[0]
    header = section.header
    ht = header.add_table(rows=2, cols=3, width=section.page_width - section.left_margin - section.right_margin)
    for cell, text in zip(ht.rows[0].cells, ("SUNDSVALLS KOMMUN", "PROTOKOLL", ""), strict=True):
        cell.text = text
    for cell, text in zip(ht.rows[1].cells, ("Barn- och utbildningsnämnden", "Sammanträdesdatum", "2024-11-13"),
                          strict=True):
        cell.text = text
    footer = section.footer
    ft = footer.add_table(rows=1, cols=2, width=section.page_width - section.left_margin - section.right_margin)
    ft.rows[0].cells[0].text = "Justerandes sign"
    ft.rows[0].cells[1].text = "Utdragsbestyrkande"

    _table(d, FRONT_ROWS)
    d.add_paragraph("Underskrifter")
    _table(d, [(role, "..............................\n" + name) for role, name in DOCX_SIGN])
    d.add_paragraph("ANSLAG/BEVIS").runs[0].bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    _table(d, DOCX_ANSLAG, widths_bold_first=False)

    for kind, text in DOCX_PARS:
        if kind == "head":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            number, dnr, title = text.split("|")
            t = d.add_table(rows=1, cols=2)
            t.rows[0].cells[0].text = f"§ {number}"
            t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
            t.rows[0].cells[1].text = f"Dnr {dnr}"
            p = d.add_paragraph()
            run = p.add_run(title)
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "h":
            d.add_paragraph().add_run(text).bold = True
        elif kind in ("num", "num_restart"):
            p = d.add_paragraph(text, style="List Number")
            if kind == "num_restart":
                _restart_numbering(d, p)
        elif kind == "bul":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "vote":
            _table(d, [("Namn", "Ja", "Nej", "Avstår"), *VOTE_145], widths_bold_first=False)
        else:
            lines = text.split("\n")
            for line in lines:
                d.add_paragraph(line)

    cp = d.core_properties
    cp.author = "Sundsvalls kommun"
    cp.last_modified_by = "Sundsvalls kommun"
    cp.title = "Protokoll Barn- och utbildningsnämnden 2024-11-13"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "sundsvall-bun-2024-11-13-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
