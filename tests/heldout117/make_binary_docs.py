# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the five PDF documents of tests/heldout117/docs.

Run with the project's virtual environment (fpdf2 and Pillow are needed):

    .venv/bin/python tests/heldout117/make_binary_docs.py

The set imitates what different PDF producers hand to a text extractor. Every file is built with
fpdf2 and DejaVu fonts; the output is deterministic (fixed PDF metadata and creation dates, page
images drawn with a seeded random generator), so re-running the script leaves the files
byte-identical. The gold files in gold/ describe the texts written here; change both together.
Written blind to the parser: do not tune them to it.

- vadstena-ks-2025-09-23-protokoll.pdf: a Word export. First page as a two-column table whose
  labels (some of them two lines) and values are separate cells placed at coordinates; header and
  footer on every page; body text with line-end hyphenation ("kommun-" / "fullmäktige") and the
  ligatures U+FB01/U+FB02 in running text.
- sunne-sn-2024-11-20-protokoll.pdf: a case-management system export. A ruled box with
  municipality, body, date and "Sida n(4)" repeated on every page, a footer row of boxes
  "Justerandes sign | | Utdragsbestyrkande", page breaks inside paragraphs without "forts." lines.
- nordmaling-bun-2025-05-14-protokoll.pdf: text written in an order different from reading order.
  On every page the footer comes first, then the body column, then the margin sub-headings, and the
  page header last; on page 1 the right column (Ersättare, Övriga närvarande) is written before the
  left column (Beslutande).
- lessebo-kf-2024-02-26-protokollsutdrag.pdf: a scanned paper extract. Every page is a grey JPEG
  image of the printed page (slightly skewed, with specks and a handwritten-looking signature)
  under an invisible OCR text layer (text render mode 3) that holds OCR errors: "Kornmunstyrelsen",
  "§ l2", "Emrna", "(5)", "l8", "2024-0l-29", "KS 2O23/286" and a word broken in two.
- ockelbo-ks-2025-06-10-protokollsutdrag.pdf: letter-spaced headings ("P R O T O K O L L S U T D R A G",
  "K o m m u n s t y r e l s e n"), a margin text rotated 90 degrees on every page, and a
  landscape third page with the voting list of § 87.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import Image, ImageDraw, ImageFont

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def fixed(y: int, m: int, d: int, h: int = 12, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, 0, tzinfo=dt.UTC)


