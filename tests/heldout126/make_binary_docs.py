"""Generate the binary documents of tests/heldout126/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout126/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 10, 2, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 28, 14, 0, 0)

# ---------------------------------------------------------------------------------------------
# Räddningstjänsten Östra Götaland, Direktionen, 2025-09-25 (PDF, full protocol, 3 pages)
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
ROG = """\
#SAMMANTRÄDESPROTOKOLL
Direktionen
Sammanträdesdatum 2025-09-25

Plats och tid: Brandstationen Storgatan, Norrköping, torsdagen den 25 september 2025 kl. 13.15–15.50

#Närvarande
Beslutande: Anders Wästfelt (M), ordförande, Linköping; Sara Höglund (S), 1:e vice ordförande,
Norrköping; Niklas Borg (S), 2:e vice ordförande, Linköping; Eva Rönn (M), Norrköping; Jan-Erik
Frost (C), Söderköping; Malin Segerström (KD), Åtvidaberg; samt Tord Lundqvist (SD), Norrköping,
tjänstgörande ersättare för Mikael Hjort (SD).

Ej tjänstgörande ersättare: Lina Carlsson (V), Linköping; Hampus Åberg (L), Norrköping.

Övriga deltagare: Patrik Ahlqvist, räddningschef; Maria Wennerholm, förbundsjurist, tillika
sekreterare; Johan Dahl, ekonomichef, §§ 33–34.

Justerare: Sara Höglund (S)
Justeringsdag: 2025-10-01, förbundskansliet, Linköping
Paragrafer: 31–34

#ANSLAG/BEVIS
Direktionens protokoll från sammanträdet 2025-09-25 är justerat och anslaget på förbundets digitala
anslagstavla 2025-10-02 till och med 2025-10-24. Protokollet förvaras på förbundskansliet, Linköping.
=
#§ 31    Överenskommelse om samverkan vid olyckor och allvarliga händelser
Dnr RÖG 2025-0142

#Ärendebeskrivning
Räddningstjänsten Östra Götaland och Polisregion Öst har sedan 2020 samverkat på lednings-
platsen i Linköping. Den nya överenskommelsen tecknas med Polisregion Öst. Region Östergötland
ansluter som tredje part i de delar som gäller ambulanssjukvården. Överenskommelsen gäller från
2026-01-01 och ersätter den som direktionen godkände 2020-02-13, § 9.
Räddningschefens tjänsteskrivelse 2025-09-08.

#Direktionens beslut
Direktionen godkänner överenskommelsen och uppdrar åt räddningschefen att underteckna den.

Beslutet skickas till: Polisregion Öst, Region Östergötland

#§ 32    Remiss – Regional risk- och sårbarhetsanalys för Östergötlands län 2025
Dnr RÖG 2025-0098, Länsstyrelsens dnr 450-3321-2025

#Ärendebeskrivning
Länsstyrelsen Östergötland har skickat sin regionala risk- och sårbarhetsanalys på remiss till
kommunerna, räddningstjänsterna och Region Östergötland. Analysen tas fram enligt förordningen
(2022:524) om statliga myndigheters beredskap. Svar senast 2025-10-10.
Förvaltningens tjänsteskrivelse 2025-09-04.

#Yrkanden
Niklas Borg (S) yrkar bifall till förvaltningens förslag till yttrande.
Tord Lundqvist (SD) yrkar att yttrandet kompletteras med ett avsnitt om brandsäkerhet i
fritidshusområden och att det i övrigt avslås.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att direktionen bifallit Niklas Borgs
yrkande. Votering begärs och genomförs med följande propositionsordning: ja för Niklas Borgs
yrkande, nej för Tord Lundqvists yrkande.
Ja: Wästfelt, Höglund, Borg, Rönn, Frost, Segerström
Nej: Lundqvist
Med 6 ja mot 1 nej har direktionen beslutat enligt Niklas Borgs yrkande.

#Direktionens beslut
a) Direktionen antar förvaltningens förslag till yttrande som svar till Länsstyrelsen Östergötland.
b) Yttrandet skickas för kännedom till Linköpings kommun och Norrköpings kommun.

#Reservation
Tord Lundqvist (SD) reserverar sig skriftligt, bilaga 1.

#Särskilt yttrande
Niklas Borg m.fl. (S) lämnar ett särskilt yttrande om bemanningen i Valdemarsvik, bilaga 2.
=
#§ 32 forts.
Beslutet skickas till: Länsstyrelsen Östergötland, Linköpings kommun, Norrköpings kommun

#§ 33    Förlängning av samverkansavtal om räddningsinsatser i gränsområden
Dnr RÖG 2021-0077

#Ärendebeskrivning
Avtalet mellan Räddningstjänsten Östra Götaland, Motala kommun och Finspångs kommun löper ut
2025-12-31. Direktionen godkände avtalet 2021-11-18, § 62. Avtalet innebär att närmaste styrka
larmas oavsett kommungräns. Motala kommun och Finspångs kommun har meddelat att de vill förlänga
det med fyra år på oförändrade villkor. Tjänsteskrivelse 2025-09-03.

