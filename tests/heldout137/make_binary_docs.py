# ruff: noqa: E501
"""Generate the binary documents of tests/heldout137/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout137/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 10, 22, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 4, 9, 0, 0)

# PDF: Ödeshögs kommun, miljö- och byggnadsnämnden 2024-10-15, full protocol in plain prose.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
ODESHOG = """\
#Miljö- och byggnadsnämnden
Sammanträde tisdagen den 15 oktober 2024 kl. 09.00–11.50 i kommunhuset, sammanträdesrummet Tåkern, Ödeshög.

Vid sammanträdet deltog ordföranden Bengt Fryk (M), vice ordföranden Kerstin Almqvist (S) samt ledamöterna Hasse Dahl (C), Lisbeth Rönn (S), Anna-Karin Wester (S) och Jörgen Mark (SD). För den frånvarande ledamoten Tina Åkesson (KD) tjänstgjorde ersättaren Amir Nasri (M). Ersättarna Gunilla Hed (S) och Stefan Orre (SD) var närvarande utan att tjänstgöra.

Dessutom närvarade miljö- och byggchef Lotta Rydén, bygglovshandläggare Emil Sand, den senare under § 72, och nämndsekreterare Monika Fält.

Att jämte ordföranden justera dagens protokoll utsågs Lisbeth Rönn (S). Justeringen äger rum på kommunhuset tisdagen den 22 oktober 2024 kl. 15.00.

Protokollet omfattar paragraferna 71–73.

Sekreterare ....................................................
Monika Fält

Ordförande ....................................................
Bengt Fryk

Justerande ....................................................
Lisbeth Rönn

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ: Miljö- och byggnadsnämnden
Sammanträdesdatum: 2024-10-15
Datum för anslags uppsättande: 2024-10-23
Datum för anslags nedtagande: 2024-11-14
Förvaringsplats för protokollet: Kommunhuset, Ödeshög
Underskrift: Monika Fält
=
#§ 71    Dnr MBN 2024/102
#Taxa för prövning och tillsyn enligt miljöbalken 2025
Kommunfullmäktige antog den nuvarande taxan den 18 december 2023, § 97. Förvaltningen föreslår att taxan för 2025 utgår från Sveriges Kommuner och Regioners underlag och att timavgiften höjs från 1 290 kronor till 1 340 kronor. Taxan meddelas med stöd av 27 kap. 1 § miljöbalken (1998:808). Underlag: tjänsteskrivelse 2024-09-30, förslag till taxa och en jämförelse med Boxholms kommun och Vadstena kommun.

Under överläggningen yrkade Jörgen Mark (SD) att timavgiften skulle ligga kvar på 2024 års nivå. Ordföranden yrkade bifall till förvaltningens förslag. Votering begärdes. Sex röster avgavs för ordförandens förslag och en röst för Jörgen Marks förslag. Ingen avstod från att rösta.

Miljö- och byggnadsnämnden föreslår kommunfullmäktige att anta taxan för prövning och tillsyn enligt miljöbalken att gälla från den 1 januari 2025 med en timavgift om 1 340 kronor.

Jörgen Mark reserverade sig till förmån för sitt yrkande.

Beslutet skickas till: Kommunfullmäktige

#§ 72    Dnr MBN 2024/117
#Bygglov för nybyggnad av enbostadshus, Stora Åby 4:12
Ansökan om bygglov kom in den 14 augusti 2024. Fastigheten ligger utanför detaljplanelagt område nära väg 50, och Trafikverket har yttrat sig om anslutningen. Bygglovshandläggarens tjänsteskrivelse är daterad 2024-10-02. Grannar har hörts enligt 9 kap. 25 § plan- och bygglagen (2010:900) utan erinran.

Hasse Dahl (C) anmälde jäv och lämnade lokalen under ärendets behandling.

Miljö- och byggnadsnämnden beslutar
- att bevilja bygglov med stöd av 9 kap. 31 § plan- och bygglagen,
- att ta ut en avgift om 24 600 kronor enligt taxan.

Beslutet skickas till: Sökanden, Trafikverket
=
#§ 73    Dnr MBN 2024/95
#Samverkansavtal om tillsyn enligt livsmedelslagstiftningen med Vadstena kommun
Sedan 2019 köper Ödeshögs kommun livsmedelskontroll av Motala kommun enligt ett avtal som nämnden godkände den 12 mars 2019, § 24. Avtalet sägs upp till årsskiftet. Ett samverkansavtal mellan Ödeshögs kommun och Vadstena kommun har tagits fram, enligt vilket Vadstena kommun utför den offentliga kontrollen från den 1 januari 2025. Livsmedelsverket och Länsstyrelsen Östergötland har informerats. Tjänsteskrivelse 2024-10-01.

Ledamoten Anna-Karin Wester (S) yrkade bifall till förvaltningens förslag. Ordföranden ställde proposition och fann att nämnden bifallit yrkandet.

Miljö- och byggnadsnämnden beslutar att godkänna samverkansavtalet mellan Ödeshögs kommun och Vadstena kommun om offentlig kontroll enligt livsmedelslagstiftningen samt att uppdra åt miljö- och byggchefen att teckna avtalet.

Paragrafen justeras omedelbart.

Kerstin Almqvist (S) lämnade för Socialdemokraternas räkning ett särskilt yttrande om personalens övergång, bilaga 2.

