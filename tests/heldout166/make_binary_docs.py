"""Generate the binary documents of tests/heldout166/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout166/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 9, 18, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2026, 1, 26, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Vetlanda kommun, Miljö- och byggnadsnämnden, 2024-09-12 (PDF, full protocol)
# ---------------------------------------------------------------------------------------------

VETLANDA_FRONT = [
    "#VETLANDA KOMMUN",
    "#Miljö- och byggnadsnämnden",
    "#SAMMANTRÄDESPROTOKOLL",
    "Sammanträdesdatum: 2024-09-12",
    "Plats och tid: Stadshuset, sammanträdesrum Njudung, kl. 09.00–12.40",
    "",
]

# (group heading or name, party, note). Drawn column by column: all names first, then all
# parties, then all notes, so a text extractor that follows the content stream loses the rows.
VETLANDA_ATTENDANCE = [
    ("#Ledamöter", "", ""),
    ("Anders Wiberg", "(KD)", "ordförande"),
    ("Maria Sandahl", "(S)", "vice ordförande"),
    ("Jörgen Lund", "(M)", ""),
    ("Elin Petersson", "(C)", ""),
    ("Bo Fagerström", "(SD)", ""),
    ("Nils-Erik Håkansson", "(S)", ""),
    ("Sara Gustafsson", "(M)", ""),
    ("#Tjänstgörande ersättare", "", ""),
    ("Lisbeth Ekvall", "(S)", "för Tomas Wik (S)"),
    ("Patrik Moberg", "(SD)", "för Ingrid Stål (SD)"),
    ("#Ersättare", "", ""),
    ("Gunilla Nyborg", "(L)", ""),
    ("#Tjänstemän", "", ""),
    ("Henrik Blad", "", "miljö- och byggchef"),
    ("Sanna Hermansson", "", "bygglovshandläggare §§ 98–99"),
    ("Josefin Rudolfsson", "", "nämndsekreterare"),
]

VETLANDA_AFTER = [
    "",
    "Utses att justera: Elin Petersson (C)",
    "Justeringens plats och tid: Stadshuset, Vetlanda, 2024-09-17",
    "Paragrafer: 98–101",
    "",
    "Sekreterare   ..........................................",
    "              Josefin Rudolfsson",
    "Ordförande    ..........................................",
    "              Anders Wiberg",
    "Justerare     ..........................................",
    "              Elin Petersson",
    "",
    "#ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ: Miljö- och byggnadsnämnden    Sammanträdesdatum: 2024-09-12",
    "Anslaget sätts upp: 2024-09-18    Anslaget tas ned: 2024-10-10",
    "Förvaringsplats för protokollet: Miljö- och byggförvaltningen, Stadshuset",
    "=",
]

VETLANDA_BODY = """\
#§ 98   Ansökan om strandskyddsdispens för bastu och brygga, Alseda-Ramsjö 3:7
Dnr MBN 2024-815
#Ärendebeskrivning
Sökanden ansökte 2024-05-20 om dispens från strandskyddet för en bastu om 15 m² och en
brygga vid sjön Ramsjön. Området omfattas av utvidgat strandskydd om 200 meter enligt
Länsstyrelsen i Jönköpings läns beslut 2014-11-03. Nämnden avslog en liknande ansökan
på fastigheten 2019-05-14, § 45. Förvaltningen bedömer att inget särskilt skäl enligt
7 kap. 18 c § miljöbalken (1998:808) föreligger. Länsstyrelsen kan överpröva ett beslut
om dispens inom tre veckor.
#Beslutsunderlag
Tjänsteskrivelse 2024-08-28
Ansökan med situationsplan 2024-05-20
#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag. Bo Fagerström (SD) yrkar att
dispens ska medges. Jörgen Lund (M) instämmer i Fagerströms yrkande.
#Beslutsgång
Ordföranden ställer proposition på de båda yrkandena och finner att nämnden bifaller
hans eget yrkande. Votering begärs. Ja-röst för ordförandens yrkande, nej-röst för
Fagerströms yrkande. Resultatet blev 5 ja-röster mot 4 nej-röster.
#Beslut
Miljö- och byggnadsnämnden avslår ansökan om strandskyddsdispens.
#Reservation
Bo Fagerström (SD), Patrik Moberg (SD), Jörgen Lund (M) och Sara Gustafsson (M)
reserverar sig till förmån för Fagerströms yrkande.
#Beslutet skickas till
Sökanden (delgivning), Länsstyrelsen i Jönköpings län

