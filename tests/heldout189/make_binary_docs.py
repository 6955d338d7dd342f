"""Generate the binary documents of tests/heldout189/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout189/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 11, 14, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 30, 11, 0, 0)

# PDF: Askersunds kommun, Samhällsbyggnadsnämnden 2024-11-07, full protocol, 3 pages.
# Lines starting with "#" are bold, "=" starts a new page (with the running header), "" is a blank line.
ASK_HEADER = "ASKERSUNDS KOMMUN    Samhällsbyggnadsnämnden    Sammanträdesprotokoll 2024-11-07"
ASKERSUND = """\
#Samhällsbyggnadsnämnden
Tid och plats: torsdagen den 7 november 2024 kl. 17.00–19.10, Rådhuset, Askersund

#Ledamöter
Jan-Olof Berg (C), ordförande
Ulrika Hägg (M), 1:e vice ordförande
Tommy Ström (S), 2:e vice ordförande
Sven-Åke Lind (KD)
Anna Pettersson (S)
Rikard Sjöholm (SD), kl. 17.00–18.20, §§ 60–61

#Tjänstgörande ersättare
Ove Karlsson (SD) istf Rikard Sjöholm (SD), § 62
Birgitta Ek (L) istf Per Lindahl (L)

#Ersättare
Nils Åkerman (C), Elsa Mörk (S)

#Övriga närvarande
Johanna Kron, samhällsbyggnadschef
Daniel Frisk, miljöinspektör, § 61
Petra Hult, nämndsekreterare

Justerare: Tommy Ström (S), med Sven-Åke Lind (KD) som ersättare
Justering: Samhällsbyggnadsförvaltningen, 2024-11-12
Paragrafer: 60–62

Sekreterare  ...................................  Petra Hult
Ordförande   ...................................  Jan-Olof Berg
Justerare    ...................................  Tommy Ström

#ANSLAG/BEVIS
Protokollet är justerat. Anslaget sätts upp 2024-11-13 och tas ned 2024-12-05.
Förvaringsplats: Samhällsbyggnadsförvaltningen, Askersund
=
#§ 60    Dnr SBN 2024-000312
#Bygglov för nybyggnad av enbostadshus, Hammar 3:45

#Beslut
1. Samhällsbyggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen (2010:900).
2. Avgiften fastställs till 38 250 kronor enligt taxa antagen av kommunfullmäktige 2023-12-18, § 141.

#Ärendebeskrivning
Ansökan kom in 2024-08-19. Åtgärden avviker från detaljplanens bestämmelse om byggrätt med 6 procent.
Grannar har hörts och Askersunds Bostads AB har inte haft något att invända. Tjänsteutlåtande 2024-10-22.

#Skickas till
Sökanden, Lantmäteriet

#§ 61    Dnr SBN 2024-000377
#Strandskyddsdispens för brygga och bastu, Harge 2:17

#Beslut
Samhällsbyggnadsnämnden ger dispens från strandskyddet enligt 7 kap. 18 b § miljöbalken.

#Ärendebeskrivning
Fastigheten ligger vid Vättern inom område med utökat strandskydd. Länsstyrelsen i Örebro län kan
överpröva beslutet inom tre veckor från att beslutet kom in till länsstyrelsen. Miljöinspektörens
tjänsteutlåtande är daterat 2024-10-24.

#Yrkanden
Jan-Olof Berg (C) yrkar bifall till förvaltningens förslag. Tommy Ström (S) yrkar avslag.

#Beslutsgång
Votering begärs. Ja-röst för Bergs yrkande, nej-röst för Ströms yrkande. Omröstningen utfaller med
5 ja-röster mot 2 nej-röster. Nämnden har alltså beslutat enligt Bergs yrkande.

#Reservation
Mot beslutet reserverar sig Tommy Ström (S) och Anna Pettersson (S).

#Skickas till
Sökanden, Länsstyrelsen i Örebro län
=
#§ 62    Dnr SBN 2024-000401
#Yttrande över remiss från Länsstyrelsen i Örebro län – ansökan om tillstånd för
#vindkraftpark Stora Bjurhult

#Beslut
- Samhällsbyggnadsnämnden antar förvaltningens yttrande och översänder det till Länsstyrelsen
  i Örebro län.
- Nämnden avstyrker ansökan i den del som avser verken närmast Tivedens nationalpark.
Paragrafen justeras omedelbart.

#Ärendebeskrivning
OX2 Wind AB har ansökt om tillstånd enligt 9 kap. 6 § miljöbalken. Länsstyrelsen i Örebro län har
sänt ansökan på remiss till kommunen med svar senast 2024-11-29. Naturvårdsverket och Försvarsmakten
har tidigare yttrat sig i samrådet 2023-05-10. Tjänsteutlåtande 2024-10-28.

#Särskilt yttrande
Ulrika Hägg (M) m.fl. lämnar ett särskilt yttrande, bilaga 4.

