# ruff: noqa: E501  (the documents' lines are written as they stand in the minutes)
"""Generate the binary documents of tests/heldout110/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout110/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 12, 2, 15, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 4, 7, 9, 15, 0)
DOCX_ZIP_TIME = (2025, 4, 7, 9, 15, 0)

# --------------------------------------------------------------------------------------------
# PDF: Årjängs kommun, kommunfullmäktige 2024-11-25, full protocol (§§ 88–92).

KF_LEFT = [
    "Ingela Brodin (C), ordförande",
    "Torbjörn Alm (S), 1:e vice ordförande",
    "Kenneth Ruud (SD), 2:e vice ordförande",
    "Håkan Fjellström (C)",
    "Maria Gustavsson-Lind (C)",
    "Olle Trygg (C)",
    "Jenny Malmqvist (C)",
    "Lena Kvarnström (S)",
    "Göran Edfeldt (S)",
    "Susanne Rytter (S)",
    "Mikael Bäckström (S)",
    "Annika Hjelm (S)",
    "Roger Lindahl (S)",
    "Cecilia Dahlgren (M)",
]
KF_RIGHT = [
    "Anders Norling (M)",
    "Britt Eliasson (M)",
    "Ewa Sjölander (M)",
    "Rickard Holm (M), §§ 91–92",
    "Jörgen Skoog (SD)",
    "Monica Fält (SD)",
    "Stefan Hagberg (SD)",
    "Linda Åslund (SD)",
    "Maja Persson (SD)",
    "Patrik Olsbo (SD)",
    "Hanna Rosell (KD)",
    "Siv Nordmark (V)",
    "Tomas Ivarsson (L)",
    "Karin Sjödahl (MP)",
]

# (label, value) rows of the first page after the attendance columns
KF_FRONT: list[tuple[str, str]] = [
    ("#Tjänstgörande ersättare", ""),
    ("", "Lisa Hedberg (C) i stället för Per-Erik Sand (C)"),
    ("", "Bengt Wiberg (S) i stället för Hodan Farah (S)"),
    ("", "Gösta Lundin (M) i stället för Rickard Holm (M), §§ 88–90"),
    ("", "Gunnel Wik (KD) i stället för Lennart Ekstam (KD)"),
    ("#Ej tjänstgörande ersättare", ""),
    ("", "Emma Forsell (S), Oskar Strand (C), Reza Karimi (V), Gun Lissel (SD)"),
    ("#Övriga närvarande", ""),
    ("", "Peter Hallberg, kommunchef"),
    ("", "Annelie Wahlund, kommunsekreterare"),
    ("", "Martin Selander, samhällsbyggnadschef, § 90"),
    ("Utses att justera", "Lena Kvarnström (S) och Hanna Rosell (KD)"),
    ("Justeringens plats och tid", "Kommunkansliet, Årjäng, 2024-12-02 kl. 14.00"),
]

# Body: "§ n|title|dnr" starts a paragraph heading line; "#" bold sub-heading; "=" page break;
# "- " a dash bullet; other lines are running text.
KF_BODY = """\
=
§ 88|Meddelanden|Dnr KS 2024/9
Följande meddelanden redovisas:
a) Länsstyrelsen i Värmlands län, beslut 2024-10-14 (dnr 201-10482-2024) om ny sammanräkning efter Camilla Brännvall (SD). Till ny ledamot i kommunfullmäktige har utsetts Patrik Olsbo (SD) och till ny ersättare Gun Lissel (SD).
b) Revisionsrapport ”Granskning av intern kontroll 2024” från PwC, upprättad på uppdrag av de förtroendevalda revisorerna.
c) Protokoll från Samordningsförbundet Västra Värmland, styrelsesammanträde 2024-10-10.
d) Kommunstyrelsens beslut 2024-10-28, § 176, Delårsrapport per augusti 2024.
#Beslut
Kommunfullmäktige lägger meddelandena till handlingarna.

