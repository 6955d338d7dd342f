"""Generate the binary documents of tests/heldout109/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout109/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.
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
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 3, 11, 15, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 27, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Melleruds kommun, kommunstyrelsen 2025-03-05, full protocol, 4 pages.
#
# Markup, one item per line:
#   "="                 new page
#   ""                  blank line
#   "#text"             bold line
#   "L|label|value"     label in the left column, value beside it (value may wrap)
#   "|value"            value only, in the right column
#   "P|§ 31|Dnr …"      paragraph heading line: number left, case number right (bold)
#   "T|a|b|c|d|e"       row of the vote table (first row is the header, bold)
#   anything else       normal text line in the full width
# ---------------------------------------------------------------------------------------------
MELLERUD_KS = """\
L|Plats och tid|Kommunhuset, sammanträdesrum Dalsland, onsdagen den 5 mars 2025, kl. 13.30–16.05

L|Beslutande|Ledamöter
|Karin Bergsten (C), ordförande
|Mikael Sjöholm (S), 1:e vice ordförande
|Roger Fält (SD), 2:e vice ordförande
|Elisabeth Lund (M)
|Torbjörn Hagman (C)
|Maria Grönkvist (S)
|Stig-Arne Bohlin (S)
|Jenny Rydell (SD)
|Hans-Olof Berg (KD)
|Ulf Karlsson (V)
|
|Tjänstgörande ersättare
|Birgitta Arvidsson (L) för Jan Almqvist (L)

L|Ej tjänstgörande ersättare|Kenneth Lövgren (S), Gun-Britt Alm (SD), Sofia Holmén (M)

L|Övriga närvarande|Anna-Karin Ström, kommunchef
|Peter Wiklander, ekonomichef, § 31
|Lisa Norlin, trafikstrateg, §§ 32–33
|Helena Östman, kommunsekreterare

L|Utses att justera|Elisabeth Lund (M) med Ulf Karlsson (V) som ersättare

L|Justeringens plats och tid|Kommunhuset, Mellerud, tisdagen den 11 mars 2025 kl. 15.00

L|Underskrifter|Sekreterare  ..................................      Paragrafer 31–34
|                      Helena Östman
|Ordförande    ..................................
|                      Karin Bergsten
|Justerare      ..................................
|                      Elisabeth Lund

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens anslagstavla.
L|Organ|Kommunstyrelsen
L|Sammanträdesdatum|2025-03-05
L|Anslaget sätts upp|2025-03-12
L|Anslaget tas ned|2025-04-03
L|Förvaringsplats|Kommunhuset, Mellerud
L|Underskrift|..................................   Helena Östman
=
P|§ 31|Dnr KS 2025/45
#Årsredovisning 2024 för Melleruds kommun

#Kommunstyrelsens förslag till kommunfullmäktige
1. Årsredovisning 2024 för Melleruds kommun godkänns.
2. Årets resultat om 18,4 mnkr balanseras i eget kapital, varav 5,0 mnkr avsätts till \
resultatutjämningsreserven.

#Kommunstyrelsens beslut för egen del
3. Kommunstyrelsen överlämnar årsredovisningen till kommunens revisorer.

#Sammanfattning av ärendet
Kommunens resultat för 2024 uppgår till 18,4 mnkr, vilket är 9,7 mnkr bättre än budget. Nämnderna \
redovisar sammantaget ett underskott om 3,2 mnkr, främst inom socialnämnden. Den sammanställda \
redovisningen omfattar även Mellerudshus AB och kommunens andel i Dalslands Miljö & Energiförbund. \
Årsredovisningen är upprättad enligt lagen (2018:597) om kommunal bokföring och redovisning. \
Balanskravsresultatet är 12,9 mnkr.

#Beslutsunderlag
Ekonomichefens tjänsteskrivelse 2025-02-18
Årsredovisning 2024, daterad 2025-02-17
Kommunstyrelsens arbetsutskott 2025-02-25, § 19

#Yrkande
Ordföranden yrkar bifall till arbetsutskottets förslag.

#Beslutsgång
Ordföranden frågar om kommunstyrelsen bifaller arbetsutskottets förslag och finner att så sker.

#Beslutet skickas till
Kommunfullmäktige
Kommunens revisorer
Ekonomichefen

P|§ 32|Dnr KS 2024/688
#Yttrande över regionalt trafikförsörjningsprogram för Västra Götaland 2026–2030

