# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout113/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout113/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.

- ronneby-tfk-2024-10-24-protokoll.pdf: Ronneby kommun, Teknik-, fritid- och kulturnämnden, full
  protocol (label column on page 1 with attendance as wrapped running text, "§ n" and "Dnr" on one
  line with the bold title below, X-mark vote table, "§ n forts." under the header where a page
  break falls inside a paragraph).
- tomelilla-von-2025-11-19-protokollsutdrag.docx: Tomelilla kommun, Vård- och omsorgsnämnden,
  protokollsutdrag §§ 96–97 (tabbed header with PAGE/NUMPAGES fields, Word List Number decisions
  that restart per list, signatures and Utdragsbestyrkande at the end, appended written reservation).
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
from docx.shared import Mm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 10, 30, 14, 5, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 11, 26, 10, 15, 0)
ZIP_TIME = (2025, 11, 26, 10, 15, 0)

# ----------------------------------------------------------------------------------------------
# PDF: Ronneby kommun, Teknik-, fritid- och kulturnämnden 2024-10-24, full protocol §§ 84–87.

RB_ORGAN = "Teknik-, fritid- och kulturnämnden"
RB_DATE = "2024-10-24"

# First page: (label, lines). Lines are wrapped by multi_cell in the value column.
RB_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Stadshuset, sammanträdesrum Ronneby brunn, torsdagen den 24 oktober 2024 "
                       "kl. 13.00–16.15"]),
    ("Beslutande", [
        "Ledamöter: Elin Sjöberg (M), ordförande, Tommy Blad (SD), 1:e vice ordförande, Karin Lind (S), "
        "2:e vice ordförande, Mattias Hjalmarsson (M), Ingela Petersson (L), Hassan Ali (S), Stina Borg (V), "
        "Göran Sandahl (SD)",
        "Tjänstgörande ersättare: Ann-Sofie Mårtensson (M) för Rickard Fors (KD)",
    ]),
    ("Närvarande ersättare", ["Olle Berg (C), Birgitta Ljung (S), Patrik Holm (SD)"]),
    ("Tjänstemän", ["Jonas Wennerberg, förvaltningschef; Sofia Lindahl, fritidschef, §§ 85–86; "
                    "Emma Karlsson, nämndsekreterare"]),
    ("Utses att justera", ["Hassan Ali (S)"]),
    ("Justeringens plats och tid", ["Stadshuset, Ronneby, onsdagen den 30 oktober 2024 kl. 10.00"]),
]
RB_SIGN = [("Sekreterare", "Emma Karlsson"), ("Ordförande", "Elin Sjöberg"), ("Justerande", "Hassan Ali")]
RB_ANSLAG = [
    ("Organ", RB_ORGAN),
    ("Sammanträdesdatum", RB_DATE),
    ("Anslaget sätts upp", "2024-10-31"),
    ("Anslaget tas ned", "2024-11-22"),
    ("Förvaringsplats", "Stadshuset, Ronneby"),
    ("Underskrift", "..........................................   Emma Karlsson"),
]

