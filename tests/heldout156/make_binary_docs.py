# ruff: noqa: E501
"""Generate the binary documents of tests/heldout156/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout156/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 5, 19, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 30, 11, 0, 0)

# PDF: Landskrona stad, kommunstyrelsen 2025-05-12, full protocol.
# The attendance is a three-column table (Namn | Parti | Funktion); parties stand without parentheses.
LANDSKRONA_ATT = [
    ("#Beslutande", "", ""),
    ("Fredrik Lundell", "L", "Ordförande"),
    ("Camilla Arvidsson", "M", "1:e vice ordförande"),
    ("Jesper Holm", "S", "2:e vice ordförande"),
    ("Elin Sjökvist", "L", "Ledamot"),
    ("Mats Ohlin", "M", "Ledamot"),
    ("Hanna Roos", "SD", "Ledamot"),
    ("Kenneth Dahl", "SD", "Ledamot"),
    ("Sara Möller", "S", "Ledamot"),
    ("Ibrahim Khalil", "S", "Ledamot"),
    ("Ulla Bengtsson", "KD", "Ledamot"),
    ("Peter Friberg", "C", "Tjänstgörande ersättare för Anna Ljunggren (C)"),
    ("#Ej tjänstgörande ersättare", "", ""),
    ("Maria Lantz", "S", "Ersättare"),
    ("Oscar Hedin", "V", "Ersättare"),
    ("#Övriga närvarande", "", ""),
    ("Kristin Sandberg", "", "Stadsdirektör"),
    ("Johan Alm", "", "Kanslichef"),
    ("Linnea Wirén", "", "Kommunsekreterare"),
]

LANDSKRONA_FRONT = """\
Tid och plats: Rådhuset, Stadshussalen, måndag 2025-05-12 kl. 14.00–16.35
"""

LANDSKRONA_AFTER = """\

Utses att justera: Sara Möller (S) med Mats Ohlin (M) som ersättare
Justeringens tid och plats: Stadshuset, Drottninggatan 7, 2025-05-16
Justerade paragrafer: §§ 97–99

Sekreterare ..........................................  Linnea Wirén
Ordförande  ..........................................  Fredrik Lundell
Justerare   ..........................................  Sara Möller

#BEVIS OM ANSLAG
Kommunstyrelsens protokoll 2025-05-12 är justerat. Datum för anslag: 2025-05-19. Datum för nedtagande: 2025-06-10. Förvaringsplats: Stadshuset, kansliavdelningen.
=
#§ 97  Yttrande över Region Skånes förslag till trafikförsörjningsprogram 2026–2030
Dnr KS/2025:142

#Beslut
Kommunstyrelsen avger yttrande till Region Skåne i enlighet med stadsbyggnadsförvaltningens förslag.

#Ärendet
Region Skåne har 2025-02-28 sänt förslaget till trafikförsörjningsprogram på remiss till kommunerna i Skåne, med begäran om svar senast 2025-05-30. Programmet anger de mål för den regionala kollektivtrafiken som Skånetrafiken ska arbeta efter enligt 2 kap. 8 § lagen (2010:1065) om kollektivtrafik. Landskrona stad lyfter särskilt Pågatågens turtäthet och en ny busslinje mellan Landskrona station och Ven-färjan. Kommunstyrelsens arbetsutskott behandlade ärendet 2025-04-28 § 61.

#Beslutsunderlag
Stadsbyggnadsförvaltningens tjänsteskrivelse 2025-04-22
Remiss från Region Skåne, dnr 1000-2025-00213

#Beslutet skickas till
Region Skåne, Skånetrafiken

#Justering
Kommunstyrelsen förklarar paragrafen omedelbart justerad.
=
#§ 98  Markanvisningsavtal för kvarteret Ventilen med AB Landskronahem
Dnr KS/2025:087

#Beslut
1. Kommunstyrelsen godkänner markanvisningsavtalet mellan Landskrona stad och AB Landskronahem för del av fastigheten Ventilen 4.
2. Stadsdirektören får i uppdrag att underteckna avtalet.

#Ärendet
AB Landskronahem planerar cirka 90 lägenheter i kvarteret. Detaljplanen vann laga kraft 2024-11-07. Markpriset har bedömts av Forum Fastighetsekonomi AB i ett värderingsutlåtande 2025-03-03. Tjänsteskrivelse från stadsbyggnadsförvaltningen 2025-04-15.

#Yrkanden
Fredrik Lundell (L) yrkar bifall till arbetsutskottets förslag.
Hanna Roos (SD) yrkar avslag.
Jesper Holm (S) yrkar att avtalet kompletteras med ett krav på minst hälften hyresrätter.

