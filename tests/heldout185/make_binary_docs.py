"""Generate the binary documents of tests/heldout185/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout185/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 5, 20, 14, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 24, 9, 30, 0)

# PDF mini-language: "#" bold line, "=" new page (the running header is repeated), "" blank line,
# "@§ 77|Title" = paragraph number in the left margin with the title beside it,
# "|a|b|c|d" = a table row (first cell wide, the others narrow), "" otherwise plain text.
AVESTA_HEADER = ("AVESTA KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen", "2024-05-14")
AVESTA = """\
#Kommunstyrelsen
Sammanträdesdatum 2024-05-14
Plats och tid: Kommunhuset, KS-salen, Avesta, kl. 13.15–16.40

#Ledamöter
|Namn|Parti|Anmärkning
|Helena Sjödin|S|ordförande
|Mikael Hellberg|M|1:e vice ordförande
|Kerstin Bodén|SD|2:e vice ordförande
|Anders Fröjd|S|
|Nils-Olof Persson|S|
|Sara Eklind|V|
|Jan-Erik Wallin|S|§§ 77–78
|Åsa Gräns|C|
|Peter Ruud|KD|
|Lotta Hammar|L|

#Tjänstgörande ersättare
|Monica Strand|M|ersätter Linda Björk (M)
|Rolf Hedin|S|ersätter Jan-Erik Wallin, § 79

#Ersättare
|Elin Åkerlund|V|
|Jimmy Kvist|SD|

#Övriga närvarande
Karin Sahlström, kommundirektör
Fredrik Norling, ekonomichef, § 77
Ulrika Björn, kommunsekreterare

Justerare: Sara Eklind (V)
Justeringens plats och tid: Kommunhuset 2024-05-20
Paragrafer: 77–79

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens anslagstavla.
Sammanträdesdatum 2024-05-14. Anslaget sätts upp 2024-05-21 och tas ned 2024-06-12.
Förvaringsplats för protokollet: Kommunledningskontoret
=
@§ 77|Ny förskola i Krylbo – investeringsbeslut
Dnr KS 2024/00123

#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
1. att anslå 68,0 mnkr för ny förskola i Krylbo med åtta avdelningar,
2. att finansiera investeringen genom upplåning inom beslutad låneram.
Kommunstyrelsen beslutar för egen del
3. att uppdra åt kommundirektören att återkomma med en plan för avveckling av paviljongerna vid Åsbo.

#Ärendet
Barn- och utbildningsnämnden beslutade 2024-03-20, § 31, att begära en ny förskola i Krylbo.
Behovet framgår av lokalförsörjningsplanen som kommunfullmäktige antog 2023-06-12, § 71.
AB Avestabostäder har erbjudit sig att bygga och hyra ut lokalerna, men förvaltningen bedömer
att kommunen bör äga byggnaden. Upphandling sker enligt lagen (2016:1145) om offentlig upphandling.
=
@§ 77 forts.|
#Beslutsunderlag
Tjänsteskrivelse, tekniska förvaltningen, 2024-04-22
Barn- och utbildningsnämndens beslut 2024-03-20, § 31

#Yrkanden
Helena Sjödin (S) yrkar bifall till förvaltningens förslag.
Mikael Hellberg (M) yrkar avslag och att AB Avestabostäder ska få uppdraget. Kerstin Bodén (SD)
instämmer i Hellbergs yrkande.

#Omröstning
Ja-röst för Sjödins yrkande, nej-röst för Hellbergs yrkande.
|Ledamot|Ja|Nej|Avstår
|Helena Sjödin (S)|X||
|Mikael Hellberg (M)||X|
|Kerstin Bodén (SD)||X|
|Anders Fröjd (S)|X||
|Nils-Olof Persson (S)|X||
|Sara Eklind (V)|X||
|Jan-Erik Wallin (S)|X||
|Åsa Gräns (C)|X||
|Peter Ruud (KD)|X||
|Lotta Hammar (L)|X||
|Monica Strand (M)||X|
|Summa|8|3|0
Kommunstyrelsen har bifallit Sjödins yrkande.

#Reservationer
Mikael Hellberg (M) och Monica Strand (M) reserverar sig till förmån för Hellbergs yrkande.
Kerstin Bodén (SD) reserverar sig skriftligt, bilaga 1.

#Beslutet skickas till
Kommunfullmäktige, Barn- och utbildningsnämnden

