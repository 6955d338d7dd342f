# ruff: noqa: E501
"""Generate the binary documents of tests/heldout184/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout184/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 1, 19, 10, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 20, 8, 30, 0)

# PDF: Karlsborgs kommun, krisledningsnämnden, extra sammanträde 2024-01-19.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
KARLSBORG = """\
#Krisledningsnämnden – extra sammanträde
Tid: fredagen den 19 januari 2024 kl. 08.00–09.35
Plats: Kommunhuset, Karlsborg, kommunens ledningsplats, samt via Teams

#Ledamöter
Peter Lindgren (M)                 ordförande
Anna Grip (S)                      1:e vice ordförande
Stefan Hjalmarsson (C)
Lotta Fält (KD)
Ulf Sjölander (SD)

#Ersättare
Mikael Roos (S), deltar via Teams

#Övriga deltagare
Karin Dalén, kommundirektör
Jonas Wiberg, säkerhetssamordnare
Erik Palm, VA-chef, §§ 2–3
Maria Fors, kommunsekreterare

Justerare: Anna Grip (S)
Justering: digitalt, 2024-01-19 kl. 11.00
Paragrafer: 1–4

Sekreterare: Maria Fors
Ordförande: Peter Lindgren
Justerare: Anna Grip

#BEVIS OM JUSTERING
Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2024-01-19. Anslaget tas ned 2024-02-12. Protokollet förvaras på kommunledningsförvaltningen, Kommunhuset, Karlsborg.
=
#§ 1  Krisledningsnämnden träder i funktion
Dnr KS 2024/21

#Beslut
Krisledningsnämnden beslutar
1. att konstatera att ordföranden 2024-01-17 kl. 16.30 bedömt att en extraordinär händelse föreligger och att nämnden därmed har trätt i funktion enligt 2 kap. 2 § lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap,
2. att nämnden tills vidare övertar beslutanderätten från tekniska nämnden i frågor som rör dricksvattenförsörjningen i Mölltorp.

#Sammanfattning
Ett ledningsbrott på huvudledningen från Mölltorps vattenverk upptäcktes 2024-01-16. Kylan har gjort reparationen svår och cirka 1 400 hushåll saknar dricksvatten. Räddningstjänsten Östra Skaraborg och Miljönämnden i Östra Skaraborg deltar i den samordnade ledningen. Kommunstyrelsens arbetsutskott informerades 2024-01-17. Kommunens krisledningsplan antogs av kommunfullmäktige 2023-06-19, § 54.

#§ 2  Överenskommelse om tillfällig leverans av nödvatten
Dnr KS 2024/22

#Beslut
1. Krisledningsnämnden godkänner överenskommelsen mellan Karlsborgs kommun och Skövde kommun om tillfällig leverans av nödvatten.
2. Kommundirektören får i uppdrag att underteckna överenskommelsen.

Paragrafen förklaras omedelbart justerad.

#Sammanfattning
Skövde kommun kan leverera dricksvatten med tankbil till Mölltorp under högst 30 dagar. Kostnaden ersätts enligt självkostnad. Livsmedelsverket har genom den nationella nödvattenorganisationen erbjudit vattentankar men är inte part i överenskommelsen. VA-chef Erik Palm föredrar ärendet.

#Beslutsunderlag
Tjänsteskrivelse från VA-chefen 2024-01-18
Förslag till överenskommelse, version 2024-01-17

#Beslutet skickas till
Skövde kommun, Tekniska nämnden
=
#§ 3  Förslag till kommunfullmäktige om tilläggsanslag för kostnader vid vattenavbrottet i Mölltorp
Dnr KS 2024/23

#Beslut
Krisledningsnämnden föreslår kommunfullmäktige att bevilja tekniska nämnden ett tilläggsanslag om 1,8 miljoner kronor för 2024, finansierat ur kommunfullmäktiges reserv för oförutsedda behov.

