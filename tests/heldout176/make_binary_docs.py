"""Generate the binary documents of tests/heldout176/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout176/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 3, 19, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 12, 10, 0, 0)

# Attendance rows for the Eksjö PDF: (name, party, note); a str alone is a group heading.
EKSJO_ATTENDANCE = [
    "Beslutande ledamöter",
    ("Annika Sjöholm", "M", "ordförande"),
    ("Per-Anders Wiik", "KD", "1:e vice ordförande"),
    ("Gunilla Nordh", "S", "2:e vice ordförande"),
    ("Tomas Ekdahl", "M", ""),
    ("Maria Lövgren", "C", ""),
    ("Jörgen Hult", "SD", ""),
    ("Elin Strand", "S", ""),
    ("Ronny Axelsson", "S", "kl. 13.00–14.40, §§ 37–38"),
    "Tjänstgörande ersättare",
    ("Mikael Blom", "L", "för Sara Hägg (L)"),
    ("Kerstin Ljung", "S", "för Ronny Axelsson (S), § 39"),
    "Ej tjänstgörande ersättare",
    ("Hans Jonsson", "V", ""),
    ("Linnea Fors", "KD", ""),
    "Tjänstemän",
    ("Jenny Almqvist", "", "kommunchef"),
    ("Patrik Söder", "", "ekonomichef, §§ 37–38"),
    ("Eva Malm", "", "kommunsekreterare"),
]

# PDF mini-markup: "#" bold line, "=" page break (with footer), ">" indented line.
EKSJO_FRONT_TAIL = """\

Utses att justera     Gunilla Nordh (S)
Justeringens plats    Stadshuset, Eksjö, 2025-03-18
och tid
Justerade paragrafer  §§ 37–39

Sekreterare   ..............................   Eva Malm
Ordförande    ..............................   Annika Sjöholm
Justerande    ..............................   Gunilla Nordh

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ                               Kommunstyrelsen
Sammanträdesdatum                   2025-03-11
Datum då anslaget sätts upp         2025-03-19
Datum då anslaget tas ned           2025-04-10
Förvaringsplats för protokollet     Kommunledningsförvaltningen, Stadshuset, Eksjö
"""

EKSJO_BODY = """\
#§ 37   Remissvar – förslag till regional transportplan för Jönköpings län 2026–2037
Dnr KS 2024/412

Region Jönköpings län har skickat förslaget till regional transportplan för 2026–2037 på
remiss till länets kommuner (regionens dnr RJL 2024/2217). Svar ska ha kommit in senast
2025-03-31. Kommunledningsförvaltningen har i tjänsteskrivelse 2025-02-24 tagit fram ett
förslag till yttrande. I yttrandet framhålls behovet av mötesspår på Stångådalsbanan och
att Trafikverket bör prioritera riksväg 40 mellan Eksjö och Nässjö. Kommunstyrelsens
arbetsutskott behandlade ärendet 2025-02-25, § 31.

#Yrkanden
Gunilla Nordh (S) yrkar bifall till arbetsutskottets förslag.
Jörgen Hult (SD) yrkar, som tillägg, att yttrandet kompletteras med krav på mitträcke på
riksväg 32 norr om Hult.

#Beslutsgång
Ordföranden konstaterar att det finns ett huvudförslag och ett tilläggsyrkande. Huvudförslaget
bifalls. Ordföranden ställer därefter Hults tilläggsyrkande under proposition och finner det
avslaget.

#Kommunstyrelsens beslut
Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Region
Jönköpings län.

#Reservation
Jörgen Hult (SD) reserverar sig till förmån för sitt tilläggsyrkande.

Beslutet skickas till: Region Jönköpings län
=
#§ 38   Samverkansavtal med Nässjö kommun om gemensam räddningstjänstledning
Dnr KS 2024/588

Eksjö kommun och Nässjö kommun har sedan 2019 en gemensam inre befäl-funktion. Ett nytt
samverkansavtal om gemensam räddningstjänstledning har tagits fram och föreslås gälla från
2025-07-01 till 2028-12-31. Avtalet tar hänsyn till kraven i 3 kap. 16 § lagen (2003:778) om
skydd mot olyckor. Kostnaden fördelas efter invånarantal. Kommunledningsförvaltningens
tjänsteskrivelse är daterad 2025-02-17. Avtalet har beretts tillsammans med Nässjö kommun.

