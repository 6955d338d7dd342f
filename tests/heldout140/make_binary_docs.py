# ruff: noqa: E501
"""Generate the binary documents of tests/heldout140/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout140/make_binary_docs.py

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
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 5, 20, 10, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 11, 25, 14, 0, 0)

# --------------------------------------------------------------------------------- PDF: Trelleborg
# One list item per printed line (no wrapping by fpdf2): "#" = bold line, "=" = new page.
TRELLEBORG = """\
#Kultur- och fritidsnämnden
Sammanträdesdatum: onsdag 14 maj 2025
Plats: Stadshuset, sammanträdesrum Havet, Trelleborg, kl. 17.30–20.45

#Närvarande
Namn                        Parti   Funktion
Sara Holmberg               M       ordförande
Patrik Åkesson              SD      1:e vice ordförande
Mona Lindh                  S       2:e vice ordförande
Anders Bengtsson            M       ledamot
Emir Kovač                  S       ledamot
Louise Nyberg               SD      ledamot
Per-Erik Sandin             L       ledamot
Karin Jönsson               C       ledamot
Olle Mattsson               S       tjänstgörande ersättare för Birgit Hansson (S)

Ersättare, ej tjänstgörande: Jenny Ask (S), Henrik Borg (KD), Lotta Friberg (C)

Tjänstemän: Mikael Rask, kultur- och fritidschef; Ebba Lund, nämndsekreterare;
Sanna Wiberg, föreningskonsulent (§ 34)

Justerare: Mona Lindh (S)
Justeringens plats och tid: Kultur- och fritidsförvaltningen, 2025-05-19

Paragrafer: 34–36

Sekreterare     ......................................
                Ebba Lund
Ordförande      ......................................
                Sara Holmberg
Justerare       ......................................
                Mona Lindh

#ANSLAG
Protokollet har justerats. Anslag sätts upp 2025-05-20 och tas ned 2025-06-11.
Förvaringsplats: Kultur- och fritidsförvaltningen, Trelleborg
=
#§ 34  Revidering av regler för föreningsbidrag från 2026
Diarienummer KFN 2025/41

#Beslut
1. Kultur- och fritidsnämnden antar reviderade regler för föreningsbidrag att gälla
   från 2026-01-01.
2. Aktivitetsbidraget till föreningar med färre än tio medlemmar upphör.

#Ärendebeskrivning
Reglerna antogs 2019-11-13, § 78. Förvaltningen föreslår att bidragen i högre grad
ska följa deltagartillfällen som rapporteras till RF-SISU Skåne och att lokalbidraget
räknas om. Föreningskonsulent Sanna Wiberg föredrog ärendet. Trelleborgs FF och
Skåneidrotten har lämnat synpunkter under våren. Ansökningar för 2026 ska vara inne
senast 2025-10-31.

#Beslutsunderlag
Tjänsteskrivelse från kultur- och fritidsförvaltningen 2025-04-22
Förslag till regler, version 2025-04-10

#Yrkanden
Anders Bengtsson (M) yrkar bifall till förvaltningens förslag.
Mona Lindh (S) yrkar avslag på punkt 2.

#Propositionsordning och omröstning
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Anders
Bengtssons yrkande. Omröstning begärs. Ja-röst för Anders Bengtssons yrkande, nej-röst
för Mona Lindhs yrkande.
Ja: Sara Holmberg, Patrik Åkesson, Anders Bengtsson, Louise Nyberg, Per-Erik Sandin
Nej: Mona Lindh, Emir Kovač, Olle Mattsson
Avstår: Karin Jönsson
Resultat: 5 ja, 3 nej, 1 avstår.

#Reservation
Socialdemokraternas ledamöter reserverar sig skriftligt mot beslutet, bilaga 1.

#Särskilt yttrande
Karin Jönsson (C) lämnar ett särskilt yttrande: Centerpartiet avstod eftersom
konsekvenserna för landsbygdens små föreningar inte är belysta.
Ersättaren Lotta Friberg (C) ansluter sig till Karin Jönssons särskilda yttrande.

#Beslutet skickas till
Föreningsrådet i Trelleborg, RF-SISU Skåne
=
#§ 35  Avtal om drift av ridanläggningen i Skegrie – Trelleborgs kommun och
#Trelleborgs Ryttarförening
Diarienummer KFN 2025/52

#Beslut
1. Kultur- och fritidsnämnden godkänner avtal om drift av ridanläggningen i Skegrie
   mellan Trelleborgs kommun och Trelleborgs Ryttarförening för 2025-07-01–2030-06-30.
2. Paragrafen förklaras omedelbart justerad.

#Ärendebeskrivning
Föreningen har drivit anläggningen sedan 2015. Fastigheten ägs av Trelleborgshem AB.
Avtalet följer Skatteverkets ställningstagande om momsfri uthyrning till ideella
föreningar. Tjänsteskrivelse daterad 2025-04-25.

#Yrkanden
Per-Erik Sandin (L) yrkar bifall till förvaltningens förslag.

