"""Generate the binary documents of tests/heldout45/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout45/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout45/gold/
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
FIXED_PDF = dt.datetime(2024, 6, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 28, 15, 0, 0)
ZIP_TIME = (2024, 3, 28, 15, 0, 0)

# PDF: Timrå kommun, kommunfullmäktige 2024-06-17, full protocol (§§ 54–56) with an e-signing page.
# Item kinds: "page" new page, "kv" label/value row, "h" bold heading, "p" paragraph,
# "case" three columns (agenda item | § | Dnr), "sig" four columns of the signing log.
PDF_ITEMS: list[tuple[str, ...]] = [
    ("page",),
    ("h", "PROTOKOLL"),
    ("p", "Kommunfullmäktige"),
    ("kv", "Sammanträdesdatum", "2024-06-17"),
    ("kv", "Plats och tid", "Folkets hus, Timrå, kl. 09.00–16.20"),
    ("kv", "Beslutande", "37 ledamöter och 4 tjänstgörande ersättare enligt närvaro- och voteringslista, bilaga 1"),
    ("kv", "Presidium", "Göran Westin (S), ordförande"),
    ("kv", "", "Ingela Mård (C), 1:e vice ordförande"),
    ("kv", "", "Per-Erik Strand (M), 2:e vice ordförande"),
    ("kv", "Övriga deltagare", "Monica Edlund, kommunsekreterare"),
    ("kv", "", "Patrik Sjödin, ekonomichef, § 54"),
    ("kv", "Justering", "Protokollet är digitalt justerat. Justerare framgår av signeringssidan."),
    ("kv", "Paragrafer", "54–56"),
    ("p", "ANSLAG/BEVIS: Protokollet har justerats digitalt. Anslaget på kommunens digitala anslagstavla "
          "2024-06-20 till och med 2024-07-12. Förvaringsplats: Kommunkansliet."),
    ("page",),
    ("case", "Ärende 3", "KF § 54", "Dnr KS 2024/0098"),
    ("h", "Mål och budget 2025–2027 samt skattesats för 2025"),
    ("p", "Kommunstyrelsen föreslår i sitt förslag till Mål och budget 2025–2027 en total driftbudget för 2025 "
          "på 1 182,0 mnkr. Barn- och utbildningsnämndens ram för 2025 utökas med 48,3 mnkr jämfört med 2024 och "
          "socialnämnden tillförs 2 450 tkr för hemtjänsten. Investeringsbudgeten för 2025 uppgår till "
          "112,5 mnkr. Prognosen för det egna kapitalet avser ställningen per 2024-12-31. Timråbo AB:s "
          "investeringar ingår inte i kommunens investeringsbudget."),
    ("p", "Beslutsunderlag: Ekonomiavdelningens tjänsteskrivelse 2024-05-10. Kommunstyrelsen 2024-05-28, § 92. "
          "Budgetdialog med nämnderna 2024-04-23."),
    ("p", "Yrkanden: Anna-Lena Sjöström (S) yrkar bifall till kommunstyrelsens förslag. Kent Ohlsson (M) yrkar "
          "bifall till Moderaternas budgetförslag. Lotta Nyberg (SD) yrkar bifall till Sverigedemokraternas "
          "budgetförslag."),
    ("p", "Propositionsordning: Ordföranden ställer de tre förslagen mot varandra och finner att "
          "kommunstyrelsens förslag vinner. Till motförslag i huvudvoteringen utses Moderaternas "
          "budgetförslag. Votering begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för Moderaternas "
          "budgetförslag."),
    ("p", "Voteringsresultat: Ja 24, Nej 12, Avstår 5, Frånvarande 0 (se bilaga 1)."),
    ("h", "Kommunfullmäktiges beslut"),
    ("p", "1. Mål och budget 2025–2027 fastställs enligt kommunstyrelsens förslag."),
    ("p", "2. Skattesatsen för 2025 fastställs till 22,54 kronor per skattekrona."),
    ("p", "3. Kommunstyrelsen ges rätt att under 2025 nyupplåna, det vill säga öka kommunens skulder under år "
          "2025, med högst 150,0 mnkr."),
    ("p", "Reservation: Kent Ohlsson (M) m.fl. reserverar sig mot beslutet till förmån för eget yrkande."),
    ("p", "Särskilt yttrande: Lotta Nyberg (SD) lämnar ett särskilt yttrande för Sverigedemokraterna, bilaga 2."),
    ("p", "Beslutet skickas till: Samtliga nämnder, Timråbo AB, Timrå Vatten AB"),
    ("page",),
    ("case", "Ärende 4", "KF § 55", "Dnr KS 2023/0211"),
    ("h", "Svar på motion om fler laddplatser för elbilar"),
    ("p", "Erik Lundberg (C) föreslår i en motion daterad 2023-09-25 att kommunen ska bygga ut publika "
          "laddplatser vid skolor och idrottsanläggningar. Kommunfullmäktige överlämnade motionen till "
          "kommunstyrelsen 2023-10-23, § 97. Förvaltningen redovisar att 24 laddplatser har tillkommit sedan "
          "motionen väcktes och att Timråbo AB planerar ytterligare laddplatser under 2025–2026."),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2024-04-22. Kommunstyrelsen 2024-05-28, § 95."),
    ("p", "Yrkanden: Erik Lundberg (C) yrkar bifall till motionen. Birgitta Holmqvist (S) yrkar bifall till "
          "kommunstyrelsens förslag."),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige beslutar enligt "
          "kommunstyrelsens förslag."),
    ("h", "Kommunfullmäktiges beslut"),
    ("p", "Motionen anses besvarad."),
    ("p", "Reservation: Erik Lundberg (C) reserverar sig mot beslutet."),
    ("case", "Ärende 5", "KF § 56", "Dnr KS 2024/0140"),
    ("h", "Samverkansavtal om IT-drift med Sundsvalls kommun"),
    ("p", "Timrå kommun och Sundsvalls kommun har tagit fram ett samverkansavtal om gemensam IT-drift. "
          "Samverkan sker som horisontellt samarbete enligt 3 kap. 17 § lagen (2016:1145) om offentlig "
          "upphandling. Avtalet gäller 2025-01-01–2027-12-31. Kostnaden för Timrå kommun beräknas till "
          "6 300 tkr per år."),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2024-05-20. Kommunstyrelsen 2024-06-04, § 104."),
    ("h", "Kommunfullmäktiges beslut"),
    ("p", "1. Samverkansavtalet med Sundsvalls kommun godkänns."),
    ("p", "2. Paragrafen justeras omedelbart."),
    ("p", "Beslutet skickas till: Sundsvalls kommun"),
    ("page",),
    ("h", "Signeringssida"),
    ("p", "Detta dokument har signerats elektroniskt. Protokoll Kommunfullmäktige 2024-06-17. "
          "Dokument-ID: TIM-KF-2024-0617-8842"),
    ("sig", "Namn", "Roll", "E-post", "Signerat"),
    ("sig", "Monica Edlund", "Sekreterare", "monica.edlund@timra.se", "2024-06-18 14:02 BankID"),
    ("sig", "Göran Westin", "Ordförande", "goran.westin@timra.se", "2024-06-19 08:11 BankID"),
    ("sig", "Birgitta Holmqvist", "Justerare", "birgitta.holmqvist@timra.se", "2024-06-19 10:47 BankID"),
    ("sig", "Tobias Nordin", "Justerare", "tobias.nordin@timra.se", "2024-06-20 07:30 BankID"),
    ("p", "Samtliga underskrifter har gjorts med e-legitimation (Signerat med BankID). Protokollet är "
          "digitalt justerat."),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunfullmäktige 2024-06-17")
    pdf.set_author("Timrå kommun")
    pdf.set_creator("heldout45")
    pdf.set_producer("heldout45")
    pdf.set_auto_page_break(auto=True, margin=20)
    for item in PDF_ITEMS:
        kind = item[0]
        if kind == "page":
            pdf.add_page()
            pdf.set_font("F", "", 8)
            pdf.cell(90, 5, "Timrå kommun")
            pdf.cell(90, 5, "Kommunfullmäktige 2024-06-17", align="R")
            pdf.ln(10)
        elif kind == "h":
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(180, 7, item[1])
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, item[1])
            pdf.ln(2)
        elif kind == "kv":
            y = pdf.get_y()
            pdf.set_font("F", "B", 9)
            pdf.set_xy(15, y)
            pdf.cell(40, 5, item[1])
            pdf.set_font("F", "", 10)
            pdf.set_xy(57, y)
            pdf.multi_cell(138, 5, item[2])
            pdf.ln(1)
        elif kind == "case":
            pdf.ln(3)
            pdf.set_font("F", "", 9)
            for width, text in zip((40, 60, 80), item[1:], strict=True):
                pdf.cell(width, 6, text, border="B")
            pdf.ln(8)
        elif kind == "sig":
            pdf.set_font("F", "B" if item[1] == "Namn" else "", 8)
            for width, text in zip((40, 28, 62, 50), item[1:], strict=True):
                pdf.cell(width, 6, text, border=1)
            pdf.ln(6)
    pdf.output(str(DOCS / "timra-kf-2024-06-17-protokoll.pdf"))


# DOCX: Mora kommun, socialnämnden 2024-03-26, protokollsutdrag (1 §) from the meeting system.
DOCX_ITEMS: list[tuple[str, ...]] = [
    ("p", "MORA KOMMUN\tPROTOKOLLSUTDRAG"),
    ("p", "Socialnämnden\tSammanträdesdatum 2024-03-26"),
    ("p", "Protokollet är digitalt justerat, se signeringslogg sist i utdraget."),
    ("table", "Ärende", "Paragraf", "Diarienummer"),
    ("row", "6", "§ 34", "SN 2024/0087"),
    ("h", "Uppföljning av internkontrollplan 2023"),
    ("b", "Sammanfattning"),
    ("p", "Socialnämnden fastställde internkontrollplanen för 2023 den 2023-02-21, § 18. Uppföljningen visar att "
          "granskningen av lex Sarah-rapporter enligt 14 kap. 3 § socialtjänstlagen (2001:453) och av "
          "handläggningstider har genomförts. Två avvikelser har rapporterats till Inspektionen för vård och "
          "omsorg (IVO). Kommunens revisorer har i sin granskningsrapport 2024-02-15 efterfrågat tätare "
          "återrapportering."),
    ("b", "Beslutsunderlag"),
    ("p", "Förvaltningens tjänsteskrivelse 2024-03-11"),
    ("p", "Uppföljning av internkontrollplan 2023, daterad 2024-03-04"),
    ("b", "Yrkande"),
    ("p", "Lars Berglund (C) yrkar bifall till förvaltningens förslag."),
    ("b", "Beslut"),
    ("num", "Redovisningen godkänns och läggs till handlingarna."),
    ("num", "Förvaltningen får i uppdrag att återrapportera åtgärderna till nämnden senast 2024-10-31."),
    ("b", "Protokollsanteckning"),
    ("p", "Ewa Östlund (S) och Kjell Rehn (SD) antecknar att nämnden bör få kvartalsvis information om "
          "avvikelserna."),
    ("b", "Protokollsutdrag skickas till"),
    ("p", "Kommunstyrelsen"),
    ("p", "Kvalitetsstrateg"),
    ("b", "Signeringslogg"),
    ("p", "Detta dokument har signerats elektroniskt. Dokument-ID 9d41-ff20-7c3e"),
    ("sig", "Namn", "Roll", "Identitet", "Tidpunkt"),
    ("sig", "Karin Backlund", "Sekreterare", "karin.backlund@mora.se", "2024-03-27 09:05 – Signerat med BankID"),
    ("sig", "Lars Berglund", "Ordförande", "lars.berglund@politiker.mora.se", "2024-03-27 18:40 – Signerat med BankID"),
    ("sig", "Ewa Östlund", "Justerare", "ewa.ostlund@politiker.mora.se", "2024-03-28 07:12 – Signerat med BankID"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    table = None
    for item in DOCX_ITEMS:
        kind = item[0]
        if kind in ("table", "sig") and (table is None or item[1] in ("Ärende", "Namn")):
            table = d.add_table(rows=0, cols=len(item) - 1)
            table.style = "Table Grid"
        if kind in ("table", "row", "sig"):
            cells = table.add_row().cells
            for cell, text in zip(cells, item[1:], strict=True):
                cell.text = text
            continue
        table = None
        if kind == "h":
            d.add_heading(item[1], level=2)
        elif kind == "b":
            d.add_paragraph().add_run(item[1]).bold = True
        elif kind == "num":
            d.add_paragraph(item[1], style="List Number")
        else:
            d.add_paragraph(item[1])
    cp = d.core_properties
    cp.author = "Mora kommun"
    cp.last_modified_by = "Mora kommun"
    cp.title = "Protokollsutdrag SN 2024-03-26 § 34"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "mora-sn-2024-03-26-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