Beslutet skickas till: Vadstena kommun, Motala kommun, Livsmedelsverket
"""


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, f"ÖDESHÖGS KOMMUN        SAMMANTRÄDESPROTOKOLL        Sida {self.page_no()} (3)",
                  new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(0, 4, "Miljö- och byggnadsnämnden        2024-10-15", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign .........        Utdragsbestyrkande .........", align="L")


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll miljö- och byggnadsnämnden 2024-10-15")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in ODESHOG.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "odeshog-mbn-2024-10-15-protokoll.pdf"))


# DOCX: Ydre kommun, socialnämnden 2025-01-28, full protocol written in plain Word (no tables).
# "#" = bold paragraph, "  " prefix = indented paragraph.
YDRE: list[str] = [
    "#YDRE KOMMUN",
    "#Socialnämnden – Sammanträdesprotokoll",
    "Sammanträdesdatum: 2025-01-28",
    "Plats och tid: Kommunkontoret, Österbymo, kl. 13.15–16.00",
    "Beslutande: Ulla Kvist (C) ordförande, Sven-Erik Bohm (M) vice ordförande, Karin Eld (S), "
    "Robert Stål (KD), Fredrik Ås (SD), Maja Lind (S) tjg ersättare för Anders Ryd (S) och "
    "Berit Ståhl (C) tjg ersättare för Elsa Wern (C).",
    "Ej tjänstgörande ersättare: Åke Nyman (M).",
    "Övriga: socialchef Petra Borg, ekonom Lina Hjort (§ 2) och nämndsekreterare Anna Frid.",
    "Justerare: Karin Eld (S)",
    "Justeringens plats och tid: Kommunkontoret, Österbymo, tisdagen den 4 februari 2025",
    "Paragrafer: 2–4",
    "",
    "Underskrifter",
    "Sekreterare ……………………………… Anna Frid",
    "Ordförande ……………………………… Ulla Kvist",
    "Justerare ……………………………… Karin Eld",
    "",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagetts genom anslag. Organ: Socialnämnden. "
    "Sammanträdesdatum 2025-01-28. Anslaget sätts upp 2025-02-05 och tas ned 2025-02-27. "
    "Förvaringsplats: Kommunkontoret, Österbymo.",
    "",
    "#§ 2 Internkontrollplan 2025 för socialnämnden",
    "Dnr SN 2024/91",
    "Enligt 6 kap. 6 § kommunallagen (2017:725) ska nämnden se till att den interna kontrollen är "
    "tillräcklig. Kommunstyrelsen antog riktlinjer för intern kontroll den 12 september 2023, § 141. "
    "Ekonomen Lina Hjort presenterade riskanalysen. Förvaltningens tjänsteskrivelse är daterad den "
    "13 januari 2025.",
    "Socialnämnden beslutar att anta internkontrollplan 2025 för socialnämnden.",
    "Beslutet skickas till: Kommunstyrelsen, Revisorerna",
    "",
    "#§ 3 Avtal med Tranås kommun om familjerättsliga tjänster",
    "Dnr SN 2024/104",
    "Ydre kommun köpte fram till årsskiftet familjerättsliga tjänster av Linköpings kommun. Avtalet "
    "upphörde 2024-12-31. Förvaltningen har förhandlat fram ett avtal mellan Ydre kommun och Tranås "
    "kommun för perioden 2025-03-01–2027-02-28. Uppdraget omfattar utredningar enligt 6 kap. "
    "föräldrabalken och medgivandeutredningar, med Socialstyrelsens handbok som grund. "
    "Tjänsteskrivelse från socialchefen, 2025-01-14.",
    "Fredrik Ås (SD) yrkade att avtalstiden skulle begränsas till ett år. Karin Eld (S) yrkade "
    "bifall till förvaltningens förslag. Ordföranden ställde proposition på yrkandena och fann att "
    "nämnden bifallit Karin Elds yrkande.",
    "Socialnämnden beslutar att godkänna avtalet mellan Ydre kommun och Tranås kommun om "
    "familjerättsliga tjänster samt att ge socialchefen i uppdrag att underteckna det.",
    "Fredrik Ås reserverade sig mot beslutet.",
    "Beslutet skickas till: Tranås kommun",
    "",
    "#§ 4 Yttrande över Region Östergötlands förslag till länsgemensam handlingsplan för "
    "suicidprevention 2025–2028",
    "Dnr SN 2024/98 (regionens dnr RS 2024-01122)",
    "Region Östergötland har skickat förslaget på remiss till länets kommuner med sista svarsdag "
    "den 14 februari 2025. Kommunstyrelsen har överlämnat remissen till socialnämnden för "
    "besvarande. Handlingsplanen har tagits fram i samverkan med Polismyndigheten och "
    "Länsstyrelsen Östergötland. Tjänsteskrivelse från socialchefen 2025-01-15 med förslag till "
    "yttrande.",
    "Ordföranden yrkade bifall till förvaltningens förslag. Sven-Erik Bohm (M) yrkade att "
    "yttrandet skulle kompletteras med ett krav på regional finansiering av insatserna. "
    "Votering begärdes och genomfördes. Fyra ledamöter röstade för ordförandens yrkande, två "
    "röstade för Bohms yrkande och en ledamot avstod. Nämnden hade därmed beslutat enligt "
    "ordförandens yrkande.",
    "Socialnämnden beslutar",
    "  att anta förvaltningens förslag till yttrande som nämndens svar till Region Östergötland,",
    "  att omedelbart justera paragrafen.",
    "Sven-Erik Bohm (M) och Robert Stål (KD) reserverade sig mot beslutet.",
    "Ersättaren Åke Nyman (M) lämnade ett ersättaryttrande, som biläggs protokollet.",
    "Beslutet skickas till: Region Östergötland, Kommunstyrelsen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-01-28"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "YDRE KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden\t2025-01-28"
    sec.footer.paragraphs[0].text = "Justerandes sign ……………\tUtdragsbestyrkande ……………"
    for line in YDRE:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("  "):
            p = d.add_paragraph(line.strip())
            p.paragraph_format.left_indent = Pt(18)
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 4, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "ydre-sn-2025-01-28-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