#Protokollsanteckning
Louise Nyberg (SD) lämnar följande protokollsanteckning: ”Hyran bör räknas upp med
konsumentprisindex redan från 2026.”
Ersättaren Henrik Borg (KD) ställer sig bakom Louise Nybergs protokollsanteckning.

#Beslutet skickas till
Trelleborgs Ryttarförening, Trelleborgshem AB

#§ 36  Yttrande över motion om fri entré till Trelleborgs museum för barn och unga
Diarienummer KFN 2025/17 (KS 2025/088)

#Beslut
Kultur- och fritidsnämnden föreslår att kommunfullmäktige avslår motionen.

#Ärendebeskrivning
Emir Kovač (S) har i en motion 2025-01-27 föreslagit fri entré för besökare under
20 år. Kommunstyrelsen har remitterat motionen till kultur- och fritidsnämnden för
yttrande senast 2025-06-15. Förvaltningen beräknar intäktsbortfallet till 140 000
kronor per år. Tjänsteskrivelse från kultur- och fritidsförvaltningen 2025-04-28.

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Emir Kovač (S) yrkar bifall till motionen.

#Beslutsgång
Ordföranden ställer proposition och finner att nämnden bifaller ordförandens yrkande.

#Reservation
Emir Kovač m.fl. (S) reserverar sig till förmån för eget yrkande.

#Protokollsanteckning
Karin Jönsson (C) och Per-Erik Sandin (L) lämnar en gemensam protokollsanteckning för
Centerpartiet och Liberalerna: frågan bör prövas igen i budgetarbetet för 2027.

#Beslutet skickas till
Kommunstyrelsen
=
#Bilaga 1, kultur- och fritidsnämnden 2025-05-14, § 34

#Reservation
Ärende: Revidering av regler för föreningsbidrag från 2026

Vi reserverar oss mot beslutet att ta bort aktivitetsbidraget för små föreningar.
Det drabbar främst pensionärsföreningar och kulturföreningar på landsbygden.

