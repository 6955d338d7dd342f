"""Generate the binary documents of tests/heldout130/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout130/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 9, 25, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 4, 13, 15, 0)

# Nerikes Brandkår. Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
# The running header and footer are drawn by the page template below.
NERIKE = """\
#PROTOKOLL
Direktionen för Nerikes Brandkår
Sammanträde torsdagen den 18 september 2025, kl. 09.00–12.10
Plats: Brandstationen Örebro, konferensrum Bålsta, Hamnplan 3, Örebro

#Närvarande beslutande
Ordförande Jan-Erik Lund (S), Örebro
1:e vice ordförande Maria Tholén (M), Kumla
2:e vice ordförande Sten Aronsson (C), Askersund
Ledamöterna Lena Öhrn (S), Kumla, utom § 54; Anders Rosén (KD), Örebro, §§ 52–53; Fatima Khalil (S),
Hallsberg, på distans via Teams; Olle Brink (SD), Laxå; Birgitta Sand (L), Lekeberg

#Tjänstgörande ersättare
Camilla Nord (M), Örebro, i stället för Johanna Ek (M), §§ 52–55
Hampus Wiik (S), Kumla, i stället för Lena Öhrn (S), § 54

#Närvarande ej tjänstgörande ersättare
Hampus Wiik (S), §§ 52–53 och 55
Per-Olof Gran (V), Örebro, på distans

#Frånvarande
Johanna Ek (M), Örebro, ledamot

#Övriga närvarande
Förbundsdirektör Niklas Berggren
Ekonomichef Malin Sköld, §§ 52–53
Förbundsjurist Eva Thörn, § 54
Kanslichef Lisa Mård, protokollförare

#Gäst
Kristian Holm (M), kommunalråd i Kumla, § 54, informerar om detaljplanen

#Justering
Protokollet justeras av Maria Tholén (M) och Olle Brink (SD) torsdagen den 25 september 2025 på
förbundskansliet, Örebro.

#Underskrifter
Sekreterare ......................................  Paragrafer 52–55
Lisa Mård
Ordförande ......................................
Jan-Erik Lund
Justerare ......................................   ......................................
Maria Tholén                                      Olle Brink

#BEVIS OM ANSLAG
Protokollet har justerats. Justeringen har tillkännagivits på förbundets anslagstavla.
Organ: Direktionen för Nerikes Brandkår. Sammanträdesdatum: 2025-09-18.
Anslaget sätts upp: 2025-09-26. Anslaget tas ned: 2025-10-20.
Förvaringsplats för protokollet: Förbundskansliet, Hamnplan 3, Örebro.
=
#§ 52  Delårsrapport januari–augusti 2025
Dnr NB 2025/214

#Beslut
Direktionen beslutar
1. att godkänna delårsrapporten per den 31 augusti 2025,
2. att överlämna rapporten till medlemskommunerna och till förbundets revisorer.

#Beskrivning av ärendet
Förbundet redovisar ett prognostiserat resultat om +2,3 miljoner kronor, vilket är 1,1 miljoner
kronor bättre än budget. Medlemsbidragen fastställdes av medlemskommunernas fullmäktige i juni 2024.
Rapporten är upprättad enligt 13 kap. 1 § lagen (2018:597) om kommunal bokföring och redovisning.
Tjänsteskrivelse från ekonomichefen 2025-09-02.

#Förslag till beslut på sammanträdet
Sten Aronsson (C) yrkar bifall till förbundsledningens förslag.

#Skickas till
Samtliga medlemskommuner, förbundets revisorer

#§ 53  Svar på remiss från Länsstyrelsen i Örebro län – Regional handlingsplan för klimatanpassning 2025–2030
Dnr NB 2025/188; Länsstyrelsens dnr 451-3390-2025

#Beslut
Direktionen antar förvaltningens förslag till remissvar och översänder det till Länsstyrelsen i
Örebro län. Paragrafen förklaras omedelbart justerad.

#Beskrivning av ärendet
Länsstyrelsen i Örebro län har den 12 juni 2025 sänt förslaget på remiss till bland andra
kommunerna och räddningstjänsterna i länet med begäran om svar senast den 30 september 2025.
Handlingsplanen bygger på klimatscenarier från Sveriges meteorologiska och hydrologiska institut
(SMHI). Region Örebro län har lämnat synpunkter på den regionala delen. Förvaltningens
tjänsteskrivelse är daterad den 27 augusti 2025.

