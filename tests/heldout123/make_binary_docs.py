"""Generate the binary documents of tests/heldout123/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout123/make_binary_docs.py

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
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 11, 27, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 20, 13, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Region Jämtland Härjedalen, Hälso- och sjukvårdsnämnden 2024-11-20, full protocol.
# Attendance in two columns (Ledamöter | Ersättare), printed side by side.
JH_LEFT = [
    "#Ledamöter",
    "Ann-Sofie Lindqvist (S), ordförande",
    "Mikael Ödin (C), 1:e vice ordförande",
    "Jenny Hallberg (M), 2:e vice ordförande",
    "Stig Rönnqvist (S)",
    "Therese Jonsson (S)",
    "Nils Edvardsson (S)",
    "Margareta Strid (S)",
    "Kalle Niemi (V)",
    "Lars Sjödin (SD)",
    "Malin Brandt (SD)",
    "Peter Zetterlund (M)",
    "Elin Hofstedt (KD)",
    "#Tjänstgörande ersättare",
    "Per Jönsson (C) för Birgitta Holm (C)",
]
JH_RIGHT = [
    "#Ersättare",
    "Anna Lövgren (S)",
    "Rickard Lund (M)",
    "Tove Olsson (V)",
]
JH_TOP = """\
#Sammanträdesprotokoll
Hälso- och sjukvårdsnämnden
Datum: 2024-11-20
Plats och tid: Regionens hus, Kyrkgatan 12, Östersund, sal Storsjön, kl. 09.00–14.30
"""
JH_AFTER = """\
#Övriga närvarande
Hans Wiklund, hälso- och sjukvårdsdirektör
Karin Ljung, chefläkare, § 99
Jessica Holm, nämndsekreterare

#Utses att justera
Peter Zetterlund (M)

#Justering
Regionens hus, Östersund, 2024-11-26, paragrafer 98–100

Sekreterare ........................................
Jessica Holm

Ordförande ........................................
Ann-Sofie Lindqvist

Justerare ........................................
Peter Zetterlund

#BEVIS OM ANSLAG
Protokollet från hälso- och sjukvårdsnämndens sammanträde 2024-11-20 har justerats.
Anslaget på regionens digitala anslagstavla 2024-11-27 – 2024-12-19.
Protokollet förvaras hos Regionkansliet, Östersund.
=
#§ 98  Överenskommelse om gemensam hälsocentral i Strömsund
HSN 2024-00387

#Beslut
1. Hälso- och sjukvårdsnämnden godkänner överenskommelsen mellan Region Jämtland Härjedalen och
Strömsunds kommun om samlokaliserad hälsocentral och kommunal hemsjukvård i Strömsund.
2. Hälso- och sjukvårdsdirektören får i uppdrag att underteckna överenskommelsen.

#Bakgrund
Region Jämtland Härjedalen och Strömsunds kommun har sedan 2021 utrett en gemensam lokal för
hälsocentralen och kommunens hemsjukvård. Strömsunds Hyresbostäder AB äger fastigheten och är
hyresvärd, men är inte part i överenskommelsen. Överenskommelsen gäller från 2025-03-01 och följer
16 kap. 4 § hälso- och sjukvårdslagen (2017:30). Nämnden informerades om ärendet 2024-09-18, § 71.

#Beslutsunderlag
Tjänsteskrivelse från hälso- och sjukvårdsförvaltningen 2024-10-29
Förslag till överenskommelse, daterat 2024-10-21

#Yrkande
Ordföranden Ann-Sofie Lindqvist (S) yrkar bifall till förvaltningens förslag.

#Beslutsgång
Ordföranden ställer proposition och finner att nämnden bifaller förslaget.

#Skickas till
Strömsunds kommun
Hälso- och sjukvårdsdirektören

#§ 99  Svar på remiss – Nationella riktlinjer för vård vid depression och ångestsyndrom
HSN 2024-00402, Socialstyrelsens dnr 5.1-31488/2024

