"""Generate the binary documents of tests/heldout125/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout125/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 11, 28, 11, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 23, 14, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Rättviks kommun, kommunfullmäktige 2025-11-24, full protocol, 3 pages.
# "L|label|value" is a two-column row, "#" a bold line, "=" a new page, "" a blank line.
RATTVIK = """\
#SAMMANTRÄDESPROTOKOLL
Kommunfullmäktige
Sammanträdesdatum 2025-11-24

L|Plats och tid|Kommunhuset, sessionssalen, Rättvik, måndagen den 24 november 2025 kl. 18.00–20.40
L|Beslutande|Se närvaro- och voteringslista, bilaga 1
L|Presidium|Birgitta Hed Jonsson (C), ordförande
L||Roger Sundin (S), 1:e vice ordförande
L||Kent Ljus (SD), 2:e vice ordförande
L|Tjänstepersoner|Jessica Falk, kommundirektör
L||Ulf Nyman, ekonomichef, §§ 118–120
L||Ida Andersson, kommunsekreterare
L|Justerare|Eva Hedberg (S) och Mikael Lind (L)
L|Justeringens plats och tid|Kommunhuset, Rättvik, fredagen den 28 november 2025 kl. 10.00
L|Paragrafer|§§ 118–121

L|Sekreterare|..........................................
L||Ida Andersson
L|Ordförande|..........................................
L||Birgitta Hed Jonsson
L|Justerande|..........................................      ..........................................
L||Eva Hedberg                                            Mikael Lind

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
L|Organ|Kommunfullmäktige
L|Sammanträdesdatum|2025-11-24
L|Anslaget sätts upp|2025-12-01
L|Anslaget tas ned|2025-12-23
L|Förvaringsplats|Kommunkansliet, Rättvik
L|Underskrift|..........................................
L||Ida Andersson
=
#§ 118 Taxa för prövning och tillsyn inom miljöbalkens område 2026
Diarienr: KS 2025/412

#Kommunfullmäktiges beslut
1. Taxan för prövning och tillsyn inom miljöbalkens område antas enligt bilaga 2.
2. Taxan börjar gälla den 1 januari 2026.

#Ärendet
Miljö- och byggnadsnämnden föreslår en ny taxa med timavgift om 1 420 kronor, beslutad av nämnden
2025-09-17, § 88. Taxan bygger på underlag från Sveriges Kommuner och Regioner och tas ut med stöd
av 27 kap. 1 § miljöbalken (1998:808). Kommunstyrelsen behandlade ärendet 2025-10-28, § 201.

#Beslutsunderlag
Tjänsteskrivelse 2025-09-02
Miljö- och byggnadsnämndens beslut 2025-09-17, § 88

#Yrkande
Kommunstyrelsens ordförande Per-Olof Rask (M) yrkar bifall till kommunstyrelsens förslag.

#Beslutet skickas till
Miljö- och byggnadsnämnden

#§ 119 Motion om fritt bad för barn och unga
Diarienr: KS 2025/096

#Kommunfullmäktiges beslut
Motionen avslås.

#Ärendet
Elin Sjöström (V) föreslår i en motion, väckt 2025-02-17, § 22, att barn och unga under 18 år ska
bada gratis i simhallen under sommarlovet. Rättviks Teknik AB, som driver simhallen, har beräknat
intäktsbortfallet till 310 000 kronor per år. Kommunstyrelsen föreslår att motionen avslås.

#Beslutsunderlag
Tjänsteskrivelse 2025-09-30
Kommunstyrelsens beslut 2025-10-28, § 203

#Yrkanden
Per-Olof Rask (M) yrkar bifall till kommunstyrelsens förslag.
Elin Sjöström (V) och Tove Ahlin (S) yrkar bifall till motionen.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifallit kommunstyrelsens
förslag. Omröstning begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill
bifalla motionen röstar nej. Omröstningen utfaller med 17 ja-röster mot 13 nej-röster, medan
1 ledamot avstår (bilaga 1). Kommunfullmäktige har därmed beslutat enligt kommunstyrelsens förslag.