def setup(pdf: FPDF, *, title: str, author: str, creator: str, producer: str, created: dt.datetime) -> None:
    pdf.add_font("S", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("S", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("S", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("C", "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
    pdf.add_font("C", "B", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf"))
    pdf.add_font("R", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("R", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("R", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer(producer)
    pdf.set_auto_page_break(False)


def put(pdf: FPDF, x: float, y: float, text: str, *, w: float = 0, h: float = 5, align: str = "L") -> None:
    """One text cell at absolute coordinates (what most producers emit: positioned runs)."""
    pdf.set_xy(x, y)
    if w and align == "L" and pdf.get_string_width(text) > w + 0.01:
        raise ValueError(f"line too long ({pdf.get_string_width(text):.1f} > {w}): {text!r}")
    pdf.cell(w or pdf.get_string_width(text) + 1, h, text, align=align)


# ==============================================================================================
# 1. Vadstena kommun, Kommunstyrelsen 2025-09-23 – Word export, full protocol, 4 pages, §§ 118–121.

VAD_FIRST: list[tuple[list[str], list[str]]] = [
    (
        ["Plats och tid"],
        [
            "Rådhuset, sammanträdesrummet Birgitta, Vadstena",
            "tisdagen den 23 september 2025 kl. 08.30–12.10",
            "(ajournering kl. 10.05–10.20)",
        ],
    ),
    (
        ["Beslutande", "ledamöter"],
        [
            "Christer Wikström (M), ordförande",
            "Sofia Hallgren (S), 1:e vice ordförande",
            "Magnus Ek (C), 2:e vice ordförande",
            "Birgitta Sahlén (M)",
            "Hanna Lindqvist (KD)",
            "Gustav Asplund (L)",
            "Nils Åberg (S)",
            "Eva Brandt (S)",
            "Annika Hjort (V)",
            "Rasmus Kjellberg (SD)",
            "Johan Strömberg (SD), tjänstgörande ersättare",
            "för Leif Carlsson (SD)",
        ],
    ),
    (["Ersättare"], ["Marie Fogelberg (S), Kent Sjöqvist (M), Lena", "Åkesson (C), Peter Holmér (SD)"]),
    (
        ["Övriga", "närvarande"],
        [
            "Karin Malmsten, kommundirektör",
            "Erik Thunell, ekonomichef, § 118",
            "Louise Abrahamsson, samhällsbyggnadschef, §§ 120–121",
            "Sara Vinterhav, kommunsekreterare",
        ],
    ),
    (["Utses att", "justera"], ["Nils Åberg (S)"]),
    (["Justeringens", "plats och tid"], ["Rådhuset, Vadstena, måndagen den 29 september 2025"]),
]
VAD_SIGN = [("Sekreterare", "Sara Vinterhav"), ("Ordförande", "Christer Wikström"), ("Justerare", "Nils Åberg")]
VAD_ANSLAG = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2025-09-23"),
    ("Datum för anslags uppsättande", "2025-09-30"),
    ("Datum för anslags nedtagande", "2025-10-22"),
    ("Förvaringsplats för protokollet", "Rådhuset, Vadstena"),
]

# "P|nr|title|dnr" paragraph heading, "#text" bold sub-heading, "=" new page, "" empty line,
# ">text" indented line (hanging list continuation), anything else a body line.
VAD_BODY = """\
P|118|Delårsrapport januari–augusti 2025|Dnr KS 2025/0231
#Kommunstyrelsens beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
1. att godkänna delårsrapporten för perioden januari–augusti 2025,
2. att notera att kommunen inte bedöms nå balanskravet för år 2025.
Kommunstyrelsen beslutar för egen del
3. att uppdra åt kommundirektören att till kommunstyrelsens sammanträde i november
>redovisa åtgärder som minskar underskottet i socialnämndens verksamheter.
#Sammanfattning av ärendet
Delårsrapporten omfattar kommunens verksamheter och det helägda bolaget Vadstena
Fastighets AB. Prognosen för helåret visar ett underskott på 6,4 mnkr, vilket är 11,2 mnkr
sämre än budget. Störst avvikelse har socialnämnden med –9,1 mnkr, främst inom hemtjäns-
ten och placeringar av barn och unga. Skatteintäkterna blir enligt Sveriges Kommuner och
Regioners prognos 2025-08-21 något högre än beräknat. Budgeten fastställdes av kommun-
fullmäktige 2024-11-27, § 96. Revisorerna bedömer delårsrapporten enligt 11 kap. 20 a §
kommunallagen (2017:725). Ekonomichefen konstaterar att ﬂera nämnder behöver vidta
åtgärder för att de ﬁnansiella målen ska kunna nås 2026.
#Beslutsunderlag
Tjänsteskrivelse, ekonomichef Erik Thunell, 2025-09-11
Delårsrapport januari–augusti 2025, daterad 2025-09-10
Kommunstyrelsens arbetsutskott 2025-09-09, § 141
#Yrkanden
Christer Wikström (M) yrkar bifall till arbetsutskottets förslag.
Sofia Hallgren (S) yrkar att punkt 3 ändras så att redovisningen även ska innehålla en
konsekvensanalys för brukarna.
#Propositionsordning
Ordföranden ställer proposition på arbetsutskottets förslag mot Sofia Hallgrens ändrings-
yrkande och ﬁnner att kommunstyrelsen bifaller arbetsutskottets förslag.
#Reservation
Mot beslutet reserverar sig Sofia Hallgren, Nils Åberg och Eva Brandt, samtliga (S), till
förmån för Sofia Hallgrens yrkande.
#Beslutet skickas till
Kommunfullmäktige, Socialnämnden, Kommunens revisorer
P|119|Samverkansavtal om gemensam löneadministration med Motala kommun|Dnr KS 2025/0187
#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner samverkansavtalet om gemensam löneadministration mellan
>Vadstena kommun och Motala kommun för perioden 2026-01-01–2029-12-31.
2. Kommundirektören får i uppdrag att underteckna avtalet.
3. Paragrafen justeras omedelbart.
#Sammanfattning av ärendet
Vadstena kommun köper i dag löneadministration av Ödeshögs kommun. Det avtalet löper ut
2025-12-31 och Ödeshögs kommun har meddelat att det inte förlängs. Motala kommun erbjuder
sig att som värdkommun utföra lönehanteringen för Vadstena genom avtalssamverkan enligt
9 kap. 37 § kommunallagen. Kostnaden beräknas till 1,9 mnkr per år, vilket ryms inom kom-
munstyrelsens ram. Facklig samverkan skedde 2025-09-02. Beslutet justeras omedelbart ef-
tersom avtalet ska behandlas i Motala kommun 2025-10-07.
#Beslutsunderlag
Tjänsteskrivelse, HR-chef Therese Lundin, 2025-09-04
Förslag till samverkansavtal, version 2025-08-29
#Yrkanden
Magnus Ek (C) yrkar bifall till förslaget. Rasmus Kjellberg (SD) yrkar avslag.
#Propositionsordning och omröstning
Ordföranden ställer proposition på bifall mot avslag och ﬁnner att kommunstyrelsen bifaller
förslaget. Votering begärs. Den som vill bifalla förslaget röstar ja, den som vill avslå det
röstar nej. Omröstningsresultat: 8 ja-röster, 2 nej-röster, 1 ledamot avstår.
Ja: Christer Wikström, Sofia Hallgren, Magnus Ek, Birgitta Sahlén, Hanna Lindqvist,
>Gustav Asplund, Nils Åberg, Eva Brandt
Nej: Rasmus Kjellberg, Johan Strömberg
Avstår: Annika Hjort
Kommunstyrelsen har således bifallit förslaget.
#Reservation
Rasmus Kjellberg och Johan Strömberg (båda SD) reserverar sig mot beslutet.
#Beslutet skickas till
Motala kommun, Ödeshögs kommun
P|120|Yttrande över remiss – Trafikförsörjningsprogram för Östergötland 2026–2030|Dnr KS 2025/0204
#Kommunstyrelsens beslut
Kommunstyrelsen antar förslaget till yttrande som sitt eget och överlämnar det till Region
Östergötland.
#Sammanfattning av ärendet
Region Östergötland har som regional kollektivtraﬁkmyndighet skickat förslaget till traﬁk-
försörjningsprogram på remiss till länets kommuner (regionens dnr RS 2025-00377). Svar
ska lämnas senast 2025-10-15. Programmet ersätter det program som regionen an-
tog 2021-11-30. I yttrandet framhåller kommunen behovet av tätare turer på linjen Vad-
stena–Motala, anslutningar till tågen i Mjölby och att Östgötatraﬁken bör samråda med
kommunen innan hållplatser ﬂyttas. Trafikverket ansvarar för väg 50 och berörs inte av
beslutet. Lagen (2010:1065) om kollektivtrafik styr innehållet i programmet.
#Beslutsunderlag
Tjänsteskrivelse, samhällsbyggnadschef Louise Abrahamsson, 2025-09-05
Förslag till yttrande, 2025-09-03
Remiss från Region Östergötland, 2025-06-24
#Yrkanden
Gustav Asplund (L) yrkar bifall med tillägget att yttrandet även ska lyfta behovet av
kvällsturer till och från Motala. Christer Wikström (M) yrkar bifall till förslaget.
#Propositionsordning
Ordföranden ställer först proposition på förslaget och ﬁnner det bifallet. Därefter ställer
ordföranden proposition på Gustav Asplunds tilläggsyrkande och ﬁnner att det avslås.
#Särskilt yttrande
Gustav Asplund (L) och Hanna Lindqvist (KD) lämnar följande särskilda yttrande:
”Vi står bakom yttrandet men hade velat att kommunen tydligare krävde kvällsturer, så att
den som arbetar skift i Motala kan ta sig hem utan bil.”
Ersättaren Lena Åkesson (C) ansluter sig till det särskilda yttrandet.
#Beslutet skickas till
Region Östergötland, Östgötatrafiken
P|121|Svar på motion om solcellsanläggningar på kommunens fastigheter|Dnr KS 2025/0069
#Kommunstyrelsens förslag till kommunfullmäktige
Motionen avslås.
#Sammanfattning av ärendet
Annika Hjort (V) föreslår i en motion daterad 2025-02-17 att kommunen ska installera sol-
celler på samtliga lämpliga tak på kommunens och Vadstena Fastighets AB:s byggnader före
utgången av 2027. Kommunfullmäktige överlämnade motionen till kommunstyrelsen för be-
redning 2025-02-26, § 14. Bolaget har i ett yttrande 2025-05-20 redovisat att fyra tak är
lämpliga och att två anläggningar redan planeras inom ordinarie investeringsbudget. En
inventering av alla tak bedöms inte vara kostnadseffektiv. Energimyndighetens stöd till
solceller har upphört, vilket försämrar kalkylen.
#Beslutsunderlag
Tjänsteskrivelse, samhällsbyggnadschef Louise Abrahamsson, 2025-08-28
Yttrande från Vadstena Fastighets AB, 2025-05-20
Motion från Annika Hjort (V), 2025-02-17
#Yrkanden
Annika Hjort (V) yrkar bifall till motionen. Eva Brandt (S) instämmer i Annika Hjorts
yrkande. Birgitta Sahlén (M) yrkar bifall till förslaget att avslå motionen.
#Propositionsordning
Ordföranden ställer proposition på yrkandena och ﬁnner att kommunstyrelsen beslutar enligt
Birgitta Sahléns yrkande.
#Reservation
Annika Hjort (V) och Eva Brandt (S) reserverar sig till förmån för bifall till motionen.
#Beslutet skickas till
Kommunfullmäktige
"""


class VadstenaPDF(FPDF):
    def header(self) -> None:
        self.set_font("S", "B", 10)
        put(self, 20, 10, "VADSTENA KOMMUN")
        self.set_font("S", "B", 10)
        put(self, 105, 10, "PROTOKOLL")
        self.set_font("S", "", 9)
        put(self, 165, 10, f"Sida {self.page_no()}({{nb}})", w=25, align="R")
        put(self, 20, 15, "Kommunstyrelsen")
        put(self, 105, 15, "Sammanträdesdatum")
        put(self, 105, 19.5, "2025-09-23")
        self.set_line_width(0.3)
        self.line(20, 26, 190, 26)

    def footer(self) -> None:
        self.set_line_width(0.2)
        self.line(20, 277, 190, 277)
        self.set_font("S", "", 7.5)
        put(self, 20, 278, "Justerares signatur")
        self.rect(20, 282.5, 40, 8)
        put(self, 150, 278, "Utdragsbestyrkande", w=40, align="R")
        self.rect(150, 282.5, 40, 8)


def body_lines(
    pdf: FPDF,
    text: str,
    *,
    x_num: float,
    x_text: float,
    width: float,
    y0: float,
    size: float,
    font: str,
    line_h: float,
    bottom: float,
    on_page=None,
) -> None:
    """Lay out the mini-markup body at fixed coordinates. '=' forces a page; otherwise a page is
    started when the next line would pass `bottom` (headings keep with the lines that follow)."""
    y = y0

    def new_page() -> float:
        pdf.add_page()
        if on_page:
            on_page(pdf)
        return y0

    for raw in text.splitlines():
        if raw == "=":
            y = new_page()
            continue
        if raw.startswith("P|"):
            _, num, title, dnr = raw.split("|")
            if y + 30 > bottom:
                y = new_page()
            y += 3
            pdf.set_font(font, "B", size + 2)
            put(pdf, x_num, y, f"§ {num}", h=6)
            title_lines = [title]
            if pdf.get_string_width(title) > width:
                words = title.split(" ")
                for cut in range(len(words) - 1, 0, -1):
                    if pdf.get_string_width(" ".join(words[:cut])) <= width:
                        title_lines = [" ".join(words[:cut]), " ".join(words[cut:])]
                        break
            for tl in title_lines:
                put(pdf, x_text, y, tl, w=width, h=6)
                y += 6
            pdf.set_font(font, "", size - 1)
            put(pdf, x_text, y, dnr, w=width, h=5)
            y += 7
            continue
        if raw.startswith("#"):
            if y + 1.5 + 3 * line_h > bottom:
                y = new_page()
            y += 1.5
            pdf.set_font(font, "B", size)
            put(pdf, x_text, y, raw[1:], w=width, h=line_h)
            y += line_h
            continue
        if y + line_h > bottom:
            y = new_page()
        pdf.set_font(font, "", size)
        if raw.startswith(">"):
            put(pdf, x_text + 5, y, raw[1:], w=width - 5, h=line_h)
        elif raw:
            put(pdf, x_text, y, raw, w=width, h=line_h)
        y += line_h if raw else line_h * 0.6


def make_vadstena() -> None:
    pdf = VadstenaPDF(format="A4")
    setup(
        pdf,
        title="Protokoll KS 2025-09-23",
        author="Sara Vinterhav",
        creator="Microsoft® Word för Microsoft 365",
        producer="Microsoft® Word för Microsoft 365",
        created=fixed(2025, 9, 29, 9, 12),
    )
    pdf.alias_nb_pages()
    pdf.add_page()
    # First page: a Word table without visible borders. Each row: the label cell is drawn first,
    # then the value cell; two-line labels sit beside the first two value lines.
    y = 32.0
    pdf.set_font("S", "B", 10)
    put(pdf, 20, y, "Sammanträdesprotokoll", h=6)
    y += 10
    for labels, values in VAD_FIRST:
        pdf.set_font("S", "B", 9.5)
        for i, lab in enumerate(labels):
            put(pdf, 20, y + 4.6 * i, lab, w=40, h=4.6)
        pdf.set_font("S", "", 9.5)
        for i, val in enumerate(values):
            put(pdf, 64, y + 4.6 * i, val, w=126, h=4.6)
        y += 4.6 * max(len(labels), len(values)) + 3.5
    # Signatures: label cell, dotted line, name below.
    pdf.set_font("S", "B", 9.5)
    put(pdf, 20, y, "Underskrifter", w=40, h=4.6)
    pdf.set_font("S", "", 9.5)
    for i, (role, name) in enumerate(VAD_SIGN):
        yy = y + i * 12
        put(pdf, 64, yy, role, w=25, h=4.6)
        put(pdf, 92, yy, "............................................", w=60, h=4.6)
        if i == 0:
            put(pdf, 155, yy, "Paragrafer 118–121", w=35, h=4.6)
        put(pdf, 92, yy + 5, name, w=70, h=4.6)
    y += 3 * 12 + 4
    # ANSLAG/BEVIS as a bordered Word table.
    pdf.set_line_width(0.3)
    pdf.rect(20, y, 170, 47)
    pdf.set_font("S", "B", 10)
    put(pdf, 22, y + 2, "ANSLAG/BEVIS", h=5)
    pdf.set_font("S", "", 9)
    put(pdf, 22, y + 7.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", w=160, h=4.5)
    yy = y + 13
    for lab, val in VAD_ANSLAG:
        put(pdf, 22, yy, lab, w=55, h=4.5)
        put(pdf, 80, yy, val, w=100, h=4.5)
        yy += 4.8
    put(pdf, 22, yy + 1, "Underskrift", w=55, h=4.5)
    put(pdf, 80, yy + 1, "..........................................................   Sara Vinterhav", w=100, h=4.5)

    pdf.add_page()
    body_lines(pdf, VAD_BODY, x_num=20, x_text=40, width=150, y0=30, size=9.5, font="C", line_h=4.4, bottom=272)
    pdf.output(str(DOCS / "vadstena-ks-2025-09-23-protokoll.pdf"))


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy word wrap with the current font (no hyphenation)."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        cand = f"{cur} {word}" if cur else word
        if pdf.get_string_width(cand) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


# ==============================================================================================
# 2. Sunne kommun, Socialnämnden 2024-11-20 – case-management system export, full protocol, §§ 96–99.

SUN_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Kommunhuset i Sunne, sammanträdesrum Fryken,", "2024-11-20 kl. 13:00–16:35"]),
    (
        "Beslutande",
        [
            "Eva-Lena Fröding (C), ordförande",
            "Mats Gunnarsson (S), vice ordförande",
            "Britt-Marie Sandberg (M)",
            "Lars Lindhe (S)",
            "Agneta Wåhlin (S)",
            "Per Ekstam (M)",
            "Jonas Fridh (KD)",
            "Linnea Holm (V)",
        ],
    ),
    ("Tjänstgörande ersättare", ["Oskar Nyqvist (SD) i stället för Kerstin Ahl (SD)"]),
    (
        "Övriga närvarande",
        [
            "Ersättare: Helena Brodin (S), Tomas Ring (M), Ingrid Moberg (C)",
            "Tjänstepersoner: Annelie Dahl (socialchef), Johan Westin (enhetschef",
            "individ- och familjeomsorg) § 97, Maria Bergkvist (nämndsekreterare)",
        ],
    ),
    ("Justerare", ["Lars Lindhe (S)"]),
    ("Tid och plats för justering", ["Kommunhuset i Sunne, 2024-11-26"]),
    ("Protokollet omfattar", ["§§ 96–99"]),
]
SUN_SIGN = [("Sekreterare", "Maria Bergkvist"), ("Ordförande", "Eva-Lena Fröding"), ("Justerare", "Lars Lindhe")]
SUN_ANSLAG = [
    ("Organ", "Socialnämnden"),
    ("Sammanträdesdatum", "2024-11-20"),
    ("Anslaget publicerat", "2024-11-27"),
    ("Anslaget avpubliceras", "2024-12-19"),
    ("Protokollets förvaringsplats", "Kommunhuset i Sunne"),
]

# "P|nr|dnr|title" paragraph start, "#text" sub-heading, "-text" dash item, "" small gap,
# anything else a paragraph that is wrapped to the column.
SUN_BODY = """\
P|96|SN 2024/0002|Information från socialchefen
#Beslut
Socialnämnden tackar för informationen och lägger den till handlingarna.
#Ärendebeskrivning
Socialchef Annelie Dahl informerar om
-förberedelserna inför den nya socialtjänstlagen (2025:400), som träder i kraft 2025-07-01,
-Inspektionen för vård och omsorgs tillsyn av hemtjänsten i Sunne, där inspektörerna besökte verksamheten 2024-10-15 och ett beslut väntas under december,
-samverkan med Region Värmland om läkarmedverkan i de särskilda boendena,
-rekryteringen av två socialsekreterare till barn- och ungdomsenheten.
P|97|SN 2024/0118|Avtal om gemensam familjerätt med Torsby kommun och Hagfors kommun
#Beslut
1. Socialnämnden godkänner avtalet om samverkan i gemensam familjerätt mellan Sunne kommun, Torsby kommun och Hagfors kommun att gälla från och med 2025-01-01.
2. Socialnämnden uppdrar åt socialchefen att underteckna avtalet.
#Ärendebeskrivning
Familjerätten handlägger bland annat utredningar om vårdnad, boende och umgänge på uppdrag av tingsrätten, faderskap och adoptioner. De tre kommunerna har sedan 2021 en gemensam handläggare genom ett tidsbegränsat avtal som upphör vid årsskiftet. Det nya avtalet innebär att Sunne kommun blir värdkommun och anställer två familjerättssekreterare. Kostnaderna fördelas efter antalet invånare den 1 november året före avtalsåret. Munkfors kommun har erbjudits att delta men har avböjt. Avtalssamverkan sker med stöd av 9 kap. 37 § kommunallagen (2017:725). Enhetschef Johan Westin föredrar ärendet.
#Beslutsunderlag
Tjänsteskrivelse daterad den 4 november 2024
Förslag till avtal om gemensam familjerätt, 2024-10-21
#Förslag till beslut på sammanträdet
Mats Gunnarsson (S) yrkar bifall till förvaltningens förslag.
Oskar Nyqvist (SD) yrkar att ärendet återremitteras för att utreda om kommunen kan bedriva familjerätten i egen regi. Britt-Marie Sandberg (M) instämmer i Oskar Nyqvists yrkande.
#Beslutsgång
Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att nämnden beslutar att avgöra det i dag. Omröstning begärs och genomförs med följande propositionsordning: ja-röst för att avgöra ärendet i dag, nej-röst för återremiss.
#Omröstning
Ja (6): Eva-Lena Fröding, Mats Gunnarsson, Lars Lindhe, Agneta Wåhlin, Jonas Fridh, Linnea Holm
Nej (3): Britt-Marie Sandberg, Per Ekstam, Oskar Nyqvist
Med 6 ja-röster mot 3 nej-röster beslutar socialnämnden att avgöra ärendet i dag. Därefter ställer ordföranden proposition på Mats Gunnarssons yrkande och finner att nämnden bifaller det.
#Reservation
Oskar Nyqvist (SD), Britt-Marie Sandberg (M) och Per Ekstam (M) reserverar sig mot beslutet att inte återremittera ärendet.
#Beslutet skickas till
Torsby kommun
Hagfors kommun
P|98|SN 2024/0097|Yttrande över motion om trygghetsboende i Lysvik
#Beslut
Socialnämnden överlämnar förvaltningens yttrande till kommunstyrelsen som sitt svar på remissen.
#Ärendebeskrivning
Jonas Fridh (KD) föreslår i en motion inkommen 2024-04-15 att kommunen ska låta bygga ett trygghetsboende i Lysvik. Kommunfullmäktige överlämnade motionen till kommunstyrelsen 2024-04-22, § 38. Kommunstyrelsen har remitterat motionen till socialnämnden för yttrande senast 2024-12-01 (kommunstyrelsens dnr KS 2024/0311). Förvaltningen bedömer att behovet av trygghetsbostäder är störst i centrala Sunne och att Sunne Bostäder AB i första hand bör pröva en ombyggnad i befintligt bestånd. Boverkets investeringsstöd för äldrebostäder kan sökas av bolaget.
#Beslutsunderlag
Tjänsteskrivelse daterad den 31 oktober 2024
Motion om trygghetsboende i Lysvik, 2024-04-15
#Förslag till beslut på sammanträdet
Jonas Fridh (KD) yrkar att nämnden ska tillstyrka motionen. Ordföranden yrkar bifall till förvaltningens förslag.
#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag och Jonas Fridhs yrkande och finner att socialnämnden bifaller förvaltningens förslag.
#Reservation
Jonas Fridh (KD) reserverar sig till förmån för eget yrkande.
#Protokollsanteckning
Linnea Holm (V) får följande antecknat till protokollet: ”Vänsterpartiet anser att kommunen behöver en plan för boende för äldre i hela kommunen och inte bara i centralorten.”
#Beslutet skickas till
Kommunstyrelsen
P|99|SN 2024/0003|Redovisning av delegationsbeslut och meddelanden
#Beslut
Socialnämnden godkänner redovisningen av delegationsbeslut och lägger meddelandena till handlingarna.
#Delegationsbeslut
-Beslut enligt socialtjänstlagen och LSS fattade under oktober 2024 enligt förteckning
-Ordförandebeslut 2024-10-14 om yttrande till Förvaltningsrätten i Karlstad, dnr SN 2024/0131
-Avtal om köp av en korttidsplats för barn, dnr SN 2024/0127
#Meddelanden
-Inspektionen för vård och omsorg, beslut 2024-10-08 om anmälan enligt lex Sarah, IVO:s dnr 3.5.1-28841/2024
-Kommunfullmäktige 2024-10-28, § 92, Avgifter inom äldreomsorgen 2025
-Förvaltningsrätten i Karlstad, dom 2024-10-21 i mål nr 4412-24
"""


class SunnePDF(FPDF):
    def header(self) -> None:
        # The ruled header box of the case system, repeated on every page.
        self.set_line_width(0.25)
        self.rect(15, 10, 180, 20)
        self.line(95, 10, 95, 30)
        self.line(165, 10, 165, 30)
        self.set_font("S", "B", 11)
        put(self, 17, 11.5, "SUNNE KOMMUN")
        self.set_font("S", "", 10)
        put(self, 17, 23, "Socialnämnden")
        self.set_font("S", "B", 10)
        put(self, 97, 11.5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("S", "", 8)
        put(self, 97, 18, "Sammanträdesdatum")
        self.set_font("S", "", 10)
        put(self, 97, 23, "2024-11-20")
        self.set_font("S", "", 8)
        put(self, 167, 11.5, "Sida")
        self.set_font("S", "", 10)
        put(self, 167, 17, f"{self.page_no()}({{nb}})")

    def footer(self) -> None:
        self.set_line_width(0.25)
        self.set_font("S", "", 7)
        for x, w in ((15, 30), (45, 30), (75, 30)):
            self.rect(x, 276, w, 12)
        put(self, 16, 276.5, "Justerandes sign")
        self.rect(145, 276, 50, 12)
        put(self, 146, 276.5, "Utdragsbestyrkande")


def make_sunne() -> None:
    pdf = SunnePDF(format="A4")
    setup(
        pdf,
        title="Socialnämnden 2024-11-20 Protokoll",
        author="Sunne kommun",
        creator="Ärendehanteringssystem – protokollsmodul 7.4",
        producer="PDF-export 7.4 (iText)",
        created=fixed(2024, 11, 26, 15, 41),
    )
    pdf.alias_nb_pages()
    pdf.add_page()
    y = 36.0
    lab_x, val_x, val_w = 15, 68, 127
    for label, values in SUN_FIRST:
        pdf.set_font("S", "B", 9.5)
        lab_lines = wrap(pdf, label, 50)
        for i, lab in enumerate(lab_lines):
            put(pdf, lab_x, y + 4.8 * i, lab, w=50, h=4.8)
        pdf.set_font("S", "", 9.5)
        for i, val in enumerate(values):
            put(pdf, val_x, y + 4.8 * i, val, w=val_w, h=4.8)
        y += 4.8 * max(len(values), len(lab_lines)) + 3
    pdf.set_font("S", "B", 9.5)
    put(pdf, lab_x, y, "Underskrifter", w=50, h=4.8)
    pdf.set_font("S", "", 9.5)
    for i, (role, name) in enumerate(SUN_SIGN):
        yy = y + i * 11
        put(pdf, val_x, yy, role, w=25, h=4.8)
        put(pdf, val_x + 27, yy, "_____________________________", w=70, h=4.8)
        put(pdf, val_x + 27, yy + 5, name, w=70, h=4.8)
    y += 3 * 11 + 6
    pdf.rect(15, y, 180, 44)
    pdf.set_font("S", "B", 10)
    put(pdf, 17, y + 2, "BEVIS OM ANSLAG")
    pdf.set_font("S", "", 9)
    put(
        pdf,
        17,
        y + 8,
        "Justeringen av protokollet har tillkännagivits på kommunens digitala anslagstavla.",
        w=175,
        h=4.5,
    )
    yy = y + 13.5
    for lab, val in SUN_ANSLAG:
        put(pdf, 17, yy, lab, w=50, h=4.5)
        put(pdf, val_x, yy, val, w=120, h=4.5)
        yy += 4.8
    put(pdf, 17, yy, "Underskrift", w=50, h=4.5)
    put(pdf, val_x, yy, "_____________________________  Maria Bergkvist", w=120, h=4.5)

    pdf.add_page()
    y0, bottom, x, width, lh = 36.0, 272.0, 15.0, 180.0, 4.9
    y = y0

    def need(h: float) -> float:
        nonlocal y
        if y + h > bottom:
            pdf.add_page()
            y = y0
        return y

    for raw in SUN_BODY.splitlines():
        if raw.startswith("P|"):
            _, num, dnr, title = raw.split("|")
            need(30)
            y += 4
            pdf.set_font("S", "B", 11)
            put(pdf, x, y, f"§ {num}", h=6)
            pdf.set_font("S", "", 9)
            put(pdf, 135, y + 0.5, f"Dnr {dnr}", w=60, h=5, align="R")
            y += 7
            pdf.set_font("S", "B", 11)
            for tl in wrap(pdf, title, width):
                put(pdf, x, y, tl, w=width, h=5.5)
                y += 5.5
            y += 2
            continue
        if raw.startswith("#"):
            need(2 + 3 * lh)
            y += 2
            pdf.set_font("S", "B", 10)
            put(pdf, x, y, raw[1:], w=width, h=lh)
            y += lh
            continue
        if raw == "":
            y += 2
            continue
        pdf.set_font("S", "", 10)
        if raw.startswith("-"):
            for i, ln in enumerate(wrap(pdf, raw[1:], width - 6)):
                need(lh)
                if i == 0:
                    put(pdf, x, y, "–")
                put(pdf, x + 6, y, ln, w=width - 6, h=lh)
                y += lh
            continue
        for ln in wrap(pdf, raw, width):
            need(lh)
            put(pdf, x, y, ln, w=width, h=lh)
            y += lh
    pdf.output(str(DOCS / "sunne-sn-2024-11-20-protokoll.pdf"))


# ==============================================================================================
# 3. Nordmalings kommun, Barn- och utbildningsnämnden 2025-05-14 – text written out of reading
#    order, full protocol, 3 pages, §§ 34–36.

NOR_LEFT: list[tuple[str, list[str]]] = [
    (
        "Ledamöter",
        [
            "Maria Isaksson (S), ordförande",
            "Roger Lundgren (C), vice ordförande",
            "Elin Backlund (S)",
            "Tommy Nordström (S)",
            "Hans Lindström (S)",
            "Ann-Sofie Wallgren (M)",
            "Patrik Öberg (SD)",
            "Kristina Edlund (KD)",
        ],
    ),
    ("Tjänstgörande ersättare", ["Jimmy Forsberg (S) för Linda Sjödin (S)"]),
]
NOR_RIGHT: list[tuple[str, list[str]]] = [
    ("Ej tjänstgörande ersättare", ["Stina Berglund (C)", "Mikael Ågren (M)"]),
    (
        "Övriga närvarande",
        ["Lotta Granström, skolchef", "Peter Nyberg, controller, § 34", "Ida Marklund, nämndsekreterare"],
    ),
]
NOR_BELOW: list[tuple[str, str]] = [
    ("Utses att justera", "Elin Backlund (S)"),
    ("Justeringens plats och tid", "Kommunhuset, Nordmaling, måndagen den 19 maj 2025"),
]
NOR_SIGN = [("Sekreterare", "Ida Marklund"), ("Ordförande", "Maria Isaksson"), ("Justerande", "Elin Backlund")]
NOR_ANSLAG = [
    ("Organ", "Barn- och utbildningsnämnden"),
    ("Sammanträdesdatum", "2025-05-14"),
    ("Datum då anslaget sätts upp", "2025-05-20"),
    ("Datum då anslaget tas ned", "2025-06-11"),
    ("Förvaringsplats för protokollet", "Kommunhuset, Nordmaling"),
]

# "P|nr|dnr|title" paragraph heading in the body column, "#text" margin label beside the next
# line, "" a gap, anything else a paragraph wrapped to the body column ("@" at the start: a
# hanging list item).
NOR_BODY = """\
P|34|BUN 2025/0042|Ekonomisk uppföljning per april 2025
#Beslut
Barn- och utbildningsnämnden beslutar
@a) att godkänna den ekonomiska uppföljningen per april 2025,
@b) att uppdra åt skolchefen att redovisa en åtgärdsplan vid nämndens sammanträde i juni.
#Ärendebeskrivning
Nämnden prognostiserar ett underskott på 2,8 mnkr för 2025. Det beror främst på ökade kostnader för skolskjuts sedan Region Västerbotten ändrade linjetrafiken mellan Nordmaling och Rundvik, och på att fler elever än budgeterat går i gymnasieskolor i Umeå kommun. Controller Peter Nyberg redovisar utfallet. Kommunstyrelsen begärde 2025-04-08, § 61, att alla nämnder med underskott ska ta fram åtgärdsplaner.
#Beslutsunderlag
Skolchefens tjänsteskrivelse 2025-05-05
Ekonomisk rapport per april 2025
#Yrkanden
Maria Isaksson (S) yrkar bifall till förvaltningens förslag. Ann-Sofie Wallgren (M) yrkar bifall med tillägget att åtgärdsplanen inte ska innehålla neddragningar i elevhälsan. Kristina Edlund (KD) instämmer i tilläggsyrkandet.
#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden bifaller det. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner att det avslås. Votering begärs. Nämnden godkänner följande propositionsordning: den som vill avslå tilläggsyrkandet röstar ja, den som vill bifalla det röstar nej.
#Omröstning
Med sex ja-röster mot tre nej-röster beslutar barn- och utbildningsnämnden att avslå tilläggsyrkandet.
#Reservation
Ann-Sofie Wallgren (M) och Kristina Edlund (KD) anmäler reservation mot beslutet att avslå tilläggsyrkandet.
#Expedieras
Kommunstyrelsen
P|35|BUN 2025/0031|Samverkansavtal om gymnasieutbildning med Umeå kommun 2025–2029
#Beslut
Barn- och utbildningsnämnden föreslår kommunfullmäktige att godkänna samverkansavtalet om gymnasieutbildning mellan Nordmalings kommun och Umeå kommun för perioden 2025-07-01–2029-06-30.
Paragrafen förklaras omedelbart justerad.
#Ärendebeskrivning
Nordmalings kommun har ingen egen gymnasieskola. Eleverna går i huvudsak i Umeå kommuns gymnasieskolor enligt ett samverkansavtal som upphör 2025-06-30. I det nya avtalet räknas den interkommunala ersättningen upp med Umeå kommuns programpriser och antagningen sker som tidigare gemensamt. Vännäs kommun och Bjurholms kommun tecknar motsvarande avtal med Umeå kommun, medan Robertsfors kommun står utanför. Paragrafen behöver justeras omedelbart eftersom kommunfullmäktige sammanträder 2025-06-16.
#Beslutsunderlag
Skolchefens tjänsteskrivelse 2025-04-28
Förslag till samverkansavtal från Umeå kommun, 2025-03-31
#Yrkanden
Roger Lundgren (C) yrkar bifall till förvaltningens förslag.
#Beslutsgång
Ordföranden ställer proposition på förslaget och finner att nämnden bifaller det.
#Protokollsanteckning
Patrik Öberg (SD) antecknar till protokollet att Sverigedemokraterna vill att kommunen på sikt utreder en egen gymnasieutbildning inom naturbruk.
#Expedieras
Kommunfullmäktige, Umeå kommun
P|36|BUN 2025/0049|Yttrande över remiss – Regional strategi för barns och ungas psykiska hälsa i Västerbotten 2025–2030
#Beslut
Barn- och utbildningsnämnden antar förslaget till yttrande och överlämnar det till Region Västerbotten.
#Ärendebeskrivning
Region Västerbotten har 2025-03-20 skickat strategin på remiss till länets kommuner med svar senast 2025-05-30 (regionens dnr RV 2025/0612). Strategin har tagits fram tillsammans med Länsstyrelsen Västerbotten och Umeå universitet. I yttrandet betonar nämnden elevhälsans roll, behovet av kortare väntetider till barn- och ungdomspsykiatrin och att skolorna i Nordmaling behöver stöd i det förebyggande arbetet.
#Beslutsunderlag
Skolchefens tjänsteskrivelse 2025-05-02
Förslag till yttrande
#Yrkanden
Maria Isaksson (S) yrkar bifall till förslaget.
#Särskilt yttrande
Kristina Edlund (KD) lämnar följande särskilda yttrande: ”Kristdemokraterna saknar en tydlig plan för hur föräldrar ska involveras i det förebyggande arbetet.” Ersättaren Stina Berglund (C) instämmer i Kristina Edlunds särskilda yttrande.
#Expedieras
Region Västerbotten
"""


class NordmalingPDF(FPDF):
    """Header and footer are drawn by hand so that their place in the content stream can be chosen."""

    def header(self) -> None:
        pass

    def footer(self) -> None:
        pass


def nor_footer(pdf: FPDF) -> None:
    pdf.set_line_width(0.2)
    pdf.line(15, 278, 195, 278)
    pdf.set_font("C", "", 7.5)
    put(pdf, 15, 279.5, "Justerandes sign")
    put(pdf, 55, 279.5, "..........................")
    put(pdf, 150, 279.5, "Utdragsbestyrkande", w=45, align="R")
    put(pdf, 150, 284, "..........................", w=45, align="R")


def nor_header(pdf: FPDF, page: int, total: int) -> None:
    pdf.set_font("C", "B", 11)
    put(pdf, 15, 10, "NORDMALINGS KOMMUN")
    pdf.set_font("C", "", 10)
    put(pdf, 95, 10, "Sammanträdesprotokoll")
    put(pdf, 165, 10, f"Sida {page} ({total})", w=30, align="R")
    put(pdf, 15, 15, "Barn- och utbildningsnämnden")
    put(pdf, 95, 15, "2025-05-14")
    pdf.set_line_width(0.4)
    pdf.line(15, 21.5, 195, 21.5)


def make_nordmaling() -> None:
    total = 3
    pdf = NordmalingPDF(format="A4")
    setup(
        pdf,
        title="BUN protokoll 2025-05-14",
        author="Ida Marklund",
        creator="Writer",
        producer="LibreOffice 7.6",
        created=fixed(2025, 5, 19, 13, 5),
    )
    pdf.add_page()
    nor_footer(pdf)
    pdf.set_font("C", "B", 9.5)
    put(pdf, 15, 27, "Plats och tid")
    pdf.set_font("C", "", 9.5)
    put(pdf, 62, 27, "Kommunhuset, Nordmaling, sammanträdesrum Lögdeälven,", w=133)
    put(pdf, 62, 31.6, "onsdagen den 14 maj 2025 kl. 08.30–11.45", w=133)
    top = 39.0
    lh = 4.6

    def column(blocks: list[tuple[str, list[str]]], x: float, w: float) -> float:
        y = top
        for head, names in blocks:
            pdf.set_font("C", "B", 9.5)
            put(pdf, x, y, head, w=w, h=lh)
            y += lh
            pdf.set_font("C", "", 9.5)
            for n in names:
                put(pdf, x, y, n, w=w, h=lh)
                y += lh
            y += 3
        return y

    # The right column is written before the left one.
    y_right = column(NOR_RIGHT, 112, 83)
    y_left = column(NOR_LEFT, 15, 92)
    y = max(y_left, y_right) + 2
    for lab, val in NOR_BELOW:
        pdf.set_font("C", "B", 9.5)
        put(pdf, 15, y, lab, w=45, h=lh)
        pdf.set_font("C", "", 9.5)
        put(pdf, 62, y, val, w=133, h=lh)
        y += lh + 2
    y += 2
    pdf.set_font("C", "B", 9.5)
    put(pdf, 15, y, "Underskrifter", w=45, h=lh)
    pdf.set_font("C", "", 9.5)
    for i, (role, name) in enumerate(NOR_SIGN):
        yy = y + i * 11
        put(pdf, 62, yy, role, w=25, h=lh)
        put(pdf, 88, yy, "........................................................", w=70, h=lh)
        put(pdf, 88, yy + 4.8, name, w=70, h=lh)
    put(pdf, 160, y, "Paragrafer 34–36", w=35, h=lh)
    y += 3 * 11 + 4
    pdf.set_line_width(0.3)
    pdf.rect(15, y, 180, 46)
    pdf.set_font("C", "B", 10)
    put(pdf, 17, y + 2, "ANSLAG/BEVIS")
    pdf.set_font("C", "", 9)
    put(pdf, 17, y + 7.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", w=170, h=4.5)
    yy = y + 13
    for lab, val in NOR_ANSLAG:
        put(pdf, 17, yy, lab, w=55, h=4.5)
        put(pdf, 75, yy, val, w=110, h=4.5)
        yy += 4.7
    put(pdf, 17, yy, "Underskrift", w=55, h=4.5)
    put(pdf, 75, yy, "..............................................   Ida Marklund", w=110, h=4.5)
    nor_header(pdf, 1, total)

    # Body pages: footer first, body column, then the margin labels, then the header.
    x, width, y0, bottom = 62.0, 133.0, 27.0, 273.0
    labels: list[tuple[float, str]] = []
    page = 2
    pdf.add_page()
    nor_footer(pdf)
    y = y0

    def flush_and_break() -> None:
        nonlocal y, page, labels
        pdf.set_font("C", "B", 9.5)
        for ly, text in labels:
            put(pdf, 15, ly, text, w=45, h=lh)
        labels = []
        nor_header(pdf, page, total)
        page += 1
        pdf.add_page()
        nor_footer(pdf)
        y = y0

    pending_label: str | None = None
    for raw in NOR_BODY.splitlines():
        if raw.startswith("P|"):
            _, num, dnr, title = raw.split("|")
            if y + 32 > bottom:
                flush_and_break()
            y += 4
            pdf.set_font("C", "B", 11.5)
            put(pdf, 15, y, f"§ {num}", h=6)
            for tl in wrap(pdf, title, width):
                put(pdf, x, y, tl, w=width, h=6)
                y += 6
            pdf.set_font("C", "", 9)
            put(pdf, x, y, f"Dnr {dnr}", w=width, h=5)
            y += 7
            continue
        if raw.startswith("#"):
            pending_label = raw[1:]
            if y + 3 * lh + 2 > bottom:
                flush_and_break()
            y += 2
            continue
        pdf.set_font("C", "", 9.5)
        hang = raw.startswith("@")
        text = raw[1:] if hang else raw
        for i, ln in enumerate(wrap(pdf, text, width - (6 if hang else 0))):
            if y + lh > bottom:
                flush_and_break()
            if pending_label:
                labels.append((y, pending_label))
                pending_label = None
            put(pdf, x + (6 if hang and i else 0), y, ln, w=width, h=lh)
            y += lh
    pdf.set_font("C", "B", 9.5)
    for ly, text in labels:
        put(pdf, 15, ly, text, w=45, h=lh)
    nor_header(pdf, page, total)
    if page != total:
        raise ValueError(f"Nordmaling has {page} pages, header says {total}")
    pdf.output(str(DOCS / "nordmaling-bun-2025-05-14-protokoll.pdf"))


# ==============================================================================================
# 4. Lessebo kommun, Kommunfullmäktige 2024-02-26 – scanned extract with an OCR text layer,
#    §§ 12–13, 3 pages. "{clean|ocr}" marks what the scan shows and what the OCR engine read;
#    "_" inside the OCR variant is a space.

LES_DPI = 130
LES_HEAD = [
    # (x, dy, size, bold, text)
    (20, 0, 11, True, "LESSEBO KOMMUN"),
    (100, 0, 10, True, "PROTOKOLLSUTDRAG"),
    (172, 0, 8.5, False, "Sida"),
    (20, 5.5, 10, False, "{Kommunfullmäktige|Kornmunfullmäktige}"),
    (100, 5.5, 8.5, False, "Sammanträdesdatum"),
    (172, 5.5, 10, False, "{page}(3)"),
    (100, 10.5, 10, False, "2024-02-26"),
]

# "P~nr-markup~dnr~title" paragraph heading, "F|text" continuation line, "#text" sub-heading,
# "=" page break, "" gap, "!sign" signature block, anything else a wrapped paragraph.
LES_BODY = """\
M|Justerare|Pernilla Ek (C), Mats Lundh (KD)
M|Justeringens datum|2024-03-01
M|Paragrafer i utdraget|§§ 12–13

P~§ {12|l2}~Dnr KS 2023/286~Svar på motion om utegym i kommunens orter
#Kommunfullmäktiges beslut
Motionen anses besvarad.
#Ärendebeskrivning
Emma Gustafsson (M) och Bo Hallberg (SD) föreslår i en motion daterad 2023-06-12 att kommunen ska anlägga utegym i Lessebo, {Hovmantorp|Hovrnantorp}, Kosta och Skruv. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2023-06-19, § 58.
{Kommunstyrelsen|Kornmunstyrelsen} konstaterar att utegym redan finns i Hovmantorp och Kosta och att ett utegym i Skruv byggs under 2024 i samarbete med Lessebohus AB, som äger marken. Ett utegym i centrala Lessebo ingår i förslaget till investeringsbudget för 2025. Kommunstyrelsen föreslog 2024-02-06, § 18, att motionen ska anses besvarad.
#Beslutsunderlag
Kommunstyrelsens protokoll 2024-02-06, § 18
Tjänsteskrivelse {2024-01-29|2024-0l-29}
Motion från {Emma|Emrna} Gustafsson (M) och Bo Hallberg (SD), 2023-06-12
#Yrkanden
Kommunstyrelsens ordförande Anders Lindqvist {(S)|(5)} yrkar bifall till kommunstyrelsens förslag. Emma Gustafsson (M) yrkar bifall till motionen. Bo Hallberg (SD) instämmer i Emma Gustafssons yrkande.
#Beslutsgång
Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att fullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla motionen röstar nej.
#Omröstningsresultat
Med {18|l8} ja-röster mot 11 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag. Två ledamöter avstår från att rösta. Hur var och en har röstat framgår av voteringslistan, bilaga 1.
=
F|§ 12 (forts.)
#Reservation
Mot beslutet reserverar sig Bo Hallberg m.fl. (SD) och Emma Gustafsson (M) till förmån för bifall till motionen.
#Beslutet skickas till
Motionärerna
Kommunstyrelsen

P~§ 13~Dnr KS 2023/402~Samverkansavtal om gemensam IT-drift med Uppvidinge kommun
#Kommunfullmäktiges beslut
1. Kommunfullmäktige godkänner samverkansavtalet om gemensam IT-drift mellan Lessebo kommun och Uppvidinge kommun för perioden 2024-04-01–2027-03-31.
2. Kommunstyrelsen får i uppdrag att årligen följa upp samverkan.
3. Paragrafen justeras {omedelbart|ornedelbart}.
#Ärendebeskrivning
Lessebo kommun och Uppvidinge kommun har sedan 2020 gemensam upphandling av IT-tjänster. Genom det nya avtalet blir Uppvidinge kommun värdkommun för en gemensam IT-enhet som sköter drift, support och informationssäkerhet för båda kommunerna. Tingsryds kommun har erbjudits att delta men har avböjt. Avtalet sluts med stöd av 9 kap. 37 § kommunallagen (2017:725). {Kommunstyrelsen|Kommun_styrelsen} behandlade ärendet 2024-02-06, § 21. Avtalen med Inera AB om e-tjänster berörs inte.
#Beslutsunderlag
Kommunstyrelsens protokoll 2024-02-06, § 21, KS {2023/402|2O23/402}
Tjänsteskrivelse 2024-01-22
Förslag till samverkansavtal
#Yrkanden
Anders Lindqvist (S) yrkar bifall till kommunstyrelsens förslag. Kent Ågren (V) instämmer i Anders Lindqvists yrkande.
#Beslutsgång
Ordföranden ställer proposition på kommunstyrelsens förslag och finner att fullmäktige bifaller det.
=
F|§ 13 (forts.)
#Särskilt yttrande
Kent Ågren (V) och Linnéa Rask (V) lämnar ett särskilt yttrande, bilaga 2.
#Beslutet skickas till
Uppvidinge kommun
Kommunstyrelsen

!sign
"""


def les_split(markup: str) -> tuple[str, str]:
    """Return (clean, ocr) for a string with {clean|ocr} marks."""
    clean, ocr, i = [], [], 0
    while i < len(markup):
        if markup[i] == "{":
            j = markup.index("}", i)
            a, b = markup[i + 1 : j].split("|")
            clean.append(a)
            ocr.append(b.replace("_", " "))
            i = j + 1
        else:
            clean.append(markup[i])
            ocr.append(markup[i])
            i += 1
    return "".join(clean), "".join(ocr)


class LesseboPage:
    def __init__(self) -> None:
        self.lines: list[tuple[float, float, float, bool, str, str]] = []  # x, y, size, bold, clean, ocr
        self.scribbles: list[tuple[float, float, float, float, int]] = []  # x, y, w, h, seed

    def add(self, x: float, y: float, size: float, bold: bool, markup: str) -> None:
        clean, ocr = les_split(markup)
        self.lines.append((x, y, size, bold, clean, ocr))


def les_measure(pdf: FPDF, markup: str, bold: bool, size: float) -> float:
    pdf.set_font("R", "B" if bold else "", size)
    return pdf.get_string_width(les_split(markup)[0])


def les_wrap(pdf: FPDF, markup: str, width: float, size: float) -> list[str]:
    """Wrap on the clean reading; the {…|…} marks contain no spaces and stay whole."""
    lines: list[str] = []
    cur = ""
    for word in markup.split(" "):
        cand = f"{cur} {word}" if cur else word
        if les_measure(pdf, cand, False, size) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def les_layout(pdf: FPDF) -> list[LesseboPage]:
    pages = [LesseboPage()]
    x, width, lh, size = 22.0, 166.0, 5.0, 10.0
    y = 40.0
    for raw in LES_BODY.splitlines():
        page = pages[-1]
        if raw == "=":
            pages.append(LesseboPage())
            y = 40.0
            continue
        if raw == "":
            y += 2.5
            continue
        if raw.startswith("M|"):
            _, lab, val = raw.split("|")
            page.add(x, y, 9.5, True, lab)
            page.add(x + 48, y, 9.5, False, val)
            y += lh
            continue
        if raw.startswith("P~"):
            _, num, dnr, title = raw.split("~")
            y += 4
            page.add(x, y, 12, True, num)
            page.add(140, y + 0.5, 9.5, False, dnr)
            y += 7
            page.add(x, y, 11, True, title)
            y += 8
            continue
        if raw.startswith("F|"):
            page.add(x, y, 10, True, raw[2:])
            y += 7
            continue
        if raw.startswith("#"):
            y += 1.5
            page.add(x, y, 10, True, raw[1:])
            y += lh + 0.5
            continue
        if raw == "!sign":
            y += 8
            page.add(x, y, 10, True, "Utdragsbestyrkande")
            page.add(x, y + 6, 10, False, "Rätt utdraget intygar")
            page.scribbles.append((x + 2, y + 11, 45, 9, 117))
            page.add(x, y + 22, 10, False, "Jessica Nilsson, kommunsekreterare")
            page.add(x, y + 27, 10, False, "Lessebo 2024-03-04")
            y += 32
            continue
        for ln in les_wrap(pdf, raw, width, size):
            page.add(x, y, size, False, ln)
            y += lh
        if y > 268:
            raise ValueError(f"Lessebo page overflow at {raw[:40]!r}")
    # Header first (the OCR engine reads top to bottom), footer last; the initials in the footer
    # boxes are scribbles that the OCR engine reads as stray marks.
    for n, page in enumerate(pages, start=1):
        head = LesseboPage()
        for hx, dy, hs, hb, ht in LES_HEAD:
            ht = ht.replace("{page}", str(n))
            if n > 1:
                ht = ht.replace("{Kommunfullmäktige|Kornmunfullmäktige}", "Kommunfullmäktige")
            head.add(hx, 14 + dy, hs, hb, ht)
        page.lines[:0] = head.lines
        page.add(22, 276, 8, False, "Justerandes sign")
        page.add(30, 281, 8, False, "{|,/}")
        page.add(48, 281, 8, False, "{|'}")
        page.add(150, 276, 8, False, "Utdragsbestyrkande")
        page.scribbles += [(26, 281, 14, 6, 10 + n), (44, 281, 14, 6, 20 + n), (154, 281, 16, 6, 30 + n)]
    return pages


def les_scribble(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float, int], px: float) -> None:
    x, y, w, h, seed = box
    rnd = random.Random(seed)
    pts = []
    steps = 28
    for i in range(steps):
        t = i / (steps - 1)
        pts.append(((x + w * t) * px, (y + h * (0.5 + 0.45 * rnd.uniform(-1, 1) * (1 if i % 2 else -1))) * px))
    draw.line(pts, fill=40, width=3, joint="curve")


def les_image(page: LesseboPage, number: int) -> bytes:
    px = LES_DPI / 25.4
    w, h = round(210 * px), round(297 * px)
    img = Image.new("L", (w, h), 246)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[float, bool], ImageFont.FreeTypeFont] = {}
    for x, y, size, bold, clean, _ in page.lines:
        key = (size, bold)
        if key not in fonts:
            path = FONT_DIR / ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")
            fonts[key] = ImageFont.truetype(str(path), round(size * LES_DPI / 72))
        draw.text((x * px, (y + 0.6) * px), clean, fill=28, font=fonts[key])
    # Rules of the printed template.
    draw.line([(20 * px, 31 * px), (190 * px, 31 * px)], fill=60, width=2)
    draw.line([(20 * px, 274.5 * px), (190 * px, 274.5 * px)], fill=60, width=2)
    for sc in page.scribbles:
        les_scribble(draw, sc, px)
    # Scanner noise: specks and a grey edge, drawn with a seeded generator.
    rnd = random.Random(1170 + number)
    for _ in range(900):
        cx, cy = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((1, 1, 1, 2))
        draw.ellipse([cx, cy, cx + r, cy + r], fill=rnd.randrange(90, 200))
    draw.rectangle([0, 0, 6, h], fill=170)
    img = img.rotate(0.35 + 0.1 * number, resample=Image.Resampling.BICUBIC, fillcolor=246)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=55, optimize=False, progressive=False)
    return buf.getvalue()


def make_lessebo() -> None:
    pdf = FPDF(format="A4")
    setup(
        pdf,
        title="KF 2024-02-26 § 12-13 utdrag",
        author="scanner",
        creator="Canon iR-ADV C5840 (OCR)",
        producer="Canon iR-ADV C5840 PDF / OCR text layer",
        created=fixed(2024, 3, 4, 10, 17),
    )
    pages = les_layout(pdf)
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.image(io.BytesIO(les_image(page, n)), x=0, y=0, w=210, h=297)
        pdf.text_mode = TextMode.INVISIBLE
        for x, y, size, bold, _, ocr in page.lines:
            pdf.set_font("R", "B" if bold else "", size)
            pdf.set_xy(x, y)
            pdf.cell(pdf.get_string_width(ocr) + 1, 5, ocr)
        pdf.text_mode = TextMode.FILL
    pdf.output(str(DOCS / "lessebo-kf-2024-02-26-protokollsutdrag.pdf"))


# ==============================================================================================
# 5. Ockelbo kommun, Kommunstyrelsen 2025-06-10 – extract §§ 86–87 with letter-spaced headings,
#    a rotated margin text on every page and a landscape voting list (page 3).

OCK_META: list[tuple[str, str]] = [
    ("Sammanträdesdatum", "2025-06-10"),
    ("Plats och tid", "Kommunhuset, Ockelbo, sammanträdesrum Vi, kl. 09.00–12.20"),
    ("Ordförande", "Emil Berglund (S)"),
    ("Justerare", "Hans Sundqvist (C)"),
    ("Sekreterare", "Camilla Frost"),
    ("Paragrafer", "86–87"),
]

# "P|nr|dnr|title", "#sub-heading", "–text" dash item, "" gap, "!sign" certification, else text.
OCK_BODY = """\
P|86|KS 2025/112|Yttrande över remiss – Länsplan för regional transportinfrastruktur i Gävleborgs län 2026–2037
#Beslut
1. Kommunstyrelsen antar förslaget till yttrande och överlämnar det till Region Gävleborg.
2. Paragrafen förklaras omedelbart justerad.
#Bakgrund
Region Gävleborg har 2025-04-02 skickat förslaget till länsplan på remiss med svar senast 2025-06-13 (regionens dnr RS 2025/0431). Planen fördelar 1 380 mnkr till regionala vägar, kollektivtrafik och cykel. För Ockelbo är de viktigaste objekten trafiksäkerhetsåtgärder på väg 272 mellan Ockelbo och Gävle och en pendlarparkering vid Ockelbo station. Trafikverket ansvarar för genomförandet. I yttrandet föreslår kommunen att en cykelväg mellan Ockelbo och Jädraås prioriteras. Gävle kommun och Sandvikens kommun lämnar egna yttranden. Paragrafen justeras omedelbart för att svaret ska hinna fram i tid.
#Underlag
Tjänsteutlåtande, samhällsbyggnadschef Jonas Vikman, 2025-05-26
Förslag till yttrande, 2025-05-23
Remiss från Region Gävleborg, 2025-04-02
#Yrkande
Emil Berglund (S): Bifall till förslaget till yttrande.
#Propositionsordning
Ordföranden frågar om kommunstyrelsen bifaller förslaget och finner att så sker.
#Protokollsanteckning
Moa Lindgren (V) lämnar följande protokollsanteckning: ”Vänsterpartiet vill att tätare tågtrafik på Norra stambanan prioriteras före nya vägobjekt.”
#Expedieras till
Region Gävleborg
P|87|KS 2025/087|Driftsavtal med Stiftelsen Wij Trädgårdar 2026–2028
#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
–att godkänna driftsavtalet mellan Ockelbo kommun och Stiftelsen Wij Trädgårdar för åren 2026–2028,
–att driftbidraget om 1,2 mnkr per år finansieras inom kommunstyrelsens budgetram.
#Bakgrund
Stiftelsen Wij Trädgårdar driver trädgårdarna, caféet och trädgårdsutbildningen vid Wij säteri. Ockelbo kommun har lämnat driftbidrag sedan 2016. Gällande avtal beslutades av kommunfullmäktige 2022-09-26, § 48, och löper ut 2025-12-31. Stiftelsen har i en skrivelse 2025-04-30 begärt ett oförändrat bidrag. Region Gävleborg lämnar ett separat verksamhetsbidrag och är inte part i avtalet. Kultur- och fritidschef Åsa Ring föredrar ärendet.
#Underlag
Tjänsteutlåtande, kultur- och fritidschef Åsa Ring, 2025-05-21
Förslag till driftsavtal, 2025-05-12
Skrivelse från Stiftelsen Wij Trädgårdar, 2025-04-30
#Yrkanden
Emil Berglund (S): Bifall till förslaget.
Karin Wahlström (M): Bifall till förslaget.
Niklas Hedin (SD): Avslag.
#Propositionsordning
Ordföranden ställer förslaget mot avslagsyrkandet och finner att kommunstyrelsen bifaller förslaget. Votering begärs. Kommunstyrelsen godkänner följande propositionsordning: ja-röst för bifall till förslaget, nej-röst för avslag.
#Votering
Omröstningen utfaller med 8 ja-röster mot 3 nej-röster. Ingen avstår. Se voteringslistan på sidan 3.
#Reservation
Ledamöterna i Sverigedemokraterna, Niklas Hedin, Tove Ljung och Rickard Söder, reserverar sig mot beslutet.
#Expedieras till
Kommunfullmäktige
Stiftelsen Wij Trädgårdar
!sign
"""

OCK_VOTES: list[tuple[str, str, str]] = [
    ("Emil Berglund, ordförande", "S", "ja"),
    ("Ulrika Norberg", "S", "ja"),
    ("Bengt Ohlsson", "S", "ja"),
    ("Lena Strand", "S", "ja"),
    ("Hans Sundqvist", "C", "ja"),
    ("Moa Lindgren", "V", "ja"),
    ("Karin Wahlström", "M", "ja"),
    ("Sara Engström, tjg för Per Hallin", "M", "ja"),
    ("Niklas Hedin", "SD", "nej"),
    ("Tove Ljung", "SD", "nej"),
    ("Rickard Söder", "SD", "nej"),
]


def spaced(text: str) -> str:
    """Letter-spaced heading as some templates type it: a space between letters, three between words."""
    return "   ".join(" ".join(word) for word in text.split(" "))


class OckelboPDF(FPDF):
    def header(self) -> None:
        # Margin text rotated 90 degrees, written first on every page.
        self.set_font("R", "", 7)
        text = (
            f"Ockelbo kommun  •  Kommunstyrelsen  •  Protokollsutdrag 2025-06-10  •  "
            f"Justerat 2025-06-12  •  Sida {self.page_no()} av 3"
        )
        base_y = self.h - 25
        with self.rotation(90, 9, base_y):
            self.text(9, base_y, text)
        if self.page_no() > 1 and self.w < self.h:
            self.set_font("R", "", 8)
            put(self, 25, 10, spaced("OCKELBO KOMMUN"))
            put(self, 140, 10, "Protokollsutdrag 2025-06-10", w=50, align="R")
            self.set_line_width(0.2)
            self.line(25, 15.5, 190, 15.5)

    def footer(self) -> None:
        if self.w > self.h:
            return
        self.set_font("R", "", 7.5)
        self.set_line_width(0.2)
        put(self, 25, 280, "Justerandes signatur")
        self.line(55, 284, 95, 284)
        put(self, 130, 280, "Utdragsbestyrkande")
        self.line(157, 284, 190, 284)


def make_ockelbo() -> None:
    pdf = OckelboPDF(format="A4")
    setup(
        pdf,
        title="Protokollsutdrag KS 2025-06-10 §§ 86-87",
        author="Camilla Frost",
        creator="Protokollsmall Ockelbo kommun",
        producer="Microsoft: Print To PDF",
        created=fixed(2025, 6, 13, 8, 45),
    )
    pdf.add_page()
    pdf.set_font("R", "B", 15)
    put(pdf, 25, 16, spaced("PROTOKOLLSUTDRAG"), w=165, h=8, align="C")
    pdf.set_font("R", "", 11)
    put(pdf, 25, 25, spaced("Kommunstyrelsen"), w=165, h=6, align="C")
    pdf.set_line_width(0.5)
    pdf.line(25, 33, 190, 33)
    y = 37.0
    for lab, val in OCK_META:
        pdf.set_font("R", "B", 9.5)
        put(pdf, 25, y, lab, w=43, h=4.8)
        pdf.set_font("R", "", 9.5)
        put(pdf, 70, y, val, w=120, h=4.8)
        y += 5
    pdf.set_font("R", "I", 9)
    put(
        pdf,
        25,
        y + 1,
        "Protokollet justerades 2025-06-12 och anslogs på kommunens digitala anslagstavla 2025-06-13.",
        w=165,
        h=4.8,
    )
    pdf.set_line_width(0.2)
    pdf.line(25, y + 8, 190, y + 8)
    y += 12

    x, width, lh, bottom = 25.0, 165.0, 4.8, 273.0

    def need(h: float) -> None:
        nonlocal y
        if y + h > bottom:
            pdf.add_page()
            y = 20.0

    for raw in OCK_BODY.splitlines():
        if raw.startswith("P|"):
            _, num, dnr, title = raw.split("|")
            need(30)
            y += 3
            pdf.set_font("R", "B", 12)
            put(pdf, x, y, f"§ {num}", h=6)
            pdf.set_font("R", "", 9)
            put(pdf, 130, y + 0.5, f"Dnr: {dnr}", w=60, h=5, align="R")
            y += 7
            pdf.set_font("R", "B", 11)
            for tl in wrap(pdf, title, width):
                put(pdf, x, y, tl, w=width, h=5.5)
                y += 5.5
            y += 2
            continue
        if raw.startswith("#"):
            need(2 + 3 * lh)
            y += 1.5
            pdf.set_font("R", "B", 10)
            put(pdf, x, y, raw[1:], w=width, h=lh)
            y += lh + 0.3
            continue
        if raw == "!sign":
            need(30)
            y += 6
            pdf.set_font("R", "", 9.5)
            put(pdf, x, y, "Rätt utdraget betygar", w=width, h=lh)
            pdf.line(x, y + 13, x + 60, y + 13)
            put(pdf, x, y + 14, "Camilla Frost, kommunsekreterare, 2025-06-13", w=width, h=lh)
            y += 20
            continue
        pdf.set_font("R", "", 10)
        if raw.startswith("–"):
            for i, ln in enumerate(wrap(pdf, raw[1:], width - 6)):
                need(lh)
                if i == 0:
                    put(pdf, x, y, "–")
                put(pdf, x + 6, y, ln, w=width - 6, h=lh)
                y += lh
            continue
        for ln in wrap(pdf, raw, width):
            need(lh)
            put(pdf, x, y, ln, w=width, h=lh)
            y += lh

    # Page 3: the voting list on a landscape page.
    pdf.add_page(orientation="L")
    pdf.set_font("R", "B", 14)
    put(pdf, 25, 14, spaced("VOTERINGSLISTA"), w=250, h=7)
    pdf.set_font("R", "", 10)
    put(
        pdf,
        25,
        23,
        "Bilaga till Kommunstyrelsens protokoll 2025-06-10, § 87 – Driftsavtal med Stiftelsen Wij Trädgårdar 2026–2028",
        w=250,
        h=5,
    )
    put(pdf, 25, 28.5, "Ja-röst för bifall till förslaget, nej-röst för avslag.", w=250, h=5)
    cols = [(25, 95, "Namn"), (120, 25, "Parti"), (145, 25, "Ja"), (170, 25, "Nej"), (195, 25, "Avstår")]
    y = 37.0
    pdf.set_line_width(0.2)
    pdf.set_font("R", "B", 10)
    for cx, cw, head in cols:
        pdf.rect(cx, y, cw, 7)
        put(pdf, cx + 1.5, y + 1, head, w=cw - 3, h=5)
    y += 7
    pdf.set_font("R", "", 10)
    for name, party, vote in OCK_VOTES:
        cells = [name, party, "X" if vote == "ja" else "", "X" if vote == "nej" else "", ""]
        for (cx, cw, _), val in zip(cols, cells, strict=True):
            pdf.rect(cx, y, cw, 6.5)
            if val:
                put(pdf, cx + 1.5, y + 0.8, val, w=cw - 3, h=5, align="L" if cx < 140 else "C")
        y += 6.5
    pdf.set_font("R", "B", 10)
    for (cx, cw, _), val in zip(cols, ["Summa", "", "8", "3", "0"], strict=True):
        pdf.rect(cx, y, cw, 7)
        if val:
            put(pdf, cx + 1.5, y + 1, val, w=cw - 3, h=5, align="L" if cx < 140 else "C")
    pdf.output(str(DOCS / "ockelbo-ks-2025-06-10-protokollsutdrag.pdf"))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_vadstena()
    make_sunne()
    make_nordmaling()
    make_lessebo()
    make_ockelbo()
