"""Generate the binary documents of tests/heldout56/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout56/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout56/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 22, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2023, 12, 6, 14, 0, 0)

# PDF: Götene kommun, barn- och utbildningsnämnden 2024-05-15, full protocol (3 §§).
# First page: attendance as label/value rows where the role is the label ("Ordförande", "Ledamot", ...).
ATTENDANCE: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset Götene, sal Kinnekulle, onsdagen den 15 maj 2024 kl. 08.30–11.45"),
    ("Ordförande", "Lisa Strand (C)"),
    ("1:e vice ordförande", "Omid Karimi (S)"),
    ("2:e vice ordförande", "Birgitta Lund (M)"),
    ("Ledamot", "Henrik Sjödin (S)"),
    ("Ledamot", "Jimmy Berg (SD)"),
    ("Ledamot", "Pia Ahl (KD)"),
    ("Ledamot", "Sofie Nyman (S)"),
    ("Ledamot", "Nils Axelsson (L)"),
    ("Tjänstgörande ersättare", "Tove Larsson (M) ersätter Karl-Erik Bohm (M)"),
    ("Ersättare", "Ahmed Yusuf (S), Gunilla Rask (C)"),
    ("Övriga deltagare", "Jenny Falk, förvaltningschef; Martin Öhman, controller §§ 41–42; "
                         "Elin Sand, nämndsekreterare"),
    ("Utses att justera", "Omid Karimi (S)"),
    ("Justeringens plats och tid", "Kommunhuset, 2024-05-21"),
]
SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Elin Sand"),
    ("Ordförande", "Lisa Strand"),
    ("Justerare", "Omid Karimi"),
]
# Paragraph pages: ("par", number, title), ("h", heading), ("p", text), ("dash", text), ("brk", "") page break.
PDF_BODY: list[tuple[str, ...]] = [
    ("par", "§ 41", "Avtal om modersmålsundervisning och studiehandledning med Lidköpings kommun"),
    ("p", "Diarienummer: BUN 2024/77"),
    ("h", "Sammanfattning"),
    ("p", "Götene kommun köper sedan 2019 modersmålsundervisning av Lidköpings kommun. Nuvarande avtal löper "
          "ut 2024-06-30. Ett nytt avtal om modersmålsundervisning och studiehandledning mellan Götene kommun "
          "och Lidköpings kommun har förhandlats fram och föreslås gälla 2024-07-01–2027-06-30. Ersättningen "
          "följer Skolverkets riktlinjer och 10 kap. 7 § skollagen (2010:800)."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse daterad 2024-04-25, Jenny Falk, förvaltningschef\n"
          "Avtalsförslag daterat 2024-04-02"),
    ("h", "Beslut"),
    ("p", "Barn- och utbildningsnämnden beslutar att"),
    ("dash", "godkänna avtal om modersmålsundervisning och studiehandledning med Lidköpings kommun,"),
    ("dash", "ge förvaltningschefen i uppdrag att underteckna avtalet."),
    ("p", "Beslutet skickas till: Lidköpings kommun, Ekonomienheten"),
    ("par", "§ 42", "Yttrande över motion om avgiftsfri simskola för alla elever i årskurs 2"),
    ("p", "Diarienummer: BUN 2024/31"),
    ("h", "Sammanfattning"),
    ("p", "Kommunstyrelsen har remitterat motionen från Jimmy Berg (SD), inlämnad 2024-01-29, till barn- och "
          "utbildningsnämnden för yttrande. Motionären föreslår att alla elever i årskurs 2 erbjuds simskola "
          "på Götene simhall utan kostnad. Förvaltningen bedömer att skolans uppdrag enligt kursplanen i idrott "
          "och hälsa redan täcks och föreslår att motionen ska anses besvarad. Svenska Livräddningssällskapet "
          "har lämnat synpunkter 2024-03-11."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse daterad 2024-04-22\nMotion daterad 2024-01-29\n"
          "Kommunstyrelsens arbetsutskott 2024-02-20, § 18"),
    ("brk", ""),
    ("h", "Yrkanden"),
    ("p", "Lisa Strand (C) yrkar bifall till förvaltningens förslag.\n"
          "Jimmy Berg (SD) yrkar att nämnden ska föreslå att motionen bifalls.\n"
          "Nils Axelsson (L) instämmer i Lisa Strands yrkande."),
    ("h", "Propositionsordning och votering"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Lisa Strands yrkande. "
          "Votering begärs och verkställs. Med 6 ja-röster mot 3 nej-röster beslutar nämnden enligt Lisa "
          "Strands yrkande."),
    ("h", "Beslut"),
    ("p", "Barn- och utbildningsnämnden beslutar att"),
    ("dash", "anta förvaltningens yttrande som sitt eget och överlämna det till kommunstyrelsen,"),
    ("dash", "föreslå att motionen ska anses besvarad."),
    ("h", "Reservation"),
    ("p", "Jimmy Berg (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("h", "Särskilt yttrande"),
    ("p", "Omid Karimi (S) m.fl. lämnar ett särskilt yttrande: Simkunnigheten måste följas upp årligen."),
    ("p", "Beslutet skickas till: Kommunstyrelsen"),
    ("par", "§ 43", "Meddelanden och delegationsbeslut"),
    ("p", "Diarienummer: BUN 2024/5"),
    ("p", "Följande meddelanden och delegationsbeslut redovisas:\n"
          "Skolinspektionens beslut efter tillsyn av Källbyskolan, 2024-04-09, dnr SI 2023:8812\n"
          "Delegationsbeslut om skolskjuts, april 2024, enligt 6 kap. 40 § kommunallagen (2017:725)"),
    ("h", "Beslut"),
    ("p", "Barn- och utbildningsnämnden lägger meddelandena och delegationsbesluten till handlingarna."),
]


def _header(pdf: FPDF, page: int, total: int) -> None:
    pdf.set_font("F", "B", 10)
    pdf.set_xy(15, 10)
    pdf.cell(90, 5, "GÖTENE KOMMUN")
    pdf.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
    pdf.cell(30, 5, f"Sida {page}({total})", align="R")
    pdf.set_font("F", "", 9)
    pdf.set_xy(15, 15)
    pdf.cell(90, 5, "Barn- och utbildningsnämnden")
    pdf.cell(60, 5, "Sammanträdesdatum 2024-05-15")
    pdf.set_xy(15, 280)
    pdf.cell(90, 5, "Justerandes signatur")
    pdf.cell(90, 5, "Utdragsbestyrkande", align="R")
    pdf.set_xy(15, 28)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och utbildningsnämnden 2024-05-15")
    pdf.set_author("Götene kommun")
    pdf.set_creator("heldout56")
    pdf.set_producer("heldout56")
    total = 3
    pdf.add_page()
    _header(pdf, 1, total)
    for label, value in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.multi_cell(50, 5, label)
        y2 = pdf.get_y()
        pdf.set_font("F", "", 10)
        pdf.set_xy(68, y)
        pdf.multi_cell(127, 5, value)
        pdf.set_y(max(y2, pdf.get_y()) + 1.5)
    pdf.ln(4)
    pdf.set_font("F", "", 10)
    pdf.set_x(15)
    pdf.cell(0, 5, "Underskrifter                                                       Paragrafer 41–43")
    pdf.ln(8)
    for role, name in SIGNATURES:
        pdf.set_x(15)
        pdf.set_font("F", "B", 9)
        pdf.cell(50, 5, role)
        pdf.set_font("F", "", 10)
        pdf.cell(0, 5, "……………………………………………")
        pdf.ln(5)
        pdf.set_x(68)
        pdf.cell(0, 5, name)
        pdf.ln(9)
    pdf.ln(4)
    pdf.set_x(15)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 5, "ANSLAG/BEVIS")
    pdf.ln(6)
    pdf.set_font("F", "", 9)
    for line in ("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
                 "Organ: Barn- och utbildningsnämnden      Sammanträdesdatum: 2024-05-15",
                 "Anslaget sätts upp: 2024-05-22      Anslaget tas ned: 2024-06-13",
                 "Förvaringsplats för protokollet: Barn- och utbildningsförvaltningen"):
        pdf.set_x(15)
        pdf.cell(0, 5, line)
        pdf.ln(5)
    page = 2
    pdf.add_page()
    _header(pdf, page, total)
    for item in PDF_BODY:
        kind = item[0]
        if kind == "brk":
            page += 1
            pdf.add_page()
            _header(pdf, page, total)
            pdf.set_font("F", "B", 11)
            pdf.set_x(15)
            pdf.cell(0, 6, "§ 42 forts.")
            pdf.ln(8)
        elif kind == "par":
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("F", "B", 12)
            pdf.set_xy(15, y)
            pdf.cell(20, 6, item[1])
            pdf.set_xy(38, y)
            pdf.multi_cell(157, 6, item[2])
            pdf.ln(1)
        elif kind == "h":
            pdf.set_font("F", "B", 10)
            pdf.set_x(38)
            pdf.cell(0, 5, item[1])
            pdf.ln(5.5)
        elif kind == "dash":
            pdf.set_font("F", "", 10)
            pdf.set_x(42)
            pdf.cell(5, 5, "–")
            pdf.multi_cell(148, 5, item[1])
        else:
            pdf.set_font("F", "", 10)
            pdf.set_x(38)
            pdf.multi_cell(157, 5, item[1])
            pdf.ln(1.5)
    pdf.output(str(DOCS / "gotene-bun-2024-05-15-protokoll.pdf"))


# DOCX: Hofors kommun, miljö- och byggnadsnämnden 2023-11-29, protokollsutdrag (1 §), taxa.
DOCX_BODY: list[tuple[str, str]] = [
    ("p", "Justerare: Agneta Holm (S)"),
    ("h", "§ 118"),
    ("p", "Dnr MBN 2023-000214"),
    ("b", "Taxa för offentlig kontroll inom livsmedelslagstiftningen 2024"),
    ("h2", "Ärendebeskrivning"),
    ("p", "Förordning (2021:176) om avgifter för offentlig kontroll av livsmedel och vissa jordbruksprodukter "
          "och Europaparlamentets och rådets förordning (EU) 2017/625 ställer krav på att kommunens taxa "
          "för livsmedelskontroll bygger på efterhandsdebitering. Förvaltningen har utgått från Sveriges "
          "Kommuner och Regioners underlag och Livsmedelsverkets vägledning. Nuvarande taxa antogs av "
          "kommunfullmäktige 2021-12-13, § 97."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från miljöavdelningen 2023-11-10"),
    ("p", "Förslag till taxa, version 2023-11-03"),
    ("h2", "Förslag till beslut"),
    ("bullet", "Kommunfullmäktige antar taxa för offentlig kontroll inom livsmedelslagstiftningen."),
    ("bullet", "Timavgiften fastställs till 1 390 kronor."),
    ("h2", "Yrkanden"),
    ("p", "Ordförande Stefan Wallin (S) yrkar bifall till förslaget till beslut."),
    ("p", "Ulf Persson (M) yrkar att timavgiften fastställs till 1 250 kronor."),
    ("h2", "Propositionsordning"),
    ("p", "Ordföranden ställer de båda yrkandena mot varandra och finner att nämnden bifaller Stefan Wallins "
          "yrkande."),
    ("h2", "Beslut"),
    ("p", "Miljö- och byggnadsnämnden föreslår kommunfullmäktige besluta"),
    ("bullet", "att anta taxa för offentlig kontroll inom livsmedelslagstiftningen enligt bilaga,"),
    ("bullet", "att timavgiften fastställs till 1 390 kronor,"),
    ("bullet", "att taxan gäller från och med 2024-01-01."),
    ("h2", "Reservation"),
    ("p", "Ulf Persson (M) reserverar sig mot beslutet."),
    ("h2", "Ersättaryttrande"),
    ("p", "Ersättaren Roger Åkerlund (V) får till protokollet anteckna att taxan bör ses över när "
          "Livsmedelsverket har utvärderat den nya debiteringsmodellen."),
    ("p", "Beslutet skickas till: Kommunfullmäktige, Kommunstyrelsen"),
]
DOCX_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Emma Dahlin"),
    ("Ordförande", "Stefan Wallin"),
    ("Justerande", "Agneta Holm"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    head = d.add_table(rows=2, cols=3)
    cells = [["HOFORS KOMMUN", "PROTOKOLLSUTDRAG", "1 (1)"],
             ["Miljö- och byggnadsnämnden", "Sammanträdesdatum", "2023-11-29"]]
    for row, values in zip(head.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "h2":
            d.add_heading(text, level=3)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.add_paragraph("Underskrifter")
    sign = d.add_table(rows=len(DOCX_SIGN), cols=2)
    for row, (role, name) in zip(sign.rows, DOCX_SIGN, strict=True):
        row.cells[0].text = role
        row.cells[1].text = name
    d.add_paragraph("Utdragsbestyrkande")
    cp = d.core_properties
    cp.author = "Hofors kommun"
    cp.last_modified_by = "Hofors kommun"
    cp.title = "Protokollsutdrag MBN § 118"
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
            info = zipfile.ZipInfo(name, date_time=(2023, 12, 6, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "hofors-mbn-2023-11-29-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
