"""Generate the binary documents of tests/heldout14/docs (one DOCX, one PDF).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout14/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout14/gold/
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
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 2, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 27, 14, 0, 0)
FIXED_ZIP = (2024, 5, 27, 14, 0, 0)

# ---------------------------------------------------------------------------------------------
# DOCX: Krokoms kommun, kommunstyrelsen 2024-05-21, full protocol, §§ 87-90.
# Attendance as two Word tables with N/F/T codes; every paragraph opens with a two-cell table
# row (left: "§ 87" and the Dnr, right: the title); § 89 lists other bodies' decisions in a table.

KROKOM_MEMBERS = [
    ("Maria Söderberg", "C", "Ordförande", "N"),
    ("Ulf Hansson", "S", "1:e vice ordförande", "N"),
    ("Lena Jonsson", "M", "2:e vice ordförande", "N"),
    ("Per-Olof Dahlberg", "C", "", "N"),
    ("Sara Ekman", "C", "", "F"),
    ("Tommy Nordqvist", "S", "", "N"),
    ("Elisabeth Östlund", "S", "", "N"),
    ("Mats Eriksson", "KD", "", "N"),
    ("Johanna Bergström", "SD", "", "N"),
    ("Anders Kjellberg", "V", "", "F"),
    ("Kristian Lund", "L", "", "N"),
]
KROKOM_SUBSTITUTES = [
    ("Gunnel Forsgren", "C", "T", "Sara Ekman (C)"),
    ("Jan-Erik Wallin", "V", "T", "Anders Kjellberg (V)"),
    ("Helena Mattsson", "S", "N", ""),
    ("Robert Åkerlund", "M", "N", ""),
    ("Ingrid Persson", "SD", "F", ""),
]

KROKOM_FIRST_PAGE = [
    ("title", "Kommunstyrelsen"),
    ("p", "Plats och tid: Kommunhuset, Krokom, tisdagen den 21 maj 2024 kl. 09.00–15.10"),
    ("h", "Närvaro"),
    ("members", ""),
    ("p", "Närvaro: N = närvarande, F = frånvarande, T = tjänstgör"),
    ("substitutes", ""),
    ("h", "Övriga närvarande"),
    ("p", "Peter Lindahl, kommundirektör"),
    ("p", "Annika Hed, ekonomichef, § 88"),
    ("p", "Camilla Berg, nämndsekreterare"),
    ("p", "Utses att justera: Ulf Hansson (S)"),
    ("p", "Justeringens plats och tid: Kommunhuset, Krokom, 2024-05-27"),
    ("p", "Paragrafer: 87–90"),
    ("p", "Sekreterare\t.......................................\tCamilla Berg"),
    ("p", "Ordförande\t.......................................\tMaria Söderberg"),
    ("p", "Justerare\t.......................................\tUlf Hansson"),
    ("h", "ANSLAG/BEVIS"),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
          "digitala anslagstavla."),
    ("p", "Organ: Kommunstyrelsen\tSammanträdesdatum: 2024-05-21"),
    ("p", "Anslaget sätts upp: 2024-05-28\tAnslaget tas ned: 2024-06-19"),
    ("p", "Förvaringsplats för protokollet: Kommunkansliet, Krokom"),
]

# Each paragraph: number, dnr, title, then the body as (kind, text) items.
KROKOM_PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("§ 87", "Dnr KS 24/143", "Revidering av förbundsordning för Jämtlands Gymnasieförbund", [
        ("h", "Ärendebeskrivning"),
        ("p", "Jämtlands Gymnasieförbund är ett kommunalförbund med Krokoms kommun, Östersunds kommun "
              "och Bräcke kommun som medlemmar. Förbundets direktion beslutade 2024-03-27, § 19, att "
              "föreslå medlemskommunerna en reviderad förbundsordning (förbundets dnr JGF 2024/31). "
              "Ändringarna avser främst kostnadsfördelningen mellan medlemskommunerna och direktionens "
              "sammansättning."),
        ("p", "En ändrad förbundsordning ska enligt 9 kap. 3 § kommunallagen (2017:725) antas av "
              "fullmäktige i samtliga medlemskommuner."),
        ("h", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2024-04-29"),
        ("p", "Direktionens protokoll 2024-03-27, § 19"),
        ("p", "Förslag till reviderad förbundsordning"),
        ("h", "Yrkanden"),
        ("p", "Maria Söderberg (C) yrkar bifall till förvaltningens förslag."),
        ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Kommunfullmäktige antar den reviderade förbundsordningen för Jämtlands Gymnasieförbund "
              "att gälla från och med 2025-01-01."),
        ("h", "Expedieras"),
        ("p", "Jämtlands Gymnasieförbund, Östersunds kommun, Bräcke kommun"),
    ]),
    ("§ 88", "Dnr KS 24/102",
     "Yttrande över remiss – Regional utvecklingsstrategi för Jämtlands län 2025–2040", [
        ("h", "Ärendebeskrivning"),
        ("p", "Region Jämtland Härjedalen har skickat förslag till ny regional utvecklingsstrategi på "
              "remiss till kommunerna i länet (regionens dnr RS/2024/311). Remisstiden löper till "
              "2024-05-31. Förvaltningens förslag till yttrande lyfter fram pendlingen längs "
              "Mittstråket, bredbandsutbyggnaden och kompetensförsörjningen i vård och omsorg."),
        ("h", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2024-05-06"),
        ("p", "Remissversion av strategin daterad 2024-02-14"),
        ("h", "Yrkanden"),
        ("p", "Ordföranden Maria Söderberg (C) yrkar bifall till förvaltningens förslag till yttrande."),
        ("p", "Johanna Bergström (SD) yrkar att yttrandet kompletteras med ett avsnitt om "
              "rovdjurspolitikens betydelse för landsbygdens näringar."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer proposition på sitt eget förslag mot Johanna Bergströms yrkande och "
              "finner att kommunstyrelsen bifaller ordförandens förslag. Votering begärs och verkställs. "
              "Ja-röst för ordförandens förslag, nej-röst för Johanna Bergströms yrkande."),
        ("p", "Kommunstyrelsen bifaller ordförandens förslag med 7 röster mot 3. En ledamot avstår."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "– Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till "
              "Region Jämtland Härjedalen."),
        ("p", "– Paragrafen justeras omedelbart."),
        ("h", "Reservation"),
        ("p", "Johanna Bergström (SD) reserverar sig till förmån för eget yrkande. Mats Eriksson (KD) "
              "ansluter sig till reservationen."),
        ("h", "Expedieras"),
        ("p", "Region Jämtland Härjedalen"),
    ]),
    ("§ 89", "Dnr KS 24/005", "Delegationsbeslut och meddelanden", [
        ("p", "Följande delegationsbeslut och meddelanden anmäls till kommunstyrelsen:"),
        ("notices", ""),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Kommunstyrelsen lägger redovisningen av delegationsbeslut och meddelanden till "
              "handlingarna."),
    ]),
    ("§ 90", "Dnr KS 24/067", "Hyresavtal med Krokomsbostäder AB för ny förskola i Nälden", [
        ("h", "Jäv"),
        ("p", "Per-Olof Dahlberg (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
        ("h", "Ärendebeskrivning"),
        ("p", "Krokomsbostäder AB har uppfört en ny förskola med sex avdelningar i Nälden. Hyresavtalet "
              "mellan Krokoms kommun och Krokomsbostäder AB löper i 15 år från 2024-08-01 och årshyran "
              "uppgår till 3,2 miljoner kronor. Bolagets styrelse godkände avtalet 2024-04-10, § 31."),
        ("h", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2024-05-02"),
        ("p", "Hyresavtal, utkast 2024-04-12"),
        ("h", "Yrkanden"),
        ("p", "Tommy Nordqvist (S) yrkar bifall till förvaltningens förslag."),
        ("p", "Kristian Lund (L) instämmer i Tommy Nordqvists yrkande."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Kommunstyrelsen beslutar att"),
        ("p", "1) godkänna hyresavtalet med Krokomsbostäder AB enligt bilaga,"),
        ("p", "2) uppdra åt kommundirektören att underteckna avtalet."),
        ("h", "Protokollsanteckning"),
        ("p", "Kristian Lund (L) får följande antecknat till protokollet: ”Liberalerna vill att kommunen "
              "i kommande hyresavtal ställer krav på solceller på förskolornas tak.”"),
        ("h", "Ersättaryttrande"),
        ("p", "Ersättaren Robert Åkerlund (M) instämmer i Kristian Lunds protokollsanteckning."),
        ("h", "Expedieras"),
        ("p", "Krokomsbostäder AB, Barn- och utbildningsförvaltningen"),
    ]),
]

KROKOM_NOTICES = [
    ("Från", "Datum", "Paragraf/nr", "Diarienummer", "Ärende"),
    ("Kommunstyrelsens arbetsutskott", "2024-04-23", "§ 61", "KS 24/098",
     "Yttrande över ansökan om stadigvarande serveringstillstånd"),
    ("Kommundirektören", "2024-04-30", "D 14/2024", "KS 24/131",
     "Förlängning av avtal om företagshälsovård"),
    ("Länsstyrelsen i Jämtlands län", "2024-04-11", "–", "526-3311-2024",
     "Beslut om bidrag till bredbandsutbyggnad"),
    ("Räddningstjänsten Jämtland, direktionen", "2024-04-18", "§ 22", "RTJ 2024/17",
     "Budget och verksamhetsplan 2025"),
    ("Kommunfullmäktige", "2024-04-24", "§ 41", "KS 23/502", "Årsredovisning 2023"),
]


def _bold_par(cell_or_doc, text: str, size: int = 11):
    p = cell_or_doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def _table(d, rows: list[tuple[str, ...]], widths: list[float]) -> None:
    t = d.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for cell, text, w in zip(cells, row, widths, strict=True):
            cell.width = Cm(w)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = i == 0
            run.font.size = Pt(9)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Calibri"
    section = d.sections[0]
    header = section.header
    header.paragraphs[0].text = "KROKOMS KOMMUN\tSAMMANTRÄDESPROTOKOLL\t"
    header.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2024-05-21\t")
    section.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    for kind, text in KROKOM_FIRST_PAGE:
        if kind == "title":
            _bold_par(d, text, 16)
        elif kind == "h":
            _bold_par(d, text)
        elif kind == "members":
            rows = [("Ledamöter", "Parti", "Uppdrag", "Närvaro")]
            rows += [(n, p, u, c) for n, p, u, c in KROKOM_MEMBERS]
            _table(d, rows, [5.5, 1.5, 4.5, 2.0])
            d.add_paragraph()
        elif kind == "substitutes":
            rows = [("Ersättare", "Parti", "Närvaro", "Tjänstgör för")]
            rows += [(n, p, c, f) for n, p, c, f in KROKOM_SUBSTITUTES]
            _table(d, rows, [5.5, 1.5, 2.0, 4.5])
        else:
            d.add_paragraph(text)
    d.add_page_break()

    for number, dnr, title, body in KROKOM_PARAGRAPHS:
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width = Cm(2.5)
        right.width = Cm(13.5)
        left.text = ""
        run = left.paragraphs[0].add_run(number)
        run.bold = True
        run.font.size = Pt(13)
        dp = left.add_paragraph()
        dr = dp.add_run(dnr)
        dr.font.size = Pt(8)
        right.text = ""
        tr = right.paragraphs[0].add_run(title)
        tr.bold = True
        tr.font.size = Pt(13)
        for kind, text in body:
            if kind == "h":
                _bold_par(d, text)
            elif kind == "notices":
                _table(d, KROKOM_NOTICES, [4.0, 2.2, 2.0, 2.6, 5.2])
            else:
                d.add_paragraph(text)
        sep = d.add_paragraph("– – –")
        sep.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = d.core_properties
    cp.author = "Krokoms kommun"
    cp.last_modified_by = "Krokoms kommun"
    cp.title = "Protokoll kommunstyrelsen 2024-05-21"
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
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "krokom-ks-2024-05-21-protokoll.docx").write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# PDF: Jämtkraft AB, styrelsen 2024-04-25, full board protocol, §§ 1-10 numbered from 1.
# "Protokoll fört vid sammanträde med styrelsen för …", members without parties, lekmannarevisor,
# the VD as föredragande, decisions "Styrelsen beslutar att", past-tense reservation.

JK_HEAD: list[tuple[str, str]] = [
    ("Tid", "Torsdagen den 25 april 2024, kl. 09.00–12.30"),
    ("Plats", "Jämtkrafts huvudkontor, Lillänge, Östersund"),
    ("Närvarande styrelseledamöter", "Björn Olsson, ordförande\nLena Westerlund, vice ordförande\n"
     "Hans Persson\nCecilia Nordlund\nMats Hammarström\nTobias Engman"),
    ("Anmält förhinder", "Karin Ek"),
    ("Arbetstagarrepresentanter", "Anna Strid (Unionen)\nRoger Lidén (Svenska Elektrikerförbundet)"),
    ("Övriga närvarande", "Magnus Hedin, verkställande direktör, föredragande\n"
     "Sofia Rönnqvist, ekonomidirektör\nJohan Elgh, chefsjurist, tillika styrelsens sekreterare\n"
     "Jörgen Mattsson, affärsområdeschef Värme, § 6"),
    ("Revisorer", "Ingvar Bäck, lekmannarevisor, §§ 1–5\n"
     "Malin Sjöström, auktoriserad revisor, KPMG AB, § 5"),
]

JK_PARAGRAPHS: list[tuple[str, str, list[str]]] = [
    ("§ 1", "Mötets öppnande", [
        "Ordföranden Björn Olsson hälsade de närvarande välkomna och förklarade mötet öppnat. "
        "Kallelse och handlingar har sänts ut i enlighet med styrelsens arbetsordning.",
    ]),
    ("§ 2", "Val av justerare", [
        "Styrelsen beslutar att utse Lena Westerlund att jämte ordföranden justera dagens protokoll.",
    ]),
    ("§ 3", "Godkännande av dagordning", [
        "Styrelsen beslutar att godkänna dagordningen med tillägg av en fråga från Mats Hammarström "
        "under § 9 Övriga frågor.",
    ]),
    ("§ 4", "Föregående protokoll", [
        "Protokoll nr 2/2024 från sammanträdet den 14 mars 2024 har justerats och delats ut.",
        "Styrelsen beslutar att lägga protokollet till handlingarna.",
    ]),
    ("§ 5", "Rapport från lekmannarevisorn och bolagets revisor", [
        "Lekmannarevisor Ingvar Bäck redogjorde för granskningen av bolagets interna kontroll under "
        "2023 och för granskningsplanen 2024. Malin Sjöström, KPMG AB, redogjorde för den "
        "översiktliga granskningen av det första kvartalet. Lekmannarevisorns rapport är daterad "
        "2024-04-08.",
        "Styrelsen beslutar att lägga rapporterna till handlingarna.",
    ]),
    ("§ 6", "Investering i ny biobränslepanna i Lugnviks kraftvärmeverk", [
        "Föredragande: verkställande direktören Magnus Hedin.",
        "Den befintliga hetvattenpannan i Lugnviks kraftvärmeverk är från 1988 och når sin tekniska "
        "livslängd 2026. Affärsområdeschef Jörgen Mattsson redogjorde för investeringskalkylen. "
        "Investeringen uppgår till 185 miljoner kronor och ryms inte i den av ägarna fastställda "
        "investeringsramen, varför den enligt ägardirektivet ska underställas ägarkommunerna "
        "Östersunds kommun, Krokoms kommun och Åre kommun.",
        "Beslutsunderlag: Tjänsteskrivelse från VD, 2024-04-11; investeringskalkyl, version "
        "2024-03-28.",
        "Hans Persson yrkade att ärendet skulle bordläggas till sammanträdet den 13 juni 2024. "
        "Ordföranden yrkade att ärendet skulle avgöras i dag.",
        "Votering begärdes. Styrelsen beslutade med fyra röster mot en att ärendet skulle avgöras i "
        "dag. Cecilia Nordlund avstod från att rösta.",
        "Styrelsen beslutar att",
        "1. godkänna investeringen i en ny biobränslepanna om högst 185 miljoner kronor,",
        "2. uppdra åt VD att genomföra upphandlingen av pannan,",
        "3. underställa beslutet ägarkommunerna för ställningstagande enligt ägardirektivet.",
        "Hans Persson reserverade sig mot beslutet.",
        "Arbetstagarrepresentanten Anna Strid lät anteckna till protokollet att de fackliga "
        "organisationerna vill involveras tidigt i bemanningsfrågorna under ombyggnaden.",
    ]),
    ("§ 7", "Avtal om leverans av fjärrkyla till Region Jämtland Härjedalen", [
        "Föredragande: verkställande direktören Magnus Hedin.",
        "Bolaget och Region Jämtland Härjedalen har förhandlat fram ett avtal om leverans av fjärrkyla "
        "till Östersunds sjukhus under tio år från 2025-01-01 (regionens dnr RS/2024/155). "
        "Beslutsunderlag: Tjänsteskrivelse från affärsområde Värme, 2024-04-09.",
        "Styrelsen beslutar att godkänna avtalet och uppdra åt VD att underteckna det.",
    ]),
    ("§ 8", "Yttrande över remiss från Energimarknadsinspektionen", [
        "Föredragande: chefsjurist Johan Elgh.",
        "Energimarknadsinspektionen har remitterat förslag till nya föreskrifter om nätföretagens "
        "skyldighet att lämna uppgifter om anslutningskapacitet (Energimarknadsinspektionens dnr "
        "2024-100873). Svar ska lämnas senast 2024-05-10. Yttrandet har samordnats med "
        "dotterbolaget Jämtkraft Elnät AB och med branschorganisationen Energiföretagen Sverige. "
        "Beslutsunderlag: Tjänsteskrivelse från chefsjuristen, 2024-04-16.",
        "Styrelsen beslutar att ställa sig bakom förslaget till yttrande.",
        "Paragrafen förklaras omedelbart justerad.",
    ]),
    ("§ 9", "Övriga frågor", [
        "Mats Hammarström tog upp frågan om bolagets beredskap inför vårflödet. VD redogjorde "
        "kortfattat för läget och återkommer med en skriftlig rapport. Nästa ordinarie "
        "styrelsesammanträde hålls torsdagen den 13 juni 2024.",
    ]),
    ("§ 10", "Mötets avslutande", [
        "Ordföranden tackade de närvarande och förklarade mötet avslutat.",
    ]),
]

JK_SIGNATURES = [
    ("Vid protokollet", "Johan Elgh", "Sekreterare"),
    ("Justeras", "Björn Olsson", "Ordförande"),
    ("", "Lena Westerlund", "Justerare"),
]


class JamtkraftPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.set_xy(15, 10)
        self.cell(90, 5, "Jämtkraft AB")
        self.set_font("F", "", 9)
        self.cell(55, 5, "Styrelseprotokoll nr 3/2024")
        self.cell(35, 5, f"Sida {self.page_no()} (3)", align="R")
        self.set_xy(15, 15)
        self.cell(90, 5, "Styrelsen")
        self.cell(55, 5, "2024-04-25")
        self.line(15, 21, 195, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 8)
        self.line(15, self.get_y(), 195, self.get_y())
        self.cell(60, 6, "Ordf. sign. ..............")
        self.cell(60, 6, "Just. sign. ..............")
        self.cell(60, 6, "Utdragsbestyrkande ..............", align="R")


def make_pdf() -> None:
    pdf = JamtkraftPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Styrelseprotokoll nr 3/2024")
    pdf.set_author("Jämtkraft AB")
    pdf.set_creator("heldout14")
    pdf.set_producer("heldout14")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(15, 26, 15)
    pdf.add_page()
    pdf.set_font("F", "B", 13)
    pdf.multi_cell(180, 7, "Protokoll fört vid sammanträde med styrelsen för Jämtkraft AB")
    pdf.ln(3)
    for label, value in JK_HEAD:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(56, 5, label)
        y_after_label = pdf.get_y()
        pdf.set_xy(73, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(122, 5, value)
        pdf.set_y(max(pdf.get_y(), y_after_label) + 2)
    pdf.ln(4)
    for number, title, pars in JK_PARAGRAPHS:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("F", "B", 11)
        pdf.set_xy(15, y)
        pdf.cell(18, 6, number)
        pdf.set_xy(35, y)
        pdf.multi_cell(160, 6, title)
        pdf.ln(1)
        pdf.set_font("F", "", 10)
        for text in pars:
            pdf.set_x(35)
            pdf.multi_cell(160, 5, text)
            pdf.ln(1.5)
        pdf.ln(3)
    pdf.ln(6)
    x = 15
    y = pdf.get_y()
    for label, name, role in JK_SIGNATURES:
        pdf.set_xy(x, y)
        pdf.set_font("F", "B", 9)
        pdf.cell(58, 5, label)
        pdf.set_xy(x, y + 12)
        pdf.set_font("F", "", 9)
        pdf.cell(58, 5, "..................................")
        pdf.set_xy(x, y + 17)
        pdf.cell(58, 5, name)
        pdf.set_xy(x, y + 22)
        pdf.cell(58, 5, role)
        x += 60
    pdf.output(str(DOCS / "jamtkraft-styrelse-2024-04-25-protokoll.pdf"))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_docx()
    make_pdf()
