"""Generate the binary documents of tests/heldout144/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout144/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 10, 21, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 23, 11, 0, 0)
ZIP_TIME = (2025, 5, 23, 11, 0, 0)

# PDF: Strömsunds kommun, barn- och utbildningsnämnden 2025-10-14, full protocol.
# "#" = bold line, "=" = new page, "" = blank line. Every page gets the running header and footer.
STROMSUND_HEADER = "Strömsunds kommun          SAMMANTRÄDESPROTOKOLL          Barn- och utbildningsnämnden 2025-10-14"
STROMSUND = """\
#Tid och plats
Tisdagen den 14 oktober 2025 kl. 13.15–16.05 i Kommunhusets sessionssal, Strömsund

#Beslutande
Eva Granlund (S) ordförande, Jörgen Hed (C) vice ordförande, Lisa Mårtensson (S), Kent Olofsson (S),
Sofia Berglund (M), Jan Lidén (SD) samt Amir Hosseini (V), tjänstgörande ersättare för Britt Wallin (V).

#Ersättare (ej tjänstgörande)
Hanna Persson (S), Ulf Stenberg (KD)

#Övriga närvarande
Lars Öhrn (skolchef), Maria Hed (kommundirektör) § 58, Nils Forsberg (ekonom),
Karin Blom (sekreterare)

#Justerare
Sofia Berglund (M)

#Justeringens plats och tid
Kommunkontoret, Strömsund, måndagen den 20 oktober 2025

#Paragrafer
58–60

#Underskrifter
Sekreterare ......................................... Karin Blom
Ordförande ......................................... Eva Granlund
Justerare ......................................... Sofia Berglund

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.
Anslaget sätts upp 2025-10-21 och tas ned 2025-11-12. Protokollet förvaras på barn- och
utbildningsförvaltningen, Strömsund.
=
#§ 58    Läsårstider 2026/2027
Dnr BUN 2025/00233

#Beslut
Barn- och utbildningsnämnden fastställer läsårstiderna för 2026/2027 enligt bilaga 1.

#Bakgrund
Enligt 3 kap. 3 § skolförordningen (2011:185) ska läsåret ha 178 skoldagar. Höstterminen 2026 börjar
2026-08-19 och vårterminen 2027 slutar 2027-06-11. Läsårstiderna har samordnats med skolskjutsarna
och med Region Jämtland Härjedalen, som ansvarar för den upphandlade linjetrafiken. Kommundirektören
redogjorde för budgetläget inför 2026.

#Beslutsunderlag
Tjänsteskrivelse, skolchefen, 2025-09-22
Förslag till läsårstider, bilaga 1

#Beslutet skickas till
Rektorerna
Region Jämtland Härjedalen

#§ 59    Samverkansavtal om gymnasieutbildning 2026–2029 med Östersunds kommun
Dnr BUN 2025/00198

#Beslut
1. Barn- och utbildningsnämnden godkänner samverkansavtalet mellan Strömsunds kommun och Östersunds
kommun om gymnasieutbildning för perioden 2026-07-01–2029-06-30.
2. Skolchefen får i uppdrag att underteckna avtalet.
3. Paragrafen justeras omedelbart.

#Bakgrund
Strömsunds elever söker sedan 2019 nationella program i Östersund. Det nuvarande avtalet, som
nämnden godkände 2022-05-17, § 41, löper ut 2026-06-30. Avtalet följer Skolverkets riktlinjer för
interkommunal ersättning enligt 16 kap. 50 § skollagen (2010:800). Tjänsteutlåtande 2025-09-25.

#Förslag till beslut på sammanträdet
Eva Granlund (S) yrkar bifall till förvaltningens förslag.

#Beslutet skickas till
Östersunds kommun
Skolchefen
=
#§ 60    Yttrande över motion om gratis frukost i grundskolan
Dnr BUN 2025/00141, KS 2025/00312

#Beslut
Barn- och utbildningsnämnden föreslår kommunfullmäktige att avslå motionen och överlämnar
förvaltningens yttrande till kommunstyrelsen.

