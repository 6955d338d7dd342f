"""Generate the binary documents of tests/heldout128/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout128/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and fixed
ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in gold/ describe
the texts written here; change both together. Written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2025, 10, 2, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2026, 2, 11, 9, 0, 0)

# ---------------------------------------------------------------------------------------------------
# PDF: Brandkåren Attunda, direktionen 2025-09-25, full protocol with a two-column first page.
# ---------------------------------------------------------------------------------------------------

ATT_LEFT = [
    "#Beslutande ledamöter",
    "Kristoffer Alm (M), ordförande",
    "Sanna Bäck (S), vice ordförande",
    "Henrik Ståhl (M)",
    "Ulla Persson (S)",
    "Mattias Rönn (SD)",
    "Amra Begić (L)",
    "Anton Qvist (C), tjg ersättare för",
    "Jörgen Sved (C)",
]
ATT_RIGHT = [
    "#Ersättare",
    "Maja Lundin (M)",
    "Kenneth Falk (S)",
    "Ida Borg (V)",
    "",
    "#Övriga närvarande",
    "Tove Hallin, förbundsdirektör",
    "Niklas Orre, räddningschef",
    "Sara Lindh, nämndsekreterare",
]
SIGN_LEFT = ["Sekreterare", "", "………………………………………", "Sara Lindh"]
SIGN_RIGHT = ["Ordförande", "", "………………………………………", "Kristoffer Alm"]

ATT_BODY = """\
#§ 31 Delårsrapport januari–augusti 2025
Dnr BKA 2025/0145

#Beslut
Direktionen godkänner delårsrapporten och överlämnar den till medlemskommunernas fullmäktige och revisorer.

#Ärendet
Delårsrapporten är upprättad enligt 13 kap. 1 § lagen (2018:597) om kommunal bokföring och redovisning. \
Prognosen för helåret pekar mot ett överskott om 3,1 mnkr, främst beroende på vakanser under våren. \
Budgeten fastställdes av direktionen den 21 november 2024, § 48.
Förbundsdirektörens tjänsteskrivelse daterad 2025-09-08.

#Beslutet skickas till
Järfälla kommun, Sigtuna kommun, Sollentuna kommun, Upplands-Bro kommun, Upplands Väsby kommun

#§ 32 Budget 2026 med plan 2027–2028 och medlemsbidrag
Dnr BKA 2025/0151

#Beslut
1. Direktionen fastställer budget 2026 med plan för 2027–2028.
2. Direktionen föreslår medlemskommunerna att medlemsbidraget för 2026 räknas upp med 3,2 procent.

#Ärendet
Enligt 8 § förbundsordningen ska direktionen fastställa budgeten före utgången av oktober. \
Medlemskommunernas fullmäktige ska besluta om medlemsbidraget senast 2025-11-30. \
Förbundsdirektörens tjänsteskrivelse 2025-09-10.

#Yrkanden
Kristoffer Alm (M) yrkar bifall till förbundsdirektörens förslag.
Sanna Bäck (S) yrkar att medlemsbidraget räknas upp med 4,1 procent. Ulla Persson (S) biträder \
Sanna Bäcks yrkande.

#Omröstning
Omröstning begärs och genomförs. Ja = Kristoffer Alms yrkande, Nej = Sanna Bäcks yrkande.
Omröstningen utfaller med 4 ja, 2 nej och 1 avstår (Amra Begić, L). Direktionen har beslutat \
enligt Kristoffer Alms yrkande.

#Reservation
Sanna Bäck (S) och Ulla Persson (S) reserverar sig skriftligt, bilaga 2.

#Beslutet skickas till
Medlemskommunerna

#§ 33 Avtal om gränslös räddningstjänst med Storstockholms brandförsvar
Dnr BKA 2025/0098

#Beslut
1. Direktionen godkänner avtalet om gränslös räddningstjänst mellan Brandkåren Attunda och \
Storstockholms brandförsvar.
2. Paragrafen justeras omedelbart.

#Ärendet
Avtalet innebär att närmaste lämpliga resurs larmas oavsett förbundsgräns, i enlighet med \
2 kap. 2 § lagen (2003:778) om skydd mot olyckor. Larmhanteringen sköts av SOS Alarm Sverige AB. \
Avtalet gäller från 2026-01-01 och ersätter samverkansavtalet från 2016.
Tjänsteskrivelse från räddningschefen, 2025-09-04.

#Jäv
Henrik Ståhl (M) anmäler jäv enligt 6 kap. 28 § kommunallagen (2017:725) och deltar inte i handläggningen.

#Särskilt yttrande
Mattias Rönn (SD) anmäler ett särskilt yttrande enligt bilaga 3.

#Protokollsanteckning
Ersättaren Ida Borg (V) antecknar att kostnadsfördelningen bör följas upp efter ett år.

