# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout116/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout116/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 2, 24, 15, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 19, 11, 0, 0)
DOCX_ZIP_TIME = (2024, 11, 19, 11, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Upplands Väsby kommun, Social- och äldrenämnden 2025-02-18, full protocol.
#
# Markup, one item per line:
#   "=" new page; "" small gap; "#text" bold line;
#   "L|label|value" label column + value column (value may wrap; label may be empty);
#   "P|§ 9|title" paragraph heading: number in the margin, bold title beside it;
#   anything else: a body line in the text column.
# ---------------------------------------------------------------------------------------------
UV = """\
L|Plats och tid|Kommunhuset, sammanträdesrum Runby, Dragonvägen 86, tisdagen den 18 februari 2025 kl. 18.30–20.40

L|Beslutande|Ledamöter: Karin Ödman (M), ordförande; Stefan Wahlgren (L), 1:e vice ordförande; Anneli Rask (S), 2:e vice ordförande; Per Holmgren (M); Nadia Karimi (KD); Björn Elfving (C); Marie Sandell (S); Ahmed Yusuf (S); Tove Lundell (V); Kristoffer Öhrn (SD)
L||Tjänstgörande ersättare: Lars Kjellin (M) ersätter Gunilla Bergh (M)

L|Övriga närvarande|Ersättare: Sofia Brännström (L), Mattias Roos (S), Eva-Britt Janér (SD)
L||Tjänstepersoner: Helene Strand, förvaltningschef; Jonas Widén, verksamhetschef äldreomsorg, § 10; Maria Kvist, controller, § 9; Lina Ekvall, nämndsekreterare

L|Utses att justera|Anneli Rask (S)
L|Justeringens plats och tid|Kommunhuset, måndagen den 24 februari 2025 kl. 15.00
L|Paragrafer|§§ 9–12


L|Underskrifter|Sekreterare   ..........................................................
L||                      Lina Ekvall

L||Ordförande     ..........................................................
L||                      Karin Ödman

L||Justerare       ..........................................................
L||                      Anneli Rask


#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
L|Organ|Social- och äldrenämnden
L|Sammanträdesdatum|2025-02-18
L|Anslaget sätts upp|2025-02-25
L|Anslaget tas ned|2025-03-19
L|Förvaringsplats|Kommunhuset, Upplands Väsby
L|Underskrift|..........................................................   Lina Ekvall
=
P|§ 9|Verksamhetsberättelse 2024 för social- och äldrenämnden
Dnr SÄN 2025/0031

#Beslut
1. Social- och äldrenämnden godkänner verksamhetsberättelsen för 2024.
2. Nämnden överlämnar verksamhetsberättelsen till kommunstyrelsen som underlag för kommunens årsredovisning.

#Sammanfattning
Nämnden redovisar för 2024 ett underskott om 4,2 miljoner kronor mot budget. Underskottet beror främst på ökade kostnader för placeringar av barn och unga enligt lagen (1990:52) med särskilda bestämmelser om vård av unga och på fler beviljade timmar i hemtjänsten. Kommunstyrelsen beslutade 2024-10-07, § 148, om anvisningar för årsbokslutet. IVO (Inspektionen för vård och omsorg) har under året genomfört två tillsyner inom särskilt boende.

#Beslutsunderlag
- Förvaltningens tjänsteskrivelse 2025-02-03
- Verksamhetsberättelse 2024, daterad 2025-01-31

#Protokollsanteckning
Tove Lundell (V) får följande antecknat till protokollet: ”Underskottet inom placeringarna visar att det förebyggande arbetet behöver mer resurser. Vänsterpartiet kommer att återkomma i budgetarbetet.”

#Beslutet skickas till
Kommunstyrelsen
Revisorerna


P|§ 10|Remissvar – Regionalt program för äldres hälsa i Stockholms län 2025–2030
Dnr SÄN 2024/0219

#Beslut
1. Social- och äldrenämnden antar förvaltningens förslag till yttrande och överlämnar det till Region Stockholm.
2. Paragrafen justeras omedelbart.

#Ärendet
Region Stockholm skickade 2024-11-28 förslaget till regionalt program på remiss till länets kommuner (regionens dnr RS 2024-0815). Kommunstyrelsen har 2024-12-16 överlämnat remissen till social- och äldrenämnden för beredning och svar. Svaret ska ha kommit in senast 2025-02-28. Storsthlm samordnar kommunernas synpunkter inför regionens fortsatta arbete. Förslaget till yttrande är daterat 2025-02-04 och förvaltningens tjänsteskrivelse 2025-02-05.

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Anneli Rask (S) yrkar att yttrandet kompletteras med ett avsnitt om bemanning och kontinuitet i hemtjänsten.
Stefan Wahlgren (L) yrkar avslag på Anneli Rasks tilläggsyrkande.

#Beslutsgång
Ordföranden ställer först proposition på förvaltningens förslag och finner att nämnden bifallit det. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner att nämnden avslagit det.

#Beslutet skickas till
Region Stockholm
Kommunstyrelsen


P|§ 11|Samverkansavtal med Sollentuna kommun om nattlig hemtjänst
Dnr SÄN 2024/0187

#Beslut
Social- och äldrenämnden godkänner samverkansavtalet mellan Upplands Väsby kommun och Sollentuna kommun om nattlig hemtjänst för perioden 2025-04-01–2027-03-31.

#Ärendet
Sedan 2019 köper kommunen nattpatrull av en privat utförare, och det avtalet löper ut 2025-03-31. Sollentuna kommun har erbjudit sig att utföra nattinsatserna i båda kommunerna från en gemensam bas i Rotebro. Sigtuna kommun har tackat nej till att delta. Kostnaden beräknas till 6,1 miljoner kronor per år. Förvaltningens tjänsteskrivelse är daterad 2025-01-30 och förslaget till samverkansavtal 2025-01-22.

#Särskilt yttrande
Björn Elfving (C) lämnar ett särskilt yttrande: ”Centerpartiet står bakom avtalet men vill att brukarnas upplevelse av nattinsatserna följs upp efter ett år.” Ersättaren Sofia Brännström (L) ansluter sig till yttrandet.

#Beslutet skickas till
Sollentuna kommun


P|§ 12|Yttrande över motion om avgiftsfria trygghetslarm för personer över 80 år
Dnr SÄN 2024/0203, KS 2024/0611

#Beslut
Social- och äldrenämnden lämnar förvaltningens yttrande som sitt svar till kommunstyrelsen och föreslår att motionen avslås.

#Ärendet
Kristoffer Öhrn (SD) föreslår i en motion, inkommen 2024-09-23, att trygghetslarm ska vara avgiftsfria för personer som fyllt 80 år. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2024-10-14, § 97, och kommunstyrelsen har i sin tur remitterat den till social- och äldrenämnden för yttrande senast 2025-03-01. Avgiften är i dag 260 kronor per månad enligt den taxa som kommunfullmäktige fastställde 2023-11-13, § 118. Förvaltningens tjänsteskrivelse 2025-01-28.

#Yrkanden
Karin Ödman (M) yrkar bifall till förvaltningens förslag.
Kristoffer Öhrn (SD) yrkar att nämnden föreslår att motionen bifalls. Anneli Rask (S) och Tove Lundell (V) instämmer i Kristoffer Öhrns yrkande.

#Omröstning
Omröstning begärs. Nämnden godkänner följande propositionsordning: ja-röst för ordförandens yrkande, nej-röst för Kristoffer Öhrns yrkande. Efter genomförd omröstning har 6 ledamöter röstat ja och 5 ledamöter röstat nej. Social- och äldrenämnden har alltså beslutat enligt ordförandens yrkande.

#Reservationer
Kristoffer Öhrn (SD) reserverar sig till förmån för eget yrkande. Socialdemokraterna, genom Anneli Rask (S), Marie Sandell (S) och Ahmed Yusuf (S), reserverar sig mot beslutet.

#Beslutet skickas till
Kommunstyrelsen
"""


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.set_xy(20, 10)
        self.cell(60, 4.5, "UPPLANDS VÄSBY KOMMUN")
        self.cell(70, 4.5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("F", "", 9)
        self.cell(40, 4.5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(20, 14.5)
        self.cell(60, 4.5, "Social- och äldrenämnden")
        self.cell(70, 4.5, "Sammanträdesdatum 2025-02-18")
        self.line(20, 20, 190, 20)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-16)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("F", "", 8)
        self.set_x(20)
        self.cell(100, 5, "Justerandes signatur   ________   ________")
        self.cell(70, 5, "Utdragsbestyrkande   ________", align="R")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll social- och äldrenämnden 2025-02-18")
    pdf.set_author("Social- och äldrenämnden")
    pdf.set_creator("Protokollsmall SÄN")
    pdf.set_producer("fpdf2")
    pdf.set_margins(20, 26, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    label_w = 46
    text_x = 40
    for line in UV.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line == "":
            pdf.ln(2.5)
            continue
        if line.startswith("L|"):
            _, label, value = line.split("|", 2)
            y = pdf.get_y()
            pdf.set_font("F", "B", 9)
            pdf.set_xy(20, y)
            pdf.multi_cell(label_w, 5, label if label else " ", new_x="RIGHT", new_y="TOP")
            label_bottom = pdf.get_y()
            pdf.set_font("F", "", 10)
            pdf.set_xy(20 + label_w, y)
            pdf.multi_cell(170 - label_w, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), label_bottom))
            continue
        if line.startswith("P|"):
            _, number, title = line.split("|", 2)
            pdf.ln(1)
            y = pdf.get_y()
            pdf.set_font("F", "B", 12)
            pdf.set_xy(20, y)
            pdf.cell(text_x - 22, 6, number)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(190 - text_x, 6, title, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_x(text_x)
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(190 - text_x, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(190 - text_x, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "upplandsvasby-san-2025-02-18-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Surahammars kommun, Barn- och utbildningsnämnden 2024-11-13, full protocol.
# "#" = bold heading paragraph, "*" = Word "List Number" item, "!" = page break,
# "VOTE" = the vote table of § 72, "SIGN" = the signature table.
# ---------------------------------------------------------------------------------------------
SU_HEAD = ["SURAHAMMARS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Barn- och utbildningsnämnden",
           "Sammanträdesdatum 2024-11-13"]
SU_BODY: list[str] = [
    "Plats och tid: Kommunhuset, Surahammar, sammanträdesrummet Bruket, kl. 13.30–16.05",
    "#Närvarande ledamöter",
    "Eva Lindholm (S) ordförande",
    "Thomas Kjell (C) vice ordförande",
    "Mona Sjögren (S)",
    "Bengt Rask (S)",
    "Lisa Nordqvist (V)",
    "Olle Bergkvist (M)",
    "Anders Ek (L)",
    "#Tjänstgörande ersättare",
    "Anna Vikberg (S) istf Göran Hult (S)",
    "Kent Strand (SD) istf Maja Persson (SD)",
    "#Ersättare",
    "Leif Åström (C)",
    "Jessica Holm (S)",
    "#Tjänstemän",
    "Birgitta Sundell, skolchef",
    "Fredrik Ros, ekonom, § 71",
    "Pernilla Ek, nämndsekreterare",
    "#Utses att justera",
    "Olle Bergkvist (M)",
    "#Justeringens plats och tid",
    "Kommunhuset, tisdagen den 19 november 2024 kl. 10.00",
    "#Paragrafer",
    "71–73",
    "!",
    "#§ 71 Ekonomisk uppföljning per den 31 oktober 2024",
    "Dnr BUN 2024/12",
    "#Beslut",
    "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per den 31 oktober 2024.",
    "#Ärendebeskrivning",
    "Nämnden prognostiserar ett underskott om 2,3 miljoner kronor för 2024. Underskottet beror på fler "
    "elever i behov av tilläggsbelopp och på att Skolverkets statsbidrag för likvärdig skola har minskat. "
    "Kommunfullmäktige fastställde nämndens budgetram 2023-11-27, § 98. Skolchefens tjänsteskrivelse är "
    "daterad 2024-11-05.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 72 Revidering av riktlinjer för skolskjuts",
    "Dnr BUN 2024/58",
    "#Beslut",
    "1. Barn- och utbildningsnämnden antar reviderade riktlinjer för skolskjuts att gälla från och med "
    "2025-01-01.",
    "2. Riktlinjer för skolskjuts, antagna 2019-05-15, § 34, upphör att gälla samma dag.",
    "#Ärendebeskrivning",
    "Rätten till skolskjuts regleras i 10 kap. 32 § skollagen (2010:800). De reviderade riktlinjerna "
    "behåller avståndsgränserna men förtydligar vad som gäller vid växelvis boende och vid trafikfarliga "
    "vägar. Skolskjutsen körs av Bergkvarabuss AB enligt ett avtal som löper till och med 2026-06-30. "
    "Tjänsteskrivelse 2024-10-29.",
    "#Yrkanden",
    "Ordföranden Eva Lindholm (S) yrkar bifall till förvaltningens förslag.",
    "Olle Bergkvist (M) yrkar att avståndsgränsen för årskurs 4–6 sänks från 4 till 3 kilometer. "
    "Kent Strand (SD) och Anders Ek (L) instämmer i Olle Bergkvists yrkande.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på förvaltningens förslag mot Olle Bergkvists yrkande och finner att "
    "nämnden bifaller förvaltningens förslag. Omröstning begärs och verkställs enligt nedanstående lista. "
    "Ja-röst för förvaltningens förslag, nej-röst för Olle Bergkvists yrkande.",
    "VOTE",
    "Nämnden har med 5 ja-röster mot 3 nej-röster beslutat enligt förvaltningens förslag. 1 ledamot avstod.",
    "#Reservation",
    "Olle Bergkvist (M), Kent Strand (SD) och Anders Ek (L) reserverar sig mot beslutet till förmån för "
    "Olle Bergkvists yrkande.",
    "#Beslutet skickas till",
    "Bergkvarabuss AB",
    "Rektorerna",
    "!",
    "#§ 73 Avtal med Hallstahammars kommun om platser i särskild undervisningsgrupp",
    "Dnr BUN 2024/71",
    "#Beslut",
    "*Barn- och utbildningsnämnden godkänner avtalet mellan Surahammars kommun och Hallstahammars kommun "
    "om köp av fyra platser i särskild undervisningsgrupp för läsåren 2024/2025 och 2025/2026.",
    "*Skolchefen får i uppdrag att underteckna avtalet.",
    "*Paragrafen justeras omedelbart.",
    "#Ärendebeskrivning",
    "Kommunen saknar en egen särskild undervisningsgrupp för årskurs 7–9. Hallstahammars kommun har "
    "erbjudit fyra platser till en kostnad av 410 000 kronor per plats och läsår. Västerås stad har lämnat "
    "ett alternativt erbjudande som är dyrare. Hallstahammars kommun godkände avtalet 2024-10-22. Förslaget "
    "till avtal är daterat 2024-10-24 och tjänsteskrivelsen 2024-10-30.",
    "#Särskilt yttrande",
    "Anders Ek (L) lämnar följande särskilda yttrande: ”Liberalerna ställer sig bakom avtalet men anser "
    "att kommunen på sikt ska starta en egen särskild undervisningsgrupp.”",
    "#Beslutet skickas till",
    "Hallstahammars kommun",
    "#Underskrifter",
    "SIGN",
    "#Anslag",
    "Protokollet justerades 2024-11-19 och anslogs på kommunens digitala anslagstavla 2024-11-20. "
    "Anslaget tas ned 2024-12-12. Förvaringsplats för protokollet: Kommunkansliet.",
]
SU_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Eva Lindholm (S)", "X", "", ""),
    ("Thomas Kjell (C)", "", "", "X"),
    ("Mona Sjögren (S)", "X", "", ""),
    ("Bengt Rask (S)", "X", "", ""),
    ("Lisa Nordqvist (V)", "X", "", ""),
    ("Olle Bergkvist (M)", "", "X", ""),
    ("Anders Ek (L)", "", "X", ""),
    ("Anna Vikberg (S)", "X", "", ""),
    ("Kent Strand (SD)", "", "X", ""),
    ("Summa", "5", "3", "1"),
]
SU_SIGN = [
    ("Sekreterare", "Ordförande", "Justerare"),
    ("……………………………", "……………………………", "……………………………"),
    ("Pernilla Ek", "Eva Lindholm", "Olle Bergkvist"),
]


def _field(paragraph, instr: str, shown: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def _table(d, rows, bold_first: bool) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            run.bold = bold_first and i == 0


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2024-11-13"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Nämndsekreterare"
    cp.revision = 3
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Surahammars kommun\tSammanträdesprotokoll 2024-11-13\tSida "
    _field(hp, "PAGE", "1")
    hp.add_run(" (")
    _field(hp, "NUMPAGES", "3")
    hp.add_run(")")
    section.header.add_paragraph("Barn- och utbildningsnämnden")
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in SU_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in SU_BODY:
        if line == "!":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif line == "VOTE":
            _table(d, SU_VOTE, bold_first=True)
        elif line == "SIGN":
            _table(d, SU_SIGN, bold_first=False)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=DOCX_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "surahammar-bun-2024-11-13-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
