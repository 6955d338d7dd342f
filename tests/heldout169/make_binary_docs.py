# ruff: noqa: E501
"""Generate the binary documents of tests/heldout169/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout169/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 6, 17, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 27, 9, 0, 0)

# PDF mini-markup: "#" bold line, "=" page break (with footer), ">" indented line.
GALLIVARE = """\
#GÄLLIVARE KOMMUN · JIELLEVÁRRE SUOHKAN · JÄLLIVAARAN KUNTA
#Socialnämnden
#SAMMANTRÄDESPROTOKOLL / BEAVDEGIRJI / PÖYTÄKIRJA
Sammanträdesdatum: 2025-06-11
Plats och tid: Kommunhuset, sammanträdesrum Dundret, kl. 08.30–12.15

#Beslutande
>Anna-Karin Sarri (S) – ordförande
>Jonas Kalla (V) – 1:e vice ordförande
>Ulla Poromaa (M) – 2:e vice ordförande
>Sune Unga (S) – ledamot
>Åsa Muotka (C) – ledamot
>Niklas Ojala (SD) – ledamot
>Per-Anders Tuuri (S) – tjg för Lena Blind (S)
#Ersättare, ej tjänstgörande
>Inga-Máret Nutti (V), Göran Alatalo (M)
#Övriga närvarande
>Carina Lahti – socialchef
>Mikael Pirttimaa – enhetschef äldreomsorg, § 58
>Ellen Kitok – samordnare för nationella minoriteter, §§ 58–59
>Therese Lind – nämndsekreterare

Justerare: Åsa Muotka (C)
Justeringens plats och tid: Socialförvaltningen, Gällivare, 2025-06-16
Justerade paragrafer: §§ 58–60

Sekreterare ___________________________ Therese Lind
Ordförande ___________________________ Anna-Karin Sarri
Justerare ___________________________ Åsa Muotka

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ: Socialnämnden.
Sammanträdesdatum 2025-06-11. Datum för anslags uppsättande 2025-06-17, datum för anslags
nedtagande 2025-07-09. Förvaringsplats för protokollet: Socialförvaltningen, Gällivare.
=
#§ 58  Handlingsplan för äldreomsorg på finska, meänkieli och samiska 2026–2027
Doaibmaplána boarrásiidfuolahussii sámegillii / Toimintasuunnitelma vanhustenhoivasta
Dnr SN-2025/214

#Ärendebeskrivning
Gällivare kommun ingår i förvaltningsområdena för finska, meänkieli och samiska. Enligt 18 c §
lagen (2009:724) om nationella minoriteter och minoritetsspråk ska kommunen erbjuda den som begär
det möjlighet att få hela eller delar av den service och omvårdnad som erbjuds inom äldreomsorgen
av personal som behärskar språket. Uppföljningen 2024 visade att 38 brukare efterfrågat omsorg på
finska eller meänkieli och 14 på nordsamiska eller lulesamiska. Förslaget till handlingsplan har
tagits fram efter samråd 2025-04-08 med Gällivare sameförening, Gällivare sverigefinska förening och
Svenska Tornedalingars Riksförbund–Tornionlaaksolaiset. Sametinget och Region Norrbotten har fått
lämna synpunkter. Tjänsteskrivelse från socialchefen daterad 2025-05-21.

#Beslut – Mearrádus – Päätös
Socialnämnden beslutar
1. att anta handlingsplanen för äldreomsorg på finska, meänkieli och samiska 2026–2027,
2. att handlingsplanen följs upp i nämndens verksamhetsberättelse 2026.
Lyhyesti meänkielelä: Lautakunta hyväksyy toimintasuunnitelman.

#Protokollsanteckning
Niklas Ojala (SD) antecknar att handlingsplanen bör kostnadsberäknas.

#Beslutet skickas till
Kommunstyrelsen (för kännedom), Sametinget, enhetschefer inom äldreomsorgen
=
#§ 59  Idéburet offentligt partnerskap mellan socialnämnden och Gällivare sverigefinska förening om träffpunkt för äldre
Dnr SN-2025/188

#Ärendebeskrivning
Gällivare sverigefinska förening driver sedan 2022 träffpunkten Kahvila på Malmberget med
föreningsbidrag. Förvaltningen föreslår att verksamheten i stället regleras i ett idéburet
offentligt partnerskap (IOP) för åren 2025–2027, med ett årligt belopp om 240 000 kronor.
Upphandlingsmyndighetens vägledning om IOP har följts. Tjänsteskrivelse 2025-05-19.

