# ruff: noqa: E501
"""Generate the binary documents of tests/heldout161/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout161/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 10, 14, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 8, 10, 0, 0)

# ---------------------------------------------------------------- PDF
# Arvika kommun, Miljö- och byggnämnden 2025-10-08, full protocol.
# The attendance table is drawn column by column: headings, then all left names, then the run of
# left parties, then the right names and their parties.

ARVIKA_FRONT_TOP = """\
Plats och tid: Stadshuset, sammanträdesrummet Glafsfjorden, Arvika, onsdagen den 8 oktober 2025 kl. 09.00–12.20

Ordförande: Anders Rosén (S)
Vice ordförande: Eva Lundkvist (M)
Tjänstgörande ersättare: Lina Persson (S) för Roger Alm (S)
"""

ARVIKA_LEFT = [("Kjell Dahlberg", "(S)"), ("Sara Nordqvist", "(M)"), ("Emil Hagström", "(SD)"),
               ("Maria Lindroos", "(C)"), ("Hans Uddén", "(V)"), ("Agneta Fors", "(KD)")]
ARVIKA_RIGHT = [("Ola Kvarnström", "(S)"), ("Britt Eklund", "(M)"), ("Jonas Rask", "(SD)")]

ARVIKA_FRONT_BOTTOM = """\

Övriga närvarande: Henrik Sjöberg, miljö- och byggchef; Anna Malm, bygglovshandläggare, § 32; Tove Granath, nämndsekreterare

Utses att justera: Maria Lindroos (C)
Justeringens plats och tid: Stadshuset, Arvika, 2025-10-14
Justerade paragrafer: §§ 32–34
"""

ARVIKA_SIGN = [("Sekreterare", "Tove Granath"), ("Ordförande", "Anders Rosén"), ("Justerare", "Maria Lindroos")]

ARVIKA_ANSLAG = """\
#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag på Arvika kommuns digitala anslagstavla.
Organ: Miljö- och byggnämnden    Sammanträdesdatum: 2025-10-08
Anslaget sätts upp: 2025-10-15    Anslaget tas ned: 2025-11-06
Förvaringsplats för protokollet: Stadshuset, Arvika
"""

ARVIKA_BODY = """\
=
#MBN § 32        Dnr MBN 2025-000412
#Ansökan om bygglov för nybyggnad av flerbostadshus, Sågudden 1:23

Sökande: Arvikahem AB

#Miljö- och byggnämndens beslut
1. Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen (2010:900).
2. Avgiften för bygglovet fastställs till 48 600 kronor.
3. Paragrafen justeras omedelbart.

#Beskrivning av ärendet
Ansökan gäller ett flerbostadshus i fyra våningar med 28 lägenheter. Detaljplanen för Sågudden vann laga kraft 2019-05-16. Fastighetsägare på Sågudden 1:24 och 1:25 har lämnat erinringar om skuggning. Trafikverket har i yttrande 2025-08-29 inte haft något att invända. Bygglovshandläggare Anna Malm föredrar ärendet.

#Beslutsunderlag
Tjänsteskrivelse 2025-09-24
Situationsplan och fasadritningar, inkomna 2025-06-30

#Yrkanden
Eva Lundkvist (M) yrkar bifall till förvaltningens förslag.
Emil Hagström (SD) yrkar avslag på ansökan.

#Omröstning
Ordföranden ställer proposition på bifall och avslag och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs och verkställs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller Hagströms avslagsyrkande röstar nej. Med 7 ja-röster mot 1 nej-röst, medan 1 ledamot avstår, beslutar nämnden enligt förvaltningens förslag.

#Reservation
Emil Hagström (SD) reserverar sig mot beslutet.

#Upplysningar
Beslutet kan överklagas till Länsstyrelsen i Värmlands län. Lantmäteriet genomför fastighetsbildningen.

Beslutet skickas till: Sökanden, Sakägare enligt sändlista
=
#MBN § 33        Dnr MBN 2025-000377
#Yttrande över ansökan om tillstånd för vindkraftspark Glaskogen Norr

