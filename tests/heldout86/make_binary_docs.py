"""Generate the binary documents of tests/heldout86/docs (two DOCX, one PDF).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout86/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout86/gold/
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 16, 9, 0, 0, tzinfo=dt.UTC)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES_XML = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def add_footnote(document: docx.document.Document, paragraph, text: str) -> None:
    """Attach a real Word footnote (footnotes.xml part) to the end of paragraph."""
    xml = FOOTNOTES_XML.replace("{text}", text).encode("utf-8")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml,
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    run = paragraph.add_run()
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>')
    run._r.append(rpr)
    run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    tblpr.append(borders)


def header_text_box(section, lines: list[str]) -> None:
    """Put lines in a floating text box (VML + DrawingML alternative) in the section header."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    box = (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2300000" cy="640000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="Textruta 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2300000" '
        'cy="640000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Textruta1" type="#_x0000_t202" '
        'style="position:absolute;margin-left:283pt;width:181pt;height:50pt">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    p = section.header.paragraphs[0]
    p._p.append(parse_xml(box))


def add_lines(document, lines: list[str], style: str | None = None, bold: bool = False):
    """One paragraph whose lines are separated by manual line breaks (Shift+Enter)."""
    p = document.add_paragraph(style=style)
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return p


def bold_para(document, text: str):
    p = document.add_paragraph()
    p.add_run(text).bold = True
    return p


def save_docx(document, name: str, stamp: tuple[int, int, int, int, int, int], author: str) -> None:
    fixed = dt.datetime(*stamp)
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = name
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.namelist()):
            info = zipfile.ZipInfo(item, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item))
    (DOCS / name).write_bytes(out.getvalue())


def numbered(document, text: str, num_id: int | None = None):
    """A Word automatic-numbering item ("List Number"); the number is not in the text."""
    p = document.add_paragraph(text, style="List Number")
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def restart_numbering(document, count: int) -> list[int]:
    """Create count new w:num entries restarting the List Number abstract numbering."""
    numbering = document.part.numbering_part.element
    style = document.styles["List Number"]
    base_id = int(style.element.pPr.numPr.numId.val)
    base = next(n for n in numbering.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == base_id)
    abstract = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = []
    for i in range(count):
        new_id = 100 + i
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
        numbering.append(num)
        ids.append(new_id)
    return ids


