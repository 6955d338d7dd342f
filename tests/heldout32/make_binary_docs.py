"""Generate the binary documents of tests/heldout32/docs (one PDF, two DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout32/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout32/gold/
describe the texts written here; change both together. The OCR damage in the Ljungby PDF and the
Sölvesborg DOCX is deliberate.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 4, 16, 7, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 30, 9, 0, 0)
PAGE = "\f"

# PDF: Ljungby kommun, kommunstyrelsen 2024-04-09, full protocol (§§ 45-48), the text layer of a scan
# (OCR): "§" read as "5", "$" and "g" in three headings, "(5)" for "(S)", broken words, stamp, page numbers.
LJUNGBY = """\
LJUNGBY KOMMUN                    SAMMANTRÄDESPROTOKOLL             Sida
Kommunstyrelsen                   Sammanträdesdatum                 1 (4)
                                  2024-04-09

Plats och tid    Kommunstyrelsens sessionssal, Stadshuset, Ljungby,
                 tisdagen den 9 april 2024 kl. 13.00-16.20

Beslutande
Ledamot                       Parti   Ersättare               Parti
Henrik Sjöstrand, ordf.       M       Lina Berglund           M
Annika Wallin, 1:e v ordf.    C       Per-Åke Nilsson         C
Stefan Ljung, 2:e v ordf.     S       Marita Holm             S
Eva Granqvist, frånv.         S       Tobias Ek, tjg          S
Johan Fransson                5       Sara Öhman              S
Kent Axelsson                 SD      Birgitta Lund           SD
Linnea Dahl                   SD      Mikael Svärd            SD
Oskar Bengtsson               M       Helena Strömberg        M
Ingrid Persson                KD      Rolf Kvist              KD
Mattias Holmgren, frånv.      L       Agneta Fors, tjg        L
Fatima Ali Hassan             V       Niklas Rydén            V

Närvarande       Lina Berglund (M) (ej tjg), Marita Holm (S) (ej tjg),
ersättare        Birgitta Lund (SD) (ej tjg), Niklas Rydén (V) (ej tjg)

Övriga           Jonas Wikström, kommundirektör
närvarande       Maria Lindell, kommunsekreterare
                 Erik Johnsson, räddningschef, 5 46

Utses att        Johan Fransson (S)
justera

Justeringens     Stadshuset, fredagen den 12 april 2024
plats och tid

Underskrifter    Sekreterare  .............................   Paragrafer 45-48
                              Maria Lindell
                 Ordförande   .............................
                              Henrik Sjöstrand
                 Justerande   .............................
                              Johan Fransson

                              ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ                         Kommunstyrelsen
Sammanträdesdatum             2024-04-09
Datum då anslaget sätts upp   2024-04-15   Datum då anslaget tas ned  2024-05-07
Förvaringsplats för protokollet   Kommunkansliet, Stadshuset

Justerandes sign   |  ,  |   Utdragsbestyrkande  |
                                                                   1
\f\
LJUNGBY KOMMUN                    SAMMANTRÄDESPROTOKOLL             Sida
Kommunstyrelsen                   Sammanträdesdatum                 2 (4)
                                  2024-04-09

5 45                                         Dnr KS 2024/0112

Yttrande över Länsstyrelsens förslag till regional handlingsplan
för klimatanpassning i Kronobergs län

Ärendebeskrivning
Länsstyrelsen i Kronobergs län har genom remiss den 28 februari
2024 (länsstyrelsens dnr 451-1873-2024) gett kommunerna i länet
tillfälle att yttra sig över förslaget. Svar ska ha kommit in
senast 2024-04-30. Handlingsplanen tar sin utgångspunkt i
förordningen (2018:1428) om myndigheters klimatanpassningsarbete
och i 3 kap. 5 § plan- och bygglagen.

Beslutsunderlag
Tjänsteskrivelse 2024-03-21 från samhällsbyggnadschefen
Förslag till yttrande 2024-03-21

Yrkanden
Annika Wallin (C) yrkar bifall till förvaltningens förslag.

Propositionsordning
Ordföranden ställer proposition på bifall till förvaltningens
förslag och finner att kommun styrelsen bifaller detta med
acklamation.

Beslut
1. Kommunstyrelsen antar förvaltningens förslag till yttrande
   som sitt eget och överlämnar det till Länsstyrelsen i Kronobergs län.
2. Paragrafen förklaras omedelbart justerad.