Länsstyrelsens dnr 551-4120-2025

#Jäv
Hans Uddén (V) anmäler jäv och deltar inte i handläggningen av ärendet.

#Miljö- och byggnämndens beslut
Miljö- och byggnämnden lämnar yttrande till Länsstyrelsen i Värmlands län enligt förvaltningens förslag.

#Beskrivning av ärendet
Länsstyrelsen i Värmlands län har gett kommunen tillfälle att yttra sig över Skogsvind Värmland AB:s ansökan om tillstånd enligt 9 kap. 6 § miljöbalken (1998:808). Svaret ska ha kommit in senast 2025-10-20. Kommunfullmäktige beslutade 2025-04-28 § 51 att tillstyrka etableringen. Förvaltningen föreslår att nämnden framför synpunkter om buller vid fritidshusen vid Stora Gla och om skyddet av kungsörn.

#Beslutsunderlag
Tjänsteskrivelse 2025-09-29
Remiss från Länsstyrelsen i Värmlands län 2025-09-10
=
#MBN § 33 forts.

#Särskilt yttrande
Sara Nordqvist (M) och Eva Lundkvist (M) lämnar ett särskilt yttrande: "Vi anser att yttrandet borde ha varit tydligare om vikten av att vägarna i Glaskogens naturreservat inte påverkas."

Beslutet skickas till: Länsstyrelsen i Värmlands län, Kommunstyrelsen

#MBN § 34        Dnr MBN 2025-000009
#Redovisning av delegationsbeslut september 2025

#Miljö- och byggnämndens beslut
Miljö- och byggnämnden godkänner redovisningen av delegationsbeslut för perioden 2025-09-01–2025-09-30.

