# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout120/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout120/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.

- borgholm-bn-2024-09-18-protokoll.pdf: Borgholms kommun, Byggnadsnämnden, full protocol,
  §§ 112-119. Word-export look: running head "SAMMANTRÄDESPROTOKOLL / Blad n (N)", "BN § 112"
  in the left margin with the bold title beside it, label lines Dnr/Fastighet/Sökande, a
  roll-call table with X marks and a Summa row, a delegation table, footer boxes.
- bjuv-bmn-2025-05-22-protokoll.docx: Bjuvs kommun, Bygg- och miljönämnden, full protocol,
  §§ 41-47. Header table with PAGE/NUMPAGES fields, a närvarolista table (Namn | Parti |
  Uppdrag | Anmärkning), "§ 41<TAB>Title" headings with "Ärendenummer: BMN.2024.1234" below,
  Word numbered lists that restart for every decision, a delegation table.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 9, 24, 14, 12, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 27, 10, 45, 0)
ZIP_TIME = (2025, 5, 27, 10, 45, 0)

# ----------------------------------------------------------------------------------------------
# PDF: Borgholms kommun, Byggnadsnämnden 2024-09-18, full protocol.

BH_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Kommunhuset, Östra Kyrkogatan 10, Borgholm, sammanträdesrummet Solliden,",
                       "onsdagen den 18 september 2024 kl. 09.00–12.10"]),
    ("Beslutande", ["Kerstin Alm (C), ordförande, Per-Erik Dahl (M), vice ordförande, Ulla Stenvall (S),",
                    "Mats Öberg (SD), Anneli Gustafsson (C), Jan Ottosson (KD), ersättare för Ingrid",
                    "Fält (KD), och Roland Nyqvist (S), ersättare för Eva Borg (S)."]),
    ("Ersättare, ej tjänstgörande", ["Lisa Wennerholm (M), Göran Sandelin (SD)"]),
    ("Övriga deltagare", ["Henrik Lund, miljö- och byggchef",
                          "Therese Wik, bygglovshandläggare, §§ 112–115",
                          "Ola Nordenskiöld, byggnadsinspektör, § 116",
                          "Linnea Krantz, nämndsekreterare"]),
    ("Justerare", ["Ulla Stenvall (S)"]),
    ("Justeringens plats och tid", ["Miljö- och byggförvaltningen, Borgholm, tisdagen den 24 september 2024"]),
]
BH_SIGN = [("Sekreterare", "Linnea Krantz"), ("Ordförande", "Kerstin Alm"), ("Justerare", "Ulla Stenvall")]
BH_ANSLAG = [
    ("Organ", "Byggnadsnämnden i Borgholms kommun"),
    ("Sammanträdesdatum", "2024-09-18"),
    ("Anslaget sätts upp", "2024-09-25"),
    ("Anslaget tas ned", "2024-10-17"),
    ("Protokollet förvaras", "Miljö- och byggförvaltningen, Borgholm"),
    ("Intygas av", "Linnea Krantz"),
]

