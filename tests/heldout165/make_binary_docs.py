"""Generate the binary documents of tests/heldout165/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout165/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 6, 24, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 11, 10, 10, 0, 0)

# PDF mini-markup: "#" bold line, "=" page break (with footer), ">" indented line.
BOXHOLM = """\
#BOXHOLMS KOMMUN
#Bygg- och miljönämnden – Sammanträdesprotokoll
Datum: 2024-06-18
Plats och tid: Kommunhuset, Boxholm, sammanträdesrum Ören, kl. 13.00–16.20

#Beslutande ledamöter
>Kjell Åberg (M), ordförande
>Susanne Fransson (S), vice ordförande
>Gustav Ljung (C)
>Rebecka Holm (SD)
>Bertil Strand (KD), ej § 54 (jäv)
>Ylva Nordén (S)
#Tjänstgörande ersättare
>Anders Kärrman (S) för Lotta Eriksson (S)
#Ej tjänstgörande ersättare
>Mona Thörn (KD), Roland Björk (M)
#Övriga deltagande
>Patrik Sjöberg, miljö- och byggchef
>Elin Rask, miljöinspektör, §§ 52–53
>Hanna Wiik, byggnadsinspektör, § 54
>Cecilia Brandt, nämndsekreterare

Justerare: Gustav Ljung (C)
Justeringens plats och tid: Kommunhuset, Boxholm, 2024-06-20 kl. 15.00
Paragrafer: 52–55

Sekreterare   ___________________________   Cecilia Brandt
Ordförande    ___________________________   Kjell Åberg
Justerare     ___________________________   Gustav Ljung

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens webbplats.
Bygg- och miljönämnden, sammanträdesdatum 2024-06-18. Anslaget publicerat 2024-06-24, tas bort
2024-07-16. Protokollet förvaras i kommunhusets arkiv, Boxholm.
=
#§ 52   Miljösanktionsavgift – Sommens Åkeri AB
Diarienummer: BMN 2024-0188

#Ärendebeskrivning
Vid inspektion 2024-04-16 av Sommens Åkeri AB (org.nr 556412-3387) på fastigheten Boxholm Sommenvik
1:9 konstaterades att en cistern för diesel på 8 m³ inte anmälts före installationen. Bolaget har
kommunicerats 2024-05-02 och har inte yttrat sig. Enligt 9 kap. 3 § punkt 2 förordningen (2012:259)
om miljösanktionsavgifter är avgiften 5 000 kronor. Tjänsteskrivelse daterad 2024-05-29.

#Beslut
Bygg- och miljönämnden beslutar
1. att påföra Sommens Åkeri AB en miljösanktionsavgift om 5 000 kronor med stöd av 30 kap. 1 §
miljöbalken,
2. att avgiften ska betalas till Kammarkollegiet inom 30 dagar från det att beslutet vunnit laga kraft.

#Beslutet skickas till
Sommens Åkeri AB (delgivningskvitto), Kammarkollegiet
=
#§ 53   Föreläggande med vite om bullerutredning – Malexander Grus & Betong AB
Diarienummer: BMN 2024-0097

#Ärendebeskrivning
Nämnden gav 2024-02-20, § 14, Malexander Grus & Betong AB möjlighet att frivilligt redovisa en
bullerutredning för krossverksamheten vid Malexander 4:2. Utredningen har inte kommit in. Grannar
har klagat på buller nattetid vid fyra tillfällen, senast 2024-05-27. Förvaltningen föreslår i
tjänsteskrivelse 2024-06-04 ett föreläggande med vite enligt 26 kap. 9 och 14 §§ miljöbalken.
Länsstyrelsen Östergötland är tillsynsmyndighet för bolagets täkttillstånd och har informerats.

#Yrkanden
Kjell Åberg (M) yrkar bifall till förvaltningens förslag.
Rebecka Holm (SD) yrkar att vitet sätts till 20 000 kronor.

#Beslutsgång
Ordföranden ställer yrkandena mot varandra och finner att nämnden bifallit Åbergs yrkande. Votering
begärs och genomförs enligt följande propositionsordning: ja för Åbergs yrkande, nej för Holms yrkande.
Omröstningsresultat: 5 ja, 1 nej, 1 avstår. Se omröstningslista nedan.
>Ja: Kjell Åberg, Susanne Fransson, Gustav Ljung, Ylva Nordén, Anders Kärrman
>Nej: Rebecka Holm
>Avstår: Bertil Strand

