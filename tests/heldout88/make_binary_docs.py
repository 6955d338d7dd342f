"""Build the PDF and DOCX documents of held-out set 88 deterministically.

Run from the repository root: .venv/bin/python tests/heldout88/make_binary_docs.py
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime.datetime(2024, 6, 20, 9, 0, 0, tzinfo=datetime.UTC)
ZIP_TIME = (2024, 6, 20, 9, 0, 0)

# ---------------------------------------------------------------- Skellefteå KF (PDF)

SKE_PAGES = [
    [
        ("h", "Kommunfullmäktige"),
        ("b", "Plats och tid\tStadshuset, fullmäktigesalen, kl. 13.00–17.45"),
        ("b", "Beslutande\tEnligt närvaro- och omröstningslista, bilaga 1"),
        ("b", "Ordförande\tGunilla Bergström (S)"),
        ("b", "1:e vice ordförande\tRolf Åström (M)"),
        ("b", "2:e vice ordförande\tLinnea Marklund (V)"),
        ("b", "Övriga deltagare\tAnna Forsberg, kommunsekreterare"),
        ("b", "\tKristoffer Lind, ekonomidirektör, § 118"),
        ("b", "Justerare\tPer-Olof Nyström (S) och Elin Lundgren (M)"),
        ("b", "Justeringens plats och tid\tStadshuset 2024-06-24, kl. 15.00"),
        ("b", "Paragrafer\t117–119"),
        ("g", ""),
        ("b", "Sekreterare\t........................................"),
        ("b", "\tAnna Forsberg"),
        ("b", "Ordförande\t........................................"),
        ("b", "\tGunilla Bergström"),
        ("b", "Justerare\t........................................   ........................................"),
        ("b", "\tPer-Olof Nyström                              Elin Lundgren"),
        ("g", ""),
        ("k", "BEVIS OM ANSLAG"),
        ("b", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens"),
        ("b", "digitala anslagstavla."),
        ("b", "Anslaget sätts upp\t2024-06-25"),
        ("b", "Anslaget tas ned\t2024-07-17"),
        ("b", "Förvaringsplats\tKommunledningskontoret, Skellefteå"),
    ],
    [
        ("p", "§ 117\t"),
        ("t", "Val av justerare"),
        ("b", "Kommunfullmäktiges beslut"),
        ("b", "Per-Olof Nyström (S) och Elin Lundgren (M) utses att jämte ordföranden justera"),
        ("b", "dagens protokoll."),
        ("g", ""),
        ("p", "§ 118\tDnr KS-2024-412"),
        ("t", "Skattesats för år 2025"),
        ("k", "Ärendebeskrivning"),
        ("b", "Kommunfullmäktige ska enligt 11 kap. 8 § kommunallagen (2017:725) fastställa"),
        ("b", "skattesatsen senast i november. Kommunstyrelsen föreslår i beslut 2024-06-03,"),
        ("b", "§ 171, att skattesatsen ska vara oförändrad, 22,90 kronor per skattekrona."),
        ("b", "Skatteverkets prognos från den 25 april 2024 ligger till grund för beräkningen."),
        ("k", "Beslutsunderlag"),
        ("b", "Tjänsteskrivelse, ekonomidirektör Kristoffer Lind, 2024-05-20"),
        ("b", "Kommunstyrelsens protokoll 2024-06-03, § 171"),
        ("k", "Yrkanden"),
        ("b", "Lars Nordström (S) och Rolf Åström (M) yrkar bifall till kommunstyrelsens förslag."),
        ("b", "Linnea Marklund (V) yrkar att skattesatsen höjs med 30 öre till 23,20 kronor."),
        ("b", "Maria Holm (SD) yrkar bifall till Linnea Marklunds yrkande."),
        ("k", "Beslutsgång"),
        ("b", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller"),
        ("b", "kommunstyrelsens förslag. Omröstning begärs och ska genomföras."),
        ("b", "Ja-röst för kommunstyrelsens förslag. Nej-röst för Linnea Marklunds yrkande."),
        ("k", "Omröstningsresultat"),
        ("b", "Med 40 ja-röster mot 21 nej-röster, 0 avstår, beslutar kommunfullmäktige enligt"),
        ("b", "kommunstyrelsens förslag. Omröstningslista, bilaga 2."),
        ("k", "Kommunfullmäktiges beslut"),
        ("b", "1. Skattesatsen för år 2025 fastställs till 22,90 kronor per skattekrona."),
        ("b", "2. Beslutet gäller under förutsättning att Skatteverket inte meddelar ändrade"),
        ("b", "   förutsättningar före den 30 november 2024."),
        ("k", "Reservation"),
        ("b", "Linnea Marklund (V) m.fl. reserverar sig mot beslutet."),
        ("k", "Protokollsanteckning"),
        ("b", "Maria Holm (SD) får lämna en protokollsanteckning, bilaga 3."),
        ("k", "Beslutet skickas till"),
        ("b", "Skatteverket"),
        ("b", "Kommunstyrelsen"),
    ],
    [
        ("p", "§ 119\tDnr KS-2024-288"),
        ("t", "Samverkansavtal om räddningstjänst mellan Skellefteå kommun och Norsjö kommun"),
        ("k", "Ärendebeskrivning"),
        ("b", "Skellefteå kommun utför sedan 2019 räddningstjänst åt Norsjö kommun. Ett nytt"),
        ("b", "samverkansavtal har tagits fram som ska gälla från och med den 1 januari 2025."),
        ("b", "Avtalet reglerar uppgifterna enligt 1 kap. 5 § och 3 kap. 16 § lagen (2003:778)"),
        ("b", "om skydd mot olyckor. Norsjö kommun godkände avtalet i fullmäktige 2024-05-27."),
        ("b", "Myndigheten för samhällsskydd och beredskap har lämnat synpunkter på"),
        ("b", "ledningssystemet i en skrivelse 2024-03-08."),
        ("k", "Beslutsunderlag"),
        ("b", "Tjänsteskrivelse, räddningschef Sofia Rönnholm, 2024-04-30"),
        ("b", "Kommunstyrelsens protokoll 2024-06-03, § 176"),
        ("k", "Yrkanden"),
        ("b", "Lars Nordström (S) yrkar bifall till kommunstyrelsens förslag."),
        ("k", "Kommunfullmäktiges beslut"),
        ("b", "1. Samverkansavtal om räddningstjänst mellan Skellefteå kommun och Norsjö"),
        ("b", "   kommun godkänns."),
        ("b", "2. Räddningsnämnden får i uppdrag att följa upp avtalet årligen."),
        ("b", "Kommunfullmäktige förklarar paragrafen omedelbart justerad."),
        ("k", "Beslutet skickas till"),
        ("b", "Norsjö kommun"),
        ("b", "Räddningsnämnden"),
    ],
]


class SkePdf(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 10)
        self.cell(95, 5, "SKELLEFTEÅ KOMMUN")
        self.cell(0, 5, "PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9)
        self.cell(95, 5, "Kommunfullmäktige")
        self.cell(0, 5, f"Sammanträdesdatum 2024-06-17    Sida {self.page_no()}(3)", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-18)
        self.set_font("DejaVu", "", 8)
        self.cell(85, 5, "Justerandes signatur")
        self.cell(0, 5, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")


def build_pdf() -> None:
    pdf = SkePdf(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creator("Ciceron Assistent")
    pdf.set_producer("fpdf2")
    pdf.set_title("Protokoll Kommunfullmäktige 2024-06-17")
    pdf.set_creation_date(FIXED)
    for page in SKE_PAGES:
        pdf.add_page()
        for kind, text in page:
            if kind == "g":
                pdf.ln(4)
            elif kind == "h":
                pdf.set_font("DejaVu", "B", 14)
                pdf.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "k":
                pdf.set_font("DejaVu", "B", 10)
                pdf.ln(1.5)
                pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                num, dnr = text.split("\t")
                pdf.set_font("DejaVu", "B", 11)
                pdf.cell(85, 6, num)
                pdf.set_font("DejaVu", "", 9)
                pdf.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "t":
                pdf.set_font("DejaVu", "B", 10)
                pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("DejaVu", "", 9.5)
                if "\t" in text:
                    left, right = text.split("\t")
                    pdf.cell(48, 5, left)
                    pdf.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    (DOCS / "skelleftea-kf-2024-06-17-protokoll.pdf").write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------- Borlänge KSAU (DOCX)

BOR_ATTENDANCE = [
    ("Namn", "Parti", "Funktion"),
    ("Jonas Hallberg", "S", "Ordförande"),
    ("Kerstin Lundh", "M", "Vice ordförande"),
    ("Amir Haddad", "S", "Ledamot"),
    ("Ulla-Britt Sandberg", "C", "Tjänstgörande ersättare för Olle Persson (C)"),
    ("Ida Karlsson", "SD", "Ledamot"),
]

BOR_OTHERS = [
    ("Linda Öberg", "Kommundirektör"),
    ("Mikael Strand", "Sekreterare"),
    ("Hanna Dahl", "Miljöstrateg, § 87"),
]

BOR_SECTIONS = [
    ("§ 87", "Remissvar – Förslag till regional vattenförsörjningsplan för Dalarnas län",
     "Dnr KS 2024/00231", [
         ("k", "Ärendet"),
         ("b", "Länsstyrelsen i Dalarnas län har översänt förslag till regional vattenförsörjningsplan på remiss "
               "till kommunerna i länet (länsstyrelsens dnr 537-4412-2023). Remisstiden går ut den 31 maj 2024. "
               "Planen pekar ut grundvattenmagasinet vid Tjärna som regionalt viktigt. Borlänge Energi AB "
               "ansvarar för den allmänna dricksvattenförsörjningen och har lämnat synpunkter den 15 april 2024."),
         ("b", "Kommunstyrelsen har i beslut 2023-02-14, § 22, delegerat till arbetsutskottet att besvara remisser "
               "av detta slag."),
         ("k", "Beslutsunderlag"),
         ("b", "Tjänsteskrivelse 2024-04-29 från kommunledningsförvaltningen"),
         ("b", "Förslag till yttrande, bilaga"),
         ("k", "Yrkande"),
         ("b", "Jonas Hallberg (S) yrkar bifall till förvaltningens förslag."),
         ("k", "Arbetsutskottets beslut"),
         ("b", "Arbetsutskottet beslutar på kommunstyrelsens uppdrag"),
         ("n", "1. att anta förvaltningens förslag till yttrande och överlämna det till Länsstyrelsen i Dalarnas län,"),
         ("n", "2. att uppdra åt kommundirektören att bevaka att vattenskyddsområdet för Tjärna revideras."),
         ("b", "Paragrafen justeras omedelbart."),
         ("k", "Beslutet skickas till"),
         ("b", "Länsstyrelsen i Dalarnas län"),
         ("b", "Borlänge Energi AB"),
     ]),
    ("§ 88", "Överenskommelse om idéburet offentligt partnerskap med Kvinno- och tjejjouren i Borlänge",
     "Dnr KS 2024/00187", [
         ("k", "Ärendet"),
         ("b", "Kvinno- och tjejjouren i Borlänge har sedan 2021 ett föreningsbidrag från kommunen. Förvaltningen "
               "föreslår att samarbetet i stället regleras i en överenskommelse om idéburet offentligt partnerskap "
               "(IOP) mellan Borlänge kommun och föreningen för perioden 2025-01-01–2027-12-31. Socialnämnden "
               "tillstyrkte förslaget 2024-04-18, § 51."),
         ("k", "Beslutsunderlag"),
         ("b", "Tjänsteskrivelse 2024-04-22 från kommunledningsförvaltningen"),
         ("b", "Socialnämndens beslut 2024-04-18, § 51"),
         ("k", "Yrkanden"),
         ("b", "Jonas Hallberg (S) och Kerstin Lundh (M) yrkar bifall till förvaltningens förslag."),
         ("b", "Ida Karlsson (SD) yrkar avslag."),
         ("k", "Beslutsgång"),
         ("b", "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet bifaller förvaltningens "
               "förslag. Votering begärs. Arbetsutskottet beslutar med 4 röster mot 1 enligt förvaltningens "
               "förslag."),
         ("k", "Arbetsutskottets förslag till kommunstyrelsen"),
         ("b", "Kommunstyrelsen godkänner överenskommelse om idéburet offentligt partnerskap mellan Borlänge "
               "kommun och Kvinno- och tjejjouren i Borlänge."),
         ("k", "Reservation"),
         ("b", "Ida Karlsson (SD) reserverar sig mot beslutet med en skriftlig reservation, bilaga 1."),
         ("k", "Protokollsanteckning"),
         ("b", "Kerstin Lundh (M) antecknar till protokollet att uppföljningen bör redovisas för socialnämnden "
               "varje år."),
         ("k", "Beslutet skickas till"),
         ("b", "Kommunstyrelsen"),
         ("b", "Socialnämnden"),
     ]),
]


def fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o600 << 16
            dst.writestr(new, src.read(info.filename))
    return out.getvalue()


def save_docx(doc: Document, name: str) -> None:
    cp = doc.core_properties
    cp.author = "Mikael Strand"
    cp.last_modified_by = "Mikael Strand"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = "Protokoll"
    buf = io.BytesIO()
    doc.save(buf)
    (DOCS / name).write_bytes(fix_zip(buf.getvalue()))


def build_docx() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    header = doc.sections[0].header
    hp = header.paragraphs[0]
    hp.text = "BORLÄNGE KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsens arbetsutskott\t2024-05-21"
    t = doc.add_paragraph()
    r = t.add_run("Kommunstyrelsens arbetsutskott")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Sammanträdesdatum: 2024-05-21")
    doc.add_paragraph("Plats och tid: Sammanträdesrum Dalälven, Stadshuset, kl. 08.30–10.15")
    doc.add_paragraph().add_run("Beslutande").bold = True
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(BOR_ATTENDANCE):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph().add_run("Övriga närvarande").bold = True
    others = doc.add_table(rows=0, cols=2)
    for name, title in BOR_OTHERS:
        cells = others.add_row().cells
        cells[0].text = name
        cells[1].text = title
    doc.add_paragraph()
    doc.add_paragraph("Justerare: Kerstin Lundh (M)")
    doc.add_paragraph("Justeringens plats och tid: Stadshuset, 2024-05-23")
    doc.add_paragraph("Justerade paragrafer: §§ 87–88")
    sig = doc.add_table(rows=3, cols=3)
    rows = [("Sekreterare", "_______________________", "Mikael Strand"),
            ("Ordförande", "_______________________", "Jonas Hallberg"),
            ("Justerare", "_______________________", "Kerstin Lundh")]
    for cells, row in zip(sig.rows, rows, strict=True):
        for cell, value in zip(cells.cells, row, strict=True):
            cell.text = value
    doc.add_paragraph()
    doc.add_paragraph("Anslag om justering: Protokollet har justerats. Anslaget publiceras 2024-05-24 och tas ned "
                      "2024-06-17. Protokollet förvaras hos kommunledningsförvaltningen.")
    for num, title, dnr, body in BOR_SECTIONS:
        doc.add_page_break()
        head = doc.add_table(rows=1, cols=2)
        left, right = head.rows[0].cells
        left.text = num
        left.paragraphs[0].runs[0].bold = True
        right.text = title
        right.paragraphs[0].runs[0].bold = True
        dp = right.add_paragraph(dnr)
        dp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for kind, text in body:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if kind == "k":
                run.bold = True
            elif kind == "n":
                p.paragraph_format.left_indent = Pt(18)
    save_docx(doc, "borlange-ksau-2024-05-21-protokoll.docx")


if __name__ == "__main__":
    build_pdf()
    build_docx()
