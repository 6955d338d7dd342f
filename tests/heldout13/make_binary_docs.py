"""Generate the binary documents of tests/heldout13/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout13/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout13/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 3, 22, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 2, 28, 12, 0, 0)
NBSP = "\u00a0"

# ---------------------------------------------------------------------------------------------
# PDF: Järfälla kommun, kommunstyrelsen 2024-03-18, full protocol (§§ 34-36) with a signing page.
# First page as label/value rows; "§ 34  Dnr Kst 2024/118" on one line and the title in bold on
# the next; numbered yrkanden "Yrkande 1 – Name (M): …"; a Propositionsordning; the vote as a
# drawn table with one row per party and no totals; a group reservation without names; an
# ersättaryttrande by two named ersättare of a party; a digital signing page at the end.

ATTENDANCE: list[tuple[str, list[str]]] = [
    ("Plats och tid", ["Järfälla kommunhus, Vibblabyvägen 1, sammanträdesrum Görväln, kl. 18.00–20.05"]),
    ("Ledamöter", [
        "Mikael Lindqvist (M), ordförande",
        "Jenny Sörberg (S), 1:e vice ordförande",
        "Carina Westholm (L), 2:e vice ordförande",
        "Fredrik Alm (M)",
        "Sofia Lagerkvist (M)",
        "Tarik Hodžić (S)",
        "Marie Sundell (S)",
        "Lars-Olof Wiik (S)",
        "Kerstin Hallin (KD)",
        "Ahmad Rezaei (C)",
        "Rasmus Ek (SD)",
        "Alva Nordin (V)",
    ]),
    ("Tjänstgörande ersättare", ["Niklas Öberg (M) för Johan Brandt (M)"]),
    ("Ersättare", ["Malin Trygg (M)", "Hanna Oskarsson (S)", "Peter Blom (S)", "Gustav Lehto (V)"]),
    ("Övriga närvarande", [
        "Daniel Wessman, kommundirektör",
        "Elin Gustavsson, kommunsekreterare",
        "Anna-Maria Fors, miljöstrateg, § 35",
    ]),
    ("Utses att justera", ["Jenny Sörberg (S)"]),
    ("Justering", ["Justerat digitalt 2024-03-22, se signeringssidan"]),
    ("Paragrafer", ["§§ 34–36"]),
    ("Underskrifter", [
        "Sekreterare  Elin Gustavsson",
        "Ordförande  Mikael Lindqvist",
        "Justerare  Jenny Sörberg",
        "(signerat elektroniskt, se signeringssidan)",
    ]),
]

ANSLAG: list[tuple[str, str]] = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2024-03-18"),
    ("Datum då anslaget sätts upp", "2024-03-22"),
    ("Datum då anslaget tas ned", "2024-04-15"),
    ("Förvaringsplats för protokollet", "Kommunstyrelseförvaltningen, Järfälla kommunhus"),
]

# Paragraph content: ("h", "§ line"), ("t", bold title), ("s", sub-heading), ("p", text),
# ("vote", rows), ("page", "") for a page break.
PARAS: list[tuple[str, object]] = [
    ("h", f"§{NBSP}34     Dnr Kst 2024/118"),
    ("t", "Yttrande över Trafikverkets remiss – Åtgärdsvalsstudie E18 Hjulsta–Kista"),
    ("s", "Ärendebeskrivning"),
    ("p", "Trafikverket har gett Järfälla kommun tillfälle att yttra sig över åtgärdsvalsstudien för E18 "
          "på sträckan Hjulsta–Kista (Trafikverkets ärendenummer TRV 2023/148812). Remissen inkom "
          "2024-01-19 och svar ska lämnas senast 2024-03-29. Studien har tagits fram i samverkan med "
          "Region Stockholm, Stockholms stad och Sollentuna kommun."),
    ("p", "Förvaltningen föreslår ett yttrande där kommunen framhåller behovet av bullerskydd vid "
          "Jakobsberg och trafiksäkra gång- och cykelpassager över E18. Yttrandet har stämts av med "
          "bestämmelserna i 2 kap. 1 § väglagen (1971:948)."),
    ("s", "Beslutsunderlag"),
    ("p", "– Tjänsteskrivelse daterad 2024-02-26\n– Förslag till yttrande, version 2024-02-21\n"
          "– Kommunstyrelsens arbetsutskott 2024-03-04, § 21"),
    ("s", "Yrkanden"),
    ("p", "Yrkande 1 – Mikael Lindqvist (M): bifall till arbetsutskottets förslag.\n"
          "Yrkande 2 – Ahmad Rezaei (C): bifall till yrkande 1."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkande 1 och finner att kommunstyrelsen bifaller det."),
    ("s", "Kommunstyrelsens beslut"),
    ("p", "1. Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och överlämnar "
          "det till Trafikverket.\n2. Paragrafen justeras omedelbart."),
    ("s", "Beslutet skickas till"),
    ("p", "Trafikverket\nRegion Stockholm"),
    ("h", f"§{NBSP}35     Dnr Kst 2023/611"),
    ("t", "Överenskommelse om samverkan för Järvafältets naturreservat"),
    ("s", "Ärendebeskrivning"),
    ("p", "Järfälla kommun, Sollentuna kommun, Stockholms stad och Sundbybergs stad har sedan 2009 "
          "samverkat om skötseln av naturreservaten på Järvafältet. En ny överenskommelse om samverkan "
          "har tagits fram mellan Järfälla kommun, Sollentuna kommun, Stockholms stad och Sundbybergs "
          "stad. Den reglerar kostnadsfördelning, gemensam skötselplan och friluftsinformation. "
          "Stockholms stads kommunfullmäktige godkände överenskommelsen 2024-02-05, § 12."),
    ("p", "Överenskommelsen föreslås gälla från 2024-07-01 till 2027-12-31. Kostnaden för Järfälla kommun "
          "beräknas till 1,2 miljoner kronor per år. Länsstyrelsen i Stockholms län är tillsynsmyndighet "
          "för reservaten enligt 26 kap. 3 § miljöbalken."),
    ("s", "Beslutsunderlag"),
    ("p", "– Tjänsteskrivelse daterad 2024-02-20\n– Förslag till överenskommelse, 2024-01-31\n"
          "– Kommunstyrelsens arbetsutskott 2024-03-04, § 23"),
    ("s", "Yrkanden"),
    ("p", "Yrkande 1 – Mikael Lindqvist (M): bifall till arbetsutskottets förslag.\n"
          "Yrkande 2 – Marie Sundell (S): avslag på arbetsutskottets förslag och att förvaltningen får i "
          "uppdrag att omförhandla kostnadsfördelningen.\n"
          "Yrkande 3 – Kerstin Hallin (KD): bifall till yrkande 1."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer yrkande 1 mot yrkande 2 och finner att kommunstyrelsen beslutar enligt "
          "yrkande 1. Votering begärs."),
    ("s", "Propositionsordning"),
    ("p", "Kommunstyrelsen godkänner följande propositionsordning: Den som vill bifalla yrkande 1 röstar "
          "ja. Den som vill bifalla yrkande 2 röstar nej."),
    ("s", "Omröstningsresultat"),
    ("vote", [
        ("Parti", "Ja", "Nej", "Avstår"),
        ("M", "4", "–", "–"),
        ("S", "–", "4", "–"),
        ("L", "1", "–", "–"),
        ("KD", "1", "–", "–"),
        ("C", "1", "–", "–"),
        ("SD", "–", "–", "1"),
        ("V", "–", "1", "–"),
    ]),
    ("p", "Kommunstyrelsen har därmed beslutat enligt yrkande 1."),
    ("s", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunfullmäktige beslutar att godkänna överenskommelsen om samverkan för Järvafältets "
          "naturreservat mellan Järfälla kommun, Sollentuna kommun, Stockholms stad och Sundbybergs stad."),
    ("s", "Reservationer"),
    ("p", "Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för yrkande 2.\n"
          "Alva Nordin (V) reserverar sig mot beslutet."),
    ("s", "Protokollsanteckning"),
    ("p", "Sverigedemokraterna, genom Rasmus Ek (SD), lämnar följande protokollsanteckning: ”Vi ställer "
          "oss bakom samverkan men anser att kostnadsfördelningen borde ha utretts vidare innan beslut.”"),
    ("s", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige\nSollentuna kommun\nStockholms stad\nSundbybergs stad"),
    ("h", f"§{NBSP}36     Dnr Kst 2023/540"),
    ("t", "Svar på motion från Alva Nordin (V) om avgiftsfria sommaraktiviteter för barn och unga"),
    ("s", "Ärendebeskrivning"),
    ("p", "Alva Nordin (V) föreslår i en motion daterad 2023-09-25 att kommunen ska erbjuda avgiftsfria "
          "sommaraktiviteter för alla barn och unga i åldern 7–17 år. Motionen har remitterats till "
          "kultur-, demokrati- och fritidsnämnden, som yttrade sig 2024-01-23, § 7. Förvaltningen "
          "konstaterar att en stor del av sommarutbudet redan är avgiftsfritt och föreslår att motionen "
          "ska anses besvarad."),
    ("s", "Beslutsunderlag"),
    ("p", "– Tjänsteskrivelse daterad 2024-02-14\n– Kultur-, demokrati- och fritidsnämndens beslut "
          "2024-01-23, § 7\n– Motion från Alva Nordin (V), 2023-09-25"),
    ("s", "Yrkanden"),
    ("p", "Yrkande 1 – Alva Nordin (V): bifall till motionen.\n"
          "Yrkande 2 – Fredrik Alm (M): bifall till arbetsutskottets förslag att motionen ska anses "
          "besvarad."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer yrkande 2 mot yrkande 1 och finner att kommunstyrelsen beslutar enligt "
          "yrkande 2."),
    ("s", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen anses besvarad."),
    ("s", "Reservation"),
    ("p", "Alva Nordin (V) reserverar sig mot beslutet till förmån för yrkande 1."),
    ("s", "Ersättaryttrande"),
    ("p", "Socialdemokraternas ersättare Hanna Oskarsson (S) och Peter Blom (S) lämnar följande "
          "ersättaryttrande: ”Vi delar motionens intentioner och vill att förvaltningen återkommer med "
          "en kostnadsberäkning inför budget 2025.”"),
    ("s", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige\nKultur-, demokrati- och fritidsnämnden"),
]

SIGNERS: list[tuple[str, str, str, str]] = [
    ("Namn", "Roll", "Signerat", "Metod"),
    ("Elin Gustavsson", "Sekreterare", "2024-03-21 15:10:02", "BankID"),
    ("Mikael Lindqvist", "Ordförande", "2024-03-21 16:42:10", "BankID"),
    ("Jenny Sörberg", "Justerare", "2024-03-22 08:05:37", "BankID"),
]


class JarfallaPDF(FPDF):
    signing_page = False

    def header(self) -> None:
        self.set_font("F", "B", 11)
        self.set_xy(15, 10)
        self.cell(70, 5, "Järfälla kommun")
        self.cell(60, 5, "PROTOKOLL")
        self.set_font("F", "", 9)
        self.cell(50, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 15)
        self.cell(70, 5, "Kommunstyrelsen")
        self.cell(60, 5, "Sammanträdesdatum 2024-03-18")
        self.line(15, 21, 195, 21)
        self.set_xy(15, 26)

    def footer(self) -> None:
        if self.signing_page:
            return
        self.set_y(-15)
        self.set_x(15)
        self.set_font("F", "I", 7)
        self.cell(180, 4, "Protokollet är justerat digitalt – underskrifterna finns på signeringssidan.",
                  align="C")


def make_pdf() -> None:
    pdf = JarfallaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunstyrelsen 2024-03-18")
    pdf.set_author("Järfälla kommun")
    pdf.set_creator("heldout13")
    pdf.set_producer("heldout13")
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for label, values in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(45, 5, label)
        y_after_label = pdf.get_y()
        pdf.set_xy(62, y)
        pdf.set_font("F", "", 10)
        for v in values:
            pdf.set_x(62)
            pdf.multi_cell(133, 5, v)
        pdf.set_y(max(pdf.get_y(), y_after_label) + 2)
    pdf.ln(3)
    pdf.set_x(15)
    pdf.set_font("F", "B", 9)
    pdf.cell(180, 6, "ANSLAG/BEVIS", border="LTR")
    pdf.ln(6)
    pdf.set_font("F", "", 8)
    pdf.set_x(15)
    pdf.cell(180, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", border="LR")
    pdf.ln(5)
    for i, (k, v) in enumerate(ANSLAG):
        border = "LB" if i == len(ANSLAG) - 1 else "L"
        pdf.set_x(15)
        pdf.cell(60, 5, k, border=border)
        pdf.cell(120, 5, v, border=border.replace("L", "R"))
        pdf.ln(5)

    pdf.add_page()
    for kind, content in PARAS:
        if kind == "page":
            pdf.add_page()
        elif kind == "h":
            if pdf.get_y() > 40:
                pdf.ln(4)
            pdf.set_x(15)
            pdf.set_font("F", "", 11)
            pdf.cell(180, 6, str(content))
            pdf.ln(7)
        elif kind == "t":
            pdf.set_x(15)
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(180, 6, str(content))
            pdf.ln(2)
        elif kind == "s":
            pdf.set_x(15)
            pdf.set_font("F", "B", 10)
            pdf.cell(180, 6, str(content))
            pdf.ln(6)
        elif kind == "p":
            pdf.set_font("F", "", 10)
            for line in str(content).split("\n"):
                pdf.set_x(15)
                pdf.multi_cell(180, 5, line)
            pdf.ln(2)
        elif kind == "vote":
            pdf.set_font("F", "", 10)
            for r, row in enumerate(content):  # type: ignore[arg-type]
                pdf.set_x(15)
                pdf.set_font("F", "B" if r == 0 else "", 10)
                for cell, w in zip(row, (30, 25, 25, 25), strict=True):
                    pdf.cell(w, 6, cell, border=1, align="L" if w == 30 else "C")
                pdf.ln(6)
            pdf.ln(2)

    pdf.signing_page = True
    pdf.add_page()
    pdf.set_x(15)
    pdf.set_font("F", "B", 13)
    pdf.cell(180, 8, "Signeringssida")
    pdf.ln(10)
    pdf.set_font("F", "", 10)
    for line in ("Detta dokument har signerats elektroniskt.",
                 "Dokument: Protokoll Kommunstyrelsen 2024-03-18, §§ 34–36",
                 "Status: Justerat digitalt"):
        pdf.set_x(15)
        pdf.cell(180, 6, line)
        pdf.ln(6)
    pdf.ln(3)
    for r, row in enumerate(SIGNERS):
        pdf.set_x(15)
        pdf.set_font("F", "B" if r == 0 else "", 9)
        for cell, w in zip(row, (55, 35, 50, 30), strict=True):
            pdf.cell(w, 7, cell, border="B")
        pdf.ln(7)
    pdf.ln(4)
    pdf.set_x(15)
    pdf.set_font("F", "", 8)
    pdf.cell(180, 5, "Dokument-ID: 4b7e0c2a-91f3-4d8a-b0c6-2e5f1a9d7c13 · Signeringstjänst: e-underskrift via BankID")
    pdf.output(str(DOCS / "jarfalla-ks-2024-03-18-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Lidingö stad, kommunstyrelsen 2024-02-26, protokollsutdrag (§ 21).
# Word header with tabs; "§ 21<TAB>Dnr KS/2023:412" as a bold paragraph, the title bold below;
# Heading 3 sub-headings; numbered yrkanden with en dashes; the vote as a Word table with one row
# per party (including the local party LP) and no totals; decision as Word "List Number" items;
# a protokollsanteckning by a local party through two named members; an ersättaryttrande by two
# named ersättare; digital signature table with BankID timestamps.

DOCX_BODY: list[tuple[str, str]] = [
    ("bold", f"§{NBSP}21\tDnr KS/2023:412"),
    ("bold", "Yttrande över remiss från Region Stockholm – förslag till regionalt trafikförsörjningsprogram"),
    ("h3", "Sammanfattning"),
    ("p", "Region Stockholm har remitterat förslaget till regionalt trafikförsörjningsprogram för "
          "Stockholms län till länets kommuner (Region Stockholms diarienummer TN 2023-1187). Remissen "
          "inkom 2023-12-15 och svar ska lämnas senast 2024-03-15. Stadsledningskontoret föreslår att "
          "Lidingö stad i sitt yttrande särskilt lyfter Lidingöbanans turtäthet och bussförbindelserna "
          "till Ropsten, där AB Storstockholms Lokaltrafik ansvarar för trafiken."),
    ("h3", "Beslutsunderlag"),
    ("bullet", "Stadsledningskontorets tjänsteskrivelse 2024-02-05"),
    ("bullet", "Förslag till yttrande, utkast 2024-01-29"),
    ("bullet", "Kommunstyrelsens arbetsutskott 2024-02-12, § 9"),
    ("h3", "Yrkanden"),
    ("p", "Yrkande 1 – Ordföranden Cecilia Strömberg (M): bifall till arbetsutskottets förslag."),
    ("p", "Yrkande 2 – Jonas Krantz (S): bifall till arbetsutskottets förslag med ändringen att yttrandet "
          "ska kräva tätare trafik på Lidingöbanan även kvällstid."),
    ("p", "Yrkande 3 – Ingrid Falkman (V): bifall till yrkande 2."),
    ("h3", "Beslutsgång"),
    ("p", "Ordföranden ställer yrkande 1 mot yrkande 2 och finner att kommunstyrelsen beslutar enligt "
          "yrkande 1. Votering begärs."),
    ("h3", "Propositionsordning"),
    ("p", "Kommunstyrelsen godkänner följande propositionsordning: Ja-röst för bifall till yrkande 1. "
          "Nej-röst för bifall till yrkande 2."),
    ("h3", "Omröstningsresultat"),
    ("table", ""),
    ("p", "Kommunstyrelsen har beslutat enligt yrkande 1."),
    ("h3", "Beslut"),
    ("p", "Kommunstyrelsen beslutar"),
    ("num", "Kommunstyrelsen antar stadsledningskontorets förslag till yttrande som sitt eget och "
            "överlämnar det till Region Stockholm."),
    ("num", "Stadsledningskontoret får i uppdrag att följa upp yttrandet i dialog med AB Storstockholms "
            "Lokaltrafik."),
    ("num", "Paragrafen justeras omedelbart."),
    ("h3", "Reservation"),
    ("p", "Jonas Krantz (S) och Maria Ekberg (S) reserverar sig mot beslutet till förmån för yrkande 2. "
          "Vänsterpartiets ledamot reserverar sig likaså."),
    ("h3", "Protokollsanteckning"),
    ("p", "Lidingöpartiet, genom Hans-Erik Lund (LP) och Birgitta Sand (LP), lämnar följande "
          "protokollsanteckning: ”Lidingöpartiet avstod från att rösta eftersom båda förslagen saknar en "
          "plan för Lidingöbanans finansiering.”"),
    ("h3", "Ersättaryttrande"),
    ("p", "Socialdemokraternas ersättare Rebecka Nyhlén (S) och Omid Sarabi (S) lämnar följande "
          "ersättaryttrande: ”Vi delar uppfattningen att kvällstrafiken på Lidingöbanan måste "
          "förbättras.”"),
    ("h3", "Beslutet skickas till"),
    ("p", "Region Stockholm\nStadsledningskontoret"),
    ("h3", "Justering"),
    ("p", "Justerat digitalt. Detta dokument har signerats elektroniskt."),
    ("sig", ""),
    ("p", "Utdragsbestyrkande: Anna Wiklöf, kommunsekreterare"),
]

VOTE_ROWS: list[tuple[str, str, str, str]] = [
    ("Parti", "Ja", "Nej", "Avstår"),
    ("M", "5", "0", "0"),
    ("LP", "0", "0", "2"),
    ("S", "0", "2", "0"),
    ("L", "1", "0", "0"),
    ("C", "1", "0", "0"),
    ("KD", "1", "0", "0"),
    ("V", "0", "1", "0"),
]

SIG_ROWS: list[tuple[str, str, str]] = [
    ("Roll", "Namn", "Signerat"),
    ("Ordförande", "Cecilia Strömberg", "BankID 2024-02-28 09:14"),
    ("Justerare", "Jonas Krantz", "BankID 2024-02-28 11:02"),
    ("Sekreterare", "Anna Wiklöf", "BankID 2024-02-27 16:45"),
]


def _table(d: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Lidingö stad\tPROTOKOLLSUTDRAG\tSammanträdesdatum"
    hp2 = section.header.add_paragraph("Kommunstyrelsen\t\t2024-02-26")
    hp2.alignment = WD_ALIGN_PARAGRAPH.LEFT
    section.footer.paragraphs[0].text = "Justerandes signatur: signerat digitalt\tUtdragsbestyrkande"
    for kind, text in DOCX_BODY:
        if kind == "bold":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "h3":
            d.add_heading(text, level=3)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "table":
            _table(d, VOTE_ROWS)
        elif kind == "sig":
            _table(d, SIG_ROWS)
        else:
            for line in text.split("\n"):
                d.add_paragraph(line)
    cp = d.core_properties
    cp.author = "Lidingö stad"
    cp.last_modified_by = "Lidingö stad"
    cp.title = "Protokollsutdrag KS § 21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 2, 28, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "lidingo-ks-2024-02-26-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
