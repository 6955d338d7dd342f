"""Generate the binary documents of tests/heldout29/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout29/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout29/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 4, 22, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 24, 11, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Västtrafik AB, styrelsen 2024-04-18, full board protocol (§§ 1–9).
# Items: ("H", text) bold heading line, ("P", text) body paragraph, ("A", text) indented "att" line,
# ("§", "n", title) paragraph heading with the number in a left column, ("BR", "") page break.
# ---------------------------------------------------------------------------------------------
FIRST_PAGE: list[tuple[str, str]] = [
    ("T", "Protokoll fört vid sammanträde med styrelsen för Västtrafik AB (org.nr 556558-5873)"),
    ("L", "Datum:|2024-04-18, kl. 09.30–12.00"),
    ("L", "Plats:|Västtrafiks huvudkontor, Kilsgatan 4, Göteborg"),
    ("L", "Närvarande styrelseledamöter:|Helena Stjernström, ordförande"),
    ("L", "|Göran Lindqvist, vice ordförande"),
    ("L", "|Maria Eklund"),
    ("L", "|Per-Olof Sandahl"),
    ("L", "|Annika Brorsson"),
    ("L", "|Jonas Hagman"),
    ("L", "Förhinder:|Stefan Ahlgren, styrelseledamot"),
    ("L", "Arbetstagarrepresentant:|Leif Gunnarsson (Seko)"),
    ("L", "Närvarande från bolaget:|VD Ulrika Falk"),
    ("L", "|ekonomichef Tobias Rundqvist"),
    ("L", "|chefsjurist Eva Lindmark, protokollförare"),
    ("L", "Adjungerade:|Kristina Moberg, kollektivtrafikdirektör, Västra Götalandsregionen, § 5"),
]

PARAGRAPHS: list[tuple[str, ...]] = [
    ("§", "1", "Mötets öppnande"),
    ("P", "Ordföranden hälsade de närvarande välkomna och förklarade mötet öppnat."),
    ("§", "2", "Val av justerare"),
    ("P", "Beslutades att utse Göran Lindqvist att jämte ordföranden justera dagens protokoll."),
    ("§", "3", "Godkännande av dagordning"),
    ("P", "Beslutades att godkänna den utsända dagordningen med tillägg av en informationspunkt om "
          "biljettsystemet under § 8 Övriga frågor."),
    ("§", "4", "Föregående protokoll"),
    ("P", "Protokoll nr 2/2024 från sammanträdet den 22 februari 2024 har justerats och delgetts "
          "styrelsen. Beslutades att lägga protokollet till handlingarna."),
    ("§", "5", "Tilläggsavtal till trafikavtal för stadstrafiken i Göteborg"),
    ("P", "Dnr: VT 2024-0412"),
    ("P", "Föredragande: verkställande direktören. Västtrafik AB och Transdev Sverige AB tecknade "
          "2019-11-05 trafikavtal för stadsbusstrafiken i Göteborg. Med anledning av ökade kostnader för "
          "elektrifiering av depåerna har parterna förhandlat fram tilläggsavtal nr 3. Avtalet har "
          "prövats mot 3 kap. 4 § lagen (2016:1147) om upphandling av koncessioner. Kollektivtrafiknämnden "
          "i Västra Götalandsregionen informerades om förhandlingen 2024-03-26, § 41."),
    ("P", "Underlag: Tjänsteskrivelse från trafikavdelningen daterad 2024-04-04."),
    ("P", "Maria Eklund yrkade att ärendet skulle återremitteras för en ny kostnadsanalys. Per-Olof "
          "Sandahl instämde i Maria Eklunds yrkande. Ordföranden yrkade att ärendet skulle avgöras vid "
          "dagens sammanträde."),
    ("P", "Ordföranden ställde proposition på yrkandena och fann att ärendet skulle avgöras i dag. "
          "Omröstning begärdes. Styrelsen beslutade med fyra röster mot två att ärendet skulle avgöras "
          "i dag. Ingen ledamot avstod från att rösta."),
    ("P", "Styrelsen beslutade"),
    ("A", "att godkänna tilläggsavtal nr 3 till trafikavtalet med Transdev Sverige AB,"),
    ("A", "att uppdra åt verkställande direktören att underteckna tilläggsavtalet, samt"),
    ("A", "att förklara paragrafen omedelbart justerad."),
    ("P", "Maria Eklund och Per-Olof Sandahl reserverade sig mot beslutet att inte återremittera ärendet."),
    ("P", "Arbetstagarrepresentanten Leif Gunnarsson anmälde följande protokollsanteckning: "
          "”Förarnas arbetsmiljö vid laddning på depå måste följas upp i samband med tilläggsavtalet.”"),
    ("BR", ""),
    ("§", "6", "Yttrande över förslag till regionalt trafikförsörjningsprogram 2025–2035"),
    ("P", "Dnr: VT 2024-0388"),
    ("P", "Västra Götalandsregionen har genom kollektivtrafiknämnden remitterat förslag till regionalt "
          "trafikförsörjningsprogram 2025–2035 till Västtrafik AB för yttrande (regionens diarienummer "
          "KTN 2024-00187). Yttrandet ska ha kommit in senast den 15 maj 2024."),
    ("P", "Underlag: Tjänsteskrivelse 2024-04-09 från avdelningen Strategi och analys."),
    ("P", "Beslutades att avge yttrande till Västra Götalandsregionen i enlighet med bilaga 2."),
    ("§", "7", "Upplåning inom ramen för regionens borgensåtagande"),
    ("P", "Dnr: VT 2024-0419"),
    ("P", "Regionfullmäktige i Västra Götalandsregionen beslutade 2023-11-14, § 212, om en borgensram om "
          "1 500 miljoner kronor för bolagets investeringar i fordon och depåer (regionens dnr RS "
          "2023-04411). Ekonomichefens tjänsteskrivelse 2024-04-10 redovisar behovet av upplåning under "
          "2024. Lånen föreslås tas upp hos Kommuninvest i Sverige AB."),
    ("P", "Styrelsen beslutade"),
    ("A", "1. att ta upp lån om högst 400 miljoner kronor inom ramen för regionens borgensåtagande,"),
    ("A", "2. att verkställande direktören och ekonomichefen i förening får underteckna de handlingar som "
          "behövs för upplåningen."),
    ("§", "8", "Övriga frågor"),
    ("P", "Verkställande direktören informerade om läget i upphandlingen av nytt biljettsystem. Nästa "
          "sammanträde hålls torsdagen den 13 juni 2024."),
    ("§", "9", "Mötets avslutande"),
    ("P", "Ordföranden tackade de närvarande och förklarade mötet avslutat."),
]

SIGNATURES = [
    ("Vid protokollet", ""),
    ("", ""),
    ("Eva Lindmark", ""),
    ("Sekreterare", ""),
    ("", ""),
    ("Justeras", ""),
    ("", ""),
    ("Helena Stjernström", "Göran Lindqvist"),
    ("Ordförande", "Justerare"),
]


class BoardPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 4, "Västtrafik AB", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Styrelseprotokoll nr 3/2024   {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Styrelsesammanträde 2024-04-18", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Ordf. sign. ________   Just. sign. ________", align="L")


def make_pdf() -> None:
    pdf = BoardPdf(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Styrelseprotokoll Västtrafik AB 2024-04-18")
    pdf.set_author("Västtrafik AB")
    pdf.set_creator("heldout29 make_binary_docs.py")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in FIRST_PAGE:
        if kind == "T":
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        else:
            label, value = text.split("|")
            pdf.set_font("F", "B", 9)
            pdf.cell(55, 5, label, new_x="RIGHT", new_y="TOP")
            pdf.set_font("F", "", 9)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for item in PARAGRAPHS:
        kind = item[0]
        if kind == "§":
            pdf.ln(3)
            pdf.set_font("F", "B", 10)
            pdf.cell(15, 6, f"§ {item[1]}", new_x="RIGHT", new_y="TOP")
            pdf.multi_cell(0, 6, item[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "P":
            pdf.set_font("F", "", 9.5)
            pdf.set_x(pdf.l_margin + 15)
            pdf.multi_cell(0, 5, item[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "A":
            pdf.set_font("F", "", 9.5)
            pdf.set_x(pdf.l_margin + 22)
            pdf.multi_cell(0, 5, item[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "BR":
            pdf.add_page()
    pdf.ln(10)
    pdf.set_font("F", "", 9.5)
    for left, right in SIGNATURES:
        pdf.set_x(pdf.l_margin + 15)
        pdf.cell(80, 5, left, new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "vasttrafik-styrelse-2024-04-18-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: AB Stockholmshem, extra bolagsstämma 2024-06-20 (§§ 1–9), attendance as a two-column table.
# ---------------------------------------------------------------------------------------------
ATTENDANCE = [
    ("Aktieägare", "Stockholms Stadshus AB, ägare till samtliga 1 500 000 aktier"),
    ("Ombud för ägaren", "Kenneth Åkerblom, enligt fullmakt"),
    ("Styrelsens ordförande", "Birgitta Lundh"),
    ("Styrelseledamot", "Johan Tegnér"),
    ("Närvarande från bolaget", "Sara Wennström, verkställande direktör\nMats Ohlin, bolagsjurist"),
    ("Bolagets revisor", "Lotta Ek, auktoriserad revisor, Ernst & Young AB"),
    ("Lekmannarevisor", "Rolf Sjödin, utsedd av kommunfullmäktige i Stockholms stad"),
]

STAMMA: list[tuple[str, str]] = [
    ("H", "§ 1 Stämmans öppnande"),
    ("P", "Styrelsens ordförande Birgitta Lundh förklarade bolagsstämman öppnad."),
    ("H", "§ 2 Val av ordförande och protokollförare vid stämman"),
    ("P", "Stämman beslutade att välja Birgitta Lundh till ordförande vid stämman och att uppdra åt "
          "bolagsjuristen Mats Ohlin att föra protokollet."),
    ("H", "§ 3 Upprättande och godkännande av röstlängd"),
    ("P", "Beslutades att godkänna förteckningen över närvarande aktieägare enligt ovan som röstlängd."),
    ("H", "§ 4 Val av justerare"),
    ("P", "Till justerare att jämte ordföranden justera protokollet utsågs ägarens ombud Kenneth Åkerblom."),
    ("H", "§ 5 Prövning av om stämman blivit behörigen sammankallad"),
    ("P", "Kallelse har skett i enlighet med bolagsordningen och 7 kap. 53 § aktiebolagslagen (2005:551). "
          "Stämman beslutade att förklara sig behörigen sammankallad."),
    ("H", "§ 6 Godkännande av dagordning"),
    ("P", "Stämman beslutade att godkänna den i kallelsen intagna dagordningen."),
    ("H", "§ 7 Ändring av bolagsordningen"),
    ("P", "Kommunfullmäktige i Stockholms stad har den 10 juni 2024 godkänt att bolagsordningen ändras så "
          "att bolagets ändamål även omfattar uppförande av äldrebostäder (KS 2024/0387). Styrelsens "
          "förslag till ny bolagsordning är daterat 2024-05-16."),
    ("P", "Stämman beslutade"),
    ("N", "att anta ny bolagsordning i enlighet med bilaga 1,"),
    ("N", "att uppdra åt verkställande direktören att anmäla ändringen till Bolagsverket för registrering."),
    ("H", "§ 8 Fastställande av ägardirektiv"),
    ("P", "Styrelsen för Stockholms Stadshus AB beslutade 2024-05-27, § 9, att föreslå stämman att fastställa "
          "reviderade ägardirektiv för AB Stockholmshem. Av ägardirektiven framgår bland annat att bolaget "
          "ska påbörja minst 600 nya lägenheter per år."),
    ("P", "Stämman beslutade att fastställa ägardirektiv för AB Stockholmshem i enlighet med bilaga 2."),
    ("P", "Ägarens ombud Kenneth Åkerblom lät anteckna till protokollet att ägardirektiven gäller från och "
          "med den 1 juli 2024 och ersätter tidigare direktiv."),
    ("H", "§ 9 Stämmans avslutande"),
    ("P", "Ordföranden förklarade bolagsstämman avslutad."),
]


def fix_zip(buf: io.BytesIO, out: Path) -> None:
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 24, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))


def make_docx() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "AB Stockholmshem\tProtokoll extra bolagsstämma\t2024-06-20"
    sec.footer.paragraphs[0].text = "Ordförandens signatur\t\tJusterarens signatur"
    d.add_paragraph("Protokoll fört vid extra bolagsstämma i AB Stockholmshem, org.nr 556035-5661",
                    style="Title")
    d.add_paragraph("Tid: Torsdagen den 20 juni 2024, kl. 10.00–10.40\nPlats: Stadshuset, Stockholm")
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in ATTENDANCE:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
    d.add_paragraph("")
    for kind, text in STAMMA:
        if kind == "H":
            d.add_paragraph(text, style="Heading 2")
        elif kind == "N":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.add_paragraph("")
    sig = d.add_table(rows=3, cols=3)
    cells = [
        ("Vid protokollet", "Justeras", "Justeras"),
        ("Mats Ohlin", "Birgitta Lundh", "Kenneth Åkerblom"),
        ("Sekreterare", "Ordförande", "Justerare"),
    ]
    for r, values in enumerate(cells):
        for c, value in enumerate(values):
            sig.rows[r].cells[c].text = value
            sig.rows[r].cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = d.core_properties
    cp.author = "AB Stockholmshem"
    cp.last_modified_by = "AB Stockholmshem"
    cp.title = "Protokoll extra bolagsstämma 2024-06-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf, DOCS / "stockholmshem-bolagsstamma-2024-06-20-protokoll.docx")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