#§ 99   Remiss – Förslag till åtgärdsprogram för Södra Östersjöns vattendistrikt 2022–2027, revidering
Dnr MBN 2024-702, Vattenmyndighetens dnr 537-2024-4411
#Ärendebeskrivning
Vattenmyndigheten Södra Östersjön har 2024-06-24 skickat förslag till reviderat
åtgärdsprogram på remiss till kommunerna i distriktet. Svar ska lämnas senast
2024-09-30. Åtgärderna för kommunerna gäller främst tillsyn av enskilda avlopp och
jordbruk i Emåns avrinningsområde. Emåförbundet har lämnat ett eget yttrande.
#Beslutsunderlag
Miljö- och byggförvaltningens tjänsteskrivelse 2024-08-26
#Beslut
1. Miljö- och byggnadsnämnden antar förvaltningens förslag till yttrande.
2. Paragrafen justeras omedelbart.
#Särskilt yttrande
Centerpartiet genom Elin Petersson lämnar särskilt yttrande om att lantbrukarnas
kostnader för åtgärder måste belysas. Ersättaren Gunilla Nyborg (L) instämmer i
Centerpartiets yttrande.
#Beslutet skickas till
Vattenmyndigheten Södra Östersjön
=
#§ 100   Taxa för prövning och tillsyn inom miljöbalkens område 2025
Dnr MBN 2024-640
#Ärendebeskrivning
Förvaltningen har tagit fram en ny taxa som bygger på Sveriges Kommuner och Regioners
underlag för riskbaserad tillsyn. Timavgiften föreslås bli 1 250 kronor. Taxan
beslutas av kommunfullmäktige med stöd av 27 kap. 1 § miljöbalken och ska tillämpas
från 2025-01-01. Kommunstyrelsens arbetsutskott behandlar ärendet 2024-10-08.
#Beslutsunderlag
Tjänsteskrivelse 2024-08-30
Förslag till taxa med bilagor 1–3
#Yrkanden
Maria Sandahl (S) yrkar att ärendet återremitteras för en konsekvensanalys för
småföretag. Ordföranden yrkar att ärendet ska avgöras i dag.
Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras
och finner att det ska avgöras i dag.
#Beslut
Miljö- och byggnadsnämnden föreslår kommunfullmäktige besluta
att anta taxa för prövning och tillsyn inom miljöbalkens område, samt
att taxan ska gälla från och med 2025-01-01.
#Protokollsanteckning
Maria Sandahl (S) och Nils-Erik Håkansson (S) antecknar att de hade velat se en
konsekvensanalys innan beslut.
#Beslutet skickas till
Kommunfullmäktige

