"""Generate the binary documents of tests/heldout49/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout49/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout49/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 28, 7, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 20, 14, 40, 0)
ZIP_TIME = (2024, 5, 20, 14, 40, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Vimmerby kommun, kultur- och fritidsnämnden 2024-05-21, full protocol, §§ 41-55.
# Attendance as a bordered table Ledamöter | Närv. | Ersättare | Tjänstgör för; many short
# paragraphs flowing several to a page; "§ n" in a margin cell beside the bold title and the
# Dnr right-aligned on the same line.
# ---------------------------------------------------------------------------------------------
ATTENDANCE: list[tuple[str, str, str, str]] = [
    ("Maria Fröjd (C), ordförande", "X", "Ulla Kvist (C)", ""),
    ("Jonny Wahlqvist (S), vice ordförande", "X", "Hamid Rezaei (S)", "Britt-Inger Svärd (S)"),
    ("Britt-Inger Svärd (S)", "Frånv.", "Lena Rosvall (M)", ""),
    ("Kent Ingvarsson (M)", "X", "Göran Fält (SD)", ""),
    ("Peter Malmsjö (M)", "X", "Rune Grip (C)", "Sofie Häll (L)"),
    ("Oskar Lundh (SD)", "X", "Mona Åkerlund (V)", ""),
    ("Annelie Brink (KD)", "X", "", ""),
    ("Tomas Ekelöf (V)", "X", "", ""),
    ("Sofie Häll (L)", "Frånv.", "", ""),
]

# Each paragraph: (number, title, dnr or "", [("label" | "text", str), ...])
PARAGRAPHS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("41", "Val av justerare", "", [
        ("label", "Beslut"),
        ("text", "Kent Ingvarsson (M) utses att jämte ordföranden justera dagens protokoll."),
    ]),
    ("42", "Godkännande av dagordning", "", [
        ("label", "Beslut"),
        ("text", "Dagordningen godkänns med tillägg av ärendet Information om simhallen, som behandlas sist."),
    ]),
    ("43", "Information från förvaltningschefen", "", [
        ("text", "Förvaltningschef Karin Stenholm informerar om rekryteringen av ny bibliotekschef, sommarens "
                 "lovaktiviteter och ansökan om bidrag från Statens kulturråd inom satsningen Stärkta bibliotek."),
        ("label", "Beslut"),
        ("text", "Informationen noteras."),
    ]),
    ("44", "Ekonomisk uppföljning per april 2024", "Dnr KFN/2024:12", [
        ("text", "Ekonom Linnea Sjö redovisar nämndens utfall till och med april. Prognosen för helåret visar "
                 "ett underskott om 0,4 mnkr, främst till följd av ökade energikostnader i Vimmerby ishall. "
                 "Uppföljningen ska lämnas till kommunstyrelsen senast 2024-05-31."),
        ("label", "Beslutsunderlag"),
        ("text", "Förvaltningens tjänsteskrivelse 2024-05-08"),
        ("label", "Beslut"),
        ("text", "Nämnden godkänner uppföljningen."),
    ]),
    ("45", "Internkontrollplan 2024 – uppföljning av kontrollmoment", "Dnr KFN/2023:88", [
        ("text", "Två av fyra kontrollmoment har följts upp, bland annat attest enligt kommunens "
                 "attestreglemente (KF 2019-12-16, § 203). Inga avvikelser har noterats. "
                 "Tjänsteskrivelse 2024-05-06."),
        ("label", "Beslut"),
        ("text", "Nämnden godkänner uppföljningen av internkontrollplanen."),
    ]),
    ("46", "Sammanträdesplan 2025", "Dnr KFN/2024:41", [
        ("text", "Förvaltningen föreslår sammanträden 2025-02-11, 2025-03-18, 2025-05-20, 2025-06-17, "
                 "2025-09-16, 2025-10-21 och 2025-12-09. Tjänsteskrivelse 2024-04-29."),
        ("label", "Beslut"),
        ("text", "Nämnden fastställer sammanträdesplanen för 2025."),
    ]),
    ("47", "Investeringsbidrag till Vimmerby IF för konstgräsplan på Vimarvallen", "Dnr KFN/2024:27", [
        ("label", "Ärendebeskrivning"),
        ("text", "Vimmerby IF ansökte 2024-02-14 om investeringsbidrag med 1 200 000 kronor för att byta "
                 "konstgräs på Vimarvallen. Enligt nämndens riktlinjer för föreningsbidrag (KFN 2021-06-15, "
                 "§ 52) kan bidrag lämnas med högst två tredjedelar av kostnaden. Förvaltningens "
                 "tjänsteskrivelse 2024-05-03 föreslår ett bidrag om 800 000 kronor."),
        ("label", "Yrkanden"),
        ("text", "Jonny Wahlqvist (S) yrkar bifall till förvaltningens förslag."),
        ("text", "Oskar Lundh (SD) yrkar att bidrag beviljas med sökt belopp, 1 200 000 kronor."),
        ("text", "Annelie Brink (KD) instämmer i Oskar Lundhs yrkande."),
        ("label", "Propositionsordning och omröstning"),
        ("text", "Ordföranden ställer yrkandena mot varandra och finner att nämnden bifaller Jonny Wahlqvists "
                 "yrkande. Votering begärs. Ja-röst för Jonny Wahlqvists yrkande, nej-röst för Oskar Lundhs "
                 "yrkande. Med 6 ja-röster mot 2 nej-röster beslutar nämnden enligt Jonny Wahlqvists "
                 "yrkande. En röst lades ned."),
        ("label", "Beslut"),
        ("text", "1. Vimmerby IF beviljas investeringsbidrag med 800 000 kronor."),
        ("text", "2. Bidraget finansieras inom nämndens investeringsram för 2024."),
        ("label", "Reservation"),
        ("text", "Oskar Lundh (SD) och Annelie Brink (KD) reserverar sig mot beslutet till förmån för eget "
                 "yrkande."),
    ]),
    ("48", "Samverkansavtal om Vimmerby kulturnatt med Astrid Lindgrens Värld AB", "Dnr KFN/2024:33", [
        ("text", "Vimmerby kommun och Astrid Lindgrens Värld AB har tagit fram ett samverkansavtal om "
                 "Vimmerby kulturnatt. Avtalet gäller 2024-06-01–2026-12-31. Tjänsteskrivelse 2024-05-10. "
                 "För att avtalet ska kunna undertecknas före den 1 juni behöver paragrafen justeras omedelbart."),
        ("label", "Beslut"),
        ("text", "1. Nämnden godkänner samverkansavtalet med Astrid Lindgrens Värld AB."),
        ("text", "2. Paragrafen justeras omedelbart."),
        ("label", "Protokollsanteckning"),
        ("text", "Tomas Ekelöf (V) låter anteckna: ”Kulturnatten måste vara avgiftsfri för barn och unga.”"),
    ]),
    ("49", "Remiss – Regional kulturplan för Kalmar län 2025–2028", "Dnr KFN/2024:19", [
        ("text", "Region Kalmar län har i remiss daterad 2024-03-12 (Region Kalmar läns dnr RS 2024/318) "
                 "bett länets kommuner yttra sig över förslaget till regional kulturplan. Svar ska lämnas "
                 "senast 2024-06-14. Kommunstyrelsen har överlämnat remissen till nämnden för besvarande. "
                 "Förvaltningens tjänsteskrivelse 2024-05-07 med förslag till yttrande."),
        ("label", "Beslut"),
        ("text", "Nämnden antar förvaltningens förslag till yttrande och överlämnar det till Region Kalmar län."),
        ("label", "Särskilt yttrande"),
        ("text", "Peter Malmsjö (M) och Kent Ingvarsson (M) lämnar ett särskilt yttrande, bilaga 2."),
    ]),
    ("50", "Vimmerby kommuns kulturstipendium 2024", "Dnr KFN/2024:8", [
        ("text", "Nio ansökningar har kommit in. Stipendiet delas ut på nationaldagen den 6 juni."),
        ("label", "Beslut"),
        ("text", "Kulturstipendiet 2024 om 20 000 kronor tilldelas textilkonstnären Elin Vass, Storebro."),
    ]),
    ("51", "Öppettider för Vimmerby bibliotek sommaren 2024", "Dnr KFN/2024:38", [
        ("label", "Beslut"),
        ("text", "Nämnden fastställer sommaröppettiderna enligt förvaltningens förslag."),
    ]),
    ("52", "Lokalt aktivitetsstöd vårterminen 2024", "Dnr KFN/2024:5", [
        ("label", "Beslut"),
        ("text", "Nämnden beviljar lokalt aktivitetsstöd för vårterminen 2024 med totalt 412 350 kronor."),
    ]),
    ("53", "Anmälan av delegationsbeslut", "Dnr KFN/2024:3", [
        ("text", "– Förvaltningschefens beslut 2024-04-11 om tillfällig serveringsyta vid Vimarvallen, "
                 "dnr KFN/2024:29"),
        ("text", "– Fritidschefens beslut 2024-04-22 om arrangemangsbidrag till Frödinge "
                 "Bygdegårdsförening, dnr KFN/2024:31"),
        ("text", "– Ordförandebeslut 2024-05-02 om yttrande till Polismyndigheten över ansökan om tillstånd "
                 "till offentlig tillställning, dnr KFN/2024:35"),
        ("label", "Beslut"),
        ("text", "Anmälan av delegationsbeslut läggs till handlingarna."),
    ]),
    ("54", "Meddelanden", "Dnr KFN/2024:4", [
        ("text", "a) Kommunfullmäktige 2024-04-22, § 61: Ändrad taxa för uthyrning av idrottsanläggningar."),
        ("text", "b) Sveriges Kommuner och Regioner: Cirkulär 24:12, Bidrag till studieförbund 2025."),
        ("text", "c) Länsstyrelsen i Kalmar län: Beslut om bidrag till kulturmiljövård enligt "
                 "kulturmiljölagen (1988:950), dnr 434-1187-2024."),
        ("label", "Beslut"),
        ("text", "Meddelandena läggs till handlingarna."),
    ]),
    ("55", "Information om simhallen", "", [
        ("text", "Fritidschef Ola Stark informerar om att renoveringen av simhallen försenas till vecka 38 "
                 "på grund av leveransproblem hos entreprenören. Ledamöternas frågor besvaras."),
    ]),
]


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(90, 5, "VIMMERBY KOMMUN")
        self.set_font("F", "", 9)
        self.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        self.cell(30, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(105, 15)
        self.cell(60, 5, "Kultur- och fritidsnämnden")
        self.cell(30, 5, "2024-05-21", align="R")
        self.line(15, 21, 195, 21)
        self.set_y(25)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 7)
        self.cell(60, 4, "Justerandes sign")
        self.cell(60, 4, "")
        self.cell(60, 4, "Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kultur- och fritidsnämnden 2024-05-21")
    pdf.set_author("Vimmerby kommun")
    pdf.set_creator("heldout49")
    pdf.set_producer("heldout49")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "", 10)
    pdf.set_x(15)
    pdf.cell(40, 6, "Plats och tid")
    pdf.cell(140, 6, "Stadshuset, sammanträdesrum Näktergalen, kl. 13.30–16.45", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (62, 16, 46, 56)
    pdf.set_x(15)
    pdf.set_font("F", "B", 9)
    for w, head in zip(widths, ("Ledamöter", "Närv.", "Ersättare", "Tjänstgör för"), strict=True):
        pdf.cell(w, 6, head, border=1)
    pdf.ln(6)
    pdf.set_font("F", "", 8.5)
    for row in ATTENDANCE:
        pdf.set_x(15)
        for w, val in zip(widths, row, strict=True):
            pdf.cell(w, 5.5, val, border=1)
        pdf.ln(5.5)
    pdf.ln(3)
    pdf.set_font("F", "", 10)
    for label, value in [
        ("Övriga närvarande", "Karin Stenholm, förvaltningschef"),
        ("", "Ola Stark, fritidschef, §§ 47–55"),
        ("", "Linnea Sjö, ekonom, § 44"),
        ("", "Emma Dahl, nämndsekreterare"),
        ("Justerare", "Kent Ingvarsson (M)"),
        ("Justeringens plats och tid", "Kultur- och fritidsförvaltningen 2024-05-27"),
        ("Paragrafer", "41–55"),
    ]:
        pdf.set_x(15)
        pdf.set_font("F", "B" if label else "", 9)
        pdf.cell(50, 5.5, label)
        pdf.set_font("F", "", 10)
        pdf.cell(130, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for role, name in [("Sekreterare", "Emma Dahl"), ("Ordförande", "Maria Fröjd"), ("Justerare", "Kent Ingvarsson")]:
        pdf.set_x(15)
        pdf.set_font("F", "B", 9)
        pdf.cell(50, 8, role)
        pdf.set_font("F", "", 10)
        pdf.cell(80, 8, "................................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(65)
        pdf.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(15)
    pdf.set_font("F", "B", 9)
    pdf.cell(180, 6, "ANSLAG/BEVIS", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8.5)
    for label, value in [
        ("Organ", "Kultur- och fritidsnämnden"),
        ("Sammanträdesdatum", "2024-05-21"),
        ("Datum för anslags uppsättande", "2024-05-28"),
        ("Datum för anslags nedtagande", "2024-06-19"),
        ("Förvaringsplats för protokollet", "Kultur- och fritidsförvaltningen"),
    ]:
        pdf.set_x(15)
        pdf.cell(60, 5, label)
        pdf.cell(120, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for number, title, dnr, body in PARAGRAPHS:
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 11)
        pdf.cell(20, 6, f"§ {number}")
        pdf.set_xy(35, y)
        pdf.multi_cell(118, 6, title)
        end_y = pdf.get_y()
        if dnr:
            pdf.set_xy(155, y)
            pdf.set_font("F", "", 8.5)
            pdf.cell(40, 6, dnr, align="R")
        pdf.set_xy(35, end_y + 1)
        for kind, text in body:
            pdf.set_x(35)
            if kind == "label":
                pdf.set_font("F", "B", 9.5)
                pdf.multi_cell(160, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(160, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    pdf.output(str(DOCS / "vimmerby-kfn-2024-05-21-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Västerviks kommun, överförmyndarnämnden 2024-05-15, full protocol, §§ 12-20.
# First page as tab-separated label lines; every paragraph in its own two-column table
# (left cell "ÖFN § n" and the Dnr, right cell title and text); e-signature verification page.
# ---------------------------------------------------------------------------------------------
FIRST_PAGE: list[str] = [
    "Västerviks kommun\tSAMMANTRÄDESPROTOKOLL",
    "Överförmyndarnämnden",
    "Sammanträdesdatum\t2024-05-15",
    "Plats och tid\tRådhuset, Kvarnen, kl. 09.00–11.20",
    "Beslutande\tBirgitta Ljung (S), ordförande",
    "\tLars Hägg (M), vice ordförande",
    "\tAnders Oskarsson (S)",
    "\tCarina Björk (SD)",
    "\tMattias Rask (KD), tjänstgör i stället för Gun Nyqvist (C)",
    "Ersättare\tSiv Lundell (S)",
    "Övriga\tJohanna Frid, handläggare",
    "\tSara Wendel, nämndsekreterare",
    "Utses att justera\tLars Hägg (M)",
    "Justering\tDigital justering 2024-05-20",
    "Paragrafer\t§§ 12–20",
    "Protokollet signeras elektroniskt av sekreterare, ordförande och justerare, se verifikat sist i "
    "protokollet.",
]

OFN_PARAGRAPHS: list[tuple[str, str, str, list[str]]] = [
    ("12", "Val av justerare", "", ["Beslut", "Lars Hägg (M) utses att justera protokollet."]),
    ("13", "Godkännande av föredragningslista", "", ["Beslut", "Föredragningslistan godkänns."]),
    ("14", "Ekonomisk uppföljning per april 2024", "Dnr ÖFN 2024/21", [
        "Nämndens utfall till och med april visar ett överskott om 85 000 kronor. Prognosen för helåret är "
        "ett nollresultat. Uppföljningen rapporteras till kommunstyrelsen.",
        "Handläggarens tjänsteskrivelse 2024-05-06.",
        "Beslut",
        "Nämnden godkänner uppföljningen.",
    ]),
    ("15", "Internkontrollplan 2024", "Dnr ÖFN 2024/9", [
        "Beslut",
        "Nämnden antar internkontrollplan för 2024.",
    ]),
    ("16", "Sammanträdesplan 2025", "Dnr ÖFN 2024/25", [
        "Planen är anpassad till kommunfullmäktiges sammanträden. Första sammanträdet föreslås "
        "2025-01-22.",
        "Beslut",
        "Nämnden fastställer sammanträdesplan 2025.",
    ]),
    ("17", "Riktlinjer för arvode till ställföreträdare 2025", "Dnr ÖFN 2024/17", [
        "Enligt 12 kap. 16 § föräldrabalken har gode män och förvaltare rätt till skäligt arvode. "
        "Handläggarens tjänsteskrivelse 2024-04-30 föreslår att grundarvodet räknas upp med 8 procent. "
        "Sveriges Kommuner och Regioner rekommenderade i mars en uppräkning med prisbasbeloppet.",
        "Yrkanden",
        "Ordföranden Birgitta Ljung (S) yrkar bifall till förslaget.",
        "Lars Hägg (M) yrkar att grundarvodet räknas upp med 5 procent.",
        "Omröstning",
        "Votering verkställs. Ja-röst för ordförandens förslag, nej-röst för Lars Häggs yrkande. "
        "Omröstningsresultat: 3 ja, 2 nej. Ingen avstår. Nämnden har beslutat enligt ordförandens förslag.",
        "Beslut",
        "Överförmyndarnämnden beslutar",
        "att fastställa riktlinjer för arvode till ställföreträdare enligt bilaga,",
        "att riktlinjerna gäller från och med 2025-01-01.",
        "Reservation",
        "Lars Hägg (M) och Carina Björk (SD) reserverar sig skriftligt, bilaga 1.",
    ]),
    ("18", "Anmälan av delegationsbeslut", "Dnr ÖFN 2024/4", [
        "Förteckning över 47 delegationsbeslut fattade under perioden 2024-03-01–2024-04-30. "
        "Förteckningen omfattas av sekretess enligt 32 kap. 4 § offentlighets- och sekretesslagen "
        "(2009:400) och redovisas inte i protokollet.",
        "Beslut",
        "Anmälan av delegationsbeslut läggs till handlingarna.",
    ]),
    ("19", "Meddelanden", "Dnr ÖFN 2024/5", [
        "1. Länsstyrelsen i Kalmar län, inspektionsrapport 2023, dnr 203-512-2024.",
        "2. Kalmar tingsrätt, sammanställning av beslut om godmanskap under första kvartalet.",
        "Beslut",
        "Meddelandena noteras.",
    ]),
    ("20", "Information från kansliet", "", [
        "Johanna Frid informerar om Föreningen Sveriges Överförmyndares utbildningsdagar i oktober och om "
        "läget i rekryteringen av gode män.",
        "Beslut",
        "Informationen noteras.",
    ]),
]

VERIFIKAT: list[str] = [
    "Verifikat",
    "Transaktion 09222115557517344127",
    "Dokument: Protokoll Överförmyndarnämnden 2024-05-15",
    "Startades 2024-05-17 10:02:11 CEST (+0200) av Sara Wendel (SW)",
    "Färdigställt 2024-05-20 14:37:45 CEST (+0200)",
    "Signerare och signaturer",
    "Sara Wendel (SW)\tSekreterare\tSignerade 2024-05-17 10:05:40 CEST (+0200)",
    "Birgitta Ljung (BL)\tOrdförande\tSignerade 2024-05-18 08:12:09 CEST (+0200)",
    "Lars Hägg (LH)\tJusterare\tSignerade 2024-05-20 14:37:45 CEST (+0200)",
    "Verifikatet är utfärdat av e-signeringstjänsten. Kursiverad information är säkert verifierad.",
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Västerviks kommun\tÖverförmyndarnämnden\tProtokoll 2024-05-15"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for i, line in enumerate(FIRST_PAGE):
        p = d.add_paragraph()
        run = p.add_run(line)
        run.bold = i < 2
    d.add_page_break()
    for number, title, dnr, body in OFN_PARAGRAPHS:
        table = d.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.width = docx.shared.Cm(3.0)
        right.width = docx.shared.Cm(13.0)
        left.paragraphs[0].add_run(f"ÖFN § {number}").bold = True
        if dnr:
            left.add_paragraph(dnr)
        right.paragraphs[0].add_run(title).bold = True
        for line in body:
            para = right.add_paragraph()
            r = para.add_run(line)
            if line in {"Beslut", "Yrkanden", "Omröstning", "Reservation"}:
                r.bold = True
        d.add_paragraph("")
    d.add_page_break()
    for i, line in enumerate(VERIFIKAT):
        p = d.add_paragraph()
        p.add_run(line).bold = i == 0
    cp = d.core_properties
    cp.author = "Västerviks kommun"
    cp.last_modified_by = "Västerviks kommun"
    cp.title = "Protokoll överförmyndarnämnden 2024-05-15"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "vastervik-ofn-2024-05-15-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
