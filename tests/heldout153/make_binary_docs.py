# ruff: noqa: E501
# ruff: noqa: E501
"""Generate the binary documents of tests/heldout153/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout153/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 5, 20, 9, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 14, 10, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Strängnäs kommun, Demokratiberedningen 2025-05-14, full protocol, 3 pages.
# Markup: "#" bold line, "=" new page, "|a|b" two-column row (label left, text right).
# ---------------------------------------------------------------------------------------------
STR = """\
#Sammanträdesprotokoll
|Plats och tid|Rådhuset, Gustav Vasas sal, kl. 17.30–20.05
|Ledamöter|Sofia Berg (S), ordförande
||Lars Hed (M), vice ordförande
||Amira Hassan (S)
||Per Falk (SD)
||Britt Ohlsson (C)
||Ulf Ringström (KD)
|Tjänstgörande ersättare|Mats Olin (L) för Karl Wiberg (M)
|Ej tjänstgörande ersättare|Nora Lind (V), Emil Åberg (SD)
|Övriga|Sanna Ek, demokratiutvecklare
||Johan Myhr, nämndsekreterare
|Justerare|Britt Ohlsson
|Justeringens plats och tid|Kommunkansliet, Rådhuset, 2025-05-19
|Paragrafer|8–11

#Underskrifter
|Sekreterare|...................................  Johan Myhr
|Ordförande|...................................  Sofia Berg
|Justerare|...................................  Britt Ohlsson

#ANSLAG
Protokollet är justerat och tillkännages på kommunens anslagstavla från 2025-05-20 till 2025-06-11. Protokollet förvaras på Kommunkansliet.
=
#§ 8   Information om medborgardialogen om Strängnäs hamnområde
Dnr KS 2025/131

#Beslut
Demokratiberedningen tar emot informationen.

#Ärendet
Demokratiutvecklare Sanna Ek redovisar resultatet av dialogen som genomfördes 2025-03-22 och 2025-04-05. 412 personer deltog, varav en tredjedel under 30 år. Dialogen genomfördes tillsammans med Studieförbundet Vuxenskolan Sörmland. Resultatet lämnas till samhällsbyggnadsnämnden som underlag för planarbetet.

#§ 9   Riktlinjer för e-förslag
Dnr KS 2024/602

#Beslut
Demokratiberedningen föreslår kommunfullmäktige besluta
•  att anta riktlinjer för e-förslag att gälla från 2026-01-01,
•  att upphäva riktlinjer för medborgarförslag, antagna 2019-03-25, § 42.

#Ärendet
Kommunfullmäktige gav 2023-06-19, § 88, demokratiberedningen i uppdrag att ersätta medborgarförslagen med e-förslag. Ett e-förslag som får minst 100 underskrifter inom 90 dagar ska behandlas av den nämnd som ansvarar för frågan, jfr 8 kap. 1 § kommunallagen (2017:725). Tjänsteskrivelse 2025-04-15.

#Yrkanden
Sofia Berg (S) yrkar bifall till förslaget. Per Falk (SD) yrkar avslag. Ulf Ringström (KD) yrkar bifall till Per Falks avslagsyrkande.

#Beslutsgång
Ordföranden ställer proposition på bifall mot avslag och finner att beredningen bifaller förslaget. Votering begärs.
Ja-röster: Sofia Berg, Lars Hed, Amira Hassan, Britt Ohlsson, Mats Olin
Nej-röster: Per Falk, Ulf Ringström
Resultat: 5 ja, 2 nej, ingen avstår. Beredningen har bifallit förslaget.

#Reservation
Per Falk (SD) och Ulf Ringström (KD) reserverar sig skriftligt, bilaga 1.

#Beslutet skickas till
Kommunfullmäktige
=
#§ 10   Yttrande över remiss om översyn av den politiska organisationen 2027–2030
Dnr KS 2025/077

#Beslut
1. Demokratiberedningen antar förslaget till yttrande och överlämnar det till kommunstyrelsen.
2. Paragrafen justeras omedelbart.

#Ärendet
Kommunstyrelsen har 2025-02-11, § 19, remitterat den parlamentariska gruppens förslag till ny politisk organisation till fullmäktiges beredningar, nämnderna och Strängnäs Bostads AB. Svar ska lämnas senast 2025-05-31. Förslaget innebär bland annat att demokratiberedningen och hållbarhetsberedningen slås samman. Tjänsteskrivelse 2025-04-28.

#Särskilt yttrande
Lars Hed (M) och Britt Ohlsson (C) lämnar ett särskilt yttrande, bilaga 2. Ersättaren Nora Lind (V) instämmer i Lars Heds och Britt Ohlssons yttrande.

#Beslutet skickas till
Kommunstyrelsen

#§ 11   Avsiktsförklaring om forskningssamverkan kring lokal demokrati
Dnr KS 2025/158

#Beslut
Demokratiberedningen föreslår kommunfullmäktige att godkänna avsiktsförklaringen mellan Strängnäs kommun och Mälardalens universitet om forskningssamverkan kring lokal demokrati 2025–2027.

#Ärendet
Mälardalens universitet godkände avsiktsförklaringen 2025-04-10. Samverkan omfattar följeforskning om e-förslagen och en enkät till förtroendevalda. Även Eskilstuna kommun deltar i projektet genom ett eget avtal. Tjänsteskrivelse 2025-04-22.

