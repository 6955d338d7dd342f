# ruff: noqa: E501
"""Generate the binary documents of tests/heldout171/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout171/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 9, 20, 7, 45, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 10, 13, 10, 30, 0)

# PDF mini-markup: "#" bold line, "=" page break, ">" indented line.
SAFFLE = """\
#Miljö- och byggnadsnämnden
#PROTOKOLLSUTDRAG
Sammanträdesdag 2024-09-18
Plats: Stadshuset, sammanträdesrummet Byälven, kl. 09.00–12.10

#Ledamöter
>Jan-Erik Bergqvist (C), ordförande
>Anna Lilja (M), vice ordförande
>Peter Holm (S)
>Karin Dahl (S)
>Malin Strand (SD)
>Leif Norén (V)
#Tjänstgörande ersättare
>Oskar Nyberg (KD) ersätter Bo Sand (L)
#Tjänstemän
>Henrik Moberg, förvaltningschef
>Lina Åberg (Hälsoskydd), miljö- och hälsoskyddsinspektör, § 87
>Elin Fors, nämndsekreterare

Justerare: Peter Holm (S)
Justeringens plats och tid: Stadshuset, Säffle, 2024-09-23
Sekreterare ............................ Elin Fors
Ordförande ............................ Jan-Erik Bergqvist
Justerare ............................ Peter Holm
=
#§ 87    Avtal med Arvika kommun om samverkan inom livsmedelskontrollen 2025–2027
MBN 2024/0388

#Bakgrund
Säffle kommun och Arvika kommun har sedan 2021 samarbetat om livsmedelskontroll genom att låna
inspektörer av varandra vid jäv och hög arbetsbelastning. Livsmedelsverket påpekade vid sin revision
2023-05-10 att samarbetet bör regleras i ett skriftligt avtal. Ett avtalsförslag har tagits fram
enligt 9 kap. 37 § kommunallagen (2017:725) och artikel 5 i förordning (EU) 2017/625. Nämnden beslutade
om taxa för offentlig kontroll 2023-11-15, § 112. Förvaltningens tjänsteutlåtande är daterat 2024-08-29.

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag. Malin Strand (SD) yrkar avslag.

#Propositionsordning och omröstning
Ordföranden ställer proposition på bifall mot avslag och finner bifall. Omröstning begärs.
Ja-röst för bifall, nej-röst för avslag.
>Ja: Jan-Erik Bergqvist, Anna Lilja, Peter Holm, Karin Dahl, Oskar Nyberg
>Nej: Malin Strand
>Avstår: Leif Norén
Med 5 ja-röster, 1 nej-röst och 1 som avstår har nämnden bifallit förvaltningens förslag.

#Beslut
1. Miljö- och byggnadsnämnden godkänner avtalet med Arvika kommun om samverkan inom livsmedelskontrollen.
2. Förvaltningschefen får i uppdrag att underteckna avtalet.

#Reservation
Malin Strand (SD) reserverar sig skriftligt, bilaga 2.

#Beslutet skickas till
Arvika kommun, Livsmedelsverket (för kännedom)
=
#§ 88    Yttrande till Länsstyrelsen i Värmlands län om ansökan om tillstånd till bergtäkt på fastigheten Lillnor 1:7
MBN 2024/0402, Länsstyrelsens dnr 551-4471-2024

#Bakgrund
Länsstyrelsen i Värmlands län har gett nämnden tillfälle att yttra sig över en ansökan från Säffle
Grus & Betong AB om tillstånd enligt 9 kap. miljöbalken (1998:808) till bergtäkt. Remissen kom in
2024-08-12 och yttrandet ska lämnas senast 2024-09-27. Täkten ligger cirka 800 meter från Byälven.
Vänerns vattenvårdsförbund och Trafikverket har också fått remissen. Förvaltningens tjänsteutlåtande
är daterat 2024-09-03.

#Yrkande
Anna Lilja (M) yrkar bifall till förvaltningens förslag till yttrande.

#Beslut
Miljö- och byggnadsnämnden antar förvaltningens förslag som sitt yttrande till Länsstyrelsen i Värmlands län.
Paragrafen förklaras omedelbart justerad.