# Body markup: "=" new page, "§|n|dnr|title" paragraph heading (a page that starts inside a
# paragraph gets a "§ n forts." line under the header), "#text" bold sub-heading, "V|a|b|c|d" vote table row, "" blank line, else a text paragraph.
RB_BODY = """\
=
§|84|Dnr TFK 2024/285|Yttrande över remiss – Regional cykelstrategi för Blekinge 2025–2030
#Beslut
Teknik-, fritid- och kulturnämnden antar förvaltningens förslag till yttrande och överlämnar det till kommunstyrelsen.

Paragrafen förklaras omedelbart justerad.
#Sammanfattning
Region Blekinge har skickat förslag till regional cykelstrategi för Blekinge 2025–2030 på remiss till länets kommuner (Region Blekinges dnr RB 2024/1173). Kommunstyrelsen har lämnat över remissen till teknik-, fritid- och kulturnämnden för yttrande (kommunstyrelsens dnr KS 2024/611). Kommunens svar ska vara Region Blekinge tillhanda senast den 15 november 2024.
Strategin föreslår bland annat ett sammanhängande cykelstråk mellan Kallinge och Ronneby centrum och fler säkra cykelparkeringar vid Ronneby station. Trafikverket ansvarar för de statliga vägarna längs stråket. Förvaltningen ställer sig i huvudsak bakom strategin men anser att ansvaret för drift och vinterväghållning av regionala cykelstråk behöver förtydligas.
#Beslutsunderlag
Tjänsteskrivelse från förvaltningschefen, 2024-10-08
Förslag till yttrande, 2024-10-09
Kommunstyrelsens remissmissiv, 2024-09-12
#Yrkande
Tommy Blad (SD) yrkar bifall till förvaltningens förslag.
#Protokollsanteckning
Stina Borg (V) lämnar följande anteckning till protokollet: ”Vänsterpartiet hade velat se ett tydligt mål för andelen resor med cykel år 2030.”
#Expediering
Kommunstyrelsen

§|85|Dnr TFK 2024/198|Taxor och avgifter för idrotts- och fritidsanläggningar 2025
#Sammanfattning
Nuvarande taxor antogs av kommunfullmäktige 2022-11-24, § 298, och har inte räknats upp sedan dess. Förvaltningen föreslår en uppräkning med 8 procent för vuxna och oförändrade avgifter för barn- och ungdomsverksamhet. Taxorna omfattar bland annat Brunnsbadet, Kallinge ishall och konstgräsplanen på Vambåsa. Synpunkter har inhämtats från RF-SISU Blekinge. Föreningar som får lokalt aktivitetsstöd berörs inte av höjningen.
#Beslutsunderlag
Tjänsteskrivelse, 2024-10-02
Förslag till taxor och avgifter 2025, bilaga 1
#Yrkanden
Mattias Hjalmarsson (M) yrkar bifall till förvaltningens förslag.
Karin Lind (S) yrkar att avgifterna för vuxna räknas upp med 4 procent. Hassan Ali (S) och Stina Borg (V) instämmer i Karin Linds yrkande.
#Beslutsgång
Ordföranden ställer förvaltningens förslag mot Karin Linds yrkande och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs. Nämnden godkänner följande propositionsordning: ja-röst för förvaltningens förslag, nej-röst för Karin Linds yrkande.
#Omröstningsresultat
V|Namn|Ja|Nej|Avstår
V|Elin Sjöberg (M)|X||
V|Tommy Blad (SD)|X||
V|Karin Lind (S)||X|
V|Mattias Hjalmarsson (M)|X||
V|Ingela Petersson (L)|||X
V|Hassan Ali (S)||X|
V|Stina Borg (V)||X|
V|Göran Sandahl (SD)|X||
V|Ann-Sofie Mårtensson (M)|X||
V|Summa|5|3|1
Med fem ja-röster mot tre nej-röster, en ledamot avstår, har nämnden beslutat enligt förvaltningens förslag.
#Beslut
Teknik-, fritid- och kulturnämnden föreslår kommunfullmäktige besluta
1. att anta taxor och avgifter för idrotts- och fritidsanläggningar enligt bilaga 1,
2. att taxorna gäller från och med den 1 januari 2025.
#Reservation
Karin Lind (S), Hassan Ali (S) och Stina Borg (V) reserverar sig mot beslutet till förmån för Karin Linds yrkande.
#Expediering
Kommunfullmäktige
Kommunstyrelsen

§|86|Dnr TFK 2024/231|Avtal med Ronneby Miljö & Teknik AB om drift av offentliga toaletter
#Sammanfattning
Nämnden ansvarar för 14 offentliga toaletter, bland annat i Brunnsparken, vid Ekenäs och i Kallinge centrum. Driften har sedan 2020 skötts av Coor Service Management AB efter upphandling. Det avtalet löper ut 2024-12-31 och kan inte förlängas. Förvaltningen föreslår att driften i stället läggs på det kommunala bolaget genom ett avtal mellan nämnden och Ronneby Miljö & Teknik AB. Avtalet omfattas av undantaget i 3 kap. 12 § lagen (2016:1145) om offentlig upphandling.
#Beslutsunderlag
Tjänsteskrivelse, 2024-10-10
Förslag till avtal, 2024-10-07
#Yrkanden
Elin Sjöberg (M) yrkar bifall till förvaltningens förslag. Göran Sandahl (SD) yrkar bifall till Elin Sjöbergs yrkande.
#Beslut
1. Teknik-, fritid- och kulturnämnden godkänner avtal om drift av offentliga toaletter mellan teknik-, fritid- och kulturnämnden och Ronneby Miljö & Teknik AB för perioden 2025-01-01–2027-12-31.
2. Förvaltningschefen får i uppdrag att underteckna avtalet.
3. Kostnaden, 1,9 mnkr per år, ryms inom nämndens driftbudget.
#Särskilt yttrande
Karin Lind (S) och Hassan Ali (S) lämnar följande särskilda yttrande: ”Vi ställer oss bakom avtalet men vill att nämnden följer upp städfrekvensen och tillgängligheten redan efter första sommarsäsongen.”
Ersättaren Birgitta Ljung (S) ställer sig bakom yttrandet.
#Expediering
Ronneby Miljö & Teknik AB
Förvaltningschefen

§|87|Dnr TFK 2024/4|Redovisning av delegationsbeslut
#Sammanfattning
Följande delegationsbeslut redovisas för perioden 2024-09-13–2024-10-15:
– Beslut om föreningsbidrag enligt förteckning, september 2024
– Ordförandebeslut 2024-09-19 om yttrande till Polismyndigheten över ansökan om offentlig tillställning i Brunnsparken
– Yttrande till Länsstyrelsen i Blekinge län 2024-10-01 om tillstånd för lotteri
#Beslut
Teknik-, fritid- och kulturnämnden lägger redovisningen till handlingarna.
"""


