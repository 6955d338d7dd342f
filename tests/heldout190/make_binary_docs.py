# ruff: noqa: E501
"""Generate the binary documents of tests/heldout190/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout190/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 6, 19, 14, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 27, 9, 30, 0)

# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
FILIPSTAD = """\
#FILIPSTADS KOMMUN                                             Sida 1 av 3
Kommunfullmäktige – Sammanträdesprotokoll
Sammanträdesdatum 2025-06-16

Plats och tid: Folkets hus, Filipstad, kl. 18.30–20.40

Ordförande: Bengt Lindahl (S)
1:e vice ordförande: Marie Ståhlberg (M)
2:e vice ordförande: Henrik Aspling (C)

Beslutande: Samtliga 35 ledamöter med undantag för ledamöterna Kent Persson (S) och Lisa Granat (M),
som ersattes av de tjänstgörande ersättarna Ola Björn (S) respektive Tina Wahl (M).

Övriga närvarande: Anna Eriksson, kommundirektör; Jörgen Ask, ekonomichef, § 45

Utses att justera: Sten Bergqvist (SD) och Karin Öberg (V)
Justeringens plats och tid: Kommunhuset, Filipstad, 2025-06-19
Paragrafer: 45–47

Underskrifter
Sekreterare ..........................................  Ulrika Hed
Ordförande ..........................................  Bengt Lindahl
Justerande ..........................................  Sten Bergqvist        ..........................................  Karin Öberg

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.
Organ: Kommunfullmäktige          Sammanträdesdatum: 2025-06-16
Anslaget sätts upp: 2025-06-20    Anslaget tas ned: 2025-07-12
Förvaringsplats för protokollet: Kommunkansliet, Filipstad
=
#FILIPSTADS KOMMUN                                             Sida 2 av 3
Kommunfullmäktige – Sammanträdesprotokoll 2025-06-16

#KF § 45        Dnr KS 2025/41
#Årsredovisning 2024 för Filipstads kommun

Kommunens resultat för 2024 blev 18,4 miljoner kronor. Den sammanställda redovisningen omfattar
Filipstads Bostads AB och Filipstads Energinät AB. Revisorernas berättelse är daterad 2025-04-28.
Kommunstyrelsen behandlade årsredovisningen 2025-04-15, § 61. Årsredovisningen har upprättats enligt
lagen (2018:597) om kommunal bokföring och redovisning.

Beslutsunderlag: Ekonomiavdelningens tjänsteskrivelse 2025-03-21; Årsredovisning 2024.

Yrkande
Kommunstyrelsens ordförande Claes Hultgren (S) yrkar bifall till kommunstyrelsens förslag.

#Beslut
Kommunfullmäktige beslutar
1. att godkänna årsredovisning 2024 för Filipstads kommun,
2. att avsätta 6,0 miljoner kronor till resultatutjämningsreserven.

Expedieras: Ekonomichefen, Filipstads Bostads AB, Filipstads Energinät AB

#KF § 46        Dnr KS 2025/88
#Samverkansavtal om gemensam IT-drift med Storfors kommun

Filipstads kommun och Storfors kommun har sedan 2022 ett gemensamt projekt för IT-drift. Ett
Samverkansavtal om gemensam IT-drift mellan Filipstads kommun och Storfors kommun har tagits fram
med stöd av 9 kap. 37 § kommunallagen (2017:725). Filipstads kommun blir värdkommun. Motsvarande
beslut i Storfors väntas 2025-06-23. Avtalet börjar gälla 2025-09-01.

Beslutsunderlag: Tjänsteskrivelse 2025-04-02; Kommunstyrelsen 2025-05-20, § 84.

Yrkanden
Claes Hultgren (S) och Henrik Aspling (C) yrkar bifall till kommunstyrelsens förslag.
Sten Bergqvist (SD) yrkar avslag.

Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller kommunstyrelsens
förslag. Omröstning begärs.
=
#FILIPSTADS KOMMUN                                             Sida 3 av 3
Kommunfullmäktige – Sammanträdesprotokoll 2025-06-16

#KF § 46 forts.
Ja-röst för bifall till kommunstyrelsens förslag, nej-röst för avslag.
Omröstningsresultat: Ja 25, Nej 8, Avstår 2 (bilaga 2, omröstningslista)

#Beslut
Kommunfullmäktige godkänner samverkansavtalet med Storfors kommun.