#Beslutsgång
Ordföranden ställer först Holms tilläggsyrkande under proposition och finner det avslaget. Därefter ställs Lundells yrkande mot Roos avslagsyrkande. Ordföranden finner att kommunstyrelsen bifaller Lundells yrkande.
Omröstning begärs. Ja-röst för Lundells yrkande, nej-röst för Roos yrkande.
Omröstningsresultat: 6 ja, 2 nej, 3 avstår. Se omröstningsbilaga sist i protokollet.

#Reservation
Mot beslutet reserverar sig Hanna Roos (SD) och Kenneth Dahl (SD) till förmån för Roos yrkande.

#Protokollsanteckning
Socialdemokraterna genom Jesper Holm antecknar att staden bör ställa krav på upplåtelseform i alla markanvisningar.

#Beslutet skickas till
AB Landskronahem, stadsbyggnadsförvaltningen
=
#§ 99  Motion om solceller på stadens byggnader
Dnr KS/2024:311

#Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.

#Ärendet
Oscar Hedin (V) lämnade motionen till kommunfullmäktige 2024-09-23. Landskrona Energi AB och Landskrona Stadshus AB har yttrat sig. Fastighetsförvaltningens tjänsteskrivelse är daterad 2025-04-10.

#Yrkanden
Fredrik Lundell (L) yrkar bifall till arbetsutskottets förslag. Jesper Holm (S) yrkar bifall till motionen.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller Lundells yrkande.

#Reservation
Jesper Holm, Sara Möller och Ibrahim Khalil (alla S) reserverar sig mot beslutet.

