"""Generate the binary documents of tests/heldout152/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout152/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 9, 10, 7, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 17, 9, 12, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Sotenäs kommun, Kommunstyrelsen 2025-09-03. A system export in the style of a PDF/A
# protocol: a cover sheet with attendance and an ärendelista, then one "Sammanträdesprotokoll"
# page per paragraph. Lines starting with "#" are bold, "=" starts a new page.
# ---------------------------------------------------------------------------------------------
SOTENAS_PAGES = [
    """\
#SOTENÄS KOMMUN
#Kommunstyrelsen
#PROTOKOLL
Sammanträdesdatum: onsdag 3 september 2025, kl. 09.00–12.20
Plats: Kommunhuset, Kungshamn, Tumlaren
Protokoll-ID: KS-P-2025-0903 · Diarienummer för protokollet: KS/2025:12

#Närvaro
Namn                     Parti   Uppdrag
Mats Abrahamsson         M       Ordförande
Linnea Öberg             S       1:e vice ordförande
Tobias Hall              SD      2:e vice ordförande
Kristina Fors            M       Ledamot
Peter Svanström          C       Ledamot
Anneli Ivarsson          KD      Ledamot
Roger Sandell            V       Ledamot
Håkan Lind               S       Ledamot
Lena Fridh               S       Ledamot
Hanna Möller             MP      Ledamot
Gustav Blom              L       Tjänstgörande ersättare (för Jesper Alm, L)
Jens Karlberg            S       Ersättare, ej tjänstgörande
Marie Holm               M       Ersättare, ej tjänstgörande

#Övriga närvarande
Cecilia Nord, kommundirektör
Pernilla Ahl, ekonomichef, § 112
Oskar Dahl, kanslichef

Justerare: Linnea Öberg (S)
Justering: Kommunhuset, Kungshamn, 2025-09-08

#Ärendelista
1. Val av justerare
2. § 112  Delårsrapport januari–juni 2025 ........................................ sida 2
3. § 113  Remiss – Delregional utvecklingsstrategi för Fyrbodal 2026–2030 ........ sida 3
4. § 114  Markanvisningsavtal för Hunnebostrand 5:176 med Sotenäsbostäder AB ...... sida 4

#Underskrifter
Sekreterare ........................................ Oskar Dahl
Ordförande ......................................... Mats Abrahamsson
Justerare ........................................... Linnea Öberg

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens
webbplats 2025-09-09. Anslaget tas ned 2025-10-01. Förvaringsplats: Kommunhuset, Kungshamn.""",
    """\
#Sammanträdesprotokoll
Kommunstyrelsen · Sammanträdesdatum 2025-09-03
#§ 112  Delårsrapport januari–juni 2025
Diarienummer: KS/2025:412
Handläggare: Pernilla Ahl · Beslutsinstans: Kommunfullmäktige

#Kommunstyrelsens beslut
1. Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten för januari–juni 2025.
2. Kommunstyrelsen uppdrar åt kommundirektören att redovisa en åtgärdsplan för
socialnämndens underskott senast 2025-11-05.

#Sammanfattning
Resultatet för perioden är 14,2 mnkr och prognosen för helåret 6,1 mnkr. Socialnämnden
prognostiserar ett underskott på 9,4 mnkr. Delårsrapporten har upprättats enligt 13 kap.
lagen (2018:597) om kommunal bokföring och redovisning. Kommunens revisorer lämnar sitt
utlåtande till fullmäktiges sammanträde 2025-09-25.

#Beslutsunderlag
Tjänsteskrivelse från ekonomiavdelningen 2025-08-20
Delårsrapport januari–juni 2025

#Expedieras
Kommunfullmäktige
Socialnämnden""",
    """\
#Sammanträdesprotokoll
Kommunstyrelsen · Sammanträdesdatum 2025-09-03
#§ 113  Remiss – Delregional utvecklingsstrategi för Fyrbodal 2026–2030
Diarienummer: KS/2025:377
Handläggare: Cecilia Nord · Beslutsinstans: Kommunstyrelsen

