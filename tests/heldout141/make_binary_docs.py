# ruff: noqa: E501
"""Generate the binary documents of tests/heldout141/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout141/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 10, 14, 14, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 25, 9, 30, 0)

# PDF: Sävsjö kommun, kommunstyrelsen 2024-10-08, full protocol, 4 pages.
# Lines starting with "#" are bold headings, "@" are small running-header lines, "=" starts a new
# page, " " is a blank line.
SAVSJO = """\
@SÄVSJÖ KOMMUN                                    SAMMANTRÄDESPROTOKOLL
@Kommunstyrelsen                                     2024-10-08
#Kommunstyrelsen
Plats och tid: Kommunhuset i Sävsjö, kl. 13.00–16.40

#Beslutande
Jonas Fritz (M), ordförande
Elin Sjöstrand (KD), 1:e vice ordförande
Tommy Hallgren (S), 2:e vice ordförande
Magnus Liljegren (M)
Kerstin Alm (S)
Håkan Petersson (SD)
Therese Nyqvist (C)
Bo Rydell (S), tjg. ersättare för Ingrid Bäck (S)
Ahmed Karimi (L)

#Ej tjänstgörande ersättare
Maja Fors (KD), Ola Strand (SD), Britt Hjalmarsson (S)

#Övriga närvarande
Helena Wiberg, kommundirektör
Karl Forsgren, samhällsbyggnadschef, § 131
Daniel Ek, kommunsekreterare

Utses att justera: Tommy Hallgren
Justeringens plats och tid: Kommunhuset, 2024-10-14
Paragrafer: 131–134

Underskrifter
Sekreterare ........................ Daniel Ek
Ordförande ........................ Jonas Fritz
Justerande ........................ Tommy Hallgren

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ: Kommunstyrelsen   Sammanträdesdatum: 2024-10-08
Anslaget sätts upp: 2024-10-15   Anslaget tas ned: 2024-11-06
Förvaringsplats för protokollet: Kommunhuset, Sävsjö
=
@Sävsjö kommun – Kommunstyrelsen – Protokoll 2024-10-08                    Sida 2 av 4
#§ 131   Dnr KS 2023/0412
#Samråd om förslag till ny översiktsplan för Sävsjö kommun

#Kommunstyrelsens beslut
1. Förslaget till översiktsplan sänds ut på samråd enligt 3 kap. 9 § plan- och bygglagen (2010:900) under tiden 2024-11-04–2025-01-31.
2. Förslaget remitteras till miljö- och byggnadsnämnden, barn- och utbildningsnämnden, socialnämnden och kultur- och fritidsnämnden, till Region Jönköpings län, Länsstyrelsen i Jönköpings län och Trafikverket samt till grannkommunerna Nässjö kommun, Vetlanda kommun och Värnamo kommun. Svar ska ha kommit in senast 2025-01-31.
3. Förvaltningen får i uppdrag att sammanställa inkomna synpunkter i en samrådsredogörelse.

#Sammanfattning
Kommunfullmäktige beslutade 2022-11-28, § 112, om planeringsdirektiv för den nya översiktsplanen. Förslaget pekar ut nya bostadsområden i Sävsjö, Vrigstad och Stockaryd och ett verksamhetsområde vid södra stambanan. Sävsjö Energi AB och Sävsjöbostäder AB har deltagit i arbetsgruppen. Planen ersätter översiktsplanen från 2014.
Tjänsteskrivelse från samhällsbyggnadschefen, daterad 2024-09-23.

#Yrkande
Elin Sjöstrand (KD) yrkar bifall till förslaget.

#Beslutet skickas till
Remissinstanserna enligt punkt 2

#§ 132   Dnr KS 2024/0155
#Motion om avgiftsfri kollektivtrafik för pensionärer

#Kommunstyrelsens förslag till kommunfullmäktige
Motionen avslås.

#Ärendebeskrivning
Kerstin Alm (S) och Tommy Hallgren (S) har i en motion daterad 2024-03-11 föreslagit att personer över 75 år ska få åka avgiftsfritt med kollektivtrafiken inom kommunen. Kommunfullmäktige lämnade motionen till kommunstyrelsen för beredning 2024-03-25, § 31.
Kommunstyrelsens arbetsutskott remitterade 2024-04-16, § 58, motionen till socialnämnden och till Region Jönköpings län. Socialnämnden yttrade sig 2024-08-21, § 74 (SN 2024/0067). Regionen svarade 2024-06-27 (RJL 2024/1187) att kostnaden beräknas till 1,9 mnkr per år.
Tjänsteskrivelse 2024-09-16.
=
@Sävsjö kommun – Kommunstyrelsen – Protokoll 2024-10-08                    Sida 3 av 4
#§ 132 (forts.)
#Yrkanden
Kerstin Alm (S) yrkar bifall till motionen.
Jonas Fritz (M) yrkar avslag på motionen.

