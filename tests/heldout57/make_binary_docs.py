"""Generate the binary documents of tests/heldout57/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout57/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout57/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 11, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 22, 13, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Region Östergötland, Regionala utvecklingsnämnden 2024-11-14, full protocol (§§ 88-91).
# Attendance as a drawn three-column table Namn | Parti | Funktion; vote as a small count table.
# ---------------------------------------------------------------------------------------------
MEMBERS: list[tuple[str, str, str]] = [
    ("Annika Sjöberg", "M", "Ordförande"),
    ("Erik Thorsell", "S", "1:e vice ordförande"),
    ("Lena Brodd", "C", "2:e vice ordförande"),
    ("Peter Rydén", "M", "Ledamot"),
    ("Helén Kastberg", "M", "Ledamot"),
    ("Maja Viberg", "M", "Tjg ersättare för Karl Bengtsson (M)"),
    ("Ahmed Salah", "S", "Ledamot"),
    ("Birgitta Nord", "S", "Ledamot"),
    ("Marcus Falk", "S", "Ledamot"),
    ("Jonas Lind", "SD", "Ledamot"),
    ("Karin Åhman", "SD", "Ledamot"),
    ("Sten Ohlsson", "SD", "Ledamot"),
    ("Ulla Grahn", "KD", "Ledamot"),
    ("Tobias Öst", "L", "Ledamot"),
    ("Elin Sand", "V", "Ledamot"),
]

FIRST_PAGE_AFTER: list[tuple[str, str]] = [
    ("Ej tjänstgörande ersättare", "Oskar Lindh (KD), Fatima Berg (S), Nils Hed (V)"),
    ("Övriga deltagare", "Camilla Roos, regional utvecklingsdirektör\nPär Sten, controller\n"
                         "Hanna Lövgren, nämndsekreterare"),
    ("Justerare", "Erik Thorsell (S)"),
    ("Justeringens plats och tid", "Regionens hus, Linköping, 2024-11-20"),
    ("Paragrafer", "88–91"),
]

# Each entry: ("h", heading) | ("s", sub-heading) | ("p", text) | ("vote", "") | ("break", "")
BODY: list[tuple[str, str]] = [
    ("h", "§ 88  Yttrande över remiss från Landsbygds- och infrastrukturdepartementet – "
          "Regionalt utvecklingsansvar och tillväxtmedel"),
    ("p", "Diarienummer: RUN 2024-00231"),
    ("s", "Ärendebeskrivning"),
    ("p", "Landsbygds- och infrastrukturdepartementet har remitterat promemorian om regionalt "
          "utvecklingsansvar och tillväxtmedel till Region Östergötland (departementets dnr "
          "LI2024/01877). Remissen inkom 2024-09-16 och svar ska ha kommit in senast 2024-12-02. "
          "Förslaget innebär bland annat ändringar i 3 § lagen (2010:630) om regionalt "
          "utvecklingsansvar. Regionala utvecklingsnämnden har enligt reglementet ansvar för att "
          "yttra sig i frågor om regional tillväxt."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-10-30, regional utveckling\nFörslag till yttrande, reviderat "
          "2024-11-04"),
    ("s", "Yrkanden"),
    ("p", "Annika Sjöberg (M) yrkar bifall till förvaltningens förslag.\nErik Thorsell (S) yrkar "
          "att yttrandet kompletteras med ett avsnitt om kompetensförsörjning.\nOrdföranden ställer "
          "proposition på Erik Thorsells tilläggsyrkande och finner att nämnden avslår det."),
    ("s", "Beslut"),
    ("p", "1. Regionala utvecklingsnämnden antar förslaget till yttrande som sitt svar och "
          "översänder det till Landsbygds- och infrastrukturdepartementet.\n2. Paragrafen justeras "
          "omedelbart."),
    ("p", "Expedieras till: Landsbygds- och infrastrukturdepartementet"),
    ("h", "§ 89  Samverkansavtal om Östergötlands innovationsmiljöer 2025–2027"),
    ("p", "Diarienummer: RUN 2024-00198"),
    ("s", "Ärendebeskrivning"),
    ("p", "Ett samverkansavtal om finansiering och styrning av innovationsmiljöerna i länet har "
          "tagits fram mellan Region Östergötland, Linköpings kommun, Norrköpings kommun och "
          "Linköpings universitet. Linköpings kommun behandlade avtalet 2024-10-08 (Linköpings "
          "kommuns dnr KS 2024-0712). Avtalet gäller 2025-01-01–2027-12-31 och regionens del av "
          "finansieringen är 4,5 miljoner kronor per år."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-10-22, regional utveckling\nSamverkansavtal, slutversion "
          "2024-10-15"),
    ("break", ""),
    ("s", "Forts. § 89"),
    ("s", "Yrkanden"),
    ("p", "Peter Rydén (M) yrkar bifall till förvaltningens förslag.\nJonas Lind (SD) yrkar "
          "avslag."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller "
          "förvaltningens förslag. Omröstning begärs och genomförs. Ja för bifall till "
          "förvaltningens förslag, nej för Jonas Linds avslagsyrkande."),
    ("vote", ""),
    ("s", "Beslut"),
    ("p", "Regionala utvecklingsnämnden godkänner samverkansavtalet och ger regional "
          "utvecklingsdirektör i uppdrag att underteckna det."),
    ("s", "Reservation"),
    ("p", "Sverigedemokraterna (Jonas Lind, Karin Åhman och Sten Ohlsson) reserverar sig mot "
          "beslutet."),
    ("p", "Expedieras till: Linköpings kommun, Norrköpings kommun, Linköpings universitet"),
    ("h", "§ 90  Fördelning av regionala projektmedel 2025"),
    ("p", "Diarienummer: RUN 2024-00305"),
    ("s", "Ärendebeskrivning"),
    ("p", "Tillväxtverket har 2024-10-10 meddelat regionens ram för anslaget 1:1 Regionala "
          "tillväxtåtgärder för 2025. Bidrag lämnas enligt 5 § förordningen (2003:596) om bidrag "
          "för projektverksamhet inom den regionala tillväxtpolitiken."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-10-29, regional utveckling"),
    ("s", "Yrkanden"),
    ("p", "Ulla Grahn (KD) yrkar bifall till förvaltningens förslag."),
    ("s", "Beslut"),
    ("p", "Regionala utvecklingsnämnden beslutar\natt fördela 38 miljoner kronor av 2025 års "
          "projektmedel enligt bilaga 2,\natt 5 miljoner kronor hålls i reserv till nämndens "
          "förfogande,\natt ge förvaltningen i uppdrag att redovisa utfallet i augusti 2025."),
    ("s", "Särskilt yttrande"),
    ("p", "Lena Brodd (C) lämnar ett särskilt yttrande för Centerpartiet, bilaga 3.\nErsättaren "
          "Oskar Lindh (KD) ansluter sig till Centerpartiets särskilda yttrande."),
    ("h", "§ 91  Anmälan av delegationsbeslut"),
    ("p", "Diarienummer: RUN 2024-00012"),
    ("p", "Förteckning över delegationsbeslut fattade under perioden 2024-09-01–2024-10-31."),
    ("s", "Beslut"),
    ("p", "Regionala utvecklingsnämnden lägger anmälan till handlingarna."),
]


class RunPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(90, 5, "REGION ÖSTERGÖTLAND")
        self.set_font("F", "", 9)
        self.cell(90, 5, f"PROTOKOLL    Sida {self.page_no()}(3)", align="R")
        self.set_xy(15, 15)
        self.cell(180, 5, "Regionala utvecklingsnämnden    Sammanträdesdatum 2024-11-14", align="R")
        self.line(15, 21, 195, 21)
        self.set_y(25)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes signatur")
        self.cell(90, 5, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = RunPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Regionala utvecklingsnämnden 2024-11-14")
    pdf.set_author("Region Östergötland")
    pdf.set_creator("heldout57")
    pdf.set_producer("heldout57")
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Regionala utvecklingsnämnden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(0, 6, "Plats och tid: Regionens hus, Linköping, torsdag 2024-11-14 kl. 13.00–16.15",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "Närvarande beslutande", new_x="LMARGIN", new_y="NEXT")
    widths = (60, 20, 100)
    pdf.set_font("F", "B", 9)
    for w, head in zip(widths, ("Namn", "Parti", "Funktion"), strict=True):
        pdf.cell(w, 5.5, head, border=1)
    pdf.ln()
    pdf.set_font("F", "", 9)
    for row in MEMBERS:
        for w, val in zip(widths, row, strict=True):
            pdf.cell(w, 5.5, val, border=1)
        pdf.ln()
    pdf.ln(3)
    for label, text in FIRST_PAGE_AFTER:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 5, label)
        y_after_label = pdf.get_y()
        pdf.set_font("F", "", 9)
        pdf.set_xy(62, y)
        pdf.multi_cell(133, 5, text)
        pdf.set_y(max(pdf.get_y(), y_after_label) + 1.5)
    pdf.ln(3)
    pdf.set_font("F", "", 9)
    for role, name in (("Sekreterare", "Hanna Lövgren"), ("Ordförande", "Annika Sjöberg"),
                       ("Justerare", "Erik Thorsell")):
        pdf.set_x(15)
        pdf.cell(45, 8, role)
        pdf.cell(80, 8, "........................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(60)
        pdf.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for kind, text in BODY:
        if kind == "break":
            pdf.add_page()
            continue
        if kind == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "s":
            pdf.ln(1)
            pdf.set_font("F", "B", 9.5)
            pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "vote":
            pdf.set_font("F", "B", 9)
            for head in ("Ja", "Nej", "Avstår"):
                pdf.cell(25, 5.5, head, border=1, align="C")
            pdf.ln()
            pdf.set_font("F", "", 9)
            for val in ("9", "4", "2"):
                pdf.cell(25, 5.5, val, border=1, align="C")
            pdf.ln(7)
        else:
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "regionostergotland-run-2024-11-14-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Region Kronoberg, Nämnden för folkhälsa och sjukvård 2024-05-16, protokollsutdrag (§ 67).
# Meta facts in a 2x4 Word table; the § heading as a one-row, three-cell table (number | title | dnr);
# decision as Word bullets ("List Bullet"); footer "Justerandes sign" / "Utdragsbestyrkande".
# ---------------------------------------------------------------------------------------------
DOCX_META: list[tuple[str, str]] = [
    ("Sammanträdesdatum", "2024-05-16"),
    ("Ordförande", "Linnea Ek (M)"),
    ("Justerare", "Helena Rydh (S)"),
    ("Sekreterare", "Jenny Almqvist"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("b", "Beslut"),
    ("bullet", "Nämnden för folkhälsa och sjukvård antar förvaltningens förslag till yttrande som "
               "Region Kronobergs svar till Socialstyrelsen."),
    ("bullet", "Paragrafen justeras omedelbart."),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Socialstyrelsen har 2024-03-14 skickat remissversionen av Nationella riktlinjer för "
          "vård vid depression och ångestsyndrom till Region Kronoberg (Socialstyrelsens dnr "
          "3.1-10544/2024). Svar ska lämnas senast 2024-06-14. Förvaltningen har samrått med Växjö "
          "kommun och Ljungby kommun om de delar som rör kommunal hälso- och sjukvård enligt 12 kap. "
          "1 § hälso- och sjukvårdslagen (2017:30)."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-04-29, Regionledningens stab\nFörslag till yttrande 2024-04-29\n"
          "Remissmissiv från Socialstyrelsen 2024-03-14"),
    ("b", "Förslag till beslut på sammanträdet"),
    ("p", "Ordförande Linnea Ek (M) yrkar bifall till förvaltningens förslag.\nHelena Rydh (S) "
          "yrkar att ärendet återremitteras för att yttrandet ska kompletteras med barn- och "
          "ungdomspsykiatrins väntetider. Stina Karlberg (V) instämmer i Helena Rydhs yrkande."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och "
          "finner att det ska avgöras i dag. Omröstning begärs. Den som vill att ärendet avgörs i dag "
          "röstar ja, den som vill återremittera röstar nej. Med 8 ja-röster mot 5 nej-röster, "
          "ingen avstår, beslutar nämnden att ärendet ska avgöras i dag. Därefter ställer "
          "ordföranden proposition på sitt eget yrkande och finner det bifallet."),
    ("b", "Reservation"),
    ("p", "Helena Rydh m.fl. (S) samt Stina Karlberg (V) reserverar sig mot beslutet att inte "
          "återremittera ärendet."),
    ("b", "Protokollsanteckning"),
    ("p", "Jan-Erik Blom (SD) antecknar till protokollet att Sverigedemokraterna ser positivt på "
          "riktlinjernas fokus på tidig upptäckt."),
    ("b", "Beslutet skickas till"),
    ("p", "Socialstyrelsen\nRegionstyrelsen för kännedom"),
]


def _docx_bytes(d: docx.document.Document) -> bytes:
    cp = d.core_properties
    cp.author = "Region Kronoberg"
    cp.last_modified_by = "Region Kronoberg"
    cp.title = "Protokollsutdrag NFS § 67"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 22, 13, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    return out.getvalue()


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    head = d.sections[0].header.paragraphs[0]
    head.text = "Region Kronoberg\tPROTOKOLLSUTDRAG\t"
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = "Justerandes sign\t\tUtdragsbestyrkande"
    title = d.add_paragraph()
    run = title.add_run("Nämnden för folkhälsa och sjukvård")
    run.bold = True
    run.font.size = Pt(14)
    meta = d.add_table(rows=2, cols=4)
    for i, (label, value) in enumerate(DOCX_META):
        cell = meta.cell(i // 2, (i % 2) * 2)
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
        meta.cell(i // 2, (i % 2) * 2 + 1).text = value
    d.add_paragraph()
    row = d.add_table(rows=1, cols=3).rows[0]
    row.cells[0].text = "§ 67"
    row.cells[0].paragraphs[0].runs[0].bold = True
    row.cells[1].text = ("Yttrande över remiss – Nationella riktlinjer för vård vid depression och "
                         "ångestsyndrom")
    row.cells[1].paragraphs[0].runs[0].bold = True
    row.cells[2].text = "Dnr 24RGK0611"
    row.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for kind, text in DOCX_BODY:
        if kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.add_paragraph("Utdragsbestyrkande: Jenny Almqvist, nämndsekreterare")
    (DOCS / "regionkronoberg-nfs-2024-05-16-protokollsutdrag.docx").write_bytes(_docx_bytes(d))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
