# ruff: noqa: E501
# ruff: noqa: E501
"""Generate the binary documents of tests/heldout155/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout155/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 9, 30, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 10, 15, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Säters kommun, Kommunstyrelsen 2024-09-24, full protocol, 3 pages, 4 §§.
# Markup: "#" bold line, "=" new page, "@nnn|Title" paragraph heading (number in the margin).
# ---------------------------------------------------------------------------------------------
SAT = """\
#KOMMUNSTYRELSEN
#Sammanträdesprotokoll 2024-09-24

Plats och tid: Säters kommunhus, sammanträdesrum Ljusterån, tisdagen den 24 september 2024, kl. 09.00–12.20

Beslutande: Karin Dahl (S), ordförande, Mats Ollas (C), 1:e vice ordförande, Viktor Rask (M), 2:e vice ordförande, samt ledamöterna Ewa Berg (S), Jörgen Hedin (S), Anna-Lena Skog (SD), Peter Wiik (SD), Sara Lindh (V) och Magnus Falk (KD), samt tjänstgörande ersättarna Lisa Mörk (M) för Olle Hed (M) och Håkan Ström (S) för Therese Ahl (S).

Ersättare i övrigt: Gunnel Björk (C), Kristoffer Nyman (SD).

Övriga deltagande: Jenny Holmqvist, kommunchef, Robert Åkerlund, kommunsekreterare, Emma Sahlin, samhällsbyggnadschef (§§ 113–115).

Utses att justera: Sara Lindh (V) och Magnus Falk (KD)
Justeringens plats och tid: Kommunhuset, Säter, 2024-09-27
Paragrafer: 112–115

Sekreterare ..............................  Robert Åkerlund
Ordförande ..............................  Karin Dahl
Justerande ..............................  Sara Lindh   ..............................  Magnus Falk

#BEVIS OM ANSLAG
Kommunstyrelsens protokoll från sammanträdet 2024-09-24 är justerat. Anslaget är uppsatt 2024-09-30 och tas ned 2024-10-22. Protokollet förvaras på kommunkansliet i Säter.
=
@112|Delårsrapport januari–augusti 2024
Dnr KS 2024/221

#Kommunstyrelsens beslut
Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapporten för januari–augusti 2024.
Kommunstyrelsen beslutar för egen del att uppdra åt socialnämnden att senast 2024-11-15 redovisa en åtgärdsplan för att nå en budget i balans.

#Sammanfattning
Prognosen för helåret visar ett underskott på 6,4 miljoner kronor, främst inom socialnämnden. Säterbostäder AB och Dala Vatten och Avfall AB redovisar enligt budget. Delårsrapporten ska enligt 13 kap. 1 § lagen (2018:597) om kommunal bokföring och redovisning behandlas av fullmäktige. Ekonomienhetens tjänsteskrivelse 2024-09-10.

#Beslutet skickas till
Kommunfullmäktige, Socialnämnden

@113|Medborgarförslag om hundrastgård i Gustafs
Dnr KS 2024/145

#Kommunstyrelsens beslut
Kommunstyrelsen avslår medborgarförslaget.

#Ärendet
Förslaget kom in 2024-03-02 och överlämnades av kommunfullmäktige 2024-04-22, § 34, till kommunstyrelsen för beslut. Samhällsbyggnadschef Emma Sahlin redovisar att marken i Gustafs ägs av Trafikverket och att ett arrende inte kan tecknas före 2026. Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-08-27.

#Yrkanden
Ewa Berg (S) yrkar avslag på medborgarförslaget. Viktor Rask (M) yrkar bifall till medborgarförslaget.

#Omröstning
Ja för Ewa Bergs avslagsyrkande, nej för Viktor Rasks bifallsyrkande.
Ja: Karin Dahl, Mats Ollas, Ewa Berg, Jörgen Hedin, Sara Lindh, Håkan Ström
Nej: Viktor Rask, Lisa Mörk, Magnus Falk, Anna-Lena Skog
Avstår: Peter Wiik
Med 6 ja-röster mot 4 nej-röster och 1 som avstår har kommunstyrelsen beslutat enligt Ewa Bergs yrkande.