#Beslut
Bygg- och miljönämnden beslutar
att förelägga Malexander Grus & Betong AB att senast 2024-09-30 lämna in en bullerutredning utförd av
sakkunnig,
att förena föreläggandet med ett vite om 40 000 kronor,
att beslutet gäller omedelbart även om det överklagas (26 kap. 26 § miljöbalken).

#Reservation
Rebecka Holm (SD) reserverar sig till förmån för eget yrkande.

#Beslutet skickas till
Malexander Grus & Betong AB (delgivning), Länsstyrelsen Östergötland (för kännedom)
=
#§ 54   Byggsanktionsavgift för olovligt uppförd komplementbyggnad, Strålsnäs 2:14
Diarienummer: BMN 2023-0451

#Jäv
Bertil Strand (KD) anmäler jäv och deltar inte i handläggningen.

#Ärendebeskrivning
En komplementbyggnad om 42 m² har uppförts utan bygglov och startbesked. Fastighetsägaren
(personuppgifter i akten) har getts tillfälle att yttra sig 2024-03-11. Byggsanktionsavgiften beräknas
enligt 9 kap. 7 § plan- och byggförordningen (2011:338) till 18 722 kronor. Tjänsteskrivelse daterad
2024-06-03.

#Beslut
Bygg- och miljönämnden tar ut en byggsanktionsavgift om 18 722 kronor av fastighetsägaren med stöd
av 11 kap. 51 § plan- och bygglagen (2010:900).

#Särskilt yttrande
Susanne Fransson (S) och Ylva Nordén (S) lämnar ett särskilt yttrande: nämnden bör informera
bättre om bygglovsplikt för komplementbyggnader.

#Beslutet skickas till
Fastighetsägaren (delgivning)

#§ 55   Redovisning av delegations- och ordförandebeslut maj 2024
Diarienummer: BMN 2024-0002

Delegationsbeslut 2024-05-01–2024-05-31 enligt nämndens delegationsordning (2023-01-24, § 4):
>Bygglov och startbesked – 14 beslut
>Livsmedelsregistreringar – 3 beslut
>Föreläggande om enskilt avlopp – 2 beslut
Ordförandebeslut 2024-05-22 om yttrande till Länsstyrelsen Östergötland över ansökan om
vattenverksamhet i Svartån, med stöd av 6 kap. 39 § kommunallagen (2017:725).

#Beslut
Bygg- och miljönämnden lägger redovisningen till handlingarna.
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll bygg- och miljönämnden 2024-06-18")
    pdf.set_author("Miljö- och byggförvaltningen")
    pdf.set_creator("Protokollsmall BMN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Boxholms kommun   Bygg- och miljönämnden   2024-06-18   {pdf.page_no()} ({{nb}})",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Ordf. sign ______   Just. sign ______   Utdragsbestyrkande ______",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in BOXHOLM.splitlines():
        if line == "=":
            footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 10)
        if line.startswith(">"):
            pdf.set_x(pdf.l_margin + 8)
            line = line[1:]
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    footer()
    pdf.output(str(DOCS / "boxholm-bmn-2024-06-18-protokoll.pdf"))


ANEBY_HEAD = [
    "#ANEBY KOMMUN",
    "#Miljö- och byggnadsnämnden",
    "#UTDRAG UR SAMMANTRÄDESPROTOKOLL",
    "Sammanträdesdatum: onsdag 5 november 2025",
    "Plats: Kommunhuset Aneby, Bergmansrummet, kl. 08.30–11.45",
]

ANEBY_TABLE = [
    ("Beslutande", "Parti", "Uppdrag / anmärkning"),
    ("Sven-Erik Lans", "KD", "ordförande"),
    ("Maria Gustafsson", "S", "1:e vice ordförande"),
    ("Hans Ekelund", "M", "ledamot"),
    ("Birgitta Sand", "C", "ledamot"),
    ("Johan Ahlström", "SD", "tjänstgörande ersättare för Kent Rydh (SD)"),
    ("Övriga närvarande", "", ""),
    ("Lotta Vingren", "S", "ersättare"),
    ("Mattias Hult", "", "bygglovshandläggare, § 118"),
    ("Therese Wall", "", "livsmedelsinspektör, § 119"),
    ("Eva Ryd", "", "nämndsekreterare"),
]

ANEBY_AFTER = [
    "Utses att justera: Birgitta Sand (C)",
    "Justering: digital justering 2025-11-07",
    "Paragrafer i utdraget: 118–119",
    "Underskrifter: Sekreterare Eva Ryd – Ordförande Sven-Erik Lans – Justerare Birgitta Sand",
]

