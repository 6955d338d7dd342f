"""Generate the binary documents of tests/heldout74/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout74/make_binary_docs.py

Deterministic: fixed PDF metadata, fixed DOCX core properties and ZIP timestamps, so re-running leaves the
files byte-identical. The gold files in gold/ describe these texts; change both together.
Written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 5, 24, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2023, 11, 27, 10, 0, 0)

HEAD = "Norrtälje kommun | Kommunstyrelsen | Protokoll | Sammanträdesdatum: 2024-05-20"

# Norrtälje kommun, kommunstyrelsen 2024-05-20, full protocol. "\f" starts a new page.
PDF_LINES: list[str] = [
    "#PROTOKOLL",
    "Kommunstyrelsen",
    "Sammanträdesdatum: 2024-05-20",
    "",
    "Plats och tid: Kommunhuset, sammanträdesrum Roslagen, kl. 13.00–16.10",
    "",
    "#Närvarande ledamöter",
    "Pia Sjöberg (M), ordförande",
    "Lennart Holm (C), 1:e vice ordförande",
    "Camilla Berglund (S), 2:e vice ordförande",
    "Johan Ekström (M)",
    "Ylva Nordin (KD)",
    "Björn Hed (SD)",
    "Eva Rask (S)",
    "#Tjänstgörande ersättare",
    "Amir Karimi (S) ersätter Stefan Wik (S)",
    "#Ersättare",
    "Lotta Engström (L), Hans Broman (V)",
    "#Övriga närvarande",
    "Malin Grenholm, kommundirektör",
    "Erik Strand, ekonomichef, § 87",
    "Cecilia Dahl, nämndsekreterare",
    "",
    "Utses att justera: Camilla Berglund (S)",
    "Justeringens plats och tid: Kommunhuset 2024-05-23",
    "",
    "Underskrifter",
    "Sekreterare ........................................ Paragrafer 86–88",
    "Cecilia Dahl",
    "Ordförande ........................................",
    "Pia Sjöberg",
    "Justerare ........................................",
    "Camilla Berglund",
    "",
    "#BEVIS OM ANSLAG",
    "Protokollet är justerat. Anslaget sätts upp 2024-05-24 och tas ned 2024-06-17.",
    "Förvaringsplats för protokollet: Kommunkansliet, Kommunhuset Norrtälje",
    "\f",
    "#§ 86   Dnr KS 2024/0288",
    "#Yttrande över remiss av Regional cykelplan för Stockholmsregionen 2024–2030",
    "Kommunstyrelsens beslut",
    "1. Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Region Stockholm.",
    "2. Paragrafen förklaras omedelbart justerad.",
    "Ärendebeskrivning",
    "Region Stockholm har skickat förslaget till Regional cykelplan för Stockholmsregionen 2024–2030 på remiss "
    "till länets kommuner (regionens diarienummer RS 2023-0912). Svar ska lämnas senast 2024-05-31. "
    "Kommunen framhåller i yttrandet behovet av cykelväg längs väg 76 mellan Norrtälje och Älmsta, "
    "där Trafikverket är väghållare.",
    "Beslutsunderlag",
    "Tjänsteskrivelse 2024-04-25",
    "Förslag till yttrande 2024-04-25",
    "Kommunstyrelsens arbetsutskotts protokoll 2024-05-06, § 71",
    "Yrkanden",
    "Ordföranden yrkar bifall till arbetsutskottets förslag.",
    "Beslutsgång",
    "Ordföranden finner att kommunstyrelsen bifaller arbetsutskottets förslag.",
    "Särskilt yttrande",
    "Camilla Berglund (S) och Eva Rask (S) lämnar ett särskilt yttrande enligt bilaga 1.",
    "Beslutet skickas till: Region Stockholm",
    "",
    "#§ 87   Dnr KS 2024/0091",
    "#Mål och budget 2025 med plan för 2026–2027",
    "Kommunstyrelsens förslag till kommunfullmäktige",
    "1. Kommunfullmäktige fastställer mål och budget 2025 med plan för 2026–2027.",
    "2. Skattesatsen för 2025 fastställs till 20,44 kronor per skattekrona.",
    "3. Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst 350 miljoner "
    "kronor.",
    "Ärendebeskrivning",
    "Styrande partier (M, C, KD, L) har lagt fram förslag till mål och budget 2025. Socialdemokraterna och "
    "Sverigedemokraterna har lagt egna budgetförslag. Budgeten bygger på Sveriges Kommuner och Regioners "
    "skatteunderlagsprognos från april 2024. Enligt 11 kap. 5 § kommunallagen ska budgeten upprättas så att "
    "intäkterna överstiger kostnaderna.",
    "Beslutsunderlag",
    "Tjänsteskrivelse 2024-05-02",
    "Yrkanden",
    "Pia Sjöberg (M), Lennart Holm (C) och Ylva Nordin (KD) yrkar bifall till styrande partiernas förslag.",
    "Camilla Berglund (S) yrkar bifall till Socialdemokraternas budgetförslag.",
    "Björn Hed (SD) yrkar bifall till Sverigedemokraternas budgetförslag.",
    "Beslutsgång",
    "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller styrande partiernas förslag. "
    "Votering begärs. Kommunstyrelsen godkänner följande beslutsgång: Ja-röst för styrande partiernas förslag, "
    "nej-röst för Socialdemokraternas förslag. Björn Hed (SD) avstår från att rösta.",
    "Omröstningsresultat: Med 4 ja-röster mot 3 nej-röster och 1 som avstår bifaller kommunstyrelsen "
    "styrande partiernas förslag.",
    "Reservationer",
    "Camilla Berglund (S), Eva Rask (S) och Amir Karimi (S) reserverar sig till förmån för eget förslag.",
    "Björn Hed (SD) reserverar sig mot beslutet.",
    "Beslutet skickas till: Kommunfullmäktige",
    "\f",
    "#§ 88   Dnr KS 2024/0156",
    "#Tilläggsavtal till samverkansavtal om hälso- och sjukvård samt omsorg med Region Stockholm",
    "Kommunstyrelsens beslut",
    "Kommunstyrelsen godkänner tilläggsavtal nr 3 till samverkansavtalet mellan Norrtälje kommun och "
    "Region Stockholm om gemensam hälso- och sjukvård samt omsorg i Norrtälje.",
    "Ärendebeskrivning",
    "Kommunen och regionen bedriver sedan 2006 gemensam hälso- och sjukvård samt omsorg genom "
    "Kommunalförbundet Sjukvård och omsorg i Norrtälje, som är ägare till TioHundra AB. Tilläggsavtalet reglerar "
    "kostnadsfördelningen för den nya närakuten från 2024-09-01.",
    "Beslutsunderlag",
    "Tjänsteskrivelse 2024-04-30",
    "Tilläggsavtal nr 3",
    "Protokollsanteckning",
    "Hans Broman (V) antecknar till protokollet att Vänsterpartiet hade velat se en förlängd öppettid på närakuten.",
    "Beslutet skickas till: Region Stockholm, Kommunalförbundet Sjukvård och omsorg i Norrtälje",
]

# Växjö kommun, tekniska nämnden 2023-11-22, protokollsutdrag (1 §).
DOCX_HEADER = ("Växjö kommun", "PROTOKOLLSUTDRAG", "Tekniska nämnden", "Sammanträdesdatum 2023-11-22")
DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "§ 214 Överenskommelse med Trafikverket om ombyggnad av trafikplats Norremark"),
    ("p", "Ärendenummer: TN 2023/00312"),
    ("h2", "Tekniska nämndens beslut"),
    ("li", "Tekniska nämnden godkänner överenskommelsen mellan Växjö kommun och Trafikverket om ombyggnad av "
           "trafikplats Norremark på riksväg 25."),
    ("li", "Tekniska nämnden uppdrar åt förvaltningschefen att underteckna överenskommelsen."),
    ("li", "Kommunens andel av kostnaden, 18,5 miljoner kronor, finansieras inom investeringsbudgeten 2024–2026."),
    ("h2", "Reservation"),
    ("p", "Elin Nyberg (V) reserverar sig mot beslutet."),
    ("h2", "Protokollsanteckning"),
    ("p", "Ali Hassan (MP) lämnar följande anteckning till protokollet: Miljöpartiet vill att gång- och cykelpassagen "
          "under riksväg 25 prioriteras i första etappen."),
    ("h2", "Sammanfattning"),
    ("p", "Trafikverket planerar att bygga om trafikplats Norremark för att förbättra trafiksäkerheten. "
          "Överenskommelsen reglerar kostnadsfördelning och ansvar för gång- och cykelvägar. Kommunstyrelsen "
          "beslutade 2023-10-03, § 301, att ställa sig bakom projektets inriktning. Detaljplanen vann laga kraft "
          "2023-06-14. Arbetet ska enligt Trafikverkets tidplan påbörjas under hösten 2024."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från tekniska förvaltningen, daterad 2023-11-03"),
    ("p", "Överenskommelse, Trafikverkets ärendenummer TRV 2023/48120"),
    ("h2", "Yrkanden"),
    ("p", "Ordförande Mats Persson (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Elin Nyberg (V) yrkar avslag på förslaget."),
    ("h2", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att tekniska nämnden bifaller förvaltningens "
          "förslag."),
    ("p", "Beslutet skickas till: Trafikverket, Kommunstyrelsen"),
    ("p", ""),
    ("p", "Justerare: Karin Lövgren (KD)"),
    ("p", "Vid protokollet: Sofia Ahlqvist, sekreterare"),
    ("p", "Utdraget bestyrks: Sofia Ahlqvist"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-05-20")
    pdf.set_author("Norrtälje kommun")
    pdf.set_creator("heldout74")
    pdf.set_producer("heldout74")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=18)

    def header() -> None:
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, HEAD, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.header = header  # type: ignore[method-assign]
    pdf.add_page()
    for line in PDF_LINES:
        if line == "\f":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "norrtalje-ks-2024-05-20-protokoll.pdf"))


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    table = d.sections[0].header.add_table(rows=2, cols=2, width=d.sections[0].page_width)
    for cell, text in zip(table._cells, DOCX_HEADER, strict=True):
        cell.text = text
    n = 0
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "li":
            n += 1
            d.add_paragraph(f"{n}. {text}")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Växjö kommun"
    cp.last_modified_by = "Växjö kommun"
    cp.title = "Protokollsutdrag tekniska nämnden 2023-11-22"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = DOCS / "vaxjo-tn-2023-11-22-protokollsutdrag.docx"
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2023, 11, 27, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))


if __name__ == "__main__":
    make_pdf()
    make_docx()
