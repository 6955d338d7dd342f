# ruff: noqa: E501
"""Build the PDF and DOCX documents of held-out set 148 deterministically.

PDF: Härnösands kommun, kultur- och fritidsnämnden 2024-11-14 (full protokoll, 3 §§), fpdf2 with DejaVu Sans.
DOCX: Mora kommun, kommunfullmäktige 2025-06-16 (full protokoll, 3 §§), python-docx.

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
FIXED_PDF = dt.datetime(2024, 11, 20, 10, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 6, 23, 9, 15, 0)

# PDF pages: list of (kind, text). kinds: "h" bold heading, "p" paragraph, "kv" label + value, "sp" space.
PDF_PAGES: list[list[tuple[str, ...]]] = [
    [
        ("h", "Kultur- och fritidsnämnden"),
        ("kv", "Plats och tid", "Sessionssalen, Rådhuset, Härnösand, torsdagen den 14 november 2024 kl. 13.00–16.10"),
        ("sp",),
        ("h", "Beslutande ledamöter"),
        ("p", "Anneli Forsberg, S, ordförande"),
        ("p", "Mikael Strömqvist, M, vice ordförande"),
        ("p", "Erik Nordlund, S"),
        ("p", "Sara Holmström, C"),
        ("p", "Jörgen Asplund, SD"),
        ("p", "Malin Berglöf, V"),
        ("p", "Tomas Edlund, KD, tjänstgörande ersättare för Ingrid Sjödin, KD"),
        ("sp",),
        ("h", "Ersättare"),
        ("p", "Lisa Westin, L"),
        ("p", "Jonny Hellberg, SD"),
        ("sp",),
        ("h", "Övriga närvarande"),
        ("p", "Camilla Brandt, kultur- och fritidschef"),
        ("p", "Peter Sundin, nämndsekreterare"),
        ("sp",),
        ("kv", "Utses att justera", "Sara Holmström"),
        ("kv", "Justeringens plats och tid", "Kultur- och fritidsförvaltningen, 2024-11-19"),
        ("kv", "Paragrafer", "§§ 61–63"),
        ("sp",),
        ("p", "Sekreterare    ..........................................    Peter Sundin"),
        ("p", "Ordförande     ..........................................    Anneli Forsberg"),
        ("p", "Justerare      ..........................................    Sara Holmström"),
        ("sp",),
        ("h", "BEVIS OM ANSLAG"),
        ("p", "Protokollet för kultur- och fritidsnämndens sammanträde 2024-11-14 är justerat. Datum för "
              "anslags uppsättande 2024-11-20, datum för anslags nedtagande 2024-12-12. Förvaringsplats: "
              "Rådhuset, Härnösand."),
    ],
    [
        ("h", "§ 61   Föreningsbidrag 2025"),
        ("p", "Dnr KFN 2024/000233"),
        ("p", "Nämnden antog nya regler för föreningsbidrag 2023-06-15, § 40. Förvaltningen föreslår nu "
              "fördelningen av aktivitetsstöd och lokalbidrag för 2025 inom den ram som kommunfullmäktige "
              "fastställde 2024-06-17. RF-SISU Västernorrland har lämnat synpunkter på förslaget. Ansökningar "
              "skulle ha kommit in senast 2024-09-30."),
        ("h", "Underlag"),
        ("p", "Kultur- och fritidsförvaltningens tjänsteskrivelse 2024-10-28"),
        ("h", "Yrkanden"),
        ("p", "Ordföranden Anneli Forsberg (S) yrkar bifall till förvaltningens förslag. Jörgen Asplund (SD) "
              "yrkar att bidraget till studieförbunden sänks med 10 procent."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer proposition på förvaltningens förslag och på Jörgen Asplunds yrkande och "
              "finner att nämnden beslutar enligt förvaltningens förslag. Omröstning begärs. Ja-röst för "
              "förvaltningens förslag, nej-röst för Jörgen Asplunds yrkande. Omröstningen utfaller 4–2, "
              "en ledamot avstår från att rösta."),
        ("h", "Beslut"),
        ("p", "– Kultur- och fritidsnämnden fastställer fördelningen av föreningsbidrag 2025 enligt bilaga 2."),
        ("p", "– Förvaltningen får i uppdrag att följa upp bidragen till nämnden i april 2025."),
        ("h", "Reservation"),
        ("p", "Jörgen Asplund (SD) reserverar sig skriftligt, bilaga 3. Hans partikamrat, ersättaren Jonny "
              "Hellberg (SD), deltar inte i beslutet."),
        ("p", "Skickas till: RF-SISU Västernorrland, ekonomienheten"),
    ],
    [
        ("h", "§ 62   Svar på remiss – Regional kulturplan för Västernorrland 2025–2028"),
        ("p", "Dnr KFN 2024/000198, RV 24/01572"),
        ("p", "Region Västernorrland har skickat förslaget till regional kulturplan på remiss till länets "
              "kommuner. Remisstiden går ut 2024-11-29. Kulturplanen ligger till grund för fördelningen av "
              "statliga medel inom kultursamverkansmodellen enligt förordningen (2010:2012). Statens "
              "kulturråd följer arbetet."),
        ("h", "Underlag"),
        ("p", "Tjänsteskrivelse daterad 2024-10-31"),
        ("p", "Remissförslag, Region Västernorrland 2024-09-06"),
        ("h", "Beslut"),
        ("p", "– Nämnden antar förvaltningens yttrande och överlämnar det till Region Västernorrland."),
        ("p", "– Nämnden understryker särskilt vikten av biblioteken och studieförbunden som regionala "
              "resurser."),
        ("h", "Protokollsanteckningar"),
        ("p", "Malin Berglöf (V) och Erik Nordlund (S) antecknar att biblioteksverksamheten borde ha fått ett "
              "eget avsnitt i kulturplanen."),
        ("p", "Skickas till: Region Västernorrland"),
        ("sp",),
        ("h", "§ 63   Nyttjanderättsavtal för Högslättens idrottsplats med IFK Härnösand"),
        ("p", "Dnr KFN 2024/000251"),
        ("p", "Nuvarande avtal löper ut 2024-12-31. Ett nytt Nyttjanderättsavtal för Högslättens idrottsplats "
              "mellan Härnösands kommun och IFK Härnösand har förhandlats fram för perioden 2025–2029. "
              "Härnösandshus AB äger klubbstugan och berörs inte av avtalet."),
        ("h", "Underlag"),
        ("p", "Tjänsteskrivelse 2024-11-04"),
        ("h", "Beslut"),
        ("p", "Nämnden godkänner nyttjanderättsavtalet med IFK Härnösand."),
        ("p", "Paragrafen justeras omedelbart."),
        ("p", "Skickas till: IFK Härnösand, Härnösandshus AB"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kultur- och fritidsnämnden 2024-11-14")
    pdf.set_author("Härnösands kommun")
    pdf.set_creator("Härnösands kommun")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(auto=True, margin=20)
    total = len(PDF_PAGES)
    for number, page in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "B", 12)
        pdf.cell(95, 6, "HÄRNÖSANDS KOMMUN")
        pdf.set_font("F", "", 9)
        pdf.cell(95, 6, f"Protokoll   {number} ({total})", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, "Kultur- och fritidsnämnden, sammanträdesdatum 2024-11-14", new_x="LMARGIN", new_y="NEXT")
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
            elif kind == "kv":
                pdf.set_font("F", "B", 10)
                pdf.cell(55, 5, item[1])
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, item[2], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(4)
        pdf.set_auto_page_break(auto=False)
        pdf.set_y(-15)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes signatur ..........      Utdragsbestyrkande ..........")
        pdf.set_auto_page_break(auto=True, margin=20)
    (DOCS / "harnosand-kfn-2024-11-14-protokoll.pdf").write_bytes(bytes(pdf.output()))


# DOCX: Mora kommun, kommunfullmäktige. Attendance by exception in a two-column Word table,
# "KF § 71" headings with "Dnr" in a separate line, decisions as Word numbered lists.
DOCX_TABLE: list[tuple[str, str]] = [
    ("Plats och tid", "Morasalen, Mora kommunhus, måndagen den 16 juni 2025 kl. 18.00–21.25"),
    ("Ordförande", "Birgitta Hed (C)"),
    ("1:e vice ordförande", "Olle Persson (S)"),
    ("2:e vice ordförande", "Ingela Sahlin (M)"),
    ("Beslutande", "Samtliga ledamöter med undantag för Kurt Eriksson (S) och Anna Lindkvist (M), "
                   "som ersattes av tjänstgörande ersättarna Gunilla Rask (S) respektive Fredrik Åkerblom (M)."),
    ("Övriga", "Johan Lindberg, kommunchef\nSofie Dahlgren, kanslichef"),
    ("Justerare", "Nils Olsson (MP) och Lena Mattsson (SD)"),
    ("Justeringens plats och tid", "Kommunkansliet 2025-06-19"),
    ("Paragrafer", "71–73"),
]

DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "KF § 71"),
    ("b", "Svar på motion om en fritidsbank i Mora"),
    ("p", "Dnr KS 2024/00517"),
    ("p", "Nils Olsson (MP) lämnade 2024-10-21 in en motion om att kommunen ska starta en fritidsbank. "
          "Motionen har remitterats till fritidsnämnden, som yttrade sig 2025-03-12, § 19. "
          "Kommunstyrelsen behandlade ärendet 2025-05-20, § 98."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunstyrelsen 2025-05-20, § 98"),
    ("p", "Tjänsteskrivelse från kommunledningskontoret 2025-04-22"),
    ("b", "Yrkanden"),
    ("p", "Nils Olsson (MP) yrkar bifall till motionen. Kent Hjort (C) yrkar bifall till kommunstyrelsens "
          "förslag."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer yrkandena mot varandra och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag."),
    ("b", "Kommunfullmäktiges beslut"),
    ("li", "Motionen anses besvarad."),
    ("b", "Reservation"),
    ("p", "Nils Olsson (MP) och Anders Wahlgren (V) reserverar sig mot beslutet."),
    ("h", "KF § 72"),
    ("b", "Ägardirektiv för Moraenergi AB 2025–2027"),
    ("p", "Dnr KS 2025/00140"),
    ("p", "Kommunstyrelsen föreslår nya ägardirektiv för Moraenergi AB, som ägs av Morastrand AB. I "
          "kommunstyrelsen lämnade Eva Brodin (SD) en protokollsanteckning om avkastningskravet. "
          "Ägardirektiven ska fastställas på bolagsstämman enligt 10 kap. 3 § kommunallagen (2017:725)."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunstyrelsen 2025-05-20, § 101"),
    ("p", "Kommunledningskontorets tjänsteskrivelse 2025-04-29"),
    ("b", "Yrkanden"),
    ("p", "Olle Persson (S) yrkar bifall till kommunstyrelsens förslag. Lena Mattsson (SD) yrkar att "
          "avkastningskravet sänks till 3 procent."),
    ("b", "Beslutsgång"),
    ("p", "Omröstning begärs och verkställs. Den som bifaller kommunstyrelsens förslag röstar ja, den som "
          "bifaller Lena Mattssons yrkande röstar nej. Omröstningsresultat: 27 ja, 12 nej, 2 avstår "
          "(omröstningsbilaga 1)."),
    ("b", "Kommunfullmäktiges beslut"),
    ("li", "Ägardirektiv för Moraenergi AB fastställs enligt bilaga."),
    ("li", "Kommunens ombud på bolagsstämman i Morastrand AB instrueras att rösta för ägardirektiven."),
    ("b", "Reservation"),
    ("p", "Lena Mattsson (SD), Eva Brodin (SD) och Roger Back (SD) reserverar sig till förmån för "
          "Lena Mattssons yrkande."),
    ("p", "Expedieras: Moraenergi AB, Morastrand AB"),
    ("h", "KF § 73"),
    ("b", "Avtal om gemensam överförmyndarnämnd med Orsa kommun och Älvdalens kommun"),
    ("p", "Dnr KS 2025/00212"),
    ("p", "Mora, Orsa och Älvdalen har sedan 2015 en gemensam överförmyndarnämnd med Mora kommun som "
          "värdkommun, Överförmyndarnämnden Mora Orsa Älvdalen. Avtalet mellan Mora kommun, Orsa kommun "
          "och Älvdalens kommun revideras inför 2026 enligt 9 kap. 19 § kommunallagen. Orsa kommun har redan "
          "godkänt avtalet 2025-05-26."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-04-15"),
    ("b", "Kommunfullmäktiges beslut"),
    ("li", "Avtal om gemensam överförmyndarnämnd godkänns att gälla från 2026-01-01."),
    ("li", "Reglementet för Överförmyndarnämnden Mora Orsa Älvdalen revideras i enlighet med avtalet."),
    ("li", "Paragrafen justeras omedelbart."),
    ("b", "Särskilt yttrande"),
    ("p", "Ingela Sahlin (M) lämnar ett särskilt yttrande, bilaga 2."),
    ("p", "Expedieras: Orsa kommun, Älvdalens kommun, Överförmyndarnämnden Mora Orsa Älvdalen"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header.paragraphs[0]
    header.text = "MORA KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\t2025-06-16"
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "Justerandes sign\t\tUtdragsbestyrkande"
    d.add_paragraph("Kommunfullmäktige").runs[0].bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in DOCX_TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("Underskrifter")
    d.add_paragraph("Sekreterare\t..............................\tSofie Dahlgren")
    d.add_paragraph("Ordförande\t..............................\tBirgitta Hed")
    d.add_paragraph("Justerare\t..............................\tNils Olsson\t..............................\tLena Mattsson")
    d.add_paragraph("ANSLAG/BEVIS: Protokollet är justerat. Anslaget sätts upp 2025-06-20 och tas ned 2025-07-12.")
    d.add_page_break()
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Mora kommun"
    cp.last_modified_by = "Mora kommun"
    cp.title = "Protokoll KF 2025-06-16"
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
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 23, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "mora-kf-2025-06-16-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
