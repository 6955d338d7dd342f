"""Generate the binary documents of tests/heldout104/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout104/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout104/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 22, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 14, 10, 0, 0)

# PDF: Eslövs kommun, vård- och omsorgsnämnden 2024-10-16, full protocol (3 §§).
PDF_PAGES: list[list[str]] = [
    [
        "#Sammanträdesprotokoll",
        "Vård- och omsorgsnämnden",
        "",
        "Plats och tid: Sammanträdesrummet Gäddan, Stadshuset, Eslöv, onsdagen den 16 oktober 2024 kl. 13.00–15.30",
        "",
        "#Beslutande",
        "Birgitta Holm (M), ordförande",
        "Kjell Persson (S), vice ordförande",
        "Anders Möller (SD)",
        "Ingrid Svensson (C)",
        "Rasmus Lind (S)",
        "Marie Åkesson (KD), tjänstgörande ersättare för Stefan Rosén (M)",
        "Gunilla Berg (SD)",
        "",
        "#Ersättare",
        "Bo Nygren (V)",
        "Hanna Ek (L)",
        "",
        "#Övriga",
        "Camilla Strand, förvaltningschef",
        "Johan Lilja, controller, § 88",
        "Åsa Dahl, nämndsekreterare",
        "",
        "Justerare: Ingrid Svensson (C)",
        "Justeringens plats och tid: Stadshuset, 2024-10-21",
        "",
        "Underskrifter",
        "Sekreterare ...................................  Paragrafer 87–89",
        "            Åsa Dahl",
        "Ordförande  ...................................",
        "            Birgitta Holm",
        "Justerare   ...................................",
        "            Ingrid Svensson",
    ],
    [
        "#§ 87   Dnr VON.2024.0009",
        "#Val av justerare",
        "Beslut",
        "Vård- och omsorgsnämnden utser Ingrid Svensson (C) att jämte ordföranden justera dagens protokoll.",
        "",
        "#§ 88   Dnr VON.2024.0198",
        "#Ekonomisk uppföljning per september 2024",
        "Beslut",
        "Vård- och omsorgsnämnden beslutar att",
        "1. godkänna den ekonomiska uppföljningen per september 2024,",
        "2. överlämna uppföljningen till kommunstyrelsen.",
        "",
        "Ärendebeskrivning",
        "Nämnden prognostiserar ett underskott på 6,4 miljoner kronor för 2024, främst inom hemtjänsten",
        "och köpta platser. Kommunfullmäktige beslutade 2024-06-17, § 71, om nämndens ram för 2024.",
        "",
        "Beslutsunderlag",
        "Tjänsteskrivelse daterad 2024-10-07",
        "",
        "Yrkanden",
        "Kjell Persson (S) yrkar att nämnden även ska ge förvaltningen i uppdrag att ta fram en",
        "åtgärdsplan för hemtjänsten. Birgitta Holm (M) yrkar bifall till förvaltningens förslag.",
        "",
        "Beslutsgång",
        "Ordföranden ställer proposition på Kjell Perssons (S) tilläggsyrkande och finner att nämnden",
        "avslår detta. Votering begärs och verkställs. 4 ja-röster för avslag, 3 nej-röster för bifall,",
        "ingen avstår.",
        "",
        "Reservation",
        "Kjell Persson (S) och Rasmus Lind (S) reserverar sig mot beslutet.",
        "",
        "Beslutet ska skickas till",
        "Kommunstyrelsen",
    ],
    [
        "#§ 89   Dnr VON.2024.0211",
        "#Yttrande till Inspektionen för vård och omsorg (IVO) efter inspektion av särskilt boende",
        "Beslut",
        "Vård- och omsorgsnämnden antar förvaltningens förslag till yttrande och översänder det",
        "till Inspektionen för vård och omsorg.",
        "",
        "Ärendebeskrivning",
        "IVO genomförde 2024-08-27 en oanmäld inspektion av Ljungens äldreboende och har begärt att",
        "nämnden senast 2024-10-25 redovisar vilka åtgärder som vidtagits med anledning av brister i",
        "dokumentationen enligt 3 kap. 5 § socialtjänstlagen (2001:453). IVO:s dnr 3.5.1-41987/2024.",
        "",
        "Beslutsunderlag",
        "Tjänsteskrivelse daterad 2024-10-08",
        "Beslut från IVO, 2024-09-13",
        "",
        "Protokollsanteckning",
        "Bo Nygren (V) antecknar till protokollet att personalkontinuiteten på boendet bör följas upp.",
        "",
        "Beslutet ska skickas till",
        "Inspektionen för vård och omsorg",
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll VON 2024-10-16")
    pdf.set_author("Eslövs kommun")
    pdf.set_creator("heldout104")
    pdf.set_producer("heldout104")
    pdf.set_auto_page_break(auto=False)
    total = len(PDF_PAGES)
    for number, lines in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "B", 10)
        pdf.cell(95, 5, "ESLÖVS KOMMUN")
        pdf.set_font("F", "", 9)
        pdf.cell(95, 5, f"Sammanträdesdatum 2024-10-16    Sida {number} ({total})", align="R")
        pdf.ln(10)
        for line in lines:
            if line.startswith("#"):
                pdf.set_font("F", "B", 10)
                line = line[1:]
            else:
                pdf.set_font("F", "", 9)
            pdf.multi_cell(180, 5, line if line else " ")
        pdf.set_xy(15, 282)
        pdf.set_font("F", "", 7)
        pdf.cell(180, 4, "Justerandes sign ............    Utdragsbestyrkande ............")
    pdf.output(str(DOCS / "eslov-von-2024-10-16-protokoll.pdf"))


# DOCX: Mariestads kommun, kommunstyrelsens arbetsutskott 2025-03-11, full protocol (3 §§).
ATTENDANCE: list[tuple[str, str, str]] = [
    ("Namn", "Parti", "Funktion"),
    ("Johan Almqvist", "M", "Ordförande"),
    ("Lena Karlsson", "C", "Vice ordförande"),
    ("Sven Åström", "S", "Ledamot"),
    ("Karin Olsson", "L", "Tjänstgörande ersättare för Peter Ek (KD)"),
    ("Mikael Grön", "SD", "Ledamot"),
]
STAFF = "Övriga närvarande: Annika Wiberg, kommunchef; Fredrik Hall, kanslichef; Malin Sjö, sekreterare"
DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "§ 41 Dnr KS 2025/00071 Mariestads kommuns årsredovisning 2024"),
    ("b", "Kommunstyrelsens arbetsutskotts förslag till kommunstyrelsen"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna Mariestads kommuns "
          "årsredovisning 2024."),
    ("b", "Bakgrund"),
    ("p", "Årsredovisningen visar ett resultat på 31,2 miljoner kronor. Kommunens revisorer lämnar sin "
          "revisionsberättelse i april. Resultatet för Mariestads Stadshus AB redovisas i "
          "den sammanställda redovisningen enligt 12 kap. 1 § lagen om kommunal bokföring och redovisning."),
    ("b", "Underlag för beslut"),
    ("p", "Tjänsteskrivelse från ekonomiavdelningen, 2025-03-03."),
    ("b", "Expediering"),
    ("p", "Kommunstyrelsen"),
    ("h", "§ 42 Dnr KS 2024/00388 Medborgarförslag om hundrastgård i Hasslerör"),
    ("b", "Kommunstyrelsens arbetsutskotts förslag till kommunstyrelsen"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att"),
    ("num", "bifalla medborgarförslaget,"),
    ("num", "uppdra åt kommunstyrelsen att anlägga en hundrastgård i Hasslerör under 2025."),
    ("b", "Bakgrund"),
    ("p", "Ett medborgarförslag kom in den 12 september 2024. Kommunfullmäktige beslutade 2024-10-28, § 112, "
          "att överlämna förslaget till kommunstyrelsen för beredning."),
    ("b", "Underlag för beslut"),
    ("p", "Tjänsteskrivelse från samhällsbyggnadsavdelningen, 2025-02-20."),
    ("b", "Yrkande"),
    ("p", "Sven Åström (S) yrkar bifall till förvaltningens förslag."),
    ("b", "Protokollsanteckning"),
    ("p", "Mikael Grön (SD) lämnar en protokollsanteckning om att driftskostnaden bör redovisas."),
    ("h", "§ 43 Dnr KS 2025/00080 Avtal om gemensam växelfunktion med Töreboda kommun och Gullspångs kommun"),
    ("b", "Kommunstyrelsens arbetsutskotts beslut"),
    ("p", "Arbetsutskottet beslutar att godkänna avtalet om gemensam växelfunktion med Töreboda kommun "
          "och Gullspångs kommun för perioden 2025-05-01–2028-04-30."),
    ("p", "Paragrafen justeras omedelbart."),
    ("b", "Underlag för beslut"),
    ("p", "Tjänsteskrivelse, 2025-03-04."),
    ("b", "Expediering"),
    ("p", "Töreboda kommun, Gullspångs kommun"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Mariestads kommun\tSammanträdesprotokoll\t2025-03-11"
    d.add_paragraph("Kommunstyrelsens arbetsutskott").runs[0].bold = True
    d.add_paragraph("Plats och tid: Stadshuset, Mariestad, tisdagen den 11 mars 2025 kl. 09.00–11.40")
    d.add_paragraph("Beslutande")
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for name, party, role in ATTENDANCE:
        cells = table.add_row().cells
        for cell, value in zip(cells, (name, party, role), strict=True):
            cell.text = value
    d.add_paragraph(STAFF)
    d.add_paragraph("Justerare: Lena Karlsson (C)")
    d.add_paragraph("Justeringens plats och tid: Kommunledningskontoret 2025-03-13, paragrafer 41–43")
    d.add_paragraph("Sekreterare ........................ Malin Sjö")
    d.add_paragraph("Ordförande ........................ Johan Almqvist")
    d.add_paragraph("Justerare ........................ Lena Karlsson")
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Mariestads kommun"
    cp.last_modified_by = "Mariestads kommun"
    cp.title = "Protokoll KSAU 2025-03-11"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "mariestad-ksau-2025-03-11-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