@§ 78|Yttrande över remiss – Länstransportplan för Dalarnas län 2026–2037
Dnr KS 2024/00201

#Beslut
Kommunstyrelsen antar förvaltningens förslag till yttrande och skickar det till Region Dalarna.
Paragrafen förklaras omedelbart justerad.

#Ärendet
Region Dalarna har remitterat förslaget till länstransportplan (RD23/05512) till Avesta kommun
med svar senast 2024-05-31. Kommunen prioriterar riksväg 68 och stråket mot Sala, som Trafikverket
ansvarar för, samt fler avgångar med Dalatrafik AB mellan Avesta och Horndal.
Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-04-29.

#Särskilt yttrande
Sara Eklind (V) lämnar ett särskilt yttrande om kollektivtrafiken i Horndal.
Ersättaren Elin Åkerlund (V) ställer sig bakom yttrandet.

#Beslutet skickas till
Region Dalarna

@§ 79|Samarbetsavtal med Outokumpu Stainless AB om kompetensförsörjning
Dnr KS 2024/00176

#Beslut
1) Kommunstyrelsen godkänner samarbetsavtalet mellan Avesta kommun och Outokumpu Stainless AB.
2) Kommundirektören får i uppdrag att underteckna avtalet.

#Ärendet
Avtalet gäller 2024-07-01–2027-06-30 och omfattar praktikplatser, lärlingsutbildning och
gemensamma insatser med Arbetsförmedlingen. Tjänsteskrivelse, kommunledningskontoret, 2024-04-30.

#Protokollsanteckning
Peter Ruud (KD) antecknar att avtalet bör följas upp årligen i kommunstyrelsen.

#Beslutet skickas till
Outokumpu Stainless AB, Arbetsförmedlingen