#Protokollsanteckning
Birgitta Sand (L) och Fatima Khalil (S) antecknar att risken för skogsbränder i Tiveden bör
lyftas tydligare i länsstyrelsens slutliga plan.

#Skickas till
Länsstyrelsen i Örebro län
=
#§ 54  Hyresavtal för ny brandstation i Kumla
Dnr NB 2024/097

#Jäv
Lena Öhrn (S) anmäler jäv, eftersom hon är styrelseledamot i Kumlabostäder AB, och deltar inte
i handläggningen. Hampus Wiik (S) går in som tjänstgörande ersättare för paragrafen.
Anders Rosén (KD) har lämnat sammanträdet kl. 10.40 efter § 53. Ingen ersättare inträder.

#Beslut
Direktionen beslutar
– att godkänna hyresavtal mellan Nerikes Brandkår och Kumlabostäder AB om ny brandstation
på fastigheten Hagaby 4:12 i Kumla, bilaga 3,
– att hyran för 2027 beräknas till 4,9 miljoner kronor och ryms inom budgetramen,
– att uppdra åt förbundsdirektören att underteckna avtalet.

#Beskrivning av ärendet
Dagens brandstation på Kvarngatan uppfyller inte kraven på arbetsmiljö. Kumla kommun antog
detaljplanen för Hagaby 2025-05-12, § 41, och Kumlabostäder AB uppför byggnaden. Avtalet löper
i 25 år från tillträdet, planerat till 2027-03-01. Arbetsmiljöverket har granskat ritningarna.
Förbundsledningens tjänsteskrivelse 2025-08-29.

#Yrkanden
Jan-Erik Lund (S) yrkar bifall till förbundsledningens förslag.
Maria Tholén (M) m.fl. yrkar att ärendet återremitteras för att utreda byggnation i egen regi.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag och finner att så sker. Votering begärs.
Den som vill att ärendet ska avgöras i dag röstar ja, den som vill återremittera röstar nej.
Med 5 ja-röster mot 3 nej-röster beslutar direktionen att ärendet ska avgöras i dag.
Ordföranden ställer därefter proposition på Lunds yrkande och finner det bifallet.

#Reservation
Mot beslutet reserverar sig Maria Tholén (M), Camilla Nord (M) och Olle Brink (SD).

#Skickas till
Kumlabostäder AB, Kumla kommun, förbundsjuristen

#§ 55  Sammanträdesplan för direktionen 2026
Dnr NB 2025/230

#Beslut
Direktionen fastställer sammanträdesplanen för 2026 enligt bilaga 4.

#Beskrivning av ärendet
Direktionen föreslås sammanträda 2026-02-19, 2026-04-23, 2026-06-11, 2026-09-17 och
2026-11-26. Budgetsamrådet med medlemskommunerna hålls 2026-03-26 i Örebro kommuns lokaler.
Tjänsteskrivelse 2025-09-04.