#Protokollsanteckning
Leif Norén (V) antecknar att transporterna genom Värmlandsbro bör utredas närmare.

#Beslutet skickas till
Länsstyrelsen i Värmlands län, sökanden

Utdragsbestyrkande: Elin Fors, 2024-09-23
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag miljö- och byggnadsnämnden 2024-09-18")
    pdf.set_author("Miljö- och byggförvaltningen")
    pdf.set_creator("Ciceron protokoll")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "B", 9)
        pdf.cell(95, 5, "SÄFFLE KOMMUN", new_x="RIGHT", new_y="TOP")
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Sammanträdesprotokoll 2024-09-18   Sida {pdf.page_no()}({{nb}})",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(3)

    def footer() -> None:
        pdf.ln(3)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerare ______   Utdragsbestyrkande ______", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in SAFFLE.splitlines():
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
    pdf.output(str(DOCS / "saffle-mbn-2024-09-18-protokollsutdrag.pdf"))


OX_FRONT = [
    "#OXELÖSUNDS KOMMUN",
    "#Kommunstyrelsen – Sammanträdesprotokoll",
    "Datum: 2025-10-08",
    "Plats och tid: Kommunhuset, KS-salen, Förvaltningsvägen 1, kl. 09.00–11.35",
    "Beslutande: Samtliga ledamöter utom Anders Lind (S) och Maria Björk (M), som ersattes av de tjänstgörande ersättarna Fredrik Holm (S) respektive Therese Sand (M). Närvarolista, bilaga 1.",
    "Ordförande: Catharina Wahlberg (S)",
    "Vice ordförande: Jan Östlund (M)",
    "Ej tjänstgörande ersättare: Kerstin Wik (V), Omar Saleh (SD)",
    "Övriga: Lena Falk, kommundirektör; Johan Berg, ekonomichef, § 140; Sara Lind, kommunsekreterare",
    "Justerare: Rickard Ek (SD) och Lotta Strand (C)",
    "Justeringens plats och tid: Kommunkansliet, 2025-10-13",
    "Paragrafer: 140–142",
]

OX_SIGN = [
    ("Sekreterare", "…………………………………", "Sara Lind"),
    ("Ordförande", "…………………………………", "Catharina Wahlberg"),
    ("Justerare", "…………………………………", "Rickard Ek"),
    ("Justerare", "…………………………………", "Lotta Strand"),
]

OX_ANSLAG = [
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ: Kommunstyrelsen. Sammanträdesdatum: 2025-10-08. Anslaget sätts upp: 2025-10-14. Anslaget tas ned: 2025-11-05.",
    "Förvaringsplats: Kommunkansliet. Underskrift: Sara Lind",
]

OX_140 = [
    "@BREAK",
    "#§ 140  Delårsrapport januari–augusti 2025",
    "KS 2025/0301",
    "#Ärendet",
    "Delårsrapporten omfattar kommunen och kommunkoncernen, där Oxelösunds Hamn AB och Kustbostäder i Oxelösund AB ingår. Resultatet för perioden är 31,4 miljoner kronor och prognosen för helåret 12,0 miljoner kronor, jämfört med budgeterade 9,5 miljoner kronor enligt kommunfullmäktiges beslut 2024-11-27, § 88. Rapporten lämnas enligt 11 kap. 8 § kommunallagen (2017:725) och ska behandlas av kommunfullmäktige 2025-10-29.",
    "Ekonomichefens tjänsteskrivelse är daterad 2025-09-22. Kommunstyrelsens arbetsutskott behandlade ärendet 2025-09-24, § 95.",
    "#Yrkande",
    "Jan Östlund (M) yrkar bifall till arbetsutskottets förslag.",
    "#Beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten för januari–augusti 2025.",
    "#Protokollsanteckning",
    "Rickard Ek (SD) antecknar att prognosen för äldreomsorgen är för optimistisk.",
    "#Expedieras",
    "Kommunfullmäktige, revisorerna",
]

