# ruff: noqa: E501
"""Generate the binary documents of tests/heldout131/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout131/make_binary_docs.py

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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 11, 26, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 10, 1, 9, 15, 0)

# Tingsryds kommun, socialnämnden 2024-11-19, full protocol (PDF).
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
TINGSRYD_PAGES = 3
TINGSRYD = """\
#Socialnämnden
#Protokoll från sammanträde 2024-11-19
Plats och tid: Kommunhuset, Tingsryd, lokal Eken, kl. 13.15–16.05

Närvarande beslutande: Ingrid Svensson (C) ordförande, Mats Karlsson (S) vice ordförande, Berit Ek (M), \
Anders Petersson (C), Per-Olof Strand (S), Nina Håkansson (V), Gun-Britt Olsson (S), Sofia Lindahl (SD), \
Lars Johansson (M), Emma Berglund (L) och Olof Petersson (KD), den sistnämnde som tjänstgörande \
ersättare för Lena Algotsson (KD).

Närvarande ersättare, ej tjänstgörande: Sven Nilsson (S), Hanna Ljung (SD).

Övriga: Karin Fransson, socialchef; Peter Lönn, ekonom, § 100; Malin Gustavsson, nämndsekreterare.

Justerare: Berit Ek (M). Justeringen äger rum på socialförvaltningen 2024-11-25 kl. 10.00.
Paragrafer: 98–100

Sekreterare ..................................  Malin Gustavsson
Ordförande ..................................  Ingrid Svensson
Justerare ....................................  Berit Ek

#BEVIS OM ANSLAG
Protokollet är justerat. Anslaget sätts upp 2024-11-26 och tas ned 2024-12-18.
Protokollet förvaras på socialförvaltningen, Tingsryds kommun.
=
#§ 98   Överenskommelse om samverkan för barn och unga i behov av samordnade insatser
Dnr SN 2024/0187

#Beslut
Socialnämnden beslutar
1. att godkänna överenskommelsen mellan Tingsryds kommun och Region Kronoberg om samverkan för barn \
och unga i behov av samordnade insatser,
2. att överenskommelsen ska följas upp i nämnden senast i december 2025,
3. att paragrafen justeras omedelbart.

#Ärendet
Överenskommelsen har tagits fram i Regional samverkansgrupp barn och unga, där länets åtta kommuner och \
Region Kronoberg ingår. Den bygger på 2 kap. 7 § socialtjänstlagen (2001:453) och lagen (2017:612) om \
samverkan vid utskrivning från sluten hälso- och sjukvård. Socialnämnden informerades om arbetet \
2024-09-24, § 77. Överenskommelsen ska gälla från och med 2025-01-01.
Socialförvaltningens tjänsteskrivelse är daterad 2024-11-04.

#Skickas till
Region Kronoberg
Barn- och utbildningsnämnden

#§ 99   Remiss – Regional handlingsplan mot mäns våld mot kvinnor och våld i nära relationer
Dnr SN 2024/0203

#Beslut
Socialnämnden antar socialförvaltningens förslag till yttrande och överlämnar det till Länsstyrelsen \
i Kronobergs län.

#Ärendet
Länsstyrelsen i Kronobergs län har skickat förslaget till regional handlingsplan på remiss till \
kommunerna i länet med sista svarsdag 2024-12-06 (Länsstyrelsens dnr 850-3112-2024). Planen gäller \
2025–2028 och har tagits fram tillsammans med Region Kronoberg, Polismyndigheten och Kvinno- och \
tjejjouren i Växjö. Tjänsteskrivelse från enhetschef Jenny Ring, 2024-11-06.

#Yrkanden
Ingrid Svensson (C) yrkar bifall till förvaltningens förslag.
Nina Håkansson (V) yrkar, med instämmande av Per-Olof Strand (S), att yttrandet ska kompletteras med \
ett krav på att länet inrättar ett gemensamt skyddat boende.
=
#§ 99 forts.

#Beslutsgång
Ordföranden konstaterar att det finns ett huvudyrkande och ett tilläggsyrkande. Nämnden bifaller först \
förvaltningens förslag. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner att det \
avslås. Omröstning begärs.

Den som vill avslå tilläggsyrkandet röstar ja. Den som vill bifalla tilläggsyrkandet röstar nej. \
Omröstningen utfaller med 6 ja-röster mot 5 nej-röster. Ingen avstår. Nämnden har därmed avslagit \
tilläggsyrkandet. Omröstningslista, bilaga 1.

