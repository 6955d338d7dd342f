"""Generate the binary documents of tests/heldout177/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout177/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 3, 19, 10, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 23, 8, 0, 0)

# ---------------------------------------------------------------- Ånge, KSAU (PDF)

ANGE_ATTENDANCE = [
    ("Beslutande", None, None),
    ("Maria Sjöberg", "C", "Ordförande"),
    ("Jonny Lundin", "S", "Vice ordförande"),
    ("Erik Holm", "M", "Ledamot"),
    ("Anna-Lena Tjärnlund", "SD", "Ledamot"),
    ("Stefan Byström", "S", "Tjänstgörande ersättare för Ingrid Eriksson (S)"),
    ("Övriga närvarande", None, None),
    ("Ola Westerlund", "V", "Ersättare"),
    ("Karin Åslund", "", "Kommunchef"),
    ("Fredrik Nyström", "", "Ekonomichef, §§ 33–34"),
    ("Elin Strand", "", "Kommunsekreterare"),
]

ANGE_FRONT_AFTER = """\
Utses att justera      Erik Holm (M)
Justeringens plats     Kommunkontoret, Ånge, 2024-03-15
och tid
Paragrafer             §§ 31–34

Underskrifter
>Sekreterare   ...............................   Elin Strand
>Ordförande    ...............................   Maria Sjöberg
>Justerande    ...............................   Erik Holm

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ: Kommunstyrelsens arbetsutskott    Sammanträdesdatum: 2024-03-12
Datum då anslaget sätts upp: 2024-03-18    Datum då anslaget tas ned: 2024-04-09
Förvaringsplats för protokollet: Kommunkontoret, Torggatan 5, Ånge
"""

ANGE_BODY = """\
#§ 31   Upphandling av skolskjutstrafik 2025–2029
Dnr KS 2024/0041
Nuvarande avtal om skolskjutstrafik med Nordlines AB löper ut 2025-06-30. Kommunstyrelsen
gav 2023-10-03, § 142, förvaltningen i uppdrag att förbereda en ny upphandling. Upphandlingen
föreslås genomföras tillsammans med Din Tur (Länstrafiken i Västernorrland AB) så att
skolskjuts och allmän kollektivtrafik kan samordnas i Fränsta, Torpshammar och Alby.
Tjänsteskrivelse från samhällsbyggnadsavdelningen 2024-02-26 ligger till grund för ärendet.
Upphandlingen sker enligt lagen (2016:1145) om offentlig upphandling.

#Arbetsutskottets förslag till kommunstyrelsen
1. Upphandling av skolskjutstrafik för perioden 2025-07-01–2029-06-30 med möjlighet till
   förlängning i två år genomförs.
2. Kommunchefen ges rätt att tilldela och teckna avtal.

#§ 32   Yttrande över remiss – Länsplan för regional transportinfrastruktur 2026–2037
Dnr KS 2024/0063
Region Västernorrland har skickat förslag till länsplan för regional transportinfrastruktur
2026–2037 på remiss till länets kommuner (regionens dnr RS/2023/1189). Svar ska lämnas
senast 2024-03-22. Arbetsutskottet har delegation att besvara remisser av detta slag enligt
kommunstyrelsens delegationsordning, antagen 2023-02-07, § 18. I förslaget saknas åtgärder
på väg 83 mellan Ånge och Tönnånger och på Mittbanan. Kommunchefens tjänsteskrivelse är
daterad 2024-03-01. Trafikverket och Sundsvalls kommun har medverkat i planens underlag.

#Yrkanden
Jonny Lundin (S) yrkar bifall till förslaget med tillägget att yttrandet ska kräva
mötesspår på Mittbanan vid Ånge.
Ordföranden yrkar bifall till Lundins tilläggsyrkande.
=
#§ 32 forts.
#Beslutsgång
Ordföranden ställer proposition på förslaget och på tilläggsyrkandet var för sig och finner
båda bifallna.

