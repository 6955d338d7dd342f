"""Generate the binary documents of tests/heldout71/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout71/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout71/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 3, 28, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 30, 10, 0, 0)
ZIP_TIME = (2024, 10, 30, 10, 0, 0)

# PDF: Norrköpings kommun, vård- och omsorgsnämnden 2024-03-21, full protocol (2 §§ + bilaga).
# Rows are (label in the left margin, text). "PAGE" starts a new page with the running head.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("", "NORRKÖPINGS KOMMUN                    PROTOKOLL"),
        ("", "Vård- och omsorgsnämnden"),
        ("Sammanträdesdatum", "2024-03-21"),
        ("Plats och tid", "Rådhuset, sal Fenix, kl. 08.30–11.45"),
        ("Närvarande ledamöter", "Britt Holmgren (M), ordförande"),
        ("", "Mikael Ström (S), 1:e vice ordförande"),
        ("", "Lotta Ek (M)"),
        ("", "Johan Björk (M)"),
        ("", "Hanna Åberg (S)"),
        ("", "Ove Dahl (SD)"),
        ("", "Eva Nord (V)"),
        ("", "Peter Kask (C)"),
        ("Tjänstgörande ersättare", "Gustav Lund (S) i stället för Ali Rahimi (S)"),
        ("Närvarande ersättare", "Tove Rask (V), Sanna Lind (KD)"),
        ("Tjänstepersoner", "Anna Holst, förvaltningschef vård- och omsorgskontoret"),
        ("", "Nils Berg, nämndsekreterare"),
        ("Utses att justera", "Hanna Åberg (S)"),
        ("Justeringens plats och tid", "Vård- och omsorgskontoret, 2024-03-27"),
        ("Paragrafer", "31–32"),
        ("Underskrifter", "Sekreterare ........................  Nils Berg"),
        ("", "Ordförande ........................  Britt Holmgren"),
        ("", "Justerare ........................  Hanna Åberg"),
        ("ANSLAG/BEVIS", "Protokollet är justerat. Datum för anslags uppsättande 2024-03-28, "
                         "datum för anslags nedtagande 2024-04-19. Förvaringsplats: vård- och omsorgskontoret."),
    ],
    [
        ("", "NORRKÖPINGS KOMMUN     Vård- och omsorgsnämnden     2024-03-21     Sida 2 (4)"),
        ("VON § 31", "Yttrande till kommunstyrelsen över förslag till program för trygghet och säkerhet "
                     "2024–2027"),
        ("", "Diarienummer VON-2024-0087, kommunstyrelsens diarienummer KS-2024-0112"),
        ("Ärendet", "Kommunstyrelsen har remitterat förslaget till program för trygghet och säkerhet till "
                    "nämnderna för yttrande senast 2024-04-15. Programmet bygger på lagen (2003:778) om skydd "
                    "mot olyckor och på samverkansöverenskommelsen med Polismyndigheten från 2022-11-08. "
                    "Vård- och omsorgskontorets tjänsteskrivelse den 4 mars 2024 föreslår att nämnden "
                    "tillstyrker programmet."),
        ("Yrkanden", "Britt Holmgren (M) yrkar bifall till kontorets förslag. Mikael Ström (S) yrkar som "
                     "tillägg att yttrandet ska kräva trygghetsvärdar i hemtjänsten kvällstid."),
        ("Beslutsgång", "Ordföranden finner att nämnden bifaller kontorets förslag och avslår "
                        "tilläggsyrkandet."),
        ("Beslut", "1. Vård- och omsorgsnämnden tillstyrker förslaget till program."),
        ("", "2. Nämnden överlämnar tjänsteskrivelsen som sitt yttrande till kommunstyrelsen."),
        ("Särskilt yttrande", "Socialdemokraterna lämnar följande särskilda yttrande:"),
        ("", "”Programmet är bra men saknar det som äldre i Norrköping oftast tar upp: otryggheten "
             "när hemtjänsten kommer sent på kvällen. Vi hade velat att nämnden krävde trygghetsvärdar "
             "och kommer att återkomma i budgetarbetet.”"),
        ("", "Mikael Ström (S)     Hanna Åberg (S)     Gustav Lund (S)"),
        ("", "Ersättaren Tove Rask (V) ställer sig bakom Socialdemokraternas särskilda yttrande."),
        ("Expedieras", "Kommunstyrelsen"),
    ],
    [
        ("", "NORRKÖPINGS KOMMUN     Vård- och omsorgsnämnden     2024-03-21     Sida 3 (4)"),
        ("VON § 32", "Avtal om drift av vård- och omsorgsboendet Lotsen"),
        ("", "Diarienummer VON-2023-0391"),
        ("Ärendet", "Efter upphandling enligt lagen (2016:1145) om offentlig upphandling, annonserad "
                    "2023-11-15, föreslås ett avtal mellan Norrköpings kommun och Attendo Sverige AB om drift "
                    "av Lotsen under perioden 2024-09-01–2028-08-31. Tjänsteskrivelse 2024-02-26. "
                    "Inspektionen för vård och omsorg har tillsyn över verksamheten."),
        ("Yrkanden", "Britt Holmgren (M) yrkar bifall till kontorets förslag. Mikael Ström (S) yrkar avslag. "
                     "Eva Nord (V) instämmer i Mikael Ströms yrkande."),
        ("Omröstning", "Omröstning begärs och genomförs. Ja-röster för ordförandens förslag: 6. "
                       "Nej-röster för Mikael Ströms förslag: 3. Ingen avstår."),
        ("Beslut", "1. Vård- och omsorgsnämnden godkänner avtalet med Attendo Sverige AB."),
        ("", "2. Förvaltningschefen får i uppdrag att underteckna avtalet."),
        ("", "3. Paragrafen justeras omedelbart."),
        ("Reservationer", "Mikael Ström (S), Hanna Åberg (S) och Gustav Lund (S) reserverar sig skriftligt, "
                          "bilaga 2. Vänsterpartiet reserverar sig mot beslutet."),
        ("Protokollsanteckning", "Ove Dahl (SD) anmäler följande protokollsanteckning: ”Sverigedemokraterna "
                                 "vill att nämnden följer upp bemanningen nattetid redan efter sex månader.”"),
        ("", "Peter Kask (C) ansluter sig till protokollsanteckningen."),
        ("Expedieras", "Attendo Sverige AB, Inspektionen för vård och omsorg"),
    ],
    [
        ("", "NORRKÖPINGS KOMMUN     Vård- och omsorgsnämnden     2024-03-21     Sida 4 (4)"),
        ("Bilaga 2", "Reservation till vård- och omsorgsnämndens protokoll 2024-03-21, § 32"),
        ("", "Vi reserverar oss mot beslutet att lägga driften av Lotsen på entreprenad. Boendet har "
             "fungerat väl i egen regi och kontinuiteten för de boende väger tyngre än den beräknade "
             "besparingen."),
        ("", "För Socialdemokraterna i vård- och omsorgsnämnden"),
        ("", "Mikael Ström     Hanna Åberg     Gustav Lund"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll vård- och omsorgsnämnden 2024-03-21")
    pdf.set_author("Norrköpings kommun")
    pdf.set_creator("heldout71")
    pdf.set_producer("heldout71")
    pdf.set_auto_page_break(auto=True, margin=15)
    for rows in PDF_PAGES:
        pdf.add_page()
        for label, text in rows:
            y = pdf.get_y()
            pdf.set_xy(15, y)
            pdf.set_font("F", "B", 8)
            pdf.multi_cell(42, 5, label)
            y_after_label = pdf.get_y()
            pdf.set_xy(60, y)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(135, 5, text)
            pdf.set_y(max(pdf.get_y(), y_after_label))
            pdf.ln(1.5)
    pdf.output(str(DOCS / "norrkoping-von-2024-03-21-protokoll.pdf"))


# DOCX: Helsingborgs stad, skol- och fritidsnämnden 2024-10-23, protokollsutdrag (1 §).
# Head paragraphs, then the paragraph as a two-column Word table (label | text).
DOCX_HEAD: list[str] = [
    "Helsingborgs stad\tSkol- och fritidsnämnden",
    "PROTOKOLLSUTDRAG",
    "Sammanträdesdatum: 2024-10-23",
    "Ordförande: Anders Wiklund (M)",
    "Justerare: Emma Jönsson (S)",
    "Närvarande: se protokollet i sin helhet",
]
DOCX_TABLE: list[tuple[str, str]] = [
    ("§ 88", "Avsiktsförklaring mellan Helsingborgs stad och Lunds universitet om praktiknära skolforskning"),
    ("Dnr", "SFN 2024/00412"),
    ("Ärendet", "Lunds universitet, Campus Helsingborg, och staden vill fördjupa samarbetet om praktiknära "
                "forskning i skolan i linje med kravet på vetenskaplig grund i 1 kap. 5 § skollagen (2010:800). "
                "Skolforskningsinstitutet har bidragit med underlag. Avsiktsförklaringen ska undertecknas senast "
                "2024-12-01. Skol- och fritidsförvaltningens tjänsteskrivelse 2024-10-02."),
    ("Yrkanden", "Ordföranden Anders Wiklund (M) yrkar bifall till förvaltningens förslag. Emma Jönsson (S) "
                 "yrkar avslag med hänvisning till kostnaden. Kalle Persson (S) instämmer i Emma Jönssons "
                 "yrkande."),
    ("Omröstning", "Omröstning begärs. Ja-röster 8, nej-röster 4. En ledamot (Nora Lind, V) avstår."),
    ("Beslut", "1. Skol- och fritidsnämnden godkänner avsiktsförklaringen."),
    ("", "2. Ordföranden får i uppdrag att underteckna avsiktsförklaringen för nämndens räkning."),
    ("Reservation", "Socialdemokraterna (Emma Jönsson och Kalle Persson) reserverar sig mot beslutet till "
                    "förmån för eget yrkande."),
    ("Särskilt yttrande", "Liberalerna lämnar ett särskilt yttrande, bilaga 1. Ersättaren Ida Borg (C) "
                          "instämmer i Liberalernas särskilda yttrande."),
    ("Protokollsanteckning", "Sverigedemokraterna, genom Jimmy Holm (SD), lämnar följande "
                             "protokollsanteckning: ”Vi förutsätter att forskningen inte tar undervisningstid "
                             "från eleverna.”"),
    ("Beslutet skickas till", "Lunds universitet, Skolforskningsinstitutet"),
]
DOCX_TAIL: list[str] = [
    "Sekreterare: Sofia Lilja",
    "Utdragsbestyrkande: ____________________",
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    for text in DOCX_HEAD:
        d.add_paragraph(text)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, text in DOCX_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, (label, text), strict=True):
            cell.text = value
    for text in DOCX_TAIL:
        d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Helsingborgs stad"
    cp.last_modified_by = "Helsingborgs stad"
    cp.title = "Protokollsutdrag SFN § 88"
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
    (DOCS / "helsingborg-sfn-2024-10-23-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
