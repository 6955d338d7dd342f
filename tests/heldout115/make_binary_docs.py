# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout115/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout115/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.

- degerfors-bun-2025-10-22-protokoll.pdf: paragraph numbers written after the sign ("58 §") on a
  line of their own with the Dnr at the right and the title on the next line; "59 § forts." after
  a page break; references "2025-06-11, 41 §" in the text (one wrapped to the start of a line).
- bracke-ks-2025-05-13-protokoll.docx: the title stands ABOVE the number line "KS § 86<TAB>Ärende
  5<TAB>Dnr …" (agenda number beside the § number); an agenda table on page 1 whose agenda numbers
  differ from the § numbers; "KS § 86 forts." after a page break.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 10, 29, 14, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 19, 13, 0, 0)
ZIP_TIME = (2025, 5, 19, 13, 0, 0)

# ----------------------------------------------------------------------------------------------
# PDF: Degerfors kommun, Barn- och utbildningsnämnden 2025-10-22, full protocol, 4 pages.

DEG_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Kommunhuset, Degerfors, sammanträdesrum Bruket,",
                       "onsdagen den 22 oktober 2025 kl. 13.30–16.15"]),
    ("Beslutande", ["Maria Lindberg (S), ordförande",
                    "Jan Andersson (V), vice ordförande",
                    "Kenneth Eriksson (M), 2:e vice ordförande",
                    "Lena Ohlsson (S)",
                    "Ahmed Hassan (S)",
                    "Josefin Karlsson (C)",
                    "Tove Ek (SD)",
                    "Sven-Erik Björk (KD)",
                    "Annika Frisk (S), tjg. ers. för Ola Nyberg (S)"]),
    ("Ersättare", ["Gunilla Strand (M), Roger Lind (SD)"]),
    ("Övriga", ["Camilla Åberg, förvaltningschef",
                "Linda Hjalmarsson, kvalitetsstrateg, 58 §",
                "Niklas Sund, controller, 58–59 §§",
                "Anna Persson, nämndsekreterare"]),
    ("Justerare", ["Kenneth Eriksson (M)"]),
    ("Justeringens plats och tid", ["Kommunhuset, Degerfors, 2025-10-29"]),
]
DEG_SIGN = [("Sekreterare", "Anna Persson"), ("Ordförande", "Maria Lindberg"), ("Justerare", "Kenneth Eriksson")]
DEG_ANSLAG = [
    ("Organ", "Barn- och utbildningsnämnden"),
    ("Sammanträdesdatum", "2025-10-22"),
    ("Paragrafer", "58–61 §§"),
    ("Anslaget sätts upp", "2025-10-30"),
    ("Anslaget tas ned", "2025-11-21"),
    ("Förvaringsplats", "Barn- och utbildningsförvaltningen, Kommunhuset, Degerfors"),
]

