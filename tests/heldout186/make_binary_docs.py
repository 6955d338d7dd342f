# ruff: noqa: E501
"""Generate the binary documents of tests/heldout186/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout186/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 5, 20, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 4, 9, 15, 0)

# ---------------------------------------------------------------- Örkelljunga, PDF

ORK_HEAD = [
    "#Örkelljunga kommun",
    "#Kommunstyrelsen – Sammanträdesprotokoll",
    "Sammanträdesdatum: 2025-05-13",
    "Plats och tid: Kommunhuset, sammanträdesrum Rönnen, kl. 09.00–11.40",
    "",
]

# The attendance table is drawn column by column: first all names (with group headings),
# then all parties, then all notes. Text extraction therefore gives the names first.
ORK_ATT = [
    ("#Ledamöter", "", ""),
    ("Håkan Bergström", "(M)", "ordförande"),
    ("Lotta Nordin", "(KD)", "1:e vice ordförande"),
    ("Per-Olof Ahlgren", "(S)", "2:e vice ordförande"),
    ("Jessica Wahlberg", "(SD)", ""),
    ("Bertil Fransson", "(M)", ""),
    ("Nadia Rahimi", "(S)", ""),
    ("Magnus Friberg", "(C)", ""),
    ("Göran Lund", "(SD)", ""),
    ("#Tjänstgörande ersättare", "", ""),
    ("Ingrid Månsson", "(SD)", "ersätter Anders Öhrn (SD)"),
    ("#Ersättare", "", ""),
    ("Kjell Tornberg", "(KD)", ""),
    ("Emma Lilja", "(S)", ""),
    ("#Övriga närvarande", "", ""),
    ("Mats Hedin", "", "kommundirektör"),
    ("Sofia Brandt", "", "kommunsekreterare"),
]

ORK_SIGN = [
    "",
    "Justerare: Per-Olof Ahlgren",
    "Justeringens plats och tid: Kommunhuset 2025-05-19",
    "Paragrafer: §§ 78–81",
    "",
    "Underskrifter",
    "Sekreterare ..................................  Sofia Brandt",
    "Ordförande ..................................  Håkan Bergström",
    "Justerare ..................................  Per-Olof Ahlgren",
    "",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens digitala anslagstavla.",
    "Organ: Kommunstyrelsen   Sammanträdesdatum: 2025-05-13",
    "Anslaget sätts upp: 2025-05-20   Anslaget tas ned: 2025-06-11",
    "Förvaringsplats för protokollet: Kommunkansliet, Örkelljunga",
]

ORK_BODY = """\
=
#§ 78   Anmälan av delegationsbeslut
Dnr KS 2025/9
Redovisning av beslut fattade med stöd av delegation under perioden 2025-03-01–2025-04-30, bland annat tilldelningsbeslut i upphandlingen av skolskjuts och yttranden till Polismyndigheten enligt 2 kap. 3 § ordningslagen (1993:1617).
#Kommunstyrelsens beslut
Kommunstyrelsen lägger redovisningen till handlingarna.

