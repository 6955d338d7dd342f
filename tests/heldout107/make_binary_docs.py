"""Build the PDF and DOCX documents of held-out set 107 deterministically.

PDF: Olofströms kommun, kommunstyrelsen 2024-11-19 (full protokoll, 2 §§), fpdf2 with DejaVu Sans.
DOCX: Uppvidinge kommun, kommunstyrelsens arbetsutskott 2024-10-08 (full protokoll, 2 §§), python-docx.

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so running the script twice gives identical bytes.
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
FIXED_PDF = dt.datetime(2024, 11, 26, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 14, 13, 30, 0)

# PDF pages: list of (kind, text). kinds: "h" bold heading, "p" paragraph, "tab" attendance table row
# (name, party, function), "sp" vertical space.
PDF_PAGES: list[list[tuple[str, ...]]] = [
    [
        ("h", "Kommunstyrelsen"),
        ("p", "Sammanträdesdatum: 2024-11-19"),
        ("p", "Plats: Kommunhuset, Ekebacken, Olofström, tisdagen den 19 november 2024, klockan 13.15–15.50"),
        ("sp",),
        ("h", "Närvarande"),
        ("tab", "Namn", "Parti", "Funktion"),
        ("tab", "Ulrika Sjöberg", "S", "Ordförande"),
        ("tab", "Robert Lindh", "M", "Vice ordförande"),
        ("tab", "Kent Gustavsson", "SD", "Ledamot"),
        ("tab", "Birgitta Åberg", "S", "Ledamot"),
        ("tab", "Jesper Malmqvist", "S", "Ledamot"),
        ("tab", "Annika Roos", "C", "Ledamot"),
        ("tab", "Fredrik Svensson", "SD", "Tjg ersättare för Patrik Holm (SD)"),
        ("tab", "Nils-Erik Ståhl", "KD", "Ersättare"),
        ("sp",),
        ("p", "Övriga: Henrik Ljunggren, kommundirektör; Malin Dahl, nämndsekreterare"),
        ("p", "Justerare: Robert Lindh (M)"),
        ("p", "Justering: Kommunhuset 2024-11-25"),
        ("p", "Justerade paragrafer: §§ 188–189"),
        ("sp",),
        ("p", "Sekreterare ........................................  Malin Dahl"),
        ("p", "Ordförande  ........................................  Ulrika Sjöberg"),
        ("p", "Justerare   ........................................  Robert Lindh"),
    ],
    [
        ("h", "§ 188  Bolagsordning och ägardirektiv för Olofströmshus AB"),
        ("p", "Diarienummer: KS 2024/000287"),
        ("h", "Ärendebeskrivning"),
        ("p", "Olofströmshus AB är helägt av Olofströms kommun. Bolagets styrelse har 2024-09-26 begärt att "
              "ägardirektivet ses över med anledning av lagen (2010:879) om allmännyttiga kommunala "
              "bostadsaktiebolag, 2 §. Förslaget har stämts av med Kommuninvest i Sverige AB i frågan om "
              "borgensramen."),
        ("h", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse, kommunledningsförvaltningen, 2024-10-30"),
        ("p", "Protokollsutdrag styrelsen för Olofströmshus AB 2024-09-26, § 41"),
        ("h", "Yrkanden"),
        ("p", "Ulrika Sjöberg (S) yrkar bifall till förvaltningens förslag. Kent Gustavsson (SD) yrkar "
              "återremiss för att utreda en lägre avkastningsnivå."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att så sker. "
              "Votering begärs och verkställs. Ja-röst för att avgöra ärendet i dag, nej-röst för "
              "återremiss. Omröstningen utfaller med 5 ja-röster och 2 nej-röster. 0 ledamöter avstår. "
              "Ordföranden ställer därefter förvaltningens förslag under proposition och finner det "
              "bifallet."),
        ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Kommunfullmäktige fastställer bolagsordning och ägardirektiv för Olofströmshus AB."),
        ("h", "Reservation"),
        ("p", "Kent Gustavsson (SD) och Fredrik Svensson (SD) reserverar sig till förmån för "
              "återremissyrkandet."),
        ("p", "Expedieras: Kommunfullmäktige, Olofströmshus AB"),
    ],
    [
        ("h", "§ 189  Yttrande till Länsstyrelsen i Blekinge län om vattenskyddsområde för Halens vattentäkt"),
        ("p", "Diarienummer: KS 2024/000301"),
        ("h", "Ärendebeskrivning"),
        ("p", "Länsstyrelsen i Blekinge län har gett kommunstyrelsen tillfälle att yttra sig över förslag "
              "till vattenskyddsområde med skyddsföreskrifter enligt 7 kap. 21 § miljöbalken. Yttrandet "
              "ska lämnas senast 2024-12-06. Förslaget har tagits fram av Miljöförbundet Blekinge Väst "
              "tillsammans med Olofströms Kraft AB."),
        ("h", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-11-04"),
        ("p", "Remiss från Länsstyrelsen i Blekinge län, 2024-10-10"),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "1. Kommunstyrelsen avger yttrande enligt samhällsbyggnadsförvaltningens förslag."),
        ("p", "2. Paragrafen justeras omedelbart."),
        ("h", "Särskilt yttrande"),
        ("p", "Annika Roos (C) lämnar ett särskilt yttrande om de areella näringarnas villkor inom den "
              "yttre skyddszonen. Ersättaren Nils-Erik Ståhl (KD) instämmer i yttrandet."),
        ("p", "Expedieras: Länsstyrelsen i Blekinge län, Miljöförbundet Blekinge Väst"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-11-19")
    pdf.set_author("Olofströms kommun")
    pdf.set_creator("Olofströms kommun")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(auto=True, margin=20)
    total = len(PDF_PAGES)
    for number, page in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "B", 12)
        pdf.cell(95, 6, "OLOFSTRÖMS KOMMUN")
        pdf.set_font("F", "", 9)
        pdf.cell(95, 6, f"PROTOKOLL   Sida {number} av {total}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, "Kommunstyrelsen   2024-11-19", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for item in page:
            kind = item[0]
            if kind == "h":
                pdf.set_font("F", "B", 11)
                pdf.multi_cell(0, 6, item[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, item[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "tab":
                bold = item[1] == "Namn"
                pdf.set_font("F", "B" if bold else "", 10)
                for width, text in zip((55, 20, 105), item[1:], strict=True):
                    pdf.cell(width, 5.5, text, border="B" if bold else 0)
                pdf.ln(5.5)
            else:
                pdf.ln(4)
        pdf.set_y(-15)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes sign ..........      Utdragsbestyrkande ..........")
    (DOCS / "olofstrom-ks-2024-11-19-protokoll.pdf").write_bytes(bytes(pdf.output()))


# DOCX: Uppvidinge kommun, kommunstyrelsens arbetsutskott. Attendance in a two-column Word table,
# paragraph heading "§ 112 Dnr 2024/245" on one line with a tab, "att"-lists as Word bullets.
DOCX_TABLE: list[tuple[str, str]] = [
    ("Beslutande", "Anders Nilsson (C), ordförande\nEva-Lena Karlsson (S), vice ordförande\n"
                   "Magnus Lundh (SD)\nSabina Johansson (M) ersätter Ola Bergkvist (M)"),
    ("Övriga närvarande", "Josefin Petersson, kommunchef\nIda Wallin, kommunsekreterare"),
    ("Utses att justera", "Eva-Lena Karlsson"),
    ("Justeringens plats och tid", "Kommunkontoret Åseda, 2024-10-10"),
    ("Paragrafer", "111–112"),
]

DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "§ 111\tDnr 2024/198"),
    ("b", "Försäljning av del av fastigheten Åseda 3:17 till Uppvidingehus AB"),
    ("p", "Uppvidingehus AB har begärt att få förvärva cirka 4 200 kvadratmeter av fastigheten Åseda 3:17 "
          "för nybyggnad av trygghetsboende. Köpeskillingen har bestämts efter värdering av Svefa AB "
          "daterad 2024-08-20. Detaljplanen vann laga kraft 2023-05-02."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från tekniska förvaltningen, 2024-09-23"),
    ("p", "Köpekontrakt, utkast"),
    ("b", "Yrkande"),
    ("p", "Magnus Lundh (SD) yrkar att ärendet avslås."),
    ("p", "Anders Nilsson (C) och Eva-Lena Karlsson (S) yrkar bifall till förvaltningens förslag."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet beslutar i enlighet med "
          "förvaltningens förslag."),
    ("b", "Arbetsutskottets förslag till kommunstyrelsen"),
    ("li", "att godkänna köpekontraktet mellan Uppvidinge kommun och Uppvidingehus AB,"),
    ("li", "att uppdra åt kommunchefen att underteckna köpekontraktet."),
    ("b", "Reservation"),
    ("p", "Magnus Lundh (SD) reserverar sig mot beslutet."),
    ("p", "Beslutet skickas till: Kommunstyrelsen, Uppvidingehus AB"),
    ("h", "§ 112\tDnr 2024/245"),
    ("b", "Samverkansavtal om överförmyndarverksamhet med Lessebo kommun och Tingsryds kommun"),
    ("p", "Överförmyndarverksamheten bedrivs sedan 2016 i en gemensam nämnd med Lessebo kommun och Tingsryds "
          "kommun, Överförmyndarnämnden i Lessebo, Tingsryd och Uppvidinge. Avtalet löper ut 2024-12-31 och "
          "ett nytt avtal har tagits fram. Enligt 19 kap. 14 § föräldrabalken ska kommunen ha en "
          "överförmyndare eller överförmyndarnämnd."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från kommunledningsförvaltningen, 2024-09-30"),
    ("b", "Arbetsutskottets beslut"),
    ("li", "att godkänna samverkansavtalet om gemensam överförmyndarnämnd med Lessebo kommun och Tingsryds "
           "kommun för perioden 2025–2028."),
    ("b", "Protokollsanteckning"),
    ("p", "Sabina Johansson (M) och Magnus Lundh (SD) antecknar att avtalets kostnadsfördelning bör "
          "följas upp efter första året."),
    ("p", "Beslutet skickas till: Lessebo kommun, Tingsryds kommun, Överförmyndarnämnden i Lessebo, "
          "Tingsryd och Uppvidinge"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header.paragraphs[0]
    header.text = "UPPVIDINGE KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsens arbetsutskott\t2024-10-08"
    d.add_paragraph("Sammanträdesdatum: 2024-10-08")
    d.add_paragraph("Plats och tid: Kommunkontoret, Åseda, kl. 08.30–11.15")
    table = d.add_table(rows=0, cols=2)
    for label, value in DOCX_TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("Underskrifter")
    d.add_paragraph("Sekreterare\t..............................\tIda Wallin")
    d.add_paragraph("Ordförande\t..............................\tAnders Nilsson")
    d.add_paragraph("Justerande\t..............................\tEva-Lena Karlsson")
    d.add_page_break()
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Uppvidinge kommun"
    cp.last_modified_by = "Uppvidinge kommun"
    cp.title = "Protokoll KSAU 2024-10-08"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 14, 13, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "uppvidinge-ksau-2024-10-08-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
