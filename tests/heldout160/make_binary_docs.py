"""Generate the binary documents of tests/heldout160/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout160/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 3, 18, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2026, 2, 16, 10, 0, 0)

# PDF mini-markup: "#" bold line, "=" new page, "||left||right" two-column row (the attendance grid).
PERSTORP = """\
#PERSTORPS KOMMUN
#Barn- och utbildningsnämnden – Sammanträdesprotokoll
Datum: 2025-03-12
Tid: kl. 17.00–19.35
Plats: Centrumhuset, sammanträdesrum Oderljunga

||Ledamöter||Ersättare
||Anna-Lena Trulsson (S), ordförande||Rasmus Kjell (S) tjg för Yvonne Berg (S)
||Henrik Mårtensson (M), vice ordförande||Emma Rask (C) tjg för Kent Lilja (L)
||Josef Alm (SD)||Lotta Wendt (M)
||Birgitta Nyhlén (S)||Per Holgersson (SD)
||Fredrik Ohlin (KD)||

||Övriga närvarande||Utses att justera
||Camilla Brandt, förvaltningschef||Josef Alm
||Jakob Nordh, ekonom, § 17||
||Linda Säll, nämndsekreterare||

Justeringens plats och tid: Centrumhuset, Perstorp, 2025-03-17 kl. 15.00
Justerade paragrafer: 17–19

Underskrifter
Sekreterare .......................................... Linda Säll
Ordförande .......................................... Anna-Lena Trulsson
Justerande .......................................... Josef Alm

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens webbplats.
Datum då anslaget sätts upp: 2025-03-18. Datum då anslaget tas ned: 2025-04-09.
Förvaringsplats för protokollet: Centrumhuset, Perstorp.
=
#§ 17  Skolskjutsregler för förskoleklass, grundskola och grundsärskola
BUN 2025/14

#Ärendebeskrivning
Nuvarande regler antogs av barn- och utbildningsnämnden 2021-05-19, § 41. Förvaltningen föreslår i
tjänsteskrivelse 2025-02-24 att avståndsgränsen för elever i årskurs 4–6 sänks från 4 till 3 kilometer
längs vägarna mot Oderljunga och Ljungsjö. Skånetrafiken har tillfrågats om busslinje 516 kan användas
som skolskjuts. Reglerna ska följa 10 kap. 32 § skollagen (2010:800).

#Yrkanden
Anna-Lena Trulsson (S) yrkar bifall till förvaltningens förslag.
Henrik Mårtensson (M) yrkar att avståndsgränsen för årskurs 4–6 behålls.

#Beslutsgång
Ordföranden ställer förslagen mot varandra och finner förvaltningens förslag bifallet. Votering
begärs. Den som vill bifalla förvaltningens förslag röstar ja, den som vill bifalla Mårtenssons
yrkande röstar nej. Med 4 ja-röster mot 2 nej-röster och 1 som avstår bifaller nämnden
förvaltningens förslag.

#Beslut
1. Barn- och utbildningsnämnden antar skolskjutsregler enligt bilaga 1.
2. Reglerna gäller från och med höstterminen 2025.

#Reservation
Henrik Mårtensson (M) och Fredrik Ohlin (KD) reserverar sig till förmån för Mårtenssons yrkande.

#Beslutet skickas till
Skånetrafiken, rektorerna, kommunens webbplats
=
#§ 18  Samverkansavtal om gymnasieutbildning mellan Perstorps kommun och Hässleholms kommun
BUN 2025/9

#Ärendebeskrivning
Perstorps kommun saknar egen gymnasieskola. Elever från Perstorp går främst i Hässleholm, Klippan och
Helsingborg. Ett nytt samverkansavtal med Hässleholms kommun ska gälla 2025-07-01–2029-06-30 och ersätta
avtalet från 2020. Avtalet följer Skånes Kommuners rekommendation om interkommunal ersättning.
Hässleholms kommun behandlade avtalet i sin utbildningsnämnd 2025-02-26. Förvaltningens
tjänsteskrivelse är daterad 2025-02-27.

