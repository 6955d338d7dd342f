"""Generate the binary documents of tests/heldout94/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout94/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout94/gold/
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
FIXED_PDF = dt.datetime(2024, 3, 15, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 10, 14, 0, 0)

# PDF: Katrineholms kommun, kommunstyrelsens personalutskott 2024-03-12, full protocol (3 §§).
# Page 1: running-text attendance, signatures and ANSLAG; §§ with "PU § n" and "KS/2024:57" case numbers.
PAGE1: list[tuple[str, str]] = [
    ("H", "KATRINEHOLMS KOMMUN                                SAMMANTRÄDESPROTOKOLL"),
    ("H", "Kommunstyrelsens personalutskott"),
    ("P", "Plats och tid: Stadshuset, sammanträdesrum Duveholm, tisdagen den 12 mars 2024 kl. 13.15–15.00"),
    ("P", "Närvarande ledamöter: Johan Frisk (S), ordförande, Annika Lund (M), vice ordförande, Rolf Vester (C), "
          "Ebba Nyqvist (S) tjänstgör för Tommy Ahl (S)"),
    ("P", "Övriga närvarande: Linnea Sund, HR-chef, §§ 21–23; Per Holmgren, löneenhetschef, § 22; "
          "Maria Ek, nämndsekreterare"),
    ("P", "Utses att justera: Annika Lund (M)"),
    ("P", "Justeringens plats och tid: Stadshuset 2024-03-15"),
    ("P", "Underskrifter"),
    ("P", "Sekreterare ..................................   Paragrafer 21–23\n            Maria Ek"),
    ("P", "Ordförande ..................................\n            Johan Frisk"),
    ("P", "Justerande ..................................\n            Annika Lund"),
    ("P", "ANSLAG/BEVIS: Protokollet är justerat. Datum då anslaget sätts upp 2024-03-18. "
          "Datum då anslaget tas ned 2024-04-09."),
]

PARAGRAPHS: list[list[tuple[str, str]]] = [
    [
        ("H", "PU § 21                                                    KS/2024:57"),
        ("H", "Lönekartläggning 2023 och handlingsplan för jämställda löner"),
        ("P", "Enligt diskrimineringslagen (2008:567) 3 kap. 8 § ska arbetsgivaren varje år kartlägga och analysera "
              "löner. Kartläggningen genomfördes under perioden 2023-10-01–2023-12-15 i samverkan med de fackliga "
              "organisationerna. Linnea Sund, HR-chef, föredrar ärendet."),
        ("P", "Beslutsunderlag: HR-avdelningens tjänsteskrivelse daterad 2024-02-26."),
        ("P", "Johan Frisk (S) yrkar bifall till HR-avdelningens förslag."),
        ("B", "Personalutskottet föreslår kommunstyrelsen besluta"),
        ("P", "att godkänna lönekartläggningen 2023,"),
        ("P", "att anta handlingsplanen för jämställda löner 2024–2026."),
    ],
    [
        ("H", "PU § 22                                         KS/2024:12, KS/2023:340"),
        ("H", "Lokalt kollektivavtal om flexibel arbetstid"),
        ("P", "Katrineholms kommun och Vision har förhandlat fram ett lokalt kollektivavtal om flexibel arbetstid "
              "som ersätter avtalet från 2019. Avtalet gäller från och med 2024-04-01. Per Holmgren, "
              "löneenhetschef, föredrar ärendet. Arbetstidslagen (1982:673) 10 § gäller fortfarande."),
        ("P", "Beslutsunderlag: Tjänsteskrivelse 2024-02-29, förhandlingsprotokoll 2024-02-20."),
        ("P", "Yrkanden: Johan Frisk (S) yrkar bifall till förslaget. Annika Lund (M) yrkar avslag."),
        ("P", "Ordföranden ställer proposition på yrkandena och finner att bifall vunnit. Omröstning begärs och "
              "verkställs. Med tre röster mot en beslutar personalutskottet i enlighet med ordförandens yrkande."),
        ("B", "Personalutskottets beslut"),
        ("P", "Personalutskottet beslutar, med stöd av kommunstyrelsens delegationsordning punkt 4.2, att "
              "godkänna det lokala kollektivavtalet om flexibel arbetstid mellan Katrineholms kommun och Vision."),
        ("P", "Paragrafen justeras omedelbart."),
        ("P", "Reservation: Annika Lund (M) reserverar sig till förmån för eget yrkande."),
        ("P", "Beslutet skickas till: Vision, HR-avdelningen"),
    ],
    [
        ("H", "PU § 23"),
        ("H", "Information om sjukfrånvaron 2023"),
        ("P", "Linnea Sund, HR-chef, informerar om sjukfrånvaron under 2023 och jämför med statistik från "
              "Försäkringskassan. Den totala sjukfrånvaron var 7,9 procent."),
        ("B", "Personalutskottets beslut"),
        ("P", "Personalutskottet tar del av informationen."),
        ("P", "Protokollsanteckning: Rolf Vester (C) antecknar att utskottet bör få en uppföljning "
              "per förvaltning i september."),
    ],
]


def _write(pdf: FPDF, rows: list[tuple[str, str]]) -> None:
    for kind, text in rows:
        if kind == "H":
            pdf.set_font("F", "B", 11)
        elif kind == "B":
            pdf.set_font("F", "B", 10)
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(180, 5, text)
        pdf.ln(2)


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll personalutskottet 2024-03-12")
    pdf.set_author("Katrineholms kommun")
    pdf.set_creator("heldout94")
    pdf.set_producer("heldout94")
    pdf.set_margins(15, 15, 15)
    pages = [PAGE1, *PARAGRAPHS]
    for number, rows in enumerate(pages, start=1):
        if number == 1 or number == 3:
            pdf.add_page()
            pdf.set_font("F", "", 8)
            pdf.cell(180, 5, f"Katrineholms kommun | Personalutskottet | 2024-03-12 | Sida {pdf.page_no()}(2)")
            pdf.ln(8)
        _write(pdf, rows)
        pdf.ln(3)
    pdf.output(str(DOCS / "katrineholm-kspu-2024-03-12-protokoll.pdf"))


# DOCX: Kungälvs kommun, demokratiberedningen 2024-05-08, full protocol (4 §§).
ATTENDANCE: list[tuple[str, str, str, str]] = [
    ("Funktion", "Namn", "Parti", "Närvaro"),
    ("Ordförande", "Karin Dahl", "S", "Närvarande"),
    ("Vice ordförande", "Peter Wiik", "M", "Närvarande"),
    ("Ledamot", "Sanna Olausson", "KD", "Frånvarande"),
    ("Ledamot", "Emil Rask", "SD", "Närvarande"),
    ("Ersättare", "Hanna Strömberg", "V", "Tjänstgör för Sanna Olausson"),
    ("Ersättare", "Oskar Berntsson", "L", "Närvarande, ej tjänstgörande"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("p", "Plats och tid: Mimers hus, sal Fontin, onsdag 8 maj 2024 kl. 17.00–19.30"),
    ("table", ""),
    ("p", "Övriga närvarande:"),
    ("p", "Lena Hjort, kanslichef, §§ 14–17"),
    ("p", "Ahmed Nasser, demokratiutvecklare, § 15"),
    ("p", "Frida Lycke, nämndsekreterare"),
    ("p", "Justerare: Emil Rask (SD) jämte ordföranden. Justering sker digitalt senast 2024-05-14."),
    ("h", "§ 14 Medborgarförslag om att inrätta ett ungdomsråd"),
    ("p", "Diarienummer: KS2023/1871, KF2024/35"),
    ("p", "Ett medborgarförslag om att inrätta ett ungdomsråd kom in 2023-11-03. Kommunfullmäktige beslutade "
          "2024-01-25, § 9, att demokratiberedningen ska bereda förslaget. Ett tidigare ungdomsråd "
          "lades ned 2015."),
    ("p", "Kansliets tjänsteskrivelse 2024-04-22."),
    ("p", "Emil Rask (SD) yrkar att beredningen föreslår att medborgarförslaget avslås. Karin Dahl (S) yrkar att "
          "ärendet överlämnas utan eget förslag. Ordföranden ställer förslagen mot varandra och finner att "
          "beredningen beslutar enligt Karin Dahls yrkande."),
    ("b", "Demokratiberedningens beslut"),
    ("p", "Ärendet överlämnas till kommunstyrelsen utan eget förslag."),
    ("p", "Mot beslutet reserverar sig Emil Rask (SD)."),
    ("h", "§ 15 Revidering av arbetsordning för kommunfullmäktiges beredningar"),
    ("p", "Diarienummer: KS2024/0412"),
    ("p", "Ahmed Nasser, demokratiutvecklare, föredrar förslaget. Ändringarna följer av kommunallagen (2017:725) "
          "5 kap. 33 § och av en vägledning från Sveriges Kommuner och Regioner."),
    ("p", "Tjänsteskrivelse 2024-04-18."),
    ("b", "Förslag till beslut i kommunfullmäktige"),
    ("num", "Kommunfullmäktige antar reviderad arbetsordning för beredningarna."),
    ("num", "Arbetsordningen gäller från och med 2024-07-01."),
    ("num", "Tidigare arbetsordning, antagen 2019-02-14, upphör att gälla."),
    ("p", "Särskilt yttrande: Peter Wiik (M) lämnar ett särskilt yttrande om att beredningarnas budget bör "
          "redovisas separat."),
    ("p", "Oskar Berntsson (L), ersättare, instämmer i Peter Wiiks särskilda yttrande."),
    ("h", "§ 16 Information om förberedelserna inför valet till Europaparlamentet"),
    ("p", "Lena Hjort, kanslichef, informerar om valnämndens och Valmyndighetens planering inför valdagen "
          "2024-06-09 och om förtidsröstningen som börjar 2024-05-22."),
    ("b", "Demokratiberedningens beslut"),
    ("p", "Beredningen tar del av informationen."),
    ("h", "§ 17 Medborgardialog om översiktsplanen 2025"),
    ("p", "Diarienummer: KS2024/0588"),
    ("p", "Kommunstyrelsen har önskat att beredningen genomför en medborgardialog om översiktsplanen. "
          "Upplägget diskuteras."),
    ("b", "Demokratiberedningens beslut"),
    ("p", "Beredningen beslutar att ärendet bereds vidare vid sammanträdet 2024-06-12."),
    ("sig", ""),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header.paragraphs[0]
    header.text = "Kungälvs kommun\tSAMMANTRÄDESPROTOKOLL\t2024-05-08"
    d.add_heading("Demokratiberedningen", level=1)
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "table":
            table = d.add_table(rows=len(ATTENDANCE), cols=4)
            table.style = "Table Grid"
            for row, values in zip(table.rows, ATTENDANCE, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        elif kind == "sig":
            sig = d.add_table(rows=2, cols=3)
            for cell, value in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
                cell.text = value
            for cell, value in zip(sig.rows[1].cells, ("Frida Lycke", "Karin Dahl", "Emil Rask"), strict=True):
                cell.text = value
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Kungälvs kommun"
    cp.last_modified_by = "Kungälvs kommun"
    cp.title = "Protokoll demokratiberedningen 2024-05-08"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 10, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "kungalv-demokratiberedningen-2024-05-08-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
