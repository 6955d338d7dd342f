"""Build the PDF and the DOCX of held-out set 96 deterministically.

    .venv/bin/python tests/heldout96/make_binary_docs.py

Fixed PDF metadata and creation date, fixed DOCX core properties and ZIP timestamps: running the
script twice gives identical bytes.
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
FIXED_PDF = dt.datetime(2024, 3, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 29, 13, 30, 0)
ZIP_TIME = (2024, 5, 29, 13, 30, 0)

# PDF: Gällivare kommun, barn- och utbildningsnämnden 2024-03-14, full protocol (§§ 18-20).
# Swedish / Meänkieli labels stacked in a left column; attendance as a three-column table.
RUNNING_HEAD = "GÄLLIVARE KOMMUN – JÄLLIVAARAN KUNTA   ·   Sammanträdesprotokoll / Kokouspöytäkirja"
SUB_HEAD = "Barn- och utbildningsnämnden / Lasten ja koulutuksen lautakunta   ·   2024-03-14"

META: list[tuple[str, str, list[str]]] = [
    ("Plats och tid", "Paikka ja aika", ["Kommunhuset, sammanträdesrum Dundret, torsdag kl. 09.00–12.15"]),
    ("Justerare", "Tarkastaja", ["Máret Labba (V)"]),
    ("Justering", "Tarkastus", ["Kommunhuset 2024-03-19, paragraferna / pykälät 18–20"]),
]

ATTENDANCE: list[tuple[str, str, str]] = [
    ("Namn / Nimi", "Parti / Puolue", "Funktion / Tehtävä"),
    ("Aune Kitti", "S", "Ordförande / Puheenjohtaja"),
    ("Tomas Lundberg", "M", "Vice ordförande / Varapuheenjohtaja"),
    ("Pernilla Hannu", "S", "Ledamot / Jäsen"),
    ("Máret Labba", "V", "Ledamot / Jäsen"),
    ("Kent Spik", "C", "Ledamot / Jäsen"),
    ("Veikko Huhta", "SD", "Ledamot / Jäsen"),
    ("Lars-Erik Niva", "S", "Tjg ersättare för Ann-Charlotte Wälitalo (S)"),
    ("Johanna Poromaa", "KD", "Ersättare / Varajäsen"),
]

OTHERS = [
    "Övriga närvarande / Muut läsnä:",
    "Nils-Ánte Kuhmunen, skolchef / koulupäällikkö",
    "Eeva Rantatalo, nämndsekreterare / lautakunnan sihteeri",
]

SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare / Sihteeri", "Eeva Rantatalo"),
    ("Ordförande / Puheenjohtaja", "Aune Kitti"),
    ("Justerare / Tarkastaja", "Máret Labba"),
]

# ("h", text) paragraph head line, ("t", text) title, ("m", text) Meänkieli line, ("l", text) label, ("p", text) text
PARAGRAPHS: list[tuple[str, str]] = [
    ("h", "§ 18                                                      Dnr BUN 2024/0011"),
    ("t", "Information om elevhälsan"),
    ("m", "Tieto oppilashuollosta"),
    ("p", "Skolchefen informerar om elevhälsans arbete under höstterminen 2023 och om rekryteringen av "
          "skolpsykolog. Elevhälsan följer 2 kap. 25 § skollagen (2010:800)."),
    ("l", "Beslut / Päätös"),
    ("p", "Barn- och utbildningsnämnden noterar informationen till protokollet."),
    ("h", "§ 19                                                      Dnr BUN 2024/0042"),
    ("t", "Remiss från Skolverket – förslag till ändrade kursplaner i meänkieli"),
    ("m", "Lausuntopyyntö Skolverketiltä – ehotus meänkielen kurssisuunnitelmiksi"),
    ("p", "Skolverket har i remiss daterad 2024-01-30 (Skolverkets diarienummer 2024:00345) gett "
          "Gällivare kommun tillfälle att yttra sig. Svar ska lämnas senast 2024-03-29. Förvaltningen har "
          "samrått med Svenska Tornedalingars Riksförbund och med modersmålslärarna."),
    ("p", "Beslutsunderlag: Förvaltningens tjänsteskrivelse 2024-02-28. Skolverkets remiss 2024-01-30."),
    ("l", "Ehotukset / Yrkanden"),
    ("p", "Aune Kitti (S) yrkar bifall till förvaltningens förslag. Máret Labba (V) yrkar att yttrandet "
          "kompletteras med ett avsnitt om lärarförsörjning. Ordföranden ställer proposition och finner att "
          "nämnden bifaller förvaltningens förslag och Máret Labbas tilläggsyrkande."),
    ("l", "Beslut / Päätös"),
    ("p", "1. Nämnden antar förvaltningens förslag till yttrande, med Máret Labbas tillägg, som sitt eget."),
    ("p", "2. Paragrafen justeras omedelbart."),
    ("m", "Lyhyesti meänkielelä: Lautakunta hyväksyi lausunnon. Vastaus lähetethään 29.3.2024 mennessä."),
    ("h", "§ 20                                                      Dnr BUN 2024/0057"),
    ("t", "Avtal om skolskjutstrafik läsåret 2024/2025"),
    ("m", "Sopimus koulukyyttiliikentheestä lukuvuona 2024/2025"),
    ("p", "Gällivare kommun och Länstrafiken i Norrbotten AB har förhandlat fram ett avtal om "
          "skolskjutstrafik enligt 10 kap. 32 § skollagen. Avtalet gäller 2024-08-19 till 2025-06-13. "
          "Förvaltningens tjänsteskrivelse 2024-03-01."),
    ("l", "Ehotukset / Yrkanden"),
    ("p", "Kent Spik (C) yrkar bifall till förvaltningens förslag. Veikko Huhta (SD) yrkar avslag."),
    ("l", "Äänestys / Omröstning"),
    ("p", "Omröstning begärs. Ja för bifall, nej för avslag."),
    ("p", "Ja-röster / Kyllä-äänet: 5     Nej-röster / Ei-äänet: 2     Avstår / Pidättäytyy: 0"),
    ("l", "Beslut / Päätös"),
    ("p", "Barn- och utbildningsnämnden godkänner avtal om skolskjutstrafik med Länstrafiken i Norrbotten AB."),
    ("m", "Lyhyesti meänkielelä: Lautakunta hyväksyi koulukyytisopimuksen äänin 5–2."),
    ("l", "Reservation / Vastalause"),
    ("p", "Veikko Huhta (SD) reserverar sig mot beslutet."),
    ("l", "Ersättaryttrande / Varajäsenen lausunto"),
    ("p", "Johanna Poromaa (KD) lämnar ett ersättaryttrande om längre restider för elever i Nattavaara."),
    ("p", "Beslutet skickas till: Länstrafiken i Norrbotten AB, Kultur- och fritidsnämnden"),
]


class Protocol(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, RUNNING_HEAD, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, SUB_HEAD + f"   ·   Sida / Sivu {self.page_no()} (2)", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 7)
        self.cell(0, 4, "Justerandes signatur / Tarkastajan nimikirjaimet          "
                        "Utdragsbestyrkande / Otteen oikeaksi todistaa")


def make_pdf() -> None:
    pdf = Protocol(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll BUN 2024-03-14")
    pdf.set_author("Gällivare kommun")
    pdf.set_creator("heldout96")
    pdf.set_producer("heldout96")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "PROTOKOLL / PÖYTÄKIRJA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(0, 6, "Sammanträdesdatum / Kokouspäivä: 2024-03-14", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for sv, mk, lines in META:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.cell(40, 5, sv)
        pdf.set_xy(15, y + 5)
        pdf.set_font("F", "I", 8)
        pdf.cell(40, 4, mk)
        pdf.set_font("F", "", 10)
        pdf.set_xy(58, y)
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(58)
        pdf.set_y(max(pdf.get_y(), y + 10))
    pdf.ln(2)
    pdf.set_font("F", "B", 9)
    pdf.cell(0, 5, "Beslutande / Päättäjät", new_x="LMARGIN", new_y="NEXT")
    widths = (55, 30, 95)
    for i, row in enumerate(ATTENDANCE):
        pdf.set_font("F", "B" if i == 0 else "", 9)
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(2)
    pdf.set_font("F", "", 9)
    for line in OTHERS:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("F", "B", 9)
    pdf.cell(0, 5, "Underskrifter / Allekirjoitukset", new_x="LMARGIN", new_y="NEXT")
    for role, name in SIGNATURES:
        pdf.set_font("F", "", 9)
        pdf.ln(4)
        pdf.cell(50, 5, role)
        pdf.cell(0, 5, "..............................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(65)
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for kind, text in PARAGRAPHS:
        if kind == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 11)
        elif kind == "t":
            pdf.set_font("F", "B", 11)
        elif kind == "m":
            pdf.set_font("F", "I", 9)
        elif kind == "l":
            pdf.ln(1)
            pdf.set_font("F", "B", 9)
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    (DOCS / "gallivare-bun-2024-03-14-protokoll.pdf").write_bytes(bytes(pdf.output()))


# DOCX: Kiruna kommun, socialnämnden 2024-05-22, protokollsutdrag (§ 67), Swedish / North Sami labels.
DOCX_META: list[tuple[str, str]] = [
    ("Sammanträdesdatum / Čoahkkinbeaivi", "2024-05-22"),
    ("Ordförande / Jođiheaddji", "Inga-Maja Sarri (S)"),
    ("Justerare / Dárkkisteaddji", "Anders Kuhmunen (M)"),
    ("Sekreterare / Čálli", "Tove Sirkka"),
]

DOCX_PARAS: list[tuple[str, str]] = [
    ("h2", "§ 67\tSN 2024/118"),
    ("b", "Överenskommelse med Sametinget om samiskt språkstöd i äldreomsorgen"),
    ("i", "Šiehtadus Sámedikkiin sámegiel doarjaga birra boarrásiidfuolahusas"),
    ("lab", "Ärendebeskrivning / Áššemuitalus"),
    ("p", "Kiruna kommun ingår i förvaltningsområdena för samiska, finska och meänkieli. Enligt 18 a § lagen "
          "(2009:724) om nationella minoriteter och minoritetsspråk ska kommunen erbjuda äldreomsorg helt "
          "eller delvis på minoritetsspråket. Sametinget har erbjudit samverkan om språkstöd. Gabna sameby "
          "och Laevas sameby deltog i samråd 2024-03-12. Lokalerna för språkcaféet hyrs av Kirunabostäder AB."),
    ("p", "Överenskommelsen gäller från 2024-07-01 till 2026-06-30."),
    ("lab", "Beslutsunderlag / Mearridanvuođđu"),
    ("p", "Socialförvaltningens tjänsteskrivelse 2024-05-06"),
    ("lab", "Yrkanden / Evttohusat"),
    ("p", "Inga-Maja Sarri (S) yrkar bifall till förvaltningens förslag. Lars-Nila Kuoljok (SD) yrkar "
          "avslag. Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller "
          "förvaltningens förslag."),
    ("lab", "Beslut / Mearrádus"),
    ("num", "Socialnämnden godkänner överenskommelsen med Sametinget om samiskt språkstöd i äldreomsorgen."),
    ("num", "Socialchefen får i uppdrag att underteckna överenskommelsen."),
    ("i", "Oanehaččat sámegillii: Sosiálalávdegoddi dohkkehii šiehtadusa Sámedikkiin."),
    ("lab", "Reservation / Vuostecealkámuš"),
    ("p", "Lars-Nila Kuoljok (SD) reserverar sig mot beslutet."),
    ("lab", "Protokollsanteckning"),
    ("p", "Elle-Kari Kemi (V) antecknar att språkstödet även bör omfatta hemtjänsten."),
    ("p", "Skickas till / Sáddejuvvo: Sametinget, Kommunstyrelsen, Socialförvaltningen"),
    ("p", "Utdragsbestyrkande / Duođaštus: Tove Sirkka"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header.paragraphs[0]
    header.text = "Kiruna kommun · Giron gielda\tProtokollsutdrag / Beavdegirjeoassi"
    d.add_heading("Socialnämnden · Sosiálalávdegoddi", level=1)
    table = d.add_table(rows=0, cols=2)
    for label, value in DOCX_META:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for kind, text in DOCX_PARAS:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "i":
            d.add_paragraph().add_run(text).italic = True
        elif kind == "lab":
            run = d.add_paragraph().add_run(text)
            run.bold = True
            run.font.size = Pt(10)
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Kiruna kommun"
    cp.last_modified_by = "Kiruna kommun"
    cp.title = "Protokollsutdrag SN § 67"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "kiruna-sn-2024-05-22-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
