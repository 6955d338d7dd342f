"""Generate the binary documents of tests/heldout147/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout147/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 5, 27, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 1, 28, 14, 0, 0)

# PDF: Laxå kommun, socialnämnden 2025-05-21, full protocol.
# Lines starting with "#" are bold headings, "=" starts a new page, "" is a blank line,
# "+" continues the previous line (one PDF paragraph).
LAXA = """\
#SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-05-21

Plats och tid: Kommunhuset, Laxå, lokal Ramundersberget, kl. 13.15–16.05

#Beslutande ledamöter
Marie-Louise Sandin (S), ordförande
Kjell Brodin (C), vice ordförande
Anneli Persson (S)
Dragan Ilić (S)
Sven-Olof Hamrén (M)
Camilla Norrgård (SD)
Jenny Ödman (S), tjg ersättare i stället för Ulf Ramstedt (S)

#Närvarande ersättare
Tommy Krantz (SD), Eva Sjöman (KD)

#Övriga
Helena Brattström, socialchef
Mikael Adolfsson, enhetschef äldreomsorg, § 42
Josefin Lidén, nämndsekreterare

#Justering
Utses att justera: Sven-Olof Hamrén (M)
Tid och plats: Socialkontoret, 2025-05-26
Justerade paragrafer: §§ 41–43

Sekreterare ..............................  Josefin Lidén
Ordförande ..............................  Marie-Louise Sandin
Justerande ..............................  Sven-Olof Hamrén

#BEVIS OM ANSLAG
Socialnämndens protokoll 2025-05-21 är justerat. Anslaget sätts upp 2025-05-27 och tas ned 2025-06-18.
Protokollet förvaras på Socialkontoret, Laxå.
=
#§ 41 Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning
Dnr SN 2025/38

#Beslut
Socialnämnden godkänner överenskommelsen och föreslår att den gäller från och med 2025-07-01.

#Ärendet
Den nuvarande överenskommelsen från 2021 löper ut 2025-06-30. Den nya överenskommelsen tecknas mellan Region
+Örebro län och länets tolv kommuner, däribland Laxå kommun, och bygger på 5 kap. 8 a § socialtjänstlagen
+(2001:453) och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30). Regionalt samverkansråd Örebro län har berett
+förslaget. Brukarorganisationen NSPH Örebro län har lämnat synpunkter. Socialförvaltningens tjänsteskrivelse
+är daterad 2025-04-28.

#Beslutet skickas till
Region Örebro län
Regionalt samverkansråd Örebro län

#§ 42 Avrop från ramavtal om digitala trygghetslarm
Dnr SN 2025/51

#Beslut
1. Socialnämnden ansluter sig till ramavtalet om digitala trygghetslarm.
2. Socialchefen får i uppdrag att teckna avropsavtal för perioden 2025-09-01–2027-08-31.
3. Socialnämnden avsätter 340 000 kronor för byte av larm under 2025.

#Ärendet
Örebro kommun har som upphandlande myndighet genomfört en samordnad upphandling för sin egen räkning och för
+Askersunds kommun, Hallsbergs kommun, Lekebergs kommun och Laxå kommun. Ramavtalet tecknas mellan Laxå kommun
+och Careium Sweden AB, som vann upphandlingen. Det tidigare avtalet med Tunstall Nordic AB upphör 2025-08-31.
+Upphandlingen överprövades inte i Förvaltningsrätten i Karlstad. Enhetschefens tjänsteskrivelse 2025-05-06.

#Yrkanden
Kjell Brodin (C) och Anneli Persson (S) yrkar bifall till förvaltningens förslag.

#Beslutet skickas till
Careium Sweden AB, Örebro kommun
=
#SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-05-21

#§ 43 Yttrande över motion om avgiftsfria trygghetslarm
Dnr SN 2025/19, KS 2024/402

#Beslut
a) Socialnämnden föreslår att motionen avslås.
b) Yttrandet i bilaga 4 överlämnas till kommunstyrelsen.

