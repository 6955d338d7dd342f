"""Generate the binary documents of tests/heldout59/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout59/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout59/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 3, 27, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 3, 11, 0, 0)

# PDF: Malung-Sälens kommun, kommunstyrelsens arbetsutskott 2024-03-19, full protocol (2 §§).
# Each page: running header; "h" = bold heading line, "p" = wrapped text, "" = blank, "page" = new page.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("h", "Kommunstyrelsens arbetsutskott"),
        ("p", "Sammanträdesdatum: 2024-03-19, kl. 08.30–11.45, Kommunhuset, Malung"),
        ("", ""),
        ("h", "Ledamöter"),
        ("p", "Erik Dahl (M), ordf."),
        ("p", "Gunilla Sahlin (C), vice ordf."),
        ("p", "Jenny Ek (S)"),
        ("p", "Roger Hansson (SD)"),
        ("h", "Tjänstgörande ersättare"),
        ("p", "Lena Moberg (S) för Jan Bergman (S)"),
        ("h", "Övriga"),
        ("p", "Magnus Olsson, kommunchef"),
        ("p", "Pernilla Berg, planarkitekt, § 45"),
        ("p", "Ingrid Hed, nämndsekreterare"),
        ("", ""),
        ("p", "Justerare: Gunilla Sahlin (C)"),
        ("p", "Justeringens plats och tid: Kommunhuset, Malung, 2024-03-25"),
        ("p", "Paragrafer: 45–46"),
        ("", ""),
        ("p", "Sekreterare .............................. Ingrid Hed"),
        ("p", "Ordförande ............................... Erik Dahl"),
        ("p", "Justerare ................................ Gunilla Sahlin"),
        ("", ""),
        ("h", "BEVIS OM ANSLAG"),
        ("p", "Protokollet för kommunstyrelsens arbetsutskott 2024-03-19, §§ 45–46, är justerat. "
              "§ 45 justerades omedelbart. Anslaget sätts upp 2024-03-26 och tas ned 2024-04-17. "
              "Protokollet förvaras på kommunkansliet i Malung."),
    ],
    [
        ("h", "§ 45   Dnr KS 2024/87"),
        ("h", "Yttrande över Trafikverkets samrådsunderlag – väg 66 Sälen–Stöten, ny sträckning"),
        ("", ""),
        ("h", "Ärendebeskrivning"),
        ("p", "Trafikverket har 2024-02-12 skickat samrådsunderlaget för väg 66 delen Sälen–Stöten till "
              "Malung-Sälens kommun för yttrande (Trafikverkets ärendenummer TRV 2024/18876). Yttrandet ska "
              "ha kommit in senast 2024-03-29. Arbetet bedrivs enligt 2 kap. 12 § väglagen (1971:948)."),
        ("p", "Kommunen har i sin tur gett berörda aktörer möjlighet att lämna synpunkter. Yttranden har "
              "inkommit från Scandinavian Mountains Airport AB, Dalatrafik AB och Destination Sälenfjällen AB. "
              "Synpunkterna har vägts in i förslaget till yttrande."),
        ("h", "Ärendets tidigare behandling"),
        ("p", "Kommunstyrelsen antog 2023-09-12, § 156, en trafikstrategi för Sälenfjällen "
              "(dnr KS 2023/301)."),
        ("h", "Beslutsunderlag"),
        ("p", "– Tjänsteskrivelse, samhällsbyggnadsavdelningen, 2024-03-06"),
        ("p", "– Förslag till yttrande, 2024-03-07"),
        ("p", "– Trafikverkets samrådsunderlag, 2024-02-12"),
        ("p", "– Kommunstyrelsens protokoll 2023-09-12, § 156"),
        ("h", "Yrkande"),
        ("p", "Ordföranden Erik Dahl (M) yrkar bifall till förslaget till yttrande."),
        ("h", "Beslut"),
        ("p", "Arbetsutskottet beslutar på kommunstyrelsens delegation"),
        ("p", "1. Malung-Sälens kommun lämnar yttrande till Trafikverket i enlighet med förslaget."),
    ],
    [
        ("h", "§ 45 (forts.)"),
        ("p", "2. Paragrafen förklaras omedelbart justerad."),
        ("h", "Särskilt yttrande"),
        ("p", "Roger Hansson (SD) lämnar ett skriftligt särskilt yttrande, bilaga 1."),
        ("h", "Beslutet skickas till"),
        ("p", "Trafikverket; Dalatrafik AB; Region Dalarna; Länsstyrelsen Dalarna; Samhällsbyggnadsavdelningen"),
        ("", ""),
        ("h", "§ 46   Dnr KS 2024/112"),
        ("h", "Hyresavtal för förskolan Solrosen i Sälen"),
        ("", ""),
        ("h", "Bakgrund"),
        ("p", "Malungshem AB har uppfört en ny förskolebyggnad i Sälen. Ett hyresavtal mellan Malung-Sälens "
              "kommun och Malungshem AB med en hyrestid om 15 år har tagits fram. Tillträde sker 2024-08-01."),
        ("h", "Ärendets tidigare behandling"),
        ("p", "– Kommunstyrelsen 2023-12-05, § 211: uppdrag till kommunchefen att förhandla fram ett avtal."),
        ("p", "– Barn- och utbildningsnämnden 2024-01-24, § 8 (dnr BUN 2023/204): behovsanalys."),
        ("h", "Beslutsunderlag"),
        ("p", "– Tjänsteskrivelse, kommunchef Magnus Olsson, 2024-03-01"),
        ("p", "– Hyresavtal, utkast 2024-02-20"),
        ("p", "– Barn- och utbildningsnämndens protokoll 2024-01-24, § 8"),
        ("h", "Yrkanden"),
        ("p", "Gunilla Sahlin (C) yrkar bifall till förslaget. Jenny Ek (S) yrkar avslag."),
        ("h", "Omröstning"),
        ("p", "Omröstning begärs och genomförs. Ja för bifall, nej för avslag. Resultat: 3 ja, 2 nej, 0 avstår."),
        ("h", "Beslut"),
        ("p", "Arbetsutskottet föreslår kommunstyrelsen besluta att godkänna hyresavtalet med Malungshem AB."),
        ("h", "Reservation"),
        ("p", "Jenny Ek (S) och Lena Moberg (S) reserverar sig mot beslutet."),
        ("h", "Beslutet skickas till"),
        ("p", "Kommunstyrelsen; Malungshem AB; Barn- och utbildningsnämnden"),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll KSAU 2024-03-19")
    pdf.set_author("Malung-Sälens kommun")
    pdf.set_creator("heldout59")
    pdf.set_producer("heldout59")
    pdf.set_auto_page_break(auto=False)
    total = len(PDF_PAGES)
    for number, page in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.set_xy(15, 10)
        pdf.cell(90, 4, "MALUNG-SÄLENS KOMMUN")
        pdf.cell(90, 4, f"SAMMANTRÄDESPROTOKOLL   Sida {number} av {total}", align="R")
        pdf.set_xy(15, 20)
        for kind, text in page:
            pdf.set_x(15)
            if kind == "h":
                pdf.set_font("F", "B", 10)
                pdf.multi_cell(180, 5.5, text)
            elif kind == "p":
                pdf.set_font("F", "", 10)
                pdf.multi_cell(180, 5, text)
            else:
                pdf.ln(3)
        pdf.set_font("F", "", 7)
        pdf.set_xy(15, 285)
        pdf.cell(180, 4, "Justerandes sign ______        Utdragsbestyrkande ______")
    pdf.output(str(DOCS / "malungsalen-ksau-2024-03-19-protokoll.pdf"))


# DOCX: Norbergs kommun, kommunfullmäktige 2024-05-27, full protocol (2 §§).
# ("title"|"h1"|"h2"|"p"|"li", text) paragraphs; ("table", rows) tables.
DOCX_BODY: list[tuple[str, object]] = [
    ("title", "Protokoll Kommunfullmäktige"),
    ("p", "Norbergs kommun\tSammanträdesdatum 2024-05-27"),
    ("table", [
        ("Plats och tid", "Kommunhuset, Norberg, kl. 18.00–20.15"),
        ("Beslutande", "Enligt närvaro- och voteringslista, bilaga 1"),
        ("Ordförande", "Kent Lindgren (S)"),
        ("1:e vice ordförande", "Margareta Öhrn (M)"),
        ("2:e vice ordförande", "Tomas Björk (C)"),
        ("Övriga närvarande", "Elin Nord, kommunsekreterare\nJohan Sved, ekonomichef, § 38"),
        ("Justerare", "Birgitta Holm (S), Olle Wiik (M)"),
        ("Justeringens plats och tid", "Kommunhuset 2024-06-03"),
        ("Protokollet omfattar", "§§ 38–39"),
    ]),
    ("table", [
        ("Sekreterare", "Elin Nord"),
        ("Ordförande", "Kent Lindgren § 39\nMargareta Öhrn § 38"),
        ("Justerare", "Birgitta Holm                Olle Wiik"),
    ]),
    ("h1", "Anslag/bevis"),
    ("p", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag 2024-06-04. "
          "Anslaget tas ned 2024-06-26. Organ: Kommunfullmäktige. Justerade paragrafer: §§ 38–39."),
    ("h2", "§ 38 Ansvarsfrihet för direktionen i Norra Västmanlands Ekonomiförbund 2023"),
    ("p", "Dnr KS 2024/61"),
    ("h3", "Jäv"),
    ("p", "Kent Lindgren (S) anmäler jäv och deltar inte i handläggningen. 1:e vice ordförande Margareta "
          "Öhrn (M) leder förhandlingarna under paragrafen."),
    ("h3", "Ärendebeskrivning"),
    ("p", "Norra Västmanlands Ekonomiförbund är ett kommunalförbund med Fagersta kommun, Norbergs kommun "
          "och Skinnskattebergs kommun som medlemmar. Förbundets revisorer har granskat verksamheten och "
          "tillstyrker i revisionsberättelsen 2024-03-28 att direktionen beviljas ansvarsfrihet. "
          "Frågan prövas av varje medlems fullmäktige enligt 9 kap. 14 § kommunallagen (2017:725)."),
    ("h3", "Beslutsunderlag"),
    ("li", "Kommunstyrelsens protokoll 2024-04-29, § 62"),
    ("li", "Tjänsteskrivelse, ekonomichef Johan Sved, 2024-04-12"),
    ("li", "Årsredovisning 2023, Norra Västmanlands Ekonomiförbund, direktionens beslut 2024-03-14, § 9"),
    ("li", "Revisionsberättelse 2024-03-28"),
    ("h3", "Yrkande"),
    ("p", "Margareta Öhrn (M) yrkar bifall till kommunstyrelsens förslag."),
    ("h3", "Beslut"),
    ("p", "Kommunfullmäktige beslutar"),
    ("num", "att bevilja direktionen och de enskilda ledamöterna i direktionen ansvarsfrihet för 2023,"),
    ("num", "att lägga årsredovisningen för 2023 till handlingarna."),
    ("h3", "Expedieras till"),
    ("p", "Norra Västmanlands Ekonomiförbund\nFagersta kommun\nSkinnskattebergs kommun"),
    ("h2", "§ 39 Svar på motion om avgiftsfri kollektivtrafik för pensionärer"),
    ("p", "Dnr KS 2023/140"),
    ("h3", "Ärendebeskrivning"),
    ("p", "Anna Sjödin (V) har i en motion 2023-05-22 föreslagit att kommunen ska införa avgiftsfri "
          "kollektivtrafik för pensionärer. Motionen remitterades till kommunstyrelsen. Yttrande har "
          "inhämtats från Region Västmanland som kollektivtrafikmyndighet (regionens dnr RV 2023-01277)."),
    ("h3", "Ärendets tidigare behandling"),
    ("li", "Kommunfullmäktige 2023-06-19, § 51: motionen väcks och remitteras"),
    ("li", "Kommunstyrelsens arbetsutskott 2024-04-08, § 44"),
    ("li", "Kommunstyrelsen 2024-04-29, § 66"),
    ("h3", "Beslutsunderlag"),
    ("li", "Tjänsteskrivelse, kommunledningsförvaltningen, 2024-03-14"),
    ("li", "Yttrande från Region Västmanland 2024-02-02"),
    ("li", "Motion 2023-05-22"),
    ("h3", "Yrkanden"),
    ("p", "Kommunstyrelsens ordförande Lena Hedin (S) yrkar bifall till kommunstyrelsens förslag. "
          "Anna Sjödin (V) yrkar bifall till motionen. Per Nyström (SD) instämmer i Anna Sjödins yrkande."),
    ("h3", "Omröstning"),
    ("p", "Omröstning begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för bifall till motionen. "
          "Med 17 ja-röster mot 12 nej-röster och 2 som avstod beslutar kommunfullmäktige enligt "
          "kommunstyrelsens förslag (bilaga 1)."),
    ("h3", "Beslut"),
    ("p", "Motionen avslås."),
    ("h3", "Reservation"),
    ("p", "Anna Sjödin (V) och Per Nyström (SD) reserverar sig till förmån för Anna Sjödins yrkande."),
    ("h3", "Expedieras till"),
    ("p", "Motionären\nRegion Västmanland\nKommunstyrelsen"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    for kind, content in DOCX_BODY:
        if kind == "table":
            rows = list(content)  # type: ignore[call-overload]
            table = d.add_table(rows=len(rows), cols=2)
            for row, (label, value) in zip(table.rows, rows, strict=True):
                row.cells[0].text = label
                row.cells[1].text = value
        elif kind == "title":
            d.add_heading(str(content), level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(str(content), level=int(kind[1]))
        elif kind == "li":
            d.add_paragraph(str(content), style="List Bullet")
        elif kind == "num":
            d.add_paragraph(str(content), style="List Number")
        else:
            d.add_paragraph(str(content))
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "Justerandes sign\tUtdragsbestyrkande"
    cp = d.core_properties
    cp.author = "Norbergs kommun"
    cp.last_modified_by = "Norbergs kommun"
    cp.title = "Protokoll KF 2024-05-27"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "norberg-kf-2024-05-27-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
