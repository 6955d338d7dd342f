"""Generate the binary documents of tests/heldout168/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout168/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in gold/ describe the
texts written here; change both together. Written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2020, 3, 27, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2021, 2, 18, 9, 0, 0)

# PDF mini-markup: "#" bold line, "=" page break (with footer), ">" indented line.
GNOSJO = """\
#GNOSJÖ KOMMUN
#Krisledningsnämnden – Protokoll, extra sammanträde
Sammanträdesdatum: 2020-03-26
Plats och tid: Kommunhuset, Gnosjö, sammanträdesrum Hillen, och via Microsoft Teams, kl. 08.00–09.40

Krisledningsnämnden har trätt i funktion genom ordförandens beslut 2020-03-19. Sammanträdet har
kallats med kort varsel enligt 6 kap. 23 § kommunallagen (2017:725).

#Närvarande i sammanträdesrummet
>Maja Ståhl (KD), ordförande
>Per-Erik Lund (S), vice ordförande
>Tomas Gren (M), ledamot
#Deltar på distans via Teams (med bild och ljud)
>Irene Carlsson (C), ledamot
>Ronny Blom (SD), ledamot
>Lena Wikström (S), ersättare, ej tjänstgörande
#Tjänstepersoner
>Anders Strandberg, kommunchef
>Sara Holm, säkerhetssamordnare
>Karin Fröberg, socialchef, § 3 (på distans)
>Jenny Nyman, nämndsekreterare

Justerare: Tomas Gren (M)
Justering: Digital justering med BankID, 2020-03-26 kl. 15.00
Paragrafer: 1–4

Underskrifter (elektroniskt signerade med BankID)
Sekreterare   Jenny Nyman
Ordförande    Maja Ståhl
Justerare     Tomas Gren

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits på kommunens digitala anslagstavla.
Krisledningsnämnden, sammanträdesdatum 2020-03-26. Anslaget sätts upp 2020-03-27 och tas ned
2020-04-18. Förvaringsplats: Kommunkansliet, Gnosjö.
=
#§ 1   Anmälan av ordförandens beslut om att krisledningsnämnden träder i funktion
Dnr KS 2020/0092

#Ärendebeskrivning
Världshälsoorganisationen förklarade 2020-03-11 covid-19 som en pandemi. Ordföranden beslutade
2020-03-19 att krisledningsnämnden ska träda i funktion enligt 2 kap. 2 § lagen (2006:544) om
kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap.
Beslutet ska anmälas vid nämndens första sammanträde. Länsstyrelsen i Jönköpings län och
Myndigheten för samhällsskydd och beredskap har underrättats. Tjänsteskrivelse 2020-03-23.

#Beslut
1. Krisledningsnämnden godkänner anmälan av ordförandens beslut 2020-03-19.
2. Krisledningsnämnden övertar tills vidare beslutanderätten från socialnämnden och
barn- och utbildningsnämnden i ärenden som rör den extraordinära händelsen.

#Beslutet skickas till
Kommunfullmäktige, Kommunstyrelsen, Socialnämnden, Barn- och utbildningsnämnden,
Länsstyrelsen i Jönköpings län

#§ 2   Tillfällig stängning av Gnosjö simhall och fritidsgården Ängslyckan
Dnr KS 2020/0095

#Ärendebeskrivning
Folkhälsomyndigheten avråder sedan 2020-03-16 från sociala sammankomster. Förvaltningen föreslår
i tjänsteskrivelse 2020-03-24 att simhallen och fritidsgården stängs från 2020-03-28 till och med
2020-04-30. Simundervisningen för årskurs 4 flyttas till hösten.

#Yrkanden
Maja Ståhl (KD) yrkar bifall till förvaltningens förslag.
Ronny Blom (SD) yrkar att fritidsgården Ängslyckan hålls öppen med begränsat antal besökare.

#Beslutsgång
Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller hennes eget yrkande.
Votering begärs. Omröstningen sker genom upprop, där varje ledamot svarar i tur och ordning,
även de som deltar via Teams. Ja-röst för Ståhls yrkande, nej-röst för Bloms yrkande.
>Ja: Maja Ståhl, Per-Erik Lund, Tomas Gren, Irene Carlsson
>Nej: Ronny Blom
Med 4 ja mot 1 nej beslutar nämnden enligt Ståhls yrkande.

#Beslut
Gnosjö simhall och fritidsgården Ängslyckan hålls stängda 2020-03-28 – 2020-04-30.

#Reservation
Ronny Blom (SD) reserverar sig mot beslutet.
=
#§ 3   Överenskommelse om samordnad försörjning av skyddsutrustning
Dnr KS 2020/0097