#Beslutsgång
Ordföranden ställer proposition på de två yrkandena och finner att kommunstyrelsen bifaller hans eget yrkande. Omröstning begärs.
Den som vill bifalla ordförandens yrkande röstar ja, den som vill bifalla Alms yrkande röstar nej.
Omröstningen utfaller med 6 ja-röster mot 3 nej-röster. Ingen avstår. Kommunstyrelsen har alltså beslutat att föreslå fullmäktige att avslå motionen.

#Reservationer
Kerstin Alm (S), Tommy Hallgren (S) och Bo Rydell (S) reserverar sig mot beslutet till förmån för Alms yrkande.

#Beslutet skickas till
Kommunfullmäktige

#§ 133   Dnr KS 2024/0301
#Svar på remiss – Länstransportplan för Jönköpings län 2026–2037

#Kommunstyrelsens beslut
1. Kommunstyrelsen antar tjänsteskrivelsen som sitt yttrande till Region Jönköpings län.
2. Paragrafen förklaras omedelbart justerad.

#Ärendebeskrivning
Region Jönköpings län har den 2024-07-02 skickat förslag till länstransportplan på remiss till länets kommuner (regionens dnr RJL 2024/2210). Svar ska lämnas senast 2024-10-31. Planen ska fastställas av regionen i februari 2025, efter att Trafikverket lämnat sitt inriktningsunderlag. Kommunen lyfter särskilt behovet av åtgärder på väg 127 mellan Sävsjö och Vetlanda.
Tjänsteskrivelse 2024-09-27.

#Särskilt yttrande
Therese Nyqvist (C) lämnar ett särskilt yttrande om kollektivtrafiken på landsbygden.
Ersättaren Maja Fors (KD) instämmer i Nyqvists särskilda yttrande.

#Beslutet skickas till
Region Jönköpings län
=
@Sävsjö kommun – Kommunstyrelsen – Protokoll 2024-10-08                    Sida 4 av 4
#§ 134   Dnr KS 2024/0270
#Överenskommelse om medfinansiering av Sävsjö resecentrum

#Kommunstyrelsens beslut
Kommunstyrelsen godkänner överenskommelsen om medfinansiering av Sävsjö resecentrum mellan Sävsjö kommun, Trafikverket och Region Jönköpings län.

#Ärendebeskrivning
Kommunens andel uppgår till 12,5 mnkr och betalas ut 2026. Kommunfullmäktige har avsatt medel i investeringsbudgeten, § 97 2024-06-17. Finansieringen följer lagen (2009:47) om vissa kommunala befogenheter.
Tjänsteskrivelse 2024-09-20.

#Beslutet skickas till
Trafikverket, Region Jönköpings län


