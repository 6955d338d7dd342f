"""Build the PDF and DOCX documents of held-out set 101 deterministically.

    .venv/bin/python tests/heldout101/make_binary_docs.py

Fixed PDF metadata and creation date, fixed DOCX core properties and ZIP timestamps: two runs give identical
bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------------------------------------------
# Trollhättans stad, Samhällsbyggnadsnämnden 2024-10-23 (PDF, full protocol, 3 pages)
# Rows: (style, left text, right text). Style "H" header, "B" bold, "T" title, "" normal.
# ---------------------------------------------------------------------------------------------------------------
PDF_FIXED = dt.datetime(2024, 10, 28, 9, 15, 0, tzinfo=dt.UTC)
TH_HEAD = ("TROLLHÄTTANS STAD", "SAMMANTRÄDESPROTOKOLL")
TH_SUB = ("Samhällsbyggnadsnämnden", "Sammanträdesdatum 2024-10-23")

TH_PAGES = [
    [
        ("B", "Plats och tid", "Stadshuset, sal Oden, kl. 08.30–11.45"),
        ("", "", ""),
        ("B", "Ledamöter", "Ersättare"),
        ("", "Johan Ljung (S), ordförande", "Ulla Berg (S)"),
        ("", "Marie Ekwall (M), vice ordförande", "Henrik Åberg (SD)"),
        ("", "Ahmed Rashidi (S)", "Sara Nilsén (MP)"),
        ("", "Birgitta Solberg (S)", ""),
        ("", "Stig Arvidsson (SD)", ""),
        ("", "Lena Hjalmarsson (V)", ""),
        ("", "Kent Hjort (M), tjg ers för Pia Lund (M)", ""),
        ("", "Oscar Brink (L)", ""),
        ("", "Elisabeth Fahlén (C)", ""),
        ("", "", ""),
        ("B", "Övriga närvarande", ""),
        ("", "Karl Wendt, samhällsbyggnadschef", ""),
        ("", "Lisa Strandh, nämndsekreterare", ""),
        ("", "Peter Gran, planarkitekt, § 142", ""),
        ("", "", ""),
        ("B", "Justerare", "Marie Ekwall (M)"),
        ("B", "Justeringens tid och plats", "2024-10-28, Stadshuset"),
        ("", "", ""),
        ("B", "Underskrifter", "Paragrafer 142–143"),
        ("", "Sekreterare", "......................................"),
        ("", "", "Lisa Strandh"),
        ("", "Ordförande", "......................................"),
        ("", "", "Johan Ljung"),
        ("", "Justerare", "......................................"),
        ("", "", "Marie Ekwall"),
        ("", "", ""),
        ("B", "BEVIS OM ANSLAG", ""),
        ("", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", ""),
        ("", "Anslaget sätts upp 2024-10-29", "Anslaget tas ned 2024-11-20"),
    ],
    [
        ("T", "§ 142", "Dnr SBN 2023/00318"),
        ("T", "Detaljplan för bostäder vid Kronogården, del av Stavre 1:125 m.fl. – antagande", ""),
        ("", "", ""),
        ("B", "Sammanfattning", ""),
        ("", "Detaljplanen möjliggör cirka 140 bostäder i flerbostadshus som AB Eidar, Trollhättans", ""),
        ("", "bostadsbolag, avser att uppföra. Planen har varit utställd för granskning 2024-05-06–2024-05-27.", ""),
        ("", "Lantmäteriet och Trollhättan Energi AB har lämnat synpunkter som har beaktats. Planen", ""),
        ("", "antas med stöd av 5 kap. 27 § plan- och bygglagen.", ""),
        ("", "", ""),
        ("B", "Beslutsunderlag", ""),
        ("", "Tjänsteskrivelse 2024-09-30", ""),
        ("", "Granskningsutlåtande 2024-06-17", ""),
        ("", "Plankarta och planbeskrivning", ""),
        ("", "", ""),
        ("B", "Yrkanden", ""),
        ("", "Johan Ljung (S) yrkar bifall till förvaltningens förslag.", ""),
        ("", "Lena Hjalmarsson (V) yrkar avslag. Elisabeth Fahlén (C) instämmer i Lena Hjalmarssons yrkande.", ""),
        ("", "", ""),
        ("B", "Omröstning", ""),
        ("", "Omröstning begärs och verkställs. Den som bifaller Johan Ljungs yrkande röstar ja, den som", ""),
        ("", "bifaller Lena Hjalmarssons yrkande röstar nej.", ""),
        ("", "Ja-röster (6): Johan Ljung, Marie Ekwall, Ahmed Rashidi, Birgitta Solberg, Kent Hjort,", ""),
        ("", "Oscar Brink", ""),
        ("", "Nej-röster (3): Stig Arvidsson, Lena Hjalmarsson, Elisabeth Fahlén", ""),
        ("", "Avstår (0): –", ""),
        ("", "Samhällsbyggnadsnämnden har beslutat enligt Johan Ljungs yrkande.", ""),
        ("", "", ""),
        ("B", "Samhällsbyggnadsnämndens beslut", ""),
        ("", "1.  Samhällsbyggnadsnämnden antar detaljplanen för bostäder vid Kronogården.", ""),
        ("", "2.  Planavgift tas ut enligt gällande plan- och bygglovtaxa.", ""),
        ("", "", ""),
        ("B", "Reservationer", ""),
        ("", "Lena Hjalmarsson (V) reserverar sig skriftligt, bilaga 1.", ""),
        ("", "Elisabeth Fahlén (C) reserverar sig till förmån för Lena Hjalmarssons yrkande.", ""),
        ("", "", ""),
        ("B", "Beslutet skickas till", ""),
        ("", "AB Eidar, Lantmäteriet", ""),
    ],
    [
        ("T", "§ 143", "Dnr SBN 2024/00677"),
        ("T", "Yttrande över ansökan om tillstånd till vattenverksamhet i Göta älv, Sjöfartsverket", ""),
        ("", "", ""),
        ("B", "Sammanfattning", ""),
        ("", "Länsstyrelsen i Västra Götalands län har gett nämnden tillfälle att yttra sig över Sjöfartsverkets", ""),
        ("", "ansökan om tillstånd till muddring i farleden (Länsstyrelsens dnr 551-31877-2024). Yttrandet ska", ""),
        ("", "vara länsstyrelsen tillhanda senast 2024-11-08. Ansökan prövas enligt 11 kap. 9 § miljöbalken.", ""),
        ("", "", ""),
        ("B", "Beslutsunderlag", ""),
        ("", "Tjänsteskrivelse 2024-10-08", ""),
        ("", "Remiss från Länsstyrelsen 2024-09-27", ""),
        ("", "", ""),
        ("B", "Yrkande", ""),
        ("", "Johan Ljung (S) yrkar bifall till förvaltningens förslag till yttrande.", ""),
        ("", "", ""),
        ("B", "Samhällsbyggnadsnämndens beslut", ""),
        ("", "Samhällsbyggnadsnämnden lämnar yttrande till Länsstyrelsen enligt förvaltningens förslag.", ""),
        ("", "", ""),
        ("", "Paragrafen förklaras omedelbart justerad.", ""),
        ("", "", ""),
        ("B", "Särskilt yttrande", ""),
        ("", "Stig Arvidsson (SD) lämnar ett särskilt yttrande om att farledens kajer bör inventeras.", ""),
        ("", "Ersättaren Henrik Åberg (SD) ställer sig bakom Stig Arvidssons särskilda yttrande.", ""),
    ],
]


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(95, 5, TH_HEAD[0])
        self.cell(0, 5, f"{TH_HEAD[1]}   Sida {self.page_no()}(3)", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9)
        self.cell(95, 5, TH_SUB[0])
        self.cell(0, 5, TH_SUB[1], align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Justerandes sign                                        Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(PDF_FIXED)
    pdf.set_title("Samhällsbyggnadsnämnden 2024-10-23")
    pdf.set_author("Trollhättans stad")
    pdf.set_creator("heldout101")
    pdf.set_producer("heldout101")
    pdf.set_auto_page_break(auto=True, margin=20)
    for page in TH_PAGES:
        pdf.add_page()
        for style, left, right in page:
            first = pdf.get_y() < 35
            if style == "T":
                pdf.set_font("DejaVu", "B", 11)
                pdf.cell(130, 6, left)
                pdf.set_font("DejaVu", "", 9)
                pdf.cell(0, 6, right, align="R", new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("DejaVu", "B" if style == "B" else "", 9.5)
            if page is TH_PAGES[0] or first:
                pdf.cell(60 if style == "B" or right else 0, 5, left)
                pdf.set_font("DejaVu", "", 9.5)
                pdf.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 5, left, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    (DOCS / "trollhattan-sbn-2024-10-23-protokoll.pdf").write_bytes(data)


# ---------------------------------------------------------------------------------------------------------------
# Smedjebackens kommun, Kommunstyrelsen 2025-03-11 (DOCX, full protocol)
# ---------------------------------------------------------------------------------------------------------------
DOCX_FIXED = dt.datetime(2025, 3, 14, 8, 0, 0)

SM_META = [
    ("Plats och tid", ["Kommunhuset, Sessionssalen, tisdagen den 11 mars 2025 kl. 09.00–12.10"]),
    ("Ledamöter", [
        "Göran Lindblom (S), ordförande",
        "Kristina Backman (M), vice ordförande",
        "Per-Erik Hallberg (S)",
        "Susanne Mård (S)",
        "Camilla Rask (S)",
        "Tobias Engström (C)",
        "Anna Kvist (V)",
        "Lars Nordin (SD)",
        "Jonny Wahlberg (SD)",
        "Mikael Sjödin (KD)",
    ]),
    ("Tjänstgörande ersättare", ["Erik Sund (S) istf Maria Hed (S)"]),
    ("Ersättare", ["Ida Lönn (M)", "Bertil Hagman (L)"]),
    ("Övriga deltagare", ["Åsa Westin, kommunchef", "Niklas Berg, kommunsekreterare", "Hanna Öst, ekonomichef, § 35"]),
    ("Utses att justera", ["Tobias Engström (C)"]),
    ("Justeringens plats och tid", ["Kommunhuset 2025-03-13"]),
    ("Paragrafer", ["34–36"]),
]

SM_SIGN = [
    ("Sekreterare", "Niklas Berg"),
    ("Ordförande", "Göran Lindblom"),
    ("Justerande", "Tobias Engström"),
]

VOTE_ROWS = [
    ("Göran Lindblom (S)", "X", "", ""),
    ("Kristina Backman (M)", "", "X", ""),
    ("Per-Erik Hallberg (S)", "X", "", ""),
    ("Susanne Mård (S)", "X", "", ""),
    ("Camilla Rask (S)", "X", "", ""),
    ("Tobias Engström (C)", "X", "", ""),
    ("Anna Kvist (V)", "", "", "X"),
    ("Lars Nordin (SD)", "", "X", ""),
    ("Jonny Wahlberg (SD)", "", "X", ""),
    ("Mikael Sjödin (KD)", "", "X", ""),
    ("Erik Sund (S)", "X", "", ""),
    ("Summa", "6", "4", "1"),
]

# Paragraphs: (number, title, dnr, sections). A section is (heading, lines, kind); kind "bullets" renders
# List Bullet paragraphs, "vote" inserts the roll-call table after the lines.
SM_PARAS = [
    ("34", "Yttrande över remiss av länstransportplan för Dalarnas län 2026–2037", "KS 2025/00045", [
        ("Sammanfattning", [
            "Region Dalarna har skickat förslag till länstransportplan för Dalarnas län 2026–2037 på remiss till "
            "länets kommuner (Region Dalarnas diarienummer RD24/05612). Remisstiden går ut 2025-03-31. Planen "
            "tas fram enligt förordningen (1997:263) om länsplaner för regional transportinfrastruktur och ska "
            "samordnas med Trafikverkets nationella plan. Kommunledningsförvaltningen föreslår att kommunen "
            "särskilt lyfter behovet av åtgärder på riksväg 66 och stråket mot Ludvika.",
        ], "text"),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse från kommunledningsförvaltningen daterad 2025-02-20",
            "Kommunstyrelsens arbetsutskott 2025-02-25, § 21",
            "Remisshandling från Region Dalarna, daterad 2024-12-16",
        ], "text"),
        ("Yrkanden", ["Per-Erik Hallberg (S) yrkar bifall till arbetsutskottets förslag."], "text"),
        ("Kommunstyrelsens beslut", [
            "Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget.",
            "Yttrandet skickas till Region Dalarna.",
        ], "bullets"),
        ("Särskilt yttrande", [
            "Kristina Backman (M) lämnar ett särskilt yttrande, bilaga 2.",
            "Ida Lönn (M) instämmer i Kristina Backmans särskilda yttrande.",
        ], "text"),
        ("Beslutet skickas till", ["Region Dalarna", "Kommunledningsförvaltningen"], "text"),
    ]),
    ("35", "Avtal om IT-samverkan mellan Ludvika kommun och Smedjebackens kommun", "KS 2024/00318", [
        ("Sammanfattning", [
            "Ludvika kommun och Smedjebackens kommun har sedan 2016 en gemensam IT-enhet. Avtalet från "
            "2016-01-01 löper ut och ett nytt avtal föreslås gälla från 2025-07-01 till 2029-06-30. "
            "Driftcentralen i Ludvika används även av Västerbergslagens Energi AB, som inte är part i avtalet. "
            "Avtalet ingås med stöd av 9 kap. 37 § kommunallagen.",
        ], "text"),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse daterad 2025-02-14",
            "Förslag till avtal om IT-samverkan",
            "Ludvika kommuns beslut 2025-02-04, § 19",
        ], "text"),
        ("Yrkanden", [
            "Ordföranden yrkar bifall till förvaltningens förslag.",
            "Lars Nordin (SD) yrkar avslag. Kristina Backman (M) och Mikael Sjödin (KD) instämmer i Lars "
            "Nordins yrkande.",
        ], "text"),
        ("Omröstning", [
            "Omröstning begärs. Kommunstyrelsen godkänner följande propositionsordning: ja-röst för ordförandens "
            "förslag, nej-röst för Lars Nordins förslag. Omröstningen utfaller enligt nedan.",
        ], "vote"),
        ("Kommunstyrelsens beslut", [
            "Kommunstyrelsen godkänner avtal om IT-samverkan mellan Ludvika kommun och Smedjebackens kommun.",
            "Kommunchefen får i uppdrag att underteckna avtalet.",
        ], "bullets"),
        ("", ["Paragrafen justeras omedelbart."], "text"),
        ("Reservation", [
            "Lars Nordin (SD), Jonny Wahlberg (SD), Kristina Backman (M) och Mikael Sjödin (KD) reserverar sig "
            "mot beslutet.",
        ], "text"),
        ("Beslutet skickas till", ["Ludvika kommun"], "text"),
    ]),
    ("36", "Redovisning av delegationsbeslut", "KS 2025/00012", [
        ("Sammanfattning", [
            "Redovisning av beslut fattade med stöd av delegation under perioden 2025-01-21–2025-02-28, "
            "bland annat beslut om lokala trafikföreskrifter enligt 10 kap. 14 § trafikförordningen.",
        ], "text"),
        ("Kommunstyrelsens beslut", ["Redovisningen läggs till handlingarna."], "text"),
    ]),
]


def _cell_lines(cell, lines: list[str], bold: bool = False) -> None:
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def make_docx() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SMEDJEBACKENS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\tSammanträdesdatum 2025-03-11"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    table = d.add_table(rows=0, cols=2)
    for label, lines in SM_META:
        row = table.add_row()
        _cell_lines(row.cells[0], [label], bold=True)
        _cell_lines(row.cells[1], lines)
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)
    d.add_paragraph()
    sig = d.add_table(rows=0, cols=2)
    for role, name in SM_SIGN:
        row = sig.add_row()
        _cell_lines(row.cells[0], [role], bold=True)
        _cell_lines(row.cells[1], ["……………………………………………", name])
    d.add_page_break()

    for number, title, dnr, sections in SM_PARAS:
        head = d.add_table(rows=1, cols=2)
        _cell_lines(head.rows[0].cells[0], [f"§ {number}"], bold=True)
        _cell_lines(head.rows[0].cells[1], [title], bold=True)
        p = head.rows[0].cells[1].add_paragraph(dnr)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for heading, lines, kind in sections:
            if heading:
                hp = d.add_paragraph()
                hp.add_run(heading).bold = True
            for line in lines:
                d.add_paragraph(line, style="List Bullet" if kind == "bullets" else None)
            if kind == "vote":
                vt = d.add_table(rows=1, cols=4)
                vt.style = "Table Grid"
                for cell, text in zip(vt.rows[0].cells, ("Ledamot", "Ja", "Nej", "Avstår"), strict=True):
                    _cell_lines(cell, [text], bold=True)
                for values in VOTE_ROWS:
                    cells = vt.add_row().cells
                    for cell, text in zip(cells, values, strict=True):
                        _cell_lines(cell, [text])
                d.add_paragraph(
                    "Kommunstyrelsen har med 6 ja-röster mot 4 nej-röster beslutat enligt ordförandens förslag."
                )
        d.add_paragraph()

    cp = d.core_properties
    cp.author = "Niklas Berg"
    cp.last_modified_by = "Niklas Berg"
    cp.title = "Kommunstyrelsen 2025-03-11"
    cp.created = DOCX_FIXED
    cp.modified = DOCX_FIXED
    cp.last_printed = DOCX_FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 14, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "smedjebacken-ks-2025-03-11-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
