"""Generate the binary documents of tests/heldout16/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout16/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout16/gold/ describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 9, 13, 10, 42, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 24, 9, 0, 0)
ZIP_TIME = (2024, 10, 24, 9, 0, 0)

# ------------------------------------------------------------------------------------------------
# PDF: Region Sörmland, regionala utvecklingsnämnden 2024-09-12, protokollsutdrag (§ 74).
# Exported from the case-management system: every page is a bordered two-column table
# (label | content), a header line above it, a print footer below it, and a diagonal grey
# "PROTOKOLLSUTDRAG" stamp drawn last on each page (so it comes after the page's text).
# The Sammanfattning row is split over the page break and continues as "Sammanfattning (forts.)".

PDF_HEADER = "Region Sörmland    Regionala utvecklingsnämnden    Sammanträdesdatum 2024-09-12"

PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("Paragraf", "§ 74"),
        ("Diarienummer", "24RUN0187"),
        ("Ärende", "Remissvar – Åtgärdsvalsstudie för väg 53 Nyköping–Eskilstuna"),
        ("Föredragande", "Helena Forsberg, regional utvecklingsdirektör"),
        (
            "Handlingar",
            "Tjänsteskrivelse, Regional utveckling, 2024-08-26\n"
            "Trafikverkets remiss 2024-06-19, ärendenummer TRV 2024/61873\n"
            "Förslag till yttrande, version 2024-08-20",
        ),
        (
            "Sammanfattning",
            "Trafikverket har skickat åtgärdsvalsstudien för väg 53 på sträckan Nyköping–Eskilstuna på "
            "remiss till Region Sörmland, Länsstyrelsen i Södermanlands län och de berörda kommunerna. "
            "Svar ska lämnas senast 2024-09-30. Studien föreslår att vägen byggs om till mötesfri väg "
            "i etapper, att farligt avsnitt vid Sparreholm åtgärdas först och att hastigheten på "
            "övriga delar sänks till 80 km/tim i väntan på ombyggnad. Väg 53 är utpekad som "
            "funktionellt prioriterat vägnät och ingår i stråket Nyköping–Eskilstuna–Västerås i den "
            "regionala transportinfrastrukturplanen 2022–2033, som regionfullmäktige fastställde "
            "2022-06-15, § 88.",
        ),
    ],
    [
        (
            "Sammanfattning (forts.)",
            "Förvaltningen föreslår att Region Sörmland i sitt yttrande ställer sig bakom studiens "
            "inriktning men betonar behovet av pendlarparkeringar och hållplatser för den regionala "
            "busstrafiken längs sträckan. Nyköpings kommun och Eskilstuna kommun lämnar egna yttranden "
            "till Trafikverket.",
        ),
        (
            "Yrkanden",
            "Ordföranden Magnus Ridell (M) yrkar bifall till förvaltningens förslag.\n"
            "Ann-Sofie Lindqvist (S) yrkar, som tillägg, att yttrandet ska framhålla att en ny "
            "regionbusslinje Nyköping–Eskilstuna bör prövas redan 2026.\n"
            "Peter Sjöström (V) instämmer i Ann-Sofie Lindqvists tilläggsyrkande.",
        ),
        (
            "Propositionsordning",
            "Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. "
            "Därefter ställer ordföranden proposition på tilläggsyrkandet och finner det avslaget.",
        ),
        (
            "Omröstning",
            "Votering begärs. Den som vill avslå tilläggsyrkandet röstar ja, den som vill bifalla det "
            "röstar nej.\nResultat: 7 ja-röster, 4 nej-röster. Ingen ledamot avstår. Nämnden har därmed "
            "avslagit tilläggsyrkandet.",
        ),
        (
            "Beslut",
            "Regionala utvecklingsnämnden beslutar\n"
            "1. Nämnden antar förslaget till yttrande som sitt eget och överlämnar det till Trafikverket.\n"
            "2. Paragrafen förklaras omedelbart justerad.",
        ),
        (
            "Reservation",
            "Ann-Sofie Lindqvist (S), Karin Öhman (S) och Peter Sjöström (V) reserverar sig till "
            "förmån för tilläggsyrkandet.",
        ),
        (
            "Protokollsanteckning",
            "Lars Gunnarsson (L) antecknar till protokollet att Liberalerna ser positivt på att studien "
            "prioriterar trafiksäkerheten före ökad framkomlighet.",
        ),
    ],
    [
        ("Expedieras", "Trafikverket\nNyköpings kommun\nEskilstuna kommun\nRegionstyrelsen, för kännedom"),
        ("Justerare", "Ann-Sofie Lindqvist (S)"),
        ("Justering", "Paragrafen justerad omedelbart 2024-09-12"),
        ("Ordförande", "Magnus Ridell"),
        ("Sekreterare", "Maria Hellberg"),
        ("Utdragsbestyrkande", "Rätt utdraget intygar\nMaria Hellberg, nämndsekreterare\n2024-09-13"),
    ],
]


class CasePdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(15, 10)
        self.cell(180, 5, PDF_HEADER)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_font("F", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 282)
        self.cell(180, 4, f"Utskrift från ärendehanteringssystemet 2024-09-13 10:42    Sida {self.page_no()} av {{nb}}")
        # the stamp is drawn last, so text extraction puts it after the page's content
        self.set_font("F", "B", 54)
        self.set_text_color(150, 150, 150)
        with self.local_context(fill_opacity=0.25), self.rotation(35, 105, 150):
            self.set_xy(18, 140)
            self.cell(180, 20, "PROTOKOLLSUTDRAG", align="C")
        self.set_text_color(0, 0, 0)


def make_pdf() -> None:
    pdf = CasePdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag RUN 2024-09-12 § 74")
    pdf.set_author("Region Sörmland")
    pdf.set_creator("heldout16")
    pdf.set_producer("heldout16")
    pdf.alias_nb_pages()
    label_w, text_w, x0, line_h = 42, 138, 15, 5
    for rows in PDF_PAGES:
        pdf.add_page()
        for label, text in rows:
            pdf.set_font("F", "", 9.5)
            lines = pdf.multi_cell(text_w - 4, line_h, text, dry_run=True, output="LINES")
            height = len(lines) * line_h + 4
            y = pdf.get_y()
            pdf.set_fill_color(236, 236, 236)
            pdf.rect(x0, y, label_w, height, style="DF")
            pdf.rect(x0 + label_w, y, text_w, height)
            pdf.set_font("F", "B", 8.5)
            pdf.set_xy(x0 + 2, y + 2)
            pdf.multi_cell(label_w - 4, line_h, label)
            pdf.set_font("F", "", 9.5)
            pdf.set_xy(x0 + label_w + 2, y + 2)
            pdf.multi_cell(text_w - 4, line_h, text)
            pdf.set_y(y + height)
    pdf.output(str(DOCS / "regionsormland-run-2024-09-12-protokollsutdrag.pdf"))


# ------------------------------------------------------------------------------------------------
# DOCX: Region Uppsala, hälso- och sjukvårdsnämnden 2024-10-17, full protocol (§§ 121–124).
# Attendance as one Word table Namn | Parti | Närvaro | Tjänstgör för with merged section rows.

ATTENDANCE: list[tuple[str, ...]] = [
    ("§", "Ledamöter"),
    ("Emma Wallin, ordförande", "M", "Närvarande", ""),
    ("Johan Edlund, 1:e vice ordförande", "KD", "Närvarande", ""),
    ("Sara Holm, 2:e vice ordförande", "S", "Närvarande", ""),
    ("Lars Petrén", "M", "Närvarande", ""),
    ("Cecilia Forsberg", "L", "Frånvarande", ""),
    ("Anders Lind", "C", "Närvarande", ""),
    ("Nils Ekman", "SD", "Närvarande", ""),
    ("Maria Strand", "SD", "Närvarande §§ 121–123", ""),
    ("Per Åkesson", "S", "Frånvarande", ""),
    ("Linnea Berg", "S", "Närvarande", ""),
    ("Amir Karimi", "V", "Närvarande", ""),
    ("Ulrika Sand", "MP", "Närvarande", ""),
    ("Henrik Öst", "S", "Närvarande", ""),
    ("§", "Ersättare"),
    ("Petra Nyström", "L", "Tjänstgör", "Cecilia Forsberg (L)"),
    ("Ove Dahl", "S", "Tjänstgör", "Per Åkesson (S)"),
    ("Kajsa Molin", "SD", "Tjänstgör § 124", "Maria Strand (SD)"),
    ("Gustav Berg", "M", "Närvarande", ""),
    ("Ida Sjöberg", "V", "Närvarande", ""),
    ("Bo Ahlin", "KD", "Ej närvarande", ""),
]

# (kind, text): h1/h2/h3 headings, p paragraph, b bold paragraph, num Word numbered list item,
# bullet Word bullet item
DOCX_BODY: list[tuple[str, str]] = [
    ("h2", "§ 121 Överenskommelse om hälso- och sjukvård i hemmet mellan Region Uppsala och länets åtta kommuner"),
    ("p", "Ärendenummer HSN 2024/87"),
    ("h3", "Sammanfattning"),
    (
        "p",
        "Region Uppsala och länets kommuner har sedan 2018 en överenskommelse om ansvarsfördelning för "
        "hälso- och sjukvård i hemmet. En reviderad överenskommelse har tagits fram gemensamt och ska gälla "
        "från och med 2025-01-01. Den reglerar bland annat läkarmedverkan, hjälpmedel och gemensam "
        "planering vid utskrivning från slutenvård enligt lagen (2017:612) om samverkan vid utskrivning "
        "från sluten hälso- och sjukvård. Parter är Region Uppsala och länets åtta kommuner:",
    ),
    ("bullet", "Enköpings kommun"),
    ("bullet", "Heby kommun"),
    ("bullet", "Håbo kommun"),
    ("bullet", "Knivsta kommun"),
    ("bullet", "Tierps kommun"),
    ("bullet", "Uppsala kommun"),
    ("bullet", "Älvkarleby kommun"),
    ("bullet", "Östhammars kommun"),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-30"),
    ("p", "Överenskommelse, version 2024-09-16"),
    ("h3", "Yrkanden"),
    ("p", "Emma Wallin (M) yrkar bifall till förvaltningens förslag."),
    (
        "p",
        "Amir Karimi (V) yrkar att ärendet återremitteras för att kompletteras med en konsekvensanalys "
        "för kommunernas hemsjukvård.",
    ),
    ("p", "Linnea Berg (S) instämmer i Amir Karimis yrkande."),
    ("h3", "Beslutsgång"),
    (
        "p",
        "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och "
        "finner att ärendet ska avgöras i dag. Votering begärs. Den som vill att ärendet ska avgöras i dag "
        "röstar ja, den som vill att ärendet ska återremitteras röstar nej.",
    ),
    (
        "p",
        "Nämnden beslutar med 7 röster mot 5 att ärendet ska avgöras i dag. 1 ledamot avstår. "
        "Ordföranden ställer därefter proposition på förvaltningens förslag och finner det bifallet.",
    ),
    ("h3", "Beslut"),
    ("p", "Hälso- och sjukvårdsnämnden föreslår regionstyrelsen att föreslå regionfullmäktige besluta"),
    ("num", "att godkänna överenskommelsen om hälso- och sjukvård i hemmet mellan Region Uppsala och länets åtta "
            "kommuner,"),
    ("num", "att överenskommelsen ska gälla från och med 2025-01-01."),
    ("h3", "Reservation"),
    ("p", "Amir Karimi (V) och Linnea Berg (S) reserverar sig mot beslutet att inte återremittera ärendet."),
    ("h3", "Expedieras"),
    ("p", "Regionstyrelsen, Länets kommuner"),
    ("h2", "§ 122 Yttrande över förslag till regional utvecklingsstrategi för Uppsala län 2025–2035"),
    ("p", "Ärendenummer HSN 2024/101, regionstyrelsens ärendenummer RS 2024-00123"),
    ("h3", "Sammanfattning"),
    (
        "p",
        "Regionstyrelsen har 2024-06-18 skickat förslaget till regional utvecklingsstrategi på remiss till "
        "nämnderna, länets kommuner, Länsstyrelsen i Uppsala län och Uppsala universitet. Svar ska lämnas "
        "senast 2024-10-31. Förvaltningen föreslår att nämnden framhåller hälsoperspektivet och "
        "kompetensförsörjningen inom vården.",
    ),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-10-02"),
    ("p", "Förslag till yttrande 2024-10-02"),
    ("h3", "Yrkanden"),
    ("p", "Johan Edlund (KD) yrkar bifall till förvaltningens förslag."),
    ("h3", "Beslut"),
    ("p", "Hälso- och sjukvårdsnämnden beslutar att anta yttrandet och överlämna det till regionstyrelsen."),
    ("p", "Paragrafen justeras omedelbart."),
    ("h3", "Protokollsanteckning"),
    (
        "p",
        "Nils Ekman (SD) och Maria Strand (SD) lämnar följande protokollsanteckning: ”Strategin borde i "
        "högre grad ta upp tillgängligheten till vård på landsbygden.”",
    ),
    ("h3", "Ersättaryttrande"),
    (
        "p",
        "Ersättaren Ida Sjöberg (V) lämnar följande ersättaryttrande: ”Vänsterpartiet saknar en analys av "
        "hur strategin påverkar jämlikheten i hälsa.”",
    ),
    ("h3", "Expedieras"),
    ("p", "Regionstyrelsen"),
    ("h2", "§ 123 Samverkansavtal om ambulanshelikopterverksamhet mellan Region Uppsala, Region Gävleborg och "
           "Region Västmanland"),
    ("p", "Ärendenummer HSN 2024/133"),
    ("h3", "Sammanfattning"),
    (
        "p",
        "De tre regionerna har sedan 2019 samverkat om en gemensam ambulanshelikopter med bas i Uppsala. "
        "Helikoptrarna tillhandahålls av Kommunalförbundet Svensk Luftambulans, som inte är part i avtalet. "
        "Det nya samverkansavtalet gäller 2025-01-01–2028-12-31 och fördelar kostnaderna efter "
        "befolkningsandel.",
    ),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-25"),
    ("p", "Samverkansavtal, version 2024-09-10"),
    ("h3", "Yrkanden"),
    ("p", "Lars Petrén (M) yrkar bifall till förvaltningens förslag. Henrik Öst (S) instämmer i Lars Petréns "
          "yrkande."),
    ("h3", "Beslut"),
    (
        "p",
        "Hälso- och sjukvårdsnämnden beslutar att godkänna samverkansavtalet och att uppdra åt hälso- och "
        "sjukvårdsdirektören att underteckna det.",
    ),
    ("h3", "Expedieras"),
    ("p", "Region Gävleborg, Region Västmanland"),
    ("h2", "§ 124 Delårsrapport 2 för hälso- och sjukvårdsnämnden 2024"),
    ("p", "Ärendenummer HSN 2024/150"),
    ("h3", "Sammanfattning"),
    (
        "p",
        "Delårsrapporten avser perioden januari–augusti och har upprättats enligt regionstyrelsens "
        "anvisningar från 2024-08-20. Nämnden prognostiserar ett underskott på 212 miljoner kronor, "
        "främst till följd av kostnader för inhyrd personal.",
    ),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-10-04"),
    ("h3", "Yrkanden"),
    ("p", "Emma Wallin (M) yrkar bifall till förvaltningens förslag."),
    (
        "p",
        "Sara Holm (S) yrkar, som tillägg, att nämnden ger förvaltningen i uppdrag att redovisa en "
        "åtgärdsplan för vårdköerna vid nämndens sammanträde i december.",
    ),
    ("h3", "Beslutsgång"),
    (
        "p",
        "Ordföranden ställer proposition på förvaltningens förslag och finner det bifallet. Därefter ställer "
        "ordföranden proposition på tilläggsyrkandet och finner det avslaget.",
    ),
    ("h3", "Beslut"),
    ("p", "1.\tHälso- och sjukvårdsnämnden godkänner delårsrapport 2 för 2024."),
    ("p", "2.\tDelårsrapporten överlämnas till regionstyrelsen."),
    ("h3", "Reservation"),
    ("p", "Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för Sara Holms "
          "tilläggsyrkande."),
    ("h3", "Särskilt yttrande"),
    ("p", "Socialdemokraterna genom Sara Holm (S) lämnar ett särskilt yttrande, bilaga 1."),
    ("h3", "Expedieras"),
    ("p", "Regionstyrelsen"),
]


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _bold_cell(cell, text: str) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Region Uppsala\tPROTOKOLL\tHälso- och sjukvårdsnämnden"
    fp = section.footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_paragraph("Protokoll", style="Title")
    p = d.add_paragraph()
    p.add_run("Hälso- och sjukvårdsnämnden").bold = True
    d.add_paragraph("Sammanträdesdatum: 2024-10-17")
    d.add_paragraph("Plats och tid: Regionens hus, sal B, Uppsala, kl. 13.00–16.10")
    d.add_heading("Närvarande", level=1)

    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Namn", "Parti", "Närvaro", "Tjänstgör för"), strict=True):
        _bold_cell(cell, text)
        _shade(cell, "D9D9D9")
    for row in ATTENDANCE:
        cells = table.add_row().cells
        if row[0] == "§":
            merged = cells[0].merge(cells[3])
            _bold_cell(merged, row[1])
            _shade(merged, "F2F2F2")
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text

    d.add_heading("Övriga närvarande", level=1)
    for line in (
        "Lena Rydén, hälso- och sjukvårdsdirektör",
        "Mats Olofsson, ekonomichef, §§ 121–122",
        "Hanna Björk, nämndsekreterare",
    ):
        d.add_paragraph(line)
    d.add_paragraph("Justerare: Sara Holm (S)")
    d.add_paragraph("Justeringens plats och tid: Regionens hus, 2024-10-24")
    d.add_paragraph("Paragrafer: 121–124")

    sig = d.add_table(rows=3, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
        _bold_cell(cell, text)
    for cell in sig.rows[1].cells:
        cell.text = "……………………………"
    for cell, text in zip(sig.rows[2].cells, ("Hanna Björk", "Emma Wallin", "Sara Holm"), strict=True):
        cell.text = text
    d.add_page_break()

    for kind, text in DOCX_BODY:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "h3":
            d.add_heading(text, level=3)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        else:
            para = d.add_paragraph(text)
            if text.startswith(("1.\t", "2.\t")):
                para.paragraph_format.left_indent = Pt(18)
                para.paragraph_format.first_line_indent = Pt(-18)
    end = d.add_paragraph("Protokollet omfattar §§ 121–124.")
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    end.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    cp = d.core_properties
    cp.author = "Region Uppsala"
    cp.last_modified_by = "Region Uppsala"
    cp.title = "Protokoll hälso- och sjukvårdsnämnden 2024-10-17"
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
    (DOCS / "regionuppsala-hsn-2024-10-17-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