#Beslut
Hälso- och sjukvårdsnämnden antar förvaltningens förslag till yttrande och översänder det till
Socialstyrelsen.

Paragrafen justeras omedelbart.

#Bakgrund
Socialstyrelsen har 2024-09-12 sänt en remissversion av de nationella riktlinjerna till
regionerna med svar senast 2024-12-06. Chefläkaren Karin Ljung föredrar förslaget till yttrande.
Sveriges Kommuner och Regioner har samordnat regionernas synpunkter i ett nätverk.

#Beslutsunderlag
Tjänsteskrivelse 2024-11-05
Förslag till yttrande

#Protokollsanteckning
Kalle Niemi (V) vill få antecknat att Vänsterpartiet anser att yttrandet tydligare borde
framhålla personalbristen inom psykiatrin i länets glesbygd.

#Skickas till
Socialstyrelsen

#§ 100  Yttrande över motion om läkarbemannad jourmottagning i Sveg
HSN 2024-00299, RS 2024/1180

#Beslut
Hälso- och sjukvårdsnämnden föreslår regionstyrelsen att föreslå regionfullmäktige att avslå
motionen.

#Bakgrund
Regionstyrelsen har remitterat motionen från Lars Sjödin (SD), inlämnad 2024-05-14, till
hälso- och sjukvårdsnämnden för yttrande. Regionfullmäktige remitterade motionen 2024-06-11, § 88.
Förvaltningen bedömer att en läkarbemannad jour i Sveg kräver fyra heltidstjänster och
att nuvarande lösning med distriktssköterska och digitalt läkarstöd från Östersunds sjukhus bör
behållas. Tjänsteskrivelse 2024-10-30.

#Yrkanden
Mikael Ödin (C) yrkar bifall till förvaltningens förslag.
Lars Sjödin (SD) yrkar bifall till motionen. Elin Hofstedt (KD) instämmer i Lars Sjödins yrkande.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Mikael Ödins
yrkande. Votering begärs. Ja-röst för Mikael Ödins yrkande, nej-röst för Lars Sjödins yrkande.

#Omröstning
Ja (8): Ann-Sofie Lindqvist, Mikael Ödin, Stig Rönnqvist, Therese Jonsson, Nils Edvardsson,
Margareta Strid, Kalle Niemi, Per Jönsson
Nej (3): Lars Sjödin, Malin Brandt, Elin Hofstedt
Avstår (2): Jenny Hallberg, Peter Zetterlund
Med 8 ja-röster mot 3 nej-röster, 2 avstod, har nämnden beslutat enligt Mikael Ödins yrkande.

#Reservation
Mot beslutet reserverar sig Lars Sjödin (SD), Malin Brandt (SD) och Elin Hofstedt (KD) till
förmån för eget yrkande.

#Särskilt yttrande
Jenny Hallberg (M) och Peter Zetterlund (M) lämnar ett särskilt yttrande: ”Vi avstår då
förvaltningen inte har prövat en rotationslösning tillsammans med Härjedalens kommun.”
Ersättaren Rickard Lund (M) ställer sig bakom det särskilda yttrandet.

