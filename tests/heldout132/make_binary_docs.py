"""Generate the binary documents of tests/heldout132/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout132/make_binary_docs.py

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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 6, 3, 11, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2026, 2, 16, 14, 0, 0)

# PDF: Burlövs kommun, socialnämnden 2024-05-28, full protocol, 3 pages.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
BURLOV = """\
#Socialnämnden
Sammanträdesdatum 2024-05-28

Plats och tid: Kommunhuset, Arlöv, sammanträdesrum Sockerbruket, kl. 18.30–20.40

#Närvarande beslutande
Ordförande: Lisa Fransson (S)
Vice ordförande: Tobias Ahl (M)
Ledamöter: Rebecka Nord (S), Jan-Erik Sundin (S), Amir Hadzic (S), Birgitta Ström (M),
Leif Jönsson (SD)
Tjänstgörande ersättare: Elsa Granath (SD) för Kenneth Möller (SD), Hamid Rostami (C)
för Anneli Kvist (L)

#Närvarande ersättare
Mona Lind (S), Ola Persson (M)

#Tjänstepersoner
Camilla Berntsson, socialchef
Stina Holm, verksamhetschef individ- och familjeomsorg, §§ 42–43
Marcus Lindell, nämndsekreterare

Utses att justera: Tobias Ahl (M)
Justeringens plats och tid: Kommunhuset, Arlöv, 2024-06-03 kl. 16.00

#Underskrifter
Sekreterare ........................................          Paragrafer 41–44
Marcus Lindell

Ordförande ........................................
Lisa Fransson

Justerande ........................................
Tobias Ahl

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ: Socialnämnden
Sammanträdesdatum: 2024-05-28
Anslaget sätts upp: 2024-06-04          Anslaget tas ned: 2024-06-26
Förvaringsplats för protokollet: Kommunhuset, Arlöv
Underskrift ........................................ Marcus Lindell
=
#§ 41    Ekonomisk uppföljning per april 2024
Dnr SN 2024/0012

#Beslut
Socialnämnden godkänner den ekonomiska uppföljningen per april 2024.

#Ärendebeskrivning
Nämnden prognostiserar ett underskott om 3,1 mnkr, främst inom försörjningsstöd och placeringar
av barn och unga. Uppföljningen lämnas till kommunstyrelsen enligt reglementet för ekonomistyrning,
antaget av kommunfullmäktige 2021-11-29, § 97.

#Beslutsunderlag
Tjänsteskrivelse 2024-05-14

#Beslutet skickas till
Kommunstyrelsen

#§ 42    Överenskommelse om samverkan kring barn och unga med behov av särskilt stöd
Dnr SN 2024/0027

#Beslut
Socialnämnden beslutar
1) att godkänna överenskommelsen mellan Burlövs kommun och Region Skåne om samverkan kring barn och
unga med behov av särskilt stöd,
2) att ge socialchefen i uppdrag att tillsammans med barn- och utbildningsnämnden ta fram lokala
rutiner senast 2024-12-31.

#Ärendebeskrivning
Överenskommelsen ersätter den som gällt sedan 2019 och har beretts av Kommunförbundet Skåne och
Region Skåne. Den bygger på 5 kap. 1 d § socialtjänstlagen (2001:453). Tjänsteskrivelse daterad 2024-05-10.

#Särskilt yttrande
Hamid Rostami (C) lämnar ett särskilt yttrande: Centerpartiet vill att skolans elevhälsa får en tydligare
roll i de lokala rutinerna.

#Beslutet skickas till
Region Skåne, Barn- och utbildningsnämnden

#§ 43    Yttrande över motion om fler familjehem i Burlöv
Dnr SN 2024/0033, KS 2024/0071

#Beslut
Socialnämnden föreslår att motionen avslås och överlämnar förvaltningens yttrande till
kommunstyrelsen.
=
#§ 43 (forts.)

#Ärendebeskrivning
Kommunstyrelsen har remitterat en motion från Leif Jönsson (SD), inkommen 2024-02-05, till
socialnämnden för yttrande. Motionären föreslår att kommunen anställer egna familjehemssekreterare i
stället för att köpa tjänster. Förvaltningen redovisar att rekryteringen sedan 2023 sker gemensamt med
Staffanstorps kommun och Lomma kommun. Tjänsteskrivelse 2024-05-08.

