"""Generate the binary documents of tests/heldout52/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout52/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout52/gold/
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
FIXED_PDF = dt.datetime(2024, 4, 23, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 11, 0, 0)

# PDF: Håbo kommun, bygg- och miljönämnden 2024-04-17, full protocol (§§ 31-33), three pages.
# Each page: a running head, then blocks. ("H", text) = bold heading; ("L", label, text) = label
# column beside the text; ("P", text) = body text; ("S", text) = small print.
PAGE1: list[tuple[str, ...]] = [
    ("L", "Plats och tid", "Plenisalen, kommunhuset i Bålsta, onsdagen den 17 april 2024 kl. 18.00–20.15"),
    ("L", "Beslutande", "Lena Sjöberg (M) ordf., Jonas Ek (S) 1:e v ordf., Camilla Rask (L) 2:e v ordf., "
                        "Per-Olof Tuvesson (C), Annika Blad (S), Olle Wrede (SD), "
                        "Sven Gård (KD) tjg ers för Amir Haddad (KD)"),
    ("L", "Ej tjg ers", "Marie Lund (S), Tobias Fors (MP)"),
    ("L", "Övriga", "Karin Ståhl, planchef; Erik Nyholm, planarkitekt; Hanna Vik, bygglovschef"),
    ("L", "Utses att justera", "Jonas Ek (S)"),
    ("L", "Justering", "Kommunhuset, Bålsta, 2024-04-22"),
    ("L", "Paragrafer", "31–33"),
    ("L", "Sekreterare", "..............................................  Jenny Alm"),
    ("L", "Ordförande", "..............................................  Lena Sjöberg"),
    ("L", "Justerare", "..............................................  Jonas Ek"),
    ("H", "ANSLAG/BEVIS"),
    ("S", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ: Bygg- och "
          "miljönämnden. Datum för anslags uppsättande 2024-04-23. Datum för anslags nedtagande 2024-05-15. "
          "Förvaringsplats för protokollet: Kommunhuset, Bålsta."),
]

PAGE2: list[tuple[str, ...]] = [
    ("H", "BMN § 31    PLAN.2023.12"),
    ("H", "Planbesked för fastigheten Väppeby 7:12 m.fl."),
    ("P", "Bålsta Bostadsutveckling AB ansökte 2023-11-06 om planbesked för att pröva cirka 120 "
          "bostäder i flerbostadshus på fastigheten Väppeby 7:12 och del av Väppeby 7:3. Ansökan "
          "kompletterades 2024-01-15. Enligt 5 kap. 5 § plan- och bygglagen (2010:900) ska kommunen "
          "lämna besked inom fyra månader från det att en fullständig ansökan kom in. Området pekas ut "
          "för blandad bebyggelse i översiktsplan 2030 (antagen 2023-02-13)."),
    ("L", "Beslutsunderlag", "Planavdelningens tjänsteskrivelse 2024-03-28"),
    ("L", "Yrkanden", "Lena Sjöberg (M) yrkar bifall till förvaltningens förslag. Olle Wrede (SD) yrkar "
                      "avslag på ansökan."),
    ("L", "Beslutsgång", "Ordföranden ställer proposition på förvaltningens förslag mot avslagsyrkandet och "
                         "finner förvaltningens förslag bifallet. Votering begärs och verkställs. Ja-röst "
                         "för förvaltningens förslag, nej-röst för avslag. Utfall: 6 ja, 1 nej."),
    ("H", "Beslut"),
    ("P", "1.  Bygg- och miljönämnden lämnar positivt planbesked för fastigheten Väppeby 7:12 m.fl."),
    ("P", "2.  Planarbetet bedöms kunna påbörjas 2025 och antas kunna vara klart 2027."),
    ("P", "3.  Avgift för planbeskedet, 24 000 kronor, tas ut enligt plan- och bygglovtaxan."),
    ("L", "Reservation", "Olle Wrede (SD) reserverar sig till förmån för eget yrkande."),
    ("S", "Upplysning: Ett planbesked är inte bindande och kan inte överklagas, se 13 kap. 2 § första stycket "
          "plan- och bygglagen."),
    ("L", "Skickas till", "Sökanden, Lantmäteriet"),
    ("H", "BMN § 32    BMN 2024/41"),
    ("H", "Detaljplan för del av Bålsta 1:23 m.fl. (Dp 2024:3) – beslut om samråd"),
    ("P", "Kommunstyrelsen gav 2023-09-18, § 112, bygg- och miljönämnden i uppdrag att ta fram en detaljplan "
          "för centrala Bålsta. Planförslaget skickas ut på samråd till Länsstyrelsen i Uppsala län, "
          "Trafikverket, Region Uppsala, Lantmäteriet, Räddningstjänsten Enköping-Håbo och Vattenfall "
          "Eldistribution AB. Samrådet planeras till 2024-05-06 – 2024-06-03."),
    ("L", "Beslutsunderlag", "Planavdelningens tjänsteskrivelse 2024-04-02; plankarta daterad 2024-03-30"),
]

PAGE3: list[tuple[str, ...]] = [
    ("H", "BMN § 32 (forts.)"),
    ("H", "Beslut"),
    ("P", "1.  Bygg- och miljönämnden beslutar att skicka ut planförslaget för Dp 2024:3 på samråd enligt "
          "5 kap. 11 § plan- och bygglagen."),
    ("P", "2.  Paragrafen justeras omedelbart."),
    ("L", "Protokollsanteckning", "Annika Blad (S) och Jonas Ek (S) antecknar att trafiklösningen vid "
                                  "Centrumleden behöver belysas inför granskningen."),
    ("H", "BMN § 33    BMN 2022/318"),
    ("H", "Detaljplan för Gransäter etapp 2 – godkännande av samrådsredogörelse och beslut om granskning"),
    ("P", "Planförslaget var ute på samråd 2023-10-02 – 2023-11-13. Yttranden kom in från Länsstyrelsen i "
          "Uppsala län, Trafikverket, Lantmäteriet, Region Uppsala, Upplands Lokaltrafik AB, Svenska "
          "kraftnät, Räddningstjänsten Enköping-Håbo, Håbohus AB, Naturskyddsföreningen i Håbo och tre "
          "privatpersoner. Länsstyrelsen påpekar att dagvattenfrågan måste lösas enligt 2 kap. 6 § PBL. "
          "Trafikverket har inget att erinra. Samrådsredogörelsen är daterad 2024-03-25."),
    ("L", "Beslutsunderlag", "Planavdelningens tjänsteskrivelse 2024-03-27; samrådsredogörelse 2024-03-25"),
    ("L", "Yrkanden", "Camilla Rask (L) yrkar bifall till förvaltningens förslag."),
    ("H", "Beslut"),
    ("P", "1.  Bygg- och miljönämnden godkänner samrådsredogörelsen."),
    ("P", "2.  Planförslaget ställs ut för granskning enligt 5 kap. 18 § plan- och bygglagen."),
    ("L", "Särskilt yttrande", "Per-Olof Tuvesson (C) lämnar ett särskilt yttrande: Gransäterskogens "
                               "värden måste säkras i granskningsskedet."),
    ("L", "Ersättaryttrande", "Ersättaren Tobias Fors (MP) instämmer i Per-Olof Tuvessons särskilda yttrande."),
    ("L", "Skickas till", "Håbohus AB, Upplands Lokaltrafik AB"),
]


def _head(pdf: FPDF, page: int) -> None:
    pdf.set_font("F", "B", 10)
    pdf.set_xy(15, 10)
    pdf.cell(60, 5, "HÅBO KOMMUN")
    pdf.set_font("F", "", 9)
    pdf.cell(70, 5, "SAMMANTRÄDESPROTOKOLL")
    pdf.cell(45, 5, f"{page} (3)", align="R")
    pdf.set_xy(15, 15)
    pdf.cell(60, 5, "Bygg- och miljönämnden")
    pdf.cell(70, 5, "Sammanträdesdatum 2024-04-17")
    pdf.line(15, 21, 195, 21)
    pdf.set_y(25)


def _foot(pdf: FPDF) -> None:
    pdf.set_font("F", "", 7)
    pdf.set_xy(15, 282)
    pdf.cell(90, 4, "Justerandes sign  ________")
    pdf.cell(90, 4, "Utdragsbestyrkande  ________", align="R")


def _blocks(pdf: FPDF, blocks: list[tuple[str, ...]]) -> None:
    for block in blocks:
        kind = block[0]
        if kind == "H":
            pdf.set_font("F", "B", 11)
            pdf.set_x(15)
            pdf.multi_cell(180, 6, block[1])
            pdf.ln(1)
        elif kind == "L":
            y = pdf.get_y()
            pdf.set_font("F", "B", 8)
            pdf.set_xy(15, y)
            pdf.cell(38, 5, block[1])
            pdf.set_font("F", "", 10)
            pdf.set_xy(55, y)
            pdf.multi_cell(140, 5, block[2])
            pdf.ln(1.5)
        elif kind == "P":
            pdf.set_font("F", "", 10)
            pdf.set_x(55)
            pdf.multi_cell(140, 5, block[1])
            pdf.ln(1.5)
        else:
            pdf.set_font("F", "", 8)
            pdf.set_x(55)
            pdf.multi_cell(140, 4, block[1])
            pdf.ln(1.5)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll bygg- och miljönämnden 2024-04-17")
    pdf.set_author("Håbo kommun")
    pdf.set_creator("heldout52")
    pdf.set_producer("heldout52")
    for number, blocks in enumerate([PAGE1, PAGE2, PAGE3], start=1):
        pdf.add_page()
        _head(pdf, number)
        _blocks(pdf, blocks)
        _foot(pdf)
    pdf.output(str(DOCS / "habo-bmn-2024-04-17-protokoll.pdf"))


# DOCX: Håbo kommun, tekniska nämnden 2024-05-21, protokollsutdrag (1 §).
# Meeting facts in a two-column Word table; the decision as Word "List Bullet" items.
DOCX_TABLE: list[tuple[str, str]] = [
    ("Organ", "Tekniska nämnden, Håbo kommun"),
    ("Sammanträdesdag", "2024-05-21"),
    ("Ordförande", "Hans Öberg (M)"),
    ("Justerare", "Malin Dahl (S)"),
    ("Sekreterare", "Rut Ahlqvist"),
    ("Justeringsdag", "2024-05-27"),
]

DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "TN § 27\tRemiss – Trafikverkets förslag till vägplan för väg 840, gång- och cykelväg Bålsta–Skokloster"),
    ("p", "Ärendenummer: TN-2024-0077"),
    ("p", "Trafikverket har skickat förslaget till vägplan för väg 840 på remiss till Håbo kommun "
          "(Trafikverkets diarienummer TRV 2024/18830). Svar ska ha kommit in senast 2024-06-14. "
          "Vägplanen tas fram enligt 2 kap. 12 § väglagen (1971:948). Cykelvägen ingår i den regionala "
          "cykelplan som Region Uppsala antog 2022-11-28."),
    ("p", "Tekniska förvaltningens tjänsteskrivelse, daterad 2024-05-06, innehåller ett förslag till yttrande. "
          "Skötseln av befintliga gång- och cykelvägar regleras i ett avtal med Bålsta Vägförening från 2019."),
    ("hb", "Yrkanden"),
    ("p", "Hans Öberg (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Malin Dahl (S) yrkar, med instämmande av Leif Strand (S), ett tillägg om att kommunen ska begära "
          "en planskild korsning vid Slottsskogen."),
    ("hb", "Beslutsgång"),
    ("p", "Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. "
          "Därefter ställer ordföranden proposition på tilläggsyrkandet och finner det avslaget."),
    ("hb", "Tekniska nämndens beslut"),
    ("b", "att anta förvaltningens förslag till yttrande som sitt eget,"),
    ("b", "att översända yttrandet till Trafikverket."),
    ("hb", "Reservation"),
    ("p", "Malin Dahl (S) och Leif Strand (S) reserverar sig till förmån för tilläggsyrkandet."),
    ("p", "Beslutet expedieras till: Trafikverket, Region Uppsala"),
    ("p", "Utdragsbestyrkande: Rut Ahlqvist"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("PROTOKOLLSUTDRAG")
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in DOCX_TABLE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "hb":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.sections[0].footer.paragraphs[0].text = "Håbo kommun • Tekniska nämnden • Protokollsutdrag 2024-05-21"
    cp = d.core_properties
    cp.author = "Håbo kommun"
    cp.last_modified_by = "Håbo kommun"
    cp.title = "Protokollsutdrag TN § 27"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 24, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "habo-tn-2024-05-21-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
