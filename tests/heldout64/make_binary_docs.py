"""Generate the binary documents of tests/heldout64/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout64/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout64/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 4, 15, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 10, 0, 0)

# PDF: Vara kommun, kommunstyrelsen 2024-04-09, full protocol (KS §§ 62-65). Attendance with the party
# in front of the name ("S      Mats Danielsson    ordförande"). Markup: "<<PAGE>>" page break,
# "#" bold heading, "##" bold sub-heading.
VARA = """\
Sammanträdesprotokoll
Kommunstyrelsen
Sammanträdesdatum: 2024-04-09

Plats och tid: Stadshuset, Vara, Sammanträdesrum Kvarnen, kl. 08.30–11.45

Närvarande
Parti  Namn                     Uppdrag
S      Mats Danielsson          ordförande
M      Helene Fogelberg         1:e vice ordförande
SD     Torbjörn Kvarnö          2:e vice ordförande
S      Lena Broberg             ledamot
S      Hampus Öhrn              ledamot
M      Niklas Wirén             ledamot
C      Göran Lundqvist          ledamot
KD     Anette Sjöberg           ledamot
SD     Kristoffer Hellsten      ledamot
V      Rut Nordin               tjänstgörande ersättare för Jamal Osmani (V)
L      Peter Åsberg             ersättare
MP     Karin Eklöf              ersättare

Tjänstemän
Annelie Strömberg, kommundirektör
Oskar Rydell, ekonomichef, §§ 62–63
Frida Malmgren, kommunsekreterare

Justerare: Göran Lundqvist (C)
Justeringens plats och tid: Stadshuset, 2024-04-12

Sekreterare   ____________________   Paragrafer 62–65
              Frida Malmgren
Ordförande    ____________________
              Mats Danielsson
Justerare     ____________________
              Göran Lundqvist

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ: Kommunstyrelsen   Sammanträdesdatum: 2024-04-09
Anslaget publiceras: 2024-04-15   Anslaget avpubliceras: 2024-05-07
Förvaringsplats för protokollet: Kommunledningskontoret, Vara
<<PAGE>>
#KS § 62   Taxor för vatten och avlopp 2024–2025
Diarienummer: KS 2024/112
##Sammanfattning
Vara kommun är huvudman för den allmänna VA-anläggningen enligt lagen (2006:412) om allmänna
vattentjänster. Enligt 34 § vattentjänstlagen ska avgifterna inte överskrida de nödvändiga
kostnaderna. Va-taxan har senast justerats genom kommunfullmäktiges beslut 2022-11-28, § 134.
Tekniska nämnden har den 13 mars 2024 lämnat yttrande i ärendet.
##Beslutsunderlag
Tjänsteskrivelse, ekonomiavdelningen, 2024-03-18
Tekniska nämndens protokoll 2024-03-13, § 22
Kommunstyrelsens arbetsutskott 2024-03-26, § 48
##Yrkanden
Helene Fogelberg (M) yrkar bifall till arbetsutskottets förslag. Kristoffer Hellsten (SD) yrkar
att brukningsavgiften ska höjas med 8 procent i stället för 12 procent.
##Propositionsordning
Ordföranden ställer proposition på arbetsutskottets förslag mot Kristoffer Hellstens yrkande och
finner att kommunstyrelsen bifaller arbetsutskottets förslag.
##Kommunstyrelsens förslag till kommunfullmäktige
1. Taxa för allmänna vattentjänster i Vara kommun antas enligt bilaga 2 att gälla från och med
den 1 juli 2024.
2. Avgifterna för 2025 fastställs enligt följande:
a) anläggningsavgiften för en- och tvåbostadshus höjs med 5 procent,
b) brukningsavgiftens fasta del höjs med 12 procent,
<<PAGE>>
#KS § 62 forts.
c) avgiften för extra vattenmätare fastställs till 950 kronor per år.
##Kommunstyrelsens beslut för egen del
1. Tekniska förvaltningen får i uppdrag att redovisa utfallet av taxeändringen till
kommunstyrelsen senast i mars 2025.
##Reservation
Kristoffer Hellsten (SD) och Torbjörn Kvarnö (SD) reserverar sig mot beslutet till förmån för
Kristoffer Hellstens yrkande.
Beslutet skickas till: Kommunfullmäktige, Tekniska nämnden, AB Vara Bostäder

