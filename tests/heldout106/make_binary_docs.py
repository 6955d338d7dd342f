"""Generate the binary documents of tests/heldout106/docs (two DOCX, one PDF).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout106/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout106/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it. Every one of them uses a
"tables everywhere" template: label/value first page, attendance tables, paragraph headings as table
rows, the decision in a bordered one-cell table, votes, reservations, statements and signatures as tables.
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
FIXED_PDF = dt.datetime(2024, 3, 26, 8, 0, 0, tzinfo=dt.UTC)

Row = list[str]
# A block is ("table", rows, bordered) or ("p", text) or ("box", lines).
Block = tuple

KUNGSBACKA: list[Block] = [
    ("table", [["Kungsbacka kommun", "PROTOKOLL"],
               ["Organ", "Förskole- och grundskolenämnden"],
               ["Sammanträdesdatum", "2024-10-15"],
               ["Plats och tid", "Stadshuset, Sessionssalen, kl. 17.00–19.45"],
               ["Paragrafer", "§§ 118–120"],
               ["Justeringens tid", "2024-10-18"],
               ["Anslag publicerat", "2024-10-21"]], False),
    ("p", "Närvarolista"),
    ("table", [["Namn", "Parti", "Roll", "Närvaro"],
               ["Karin Åberg", "M", "Ordförande", "§§ 118–120"],
               ["Mats Wikström", "S", "1:e vice ordförande", "§§ 118–120"],
               ["Helena Brink", "L", "Ledamot", "§§ 118–120"],
               ["Oskar Fält", "KD", "Ledamot", "§§ 118–120"],
               ["Jenny Sandell", "SD", "Ledamot", "§§ 118–120"],
               ["Sofia Mårtensson", "MP", "Ledamot", "§§ 118–120"],
               ["Per Ulvsjö", "C", "Tjänstgörande ersättare för Anna Rydén (C)", "§§ 118–120"],
               ["Lena Strömberg", "S", "Ersättare", "§§ 118–120"]], True),
    ("table", [["Tjänstemän", "Befattning"],
               ["Tobias Lund", "förvaltningschef"],
               ["Emma Ringdahl", "nämndsekreterare"]], True),
    ("table", [["Justerare", "Mats Wikström (S)"]], True),
    ("table", [["§ 118", "Delårsrapport augusti 2024", "FGN 2024/0412"]], True),
    ("p", "Förvaltningen har sammanställt delårsrapporten per den 31 augusti 2024. Kommunstyrelsen "
          "beslutade 2024-02-06, § 31, om anvisningar för delårsrapporteringen."),
    ("table", [["Beslutsunderlag", "Förvaltningens tjänsteskrivelse daterad 2024-09-27\nDelårsrapport augusti 2024"]],
     True),
    ("box", ["Förskole- och grundskolenämndens beslut",
             "1. Förskole- och grundskolenämnden godkänner delårsrapporten augusti 2024.",
             "2. Förskole- och grundskolenämnden överlämnar delårsrapporten till kommunstyrelsen."]),
    ("table", [["Beslutet skickas till", "Kommunstyrelsen"]], True),
    ("table", [["§ 119", "Avtal om samverkan kring skolskjuts med Hallandstrafiken AB", "FGN 2024/0298"]], True),
    ("p", "Kungsbacka kommun och Hallandstrafiken AB föreslås teckna ett avtal om planering och utförande av "
          "skolskjuts enligt 10 kap. 32 § skollagen (2010:800). Avtalet gäller 2025-01-01–2027-12-31."),
    ("table", [["Beslutsunderlag", "Tjänsteskrivelse 2024-09-20\nFörslag till avtal"]], True),
    ("table", [["Yrkanden", "Karin Åberg (M) yrkar bifall till förvaltningens förslag.\n"
                "Jenny Sandell (SD) yrkar avslag."]], True),
    ("table", [["Votering", "Ja", "Nej", "Avstår"],
               ["Antal röster", "6", "1", "0"]], True),
    ("box", ["Förskole- och grundskolenämndens beslut",
             "Förskole- och grundskolenämnden godkänner avtalet med Hallandstrafiken AB om skolskjuts."]),
    ("table", [["Reservation", "Jenny Sandell (SD) reserverar sig mot beslutet till förmån för eget yrkande."]],
     True),
    ("table", [["Beslutet skickas till", "Hallandstrafiken AB"]], True),
    ("table", [["§ 120", "Remiss – Regional plan för kompetensförsörjning i Halland", "FGN 2024/0377"]], True),
    ("p", "Region Halland har skickat förslaget på remiss till förskole- och grundskolenämnden med svar senast "
          "2024-11-01 (Region Hallands diarienummer RS 2024/0815)."),
    ("table", [["Beslutsunderlag", "Tjänsteskrivelse 2024-09-30"]], True),
    ("box", ["Förskole- och grundskolenämndens beslut",
             "1. Förskole- och grundskolenämnden antar förvaltningens yttrande som svar till Region Halland.",
             "2. Paragrafen justeras omedelbart."]),
    ("table", [["Särskilt yttrande", "Helena Brink (L) lämnar ett särskilt yttrande, bilaga 2."],
               ["Ersättaryttrande", "Lena Strömberg (S) instämmer i Helena Brinks särskilda yttrande."]], True),
    ("table", [["Sekreterare", "Ordförande", "Justerare"],
               ["Emma Ringdahl", "Karin Åberg", "Mats Wikström"]], True),
]

ENKOPING: list[Block] = [
    ("table", [["Enköpings kommun", "PROTOKOLLSUTDRAG"],
               ["Kultur- och fritidsnämnden", "Sammanträdesdatum 2024-09-12"]], False),
    ("table", [["KFN § 74", "Dnr KFN-2024-0213", "Föreningsbidrag 2025 – ändrade riktlinjer"]], True),
    ("p", "Förvaltningen föreslår ändrade riktlinjer för föreningsbidrag, bland annat ett nytt lokalt "
          "aktivitetsstöd som samordnas med Riksidrottsförbundets LOK-stöd. Ärendet har beretts enligt "
          "6 kap. 38 § kommunallagen."),
    ("table", [["Beslutsunderlag", "Tjänsteskrivelse 2024-08-19\nYttrande från föreningsrådet 2024-06-10"]], True),
    ("table", [["Namn", "Parti", "Yrkande"],
               ["Gustav Roos", "M", "Bifall till förvaltningens förslag"],
               ["Linnea Hägg", "V", "Avslag"]], True),
    ("table", [["Omröstning", "Parti", "Ja", "Nej", "Avstår"],
               ["Gustav Roos", "M", "X", "", ""],
               ["Ebba Lindqvist", "C", "X", "", ""],
               ["Kent Öhman", "KD", "X", "", ""],
               ["Nora Salo", "SD", "X", "", ""],
               ["Berit Falk", "L", "X", "", ""],
               ["Linnea Hägg", "V", "", "X", ""],
               ["Patrik Ahl", "S", "", "", "X"],
               ["Summa", "", "5", "1", "1"]], True),
    ("box", ["Kultur- och fritidsnämndens beslut",
             "• Kultur- och fritidsnämnden antar riktlinjer för föreningsbidrag 2025.",
             "• Riktlinjerna gäller från och med 2025-01-01."]),
    ("table", [["Reservation", "Linnea Hägg (V) reserverar sig skriftligt, bilaga 3."],
               ["Protokollsanteckning", "Patrik Ahl (S) och Ebba Lindqvist (C) antecknar att bidragsnivåerna "
                                        "bör följas upp efter ett år."]], True),
    ("table", [["Expedieras", "Kommunstyrelsen"]], True),
    ("table", [["Justerare", "Kent Öhman (KD)"],
               ["Ordförande", "Gustav Roos (M)"],
               ["Sekreterare", "Maria Dahlgren"]], True),
]


def add_table(d: docx.document.Document, rows: list[Row], bordered: bool) -> None:
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    if bordered:
        t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    d.add_paragraph("")


def build_docx(blocks: list[Block], out: str, title: str, author: str, when: dt.datetime) -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        if b[0] == "table":
            add_table(d, b[1], b[2])
        elif b[0] == "box":
            add_table(d, [["\n".join(b[1])]], True)
        else:
            d.add_paragraph(b[1])
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    res = io.BytesIO()
    stamp = (when.year, when.month, when.day, 10, 0, 0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(res, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / out).write_bytes(res.getvalue())


LJUNGBY: list[Block] = [
    ("table", [["Ljungby kommun", "SAMMANTRÄDESPROTOKOLL"],
               ["Nämnd", "Tekniska nämnden"],
               ["Datum", "2024-03-21"],
               ["Plats", "Kommunhuset, Olofssalen, kl. 13.30–16.10"],
               ["Justering", "Kommunhuset 2024-03-26"],
               ["Paragrafer", "22–23"]], False),
    ("table", [["Namn", "Parti", "Funktion", "Anmärkning"],
               ["Per-Olof Strand", "C", "Ordförande", ""],
               ["Sanna Wiik", "S", "Vice ordförande", ""],
               ["Ahmed Yusuf", "S", "Ledamot", ""],
               ["Margareta Ljung", "M", "Ledamot", ""],
               ["Kjell Tapper", "SD", "Tjänstgörande ersättare", "för Rolf Nordin (SD)"],
               ["Ulla Viberg", "KD", "Ersättare", ""]], True),
    ("table", [["Övriga närvarande", "Befattning"],
               ["Fredrik Alm", "teknisk chef"],
               ["Jessica Borg", "nämndsekreterare"]], True),
    ("table", [["Utses att justera", "Margareta Ljung (M)"]], True),
    ("table", [["§ 22", "Taxa för vatten och avlopp 2025 – förslag till kommunfullmäktige", "TN 2024/0061"]], True),
    ("p", "Kommunfullmäktige antog nuvarande taxa 2023-11-27, § 148. Taxan ska enligt 34 § lagen (2006:412) "
          "om allmänna vattentjänster täcka nödvändiga kostnader. Ljungby Energi AB sköter faktureringen. "
          "Förvaltningens tjänsteskrivelse är daterad 2024-03-04."),
    ("table", [["Yrkanden", "Sanna Wiik (S) yrkar att höjningen begränsas till 5 procent. "
                "Per-Olof Strand (C) yrkar bifall till förvaltningens förslag."]], True),
    ("table", [["Omröstning", "Ja", "Nej", "Avstår"],
               ["Röster", "3", "2", "0"]], True),
    ("box", ["Beslut",
             "Tekniska nämnden föreslår kommunfullmäktige besluta",
             "1. att anta taxa för vatten och avlopp 2025 enligt bilaga 1.",
             "Tekniska nämnden beslutar för egen del",
             "2. att uppdra åt förvaltningen att informera abonnenterna om den nya taxan."]),
    ("table", [["Reservation", "Sanna Wiik (S) och Ahmed Yusuf (S) reserverar sig mot beslutet."]], True),
    ("table", [["§ 23", "Avtal om gemensam upphandling av vinterväghållning med Alvesta kommun", "TN 2024/0044"]],
     True),
    ("p", "Ljungby kommun och Alvesta kommun föreslås upphandla vinterväghållning gemensamt för perioden "
          "2024-10-01–2028-04-30. Trafikverkets statliga vägar omfattas inte. Tjänsteskrivelse 2024-03-08."),
    ("box", ["Beslut",
             "1. Tekniska nämnden godkänner avtalet med Alvesta kommun om gemensam upphandling.",
             "2. Paragrafen justeras omedelbart."]),
    ("table", [["Protokollsanteckning", "Kjell Tapper (SD) antecknar att lokala entreprenörer bör gynnas."]], True),
    ("table", [["Sekreterare", "Ordförande", "Justerare"],
               ["Jessica Borg", "Per-Olof Strand", "Margareta Ljung"]], True),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll tekniska nämnden 2024-03-21")
    pdf.set_author("Ljungby kommun")
    pdf.set_creator("heldout106")
    pdf.set_producer("heldout106")
    pdf.add_page()
    pdf.set_font("F", "", 9)
    for b in LJUNGBY:
        if b[0] == "p":
            pdf.multi_cell(0, 5, b[1])
            pdf.ln(2)
            continue
        rows = b[1] if b[0] == "table" else [["\n".join(b[1])]]
        bordered = b[0] == "box" or b[2]
        ncols = max(len(r) for r in rows)
        with pdf.table(borders_layout="ALL" if bordered else "NONE", first_row_as_headings=False,
                       line_height=5, text_align="LEFT", col_widths=tuple([1] * ncols)) as t:
            for row in rows:
                r = t.row()
                for val in row + [""] * (ncols - len(row)):
                    r.cell(val)
        pdf.ln(3)
    pdf.output(str(DOCS / "ljungby-tn-2024-03-21-protokoll.pdf"))


def main() -> None:
    build_docx(KUNGSBACKA, "kungsbacka-fgn-2024-10-15-protokoll.docx", "Protokoll FGN 2024-10-15",
               "Kungsbacka kommun", dt.datetime(2024, 10, 18, 10, 0, 0))
    build_docx(ENKOPING, "enkoping-kfn-2024-09-12-protokollsutdrag.docx", "Protokollsutdrag KFN § 74",
               "Enköpings kommun", dt.datetime(2024, 9, 16, 10, 0, 0))
    make_pdf()


if __name__ == "__main__":
    main()