#Reservation
Mot beslutet reserverar sig Elin Sjöström (V) samt Tove Ahlin m.fl. (S).

#Beslutet skickas till
Motionären
Rättviks Teknik AB

#§ 120 Utökad borgensram för Rättvikshem AB
Diarienr: KS 2025/377

#Kommunfullmäktiges beslut
1. Rättviks kommun ingår såsom för egen skuld borgen för Rättvikshem AB:s låneförpliktelser upp
till ett totalt belopp om 235 000 000 kronor jämte därpå löpande ränta och kostnader.
2. Borgensavgiften fastställs till 0,30 procent av utnyttjat belopp.

#Ärendet
Rättvikshem AB bygger 36 lägenheter i kvarteret Enån och behöver utöka sin låneram hos
Kommuninvest i Sverige AB. Den nuvarande borgensramen om 200 000 000 kronor beslutades av
fullmäktige 2022-06-20, § 61. Borgensavgiften ska vara marknadsmässig enligt 2 kap. 8 §
kommunallagen (2017:725).

#Beslutsunderlag
Tjänsteskrivelse 2025-10-07
Kommunstyrelsens beslut 2025-10-28, § 205

#Yrkanden
Per-Olof Rask (M) yrkar bifall till kommunstyrelsens förslag.
Kent Ljus (SD) yrkar att ärendet återremitteras för att en oberoende riskanalys ska tas fram.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras. Votering begärs.
Ja-röst för att ärendet avgörs i dag, nej-röst för återremiss. Med 25 ja-röster mot 5 nej-röster
och 1 som avstår beslutar fullmäktige att ärendet ska avgöras i dag.
Därefter ställer ordföranden proposition på kommunstyrelsens förslag och finner att fullmäktige
bifaller det.

#Särskilt yttrande
Kent Ljus (SD) lämnar ett särskilt yttrande för Sverigedemokraterna, bilaga 2.

#Beslutet skickas till
Rättvikshem AB
Kommuninvest i Sverige AB
Ekonomienheten

#§ 121 Samverkansavtal om kommunal vuxenutbildning i Siljansområdet
Diarienr: KS 2025/402

#Kommunfullmäktiges beslut
Kommunfullmäktige godkänner samverkansavtalet mellan Rättviks kommun, Leksands kommun och Orsa
kommun om kommunal vuxenutbildning, att gälla från 2026-01-01.

Paragrafen förklaras omedelbart justerad.

#Ärendet
De tre kommunerna samordnar sedan 2019 utbudet av yrkesutbildningar. Det nya avtalet reglerar
kostnadsfördelning och ansökningar om statsbidrag hos Skolverket. Bildningsnämnden har yttrat sig
2025-10-14, § 61. Region Dalarna deltar som observatör men är inte part i avtalet.

#Beslutsunderlag
Tjänsteskrivelse 2025-10-10

#Yrkande
Lisa Öhman (C) yrkar bifall till kommunstyrelsens förslag.

#Protokollsanteckning
Mikael Lind (L) antecknar till protokollet att avtalet bör utvärderas före 2028.

