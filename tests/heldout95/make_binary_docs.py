"""Generate the binary documents of tests/heldout95/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout95/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout95/gold/
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
FIXED_PDF = dt.datetime(2024, 11, 22, 10, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 6, 9, 30, 0)

# PDF: Haninge kommun, socialnämnden 2024-11-19, full protocol (3 §§).
# Page 1: label column + content column (Plats och tid / Beslutande / Ersättare / Övriga / Justerare / Underskrifter).
PAGE1: list[tuple[str, str]] = [
    ("Plats och tid", "Haninge kommunhus, sammanträdesrum Poseidon, kl. 18.00–20.10"),
    (
        "Beslutande",
        "Ledamöter\nAnna-Karin Wiklund (M), ordförande\nTobias Grape (KD), 1:e vice ordförande\n"
        "Yvonne Sahlin (S), 2:e vice ordförande\nBjörn Ekdahl (M)\nJohan Wester (M)\nLinda Carlberg (L)\n"
        "Jesper Mård (SD)\nHelena Norrbom (S)\nKerstin Åkesson (S)\nPatrik Ljung (V)\n"
        "Tjänstgörande ersättare\nRasmus Holm (C) för Malin Eriksson (C)",
    ),
    ("Ersättare", "Ingrid Bolin (M)\nSaid Hassan (S)\nElin Moberg (MP)"),
    (
        "Övriga deltagare",
        "Camilla Stenberg, socialdirektör\nFredrik Dahl, avdelningschef försörjningsstöd, § 119\n"
        "Sara Lindvall, nämndsekreterare",
    ),
    ("Justerare", "Yvonne Sahlin (S)"),
    ("Justeringens plats och tid", "Haninge kommunhus, 2024-11-22"),
    ("Underskrifter", "Sekreterare ....................................   Paragrafer 118–120\nSara Lindvall"),
    ("", "Ordförande ....................................\nAnna-Karin Wiklund"),
    ("", "Justerare ....................................\nYvonne Sahlin"),
    (
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala "
        "anslagstavla.\nOrgan: Socialnämnden\nSammanträdesdatum: 2024-11-19\n"
        "Datum då anslaget sätts upp: 2024-11-25    Datum då anslaget tas ned: 2024-12-17",
    ),
]

PARAS: list[list[tuple[str, str]]] = [
    [
        ("H", "§ 118"),
        ("H", "Yttrande över remiss av promemorian Stärkt skydd för barn som placeras utanför hemmet"),
        ("P", "Dnr SN 2024/388, KS 2024/611"),
        ("B", "Sammanfattning"),
        ("P", "Kommunstyrelsen har remitterat Socialdepartementets promemoria till socialnämnden för yttrande. "
              "Promemorian är daterad 2024-09-30 och kommunens svar ska ha kommit in till departementet senast "
              "2024-12-06. Förslagen innebär bland annat ändringar i lagen (1990:52) med särskilda bestämmelser "
              "om vård av unga och ett utökat ansvar för Inspektionen för vård och omsorg."),
        ("P", "Förvaltningen ställer sig i huvudsak positiv till förslagen men bedömer att kostnaderna för "
              "kommunerna är underskattade."),
        ("B", "Beslutsunderlag"),
        ("P", "Socialförvaltningens tjänsteskrivelse 2024-10-28\nFörslag till yttrande"),
        ("B", "Socialnämndens beslut"),
        ("P", "1. Socialnämnden antar förvaltningens förslag till yttrande som sitt eget och överlämnar det till "
              "kommunstyrelsen.\n2. Paragrafen justeras omedelbart."),
        ("P", "Beslutet skickas till: Kommunstyrelsen"),
    ],
    [
        ("H", "§ 119"),
        ("H", "Riktlinjer för ekonomiskt bistånd 2025"),
        ("P", "Dnr SN 2024/402"),
        ("B", "Sammanfattning"),
        ("P", "Riktlinjerna revideras årligen. Riksnormen för 2025 har fastställts i "
              "socialtjänstförordningen (2001:937). Förvaltningen föreslår att den skäliga kostnaden för hemförsäkring "
              "och resor justeras och att riktlinjerna i övrigt lämnas oförändrade. Enligt socialtjänstlagen "
              "(2001:453) 4 kap. 1 § har den enskilde rätt till bistånd om behovet inte kan tillgodoses på annat "
              "sätt. Fredrik Dahl, avdelningschef, föredrar ärendet."),
        ("B", "Beslutsunderlag"),
        ("P", "Socialförvaltningens tjänsteskrivelse 2024-10-30\nRiktlinjer för ekonomiskt bistånd 2025"),
        ("B", "Yrkanden"),
        ("P", "Anna-Karin Wiklund (M) yrkar bifall till förvaltningens förslag.\n"
              "Yvonne Sahlin (S) yrkar att den lokala normen för barns fritidsaktiviteter höjs till 500 kronor "
              "per barn och månad."),
        ("B", "Propositionsordning"),
        ("P", "Ordföranden ställer proposition på förslagen och finner att socialnämnden bifaller "
              "förvaltningens förslag. Votering begärs och verkställs enligt följande propositionsordning: "
              "ja-röst för förvaltningens förslag, nej-röst för Yvonne Sahlins yrkande."),
        ("B", "Omröstningsresultat"),
        ("T", ""),
        ("P", "Med 7 ja-röster mot 3 nej-röster, 1 avstår, beslutar socialnämnden enligt förvaltningens förslag."),
        ("B", "Socialnämndens beslut"),
        ("P", "Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd att gälla från och med "
              "2025-01-01."),
        ("B", "Reservation"),
        ("P", "Yvonne Sahlin (S), Helena Norrbom (S) och Kerstin Åkesson (S) reserverar sig mot beslutet till "
              "förmån för Yvonne Sahlins yrkande."),
        ("B", "Protokollsanteckning"),
        ("P", "Patrik Ljung (V) antecknar till protokollet att normen för fritidsaktiviteter bör ses över under "
              "2025."),
        ("P", "Beslutet skickas till: Avdelningen för försörjningsstöd"),
    ],
    [
        ("H", "§ 120"),
        ("H", "Idéburet offentligt partnerskap med Stockholms Stadsmission om stödboende för unga vuxna"),
        ("P", "Dnr SN 2024/455"),
        ("B", "Sammanfattning"),
        ("P", "Haninge kommun och Stockholms Stadsmission har sedan 2021 samverkat kring stödboende för unga "
              "vuxna. Det nuvarande avtalet löper ut 2024-12-31. Förvaltningen föreslår att ett nytt idéburet "
              "offentligt partnerskap (IOP) ingås för perioden 2025-01-01–2027-12-31 med en årlig ersättning på "
              "högst 2,4 miljoner kronor."),
        ("B", "Beslutsunderlag"),
        ("P", "Socialförvaltningens tjänsteskrivelse 2024-11-04\nUtkast till överenskommelse om idéburet "
              "offentligt partnerskap"),
        ("B", "Yrkande"),
        ("P", "Tobias Grape (KD) yrkar bifall till förvaltningens förslag."),
        ("B", "Socialnämndens beslut"),
        ("P", "1. Socialnämnden godkänner överenskommelsen om idéburet offentligt partnerskap mellan Haninge "
              "kommun och Stockholms Stadsmission.\n2. Överenskommelsen gäller under perioden "
              "2025-01-01–2027-12-31.\n3. Socialdirektören får i uppdrag att underteckna överenskommelsen."),
        ("B", "Ersättaryttrande"),
        ("P", "Elin Moberg (MP) lämnar ett ersättaryttrande och välkomnar att partnerskapet förlängs."),
        ("P", "Beslutet skickas till: Stockholms Stadsmission"),
    ],
]

VOTES: list[tuple[str, str, str, str]] = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Anna-Karin Wiklund (M)", "X", "", ""),
    ("Tobias Grape (KD)", "X", "", ""),
    ("Yvonne Sahlin (S)", "", "X", ""),
    ("Björn Ekdahl (M)", "X", "", ""),
    ("Johan Wester (M)", "X", "", ""),
    ("Linda Carlberg (L)", "X", "", ""),
    ("Jesper Mård (SD)", "X", "", ""),
    ("Helena Norrbom (S)", "", "X", ""),
    ("Kerstin Åkesson (S)", "", "X", ""),
    ("Patrik Ljung (V)", "", "", "X"),
    ("Rasmus Holm (C)", "X", "", ""),
    ("Summa", "7", "3", "1"),
]


def _header(pdf: FPDF) -> None:
    pdf.set_font("F", "B", 10)
    pdf.cell(90, 5, "HANINGE KOMMUN")
    pdf.cell(90, 5, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("F", "", 9)
    pdf.cell(90, 5, "Socialnämnden")
    pdf.cell(90, 5, f"2024-11-19    Sida {pdf.page_no()} ({{nb}})", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(6)


class _ProtocolPdf(FPDF):
    def header(self) -> None:
        _header(self)


def make_pdf() -> None:
    pdf = _ProtocolPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2024-11-19")
    pdf.set_author("Haninge kommun")
    pdf.set_creator("heldout95")
    pdf.set_producer("heldout95")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for label, text in PAGE1:
        pdf.set_font("F", "B", 10)
        y = pdf.get_y()
        pdf.multi_cell(45, 5, label)
        pdf.set_xy(60, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(135, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for rows in PARAS:
        pdf.add_page()
        for kind, text in rows:
            if kind == "T":
                pdf.set_font("F", "", 9)
                for values in VOTES:
                    for width, value in zip((70, 20, 20, 20), values, strict=True):
                        pdf.cell(width, 5, value, border=1)
                    pdf.ln(5)
                pdf.ln(2)
                continue
            pdf.set_font("F", "B", 12 if kind == "H" else 10)
            if kind == "P":
                pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(DOCS / "haninge-sn-2024-11-19-protokoll.pdf"))


# DOCX: Alingsås kommun, kommunstyrelsen 2025-03-03, full protocol (3 §§).
FRONT: list[tuple[str, str]] = [
    ("Plats och tid", "Stadshuset, Sessionssalen, måndagen den 3 mars 2025, kl. 13.30–16.05"),
    (
        "Beslutande",
        "Ulrika Fransson (M), ordförande\nJens Nordahl (KD), 1:e vice ordförande\nKarin Sandell (S), "
        "2:e vice ordförande\nMagnus Ek (M)\nLouise Carlsson (L)\nJörgen Ahl (SD)\nPernilla Vik (SD)\n"
        "Sven-Olof Haraldsson (C)\nMonica Berg (S)\nThomas Lövgren (S)\nAnneli Strömberg (V)\n"
        "Dennis Håkansson (MP)\nErik Frölund (S), tjänstgörande ersättare för Omar Jaber (S)",
    ),
    ("Ersättare", "Ewa Gunnarsson (M)\nHugo Nyström (L)\nLinnea Rask (V)"),
    (
        "Övriga närvarande",
        "Fredrik Ohlsson, kommundirektör\nMalin Tell, planeringschef, § 43\nJohanna Kjellberg, "
        "kommunsekreterare",
    ),
    ("Justerare", "Karin Sandell (S)"),
    ("Justeringens plats och tid", "Kommunkansliet, 2025-03-06"),
    ("Paragrafer", "41–43"),
]

ALINGSAS_BODY: list[tuple[str, str]] = [
    ("h", "§ 41 Svar på motion om gratis simskola för alla barn i förskoleklass"),
    ("dnr", "Dnr KS 2024.412"),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Karin Sandell (S) och Thomas Lövgren (S) har i en motion daterad 2024-06-17 föreslagit att alla barn i "
          "förskoleklass ska erbjudas avgiftsfri simskola. Kultur- och fritidsnämnden har yttrat sig över "
          "motionen och bedömer att målgruppen redan nås genom skolans simundervisning enligt läroplanen. "
          "Kostnaden beräknas till 1,1 miljoner kronor per år."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunledningskontorets tjänsteskrivelse 2025-01-29\nKultur- och fritidsnämndens beslut "
          "2024-11-20, § 88\nMotion 2024-06-17"),
    ("b", "Yrkanden"),
    ("p", "Karin Sandell (S) yrkar bifall till motionen. Ordföranden yrkar avslag på motionen."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt "
          "ordförandens yrkande."),
    ("b", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen avslås."),
    ("b", "Reservation"),
    ("p", "Karin Sandell (S) reserverar sig mot beslutet."),
    ("h", "§ 42 Samverkansavtal om gemensam lönehantering med Vårgårda kommun"),
    ("dnr", "Dnr KS 2024.655"),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Alingsås kommun sköter sedan 2019 lönehanteringen åt Vårgårda kommun. Avtalet har sagts upp för "
          "omförhandling och ett nytt samverkansavtal enligt kommunallagen (2017:725) 9 kap. 37 § har tagits "
          "fram. Vårgårda kommun godkände avtalet 2025-02-12. Avtalet gäller från 2025-04-01 och löper "
          "i tre år."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunledningskontorets tjänsteskrivelse 2025-02-05\nSamverkansavtal om gemensam lönehantering"),
    ("b", "Kommunstyrelsens beslut"),
    ("bullet", "Kommunstyrelsen godkänner samverkansavtalet om gemensam lönehantering mellan Alingsås kommun och "
               "Vårgårda kommun."),
    ("bullet", "Kommundirektören får i uppdrag att underteckna avtalet."),
    ("h", "§ 43 Yttrande över remiss av Regional plan för transportinfrastruktur i Västra Götaland 2026–2037"),
    ("dnr", "Dnr KS 2024.790, VGR:s diarienummer RS 2024-07812"),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Västra Götalandsregionen har skickat förslaget till regional plan för transportinfrastruktur på "
          "remiss till kommunerna. Svar ska lämnas senast 2025-03-31. Göteborgsregionen har samordnat ett "
          "delregionalt yttrande som kommunstyrelsen tog del av 2025-02-03. Förvaltningen föreslår att kommunen "
          "särskilt lyfter behovet av mötesspår på Västra stambanan och trafiksäkerhetsåtgärder på väg 180, "
          "där Trafikverket är väghållare. Malin Tell, planeringschef, föredrar ärendet."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunledningskontorets tjänsteskrivelse 2025-02-14\nFörslag till yttrande"),
    ("b", "Yrkanden"),
    ("p", "Jens Nordahl (KD) yrkar bifall till förvaltningens förslag.\nJörgen Ahl (SD) yrkar att ärendet "
          "återremitteras för att komplettera yttrandet med en analys av vägstandarden på väg 1900."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att "
          "det ska avgöras i dag. Votering begärs. Kommunstyrelsen godkänner följande propositionsordning: "
          "ja-röst för att avgöra ärendet i dag, nej-röst för återremiss."),
    ("p", "Omröstningsresultat: 11 ja-röster, 2 nej-röster. Kommunstyrelsen har beslutat att ärendet ska "
          "avgöras i dag."),
    ("p", "Ordföranden ställer därefter proposition på Jens Nordahls yrkande och finner att kommunstyrelsen "
          "bifaller det."),
    ("b", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Västra "
          "Götalandsregionen."),
    ("p", "Paragrafen förklaras omedelbart justerad."),
    ("b", "Reservation"),
    ("p", "Jörgen Ahl (SD) och Pernilla Vik (SD) reserverar sig mot beslutet att inte återremittera ärendet."),
    ("b", "Särskilt yttrande"),
    ("p", "Sven-Olof Haraldsson (C) lämnar ett särskilt yttrande, bilaga 2."),
    ("p", "Beslutet skickas till: Västra Götalandsregionen, Göteborgsregionen"),
]

SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Johanna Kjellberg"),
    ("Ordförande", "Ulrika Fransson"),
    ("Justerare", "Karin Sandell"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    header = d.sections[0].header.paragraphs[0]
    header.text = "ALINGSÅS KOMMUN\tProtokoll\t\nKommunstyrelsen\tSammanträdesdatum 2025-03-03"
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_paragraph().add_run("Kommunstyrelsen").bold = True
    front = d.add_table(rows=len(FRONT), cols=2)
    for row, values in zip(front.rows, FRONT, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("Underskrifter")
    sig = d.add_table(rows=len(SIGNATURES), cols=2)
    for row, values in zip(sig.rows, SIGNATURES, strict=True):
        row.cells[0].text = values[0]
        row.cells[1].text = "......................................\n" + values[1]
    d.add_page_break()
    for kind, text in ALINGSAS_BODY:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "dnr":
            d.add_paragraph().add_run(text).italic = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Alingsås kommun"
    cp.last_modified_by = "Alingsås kommun"
    cp.title = "Protokoll kommunstyrelsen 2025-03-03"
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
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 6, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "alingsas-ks-2025-03-03-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