#Reservation
Sten Bergqvist (SD) reserverar sig till förmån för eget yrkande.

Expedieras: Storfors kommun, Kommunstyrelsen

#KF § 47        Dnr KS 2024/212
#Svar på motion om belysning av gång- och cykelvägen vid Lasarettsgatan

Lars Ekstam (KD) föreslår i en motion daterad 2024-09-23 att gång- och cykelvägen vid Lasarettsgatan
ska få belysning. Tekniska nämnden har yttrat sig 2025-02-11, § 9. Enligt samhällsbyggnadsförvaltningens
tjänsteskrivelse 2025-02-03 ingår sträckan i belysningsplanen för 2026.

Yrkanden
Lars Ekstam (KD) yrkar bifall till motionen.
Henrik Aspling (C) yrkar att motionen ska anses besvarad.

Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att fullmäktige beslutar enligt Henrik
Asplings yrkande.

#Beslut
Motionen anses besvarad.

#Protokollsanteckning
Karin Öberg (V) antecknar till protokollet att belysningen bör prioriteras före 2026.

Expedieras: Lars Ekstam, Tekniska nämnden

Justerandes sign ________   ________                                   Utdragsbestyrkande ________
"""


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Hudiksvalls kommun, socialnämnden 2025-05-21, full protocol.
HUD_HEAD = ["Hudiksvalls kommun", "Socialnämnden", "Protokoll", "Sammanträdesdatum 2025-05-21",
            "Plats och tid: Stadshuset, sammanträdesrum Agön, kl. 13.15–16.05"]
HUD_LED = [
    ("Namn", "Parti", "Uppdrag"),
    ("Karin Sjölander", "S", "ordförande"),
    ("Bo Edlund", "C", "vice ordförande"),
    ("Eva Grönberg", "S", ""),
    ("Mattias Öhman", "S", ""),
    ("Anna Sjöström", "SD", ""),
    ("Hans Brodin", "SD", ""),
    ("Gunilla Rask", "M", ""),
    ("Peter Nyqvist", "M", ""),
    ("Maja Forsberg", "V", ""),
    ("Olle Hamrin", "KD", ""),
]
HUD_TJG = [("Namn", "Parti", "Tjänstgör för"), ("Stina Wall", "S", "Lars Hed (S)")]
HUD_ERS = [("Namn", "Parti"), ("Rebecka Lind", "L"), ("Tomas Eng", "SD")]
HUD_STAFF = [("Namn", "Befattning"), ("Annelie Strömberg", "socialchef"),
             ("Kristoffer Hellberg", "verksamhetschef individ- och familjeomsorg, § 61"),
             ("Lina Dahlén", "nämndsekreterare")]
HUD_META = ["Justerare: Gunilla Rask (M)", "Justeringens plats och tid: Stadshuset 2025-05-27",
            "Paragrafer: §§ 61–63"]
HUD_VOTE = [("Ledamot", "Ja", "Nej", "Avstår"),
            ("Karin Sjölander (S)", "X", "", ""), ("Bo Edlund (C)", "X", "", ""),
            ("Eva Grönberg (S)", "X", "", ""), ("Mattias Öhman (S)", "X", "", ""),
            ("Stina Wall (S)", "X", "", ""), ("Anna Sjöström (SD)", "", "X", ""),
            ("Hans Brodin (SD)", "", "X", ""), ("Gunilla Rask (M)", "", "X", ""),
            ("Peter Nyqvist (M)", "", "", "X"), ("Maja Forsberg (V)", "X", "", ""),
            ("Olle Hamrin (KD)", "X", "", ""), ("Summa", "7", "3", "1")]
HUD_61 = [
    "#§ 61 Lokal överenskommelse om samverkan för barn och unga",
    "Dnr SN 2025/0089",
    "#Ärendebeskrivning",
    "Hudiksvalls kommun och Region Gävleborg har tagit fram en lokal överenskommelse om samverkan för barn och "
    "unga med behov av insatser från både socialtjänst och hälso- och sjukvård. Barn- och utbildningsnämnden har "
    "deltagit i arbetet och behandlade överenskommelsen 2025-04-23, § 37. Överenskommelsen bygger på 5 kap. 1 d § "
    "socialtjänstlagen (2001:453) och ersätter den överenskommelse som gällt sedan 2021-03-01.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-04-28",
    "Lokal överenskommelse om samverkan för barn och unga mellan Hudiksvalls kommun och Region Gävleborg",
    "#Yrkande",
    "Karin Sjölander (S) yrkar bifall till förvaltningens förslag.",
    "#Beslut",
    "1. Socialnämnden godkänner den lokala överenskommelsen mellan Hudiksvalls kommun och Region Gävleborg.",
    "2. Socialchefen får i uppdrag att underteckna överenskommelsen.",
    "3. Paragrafen justeras omedelbart.",
    "#Beslutet skickas till",
    "Region Gävleborg, Barn- och utbildningsnämnden",
]
HUD_62 = [
    "#§ 62 Svar på remiss – Motion om trygghetsvärdar i Hudiksvalls centrum",
    "Dnr SN 2025/0041, KS 2024/0512",
    "#Ärendebeskrivning",
    "Kommunstyrelsen har remitterat motionen från Anna Sjöström (SD), daterad 2024-11-18, till socialnämnden för "
    "yttrande senast 2025-06-13. Motionen föreslår att kommunen anställer trygghetsvärdar. Hudiksvallsbostäder AB "
    "har sedan 2024 två bovärdar i Håsta. Förvaltningen föreslår i tjänsteskrivelse 2025-05-05 att nämnden "
    "avstyrker motionen.",
    "#Yrkanden",
    "Mattias Öhman (S) yrkar bifall till förvaltningens förslag.",
    "Anna Sjöström (SD) yrkar att nämnden tillstyrker motionen. Gunilla Rask (M) instämmer i Anna Sjöströms yrkande.",
    "#Propositionsordning och omröstning",
    "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag. "
    "Omröstning begärs och ska genomföras. Ja för förvaltningens förslag, Nej för Anna Sjöströms yrkande.",
    "@VOTE",
    "Socialnämnden har beslutat enligt förvaltningens förslag.",
    "#Beslut",
    "Socialnämnden antar förvaltningens yttrande som sitt svar till kommunstyrelsen.",
    "#Reservation",
    "Anna Sjöström (SD), Hans Brodin (SD) och Gunilla Rask (M) reserverar sig till förmån för Anna Sjöströms "
    "yrkande.",
    "#Särskilt yttrande",
    "Peter Nyqvist (M) lämnar ett särskilt yttrande: Moderaterna vill att trygghetsarbetet samordnas med "
    "Polismyndigheten innan nya tjänster inrättas.",
    "Ersättaren Rebecka Lind (L) instämmer i Peter Nyqvists särskilda yttrande.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
]
HUD_63 = [
    "#§ 63 Socialchefen informerar",
    "Dnr SN 2025/0002",
    "#Ärendebeskrivning",
    "Socialchefen informerar om att Inspektionen för vård och omsorg (IVO) 2025-04-02 avslutade tillsynen av "
    "ett av nämndens HVB-hem utan kritik, och om läget i arbetet med den nya socialtjänstlagen som träder i kraft "
    "2025-07-01.",
    "#Beslut",
    "Socialnämnden tackar för informationen och lägger den till handlingarna.",
    "#Underskrifter",
    "Sekreterare: Lina Dahlén",
    "Ordförande: Karin Sjölander",
    "Justerare: Gunilla Rask",
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value


def add_lines(d: docx.Document, lines: list[str]) -> None:
    for line in lines:
        if line == "@VOTE":
            add_table(d, HUD_VOTE)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-05-21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "HUDIKSVALLS KOMMUN    Socialnämnden    Protokoll 2025-05-21"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur                    Utdragsbestyrkande"
    for line in HUD_HEAD:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph().add_run("Ledamöter").bold = True
    add_table(d, HUD_LED)
    d.add_paragraph().add_run("Tjänstgörande ersättare").bold = True
    add_table(d, HUD_TJG)
    d.add_paragraph().add_run("Ersättare").bold = True
    add_table(d, HUD_ERS)
    d.add_paragraph().add_run("Tjänstemän").bold = True
    add_table(d, HUD_STAFF)
    for line in HUD_META:
        d.add_paragraph(line)
    d.add_page_break()
    add_lines(d, HUD_61)
    add_lines(d, HUD_62)
    d.add_page_break()
    add_lines(d, HUD_63)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 27, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hudiksvall-sn-2025-05-21-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(FILIPSTAD, "filipstad-kf-2025-06-16-protokoll.pdf", "Protokoll kommunfullmäktige 2025-06-16")
    make_docx()


if __name__ == "__main__":
    main()
