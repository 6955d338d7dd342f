"""Generate the binary documents of tests/heldout159/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout159/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 12, 4, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 23, 13, 0, 0)

# PDF mini-markup: "#" bold line, "=" new page, "|a|b|c|d" table row (fixed column widths).
TJORN = """\
#Tjörns kommun
#PROTOKOLL – Socialnämnden
Sammanträdesdag: onsdagen den 27 november 2024, kl. 13.15–16.40
Lokal: Kommunhuset i Skärhamn, rum Dyrön

#Närvarande
|Namn|Parti|Funktion|Anmärkning
|Eva Claesson|M|Ordförande|
|Roger Hallberg|S|Vice ordförande|
|Kent Johansson|M|Ledamot|
|Anneli Torstensson|KD|Ledamot|
|Bengt Olausson|SD|Ledamot|
|Fatima Rahimi|S|Ledamot|
|Ingemar Bergh|L|Tjänstgörande ersättare|tjg för Lena Kjellgren (C)
|Sara Mellgren|MP|Ersättare|ej tjänstgörande
|Arne Dahl|M|Ersättare|ej tjänstgörande, §§ 88–89

#Tjänstemän
Helena Wirén, socialchef
Jonas Berntsson, enhetschef individ- och familjeomsorgen, § 89
Lotta Grip, nämndsekreterare

Justerare: Roger Hallberg (S)
Justering: Kommunhuset i Skärhamn, fredagen den 29 november 2024
Justerade paragrafer: §§ 88–90

Sekreterare ............................................ Lotta Grip
Ordförande ............................................ Eva Claesson
Justerare ............................................ Roger Hallberg

#BEVIS OM ANSLAG
Protokollet har justerats och anslagits på kommunens digitala anslagstavla 2024-12-02.
Anslaget tas ned 2024-12-24. Protokollet förvaras i kommunhuset i Skärhamn.
=
#§ 88  Överenskommelse om samverkan kring barn och unga mellan Tjörns kommun och Västra Götalandsregionen
Dnr SN 2024/0187

#Bakgrund
Västra Götalandsregionen och kommunerna i Göteborgsregionen har tagit fram en länsgemensam modell
för samordnad individuell plan. Överenskommelsen har beretts i Göteborgsregionens kommunalförbund
(GR) och godkändes av Hälso- och sjukvårdsstyrelsen 2024-09-19. Den ersätter överenskommelsen från
2019-04-01. Förvaltningen redovisar ärendet i tjänsteskrivelse 2024-11-08.

#Beslut
Socialnämnden beslutar
1. att godkänna överenskommelsen om samverkan kring barn och unga,
2. att överenskommelsen gäller från 2025-01-01,
3. att uppdra åt socialchefen att årligen följa upp överenskommelsen.

#Expedieras
Västra Götalandsregionen, Barn- och utbildningsnämnden
=
#§ 89  Svar på remiss – motion om familjecentral på Tjörn
Dnr SN 2024/0203, Kommunfullmäktiges dnr KS 2024/0412

#Bakgrund
Kommunfullmäktige har 2024-06-13, § 71, remitterat en motion från Roger Hallberg (S) och Fatima
Rahimi (S) till socialnämnden för yttrande. Svar ska lämnas senast 2025-01-31. I motionen föreslås
att kommunen tillsammans med Västra Götalandsregionen öppnar en familjecentral i Skärhamn.
Förvaltningens tjänsteskrivelse är daterad 2024-11-12 och föreslår att motionen avslås med
hänvisning till 5 kap. 1 § socialtjänstlagen (2001:453) och nämndens budgetram.

#Yrkanden
Eva Claesson (M) yrkar bifall till förvaltningens förslag. Roger Hallberg (S) yrkar att nämnden
föreslår kommunfullmäktige att bifalla motionen.