#Arbetsutskottets beslut
1. Arbetsutskottet avger yttrande enligt bilaga 1.
2. Yttrandet kompletteras med krav på mötesspår på Mittbanan vid Ånge.
Paragrafen förklaras omedelbart justerad.

Beslutet skickas till: Region Västernorrland, Trafikverket

#§ 33   Medfinansieringsavtal med Trafikverket om gång- och cykelväg i Fränsta
Dnr KS 2023/0218
Trafikverket planerar att bygga en gång- och cykelväg längs väg 86 genom Fränsta under
2025. Kommunen föreslås bidra med 50 procent av kostnaden, högst 3,2 miljoner kronor.
Medfinansieringen ryms inte i investeringsbudgeten som kommunfullmäktige antog
2023-11-20, § 97. Ekonomichef Fredrik Nyström redovisar finansieringen. Förvaltningens
tjänsteskrivelse daterad 2024-02-20.

#Yrkanden
Maria Sjöberg (C) yrkar att kommunstyrelsen föreslår kommunfullmäktige att godkänna avtalet.
Erik Holm (M) yrkar avslag.

#Beslutsgång och omröstning
Ordföranden ställer proposition på Sjöbergs yrkande mot Holms och finner Sjöbergs yrkande
bifallet. Omröstning begärs. Ja-röst för Sjöbergs yrkande, nej-röst för Holms.
Omröstningsresultat: 3 ja (Sjöberg, Lundin, Byström), 2 nej (Holm, Tjärnlund).

#Arbetsutskottets förslag till kommunstyrelsen
Kommunfullmäktige föreslås godkänna medfinansieringsavtalet mellan Ånge kommun och
Trafikverket och finansiera kostnaden genom att ta i anspråk 3,2 miljoner kronor ur
investeringsreserven 2025.

#Reservation
Erik Holm (M) och Anna-Lena Tjärnlund (SD) reserverar sig mot förslaget.

#§ 34   Svar på motion om fri entré till Ånge simhall för barn
Dnr KS 2023/0305
Ola Westerlund (V) föreslår i en motion 2023-09-18 att barn och ungdomar upp till 18 år ska
ha fri entré till simhallen. Kultur- och fritidsavdelningen har beräknat intäktsbortfallet till
cirka 240 000 kronor per år. Tjänsteskrivelse 2024-02-29.

#Arbetsutskottets förslag till kommunstyrelsen
Motionen avslås.

#Protokollsanteckning
Jonny Lundin (S) och Stefan Byström (S) antecknar att frågan bör prövas på nytt i
budgetarbetet för 2025.