#Skickas till
Länsstyrelsen i Örebro län, Kommunstyrelsen
"""


def make_pdf(text: str, name: str, title: str, header: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Samhällsbyggnadsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pages = text.split("=\n")
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"{header}    Sida {number} ({len(pages)})", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for line in page.splitlines():
            if line.startswith("#"):
                pdf.set_font("F", "B", 11)
                line = line[1:]
            else:
                pdf.set_font("F", "", 9)
            pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Boxholms kommun, Socialnämnden 2025-09-23, full protocol.
BX_HEAD = ["Boxholms kommun", "Socialnämnden", "Protokoll", "Sammanträdesdag 2025-09-23"]
BX_PLACE = "Plats och tid: Kommunhuset, sammanträdesrum Åsunden, kl. 14.00–16.15"
BX_ATT: list[tuple[str, str]] = [
    ("Ledamöter", "Ersättare"),
    ("Anders Wik (S), ordförande", "Ewa Lind (S), tjg för Lars Fors (S)"),
    ("Helena Dahl (M), vice ordförande", "Jonny Ström (M)"),
    ("Karin Blom (S)", "Ali Hassan (S)"),
    ("Pär Ekman (SD)", ""),
    ("Maja Lindgren (C)", ""),
    ("Olle Sund (KD)", ""),
]
BX_AFTER = [
    "Övriga: Susanne Holm, socialchef; Henrik Ros, enhetschef IFO (§ 72); Camilla Berg, nämndsekreterare",
    "Justerare: Maja Lindgren",
    "Justeringens tid och plats: 2025-09-29, socialkontoret",
    "Paragrafer: 71–73",
]
BX_BODY: list[str] = [
    "#SN § 71 Delårsrapport januari–augusti 2025",
    "SN 2025/0061",
    "#Beslut",
    "Socialnämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen.",
    "#Sammanfattning",
    "Nämnden prognostiserar ett överskott på 0,9 mnkr. Tjänsteskrivelse 2025-09-09. Kommunstyrelsens "
    "anvisningar för delårsrapporten beslutades 2025-05-13, § 88.",
    "#Beslutet ska skickas till",
    "Kommunstyrelsen",
    "#SN § 72 Lokal överenskommelse om samverkan kring barn och unga med Region Östergötland",
    "SN 2025/0074",
    "#Beslut",
    "Socialnämnden beslutar",
    "1) att godkänna överenskommelsen mellan Boxholms kommun och Region Östergötland om samverkan kring "
    "barn och unga med psykisk ohälsa,",
    "2) att uppdra åt socialchefen att årligen följa upp överenskommelsen,",
    "3) att överenskommelsen ersätter tidigare överenskommelse från 2019-11-20.",
    "#Sammanfattning",
    "Överenskommelsen bygger på 5 kap. 1 d § socialtjänstlagen (2001:453) och har tagits fram i "
    "Närvårdssamverkan Östergötland. Barn- och utbildningsnämnden beslutar om sin del 2025-10-08. "
    "Förvaltningens tjänsteskrivelse är daterad 2025-09-02.",
    "#Protokollsanteckning",
    "Ewa Lind (S) antecknar att elevhälsan bör finnas med i uppföljningen.",
    "#Beslutet ska skickas till",
    "Region Östergötland, Barn- och utbildningsnämnden",
    "#SN § 73 Svar på remiss – Motion om avgiftsfria trygghetslarm",
    "SN 2025/0049, KS 2025/0102",
    "#Beslut",
    "Socialnämnden föreslår kommunfullmäktige att avslå motionen.",
    "#Sammanfattning",
    "Kommunstyrelsen har remitterat motionen från Pär Ekman (SD) till socialnämnden för yttrande senast "
    "2025-10-31. En avgiftsfri tjänst skulle kosta cirka 410 000 kronor per år. Tjänsteskrivelse 2025-09-10.",
    "#Yrkanden",
    "Helena Dahl (M) yrkar bifall till förvaltningens förslag. Pär Ekman (SD) yrkar bifall till motionen.",
    "#Omröstning",
    "Omröstning begärs. Den som vill bifalla förvaltningens förslag röstar ja, den som vill bifalla motionen "
    "röstar nej. Resultat: ja 5, nej 1, avstår 1. Socialnämnden har beslutat enligt förvaltningens förslag.",
    "#Reservation",
    "Pär Ekman (SD) reserverar sig.",
    "#Beslutet ska skickas till",
    "Kommunstyrelsen",
    "#Underskrifter",
    "Sekreterare ………………………… Camilla Berg",
    "Ordförande ………………………… Anders Wik",
    "Justerare ………………………… Maja Lindgren",
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
    d.sections[0].header.paragraphs[0].text = "Boxholms kommun\tSocialnämnden\tProtokoll 2025-09-23"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ……………      Utdragsbestyrkande ……………"
    for line in BX_HEAD:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph(BX_PLACE)
    table = d.add_table(rows=0, cols=2)
    for left, right in BX_ATT:
        cells = table.add_row().cells
        cells[0].text = left
        cells[1].text = right
    for line in BX_AFTER:
        d.add_paragraph(line)
    for line in BX_BODY:
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
    (DOCS / "boxholm-sn-2025-09-23-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(ASKERSUND, "askersund-sbn-2024-11-07-protokoll.pdf", "Protokoll samhällsbyggnadsnämnden 2024-11-07",
             ASK_HEADER)
    make_docx()


if __name__ == "__main__":
    main()
