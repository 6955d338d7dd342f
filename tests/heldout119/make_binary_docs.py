# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout119/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout119/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.

- valdemarsvik-ks-2025-11-04-protokoll.pdf: full protocol, §§ 178–182. Running header with
  "Sida n (N)" and a signature footer on every page; the first page holds a seat grid
  (Ledamöter | Funktion | Närv. | Ersättare | Närv.) with "tjg" marks; page breaks fall where the
  text runs out, inside paragraphs, without "forts." lines.
- gnosjo-bun-2025-03-19-protokoll.docx: full protocol, §§ 21–24. Header with PAGE/NUMPAGES fields,
  footer "Justerandes sign / Utdragsbestyrkande", first page as a two-column label table with
  multi-line cells, a page break before § 21, Word bullet lists and typed "1)" points.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 11, 7, 14, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 24, 15, 0, 0)
DOCX_ZIP_TIME = (2025, 3, 24, 15, 0, 0)

# ==============================================================================================
# 1. Valdemarsviks kommun, Kommunstyrelsen 2025-11-04 – PDF, full protocol, §§ 178–182.
# ==============================================================================================

VALD_GRID = [
    ("Mats Hellgren (S)", "ordförande", "X", "Lena Sjöberg (S)", "X"),
    ("Åsa Fredriksson (M)", "1:e vice ordförande", "X", "Göran Ekström (M)", "–"),
    ("Johan Pettersson (SD)", "2:e vice ordförande", "X", "Marie Lund (SD)", "X"),
    ("Cecilia Nord (S)", "", "X", "Ali Hassan (S)", "–"),
    ("Henrik Strand (S)", "", "–", "Pia Lindblom (S)", "tjg"),
    ("Birgitta Åhman (C)", "", "X", "Erik Boström (C)", "–"),
    ("Anders Wiklund (M)", "", "X", "Susanne Hed (M)", "X"),
    ("Oskar Lejon (SD)", "", "X", "Roland Gustavsson (SD)", "–"),
    ("Jenny Törnqvist (KD)", "", "X", "Leif Sandell (KD)", "–"),
    ("Karl-Erik Björk (V)", "", "–", "Nadia Karimi (V)", "tjg"),
    ("Ingrid Wass (L)", "", "X", "Per Olausson (L)", "–"),
]

VALD_FRONT_AFTER = [
    ("Förklaring", "X = närvarande, – = frånvarande, tjg = tjänstgör för ordinarie ledamot"),
    ("Övriga närvarande", "Therese Malm, kommunchef\nNiklas Berggren, ekonomichef, §§ 178–179\nEmil Rosén, miljöstrateg, § 180\nSofia Hjalmarsson, kommunsekreterare"),
    ("Utses att justera", "Birgitta Åhman (C)"),
    ("Justeringens plats och tid", "Kommunhuset, Valdemarsvik, fredagen den 7 november 2025 kl. 10.00"),
    ("Paragrafer", "178–182"),
]

VALD_SIGN = [
    ("Sekreterare", "Sofia Hjalmarsson"),
    ("Ordförande", "Mats Hellgren"),
    ("Justerare", "Birgitta Åhman"),
]

VALD_ANSLAG = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2025-11-04"),
    ("Anslaget sätts upp", "2025-11-10"),
    ("Anslaget tas ned", "2025-12-02"),
    ("Förvaringsplats för protokollet", "Kommunhuset, Valdemarsvik"),
    ("Underskrift", "Sofia Hjalmarsson"),
]