#Direktionens beslut
Avtalet om räddningsinsatser i gränsområden förlängs till och med 2029-12-31.

Beslutet skickas till: Motala kommun, Finspångs kommun

#§ 34    Delårsrapport januari–augusti 2025
Dnr RÖG 2025-0005

#Ärendebeskrivning
Delårsrapporten visar ett prognostiserat överskott på 3,4 mnkr för helåret. Förbundets revisorer
granskar rapporten enligt 12 kap. 2 § kommunallagen (2017:725). Ekonomichefens tjänsteskrivelse
2025-09-12.

#Direktionens beslut
1. Direktionen godkänner delårsrapporten januari–augusti 2025.
2. Delårsrapporten överlämnas till medlemskommunernas fullmäktige.
3. Paragrafen justeras omedelbart.

Beslutet skickas till: Linköpings kommun, Norrköpings kommun, Söderköpings kommun, Åtvidabergs
kommun, Kinda kommun, Valdemarsviks kommun

Vid protokollet
Maria Wennerholm

Justeras
Anders Wästfelt            Sara Höglund
"""


class RogPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, "RÄDDNINGSTJÄNSTEN ÖSTRA GÖTALAND – kommunalförbund", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes signatur ........    Sida {self.page_no()} av {{nb}}", align="R")


def make_pdf() -> None:
    pdf = RogPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll direktionen 2025-09-25")
    pdf.set_author("Förbundskansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in ROG.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "rog-direktionen-2025-09-25-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# Höglandsförbundet, Direktionen, 2025-05-22 (DOCX, full protocol)
HF_ATT = [
    ("Namn", "Parti", "Kommun", "Funktion"),
    ("Birgitta Sandell", "S", "Nässjö", "Ordförande"),
    ("Göran Widell", "M", "Vetlanda", "Vice ordförande"),
    ("Henrik Ståhlberg", "KD", "Eksjö", "Ledamot"),
    ("Louise Engdahl", "C", "Aneby", "Ledamot"),
    ("Mattias Rönnqvist", "S", "Tranås", "Ledamot"),
    ("Anneli Kjellgren", "SD", "Sävsjö", "Ledamot"),
    ("Per-Olof Nyman", "L", "Sävsjö", "Ledamot"),
    ("Tobias Fridh", "M", "Nässjö", "Tjänstgörande ersättare för Karin Lövgren (KD)"),
    ("Ulla Sjödahl", "S", "Eksjö", "Ersättare"),
    ("Ronny Åkesson", "SD", "Vetlanda", "Ersättare"),
]

HF_META = [
    ("Tjänstepersoner", "Magnus Hallberg, förbundsdirektör; Sofia Lindqvist, räddningschef; "
     "Jenny Ek, förbundssekreterare"),
    ("Justerare", "Henrik Ståhlberg (KD)"),
    ("Justering", "Förbundskansliet, Eksjö, 2025-05-28"),
    ("Paragrafer", "21–24"),
]

VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Birgitta Sandell (S)", "X", "", ""),
    ("Göran Widell (M)", "X", "", ""),
    ("Henrik Ståhlberg (KD)", "X", "", ""),
    ("Louise Engdahl (C)", "X", "", ""),
    ("Mattias Rönnqvist (S)", "X", "", ""),
    ("Anneli Kjellgren (SD)", "", "X", ""),
    ("Per-Olof Nyman (L)", "", "", "X"),
    ("Tobias Fridh (M)", "X", "", ""),
    ("Summa", "6", "1", "1"),
]

# "#" bold line, "*" bullet, "1" Word numbered list item, "T" the vote table.
HF_BODY = [
    "#§ 21 Remissvar – Promemorian Räddningstjänstens uppgifter under höjd beredskap (Fö2025/00412)",
    "Ärendenummer: HF 2025/118",
    "#Sammanfattning",
    "Försvarsdepartementet har gett Höglandsförbundet tillfälle att yttra sig över promemorian. "
    "Förslagen innebär ändringar i lagen (2003:778) om skydd mot olyckor, bland annat i 3 kap. 16 §, "
    "och bygger på ett underlag från Myndigheten för samhällsskydd och beredskap. Remisstiden går ut "
    "den 16 juni 2025. Räddningschefens tjänsteskrivelse är daterad 2025-05-06.",
    "#Beslut",
    "Direktionen antar förvaltningens förslag till yttrande och överlämnar det till Försvarsdepartementet.",
    "#Särskilt yttrande",
    "Anneli Kjellgren (SD) lämnar ett särskilt yttrande, bilaga 2. Ersättaren Ronny Åkesson (SD) "
    "instämmer i yttrandet.",
    "#Expedieras",
    "Försvarsdepartementet",
    "#§ 22 Handlingsprogram för räddningstjänst och förebyggande verksamhet 2026–2029 – remiss",
    "Ärendenummer: HF 2025/067",
    "#Sammanfattning",
    "Förbundet ska enligt 3 kap. 3 § och 3 kap. 8 § lagen om skydd mot olyckor ha handlingsprogram "
    "som antas för varje mandatperiod. Innan programmet antas ska det remitteras till dem som har ett "
    "väsentligt intresse i saken. Förbundsdirektörens tjänsteskrivelse 2025-04-29.",
    "#Yrkande",
    "Mattias Rönnqvist (S) yrkar som tillägg att förslaget även skickas till pensionärsråden och "
    "råden för funktionshinderfrågor i medlemskommunerna. Ordföranden finner att direktionen bifaller "
    "förvaltningens förslag och tilläggsyrkandet.",
    "#Beslut",
    "*Förslaget till handlingsprogram remitteras till kommunstyrelserna i Aneby, Eksjö, Nässjö, "
    "Sävsjö, Tranås och Vetlanda.",
    "*Förslaget remitteras även till Länsstyrelsen i Jönköpings län, Region Jönköpings län och "
    "Polisregion Öst.",
    "*Förslaget skickas också till pensionärsråden och råden för funktionshinderfrågor i "
    "medlemskommunerna.",
    "*Remissvaren ska ha kommit in senast 2025-09-15.",
    "#Expedieras",
    "Aneby kommun, Eksjö kommun, Nässjö kommun, Sävsjö kommun, Tranås kommun, Vetlanda kommun, "
    "Länsstyrelsen i Jönköpings län, Region Jönköpings län, Polisregion Öst",
    "#§ 23 Samverkansavtal om gemensam ledning av räddningstjänst",
    "Ärendenummer: HF 2024/203",
    "#Sammanfattning",
    "Sedan 2019 har räddningstjänsterna i länet en gemensam ledningsfunktion. Det nya avtalet tecknas "
    "med Jönköpings kommun, som är värdkommun för ledningscentralen, och med Värnamo kommun. Gislaveds "
    "kommun ansluter genom ett eget avtal med Värnamo kommun och är inte part i detta avtal. Avtalet "
    "ersätter det som direktionen godkände 2021-10-14, § 57. Förvaltningens tjänsteskrivelse är daterad "
    "2025-05-02.",
    "#Yrkanden",
    "Göran Widell (M) yrkar bifall till förslaget. Anneli Kjellgren (SD) yrkar avslag med motiveringen "
    "att kostnadsfördelningen missgynnar de mindre kommunerna.",
    "#Omröstning",
    "Omröstning verkställs. Den som bifaller förslaget röstar ja, den som avslår röstar nej. Sex "
    "ledamöter röstar ja, en röstar nej och en avstår från att rösta.",
    "T",
    "#Beslut",
    "Direktionen godkänner samverkansavtalet mellan Höglandsförbundet, Jönköpings kommun och Värnamo "
    "kommun om gemensam ledning av räddningstjänst.",
    "#Reservation",
    "Anneli Kjellgren (SD) reserverar sig till förmån för sitt yrkande.",
    "#Expedieras",
    "Jönköpings kommun, Värnamo kommun",
    "#§ 24 Förlängd avsiktsförklaring med Jönköping University om kompetensförsörjning",
    "Ärendenummer: HF 2022/041",
    "#Sammanfattning",
    "Avsiktsförklaringen mellan Höglandsförbundet och Jönköping University tecknades 2022-09-01 och "
    "gäller praktikplatser för brandingenjörsstudenter och gemensamma övningar. Förbundsdirektören "
    "föreslår att den förlängs i tre år. Tjänsteskrivelse 2025-05-07.",
    "#Beslut",
    "1Direktionen förlänger avsiktsförklaringen med Jönköping University till och med 2028-08-31.",
    "1Förbundsdirektören får i uppdrag att underteckna förlängningen.",
    "Paragrafen förklaras omedelbart justerad.",
    "#Protokollsanteckning",
    "Louise Engdahl (C) får föra till protokollet att fler praktikplatser bör förläggas till de mindre "
    "stationerna.",
    "#Expedieras",
    "Jönköping University",
    "",
    "#Underskrifter",
    "Sekreterare ....................................  Jenny Ek",
    "Ordförande ....................................  Birgitta Sandell",
    "Justerare ....................................  Henrik Ståhlberg",
]


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
    cp.author = "Förbundskansliet"
    cp.title = "Protokoll direktionen 2025-05-22"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Förbundskansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Höglandsförbundet – Direktionen – Protokoll 2025-05-22"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign ____________     Utdragsbestyrkande ____________"
    d.add_paragraph().add_run("PROTOKOLL").bold = True
    d.add_paragraph("Direktionen, Höglandsförbundet")
    d.add_paragraph("Sammanträdesdatum: 2025-05-22, kl. 09.00–12.15, Förbundskansliet, Eksjö")
    d.add_paragraph().add_run("Närvarande").bold = True
    _table(d, HF_ATT)
    d.add_paragraph("")
    _table(d, HF_META)
    for line in HF_BODY:
        if line == "T":
            _table(d, VOTE)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        elif line.startswith("1"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 28, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hoglandsforbundet-direktionen-2025-05-22-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