#Kommunstyrelsens beslut
Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och överlämnar det till \
Västra Götalandsregionen.

#Sammanfattning av ärendet
Västra Götalandsregionen har genom missiv daterat 2024-12-16 (regionens diarienummer \
RS 2024-04871) sänt förslag till regionalt trafikförsörjningsprogram på remiss till kommunerna i \
länet. Svar ska ha kommit in senast 2025-03-28. Programmet tas fram enligt 2 kap. 8 § lagen \
(2010:1065) om kollektivtrafik och ligger till grund för den trafik som Västtrafik AB upphandlar.
I förslaget till yttrande framhålls att regionaltågen på Vänerbanan behöver stanna i Mellerud minst \
en gång i timmen och att busslinjen Mellerud–Bäckefors–Ed bör behållas. Fyrbodals kommunalförbund \
samordnar ett delregionalt yttrande som behandlas av kommunalförbundets styrelse 2025-03-13.

#Beslutsunderlag
Tjänsteskrivelse 2025-02-20
Förslag till yttrande, 2025-02-21
Remisshandling från Västra Götalandsregionen, 2024-12-16

#Yrkanden
Ulf Karlsson (V) yrkar att yttrandet kompletteras med ett krav på att regionen utreder anropsstyrd \
trafik i Kroppefjällsområdet.
Karin Bergsten (C) och Mikael Sjöholm (S) yrkar bifall till förvaltningens förslag och avslag på \
Ulf Karlssons tilläggsyrkande.

#Beslutsgång
Ordföranden ställer först proposition på förvaltningens förslag och finner att kommunstyrelsen \
bifaller detta. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner att \
kommunstyrelsen avslår det.

#Särskilt yttrande
Roger Fält (SD) och Jenny Rydell (SD) lämnar ett särskilt yttrande, bilaga 2. Ersättaren \
Gun-Britt Alm (SD) ansluter sig till yttrandet.

Paragrafen justerades omedelbart.

#Beslutet skickas till
Västra Götalandsregionen
Fyrbodals kommunalförbund

P|§ 33|Dnr KS 2024/402
#Medfinansieringsavtal med Trafikverket – gång- och cykelväg Mellerud–Åsensbruk

#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner medfinansieringsavtalet mellan Melleruds kommun och Trafikverket om \
gång- och cykelväg utmed E45 mellan Mellerud och Åsensbruk.
2. Kommunens andel, högst 4,2 mnkr, finansieras inom investeringsbudgeten för 2025–2026.
3. Kommunchefen får i uppdrag att underteckna avtalet.

#Jäv
Torbjörn Hagman (C) anmäler jäv och deltar inte i handläggningen av ärendet.

#Sammanfattning av ärendet
Trafikverket bygger om E45 genom Åsensbruk under 2025–2026 (Trafikverkets ärendenummer \
TRV 2024/91537). I investeringsplanen, som kommunfullmäktige antog 2023-11-22, § 142, finns medel \
avsatta för en separat gång- och cykelväg till Mellerud. Enligt förslaget till avtal, daterat \
2025-01-30, betalar kommunen 50 procent av kostnaden, dock högst 4,2 mnkr. Bidraget lämnas med \
stöd av 2 kap. 3 § lagen (2009:47) om vissa kommunala befogenheter. Trafikverket svarar för \
projektering, upphandling och framtida drift av vägen.

#Beslutsunderlag
Tjänsteskrivelse 2025-02-14
Förslag till medfinansieringsavtal, 2025-01-30
Kommunstyrelsens arbetsutskott 2025-02-25, § 24

#Yrkanden
Mikael Sjöholm (S) yrkar bifall till arbetsutskottets förslag. Elisabeth Lund (M) instämmer i \
Sjöholms yrkande.
Roger Fält (SD) yrkar avslag med motiveringen att gång- och cykelvägen är statens ansvar.
=
#§ 33 (forts.)

#Beslutsgång
Ordföranden ställer proposition på Sjöholms och Fälts yrkanden och finner att kommunstyrelsen \
bifaller Sjöholms yrkande. Omröstning begärs. Ordföranden fastställer följande beslutsordning: \
ja-röst för bifall till Sjöholms yrkande, nej-röst för bifall till Fälts avslagsyrkande.