Mona Lindh (S)
Emir Kovač (S)
Olle Mattsson (S)
"""


class TrelleborgPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "TRELLEBORGS KOMMUN          SAMMANTRÄDESPROTOKOLL          2025-05-14",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Kultur- och fritidsnämnden                                   Sida {self.page_no()} ({{nb}})",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign  ..........          Utdragsbestyrkande  ..........",
                  new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = TrelleborgPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("M", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kultur- och fritidsnämnden 2025-05-14")
    pdf.set_author("Kultur- och fritidsförvaltningen")
    pdf.set_creator("Protokollsmall KFN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in TRELLEBORG.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("M", "", 8.5)
        pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "trelleborg-kfn-2025-05-14-protokoll.pdf"))


# --------------------------------------------------------------------------------- DOCX: Uddevalla
ATTENDANCE = [
    ("Namn", "Parti", "Funktion"),
    ("Helena Strömberg", "S", "Ordförande"),
    ("Johan Lycke", "M", "Vice ordförande"),
    ("Anna-Karin Forsberg", "S", "Ledamot"),
    ("Mikael Rydén", "M", "Ledamot"),
    ("Jessica Wahl", "SD", "Ledamot"),
    ("Daniel Svärd", "V", "Ledamot"),
    ("Ingrid Sand", "C", "Ledamot"),
    ("Tommy Ekh", "SD", "Ledamot"),
    ("Sabina Nordin", "KD", "Ledamot"),
    ("Olof Berntsson", "M", "Ledamot"),
    ("Mattias Lövgren", "S", "Tjänstgörande ersättare för Elsa Kvarnström (S)"),
    ("Sven Hallin", "SD", "Ersättare"),
    ("Nora Bergh", "V", "Ersättare"),
    ("Kjell Abrahamsson", "M", "Ersättare"),
    ("Maria Berg", "", "Kultur- och fritidschef"),
    ("Per Hult", "", "Nämndsekreterare"),
]

UDDEVALLA: list[str] = [
    "#Plats och tid: Stadshuset, Uddevalla, onsdagen den 19 november 2025 kl. 16.00–19.10",
    "@TABLE",
    "Utses att justera: Mikael Rydén (M)",
    "Justeringens plats och tid: Stadshuset 2025-11-24",
    "Justerade paragrafer: §§ 118–120",
    "Sekreterare ____________________ Per Hult",
    "Ordförande ____________________ Helena Strömberg",
    "Justerare ____________________ Mikael Rydén",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat och anslaget på Uddevalla kommuns anslagstavla. Datum för anslags uppsättande 2025-11-25, datum för anslags "
    "nedtagande 2025-12-17. Förvaringsplats: Kultur- och fritidsförvaltningen.",
    "@BREAK",
    "#KFN § 118   Verksamhetsplan med internbudget 2026",
    "Dnr KFN 2025/00211",
    "#Kultur- och fritidsnämndens beslut",
    "1. Kultur- och fritidsnämnden fastställer verksamhetsplan med internbudget 2026.",
    "2. Taxan för uthyrning av Margretegärdeparkens scen höjs med fem procent från 2026-01-01.",
    "3. Förvaltningen återrapporterar budgetläget till nämnden i april 2026.",
    "#Sammanfattning",
    "Kommunfullmäktige beslutade om nämndens budgetram 2025-06-11, § 97. Förvaltningen har "
    "fördelat ramen på verksamheterna bibliotek, kulturskola, kulturarv och "
    "fritid. Fritidsgården i Ljungskile föreslås få utökade öppettider. Västra Götalandsregionens "
    "bidrag till kulturskolan ingår med 1,2 miljoner kronor.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse daterad 2025-10-30 från kultur- och fritidsförvaltningen.",
    "#Yrkanden",
    "Helena Strömberg (S) yrkar bifall till förvaltningens förslag.",
    "Johan Lycke (M) yrkar bifall till Moderaternas och Kristdemokraternas förslag till "
    "verksamhetsplan, där taxehöjningen stryks.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på förslagen och finner att nämnden beslutat enligt Helena "
    "Strömbergs yrkande. Omröstning begärs och genomförs med följande propositionsordning: "
    "Ja-röst för Helena Strömbergs yrkande, nej-röst för Johan Lyckes yrkande. Med sju ja-röster "
    "mot fyra nej-röster bifaller nämnden Helena Strömbergs yrkande. Ingen avstår.",
    "#Reservation",
    "Mot beslutet reserverar sig Johan Lycke (M), Mikael Rydén (M), Olof Berntsson (M) och "
    "Sabina Nordin (KD) till förmån för Johan Lyckes yrkande.",
    "#Särskilt yttrande",
    "Jessica Wahl (SD) och Tommy Ekh (SD) lämnar ett särskilt yttrande för Sverigedemokraterna: "
    "”Vi stöder budgeten men vill se en översyn av bidraget till studieförbunden.”",
    "Ersättaren Sven Hallin (SD) ställer sig bakom Sverigedemokraternas särskilda yttrande.",
    "#Beslutet skickas till",
    "Ekonomiavdelningen, Kommunstyrelsen",
    "#KFN § 119   Yttrande över remiss – Kulturplan för Västra Götalandsregionen 2026–2029",
    "Dnr KFN 2025/00187",
    "#Kultur- och fritidsnämndens beslut",
    "Kultur- och fritidsnämnden beslutar att anta förvaltningens förslag till yttrande och "
    "översända det till Västra Götalandsregionen.",
    "#Sammanfattning",
    "Västra Götalandsregionen har skickat förslaget till regional kulturplan på remiss till "
    "kommunerna i länet, regionens diarienummer KUN 2025-00418. Kommunstyrelsen har lämnat "
    "remissen vidare till kultur- och fritidsnämnden för besvarande. Svar ska lämnas senast "
    "2025-12-05. Fyrbodals kommunalförbund lämnar ett eget delregionalt yttrande. Förvaltningens "
    "tjänsteskrivelse är daterad 2025-11-03.",
    "#Yrkanden",
    "Ingrid Sand (C) yrkar bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden finner att nämnden bifaller Ingrid Sands yrkande.",
    "#Särskilda yttranden",
    "Daniel Svärd (V) lämnar ett särskilt yttrande: ”Regionen borde ta ett större ansvar för "
    "de fria kulturgrupperna i Fyrbodal.”",
    "Ersättaren Nora Bergh (V) ansluter sig till Vänsterpartiets yttrande.",
    "Ersättaren Kjell Abrahamsson (M) lämnar ett ersättaryttrande om att biblioteksfrågorna "
    "borde ha fått större utrymme.",
    "#Beslutet skickas till",
    "Västra Götalandsregionen, Kommunstyrelsen",
    "#KFN § 120   Anmälan av delegationsbeslut",
    "Dnr KFN 2025/00009",
    "#Kultur- och fritidsnämndens beslut",
    "Nämnden lägger anmälan av delegationsbeslut till handlingarna.",
    "#Sammanfattning",
    "Delegationsbeslut fattade under perioden 2025-10-01–2025-10-31 anmäls, bland annat bidrag "
    "till Uddevalla Gymnastikförening och avtal med Studiefrämjandet Bohuslän.",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kultur- och fritidsförvaltningen"
    cp.title = "Protokoll kultur- och fritidsnämnden 2025-11-19"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kultur- och fritidsförvaltningen"
    cp.revision = 3
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = (
        "UDDEVALLA KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\t\tSammanträdesdatum 2025-11-19")
    d.sections[0].footer.paragraphs[0].text = "Justerare\t\tUtdragsbestyrkande"
    for line in UDDEVALLA:
        if line == "@TABLE":
            t = d.add_table(rows=0, cols=3)
            for row in ATTENDANCE:
                cells = t.add_row().cells
                for c, v in zip(cells, row, strict=False):
                    c.text = v
            continue
        if line == "@BREAK":
            d.add_page_break()
            continue
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 11, 25, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "uddevalla-kfn-2025-11-19-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
