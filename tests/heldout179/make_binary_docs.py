"""Generate the binary documents of tests/heldout179/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout179/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in gold/ describe the
texts written here; change both together. Written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2025, 10, 14, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 2, 7, 30, 0)

# ---------------------------------------------------------------- Valdemarsvik, KSAU (PDF)

# Two side-by-side blocks: left "Ledamöter" (name, party), right "Ersättare" (name, party).
VALD_LEFT = [
    ("Ledamöter", ""),
    ("Gunnel Ekstrand, ordförande", "(C)"),
    ("Patrik Wass, 1:e vice ordf.", "(S)"),
    ("Roland Hjorth", "(M)"),
    ("Siv Larsson", "(S)"),
    ("Anders Tapper, tjg för Ulla Brink (KD)", "(KD)"),
]
VALD_RIGHT = [
    ("Ersättare", ""),
    ("Mikael Brandt", "(SD)"),
    ("Yvonne Ståhl", "(S)"),
    ("", ""),
    ("Tjänstemän", ""),
    ("Henrik Alm, kommundirektör", ""),
    ("Sara Gunnarsson, ekonomichef, § 118", ""),
    ("Eva Lindeberg, kommunsekreterare", ""),
]

VALD_FRONT_AFTER = """\
Utses att justera: Roland Hjorth (M)
Justeringens plats och tid: Kommunkontoret, Valdemarsvik, måndagen den 20 oktober 2025
Protokollet omfattar §§ 117–120

Sekreterare .................................  Eva Lindeberg
Ordförande .................................  Gunnel Ekstrand
Justerare .................................  Roland Hjorth

#ANSLAG
Organ: Kommunstyrelsens arbetsutskott, sammanträdesdatum 2025-10-14.
Anslaget sätts upp 2025-10-21 och tas ned 2025-11-12.
Förvaringsplats för protokollet: Kommunkontoret, Storgatan 23, Valdemarsvik.
"""

VALD_BODY = """\
#Ksau § 117   Val av justerare och godkännande av föredragningslista
Arbetsutskottet utser Roland Hjorth (M) att jämte ordföranden justera dagens protokoll och
godkänner föredragningslistan.

#Ksau § 118   Internbudget 2026 för kommunstyrelsen          KS 2025/0311
Ekonomichef Sara Gunnarsson redovisar förslag till internbudget. Kommunfullmäktige fastställde
ramarna 2025-06-16, § 52. Ramen för kommunstyrelsen uppgår till 142,6 miljoner kronor.
Kommundirektörens tjänsteskrivelse 2025-09-30 ligger till grund för ärendet.

#Yrkanden
Patrik Wass (S) yrkar bifall till förslaget.
Roland Hjorth (M) yrkar att anslaget till näringslivsfrämjande åtgärder höjs med 300 000 kronor
genom motsvarande minskning av den centrala reserven.

#Beslutsgång
Ordföranden ställer Wass yrkande mot Hjorths och finner att arbetsutskottet bifaller Wass
yrkande. Votering begärs. Den som vill bifalla Wass yrkande röstar ja, den som vill bifalla
Hjorths yrkande röstar nej. Voteringen utfaller 4–1 för Wass yrkande.

#Arbetsutskottets förslag till kommunstyrelsen
Kommunstyrelsen fastställer internbudget 2026 enligt bilaga 1.

#Reservation
Roland Hjorth (M) reserverar sig till förmån för sitt yrkande.
=
#Ksau § 119   Avtal om räddningstjänst med Söderköpings kommun          KS 2025/0244
Avtalet om räddningstjänstsamverkan mellan Valdemarsviks kommun och Söderköpings kommun löper
ut 2025-12-31. Ett nytt avtal har tagits fram för perioden 2026–2029 där Söderköpings kommun
även ansvarar för tillsyn enligt lagen (2003:778) om skydd mot olyckor. Myndigheten för
samhällsskydd och beredskap har lämnat synpunkter på ledningssystemet. Tjänsteskrivelse från
kommunledningsförvaltningen daterad 2025-09-24.

#Arbetsutskottets förslag till kommunstyrelsen
1. Avtal om räddningstjänst med Söderköpings kommun godkänns.
2. Kommundirektören får i uppdrag att underteckna avtalet.
3. Kostnaden, 6,1 miljoner kronor per år, finansieras inom kommunstyrelsens ram.

#Protokollsanteckning
Siv Larsson (S) och Patrik Wass (S) antecknar att personalen i Gryts deltidsstation ska
informeras innan avtalet tecknas.

