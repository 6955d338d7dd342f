"""Build the PDF and DOCX documents of held-out set 100 deterministically.

    .venv/bin/python tests/heldout100/make_binary_docs.py

Fixed PDF metadata and creation date, fixed DOCX core properties, tracked-change and comment dates and ZIP
timestamps: two runs give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2024, 6, 4, 16, 0, 0, tzinfo=dt.UTC)
STAMP = "UTKAST                                                                   UTKAST"
HEAD = "HELSINGBORGS STAD                     PROTOKOLL                   Kommunstyrelsen 2024-06-05"

PDF_PAGES = [
    [
        ("S", STAMP),
        ("H", "HELSINGBORGS STAD                     PROTOKOLL"),
        ("H", "Kommunstyrelsen                       Sammanträdesdatum 2024-06-05"),
        ("", ""),
        ("B", "Tid och plats"),
        ("", "Rådhuset, sessionssalen, kl. 14.00–16.10"),
        ("", ""),
        ("B", "Beslutande"),
        ("", "Henrik Ståhl (M), ordförande"),
        ("", "Louise Ekberg (S), 1:e vice ordförande"),
        ("", "Mikaela Strömberg (M)"),
        ("", "Tobias Grahn (M)"),
        ("", "Anders Nyqvist (L)"),
        ("", "Pär Sandell (KD)"),
        ("", "Jeanette Holm (SD)"),
        ("", "Olle Bäckström (S)"),
        ("", "Karin Welander (S)"),
        ("", "Leyla Demir (V)"),
        ("", "Sara Lindh (C), tjänstgörande ersättare för Johan Ek (C)"),
        ("", ""),
        ("B", "Ej tjänstgörande ersättare"),
        ("", "Fredrik Alm (SD)"),
        ("", "Nadja Perić (V)"),
        ("C", "[Kommentar JB1: Kontrollera om Fredrik Alm var med hela mötet – lämnade 15.30?]"),
        ("", ""),
        ("B", "Övriga deltagare"),
        ("", "Annika Roos, stadsdirektör"),
        ("", "Jonas Berglund, kommunsekreterare"),
        ("", ""),
        ("B", "Justerare"),
        ("", "Anders Nyqvist (L)"),
        ("", ""),
        ("B", "Justeringens plats och tid"),
        ("", "Rådhuset 2024-06-10"),
        ("", ""),
        ("B", "Underskrifter                                                   Paragrafer 145, 147"),
        ("", "Sekreterare   ................................   Jonas Berglund"),
        ("", "Ordförande    ................................   Henrik Ståhl"),
        ("", "Justerare     ................................   Anders Nyqvist"),
    ],
    [
        ("S", STAMP),
        ("H", HEAD),
        ("", ""),
        ("B", "§ 145"),
        ("B", "Överenskommelse om samverkan kring unga i riskmiljöer mellan Helsingborgs stad och"),
        ("B", "Polismyndigheten"),
        ("", "Dnr KS 2024/412"),
        ("", ""),
        ("B", "Sammanfattning"),
        ("", "Helsingborgs stad och Polismyndigheten (Polisregion Syd) har tagit fram en överenskommelse"),
        ("", "om samverkan kring unga i riskmiljöer. Överenskommelsen gäller från 2024-07-01 och bygger på"),
        ("", "12 kap. 10 § socialtjänstlagen om uppgiftsutbyte. Helsingborgshem AB deltar i det"),
        ("", "trygghetsskapande arbetet men är inte part i överenskommelsen."),
        ("", ""),
        ("B", "Beslutsunderlag"),
        ("", "Tjänsteskrivelse från stadsledningsförvaltningen 2024-05-20"),
        ("", "Kommunstyrelsens arbetsutskotts protokoll 2024-05-29, § 88"),
        ("", ""),
        ("B", "Yrkanden"),
        ("", "Louise Ekberg (S) yrkar bifall till arbetsutskottets förslag."),
        ("", "Jeanette Holm (SD) yrkar avslag."),
        ("", ""),
        ("B", "Omröstning"),
        ("", "Omröstning begärs. Ja för bifall till arbetsutskottets förslag, nej för avslag."),
        ("", "Omröstningsresultat: 7 ja, 3 nej, 1 avstår."),
        ("", ""),
        ("B", "Beslut"),
        ("", "Kommunstyrelsen beslutar"),
        ("", "1.  att godkänna överenskommelsen mellan Helsingborgs stad och Polismyndigheten, samt"),
        ("", "2.  att uppdra åt stadsdirektören att underteckna överenskommelsen."),
        ("", ""),
        ("B", "Reservation"),
        ("", "Jeanette Holm (SD) reserverar sig mot beslutet."),
        ("", ""),
        ("B", "Protokollsanteckning"),
        ("", "Michaela Strömberg (M) anmäler en protokollsanteckning om uppföljning av överenskommelsen."),
    ],
    [
        ("S", STAMP),
        ("H", HEAD),
        ("", ""),
        ("B", "§ 147"),
        ("B", "Remiss – Region Skånes förslag till regional transportinfrastrukturplan 2026–2037"),
        ("", "Dnr KS 2024/377 (Region Skånes dnr RS 2024/215)"),
        ("", ""),
        ("", "Region Skåne har den 28 mars 2024 skickat förslaget på remiss till kommunerna i Skåne."),
        ("", "Yttrandet ska vara Region Skåne tillhanda senast 2024-06-14. Förslaget bygger på"),
        ("", "Trafikverkets inriktningsunderlag."),
        ("C", "[Kommentar AR2: Lägg till Skånetrafiken? /Annika]"),
        ("", ""),
        ("B", "Beslutsunderlag"),
        ("", "Tjänsteskrivelse 2024-05-17"),
        ("", "Förslag till yttrande"),
        ("", ""),
        ("B", "Beslut"),
        ("", "Kommunstyrelsen antar förslaget till yttrande och överlämnar det till Region Skåne."),
        ("", ""),
        ("", "Paragrafen justeras omedelbart."),
        ("", ""),
        ("B", "Särskilt yttrande"),
        ("", "Olle Bäckström m.fl. (S) lämnar ett särskilt yttrande."),
        ("", "Ersättaren Nadja Peric (V) instämmer i det särskilda yttrandet."),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Protokoll Kommunstyrelsen 2024-06-05 UTKAST")
    pdf.set_author("Jonas Berglund")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("heldout100")
    pdf.set_auto_page_break(auto=False)
    pages = len(PDF_PAGES)
    for n, lines in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        y = 14.0
        for style, text in lines:
            size = {"H": 9, "S": 14, "C": 8}.get(style, 10)
            pdf.set_font("F", "B" if style in ("B", "H", "S") else "", size)
            pdf.set_text_color(170, 170, 170) if style in ("S", "C") else pdf.set_text_color(0, 0, 0)
            pdf.set_xy(18, y)
            pdf.cell(0, 5, text)
            y += 6.4 if style == "S" else 5.6
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("F", "", 8)
        pdf.set_xy(18, 284)
        pdf.cell(0, 4, f"Justerandes sign ______   Utskriftsdatum 2024-06-04   Sida {n} av {pages}")
    pdf.output(str(DOCS / "helsingborg-ks-2024-06-05-protokoll.pdf"))


# Lerum: parts are plain text, "+text" (tracked insertion) or "-text" (tracked deletion).
LERUM_HEAD = [
    ("Title", ["Lerums kommun"]),
    ("Normal", ["SAMMANTRÄDESPROTOKOLL\tSocialnämnden\t2024-09-24"]),
    ("Normal", ["Plats och tid: Lerums kommunhus, sammanträdesrum Aspen, kl. 17.00–19.40"]),
    ("Heading 3", ["Närvarande"]),
]

LERUM_TABLE = [
    (["Namn"], ["Parti"], ["Uppdrag"]),
    (["Helena Rydberg"], ["M"], ["Ordförande"]),
    (["Per-Olof Dahl"], ["L"], ["1:e vice ordförande"]),
    (["Mona Karlsson"], ["S"], ["2:e vice ordförande"]),
    (["Ann-Sofie Ljung"], ["KD"], ["Ledamot"]),
    (["Emil Forsberg"], ["M"], ["Ledamot"]),
    (["Ruben Sjöberg"], ["SD"], ["Ledamot"]),
    (["Jessica Nyström"], ["SD"], ["Ledamot"]),
    (["Lotta Hedin"], ["S"], ["Ledamot"]),
    (["Kjell Åberg"], ["C"], ["Ledamot"]),
    (["Sara Norén"], ["V"], ["Ledamot"]),
    (["-Gustav Wide", "Linnea Sjö"], ["M"], ["Tjänstgörande ersättare för Tomas Berg (M)"]),
    (["Ola Kron"], ["S"], ["Ersättare"]),
    (["Rebecka Lund"], ["MP"], ["Ersättare"]),
    (["Maria Grahn"], [""], ["Socialchef"]),
    (["Fredrik Olander"], [""], ["Nämndsekreterare"]),
]

LERUM_BODY = [
    ("Normal", ["Justerare: Kjell Åberg (C)"]),
    ("Normal", ["Justering: Kommunhuset 2024-09-27, paragrafer 51–52"]),
    ("Normal", ["Sekretare\t\tFredrik Olander"]),
    ("Normal", ["Ordförande\t\tHelena Rydberg"]),
    ("Normal", ["Justerare\t\tKjell Åberg"]),
    ("Heading 2", ["§ 51\tIdéburet offentligt partnerskap med Göteborgs Stadsmission om stöd till hemlösa"]),
    ("Normal", ["Diarienummer: SN 2024/118"]),
    ("Normal", ["Lerums kommun och Göteborgs Stadsmission föreslås ingå ett idéburet offentligt partnerskap "
                "(IOP) om dagverksamhet för personer i hemlöshet under perioden 2025–2027. Partnerskapet "
                "ersätter det avtal som ", "-löpte ut", "+löper ut", " 2024-12-31. Socialstyrelsens "
                "föreskrifter har beaktats."]),
    ("Normal", ["Beslutsunderlag: Tjänsteskrivelse 2024-09-05; utkast till IOP-avtal 2024-08-30."]),
    ("Normal", ["Yrkanden: Ann-Sofie Ljung (KD) yrkar bifall till förvaltningens förslag. "
                "Ruben Sjöberg (SD) yrkar avslag."]),
    ("Normal", ["Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att socialnämnden "
                "bifaller förvaltningens förslag."]),
    ("Normal", ["Socialnämndens beslut"]),
    ("List Number", ["Socialnämnden godkänner IOP-avtalet med Göteborgs Stadsmission."]),
    ("List Number", ["Socialchefen får i uppdrag att underteckna avtalet."]),
    ("List Number", ["+Paragrafen justeras omedelbart."]),
    ("Normal", ["Reservation: Ruben Sjöberg (SD) och Jessica Nyström (SD) reserverar sig mot beslutet."]),
    ("Normal", ["Protokollsanteckning: Annsofie Ljung (KD) antecknar att verksamheten bör utvärderas "
                "efter första året."]),
    ("Heading 2", ["§ 52\tYttrande över remiss – Västra Götalandsregionens förslag till regional plan för "
                   "psykisk hälsa 2025–2030"]),
    ("Normal", ["Diarienummer: SN 2024/142. Regionens diarienummer: RS 2024-03318."]),
    ("Normal", ["Västra Götalandsregionen har skickat förslaget på remiss till kommunerna. Svar ska lämnas "
                "senast 2024-10-15. Göteborgsregionen (GR) samordnar kommunernas synpunkter."]),
    ("Normal", ["Beslutsunderlag: Tjänsteskrivelse ", "-2024-09-02", "+2024-09-09", "; förslag till yttrande."]),
    ("Normal", ["Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag till yttrande. Mona Karlsson "
                "(S) yrkar att yttrandet kompletteras med ett avsnitt om barn och unga."]),
    ("Normal", ["Omröstning: Omröstning begärs och verkställs. Ja för ordförandens förslag, nej för Mona "
                "Karlssons förslag. Omröstningen utfaller med ", "-5", "+6", " ja-röster och 4 nej-röster. "
                "En ledamot avstår."]),
    ("Normal", ["Socialnämndens beslut"]),
    ("Normal", ["Socialnämnden antar förvaltningens förslag till yttrande och översänder det till Västra "
                "Götalandsregionen."]),
    ("Normal", ["Reservation: Mona Karlsson (S) och Lotta Hedin (S) reserverar sig mot beslutet."]),
    ("Normal", ["Särskilt yttrande: Sara Norén (V) lämnar ett särskilt yttrande. Rebecka Lund (MP) ställer "
                "sig bakom Sara Noréns särskilda yttrande."]),
    ("Normal", ["Expedieras: Västra Götalandsregionen, Göteborgsregionen"]),
]

REV_DATE = "2024-09-26T10:15:00Z"


def _run(text: str, deleted: bool) -> OxmlElement:
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def fill(paragraph, parts: list[str], counter: list[int]) -> None:
    for part in parts:
        if part[:1] in "+-" and len(part) > 1:
            counter[0] += 1
            wrap = OxmlElement("w:ins" if part[0] == "+" else "w:del")
            wrap.set(qn("w:id"), str(counter[0]))
            wrap.set(qn("w:author"), "Fredrik Olander")
            wrap.set(qn("w:date"), REV_DATE)
            wrap.append(_run(part[1:], part[0] == "-"))
            paragraph._p.append(wrap)
        else:
            paragraph.add_run(part)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    counter = [100]
    for style, parts in LERUM_HEAD:
        fill(d.add_paragraph(style=style), parts, counter)
    table = d.add_table(rows=0, cols=3)
    for row_parts in LERUM_TABLE:
        cells = table.add_row().cells
        for cell, parts in zip(cells, row_parts, strict=True):
            fill(cell.paragraphs[0], parts, counter)
    for style, parts in LERUM_BODY:
        para = d.add_paragraph(style=style)
        fill(para, parts, counter)
        if parts[0].startswith("Protokollsanteckning"):
            d.add_comment(para.runs[0], text="Stavning? Ann-Sofie i närvarolistan.", author="Maria Grahn",
                          initials="MG")
    d.sections[0].header.paragraphs[0].text = "Lerums kommun\tSocialnämnden\tSida"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    cp = d.core_properties
    cp.author = "Fredrik Olander"
    cp.last_modified_by = "Maria Grahn"
    cp.title = "Protokoll Socialnämnden 2024-09-24"
    cp.created = dt.datetime(2024, 9, 25, 8, 0, 0)
    cp.modified = dt.datetime(2024, 9, 26, 10, 20, 0)
    cp.revision = 4
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', REV_DATE.encode().join([b'w:date="', b'"']), data)
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 26, 10, 20, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    (DOCS / "lerum-sn-2024-09-24-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
