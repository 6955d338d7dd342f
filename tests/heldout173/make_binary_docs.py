# ruff: noqa: E501
"""Generate the binary documents of tests/heldout173/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout173/make_binary_docs.py

Both documents imitate OCR output of scanned, signed paper protocols: the PDF is the text layer of a
"searchable PDF" (plain lines in a monospaced font, as an OCR engine lays them out), the DOCX is an
ABBYY-style "save as Word" export. The OCR errors are written by hand in the texts below.

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
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 10, 29, 7, 42, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 4, 9, 15, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Bräcke kommun, Socialnämnden 2024-10-23, full protocol, OCR text layer of a scan.
# "<<PAGE>>" starts a new page.
BRACKE = """\
BRACKE KOMMUN                                     SAMMANTRÄDESPROTOKOLL
Socialnämnden                                     Sammanträdesdatum  Sida
                                                  2024-10-23         1(3)

Plats och tid      Kommunhuset, Bräcke, sammanträdesrum Gimån,
                   onsdagen den 23 oktober 2024 kl. 09.00-11.45

Närvarande beslutande: Ulrika Nordin (S) ordförande, Bengt Hallqvist (C)
vice ordförande, ledamöterna Sara Jonsson (S), Olle Bergman (S),
Kerstin Frisk (M), Jan-Erik Modin (SD) samt tjänstgörande ersättaren
Ylva Sjödin (V) för Lars Nilsson (V).

Närvarande ersättare: Mikael Ring (S), Anna-Lena Kjellin (C)

Övriga närvarande: Fredrik Stenmark, socialchef; Ida Hammarström,
nämndsekreterare

Utses att justera   Kerstin Frisk (M) med Olle Bergman (S) som ersättare

Justeringens        Socialkontoret, Bräcke, 2024-10-28
plats och tid                                         Paragrafer  §§ 112-114

Underskrifter  Sekreterare  ........ I. Hammarström ........
                            Ida Hammarström
               Ordförande   ........ ~~ /Ä ........
                            Ulrika Nordin
               Justerande   ........ K.F ........
                            Kerstin Frisk

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ              Socialnämnden
Sammanträdesdatum  2024-10-23
Anslaget uppsatt   2024-10-29      Anslaget tas ned  2024-11-20
Förvaringsplats    Socialkontoret, Kommunhuset Bräcke
Underskrift        ..... I.H .....  Ida Hammarström
                                            Justerandes sign   ØK
<<PAGE>>
SN § 1l2                                Dnr SOC 2024/0145
                                                  2(3)
Bräcke kommun   Socialnämnden   SAMMANTRÄDESPROTOKOLL   2024-10-23

Delårsrapport augusti 2024 för socialnämnden

Beslut
Socialnämnden godkänner delårsrapporten och överlämnar den till
kommunstyrelsen.

Ärendebeskrivning
Nämnden redovisar ett prognostiserat underskott på 3,1 mnkr för helåret,
främst inom hemtjänsten och köpta platser inom missbruksvården.
Kommunfullmäktige fastställde nämndens budgetram 2023-11-20 § 88.
Socialchefens tjänsteskrivelse 2O24-lO-07.

Yrkande
Ordföranden yrkar bifall till förvaltningens förslag.

Beslutet skickas till
Kommunstyrelsen, ekonomienheten

SN § 113                                Dnr SOC 2024/0118

Yttrande över motion om trygghetsboende i Kälarne

Beslut
1. Socialnämnden föreslår kommunstyrelsen att föreslå kommun-
   fullmäktige att motionen ska anses besvarad.
2. Yttrandet överlämnas till kommunstyrelsen.

Ärendebeskrivning
Kerstin Frisk (M) har i en motion 2024-04-22 föreslagit att kommunen
tillsammans med Bräckebygdens Bostads AB bygger ett trygghetsboende i
Kälarne. Kommunstyrelsen har remitterat motionen till socialnämnden
för yttrande, kommunstyrelsens dnr KS 2024/0203. Svar senast
2024-11-15. Förvaltningens tjänsteskrivelse daterad 2024-09-30.

Yrkanden
Sara Jonsson (S) yrkar bifall till förvaltningens förslag.
Kerstin Frisk (M) yrkar bifall till motionen.

Beslutsgång
Ordföranden ställer yrkandena mot varandra och finner att nämnden
bifaller Jonssons yrkande. Votering begärs och verkställs.
Ja-röster        Nej-röster
Ulrika Nordin    Bengt Hallqvist
Sara Jonsson     Kerstin Frisk
Olle Bergrnan    Jan-Erik Modin
Ylva Sjödin
Med 4 röster mot 3 bifaller nämnden Jonssons yrkande.