#Ärendebeskrivning
Region Jönköpings län har erbjudit länets kommuner en överenskommelse om samordnad försörjning
av skyddsutrustning inom vård och omsorg. Överenskommelsen mellan Gnosjö kommun och Region
Jönköpings län innebär att regionen köper in och fördelar utrustningen efter behov. Gislaveds
kommun och Värnamo kommun har redan tecknat motsvarande överenskommelser. Socialchefen föredrar
ärendet. Tjänsteskrivelse daterad 2020-03-25. Överenskommelsen gäller till 2020-09-30.

#Beslut
Krisledningsnämnden beslutar
att godkänna överenskommelsen med Region Jönköpings län,
att uppdra åt kommunchefen att underteckna överenskommelsen.
Paragrafen justeras omedelbart.

#Särskilt yttrande
Per-Erik Lund (S) lämnar ett särskilt yttrande: kommunen bör även bygga upp ett eget lager.
Ersättaren Lena Wikström (S) instämmer i Lunds särskilda yttrande.

#Beslutet skickas till
Region Jönköpings län, Socialnämnden

#§ 4   Lägesrapport covid-19
Dnr KS 2020/0092

Kommunchefen och säkerhetssamordnaren redovisar läget: frånvaron i hemtjänsten är 14 procent,
skolorna har öppet och gymnasiet har distansundervisning sedan 2020-03-18. Nästa lägesrapport
lämnas vid sammanträdet 2020-04-02.

#Beslut
Krisledningsnämnden tar emot lägesrapporten.
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll krisledningsnämnden 2020-03-26")
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Protokollsmall KLN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"GNOSJÖ KOMMUN  |  Krisledningsnämnden  |  2020-03-26  |  Sida {pdf.page_no()} av {{nb}}",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes signatur (BankID)   Utdragsbestyrkande",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in GNOSJO.splitlines():
        if line == "=":
            footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 10)
        if line.startswith(">"):
            pdf.set_x(pdf.l_margin + 8)
            line = line[1:]
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    footer()
    pdf.output(str(DOCS / "gnosjo-kln-2020-03-26-protokoll.pdf"))


VALDEMARSVIK_HEAD = [
    "#VALDEMARSVIKS KOMMUN – SOCIALNÄMNDEN",
    "#SAMMANTRÄDESPROTOKOLL 2021-02-16",
    "Plats och tid: Kommunhuset, sessionssalen, och digitalt via Teams, kl. 13.15–16.00",
    "Sammanträdet hålls med begränsad fysisk närvaro enligt nämndens beslut 2020-11-17, § 98. "
    "Ledamöter som deltar digitalt anses närvarande enligt 5 kap. 16 § och 6 kap. 24 § kommunallagen (2017:725).",
]

VALDEMARSVIK_TABLE = [
    ("Namn", "Funktion", "Närvaro"),
    ("Birgitta Holm (S)", "ordförande", "i sessionssalen"),
    ("Göran Ek (M)", "vice ordförande", "digitalt"),
    ("Ingrid Fahlén (S)", "ledamot", "i sessionssalen"),
    ("Roger Sjöberg (S)", "ledamot", "digitalt"),
    ("Therese Andersson (C)", "ledamot", "digitalt"),
    ("Jan-Erik Wiberg (KD)", "ledamot", "digitalt"),
    ("Agneta Lilja (SD)", "ledamot", "i sessionssalen"),
    ("Kurt Malm (M)", "tjänstgörande ersättare för Eva Dahl (M)", "digitalt"),
    ("Stina Rydén (V)", "ledamot", "digitalt"),
    ("Övriga", "", ""),
    ("Helen Öhman (S)", "ersättare", "digitalt"),
    ("Mikael Torstensson", "socialchef", "i sessionssalen"),
    ("Emma Lundgren", "nämndsekreterare", "i sessionssalen"),
]

VALDEMARSVIK_AFTER = [
    "Utses att justera: Therese Andersson (C)",
    "Justeringens tid och sätt: Protokollet justeras digitalt och signeras med BankID senast 2021-02-19.",
    "Justerade paragrafer: §§ 12–14",
    "Sekreterare: Emma Lundgren          Ordförande: Birgitta Holm          Justerare: Therese Andersson",
    "(Signerat elektroniskt med BankID)",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens webbplats 2021-02-22. "
    "Anslaget tas ned 2021-03-16. Förvaringsplats: Socialförvaltningen, Valdemarsvik.",
]