#Ärendet
Kommunstyrelsen har remitterat motionen från Camilla Norrgård (SD), daterad 2024-11-18, till socialnämnden för
+yttrande senast 2025-06-02. Motionären vill att trygghetslarm ska vara avgiftsfria för personer över 80 år.
+Avgiften följer 8 kap. 5 § socialtjänstlagen och det maxtaxebelopp som Socialstyrelsen publicerar.
+Förvaltningens tjänsteskrivelse 2025-04-30 visar att intäkterna minskar med 610 000 kronor per år.

#Yrkanden
Marie-Louise Sandin (S) yrkar att motionen ska avslås. Camilla Norrgård (SD) yrkar bifall till motionen.

#Propositionsordning och omröstning
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller hennes eget yrkande. Omröstning
+begärs. Ja för avslag på motionen, nej för bifall. Med fem ja-röster mot en nej-röst beslutar nämnden att
+föreslå avslag. En ledamot, Sven-Olof Hamrén (M), avstår.

#Reservation
Camilla Norrgård (SD) reserverar sig till förmån för eget yrkande.

#Särskilt yttrande
Sven-Olof Hamrén (M) lämnar ett särskilt yttrande om avgiftsnivåerna.
Ersättaren Eva Sjöman (KD) instämmer i Hamréns särskilda yttrande.