ANEBY_BODY = [
    "#MBN § 118\tBygglov för nybyggnad av lagerbyggnad, Aneby Lantbruksmaskiner AB, Aneby 3:112",
    "Dnr MBN 2025-000341",
    "#Ärendet",
    "Aneby Lantbruksmaskiner AB ansökte 2025-08-19 om bygglov för en lagerbyggnad om 1 150 m² inom "
    "detaljplan för Aneby 3:112 m.fl., laga kraft 1998-05-12. Byggnaden överskrider tillåten byggnadshöjd "
    "med 0,6 meter. Trafikverket har i yttrande 2025-09-22 inte haft något att erinra mot utfarten mot "
    "riksväg 32. Jönköpings Läns Museum har yttrat sig över kulturmiljön. Enligt 9 kap. 31 b § "
    "plan- och bygglagen (2010:900) kan avvikelsen godtas som liten. Tjänsteskrivelse 2025-10-21.",
    "#Förslag till beslut",
    "Förvaltningen föreslår att bygglov beviljas.",
    "#Yrkanden",
    "Hans Ekelund (M) och Maria Gustafsson (S) yrkar bifall till förvaltningens förslag. "
    "Johan Ahlström (SD) yrkar avslag med hänvisning till avvikelsens storlek.",
    "#Omröstning",
    "Ordföranden ställer proposition på bifall mot avslag och finner bifall. Omröstning begärs.",
    "@VOTE",
    "Med fyra röster för bifall mot en för avslag beslutar nämnden enligt förvaltningens förslag.",
    "#Beslut",
    "Miljö- och byggnadsnämnden beslutar",
    "1. att bevilja bygglov med stöd av 9 kap. 31 b § plan- och bygglagen,",
    "2. att ge startbesked och godta Anders Wik som kontrollansvarig,",
    "3. att ta ut en avgift om 46 870 kronor enligt kommunens plan- och bygglovstaxa.",
    "#Reservation",
    "Johan Ahlström (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Aneby Lantbruksmaskiner AB; Trafikverket (kännedom); berörda sakägare (underrättelse)",
    "#MBN § 119\tSanktionsavgift enligt livsmedelslagstiftningen – Restaurang Svartån i Aneby AB",
    "Dnr MBN 2025-000287",
    "#Ärendet",
    "Restaurang Svartån i Aneby AB har bedrivit livsmedelsverksamhet sedan 2025-06-01 utan att anläggningen "
    "registrerats, vilket konstaterades vid kontroll 2025-09-03. Enligt 30 c § livsmedelsförordningen "
    "(2006:813) ska en sanktionsavgift tas ut. Livsmedelsverkets vägledning har följts. "
    "Tjänsteskrivelse 2025-10-15.",
    "#Beslut",
    "Miljö- och byggnadsnämnden påför Restaurang Svartån i Aneby AB en sanktionsavgift om 5 000 kronor.",
    "#Protokollsanteckning",
    "Ersättaren Lotta Vingren (S) antecknar att nämnden bör erbjuda nystartade företag rådgivning.",
    "#Beslutet skickas till",
    "Restaurang Svartån i Aneby AB (delgivning)",
    "",
    "Rätt utdraget intygar: Eva Ryd, nämndsekreterare, 2025-11-10",
]

VOTE_TABLE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Sven-Erik Lans (KD)", "X", "", ""),
    ("Maria Gustafsson (S)", "X", "", ""),
    ("Hans Ekelund (M)", "X", "", ""),
    ("Birgitta Sand (C)", "X", "", ""),
    ("Johan Ahlström (SD)", "", "X", ""),
    ("Summa", "4", "1", "0"),
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]], bold_first: bool = True) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if ((i == 0 and bold_first) or row[0] == "Övriga närvarande") and value:
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Miljö- och byggförvaltningen"
    cp.title = "Protokollsutdrag miljö- och byggnadsnämnden 2025-11-05"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Miljö- och byggförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Aneby kommun – Miljö- och byggnadsnämnden – 2025-11-05"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ______     Utdragsbestyrkande ______"

    def para(line: str) -> None:
        if line == "@VOTE":
            add_table(d, VOTE_TABLE)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in ANEBY_HEAD:
        para(line)
    add_table(d, ANEBY_TABLE)
    for line in ANEBY_AFTER + ANEBY_BODY:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 11, 10, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "aneby-mbn-2025-11-05-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
