"""Generate the binary documents of tests/heldout55/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout55/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout55/gold/
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


def new_pdf(title: str, author: str, created: dt.datetime) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("heldout55")
    pdf.set_producer("heldout55")
    pdf.set_auto_page_break(True, margin=20)
    return pdf


# ---------------------------------------------------------------------------------------------
# PDF 1: Eda kommun, kommunfullmäktige 2024-06-17, protokollsutdrag (§ 48, budget), 2 pages.
# Header grid drawn as a bordered table on every page; bold sub-headings; signature table at the end.

EDA_BODY: list[tuple[str, str]] = [
    ("h", "§ 48    Mål och budget 2025 med flerårsplan 2026–2027"),
    ("p", "Dnr KS.2024.0215"),
    ("b", "Ärendebeskrivning"),
    ("p", "Kommunstyrelsen har 2024-05-27 § 98 lämnat förslag till mål och budget 2025 med flerårsplan "
          "2026–2027. Förslaget bygger på oförändrad skattesats och på skatteunderlagsprognosen från "
          "Sveriges Kommuner och Regioner i april 2024. Socialdemokraterna och Sverigedemokraterna har "
          "lämnat egna budgetförslag. Enligt 11 kap. 8 § kommunallagen ska budgeten fastställas före "
          "november månads utgång."),
    ("b", "Beslutsunderlag"),
    ("p", "Kommunstyrelsens beslut 2024-05-27 § 98\nTjänsteskrivelse 2024-05-08, ekonomichefen\n"
          "Budgetförslag från Socialdemokraterna och Sverigedemokraterna"),
    ("b", "Yrkanden"),
    ("p", "Kommunstyrelsens ordförande Anna Berglund (C) yrkar bifall till kommunstyrelsens förslag.\n"
          "Lars Moberg (S) yrkar bifall till Socialdemokraternas budgetförslag.\n"
          "Kjell Oskarsson (SD) yrkar bifall till Sverigedemokraternas budgetförslag."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer först Lars Mobergs och Kjell Oskarssons yrkanden mot varandra för att "
          "utse motförslag i huvudvoteringen och finner att fullmäktige utser Lars Mobergs yrkande till "
          "motförslag. Därefter ställer ordföranden kommunstyrelsens förslag mot motförslaget och finner "
          "att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs och verkställs."),
    ("b", "Votering"),
    ("p", "Den som bifaller kommunstyrelsens förslag röstar ja. Den som bifaller Lars Mobergs yrkande "
          "röstar nej. Voteringen utfaller med 16 ja-röster och 9 nej-röster. 6 ledamöter avstår från "
          "att rösta (voteringslista, bilaga 1). Kommunfullmäktige har därmed bifallit kommunstyrelsens "
          "förslag."),
    ("b", "Kommunfullmäktiges beslut"),
    ("p", "1. Mål och budget 2025 med flerårsplan 2026–2027 fastställs.\n"
          "2. Skattesatsen för 2025 fastställs till 22,70 kronor per skattekrona.\n"
          "3. Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med "
          "högst 40 miljoner kronor.\n"
          "4. Nämndernas driftramar fastställs enligt bilaga 2."),
    ("b", "Reservationer"),
    ("p", "Lars Moberg (S) m.fl. reserverar sig till förmån för eget yrkande.\n"
          "Kjell Oskarsson (SD) och Birgitta Hallén (SD) reserverar sig mot beslutet."),
    ("b", "Särskilt yttrande"),
    ("p", "Ingrid Waern (V) lämnar ett särskilt yttrande, bilaga 3."),
    ("b", "Beslutet skickas till"),
    ("p", "Samtliga nämnder\nEdabostäder AB\nSkatteverket"),
]


def eda_header(pdf: FPDF, page: int) -> None:
    pdf.set_font("F", "B", 11)
    pdf.set_xy(15, 12)
    pdf.cell(90, 7, "EDA KOMMUN", border="LT")
    pdf.set_font("F", "B", 10)
    pdf.cell(90, 7, "PROTOKOLLSUTDRAG", border="LTR")
    pdf.set_xy(15, 19)
    pdf.set_font("F", "", 9)
    pdf.cell(90, 6, "Kommunfullmäktige", border="LB")
    pdf.cell(55, 6, "Sammanträdesdatum 2024-06-17", border="LB")
    pdf.cell(35, 6, f"Sida {page}(2)", border="LRB")
    pdf.set_xy(15, 32)


def make_eda() -> None:
    pdf = new_pdf("Protokollsutdrag KF 2024-06-17 § 48", "Eda kommun", dt.datetime(2024, 6, 20, 9, 0, tzinfo=dt.UTC))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    eda_header(pdf, 1)
    page = 1
    for kind, text in EDA_BODY:
        if pdf.get_y() > 215 and page == 1:
            pdf.add_page()
            page = 2
            eda_header(pdf, 2)
        if kind == "h":
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(180, 7, text)
        elif kind == "b":
            pdf.ln(2)
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(180, 5, text)
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text)
    pdf.ln(10)
    pdf.set_font("F", "", 9)
    y = pdf.get_y()
    for i, (role, name) in enumerate(
        [("Ordförande", "Göran Nylander"), ("Justerare", "Per Ståhl (M)"), ("Justerare", "Ingrid Waern (V)")]
    ):
        pdf.set_xy(15 + i * 60, y)
        pdf.cell(55, 5, role)
        pdf.set_xy(15 + i * 60, y + 12)
        pdf.cell(55, 5, "........................................")
        pdf.set_xy(15 + i * 60, y + 17)
        pdf.cell(55, 5, name)
    pdf.set_xy(15, y + 30)
    pdf.multi_cell(180, 5, "Utdragsbestyrkande\nUtdraget bestyrks 2024-06-24    Ulrika Bäck, sekreterare")
    pdf.output(str(DOCS / "eda-kf-2024-06-17-protokollsutdrag.pdf"))


# ---------------------------------------------------------------------------------------------
# PDF 2: Dals-Eds kommun, barn- och utbildningsnämnden 2024-05-22, full protocol, §§ 28-31.
# First page: label column (Plats och tid, Beslutande, ...) beside the text; later pages: running
# header "Dals-Eds kommun | Barn- och utbildningsnämnden | 2024-05-22" and the § number in the margin.

DALSED_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Ed, sal Dalsland, onsdagen den 22 maj 2024 kl. 08.30–11.45"),
    ("Beslutande", "Jan Ludvigsson (C), ordförande\nElin Moberg (S), vice ordförande\nTorbjörn Ask (M)\n"
                   "Sara Holm (SD)\nMarie Gren (S)\nAnders Kvist (KD), tjänstgörande ersättare för Hanna Berg "
                   "(KD)\nOskar Lindh (L)"),
    ("Ersättare", "Kerstin Dahl (S)\nPatrik Edvinsson (C)"),
    ("Övriga deltagare", "Gunilla Sjöberg, förvaltningschef\nRobin Åkesson, controller §§ 28–29\n"
                         "Lisa Frisk, nämndsekreterare"),
    ("Utses att justera", "Elin Moberg (S)"),
    ("Justeringens plats och tid", "Kommunhuset, Ed, 2024-05-27"),
    ("Paragrafer", "28–31"),
    ("Sekreterare", "...........................................\nLisa Frisk"),
    ("Ordförande", "...........................................\nJan Ludvigsson"),
    ("Justerande", "...........................................\nElin Moberg"),
    ("", "BEVIS OM ANSLAG\nProtokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
         "digitala anslagstavla.\nOrgan: Barn- och utbildningsnämnden\nSammanträdesdatum: 2024-05-22\n"
         "Anslaget sätts upp: 2024-05-28    Anslaget tas ned: 2024-06-19\n"
         "Förvaringsplats för protokollet: Kommunkansliet, Ed"),
]

DALSED_PARAS: list[tuple[str, str]] = [
    ("§ 28", "Riktlinjer för skolskjuts från läsåret 2024/2025"),
    ("", "Dnr BUN 2024/23"),
    ("", "Förvaltningen har reviderat riktlinjerna för skolskjuts. Avståndsgränsen för årskurs 4–6 "
         "föreslås bli 3 kilometer. Riktlinjerna ska tillämpas från 2024-08-19. Av 10 kap. 32 § "
         "skollagen (2010:800) följer att eleven har rätt till kostnadsfri skolskjuts."),
    ("", "Beslutsunderlag\nTjänsteskrivelse 2024-04-30, förvaltningschefen"),
    ("", "Yrkanden\nJan Ludvigsson (C) yrkar bifall till förvaltningens förslag.\n"
         "Sara Holm (SD) yrkar avslag."),
    ("", "Propositionsordning och omröstning\nOrdföranden ställer proposition på bifall och avslag och finner "
         "att nämnden bifaller förvaltningens förslag. Omröstning begärs. Ja-röst för bifall, nej-röst för "
         "avslag. Omröstningen utfaller med fem ja-röster mot två nej-röster. Ingen avstår."),
    ("", "Barn- och utbildningsnämndens beslut\n1. Riktlinjer för skolskjuts antas.\n"
         "2. Riktlinjerna gäller från och med läsåret 2024/2025."),
    ("", "Reservation\nSara Holm (SD) reserverar sig mot beslutet."),
    ("§ 29", "Samverkansavtal om gymnasieutbildning med Bengtsfors kommun och Åmåls kommun"),
    ("", "Dnr BUN 2024/27"),
    ("", "Dals-Eds kommun, Bengtsfors kommun och Åmåls kommun har förhandlat fram ett nytt samverkansavtal "
         "om gymnasieutbildning. Avtalet innebär att eleverna i de tre kommunerna har fritt sök till varandras "
         "program. Avtalet gäller 2024-07-01–2028-06-30."),
    ("", "Beslutsunderlag\nTjänsteskrivelse 2024-05-06, förvaltningschefen\nSamverkansavtal om "
         "gymnasieutbildning, utkast 2024-04-22"),
    ("", "Barn- och utbildningsnämndens beslut\nBarn- och utbildningsnämnden godkänner samverkansavtal om "
         "gymnasieutbildning mellan Dals-Eds kommun, Bengtsfors kommun och Åmåls kommun."),
    ("", "Beslutet skickas till\nBengtsfors kommun\nÅmåls kommun"),
    ("§ 30", "Svar på remiss – Lokalförsörjningsplan 2025–2028"),
    ("", "Dnr BUN 2024/31, KS 2024/88"),
    ("", "Kommunstyrelsen har skickat förslag till lokalförsörjningsplan 2025–2028 på remiss till "
         "barn- och utbildningsnämnden. Svar ska lämnas senast 2024-06-07. Förvaltningen föreslår att nämnden "
         "framhåller behovet av en ny förskola i Ed."),
    ("", "Beslutsunderlag\nTjänsteskrivelse 2024-05-10, förvaltningschefen\nKommunstyrelsens remiss "
         "2024-04-15"),
    ("", "Yrkanden\nTorbjörn Ask (M) yrkar bifall till förvaltningens förslag."),
    ("", "Barn- och utbildningsnämndens beslut\n1. Nämnden antar förvaltningens förslag till yttrande.\n"
         "2. Yttrandet överlämnas till kommunstyrelsen."),
    ("", "Särskilt yttrande\nElin Moberg (S) m.fl. lämnar ett särskilt yttrande: ”Vi anser att renoveringen "
         "av Hagaskolan måste tidigareläggas.”"),
    ("", "Beslutet skickas till\nKommunstyrelsen"),
    ("§ 31", "Anmälan av delegationsbeslut"),
    ("", "Dnr BUN 2024/4"),
    ("", "Förteckning över delegationsbeslut fattade under april 2024 redovisas."),
    ("", "Barn- och utbildningsnämndens beslut\nRedovisningen läggs till handlingarna."),
]


def dalsed_header(pdf: FPDF) -> None:
    pdf.set_font("F", "", 8)
    pdf.set_xy(15, 10)
    pdf.cell(60, 5, "Dals-Eds kommun")
    pdf.cell(70, 5, "Barn- och utbildningsnämnden")
    pdf.cell(50, 5, "2024-05-22", align="R")
    pdf.line(15, 16, 195, 16)
    pdf.set_xy(15, 22)


def make_dalsed() -> None:
    pdf = new_pdf("Protokoll BUN 2024-05-22", "Dals-Eds kommun", dt.datetime(2024, 5, 28, 7, 30, tzinfo=dt.UTC))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.set_xy(15, 15)
    pdf.cell(180, 8, "SAMMANTRÄDESPROTOKOLL")
    pdf.set_xy(15, 23)
    pdf.set_font("F", "", 10)
    pdf.cell(180, 6, "Dals-Eds kommun – Barn- och utbildningsnämnden")
    pdf.set_xy(15, 34)
    for label, text in DALSED_FIRST:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(45, 5, label)
        pdf.set_xy(62, y)
        pdf.set_font("F", "", 9)
        pdf.multi_cell(133, 5, text)
        pdf.ln(2)
    pdf.add_page()
    dalsed_header(pdf)
    for margin, text in DALSED_PARAS:
        lines = text.count("\n") + 1 + len(text) // 95
        if pdf.get_y() + lines * 5 > 275:
            pdf.add_page()
            dalsed_header(pdf)
        y = pdf.get_y()
        if margin:
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("F", "B", 11)
            pdf.set_xy(15, y)
            pdf.cell(20, 6, margin)
            pdf.set_xy(37, y)
            pdf.multi_cell(158, 6, text)
        else:
            pdf.set_font("F", "", 10)
            pdf.set_xy(37, y)
            pdf.multi_cell(158, 5, text)
        pdf.ln(1.5)
    pdf.output(str(DOCS / "dalsed-bun-2024-05-22-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Aneby kommun, socialnämnden 2024-05-15, full protocol, §§ 38-41.
# First page as a two-column Word table (label | text); attendance as a roster table with
# Ledamöter and Ersättare side by side and a presence column ("X", "Frånvarande", "Tjänstgör").

ANEBY_META: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Aneby, sammanträdesrum Furuhäll, kl. 13.30–16.05"),
    ("Övriga närvarande", "Helena Roos, socialchef\nMattias Grahn, enhetschef, § 38\n"
                          "Therese Kvist, nämndsekreterare"),
    ("Justerare", "Emil Strand"),
    ("Justeringens plats och tid", "Socialkontoret, 2024-05-20"),
    ("Underskrifter", "Sekreterare ...............................  Paragrafer §§ 38–41\nTherese Kvist\n\n"
                      "Ordförande ...............................\nUlla Bergkvist\n\n"
                      "Justerare ...............................\nEmil Strand"),
]

ANEBY_ROSTER: list[tuple[str, str, str, str, str, str]] = [
    ("Ledamöter", "Parti", "Närvaro", "Ersättare", "Parti", "Närvaro"),
    ("Ulla Bergkvist, ordförande", "C", "X", "Bengt Alm", "KD", "Tjänstgör"),
    ("Emil Strand, vice ordförande", "S", "X", "Sara Wik", "S", "X"),
    ("Karin Holm", "KD", "Frånvarande", "Nils Dahlgren", "SD", "–"),
    ("Jörgen Sjö", "M", "X", "", "", ""),
    ("Leila Ahmadi", "S", "X", "", "", ""),
    ("Stig Ivarsson", "SD", "X", "", "", ""),
    ("Maja Fors", "C", "X", "", "", ""),
]

ANEBY_PARAS: list[tuple[str, str]] = [
    ("h", "§ 38 Svar på remiss – Motion om anhörigstöd dygnet runt"),
    ("p", "Dnr SN 2024/41"),
    ("p", "Leila Ahmadi (S) har i en motion till kommunfullmäktige 2024-01-29 föreslagit att Aneby kommun "
          "inför en anhöriglinje som är bemannad dygnet runt. Kommunstyrelsen har remitterat motionen till "
          "socialnämnden för yttrande senast 2024-06-01. Förvaltningen bedömer att behovet kan mötas genom "
          "samverkan med Region Jönköpings län och föreslår att motionen avslås."),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2024-04-25, socialchef Helena Roos"),
    ("b", "Yrkanden"),
    ("p", "Leila Ahmadi (S) yrkar bifall till motionen. Ulla Bergkvist (C) yrkar bifall till förvaltningens "
          "förslag."),
    ("b", "Omröstning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens "
          "förslag. Omröstning begärs. Ja för förvaltningens förslag, nej för Leila Ahmadis yrkande. "
          "Omröstningen utfaller med 5 ja-röster och 2 nej-röster."),
    ("b", "Socialnämndens beslut"),
    ("num", "Socialnämnden antar förvaltningens tjänsteskrivelse som sitt yttrande."),
    ("num", "Socialnämnden föreslår att motionen avslås."),
    ("b", "Reservation"),
    ("p", "Emil Strand (S) och Leila Ahmadi (S) reserverar sig mot beslutet."),
    ("p", "Beslutet skickas till: Kommunstyrelsen"),
    ("h", "§ 39 Idéburet offentligt partnerskap med Jönköpings Stadsmission"),
    ("p", "Dnr SN 2024/36"),
    ("p", "Förvaltningen har tillsammans med Jönköpings Stadsmission tagit fram en överenskommelse om "
          "idéburet offentligt partnerskap för stöd till personer i hemlöshet. Överenskommelsen gäller "
          "2024-06-01–2026-12-31 och ersättningen är 350 000 kronor per år."),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2024-04-29, socialchef Helena Roos"),
    ("b", "Socialnämndens beslut"),
    ("num", "Överenskommelse om idéburet offentligt partnerskap mellan Aneby kommun och Jönköpings "
            "Stadsmission godkänns."),
    ("num", "Paragrafen justeras omedelbart."),
    ("b", "Protokollsanteckning"),
    ("p", "Stig Ivarsson (SD) antecknar till protokollet att partnerskapet bör utvärderas efter ett år."),
    ("p", "Beslutet skickas till: Jönköpings Stadsmission"),
    ("h", "§ 40 Ekonomisk uppföljning per april 2024"),
    ("p", "Dnr SN 2024/9"),
    ("p", "Socialnämnden prognostiserar ett underskott om 2,1 miljoner kronor, främst inom individ- och "
          "familjeomsorgen och betalningsansvaret för utskrivningsklara patienter. Inspektionen för vård och "
          "omsorg beslutade 2024-03-14 att avsluta sitt tillsynsärende om bemanningen i hemtjänsten."),
    ("b", "Socialnämndens beslut"),
    ("p", "Socialnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen."),
    ("b", "Särskilt yttrande"),
    ("p", "Jörgen Sjö (M) lämnar ett särskilt yttrande om behovet av åtgärder för att nå budget i balans."),
    ("h", "§ 41 Anmälan av delegationsbeslut"),
    ("p", "Dnr SN 2024/3"),
    ("b", "Socialnämndens beslut"),
    ("p", "Redovisningen av delegationsbeslut för april 2024 läggs till handlingarna."),
]


def make_aneby() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ANEBY KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden\tSammanträdesdatum 2024-05-15"
    sec.footer.paragraphs[0].text = "Justerandes signatur ........\tUtdragsbestyrkande ........"
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    row = t.add_row().cells
    row[0].text, row[1].text = ANEBY_META[0]
    row = t.add_row().cells
    row[0].text = "Beslutande"
    row[1].text = "Se närvarolista nedan"
    for label, text in ANEBY_META[1:]:
        row = t.add_row().cells
        row[0].text, row[1].text = label, text
    d.add_paragraph("")
    d.add_paragraph("Närvarolista")
    r = d.add_table(rows=0, cols=6)
    r.style = "Table Grid"
    for values in ANEBY_ROSTER:
        cells = r.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    d.add_paragraph("")
    d.add_paragraph(
        "ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
        "Organ: Socialnämnden\nSammanträdesdatum: 2024-05-15\nDatum då anslaget sätts upp: 2024-05-21\n"
        "Datum då anslaget tas ned: 2024-06-12\nFörvaringsplats för protokollet: Socialkontoret"
    )
    d.add_page_break()
    for kind, text in ANEBY_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Aneby kommun"
    cp.last_modified_by = "Aneby kommun"
    cp.title = "Protokoll socialnämnden 2024-05-15"
    fixed = dt.datetime(2024, 5, 20, 10, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "aneby-sn-2024-05-15-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_eda()
    make_dalsed()
    make_aneby()
