"""Build the binary documents of held-out set 89 (one PDF, one DOCX) deterministically.

Run from the repository root: ``.venv/bin/python tests/heldout89/make_binary_docs.py``.
Fixed PDF metadata and creation date, fixed DOCX core properties and ZIP timestamps: two runs give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 12, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 25, 8, 0, 0)

# PDF: Eskilstuna kommun, Kommunfullmäktige 2024-12-12, full protocol, §§ 210-211.
# First page: label column; attendance by exception; § number left, case number right on the same line.
PDF_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Fullmäktigesalen, Stadshuset i Eskilstuna, kl. 15.00–19.25"),
    ("Ordförande", "Karin Ström (S)"),
    ("1:e vice ordförande", "Gunnar Ekdahl (M)"),
    ("2:e vice ordförande", "Lisa Tovsten (C)"),
    ("Beslutande", "Samtliga 65 ledamöter med undantag för Anders Bergh (M) och Sofie Lundin (S), "
                   "som ersattes av tjänstgörande ersättarna Kim Hallberg (M) respektive Elin Norén (S)."),
    ("Övriga närvarande", "Johan Warg, kommundirektör\nMaria Lönnqvist, kommunsekreterare"),
    ("Justerare", "Ebba Kjellin (L) och Omar Dahir (S)"),
    ("Justeringens plats och tid", "Stadshuset, 2024-12-18"),
    ("Paragrafer", "210–211"),
]
PDF_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Maria Lönnqvist"),
    ("Ordförande", "Karin Ström"),
    ("Justerare", "Ebba Kjellin                                    Omar Dahir"),
]
PDF_ANSLAG = [
    "BEVIS OM ANSLAG",
    "Kommunfullmäktiges protokoll 2024-12-12 är justerat. Anslaget har satts upp 2024-12-19 och tas ned "
    "2025-01-10. Protokollet förvaras hos kommunledningsförvaltningen, Stadshuset.",
]
PDF_PARAS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("§ 210", "KSKF/2023:602", "Svar på motion om solceller på kommunens fastigheter", [
        ("Beslut", "Motionen avslås."),
        ("Ärendebeskrivning",
         "Mikael Sandberg (V) och Sara Ölund (V) har i en motion daterad 2023-10-19 föreslagit att "
         "Eskilstuna Kommunfastigheter AB ska installera solceller på samtliga lämpliga tak senast 2027. "
         "Kommunledningsförvaltningen redovisar i tjänsteskrivelse 2024-09-30 att bolaget redan har en "
         "plan för 24 fastigheter och att Eskilstuna Energi och Miljö AB erbjuder avtal om solel. "
         "Kommunstyrelsen behandlade ärendet 2024-11-19, § 233, och föreslog att motionen skulle avslås."),
        ("Yrkanden",
         "Mikael Sandberg (V) yrkar bifall till motionen.\n"
         "Lena Ekberg (S) yrkar bifall till kommunstyrelsens förslag."),
        ("Beslutsgång",
         "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller Lena Ekbergs "
         "yrkande. Omröstning begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den det ej "
         "vill röstar nej. Omröstningen utfaller med 38 ja-röster, 21 nej-röster och 6 som avstår "
         "(voteringslista, bilaga 2). Kommunfullmäktige har beslutat enligt kommunstyrelsens förslag."),
        ("Reservationer",
         "Mikael Sandberg (V) och Sara Ölund (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("Beslutet skickas till", "Eskilstuna Kommunfastigheter AB\nMotionärerna"),
    ]),
    ("§ 211", "KSKF/2024:388", "Samarbetsavtal med Mälardalens universitet 2025–2028", [
        ("Beslut",
         "1. Kommunfullmäktige godkänner samarbetsavtal mellan Eskilstuna kommun och Mälardalens "
         "universitet för perioden 2025–2028.\n"
         "2. Kommunstyrelsen får i uppdrag att årligen följa upp avtalet och redovisa resultatet till "
         "kommunfullmäktige."),
        ("Ärendebeskrivning",
         "Eskilstuna kommun och Mälardalens universitet har samverkat genom avtal sedan 2013. Det nuvarande "
         "avtalet löper ut 2024-12-31. Universitetets styrelse godkände det nya avtalet 2024-10-03. "
         "Samverkan sker inom ramen för 2 kap. 1 § kommunallagen (2017:725) och omfattar bland annat "
         "forskning om stadsutveckling och kompetensförsörjning inom vård och skola."),
        ("Beslutsunderlag",
         "Kommunledningsförvaltningens tjänsteskrivelse 2024-10-14\n"
         "Kommunstyrelsens protokoll 2024-11-19, § 236\n"
         "Förslag till samarbetsavtal"),
        ("Yrkanden", "Karin Ström (S) yrkar bifall till kommunstyrelsens förslag."),
        ("Protokollsanteckning",
         "Ulf Nyberg (SD) lämnar en protokollsanteckning: \u201dAvtalet bör kompletteras med mätbara mål.\u201d"),
        ("Beslutet skickas till", "Mälardalens universitet\nKommunstyrelsen"),
    ]),
]


def _head(pdf: FPDF, page: int) -> None:
    pdf.set_font("F", "B", 10)
    pdf.set_xy(15, 12)
    pdf.cell(90, 5, "ESKILSTUNA KOMMUN")
    pdf.set_font("F", "", 9)
    pdf.set_xy(120, 12)
    pdf.cell(75, 5, f"PROTOKOLL  {page} (3)", align="R")
    pdf.set_xy(15, 17)
    pdf.cell(90, 5, "Kommunfullmäktige")
    pdf.set_xy(120, 17)
    pdf.cell(75, 5, "2024-12-12", align="R")
    pdf.set_y(30)


def _foot(pdf: FPDF) -> None:
    pdf.set_font("F", "", 8)
    pdf.set_xy(15, 280)
    pdf.cell(90, 4, "Justerandes signatur")
    pdf.set_xy(120, 280)
    pdf.cell(75, 4, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunfullmäktige 2024-12-12")
    pdf.set_author("Eskilstuna kommun")
    pdf.set_creator("heldout89")
    pdf.set_producer("heldout89")
    pdf.add_page()
    _head(pdf, 1)
    for label, text in PDF_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 5, label)
        y2 = pdf.get_y()
        pdf.set_font("F", "", 10)
        pdf.set_xy(62, y)
        pdf.multi_cell(133, 5, text)
        pdf.set_y(max(y2, pdf.get_y()) + 2)
    pdf.ln(4)
    for role, name in PDF_SIGN:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.cell(45, 5, role)
        pdf.set_font("F", "", 10)
        pdf.set_xy(62, y)
        pdf.cell(133, 5, "." * 40)
        pdf.set_xy(62, y + 5)
        pdf.cell(133, 5, name)
        pdf.set_y(y + 13)
    pdf.ln(4)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(180, 5, PDF_ANSLAG[0])
    pdf.ln(6)
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.multi_cell(180, 5, PDF_ANSLAG[1])
    _foot(pdf)
    for page, (num, dnr, title, sections) in enumerate(PDF_PARAS, start=2):
        pdf.add_page()
        _head(pdf, page)
        pdf.set_font("F", "B", 12)
        pdf.set_x(15)
        pdf.cell(90, 6, num)
        pdf.set_font("F", "", 10)
        pdf.set_x(120)
        pdf.cell(75, 6, dnr, align="R")
        pdf.ln(8)
        pdf.set_font("F", "B", 12)
        pdf.set_x(15)
        pdf.multi_cell(180, 6, title)
        pdf.ln(3)
        for head, body in sections:
            pdf.set_font("F", "B", 10)
            pdf.set_x(15)
            pdf.cell(180, 5, head)
            pdf.ln(6)
            pdf.set_font("F", "", 10)
            pdf.set_x(15)
            pdf.multi_cell(180, 5, body)
            pdf.ln(3)
        _foot(pdf)
    pdf.output(str(DOCS / "eskilstuna-kf-2024-12-12-protokoll.pdf"))


# DOCX: Halmstads kommun, Kommunstyrelsen 2025-02-18, full protocol, §§ 28-30.
# Attendance as a two-column Word table (Ledamöter | Ersättare), "Diarienummer:" line under Heading 2.
ATT_ROWS: list[tuple[str, str]] = [
    ("Anna Lindqvist (M), ordförande", "Sofia Nyman (S)"),
    ("Tobias Wahlgren (L), 1:e vice ordförande", "Kent Ahlin (KD)"),
    ("Gustav Berg (S), 2:e vice ordförande", "Mira Ek (MP)"),
    ("Linda Hedin (M)", ""),
    ("Erik Holm (M)", ""),
    ("Johnny Sjöö (SD)", ""),
    ("Per Engström (SD)", ""),
    ("Marie Persson (C)", ""),
    ("Hanna Svensson (KD)", ""),
    ("Jonas Lund (S)", ""),
    ("Ulrika Ström (S)", ""),
    ("Ali Mohammadi (V)", ""),
]
DOCX_BODY: list[tuple[str, str]] = [
    ("p", "Plats och tid: Sessionssalen, Rådhuset, Halmstad, kl. 09.00–12.10"),
    ("table", ""),
    ("p", "Tjänstgörande ersättare: Pontus Ek (M) för Carina Åkesson (M)"),
    ("p", "Övriga närvarande: Susanne Lindahl, kommundirektör; Magnus Dahl, kanslichef; "
          "Emelie Friberg, sekreterare"),
    ("p", "Justerare: Gustav Berg (S)"),
    ("p", "Justeringens plats och tid: Rådhuset, 2025-02-21"),
    ("sign", ""),
    ("h", "§ 28 Yttrande över Region Hallands förslag till regional transportplan 2026–2037"),
    ("p", "Diarienummer: KS 2024/00788"),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen beslutar att avge yttrande till Region Halland enligt bilaga 1."),
    ("p", "Paragrafen förklaras omedelbart justerad."),
    ("b", "Ärendet"),
    ("p", "Region Halland har den 10 december 2024 skickat förslag till regional transportplan för "
          "Halland 2026–2037 på remiss (Region Hallands diarienummer RS 240512). Svar ska lämnas senast "
          "den 3 mars 2025. Planen upprättas med stöd av 2 kap. 8 § lagen (2010:1065) om kollektivtrafik "
          "och förordningen (1997:263) om länsplaner. Kommunledningskontoret har i tjänsteskrivelse "
          "2025-01-29 tagit fram ett förslag till yttrande i samråd med Trafikverket och Hallandstrafiken AB."),
    ("b", "Protokollsanteckning"),
    ("p", "Johnny Sjöö (SD) och Per Engström (SD) lämnar en protokollsanteckning, bilaga 2."),
    ("p", "Beslutet skickas till: Region Halland"),
    ("h", "§ 29 Svar på motion om avgiftsfri kollektivtrafik för pensionärer"),
    ("p", "Diarienummer: KS 2024/00312"),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."),
    ("b", "Ärendet"),
    ("p", "Ali Mohammadi (V) har i en motion den 25 april 2024 föreslagit att pensionärer över 65 år ska "
          "resa avgiftsfritt med Hallandstrafiken AB:s stadsbussar utanför rusningstid. Kommunledningskontoret "
          "bedömer i tjänsteskrivelse 2025-01-20 att kostnaden uppgår till cirka 9 miljoner kronor per år. "
          "Kommunstyrelsens arbetsutskott behandlade ärendet den 4 februari 2025."),
    ("b", "Yrkanden"),
    ("p", "Anna Lindqvist (M) yrkar bifall till arbetsutskottets förslag. Ali Mohammadi (V) yrkar bifall "
          "till motionen. Jonas Lund (S) yrkar bifall till Ali Mohammadis yrkande."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
          "arbetsutskottets förslag. Omröstning begärs. Ja-röst för arbetsutskottets förslag, nej-röst "
          "för Ali Mohammadis yrkande. Med 9 ja-röster mot 4 nej-röster beslutar kommunstyrelsen i "
          "enlighet med arbetsutskottets förslag."),
    ("b", "Reservation"),
    ("p", "Mot beslutet reserverar sig Jonas Lund (S), Ulrika Ström (S), Gustav Berg (S) och "
          "Ali Mohammadi (V)."),
    ("p", "Beslutet skickas till: Kommunfullmäktige"),
    ("h", "§ 30 Avsiktsförklaring om utveckling av Halmstad resecentrum"),
    ("p", "Diarienummer: KS 2025/00041"),
    ("b", "Beslut"),
    ("num", "Kommunstyrelsen godkänner avsiktsförklaringen mellan Halmstads kommun, Trafikverket och "
            "Region Halland om utveckling av Halmstad resecentrum."),
    ("num", "Kommunstyrelsen uppdrar åt kommundirektören att underteckna avsiktsförklaringen."),
    ("b", "Ärendet"),
    ("p", "Parterna har sedan 2022 arbetat med en åtgärdsvalsstudie för resecentrum. Jernhusen AB, som "
          "äger stationshuset, har deltagit i arbetet men är inte part i avsiktsförklaringen. "
          "Kommunledningskontorets tjänsteskrivelse är daterad 2025-02-03. Trafikverket godkände "
          "avsiktsförklaringen för sin del den 28 januari 2025."),
    ("p", "Beslutet skickas till: Trafikverket, Region Halland, Samhällsbyggnadskontoret"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("HALMSTADS KOMMUN\tProtokoll")
    hp.add_run().add_break()
    hp.add_run("Kommunstyrelsen\tSammanträdesdatum 2025-02-18")
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.rows[0].cells[0].paragraphs[0].add_run("Ledamöter").bold = True
            t.rows[0].cells[1].paragraphs[0].add_run("Ersättare").bold = True
            for left, right in ATT_ROWS:
                cells = t.add_row().cells
                cells[0].text = left
                cells[1].text = right
        elif kind == "sign":
            t = d.add_table(rows=3, cols=3)
            for row, vals in zip(t.rows, [("Sekreterare", "Ordförande", "Justerare"),
                                          ("..........................",) * 3,
                                          ("Emelie Friberg", "Anna Lindqvist", "Gustav Berg")], strict=True):
                for cell, val in zip(row.cells, vals, strict=True):
                    cell.text = val
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Halmstads kommun"
    cp.last_modified_by = "Halmstads kommun"
    cp.title = "Protokoll Kommunstyrelsen 2025-02-18"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2025, 2, 25, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "halmstad-ks-2025-02-18-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