Reservation
Kerstin Frisk (M) och Jan-Erik Modin (SD) reserverar sig till förmån
för Frisks yrkande.
<<PAGE>>
                                       Justerandes sign  K.F   ØK
Protokollsanteckning
Bengt Hallqvist (C) antecknar att behovet av trygghetsboende bör
utredas i hela kommunen.
Ersättaren Anna-Lena Kjellin (C) instämmer i Hallqvists anteckning.

Beslutet skickas till
Kommunstyrelsen
                                                  3(3)
Bräcke kornmun   Socialnämnden   SAMMANTRÄDESPROTOKOLL   2024-10-23

SN § 114                                Dnr SOC 2024/0160

Samverkansavtal om gemensam familjehemsenhet med Ånge kommun

Beslut
Socialnämnden beslutar
att godkänna samverkansavtalet mellan Bräcke kommun och Ånge kommun om
en gemensam familjehemsenhet,
att avtalet gäller från och med 2025-01-01.
Paragrafen förklaras omedelbart justerad.

Ärendebeskrivning
Bräcke kommun och Ånge kommun har svårt att var för sig rekrytera
familjehem. Enheten ska placeras i Ånge och utreda familjehem för båda
kommunerna. Samverkan sker med stöd av 9 kap. 37 § kommunallagen
(2017:725); placeringsbesluten fattas även i fortsättningen av respektive
nämnd enligt 6 kap. 6 § socialtjänstlagen (2001:453). Region Jämtland
Härjedalen och Region Västernorrland har informerats.
Socialchefens tjänsteskrivelse 2024-10-09.

Yrkande
Bengt Hallqvist (C) yrkar bifall till förvaltningens förslag.

Beslutet skickas till
Ånge kommun, Kommunstyrelsen
                                       Justerandes sign  K.F
