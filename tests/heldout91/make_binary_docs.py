"""Generate the binary documents of tests/heldout91/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout91/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout91/gold/
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
FIXED_PDF = dt.datetime(2024, 11, 29, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 24, 10, 0, 0)
ZIP_TIME = (2024, 10, 24, 10, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Gävle kommun, kommunfullmäktige 2024-11-25, full protocol (§§ 200-202).
# Attendance table with the party in the FIRST column; § headings in a grey band with the dnr
# at the right; one budget paragraph with a separate vote per group of decision points.
# ---------------------------------------------------------------------------------------------
PDF_TITLE = "GÄVLE KOMMUN   Kommunfullmäktige   SAMMANTRÄDESPROTOKOLL   2024-11-25"

PDF_FRONT: list[tuple[str, str]] = [
    ("Plats och tid", "Rådhuset, fullmäktigesalen, måndagen den 25 november 2024 kl. 13.00–19.25"),
    ("Beslutande", "Presidiet enligt tabellen nedan. Övriga ledamöter och tjänstgörande ersättare "
                   "enligt närvaro- och omröstningslista, bilaga 1."),
]

PDF_TABLE: list[tuple[str, str, str]] = [
    ("Parti", "Namn", "Uppdrag"),
    ("S", "Lena Dahl", "ordförande"),
    ("M", "Ola Berglund", "1:e vice ordförande"),
    ("V", "Tove Åkerlund", "2:e vice ordförande"),
]

PDF_FRONT2: list[tuple[str, str]] = [
    ("Övriga deltagande", "Karin Wall, kommundirektör; Peter Nykvist, ekonomidirektör; "
                          "Mia Holm, kommunsekreterare"),
    ("Justerare", "Jonas Lind (V) och Lars Björk (KD)"),
    ("Justeringens plats och tid", "Kommunledningskontoret 2024-12-02"),
    ("Paragrafer", "200–202"),
]

PDF_SIGN = [("Sekreterare", "Mia Holm"), ("Ordförande", "Lena Dahl"),
            ("Justerare", "Jonas Lind"), ("Justerare", "Lars Björk")]

PDF_ANSLAG = ("ANSLAG/BEVIS – Protokollet är justerat. Anslaget publiceras 2024-12-03 och tas ned "
              "2024-12-25. Förvaringsplats: Kommunledningskontoret, Drottninggatan 22.")

PDF_PARAS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("KF § 200  Interpellation om kostnader för extern bemanning", "Dnr 24KS377", [
        ("", "Elsa Ring (L) har den 21 oktober 2024 ställt en interpellation till kommunstyrelsens "
             "ordförande Anna Söderberg (S) om kostnaderna för hyrpersonal inom omsorgen. "
             "Anna Söderberg (S) besvarar interpellationen. I debatten deltar Elsa Ring (L) och "
             "Anna Söderberg (S)."),
        ("Beslut", "Interpellationen anses besvarad."),
    ]),
    ("KF § 201  Strategisk plan och budget 2025–2027", "Dnr 24KS312", [
        ("Ärendet", "Kommunstyrelsen har 2024-11-05, § 212, föreslagit att fullmäktige fastställer "
                    "strategisk plan och budget 2025–2027. Förslaget grundas på "
                    "kommunledningskontorets tjänsteskrivelse 2024-09-27 och Sveriges Kommuner och "
                    "Regioners skatteunderlagsprognos 2024-10-03. Enligt 11 kap. 5 § kommunallagen "
                    "ska skattesatsen anges i budgeten. Moderaterna, Kristdemokraterna och "
                    "Liberalerna har lagt ett gemensamt budgetförslag, \"Gävle framåt\"; "
                    "Sverigedemokraterna har lagt ett eget."),
        ("Yrkanden", "Anna Söderberg (S) yrkar bifall till kommunstyrelsens förslag. Jonas Lind (V), "
                     "Emma Hedin (MP) och Per-Åke Sund (C) instämmer i Anna Söderbergs yrkande."),
        ("", "Fredrik Aldén (M) yrkar bifall till M, KD och L:s budgetförslag, med skattesatsen "
             "21:89 kronor. Lars Björk (KD) och Elsa Ring (L) instämmer."),
        ("", "Mikael Hed (SD) yrkar bifall till Sverigedemokraternas budgetförslag i "
             "beslutspunkterna 2–6 och till kommunstyrelsens förslag i beslutspunkt 1."),
        ("", "Emma Hedin (MP) yrkar som tillägg en ny beslutspunkt 7 om en klimatbudget som "
             "redovisas i delårsrapporten."),
        ("Beslutsgång", "Ordföranden föreslår att beslutspunkt 1 (skattesatsen) avgörs för sig och "
                        "beslutspunkterna 2–6 för sig, därefter tilläggsyrkandet. Fullmäktige godkänner "
                        "beslutsgången."),
        ("Votering 1", "Beslutspunkt 1. Ja för kommunstyrelsens förslag, nej för M, KD och L:s förslag. "
                       "Ja-röster 36 – Nej-röster 28 – Avstående 1."),
        ("Votering 2", "Kontrapropositionsvotering, beslutspunkterna 2–6. M, KD och L:s förslag 21 "
                       "röster, Sverigedemokraternas förslag 14 röster, 30 avstår. M, KD och L:s "
                       "förslag är motförslag."),
        ("Votering 3", "Huvudvotering, beslutspunkterna 2–6. Ja för kommunstyrelsens förslag, nej för "
                       "motförslaget. Ja-röster 36 – Nej-röster 21 – Avstående 8."),
        ("", "Tilläggsyrkandet bifalls utan votering."),
        ("Beslut", "Kommunfullmäktige beslutar"),
        ("", "1. att skattesatsen för 2025 ska vara 22:14 kronor per skattekrona,"),
        ("", "2. att fastställa strategisk plan och budget 2025–2027 med resultatbudget och "
             "balansbudget,"),
        ("", "3. att fastställa investeringsramen för 2025 till 1 120 mnkr,"),
        ("", "4. att kommunstyrelsen under 2025 får uppta nya lån om högst 900 mnkr,"),
        ("", "5. att fastställa borgensram för Gavlegårdarna AB till 6 400 mnkr, för Gävle Energi "
             "AB till 2 100 mnkr och för Gävle Hamn AB till 750 mnkr,"),
        ("", "6. att nämndernas driftramar fastställs enligt bilaga 2,"),
        ("", "7. att en klimatbudget redovisas i delårsrapporten per den 31 augusti 2025."),
        ("Reservationer", "Fredrik Aldén (M), Lars Björk (KD) och Elsa Ring (L) reserverar sig, för "
                          "sina partigrupper, till förmån för eget budgetförslag."),
        ("", "Mikael Hed (SD) m.fl. reserverar sig till förmån för eget budgetförslag i "
             "beslutspunkterna 2–6."),
        ("Särskilt yttrande", "Per-Åke Sund (C) lämnar följande särskilda yttrande: \"Centerpartiet "
                              "står bakom budgeten men anser att landsbygdens skolor ska prioriteras "
                              "i lokalplaneringen.\""),
        ("Protokollsanteckning", "Mikael Hed (SD) får till protokollet antecknat att "
                                 "Sverigedemokraterna röstat för skattesatsen 22:14."),
        ("Expedieras", "Samtliga nämnder, Gävle Stadshus AB, Gavlegårdarna AB, Gävle Energi AB, "
                       "Gävle Hamn AB"),
    ]),
    ("KF § 202  Borgen för Gästrike Vatten AB:s upplåning", "Dnr 24KS298", [
        ("Ärendet", "Gästrike Vatten AB, som ägs gemensamt av sex kommuner, har begärt att "
                    "ägarkommunerna går i borgen i förhållande till ägarandel för bolagets "
                    "upplåning hos Kommuninvest i Sverige AB. Kommunledningskontorets "
                    "tjänsteskrivelse 2024-10-08. Bolagsstämman hölls 2024-04-25."),
        ("Yrkande", "Anna Söderberg (S) yrkar bifall till kommunstyrelsens förslag."),
        ("Beslut", "1. Gävle kommun ingår borgen såsom för egen skuld för Gästrike Vatten AB:s "
                   "lån upp till 820 mnkr jämte ränta och kostnader."),
        ("", "2. Paragrafen förklaras omedelbart justerad."),
        ("Expedieras", "Gästrike Vatten AB, Kommuninvest i Sverige AB"),
    ]),
]


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.set_xy(15, 8)
        self.cell(150, 5, PDF_TITLE)
        self.cell(30, 5, f"{self.page_no()} ({{nb}})", align="R")
        self.set_y(18)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 7)
        self.cell(90, 4, "Justerandes signatur")
        self.cell(90, 4, "Utdragsbestyrkande", align="R")


def _row(pdf: FPDF, label: str, text: str) -> None:
    y = pdf.get_y()
    if y > 265:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_xy(15, y)
    pdf.set_font("F", "B", 8.5)
    pdf.cell(36, 5, label)
    pdf.set_xy(53, y)
    pdf.set_font("F", "", 9.5)
    pdf.multi_cell(142, 5, text)
    pdf.ln(1)


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunfullmäktige 2024-11-25")
    pdf.set_author("Gävle kommun")
    pdf.set_creator("heldout91")
    pdf.set_producer("heldout91")
    pdf.add_page()
    for label, text in PDF_FRONT:
        _row(pdf, label, text)
    pdf.set_x(53)
    for i, (party, name, role) in enumerate(PDF_TABLE):
        pdf.set_font("F", "B" if i == 0 else "", 9.5)
        pdf.set_x(53)
        pdf.cell(18, 6, party, border=1)
        pdf.cell(60, 6, name, border=1)
        pdf.cell(50, 6, role, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, text in PDF_FRONT2:
        _row(pdf, label, text)
    pdf.ln(4)
    y = pdf.get_y()
    for i, (role, name) in enumerate(PDF_SIGN):
        x = 15 + (i % 2) * 95
        yy = y + (i // 2) * 20
        pdf.set_xy(x, yy)
        pdf.set_font("F", "B", 8.5)
        pdf.cell(85, 5, role)
        pdf.set_xy(x, yy + 8)
        pdf.set_font("F", "", 9.5)
        pdf.cell(85, 5, "............................................")
        pdf.set_xy(x, yy + 13)
        pdf.cell(85, 5, name)
    pdf.set_y(y + 45)
    pdf.set_font("F", "", 8.5)
    pdf.multi_cell(180, 5, PDF_ANSLAG, border=1)
    for heading, dnr, rows in PDF_PARAS:
        pdf.add_page()
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("F", "B", 10.5)
        pdf.set_x(15)
        pdf.cell(140, 8, heading, fill=True)
        pdf.set_font("F", "", 9)
        pdf.cell(40, 8, dnr, fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for label, text in rows:
            _row(pdf, label, text)
    (DOCS / "gavle-kf-2024-11-25-protokoll.pdf").write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------------
# DOCX: Botkyrka kommun, kommunstyrelsen 2024-10-21, protokollsutdrag (§ 168).
# Yrkanden as a numbered Word table (Nr | Yrkande | Yrkande av); the Beslutsgång refers to them
# by number only; KF proposal plus a decision "för egen del".
# ---------------------------------------------------------------------------------------------
DOCX_HEAD = "BOTKYRKA KOMMUN\tPROTOKOLLSUTDRAG\nKommunstyrelsen\tSammanträdesdatum 2024-10-21"

DOCX_TOP: list[tuple[str, str]] = [
    ("h", "§ 168 Mål och budget 2025 med flerårsplan 2026–2027 – förslag till kommunfullmäktige"),
    ("p", "Ärendenummer KS 2024.0457"),
    ("h4", "Kort sammanfattning"),
    ("p", "Kommunledningsförvaltningen har tagit fram ett förslag till mål och budget 2025 med "
          "flerårsplan 2026–2027 på uppdrag av den styrande majoriteten (S, V, C och MP). "
          "Budgetberedningen sammanträdde 2024-09-30. Kommunfullmäktige fattar beslut den 14 "
          "november 2024."),
    ("h4", "Beslutsunderlag"),
    ("p", "Kommunledningsförvaltningens tjänsteskrivelse 2024-10-04\n"
          "Moderaternas budgetförslag 2024-10-14\n"
          "Sverigedemokraternas budgetförslag 2024-10-15"),
    ("h4", "Yrkanden"),
]

DOCX_YRK: list[tuple[str, str, str]] = [
    ("Nr", "Yrkande", "Yrkande av"),
    ("1", "Bifall till kommunledningsförvaltningens förslag",
     "Karin Ståhl (S), med instämmande av Ali Yousef (V) och Marita Lund (C)"),
    ("2", "Bifall till Moderaternas budgetförslag", "Lars Hedman (M)"),
    ("3", "Bifall till Sverigedemokraternas budgetförslag", "Rickard Nyberg (SD)"),
    ("4", "Ändringsyrkande punkt 3: investeringsramen sänks till 1 150 mnkr", "Lars Hedman (M)"),
    ("5", "Tilläggsyrkande: en ny punkt om uppdrag att utreda kommunal hemtjänst i egen regi "
          "kontra LOV", "Ylva Ek (KD)"),
]

DOCX_REST: list[tuple[str, str]] = [
    ("h4", "Beslutsgång"),
    ("p", "Ordföranden ställer yrkande 2 mot yrkande 3 för att utse motförslag och finner att "
          "yrkande 2 utses till motförslag. Ordföranden ställer därefter yrkande 1 mot yrkande 2 och "
          "finner att kommunstyrelsen bifaller yrkande 1."),
    ("p", "Omröstning begärs och verkställs. Den som bifaller yrkande 1 röstar ja, den som bifaller "
          "yrkande 2 röstar nej. Med åtta ja-röster mot fem nej-röster, två ledamöter avstår, "
          "beslutar kommunstyrelsen enligt yrkande 1."),
    ("p", "Yrkande 4 och yrkande 5 avslås var för sig."),
    ("h4", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta:"),
    ("p", "1. Skattesatsen för år 2025 fastställs till 20:35 kronor."),
    ("p", "2. Mål och budget 2025 med flerårsplan 2026–2027 fastställs."),
    ("p", "3. Investeringsramen för 2025 fastställs till 1 240 mnkr."),
    ("p", "4. Låneramen för 2025 fastställs till 1 000 mnkr."),
    ("p", "5. Borgensramen fastställs för AB Botkyrkabyggen till 5 200 mnkr och för "
          "Upplev Botkyrka AB till 60 mnkr."),
    ("p", "6. Nämndernas driftramar fastställs enligt bilaga."),
    ("p", "Kommunstyrelsen beslutar för egen del:"),
    ("p", "7. Paragrafen justeras omedelbart."),
    ("h4", "Reservationer"),
    ("p", "Lars Hedman (M) och Annika Strand (M) reserverar sig till förmån för yrkandena 2 och 4."),
    ("p", "Rickard Nyberg (SD) reserverar sig till förmån för yrkande 3."),
    ("p", "Ylva Ek (KD) reserverar sig till förmån för yrkande 5."),
    ("h4", "Särskilda yttranden"),
    ("p", "Kristdemokraterna lämnar genom Ylva Ek (KD) ett särskilt yttrande, bilaga 1."),
    ("p", "Ersättaren Jonas Berg (L) ställer sig bakom Kristdemokraternas särskilda yttrande."),
    ("p", "Beslutet skickas till: Kommunfullmäktige, AB Botkyrkabyggen, Upplev Botkyrka AB, "
          "Botkyrka Stadsnät AB"),
    ("p", "Justerare: Lars Hedman (M)\tOrdförande: Karin Ståhl (S)\tSekreterare: Nora Eklund"),
    ("p", "Utdragsbestyrkande: Nora Eklund, 2024-10-22"),
]


def _add(d: docx.Document, kind: str, text: str) -> None:
    if kind == "h":
        d.add_heading(text, level=2)
    elif kind == "h4":
        d.add_heading(text, level=4)
    else:
        d.add_paragraph(text)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    head = d.sections[0].header.paragraphs[0]
    head.text = DOCX_HEAD
    head.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for kind, text in DOCX_TOP:
        _add(d, kind, text)
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for nr, text, by in DOCX_YRK:
        cells = table.add_row().cells
        for cell, value in zip(cells, (nr, text, by), strict=True):
            cell.text = value
    for kind, text in DOCX_REST:
        _add(d, kind, text)
    cp = d.core_properties
    cp.author = "Botkyrka kommun"
    cp.last_modified_by = "Botkyrka kommun"
    cp.title = "Protokollsutdrag KS § 168"
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
    (DOCS / "botkyrka-ks-2024-10-21-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
