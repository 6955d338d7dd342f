# ruff: noqa: E501
"""Generate the binary documents of tests/heldout164/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout164/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 10, 22, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 20, 10, 0, 0)

# PDF mini-markup: "#" bold line, "=" new page, "|a|b|..." table row drawn with borders,
# "!" marks a header row. The widths of a table are set by a "%w1,w2,..." line before it.
LAXA = """\
#LAXÅ KOMMUN
#Barn- och utbildningsnämnden
#Sammanträdesprotokoll
Sammanträdesdatum: 2024-10-16
Plats och tid: Laxå kommunhus, sammanträdesrum Tiveden, onsdagen den 16 oktober 2024 kl. 13.30–16.05
#Närvarolista
%44,12,30,13,13,13,13
!|Namn|Parti|Uppdrag|§ 58|§ 59|§ 60|§ 61
|Ann-Sofie Lindqvist|S|Ordförande|X|X|X|X
|Mikael Bergdahl|M|Vice ordförande|X|X|X|X
|Roger Ståhl|SD|Ledamot|X|X|X|–
|Helena Örn|S|Ledamot|–|X|X|X
|Kent Pålsson|C|Ledamot|X|X|J|X
|Linnea Ek|KD|Ledamot|X|X|X|X
|Patrik Nordin|S|Ledamot|X|X|X|X
|Sanna Moberg|S|Ersättare|X|N|N|N
|Jörgen Ljung|SD|Ersättare|N|N|N|X
|Birgitta Holm|C|Ersättare|N|N|X|N
|Ali Rahimi|V|Ersättare|N|N|N|N
Teckenförklaring: X = tjänstgör, N = närvarande, ej tjänstgörande, J = jäv, – = ej närvarande.
Sanna Moberg tjänstgör för Helena Örn (S) i § 58, Birgitta Holm för Kent Pålsson (C) i § 60 och Jörgen Ljung för Roger Ståhl (SD) i § 61. Helena Örn anländer kl. 13.50. Roger Ståhl lämnar sammanträdet kl. 15.35. Linnea Ek deltar på distans.
#Övriga närvarande
%60,80
!|Namn|Befattning
|Karin Wallgren|förvaltningschef
|Tobias Rehn|controller, § 58
|Maria Sjöholm|nämndsekreterare
Utses att justera: Patrik Nordin (S)
Justeringens plats och tid: Kommunhuset, Laxå, 2024-10-21
Justerade paragrafer: §§ 58–61
Sekreterare ............................................  Maria Sjöholm
Ordförande ............................................  Ann-Sofie Lindqvist
Justerare ............................................  Patrik Nordin
#ANSLAG/BEVIS
Protokollet är justerat. Anslaget sätts upp 2024-10-22 och tas ned 2024-11-13. Förvaringsplats: Barn- och utbildningsförvaltningen, Laxå.
=
#§ 58 Ekonomisk uppföljning per september 2024
Dnr BUN 2024/0033
Nämndens driftbudget för 2024 fastställdes av kommunfullmäktige 2023-11-27, § 92. Prognosen per september visar ett underskott om 1,4 mnkr, främst inom grundsärskolan och skolskjutsen. Controllern redogör för prognosen. Skolinspektionen har i beslut 2024-05-06 pekat på brister i elevhälsan som påverkar kostnaderna.
Beslutsunderlag: tjänsteskrivelse 2024-10-03.
#Beslut
Barn- och utbildningsnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.
#Beslutet skickas till
Kommunstyrelsen
#§ 59 Remiss – Förslag till lokalförsörjningsplan 2025–2029
Dnr BUN 2024/0071, kommunstyrelsens dnr KS 2024/212
Kommunstyrelsen har 2024-09-09 skickat förslaget till lokalförsörjningsplan på remiss till nämnderna med svar senast 2024-11-01. Planen föreslår att Ramundeboskolan byggs om och att förskolan Solrosen flyttar till lokaler som Laxå Bostäder AB hyr ut. Förvaltningen har lämnat förslag till yttrande i tjänsteskrivelse 2024-09-30.
#Yrkanden
Ann-Sofie Lindqvist (S) yrkar bifall till förvaltningens förslag till yttrande.
Mikael Bergdahl (M) yrkar bifall till förslaget med tillägget att nämnden ska begära en utredning om skolan i Hasselfors.
#Beslutsgång
Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. Därefter ställer ordföranden proposition på Bergdahls tilläggsyrkande och finner det avslaget. Omröstning begärs om tilläggsyrkandet. Ja-röst för avslag, nej-röst för bifall. Med 5 ja-röster mot 2 nej-röster beslutar nämnden att avslå tilläggsyrkandet.
#Beslut
1. Barn- och utbildningsnämnden antar förvaltningens förslag till yttrande och överlämnar det till kommunstyrelsen.
2. Paragrafen förklaras omedelbart justerad.
#Reservation
Mikael Bergdahl (M) och Roger Ståhl (SD) reserverar sig till förmån för tilläggsyrkandet.
=
#§ 60 Överenskommelse om skolskjutstrafik 2025–2028 med Region Örebro län
Dnr BUN 2024/0058
#Jäv
Kent Pålsson (C) anmäler jäv och deltar inte i handläggningen av § 60. Birgitta Holm (C) tjänstgör.
#Ärendebeskrivning
Laxå kommun och Region Örebro län föreslås teckna en överenskommelse om att Länstrafiken Örebro planerar och upphandlar skolskjutstrafiken från 2025-08-01. Nuvarande avtal med Laxå Taxi AB löper ut 2025-06-30. Enligt 10 kap. 32 § skollagen (2010:800) ansvarar kommunen för skolskjuts.
Beslutsunderlag: tjänsteskrivelse 2024-10-01, förslag till överenskommelse.
#Beslut
– att godkänna överenskommelsen med Region Örebro län,
– att uppdra åt förvaltningschefen att underteckna den.
#Särskilt yttrande
Linnea Ek (KD) lämnar ett särskilt yttrande: ”Vi förutsätter att restiderna för eleverna i Ramundeberget inte förlängs.”
Ersättaren Ali Rahimi (V) instämmer i Linnea Eks särskilda yttrande.
#Beslutet skickas till
Region Örebro län, Kommunstyrelsen
#§ 61 Delegationsbeslut och meddelanden
Dnr BUN 2024/0002
Delegationsbeslut fattade under perioden 2024-09-01–2024-09-30 och meddelanden från Skolverket redovisas.
#Beslut
Nämnden lägger redovisningen till handlingarna.
"""


def make_pdf(text: str, name: str, title: str, header: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Protokollsmall BUN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"{header}    Sida {pdf.page_no()} av {{nb}}", new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def page_footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.ln(3)
        pdf.cell(0, 5, "Justerandes sign ____________        Utdragsbestyrkande ____________",
                 new_x="LMARGIN", new_y="NEXT")

    widths: list[float] = []
    pdf.add_page()
    page_header()
    for line in text.splitlines():
        if line == "=":
            page_footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("%"):
            widths = [float(w) for w in line[1:].split(",")]
            continue
        if line.startswith("|") or line.startswith("!|"):
            bold = line.startswith("!")
            cols = line.split("|")[1:]
            pdf.set_font("F", "B" if bold else "", 9)
            for width, col in zip(widths, cols, strict=False):
                pdf.cell(width, 5.5, col, border=1)
            pdf.ln(5.5)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    page_footer()
    pdf.output(str(DOCS / name))


OVERKALIX_HEAD = [
    "ÖVERKALIX KOMMUN",
    "Kultur- och fritidsnämnden",
    "PROTOKOLL",
]

OVERKALIX_META = [
    "Sammanträdesdatum\t2025-03-18",
    "Plats\tKommunhuset, Överkalix, sammanträdesrummet Kalixälven",
    "Tid\t09.00–11.40",
    "Närvarande ledamöter\tAnneli Björk (S), ordförande; Tomas Lantto (V), vice ordförande; Mats Lahti (S); "
    "Ylva Niemi (M); Jens Kostet (SD), via Teams",
    "Tjänstgörande ersättare\tBerit Kero (S) för Mats Lahti (S) från och med § 24",
    "Närvarande ersättare\tOlle Granström (M), Lisa Keisu (C)",
    "Övriga deltagare\tJohanna Öqvist, kultur- och fritidschef; Mikael Sundström, fritidsintendent, § 22; "
    "Sofie Lindbäck, nämndsekreterare",
    "Justerare\tYlva Niemi (M)",
    "Justering\tKommunkansliet, 2025-03-21",
]

OVERKALIX_LOG = [
    ("Kl.", "Närvaro och ordning under sammanträdet"),
    ("09.00", "Ordföranden öppnar sammanträdet. Jens Kostet (SD) ansluter via Teams."),
    ("10.15–10.30", "Ajournering."),
    ("10.30", "Mats Lahti (S) lämnar sammanträdet efter § 23."),
    ("10.35", "Berit Kero (S) går in och tjänstgör från och med § 24."),
    ("11.40", "Sammanträdet avslutas."),
]

OVERKALIX_SIGN = [
    "Underskrifter",
    "Sekreterare\t..............................\tParagrafer 22–24",
    "\tSofie Lindbäck",
    "Ordförande\t..............................",
    "\tAnneli Björk",
    "Justerare\t..............................",
    "\tYlva Niemi",
    "#BEVIS",
    "Protokollet justerades 2025-03-21 och har anslagits på kommunens anslagstavla 2025-03-24–2025-04-15. "
    "Förvaringsplats: kommunkansliet, Överkalix.",
]

OVERKALIX_BODY = [
    "#KFN § 22\tFöreningsbidrag 2025",
    "Dnr KFN 2025/0011",
    "#Bakgrund",
    "Nämnden har 1,2 mnkr för föreningsbidrag 2025 enligt kommunfullmäktiges budgetbeslut 2024-11-25, § 88. "
    "Tolv föreningar har sökt bidrag, bland annat Överkalix IK, Överkalix Skidklubb och PRO Överkalix. "
    "Fritidsintendenten redovisar ansökningarna. Förvaltningens förslag finns i tjänsteskrivelse 2025-03-04.",
    "#Yrkanden",
    "Anneli Björk (S): bifall till förvaltningens förslag.",
    "Jens Kostet (SD): att bidraget till Överkalix IK höjs med 40 000 kronor och att reserven minskas i motsvarande mån.",
    "#Beslutsgång",
    "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller Björks yrkande. Omröstning "
    "begärs. Ja för Björks yrkande, nej för Kostets. Omröstningen utfaller med 4 ja och 1 nej; ingen avstår.",
    "#Beslut",
    "1. Föreningsbidrag för 2025 fördelas enligt bilaga 1.",
    "2. 60 000 kronor avsätts som reserv för sent inkomna ansökningar.",
    "3. Kultur- och fritidschefen får besluta om reserven.",
    "#Reservation",
    "Jens Kostet (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Sökande föreningar, ekonomienheten",
    "#KFN § 23\tAvtal om drift av Brännbergets skidanläggning med Överkalix Slalomklubb",
    "Dnr KFN 2025/0007",
    "Ylva Niemi (M) anmäler jäv och lämnar rummet under ärendet. Olle Granström (M) tjänstgör i hennes ställe.",
    "#Bakgrund",
    "Avtalet mellan kultur- och fritidsnämnden och Överkalix Slalomklubb från 2021-10-01 löper ut 2025-09-30. "
    "Ett nytt avtal för fem säsonger föreslås, med ett årligt driftbidrag om 310 000 kronor. Tjänsteskrivelse "
    "2025-02-26.",
    "#Beslut",
    "• Nämnden godkänner driftavtalet med Överkalix Slalomklubb för perioden 2025-10-01–2030-09-30.",
    "• Ordföranden får i uppdrag att underteckna avtalet.",
    "#Protokollsanteckning",
    "Tomas Lantto (V) antecknar att skoterlederna vid Brännberget bör ingå i nästa avtal.",
    "#Beslutet skickas till",
    "Överkalix Slalomklubb",
    "#KFN § 24\tRemiss – Regional kulturplan för Norrbotten 2026–2029",
    "Dnr KFN 2025/0019, Region Norrbottens dnr 24RS6512",
    "#Bakgrund",
    "Region Norrbotten har remitterat förslaget till regional kulturplan till kommunerna med svar senast "
    "2025-04-04. Planen är underlag för Statens kulturråds fördelning inom kultursamverkansmodellen. "
    "Norrbottensteatern och Norrbottensmusiken föreslås få utökade uppdrag i Östra Norrbotten. "
    "Förvaltningens förslag till yttrande finns i tjänsteskrivelse 2025-03-05.",
    "#Beslut",
    "Kultur- och fritidsnämnden antar yttrandet i bilaga 2 som sitt svar till Region Norrbotten.",
    "Paragrafen förklaras omedelbart justerad.",
    "#Särskilt yttrande",
    "Ylva Niemi (M) lämnar ett särskilt yttrande om biblioteksfilialen i Tore.",
    "Ersättaren Lisa Keisu (C) ställer sig bakom Niemis yttrande.",
    "#Beslutet skickas till",
    "Region Norrbotten",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kultur- och fritidsförvaltningen"
    cp.title = "Protokoll kultur- och fritidsnämnden 2025-03-18"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kultur- och fritidsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Överkalix kommun\tKultur- och fritidsnämnden\t2025-03-18"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign ________     Utdragsbestyrkande ________"
    for line in OVERKALIX_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in OVERKALIX_META:
        label, value = line.split("\t", 1)
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run("\t" + value)
    table = d.add_table(rows=0, cols=2)
    for i, row in enumerate(OVERKALIX_LOG):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for line in OVERKALIX_SIGN + OVERKALIX_BODY:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 20, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "overkalix-kfn-2025-03-18-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(LAXA, "laxa-bun-2024-10-16-protokoll.pdf", "Protokoll barn- och utbildningsnämnden 2024-10-16",
             "Laxå kommun – Barn- och utbildningsnämnden – 2024-10-16")
    make_docx()


if __name__ == "__main__":
    main()
