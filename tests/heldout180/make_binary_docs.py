"""Generate the binary documents of tests/heldout180/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout180/make_binary_docs.py

Deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and fixed ZIP
timestamps, so two runs give byte-identical files. The gold files in gold/ describe these texts;
change both together. Written blind to the parser: do not tune the parser to them.
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
FIXED_PDF = dt.datetime(2025, 5, 28, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 19, 10, 0, 0)

# ---------------------------------------------------------------- Region Gotland, GVN (PDF)

# Attendance: the name column is written top to bottom first, then the party column.
GOT_MEMBERS = [
    "Ordförande Sofia Lindqvist",
    "1:e vice ordförande Erik Hägg",
    "2:e vice ordförande Anneli Botvid",
    "Ledamot Jonas Kemi",
    "Ledamot Kristina Ahlby",
    "Ledamot Mattias Rondahl",
    "Tjänstgörande ersättare Lotta Enequist",
]
GOT_PARTIES = ["(S)", "(C)", "(M)", "(V)", "(S)", "(SD)", "(MP)"]

GOT_FRONT_AFTER = """\
Lotta Enequist tjänstgör för Henrik Sylvan (MP).
Ersättare: Göran Stenbom (KD), Amanda Lyth (S)
Övriga deltagare: Karin Gardell, utbildningsdirektör; Olle Rydström, ekonom, § 42; Petra Wahlgren, nämndsekreterare
Justerare: Anneli Botvid (M)
Justeringens plats och tid: Visborgsområdet, Visby, 2025-05-27

Underskrifter
Sekreterare ..........................   Petra Wahlgren        Paragrafer 41–43
Ordförande ..........................   Sofia Lindqvist
Justerare ..........................   Anneli Botvid

BEVIS OM ANSLAG
Protokollet är justerat. Anslaget på Region Gotlands digitala anslagstavla 2025-05-28–2025-06-19.
"""

GOT_BODY = """\
#§ 41   Godkännande av dagordning
Gymnasie- och vuxenutbildningsnämnden godkänner dagordningen med tillägg av en informationspunkt
om lokalerna på Solberga.

#§ 42   Uppföljning av budget april 2025
Diarienummer: GVN 2025/88
Ekonom Olle Rydström redovisar utfallet t.o.m. april. Nämnden prognostiserar ett underskott på
4,2 miljoner kronor, främst inom gymnasiesärskolan och interkommunala ersättningar till andra
huvudmän och fristående skolor. Regionstyrelsen begärde 2025-03-26, § 61, åtgärdsplaner.
Utbildningsförvaltningens tjänsteskrivelse 2025-05-09.

#Yrkanden
Sofia Lindqvist (S) och Kristina Ahlby (S) yrkar bifall till förvaltningens förslag.
Mattias Rondahl (SD) yrkar att vuxenutbildningens ram minskas till förmån för gymnasieskolan.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens
förslag. Votering begärs. Med sex röster mot en bifaller nämnden förvaltningens förslag.

#Beslut
• Nämnden godkänner uppföljningen.
• Förvaltningen ges i uppdrag att ta fram en åtgärdsplan till sammanträdet 2025-06-18.

#Reservation
Mattias Rondahl (SD) reserverar sig skriftligt, bilaga 1.
=
#§ 43   Överenskommelse om utbildningssamverkan med Högskolan Dalarna och Uppsala universitet
Diarienummer: GVN 2025/61
Region Gotland och Uppsala universitet, Campus Gotland, har samarbetat om yrkesvux sedan 2022.
Förslaget är en överenskommelse mellan Region Gotland, Uppsala universitet och Högskolan Dalarna
om distansutbildning för vuxna, 2025-08-01–2027-07-31. Skolverket har beviljat statsbidrag enligt
förordningen (2016:937). Tjänsteskrivelse daterad 2025-05-12.

#Beslut
1. Nämnden godkänner överenskommelsen.
2. Utbildningsdirektören får underteckna överenskommelsen.
3. Paragrafen förklaras omedelbart justerad.

#Särskilt yttrande
Erik Hägg m.fl. (C) lämnar ett särskilt yttrande om behovet av utbildning i Slite och Hemse.
Ersättaren Göran Stenbom (KD) instämmer i yttrandet.

