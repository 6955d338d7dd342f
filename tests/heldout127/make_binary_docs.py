# ruff: noqa: E501
"""Generate the binary documents of tests/heldout127/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout127/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 12, 2, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 6, 9, 0, 0)

# PDF: Hälsinglands Utbildningsförbund, förbundsfullmäktige 2024-11-25, full protocol.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
HUF_FF = """\
#Förbundsfullmäktige
Sammanträde 2024-11-25 kl. 18.00–20.40, Kulturhuset Bollnäs, Bollnäs

#Ledamöter
Bollnäs kommun:  Ann-Sofie Grip (S) ordförande, Leif Hammar (M), Sara Jonsson (S), Olle Berglind (C),
Maja Dahl (SD)
Söderhamns kommun:  Tomas Ahl (S) 1:e vice ordförande, Birgit Lundh (S), Niklas Frid (M),
Elsa Mårtensson (V), Jan-Erik Brodd (SD)
Ovanåkers kommun:  Gunilla Persson (C) 2:e vice ordförande, Per Hansson (S), Ingela Wahlberg (KD),
Rikard Lööf (L)

#Tjänstgörande ersättare
Mona Sörlin (S) i stället för Patrik Åhs (S), Ovanåkers kommun

#Ej tjänstgörande ersättare
Kim Nordin (SD), Lisa Hed (S)

#Övriga närvarande
Håkan Nord, förbundschef; Elin Falk, förbundssekreterare

#Justerare
Sara Jonsson och Gunilla Persson. Justering sker 2024-12-02 på förbundskontoret i Söderhamn.

#Paragrafer  §§ 30–33

Sekreterare ..................................... Elin Falk
Ordförande ..................................... Ann-Sofie Grip
Justerare ..................................... Sara Jonsson ..................................... Gunilla Persson

#ANSLAG
Förbundsfullmäktiges protokoll från 2024-11-25 är justerat. Anslaget sätts upp 2024-12-03 och tas ned
2024-12-27. Protokollet förvaras på förbundskontoret, Söderhamn.
=
#§ 30   Interpellation om lärarbehörighet vid Staffangymnasiet
Dnr HUF 2024/0311

Leif Hammar (M) har i en interpellation daterad 2024-10-14 ställt frågor till direktionens ordförande
om andelen behöriga lärare vid Staffangymnasiet och vilka åtgärder direktionen vidtar. Direktionens
ordförande Kjell Engström (S) har lämnat ett skriftligt svar, som delats ut inför sammanträdet.
Frågan om att interpellationen fick ställas avgjordes av fullmäktige 2024-10-21, § 24.

I debatten deltar Leif Hammar (M), Kjell Engström (S) och Elsa Mårtensson (V).

#Beslut
Interpellationen anses besvarad.

#§ 31   Svar på motion om fria busskort för studerande i vuxenutbildningen
Dnr HUF 2024/0102

Olle Berglind (C) föreslår i en motion från 2024-03-18 att förbundet ska erbjuda fria busskort hos
X-trafik till studerande i den kommunala vuxenutbildningen. Direktionen föreslår 2024-10-10, § 58, att
motionen avslås med hänvisning till kostnaden, cirka 2,1 mnkr per år, och till att Region Gävleborg
ansvarar för länets kollektivtrafik enligt lagen (2010:1065) om kollektivtrafik.

#Beslutsunderlag
Förbundskontorets tjänsteskrivelse 2024-09-19
Direktionens protokoll 2024-10-10, § 58

#Yrkanden
Tomas Ahl (S) yrkar bifall till direktionens förslag.
Olle Berglind (C) yrkar bifall till motionen.
Niklas Frid (M) instämmer i Olle Berglinds yrkande.

#Propositionsordning och omröstning
Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller direktionens förslag.
Omröstning begärs. Ja för direktionens förslag, nej för bifall till motionen.
Med 9 ja-röster mot 5 nej-röster beslutar fullmäktige enligt direktionens förslag. En ledamot avstår.

#Beslut
Motionen avslås.

#Reservation
Olle Berglind (C) m.fl. reserverar sig mot beslutet till förmån för eget yrkande.
=
#§ 32   Budget 2025 och verksamhetsplan 2025–2027
Dnr HUF 2024/0244

#Beslut
1.  Förbundsfullmäktige fastställer budget 2025 och verksamhetsplan 2025–2027.
2.  Medlemsbidragen för 2025 fördelas mellan Bollnäs kommun, Söderhamns kommun och Ovanåkers kommun efter antalet elever folkbokförda i respektive kommun per 2024-09-15.
3.  Paragrafen förklaras omedelbart justerad.

#Ärendet
Direktionen behandlade förslaget 2024-10-10, § 61. Budgeten ska enligt 11 kap. 8 § kommunallagen
(2017:725) vara i balans. Förbundskontorets tjänsteskrivelse är daterad 2024-10-02. Samråd med
medlemskommunerna hölls 2024-09-05.

#Yrkande
Per Hansson (S) yrkar bifall till direktionens förslag.

#Särskilt yttrande
Maja Dahl (SD) lämnar ett särskilt yttrande om att förbundet bör redovisa kostnaden per elev per
program. Ersättaren Kim Nordin (SD) ansluter sig till yttrandet.

#§ 33   Anmälan av motion om studie- och yrkesvägledning på distans
Dnr HUF 2024/0355