#Skickas till
Regionstyrelsen
"""


class JHPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 5, "Region Jämtland Härjedalen")
        self.cell(0, 5, "PROTOKOLL  Hälso- och sjukvårdsnämnden  2024-11-20", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(120, 5, "Justerandes signatur ............    Utdragsbestyrkande ............")
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")


def _pdf_line(pdf: FPDF, line: str) -> None:
    if line.startswith("#"):
        pdf.set_font("F", "B", 11)
        line = line[1:]
    else:
        pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = JHPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll hälso- och sjukvårdsnämnden 2024-11-20")
    pdf.set_author("Regionkansliet")
    pdf.set_creator("Protokollsmall HSN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in JH_TOP.splitlines():
        _pdf_line(pdf, line)
    pdf.ln(3)
    for i in range(max(len(JH_LEFT), len(JH_RIGHT))):
        left = JH_LEFT[i] if i < len(JH_LEFT) else ""
        right = JH_RIGHT[i] if i < len(JH_RIGHT) else ""
        for text, width, last in ((left, 100, False), (right, 0, True)):
            bold = text.startswith("#")
            pdf.set_font("F", "B" if bold else "", 10)
            pdf.cell(width, 5.5, text[1:] if bold else text,
                     new_x="LMARGIN" if last else "RIGHT", new_y="NEXT" if last else "TOP")
    pdf.ln(3)
    for line in JH_AFTER.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        _pdf_line(pdf, line)
    pdf.output(str(DOCS / "regionjh-hsn-2024-11-20-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Region Gävleborg, Regionala utvecklingsnämnden 2025-02-13, full protocol.
RUN_HEAD = "Region Gävleborg\tProtokoll\tRegionala utvecklingsnämnden 2025-02-13"
RUN_TOP: list[str] = [
    "#REGION GÄVLEBORG",
    "#Regionala utvecklingsnämnden",
    "Sammanträdesprotokoll 2025-02-13",
    "Tid och plats: Regionhuset, Gävle, rum Limö, kl. 09.30–12.10",
    "#Närvarande ledamöter",
    "Kristina Bergman (S), ordförande; Jonas Åkerlund (C), vice ordförande; Ulf Bergqvist (M), andre vice "
    "ordförande; Lena Hammar (S); Mohammed Yusuf (S); Eva Sund (S); Tord Nilsson (S); Per Holm (SD); "
    "Linda Gran (SD); Cecilia Ström (M); Göran Lilja (KD); Frida Eng (V)",
    "#Ersättare som tjänstgör",
    "Oskar Lind (S) ersätter Emma Rask (S)",
    "#Ej tjänstgörande ersättare",
    "Malin Skog (M); Hassan Ali (S)",
    "#Tjänstepersoner",
    "Anders Björk, regional utvecklingsdirektör; Henrik Lööf, utvecklingsstrateg, § 6; Camilla Ståhl, "
    "nämndsekreterare",
    "#Justerare",
    "Cecilia Ström (M)",
    "Justeringsdag: 2025-02-20 på Regionhuset, Gävle",
    "Justerade paragrafer: §§ 5–7",
]
RUN_BODY_1: list[str] = [
    "#§ 5 Yttrande över remiss – Promemorian Regional tillväxtpolitik för ökad konkurrenskraft",
    "Diarienummer: RUN 2024/388. Departementets diarienummer: KN2024/02315.",
    "#Regionala utvecklingsnämndens beslut",
    "– att anta yttrandet enligt bilaga,",
    "– att översända yttrandet till Klimat- och näringslivsdepartementet,",
    "– att paragrafen justeras omedelbart.",
    "#Sammanfattning",
    "Klimat- och näringslivsdepartementet har skickat promemorian på remiss till samtliga regioner med svar "
    "senast 2025-03-03. Förslaget ändrar förordningen (2017:583) om regionalt tillväxtarbete och ger Tillväxtverket "
    "ett samordnande uppdrag. Regionstyrelsen har delegerat till nämnden att besvara remissen. Förvaltningens "
    "tjänsteskrivelse är daterad 2025-01-28.",
    "#Yrkande",
    "Kristina Bergman (S) yrkar bifall till förvaltningens förslag till yttrande.",
    "#Protokollsanteckning",
    "Frida Eng (V) antecknar att yttrandet bör betona inlandskommunernas villkor.",
    "#Beslutet expedieras till",
    "Klimat- och näringslivsdepartementet; Regionstyrelsen för kännedom",
    "#§ 6 Medfinansiering av projektet Grön omställning i Gävleborgs industri",
    "Diarienummer: RUN 2025/12",
    "#Regionala utvecklingsnämndens beslut",
    "1. Nämnden beviljar Movexum AB medfinansiering med högst 2 400 000 kronor för perioden 2025-04-01–2027-03-31.",
    "2. Beslutet gäller under förutsättning att Tillväxtverket beviljar medel ur Europeiska regionala "
    "utvecklingsfonden.",
    "#Sammanfattning",
    "Movexum AB ansöker 2024-12-02 om regional medfinansiering. Projektet riktar sig till små industriföretag i "
    "Sandviken, Hofors och Bollnäs. Tjänsteskrivelse 2025-01-30. Ulf Bergqvist (M) anmäler jäv och deltar inte i "
    "handläggningen.",
    "#Yrkanden",
    "Kristina Bergman (S) yrkar bifall till förvaltningens förslag. Per Holm (SD) yrkar avslag. Cecilia Ström (M) "
    "instämmer i Per Holms yrkande.",
    "#Beslutsgång",
    "Ordföranden ställer bifall mot avslag och finner bifall. Omröstning begärs. Ja-röst för bifall, nej-röst för "
    "avslag. Omröstningen utfaller enligt nedan.",
]
RUN_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Kristina Bergman (S)", "X", "", ""),
    ("Jonas Åkerlund (C)", "X", "", ""),
    ("Lena Hammar (S)", "X", "", ""),
    ("Mohammed Yusuf (S)", "X", "", ""),
    ("Eva Sund (S)", "X", "", ""),
    ("Tord Nilsson (S)", "X", "", ""),
    ("Oskar Lind (S)", "X", "", ""),
    ("Göran Lilja (KD)", "X", "", ""),
    ("Per Holm (SD)", "", "X", ""),
    ("Linda Gran (SD)", "", "X", ""),
    ("Cecilia Ström (M)", "", "X", ""),
    ("Frida Eng (V)", "", "", "X"),
    ("Summa", "8", "3", "1"),
]
RUN_BODY_2: list[str] = [
    "Nämnden har bifallit förvaltningens förslag.",
    "#Reservation",
    "Sverigedemokraternas ledamöter Per Holm och Linda Gran reserverar sig mot beslutet.",
    "#Beslutet expedieras till",
    "Movexum AB; Tillväxtverket",
    "#§ 7 Samverkansavtal om regional kompetensplattform 2025–2027 mellan Region Gävleborg och Högskolan i Gävle",
    "Diarienummer: RUN 2024/512",
    "#Regionala utvecklingsnämndens beslut",
    "Nämnden godkänner samverkansavtalet och uppdrar åt regional utvecklingsdirektör att underteckna det.",
    "#Sammanfattning",
    "Avtalet ersätter avtalet från 2021. Gävle kommun, Sandvikens kommun och Hudiksvalls kommun deltar i "
    "plattformens styrgrupp men är inte avtalsparter. Tjänsteskrivelse 2025-01-22; avtalsförslaget är daterat "
    "2025-01-15. Avtalet gäller 2025-03-01–2027-12-31.",
    "#Särskilt yttrande",
    "Ulf Bergqvist (M) och Cecilia Ström (M) lämnar för Moderaterna ett särskilt yttrande om att avtalet bör "
    "följas upp årligen av nämnden. Ersättaren Malin Skog (M) ställer sig bakom yttrandet.",
    "#Beslutet expedieras till",
    "Högskolan i Gävle",
]
RUN_SIGN = [
    ("Sekreterare", "Camilla Ståhl"),
    ("Ordförande", "Kristina Bergman"),
    ("Justerare", "Cecilia Ström"),
]


def _add_lines(d: docx.Document, lines: list[str]) -> None:
    for line in lines:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Regional utveckling"
    cp.title = "Protokoll regionala utvecklingsnämnden 2025-02-13"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Regional utveckling"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = RUN_HEAD
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    _add_lines(d, RUN_TOP)
    d.add_page_break()
    _add_lines(d, RUN_BODY_1)
    table = d.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in RUN_VOTE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
    _add_lines(d, RUN_BODY_2)
    d.add_paragraph()
    sign = d.add_table(rows=2, cols=3)
    for i, (label, name) in enumerate(RUN_SIGN):
        sign.rows[0].cells[i].text = label
        sign.rows[1].cells[i].text = "…………………………\n" + name
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 20, 13, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "regiongavleborg-run-2025-02-13-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