#Bakgrund
Elin Sjöberg (SD) m.fl. föreslår i en motion 2025-03-28 att alla grundskoleelever ska erbjudas
frukost. Kommunfullmäktige har 2025-04-23, § 37, remitterat motionen till barn- och
utbildningsnämnden för yttrande senast 2025-11-30. Förvaltningen har räknat med Livsmedelsverkets
råd för måltider i skolan och bedömer kostnaden till 3,4 miljoner kronor per år.
Tjänsteskrivelse daterad 2025-09-30.

#Yrkanden
Jörgen Hed (C) yrkar bifall till förvaltningens förslag.
Jan Lidén (SD) yrkar att nämnden ska tillstyrka motionen.

#Beslutsgång
Ordföranden ställer förvaltningens förslag mot Lidéns yrkande och finner förvaltningens förslag
bifallet. Omröstning begärs och verkställs med ja för förvaltningens förslag och nej för
Lidéns yrkande.
Ja: Eva Granlund, Jörgen Hed, Lisa Mårtensson, Kent Olofsson, Sofia Berglund
Nej: Jan Lidén
Avstår: Amir Hosseini
Nämnden har med 5 ja-röster mot 1 nej-röst, 1 avstår, beslutat enligt förvaltningens förslag.

#Reservation
Jan Lidén (SD) reserverar sig skriftligt, bilaga 2.

#Protokollsanteckning
Amir Hosseini (V) låter anteckna att frågan om skolfrukost bör prövas igen inför budget 2027.