VALDEMARSVIK_BODY = [
    "#§ 12  Remiss – Regional handlingsplan för psykisk hälsa 2021–2024",
    "Diarienummer SN 2021/0019, Region Östergötlands diarienummer RS 2020-01045",
    "#Ärendebeskrivning",
    "Region Östergötland har 2020-12-14 skickat förslag till regional handlingsplan för psykisk hälsa "
    "2021–2024 på remiss till länets kommuner. Kommunstyrelsen har 2021-01-12 överlämnat remissen till "
    "socialnämnden för yttrande. Svar ska lämnas senast 2021-03-01. Socialförvaltningens tjänsteskrivelse "
    "daterad 2021-02-02 innehåller ett förslag till yttrande. Handlingsplanen bygger på överenskommelsen "
    "mellan staten och Sveriges Kommuner och Regioner om psykisk hälsa.",
    "#Beslut",
    "Socialnämnden beslutar att som svar på remissen överlämna socialförvaltningens yttrande till Region Östergötland.",
    "#Beslutet skickas till",
    "Region Östergötland, Kommunstyrelsen",
    "#§ 13  Återöppnande av besök i gemensamma utrymmen på Kvarnbackens äldreboende",
    "Diarienummer SN 2021/0024",
    "#Ärendebeskrivning",
    "Samtliga boende på Kvarnbacken har fått två doser vaccin. Folkhälsomyndigheten och Region Östergötlands "
    "smittskyddsenhet rekommenderar fortsatt försiktighet. Förvaltningen föreslår i tjänsteskrivelse "
    "2021-02-05 att besök i gemensamma utrymmen öppnas från 2021-03-01 med tidsbokning.",
    "#Yrkanden",
    "Birgitta Holm (S) yrkar bifall till förvaltningens förslag.",
    "Jan-Erik Wiberg (KD) yrkar, med instämmande av Agneta Lilja (SD), att besöken öppnas redan 2021-02-22.",
    "#Propositionsordning och votering",
    "Ordföranden ställer proposition på yrkandena och finner att nämnden bifallit hennes eget yrkande. "
    "Votering begärs. Omröstningen genomförs genom namnupprop i Teams. Ja för Holms yrkande, nej för Wibergs.",
    "Resultat: 6 ja-röster, 3 nej-röster. Ingen avstod.",
    "#Beslut",
    "1. Besök i gemensamma utrymmen på Kvarnbackens äldreboende tillåts från 2021-03-01 med tidsbokning.",
    "2. Förvaltningen återrapporterar till nämnden 2021-04-20.",
    "#Reservation",
    "Jan-Erik Wiberg (KD) och Agneta Lilja (SD) reserverar sig mot beslutet till förmån för Wibergs yrkande.",
    "#Protokollsanteckning",
    "Stina Rydén (V) låter anteckna att personalen måste erbjudas vaccin innan besöken utökas.",
    "#Beslutet skickas till",
    "Verksamhetschef äldreomsorg, Kvarnbackens äldreboende",
    "#§ 14  Samverkansavtal med Söderköpings kommun om nattpatrull i hemtjänsten",
    "Diarienummer SN 2020/0187",
    "#Ärendebeskrivning",
    "Under pandemin har bemanningen nattetid varit ansträngd. Ett samverkansavtal mellan Valdemarsviks kommun "
    "och Söderköpings kommun om gemensam nattpatrull i gränsområdet mot Gusum och Östra Ryd föreslås gälla "
    "2021-03-01 – 2022-02-28. Tjänsteskrivelse 2021-01-28.",
    "#Beslut",
    "1. Socialnämnden godkänner samverkansavtalet med Söderköpings kommun.",
    "2. Socialchefen får i uppdrag att underteckna avtalet.",
    "3. Paragrafen justeras omedelbart.",
    "#Särskilt yttrande",
    "Göran Ek (M) lämnar ett särskilt yttrande om att avtalet bör utvärderas efter sex månader.",
    "#Beslutet skickas till",
    "Söderköpings kommun, Socialchef",
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if (i == 0 or row[0] == "Övriga") and value:
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2021-02-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Valdemarsviks kommun | Socialnämnden | Sammanträdesprotokoll 2021-02-16"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign (digital justering)     Utdragsbestyrkande"

    def para(line: str) -> None:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in VALDEMARSVIK_HEAD:
        para(line)
    add_table(d, VALDEMARSVIK_TABLE)
    for line in VALDEMARSVIK_AFTER:
        para(line)
    d.add_page_break()
    for line in VALDEMARSVIK_BODY:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2021, 2, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "valdemarsvik-sn-2021-02-16-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