Beslutet skickas till: Kommunstyrelsen

#Ksau § 120   Remiss – Regional utvecklingsstrategi för Östergötland          KS 2025/0287
Region Östergötland har skickat förslag till regional utvecklingsstrategi på remiss till
länets kommuner, regionens dnr RS 2025-00641. Svar ska lämnas senast 2025-10-31. Arbetsutskottet
besvarar remissen med stöd av delegationsordningen, antagen av kommunstyrelsen 2024-02-06, § 14.
Kommunledningsförvaltningens tjänsteskrivelse daterad 2025-10-02.

#Arbetsutskottets beslut
Arbetsutskottet lämnar yttrande enligt bilaga 2 till Region Östergötland.
Paragrafen förklaras omedelbart justerad.

#Särskilt yttrande
Roland Hjorth (M) lämnar ett särskilt yttrande, bilaga 3.

Beslutet skickas till: Region Östergötland, Linköpings kommun för kännedom
"""


class ValdPDF(FPDF):
    """Running header and footer on every page."""

    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(120, 5, "VALDEMARSVIKS KOMMUN   SAMMANTRÄDESPROTOKOLL", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"{self.page_no()}({{nb}})", new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(120, 5, "Kommunstyrelsens arbetsutskott   2025-10-14", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerare ........     Utdragsbestyrkande ........")


def make_pdf() -> None:
    pdf = ValdPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsens arbetsutskott 2025-10-14")
    pdf.set_author("Kommunkansliet Valdemarsvik")
    pdf.set_creator("Meetings Plus")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    def text_block(block: str) -> None:
        for line in block.splitlines():
            if line == "=":
                pdf.add_page()
                continue
            if line.startswith("#"):
                pdf.set_font("F", "B", 10.5)
                pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("F", "B", 10.5)
    pdf.multi_cell(0, 5.5, "Plats och tid: Kommunkontoret, Valdemarsvik, sammanträdesrum Ringarums, "
                   "tisdagen den 14 oktober 2025 kl. 09.00–11.40", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    top = pdf.get_y()
    row_h = 5.5
    for rows, x in ((VALD_LEFT, pdf.l_margin), (VALD_RIGHT, pdf.l_margin + 95)):
        for i, (name, party) in enumerate(rows):
            pdf.set_xy(x, top + row_h * i)
            pdf.set_font("F", "B" if not party and name in ("Ledamöter", "Ersättare", "Tjänstemän") else "", 9.5)
            pdf.cell(72, row_h, name)
            pdf.cell(15, row_h, party)
    pdf.set_xy(pdf.l_margin, top + row_h * (max(len(VALD_LEFT), len(VALD_RIGHT)) + 1))
    text_block(VALD_FRONT_AFTER)
    pdf.add_page()
    text_block(VALD_BODY)
    pdf.output(str(DOCS / "valdemarsvik-ksau-2025-10-14-protokoll.pdf"))


# ---------------------------------------------------------------- Orsa, SN (DOCX)

ORSA_HEAD = [
    "#SAMMANTRÄDESPROTOKOLL",
    "#Socialnämnden",
    "Datum: 2024-08-27",
    "Plats och tid: Orsa kommunhus, sammanträdesrum Grönklitt, kl. 13.15–15.50",
    "Beslutande: Mona Dahlberg (S), ordförande; Jan-Olof Skoglund (M), vice ordförande; "
    "Ingrid Backlund (S); Kent Ryd (C); Fatima Noor (V); Sten-Åke Olsson (SD); "
    "Karolina Wiik (KD), ersätter Per Åsberg (KD)",
    "Övriga: ersättarna Gustav Nises (S) och Lisbeth Holm (M); Anna Tornberg, socialchef; "
    "Magnus Fryk, enhetschef, § 34; Jenny Skog, nämndsekreterare",
    "Justerare: Kent Ryd (C)",
    "Justeringens plats och tid: Orsa kommunhus, 2024-09-02",
    "",
    "Underskrifter:",
    "Sekreterare\t……………………………\tJenny Skog\t§§ 33–35",
    "Ordförande\t……………………………\tMona Dahlberg",
    "Justerare\t……………………………\tKent Ryd",
    "",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagetts genom anslag 2024-09-03. "
    "Sista dag för överklagande 2024-09-24. Förvaringsplats: Socialkontoret, Orsa.",
    "@PAGEBREAK",
    "#SN § 33 Ekonomisk uppföljning efter juli 2024",
    "SN 2024/0088",
    "Socialchefen redovisar utfallet efter juli. Nämnden prognostiserar ett underskott på "
    "3,8 miljoner kronor, främst inom försörjningsstöd och placeringar. Kommunstyrelsen begärde "
    "2024-05-14, § 71, en åtgärdsplan från nämnder med underskott. Socialchefens tjänsteskrivelse "
    "är daterad 2024-08-15.",
    "#Socialnämndens beslut",
    "@LIST:Uppföljningen godkänns.",
    "@LIST:Socialchefen får i uppdrag att ta fram en åtgärdsplan till nämndens sammanträde 2024-10-22.",
    "Beslutet skickas till: Kommunstyrelsen",
    "",
    "#SN § 34 Avtal om gemensam socialjour med Mora kommun",
    "SN 2024/0071",
    "Orsa kommun köper sedan 2019 socialjour av Mora kommun. Enhetschef Magnus Fryk redovisar "
    "förslaget till nytt samverkansavtal mellan Orsa kommun, Mora kommun och Älvdalens kommun som ska "
    "gälla från 2025-01-01. Region Dalarna och Polismyndigheten har deltagit i arbetet med rutiner. "
    "Tjänsteskrivelse 2024-08-09.",
    "#Yrkanden",
    "Ingrid Backlund (S) yrkar bifall till förvaltningens förslag.",
    "Sten-Åke Olsson (SD) yrkar att ärendet återremitteras för att utreda egen socialjour.",
    "#Propositionsordning",
    "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så sker. Omröstning begärs.",
    "#Omröstning",
    "@VOTETABLE",
    "Med 6 röster för att avgöra ärendet i dag mot 1 för återremiss beslutar nämnden att avgöra "
    "ärendet i dag. Därefter bifaller nämnden Backlunds yrkande.",
    "#Socialnämndens beslut",
    "Socialnämnden godkänner samverkansavtalet om gemensam socialjour och föreslår "
    "kommunstyrelsen att teckna avtalet.",
    "#Reservation",
    "Sten-Åke Olsson (SD) reserverar sig mot beslutet.",
    "Beslutet skickas till: Kommunstyrelsen, Mora kommun, Älvdalens kommun",
    "",
    "#SN § 35 Yttrande till Inspektionen för vård och omsorg",
    "SN 2024/0093; IVO dnr 3.5.1-22417/2024",
    "Inspektionen för vård och omsorg har begärt nämndens yttrande över en anmälan enligt "
    "14 kap. 1 c § socialtjänstlagen (2001:453) som rör hemtjänsten i Skattungbyn. Yttrandet ska "
    "ha kommit in till IVO senast 2024-09-06. Socialchefens tjänsteskrivelse 2024-08-19.",
    "#Socialnämndens beslut",
    "@LIST:Nämnden avger yttrande enligt förvaltningens förslag.",
    "@LIST:Paragrafen justeras omedelbart.",
    "#Protokollsanteckning",
    "Fatima Noor (V) antecknar till protokollet att nämnden bör få en redovisning av "
    "bemanningen i hemtjänsten.",
    "Ersättaren Gustav Nises (S) instämmer i Noors anteckning.",
    "Beslutet skickas till: Inspektionen för vård och omsorg",
]

ORSA_VOTES = [
    ("Ledamot", "Avgöra i dag", "Återremiss", "Avstår"),
    ("Mona Dahlberg (S)", "X", "", ""),
    ("Jan-Olof Skoglund (M)", "X", "", ""),
    ("Ingrid Backlund (S)", "X", "", ""),
    ("Kent Ryd (C)", "X", "", ""),
    ("Fatima Noor (V)", "X", "", ""),
    ("Sten-Åke Olsson (SD)", "", "X", ""),
    ("Karolina Wiik (KD)", "X", "", ""),
    ("Summa", "6", "1", "0"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialkontoret Orsa"
    cp.title = "Protokoll socialnämnden 2024-08-27"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialkontoret Orsa"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "ORSA KOMMUN\tSocialnämnden\tSammanträdesdatum 2024-08-27"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign ______\t\tUtdragsbestyrkande ______"

    for line in ORSA_HEAD:
        if line == "@PAGEBREAK":
            d.add_page_break()
        elif line == "@VOTETABLE":
            table = d.add_table(rows=0, cols=4)
            for row in ORSA_VOTES:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
        elif line.startswith("@LIST:"):
            d.add_paragraph(line[6:], style="List Number")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 2, 7, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "orsa-sn-2024-08-27-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