Beslutet skickas till: Kommunstyrelsen
"""


class AngePDF(FPDF):
    """Running header and footer on every page."""

    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 5, "ÅNGE KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"PROTOKOLL  Sida {self.page_no()} av {{nb}}", new_x="LMARGIN", new_y="NEXT",
                  align="R")
        self.cell(95, 5, "Kommunstyrelsens arbetsutskott", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Sammanträdesdatum 2024-03-12", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign  ..........        Utdragsbestyrkande  ..........")


def make_pdf() -> None:
    pdf = AngePDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsens arbetsutskott 2024-03-12")
    pdf.set_author("Kansliet Ånge kommun")
    pdf.set_creator("Ciceron Protokoll")
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
            if line.startswith(">"):
                pdf.set_x(pdf.l_margin + 6)
                line = line[1:]
            pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("F", "B", 10.5)
    pdf.multi_cell(0, 5.5, "Plats och tid: Kommunkontoret, sammanträdesrum Ljungan, kl. 08.30–11.55",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # Attendance table drawn column by column: names first, then parties, then functions.
    top = pdf.get_y()
    row_h = 5.5
    cols = [(pdf.l_margin, 55), (pdf.l_margin + 55, 15), (pdf.l_margin + 70, 110)]
    pdf.set_font("F", "B", 9.5)
    for (x, w), title in zip(cols, ("Namn", "Parti", "Funktion"), strict=True):
        pdf.set_xy(x, top)
        pdf.cell(w, row_h, title, border="B")
    for col in range(3):
        x, w = cols[col]
        for i, row in enumerate(ANGE_ATTENDANCE):
            value = row[col]
            if value is None:
                continue
            pdf.set_xy(x, top + row_h * (i + 1))
            pdf.set_font("F", "B" if row[1] is None else "", 9.5)
            pdf.cell(w, row_h, value)
    pdf.set_xy(pdf.l_margin, top + row_h * (len(ANGE_ATTENDANCE) + 2))
    text_block(ANGE_FRONT_AFTER)
    pdf.add_page()
    text_block(ANGE_BODY)
    pdf.output(str(DOCS / "ange-ksau-2024-03-12-protokoll.pdf"))


# ---------------------------------------------------------------- Krokom, KFN (DOCX)

KROKOM_HEAD = [
    "#Sammanträdesprotokoll",
    "#Kultur- och fritidsnämnden",
    "Sammanträdesdatum: 2025-09-16",
    "Plats och tid: Kommunhuset Krokom, sal Änge, kl. 13.00–16.30",
]

KROKOM_TABLE = [
    ("Ledamöter", "Ersättare"),
    ("Sofia Edlund (S), ordf.\nPer Mattsson (C), vice ordf.\nLinnea Hallqvist (S)\nHans-Göran Björk (M)\n"
     "Mona Eriksson (V)\nIda Wahlström (KD)",
     "Tomas Lindahl (SD), tjg för Anders Viklund (SD)\nElsa Nordqvist (C)\nBjörn Sundin (S)"),
]

KROKOM_AFTER = [
    "Övriga deltagare: Therese Lindgren, kultur- och fritidschef; Kristoffer Ek, fritidskonsulent, § 46; "
    "Agneta Roos, nämndsekreterare",
    "Justerare: Hans-Göran Björk",
    "Justeringens tid och plats: 2025-09-22, Kommunhuset Krokom",
    "Justerade paragrafer: §§ 45–47",
    "",
    "Sekreterare\t……………………………\tAgneta Roos",
    "Ordförande\t……………………………\tSofia Edlund",
    "Justerare\t……………………………\tHans-Göran Björk",
    "",
    "#Bevis om anslag",
    "Protokollet är justerat. Det har anslagits på kommunens digitala anslagstavla 2025-09-23. "
    "Anslaget tas ned 2025-10-15. Protokollet förvaras i kommunhuset, Krokom.",
    "@PAGEBREAK",
    "#§ 45 Riktlinjer för föreningsbidrag från 2026",
    "Diarienummer KFN 2025/0071",
    "Nämnden beslutade 2025-05-20, § 29, att se över riktlinjerna för föreningsbidrag. Förslaget har "
    "varit ute på samråd hos föreningarna och hos RF-SISU Jämtland, som lämnade synpunkter 2025-08-15. "
    "Förslaget innebär att aktivitetsstödet höjs till 30 kronor per deltagartillfälle och att lokalbidraget "
    "endast ges till föreningar med egen anläggning. Kultur- och fritidschefens tjänsteskrivelse är daterad "
    "2025-08-28.",
    "#Yrkanden",
    "Linnea Hallqvist (S) yrkar bifall till förslaget.",
    "Hans-Göran Björk (M) yrkar att lokalbidraget ska ges även till föreningar som hyr lokaler.",
    "#Propositionsordning och votering",
    "Ordföranden ställer förslaget mot Björks yrkande och finner förslaget bifallet. Votering begärs.",
    "Ja (bifall till förslaget): Sofia Edlund, Per Mattsson, Linnea Hallqvist, Mona Eriksson",
    "Nej (bifall till Björks yrkande): Hans-Göran Björk, Ida Wahlström, Tomas Lindahl",
    "Fyra ja-röster, tre nej-röster, ingen avstår.",
    "#Beslut",
    "@LIST:Riktlinjer för föreningsbidrag antas att gälla från 2026-01-01.",
    "@LIST:Nuvarande riktlinjer, antagna 2019-11-12, § 58, upphör att gälla samma dag.",
    "#Reservation",
    "Ledamöterna Hans-Göran Björk (M) och Ida Wahlström (KD) reserverar sig mot beslutet.",
    "#Särskilt yttrande",
    "Tomas Lindahl (SD) lämnar ett särskilt yttrande: Föreningar som hyr lokaler av Krokomsbostäder AB "
    "missgynnas av de nya riktlinjerna.",
    "Skickas till: Föreningsregistret, RF-SISU Jämtland",
    "",
    "#§ 46 Driftavtal för Dvärsätts skidbacke",
    "Diarienummer KFN 2025/0084",
    "Dvärsätts IF har drivit skidbacken sedan 2012. Avtalet löper ut 2025-10-31. Fritidskonsulent "
    "Kristoffer Ek redovisar ett förslag till nytt driftavtal mellan kultur- och fritidsnämnden och "
    "Dvärsätts IF för säsongerna 2025/2026–2027/2028. Driftbidraget föreslås till 185 000 kronor per år. "
    "Förvaltningens tjänsteskrivelse 2025-09-02. Länsförsäkringar Jämtland har granskat "
    "säkerhetsrutinerna i liften.",
    "#Beslut",
    "@LIST:Kultur- och fritidsnämnden godkänner driftavtalet med Dvärsätts IF.",
    "@LIST:Driftbidraget finansieras inom nämndens ram för 2026.",
    "@LIST:Kultur- och fritidschefen får teckna avtalet.",
    "#Protokollsanteckning",
    "Mona Eriksson (V) antecknar att tillgängligheten för barn med funktionsnedsättning bör följas upp.",
    "Ersättaren Björn Sundin (S) ställer sig bakom Erikssons anteckning.",
    "Skickas till: Dvärsätts IF, Kommunstyrelsen för kännedom",
    "",
    "#§ 47 Remiss: Regional kulturplan för Jämtlands län 2026–2029",
    "Diarienummer KFN 2025/0093; Region Jämtland Härjedalens dnr RS/1456/2025",
    "Region Jämtland Härjedalen har skickat förslaget till regional kulturplan på remiss till kommunerna "
    "i länet och vill ha svar senast 2025-09-30. Kommunstyrelsen har 2025-06-10 uppdragit åt kultur- och "
    "fritidsnämnden att svara för kommunens räkning. Förslaget till yttrande är daterat 2025-09-05. "
    "Remissen har även gått till Länsstyrelsen i Jämtlands län och Konstnärsnämnden.",
    "#Beslut",
    "Kultur- och fritidsnämnden antar förslaget till yttrande och överlämnar det till Region Jämtland "
    "Härjedalen.",
    "#Justering",
    "Paragrafen justeras omedelbart.",
    "Skickas till: Region Jämtland Härjedalen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kultur och fritid Krokom"
    cp.title = "Protokoll kultur- och fritidsnämnden 2025-09-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kultur och fritid Krokom"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "KROKOMS KOMMUN\tKultur- och fritidsnämnden\t2025-09-16"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ______\t\tUtdragsbestyrkande ______"

    def para(line: str) -> None:
        if line == "@PAGEBREAK":
            d.add_page_break()
        elif line.startswith("@LIST:"):
            d.add_paragraph(line[6:], style="List Number")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in KROKOM_HEAD:
        para(line)
    table = d.add_table(rows=0, cols=2)
    for i, row in enumerate(KROKOM_TABLE):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for line in KROKOM_AFTER:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 23, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "krokom-kfn-2025-09-16-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
