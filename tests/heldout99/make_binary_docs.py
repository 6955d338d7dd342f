"""Build the PDF and DOCX of held-out set 99 deterministically (fpdf2, python-docx).

    .venv/bin/python tests/heldout99/make_binary_docs.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2024, 10, 25, 9, 0, 0, tzinfo=dt.UTC)

# ---------------------------------------------------------------- PDF: Räddningstjänsten Östra Skaraborg
ROS_ATT = [
    ("Förbundsmedlem", "Namn", "Parti", "Funktion"),
    ("Skövde kommun", "Katarina Hjelm", "M", "ordförande"),
    ("Falköpings kommun", "Tobias Grahn", "S", "vice ordförande"),
    ("Tidaholms kommun", "Jenny Svahn", "KD", "ledamot"),
    ("Hjo kommun", "Rolf Ekvall", "C", "ledamot"),
    ("Karlsborgs kommun", "Maja Lindblad", "S", "tjg ersättare för Anders Borg (M)"),
    ("Tibro kommun", "Kent Wiberg", "SD", "ledamot"),
    ("Skövde kommun", "Emma Nord", "S", "ersättare, ej tjg"),
]

ROS_BODY = [
    ("h", "§ 12   Årsredovisning 2023 för Räddningstjänsten Östra Skaraborg", "RÖS 2024/00041"),
    ("p", "Förbundets revisorer har granskat årsredovisningen och lämnat revisionsberättelse daterad 2024-04-02. "
          "Resultatet uppgår till 2,1 mnkr. Beslutsunderlag: tjänsteskrivelse 2024-03-20 från förbundsdirektören."),
    ("b", "Direktionens beslut"),
    ("p", "1   Direktionen godkänner årsredovisning 2023."),
    ("p", "2   Årsredovisningen överlämnas till förbundsmedlemmarnas fullmäktige för beslut om ansvarsfrihet."),
    ("p", "Skickas till: Skövde kommun, Falköpings kommun, Tidaholms kommun, Hjo kommun, Karlsborgs kommun, "
          "Tibro kommun"),
    ("h", "§ 13   Budget 2025 och plan 2026–2027 samt medlemsbidrag", "RÖS 2024/00057"),
    ("p", "Medlemsbidraget fördelas enligt förbundsordningen § 12 efter invånarantal den 1 november året före "
          "budgetåret. Förslaget innebär en uppräkning med 3,4 procent. Beslutsunderlag: tjänsteskrivelse "
          "2024-03-27; presidiets beredning 2024-04-04."),
    ("b", "Yrkanden"),
    ("p", "Katarina Hjelm (M) yrkar bifall till förslaget. Kent Wiberg (SD) yrkar att medlemsbidraget räknas upp "
          "med 2,5 procent."),
    ("b", "Omröstning – en röst per förbundsmedlem"),
    ("p", "Ja = Katarina Hjelms yrkande. Nej = Kent Wibergs yrkande."),
    ("t", "Skövde: Ja | Falköping: Ja | Tidaholm: Ja | Hjo: Ja | Karlsborg: Nej | Tibro: Nej"),
    ("p", "Resultat 4 – 2 – 0 (ja – nej – avstår). Direktionen har beslutat enligt Katarina Hjelms yrkande."),
    ("b", "Direktionens beslut"),
    ("p", "1   Budget 2025 och plan 2026–2027 fastställs."),
    ("p", "2   Förbundsmedlemmarna föreslås besluta om medlemsbidrag 2025 om totalt 152,4 mnkr."),
    ("b", "Reservation"),
    ("p", "Kent Wiberg (SD) reserverar sig till förmån för eget yrkande."),
    ("h", "§ 14   Hyresavtal för brandstationen i Hjo", "RÖS 2024/00063"),
    ("p", "Hyresavtal för brandstationen i Hjo mellan Räddningstjänsten Östra Skaraborg och Hjo kommun löper ut "
          "2024-12-31. Nytt avtal föreslås gälla i tio år. Tjänsteskrivelse 2024-04-03."),
    ("b", "Direktionens beslut"),
    ("p", "Direktionen godkänner hyresavtalet. Paragrafen justeras omedelbart."),
    ("b", "Särskilt yttrande"),
    ("p", "Jenny Svahn (KD) lämnar särskilt yttrande, bilaga 2."),
    ("h", "§ 15   Remiss – Vägledning för kommunala handlingsprogram enligt LSO", "RÖS 2024/00049"),
    ("p", "Myndigheten för samhällsskydd och beredskap (MSB dnr MSB 2024-02817) har remitterat förslag till "
          "vägledning enligt 3 kap. 3 § lagen (2003:778) om skydd mot olyckor till förbundet. Svar senast "
          "2024-05-15. Tjänsteskrivelse 2024-04-05."),
    ("b", "Direktionens beslut"),
    ("p", "Direktionen antar förvaltningens förslag till yttrande och översänder det till Myndigheten för "
          "samhällsskydd och beredskap."),
]


def build_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Protokoll Direktionen 2024-04-18")
    pdf.set_author("Räddningstjänsten Östra Skaraborg")
    pdf.set_creator("heldout99")
    pdf.set_producer("heldout99")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "RÄDDNINGSTJÄNSTEN ÖSTRA SKARABORG", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Kommunalförbund för Skövde, Falköping, Tidaholm, Hjo, Karlsborg och Tibro",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "B", 11)
    pdf.cell(95, 6, "PROTOKOLL – Direktionen")
    pdf.cell(0, 6, "Sammanträdesdatum 2024-04-18", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Plats och tid: Brandstationen Skövde, Hasslumsvägen 2, kl. 09.00–11.30",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    widths = (45, 40, 15, 80)
    for i, row in enumerate(ROS_ATT):
        pdf.set_font("dv", "B" if i == 0 else "", 9)
        for w, txt in zip(widths, row, strict=True):
            pdf.cell(w, 6, txt, border=1)
        pdf.ln(6)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Övriga närvarande: Henrik Alm, förbundsdirektör; Ylva Stenberg, administratör.\n"
                         "Utses att justera: Tobias Grahn     Paragrafer: 12–15\n"
                         "Justering: Brandstationen Skövde 2024-04-23")
    pdf.ln(2)
    for role, name in (("Sekreterare", "Ylva Stenberg"), ("Ordförande", "Katarina Hjelm"),
                       ("Justerare", "Tobias Grahn")):
        pdf.cell(60, 5, role + " ......................")
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for kind, *rest in ROS_BODY:
        if kind == "h":
            pdf.ln(3)
            pdf.set_font("dv", "B", 11)
            pdf.cell(130, 6, rest[0])
            pdf.set_font("dv", "", 9)
            pdf.cell(0, 6, "Dnr " + rest[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("dv", "B", 9)
            pdf.cell(0, 5, rest[0], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(0, 5, rest[0], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "ros-direktionen-2024-04-18-protokoll.pdf"))


# ---------------------------------------------------------------- DOCX: Kunskapsförbundet Väst
KFV_ATT = [
    ("sec", "Trollhättans stad"),
    ("Liselott Åhman", "S", "ordförande"),
    ("Per Forsell", "M", "ledamot"),
    ("Gustav Örn", "SD", "ledamot"),
    ("sec", "Vänersborgs kommun"),
    ("Benny Palm", "C", "vice ordförande"),
    ("Hanna Lax", "SD", "ledamot"),
    ("Mikael Strand", "V", "tjänstgörande ersättare för Anna Kron (S)"),
    ("sec", "Ersättare, ej tjänstgörande"),
    ("Ida Kjell", "M", "Trollhättans stad"),
    ("Ola Brink", "KD", "Vänersborgs kommun"),
    ("sec", "Tjänstemän"),
    ("Cecilia Nord", "", "förbundsdirektör"),
    ("Jonas Lind", "", "ekonomichef"),
    ("Frida Wahl", "", "nämndsekreterare"),
]


def build_docx() -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kunskapsförbundet Väst"
    cp.title = "Protokoll Direktionen 2024-10-24"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "heldout99"
    cp.revision = 1
    doc.sections[0].header.paragraphs[0].text = "Kunskapsförbundet Väst\tProtokoll\tDirektionen 2024-10-24"
    doc.add_heading("Direktionen", level=1)
    doc.add_paragraph("Kunskapsförbundet Väst – gymnasie- och vuxenutbildning för Trollhättans stad och "
                      "Vänersborgs kommun")
    doc.add_paragraph("Sammanträdesdatum: torsdagen den 24 oktober 2024, kl. 08.30–10.45\n"
                      "Plats: Nils Ericson-gymnasiet, Trollhättan")
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in KFV_ATT:
        cells = table.add_row().cells
        if row[0] == "sec":
            merged = cells[0].merge(cells[2])
            merged.text = row[1]
            merged.paragraphs[0].runs[0].bold = True
        else:
            for c, txt in zip(cells, row, strict=True):
                c.text = txt
    doc.add_paragraph("Justerare: Benny Palm\tParagrafer: §§ 61–63")

    def para_head(nr: str, dnr: str, title: str) -> None:
        doc.add_heading(f"KFV § {nr}\tDnr {dnr}", level=2)
        doc.add_heading(title, level=3)

    para_head("61", "2024/KFV0112", "Delårsrapport januari–augusti 2024")
    doc.add_paragraph("Delårsrapporten visar ett resultat om 6,2 mnkr. Revisorernas bedömning redovisas för "
                      "kommunfullmäktige i Trollhättans stad den 25 november 2024.")
    doc.add_paragraph("Beslutsunderlag: Tjänsteskrivelse, ekonomichef, 2024-10-02")
    doc.add_paragraph("Direktionen beslutar")
    doc.add_paragraph("att godkänna delårsrapporten för januari–augusti 2024,", style="List Bullet")
    doc.add_paragraph("att överlämna delårsrapporten till kommunfullmäktige i Trollhättans stad och "
                      "Vänersborgs kommun.", style="List Bullet")

    para_head("62", "2024/KFV0098", "Förslag till reviderad förbundsordning")
    doc.add_paragraph("Förbundsordningen ändras så att kostnadsfördelningen mellan medlemmarna följer antalet "
                      "elever per den 15 oktober. Ändringen kräver beslut i båda medlemmarnas fullmäktige "
                      "enligt 9 kap. 6 § kommunallagen. Tjänsteskrivelse daterad 2024-09-27.")
    doc.add_paragraph("Yrkanden: Liselott Åhman (S) yrkar bifall till förslaget. Gustav Örn (SD) yrkar avslag.")
    doc.add_paragraph("Omröstning begärs och verkställs. Ja för bifall, nej för avslag.")
    vt = doc.add_table(rows=0, cols=4)
    vt.style = "Table Grid"
    for row in (("Ledamot", "Medlem", "Ja", "Nej"), ("Liselott Åhman", "Trollhättan", "X", ""),
                ("Per Forsell", "Trollhättan", "X", ""), ("Gustav Örn", "Trollhättan", "", "X"),
                ("Benny Palm", "Vänersborg", "X", ""), ("Hanna Lax", "Vänersborg", "", "X"),
                ("Mikael Strand", "Vänersborg", "X", ""), ("Resultat", "", "4", "2")):
        for c, txt in zip(vt.add_row().cells, row, strict=True):
            c.text = txt
    doc.add_paragraph("Ingen ledamot avstår. Direktionen har beslutat bifalla förslaget.")
    doc.add_paragraph("Direktionen föreslår kommunfullmäktige i Trollhättans stad och kommunfullmäktige i "
                      "Vänersborgs kommun besluta\n– att anta förslaget till reviderad förbundsordning,\n"
                      "– att förbundsordningen ska gälla från och med den 1 januari 2025.")
    doc.add_paragraph("Reservation: Gustav Örn (SD) och Hanna Lax (SD) reserverar sig mot beslutet.")
    doc.add_paragraph("Särskilt yttrande: Per Forsell (M) lämnar ett särskilt yttrande, bilaga 1. "
                      "Ersättaren Ida Kjell (M) instämmer i Per Forsells särskilda yttrande.")
    p = doc.add_paragraph("Beslutet skickas till: Trollhättans stad, Vänersborgs kommun")
    p.runs[0].add_break(WD_BREAK.PAGE)

    para_head("63", "2024/KFV0121", "Avtal om lokaler och måltidsservice med Vänersborgs kommun")
    doc.add_paragraph("Avtal om lokalförsörjning och måltidsservice mellan Kunskapsförbundet Väst och "
                      "Vänersborgs kommun avser Birgerssonska gymnasiet från den 1 januari 2025. "
                      "Tjänsteskrivelse 2024-10-09. Benny Palm (C) deltar inte i ärendet på grund av jäv.")
    doc.add_paragraph("Direktionen beslutar\n1. Avtalet godkänns.\n2. Paragrafen justeras omedelbart.")
    sig = doc.add_table(rows=2, cols=3)
    for r, row in enumerate((("Sekreterare", "Ordförande", "Justerare"),
                             ("Frida Wahl", "Liselott Åhman", "Benny Palm"))):
        for c, txt in zip(sig.rows[r].cells, row, strict=True):
            c.text = txt
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = DOCS / "kunskapsforbundetvast-direktionen-2024-10-24-protokoll.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build_pdf()
    build_docx()
