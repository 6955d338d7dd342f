"""Build the PDF and DOCX documents of held-out set 41 deterministically.

    .venv/bin/python tests/heldout41/make_binary_docs.py

Fixed PDF metadata and creation date, fixed DOCX core properties and ZIP timestamps: two runs give identical bytes.
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
FIXED_PDF = dt.datetime(2024, 5, 21, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 24, 11, 0, 0)
ZIP_TIME = (2024, 9, 24, 11, 0, 0)

# ----------------------------------------------------------------------------------------- Tanum PDF


class TanumPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(95, 5, "TANUMS KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(95, 5, f"SAMMANTRÄDESPROTOKOLL   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9)
        self.cell(95, 5, "Miljö- och byggnämnden", new_x="RIGHT", new_y="TOP")
        self.cell(95, 5, "Sammanträdesdatum 2024-05-15", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("DejaVu", "", 8)
        self.line(10, self.get_y(), 200, self.get_y())
        self.cell(95, 6, "Justerandes sign", new_x="RIGHT", new_y="TOP")
        self.cell(95, 6, "Utdragsbestyrkande", align="R")


def para(pdf: FPDF, text: str, style: str = "", size: float = 10, gap: float = 1.5) -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def kv(pdf: FPDF, label: str, value: str, lw: float = 45) -> None:
    pdf.set_font("DejaVu", "B", 9.5)
    y = pdf.get_y()
    pdf.cell(lw, 5, label, new_x="RIGHT", new_y="TOP")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + 5) + 0.8)


def table(pdf: FPDF, widths: list[float], rows: list[list[str]], head: bool = True) -> None:
    for i, row in enumerate(rows):
        pdf.set_font("DejaVu", "B" if head and i == 0 else "", 8.5)
        for w, c in zip(widths, row, strict=True):
            pdf.cell(w, 5.5, c, border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(5.5)
    pdf.ln(2)


def bar(pdf: FPDF, number: str, dnr: str) -> None:
    pdf.set_fill_color(220, 228, 236)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(40, 8, number, fill=True, new_x="RIGHT", new_y="TOP")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(150, 8, dnr, fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def heading(pdf: FPDF, text: str) -> None:
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = TanumPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Miljö- och byggnämnden 2024-05-15")
    pdf.set_author("Tanums kommun")
    pdf.set_creator("heldout41")
    pdf.set_producer("heldout41")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    kv(pdf, "Plats och tid", "Kommunhuset, Tanumshede, sammanträdesrum Kvistrum, kl. 08.30–12.10")
    kv(pdf, "Beslutande", "Enligt närvarolistan nedan")
    pdf.ln(1)
    table(pdf, [52, 16, 92, 30], [
        ["Namn", "Parti", "Funktion", "Närvarande §§"],
        ["Ingvar Bergqvist", "C", "Ordförande", "61–64"],
        ["Maria Thorén", "S", "1:e vice ordförande", "61–64"],
        ["Sture Ahlgren", "M", "Ledamot", "61–64"],
        ["Lena Kjellgren", "KD", "Ledamot (jäv § 61)", "62–64"],
        ["Tore Wallén", "SD", "Ledamot", "61–64"],
        ["Anette Brorsson", "S", "Ledamot", "61–64"],
        ["Patrik Lindvall", "L", "Tjänstgörande ersättare för Gösta Ek (M)", "61–64"],
    ])
    kv(pdf, "Ersättare (ej tjg)", "Hanna Sjölund (V), Olof Persson (C)")
    kv(pdf, "Övriga närvarande", "Karin Fjällström, bygglovschef\nJohan Ek, miljöinspektör, §§ 61 och 63\n"
       "Annika Holm, nämndsekreterare")
    kv(pdf, "Utses att justera", "Maria Thorén (S)")
    kv(pdf, "Justeringens plats och tid", "Kommunhuset, Tanumshede, 2024-05-20")
    pdf.ln(3)
    kv(pdf, "Underskrifter", "Sekreterare ..................................   Paragrafer 61–64\n"
       "                  Annika Holm")
    kv(pdf, "", "Ordförande ..................................\n                  Ingvar Bergqvist")
    kv(pdf, "", "Justerare ..................................\n                  Maria Thorén")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", align="C", border="T", new_x="LMARGIN", new_y="NEXT")
    para(pdf, "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", size=9)
    kv(pdf, "Organ", "Miljö- och byggnämnden")
    kv(pdf, "Sammanträdesdatum", "2024-05-15")
    kv(pdf, "Anslaget sätts upp", "2024-05-21          Anslaget tas ned 2024-06-12")
    kv(pdf, "Förvaringsplats", "Kommunhuset, Tanumshede")

    pdf.add_page()
    bar(pdf, "§ 61", "MBN 2024-000123  |  Dnr MB 2023/0877")
    para(pdf, "Strandskyddsdispens för nybyggnad av brygga, Hamburgsund 3:45", "B", 11)
    kv(pdf, "Fastighet", "Hamburgsund 3:45", 28)
    kv(pdf, "Sökande", "Enskild sökande (namn och adress framgår av akten)", 28)
    heading(pdf, "Jäv")
    para(pdf, "Lena Kjellgren (KD) anmäler jäv och deltar inte i handläggningen av ärendet.")
    heading(pdf, "Ärendet")
    para(pdf, "Ansökan om dispens från strandskyddet inkom 2024-02-12 och avser en brygga om 24 m² i anslutning "
         "till befintlig bebyggelse. Området omfattas av strandskydd om 100 meter enligt 7 kap. 14 § miljöbalken. "
         "En tidigare ansökan på fastigheten (dnr MB 2023/0877) återkallades och avskrevs 2023-11-02. Som särskilt "
         "skäl anges att anläggningen behöver ligga vid vattnet för att fylla sin funktion (7 kap. 18 c § punkt 3 "
         "miljöbalken). Platsbesök gjordes 2024-03-19.")
    heading(pdf, "Beslutsunderlag")
    para(pdf, "Tjänsteskrivelse 2024-04-24, miljöinspektör Johan Ek\nAnsökan 2024-02-12\nSituationsplan 2024-03-05")
    heading(pdf, "Miljö- och byggnämndens beslut")
    para(pdf, "1. Miljö- och byggnämnden beviljar dispens från strandskyddet enligt 7 kap. 18 b § miljöbalken för "
         "nybyggnad av brygga om högst 24 m² på fastigheten Hamburgsund 3:45.\n"
         "2. Som tomtplats får inget annat område än det som markerats på situationsplanen tas i anspråk "
         "(7 kap. 18 f § MB).")
    heading(pdf, "Avgift")
    para(pdf, "Avgiften för prövningen är 12 450 kronor enligt kommunens taxa. Faktura skickas separat.")
    heading(pdf, "Upplysningar")
    para(pdf, "Dispensen upphör att gälla om åtgärden inte har påbörjats inom två år eller avslutats inom fem år från "
         "den dag beslutet vann laga kraft (7 kap. 18 h § MB). Länsstyrelsen ska inom tre veckor från det att den "
         "fick del av beslutet pröva om dispensen ska upphävas (19 kap. 3 b § MB). Åtgärden får därför inte "
         "påbörjas innan tre veckor har gått.")
    heading(pdf, "Hur man överklagar")
    para(pdf, "Beslutet kan överklagas till Länsstyrelsen i Västra Götalands län enligt 16 kap. 12 § MB. "
         "Överklagandet ska ställas till länsstyrelsen men skickas till Miljö- och byggnämnden, Tanums kommun, "
         "457 81 Tanumshede, inom tre veckor från den dag ni fick del av beslutet.")
    heading(pdf, "Beslutet skickas till")
    para(pdf, "Sökanden (delgivningskvitto)\nLänsstyrelsen i Västra Götalands län", gap=4)

    bar(pdf, "§ 62", "MBN 2024-000187  |  B 2024-0456")
    para(pdf, "Bygglov för nybyggnad av lager- och kontorsbyggnad, Kärra 1:12", "B", 11)
    kv(pdf, "Fastighet", "Kärra 1:12", 28)
    kv(pdf, "Sökande", "Tanums Båtvarv AB, org.nr 556781-2345", 28)
    heading(pdf, "Ärendet")
    para(pdf, "Ansökan om bygglov inkom 2024-02-28 (registrerad i det tidigare ärendesystemet som B 2024-0456). "
         "Byggnaden har en byggnadshöjd om 8,2 meter, medan detaljplanen medger 7,0 meter. Förvaltningen bedömer "
         "att avvikelsen är liten och förenlig med planens syfte enligt 9 kap. 31 b § plan- och bygglagen "
         "(2010:900), PBL. Ägaren till Kärra 1:14 har i yttrande 2024-04-08 invänt mot byggnadens höjd.")
    heading(pdf, "Beslutsunderlag")
    para(pdf, "Tjänsteskrivelse 2024-04-30\nAnsökan 2024-02-28\nYttrande från granne 2024-04-08")
    heading(pdf, "Yrkanden")
    para(pdf, "Sture Ahlgren (M) yrkar bifall till förvaltningens förslag. Anette Brorsson (S) yrkar avslag på "
         "ansökan. Maria Thorén (S) instämmer i Anette Brorssons yrkande.")
    heading(pdf, "Beslutsgång")
    para(pdf, "Ordföranden ställer proposition på förvaltningens förslag mot avslagsyrkandet. Omröstning begärs. "
         "Ja-röst för förvaltningens förslag, nej-röst för avslag.")
    table(pdf, [45, 22], [["Omröstningsresultat", ""], ["Ja-röster", "4"], ["Nej-röster", "2"],
                          ["Avstår", "1"]])
    para(pdf, "Miljö- och byggnämnden har beslutat enligt förvaltningens förslag.")
    heading(pdf, "Miljö- och byggnämndens beslut")
    para(pdf, "Miljö- och byggnämnden beslutar\n"
         "– att bevilja bygglov med stöd av 9 kap. 31 b § PBL för nybyggnad av lager- och kontorsbyggnad,\n"
         "– att fastställa avgiften för lovet till 38 906 kronor enligt kommunens taxa.")
    heading(pdf, "Reservation")
    para(pdf, "Anette Brorsson (S) och Maria Thorén (S) reserverar sig mot beslutet till förmån för eget yrkande.")
    heading(pdf, "Upplysningar")
    para(pdf, "Åtgärden får inte påbörjas innan nämnden har gett startbesked (10 kap. 3 § PBL). Bygglovet upphör "
         "att gälla om åtgärden inte har påbörjats inom två år (9 kap. 43 § PBL).")
    heading(pdf, "Hur man överklagar")
    para(pdf, "Beslutet kan överklagas hos Länsstyrelsen i Västra Götalands län (13 kap. 3 § PBL) inom tre veckor "
         "från den dag beslutet delgavs eller kungjordes.", gap=4)

    bar(pdf, "§ 63", "MBN 2023-000941  |  Dnr MB 2024/1234")
    para(pdf, "Föreläggande om åtgärder för enskild avloppsanläggning, Mjölkeröd 2:7", "B", 11)
    kv(pdf, "Fastighet", "Mjölkeröd 2:7", 28)
    kv(pdf, "Fastighetsägare", "Enskild (personuppgifter i akten)", 28)
    heading(pdf, "Ärendet")
    para(pdf, "Vid tillsyn 2023-10-03 konstaterades att avloppsanläggningen på fastigheten består av en slamavskiljare "
         "med direktutsläpp till dike. Anläggningen uppfyller inte kraven i 2 kap. 3 § och 9 kap. 7 § miljöbalken. "
         "Fastighetsägaren har inte inkommit med någon ansökan om tillstånd enligt 13 § förordningen (1998:899) om "
         "miljöfarlig verksamhet och hälsoskydd trots påminnelse 2024-01-17.")
    heading(pdf, "Beslutsunderlag")
    para(pdf, "Tjänsteskrivelse 2024-04-22\nInspektionsprotokoll 2023-10-03")
    heading(pdf, "Miljö- och byggnämndens beslut")
    para(pdf, "a) Miljö- och byggnämnden förelägger ägaren till fastigheten Mjölkeröd 2:7 att senast 2024-12-31 "
         "upphöra med utsläpp av avloppsvatten från anläggningen, med stöd av 26 kap. 9 § miljöbalken.\n"
         "b) Föreläggandet förenas med ett vite om 25 000 kronor (26 kap. 14 § MB).")
    para(pdf, "Paragrafen förklaras omedelbart justerad.")
    heading(pdf, "Protokollsanteckning")
    para(pdf, "Tore Wallén (SD) antecknar till protokollet att kommunen bör erbjuda rådgivning till fastighetsägare "
         "i området innan vite används.")
    heading(pdf, "Hur man överklagar")
    para(pdf, "Beslutet kan överklagas till Länsstyrelsen i Västra Götalands län enligt 19 kap. 1 § MB.", gap=4)

    bar(pdf, "§ 64", "MBN 2024-000002")
    para(pdf, "Redovisning av delegationsbeslut april 2024", "B", 11)
    para(pdf, "Följande beslut har fattats med stöd av delegation under perioden 2024-04-01 – 2024-04-30.")
    table(pdf, [36, 34, 62, 26, 32], [
        ["Dnr", "Fastighet", "Ärende", "Beslutsdatum", "Delegationspunkt"],
        ["MBN 2024-000201", "Fjällbacka 1:133", "Bygglov, tillbyggnad enbostadshus", "2024-04-11", "A 1.4"],
        ["B 2024-0511", "Grebbestad 2:88", "Rivningslov, förråd", "2024-04-17", "A 1.7"],
        ["MB 2024/1301", "Tanum-Håby 3:2", "Registrering livsmedelsanläggning", "2024-04-24", "C 3.2"],
    ])
    heading(pdf, "Miljö- och byggnämndens beslut")
    para(pdf, "Miljö- och byggnämnden lägger redovisningen av delegationsbeslut till handlingarna.")

    pdf.output(str(DOCS / "tanum-mbn-2024-05-15-protokoll.pdf"))


# ----------------------------------------------------------------------------------------- Munkedal DOCX


def make_docx() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    head = d.sections[0].header
    ht = head.add_table(rows=2, cols=3, width=d.sections[0].page_width - d.sections[0].left_margin * 2)
    ht.cell(0, 0).text = "MUNKEDALS KOMMUN"
    ht.cell(0, 1).text = "PROTOKOLLSUTDRAG"
    ht.cell(0, 2).text = "Sida 1 (1)"
    ht.cell(1, 0).text = "Kommunstyrelsen"
    ht.cell(1, 1).text = "Sammanträdesdatum"
    ht.cell(1, 2).text = "2024-09-18"
    d.sections[0].footer.paragraphs[0].text = "Justerares signatur\tUtdragsbestyrkande"

    h = d.add_heading("KS § 142", level=2)
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p = d.add_paragraph()
    title = "Markanvisningsavtal med Riksbyggen ekonomisk förening för del av Munkedal 5:12 (kvarteret Forsen)"
    p.add_run(title).bold = True
    d.add_paragraph("Diarienummer: KS 2024-000318")

    d.add_heading("Sammanfattning av ärendet", level=3)
    d.add_paragraph(
        "Riksbyggen ekonomisk förening har anmält intresse för att uppföra cirka 40 bostadsrättslägenheter på "
        "kommunal mark inom del av fastigheten Munkedal 5:12, kvarteret Forsen, i centrala Munkedal. Detaljplanen "
        "för området (dnr KS 2022-000147) vann laga kraft 2023-10-30. Markanvisningen gäller i 18 månader och ska "
        "följas av ett köpeavtal. Köpeskillingen är 3 200 000 kronor. Ärendet har handlagts enligt kommunens "
        "riktlinjer för markanvisning, antagna av kommunfullmäktige 2021-06-21, § 58.")
    d.add_paragraph(
        "Anslutning till det allmänna vatten- och avloppsnätet sker genom Munkedal Vatten AB enligt gällande "
        "VA-taxa och regleras inte i markanvisningsavtalet.")

    d.add_heading("Beslutsunderlag", level=3)
    for t in ("Tjänsteskrivelse, sektor samhällsbyggnad, 2024-08-29",
              "Förslag till markanvisningsavtal, version 2024-08-26",
              "Kommunstyrelsens arbetsutskott 2024-09-04, § 118"):
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Britt-Inger Lund (C), Ola Hermansson (S) och Karin Sjödin (L) yrkar bifall till "
                    "arbetsutskottets förslag.")
    d.add_paragraph("Per Wikström (SD) yrkar avslag.")

    d.add_heading("Beslutsgång", level=3)
    d.add_paragraph("Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
                    "arbetsutskottets förslag. Votering begärs.")
    d.add_paragraph("Kommunstyrelsen godkänner följande voteringsordning: Den som vill bifalla arbetsutskottets "
                    "förslag röstar ja. Den som vill avslå röstar nej.")
    d.add_paragraph("Med 8 röster för arbetsutskottets förslag mot 3 röster för avslaget bifaller kommunstyrelsen "
                    "arbetsutskottets förslag (omröstningsbilaga 2).")

    d.add_heading("Kommunstyrelsens beslut", level=3)
    d.add_paragraph("1.\tKommunstyrelsen godkänner markanvisningsavtal mellan Munkedals kommun och Riksbyggen "
                    "ekonomisk förening avseende del av Munkedal 5:12.")
    d.add_paragraph("2.\tKommunchefen får i uppdrag att underteckna avtalet.")
    d.add_paragraph("Paragrafen förklaras omedelbart justerad.")

    d.add_heading("Reservation", level=3)
    d.add_paragraph("Per Wikström (SD) och Anna-Lena Dahl (SD) reserverar sig mot beslutet.")

    d.add_heading("Särskilt yttrande", level=3)
    d.add_paragraph("Kent Halvorsen (M) lämnar ett särskilt yttrande: ”Moderaterna står bakom markanvisningen men "
                    "anser att kommunen i framtida markanvisningar bör pröva markanvisningstävling.”")

    d.add_heading("Beslutet skickas till", level=3)
    d.add_paragraph("Riksbyggen ekonomisk förening\nSektor samhällsbyggnad\nMunkedal Vatten AB för kännedom")

    sig = d.add_table(rows=3, cols=3)
    sig.style = "Table Grid"
    for i, (label, name) in enumerate((("Ordförande", "Britt-Inger Lund"), ("Justerare", "Ola Hermansson"),
                                       ("Sekreterare", "Emma Karlberg"))):
        sig.cell(0, i).text = label
        sig.cell(1, i).text = "……………………………"
        sig.cell(2, i).text = name
    d.add_paragraph("Justeringen har skett 2024-09-18 (omedelbar justering).")
    d.add_paragraph("Utdragsbestyrkande: Emma Karlberg, 2024-09-19")

    cp = d.core_properties
    cp.author = "Munkedals kommun"
    cp.last_modified_by = "Munkedals kommun"
    cp.title = "Protokollsutdrag KS 2024-09-18 § 142"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "munkedal-ks-2024-09-18-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
