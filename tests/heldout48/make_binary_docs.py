"""Build the PDF and DOCX documents of tests/heldout48 deterministically.

Run from anywhere: ``.venv/bin/python tests/heldout48/make_binary_docs.py``. The output is deterministic:
fixed PDF metadata and creation date, fixed DOCX core properties and fixed ZIP timestamps, so two runs give
identical bytes.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 21, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 20, 8, 0, 0)

# ---------------------------------------------------------------- Sollefteå KS (pdf)

FIRST_PAGE = [
    ("Plats och tid", "Kommunhuset, sammanträdesrummet Ådalen, kl. 09.00–12.40"),
    ("", "Ajournering kl. 10.30–10.45"),
    ("Ordförande", "Lena Ådahl (S)"),
    ("1:e vice ordförande", "Per-Erik Strömgren (C)"),
    ("2:e vice ordförande", "Malin Hedqvist (M)"),
    ("Övriga ledamöter", "Tommy Brännlund (S), Sara Nordin (S), Jörgen Olofsson (S), Anette Sjödin (V),"),
    ("", "Hans Rådström (C), Kristina Byström (KD), Niklas Edlund (SD), Emil Forsgren (SD)"),
    ("Tjänstgörande ersättare", "Birgitta Hällström (S) för Mats Lindqvist (S)"),
    ("", "Johan Lidén (M) för Karin Westman (M)"),
    ("Ersättare (ej tjg)", "Maria Lundberg (S), Erik Sundqvist (V), Ingela Tjernström (C), Ove Nyberg (L)"),
    ("Övriga närvarande", "Anders Kjellberg, kommunchef"),
    ("", "Eva Grahn, ekonomichef, § 101"),
    ("", "Linnea Hult, kommunsekreterare"),
    ("Utses att justera", "Malin Hedqvist (M) och Anette Sjödin (V)"),
    ("Justeringens plats och tid", "Kommunhuset, måndagen den 20 maj 2024"),
    ("Paragrafer", "§§ 101–103"),
]

SIGNATURES = [
    ("Sekreterare", "Linnea Hult"),
    ("Ordförande", "Lena Ådahl"),
    ("Justerande", "Malin Hedqvist                    Anette Sjödin"),
]

ANSLAG = [
    "ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ: Kommunstyrelsen            Sammanträdesdatum: 2024-05-14",
    "Datum då anslaget sätts upp: 2024-05-21      Datum då anslaget tas ned: 2024-06-12",
    "Förvaringsplats för protokollet: Kommunkansliet, Sollefteå",
]

P101 = [
    ("h", "§ 101   Lokalförsörjningsplan för förskolan 2025–2028"),
    ("dnr", "Dnr KS 2023/00487"),
    ("b", "Ärendebeskrivning"),
    ("t", "Barn- och utbildningsnämnden beslutade 2024-03-27, § 31, att föreslå att förskoleverksamheten i "
          "Sollefteå tätort samlas i tre större enheter. Kommunen ska enligt 8 kap. 3 § skollagen (2010:800) "
          "erbjuda förskola inom fyra månader från ansökan. Lokalerna förvaltas av Sollefteåforum AB. "
          "Kommunledningsförvaltningens tjänsteskrivelse är daterad 2024-04-22."),
    ("b", "Yrkanden"),
    ("t", "Lena Ådahl (S) yrkar bifall till kommunledningsförvaltningens förslag."),
    ("t", "Malin Hedqvist (M) yrkar att ärendet återremitteras för att konsekvenserna för Långsele och "
          "Ramsele ska utredas. Kristina Byström (KD) instämmer i Malin Hedqvists yrkande."),
    ("t", "Niklas Edlund (SD) yrkar avslag på beslutspunkt 2."),
    ("b", "Propositionsordning"),
    ("t", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och "
          "finner att ärendet ska avgöras i dag. Votering begärs."),
    ("b", "Votering 1 (återremiss)"),
    ("t", "Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet ska återremitteras "
          "röstar nej. Omröstningsresultat: 10 ja-röster och 3 nej-röster. Kommunstyrelsen har beslutat att "
          "ärendet ska avgöras i dag."),
    ("t", "Ordföranden ställer därefter proposition på bifall till eller avslag på beslutspunkt 2 och finner "
          "bifall. Votering begärs."),
    ("b", "Votering 2 (beslutspunkt 2)"),
    ("t", "Ja för bifall till kommunledningsförvaltningens förslag, nej för Niklas Edlunds avslagsyrkande. "
          "Omröstningsresultat: 11 ja-röster och 2 nej-röster. Kommunstyrelsen har bifallit förslaget."),
    ("b", "Beslut"),
    ("t", "Kommunstyrelsen beslutar"),
    ("t", "1.  Lokalförsörjningsplan för förskolan 2025–2028 antas."),
    ("t", "2.  Förskolorna Hågesta och Nipan samlokaliseras från och med höstterminen 2026."),
    ("t", "3.  Kommunledningsförvaltningen får i uppdrag att återrapportera genomförandet senast 2025-12-31."),
    ("b", "Reservationer"),
    ("t", "Malin Hedqvist (M) reserverar sig mot beslutet att avgöra ärendet i dag till förmån för sitt "
          "återremissyrkande. Kristina Byström (KD) instämmer i Malin Hedqvists reservation."),
    ("t", "Niklas Edlund (SD) och Emil Forsgren (SD) reserverar sig mot beslutspunkt 2 till förmån för Niklas "
          "Edlunds yrkande."),
    ("b", "Röstförklaring"),
    ("t", "Anette Sjödin (V) lämnar följande röstförklaring: ”Vi röstade för att avgöra ärendet i dag, men "
          "vill se en plan för personalen innan samlokaliseringen genomförs.”"),
    ("b", "Beslutet skickas till"),
    ("t", "Barn- och utbildningsnämnden, Sollefteåforum AB"),
]

P102 = [
    ("h", "§ 102   Svar på motion om kamerabevakning vid Sollefteå resecentrum"),
    ("dnr", "Dnr KS 2023/00211"),
    ("b", "Ärendebeskrivning"),
    ("t", "Niklas Edlund (SD) föreslår i en motion inkommen 2023-09-18 att kommunen ansöker om att få "
          "kamerabevaka resecentrum. Kamerabevakning på allmän plats kräver tillstånd från "
          "Integritetsskyddsmyndigheten enligt 8 § kamerabevakningslagen (2018:1200). Polismyndigheten har "
          "inte bedömt platsen som särskilt brottsutsatt. Tjänsteskrivelse 2024-04-15."),
    ("b", "Yrkanden"),
    ("t", "Tommy Brännlund (S) yrkar att motionen avslås. Niklas Edlund (SD) yrkar bifall till motionen."),
    ("b", "Propositionsordning och votering"),
    ("t", "Ordföranden ställer proposition på Tommy Brännlunds yrkande mot Niklas Edlunds yrkande och finner "
          "att kommunstyrelsen bifaller Tommy Brännlunds yrkande. Votering begärs och verkställs med upprop. "
          "Ja för Tommy Brännlunds yrkande, nej för Niklas Edlunds yrkande."),
    ("vote", ""),
    ("t", "Kommunstyrelsen har beslutat enligt Tommy Brännlunds yrkande."),
    ("b", "Beslut"),
    ("t", "Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen."),
    ("b", "Reservation"),
    ("t", "Ledamöterna från SD reserverar sig mot beslutet."),
    ("b", "Protokollsanteckning"),
    ("t", "V-gruppen genom Anette Sjödin lämnar följande anteckning: ”Trygghet skapas i första hand genom "
          "belysning och närvaro av vuxna, inte genom kameror.”"),
]

ROLL_CALL = [
    ("Lena Ådahl", "S", "Ja"), ("Per-Erik Strömgren", "C", "Ja"), ("Malin Hedqvist", "M", "Avstår"),
    ("Tommy Brännlund", "S", "Ja"), ("Sara Nordin", "S", "Ja"), ("Jörgen Olofsson", "S", "Ja"),
    ("Mats Lindqvist", "S", "Frånvarande"), ("Birgitta Hällström", "S", "Ja"), ("Anette Sjödin", "V", "Ja"),
    ("Hans Rådström", "C", "Ja"), ("Kristina Byström", "KD", "Nej"), ("Karin Westman", "M", "Frånvarande"),
    ("Johan Lidén", "M", "Avstår"), ("Niklas Edlund", "SD", "Nej"), ("Emil Forsgren", "SD", "Nej"),
]
COLUMNS = ["Ja", "Nej", "Avstår", "Frånvarande"]

P103 = [
    ("h", "§ 103   Samverkansavtal mellan Sollefteå kommun och Region Västernorrland om hälsofrämjande insatser"),
    ("dnr", "Dnr KS 2024/00133"),
    ("b", "Ärendebeskrivning"),
    ("t", "Sollefteå kommun och Region Västernorrland har tagit fram ett samverkansavtal om gemensamma "
          "hälsofrämjande insatser för barn och unga. Avtalet gäller 2024-07-01–2027-06-30 och har stöd i "
          "2 kap. 2 § kommunallagen (2017:725). Tjänsteskrivelse 2024-04-29."),
    ("b", "Beslut"),
    ("t", "Kommunstyrelsen beslutar"),
    ("t", "1.  Samverkansavtalet mellan Sollefteå kommun och Region Västernorrland godkänns."),
    ("t", "2.  Kommunchefen får i uppdrag att underteckna avtalet."),
    ("t", "3.  Paragrafen justeras omedelbart."),
    ("b", "Beslutet skickas till"),
    ("t", "Region Västernorrland"),
]


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(95, 5, "SOLLEFTEÅ KOMMUN")
        self.set_font("F", "", 10)
        self.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Kommunstyrelsen")
        self.cell(0, 5, f"2024-05-14          {self.page_no()} (4)", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign  ............        Utdragsbestyrkande  ............", align="C")


def write_block(pdf: FPDF, items: list[tuple[str, str]]) -> None:
    for kind, text in items:
        if kind == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "dnr":
            pdf.set_font("F", "", 10)
            pdf.cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.ln(2)
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "vote":
            write_roll_call(pdf)
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def write_roll_call(pdf: FPDF) -> None:
    pdf.ln(1)
    pdf.set_font("F", "B", 9)
    widths = [55, 15, 18, 18, 18, 26]
    for w, head in zip(widths, ["Namn", "Parti", *COLUMNS], strict=True):
        pdf.cell(w, 5, head, border=1, align="C")
    pdf.ln()
    pdf.set_font("F", "", 9)
    totals = dict.fromkeys(COLUMNS, 0)
    for name, party, vote in ROLL_CALL:
        totals[vote] += 1
        pdf.cell(widths[0], 5, name, border=1)
        pdf.cell(widths[1], 5, party, border=1, align="C")
        for w, col in zip(widths[2:], COLUMNS, strict=True):
            pdf.cell(w, 5, "X" if vote == col else "", border=1, align="C")
        pdf.ln()
    pdf.set_font("F", "B", 9)
    pdf.cell(widths[0], 5, "Summa", border=1)
    pdf.cell(widths[1], 5, "", border=1)
    for w, col in zip(widths[2:], COLUMNS, strict=True):
        pdf.cell(w, 5, str(totals[col]), border=1, align="C")
    pdf.ln(7)


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-05-14")
    pdf.set_author("Sollefteå kommun")
    pdf.set_creator("heldout48")
    pdf.set_producer("heldout48")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for label, value in FIRST_PAGE:
        pdf.set_font("F", "B", 9)
        pdf.cell(48, 5, label)
        pdf.set_font("F", "", 9)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, name in SIGNATURES:
        pdf.set_font("F", "B", 9)
        pdf.cell(48, 5, label)
        pdf.set_font("F", "", 9)
        pdf.cell(0, 5, "........................................", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(48, 5, "")
        pdf.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("F", "", 9)
    for line in ANSLAG:
        pdf.cell(0, 5, line, border="LR", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    write_block(pdf, P101)
    pdf.add_page()
    write_block(pdf, P102)
    write_block(pdf, P103)
    (DOCS / "solleftea-ks-2024-05-14-protokoll.pdf").write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------- Sunne BUN (docx)

ATTENDANCE = [
    ("Närvarande ledamöter", [
        "Ulrika Gustafsson (S), ordförande", "Bengt Malmström (C), vice ordförande", "Lars Fryxell (S)",
        "Eva Nordqvist (S)", "Anders Bäckman (M)", "Maria Kvist (KD)", "Fredrik Sand (L)", "Rickard Lööf (SD)",
    ]),
    ("Tjänstgörande ersättare", ["Agneta Rosén (S), ersätter Jonas Ek (S)"]),
    ("Ersättare, ej tjänstgörande", ["Hanna Lilja (C)", "Peter Dahlgren (C)", "Marcus Öberg (V)"]),
    ("Tjänstemän", ["Camilla Frödin, förvaltningschef", "Johan Sätter, nämndsekreterare"]),
    ("Justerare", ["Anders Bäckman (M)"]),
    ("Justeringens plats och tid", ["Kommunhuset, Sunne, 2024-03-18 kl. 15.00"]),
    ("Paragrafer", ["18–20"]),
]

BODY = [
    ("h", "§ 18 Förändrad skolorganisation i Västra Ämtervik och Lysvik"),
    ("p", "Diarienummer: BUN 2023/87"),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Elevantalet vid Västra Ämterviks skola har minskat till 23 elever. Förvaltningen föreslår i "
          "tjänsteskrivelse daterad 2024-02-26 att skolan avvecklas och att eleverna erbjuds plats vid Lysviks "
          "skola. Samråd med vårdnadshavare hölls 2024-01-23. Enligt 10 kap. 30 § skollagen (2010:800) ska "
          "elevens önskemål beaktas vid placering. Uppgifterna om elevantal är hämtade från Skolverket."),
    ("b", "Yrkanden"),
    ("p", "Ulrika Gustafsson (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Anders Bäckman (M) yrkar, med instämmande av Maria Kvist (KD) och Fredrik Sand (L), bifall till "
          "M, KD och L:s gemensamma förslag att skolan ska vara kvar och utvecklas till en F–3-skola."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på de två förslagen och finner att nämnden bifaller ordförandens "
          "yrkande. Votering begärs."),
    ("p", "Ajournering kl. 14.35–14.50 på begäran av Anders Bäckman (M)."),
    ("p", "Efter ajourneringen godkänns följande voteringsproposition: Ja-röst för ordförandens yrkande, "
          "nej-röst för Anders Bäckmans yrkande."),
    ("p", "Ja: Ulrika Gustafsson (S), Lars Fryxell (S), Eva Nordqvist (S), Agneta Rosén (S)"),
    ("p", "Nej: Anders Bäckman (M), Maria Kvist (KD), Fredrik Sand (L), Rickard Lööf (SD)"),
    ("p", "Avstår: Bengt Malmström (C)"),
    ("p", "Med 4 ja-röster mot 4 nej-röster, 1 avstår, har rösterna fallit lika. Ordföranden använder sin "
          "utslagsröst och barn- och utbildningsnämnden har därmed beslutat enligt ordförandens yrkande."),
    ("b", "Beslut"),
    ("p", "Barn- och utbildningsnämnden beslutar"),
    ("p", "1. Västra Ämterviks skola avvecklas från och med höstterminen 2025 och eleverna erbjuds plats vid "
          "Lysviks skola."),
    ("p", "2. Förvaltningen får i uppdrag att ta fram en plan för skolskjuts."),
    ("p", "3. Beslutet redovisas för kommunstyrelsen."),
    ("b", "Reservationer"),
    ("p", "M, KD och L reserverar sig till förmån för sitt gemensamma förslag."),
    ("p", "Rickard Lööf (SD) reserverar sig mot beslutet."),
    ("p", "Expedieras till: Kommunstyrelsen, rektorerna i Lysvik och Västra Ämtervik"),
    ("h", "§ 19 Remiss från Region Värmland – Regional kompetensförsörjningsstrategi 2024–2030"),
    ("p", "Diarienummer: BUN 2024/12   (Region Värmlands dnr RV 2024-00218)"),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Region Värmland har skickat förslaget till regional kompetensförsörjningsstrategi på remiss till "
          "länets kommuner. Kommunstyrelsen har överlämnat remissen till barn- och utbildningsnämnden för "
          "besvarande. Svar ska lämnas senast 2024-03-31. Förvaltningens tjänsteskrivelse med förslag till "
          "yttrande är daterad 2024-02-29."),
    ("b", "Yrkande"),
    ("p", "Ulrika Gustafsson (S) yrkar bifall till förvaltningens förslag till yttrande."),
    ("b", "Beslut"),
    ("p", "Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till "
          "Region Värmland."),
    ("b", "Särskilt yttrande från L-gruppen"),
    ("p", "Liberalerna ställer sig bakom yttrandet men saknar en tydligare koppling till lärarförsörjningen i "
          "länets mindre kommuner."),
    ("p", "Fredrik Sand (L)"),
    ("p", "Ersättaren Peter Dahlgren (C) ansluter sig till yttrandet."),
    ("p", "Paragrafen förklaras omedelbart justerad."),
    ("h", "§ 20 Yttrande över motion om gratis frukost i skolan"),
    ("p", "Diarienummer: BUN 2023/142   (kommunstyrelsens dnr KS 2023/611)"),
    ("b", "Sammanfattning av ärendet"),
    ("p", "Marcus Öberg (V) har i en motion till kommunfullmäktige 2023-10-16 föreslagit att alla elever i "
          "grundskolan ska erbjudas frukost. Kommunfullmäktige har remitterat motionen till barn- och "
          "utbildningsnämnden för yttrande. Förvaltningens tjänsteskrivelse är daterad 2024-02-19."),
    ("b", "Yrkande"),
    ("p", "Eva Nordqvist (S) yrkar att nämnden föreslår att motionen avslås."),
    ("b", "Beslut"),
    ("p", "Barn- och utbildningsnämnden föreslår kommunfullmäktige att avslå motionen."),
    ("b", "Ersättaryttrande"),
    ("p", "Marcus Öberg (V), ersättare som inte tjänstgör vid sammanträdet, lämnar följande yttrande: "
          "”En frukost i skolan är en liten kostnad jämfört med vad hungriga elever förlorar i lärande.”"),
    ("p", "Expedieras till: Kommunfullmäktige"),
    ("b", "Underskrifter"),
    ("p", "Sekreterare: Johan Sätter"),
    ("p", "Ordförande: Ulrika Gustafsson"),
    ("p", "Justerare: Anders Bäckman"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    section.header.paragraphs[0].text = "SUNNE KOMMUN\tSAMMANTRÄDESPROTOKOLL\tBarn- och utbildningsnämnden"
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Sunne kommun, Kommunhuset, onsdagen den 13 mars 2024, kl. 13.00–16.10")
    for label, names in ATTENDANCE:
        d.add_paragraph().add_run(label).bold = True
        para = d.add_paragraph()
        for i, name in enumerate(names):
            run = para.add_run(name)
            if i < len(names) - 1:
                run.add_break()
    for kind, text in BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Sunne kommun"
    cp.last_modified_by = "Sunne kommun"
    cp.title = "Protokoll barn- och utbildningsnämnden 2024-03-13"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "sunne-bun-2024-03-13-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
