"""Build the binary documents of tests/heldout12/docs (one PDF, one DOCX).

Run with the project's virtual environment (fpdf2 and python-docx are needed):

    .venv/bin/python tests/heldout12/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so running the script twice gives byte-identical files. The gold files in
tests/heldout12/gold/ describe the texts written here; change both together.

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
FIXED_PDF = dt.datetime(2013, 4, 24, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2016, 6, 1, 14, 0, 0)
ZIP_TIME = (2016, 6, 1, 14, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Bodens kommun, miljö- och byggnämnden 2013-04-17, full protocol (§§ 44-47).
# Older plain layout: label/value first page, paragraph headings in bold upper case with the
# Dnr in parentheses on the line below, sub-headings in bold, statements as heading + text.

BODEN_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Stadshuset, sammanträdesrum Rödberget, onsdagen den 17 april 2013, "
                      "kl. 09.00–11.45"),
    ("Beslutande", "Margareta Holm, S, ordförande\n"
                   "Jan Sundström, M, vice ordförande\n"
                   "Per-Åke Lindgren, S\n"
                   "Anneli Öberg, S\n"
                   "Roger Nilsson, S, tjänstgörande ersättare för Berit Åström, S\n"
                   "Lisa Forsberg, M\n"
                   "Ingrid Lundberg, C\n"
                   "Tomas Pettersson, V\n"
                   "Stig Granberg, KD"),
    ("Ersättare", "Kerstin Eriksson, S\nOlof Nyström, C"),
    ("Övriga deltagande", "Håkan Strand, miljö- och byggchef\n"
                          "Eva Lindkvist, planarkitekt, § 45\n"
                          "Linda Westerberg, nämndsekreterare"),
    ("Utses att justera", "Tomas Pettersson"),
    ("Justeringens plats och tid", "Miljö- och byggförvaltningen, 2013-04-23"),
]

BODEN_BODY: list[tuple[str, str]] = [
    ("h", "§ 44  ANMÄLAN AV DELEGATIONSBESLUT"),
    ("dnr", "(Dnr MBN 2013/5)"),
    ("p", "Förteckning över beslut som fattats med stöd av delegation under perioden "
          "2013-03-01 – 2013-03-31 redovisas. Bland besluten finns:"),
    ("li", "Bygglov för nybyggnad av garage, Sävast 12:34, dnr MBN 2013/201"),
    ("li", "Föreläggande om åtgärder för enskilt avlopp, Gunnarsbyn 3:17, dnr MBN 2013/156"),
    ("li", "Startbesked för tillbyggnad av förskola, Kvarnbacken 4:2, dnr MBN 2013/188"),
    ("sub", "Beslut"),
    ("p", "Miljö- och byggnämnden lägger redovisningen till handlingarna."),
    ("gap", ""),
    ("h", "§ 45  DETALJPLAN FÖR DEL AV KVARTERET BJÖRKEN, CENTRALA BODEN"),
    ("dnr", "(Dnr MBN 2012/318)"),
    ("p", "Planens syfte är att möjliggöra cirka 40 nya bostäder i flerbostadshus på den "
          "tidigare parkeringsytan i kvarteret Björken. Planen har handlagts med normalt "
          "planförfarande enligt plan- och bygglagen (2010:900). Samråd har hållits "
          "2012-10-15 – 2012-11-09 och planförslaget har varit utställt för granskning "
          "2013-02-04 – 2013-02-25."),
    ("p", "Länsstyrelsen i Norrbottens län har i yttrande 2013-02-22 inte haft något att "
          "erinra. Bodens Energi AB har påtalat att den befintliga nätstationen i kvarterets "
          "nordöstra hörn måste ligga kvar, vilket har tillgodosetts i plankartan. "
          "Synpunkterna redovisas i granskningsutlåtandet."),
    ("p", "Nämnden har enligt kommunfullmäktiges delegationsordning rätt att anta "
          "detaljplaner som inte är av principiell beskaffenhet, se 5 kap. 27 § plan- och "
          "bygglagen."),
    ("sub", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2013-04-03\n"
          "Plankarta med bestämmelser, bilaga 1\n"
          "Planbeskrivning, bilaga 2\n"
          "Granskningsutlåtande 2013-03-12, bilaga 3"),
    ("sub", "Yrkanden"),
    ("p", "Margareta Holm (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Jan Sundström (M) yrkar avslag med motiveringen att planen medger en för hög "
          "exploatering. Lisa Forsberg (M) och Stig Granberg (KD) instämmer i Jan "
          "Sundströms yrkande."),
    ("sub", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner bifall till sitt eget "
          "yrkande. Omröstning begärs och verkställs. Ja för bifall till ordförandens "
          "yrkande, nej för bifall till Jan Sundströms yrkande. Omröstningen utföll 6–3 "
          "till förmån för ordförandens yrkande."),
    ("sub", "Beslut"),
    ("p", "Miljö- och byggnämnden beslutar att anta detaljplan för del av kvarteret Björken, "
          "centrala Boden, enligt bilaga 1–3."),
    ("sub", "Reservation"),
    ("p", "Jan Sundström (M), Lisa Forsberg (M) och Stig Granberg (KD) reserverar sig till "
          "förmån för eget yrkande."),
    ("exp", "Beslutet skickas till: Länsstyrelsen i Norrbottens län, Lantmäteriet"),
    ("gap", ""),
    ("h", "§ 46  YTTRANDE ÖVER TRAFIKVERKETS REMISS AV VÄGPLAN FÖR RIKSVÄG 97 GENOM SÄVAST"),
    ("dnr", "(Dnr MBN 2013/94)"),
    ("p", "Trafikverket har i skrivelse 2013-03-08 översänt förslag till vägplan för "
          "ombyggnad av riksväg 97 genom Sävast på remiss till Bodens kommun "
          "(Trafikverkets ärendenummer TRV 2013/18842). Yttrandet ska ha kommit in senast "
          "2013-04-30. Förvaltningen har i tjänsteskrivelse 2013-04-08 tagit fram ett "
          "förslag till yttrande som bland annat tar upp bullerskydd och trafiksäkerhet "
          "vid Sävastskolan."),
    ("sub", "Beslut"),
    ("li", "1. Miljö- och byggnämnden antar yttrandet enligt bilaga 4 och översänder det "
           "till Trafikverket."),
    ("li", "2. Paragrafen justeras omedelbart."),
    ("sub", "Särskilt yttrande"),
    ("p", "Vi anser att nämndens yttrande borde ha ställt ett tydligare krav på en gång- och "
          "cykelväg längs hela sträckan genom Sävast. Utan den kommer barnen även "
          "fortsättningsvis att gå längs vägrenen."),
    ("p", "Ingrid Lundberg (C)          Tomas Pettersson (V)"),
    ("sub", "Protokollsanteckning"),
    ("p", "Stig Granberg (KD) antecknar till protokollet att bullerskyddet vid skolan måste "
          "prioriteras i den fortsatta planeringen."),
    ("exp", "Beslutet skickas till: Trafikverket"),
    ("gap", ""),
    ("h", "§ 47  REVIDERAD TAXA FÖR PRÖVNING OCH TILLSYN ENLIGT MILJÖBALKEN"),
    ("dnr", "(Dnr MBN 2013/87)"),
    ("p", "Förvaltningen har tagit fram ett förslag till reviderad taxa som bygger på det "
          "underlag som Sveriges Kommuner och Landsting publicerade 2012-11-30. Taxan "
          "fastställs av kommunfullmäktige efter förslag från nämnden. Förvaltningens "
          "tjänsteskrivelse är daterad 2013-04-05."),
    ("sub", "Yrkanden"),
    ("p", "Tomas Pettersson (V) yrkar att ärendet bordläggs till nästa sammanträde, så att "
          "partierna hinner ta del av underlaget."),
    ("p", "Ordföranden yrkar att ärendet avgörs i dag."),
    ("sub", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller bordläggas "
          "och finner att nämnden beslutar att bordlägga ärendet."),
    ("sub", "Beslut"),
    ("p", "Ärendet bordläggs till sammanträdet den 15 maj 2013."),
]


class BodenPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(20, 10)
        self.cell(80, 5, "BODENS KOMMUN")
        self.set_font("F", "", 10)
        self.set_xy(120, 10)
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="R")
        self.set_xy(20, 15)
        self.cell(80, 5, "Miljö- och byggnämnden")
        self.set_xy(120, 15)
        self.cell(70, 5, f"2013-04-17        Sida {self.page_no()}({{nb}})", align="R")
        self.line(20, 21, 190, 21)
        self.set_y(28)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_x(20)
        self.cell(50, 5, "Justerandes sign")
        self.cell(60, 5, "")
        self.cell(60, 5, "Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = BodenPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Miljö- och byggnämnden 2013-04-17")
    pdf.set_author("Bodens kommun")
    pdf.set_creator("heldout12")
    pdf.set_producer("heldout12")
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_margins(20, 28, 20)
    pdf.add_page()
    for label, value in BODEN_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(48, 5, label)
        y_label = pdf.get_y()
        pdf.set_font("F", "", 10)
        pdf.set_xy(70, y)
        pdf.multi_cell(120, 5, value)
        pdf.set_y(max(y_label, pdf.get_y()) + 4)
    # signature block
    pdf.set_font("F", "B", 10)
    y = pdf.get_y() + 2
    pdf.set_xy(20, y)
    pdf.cell(48, 5, "Underskrifter")
    pdf.set_font("F", "", 10)
    for role, name, extra in (("Sekreterare", "Linda Westerberg", "Paragrafer 44–47"),
                              ("Ordförande", "Margareta Holm", ""),
                              ("Justerande", "Tomas Pettersson", "")):
        pdf.set_xy(70, y)
        pdf.cell(25, 5, role)
        pdf.cell(60, 5, "............................................")
        pdf.cell(35, 5, extra)
        pdf.set_xy(95, y + 5)
        pdf.cell(60, 5, name)
        y += 16
    # ANSLAG/BEVIS box
    y += 4
    pdf.rect(20, y, 170, 46)
    pdf.set_font("F", "B", 10)
    pdf.set_xy(20, y + 2)
    pdf.cell(170, 5, "ANSLAG/BEVIS", align="C")
    pdf.set_font("F", "", 9)
    rows = [
        ("", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        ("Organ", "Miljö- och byggnämnden"),
        ("Sammanträdesdatum", "2013-04-17"),
        ("Anslaget sätts upp", "2013-04-24          Anslaget tas ned  2013-05-16"),
        ("Förvaringsplats", "Miljö- och byggförvaltningen, Stadshuset, Boden"),
        ("Underskrift", "............................................  Linda Westerberg"),
    ]
    yy = y + 9
    for lab, val in rows:
        pdf.set_xy(24, yy)
        pdf.cell(40, 5, lab)
        pdf.set_xy(66, yy)
        pdf.cell(120, 5, val)
        yy += 6
    pdf.add_page()
    for kind, text in BODEN_BODY:
        if kind == "h":
            if pdf.get_y() > 235:
                pdf.add_page()
            pdf.set_font("F", "B", 11)
            pdf.set_x(20)
            pdf.multi_cell(170, 6, text)
        elif kind == "dnr":
            pdf.set_font("F", "", 10)
            pdf.set_x(20)
            pdf.multi_cell(170, 5, text)
            pdf.ln(3)
        elif kind == "sub":
            pdf.set_font("F", "B", 10)
            pdf.ln(1)
            pdf.set_x(20)
            pdf.multi_cell(170, 5, text)
        elif kind == "li":
            pdf.set_font("F", "", 10)
            pdf.set_x(26)
            pdf.multi_cell(164, 5, ("–  " if not text[0].isdigit() else "") + text)
        elif kind == "exp":
            pdf.ln(2)
            pdf.set_font("F", "", 9)
            pdf.set_x(20)
            pdf.multi_cell(170, 5, text)
        elif kind == "gap":
            pdf.ln(8)
        else:
            pdf.set_font("F", "", 10)
            pdf.set_x(20)
            pdf.multi_cell(170, 5, text)
            pdf.ln(2)
    pdf.output(str(DOCS / "boden-mbn-2013-04-17-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Sala kommun, vård- och omsorgsnämnden 2016-05-26, full protocol (§§ 58-60).
# The whole first page is Word tables (label cells left, values right, a nested signature table,
# an ANSLAG/BEVIS table); python-docx lists tables after the body paragraphs.

SALA_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Stadshuset, sammanträdesrum Tellus, Sala, torsdagen den 26 maj 2016, "
                       "kl. 13.15–16.05"]),
    ("Beslutande ledamöter", ["Kerstin Ahlqvist (C), ordförande",
                              "Peter Hellström (M), vice ordförande",
                              "Lars-Olof Berg (M)",
                              "Margareta Nyberg (C)",
                              "Inger Wahlund (L), ej § 60",
                              "Bo Hagström (SD)",
                              "Birgitta Stål (S)",
                              "Tony Carlsson (S)",
                              "Tomas Åkerlund (S)",
                              "Eva Axelsson (V)"]),
    ("Tjänstgörande ersättare", ["Jonas Lind (S) för Marie Östman (S)",
                                 "Göran Ek (MP) för Inger Wahlund (L), § 60"]),
    ("Ersättare", ["Göran Ek (MP), §§ 58–59", "Siv Holm (S)", "Åke Nordin (M)"]),
    ("Övriga deltagande", ["Anette Sjöberg, förvaltningschef",
                           "Lars Dunér, medicinskt ansvarig sjuksköterska, § 58",
                           "Malin Ek, nämndsekreterare"]),
    ("Utses att justera", ["Peter Hellström (M)"]),
    ("Justeringens plats och tid", ["Vård- och omsorgsförvaltningen, 2016-06-01"]),
]

SALA_ANSLAG: list[tuple[str, str]] = [
    ("Organ", "Vård- och omsorgsnämnden"),
    ("Sammanträdesdatum", "2016-05-26"),
    ("Datum då anslaget sätts upp", "2016-06-02"),
    ("Datum då anslaget tas ned", "2016-06-24"),
    ("Förvaringsplats för protokollet", "Vård- och omsorgsförvaltningen"),
    ("Underskrift", "……………………………………… Malin Ek"),
]

# (kind, text): "par" = § heading (bold, tab between number and title), "sub" = bold sub-heading,
# "num" = Word "List Number" item (the number is not in the text), "p" = body paragraph.
SALA_BODY: list[tuple[str, str]] = [
    ("par", "§ 58\tÖverenskommelse om samverkan kring personer med psykisk funktionsnedsättning"),
    ("p", "Dnr VON 2016/41"),
    ("p", "Landstinget Västmanland och kommunerna i länet har inom Västmanlands Kommuner och "
          "Landsting (VKL) tagit fram en ny överenskommelse om samverkan kring personer med "
          "psykisk funktionsnedsättning. Överenskommelsen ersätter den som gällt sedan 2011 och "
          "ska gälla 2016-07-01 – 2019-06-30. Varje kommun tecknar överenskommelsen med "
          "landstinget för sin del."),
    ("sub", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2016-05-10"),
    ("p", "Förslag till överenskommelse, bilaga 1"),
    ("p", "VKL:s missiv 2016-03-18"),
    ("sub", "Beslut"),
    ("p", "Vård- och omsorgsnämnden beslutar"),
    ("num", "att godkänna överenskommelsen mellan Sala kommun och Landstinget Västmanland enligt "
            "bilaga 1, samt"),
    ("num", "att uppdra åt förvaltningschefen att årligen redovisa hur överenskommelsen följs."),
    ("sub", "Protokollsanteckning"),
    ("p", "”Vi ser positivt på överenskommelsen men vill att nämnden följer upp hur många "
          "brukare som faktiskt får en samordnad individuell plan.”"),
    ("p", "Bo Hagström (SD)"),
    ("sub", "Beslutet skickas till"),
    ("p", "Landstinget Västmanland"),
    ("par", "§ 59\tSvar på remiss – motion om trygghetsboende i Möklinta"),
    ("p", "Dnr VON 2016/22"),
    ("p", "Ulla Persson (V) har i en motion till kommunfullmäktige 2015-10-26 föreslagit att "
          "kommunen i samverkan med AB Salabostäder ska bygga ett trygghetsboende i Möklinta. "
          "Kommunstyrelsen har remitterat motionen till vård- och omsorgsnämnden för yttrande "
          "(kommunstyrelsens dnr KS 2015/412). Yttrandet ska lämnas senast 2016-06-15."),
    ("p", "Förvaltningen konstaterar i tjänsteskrivelse 2016-05-12 att efterfrågan på "
          "trygghetsboende i Möklinta är begränsad och föreslår att motionen anses besvarad."),
    ("sub", "Yrkanden"),
    ("p", "Peter Hellström (M) yrkar bifall till förvaltningens förslag. Ordföranden instämmer i "
          "Peter Hellströms yrkande."),
    ("p", "Eva Axelsson (V) yrkar att nämnden ska tillstyrka motionen."),
    ("sub", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Peter "
          "Hellströms yrkande. Omröstning begärs. Den som bifaller Peter Hellströms yrkande "
          "röstar ja, den som bifaller Eva Axelssons yrkande röstar nej. Omröstningen utfaller "
          "med åtta ja-röster mot två nej-röster. En ledamot avstår."),
    ("sub", "Beslut"),
    ("p", "Vård- och omsorgsnämnden beslutar att som sitt yttrande till kommunstyrelsen "
          "överlämna förvaltningens tjänsteskrivelse och föreslå att motionen anses besvarad."),
    ("sub", "Reservation"),
    ("p", "Eva Axelsson (V) reserverar sig till förmån för eget yrkande."),
    ("sub", "Särskilt yttrande"),
    ("p", "Socialdemokraterna anser att behovet av trygghetsboenden i kommunens ytterområden bör "
          "utredas samlat i den kommande bostadsförsörjningsplanen, i stället för ort för ort."),
    ("p", "Birgitta Stål (S)\tJonas Lind (S)"),
    ("sub", "Ersättaryttrande"),
    ("p", "Ersättaren Göran Ek (MP) instämmer i Socialdemokraternas särskilda yttrande."),
    ("sub", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen"),
    ("par", "§ 60\tAvtal om trygghetslarm med Tunstall Nordic AB"),
    ("p", "Dnr VON 2016/33"),
    ("p", "Inger Wahlund (L) anmäler jäv och deltar inte i handläggningen av ärendet. Göran Ek "
          "(MP) tjänstgör i hennes ställe."),
    ("p", "Upphandlingen av trygghetslarm har genomförts tillsammans med Heby kommun. Två anbud "
          "har kommit in. Tilldelningsbeslut fattades 2016-04-20 och avtalstiden är "
          "2016-09-01 – 2019-08-31 med möjlighet till förlängning i två år. Förvaltningens "
          "tjänsteskrivelse är daterad 2016-05-09."),
    ("sub", "Beslut"),
    ("num", "Vård- och omsorgsnämnden godkänner avtal med Tunstall Nordic AB om trygghetslarm "
            "enligt bilaga 2."),
    ("num", "Paragrafen justeras omedelbart."),
    ("sub", "Beslutet skickas till"),
    ("p", "Tunstall Nordic AB"),
    ("p", "Heby kommun"),
]


def _cell_lines(cell, lines: list[str], bold: bool = False) -> None:
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Times New Roman"

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    row = t.add_row().cells
    _cell_lines(row[0], ["SALA KOMMUN", "Vård- och omsorgsnämnden"], bold=True)
    _cell_lines(row[1], ["SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2016-05-26", "Sida 1"])
    for label, lines in SALA_FIRST:
        row = t.add_row().cells
        _cell_lines(row[0], [label], bold=True)
        _cell_lines(row[1], lines)
    row = t.add_row().cells
    _cell_lines(row[0], ["Underskrifter"], bold=True)
    inner = row[1].add_table(rows=0, cols=3)
    for role, name, extra in (("Sekreterare", "Malin Ek", "Paragrafer 58–60"),
                              ("Ordförande", "Kerstin Ahlqvist", ""),
                              ("Justerande", "Peter Hellström", "")):
        r1 = inner.add_row().cells
        _cell_lines(r1[0], [role])
        _cell_lines(r1[1], ["………………………………………"])
        _cell_lines(r1[2], [extra])
        r2 = inner.add_row().cells
        _cell_lines(r2[1], [name])

    d.add_paragraph()
    a = d.add_table(rows=1, cols=2)
    a.style = "Table Grid"
    top = a.rows[0].cells[0].merge(a.rows[0].cells[1])
    _cell_lines(top, ["ANSLAG/BEVIS",
                      "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."])
    top.paragraphs[0].runs[0].bold = True
    for label, value in SALA_ANSLAG:
        row = a.add_row().cells
        _cell_lines(row[0], [label])
        _cell_lines(row[1], [value])

    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)

    for kind, text in SALA_BODY:
        if kind == "par":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(18)
            p.add_run(text).bold = True
        elif kind == "sub":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)

    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = ("SALA KOMMUN\tSAMMANTRÄDESPROTOKOLL\t"
                                     "Vård- och omsorgsnämnden 2016-05-26")
    ft = sec.footer.add_table(rows=1, cols=2, width=sec.page_width - sec.left_margin
                              - sec.right_margin)
    _cell_lines(ft.rows[0].cells[0], ["Justerandes sign"])
    _cell_lines(ft.rows[0].cells[1], ["Utdragsbestyrkande"])
    fpt = sec.first_page_footer.add_table(rows=1, cols=2, width=sec.page_width
                                          - sec.left_margin - sec.right_margin)
    _cell_lines(fpt.rows[0].cells[0], ["Justerandes sign"])
    _cell_lines(fpt.rows[0].cells[1], ["Utdragsbestyrkande"])

    cp = d.core_properties
    cp.author = "Sala kommun"
    cp.last_modified_by = "Sala kommun"
    cp.title = "Vård- och omsorgsnämnden 2016-05-26"
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
    (DOCS / "sala-von-2016-05-26-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
