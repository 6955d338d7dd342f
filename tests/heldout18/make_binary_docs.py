"""Generate the binary documents of tests/heldout18/docs (one DOCX, one PDF).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout18/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout18/gold/
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
FIXED_DOCX = dt.datetime(2024, 4, 16, 11, 0, 0)

# ------------------------------------------------------------------------------------------------
# DOCX: Tomelilla kommun, samhällsbyggnadsnämnden 2024-04-10, full protocol (§§ 41-43), hybrid meeting.
# Kinds: "p" normal, "b" bold normal, "h1" Heading 1 (§ line), "h2" Heading 2 (section), "bul" List Bullet,
# "num" List Number.

ATTENDANCE = [
    ("Namn", "Parti", "Uppdrag", "Deltog"),
    ("Ulla Hansson Lind", "M", "Ordförande", "I sammanträdesrummet"),
    ("Lejla Hodžić", "S", "Vice ordförande", "Digitalt via Teams"),
    ("Stig von Platen", "SD", "Ledamot", "I sammanträdesrummet"),
    ("Per-Anders Mårtensson", "C", "Ledamot", "Digitalt via Teams"),
    ("Kristina Olofsson", "Kd", "Ledamot", "I sammanträdesrummet"),
    ("Mikael Svensson", "SD", "Ledamot", "I sammanträdesrummet"),
    ("Tomasz Kowalski", "M", "Tjänstgörande ersättare för Eva Jeppsson (M)", "Digitalt via Teams"),
    ("Annika Lind", "S", "Ersättare", "Digitalt via Teams"),
    ("Omar Saleh", "L", "Ersättare", "I sammanträdesrummet"),
]

STAFF = [
    ("Övriga närvarande", "Befattning", "Deltog"),
    ("Jenny Ahlgren", "samhällsbyggnadschef", "I sammanträdesrummet"),
    ("Petra Falk", "nämndsekreterare", "I sammanträdesrummet"),
    ("Erik Bergquist", "planarkitekt, § 43", "Digitalt via Teams"),
]

FRONT = [
    ("b", "Samhällsbyggnadsnämnden"),
    ("p", "Plats och tid: Kommunhuset, sammanträdesrum Bryggan, Tomelilla, samt digitalt via Teams, "
          "onsdagen den 10 april 2024 kl. 13.00–15.30"),
    ("p", "Sammanträdet genomfördes som ett hybridmöte enligt 5 kap. 16 § kommunallagen och kommunfullmäktiges "
          "beslut 2022-12-12, § 201. Ledamöter som deltog på distans anges i kolumnen Deltog."),
    ("table", "ATTENDANCE"),
    ("table", "STAFF"),
    ("p", "Utses att justera: Stig von Platen (SD)"),
    ("p", "Justeringens plats och tid: Digital justering 16.04.2024"),
    ("p", "Justerade paragrafer: §§ 41–43"),
    ("table", "SIGN"),
]

SIGN = [
    ("Sekreterare", "Petra Falk"),
    ("Ordförande", "Ulla Hansson Lind"),
    ("Justerare", "Stig von Platen"),
]

PARAS = [
    ("h1", "§ 41 Val av justerare"),
    ("h2", "Beslut"),
    ("p", "Samhällsbyggnadsnämnden utser Stig von Platen (SD) att jämte ordföranden justera dagens protokoll."),
    ("h1", "§ 42 Yttrande över remiss från Vattenmyndigheten Södra Östersjön – förslag till åtgärdsprogram "
           "för havsmiljön"),
    ("p", "Dnr SBN 2024/00045"),
    ("h2", "Ärendebeskrivning"),
    ("p", "Vattenmyndigheten Södra Östersjön har skickat förslaget på remiss till kommunerna i vattendistriktet "
          "(Vattenmyndighetens dnr 537-2211-2024). Kommunstyrelsen överlämnade remissen 28.02.2024 till "
          "samhällsbyggnadsnämnden för besvarande. Sista svarsdag är 30.04.2024."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, samhällsbyggnadschef Jenny Ahlgren, 21.03.2024"),
    ("p", "Remisshandling, 31.01.2024"),
    ("h2", "Yrkanden"),
    ("p", "Kristina Olofsson (Kd) yrkar bifall till förvaltningens förslag."),
    ("h2", "Beslut"),
    ("p", "Samhällsbyggnadsnämnden beslutar att"),
    ("bul", "anta förvaltningens förslag till yttrande som sitt eget,"),
    ("bul", "översända yttrandet till Vattenmyndigheten Södra Östersjön."),
    ("h2", "Särskilt yttrande"),
    ("p", "Per-Anders Mårtensson (C) lämnar ett särskilt yttrande: ”Kommunen borde ha lyft lantbrukets "
          "förutsättningar tydligare i yttrandet.”"),
    ("p", "Ersättaren Omar Saleh (L) ansluter sig till Per-Anders Mårtenssons särskilda yttrande."),
    ("h2", "Beslutet skickas till"),
    ("p", "Vattenmyndigheten Södra Östersjön, Kommunstyrelsen"),
    ("h1", "§ 43 Markanvisningsavtal med Österlenhem AB för kvarteret Lärkan"),
    ("p", "Dnr SBN 2023/00311"),
    ("h2", "Ärendebeskrivning"),
    ("p", "Kommunstyrelsen gav 15.11.2023, § 188, samhällsbyggnadsnämnden i uppdrag att ta fram ett "
          "markanvisningsavtal för kvarteret Lärkan. Förslaget till markanvisningsavtal mellan Tomelilla kommun "
          "och Österlenhem AB omfattar cirka 40 lägenheter. Detaljplanen vann laga kraft 30/6 2022. Planarkitekt "
          "Erik Bergquist redogör för ärendet."),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 27.03.2024"),
    ("p", "Förslag till markanvisningsavtal, daterat 20.03.2024"),
    ("h2", "Yrkanden"),
    ("p", "Ordföranden Ulla Hansson Lind (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Lejla Hodžić (S) yrkar att ärendet återremitteras för att utreda andelen hyresrätter."),
    ("p", "Per-Anders Mårtensson (C) instämmer i Lejla Hodžićs återremissyrkande."),
    ("h2", "Propositionsordning"),
    ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det ska "
          "avgöras i dag. Votering begärs. Ja-röst för att avgöra ärendet i dag, nej-röst för återremiss."),
    ("h2", "Omröstningsresultat"),
    ("table", "VOTE"),
    ("p", "Med 5 ja-röster mot 2 nej-röster beslutar nämnden att avgöra ärendet i dag. Ordföranden ställer "
          "därefter proposition på bifall till förvaltningens förslag och finner att nämnden bifaller det."),
    ("h2", "Beslut"),
    ("p", "Samhällsbyggnadsnämnden beslutar att"),
    ("num", "godkänna markanvisningsavtalet med Österlenhem AB,"),
    ("num", "uppdra åt samhällsbyggnadschefen att underteckna avtalet,"),
    ("num", "paragrafen justeras omedelbart."),
    ("h2", "Reservation"),
    ("p", "Lejla Hodžić (S) och Per-Anders Mårtensson (C) reserverar sig mot beslutet att inte återremittera "
          "ärendet."),
    ("h2", "Beslutet skickas till"),
    ("p", "Österlenhem AB, Lantmäteriet, Kommunstyrelsen"),
]

VOTE = [("", "Ja", "Nej", "Avstår"), ("Antal röster", "5", "2", "0")]
TABLES = {"ATTENDANCE": ATTENDANCE, "STAFF": STAFF, "SIGN": SIGN, "VOTE": VOTE}


def _table(d: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "TOMELILLA KOMMUN\tSAMMANTRÄDESPROTOKOLL"
    section.header.add_paragraph("Samhällsbyggnadsnämnden\tSammanträdesdatum 10.04.2024")
    section.footer.paragraphs[0].text = "Justerandes signatur\tUtdragsbestyrkande"
    for kind, text in FRONT + PARAS:
        if kind == "table":
            _table(d, TABLES[text])
        elif kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "bul":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Tomelilla kommun"
    cp.last_modified_by = "Tomelilla kommun"
    cp.title = "Protokoll samhällsbyggnadsnämnden 2024-04-10"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    _save_zip(d, DOCS / "tomelilla-sbn-2024-04-10-protokoll.docx", (2024, 4, 16, 11, 0, 0))


def _save_zip(d: docx.document.Document, path: Path, stamp: tuple[int, int, int, int, int, int]) -> None:
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    path.write_bytes(out.getvalue())


# ------------------------------------------------------------------------------------------------
# PDF: Bjuvs kommun, kommunfullmäktige 2024-06-13, protokollsutdrag (§ 67) with a written reservation
# appended as Bilaga 1 on page 2. Label column on the left, text on the right.

PDF_PAGE1: list[tuple[str, str]] = [
    ("Organ", "Kommunfullmäktige"),
    ("Sammanträdesdatum", "torsdagen den 13 juni 2024"),
    ("Beslutande", "Se närvaro- och voteringslista, bilaga 2"),
    ("Justerare", "Kerstin Öberg (M) och Jovan Nikolić (S)"),
    ("", ""),
    ("KF § 67", "Borgensåtagande för AB Bjuvsbostäder 2024–2026"),
    ("Dnr", "KS 2024/118-045"),
    ("Ärendet", "AB Bjuvsbostäder behöver låna upp till 180 miljoner kronor för nyproduktion i Ekeby och "
                "Billesholm. Bolagets styrelse begärde 22/4 2024 att kommunen ska gå i borgen. Lånen tas upp "
                "genom Kommuninvest i Sverige AB. Borgensavgiften ska vara marknadsmässig enligt "
                "2 kap. 8 § kommunallagen (2017:725)."),
    ("Beslutsunderlag", "Tjänsteskrivelse från ekonomiavdelningen, 2024-05-08; Kommunstyrelsens beslut "
                        "2024-05-28, § 98; AB Bjuvsbostäders styrelseprotokoll 2024-04-22."),
    ("Yrkanden", "Kommunstyrelsens ordförande Kenth Alm (SD) yrkar bifall till kommunstyrelsens förslag. "
                 "Marie-Louise Nordström (KV) instämmer i Kenth Alms yrkande. Jovan Nikolić (S) yrkar avslag."),
    ("Propositions-", "Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige"),
    ("ordning", "bifaller kommunstyrelsens förslag. Votering begärs och verkställs. Ja-röst för kommunstyrelsens "
                "förslag, nej-röst för avslag."),
    ("Omröstnings-", "Med 20 ja-röster mot 9 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens"),
    ("resultat", "förslag. 2 ledamöter avstår. Voteringslista, bilaga 2."),
    ("Beslut", "Kommunfullmäktige beslutar"),
    ("", "att såsom för egen skuld ingå borgen för AB Bjuvsbostäders låneförpliktelser upp till ett "
         "totalt belopp om 180 000 000 kronor jämte därpå löpande ränta och kostnader, samt"),
    ("", "att borgensavgiften ska vara 0,35 procent av utnyttjat lånebelopp."),
    ("Reservation", "Socialdemokraternas ledamöter reserverar sig mot beslutet, se bilaga 1."),
    ("Protokolls-", "Kommunens Väl, genom Marie-Louise Nordström (KV), antecknar till protokollet att "
                    "bolagets"),
    ("anteckning", "hyresnivåer i nyproduktionen bör redovisas för fullmäktige innan lånen tas upp."),
    ("Expedieras", "AB Bjuvsbostäder, Kommuninvest i Sverige AB, ekonomiavdelningen"),
    ("", ""),
    ("Ordförande", "Birgitta Lindkvist-Ahl"),
    ("Justerare", "Kerstin Öberg                    Jovan Nikolić"),
    ("Sekreterare", "Yasmin Karimi"),
    ("Utdragsbestyrkande", "Yasmin Karimi, kommunsekreterare, 17.06.2024"),
]

PDF_PAGE2: list[str] = [
    "Bilaga 1",
    "Reservation till kommunfullmäktiges protokoll 13/6 2024, KF § 67",
    "Borgensåtagande för AB Bjuvsbostäder 2024–2026",
    "",
    "Vi socialdemokrater anser att kommunen inte ska ta på sig ett borgensåtagande av den här storleken "
    "utan att bolagets långsiktiga affärsplan först har prövats av fullmäktige. Risken hamnar hos "
    "skattebetalarna i Bjuv.",
    "",
    "För Socialdemokraterna i Bjuvs kommunfullmäktige",
    "",
    "Jovan Nikolić (S)",
    "Nguyen Van Hoa (S)",
    "Eva-Lena Bengtsson van Dijk (S)",
]


class _Pdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(95, 5, "BJUVS KOMMUN")
        self.cell(0, 5, f"PROTOKOLLSUTDRAG   {self.page_no()} (2)", align="R")
        self.ln(5)
        self.set_font("F", "", 9)
        self.cell(95, 5, "Kommunfullmäktige")
        self.cell(0, 5, "2024-06-13", align="R")
        self.ln(9)


def make_pdf() -> None:
    pdf = _Pdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KF 2024-06-13 § 67")
    pdf.set_author("Bjuvs kommun")
    pdf.set_creator("heldout18")
    pdf.set_producer("heldout18")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for label, text in PDF_PAGE1:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.cell(36, 5, label)
        pdf.set_xy(53, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(142, 5, text)
        pdf.ln(1)
    pdf.add_page()
    for line in PDF_PAGE2:
        pdf.set_x(15)
        pdf.set_font("F", "B" if line.startswith(("Bilaga", "Reservation")) else "", 10)
        pdf.multi_cell(180, 5, line)
        pdf.ln(1)
    pdf.output(str(DOCS / "bjuv-kf-2024-06-13-protokollsutdrag.pdf"))


if __name__ == "__main__":
    make_docx()
    make_pdf()