§ 89|Entledigande av revisor och fyllnadsval|Dnr KS 2024/201
Gunnar Tidström (S) har flyttat från kommunen och är därmed inte längre valbar, jfr 4 kap. 8 § kommunallagen (2017:725). Han har i en skrivelse 2024-10-21 begärt att fullmäktige entledigar honom från uppdraget som revisor för mandatperioden 2023–2026 och som lekmannarevisor i Årjängs Fastighets AB.
Valberedningen föreslår vid sitt sammanträde 2024-11-11 att Gunilla Brask (S), Trössbol, väljs till revisor efter Gunnar Tidström (S) och utses till lekmannarevisor i bolaget.
Susanne Rytter (S) redovisar valberedningens förslag och yrkar bifall till det.
#Beslut
1. Gunnar Tidström (S) entledigas från uppdragen som revisor och lekmannarevisor.
2. Gunilla Brask (S) väljs till revisor för återstoden av mandatperioden 2023–2026.
3. Gunilla Brask (S) utses till lekmannarevisor i Årjängs Fastighets AB för samma tid.
#Beslutet skickas till
Revisorerna, Årjängs Fastighets AB, Gunnar Tidström, Gunilla Brask

§ 90|Svar på medborgarförslag om en inhägnad hundrastgård i Töcksfors|Dnr KS 2024/77
Elin Gudmundsson, Töcksfors, föreslår i ett medborgarförslag som kom in 2024-03-04 att kommunen anlägger en inhägnad hundrastgård vid Töcksfors idrottsplats. Fullmäktige överlämnade förslaget till kommunstyrelsen för beredning 2024-03-25, § 19.
Samhällsbyggnadsförvaltningen föreslår i en tjänsteskrivelse 2024-09-30 att en hundrastgård anläggs under 2025 inom befintlig driftbudget. Kommunstyrelsen föreslog 2024-11-04, § 189, att medborgarförslaget bifalls.
#Yrkanden
Olle Trygg (C) yrkar bifall till kommunstyrelsens förslag.
Jörgen Skoog (SD) yrkar bifall till kommunstyrelsens förslag med tillägget att hundrastgården ska förses med belysning.
#Propositionsordning
Ordföranden ställer först proposition på kommunstyrelsens förslag och finner det bifallet. Därefter ställer ordföranden proposition på Jörgen Skoogs tilläggsyrkande och finner att det avslås.
#Beslut
Medborgarförslaget bifalls.
#Beslutet skickas till
Förslagsställaren, Kommunstyrelsen

§ 91|Svar på interpellation om väntetider till särskilt boende|Dnr KS 2024/188
Roger Lindahl (S) har i en interpellation 2024-10-14 frågat socialnämndens ordförande Britt Eliasson (M) hur lång tid det i genomsnitt tar att få plats på särskilt boende i Årjängs kommun och vilka åtgärder som planeras. Britt Eliasson (M) besvarar interpellationen skriftligt och muntligt vid dagens sammanträde.
#Anföranden
Anförande av Roger Lindahl (S)
Anförande av Britt Eliasson (M)
Anförande av Hanna Rosell (KD)
Replik av Roger Lindahl (S)
Anförande av Susanne Rytter (S)
#Beslut
Interpellationen förklaras besvarad.

§ 92|Redovisning av motioner som inte har beretts färdigt|Dnr KS 2024/14
Enligt 5 kap. 35 § kommunallagen (2017:725) bör en motion beredas så att fullmäktige kan fatta beslut inom ett år från det att motionen väcktes. Kan beredningen inte avslutas inom den tiden ska det anmälas till fullmäktige. Enligt arbetsordningen görs redovisningen i maj och i november.
Följande motioner har inte beretts färdigt:
- Motion om simundervisning för vuxna, Siv Nordmark (V), väckt 2023-05-22, KS 2023/119. Yttrande inväntas från barn- och utbildningsnämnden.
- Motion om kamerabevakning vid busstationen i Årjäng, Stefan Hagberg (SD), väckt 2023-09-25, KS 2023/188. Ansökan om tillstånd lämnades till Integritetsskyddsmyndigheten 2024-06-12.
- Motion om fritidskort för barn och unga, Mikael Bäckström (S) och Annika Hjelm (S), väckt 2023-10-30, KS 2023/231. Beredning pågår i kommunstyrelsens arbetsutskott.
#Beslut
- Redovisningen läggs till handlingarna.
- Motionerna ska vara färdigberedda till fullmäktiges sammanträde i juni 2025.
#Protokollsanteckning
Stefan Hagberg (SD) får följande anteckning till protokollet: ”Motionen om kamerabevakning väcktes för mer än ett år sedan. Jag förväntar mig ett svar före sommaren 2025.”