#Beslutet skickas till
Kommunfullmäktige
Mälardalens universitet
"""


class StrPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(110, 5, "STRÄNGNÄS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(110, 5, "Demokratiberedningen")
        self.cell(0, 5, f"Sammanträdesdatum 2025-05-14   {self.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes signatur ..........              Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = StrPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll demokratiberedningen 2025-05-14")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    for line in STR.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("|"):
            label, text = line[1:].split("|", 1)
            pdf.set_font("F", "B", 9)
            pdf.cell(55, 5, label)
            pdf.set_font("F", "", 9)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "strangnas-demokratiberedningen-2025-05-14-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Sollefteå kommun, Rådet för funktionshinderfrågor 2024-10-09, full protocol, 4 §§.
# ---------------------------------------------------------------------------------------------
SOL_ATT = [
    ("Namn", "Representerar", "Uppdrag"),
    ("Elin Sundqvist (S)", "Kommunstyrelsen", "Ordförande"),
    ("Kjell Byström", "DHR Sollefteå", "Vice ordförande"),
    ("Gun-Britt Nordin (C)", "Socialnämnden", "Ledamot"),
    ("Ove Hägglund (SD)", "Samhällsbyggnadsnämnden", "Ledamot"),
    ("Margareta Eng", "Synskadades Riksförbund Västernorrland", "Ledamot"),
    ("Tord Wiklund", "FUB Sollefteå", "Ledamot"),
    ("Annika Lodin", "Neuroförbundet Sollefteå", "Ersättare"),
    ("Karin Olofsson", "Tillgänglighetssamordnare", "Sekreterare"),
    ("Stefan Åslund", "Planarkitekt, § 19", "Föredragande"),
]

SOL_BODY = [
    "#Protokoll",
    "Sammanträdesdag: onsdag 9 oktober 2024, kl. 13.00–15.30",
    "Plats: Tingshuset, lokal Nipan, Sollefteå",
    "#Närvarande",
    "@ATT",
    "Justerare: Margareta Eng. Justering sker digitalt 2024-10-16.",
    "Paragrafer: §§ 18–21",
    "#§ 18 Tillgängligheten vid Sollefteå resecentrum",
    "Diarienummer: KS 2024/00233",
    "#Rådets beslut",
    "Rådet noterar informationen.",
    "#Beskrivning av ärendet",
    "Trafikverket och Din Tur informerar om ombyggnaden av perrongerna vid resecentrum. Arbetet planeras till "
    "perioden 2025-04-14–2025-08-29. Rådet framför att ledstråk och taktila plattor ska finnas under hela "
    "byggtiden. Frågan togs senast upp 2024-05-15, § 9.",
    "#§ 19 Remissvar – Riktlinjer för bostadsanpassningsbidrag",
    "Diarienummer: SBN 2024/00419",
    "#Rådets beslut",
    "Rådet lämnar yttrande till samhällsbyggnadsnämnden enligt bilaga 1.",
    "#Beskrivning av ärendet",
    "Samhällsbyggnadsnämnden har remitterat förslaget till nya riktlinjer till rådet med svar senast 2024-10-31. "
    "Riktlinjerna bygger på lagen (2018:222) om bostadsanpassningsbidrag. Boverket har lämnat vägledning i "
    "frågan 2023. Planarkitekt Stefan Åslund föredrar ärendet. Samhällsbyggnadsförvaltningens tjänsteskrivelse "
    "är daterad 2024-09-18.",
    "#Särskilt yttrande",
    "Tord Wiklund lämnar för FUB Sollefteå ett särskilt yttrande om handläggningstiderna. Ersättaren Annika "
    "Lodin instämmer i yttrandet.",
    "#Beslutet skickas till",
    "Samhällsbyggnadsnämnden",
    "#§ 20 Handlingsplan för funktionshinderpolitiken 2025–2027",
    "Diarienummer: KS 2024/00187",
    "#Rådets förslag till kommunstyrelsen",
    "@BUL att anta handlingsplanen för funktionshinderpolitiken 2025–2027,",
    "@BUL att ge kommundirektören i uppdrag att redovisa planens genomförande årligen till rådet.",
    "#Beskrivning av ärendet",
    "Handlingsplanen utgår från Myndigheten för delaktighets uppföljningsmodell och konventionen om "
    "rättigheter för personer med funktionsnedsättning. Kommunfullmäktige antog den nuvarande planen 2021-11-29, "
    "§ 143. Tjänsteskrivelse 2024-09-20.",
    "#Yrkanden",
    "Gun-Britt Nordin (C) yrkar att planen kompletteras med ett mål om tillgängliga lekplatser. Ordföranden "
    "yrkar avslag på tilläggsyrkandet och bifall till förslaget i övrigt.",
    "#Beslutsgång",
    "Ordföranden finner att rådet avslår tilläggsyrkandet och bifaller förslaget i övrigt.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 21 Anmälningar",
    "Diarienummer: KS 2024/00012",
    "#Rådets beslut",
    "Anmälningarna läggs till handlingarna.",
    "#Anmälningar",
    "Protokoll från Kommunala pensionärsrådet 2024-09-04.",
    "Inbjudan från Funktionsrätt Västernorrland till länskonferens 2024-11-20.",
    "#Underskrifter",
    "Vid protokollet\tKarin Olofsson",
    "Ordförande\tElin Sundqvist",
    "Justerare\tMargareta Eng",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sollefteå kommun"
    cp.title = "Protokoll rådet för funktionshinderfrågor 2024-10-09"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Sollefteå kommun"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "SOLLEFTEÅ KOMMUN\tRådet för funktionshinderfrågor\t2024-10-09"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    for line in SOL_BODY:
        if line == "@ATT":
            table = d.add_table(rows=0, cols=3)
            for row in SOL_ATT:
                cells = table.add_row().cells
                for c, v in zip(cells, row, strict=True):
                    c.text = v
        elif line.startswith("@BUL "):
            d.add_paragraph(line[5:], style="List Bullet")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 14, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "solleftea-rff-2024-10-09-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