# Body markup: "§|n|title" paragraph heading; "L|text" label line under the heading; "#" bold
# sub-heading; "=" new page; "F|n" continuation line "BN § n (forts.)"; "V|…" vote table row;
# "D|…" delegation table row; "" blank line; anything else a text line.
BH_BODY = """\
=
§|112|Strandskyddsdispens för komplementbyggnad, KÅREHAMN 4:12
L|Dnr B 2024-318
L|Fastighet: KÅREHAMN 4:12
L|Sökande: Lena Fagerlund, Kalmar

#Beslut
1. Byggnadsnämnden beviljar dispens från strandskyddet för en komplementbyggnad om 25 kvm med stöd av 7 kap. 18 b § miljöbalken. Som särskilt skäl anges att området redan har tagits i anspråk på ett sätt som gör att det saknar betydelse för strandskyddets syften, 7 kap. 18 c § 1 miljöbalken.
2. Tomtplatsen avgränsas enligt karta i bilaga 1 § 112.
3. Avgift för prövningen tas ut med 8 100 kronor.

#Ärendet
Fastigheten ligger inom strandskyddat område cirka 60 meter från Östersjön och är bebyggd med ett fritidshus från 1968. Komplementbyggnaden placeras mellan fritidshuset och vägen, inom den befintliga hävden. Ansökan kom in 2024-06-27 och kompletterades 2024-08-09. Länsstyrelsen i Kalmar län får pröva dispensen inom tre veckor från den dag länsstyrelsen tog emot beslutet, 19 kap. 3 b § miljöbalken.

#Beslutsunderlag
Tjänsteskrivelse 2024-09-03
Situationsplan, inkommen 2024-08-09

#Yrkande
Anneli Gustafsson (C) yrkar bifall till förvaltningens förslag.

#Beslutet skickas till
Sökanden
Länsstyrelsen i Kalmar län

§|113|Bygglov för nybyggnad av fritidshus, LÖTTORP 5:1
L|Dnr B 2024-271
L|Fastighet: LÖTTORP 5:1
L|Sökande: Ölandshus i Köpingsvik AB

#Beslut
1. Ansökan om bygglov avslås med stöd av 9 kap. 31 § plan- och bygglagen (2010:900).
2. Avgift för beslutet tas ut med 6 300 kronor.
=
F|113
#Ärendet
Ansökan avser ett fritidshus med en byggnadsarea om 96 kvm på en avstyckad del av öppen jordbruksmark utanför detaljplanelagt område. Platsen omfattas av riksintresse för kulturmiljövården enligt 3 kap. 6 § miljöbalken och av de särskilda bestämmelserna för Öland i 4 kap. 2 § miljöbalken. Kalmar läns museum har i ett yttrande 2024-07-30 avstyrkt placeringen i odlingslandskapet. Borgholm Energi AB har meddelat att fastigheten ligger utanför verksamhetsområdet för vatten och avlopp. Förvaltningen bedömer att åtgärden inte uppfyller kraven i 2 kap. 6 § plan- och bygglagen och föreslår avslag.

#Beslutsunderlag
Tjänsteskrivelse 2024-09-02
Yttrande från Kalmar läns museum 2024-07-30

#Yrkanden
Ulla Stenvall (S) yrkar bifall till förvaltningens förslag.
Per-Erik Dahl (M) yrkar att bygglov ska beviljas. Mats Öberg (SD) och Jan Ottosson (KD) yrkar bifall till Per-Erik Dahls yrkande.

#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag och Per-Erik Dahls yrkande och finner att nämnden bifaller förvaltningens förslag. Votering begärs. Den som röstar för förvaltningens förslag röstar ja, den som röstar för Per-Erik Dahls yrkande röstar nej.
V|Ledamot|Ja|Nej|Avstår
V|Kerstin Alm (C)|X||
V|Per-Erik Dahl (M)||X|
V|Ulla Stenvall (S)|X||
V|Mats Öberg (SD)||X|
V|Anneli Gustafsson (C)|||X
V|Jan Ottosson (KD)||X|
V|Roland Nyqvist (S)|X||
V|Summa|3|3|1
Rösterna har fallit lika. Ordföranden använder sin utslagsröst för förvaltningens förslag, och byggnadsnämnden har därmed beslutat i enlighet med förvaltningens förslag.

#Reservation
Per-Erik Dahl (M), Mats Öberg (SD) och Jan Ottosson (KD) reserverar sig mot beslutet till förmån för Per-Erik Dahls yrkande.

#Beslutet skickas till
Sökanden
Kalmar läns museum, för kännedom

§|114|Förhandsbesked för nybyggnad av enbostadshus, SOLBERGA 12:3
L|Dnr B 2024-402
L|Fastighet: SOLBERGA 12:3
L|Sökande: Jonas Sahlin, Borgholm

#Beslut
Byggnadsnämnden beslutar
att lämna positivt förhandsbesked för ett enbostadshus med garage enligt 9 kap. 17 § plan- och bygglagen, och
att ta ut avgift med 7 200 kronor.

#Upplysningar
•  Förhandsbeskedet är bindande vid prövning av en ansökan om bygglov som görs inom två år från den dag beslutet vann laga kraft.
•  En enskild avloppsanläggning kräver tillstånd enligt 13 § förordningen (1998:899) om miljöfarlig verksamhet och hälsoskydd. Ansökan görs hos miljö- och byggförvaltningen.
•  En ny utfart mot väg 136 kräver tillstånd från Trafikverket.

#Ärendet
Platsen ligger intill befintlig bebyggelse i Solberga, utanför detaljplanelagt område. Ansökan kom in 2024-07-11. Grannarna har hörts utan erinran.

#Beslutsunderlag
Tjänsteskrivelse 2024-08-29

#Yrkande
Per-Erik Dahl (M) yrkar bifall till förvaltningens förslag.

§|115|Bygglov för ändrad användning från butik till bostäder, Svalan 14
L|Dnr B 2024-355
L|Fastighet: Svalan 14
L|Sökande: Fastighets AB Svalan i Borgholm

#Beslut
1. Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen.
2. Kontrollansvarig enligt 10 kap. 9 § plan- och bygglagen är Peter Roos, certifierad kontrollansvarig med behörighet K.
3. Avgift tas ut med 14 650 kronor.

#Ärendet
Ändringen avser tre lägenheter i en tidigare butikslokal på Storgatan. Detaljplanen, fastställd 1962, anger bostads- och handelsändamål. Tekniskt samråd hålls 2024-10-02.

#Beslutsunderlag
Tjänsteskrivelse 2024-09-04

#Beslutsgång
Byggnadsnämnden beslutar enligt förvaltningens förslag.

§|116|Byggsanktionsavgift för påbörjad ombyggnad utan startbesked, Kronan 8
L|Dnr B 2023-612
L|Fastighet: Kronan 8
L|Fastighetsägare: Borgholms Hamnkrog AB

#Beslut
Byggnadsnämnden påför Borgholms Hamnkrog AB en byggsanktionsavgift om 31 240 kronor med stöd av 11 kap. 51 § plan- och bygglagen och 9 kap. 3 a § plan- och byggförordningen (2011:338).

#Ärendet
Vid platsbesök 2024-05-21 konstaterades att ventilationen och bärande väggar i restaurangköket hade ändrats innan startbesked getts. Startbesked gavs därefter 2024-06-10. Bolaget har yttrat sig 2024-08-15 och anfört att arbetena var brådskande inför sommarsäsongen.

#Beslutsunderlag
Tjänsteskrivelse 2024-09-04

#Yrkanden
Ulla Stenvall (S) yrkar att avgiften sätts ned till hälften enligt 11 kap. 53 a § plan- och bygglagen.
Kerstin Alm (C) yrkar bifall till förvaltningens förslag.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Kerstin Alms yrkande.

#Reservation
Ulla Stenvall (S) och Roland Nyqvist (S) reserverar sig mot beslutet.

§|117|Yttrande över Länsstyrelsens förslag till nya beslut om utvidgat strandskydd i Borgholms kommun
L|Dnr BN 2024/77

#Beslut
Byggnadsnämnden antar förvaltningens förslag till yttrande och överlämnar det till Länsstyrelsen i Kalmar län.

Paragrafen förklaras omedelbart justerad.

#Ärendet
Länsstyrelsen i Kalmar län har skickat ett förslag till nya beslut om utvidgat strandskydd längs Ölands kuster på remiss till Borgholms kommun (Länsstyrelsens dnr 511-4417-2024), med svar senast 2024-10-04. Kommunstyrelsens arbetsutskott beslutade 2024-08-27, § 188, att byggnadsnämnden svarar för kommunen. Översynen görs mot bakgrund av ändringarna i 7 kap. 14 § miljöbalken och Naturvårdsverkets vägledning från 2023. Förvaltningen tillstyrker att strandskyddet minskas till 100 meter i Köpingsvik och Sandvik.

#Beslutsunderlag
Tjänsteskrivelse 2024-09-05
Förslag till yttrande 2024-09-05

#Yrkande
Kerstin Alm (C) yrkar bifall till förvaltningens förslag.

#Särskilt yttrande
Mats Öberg (SD) lämnar ett särskilt yttrande, bilaga 3 § 117. Ersättaren Göran Sandelin (SD) ställer sig bakom yttrandet.

§|118|Redovisning av delegationsbeslut augusti 2024
L|Dnr BN 2024/5

#Beslut
Redovisningen läggs till handlingarna.

#Ärendet
Följande beslut har fattats med stöd av delegation under perioden 2024-08-01–2024-08-31:
D|Dnr|Fastighet|Beslut|Datum
D|B 2024-290|LÖTTORP 2:41|Bygglov, tillbyggnad fritidshus|2024-08-12
D|B 2024-301|Svalan 9|Startbesked, eldstad|2024-08-19
D|B 2024-333|BÖDA 4:66|Strandskyddsdispens, brygga|2024-08-28
Därutöver har 23 startbesked och 9 slutbesked getts enligt förteckningen i bilaga 4 § 118.

§|119|Meddelanden
L|Dnr BN 2024/6

#Beslut
Meddelandena läggs till handlingarna.

#Ärendet
a) Länsstyrelsen i Kalmar län, beslut 2024-08-22 om överklagat bygglov på Köpingsvik 9:14 (Länsstyrelsens dnr 403-3321-2024, nämndens dnr B 2023-455). Överklagandet avslås.
b) Mark- och miljödomstolen vid Växjö tingsrätt, dom 2024-09-02 i mål nr P 2217-24. Domstolen upphäver nämndens beslut 2024-02-21, § 31, om rivningsföreläggande.
c) Kommunfullmäktige, beslut 2024-06-17, § 92, om ny plan- och bygglovstaxa från 2025-01-01.
"""


class BorgholmPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 11)
        self.set_xy(18, 10)
        self.cell(95, 5, "BORGHOLMS KOMMUN")
        self.set_font("F", "B", 10)
        self.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("F", "", 9)
        self.cell(20, 5, f"Blad {self.page_no()} ({{nb}})", align="R")
        self.set_xy(18, 15)
        self.set_font("F", "", 10)
        self.cell(95, 5, "Byggnadsnämnden")
        self.set_font("F", "", 9)
        self.cell(60, 5, "Sammanträdesdatum")
        self.set_xy(113, 19.5)
        self.cell(60, 5, "2024-09-18")
        self.set_draw_color(0, 0, 0)
        self.line(18, 26, 193, 26)
        self.set_xy(18, 31)

    def footer(self) -> None:
        self.set_y(-22)
        self.set_font("F", "", 7)
        self.set_x(18)
        self.cell(22, 8, "Justerandes sign", border=1)
        self.cell(22, 8, "", border=1)
        self.cell(22, 8, "", border=1)
        self.set_x(150)
        self.cell(43, 8, "Utdragsbestyrkande", border=1)


def make_borgholm_pdf() -> None:
    pdf = BorgholmPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Byggnadsnämndens protokoll 2024-09-18")
    pdf.set_author("Linnea Krantz")
    pdf.set_creator("Microsoft Word för Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_margins(18, 31, 17)
    pdf.set_auto_page_break(True, margin=25)
    pdf.alias_nb_pages()
    pdf.add_page()

    label_w, value_x, value_w = 46, 66, 127
    for label, lines in BH_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_x(18)
        pdf.multi_cell(label_w, 4.8, label, align="L", new_x="LMARGIN", new_y="NEXT")
        label_end = pdf.get_y()
        pdf.set_xy(value_x, y)
        pdf.set_font("F", "", 9)
        for line in lines:
            pdf.set_x(value_x)
            pdf.cell(value_w, 4.8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), label_end) + 3)

    y = pdf.get_y() + 2
    pdf.set_xy(18, y)
    pdf.set_font("F", "B", 9)
    pdf.cell(label_w, 5, "Underskrifter")
    for i, (role, name) in enumerate(BH_SIGN):
        pdf.set_xy(value_x, y + i * 12)
        pdf.set_font("F", "", 9)
        pdf.cell(24, 5, role)
        pdf.cell(62, 5, "_" * 34)
        if i == 0:
            pdf.cell(40, 5, "Paragrafer 112–119")
        pdf.set_xy(value_x + 24, y + i * 12 + 5)
        pdf.set_font("F", "", 8.5)
        pdf.cell(62, 4, name)
    pdf.set_y(y + 3 * 12 + 6)

    top = pdf.get_y()
    pdf.set_x(20)
    pdf.set_font("F", "B", 9)
    pdf.cell(170, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8.5)
    pdf.set_x(20)
    pdf.cell(170, 5, "Justeringen av protokollet har tillkännagivits genom anslag på kommunens anslagstavla.",
             new_x="LMARGIN", new_y="NEXT")
    for label, value in BH_ANSLAG:
        pdf.set_x(20)
        pdf.cell(50, 4.8, label)
        pdf.cell(120, 4.8, value, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(18, top - 1, 175, pdf.get_y() - top + 3)

    text_x, text_w = 48, 145
    for line in BH_BODY.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("§|"):
            _, num, title = line.split("|", 2)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_font("F", "B", 10.5)
            pdf.set_x(18)
            pdf.cell(28, 6, f"BN § {num}")
            pdf.set_xy(text_x, y)
            pdf.multi_cell(text_w, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("F|"):
            pdf.set_font("F", "B", 10.5)
            pdf.set_x(18)
            pdf.cell(80, 6, f"BN § {line[2:]} (forts.)", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        if line.startswith("L|"):
            pdf.set_font("F", "", 9)
            pdf.set_x(text_x)
            pdf.cell(text_w, 4.6, line[2:], new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("V|"):
            cols = line.split("|")[1:]
            bold = cols[0] in ("Ledamot", "Summa")
            pdf.set_font("F", "B" if bold else "", 9)
            pdf.set_x(text_x)
            pdf.cell(58, 5, cols[0], border=1)
            for c in cols[1:]:
                pdf.cell(17, 5, c, border=1, align="C")
            pdf.ln(5)
            continue
        if line.startswith("D|"):
            cols = line.split("|")[1:]
            bold = cols[0] == "Dnr"
            pdf.set_font("F", "B" if bold else "", 8.5)
            pdf.set_x(text_x)
            for w, c in zip((26, 27, 62, 24), cols, strict=False):
                pdf.cell(w, 5, c, border="B")
            pdf.ln(5)
            continue
        if line.startswith("#"):
            pdf.ln(1)
            pdf.set_font("F", "B", 9.5)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, 5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 9.2)
        pdf.set_x(text_x)
        pdf.multi_cell(text_w, 4.5, line if line else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "borgholm-bn-2024-09-18-protokoll.pdf"))


# ----------------------------------------------------------------------------------------------
# DOCX: Bjuvs kommun, Bygg- och miljönämnden 2025-05-22, full protocol §§ 41–47.

BJ_ATTEND = [
    ("Namn", "Parti", "Uppdrag", "Anmärkning"),
    ("Roger Månsson", "M", "Ordförande", ""),
    ("Britt-Marie Ekdahl", "S", "1:e vice ordförande", ""),
    ("Niklas Rydén", "SD", "2:e vice ordförande", "Deltar inte i § 45 (jäv)"),
    ("Camilla Berntsson", "KD", "Ledamot", ""),
    ("Hassan Al-Amin", "S", "Ledamot", ""),
    ("Emma Thornberg", "L", "Ledamot", "Frånvarande, ersätts av Peter Jönsson (M)"),
    ("Oskar Nilsson", "SD", "Ledamot", ""),
    ("Marie Dahlin", "M", "Ledamot", ""),
    ("Tomas Lindell", "S", "Ledamot", ""),
    ("Peter Jönsson", "M", "Tjänstgörande ersättare", "För Emma Thornberg (L)"),
    ("Kent Isaksson", "SD", "Tjänstgörande ersättare", "För Niklas Rydén (SD) i § 45"),
    ("Lina Holm", "S", "Ersättare", ""),
    ("Aida Mehmedović", "C", "Ersättare", ""),
]
BJ_META_BEFORE = [
    ("Plats och tid", "Kommunhuset, Bjuv, sammanträdesrummet Gunnarstorp, torsdagen den 22 maj 2025 kl. 18.00–20.05"),
]
BJ_META_AFTER = [
    ("Övriga närvarande", "Ulrika Falk, förvaltningschef\nMagnus Persson, planchef, §§ 41–43\nSofie Lindh, miljöinspektör, § 46\nJessica Borg, nämndsekreterare"),
    ("Utses att justera", "Hassan Al-Amin (S)"),
    ("Justeringens plats och tid", "Kommunhuset, Bjuv, 2025-05-27 kl. 13.00"),
    ("Paragrafer", "41–47"),
]
BJ_SIGN = [("Sekreterare", "Jessica Borg"), ("Ordförande", "Roger Månsson"), ("Justerare", "Hassan Al-Amin")]
BJ_ANSLAG = [
    ("Organ", "Bygg- och miljönämnden"),
    ("Sammanträdesdatum", "2025-05-22"),
    ("Datum för anslags uppsättande", "2025-05-28"),
    ("Datum för anslags nedtagande", "2025-06-19"),
    ("Förvaringsplats för protokollet", "Kommunhuset, Bjuv"),
]

# ("par", number, title, [label lines]) | ("h", text) | ("n", numbered item) | ("p", text)
# | ("t", [rows]) table
BJ_BODY: list[tuple] = [
    ("par", "41", "Detaljplan för Billesholm 3:45 m.fl., Billesholms centrum – samråd",
     ["Ärendenummer: BMN.2024.1234"]),
    ("h", "Bygg- och miljönämndens beslut"),
    ("n", "Samrådshandlingarna för detaljplan för Billesholm 3:45 m.fl. godkänns."),
    ("n", "Planförslaget skickas ut på samråd enligt 5 kap. 11 § plan- och bygglagen (2010:900)."),
    ("h", "Sammanfattning av ärendet"),
    ("p", "Detaljplanen ska göra det möjligt att bygga cirka 60 lägenheter och en ny livsmedelsbutik vid torget "
          "i Billesholm. Kommunstyrelsen gav bygg- och miljönämnden i uppdrag att upprätta detaljplanen "
          "2023-09-12, § 154. Bjuvsbostäder AB äger delar av planområdet. Nordvästra Skånes Vatten och Avlopp "
          "(NSVA) har tagit fram en dagvattenutredning daterad 2025-03-14. Samrådet planeras till perioden "
          "2025-08-18–2025-09-12."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-05-06"),
    ("p", "Plankarta och planbeskrivning, samrådshandling maj 2025"),
    ("h", "Yrkande"),
    ("p", "Roger Månsson (M) yrkar bifall till förvaltningens förslag."),
    ("h", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen\nBjuvsbostäder AB"),

    ("par", "42", "Detaljplan för Ekeby 9:112, verksamhetsområde norr om Ekeby – granskning",
     ["Ärendenummer: BMN.2024.611"]),
    ("h", "Bygg- och miljönämndens beslut"),
    ("n", "Planförslaget ställs ut för granskning enligt 5 kap. 18 § plan- och bygglagen."),
    ("n", "Paragrafen justeras omedelbart."),
    ("h", "Sammanfattning av ärendet"),
    ("p", "Planen medger industri och lager på cirka 14 hektar norr om Ekeby. Samråd hölls 2025-01-13–2025-02-10. "
          "Länsstyrelsen Skåne och Trafikverket har yttrat sig om trafiken på Ekebyvägen, och Region Skåne har "
          "påpekat att kollektivtrafiken till området behöver förbättras. Ändringarna efter samrådet redovisas i "
          "samrådsredogörelsen daterad 2025-04-28. Paragrafen behöver justeras omedelbart för att granskningen "
          "ska kunna kungöras 2025-06-02."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-05-05"),
    ("p", "Samrådsredogörelse 2025-04-28"),
    ("h", "Yrkande"),
    ("p", "Hassan Al-Amin (S) yrkar bifall till förvaltningens förslag."),
    ("h", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen, för kännedom"),

    ("par", "43", "Detaljplan för Selleberga 4:11, bostäder vid Selleberga gård – antagande",
     ["Ärendenummer: BMN.2023.877"]),
    ("h", "Bygg- och miljönämndens beslut"),
    ("n", "Detaljplanen för Selleberga 4:11 antas enligt 5 kap. 27 § plan- och bygglagen."),
    ("n", "Granskningsutlåtandet daterat 2025-04-22 godkänns."),
    ("h", "Sammanfattning av ärendet"),
    ("p", "Planen möjliggör 24 småhus på före detta åkermark väster om Selleberga gård. Kommunfullmäktige har "
          "2019-02-25, § 12, delegerat till nämnden att anta detaljplaner som inte är av principiell "
          "beskaffenhet. Under granskningen 2025-03-03–2025-03-24 kom sju yttranden in. Länsstyrelsen Skåne har "
          "inte lämnat några synpunkter som innebär att planen kan komma att prövas enligt 11 kap. 10 § plan- "
          "och bygglagen. Naturskyddsföreningen i Bjuv har invänt mot att jordbruksmark tas i anspråk, jfr "
          "3 kap. 4 § miljöbalken."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-04-29"),
    ("p", "Granskningsutlåtande 2025-04-22"),
    ("h", "Yrkanden"),
    ("p", "Roger Månsson (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Britt-Marie Ekdahl (S) yrkar avslag med motiveringen att planen tar brukningsvärd jordbruksmark i anspråk."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förvaltningens "
          "förslag. Omröstning begärs."),
    ("p", "Den som vill bifalla Roger Månssons yrkande röstar ja. Den som vill bifalla Britt-Marie Ekdahls "
          "avslagsyrkande röstar nej."),
    ("p", "Vid omröstningen avges 6 ja-röster och 3 nej-röster. Bygg- och miljönämnden har således bifallit "
          "Roger Månssons yrkande."),
    ("h", "Reservation"),
    ("p", "Britt-Marie Ekdahl, Hassan Al-Amin och Tomas Lindell (samtliga S) reserverar sig mot beslutet."),
    ("h", "Beslutet skickas till"),
    ("p", "Länsstyrelsen Skåne\nLantmäteriet\nKommunstyrelsen"),

    ("par", "44", "Bygglov för nybyggnad av lagerbyggnad, Ekeby 9:131",
     ["Ärendenummer: BMN.2025.203", "Sökande: Skånefrakt Logistik AB"]),
    ("h", "Bygg- och miljönämndens beslut"),
    ("n", "Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen."),
    ("n", "Som kontrollansvarig godtas Lars-Olof Persson, certifierad enligt 10 kap. 9 § plan- och bygglagen."),
    ("n", "Avgift för bygglovet tas ut med 58 900 kronor."),
    ("h", "Sammanfattning av ärendet"),
    ("p", "Ansökan avser en lagerbyggnad med en byggnadsarea om 6 400 kvm. Åtgärden följer detaljplanen för "
          "Ekeby verksamhetsområde, som vann laga kraft 2012-11-08. Ansökan var komplett 2025-04-16."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-05-07"),
    ("h", "Yrkande"),
    ("p", "Camilla Berntsson (KD) yrkar bifall till förvaltningens förslag."),
    ("h", "Beslutet skickas till"),
    ("p", "Skånefrakt Logistik AB"),

    ("par", "45", "Bygglov för tillbyggnad av enbostadshus, Gunnarstorp 2:46",
     ["Ärendenummer: BMN.2025.166", "Sökande: Privatperson, personuppgifter framgår av akten"]),
    ("h", "Jäv"),
    ("p", "Niklas Rydén (SD) anmäler jäv på grund av släktskap med sökanden och deltar inte i handläggningen "
          "eller beslutet. Kent Isaksson (SD) tjänstgör i ärendet."),
    ("h", "Bygg- och miljönämndens beslut"),
    ("n", "Bygglov beviljas med stöd av 9 kap. 31 b § plan- och bygglagen (2010:900) som en liten avvikelse från detaljplanen."),
    ("n", "Avgift tas ut med 11 450 kronor."),
    ("h", "Sammanfattning av ärendet"),
    ("p", "Tillbyggnaden om 28 kvm överskrider byggrätten med 6 kvm. Ägarna till Gunnarstorp 2:45 och "
          "Gunnarstorp 2:47 har inte haft något att invända. Detaljplanen vann laga kraft 1978-04-11 och "
          "genomförandetiden har gått ut."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-05-08"),
    ("h", "Yrkande"),
    ("p", "Marie Dahlin (M) yrkar bifall till förvaltningens förslag."),

    ("par", "46", "Miljösanktionsavgift för sent inlämnad miljörapport, Bjuvs Betong & Grus AB",
     ["Ärendenummer: BMN.2025.77"]),
    ("h", "Bygg- och miljönämndens beslut"),
    ("p", "Bygg- och miljönämnden påför Bjuvs Betong & Grus AB (org.nr 556712-3380) en miljösanktionsavgift om "
          "10 000 kronor med stöd av 30 kap. 3 § miljöbalken och 2 kap. 2 § förordningen (2012:259) om "
          "miljösanktionsavgifter."),
    ("h", "Sammanfattning av ärendet"),
    ("p", "Bolaget bedriver tillståndspliktig krossning av berg på Ekeby 9:87 enligt ett tillstånd som "
          "Länsstyrelsen Skåne meddelade 2016-05-19. Miljörapporten för 2024 skulle enligt 26 kap. 20 § "
          "miljöbalken ha lämnats senast 2025-03-31 men kom in 2025-04-14."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-05-02"),
    ("h", "Yrkande"),
    ("p", "Camilla Berntsson (KD) yrkar bifall till förvaltningens förslag."),
    ("h", "Särskilt yttrande"),
    ("p", "Tomas Lindell (S) lämnar följande särskilda yttrande: ”Vi står bakom beslutet men anser att "
          "förvaltningen bör påminna verksamhetsutövarna i god tid före den 31 mars varje år.”"),
    ("p", "Ersättaren Lina Holm (S) instämmer i Tomas Lindells särskilda yttrande."),
    ("h", "Beslutet skickas till"),
    ("p", "Bjuvs Betong & Grus AB, med delgivningskvitto"),

    ("par", "47", "Delegationsbeslut och meddelanden", ["Ärendenummer: BMN.2025.3"]),
    ("h", "Bygg- och miljönämndens beslut"),
    ("p", "Bygg- och miljönämnden lägger redovisningen av delegationsbeslut och meddelanden till handlingarna."),
    ("h", "Delegationsbeslut 2025-04-01–2025-04-30"),
    ("t", [("Ärendenummer", "Fastighet", "Beslut", "Delegat", "Beslutsnr"),
           ("BMN.2025.141", "Billesholm 2:118", "Bygglov, carport", "Bygglovshandläggare", "D 2025-208"),
           ("BMN.2025.152", "Ekeby 9:87", "Startbesked, tillbyggnad industri", "Byggnadsinspektör", "D 2025-219"),
           ("BMN.2025.160", "Selleberga 4:3", "Föreläggande, enskilt avlopp", "Miljöinspektör", "D 2025-226")]),
    ("h", "Meddelanden"),
    ("p", "Länsstyrelsen Skåne, beslut 2025-04-30 att inte pröva kommunens beslut att anta detaljplan för "
          "Ekeby 9:45 (Länsstyrelsens dnr 402-9981-2025)."),
    ("p", "Kommunfullmäktige, beslut 2025-04-24, § 41, om revidering av bygg- och miljönämndens reglemente."),
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


class ListRestarter:
    """Give every decision list its own w:num (restarting at 1) on the List Number abstractNum."""

    def __init__(self, document) -> None:
        self.numbering = document.part.numbering_part.element
        self.abstract_id = None
        self.next_id = 100

    def _abstract_of_list_number(self, document) -> str:
        style = document.styles["List Number"]
        num_id = style.element.pPr.numPr.numId.val
        for num in self.numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                return num.find(qn("w:abstractNumId")).get(qn("w:val"))
        raise RuntimeError("List Number numbering not found")

    def new_list(self, document) -> int:
        if self.abstract_id is None:
            self.abstract_id = self._abstract_of_list_number(document)
        self.next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        absn = OxmlElement("w:abstractNumId")
        absn.set(qn("w:val"), self.abstract_id)
        num.append(absn)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        ov.append(start)
        num.append(ov)
        self.numbering.append(num)
        return self.next_id


def set_num(paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    p_pr.append(num_pr)


def make_bjuv_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Jessica Borg"
    cp.title = "Protokoll bygg- och miljönämnden 2025-05-22"
    cp.subject = "Sammanträdesprotokoll"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Jessica Borg"
    cp.revision = 3
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11.5)
    sec = d.sections[0]
    sec.left_margin = Mm(25)
    sec.right_margin = Mm(20)

    header = sec.header
    header.paragraphs[0].text = ""
    ht = header.add_table(rows=2, cols=3, width=Mm(165))
    no_borders(ht)
    ht.cell(0, 0).paragraphs[0].add_run("BJUVS KOMMUN").bold = True
    ht.cell(0, 1).paragraphs[0].add_run("SAMMANTRÄDESPROTOKOLL").bold = True
    p = ht.cell(0, 2).paragraphs[0]
    p.add_run("Sida ")
    add_field(p, "PAGE", "1")
    p.add_run(" av ")
    add_field(p, "NUMPAGES", "5")
    ht.cell(1, 0).paragraphs[0].text = "Bygg- och miljönämnden"
    ht.cell(1, 1).paragraphs[0].text = "Sammanträdesdatum 2025-05-22"

    footer = sec.footer
    fp = footer.paragraphs[0]
    fp.text = "Justerandes signatur: ______  ______\t\tUtdragsbestyrkande: ______"

    def meta_rows(rows) -> None:
        t = d.add_table(rows=0, cols=2)
        no_borders(t)
        for label, value in rows:
            cells = t.add_row().cells
            cells[0].width = Mm(45)
            cells[1].width = Mm(120)
            cells[0].paragraphs[0].add_run(label).bold = True
            lines = value.split("\n")
            cells[1].paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                cells[1].add_paragraph(extra)

    meta_rows(BJ_META_BEFORE)
    d.add_paragraph()
    lead = d.add_paragraph()
    lead.add_run("Närvarolista").bold = True
    at = d.add_table(rows=0, cols=4)
    at.style = "Table Grid"
    for i, row in enumerate(BJ_ATTEND):
        cells = at.add_row().cells
        for c, val in zip(cells, row, strict=False):
            if i == 0:
                c.paragraphs[0].add_run(val).bold = True
            else:
                c.paragraphs[0].text = val
    d.add_paragraph()
    meta_rows(BJ_META_AFTER)
    d.add_paragraph()

    st = d.add_table(rows=0, cols=2)
    no_borders(st)
    for role, name in BJ_SIGN:
        cells = st.add_row().cells
        cells[0].paragraphs[0].add_run(role).bold = True
        cells[1].paragraphs[0].text = "…………………………………………"
        cells[1].add_paragraph(name)
    d.add_paragraph()

    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    cell.paragraphs[0].add_run("ANSLAG/BEVIS").bold = True
    cell.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    inner = cell.add_table(rows=0, cols=2)
    for label, value in BJ_ANSLAG:
        cells = inner.add_row().cells
        cells[0].text = label
        cells[1].text = value
    cell.add_paragraph("Underskrift …………………………………… Jessica Borg")

    restarter = ListRestarter(d)
    current_list = None
    for item in BJ_BODY:
        kind = item[0]
        if kind != "n":
            current_list = None
        if kind == "par":
            _, num, title, labels = item
            if num in ("41", "44", "47"):
                d.add_page_break()
            hp = d.add_paragraph(style="Heading 2")
            hp.add_run(f"§ {num}\t{title}")
            for lab in labels:
                lp = d.add_paragraph()
                lp.paragraph_format.space_after = Pt(0)
                lp.add_run(lab).italic = True
        elif kind == "h":
            hp = d.add_paragraph()
            hp.paragraph_format.space_before = Pt(9)
            hp.paragraph_format.space_after = Pt(2)
            hp.add_run(item[1]).bold = True
        elif kind == "n":
            if current_list is None:
                current_list = restarter.new_list(d)
            np_ = d.add_paragraph(item[1], style="List Number")
            set_num(np_, current_list)
        elif kind == "t":
            rows = item[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for c, val in zip(cells, row, strict=False):
                    if i == 0:
                        c.paragraphs[0].add_run(val).bold = True
                    else:
                        c.paragraphs[0].text = val
        else:
            lines = item[1].split("\n")
            for line in lines:
                pp = d.add_paragraph(line)
                pp.paragraph_format.space_after = Pt(0 if len(lines) > 1 else 4)

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
    (DOCS / "bjuv-bmn-2025-05-22-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_borgholm_pdf()
    make_bjuv_docx()


if __name__ == "__main__":
    main()