#Beslut
1. Barn- och utbildningsnämnden godkänner samverkansavtalet med Hässleholms kommun.
2. Förvaltningschefen får i uppdrag att underteckna avtalet.
3. Paragrafen justeras omedelbart.

#Protokollsanteckning
Henrik Mårtensson m.fl. (M) antecknar att samverkan med Klippans kommun bör utredas inför nästa
avtalsperiod.

#Beslutet skickas till
Hässleholms kommun, Kommunstyrelsen
=
#§ 19  Yttrande över remiss från Skolverket – ändrade föreskrifter om nationella prov
BUN 2025/21, Skolverkets dnr 2024:3318

#Ärendebeskrivning
Skolverket har den 30 januari 2025 skickat förslag till ändrade föreskrifter om nationella prov på
remiss till Perstorps kommun. Svar ska ha kommit in senast 2025-03-28. Förslaget innebär att proven i
årskurs 6 genomförs digitalt från 2026. Förvaltningens yttrande framgår av tjänsteskrivelse 2025-03-03.

#Beslut
Barn- och utbildningsnämnden antar förvaltningens yttrande och översänder det till Skolverket.

#Ersättaryttrande
Per Holgersson (SD) framför att skolorna behöver extra stöd för digitala prov och att Perstorps
kommun bör begära medel från staten.