#Yrkanden
Annika Sjöholm (M) yrkar bifall till förvaltningens förslag.
Elin Strand (S) yrkar att ärendet återremitteras för en riskanalys av insatstiderna i
Hult och Mariannelund.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag och finner att så ska ske. Votering
begärs. Den som vill att ärendet avgörs i dag röstar ja, den som vill återremittera ärendet
röstar nej.

#Omröstning
Ja:      Annika Sjöholm (M), Per-Anders Wiik (KD), Tomas Ekdahl (M), Maria Lövgren (C),
         Mikael Blom (L)
Nej:     Gunilla Nordh (S), Elin Strand (S), Ronny Axelsson (S)
Avstår:  Jörgen Hult (SD)
Med 5 ja-röster mot 3 nej-röster, 1 avstår, har kommunstyrelsen beslutat att ärendet ska
avgöras i dag. Därefter bifalls Sjöholms yrkande utan ytterligare votering.

#Kommunstyrelsens beslut
1. Samverkansavtalet mellan Eksjö kommun och Nässjö kommun om gemensam
   räddningstjänstledning godkänns.
2. Kommunchefen får i uppdrag att underteckna avtalet.
3. Paragrafen justeras omedelbart.

#Reservation
Gunilla Nordh, Elin Strand och Ronny Axelsson (alla S) reserverar sig mot beslutet.

Beslutet skickas till: Nässjö kommun, Länsstyrelsen i Jönköpings län
=
#§ 39   Motion om solceller på kommunens förskolor
Dnr KS 2024/233

Hans Jonsson (V) har i en motion daterad 2024-04-08 föreslagit att solceller installeras på
samtliga kommunala förskolor senast 2027. Kommunfullmäktige remitterade motionen till
kommunstyrelsen 2024-04-25, § 58. Eksjö Energi AB har yttrat sig 2024-11-12 och anger att sju
av tretton förskolor har lämpliga tak. Enligt tjänsteskrivelse 2025-02-20 bör installationer
prövas i budgetberedningen, eftersom investeringsbudgeten för 2025 redan är fastställd.

#Yrkande
Maria Lövgren (C) yrkar bifall till arbetsutskottets förslag.

#Kommunstyrelsens förslag till kommunfullmäktige
-  att motionen ska anses besvarad, samt
-  att solceller på förskolornas tak prövas i budgetberedningen inför 2026.

#Protokollsanteckning
Kerstin Ljung (S) får följande antecknat: ”Vi förutsätter att Eksjö Energi AB får uppdraget
att samordna installationerna.”
Ersättaren Hans Jonsson (V) instämmer i anteckningen.

