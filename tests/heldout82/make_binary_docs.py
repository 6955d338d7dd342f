"""Generate the binary documents of tests/heldout82/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout82/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout82/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 9, 30, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 20, 11, 0, 0)

# PDF: Katrineholms kommun, kommunfullmäktige 2024-09-23, full protocol.
# Page 1 is a form; the paragraphs have "KF § n" in a left margin column and the title in bold beside it.
# The elections in § 111 are a table with the party in its own column (no parentheses).
PAGE1: list[tuple[str, str]] = [
    ("Sammanträde", "Kommunfullmäktige, måndagen den 23 september 2024, kl. 18.30–21.15, "
                    "Safiren, Katrineholm"),
    ("Beslutande", "Ordförande Mona Karlsson (S)\n1:e vice ordförande Tommy Wall (M)\n"
                   "2:e vice ordförande Jenny Holst (C)\n"
                   "Övriga ledamöter och tjänstgörande ersättare enligt närvaro- och voteringslista, bilaga A"),
    ("Övriga", "Lina Ekholm, kommundirektör\nPer Hjort, nämndsekreterare"),
    ("Justerare", "Anders Grip (KD) och Lisbet Ohlin (S)"),
    ("Justering", "Stadshuset, 2024-09-27"),
    ("Paragrafer", "110–113"),
    ("Underskrifter", "Sekreterare: Per Hjort\nOrdförande: Mona Karlsson\n"
                      "Justerare: Anders Grip   Lisbet Ohlin"),
    ("ANSLAG", "Protokollet är justerat. Anslaget uppsatt 2024-09-30, nedtas 2024-10-22. "
               "Förvaringsplats: Stadshuset, Katrineholm."),
]

PARAS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("KF § 110", "Anmälan av interpellation till vård- och omsorgsnämndens ordförande om "
                 "hemtjänstens nyckelhantering", [
        ("", "Dnr KS/2024:318-101"),
        ("", "Anders Grip (KD) har 2024-09-10 lämnat in en interpellation till vård- och omsorgsnämndens "
             "ordförande Kerstin Bergman (S) om hur hemtjänsten hanterar brukarnas nycklar."),
        ("Beslut", "Interpellationen får ställas och besvaras vid fullmäktiges sammanträde "
                   "den 21 oktober 2024."),
    ]),
    ("KF § 111", "Entledigande och fyllnadsval – vård- och omsorgsnämnden och Katrineholmsbostäder AB", [
        ("", "Dnr KS/2024:045-102"),
        ("", "Tove Ring (M) har begärt att bli entledigad från sitt uppdrag som ledamot i vård- och "
             "omsorgsnämnden från och med 2024-10-01. Valberedningen har sammanträtt 2024-09-16 och "
             "lämnar förslag enligt tabellen i beslutet. Ordföranden konstaterar att endast "
             "valberedningens förslag föreligger."),
        ("Beslut", "1. Tove Ring (M) entledigas från uppdraget som ledamot i vård- och omsorgsnämnden."),
        ("", "2. Till ledamöter och ersättare för tiden till och med 2026-12-31 väljs:"),
        ("TABLE", ""),
        ("", "3. Beslutet gäller från och med 2024-10-01."),
        ("Expedieras", "Vård- och omsorgsnämnden, Katrineholmsbostäder AB, de valda"),
    ]),
    ("KF § 112", "Svar på medborgarförslag om hundrastgård i Valla", [
        ("", "Dnr KS/2024:077-290"),
        ("", "Lisa Norén föreslår i ett medborgarförslag 2024-02-19 att en inhägnad hundrastgård anordnas "
             "i Valla. Service- och tekniknämnden har yttrat sig 2024-06-12, § 58. Kommunstyrelsens "
             "förvaltning har i tjänsteskrivelse 2024-08-14 föreslagit att förslaget anses besvarat."),
        ("Beslut", "Medborgarförslaget anses besvarat."),
    ]),
    ("KF § 113", "Avfallstaxa 2025 för Katrineholms kommun", [
        ("", "Dnr KS/2024:266-456"),
        ("", "Sörmland Vatten och Avfall AB har på uppdrag av kommunen tagit fram "
             "förslag till avfallstaxa enligt 27 kap. 4 § miljöbalken. Tjänsteskrivelse 2024-08-29. "
             "Kommunstyrelsen beslutade 2024-09-04, § 140, att föreslå fullmäktige att anta taxan."),
        ("Yrkanden", "Tommy Wall (M) yrkar bifall till kommunstyrelsens förslag. Ronny Lag (SD) m.fl. "
                     "yrkar avslag."),
        ("Omröstning", "Votering begärs. Ja-röst för bifall, nej-röst för avslag."),
        ("VOTE", ""),
        ("Beslut", "Avfallstaxa 2025 antas att gälla från och med 2025-01-01."),
        ("Reservation", "Ronny Lag (SD) m.fl. reserverar sig mot beslutet."),
        ("Protokolls-\nanteckning", "Ewa Sund (V) antecknar att taxan bör differentieras ytterligare "
                                    "för hushåll som sorterar matavfall."),
    ]),
]

ELECTED: list[tuple[str, str, str, str]] = [
    ("Organ", "Uppdrag", "Namn", "Parti"),
    ("Vård- och omsorgsnämnden", "ledamot", "Jonas Pihl", "M"),
    ("Vård- och omsorgsnämnden", "ersättare", "Siv Lantz", "M"),
    ("Katrineholmsbostäder AB", "styrelseledamot", "Ali Demir", "S"),
    ("Katrineholmsbostäder AB", "lekmannarevisor", "Göran Ask", "L"),
]


def pdf_page_head(pdf: FPDF, page: int) -> None:
    pdf.set_font("F", "", 8)
    pdf.set_xy(15, 10)
    pdf.cell(120, 4, "KATRINEHOLMS KOMMUN  ·  Kommunfullmäktige  ·  Sammanträdesprotokoll 2024-09-23")
    pdf.set_xy(160, 10)
    pdf.cell(35, 4, f"{page} (3)", align="R")
    pdf.set_xy(15, 20)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll KF 2024-09-23")
    pdf.set_author("Katrineholms kommun")
    pdf.set_creator("heldout82")
    pdf.set_producer("heldout82")
    pdf.add_page()
    pdf_page_head(pdf, 1)
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, text in PAGE1:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.cell(35, 5, label)
        pdf.set_xy(52, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(143, 5, text)
        pdf.ln(3)
    page = 1
    for i, (num, title, rows) in enumerate(PARAS):
        if i in (0, 2):
            page += 1
            pdf.add_page()
            pdf_page_head(pdf, page)
        y = pdf.get_y() + 3
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 10)
        pdf.cell(35, 5, num)
        pdf.set_xy(52, y)
        pdf.multi_cell(143, 5, title)
        pdf.ln(2)
        for label, text in rows:
            if label == "TABLE":
                pdf.set_font("F", "", 9)
                for row in ELECTED:
                    pdf.set_x(52)
                    for width, cell in zip((52, 33, 40, 15), row, strict=True):
                        pdf.cell(width, 5, cell, border=1)
                    pdf.ln(5)
                pdf.ln(2)
                continue
            if label == "VOTE":
                pdf.set_font("F", "", 9)
                for row in (("Ja", "Nej", "Avstår", "Frånvarande"), ("29", "20", "3", "2")):
                    pdf.set_x(52)
                    for cell in row:
                        pdf.cell(28, 5, cell, border=1, align="C")
                    pdf.ln(5)
                pdf.ln(2)
                continue
            y = pdf.get_y()
            pdf.set_xy(15, y)
            pdf.set_font("F", "B", 9)
            pdf.multi_cell(35, 5, label)
            pdf.set_xy(52, y)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(143, 5, text)
            pdf.ln(2)
    pdf.output(str(DOCS / "katrineholm-kf-2024-09-23-protokoll.pdf"))


# DOCX: Region Halland, regionfullmäktige 2024-06-18, protokollsutdrag (1 §).
# The valberedning's proposal is a Word table (Uppdrag / Avgående / Föreslås / Parti); the decision is
# "List Bullet" items beginning with a verb; page header with the issuer, footer with "Utdragsbestyrkande".
DOCX_TOP: list[tuple[str, str]] = [
    ("p", "Protokollsutdrag från regionfullmäktiges sammanträde den 18 juni 2024"),
    ("p", "Justerare: Hanna Vik (MP) och Roger Lund (M)"),
    ("h", "§ 57 Entlediganden och val av ledamöter och ersättare i regionstyrelsen, "
          "hälso- och sjukvårdsnämnden och Hallandstrafiken AB"),
    ("p", "Diarienummer RS240318"),
    ("h4", "Sammanfattning"),
    ("p", "Elin Sand (S) har 2024-05-02 begärt entledigande från uppdraget som ledamot i regionstyrelsen, "
          "och Bo Rapp (KD) har 2024-05-14 begärt entledigande från uppdraget som ersättare i "
          "hälso- och sjukvårdsnämnden. Entledigande prövas enligt 4 kap. 9 § kommunallagen (2017:725). "
          "Valberedningen har behandlat ärendet 2024-06-04 och lämnar följande förslag:"),
]
DOCX_TABLE: list[tuple[str, str, str, str]] = [
    ("Uppdrag", "Avgående", "Föreslås", "Parti"),
    ("Regionstyrelsen, ledamot", "Elin Sand", "Mikael Öhrn", "S"),
    ("Regionstyrelsen, ersättare", "Mikael Öhrn", "Sara Kvist", "S"),
    ("Hälso- och sjukvårdsnämnden, ersättare", "Bo Rapp", "Ruth Alm", "KD"),
    ("Hallandstrafiken AB, styrelseledamot (till årsstämman 2027)", "–", "Erik Faxe", "C"),
]
DOCX_BOTTOM: list[tuple[str, str]] = [
    ("h4", "Yrkanden"),
    ("p", "Valberedningens ordförande Karin Wiik (M) yrkar bifall till valberedningens förslag. "
          "Ingrid Bohm (SD) yrkar att Lars Tjäder (SD) väljs till styrelseledamot i Hallandstrafiken AB "
          "i stället för Erik Faxe (C)."),
    ("h4", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på valberedningens förslag mot Ingrid Bohms yrkande och finner "
          "att regionfullmäktige bifaller valberedningens förslag. Ingen omröstning begärs."),
    ("h4", "Regionfullmäktiges beslut"),
    ("b", "Entlediga Elin Sand (S) och Bo Rapp (KD) från sina uppdrag."),
    ("b", "Välja Mikael Öhrn (S) till ledamot och Sara Kvist (S) till ersättare i regionstyrelsen."),
    ("b", "Välja Ruth Alm (KD) till ersättare i hälso- och sjukvårdsnämnden."),
    ("b", "Föreslå årsstämman i Hallandstrafiken AB att välja Erik Faxe (C) till styrelseledamot."),
    ("h4", "Protokollsanteckning"),
    ("p", "Ingrid Bohm (SD) får antecknat till protokollet att Sverigedemokraterna anser att "
          "bolagsstyrelserna ska spegla mandatfördelningen i fullmäktige."),
    ("p", "Beslutet skickas till: Valda och entledigade, Hallandstrafiken AB, Regionstyrelsen"),
    ("p", "Vid protokollet\tJohanna Grahn, regionsekreterare"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Region Halland\tRegionfullmäktige\tPROTOKOLLSUTDRAG"
    sec.footer.paragraphs[0].text = "Justerandes signatur ______   ______\tUtdragsbestyrkande ______"

    def add(kind: str, text: str) -> None:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "h4":
            d.add_heading(text, level=4)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)

    for kind, text in DOCX_TOP:
        add(kind, text)
    table = d.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in DOCX_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for kind, text in DOCX_BOTTOM:
        add(kind, text)
    cp = d.core_properties
    cp.author = "Region Halland"
    cp.last_modified_by = "Region Halland"
    cp.title = "Protokollsutdrag RF § 57"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 20, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "regionhalland-rf-2024-06-18-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