#Omröstningsbilaga § 98
"""

LANDSKRONA_VOTES = [
    ("Fredrik Lundell (L)", "X", "", ""),
    ("Camilla Arvidsson (M)", "X", "", ""),
    ("Jesper Holm (S)", "", "", "X"),
    ("Elin Sjökvist (L)", "X", "", ""),
    ("Mats Ohlin (M)", "X", "", ""),
    ("Hanna Roos (SD)", "", "X", ""),
    ("Kenneth Dahl (SD)", "", "X", ""),
    ("Sara Möller (S)", "", "", "X"),
    ("Ibrahim Khalil (S)", "", "", "X"),
    ("Ulla Bengtsson (KD)", "X", "", ""),
    ("Peter Friberg (C)", "X", "", ""),
    ("Summa", "6", "2", "3"),
]


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, "LANDSKRONA STAD   Kommunstyrelsen   Protokoll 2025-05-12", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes sign .........    Utdragsbestyrkande .........    Sida {self.page_no()} av {{nb}}",
                  align="C")


def write_lines(pdf: FPDF, text: str) -> None:
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2025-05-12")
    pdf.set_author("Kansliavdelningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "Kommunstyrelsen – Protokoll", new_x="LMARGIN", new_y="NEXT")
    write_lines(pdf, LANDSKRONA_FRONT)
    pdf.ln(2)
    for name, party, role in LANDSKRONA_ATT:
        if name.startswith("#"):
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, name[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 10)
        pdf.cell(60, 5.5, name)
        pdf.cell(15, 5.5, party)
        pdf.cell(0, 5.5, role, new_x="LMARGIN", new_y="NEXT")
    write_lines(pdf, LANDSKRONA_AFTER)
    pdf.set_font("F", "B", 10)
    for head in ("Ledamot", "Ja", "Nej", "Avstår"):
        pdf.cell(60 if head == "Ledamot" else 20, 6, head, border=1)
    pdf.ln()
    pdf.set_font("F", "", 10)
    for row in LANDSKRONA_VOTES:
        for i, val in enumerate(row):
            pdf.cell(60 if i == 0 else 20, 5.5, val, border=1)
        pdf.ln()
    pdf.output(str(DOCS / "landskrona-ks-2025-05-12-protokoll.pdf"))


# DOCX: Halmstads kommun, socialnämnden 2025-09-23, full protocol. Attendance as running text.
SN_HEAD = [
    "#HALMSTADS KOMMUN",
    "#Socialnämnden",
    "#Protokoll från sammanträde 2025-09-23",
    "Plats: Rådhuset, Sessionssalen, Halmstad. Tid: kl. 08.30–11.50, ajournering kl. 10.00–10.15.",
    "Beslutande: Jenny Thulin (M), ordförande, Håkan Wester (S), vice ordförande, Lars-Göran Fält (M), "
    "Anette Rydberg (M), Mikael Sjöstrand (SD), Ylva Hamrin (L), Pernilla Kjellberg (S), Ali Demir (S), "
    "samt tjänstgörande ersättarna Börje Nord (C) istf Sonja Alvén (C), Frida Lönn (KD) istf Gert Ivarsson (KD) "
    "och Kim Sandahl (SD) istf Rebecka Gran (SD).",
    "Ej tjänstgörande ersättare: Tove Ahlin (V), Christer Palm (MP), Hampus Rask (M).",
    "Övriga deltagande: Marie Lindell, socialchef, Jonas Backe, verksamhetschef individ- och familjeomsorg, "
    "Sanna Ekwall, nämndsekreterare.",
    "Utses att justera: Ylva Hamrin (L). Justeringen sker digitalt 2025-09-29.",
    "Paragrafer: 164–166",
    "#Underskrifter",
    "Sekreterare: Sanna Ekwall",
    "Ordförande: Jenny Thulin",
    "Justerare: Ylva Hamrin",
    "#Anslag/bevis",
    "Protokollet är justerat. Anslaget publiceras på kommunens digitala anslagstavla 2025-09-30 och tas ned "
    "2025-10-22. Protokollet förvaras på socialförvaltningen, Halmstad.",
]

SN_BODY = [
    "#SN § 164    Delårsrapport januari–augusti 2025",
    "SN 2025/00041",
    "#Beslut",
    "Socialnämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen.",
    "#Beskrivning av ärendet",
    "Nämnden prognostiserar ett underskott om 14,2 miljoner kronor för 2025. Kommunfullmäktige beslutade om "
    "budgeten 2024-11-26 § 158. Förvaltningens tjänsteskrivelse är daterad 2025-09-08.",
    "#Skickas till",
    "Kommunstyrelsen",
    "#SN § 165    Överenskommelse med Region Halland om barn och unga med psykisk ohälsa",
    "SN 2025/00277",
    "#Beslut",
    "1) Socialnämnden godkänner överenskommelsen mellan Halmstads kommun och Region Halland om samverkan för "
    "barn och unga med psykisk ohälsa.",
    "2) Socialchefen får i uppdrag att underteckna överenskommelsen.",
    "3) Paragrafen justeras omedelbart.",
    "#Beskrivning av ärendet",
    "Överenskommelsen ersätter den som gällde 2021–2024 och följer 2 kap. 7 § socialtjänstlagen (2001:453). "
    "Den har tagits fram i Region Hallands och kommunernas gemensamma ledningsgrupp. Barn- och "
    "ungdomsnämnden tillstyrkte den 2025-08-27. Tjänsteskrivelse 2025-09-02.",
    "#Yrkande",
    "Ordföranden yrkar bifall till förvaltningens förslag.",
    "#Ersättaryttrande",
    "Tove Ahlin (V) anför att överenskommelsen saknar mål för väntetider inom barn- och ungdomspsykiatrin (BUP).",
    "#Skickas till",
    "Region Halland, Barn- och ungdomsnämnden",
    "#SN § 166    Svar på remiss – Motion om fler platser i kommunens stödboende för unga",
    "SN 2025/00198, KS 2025/00310",
    "#Beslut",
    "Socialnämnden överlämnar förvaltningens tjänsteskrivelse som sitt yttrande till kommunstyrelsen och "
    "föreslår att motionen avslås.",
    "#Beskrivning av ärendet",
    "Kommunstyrelsen har remitterat motionen, väckt i kommunfullmäktige 2025-04-29 av Pernilla Kjellberg (S) "
    "och Ali Demir (S), till socialnämnden. Yttrandet ska vara kommunstyrelsen till handa senast 2025-10-15. "
    "Stödboendet drivs i egen regi; HFAB (Halmstads Fastighets AB) hyr ut lägenheterna. "
    "Tjänsteskrivelse daterad 2025-09-05.",
    "#Yrkanden",
    "Jenny Thulin (M) yrkar bifall till förvaltningens förslag. Pernilla Kjellberg (S) yrkar, med instämmande "
    "av Ali Demir (S), att nämnden tillstyrker motionen.",
    "#Beslutsgång",
    "Ordföranden ställer yrkandena mot varandra och finner Thulins yrkande bifallet. Votering begärs och "
    "verkställs. Den som bifaller Thulins yrkande röstar ja, den som bifaller Kjellbergs röstar nej. "
    "Med åtta ja-röster mot tre nej-röster beslutar socialnämnden enligt Thulins yrkande.",
    "#Reservation",
    "Pernilla Kjellberg (S), Ali Demir (S) och vice ordföranden Håkan Wester (S) reserverar sig mot beslutet till "
    "förmån för Kjellbergs yrkande.",
    "#Skickas till",
    "Kommunstyrelsen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-09-23"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Halmstads kommun | Socialnämnden | Sammanträdesprotokoll 2025-09-23"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur                Utdragsbestyrkande"
    for line in SN_HEAD + SN_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 30, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "halmstad-sn-2025-09-23-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
