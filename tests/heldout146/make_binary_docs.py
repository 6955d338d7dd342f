"""Generate the binary documents of tests/heldout146/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout146/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 9, 15, 13, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 11, 24, 10, 30, 0)
FIXED_ZIP = (2025, 11, 24, 10, 30, 0)

# PDF: Askersunds kommun, kommunstyrelsen 2025-09-09, full protocol.
# Lines starting with "#" are bold headings, "=" starts a new page, "" is a blank line.
ASKERSUND = """\
#Kommunstyrelsen
#Sammanträdesprotokoll 2025-09-09

Plats och tid: Sammanträdesrummet Vättern, Kommunhuset, Askersund, kl. 08.30–12.10
Paragrafer: 142–154

#Ledamöter
Oskar Lindgren (M), ordförande
Ylva Bergkvist (C), vice ordförande
Lisa Holm (S), 2:e vice ordförande
Anders Fröjd (S)
Tove Lagerqvist (S)
Jonna Ek (V)
Per-Erik Sandin (M)
Birgitta Åslund (KD)
Roland Kvist (SD)
Mats Wallgren (SD)

#Tjänstgörande ersättare
Gustav Rehn (L) ersätter Eva Hjort (L)

#Ersättare, ej tjänstgörande
Nadia Sarkis (S)
Henrik Ölund (M)
Lotta Bäck (C)

#Tjänstepersoner
Katarina Rask, kommundirektör
Mattias Brodin, ekonomichef, §§ 144 och 150
Elin Sjöholm, nämndsekreterare

Justerare: Lisa Holm (S)
Justeringens tid och plats: 2025-09-15, Kommunhuset, Askersund

Underskrifter
Sekreterare ............................................ Elin Sjöholm
Ordförande ............................................ Oskar Lindgren
Justerare ............................................ Lisa Holm

#BEVIS OM ANSLAG
Protokollet är justerat och tillkännagivet på kommunens digitala anslagstavla.
Organ: Kommunstyrelsen. Sammanträdesdatum: 2025-09-09.
Anslaget sätts upp: 2025-09-16. Anslaget tas ned: 2025-10-08.
Protokollet förvaras hos Kommunledningsförvaltningen.
=
#§ 142 Godkännande av dagordningen
#Beslut
Kommunstyrelsen godkänner dagordningen med tillägg av ärendet Bidrag till Olshammars hembygdsförening.
=
#§ 143 Kommundirektören informerar
#Beslut
Informationen noteras till protokollet.
#Sammanfattning
Kommundirektör Katarina Rask informerar om rekryteringen av ny samhällsbyggnadschef, om läget i
Tivedens räddningsstation och om Trafikverkets planerade arbeten på riksväg 50 under hösten.

#§ 144 Delårsrapport januari–juli 2025
Dnr KS 2025/312
#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
1. att godkänna delårsrapporten för januari–juli 2025.
Kommunstyrelsen beslutar för egen del
2. att uppdra åt socialnämnden att senast 2025-11-30 redovisa åtgärder för en budget i balans.
#Sammanfattning
Prognosen för helåret är ett överskott om 6,3 mnkr. Socialnämnden prognostiserar ett underskott om
9,8 mnkr. Delårsrapporten ska granskas av revisorerna enligt 11 kap. 20 § kommunallagen (2017:725).
#Beslutsunderlag
Ekonomichefens tjänsteskrivelse 2025-08-15
Kommunstyrelsens arbetsutskott 2025-08-26, § 97
#Särskilt yttrande
Lisa Holm (S) m.fl. lämnar ett särskilt yttrande för Socialdemokraternas ledamöter om
äldreomsorgens bemanning, bilaga 1.
Ersättaren Nadia Sarkis (S) instämmer i yttrandet.
#Beslutet skickas till
Kommunfullmäktige, Socialnämnden
=
#§ 145 Yttrande över remiss – Länstransportplan för Örebro län 2026–2037
Dnr KS 2025/287, Region Örebro läns dnr 25RS3318
#Beslut
Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till yttrande och överlämnar det till
Region Örebro län.
#Sammanfattning
Region Örebro län har skickat förslaget till länstransportplan på remiss till länets kommuner
med svar senast 2025-09-30. Askersunds kommun lyfter särskilt trafiksäkerheten på riksväg 50 och
behovet av pendlarparkering vid Åmmeberg. Trafikverket ansvarar för de statliga vägarna.
Tjänsteskrivelse 2025-08-19.
#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Roland Kvist (SD) yrkar att yttrandet kompletteras med en skrivning om väg 49 mot Karlsborg.
#Beslutsgång
Ordföranden ställer först proposition på sitt eget yrkande och finner det bifallet. Därefter
ställs proposition på Roland Kvists tilläggsyrkande, som avslås.
#Beslutet skickas till
Region Örebro län
=
#§ 146 Svar på motion om avgiftsfri simskola för barn i årskurs 1
Dnr KS 2024/455
#Beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.
#Sammanfattning
Tove Lagerqvist (S) lämnade motionen 2024-10-28. Kultur- och fritidsavdelningen bedömer
kostnaden till 380 000 kronor per år. Tjänsteskrivelse 2025-08-12. Arbetsutskottet föreslog
2025-08-26, § 101, att motionen avslås.
#Yrkanden
Per-Erik Sandin (M) yrkar bifall till arbetsutskottets förslag.
Lisa Holm (S) och Jonna Ek (V) yrkar bifall till motionen.
#Omröstning
Ordföranden ställer proposition på yrkandena och finner att arbetsutskottets förslag vinner bifall.
Omröstning begärs. Den som bifaller arbetsutskottets förslag röstar ja; den som bifaller motionen
röstar nej.