# DOCX 1: Storfors kommun, kommunstyrelsen 2024-04-09, full protocol §§ 41-43.
def make_storfors() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "STORFORS KOMMUN\tSAMMANTRÄDESPROTOKOLL"
    header_text_box(sec, ["Kommunstyrelsen", "Sammanträdesdatum 2024-04-09", "Sida 1"])
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    lists = restart_numbering(d, 3)

    bold_para(d, "Kommunstyrelsen i Storfors kommun")
    d.add_paragraph("Plats och tid\tKommunhuset, Storfors, tisdagen den 9 april 2024 kl. 13.15–16.05")
    t = d.add_table(rows=0, cols=2)
    no_borders(t)
    rows = [
        ("Beslutande", "Eva Lindkvist (S), ordförande"),
        ("", "Mats Hagberg (M), vice ordförande"),
        ("", "Ulla Persson (S)"),
        ("", "Kent Åström (C)"),
        ("", "Tobias Nyman (SD)"),
        ("", "Jenny Lund (V) tjg för Rolf Eklund (V)"),
        ("Övriga närvarande", "Anna Sjögren\tkommunchef"),
        ("", "Helena Berg\tnämndsekreterare"),
        ("", "Per Wallin\tekonomichef §§ 41–42"),
        ("Utses att justera", "Mats Hagberg"),
        ("Justeringens plats och tid", "Kommunhuset 2024-04-12"),
        ("Underskrifter", "Sekreterare\t…………………………………\tParagrafer 41–43"),
        ("", "\tHelena Berg"),
        ("", "Ordförande\t…………………………………"),
        ("", "\tEva Lindkvist"),
        ("", "Justerare\t…………………………………"),
        ("", "\tMats Hagberg"),
    ]
    for left, right in rows:
        cells = t.add_row().cells
        cells[0].text = left
        cells[0].width = Cm(4.5)
        cells[1].text = right
        cells[1].width = Cm(11.5)
    add_lines(d, ["ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
                  "Anslaget sätts upp 2024-04-15\tAnslaget tas ned 2024-05-07",
                  "Förvaringsplats för protokollet: Kommunkansliet"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # § 41: heading style, remiss, automatic numbering, adjustment outside the list.
    d.add_heading("§ 41\tRemiss – Länstransportplan för Värmland 2026–2037", level=2)
    d.add_paragraph("Dnr KS 2024/87\t\tRegion Värmlands dnr RV2024-00412")
    bold_para(d, "Ärendebeskrivning")
    add_lines(d, [
        "Region Värmland har remitterat förslag till länstransportplan för åren 2026–2037 till länets kommuner.",
        "Remissvar ska ha kommit in till regionen senast den 30 april 2024.",
        "Kommunen lyfter i sitt förslag till yttrande behovet av bärighetsåtgärder på väg 26 och "
        "pendlingsmöjligheter mot Kristinehamn och Karlstad.",
    ])
    bold_para(d, "Beslutsunderlag")
    add_lines(d, ["Tjänsteskrivelse, kommunchef Anna Sjögren, 2024-03-25",
                  "Remissmissiv från Region Värmland 2024-02-15",
                  "Förslag till yttrande"])
    d.add_paragraph("Kent Åström (C) yrkar bifall till förslaget till yttrande.")
    bold_para(d, "Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att")
    numbered(d, "anta förslaget till yttrande som kommunens svar på remissen,", lists[0])
    numbered(d, "skicka yttrandet till Region Värmland.", lists[0])
    d.add_paragraph("Kommunstyrelsen förklarar paragrafen omedelbart justerad.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # § 42: no heading style, bold manual title, vote with tab columns, footnote.
    bold_para(d, "§ 42\tTaxa för plan- och bygglovsverksamheten 2024")
    d.add_paragraph("Dnr KS 2023/214")
    bold_para(d, "Ärendebeskrivning")
    p = d.add_paragraph(
        "Byggnadsnämnden har föreslagit en ny taxa för plan- och bygglovsverksamheten enligt Sveriges "
        "Kommuner och Regioners underlag. Taxan tas ut med stöd av 12 kap. 10 § plan- och bygglagen.")
    add_footnote(d, p, "Plan- och bygglagen (2010:900). Byggnadsnämndens beslut 2024-02-21, § 12.")
    bold_para(d, "Beslutsunderlag")
    add_lines(d, ["Tjänsteskrivelse 2024-03-18", "Byggnadsnämndens beslut 2024-02-21, § 12"])
    bold_para(d, "Yrkanden")
    add_lines(d, ["Ulla Persson (S) yrkar bifall till förvaltningens förslag.",
                  "Tobias Nyman (SD) yrkar att taxan ska behållas oförändrad."])
    bold_para(d, "Omröstning")
    d.add_paragraph("Votering begärs och verkställs med ja för Ulla Perssons yrkande och nej för Tobias "
                    "Nymans yrkande.")
    d.add_paragraph("\tJa\tNej\tAvstår")
    d.add_paragraph("Röster\t5\t1\t0")
    d.add_paragraph("Kommunstyrelsen har således bifallit Ulla Perssons yrkande.")
    bold_para(d, "Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta att")
    numbered(d, "anta taxa för plan- och bygglovsverksamheten enligt bilaga, att gälla från 2024-07-01.", lists[1])
    bold_para(d, "Reservation")
    d.add_paragraph("Tobias Nyman (SD) reserverar sig till förmån för eget yrkande.")
    d.add_paragraph("Beslutet skickas till\tKommunfullmäktige\n\tByggnadsnämnden")

    # § 43: typed as plain paragraph, motion, single decision sentence, protokollsanteckning.
    d.add_paragraph("§ 43\tSvar på motion om fler laddstolpar vid kommunens anläggningar")
    d.add_paragraph("Dnr KS 2023/301")
    add_lines(d, [
        "Jenny Lund (V) har i en motion daterad 2023-10-02 föreslagit att kommunen bygger fler laddstolpar.",
        "Storfors Bostäder AB har lämnat synpunkter 2024-01-19. Förvaltningens tjänsteskrivelse är daterad "
        "2024-03-20.",
    ])
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.")
    bold_para(d, "Protokollsanteckning")
    d.add_paragraph("Kent Åström (C) antecknar att laddstolpar bör prioriteras i budget 2025.")
    save_docx(d, "storfors-ks-2024-04-09-protokoll.docx", (2024, 4, 12, 14, 0, 0), "Helena Berg")


# DOCX 2: Herrljunga kommun, kommunstyrelsen 2024-09-10, protokollsutdrag § 142.
def make_herrljunga() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(12)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Herrljunga kommun"
    header_text_box(sec, ["PROTOKOLLSUTDRAG", "Kommunstyrelsen", "2024-09-10"])
    sec.footer.paragraphs[0].text = "Justerare\tUtdragsbestyrkande"
    d.add_paragraph("Utdrag ur protokoll från kommunstyrelsens sammanträde 2024-09-10")
    d.add_paragraph("Justerare:\tRonny Svensson (M)")
    bold_para(d, "§ 142\t\tDnr 2024/187 KS")
    bold_para(d, "Svar på motion om solceller på kommunens fastigheter")
    add_lines(d, [
        "Ulf Karlsson (C) föreslår i en motion att solceller ska sättas upp på alla kommunala fastigheter med",
        "lämpliga tak. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2024-01-29, § 6.",
        "Herrljunga Elektriska AB har yttrat sig 2024-06-03 och bedömer att elnätet klarar en utbyggnad.",
    ])
    p = d.add_paragraph("Förvaltningen föreslår att motionen bifalls i den del som avser nybyggnation och i "
                        "övrigt anses besvarad.")
    add_footnote(d, p, "Se 6 kap. 38 § kommunallagen (2017:725) om beredning av ärenden.")
    bold_para(d, "Beslutsunderlag")
    add_lines(d, ["Tjänsteskrivelse från hållbarhetsstrateg 2024-08-14",
                  "Yttrande från Herrljunga Elektriska AB 2024-06-03",
                  "Motion från Ulf Karlsson (C) 2023-12-04"])
    bold_para(d, "Förslag till beslut på sammanträdet")
    add_lines(d, ["Ordföranden Helena Strand (KD) yrkar bifall till förvaltningens förslag.",
                  "Ulf Karlsson (C) yrkar bifall till motionen."])
    bold_para(d, "Beslutsgång")
    d.add_paragraph(
        "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt hennes eget "
        "förslag. Votering begärs. Kommunstyrelsen beslutar med 7 ja-röster mot 4 nej-röster att bifalla "
        "ordförandens förslag.")
    bold_para(d, "Kommunstyrelsens förslag till kommunfullmäktige")
    d.add_paragraph("1.\tMotionen bifalls i den del som avser solceller vid nybyggnation av kommunala "
                    "fastigheter.")
    d.add_paragraph("2.\tI övrigt anses motionen besvarad.")
    bold_para(d, "Reservation")
    d.add_paragraph("Ulf Karlsson (C) reserverar sig till förmån för eget yrkande.")
    bold_para(d, "Protokollsanteckning")
    d.add_paragraph("Niklas Berg (L) och Anette Holm (S) antecknar att en solcellsstrategi bör tas fram.")
    d.add_paragraph("Expedieras:\tKommunfullmäktige")
    d.add_paragraph("Vid protokollet\t\tJusteras")
    d.add_paragraph("Lisa Holmgren, sekreterare\t\tRonny Svensson (M)")
    save_docx(d, "herrljunga-ks-2024-09-10-protokollsutdrag.docx", (2024, 9, 13, 9, 30, 0), "Lisa Holmgren")


# PDF: Överkalix kommun, kommunstyrelsen 2024-05-13, protokollsutdrag § 88 (Word "Spara som PDF" look).
PDF_LINES: list[tuple[str, str]] = [
    ("B", "ÖVERKALIX KOMMUN\t\t\tPROTOKOLLSUTDRAG"),
    ("", "Kommunstyrelsen\t\t\tSammanträdesdatum 2024-05-13"),
    ("", ""),
    ("", "Närvarande:\tTomas Nilsson (S), ordförande, Birgitta Niemi (S), Sara Lantto (V),"),
    ("", "\tJohan Lehto (M), Karin Sundqvist (KD)"),
    ("", "Ersättare:\tErik Berglund (V)"),
    ("", "Justerare:\tBirgitta Niemi (S)"),
    ("", ""),
    ("B", "§ 88\tAvtal om gemensam IT-drift med Kalix kommun och Haparanda stad"),
    ("", "\tKS 2024/0091"),
    ("", ""),
    ("", "Överkalix kommun, Kalix kommun och Haparanda stad har förhandlat fram ett avtal om gemensam"),
    ("", "IT-drift. Avtalet gäller från och med 2024-07-01. Kalix kommun är värdkommun och personalen"),
    ("", "anställs där enligt 9 kap. 37 § kommunallagen. Kalix kommun godkände avtalet 2024-04-30."),
    ("", ""),
    ("I", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2024-04-22"),
    ("", "Avtal om gemensam IT-drift"),
    ("", ""),
    ("I", "Yrkande"),
    ("", "Ordföranden Tomas Nilsson (S) yrkar bifall till förslaget."),
    ("", ""),
    ("I", "Beslut"),
    ("", "Kommunstyrelsen beslutar"),
    ("", "1.\tatt godkänna avtalet om gemensam IT-drift med Kalix kommun och Haparanda stad,"),
    ("", "2.\tatt ge kommunchefen i uppdrag att underteckna avtalet."),
    ("", ""),
    ("I", "Särskilt yttrande"),
    ("", "Sara Lantto (V) lämnar följande särskilda yttrande: Vi ställer oss bakom avtalet men vill att"),
    ("", "personalens villkor följs upp efter ett år."),
    ("", "Ersättaren Erik Berglund (V) ställer sig bakom Sara Lanttos särskilda yttrande."),
    ("", ""),
    ("", "Beslutet skickas till: Kalix kommun, Haparanda stad"),
    ("", ""),
    ("", "Ordförande\t\t\tJusterare"),
    ("", "Tomas Nilsson\t\t\tBirgitta Niemi"),
    ("", ""),
    ("", "Utdragsbestyrkande: Marita Keisu, sekreterare"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KS 2024-05-13 § 88")
    pdf.set_author("Överkalix kommun")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("heldout86")
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    pdf.set_y(20)
    tabs = [20, 50, 95, 120]
    for style, line in PDF_LINES:
        pdf.set_font("F", style, 10)
        y = pdf.get_y()
        for i, part in enumerate(line.split("\t")):
            if part:
                pdf.set_xy(tabs[i] if i < len(tabs) else 150, y)
                pdf.cell(0, 5.5, part)
        pdf.set_xy(20, y + 5.5)
    pdf.output(str(DOCS / "overkalix-ks-2024-05-13-protokollsutdrag.pdf"))


if __name__ == "__main__":
    make_storfors()
    make_herrljunga()
    make_pdf()