#Reservation
Vi reserverar oss mot beslutet. En hundrastgård i Gustafs kan ordnas på kommunens egen mark vid skolan redan 2025.
Viktor Rask (M)      Lisa Mörk (M)
=
@114|Driftavtal med Dala Vatten och Avfall AB
Dnr KS 2024/198

#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner driftavtalet mellan Säters kommun och Dala Vatten och Avfall AB för perioden 2025-01-01–2029-12-31.
2. Kommunchefen får i uppdrag att underteckna avtalet.
3. Paragrafen justeras omedelbart.

#Ärendet
Bolaget ägs av Säter, Smedjebacken, Ludvika, Gagnef, Vansbro och Leksand. Det nuvarande avtalet godkändes 2019-10-15, § 140. Avtalet omfattar drift av vattenverk och avloppsreningsverk samt kundtjänst. Tjänsteskrivelse 2024-09-05.

#Särskilt yttrande
Anna-Lena Skog (SD) lämnar ett särskilt yttrande om avgiftsnivåerna. Ersättaren Kristoffer Nyman (SD) instämmer i yttrandet.

#Beslutet skickas till
Dala Vatten och Avfall AB

@115|Yttrande över förslag till vattenskyddsområde för Enbacka vattentäkt
Dnr KS 2024/233, Länsstyrelsens dnr 505-4412-2024

#Kommunstyrelsens beslut
Kommunstyrelsen lämnar yttrande till Länsstyrelsen i Dalarnas län enligt samhällsbyggnadsförvaltningens förslag.

#Ärendet
Länsstyrelsen i Dalarnas län har remitterat förslaget till vattenskyddsområde och skyddsföreskrifter enligt 7 kap. 21 § miljöbalken till Säters kommun. Svar ska lämnas senast 2024-10-15. Hedemora kommun berörs av den sekundära zonen. Tjänsteskrivelse 2024-09-12.