#Yrkanden
Lisa Fransson (S) yrkar bifall till förvaltningens förslag.
Leif Jönsson (SD) och Elsa Granath (SD) yrkar att motionen bifalls.

#Omröstning
Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens förslag.
Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för bifall till motionen.
Omröstningsresultat: 7 ja-röster och 2 nej-röster. Socialnämnden har bifallit förvaltningens förslag.

#Reservation
Sverigedemokraterna, genom Leif Jönsson och Elsa Granath, reserverar sig mot beslutet.

#Beslutet skickas till
Kommunstyrelsen

#§ 44    Redovisning av delegationsbeslut och meddelanden
Dnr SN 2024/0004

#Beslut
Socialnämnden lägger redovisningen till handlingarna.

#Ärendebeskrivning
Redovisningen omfattar delegationsbeslut fattade 2024-04-01–2024-04-30 samt meddelanden från
Inspektionen för vård och omsorg och Förvaltningsrätten i Malmö. Beslutsmeddelande från IVO den
2024-04-17 om tillsyn av Gula Villan är avslutat.
"""


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(60, 5, "BURLÖVS KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(80, 5, "SAMMANTRÄDESPROTOKOLL", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()}(3)", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("F", "", 9)
        self.cell(60, 5, "Socialnämnden", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "2024-05-28", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes signatur", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2024-05-28")
    pdf.set_author("Socialförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in BURLOV.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "burlov-sn-2024-05-28-protokoll.pdf"))


# DOCX: Vallentuna kommun, barn- och utbildningsnämnden 2026-02-10, full protocol.
VT_HEAD = [
    "#Barn- och utbildningsnämnden",
    "Sammanträdesprotokoll",
    "Sammanträdesdatum: 2026-02-10",
    "Plats och tid: Kommunhuset, sammanträdesrum Vallentunasjön, kl. 18.00–20.15",
]
VT_ATT: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Maria Lundqvist", "M", "Ordförande"),
    ("Daniel Roos", "KD", "1:e vice ordförande"),
    ("Fredrik Nyholm", "S", "2:e vice ordförande"),
    ("Ann-Sofie Grahn", "M", "Ledamot"),
    ("Petter Lindmark", "M", "Ledamot"),
    ("Jessica Sörman", "L", "Ledamot"),
    ("Ulf Eriksson", "C", "Ledamot"),
    ("Sanna Pettersson", "S", "Ledamot"),
    ("Robin Ekvall", "SD", "Ledamot"),
    ("Gunilla Rask", "MP", "Ledamot"),
    ("Emma Hägg", "KD", "Tjänstgörande ersättare för Lars Eklund (KD)"),
    ("Tove Bergman", "S", "Ersättare"),
    ("Kurt Isaksson", "SD", "Ersättare"),
    ("Linda Mörk", "M", "Ersättare"),
]
VT_AFTER = [
    "Övriga närvarande: Karin Wiberg (förvaltningschef), Olof Sandell (controller) §§ 6–7, "
    "Nora Eklöf (nämndsekreterare)",
    "Justerare: Fredrik Nyholm (S)",
    "Justeringens plats och tid: Kommunhuset, 2026-02-16",
    "Paragrafer: §§ 5–8",
    "Sekreterare: ……………………………… Nora Eklöf",
    "Ordförande: ……………………………… Maria Lundqvist",
    "Justerare: ……………………………… Fredrik Nyholm",
    "Anslag: Protokollet har justerats och anslagits på kommunens anslagstavla 2026-02-17. "
    "Anslaget tas ned 2026-03-11. Förvaringsplats: Kommunhuset, Vallentuna.",
]
# "H:" = Heading 2, "#" = bold paragraph, "*" = Word bullet list item (no bullet in the text).
VT_BODY = [
    "H:§ 5",
    "#Godkännande av dagordning",
    "#Beslut",
    "Dagordningen godkänns med tillägget att ärende 9, Information om lokalförsörjning, utgår.",
    "H:§ 6",
    "#Revidering av riktlinjer för skolval och skolplacering inför läsåret 2026/27",
    "Dnr BUN 2025/412",
    "#Beslut",
    "*att anta reviderade riktlinjer för skolval och skolplacering enligt bilaga 1,",
    "*att riktlinjerna börjar gälla 2026-03-01 och tillämpas första gången vid skolvalet inför läsåret 2026/27.",
    "#Ärendet",
    "Riktlinjerna antogs av nämnden 2023-10-17, § 88. Förändringen gäller närhetsprincipen och "
    "relativ närhet enligt 9 kap. 15 § och 10 kap. 30 § skollagen (2010:800). Kommunfullmäktige har i "
    "budget 2026 (2025-11-24, § 131) gett nämnden i uppdrag att se över placeringsreglerna. "
    "Förvaltningens tjänsteskrivelse är daterad 2026-01-19.",
    "#Yrkanden",
    "Maria Lundqvist (M) yrkar bifall till förvaltningens förslag. Sanna Pettersson (S) yrkar att ärendet "
    "återremitteras för att syskonförtur ska utredas. Gunilla Rask (MP) biträder Sanna Petterssons "
    "återremissyrkande.",
    "#Beslutsgång",
    "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. Votering begärs. "
    "Den som vill att ärendet avgörs i dag röstar ja, den som vill återremittera röstar nej.",
    "Ja-röster (8): Maria Lundqvist, Daniel Roos, Ann-Sofie Grahn, Petter Lindmark, Jessica Sörman, "
    "Ulf Eriksson, Robin Ekvall, Emma Hägg.",
    "Nej-röster (3): Fredrik Nyholm, Sanna Pettersson, Gunilla Rask.",
    "Ärendet ska alltså avgöras i dag. Därefter finner ordföranden att nämnden bifaller förvaltningens förslag.",
    "#Reservation",
    "Mot beslutet reserverar sig Fredrik Nyholm (S), Sanna Pettersson (S) och Gunilla Rask (MP).",
    "#Beslutet skickas till",
    "Samtliga rektorer, Kommunstyrelsen",
    "H:§ 7",
    "#Remiss från Skolverket – förslag till ändrade föreskrifter om betygssättning i grundskolan",
    "Dnr BUN 2025/455",
    "#Beslut",
    "*att anta förvaltningens förslag till yttrande som nämndens svar till Skolverket,",
    "*att paragrafen justeras omedelbart.",
    "#Ärendet",
    "Skolverket har skickat förslaget på remiss till Vallentuna kommun (Skolverkets dnr 2025:2218). "
    "Svar ska ha kommit in senast 2026-02-20. Kommunstyrelsen har överlämnat remissen till barn- och "
    "utbildningsnämnden. Tjänsteskrivelse, daterad 2026-01-27. Sveriges Kommuner och Regioner lämnar ett "
    "eget yttrande.",
    "#Särskilda yttranden",
    "Robin Ekvall (SD) lämnar ett särskilt yttrande enligt bilaga 2.",
    "Ersättaren Kurt Isaksson (SD) instämmer i Robin Ekvalls särskilda yttrande.",
    "#Beslutet skickas till",
    "Skolverket",
    "H:§ 8",
    "#Avtal med Täby kommun om platser i anpassad grundskola",
    "Dnr BUN 2026/018",
    "#Beslut",
    "*att godkänna avtalet mellan Vallentuna kommun och Täby kommun om platser i anpassad grundskola "
    "för läsåren 2026/27–2028/29.",
    "#Ärendet",
    "Vallentuna kommun köper i dag sex platser i Täby kommuns anpassade grundskola. Österåkers kommun har ett "
    "motsvarande avtal med Täby kommun sedan 2022. Ersättningen följer Täbys grundbelopp. "
    "Förvaltningens tjänsteskrivelse är daterad 2026-01-30.",
    "#Protokollsanteckning",
    "Gunilla Rask (MP) antecknar till protokollet att skolskjutsarna till Täby bör följas upp.",
    "#Beslutet skickas till",
    "Täby kommun",
]


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, text, end):
        run._r.append(el)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2026-02-10"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Barn- och utbildningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    head = d.sections[0].header.paragraphs[0]
    head.text = "VALLENTUNA KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida "
    add_page_field(head)
    d.sections[0].header.add_paragraph("Barn- och utbildningsnämnden\t2026-02-10")
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in VT_HEAD:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(VT_ATT):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for line in VT_AFTER:
        d.add_paragraph(line)
    d.add_page_break()
    for line in VT_BODY:
        if line.startswith("H:"):
            d.add_heading(line[2:], level=2)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 16, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "vallentuna-bun-2026-02-10-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
