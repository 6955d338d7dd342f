"""Build the binary documents of held-out set 66 (one PDF, one DOCX).

Run from the repository root: ``.venv/bin/python tests/heldout66/make_binary_docs.py``.
The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so two runs give identical bytes.
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

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 22, 8, 0, 0)

# --------------------------------------------------------------------------------------------------
# Eskilstuna kommun, Kommunstyrelsen 2024-05-14 (PDF, full protocol)
# --------------------------------------------------------------------------------------------------

ESK_ATTENDANCE = [
    ("Beslutande", "Annika Grönberg (S), ordförande", "Ersättare", "Tove Almqvist (S)"),
    ("", "Henrik Sandström (M), 1:e vice ordförande", "", "Kenneth Roos (KD)"),
    ("", "Leila Haddad (S), 2:e vice ordförande", "", "Björn Sjögren (M)"),
    ("", "Roger Fält (S)", "", ""),
    ("", "Camilla Nord (S)", "Tjänstemän", "Ulrika Bergh, kommundirektör"),
    ("", "Patrik Ohlsson (S)", "", "Sanna Ekvall, kommunsekreterare"),
    ("", "Lars Ek (M)", "", "Daniel Kuusela, trafikstrateg § 88"),
    ("", "Sofia Ahlberg (L)", "", ""),
    ("", "Maja Grip (C)", "", ""),
    ("", "Åsa Strand (V)", "", ""),
    ("", "Peter Sundin (SD)", "", ""),
    ("", "Mona Lind (SD)", "", ""),
    ("", "Erik Bäck (SD)", "", ""),
    ("", "Jan Olander (MP)", "", ""),
    ("", "Hassan Yusuf (S) tjg för Ingrid Falk (S)", "", ""),
]

ESK_PAGE1_TAIL = [
    ("Utses att justera", "Henrik Sandström (M)"),
    ("Justeringens plats och tid", "Stadshuset, Eskilstuna, 2024-05-17"),
]

ESK_SIGN = [
    "Underskrifter   Sekreterare ....................................   Paragrafer 87–90",
    "                                Sanna Ekvall",
    "                Ordförande  ....................................",
    "                                Annika Grönberg",
    "                Justerare   ....................................",
    "                                Henrik Sandström",
]

ESK_ANSLAG = [
    "ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ: Kommunstyrelsen      Sammanträdesdatum: 2024-05-14",
    "Datum då anslaget sätts upp: 2024-05-20      Datum då anslaget tas ned: 2024-06-11",
    "Förvaringsplats för protokollet: Kommunledningskontoret",
]

ESK_PARAGRAPHS = [
    [
        "§ 87   Godkännande av dagordning",
        "",
        "Kommunstyrelsens beslut",
        "Dagordningen godkänns med tillägg av ärendet Avsiktsförklaring med Mälardalens universitet.",
    ],
    [
        "§ 88   Remissvar – Länstransportplan för Sörmland 2026–2037",
        "KSKF/2024:201",
        "",
        "Kommunstyrelsens beslut",
        "1. Kommunstyrelsen antar yttrandet enligt bilaga och överlämnar det till Region Sörmland.",
        "2. Paragrafen förklaras omedelbart justerad.",
        "",
        "Särskilt yttrande",
        "Lars Ek (M) och Sofia Ahlberg (L) lämnar ett särskilt yttrande enligt bilaga 1.",
        "Ersättaren Kenneth Roos (KD) instämmer i det särskilda yttrandet.",
        "",
        "Sammanfattning",
        "Region Sörmland har den 14 mars 2024 sänt förslaget till länstransportplan på remiss till",
        "länets kommuner (Region Sörmlands dnr RS-LED24-0311). Svar ska lämnas senast den 31 maj 2024.",
        "Kommunen lyfter i yttrandet behovet av åtgärder på väg 230 och av ökad kapacitet på",
        "Svealandsbanan i samverkan med Trafikverket och Mälardalstrafik AB.",
        "",
        "Beslutsunderlag",
        "Kommunledningskontorets tjänsteskrivelse 2024-04-22",
        "Remiss från Region Sörmland 2024-03-14",
        "Kommunstyrelsens arbetsutskott 2024-04-30, § 61",
        "",
        "Yrkande",
        "Annika Grönberg (S) yrkar bifall till arbetsutskottets förslag.",
        "",
        "Beslutet skickas till",
        "Region Sörmland",
    ],
    [
        "§ 89   Taxa för offentlig kontroll inom livsmedelsområdet 2025",
        "KSKF/2024:178",
        "",
        "Kommunstyrelsens förslag till kommunfullmäktige",
        "1. Taxa för offentlig kontroll inom livsmedelsområdet antas enligt bilaga 2, att gälla från",
        "    och med 2025-01-01.",
        "2. Timavgiften för planerad kontroll fastställs till 1 480 kronor.",
        "",
        "Reservation",
        "Ledamöterna Peter Sundin (SD), Mona Lind (SD) och Erik Bäck (SD) reserverar sig mot beslutet",
        "till förmån för eget yrkande.",
        "",
        "Sammanfattning",
        "Miljö- och räddningstjänstnämnden föreslog den 18 april 2024, § 44, en ny taxa som bygger på",
        "Sveriges Kommuner och Regioners underlag. Taxan följer förordningen (2021:176) om avgifter för",
        "offentlig kontroll av livsmedel och 14 § i den förordningen om efterhandsdebitering.",
        "",
        "Beslutsunderlag",
        "Kommunledningskontorets tjänsteskrivelse 2024-04-25",
        "Miljö- och räddningstjänstnämndens beslut 2024-04-18, § 44",
        "",
        "Yrkanden",
        "Annika Grönberg (S) och Henrik Sandström (M) yrkar bifall till miljö- och räddningstjänstnämndens",
        "förslag.",
        "Peter Sundin (SD) yrkar att timavgiften ska fastställas till 1 300 kronor.",
        "",
        "Propositionsordning",
        "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt",
        "Annika Grönbergs yrkande. Omröstning begärs.",
        "Kommunstyrelsen godkänner följande propositionsordning: Ja för Annika Grönbergs yrkande,",
        "Nej för Peter Sundins yrkande.",
        "",
        "Omröstningsresultat",
        "Ja: 12   Nej: 3   Avstår: 0",
        "Kommunstyrelsen har beslutat enligt Annika Grönbergs yrkande. Voteringslista, bilaga 3.",
        "",
        "Beslutet skickas till",
        "Kommunfullmäktige",
        "Miljö- och räddningstjänstnämnden",
    ],
    [
        "§ 90   Avsiktsförklaring med Mälardalens universitet om samverkan 2024–2027",
        "KSKF/2024:233",
        "",
        "Kommunstyrelsens beslut",
        "Kommunstyrelsen godkänner avsiktsförklaringen mellan Eskilstuna kommun och Mälardalens",
        "universitet.",
        "",
        "Protokollsanteckning",
        "Åsa Strand (V) lämnar en protokollsanteckning enligt bilaga 4.",
        "",
        "Sammanfattning",
        "Avsiktsförklaringen ersätter den som tecknades 2019 och omfattar kompetensförsörjning,",
        "forskning och studentbostäder. Eskilstuna Kommunfastighets AB deltar i arbetet med bostäder.",
        "",
        "Beslutsunderlag",
        "Kommunledningskontorets tjänsteskrivelse 2024-05-02",
        "",
        "Beslutet skickas till",
        "Mälardalens universitet",
    ],
]


def _pdf_header(pdf: FPDF, page: int, total: int) -> None:
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(90, 6, "ESKILSTUNA KOMMUN")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(60, 6, "SAMMANTRÄDESPROTOKOLL")
    pdf.cell(0, 6, f"{page} ({total})", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 5, "Kommunstyrelsen")
    pdf.cell(0, 5, "Sammanträdesdatum 2024-05-14", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _pdf_footer(pdf: FPDF) -> None:
    pdf.set_y(-18)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(90, 4, "Justerandes sign")
    pdf.cell(0, 4, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunstyrelsen 2024-05-14")
    pdf.set_author("Eskilstuna kommun")
    pdf.set_creator("heldout66")
    pdf.set_producer("heldout66")
    total = 4
    pdf.add_page()
    _pdf_header(pdf, 1, total)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(40, 5, "Plats och tid")
    pdf.cell(0, 5, "Stadshuset, sal Tunafors, kl. 13:00–15:50", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for left_label, left, right_label, right in ESK_ATTENDANCE:
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(28, 4.6, left_label)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(72, 4.6, left)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(24, 4.6, right_label)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 4.6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in ESK_PAGE1_TAIL:
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(48, 5, label)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in ESK_SIGN:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, ESK_ANSLAG[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in ESK_ANSLAG[1:]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    _pdf_footer(pdf)
    pages = [ESK_PARAGRAPHS[0] + [""] + ESK_PARAGRAPHS[1], ESK_PARAGRAPHS[2], ESK_PARAGRAPHS[3]]
    for number, lines in enumerate(pages, start=2):
        pdf.add_page()
        _pdf_header(pdf, number, total)
        for line in lines:
            bold = line.startswith("§") or line in {
                "Kommunstyrelsens beslut", "Kommunstyrelsens förslag till kommunfullmäktige", "Särskilt yttrande",
                "Sammanfattning", "Beslutsunderlag", "Yrkande", "Yrkanden", "Reservation", "Propositionsordning",
                "Omröstningsresultat", "Beslutet skickas till", "Protokollsanteckning",
            }
            pdf.set_font("DejaVu", "B" if bold else "", 11 if line.startswith("§") else 9.5)
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        _pdf_footer(pdf)
    (DOCS / "eskilstuna-ks-2024-05-14-protokoll.pdf").write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------------------------------
# Karlstads kommun, Kommunstyrelsens arbetsutskott 2024-04-16 (DOCX, full protocol)
# --------------------------------------------------------------------------------------------------

KAR_ATTENDANCE = [
    ("Namn", "Parti", "Funktion"),
    ("Marie Lindkvist", "S", "Ordförande"),
    ("Christer Bergvall", "M", "Vice ordförande"),
    ("Sven-Olof Ahl", "C", "Ledamot"),
    ("Therese Malm", "S", "Ledamot"),
    ("Lars-Erik Hult", "V", "Tjänstgörande ersättare för Amir Karimi (S)"),
    ("Pernilla Ståhl", "KD", "Ersättare"),
    ("Gustav Nygren", "", "Stadsdirektör"),
    ("Linda Westin", "", "Sekreterare"),
    ("Oskar Hägg", "", "Exploateringsingenjör, § 73"),
]

KAR_P72 = [
    ("h", "§ 72 Yttrande över regional handlingsplan för klimatanpassning i Värmlands län"),
    ("p", "Dnr KS-2024-321"),
    ("h2", "Beslut"),
    ("p", "Arbetsutskottet beslutar för kommunstyrelsens räkning att avge yttrande enligt bilaga 1 till "
          "Länsstyrelsen i Värmlands län."),
    ("h2", "Ärendebeskrivning"),
    ("p", "Länsstyrelsen i Värmlands län har den 20 februari 2024 gett kommunen möjlighet att yttra sig över "
          "förslaget till regional handlingsplan för klimatanpassning (länsstyrelsens dnr 451-1187-2024). "
          "Yttrandet ska ha kommit in senast den 30 april 2024. Kommunstyrelsen har delegerat till "
          "arbetsutskottet att besluta om remissyttranden. Klarälvens översvämningsrisker beskrivs enligt "
          "3 kap. 5 § plan- och bygglagen."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, kommunledningskontoret, 2024-04-03"),
    ("p", "Remiss från Länsstyrelsen i Värmlands län, 2024-02-20"),
    ("h2", "Beslutet skickas till"),
    ("p", "Länsstyrelsen i Värmlands län"),
]

KAR_P73 = [
    ("h", "§ 73 Markanvisningsavtal för kvarteret Lärkan i Välsviken"),
    ("p", "Dnr KS-2024-188"),
    ("h2", "Arbetsutskottets förslag till kommunstyrelsen"),
    ("n", "Markanvisningsavtal mellan Karlstads kommun och Riksbyggen ekonomisk förening för kvarteret Lärkan "
          "godkänns."),
    ("n", "Stadsdirektören får i uppdrag att underteckna avtalet."),
    ("h2", "Ärendebeskrivning"),
    ("p", "Riksbyggen ekonomisk förening har ansökt om markanvisning för cirka 90 bostadsrätter. "
          "Karlstads Bostads AB har avstått från området. Avtalet gäller i två år och förutsätter att "
          "detaljplanen vinner laga kraft, vilket beräknas ske under hösten 2025. Avtalet följer "
          "lagen (2014:899) om riktlinjer för kommunala markanvisningar."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, kommunledningskontoret, 2024-03-28"),
    ("p", "Förslag till markanvisningsavtal, daterat 2024-03-22"),
    ("h2", "Yrkanden"),
    ("p", "Christer Bergvall (M) och Sven-Olof Ahl (C) yrkar bifall till förslaget."),
    ("p", "Lars-Erik Hult (V) yrkar att marken i stället ska anvisas till Karlstads Bostads AB för hyresrätter."),
    ("h2", "Propositionsordning"),
    ("p", "Ordföranden ställer bifallsyrkandet mot Lars-Erik Hults yrkande och finner att arbetsutskottet "
          "bifaller förslaget. Votering begärs. Ja-röst för bifall till förslaget, nej-röst för Lars-Erik Hults "
          "yrkande."),
    ("h2", "Omröstningsresultat"),
    ("p", "Med fyra ja-röster mot en nej-röst beslutar arbetsutskottet att bifalla förslaget. Ingen avstår."),
    ("h2", "Reservation"),
    ("p", "Lars-Erik Hult (V) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("h2", "Protokollsanteckning"),
    ("p", "Ersättaren Pernilla Ståhl (KD) antecknar att hon delar förslagets inriktning men vill se fler "
          "mindre lägenheter."),
    ("h2", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen"),
]


def _set_cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def make_docx() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    section = d.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Karlstads kommun\tPROTOKOLL\tSida 1 (3)"
    footer = section.footer.paragraphs[0]
    footer.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_paragraph().add_run("Kommunstyrelsens arbetsutskott").bold = True
    d.add_paragraph("Sammanträdesdatum: 2024-04-16")
    d.add_paragraph("Plats och tid: Rådhuset, sammanträdesrum Klara, kl. 09.00–11.30")

    table = d.add_table(rows=len(KAR_ATTENDANCE), cols=3)
    table.style = "Table Grid"
    for row, values in zip(table.rows, KAR_ATTENDANCE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            _set_cell(cell, value, bold=values is KAR_ATTENDANCE[0])

    d.add_paragraph("")
    d.add_paragraph("Justerare: Christer Bergvall")
    d.add_paragraph("Justeringens plats och tid: Rådhuset, 2024-04-18")
    d.add_paragraph("Paragrafer: 72–73")

    sign = d.add_table(rows=2, cols=3)
    for cell, value in zip(sign.rows[0].cells, ["Sekreterare", "Ordförande", "Justerare"], strict=True):
        _set_cell(cell, value, bold=True)
    for cell, value in zip(sign.rows[1].cells, ["Linda Westin", "Marie Lindkvist", "Christer Bergvall"], strict=True):
        _set_cell(cell, "……………………………\n" + value)

    p = d.add_paragraph("Anslagsdatum: 2024-04-19. Anslaget tas ned: 2024-05-13. "
                        "Protokollet förvaras på kommunledningskontoret.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.add_page_break()

    for block in (KAR_P72, KAR_P73):
        for kind, text in block:
            if kind == "h":
                d.add_heading(text, level=1)
            elif kind == "h2":
                d.add_heading(text, level=3)
            elif kind == "n":
                d.add_paragraph(text, style="List Number")
            else:
                d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Karlstads kommun"
    cp.last_modified_by = "Karlstads kommun"
    cp.title = "Protokoll Kommunstyrelsens arbetsutskott 2024-04-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1

    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 22, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    (DOCS / "karlstad-ksau-2024-04-16-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