#Underskrifter
Vid protokollet: Ulrika Björn
Ordförande: Helena Sjödin
Justerare: Sara Eklind
"""


class ProtocolPDF(FPDF):
    def header(self) -> None:
        town, kind, body, date = AVESTA_HEADER
        self.set_font("F", "B", 9)
        self.cell(95, 5, town)
        self.cell(0, 5, f"{kind}   {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("F", "", 9)
        self.cell(95, 5, body)
        self.cell(0, 5, date, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign ..........        Utdragsbestyrkande ..........", align="C")


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kommunledningskontoret")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("@"):
            num, head = line[1:].split("|", 1)
            pdf.ln(2)
            pdf.set_font("F", "B", 11)
            pdf.cell(25, 6, num)
            pdf.multi_cell(0, 6, head if head else " ", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("|"):
            cells = line[1:].split("|")
            pdf.set_font("F", "", 10)
            widths = [70] + [25] * (len(cells) - 1)
            if len(cells) == 3:
                widths = [55, 20, 90]
            for w, c in zip(widths, cells, strict=True):
                pdf.cell(w, 5.5, c)
            pdf.ln(5.5)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Hedemora kommun, Barn- och utbildningsnämnden 2025-02-18, full protocol.
BUN_HEAD = ["PROTOKOLL", "Barn- och utbildningsnämnden", "Sammanträdesdatum 2025-02-18",
            "Plats och tid: Stadshuset, Hedemora, sal Brunnsbäck, kl. 13.00–15.50"]
BUN_ATT: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Maria Hjort", "S", "Ordförande"),
    ("Johan Ersson", "M", "Vice ordförande"),
    ("Anneli Wik", "S", "Ledamot"),
    ("Patrik Holm", "S", "Ledamot, §§ 9–10"),
    ("Gunilla Fors", "SD", "Ledamot"),
    ("Ylva Kers", "C", "Ledamot"),
    ("Emil Nordin", "KD", "Tjänstgörande ersättare för Olof Bergkvist (L)"),
    ("Sven Dahlin", "S", "Tjänstgörande ersättare för Patrik Holm, § 11"),
    ("Linnéa Gustafsson", "V", "Ersättare"),
    ("Bo Rask", "M", "Ersättare"),
    ("Tomas Lund", "", "Förvaltningschef"),
    ("Sandra Eriksson", "", "Nämndsekreterare"),
]
BUN_META = [
    "Justerare: Ylva Kers",
    "Justeringsdag: 2025-02-24, Stadshuset",
    "Paragrafer: 9–11",
]
BUN_BODY: list[str] = [
    "#§ 9 Revidering av riktlinjer för skolskjuts",
    "Diarienummer BUN 2024/0287",
    "#Beslut",
    "Barn- och utbildningsnämnden beslutar",
    "a) att anta reviderade riktlinjer för skolskjuts att gälla från och med läsåret 2025/26,",
    "b) att riktlinjerna ska utvärderas efter ett läsår.",
    "#Bakgrund",
    "Riktlinjerna antogs 2019-05-21, § 44. Ändringarna gäller bland annat avståndsgränser enligt 10 kap. "
    "32 § skollagen (2010:800) och samordning med Dalatrafik AB:s linjetrafik. Skolverket har i en "
    "vägledning från 2023-11-02 belyst växelvis boende.",
    "Förvaltningens tjänsteskrivelse är daterad 2025-01-30.",
    "#Förslag till beslut på sammanträdet",
    "Maria Hjort (S) yrkar bifall till förvaltningens förslag.",
    "Gunilla Fors (SD) yrkar avslag till punkt a. Johan Ersson (M) instämmer i Fors yrkande.",
    "#Beslutsgång",
    "Ordföranden ställer förslagen mot varandra. Votering begärs och genomförs.",
    "Omröstningsresultat: 5 – 2",
    "Nämnden har beslutat enligt förvaltningens förslag.",
    "#Reservation",
    "Gunilla Fors (SD) reserverar sig mot beslutet.",
    "#Beslutet ska skickas till",
    "Dalatrafik AB, rektorerna",
    "#§ 10 Svar på remiss – Motion om fritidsbank i Långshyttan",
    "Diarienummer BUN 2024/0341, KS 2024/0412",
    "#Beslut",
    "Barn- och utbildningsnämnden överlämnar förvaltningens yttrande till kommunstyrelsen som sitt svar.",
    "#Bakgrund",
    "Kommunstyrelsen har remitterat en motion från Vänsterpartiet, daterad 2024-09-09, till nämnden "
    "för yttrande senast 2025-03-01. Motionen föreslår att kommunen tillsammans med Långshyttans IK "
    "startar en fritidsbank. Förvaltningens tjänsteskrivelse är daterad 2025-02-03.",
    "#Ersättaryttrande",
    "Ersättaren Linnéa Gustafsson (V) lämnar ett yttrande till protokollet, bilaga 2.",
    "#Beslutet ska skickas till",
    "Kommunstyrelsen",
    "#§ 11 Samverkansavtal om gymnasieutbildning 2025–2028",
    "Diarienummer BUN 2025/0019",
    "#Beslut",
    "1. Barn- och utbildningsnämnden godkänner samverkansavtalet mellan Hedemora kommun, Avesta kommun "
    "och Säters kommun om gymnasieutbildning.",
    "2. Förvaltningschefen får underteckna avtalet.",
    "3. Paragrafen justeras omedelbart.",
    "#Bakgrund",
    "Avtalet ersätter det avtal som gällt sedan 2021-07-01 och avser fritt sök inom Södra Dalarnas "
    "samverkansområde. Region Dalarna har informerats. Förvaltningens tjänsteskrivelse är daterad 2025-02-05. "
    "Kommunfullmäktige informeras på sammanträdet 2025-03-24.",
    "#Beslutet ska skickas till",
    "Avesta kommun, Säters kommun",
    "#Underskrifter",
    "Sekreterare  ……………………………  Sandra Eriksson",
    "Ordförande  ……………………………  Maria Hjort",
    "Justerare  ……………………………  Ylva Kers",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-02-18"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Barn- och utbildningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "HEDEMORA KOMMUN\tSAMMANTRÄDESPROTOKOLL\t2025-02-18"
    sec.footer.paragraphs[0].text = "Justerandes signatur ………    Utdragsbestyrkande ………"
    for i, line in enumerate(BUN_HEAD):
        d.add_paragraph().add_run(line).bold = i < 2
    d.add_paragraph().add_run("Närvarande").bold = True
    table = d.add_table(rows=0, cols=3)
    for name, party, func in BUN_ATT:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = party
        cells[2].text = func
    for line in BUN_META:
        d.add_paragraph(line)
    for line in BUN_BODY:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 24, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hedemora-bun-2025-02-18-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(AVESTA, "avesta-ks-2024-05-14-protokoll.pdf", "Protokoll kommunstyrelsen 2024-05-14")
    make_docx()


if __name__ == "__main__":
    main()