#Beslutet skickas till
Leksands kommun
Orsa kommun
Bildningsnämnden
"""


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 4, "RÄTTVIKS KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Kommunfullmäktige", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Sammanträdesprotokoll 2025-11-24", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(60, 4, "Justerandes signatur", border="T", new_x="RIGHT", new_y="TOP")
        self.cell(20, 4, "")
        self.cell(60, 4, "Utdragsbestyrkande", border="T", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunfullmäktige 2025-11-24")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall KF")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    # The source text above is hard-wrapped for readability; rejoin wrapped lines (longer than
    # 88 characters) with the next line so that fpdf2 does the line breaking.
    lines: list[str] = []
    previous = ""
    for line in RATTVIK.splitlines():
        wrapped = len(previous) > 88 and not previous.startswith(("#", "L|"))
        if lines and wrapped and line and line[0] not in "#=L" and not re.match(r"\d+\. ", line):
            lines[-1] += " " + line
        else:
            lines.append(line)
        previous = line
    for line in lines:
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("L|"):
            _, label, value = line.split("|", 2)
            pdf.set_font("F", "B", 9)
            pdf.cell(48, 5, label, new_x="RIGHT", new_y="TOP")
            pdf.set_font("F", "", 9)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.multi_cell(0, 4.9, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "rattvik-kf-2025-11-24-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Varbergs kommun, kultur- och fritidsnämnden 2025-09-18, full protocol.
KFN_HEAD = ["Varbergs kommun", "PROTOKOLL", "Kultur- och fritidsnämnden", "Sammanträdesdatum: 2025-09-18",
            "Plats och tid: Stadshuset B, sammanträdesrum Getterön, kl. 13.15–16.05"]
KFN_ATT: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Linnea Åkesson", "M", "Ordförande"),
    ("Tobias Rydén", "S", "1:e vice ordförande"),
    ("Olof Bengtsson", "C", "Ledamot"),
    ("Stina Karlberg", "M", "Ledamot"),
    ("Hussein Ali", "S", "Ledamot"),
    ("Agneta Hjort", "SD", "Ledamot"),
    ("Fredrik Möller", "L", "Ledamot"),
    ("Gertrud Svensson", "MP", "Ledamot"),
    ("Jonas Ekdahl", "SD", "Tjänstgörande ersättare för Rebecka Ståhl (SD)"),
    ("Mira Olsson", "S", "Ersättare"),
    ("Kjell Sandén", "M", "Ersättare, §§ 74–75"),
]
KFN_META: list[str] = [
    "Övriga närvarande: Malin Forsgren, kultur- och fritidschef; Erik Dahl, utvecklingsledare, § 74; "
    "Hanna Berglund, nämndsekreterare",
    "Justerare: Olof Bengtsson (C)",
    "Justeringens plats och tid: Stadshuset B, 2025-09-23",
    "Paragrafer: 74–76",
]
KFN_VOTE: list[tuple[str, str, str, str]] = [
    ("Namn", "Ja", "Nej", "Avstår"),
    ("Linnea Åkesson (M)", "X", "", ""),
    ("Tobias Rydén (S)", "X", "", ""),
    ("Olof Bengtsson (C)", "X", "", ""),
    ("Stina Karlberg (M)", "X", "", ""),
    ("Hussein Ali (S)", "", "", "X"),
    ("Agneta Hjort (SD)", "X", "", ""),
    ("Fredrik Möller (L)", "X", "", ""),
    ("Gertrud Svensson (MP)", "", "X", ""),
    ("Jonas Ekdahl (SD)", "X", "", ""),
    ("Summa", "7", "1", "1"),
]
# "#" bold heading, "VOTE" inserts the vote table.
KFN_BODY: list[str] = [
    "#§ 74 Investeringsbidrag till Tvååkers IF för konstgräsplan",
    "Dnr KFN 2025/0214",
    "#Beslut",
    "1. Kultur- och fritidsnämnden beviljar Tvååkers IF ett investeringsbidrag om 1 200 000 kronor.",
    "2. Bidraget betalas ut när slutbesiktningen är godkänd.",
    "#Ärendebeskrivning",
    "Tvååkers IF har 2025-04-30 ansökt om bidrag för att byta naturgräs mot konstgräs på sin A-plan. "
    "Föreningen har fått stöd från RF-SISU Halland och ska följa Naturvårdsverkets vägledning om att "
    "begränsa spridningen av granulat. Erik Dahl redovisade ärendet.",
    "#Beslutsunderlag",
    "Förvaltningens tjänsteskrivelse 2025-08-27",
    "#Yrkanden",
    "Linnea Åkesson (M) yrkar bifall till förvaltningens förslag. Gertrud Svensson (MP) yrkar avslag.",
    "#Omröstning",
    "Omröstning begärs. Nämnden godkänner propositionsordningen att ja avser bifall till förvaltningens "
    "förslag och nej avser avslag. Omröstningen utfaller enligt följande:",
    "VOTE",
    "Nämnden har beslutat i enlighet med förvaltningens förslag.",
    "#Reservation",
    "Gertrud Svensson (MP) reserverar sig skriftligt mot beslutet, bilaga 1.",
    "#Beslutet skickas till",
    "Tvååkers IF",
    "#§ 75 Avtal med Varbergs Bois FC om drift av Påskbergsvallen",
    "Dnr KFN 2025/0166",
    "#Beslut",
    "• att godkänna driftsavtalet mellan Varbergs kommun och Varbergs Bois FC för perioden "
    "2026-01-01–2029-12-31,",
    "• att uppdra åt kultur- och fritidschefen att underteckna avtalet.",
    "#Ärendebeskrivning",
    "Föreningen har skött driften av Påskbergsvallen sedan 2018. Nämnden beslutade 2024-11-21, § 102, "
    "att ett nytt avtal skulle förhandlas fram. Arenan ska uppfylla Svenska Fotbollförbundets krav för "
    "spel i Superettan. Tjänsteskrivelse daterad 2025-09-01.",
    "#Särskilt yttrande",
    "Tobias Rydén (S) lämnar för Socialdemokraternas räkning följande särskilda yttrande: "
    "”Avtalet borde ha gett fler tider till flick- och damfotbollen.”",
    "Ersättaren Mira Olsson (S) ställer sig bakom yttrandet.",
    "#Beslutet skickas till",
    "Varbergs Bois FC",
    "#§ 76 Yttrande över remiss – Regional kulturplan för Halland 2026–2029",
    "Dnr KFN 2025/0190",
    "#Beslut",
    "1. Kultur- och fritidsnämnden antar förvaltningens förslag till yttrande och sänder det till "
    "Region Halland.",
    "2. Paragrafen justeras omedelbart.",
    "#Ärendebeskrivning",
    "Region Halland har skickat förslaget till regional kulturplan på remiss till kommunerna i länet "
    "(Region Hallands dnr RS 2025/0412). Kommunstyrelsen har lämnat remissen till kultur- och "
    "fritidsnämnden för besvarande. Svar ska lämnas senast 2025-10-03. Planen ligger till grund för "
    "fördelningen av statliga medel från Statens kulturråd. Tjänsteskrivelse 2025-09-04.",
    "#Yrkanden",
    "Linnea Åkesson (M) yrkar bifall till förvaltningens förslag. Agneta Hjort (SD) yrkar att avsnittet "
    "om interkulturella satsningar stryks ur yttrandet.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.",
    "#Reservation",
    "Agneta Hjort (SD) och Jonas Ekdahl (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Region Halland",
    "Kommunstyrelsen",
    "#Underskrifter",
    "Sekreterare ............................ Hanna Berglund",
    "Ordförande ............................ Linnea Åkesson",
    "Justerare ............................ Olof Bengtsson",
]


def add_table(d: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kultur- och fritidsförvaltningen"
    cp.title = "Protokoll kultur- och fritidsnämnden 2025-09-18"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kultur- och fritidsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "VARBERGS KOMMUN\tProtokoll\tKultur- och fritidsnämnden 2025-09-18"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in KFN_HEAD:
        d.add_paragraph().add_run(line).bold = True
    add_table(d, KFN_ATT)
    for line in KFN_META:
        d.add_paragraph(line)
    for line in KFN_BODY:
        if line == "VOTE":
            add_table(d, KFN_VOTE)
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 23, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "varberg-kfn-2025-09-18-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
