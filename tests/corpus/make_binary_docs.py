"""Generate the binary test documents (DOCX and PDF) of tests/corpus/docs.

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/corpus/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed
PDF metadata, so re-running the script leaves the committed files unchanged.
The gold files in tests/corpus/gold/ describe the texts written here; change both together.
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

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
]


# --------------------------------------------------------------------------------------------
# DOCX: Jönköpings kommun, socialnämnden, full protocol
# --------------------------------------------------------------------------------------------


def _add_field(run, instr: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


class _Numbering:
    """Restartable decimal lists: each call to new_list() gives a fresh w:num starting at 1."""

    def __init__(self, document: docx.document.Document) -> None:
        self.part = document.part.numbering_part
        self.numbering = self.part.element
        style = document.styles["List Number"]
        num_pr = style.element.pPr.numPr
        base_num_id = int(num_pr.numId.val)
        self.abstract_id = None
        for num in self.numbering.findall(qn("w:num")):
            if int(num.get(qn("w:numId"))) == base_num_id:
                self.abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        assert self.abstract_id is not None
        self.next_id = 100

    def new_list(self) -> int:
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self.abstract_id)
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self.numbering.append(num)
        self.next_id += 1
        return self.next_id - 1


def _numbered(document, numbering: _Numbering, items: list[str]) -> None:
    num_id = numbering.new_list()
    for item in items:
        p = document.add_paragraph(item, style="List Number")
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id


def _heading(document, text: str, level: int) -> None:
    document.add_heading(text, level=level)


def _para(document, text: str, bold: bool = False) -> None:
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = bold


def _cell_lines(cell, lines: list[str]) -> None:
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def make_jonkoping_docx(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    numbering = _Numbering(d)

    section = d.sections[0]
    header = section.header.paragraphs[0]
    header.text = "JÖNKÖPINGS KOMMUN\tProtokoll\t"
    run = header.add_run("Sida ")
    _add_field(header.add_run(), "PAGE")
    header.add_run(" av ")
    _add_field(header.add_run(), "NUMPAGES")
    section.header.add_paragraph("Socialnämnden\tSammanträdesdatum 2018-05-23")
    section.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    del run

    _heading(d, "Protokoll", 1)
    _para(d, "Socialnämnden")
    _para(d, "Plats och tid: Stadshuset, Jönköping, sammanträdesrum Juneporten, kl. 13.30–16.40")

    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Beslutande"
    table.cell(0, 1).text = "Ersättare"
    _cell_lines(
        table.cell(1, 0),
        [
            "Elisabeth Gunnarsson (KD), ordförande",
            "Johan Malmberg (M), 1:e vice ordförande",
            "Lisa Bengtsson (S), 2:e vice ordförande",
            "Karin Wiberg (M)",
            "Oskar Nordqvist (M)",
            "Anette Ljung (C)",
            "Hasan Yousef (L)",
            "Linnea Ström (KD) tjg för Mats Hjort (KD)",
            "Ahmed Jusufović (S)",
            "Eva-Marie Holmberg (S)",
            "Ingvar Lund (V)",
            "Peter Wahlqvist (SD)",
            "Gun-Britt Nord (SD)",
        ],
    )
    _cell_lines(
        table.cell(1, 1),
        [
            "Sofia Kårlin (M)",
            "Joakim Isaksson (S)",
            "Malin Ekström (MP)",
        ],
    )
    d.add_paragraph()

    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    rows = [
        (
            "Övriga närvarande",
            [
                "Maria Forslund, socialchef",
                "Daniel Hagberg, avdelningschef, § 79",
                "Jenny Sandahl, nämndsekreterare",
            ],
        ),
        ("Utses att justera", ["Lisa Bengtsson (S)"]),
        ("Justeringens plats och tid", ["Socialförvaltningen, 2018-05-29"]),
        ("Paragrafer", ["§§ 78–81"]),
    ]
    for i, (label, lines) in enumerate(rows):
        info.cell(i, 0).text = label
        _cell_lines(info.cell(i, 1), lines)
    d.add_paragraph()

    sign = d.add_table(rows=3, cols=2)
    for i, (label, name) in enumerate(
        [
            ("Sekreterare", "Jenny Sandahl"),
            ("Ordförande", "Elisabeth Gunnarsson"),
            ("Justerande", "Lisa Bengtsson"),
        ]
    ):
        sign.cell(i, 0).text = label
        _cell_lines(sign.cell(i, 1), ["............................................", name])
    d.add_paragraph()

    _para(d, "ANSLAG/BEVIS", bold=True)
    _para(d, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    _para(d, "Organ: Socialnämnden")
    _para(d, "Sammanträdesdatum: 2018-05-23")
    _para(d, "Datum för anslags uppsättande: 2018-05-30    Datum för anslags nedtagande: 2018-06-21")
    _para(d, "Förvaringsplats för protokollet: Socialförvaltningen, Jönköping")

    d.add_page_break()

    # § 78
    _heading(d, "§ 78", 2)
    _heading(
        d,
        "Överenskommelse mellan Jönköpings kommun och Region Jönköpings län om samverkan kring "
        "barn och unga i behov av särskilt stöd",
        3,
    )
    _para(d, "Dnr SOC 2018/0231")
    _para(d, "Sammanfattning", bold=True)
    _para(
        d,
        "Jönköpings kommun och Region Jönköpings län har tagit fram en gemensam överenskommelse om "
        "samverkan kring barn och unga som behöver insatser från både socialtjänsten och regionens "
        "barn- och ungdomspsykiatri eller habilitering. Överenskommelsen ersätter den tidigare "
        "överenskommelsen från 2014 och innehåller rutiner för samordnad individuell plan, gemensamma "
        "placeringar och uppföljning. Överenskommelsen ska beslutas av både kommunen och regionen.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse daterad 2018-05-07")
    _para(d, "Förslag till överenskommelse")
    _para(d, "Beslut", bold=True)
    _para(d, "Socialnämnden beslutar")
    _numbered(
        d,
        numbering,
        [
            "att godkänna överenskommelse mellan Jönköpings kommun och Region Jönköpings län om samverkan "
            "kring barn och unga i behov av särskilt stöd,",
            "att uppdra åt socialchefen att underteckna överenskommelsen för nämndens räkning.",
        ],
    )
    _para(d, "Paragrafen förklaras omedelbart justerad.")
    _para(d, "Expedieras", bold=True)
    _para(d, "Region Jönköpings län")

    # § 79
    _heading(d, "§ 79", 2)
    _heading(
        d, "Idéburet offentligt partnerskap med Jönköpings Stadsmission om härbärge och dagverksamhet", 3
    )
    _para(d, "Dnr SOC 2018/0187")
    _para(d, "Sammanfattning", bold=True)
    _para(
        d,
        "Jönköpings Stadsmission driver sedan 2012 ett härbärge och en dagverksamhet för personer i "
        "hemlöshet med stöd av bidrag från nämnden. Socialförvaltningen föreslår att verksamheten i "
        "stället regleras i ett idéburet offentligt partnerskap (IOP) för perioden 2018-07-01–2021-06-30. "
        "Avtalet omfattar 20 sängplatser och nämndens kostnad beräknas till 4,8 miljoner kronor per år. "
        "Avdelningschef Daniel Hagberg redogör för ärendet.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Socialförvaltningens tjänsteskrivelse daterad 2018-04-30")
    _para(d, "Förslag till avtal om idéburet offentligt partnerskap")
    _para(d, "Yrkanden", bold=True)
    _para(d, "Ordföranden Elisabeth Gunnarsson (KD) yrkar bifall till förvaltningens förslag.")
    _para(
        d,
        "Lisa Bengtsson (S) yrkar att ärendet återremitteras för att kompletteras med en analys av "
        "behovet av platser för kvinnor.",
    )
    _para(d, "Beslutsgång", bold=True)
    _para(
        d,
        "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner "
        "att ärendet ska avgöras i dag. Votering begärs. Ja-röst för att avgöra ärendet i dag, nej-röst "
        "för återremiss. Voteringen utfaller enligt voteringslistan nedan med 7 ja-röster, 4 nej-röster "
        "och 2 som avstår.",
    )
    vote = d.add_table(rows=1, cols=4)
    vote.style = "Table Grid"
    for i, h in enumerate(["Ledamot", "Ja", "Nej", "Avstår"]):
        vote.cell(0, i).text = h
    votes = [
        ("Elisabeth Gunnarsson (KD)", 0),
        ("Johan Malmberg (M)", 0),
        ("Lisa Bengtsson (S)", 1),
        ("Karin Wiberg (M)", 0),
        ("Oskar Nordqvist (M)", 0),
        ("Anette Ljung (C)", 0),
        ("Hasan Yousef (L)", 0),
        ("Linnea Ström (KD)", 0),
        ("Ahmed Jusufović (S)", 1),
        ("Eva-Marie Holmberg (S)", 1),
        ("Ingvar Lund (V)", 1),
        ("Peter Wahlqvist (SD)", 2),
        ("Gun-Britt Nord (SD)", 2),
    ]
    for name, col in votes:
        cells = vote.add_row().cells
        cells[0].text = name
        cells[1 + col].text = "X"
    cells = vote.add_row().cells
    for i, t in enumerate(["Summa", "7", "4", "2"]):
        cells[i].text = t
    _para(
        d,
        "Därefter ställer ordföranden proposition på sitt eget yrkande och finner att socialnämnden "
        "bifaller det.",
    )
    _para(d, "Beslut", bold=True)
    _para(d, "Socialnämnden beslutar")
    _numbered(
        d,
        numbering,
        [
            "att ingå idéburet offentligt partnerskap mellan socialnämnden och Jönköpings Stadsmission "
            "om härbärge och dagverksamhet för perioden 2018-07-01–2021-06-30,",
            "att kostnaden ryms inom nämndens budget för 2018,",
            "att verksamheten ska följas upp årligen i nämnden.",
        ],
    )
    _para(d, "Reservation", bold=True)
    _para(
        d,
        "Lisa Bengtsson (S), Ahmed Jusufović (S) och Eva-Marie Holmberg (S) reserverar sig mot "
        "beslutet till förmån för återremissyrkandet.",
    )
    _para(d, "Protokollsanteckning", bold=True)
    _para(
        d,
        "Ingvar Lund (V) lämnar följande protokollsanteckning: ”Vänsterpartiet stöder partnerskapet "
        "men anser att ett ärende av den här storleken borde ha beretts med en konsekvensanalys.”",
    )
    _para(d, "Expedieras", bold=True)
    _para(d, "Jönköpings Stadsmission")

    # § 80
    _heading(d, "§ 80", 2)
    _heading(d, "Yttrande över regional strategi mot mäns våld mot kvinnor 2018–2021", 3)
    _para(d, "Dnr SOC 2018/0142")
    _para(d, "Remiss från Länsstyrelsen i Jönköpings län, länsstyrelsens dnr 851-2206-2018")
    _para(d, "Sammanfattning", bold=True)
    _para(
        d,
        "Länsstyrelsen i Jönköpings län har remitterat ett förslag till regional strategi mot mäns "
        "våld mot kvinnor för åren 2018–2021 till kommunerna i länet. Kommunstyrelsen har överlämnat "
        "remissen till socialnämnden för besvarande. Förvaltningen ställer sig positiv till strategin "
        "men föreslår att den kompletteras med mål för arbetet med våldsutövare. Svar ska lämnas "
        "senast den 15 juni 2018.",
    )
    _para(d, "Beslutsunderlag", bold=True)
    _para(d, "Tjänsteskrivelse daterad 2018-05-02")
    _para(d, "Beslut", bold=True)
    _para(
        d,
        "Socialnämnden antar förvaltningens förslag till yttrande och översänder det till "
        "Länsstyrelsen i Jönköpings län.",
    )
    _para(d, "Särskilt yttrande", bold=True)
    _para(
        d,
        "Lisa Bengtsson lämnar för Socialdemokraterna följande särskilda yttrande: ”Strategin är bra, "
        "men kommunen måste också avsätta resurser så att kvinnojouren kan ta emot fler.”",
    )

    # § 81
    _heading(d, "§ 81", 2)
    _heading(d, "Anmälan av delegationsbeslut", 3)
    _para(d, "Dnr SOC 2018/0004")
    _para(d, "Beslut", bold=True)
    _numbered(d, numbering, ["Redovisningen av delegationsbeslut för april 2018 läggs till handlingarna."])

    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.last_modified_by = "Socialförvaltningen"
    cp.created = dt.datetime(2018, 5, 29, 9, 0, 0)
    cp.modified = dt.datetime(2018, 5, 29, 9, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data: bytes, path: Path) -> None:
    """Re-pack a ZIP (DOCX) with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2018, 5, 29, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------
