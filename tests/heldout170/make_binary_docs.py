"""Generate the binary documents of tests/heldout170/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout170/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 11, 27, 7, 40, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 16, 10, 30, 0)

# ---------------------------------------------------------------- Järfälla (PDF)
JARFALLA_HEAD = """\
#Bygg- och miljönämnden
#SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum: 2024-11-20
Plats och tid: Kommunalhuset, Vasaplatsen 11, Jakobsberg, sammanträdesrum Görväln, kl. 18.00–20.35
"""

# Attendance table: drawn column by column (all names, then all parties, then all functions).
JARFALLA_TABLE = [
    ("Lars-Göran Ahlqvist", "M", "Ordförande"),
    ("Sanna Bäckström", "L", "1:e vice ordförande"),
    ("Mehmet Kaya", "S", "2:e vice ordförande"),
    ("Ulf Granberg", "M", "Ledamot"),
    ("Eva Lindroth", "KD", "Ledamot"),
    ("Jessica Norén", "SD", "Ledamot"),
    ("Robert Åslund", "SD", "Ledamot"),
    ("Fatima Ali", "S", "Ledamot"),
    ("Klas Widén", "C", "Tjänstgörande ersättare för Ann Ström (C)"),
    ("Nora Elg", "V", "Ersättare"),
    ("Peter Strid", "S", "Ersättare"),
    ("Helén Dahl", "MP", "Ersättare"),
]

JARFALLA_AFTER = """\
#Övriga närvarande
>Kristina Hedlund, förvaltningschef samhällsbyggnadsförvaltningen
>Amir Rostami, bygglovschef, § 118
>Josefin Lund, miljöinspektör, § 119
>Emil Sandberg, nämndsekreterare

Utses att justera: Fatima Ali (S)
Justeringens plats och tid: Kommunalhuset, Jakobsberg, 2024-11-26
Justerade paragrafer: 118–120

Sekreterare ..................................... Emil Sandberg
Ordförande ..................................... Lars-Göran Ahlqvist
Justerande ..................................... Fatima Ali

#BEVIS OM ANSLAG
Protokollet från bygg- och miljönämndens sammanträde 2024-11-20 är justerat och anslaget på
kommunens digitala anslagstavla 2024-11-27. Sista dag för överklagande är 2024-12-18.
Protokollet förvaras hos samhällsbyggnadsförvaltningen.
=
#§ 118  Bygglov för nybyggnad av flerbostadshus på fastigheten Jakobsberg 18:14
Ärendenummer: BMN 2024-000913

#Ärendebeskrivning
Järfällahus AB ansöker om bygglov för ett flerbostadshus i sju våningar med 84 lägenheter vid
Riddarplatsen. Fastigheten omfattas av detaljplan D 2019-04-11, som vann laga kraft 2019-06-03.
Byggnaden överskrider den tillåtna byggnadshöjden med 0,4 meter, vilket förvaltningen bedömer
som en liten avvikelse enligt 9 kap. 31 b § plan- och bygglagen (2010:900). Grannar har hörts;
Bostadsrättsföreningen Riddarplatsen 2 har lämnat erinringar om skuggning. Trafikverket har
inget att invända. Förvaltningens tjänsteskrivelse är daterad 2024-11-05.

#Yrkanden
Ulf Granberg (M) yrkar bifall till förvaltningens förslag.
Jessica Norén (SD) yrkar avslag på ansökan med hänvisning till avvikelsen från detaljplanen.

#Beslutsgång
Ordföranden ställer Granbergs yrkande mot Noréns och finner att nämnden bifallit Granbergs yrkande.
Omröstning begärs. Med 6 röster för bifall mot 3 röster för avslag beslutar nämnden enligt
Granbergs yrkande. Ingen ledamot avstår från att rösta. Voteringslista, se bilaga 118:1.

#Beslut
1. Bygglov beviljas med stöd av 9 kap. 30 och 31 b §§ plan- och bygglagen.
2. Avgiften för bygglovet fastställs till 148 320 kronor enligt taxa antagen av
kommunfullmäktige 2023-12-11, § 204.
3. Tekniskt samråd ska hållas innan startbesked ges.

#Reservation
Jessica Norén (SD) och Robert Åslund (SD) reserverar sig mot beslutet.

#Beslutet skickas till
Järfällahus AB (med delgivningskvitto), Bostadsrättsföreningen Riddarplatsen 2, Trafikverket (för kännedom)
=
#§ 119  Yttrande till Länsstyrelsen i Stockholms län över ansökan om tillstånd till bergtäkt i Säby
Ärendenummer: BMN 2024-001022
Länsstyrelsens beteckning: 5511-31877-2024