# Body markup: "P|number|title|dnr" = paragraph heading, "#" = bold sub-heading, "" = gap.
VALD_BODY = """\
P|§ 178|Ekonomisk uppföljning per den 30 september 2025|Dnr KS 2025/45
#Beslut
Kommunstyrelsen beslutar
– att godkänna den ekonomiska uppföljningen per den 30 september 2025,
– att uppmana socialnämnden att vid sitt sammanträde i december redovisa åtgärder som minskar nämndens prognostiserade underskott.
#Ärendebeskrivning
Prognosen för helåret visar ett överskott på 3,1 miljoner kronor, att jämföra med det budgeterade resultatet på 7,5 miljoner kronor. Socialnämnden prognostiserar ett underskott på 9,4 miljoner kronor, främst inom hemtjänsten och placeringar av barn och unga. Skatteintäkterna bedöms bli 2,2 miljoner kronor högre än budgeterat enligt skatteunderlagsprognosen från oktober. Kommunfullmäktige beslutade 2025-06-16, § 61, att socialnämnden ska ta fram en åtgärdsplan.
#Beslutsunderlag
Tjänsteskrivelse, ekonomichef, 2025-10-20
Ekonomisk uppföljning september 2025
#Yrkande
Mats Hellgren (S) yrkar bifall till förvaltningens förslag.
#Beslutet skickas till
Socialnämnden
Ekonomichefen

P|§ 179|Mål och budget 2026 med plan för 2027–2028|Dnr KS 2025/112
#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
1. Skattesatsen för 2026 fastställs till 22,41 kronor per skattekrona.
2. Mål och budget 2026 med plan för 2027–2028 fastställs enligt bilaga.
3. Kommunstyrelsen får under 2026 nyupplåna högst 35 miljoner kronor.
Kommunstyrelsen beslutar för egen del
4. Kommunchefen får i uppdrag att ta fram internbudget för 2026 och redovisa den för kommunstyrelsen senast 2025-12-15.
#Ärendebeskrivning
Förslaget bygger på budgetberedningen 2025-10-07 och på ekonomichefens tjänsteskrivelse 2025-10-14. Skattesatsen är oförändrad. Nämndernas ramar ökar med sammanlagt 2,8 procent. Budgeten innehåller ett ägartillskott på 4 miljoner kronor till Valdemarsviks Bostäder AB för renovering av hyreshus i Gusum och Ringarum. Moderaterna och Kristdemokraterna har lämnat ett gemensamt budgetförslag daterat 2025-10-28 och Sverigedemokraterna ett eget daterat 2025-10-29. Budgeten fastställs enligt 11 kap. 8 § kommunallagen (2017:725).
#Beslutsunderlag
Tjänsteskrivelse, ekonomichef, 2025-10-14
Förslag till mål och budget 2026–2028
Budgetförslag från Moderaterna och Kristdemokraterna, 2025-10-28
Budgetförslag från Sverigedemokraterna, 2025-10-29
#Yrkanden
Mats Hellgren (S), Birgitta Åhman (C) och Ingrid Wass (L) yrkar bifall till förvaltningens förslag.
Åsa Fredriksson (M) yrkar bifall till Moderaternas och Kristdemokraternas budgetförslag. Jenny Törnqvist (KD) instämmer i Åsa Fredrikssons yrkande.
Johan Pettersson (SD) yrkar bifall till Sverigedemokraternas budgetförslag.
#Propositionsordning
Ordföranden ställer först Moderaternas och Kristdemokraternas förslag mot Sverigedemokraternas förslag för att utse ett motförslag och finner att Moderaternas och Kristdemokraternas förslag blir motförslag. Därefter ställer ordföranden förvaltningens förslag mot motförslaget och finner att kommunstyrelsen bifaller förvaltningens förslag. Votering begärs.
Den som vill bifalla förvaltningens förslag röstar ja. Den som vill bifalla motförslaget röstar nej.
#Omröstning
Följande röstar ja: Mats Hellgren (S), Cecilia Nord (S), Pia Lindblom (S), Birgitta Åhman (C), Nadia Karimi (V) och Ingrid Wass (L).
Följande röstar nej: Åsa Fredriksson (M), Anders Wiklund (M) och Jenny Törnqvist (KD).
Följande avstår: Johan Pettersson (SD) och Oskar Lejon (SD).
Kommunstyrelsen har med 6 röster mot 3, 2 avstod, beslutat enligt förvaltningens förslag.
#Reservation
Åsa Fredriksson (M), Anders Wiklund (M) och Jenny Törnqvist (KD) reserverar sig mot beslutet till förmån för eget förslag.
#Beslutet skickas till
Kommunfullmäktige

P|§ 180|Yttrande över förslag till bildande av naturreservatet Kättilö i Gryts skärgård|Dnr KS 2025/241
#Beslut
Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Länsstyrelsen Östergötland.
#Justering
Kommunstyrelsen förklarar paragrafen omedelbart justerad.
#Ärendebeskrivning
Länsstyrelsen Östergötland har remitterat förslag till beslut och skötselplan för naturreservatet Kättilö till kommunen (länsstyrelsens dnr 511-6652-2024) och vill ha svar senast 2025-11-10. Reservatet omfattar cirka 640 hektar land och vatten i Gryts skärgård. Sveaskog Förvaltnings AB äger en mindre del av marken. Föreskrifterna meddelas med stöd av 7 kap. 5 § miljöbalken.
Förvaltningen är positiv till reservatet men föreslår att kommunen begär att den allmänna bryggan vid Kättilö får finnas kvar och att föreskrifterna inte hindrar skärgårdstrafiken. Miljöstrateg Emil Rosén föredrar ärendet.
#Beslutsunderlag
Tjänsteskrivelse, miljöstrateg, 2025-10-22
Förslag till yttrande, 2025-10-23
Remiss från Länsstyrelsen Östergötland, 2025-09-12
#Yrkande
Birgitta Åhman (C) yrkar bifall till förvaltningens förslag.
#Särskilt yttrande
Anders Wiklund (M) lämnar följande särskilda yttrande: ”Moderaterna är positiva till reservatet men anser att de enskilda markägarna i skärgården ska få full ersättning och att det småskaliga yrkesfisket inte får begränsas.”
Ersättaren Susanne Hed (M) instämmer i det särskilda yttrandet.
#Beslutet skickas till
Länsstyrelsen Östergötland

P|§ 181|Avtal om gemensam upphandlingsfunktion med Söderköpings kommun|Dnr KS 2025/263
#Beslut
Kommunstyrelsen beslutar
att godkänna avtalet om gemensam upphandlingsfunktion mellan Valdemarsviks kommun och Söderköpings kommun,
att avtalet gäller från och med 2026-01-01 och tills vidare med ett års uppsägningstid,
att uppdra åt kommunchefen att underteckna avtalet.
#Ärendebeskrivning
Valdemarsviks kommun har i dag en upphandlare och köper stöd vid behov. Enligt avtalet samlas upphandlingsfunktionen hos Söderköpings kommun, som blir värdkommun, och kostnaderna fördelas med 40 procent på Valdemarsvik och 60 procent på Söderköping. Norrköpings kommun har erbjudit sig att sälja upphandlingstjänster, men det alternativet bedöms bli dyrare. Kommunerna fortsätter att avropa ramavtal från Kammarkollegiet. Söderköpings kommun behandlar avtalet 2025-11-12.
#Beslutsunderlag
Tjänsteskrivelse, kommunchef, 2025-10-16
Förslag till avtal, 2025-10-09
#Yrkanden
Mats Hellgren (S) yrkar bifall till förvaltningens förslag. Ingrid Wass (L) instämmer.
#Protokollsanteckning
Oskar Lejon (SD) antecknar till protokollet att Sverigedemokraterna vill att lokala företag får bättre möjligheter att lämna anbud och att avtalet därför bör följas upp efter ett år.
#Beslutet skickas till
Söderköpings kommun

P|§ 182|Svar på motion om laddinfrastruktur vid kommunens anläggningar|Dnr KS 2025/77
#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.
#Ärendebeskrivning
Ingrid Wass (L) föreslår i en motion daterad 2025-02-24 att kommunen ska bygga publika laddplatser vid simhallen, biblioteket och idrottsplatsen. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2025-03-17, § 22. Förvaltningen redovisar att sex publika laddplatser redan finns vid kommunhuset och att Vattenfall Eldistribution AB behöver förstärka elnätet vid idrottsplatsen innan fler kan byggas. Kommunen avser att söka stöd från Naturvårdsverket inom Klimatklivet.
#Beslutsunderlag
Tjänsteskrivelse, kommunchef, 2025-09-30
Motion från Ingrid Wass (L), 2025-02-24
#Yrkanden
Ingrid Wass (L) yrkar bifall till motionen.
Mats Hellgren (S) yrkar bifall till förvaltningens förslag.
#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller förvaltningens förslag.
#Reservation
Ingrid Wass (L) reserverar sig mot beslutet.
#Beslutet skickas till
Kommunfullmäktige
"""


