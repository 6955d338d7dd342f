"""Generate the binary documents of tests/heldout44/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout44/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata, so
re-running the script leaves the files byte-identical. The gold files in tests/heldout44/gold/ describe
the texts written here; change both together. These documents were written blind to the parser.
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
FIXED_PDF = dt.datetime(2024, 6, 7, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 2, 11, 0, 0)

# PDF: Orsa kommun, kommunfullmäktige, EXTRA SAMMANTRÄDE 2024-06-03, protokollsutdrag (1 §).
PDF_HEAD = "ORSA KOMMUN          PROTOKOLLSUTDRAG          Sida 1 av 1"
PDF_LINES: list[tuple[str, str]] = [
    ("B", "Kommunfullmäktige – EXTRA SAMMANTRÄDE"),
    ("", "Sammanträdet hålls på begäran av kommunstyrelsen enligt 5 kap. 12 § kommunallagen (2017:725)."),
    ("", "Datum: måndagen den 3 juni 2024, kl. 18.00–20.40, Orsa kommunhus, sessionssalen"),
    ("", "Ordförande: Hans Lund (S)        Sekreterare: Camilla Rydh"),
    ("", "Justerare: Sven-Olof Back (V), Elin Myhr (C)"),
    ("", "Beslutande: 31 ledamöter enligt närvaro- och voteringslista, bilaga 1"),
    ("", ""),
    ("B", "KF § 52          KS 2024/00093"),
    ("B", "Kommunal borgen för Orsa Grönklitt AB:s investering i ny linbana"),
    ("", "Orsa Grönklitt AB har hos kommunen ansökt om borgen för ett lån om högst 48 miljoner kronor hos "
         "Kommuninvest i Sverige AB. Bolaget ägs gemensamt av Orsa kommun och Orsa Besparingsskog. "
         "Ärendet har beretts av kommunstyrelsens arbetsutskott 2024-05-14, § 61, och kommunstyrelsen "
         "2024-05-21, § 88. Borgensavgiften prövas mot 2 kap. 8 § kommunallagen."),
    ("", "Beslutsunderlag: Tjänsteskrivelse från ekonomichefen 2024-05-10; bolagets ansökan 2024-04-26; "
         "Kommunstyrelsens beslut 2024-05-21, § 88."),
    ("B", "Yrkanden"),
    ("", "Kommunstyrelsens ordförande Lars Andersson (S) yrkar bifall till kommunstyrelsens förslag. "
         "Sven-Olof Back (V) och Maria Ersson (SD) yrkar avslag."),
    ("B", "Omröstning"),
    ("", "Ordföranden ställer proposition på bifall och avslag och finner bifall. Omröstning begärs. "
         "Efter upprop har 21 ledamöter röstat ja och 9 nej, medan 1 ledamot avstod från att "
         "rösta (bilaga 2)."),
    ("B", "Beslut"),
    ("", "Kommunfullmäktige beslutar"),
    ("", "1. att Orsa kommun ingår proprieborgen för Orsa Grönklitt AB:s låneförpliktelser upp till ett "
         "totalt belopp om 48 000 000 kronor jämte därpå löpande ränta och kostnader,"),
    ("", "2. att kommunstyrelsen får i uppdrag att följa upp bolagets ekonomi i delårsrapporterna."),
    ("B", "Reservationer"),
    ("", "Sven-Olof Back (V) och Maria Ersson (SD) reserverar sig mot beslutet."),
    ("B", "Särskilt yttrande"),
    ("", "Elin Myhr (C) lämnar ett särskilt yttrande, bilaga 3."),
    ("B", "Expedieras"),
    ("", "Orsa Grönklitt AB, Kommuninvest i Sverige AB, Ekonomienheten"),
    ("", ""),
    ("", "Justerandes sign ..........   ..........        Utdragsbestyrkande .........."),
    ("", "Rätt utdraget betygar: Camilla Rydh, kommunsekreterare, 2024-06-07"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KF 2024-06-03 § 52")
    pdf.set_author("Orsa kommun")
    pdf.set_creator("heldout44")
    pdf.set_producer("heldout44")
    pdf.add_page()
    pdf.set_font("F", "", 8)
    pdf.cell(0, 5, PDF_HEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for style, text in PDF_LINES:
        pdf.set_font("F", style, 11 if style else 10)
        pdf.multi_cell(0, 5.5, text)
        pdf.ln(1)
    pdf.output(str(DOCS / "orsa-kf-2024-06-03-protokollsutdrag.pdf"))


# DOCX: Timrå kommun, kommunstyrelsen, extra sammanträde 2024-04-29, full protocol.
ATTENDANCE: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Mattias Sjöberg", "S", "Ordförande"),
    ("Åsa Lindgren", "M", "1:e vice ordförande"),
    ("Peter Öhman", "C", "2:e vice ordförande"),
    ("Helena Berg", "S", "Ledamot"),
    ("Nils Wallin", "S", "Ledamot"),
    ("Kent Strömberg", "SD", "Ledamot"),
    ("Josefin Ahl", "SD", "Ledamot"),
    ("Mona Edlund", "S", "Ledamot"),
    ("Göran Persson Lind", "M", "Ledamot"),
    ("Ida Norlin", "V", "Ledamot"),
    ("Tobias Sund", "KD", "Ledamot"),
    ("Lisa Engström", "S", "Tjänstgörande ersättare för Olle Hedberg (S)"),
    ("Henrik Malm", "L", "Tjänstgörande ersättare för Annika Frost (L)"),
    ("Birgitta Nyberg", "M", "Ersättare"),
    ("Kjell Dahlqvist", "MP", "Insynsplats"),
    ("Ulla Sandin", "", "Förtroendevald revisor"),
    ("Elsa Hägglund", "", "Ungdomsrådet"),
    ("Noah Ekholm", "", "Ungdomsrådet"),
    ("Anna-Lena Vikström", "", "Kommundirektör"),
    ("Robin Ljung", "", "Kommunsekreterare"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("p", "Sammanträdet har kallats in som extra sammanträde enligt 6 kap. 22 § kommunallagen på begäran av "
          "ordföranden."),
    ("p", "Plats och tid: Timrå kommunhus, sammanträdesrum Vivsta, måndagen den 29 april 2024 kl. 15.00–17.10"),
    ("p", "Utses att justera: Åsa Lindgren (M)"),
    ("p", "Justeringens plats och tid: Kommunhuset 2024-05-02"),
    ("p", "Paragrafer: 71–73"),
    ("p", "Sekreterare: Robin Ljung          Ordförande: Mattias Sjöberg          Justerande: Åsa Lindgren"),
    ("h", "§ 71 Förvärv av fastigheten Timrå Vivsta 3:118"),
    ("p", "Dnr KS 2024/0211"),
    ("p", "Kommunen har erbjudits att köpa fastigheten Timrå Vivsta 3:118 av Vivsta Mark AB för "
          "utbyggnad av verksamhetsområdet vid E4. Ett köpeavtal mellan Timrå kommun och Vivsta Mark AB "
          "har förhandlats fram; tillträde sker 2024-06-01. Lantmäteriet har 2023-12-05 genomfört "
          "fastighetsbestämning. Tjänsteskrivelse 2024-04-24."),
    ("p", "Mattias Sjöberg (S) yrkar bifall till förslaget. Ida Norlin (V) och Kent Strömberg (SD) yrkar avslag."),
    ("p", "Omröstning begärs och verkställs. Med 8 röster för bifall och 3 för avslag beslutar kommunstyrelsen "
          "enligt ordförandens yrkande. 2 ledamöter avstår."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen beslutar enligt bilaga 3."),
    ("p", "Reservation: Ida Norlin (V) och Kent Strömberg (SD) reserverar sig mot beslutet."),
    ("h", "§ 72 Tilläggsanslag till Medelpads räddningstjänstförbund efter skogsbranden i Lögdö"),
    ("p", "Dnr KS 2024/0215"),
    ("p", "Förbundsdirektionen i Medelpads räddningstjänstförbund beslutade 2024-04-18, § 22, att begära "
          "extra medlemsbidrag. Timrå kommuns andel är 1,9 miljoner kronor. Tjänsteskrivelse 2024-04-25."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("num", "att bevilja Medelpads räddningstjänstförbund ett extra medlemsbidrag om 1,9 miljoner kronor,"),
    ("num", "att finansiera bidraget ur kommunstyrelsens oförutsedda medel."),
    ("p", "Kommunstyrelsen beslutar för egen del"),
    ("num", "att paragrafen justeras omedelbart."),
    ("p", "Protokollsanteckning: Tobias Sund (KD) antecknar att förbundet bör redovisa kostnaderna per "
          "kommun."),
    ("h", "§ 73 Yttrande över Trafikverkets remiss om åtgärdsvalsstudie E4 Timrå–Sundsvall"),
    ("p", "Dnr KS 2024/0176; Trafikverkets ärendenummer TRV 2024/30117"),
    ("p", "Trafikverket har remitterat åtgärdsvalsstudien till Timrå kommun och Sundsvalls kommun med svar "
          "senast 2024-05-10. Tjänsteskrivelse 2024-04-15."),
    ("p", "Åsa Lindgren (M) yrkar bifall till förslaget till yttrande."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen antar yttrandet enligt bilaga 5 och överlämnar det till Trafikverket."),
    ("p", "Särskilt yttrande: Åsa Lindgren (M) och Göran Persson Lind (M) lämnar ett särskilt yttrande."),
    ("p", "Ersättaren Birgitta Nyberg (M) instämmer i Moderaternas särskilda yttrande."),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "TIMRÅ KOMMUN\tPROTOKOLL\tExtra sammanträde"
    sec.footer.paragraphs[0].text = "Kommunstyrelsen 2024-04-29\tJusterandes sign\tUtdragsbestyrkande"
    d.add_heading("Kommunstyrelsen – extra sammanträde 2024-04-29", level=1)
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in ATTENDANCE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Timrå kommun"
    cp.last_modified_by = "Timrå kommun"
    cp.title = "Protokoll KS extra sammanträde 2024-04-29"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 2, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "timra-ks-2024-04-29-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
