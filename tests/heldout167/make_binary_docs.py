"""Generate the binary documents of tests/heldout167/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout167/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in gold/ describe the
texts written here; change both together. Written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 12, 2, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 26, 9, 0, 0)

# ---------------------------------------------------------------- Hofors (PDF)
# Two-column attendance: rows of (left, right); written as two cells side by side.
HOFORS_COLS = [
    ("#Beslutande", "#Ersättare (ej tjänstgörande)"),
    ("Therese Berglund (S), ordförande", "Kjell Persson (S)"),
    ("Olle Ring (V), vice ordförande", "Britt Nordin (M)"),
    ("Gunnar Axelsson (S)", "Amir Hadzic (S)"),
    ("Lena Rosén (M)", ""),
    ("Patrik Ek (SD)", ""),
    ("Maja Holm (C)", ""),
    ("Susanne Wiberg (S) tjg för Jonas Malm (S)", ""),
    ("", ""),
    ("#Övriga deltagare", "#Justerare"),
    ("Eva Holmqvist, förvaltningschef", "Lena Rosén"),
    ("Daniel Öst, rektor, § 89", "#Justeringens plats och tid"),
    ("Marie Lund, nämndsekreterare", "Kommunhuset Hofors 2024-11-29 kl. 10.00"),
]

HOFORS_SIGN = """\
Sekreterare   ......................................   Paragrafer 88–90
>Marie Lund
Ordförande    ......................................
>Therese Berglund
Justerare     ......................................
>Lena Rosén

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ: Barn- och utbildningsnämnden. Sammanträdesdatum: 2024-11-26.
Anslaget sätts upp 2024-12-02 och tas ned 2024-12-24.
Förvaringsplats: Kommunhuset, Hofors.
=
#BUN § 88      Dnr BUN 2024/0145
#Internbudget 2025 och verksamhetsplan för barn- och utbildningsnämnden

#Ärendebeskrivning
Kommunfullmäktige beslutade 2024-10-21 § 84 om budgetramar för 2025. Nämndens ram är 312,4 miljoner
kronor, en ökning med 1,9 procent jämfört med 2024. Elevantalet i grundskolan minskar enligt Skolverkets
statistik med cirka 30 elever till hösten 2025. Förvaltningen föreslår att två förskoleavdelningar i
centrala Hofors slås samman och att elevhälsan fortsatt samverkar med Region Gävleborg kring
första linjens psykiatri. Förvaltningens tjänsteskrivelse är daterad 2024-11-12.

#Yrkanden
Therese Berglund (S) yrkar bifall till förvaltningens förslag.
Patrik Ek (SD) yrkar som tillägg att 500 000 kronor avsätts för fler lärarassistenter.

#Beslutsgång
Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. Därefter
ställs proposition på Eks tilläggsyrkande, som ordföranden finner avslaget.

#Beslut
Barn- och utbildningsnämnden beslutar
1. att anta internbudget 2025 enligt bilaga 1,
2. att anta verksamhetsplan 2025 enligt bilaga 2.

#Reservation
Patrik Ek (SD) reserverar sig till förmån för sitt tilläggsyrkande.

#Beslutet skickas till
Kommunstyrelsen, ekonomiavdelningen
=
#BUN § 89      Dnr BUN 2024/0151
#Yttrande till Skolinspektionen över ansökan från Hofors Friskola AB

#Ärendebeskrivning
Skolinspektionen har gett Hofors kommun tillfälle att yttra sig över Hofors Friskola AB:s ansökan om
godkännande som huvudman för grundskola årskurs 4–6 i Hofors kommun (Skolinspektionens dnr
SI 2024:7781). Yttrandet ska ha kommit in senast 2024-12-02. Enligt 2 kap. 5 § skollagen (2010:800)
ska ansökan prövas med hänsyn till påtagliga negativa följder för kommunens skolväsende.
Förvaltningen föreslår i tjänsteskrivelse 2024-11-14 att nämnden avstyrker ansökan.

#Yrkanden
Therese Berglund (S) yrkar bifall till förvaltningens förslag.
Lena Rosén (M) yrkar att nämnden tillstyrker ansökan.

#Omröstning
Votering begärs. Ja för Berglunds yrkande, nej för Roséns yrkande.
Omröstningen utföll 5–1, 1 avstod. Nämnden har beslutat enligt Berglunds yrkande.