#§ 79   Avsiktsförklaring med Trafikverket om gång- och cykelväg längs väg 1730 i Skånes Fagerhult
Dnr KS 2024/287
#Ärendebeskrivning
Trafikverket och kommunen har sedan 2023 diskuterat en gång- och cykelväg mellan Skånes Fagerhult och Hjälmsjö. Avsiktsförklaringen anger att Trafikverket bygger vägen 2027 och att kommunen bidrar med 40 procent av kostnaden, högst 6,5 miljoner kronor. Region Skåne har i den regionala infrastrukturplanen avsatt medel för cykelvägar längs statliga vägar. Samhällsbyggnadsutskottet behandlade ärendet 2025-04-22, § 31.
#Beslutsunderlag
Tjänsteskrivelse från samhällsbyggnadschefen, 2025-04-08
Förslag till avsiktsförklaring, daterat 2025-03-27
#Yrkanden
Lotta Nordin (KD) yrkar bifall till samhällsbyggnadsutskottets förslag.
#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner avsiktsförklaringen mellan Örkelljunga kommun och Trafikverket.
2. Kommundirektören får i uppdrag att underteckna avsiktsförklaringen.
3. Medfinansieringen hanteras i budgetarbetet för 2026–2028.
#Beslutet skickas till
Trafikverket
Samhällsbyggnadsutskottet
=
#§ 80   Motion om avgiftsfria sommarlovsaktiviteter för barn och unga
Dnr KS 2024/198
#Ärendebeskrivning
Nadia Rahimi (S) har i en motion daterad 2024-05-06 föreslagit att kommunen erbjuder avgiftsfria sommarlovsaktiviteter för alla barn i åldern 6–15 år. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2024-06-17, § 54. Statens stöd till sommarlovsaktiviteter via Socialstyrelsen upphörde 2023. Kultur- och fritidsutskottet har yttrat sig 2025-02-11.
#Beslutsunderlag
Tjänsteskrivelse 2025-04-14
#Yrkanden
Håkan Bergström (M) yrkar att motionen ska avslås.
Nadia Rahimi (S) och Magnus Friberg (C) yrkar bifall till motionen.
#Beslutsgång
Ordföranden ställer avslagsyrkandet mot bifallsyrkandet och finner att kommunstyrelsen beslutar enligt avslagsyrkandet. Votering begärs. Ja-röst för avslag, nej-röst för bifall till motionen.
Med sex röster mot tre beslutar kommunstyrelsen enligt Håkan Bergströms yrkande.
#Kommunstyrelsens förslag till kommunfullmäktige
Motionen avslås.
#Reservationer
Mot beslutet reserverar sig Nadia Rahimi (S) och Magnus Friberg (C).
#Ersättaryttrande
Emma Lilja (S) får till protokollet anteckna ett ersättaryttrande: Barnen i Örkelljunga ska inte behöva avstå från sommarlovsaktiviteter på grund av föräldrarnas ekonomi.
#Beslutet skickas till
Kommunfullmäktige

