"""Build the PDF and DOCX documents of held-out set 97 deterministically.

    .venv/bin/python tests/heldout97/make_binary_docs.py

Fixed PDF metadata and creation date, fixed DOCX core properties and ZIP timestamps: two runs give
identical bytes.
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
FIXED = dt.datetime(2022, 3, 15, 9, 0, 0, tzinfo=dt.UTC)

PDF_PAGES = [
    [
        ("H", "TRANÅS KOMMUN                                   PROTOKOLL"),
        ("H", "Kommunstyrelsens arbetsutskott                  Sammanträdesdatum 2022-03-08"),
        ("", ""),
        ("B", "Plats och tid"),
        ("", "Stadshuset, sammanträdesrum Sommen, kl. 08.30–11.15"),
        ("", "Sammanträdet genomfördes som hybridmöte."),
        ("", ""),
        ("B", "Närvarande ledamöter"),
        ("", "Anders Karlsson (C), ordförande"),
        ("", "Camilla Ekström (S), vice ordförande, närvarande via Teams"),
        ("", "Mattias Bergqvist (M)"),
        ("", "Helén Olsson (KD), närvarande via Teams"),
        ("", ""),
        ("B", "Tjänstgörande ersättare"),
        ("", "Göran Lindh (S) för Karl-Erik Nyberg (S)"),
        ("", ""),
        ("B", "Övriga närvarande"),
        ("", "Therese Grönberg, kommundirektör"),
        ("", "Jonas Falk, nämndsekreterare"),
        ("", "Malin Sjögren, ekonomichef, § 41"),
        ("", ""),
        ("B", "Justerare"),
        ("", "Mattias Bergqvist (M)"),
        ("", ""),
        ("B", "Justeringens plats och tid"),
        ("", "Digital justering 2022-03-10"),
        ("", ""),
        ("B", "Paragrafer §§ 41–42"),
        ("", ""),
        ("", "Sekreterare      Jonas Falk"),
        ("", "Ordförande       Anders Karlsson"),
        ("", "Justerare        Mattias Bergqvist"),
        ("", ""),
        ("", "Protokollet är signerat elektroniskt. Anslaget på kommunens digitala anslagstavla"),
        ("", "2022-03-11 – 2022-04-02."),
    ],
    [
        ("H", "TRANÅS KOMMUN                                   PROTOKOLL"),
        ("H", "Kommunstyrelsens arbetsutskott                  2022-03-08"),
        ("", ""),
        ("B", "§ 41                                                        KS 2022/58"),
        ("B", "Tilläggsanslag för ökade energikostnader 2022"),
        ("", ""),
        ("", "Tekniska nämnden har den 17 februari 2022 hemställt om tilläggsanslag om 4,2 mnkr för"),
        ("", "ökade el- och fjärrvärmekostnader. Tranås Energi AB har aviserat prisökningar från och"),
        ("", "med den 1 januari 2022. Enligt 11 kap. 5 § kommunallagen ska budgeten vara i balans."),
        ("", ""),
        ("B", "Beslutsunderlag"),
        ("", "Ekonomiavdelningens tjänsteskrivelse 2022-02-25"),
        ("", "Tekniska nämndens beslut 2022-02-17, § 12"),
        ("", ""),
        ("B", "Yrkanden"),
        ("", "Camilla Ekström (S) yrkar bifall till förslaget."),
        ("", "Helén Olsson (KD) yrkar att ärendet återremitteras."),
        ("", ""),
        ("B", "Propositionsordning"),
        ("", "Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att så sker."),
        ("", ""),
        ("B", "Arbetsutskottets förslag till kommunstyrelsen"),
        ("", "1. Tekniska nämnden beviljas tilläggsanslag om 4,2 mnkr för 2022."),
        ("", "2. Tilläggsanslaget finansieras ur kommunstyrelsens oförutsedda medel."),
        ("", ""),
        ("B", "Reservation"),
        ("", "Helén Olsson (KD) reserverar sig mot beslutet att inte återremittera ärendet."),
    ],
    [
        ("H", "TRANÅS KOMMUN                                   PROTOKOLL"),
        ("H", "Kommunstyrelsens arbetsutskott                  2022-03-08"),
        ("", ""),
        ("B", "§ 42                                                        KS 2021/311"),
        ("B", "Överenskommelse med Polisen om samverkan mot brott i Tranås 2022–2024"),
        ("", ""),
        ("", "Tranås kommun och Polismyndigheten, lokalpolisområde Eksjö, har tagit fram en ny"),
        ("", "överenskommelse om samverkan. Medborgarlöftet beslutades av parterna den 20 december"),
        ("", "2021. Brottsförebyggande rådet har tagit fram den modell som arbetet följer."),
        ("", ""),
        ("B", "Beslutsunderlag"),
        ("", "Tjänsteskrivelse 2022-02-21"),
        ("", ""),
        ("B", "Arbetsutskottets beslut"),
        ("", "1. Överenskommelse om samverkan mellan Tranås kommun och Polismyndigheten godkänns."),
        ("", "2. Kommundirektören får i uppdrag att underteckna överenskommelsen."),
        ("", "3. Paragrafen förklaras omedelbart justerad."),
        ("", ""),
        ("B", "Protokollsanteckning"),
        ("", "Göran Lindh (S) och Helén Olsson (KD) antecknar till protokollet att uppföljning bör"),
        ("", "redovisas för kommunstyrelsen varje halvår."),
        ("", ""),
        ("B", "Beslutet skickas till"),
        ("", "Polismyndigheten"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Protokoll KSAU 2022-03-08")
    pdf.set_author("Tranås kommun")
    pdf.set_creator("heldout97")
    pdf.set_producer("heldout97")
    pdf.set_auto_page_break(auto=False)
    pages = len(PDF_PAGES)
    for n, lines in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        y = 18.0
        for style, text in lines:
            pdf.set_font("F", "B" if style in ("B", "H") else "", 9 if style == "H" else 10)
            pdf.set_xy(18, y)
            pdf.cell(0, 5, text)
            y += 5.6
        pdf.set_font("F", "", 8)
        pdf.set_xy(18, 282)
        pdf.cell(0, 4, f"Justerandes sign ______     Utdragsbestyrkande ______     Sida {n} av {pages}")
    pdf.output(str(DOCS / "tranas-ksau-2022-03-08-protokoll.pdf"))


DOCX_BODY = [
    ("Title", "Lycksele kommun"),
    ("Normal", "SAMMANTRÄDESPROTOKOLL\tKommunstyrelsen\tSammanträdesdatum 2021-02-09"),
    ("Normal", "Plats och tid: Kommunhuset, KS-salen, samt på distans via Teams, kl. 13.00–15.30"),
]

ATTENDANCE = [
    ("Ledamöter", ""),
    ("Mikael Lindgren (S), ordförande", "på plats"),
    ("Karin Byström (M), 1:e vice ordförande", "på distans"),
    ("Peter Olofsson (S)", "på distans"),
    ("Siv Ekenstierna (C)", "på plats"),
    ("Rolf Dahlberg (V)", "på distans"),
    ("Hanna Forsgren (S), tjänstgörande ersättare för Bo Lundmark (S)", "på distans"),
    ("Ersättare", ""),
    ("Ulrika Nilsson (M)", "på distans"),
    ("Övriga", ""),
    ("Erik Strandberg, kommunchef", "på plats"),
    ("Lena Wiklund, kommunsekreterare", "på plats"),
]

DOCX_REST = [
    ("Normal", "Justerare: Siv Ekenstierna (C)"),
    ("Normal", "Justering: digitalt 2021-02-12. Paragrafer 12–13."),
    ("Normal", "Sekreterare: Lena Wiklund    Ordförande: Mikael Lindgren    Justerare: Siv Ekenstierna"),
    ("Heading 2", "§ 12 Ansökan om medel ur kommunstyrelsens utvecklingsfond – Lycksele Skidklubb"),
    ("Normal", "Dnr 2020-000412"),
    ("Normal", "Lycksele Skidklubb ansöker den 3 december 2020 om 250 000 kronor för konstsnöanläggning "
               "vid Hedlunda. Ansökan har stämts av med Lycksele Hedlunda Industri AB som äger marken."),
    ("Normal", "Beslutsunderlag: Tjänsteskrivelse 2021-01-20."),
    ("Normal", "Yrkanden: Peter Olofsson (S) yrkar bifall till förslaget. Karin Byström (M) yrkar avslag."),
    ("Normal", "Omröstning: Omröstning begärs och verkställs. Ja för bifall, nej för avslag. "
               "Omröstningen utfaller med 4 ja och 2 nej. Ingen avstår."),
    ("Normal", "Kommunstyrelsens beslut"),
    ("List Bullet", "Lycksele Skidklubb beviljas 250 000 kronor ur kommunstyrelsens utvecklingsfond."),
    ("List Bullet", "Medlen betalas ut efter redovisad slutkostnad."),
    ("Normal", "Reservation: Karin Byström (M) reserverar sig mot beslutet."),
    ("Heading 2", "§ 13 Remiss – Region Västerbottens förslag till regional utvecklingsstrategi"),
    ("Normal", "Dnr 2020-000455"),
    ("Normal", "Region Västerbotten har skickat förslag till regional utvecklingsstrategi på remiss till "
               "länets kommuner. Remissvar ska lämnas senast 2021-03-01 (regionens dnr RUN 2020/1087)."),
    ("Normal", "Beslutsunderlag: Tjänsteskrivelse 2021-01-26. Förslag till yttrande."),
    ("Normal", "Kommunstyrelsens beslut"),
    ("Normal", "Kommunstyrelsen antar yttrandet som sitt eget och överlämnar det till Region Västerbotten."),
    ("Normal", "Särskilt yttrande: Rolf Dahlberg (V) lämnar ett särskilt yttrande enligt bilaga."),
    ("Normal", "Expediering: Region Västerbotten"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    for style, text in DOCX_BODY:
        d.add_paragraph(text, style=style)
    table = d.add_table(rows=0, cols=2)
    for name, where in ATTENDANCE:
        row = table.add_row().cells
        for cell, text in zip(row, (name, where), strict=True):
            cell.text = text
    for style, text in DOCX_REST:
        d.add_paragraph(text, style=style)
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign            Utdragsbestyrkande"
    cp = d.core_properties
    cp.author = "Lycksele kommun"
    cp.last_modified_by = "Lycksele kommun"
    cp.title = "Protokoll Kommunstyrelsen 2021-02-09"
    cp.created = dt.datetime(2021, 2, 12, 9, 0, 0)
    cp.modified = dt.datetime(2021, 2, 12, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 12, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "lycksele-ks-2021-02-09-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
