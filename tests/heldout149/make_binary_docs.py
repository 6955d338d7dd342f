# ruff: noqa: E501
"""Generate the binary documents of tests/heldout149/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout149/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 6, 24, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 10, 24, 13, 0, 0)

# "#" = bold line, "=" = new page, "" = blank line. The running header and footer are added on every page.
KRONOBERG_HEADER = "Region Kronoberg    Regionfullmäktige    PROTOKOLL    Sammanträdesdatum 2025-06-17"
KRONOBERG = """\
#Regionfullmäktige – protokoll
Sammanträdesdatum: tisdagen den 17 juni 2025, kl. 09.30–16.40
Plats: Sessionssalen, Regionhuset, Växjö

#Presidium
Ordförande: Agneta Lind (KD)
Förste vice ordförande: Roland Sjöstedt (S)
Andre vice ordförande: Elin Hammar (SD)

#Beslutande
61 ledamöter och tjänstgörande ersättare enligt närvaro- och voteringslista, bilaga 1.

#Övriga närvarande
Regiondirektör Jonas Frid, fullmäktigesekreterare Hanna Ström

#Justerare
Roland Sjöstedt (S) och Kristoffer Nyman (M). Justering sker i Regionhuset 2025-06-23.

#Paragrafer
47–49

Underskrifter
Sekreterare ..................................... Hanna Ström
Ordförande ..................................... Agneta Lind
Justerare ..................................... Roland Sjöstedt        ..................................... Kristoffer Nyman

#Anslag
Protokollet har justerats 2025-06-23 och anslås på Region Kronobergs anslagstavla 2025-06-24–2025-07-16.
Protokollet förvaras hos Regionkansliet, Växjö.
=
#§ 47  Regionplan och budget 2026 med flerårsplan 2027–2028
Diarienummer 25RK412

#Ärendebeskrivning
Regionstyrelsen föreslår 2025-05-27, § 112, att regionfullmäktige fastställer regionplan och budget 2026.
Skatteintäkterna bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos 2025-04-24. Budgeten
ska enligt 11 kap. 8 § kommunallagen (2017:725) innehålla en plan för ekonomin för tre år.

#Beslutsunderlag
Regiondirektörens tjänsteskrivelse 2025-05-12
Regionstyrelsens protokoll 2025-05-27, § 112
Socialdemokraternas förslag till regionplan och budget 2026, inlämnat 2025-06-09
Centerpartiets budgetförslag 2025-06-10

#Yrkanden
Regionstyrelsens ordförande Martin Åberg (M) yrkar bifall till regionstyrelsens förslag.
Linnea Sjögren (S) yrkar bifall till Socialdemokraternas förslag till regionplan och budget.
Oskar Fält (C) yrkar bifall till Centerpartiets budgetförslag.
Jenny Ruuth (V) och Sara Lönn (MP) yrkar bifall till Socialdemokraternas förslag.

#Propositionsordning
Ordföranden ställer först Socialdemokraternas och Centerpartiets förslag mot varandra för att utse
motförslag i huvudvoteringen och finner att Socialdemokraternas förslag utses. Votering begärs inte.
Därefter begärs votering i huvudfrågan. Ja för regionstyrelsens förslag, nej för Socialdemokraternas förslag.

#Voteringsresultat (per partigrupp, se bilaga 1)
Parti                  Ja     Nej    Avstår
Moderaterna            14     –      –
Socialdemokraterna     –      18     –
Sverigedemokraterna    10     –      –
Centerpartiet          –      –      5
Kristdemokraterna      4      –      –
Vänsterpartiet         –      4      –
Liberalerna            3      –      –
Miljöpartiet           –      3      –
Summa                  31     25     5
Regionfullmäktige har beslutat enligt regionstyrelsens förslag.

#Beslut
Regionfullmäktige beslutar
1. att fastställa regionplan och budget 2026 med flerårsplan 2027–2028,
2. att skattesatsen för 2026 ska vara 11,76 kronor per skattekrona,
3. att regionstyrelsen under 2026 får nyupplåna högst 300 miljoner kronor,
4. att uppdra åt regionstyrelsen att fördela ramarna till nämnderna.

#Reservationer
Linnea Sjögren (S) m.fl. reserverar sig till förmån för Socialdemokraternas förslag.
Vänsterpartiets och Miljöpartiets ledamöter reserverar sig till förmån för samma förslag.

#Särskilt yttrande
Centerpartiets fullmäktigegrupp lämnar genom Oskar Fält (C) ett särskilt yttrande, bilaga 3.

#Protokollsanteckning
Liberalernas fullmäktigegrupp antecknar till protokollet att tandvårdsreformen bör finansieras fullt ut.

Beslutet expedieras till: Regionstyrelsen, samtliga nämnder

#§ 48  Avsiktsförklaring mellan Region Kronoberg och Växjö kommun om utveckling av Växjö resecentrum
Diarienummer 25RK655, Växjö kommuns dnr KS 2025/00231