#Yrkanden
Jonas Kalla (V) och Sune Unga (S) yrkar bifall till förvaltningens förslag.

#Beslut – Mearrádus – Päätös
Socialnämnden godkänner partnerskapsöverenskommelsen och uppdrar åt socialchefen att underteckna den.

#Beslutet skickas till
Gällivare sverigefinska förening, ekonomienheten
=
#§ 60  Yttrande över motion om samisktalande personal i hemtjänsten
Dnr SN-2025/097, KS-2025/061

#Ärendebeskrivning
Kommunfullmäktige har 2025-02-24, § 19, remitterat en motion från Sanna Harnesk (C) till
socialnämnden för yttrande. Motionären föreslår att kommunen anställer minst fyra samisktalande
undersköterskor i hemtjänsten. Yttrandet ska vara kommunstyrelsen till handa senast 2025-06-30.
Förvaltningen redovisar i tjänsteskrivelse 2025-05-26 att två av tre utlysta tjänster med krav på
samiska tillsatts genom samarbete med Samernas utbildningscentrum i Jokkmokk.

#Yrkanden
Ordföranden yrkar att nämnden föreslår att motionen anses besvarad.
Åsa Muotka (C) yrkar bifall till motionen.

#Omröstning
Ordföranden ställer yrkandena mot varandra och finner sitt eget yrkande bifallet. Omröstning begärs.
Ja-röst för ordförandens yrkande, nej-röst för Muotkas yrkande.
>Ja: Anna-Karin Sarri, Jonas Kalla, Sune Unga, Niklas Ojala, Per-Anders Tuuri
>Nej: Ulla Poromaa, Åsa Muotka
Nämnden har med 5 röster mot 2 beslutat enligt ordförandens yrkande.

#Beslut – Mearrádus – Päätös
Socialnämnden föreslår kommunfullmäktige att anse motionen besvarad.

#Reservation
Åsa Muotka (C) och Ulla Poromaa (M) reserverar sig till förmån för Muotkas yrkande.

#Särskilt yttrande
Jonas Kalla (V) lämnar ett särskilt yttrande om att rekryteringen måste ske i samverkan med
Sameskolstyrelsen och Arbetsförmedlingen.
Ersättaren Inga-Máret Nutti (V) instämmer i Kallas särskilda yttrande.