#Kommunstyrelsens beslut
Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till
Fyrbodals kommunalförbund.

#Sammanfattning
Fyrbodals kommunalförbund har skickat förslaget till delregional utvecklingsstrategi på
remiss till medlemskommunerna (förbundets diarienummer FYR 2025/041). Svar ska lämnas
senast 2025-09-30. Strategin ska samordnas med Västra Götalandsregionens regionala
utvecklingsstrategi som antogs 2020-11-10.

#Beslutsunderlag
Tjänsteskrivelse daterad 2025-08-18

#Yrkanden
Mats Abrahamsson (M) föreslår bifall till förvaltningens förslag.
Linnea Öberg (S) föreslår att ärendet återremitteras för att komplettera yttrandet om
besöksnäringen.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras idag eller återremitteras. Votering begärs.
Den som vill avgöra ärendet idag röstar ja, den som vill återremittera röstar nej.
Ja (7): Mats Abrahamsson, Tobias Hall, Kristina Fors, Peter Svanström, Anneli Ivarsson,
Hanna Möller, Gustav Blom
Nej (4): Linnea Öberg, Håkan Lind, Lena Fridh, Roger Sandell
Kommunstyrelsen har beslutat att avgöra ärendet idag. Därefter finner ordföranden att
kommunstyrelsen bifaller förvaltningens förslag.

#Reservation
Linnea Öberg (S) m.fl. reserverar sig mot beslutet att inte återremittera ärendet.

#Expedieras
Fyrbodals kommunalförbund""",
    """\
#Sammanträdesprotokoll
Kommunstyrelsen · Sammanträdesdatum 2025-09-03
#§ 114  Markanvisningsavtal för Hunnebostrand 5:176 med Sotenäsbostäder AB
Diarienummer: KS/2025:298
Handläggare: Cecilia Nord · Beslutsinstans: Kommunstyrelsen

#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner markanvisningsavtalet mellan Sotenäs kommun och
Sotenäsbostäder AB för del av fastigheten Hunnebostrand 5:176.
2. Kommundirektören får i uppdrag att underteckna avtalet.
3. Paragrafen justeras omedelbart.

#Sammanfattning
Sotenäsbostäder AB planerar cirka 30 hyresrätter. Avtalet gäller i två år från
undertecknandet. Fastighetsbildning söks hos Lantmäteriet enligt 5 kap.
fastighetsbildningslagen (1970:988). Detaljplanen vann laga kraft 2023-06-14.

#Beslutsunderlag
Tjänsteskrivelse 2025-08-25
Förslag till markanvisningsavtal, daterat 2025-08-11

#Yrkande
Kristina Fors (M) yrkar bifall till förvaltningens förslag.

#Särskilt yttrande
Roger Sandell (V) och Hanna Möller (MP) lämnar ett gemensamt särskilt yttrande om andelen
lägenheter med låg hyra.