#Propositionsordning och omröstning
Ordföranden ställer proposition på yrkandena och finner att nämnden beslutat enligt hennes eget
yrkande. Omröstning begärs. Ja-röst för Eva Claessons yrkande, nej-röst för Roger Hallbergs.
Omröstningsresultat: 5 ja och 2 nej. Nämnden har således beslutat enligt Eva Claessons yrkande.

#Beslut
Socialnämnden föreslår kommunfullmäktige att avslå motionen.

#Reservation
Roger Hallberg (S) och Fatima Rahimi (S) reserverar sig till förmån för Roger Hallbergs yrkande.

#Expedieras
Kommunfullmäktige
=
#§ 90  Redovisning av delegationsbeslut oktober 2024
Dnr SN 2024/0011

#Bakgrund
Delegationsbeslut fattade enligt nämndens delegationsordning (antagen 2023-02-22, § 14) redovisas
för perioden 2024-10-01–2024-10-31. Inspektionen för vård och omsorg (IVO) har under perioden
avslutat ett tillsynsärende utan kritik.

#Beslut
Socialnämnden lägger redovisningen till handlingarna.
"""

PDF_WIDTHS = (55, 18, 50, 60)


def make_pdf(text: str, name: str, title: str, header: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Sektor socialtjänst")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"{header}    Sida {pdf.page_no()} av {{nb}}", new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    pdf.add_page()
    page_header()
    for line in text.splitlines():
        if line == "=":
            pdf.set_font("F", "", 8)
            pdf.cell(0, 5, "Justerandes signatur ..........        Utdragsbestyrkande ..........",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            page_header()
            continue
        if line.startswith("|"):
            cols = line[1:].split("|")
            pdf.set_font("F", "B" if cols[0] == "Namn" else "", 10)
            for width, col in zip(PDF_WIDTHS, cols, strict=False):
                pdf.cell(width, 5.5, col)
            pdf.ln(5.5)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


PAJALA_HEAD = [
    "PAJALA KOMMUN",
    "Barn- och utbildningsnämnden",
    "SAMMANTRÄDESPROTOKOLL 2025-09-16",
]

PAJALA_META = [
    "Plats och tid: Kommunhuset, Pajala, sammanträdesrummet Tornedalen, kl. 09.00–12.15",
]

PAJALA_TABLE = [
    ("Ledamöter", "Parti", "Ersättare", "Parti"),
    ("Lars Kangas, ordförande", "S", "Jan-Erik Wuolo", "S"),
    ("Sofia Alatalo, vice ordförande", "C", "Kristina Nilimaa", "M"),
    ("Tore Lantto", "SD", "", ""),
    ("Anna-Karin Pekkari", "M", "", ""),
    ("Peter Huhta", "S", "", ""),
    ("Ove Keinänen (frånvarande)", "V", "", ""),
    ("Hanna Mäki", "KD", "", ""),
]

PAJALA_AFTER = [
    "Tjänstgörande ersättare: Maja Isaksson (V) tjg för Ove Keinänen (V)",
    "Övriga närvarande: Pia Rantatalo, skolchef; Mikael Niva, controller, § 54; Linnea Juuso, "
    "nämndsekreterare",
    "Justerare: Tore Lantto (SD)",
    "Justeringens tid och plats: Kommunhuset, Pajala, 2025-09-22",
    "Paragrafer: 52–54",
    "Sekreterare: ______________________ Linnea Juuso",
    "Ordförande: ______________________ Lars Kangas",
    "Justerare: ______________________ Tore Lantto",
    "#ANSLAG",
    "Protokollet är justerat. Anslaget uppsatt 2025-09-23 och nedtaget 2025-10-15. "
    "Förvaringsplats: Kommunhuset, Pajala.",
]

PAJALA_BODY = [
    "#§ 52 Läsårstider 2026/2027",
    "BUN 2025/0142",
    "#Ärendet",
    "Enligt 3 kap. 2 § skolförordningen (2011:185) ska läsåret omfatta minst 178 skoldagar. "
    "Förvaltningen föreslår att höstterminen 2026 startar 2026-08-19 och att vårterminen 2027 avslutas "
    "2027-06-11. Samordning har skett med Övertorneå kommun och Kiruna kommun för skolskjutsarnas skull.",
    "Tjänsteskrivelse 2025-08-28.",
    "#Beslut",
    "Barn- och utbildningsnämnden fastställer läsårstiderna för 2026/2027 enligt förvaltningens förslag.",
    "#Beslutet skickas till",
    "Rektorerna, Länstrafiken i Norrbotten AB",
    "#§ 53 Samverkansavtal om gymnasieutbildning med Övertorneå kommun",
    "BUN 2025/0119",
    "#Ärendet",
    "Pajala kommun och Övertorneå kommun har sedan 2019-07-01 ett samverkansavtal om gymnasieutbildning. "
    "Det nya avtalet gäller 2026-07-01–2030-06-30 och omfattar naturbruksprogrammet och introduktions"
    "programmen. Norrbottens Kommuner har yttrat sig över interkommunala ersättningar. "
    "Tjänsteskrivelse 2025-09-01.",
    "#Beslut",
    "• Barn- och utbildningsnämnden godkänner samverkansavtalet mellan Pajala kommun och Övertorneå kommun.",
    "• Skolchefen får i uppdrag att underteckna avtalet.",
    "• Paragrafen förklaras omedelbart justerad.",
    "#Protokollsanteckning",
    "Hanna Mäki (KD) och Sofia Alatalo (C) låter anteckna att elevernas resor ska följas upp under "
    "avtalstiden.",
    "#Beslutet skickas till",
    "Övertorneå kommun",
    "#§ 54 Internbudget 2026 för barn- och utbildningsnämnden",
    "BUN 2025/0097",
    "#Ärendet",
    "Kommunfullmäktige fastställde ramen 2025-06-16, § 48. Ramen för 2026 är 118,4 mnkr. Förvaltningens "
    "förslag till internbudget redovisas i tjänsteskrivelse 2025-09-05. Kommunstyrelsen ska ha "
    "nämndernas internbudgetar senast 2025-10-31.",
    "#Yrkanden",
    "Lars Kangas (S) yrkar bifall till förvaltningens förslag.",
    "Anna-Karin Pekkari (M) och Tore Lantto (SD) yrkar att budgeten återremitteras för att pröva "
    "en samlokalisering av skolorna i Junosuando och Pajala.",
    "#Beslutsgång",
    "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. Votering begärs. "
    "Den som vill att ärendet avgörs i dag röstar ja, den som vill återremittera röstar nej. "
    "Nämnden beslutar med fem röster mot två att avgöra ärendet i dag. Därefter bifaller nämnden "
    "förvaltningens förslag.",
    "#Beslut",
    "1. Barn- och utbildningsnämnden antar internbudget 2026 enligt bilaga 3.",
    "2. Budgeten överlämnas till kommunstyrelsen.",
    "#Reservation",
    "Ledamöterna Anna-Karin Pekkari (M) och Tore Lantto (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-09-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Barn- och utbildningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Pajala kommun | Barn- och utbildningsnämnden | 2025-09-16"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign ________     Utdragsbestyrkande ________"
    for line in PAJALA_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in PAJALA_META:
        d.add_paragraph(line)
    table = d.add_table(rows=0, cols=4)
    for i, row in enumerate(PAJALA_TABLE):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for line in PAJALA_AFTER + PAJALA_BODY:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 23, 13, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "pajala-bun-2025-09-16-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(TJORN, "tjorn-sn-2024-11-27-protokoll.pdf", "Protokoll socialnämnden 2024-11-27",
             "Tjörns kommun – Socialnämnden – Protokoll 2024-11-27")
    make_docx()


if __name__ == "__main__":
    main()