# PDF: Sundsvalls kommun, kommunstyrelsen, full protocol
# --------------------------------------------------------------------------------------------


class ProtocolPDF(FPDF):
    """A4 protocol page with a running header, 'Sida N av M' and a signature footer.

    When a page break falls inside a paragraph (self.open_par is set), the new page starts with
    '§ N forts.' as in many municipalities' minutes.
    """

    def __init__(self, org: str, body: str, date: str, font: Path) -> None:
        super().__init__(format="A4")
        self.org, self.body, self.date = org, body, date
        self.add_font("DejaVu", "", str(font))
        bold = font.with_name("DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "B", str(bold if bold.exists() else font))
        self.set_margins(22, 18, 20)
        self.set_auto_page_break(True, margin=26)
        self.open_par: str | None = None
        self.par_prefix = ""
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(75, 5, self.org.upper())
        self.set_font("DejaVu", "", 10)
        self.cell(62, 5, "SAMMANTRÄDESPROTOKOLL")
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(75, 5, self.body)
        self.cell(0, 5, f"Sammanträdesdatum {self.date}", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        if self.open_par and self.page_no() > 1:
            self.set_font("DejaVu", "B", 11)
            self.cell(0, 6, f"{self.par_prefix}§ {self.open_par} forts.", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_font("DejaVu", "", 10.5)

    def footer(self) -> None:
        self.set_y(-20)
        self.set_font("DejaVu", "", 8)
        self.cell(85, 4, "Justerandes sign")
        self.cell(0, 4, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")
        self.cell(85, 6, "______________________")
        self.cell(0, 6, "______________________")

    # helpers
    def text(self, s: str, gap: float = 1.5) -> None:  # type: ignore[override]
        self.set_font("DejaVu", "", 10.5)
        self.multi_cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def sub(self, s: str) -> None:
        if self.get_y() > self.h - 40:
            self.add_page()
        self.set_font("DejaVu", "B", 10.5)
        self.multi_cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 10.5)

    def par_head(self, number: str, dnr: str, title: str, prefix: str = "") -> None:
        self.open_par = None
        if self.get_y() > self.h - 70:
            self.add_page()
        self.ln(3)
        self.set_font("DejaVu", "B", 12)
        self.cell(100, 6, f"{prefix}§ {number}")
        self.set_font("DejaVu", "", 10.5)
        self.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.open_par = number

    def two_col(self, rows: list[tuple[str, str]], lw: float = 92) -> None:
        self.set_font("DejaVu", "", 10)
        for left, right in rows:
            self.cell(lw, 5, left)
            self.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")


def make_sundsvall_pdf(path: Path, font: Path) -> None:
    pdf = ProtocolPDF("Sundsvalls kommun", "Kommunstyrelsen", "2019-10-07", font)
    pdf.set_title("Kommunstyrelsens protokoll 2019-10-07")
    pdf.set_author("Sundsvalls kommun")
    pdf.set_creator("Ärendehanteringssystem")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(FIXED)
    pdf.add_page()

    pdf.two_col([("Plats och tid", "Sundsvalls stadshus, Kommunstyrelsens sammanträdesrum,")], lw=40)
    pdf.two_col([("", "kl. 09.00–12.30")], lw=40)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(92, 6, "Beslutande")
    pdf.cell(0, 6, "Ersättare", new_x="LMARGIN", new_y="NEXT")
    pdf.two_col(
        [
            ("Ingela Bergström (S), ordförande", "Malin Wästlund (V)"),
            ("Peder Forsström (C), 1:e vice ordförande", "Göran Sjölund (S)"),
            ("Magnus Sjödin (M), 2:e vice ordförande", "Anna-Karin Lidén (L)"),
        ]
    )
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(92, 6, "Ledamöter")
    pdf.cell(0, 6, "Övriga närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.two_col(
        [
            ("Lena Holmqvist (S)", "Åsa Wikberg, kommundirektör"),
            ("Erik Andersson Tjärnström (S)", "Johan Wiklund (kommunjurist)"),
            ("Mona Ekman (S)", "Yvonne Berg, kommunsekreterare"),
            ("Arvid Nordmark (V)", ""),
            ("Hampus Ek (MP)", ""),
            ("Kerstin Åhlund (L)", ""),
            ("Mikaela Strand (M)", ""),
            ("Daniel Björk (KD)", ""),
            ("Sven-Erik Wänn (SD)", ""),
        ]
    )
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(92, 6, "Tjänstgörande ersättare", new_x="LMARGIN", new_y="NEXT")
    pdf.two_col([("Birgitta Ljungman (M) för Camilla Rönn (M)", "")])
    pdf.ln(4)
    pdf.two_col(
        [
            ("Utses att justera", "Magnus Sjödin (M)"),
            ("Justeringens plats och tid", "Stadshuset, 2019-10-11"),
            ("Paragrafer", "§§ 110–112"),
        ],
        lw=55,
    )
    pdf.ln(5)
    pdf.two_col([("Underskrifter   Sekreterare", "............................................")], lw=55)
    pdf.two_col([("", "Yvonne Berg")], lw=55)
    pdf.ln(2)
    pdf.two_col([("                      Ordförande", "............................................")], lw=55)
    pdf.two_col([("", "Ingela Bergström")], lw=55)
    pdf.ln(2)
    pdf.two_col([("                      Justerande", "............................................")], lw=55)
    pdf.two_col([("", "Magnus Sjödin")], lw=55)
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.text("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", gap=0.5)
    pdf.two_col(
        [
            ("Organ", "Kommunstyrelsen"),
            ("Sammanträdesdatum", "2019-10-07"),
            ("Anslaget sätts upp", "2019-10-14"),
            ("Anslaget tas ned", "2019-11-05"),
            ("Förvaringsplats för protokollet", "Kommunstyrelsekontoret, Stadshuset"),
        ],
        lw=55,
    )

    # § 110
    pdf.add_page()
    pdf.par_head(
        "110",
        "KSN-2019-0412",
        "Yttrande över remiss från Region Västernorrland - Regionalt trafikförsörjningsprogram "
        "för Västernorrlands län 2020–2030",
    )
    pdf.text("Region Västernorrlands diarienummer RS/1122/2019")
    pdf.sub("Beslut")
    pdf.text(
        "Kommunstyrelsen beslutar\n"
        "1. att anta kommunstyrelsekontorets förslag till yttrande som sitt eget,\n"
        "2. att översända yttrandet till Region Västernorrland.\n"
        "Kommunstyrelsen förklarar paragrafen omedelbart justerad."
    )
    pdf.sub("Ärendebeskrivning")
    pdf.text(
        "Region Västernorrland har som regional kollektivtrafikmyndighet tagit fram ett förslag till "
        "regionalt trafikförsörjningsprogram för Västernorrlands län 2020–2030 och remitterat det till "
        "länets kommuner med svar senast den 18 oktober 2019. Programmet anger mål för den regionala "
        "kollektivtrafiken, bland annat att andelen resor med kollektivtrafik ska öka med 30 procent "
        "till 2030. Kommunstyrelsekontoret föreslår att kommunen ställer sig bakom målen men framhåller "
        "att stadstrafiken i Sundsvall behöver stärkas och att tågtrafiken på Ostkustbanan mot Gävle "
        "och Stockholm ska prioriteras. Kontoret har samrått med Sundsvalls Hamn AB om godstrafiken."
    )
    pdf.sub("Beslutsunderlag")
    pdf.text(
        "Tjänsteskrivelse 2019-09-16\nFörslag till yttrande\nRemiss från Region Västernorrland, 2019-08-30"
    )
    pdf.sub("Särskilt yttrande")
    pdf.text("Magnus Sjödin m.fl. (M) lämnar ett särskilt yttrande enligt bilaga 1.")
    pdf.sub("Expedieras")
    pdf.text("Region Västernorrland")

    # § 111
    pdf.par_head(
        "111",
        "KSN-2019-0388",
        "Avsiktsförklaring mellan Sundsvalls kommun och Mittuniversitetet om campusutveckling",
    )
    pdf.sub("Ärendebeskrivning")
    pdf.text(
        "Mittuniversitetet har beslutat att samla verksamheten i Sundsvall på campus Storgatan och "
        "vill utveckla området tillsammans med kommunen. Den föreslagna avsiktsförklaringen anger "
        "parternas gemensamma inriktning: fler studentbostäder i centrala Sundsvall, bättre "
        "kollektivtrafik till campus och ett gemensamt innovationsprogram med näringslivet. "
        "Avsiktsförklaringen är inte juridiskt bindande. Kommunens kostnader för det fortsatta "
        "planeringsarbetet beräknas till 1,2 miljoner kronor under 2020 och föreslås finansieras ur "
        "kommunstyrelsens utvecklingsreserv. Kommunjurist Johan Wiklund har granskat förslaget."
    )
    pdf.sub("Beslutsunderlag")
    pdf.text(
        "Tjänsteskrivelse 2019-09-20\nFörslag till avsiktsförklaring\nSkrivelse från Mittuniversitetet "
        "2019-06-12"
    )
    pdf.sub("Yrkanden")
    pdf.text(
        "Ingela Bergström (S) yrkar bifall till kommunstyrelsekontorets förslag.\n"
        "Kerstin Åhlund (L) yrkar bifall till förslaget med tillägget att uppföljningen ska redovisas "
        "för kommunstyrelsen två gånger per år.\n"
        "Magnus Sjödin (M) yrkar avslag på förslaget i sin helhet."
    )
    pdf.sub("Beslutsgång")
    pdf.text(
        "Ordföranden ställer först proposition på bifall mot avslag och finner att kommunstyrelsen "
        "bifaller förslaget. Omröstning begärs. Med 8 röster mot 5 beslutar kommunstyrelsen att "
        "bifalla förslaget. Ordföranden ställer därefter proposition på Kerstin Åhlunds (L) "
        "tilläggsyrkande och finner att kommunstyrelsen bifaller det."
    )
    pdf.sub("Beslut")
    pdf.text(
        "1. Avsiktsförklaring mellan Sundsvalls kommun och Mittuniversitetet om campusutveckling "
        "godkänns.\n"
        "2. Kommunstyrelsens ordförande får i uppdrag att underteckna avsiktsförklaringen.\n"
        "3. Kostnaderna, 1,2 miljoner kronor, finansieras ur kommunstyrelsens utvecklingsreserv 2020.\n"
        "4. Arbetet enligt avsiktsförklaringen redovisas för kommunstyrelsen två gånger per år."
    )
    pdf.sub("Reservation")
    pdf.text(
        "Magnus Sjödin (M), Birgitta Ljungman (M) och Mikaela Strand (M) reserverar sig mot beslutet. "
        "Daniel Björk (KD) och Sven-Erik Wänn (SD) reserverar sig till förmån för Magnus Sjödins (M) "
        "avslagsyrkande."
    )
    pdf.sub("Ersättaryttrande")
    pdf.text(
        "Ersättaren Malin Wästlund (V) lämnar följande yttrande: ”Vänsterpartiet välkomnar "
        "avsiktsförklaringen. Studentbostäderna måste få en hyresnivå som studenter har råd med.”"
    )
    pdf.sub("Expedieras")
    pdf.text("Mittuniversitetet")

    # § 112
    pdf.par_head("112", "KSN-2019-0019", "Anmälan av delegationsbeslut")
    pdf.sub("Beslut")
    pdf.text(
        "Kommunstyrelsen lägger redovisningen av delegationsbeslut för september 2019 till handlingarna."
    )
    pdf.open_par = None
    pdf.ln(4)
    pdf.text("– – – – –")
    pdf.output(str(path))


def make_kiruna_pdf(path: Path, font: Path) -> None:
    pdf = ProtocolPDF("Kiruna kommun", "Kommunfullmäktige", "2013-06-17", font)
    pdf.par_prefix = "KF "
    pdf.set_title("Kommunfullmäktiges protokoll 2013-06-17")
    pdf.set_author("Kiruna kommun")
    pdf.set_creator("Ärendehanteringssystem")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(FIXED)
    pdf.add_page()

    pdf.two_col([("Plats och tid", "Folkets hus, Kiruna, kl. 10.00–15.40")], lw=45)
    pdf.ln(3)
    pdf.sub("Beslutande")
    pdf.text(
        "Samtliga ledamöter med undantag för ledamöterna Anders Pekkari (S), Britt Kero (V) och "
        "Tomas Ekberg (M), som ersattes av de tjänstgörande ersättarna Eva Lantto (S), Sven-Åke "
        "Nilsson (V) respektive Johanna Laiva (M). Närvaro- och omröstningslista, bilaga 1."
    )
    pdf.two_col(
        [
            ("Ordförande", "Gunilla Wänström (S)"),
            ("1:e vice ordförande", "Leif Pohjanen (S)"),
            ("2:e vice ordförande", "Ulla-Karin Niva (M)"),
        ],
        lw=45,
    )
    pdf.ln(3)
    pdf.two_col(
        [
            ("Övriga närvarande", "Peter Niemi, kommundirektör"),
            ("", "Ann-Sofie Kauppi, kommunsekreterare"),
        ],
        lw=45,
    )
    pdf.ln(3)
    pdf.two_col(
        [
            ("Utses att justera", "Mona Taavola (V) och Henrik Isaksson (M)"),
            ("Justeringens plats och tid", "Stadshuset, 2013-06-24"),
            ("Paragrafer", "67–68"),
        ],
        lw=55,
    )
    pdf.ln(5)
    pdf.two_col([("Underskrifter   Sekreterare", "............................................")], lw=55)
    pdf.two_col([("", "Ann-Sofie Kauppi")], lw=55)
    pdf.ln(2)
    pdf.two_col([("                      Ordförande", "............................................")], lw=55)
    pdf.two_col([("", "Gunilla Wänström")], lw=55)
    pdf.ln(2)
    pdf.two_col(
        [("                      Justerande", "..........................   ..........................")],
        lw=55,
    )
    pdf.two_col([("", "Mona Taavola                 Henrik Isaksson")], lw=55)
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.text("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", gap=0.5)
    pdf.two_col(
        [
            ("Organ", "Kommunfullmäktige"),
            ("Sammanträdesdatum", "2013-06-17"),
            ("Datum då anslaget sätts upp", "2013-06-25"),
            ("Datum då anslaget tas ned", "2013-07-17"),
            ("Förvaringsplats för protokollet", "Kommunledningskontoret, Stadshuset"),
        ],
        lw=55,
    )

    # KF § 67
    pdf.add_page()
    pdf.par_head(
        "67",
        "Dnr KS 2013/0241",
        "Avtal mellan Kiruna kommun och LKAB om ersättning för stadshuset",
        prefix="KF ",
    )
    pdf.sub("Ärendebeskrivning")
    pdf.text(
        "Gruvbrytningen gör att stadshuset måste lämna plats för deformationszonen. Kiruna kommun och "
        "LKAB har förhandlat fram ett avtal om ersättning för stadshuset och för de kommunala "
        "verksamheter som måste flytta. Avtalet innebär att LKAB ersätter kommunen med 520 miljoner "
        "kronor och att kommunen ansvarar för att uppföra ett nytt stadshus i det nya centrum. "
        "Stadshusets byggnad och den offentliga konsten i huset hanteras i en särskild överenskommelse."
    )
    pdf.text(
        "Kommunstyrelsen behandlade ärendet 2013-05-27, § 118. I kommunstyrelsen yrkade Lars Törmä (KD) "
        "återremiss och lämnade en protokollsanteckning. Kommunstyrelsen föreslår att fullmäktige "
        "godkänner avtalet."
    )
    pdf.sub("Beslutsunderlag")
    pdf.text("Kommunstyrelsens protokoll 2013-05-27, § 118\nTjänsteskrivelse 2013-05-08\nFörslag till avtal")
    pdf.sub("Yrkanden")
    pdf.text(
        "Kommunstyrelsens ordförande Kristina Nilsson (S) yrkar bifall till kommunstyrelsens förslag.\n"
        "Henrik Isaksson (M) yrkar bifall till kommunstyrelsens förslag.\n"
        "Lars Törmä (KD) yrkar att ärendet återremitteras för en oberoende värdering av stadshuset.\n"
        "Stig Kaaling (SD) yrkar avslag på kommunstyrelsens förslag."
    )
    pdf.sub("Beslutsgång")
    pdf.text(
        "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och "
        "finner att det ska avgöras i dag. Omröstning begärs. Ja-röst för att avgöra ärendet i dag, "
        "nej-röst för återremiss. Omröstningen utfaller med 33 ja-röster mot 6 nej-röster, 2 avstår."
    )
    pdf.text(
        "Därefter ställer ordföranden proposition på bifall mot avslag och finner att fullmäktige "
        "bifaller kommunstyrelsens förslag. Omröstning begärs på nytt. Ja-röst för bifall, nej-röst för "
        "avslag. Med 37 ja-röster mot 4 nej-röster bifaller kommunfullmäktige kommunstyrelsens förslag. "
        "Hur var och en har röstat framgår av bilaga 1."
    )
    pdf.sub("Kommunfullmäktiges beslut")
    pdf.text(
        "Kommunfullmäktige beslutar\n"
        "1. att godkänna avtal mellan Kiruna kommun och LKAB om ersättning för stadshuset,\n"
        "2. att ersättningen ska användas för uppförande av ett nytt stadshus."
    )
    pdf.sub("Reservation")
    pdf.text("Mot beslutet reserverar sig Stig Kaaling (SD) och Lars Törmä (KD).")
    pdf.sub("Expedieras")
    pdf.text("LKAB\nKommunstyrelsen")

    # KF § 68
    pdf.par_head(
        "68",
        "Dnr KS 2012/0377",
        "Svar på motion från Mona Taavola (V) om fler hyresrätter i nya Kiruna centrum",
        prefix="KF ",
    )
    pdf.sub("Ärendebeskrivning")
    pdf.text(
        "Mona Taavola (V) föreslår i en motion daterad 2012-10-15 att minst hälften av de bostäder som "
        "byggs i nya Kiruna centrum ska vara hyresrätter. Motionen har remitterats till Kirunabostäder AB, "
        "som framhåller att bolaget redan planerar för 400 hyresrätter. Kommunstyrelsen föreslår "
        "2013-05-27, § 121, att motionen ska anses besvarad."
    )
    pdf.sub("Beslutsunderlag")
    pdf.text(
        "Kommunstyrelsens protokoll 2013-05-27, § 121\nTjänsteskrivelse 2013-04-29\n"
        "Yttrande från Kirunabostäder AB 2013-02-11"
    )
    pdf.sub("Yrkanden")
    pdf.text(
        "Mona Taavola (V) yrkar bifall till motionen.\n"
        "Kristina Nilsson (S) yrkar bifall till kommunstyrelsens förslag."
    )
    pdf.sub("Beslutsgång")
    pdf.text(
        "Ordföranden ställer proposition på de båda yrkandena och finner att kommunfullmäktige "
        "beslutat enligt Kristina Nilssons (S) yrkande."
    )
    pdf.sub("Kommunfullmäktiges beslut")
    pdf.text("Motionen anses besvarad.")
    pdf.sub("Reservation")
    pdf.text("Mona Taavola m.fl. (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    pdf.open_par = None
    pdf.output(str(path))


def find_font() -> Path | None:
    for candidate in FONT_CANDIDATES:
        if candidate.exists():
            return candidate
    try:  # matplotlib ships DejaVuSans inside its package data
        import matplotlib

        p = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        if p.exists():
            return p
    except ImportError:
        pass
    return None


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    make_jonkoping_docx(DOCS / "jonkoping-socn-2018-05-23-protokoll.docx")
    font = find_font()
    if font is None:
        raise SystemExit("No TTF font with Swedish letters (DejaVuSans) found; cannot build the PDF.")
    make_sundsvall_pdf(DOCS / "sundsvall-ks-2019-10-07-protokoll.pdf", font)
    make_kiruna_pdf(DOCS / "kiruna-kf-2013-06-17-protokoll.pdf", font)


if __name__ == "__main__":
    main()
