"""Generate the binary documents of tests/heldout23/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout23/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout23/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 16, 10, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 10, 14, 0, 0)
ZIP_TIME = (2024, 4, 10, 14, 0, 0)

# ------------------------------------------------------------------------------------------------
# PDF: Tranemo kommun, kommunstyrelsen 2024-05-13, protokollsutdrag (§ 87), 2 pages.
# Attendance as two running lines "Beslutande: …; …" and "Ej beslutande: …; …" with abbreviated
# roles (ordf., 1:e v. ordf., 2:e vice ordf, tjg ers. för, ers., kommunsekr.); dates as "13/5 2024";
# page break inside the paragraph with "§ 87 (forts.)".

PDF_NAME = "tranemo-ks-2024-05-13-protokollsutdrag.pdf"

PDF_HEAD: list[tuple[str, str]] = [
    ("Sammanträde:", "måndagen den 13 maj 2024 kl. 09.00–14.20, Kommunhuset, Tranemo"),
    ("Beslutande:", "Ann Persson (S), ordf.; Henrik Blom (M), 1:e v. ordf.; Jessica Ljung (C), 2:e vice "
                    "ordf; Bo Sandell (S); Maria Kvarnström (S); Emil Dahlberg (S); Ulf Johansson (M); "
                    "Tove Hagberg (SD); Stig Vidén (SD); Lars-Åke Nyman (KD); Eva Stål (C), tjg ers. för "
                    "Lars Nord (C)"),
    ("Ej beslutande:", "Olle Sjögren (S), ers.; Mia Holm (SD), ers.; Anna Vik (V), ers.; Tomas Elg, "
                       "kommunchef; Karin Åhs, kommunsekr."),
    ("Justerare:", "Henrik Blom (M)"),
    ("Justerat:", "16/5 2024"),
]

# (kind, text): "s" = bold sub-heading, "p" = paragraph, "d" = dash decision line, "brk" = page break
PDF_PAGE1: list[tuple[str, str]] = [
    ("s", "Ärendebeskrivning"),
    ("p", "Direktionen för Södra Älvsborgs Räddningstjänstförbund beslutade 2024-03-21, § 14, att skicka "
          "ett förslag till ny förbundsordning på remiss till medlemskommunerna (förbundets dnr "
          "2024-000311). Svar ska ha kommit in senast 2024-05-31. Förslaget innebär bl.a. att "
          "kostnadsfördelningen mellan medlemskommunerna ändras från 2025 och att direktionen utökas med "
          "en ersättare per kommun. Förbundsordningen ska enligt 9 kap. 6 § kommunallagen (2017:725) "
          "antas av fullmäktige i samtliga medlemskommuner."),
    ("p", "Kommunstyrelsens arbetsutskott behandlade ärendet 29/4 2024, § 62, och föreslog att kommunen "
          "ska tillstyrka förslaget med en kommentar om kostnadsfördelningen."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från kommunledningsförvaltningen den 18 april 2024\n"
          "Förslag till förbundsordning, remissversion 2024-03-21\n"
          "Kommunstyrelsens arbetsutskott 29/4 2024, § 62"),
    ("s", "Yrkanden"),
    ("p", "Ordf. Ann Persson (S) yrkar bifall till arbetsutskottets förslag.\n"
          "Tove Hagberg (SD) yrkar att kommunen i yttrandet ska avstyrka den ändrade kostnadsfördelningen.\n"
          "Stig Vidén (SD) och Ulf Johansson (M) instämmer i Tove Hagbergs yrkande."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på arbetsutskottets förslag mot Tove Hagbergs yrkande och finner "
          "bifall till arbetsutskottets förslag. Votering begärs. Den som bifaller arbetsutskottets förslag "
          "röstar ja, den som bifaller Tove Hagbergs yrkande röstar nej. Med 7 ja-röster mot 3 nej-röster "
          "beslutar kommunstyrelsen enligt arbetsutskottets förslag. 1 ledamot lägger ned sin röst."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen beslutar"),
    ("d", "att avge yttrande till Södra Älvsborgs Räddningstjänstförbund i enlighet med förvaltningens "
          "förslag, och"),
    ("d", "att förklara paragrafen omedelbart justerad."),
]

PDF_PAGE2: list[tuple[str, str]] = [
    ("s", "Reservation"),
    ("p", "Mot beslutet reserverar sig Tove Hagberg (SD), Stig Vidén (SD) och Ulf Johansson (M) till förmån "
          "för Tove Hagbergs yrkande."),
    ("s", "Protokollsanteckning"),
    ("p", "Lars-Åke Nyman (KD) antecknar till protokollet att Kristdemokraterna vill att förbundet redovisar "
          "hur den nya kostnadsfördelningen påverkar de mindre medlemskommunerna."),
    ("s", "Beslutet skickas till"),
    ("p", "Södra Älvsborgs Räddningstjänstförbund\nKommunfullmäktige (för kännedom)\nEkonomienheten"),
]

PDF_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Karin Åhs"),
    ("Ordförande", "Ann Persson"),
    ("Justerare", "Henrik Blom"),
]


class TranemoPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(60, 5, "TRANEMO KOMMUN")
        self.cell(60, 5, "PROTOKOLLSUTDRAG", align="C")
        self.cell(60, 5, f"Blad {self.page_no()}(2)", align="R")
        self.set_font("F", "", 9)
        self.set_xy(15, 15)
        self.cell(90, 5, "Kommunstyrelsen")
        self.cell(90, 5, "Sammanträdesdatum 13/5 2024", align="R")
        self.line(15, 21.5, 195, 21.5)
        self.set_y(25)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes sign")
        self.cell(90, 5, "Utdragsbestyrkande", align="R")


def pdf_block(pdf: FPDF, rows: list[tuple[str, str]]) -> None:
    for kind, text in rows:
        if kind == "s":
            pdf.ln(1.5)
            pdf.set_font("F", "B", 10)
            pdf.set_x(30)
            pdf.cell(165, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "d":
            pdf.set_font("F", "", 10)
            y = pdf.get_y()
            pdf.set_xy(32, y)
            pdf.cell(5, 5, "–")
            pdf.set_xy(38, y)
            pdf.multi_cell(157, 5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 10)
            pdf.set_x(30)
            pdf.multi_cell(165, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)


def make_pdf() -> None:
    pdf = TranemoPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KS 2024-05-13 § 87")
    pdf.set_author("Tranemo kommun")
    pdf.set_creator("heldout23")
    pdf.set_producer("heldout23")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(15, 25, 15)
    pdf.add_page()
    for label, text in PDF_HEAD:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.cell(30, 5, label)
        pdf.set_font("F", "", 9)
        pdf.set_xy(45, y)
        pdf.multi_cell(150, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    y = pdf.get_y() + 2
    pdf.line(15, y, 195, y)
    pdf.set_y(y + 3)
    pdf.set_font("F", "B", 12)
    pdf.set_x(15)
    pdf.cell(15, 6, "§ 87")
    pdf.set_font("F", "", 10)
    pdf.cell(165, 6, "KS 2024/00198", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "B", 11)
    pdf.set_x(30)
    pdf.multi_cell(165, 6, "Yttrande över förslag till ny förbundsordning för Södra Älvsborgs "
                           "Räddningstjänstförbund", new_x="LMARGIN", new_y="NEXT")
    pdf_block(pdf, PDF_PAGE1)
    pdf.add_page()
    pdf.set_font("F", "B", 10)
    pdf.set_x(15)
    pdf.cell(60, 6, "§ 87 (forts.)", new_x="LMARGIN", new_y="NEXT")
    pdf_block(pdf, PDF_PAGE2)
    pdf.ln(8)
    pdf.set_font("F", "B", 10)
    pdf.set_x(15)
    pdf.cell(60, 6, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    for role, name in PDF_SIGN:
        pdf.ln(6)
        y = pdf.get_y()
        pdf.set_font("F", "", 9)
        pdf.set_xy(15, y)
        pdf.cell(30, 5, role)
        pdf.set_xy(45, y)
        pdf.cell(70, 5, "." * 60)
        pdf.set_xy(45, y + 5)
        pdf.cell(70, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.cell(180, 5, "Rätt utdraget betygar: Karin Åhs, kommunsekr., 16/5 2024")
    pdf.output(str(DOCS / PDF_NAME))


# ------------------------------------------------------------------------------------------------
# DOCX: Marks kommun, kommunstyrelsen 2024-04-03, full protocol (§§ 31–34).
# First page as tab-separated label lines with abbreviated roles; every paragraph heading is one bold
# paragraph "Title<TAB>§ 31" with a right-aligned tab stop at the margin, the Dnr on the next line;
# decisions as typed "•<TAB>att …" bullets; header date "2024.04.03".

DOCX_NAME = "marks-ks-2024-04-03-protokoll.docx"

FIRST_PAGE: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset i Kinna, sammanträdesrum Viskan, onsdagen den 3 april 2024 kl. 13.00–16.10"),
    ("Ledamöter", "Johan Björkman (M), ordf."),
    ("", "Linnea Sahlström (S), 1:e v. ordf."),
    ("", "Peter Gunnarsson (C), 2:e vice ordf"),
    ("", "Maria Nyqvist (M)"),
    ("", "Kent Halvarsson (M)"),
    ("", "Erik Svensson (M), tjg ers. för Lena Forsman (M)"),
    ("", "Anders Lindahl (S)"),
    ("", "Fatima Osmani (S)"),
    ("", "Britt-Marie Ek (SD)"),
    ("", "Tommy Andersson (SD)"),
    ("", "Helena Frisk (KD)"),
    ("", "Ola Wiberg (L)"),
    ("", "Susanne Ådahl (V), tjg ers. för Mikael Strand (V)"),
    ("Ej tjg ers.", "Roger Melin (S), Kerstin Alm (C), Nils Ekdahl (M)"),
    ("Övriga", "Magnus Fjällström, kommundirektör"),
    ("", "Sara Lindgren, kommunsekr."),
    ("", "Jonas Hedberg, ekonomichef, § 33"),
    ("Utses att justera", "Anders Lindahl (S)"),
    ("Justeringens plats och tid", "Kommunkansliet, Kinna, 2024.04.10"),
]

DOTS = "…………………………………"

SIGNATURES: list[str] = [
    f"Underskrifter\tSekr.\t{DOTS}\tParagrafer 31–34",
    "\t\tSara Lindgren",
    f"\tOrdf.\t{DOTS}",
    "\t\tJohan Björkman",
    f"\tJust.\t{DOTS}",
    "\t\tAnders Lindahl",
]

ANSLAG: list[str] = [
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ\tKommunstyrelsen",
    "Sammanträdesdatum\t2024.04.03",
    "Anslaget sätts upp\t2024.04.11",
    "Anslaget tas ned\t2024.05.03",
    "Förvaringsplats för protokollet\tKommunkansliet, Kinna",
    f"Underskrift\t{DOTS} Sara Lindgren",
]

# (kind, text): "h" = heading "Title<TAB>§ n", "dnr" = case number line, "s" = bold sub-heading,
# "p" = paragraph, "b" = typed bullet "•<TAB>…", "brk" = page break
PARAGRAPHS: list[tuple[str, str]] = [
    ("h", "Godkännande av dagordning\t§ 31"),
    ("s", "Beslut"),
    ("p", "Dagordningen godkänns med ändringen att informationen om ekonomisk uppföljning per februari utgår."),
    ("h", "Remissvar – regional plan för transportinfrastruktur 2026–2037\t§ 32"),
    ("dnr", "Dnr KS 2024/112"),
    ("s", "Sammanfattning"),
    ("p", "Västra Götalandsregionen har skickat förslag till regional plan för transportinfrastruktur för "
          "perioden 2026–2037 på remiss till kommunerna i Västra Götaland (regionens diarienummer "
          "RS 2023-08814). Svar ska ha kommit in senast 2024-04-30. Boråsregionen Sjuhärads "
          "kommunalförbund har tagit fram ett gemensamt underlag för delregionen, som förbundsstyrelsen "
          "ställde sig bakom 2024-03-15."),
    ("p", "I yttrandet föreslår kommunen att ombyggnaden av väg 41 genom Fritsla prioriteras och att "
          "regionen tillsammans med Trafikverket utreder fler mötesspår på Viskadalsbanan."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från kommunledningsförvaltningen 2024-03-19"),
    ("p", "Förslag till yttrande 2024-03-19"),
    ("p", "Kommunstyrelsens arbetsutskotts protokoll 2024-03-20, § 41"),
    ("s", "Yrkanden"),
    ("p", "Ordf. Johan Björkman (M) yrkar bifall till arbetsutskottets förslag."),
    ("p", "Anders Lindahl (S) yrkar bifall till arbetsutskottets förslag med tillägget att yttrandet även "
          "ska lyfta behovet av en ny pendelparkering i Skene."),
    ("p", "Linnea Sahlström (S) instämmer i Anders Lindahls tilläggsyrkande."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer först proposition på arbetsutskottets förslag och finner att "
          "kommunstyrelsen bifaller det. Därefter ställer ordföranden proposition på Anders Lindahls "
          "tilläggsyrkande och finner att kommunstyrelsen bifaller även detta."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen beslutar"),
    ("b", "att anta förslaget till yttrande med det tillägg som Anders Lindahl (S) har yrkat,"),
    ("b", "att översända yttrandet till Västra Götalandsregionen, samt"),
    ("b", "att förklara paragrafen omedelbart justerad."),
    ("s", "Beslutet skickas till"),
    ("p", "Västra Götalandsregionen"),
    ("p", "Boråsregionen Sjuhärads kommunalförbund"),
    ("brk", ""),
    ("h", "Samverkansavtal om gemensam upphandlingsverksamhet\t§ 33"),
    ("dnr", "Dnr KS 2023/407"),
    ("s", "Sammanfattning"),
    ("p", "Marks kommun, Svenljunga kommun och Tranemo kommun har sedan 2019 en gemensam "
          "upphandlingsfunktion med Marks kommun som värdkommun. Ett nytt samverkansavtal mellan Marks "
          "kommun, Svenljunga kommun och Tranemo kommun har tagits fram och ska gälla "
          "2024-07-01–2027-06-30. Samverkan sker med stöd av 9 kap. 37 § kommunallagen (2017:725). "
          "Kommunstyrelsen i Svenljunga kommun godkände avtalet 2024-03-11, § 58, och Tranemo kommun "
          "behandlade det 2024-03-25, § 71."),
    ("p", "Ekonomichef Jonas Hedberg föredrar ärendet."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från ekonomiavdelningen 2024-03-14"),
    ("p", "Samverkansavtal, version 2024-02-28"),
    ("s", "Yrkanden"),
    ("p", "Helena Frisk (KD) yrkar bifall till förvaltningens förslag."),
    ("p", "Britt-Marie Ek (SD) yrkar avslag."),
    ("p", "Tommy Andersson (SD) instämmer i Britt-Marie Eks yrkande."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
          "förvaltningens förslag. Votering begärs. Den som bifaller förvaltningens förslag röstar ja, den "
          "som bifaller avslagsyrkandet röstar nej."),
    ("s", "Omröstningsresultat"),
    ("p", "Resultat: 11 ja, 2 nej, 0 avstår."),
    ("p", "Kommunstyrelsen har således beslutat enligt förvaltningens förslag."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("b", "att godkänna samverkansavtalet om gemensam upphandlingsverksamhet mellan Marks kommun, "
          "Svenljunga kommun och Tranemo kommun."),
    ("p", "Kommunstyrelsen beslutar för egen del"),
    ("b", "att ge ekonomichefen i uppdrag att ta fram en gemensam upphandlingsplan för 2025 tillsammans "
          "med Svenljunga kommun och Tranemo kommun."),
    ("s", "Reservation"),
    ("p", "Britt-Marie Ek (SD) och Tommy Andersson (SD) reserverar sig mot beslutet till förmån för eget "
          "yrkande."),
    ("s", "Protokollsanteckning"),
    ("p", "Ola Wiberg (L) antecknar till protokollet att Liberalerna förutsätter att de lokala företagens "
          "möjligheter att lämna anbud följs upp årligen."),
    ("s", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),
    ("p", "Svenljunga kommun"),
    ("p", "Tranemo kommun"),
    ("p", "Ekonomiavdelningen"),
    ("brk", ""),
    ("h", "Svar på motion om solceller på kommunens fastigheter\t§ 34"),
    ("dnr", "Dnr KS 2023/388"),
    ("s", "Sammanfattning"),
    ("p", "Mikael Strand (V) föreslår i en motion, daterad 2023-10-12, att kommunen ska installera "
          "solceller på samtliga lämpliga kommunala fastigheter senast 2027. Kommunfullmäktige remitterade "
          "motionen till kommunstyrelsen 2023-11-23, § 142. Marks Bostads AB har yttrat sig över motionen. "
          "Förvaltningen redovisar att solceller redan finns på nio fastigheter och att ytterligare sex "
          "installationer ingår i investeringsplanen."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-03-06"),
    ("p", "Motion från Mikael Strand (V), 2023-10-12"),
    ("p", "Yttrande från Marks Bostads AB, 2024-02-02"),
    ("s", "Yrkanden"),
    ("p", "Susanne Ådahl (V) yrkar bifall till motionen."),
    ("p", "Ordf. yrkar att motionen ska anses besvarad."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på sitt eget yrkande mot Susanne Ådahls yrkande och finner att "
          "kommunstyrelsen bifaller ordförandens yrkande."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad."),
    ("s", "Reservation"),
    ("p", "Susanne Ådahl (V) reserverar sig mot beslutet."),
    ("s", "Särskilt yttrande"),
    ("p", "Anders Lindahl (S) och Fatima Osmani (S) lämnar ett särskilt yttrande, bilaga 2."),
    ("p", "Ers. Roger Melin (S) instämmer i det särskilda yttrandet."),
    ("s", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),
]

TEXT_WIDTH = Cm(16)


def label_para(d: DocxDocument, text: str, stops: list[float], size: float = 10.0) -> None:
    p = d.add_paragraph()
    for pos in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    p.paragraph_format.space_after = Pt(1)
    run = p.add_run(text)
    run.font.size = Pt(size)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)

    head = sec.header.paragraphs[0]
    head.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    head.add_run("MARKS KOMMUN\tSAMMANTRÄDESPROTOKOLL").bold = True
    head2 = sec.header.add_paragraph()
    head2.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    head2.add_run("Kommunstyrelsen\tSammanträdesdatum 2024.04.03")
    foot = sec.footer.paragraphs[0]
    foot.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    foot.add_run("Justerandes sign\tUtdragsbestyrkande").font.size = Pt(8)

    for label, value in FIRST_PAGE:
        label_para(d, f"{label}\t{value}", [5.0])
    d.add_paragraph()
    for line in SIGNATURES:
        label_para(d, line, [3.5, 5.0, 12.5])
    d.add_paragraph()
    d.add_paragraph().add_run("ANSLAG/BEVIS").bold = True
    for line in ANSLAG:
        label_para(d, line, [6.0], size=9.0)

    first = True
    for kind, text in PARAGRAPHS:
        if kind == "h":
            p = d.add_paragraph()
            if first:
                p.add_run().add_break(WD_BREAK.PAGE)
                first = False
            p.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "dnr":
            p = d.add_paragraph(text)
            p.paragraph_format.space_after = Pt(8)
        elif kind == "s":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.keep_with_next = True
            p.add_run(text).bold = True
        elif kind == "b":
            p = d.add_paragraph(f"•\t{text}")
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
            p.paragraph_format.space_after = Pt(1)
        elif kind == "brk":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            p = d.add_paragraph(text)
            p.paragraph_format.space_after = Pt(2)

    cp = d.core_properties
    cp.author = "Marks kommun"
    cp.last_modified_by = "Marks kommun"
    cp.title = "Kommunstyrelsen 2024.04.03 – protokoll"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / DOCX_NAME).write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
