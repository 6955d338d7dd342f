"""Generate the binary documents of tests/heldout21/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout21/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout21/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 9, 20, 7, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 8, 9, 15, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Solna stad, Kommunstyrelsen 2024-09-16, full protocol (Netpublicator-style export).
# ---------------------------------------------------------------------------------------------

ATTENDANCE: list[tuple[str, list[tuple[str, str]]]] = [
    ("Beslutande ledamöter|Anmärkning", [
        ("Mats Larsson (M), ordförande", ""),
        ("Lena Wikström (L), 1:e vice ordförande", ""),
        ("Pernilla Ek (S), 2:e vice ordförande", ""),
        ("Fredrik Sand (M)", "Närvarande under §§ 112–114"),
        ("Anders Nyqvist (C)", ""),
        ("Helena Ström (KD)", ""),
        ("Johan Persson (S)", ""),
        ("Amira Hassan (S)", ""),
        ("Leif Göransson (V)", ""),
        ("Elin Mårtensson (MP)", "Jäv § 114"),
        ("Stefan Ek (SD)", ""),
    ]),
    ("Tjänstgörande ersättare|Ersätter", [
        ("Omar Haddad (M)", "Karin Blom (M)"),
        ("Jenny Lund (S)", "Peter Dahl (S)"),
        ("Sara Berg (KD)", "Fredrik Sand (M), § 115"),
    ]),
    ("Ej tjänstgörande ersättare|Anmärkning", [
        ("Sara Berg (KD)", "§§ 112–114"),
        ("Nils Ahlgren (L)", ""),
        ("Marie Öberg (S)", ""),
        ("Rickard Lööf (V)", "Närvarande under §§ 112–113"),
    ]),
    ("Övriga närvarande|Befattning", [
        ("Anna Holm", "stadsdirektör"),
        ("Tobias Fält", "kommunsekreterare"),
        ("Jonas Wretman", "ekonomidirektör, § 115"),
        ("Maria Sjöberg", "planchef, § 113"),
    ]),
]

# Paragraph blocks: ("para", number, dnr, title) starts a §; ("h", text) sub-heading;
# ("p", text) body text; ("vote", (ja, nej, avstår)) a small drawn result table.
SOLNA_BODY: list[tuple] = [
    ("para", "112", "KS/2024:318",
     "Yttrande över betänkandet Laddinfrastruktur i flerbostadshus (SOU 2024:38)"),
    ("h", "Ärendebeskrivning"),
    ("p", "Infrastrukturdepartementet har gett Solna stad tillfälle att yttra sig över betänkandet "
          "Laddinfrastruktur i flerbostadshus (SOU 2024:38). Remissen inkom 2024-06-20 och svar ska ha "
          "lämnats senast 2024-09-27. Departementets diarienummer är I2024/01187."),
    ("p", "Utredningen föreslår bland annat ändringar i plan- och bygglagen (2010:900) och en ny "
          "skyldighet enligt 8 kap. 4 § samma lag för fastighetsägare att förbereda för laddpunkter. "
          "Stadsledningsförvaltningen har tagit fram ett förslag till yttrande i samråd med "
          "stadsbyggnadsförvaltningen och Solna Vatten AB."),
    ("h", "Beslutsunderlag"),
    ("p", "Stadsledningsförvaltningens tjänsteutlåtande 2024-08-28\n"
          "Förslag till yttrande, daterat 2024-08-26"),
    ("h", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till stadsledningsförvaltningens förslag. Stefan Ek (SD) instämmer i "
          "ordförandens yrkande."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på förvaltningens förslag och finner att kommunstyrelsen "
          "bifaller detta."),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "1. Kommunstyrelsen antar förslaget till yttrande som sitt eget och överlämnar det till "
          "Infrastrukturdepartementet.\n2. Paragrafen justeras omedelbart."),
    ("h", "Protokollsanteckning"),
    ("p", "Socialdemokraterna och Vänsterpartiet lämnar följande protokollsanteckning:"),
    ("p", "”Vi delar förvaltningens bedömning men vill understryka att kraven inte får drabba "
          "hyresgästerna genom höjda hyror. Staden bör följa upp frågan i dialog med fastighetsägarna.”"),
    ("p", "För Socialdemokraterna: Pernilla Ek (S)\nFör Vänsterpartiet: Leif Göransson (V)"),
    ("h", "Beslutet skickas till"),
    ("p", "Infrastrukturdepartementet\nStadsbyggnadsförvaltningen"),

    ("para", "113", "KS/2024:295",
     "Exploateringsavtal med Fabege AB för detaljplan för kvarteret Signalen i Arenastaden"),
    ("h", "Ärendebeskrivning"),
    ("p", "Byggnadsnämnden beslutade 2024-06-13, § 87, att godkänna detaljplanen för kvarteret Signalen "
          "för antagande (byggnadsnämndens dnr BN/2023:0412). Innan detaljplanen kan antas ska ett "
          "exploateringsavtal mellan Solna stad och Fabege AB godkännas. Avtalet reglerar bland annat "
          "exploatörens ansvar för allmän platsmark, en exploateringsersättning om 48,5 miljoner kronor och "
          "överlåtelse av mark enligt 6 kap. 40 § plan- och bygglagen (2010:900). Avtalet undertecknades av "
          "bolaget 2024-08-15. Planchef Maria Sjöberg föredrar ärendet."),
    ("h", "Beslutsunderlag"),
    ("p", "Stadsbyggnadsförvaltningens tjänsteutlåtande 2024-08-22\n"
          "Exploateringsavtal, undertecknat av Fabege AB 2024-08-15\n"
          "Byggnadsnämndens beslut 2024-06-13, § 87"),
    ("h", "Yrkanden"),
    ("p", "Mats Larsson (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Pernilla Ek (S) yrkar, med instämmande av Johan Persson (S), avslag på förslaget."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
          "förslaget. Votering begärs. Kommunstyrelsen godkänner följande voteringsproposition: Den som vill "
          "bifalla förvaltningens förslag röstar ja. Den som vill avslå förslaget röstar nej."),
    ("h", "Omröstningsresultat"),
    ("vote", ("8", "4", "1")),
    ("p", "Med 8 ja-röster mot 4 nej-röster beslutar kommunstyrelsen i enlighet med förvaltningens "
          "förslag. En ledamot avstår från att rösta."),
    ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
          "1. Exploateringsavtalet mellan Solna stad och Fabege AB för kvarteret Signalen godkänns.\n"
          "2. Detaljplanen för kvarteret Signalen antas."),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen beslutar\n"
          "1. Stadsdirektören får i uppdrag att underteckna avtalet för stadens räkning när "
          "kommunfullmäktiges beslut har vunnit laga kraft."),
    ("h", "Reservation"),
    ("p", "Pernilla Ek (S), Johan Persson (S), Amira Hassan (S) och Jenny Lund (S) reserverar sig mot "
          "beslutet till förmån för Pernilla Eks yrkande."),
    ("h", "Särskilt yttrande"),
    ("p", "Leif Göransson (V) och Elin Mårtensson (MP) lämnar för Vänsterpartiet respektive Miljöpartiet "
          "följande särskilda yttrande: ”Andelen hyresrätter i kvarteret är för låg. Vi förutsätter att "
          "staden i kommande markanvisningar ställer tydligare krav på upplåtelseformer.”"),
    ("h", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige\nFabege AB\nByggnadsnämnden"),

    ("para", "114", "KS/2024:301", "Samverkansavtal med Sundbybergs stad om vuxenutbildning"),
    ("h", "Jäv"),
    ("p", "Elin Mårtensson (MP) anmäler jäv och lämnar sammanträdesrummet under behandlingen av ärendet. "
          "Någon ersättare för Miljöpartiet finns inte närvarande."),
    ("h", "Ärendebeskrivning"),
    ("p", "Solna stad och Sundbybergs stad har sedan 2019 samverkat kring kommunal vuxenutbildning. Ett nytt "
          "samverkansavtal mellan Solna stad och Sundbybergs stad har tagits fram för perioden 2025-01-01 – "
          "2028-12-31. Kommunstyrelsen i Sundbybergs stad godkände avtalet 2024-09-02, § 201 (Sundbybergs "
          "dnr KS-0288/2024). Avtalet innebär att elever som är folkbokförda i den ena kommunen får söka "
          "utbildning hos den andra enligt 20 kap. 14 § skollagen (2010:800)."),
    ("h", "Beslutsunderlag"),
    ("p", "Stadsledningsförvaltningens tjänsteutlåtande 2024-08-30\nSamverkansavtal, version 2024-08-12"),
    ("h", "Yrkanden"),
    ("p", "Helena Ström (KD) yrkar bifall till förvaltningens förslag. Anders Nyqvist (C) och Amira Hassan "
          "(S) instämmer i Helena Ströms yrkande."),
    ("h", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen beslutar att godkänna samverkansavtalet med Sundbybergs stad och att uppdra åt "
          "stadsdirektören att underteckna det."),
    ("h", "Beslutet skickas till"),
    ("p", "Sundbybergs stad"),

    ("para", "115", "KS/2024:262", "Tertialrapport 2 2024 för Solna stad"),
    ("p", "Fredrik Sand (M) har lämnat sammanträdet. Sara Berg (KD) tjänstgör från och med denna paragraf."),
    ("h", "Ärendebeskrivning"),
    ("p", "Tertialrapporten visar en prognos för helåret med ett överskott om 112 miljoner kronor. "
          "Prognosen bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från 2024-08-15. "
          "Byggnadsnämnden och socialnämnden redovisar underskott mot budget. Ekonomidirektör Jonas "
          "Wretman föredrar ärendet."),
    ("h", "Beslutsunderlag"),
    ("p", "Stadsledningsförvaltningens tjänsteutlåtande 2024-09-03"),
    ("h", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till förvaltningens förslag."),
    ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna tertialrapport 2 för 2024."),
    ("h", "Särskilt yttrande"),
    ("p", "Socialdemokraterna, Vänsterpartiet och Miljöpartiet lämnar följande gemensamma särskilda "
          "yttrande:"),
    ("p", "”Överskottet beror till stor del på engångsintäkter från markförsäljning. Underskotten i "
          "socialnämnden visar att verksamheten är underfinansierad.”"),
    ("sig3", ("Pernilla Ek (S)", "Leif Göransson (V)", "Elin Mårtensson (MP)")),
    ("p", "Ersättaren Marie Öberg (S) instämmer i det särskilda yttrandet."),
    ("h", "Protokollsanteckning"),
    ("p", "Sverigedemokraterna, genom Stefan Ek (SD), lämnar följande protokollsanteckning: ”Vi vill se "
          "en plan för hur underskotten ska hanteras före budgetberedningen.”"),
    ("h", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),
]


class SolnaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 11)
        self.set_xy(15, 10)
        self.cell(60, 6, "Solna stad")
        self.set_font("F", "B", 10)
        self.cell(70, 6, "SAMMANTRÄDESPROTOKOLL", align="C")
        self.set_font("F", "", 9)
        self.cell(50, 6, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 16)
        self.cell(60, 5, "Kommunstyrelsen")
        self.cell(70, 5, "")
        self.cell(50, 5, "Sammanträdesdatum 2024-09-16", align="R")
        self.line(15, 23, 195, 23)
        self.set_y(28)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 7)
        self.set_draw_color(0)
        self.rect(15, self.get_y(), 40, 9)
        self.rect(155, self.get_y(), 40, 9)
        self.set_x(15)
        self.cell(40, 4, "Justerandes sign")
        self.set_x(155)
        self.cell(40, 4, "Utdragsbestyrkande")


def att_table(pdf: FPDF, head: str, rows: list[tuple[str, str]]) -> None:
    left, right = head.split("|")
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(95, 5.5, left, border=1, fill=True)
    pdf.cell(85, 5.5, right, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    for name, note in rows:
        pdf.set_x(15)
        pdf.cell(95, 4.8, name, border=1)
        pdf.cell(85, 4.8, note, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def label_row(pdf: FPDF, label: str, value: str) -> None:
    pdf.set_x(15)
    pdf.set_font("F", "B", 9)
    pdf.cell(50, 5.5, label)
    pdf.set_font("F", "", 9)
    pdf.multi_cell(130, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = SolnaPDF(format="A4")
    pdf.set_margins(15, 28, 15)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-09-16 - Protokoll")
    pdf.set_author("Solna stad")
    pdf.set_creator("Netpublicator")
    pdf.set_producer("heldout21")
    pdf.add_page()
    label_row(pdf, "Plats och tid", "Solna stadshus, sammanträdesrum Råsunda, kl. 17.00–19.10")
    pdf.ln(2)
    for head, rows in ATTENDANCE:
        att_table(pdf, head, rows)
    label_row(pdf, "Utses att justera", "Pernilla Ek (S)")
    label_row(pdf, "Justeringens plats och tid",
              "Stadsledningsförvaltningen, Solna stadshus, torsdagen den 19 september 2024")
    label_row(pdf, "Protokollet omfattar", "§§ 112–115")
    # Justering box
    pdf.ln(3)
    y0 = pdf.get_y()
    pdf.set_font("F", "B", 9)
    pdf.set_xy(18, y0 + 2)
    pdf.cell(60, 5, "JUSTERING")
    pdf.set_font("F", "", 9)
    y = y0 + 9
    for role, name, extra in (("Sekreterare", "Tobias Fält", "Paragrafer 112–115"),
                              ("Ordförande", "Mats Larsson", ""),
                              ("Justerare", "Pernilla Ek", "")):
        pdf.set_xy(18, y)
        pdf.cell(30, 4.5, role)
        pdf.cell(80, 4.5, "." * 60)
        pdf.cell(60, 4.5, extra)
        pdf.set_xy(48, y + 4.5)
        pdf.cell(80, 4.5, name)
        y += 10
    pdf.rect(15, y0, 180, y - y0 + 1)
    pdf.set_y(y + 4)
    # ANSLAG/BEVIS box
    y0 = pdf.get_y()
    pdf.set_xy(18, y0 + 2)
    pdf.set_font("F", "B", 9)
    pdf.cell(60, 5, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8.5)
    pdf.set_x(18)
    pdf.multi_cell(174, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på "
                             "stadens digitala anslagstavla.", new_x="LMARGIN", new_y="NEXT")
    for lab, val in (("Organ", "Kommunstyrelsen"),
                     ("Sammanträdesdatum", "2024-09-16"),
                     ("Datum då anslaget sätts upp", "2024-09-20"),
                     ("Datum då anslaget tas ned", "2024-10-14"),
                     ("Förvaringsplats för protokollet", "Stadsledningsförvaltningen, Solna stadshus"),
                     ("Underskrift", "....................................   Tobias Fält")):
        pdf.set_x(18)
        pdf.cell(60, 4.4, lab)
        pdf.cell(110, 4.4, val, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(15, y0, 180, pdf.get_y() - y0 + 2)
    if pdf.page_no() != 1:
        raise SystemExit("ANSLAG/BEVIS box does not fit on page 1")

    for block in SOLNA_BODY:
        kind = block[0]
        if kind == "para":
            _, number, dnr, title = block
            pdf.add_page()
            pdf.set_font("F", "B", 12)
            pdf.set_x(15)
            pdf.cell(90, 7, f"§ {number}")
            pdf.set_font("F", "", 9)
            pdf.cell(90, 7, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(180, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("F", "B", 10)
            pdf.cell(180, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "vote":
            pdf.set_font("F", "B", 9)
            for head in ("Ja", "Nej", "Avstår"):
                pdf.cell(25, 5.5, head, border=1, align="C")
            pdf.ln()
            pdf.set_font("F", "", 9)
            for val in block[1]:
                pdf.cell(25, 5.5, val, border=1, align="C")
            pdf.ln(7)
        elif kind == "sig3":
            pdf.ln(2)
            pdf.set_font("F", "", 9)
            for _ in block[1]:
                pdf.cell(60, 5, "." * 30)
            pdf.ln()
            for name in block[1]:
                pdf.cell(60, 5, name)
            pdf.ln(7)
    pdf.output(str(DOCS / "solna-ks-2024-09-16-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Österåkers kommun, Kommunstyrelsen 2024-11-04, protokollsutdrag (1 §, "KS § 14:7").
# ---------------------------------------------------------------------------------------------

def _bold_para(d: docx.Document, text: str, size: float = 11) -> None:
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Arial"
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Österåkers kommun\tPROTOKOLLSUTDRAG\t"
    hp2 = sec.header.add_paragraph("Kommunstyrelsen\t\tSammanträdesdatum 2024-11-04")
    hp2.runs[0].font.size = Pt(9)
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    meta = d.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for row, (lab, val) in zip(meta.rows, (("Organ", "Kommunstyrelsen"),
                                           ("Sammanträdesdatum", "2024-11-04"),
                                           ("Sammanträde nr", "14")), strict=True):
        row.cells[0].text = lab
        row.cells[1].text = val
    d.add_paragraph()

    d.add_heading("KS § 14:7 Samverkansavtal om gemensam e-arkivfunktion med Vaxholms stad och "
                  "Vallentuna kommun", level=2)
    dp = d.add_paragraph("Dnr ÖKS 2024/45-1.2.3")
    dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    d.add_heading("Sammanfattning", level=3)
    d.add_paragraph(
        "Österåkers kommun, Vaxholms stad och Vallentuna kommun har sedan 2022 utrett en gemensam lösning "
        "för e-arkiv. Ett förslag till samverkansavtal mellan Österåkers kommun, Vaxholms stad och Vallentuna "
        "kommun har nu tagits fram. Österåkers kommun är värdkommun och tillhandahåller e-arkivet, och "
        "kostnaderna fördelas efter invånarantal den 1 november föregående år.")
    d.add_paragraph(
        "Vaxholms stad har godkänt avtalet i kommunstyrelsen 2024-10-14, § 118. Vallentuna kommuns dnr i "
        "ärendet är KS 2024.311. Arkivmyndighet är även fortsättningsvis respektive kommunstyrelse enligt "
        "8 § arkivlagen (1990:782), och Riksarkivets föreskrifter (RA-FS 2009:2) ska följas.")
    p = d.add_paragraph()
    r = p.add_run("Jäv: ")
    r.bold = True
    p.add_run("Ledamoten Mikael Sjöholm (M) anmäler jäv och deltar inte i handläggningen av ärendet.")

    d.add_heading("Beslutsunderlag", level=3)
    for item in ("Kommunstyrelsens arbetsutskotts förslag 2024-10-21, § 12:4",
                 "Tjänsteutlåtande från kanslienheten 2024-10-08",
                 "Förslag till samverkansavtal, version 2024-09-30"):
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Ordföranden Karl Ridderstad (M) yrkar bifall till arbetsutskottets förslag.")
    d.add_paragraph("Anna Carlsson (S) yrkar att ärendet ska återremitteras för att utreda en länsgemensam "
                    "lösning inom ramen för Storsthlm.")
    d.add_paragraph("Per Lund (V) och Sofie Ek (MP) instämmer i Anna Carlssons återremissyrkande.")

    d.add_heading("Beslutsgång", level=3)
    d.add_paragraph("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
                    "återremitteras och finner att det ska avgöras i dag. Votering begärs.")
    d.add_paragraph("Voteringsproposition: Ja för att ärendet ska avgöras i dag, nej för återremiss.")
    vt = d.add_table(rows=5, cols=2)
    vt.style = "Table Grid"
    for row, (lab, val) in zip(vt.rows, (("Omröstningsresultat", "Antal"), ("Ja", "8"), ("Nej", "4"),
                                         ("Avstår", "0"), ("Deltar ej (jäv)", "1")), strict=True):
        row.cells[0].text = lab
        row.cells[1].text = val
    d.add_paragraph("Kommunstyrelsen har därmed beslutat att ärendet ska avgöras i dag. Ordföranden ställer "
                    "därefter proposition på arbetsutskottets förslag och finner att kommunstyrelsen bifaller "
                    "det.")

    d.add_heading("Beslut", level=3)
    _bold_para(d, "Kommunstyrelsen föreslår kommunfullmäktige besluta", 11)
    d.add_paragraph("1.\tSamverkansavtal om gemensam e-arkivfunktion mellan Österåkers kommun, Vaxholms stad "
                    "och Vallentuna kommun godkänns.")
    d.add_paragraph("2.\tKostnaden för Österåkers kommun, 1,2 miljoner kronor per år, finansieras inom "
                    "kommunstyrelsens ram.")
    _bold_para(d, "Kommunstyrelsen beslutar för egen del", 11)
    d.add_paragraph("1.\tKommundirektören får i uppdrag att teckna avtalet under förutsättning att "
                    "kommunfullmäktige godkänner det.")
    d.add_paragraph("2.\tParagrafen förklaras omedelbart justerad.")

    d.add_heading("Reservation", level=3)
    d.add_paragraph("Anna Carlsson (S), Per Lund (V) och Sofie Ek (MP) reserverar sig mot beslutet att inte "
                    "återremittera ärendet.")
    d.add_heading("Protokollsanteckning (S, V, MP)", level=3)
    d.add_paragraph("Vi ser positivt på samverkan men anser att en länsgemensam lösning hade gett lägre "
                    "kostnader på sikt.")
    d.add_paragraph("Anna Carlsson (S)\tPer Lund (V)\tSofie Ek (MP)")
    d.add_heading("Särskilt yttrande (SD)", level=3)
    d.add_paragraph("Kent Bäckström (SD) lämnar följande särskilda yttrande: ”Avtalets uppsägningstid på "
                    "24 månader är för lång.”")
    d.add_heading("Expedieras", level=3)
    d.add_paragraph("Vaxholms stad\nVallentuna kommun\nKommunfullmäktige\nKanslienheten")

    d.add_paragraph()
    sig = d.add_table(rows=3, cols=3)
    sig.style = "Table Grid"
    for cell, text in zip(sig.rows[0].cells, ("Ordförande", "Justerare", "Sekreterare"), strict=True):
        cell.text = text
    for cell in sig.rows[1].cells:
        cell.text = "…………………………"
    for cell, text in zip(sig.rows[2].cells, ("Karl Ridderstad", "Anna Carlsson", "Maria Wennberg"),
                          strict=True):
        cell.text = text
    d.add_paragraph("Justeringsdatum 2024-11-07")

    ab = d.add_table(rows=6, cols=2)
    ab.style = "Table Grid"
    top = ab.rows[0].cells[0].merge(ab.rows[0].cells[1])
    top.text = "ANSLAG/BEVIS – Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
    for row, (lab, val) in zip(ab.rows[1:], (("Organ", "Kommunstyrelsen"),
                                             ("Sammanträdesdatum", "2024-11-04"),
                                             ("Anslaget sätts upp", "2024-11-08"),
                                             ("Anslaget tas ned", "2024-12-02"),
                                             ("Förvaringsplats", "Kanslienheten, Alceahuset, Åkersberga")),
                               strict=True):
        row.cells[0].text = lab
        row.cells[1].text = val
    up = d.add_paragraph("Utdragsbestyrkande: Maria Wennberg, kommunsekreterare")
    up.runs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)

    cp = d.core_properties
    cp.author = "Österåkers kommun"
    cp.last_modified_by = "Ciceron"
    cp.title = "Protokollsutdrag KS § 14:7"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 8, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "osteraker-ks-2024-11-04-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