#Ärendebeskrivning
Region Kronoberg och Växjö kommun vill gemensamt utveckla resecentrum för buss och tåg. Jernhusen AB äger
stationshuset och Trafikverket ansvarar för plattformarna; ingen av dem är part i avsiktsförklaringen.
Regionstyrelsen behandlade ärendet 2025-05-27, § 115. Avsiktsförklaringen gäller till och med 2028-12-31.

#Beslutsunderlag
Tjänsteskrivelse 2025-04-29
Förslag till avsiktsförklaring 2025-04-15

#Yrkanden
Martin Åberg (M) yrkar bifall till regionstyrelsens förslag. Linnea Sjögren (S) instämmer.

#Beslut
1. Regionfullmäktige godkänner avsiktsförklaringen.
2. Regionstyrelsens ordförande får i uppdrag att underteckna avsiktsförklaringen.

Beslutet expedieras till: Växjö kommun, Regionstyrelsen

#§ 49  Motion om fler barnmorskemottagningar på landsbygden
Diarienummer 24RK1790

#Ärendebeskrivning
Jenny Ruuth (V) föreslår i en motion 2024-11-26 att barnmorskemottagningar öppnas i Lessebo och Uppvidinge.
Hälso- och sjukvårdsnämnden har yttrat sig 2025-03-20, § 31. Regionstyrelsen föreslår att motionen avslås.

#Beslutsunderlag
Tjänsteskrivelse 2025-04-02
Regionstyrelsens protokoll 2025-05-27, § 118

#Yrkanden
Jenny Ruuth (V) yrkar bifall till motionen.
Anders Wahlqvist (KD) yrkar bifall till regionstyrelsens förslag.
Sara Lönn (MP) yrkar att motionen återremitteras till regionstyrelsen för en kostnadsberäkning.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag. Votering begärs. Den som vill att ärendet ska
avgöras i dag röstar ja, den som vill återremittera röstar nej. Med 40 ja-röster mot 19 nej-röster,
2 ledamöter avstår, beslutar regionfullmäktige att avgöra ärendet i dag.
Ordföranden ställer därefter Jenny Ruuths yrkande mot Anders Wahlqvists yrkande och finner att
regionfullmäktige bifaller Anders Wahlqvists yrkande.

#Beslut
Motionen avslås.

#Reservation
Jenny Ruuth (V) reserverar sig mot beslutet.