#Ärendebeskrivning
Skanska Industrial Solutions AB har hos Länsstyrelsen i Stockholms län ansökt om tillstånd enligt
9 kap. miljöbalken att fortsätta bergtäkten i Säby till och med 2044. Länsstyrelsen har
2024-10-15 gett nämnden tillfälle att yttra sig senast 2024-11-29. Förvaltningen föreslår att
nämnden tillstyrker ansökan under förutsättning att villkoren om buller och damning skärps.
Mark- och miljödomstolen vid Nacka tingsrätt prövade ett tidigare tillstånd 2014-03-20.
Underlag: tjänsteskrivelse daterad 2024-11-06 och miljökonsekvensbeskrivning 2024-08-30.

#Beslut
1. Bygg- och miljönämnden antar förvaltningens förslag till yttrande och översänder det
till Länsstyrelsen i Stockholms län.
2. Paragrafen justeras omedelbart.

#Protokollsanteckning
Mehmet Kaya (S) och Fatima Ali (S) antecknar att nämnden bör följa upp transporterna genom
Jakobsbergs centrum.

#Beslutet skickas till
Länsstyrelsen i Stockholms län
=
#§ 120  Samverkansavtal om miljötillsyn mellan Järfälla kommun och Upplands-Bro kommun
Ärendenummer: BMN 2024-000988

#Ärendebeskrivning
Upplands-Bro kommun har föreslagit att kommunerna hjälper varandra med tillsyn enligt
miljöbalken och livsmedelslagstiftningen vid jäv och hög arbetsbelastning. Avtalet löper från
2025-01-01 till 2026-12-31. Sollentuna kommun har tecknat ett liknande avtal med Sundbybergs stad.
Tjänsteskrivelse 2024-10-29.

#Yrkanden
Sanna Bäckström (L), med instämmande av Mehmet Kaya (S), yrkar bifall till förvaltningens förslag.

#Beslut
Bygg- och miljönämnden föreslår kommunstyrelsen att godkänna samverkansavtalet.

#Särskilt yttrande
Sverigedemokraterna genom Robert Åslund lämnar ett särskilt yttrande om att avgifterna
ska redovisas för varje kommun för sig.

#Ersättaryttrande
Helén Dahl (MP) anför att avtalet även borde omfatta tillsyn över strandskyddet.