#Sammanfattning
Kostnaderna för nödvatten, reparation och extra personal beräknas till 1,8 miljoner kronor. Kommunen kan söka ersättning från Myndigheten för samhällsskydd och beredskap enligt förordningen (2006:637) om kommuners och regioners åtgärder inför och vid extraordinära händelser. Ekonomichefens tjänsteskrivelse är daterad 2024-01-18.

#Yrkanden
Peter Lindgren (M) yrkar bifall till förslaget.
Stefan Hjalmarsson (C) yrkar att ärendet återremitteras i avvaktan på besked om statlig ersättning.

#Beslutsgång och omröstning
Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att det ska avgöras i dag.
Omröstning begärs.
Ja (avgöra i dag): Peter Lindgren, Anna Grip, Lotta Fält, Ulf Sjölander
Nej (återremiss): Stefan Hjalmarsson
Resultat: 4 ja, 1 nej. Därefter bifaller nämnden ordförandens yrkande.

#Reservation
Stefan Hjalmarsson (C) reserverar sig mot beslutet att inte återremittera ärendet.

#Beslutet skickas till
Kommunfullmäktige

#§ 4  Återrapportering och fortsatt hantering
Dnr KS 2024/21

#Beslut
– Krisledningsnämndens beslut anmäls till kommunfullmäktige vid nästa sammanträde 2024-02-26.
– Frågan om utvärdering av krishanteringen överlämnas till kommunstyrelsens arbetsutskott.

#Sammanfattning
Enligt 2 kap. 4 § lagen (2006:544) ska krisledningsnämnden anmäla sina beslut till fullmäktige. Lägesrapporter har skickats till Länsstyrelsen i Västra Götalands län två gånger per dygn sedan 2024-01-17.

#Protokollsanteckning
Anna Grip (S) antecknar att informationen till hushållen i Mölltorp de första timmarna var otillräcklig.
Ersättaren Mikael Roos (S) instämmer i anteckningen.