#Beslutet skickas till
Kommunstyrelsen
"""


class LaxaPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, "LAXÅ KOMMUN", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes sign            Utdragsbestyrkande            {self.page_no()} ({{nb}})")


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = LaxaPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Socialförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lines: list[str] = []
    for raw in text.splitlines():
        if raw.startswith("+"):
            lines[-1] += " " + raw[1:]
        else:
            lines.append(raw)
    for line in lines:
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Tjörns kommun, kommunstyrelsen 2025-01-22, full protocol.
TJ_HEAD = ["Tjörns kommun", "Kommunstyrelsen", "PROTOKOLL", "Sammanträdesdatum 2025-01-22"]
TJ_ATT: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset i Skärhamn, sal Pilane, kl. 08.30–12.10"),
    ("Ledamöter", "Björn Ahlqvist (M), ordförande\nLena Krook (KD), förste vice ordförande\n"
     "Ingemar Sjöholm (S), andre vice ordförande\nFrida Vestin (M)\nPatrik Holgersson (SD)\n"
     "Ann-Sofie Rydh (L)\nAlexander Brink (S)"),
    ("Tjänstgörande ersättare", "Oskar Nilsén (C) ersätter Maja Gren (C)\n"
     "Sigrid Lund (S) ersätter Roger Svedin (S)"),
    ("Ersättare", "Emil Bengtsson (M)\nKarin Wessel (SD)"),
    ("Övriga deltagare", "Lotta Hedberg (kommundirektör)\nPer Åkesson (mark- och exploateringschef) § 6\n"
     "Ebba Lantz (kommunsekreterare)"),
    ("Justerare", "Ingemar Sjöholm"),
    ("Justeringsdag", "2025-01-28"),
    ("Paragrafer", "4–6"),
]
TJ_BODY: list[str] = [
    "#§ 4  Samverkansöverenskommelse mellan Tjörns kommun och Polisregion Väst 2025–2028",
    "Diarienummer KS 2024/0893",
    "#Kommunstyrelsens beslut",
    "*Kommunstyrelsen godkänner samverkansöverenskommelsen för perioden 2025–2028.",
    "*Kommunstyrelsens ordförande och kommundirektören får underteckna överenskommelsen.",
    "#Beskrivning av ärendet",
    "Överenskommelsen ersätter den som kommunstyrelsen godkände 2021-03-17, § 42. Den anger prioriterade "
    "områden: otrygghet i Skärhamns hamn, trafiksäkerhet på Tjörnbron och våld i nära relationer. "
    "Tjörns Bostäder AB och Räddningstjänsten Storgöteborg deltar i den lokala samverkansgruppen. "
    "Arbetet utgår från lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.",
    "Parter och företrädare:",
    "TABLE",
    "Kommunstyrelseförvaltningens tjänsteskrivelse 2025-01-08.",
    "#Yrkanden",
    "Björn Ahlqvist (M) yrkar bifall till förslaget. Ingemar Sjöholm (S) instämmer.",
    "#Protokollsanteckning",
    "Patrik Holgersson (SD) får följande anteckning till protokollet: Överenskommelsen saknar mätbara mål "
    "för trygghet i Kållekärr.",
    "#Expedieras",
    "Polisregion Väst, Tjörns Bostäder AB",
    "#§ 5  Förlängning av samverkansavtal om gemensam IT-drift",
    "Diarienummer KS 2020/0411",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen förlänger samverkansavtalet om gemensam IT-drift med två år, till och med 2027-06-30.",
    "#Beskrivning av ärendet",
    "Avtalet ingicks 2020 och har följande parter:",
    "*Tjörns kommun",
    "*Stenungsunds kommun",
    "*Orust kommun",
    "Stenungsunds kommun är driftsansvarig. Avtalet kan förlängas med två år åt gången om ingen part säger "
    "upp det senast nio månader före avtalstidens slut. Uppsägningstiden löper ut 2025-09-30. "
    "Tjänsteskrivelse daterad 2024-12-19. Sveriges Kommuner och Regioner (SKR) har tagit fram "
    "den mall som avtalet bygger på.",
    "#Yrkanden",
    "Lena Krook (KD) yrkar bifall. Ann-Sofie Rydh (L) yrkar att avtalet ska förlängas med endast ett år.",
    "#Beslutsgång",
    "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt Lena Krooks "
    "yrkande. Votering begärs. Den som vill bifalla Lena Krooks yrkande röstar ja, den som vill bifalla "
    "Ann-Sofie Rydhs yrkande röstar nej. Omröstningen utfaller med sju ja-röster och två nej-röster. "
    "Ingen ledamot avstår från att rösta.",
    "#Reservation",
    "Ann-Sofie Rydh (L) och Oskar Nilsén (C) reserverar sig mot beslutet.",
    "#Expedieras",
    "Stenungsunds kommun, Orust kommun",
    "#§ 6  Exploateringsavtal för detaljplan Almön 1:45, Almöns marina",
    "Diarienummer KS 2023/0277",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige att godkänna exploateringsavtalet med Almö Marina "
    "Fastighets AB.",
    "#Beskrivning av ärendet",
    "Detaljplanen för Almöns marina antogs av samhällsbyggnadsnämnden 2024-11-14, § 188. Exploatören "
    "bygger ut bryggor och 24 bostäder och bekostar en ny gång- och cykelväg till Tjörnbrons busshållplats. "
    "Västtrafik AB har lämnat synpunkter på hållplatsens läge. Ärendet har behandlats av "
    "kommunstyrelsens arbetsutskott 2025-01-08, § 3. Tjänsteskrivelse 2024-12-20.",
    "#Yrkanden",
    "Frida Vestin (M) yrkar bifall till arbetsutskottets förslag.",
    "#Särskilt yttrande",
    "Alexander Brink (S) lämnar för Socialdemokraternas räkning ett särskilt yttrande enligt bilaga.",
    "#Expedieras",
    "Kommunfullmäktige, Almö Marina Fastighets AB, Samhällsbyggnadsnämnden",
    "#Underskrifter",
    "Ordförande: Björn Ahlqvist",
    "Justerare: Ingemar Sjöholm",
    "Sekreterare: Ebba Lantz",
]
TJ_PARTIES = [("Part", "Företräds av"), ("Tjörns kommun", "Kommunstyrelsens ordförande"),
              ("Polisregion Väst", "Lokalpolisområdeschefen i Stenungsund")]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunstyrelseförvaltningen"
    cp.title = "Protokoll kommunstyrelsen 2025-01-22"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunstyrelseförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Tjörns kommun | Kommunstyrelsen | Protokoll 2025-01-22"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur                Utdragsbestyrkande"
    for line in TJ_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in TJ_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in TJ_BODY:
        if line == "TABLE":
            t = d.add_table(rows=0, cols=2)
            for a, b in TJ_PARTIES:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = b
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 28, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "tjorn-ks-2025-01-22-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(LAXA, "laxa-sn-2025-05-21-protokoll.pdf", "Protokoll socialnämnden 2025-05-21")
    make_docx()


if __name__ == "__main__":
    main()