#Omröstningsresultat
Med 7 ja-röster mot 2 nej-röster, 1 avstod, beslutar kommunstyrelsen enligt Sjöholms yrkande. Hur \
var och en röstade framgår av omröstningsbilagan.

#Omröstningsbilaga § 33
T|Ledamot / tjänstgörande ersättare|Parti|Ja|Nej|Avstår
T|Karin Bergsten|C|X||
T|Mikael Sjöholm|S|X||
T|Roger Fält|SD||X|
T|Elisabeth Lund|M|X||
T|Torbjörn Hagman|C|jäv||
T|Maria Grönkvist|S|X||
T|Stig-Arne Bohlin|S|X||
T|Jenny Rydell|SD||X|
T|Hans-Olof Berg|KD|X||
T|Ulf Karlsson|V|||X
T|Birgitta Arvidsson|L|X||
T|Summa||7|2|1

#Reservation
Roger Fält (SD) och Jenny Rydell (SD) reserverar sig mot beslutet till förmån för Fälts yrkande.

#Beslutet skickas till
Trafikverket
Ekonomichefen

P|§ 34|Dnr KS 2025/3
#Meddelanden och delegationsbeslut

#Kommunstyrelsens beslut
Kommunstyrelsen lägger redovisningen av meddelanden och delegationsbeslut till handlingarna.

#Meddelanden
– Länsstyrelsen i Västra Götalands län, beslut 2025-02-04 efter tillsyn av kommunens krisberedskap.
– Fyrbodals kommunalförbund, protokoll från styrelsens sammanträde 2025-02-13.
– Dalslands Miljö & Energiförbund, verksamhetsberättelse 2024.
– Sveriges Kommuner och Regioner, cirkulär 25:4 om budgetförutsättningar för åren 2025–2028.