class RonnebyPDF(FPDF):
    cur_par: str | None = None

    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(20, 10)
        self.cell(60, 5, "RONNEBY KOMMUN")
        self.set_font("F", "", 9)
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="C")
        self.cell(40, 5, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_x(20)
        self.cell(60, 5, RB_ORGAN)
        self.cell(70, 5, f"Sammanträdesdatum {RB_DATE}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, 21, 190, 21)
        self.set_y(27)
        if self.cur_par:
            self.set_font("F", "B", 10)
            self.set_x(20)
            self.cell(60, 6, f"§ {self.cur_par} forts.", new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

    def footer(self) -> None:
        self.set_y(-18)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("F", "", 7.5)
        self.set_x(20)
        self.cell(85, 6, "Justerandes signatur ____________________")
        self.cell(85, 6, "Utdragsbestyrkande ____________________", align="R")


def make_ronneby_pdf() -> None:
    pdf = RonnebyPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(f"Protokoll {RB_ORGAN} {RB_DATE}")
    pdf.set_author("Ronneby kommun")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("fpdf2")
    pdf.set_margins(20, 27, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    pdf.add_page()

    label_w, value_x, value_w = 42, 64, 126
    for label, lines in RB_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(20, y)
        pdf.multi_cell(label_w, 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
        label_end = pdf.get_y()
        pdf.set_xy(value_x, y)
        pdf.set_font("F", "", 9)
        for line in lines:
            pdf.set_x(value_x)
            pdf.multi_cell(value_w, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), label_end) + 2.5)

    y = pdf.get_y() + 2
    pdf.set_xy(20, y)
    pdf.set_font("F", "B", 9)
    pdf.cell(label_w, 5, "Underskrifter")
    for i, (role, name) in enumerate(RB_SIGN):
        pdf.set_xy(value_x, y + i * 12)
        pdf.set_font("F", "", 9)
        pdf.cell(26, 5, role)
        pdf.cell(62, 5, "..........................................")
        if i == 0:
            pdf.cell(38, 5, "Paragrafer 84–87")
        pdf.set_xy(value_x + 26, y + i * 12 + 5)
        pdf.cell(62, 5, name)
    pdf.set_y(y + 3 * 12 + 6)

    top = pdf.get_y()
    pdf.set_x(22)
    pdf.set_font("F", "B", 9)
    pdf.cell(166, 6, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8.5)
    pdf.set_x(22)
    pdf.cell(166, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
                     "anslagstavla.", new_x="LMARGIN", new_y="NEXT")
    for label, value in RB_ANSLAG:
        pdf.set_x(22)
        pdf.cell(45, 5, label)
        pdf.cell(121, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(20, top - 1, 170, pdf.get_y() - top + 3)

    text_x, text_w = 42, 148
    for line in RB_BODY.splitlines():
        if line == "=":
            pdf.cur_par = None
            pdf.add_page()
            continue
        if line.startswith("§|"):
            _, num, dnr, title = line.split("|", 3)
            pdf.cur_par = None
            if pdf.get_y() > 297 - 24 - 45:
                pdf.add_page()
            pdf.cur_par = num
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_font("F", "B", 11)
            pdf.set_xy(20, y)
            pdf.cell(22, 6, f"§ {num}")
            pdf.set_font("F", "", 9)
            pdf.set_xy(130, y)
            pdf.cell(60, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "B", 11)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, 5.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("V|"):
            cols = line.split("|")[1:]
            bold = cols[0] in ("Namn", "Summa")
            pdf.set_font("F", "B" if bold else "", 8.5)
            pdf.set_x(text_x)
            pdf.cell(62, 5, cols[0], border=1)
            for c in cols[1:]:
                pdf.cell(16, 5, c, border=1, align="C")
            pdf.ln(5)
            continue
        if line.startswith("#"):
            if pdf.get_y() > 297 - 24 - 16:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("F", "B", 9.5)
            pdf.set_x(text_x)
            pdf.cell(text_w, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 9.5)
        pdf.set_x(text_x)
        pdf.multi_cell(text_w, 4.7, line if line else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "ronneby-tfk-2024-10-24-protokoll.pdf"))


# ----------------------------------------------------------------------------------------------
# DOCX: Tomelilla kommun, Vård- och omsorgsnämnden 2025-11-19, protokollsutdrag §§ 96–97.

TL_ORGAN = "Vård- och omsorgsnämnden"
TL_DATE = "2025-11-19"

# ("P", num, dnr, title) paragraph heading; ("H", text) bold heading; ("N", text) List Number item
# (numbering restarts for each new list); ("T", text) body text; ("BR",) page break.
TL_BODY: list[tuple[str, ...]] = [
    ("P", "96", "Dnr VON 2025/112",
     "Remissvar – Länsgemensam handlingsplan för god och nära vård i Skåne 2026–2028"),
    ("H", "Vård- och omsorgsnämndens beslut"),
    ("N", "Vård- och omsorgsnämnden antar förvaltningens förslag till remissvar som kommunens yttrande och "
          "skickar det till Kommunförbundet Skåne."),
    ("N", "Paragrafen justeras omedelbart."),
    ("H", "Ärendebeskrivning"),
    ("T", "Kommunförbundet Skåne har skickat ett förslag till länsgemensam handlingsplan för god och nära vård "
          "2026–2028 på remiss till Skånes 33 kommuner (Kommunförbundet Skånes dnr KFSK 2025/0214). Svar ska "
          "ha kommit in senast 2025-11-28. Handlingsplanen har tagits fram tillsammans med Region Skåne och "
          "omfattar hemsjukvård, hjälpmedel och läkarmedverkan i särskilda boenden. Kommunstyrelsen beslutade "
          "2025-09-24, § 142, att vård- och omsorgsnämnden ska besvara remissen för Tomelilla kommuns räkning."),
    ("T", "Förvaltningen tillstyrker i huvudsak handlingsplanen men anser att läkarmedverkan i de särskilda boendena "
          "i Brösarp och Smedstorp behöver förstärkas och att kostnadsfördelningen för hjälpmedel ska följas "
          "upp årligen."),
    ("H", "Beslutsunderlag"),
    ("T", "Tjänsteskrivelse från förvaltningschef Maria Wendt, 2025-10-30"),
    ("T", "Förslag till remissvar, 2025-10-31"),
    ("T", "Remiss från Kommunförbundet Skåne, 2025-09-03"),
    ("H", "Yrkanden"),
    ("T", "Ordföranden Ingrid Mårtensson (C) yrkar bifall till förvaltningens förslag."),
    ("T", "Jörgen Lilja (S) yrkar att remissvaret kompletteras med ett krav på att de mobila läkarteamen ska "
          "finnas tillgängliga även under helger."),
    ("H", "Propositionsordning"),
    ("T", "Ordföranden ställer först proposition på förvaltningens förslag och finner att nämnden bifaller "
          "detta. Därefter ställer ordföranden proposition på Jörgen Liljas tilläggsyrkande och finner att "
          "nämnden avslår det."),
    ("H", "Särskilt yttrande"),
    ("T", "Jörgen Lilja (S) och Eva Holmberg (S) lämnar ett särskilt yttrande, bilaga 1."),
    ("H", "Protokollet skickas till"),
    ("T", "Kommunförbundet Skåne"),
    ("T", "Kommunstyrelsen"),
    ("BR",),
    ("P", "97", "Dnr VON 2025/131", "Avtal med Ystads kommun om köp av korttidsplatser"),
    ("H", "Vård- och omsorgsnämndens beslut"),
    ("N", "Vård- och omsorgsnämnden godkänner avtal om köp av korttidsplatser mellan Tomelilla kommun och "
          "Ystads kommun för perioden 2026-01-01–2027-12-31."),
    ("N", "Förvaltningschefen får i uppdrag att underteckna avtalet."),
    ("N", "Beläggningen på korttidsplatserna ska återrapporteras till nämnden i september 2026."),
    ("H", "Ärendebeskrivning"),
    ("T", "Tomelilla kommun har åtta egna korttidsplatser på Lindgården. Under 2025 har beläggningen i perioder "
          "överstigit 100 procent, och kommunen har då köpt enstaka platser av Simrishamns kommun till ett "
          "dygnspris av 3 400 kronor. Ystads kommun erbjuder fyra platser till 2 950 kronor per dygn. Behovet "
          "av platser påverkas av lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och "
          "sjukvård. Avtalet sluts med stöd av 9 kap. 37 § kommunallagen (2017:725)."),
    ("H", "Beslutsunderlag"),
    ("T", "Tjänsteskrivelse från förvaltningschef Maria Wendt, 2025-11-04"),
    ("T", "Förslag till avtal, 2025-10-27"),
    ("H", "Yrkanden"),
    ("T", "Ordföranden yrkar bifall till förvaltningens förslag."),
    ("T", "Bo Sjöstedt (SD) yrkar avslag och att korttidsplatserna i stället ska ordnas i egen regi."),
    ("H", "Omröstning"),
    ("T", "Ordföranden ställer proposition på förvaltningens förslag mot Bo Sjöstedts avslagsyrkande och finner "
          "att nämnden bifaller förvaltningens förslag. Omröstning begärs. Nämnden godkänner följande "
          "propositionsordning: den som vill bifalla förvaltningens förslag röstar ja, den som vill bifalla "
          "avslagsyrkandet röstar nej. Omröstningen utfaller med fem ja-röster och två nej-röster. "
          "Vård- och omsorgsnämnden har därmed bifallit förvaltningens förslag."),
    ("H", "Reservation"),
    ("T", "Mot beslutet reserverar sig Bo Sjöstedt (SD) och Lina Åberg (SD) skriftligen, bilaga 2."),
    ("H", "Protokollet skickas till"),
    ("T", "Ystads kommun"),
    ("T", "Förvaltningschefen"),
]

TL_RESERVATION = [
    ("H", "Bilaga 2 till § 97 – Reservation"),
    ("T", "Vi anser att Tomelilla kommun ska bygga ut de egna korttidsplatserna på Lindgården i stället för att "
          "köpa platser i en annan kommun. Närheten till anhöriga är viktig för den enskilde."),
    ("T", "Bo Sjöstedt (SD)\tLina Åberg (SD)"),
]


def add_field(paragraph, instr: str, result: str) -> None:
    """Append a complex field (begin / instrText / separate / result / end) to a paragraph."""

    def fld(kind: str) -> None:
        run = OxmlElement("w:r")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run.append(el)
        paragraph._p.append(run)

    fld("begin")
    run = OxmlElement("w:r")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run.append(instr_el)
    paragraph._p.append(run)
    fld("separate")
    paragraph.add_run(result)
    fld("end")


def set_num(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def new_numbering_instance(d: docx.Document) -> int:
    """A new w:num on the List Number abstract numbering, starting again at 1."""
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
    return new_id


def add_tabbed(container, left: str, mid: str, right: str | None, bold_left: bool = False):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    stops = p.paragraph_format.tab_stops
    stops.add_tab_stop(Mm(75), WD_TAB_ALIGNMENT.LEFT)
    stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(left).bold = bold_left
    p.add_run("\t" + mid)
    if right is not None:
        p.add_run("\t" + right)
    return p


def make_tomelilla_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Vård och omsorg"
    cp.title = f"Protokollsutdrag {TL_ORGAN} {TL_DATE} §§ 96–97"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Nämndadministration"
    cp.revision = 3
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(22)

    # Header: tabbed lines, page number as PAGE / NUMPAGES fields.
    hp = sec.header.paragraphs[0]
    stops = hp.paragraph_format.tab_stops
    stops.add_tab_stop(Mm(75), WD_TAB_ALIGNMENT.LEFT)
    stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("TOMELILLA KOMMUN").bold = True
    hp.add_run("\tPROTOKOLLSUTDRAG\tSida ")
    add_field(hp, "PAGE", "1")
    hp.add_run("(")
    add_field(hp, "NUMPAGES", "3")
    hp.add_run(")")
    add_tabbed(sec.header, TL_ORGAN, "Sammanträdesdatum", TL_DATE)

    fp = sec.footer.paragraphs[0]
    fstops = fp.paragraph_format.tab_stops
    fstops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("Justerandes sign ____________").font.size = Pt(8)
    fp.add_run("\tUtdragsbestyrkande ____________").font.size = Pt(8)

    intro = d.add_paragraph()
    intro.add_run("Utdrag ur protokoll från vård- och omsorgsnämndens sammanträde onsdagen den 19 november "
                  "2025 kl. 13.30–16.10 i Kommunhuset, sammanträdesrum Ljunghusen, Tomelilla.")

    current_num = 0
    prev_kind = ""
    for item in TL_BODY:
        kind = item[0]
        if kind == "P":
            _, num, dnr, title = item
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(f"§ {num}").bold = True
            p.add_run(f"\t{dnr}")
            tp = d.add_paragraph()
            r = tp.add_run(title)
            r.bold = True
            r.font.size = Pt(13)
        elif kind == "H":
            hp2 = d.add_paragraph()
            hp2.paragraph_format.space_before = Pt(8)
            hp2.paragraph_format.space_after = Pt(0)
            hp2.add_run(item[1]).bold = True
        elif kind == "N":
            lp = d.add_paragraph(item[1], style="List Number")
            if prev_kind != "N":
                current_num = new_numbering_instance(d)
            set_num(lp, current_num)
        elif kind == "BR":
            d.add_page_break()
        else:
            d.add_paragraph(item[1])
        prev_kind = kind

    d.add_paragraph()
    d.add_paragraph().add_run("Vid protokollet").bold = True
    d.add_paragraph("........................................")
    d.add_paragraph("Hanna Bengtsson")
    d.add_paragraph().add_run("Justeras").bold = True
    sig = d.add_paragraph()
    sig.paragraph_format.tab_stops.add_tab_stop(Mm(85), WD_TAB_ALIGNMENT.LEFT)
    sig.add_run("........................................\t........................................")
    names = d.add_paragraph()
    names.paragraph_format.tab_stops.add_tab_stop(Mm(85), WD_TAB_ALIGNMENT.LEFT)
    names.add_run("Ingrid Mårtensson, ordförande\tJörgen Lilja, justerare")

    d.add_paragraph()
    ub = d.add_paragraph()
    ub.add_run("Utdragsbestyrkande").bold = True
    d.add_paragraph("Utdraget överensstämmer med originalprotokollet. Tomelilla 2025-11-26")
    d.add_paragraph("Hanna Bengtsson")
    d.add_paragraph("Justeringen har tillkännagetts på kommunens anslagstavla 2025-11-26.")

    d.add_page_break()
    for kind, text in TL_RESERVATION:
        if kind == "H":
            d.add_paragraph().add_run(text).bold = True
        else:
            rp = d.add_paragraph()
            rp.paragraph_format.tab_stops.add_tab_stop(Mm(85), WD_TAB_ALIGNMENT.LEFT)
            rp.add_run(text)

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "tomelilla-von-2025-11-19-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_ronneby_pdf()
    make_tomelilla_docx()


if __name__ == "__main__":
    main()