#Beslutet skickas till
Kommunstyrelsen, motionären
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2025-06-11")
    pdf.set_author("Socialförvaltningen")
    pdf.set_creator("Protokollsmall SN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Gällivare kommun – Socialnämnden – Sammanträdesprotokoll 2025-06-11 – Sida {pdf.page_no()} ({{nb}})",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes sign ______   Utdragsbestyrkande ______",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in GALLIVARE.splitlines():
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
    pdf.output(str(DOCS / "gallivare-sn-2025-06-11-protokoll.pdf"))


BOTKYRKA_HEAD = [
    "#Botkyrka kommun · Botkyrkan kunta",
    "#Kultur- och fritidsnämnden · Kulttuuri- ja vapaa-aikalautakunta",
    "#PROTOKOLLSUTDRAG · PÖYTÄKIRJANOTE",
    "Sammanträde 2025-03-25, kl. 18.00–20.40, Tumba, kommunalhuset, sal Storvreten",
]

BOTKYRKA_TABLE = [
    ("Närvarande", "", ""),
    ("Ledamöter", "Gunilla Sjöholm (S)", "ordförande"),
    ("", "Ahmet Yilmaz (M)", "vice ordförande"),
    ("", "Raili Kangas (S)", ""),
    ("", "Oscar Lindqvist (KD)", ""),
    ("", "Hodan Warsame (V)", ""),
    ("", "Timo Salminen (SD)", ""),
    ("Tjänstgörande ersättare", "Sirpa Mäkelä (S)", "för Anders Hägg (S)"),
    ("Ersättare", "Jussi Koskinen (MP)", ""),
    ("Tjänstemän", "Marja Holmström", "kultur- och fritidsdirektör"),
    ("", "Karin Öberg", "strateg för nationella minoriteter"),
    ("", "Leo Paananen", "nämndsekreterare"),
    ("Justerare", "Raili Kangas (S)", "2025-03-31, digital justering"),
]

BOTKYRKA_BODY = [
    "Underskrifter: Sekreterare Leo Paananen · Ordförande Gunilla Sjöholm · Justerare Raili Kangas",
    "Paragrafer i utdraget: § 33",
    "#§ 33   Svar på remiss från Länsstyrelsen i Stockholms län om kommunernas arbete med finskt förvaltningsområde",
    "Vastaus Tukholman läänin lääninhallituksen lausuntopyyntöön",
    "Diarienummer: KOF/2025:61",
    "#Sammanfattning",
    "Länsstyrelsen i Stockholms län, som tillsammans med Sametinget följer upp lagen (2009:724) om nationella "
    "minoriteter och minoritetsspråk, har i en remiss 2025-01-29 (länsstyrelsens dnr 8624-3107-2025) bett Botkyrka "
    "kommun svara på frågor om hur kommunen arbetar med det finska förvaltningsområdet. Kommunstyrelsen har "
    "lämnat remissen till kultur- och fritidsnämnden för besvarande. Svaret ska ha kommit in senast 2025-04-11.",
    "@SUMMARY",
    "I förslaget till svar redovisas att biblioteken i Tumba och Alby har finskspråkiga samlingar, att "
    "Botkyrka sverigefinska förening och Sverigefinska Riksförbundet deltar i det samråd som hålls fyra gånger "
    "per år, och att kulturskolan erbjuder sång och musik på finska i samarbete med Finlandsinstitutet. "
    "Förvaltningens tjänsteskrivelse är daterad 2025-03-04. Kommunfullmäktiges riktlinjer för "
    "minoritetspolitiken (2022-09-29, § 118) ligger till grund för svaret.",
    "#Yrkanden",
    "Ordföranden yrkar bifall till förvaltningens förslag. Oscar Lindqvist (KD) och Ahmet Yilmaz (M) "
    "yrkar att svaret kompletteras med en redovisning av kostnaderna. Timo Salminen (SD) yrkar avslag "
    "till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer först proposition på förvaltningens förslag mot avslag och finner bifall. "
    "Därefter ställer ordföranden proposition på kompletteringsyrkandet och finner att det avslås. "
    "Ingen omröstning är begärd.",
    "#Beslut · Päätös",
    "Kultur- och fritidsnämnden beslutar",
    "– att anta förvaltningens förslag till svar som nämndens eget,",
    "– att skicka svaret till Länsstyrelsen i Stockholms län,",
    "– att förklara paragrafen omedelbart justerad.",
    "#Reservationer",
    "Mot beslutet reserverar sig Timo Salminen (SD) till förmån för sitt avslagsyrkande, och "
    "Oscar Lindqvist (KD) till förmån för kompletteringsyrkandet.",
    "#Ersättaryttrande",
    "Jussi Koskinen (MP) anför att samrådet bör få ett eget budgetanslag.",
    "#Expedieras",
    "Länsstyrelsen i Stockholms län, Sametinget (för kännedom), kommunstyrelsen",
    "",
    "Rätt utdraget intygar: Leo Paananen, nämndsekreterare, 2025-04-01",
]

SUMMARY_TABLE = [
    ("Sammanfattning på svenska", "Tiivistelmä suomeksi"),
    ("Nämnden svarar att arbetet med finska fungerar väl men att samrådet behöver utvecklas.",
     "Lautakunta vastaa, että suomen kielen työ toimii hyvin. Botkyrkan kunta kehittää kuulemista "
     "yhdessä Ruotsinsuomalaisten keskusliiton kanssa."),
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]], bold_first_col: bool) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j, (cell, value) in enumerate(zip(cells, row, strict=False)):
            cell.text = value
            if value and ((bold_first_col and j == 0) or (not bold_first_col and i == 0)):
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kultur- och fritidsförvaltningen"
    cp.title = "Protokollsutdrag kultur- och fritidsnämnden 2025-03-25"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kultur- och fritidsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "BOTKYRKA KOMMUN   Kultur- och fritidsnämnden   Protokollsutdrag 2025-03-25"
    d.sections[0].footer.paragraphs[0].text = "Ordförandes sign ______   Justerandes sign ______   Utdragsbestyrkande ______"

    def para(line: str) -> None:
        if line == "@SUMMARY":
            add_table(d, SUMMARY_TABLE, bold_first_col=False)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in BOTKYRKA_HEAD:
        para(line)
    add_table(d, BOTKYRKA_TABLE, bold_first_col=True)
    for line in BOTKYRKA_BODY:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 27, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "botkyrka-kfn-2025-03-25-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