#Delegationsbeslut
– Kommunchefens beslut om anställningar, februari 2025.
– Ordförandens beslut 2025-02-20 om yttrande till Polismyndigheten över ansökan om tillstånd till \
offentlig tillställning på torget i Mellerud.
"""

LEFT = 20.0
LABEL_W = 48.0


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(LEFT, 10)
        self.cell(85, 5, "MELLERUDS KOMMUN")
        self.cell(85, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("F", "", 9)
        self.set_x(LEFT)
        self.cell(85, 5, "Kommunstyrelsen")
        self.cell(85, 5, "Sammanträdesdatum 2025-03-05", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(LEFT, 21, 190, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-17)
        self.set_font("F", "", 8)
        self.line(LEFT, self.get_y() - 1, 190, self.get_y() - 1)
        self.set_x(LEFT)
        self.cell(60, 4, "Justerandes sign ..................")
        self.cell(70, 4, "Utdragsbestyrkande ..................")
        self.cell(40, 4, f"Sida {self.page_no()} ({{nb}})", align="R")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2025-03-05")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall KS")
    pdf.set_producer("fpdf2")
    pdf.set_margins(LEFT, 26, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    h = 4.8
    for line in MELLERUD_KS.splitlines():
        if line == "=":
            pdf.add_page()
        elif line == "":
            pdf.ln(h * 0.6)
        elif line.startswith("#"):
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(0, h, line[1:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("L|"):
            _, label, value = line.split("|", 2)
            pdf.set_font("F", "B", 9)
            y = pdf.get_y()
            pdf.multi_cell(LABEL_W - 2, h, label, new_x="RIGHT", new_y="TOP")
            pdf.set_xy(LEFT + LABEL_W, y)
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, h, value, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y + (h * 2 if len(label) > 26 else h)))
        elif line.startswith("|"):
            pdf.set_font("F", "", 9.5)
            pdf.set_x(LEFT + LABEL_W)
            pdf.multi_cell(0, h, line[1:] or " ", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("P|"):
            _, num, dnr = line.split("|")
            pdf.ln(2)
            pdf.set_font("F", "B", 11)
            pdf.cell(85, h + 1, num)
            pdf.set_font("F", "", 9.5)
            pdf.cell(85, h + 1, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("T|"):
            cells = line.split("|")[1:]
            header = cells[0].startswith("Ledamot")
            pdf.set_font("F", "B" if header or cells[0] == "Summa" else "", 9)
            widths = (70, 20, 18, 18, 18)
            for w, c in zip(widths, cells, strict=False):
                pdf.cell(w, h, c, border=1, align="L" if w >= 70 else "C")
            pdf.ln(h)
        else:
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, h, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "mellerud-ks-2025-03-05-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Tibro kommun, barn- och utbildningsnämnden 2025-05-20, full protocol, 3 §§.
# ---------------------------------------------------------------------------------------------
BUN_TOP = [
    ("b", "Tibro kommun"),
    ("b", "Barn- och utbildningsnämnden"),
    ("p", "SAMMANTRÄDESPROTOKOLL"),
    ("p", "Sammanträdesdatum: 2025-05-20"),
    ("p", "Plats och tid: Kommunhuset, sammanträdesrum Ransberg, tisdagen den 20 maj 2025, kl. 14.00–16.45"),
]

# (name, party, note); a row with only a name is a sub-heading inside the table.
BUN_ATT: list[tuple[str, str, str]] = [
    ("Ledamöter", "Parti", "Anmärkning"),
    ("Malin Ekstrand", "C", "ordförande"),
    ("Tobias Wern", "S", "vice ordförande"),
    ("Hanna Ljungqvist", "M", ""),
    ("Ola Sandberg", "S", ""),
    ("Ida Lorentzon", "KD", "frånvarande"),
    ("Ricky Sjögren", "SD", ""),
    ("Camilla Norrby", "S", ""),
    ("Erik Falk", "L", ""),
    ("Sandra Lilja", "SD", ""),
    ("Tjänstgörande ersättare", "", ""),
    ("Pontus Hed", "KD", "för Ida Lorentzon"),
    ("Ersättare som inte tjänstgör", "", ""),
    ("Gunilla Rehn", "S", ""),
    ("Mats Oskarsson", "M", ""),
    ("Övriga närvarande", "", ""),
    ("Johanna Lindh", "", "förvaltningschef"),
    ("Oskar Persson", "", "controller, § 41"),
    ("Emelie Dahlberg", "", "nämndsekreterare"),
]

BUN_META = [
    "Justerare: Hanna Ljungqvist (M)",
    "Justeringens plats och tid: Kommunhuset, Tibro, 2025-05-27",
    "Paragrafer: 41–43",
]

# "#" bold heading, "*" List Bullet, "+" List Number (Word numbering, numbers not in the text),
# "!" page break, anything else a normal paragraph.
BUN_BODY: list[str] = [
    "!",
    "#§ 41    Dnr BUN 2025/9",
    "#Ekonomisk uppföljning per april 2025",
    "#Beslut",
    "*Barn- och utbildningsnämnden godkänner ekonomisk uppföljning per april 2025.",
    "*Förvaltningschefen får i uppdrag att till sammanträdet i juni redovisa åtgärder för en budget i balans.",
    "#Ärendebeskrivning",
    "Prognosen för helåret visar ett underskott om 2,9 mnkr, främst inom grundsärskolan och "
    "skolskjutsverksamheten. Statsbidraget från Skolverket för likvärdig skola har minskat med 0,8 mnkr "
    "jämfört med 2024. Nämndens budgetram fastställdes av kommunfullmäktige 2024-11-25.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-05-08",
    "Månadsrapport april 2025",
    "#Yrkanden",
    "Ricky Sjögren (SD) yrkar som tillägg att förvaltningen även ska redovisa kostnaden för "
    "skolskjutsar per elev och skola.",
    "Malin Ekstrand (C) yrkar bifall till förvaltningens förslag och avslag på tilläggsyrkandet.",
    "#Beslutsgång",
    "Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. Därefter "
    "ställer ordföranden proposition på tilläggsyrkandet och finner det avslaget.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 42    Dnr BUN 2025/58",
    "#Remissyttrande – Utbildningsdepartementets promemoria Förskola för fler barn (U2025/00814)",
    "#Beslut",
    "Barn- och utbildningsnämnden antar förvaltningens förslag till yttrande och sänder det till "
    "Utbildningsdepartementet.",
    "#Ärendebeskrivning",
    "Utbildningsdepartementet har i remiss 2025-03-14 bett Tibro kommun om synpunkter på promemorian "
    "Förskola för fler barn. Svar ska ha kommit in senast 2025-06-05. Promemorian föreslår ändringar i "
    "8 kap. 5 § skollagen (2010:800) så att barn till arbetssökande föräldrar ska erbjudas förskola "
    "30 timmar i veckan. Förvaltningen tillstyrker förslaget men påpekar att statsbidraget behöver "
    "räknas upp.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-04-29",
    "Förslag till yttrande",
    "#Beslutsgång",
    "Ordföranden frågar om nämnden kan anta förvaltningens förslag och finner att så sker.",
    "#Särskilt yttrande",
    "Tobias Wern (S), Ola Sandberg (S) och Camilla Norrby (S) lämnar följande särskilda yttrande: "
    "”Vi tillstyrker förslaget men anser att yttrandet tydligare borde ha krävt full finansiering "
    "från staten.” Ersättaren Gunilla Rehn (S) instämmer i yttrandet.",
    "Paragrafen justeras omedelbart.",
    "#Beslutet skickas till",
    "Utbildningsdepartementet",
    "#§ 43    Dnr BUN 2025/71",
    "#Avtal om modersmålsundervisning med Skövde kommun",
    "#Beslut",
    "+Barn- och utbildningsnämnden godkänner avtal mellan Tibro kommun och Skövde kommun om "
    "modersmålsundervisning och studiehandledning på modersmål för läsåren 2025/26–2027/28.",
    "+Förvaltningschefen får i uppdrag att underteckna avtalet.",
    "+Avtalet gäller från och med 2025-08-01.",
    "#Ärendebeskrivning",
    "Skövde kommun erbjuder från hösten 2025 modersmålsundervisning i 24 språk till elever i "
    "grannkommunerna. Priset per elev och läsår är 11 400 kronor. Tibros elever undervisas i dag av "
    "Modersmålscentrum Skaraborg AB, vars avtal med kommunen löper ut 2025-06-30. "
    "Skövde kommun har för sin del godkänt avtalsförslaget genom beslut 2025-04-22, § 37. "
    "Förslaget till avtal är daterat 2025-04-30.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-05-06",
    "Förslag till avtal, 2025-04-30",
    "#Yrkanden",
    "Ricky Sjögren (SD) yrkar att ärendet återremitteras för att utreda kostnaden för att anställa egna "
    "modersmålslärare. Sandra Lilja (SD) instämmer i Sjögrens yrkande.",
    "Malin Ekstrand (C) yrkar att ärendet avgörs i dag och att nämnden bifaller förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att "
    "det ska avgöras i dag. Votering begärs. Den som vill att ärendet avgörs i dag röstar ja, den som "
    "vill att ärendet återremitteras röstar nej. Voteringen ger 7 ja-röster och 2 nej-röster. "
    "Nämnden har således beslutat att avgöra ärendet i dag.",
    "Ordföranden ställer därefter proposition på förvaltningens förslag och finner det bifallet.",
    "#Reservation",
    "Ricky Sjögren (SD) och Sandra Lilja (SD) reserverar sig mot beslutet att inte återremittera ärendet.",
    "#Beslutet skickas till",
    "Skövde kommun",
    "Modersmålscentrum Skaraborg AB",
    "#Underskrifter",
    "Sekreterare: Emelie Dahlberg",
    "Ordförande: Malin Ekstrand",
    "Justerare: Hanna Ljungqvist",
]


def _add_field(run, instr: str) -> None:
    """Append a Word field (PAGE / NUMPAGES) to a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    value = OxmlElement("w:t")
    value.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, code, sep, value, end):
        run._r.append(el)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Tibro kommun"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-05-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.last_modified_by = "Nämndsekreterare"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tibro kommun\tBarn- och utbildningsnämnden\tProtokoll 2025-05-20"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Justerandes signatur ____________\t\tSida ")
    _add_field(fp.add_run(), "PAGE")
    fp.add_run(" av ")
    _add_field(fp.add_run(), "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT

    for kind, text in BUN_TOP:
        p = d.add_paragraph()
        p.add_run(text).bold = kind == "b"

    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for i, (name, party, note) in enumerate(BUN_ATT):
        cells = table.add_row().cells
        if not party and not note and i > 0:
            cells[0].merge(cells[2])
            cells[0].paragraphs[0].add_run(name).bold = True
            continue
        for cell, value in zip(cells, (name, party, note), strict=False):
            cell.paragraphs[0].add_run(value).bold = i == 0

    for line in BUN_META:
        d.add_paragraph(line)

    for line in BUN_BODY:
        if line == "!":
            d.add_page_break()
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        elif line.startswith("+"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 27, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "tibro-bun-2025-05-20-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
