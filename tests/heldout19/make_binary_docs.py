"""Generate the binary documents of tests/heldout19/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout19/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout19/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 10, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 16, 14, 0, 0)

# PDF: Älvsbyns kommun, kommunstyrelsens arbetsutskott 2024-05-07, full protocol.
# ("H", text) = paragraph heading, ("S", text) = upper-case section label, ("P", text) = body text,
# ("L", label, text) = first-page label row, ("PAGE", "") = page break.
PDF_ITEMS: list[tuple[str, ...]] = [
    ("T", "ÄLVSBYNS KOMMUN                    SAMMANTRÄDESPROTOKOLL"),
    ("P", "Kommunstyrelsens arbetsutskott                    Sammanträdesdatum 2024-05-07"),
    ("L", "Plats och tid", "Kommunhuset, sammanträdesrum Storforsen, kl. 08.30–11.40"),
    ("L", "Ordinarie ledamöter", "Anders Wikström (S), ordförande\nHelena Nordmark (C), vice ordförande\n"
                               "Per-Erik Sundqvist (S)\nLinnea Öhman (V)\nRoger Brännström (M)"),
    ("L", "Närvarande ersättare", "Kenneth Lundberg (S)"),
    ("L", "Övriga deltagare", "Maria Björk – kommunchef\nJonas Granström – ekonomichef, § 112–113\n"
                            "Eva Lidström – nämndsekreterare"),
    ("L", "Justerare", "Roger Brännström (M)"),
    ("L", "Justeringens plats och tid", "Kommunhuset 2024-05-13"),
    ("L", "Underskrifter", "Sekreterare .............................   Paragrafer 112–115\n"
                         "Eva Lidström\n\nOrdförande ..............................\nAnders Wikström\n\n"
                         "Justerare ...............................\nRoger Brännström"),
    ("PAGE", ""),
    ("H", "§ 112                                                              Dnr KS 2024/78"),
    ("H", "Reviderade riktlinjer för markanvisning"),
    ("S", "ÄRENDET"),
    ("P", "Kommunfullmäktige antog nuvarande riktlinjer 2016-11-28, § 98. Enligt lagen (2014:899) om "
          "riktlinjer för kommunala markanvisningar ska riktlinjerna hållas aktuella. Förvaltningen har "
          "arbetat in erfarenheter från exploateringen av Nyfors industriområde."),
    ("S", "BESLUTSUNDERLAG"),
    ("P", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-04-18\n"
          "Förslag till riktlinjer för markanvisning, version 2024-04-10"),
    ("S", "FÖRSLAG TILL BESLUT"),
    ("P", "1. Kommunfullmäktige antar reviderade riktlinjer för markanvisning.\n"
          "2. Kommunchefen får i uppdrag att ta fram en taxa för markanvisningsavgift.\n"
          "3. Riktlinjerna ses över senast 2026."),
    ("S", "YRKANDEN"),
    ("P", "Linnea Öhman (V) yrkar att punkt 3 stryks. Anders Wikström (S) yrkar bifall till förslaget "
          "med Linnea Öhmans ändring. Ordföranden finner att arbetsutskottet bifaller förslaget med "
          "den ändringen."),
    ("S", "BESLUT"),
    ("P", "Arbetsutskottet föreslår kommunstyrelsen besluta\n"
          "1. att föreslå kommunfullmäktige att anta reviderade riktlinjer för markanvisning,\n"
          "2. att uppdra åt kommunchefen att ta fram en taxa för markanvisningsavgift."),
    ("H", "§ 113                                                              Dnr KS 2024/61"),
    ("H", "Yttrande över remiss – Länsplan för regional transportinfrastruktur i Norrbottens län 2026–2037"),
    ("S", "ÄRENDET"),
    ("P", "Region Norrbotten har skickat förslaget till länsplan på remiss till Älvsbyns kommun, Region "
          "Norrbottens diarienummer RN 2024/412. Remissen kom in 2024-03-15 och ska besvaras senast "
          "2024-05-31. Kommunstyrelsen sammanträder 2024-05-21."),
    ("S", "BESLUTSUNDERLAG"),
    ("P", "Tjänsteskrivelse 2024-04-24\nFörslag till yttrande"),
    ("S", "FÖRSLAG TILL BESLUT"),
    ("P", "Kommunstyrelsen antar yttrandet som sitt eget och skickar det till Region Norrbotten."),
    ("S", "YRKANDEN"),
    ("P", "Anders Wikström (S) yrkar bifall till förslaget.\n"
          "Roger Brännström (M) och Helena Nordmark (C) yrkar att yttrandet kompletteras med ett krav på "
          "mötesspår vid Älvsby station."),
    ("S", "PROPOSITIONSORDNING"),
    ("P", "Ordföranden ställer förslagen mot varandra. Omröstning begärs. Arbetsutskottet beslutar enligt "
          "ordförandens förslag med 3 röster mot 2."),
    ("S", "BESLUT"),
    ("P", "Arbetsutskottet föreslår kommunstyrelsen besluta att anta yttrandet som sitt eget och skicka "
          "det till Region Norrbotten."),
    ("S", "RESERVATION"),
    ("P", "Roger Brännström (M) och Helena Nordmark (C) reserverar sig mot beslutet."),
    ("H", "§ 113 a                                                            Dnr KS 2024/102"),
    ("H", "Ansökan om bidrag för upprustning av skolgårdar"),
    ("P", "Ärendet väcktes som extra ärende vid sammanträdets början."),
    ("S", "ÄRENDET"),
    ("P", "Boverket har öppnat en ansökningsomgång för bidrag till upprustning av skolgårdar enligt "
          "förordningen (2021:287). Ansökan ska vara inne senast 2024-05-10. Arbetsutskottet har "
          "delegation att besluta om ansökningar enligt kommunstyrelsens delegationsordning, punkt 3.4."),
    ("S", "BESLUTSUNDERLAG"),
    ("P", "Tjänsteskrivelse 2024-05-06"),
    ("S", "BESLUT"),
    ("P", "1. Arbetsutskottet beslutar att ansöka om bidrag från Boverket för upprustning av skolgårdarna "
          "vid Kyrkskolan och Vidselskolan.\n2. Paragrafen justeras omedelbart."),
    ("H", "§ 114                                                              Dnr KS 2024/88"),
    ("H", "Samverkansavtal om gemensam överförmyndarverksamhet med Piteå kommun"),
    ("S", "ÄRENDET"),
    ("P", "Älvsbyns kommun och Piteå kommun föreslås samverka om överförmyndarverksamheten från "
          "2025-01-01 genom ett samverkansavtal enligt 9 kap. 37 § kommunallagen (2017:725). "
          "Kommunfullmäktige beslutar om avtalet."),
    ("S", "BESLUTSUNDERLAG"),
    ("P", "Tjänsteskrivelse 2024-04-29\nFörslag till samverkansavtal"),
    ("S", "BESLUT"),
    ("P", "Arbetsutskottet föreslår kommunstyrelsen besluta\n"
          "1. att föreslå kommunfullmäktige att godkänna samverkansavtalet med Piteå kommun,\n"
          "2. att uppdra åt kommunchefen att inleda överlämnandet av ärenden."),
    ("S", "PROTOKOLLSANTECKNING"),
    ("P", "Linnea Öhman (V) antecknar att handläggningstiderna ska följas upp efter ett år."),
    ("H", "§ 115                                                              Dnr KS 2024/5"),
    ("H", "Anmälningsärenden"),
    ("P", "Kommunstyrelsens ordförandebeslut 2024-04-22 om yttrande till Länsstyrelsen i Norrbottens län "
          "anmäls."),
    ("S", "BESLUT"),
    ("P", "Arbetsutskottet lägger anmälan till handlingarna."),
]


class ProtocolPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("F", "", 8)
            self.cell(0, 5, "Älvsbyns kommun – Kommunstyrelsens arbetsutskott – 2024-05-07")
            self.ln(5)
            self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes sign            Utdragsbestyrkande            Sida {self.page_no()}")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll KSAU 2024-05-07")
    pdf.set_author("Älvsbyns kommun")
    pdf.set_creator("heldout19")
    pdf.set_producer("heldout19")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for item in PDF_ITEMS:
        kind = item[0]
        pdf.set_x(pdf.l_margin)
        if kind == "PAGE":
            pdf.add_page()
        elif kind == "T":
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(0, 7, item[1])
            pdf.ln(1)
        elif kind == "L":
            y = pdf.get_y()
            pdf.set_xy(15, y)
            pdf.set_font("F", "B", 9)
            pdf.multi_cell(50, 5, item[1])
            y_label = pdf.get_y()
            pdf.set_xy(68, y)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(127, 5, item[2])
            pdf.set_y(max(y_label, pdf.get_y()) + 3)
        elif kind == "H":
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 6, item[1])
        elif kind == "S":
            pdf.ln(2)
            pdf.set_font("F", "B", 9)
            pdf.multi_cell(0, 5, item[1])
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, item[1])
            pdf.ln(2)
    pdf.output(str(DOCS / "alvsbyn-ksau-2024-05-07-protokoll.pdf"))


# DOCX: Vilhelmina kommun, valnämnden 2024-05-14, full protocol.
# Headings "Ärende n (§ m) Title" in Heading 2; section labels as bold small-caps runs.
ATTENDANCE: list[tuple[str, str, str]] = [
    ("Gunilla Rask", "S", "ordförande"),
    ("Nils-Åke Fjällström", "C", "vice ordförande"),
    ("Elin Stenlund", "S", "ledamot"),
    ("Karin Johansson", "V", "ledamot"),
    ("Barbro Westman", "M", "tjänstgörande ersättare för Tomas Gabrielsson (SD)"),
    ("Ove Lindahl", "KD", "ersättare"),
]
STAFF: list[tuple[str, str]] = [
    ("Sofia Persson", "valsamordnare"),
    ("Johanna Nygren", "nämndsekreterare"),
]
DOCX_BODY: list[tuple[str, str]] = [
    ("h", "Ärende 1 (§ 15) Val av justerare"),
    ("sc", "Beslut"),
    ("p", "Valnämnden utser Elin Stenlund (S) att jämte ordföranden justera dagens protokoll."),
    ("h", "Ärende 2 (§ 16) Vallokaler och lokaler för förtidsröstning vid Europaparlamentsvalet 2024"),
    ("p", "Dnr VN 2024/4"),
    ("sc", "Ärendet"),
    ("p", "Valdagen för val till Europaparlamentet är söndagen den 9 juni 2024 och förtidsröstningen börjar "
          "2024-05-22. Enligt 4 kap. 20 § vallagen (2005:837) ska valnämnden besluta om vallokaler och "
          "röstningslokaler. Valmyndigheten och Länsstyrelsen i Västerbottens län har lämnat anvisningar "
          "om tillgänglighet. Förvaltningen föreslår att vallokalen i Dikanäs ersätts av ambulerande "
          "röstmottagning."),
    ("sc", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från valsamordnaren 2024-04-30\nBilaga 1 Vallokaler\nBilaga 2 Lokaler för förtidsröstning"),
    ("sc", "Förslag till beslut"),
    ("p", "Valnämnden fastställer vallokaler enligt bilaga 1 och lokaler för förtidsröstning enligt bilaga 2 "
          "samt uppdrar åt valsamordnaren att annonsera lokalerna."),
    ("sc", "Yrkanden"),
    ("p", "Karin Johansson (V) yrkar att vallokalen i Dikanäs behålls.\n"
          "Nils-Åke Fjällström (C) yrkar bifall till förvaltningens förslag."),
    ("sc", "Omröstning"),
    ("p", "Omröstning begärs och genomförs med namnupprop.\n"
          "Ja (förvaltningens förslag), 4 röster: Gunilla Rask, Nils-Åke Fjällström, Elin Stenlund, "
          "Barbro Westman\nNej (Karin Johanssons yrkande), 1 röst: Karin Johansson"),
    ("sc", "Beslut"),
    ("num", "Valnämnden fastställer vallokaler enligt bilaga 1."),
    ("num", "Valnämnden fastställer lokaler för förtidsröstning enligt bilaga 2."),
    ("num", "Valnämnden uppdrar åt valsamordnaren att annonsera lokalerna i lokalpressen och på kommunens "
            "webbplats."),
    ("sc", "Reservation"),
    ("p", "Karin Johansson (V) reserverar sig skriftligt, bilaga 3."),
    ("sc", "Protokollsanteckning"),
    ("p", "Ersättaren Ove Lindahl (KD) antecknar att färdtjänst bör erbjudas till förtidsröstningen i Saxnäs."),
    ("h", "Ärende 3 (§ 17) Förordnande av röstmottagare"),
    ("p", "Dnr VN 2024/6"),
    ("sc", "Ärendet"),
    ("p", "Röstmottagare ska ha genomgått Valmyndighetens utbildning. Valsamordnaren har rekryterat 58 "
          "röstmottagare."),
    ("sc", "Beslut"),
    ("num", "Valnämnden förordnar röstmottagare enligt förteckning, bilaga 4."),
    ("num", "Valsamordnaren får rätt att förordna ytterligare röstmottagare vid förhinder."),
    ("h", "Ärende 4 (§ 17a) Avtal om transport av förtidsröster"),
    ("p", "Dnr VN 2024/9"),
    ("p", "Ärendet anmäldes som extra ärende och godkändes för behandling vid sammanträdets början."),
    ("sc", "Ärendet"),
    ("p", "PostNord Sverige AB har erbjudit avtal om transport av förtidsröster från Saxnäs, Dikanäs och "
          "Vilhelmina centralort till valnämndens kansli under perioden 2024-05-22–2024-06-09. Avtalet "
          "tecknas mellan Vilhelmina kommun och PostNord Sverige AB."),
    ("sc", "Beslut"),
    ("num", "Valnämnden godkänner avtalet mellan Vilhelmina kommun och PostNord Sverige AB om transport av "
            "förtidsröster."),
    ("num", "Paragrafen justeras omedelbart."),
    ("h", "Ärende 5 (§ 18) Information från Valmyndigheten"),
    ("p", "Dnr VN 2024/1"),
    ("p", "Valsamordnaren informerar om Valmyndighetens skrivelse 2024-04-12 om säkerhet i vallokaler."),
    ("sc", "Beslut"),
    ("p", "Valnämnden noterar informationen."),
]


def add_small_caps(d: docx.Document, text: str) -> None:
    run = d.add_paragraph().add_run(text)
    run.bold = True
    run.font.small_caps = True


def restart_numbering(d: docx.Document, para) -> None:
    """Give the first item of each decision list its own numbering instance (restart at 1)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    style = d.styles["List Number"]
    num_id_el = style.element.pPr.numPr.numId
    base_num = numbering.num_having_numId(int(num_id_el.val))
    abstract_id = base_num.abstractNumId.val
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), str(abstract_id))
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    p_pr = para._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), str(new_id))
    num_pr.append(ilvl)
    num_pr.append(num_id)
    p_pr.append(num_pr)
    return new_id


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header.paragraphs[0]
    header.text = "Vilhelmina kommun\tValnämnden\tSammanträdesprotokoll 2024-05-14"
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_heading("Valnämnden", level=1)
    d.add_paragraph("Sammanträdesdatum: tisdagen den 14 maj 2024, kl. 18.00–20.10\n"
                    "Plats: Kommunhuset, Vilhelmina, sammanträdesrum Marsfjället")
    add_small_caps(d, "Närvarande")
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Namn", "Parti", "Uppdrag"), strict=True):
        cell.text = text
    for name, party, role in ATTENDANCE:
        row = table.add_row().cells
        for cell, text in zip(row, (name, party, role), strict=True):
            cell.text = text
    add_small_caps(d, "Övriga närvarande")
    staff = d.add_table(rows=0, cols=2)
    for name, title in STAFF:
        row = staff.add_row().cells
        row[0].text = name
        row[1].text = title
    d.add_paragraph("Justerare: Elin Stenlund (S)\nJustering: Kommunhuset 2024-05-16\nParagrafer: 15–17, 17 a, 18")
    num_list_open = False
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
            num_list_open = False
        elif kind == "sc":
            add_small_caps(d, text)
            num_list_open = False
        elif kind == "num":
            para = d.add_paragraph(text, style="List Number")
            if not num_list_open:
                restart_numbering(d, para)
                num_list_open = True
            else:
                para._p.get_or_add_pPr().append(_num_pr(last_num_id(d)))
        else:
            d.add_paragraph(text)
            num_list_open = False
    d.add_paragraph("Underskrifter")
    sig = d.add_table(rows=3, cols=2)
    for row, (role, name) in zip(sig.rows, (("Sekreterare", "Johanna Nygren"), ("Ordförande", "Gunilla Rask"),
                                             ("Justerare", "Elin Stenlund")), strict=True):
        row.cells[0].text = role
        row.cells[1].text = "..............................\n" + name
    cp = d.core_properties
    cp.author = "Vilhelmina kommun"
    cp.last_modified_by = "Vilhelmina kommun"
    cp.title = "Protokoll valnämnden 2024-05-14"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 16, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "vilhelmina-valn-2024-05-14-protokoll.docx").write_bytes(out.getvalue())


def last_num_id(d: docx.Document) -> int:
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    return max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))


def _num_pr(num_id: int):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    return num_pr


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
