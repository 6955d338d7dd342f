"""Generate the binary documents of tests/heldout28/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout28/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout28/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 3, 19, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 24, 8, 15, 0)
ZIP_TIME = (2024, 6, 24, 8, 15, 0)

# ---------------------------------------------------------------------------------------------------------------
# PDF: Orust kommun, kommunstyrelsen 2024-03-13, full protocol (4 §§), as a Word document saved as PDF:
# running header "ORUST KOMMUN  SAMMANTRÄDESPROTOKOLL  Sida n (5)", superscript footnote references ({n} in the
# texts below) with the footnotes at the foot of the page, page breaks inside §§ without "forts.".
# ---------------------------------------------------------------------------------------------------------------

PAGE1: list[tuple] = [
    ("lv", "Plats och tid", "Kommunhuset, Henån, onsdagen den 13 mars 2024 kl. 09.00–12.15"),
    ("lv", "Beslutande", "Kerstin Ljungberg (C), Roger Axelsson (S), Tomas Brink (M), Eva Nordahl (M), "
                         "Mattias Lundgren (KD), Linda Karlsson (L), Ingemar Pålsson (SD), Per Olsson (SD) "
                         "(Ersättare för Maja Holmberg (SD)), Lisbeth Wall (S), Håkan Åberg (S), "
                         "Gun Torstensson (MP)"),
    ("lv", "Frånvarande", "Maja Holmberg (SD)"),
    ("lv", "Ersättare", "Sven-Erik Hall (C), Annelie Fors (S)"),
    ("lv", "Övriga", "Henrik Lind, kommundirektör; Lena Östberg, kommunsekreterare; Martin Lood, ekonomichef "
                     "§§ 22–23; Sara Bäckström, miljöstrateg § 21"),
    ("lv", "Justerare", "Roger Axelsson (S)"),
    ("lv", "Justeringens plats och tid", "Kommunhuset, Henån, 2024-03-18"),
    ("gap", 6),
    ("lv", "Underskrifter", "Paragrafer 21–24"),
    ("gap", 8),
    ("sig", ["Sekreterare", "Ordförande", "Justerare"], ["Lena Östberg", "Kerstin Ljungberg", "Roger Axelsson"]),
    ("gap", 14),
    ("sub", "ANSLAG/BEVIS"),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("lv", "Organ", "Kommunstyrelsen"),
    ("lv", "Sammanträdesdatum", "2024-03-13"),
    ("lv", "Anslaget sätts upp", "2024-03-19"),
    ("lv", "Anslaget tas ned", "2024-04-10"),
    ("lv", "Förvaringsplats", "Kommunkansliet, Henån"),
    ("lv", "Underskrift", "..........................................  Lena Östberg"),
]

PAGE2: list[tuple] = [
    ("par", "§ 21", "Dnr KS/2024:123"),
    ("h", "Avtal med Fyrbodals kommunalförbund om kommunal energi- och klimatrådgivning 2024–2026"),
    ("sub", "Ärendebeskrivning"),
    ("p", "Orust kommun har sedan 2016 köpt energi- och klimatrådgivning av Uddevalla kommun. Från och med "
          "2024 samordnas rådgivningen för medlemskommunerna i Fyrbodals kommunalförbund.{1} Förbundet "
          "beslutade om samordningen 2023-12-14, § 112. Verksamheten finansieras med bidrag från "
          "Energimyndigheten enligt förordningen (2016:385) om bidrag till kommunal energi- och "
          "klimatrådgivning och med en avgift om 2 kronor per invånare och år."),
    ("p", "Avtalet gäller från 2024-04-01 till och med 2026-12-31. Miljöstrateg Sara Bäckström redogör för "
          "ärendet."),
    ("sub", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-02-22"),
    ("p", "Förslag till avtal från Fyrbodals kommunalförbund, 2024-01-30"),
    ("p", "Kommunstyrelsens arbetsutskott 2024-02-28, KSAU § 31"),
    ("sub", "Yrkanden"),
    ("p", "Kerstin Ljungberg (C) yrkar bifall till arbetsutskottets förslag."),
    ("sub", "Beslut"),
    ("p", "Kommunstyrelsen beslutar"),
    ("p", "att godkänna avtalet med Fyrbodals kommunalförbund om kommunal energi- och klimatrådgivning för "
          "perioden 2024-04-01–2026-12-31,"),
    ("p", "att uppdra åt kommundirektören att underteckna avtalet."),
    ("sub", "Beslutet skickas till"),
    ("p", "Fyrbodals kommunalförbund"),
    ("p", "Miljöenheten"),
]
NOTES2 = [
    "1 Fyrbodals kommunalförbund har fjorton medlemskommuner i Fyrstad, Bohuslän och Dalsland.",
]

PAGE3: list[tuple] = [
    ("par", "§ 22", "Dnr KS/2023:1187"),
    ("h", "Medfinansieringsavtal med Västra Götalandsregionen om pendelparkering vid Varekil"),
    ("sub", "Ärendebeskrivning"),
    ("p", "Västra Götalandsregionen har i den regionala planen för transportinfrastruktur 2022–2033 avsatt "
          "medel för pendelparkeringar längs väg 160.{2} Genom avtalet åtar sig Västra Götalandsregionen att "
          "medfinansiera 50 procent av kostnaden för en pendelparkering med 80 platser vid hållplatsen "
          "Varekil, dock högst 3,2 mnkr. Orust kommun ansvarar för byggnation, drift och underhåll. "
          "Västtrafik AB har yttrat sig över hållplatsens utformning 2024-01-17."),
    ("p", "Ekonomichef Martin Lood redovisar investeringens påverkan på driftbudgeten."),
    ("sub", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-02-19"),
    ("p", "Förslag till medfinansieringsavtal, version 2024-02-09{3}"),
    ("p", "Kommunstyrelsens arbetsutskott 2024-02-28, KSAU § 33"),
    ("sub", "Yrkanden"),
    ("p", "Kerstin Ljungberg (C) yrkar bifall till arbetsutskottets förslag."),
    ("p", "Ingemar Pålsson (SD) yrkar avslag på arbetsutskottets förslag."),
]
NOTES3 = [
    "2 Västra Götalandsregionens beslut 2023-11-21, § 254.",
    "3 Avtalsförslaget har granskats av kommunens jurist 2024-02-12.",
]

PAGE4: list[tuple] = [
    ("sub", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall och avslag och finner att kommunstyrelsen bifaller "
          "arbetsutskottets förslag. Omröstning begärs och verkställs med följande propositionsordning: ja för "
          "bifall till arbetsutskottets förslag, nej för avslag."),
    ("p", "Omröstningsresultat: 8 ja, 2 nej, 1 avstår (bilaga 1)."),
    ("sub", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("p", "1. att godkänna medfinansieringsavtalet med Västra Götalandsregionen om pendelparkering vid Varekil,"),
    ("p", "2. att investeringen om 6,4 mnkr finansieras inom investeringsbudgeten för 2024."),
    ("p", "Kommunstyrelsen beslutar för egen del"),
    ("p", "3. att uppdra åt sektor samhällsutveckling att påbörja projekteringen under förutsättning att "
          "kommunfullmäktige godkänner avtalet."),
    ("sub", "Reservation"),
    ("p", "Ingemar Pålsson (SD) och Per Olsson (SD) reserverar sig mot beslutet."),
    ("sub", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige, Västra Götalandsregionen, sektor samhällsutveckling"),
    ("gap", 6),
    ("par", "§ 23", "Dnr KS/2024:88"),
    ("h", "Yttrande till Länsstyrelsen i Västra Götalands län om översyn av utvidgat strandskydd på Orust"),
    ("sub", "Ärendebeskrivning"),
    ("p", "Länsstyrelsen i Västra Götalands län har gett Orust kommun tillfälle att yttra sig över förslag till "
          "nya beslut om utvidgat strandskydd (Länsstyrelsens dnr 511-41877-2022). Enligt 7 kap. 14 § "
          "miljöbalken{4} får länsstyrelsen utvidga strandskyddsområdet till högst 300 meter från strandlinjen. "
          "Svar ska lämnas senast 2024-03-22."),
]
NOTES4 = [
    "4 Miljöbalk (1998:808). Bestämmelserna om utvidgat strandskydd ändrades senast 2023.",
]

PAGE5: list[tuple] = [
    ("p", "Sektor samhällsutveckling har tagit fram ett förslag till yttrande. Kommunen anser att det utvidgade "
          "strandskyddet bör tas bort på de delar av Orust där bebyggelse redan finns, bland annat vid Henån "
          "och Svanesund."),
    ("sub", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-02-26"),
    ("p", "Länsstyrelsens remiss 2024-01-15"),
    ("p", "Kommunstyrelsens arbetsutskott 2024-02-28, KSAU § 35"),
    ("sub", "Arbetsutskottets förslag till beslut"),
    ("p", "1. Kommunstyrelsen antar sektor samhällsutvecklings förslag till yttrande och översänder det till "
          "Länsstyrelsen i Västra Götalands län."),
    ("p", "2. Paragrafen förklaras omedelbart justerad."),
    ("sub", "Yrkanden"),
    ("p", "Linda Karlsson (L) yrkar bifall till arbetsutskottets förslag."),
    ("sub", "Beslut"),
    ("p", "Kommunstyrelsen beslutar enligt arbetsutskottets förslag."),
    ("sub", "Protokollsanteckning"),
    ("p", "Gun Torstensson (MP) lämnar följande anteckning till protokollet: Miljöpartiet anser att "
          "yttrandet tar för lite hänsyn till den biologiska mångfalden i grunda havsvikar."),
    ("sub", "Beslutet skickas till"),
    ("p", "Länsstyrelsen i Västra Götalands län"),
    ("gap", 6),
    ("par", "§ 24", "Dnr KS/2024:30"),
    ("h", "Redovisning av delegationsbeslut"),
    ("p", "Delegationsbeslut fattade under perioden 2024-01-20–2024-02-29 redovisas enligt förteckning."),
    ("sub", "Beslut"),
    ("p", "Kommunstyrelsen lägger redovisningen till handlingarna."),
]

PDF_PAGES: list[tuple[list[tuple], list[str]]] = [
    (PAGE1, []),
    (PAGE2, NOTES2),
    (PAGE3, NOTES3),
    (PAGE4, NOTES4),
    (PAGE5, []),
]

LEFT = 20.0
BODY_W = 170.0
FOOT_Y = 297.0 - 20.0


class WordLikePDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(LEFT, 10)
        self.cell(60, 5, "ORUST KOMMUN")
        self.set_xy(95, 10)
        self.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        self.set_xy(165, 10)
        self.set_font("F", "", 10)
        self.cell(25, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(LEFT, 15)
        self.cell(60, 5, "Kommunstyrelsen")
        self.set_xy(95, 15)
        self.cell(60, 5, "Sammanträdesdatum 2024-03-13")
        self.line(LEFT, 22, LEFT + BODY_W, 22)

    def footer(self) -> None:
        self.line(LEFT, FOOT_Y, LEFT + BODY_W, FOOT_Y)
        self.set_font("F", "", 8)
        self.set_xy(LEFT, FOOT_Y + 1)
        self.cell(60, 4, "Justerares signatur")
        self.set_xy(120, FOOT_Y + 1)
        self.cell(60, 4, "Utdragsbestyrkande")


def rich(pdf: FPDF, text: str, size: float = 10, style: str = "") -> None:
    """Write text with superscript footnote references written as {n}."""
    pdf.set_font("F", style, size)
    for i, part in enumerate(re.split(r"\{(\d)\}", text)):
        if i % 2:
            pdf.char_vpos = "SUP"
            pdf.write(5, part)
            pdf.char_vpos = "LINE"
        elif part:
            pdf.write(5, part)
    pdf.ln(5)


def footnotes(pdf: FPDF, notes: list[str], body_end: float) -> None:
    top = FOOT_Y - 4 - 4.5 * len(notes)
    if body_end > top:
        raise SystemExit(f"page {pdf.page_no()} overflows into its footnotes ({body_end:.1f} > {top:.1f})")
    pdf.line(LEFT, top, LEFT + 50, top)
    pdf.set_xy(LEFT, top + 1.5)
    for note in notes:
        num, rest = note.split(" ", 1)
        pdf.set_font("F", "", 5.5)
        pdf.write(3, num)
        pdf.set_font("F", "", 8)
        pdf.write(4, " " + rest)
        pdf.ln(4.5)


def block(pdf: FPDF, item: tuple) -> None:
    kind = item[0]
    if kind == "lv":
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(LEFT, y)
        pdf.multi_cell(45, 5, item[1])
        y_label = pdf.get_y()
        pdf.set_font("F", "", 10)
        pdf.set_xy(LEFT + 47, y)
        pdf.multi_cell(BODY_W - 47, 5, item[2])
        pdf.set_y(max(y_label, pdf.get_y()) + 1.5)
    elif kind == "sig":
        y = pdf.get_y()
        pdf.set_font("F", "", 10)
        for k, label in enumerate(item[1]):
            pdf.set_xy(LEFT + 47 + k * 41, y)
            pdf.cell(40, 5, f"{label} ........")
        for k, name in enumerate(item[2]):
            pdf.set_xy(LEFT + 47 + k * 41, y + 6)
            pdf.cell(40, 5, name)
        pdf.set_y(y + 12)
    elif kind == "par":
        y = pdf.get_y()
        pdf.set_font("F", "B", 12)
        pdf.set_xy(LEFT, y)
        pdf.cell(30, 6, item[1])
        pdf.set_font("F", "", 10)
        pdf.set_xy(140, y)
        pdf.cell(50, 6, item[2], align="R")
        pdf.set_y(y + 7)
    elif kind == "h":
        pdf.set_x(LEFT)
        pdf.set_font("F", "B", 11)
        pdf.multi_cell(BODY_W, 5.5, item[1])
        pdf.ln(2)
    elif kind == "sub":
        pdf.ln(1.5)
        pdf.set_x(LEFT)
        rich(pdf, item[1], 10, "B")
    elif kind == "p":
        pdf.set_x(LEFT)
        rich(pdf, item[1])
        pdf.ln(1)
    elif kind == "gap":
        pdf.ln(item[1])
    else:
        raise ValueError(kind)


def make_pdf() -> None:
    pdf = WordLikePDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(LEFT, 26, 20)
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-03-13 protokoll")
    pdf.set_author("Orust kommun")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("heldout28")
    for blocks, notes in PDF_PAGES:
        pdf.add_page()
        pdf.set_y(27)
        for item in blocks:
            block(pdf, item)
        end = pdf.get_y()
        if notes:
            footnotes(pdf, notes, end)
        elif end > FOOT_Y - 3:
            raise SystemExit(f"page {pdf.page_no()} overflows ({end:.1f})")
    pdf.output(str(DOCS / "orust-ks-2024-03-13-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------------------------
# DOCX: Sotenäs kommun, miljö- och byggnadsnämnden 2024-06-19, full protocol (2 §§). First page as
# "label<TAB>value" paragraphs, signature lines "Ordförande ....<TAB>Justerare ...." with the names in the next
# paragraph, "§ 58<TAB>Dnr SAM 2024/45" as Heading 2, decisions "beslutar enligt förslaget".
# ---------------------------------------------------------------------------------------------------------------

DOCX_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Kungshamn, kl. 13.00–15.35"),
    ("Närvarande", "Bo Lindahl (M), Malin Ek (S), Jan-Olof Kristensson (KD), Lotta Norén (C), Mikael Sandin (SD), "
                   "Ingrid Svensson (S) (ers. för Anders Rydberg (S)), Kjell Ahlström (M)"),
    ("Frånvarande", "Anders Rydberg (S)"),
    ("Ersättare", "Hanna Lund (L)"),
    ("Tjänstepersoner", "Camilla Bergqvist, förvaltningschef, Daniel Holm, bygglovshandläggare § 58, "
                        "Petra Sundqvist, nämndsekreterare"),
    ("Justerare", "Malin Ek (S)"),
    ("Justering", "Kommunhuset, Kungshamn, 2024-06-24"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("h2", "§ 58\tDnr SAM 2024/45"),
    ("title", "Strandskyddsdispens för brygga på fastigheten Hunnebostrand 5:118"),
    ("label", "Ärendebeskrivning"),
    ("p", "Ansökan avser dispens från strandskyddet för en flytbrygga om 24 m² vid fastigheten Hunnebostrand "
          "5:118. Ansökan kom in 2024-03-11. Platsen ligger inom område med utvidgat strandskydd om 300 meter. "
          "Länsstyrelsen i Västra Götalands län har i ett yttrande 2024-05-02 inte haft något att invända mot "
          "bryggans placering. Bygglovshandläggare Daniel Holm redogör för ärendet."),
    ("label", "Beslutsunderlag"),
    ("bullet", "Tjänsteskrivelse 2024-06-04"),
    ("bullet", "Ansökan 2024-03-11"),
    ("bullet", "Yttrande från Länsstyrelsen i Västra Götalands län 2024-05-02"),
    ("label", "Förslag till beslut"),
    ("p", "Miljö- och byggnadsnämnden beviljar strandskyddsdispens för en flytbrygga om 24 m² enligt 7 kap. "
          "18 b § miljöbalken med de villkor som framgår av tjänsteskrivelsen."),
    ("label", "Yrkanden"),
    ("p", "Mikael Sandin (SD) yrkar bifall till förslaget."),
    ("p", "Lotta Norén (C) yrkar avslag med hänvisning till att platsen har höga naturvärden."),
    ("label", "Propositionsordning"),
    ("p", "Ordföranden ställer förslaget mot Lotta Noréns avslagsyrkande och finner att nämnden bifaller "
          "förslaget. Omröstning begärs och verkställs."),
    ("p", "Ja-röst för förslaget. Nej-röst för Lotta Noréns avslagsyrkande."),
    ("p", "Med 4 ja-röster mot 3 nej-röster beslutar nämnden enligt förslaget."),
    ("label", "Beslut"),
    ("p", "Miljö- och byggnadsnämnden beslutar enligt förslaget."),
    ("label", "Reservation"),
    ("p", "Lotta Norén (C), Malin Ek (S) och Ingrid Svensson (S) reserverar sig mot beslutet."),
    ("label", "Beslutet skickas till"),
    ("p", "Sökanden (delgivningskvitto)"),
    ("p", "Länsstyrelsen i Västra Götalands län"),
    ("p", "Beslutet kan överklagas till Länsstyrelsen i Västra Götalands län inom tre veckor från den dag "
          "klaganden fick del av beslutet."),
    ("break", ""),
    ("h2", "§ 59\tDnr SAM 2024/112"),
    ("title", "Avtal med Lysekils kommun om samverkan inom livsmedelskontroll"),
    ("label", "Ärendebeskrivning"),
    ("p", "Sotenäs kommun och Lysekils kommun har sedan 2021 ett avtal om ömsesidigt stöd inom "
          "livsmedelskontrollen. Livsmedelsverket påpekade vid sin revision hösten 2023 att kommunerna bör "
          "säkra kompetensen för kontroll av fiskeriprodukter. Ett nytt avtal mellan Sotenäs kommun och "
          "Lysekils kommun har därför tagits fram för perioden 2024–2027 (Lysekils kommuns dnr LKS 2024-187). "
          "Avtalet ska godkännas av kommunstyrelsen enligt kommunens delegationsordning."),
    ("label", "Beslutsunderlag"),
    ("bullet", "Tjänsteskrivelse 2024-05-29"),
    ("bullet", "Förslag till avtal, 2024-05-20"),
    ("bullet", "Livsmedelsverkets revisionsrapport 2023-11-07"),
    ("label", "Förslag till beslut"),
    ("p", "1. Miljö- och byggnadsnämnden föreslår kommunstyrelsen att godkänna avtalet mellan Sotenäs kommun och "
          "Lysekils kommun om samverkan inom livsmedelskontroll 2024–2027."),
    ("p", "2. Paragrafen justeras omedelbart."),
    ("label", "Beslut"),
    ("p", "Nämnden beslutar enligt förslaget."),
    ("label", "Protokollsanteckning"),
    ("p", "Jan-Olof Kristensson (KD) antecknar till protokollet att avgifterna för livsmedelskontroll bör "
          "jämföras med grannkommunernas inför taxeöversynen."),
    ("label", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen, Lysekils kommun"),
]


def fixed_zip(raw: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    return out.getvalue()


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Garamond"
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "SOTENÄS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nMiljö- och byggnadsnämnden\tSammanträdesdatum 2024-06-19"
    foot = section.footer.paragraphs[0]
    foot.text = "Justerandes sign\t\tUtdragsbestyrkande"

    for label, value in DOCX_FIRST:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Mm(45), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.left_indent = Mm(45)
        p.paragraph_format.first_line_indent = Mm(-45)
        p.add_run(label).bold = True
        p.add_run("\t" + value)

    d.add_paragraph()
    sig_rows = [
        ("Sekreterare ......................................\tParagrafer 58–59", False),
        ("\tPetra Sundqvist", False),
        ("", False),
        ("Ordförande ................................\tJusterare ................................", False),
        ("Bo Lindahl\tMalin Ek", False),
    ]
    for text, bold in sig_rows:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Mm(90), WD_TAB_ALIGNMENT.LEFT)
        p.add_run(text).bold = bold
    d.add_paragraph()
    d.add_paragraph().add_run("ANSLAG/BEVIS").bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    d.add_paragraph("Organ: Miljö- och byggnadsnämnden\nSammanträdesdatum: 2024-06-19\n"
                    "Anslaget sätts upp: 2024-06-25\tAnslaget tas ned: 2024-07-17\n"
                    "Förvaringsplats: Kommunhuset, Kungshamn")
    d.add_page_break()

    for kind, text in DOCX_BODY:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "title":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "label":
            run = d.add_paragraph().add_run(text)
            run.bold = True
            run.italic = True
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "break":
            d.add_page_break()
        else:
            d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Sotenäs kommun"
    cp.last_modified_by = "Sotenäs kommun"
    cp.title = "Miljö- och byggnadsnämnden 2024-06-19"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / "sotenas-mbn-2024-06-19-protokoll.docx").write_bytes(fixed_zip(buf.getvalue()))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
