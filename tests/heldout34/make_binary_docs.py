"""Build the binary documents of tests/heldout34/docs (one PDF, one DOCX).

Run with the project's virtual environment (fpdf2 and python-docx are needed):

    .venv/bin/python tests/heldout34/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so running the script twice gives byte-identical files. The gold files in
tests/heldout34/gold/ describe the texts written here; change both together.

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
FIXED_PDF = dt.datetime(2007, 9, 20, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2012, 5, 2, 10, 0, 0)
ZIP_TIME = (2012, 5, 2, 10, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Bräcke kommun, byggnadsnämnden 2007-09-12, full protocol (§§ 56-61), typewriter-style
# template in a monospace font: the § number in a left margin column, bygglov paragraphs as
# label/value blocks (Fastighet, Sökande, Ärende, Dnr), running header, explicit page breaks.

BRACKE_PAGES: list[str] = [
    """Plats och tid       Kommunhuset, Bräcke, onsdagen den 12 september 2007
                    kl 13.00-15.40

Närvarande          Bengt Sjödin (c), ordförande,
ledamöter           Ulla Westin (s), vice ordförande,
                    Rolf Dahlberg (s), Maria Edholm (s) och Sören Lund (m)

Tjänstgörande       Kjell Åström (s) för Ann-Christin Näslund (s)
ersättare

Ej tjänstgörande    Gunnel Ek (c)
ersättare

Övriga              Lars-Göran Holm, byggnadsinspektör
                    Eva Nyberg, nämndsekreterare

Justerare           Sören Lund

Justeringens        Kommunhuset, Bräcke, 2007-09-17
plats och tid

Underskrifter
Sekreterare         ..................................  Paragrafer 56-61
                    Eva Nyberg

Ordförande          ..................................
                    Bengt Sjödin

Justerare           ..................................
                    Sören Lund

                         ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ               Byggnadsnämnden
Sammanträdesdatum   2007-09-12
Anslaget uppsatt    2007-09-18     Anslaget nedtas   2007-10-10
Förvaringsplats     Byggkontoret, Bräcke
""",
    """§ 56               Nybyggnad av enbostadshus, Kälarne 2:45

Dnr                 BN 07/112
Fastighet           Kälarne 2:45
Sökande             Privatperson (namn enligt akt)
Ärende              Nybyggnad av enbostadshus med garage, 168 m2.
                    Ansökan inkom 2007-06-14. Berörda grannar har
                    hörts och har inte haft något att erinra.

Beslutsunderlag     Tjänsteskrivelse 2007-08-30, Lars-Göran Holm

Beslut              1. Bygglov beviljas med stöd av 8 kap 11 §
                       plan- och bygglagen (1987:10).
                    2. Avgiften fastställs till 8 430 kronor.

§ 57               Tillbyggnad av fritidshus, Pilgrimstad 4:12

Dnr                 BN 07/118
Fastighet           Pilgrimstad 4:12
Sökande             Privatperson (namn enligt akt)
Ärende              Tillbyggnad med inglasad veranda, 24 m2.
                    Åtgärden strider inte mot gällande områdes-
                    bestämmelser från 1994-05-30.

Beslut              1. Bygglov beviljas.
                    2. Avgiften fastställs till 2 150 kronor.

§ 58               Nybyggnad av telemast, Gällö 1:88

Dnr                 BN 07/121
Fastighet           Gällö 1:88
Sökande             TeliaSonera Sverige AB
Ärende              Nybyggnad av 48 meter hög mast med teknikbod.
                    Försvarsmakten och Luftfartsstyrelsen har inte
                    haft något att erinra (yttranden 2007-07-19 och
                    2007-08-02).

Beslutsunderlag     Tjänsteskrivelse 2007-08-31, Lars-Göran Holm
""",
    """§ 58 forts.

Yrkanden            Maria Edholm (s) yrkar avslag på ansökan med
                    hänsyn till landskapsbilden vid Gesunden.
                    Ordföranden yrkar bifall till ansökan.