#§ 81   Yttrande över samrådshandling – Översiktsplan för Hässleholms kommun
Dnr KS 2025/102
#Ärendebeskrivning
Hässleholms kommun har skickat sin nya översiktsplan på samråd till grannkommunerna, med svar senast 2025-05-30 (Hässleholms dnr KS 2023/1045). Örkelljunga kommun berörs främst av planerna för vindkraft och för Skåneleden i gränsområdet. Länsstyrelsen i Skåne län samordnar statens synpunkter.
#Beslutsunderlag
Tjänsteskrivelse 2025-04-29
#Kommunstyrelsens beslut
Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till Hässleholms kommun.
#Justering
Paragrafen justeras omedelbart.
#Beslutet skickas till
Hässleholms kommun
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen protokoll 2025-05-13")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pages = {"n": 0}

    def header() -> None:
        pages["n"] += 1
        pdf.set_font("F", "", 8)
        pdf.set_xy(10, 8)
        pdf.cell(0, 4, f"ÖRKELLJUNGA KOMMUN   Kommunstyrelsen   2025-05-13   Sida {pages['n']} av 3",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(False)
        pdf.set_xy(10, 284)
        pdf.cell(0, 4, "Justerandes sign ........    Utdragsbestyrkande ........")
        pdf.set_auto_page_break(True, margin=22)
        pdf.set_xy(10, 18)

    def lines(text_lines) -> None:
        for line in text_lines:
            if line == "=":
                pdf.add_page()
                header()
                continue
            if line.startswith("#"):
                pdf.set_font("F", "B", 11)
                line = line[1:]
            else:
                pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    header()
    lines(ORK_HEAD)
    top = pdf.get_y()
    row_h = 5.5
    for col, x, w in ((0, 10, 60), (1, 72, 18), (2, 92, 90)):
        for i, row in enumerate(ORK_ATT):
            text = row[col]
            bold = text.startswith("#")
            pdf.set_font("F", "B" if bold else "", 10)
            pdf.set_xy(x, top + i * row_h)
            pdf.cell(w, row_h, text[1:] if bold else text)
    pdf.set_xy(10, top + len(ORK_ATT) * row_h)
    lines(ORK_SIGN)
    lines(ORK_BODY.splitlines())
    pdf.output(str(DOCS / "orkelljunga-ks-2025-05-13-protokoll.pdf"))


# ---------------------------------------------------------------- Hylte, DOCX

HYL_HEAD = [
    ("Organ", "Kommunfullmäktige"),
    ("Sammanträdesdag", "2024-10-28"),
    ("Plats", "Kommunfullmäktigesalen, Kommunhuset i Hyltebruk"),
    ("Ordförande", "Lars Ekstrand (C)"),
    ("1:e vice ordförande", "Helen Stråhle (S)"),
    ("2:e vice ordförande", "Bo Viklund (M)"),
    ("Övriga beslutande", "Se närvaro- och omröstningslista, bilaga A"),
    ("Justerare", "Anna-Karin Holm (S) och Dennis Carlberg (SD)"),
    ("Paragrafer", "§§ 96–97"),
]

# (style, text): "H" bold heading, "N" numbered list item (Word numbering), "" plain paragraph
HYL_BODY = [
    ("H", "§ 96\tTaxa för prövning och tillsyn inom miljöbalkens område från 2025"),
    ("", "Dnr KS 2024/312"),
    ("H", "Sammanfattning"),
    ("", "Miljö- och byggnadsnämnden föreslår i beslut 2024-08-29, § 102, att timavgiften höjs från 1 240 till "
         "1 390 kronor. Taxan bygger på Sveriges Kommuner och Regioners underlag och på 27 kap. 1 § miljöbalken. "
         "Kommunstyrelsen behandlade ärendet 2024-10-08, § 187. Taxan ska gälla från 2025-01-01."),
    ("H", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse från miljö- och byggförvaltningen, 2024-08-14"),
    ("", "Miljö- och byggnadsnämndens protokoll 2024-08-29, § 102"),
    ("H", "Yrkanden"),
    ("", "Helen Stråhle (S) yrkar bifall till kommunstyrelsens förslag."),
    ("", "Dennis Carlberg (SD) yrkar att timavgiften ska vara oförändrad 2025."),
    ("H", "Beslutsgång"),
    ("", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller kommunstyrelsens "
         "förslag. Omröstning begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för Dennis Carlbergs yrkande. "
         "Omröstningen utfaller med 19 ja-röster och 11 nej-röster. En ledamot avstår. Fullmäktige har "
         "därmed bifallit kommunstyrelsens förslag."),
    ("H", "Kommunfullmäktiges beslut"),
    ("N", "Taxa för prövning och tillsyn inom miljöbalkens område antas enligt bilaga 3."),
    ("N", "Taxan gäller från och med den 1 januari 2025, då nuvarande taxa upphör att gälla."),
    ("H", "Reservation"),
    ("", "Dennis Carlberg (SD) m.fl. reserverar sig mot beslutet till förmån för eget yrkande."),
    ("H", "Beslutet skickas till"),
    ("", "Miljö- och byggnadsnämnden"),
    ("", ""),
    ("H", "§ 97\tAvtal om samverkan inom upphandling mellan Hylte kommun och Halmstads kommun"),
    ("", "Dnr KS 2024/356"),
    ("H", "Sammanfattning"),
    ("", "Hylte kommun har sedan 2019 köpt upphandlingstjänster av Halmstads kommun. Det nya avtalet gäller "
         "2025-01-01–2028-12-31 och omfattar även Hylte kommuns helägda bolag Hyltebostäder AB. Ärendet har "
         "beretts av kommunstyrelsen 2024-10-08, § 190."),
    ("H", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2024-09-20"),
    ("H", "Yrkanden"),
    ("", "Kommunstyrelsens ordförande Kerstin Bäckman (C) yrkar bifall till kommunstyrelsens förslag."),
    ("H", "Kommunfullmäktiges beslut"),
    ("", "Kommunfullmäktige godkänner avtalet om samverkan inom upphandling med Halmstads kommun."),
    ("H", "Beslutet skickas till"),
    ("", "Halmstads kommun"),
    ("", "Hyltebostäder AB"),
    ("", ""),
    ("", "Vid protokollet: Amanda Rydén, nämndsekreterare"),
    ("", "Ordförande: Lars Ekstrand"),
    ("", "Justerare: Anna-Karin Holm, Dennis Carlberg"),
    ("", "Protokollet justerades 2024-11-04. Rätt utdraget betygar: Amanda Rydén"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokollsutdrag kommunfullmäktige 2024-10-28"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "HYLTE KOMMUN\tProtokollsutdrag\tKommunfullmäktige 2024-10-28"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\tUtdragsbestyrkande"
    d.add_paragraph().add_run("HYLTE KOMMUN – PROTOKOLLSUTDRAG").bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in HYL_HEAD:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("")
    for style, text in HYL_BODY:
        if style == "H":
            d.add_paragraph().add_run(text).bold = True
        elif style == "N":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 4, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hylte-kf-2024-10-28-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
