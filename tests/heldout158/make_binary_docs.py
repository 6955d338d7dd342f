# ruff: noqa: E501
"""Generate the binary documents of tests/heldout158/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout158/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 2, 27, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2026, 3, 20, 14, 0, 0)

HEADER = "Lindesbergs kommun      Socialnämnden      SAMMANTRÄDESPROTOKOLL 2024-02-20"

# Lines starting with "#" are bold, "=" starts a new page, "|" is a table row (cells split on "|").
LINDESBERG = """\
#SAMMANTRÄDESPROTOKOLL
#Socialnämnden
Datum: tisdagen den 20 februari 2024
Tid: 13.15–16.00, ajournering 14.40–14.55
Plats: Kommunhuset, sammanträdesrum Linden, Lindesberg

Beslutande: se närvaro- och omröstningsbilaga, bilaga 1

Övriga: Karin Thörnqvist, socialchef
        Fredrik Alm, enhetschef individ- och familjeomsorg, § 12
        Sara Björkegren, nämndsekreterare

Utses att justera: Lars Hedenström (C)
Justeringens plats och tid: Kommunhuset, 2024-02-26 kl. 10.00
Paragrafer: §§ 12–14

Sekreterare ............................................
            Sara Björkegren
Ordförande ............................................
            Anna-Karin Holm
Justerande ............................................
            Lars Hedenström

#BEVIS
Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.
Organ: Socialnämnden   Sammanträdesdatum: 2024-02-20
Anslaget sätts upp: 2024-02-27   Anslaget tas ned: 2024-03-20
Förvaringsplats för protokollet: Kommunhuset, Lindesberg
=
#SN § 12   Överenskommelse om samverkan för barn och unga i behov av samordnade insatser
Dnr SN 2023/0412

#Beslut
Socialnämnden godkänner överenskommelsen mellan Lindesbergs kommun och Region Örebro län om samverkan för barn och unga i behov av samordnade insatser. Paragrafen justeras omedelbart.

#Bakgrund
Överenskommelsen ersätter den tidigare överenskommelsen från 2019-05-02 och har tagits fram inom Närvårdssamverkan Norra Örebro län. Den bygger på 5 kap. 1 d § socialtjänstlagen (2001:453) och gäller från 2024-04-01. Utbildningsnämnden ska fatta motsvarande beslut 2024-03-12.

#Beslutsunderlag
Socialförvaltningens tjänsteskrivelse, 2024-01-30
Överenskommelse, version 2023-12-14

#Beslutet ska skickas till
Region Örebro län, Utbildningsnämnden
=
#SN § 13   Remiss – Betänkandet En ny socialtjänstlag (SOU 2020:47), uppföljande frågor
Dnr SN 2023/0398, S2023/03127

#Beslut
1. Socialnämnden antar socialförvaltningens förslag till yttrande som sitt eget.
2. Yttrandet överlämnas till Socialdepartementet.

#Bakgrund
Socialdepartementet har skickat uppföljande frågor om betänkandet på remiss till ett urval kommuner, däribland Lindesbergs kommun. Remisstiden går ut 2024-03-01. Sveriges Kommuner och Regioner lämnar ett eget svar. Ärendet har beretts i socialnämndens arbetsutskott 2024-02-06, § 8.

#Beslutsunderlag
Tjänsteskrivelse, 2024-02-01

#Jäv
Peter Lind (SD) anmäler jäv och deltar inte i handläggningen av ärendet.

#Beslutet ska skickas till
Socialdepartementet

=
#SN § 14   Svar på motion om fler platser på kommunens boende för ensamkommande, Ljusnarsberg-modellen
Dnr SN 2023/0277

#Beslut
Socialnämnden föreslår kommunfullmäktige att avslå motionen.

#Bakgrund
Maria Sundin (V) har i motion till kommunfullmäktige 2023-09-25 föreslagit att kommunen bygger ut boendeplatserna efter modell från Ljusnarsbergs kommun. Kommunfullmäktige har remitterat motionen till socialnämnden för yttrande senast 2024-03-31. Lindesbergsbostäder AB har inga lediga lokaler.

#Beslutsunderlag
Socialförvaltningens tjänsteskrivelse, 2024-01-29
Motion, 2023-09-25

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Ledamoten Maria Sundin (V) yrkar bifall till motionen.

#Beslutsgång
Ordföranden ställer yrkandena mot varandra och finner att förvaltningens förslag vinner.
Omröstning begärs. Den som röstar för förvaltningens förslag röstar ja, den som röstar för Maria Sundins yrkande röstar nej. Omröstningen utfaller med nio ja-röster mot två nej-röster, se bilaga 1. Socialnämnden har därmed beslutat enligt förvaltningens förslag.

#Reservation
Maria Sundin (V) och Tommy Ekh (V) reserverar sig mot beslutet till förmån för bifall till motionen.

#Särskilt yttrande
Ulrika Berg (L) lämnar särskilt yttrande enligt bilaga 2.

#Beslutet ska skickas till
Kommunfullmäktige
=
#Bilaga 1  Närvaro- och omröstningslista, socialnämnden 2024-02-20
|Ledamot|Parti|Närv.|Tjänstgörande ersättare|§ 14 Ja|Nej
|Anna-Karin Holm, ordf.|S|X||X|
|Mikael Nordin, 1:e vice ordf.|M|X||X|
|Lars Hedenström, 2:e vice ordf.|C|X||X|
|Agneta Ödman|S|X||X|
|Ronny Falk|S|-|Gunilla Ryd (S)|X|
|Peter Lind|SD|X||X|
|Maria Sundin|V|X|||X
|Tommy Ekh|V|X|||X
|Ulrika Berg|L|X||X|
|Bengt Ask|KD|-|Eva Dahlin (KD)|X|
|Sofie Grahn|SD|X||X|
|Summa||||9|2

