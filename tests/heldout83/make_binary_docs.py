"""Generate the binary documents of tests/heldout83/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout83/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout83/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 21, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 2, 10, 0, 0)

# PDF: Motala kommun, bildningsnämnden 2024-10-16, full protocol (3 §§).
# Each page starts with a header block; "B" lines are bold headings, "P" lines running text.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("B", "Plats och tid"),
        ("P", "Bildningsförvaltningens sammanträdesrum Vättern, Drottninggatan 2, Motala, "
              "onsdagen den 16 oktober 2024 kl. 13.15–16.00"),
        ("B", "Beslutande"),
        ("P", "Eva Ljung (S), ordförande, Ali Khalil (M), vice ordförande, Per-Erik Sundh (S), "
              "Maja Granqvist (S), Stefan Wall (S), Helena Berg (M), Oskar Thor (KD), "
              "Lisbeth Ahl (C), Karl Fors (L), Annika Rydén (V), Mats Ekstrand (SD), "
              "Ingela Holm (SD) och Nils Ahlgren (SD), tjänstgörande ersättare för Rebecka Lund (SD)"),
        ("B", "Ersättare"),
        ("P", "Tove Sjölin (S), Jakob Falk (M), Sofia Näs (MP)"),
        ("B", "Övriga närvarande"),
        ("P", "Gunilla Åkesson, bildningsdirektör, Robert Lind, controller, "
              "Hanna Ek, nämndsekreterare"),
        ("B", "Utses att justera"),
        ("P", "Ali Khalil (M)"),
        ("B", "Justeringens plats och tid"),
        ("P", "Bildningsförvaltningen, 2024-10-21"),
        ("B", "Underskrifter"),
        ("P", "Sekreterare ............................................  Paragrafer 92–94"),
        ("P", "Hanna Ek"),
        ("P", "Ordförande ............................................"),
        ("P", "Eva Ljung"),
        ("P", "Justerare ............................................"),
        ("P", "Ali Khalil"),
        ("B", "ANSLAG/BEVIS"),
        ("P", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag. "
              "Organ: Bildningsnämnden. Sammanträdesdatum: 2024-10-16. Anslaget sätts upp: "
              "2024-10-22. Anslaget tas ned: 2024-11-13. Förvaringsplats för protokollet: "
              "Bildningsförvaltningen."),
    ],
    [
        ("B", "§ 92    Riktlinjer för skolskjuts                                        BIN/2024:214"),
        ("B", "Ärendebeskrivning"),
        ("P", "Bildningsförvaltningen har sett över riktlinjerna för skolskjuts mot bakgrund av "
              "skollagen (2010:800) 10 kap. 32 § och Skolverkets allmänna råd. Förslaget innebär "
              "bland annat att avståndsgränsen för elever i årskurs 4–6 sänks till 3 kilometer. "
              "Östgötatrafiken har lämnat synpunkter på hållplatslägen 2024-08-30."),
        ("B", "Beslutsunderlag"),
        ("P", "Tjänsteskrivelse 2024-09-27"),
        ("P", "Förslag till riktlinjer för skolskjuts"),
        ("B", "Beslut"),
        ("P", "Bildningsnämnden antar riktlinjer för skolskjuts att gälla från och med "
              "läsåret 2025/2026."),
        ("B", "Beslutet skickas till"),
        ("P", "Östgötatrafiken"),
        ("B", "§ 93    Yttrande över motion om avgiftsfri frukost i grundskolan         BIN/2024:167"),
        ("B", "Ärendebeskrivning"),
        ("P", "Annika Rydén (V) har i en motion daterad 2024-04-15 föreslagit att kommunen ska "
              "erbjuda avgiftsfri frukost till alla elever i grundskolan. Kommunstyrelsen har "
              "remitterat motionen till bildningsnämnden för yttrande (KS/2024:301). "
              "Förvaltningen beräknar kostnaden till cirka 9,5 miljoner kronor per år."),
        ("B", "Beslutsunderlag"),
        ("P", "Tjänsteskrivelse 2024-09-30"),
        ("P", "Motion från Annika Rydén (V), 2024-04-15"),
        ("B", "Yrkanden"),
        ("P", "Eva Ljung (S) yrkar bifall till förvaltningens förslag att motionen ska avslås."),
        ("P", "Annika Rydén (V) och Karl Fors (L) yrkar att motionen ska bifallas."),
        ("B", "Propositionsordning"),
        ("P", "Ordföranden ställer förvaltningens förslag mot Annika Rydéns med fleras yrkande och "
              "finner att nämnden bifaller förvaltningens förslag. Omröstning begärs. Ja för "
              "förvaltningens förslag, nej för Annika Rydéns med fleras yrkande."),
        ("B", "Omröstningsresultat"),
        ("P", "Med 9 ja-röster mot 4 nej-röster beslutar nämnden enligt förvaltningens förslag. "
              "Ingen ledamot avstår."),
    ],
    [
        ("B", "§ 93 forts."),
        ("B", "Beslut"),
        ("P", "Bildningsnämnden föreslår kommunstyrelsen att föreslå kommunfullmäktige att "
              "avslå motionen."),
        ("B", "Reservation"),
        ("P", "Annika Rydén (V) och Karl Fors (L) reserverar sig mot beslutet."),
        ("B", "Beslutet skickas till"),
        ("P", "Kommunstyrelsen"),
        ("B", "§ 94    Avtal med Folkuniversitetet om utbildning i svenska för invandrare   BIN/2024:198"),
        ("B", "Ärendebeskrivning"),
        ("P", "Avtalet med Folkuniversitetet om utbildning i svenska för invandrare (sfi) löper "
              "ut 2024-12-31. Efter upphandling enligt lagen (2016:1145) om offentlig upphandling "
              "föreslås ett nytt avtal mellan Motala kommun och Folkuniversitetet för perioden "
              "2025-01-01–2026-12-31 med möjlighet till förlängning."),
        ("B", "Beslutsunderlag"),
        ("P", "Tjänsteskrivelse 2024-10-02"),
        ("P", "Tilldelningsbeslut 2024-09-12"),
        ("B", "Yrkanden"),
        ("P", "Ali Khalil (M) yrkar bifall till förvaltningens förslag."),
        ("B", "Beslut"),
        ("P", "1. Bildningsnämnden godkänner avtalet med Folkuniversitetet om utbildning i svenska "
              "för invandrare."),
        ("P", "2. Bildningsdirektören får i uppdrag att underteckna avtalet."),
        ("P", "3. Paragrafen justeras omedelbart."),
        ("B", "Protokollsanteckning"),
        ("P", "Mats Ekstrand (SD) lämnar en protokollsanteckning om att kvaliteten i sfi ska "
              "följas upp halvårsvis."),
        ("B", "Beslutet skickas till"),
        ("P", "Folkuniversitetet"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Bildningsnämnden 2024-10-16")
    pdf.set_author("Motala kommun")
    pdf.set_creator("heldout83")
    pdf.set_producer("heldout83")
    pdf.set_auto_page_break(False)
    total = len(PDF_PAGES)
    for number, rows in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "B", 10)
        pdf.set_xy(15, 12)
        pdf.cell(90, 5, "MOTALA KOMMUN")
        pdf.cell(60, 5, "PROTOKOLL")
        pdf.cell(30, 5, f"{number} ({total})", align="R")
        pdf.set_font("F", "", 9)
        pdf.set_xy(15, 17)
        pdf.cell(90, 5, "Bildningsnämnden")
        pdf.cell(60, 5, "2024-10-16")
        pdf.set_xy(15, 28)
        for kind, text in rows:
            pdf.set_x(15)
            if kind == "B":
                pdf.set_font("F", "B", 10)
                pdf.ln(1)
            else:
                pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text)
        pdf.set_font("F", "", 8)
        pdf.set_xy(15, 282)
        pdf.cell(90, 4, "Justerandes sign")
        pdf.cell(90, 4, "Utdragsbestyrkande", align="R")
    pdf.output(str(DOCS / "motala-bin-2024-10-16-protokoll.pdf"))


# DOCX: Köpings kommun, kommunfullmäktige 2024-11-25, protokollsutdrag (1 §).
# ("t", ...) rows go into the header table; "num" paragraphs use Word list numbering.
DOCX_TABLE: list[tuple[str, str]] = [
    ("Sammanträdesdatum", "2024-11-25"),
    ("Ordförande", "Håkan Lindh (S)"),
    ("Justerare", "Karin Pettersson (S), Ronny Larsson (M)"),
    ("Justeringsdatum", "2024-11-29"),
]
DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "KF § 118\tMål och budget 2025 med plan för 2026–2027"),
    ("p", "Dnr KS 2024/389"),
    ("b", "Ärendet"),
    ("p", "Kommunstyrelsen har 2024-11-04, § 201, överlämnat förslag till mål och budget 2025 med "
          "plan för 2026–2027. Förslaget bygger på en oförändrad skattesats om 22,34 kronor per "
          "skattekrona. Budgetdialog med nämnderna hölls 2024-10-08. Ekonomiavdelningens "
          "tjänsteskrivelse är daterad 2024-10-15. Köpings Kommunföretag AB och Västra Mälardalens "
          "Kommunalförbund har lämnat underlag till investeringsplanen."),
    ("b", "Yrkanden"),
    ("p", "Elisabeth Unell (S) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Mikael Andersson (M) m.fl. yrkar bifall till Moderaternas, Kristdemokraternas och "
          "Liberalernas gemensamma budgetförslag."),
    ("p", "Sebastian Larsson (SD) yrkar bifall till Sverigedemokraternas budgetförslag."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer först Moderaternas m.fl. och Sverigedemokraternas förslag mot "
          "varandra för att utse motförslag och finner att Moderaternas m.fl. förslag utses till "
          "motförslag. Därefter ställer ordföranden kommunstyrelsens förslag mot motförslaget och "
          "finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Omröstning begärs."),
    ("b", "Omröstning"),
    ("p", "Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller Moderaternas "
          "m.fl. förslag röstar nej. Omröstningen utfaller med 22 ja-röster och 13 nej-röster. "
          "6 ledamöter avstår från att rösta. Omröstningsprotokoll, bilaga 4."),
    ("b", "Beslut"),
    ("p", "Kommunfullmäktige beslutar"),
    ("num", "att fastställa skattesatsen för 2025 till 22,34 kronor per skattekrona,"),
    ("num", "att anta mål och budget 2025 med plan för 2026–2027 enligt kommunstyrelsens förslag,"),
    ("num", "att ge kommunstyrelsen rätt att under 2025 nyupplåna, det vill säga öka kommunens "
            "skulder, med högst 150 miljoner kronor,"),
    ("num", "att nämnderna ska redovisa internbudget till kommunstyrelsen senast 2025-01-31."),
    ("b", "Reservationer"),
    ("p", "Mikael Andersson (M) m.fl. reserverar sig till förmån för eget yrkande."),
    ("p", "Sebastian Larsson (SD) reserverar sig till förmån för Sverigedemokraternas förslag."),
    ("b", "Särskilt yttrande"),
    ("p", "Lena Grönlund (C) lämnar ett särskilt yttrande, bilaga 5."),
    ("b", "Beslutet skickas till"),
    ("p", "Samtliga nämnder\nKöpings Kommunföretag AB\nVästra Mälardalens Kommunalförbund"),
    ("p", "Vid protokollet: Annika Lund"),
    ("p", "Utdragsbestyrkande:"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header
    header.paragraphs[0].text = "KÖPINGS KOMMUN\tPROTOKOLLSUTDRAG\tKommunfullmäktige"
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in DOCX_TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Köpings kommun"
    cp.last_modified_by = "Köpings kommun"
    cp.title = "Protokollsutdrag KF § 118"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 12, 2, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "koping-kf-2024-11-25-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