#KS § 63   Samverkansavtal om gemensam lönenämnd
Diarienummer: KS 2023/419
##Sammanfattning
Vara kommun och Essunga kommun har sedan 2016 samarbetat kring löneadministration. Ett nytt
samverkansavtal mellan Vara kommun och Essunga kommun har tagits fram och ska gälla från och med
2024-07-01. Avtalet följer 9 kap. 37 § kommunallagen (2017:725).
##Beslutsunderlag
Tjänsteskrivelse, HR-avdelningen, 2024-03-11
Kommunstyrelsens arbetsutskott 2024-03-26, § 51
##Arbetsutskottets förslag
1. Samverkansavtalet mellan Vara kommun och Essunga kommun om löneadministration godkänns.
2. Kommundirektören får i uppdrag att underteckna avtalet.
3. Avtalet ska utvärderas senast 2026-06-30.
##Yrkanden
Lena Broberg (S) yrkar bifall till arbetsutskottets förslag. Anette Sjöberg (KD) yrkar att
ärendet ska återremitteras för att kostnadsfördelningen ska utredas.
##Omröstning
Först ställs frågan om ärendet ska avgöras i dag. Omröstning begärs. Ja för att avgöra ärendet i
dag, nej för återremiss. Resultat: 8 ja, 5 nej, 0 avstår. Kommunstyrelsen har beslutat att avgöra
ärendet i dag.
##Beslut
Arbetsutskottets förslag bifalls.
##Reservation
Anette Sjöberg (KD) reserverar sig mot beslutet.
##Särskilt yttrande
Peter Åsberg (L) lämnar ett särskilt yttrande, bilaga 3.
Beslutet skickas till: Essunga kommun, HR-avdelningen

#KS § 64   Remiss – Regional vattenförsörjningsplan för Västra Götalands län
Diarienummer: KS 2024/087
##Sammanfattning
Länsstyrelsen i Västra Götalands län har den 2 februari 2024 skickat förslag till regional
vattenförsörjningsplan på remiss till länets kommuner (Länsstyrelsens dnr 537-4411-2023).
Yttrandet ska ha kommit in senast den 19 april 2024. Skaraborgsvatten har bidragit med underlag.
##Beslutsunderlag
Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-03-20
Förslag till yttrande, 2024-03-20
##Förvaltningens förslag till beslut
1. Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och överlämnar det
till Länsstyrelsen i Västra Götalands län.
2. Paragrafen justeras omedelbart.
##Beslut
Kommunstyrelsen beslutar enligt förvaltningens förslag.
Beslutet skickas till: Länsstyrelsen i Västra Götalands län