Ja:  Oskar Lindgren (M), Ylva Bergkvist (C), Per-Erik Sandin (M), Birgitta Åslund (KD),
     Roland Kvist (SD), Mats Wallgren (SD)
Nej: Lisa Holm (S), Anders Fröjd (S), Tove Lagerqvist (S), Jonna Ek (V), Gustav Rehn (L)

Omröstningen utfaller 6–5. Kommunstyrelsen har beslutat enligt arbetsutskottets förslag.
#Reservation
Lisa Holm (S), Anders Fröjd (S), Tove Lagerqvist (S) och Jonna Ek (V) reserverar sig till förmån
för Lisa Holms yrkande.
#Beslutet skickas till
Kommunfullmäktige
=
#§ 147 Avtal om gemensam löneadministration med Laxå kommun
Dnr KS 2025/266
#Beslut
1. Kommunstyrelsen godkänner avtalet om gemensam löneadministration mellan Askersunds kommun och
Laxå kommun för perioden 2026-01-01–2028-12-31.
2. Paragrafen justeras omedelbart.
#Sammanfattning
Laxå kommun godkände avtalet 2025-08-19, § 113. Askersunds kommun blir
huvudman för löneenheten. Samverkan sker enligt 9 kap. 37 § kommunallagen. Tjänsteskrivelse
2025-08-14.
#Beslutet skickas till
Laxå kommun, HR-avdelningen
=
#§ 148 Revidering av kommunstyrelsens delegationsordning
Dnr KS 2025/051
#Beslut
Kommunstyrelsen antar reviderad delegationsordning att gälla från och med 2025-10-01.
#Sammanfattning
Ändringarna avser upphandlingar över 700 000 kronor och beslut enligt lagen (2022:1220)
om nationellt gemensam ordning. Tjänsteskrivelse 2025-08-20.
=
#§ 149 Svar på medborgarförslag om belysning längs gång- och cykelvägen vid Sjöängen
Dnr KS 2025/077
#Beslut
Medborgarförslaget anses besvarat med hänvisning till att belysningen byggs ut under 2026.
#Sammanfattning
Förslaget kom in 2025-02-03 och överlämnades till kommunstyrelsen av fullmäktige 2025-03-24, § 29.
Askersundsbostäder AB äger marken närmast Sjöängen. Tjänsteskrivelse 2025-06-30.
=
#§ 150 Uppföljning av intern kontroll 2025, första halvåret
Dnr KS 2025/018
#Beslut
Kommunstyrelsen godkänner uppföljningen.
#Sammanfattning
Två av sju kontrollmoment visar brister: attest av leverantörsfakturor och efterlevnad av
ramavtal med Adda Inköpscentral. Tjänsteskrivelse 2025-08-21.