Beslutet expedieras till: Hälso- och sjukvårdsnämnden
"""

DALARNA_HEADER = "Region Dalarna  |  Hälso- och sjukvårdsnämnden  |  Protokoll 2025-10-21"
DALARNA_HEAD = [
    "Hälso- och sjukvårdsnämnden",
    "Protokoll från sammanträde 2025-10-21, kl. 13.00–16.15",
    "Plats: Regionhuset, Falun, lokal Dalälven",
]
DALARNA_ATT = [
    ("Namn", "Parti", "Funktion"),
    ("Ann-Sofie Berglund", "S", "Ordförande"),
    ("Tomas Nyberg", "M", "1:e vice ordförande"),
    ("Kenneth Åkerlund", "SD", "2:e vice ordförande"),
    ("Marie Hellgren", "S", "Ledamot"),
    ("Pekka Rantala", "S", "Ledamot"),
    ("Lisa Moberg", "C", "Ledamot"),
    ("Olle Dahl", "M", "Ledamot"),
    ("Anneli Gran", "SD", "Ledamot"),
    ("Stefan Eriksson", "KD", "Ledamot"),
    ("Ylva Sandgren", "V", "Tjänstgörande ersättare för Kjell Bäck (V)"),
    ("Emma Lövgren", "L", "Ledamot"),
    ("Bo Hedman", "S", "Ersättare"),
    ("Karin Rapp", "M", "Ersättare"),
    ("Helena Strand", "–", "Hälso- och sjukvårdsdirektör"),
    ("Mikael Sund", "–", "Nämndsekreterare"),
]
DALARNA_AFTER_TABLE = [
    "Justerare: Lisa Moberg (C)",
    "Justeringen äger rum på Regionhuset, Falun, 2025-10-24.",
    "Paragrafer: §§ 88–90",
    "Anslaget på Region Dalarnas digitala anslagstavla: 2025-10-27 till 2025-11-18.",
]
DALARNA_BODY = [
    "#§ 88 Överenskommelse om gemensamt mobilt närvårdsteam i Västerdalarna",
    "Ärende: HSN 2025/412",
    "#Beslut",
    "Hälso- och sjukvårdsnämnden beslutar",
    "att godkänna överenskommelsen mellan Region Dalarna, Malung-Sälens kommun, Vansbro kommun och Älvdalens "
    "kommun om ett gemensamt mobilt närvårdsteam,",
    "att överenskommelsen gäller från och med 2026-01-01,",
    "att uppdra åt hälso- och sjukvårdsdirektören att underteckna överenskommelsen.",
    "#Beskrivning av ärendet",
    "Teamet ska ge vård i hemmet till multisjuka äldre i de tre kommunerna. Dalarnas kommunförbund har deltagit "
    "i beredningen. Kostnaden fördelas enligt 16 kap. 3 § hälso- och sjukvårdslagen (2017:30) och regleras i "
    "bilaga 1. Ett tidigare pilotprojekt pågick 2023-09-01–2024-12-31. Tjänsteskrivelse 2025-09-30.",
    "#Yrkande",
    "Ann-Sofie Berglund (S) yrkar bifall till förvaltningens förslag.",
    "#Beslutet skickas till",
    "Malung-Sälens kommun, Vansbro kommun, Älvdalens kommun, Dalarnas kommunförbund",
    "#§ 89 Yttrande till Borlänge kommun över förslag till folkhälsoprogram 2026–2030",
    "Ärende: HSN 2025/377 (Borlänge kommuns dnr KS 2025/0198)",
    "#Beslut",
    "1. Hälso- och sjukvårdsnämnden antar förvaltningens förslag till yttrande.",
    "2. Yttrandet överlämnas till Borlänge kommun.",
    "#Beskrivning av ärendet",
    "Borlänge kommun har skickat förslaget till folkhälsoprogram på remiss till Region Dalarna med svar senast "
    "2025-11-07. Regionstyrelsen har överlämnat remissen till nämnden. Förslaget bygger på "
    "Folkhälsomyndighetens åtta målområden. Tjänsteskrivelse 2025-10-02.",
    "#Yrkanden",
    "Tomas Nyberg (M) yrkar bifall till förvaltningens förslag. Kenneth Åkerlund (SD) yrkar att avsnittet om "
    "språkstöd stryks ur yttrandet.",
    "#Votering",
    "Nämnden godkänner att den som bifaller Tomas Nybergs yrkande röstar ja och den som bifaller Kenneth "
    "Åkerlunds yrkande röstar nej.",
    "Ja: Berglund, Nyberg, Hellgren, Rantala, Moberg, Dahl, Eriksson, Sandgren, Lövgren",
    "Nej: Åkerlund, Gran",
    "Nämnden har beslutat enligt Tomas Nybergs yrkande.",
    "#Reservation",
    "Kenneth Åkerlund (SD) och Anneli Gran (SD) reserverar sig skriftligen, bilaga 2.",
    "#Justering",
    "Paragrafen förklaras omedelbart justerad.",
    "#Beslutet skickas till",
    "Borlänge kommun, Regionstyrelsen",
    "#§ 90 Verksamhetsrapport september 2025",
    "Ärende: HSN 2025/021",
    "#Beslut",
    "Hälso- och sjukvårdsnämnden lägger rapporten till handlingarna.",
    "#Beskrivning av ärendet",
    "Rapporten visar att vårdgarantin för besök inom specialiserad vård uppfylls till 61 procent. Inspektionen "
    "för vård och omsorg (IVO) har inlett en tillsyn av akutmottagningen i Mora, med svar senast 2025-12-01. "
    "Tjänsteskrivelse 2025-10-08.",
    "#Protokollsanteckning",
    "Ylva Sandgren (V) anmäler en protokollsanteckning om bemanningen på akutmottagningen i Mora, bilaga 3.",
    "Ersättaren Bo Hedman (S) instämmer i Ylva Sandgrens protokollsanteckning.",
    "",
    "Vid protokollet",
    "Mikael Sund",
    "Justeras",
    "Ann-Sofie Berglund, ordförande          Lisa Moberg, justerare",
]


class MinutesPDF(FPDF):
    """A4 page with a running header and a "Justerandes sign" / "Sida n av N" footer."""

    running_header = ""

    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4.5, self.running_header, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 4.5, f"Justerandes sign ........   ........        Utdragsbestyrkande        Sida {self.page_no()} av {{nb}}")


def make_pdf(text: str, header: str, name: str, title: str) -> None:
    pdf = MinutesPDF(format="A4")
    pdf.running_header = header
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Regionkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9)
        pdf.multi_cell(0, 4.8, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


def fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Hälso- och sjukvårdsförvaltningen"
    cp.title = "Protokoll hälso- och sjukvårdsnämnden 2025-10-21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Nämndsekreterare"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = DALARNA_HEADER
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur                    Utdragsbestyrkande"
    for line in DALARNA_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=3)
    for row in DALARNA_ATT:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
    for line in DALARNA_AFTER_TABLE:
        d.add_paragraph(line)
    for line in DALARNA_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / "regiondalarna-hsn-2025-10-21-protokoll.docx").write_bytes(
        fixed_zip(buf.getvalue(), (2025, 10, 24, 13, 0, 0))
    )


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(KRONOBERG, KRONOBERG_HEADER, "regionkronoberg-rf-2025-06-17-protokoll.pdf",
             "Protokoll regionfullmäktige 2025-06-17")
    make_docx()


if __name__ == "__main__":
    main()