#Beslutet skickas till
Kommunfullmäktige, Kommunstyrelsens arbetsutskott
"""


class KarlsborgPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 4, "KARLSBORGS KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"PROTOKOLL  Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Krisledningsnämnden", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Sammanträdesdatum 2024-01-19", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign ..........        Utdragsbestyrkande ..........", align="L")


def make_pdf() -> None:
    pdf = KarlsborgPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll krisledningsnämnden 2024-01-19")
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in KARLSBORG.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "karlsborg-kln-2024-01-19-protokoll.pdf"))


# DOCX: Forshaga kommun, demokratiberedningen 2024-05-16, full protocol.
# "#" = bold paragraph, "" = empty paragraph.
FORSHAGA: list[str] = [
    "#FORSHAGA KOMMUN",
    "#Demokratiberedningen",
    "Protokoll från sammanträde torsdagen den 16 maj 2024, kl. 18.00–20.10, Forshaga kommunhus, rum Klarälven",
    "",
    "Beslutande: Eva Nordlund (S), ordförande; Kjell Åberg (M), vice ordförande; Sara Wahlund (S); "
    "Niklas Jansson (C); Bengt Ruud (SD); Maja Öhman (V), tjänstgörande ersättare för Leif Hult (V).",
    "Närvarande ersättare: Linnea Ahl (S) och Göran Pihl (M).",
    "Tjänstemän: Jenny Krantz, kanslichef; Oskar Wiik, demokratiutvecklare, § 9.",
    "Justerare: Niklas Jansson (C). Justering sker i kommunhuset 2024-05-20.",
    "Protokollet omfattar §§ 9–11.",
    "",
    "#§ 9 Medborgardialog om Deje centrum – återrapport",
    "Dnr KS 2024/061",
    "#Beslut",
    "1) Demokratiberedningen godkänner återrapporten.",
    "2) Rapporten överlämnas till kommunstyrelsen för vidare hantering i arbetet med den fördjupade "
    "översiktsplanen för Deje.",
    "#Ärendebeskrivning",
    "Demokratiutvecklare Oskar Wiik redovisar dialogen, som pågick 2024-03-11–2024-04-05 med 412 enkätsvar och "
    "två öppna möten i Deje Folkets hus. Karlstads universitet har bistått med analysen av enkäten, och "
    "Deje Intresseförening har hjälpt till att sprida inbjudan. Rapporten är daterad 2024-04-30.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "",
    "#§ 10 Förslag till reviderad arbetsordning för kommunfullmäktige",
    "Dnr KS 2023/412",
    "#Beslut",
    "Demokratiberedningen föreslår kommunfullmäktige besluta",
    "1) att anta reviderad arbetsordning för kommunfullmäktige enligt bilaga 1,",
    "2) att allmänhetens frågestund införs vid fullmäktiges sammanträden i februari, juni och november,",
    "3) att arbetsordningen gäller från och med 2024-09-01.",
    "#Ärendebeskrivning",
    "Kommunfullmäktige gav 2023-11-27, § 88, beredningen i uppdrag att se över arbetsordningen. Fullmäktige "
    "ska enligt 5 kap. 72 § kommunallagen (2017:725) ha en arbetsordning. Förslaget har stämts av med "
    "kommunfullmäktiges presidium 2024-04-15. Tjänsteskrivelse från kanslichefen 2024-04-29.",
    "#Yrkanden",
    "Ordföranden yrkar bifall till förslaget i sin helhet. Bengt Ruud (SD) yrkar att punkt 2 stryks. "
    "Kjell Åberg (M) yrkar bifall till Bengt Ruuds yrkande.",
    "#Beslutsgång",
    "Ordföranden ställer först proposition på punkterna 1 och 3 och finner dem bifallna. Därefter ställer "
    "ordföranden punkt 2 mot Ruuds yrkande om att den ska strykas och finner punkt 2 bifallen. Omröstning "
    "begärs. Ja-röst för punkt 2, nej-röst för Ruuds yrkande. Med 4 ja-röster mot 2 nej-röster bifaller "
    "beredningen punkt 2.",
    "#Reservation",
    "Bengt Ruud (SD) och Kjell Åberg (M) reserverar sig mot beslutet i fråga om punkt 2.",
    "#Särskilt yttrande",
    "Maja Öhman (V) lämnar ett särskilt yttrande om att frågestunden bör hållas vid varje sammanträde, "
    "bilaga 2. Ersättaren Linnea Ahl (S) ställer sig bakom yttrandet.",
    "#Beslutet skickas till",
    "Kommunfullmäktige",
    "",
    "#§ 11 Svar på remiss – Riktlinjer för medborgarförslag och e-förslag",
    "Dnr KS 2024/098",
    "#Beslut",
    "1) Demokratiberedningen antar kansliets förslag till yttrande som sitt svar till kommunstyrelsen.",
    "2) Paragrafen justeras omedelbart.",
    "#Ärendebeskrivning",
    "Kommunstyrelsen remitterade 2024-03-05, § 41, förslaget till riktlinjer till demokratiberedningen med svar "
    "senast 2024-06-14. Sveriges Kommuner och Regioner (SKR) har i en skrift om e-förslag rekommenderat en "
    "tydlig tidsgräns för svar. Tjänsteskrivelse från kanslichefen, daterad 2024-05-02.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "",
    "Vid protokollet: Jenny Krantz, sekreterare",
    "Ordförande: Eva Nordlund",
    "Justerare: Niklas Jansson",
    "",
    "Anslagsbevis: Protokollet är justerat. Anslaget på kommunens digitala anslagstavla 2024-05-21 – 2024-06-12.",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll demokratiberedningen 2024-05-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Forshaga kommun | Demokratiberedningen | Protokoll 2024-05-16"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ________    Utdragsbestyrkande ________"
    for line in FORSHAGA:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 5, 20, 8, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "forshaga-demb-2024-05-16-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