#Beslutet skickas till
Länsstyrelsen i Dalarnas län, Hedemora kommun
"""


class SatPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(100, 5, "SÄTERS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(100, 5, "Kommunstyrelsen")
        self.cell(0, 5, "2024-09-24", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign ..........     ..........          Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = SatPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen protokoll 2024-09-24")
    pdf.set_author("Kommunkansliet Säter")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    for line in SAT.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("@"):
            num, title = line[1:].split("|", 1)
            pdf.ln(2)
            pdf.set_font("F", "B", 11)
            pdf.cell(22, 6, f"§ {num}")
            pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "sater-ks-2024-09-24-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Hammarö kommun, Barn- och utbildningsnämnden 2025-10-08, full protocol, 3 §§.
# ---------------------------------------------------------------------------------------------
HAM_ATT = [
    ("Ledamöter", "Ersättare"),
    ("Jessica Lindberg (S), ordförande", "Rebecka Oskarsson (S), tjg för Kenneth Wall (S)"),
    ("Mikael Dahlström (M), vice ordförande", "Lars Nyqvist (KD)"),
    ("Anneli Hult (S)", "Therése Ahlgren (V)"),
    ("Stefan Kihlberg (L)", ""),
    ("Nina Berglund (SD)", ""),
    ("Pontus Ek (C)", ""),
]

HAM_BODY = [
    "#Sammanträdesprotokoll",
    "Barn- och utbildningsnämnden",
    "Datum: 2025-10-08, kl. 18.00–20.45",
    "Plats: Hammarö kommunhus, Skoghall, sal Mörmon",
    "@ATT",
    "Övriga närvarande: Camilla Fors, skolchef; Ulrika Bäck, controller, § 55; Daniel Öberg, nämndsekreterare",
    "Justerare: Pontus Ek (C)",
    "Justering: Kommunhuset, Skoghall, 2025-10-14",
    "Paragrafer: 55–57",
    "Sekreterare ........................ Daniel Öberg",
    "Ordförande ........................ Jessica Lindberg",
    "Justerare ........................ Pontus Ek",
    "Anslag: Protokollet har justerats och anslås på kommunens digitala anslagstavla 2025-10-15–2025-11-06.",
    "#§ 55 Budgetuppföljning per augusti 2025",
    "BUN 2025/0012",
    "#Beslut",
    "@NUM Barn- och utbildningsnämnden godkänner budgetuppföljningen per augusti 2025.",
    "@NUM Skolchefen får i uppdrag att redovisa effekterna av den minskade statsbidragsramen från Skolverket vid nämndens sammanträde 2025-12-10.",
    "#Ärendet",
    "Controller Ulrika Bäck redovisar ett prognostiserat överskott på 1,8 miljoner kronor. Kommunstyrelsen har i beslut 2025-06-03, § 88, begärt en samlad prognos från nämnderna. Tjänsteskrivelse 2025-09-24.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 56 Samverkansavtal om gymnasieutbildning med Karlstads kommun",
    "BUN 2025/0141",
    "#Beslut",
    "Barn- och utbildningsnämnden föreslår kommunfullmäktige att godkänna samverkansavtalet mellan Hammarö kommun och Karlstads kommun om gymnasieutbildning för 2026–2029.",
    "#Ärendet",
    "Hammarö kommun har ingen egen gymnasieskola. Avtalet ersätter avtalet från 2021-11-22 och reglerar interkommunal ersättning och skolskjuts. Grums kommun och Kils kommun har egna avtal med Karlstads kommun. Region Värmland ansvarar för länets gemensamma antagning. Skolchefens tjänsteskrivelse 2025-09-19.",
    "#Yrkanden",
    "Jessica Lindberg (S) yrkar bifall till förvaltningens förslag. Nina Berglund (SD) yrkar avslag.",
    "#Beslutsgång",
    "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller Jessica Lindbergs yrkande. Omröstning begärs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller Nina Berglunds avslagsyrkande röstar nej. Omröstningen utfaller med sex ja-röster mot en nej-röst.",
    "#Reservation",
    "Nina Berglund (SD) anmäler reservation mot beslutet.",
    "#Beslutet skickas till",
    "Kommunfullmäktige, Karlstads kommun",
    "#§ 57 Remiss från kommunstyrelsen – Lokalförsörjningsplan 2026–2030",
    "BUN 2025/0155, KS 2025/0301",
    "#Beslut",
    "@NUM2 Barn- och utbildningsnämnden överlämnar förvaltningens yttrande som sitt svar till kommunstyrelsen.",
    "@NUM2 Paragrafen justeras omedelbart.",
    "#Ärendet",
    "Kommunstyrelsen har remitterat förslaget till lokalförsörjningsplan till nämnderna och Hammarö Bostäder AB med svar senast 2025-10-20. Planen föreslår en ny förskola på Vilans skolområde 2028. Tjänsteskrivelse 2025-09-30.",
    "#Särskilt yttrande",
    "Mikael Dahlström (M) och Stefan Kihlberg (L) lämnar ett gemensamt särskilt yttrande om tidplanen för förskolan. Lars Nyqvist (KD) ansluter sig som ersättare till yttrandet.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Hammarö kommun"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-10-08"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Hammarö kommun"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "HAMMARÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tBarn- och utbildningsnämnden 2025-10-08"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in HAM_BODY:
        if line == "@ATT":
            table = d.add_table(rows=0, cols=2)
            for row in HAM_ATT:
                cells = table.add_row().cells
                for c, v in zip(cells, row, strict=True):
                    c.text = v
        elif line.startswith("@NUM2 "):
            d.add_paragraph(line[6:], style="List Number 2")
        elif line.startswith("@NUM "):
            d.add_paragraph(line[5:], style="List Number")
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 15, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hammaro-bun-2025-10-08-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