Skickas till
Länsstyrelsen i Kronobergs län

                 LJUNGBY KOMMUN
                 Kommunstyrelsen
                 Inkom 2024 -04- 15
                 Dnr ...................

Justerandes sign   |     |   Utdragsbestyrkande  |
                                                                   - 2 -
\f\
LJUNGBY KOMMUN                    SAMMANTRÄDESPROTOKOLL             Sida
Kommunstyrelsen                   Sammanträdesdatum                 3 (4)
                                  2024-04-09

$ 46                                         Dnr KS 2023/0398

Samverkansavtal om räddningstjänst med Markaryds kommun

Ärendebeskrivning
Ljungby kommun och Markaryds kommun har sedan 2019 samarbetat om
ledning av räddningsinsatser. Ett nytt samverkansavtal har tagits
fram som reglerar gemensam räddningschef i beredskap och ersättning
mellan kommunerna. Avtalet gäller från 2024-07-01 och löper i fyra
år. Kommunstyrelsens arbetsutskott behandlade ärendet 2024-03-26,
§ 38. Lagen (2003:778) om skydd mot olyckor, 3 kap. 16 §, ger
kommunerna möjlighet att samverka.

Beslutsunderlag
Tjänsteskrivelse 2024-03-18 från räddningschefen
Samverkansavtal, utkast 2024-03-12

Yrkanden
Henrik Sjöstrand (M) yrkar bifall till arbetsutskottets förslag.
Stefan Ljung (5) yrkar avslag.

Propositionsordning
Ordföranden ställer proposition på yrkandena och finner att kommun-
styrelsen bifaller Henrik Sjöstrands yrkande. Votering begärs.
Kommunstyrelsen godkänner följande voteringsordning: Ja-röst för
bifall till Henrik Sjöstrands yrkande, Nej-röst för bifall till
Stefan Ljungs yrkande.

Voteringsresultat
Namn                      Parti    Ja     Nej    Avstår
Henrik Sjöstrand          M        X
Annika Wallin             C        X
Stefan Ljung              S               X
Tobias Ek                 S               X
Johan Fransson            S               X
Kent Axelsson             SD       X
Linnea Dahl               SD       X
Oskar Bengtsson           M        X
Ingrid Persson            KD       X
Agneta Fors               L        X
Fatima Ali Hassan         V                      X
Summa                              7      3      1

Med 7 ja-röster mot 3 nej-röster beslutar kommunstyrelsen
enligt Henrik Sjöstrands yrkande. En ledamot avstår.

Beslut
Kommunstyrelsen godkänner samverkansavtalet om räddningstjänst
mellan Ljungby kommun och Markaryds kommun.

Reservation
Reservation anmäldes av Stefan Ljung (S), Johan Fransson (S) och
Tobias Ek (S) till förmån för Stefan Ljungs yrkande.

Skickas till
Markaryds kommun

Justerandes sign   |     |   Utdragsbestyrkande  |
                                                                   3
\f\
LJUNGBY KOMMUN                    SAMMANTRÄDESPROTOKOLL             Sida
Kommunstyrelsen                   Sammanträdesdatum                 4 (4)
                                  2024-04-09

§ 47                                         Dnr KS 2023/0254

Svar på motion om laddstolpar vid kommunens förskolor

Ärendebeskrivning
Niklas Rydén (V) har i en motion daterad 2023-05-22 föreslagit att
kommunen bygger laddstolpar vid samtliga förskolor. Kommunfullmäktige
remitterade motionen till kommunstyrelsen 2023-06-19, § 88.
Förvaltningen bedömer att frågan bör hanteras i den kommande
laddinfrastrukturplanen.

Beslutsunderlag
Tjänsteskrivelse 2024-03-11 från kommunledningsförvaltningen

Yrkanden
Fatima Ali Hassan (V) yrkar bifall till motionen.
Oskar Bengtsson (M) yrkar bifall till förvaltningens förslag.

Propositionsordning
Ordföranden ställer proposition på yrkandena och finner att kommun-
styrelsen bifaller Oskar Bengtssons yrkande.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå
motionen.

Reservation
Reservation anmäldes av Fatima Ali Hassan (V) till förmån för eget
yrkande.

Särskilt yttrande
Ingrid Persson (KD) lämnar ett särskilt yttrande enligt bilaga 1.

g 48                                         Dnr KS 2024/0005

Anmälan av delegationsbeslut och meddelanden

