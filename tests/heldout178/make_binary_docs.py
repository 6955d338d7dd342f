"""Generate the binary documents of tests/heldout178/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout178/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 5, 29, 13, 40, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 1, 21, 9, 30, 0)

# ---------------------------------------------------------------- Arvika, KFN (PDF)

# Two columns printed side by side; the headings stand above all the names.
ARVIKA_COLUMNS = (
    ("Ledamöter", [
        "Jessica Lindqvist (S), ordförande",
        "Bengt Ahlgren (C), vice ordförande",
        "Omar Haddad (S)",
        "Anneli Holm (S)",
        "Gunilla Berg (V)",
        "Henrik Sundqvist (M)",
        "Patrik Nord (M)",
        "Lotta Engström (SD)",
    ]),
    ("Ersättare", [
        "Lina Falk (S), tjg för Nils Oskarsson (S)",
        "Roger Nilsson (M)",
        "Ida Carlsson (L)",
    ]),
)

ARVIKA_FRONT_AFTER = """\
#Övriga deltagare
Maria Gustafsson, kultur- och fritidschef
Jonas Brodin, fritidsstrateg, § 32
Elin Wester, nämndsekreterare

Justerare: Henrik Sundqvist (M) med Gunilla Berg (V) som ersättare
Justeringens plats och tid: Stadshuset, Arvika, måndagen den 27 maj 2024 kl. 10.00
Justerade paragrafer: 31–33

Sekreterare    ...............................    Elin Wester
Ordförande     ...............................    Jessica Lindqvist
Justerare      ...............................    Henrik Sundqvist

#ANSLAG/BEVIS
Protokollet är justerat och anslaget på kommunens anslagstavla.
Organ: Kultur- och fritidsnämnden. Sammanträdesdatum: 2024-05-22.
Anslaget sätts upp: 2024-05-28. Anslaget tas ned: 2024-06-19.
Förvaringsplats: Kultur- och fritidsförvaltningen, Stadshuset, Arvika.
"""

ARVIKA_BODY = """\
#§ 31   Avtal med Stiftelsen Rackstadmuseet om verksamhetsbidrag 2025–2027
KFN 2024/0042
Kommunfullmäktige beslutade 2021-12-13, § 174, om riktlinjer för kommunens stöd till
museer och konsthallar. Nuvarande avtal mellan Arvika kommun och Stiftelsen Rackstadmuseet
gäller till 2024-12-31. Förvaltningen föreslår ett nytt avtal för 2025–2027 med ett årligt
bidrag om 1 150 000 kronor. Region Värmland lämnar ett eget verksamhetsbidrag till museet
genom den regionala kulturplanen. Tjänsteutlåtande 2024-05-06.

#Beslut
Kultur- och fritidsnämnden beslutar
- att godkänna avtalet med Stiftelsen Rackstadmuseet för 2025–2027,
- att bidraget räknas upp årligen med 2 procent,
- att uppdra åt kultur- och fritidschefen att underteckna avtalet.

Skickas till: Stiftelsen Rackstadmuseet, Region Värmland

#§ 32   Remiss - motion om avgiftsfri simundervisning för barn i förskoleklass
KFN 2024/0031, KS 2024/0077
Kommunstyrelsen har remitterat en motion från Gunilla Berg (V), väckt 2024-01-29, till
kultur- och fritidsnämnden för yttrande senast 2024-06-14. Motionen föreslår att alla barn i
förskoleklass ska erbjudas fem avgiftsfria simlektioner i Ingesunds simhall. Fritidsstrateg
Jonas Brodin redovisar att kostnaden beräknas till 380 000 kronor per år och att Arvika
Simsällskap redan bedriver simskola. Tjänsteutlåtande daterat 2024-05-03.

#Yrkanden
Gunilla Berg (V) yrkar att nämnden tillstyrker motionen.
Bengt Ahlgren (C) yrkar bifall till förvaltningens förslag att avstyrka motionen.
=
#§ 32 forts.
#Omröstning
Ordföranden ställer Ahlgrens yrkande mot Bergs yrkande och finner Ahlgrens yrkande bifallet.
Omröstning begärs. Ja-röst för Ahlgrens yrkande, nej-röst för Bergs yrkande.
Resultat: 6 ja-röster, 3 nej-röster. Ingen avstod.

#Beslut
Kultur- och fritidsnämnden avstyrker motionen och överlämnar tjänsteutlåtandet som sitt
yttrande till kommunstyrelsen.

#Reservation
Gunilla Berg (V), Omar Haddad (S) och Lina Falk (S) reserverar sig mot beslutet.

Skickas till: Kommunstyrelsen

