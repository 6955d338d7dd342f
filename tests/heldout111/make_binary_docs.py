# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout111/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout111/make_binary_docs.py

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
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 7, 24, 10, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 21, 13, 0, 0)
DOCX_ZIP_TIME = (2025, 5, 21, 13, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Högsby kommun, Krisledningsnämnden 2025-07-24, protokollsutdrag §§ 3–4.
# Page 1 is a label column ("L|label|value"); "#" = bold line, "=" = new page, "" = blank line.
# ---------------------------------------------------------------------------------------------

HOGSBY_PAGE1 = [
    "#Krisledningsnämnden – utdrag ur sammanträdesprotokoll",
    "",
    "L|Plats och tid|Kommunhuset, stora sammanträdesrummet, Högsby, torsdagen den 24 juli 2025 "
    "kl. 07.30–08.45",
    "L|Beslutande|Lars Alexandersson (C), ordförande",
    "L||Annika Ström (S), vice ordförande",
    "L||Tomas Gustafsson (M)",
    "L||Kent Öberg (SD)",
    "L||Ulf Nilsson (KD), tjänstgörande ersättare för Helena Wik (KD)",
    "L|Övriga deltagare|Maria Lindell, kommunchef",
    "L||Jakob Hedin, säkerhetssamordnare",
    "L||Sara Hultgren, VA-chef",
    "L||Kristina Bodin, kommunsekreterare",
    "L|Justerare|Annika Ström (S)",
    "L|Justering|Omedelbart efter sammanträdet, Kommunhuset, Högsby",
    "L|Paragrafer|3–4",
    "",
    "Ledamöterna Tomas Gustafsson (M) och Kent Öberg (SD) deltog på distans via Teams med ljud och "
    "bild. Ordföranden konstaterade att samtliga deltagare kunde se och höra varandra.",
    "",
    "Krisledningsnämnden trädde i funktion genom ordförandens beslut den 21 juli 2025 kl. 16.00 enligt "
    "2 kap. 2 § lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära "
    "händelser i fredstid och höjd beredskap, sedan E. coli påvisats i dricksvattnet från Berga "
    "vattenverk den 19 juli 2025. Nämnden sammanträdde första gången 2025-07-22 (§§ 1–2).",
    "",
    "L|Underskrifter|Sekreterare ...........................................  Kristina Bodin",
    "L||Ordförande ............................................  Lars Alexandersson",
    "L||Justerare ...............................................  Annika Ström",
]

HOGSBY_BODY = """\
=
#§ 3    Redovisning av ordförandebeslut och förlängt bevattningsförbud
Dnr KS 2025/0198

#Beslut
1. Krisledningsnämnden godkänner redovisningen av ordförandens beslut 2025-07-21 och 2025-07-22.
2. Bevattningsförbudet enligt ordförandebeslut 2025-07-22 ska gälla i hela kommunen till och med den 31 augusti 2025.

#Sammanfattning
Innan nämnden trädde i funktion, och under tiden fram till detta sammanträde, har ordföranden med stöd av 6 kap. 39 § kommunallagen (2017:725) fattat följande beslut i ärenden som var så brådskande att nämndens avgörande inte kunde avvaktas:
– 2025-07-21: kokningsrekommendation för abonnenter anslutna till Berga vattenverk, KS 2025/0198-3,
– 2025-07-22: bevattningsförbud för det kommunala vattennätet, KS 2025/0198-5,
– 2025-07-22: inhyrning av två nödvattentankar om 3 m³ vardera, KS 2025/0198-6.
Smittskyddsläkaren vid Region Kalmar län och Livsmedelsverket har lämnat råd om provtagning. Nya prover togs 2025-07-23; svar väntas 2025-07-28. Grundvattennivåerna är de lägsta sedan 2018 enligt Sveriges geologiska undersökning (SGU).
Kommunchefens tjänsteskrivelse daterad 2025-07-23.

#Yrkanden
Ordföranden yrkar bifall till kommunchefens förslag.
Kent Öberg (SD) yrkar att bevattningsförbudet ska upphöra den 15 augusti 2025.

#Beslutsgång
Ordföranden ställer proposition på sitt eget yrkande mot Kent Öbergs och finner att nämnden bifaller det egna. Omröstning begärs. Den som bifaller ordförandens yrkande röstar ja, den som bifaller Kent Öbergs yrkande röstar nej.

#Omröstningsresultat
Med fyra ja-röster mot en nej-röst har krisledningsnämnden beslutat enligt ordförandens yrkande. Röstlista finns i bilaga 1.

#Reservation
Kent Öberg (SD) reserverar sig mot beslutet i punkt 2.

#Beslutet skickas till
Livsmedelsverket, Länsstyrelsen i Kalmar län, Högsbyhus AB, samhällsbyggnadsförvaltningen
=
#§ 4    Avtal med Mönsterås kommun om leverans av nödvatten till Berga
Dnr KS 2025/0201

#Beslut
a) Krisledningsnämnden godkänner avtalet mellan Högsby kommun och Mönsterås kommun om leverans av nödvatten till Berga.
b) Kostnaderna belastar kommunstyrelsens anslag för extraordinära händelser och redovisas till Myndigheten för samhällsskydd och beredskap.
c) Paragrafen justeras omedelbart.

#Sammanfattning
Mönsterås kommun har erbjudit sig att leverera dricksvatten med tankbil från Mönsterås vattenverk till tre tappställen i Berga. Avtalet gäller från den 25 juli 2025 till dess att kokningsrekommendationen har hävts, dock längst till 2025-09-30. Kostnaden beräknas till 85 000 kronor per vecka. Oskarshamns kommun har dessutom erbjudit reservkapacitet enligt en avsiktsförklaring från 2023, men den behöver inte tas i anspråk nu.
Kommunchefens tjänsteskrivelse daterad 2025-07-24.

#Yrkanden
Tomas Gustafsson (M) yrkar bifall till förslaget.

#Protokollsanteckning
Till protokollet antecknas på begäran av Annika Ström (S) att informationen till hushåll som inte talar svenska måste förbättras inför nästa utskick.

#Beslutet skickas till
Mönsterås kommun, Ekonomiavdelningen, Myndigheten för samhällsskydd och beredskap

Justerandes sign ..........
Rätt utdraget intygar: Kristina Bodin, kommunsekreterare, 2025-07-24
"""


class HogsbyPDF(FPDF):
    def header(self) -> None:
        self.set_font("S", "B", 10)
        self.cell(95, 5, "HÖGSBY KOMMUN")
        self.set_font("S", "", 9)
        self.cell(0, 5, "PROTOKOLLSUTDRAG", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Krisledningsnämnden")
        self.cell(0, 5, "Sammanträdesdatum 2025-07-24", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("S", "", 8)
        self.cell(95, 5, "Justerandes sign")
        self.cell(0, 5, "Utdragsbestyrkande", align="R")


def make_hogsby_pdf() -> None:
    pdf = HogsbyPDF(format="A4")
    pdf.add_font("S", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag krisledningsnämnden 2025-07-24 §§ 3-4")
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Ärendehanteringssystem")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in HOGSBY_PAGE1:
        if line.startswith("L|"):
            _, label, value = line.split("|", 2)
            pdf.set_font("S", "B", 9)
            pdf.cell(38, 5.5, label)
            pdf.set_font("S", "", 9.5)
            pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("#"):
            pdf.set_font("S", "B", 12)
            pdf.multi_cell(0, 7, line[1:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("S", "", 9.5)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    for line in HOGSBY_BODY.splitlines():
        if line == "=":
            pdf.add_page()
        elif line.startswith("#"):
            pdf.ln(1.5)
            pdf.set_font("S", "B", 10.5)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("S", "", 9.5)
            pdf.multi_cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "hogsby-kln-2025-07-24-protokollsutdrag.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Gislaveds kommun (värdkommun), Överförmyndarnämnden i Gislaved och Gnosjö 2025-05-14.
# Body items: ("H", text) heading 2, ("B", text) bold line, ("P", text) paragraph,
# ("N", text) List Number item, ("U", text) List Bullet item, ("T", rows) table.
# ---------------------------------------------------------------------------------------------

OFN_ATT: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Kommunhuset, sammanträdesrum Nissan, Gislaved, kl. 09.00–11.35"]),
    (
        "Beslutande ledamöter",
        [
            "Kerstin Andrén (S), ordförande – Gislaved",
            "Bo Fransson (KD), vice ordförande – Gnosjö",
            "Lena Gustavsson (M) – Gislaved",
            "Anders Wiberg (C) – Gnosjö",
            "Johanna Petersson (SD) – Gislaved, tjänstgör för Kjell Ahlgren (SD)",
        ],
    ),
    ("Ersättare", ["Per-Olof Lind (S) – Gnosjö", "Emma Hjärtström (C) – Gislaved"]),
    (
        "Övriga närvarande",
        [
            "Malin Rydén, enhetschef överförmyndarenheten",
            "Amir Hodžić, handläggare, §§ 20–21",
            "Therese Ljungqvist, nämndsekreterare",
        ],
    ),
    ("Utses att justera", ["Anders Wiberg (C)"]),
    ("Justeringens plats och tid", ["Överförmyndarenheten, Gislaved, onsdagen den 21 maj 2025"]),
    ("Justerade paragrafer", ["§§ 18–22"]),
]

OFN_SIGN = [
    ("Sekreterare", "Therese Ljungqvist"),
    ("Ordförande", "Kerstin Andrén"),
    ("Justerande", "Anders Wiberg"),
]

OFN_ANSLAG = [
    "ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på Gislaveds kommuns och "
    "Gnosjö kommuns anslagstavlor.",
    "Organ: Överförmyndarnämnden i Gislaved och Gnosjö",
    "Sammanträdesdatum: 2025-05-14",
    "Anslaget sätts upp: 2025-05-22          Anslaget tas ned: 2025-06-13",
    "Förvaringsplats för protokollet: Överförmyndarenheten, Gislaved",
]

VOTE_ROWS = [
    ["Namn", "Ja", "Nej", "Avstår"],
    ["Kerstin Andrén (S)", "X", "", ""],
    ["Bo Fransson (KD)", "", "X", ""],
    ["Lena Gustavsson (M)", "", "X", ""],
    ["Anders Wiberg (C)", "X", "", ""],
    ["Johanna Petersson (SD)", "X", "", ""],
    ["Summa", "3", "2", "0"],
]

DELEG_ROWS = [
    ["Beslutstyp", "Lagrum", "Antal beslut"],
    ["Granskning av årsräkningar", "14 kap. 15 § FB", "187"],
    ["Samtycke till uttag från spärrat konto", "15 kap. 2 § FB", "23"],
    ["Beslut om arvode till ställföreträdare", "12 kap. 16 § FB", "164"],
    ["Byte av god man eller förvaltare", "11 kap. 20 § FB", "9"],
]

OFN_BODY: list[tuple[str, object]] = [
    ("H", "ÖFN § 18"),
    ("B", "Länsstyrelsens tillsyn av överförmyndarnämnden 2025 – redovisning av åtgärder"),
    ("P", "Dnr ÖFN.2025.31"),
    ("B", "Överförmyndarnämndens beslut"),
    ("N", "Överförmyndarnämnden godkänner överförmyndarenhetens redovisning av vidtagna och planerade "
          "åtgärder."),
    ("N", "Redovisningen skickas till Länsstyrelsen i Jönköpings län."),
    ("B", "Ärendebeskrivning"),
    ("P", "Länsstyrelsen i Jönköpings län inspekterade nämnden den 25–26 februari 2025 enligt 19 kap. 17 § "
          "föräldrabalken (länsstyrelsens dnr 203-1894-2025). I inspektionsprotokollet, daterat 2025-03-28, "
          "kritiserar länsstyrelsen handläggningstiden för granskning av årsräkningar och att förordnanden "
          "inte alltid har anmälts till Skatteverket för registrering. Länsstyrelsen begär att nämnden senast "
          "2025-06-30 redovisar vilka åtgärder som har vidtagits."),
    ("P", "Överförmyndarenhetens tjänsteskrivelse 2025-04-29 redovisar bland annat ett nytt flöde för "
          "granskning, där årsräkningar som lämnats via e-tjänsten granskas inom fyra månader."),
    ("B", "Beslutet skickas till"),
    ("P", "Länsstyrelsen i Jönköpings län"),
    ("H", "ÖFN § 19"),
    ("B", "Riktlinjer för arvode till gode män och förvaltare från 2026"),
    ("P", "Dnr ÖFN.2025.41"),
    ("B", "Överförmyndarnämndens beslut"),
    ("N", "Överförmyndarnämnden antar riktlinjer för arvodering av gode män och förvaltare enligt bilaga "
          "19:1, att gälla från och med den 1 januari 2026."),
    ("N", "Nämndens riktlinjer från 2021-11-17, § 57, upphör att gälla samma dag."),
    ("B", "Ärendebeskrivning"),
    ("P", "En ställföreträdare har enligt 12 kap. 16 § föräldrabalken rätt till skäligt arvode. Förslaget "
          "anger arvodet i procent av prisbasbeloppet, som för 2025 är 58 800 kronor, och följer i huvudsak "
          "Föreningen Sveriges Överförmyndares rekommendationer. Tjänsteskrivelse 2025-04-24. Arvodet "
          "betalas av huvudmannen eller, om denne saknar medel, av den kommun där huvudmannen är folkbokförd."),
    ("B", "Yrkanden"),
    ("P", "Kerstin Andrén (S) yrkar bifall till förvaltningens förslag."),
    ("P", "Lena Gustavsson (M) yrkar att grundarvodet för god man höjs från 10 till 12 procent av "
          "prisbasbeloppet. Bo Fransson (KD) yrkar bifall till Lena Gustavssons yrkande."),
    ("B", "Propositionsordning och omröstning"),
    ("P", "Ordföranden ställer förvaltningens förslag mot Lena Gustavssons yrkande och finner att nämnden "
          "bifaller förvaltningens förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, "
          "nej-röst för Lena Gustavssons yrkande."),
    ("T", VOTE_ROWS),
    ("P", "Nämnden har med 3 ja-röster mot 2 nej-röster beslutat enligt förvaltningens förslag."),
    ("B", "Reservation"),
    ("P", "Lena Gustavsson (M) och Bo Fransson (KD) reserverar sig mot beslutet med en skriftlig "
          "reservation, bilaga 19:2."),
    ("B", "Beslutet skickas till"),
    ("P", "Kommunstyrelsen i Gislaveds kommun, Kommunstyrelsen i Gnosjö kommun, samtliga ställföreträdare "
          "via nyhetsbrev"),
    ("H", "ÖFN § 20"),
    ("B", "Anmälan av ordförandebeslut"),
    ("P", "Dnr ÖFN.2025.3"),
    ("B", "Överförmyndarnämndens beslut"),
    ("P", "Överförmyndarnämnden godkänner anmälan av ordförandebeslutet."),
    ("B", "Ärendebeskrivning"),
    ("P", "Ordföranden har 2025-04-16, med stöd av nämndens delegationsordning punkt 1.3 och 6 kap. 39 § "
          "kommunallagen (2017:725), beslutat att hos Värnamo tingsrätt ansöka om anordnande av "
          "förvaltarskap för en huvudman i Gnosjö kommun. Uppgifter om huvudmannen omfattas av sekretess "
          "enligt 32 kap. 4 § offentlighets- och sekretesslagen (2009:400). Tingsrätten har 2025-05-05 "
          "beslutat interimistiskt i enlighet med ansökan."),
    ("B", "Protokollsanteckning"),
    ("P", "Bo Fransson (KD) får antecknat till protokollet att delegationen till ordföranden i brådskande "
          "ärenden bör ses över i samband med revideringen av delegationsordningen i höst."),
    ("H", "ÖFN § 21"),
    ("B", "Redovisning av delegationsbeslut mars–april 2025"),
    ("P", "Dnr ÖFN.2025.2"),
    ("B", "Överförmyndarnämndens beslut"),
    ("P", "Redovisningen läggs till handlingarna."),
    ("B", "Ärendebeskrivning"),
    ("P", "Förteckning över delegationsbeslut fattade under perioden 2025-03-01–2025-04-30, daterad "
          "2025-05-07, sammanfattas i tabellen nedan. FB = föräldrabalken."),
    ("T", DELEG_ROWS),
    ("H", "ÖFN § 22"),
    ("B", "Informationsärenden"),
    ("B", "Överförmyndarnämndens beslut"),
    ("P", "Nämnden tar del av informationen."),
    ("B", "Ärendebeskrivning"),
    ("P", "Enhetschef Malin Rydén informerar om följande:"),
    ("U", "Nämnden har 612 pågående ärenden, varav 241 avser huvudmän i Gnosjö kommun."),
    ("U", "En rekryteringskväll för nya gode män hålls 2025-06-03 i Gnosjö tillsammans med Svenska Röda "
          "Korset."),
    ("U", "Föreningen Sveriges Överförmyndare håller sin årliga konferens den 17–18 september 2025 i Örebro."),
    ("U", "58 procent av årsräkningarna för 2024 lämnades via e-tjänsten, mot 41 procent året innan."),
]


def _zip_fixed(raw: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=DOCX_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


def _restart_numbering(d: docx.Document, paragraph) -> None:
    """Give the List Number paragraph its own numbering instance that starts at 1."""
    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    absn = OxmlElement("w:abstractNumId")
    absn.set(qn("w:val"), abstract)
    num.append(absn)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), str(new_id))
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.append(numpr)


def _table(d: docx.Document, rows: list[list[str]]) -> None:
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value


def make_ofn_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Överförmyndarenheten"
    cp.title = "Protokoll överförmyndarnämnden 2025-05-14"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Överförmyndarenheten"
    cp.revision = 3
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "GISLAVEDS KOMMUN\tSAMMANTRÄDESPROTOKOLL\t2025-05-14"
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.CENTER)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    sec.header.add_paragraph("Överförmyndarnämnden i Gislaved och Gnosjö")
    sec.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    title = d.add_paragraph()
    r = title.add_run("Överförmyndarnämnden i Gislaved och Gnosjö")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph(
        "Gemensam nämnd för Gislaveds kommun och Gnosjö kommun enligt 9 kap. 19 § kommunallagen "
        "(2017:725). Gislaveds kommun är värdkommun."
    )
    d.add_paragraph("Sammanträde onsdagen den 14 maj 2025")

    att = d.add_table(rows=0, cols=2)
    for label, values in OFN_ATT:
        cells = att.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = values[0]
        for v in values[1:]:
            cells[1].add_paragraph(v)

    d.add_paragraph("Underskrifter").runs[0].bold = True
    sig = d.add_table(rows=0, cols=2)
    for role, name in OFN_SIGN:
        cells = sig.add_row().cells
        cells[0].text = role
        cells[1].text = "……………………………………………"
        cells[1].add_paragraph(name)

    for i, line in enumerate(OFN_ANSLAG):
        p = d.add_paragraph(line)
        if i == 0:
            p.runs[0].bold = True

    d.add_page_break()

    prev_kind = ""
    current_num = 0
    for kind, value in OFN_BODY:
        if kind == "H":
            d.add_heading(str(value), level=2)
        elif kind == "B":
            d.add_paragraph().add_run(str(value)).bold = True
        elif kind == "N":
            par = d.add_paragraph(str(value), style="List Number")
            if prev_kind != "N":
                _restart_numbering(d, par)
                current_num = par._p.pPr.numPr.numId.val
            else:
                ppr = par._p.get_or_add_pPr()
                numpr = OxmlElement("w:numPr")
                ilvl = OxmlElement("w:ilvl")
                ilvl.set(qn("w:val"), "0")
                numid = OxmlElement("w:numId")
                numid.set(qn("w:val"), str(current_num))
                numpr.append(ilvl)
                numpr.append(numid)
                ppr.append(numpr)
        elif kind == "U":
            d.add_paragraph(str(value), style="List Bullet")
        elif kind == "T":
            _table(d, value)  # type: ignore[arg-type]
        else:
            d.add_paragraph(str(value))
        prev_kind = kind

    buf = io.BytesIO()
    d.save(buf)
    (DOCS / "gislaved-ofn-2025-05-14-protokoll.docx").write_bytes(_zip_fixed(buf.getvalue()))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_hogsby_pdf()
    make_ofn_docx()


if __name__ == "__main__":
    main()