#Beslutet skickas till
Skolverket
"""

OLOF_HEAD = [
    "OLOFSTRÖMS KOMMUN",
    "Socialnämnden",
    "PROTOKOLLSUTDRAG",
]

OLOF_META = [
    "Sammanträdesdatum: 2026-02-10",
    "Plats och tid: Rådhuset, Olofström, sal Jämshög, kl. 13.00–15.45",
    "Beslutande: Monica Strand (S) ordförande, Tobias Berg (M) 1:e vice ordförande, Lena Håkansson (S), "
    "Ronny Björk (SD), Eva-Lotta Friberg (C), Ahmad Saleh (S), Jörgen Ek (SD), Helene Wikström (M) och "
    "Camilla Dahl (S).",
    "Tjänstgörande ersättare: Camilla Dahl (S) ersätter Nils Öberg (S).",
    "Övriga ersättare: Anders Thulin (KD), Sofie Nyman (SD).",
    "Övriga deltagare: Katarina Lövgren, socialchef; Rebecka Alm, utvecklingsledare; "
    "Mikael Sten, nämndsekreterare.",
    "Justerare: Lena Håkansson (S)",
    "Justering: Rådhuset, Olofström, 2026-02-13",
    "Paragrafer: §§ 9–10",
    "Sekreterare ..................................... Mikael Sten",
    "Ordförande ..................................... Monica Strand",
    "Justerare ..................................... Lena Håkansson",
]

# (style, text): "H" bold heading, "L" Word numbered list item, "P" ordinary paragraph.
OLOF_BODY = [
    ("H", "§ 9\tIdéburet offentligt partnerskap med Kvinnojouren Olofström 2026–2028"),
    ("P", "Dnr 2025/SN 0214"),
    ("H", "Sammanfattning av ärendet"),
    ("P", "Socialnämnden föreslås ingå ett idéburet offentligt partnerskap mellan socialnämnden och "
          "Kvinnojouren Olofström om skyddat boende och stödsamtal för våldsutsatta. Partnerskapet "
          "ersätter föreningsbidraget som beviljades 2023-03-14, § 22, och ska gälla 2026-03-01–"
          "2028-12-31. Unizon har lämnat underlag om kvalitetskriterier. Ärendet har beretts med stöd "
          "av 5 kap. 11 § socialtjänstlagen (2001:453). Tjänsteskrivelse 2026-01-22."),
    ("H", "Beslut"),
    ("P", "Socialnämnden beslutar"),
    ("L", "att godkänna partnerskapsavtalet med Kvinnojouren Olofström,"),
    ("L", "att finansiering sker inom nämndens budgetram för 2026,"),
    ("L", "att socialchefen ska redovisa partnerskapet för nämnden senast i december 2026."),
    ("H", "Beslutet skickas till"),
    ("P", "Kvinnojouren Olofström, Ekonomienheten"),
    ("H", "§ 10\tYttrande över motion om feriejobb för unga i familjer med försörjningsstöd"),
    ("P", "Dnr 2025/SN 0188, KS 2025/0451"),
    ("H", "Sammanfattning av ärendet"),
    ("P", "Kommunfullmäktige har 2025-10-27, § 103, remitterat en motion från Ronny Björk (SD) till "
          "socialnämnden för yttrande. Motionen föreslår att unga i familjer med försörjningsstöd ska "
          "få förtursrätt till feriejobb hos Olofströms kommun och hos AB Olofströmshus. Arbetsförmedlingen "
          "har lämnat uppgifter om ungdomsarbetslösheten. Förvaltningen föreslår i tjänsteskrivelse "
          "2026-01-26 att motionen avslås. Yttrandet ska vara kommunstyrelsen till handa senast 2026-02-28."),
    ("H", "Yrkanden"),
    ("P", "Ronny Björk (SD) yrkar att ärendet återremitteras för att förvaltningen ska beräkna kostnaden. "
          "Monica Strand (S) yrkar att ärendet avgörs i dag och bifall till förvaltningens förslag. "
          "Tobias Berg (M) instämmer i Strands yrkande."),
    ("H", "Propositionsordning"),
    ("P", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det "
          "ska avgöras i dag. Omröstning begärs. Ja för att avgöra ärendet i dag, nej för återremiss. "
          "Omröstningen utfaller med 7 ja och 2 nej. Därefter ställer ordföranden förvaltningens förslag "
          "under proposition och finner det bifallet."),
    ("H", "Beslut"),
    ("P", "Socialnämnden föreslår kommunfullmäktige att avslå motionen."),
    ("H", "Reservation"),
    ("P", "Ledamöterna Ronny Björk (SD) och Jörgen Ek (SD) reserverar sig mot beslutet att inte "
          "återremittera ärendet."),
    ("H", "Ersättaryttrande"),
    ("P", "Sofie Nyman (SD) instämmer i Sverigedemokraternas yrkande och anför att feriejobben är "
          "viktiga för unga i Jämshög och Kyrkhult."),
    ("H", "Beslutet skickas till"),
    ("P", "Kommunstyrelsen"),
    ("P", "Rätt utdraget intygar: Mikael Sten, 2026-02-16"),
]


def make_pdf(text: str, name: str, title: str, header: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Protokollsmall BUN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"{header}    Sida {pdf.page_no()} av {{nb}}", new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    pdf.add_page()
    page_header()
    for line in text.splitlines():
        if line == "=":
            pdf.set_font("F", "", 8)
            pdf.cell(0, 5, "Justerandes sign ..........        Utdragsbestyrkande ..........",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            page_header()
            continue
        if line.startswith("||"):
            left, right = line[2:].split("||")
            heading = left in ("Ledamöter", "Övriga närvarande")
            pdf.set_font("F", "B" if heading else "", 10)
            pdf.cell(95, 5.5, left)
            pdf.cell(95, 5.5, right)
            pdf.ln(5.5)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokollsutdrag socialnämnden 2026-02-10"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Olofströms kommun\tSocialnämnden\tProtokollsutdrag 2026-02-10"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ________     Utdragsbestyrkande ________"
    for line in OLOF_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in OLOF_META:
        d.add_paragraph(line)
    for style, line in OLOF_BODY:
        if style == "H":
            d.add_paragraph().add_run(line).bold = True
        elif style == "L":
            d.add_paragraph(line, style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 16, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "olofstrom-sn-2026-02-10-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(PERSTORP, "perstorp-bun-2025-03-12-protokoll.pdf", "Protokoll barn- och utbildningsnämnden 2025-03-12",
             "Perstorps kommun – Barn- och utbildningsnämnden – 2025-03-12")
    make_docx()


if __name__ == "__main__":
    main()
