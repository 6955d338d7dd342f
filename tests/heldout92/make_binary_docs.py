"""Generate the documents of tests/heldout92/docs (five PDFs, fpdf2, DejaVu Sans).

Run with the project's virtual environment:

    .venv/bin/python tests/heldout92/make_binary_docs.py

Deterministic: fixed creation dates and metadata, so re-running leaves the files byte-identical.
The gold files in tests/heldout92/gold/ describe the texts written here; change both together.
These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    def __init__(self, head: Callable[[Doc], None], foot: Callable[[Doc], None], **kw: object) -> None:
        super().__init__(**kw)
        self._head = head
        self._foot = foot
        self.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_creator("heldout92")
        self.set_producer("heldout92")
        self.alias_nb_pages()

    def header(self) -> None:
        self._head(self)

    def footer(self) -> None:
        self._foot(self)

    def margin_para(self, mx: float, mw: float, label: str, text: str, size: float = 10, bold: bool = False,
                    lsize: float = 10) -> None:
        """A label in the left margin column, text (multi-line) in the right column."""
        y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.set_font("F", "B", lsize)
        self.cell(mw, 5, label)
        self.set_xy(mx, y)
        self.set_font("F", "B" if bold else "", size)
        self.multi_cell(self.w - self.r_margin - mx, 5, text)
        self.ln(1.5)

    def columns(self, x0: float, widths: list[float], rows: list[list[str]], h: float = 5, size: float = 9,
                border: int | str = 0, bold_first: bool = False) -> None:
        for i, row in enumerate(rows):
            self.set_x(x0)
            self.set_font("F", "B" if (bold_first and i == 0) else "", size)
            for w, t in zip(widths, row, strict=True):
                self.cell(w, h, t, border=border)
            self.ln(h)


def save(pdf: Doc, name: str, title: str, author: str, when: dt.datetime) -> None:
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creation_date(when)
    pdf.output(str(DOCS / name))


def fixed(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 9, 0, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------- 1. Piteå kommun, kommunstyrelsen, full protocol
def pitea() -> None:
    def head(p: Doc) -> None:
        p.set_font("F", "B", 11)
        p.set_xy(15, 10)
        p.cell(60, 6, "PITEÅ KOMMUN")
        p.set_font("F", "", 9)
        p.cell(70, 6, "SAMMANTRÄDESPROTOKOLL", align="C")
        p.cell(50, 6, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.ln(5)
        p.set_x(15)
        p.cell(60, 5, "Kommunstyrelsen")
        p.cell(70, 5, "Sammanträdesdatum 2024-06-03", align="C")
        p.line(15, 22, 195, 22)
        p.set_y(27)

    def foot(p: Doc) -> None:
        p.set_font("F", "", 7)
        p.rect(15, 277, 40, 12)
        p.rect(155, 277, 40, 12)
        p.text(16, 280, "Justerandes sign")
        p.text(156, 280, "Utdragsbestyrkande")

    p = Doc(head, foot, format="A4")
    p.set_auto_page_break(True, 25)
    p.add_page()
    p.margin_para(55, 38, "Plats och tid", "Stadshuset, sammanträdesrum Lejonet, kl. 08.30–12.10")
    p.set_font("F", "B", 10)
    p.set_x(15)
    p.cell(0, 6, "Beslutande")
    p.ln(6)
    rows = [["Namn", "Parti", "Roll"],
            ["Helena Lundkvist", "S", "Ordförande"],
            ["Per-Olov Sandberg", "M", "1:e vice ordförande"],
            ["Mattias Brännström", "S", "Ledamot"],
            ["Roger Nilsson", "S", "Ledamot"],
            ["Ylva Öhman", "V", "Ledamot"],
            ["Karin Nyström", "C", "Ledamot"],
            ["Lena Bergqvist", "M", "Ledamot"],
            ["Jonas Holmgren", "SD", "Ledamot"],
            ["Sanna Forsgren", "KD", "Ledamot"],
            ["Therese Åström", "L", "Ledamot"],
            ["Erik Lindbäck", "S", "Tjg ersättare"]]
    p.columns(15, [60, 20, 60], rows, border=1, bold_first=True)
    p.set_font("F", "", 9)
    p.set_x(15)
    p.cell(0, 6, "Erik Lindbäck (S) tjänstgör för Annika Berglund (S).")
    p.ln(8)
    p.set_font("F", "B", 10)
    p.set_x(15)
    p.cell(90, 6, "Ersättare (ej tjänstgörande)")
    p.cell(90, 6, "Övriga närvarande")
    p.ln(6)
    p.columns(15, [70, 20, 45, 45], [["Fredrik Ström", "MP", "Ulf Sjöström", "kommundirektör"],
                                     ["Maria Isaksson", "S", "Cecilia Hedlund", "kommunsekreterare"]])
    p.ln(3)
    p.margin_para(55, 38, "Utses att justera", "Per-Olov Sandberg (M) och Ylva Öhman (V)")
    p.margin_para(55, 38, "Justeringens plats", "Stadshuset 2024-06-07 kl. 15.00")
    p.ln(4)
    p.set_font("F", "B", 9)
    p.columns(15, [60, 60, 60], [["Sekreterare", "Ordförande", "Justerare"]], size=9)
    p.ln(8)
    p.columns(15, [60, 60, 60], [["......................................"] * 3,
                                 ["Cecilia Hedlund", "Helena Lundkvist", "Per-Olov Sandberg"],
                                 ["Paragrafer §§ 112–114", "", "Ylva Öhman"]], size=9)
    p.ln(4)
    p.set_font("F", "B", 9)
    y = p.get_y()
    p.rect(15, y, 180, 22)
    p.set_xy(17, y + 1)
    p.cell(0, 5, "ANSLAG/BEVIS")
    p.set_font("F", "", 8)
    p.set_xy(17, y + 7)
    p.multi_cell(175, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
                 "digitala anslagstavla. Datum för anslags uppsättande 2024-06-10, datum för anslags "
                 "nedtagande 2024-07-02. Förvaringsplats: Kommunledningsförvaltningen.")
    p.add_page()
    mx, mw = 40, 22

    def ph(num: str, title: str, dnr: str) -> None:
        y = p.get_y()
        p.set_font("F", "B", 12)
        p.set_xy(15, y)
        p.cell(mw, 6, num)
        p.set_font("F", "", 8)
        p.set_xy(150, y)
        p.cell(45, 6, dnr, align="R")
        p.set_xy(mx, y + 7)
        p.set_font("F", "B", 11)
        p.multi_cell(155, 6, title)
        p.ln(2)

    def body(text: str, bold: bool = False) -> None:
        p.set_x(mx)
        p.set_font("F", "B" if bold else "", 10)
        p.multi_cell(155, 5, text)
        p.ln(1.5)

    ph("§ 112", "Yttrande över remiss av Region Norrbottens länsplan för regional transportinfrastruktur "
       "2026–2037", "Dnr KS 2024/0318")
    body("Region Norrbotten har skickat förslag till länsplan för regional transportinfrastruktur 2026–2037 på "
         "remiss till kommunerna i länet (Region Norrbottens diarienummer 24RS2211). Svar ska ha kommit in "
         "senast 2024-06-28. Planen upprättas enligt 3 § förordningen (1997:263) om länsplaner för regional "
         "transportinfrastruktur och ska samordnas med Trafikverkets nationella plan.")
    body("Beslutsunderlag", True)
    body("Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-05-14\n"
         "Kommunstyrelsens arbetsutskott 2024-05-27 § 96")
    body("Yrkande", True)
    body("Helena Lundkvist (S) yrkar bifall till arbetsutskottets förslag.")
    body("Beslut", True)
    body("Kommunstyrelsen beslutar\n1. att anta förvaltningens förslag till yttrande som sitt eget och "
         "överlämna det till Region Norrbotten,\n2. att paragrafen justeras omedelbart.")
    p.ln(3)
    ph("§ 113", "Samverkansavtal med Luleå tekniska universitet 2025–2028", "Dnr KS 2024/0402")
    body("Piteå kommun och Luleå tekniska universitet har sedan 2017 samverkat kring utbildning, forskning "
         "och kompetensförsörjning i Piteå. Ett nytt samverkansavtal mellan Piteå kommun och Luleå tekniska "
         "universitet föreslås gälla från 2025-01-01 till 2028-12-31. Kommunens kostnad är 2,4 miljoner "
         "kronor per år och ryms inom kommunledningsförvaltningens ram.")
    body("Beslutsunderlag", True)
    body("Tjänsteskrivelse från kommunledningsförvaltningen 2024-05-20\nFörslag till samverkansavtal")
    body("Yrkanden", True)
    body("Mattias Brännström (S) yrkar bifall till förslaget. Jonas Holmgren (SD) yrkar avslag.")
    body("Beslutsgång", True)
    body("Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
         "förslaget. Votering begärs och ska genomföras. Den som bifaller Mattias Brännströms yrkande röstar "
         "Ja, den som bifaller Jonas Holmgrens yrkande röstar Nej.")
    p.add_page()
    p.set_x(15)
    p.set_font("F", "B", 10)
    p.cell(0, 6, "§ 113 (forts.)")
    p.ln(8)
    body("Omröstningslista", True)
    votes = [("Helena Lundkvist", "S", "X", "", ""), ("Per-Olov Sandberg", "M", "X", "", ""),
             ("Mattias Brännström", "S", "X", "", ""), ("Roger Nilsson", "S", "X", "", ""),
             ("Ylva Öhman", "V", "X", "", ""), ("Karin Nyström", "C", "X", "", ""),
             ("Lena Bergqvist", "M", "X", "", ""), ("Jonas Holmgren", "SD", "", "X", ""),
             ("Sanna Forsgren", "KD", "", "X", ""), ("Therese Åström", "L", "", "", "X"),
             ("Erik Lindbäck", "S", "X", "", "")]
    p.columns(mx, [55, 18, 18, 18, 18], [["Ledamot", "Parti", "Ja", "Nej", "Avstår"]] + [list(v) for v in votes]
              + [["Summa", "", "8", "2", "1"]], border=1, bold_first=True)
    p.ln(3)
    body("Kommunstyrelsen har beslutat enligt Mattias Brännströms yrkande.")
    body("Beslut", True)
    body("Kommunstyrelsen godkänner samverkansavtalet mellan Piteå kommun och Luleå tekniska universitet för "
         "perioden 2025–2028.")
    body("Reservation", True)
    body("Jonas Holmgren (SD) och Sanna Forsgren (KD) reserverar sig mot beslutet.")
    p.ln(3)
    ph("§ 114", "Svar på motion om solceller på kommunens förskolor", "Dnr KS 2023/0611")
    body("Therese Åström (L) har i en motion daterad 2023-10-12 föreslagit att solceller installeras på samtliga "
         "förskolor. Motionen har remitterats till Piteå Energi AB och till fastighets- och servicenämnden, som "
         "yttrade sig 2024-02-22.")
    body("Beslutsunderlag", True)
    body("Tjänsteskrivelse från kommunledningsförvaltningen 2024-04-30")
    body("Yrkanden", True)
    body("Therese Åström (L) yrkar bifall till motionen. Roger Nilsson (S) yrkar att motionen ska anses "
         "besvarad. Ordföranden ställer yrkandena mot varandra och finner att kommunstyrelsen beslutar enligt "
         "Roger Nilssons yrkande.")
    body("Beslut", True)
    body("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.")
    body("Särskilt yttrande", True)
    body("Therese Åström (L) lämnar ett särskilt yttrande, bilaga 3. Ersättaren Fredrik Ström (MP) instämmer i "
         "Therese Åströms särskilda yttrande.")
    save(p, "pitea-ks-2024-06-03-protokoll.pdf", "Protokoll kommunstyrelsen 2024-06-03", "Piteå kommun",
         fixed(2024, 6, 7))


# ---------------------------------------------------------------- 2. Västerviks kommun, BUN, extract (A5)
def vastervik() -> None:
    def head(p: Doc) -> None:
        p.set_font("F", "B", 9)
        p.set_xy(10, 8)
        p.cell(64, 6, "VÄSTERVIKS KOMMUN", border=1)
        p.cell(64, 6, "PROTOKOLLSUTDRAG", border=1, align="C")
        p.ln(6)
        p.set_x(10)
        p.set_font("F", "", 8)
        p.cell(64, 5, "Barn- och utbildningsnämnden", border=1)
        p.cell(64, 5, f"2024-09-24   {p.page_no()} ({{nb}})", border=1, align="C")
        p.set_y(25)

    def foot(p: Doc) -> None:
        p.set_font("F", "", 6)
        p.set_xy(10, 196)
        p.cell(43, 8, "Just. sign.", border=1)
        p.cell(42, 8, "", border=0)
        p.cell(43, 8, "Utdragsbestyrkande", border=1)

    p = Doc(head, foot, format="A5")
    p.set_margins(10, 10, 10)
    p.set_auto_page_break(True, 18)
    p.add_page()
    lx = 38
    p.margin_para(lx, 28, "Justerare", "Kent Palm (M)", size=8.5, lsize=7.5)
    p.margin_para(lx, 28, "BUN § 84", "Revidering av riktlinjer för skolskjuts i grundskolan", size=9.5,
                  bold=True, lsize=9.5)
    p.margin_para(lx, 28, "Diarienummer", "BUN 2024/219", size=8.5, lsize=7.5)
    rows = [
        ("Ärende", "Riktlinjerna för skolskjuts antogs av kommunfullmäktige 2023-11-27 § 163. Enligt 10 kap. "
                   "32 § skollagen (2010:800) har elever i grundskolan rätt till kostnadsfri skolskjuts om "
                   "den behövs med hänsyn till färdvägens längd. Förvaltningen föreslår att avståndsgränsen "
                   "för årskurs 4–6 sänks från 4 till 3 kilometer och att upphandlad trafik samordnas med "
                   "Region Kalmar län. Förvaltningens tjänsteskrivelse är daterad 2024-09-05."),
        ("Yrkanden", "Gustav Rydén (SD) yrkar att ärendet återremitteras. Ordföranden Malin Ekström (S) "
                     "yrkar att ärendet ska avgöras i dag och bifall till förvaltningens förslag."),
        ("Beslutsgång", "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras. "
                        "Omröstning begärs. Ja-röst för att avgöra ärendet i dag, Nej-röst för återremiss."),
    ]
    for lab, txt in rows:
        p.margin_para(lx, 28, lab, txt, size=8.5, lsize=7.5)
    p.margin_para(lx, 28, "Omröstning", "", size=8.5, lsize=7.5)
    vt = [["Namn", "Parti", "Ja", "Nej", "Avstår"], ["Malin Ekström", "S", "X", "", ""],
          ["Kent Palm", "M", "X", "", ""], ["Hans Bäckström", "S", "X", "", ""],
          ["Annelie Gustavsson", "C", "X", "", ""], ["Oskar Sundqvist", "M", "X", "", ""],
          ["Sofie Lindahl", "V", "X", "", ""], ["Gustav Rydén", "SD", "", "X", ""],
          ["Jan-Erik Holm", "SD", "", "X", ""], ["Nora Fransson", "KD", "X", "", ""]]
    p.columns(lx, [40, 14, 14, 14, 14], vt, h=4.6, size=8, border=1, bold_first=True)
    p.ln(2)
    p.margin_para(lx, 28, "", "Med 7 ja-röster mot 2 nej-röster beslutar nämnden att ärendet ska avgöras i "
                              "dag. Ordföranden ställer därefter förvaltningens förslag under proposition "
                              "och finner att nämnden bifaller det.", size=8.5)
    p.margin_para(lx, 28, "Beslut", "Barn- och utbildningsnämnden beslutar\n"
                  "– att anta reviderade riktlinjer för skolskjuts i grundskolan att gälla från "
                  "2025-01-07,\n– att uppdra åt förvaltningen att informera vårdnadshavare om de nya "
                  "riktlinjerna.", size=8.5, lsize=7.5)
    p.margin_para(lx, 28, "Reservation", "Gustav Rydén (SD) och Jan-Erik Holm (SD) reserverar sig till förmån "
                  "för eget yrkande.", size=8.5, lsize=7.5)
    p.margin_para(lx, 28, "Protokolls-", "Sofie Lindahl (V) antecknar till protokollet att trafiksäkerheten "
                  "vid busshållplatserna bör ses över.", size=8.5, lsize=7.5)
    p.margin_para(lx, 28, "anteckning", "", size=8.5, lsize=7.5)
    p.margin_para(lx, 28, "Expedieras", "Region Kalmar län\nKommunstyrelsen", size=8.5, lsize=7.5)
    p.ln(6)
    p.columns(10, [43, 43, 43], [["....................", "....................", "...................."],
                                 ["Lina Holm", "Malin Ekström", "Kent Palm"],
                                 ["Sekreterare", "Ordförande", "Justerare"]], h=4.5, size=8)
    save(p, "vastervik-bun-2024-09-24-protokollsutdrag.pdf", "Protokollsutdrag BUN § 84", "Västerviks kommun",
         fixed(2024, 9, 27))


# ---------------------------------------------------------------- 3. Region Västmanland, regionstyrelsen (landscape)
def vastmanland() -> None:
    def head(p: Doc) -> None:
        p.set_font("F", "B", 10)
        p.set_xy(12, 8)
        p.cell(90, 6, "Region Västmanland")
        p.set_font("F", "", 9)
        p.cell(93, 6, "Regionstyrelsen – Protokoll", align="C")
        p.cell(90, 6, f"2024-05-28   Sida {p.page_no()} av {{nb}}", align="R")
        p.line(12, 15, 285, 15)
        p.set_y(19)

    def foot(p: Doc) -> None:
        p.set_font("F", "", 7)
        p.set_xy(12, 195)
        p.cell(60, 7, "Justerare", border=1)
        p.set_x(225)
        p.cell(60, 7, "Utdragsbestyrkande", border=1)

    p = Doc(head, foot, format="A4", orientation="L")
    p.set_margins(12, 12, 12)
    p.set_auto_page_break(True, 18)
    p.add_page()
    p.set_font("F", "", 9)
    p.set_x(12)
    p.cell(0, 5, "Plats och tid: Regionhuset, Västerås, 2024-05-28 kl. 09.00–11.45")
    p.ln(7)
    p.set_font("F", "B", 10)
    p.set_x(12)
    p.cell(0, 5, "Närvarolista")
    p.ln(6)
    nl = [["Namn", "Parti", "Uppdrag", "§ 71", "§ 72", "§ 73"],
          ["Anneli Sjöberg", "S", "Ordförande", "X", "X", "X"],
          ["Mikael Stenqvist", "M", "1:e vice ordförande", "X", "X", "X"],
          ["Denise Karlsson", "V", "Ledamot", "X", "X", "X"],
          ["Pontus Engström", "SD", "Ledamot", "X", "X", "X"],
          ["Hanna Wennberg", "C", "Ledamot", "X", "X", "–"],
          ["Tobias Lind", "L", "Ledamot", "X", "X", "X"],
          ["Ahmed Yusuf", "S", "Ledamot", "X", "X", "X"],
          ["Gunilla Hagberg", "KD", "Ledamot", "X", "X", "X"],
          ["Ove Marklund", "C", "Ersättare", "N", "N", "X"],
          ["Sofia Rahm", "MP", "Ersättare", "N", "N", "N"]]
    p.columns(12, [48, 14, 40, 14, 14, 14], nl, h=5, size=8.5, border=1, bold_first=True)
    p.set_font("F", "", 7.5)
    p.set_x(12)
    p.cell(0, 5, "X = tjänstgör, N = närvarande, ej tjänstgörande, – = ej närvarande")
    y_end = p.get_y()
    p.set_xy(170, 30)
    p.set_font("F", "B", 9)
    p.cell(0, 5, "Övriga närvarande")
    p.set_xy(170, 36)
    p.columns(170, [50, 60], [["Namn", "Befattning"], ["Johan Frisk", "regiondirektör"],
                              ["Petra Lilja", "regionsekreterare"]], h=5, size=8.5, border="B", bold_first=True)
    p.set_xy(170, 60)
    p.set_font("F", "", 9)
    p.cell(0, 5, "Justerare: Denise Karlsson (V)")
    p.set_xy(170, 66)
    p.cell(0, 5, "Justering: 2024-05-31, Regionhuset")
    p.set_xy(170, 80)
    p.columns(170, [38, 38, 38], [["Sekreterare", "Ordförande", "Justerare"], ["", "", ""],
                                  ["Petra Lilja", "Anneli Sjöberg", "Denise Karlsson"]], h=7, size=8.5,
              border=1, bold_first=True)
    p.set_y(max(y_end, 102) + 8)
    mw = 30

    def title(num: str, t: str, dnr: str) -> None:
        y = p.get_y()
        p.set_font("F", "B", 11)
        p.set_xy(12, y)
        p.cell(mw, 6, num)
        p.multi_cell(180, 6, t)
        p.set_xy(12 + mw, p.get_y())
        p.set_font("F", "", 8)
        p.cell(0, 5, dnr)
        p.ln(7)

    def body(t: str) -> None:
        p.set_x(12 + mw)
        p.set_font("F", "", 9.5)
        p.multi_cell(230, 5, t)
        p.ln(1.5)

    title("§ 71", "Yttrande över Mälardalsrådets förslag till Mälardalsstrategi 2030", "RV240482")
    body("Mälardalsrådet har gett Region Västmanland tillfälle att yttra sig över förslaget till "
         "Mälardalsstrategi 2030 (Mälardalsrådets dnr MDR 2024/07). Svar ska lämnas senast 2024-06-14. "
         "Beslutsunderlag: Tjänsteskrivelse från regiondirektören 2024-05-06; förslag till yttrande.")
    body("Beslut: Regionstyrelsen antar yttrandet och översänder det till Mälardalsrådet.")
    body("Protokollsanteckning: Pontus Engström (SD) antecknar att Sverigedemokraterna anser att strategin "
         "borde prioritera vägunderhåll.")
    p.add_page()
    title("§ 72", "Avsiktsförklaring om samverkan kring forskning och utbildning med Mälardalens universitet",
          "RV240391")
    body("Region Västmanland och Mälardalens universitet föreslås teckna en avsiktsförklaring om klinisk "
         "forskning och verksamhetsförlagd utbildning för perioden 2024–2027. Beslutsunderlag: "
         "Tjänsteskrivelse 2024-05-08.")
    body("Yrkanden: Anneli Sjöberg (S) yrkar bifall till förslaget. Pontus Engström (SD) yrkar avslag. "
         "Omröstning begärs och genomförs enligt följande:")
    p.columns(12 + mw, [48, 14, 14, 14, 16], [["Ledamot", "Parti", "Ja", "Nej", "Avstår"],
                                              ["Anneli Sjöberg", "S", "X", "", ""],
                                              ["Mikael Stenqvist", "M", "X", "", ""],
                                              ["Denise Karlsson", "V", "X", "", ""],
                                              ["Pontus Engström", "SD", "", "X", ""],
                                              ["Hanna Wennberg", "C", "X", "", ""],
                                              ["Tobias Lind", "L", "X", "", ""],
                                              ["Ahmed Yusuf", "S", "X", "", ""],
                                              ["Gunilla Hagberg", "KD", "", "", "X"]],
              h=4.8, size=8.5, border=1, bold_first=True)
    p.ln(2)
    body("Beslut: Regionstyrelsen beslutar\n1. att godkänna avsiktsförklaringen mellan Region Västmanland och "
         "Mälardalens universitet,\n2. att uppdra åt regiondirektören att underteckna avsiktsförklaringen.")
    body("Reservation: Pontus Engström (SD) reserverar sig mot beslutet.")
    title("§ 73", "Uppdrag att utreda framtida lokalisering av vårdcentralen i Köping", "RV240455")
    body("Köpings kommun har i en skrivelse 2024-04-15 begärt besked om vårdcentralens framtida lokaler. Enligt "
         "7 kap. 2 § hälso- och sjukvårdslagen (2017:30) ska regionen planera vården utifrån befolkningens "
         "behov. Ove Marklund (C) tjänstgör i stället för Hanna Wennberg (C) som har lämnat sammanträdet.")
    body("Yrkande: Tobias Lind (L) m.fl. yrkar att regiondirektören ges i uppdrag att utreda frågan.")
    body("Beslut: Regionstyrelsen uppdrar åt regiondirektören att utreda framtida lokalisering av "
         "vårdcentralen i Köping och återrapportera senast 2024-11-30. Paragrafen justeras omedelbart.")
    body("Särskilt yttrande: Gunilla Hagberg (KD) lämnar ett särskilt yttrande, bilaga 2.")
    save(p, "regionvastmanland-rs-2024-05-28-protokoll.pdf", "Protokoll regionstyrelsen 2024-05-28",
         "Region Västmanland", fixed(2024, 5, 31))


# ---------------------------------------------------------------- 4. Kungälvs kommun, kommunfullmäktige, extract
def kungalv() -> None:
    def head(p: Doc) -> None:
        p.set_font("F", "", 8)
        p.set_xy(20, 8)
        p.cell(85, 5, "Kungälvs kommun")
        p.cell(85, 5, "Protokollsutdrag", align="R")
        p.ln(4)
        p.set_x(20)
        p.cell(85, 5, "Kommunfullmäktige")
        p.cell(85, 5, "Sammanträdesdatum: 2024-05-16", align="R")
        p.set_y(24)

    def foot(p: Doc) -> None:
        p.set_font("F", "", 7)
        p.set_xy(20, 282)
        p.cell(56, 5, "Ordförandes sign", border="T")
        p.cell(57, 5, "Justerandes sign", border="T", align="C")
        p.cell(57, 5, f"Sida {p.page_no()} av {{nb}}", border="T", align="R")

    p = Doc(head, foot, format="A4")
    p.set_margins(20, 20, 20)
    p.set_auto_page_break(True, 20)
    p.add_page()
    lx = 62
    p.set_font("F", "B", 13)
    p.set_x(20)
    p.cell(0, 8, "§ 67  Borgensåtagande för Kungälv Energi AB")
    p.ln(9)
    rows = [
        ("Diarienummer", "KS2024/0133"),
        ("Justerare", "Lars Hammar (S) och Eva Lindh (KD)"),
        ("Sammanfattning", "Kungälv Energi AB har begärt att kommunfullmäktige utökar kommunens borgen för "
                           "bolagets upplåning från 900 till 1 150 miljoner kronor, för utbyggnad av "
                           "fjärrvärmenätet. Borgen tecknas för lån hos Kommuninvest ekonomisk förening. "
                           "Beslutet fattas med stöd av 2 kap. 8 § och 10 kap. 2 § kommunallagen "
                           "(2017:725). Bolagets styrelse beslutade om framställan 2024-03-14."),
        ("Beslutsunderlag", "Tjänsteskrivelse 2024-03-28 från ekonomichefen\nKommunstyrelsen 2024-04-24, § 98"),
        ("Yrkanden", "Anders Högberg (M) yrkar bifall till kommunstyrelsens förslag. Malin Sjöqvist (V) "
                     "yrkar avslag. Ali Karimi (MP) yrkar bifall till Malin Sjöqvists avslagsyrkande."),
        ("Propositionsordning", "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslag och "
                                "finner att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs. "
                                "Ja-röst för kommunstyrelsens förslag, Nej-röst för avslag."),
    ]
    for lab, txt in rows:
        p.margin_para(lx, 40, lab, txt, size=10, lsize=8.5)
    p.margin_para(lx, 40, "Omröstningsresultat", "", lsize=8.5)
    p.columns(lx, [25, 25, 25, 30], [["Ja", "Nej", "Avstår", "Frånvarande"], ["38", "9", "2", "2"]],
              h=6, size=9.5, border=1, bold_first=True)
    p.margin_para(lx, 40, "", "Voteringslista, bilaga 1. Fullmäktige har bifallit kommunstyrelsens förslag.")
    p.margin_para(lx, 40, "Beslut", "1. Kommunfullmäktige beslutar att ingå borgen såsom för egen skuld för "
                  "Kungälv Energi AB:s låneförpliktelser upp till ett totalt högsta lånebelopp om 1 150 "
                  "miljoner kronor jämte därpå löpande ränta och kostnader.\n2. Borgensavgiften fastställs "
                  "till 0,35 procent av utnyttjat belopp från och med 2024-07-01.", lsize=8.5)
    p.margin_para(lx, 40, "Reservation", "Malin Sjöqvist (V) och Ali Karimi (MP) reserverar sig mot "
                  "beslutet.", lsize=8.5)
    p.margin_para(lx, 40, "Skickas till", "Kungälv Energi AB\nKommunstyrelsen", lsize=8.5)
    p.ln(10)
    p.columns(20, [57, 57, 56], [["_______________________"] * 3,
                                 ["Birgitta Törnqvist", "Lars Hammar", "Eva Lindh"],
                                 ["Ordförande", "Justerare", "Justerare"]], h=5, size=9)
    p.ln(6)
    y = p.get_y()
    p.rect(20, y, 170, 16)
    p.set_xy(22, y + 1.5)
    p.set_font("F", "B", 8)
    p.cell(0, 5, "Utdragsbestyrkande")
    p.set_xy(22, y + 7)
    p.set_font("F", "", 8)
    p.cell(0, 5, "Rätt utdraget betygar: Jens Wallin, sekreterare, 2024-05-22")
    save(p, "kungalv-kf-2024-05-16-protokollsutdrag.pdf", "Protokollsutdrag KF § 67", "Kungälvs kommun",
         fixed(2024, 5, 22))


# ---------------------------------------------------------------- 5. Trelleborgs kommun, socialnämnden, full
def trelleborg() -> None:
    def head(p: Doc) -> None:
        p.set_font("F", "B", 12)
        p.set_xy(15, 10)
        p.cell(90, 6, "TRELLEBORGS KOMMUN")
        p.set_font("F", "", 9)
        p.cell(90, 6, "SAMMANTRÄDESPROTOKOLL", align="R")
        p.ln(6)
        p.set_x(15)
        p.cell(60, 5, "Socialnämnden", border="B")
        p.cell(60, 5, "Sammanträdesdatum 2024-10-22", border="B", align="C")
        p.cell(60, 5, f"{p.page_no()} ({{nb}})", border="B", align="R")
        p.set_y(28)

    def foot(p: Doc) -> None:
        p.set_font("F", "", 7)
        p.set_xy(125, 280)
        p.cell(35, 9, "Justerandes sign", border=1)
        p.cell(35, 9, "Utdragsbestyrkande", border=1)

    p = Doc(head, foot, format="A4")
    p.set_auto_page_break(True, 22)
    p.add_page()
    lw = 40

    def grid(label: str, lines: list[list[str]], widths: list[float]) -> None:
        y = p.get_y()
        p.set_font("F", "B", 8.5)
        p.set_xy(15, y + 1)
        p.cell(lw, 5, label)
        p.set_xy(15 + lw, y + 1)
        p.columns(15 + lw, widths, lines, h=4.6, size=8.5)
        h = p.get_y() - y + 1
        p.rect(15, y, 180, h)
        p.line(15 + lw, y, 15 + lw, y + h)
        p.set_y(y + h)

    grid("Plats och tid", [["Sessionssalen, Stadshuset, kl. 13.00–16.20"]], [140])
    grid("Beslutande", [["Ledamöter", "Tjänstgörande ersättare", "Ersättare"],
                        ["Lena Karlsson (S), ordförande", "Mohammed Saleh (S)", "Stig Olofsson (SD)"],
                        ["Johan Persson (M), vice ordf.", "  för Eva Persson (S)", "Maria Dahl (KD)"],
                        ["Ida Malmberg (SD)", "Kristina Lund (SD)", ""],
                        ["Anders Nordin (S)", "  för Håkan Bengtsson (SD)", ""],
                        ["Anna Wiberg (L)", "Oscar Falk (M)", ""],
                        ["Birgitta Holm (C)", "  för Susanne Ek (M)", ""]], [52, 50, 38])
    grid("Övriga deltagare", [["Camilla Strand, socialchef", "Nils Berg, nämndsekreterare"]], [70, 70])
    grid("Utses att justera", [["Anders Nordin (S)"]], [140])
    grid("Justering", [["Socialförvaltningen, 2024-10-25"]], [140])
    grid("Underskrifter", [["Sekreterare", "..............................", "Paragrafer 101–103"],
                           ["", "Nils Berg", ""],
                           ["Ordförande", "..............................", ""],
                           ["", "Lena Karlsson", ""],
                           ["Justerande", "..............................", ""],
                           ["", "Anders Nordin", ""]], [30, 60, 50])
    p.ln(6)
    grid("ANSLAG/BEVIS", [["Protokollet är justerat. Justeringen har tillkännagivits genom anslag."],
                          ["Organ: Socialnämnden      Sammanträdesdatum: 2024-10-22"],
                          ["Anslaget sätts upp: 2024-10-28      Anslaget tas ned: 2024-11-19"],
                          ["Förvaringsplats för protokollet: Socialförvaltningen"]], [140])
    p.add_page()
    mx = 40

    def par(num: str, title: str, dnr: str) -> None:
        y = p.get_y()
        p.set_font("F", "B", 14)
        p.set_xy(15, y)
        p.cell(22, 7, num)
        p.set_xy(mx, y)
        p.set_font("F", "B", 11)
        p.multi_cell(155, 6, title)
        p.set_x(mx)
        p.set_font("F", "", 8)
        p.cell(0, 5, dnr)
        p.ln(7)

    def body(t: str, sub: str = "") -> None:
        if sub:
            p.set_x(mx)
            p.set_font("F", "B", 9.5)
            p.cell(0, 5, sub)
            p.ln(5)
        p.set_x(mx)
        p.set_font("F", "", 9.5)
        p.multi_cell(155, 5, t)
        p.ln(2)

    par("§ 101", "Idéburet offentligt partnerskap med Skånes Stadsmission om stödboende för unga vuxna",
        "Dnr SN 2024/0271")
    body("Socialförvaltningen har tillsammans med Skånes Stadsmission tagit fram ett avtal om idéburet "
         "offentligt partnerskap (IOP) för stödboende. Partnerskapet föreslås löpa 2025-01-01–2026-12-31.")
    body("Tjänsteskrivelse 2024-10-03", "Beslutsunderlag")
    body("Ordföranden yrkar bifall till förvaltningens förslag.", "Yrkande")
    body("Socialnämnden godkänner avtalet om idéburet offentligt partnerskap mellan socialnämnden och Skånes "
         "Stadsmission.", "Beslut")
    par("§ 102", "Yttrande över Länsstyrelsen Skånes förslag till regional handlingsplan mot mäns våld mot "
        "kvinnor", "Dnr SN 2024/0288")
    body("Länsstyrelsen Skåne har skickat förslaget på remiss till kommunerna i Skåne län "
         "(Länsstyrelsens dnr 851-21544-2024). Remisstiden går ut 2024-10-31. Förslaget bygger på "
         "socialtjänstlagens (2001:453) 5 kap. 11 § om stöd till brottsoffer.")
    body("Tjänsteskrivelse 2024-10-01\nFörslag till yttrande", "Beslutsunderlag")
    body("Socialnämnden beslutar\n•  att anta förvaltningens förslag till yttrande och skicka det till "
         "Länsstyrelsen Skåne\n•  att paragrafen justeras omedelbart", "Beslut")
    body("Ida Malmberg (SD) m.fl. lämnar ett särskilt yttrande. Ersättaren Stig Olofsson (SD) ställer sig "
         "bakom det särskilda yttrandet.", "Särskilt yttrande")
    par("§ 103", "Ekonomisk uppföljning per september 2024", "Dnr SN 2024/0012")
    body("Socialnämnden prognostiserar per 2024-09-30 ett underskott om 14,2 miljoner kronor, främst inom "
         "försörjningsstöd och placeringar av barn och unga. Förvaltningens tjänsteskrivelse är daterad "
         "2024-10-08.")
    body("Lena Karlsson (S) yrkar bifall till förvaltningens förslag. Johan Persson (M) yrkar att nämnden "
         "dessutom ska begära en åtgärdsplan. Ordföranden ställer proposition på förslagen och finner att "
         "nämnden bifaller Lena Karlssons yrkande. Votering begärs och utfaller enligt följande:",
         "Yrkanden och beslutsgång")
    p.columns(mx, [52, 52, 40], [["Ja", "Nej", "Avstår"],
                                 ["Lena Karlsson (S)", "Johan Persson (M)", "–"],
                                 ["Anders Nordin (S)", "Anna Wiberg (L)", ""],
                                 ["Mohammed Saleh (S)", "Oscar Falk (M)", ""],
                                 ["Ida Malmberg (SD)", "", ""],
                                 ["Kristina Lund (SD)", "", ""],
                                 ["Birgitta Holm (C)", "", ""]], h=5, size=9, border="B", bold_first=True)
    p.ln(3)
    body("Socialnämnden godkänner den ekonomiska uppföljningen per september 2024 och överlämnar den till "
         "kommunstyrelsen.", "Beslut")
    body("Johan Persson (M), Anna Wiberg (L) och Oscar Falk (M) reserverar sig mot beslutet till förmån för "
         "Johan Perssons yrkande.", "Reservation")
    save(p, "trelleborg-sn-2024-10-22-protokoll.pdf", "Protokoll socialnämnden 2024-10-22", "Trelleborgs kommun",
         fixed(2024, 10, 25))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    pitea()
    vastervik()
    vastmanland()
    kungalv()
    trelleborg()
