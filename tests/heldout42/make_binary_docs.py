"""Generate the binary documents of tests/heldout42/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout42/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata, so re-running
the script leaves the files byte-identical. The gold files in tests/heldout42/gold/ describe the texts written
here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 24, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 13, 11, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---------------------------------------------------------------------------------------------------------------
# PDF: Vellinge kommun, bildningsnämnden 2024-05-21, full protocol, 34–37 §.
# First page: attendance grouped under party headings (no party next to the names). Each paragraph is a bordered
# two-column table: the paragraph number "35 §" and the Dnr in the narrow left column, the text in the right one.
# The omröstningslista for 36 § is a wide table on an A4 landscape page.

ATTENDANCE: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Norrevångsgatan 3, Vellinge, kl. 17.00–19.20"),
    ("", ""),
    ("Beslutande ledamöter", ""),
    ("Moderaterna", "Anna Holmqvist, ordförande"),
    ("", "Fredrik Rosén"),
    ("", "Camilla Åström"),
    ("", "Per Lind, tjg ersättare för Nina Ek"),
    ("Socialdemokraterna", "Göran Blixt, vice ordförande"),
    ("", "Helena Lilja"),
    ("Sverigedemokraterna", "Mikael Ståhl"),
    ("", "Therese Nord"),
    ("Liberalerna", "Olof Krantz"),
    ("", ""),
    ("Ej tjänstgörande ersättare", ""),
    ("Moderaterna", "Lena Sand"),
    ("Socialdemokraterna", "Omar Haddad"),
    ("", ""),
    ("Övriga deltagare", "Karin Dahl, förvaltningschef"),
    ("", "Elin Sjödin, controller, 34–35 §"),
    ("", "Patrik Nyberg, nämndsekreterare"),
    ("", ""),
    ("Justerare", "Helena Lilja"),
    ("Justeringens plats och tid", "Kommunhuset, 2024-05-23"),
    ("Justerade paragrafer", "34–37 §"),
    ("", ""),
    ("Underskrifter", "Sekreterare ...................................  Patrik Nyberg"),
    ("", "Ordförande ...................................  Anna Holmqvist"),
    ("", "Justerare ...................................  Helena Lilja"),
    ("", ""),
    ("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("Organ", "Bildningsnämnden, Vellinge kommun"),
    ("Sammanträdesdatum", "2024-05-21"),
    ("Anslaget sätts upp", "2024-05-24        Anslaget tas ned  2024-06-17"),
    ("Förvaringsplats", "Kommunhuset, Vellinge"),
]

# One list per paragraph: (left cell, right cell); the first row carries "NN §" and the Dnr.
PARAGRAPHS: list[list[tuple[str, str]]] = [
    [
        ("34 §\nDnr BIN 2024/0012", "**Information om skolvalet inför läsåret 2024/25**"),
        ("", "Förvaltningschef Karin Dahl informerar om utfallet av skolvalet. 96 procent av eleverna i förskoleklass "
             "och årskurs 7 har fått plats på sin förstahandsskola. Jämförelser med riket bygger på Skolverkets "
             "statistik från 2023-10-15."),
        ("", "**Beslut**\nBildningsnämnden noterar informationen."),
    ],
    [
        ("35 §\nDnr BIN 2024/0093", "**Samverkansavtal om platser i anpassad gymnasieskola med Malmö stad**"),
        ("", "**Ärendet**\nMalmö stad erbjuder elever från Vellinge kommun platser i anpassad gymnasieskola. Det nya "
             "avtalet ersätter avtalet från 2021-06-15 och gäller 2024-08-01–2027-07-31. Interkommunal ersättning "
             "beräknas enligt 19 kap. 43 § skollagen (2010:800)."),
        ("", "**Beslutsunderlag**\nTjänsteskrivelse från bildningsförvaltningen 2024-05-03\n"
             "Samverkansavtal, Malmö stads förslag 2024-04-22"),
        ("", "**Yrkande**\nAnna Holmqvist (M) yrkar bifall till förvaltningens förslag."),
        ("", "**Beslut**\n1. Bildningsnämnden godkänner samverkansavtalet med Malmö stad.\n"
             "2. Paragrafen justeras omedelbart."),
        ("", "**Beslutet skickas till**\nMalmö stad"),
    ],
    [
        ("36 §\nDnr BIN 2024/0061", "**Revidering av riktlinjer för skolskjuts**"),
        ("", "**Ärendet**\nRiktlinjerna för skolskjuts antogs av bildningsnämnden 2022-03-15, 19 §. Förvaltningen "
             "föreslår ändrade avståndsgränser för årskurs 4–6 och att trafiksäkerhetsbedömningar görs enligt "
             "Trafikverkets vägledning."),
        ("", "**Beslutsunderlag**\nTjänsteskrivelse från bildningsförvaltningen 2024-05-06\n"
             "Reviderade riktlinjer för skolskjuts, bilaga 1"),
        ("", "**Yrkanden**\nGöran Blixt (S) och Helena Lilja (S) yrkar att ärendet återremitteras för en "
             "konsekvensanalys. Anna Holmqvist (M) yrkar att ärendet avgörs i dag och bifall till förvaltningens "
             "förslag."),
        ("", "**Omröstning**\nOrdföranden ställer först proposition på om ärendet ska avgöras i dag. Omröstning "
             "begärs. Ja för att ärendet avgörs i dag, Nej för återremiss. Omröstningen utfaller med 6 ja-röster, "
             "2 nej-röster och 1 som avstår, se omröstningslistan (bilaga till 36 §). Därefter finner "
             "ordföranden att nämnden bifaller förvaltningens förslag."),
        ("", "**Beslut**\nBildningsnämnden antar reviderade riktlinjer för skolskjuts, att gälla från och med "
             "2024-08-01."),
        ("", "**Reservation**\nGöran Blixt (S) och Helena Lilja (S) reserverar sig mot beslutet att inte "
             "återremittera ärendet."),
    ],
    [
        ("37 §\nDnr BIN 2024/0102", "**Remiss – Lokalförsörjningsplan 2025–2034**"),
        ("", "**Ärendet**\nKommunstyrelsen har remitterat förslag till lokalförsörjningsplan 2025–2034 "
             "(kommunstyrelsens dnr KS 2024/0211) till bildningsnämnden för yttrande senast 2024-06-07. "
             "Planen omfattar bland annat en ny skola i Ljunghusen."),
        ("", "**Beslutsunderlag**\nTjänsteskrivelse från bildningsförvaltningen 2024-05-08\n"
             "Förslag till yttrande 2024-05-08"),
        ("", "**Yrkande**\nAnna Holmqvist (M) yrkar bifall till förvaltningens förslag till yttrande."),
        ("", "**Beslut**\nBildningsnämnden antar förvaltningens förslag till yttrande och överlämnar det till "
             "kommunstyrelsen."),
        ("", "**Särskilt yttrande**\nGöran Blixt (S) lämnar särskilt yttrande för Socialdemokraterna: "
             "\"Planen borde prioritera upprustning av befintliga skolor före nybyggnad.\"\n"
             "Ersättaren Omar Haddad (S) instämmer i Göran Blixts särskilda yttrande."),
        ("", "**Protokollsanteckning**\nOlof Krantz (L) antecknar till protokollet att Liberalerna vill se en "
             "tidplan för Ljunghusenskolan."),
        ("", "**Beslutet skickas till**\nKommunstyrelsen"),
    ],
]

VOTE_HEAD = ["Ledamot", "Parti", "Funktion", "Tjänstgör för", "Ja", "Nej", "Avstår", "Frånvarande", "Anmärkning"]
VOTE_W = [52, 18, 38, 36, 14, 14, 16, 24, 55]
VOTE_ROWS = [
    ["Anna Holmqvist", "M", "Ordförande", "", "X", "", "", "", ""],
    ["Göran Blixt", "S", "Vice ordförande", "", "", "X", "", "", ""],
    ["Fredrik Rosén", "M", "Ledamot", "", "X", "", "", "", ""],
    ["Camilla Åström", "M", "Ledamot", "", "X", "", "", "", ""],
    ["Per Lind", "M", "Tjg ersättare", "Nina Ek (M)", "X", "", "", "", ""],
    ["Helena Lilja", "S", "Ledamot", "", "", "X", "", "", ""],
    ["Mikael Ståhl", "SD", "Ledamot", "", "X", "", "", "", ""],
    ["Therese Nord", "SD", "Ledamot", "", "", "", "X", "", ""],
    ["Olof Krantz", "L", "Ledamot", "", "X", "", "", "", ""],
    ["Summa", "", "", "", "6", "2", "1", "0", ""],
]


class VellingePDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.set_xy(15, 8)
        self.cell(self.w - 30, 5, "VELLINGE KOMMUN", align="L")
        self.set_xy(15, 8)
        self.cell(self.w - 30, 5, f"SAMMANTRÄDESPROTOKOLL   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_font("F", "", 9)
        self.set_xy(15, 13)
        self.cell(self.w - 30, 5, "Bildningsnämnden", align="L")
        self.set_xy(15, 13)
        self.cell(self.w - 30, 5, "Sammanträdesdatum 2024-05-21", align="R")
        self.line(15, 19, self.w - 15, 19)
        self.set_y(24)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign            Utdragsbestyrkande", align="C")


def make_pdf() -> None:
    pdf = VellingePDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll bildningsnämnden 2024-05-21")
    pdf.set_author("Vellinge kommun")
    pdf.set_creator("heldout42")
    pdf.set_producer("heldout42")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    for label, text in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.cell(55, 5, label)
        pdf.set_font("F", "", 10)
        pdf.set_xy(72, y)
        pdf.multi_cell(123, 5, text)
    for rows in PARAGRAPHS:
        pdf.add_page()
        for left, right in rows:
            pdf.set_font("F", "", 10)
            h = pdf.multi_cell(150, 5, right, markdown=True, dry_run=True, output="HEIGHT") + 4
            if pdf.get_y() + h > pdf.h - 22:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.set_font("F", "B", 10)
            pdf.set_xy(15, y0 + 2)
            pdf.multi_cell(28, 5, left)
            pdf.set_font("F", "", 10)
            pdf.set_xy(45, y0 + 2)
            pdf.multi_cell(150, 5, right, markdown=True)
            y1 = max(pdf.get_y() + 2, y0 + h)
            pdf.rect(15, y0, 30, y1 - y0)
            pdf.rect(45, y0, 150, y1 - y0)
            pdf.set_y(y1)
        if rows[0][0].startswith("36 §"):
            pdf.add_page(orientation="L")
            pdf.set_font("F", "B", 11)
            pdf.cell(0, 7, "Omröstningslista, bilaga till 36 §  –  Fråga: Ska ärendet avgöras i dag?",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 9)
            pdf.cell(0, 6, "Ja = ärendet avgörs i dag (Anna Holmqvists yrkande)   Nej = återremiss (Göran Blixts "
                           "yrkande)", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_x(15)
            pdf.set_font("F", "B", 9)
            for head, w in zip(VOTE_HEAD, VOTE_W, strict=True):
                pdf.cell(w, 7, head, border=1, align="C")
            pdf.ln(7)
            pdf.set_font("F", "", 9)
            for row in VOTE_ROWS:
                pdf.set_x(15)
                for value, w in zip(row, VOTE_W, strict=True):
                    pdf.cell(w, 6, value, border=1, align="C" if w < 30 else "L")
                pdf.ln(6)
    pdf.output(str(DOCS / "vellinge-bin-2024-05-21-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------------------------
# DOCX: Staffanstorps kommun, kommunstyrelsen 2024-06-10, protokollsutdrag "§ 112/2024".
# Issuer, body, "PROTOKOLLSUTDRAG" and the ISO meeting date only in a floating VML text box; the utdragsbestyrkande
# in a second text box; two real Word footnotes; section headings as bold small-caps runs.

TEXTBOX = (
    '<w:r xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    "<w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
    "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
    "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
    "<v:shape id=\"{name}\" o:spid=\"_x0000_s{sid}\" type=\"#_x0000_t202\" "
    "style=\"position:absolute;margin-left:{left}pt;margin-top:0;width:190pt;height:{height}pt;z-index:{z};"
    "mso-position-horizontal-relative:margin\" strokeweight=\".5pt\">"
    "<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)

FOOTNOTES = {
    1: "Region Skånes beslut 2024-04-18, § 77, om medfinansiering av studien.",
    2: "Andelen finansieras ur kommunstyrelsens utvecklingsmedel, jfr 2 kap. 3 § lagen (2009:47) om vissa "
       "kommunala befogenheter.",
}


def textbox_run(name: str, sid: int, left: int, height: int, z: int, lines: list[str]):
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    return parse_xml(TEXTBOX.format(w=W_NS, name=name, sid=sid, left=left, height=height, z=z, paras=paras))


def footnote_ref(n: int):
    return parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{n}"/></w:r>'
    )


def add_footnotes_part(d) -> None:
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for n, text in FOOTNOTES.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{notes}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def small_caps_heading(d, text: str) -> None:
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    run = p.add_run(text)
    run.bold = True
    run.font.small_caps = True


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Garamond"

    first = d.add_paragraph()
    first._p.append(textbox_run("Textruta 1", 1026, 280, 80, 251659264, [
        "STAFFANSTORPS KOMMUN", "Kommunstyrelsen", "PROTOKOLLSUTDRAG", "Sammanträdesdatum 2024-06-10",
    ]))
    d.add_paragraph()
    d.add_paragraph()
    d.add_paragraph(
        "Utdrag ur protokoll fört vid kommunstyrelsens sammanträde måndagen den 10 juni 2024 i kommunhuset, "
        "Staffanstorp."
    )
    d.add_heading("§ 112/2024", level=2)
    title = d.add_paragraph()
    title.add_run("Avsiktsförklaring om Simrishamnsbanan – sträckan Malmö–Staffanstorp–Dalby").bold = True
    d.add_paragraph("Diarienummer: KS 2024/0231")

    small_caps_heading(d, "Ärendebeskrivning")
    p = d.add_paragraph(
        "Staffanstorps kommun, Malmö stad, Lunds kommun och Region Skåne har tagit fram en avsiktsförklaring om "
        "fortsatt planering av persontrafik på Simrishamnsbanan mellan Malmö, Staffanstorp och Dalby."
    )
    p._p.append(footnote_ref(1))
    p.add_run(
        " Avsiktsförklaringen innebär att parterna delar kostnaden för en åtgärdsvalsstudie. Trafikverket har "
        "deltagit i arbetet men är inte part i avsiktsförklaringen. Staffanstorps kommuns andel av kostnaden är "
        "1,5 mnkr."
    )
    p._p.append(footnote_ref(2))

    small_caps_heading(d, "Beslutsunderlag")
    for line in (
        "Tjänsteskrivelse från kommunledningsförvaltningen den 27 maj 2024",
        "Avsiktsförklaring, version 2024-05-20",
        "Kommunstyrelsens arbetsutskott 2024-05-28, § 96",
    ):
        d.add_paragraph(line, style="List Bullet")

    small_caps_heading(d, "Yrkanden")
    d.add_paragraph(
        "Ordföranden Magnus Ekvall (M) yrkar bifall till arbetsutskottets förslag. Tove Hallin (S) instämmer i "
        "ordförandens yrkande. Linnea Sand (SD) yrkar avslag."
    )
    small_caps_heading(d, "Omröstning")
    d.add_paragraph(
        "Votering begärs. Kommunstyrelsen godkänner följande voteringsproposition: Den som bifaller ordförandens "
        "yrkande röstar ja, den som bifaller Linnea Sands yrkande röstar nej. Voteringen utfaller med 10 ja-röster "
        "och 3 nej-röster. Ingen ledamot avstår."
    )
    small_caps_heading(d, "Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    d.add_paragraph("Avsiktsförklaringen om Simrishamnsbanan godkänns.", style="List Number")
    d.add_paragraph("Kommunstyrelsens ordförande får i uppdrag att underteckna avsiktsförklaringen.",
                    style="List Number")
    small_caps_heading(d, "Reservation")
    d.add_paragraph(
        "Linnea Sand (SD) och Emil Råberg (SD) reserverar sig mot beslutet till förmån för Linnea Sands yrkande."
    )
    small_caps_heading(d, "Protokollsanteckning")
    d.add_paragraph(
        "Tove Hallin (S) får föra följande anteckning till protokollet: Socialdemokraterna vill att även ett "
        "stationsläge i Hjärup utreds."
    )
    small_caps_heading(d, "Beslutet skickas till")
    d.add_paragraph("Malmö stad, Lunds kommun, Region Skåne, Kommunfullmäktige")

    d.add_paragraph()
    table = d.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Ordförande", "Justerare"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Magnus Ekvall", "Tove Hallin"), strict=True):
        cell.text = text
    last = d.add_paragraph("Vid protokollet: Maja Lindgren")
    last._p.append(textbox_run("Textruta 2", 1027, 300, 60, 251660288, [
        "Rätt utdraget intygar", "Maja Lindgren, kommunsekreterare", "2024-06-13",
    ]))

    add_footnotes_part(d)
    cp = d.core_properties
    cp.author = "Staffanstorps kommun"
    cp.last_modified_by = "Staffanstorps kommun"
    cp.title = "Protokollsutdrag KS § 112/2024"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 13, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "staffanstorp-ks-2024-06-10-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