Omröstning          Omröstning begärs. Ja för ordförandens yrkande,
                    nej för Maria Edholms yrkande. Omröstnings-
                    resultat: 4 ja, 2 nej. Ingen ledamot avstår.

Beslut              1. Bygglov beviljas.
                    2. Avgiften fastställs till 11 600 kronor.

Reservation         Maria Edholm (s) reserverar sig till förmån för
                    eget yrkande.

§ 59               Nybyggnad av nätstation, Bräcke 3:101

Dnr                 BN 07/124
Fastighet           Bräcke 3:101
Sökande             Jämtkraft Elnät AB
Jäv                 Rolf Dahlberg (s) anmäler jäv och deltar inte i
                    handläggningen.

Beslut              1. Bygglov beviljas.
                    2. Avgiften fastställs till 1 900 kronor.

§ 60               Tillbyggnad utan lov, Hunge 1:7

Dnr                 BN 07/067
Fastighet           Hunge 1:7
Ärende              Vid tillsyn 2007-05-22 konstaterades att ett
                    förråd om 30 m2 uppförts utan bygglov.
                    Byggnadsavgift ska tas ut enligt 10 kap 4 § PBL.

Beslutsunderlag     Tjänsteskrivelse 2007-08-27, Lars-Göran Holm

Beslut              1. Bygglov i efterhand beviljas.
                    2. Byggnadsavgift om 2 760 kronor tas ut.

                    Paragrafen förklaras omedelbart justerad.

§ 61               Delegationsbeslut

Ärende              Anmälan av beslut fattade på delegation under
                    augusti 2007: BN 07/097, BN 07/101 och BN 07/104.

Beslut              Redovisningen godkänns.

Överklagande        Beslut i §§ 56-60 kan överklagas hos
                    Länsstyrelsen i Jämtlands län. Skrivelsen ställs
                    till Bräcke kommun, Byggnadsnämnden.
