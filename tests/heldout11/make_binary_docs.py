"""Generate the binary documents of tests/heldout11/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout11/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout11/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _fonts(pdf: FPDF) -> None:
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


def _meta(pdf: FPDF, when: dt.datetime, title: str, author: str) -> None:
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("heldout11")
    pdf.set_producer("heldout11")


# ---------------------------------------------------------------------------------------------
# PDF 1: Karlshamns kommun, kommunstyrelsen 2024-04-09, full protocol (§§ 61-64).
# Case-management-system layout: a boxed header on every page, a footer with signature boxes and
# a print stamp; "Beslutande ledamöter" / "Närvarande ersättare" as two text columns; every § has
# the § number and Dnr on one line and the agenda number in front of the title ("3. Yttrande …");
# § 62 has the decision before the Ärendebeskrivning; explicit line-end hyphenation (also inside
# two names); § 63 a roll call drawn as two side-by-side tables without totals.


class KarlshamnPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(62, 6, "Karlshamns kommun", border="LT")
        self.cell(68, 6, "SAMMANTRÄDESPROTOKOLL", border="T")
        self.set_font("F", "", 8)
        self.cell(50, 6, "Sammanträdesdatum", border="TR")
        self.set_xy(15, 16)
        self.set_font("F", "", 9)
        self.cell(62, 6, "", border="LB")
        self.cell(68, 6, "Kommunstyrelsen", border="B")
        self.cell(50, 6, f"2024-04-09     Sida {self.page_no()}({{nb}})", border="RB")
        self.set_xy(15, 28)

    def footer(self) -> None:
        self.set_y(-24)
        self.set_font("F", "", 7)
        self.set_x(15)
        self.cell(30, 8, "Justerandes sign", border=1)
        self.cell(25, 8, "", border=1)
        self.cell(25, 8, "", border=1)
        self.cell(45, 8, "")
        self.cell(30, 8, "Utdragsbestyrkande", border=1)
        self.cell(25, 8, "", border=1)
        self.set_xy(15, self.get_y() + 10)
        self.set_font("F", "I", 6)
        self.cell(180, 4, "Protokollet har upprättats i ärendehanteringssystemet. "
                          "Utskriftsdatum: 2024-04-16 09:41")


def _kh_text(pdf: FPDF, text: str, *, bold: bool = False, x: float = 35, w: float = 160,
             gap: float = 1.5) -> None:
    pdf.set_font("F", "B" if bold else "", 10)
    pdf.set_x(x)
    pdf.multi_cell(w, 5, text)
    pdf.ln(gap)


def _kh_par(pdf: FPDF, num: str, dnr: str, title: str) -> None:
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("F", "B", 11)
    pdf.set_xy(15, y)
    pdf.cell(40, 6, num)
    pdf.set_font("F", "", 9)
    pdf.set_xy(135, y)
    pdf.cell(60, 6, dnr, align="R")
    pdf.set_xy(15, y + 7)
    pdf.set_font("F", "B", 11)
    pdf.multi_cell(180, 6, title)
    pdf.ln(2)


def make_karlshamn() -> None:
    pdf = KarlshamnPDF(format="A4")
    _fonts(pdf)
    _meta(pdf, dt.datetime(2024, 4, 16, 9, 41, 0, tzinfo=dt.UTC),
          "Kommunstyrelsen 2024-04-09 protokoll", "Karlshamns kommun")
    pdf.set_auto_page_break(True, margin=30)
    pdf.set_margins(15, 28, 15)
    pdf.add_page()

    def label(lbl: str, value: str) -> None:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.cell(45, 5, lbl)
        pdf.set_font("F", "", 10)
        pdf.set_xy(62, y)
        pdf.multi_cell(133, 5, value)
        pdf.ln(2)

    label("Plats och tid", "Rådhuset, stora sammanträdesrummet, kl. 08.30–11.45")

    left = [
        "Per-Anders Lundin (M), ordförande",
        "Karin Sjögren (S), 1:e vice ordförande",
        "Tommy Vennberg (SD), 2:e vice ordförande",
        "Elisabeth Lindqvist (M)",
        "Jörgen Fält (S)",
        "Maria Åkesson (S)",
        "Ulf Bengtsson (SD)",
        "Helene Mårtensson (KD)",
        "Anders Pettersson (L)",
        "Sofia Ryd (C)",
        "Lars-Erik Holm (V)",
        "Jenny Kron (SD)",
        "Ronny Ek (S) tjg för Eva Strand (S)",
    ]
    right = [
        "Lina Holst (S)",
        "Ove Dahl (M)",
        "Kristian Ljung (SD)",
        "Britt Wahlberg (MP)",
        "Nils Ekstrand (C)",
    ]
    y = pdf.get_y() + 1
    pdf.set_font("F", "B", 10)
    pdf.set_xy(15, y)
    pdf.cell(95, 5, "Beslutande ledamöter")
    pdf.set_xy(115, y)
    pdf.cell(80, 5, "Närvarande ersättare")
    pdf.set_font("F", "", 10)
    for i, name in enumerate(left):
        y += 5
        pdf.set_xy(15, y)
        pdf.cell(95, 5, name)
        if i < len(right):
            pdf.set_xy(115, y)
            pdf.cell(80, 5, right[i])
    pdf.set_xy(15, y + 9)

    label("Övriga närvarande", "Anna Tholin, kommundirektör\nMikael Bro, kanslichef\n"
                               "Emma Sand, nämndsekreterare\nLars Fridh, stadsarkitekt, § 63")
    label("Utses att justera", "Karin Sjögren (S) med Anders Pettersson (L) som ersättare")
    label("Justeringens plats och tid", "Rådhuset, 2024-04-15")
    label("Dagordning", "Godkänd med ändringen att ärende 5, Försäljning av del av fastigheten "
                        "Vägga 2:5, utgår.")
    label("Underskrifter", "Sekreterare  ……………………………………    Paragrafer 61–64\n"
                           "                      Emma Sand\n"
                           "Ordförande   ……………………………………\n"
                           "                      Per-Anders Lundin\n"
                           "Justerande    ……………………………………\n"
                           "                      Karin Sjögren")
    pdf.ln(2)
    pdf.set_font("F", "B", 10)
    pdf.set_x(15)
    pdf.cell(180, 6, "ANSLAG/BEVIS", border="LTR", align="C")
    pdf.ln(6)
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.multi_cell(180, 5,
                   "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                   "Organ: Kommunstyrelsen     Sammanträdesdatum: 2024-04-09\n"
                   "Datum då anslaget sätts upp: 2024-04-16     Datum då anslaget tas ned: 2024-05-08\n"
                   "Förvaringsplats för protokollet: Kommunledningsförvaltningen",
                   border="LBR")

    pdf.add_page()
    # § 61 -----------------------------------------------------------------------------------
    _kh_par(pdf, "§ 61", "", "1. Val av justerare")
    _kh_text(pdf, "Beslut", bold=True)
    _kh_text(pdf, "Kommunstyrelsen utser Karin Sjögren (S) att jämte ordföranden justera dagens "
                  "protokoll. Justeringen sker i Rådhuset 2024-04-15.")

    # § 62 (decision first) ------------------------------------------------------------------
    _kh_par(pdf, "§ 62", "Dnr KS 2024/000233",
            "3. Yttrande över remiss – Regional cykelstrategi för Blekinge 2024–2030")
    _kh_text(pdf, "Kommunstyrelsens beslut", bold=True)
    _kh_text(pdf, "1. Samhällsbyggnadsförvaltningens förslag till yttrande antas som Karlshamns "
                  "kommuns svar till Region Blekinge.", gap=0)
    _kh_text(pdf, "2. Paragrafen förklaras omedelbart justerad.")
    _kh_text(pdf, "Ärendebeskrivning", bold=True)
    _kh_text(pdf, "Region Blekinge har 2024-02-02 skickat förslag till regional cykelstrategi för "
                  "Blekinge 2024–2030 på remiss till länets kommuner (Region Blekinges dnr "
                  "23RB1187). Svar ska ha inkommit senast 2024-04-30. Strategin pekar ut ett "
                  "regionalt cykelvägnät längs bland annat väg 29 och kuststråket mellan "
                  "Karlshamn och Ronneby. Samhällsbyggnads-\n"
                  "förvaltningen har tagit fram ett förslag till yttrande som i huvudsak ställer "
                  "sig positivt till strategin men efterfrågar en tydligare finansierings-\n"
                  "plan för de kommunala delarna av nätet.")
    _kh_text(pdf, "Beslutsunderlag", bold=True)
    _kh_text(pdf, "Tjänsteskrivelse från samhällsbyggnadsförvaltningen, 2024-03-20\n"
                  "Förslag till yttrande, 2024-03-19\n"
                  "Kommunstyrelsens arbetsutskott 2024-03-26, § 48")
    _kh_text(pdf, "Yrkanden", bold=True)
    _kh_text(pdf, "Per-Anders Lundin (M) yrkar bifall till arbetsutskottets förslag.\n"
                  "Jörgen Fält (S) yrkar bifall till arbetsutskottets förslag med tillägget att "
                  "yttrandet ska framhålla behovet av en cykelled mellan Karlshamn och Mörrum.")
    _kh_text(pdf, "Beslutsgång", bold=True)
    _kh_text(pdf, "Ordföranden ställer proposition på arbetsutskottets förslag och finner att "
                  "kommunstyrelsen bifaller det. Ordföranden ställer därefter proposition på "
                  "Jörgen Fälts tilläggsyrkande och finner att kommunstyrelsen avslår det.")
    _kh_text(pdf, "Protokollsanteckning", bold=True)
    _kh_text(pdf, "Sofia Ryd (C) antecknar till protokollet att Centerpartiet vill att "
                  "landsbygdens cykelvägar prioriteras i den kommande cykelplanen.")
    _kh_text(pdf, "Beslutet skickas till", bold=True)
    _kh_text(pdf, "Region Blekinge\nSamhällsbyggnadsförvaltningen")

    # § 63 (roll call) -----------------------------------------------------------------------
    _kh_par(pdf, "§ 63", "Dnr KS 2023/000198",
            "4. Detaljplan för Vägga 1:14 och del av Vägga 1:2 – antagande")
    _kh_text(pdf, "Ärendebeskrivning", bold=True)
    _kh_text(pdf, "Detaljplanen möjliggör cirka 120 nya bostäder och en förskola i Vägga. AB "
                  "Karlshamnsbostäder avser att uppföra huvuddelen av bostäderna. Planen har "
                  "varit utställd för granskning 2024-01-15–2024-02-05. Länsstyrelsen i Blekinge "
                  "län har i sitt granskningsyttrande 2024-02-02 inte haft några invändningar "
                  "enligt 5 kap. 22 § plan- och bygglagen (2010:900). Granskningsutlåtandet är "
                  "daterat 2024-02-28.")
    _kh_text(pdf, "Beslutsunderlag", bold=True)
    _kh_text(pdf, "Tjänsteskrivelse från samhällsbyggnadsförvaltningen, 2024-03-18\n"
                  "Granskningsutlåtande, 2024-02-28\n"
                  "Plankarta med bestämmelser och planbeskrivning, 2024-03-01")
    _kh_text(pdf, "Yrkanden", bold=True)
    _kh_text(pdf, "Elisabeth Lind-\n"
                  "qvist (M) yrkar bifall till arbetsutskottets förslag. Anders Petters-\n"
                  "son (L) instämmer i Elisabeth Lindqvists yrkande.\n"
                  "Jörgen Fält (S) yrkar avslag på förslaget.")
    _kh_text(pdf, "Beslutsgång", bold=True)
    _kh_text(pdf, "Ordföranden ställer proposition på bifall mot avslag och finner att "
                  "kommunstyrelsen bifaller arbetsutskottets förslag. Votering begärs och "
                  "verkställs. Kommunstyrelsen godkänner följande propositionsordning: ja-röst "
                  "för bifall till arbetsutskottets förslag, nej-röst för bifall till Jörgen "
                  "Fälts avslagsyrkande. Omröstningen redovisas i voteringslistan.")
    votes_left = [
        ("Per-Anders Lundin (M)", "X", "", ""),
        ("Karin Sjögren (S)", "", "X", ""),
        ("Tommy Vennberg (SD)", "X", "", ""),
        ("Elisabeth Lindqvist (M)", "X", "", ""),
        ("Jörgen Fält (S)", "", "X", ""),
        ("Maria Åkesson (S)", "", "X", ""),
        ("Ulf Bengtsson (SD)", "X", "", ""),
    ]
    votes_right = [
        ("Helene Mårtensson (KD)", "X", "", ""),
        ("Anders Pettersson (L)", "X", "", ""),
        ("Sofia Ryd (C)", "X", "", ""),
        ("Lars-Erik Holm (V)", "", "", "X"),
        ("Jenny Kron (SD)", "X", "", ""),
        ("Ronny Ek (S), tjg", "", "X", ""),
    ]
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.set_font("F", "B", 9)
    pdf.set_x(35)
    pdf.cell(160, 6, "Voteringslista § 63")
    pdf.ln(6)
    y = pdf.get_y()
    widths = (46, 11, 11, 12)
    for x0 in (35, 117):
        pdf.set_xy(x0, y)
        for w, h in zip(widths, ("Ledamot", "Ja", "Nej", "Avstår"), strict=False):
            pdf.cell(w, 5, h, border=1, align="C" if h != "Ledamot" else "L")
    pdf.set_font("F", "", 8)
    for i in range(len(votes_left)):
        y += 5
        for x0, rows in ((35, votes_left), (117, votes_right)):
            if i >= len(rows):
                continue
            pdf.set_xy(x0, y)
            for j, (w, v) in enumerate(zip(widths, rows[i], strict=False)):
                pdf.cell(w, 5, v, border=1, align="L" if j == 0 else "C")
    pdf.set_xy(15, y + 8)
    _kh_text(pdf, "Kommunstyrelsen har därmed bifallit arbetsutskottets förslag.")
    _kh_text(pdf, "Kommunstyrelsens beslut", bold=True)
    _kh_text(pdf, "Kommunstyrelsen föreslår kommunfullmäktige besluta", gap=0)
    _kh_text(pdf, "1. Detaljplan för Vägga 1:14 och del av Vägga 1:2 antas.")
    _kh_text(pdf, "Kommunstyrelsen beslutar för egen del", gap=0)
    _kh_text(pdf, "2. Samhällsbyggnadsförvaltningen får i uppdrag att påbörja projekteringen av "
                  "allmän platsmark inom planområdet.")
    _kh_text(pdf, "Reservation", bold=True)
    _kh_text(pdf, "Jörgen Fält (S), Karin Sjögren (S), Maria Åkesson (S) och Ronny Ek (S) "
                  "reserverar sig mot beslutet till förmån för Jörgen Fälts yrkande.")
    _kh_text(pdf, "Särskilt yttrande", bold=True)
    _kh_text(pdf, "Lars-Erik Holm (V) lämnar följande särskilda yttrande: ”Vänsterpartiet "
                  "välkomnar nya bostäder i Vägga men anser att minst hälften av lägenheterna "
                  "ska ha hyresrätt med rimliga hyror.”\n"
                  "Ersättaren Britt Wahlberg (MP) instämmer i Lars-Erik Holms särskilda yttrande.")
    _kh_text(pdf, "Beslutet skickas till", bold=True)
    _kh_text(pdf, "Kommunfullmäktige\nSamhällsbyggnadsförvaltningen")

    # § 64 -----------------------------------------------------------------------------------
    _kh_par(pdf, "§ 64", "Dnr KS 2024/000301",
            "6. Samverkansavtal om gemensam överförmyndarverksamhet i Västra Blekinge")
    _kh_text(pdf, "Ärendebeskrivning", bold=True)
    _kh_text(pdf, "Karlshamns kommun, Olofströms kommun och Sölvesborgs kommun har sedan 2015 "
                  "samverkat om överförmyndarverksamheten. Ett nytt samverkansavtal mellan "
                  "Karlshamns kommun, Olofströms kommun och Sölvesborgs kommun har tagits fram "
                  "(Sölvesborgs kommuns dnr 2024/KS0098). Avtalet gäller 2024-07-01–2027-06-30 "
                  "och kostnaderna fördelas efter antalet ärenden per kommun.")
    _kh_text(pdf, "Beslutsunderlag", bold=True)
    _kh_text(pdf, "Tjänsteskrivelse från kommunledningsförvaltningen, 2024-03-15\n"
                  "Förslag till samverkansavtal")
    _kh_text(pdf, "Yrkanden", bold=True)
    _kh_text(pdf, "Helene Mårtensson (KD) yrkar bifall till förvaltningens förslag.")
    _kh_text(pdf, "Kommunstyrelsens beslut", bold=True)
    _kh_text(pdf, "1. Samverkansavtalet godkänns.", gap=0)
    _kh_text(pdf, "2. Ordföranden och kommundirektören får i uppdrag att underteckna avtalet.")
    _kh_text(pdf, "Beslutet skickas till", bold=True)
    _kh_text(pdf, "Olofströms kommun\nSölvesborgs kommun\nKommunledningsförvaltningen")

    pdf.output(str(DOCS / "karlshamn-ks-2024-04-09-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# PDF 2: Region Kronoberg, regionstyrelsen 2024-06-11, protokollsutdrag (1 §).
# Web-reader export: header band with issuer/PROTOKOLLSUTDRAG, footer with print stamp; the agenda
# number "Ärende 5" and "§ 112" stacked in the left margin, the title beside "Ärende 5" (so the
# title is extracted before the § number); an återremiss roll call as a table with one column per
# vote (names in the Ja / Nej / Avstår columns), no totals.


class KronobergPDF(FPDF):
    def header(self) -> None:
        self.set_fill_color(225, 232, 240)
        self.rect(15, 10, 180, 16, style="F")
        self.set_font("F", "B", 13)
        self.set_xy(18, 11)
        self.cell(100, 7, "Region Kronoberg")
        self.set_font("F", "B", 10)
        self.set_xy(120, 11)
        self.cell(72, 7, "PROTOKOLLSUTDRAG", align="R")
        self.set_font("F", "", 9)
        self.set_xy(18, 18)
        self.cell(100, 6, "Regionstyrelsen")
        self.set_xy(120, 18)
        self.cell(72, 6, "Sammanträdesdatum: 2024-06-11", align="R")
        self.set_xy(15, 32)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 7)
        self.set_x(15)
        self.cell(90, 4, "Justerandes signatur: ………………        Utdragsbestyrkande: ………………")
        self.cell(90, 4, f"Utskrift från mötessystemet 2024-06-19 · Sida {self.page_no()} av {{nb}}",
                  align="R")


def make_kronoberg() -> None:
    pdf = KronobergPDF(format="A4")
    _fonts(pdf)
    _meta(pdf, dt.datetime(2024, 6, 19, 7, 30, 0, tzinfo=dt.UTC),
          "Protokollsutdrag RS 2024-06-11 § 112", "Region Kronoberg")
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_margins(15, 32, 15)
    pdf.add_page()

    def body(text: str, *, bold: bool = False, gap: float = 1.5) -> None:
        pdf.set_font("F", "B" if bold else "", 10)
        pdf.set_x(50)
        pdf.multi_cell(145, 5, text)
        pdf.ln(gap)

    pdf.set_font("F", "", 9)
    pdf.set_x(50)
    pdf.multi_cell(145, 5, "Justerare: Lars Holmgren (C)\nJustering: 2024-06-14")
    pdf.ln(4)

    title = "Yttrande över remiss – Förslag till nationell plan för ambulanssjukvård"
    y = pdf.get_y()
    pdf.set_font("F", "", 9)
    pdf.set_xy(15, y)
    pdf.cell(32, 6, "Ärende 5")
    pdf.set_font("F", "B", 10)
    assert pdf.get_string_width(title) < 144, pdf.get_string_width(title)
    pdf.set_xy(50, y)
    pdf.cell(145, 6, title)
    pdf.set_font("F", "B", 12)
    pdf.set_xy(15, y + 6)
    pdf.cell(32, 7, "§ 112")
    pdf.set_font("F", "", 9)
    pdf.set_xy(50, y + 6)
    pdf.cell(145, 7, "Diarienummer 24RGK0873")
    pdf.set_xy(15, y + 16)

    body("Ärendebeskrivning", bold=True)
    body("Socialdepartementet har skickat promemorian Förslag till nationell plan för "
         "ambulanssjukvård på remiss till bland andra Region Kronoberg (Socialdepartementets dnr "
         "S2024/00873). Svar ska lämnas senast 2024-06-28. Regionledningskontoret har utarbetat "
         "ett förslag till yttrande i samråd med Region Kalmar län. Förslaget innebär bland annat "
         "nya krav på responstider enligt 2 kap. 5 § i den föreslagna föreskriften.")
    body("Beslutsunderlag", bold=True)
    body("Tjänsteskrivelse från regionledningskontoret, 2024-05-21\n"
         "Förslag till yttrande, 2024-05-20\n"
         "Regionstyrelsens arbetsutskott 2024-05-28, § 84")
    body("Yrkanden", bold=True)
    body("Ordföranden Christina Vall (M) yrkar bifall till arbetsutskottets förslag.\n"
         "Mona Ekberg (S) yrkar att ärendet återremitteras för att yttrandet ska kompletteras "
         "med en analys av ambulansstationen i Markaryd. Jan Sundqvist (S) instämmer i Mona "
         "Ekbergs yrkande.")
    body("Beslutsgång", bold=True)
    body("Ordföranden frågar först om ärendet ska avgöras i dag och finner att så ska ske. "
         "Votering begärs. Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att "
         "ärendet ska återremitteras röstar nej. Omröstningen utfaller enligt nedan.")

    ja = ["Christina Vall (M)", "Stefan Ek (KD)", "Marie Lund (M)", "Ola Bergkvist (C)",
          "Lars Holmgren (C)", "Åsa Nyqvist (L)", "Kent Sund (SD)", "Irene Möller (SD)",
          "Fredrik Alm (M)"]
    nej = ["Mona Ekberg (S)", "Jan Sundqvist (S)", "Leila Rahimi (S)", "Per-Ola Hagström (S)",
           "Ann Björk (MP)"]
    avst = ["Jonas Lind (V)"]
    y = pdf.get_y()
    pdf.set_font("F", "B", 9)
    for x0, h in ((50, "Ja"), (98, "Nej"), (146, "Avstår")):
        pdf.set_xy(x0, y)
        pdf.cell(48, 5, h, border="B")
    pdf.set_font("F", "", 9)
    for i in range(len(ja)):
        y += 5
        for x0, col in ((50, ja), (98, nej), (146, avst)):
            if i < len(col):
                pdf.set_xy(x0, y)
                pdf.cell(48, 5, col[i])
    pdf.set_xy(15, y + 8)

    body("Regionstyrelsen har därmed beslutat att ärendet ska avgöras i dag. Ordföranden ställer "
         "därefter proposition på arbetsutskottets förslag och finner att regionstyrelsen "
         "bifaller det.")
    body("Beslut", bold=True)
    body("1. Regionstyrelsen antar förslaget till yttrande och överlämnar det till "
         "Socialdepartementet.", gap=0)
    body("2. Paragrafen justeras omedelbart.")
    body("Reservation", bold=True)
    body("Mona Ekberg m.fl. (S) reserverar sig mot beslutet att inte återremittera ärendet.")
    body("Särskilt yttrande", bold=True)
    body("Jonas Lind (V) lämnar följande särskilda yttrande: ”Vänsterpartiet delar "
         "bedömningen i yttrandet men saknar ett resonemang om bemanningen i glesbygd.”")
    body("Expedieras", bold=True)
    body("Socialdepartementet")
    pdf.ln(4)
    body("Underskrifter", bold=True)
    body("Ordförande       Christina Vall\n"
         "Justerare          Lars Holmgren\n"
         "Sekreterare       Hanna Sjöstedt")
    body("Utdragsbestyrkande: Hanna Sjöstedt")

    pdf.output(str(DOCS / "regionkronoberg-rs-2024-06-11-protokollsutdrag.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Kävlinge kommun, kommunstyrelsen 2024-05-06, protokollsutdrag (1 §).
# Platform header as a table in the Word header (meeting date only there); "Ärende 8" as a small
# paragraph above the Heading 2 "§ 96 …"; decision first ("Kommunstyrelsens beslut") with typed
# "1.<TAB>" numbers; roll call as three Word bullet lists of names (bullets not in the text), no
# totals; signature table Sekreterare / Ordförande / Justerare with dotted lines.

FIXED_DOCX = dt.datetime(2024, 5, 13, 10, 0, 0)


def make_kavlinge() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    htab = sec.header.add_table(rows=2, cols=3, width=Cm(16))
    for r, row in enumerate((("KÄVLINGE KOMMUN", "PROTOKOLLSUTDRAG", "Sida 1 av 2"),
                             ("Kommunstyrelsen", "Sammanträdesdatum", "2024-05-06"))):
        for c, txt in enumerate(row):
            htab.cell(r, c).text = txt
    sec.footer.paragraphs[0].text = "Justerandes sign ……………    Utdragsbestyrkande ……………"

    def p(text: str, style: str | None = None, small: bool = False) -> None:
        para = d.add_paragraph(text, style=style)
        if small:
            for run in para.runs:
                run.font.size = Pt(9)
                run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    p("Ärende 8", small=True)
    d.add_heading("§ 96 Avsiktsförklaring om persontrafik på Lommabanan etapp 2", level=2)
    p("Diarienummer: KS 2023/0544")
    d.add_heading("Kommunstyrelsens beslut", level=3)
    p("1.\tAvsiktsförklaringen om persontrafik på Lommabanan etapp 2 mellan Kävlinge kommun, "
      "Lomma kommun, Region Skåne och Trafikverket godkänns.")
    p("2.\tKommunstyrelsens ordförande får i uppdrag att underteckna avsiktsförklaringen.")
    p("3.\tParagrafen justeras omedelbart.")
    d.add_heading("Sammanfattning av ärendet", level=3)
    p("Trafikverket, Region Skåne, Lomma kommun och Kävlinge kommun har tagit fram en "
      "avsiktsförklaring om att införa persontrafik på Lommabanans andra etapp med nya stationer "
      "i Furulund och Löddeköpinge. Avsiktsförklaringen är daterad 2024-03-28 och anger att "
      "trafikstart ska ske senast i december 2027. Kävlinge kommuns andel av kostnaderna för "
      "stationerna beräknas till 68 miljoner kronor. Trafikverkets ärendenummer är "
      "TRV 2023/112876 och Region Skånes diarienummer är RS 2023-00981.")
    d.add_heading("Beslutsunderlag", level=3)
    for item in ("Tjänsteskrivelse från kommunledningskontoret, 2024-04-15",
                 "Avsiktsförklaring, daterad 2024-03-28",
                 "Kommunstyrelsens arbetsutskott 2024-04-22, § 71"):
        p(item, style="List Bullet")
    d.add_heading("Yrkanden", level=3)
    p("Ordföranden Henrik Sandell (M) yrkar bifall till arbetsutskottets förslag. Cecilia Blom "
      "(S) instämmer i ordförandens yrkande.")
    p("Daniel Frisk (SD) yrkar avslag på förslaget. Pia Nord (SD) instämmer i Daniel Frisks "
      "yrkande.")
    d.add_heading("Beslutsgång", level=3)
    p("Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen "
      "bifaller arbetsutskottets förslag. Votering begärs och verkställs. Den som bifaller "
      "arbetsutskottets förslag röstar ja. Den som bifaller Daniel Frisks avslagsyrkande röstar "
      "nej.")
    p("Följande ledamöter röstar ja:")
    for n in ("Henrik Sandell (M)", "Cecilia Blom (S)", "Ulrika Rask (M)", "Peter Holmgren (L)",
              "Emma Lindberg (C)", "Jan-Erik Ström (KD)", "Sanna Wikström (M)", "Göran Ahl (S)",
              "Lisa Hedin (S)"):
        p(n, style="List Bullet")
    p("Följande ledamöter röstar nej:")
    for n in ("Daniel Frisk (SD)", "Pia Nord (SD)", "Mikael Borg (SD)"):
        p(n, style="List Bullet")
    p("Följande ledamot avstår från att rösta:")
    p("Hanna Lövgren (V)", style="List Bullet")
    p("Kommunstyrelsen har därmed bifallit arbetsutskottets förslag.")
    d.add_heading("Reservation", level=3)
    p("Daniel Frisk (SD), Pia Nord (SD) och Mikael Borg (SD) reserverar sig mot beslutet.")
    d.add_heading("Särskilt yttrande", level=3)
    p("Hanna Lövgren (V) lämnar ett särskilt yttrande, bilaga 3.")
    d.add_heading("Beslutet skickas till", level=3)
    p("Trafikverket; Region Skåne; Lomma kommun")
    d.add_paragraph()
    stab = d.add_table(rows=3, cols=3)
    for r, (role, name) in enumerate((("Sekreterare", "Jonna Ek"),
                                      ("Ordförande", "Henrik Sandell"),
                                      ("Justerare", "Cecilia Blom"))):
        stab.cell(r, 0).text = role
        stab.cell(r, 1).text = "……………………………"
        stab.cell(r, 2).text = name
    last = d.add_paragraph("Utdragsbestyrkande: Jonna Ek, kommunsekreterare")
    last.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cp = d.core_properties
    cp.author = "Kävlinge kommun"
    cp.last_modified_by = "Kävlinge kommun"
    cp.title = "Protokollsutdrag KS § 96"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 13, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "kavlinge-ks-2024-05-06-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_karlshamn()
    make_kronoberg()
    make_kavlinge()