#Reservation
Ledamöterna Nina Håkansson (V) och Per-Olof Strand (S) reserverar sig till förmån för tilläggsyrkandet.

#Skickas till
Länsstyrelsen i Kronobergs län

#§ 100   Ekonomisk uppföljning oktober 2024
Dnr SN 2024/0012

#Beslut
Socialnämnden beslutar
a) att godkänna uppföljningen för perioden januari–oktober 2024,
b) att ge socialchefen i uppdrag att återkomma med en åtgärdsplan för hemtjänsten till sammanträdet \
2025-01-21.

#Ärendet
Socialnämnden prognostiserar ett underskott på 5,4 miljoner kronor för 2024, varav 3,8 miljoner kronor \
inom hemtjänsten. Kommunfullmäktige har i budgeten 2024 gett nämnden i uppdrag att minska kostnaderna \
för externa placeringar. Tingsrydsbostäder AB har sagt upp hyresavtalet för gruppbostaden på Sjövägen \
från och med 2025-03-31. Tjänsteskrivelse 2024-11-08.

#Protokollsanteckning
Sofia Lindahl (SD) antecknar till protokollet att Sverigedemokraterna vill se en extern granskning av \
hemtjänstens planering.

#Skickas till
Kommunstyrelsen
Ekonomienheten
"""


class TingsrydPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "TINGSRYDS KOMMUN", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Socialnämnden   Protokoll 2024-11-19   Sida {self.page_no()} ({TINGSRYD_PAGES})",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerare sign ..........        Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = TingsrydPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2024-11-19")
    pdf.set_author("Socialförvaltningen")
    pdf.set_creator("Protokollsmall SN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in TINGSRYD.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == TINGSRYD_PAGES, pdf.page_no()
    pdf.output(str(DOCS / "tingsryd-sn-2024-11-19-protokoll.pdf"))


# DOCX: Region Gotland, barn- och utbildningsnämnden 2025-09-24, full protocol.
BUN_ATT: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Karin Ahlqvist", "S", "ordförande"),
    ("Gustav Lindvall", "M", "vice ordförande"),
    ("Ronja Hägg", "V", "ledamot"),
    ("Mattias Björk", "S", "ledamot"),
    ("Helena Stenström", "C", "ledamot"),
    ("Anders Klintberg", "M", "ledamot"),
    ("Sara Pettersson", "SD", "ledamot"),
    ("Jonas Larsson", "C", "tjänstgörande ersättare för Lisa Wahlgren (C)"),
    ("Emil Gardell", "S", "tjänstgörande ersättare för Ylva Hedin (S)"),
    ("Ulrika Kahl", "MP", "ersättare"),
    ("Bo Sjöberg", "KD", "ersättare"),
]
BUN_STAFF = [
    "Marie Engström, utbildningsdirektör",
    "Johan Rosvall, skolskjutssamordnare, § 88",
    "Paulina Norrby, nämndsekreterare",
]
BUN_BEFORE = [
    ("Justerare", "Gustav Lindvall"),
    ("Justeringens plats och tid", "Visby, regionens hus, 2025-09-30"),
    ("Paragrafer", "§§ 88–90"),
]
# ("h", text) bold heading; ("p", text) paragraph; ("n", text) Word numbered list item;
# ("b", text) Word bullet; ("br", "") page break.
BUN_BODY: list[tuple[str, str]] = [
    ("br", ""),
    ("h", "BUN § 88    Skolskjutsregler för Region Gotland från läsåret 2026/27"),
    ("p", "BUN 2025/0417"),
    ("h", "Barn- och utbildningsnämndens beslut"),
    ("b", "Barn- och utbildningsnämnden antar reviderade skolskjutsregler att gälla från och med 2026-08-01."),
    ("b", "Tidigare regler, beslutade 2019-02-20, § 12, upphör att gälla samma dag."),
    ("h", "Sammanfattning"),
    ("p", "Reglerna har setts över mot bakgrund av 10 kap. 32 § skollagen (2010:800) och ändrade "
          "upphandlade linjer hos Gotlands Buss AB. Avståndsgränserna ändras inte. Elever på Fårö och "
          "i Burgsvik påverkas särskilt. Trafikverket har lämnat synpunkter på hållplatser längs väg 142. "
          "Utbildningsförvaltningens tjänsteskrivelse är daterad 2025-09-08."),
    ("h", "Yrkanden"),
    ("p", "Karin Ahlqvist (S) föreslår bifall till förvaltningens förslag. Anders Klintberg (M) yrkar att "
          "ärendet återremitteras för att konsekvenserna för landsbygdsskolorna ska belysas. Gustav Lindvall (M) "
          "instämmer."),
    ("h", "Propositionsordning"),
    ("p", "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. Votering "
          "begärs. Ja – ärendet avgörs i dag. Nej – ärendet återremitteras."),
    ("p", "Resultat: Ja 6, Nej 3. Nämnden har beslutat att avgöra ärendet i dag."),
    ("p", "Därefter ställer ordföranden proposition på förvaltningens förslag och finner det bifallet."),
    ("h", "Reservation"),
    ("p", "Anders Klintberg och Gustav Lindvall, båda M, reserverar sig mot beslutet att avgöra ärendet i dag."),
    ("h", "Expedieras"),
    ("p", "Gotlands Buss AB, Trafikverket"),
    ("h", "BUN § 89    Samverkansavtal mellan Region Gotland och Uppsala universitet om lärarutbildning på Campus Gotland"),
    ("p", "BUN 2025/0352"),
    ("h", "Barn- och utbildningsnämndens beslut"),
    ("n", "Samverkansavtalet med Uppsala universitet om verksamhetsförlagd utbildning godkänns för perioden 2026–2029."),
    ("n", "Utbildningsdirektören får i uppdrag att underteckna avtalet."),
    ("p", "Paragrafen justeras omedelbart."),
    ("h", "Sammanfattning"),
    ("p", "Uppsala universitet bedriver grundlärarutbildning på Campus Gotland i Visby. Avtalet reglerar "
          "platser för verksamhetsförlagd utbildning i regionens förskolor och skolor och ersättningen för "
          "handledning. Det nuvarande avtalet löper ut 2025-12-31. Universitetets diarienummer är "
          "UFV 2025/1190. Tjänsteskrivelse 2025-09-02."),
    ("h", "Expedieras"),
    ("p", "Uppsala universitet"),
    ("br", ""),
    ("h", "BUN § 90    Svar på remiss – Motion om simundervisning i årskurs 1"),
    ("p", "BUN 2025/0398, RS 2025/611"),
    ("h", "Barn- och utbildningsnämndens beslut"),
    ("p", "Barn- och utbildningsnämnden tillstyrker motionen och överlämnar förvaltningens yttrande till "
          "regionstyrelsen."),
    ("h", "Sammanfattning"),
    ("p", "Regionstyrelsen har remitterat en motion från Vänsterpartiet, daterad 2025-03-17, till "
          "barn- och utbildningsnämnden för yttrande senast 2025-10-15. Motionen föreslår att alla "
          "elever ska erbjudas simundervisning redan i årskurs 1. Teknikförvaltningen ansvarar för "
          "simhallarna. Svenska Livräddningssällskapet har bidragit med underlag. "
          "Utbildningsförvaltningens tjänsteskrivelse 2025-09-09."),
    ("h", "Yrkanden"),
    ("p", "Ronja Hägg (V) och Mattias Björk (S) yrkar bifall till förslaget."),
    ("h", "Särskilt yttrande"),
    ("p", "Gustav Lindvall (M) och Anders Klintberg (M) lämnar ett särskilt yttrande, bilaga 2. "
          "Bo Sjöberg (KD) ställer sig bakom det moderata yttrandet."),
    ("h", "Expedieras"),
    ("p", "Regionstyrelsen"),
    ("h", "Vid protokollet"),
    ("p", "Paulina Norrby, sekreterare"),
    ("p", "Karin Ahlqvist, ordförande"),
    ("p", "Gustav Lindvall, justerare"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-09-24"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Utbildningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Region Gotland\tBarn- och utbildningsnämnden\tProtokoll 2025-09-24"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT

    d.add_paragraph().add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Sammanträde 2025-09-24, kl. 09.00–12.20, Visby, regionens hus, sal Graip")
    d.add_paragraph().add_run("Närvarande").bold = True
    table = d.add_table(rows=0, cols=3)
    for name, party, role in BUN_ATT:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = party
        cells[2].text = role
    d.add_paragraph().add_run("Övriga närvarande").bold = True
    for line in BUN_STAFF:
        d.add_paragraph(line)
    t2 = d.add_table(rows=0, cols=2)
    for label, value in BUN_BEFORE:
        cells = t2.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph(
        "Anslag: protokollet har justerats och tillkännages på regionens digitala anslagstavla "
        "2025-10-01–2025-10-23."
    )
    for kind, text in BUN_BODY:
        if kind == "br":
            d.add_page_break()
        elif kind == "h":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "n":
            d.add_paragraph(text, style="List Number")
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 1, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "regiongotland-bun-2025-09-24-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