Justerandes signatur ..............          Utdragsbestyrkande ..............
"""


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Protokollsmall KS")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        elif line.startswith("@"):
            pdf.set_font("F", "", 8)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Kumla kommun, socialnämnden 2024-11-20, full protocol, 4 §§.
SN_HEAD = ["SAMMANTRÄDESPROTOKOLL", "Socialnämnden", "Sammanträdesdatum 2024-11-20"]
SN_ATT: list[tuple[str, str]] = [
    ("Plats och tid", "Kumla kommunhus, sal Hallsbergsrummet, kl. 13.15–16.05"),
    (
        "Ledamöter",
        "Camilla Öberg (S), ordförande\nRobert Nyman (M), vice ordförande\nLinnea Sjögren (S)\n"
        "Fredrik Hult (S)\nJenny Ask (SD)\nMarianne Ek (C)\nYusuf Demir (V)",
    ),
    (
        "Tjänstgörande ersättare",
        "Ulf Berggren (M) ersättare för Anna Qvist (M)\nKatja Lund (S) ersättare för Göran Holmberg (S)",
    ),
    ("Ersättare", "Lars Norrby (KD), Emma Sahlin (SD)"),
    (
        "Tjänstepersoner",
        "Åsa Rehn, socialchef\nPernilla Gran, avdelningschef, § 88\nMikael Sund, nämndsekreterare",
    ),
    ("Justerare", "Marianne Ek (C)"),
    ("Justeringens plats och tid", "Socialkontoret 2024-11-25"),
    ("Paragrafer", "86–89"),
]
SN_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Mikael Sund"),
    ("Ordförande", "Camilla Öberg"),
    ("Justerare", "Marianne Ek"),
]
# "#" bold heading, "*" numbered Word list item (number not in the text), "!" page break,
# "V" places the vote table.
SN_BODY: list[str] = [
    "!",
    "#§ 86 Ekonomisk uppföljning per oktober 2024",
    "Diarienummer SN 2024/0012",
    "#Beslut",
    "Socialnämnden godkänner uppföljningen.",
    "#Ärendet",
    "Prognosen för helåret visar ett underskott om 4,2 mnkr, främst inom försörjningsstöd enligt "
    "4 kap. 1 § socialtjänstlagen (2001:453). Tjänsteskrivelse 2024-11-06.",
    "#§ 87 Svar på remiss – Motion om värmestugor för hemlösa",
    "Diarienummer SN 2024/0231 (kommunstyrelsens diarienummer KS 2024/0398)",
    "#Beslut",
    "Socialnämnden antar förvaltningens yttrande som sitt svar till kommunstyrelsen och föreslår att "
    "motionen ska anses besvarad.",
    "#Ärendet",
    "Yusuf Demir (V) väckte motionen i kommunfullmäktige 2024-06-17, § 70. Fullmäktige lämnade den till "
    "kommunstyrelsen för beredning, och kommunstyrelsen remitterade 2024-08-27, § 133, motionen till "
    "socialnämnden med svar senast 2024-12-06. Förvaltningen samverkar redan med Frälsningsarmén och "
    "Kumla församling om öppet hus under vintermånaderna. Tjänsteskrivelse 2024-11-04.",
    "#Yrkanden",
    "Yusuf Demir (V) yrkar bifall till motionen. Camilla Öberg (S) yrkar bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer förvaltningens förslag mot Demirs yrkande och finner förvaltningens förslag "
    "antaget. Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Demirs yrkande.",
    "V",
    "Socialnämnden har beslutat enligt förvaltningens förslag.",
    "#Reservation",
    "Yusuf Demir (V) reserverar sig till förmån för sitt yrkande.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "!",
    "#§ 88 Svar på remiss – Policy för social hållbarhet 2025–2030",
    "Diarienummer SN 2024/0244, KS 2024/0333",
    "#Beslut",
    "*Socialnämnden antar förvaltningens yttrande som sitt svar till kommunstyrelsen.",
    "*Yttrandet kompletteras med att policyn bör innehålla en indikator för barnfattigdom.",
    "*Paragrafen justeras omedelbart.",
    "#Ärendet",
    "Kommunstyrelsen skickade 2024-09-24, § 151, förslaget på remiss till samtliga nämnder, Kumlabostäder AB, "
    "Region Örebro län och Polismyndigheten. Svar ska lämnas senast 2024-11-29. Förslaget bygger på "
    "Agenda 2030 och på Folkhälsomyndighetens rapport från 2023. Tjänsteskrivelse 2024-11-08.",
    "#Yrkanden",
    "Camilla Öberg (S) yrkar bifall till förvaltningens förslag. Robert Nyman (M) yrkar att yttrandet "
    "kompletteras med en indikator för barnfattigdom (tilläggsyrkande).",
    "#Beslutsgång",
    "Ordföranden finner att nämnden bifaller förvaltningens förslag och därefter Nymans tilläggsyrkande.",
    "#Särskilt yttrande",
    "Jenny Ask (SD) lämnar ett särskilt yttrande, bilaga 2.",
    "#Protokollsanteckning",
    "Marianne Ek (C) och Linnea Sjögren (S) antecknar att uppföljningen bör redovisas för nämnden varje år.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 89 Överenskommelse om samverkan för barn och unga i behov av samordnade insatser",
    "Diarienummer SN 2024/0190, regionens diarienummer 24RS4417",
    "#Beslut",
    "Socialnämnden godkänner överenskommelsen mellan Kumla kommun och Region Örebro län.",
    "#Ärendet",
    "Överenskommelsen ersätter den tidigare från 2019 och gäller 2025-01-01–2027-12-31. "
    "Tjänsteskrivelse 2024-10-30.",
    "#Beslutet skickas till",
    "Region Örebro län",
]
SN_VOTE: list[tuple[str, str, str, str]] = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Camilla Öberg (S)", "X", "", ""),
    ("Robert Nyman (M)", "X", "", ""),
    ("Linnea Sjögren (S)", "X", "", ""),
    ("Fredrik Hult (S)", "X", "", ""),
    ("Jenny Ask (SD)", "", "", "X"),
    ("Marianne Ek (C)", "X", "", ""),
    ("Yusuf Demir (V)", "", "X", ""),
    ("Ulf Berggren (M)", "X", "", ""),
    ("Katja Lund (S)", "X", "", ""),
    ("Summa", "7", "1", "1"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialkontoret"
    cp.title = "Protokoll socialnämnden 2024-11-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialkontoret"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kumla kommun\tSocialnämnden\tProtokoll 2024-11-20"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in SN_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in SN_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in SN_BODY:
        if line == "!":
            d.add_page_break()
        elif line == "V":
            vt = d.add_table(rows=0, cols=4)
            for row in SN_VOTE:
                cells = vt.add_row().cells
                for i, value in enumerate(row):
                    cells[i].text = value
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    d.add_paragraph().add_run("Underskrifter").bold = True
    st = d.add_table(rows=0, cols=2)
    for label, value in SN_SIGN:
        cells = st.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2024-11-26–2024-12-18.")
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 25, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "kumla-sn-2024-11-20-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(SAVSJO, "savsjo-ks-2024-10-08-protokoll.pdf", "Protokoll kommunstyrelsen 2024-10-08")
    make_docx()


if __name__ == "__main__":
    main()