#Skickas till
Ledamöter och ersättare i direktionen, Örebro kommun
"""


class NerikePDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "NERIKES BRANDKÅR", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Direktionen – protokoll 2025-09-18", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, f"Justerandes sign ........   ........          Sida {self.page_no()} av {{nb}}")


def make_pdf() -> None:
    pdf = NerikePDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll direktionen 2025-09-18")
    pdf.set_author("Nerikes Brandkår")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in NERIKE.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.multi_cell(0, 4.9, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "nerikesbrandkar-direktionen-2025-09-18-protokoll.pdf"))


# Sörmlandskustens Räddningstjänst, two-day meeting.
SKR_HEAD = [
    "PROTOKOLL",
    "Direktionen, Sörmlandskustens Räddningstjänst",
]
SKR_META = [
    "Sammanträdesdagar: onsdagen den 27 november 2024 kl. 13.00–16.30 och torsdagen den 28 november 2024 "
    "kl. 08.30–11.15",
    "Plats: Brandstationen Nyköping, Idrottsvägen 2 (27 november) och Stadshuset, Oxelösund (28 november)",
    "Paragrafer: 40–43",
]
SKR_ATT = [
    ("Namn", "Parti", "Funktion", "Anmärkning"),
    ("Annika Wallgren", "S", "Ordförande", "Nyköping"),
    ("Bertil Hagman", "M", "Vice ordförande", "Oxelösund"),
    ("Jessica Rydh", "S", "Ledamot", "Oxelösund"),
    ("Ola Sundén", "C", "Ledamot", "Gnesta; deltar digitalt den 27 november (§§ 40–41)"),
    ("Karin Löfvenius", "M", "Ledamot", "Trosa; närvarande den 27 november (§§ 40–41)"),
    ("Mira Ahlberg", "SD", "Tjänstgörande ersättare", "Nyköping; för Thomas Nyqvist (SD) §§ 40–43"),
    ("Gunnar Åkesson", "M", "Ersättare §§ 40–41, tjänstgörande ersättare §§ 42–43",
     "Trosa; för Karin Löfvenius (M) den 28 november"),
    ("Lena Fahlén", "S", "Ersättare", "Gnesta; ej tjänstgörande"),
]
SKR_AFTER_ATT = [
    "Anmält förhinder: Thomas Nyqvist (SD), ledamot; Pia Höglund (V), ersättare",
    "#Övriga närvarande (tjänstepersoner)",
    "Mattias Grahn, räddningschef",
    "Helena Strid, förbundsekonom",
    "Elin Vass, direktionssekreterare",
    "#Inbjudna",
    "Anders Bäck, certifierad kommunal revisor, KPMG AB, § 41",
    "Sofia Hed, enhetschef, Länsstyrelsen i Södermanlands län, § 42",
    "Utses att justera: Jessica Rydh (S)",
    "Justeringens plats och tid: Räddningstjänstens kansli, Nyköping, 2024-12-04",
]
SKR_BODY_1 = [
    "#§ 40 Budget 2025 och verksamhetsplan 2025–2027",
    "Diarienummer: SKRT 2024/061",
    "#Beslut",
    "Direktionen föreslår medlemskommunernas fullmäktige besluta",
    "1. att fastställa medlemsbidraget för 2025 till totalt 118,4 miljoner kronor,",
    "2. att godkänna verksamhetsplanen för 2025–2027.",
    "Direktionen beslutar för egen del",
    "3. att fastställa investeringsbudgeten för 2025 till 14,2 miljoner kronor.",
    "#Ärendet",
    "Budgetramen diskuterades vid medlemssamrådet 2024-09-26. Kostnaderna fördelas enligt 14 § "
    "förbundsordningen, som fastställdes av medlemskommunerna 2019. Verksamhetsplanen utgår från "
    "handlingsprogrammet enligt 3 kap. 3 § lagen (2003:778) om skydd mot olyckor. Räddningschefens "
    "tjänsteskrivelse är daterad 2024-11-05.",
    "#Yrkanden",
    "Annika Wallgren (S) yrkar bifall till förslaget. Bertil Hagman (M), med instämmande av Karin "
    "Löfvenius (M), yrkar att medlemsbidraget fastställs till 116,0 miljoner kronor.",
    "#Ajournering",
    "Sammanträdet ajourneras kl. 14.20–14.35 för gruppöverläggningar.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att direktionen bifaller hennes förslag. "
    "Omröstning begärs. Ja-röst för ordförandens förslag, nej-röst för Hagmans yrkande.",
]
SKR_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Annika Wallgren (S)", "X", "", ""),
    ("Bertil Hagman (M)", "", "X", ""),
    ("Jessica Rydh (S)", "X", "", ""),
    ("Ola Sundén (C)", "X", "", ""),
    ("Karin Löfvenius (M)", "", "X", ""),
    ("Mira Ahlberg (SD)", "", "", "X"),
    ("Summa", "3", "2", "1"),
]
SKR_BODY_2 = [
    "Direktionen har alltså beslutat i enlighet med ordförandens förslag.",
    "#Reservation",
    "Bertil Hagman (M) och Karin Löfvenius (M) reserverar sig skriftligt, bilaga 1.",
    "#Beslutet skickas till",
    "Nyköpings kommun, Oxelösunds kommun, Gnesta kommun, Trosa kommun",
    "#§ 41 Delårsrapport per den 31 augusti 2024",
    "Diarienummer: SKRT 2024/048",
    "#Beslut",
    "Direktionen godkänner delårsrapporten och överlämnar den till medlemskommunerna och förbundets "
    "revisorer.",
    "#Ärendet",
    "Anders Bäck från KPMG AB redogör för revisorernas översiktliga granskning, daterad 2024-11-12. "
    "Förbundsekonomens tjänsteskrivelse är daterad 2024-10-10.",
    "#Protokollsanteckning",
    "Mira Ahlberg (SD) lämnar följande anteckning till protokollet: Förbundet bör redovisa "
    "övertidskostnaderna per station i nästa rapport.",
    "#Beslutet skickas till",
    "Medlemskommunerna, revisorerna",
    "Sammanträdet ajourneras kl. 16.30 och återupptas torsdagen den 28 november 2024 kl. 08.30 i "
    "Stadshuset, Oxelösund. Vid återupptagandet är Karin Löfvenius (M) förhindrad att delta och Gunnar "
    "Åkesson (M) tjänstgör i hennes ställe. Ola Sundén (C) deltar nu på plats.",
    "#§ 42 Yttrande över remiss – Regional risk- och sårbarhetsanalys för Södermanlands län 2024",
    "Diarienummer: SKRT 2024/072 (Länsstyrelsens diarienummer 450-6281-2024)",
    "#Beslut",
    "– att anta räddningstjänstens förslag till yttrande,",
    "– att skicka yttrandet till Länsstyrelsen i Södermanlands län.",
    "Paragrafen justeras omedelbart.",
    "#Ärendet",
    "Länsstyrelsen i Södermanlands län sände 2024-10-02 analysen på remiss till kommunerna och "
    "räddningstjänsterna i länet med svar senast 2024-12-06. Region Sörmland har bidragit med underlag om "
    "sjukvårdens förmåga. Sofia Hed presenterade analysen på mötet. Analysen görs enligt förordningen "
    "(2006:942) om krisberedskap och bevakningsansvariga myndigheters åtgärder vid höjd beredskap. "
    "Tjänsteskrivelse 2024-11-13.",
    "#Särskilt yttrande",
    "Gunnar Åkesson (M) lämnar ett särskilt yttrande, bilaga 2. Ersättaren Lena Fahlén (S) instämmer i "
    "Åkessons yttrande.",
    "#Beslutet skickas till",
    "Länsstyrelsen i Södermanlands län",
    "#§ 43 Avtal om gemensam ledningsorganisation med Västra Sörmlands Räddningstjänst",
    "Diarienummer: SKRT 2024/019",
    "#Beslut",
    "Direktionen godkänner avtalet om gemensam ledningsorganisation mellan Sörmlandskustens "
    "Räddningstjänst och Västra Sörmlands Räddningstjänst för perioden 2025-01-01–2028-12-31 och uppdrar "
    "åt räddningschefen att underteckna det.",
    "#Ärendet",
    "Avtalet ersätter den avsiktsförklaring om systemledning som tecknades 2021-03-18. Eskilstuna kommuns "
    "räddningstjänst deltar som observatör i ledningscentralen. Tjänsteskrivelse 2024-11-08.",
    "#Yrkanden",
    "Bertil Hagman (M) yrkar bifall till förslaget.",
    "#Beslutet skickas till",
    "Västra Sörmlands Räddningstjänst",
    "#Underskrifter",
    "Sekreterare: Elin Vass",
    "Ordförande: Annika Wallgren",
    "Justerare: Jessica Rydh",
]


def _body(d: docx.Document, lines: list[str]) -> None:
    for line in lines:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)


def _table(d: docx.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sörmlandskustens Räddningstjänst"
    cp.title = "Protokoll direktionen 2024-11-27–28"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Sörmlandskustens Räddningstjänst | Direktionen | 2024-11-27–28"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ________   Utdragsbestyrkande ________"
    for line in SKR_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in SKR_META:
        d.add_paragraph(line)
    _table(d, SKR_ATT)
    _body(d, SKR_AFTER_ATT)
    d.add_page_break()
    _body(d, SKR_BODY_1)
    _table(d, SKR_VOTE)
    _body(d, SKR_BODY_2)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 4, 13, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "sormlandskusten-direktionen-2024-11-27-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