#§ 101   Anmälan av delegationsbeslut
Dnr MBN 2024-3
Förteckning över delegationsbeslut för perioden 2024-06-01–2024-08-31 har
tillhandahållits ledamöterna inför sammanträdet.
#Beslut
Anmälan av delegationsbeslut godkänns.
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll miljö- och byggnadsnämnden 2024-09-12")
    pdf.set_author("Miljö- och byggförvaltningen")
    pdf.set_creator("Protokollsmall MBN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Vetlanda kommun – Miljö- och byggnadsnämnden – 2024-09-12      Sida {pdf.page_no()} av {{nb}}",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes signatur ________        Utdragsbestyrkande ________",
                 new_x="LMARGIN", new_y="NEXT")

    def lines(text_lines: list[str]) -> None:
        for line in text_lines:
            if line == "=":
                footer()
                pdf.add_page()
                page_header()
                continue
            if line.startswith("#"):
                pdf.set_font("F", "B", 11)
                pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5.5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    lines(VETLANDA_FRONT)
    # attendance table, drawn one column at a time
    top = pdf.get_y()
    row_h = 5.5
    for col, x in ((0, pdf.l_margin), (1, pdf.l_margin + 62), (2, pdf.l_margin + 80)):
        for i, row in enumerate(VETLANDA_ATTENDANCE):
            value = row[col]
            if not value:
                continue
            pdf.set_xy(x, top + i * row_h)
            if value.startswith("#"):
                pdf.set_font("F", "B", 10)
                value = value[1:]
            else:
                pdf.set_font("F", "", 10)
            pdf.cell(60 if col == 0 else 90, row_h, value)
    pdf.set_xy(pdf.l_margin, top + len(VETLANDA_ATTENDANCE) * row_h)
    lines(VETLANDA_AFTER)
    lines(VETLANDA_BODY.splitlines())
    footer()
    pdf.output(str(DOCS / "vetlanda-mbn-2024-09-12-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# Ulricehamns kommun, Socialnämnden, 2026-01-21 (DOCX, extract)
# ---------------------------------------------------------------------------------------------

ULRICEHAMN_HEAD = [
    "#PROTOKOLLSUTDRAG",
    "Socialnämnden, Ulricehamns kommun",
    "Sammanträdesdag: 21 januari 2026, kl. 13.15–16.30",
    "Plats: Stadshuset, Nämndrummet Åsunden",
]

ULRICEHAMN_ATTENDANCE = [
    ("Ordförande", "Anders Thorsell (M)"),
    ("1:e vice ordförande", "Lena Kjellberg Ahmadi (L), ej § 3 (jäv)"),
    ("2:e vice ordförande", "Hanna Nord (S)"),
    ("Övriga ledamöter", "Jan Backman (M), Åsa Grenholm (C), Rickard Ek (SD), Monica Svensson (S), "
                         "Tommy Dahlin (KD), Josef Yilmaz (S), Sofia Rahm (V)"),
    ("Tjänstgörande ersättare", "Pia Lindén (M) ersätter Erik Sjögren (M)\n"
                                "Ulf Brandt (L) ersätter Lena Kjellberg Ahmadi (L) i § 3"),
    ("Ersättare, ej tjänstgörande", "Marita Falk (V)"),
    ("Tjänstepersoner", "Kristina Holm, socialchef\nElias Nyberg, enhetschef individ- och familjeomsorg, § 4\n"
                        "Therese Almgren, nämndsekreterare"),
    ("Justerare", "Åsa Grenholm (C)"),
    ("Justering", "Digital justering 2026-01-26"),
]

ULRICEHAMN_BODY = [
    "",
    "#SN § 3    Idéburet offentligt partnerskap med Kvinnojouren Ulricehamn 2026–2028",
    "Diarienummer SN 2025/188",
    "#Sammanfattning",
    "Socialnämnden beslutade 2023-06-14, § 61, om ett tvåårigt IOP med Kvinnojouren Ulricehamn. Förvaltningen "
    "föreslår ett nytt idéburet offentligt partnerskap mellan socialnämnden och Kvinnojouren Ulricehamn för "
    "perioden 2026-02-01–2028-12-31 med ett årligt bidrag om 780 000 kronor. Föreningen är ansluten till Unizon. "
    "Partnerskapet kompletterar nämndens ansvar enligt 5 kap. 11 § socialtjänstlagen (2001:453). "
    "Tjänsteskrivelse daterad 2026-01-07.",
    "#Jäv",
    "Lena Kjellberg Ahmadi (L) anmäler jäv, eftersom hon ingår i föreningens styrelse, och deltar inte i "
    "handläggningen. Ulf Brandt (L) tjänstgör i hennes ställe.",
    "#Yrkanden",
    "Anders Thorsell (M) yrkar bifall till förvaltningens förslag. Rickard Ek (SD) yrkar avslag.",
    "#Omröstning",
    "Proposition ställs på bifall mot avslag. Ordföranden finner bifall. Votering begärs och följande "
    "voteringsordning godkänns: ja för bifall, nej för avslag. Omröstningen redovisas nedan.",
    "@VOTE",
    "#Beslut",
    "*Socialnämnden godkänner idéburet offentligt partnerskap med Kvinnojouren Ulricehamn enligt bilaga.",
    "*Socialchefen får i uppdrag att underteckna överenskommelsen.",
    "Paragrafen förklaras omedelbart justerad.",
    "#Reservation",
    "Rickard Ek (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Kvinnojouren Ulricehamn; Ekonomiavdelningen",
    "",
    "#SN § 4    Svar på revisionsrapport – Granskning av placeringar av barn och unga",
    "Diarienummer SN 2025/214, revisionens diarienummer REV 2025/09",
    "#Sammanfattning",
    "Kommunens förtroendevalda revisorer har med stöd av KPMG AB granskat nämndens placeringar av barn och unga "
    "och lämnat rapporten 2025-11-19. Svar ska lämnas senast 2026-02-28. Inspektionen för vård och omsorg (IVO) "
    "påtalade liknande brister i beslut 2024-09-02. Förvaltningens tjänsteskrivelse är daterad 2026-01-09.",
    "#Yrkanden",
    "Anders Thorsell (M) yrkar bifall till förvaltningens förslag. Lena Kjellberg (L) yrkar som tillägg att "
    "nämnden ska få en uppföljning av placeringskostnaderna varje tertial. Ordföranden ställer proposition på "
    "tilläggsyrkandet och finner att nämnden bifaller det.",
    "#Beslut",
    "+Socialnämnden antar förvaltningens svar som sitt eget och överlämnar det till revisorerna.",
    "+Förvaltningen får i uppdrag att redovisa åtgärderna till nämnden i juni 2026.",
    "+Placeringskostnaderna ska följas upp varje tertial.",
    "#Protokollsanteckning",
    "Sofia Rahm (V) och Monica Svensson (S) antecknar att nämnden bör pröva fler familjehem i egen regi.",
    "#Beslutet skickas till",
    "Kommunens revisorer; Kommunfullmäktige (för kännedom)",
    "",
    "Rätt utdraget intygar: Therese Almgren, nämndsekreterare, 2026-01-27",
    "Sekreterare: Therese Almgren     Ordförande: Anders Thorsell     Justerare: Åsa Grenholm",
]

VOTE_TABLE = [
    ("Namn", "Ja", "Nej", "Avstår"),
    ("Anders Thorsell (M)", "X", "", ""),
    ("Hanna Nord (S)", "X", "", ""),
    ("Jan Backman (M)", "X", "", ""),
    ("Åsa Grenholm (C)", "X", "", ""),
    ("Rickard Ek (SD)", "", "X", ""),
    ("Monica Svensson (S)", "X", "", ""),
    ("Tommy Dahlin (KD)", "", "", "X"),
    ("Josef Yilmaz (S)", "X", "", ""),
    ("Sofia Rahm (V)", "X", "", ""),
    ("Pia Lindén (M)", "X", "", ""),
    ("Ulf Brandt (L)", "X", "", ""),
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]], bold_first_row: bool, bold_first_col: bool) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j, (cell, value) in enumerate(zip(cells, row, strict=False)):
            parts = value.split("\n")
            cell.text = parts[0]
            for extra in parts[1:]:
                cell.add_paragraph(extra)
            if value and ((i == 0 and bold_first_row) or (j == 0 and bold_first_col)):
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokollsutdrag socialnämnden 2026-01-21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "ULRICEHAMNS KOMMUN\tSocialnämnden\tSammanträdesdatum 2026-01-21"
    d.sections[0].footer.paragraphs[0].text = "Justerare ______     Utdragsbestyrkande ______"

    for line in ULRICEHAMN_HEAD:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    add_table(d, ULRICEHAMN_ATTENDANCE, bold_first_row=False, bold_first_col=True)
    for line in ULRICEHAMN_BODY:
        if line == "@VOTE":
            add_table(d, VOTE_TABLE, bold_first_row=True, bold_first_col=False)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        elif line.startswith("+"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 26, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "ulricehamn-sn-2026-01-21-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