# Body mini-markup: "P|n|dnr" number line ("n §" left, dnr right), "T|text" bold title line,
# "#text" bold sub-heading, "=" new page, "" blank line, anything else a text line.
DEG_BODY = """\
P|58|Dnr BUN 2025/0009
T|Information – kunskapsresultat i grundskolan läsåret 2024/25

#Beslut
Barn- och utbildningsnämnden har tagit del av informationen.

#Ärendebeskrivning
Kvalitetsstrateg Linda Hjalmarsson redovisar kunskapsresultaten i årskurs 6 och 9 för
läsåret 2024/25. Andelen elever i årskurs 9 som nått kunskapskraven i alla ämnen var
71,4 procent, jämfört med 68,9 procent läsåret 2023/24. Skolverkets officiella statistik
publicerades 2025-09-25. Redovisningen ingår i det systematiska kvalitetsarbetet enligt
4 kap. 3 § skollagen (2010:800) och följer upp det uppdrag som nämnden gav förvaltningen
vid sammanträdet 2025-06-11,
41 §. Controller Niklas Sund kommenterar kostnaden per elev. Nästa redovisning sker i
februari 2026.

P|59|Dnr BUN 2025/0087
T|Samverkansavtal om gymnasieutbildning mellan Degerfors kommun och
T|Karlskoga kommun 2026–2029

#Beslut
Barn- och utbildningsnämnden föreslår kommunfullmäktige besluta
att godkänna samverkansavtalet om gymnasieutbildning mellan Degerfors kommun och
Karlskoga kommun för perioden 2026-07-01–2029-06-30.
Barn- och utbildningsnämnden beslutar för egen del
att uppdra åt förvaltningschefen att tillsammans med Länstrafiken Örebro följa upp
elevernas resor till och från Karlskoga.

#Ärendebeskrivning
Ungdomar från Degerfors kommun går sedan 2014 på gymnasieskolor i Karlskoga kommun enligt
ett samverkansavtal som löper ut 2026-06-30. Det nya avtalet reglerar den interkommunala
ersättningen, elevernas rätt till fritt val inom samverkansområdet och en gemensam
studie- och yrkesvägledning. Karlskoga kommun har meddelat att den godtar avtalsförslaget.
Förvaltningen har även undersökt ett samarbete med Örebro kommun men bedömer att
restiderna blir för långa för många elever.

#Beslutsunderlag
Tjänsteskrivelse, förvaltningschef, 2025-10-06
Förslag till samverkansavtal, version 2025-09-15

#Yrkanden
Jan Andersson (V) yrkar bifall till förvaltningens förslag.
Tove Ek (SD) yrkar att ärendet återremitteras för att utreda ett avtal med Örebro kommun.
=
P|59 § forts.|
#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att
det ska avgöras i dag. Votering begärs. Den som vill att ärendet avgörs i dag röstar ja,
den som vill att ärendet återremitteras röstar nej.

#Omröstning
Med 7 ja-röster mot 2 nej-röster beslutar nämnden att ärendet ska avgöras i dag.
Ordföranden ställer därefter proposition på Jan Anderssons yrkande och finner att nämnden
bifaller det.

#Reservation
Tove Ek (SD) reserverar sig mot beslutet att inte återremittera ärendet.

#Beslutet skickas till
Kommunfullmäktige, Karlskoga kommun, Länstrafiken Örebro

P|60|Dnr BUN 2025/0094
T|Yttrande över motion om avgiftsfri simskola för alla elever i årskurs 2

#Beslut
Barn- och utbildningsnämnden överlämnar förvaltningens yttrande till kommunstyrelsen som
sitt svar på remissen och föreslår att motionen ska anses besvarad.

#Ärendebeskrivning
Mikaela Berg (L) föreslår i en motion daterad 2025-03-24 att alla elever i årskurs 2 ska
erbjudas avgiftsfri simskola. Kommunfullmäktige överlämnade motionen till kommunstyrelsen
2025-04-28, 37 §, och kommunstyrelsen har remitterat den till barn- och
utbildningsnämnden för yttrande (kommunstyrelsens dnr KS 2025/0151). Svar senast
2025-11-15. Enligt kursplanen i idrott och hälsa ska eleverna kunna simma i slutet av
årskurs 6. Nämnden erbjuder i dag simundervisning i årskurs 3 i Degerfors simhall, och
Svenska Livräddningssällskapet rekommenderar att undervisningen börjar tidigt.

#Beslutsunderlag
Tjänsteskrivelse, förvaltningschef, 2025-09-30
Motion från Mikaela Berg (L), 2025-03-24

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Josefin Karlsson (C) yrkar att nämnden ska föreslå att motionen bifalls.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller
förvaltningens förslag.

#Reservation
Josefin Karlsson (C) reserverar sig till förmån för eget yrkande.

#Protokollsanteckning
Kenneth Eriksson (M) får följande antecknat till protokollet: ”Moderaterna vill att
simundervisningen flyttas till årskurs 2 när den nya simhallen står klar.”

#Beslutet skickas till
Kommunstyrelsen

P|61|Dnr BUN 2025/0003
T|Anmälan av delegationsbeslut och meddelanden

#Beslut
Barn- och utbildningsnämnden godkänner redovisningen av delegationsbeslut och meddelanden.

#Delegationsbeslut
– Beslut om skolskjuts, 2025-09-01–2025-09-30, 14 beslut (delegationsordningen punkt 4.2)
– Beslut om mottagande i förskoleklass i annan kommun, dnr BUN 2025/0101
– Ordförandebeslut 2025-10-02 om yttrande till Skolinspektionen, dnr BUN 2025/0106

#Meddelanden
– Skolinspektionens beslut 2025-09-19 efter tillsyn av Strandskolan,
  Skolinspektionens dnr 2025:4471
– Kommunfullmäktige 2025-09-29, 71 §, Delårsrapport per augusti 2025
– Protokoll från förvaltningens samverkansgrupp 2025-10-08
"""


class DegerforsPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(70, 5, "DEGERFORS KOMMUN")
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("F", "", 9)
        self.cell(40, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 15)
        self.cell(70, 5, "Barn- och utbildningsnämnden")
        self.cell(70, 5, "Sammanträdesdatum 2025-10-22")
        self.line(15, 21.5, 195, 21.5)
        self.set_xy(15, 26)

    def footer(self) -> None:
        self.set_y(-18)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("F", "", 8)
        self.set_x(15)
        self.cell(60, 6, "Justerandes sign ..............")
        self.cell(60, 6, "")
        self.cell(60, 6, "Utdragsbestyrkande ..............", align="R")


def make_degerfors_pdf() -> None:
    pdf = DegerforsPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och utbildningsnämnden 2025-10-22")
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Protokollsmall BUN")
    pdf.set_producer("fpdf2")
    pdf.set_margins(15, 26, 15)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    label_w, value_x = 45, 62
    for label, lines in DEG_FIRST:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_x(15)
        words = label.split(" ")
        label_lines = [label] if len(label) <= 22 else [" ".join(words[:2]), " ".join(words[2:])]
        for i, part in enumerate(label_lines):
            pdf.set_xy(15, y + 5 * i)
            pdf.cell(label_w, 5, part)
        pdf.set_font("F", "", 9)
        for i, line in enumerate(lines):
            pdf.set_xy(value_x, y + 5 * i)
            pdf.cell(130, 5, line)
        pdf.set_y(y + 5 * max(len(lines), len(label_lines)) + 3)

    y = pdf.get_y() + 2
    pdf.set_xy(15, y)
    pdf.set_font("F", "B", 9)
    pdf.cell(label_w, 5, "Underskrifter")
    for i, (role, name) in enumerate(DEG_SIGN):
        pdf.set_xy(value_x, y + i * 12)
        pdf.set_font("F", "", 9)
        pdf.cell(25, 5, role)
        pdf.cell(65, 5, "..........................................")
        if i == 0:
            pdf.cell(40, 5, "Paragrafer 58–61")
        pdf.set_xy(value_x + 25, y + i * 12 + 5)
        pdf.cell(65, 5, name)
    pdf.set_y(y + 3 * 12 + 6)

    pdf.line(15, pdf.get_y(), 195, pdf.get_y())
    pdf.set_y(pdf.get_y() + 2)
    pdf.set_font("F", "B", 10)
    pdf.set_x(15)
    pdf.cell(0, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", new_x="LMARGIN", new_y="NEXT")
    for label, value in DEG_ANSLAG:
        pdf.set_x(15)
        pdf.cell(label_w, 5, label)
        pdf.cell(130, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(15)
    pdf.cell(label_w, 5, "Underskrift")
    pdf.cell(130, 5, "..........................................   Anna Persson", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    for line in DEG_BODY.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("P|"):
            _, num, dnr = line.split("|")
            pdf.ln(2)
            pdf.set_font("F", "B", 11)
            label = f"{num} §" if num.isdigit() else num
            pdf.set_x(15)
            pdf.cell(90, 6, label)
            pdf.set_font("F", "", 9)
            pdf.cell(90, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("T|"):
            pdf.set_font("F", "B", 10)
            pdf.set_x(15)
            pdf.cell(180, 5.5, line[2:], new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.ln(1)
            pdf.set_font("F", "B", 9.5)
            pdf.set_x(15)
            pdf.cell(180, 5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 9.5)
        pdf.set_x(15)
        pdf.cell(180, 4.8, line if line else "", new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(DOCS / "degerfors-bun-2025-10-22-protokoll.pdf"))


# ----------------------------------------------------------------------------------------------
# DOCX: Bräcke kommun, Kommunstyrelsen 2025-05-13, full protocol.

BR_META: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Kommunhuset, Bräcke, sammanträdesrum Revsund", "tisdagen den 13 maj 2025 kl. 09.00–11.40"]),
    ("Beslutande", ["Ordförande Åsa Kristoffersson (C)",
                    "1:e vice ordförande Leif Östberg (S)",
                    "2:e vice ordförande Håkan Berglund (M)",
                    "Ledamöter Ingela Persson (S), Tomas Näslund (S), Karin Falk (C), Nils-Erik Ljung (SD), "
                    "Britt Englund (V), Fredrik Olsson (M), Olof Jonsson (KD)",
                    "Tjänstgörande ersättare Emma Sandström (S) i stället för Marianne Lind (S)"]),
    ("Ersättare", ["Pia Norlander (C), Sven Hellgren (SD), Jenny Åslund (S)"]),
    ("Övriga närvarande", ["Maria Hedman, kommunchef",
                           "Anders Brodin, ekonomichef, §§ 85–86",
                           "Sofia Lidén, kommunsekreterare"]),
    ("Utses att justera", ["Britt Englund (V)"]),
    ("Justeringens plats och tid", ["Kommunkansliet, Bräcke, 2025-05-19"]),
    ("Paragrafer", ["83–87"]),
]
BR_AGENDA = [
    ("1", "Sammanträdets öppnande", "–"),
    ("2", "Godkännande av dagordning", "KS § 83"),
    ("3", "Information – aktuellt från kommunchefen", "KS § 84"),
    ("4", "Ekonomisk uppföljning per april 2025", "KS § 85"),
    ("5", "Medfinansieringsavtal med Trafikverket – gång- och cykelväg utmed E14 i Gällö", "KS § 86"),
    ("6", "Extra ärende: Yttrande över remiss – Regional handlingsplan för klimatanpassning i Jämtlands län", "KS § 87"),
]

# Body: ("par", title, number line) / ("h", sub-heading) / ("p", text) / ("break",) page break.
BR_BODY: list[tuple[str, ...]] = [
    ("par", "Godkännande av dagordning", "KS § 83\tÄrende 2"),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "Dagordningen godkänns med tillägg av ärende 6, yttrande över Länsstyrelsens remiss om klimatanpassning."),
    ("h", "Ärendebeskrivning"),
    ("p", "Ordföranden föreslår att ärendet läggs till eftersom remisstiden går ut 2025-05-23. Ärendet har inte "
          "beretts av arbetsutskottet."),
    ("par", "Information – aktuellt från kommunchefen", "KS § 84\tÄrende 3"),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen noterar informationen."),
    ("h", "Ärendebeskrivning"),
    ("p", "Kommunchef Maria Hedman informerar om"),
    ("p", "– rekryteringen av ny socialchef, där intervjuer pågår,"),
    ("p", "– Region Jämtland Härjedalens beslut 2025-04-29, § 64, om kortare öppettider vid hälsocentralen i "
          "Kälarne,"),
    ("p", "– arbetet med ny översiktsplan, där samråd planeras under hösten 2025."),
    ("par", "Ekonomisk uppföljning per april 2025", "KS § 85\tÄrende 4\tDnr KS 2025/0041"),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "1. Kommunstyrelsen godkänner ekonomisk uppföljning per april 2025."),
    ("p", "2. Kommunstyrelsen uppdrar åt socialnämnden att senast 2025-09-30 redovisa en åtgärdsplan för en "
          "ekonomi i balans."),
    ("h", "Ärendebeskrivning"),
    ("p", "Prognosen för helåret visar ett underskott på 8,6 mnkr. Socialnämnden prognostiserar ett underskott på "
          "11,2 mnkr, medan finansförvaltningen visar ett överskott. Budgeten för 2025 fastställdes av "
          "kommunfullmäktige 2024-11-25, § 112. Ekonomichef Anders Brodin föredrar ärendet."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, ekonomichef, 2025-05-05"),
    ("p", "Ekonomisk uppföljning per april 2025"),
    ("h", "Yrkanden"),
    ("p", "Leif Östberg (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Håkan Berglund (M) yrkar bifall med tillägget att även barn- och utbildningsnämnden ska redovisa en "
          "åtgärdsplan."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på förvaltningens förslag och finner att kommunstyrelsen bifaller det. "
          "Därefter ställer ordföranden proposition på Håkan Berglunds tilläggsyrkande och finner att det avslås."),
    ("h", "Beslutet skickas till"),
    ("p", "Socialnämnden, Ekonomiavdelningen"),
    ("par", "Medfinansieringsavtal med Trafikverket – gång- och cykelväg utmed E14 i Gällö",
     "KS § 86\tÄrende 5\tDnr KS 2025/0078"),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("p", "1. att godkänna medfinansieringsavtalet mellan Bräcke kommun och Trafikverket om gång- och cykelväg "
          "utmed E14 i Gällö,"),
    ("p", "2. att finansiera kommunens andel om 2,1 mnkr inom investeringsbudgeten för 2026."),
    ("p", "Kommunstyrelsen beslutar för egen del"),
    ("p", "3. att under förutsättning av fullmäktiges beslut uppdra åt kommunchefen att underteckna avtalet."),
    ("h", "Ärendebeskrivning"),
    ("p", "Trafikverket planerar att bygga en 1,8 kilometer lång gång- och cykelväg utmed E14 genom Gällö. "
          "Kommunens andel av kostnaden är 2,1 mnkr och Trafikverkets 3,9 mnkr. Region Jämtland Härjedalen "
          "bidrar genom länsplanen för regional transportinfrastruktur men är inte part i avtalet. Trafikverkets "
          "ärendenummer är TRV 2024/118452. Kommunstyrelsens arbetsutskott behandlade ärendet 2025-04-29, § 61, "
          "och föreslog att avtalet godkänns."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från samhällsbyggnadschefen 2025-04-22"),
    ("p", "Förslag till medfinansieringsavtal 2025-04-10"),
    ("break",),
    ("p", "KS § 86 forts."),
    ("h", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till arbetsutskottets förslag. Fredrik Olsson (M) och Karin Falk (C) instämmer."),
    ("p", "Nils-Erik Ljung (SD) yrkar avslag."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
          "arbetsutskottets förslag. Omröstning begärs. Den som bifaller arbetsutskottets förslag röstar ja, den "
          "som bifaller avslagsyrkandet röstar nej."),
    ("h", "Omröstning"),
    ("p", "Omröstningsresultat: 9 ja, 2 nej, 0 avstår. Kommunstyrelsen har beslutat enligt arbetsutskottets förslag."),
    ("h", "Reservation"),
    ("p", "Nils-Erik Ljung (SD) reserverar sig skriftligt, bilaga 1."),
    ("h", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige, Trafikverket"),
    ("par", "Yttrande över remiss – Regional handlingsplan för klimatanpassning i Jämtlands län",
     "KS § 87\tÄrende 6\tDnr KS 2025/0112"),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till yttrande som sitt eget och överlämnar "
          "det till Länsstyrelsen Jämtlands län."),
    ("p", "Paragrafen justeras omedelbart."),
    ("h", "Ärendebeskrivning"),
    ("p", "Länsstyrelsen Jämtlands län har 2025-03-24 skickat förslag till regional handlingsplan för "
          "klimatanpassning på remiss till länets kommuner, Region Jämtland Härjedalen och Jämtlands "
          "räddningstjänstförbund (länsstyrelsens dnr 537-2207-2025). Svar ska lämnas senast 2025-05-23. "
          "Handlingsplanen ska samordnas med kommunernas översiktsplaner enligt 3 kap. 5 § plan- och bygglagen "
          "(2010:900)."),
    ("h", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2025-05-06"),
    ("p", "Förslag till yttrande 2025-05-06"),
    ("h", "Särskilt yttrande"),
    ("p", "Britt Englund (V) lämnar ett särskilt yttrande: ”Vänsterpartiet anser att yttrandet borde ha lyft "
          "riskerna för översvämning utmed Gimån tydligare.”"),
    ("p", "Ersättaren Jenny Åslund (S) ansluter sig till Britt Englunds särskilda yttrande."),
    ("h", "Beslutet skickas till"),
    ("p", "Länsstyrelsen Jämtlands län"),
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


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def make_bracke_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-05-13"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(25)

    hp = sec.header.paragraphs[0]
    hp.add_run("BRÄCKE KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida ").bold = True
    add_field(hp, "PAGE", "1")
    hp.add_run(" av ")
    add_field(hp, "NUMPAGES", "4")
    sec.header.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2025-05-13")
    sec.footer.paragraphs[0].text = "Justerandes signatur ________  ________\t\tUtdragsbestyrkande ________"

    meta = d.add_table(rows=0, cols=2)
    no_borders(meta)
    for label, lines in BR_META:
        cells = meta.add_row().cells
        cells[0].width = Mm(45)
        cells[1].width = Mm(115)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    d.add_paragraph()

    sign = d.add_table(rows=0, cols=3)
    no_borders(sign)
    for i, (role, name) in enumerate([("Sekreterare", "Sofia Lidén"), ("Ordförande", "Åsa Kristoffersson"),
                                      ("Justerande", "Britt Englund")]):
        cells = sign.add_row().cells
        cells[0].paragraphs[0].add_run("Underskrifter" if i == 0 else "").bold = True
        cells[1].text = role
        cells[2].text = "........................................"
        cells[2].add_paragraph(name)
    d.add_paragraph()

    ap = d.add_paragraph()
    ap.add_run("ANSLAG/BEVIS").bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    anslag = d.add_table(rows=0, cols=2)
    anslag.style = "Table Grid"
    for label, value in [("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2025-05-13"),
                         ("Datum då anslaget sätts upp", "2025-05-20"), ("Datum då anslaget tas ned", "2025-06-11"),
                         ("Förvaringsplats för protokollet", "Kommunkansliet, Bräcke"),
                         ("Underskrift", "........................................ Sofia Lidén")]:
        cells = anslag.add_row().cells
        cells[0].text = label
        cells[1].text = value

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    ah = d.add_paragraph()
    ah.add_run("Ärendelista").bold = True
    agenda = d.add_table(rows=1, cols=3)
    agenda.style = "Table Grid"
    for cell, text in zip(agenda.rows[0].cells, ("Ärende", "Rubrik", "Paragraf"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in BR_AGENDA:
        cells = agenda.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph()

    for item in BR_BODY:
        kind = item[0]
        if kind == "par":
            _, title, numline = item
            head = d.add_paragraph(title, style="Heading 2")
            head.paragraph_format.space_before = Pt(18)
            np_ = d.add_paragraph()
            np_.add_run(numline).bold = True
        elif kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run(item[1]).bold = True
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            d.add_paragraph(item[1])

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
    (DOCS / "bracke-ks-2025-05-13-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_degerfors_pdf()
    make_bracke_docx()


if __name__ == "__main__":
    main()