#Underskrifter
Sekreterare ........................................ Annelie Wahlund
Ordförande ........................................ Ingela Brodin
Justerande ........................................ Lena Kvarnström
Justerande ........................................ Hanna Rosell

#ANSLAG
Protokollet har justerats 2024-12-02. Anslaget sätts upp 2024-12-03 och tas ned 2024-12-25.
Förvaringsplats: Kommunkansliet, Årjäng.
"""


class KfPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "Årjängs kommun  |  Kommunfullmäktige  |  Protokoll 2024-11-25",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes signatur ____________        Utdragsbestyrkande ____________",
                  align="C")


def make_pdf() -> None:
    pdf = KfPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunfullmäktige 2024-11-25")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall KF")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("F", "B", 16)
    pdf.cell(110, 8, "PROTOKOLL")
    pdf.set_font("F", "", 10)
    pdf.cell(0, 8, "Sammanträdesdatum 2024-11-25", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 6, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "", 9.5)
    for label, value in [
        ("Tid och plats", "Måndagen den 25 november 2024 kl. 18.30–20.50, Sessionssalen, kommunhuset i Årjäng"),
        ("Paragrafer", "88–92"),
    ]:
        pdf.cell(42, 5.5, label)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "Närvarande ledamöter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9.5)
    for left, right in zip(KF_LEFT, KF_RIGHT, strict=False):
        pdf.cell(88, 5, left)
        pdf.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in KF_FRONT:
        if label.startswith("#"):
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, label[1:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 9.5)
        elif label:
            pdf.ln(1)
            pdf.set_font("F", "B", 9.5)
            pdf.cell(50, 5.5, label)
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")

    for line in KF_BODY.splitlines():
        if line == "=":
            pdf.add_page()
        elif line.startswith("§ "):
            num, title, dnr = line.split("|")
            pdf.ln(3)
            pdf.set_font("F", "B", 11)
            pdf.cell(16, 6.5, num)
            pdf.multi_cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", 9)
            pdf.cell(0, 5, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.startswith("#"):
            pdf.ln(1)
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("F", "", 10)
            indent = 5 if line.startswith("- ") else 0
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "arjang-kf-2024-11-25-protokoll.pdf"))


# --------------------------------------------------------------------------------------------
# DOCX: Årjängs kommun, kommunfullmäktige 2025-03-31, protokollsutdrag §§ 23–24.

ELECTIONS = [
    ("Organ", "Uppdrag", "Föreslås", "Efter"),
    ("Barn- och utbildningsnämnden", "Ledamot", "Abdi Yusuf (S)", "Hodan Farah (S)"),
    ("Kommunstyrelsen", "Ersättare", "Emma Forsell (S)", "Hodan Farah (S)"),
    ("Årjängs Fastighets AB, styrelsen", "Ledamot", "Ewa Sjölander (M)", "Rickard Holm (M)"),
]

# "H:" § heading, "B:" bold sub-heading, "*" List Bullet, "1" List Number, "T" the election table.
DOCX_BODY: list[str] = [
    "H:§ 23\tAvsägelse av samtliga uppdrag – Hodan Farah (S)",
    "Ärende: KS 2025-0061",
    "Hodan Farah (S) har i en skrivelse som kom in 2025-02-14 avsagt sig samtliga sina politiska uppdrag "
    "i Årjängs kommun från och med 2025-04-01:",
    "– ledamot i kommunfullmäktige",
    "– ledamot i barn- och utbildningsnämnden",
    "– ersättare i kommunstyrelsen",
    "En ny ledamot i fullmäktige utses av länsstyrelsen genom ny sammanräkning. Valen till nämnden och "
    "kommunstyrelsen har beretts av valberedningen, se § 24.",
    "B:Kommunfullmäktiges beslut",
    "*Hodan Farah (S) befrias från sina uppdrag från och med 2025-04-01.",
    "*Länsstyrelsen i Värmlands län begärs göra ny sammanräkning för att utse en ny ledamot i "
    "kommunfullmäktige.",
    "*Fyllnadsvalen förrättas under § 24.",
    "B:Beslutet skickas till",
    "Länsstyrelsen i Värmlands län, Hodan Farah, HR-avdelningen (löner)",
    "",
    "H:§ 24\tFyllnadsval efter Hodan Farah (S) samt val av styrelseledamot i Årjängs Fastighets AB",
    "Ärende: KS 2025-0061, KS 2025-0074",
    "Rickard Holm (M) avsade sig 2025-02-20 uppdraget som ledamot i styrelsen för Årjängs Fastighets AB "
    "och befriades från uppdraget av fullmäktige 2025-02-24, § 12. Valberedningen har berett valen vid sitt "
    "sammanträde 2025-03-17 och föreslår följande:",
    "T",
    "B:Yrkanden",
    "Susanne Rytter (S) yrkar för valberedningen bifall till förslaget.",
    "Jörgen Skoog (SD) yrkar att valet av styrelseledamot i Årjängs Fastighets AB bordläggs till "
    "fullmäktiges sammanträde i maj 2025, eftersom bolagets ägardirektiv ska revideras.",
    "Håkan Fjellström (C) yrkar att samtliga val förrättas i dag.",
    "B:Beslutsgång",
    "Ordföranden ställer först frågan om valet till bolagsstyrelsen ska förrättas i dag eller bordläggas "
    "och finner att det ska förrättas i dag. Omröstning begärs och verkställs. Ja-röst för att valet "
    "förrättas i dag, nej-röst för bordläggning. Med 24 ja-röster mot 7 nej-röster beslutar "
    "kommunfullmäktige att valet ska förrättas i dag. Voteringslista, bilaga 1.",
    "Ordföranden ställer därefter proposition på valberedningens förslag och finner det bifallet.",
    "B:Kommunfullmäktiges beslut",
    "1Till ledamot i barn- och utbildningsnämnden för tiden till och med 2026-12-31 väljs Abdi Yusuf (S).",
    "1Till ersättare i kommunstyrelsen för samma tid väljs Emma Forsell (S).",
    "1Till ledamot i styrelsen för Årjängs Fastighets AB för tiden intill slutet av den årsstämma som "
    "hålls 2027 väljs Ewa Sjölander (M).",
    "B:Reservation",
    "Jörgen Skoog (SD) m.fl. reserverar sig mot beslutet att inte bordlägga valet.",
    "B:Beslutet skickas till",
    "De valda, Barn- och utbildningsnämnden, Kommunstyrelsen, Årjängs Fastighets AB, "
    "Förtroendemannaregistret",
]

SIGNATURES = [
    ("Vid protokollet", "Josefin Krantz", ""),
    ("Ordförande", "Ingela Brodin", ""),
    ("Justerare", "Susanne Rytter", "Olle Trygg"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokollsutdrag kommunfullmäktige 2025-03-31 §§ 23–24"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "Årjängs kommun\tPROTOKOLLSUTDRAG\tKommunfullmäktige"
    foot = section.footer.paragraphs[0]
    foot.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_paragraph().add_run("Kommunfullmäktige").bold = True
    d.add_paragraph("Sammanträdesdatum: 2025-03-31")
    d.add_paragraph("Utdrag ur protokoll, §§ 23–24")

    for line in DOCX_BODY:
        if line.startswith("H:"):
            p = d.add_paragraph(style="Heading 2")
            p.add_run(line[2:])
        elif line.startswith("B:"):
            d.add_paragraph().add_run(line[2:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        elif line.startswith("1"):
            d.add_paragraph(line[1:], style="List Number")
        elif line == "T":
            table = d.add_table(rows=0, cols=4)
            table.style = "Table Grid"
            for i, row in enumerate(ELECTIONS):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = value
                    if i == 0:
                        cell.paragraphs[0].runs[0].bold = True
        else:
            d.add_paragraph(line)

    d.add_paragraph()
    sig = d.add_table(rows=0, cols=3)
    for label, a, b in SIGNATURES:
        cells = sig.add_row().cells
        cells[0].text = label
        cells[1].text = a
        cells[2].text = b
    p = d.add_paragraph("Utdragsbestyrkande: Josefin Krantz, 2025-04-07")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=DOCX_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "arjang-kf-2025-03-31-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