#Beskrivning av ärendet
Redovisningen omfattar 61 beslut om bygglov, anmälan och tillsyn enligt delegationsordningen, senast reviderad 2024-12-11 § 118.
"""


class ArvikaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 5, "ARVIKA KOMMUN")
        self.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Miljö- och byggnämnden")
        self.cell(0, 5, f"Sammanträdesdatum 2025-10-08    {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign ____________        Utdragsbestyrkande ____________", align="C")


def write_lines(pdf: FPDF, text: str) -> None:
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.2, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = ArvikaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll miljö- och byggnämnden 2025-10-08")
    pdf.set_author("Miljö- och byggförvaltningen")
    pdf.set_creator("Protokollsmall MBN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "Miljö- och byggnämnden", new_x="LMARGIN", new_y="NEXT")
    write_lines(pdf, ARVIKA_FRONT_TOP)
    pdf.ln(2)
    # Column headings first, then each column drawn top to bottom.
    y0 = pdf.get_y()
    pdf.set_font("F", "B", 10)
    pdf.set_xy(10, y0)
    pdf.cell(90, 6, "Ledamöter")
    pdf.set_xy(105, y0)
    pdf.cell(90, 6, "Ej tjänstgörande ersättare")
    pdf.set_font("F", "", 10)
    for col_x, rows, width in ((10, ARVIKA_LEFT, 55), (105, ARVIKA_RIGHT, 55)):
        for i, (name, _party) in enumerate(rows):
            pdf.set_xy(col_x, y0 + 6 + 5.5 * i)
            pdf.cell(width, 5.5, name)
        for i, (_name, party) in enumerate(rows):
            pdf.set_xy(col_x + width, y0 + 6 + 5.5 * i)
            pdf.cell(20, 5.5, party)
    pdf.set_xy(10, y0 + 6 + 5.5 * len(ARVIKA_LEFT) + 2)
    write_lines(pdf, ARVIKA_FRONT_BOTTOM)
    pdf.ln(4)
    y1 = pdf.get_y()
    for i, (label, name) in enumerate(ARVIKA_SIGN):
        x = 10 + 63 * i
        pdf.set_font("F", "", 9)
        pdf.set_xy(x, y1)
        pdf.cell(60, 5, label)
        pdf.set_xy(x, y1 + 10)
        pdf.cell(60, 5, "..............................")
        pdf.set_xy(x, y1 + 15)
        pdf.cell(60, 5, name)
    pdf.set_xy(10, y1 + 26)
    y2 = pdf.get_y()
    write_lines(pdf, ARVIKA_ANSLAG)
    pdf.rect(9, y2 - 1, 192, pdf.get_y() - y2 + 2)
    write_lines(pdf, ARVIKA_BODY)
    pdf.alias_nb_pages()
    (DOCS / "arvika-mbn-2025-10-08-protokoll.pdf").write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------- DOCX
# Kumla kommun, Kommunstyrelsen 2025-09-02, full protocol.
# Attendance is a two-column Word table (label | names with line breaks inside the cell).

KUMLA_ATT = [
    ("Ordförande", "Sofia Lindmark (S)"),
    ("1:e vice ordförande", "Peter Brandt (M)"),
    ("2:e vice ordförande", "Nina Åslund (C)"),
    ("Ledamöter", "Kenneth Rydh (S)\nAmira Haddad (S)\nJörgen Malm (S)\nHåkan Tjärn (S)\nLotta Engström (M)\nRoger Fält (SD)\nTherese Wirén (SD)\nUlf Sten (KD)\nMaria Tegnér (V)"),
    ("Tjänstgörande ersättare", "Mikaela Ståhl (L), ersätter Bengt Ohlsson (L)"),
    ("Ersättare", "Lena Öberg (S)\nFilip Ek (M)\nOskar Norén (SD), kl. 08.30–10.15"),
    ("Tjänstemän", "Magnus Lejon, kommundirektör\nEva Rask, ekonomichef, § 141\nKarin Sjövall, kommunsekreterare"),
    ("Justerare", "Lotta Engström (M) och Kenneth Rydh (S)"),
    ("Justeringens plats och tid", "Kommunhuset, Kumla, 2025-09-08"),
    ("Paragrafer", "141–144"),
]

KUMLA_SIGN = [
    "Underskrifter",
    "Sekreterare ……………………………… Karin Sjövall",
    "Ordförande ……………………………… Sofia Lindmark",
    "Justerare ……………………………… Lotta Engström    ……………………………… Kenneth Rydh",
    "",
    "#BEVIS OM ANSLAG",
    "Kommunstyrelsens protokoll 2025-09-02 är justerat. Anslaget har satts upp 2025-09-09 och tas ned 2025-10-01. Protokollet förvaras på kommunledningskontoret, Kumla.",
]

KUMLA_BODY = [
    "=",
    "#§ 141   Delårsrapport januari–juli 2025 för Kumla kommun",
    "Dnr KS 2025/188",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten för perioden januari–juli 2025.",
    "#Ärendebeskrivning",
    "Ekonomichef Eva Rask redovisar delårsrapporten, som upprättats enligt 13 kap. lagen (2018:597) om kommunal bokföring och redovisning. Prognosen visar ett överskott om 14,2 miljoner kronor. Kumlabostäder AB och Kumla Energi AB redovisar egna delårsbokslut. Revisorernas granskning ska vara klar inför kommunfullmäktiges sammanträde 2025-10-20.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse, kommunledningskontoret, 2025-08-20",
    "Delårsrapport januari–juli 2025",
    "Beslutet skickas till: Kommunfullmäktige, Revisorerna",
    "#§ 142   Avsiktsförklaring med Trafikverket om Kumla resecentrum",
    "Dnr KS 2024/305",
    "#Kommunstyrelsens beslut",
    "a) Kommunstyrelsen godkänner avsiktsförklaringen mellan Kumla kommun och Trafikverket om utveckling av Kumla resecentrum.",
    "b) Kommundirektören får i uppdrag att underteckna avsiktsförklaringen.",
    "#Ärendebeskrivning",
    "Avsiktsförklaringen beskriver hur parterna ska samverka om planering och finansiering av en ny gång- och cykeltunnel vid stationen. Region Örebro län deltar som kollektivtrafikmyndighet men är inte part. Kommunstyrelsens arbetsutskott behandlade ärendet 2025-08-19 § 97. Kostnaderna ska prövas i budget 2027.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-08-14",
    "Förslag till avsiktsförklaring, Trafikverkets ärendenummer TRV 2024/88120",
    "#Yrkanden",
    "Sofia Lindmark (S) yrkar bifall till arbetsutskottets förslag. Roger Fält (SD) yrkar avslag.",
    "#Omröstning",
    "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs. Ja-röst för bifall, nej-röst för avslag.",
    "Ja: Sofia Lindmark, Peter Brandt, Nina Åslund, Kenneth Rydh, Amira Haddad, Jörgen Malm, Håkan Tjärn, Lotta Engström, Ulf Sten, Mikaela Ståhl",
    "Nej: Roger Fält, Therese Wirén",
    "Avstår: Maria Tegnér",
    "Kommunstyrelsen har alltså bifallit arbetsutskottets förslag.",
    "#Reservation",
    "Roger Fält och Therese Wirén (SD) reserverar sig mot beslutet.",
    "Beslutet skickas till: Trafikverket, Region Örebro län, Samhällsbyggnadsförvaltningen",
    "=",
    "#§ 143   Yttrande över remiss från Region Örebro län – Länstransportplan 2026–2037",
    "Dnr KS 2025/201, Region Örebro läns dnr 25RS3120",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen antar kommunledningskontorets förslag till yttrande som sitt eget och överlämnar det till Region Örebro län.",
    "Paragrafen förklaras omedelbart justerad.",
    "#Ärendebeskrivning",
    "Region Örebro län har 2025-06-10 sänt förslaget till länstransportplan på remiss till länets kommuner med svar senast 2025-09-30. Yttrandet lyfter behovet av planskild korsning vid Västra stambanan och trafiksäkerheten på väg 529 mot Hallsbergs kommun.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-08-21",
    "#Protokollsanteckning",
    "Maria Tegnér (V) får anteckna till protokollet att Vänsterpartiet saknar satsningar på busstrafik till Ekeby-Almby.",
    "Beslutet skickas till: Region Örebro län",
    "#§ 144   Motion om laddstolpar vid kommunens förskolor",
    "Dnr KS 2025/097",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.",
    "#Ärendebeskrivning",
    "Nina Åslund (C) lämnade motionen 2025-03-24. Tekniska nämnden har yttrat sig 2025-06-11 § 52 och anser att laddstolparna bör byggas i takt med att förskolorna renoveras. Ellevio AB äger elnätet i större delen av tätorten.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-08-18",
    "Tekniska nämndens beslut 2025-06-11 § 52",
    "#Yrkanden",
    "Nina Åslund (C) yrkar bifall till motionen. Peter Brandt (M) yrkar bifall till förvaltningens förslag.",
    "Ordföranden ställer proposition och finner att kommunstyrelsen beslutar enligt förvaltningens förslag.",
    "#Särskilt yttrande",
    "Peter Brandt m.fl. (M) lämnar ett särskilt yttrande, bilaga 2. Ersättaren Filip Ek (M) ställer sig bakom yttrandet.",
    "Beslutet skickas till: Kommunfullmäktige, Tekniska nämnden",
]


def add_lines(d: docx.Document, lines: list[str]) -> None:
    for line in lines:
        if line == "=":
            d.add_page_break()
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokoll kommunstyrelsen 2025-09-02"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "KUMLA KOMMUN\tProtokoll\tKommunstyrelsen 2025-09-02"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_paragraph().add_run("Kommunstyrelsen – sammanträdesprotokoll").bold = True
    d.add_paragraph("Sammanträdet hölls tisdagen den 2 september 2025 kl. 08.30–11.45 i Kumlasalen, Kommunhuset, Kumla.")
    table = d.add_table(rows=0, cols=2)
    for label, value in KUMLA_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("")
    add_lines(d, KUMLA_SIGN + KUMLA_BODY)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 8, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "kumla-ks-2025-09-02-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