#Beslut
1. Barn- och utbildningsnämnden avstyrker ansökan och antar förvaltningens yttrande som sitt eget.
2. Paragrafen justeras omedelbart.

#Reservation
Lena Rosén (M) reserverar sig mot beslutet.

#Särskilt yttrande
Maja Holm (C) avstår från att delta i beslutet och lämnar ett särskilt yttrande: en fristående
skola kan på sikt stärka elevunderlaget i Hofors.

#Beslutet skickas till
Skolinspektionen
=
#BUN § 90      Dnr BUN 2024/0003
#Anmälan av delegationsbeslut oktober 2024

Förteckning över delegationsbeslut fattade under perioden 2024-10-01–2024-10-31 redovisas enligt
6 kap. 40 § kommunallagen (2017:725). Delegationsordningen antogs 2023-02-14, § 9.

#Beslut
Nämnden lägger anmälan av delegationsbesluten till handlingarna.
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och utbildningsnämnden 2024-11-26")
    pdf.set_author("Hofors kommun")
    pdf.set_creator("Protokollsmall BUN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(95, 5, "HOFORS KOMMUN   Sammanträdesprotokoll")
        pdf.cell(0, 5, f"Sida {pdf.page_no()} av {{nb}}", new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.cell(0, 5, "Barn- och utbildningsnämnden   2024-11-26", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def footer() -> None:
        pdf.ln(4)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes sign ________      Utdragsbestyrkande ________",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    pdf.set_font("F", "B", 13)
    pdf.cell(0, 7, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(0, 5.5, "Plats och tid: Kommunhuset Hofors, Bergslagssalen, tisdagen den 26 november 2024 kl. 13.00–16.05",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for left, right in HOFORS_COLS:
        for text, width, nl in ((left, 95, False), (right, 0, True)):
            bold = text.startswith("#")
            pdf.set_font("F", "B" if bold else "", 10)
            kwargs = {"new_x": "LMARGIN", "new_y": "NEXT"} if nl else {}
            pdf.cell(width, 5.5, text.lstrip("#"), **kwargs)
    pdf.ln(4)
    for line in HOFORS_SIGN.splitlines():
        if line == "=":
            footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 9)
        if line.startswith(">"):
            pdf.set_x(pdf.l_margin + 28)
            line = line[1:]
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    footer()
    pdf.output(str(DOCS / "hofors-bun-2024-11-26-protokoll.pdf"))


# ---------------------------------------------------------------- Timrå (DOCX)
TIMRA_HEAD = [
    "#Socialnämnden",
    "Sammanträdesprotokoll",
    "Sammanträdesdatum: 2025-05-20",
    "Plats och tid: Kommunhuset Timrå, sammanträdesrum Sörberge, kl. 09.00–12.30",
]

TIMRA_TABLE = [
    ("Ledamöter", "Parti", "Ersättare", "Parti"),
    ("Anita Westman, ordförande", "S", "Kerstin Hägglund, tjg för Roger Lund", "S"),
    ("Mats Norberg, 2:e vice ordförande", "M", "Nils Eklöf", "C"),
    ("Lisbeth Grönlund", "S", "Ida Marklund", "L"),
    ("Jan-Erik Wiklund", "SD", "", ""),
    ("Camilla Åslund", "V", "", ""),
    ("Peter Forsberg", "KD", "", ""),
    ("Hampus Sjölander", "M", "", ""),
    ("Gunilla Hörnqvist", "C", "", ""),
]

TIMRA_AFTER = [
    "Tjänstemän: Åsa Nyberg, socialchef; Fredrik Holm, enhetschef individ- och familjeomsorg, § 52; "
    "Malin Dahl, nämndsekreterare",
    "Justerare: Camilla Åslund (V)",
    "Justering: Kommunhuset, 2025-05-23",
    "Paragrafer: 51–53",
    "Underskrifter",
    "Sekreterare ……………………………… Malin Dahl",
    "Ordförande ……………………………… Anita Westman",
    "Justerare ……………………………… Camilla Åslund",
    "#Anslag/bevis",
    "Socialnämndens protokoll 2025-05-20 är justerat. Anslaget har satts upp 2025-05-26 och tas ned "
    "2025-06-17. Protokollet förvaras vid socialförvaltningen, Timrå.",
    "@PAGE",
    "#Sn § 51\tEkonomisk uppföljning april 2025",
    "Dnr SN 2025/0012",
    "#Ärendet",
    "Socialnämnden redovisar ett prognostiserat underskott om 4,1 miljoner kronor för 2025, främst inom "
    "externa placeringar av barn och unga. Kommunstyrelsen begärde i beslut 2025-02-11 § 19 att nämnder med "
    "underskott ska redovisa åtgärder. Uppföljningen har stämts av med ekonomiavdelningen.",
    "#Beslut",
    "Socialnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.",
    "#Sn § 52\tÖverenskommelse om samverkan kring barn och unga med Region Västernorrland",
    "Dnr SN 2025/0031",
    "#Ärendet",
    "En ny överenskommelse mellan Timrå kommun och Region Västernorrland om samverkan kring barn och unga "
    "med behov av insatser från både socialtjänst och hälso- och sjukvård har tagits fram. Den ersätter "
    "överenskommelsen från 2019 och bygger på 5 kap. 1 d § socialtjänstlagen (2001:453) och 16 kap. 4 § "
    "hälso- och sjukvårdslagen (2017:30). Överenskommelsen gäller 2025-07-01–2028-06-30. Tjänsteskrivelse "
    "2025-04-29.",
    "#Beslut",
    "1. Socialnämnden godkänner överenskommelsen för Timrå kommuns del.",
    "2. Socialchefen uppdras att senast 2025-12-31 redovisa hur samverkan följs upp.",
    "3. Paragrafen justeras omedelbart.",
    "#Särskilt yttrande",
    "Jan-Erik Wiklund (SD) lämnar ett särskilt yttrande om att uppföljningen bör omfatta väntetiderna till "
    "barn- och ungdomspsykiatrin.",
    "Ersättaren Ida Marklund (L) instämde i Wiklunds yttrande.",
    "#Beslutet skickas till",
    "Region Västernorrland; Socialchef",
    "@PAGE",
    "#Sn § 53\tSvar på remiss – motion om fler platser i trygghetsboende",
    "Dnr SN 2025/0019, KS 2025/0077",
    "#Ärendet",
    "Birgitta Ek (M) föreslår i en motion 2025-01-27 att kommunen tillsammans med Timråbo AB ska inrätta "
    "ytterligare 20 platser i trygghetsboende. Kommunstyrelsen har remitterat motionen till socialnämnden för "
    "yttrande senast 2025-06-13. Förvaltningen bedömer i tjänsteskrivelse 2025-04-22 att behovet kan mötas "
    "inom befintligt bestånd och att motionen bör avslås. Se även 5 kap. 5 § socialtjänstlagen (2001:453).",
    "#Yrkanden",
    "Anita Westman (S) yrkar bifall till förvaltningens förslag.",
    "Mats Norberg (M) yrkar, med instämmande av Hampus Sjölander (M) och Peter Forsberg (KD), att "
    "socialnämnden ska tillstyrka motionen.",
    "#Beslutsgång",
    "Votering begärs. Ja för Westmans yrkande, nej för Norbergs yrkande. Med fem röster mot fyra beslutar "
    "socialnämnden enligt Westmans yrkande.",
    "#Beslut",
    "Socialnämnden lämnar yttrande enligt förvaltningens tjänsteskrivelse och anser att motionen ska avslås.",
    "#Reservation",
    "Mot beslutet reserverar sig Mats Norberg, Hampus Sjölander (båda M) och Peter Forsberg (KD) till förmån "
    "för Norbergs yrkande.",
    "#Beslutet skickas till",
    "Kommunstyrelsen; Kommunfullmäktige (för kännedom)",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-05-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "TIMRÅ KOMMUN\tSocialnämnden\tSammanträdesprotokoll 2025-05-20"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    def para(text: str) -> None:
        if text == "@PAGE":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            return
        if text.startswith("#"):
            p = d.add_paragraph()
            p.add_run(text[1:]).bold = True
            return
        d.add_paragraph(text)

    for line in TIMRA_HEAD:
        para(line)
    table = d.add_table(rows=0, cols=4)
    for i, row in enumerate(TIMRA_TABLE):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if i == 0 and value:
                cell.paragraphs[0].runs[0].bold = True
    for line in TIMRA_AFTER:
        para(line)

    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 26, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "timra-sn-2025-05-20-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
