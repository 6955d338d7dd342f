"""Generate the binary documents of tests/heldout75/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout75/make_binary_docs.py

Deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and ZIP timestamps, so
re-running leaves the files byte-identical. The gold files in gold/ describe these texts; change both together.
Written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 9, 27, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 28, 9, 0, 0)

# Härjedalens kommun, kommunstyrelsen 2024-09-24, full protocol.
# "\f" new page, "#" bold heading, "|" separates table cells (widths in PDF_COLS), "" empty line.
PDF_HEAD = ("Härjedalens kommun", "PROTOKOLL", "Kommunstyrelsen", "Sammanträdesdatum 2024-09-24")
PDF_COLS = (58, 16, 48, 60)
PDF_LINES: list[str] = [
    "Plats och tid: Kommunhuset i Sveg, sessionssalen, kl. 09.00–12.15",
    "",
    "#Närvarolista",
    "#Namn|Parti|Funktion|Anmärkning",
    "Gun Nordin|C|Ordförande|",
    "Mats Jonsson|S|1:e vice ordförande|",
    "Lisa Wester|M|2:e vice ordförande|",
    "Bengt Ivarsson|C|Ledamot|",
    "Eva Sjöberg|S|Ledamot|",
    "Håkan Nyström|SD|Ledamot|",
    "Katarina Olsson|KD|Ledamot|",
    "Stig Brännström|S|Tjänstgörande ersättare|för Ulla Nilsson (S)",
    "Annelie Berglund|V|Tjänstgörande ersättare|för Erik Mattsson (V)",
    "Malin Dahl|M|Ersättare|ej tjänstgörande",
    "Tord Eriksson|L|Ersättare|ej tjänstgörande",
    "",
    "#Övriga närvarande",
    "Sofia Lundin, kommundirektör",
    "Peter Andersson, ekonomichef, § 140",
    "Helena Svensson, nämndsekreterare",
    "",
    "Justerare: Lisa Wester (M)",
    "Justeringens plats och tid: Kommunhuset i Sveg, 2024-09-27 kl. 10.00",
    "Paragrafer: 140–143",
    "",
    "Sekreterare ........................................",
    "Helena Svensson",
    "",
    "Ordförande ........................................",
    "Gun Nordin",
    "",
    "Justerare ........................................",
    "Lisa Wester",
    "",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens digitala anslagstavla.",
    "Organ: Kommunstyrelsen",
    "Sammanträdesdatum: 2024-09-24",
    "Anslaget sätts upp: 2024-09-30   Anslaget tas ned: 2024-10-22",
    "Förvaringsplats: Kommunhuset i Sveg",
    "\f",
    "#§ 140 Delårsrapport januari–augusti 2024",
    "Dnr 2024/412",
    "",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "1. Delårsrapporten för perioden januari–augusti 2024 godkänns.",
    "#Kommunstyrelsens beslut för egen del",
    "2. Nämnder med prognostiserat underskott ska senast 2024-11-15 redovisa åtgärder för en budget i balans.",
    "",
    "#Ärendebeskrivning",
    "Delårsrapporten visar ett prognostiserat resultat för helåret på 9,4 mnkr, vilket är 6,1 mnkr lägre än",
    "budget. Socialnämnden och barn- och utbildningsnämnden prognostiserar underskott. De förtroendevalda",
    "revisorerna biträds av KPMG AB och lämnar sin bedömning av delårsrapporten till kommunfullmäktige",
    "2024-10-21.",
    "",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2024-09-10",
    "Delårsrapport januari–augusti 2024",
    "Kommunstyrelsens arbetsutskott 2024-09-10 § 88",
    "",
    "#Yrkanden",
    "Gun Nordin (C) yrkar bifall till arbetsutskottets förslag.",
    "",
    "#Beslutsgång",
    "Ordföranden ställer proposition på sitt yrkande och finner att kommunstyrelsen bifaller detsamma.",
    "",
    "#Protokollsanteckning",
    "Håkan Nyström (SD) antecknar till protokollet att Sverigedemokraterna anser att åtgärdsplanerna borde",
    "ha begärts in redan efter tertialrapporten.",
    "",
    "Beslutet skickas till: Kommunfullmäktige, Socialnämnden, Barn- och utbildningsnämnden",
    "",
    "#§ 141 Yttrande över regional vattenförsörjningsplan för Jämtlands län",
    "Dnr 2024/355",
    "",
    "#Kommunstyrelsens beslut",
    "1. Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till yttrande som sitt eget.",
    "2. Yttrandet översänds till Länsstyrelsen i Jämtlands län.",
    "",
    "#Justering",
    "Paragrafen justeras omedelbart.",
    "",
    "#Ärendebeskrivning",
    "Länsstyrelsen i Jämtlands län har 2024-06-28 sänt förslag till regional vattenförsörjningsplan på remiss",
    "till länets kommuner (länsstyrelsens dnr 537-4410-2024). Svar ska ha kommit in senast 2024-09-30.",
    "Planen pekar ut vattenresurser av regional betydelse, bland annat grundvattenförekomsterna vid Sveg",
    "och Funäsdalen, som bör skyddas enligt 7 kap. 21 § miljöbalken. Havs- och vattenmyndighetens",
    "vägledning har legat till grund för planen. Förvaltningen föreslår att kommunen tillstyrker planen",
    "men påtalar att ansvaret för reservvattentäkter måste klargöras.",
    "",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2024-09-03",
    "Förslag till yttrande",
    "Kommunstyrelsens arbetsutskott 2024-09-10 § 90",
    "",
    "#Yrkanden",
    "Bengt Ivarsson (C) yrkar bifall till arbetsutskottets förslag.",
    "",
    "#Beslutsgång",
    "Ordföranden finner att kommunstyrelsen bifaller arbetsutskottets förslag.",
    "",
    "Beslutet skickas till: Länsstyrelsen i Jämtlands län",
    "\f",
    "#§ 142 Medfinansieringsavtal med Trafikverket om gång- och cykelväg längs E45 i Sveg",
    "Dnr 2024/198",
    "",
    "#Kommunstyrelsens beslut",
    "1. Kommunstyrelsen godkänner medfinansieringsavtalet mellan Härjedalens kommun och Trafikverket.",
    "2. Kommundirektören får i uppdrag att underteckna avtalet.",
    "",
    "#Ärendebeskrivning",
    "Trafikverket planerar att bygga en gång- och cykelväg på sträckan Ljusnebron–Sveg centrum under 2025.",
    "Kommunens andel av kostnaden är 2,4 mnkr, vilket ryms i investeringsbudgeten för 2025. Trafikverkets",
    "erbjudande är daterat 2024-08-15 och gäller till 2024-10-31 (Trafikverkets ärende TRV 2024/61890).",
    "",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2024-08-29",
    "Förslag till medfinansieringsavtal",
    "Kommunstyrelsens arbetsutskott 2024-09-10 § 91",
    "",
    "#Yrkanden",
    "Mats Jonsson (S) yrkar bifall till arbetsutskottets förslag.",
    "Håkan Nyström (SD) yrkar att ärendet återremitteras för att utreda en billigare sträckning.",
    "",
    "#Beslutsgång",
    "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att",
    "det ska avgöras i dag. Votering begärs och verkställs med följande propositionsordning: ja för att",
    "avgöra ärendet i dag, nej för återremiss.",
    "",
    "#Omröstningsresultat",
    "Ja 7 – Nej 2 – Avstår 0. Kommunstyrelsen har beslutat att avgöra ärendet i dag.",
    "",
    "Ordföranden ställer därefter proposition på Mats Jonssons yrkande och finner det bifallet.",
    "",
    "#Reservation",
    "Håkan Nyström (SD) och Katarina Olsson (KD) reserverar sig mot beslutet.",
    "",
    "Beslutet skickas till: Trafikverket, Samhällsbyggnadsförvaltningen",
    "",
    "#§ 143 Svar på motion om en fritidsbank i Härjedalen",
    "Dnr 2023/640",
    "",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "1. Motionen bifalls.",
    "",
    "#Ärendebeskrivning",
    "Annelie Berglund (V) föreslår i en motion 2023-11-13 att kommunen ska starta en fritidsbank där barn",
    "och unga kan låna sport- och fritidsutrustning gratis. Fritidsbanken Sverige stödjer uppstarten med",
    "konceptet. Kostnaden beräknas till 350 000 kronor per år och föreslås finansieras inom",
    "kultur- och fritidsenhetens ram.",
    "",
    "#Beslutsunderlag",
    "Motion 2023-11-13",
    "Tjänsteskrivelse 2024-08-20",
    "Kommunstyrelsens arbetsutskott 2024-09-10 § 93",
    "",
    "#Yrkanden",
    "Annelie Berglund (V) yrkar bifall till motionen.",
    "Bengt Ivarsson (C) yrkar bifall till arbetsutskottets förslag.",
    "",
    "#Beslutsgång",
    "Ordföranden finner att yrkandena sammanfaller och att kommunstyrelsen bifaller dem.",
    "",
    "#Särskilt yttrande",
    "Lisa Wester (M) m.fl. lämnar följande särskilda yttrande: Vi ställer oss bakom en fritidsbank men",
    "anser att verksamheten bör drivas av föreningslivet med kommunalt bidrag.",
    "Ersättaren Malin Dahl (M) instämmer i Lisa Westers särskilda yttrande.",
    "",
    "Beslutet skickas till: Kommunfullmäktige",
]

# Gävle kommun, socialnämnden 2024-10-23, full protocol. "\f" page break, "#" Heading 2, "##" Heading 3,
# "*" List Bullet, "\t" separates a label from its text (left tab at 4 cm).
DOCX_HEADER = "Gävle kommun\tProtokoll\nSocialnämnden\tSammanträdesdatum 2024-10-23"
DOCX_FOOTER = "Justerandes signatur ..........\tUtdragsbestyrkande ..........\tSida"
DOCX_LINES: list[str] = [
    "#Socialnämnden",
    "Plats och tid\tRådhuset, sammanträdesrum Gävlesalen, onsdagen den 23 oktober 2024 kl. 13.15–16.40",
    "Beslutande\tEmelie Hallberg (S), ordförande",
    "\tRasmus Lind (L), vice ordförande",
    "\tIngrid Holm (S)",
    "\tTarek Haddad (S)",
    "\tMaria Granlund (V)",
    "\tPontus Lans (MP)",
    "\tKarin Sjödin (M)",
    "\tOskar Rydén (M)",
    "\tLars Hjelm (SD)",
    "\tElisabet Ringh (KD)",
    "\tJohan Wallin (C), tjänstgörande ersättare för Annika Frost (C)",
    "Ersättare\tMarcus Björk (S)",
    "\tYvonne Lund (M)",
    "\tSofia Berg (V)",
    "Övriga deltagare\tHanna Ekholm, socialdirektör",
    "\tNiklas Strand, avdelningschef, § 118",
    "\tTherese Nord, nämndsekreterare",
    "Utses att justera\tKarin Sjödin (M)",
    "Justeringens plats och tid\tSocialförvaltningen, Drottninggatan, 2024-10-28",
    "Paragrafer\t117–119",
    "Underskrifter",
    "Sekreterare\t..............................",
    "\tTherese Nord",
    "Ordförande\t..............................",
    "\tEmelie Hallberg",
    "Justerare\t..............................",
    "\tKarin Sjödin",
    "\f",
    "#§ 117 Idéburet offentligt partnerskap med Frälsningsarmén om härbärge och dagverksamhet",
    "Diarienummer: 24SN145",
    "##Beslut",
    "Socialnämnden beslutar",
    "*att ingå överenskommelse om idéburet offentligt partnerskap med Frälsningsarmén om härbärge och "
    "dagverksamhet för personer i hemlöshet,",
    "*att överenskommelsen gäller 2025-01-01–2027-12-31 med ett årligt bidrag om högst 3,2 miljoner kronor.",
    "##Ärendet",
    "Frälsningsarmén har sedan 2019 drivit härbärget på Södra Centrum med föreningsbidrag. Förvaltningen "
    "föreslår att samarbetet formaliseras som ett idéburet offentligt partnerskap mellan Gävle kommun och "
    "Frälsningsarmén, vilket enligt Konkurrensverkets vägledning inte är en upphandlingspliktig anskaffning "
    "när parterna bidrar med egna resurser. Region Gävleborg deltar i verksamheten genom uppsökande "
    "sjukvård men är inte part i överenskommelsen.",
    "##Beslutsunderlag",
    "Tjänsteskrivelse 2024-10-02",
    "Förslag till överenskommelse",
    "##Yrkanden",
    "Emelie Hallberg (S) yrkar bifall till förvaltningens förslag.",
    "Lars Hjelm (SD) yrkar avslag på förvaltningens förslag.",
    "##Propositionsordning",
    "Ordföranden ställer proposition på bifall mot avslag och finner att socialnämnden beslutar enligt "
    "Emelie Hallbergs yrkande. Votering begärs.",
    "Ja-röst för bifall till Emelie Hallbergs yrkande. Nej-röst för bifall till Lars Hjelms yrkande.",
    "##Omröstningsresultat",
    "Omröstningen utfaller med 9 ja-röster, 1 nej-röst och 1 som avstår. Socialnämnden har beslutat enligt "
    "Emelie Hallbergs yrkande.",
    "##Reservation",
    "Lars Hjelm (SD) reserverar sig mot beslutet till förmån för eget yrkande.",
    "##Beslutet skickas till",
    "Frälsningsarmén",
    "\f",
    "#§ 118 Remissyttrande över motion om fler platser i stödboende för unga vuxna",
    "Diarienummer: 24SN188 (kommunstyrelsens diarienummer 24KS301)",
    "##Beslut",
    "Socialnämnden antar förvaltningens förslag till yttrande och överlämnar det till kommunstyrelsen.",
    "##Justering",
    "Paragrafen justeras omedelbart.",
    "##Ärendet",
    "Kommunstyrelsen har remitterat en motion från 2024-05-13 om fler platser i stödboende för unga vuxna "
    "till socialnämnden med svar senast 2024-11-01. Förvaltningen redovisar att Inspektionen för vård och "
    "omsorg beviljade tillstånd för tolv platser 2023-12-05 och att beläggningen under 2024 har legat kring "
    "80 procent. Stödboende regleras i 3 kap. 1 § socialtjänstförordningen (2001:937).",
    "##Beslutsunderlag",
    "Tjänsteskrivelse 2024-09-30",
    "Förslag till yttrande",
    "##Yrkanden",
    "Rasmus Lind (L) yrkar bifall till förvaltningens förslag.",
    "##Propositionsordning",
    "Ordföranden finner att socialnämnden bifaller förvaltningens förslag.",
    "##Särskilt yttrande",
    "Karin Sjödin (M) och Oskar Rydén (M) lämnar ett särskilt yttrande: Vi anser att behovet av platser "
    "bör mötas genom upphandling av externa stödboenden i stället för egen utbyggnad.",
    "Ersättaren Yvonne Lund (M) ställer sig bakom Moderaternas särskilda yttrande.",
    "##Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 119 Internbudget 2025 för socialnämnden",
    "Diarienummer: 24SN201",
    "##Beslut",
    "Socialnämnden beslutar",
    "*att fastställa internbudget 2025 enligt förvaltningens förslag,",
    "*att ge socialdirektören i uppdrag att återrapportera åtgärder för en budget i balans vid "
    "sammanträdet 2025-02-19,",
    "*att överlämna internbudgeten till kommunstyrelsen för kännedom.",
    "##Ärendet",
    "Kommunfullmäktige fastställde 2024-06-18 socialnämndens ram för 2025 till 1 184 miljoner kronor. "
    "Förvaltningens förslag innebär besparingar på 22 miljoner kronor inom institutionsplaceringar.",
    "##Beslutsunderlag",
    "Tjänsteskrivelse 2024-10-08",
    "Förslag till internbudget 2025",
    "##Yrkanden",
    "Emelie Hallberg (S) yrkar bifall till förvaltningens förslag.",
    "Karin Sjödin (M) yrkar att andra att-satsen stryks.",
    "##Propositionsordning",
    "Ordföranden ställer proposition på yrkandena och finner att socialnämnden bifaller Emelie Hallbergs "
    "yrkande.",
    "##Reservation",
    "Karin Sjödin (M) och Oskar Rydén (M) reserverar sig mot beslutet till förmån för Karin Sjödins yrkande.",
    "##Protokollsanteckning",
    "Maria Granlund (V) antecknar till protokollet att Vänsterpartiet motsätter sig besparingar som drabbar "
    "barn placerade utanför hemmet.",
    "##Beslutet skickas till",
    "Kommunstyrelsen",
]


def build_pdf(path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_creator("Härjedalens kommun")
    pdf.set_producer("fpdf2")
    pdf.set_title("Kommunstyrelsen 2024-09-24")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)

    def header() -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(110, 5, PDF_HEAD[0])
        pdf.cell(0, 5, PDF_HEAD[1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(110, 5, PDF_HEAD[2])
        pdf.cell(0, 5, PDF_HEAD[3], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    pdf.header = header  # type: ignore[method-assign]
    pdf.add_page()
    for line in PDF_LINES:
        if line == "\f":
            pdf.add_page()
            continue
        if "|" in line:
            bold = line.startswith("#")
            pdf.set_font("DejaVu", "B" if bold else "", 9)
            cells = line.lstrip("#").split("|")
            for width, text in zip(PDF_COLS, cells, strict=True):
                pdf.cell(width, 6, text, border=1)
            pdf.ln(6)
            continue
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("DejaVu", "", 9.5)
        if not line:
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 28, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def build_docx(path: Path) -> None:
    document = docx.Document()
    props = document.core_properties
    props.author = "Socialförvaltningen"
    props.last_modified_by = "Socialförvaltningen"
    props.title = "Socialnämnden 2024-10-23"
    props.created = FIXED_DOCX
    props.modified = FIXED_DOCX
    props.revision = 1
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    section = document.sections[0]
    for i, text in enumerate(DOCX_HEADER.split("\n")):
        para = section.header.paragraphs[0] if i == 0 else section.header.add_paragraph()
        para.text = text
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    section.footer.paragraphs[0].text = DOCX_FOOTER
    for line in DOCX_LINES:
        if line == "\f":
            document.add_page_break()
        elif line.startswith("##"):
            document.add_heading(line[2:], level=3)
        elif line.startswith("#"):
            document.add_heading(line[1:], level=2)
        elif line.startswith("*"):
            document.add_paragraph(line[1:], style="List Bullet")
        else:
            para = document.add_paragraph(line)
            if "\t" in line:
                para.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
                para.paragraph_format.space_after = Pt(0)
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def main() -> None:
    build_pdf(DOCS / "harjedalen-ks-2024-09-24-protokoll.pdf")
    build_docx(DOCS / "gavle-sn-2024-10-23-protokoll.docx")


if __name__ == "__main__":
    main()