Motion från Maja Dahl (SD), inkommen 2024-11-08, anmäls.

#Beslut
Motionen överlämnas till direktionen för beredning.

#Expedieras
§ 31 och § 32: Bollnäs kommun, Söderhamns kommun, Ovanåkers kommun, Förbundets revisorer
§ 33: Direktionen
"""


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "HÄLSINGLANDS UTBILDNINGSFÖRBUND            PROTOKOLL            "
                  f"Förbundsfullmäktige 2024-11-25            Sida {self.page_no()} ({{nb}})",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign  ..........  ..........                              "
                  "Utdragsbestyrkande  ..........")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll förbundsfullmäktige 2024-11-25")
    pdf.set_author("Förbundskontoret")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in HUF_FF.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "huf-ff-2024-11-25-protokoll.pdf"))


# DOCX: Hälsinglands Utbildningsförbund, gymnasieberedningen 2025-02-04, full protocol.
GB_HEAD = ["Hälsinglands Utbildningsförbund", "Gymnasieberedningen", "Protokoll 2025-02-04"]
GB_ATT: list[tuple[str, str]] = [
    ("Tid och plats", "2025-02-04 kl. 09.00–11.30, Torsbergsgymnasiet, Bollnäs"),
    ("Ledamöter närvarande", "Nina Broman (S) ordförande · Lars Ek (M) vice ordförande · Karin Sjödin (S) · "
     "Anton Hellberg (C) · Eva Strand (SD), tjg ers. för Peter Malm (SD)"),
    ("Ersättare", "Hanna Berg (V)"),
    ("Tjänstemän", "Håkan Nord, förbundschef; Cecilia Lund, rektor, § 3; Elin Falk, förbundssekreterare"),
    ("Justerare", "Lars Ek"),
    ("Paragrafer", "§§ 1–5"),
]
# "*" = item of a Word numbered list (numbers not in the text), "#" = bold heading.
GB_BODY: list[str] = [
    "#§ 1 Val av justerare och godkännande av dagordning",
    "#Beslut",
    "*Lars Ek utses att justera protokollet.",
    "*Dagordningen godkänns.",
    "#§ 2 Rapport om antagningsläget inför läsåret 2025/26",
    "Dnr HUF 2025/0009",
    "#Beslut",
    "Beredningen tackar för rapporten.",
    "#Ärendet",
    "Preliminär antagning publiceras av Antagningsenheten i Gävleborg 2025-04-15. Sista dag för "
    "omval är 2025-05-15.",
    "#§ 3 Programutbud läsåret 2026/27 – beredningens förslag till direktionen",
    "Dnr HUF 2025/0014",
    "#Beredningens förslag till direktionen",
    "*Direktionen fastställer programutbudet för läsåret 2026/27 enligt bilaga 1.",
    "*Ekonomiprogrammet vid Voxnadalens gymnasium tas inte in till läsåret 2026/27.",
    "#Ärendet",
    "Antalet sökande till Ekonomiprogrammet i Edsbyn har varit under tio de senaste tre åren. "
    "Förbundskontorets tjänsteskrivelse är daterad 2025-01-20. Direktionen gav uppdraget 2024-09-12, § 44. "
    "Beslut om programutbud ska enligt 15 kap. 30 § skollagen (2010:800) fattas av huvudmannen.",
    "#Yrkanden",
    "Nina Broman (S) yrkar bifall till förbundskontorets förslag. Lars Ek (M) yrkar att Ekonomiprogrammet "
    "vid Voxnadalens gymnasium behålls.",
    "#Beslutsgång",
    "Ordföranden finner att beredningen bifaller förbundskontorets förslag.",
    "#Protokollsanteckning",
    "Lars Ek (M) får sitt yrkande antecknat till protokollet.",
    "#§ 4 Överenskommelse om regionalt vård- och omsorgscollege",
    "Dnr HUF 2024/0290",
    "#Beredningens förslag till direktionen",
    "Direktionen godkänner överenskommelsen om regionalt vård- och omsorgscollege mellan Hälsinglands "
    "Utbildningsförbund, Region Gävleborg och Hudiksvalls kommun.",
    "#Ärendet",
    "Överenskommelsen gäller 2025-07-01–2028-06-30 och har stämts av med Arbetsförmedlingen. "
    "Tjänsteskrivelse 2025-01-22.",
    "#§ 5 Information och anmälningar",
    "Dnr HUF 2025/0001",
    "#Beslut",
    "Informationen noteras.",
    "#Ärendet",
    "Förbundschefen informerar om Skolinspektionens tillsyn av Staffangymnasiet (beslut 2024-12-12) och om "
    "direktionens beslut 2025-01-23, § 3.",
    "#Beslutet skickas till",
    "Direktionen (§§ 3–4), Region Gävleborg (§ 4), Hudiksvalls kommun (§ 4)",
    "#Underskrifter",
    "Ordförande: Nina Broman",
    "Justerare: Lars Ek",
    "Sekreterare: Elin Falk",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Förbundskontoret"
    cp.title = "Protokoll gymnasieberedningen 2025-02-04"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Förbundskontoret"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hälsinglands Utbildningsförbund | Gymnasieberedningen | 2025-02-04"
    sec.footer.paragraphs[0].text = "Justerandes signatur ____________        Utdragsbestyrkande ____________"
    for line in GB_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in GB_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in GB_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "huf-gb-2025-02-04-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
