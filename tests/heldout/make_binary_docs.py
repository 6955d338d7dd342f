"""Generate the binary held-out documents (DOCX and PDF) of tests/heldout/docs.

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF
metadata, so re-running the script leaves the files unchanged. The gold files in
tests/heldout/gold/ describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FIXED = dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------


def _add_field(run, instr: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(sep)
    run._r.append(end)


class _Lists:
    """Own numbering definitions: a decimal list rendered "1)" and a dash bullet list.

    The numbers and dashes are produced by Word from numbering.xml; they are not in the text.
    """

    DECIMAL_PAREN = 50
    DASH = 51

    def __init__(self, document) -> None:
        self.numbering = document.part.numbering_part.element
        first_num = self.numbering.find(qn("w:num"))
        for abstract_id, fmt, text in (
            (self.DECIMAL_PAREN, "decimal", "%1)"),
            (self.DASH, "bullet", "–"),
        ):
            abstract = OxmlElement("w:abstractNum")
            abstract.set(qn("w:abstractNumId"), str(abstract_id))
            mlt = OxmlElement("w:multiLevelType")
            mlt.set(qn("w:val"), "singleLevel")
            abstract.append(mlt)
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), "0")
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                lvl.append(el)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "720")
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            abstract.append(lvl)
            # abstractNum elements must precede the num elements
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                self.numbering.append(abstract)
        self.next_id = 300

    def new_list(self, abstract_id: int) -> int:
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), str(abstract_id))
        num.append(abstract)
        self.numbering.append(num)
        self.next_id += 1
        return self.next_id - 1

    def items(self, document, abstract_id: int, items: list[str]) -> None:
        num_id = self.new_list(abstract_id)
        for item in items:
            p = document.add_paragraph(item)
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id


def _para(document, text: str, bold: bool = False, size: float | None = None):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _merge_row(table, row_idx: int, text: str) -> None:
    row = table.rows[row_idx]
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text
    merged.paragraphs[0].runs[0].bold = True


def _write_deterministic_zip(data: bytes, path: Path, stamp: tuple[int, int, int, int, int, int]) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------
# DOCX: Mölndals stad, kommunstyrelsen 2019-10-16, full protocol
# --------------------------------------------------------------------------------------------


def make_molndal_docx(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    lists = _Lists(d)

    section = d.sections[0]
    header = section.header.paragraphs[0]
    header.text = "MÖLNDALS STAD\tSAMMANTRÄDESPROTOKOLL\t"
    header.add_run("Sida ")
    _add_field(header.add_run(), "PAGE")
    header.add_run(" (")
    _add_field(header.add_run(), "NUMPAGES")
    header.add_run(")")
    section.header.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2019-10-16")
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_heading("Kommunstyrelsen", 1)
    _para(d, "Sammanträde onsdagen den 16 oktober 2019, kl. 14.00–17.10")
    _para(d, "Plats: Stadshuset, Mölndal, sammanträdesrum Gamla Torget")

    rows = [
        ("§", "Beslutande ledamöter"),
        ("Cecilia Lindeborg", "L", "Ordförande", ""),
        ("Stefan Ahlberg", "M", "1:e vice ordförande", ""),
        ("Helene Kvist", "S", "2:e vice ordförande", ""),
        ("Johan Tideman", "M", "Ledamot", ""),
        ("Eva Lindroth", "KD", "Ledamot", ""),
        ("Pontus Alm", "C", "Ledamot", ""),
        ("Siv Hallgren", "MP", "Ledamot", ""),
        ("Daniel Bjelić", "S", "Ledamot", ""),
        ("Ann-Sofie Grip", "S", "Ledamot", ""),
        ("Reza Tavakoli", "S", "Ledamot", ""),
        ("Jennie Lundh", "SD", "Ledamot", ""),
        ("Bengt Thorén", "V", "Ledamot", ""),
        ("§", "Tjänstgörande ersättare"),
        ("Mattias Frid", "S", "Tjänstgörande ersättare", "Ersätter Birgitta Wass (S)"),
        ("§", "Ersättare"),
        ("Louise Tern", "M", "Ersättare", ""),
        ("Kenth Åhs", "S", "Ersättare", ""),
        ("§", "Övriga närvarande"),
        ("Ulrika Carlberg", "", "Stadsdirektör", ""),
        ("Patrik Envall", "", "Ekonomichef", "§ 213"),
        ("Lovisa Qvarfort", "", "Kommunsekreterare", ""),
    ]
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for i, h in enumerate(["Namn", "Parti", "Uppdrag", "Anteckning"]):
        table.cell(0, i).text = h
        table.cell(0, i).paragraphs[0].runs[0].bold = True
    for row in rows:
        table.add_row()
        idx = len(table.rows) - 1
        if row[0] == "§":
            _merge_row(table, idx, row[1])
        else:
            for i, value in enumerate(row):
                table.cell(idx, i).text = value
    d.add_paragraph()

    info = d.add_table(rows=3, cols=2)
    for i, (label, value) in enumerate(
        [
            ("Utses att justera", "Helene Kvist (S)"),
            ("Justeringens plats och tid", "Stadshuset, tisdagen den 22 oktober 2019"),
            ("Paragrafer", "§§ 212–214"),
        ]
    ):
        info.cell(i, 0).text = label
        info.cell(i, 1).text = value
    d.add_paragraph()

    sign = d.add_table(rows=3, cols=2)
    for i, (label, name) in enumerate(
        [("Sekreterare", "Lovisa Qvarfort"), ("Ordförande", "Cecilia Lindeborg"), ("Justerare", "Helene Kvist")]
    ):
        sign.cell(i, 0).text = label
        sign.cell(i, 1).text = "……………………………………"
        sign.cell(i, 1).add_paragraph(name)
    d.add_paragraph()

    _para(d, "BEVIS OM ANSLAG", bold=True)
    _para(
        d,
        "Kommunstyrelsens protokoll från sammanträdet 2019-10-16 är justerat. Justeringen har "
        "tillkännagivits genom anslag på stadens anslagstavla 2019-10-23–2019-11-14.",
    )
    _para(d, "Förvaringsplats för protokollet: Stadsledningsförvaltningen, Stadshuset")

    d.add_page_break()

    # § 212 -----------------------------------------------------------------------------------
    d.add_heading("§ 212\tDnr 2019.0123", 2)
    d.add_heading("Yttrande till Göteborgsregionens kommunalförbund över förslag till regional cykelplan", 3)
    _para(d, "Sammanfattning", bold=True)
    _para(
        d,
        "Göteborgsregionens kommunalförbund (GR) har den 20 juni 2019 skickat förslag till regional "
        "cykelplan för Göteborgsregionen på remiss till medlemskommunerna, GR:s diarienummer "
        "2019-00154. Cykelplanen pekar ut regionala cykelstråk och ska samordna kommunernas, "
        "Trafikverkets och Västtrafik AB:s insatser. Stadsledningsförvaltningen ser positivt på "
        "planen men saknar stråket längs Mölndalsån och en tydlig koppling till Göteborgs Stad "
        "vid Krokslätt.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse från stadsledningsförvaltningen daterad 2019-09-24")
    _para(d, "Förslag till yttrande")
    _para(d, "Beslut", bold=True)
    _para(
        d,
        "Kommunstyrelsen beslutar att godkänna stadsledningsförvaltningens förslag till yttrande och "
        "översända det till Göteborgsregionens kommunalförbund.",
    )
    _para(d, "Särskilt yttrande", bold=True)
    _para(d, "Bengt Thorén (V) lämnar ett särskilt yttrande enligt bilaga 2.")
    _para(d, "Expedieras", bold=True)
    _para(d, "Göteborgsregionens kommunalförbund")

    # § 213 -----------------------------------------------------------------------------------
    d.add_heading("§ 213\tDnr 2019.0187", 2)
    d.add_heading("Avtal om medfinansiering av ny station i Kållered", 3)
    _para(d, "Sammanfattning", bold=True)
    _para(
        d,
        "Trafikverket, Västra Götalandsregionen och Mölndals stad har förhandlat fram ett avtal om "
        "medfinansiering av en ny pendeltågsstation i Kållered med plattformar, gångbro och "
        "pendelparkering. Stadens andel uppgår till högst 62 miljoner kronor. Stationen beräknas "
        "kunna tas i bruk 2025. Ekonomichef Patrik Envall redovisar finansieringen.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse från stadsledningsförvaltningen daterad 2019-09-30")
    _para(d, "Förslag till medfinansieringsavtal")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Cecilia Lindeborg (L) yrkar bifall till stadsledningsförvaltningens förslag.")
    _para(d, "Helene Kvist (S) yrkar att stadens medfinansiering begränsas till högst 45 miljoner kronor.")
    _para(d, "Beslutsgång", bold=True)
    _para(
        d,
        "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller Cecilia "
        "Lindeborgs yrkande. Votering begärs. Kommunstyrelsen godkänner följande propositionsordning: "
        "Ja för Cecilia Lindeborgs yrkande, nej för Helene Kvists yrkande.",
    )
    vote = d.add_table(rows=2, cols=4)
    vote.style = "Table Grid"
    for i, t in enumerate(["Voteringsresultat", "Ja", "Nej", "Avstår"]):
        vote.cell(0, i).text = t
    for i, t in enumerate(["Antal", "6", "5", "2"]):
        vote.cell(1, i).text = t
    _para(d, "Kommunstyrelsen har därmed beslutat enligt Cecilia Lindeborgs yrkande.")
    _para(d, "Beslut", bold=True)
    lists.items(
        d,
        _Lists.DECIMAL_PAREN,
        [
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna avtal mellan Mölndals stad, "
            "Trafikverket och Västra Götalandsregionen om medfinansiering av ny station i Kållered.",
            "Kommunstyrelsen föreslår kommunfullmäktige att stadens medfinansiering, högst 62 miljoner "
            "kronor, finansieras genom upplåning.",
            "Kommunstyrelsen beslutar för egen del att uppdra åt stadsdirektören att underteckna avtalet "
            "under förutsättning att kommunfullmäktige godkänner det.",
        ],
    )
    _para(d, "Reservation", bold=True)
    _para(
        d,
        "Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för Helene Kvists "
        "yrkande, se skriftlig reservation i bilaga 1.",
    )
    _para(d, "Expedieras", bold=True)
    _para(d, "Kommunfullmäktige\nTrafikverket\nVästra Götalandsregionen")

    # § 214 -----------------------------------------------------------------------------------
    d.add_heading("§ 214\tDnr 2019.0215", 2)
    d.add_heading("Reviderade ägardirektiv för Mölndalsbostäder AB", 3)
    _para(d, "Sammanfattning", bold=True)
    _para(
        d,
        "Ägardirektiven för Mölndalsbostäder AB har setts över mot bakgrund av stadens nya "
        "bostadsförsörjningsprogram. De reviderade direktiven innebär bland annat att bolaget ska "
        "påbörja minst 150 nya hyresrätter per år och att avkastningskravet sänks till 3 procent.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse daterad 2019-10-01")
    _para(d, "Beslut", bold=True)
    _para(d, "Kommunstyrelsen föreslår kommunfullmäktige")
    lists.items(
        d,
        _Lists.DASH,
        [
            "att anta reviderade ägardirektiv för Mölndalsbostäder AB enligt bilaga,",
            "att uppdra åt stadens ombud att vid bolagsstämma rösta för att ägardirektiven fastställs.",
        ],
    )
    _para(d, "Protokollsanteckning", bold=True)
    _para(d, "Jennie Lundh (SD) lämnar en protokollsanteckning enligt bilaga 3.")

    # Bilaga 1: written reservation --------------------------------------------------------------
    d.add_page_break()
    _para(d, "Bilaga 1 till kommunstyrelsens protokoll 2019-10-16, § 213", bold=True)
    _para(d, "Reservation", bold=True, size=13)
    _para(d, "Avtal om medfinansiering av ny station i Kållered")
    _para(
        d,
        "Vi socialdemokrater välkomnar en ny station i Kållered. Men stadens andel av kostnaden är "
        "orimligt hög i förhållande till nyttan för staten och regionen, och lånefinansieringen "
        "tränger undan investeringar i skolor och förskolor. Vi yrkade därför att stadens andel skulle "
        "begränsas till högst 45 miljoner kronor.",
    )
    _para(d, "Mölndal den 16 oktober 2019")
    for name in ("Helene Kvist (S)", "Daniel Bjelić (S)", "Ann-Sofie Grip (S)", "Reza Tavakoli (S)",
                 "Mattias Frid (S)"):
        _para(d, name)

    cp = d.core_properties
    cp.author = "Stadsledningsförvaltningen"
    cp.last_modified_by = "Stadsledningsförvaltningen"
    cp.title = "Kommunstyrelsens protokoll 2019-10-16"
    cp.created = dt.datetime(2019, 10, 22, 9, 0, 0)
    cp.modified = dt.datetime(2019, 10, 22, 9, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path, (2019, 10, 22, 9, 0, 0))


# --------------------------------------------------------------------------------------------
# PDF: Södertälje kommun, äldrenämnden 2021-11-23, full protocol
# --------------------------------------------------------------------------------------------


class ProtocolPDF(FPDF):
    def __init__(self, font: Path) -> None:
        super().__init__(format="A4")
        self.add_font("DejaVu", "", str(font))
        self.add_font("DejaVu", "B", str(font.with_name("DejaVuSans-Bold.ttf")))
        self.set_margins(20, 16, 18)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(70, 5, "SÖDERTÄLJE KOMMUN")
        self.set_font("DejaVu", "", 10)
        self.cell(60, 5, "PROTOKOLL")
        self.cell(0, 5, f"{self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(70, 5, "Äldrenämnden")
        self.cell(0, 5, "Sammanträdesdatum 2021-11-23", new_x="LMARGIN", new_y="NEXT")
        self.ln(7)
        self.set_font("DejaVu", "", 10.5)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("DejaVu", "", 8)
        self.cell(90, 4, "Justerandes sign")
        self.cell(0, 4, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")

    def body(self, s: str, gap: float = 1.5) -> None:
        self.set_font("DejaVu", "", 10.5)
        self.multi_cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def sub(self, s: str) -> None:
        self.set_font("DejaVu", "B", 10.5)
        self.multi_cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 10.5)

    def par_head(self, number: str, dnr: str, title: str) -> None:
        if self.get_y() > self.h - 70:
            self.add_page()
        self.ln(3)
        self.set_font("DejaVu", "B", 12)
        self.cell(30, 6, f"§ {number}")
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 10)
        self.cell(30, 5, "")
        self.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def label_rows(self, rows: list[tuple[str, str]], lw: float = 50) -> None:
        self.set_font("DejaVu", "", 10)
        for label, value in rows:
            self.cell(lw, 5, label)
            self.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def make_sodertalje_pdf(path: Path, font: Path) -> None:
    pdf = ProtocolPDF(font)
    pdf.set_title("Äldrenämndens protokoll 2021-11-23")
    pdf.set_author("Södertälje kommun")
    pdf.set_creator("Ärendehanteringssystem")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(FIXED)
    pdf.add_page()

    pdf.label_rows(
        [
            ("Plats och tid", "Stadshuset, Södertälje, sammanträdesrum Wendela, tisdagen den 23 november 2021, "
             "kl. 16.00–18.45"),
        ]
    )
    pdf.ln(4)

    # Two-column attendance: members left, substitutes right, party in its own column.
    left = [
        ("Marita Engdahl", "S", "ordförande"),
        ("Gabriel Afram", "C", "1:e vice ordförande"),
        ("Ulf Brännström", "M", "2:e vice ordförande"),
        ("Lena Friberg", "S", ""),
        ("Isak Hanna", "S", ""),
        ("Ritva Laine", "S", ""),
        ("Johan Sirén", "L", ""),
        ("Sara Gabro", "M", ""),
        ("Olle Backlund", "SD", ""),
        ("Annika Vestman", "V", ""),
    ]
    right = [
        ("Fredrik Malm", "KD", "tjg för Eva Hård (KD)"),
        ("Kajsa Lindell", "S", ""),
        ("Tomas Abrahamsson", "SD", ""),
    ]
    widths = (40, 10, 37, 40, 10, 0)
    pdf.set_font("DejaVu", "B", 10)
    for w, h in zip(widths, ("Ledamöter", "Parti", "", "Ersättare", "Parti", ""), strict=True):
        pdf.cell(w, 6, h)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9.5)
    for i in range(len(left)):
        cells = list(left[i]) + list(right[i] if i < len(right) else ("", "", ""))
        for w, value in zip(widths, cells, strict=True):
            pdf.cell(w, 5, value)
        pdf.ln(5)
    pdf.ln(4)

    pdf.label_rows(
        [
            ("Övriga närvarande", "Linda Sarkis, förvaltningschef"),
            ("", "Peter Lindblom, controller, § 98"),
            ("", "Josefin Häll, nämndsekreterare"),
        ]
    )
    pdf.ln(3)
    pdf.label_rows(
        [
            ("Utses att justera", "Ulf Brännström (M)"),
            ("Justeringens plats och tid", "Stadshuset, 2021-11-29"),
            ("Paragrafer", "97–99"),
        ]
    )
    pdf.ln(5)
    pdf.label_rows(
        [
            ("Sekreterare", "..........................................."),
            ("", "Josefin Häll"),
            ("Ordförande", "..........................................."),
            ("", "Marita Engdahl"),
            ("Justerande", "..........................................."),
            ("", "Ulf Brännström"),
        ]
    )
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.body("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", gap=0.5)
    pdf.label_rows(
        [
            ("Organ", "Äldrenämnden"),
            ("Sammanträdesdatum", "2021-11-23"),
            ("Anslaget sätts upp", "2021-11-30"),
            ("Anslaget tas ned", "2021-12-22"),
            ("Förvaringsplats", "Äldreförvaltningen, Stadshuset"),
        ]
    )

    # § 97 -------------------------------------------------------------------------------------
    pdf.add_page()
    pdf.par_head(
        "97",
        "ÄN 21/112",
        "Yttrande över motion från Annika Vestman (V) om sex timmars arbetsdag i hemtjänsten",
    )
    pdf.sub("Ärendebeskrivning")
    pdf.body(
        "Kommunstyrelsen har remitterat motionen till äldrenämnden för yttrande, kommunstyrelsens "
        "diarienummer KS 21/345. Annika Vestman (V) föreslår i motionen, daterad 2021-04-12, att "
        "kommunen inför ett försök med sex timmars arbetsdag med bibehållen lön i två "
        "hemtjänstgrupper. Förvaltningen bedömer att ett försök skulle kosta cirka 7 miljoner kronor "
        "per år och föreslår att nämnden avstyrker motionen men i stället prioriterar arbetet med "
        "heltid som norm."
    )
    pdf.sub("Beslutsunderlag")
    pdf.body("Tjänsteutlåtande daterat 2 november 2021\nMotion från Annika Vestman (V)")
    pdf.sub("Yrkanden")
    pdf.body(
        "Annika Vestman (V) yrkar att nämnden tillstyrker motionen.\n"
        "Marita Engdahl (S) yrkar bifall till förvaltningens förslag."
    )
    pdf.sub("Beslutsgång")
    pdf.body(
        "Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt "
        "Marita Engdahls yrkande."
    )
    pdf.sub("Äldrenämndens beslut")
    pdf.body(
        "Äldrenämnden beslutar att översända förvaltningens tjänsteutlåtande som nämndens yttrande "
        "till kommunstyrelsen."
    )
    pdf.sub("Reservation")
    pdf.body("Annika Vestman (V) reserverar sig mot beslutet till förmån för eget yrkande.")

    # § 98 -------------------------------------------------------------------------------------
    pdf.par_head(
        "98",
        "ÄN 21/087",
        "Avsiktsförklaring om mobila vårdteam för äldre",
    )
    pdf.sub("Ärendebeskrivning")
    pdf.body(
        "Förvaltningen har tillsammans med Region Stockholm och Södertälje Sjukhus AB tagit fram en "
        "avsiktsförklaring mellan Södertälje kommun, Region Stockholm och Södertälje Sjukhus AB om "
        "samverkan kring mobila vårdteam för äldre med omfattande behov. Teamen ska minska antalet "
        "akuta besök på sjukhuset genom att kommunens hemsjukvård och regionens läkare gör "
        "gemensamma hembesök. Kommunens kostnad för försöksperioden 2022–2023 beräknas till "
        "2,6 miljoner kronor per år. Controller Peter Lindblom redogör för kostnaderna."
    )
    pdf.sub("Beslutsunderlag")
    pdf.body("Tjänsteutlåtande 2021-11-05\nFörslag till avsiktsförklaring")
    pdf.sub("Yrkanden")
    pdf.body(
        "Marita Engdahl (S) yrkar bifall till förvaltningens förslag.\n"
        "Ulf Brännström (M) yrkar avslag.\n"
        "Olle Backlund (SD) yrkar bifall till Ulf Brännströms avslagsyrkande."
    )
    pdf.sub("Beslutsgång")
    pdf.body(
        "Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller "
        "förvaltningens förslag. Votering begärs och verkställs. Ja-röst för bifall till förvaltningens "
        "förslag, nej-röst för avslag. Med 6 ja-röster mot 4 nej-röster beslutar nämnden att bifalla "
        "förvaltningens förslag. En ledamot avstår från att rösta."
    )
    pdf.sub("Äldrenämndens beslut")
    pdf.body(
        "1. Äldrenämnden godkänner avsiktsförklaringen mellan Södertälje kommun, Region Stockholm och "
        "Södertälje Sjukhus AB om samverkan kring mobila vårdteam för äldre.\n"
        "2. Förvaltningschefen får i uppdrag att underteckna avsiktsförklaringen.\n"
        "3. Kostnaden för 2022 finansieras inom nämndens budgetram.\n"
        "4. Försöksverksamheten ska utvärderas och redovisas för nämnden senast i december 2023."
    )
    pdf.sub("Reservation")
    pdf.body(
        "Ulf Brännström (M), Sara Gabro (M) och Olle Backlund (SD) reserverar sig mot beslutet."
    )
    pdf.sub("Särskilt yttrande")
    pdf.body(
        "Fredrik Malm (KD) lämnar följande särskilda yttrande: ”Kristdemokraterna stöder mobila "
        "vårdteam men anser att försöket borde ha upphandlats så att även privata vårdgivare kan delta.”"
    )
    pdf.sub("Beslutet skickas till")
    pdf.body("Region Stockholm\nSödertälje Sjukhus AB")

    # § 99 -------------------------------------------------------------------------------------
    pdf.par_head("99", "ÄN 21/004", "Information om heltidsarbete inom äldreomsorgen")
    pdf.sub("Ärendebeskrivning")
    pdf.body(
        "Förvaltningschef Linda Sarkis informerar om arbetet med heltid som norm. Andelen "
        "heltidsanställda undersköterskor har ökat från 58 till 71 procent sedan 2019."
    )
    pdf.sub("Äldrenämndens beslut")
    pdf.body("Äldrenämnden lägger informationen till handlingarna.")
    pdf.sub("Ersättaryttrande")
    pdf.body(
        "Ersättaren Kajsa Lindell (S) lämnar ett ersättaryttrande om vikten av att delade turer "
        "avskaffas helt."
    )
    pdf.output(str(path))


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    make_molndal_docx(DOCS / "molndal-ks-2019-10-16-protokoll.docx")
    if not FONT.exists():
        raise SystemExit(f"{FONT} not found; cannot build the PDF.")
    make_sodertalje_pdf(DOCS / "sodertalje-aen-2021-11-23-protokoll.pdf", FONT)


if __name__ == "__main__":
    main()
