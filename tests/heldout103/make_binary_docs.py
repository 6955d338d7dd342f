"""Build the PDF and DOCX documents of held-out set 103 deterministically.

Run from the repository root: .venv/bin/python tests/heldout103/make_binary_docs.py
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime.datetime(2024, 6, 1, 12, 0, 0, tzinfo=datetime.UTC)

KUMLA_PAGES = [
    [
        ("H", "KUMLA KOMMUN                                  SAMMANTRÄDESPROTOKOLL"),
        ("B", "Barn- och utbildningsnämnden                  2024-05-20"),
        ("", ""),
        ("", "Plats och tid: Kumla kommunhus, Nämndrummet, kl. 17.00–19.20"),
        ("", ""),
        ("B", "Beslutande ledamöter (partivis)"),
        ("", "S     Lena Ek, ordförande; Jonas Berg; Amra Hodzic"),
        ("", "M     Peter Strand, 1:e vice ordförande; Karin Lund"),
        ("", "SD    Tobias Wall, 2:e vice ordförande"),
        ("", "C     Gun Axelsson"),
        ("", "KD    Elin Roos"),
        ("", "V     Fredrik Nyström, tjänstgörande ersättare för Sanna Pihl (V)"),
        ("", ""),
        ("B", "Ersättare (ej tjänstgörande)"),
        ("", "S     Malin Holm"),
        ("", "M     Daniel Ekholm"),
        ("", ""),
        ("B", "Övriga deltagande"),
        ("", "Anna Berglund, förvaltningschef"),
        ("", "Oskar Lind, nämndsekreterare"),
        ("", ""),
        ("", "Justerare: Karin Lund (M)            Justeringsdag: 2024-05-23"),
        ("", "Paragrafer: §§ 30–32"),
        ("", ""),
        ("", "Sekreterare  ____________________   Oskar Lind"),
        ("", "Ordförande   ____________________   Lena Ek"),
        ("", "Justerare    ____________________   Karin Lund"),
        ("", ""),
        ("B", "ANSLAG/BEVIS"),
        ("", "Protokollet är justerat. Anslaget publiceras 2024-05-24 och tas ned 2024-06-15."),
        ("", "Förvaringsplats: Barn- och utbildningsförvaltningen"),
    ],
    [
        ("H", "KUMLA KOMMUN                                  SAMMANTRÄDESPROTOKOLL"),
        ("B", "Barn- och utbildningsnämnden                  2024-05-20"),
        ("", ""),
        ("B", "BUN § 30                                      BUN 2024/118"),
        ("B", "Remissvar – betänkandet Stärkt elevhälsa för alla elever (SOU 2024:19)"),
        ("", ""),
        ("", "Utbildningsdepartementet har remitterat betänkandet till Kumla kommun"),
        ("", "(departementets diarienummer U2024/00877). Remisstiden går ut 2024-06-14."),
        ("", "Kommunstyrelsen har överlämnat remissen till nämnden för besvarande."),
        ("", ""),
        ("", "Beslutsunderlag: Tjänsteskrivelse 2024-05-06, förslag till yttrande."),
        ("", ""),
        ("", "Lena Ek (S) yrkar bifall till förvaltningens förslag till yttrande."),
        ("", ""),
        ("B", "Beslut"),
        ("", "1. Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt eget"),
        ("", "   och överlämnar det till Utbildningsdepartementet."),
        ("", "2. Paragrafen justeras omedelbart."),
        ("", ""),
        ("", "Särskilt yttrande: Tobias Wall (SD) lämnar ett särskilt yttrande, bilaga 1."),
        ("", ""),
        ("B", "BUN § 31                                      BUN 2024/5"),
        ("B", "Uppföljning av frånvaro och skolresultat, vårterminen 2024"),
        ("", ""),
        ("", "Andel elever i åk 9 behöriga till gymnasiets yrkesprogram:"),
        ("", "   Kumla 2022: 84,1 %   2023: 82,6 %   2024 (prognos): 83,9 %"),
        ("", "   Riket enligt Skolverket 2023: 84,4 %"),
        ("", "Andel elever med mer än 15 % frånvaro: 11,8 % (ht 2023: 13,2 %)."),
        ("", "Elevhälsan samverkar med Region Örebro län kring elever med hög frånvaro."),
        ("", ""),
        ("", "Beslutsunderlag: Tjänsteskrivelse 2024-05-07"),
        ("", ""),
        ("B", "Beslut"),
        ("", "Nämnden lägger uppföljningen till handlingarna."),
    ],
    [
        ("H", "KUMLA KOMMUN                                  SAMMANTRÄDESPROTOKOLL"),
        ("B", "Barn- och utbildningsnämnden                  2024-05-20"),
        ("", ""),
        ("B", "BUN § 32                                      BUN 2024/96"),
        ("B", "Resursfördelningsmodell för grundskolan 2025"),
        ("", ""),
        ("", "Förvaltningen föreslår en reviderad modell där 8 procent av grundbeloppet"),
        ("", "fördelas efter socioekonomiskt index enligt 2 kap. 8 b § skollagen (2010:800)."),
        ("", "Kommunfullmäktige fastställde ramen för 2025 den 2023-11-27, § 142."),
        ("", ""),
        ("", "Beslutsunderlag: Tjänsteskrivelse 2024-04-29"),
        ("", ""),
        ("B", "Yrkanden"),
        ("", "Lena Ek (S) yrkar bifall till förvaltningens förslag. Peter Strand (M), med"),
        ("", "instämmande av Karin Lund (M), yrkar avslag."),
        ("", ""),
        ("B", "Omröstning"),
        ("", "Omröstning begärs. Med 6 ja-röster mot 2 nej-röster bifaller nämnden Lena"),
        ("", "Eks yrkande. En ledamot avstår från att rösta."),
        ("", ""),
        ("B", "Beslut"),
        ("", "Barn- och utbildningsnämnden beslutar"),
        ("", "att fastställa resursfördelningsmodell för grundskolan 2025, samt"),
        ("", "att uppdra åt förvaltningschefen att följa upp modellen till mars 2025."),
        ("", ""),
        ("B", "Reservation"),
        ("", "Peter Strand (M) och Karin Lund (M) reserverar sig mot beslutet till förmån"),
        ("", "för eget yrkande."),
        ("", ""),
        ("", "Justerandes signatur ______          Utdragsbestyrkande ______"),
    ],
]

SJOBO_META = [
    ("Sjöbo kommun", "PROTOKOLLSUTDRAG"),
    ("Vård- och omsorgsnämnden", "Sammanträdesdatum 2024-09-25"),
]


class Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")


def build_pdf() -> None:
    pdf = Pdf(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Barn- och utbildningsnämnden 2024-05-20")
    pdf.set_author("Kumla kommun")
    pdf.set_creator("heldout103")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSansMono-Bold.ttf"))
    pdf.set_auto_page_break(auto=False)
    for page in KUMLA_PAGES:
        pdf.add_page()
        for style, text in page:
            pdf.set_font("DejaVu", "B" if style in ("H", "B") else "", 9)
            pdf.cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "kumla-bun-2024-05-20-protokoll.pdf"))


def para(doc: Document, text: str, bold: bool = False, style: str | None = None) -> None:
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold


def build_docx() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    head = doc.add_table(rows=2, cols=2)
    for row, (left, right) in zip(head.rows, SJOBO_META, strict=True):
        row.cells[0].text = left
        row.cells[1].text = right
    para(doc, "")
    ptab = doc.add_table(rows=1, cols=2)
    ptab.rows[0].cells[0].text = "§ 58"
    ptab.rows[0].cells[1].text = (
        "Remissvar – Regional handlingsplan för suicidprevention i Skåne 2025–2028\nDiarienummer VON 2024/73"
    )
    para(doc, "")
    para(doc, "Bakgrund", bold=True)
    para(doc, "Region Skåne har den 20 juni 2024 skickat rubricerad handlingsplan på remiss till länets kommuner "
              "(Region Skånes dnr RS 2024/1187). Svar ska lämnas senast 2024-10-15. Handlingsplanen bygger på "
              "Folkhälsomyndighetens nationella strategi. Enligt 5 kap. 1 § socialtjänstlagen och 2 kap. 4 § "
              "hälso- och sjukvårdslagen har kommunen ett eget ansvar för det förebyggande arbetet.")
    para(doc, "Kommunstyrelsen har överlämnat remissen till vård- och omsorgsnämnden för yttrande.")
    para(doc, "Beslutsunderlag", bold=True)
    para(doc, "Tjänsteskrivelse från medicinskt ansvarig sjuksköterska, 2024-09-10", style="List Bullet")
    para(doc, "Förslag till yttrande, 2024-09-10", style="List Bullet")
    para(doc, "Handläggning", bold=True)
    para(doc, "Ordföranden Birgitta Nilsson (M) yrkar bifall till förslaget till yttrande. Hanna Persson (S) "
              "yrkar som tillägg att yttrandet kompletteras med krav på regional finansiering av "
              "suicidpreventiva insatser i hemtjänsten.")
    para(doc, "Ordföranden ställer först proposition på förslaget till yttrande och finner att nämnden bifaller "
              "det. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner att det avslås.")
    box = doc.add_table(rows=2, cols=1)
    box.style = "Table Grid"
    box.rows[0].cells[0].text = "Vård- och omsorgsnämndens beslut"
    box.rows[1].cells[0].text = (
        "Vård- och omsorgsnämnden antar förvaltningens förslag till yttrande som svar på Region Skånes remiss."
    )
    para(doc, "")
    para(doc, "Reservation", bold=True)
    para(doc, "Hanna Persson (S) och Lars Mårtensson (S) reserverar sig mot beslutet att avslå tilläggsyrkandet.")
    para(doc, "Protokollsanteckning", bold=True)
    para(doc, "Anders Ek (SD) antecknar till protokollet att nämnden bör följa upp handlingsplanen årligen.")
    para(doc, "Skickas till", bold=True)
    para(doc, "Region Skåne\nKommunstyrelsen")
    para(doc, "")
    sig = doc.add_table(rows=2, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Birgitta Nilsson", "Lars Mårtensson", "Emma Holst"), strict=True):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Ordförande", "Justerare", "Sekreterare"), strict=True):
        cell.text = text
    props = doc.core_properties
    props.author = "Sjöbo kommun"
    props.last_modified_by = "Sjöbo kommun"
    props.title = "Protokollsutdrag VON 2024-09-25 § 58"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = DOCS / "sjobo-von-2024-09-25-protokollsutdrag.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    build_pdf()
    build_docx()