""",
]


class BrackePDF(FPDF):
    def header(self) -> None:
        self.set_font("M", "", 9)
        self.set_xy(15, 10)
        self.cell(90, 4, "BRÄCKE KOMMUN")
        self.cell(85, 4, "SAMMANTRÄDESPROTOKOLL", align="R")
        self.set_xy(15, 14)
        self.cell(90, 4, "Byggnadsnämnden")
        self.cell(85, 4, f"2007-09-12   Sid {self.page_no()}({{nb}})", align="R")
        self.line(15, 19, 190, 19)
        self.set_y(24)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("M", "", 8)
        self.set_x(15)
        self.cell(90, 4, "Just sign ........")
        self.cell(85, 4, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = BrackePDF(format="A4")
    pdf.add_font("M", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Byggnadsnämnden 2007-09-12")
    pdf.set_author("Bräcke kommun")
    pdf.set_creator("heldout34")
    pdf.set_producer("heldout34")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 24, 15)
    for page in BRACKE_PAGES:
        pdf.add_page()
        pdf.set_font("M", "", 9.5)
        for line in page.splitlines():
            pdf.set_x(15)
            pdf.cell(175, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "bracke-bn-2007-09-12-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Strömsunds kommun, kommunstyrelsen 2012-04-24, full protocol (§§ 62-64). Older Word
# template: first page as a label/value table, each paragraph opened by a two-cell table row
# ("KS § 62" + Dnr left, title right), roll-call table with Ja/Nej/Avstår columns.

STROMSUND_FIRST: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Kommunhuset, Strömsund, tisdagen den 24 april 2012 kl 09.00–14.30"]),
    ("Beslutande", ["Susanne Hansson (S), ordförande",
                    "Göran Espmark (C), 1:e vice ordförande",
                    "Ingvar Persson (M), 2:e vice ordförande",
                    "Anna-Lena Eriksson (S)", "Bo Granlund (S)", "Kent Holmberg (S)",
                    "Margareta Dahl (S)", "Eva Nordqvist (C)", "Olle Sjöström (V)",
                    "Jan-Erik Wahlberg (FP)",
                    "Per Lindqvist (S), tjänstgörande ersättare för Lena Ahlström (S)"]),
    ("Ersättare", ["Roger Bäckström (S)", "Kristina Lund (M)"]),
    ("Övriga deltagare", ["Anders Olofsson, kommunchef",
                          "Maria Berglund, kommunsekreterare",
                          "Johan Strand, planarkitekt, § 62"]),
    ("Utses att justera", ["Olle Sjöström (V)"]),
    ("Justeringens plats och tid", ["Kommunkansliet, 2012-04-27"]),
]

STROMSUND_PARAS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("KS § 62", "Dnr KS 2012.061",
     "Remiss – Länstransportplan för Jämtlands län 2014–2025",
     [("p", "Regionförbundet Jämtlands län har översänt förslag till länstransportplan för "
            "2014–2025 på remiss till länets kommuner (Regionförbundets dnr RF 2012/0045). "
            "Svar ska lämnas senast 2012-05-15."),
      ("p", "Kommunstyrelsens yttrande tar upp behovet av bärighetsåtgärder på väg 345 "
            "och persontrafik på Inlandsbanan. Trafikverket ansvarar för de statliga vägarna "
            "och Inlandsbanan AB för banan."),
      ("h", "Beslutsunderlag"),
      ("p", "Tjänsteskrivelse 2012-04-10, Johan Strand"),
      ("p", "Förslag till yttrande, bilaga 3"),
      ("h", "Kommunstyrelsens beslut"),
      ("p", "Kommunstyrelsen beslutar"),
      ("p", "att avge yttrande enligt bilaga 3 som svar på remissen,"),
      ("p", "att paragrafen justeras omedelbart."),
      ("h", "Särskilt yttrande"),
      ("p", "Göran Espmark (C) m.fl. lämnar ett särskilt yttrande om Inlandsbanan, bilaga 4."),
      ("p", "Expedieras: Regionförbundet Jämtlands län")]),
    ("KS § 63", "Dnr KS 2012.104",
     "Avtal om samverkan kring ungdomsmottagning mellan Strömsunds kommun och "
     "Jämtlands läns landsting",
     [("p", "Strömsunds kommun och Jämtlands läns landsting har sedan 2008 gemensamt drivit "
            "ungdomsmottagningen i Strömsund. Ett nytt avtal för 2012–2014 har tagits fram. "
            "Kostnaden delas lika mellan parterna."),
      ("h", "Beslutsunderlag"),
      ("p", "Tjänsteskrivelse 2012-04-03, Anders Olofsson"),
      ("p", "Förslag till avtal daterat 2012-03-20"),
      ("h", "Yrkanden"),
      ("p", "Ingvar Persson (M) yrkar att ärendet återremitteras för att kostnadsfördelningen "
            "ska utredas."),
      ("p", "Jan-Erik Wahlberg (FP) yrkar också återremiss."),
      ("p", "Ordföranden yrkar att ärendet ska avgöras i dag och bifall till förslaget."),
      ("h", "Propositionsordning"),
      ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller "
            "återremitteras och finner att det ska avgöras i dag. Votering begärs och "
            "verkställs enligt omröstningsbilaga. Ja-röst för att avgöra ärendet i dag, "
            "nej-röst för återremiss."),
      ("vote", ""),
      ("p", "Med 9 ja-röster mot 2 nej-röster beslutar kommunstyrelsen att ärendet ska "
            "avgöras i dag."),
      ("h", "Kommunstyrelsens beslut"),
      ("p", "1. Avtalet godkänns."),
      ("p", "2. Kommunchefen får i uppdrag att underteckna avtalet."),
      ("h", "Reservation"),
      ("p", "Ingvar Persson (M) och Jan-Erik Wahlberg (FP) reserverar sig till förmån "
            "för återremissyrkandet.")]),
    ("KS § 64", "Dnr KS 2011.233",
     "Svar på motion om solceller på kommunens fastigheter",
     [("p", "Olle Sjöström (V) föreslår i en motion daterad 2011-11-28 att solceller ska "
            "installeras på kommunens fastigheter. En utredning från 2010 visar en "
            "återbetalningstid på över 25 år."),
      ("h", "Beslutsunderlag"),
      ("p", "Tjänsteskrivelse 2012-03-30, Anders Olofsson"),
      ("h", "Kommunstyrelsens beslut"),
      ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen anses besvarad."),
      ("h", "Protokollsanteckning"),
      ("p", "Olle Sjöström (V) lämnar en protokollsanteckning: Vänsterpartiet vill att "
            "frågan prövas igen i budgeten för 2013.")]),
]

VOTES: list[tuple[str, str]] = [
    ("Susanne Hansson (S)", "Ja"), ("Göran Espmark (C)", "Ja"), ("Ingvar Persson (M)", "Nej"),
    ("Anna-Lena Eriksson (S)", "Ja"), ("Bo Granlund (S)", "Ja"), ("Kent Holmberg (S)", "Ja"),
    ("Margareta Dahl (S)", "Ja"), ("Eva Nordqvist (C)", "Ja"), ("Olle Sjöström (V)", "Ja"),
    ("Jan-Erik Wahlberg (FP)", "Nej"), ("Per Lindqvist (S)", "Ja"),
]


def _cell_lines(cell, lines: list[str], bold: bool = False) -> None:
    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold


def make_docx() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "STRÖMSUNDS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\tSammanträdesdatum 2012-04-24"
    sec.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, lines in STROMSUND_FIRST:
        row = t.add_row()
        _cell_lines(row.cells[0], [label], bold=True)
        _cell_lines(row.cells[1], lines)
    d.add_paragraph("")
    s = d.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for role, name, extra in (("Sekreterare", "Maria Berglund", "Paragrafer 62–64"),
                              ("Ordförande", "Susanne Hansson", ""),
                              ("Justerande", "Olle Sjöström", "")):
        row = s.add_row()
        _cell_lines(row.cells[0], [role])
        _cell_lines(row.cells[1], ["…………………………………", name])
        _cell_lines(row.cells[2], [extra])
    d.add_paragraph("")
    d.add_paragraph("ANSLAG/BEVIS").runs[0].bold = True
    a = d.add_table(rows=0, cols=2)
    a.style = "Table Grid"
    for label, value in (("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2012-04-24"),
                         ("Datum för anslags uppsättande", "2012-04-30"),
                         ("Datum för anslags nedtagande", "2012-05-22"),
                         ("Förvaringsplats för protokollet", "Kommunkansliet, Strömsund")):
        row = a.add_row()
        _cell_lines(row.cells[0], [label])
        _cell_lines(row.cells[1], [value])

    for number, dnr, title, body in STROMSUND_PARAS:
        d.add_page_break()
        head = d.add_table(rows=1, cols=2)
        _cell_lines(head.rows[0].cells[0], [number, dnr], bold=False)
        head.rows[0].cells[0].paragraphs[0].runs[0].bold = True
        _cell_lines(head.rows[0].cells[1], [title], bold=True)
        for kind, text in body:
            if kind == "h":
                d.add_paragraph().add_run(text).bold = True
            elif kind == "vote":
                v = d.add_table(rows=1, cols=4)
                v.style = "Table Grid"
                _cell_lines(v.rows[0].cells[0], ["Ledamot"], bold=True)
                for i, col in enumerate(("Ja", "Nej", "Avstår"), start=1):
                    _cell_lines(v.rows[0].cells[i], [col], bold=True)
                for name, choice in VOTES:
                    row = v.add_row()
                    _cell_lines(row.cells[0], [name])
                    for i, col in enumerate(("Ja", "Nej", "Avstår"), start=1):
                        _cell_lines(row.cells[i], ["X" if col == choice else ""])
                row = v.add_row()
                _cell_lines(row.cells[0], ["Summa"], bold=True)
                for i, col in enumerate(("Ja", "Nej", "Avstår"), start=1):
                    _cell_lines(row.cells[i], [str(sum(1 for _, c in VOTES if c == col))])
            else:
                d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Strömsunds kommun"
    cp.last_modified_by = "Strömsunds kommun"
    cp.title = "Kommunstyrelsen 2012-04-24"
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
    (DOCS / "stromsund-ks-2012-04-24-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