Ärendebeskrivning
Delegationsbeslut för perioden 2024-03-01--2024-03-31 anmäls enligt
förteckning. Protokoll från Ljungbybostäder AB:s styrelse 2024-03-14
och cirkulär 24:09 från Sveriges Kommuner och Regioner anmäls.

Beslut
Kommunstyrelsen lägger anmälningarna till handlingarna.

Justerandes sign   |     |   Utdragsbestyrkande  |
                                                                   4
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("M", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("KS 2024-04-09 protokoll")
    pdf.set_author("")
    pdf.set_creator("ABBYY FineReader 15")
    pdf.set_producer("ABBYY FineReader 15")
    pdf.set_auto_page_break(False)
    for page in LJUNGBY.split(PAGE):
        pdf.add_page()
        pdf.set_font("M", "", 8.5)
        y = 14.0
        for line in page.rstrip("\n").split("\n"):
            if line.strip():
                pdf.set_xy(14, y)
                pdf.cell(0, 4, line)
            y += 4.1
    pdf.output(str(DOCS / "ljungby-ks-2024-04-09-protokoll-ocr.pdf"))


def fixed_zip(d: docx.document.Document, name: str) -> None:
    cp = d.core_properties
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for member in sorted(zin.namelist()):
            info = zipfile.ZipInfo(member, date_time=(2024, 5, 30, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(member))
    (DOCS / name).write_bytes(out.getvalue())


def add_table(d: docx.document.Document, rows: list[list[str]], style: str | None = "Table Grid") -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        table.style = style
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


# DOCX (clean): Alvesta kommun, kommunfullmäktige 2024-05-28, protokollsutdrag (§ 62).
# "Förslag till beslut" repeated under a "Kommunfullmäktiges beslut" heading; vote as a party table.
def make_alvesta() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header
    header.paragraphs[0].text = "ALVESTA KOMMUN\tPROTOKOLLSUTDRAG\tSida 1(1)"
    header.add_paragraph("Kommunfullmäktige\tSammanträdesdatum\t2024-05-28")
    d.add_heading("§ 62 Samverkansavtal med Växjö kommun om gemensam IT-drift", level=2)
    d.add_paragraph("Dnr 2023/341.109")
    d.add_heading("Ärendebeskrivning", level=3)
    d.add_paragraph(
        "Alvesta kommun och Växjö kommun har utrett förutsättningarna för en gemensam driftorganisation för "
        "kommunernas IT-infrastruktur. Samverkan sker som avtalssamverkan enligt 9 kap. 37 § kommunallagen "
        "(2017:725) och omfattas därmed inte av lagen (2016:1145) om offentlig upphandling. Växjö kommun blir "
        "värdkommun. Avtalet gäller 2024-09-01 till 2027-08-31. Region Kronoberg deltar inte i samverkan."
    )
    d.add_heading("Beslutsunderlag", level=3)
    for line in (
        "Kommunstyrelsens beslut 2024-05-07, § 98",
        "Kommunstyrelsens arbetsutskotts beslut 2024-04-23, § 61",
        "Tjänsteskrivelse 2024-04-10 från IT-chefen",
        "Samverkansavtal, version 2024-04-08",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Förslag till beslut", level=3)
    d.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige:")
    d.add_paragraph("Kommunfullmäktige godkänner samverkansavtalet med Växjö kommun om gemensam IT-drift.",
                    style="List Number")
    d.add_paragraph("Kommunstyrelsen får i uppdrag att teckna avtalet.", style="List Number")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Kommunstyrelsens ordförande Per-Olof Gustavsson (KD) yrkar bifall till kommunstyrelsens "
                    "förslag.")
    d.add_paragraph("Mats Andersson (S) yrkar, med instämmande av Lena Rask (S) och Jonas Hult (V), avslag på "
                    "förslaget.")
    d.add_heading("Propositionsordning", level=3)
    d.add_paragraph(
        "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller kommunstyrelsens "
        "förslag. Votering begärs. Kommunfullmäktige godkänner följande propositionsordning: Ja-röst för bifall "
        "till kommunstyrelsens förslag, Nej-röst för bifall till Mats Anderssons avslagsyrkande."
    )
    d.add_heading("Omröstningsresultat", level=3)
    add_table(d, [
        ["Parti", "Ja", "Nej", "Avstår", "Frånvarande"],
        ["S", "0", "12", "0", "1"],
        ["M", "9", "0", "0", "0"],
        ["C", "5", "0", "0", "1"],
        ["KD", "4", "0", "0", "0"],
        ["SD", "9", "0", "1", "0"],
        ["L", "2", "0", "0", "0"],
        ["V", "0", "3", "0", "0"],
        ["MP", "0", "1", "1", "0"],
        ["Summa", "29", "16", "2", "2"],
    ])
    d.add_paragraph("Kommunfullmäktige har således beslutat enligt kommunstyrelsens förslag.")
    d.add_heading("Kommunfullmäktiges beslut", level=3)
    d.add_paragraph("Kommunfullmäktige godkänner samverkansavtalet med Växjö kommun om gemensam IT-drift.",
                    style="List Number 2")
    d.add_paragraph("Kommunstyrelsen får i uppdrag att teckna avtalet.", style="List Number 2")
    d.add_paragraph("Paragrafen förklaras omedelbart justerad.", style="List Number 2")
    d.add_heading("Reservationer", level=3)
    d.add_paragraph("Reservation anmäldes av Mats Andersson (S) m.fl. till förmån för eget yrkande.")
    d.add_paragraph("Reservation anmäldes av Jonas Hult (V) till förmån för Mats Anderssons yrkande.")
    d.add_heading("Protokollsanteckning", level=3)
    d.add_paragraph("Ebba Lind (MP) får till protokollet anteckna att kostnadsfördelningen bör följas upp årligen.")
    d.add_paragraph("Beslutet skickas till: Växjö kommun, Kommunstyrelsen, IT-avdelningen")
    add_table(d, [
        ["Ordförande", "Justerare", "Justerare"],
        ["Gunnel Svensson", "Lars Wennerström", "Karin Ahl"],
    ], style=None)
    d.add_paragraph("Rätt utdraget betygar: Emma Ljungqvist, sekreterare")
    d.core_properties.author = "Alvesta kommun"
    d.core_properties.last_modified_by = "Alvesta kommun"
    d.core_properties.title = "Protokollsutdrag KF § 62"
    fixed_zip(d, "alvesta-kf-2024-05-28-protokollsutdrag.docx")


# DOCX (ABBYY FineReader export of a scan): Sölvesborgs kommun, barn- och utbildningsnämnden 2024-03-20,
# full protocol (§§ 23-25). Page heads and page numbers are body paragraphs, the first page is a layout table,
# "§" read as "$" and "5", stamp text, OCR slips.
SOLV_HEAD = ["SÖLVESBORGS KOMMUN        SAMMANTRÄDESPROTOKOLL", "Barn- och utbildningsnämnden    2024-03-20"]
SOLV_FIRST = [
    ["Plats och tid", "Rådhuset, sammanträdesrum Listerlandet, onsdagen den 20 mars 2024 kl. 08.30-11.45"],
    ["Beslutande ledamöter", "Ann-Louise Berg (SD), ordförande\nKristoffer Ahl (M), vice ordförande\n"
     "Bo Ek (S), 2:e vice ordförande\nMaria Ståhl (SD)\nLennart Pihl (SD)\nTove Hermansson (S)\n"
     "Mona Lind (SD), tjg för Jan Sandberg (SD)\nGustav Dahlin (KD)\nPetra Nyqvist (S), tjg för Ali Karimi (V)"],
    ["Närvarande ersättare", "Rasmus Holm (S) (ej tjg), Eva Blad (M) (ej tjg), Sofie Krantz (SD) (ej tjg)"],
    ["Övriga närvarande", "Helena Björk, förvaltningschef\nAnton Sjögren, nämndsekreterare\n"
     "Lisa Svahn, controller $$ 23-24"],
    ["Utses att justera", "Bo Ek (S)"],
    ["Justeringens plats och tid", "Rådhuset, måndagen den 25 mars 2024"],
    ["Underskrifter", "Sekreterare ........................ Paragrafer 23-25\nAnton Sjögren\n"
     "Ordförande ........................\nAnn-Louise Berg\nJusterande ........................\nBo Ek"],
]
SOLV_PAGES: list[list[str]] = [
    [
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Organ Barn- och utbildnings nämnden",
        "Datum då anslaget sätts upp 2024-03-27    Datum då anslaget tas ned 2024-04-18",
        "Justerandes sign                Utdragsbestyrkande",
        "1",
    ],
    [
        "$23                                   Dnr BUN 2024/18",
        "Yttrande över motion om simskola för alla elever i årskurs 3",
        "Ärendebeskrivning",
        "Tove Hermansson (S) har i en motion daterad 2023-11-20 föreslagit att alla elever ska erbjudas "
        "simskola senast i årskurs 3. Kommunstyrelsen har remitterat motionen (KS 2023/412) till barn- och "
        "utbildningsnämnden för yttrande. Enligt kursplanen i idrott och hälsa ska eleverna kunna simma "
        "200 meter i slutet av årskurs 6. Förvaltningen redovisar kostnaden i sin tjänste skrivelse "
        "daterad 2024-03-04.",
        "Yrkande",
        "Maria Ståhl (SD) yrkar bifall till förvaltningens förslag till yttrande.",
        "Beslutsgång",
        "Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden bifaller det "
        "med acklamation.",
        "Beslut",
        "Barn- och utbildningsnämnden antar förvaltningens yttrande och överlämnar det till kommunstyrelsen.",
        "Protokollsanteckning",
        "Tove Hermansson (5) får till protokollet anteckna att simskolan bör prioriteras i budget 2025.",
        "Justerandes sign                Utdragsbestyrkande",
        "2",
    ],
    [
        "SÖLVESBORGS KOMMUN",
        "Barn- och utbildningsnämnden",
        "Ink. 2024 -03- 27",
        "5 24                                  Dnr BUN 2024/31",
        "Överenskommelse med Region Blekinge om samverkan kring barn och unga",
        "Ärendebeskrivning",
        "Sölvesborgs kommun och Region Blekinge har tagit fram en överenskommelse om samverkan kring barn "
        "och unga med behov av insatser från både elevhälsan och barn- och ungdomspsykiatrin. "
        "Överenskommelsen bygger på 2 kap. 25 § skollagen (2010:800) och gäller från 2024-05-01. "
        "Socialnämnden har yttrat sig 2024-02-15.",
        "Beslutsunderlag",
        "Tjänsteskrivelse 2024-03-06 från förvaltningschefen",
        "Yrkande",
        "Kristoffer AhI (M) yrkar bifall till förvaltningens förslag.",
        "Beslutsgång",
        "Nämnden beslutar med acklamation enligt yrkandet.",
        "Beslut",
        "1. Barn- och utbildningsnämnden godkänner överenskommelsen med Region Blekinge om samverkan "
        "kring barn och unga.",
        "2. Förvaltningschefen får i uppdrag att underteckna överenskommelsen.",
        "Paragrafen justeras omedelbart.",
        "Justerandes sign                Utdragsbestyrkande",
        "3",
    ],
    [
        "§ 25                                  Dnr BUN 2023/147",
        "Ändrade riktlinjer för skolskjuts",
        "Ärendebeskrivning",
        "Förvaltningen har sett över riktlinjerna för skolskjuts inför läsåret 2024/25 i samråd med "
        "Blekingetrafiken. Förslaget innebär att avståndsgränsen för årskurs 4-6 höjs till 3 kilometer. "
        "Tjänsteskrivelse 2024-02-28.",
        "Yrkanden",
        "Ordföranden Ann-Louise Berg (SD) yrkar bifall till förvaltningens förslag.",
        "Bo Ek (S) yrkar avslag.",
        "Beslutsgång",
        "Votering begärs. Ja-röst för ordförandens yrkande, nej-röst för Bo Eks yrkande. Med 6 ja-röster "
        "mot 3 nej-röster beslutar nämnden enligt ordförandens yrkande.",
        "Beslut",
        "1. Barn- och utbildningsnämnden antar riktlinjerna för skolskjuts.",
        "2. Riktlinjerna gäller från och med läsåret 2024/25.",
        "Reservation",
        "Reservation anmäldes av Bo Ek (S), Tove Hermansson (S) och Petra Nyqvist (S) till förmån för "
        "Bo Eks yrkande.",
        "Justerandes sign                Utdragsbestyrkande",
        "4",
    ],
]


def make_solvesborg() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(10)
    for line in SOLV_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=len(SOLV_FIRST), cols=2)
    for row, (label, text) in zip(table.rows, SOLV_FIRST, strict=True):
        row.cells[0].text = label
        lines = text.split("\n")
        row.cells[1].text = lines[0]
        for extra in lines[1:]:
            row.cells[1].add_paragraph(extra)
    for i, page in enumerate(SOLV_PAGES):
        if i:
            d.add_page_break()
            for line in SOLV_HEAD:
                d.add_paragraph(line)
        for line in page:
            d.add_paragraph(line)
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.title = ""
    d.core_properties.comments = "Converted by ABBYY FineReader"
    fixed_zip(d, "solvesborg-bun-2024-03-20-protokoll-ocr.docx")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_alvesta()
    make_solvesborg()