#§ 33   Avgiftsfria sommarlovsaktiviteter 2024
KFN 2024/0049
Socialstyrelsen har beviljat kommunen 612 000 kronor i statsbidrag för avgiftsfria
sommarlovsaktiviteter för barn i åldern 6–15 år enligt förordningen (2018:196). Aktiviteterna
genomförs tillsammans med Arvika Fotbollsklubb, Studiefrämjandet Värmland och biblioteket.
Tjänsteutlåtande 2024-05-10.

#Beslut
1. Kultur- och fritidsnämnden fastställer fördelningen av statsbidraget enligt bilaga 1.
2. Aktiviteterna redovisas för nämnden 2024-10-16.
Paragrafen förklaras omedelbart justerad.

#Protokollsanteckning
Lotta Engström (SD) antecknar att aktiviteterna även bör erbjudas på landsbygden, bland
annat i Glava och Edane.
Ersättaren Roger Nilsson (M) ställer sig bakom anteckningen.

Skickas till: Socialstyrelsen, Arvika Fotbollsklubb, Studiefrämjandet Värmland
"""


class ArvikaPDF(FPDF):
    """Running header and footer on every page."""

    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(95, 5, "ARVIKA KOMMUN", new_x="RIGHT", new_y="TOP")
        self.set_font("F", "", 8)
        self.cell(0, 5, f"{self.page_no()} ({{nb}})", new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(95, 5, "Kultur- och fritidsnämnden", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "SAMMANTRÄDESPROTOKOLL 2024-05-22", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerare: ..........        Utdragsbestyrkande: ..........")


def make_pdf() -> None:
    pdf = ArvikaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kultur- och fritidsnämnden 2024-05-22")
    pdf.set_author("Arvika kommun")
    pdf.set_creator("Platina")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()

    def text_block(block: str) -> None:
        for line in block.splitlines():
            if line == "=":
                pdf.add_page()
                continue
            if line.startswith("#"):
                pdf.set_font("F", "B", 10.5)
                pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("F", "", 9.5)
    pdf.multi_cell(0, 5.2, "Plats och tid: Stadshuset, sal Glafsfjorden, onsdagen den 22 maj 2024 kl. 13.15–16.00",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    top = pdf.get_y()
    for col, (title, names) in enumerate(ARVIKA_COLUMNS):
        x = pdf.l_margin + col * 90
        pdf.set_xy(x, top)
        pdf.set_font("F", "B", 9.5)
        pdf.cell(88, 5.5, title)
        pdf.set_font("F", "", 9.5)
        for i, name in enumerate(names):
            pdf.set_xy(x, top + 5.5 * (i + 1))
            pdf.cell(88, 5.5, name)
    rows = max(len(n) for _, n in ARVIKA_COLUMNS)
    pdf.set_xy(pdf.l_margin, top + 5.5 * (rows + 2))
    text_block(ARVIKA_FRONT_AFTER)
    pdf.add_page()
    text_block(ARVIKA_BODY)
    pdf.output(str(DOCS / "arvika-kfn-2024-05-22-protokoll.pdf"))


# ---------------------------------------------------------------- Båstad, KSAU (DOCX)

BASTAD_HEAD = [
    "#BÅSTADS KOMMUN",
    "#Kommunstyrelsens arbetsutskott – protokoll",
    "Sammanträdesdatum: 2025-01-14",
    "Plats och tid: Kommunhuset, Köpmansgatan 1, Båstad, sammanträdesrum Hallandsåsen, kl. 08.30–11.45",
]

BASTAD_TABLE = [
    ("Närvarande", "Parti", "Funktion"),
    ("Johan Wallin", "M", "Ordförande"),
    ("Maria Törnqvist", "BP", "1:e vice ordförande"),
    ("Sven-Erik Holgersson", "S", "2:e vice ordförande"),
    ("Karolina Aspegren", "C", "Ledamot"),
    ("Niklas Bergh", "SD", "Ersättare, tjänstgör för Hampus Olofsson (SD)"),
    ("Cecilia Nordh", "", "Kommundirektör"),
    ("Fredrik Åkesson", "", "Samhällsbyggnadschef, § 6"),
    ("Louise Lind", "", "Kommunsekreterare"),
]

BASTAD_AFTER = [
    "Justerare: Karolina Aspegren",
    "Justering: Kommunhuset, 2025-01-17",
    "Paragrafer: §§ 5–7",
    "",
    "Underskrifter",
    "Sekreterare\t……………………………\tLouise Lind",
    "Ordförande\t……………………………\tJohan Wallin",
    "Justerare\t……………………………\tKarolina Aspegren",
    "",
    "#Anslag",
    "Justeringen av protokollet har tillkännagetts på den digitala anslagstavlan 2025-01-20 "
    "och anslaget tas ned 2025-02-11. Protokollet förvaras i kommunhuset, Båstad.",
    "@PAGEBREAK",
    "#§ 5\tDetaljplan för Hemmeslöv 9:20 m.fl., verksamhetsområde vid väg 115 – planuppdrag",
    "Dnr KS 000914/2024 – 214",
    "Ett företag har begärt planbesked för lager och lätt industri norr om Hemmeslövs "
    "trafikplats. Kommunstyrelsen lämnade positivt planbesked 2024-09-25, § 188. Området ligger "
    "inom riksintresse för kommunikationer enligt 3 kap. 8 § miljöbalken (1998:808), och "
    "Trafikverket ska därför höras tidigt. NSVA (Nordvästra Skånes Vatten och Avlopp AB) har "
    "bekräftat att området kan anslutas till det allmänna VA-nätet. Tjänsteskrivelse från "
    "samhällsbyggnad daterad 2024-12-18.",
    "#Arbetsutskottets förslag till kommunstyrelsen",
    "@LIST:Samhällsbyggnad får i uppdrag att upprätta detaljplan för Hemmeslöv 9:20 m.fl.",
    "@LIST:Planarbetet finansieras genom planavtal med exploatören.",
    "Expediering: Samhällsbyggnad, Trafikverket",
    "",
    "#§ 6\tMarkanvisningsavtal med Riksbyggen ekonomisk förening för kvarteret Prästliden",
    "Dnr KS 000622/2024 – 260",
    "Efter en markanvisningstävling hösten 2024 föreslås ett markanvisningsavtal mellan Båstads "
    "kommun och Riksbyggen ekonomisk förening om cirka 40 bostadsrätter på Prästliden. "
    "Samhällsbyggnadschef Fredrik Åkesson föredrar ärendet. Tjänsteskrivelse 2024-12-20.",
    "Sven-Erik Holgersson (S) yrkar att andelen hyresrätter ska vara minst hälften och att "
    "ärendet därför återremitteras. Johan Wallin (M) yrkar bifall till förvaltningens förslag.",
    "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så sker. "
    "Därefter ställer ordföranden proposition på förvaltningens förslag och finner det bifallet.",
    "#Arbetsutskottets förslag till kommunstyrelsen",
    "Kommunstyrelsen godkänner markanvisningsavtalet med Riksbyggen ekonomisk förening.",
    "#Reservation",
    "Sven-Erik Holgersson (S) reserverar sig till förmån för eget yrkande.",
    "#Protokollsanteckning",
    "Niklas Bergh (SD) vill till protokollet anteckna att Sverigedemokraterna i kommunstyrelsen "
    "kommer att återkomma i frågan om parkering.",
    "Expediering: Kommunstyrelsen",
    "",
    "#§ 7\tYttrande över Region Skånes förslag till trafikförsörjningsprogram 2025–2030",
    "Dnr KS 000981/2024 – 500",
    "Region Skåne har skickat förslaget till regionalt trafikförsörjningsprogram på remiss till "
    "kommunerna i Skåne (Region Skånes dnr 2024-RS-1180) med svar senast 2025-01-31. Båstads "
    "kommun efterfrågar tätare avgångar på Pågatåg mellan Båstad och Ängelholm samt ett "
    "sommarstråk till Torekov. Yttrandet har samordnats med Ängelholms kommun och Familjen "
    "Helsingborg. Tjänsteskrivelse 2025-01-08.",
    "#Arbetsutskottets beslut",
    "@LIST:Arbetsutskottet antar yttrandet enligt bilaga och skickar det till Region Skåne.",
    "@LIST:Paragrafen justeras omedelbart.",
    "Expediering: Region Skåne, Ängelholms kommun",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningen Båstad"
    cp.title = "Protokoll kommunstyrelsens arbetsutskott 2025-01-14"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningen Båstad"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Båstads kommun\tKommunstyrelsens arbetsutskott\t2025-01-14"
    d.sections[0].footer.paragraphs[0].text = "Justerare ______\t\tUtdragsbestyrkande ______"

    def para(line: str) -> None:
        if line == "@PAGEBREAK":
            d.add_page_break()
        elif line.startswith("@LIST:"):
            d.add_paragraph(line[6:], style="List Number")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in BASTAD_HEAD:
        para(line)
    table = d.add_table(rows=0, cols=3)
    for i, row in enumerate(BASTAD_TABLE):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for line in BASTAD_AFTER:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 21, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "bastad-ksau-2025-01-14-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
