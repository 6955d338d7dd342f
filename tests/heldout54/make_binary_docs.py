"""Generate the binary documents of tests/heldout54/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout54/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout54/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 4, 24, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 27, 13, 0, 0)

# ------------------------------------------------------------------------------------------------
# PDF 1: Mariestads kommun, kommunstyrelsen 2024-04-17, full protocol (3 §§), Word-template style:
# first page as a label/value grid, then one paragraph per page with "Justerandes signatur" footer.
# Row kinds: "lv" label + value, "h" heading, "b" bold line, "p" paragraph, "sp" space, "page" new page.
MARIESTAD: list[tuple[str, str, str]] = [
    ("lv", "Plats och tid", "Stadshuset, sammanträdesrum Tidan, onsdagen den 17 april 2024 kl. 08.30–11.45"),
    ("lv", "Beslutande", "Johan Abrahamsson (M), ordförande\nMaria Granlund (KD), 1:e vice ordförande\n"
                         "Eva Sundqvist (S), 2:e vice ordförande\nBengt Lindh (M)\nAnnelie Forsberg (L)\n"
                         "Kenneth Olausson (C)\nTomas Åkesson (SD)\nGunilla Rudberg (S)\n"
                         "Ali Hamdan (S) tjänstgörande ersättare för Kristina Nyström (S)"),
    ("lv", "Ersättare", "Sanna Erixon (M)\nPetter Holm (V)"),
    ("lv", "Övriga närvarande", "Lena Falk, kommunchef\nMikael Strand, ekonomichef\n"
                                "Josefin Hedlund, nämndsekreterare"),
    ("lv", "Utses att justera", "Eva Sundqvist (S)"),
    ("lv", "Justeringens plats och tid", "Stadshuset, 2024-04-22"),
    ("lv", "Underskrifter", "Sekreterare ........................................   Paragrafer 67–69\n"
                            "Josefin Hedlund\n\nOrdförande ........................................\n"
                            "Johan Abrahamsson\n\nJusterande ........................................\n"
                            "Eva Sundqvist"),
    ("sp", "", ""),
    ("b", "", "BEVIS/ANSLAG"),
    ("p", "", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("lv", "Organ", "Kommunstyrelsen"),
    ("lv", "Sammanträdesdatum", "2024-04-17"),
    ("lv", "Anslaget uppsatt", "2024-04-23          Anslaget nedtas 2024-05-15"),
    ("lv", "Förvaringsplats", "Kommunstyrelseförvaltningen, Stadshuset"),
    ("page", "", ""),
    ("h", "§ 67", "Dnr 2024/00041"),
    ("b", "", "Yttrande över remiss av Regional utvecklingsstrategi för Västra Götaland 2025–2035"),
    ("b", "", "Sammanfattning"),
    ("p", "", "Västra Götalandsregionen har 2024-02-09 skickat förslag till regional utvecklingsstrategi "
              "på remiss till kommunerna i länet. Svar ska lämnas senast 2024-04-30. Skaraborgs "
              "Kommunalförbund har samordnat ett delregionalt yttrande som antogs av förbundsdirektionen "
              "2024-03-22. Kommunstyrelseförvaltningen har tagit fram ett förslag till yttrande som "
              "kompletterar det delregionala."),
    ("b", "", "Underlag för beslut"),
    ("p", "", "Tjänsteskrivelse Yttrande över regional utvecklingsstrategi, 2024-03-27\n"
              "Förslag till yttrande, 2024-03-27\nRemiss från Västra Götalandsregionen, 2024-02-09"),
    ("b", "", "Förslag till beslut"),
    ("p", "", "Kommunstyrelsen antar förvaltningens förslag till yttrande."),
    ("b", "", "Yrkanden"),
    ("p", "", "Kenneth Olausson (C) yrkar bifall till förvaltningens förslag."),
    ("b", "", "Kommunstyrelsens beslut"),
    ("p", "", "Kommunstyrelsen antar yttrandet som sitt eget och överlämnar det till Västra "
              "Götalandsregionen."),
    ("b", "", "Särskilt yttrande"),
    ("p", "", "Petter Holm (V) lämnar ett särskilt yttrande enligt bilaga 1."),
    ("b", "", "Expedieras till"),
    ("p", "", "Västra Götalandsregionen\nSkaraborgs Kommunalförbund"),
    ("page", "", ""),
    ("h", "§ 68", "Dnr 2024/00063"),
    ("b", "", "Taxa för offentlig kontroll inom livsmedelslagstiftningen"),
    ("b", "", "Sammanfattning"),
    ("p", "", "Miljö- och byggnadsnämnden har 2024-03-13, § 41, föreslagit en ny taxa för offentlig "
              "kontroll inom livsmedelsområdet med efterhandsdebitering enligt 6 § förordningen "
              "(2021:176) om avgifter för offentlig kontroll av livsmedel. Timavgiften föreslås "
              "höjas från 1 280 kronor till 1 395 kronor. Taxan har tagits fram med stöd av Sveriges "
              "Kommuner och Regioners underlag och har stämts av med Livsmedelsverket."),
    ("b", "", "Underlag för beslut"),
    ("p", "", "Tjänsteskrivelse Taxa för offentlig kontroll, 2024-03-28\n"
              "Miljö- och byggnadsnämndens protokoll 2024-03-13, § 41"),
    ("b", "", "Yrkanden"),
    ("p", "", "Bengt Lindh (M) yrkar bifall till förslaget. Gunilla Rudberg (S) yrkar att taxan ska "
              "gälla först från 2025-01-01."),
    ("b", "", "Proposition och omröstning"),
    ("p", "", "Ordföranden ställer proposition på Bengt Lindhs yrkande och Gunilla Rudbergs yrkande och "
              "finner att kommunstyrelsen bifaller Bengt Lindhs yrkande. Omröstning begärs och "
              "verkställs. Ja-röst för Bengt Lindhs yrkande, nej-röst för Gunilla Rudbergs yrkande."),
    ("p", "", "Ja-röster: Johan Abrahamsson (M), Maria Granlund (KD), Bengt Lindh (M), Annelie "
              "Forsberg (L), Kenneth Olausson (C), Tomas Åkesson (SD)\n"
              "Nej-röster: Eva Sundqvist (S), Gunilla Rudberg (S), Ali Hamdan (S)\n"
              "Med 6 ja-röster mot 3 nej-röster beslutar kommunstyrelsen enligt Bengt Lindhs yrkande."),
    ("b", "", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "", "1. Kommunfullmäktige antar taxa för offentlig kontroll inom livsmedelslagstiftningen.\n"
              "2. Taxan gäller från och med 2024-07-01."),
    ("b", "", "Reservation"),
    ("p", "", "Eva Sundqvist (S), Gunilla Rudberg (S) och Ali Hamdan (S) reserverar sig till förmån "
              "för eget yrkande."),
    ("b", "", "Expedieras till"),
    ("p", "", "Kommunfullmäktige\nMiljö- och byggnadsnämnden"),
    ("page", "", ""),
    ("h", "§ 69", "Dnr 2024/00102"),
    ("b", "", "Hyresavtal för ny förskola i Ekudden"),
    ("b", "", "Sammanfattning"),
    ("p", "", "Bildningsnämnden har behov av en ny förskola med sex avdelningar. Mariehus AB har "
              "uppfört lokalen och erbjuder ett hyresavtal på 15 år med start 2024-08-01. Årshyran "
              "uppgår till 3 640 000 kronor. Bildningsnämnden tillstyrkte avtalet 2024-03-26, § 29."),
    ("b", "", "Underlag för beslut"),
    ("p", "", "Tjänsteskrivelse Hyresavtal förskola Ekudden, 2024-04-02\nHyresavtal, utkast 2024-03-15"),
    ("b", "", "Yrkanden"),
    ("p", "", "Annelie Forsberg (L) yrkar bifall till förvaltningens förslag."),
    ("b", "", "Kommunstyrelsens beslut"),
    ("p", "", "1. Kommunstyrelsen godkänner hyresavtalet mellan Mariestads kommun och Mariehus AB.\n"
              "2. Kommundirektören får i uppdrag att underteckna avtalet.\n"
              "3. Paragrafen justeras omedelbart."),
    ("b", "", "Protokollsanteckning"),
    ("p", "", "Tomas Åkesson (SD) och Ali Hamdan (S) antecknar att hyresnivån bör följas upp "
              "i samband med delårsrapporten."),
    ("b", "", "Expedieras till"),
    ("p", "", "Bildningsnämnden\nMariehus AB"),
]


def _pdf_header(pdf: FPDF) -> None:
    pdf.set_font("F", "B", 11)
    pdf.set_xy(15, 10)
    pdf.cell(90, 5, "MARIESTADS KOMMUN")
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R")
    pdf.set_xy(15, 15)
    pdf.cell(90, 5, "Kommunstyrelsen")
    pdf.cell(0, 5, f"Sammanträdesdatum 2024-04-17      Sida {pdf.page_no()}", align="R")
    pdf.line(15, 21, 195, 21)
    pdf.set_xy(15, 270)
    pdf.set_font("F", "", 8)
    pdf.cell(0, 5, "Justerandes signatur ..........        Utdragsbestyrkande ..........")
    pdf.set_xy(15, 26)


def make_mariestad() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-04-17 protokoll")
    pdf.set_author("Mariestads kommun")
    pdf.set_creator("heldout54")
    pdf.set_producer("heldout54")
    pdf.add_page()
    _pdf_header(pdf)
    for kind, left, text in MARIESTAD:
        if kind == "page":
            pdf.add_page()
            _pdf_header(pdf)
        elif kind == "sp":
            pdf.ln(4)
        elif kind == "lv":
            y = pdf.get_y()
            pdf.set_font("F", "B", 9)
            pdf.set_xy(15, y)
            pdf.multi_cell(45, 5, left)
            pdf.set_xy(62, y)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(133, 5, text)
            pdf.set_y(max(pdf.get_y(), y + 10) + 1)
        elif kind == "h":
            pdf.set_font("F", "B", 12)
            pdf.set_x(15)
            pdf.cell(90, 7, left)
            pdf.set_font("F", "", 10)
            pdf.cell(0, 7, text, align="R")
            pdf.ln(9)
        elif kind == "b":
            pdf.set_font("F", "B", 10)
            pdf.set_x(15)
            pdf.multi_cell(180, 5, text)
            pdf.ln(1)
        else:
            pdf.set_font("F", "", 10)
            pdf.set_x(15)
            pdf.multi_cell(180, 5, text)
            pdf.ln(3)
    pdf.output(str(DOCS / "mariestad-ks-2024-04-17-protokoll.pdf"))


# ------------------------------------------------------------------------------------------------
# PDF 2: Hallstahammars kommun, barn- och utbildningsnämnden 2024-06-11, protokollsutdrag (1 §).
# Plain single-column extract; the header names the body, the § line carries "BUN § 58".
HALLSTAHAMMAR: list[tuple[str, str]] = [
    ("b", "Hallstahammars kommun"),
    ("p", "Barn- och utbildningsnämnden\nPROTOKOLLSUTDRAG\nSammanträdesdatum: 2024-06-11"),
    ("p", "Närvarande ledamöter: Ulrika Bergström (S), ordförande, Hans Ekvall (M), vice ordförande, "
          "Rebecka Lönn (S), Fredrik Sjöö (SD), Linda Haga (V)"),
    ("p", "Justerare: Hans Ekvall (M)"),
    ("h", "BUN § 58                                                         BUN 2024/0118-611"),
    ("b", "Avgifter inom förskola, pedagogisk omsorg och fritidshem från 2025"),
    ("p", "Ärendebeskrivning\nAvgiften för förskola och fritidshem följer reglerna om maxtaxa i "
          "8 kap. 16 § och 14 kap. 12 § skollagen (2010:800). Skolverket fastställer årligen "
          "inkomsttaket; för 2025 uppgår det till 56 250 kronor per månad. Förvaltningen föreslår att "
          "kommunen fortsätter att tillämpa maxtaxan fullt ut och att avgiften för lovomsorg tas bort. "
          "Förvaltningens tjänsteskrivelse är daterad 2024-05-21. Frågan har även diskuterats i "
          "Kommunala pensionärs- och tillgänglighetsrådet den 3 juni 2024."),
    ("p", "Yrkande\nUlrika Bergström (S) m.fl. yrkar bifall till förvaltningens förslag. "
          "Fredrik Sjöö (SD) yrkar att avgiften för lovomsorg ska behållas."),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Ulrika "
          "Bergströms m.fl. yrkande."),
    ("p", "Barn- och utbildningsnämndens förslag till kommunfullmäktige\n"
          "Kommunfullmäktige fastställer avgifter inom förskola, pedagogisk omsorg och fritidshem "
          "enligt bilaga, att gälla från och med 2025-01-01."),
    ("p", "Reservation\nFredrik Sjöö (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("p", "Särskilt yttrande\nLinda Haga (V) lämnar ett särskilt yttrande: Vänsterpartiet anser på sikt "
          "att förskolan ska vara avgiftsfri."),
    ("p", "Beslutet skickas till\nKommunfullmäktige\nEkonomiavdelningen"),
    ("p", "Justerandes signatur ..........          Utdragsbestyrkande ..........\n"
          "Vid protokollet: Sofia Lindqvist, sekreterare\n"
          "Rätt utdraget intygar i tjänsten 2024-06-13"),
]


def make_hallstahammar() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag BUN 2024-06-11 § 58")
    pdf.set_author("Hallstahammars kommun")
    pdf.set_creator("heldout54")
    pdf.set_producer("heldout54")
    pdf.add_page()
    for kind, text in HALLSTAHAMMAR:
        pdf.set_x(20)
        if kind == "h":
            pdf.set_font("F", "B", 11)
            pdf.cell(170, 7, text)
            pdf.ln(8)
            continue
        pdf.set_font("F", "B" if kind == "b" else "", 10)
        pdf.multi_cell(170, 5, text)
        pdf.ln(3)
    pdf.output(str(DOCS / "hallstahammar-bun-2024-06-11-protokollsutdrag.pdf"))


# ------------------------------------------------------------------------------------------------
# DOCX: Ovanåkers kommun, socialnämnden 2024-05-22, full protocol (3 §§). Header table with the
# issuer and date, attendance in a two-column table (role/name), "Ärendenummer" under each heading.
OVANAKER_ATTENDANCE: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Edsbyn, kl. 13.00–15.30"),
    ("Beslutande", "Ingela Nordin (S), ordförande\nGöran Backlund (C), vice ordförande\n"
                   "Mona Persson (S)\nLars-Olof Holm (M)\nErika Wester (SD)\n"
                   "Stig Olsson (KD), tjg för Birgitta Dahl (KD)"),
    ("Ej tjänstgörande ersättare", "Hanna Åström (S)\nNils Göransson (V)"),
    ("Övriga deltagare", "Kristina Falk, socialchef\nAnders Myhr, enhetschef, § 41\n"
                         "Therese Lund, nämndsekreterare"),
    ("Utses att justera", "Göran Backlund (C)"),
    ("Justeringens plats och tid", "Kommunhuset, Edsbyn, 2024-05-28"),
    ("Justerade paragrafer", "§§ 41–43"),
]
OVANAKER_BODY: list[tuple[str, str]] = [
    ("sig", "Sekreterare\t\tTherese Lund\nOrdförande\t\tIngela Nordin\nJusterande\t\tGöran Backlund"),
    ("h", "§ 41 Överenskommelse om samverkan vid in- och utskrivning från sluten hälso- och sjukvård"),
    ("p", "Ärendenummer SN 2024/29"),
    ("b", "Beskrivning av ärendet"),
    ("p", "Region Gävleborg och länets tio kommuner har tagit fram en reviderad länsgemensam överenskommelse "
          "enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård. "
          "Överenskommelsen godkändes av Region Gävleborg 2024-04-18. Enhetschef Anders Myhr informerar om "
          "förändringarna."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, socialchef Kristina Falk, 2024-05-06\n"
          "Överenskommelse mellan Region Gävleborg och kommunerna i Gävleborgs län"),
    ("b", "Beslut"),
    ("p", "Socialnämnden godkänner överenskommelsen om samverkan vid in- och utskrivning från sluten hälso- "
          "och sjukvård mellan Region Gävleborg och Ovanåkers kommun."),
    ("b", "Beslutet skickas till"),
    ("p", "Region Gävleborg"),
    ("h", "§ 42 Svar på remiss – Motion om fler platser i trygghetsboende"),
    ("p", "Ärendenummer SN 2024/17"),
    ("b", "Beskrivning av ärendet"),
    ("p", "Kommunstyrelsen har remitterat en motion från Erika Wester (SD), daterad 2024-01-29, till "
          "socialnämnden för yttrande senast 2024-06-15. Motionären föreslår att kommunen i samarbete med "
          "Ovanåkershem AB utreder 20 nya platser i trygghetsboende i Alfta och Edsbyn. Förvaltningen "
          "bedömer att behovet täcks av nuvarande planering och föreslår att motionen avstyrks."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-05-08\nMotion 2024-01-29"),
    ("b", "Yrkanden"),
    ("p", "Erika Wester (SD) yrkar bifall till motionen. Mona Persson (S) yrkar bifall till "
          "förvaltningens förslag. Lars-Olof Holm (M) instämmer i Erika Westers yrkande."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Erika Westers yrkande och finner "
          "att socialnämnden beslutar enligt förvaltningens förslag. Votering begärs."),
    ("b", "Omröstningsresultat"),
    ("p", "Ja-röst för förvaltningens förslag, nej-röst för Erika Westers yrkande. "
          "Omröstningen utfaller 4–2 (4 ja, 2 nej, 0 avstår)."),
    ("b", "Beslut"),
    ("num", "Socialnämnden antar tjänsteskrivelsen som sitt yttrande till kommunstyrelsen."),
    ("num", "Socialnämnden föreslår att motionen avslås."),
    ("b", "Reservation"),
    ("p", "Erika Wester (SD) och Lars-Olof Holm (M) reserverar sig mot beslutet."),
    ("b", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen"),
    ("h", "§ 43 Redovisning av delegationsbeslut april 2024"),
    ("p", "Ärendenummer SN 2024/3"),
    ("b", "Beskrivning av ärendet"),
    ("p", "Förteckning över beslut fattade med stöd av delegation under perioden 2024-04-01–2024-04-30 "
          "redovisas, bland annat beslut enligt 4 kap. 1 § socialtjänstlagen och lagen (1993:387) om "
          "stöd och service till vissa funktionshindrade."),
    ("b", "Beslut"),
    ("p", "Socialnämnden lägger redovisningen till handlingarna."),
    ("b", "Ersättaryttrande"),
    ("p", "Nils Göransson (V) yttrar sig över redovisningen och önskar att kommande förteckningar "
          "även anger handläggningstider."),
]


def make_ovanaker() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    head = sec.header.add_table(rows=1, cols=3, width=sec.page_width - sec.left_margin - sec.right_margin)
    for cell, text in zip(head.rows[0].cells, ["OVANÅKERS KOMMUN\nSocialnämnden", "SAMMANTRÄDESPROTOKOLL",
                                                "Sammanträdesdatum\n2024-05-22"], strict=True):
        cell.text = text
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, text in OVANAKER_ATTENDANCE:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = text
    for kind, text in OVANAKER_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "sig":
            for line in text.split("\n"):
                d.add_paragraph(line)
            d.add_page_break()
        else:
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cp = d.core_properties
    cp.author = "Ovanåkers kommun"
    cp.last_modified_by = "Ovanåkers kommun"
    cp.title = "Socialnämnden 2024-05-22 protokoll"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 27, 13, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "ovanaker-sn-2024-05-22-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_mariestad()
    make_hallstahammar()
    make_ovanaker()