#Beslutet skickas till
Storstockholms brandförsvar

#§ 34 Redovisning av delegationsbeslut
Dnr BKA 2025/0012

#Beslut
Direktionen lägger redovisningen av delegationsbeslut till handlingarna.

#Ärendet
Redovisade beslut under perioden 2025-06-01–2025-08-31:
D 25-118 Tillstånd till hantering av brandfarlig vara, Rosersberg
D 25-121 Yttrande till Länsstyrelsen i Stockholms län över ansökan om tillstånd enligt lagen (2010:1011) \
om brandfarliga och explosiva varor
D 25-130 Anställning av stationschef, brandstationen i Kungsängen
"""

ATT_ANSLAG = """\
#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ: Direktionen, Brandkåren Attunda
Sammanträdesdatum: 2025-09-25
Anslaget sätts upp: 2025-10-02      Anslaget tas ned: 2025-10-24
Förvaringsplats för protokollet: Brandkåren Attundas kansli, Sollentuna
"""


class AttundaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(60, 5, "Brandkåren Attunda")
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="C")
        self.set_font("F", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(60, 5, "Direktionen")
        self.cell(70, 5, "Sammanträdesdatum 2025-09-25", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes sign")
        self.cell(0, 5, "Utdragsbestyrkande", align="R")


def _line(pdf: FPDF, line: str, width: float = 0) -> None:
    if line.startswith("#"):
        pdf.set_font("F", "B", 11)
        line = line[1:]
    else:
        pdf.set_font("F", "", 10)
    pdf.multi_cell(width, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")


def _columns(pdf: FPDF, left: list[str], right: list[str]) -> None:
    """Two columns side by side: each left line and right line share a baseline."""
    for i in range(max(len(left), len(right))):
        y = pdf.get_y()
        for x, col in ((20, left), (110, right)):
            text = col[i] if i < len(col) else ""
            bold = text.startswith("#")
            pdf.set_font("F", "B" if bold else "", 11 if bold else 10)
            pdf.set_xy(x, y)
            pdf.cell(85, 5.5, text[1:] if bold else text)
        pdf.set_xy(20, y + 5.5)


def make_pdf() -> None:
    pdf = AttundaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll direktionen 2025-09-25")
    pdf.set_author("Brandkåren Attunda")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    _line(pdf, "Plats och tid: Brandstationen i Sollentuna, kl. 15.00–17.05")
    pdf.ln(3)
    _columns(pdf, ATT_LEFT, ATT_RIGHT)
    pdf.ln(4)
    for line in ["Justerare: Ulla Persson (S)",
                 "Justeringens plats och tid: Brandkåren Attundas kansli, Sollentuna, 2025-10-01",
                 "Paragrafer: §§ 31–34", ""]:
        _line(pdf, line)
    _columns(pdf, SIGN_LEFT, SIGN_RIGHT)
    pdf.ln(3)
    _columns(pdf, ["Justerare", "", "………………………………………", "Ulla Persson"], [])
    pdf.ln(6)
    for line in ATT_ANSLAG.splitlines():
        _line(pdf, line)
    pdf.add_page()
    for line in ATT_BODY.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        _line(pdf, line)
    pdf.output(str(DOCS / "attunda-direktionen-2025-09-25-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------------
# DOCX: Storsthlm, styrelsen 2026-02-05, full protocol with the attendance in a Word table.
# ---------------------------------------------------------------------------------------------------

ST_HEAD = ["PROTOKOLL", "Storsthlm – Styrelsen", "Sammanträdesdatum: 2026-02-05",
           "Plats och tid: Storsthlms lokaler, Stockholm, kl. 08.30–10.15"]
ST_ATT = [
    ("Namn", "Parti", "Kommun", "Uppdrag"),
    ("Karin Ekberg", "M", "Danderyds kommun", "Ordförande"),
    ("Tobias Nyman", "S", "Botkyrka kommun", "1:e vice ordförande"),
    ("Lena Rask", "M", "Nacka kommun", "Ledamot"),
    ("Ahmed Osman", "S", "Järfälla kommun", "Ledamot, justerare"),
    ("Cecilia Hjort", "L", "Lidingö stad", "Ledamot"),
    ("Pontus Ek", "C", "Vaxholms stad", "Ledamot, §§ 5–6"),
    ("Mirja Salo", "V", "Stockholms stad", "Tjänstgörande ersättare för Olle Lind (V)"),
    ("Erik Tham", "KD", "Täby kommun", "Ledamot"),
    ("Hanna Nord", "SD", "Södertälje kommun", "Ersättare"),
    ("Jonas Kvist", "S", "Huddinge kommun", "Ersättare"),
]
ST_STAFF = [
    ("Övriga närvarande", ""),
    ("Ulrika Falk", "förbundsdirektör"),
    ("Marcus Ring", "chefsjurist"),
    ("Emma Sandahl", "nämndsekreterare"),
]
# "#" bold heading, "*" Word numbered list item (number not in the text).
ST_BODY = [
    "Paragrafer: §§ 5–7",
    "#§ 5 Överenskommelse om ungdomsmottagningar i Stockholms län 2026–2029",
    "Dnr STH 2025/0288",
    "#Styrelsens beslut",
    "Styrelsen beslutar",
    "*att godkänna överenskommelsen mellan Region Stockholm och Storsthlm om ungdomsmottagningar i "
    "Stockholms län 2026–2029,",
    "*att rekommendera medlemskommunerna att ansluta sig till överenskommelsen,",
    "*att ge förbundsdirektören i uppdrag att underteckna överenskommelsen.",
    "#Beskrivning av ärendet",
    "Överenskommelsen tecknas av Region Stockholm och Storsthlm, som företräder länets 26 kommuner. "
    "Hälso- och sjukvårdsnämnden i Region Stockholm godkände överenskommelsen 2025-12-09, § 211. "
    "Kommunernas andel av kostnaden fördelas efter antal invånare 13–25 år.",
    "Tjänsteskrivelse 2026-01-20.",
    "#Yrkande",
    "Lena Rask (M) yrkar bifall till kansliets förslag.",
    "#Beslutet skickas till",
    "Region Stockholm",
    "Medlemskommunerna",
    "#§ 6 Remissvar – Regional utvecklingsplan för Stockholmsregionen, RUFS 2050, aktualitetsprövning",
    "Dnr STH 2025/0311",
    "#Styrelsens beslut",
    "Styrelsen antar kansliets förslag till yttrande och skickar det till Region Stockholm.",
    "#Beskrivning av ärendet",
    "Region Stockholm har skickat aktualitetsprövningen av RUFS 2050 på remiss till Storsthlm med svar "
    "senast 2026-03-13 (Region Stockholms dnr TRN 2025-0874). Nuvarande plan antogs 2018. "
    "Tjänsteskrivelse 2026-01-22.",
    "#Yrkanden",
    "Karin Ekberg (M) yrkar bifall till kansliets förslag.",
    "Tobias Nyman (S) yrkar att yttrandet kompletteras med skrivningar om bostadsförsörjning och "
    "kollektivtrafik. Ahmed Osman (S) och Mirja Salo (V) instämmer i Tobias Nymans yrkande.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att styrelsen bifaller Karin Ekbergs yrkande. "
    "Votering begärs.",
    "Omröstningsresultat: 5 ja (Ekberg, Rask, Hjort, Ek, Tham), 3 nej (Nyman, Osman, Salo). Ingen avstår.",
    "#Reservation",
    "Tobias Nyman (S) m.fl. reserverar sig mot beslutet.",
    "#Särskilt yttrande",
    "Mirja Salo (V) lämnar ett särskilt yttrande, bilaga 1.",
    "#Ersättaryttrande",
    "Ersättaren Hanna Nord (SD) lämnar ett yttrande, bilaga 2.",
    "Pontus Ek (C) lämnar sammanträdet efter § 6.",
    "#Beslutet skickas till",
    "Region Stockholm",
    "#§ 7 Medlemsavgift 2027",
    "Dnr STH 2026/0014",
    "#Styrelsens beslut",
    "Styrelsen föreslår förbundsmötet att fastställa medlemsavgiften för 2027 till 6,20 kronor per invånare "
    "i respektive medlemskommun.",
    "#Beskrivning av ärendet",
    "Förbundsmötet fastställde avgiften för 2026 den 22 maj 2025, § 9. Förslaget bygger på Sveriges Kommuner "
    "och Regioner (SKR) prognos för skatteunderlaget från december 2025. Tjänsteskrivelse 2026-01-26.",
    "#Beslutet skickas till",
    "Förbundsmötet",
    "#Underskrifter",
    "Karin Ekberg, ordförande",
    "Ahmed Osman, justerare",
    "Emma Sandahl, sekreterare",
    "Justerat 2026-02-11. Anslaget på Storsthlms webbplats 2026-02-12–2026-03-06.",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Storsthlm"
    cp.title = "Protokoll styrelsen 2026-02-05"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Storsthlm"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Storsthlm | Styrelsen | Protokoll 2026-02-05"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ________   Utdragsbestyrkande ________"
    for line in ST_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in ST_ATT:
        cells = table.add_row().cells
        for c, v in zip(cells, row, strict=False):
            c.text = v
    d.add_paragraph()
    staff = d.add_table(rows=0, cols=2)
    for row in ST_STAFF:
        cells = staff.add_row().cells
        for c, v in zip(cells, row, strict=False):
            c.text = v
    for line in ST_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 11, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "storsthlm-styrelsen-2026-02-05-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
