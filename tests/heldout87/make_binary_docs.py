"""Generate the binary documents of tests/heldout87/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout87/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout87/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# --------------------------------------------------------------------------- Borås, tekniska nämnden (PDF)

BORAS_LEDAMOTER = [
    ("Ulf Brännström", "M", "Ordförande"),
    ("Lena Åkesson", "S", "Vice ordförande"),
    ("Björn Qvarnström", "M", "Ledamot"),
    ("Tina Eklund", "L", "Ledamot"),
    ("Daniel Sjögren", "KD", "Ledamot"),
    ("Omar Yusuf", "S", "Ledamot"),
    ("Kjell Aronsson", "SD", "Ledamot"),
    ("Matilda Ek", "SD", "Ledamot"),
    ("Anna Wernersson", "C", "Tjänstgörande ersättare för Per Hansson (MP)"),
]
BORAS_ERSATTARE = [("Hans Mårtensson", "M", "Ersättare"), ("Maja Strand", "V", "Ersättare")]
BORAS_OVRIGA = [
    ("Anders Ohlsson", "Förvaltningschef"),
    ("Pontus Lind", "Trafikingenjör, § 134"),
    ("Julia Berg", "Nämndsekreterare"),
]

BORAS_PARAGRAPHS = [
    (
        "§ 134",
        "Dnr TN 2024-00213",
        "Remissvar: Trafiksäkerhetsprogram för Borås Stad 2025–2030",
        [
            ("Ärendet i sammandrag", [
                "Kommunstyrelsen har skickat förslaget till Trafiksäkerhetsprogram för Borås Stad 2025–2030 på "
                "remiss till Tekniska nämnden (KS dnr KS 2024-00588). Svar ska lämnas senast 2024-10-31. Programmet "
                "har tagits fram tillsammans med Trafikverket och Polismyndigheten och utgår från nollvisionen.",
                "Tekniska förvaltningen ställer sig i huvudsak bakom förslaget men påpekar att åtgärderna för "
                "gång- och cykeltrafik vid skolor behöver prioriteras och finansieras i investeringsbudgeten.",
            ]),
            ("Beslutsunderlag", [
                "1. Tjänsteskrivelse, Remissvar Trafiksäkerhetsprogram, 2024-09-16",
                "2. Remiss från Kommunstyrelsen, 2024-08-29",
            ]),
            ("Beslut", [
                "Tekniska nämnden antar förvaltningens förslag till yttrande och skickar det till Kommunstyrelsen.",
                "Paragrafen förklaras omedelbart justerad.",
            ]),
            ("Särskilt yttrande", [
                "Lena Åkesson (S) m.fl. lämnar ett särskilt yttrande: Vi vill att hastigheten sänks till 30 km/h "
                "vid samtliga grundskolor redan under 2025.",
            ]),
            ("Beslutet expedieras till", ["Kommunstyrelsen"]),
        ],
    ),
    (
        "§ 135",
        "Dnr TN 2024-00247",
        "Avtal om drift och underhåll av dagvattenanläggningar",
        [
            ("Ärendet i sammandrag", [
                "Tekniska nämnden ansvarar för dagvattendammar i parkmark medan Borås Energi och Miljö AB ansvarar "
                "för dagvattennätet. Ett nytt avtal om drift och underhåll av dagvattenanläggningar mellan Borås Stad "
                "och Borås Energi och Miljö AB har tagits fram. Avtalet gäller 2025-01-01–2028-12-31 med möjlighet "
                "till förlängning. Bolagets styrelse godkände avtalet 2024-09-26.",
                "Ansvarsfördelningen följer lagen (2006:412) om allmänna vattentjänster, 6 § och 13 §.",
            ]),
            ("Beslutsunderlag", [
                "1. Tjänsteskrivelse, Avtal om dagvattenanläggningar, 2024-09-20",
                "2. Avtal om drift och underhåll av dagvattenanläggningar",
            ]),
            ("Beslut", [
                "Tekniska nämnden beslutar",
                "1. att godkänna avtal om drift och underhåll av dagvattenanläggningar med Borås Energi och Miljö AB,",
                "2. att ge förvaltningschefen i uppdrag att underteckna avtalet.",
            ]),
            ("Beslutet expedieras till", ["Borås Energi och Miljö AB", "Samhällsbyggnadsnämnden"]),
        ],
    ),
    (
        "§ 136",
        "Dnr TN 2024-00198",
        "Taxa för upplåtelse av offentlig plats 2025",
        [
            ("Ärendet i sammandrag", [
                "Förvaltningen föreslår att taxan för upplåtelse av offentlig plats räknas upp med 4,2 procent från "
                "2025-01-01. Avgiften för uteserveringar i zon 1 blir därmed 162 kronor per kvadratmeter och månad. "
                "Polismyndigheten lämnar tillstånd enligt 3 kap. 1 § ordningslagen, och avgiften tas ut med stöd av "
                "lagen (1957:259) om rätt för kommun att ta ut avgifter för vissa upplåtelser av offentlig plats.",
                "Centrumföreningen Borås City har i skrivelse 2024-06-11 begärt oförändrade avgifter.",
            ]),
            ("Beslutsunderlag", ["1. Tjänsteskrivelse, Taxa offentlig plats 2025, 2024-09-09"]),
            ("Yrkanden", [
                "Ordföranden Ulf Brännström (M) yrkar bifall till förvaltningens förslag.",
                "Kjell Aronsson (SD) yrkar att avgiften för uteserveringar ska vara oförändrad 2025.",
            ]),
            ("Propositionsordning", [
                "Ordföranden ställer proposition på yrkandena och finner att Tekniska nämnden bifaller "
                "ordförandens yrkande. Omröstning begärs och genomförs. Ja-röst för ordförandens yrkande, "
                "nej-röst för Kjell Aronssons yrkande.",
                "Omröstningsresultat: 7 ja, 2 nej. Tekniska nämnden har därmed bifallit ordförandens yrkande. "
                "Omröstningsprotokoll, se bilaga 1.",
            ]),
            ("Beslut", [
                "Tekniska nämnden föreslår kommunfullmäktige att anta taxa för upplåtelse av offentlig plats 2025.",
            ]),
            ("Reservation", [
                "Kjell Aronsson (SD) och Matilda Ek (SD) reserverar sig till förmån för eget yrkande, "
                "se skriftlig reservation, bilaga 2.",
            ]),
            ("Beslutet expedieras till", ["Kommunstyrelsen", "Polismyndigheten"]),
        ],
    ),
]


class BorasPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 11)
        self.cell(90, 5, "BORÅS STAD", new_x="RIGHT", new_y="TOP")
        self.cell(50, 5, "PROTOKOLL", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 9)
        self.cell(40, 5, f"Sida {self.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(90, 5, "Tekniska nämnden", new_x="RIGHT", new_y="TOP")
        self.cell(90, 5, "Sammanträdesdatum 2024-10-10", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("DejaVu", "", 8)
        self.cell(90, 5, "Justerandes signatur", border="T", new_x="RIGHT", new_y="TOP")
        self.cell(90, 5, "Utdragsbestyrkande", border="T", new_x="LMARGIN", new_y="NEXT")


def make_boras() -> None:
    pdf = BorasPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 10, 15, 14, 2, 0, tzinfo=dt.UTC))
    pdf.set_title("Protokoll Tekniska nämnden 2024-10-10")
    pdf.set_author("Borås Stad")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()

    def label(text: str) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    label("Plats och tid")
    pdf.cell(0, 5, "Sammanträdesrummet Kronan, Stadshuset, kl. 17.00–19.20", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("Närvarande ledamöter")
    for name, party, role in BORAS_LEDAMOTER:
        pdf.cell(55, 5, name, new_x="RIGHT", new_y="TOP")
        pdf.cell(15, 5, f"({party})", new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 5, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("Närvarande ersättare")
    for name, party, role in BORAS_ERSATTARE:
        pdf.cell(55, 5, name, new_x="RIGHT", new_y="TOP")
        pdf.cell(15, 5, f"({party})", new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 5, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("Övriga deltagare")
    for name, title in BORAS_OVRIGA:
        pdf.cell(55, 5, name, new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("Justerare")
    pdf.cell(0, 5, "Lena Åkesson (S)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("Justering")
    pdf.cell(0, 5, "Tekniska förvaltningen, 2024-10-15", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    label("Paragrafer")
    pdf.cell(0, 5, "§§ 134–136", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for role, name in (("Sekreterare", "Julia Berg"), ("Ordförande", "Ulf Brännström"), ("Justerare", "Lena Åkesson")):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(35, 5, role, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(80, 5, "", border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(53)
        pdf.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "ANSLAG", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, "Protokollet är justerat och tillkännagivet på Borås Stads digitala anslagstavla "
                   "2024-10-16. Sista dag för överklagande är 2024-11-06. Förvaringsplats: Tekniska "
                   "förvaltningen, Stadshuset.")

    for number, dnr, title, sections in BORAS_PARAGRAPHS:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(30, 6, number, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 6, title)
        pdf.ln(3)
        for heading, lines in sections:
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            for line in lines:
                pdf.multi_cell(0, 5, line)
                pdf.ln(1)
            pdf.ln(2)
    pdf.output(str(DOCS / "boras-tn-2024-10-10-protokoll.pdf"))


# ------------------------------------------------------------ Kävlinge, kultur- och fritidsnämnden (DOCX)


def save_docx(document, name: str, stamp: tuple[int, int, int, int, int, int], author: str) -> None:
    fixed = dt.datetime(*stamp)
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = name
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.namelist():
            info = zipfile.ZipInfo(item, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item))
    (DOCS / name).write_bytes(out.getvalue())


def make_kavlinge() -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    section = d.sections[0]
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.0)

    header = section.header
    table = header.add_table(rows=2, cols=3, width=Cm(16.5))
    cells = [
        ("KÄVLINGE KOMMUN", "PROTOKOLLSUTDRAG", "Sida 1(2)"),
        ("Kultur- och fritidsnämnden", "Sammanträdesdatum", "2024-09-18"),
    ]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    header.paragraphs[0].text = ""

    footer = section.footer
    footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    def para(text: str, bold: bool = False, style: str | None = None) -> None:
        p = d.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold

    para("KFN § 58\tDnr KFN 2024/45", bold=True)
    d.add_heading("Revidering av riktlinjer för föreningsbidrag", level=2)
    para("Ärendebeskrivning", bold=True)
    para("Nuvarande riktlinjer för föreningsbidrag antogs av kommunfullmäktige 2021-06-14, § 87, med "
         "delegation till kultur- och fritidsnämnden att besluta om tillämpningsregler. Förvaltningen har "
         "sett över riktlinjerna efter dialog med föreningsrådet och RF-SISU Skåne.")
    para("Förslaget innebär att aktivitetsstödet följer Riksidrottsförbundets definition av "
         "deltagartillfälle, att lokalbidraget höjs med 10 procent och att ansökan ska göras i e-tjänst. "
         "De reviderade riktlinjerna föreslås gälla från 2025-01-01. Ansökningar om bidrag för "
         "höstterminen ska ha kommit in senast 2024-10-15.")
    para("Barn- och utbildningsnämnden har i yttrande 2024-08-28 tillstyrkt förslaget när det gäller "
         "skolornas samarbete med föreningslivet.")
    para("Beslutsunderlag", bold=True)
    para("Tjänsteskrivelse från kultur- och fritidschefen, daterad 2024-08-22")
    para("Förslag till riktlinjer för föreningsbidrag, version 2024-08-22")
    para("Arbetsutskottets protokoll 2024-09-04, § 41")
    para("Yrkanden", bold=True)
    para("Ordföranden Annika Berglund (M) yrkar bifall till arbetsutskottets förslag.")
    para("Roger Mattsson (S) yrkar att lokalbidraget i stället höjs med 20 procent.")
    para("Tobias Kroon (SD) yrkar bifall till Annika Berglunds yrkande.")
    para("Propositionsordning", bold=True)
    para("Ordföranden ställer proposition på yrkandena och finner att kultur- och fritidsnämnden beslutar "
         "enligt Annika Berglunds yrkande.")
    para("Kultur- och fritidsnämndens beslut", bold=True)
    para("Kultur- och fritidsnämnden beslutar")
    para("att anta reviderade riktlinjer för föreningsbidrag enligt bilaga, att gälla från 2025-01-01,",
         style="List Bullet")
    para("att ge förvaltningen i uppdrag att informera föreningarna om de nya riktlinjerna.",
         style="List Bullet")
    para("Reservation", bold=True)
    para("Roger Mattsson (S) och Yvonne Hall (S) reserverar sig mot beslutet till förmån för Roger "
         "Mattssons yrkande.")
    para("Beslutet skickas till", bold=True)
    para("Kommunstyrelsen\nBarn- och utbildningsnämnden\nFöreningsrådet i Kävlinge kommun")
    d.add_paragraph()
    para("Justerare", bold=True)
    para("Tobias Kroon (SD)")
    para("Utdragsbestyrkande", bold=True)
    para("Rätt utdraget betygar: Emma Lindahl, nämndsekreterare, 2024-09-24")
    save_docx(d, "kavlinge-kfn-2024-09-18-protokollsutdrag.docx", (2024, 9, 24, 10, 15, 0), "Emma Lindahl")


if __name__ == "__main__":
    make_boras()
    make_kavlinge()