Ej tjänstgörande ersättare: Hans Wiklund (S), Leila Nasser (M), Ove Rydén (SD)
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2024-02-20")
    pdf.set_author("Socialförvaltningen")
    pdf.set_creator("Ciceron Dokument")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    page = [0]

    def header() -> None:
        page[0] += 1
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, HEADER + f"      Sida {page[0]} (5)", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.add_page()
    header()
    widths = [52, 14, 14, 46, 16, 14]
    for line in LINDESBERG.splitlines():
        if line == "=":
            pdf.set_font("F", "", 8)
            pdf.cell(0, 6, "Justerandes sign: ..........   Utdragsbestyrkande: ..........", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            header()
            continue
        if line.startswith("|"):
            pdf.set_font("F", "", 9)
            for w, cell in zip(widths, line[1:].split("|"), strict=False):
                pdf.cell(w, 6, cell, border=1)
            pdf.ln(6)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "lindesberg-sn-2024-02-20-protokoll.pdf"))


VAX_HEAD = [
    "VAXHOLMS STAD",
    "Socialnämnden",
    "PROTOKOLLSUTDRAG",
    "Sammanträdesdatum 2026-03-17",
]

VAX_BODY = [
    "Närvarande: Samtliga ordinarie ledamöter utom Gunnar Sahlin (M) och Ebba Karlström (S), som ersattes av "
    "Lotta Frid (M) respektive Olle Jansson (S). Ordförande var Katarina Lund (M), vice ordförande "
    "Tomas Nordqvist (S). Protokollet justerades av Tomas Nordqvist.",
    "",
    "#§ 21   Avtal om köp av plats på korttidsboende för barn och unga med funktionsnedsättning",
    "Diarienummer SOCN 2026/14",
    "#Socialnämndens beslut",
    "Socialnämnden beslutar",
    "att godkänna avtalet mellan Vaxholms stad och Österåkers kommun om köp av två platser på "
    "korttidsboendet Solbacka,",
    "att uppdra åt socialchefen att underteckna avtalet, samt",
    "att avtalet ska utvärderas senast i december 2027.",
    "#Sammanfattning",
    "Vaxholms stad saknar egen verksamhet för korttidsvistelse enligt 9 § 6 lagen (1993:387) om stöd och "
    "service till vissa funktionshindrade. Sedan 2021 köps platser av Norrtälje kommun, ett avtal som "
    "sägs upp till 2026-06-30. Inspektionen för vård och omsorg har godkänt Solbackas tillstånd. "
    "Kostnaden beräknas till 2,9 mnkr per år och ryms i budget 2026, som kommunfullmäktige antog 2025-11-24.",
    "#Beslutsunderlag",
    "Tjänsteutlåtande från socialförvaltningen 2026-02-27",
    "Avtalsförslag 2026-02-16",
    "#Yrkanden",
    "Katarina Lund (M) yrkar bifall till förvaltningens förslag. Tomas Nordqvist (S) och Elsa Brunnberg (V) "
    "yrkar bifall med ändringen att avtalet ska utvärderas redan i december 2026.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på förvaltningens förslag mot ändringsyrkandet och finner förvaltningens "
    "förslag bifallet. Votering begärs och genomförs enligt nedan.",
]

VAX_VOTE = [
    ("Namn", "Ja", "Nej", "Avstår"),
    ("Katarina Lund (M)", "X", "", ""),
    ("Tomas Nordqvist (S)", "", "X", ""),
    ("Lotta Frid (M)", "X", "", ""),
    ("Olle Jansson (S)", "", "X", ""),
    ("Per-Ola Stenbäck (L)", "X", "", ""),
    ("Elsa Brunnberg (V)", "", "X", ""),
    ("Karin Wiik (Vaxholmspartiet)", "X", "", ""),
    ("Resultat", "4", "3", "0"),
]

VAX_TAIL = [
    "Socialnämnden har beslutat enligt förvaltningens förslag.",
    "#Reservationer",
    "Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet.",
    "#Ersättaryttrande",
    "Ersättaren Mira Holmgren (MP) instämmer i reservationen och lämnar ett ersättaryttrande om behovet "
    "av en egen verksamhet i Vaxholm.",
    "#Beslutet expedieras till",
    "Österåkers kommun, Norrtälje kommun, socialchefen, akten",
    "",
    "Vid protokollet: Maja Ekdahl, nämndsekreterare",
    "Justerat 2026-03-20: Katarina Lund, Tomas Nordqvist",
    "Utdragsbestyrkande: Maja Ekdahl",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Vaxholms stad"
    cp.title = "Protokollsutdrag socialnämnden 2026-03-17 § 21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Vaxholms stad"
    cp.revision = 1
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Vaxholms stad – Socialnämnden – Protokollsutdrag 2026-03-17"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur            Utdragsbestyrkande"
    for line in VAX_HEAD:
        d.add_paragraph().add_run(line).bold = True

    def body(lines: list[str]) -> None:
        for line in lines:
            if line.startswith("#"):
                d.add_paragraph().add_run(line[1:]).bold = True
            else:
                d.add_paragraph(line)

    body(VAX_BODY)
    table = d.add_table(rows=0, cols=4)
    for row in VAX_VOTE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
    body(VAX_TAIL)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 20, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "vaxholm-sn-2026-03-17-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