#Beslutet skickas till
Kommunstyrelsen, Upplands-Bro kommun
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll bygg- och miljönämnden 2024-11-20")
    pdf.set_author("Samhällsbyggnadsförvaltningen")
    pdf.set_creator("Ciceron Protokoll")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(95, 5, "JÄRFÄLLA KOMMUN", new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 5, f"PROTOKOLL  2024-11-20   {pdf.page_no()} ({{nb}})", new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(3)

    def footer() -> None:
        pdf.set_auto_page_break(False)
        pdf.set_y(-18)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes signatur ________   Utdragsbestyrkande ________", new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(True, margin=22)

    def lines(text: str) -> None:
        for line in text.splitlines():
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

    pdf.add_page()
    page_header()
    lines(JARFALLA_HEAD)
    pdf.ln(2)
    widths = (62, 18, 100)
    pdf.set_font("F", "B", 10)
    for w, head in zip(widths, ("Namn", "Parti", "Uppdrag"), strict=True):
        pdf.cell(w, 6, head, border="B", new_x="RIGHT", new_y="TOP")
    pdf.ln(6)
    pdf.set_font("F", "", 10)
    top = pdf.get_y()
    x = pdf.l_margin
    for col, w in enumerate(widths):
        pdf.set_xy(x, top)
        for row in JARFALLA_TABLE:
            pdf.set_x(x)
            pdf.cell(w, 5.5, row[col], new_x="LEFT", new_y="NEXT")
        x += w
    pdf.set_xy(pdf.l_margin, top + 5.5 * len(JARFALLA_TABLE) + 3)
    lines(JARFALLA_AFTER)
    footer()
    pdf.output(str(DOCS / "jarfalla-bmn-2024-11-20-protokoll.pdf"))


# ---------------------------------------------------------------- Höör (DOCX)
HOOR = [
    "#PROTOKOLLSUTDRAG",
    "#Kommunfullmäktige",
    "Sammanträde: måndagen den 9 december 2024 kl. 18.30–21.05",
    "Plats: Kommunhuset, Sessionssalen, Höör",
    "Ordförande: Lena Wiberg (C)",
    "1:e vice ordförande: Thomas Andersson (SD)",
    "2:e vice ordförande: Eva Bengtsdotter (S)",
    "Beslutande: Samtliga ledamöter med undantag av Kent Olsson (S), Maria Jeppsson (SD) och Rikard Palm (M), "
    "som ersattes av tjänstgörande ersättarna Anneli Rydberg (S), Jonny Ek (SD) respektive Camilla Borg (M). "
    "Närvaro- och voteringslista, bilaga A.",
    "Övriga: Carina Lund, kommundirektör; Johanna Fritz, kommunsekreterare",
    "Justerare: Mats Rosander (KD) och Britt Nyholm (S)",
    "Justering: Kommunledningskontoret 2024-12-13",
    "Paragrafer i utdraget: 141–142",
    "Sekreterare ………………………… Johanna Fritz",
    "Ordförande ………………………… Lena Wiberg",
    "Justerare ………………………… Mats Rosander ………………………… Britt Nyholm",
    "",
    "#KF § 141\tSvar på motion om avgiftsfri kollektivtrafik för pensionärer",
    "Dnr 2024/KS 0155 53",
    "#Sammanfattning",
    "Ingvar Persson (V) föreslår i en motion 2024-03-25 att kommunen inför avgiftsfria resor med Skånetrafiken "
    "för invånare över 75 år utanför högtrafik. Region Skåne har i en skrivelse 2024-06-14 uppgett kostnaden till "
    "cirka 2,1 miljoner kronor per år. Kommunstyrelsen behandlade ärendet 2024-11-20, § 201, och föreslår att "
    "motionen avslås. I kommunstyrelsen yrkade Britt Nyholm (S) bifall till motionen och reserverade sig mot beslutet.",
    "#Beslutsunderlag",
    "Kommunstyrelsens beslut 2024-11-20, § 201",
    "Tjänsteskrivelse, kommunledningskontoret, 2024-10-28",
    "Motion från Ingvar Persson (V), 2024-03-25",
    "#Yrkanden",
    "Kommunstyrelsens ordförande Stefan Berg (M) yrkar bifall till kommunstyrelsens förslag.",
    "Lars Hansson (S) och Ingvar Persson (V) yrkar bifall till motionen.",
    "#Propositionsordning och omröstning",
    "Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner "
    "kommunstyrelsens förslag bifallet. Votering begärs och verkställs med voteringsutrustning. "
    "Ja för kommunstyrelsens förslag, nej för bifall till motionen.",
    "Resultat: 24 ja, 15 nej, 2 avstår (bilaga A).",
    "#Beslut",
    "Kommunfullmäktige avslår motionen.",
    "#Reservation",
    "Lars Hansson m.fl. (S) och Ingvar Persson (V) reserverar sig mot beslutet till förmån för eget yrkande.",
    "#Beslutet skickas till",
    "Motionären, Kommunstyrelsen",
    "=",
    "#KF § 142\tAvtal om gemensam upphandlingsfunktion mellan Höörs kommun och Eslövs kommun",
    "Dnr 2024/KS 0388 05",
    "#Sammanfattning",
    "Samarbetet om upphandling med Hörby kommun upphörde 2023-06-30. Eslövs kommun har erbjudit Höörs kommun "
    "att ingå i Eslövs upphandlingsenhet mot en årlig ersättning om 1 450 000 kronor. Avtalet följer lagen "
    "(2016:1145) om offentlig upphandling och Upphandlingsmyndighetens vägledning för samverkan. "
    "Enligt 9 kap. 37 § kommunallagen (2017:725) får kommuner ingå avtal om att en kommun ska utföra "
    "uppgifter åt en annan. Kommunstyrelsens arbetsutskott behandlade ärendet 2024-11-06, § 188.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse, kommunledningskontoret, 2024-10-30",
    "Kommunstyrelsens beslut 2024-11-20, § 204",
    "#Yrkande",
    "Stefan Berg (M) yrkar bifall till kommunstyrelsens förslag.",
    "#Beslut",
    "Kommunfullmäktige beslutar",
    "1. att godkänna avtalet om gemensam upphandlingsfunktion med Eslövs kommun,",
    "2. att avtalet gäller från och med 2025-01-01.",
    "#Protokollsanteckning",
    "Sverigedemokraterna genom Thomas Andersson antecknar att avtalet bör utvärderas efter två år.",
    "#Beslutet skickas till",
    "Eslövs kommun, Kommunstyrelsen, ekonomiavdelningen",
    "",
    "Rätt utdraget intygar: Johanna Fritz, kommunsekreterare, 2024-12-16",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokollsutdrag kommunfullmäktige 2024-12-09"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "HÖÖRS KOMMUN\tKommunfullmäktige\tProtokollsutdrag 2024-12-09"
    d.sections[0].footer.paragraphs[0].text = "Justerarnas signaturer ________ ________\tUtdragsbestyrkande ________"
    for line in HOOR:
        if line == "=":
            d.add_page_break()
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 16, 10, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hoor-kf-2024-12-09-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