class ValdPDF(FPDF):
    def header(self) -> None:
        self.set_font("S", "B", 10)
        self.set_xy(20, 10)
        self.cell(90, 5, "VALDEMARSVIKS KOMMUN")
        self.set_font("S", "", 9)
        self.set_xy(120, 10)
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="R")
        self.set_xy(20, 15)
        self.cell(90, 5, "Kommunstyrelsen")
        self.set_xy(120, 15)
        self.cell(70, 5, f"2025-11-04    Sida {self.page_no()} ({{nb}})", align="R")
        self.line(20, 21.5, 190, 21.5)
        self.set_xy(20, 26)

    def footer(self) -> None:
        self.set_y(-16)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.set_font("S", "", 8)
        self.cell(85, 5, "Justerandes sign")
        self.cell(85, 5, "Utdragsbestyrkande", align="R")


def make_valdemarsvik() -> None:
    pdf = ValdPDF(format="A4")
    pdf.add_font("S", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("S", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2025-11-04")
    pdf.set_author("Kansliet")
    pdf.set_creator("Microsoft Word för Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_margins(20, 26, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("S", "B", 14)
    pdf.cell(0, 8, "Protokoll", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    pdf.cell(45, 5, "Plats och tid")
    pdf.multi_cell(0, 5, "Kommunhuset, Valdemarsvik, sessionssalen, tisdagen den 4 november 2025 kl. 08.30–12.15", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    widths = (50, 36, 12, 50, 12)
    pdf.set_font("S", "B", 9)
    for w, head in zip(widths, ("Ledamöter", "Funktion", "Närv.", "Ersättare", "Närv."), strict=True):
        pdf.cell(w, 6, head, border="B")
    pdf.ln(6)
    pdf.set_font("S", "", 9)
    for row in VALD_GRID:
        for w, val in zip(widths, row, strict=True):
            pdf.cell(w, 5.2, val)
        pdf.ln(5.2)
    pdf.ln(3)

    for label, value in VALD_FRONT_AFTER:
        pdf.set_font("S", "B", 9)
        pdf.cell(52, 5, label)
        pdf.set_font("S", "", 9)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.ln(2)
    pdf.set_font("S", "B", 9)
    pdf.cell(45, 5, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    for label, name in VALD_SIGN:
        pdf.ln(3)
        pdf.cell(45, 5, label)
        pdf.cell(0, 5, "..................................................", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(45, 5, "")
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")

    pdf.ln(5)
    y = pdf.get_y()
    pdf.rect(20, y, 170, 6 + 5.5 * len(VALD_ANSLAG) + 8)
    pdf.set_xy(22, y + 1.5)
    pdf.set_font("S", "B", 9)
    pdf.cell(0, 5, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("S", "", 8)
    pdf.cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", new_x="LMARGIN", new_y="NEXT")
    for label, value in VALD_ANSLAG:
        pdf.set_x(22)
        pdf.cell(55, 5.5, label)
        pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    for line in VALD_BODY.splitlines():
        if line.startswith("P|"):
            _, num, title, dnr = line.split("|")
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("S", "B", 11)
            pdf.cell(30, 6, num)
            pdf.set_font("S", "", 9)
            pdf.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("S", "B", 11)
            pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.startswith("#"):
            pdf.ln(1.5)
            pdf.set_font("S", "B", 9.5)
            pdf.cell(0, 5, line[1:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("S", "", 9.5)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "valdemarsvik-ks-2025-11-04-protokoll.pdf"))


# ==============================================================================================
# 2. Gnosjö kommun, Barn- och utbildningsnämnden 2025-03-19 – DOCX, full protocol, §§ 21–24.
# ==============================================================================================

GNOSJO_FRONT = [
    ("Plats och tid", "Kommunhuset, sammanträdesrum Åsen, Gnosjö, kl. 13.15–16.40"),
    ("Ledamöter", "Ulrika Jönsson (KD), ordförande\nRasmus Thor (M), vice ordförande\nSven-Olof Ekdahl (KD), §§ 21, 23–24\nAnnika Gustavsson (S)\nLinda Ahlberg (C)\nTina Sjöholm (SD)"),
    ("Tjänstgörande ersättare", "Kenneth Ring (S) för Mohammed Al-Haddad (S)\nBengt Falk (KD) för Sven-Olof Ekdahl (KD), § 22"),
    ("Ersättare", "Josefin Lund (M), Ida Carlsson (C)"),
    ("Övriga närvarande", "Johanna Blom, förvaltningschef\nOskar Nyman, skolskjutssamordnare, § 22\nLisa Wernersson, elevhälsochef, § 24\nElin Frid, nämndsekreterare"),
    ("Utses att justera", "Annika Gustavsson (S)"),
    ("Justeringens plats och tid", "Kommunhuset, Gnosjö, måndagen den 24 mars 2025"),
    ("Underskrifter", "Sekreterare   ......................................   Paragrafer 21–24\n                    Elin Frid\n\nOrdförande   ......................................\n                    Ulrika Jönsson\n\nJusterare     ......................................\n                    Annika Gustavsson"),
]

GNOSJO_ANSLAG = [
    ("Organ", "Barn- och utbildningsnämnden"),
    ("Sammanträdesdatum", "2025-03-19"),
    ("Datum då anslaget sätts upp", "2025-03-25"),
    ("Datum då anslaget tas ned", "2025-04-16"),
    ("Förvaringsplats för protokollet", "Kommunhuset, Gnosjö"),
    ("Underskrift", "......................................\nElin Frid"),
]

# Body markup: "H|§ 21|title" = heading line (number, tab, title), "D|..." = Dnr line,
# "#" = bold sub-heading, "*" = List Bullet paragraph, other lines = Normal paragraphs.
GNOSJO_BODY = """\
H|§ 21|Information från förvaltningschefen
#Beslut
Barn- och utbildningsnämnden tackar för informationen och lägger den till handlingarna.
#Ärendebeskrivning
Förvaltningschef Johanna Blom informerar om
*Skolinspektionens regelbundna tillsyn av Hillerstorps skola, där beslut väntas i maj 2025,
*läget i förskolekön, där 14 barn väntar på plats i Gnosjö tätort,
*arbetet med en ny resursfördelningsmodell inför budget 2026.
H|§ 22|Revidering av riktlinjer för skolskjuts
D|Dnr BUN 2024/0077
#Jäv
Sven-Olof Ekdahl (KD) anmäler jäv och lämnar lokalen under ärendets behandling. Bengt Falk (KD) tjänstgör i hans ställe.
#Beslut
*Barn- och utbildningsnämnden antar reviderade riktlinjer för skolskjuts enligt bilaga 1.
*Riktlinjerna gäller från och med läsåret 2025/2026 och ersätter de riktlinjer som nämnden antog 2019-05-22, § 38.
#Ärendebeskrivning
Riktlinjerna har setts över sedan Jönköpings Länstrafik ändrat busslinjerna mellan Gnosjö, Hillerstorp och Kulltorp. Avståndsgränserna behålls: 2 km för förskoleklass–årskurs 3, 4 km för årskurs 4–6 och 5 km för årskurs 7–9. Rätten till skolskjuts följer av 10 kap. 32 § skollagen (2010:800). Skolskjutsarna upphandlas tillsammans med Gislaveds kommun.
Förvaltningens tjänsteskrivelse är daterad 2025-03-04. Skolskjutssamordnare Oskar Nyman föredrar ärendet.
#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Annika Gustavsson (S) yrkar att avståndsgränsen för årskurs 4–6 sänks till 3 km. Kenneth Ring (S) instämmer i Annika Gustavssons yrkande.
#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag mot Annika Gustavssons ändringsyrkande och finner att nämnden bifaller förvaltningens förslag. Votering begärs.
Ja-röst för förvaltningens förslag, nej-röst för Annika Gustavssons yrkande.
#Votering
Voteringen utfaller med 4 ja-röster mot 3 nej-röster. Ja röstar Ulrika Jönsson (KD), Rasmus Thor (M), Bengt Falk (KD) och Linda Ahlberg (C). Nej röstar Annika Gustavsson (S), Kenneth Ring (S) och Tina Sjöholm (SD). Nämnden har därmed beslutat enligt förvaltningens förslag.
#Reservation
Annika Gustavsson (S) och Kenneth Ring (S) reserverar sig mot beslutet till förmån för Annika Gustavssons yrkande.
#Beslutet skickas till
Gislaveds kommun
Jönköpings Länstrafik
Rektorerna
H|§ 23|Svar på remiss – Motion om avgiftsfri frukost i grundskolan
D|Dnr BUN 2025/0012
#Beslut
Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till kommunstyrelsen.
#Ärendebeskrivning
Roger Axelsson (S) föreslår i en motion daterad 2024-11-25 att alla elever i grundskolan ska erbjudas en avgiftsfri frukost. Kommunfullmäktige överlämnade motionen till kommunstyrelsen 2024-12-09, § 112. Kommunstyrelsen har remitterat motionen till barn- och utbildningsnämnden för yttrande senast 2025-04-30 (kommunstyrelsens dnr KS 2024/0419).
Förvaltningen bedömer kostnaden till 2,3 miljoner kronor per år och anser att skolmåltiderna i första hand ska följa Livsmedelsverkets råd för lunch i skolan. Förvaltningens tjänsteskrivelse är daterad 2025-02-27.
#Yrkanden
Rasmus Thor (M) yrkar bifall till förvaltningens förslag.
Annika Gustavsson (S) yrkar att nämnden ska ställa sig positiv till motionen.
#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Rasmus Thors yrkande.
#Särskilt yttrande
Tina Sjöholm (SD) lämnar följande särskilda yttrande: ”Vi ser behovet men vill hellre att pengarna går till fler lärarledda timmar.”
#Protokollsanteckning
Linda Ahlberg (C) får följande antecknat till protokollet: ”Centerpartiet vill att en försöksverksamhet med frukost prövas på en skola under hösten 2025.”
#Beslutet skickas till
Kommunstyrelsen
H|§ 24|Avtal med Värnamo kommun om platser i anpassad grundskola 2025–2027
D|Dnr BUN 2025/0031
#Beslut
1) Barn- och utbildningsnämnden godkänner avtalet med Värnamo kommun om platser i anpassad grundskola för perioden 2025-07-01–2027-06-30.
2) Förvaltningschefen får i uppdrag att underteckna avtalet.
3) Paragrafen justeras omedelbart.
#Ärendebeskrivning
Gnosjö kommun har ingen egen anpassad grundskola för årskurs 7–9. Sex elever går i dag i Värnamo kommuns anpassade grundskola. Avtalet mellan Gnosjö kommun och Värnamo kommun reglerar antalet platser, skolskjuts och ersättning per elev. Gislaveds kommun och Vaggeryds kommun har egna avtal med Värnamo kommun. Förslaget till avtal är daterat 2025-02-28 och förvaltningens tjänsteskrivelse 2025-03-06. Elevhälsochef Lisa Wernersson föredrar ärendet.
#Yrkande
Rasmus Thor (M) yrkar bifall till förvaltningens förslag.
#Beslutet skickas till
Värnamo kommun
"""


def add_field(paragraph, instr: str, cached: str) -> None:
    """A complex field (begin / instrText / separate / cached result / end), as Word writes it."""

    def run_with(child) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = cached
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_cell(cell, text: str, bold: bool = False) -> None:
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    p.add_run(lines[0]).bold = bold
    for line in lines[1:]:
        q = cell.add_paragraph()
        q.add_run(line).bold = bold


def make_gnosjo() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Elin Frid"
    cp.last_modified_by = "Elin Frid"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-03-19"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 3
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("GNOSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida ").bold = False
    add_field(hp, "PAGE", "1")
    hp.add_run("(")
    add_field(hp, "NUMPAGES", "4")
    hp.add_run(")")
    sec.header.add_paragraph("Barn- och utbildningsnämnden\tSammanträdesdatum\t2025-03-19")
    sec.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    d.add_paragraph().add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Sammanträdesprotokoll 2025-03-19")
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in GNOSJO_FRONT:
        cells = table.add_row().cells
        set_cell(cells[0], label, bold=True)
        set_cell(cells[1], value)
    d.add_paragraph()
    d.add_paragraph().add_run("ANSLAG/BEVIS").bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    anslag = d.add_table(rows=0, cols=2)
    anslag.style = "Table Grid"
    for label, value in GNOSJO_ANSLAG:
        cells = anslag.add_row().cells
        set_cell(cells[0], label)
        set_cell(cells[1], value)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for line in GNOSJO_BODY.splitlines():
        if line.startswith("H|"):
            _, num, title = line.split("|")
            p = d.add_paragraph(style="Heading 2")
            p.add_run(f"{num}\t{title}")
        elif line.startswith("D|"):
            d.add_paragraph(line[2:])
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        else:
            d.add_paragraph(line)

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=DOCX_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "gnosjo-bun-2025-03-19-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_valdemarsvik()
    make_gnosjo()


if __name__ == "__main__":
    main()