OX_141 = [
    "@BREAK",
    "#§ 141  Samverkansavtal om gemensamt e-arkiv med Nyköpings kommun och Trosa kommun",
    "KS 2025/0214",
    "#Ärendet",
    "Oxelösunds kommun, Nyköpings kommun och Trosa kommun föreslås inrätta ett gemensamt e-arkiv med Nyköpings kommun som värdkommun. Avtalet tecknas enligt 9 kap. 37 § kommunallagen (2017:725). Riksarkivets föreskrifter RA-FS 2009:1 ska följas. Kommunsekreterarens tjänsteskrivelse är daterad 2025-09-15, och kommunstyrelsens arbetsutskott behandlade ärendet 2025-09-24, § 97.",
    "#Yrkanden",
    "Catharina Wahlberg (S) yrkar bifall till arbetsutskottets förslag. Hans Tibell (SD) yrkar avslag.",
    "#Omröstning",
    "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifallit Wahlbergs yrkande. Omröstning begärs och genomförs enligt följande (ja = bifall till Wahlbergs yrkande, nej = bifall till Tibells yrkande).",
    "@VOTE",
    "#Beslut",
    "@LIST Kommunstyrelsen godkänner samverkansavtalet om gemensamt e-arkiv.",
    "@LIST Kommundirektören får i uppdrag att underteckna avtalet.",
    "Paragrafen förklaras omedelbart justerad.",
    "#Reservation",
    "Rickard Ek, Hans Tibell (båda SD) och Eva Nordh (KD) reserverar sig mot beslutet.",
    "#Expedieras",
    "Nyköpings kommun, Trosa kommun, arkivarien",
]

OX_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Catharina Wahlberg (S)", "X", "", ""),
    ("Jan Östlund (M)", "X", "", ""),
    ("Per Ahlin (S)", "X", "", ""),
    ("Malin Kraft (S)", "X", "", ""),
    ("Fredrik Holm (S)", "X", "", ""),
    ("Therese Sand (M)", "X", "", ""),
    ("Lotta Strand (C)", "X", "", ""),
    ("Dragan Ilić (V)", "X", "", ""),
    ("Rickard Ek (SD)", "", "X", ""),
    ("Hans Tibell (SD)", "", "X", ""),
    ("Eva Nordh (KD)", "", "X", ""),
    ("Summa", "8", "3", "0"),
]

OX_142 = [
    "@BREAK",
    "#§ 142  Svar på remiss från Region Sörmland – Regional utvecklingsstrategi för Sörmland 2040",
    "KS 2025/0256, Region Sörmlands dnr RS-LED25-0871",
    "#Ärendet",
    "Region Sörmland har 2025-08-20 skickat förslaget till regional utvecklingsstrategi på remiss till länets kommuner. Svar ska lämnas senast 2025-10-31. Strategin pekar ut Oxelösunds hamn och Skavsta flygplats som viktiga noder. Kommunledningskontorets tjänsteskrivelse är daterad 2025-09-18.",
    "#Yrkande",
    "Jan Östlund (M) m.fl. yrkar bifall till förslaget till yttrande.",
    "#Beslut",
    "Kommunstyrelsen beslutar",
    "att anta förslaget till yttrande som sitt eget,",
    "att översända yttrandet till Region Sörmland.",
    "#Särskilt yttrande",
    "Dragan Ilić (V) lämnar ett särskilt yttrande om att strategin saknar mål för bostadsförsörjningen.",
    "Ersättaren Kerstin Wik (V) instämmer i Ilićs särskilda yttrande.",
    "#Expedieras",
    "Region Sörmland",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-10-08"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "Oxelösunds kommun\tSAMMANTRÄDESPROTOKOLL\tKommunstyrelsen 2025-10-08"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign ________ ________\tUtdragsbestyrkande ________"

    def table(rows: list[tuple[str, ...]], bold_header: bool) -> None:
        t = d.add_table(rows=0, cols=len(rows[0]))
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
                if bold_header and i == 0 and value:
                    cell.paragraphs[0].runs[0].bold = True

    def para(line: str) -> None:
        if line == "@BREAK":
            d.add_page_break()
        elif line == "@VOTE":
            table(OX_VOTE, bold_header=True)
        elif line.startswith("@LIST "):
            d.add_paragraph(line[6:], style="List Number")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in OX_FRONT:
        para(line)
    table(OX_SIGN, bold_header=False)
    for line in OX_ANSLAG + OX_140 + OX_141 + OX_142:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 13, 10, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "oxelosund-ks-2025-10-08-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