Expedieras: Uppsala universitet, Högskolan Dalarna, Regionstyrelsen
"""


class GotPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, "REGION GOTLAND   Gymnasie- och vuxenutbildningsnämnden   Protokoll 2025-05-21",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes sign ........    Sida {self.page_no()} ({{nb}})", align="R")


def make_pdf() -> None:
    pdf = GotPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll gymnasie- och vuxenutbildningsnämnden 2025-05-21")
    pdf.set_author("Region Gotland")
    pdf.set_creator("Ciceron")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    def text_block(block: str) -> None:
        for line in block.splitlines():
            if line == "=":
                pdf.add_page()
                continue
            if line.startswith("#"):
                pdf.set_font("F", "B", 10.5)
                pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9.5)
    pdf.multi_cell(0, 5.2, "Sammanträde: onsdagen den 21 maj 2025 kl. 09.00–12.20, "
                   "Visborgsområdet, sal Fårösund, Visby", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "B", 9.5)
    pdf.cell(0, 5.5, "Beslutande", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y()
    pdf.set_font("F", "", 9.5)
    for i, name in enumerate(GOT_MEMBERS):
        pdf.set_xy(pdf.l_margin, top + 5.5 * i)
        pdf.cell(90, 5.5, name)
    for i, party in enumerate(GOT_PARTIES):
        pdf.set_xy(pdf.l_margin + 92, top + 5.5 * i)
        pdf.cell(20, 5.5, party)
    pdf.set_xy(pdf.l_margin, top + 5.5 * (len(GOT_MEMBERS) + 1))
    text_block(GOT_FRONT_AFTER)
    pdf.add_page()
    text_block(GOT_BODY)
    pdf.output(str(DOCS / "gotland-gvn-2025-05-21-protokoll.pdf"))


# ---------------------------------------------------------------- Tjörn, KFN (DOCX)

TJ_TABLE = [
    ("Beslutande", "Carina Lövgren (M), ordförande\nPeter Ahl (S), vice ordförande\n"
                   "Ewa Karlsson (KD)\nBjörn Strand (L)\nYvonne Hermansson (S)\n"
                   "Tomas Grip (SD)\nLinda Olofsson (C) ersätter Ronny Jacobsson (C)"),
    ("Ej tjänstgörande ersättare", "Magnus Lindh (S), Rosita Berg (M)"),
    ("Övriga", "Ulrika Mård, kultur- och fritidschef\nJessica Ekman, sekreterare"),
    ("Justerare", "Björn Strand (L)"),
]

TJ_LINES = [
    "#Protokollsutdrag",
    "Kultur- och fritidsnämnden, sammanträde 2024-03-13, Kommunhuset Skärhamn, kl. 17.00–19.30",
    "@TABLE",
    "Justeringen skedde digitalt 2024-03-18.",
    "",
    "#KFN § 19   Driftbidrag 2024 till Tjörns Hembygdsförening och Nordiska Akvarellmuseet",
    "Dnr KFN 2024/0007",
    "Nämnden beslutade 2023-12-06, § 88, om riktlinjer för driftbidrag. Tjörns Hembygdsförening "
    "har ansökt om 240 000 kronor och Stiftelsen Nordiska Akvarellmuseet om 1,1 miljoner kronor. "
    "Västra Götalandsregionen har aviserat oförändrat regionalt stöd. Kultur- och fritidschefens "
    "tjänsteskrivelse är daterad 2024-02-26. Bidraget ges enligt 2 kap. 1 § kommunallagen (2017:725).",
    "#Yrkanden",
    "Peter Ahl (S) och Yvonne Hermansson (S) yrkar att bidraget till hembygdsföreningen höjs till 240 000 kronor.",
    "Ewa Karlsson (KD) yrkar bifall till förvaltningens förslag.",
    "#Omröstning",
    "Ordföranden ställer förvaltningens förslag mot Ahls yrkande. Omröstning begärs och utfaller "
    "4–3; ja för förvaltningens förslag. Ingen avstår.",
    "#Beslut",
    "@LIST:Tjörns Hembygdsförening beviljas driftbidrag med 200 000 kronor för 2024.",
    "@LIST:Stiftelsen Nordiska Akvarellmuseet beviljas driftbidrag med 1 100 000 kronor för 2024.",
    "#Reservation",
    "Peter Ahl (S) och Yvonne Hermansson (S) reserverar sig till förmån för eget yrkande.",
    "#Protokollsanteckning",
    "Tomas Grip (SD) antecknar att bidragen bör villkoras med öppethållande sommartid.",
    "Beslutet skickas till: Tjörns Hembygdsförening, Stiftelsen Nordiska Akvarellmuseet",
    "",
    "Utdragsbestyrkande: Jessica Ekman",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Tjörns kommun"
    cp.title = "Protokollsutdrag kultur- och fritidsnämnden 2024-03-13"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Tjörns kommun"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "TJÖRNS KOMMUN\tKultur- och fritidsnämnden\t2024-03-13"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ______\tSida 1 av 1"
    for line in TJ_LINES:
        if line == "@TABLE":
            table = d.add_table(rows=0, cols=2)
            for label, value in TJ_TABLE:
                cells = table.add_row().cells
                cells[0].text = label
                cells[1].text = value
        elif line.startswith("@LIST:"):
            d.add_paragraph(line[6:], style="List Bullet")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 3, 19, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "tjorn-kfn-2024-03-13-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