#KS § 65   Försäljning av del av fastigheten Vara Kvarnen 2:14
Diarienummer: KS 2024/131
##Sammanfattning
Vara Industrifastigheter AB har inkommit med en förfrågan den 4 mars 2024 om att förvärva del av
fastigheten. Ärendet har inte hunnit beredas av arbetsutskottet.
##Yrkanden
Niklas Wirén (M) yrkar att ärendet bordläggs.
##Beslut
Ärendet bordläggs till kommunstyrelsens sammanträde den 14 maj 2024."""

# DOCX: Ockelbo kommun, socialnämnden 2024-05-21, full protocol (§§ 31-33). Attendance as one table
# Namn / Parti / Funktion / Närvaro, one row per person, absent members and "Tjänstgör för" in the last column.
ATTENDANCE = [
    ("Birgitta Hedin", "S", "Ordförande", "Närvarande"),
    ("Anders Sjödin", "C", "Vice ordförande", "Närvarande"),
    ("Eva Berg", "S", "Ledamot", "Frånvarande"),
    ("Mikael Forsgren", "S", "Ledamot", "Närvarande"),
    ("Jenny Ahlström", "M", "Ledamot", "Närvarande"),
    ("Tomas Grönlund", "SD", "Ledamot", "Närvarande"),
    ("Susanne Wiik", "V", "Ledamot", "Närvarande"),
    ("Kjell Åström", "S", "Ersättare", "Tjänstgör för Eva Berg"),
    ("Linnea Holm", "M", "Ersättare", "Närvarande"),
    ("Roger Palm", "SD", "Ersättare", "Frånvarande"),
]

FIRST = [
    ("Plats och tid", "Kommunhuset, Ockelbo, sammanträdesrum Vällingen, kl. 13.15–15.40"),
    ("Övriga närvarande", "Maria Nyberg, socialchef\nHelena Dahl, nämndsekreterare"),
    ("Justerare", "Jenny Ahlström (M)"),
    ("Justeringens plats och tid", "Socialkontoret, 2024-05-24"),
]

SIGNATURES = [
    ("Sekreterare", "Helena Dahl", "Paragrafer 31–33"),
    ("Ordförande", "Birgitta Hedin", ""),
    ("Justerare", "Jenny Ahlström", ""),
]

# Body: ("H", "§ n\tTitle") heading; ("D", text) Dnr line; ("B", text) bold sub-heading; ("", text) paragraph;
# ("P", "") page break.
BODY = [
    ("H", "§ 31\tInformation om socialnämndens ekonomiska läge efter april 2024"),
    ("D", "Dnr SN.2024.41"),
    ("B", "Ärendebeskrivning"),
    ("", "Socialchefen Maria Nyberg informerar om utfallet efter april. Prognosen visar ett underskott på "
         "2,1 mnkr, främst inom placeringar av barn och unga. Inspektionen för vård och omsorg har i beslut den "
         "14 mars 2024 avslutat sin tillsyn av hemtjänsten utan åtgärd."),
    ("B", "Beslut"),
    ("", "Nämnden noterar informationen."),
    ("H", "§ 32\tAvtal om gemensam socialjour i Gästrikland"),
    ("D", "Dnr SN.2024.29"),
    ("B", "Ärendebeskrivning"),
    ("", "Socialjouren i Gästrikland drivs av Gävle kommun. Ett nytt avtal om gemensam socialjour mellan "
         "Gävle kommun, Sandvikens kommun och Ockelbo kommun har tagits fram och ska gälla från och med "
         "2024-09-01. Socialnämndens skyldigheter enligt 14 kap. 1 § socialtjänstlagen (2001:453) påverkas inte."),
    ("B", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2024-05-02\nAvtalsförslag daterat 2024-04-22\n"
         "Gävle kommuns beslut 2024-04-17, § 58"),
    ("B", "Beslut"),
    ("", "Socialnämnden beslutar"),
    ("", "A. Avtal om gemensam socialjour i Gästrikland godkänns."),
    ("", "B. Socialchefen får i uppdrag att underteckna avtalet."),
    ("", "C. Paragrafen justeras omedelbart."),
    ("B", "Särskilt yttrande"),
    ("", "Tomas Grönlund (SD) lämnar ett särskilt yttrande om att kostnadsfördelningen bör ses över 2026."),
    ("", "Ersättaren Linnea Holm (M) instämmer i Tomas Grönlunds särskilda yttrande."),
    ("B", "Beslutet skickas till"),
    ("", "Gävle kommun\nSandvikens kommun"),
    ("P", ""),
    ("H", "§ 33\tYttrande över motion om fler platser i särskilt boende"),
    ("D", "Dnr SN.2024.12"),
    ("B", "Ärendebeskrivning"),
    ("", "Kommunfullmäktige har 2024-02-26, § 12, remitterat motionen från Susanne Wiik (V) till socialnämnden "
         "för yttrande. Motionen är daterad 2024-01-30. Förvaltningen bedömer i tjänsteskrivelse 2024-04-29 "
         "att behovet av platser täcks av Ockelbogårdens utbyggnad."),
    ("B", "Förvaltningens förslag till beslut"),
    ("", "Socialnämnden föreslår kommunfullmäktige att avslå motionen."),
    ("B", "Yrkanden"),
    ("", "Ordföranden yrkar bifall till förvaltningens förslag. Susanne Wiik (V) yrkar bifall till motionen."),
    ("B", "Omröstning"),
    ("", "Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Susanne Wiiks yrkande."),
    ("", "Ja-röster (5): Birgitta Hedin, Anders Sjödin, Mikael Forsgren, Jenny Ahlström, Kjell Åström\n"
         "Nej-röster (1): Susanne Wiik\nAvstår (1): Tomas Grönlund"),
    ("B", "Beslut"),
    ("", "Nämnden beslutar enligt förvaltningens förslag."),
    ("B", "Reservation"),
    ("", "Susanne Wiik (V) reserverar sig mot beslutet."),
    ("B", "Protokollsanteckning"),
    ("", "Anders Sjödin (C) antecknar att en ny behovsanalys bör göras 2025."),
    ("B", "Beslutet skickas till"),
    ("", "Kommunfullmäktige"),
]


class VaraPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "VARA KOMMUN", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, f"Kommunstyrelsen 2024-04-09    Sida {self.page_no()} (4)", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Justerandes signatur ..........        Utdragsbestyrkande ..........")


def build_pdf() -> None:
    pdf = VaraPDF(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-04-09")
    pdf.set_author("Vara kommun")
    pdf.set_creator("Ciceron")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    first_page = True
    for line in VARA.split("\n"):
        if line == "<<PAGE>>":
            pdf.add_page()
            first_page = False
            continue
        if line.startswith("##"):
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 5, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("#"):
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
        elif first_page:
            pdf.set_font("Mono", "", 9)
            pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "vara-ks-2024-04-09-protokoll.pdf"))


def fix_zip(path: Path) -> None:
    """Rewrite the DOCX with fixed ZIP timestamps and a fixed member order."""
    src = zipfile.ZipFile(path)
    items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


def add_lines(cell_or_doc, text: str, bold: bool = False) -> None:
    par = cell_or_doc.add_paragraph()
    for i, part in enumerate(text.split("\n")):
        run = par.add_run(part)
        run.bold = bold
        if i < len(text.split("\n")) - 1:
            run.add_break()


def build_docx() -> None:
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    props = doc.core_properties
    props.author = "Ockelbo kommun"
    props.last_modified_by = "Ockelbo kommun"
    props.title = "Socialnämnden 2024-05-21"
    props.created = FIXED_DOCX
    props.modified = FIXED_DOCX
    props.revision = 1
    header = doc.sections[0].header.paragraphs[0]
    header.text = "OCKELBO KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSocialnämnden 2024-05-21"
    doc.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    add_lines(doc, "Socialnämnden", bold=True)
    add_lines(doc, "Sammanträdesdatum 2024-05-21")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Namn", "Parti", "Funktion", "Närvaro"), strict=True):
        cell.text = text
    for row in ATTENDANCE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for label, text in FIRST:
        add_lines(doc, label, bold=True)
        add_lines(doc, text)
    sig = doc.add_table(rows=0, cols=3)
    for role, name, extra in SIGNATURES:
        cells = sig.add_row().cells
        cells[0].text = role
        cells[1].text = "……………………………………\n" + name
        cells[2].text = extra
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, text in BODY:
        if kind == "H":
            doc.add_heading(text, level=2)
        elif kind == "B":
            add_lines(doc, text, bold=True)
        elif kind == "P":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            add_lines(doc, text)
    path = DOCS / "ockelbo-sn-2024-05-21-protokoll.docx"
    doc.save(str(path))
    fix_zip(path)


if __name__ == "__main__":
    build_pdf()
    build_docx()