#Expedieras
Sotenäsbostäder AB
Lantmäteriet""",
]


class SotenasPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes signatur ........   Utdragsbestyrkande ........", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Sotenäs kommun · Kommunstyrelsen 2025-09-03 · Sida {self.page_no()} av {{nb}}",
                  new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = SotenasPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("M", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunstyrelsen 2025-09-03")
    pdf.set_author("Sotenäs kommun")
    pdf.set_creator("Ärendehanteringssystem, protokollexport PDF/A")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    for page in SOTENAS_PAGES:
        pdf.add_page()
        in_table = False
        for line in page.splitlines():
            if line.startswith("#"):
                pdf.set_font("F", "B", 11)
                text = line[1:]
                in_table = text == "Närvaro"
            else:
                pdf.set_font("M" if in_table and line else "F", "", 9 if in_table else 10)
                if not line:
                    in_table = False
                text = line
            pdf.multi_cell(0, 5.2, text if text else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "sotenas-ks-2025-09-03-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Töreboda kommun, Kommunstyrelsen 2024-12-10, full protocol as a Formpipe Lex export:
# a Lex metadata table at the top, a Namn/Funktion/Kommentar attendance table, a small
# Ärendenummer/Handläggare/Beslutsinstans table under every § heading, and the export stamp in
# the footer. "#" = bold heading; ("T", rows) = a table.
# ---------------------------------------------------------------------------------------------
TOR_META = [
    ("Dokumenttyp", "Protokoll"),
    ("Instans", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2024-12-10"),
    ("Tid och plats", "Kl. 13.00–16.35, Kommunhuset, Töreboda, sal Bulan"),
    ("Lex-ID", "TÖR-2024-3391"),
    ("Sekretessmarkering", "Ingen"),
]
TOR_ATT = [
    ("Namn", "Funktion", "Kommentar"),
    ("Anders Ljungqvist (M)", "Ordförande", ""),
    ("Karin Nyqvist (S)", "1:e vice ordförande", ""),
    ("Per Åstrand (C)", "2:e vice ordförande", "Justerare"),
    ("Sofie Lindh (M)", "Ledamot", ""),
    ("Göran Hed (KD)", "Ledamot", ""),
    ("Olle Frisk (L)", "Ledamot", ""),
    ("Emil Sand (V)", "Ledamot", ""),
    ("Mona Rask (S)", "Ledamot", ""),
    ("Britt Nyberg (S)", "Ledamot", ""),
    ("Patrik Engström (SD)", "Ledamot", ""),
    ("Leif Haraldsson (SD)", "Tjänstgörande ersättare", "Ersätter Johnny Ek (SD)"),
    ("Ylva Sköld (L)", "Ersättare", "Närvarande utan att tjänstgöra"),
    ("Peter Grönvall (M)", "Ersättare", "Närvarande utan att tjänstgöra, §§ 201–202"),
    ("Lars Ahlin", "Kommunchef", "Tjänsteperson"),
    ("Anna Lundell", "Kommunsekreterare", "Tjänsteperson"),
]
TOR_BODY: list = [
    "#Paragrafer: §§ 201–203",
    "Justeringens tid och plats: Kommunhuset, Töreboda, måndag 16 december 2024",
    "#Underskrifter",
    "Sekreterare ____________________ Anna Lundell",
    "Ordförande ____________________ Anders Ljungqvist",
    "Justerare ____________________ Per Åstrand",
    "#Bevis om anslag",
    "Protokollet är justerat. Anslaget på den digitala anslagstavlan 2024-12-17 – 2025-01-08. "
    "Protokollet förvaras på kommunledningsförvaltningen.",
    "#§ 201 Taxa för offentlig kontroll inom livsmedelsområdet 2025",
    ("T", [("Ärendenummer", "KS 2024/00321"), ("Handläggare", "Jenny Wass, livsmedelsinspektör"),
           ("Beslutsinstans", "Kommunfullmäktige"), ("Diarieplan", "2.6.1 Taxor och avgifter")]),
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "1. Taxa för offentlig kontroll inom livsmedelsområdet fastställs med en timavgift om 1 450 kronor.",
    "2. Taxan gäller från och med 2025-01-01.",
    "#Ärendebeskrivning",
    "Taxan bygger på underlag från Sveriges Kommuner och Regioner och på förordning (EU) 2017/625. "
    "Livsmedelsverket har 2024-06-27 lämnat nya vägledningar. Kommunstyrelsens arbetsutskott "
    "behandlade ärendet 2024-11-26, § 188.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse, Jenny Wass, 2024-11-19",
    "#Beslutet skickas till",
    "Kommunfullmäktige",
    "#§ 202 Svar på motion om fler laddstolpar i Moholm",
    ("T", [("Ärendenummer", "KS 2024/00097"), ("Handläggare", "Fredrik Borg, gatuchef"),
           ("Beslutsinstans", "Kommunfullmäktige"), ("Diarieplan", "3.2.4 Gator och trafik")]),
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "Motionen avslås.",
    "#Ärendebeskrivning",
    "Emil Sand (V) föreslår i en motion daterad 2024-03-12 att kommunen bygger minst sex publika "
    "laddpunkter i Moholm. Vattenfall Eldistribution AB har meddelat att nätkapaciteten räcker. "
    "Samhällsbyggnadsförvaltningens tjänsteskrivelse är daterad 2024-11-05.",
    "#Yrkanden",
    "Sofie Lindh (M) yrkar bifall till arbetsutskottets förslag att avslå motionen.",
    "Karin Nyqvist (S) och Emil Sand (V) yrkar bifall till motionen.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på de två förslagen och finner att arbetsutskottets förslag "
    "vinner bifall. Omröstning begärs. Kommunstyrelsen godkänner följande beslutsgång: den som "
    "röstar för arbetsutskottets förslag röstar Ja, den som röstar för bifall till motionen röstar Nej.",
    "Omröstningsresultat: Ja 7, Nej 4, ingen avstår. Kommunstyrelsen har alltså beslutat enligt "
    "arbetsutskottets förslag.",
    "#Reservation",
    "Karin Nyqvist (S), Mona Rask (S), Britt Nyberg (S) och Emil Sand (V) reserverar sig till förmån "
    "för bifall till motionen.",
    "#Beslutet skickas till",
    "Kommunfullmäktige, motionären",
    "#§ 203 Yttrande över remiss – Regionalt trafikförsörjningsprogram för Västra Götaland 2025–2035",
    ("T", [("Ärendenummer", "KS 2024/00288"), ("Handläggare", "Fredrik Borg, gatuchef"),
           ("Beslutsinstans", "Kommunstyrelsen"), ("Diarieplan", "3.2.1 Kollektivtrafik")]),
    "#Kommunstyrelsens beslut",
    "1. Kommunstyrelsen antar förvaltningens förslag till yttrande.",
    "2. Yttrandet skickas till Västra Götalandsregionen.",
    "3. Kommunstyrelsen framhåller särskilt behovet av en direkt busslinje Töreboda–Skövde.",
    "#Ärendebeskrivning",
    "Västra Götalandsregionen, kollektivtrafiknämnden, har skickat förslaget till regionalt "
    "trafikförsörjningsprogram på remiss till kommunerna (regionens diarienummer KTN 2024-00215). "
    "Svar senast 2024-12-20. Programmet genomförs av Västtrafik AB. Tjänsteskrivelse 2024-11-22.",
    "#Yrkanden",
    "Anders Ljungqvist (M) yrkar bifall till förvaltningens förslag.",
    "Karin Nyqvist (S) lämnar ett tilläggsyrkande om en direkt busslinje Töreboda–Skövde (punkt 3).",
    "#Beslutsgång",
    "Ordföranden finner att förvaltningens förslag och tilläggsyrkandet bifalls.",
    "#Justering",
    "Paragrafen justeras omedelbart.",
    "#Beslutet skickas till",
    "Västra Götalandsregionen, Västtrafik AB",
]


def _table(d: docx.Document, rows, bold_first: bool = False) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if bold_first and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Formpipe Lex"
    cp.title = "Protokoll Kommunstyrelsen 2024-12-10"
    cp.subject = "TÖR-2024-3391"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Lex export"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Töreboda kommun\tSAMMANTRÄDESPROTOKOLL\tKommunstyrelsen 2024-12-10"
    sec.footer.paragraphs[0].text = ("Exporterad från Formpipe Lex 2024-12-17 09:12 · Lex-ID TÖR-2024-3391 · "
                                     "Justerandes signatur ______  Utdragsbestyrkande ______")
    d.add_paragraph().add_run("Töreboda kommun – Kommunstyrelsen").bold = True
    _table(d, TOR_META)
    d.add_paragraph().add_run("Närvarolista").bold = True
    _table(d, TOR_ATT, bold_first=True)
    for item in TOR_BODY:
        if isinstance(item, tuple):
            _table(d, item[1])
        elif item.startswith("#"):
            d.add_paragraph().add_run(item[1:]).bold = True
        else:
            d.add_paragraph(item)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 17, 9, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "toreboda-ks-2024-12-10-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