Beslutet skickas till: Kommunfullmäktige, Eksjö Energi AB
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2025-03-11 protokoll")
    pdf.set_author("Kommunledningsförvaltningen Eksjö")
    pdf.set_creator("Protokollsmall KS")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(95, 4.5, "EKSJÖ KOMMUN")
        pdf.cell(0, 4.5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(95, 4.5, "Kommunstyrelsen")
        pdf.cell(0, 4.5, f"2025-03-11    Sida {pdf.page_no()} ({{nb}})", align="R",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def footer() -> None:
        pdf.ln(2)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes sign ..........        Utdragsbestyrkande ..........",
                 new_x="LMARGIN", new_y="NEXT")

    def lines(text: str) -> None:
        for line in text.splitlines():
            if line == "=":
                footer()
                pdf.add_page()
                page_header()
                continue
            if line.startswith("#"):
                pdf.set_font("F", "B", 10.5)
                pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    pdf.set_font("F", "B", 13)
    pdf.cell(0, 7, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9.5)
    pdf.cell(0, 5, "Plats och tid: Stadshuset, Eksjö, tisdagen den 11 mars 2025, kl. 13.00–16.10",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for row in EKSJO_ATTENDANCE:
        if isinstance(row, str):
            pdf.ln(1)
            pdf.set_font("F", "B", 9.5)
            pdf.cell(0, 5, row, new_x="LMARGIN", new_y="NEXT")
            continue
        name, party, note = row
        pdf.set_font("F", "", 9.5)
        pdf.cell(55, 4.8, name)
        pdf.cell(15, 4.8, party)
        pdf.cell(0, 4.8, note, new_x="LMARGIN", new_y="NEXT")
    lines(EKSJO_FRONT_TAIL)
    footer()
    pdf.add_page()
    page_header()
    lines(EKSJO_BODY)
    footer()
    pdf.output(str(DOCS / "eksjo-ks-2025-03-11-protokoll.pdf"))


GISLAVED_BODY = [
    "#GISLAVEDS KOMMUN",
    "#Protokollsutdrag",
    "#Kommunstyrelsen",
    "Sammanträdesdag 2024-06-04, kl. 08.30–12.10, Rådhuset, Gislaved",
    "",
    "Beslutande: Carina Johansson (M), ordförande, Anders Gustafsson (S), 1:e vice ordförande, "
    "Stina Holm (C), 2:e vice ordförande, ledamöterna Hussein Ali (S), Lena Pettersson (S), "
    "Roland Ek (SD), Therese Wallin (M) och Nils Brandt (KD).",
    "Tjänstgörande ersättare: Emma Rydh (L), som ersätter Bengt Olofsson (L).",
    "Närvarande ersättare: Mona Frisk (C), Ingvar Lund (S).",
    "Övriga: Annelie Sandberg, kommundirektör; Oscar Ljungqvist, säkerhetssamordnare, § 98; "
    "Maja Wennström, sekreterare.",
    "Justerare: Hussein Ali (S), med Therese Wallin (M) som ersättare. Justering 2024-06-10.",
    "",
    "#Ks § 98\tKS.2024.0145",
    "#Samverkansöverenskommelse mellan Gislaveds kommun och Polisregion Syd 2024–2027",
    "Gislaveds kommun och Polisen har sedan 2016 haft en samverkansöverenskommelse om "
    "brottsförebyggande arbete och trygghet. Den nuvarande överenskommelsen löper ut 2024-06-30. "
    "Ett förslag till ny samverkansöverenskommelse med medborgarlöften för Gislaved, Anderstorp "
    "och Smålandsstenar har tagits fram tillsammans med lokalpolisområde Värnamo inom Polisregion "
    "Syd. Överenskommelsen bygger på lagen (2023:196) om kommuners ansvar för brottsförebyggande "
    "arbete, som trädde i kraft 2024-07-01.",
    "Kommunledningsförvaltningens tjänsteskrivelse är daterad 2024-05-16. Socialnämnden och "
    "barn- och utbildningsnämnden har lämnat synpunkter, se deras protokoll 2024-05-22, § 61 "
    "respektive 2024-05-23, § 48. Gislavedshus AB medverkar i arbetet med tryggare bostadsområden.",
    "#Yrkanden",
    "Carina Johansson (M) yrkar bifall till förvaltningens förslag.",
    "Anders Gustafsson (S) yrkar bifall med tillägget att kommunstyrelsen varje halvår ska få en "
    "lägesrapport om medborgarlöftena.",
    "#Propositionsordning",
    "Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. "
    "Därefter ställer ordföranden proposition på Gustafssons tilläggsyrkande och finner det avslaget.",
    "#Beslut",
    "Kommunstyrelsen beslutar",
    "att godkänna samverkansöverenskommelsen mellan Gislaveds kommun och Polisregion Syd för "
    "perioden 2024–2027,",
    "att uppdra åt kommundirektören att underteckna överenskommelsen, och",
    "att förklara paragrafen omedelbart justerad.",
    "#Reservation",
    "Socialdemokraternas ledamöter Anders Gustafsson, Hussein Ali och Lena Pettersson reserverar "
    "sig mot beslutet till förmån för tilläggsyrkandet.",
    "#Särskilt yttrande",
    "Stina Holm (C) lämnar ett särskilt yttrande om att landsbygdens trygghet också ska följas upp "
    "(bilaga 1). Mona Frisk (C) ställer sig bakom yttrandet.",
    "",
    "Expedieras: Polisregion Syd, Socialnämnden, Barn- och "
    "utbildningsnämnden, Gislavedshus AB",
    "",
    "Sekreterare: Maja Wennström",
    "Justerandes signatur ..........",
    "Utdragsbestyrkande: Maja Wennström, 2024-06-11",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen Gislaved"
    cp.title = "Protokollsutdrag kommunstyrelsen 2024-06-04"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningsförvaltningen Gislaved"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Gislaveds kommun\tProtokollsutdrag\tKommunstyrelsen 2024-06-04"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    for line in GISLAVED_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 12, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "gislaved-ks-2024-06-04-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