"""


def build_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_creator("ABBYY FineReader PDF 15")
    pdf.set_producer("ABBYY FineReader PDF 15")
    pdf.set_title("Socialnämnden 2024-10-23")
    pdf.set_creation_date(FIXED_PDF)
    pdf.add_font("DejaVuMono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_font("DejaVuMono", size=8.5)
    pdf.set_margins(14, 14, 10)
    for page in BRACKE.split("<<PAGE>>\n"):
        pdf.add_page()
        for line in page.rstrip("\n").split("\n"):
            pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "bracke-sn-2024-10-23-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Åtvidabergs kommun, Kommunfullmäktige 2025-02-24, extract (§§ 14-15), ABBYY Word export.
ATVID_FRONT = [
    ("Plats och tid", "Folkets hus, Åtvidaberg, måndag 24 februari 2025 kl. 18.30-21.05"),
    ("Beslutande", "Se närvaro- och omröstningslista, bilaga A"),
    ("Ordförande", "Gunnel Axelsson (S)"),
    ("1:e vice ordförande", "Anders Kvist (M)"),
    ("Sekreterare", "Maria Blomqvist, kommunsekreterare"),
    ("Justerare", "Tobias Enström (C) och Hanna Lindgren (SD)"),
    ("Justeringens plats och tid", "Kommunkontoret, Åtvidaberg, 2O25-03-03"),
    ("Paragrafer i utdraget", "§§ 14-15"),
]

ATVID_BODY = [
    "Underskrifter",
    "Sekreterare  ............ M Blomqvist ............   Maria Blomqvist",
    "Ordförande   ............ ~~ /Ä ..................   Gunnel Axelsson",
    "Justerare    ............ T.E. .... H L ...........   Tobias Enström   Hanna Lindgren",
    "",
    "Anslag: Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2025-03-04. Anslaget tas ned 2025-03-26.",
    "<<PAGE>>",
    "KF § l4                                   Dnr KS 2024/0311",
    "#Motion om sommarjobbsgaranti för ungdomar i åk 9 och gymnasiet",
    "Kommunfullmäktiges beslut",
    "Motionen avslås.",
    "Sammanfattning av ärendet",
    "Johan Pettersson (V) föreslår i en motion daterad 2024-05-27 att kommunen garanterar alla ungdomar som går ut årskurs 9 eller gymnasiets årskurs 1 och 2 ett sommarjobb om minst tre veckor. Kommunledningsförvaltningen har i tjänsteskrivelse 2024-12-02 beräknat kostnaden till 2,8 miljoner kronor per år. Arbetsförmedlingen och Åtvidabergs Företagarförening har lämnat synpunkter. Kommunstyrelsen föreslog 2025-02-04 § 21 att motionen skulle avslås.",
    "Yrkanden",
    "Kommunstyrelsens ordförande Lars-Göran Hjort (M) yrkar bifall till kommunstyrelsens förslag.",
    "Johan Pettersson (V) och Emma Rydén (S) yrkar bifall till motionen.",
    "Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs. Följande propositionsordning godkänns: ja för kommunstyrelsens förslag, nej för bifall till motionen.",
    "@VOTES",
    "Omröstningsresultat: 24 ja, l3 nej, 4 avstår. Kommunfullmäktige har således beslutat enligt kommunstyrelsens förslag.",
    "Reservationer",
    "Johan Pettersson (V) reserverar sig mot beslutet till förmån för sitt yrkande. Socialdemokraternas ledamöter reserverar sig också mot beslutet.",
    "Expedieras",
    "Motionären, Kommunstyrelsen",
    "<<PAGE>>",
    "KF § 15                                   Dnr KS 2024/0402",
    "#Medfinansieringsavtal med Trafikverket för gång- och cykelväg längs riksväg 35",
    "Kommunfullmäktiges beslut",
    "1. Kommunfullmäktige godkänner medfinansieringsavtalet mellan Åtvidabergs kommun och Trafikverket om en gång- och cykelväg längs riksväg 35 mellan Åtvidaberg och Grebo.",
    "2. Kommunens andel, högst 4,5 miljoner kronor, finansieras inom investeringsbudgeten för 2026.",
    "Sammanfattning av ärendet",
    "Sträckan finns med i Region Östergötlands länsplan för regional transportinfrastruktur 2022-2033. Trafikverket svarar för byggandet och kommunen för 50 procent av kostnaden enligt avtalet. Samhällsbyggnadsförvaltningens tjänsteskrivelse 2025-01-13 och kommunstyrelsens beslut 2025-02-04 § 22 ligger till grund för ärendet. Avtalet tecknas med stöd av 2 kap. 3 § lagen (2009:47) om vissa kommunala befogenheter.",
    "Yrkande",
    "Lars-Göran Hjort (M) yrkar bifall till kommunstyrelsens förslag.",
    "Beslutsgång",
    "Ordföranden finner att kommunfullmäktige bifaller förslaget.",
    "Särskilt yttrande",
    "Tobias Enström (C) m.fl. lämnar ett särskilt yttrande: Centerpartiet anser att sträckan till Björsäter bör prioriteras i nästa länsplan.",
    "Expedieras",
    "Trafikverket, Region Östergötland, Samhällsbyggnadsförvaltningen",
]

# Vote table as the OCR engine recognised it: the table lines were lost, so the columns of the
# Ja/Nej/Avstår marks slid into the name column for some rows. Only the summary line is clean.
ATVID_VOTES = [
    ("Namn", "Ja", "Nej", "Avstår"),
    ("Gunnel Axelsson (S)", "", "X", ""),
    ("Anders Kvist (M)", "X", "", ""),
    ("Lars-Göran Hjort (M)   X", "", "", ""),
    ("Johan Pettersson (V)", "", "X", ""),
    ("Emma Rydén (S)", "", "X", ""),
    ("Tobias Enström (C)", "X", "", ""),
    ("Hanna Lindgren (SD)", "", "", "X"),
    ("... (se bilaga A)", "", "", ""),
    ("Summa", "24", "l3", "4"),
]


def fixed_zip(path: Path) -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in sorted(src.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 4, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    path.write_bytes(out.getvalue())


def build_docx() -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "ABBYY FineReader"
    cp.last_modified_by = "ABBYY FineReader"
    cp.title = ""
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ÅTVIDABERGS KOMMUN        PROTOKOLLSUTDRAG        Sammanträdesdatum 2025-02-24"
    hp = sec.header.add_paragraph("Kornmunfullmäktige")
    hp.runs[0].font.size = Pt(10)
    sec.footer.paragraphs[0].text = "Justerandes sign   |  T.E   H L  |   Utdragsbestyrkande   |        |"
    d.add_paragraph("Kommunfullmäktige")
    table = d.add_table(rows=0, cols=2)
    for label, value in ATVID_FRONT:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
    for line in ATVID_BODY:
        if line == "<<PAGE>>":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif line == "@VOTES":
            vt = d.add_table(rows=0, cols=4)
            for r in ATVID_VOTES:
                cells = vt.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
        elif line.startswith("#"):
            p = d.add_paragraph()
            run = p.add_run(line[1:])
            run.bold = True
        else:
            d.add_paragraph(line)
    path = DOCS / "atvidaberg-kf-2025-02-24-protokollsutdrag.docx"
    d.save(str(path))
    fixed_zip(path)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    build_pdf()
    build_docx()