#Beslutet skickas till
Kommunstyrelsen
"""
STROMSUND_FOOTER = "Justerandes sign ..........          Utdragsbestyrkande ..........          Sida {n} av {total}"


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, STROMSUND_HEADER, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, STROMSUND_FOOTER.format(n=self.page_no(), total="{nb}"))


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och utbildningsnämnden 2025-10-14")
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Protokollsmall BUN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in STROMSUND.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "stromsund-bun-2025-10-14-protokoll.pdf"))


# DOCX: Ragunda kommun, bygg- och miljönämnden 2025-05-20, full protocol.
RAG_HEAD = ["RAGUNDA KOMMUN", "Bygg- och miljönämnden", "Sammanträdesprotokoll", "Sammanträdesdatum 2025-05-20"]
RAG_ATT: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Hammarstrand, kl. 09.00–12.15"),
    ("Ledamöter", "Kjell Bodin (C), ordförande\nLinda Hörnsten (S), vice ordförande\nErik Sjödin (S)\n"
     "Tomas Wik (SD)\nAnnika Rudolfsson (M) kl. 09.00–11.00, §§ 31–32\nMaria Sundin (V)\nOlof Ring (KD)"),
    ("Tjänstgörande ersättare", "Göran Alm (SD) för Annika Rudolfsson (M), § 33"),
    ("Ersättare", "Berit Ek (S), Hans Nyberg (C)"),
    ("Tjänstemän", "Sara Lindh, bygg- och miljöchef\nPetter Moberg (Hälsoskydd), miljöinspektör, § 31\n"
     "Jenny Strand, nämndsekreterare"),
    ("Justerare", "Linda Hörnsten"),
    ("Justeringens plats och tid", "Kommunhuset, Hammarstrand, 2025-05-23"),
    ("Paragrafer", "31–33"),
    ("Underskrifter", "Sekreterare ...................... Jenny Strand\n"
     "Ordförande ...................... Kjell Bodin\nJusterare ...................... Linda Hörnsten"),
]
RAG_BODY: list[str] = [
    "#§ 31 Strandskyddsdispens för komplementbyggnad, Stugun 3:47",
    "Dnr BMN 2025/0112",
    "Erik Sjödin (S) anmäler jäv och deltar inte i handläggningen av ärendet.",
    "#Bygg- och miljönämndens beslut",
    "1. Dispens från strandskyddet ges med stöd av 7 kap. 18 b § miljöbalken för uppförande av en "
    "gäststuga om 25 kvadratmeter.",
    "2. Som tomtplats får marken inom 15 meter från bostadshuset tas i anspråk enligt situationsplan.",
    "3. Avgiften för prövningen fastställs till 6 120 kronor.",
    "#Ärendet",
    "Ansökan kom in 2025-03-14. Fastigheten ligger vid Stugusjön inom strandskyddat område. Samråd har skett "
    "med Länsstyrelsen i Jämtlands län, som i ett tidigare ärende 2019-06-12 upphävde strandskyddet för en "
    "närliggande fastighet. Miljöinspektörens tjänsteskrivelse är daterad 2025-05-06.",
    "#Beslutet skickas till",
    "Sökanden",
    "Länsstyrelsen i Jämtlands län",
    "#§ 32 Yttrande över remiss – Förslag till förvaltningsplan för Bottenhavets vattendistrikt 2027–2033",
    "Dnr BMN 2025/0089 (Vattenmyndighetens dnr 537-1450-2025)",
    "#Bygg- och miljönämndens beslut",
    "Bygg- och miljönämnden antar förvaltningens yttrande och överlämnar det som sitt svar till "
    "Vattenmyndigheten Bottenhavet.",
    "Paragrafen justeras omedelbart.",
    "#Ärendet",
    "Vattenmyndigheten Bottenhavet, som finns vid Länsstyrelsen i Västernorrlands län, har skickat förslaget "
    "till förvaltningsplan, åtgärdsprogram och miljökvalitetsnormer på remiss till kommunerna i distriktet. "
    "Samrådstiden löper 2024-11-01–2025-05-31. Yttrandet tar upp Indalsälvens regleringar, där Jämtkraft AB "
    "och Statkraft Sverige AB driver kraftverk, och kommunens tillsyn över enskilda avlopp. "
    "Tjänsteskrivelse 2025-05-08.",
    "#Yrkande",
    "Linda Hörnsten (S) yrkar bifall till förvaltningens förslag till yttrande.",
    "#Protokollsanteckning",
    "Tomas Wik (SD) låter anteckna till protokollet att kraven på fria vandringsvägar inte får äventyra "
    "den lokala elproduktionen.",
    "#Beslutet skickas till",
    "Vattenmyndigheten Bottenhavet",
    "Kommunstyrelsen",
    "#§ 33 Taxa för prövning och tillsyn inom miljöbalkens område 2026",
    "Dnr BMN 2025/0102",
    "#Bygg- och miljönämndens beslut",
    "Bygg- och miljönämnden föreslår kommunfullmäktige besluta",
    "1. att anta taxa för prövning och tillsyn inom miljöbalkens område att gälla från 2026-01-01,",
    "2. att timavgiften fastställs till 1 350 kronor.",
    "För egen del beslutar nämnden",
    "3. att uppdra åt förvaltningen att följa upp taxans utfall till nämndens sammanträde i juni 2026.",
    "#Ärendet",
    "Taxan bygger på Sveriges Kommuner och Regioners underlag för riskbaserad tillsyn. Nuvarande taxa antogs "
    "av kommunfullmäktige 2022-11-28, § 104. Tjänsteskrivelse 2025-05-07.",
    "#Yrkanden",
    "Kjell Bodin (C) yrkar bifall till förvaltningens förslag.",
    "Tomas Wik (SD) yrkar att timavgiften ska vara oförändrad, 1 240 kronor.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag. "
    "Votering begärs. Med fem röster mot två beslutar nämnden enligt förvaltningens förslag.",
    "#Reservation",
    "Tomas Wik (SD) och Göran Alm (SD) reserverar sig mot beslutet till förmån för Wiks yrkande.",
    "#Beslutet skickas till",
    "Kommunfullmäktige",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bygg- och miljöförvaltningen"
    cp.title = "Protokoll bygg- och miljönämnden 2025-05-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Bygg- och miljöförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ragunda kommun\tBygg- och miljönämnden\tSammanträdesprotokoll 2025-05-20"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in RAG_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in RAG_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_page_break()
    for line in RAG_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
        if line == "Kommunstyrelsen":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "ragunda-bmn-2025-05-20-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
