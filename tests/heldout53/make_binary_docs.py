"""Generate the binary documents of tests/heldout53/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout53/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout53/gold/
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
FIXED_PDF = dt.datetime(2024, 3, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 16, 14, 0, 0)

# PDF: Vadstena kommun, revisorerna 2024-03-14, full protocol (4 §§).
# Page 1: "Revisorernas sammanträde" with label/value rows; paragraphs as "Rev § n" on later pages.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("H", "VADSTENA KOMMUN"),
        ("H", "Revisorerna – PROTOKOLL"),
        ("T", "Revisorernas sammanträde 2024-03-14"),
        ("L", "Plats och tid|Rådhuset, Vadstena, kl. 08.30–11.45"),
        ("L", "Närvarande revisorer|Gunnel Hård (S), ordförande"),
        ("L", "|Bertil Sjövall (M), vice ordförande"),
        ("L", "|Annika Lundell (C)"),
        ("L", "|Rolf Ekwall (SD)"),
        ("L", "|Marianne Tholin (V)"),
        ("L", "Sakkunnigt biträde|Jenny Ridderstad, certifierad kommunal revisor, KPMG AB"),
        ("L", "Övriga närvarande|Ola Fredén, ekonomichef, § 15"),
        ("L", "Justerare|Bertil Sjövall"),
        ("L", "Paragrafer|12–15"),
        ("T", "Underskrifter"),
        ("L", "Sekreterare|..............................  Jenny Ridderstad"),
        ("L", "Ordförande|..............................  Gunnel Hård"),
        ("L", "Justerare|..............................  Bertil Sjövall"),
        ("P", "Protokollet har justerats 2024-03-19 och anslagits på kommunens digitala anslagstavla "
              "2024-03-20."),
    ],
    [
        ("S", "Rev § 12    Sammanträdets öppnande och val av justerare"),
        ("P", "Ordföranden förklarar sammanträdet öppnat."),
        ("P", "Revisorerna beslutar att utse Bertil Sjövall att jämte ordföranden justera protokollet."),
        ("S", "Rev § 13    Granskning av kommunstyrelsens interna kontroll"),
        ("D", "Dnr REV 2024/3"),
        ("P", "KPMG AB har på revisorernas uppdrag granskat om kommunstyrelsen har en tillräcklig intern "
              "kontroll enligt 6 kap. 6 § kommunallagen (2017:725). Granskningsrapporten är daterad "
              "2024-02-28. Jenny Ridderstad redogör för iakttagelserna."),
        ("P", "Revisorerna beslutar att"),
        ("P", "– godkänna granskningsrapporten och överlämna den till kommunstyrelsen och "
              "kommunfullmäktige,"),
        ("P", "– begära att kommunstyrelsen yttrar sig över rekommendationerna senast 2024-05-31."),
        ("P", "Protokollsanteckning: Rolf Ekwall (SD) antecknar till protokollet att uppföljningen "
              "bör redovisas redan vid nästa sammanträde."),
    ],
    [
        ("S", "Rev § 14    Avtal om sakkunnigt biträde 2024–2026"),
        ("D", "Dnr REV 2024/1"),
        ("P", "Revisorerna har tillsammans med Motala kommun upphandlat sakkunnigt biträde. Anbud har "
              "kommit in från KPMG AB och Ernst & Young AB. Utvärderingen är daterad 2024-02-20. "
              "Förslaget är ett avtal mellan Vadstena kommun och KPMG AB för tiden 2024-04-01 – "
              "2026-12-31 med möjlighet till förlängning."),
        ("P", "Yrkanden: Gunnel Hård (S) yrkar att revisorerna tecknar avtal enligt förslaget. "
              "Marianne Tholin (V) yrkar att avtalet tecknas för ett år i taget."),
        ("P", "Omröstning begärs och genomförs. Fyra revisorer röstar för Gunnel Hårds yrkande och en "
              "revisor för Marianne Tholins yrkande. Ingen avstår."),
        ("P", "Revisorerna beslutar att teckna avtal om sakkunnigt biträde med KPMG AB enligt förslaget."),
        ("P", "Paragrafen förklaras omedelbart justerad."),
        ("P", "Marianne Tholin (V) reserverar sig till förmån för eget yrkande."),
        ("S", "Rev § 15    Information om bokslut 2023"),
        ("D", "Dnr REV 2024/5"),
        ("P", "Ekonomichef Ola Fredén informerar om kommunens bokslut 2023 och om Vadstena Fastighets AB:s "
              "resultat. Årsredovisningen behandlas av kommunstyrelsen 2024-03-27."),
        ("P", "Revisorerna noterar informationen."),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll revisorerna 2024-03-14")
    pdf.set_author("Vadstena kommun")
    pdf.set_creator("heldout53")
    pdf.set_producer("heldout53")
    pdf.set_auto_page_break(True, margin=20)
    for number, rows in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.set_xy(150, 8)
        pdf.cell(45, 5, f"Sida {number} av {len(PDF_PAGES)}", align="R")
        pdf.set_xy(15, 18)
        for kind, text in rows:
            if kind == "H":
                pdf.set_font("F", "B", 12)
                pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            elif kind in ("T", "S"):
                pdf.ln(3)
                pdf.set_font("F", "B", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "L":
                label, value = text.split("|", 1)
                y = pdf.get_y()
                pdf.set_font("F", "B", 9)
                pdf.set_xy(15, y)
                pdf.cell(45, 5, label)
                pdf.set_font("F", "", 10)
                pdf.set_xy(62, y)
                pdf.multi_cell(133, 5, value, new_x="LMARGIN", new_y="NEXT")
            elif kind == "D":
                pdf.set_font("F", "", 9)
                pdf.cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        pdf.set_auto_page_break(False)
        pdf.set_font("F", "", 8)
        pdf.set_xy(15, 282)
        pdf.cell(0, 5, "Justerandes sign            Utdragsbestyrkande")
        pdf.set_auto_page_break(True, margin=20)
    pdf.output(str(DOCS / "vadstena-rev-2024-03-14-protokoll.pdf"))


# DOCX: Ronneby kommun, kommunala pensionärsrådet 2024-04-11, full protocol (4 §§).
ATTENDANCE: list[tuple[str, str, str]] = [
    ("Namn", "Företräder", "Funktion"),
    ("Anna-Lena Brink (S)", "Kommunstyrelsen", "Ordförande"),
    ("Gösta Lindh", "PRO Ronneby", "Vice ordförande"),
    ("Tommy Åkesson (C)", "Äldrenämnden", "Ledamot"),
    ("Birgitta Svensson", "SPF Seniorerna Ronneby", "Ledamot"),
    ("Bo Carlén", "SKPF Pensionärerna avd 17 Ronneby", "Ledamot"),
    ("Ulla Ek", "SKPF Pensionärerna avd 17 Ronneby", "Ersättare"),
    ("Maria Ek", "Äldreförvaltningen", "Förvaltningschef"),
    ("Lina Holm", "Äldreförvaltningen", "Nämndsekreterare"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("h", "§ 8 Information om äldreförvaltningens budgetuppföljning"),
    ("p", "Förvaltningschef Maria Ek informerar om budgetuppföljningen per 2024-03-31. Nästa uppföljning "
          "redovisas för äldrenämnden 2024-06-18."),
    ("p", "Rådets beslut"),
    ("p", "Rådet noterar informationen."),
    ("h", "§ 9 Remiss – riktlinjer för trygghetsboende"),
    ("p", "Dnr ÄN 2024/0087"),
    ("p", "Äldrenämnden har remitterat förslaget till riktlinjer för trygghetsboende till det kommunala "
          "pensionärsrådet för yttrande. Riktlinjerna utgår från 5 kap. 5 § socialtjänstlagen (2001:453) "
          "och föreslås gälla från 2024-09-01. Äldreförvaltningens tjänsteskrivelse 2024-03-18."),
    ("p", "Rådets beslut"),
    ("num", "Rådet lämnar yttrande enligt bilaga 1."),
    ("num", "Yttrandet överlämnas till äldrenämnden."),
    ("p", "Särskilt yttrande"),
    ("p", "Birgitta Svensson lämnar för SPF Seniorerna Ronneby ett särskilt yttrande om behovet av "
          "fler trygghetsboenden i Kallinge, bilaga 2."),
    ("p", "Ulla Ek (SKPF) instämmer i det särskilda yttrandet."),
    ("h", "§ 10 Överenskommelse om seniorverksamhet mellan Ronneby kommun och PRO Ronneby"),
    ("p", "Dnr KS 2024/0133"),
    ("p", "Ronneby kommun och PRO Ronneby har tagit fram en överenskommelse om öppen seniorverksamhet "
          "i Ronneby Brunn för 2024–2025. Kommunstyrelsens tjänsteskrivelse 2024-03-25."),
    ("p", "Tommy Åkesson (C) yrkar att rådet tillstyrker överenskommelsen."),
    ("p", "Rådets beslut"),
    ("bul", "Rådet tillstyrker överenskommelsen mellan Ronneby kommun och PRO Ronneby."),
    ("bul", "Paragrafen justeras omedelbart."),
    ("p", "Gösta Lindh anmäler jäv och deltar inte i handläggningen."),
    ("h", "§ 11 Övriga frågor"),
    ("p", "Inga övriga frågor anmäls. Nästa sammanträde hålls 2024-06-13."),
    ("p", "Vid protokollet"),
    ("p", "Lina Holm, sekreterare"),
    ("p", "Justeras"),
    ("p", "Anna-Lena Brink, ordförande\tBo Carlén, justerare"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    section.header.paragraphs[0].text = "RONNEBY KOMMUN\tKommunala pensionärsrådet\tProtokoll 2024-04-11"
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_heading("Kommunala pensionärsrådet (KPR)", level=1)
    d.add_paragraph("Sammanträde: torsdagen den 11 april 2024, kl. 13.30–15.30, Kulturcentrum, Ronneby")
    d.add_paragraph("Närvarande")
    table = d.add_table(rows=len(ATTENDANCE), cols=3)
    table.style = "Table Grid"
    for row, values in zip(table.rows, ATTENDANCE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("Justerare: Bo Carlén")
    d.add_paragraph("Paragrafer: 8–11")
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "bul":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Ronneby kommun"
    cp.last_modified_by = "Ronneby kommun"
    cp.title = "Protokoll KPR 2024-04-11"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 16, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "ronneby-kpr-2024-04-11-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
