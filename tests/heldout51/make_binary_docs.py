"""Generate the binary documents of tests/heldout51/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout51/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout51/gold/
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
FIXED_PDF = dt.datetime(2024, 4, 26, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 8, 10, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Kalmar kommun, kommunfullmäktige 2024-04-22, full protocol (§§ 71–73) with the
# närvaro- och voteringslista (bilaga 1) as party blocks, 61 members.
# ---------------------------------------------------------------------------------------------

# (party heading, seats, vote column for § 72, members as (name, uppdrag))
KF_BLOCKS: list[tuple[str, int, str, list[tuple[str, str]]]] = [
    ("Socialdemokraterna", 18, "Ja", [
        ("Gunilla Sandström", "Ordförande"), ("Johan Persson", "Ledamot"), ("Maria Lindqvist", "Ledamot"),
        ("Ahmed Karimi", "Ledamot"), ("Britt Olofsson", "Ledamot"), ("Henrik Sjöberg", "Ledamot"),
        ("Lena Carlsson", "Ledamot"), ("Robert Nilsson", "Ledamot"), ("Sanna Petersson", "Ledamot"),
        ("Kjell Åström", "Ledamot"), ("Fatima Osman", "Ledamot"), ("Tomas Bergkvist", "Ledamot"),
        ("Annika Holmér", "Ledamot"), ("Dragan Petrović", "Ledamot"), ("Louise Ekström", "Ledamot"),
        ("Mikael Hansson", "Ledamot"), ("Rebecka Wallin", "Ledamot"),
        ("Nils Gunnarsson", "Tjg ersättare för Per Holm (S)"),
    ]),
    ("Moderaterna", 13, "Nej", [
        ("Mats Ekberg", "1:e vice ordförande"), ("Oskar Lind", "Ledamot"), ("Karin Hjalmarsson", "Ledamot"),
        ("Erik Lundblad", "Ledamot"), ("Sofia Rehn", "Ledamot"), ("Anders Wikström", "Ledamot"),
        ("Camilla Björk", "Ledamot"), ("Magnus Strid", "Ledamot"), ("Jenny Falk", "Ledamot"),
        ("Per-Olof Ring", "Ledamot"), ("Hanna Lilja", "Ledamot"), ("Gustav Adolfsson", "Ledamot"),
        ("Victoria Borg", "Tjg ersättare för Elin Sjögren (M)"),
    ]),
    ("Sverigedemokraterna", 10, "Nej", [
        ("Jessica Lund", "Ledamot"), ("Roger Svensson", "Ledamot"), ("Patrik Moberg", "Ledamot"),
        ("Linda Axelsson", "Ledamot"), ("Stefan Brandt", "Ledamot"), ("Jimmy Ek", "Ledamot"),
        ("Marie Thorén", "Ledamot"), ("Daniel Borén", "Ledamot"), ("Conny Larsson", "Ledamot"),
        ("Susanne Glad", "Tjg ersättare för Ulf Karlsson (SD)"),
    ]),
    ("Centerpartiet", 6, "Ja", [
        ("Ingrid Wester", "2:e vice ordförande"), ("Malin Berg", "Ledamot"), ("Lars-Göran Fält", "Ledamot"),
        ("Emma Sundqvist", "Ledamot"), ("Viktor Hedin", "Ledamot"), ("Agneta Ståhl", "Ledamot"),
    ]),
    ("Vänsterpartiet", 4, "Ja", [
        ("Amra Hodžić", "Ledamot"), ("Pontus Kron", "Ledamot"), ("Elsa Nyman", "Ledamot"),
        ("Reza Ahmadi", "Ledamot"),
    ]),
    ("Kristdemokraterna", 3, "Nej", [
        ("Carina Nyberg", "Ledamot"), ("Göran Sjödin", "Ledamot"), ("Ruth Abraham", "Ledamot"),
    ]),
    ("Liberalerna", 3, "Nej", [
        ("Fredrik Alm", "Ledamot"), ("Birgitta Cronholm", "Ledamot"), ("Jakob Sten", "Ledamot"),
    ]),
    ("Miljöpartiet de gröna", 2, "Ja", [
        ("Ylva Granath", "Ledamot"), ("Samuel Öst", "Ledamot"),
    ]),
    ("Lokalpartiet", 2, "Avstår", [
        ("Bo Fridh", "Ledamot"), ("Ann-Sofie Berg", "Ledamot"),
    ]),
]

KF_PAGES: list[list[str]] = [
    [
        "#KALMAR KOMMUN",
        "#Kommunfullmäktige – PROTOKOLL",
        "Sammanträdesdatum 2024-04-22",
        "",
        "Plats och tid: Fullmäktigesalen, Stadshuset, Kalmar, kl. 18.00–21.40",
        "Beslutande: 58 ledamöter och 3 tjänstgörande ersättare enligt närvaro- och voteringslista, bilaga 1",
        "Ordförande: Gunilla Sandström (S)",
        "1:e vice ordförande: Mats Ekberg (M)",
        "2:e vice ordförande: Ingrid Wester (C)",
        "Sekreterare: Helena Rydén, kommunsekreterare",
        "Justerare: Oskar Lind (M) och Amra Hodžić (V)",
        "Justeringens plats och tid: Kommunledningskontoret, 2024-04-26",
        "Paragrafer: §§ 71–73",
        "",
        "#Underskrifter",
        "Sekreterare ........................................ Helena Rydén",
        "Ordförande ........................................ Gunilla Sandström",
        "Justerare ........................................ Oskar Lind ........................ Amra Hodžić",
        "",
        "#ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Organ: Kommunfullmäktige",
        "Sammanträdesdatum: 2024-04-22",
        "Datum då anslaget sätts upp: 2024-04-29    Datum då anslaget tas ned: 2024-05-21",
        "Förvaringsplats för protokollet: Kommunledningskontoret",
    ],
    [
        "#§ 71    Överenskommelse om samverkan inom hälso- och sjukvård mellan Kalmar kommun och Region "
        "Kalmar län",
        "Dnr KS 2024/0188",
        "",
        "#Ärendebeskrivning",
        "Kalmar kommun och Region Kalmar län har tagit fram en överenskommelse om samverkan inom hälso- och "
        "sjukvård enligt 16 kap. 4 § hälso- och sjukvårdslagen (2017:30). Överenskommelsen ersätter den "
        "som gällt sedan 2019-01-01 och föreslås gälla från 2024-07-01. Socialnämnden har ställt sig bakom "
        "förslaget den 2024-03-20.",
        "",
        "#Beslutsunderlag",
        "Socialförvaltningens tjänsteskrivelse 2024-03-15",
        "Kommunstyrelsens förslag 2024-04-09, § 88",
        "",
        "#Yrkanden",
        "Kommunalrådet Johan Persson (S) yrkar bifall till kommunstyrelsens förslag.",
        "Carina Nyberg (KD) yrkar bifall till kommunstyrelsens förslag.",
        "Tilläggsyrkande: Amra Hodžić (V) yrkar att kommunstyrelsen ska återrapportera arbetet med "
        "överenskommelsen till kommunfullmäktige senast i december 2024.",
        "",
        "#Beslutsgång",
        "Ordföranden ställer proposition på kommunstyrelsens förslag och finner att fullmäktige bifaller "
        "detsamma. Därefter ställer ordföranden proposition på Amra Hodžićs tilläggsyrkande och finner att "
        "fullmäktige avslår detsamma.",
        "",
        "#Beslut",
        "Kommunfullmäktige beslutar",
        "1. att godkänna överenskommelsen om samverkan inom hälso- och sjukvård mellan Kalmar kommun och "
        "Region Kalmar län,",
        "2. att uppdra åt kommunstyrelsen att underteckna överenskommelsen.",
        "",
        "#Reservation",
        "Amra Hodžić (V) reserverar sig mot beslutet att avslå tilläggsyrkandet.",
        "",
        "#Protokollsanteckning",
        "Lokalpartiet välkomnar överenskommelsen men vill se en tydligare uppföljning av väntetiderna "
        "i hemsjukvården.",
        "För Lokalpartiets fullmäktigegrupp",
        "Bo Fridh (LP), gruppledare",
        "",
        "Beslutet skickas till: Region Kalmar län, Socialnämnden",
    ],
    [
        "#§ 72    Taxa för allmänna vattentjänster 2024",
        "Dnr KS 2023/1042",
        "",
        "#Ärendebeskrivning",
        "Kalmar Vatten AB har lämnat förslag till ny taxa för allmänna vattentjänster enligt 34 § lagen "
        "(2006:412) om allmänna vattentjänster. Bolagets styrelse beslutade om förslaget 2024-01-31. "
        "Kommunledningskontorets tjänsteskrivelse 2024-02-27 redovisar konsekvenserna för hushållen.",
        "",
        "#Yrkanden",
        "Yrkande (S, C, V, MP): Bifall till kommunstyrelsens förslag.",
        "M, KD och L yrkar bifall till eget förslag enligt bilaga 2. Yrkandena bifogas protokollet.",
        "Ändringsyrkande: Jessica Lund (SD) m.fl. yrkar att brukningsavgiften höjs med högst 5 procent "
        "i stället för 9 procent.",
        "",
        "#Beslutsgång",
        "Ordföranden ställer först Sverigedemokraternas ändringsyrkande under proposition och finner att "
        "det avslås. Därefter ställs kommunstyrelsens förslag mot M, KD och L:s förslag. Ordföranden "
        "finner bifall till kommunstyrelsens förslag. Votering begärs.",
        "",
        "#Omröstning",
        "Ja-röst för kommunstyrelsens förslag, nej-röst för M, KD och L:s förslag.",
        "Ja: 30 (S 18, C 6, V 4, MP 2)",
        "Nej: 29 (M 13, SD 10, KD 3, L 3)",
        "Avstår: 2 (Lokalpartiet 2)",
        "Omröstningen framgår av bilaga 1.",
        "",
        "#Beslut",
        "Kommunfullmäktige beslutar",
        "1. att anta taxa för allmänna vattentjänster enligt bilaga 3,",
        "2. att taxan börjar gälla 2024-07-01.",
        "",
        "#Reservationer",
        "Moderaternas, Kristdemokraternas och Liberalernas ledamöter reserverar sig mot beslutet till förmån "
        "för eget förslag.",
        "Jessica Lund (SD) m.fl. reserverar sig mot beslutet till förmån för eget ändringsyrkande.",
        "",
        "#Särskilt yttrande (M, L, KD)",
        "Vi anser att taxehöjningen borde ha fördelats över tre år och att Kalmar Vatten AB först borde "
        "redovisa sin investeringsplan.",
        "",
        "Beslutet skickas till: Kalmar Vatten AB",
    ],
    [
        "#§ 73    Svar på motion om fler laddplatser vid Kalmar centralstation",
        "Dnr KS 2023/0715",
        "",
        "#Ärendebeskrivning",
        "Bo Fridh (LP) och Ann-Sofie Berg (LP) föreslår i en motion som inkom 2023-06-19 att kommunen "
        "tillsammans med Kalmar Energi AB bygger ut laddinfrastrukturen vid Kalmar centralstation. "
        "Kommunledningskontorets tjänsteskrivelse 2024-03-04 beskriver pågående arbete.",
        "",
        "#Yrkanden",
        "Bo Fridh (LP) yrkar bifall till motionen.",
        "Kommunalrådet Malin Berg (C) yrkar bifall till kommunstyrelsens förslag.",
        "",
        "#Beslutsgång",
        "Ordföranden ställer proposition på yrkandena och finner bifall till kommunstyrelsens förslag.",
        "",
        "#Beslut",
        "Kommunfullmäktige beslutar att motionen ska anses besvarad.",
        "",
        "#Reservation",
        "Bo Fridh (LP) och Ann-Sofie Berg (LP) reserverar sig mot beslutet.",
    ],
]


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_author("Kalmar kommun")
    pdf.set_creator("heldout51")
    pdf.set_producer("heldout51")
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def make_pdf() -> None:
    pdf = _pdf()
    pdf.set_title("Kommunfullmäktige 2024-04-22 protokoll")
    total = len(KF_PAGES) + 2
    for number, lines in enumerate(KF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Kalmar kommun   Kommunfullmäktige   2024-04-22   Sida {number} ({total})",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for line in lines:
            if line.startswith("#"):
                pdf.set_font("F", "B", 11)
                pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
            elif not line:
                pdf.ln(3)
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("F", "B", 11)
    pdf.multi_cell(0, 6, "Bilaga 1  Närvaro- och voteringslista, kommunfullmäktige 2024-04-22",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8)
    pdf.multi_cell(0, 4, "Omröstning § 72. Ja = kommunstyrelsens förslag, Nej = M, KD och L:s förslag.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (62, 70, 14, 14, 14)
    pdf.set_font("F", "B", 8)
    for width, head in zip(widths, ("Namn", "Uppdrag", "Ja", "Nej", "Avstår"), strict=True):
        pdf.cell(width, 5, head, border=1)
    pdf.ln(5)
    for party, seats, side, members in KF_BLOCKS:
        pdf.set_font("F", "B", 8)
        pdf.cell(sum(widths), 5, f"{party} – {seats} mandat", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 8)
        for name, role in members:
            marks = ["X" if side == col else "" for col in ("Ja", "Nej", "Avstår")]
            for width, value in zip(widths, (name, role, *marks), strict=True):
                pdf.cell(width, 4.2, value, border=1)
            pdf.ln(4.2)
    pdf.ln(2)
    pdf.set_font("F", "B", 8)
    pdf.cell(0, 5, "Summa: Ja 30   Nej 29   Avstår 2", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "kalmar-kf-2024-04-22-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Eslövs kommun, kommunstyrelsens planeringsutskott 2024-03-05, full protocol (§§ 21–23).
# Attendance as a Word table with one row per party; the paragraphs are proposals to KS.
# ---------------------------------------------------------------------------------------------

ESLOV_ATTENDANCE: list[tuple[str, str, str]] = [
    ("Parti", "Beslutande ledamöter", "Ersättare"),
    ("S", "Henrik Malm, ordförande, kommunalråd\nSara Lindgren", "Linnea Holm"),
    ("M", "Ulrika Strand, vice ordförande, oppositionsråd", "Kristian Bäck"),
    ("SD", "Tommy Ahl", ""),
    ("C", "Jonas Ek, tjänstgör för Eva Hall", ""),
]

ESLOV_BODY: list[tuple[str, str]] = [
    ("p", "Plats och tid: Stadshuset, sammanträdesrum Bältaregården, kl. 13.00–15.10"),
    ("p", "Tjänstepersoner: Maria Dahl, planchef; Anders Nordin, mark- och exploateringsingenjör; "
          "Petra Lund, nämndsekreterare"),
    ("p", "Utses att justera: Ulrika Strand"),
    ("p", "Justeringens plats och tid: Kommunledningskontoret 2024-03-08"),
    ("p", "Paragrafer: 21–23"),
    ("h", "§ 21 Exploateringsavtal för Östra Eslöv etapp 2 med Skanska Sverige AB"),
    ("p", "Dnr KS.2023.0412"),
    ("b", "Ärendebeskrivning"),
    ("p", "Detaljplanen för Östra Eslöv etapp 2 vann laga kraft 2022-11-28. Enligt 6 kap. 39 § plan- och "
          "bygglagen (2010:900) ska ett exploateringsavtal reglera exploatörens åtaganden. Tillträdesdag "
          "enligt avtalet är 2024-10-01. Mark- och exploateringsenhetens tjänsteskrivelse 2024-02-16."),
    ("b", "Yrkanden"),
    ("p", "Yrkande (S, M): Bifall till förvaltningens förslag."),
    ("p", "Tommy Ahl (SD) yrkar att ärendet återremitteras för att utreda kostnaderna för gatuutbyggnaden."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer frågan om ärendet ska avgöras i dag eller återremitteras och finner att det "
          "ska avgöras i dag. Votering begärs och genomförs. Ja för avgörande i dag, nej för återremiss."),
    ("p", "Omröstningsresultat: 4 ja (S, M, C), 1 nej (SD). Ärendet ska avgöras i dag."),
    ("b", "Planeringsutskottets förslag till kommunstyrelsen"),
    ("p", "Planeringsutskottet föreslår kommunstyrelsen besluta"),
    ("n", "att godkänna exploateringsavtalet för Östra Eslöv etapp 2 mellan Eslövs kommun och Skanska "
          "Sverige AB,"),
    ("n", "att uppdra åt kommundirektören att underteckna avtalet."),
    ("b", "Reservation"),
    ("p", "Tommy Ahl (SD) reserverar sig mot beslutet att inte återremittera ärendet."),
    ("h", "§ 22 Yttrande över Region Skånes remiss om regional transportinfrastrukturplan 2026–2037"),
    ("p", "Dnr KS.2024.0077"),
    ("b", "Ärendebeskrivning"),
    ("p", "Region Skåne har skickat förslaget på remiss till kommunerna i Skåne (Region Skånes dnr "
          "RS 2023/4411) med svar senast 2024-03-31. Trafikverket har tidigare, 2023-12-05, redovisat "
          "sitt underlag. Kommunledningskontorets tjänsteskrivelse 2024-02-20."),
    ("b", "Yrkanden"),
    ("p", "Henrik Malm (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Tilläggsyrkande: Ulrika Strand (M) yrkar att yttrandet kompletteras med ett avsnitt om "
          "dubbelspår på Södra stambanan genom Eslöv."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på förvaltningens förslag och därefter på tilläggsyrkandet och "
          "finner att planeringsutskottet bifaller båda."),
    ("b", "Planeringsutskottets förslag till kommunstyrelsen"),
    ("p", "Planeringsutskottet föreslår kommunstyrelsen besluta"),
    ("n", "att anta förvaltningens förslag till yttrande, kompletterat enligt Ulrika Strands "
          "tilläggsyrkande, som sitt eget,"),
    ("n", "att översända yttrandet till Region Skåne."),
    ("b", "Protokollsanteckning"),
    ("p", "Jonas Ek (C) antecknar att Centerpartiet vill att även busstrafiken till Marieholm och Billinge "
          "prioriteras."),
    ("h", "§ 23 Planuppdrag för kvarteret Väduren"),
    ("p", "Dnr KS.2024.0102"),
    ("b", "Ärendebeskrivning"),
    ("p", "Eslövs Bostads AB har 2024-01-15 ansökt om planbesked för att bygga cirka 60 bostäder i "
          "kvarteret Väduren. Miljö- och samhällsbyggnadsnämnden lämnade positivt planbesked 2024-02-07. "
          "Ärendet behöver avgöras skyndsamt."),
    ("b", "Beslut"),
    ("p", "Planeringsutskottet beslutar för egen del"),
    ("n", "att ge miljö- och samhällsbyggnadsnämnden i uppdrag att upprätta detaljplan för kvarteret "
          "Väduren,"),
    ("n", "att paragrafen justeras omedelbart."),
    ("b", "Protokollsanteckning (S, M)"),
    ("p", "Socialdemokraterna och Moderaterna understryker att planen ska innehålla hyresrätter."),
    ("p", "Beslutet skickas till: Miljö- och samhällsbyggnadsnämnden, Eslövs Bostads AB"),
]


def _set_cell(cell, text: str, bold: bool = False) -> None:
    lines = text.split("\n")
    cell.text = ""
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    section.header.paragraphs[0].text = "Eslövs kommun\tKommunstyrelsens planeringsutskott\tSAMMANTRÄDESPROTOKOLL"
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_heading("Kommunstyrelsens planeringsutskott", level=1)
    d.add_paragraph("Sammanträdesdatum: 2024-03-05")
    table = d.add_table(rows=len(ESLOV_ATTENDANCE), cols=3)
    table.style = "Table Grid"
    for row, values in zip(table.rows, ESLOV_ATTENDANCE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            _set_cell(cell, value, bold=values[0] == "Parti")
    for kind, text in ESLOV_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "n":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    d.add_paragraph("Underskrifter")
    sig = d.add_table(rows=2, cols=3)
    for cell, value in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
        _set_cell(cell, value, bold=True)
    for cell, value in zip(sig.rows[1].cells, ("Petra Lund", "Henrik Malm", "Ulrika Strand"), strict=True):
        _set_cell(cell, value)
    cp = d.core_properties
    cp.author = "Eslövs kommun"
    cp.last_modified_by = "Eslövs kommun"
    cp.title = "Protokoll kommunstyrelsens planeringsutskott 2024-03-05"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 8, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "eslov-ksplu-2024-03-05-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