#§ 151 Taxa för prövning och tillsyn inom miljöbalkens område 2026
Dnr KS 2025/298
#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
att anta taxa för prövning och tillsyn inom miljöbalkens område enligt bilaga 2, samt
att taxan ska gälla från och med 2026-01-01.
#Sammanfattning
Miljö- och byggnämnden har 2025-06-12, § 64, föreslagit en höjd timtaxa från 1 210 till 1 290
kronor. Taxan bygger på underlag från Sveriges Kommuner och Regioner. Tjänsteskrivelse 2025-08-11.
#Yrkanden
Roland Kvist (SD) yrkar att ärendet återremitteras för en jämförelse med Hallsbergs kommun och
Lekebergs kommun. Ordföranden yrkar att ärendet ska avgöras i dag och bifall till förslaget.
#Beslutsgång
Ordföranden frågar om ärendet ska avgöras i dag och finner att så ska ske. Därefter finner
ordföranden att kommunstyrelsen bifaller förslaget.
#Särskilt yttrande
Roland Kvist (SD) och Mats Wallgren (SD) lämnar ett särskilt yttrande, bilaga 3.
#Beslutet skickas till
Kommunfullmäktige, Miljö- och byggnämnden
=
=
#§ 152 Redovisning av delegationsbeslut
#Beslut
Redovisningen läggs till handlingarna.
#Sammanfattning
Redovisas beslut fattade med stöd av delegation under perioden 2025-06-01–2025-08-31:
– Kommundirektörens beslut om tillförordnad samhällsbyggnadschef, 2025-06-18
– Ordförandebeslut om yttrande till Polismyndigheten angående allmän sammankomst, 2025-07-04
– Upphandlingschefens tilldelningsbeslut, vinterväghållning, 2025-08-15
=
#§ 153 Meddelanden
#Beslut
Meddelandena läggs till handlingarna.
#Sammanfattning
– Länsstyrelsen i Örebro län: Beslut om bidrag till lokal naturvård, 2025-06-25
– Sydnärkes Utbildningsförbund: Protokoll från direktionen 2025-08-20
– Sveriges Kommuner och Regioner: Cirkulär 25:31, Budgetförutsättningar för åren 2025–2029
=
#§ 154 Bidrag till Olshammars hembygdsförening
Dnr KS 2025/331
#Beslut
Kommunstyrelsen beviljar Olshammars hembygdsförening 45 000 kronor ur kommunstyrelsens
utvecklingsmedel för renovering av hembygdsgårdens tak.
#Sammanfattning
Föreningen ansökte 2025-08-29. Tjänsteskrivelse 2025-09-03.
#Beslutet skickas till
Olshammars hembygdsförening
"""


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "ASKERSUNDS KOMMUN", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Kommunstyrelsen   Sammanträdesprotokoll   2025-09-09   Sida {self.page_no()} av {{nb}}",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign ..........        Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2025-09-09")
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in ASKERSUND.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "askersund-ks-2025-09-09-protokoll.pdf"))


# DOCX: Gagnefs kommun, socialnämnden 2025-11-18, full protocol.
SN_ATT: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Karin Sundqvist", "C", "Ordförande"),
    ("Jan-Åke Hed", "S", "1:e vice ordförande"),
    ("Britt Moberg", "M", "2:e vice ordförande"),
    ("Lars Dahlström", "S", "Ledamot"),
    ("Malin Persson", "S", "Ledamot"),
    ("Göran Eldh", "SD", "Ledamot"),
    ("Ingrid Backlund", "C", "Ledamot"),
    ("Ulrika Vik", "V", "Ledamot"),
    ("Helena Skog", "KD", "Tjg ersättare för Olle Nygård (KD)"),
    ("Sofia Andersson", "S", "Ersättare"),
    ("Kent Wallin", "M", "Ersättare"),
]
SN_STAFF = [
    "Monica Hällström, socialchef",
    "Petter Ahl, ekonom, §§ 122–123",
    "Lina Sandberg, nämndsekreterare",
]
# Body: "#" bold heading, "1." numbered Word list item (number not in the text), "*" bullet item.
SN_BODY: list[str] = [
    "#§ 118 Val av justerare",
    "#Beslut",
    "Socialnämnden utser Ingrid Backlund (C) att justera protokollet.",
    "#§ 119 Godkännande av dagordning",
    "#Beslut",
    "Dagordningen godkänns med ändringen att ärende 9 i kallelsen behandlas före ärende 4.",
    "#§ 120 Socialchefen informerar",
    "#Beslut",
    "Socialnämnden tar del av informationen.",
    "#Ärendet",
    "Socialchef Monica Hällström informerar om bemanningen i hemtjänsten i Mockfjärd och Dala-Floda, "
    "om arbetet med nya socialtjänstlagen (2025:400) som träder i kraft 2025-07-01 och om samverkan med "
    "Leksands kommun kring familjehemsrekrytering.",
    "#§ 121 Information om Inspektionen för vård och omsorgs tillsyn av Björkbackens LSS-boende",
    "Dnr SN 2025/066",
    "#Beslut",
    "Socialnämnden tar del av informationen.",
    "#Ärendet",
    "Inspektionen för vård och omsorg (IVO) genomförde en oanmäld inspektion 2025-09-23 och har i beslut "
    "2025-10-30 begärt en redovisning av vidtagna åtgärder senast 2026-01-15.",
    "#§ 122 Ekonomisk uppföljning per oktober 2025",
    "Dnr SN 2025/045",
    "#Beslut",
    "Socialnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.",
    "#Ärendet",
    "Prognosen visar ett underskott om 4,2 mnkr, främst inom externa placeringar av barn och unga. "
    "Tjänsteskrivelse 2025-11-06.",
    "#§ 123 Internbudget 2026 för socialnämnden",
    "Dnr SN 2025/061",
    "#Beslut",
    "1.Socialnämnden fastställer internbudget 2026 enligt bilaga 1.",
    "1.Ramen för individ- och familjeomsorgen minskas med 1,5 mnkr i förhållande till 2025.",
    "1.Socialchefen får i uppdrag att återrapportera effekterna i mars 2026.",
    "#Ärendet",
    "Kommunfullmäktige fastställde nämndens ram 2025-06-16, § 54. Tjänsteskrivelse 2025-11-04.",
    "#Yrkanden",
    "Ordföranden Karin Sundqvist (C) yrkar bifall till förvaltningens förslag. Jan-Åke Hed (S) yrkar att "
    "ramen för individ- och familjeomsorgen ska vara oförändrad.",
    "#Beslutsgång",
    "Ordföranden ställer förvaltningens förslag mot Jan-Åke Heds yrkande. Omröstning begärs och ska "
    "verkställas. Ja-röst för förvaltningens förslag, nej-röst för Jan-Åke Heds yrkande. "
    "Med sex röster mot tre beslutar socialnämnden enligt förvaltningens förslag.",
    "#Reservation",
    "Jan-Åke Hed, Lars Dahlström och Malin Persson (alla S) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Ekonomiavdelningen",
    "#§ 124 Överenskommelse om samverkan vid utskrivning från sluten hälso- och sjukvård i Dalarna",
    "Dnr SN 2025/058",
    "#Beslut",
    "Socialnämnden godkänner överenskommelsen mellan Gagnefs kommun och Region Dalarna att gälla från "
    "och med 2026-01-01.",
    "#Ärendet",
    "Överenskommelsen har tagits fram i länsgemensam samverkan mellan Dalarnas kommuner och regionen. "
    "Den ersätter överenskommelsen från 2018. Tjänsteskrivelse 2025-10-28.",
    "#Beslutet skickas till",
    "Region Dalarna",
    "#§ 125 Yttrande över motion om stöd till anhöriga som vårdar närstående",
    "Dnr SN 2025/070, kommunstyrelsens dnr KS 2025/212",
    "#Beslut",
    "Socialnämnden antar förvaltningens förslag till yttrande och översänder det till kommunstyrelsen.",
    "#Ärendet",
    "Kommunstyrelsen har remitterat motionen från Emma Lund (L), inkommen 2025-05-12, till socialnämnden "
    "för yttrande senast 2025-12-01. Tjänsteskrivelse 2025-10-30.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 126 Avgifter inom äldreomsorgen 2026",
    "Dnr SN 2025/063",
    "#Beslut",
    "Socialnämnden föreslår kommunfullmäktige besluta",
    "*att anta avgifter inom äldreomsorgen 2026 enligt bilaga 2,",
    "*att avgifterna ska gälla från och med 2026-01-01.",
    "#Ärendet",
    "Maxtaxan följer prisbasbeloppet enligt 8 kap. 5 § socialtjänstlagen. Tjänsteskrivelse 2025-11-03.",
    "#Protokollsanteckning",
    "Ulrika Vik (V) antecknar att Vänsterpartiet vill se en avgiftsfri trygghetslarmstjänst.",
    "#§ 127 Redovisning av delegationsbeslut",
    "#Beslut",
    "Redovisningen godkänns.",
    "#Ärendet",
    "Följande redovisas:",
    "*Delegationsbeslut enligt socialtjänstlagen och LSS, oktober 2025, enligt lista ur verksamhetssystemet",
    "*Socialnämndens arbetsutskott, protokoll 2025-11-04, §§ 41–48",
    "*Ordförandebeslut 2025-10-22 i brådskande ärende enligt 6 kap. 39 § kommunallagen, dnr SN 2025/081",
    "#§ 128 Rapportering av ej verkställda beslut, kvartal 3 2025",
    "Dnr SN 2025/009",
    "#Beslut",
    "Socialnämnden godkänner rapporten och överlämnar den till kommunfullmäktige och revisorerna.",
    "#Ärendet",
    "Tre beslut enligt 4 kap. 1 § socialtjänstlagen och ett beslut enligt 9 § LSS har inte verkställts "
    "inom tre månader. Rapporten har lämnats till Inspektionen för vård och omsorg. "
    "Tjänsteskrivelse 2025-10-20.",
    "#§ 129 Anmälningar",
    "#Beslut",
    "Anmälningarna läggs till handlingarna.",
    "#Ärendet",
    "*Förvaltningsrätten i Falun, dom 2025-10-14 i mål om bistånd",
    "*Länsstyrelsen i Dalarnas län, beslut om statsbidrag till kvinnofridsarbete",
    "*Region Dalarna, protokoll från Välfärdsberedningen 2025-10-09",
    "#§ 130 Kurser och konferenser",
    "#Beslut",
    "Ulrika Vik (V) och Britt Moberg (M) får delta i Länsstyrelsen i Dalarnas läns konferens om våld i "
    "nära relationer i Falun 2026-02-05.",
]


def _field(run, instr: str) -> None:
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instr} "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(code)
    run._r.append(end)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-11-18"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("GAGNEFS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden 2025-11-18\tSida ")
    _field(hp.add_run(), "PAGE")
    hp.add_run(" av ")
    _field(hp.add_run(), "NUMPAGES")
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign ..........\tUtdragsbestyrkande .........."
    d.add_paragraph().add_run("Socialnämnden").bold = True
    d.add_paragraph("Sammanträdesdatum: 2025-11-18")
    d.add_paragraph("Plats och tid: Gagnefs kommunhus, Djurås, sammanträdesrum Gagnefsrummet, kl. 13.00–16.20")
    d.add_paragraph().add_run("Närvarande").bold = True
    table = d.add_table(rows=0, cols=3)
    for row in SN_ATT:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
    d.add_paragraph().add_run("Övriga deltagare").bold = True
    for line in SN_STAFF:
        d.add_paragraph(line)
    d.add_paragraph("Justerare: Ingrid Backlund")
    d.add_paragraph("Justeringens plats och tid: Socialförvaltningen, 2025-11-24")
    d.add_paragraph("Paragrafer: 118–130")
    d.add_paragraph().add_run("Underskrifter").bold = True
    d.add_paragraph("Sekreterare ................................ Lina Sandberg")
    d.add_paragraph("Ordförande ................................ Karin Sundqvist")
    d.add_paragraph("Justerande ................................ Ingrid Backlund")
    d.add_paragraph().add_run("ANSLAG/BEVIS").bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
                    "webbplats 2025-11-25. Anslaget tas ned 2025-12-17.")
    d.add_page_break()
    for line in SN_BODY:
        if line.startswith("#§ ") and line != SN_BODY[0] and line[3:6] not in {"119", "130"}:
            d.add_page_break()
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("1."):
            d.add_paragraph(line[2:], style="List Number")
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
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "gagnef-sn-2025-11-18-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
