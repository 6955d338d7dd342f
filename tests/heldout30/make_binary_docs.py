"""Generate the binary documents of tests/heldout30/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout30/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout30/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Mm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

LABEL_X = 15
LABEL_W = 36
TEXT_X = 53
TEXT_W = 142


class CasePdf(FPDF):
    """A4 page with a case-management header, a § box and a signature box footer."""

    def __init__(self, issuer: str, kind: str, body: str, date: str, total: int) -> None:
        super().__init__(format="A4")
        self.issuer = issuer
        self.kind = kind
        self.body = body
        self.date = date
        self.total = total
        self.par = ""
        self.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)

    def new_page(self, par: str) -> None:
        self.par = par
        self.add_page()
        self.set_font("F", "B", 11)
        self.set_xy(LABEL_X, 12)
        self.cell(80, 6, self.issuer)
        self.set_font("F", "", 9)
        self.set_xy(110, 12)
        self.cell(50, 6, self.kind)
        self.set_xy(170, 12)
        self.cell(25, 6, f"{self.page_no()} ({self.total})", align="R")
        self.set_font("F", "", 8)
        self.set_xy(110, 18)
        self.cell(40, 4, "Sammanträdesdatum")
        self.set_font("F", "", 10)
        self.set_xy(LABEL_X, 22)
        self.cell(80, 6, self.body)
        self.set_xy(110, 22)
        self.cell(40, 6, self.date)
        if par:
            self.rect(168, 20, 27, 9)
            self.set_font("F", "B", 12)
            self.set_xy(168, 21.5)
            self.cell(27, 6, par, align="C")
        self.line(LABEL_X, 31, 195, 31)
        self.set_xy(LABEL_X, 36)

    def footer(self) -> None:
        # signature boxes on every page, drawn when the page is closed
        self.rect(LABEL_X, 270, 60, 16)
        self.rect(135, 270, 60, 16)
        self.set_font("F", "", 7)
        self.set_xy(LABEL_X + 1, 271)
        self.cell(58, 3, "Justerandes signatur")
        self.set_xy(136, 271)
        self.cell(58, 3, "Utdragsbestyrkande")

    def row(self, label: str, text: str, bold: bool = False) -> None:
        y = self.get_y()
        self.set_font("F", "B", 9)
        if label and self.get_string_width(label) > LABEL_W:
            self.set_xy(LABEL_X, y)
            self.cell(LABEL_W + 30, 5, label)
            y += 5.5
        elif label:
            self.set_xy(LABEL_X, y)
            self.cell(LABEL_W, 5, label)
        self.set_xy(TEXT_X, y)
        self.set_font("F", "B" if bold else "", 10)
        self.multi_cell(TEXT_W, 5, text)
        self.ln(2.5)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        widths = [70, 20, 20, 20]
        self.set_font("F", "B", 9)
        self.set_x(TEXT_X)
        for w, h in zip(widths, header, strict=True):
            self.cell(w, 5.5, h, border=1, align="L" if w == 70 else "C")
        self.ln(5.5)
        self.set_font("F", "", 9)
        for r in rows:
            self.set_x(TEXT_X)
            if r[0] == "Summa":
                self.set_font("F", "B", 9)
            for w, c in zip(widths, r, strict=True):
                self.cell(w, 5, c, border=1, align="L" if w == 70 else "C")
            self.ln(5)
        self.ln(3)

    def sign_block(self, lines: list[tuple[str, str]]) -> None:
        for label, name in lines:
            y = self.get_y()
            self.set_font("F", "B", 9)
            self.set_xy(TEXT_X, y)
            self.cell(30, 5, label)
            self.set_font("F", "", 10)
            self.set_xy(TEXT_X + 32, y)
            self.cell(70, 5, "." * 60)
            self.set_xy(TEXT_X + 32, y + 5)
            self.cell(70, 5, name)
            self.set_y(y + 12)


def finish_pdf(pdf: FPDF, title: str, author: str, stamp: dt.datetime, name: str) -> None:
    pdf.set_creation_date(stamp)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("heldout30")
    pdf.set_producer("heldout30")
    pdf.output(str(DOCS / name))


# --------------------------------------------------------------------------------------------
# PDF 1: Svalövs kommun, kommunstyrelsen 2024-04-15, full protocol §§ 61-64.


def make_svalov() -> None:
    pdf = CasePdf("Svalövs kommun", "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen", "2024-04-15", 8)
    # page 1
    pdf.new_page("")
    pdf.row("Plats och tid", "Kommunhuset, Herrevadsgatan 8, Svalöv, måndagen den 15 april 2024 kl. 14.00–16.40")
    pdf.row("Beslutande", "Ledamöter\nMarie Ohlsson (M), ordförande\nPeter Lindqvist (S), 1:e vice ordförande\n"
            "Ulla Bengtsson (SD), 2:e vice ordförande\nHenrik Åkesson (M)\nJessica Nordin (C)\n"
            "Tomas Wernersson (L)\nKerstin Falk (S)\nOskar Lilja (S)\nBengt Ivarsson (SD)")
    pdf.row("", "Tjänstgörande ersättare\nAnneli Svensson (KD) för Roger Nyström (KD)\n"
            "Lars Gummesson (SD) för Fredrik Malm (SD)")
    pdf.row("Övriga närvarande", "Ersättare\nSofia Rydén (S), Nils Hammar (C), Emma Thulin (M)")
    pdf.row("", "Tjänstepersoner\nMagnus Edvardsson, kommundirektör\nLina Persson, kommunsekreterare\n"
            "Ahmed Rashid, ekonomichef, § 62")
    pdf.row("Utses att justera", "Peter Lindqvist (S)")
    pdf.row("Justeringens plats och tid", "Kommunhuset, fredagen den 19 april 2024")
    pdf.row("Underskrifter", "Paragrafer 61–64")
    pdf.sign_block([("Sekreterare", "Lina Persson"), ("Ordförande", "Marie Ohlsson"),
                    ("Justerande", "Peter Lindqvist")])
    pdf.set_y(pdf.get_y() + 2)
    pdf.set_font("F", "B", 9)
    pdf.set_x(LABEL_X)
    pdf.cell(180, 5, "BEVIS OM ANSLAG")
    pdf.ln(6)
    pdf.row("", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    pdf.row("Organ", "Kommunstyrelsen")
    pdf.row("Sammanträdesdatum", "2024-04-15")
    pdf.row("Anslaget sätts upp", "2024-04-22          Anslaget tas ned   2024-05-14")
    pdf.row("Förvaringsplats", "Kommunledningsförvaltningen, Svalövs kommun")

    # § 61
    pdf.new_page("§ 61")
    pdf.row("", "Dnr KS 2024/87")
    pdf.row("", "Revidering av förbundsordning för Söderåsens miljöförbund", bold=True)
    pdf.row("Ärendebeskrivning", "Söderåsens miljöförbund är ett kommunalförbund som utövar myndighetsutövning "
            "inom miljö- och livsmedelsområdet för Bjuvs kommun, Klippans kommun, Perstorps kommun, Svalövs "
            "kommun och Åstorps kommun. Förbundsdirektionen beslutade 2024-02-22, § 9, att föreslå "
            "medlemskommunerna en reviderad förbundsordning. Ändringarna avser främst kostnadsfördelningen "
            "och en anpassning till 9 kap. 6 § kommunallagen (2017:725). Förbundsordningen ska gälla från "
            "2025-01-01 och antas av fullmäktige i samtliga medlemskommuner.")
    pdf.row("Beslutsunderlag", "Tjänsteskrivelse, kommunledningsförvaltningen, 2024-03-28\n"
            "Protokollsutdrag från förbundsdirektionen 2024-02-22, § 9\n"
            "Förslag till reviderad förbundsordning, version 2024-02-14\n"
            "Kommunstyrelsens arbetsutskott 2024-04-03, § 48")
    pdf.row("Yrkanden", "Marie Ohlsson (M) yrkar bifall till arbetsutskottets förslag.")
    pdf.row("Propositionsordning", "Ordföranden ställer proposition på eget yrkande och finner att "
            "kommunstyrelsen bifaller detsamma.")
    pdf.row("Kommunstyrelsens förslag till kommunfullmäktige",
            "1. Kommunfullmäktige antar reviderad förbundsordning för Söderåsens miljöförbund att gälla från "
            "och med 2025-01-01.\n2. Förbundsordningen antagen av kommunfullmäktige 2019-11-25, § 152, "
            "upphör att gälla samma dag.")
    pdf.row("Kommunstyrelsens beslut", "Kommunstyrelsen uppdrar åt kommundirektören att till hösten 2024 "
            "redovisa hur den nya kostnadsfördelningen påverkar kommunens budget för 2025.")
    pdf.row("Särskilt yttrande", "Ulla Bengtsson (SD) lämnar ett särskilt yttrande, bilaga 2.")
    pdf.row("Beslutet skickas till", "Kommunfullmäktige\nSöderåsens miljöförbund")

    # § 62, two pages
    pdf.new_page("§ 62")
    pdf.row("", "Dnr KS 2024/102")
    pdf.row("", "Remissvar – förslag till regional transportinfrastrukturplan för Skåne 2026–2037", bold=True)
    pdf.row("Ärendebeskrivning", "Region Skåne har skickat förslaget till regional transportinfrastrukturplan "
            "för Skåne 2026–2037 på remiss till kommunerna i Skåne (Region Skånes diarienummer 2400457). "
            "Remissen inkom 2024-02-29 och svar ska lämnas senast 2024-05-06. Samhällsbyggnadsförvaltningen "
            "föreslår att kommunen framhåller behovet av trafiksäkerhetsåtgärder på väg 108 och fler "
            "pendelparkeringar i Kågeröd och Teckomatorp. Trafikverket och Skånetrafiken har deltagit i "
            "arbetet med planen. Ekonomichef Ahmed Rashid redogör för medfinansieringen.")
    pdf.row("Beslutsunderlag", "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-04-02\n"
            "Förslag till yttrande, 2024-04-02\nRegion Skånes missiv 2024-02-27")
    pdf.row("Yrkanden", "Marie Ohlsson (M) yrkar bifall till förvaltningens förslag.\n"
            "Peter Lindqvist (S) yrkar, med instämmande av Kerstin Falk (S), tillägg om att kommunen även "
            "ska begära att dubbelspår Teckomatorp–Eslöv prioriteras i planperioden.\n"
            "Marie Ohlsson (M) yrkar avslag på tilläggsyrkandet.")
    pdf.row("Propositionsordning", "Ordföranden ställer först proposition på förvaltningens förslag och "
            "finner att kommunstyrelsen bifaller detta. Därefter ställer ordföranden proposition på "
            "tilläggsyrkandet och finner att kommunstyrelsen avslår detta. Omröstning begärs.\n"
            "Kommunstyrelsen godkänner följande propositionsordning: Ja-röst för att avslå tilläggsyrkandet. "
            "Nej-röst för att bifalla tilläggsyrkandet.")
    pdf.row("Omröstningsresultat", "")
    pdf.table(["Ledamot", "Ja", "Nej", "Avstår"], [
        ["Marie Ohlsson (M), ordförande", "X", "", ""],
        ["Peter Lindqvist (S)", "", "X", ""],
        ["Ulla Bengtsson (SD)", "X", "", ""],
        ["Henrik Åkesson (M)", "X", "", ""],
        ["Jessica Nordin (C)", "", "", "X"],
        ["Tomas Wernersson (L)", "X", "", ""],
        ["Kerstin Falk (S)", "", "X", ""],
        ["Oskar Lilja (S)", "", "X", ""],
        ["Bengt Ivarsson (SD)", "X", "", ""],
        ["Anneli Svensson (KD), tjg ers.", "X", "", ""],
        ["Lars Gummesson (SD), tjg ers.", "X", "", ""],
        ["Summa", "7", "3", "1"],
    ])
    pdf.row("", "Med 7 ja-röster mot 3 nej-röster, 1 avstår, beslutar kommunstyrelsen att avslå "
            "tilläggsyrkandet.")
    pdf.new_page("§ 62")
    pdf.row("Kommunstyrelsens beslut", "1. Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till "
            "yttrande som sitt eget och överlämnar det till Region Skåne.\n"
            "2. Paragrafen förklaras omedelbart justerad.")
    pdf.row("Reservationer", "Peter Lindqvist (S), Kerstin Falk (S) och Oskar Lilja (S) reserverar sig mot "
            "beslutet till förmån för Peter Lindqvists tilläggsyrkande.")
    pdf.row("Protokollsanteckning", "Jessica Nordin (C) antecknar till protokollet att Centerpartiet delar "
            "synen på dubbelspåret men att frågan bör tas upp i den nationella planen.")
    pdf.row("Beslutet skickas till", "Region Skåne\nSamhällsbyggnadsförvaltningen")

    # § 63
    pdf.new_page("§ 63")
    pdf.row("", "Dnr KS 2024/64")
    pdf.row("", "Hyresavtal med AB SvalövsBostäder för förskolan Trollsländan i Teckomatorp", bold=True)
    pdf.row("Jäv", "Ordföranden Marie Ohlsson (M) anmäler jäv och lämnar lokalen under ärendets behandling. "
            "1:e vice ordförande Peter Lindqvist (S) leder sammanträdet under paragrafen.")
    pdf.row("Ärendebeskrivning", "Barn- och utbildningsförvaltningen behöver utöka antalet förskoleplatser i "
            "Teckomatorp. AB SvalövsBostäder har erbjudit kommunen att hyra nybyggda lokaler på "
            "Järnvägsgatan 14. Hyresavtalet löper på tio år, 2024-08-01–2034-07-31, med en årshyra om "
            "1 840 000 kronor. Barn- och utbildningsnämnden tillstyrkte förslaget 2024-03-19, § 27.")
    pdf.row("Beslutsunderlag", "Tjänsteskrivelse, kommunledningsförvaltningen, 2024-03-25\n"
            "Förslag till hyresavtal mellan Svalövs kommun och AB SvalövsBostäder\n"
            "Barn- och utbildningsnämndens protokoll 2024-03-19, § 27")
    pdf.row("Yrkanden", "Bengt Ivarsson (SD) yrkar att ärendet återremitteras för att hyresnivån ska jämföras "
            "med alternativ i egen regi. Ulla Bengtsson (SD) instämmer i återremissyrkandet.\n"
            "Tomas Wernersson (L) yrkar att ärendet ska avgöras i dag och bifall till förvaltningens förslag.")
    pdf.row("Propositionsordning", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller "
            "återremitteras och finner att det ska avgöras i dag. Därefter ställer ordföranden proposition "
            "på förvaltningens förslag och finner det bifallet.")
    pdf.row("Kommunstyrelsens beslut", "Kommunstyrelsen godkänner hyresavtalet med AB SvalövsBostäder för "
            "förskolan Trollsländan i Teckomatorp.")
    pdf.row("Reservationer", "Bengt Ivarsson (SD) och Ulla Bengtsson (SD) reserverar sig mot beslutet. "
            "Skriftlig reservation bifogas protokollet, bilaga 1.")
    pdf.row("Beslutet skickas till", "AB SvalövsBostäder\nBarn- och utbildningsnämnden")

    # § 64
    pdf.new_page("§ 64")
    pdf.row("", "Dnr KS 2024/15")
    pdf.row("", "Redovisning av delegationsbeslut april 2024", bold=True)
    pdf.row("Ärendebeskrivning", "Beslut fattade med stöd av delegation ska anmälas till kommunstyrelsen, "
            "6 kap. 40 § kommunallagen. Förteckning över delegationsbeslut för perioden 2024-03-01–2024-03-31 "
            "har upprättats av kommunledningsförvaltningen.")
    pdf.row("Beslutsunderlag", "Förteckning över delegationsbeslut, 2024-04-05")
    pdf.row("Kommunstyrelsens beslut", "Redovisningen läggs till handlingarna.")

    # appendices
    pdf.new_page("")
    pdf.row("", "Bilaga 1 till kommunstyrelsens protokoll 2024-04-15, § 63", bold=True)
    pdf.row("", "Reservation", bold=True)
    pdf.row("", "Hyresavtal med AB SvalövsBostäder för förskolan Trollsländan i Teckomatorp")
    pdf.row("", "Vi anser att hyresnivån borde ha prövats mot en lösning i egen regi innan avtalet tecknades. "
            "En återremiss hade gett kommunstyrelsen ett bättre underlag.")
    pdf.row("", "För Sverigedemokraterna i kommunstyrelsen\n\nBengt Ivarsson          Ulla Bengtsson")
    pdf.new_page("")
    pdf.row("", "Bilaga 2 till kommunstyrelsens protokoll 2024-04-15, § 61", bold=True)
    pdf.row("", "Särskilt yttrande", bold=True)
    pdf.row("", "Sverigedemokraterna ställer sig bakom förbundsordningen men vill att förbundet redovisar "
            "taxeutvecklingen för medlemskommunerna varje år.")
    pdf.row("", "Ulla Bengtsson (SD)")
    finish_pdf(pdf, "Protokoll kommunstyrelsen 2024-04-15", "Svalövs kommun",
               dt.datetime(2024, 4, 19, 9, 0, 0, tzinfo=dt.UTC), "svalov-ks-2024-04-15-protokoll.pdf")


# --------------------------------------------------------------------------------------------
# PDF 2: Perstorps kommun, kommunfullmäktige 2024-05-29, protokollsutdrag § 45.


def make_perstorp() -> None:
    pdf = CasePdf("PERSTORPS KOMMUN", "PROTOKOLLSUTDRAG", "Kommunfullmäktige", "2024-05-29", 2)
    pdf.new_page("§ 45")
    pdf.row("Ordförande", "Rolf Hagström (M)")
    pdf.row("Justerare", "Åke Lindahl (M), Anna Westerberg (S)")
    pdf.row("", "Dnr KS 2023/0217")
    pdf.row("", "Svar på motion om avgiftsfri kollektivtrafik för pensionärer", bold=True)
    pdf.row("Ärendebeskrivning", "Lars-Göran Brink (SD) föreslår i en motion daterad 2023-09-27 att "
            "kommunen ska införa avgiftsfria resor med Skånetrafiken för invånare som fyllt 75 år. "
            "Kommunfullmäktige remitterade motionen till kommunstyrelsen 2023-10-25, § 88. Skånetrafiken "
            "har i ett yttrande 2024-02-12 beräknat kostnaden till cirka 1,2 miljoner kronor per år. "
            "Kollektivtrafiken i Skåne är Region Skånes ansvar enligt lagen (2010:1065) om kollektivtrafik.")
    pdf.row("Beslutsunderlag", "Tjänsteskrivelse, kommunledningskontoret, 2024-04-10\n"
            "Motion från Lars-Göran Brink (SD), 2023-09-27\nSkånetrafikens yttrande, 2024-02-12\n"
            "Kommunstyrelsens arbetsutskott 2024-04-24, § 58\nKommunstyrelsen 2024-05-08, § 71")
    pdf.row("Kommunstyrelsens förslag till kommunfullmäktige",
            "1. Motionen avslås.\n2. Kommunstyrelsen får i uppdrag att i dialog med Skånetrafiken undersöka "
            "förutsättningarna för rabatterade seniorbiljetter.")
    pdf.row("Yrkanden", "Lars-Göran Brink (SD) yrkar bifall till motionen.\n"
            "Anna Westerberg (S) yrkar bifall till kommunstyrelsens förslag.\n"
            "Åke Lindahl (M) instämmer i Anna Westerbergs yrkande.")
    pdf.row("Propositionsordning", "Ordföranden ställer proposition på kommunstyrelsens förslag mot Lars-Göran "
            "Brinks yrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Omröstning "
            "begärs. Kommunfullmäktige godkänner följande propositionsordning: Ja-röst för kommunstyrelsens "
            "förslag. Nej-röst för bifall till motionen.")
    pdf.row("Omröstningsresultat", "Med 21 ja-röster mot 7 nej-röster beslutar kommunfullmäktige enligt "
            "kommunstyrelsens förslag. Två ledamöter avstår och en ledamot är frånvarande. "
            "Omröstningslista, bilaga 3.")
    pdf.table(["Röster", "Antal", "", ""], [
        ["Ja", "21", "", ""],
        ["Nej", "7", "", ""],
        ["Avstår", "2", "", ""],
        ["Frånvarande", "1", "", ""],
        ["Summa", "31", "", ""],
    ])
    pdf.new_page("§ 45")
    pdf.row("Kommunfullmäktiges beslut", "Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag.")
    pdf.row("Reservationer", "Lars-Göran Brink (SD) reserverar sig mot beslutet till förmån för eget yrkande. "
            "Skriftlig reservation bifogas protokollet, bilaga 4.")
    pdf.row("Särskilt yttrande", "Jenny Ohlin (V) lämnar för Vänsterpartiet ett särskilt yttrande: "
            "Vänsterpartiet välkomnar uppdraget om seniorbiljetter men anser att frågan även bör drivas "
            "gentemot Region Skåne.")
    pdf.row("Beslutet skickas till", "Kommunstyrelsen\nSkånetrafiken\nLars-Göran Brink (SD)")
    pdf.row("", "Bilaga 4, Reservation, KF § 45", bold=True)
    pdf.row("", "Sverigedemokraterna anser att avgiftsfri kollektivtrafik för äldre bryter isolering och "
            "ökar tryggheten. Kostnaden är liten i förhållande till nyttan.\n\nLars-Göran Brink\n"
            "Sverigedemokraterna i Perstorp")
    pdf.set_font("F", "", 8)
    pdf.set_xy(136, 275)
    pdf.multi_cell(58, 3.5, "Rätt utdraget intygar\nMalin Krantz, kommunsekreterare, 2024-06-04")
    finish_pdf(pdf, "Protokollsutdrag KF 2024-05-29 § 45", "Perstorps kommun",
               dt.datetime(2024, 6, 4, 9, 0, 0, tzinfo=dt.UTC), "perstorp-kf-2024-05-29-protokollsutdrag.pdf")


# --------------------------------------------------------------------------------------------
# DOCX: Örkelljunga kommun, socialnämnden 2024-03-20, full protocol §§ 18-20,
# the case-management two-column layout kept as Word tables.

SN = "Socialnämnden\t2024-03-20\t"

FIRST_PAGE: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, sammanträdesrum Skåneporten, onsdagen den 20 mars 2024 kl. 13.15–15.50"),
    ("Beslutande", "Karin Sjöberg (KD), ordförande\nAndreas Holm (S), vice ordförande\nLinnea Pålsson (M)\n"
                   "Göran Thörn (SD)\nMaja Åberg (C)\nRobert Nilsson (S)\n"
                   "Ibrahim Haddad (L), tjänstgörande ersättare för Sven Rask (L)"),
    ("Ersättare", "Eva Strand (SD)\nJonas Ek (M)"),
    ("Övriga deltagare", "Helena Borgström, socialchef\nDavid Lund, nämndsekreterare\n"
                         "Marie Kjell, enhetschef, §§ 19–20"),
    ("Utses att justera", "Andreas Holm (S)"),
    ("Justeringens plats och tid", "Socialförvaltningen, 2024-03-25"),
    ("Paragrafer", "18–20"),
]
SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "……………………………………\nDavid Lund"),
    ("Ordförande", "……………………………………\nKarin Sjöberg"),
    ("Justerare", "……………………………………\nAndreas Holm"),
]
PARS: list[dict] = [
    {
        "no": "§ 18", "dnr": "Dnr SN 2024/0031",
        "title": "Idéburet offentligt partnerskap med Skånes Stadsmission om mötesplats för personer i hemlöshet",
        "rows1": [
            ("Ärendebeskrivning", "Socialförvaltningen föreslår att socialnämnden ingår ett idéburet offentligt "
             "partnerskap (IOP) med Skånes Stadsmission om en mötesplats i Örkelljunga tätort. Partnerskapet "
             "omfattar 2024-05-01–2026-04-30 och kommunens bidrag är 650 000 kronor per år. Insatserna ska "
             "utgå från 4 kap. 1 § socialtjänstlagen (2001:453)."),
            ("Beslutsunderlag", "Tjänsteskrivelse daterad 2024-03-05\nÖverenskommelse om idéburet offentligt "
             "partnerskap mellan socialnämnden och Skånes Stadsmission, utkast 2024-02-20"),
            ("Yrkanden", "Karin Sjöberg (KD) yrkar bifall till förvaltningens förslag.\n"
             "Göran Thörn (SD) yrkar avslag."),
            ("Propositionsordning", "Ordföranden ställer proposition på förvaltningens förslag mot avslag och "
             "finner att socialnämnden bifaller förvaltningens förslag. Omröstning begärs. Den som bifaller "
             "förvaltningens förslag röstar ja, den som bifaller avslagsyrkandet röstar nej."),
            ("Omröstningsresultat", "Med 6 ja-röster mot 1 nej-röst bifaller socialnämnden förvaltningens förslag."),
        ],
        "vote": [
            ["Karin Sjöberg (KD)", "X", "", ""], ["Andreas Holm (S)", "X", "", ""],
            ["Linnea Pålsson (M)", "X", "", ""], ["Göran Thörn (SD)", "", "X", ""],
            ["Maja Åberg (C)", "X", "", ""], ["Robert Nilsson (S)", "X", "", ""],
            ["Ibrahim Haddad (L)", "X", "", ""], ["Summa", "6", "1", "0"],
        ],
        "rows2": [
            ("Socialnämndens beslut", "Socialnämnden beslutar att\n– ingå idéburet offentligt partnerskap med "
             "Skånes Stadsmission enligt överenskommelsen,\n– uppdra åt socialchefen att underteckna "
             "överenskommelsen."),
            ("Reservationer", "Göran Thörn (SD) reserverar sig mot beslutet. Skriftlig reservation bifogas "
             "protokollet, bilaga 1."),
            ("Beslutet skickas till", "Skånes Stadsmission\nEkonomienheten"),
        ],
    },
    {
        "no": "§ 19", "dnr": "Dnr SN 2024/0044",
        "title": "Yttrande över remiss om förslag till ny socialtjänstlag",
        "rows1": [
            ("Ärendebeskrivning", "Socialdepartementet har skickat betänkandet Hållbar socialtjänst – En ny "
             "socialtjänstlag (SOU 2020:47) och promemorian om ändringar i förslaget på remiss till Örkelljunga "
             "kommun (Socialdepartementets diarienummer S2024/00312). Kommunstyrelsen har överlämnat remissen "
             "till socialnämnden för yttrande (kommunstyrelsens dnr KS 2024/0090). Svar ska lämnas till "
             "Socialdepartementet senast 2024-04-15. Enhetschef Marie Kjell redogör för förslaget."),
            ("Beslutsunderlag", "Tjänsteskrivelse daterad 2024-03-08\nFörslag till yttrande\n"
             "Remissmissiv från Socialdepartementet, 2024-01-24"),
            ("Yrkanden", "Andreas Holm (S) yrkar bifall till förvaltningens förslag."),
            ("Propositionsordning", "Ordföranden ställer proposition på förvaltningens förslag och finner det "
             "bifallet."),
            ("Socialnämndens beslut", "1. Socialnämnden antar förvaltningens förslag till yttrande och "
             "överlämnar det till kommunstyrelsen.\n2. Paragrafen justeras omedelbart."),
            ("Särskilt yttrande", "Andreas Holm (S) och Robert Nilsson (S) lämnar följande särskilda yttrande: "
             "Socialdemokraterna vill att kommunen i yttrandet tydligare lyfter behovet av statlig finansiering "
             "av det förebyggande arbetet."),
            ("Protokollsanteckning", "Linnea Pålsson (M) antecknar till protokollet att Moderaterna följer "
             "frågan om kompetenskrav noga."),
            ("Beslutet skickas till", "Kommunstyrelsen"),
        ],
    },
    {
        "no": "§ 20", "dnr": "Dnr SN 2024/0052",
        "title": "Hyresavtal för gruppbostad på Storgatan 12 med Örkelljungabostäder AB",
        "rows1": [
            ("Jäv", "Maja Åberg (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
            ("Ärendebeskrivning", "Förvaltningen föreslår ett hyresavtal mellan Örkelljunga kommun och "
             "Örkelljungabostäder AB för en gruppbostad enligt lagen (1993:387) om stöd och service till vissa "
             "funktionshindrade med sex lägenheter. Avtalet löper från 2024-10-01 i femton år."),
            ("Beslutsunderlag", "Tjänsteskrivelse daterad 2024-03-11\nFörslag till hyresavtal"),
            ("Yrkanden", "Karin Sjöberg (KD) yrkar bifall till förvaltningens förslag."),
            ("Propositionsordning", "Ordföranden ställer proposition på förvaltningens förslag och finner det "
             "bifallet."),
            ("Socialnämndens beslut", "Socialnämnden föreslår kommunstyrelsen att godkänna hyresavtalet med "
             "Örkelljungabostäder AB."),
            ("Beslutet skickas till", "Kommunstyrelsen\nÖrkelljungabostäder AB"),
        ],
    },
]
APPENDIX: list[str] = [
    "Bilaga 1 till socialnämndens protokoll 2024-03-20, § 18",
    "Reservation",
    "Sverigedemokraterna anser inte att kommunen ska binda sig vid ett partnerskap i två år utan upphandling.",
    "Göran Thörn (SD)",
]


def label_table(d: docx.document.Document, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=0, cols=2)
    for label, text in rows:
        cells = t.add_row().cells
        cells[0].width = Mm(40)
        cells[1].width = Mm(125)
        cells[0].paragraphs[0].add_run(label).bold = True
        lines = text.split("\n")
        cells[1].paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            cells[1].add_paragraph(line)


def make_orkelljunga() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Örkelljunga kommun\tSAMMANTRÄDESPROTOKOLL\t"
    ft = sec.footer.add_table(rows=1, cols=2, width=Mm(165))
    ft.style = "Table Grid"
    ft.cell(0, 0).text = "Justerandes signatur"
    ft.cell(0, 1).text = "Utdragsbestyrkande"
    d.add_paragraph("Socialnämnden\t2024-03-20")
    label_table(d, FIRST_PAGE)
    sign = d.add_table(rows=0, cols=2)
    for label, text in SIGN:
        cells = sign.add_row().cells
        cells[0].paragraphs[0].add_run("Underskrifter" if label == "Sekreterare" else "").bold = True
        cells[1].paragraphs[0].add_run(label).bold = True
        for line in text.split("\n"):
            cells[1].add_paragraph(line)
    d.add_paragraph("ANSLAG/BEVIS")
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag 2024-03-26. "
                    "Anslaget tas ned 2024-04-17. Förvaringsplats: Socialförvaltningen, Örkelljunga kommun.")
    for par in PARS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(SN + par["no"]).runs[0].bold = True
        d.add_paragraph(par["dnr"])
        d.add_paragraph().add_run(par["title"]).bold = True
        label_table(d, par["rows1"])
        if "vote" in par:
            vt = d.add_table(rows=1, cols=4)
            vt.style = "Table Grid"
            for c, h in zip(vt.rows[0].cells, ["Ledamot", "Ja", "Nej", "Avstår"], strict=True):
                c.text = h
            for r in par["vote"]:
                cells = vt.add_row().cells
                for c, v in zip(cells, r, strict=True):
                    c.text = v
            label_table(d, par["rows2"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for i, line in enumerate(APPENDIX):
        p = d.add_paragraph()
        p.add_run(line).bold = i < 2
    stamp = dt.datetime(2024, 3, 25, 10, 0, 0)
    cp = d.core_properties
    cp.author = "Örkelljunga kommun"
    cp.last_modified_by = "Örkelljunga kommun"
    cp.title = "Protokoll socialnämnden 2024-03-20"
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 25, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "orkelljunga-sn-2024-03-20-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_svalov()
    make_perstorp()
    make_orkelljunga()
