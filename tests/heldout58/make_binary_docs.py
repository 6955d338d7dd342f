"""Build the PDF and DOCX documents of held-out set 58 deterministically.

    .venv/bin/python tests/heldout58/make_binary_docs.py

Writes docs/sodertorn-brandforsvar-direktionen-2024-04-25-protokoll.pdf (fpdf2, DejaVu Sans) and
docs/overformyndarnamnden-mitt-2024-05-16-protokoll.docx (python-docx). The output is deterministic:
fixed PDF metadata and creation date, fixed DOCX core properties and fixed ZIP timestamps, so two runs
give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2024, 5, 2, 9, 30, 0, tzinfo=dt.UTC)

PDF_NAME = "sodertorn-brandforsvar-direktionen-2024-04-25-protokoll.pdf"
DOCX_NAME = "overformyndarnamnden-mitt-2024-05-16-protokoll.docx"

# --- PDF: Södertörns brandförsvarsförbund, Direktionen ---------------------------------------------

ATTENDANCE = [
    ("Botkyrka kommun", [("Ledamot", "Emil Fors (S), 2:e vice ordförande"), ("Ersättare", "Nina Sandell (M)")]),
    ("Haninge kommun", [("Ledamot", "Kerstin Malm (M), ordförande"), ("Ersättare", "Tobias Wern (S)")]),
    ("Huddinge kommun", [("Ledamot", "Ulf Berggren (M), 1:e vice ordförande"), ("Ersättare", "Sara Nyqvist (S)")]),
    ("Nynäshamns kommun", [("Ledamot", "Lennart Hall (SD)")]),
    ("Salems kommun", [("Ledamot", "Maria Gran (M) – frånvarande"), ("Ersättare", "Johan Tell (L), tjänstgör")]),
    ("Södertälje kommun", [("Ledamot", "Amina Yusuf (S)")]),
    ("Tyresö kommun", [("Ledamot", "Per Ståhl (M)")]),
    ("Nykvarns kommun", [("Ledamot", "Ida Berg (KD)")]),
]

PARAGRAPHS = [
    (
        None,
        "18",
        "Val av justerare",
        ["Direktionen utser Emil Fors (S) att jämte ordföranden justera dagens protokoll."],
    ),
    (
        "SBFF 2024.031",
        "19",
        "Medlemsbidrag 2025 och fördelning mellan medlemskommunerna",
        [
            "## Ärendet",
            "Förbundets verksamhet finansieras huvudsakligen med bidrag från de åtta medlemskommunerna. "
            "Budgetunderlaget skickades till medlemmarna 2024-03-15 och behandlades vid ägarsamrådet "
            "2024-04-05. Enligt förbundsordningen 9 § fördelas bidraget efter invånarantal den 1 november "
            "året före budgetåret. Beslutet blir bindande först när samtliga medlemskommuners fullmäktige "
            "har fattat likalydande beslut.",
            "## Beslutsunderlag",
            "Förvaltningens tjänsteskrivelse 2024-04-08",
            "Fördelning av medlemsbidrag 2025 per medlemskommun, bilaga 1",
            "## Yrkanden",
            "Kerstin Malm (M) yrkar bifall till förvaltningens förslag.",
            "Amina Yusuf (S) yrkar att medlemsbidraget räknas upp med ytterligare 6,0 mnkr för "
            "rekrytering av deltidsbrandmän.",
            "## Beslutsgång",
            "Ordföranden ställer förvaltningens förslag mot Amina Yusufs yrkande och finner att direktionen "
            "bifallit förvaltningens förslag. Omröstning begärs och genomförs.",
            "Ja-röster: 5      Nej-röster: 3      Avstår: –",
            "Den som bifaller förvaltningens förslag röstar ja. Direktionen har därmed bifallit "
            "förvaltningens förslag.",
            "## Direktionens beslut",
            "Direktionen föreslår medlemskommunernas fullmäktige",
            "1. att fastställa medlemsbidraget för 2025 till totalt 412,6 mnkr,",
            "2. att fördela medlemsbidraget mellan medlemskommunerna enligt bilaga 1.",
            "Direktionen beslutar för egen del",
            "3. att uppdra åt förbundsdirektören att redovisa utfallet till ägarsamrådet hösten 2024.",
            "## Reservation",
            "Emil Fors (S) och Amina Yusuf (S) reserverar sig till förmån för Amina Yusufs yrkande.",
            "Expedieras: Samtliga medlemskommuner",
        ],
    ),
    (
        "SBFF 2024.044",
        "20",
        "Hyresavtal för Tullinge brandstation med Botkyrka kommun",
        [
            "## Ärendet",
            "Botkyrka kommun äger fastigheten där Tullinge brandstation ligger. Det nuvarande hyresavtalet "
            "löper ut 2024-12-31. Förslaget till nytt avtal gäller i tio år från 2025-01-01 med en årshyra "
            "om 3,2 mnkr. Hyran räknas om enligt konsumentprisindex (KPI) med oktober 2024 som basmånad.",
            "## Beslutsunderlag",
            "Förvaltningens tjänsteskrivelse 2024-04-02",
            "Förslag till Hyresavtal för Tullinge brandstation mellan Södertörns brandförsvarsförbund "
            "och Botkyrka kommun",
            "## Direktionens beslut",
            "1. Direktionen godkänner hyresavtalet med Botkyrka kommun.",
            "2. Förbundsdirektören får i uppdrag att underteckna avtalet.",
            "## Protokollsanteckning",
            "Emil Fors (S) antecknar att han som ledamot utsedd av Botkyrka kommun inte har deltagit i "
            "handläggningen av ärendet.",
        ],
    ),
    (
        "SBFF 2024.052",
        "21",
        "Yttrande över samrådsförslag till översiktsplan för Huddinge kommun",
        [
            "## Ärendet",
            "Huddinge kommun har remitterat samrådsförslaget till ny översiktsplan, Huddinges dnr "
            "KS-2023/1822, till förbundet. Samrådstiden pågår till och med 2024-05-31. Länsstyrelsen i "
            "Stockholms län yttrar sig separat enligt 3 kap. 10 § plan- och bygglagen (2010:900). "
            "Förvaltningen lyfter insatstider i de nya stadsutvecklingsområdena och behovet av "
            "brandvattenförsörjning.",
            "## Beslutsunderlag",
            "Förvaltningens tjänsteskrivelse 2024-04-11",
            "Förslag till yttrande 2024-04-11",
            "## Direktionens beslut",
            "Direktionen antar förvaltningens förslag till yttrande som sitt eget och överlämnar det till "
            "Huddinge kommun. Paragrafen justeras omedelbart.",
        ],
    ),
    (
        "SBFF 2024.058",
        "22",
        "Förslag till ny förbundsordning – remiss till medlemskommunerna",
        [
            "## Ärendet",
            "Förbundsordningen från 2016 behöver anpassas till kommunallagen (2017:725) och till lagen "
            "(2003:778) om skydd mot olyckor i dess lydelse från 2021. Förslaget skickas nu på remiss till "
            "samtliga medlemskommuner innan direktionen lämnar ett slutligt förslag.",
            "## Direktionens beslut",
            "Direktionen remitterar förslaget till ny förbundsordning till medlemskommunerna med svar "
            "senast 2024-09-30.",
            "## Särskilt yttrande",
            "Per Ståhl (M) m.fl. lämnar ett särskilt yttrande om att rösträtten i direktionen bör "
            "viktas efter medlemsbidrag.",
            "## Ersättaryttrande",
            "Ersättaren Nina Sandell (M) instämmer i Per Ståhls särskilda yttrande.",
        ],
    ),
]


class MinutesPdf(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(100, 5, "SÖDERTÖRNS BRANDFÖRSVARSFÖRBUND")
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, f"PROTOKOLL  {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(100, 5, "Direktionen")
        self.cell(0, 5, "Sammanträdesdatum 2024-04-25", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(90, 5, "Justerandes signatur ............")
        self.cell(0, 5, "Utdragsbestyrkande ............", align="R")


def make_pdf() -> None:
    pdf = MinutesPdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Protokoll direktionen 2024-04-25")
    pdf.set_author("Södertörns brandförsvarsförbund")
    pdf.set_creator("heldout58")
    pdf.set_producer("heldout58")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    w = pdf.epw
    pdf.multi_cell(w, 5, "Plats och tid: Förbundets kansli, Dalgatan 30, Huddinge, kl. 13.00–15.40")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Beslutande och närvarande ersättare, per medlemskommun", new_x="LMARGIN", new_y="NEXT")
    for kommun, rows in ATTENDANCE:
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, kommun, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        for label, person in rows:
            pdf.cell(12)
            pdf.cell(28, 5, label)
            pdf.cell(0, 5, person, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Övriga närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in ("Magnus Hjort, förbundsdirektör", "Anna Wiik, administrativ chef, sekreterare"):
        pdf.cell(12)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(w, 5, "Justerare: Emil Fors (S)\nJustering: 2024-04-30, förbundets kansli\nParagrafer: 18–22")
    pdf.ln(3)
    y = pdf.get_y()
    for x, (role, name) in zip(
        (10, 75, 140),
        (("Sekreterare", "Anna Wiik"), ("Ordförande", "Kerstin Malm"), ("Justerare", "Emil Fors")),
        strict=True,
    ):
        pdf.set_xy(x, y)
        pdf.multi_cell(60, 5, f"{role}\n\n.........................\n{name}")
    pdf.set_y(y + 26)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        w,
        4,
        "ANSLAG/BEVIS  Protokollet är justerat och anslaget på förbundets anslagstavla "
        "2024-05-02 – 2024-05-24. Förvaringsplats: förbundets kansli.",
    )
    for dnr, num, title, body in PARAGRAPHS:
        pdf.ln(5)
        if dnr:
            pdf.set_font("DejaVu", "", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 4, dnr, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(w, 6, f"§ {num}  {title}")
        pdf.ln(1)
        for line in body:
            if line.startswith("## "):
                pdf.ln(1)
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(w, 5, line[3:])
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(w, 5, line)
    pdf.output(str(DOCS / PDF_NAME))


# --- DOCX: Överförmyndarnämnden Mitt (gemensam nämnd, värdkommun Sundsvall) ------------------------

MEMBERS = [
    ("Åsa Lindberg", "S", "Sundsvalls kommun", "Ordförande"),
    ("Roger Hedin", "M", "Timrå kommun", "Vice ordförande"),
    ("Kristina Öberg", "C", "Sundsvalls kommun", "Ledamot"),
    ("Dragan Petrović", "SD", "Sundsvalls kommun", "Ledamot"),
    ("Ulla Sandström", "S", "Ånge kommun", "Tjänstgörande ersättare för Björn Eklund (V)"),
    ("Malin Westberg", "L", "Timrå kommun", "Ersättare"),
]

DOCX_PARAS = [
    (
        "31",
        "Revidering av samverkansavtal om gemensam överförmyndarnämnd",
        "ÖFN 2024-00031",
        [
            ("h", "Sammanfattning"),
            (
                "p",
                "Sundsvalls kommun, Timrå kommun och Ånge kommun har sedan 2019-01-01 en gemensam "
                "överförmyndarnämnd enligt 9 kap. 19 § kommunallagen (2017:725). Nämnden ingår i Sundsvalls "
                "kommuns organisation. Samverkansavtalet ska enligt sin 12 § ses över varje mandatperiod. "
                "Förslaget ändrar kostnadsfördelningen så att den följer antalet ärenden per kommun.",
            ),
            (
                "p",
                "Beslutsunderlag: Tjänsteskrivelse 2024-04-29; Förslag till reviderat Samverkansavtal om "
                "gemensam överförmyndarnämnd; Protokoll från samverkansgruppen 2024-03-20.",
            ),
            ("h", "Yrkande"),
            ("p", "Kristina Öberg (C) yrkar bifall till förvaltningens förslag."),
            ("h", "Beslut"),
            ("p", "Överförmyndarnämnden föreslår kommunfullmäktige i Sundsvalls kommun, Timrå kommun och Ånge kommun"),
            ("n", "att godkänna det reviderade samverkansavtalet att gälla från och med 2025-01-01,"),
            ("n", "att kostnaderna för nämnden fördelas mellan kommunerna enligt avtalets bilaga 2."),
            (
                "p",
                "Skickas till: Kommunstyrelsen i Timrå kommun, Kommunstyrelsen i Ånge kommun, "
                "Kommunstyrelsen i Sundsvalls kommun",
            ),
        ],
    ),
    (
        "32",
        "Yttrande över Länsstyrelsen Västernorrlands remiss om regional tillsynsplan för överförmyndare 2025",
        "ÖFN 2024-00027",
        [
            ("h", "Sammanfattning"),
            (
                "p",
                "Länsstyrelsen Västernorrland har remitterat ett förslag till regional tillsynsplan för "
                "överförmyndare 2025 (Länsstyrelsens dnr 203-2291-2024) med svar senast 2024-06-14. Förvaltningen "
                "har i tjänsteskrivelse 2024-05-02 tagit fram ett förslag till yttrande.",
            ),
            ("h", "Yrkanden"),
            ("p", "Åsa Lindberg (S) yrkar bifall till förvaltningens förslag."),
            (
                "p",
                "Roger Hedin (M) yrkar att yttrandet kompletteras med ett krav på gemensamma "
                "handläggningstider för alla tre kommunerna.",
            ),
            ("h", "Beslutsgång"),
            (
                "p",
                "Omröstning begärs och verkställs. Med 3 röster för ordförandens förslag mot 2 för Roger "
                "Hedins förslag beslutar nämnden enligt ordförandens förslag. Ingen avstod.",
            ),
            ("h", "Beslut"),
            (
                "n",
                "Överförmyndarnämnden antar förvaltningens förslag till yttrande och överlämnar det till "
                "Länsstyrelsen Västernorrland.",
            ),
            ("h", "Reservation"),
            ("p", "Roger Hedin (M) och Kristina Öberg (C) reserverar sig till förmån för Roger Hedins yrkande."),
            ("h", "Ersättaryttrande"),
            (
                "p",
                "Malin Westberg (L) lämnar ett ersättaryttrande om att Timrå kommuns synpunkter på "
                "handläggningstider bör framgå av yttrandet.",
            ),
        ],
    ),
    (
        "33",
        "Anmälan av delegationsbeslut",
        "ÖFN 2024-00002",
        [
            (
                "p",
                "Förteckning över delegationsbeslut fattade med stöd av 11 kap. 4 § och 14 kap. 15 § "
                "föräldrabalken under perioden 2024-03-01–2024-04-30.",
            ),
            ("h", "Beslut"),
            ("n", "Redovisningen av delegationsbeslut läggs till handlingarna."),
        ],
    ),
]


def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Överförmyndarnämnden Mitt"
    cp.last_modified_by = "heldout58"
    cp.title = "Protokoll 2024-05-16"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    head = d.sections[0].header.paragraphs[0]
    head.text = "Sundsvalls kommun\tÖverförmyndarnämnden Mitt\tPROTOKOLL 2024-05-16"
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = "Justerandes signatur: ________    Utdragsbestyrkande: ________"
    d.add_heading("Överförmyndarnämnden Mitt", level=1)
    d.add_paragraph(
        "Gemensam överförmyndarnämnd för Sundsvalls, Timrå och Ånge kommuner. Värdkommun: Sundsvalls kommun. "
        "Ledamöter och ersättare är valda av fullmäktige i den kommun som anges."
    )
    d.add_paragraph("Sammanträdesdatum: 2024-05-16, kl. 13.15–15.00, Stadshuset, Sundsvall")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Namn", "Parti", "Utsedd av", "Funktion"), strict=True):
        cell.text = text
    for row in MEMBERS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("")
    d.add_paragraph("Tjänstemän: Sofie Norberg, enhetschef överförmyndarenheten; Karl Jonsson, nämndsekreterare")
    d.add_paragraph("Justerare: Roger Hedin\nJusteringens tid och plats: 2024-05-21, Stadshuset")
    sig = d.add_table(rows=2, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Karl Jonsson", "Åsa Lindberg", "Roger Hedin"), strict=True):
        cell.text = f"……………………………\n{text}"
    d.add_paragraph("Paragrafer: §§ 31–33")
    for num, title, dnr, parts in DOCX_PARAS:
        d.add_page_break()
        h = d.add_heading(f"§ {num}\t{title}", level=2)
        h.alignment = WD_ALIGN_PARAGRAPH.LEFT
        d.add_paragraph(f"Ärende: {dnr}")
        for kind, text in parts:
            if kind == "h":
                d.add_heading(text, level=3)
            elif kind == "n":
                d.add_paragraph(text, style="List Number")
            else:
                d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / DOCX_NAME).write_bytes(_fixed_zip(buf.getvalue()))


if __name__ == "__main__":
    make_pdf()
    make_docx()
