"""Generate the binary documents of tests/heldout63/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout63/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout63/gold/
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
FIXED_PDF = dt.datetime(2024, 9, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 10, 10, 0, 0)

# PDF: Gävle kommun, kommunstyrelsen 2024-09-17, full protocol (§§ 160-163).
# Attendance rows are written party first: (party, name, note).
ATTENDANCE: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Ledamöter", [
        ("S", "Anna Lundén", "ordförande"),
        ("C", "Karin Björk", "1:e vice ordförande, jäv § 161"),
        ("M", "Fredrik Holm", "2:e vice ordförande"),
        ("S", "Mikael Sundin", "§§ 161–163, anländer kl. 09.40"),
        ("S", "Petra Åström", ""),
        ("S", "Ali Demir", ""),
        ("V", "Tove Hammar", "§§ 160–162, lämnar kl. 11.15"),
        ("SD", "Lars Bengtsson", ""),
        ("SD", "Jenny Falk", ""),
        ("M", "Sara Nyqvist", ""),
    ]),
    ("Tjänstgörande ersättare", [
        ("L", "Oskar Widén", "för Maria Lagerqvist (L)"),
        ("S", "Ewa Lindgren", "för Mikael Sundin (S), § 160"),
        ("C", "Erik Sjöberg", "för Karin Björk (C), § 161"),
    ]),
    ("Ej tjänstgörande ersättare", [
        ("KD", "Hanna Rydén", ""),
        ("MP", "Jonas Berglund", ""),
    ]),
]
STAFF = [
    ("Cecilia Ahl", "kommundirektör"),
    ("Lena Ström", "ekonomidirektör"),
    ("Mattias Borg", "kommunsekreterare"),
]

# (kind, text): "h" paragraph heading, "s" sub-heading, "p" text, "page" page break.
PDF_BODY: list[tuple[str, str]] = [
    ("h", "§ 160  Information om lägesbild för trygghet och brottsförebyggande arbete"),
    ("p", "Lokalpolisområdeschef Johan Ekholm, Polismyndigheten, lokalpolisområde Gävle, och kommunens "
          "säkerhetschef Lotta Wik informerar om lägesbilden under sommaren 2024. Johan Ekholm redovisar "
          "statistik från Brottsförebyggande rådet och polisens egna trygghetsmätningar. Inga yrkanden."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen noterar informationen."),
    ("h", "§ 161  Avtal om fjärrvärmeleverans till kommunens fastigheter 2025–2029"),
    ("p", "Diarienummer 24KS0457"),
    ("s", "Jäv"),
    ("p", "Karin Björk (C), som är styrelseledamot i Gävle Energi AB, anmäler jäv och lämnar lokalen under "
          "ärendet. Erik Sjöberg (C) tjänstgör i hennes ställe."),
    ("s", "Ärendebeskrivning"),
    ("p", "Gävle kommun och Gävle Energi AB har förhandlat fram ett nytt avtal om fjärrvärmeleverans till "
          "kommunens verksamhetslokaler. Gävle Energi AB:s verkställande direktör Per-Olof Strand närvarar "
          "och redogör för prismodellen. Upphandlingschef Mats Granlund föredrar ärendet och svarar på frågor "
          "om hur avtalet förhåller sig till 3 kap. 17 § lagen (2016:1145) om offentlig upphandling."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse daterad 28 augusti 2024 från kommunledningsförvaltningen. "
          "Gävle Energi AB:s styrelsebeslut 2024-06-12."),
    ("page", ""),
    ("h", "§ 161 forts."),
    ("s", "Yrkanden"),
    ("p", "Anna Lundén (S) yrkar bifall till förvaltningens förslag. Fredrik Holm (M) yrkar att ärendet "
          "återremitteras för att komplettera med en jämförelse av priser i andra kommuner."),
    ("s", "Propositionsordning och votering"),
    ("p", "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. Votering "
          "begärs. Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet ska "
          "återremitteras röstar nej. Voteringen utfaller med 6 ja-röster och 5 nej-röster; ingen avstår. "
          "Kommunstyrelsen har därmed beslutat att avgöra ärendet i dag. Ordföranden ställer därefter "
          "proposition på Anna Lundéns yrkande och finner det bifallet."),
    ("s", "Beslut"),
    ("p", "1. Kommunstyrelsen godkänner avtal om fjärrvärmeleverans mellan Gävle kommun och Gävle Energi AB."),
    ("p", "2. Kommundirektören får i uppdrag att underteckna avtalet."),
    ("s", "Reservation"),
    ("p", "Moderaternas ledamöter Fredrik Holm och Sara Nyqvist reserverar sig mot beslutet att inte "
          "återremittera ärendet."),
    ("h", "§ 162  Yttrande över Länsstyrelsen Gävleborgs förslag till regional vattenförsörjningsplan"),
    ("p", "Diarienummer 24KS0498, Länsstyrelsens dnr 537-4410-2024"),
    ("s", "Ärendebeskrivning"),
    ("p", "Länsstyrelsen Gävleborg har skickat förslaget till regional vattenförsörjningsplan på remiss till "
          "länets kommuner med svar senast 2024-09-30. Gästrike Vatten AB har bidragit med underlag. "
          "Miljöstrateg Malin Eriksson har tagit fram förslaget till yttrande."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-08-30, Malin Eriksson, miljöstrateg. Remiss från Länsstyrelsen Gävleborg "
          "2024-06-20."),
    ("s", "Beslut"),
    ("p", "1. Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till "
          "Länsstyrelsen Gävleborg."),
    ("p", "2. Paragrafen justeras omedelbart."),
    ("s", "Särskilt yttrande"),
    ("p", "Lars Bengtsson (SD) lämnar ett särskilt yttrande, bilaga 1. Ersättaren Hanna Rydén (KD) "
          "instämmer i Lars Bengtssons särskilda yttrande."),
    ("h", "§ 163  Svar på motion om fler trygghetsvärdar i centrala Gävle"),
    ("p", "Diarienummer 24KS0113"),
    ("s", "Ärendebeskrivning"),
    ("p", "Sara Nyqvist (M) har i en motion till kommunfullmäktige 2024-02-19 föreslagit att antalet "
          "trygghetsvärdar i centrala Gävle fördubblas. Motionen har remitterats till socialnämnden och "
          "Gavlegårdarna AB, som yttrat sig 2024-05-08 respektive 2024-05-15."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-08-21. Socialnämndens beslut 2024-05-08, § 77."),
    ("s", "Yrkanden"),
    ("p", "Sara Nyqvist (M) yrkar bifall till motionen. Anna Lundén (S) yrkar att motionen ska anses besvarad. "
          "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt "
          "Anna Lundéns yrkande."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad."),
    ("s", "Reservation"),
    ("p", "Sara Nyqvist (M) och Fredrik Holm (M) reserverar sig till förmån för Sara Nyqvists yrkande."),
]

SIGNATURES = [("Sekreterare", "Mattias Borg"), ("Ordförande", "Anna Lundén"), ("Justerare", "Fredrik Holm")]


class GavlePDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 5, "GÄVLE KOMMUN")
        self.cell(0, 5, f"Protokoll  Kommunstyrelsen 2024-09-17   Sida {self.page_no()} av {{nb}}", align="R")
        self.ln(8)


def make_pdf() -> None:
    pdf = GavlePDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll KS 2024-09-17")
    pdf.set_author("Gävle kommun")
    pdf.set_creator("heldout63")
    pdf.set_producer("heldout63")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "Kommunstyrelsen – sammanträdesprotokoll", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    pdf.cell(0, 6, "Tid och plats: tisdagen den 17 september 2024 kl. 09.00–12.05, Rådhuset, Gävle",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for heading, rows in ATTENDANCE:
        pdf.set_font("F", "B", 10)
        pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 10)
        for party, name, note in rows:
            pdf.cell(14, 5, party)
            pdf.cell(55, 5, name)
            pdf.cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "Övriga närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    for name, title in STAFF:
        pdf.cell(69, 5, name)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5, "Utses att justera: Fredrik Holm (M)", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Justeringens plats och tid: Rådhuset, 2024-09-20   Paragrafer 160–163",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for role, name in SIGNATURES:
        pdf.cell(30, 8, role)
        pdf.cell(0, 8, "...................................   " + name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("F", "B", 9)
    pdf.cell(0, 5, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.multi_cell(0, 5, "Protokollet är justerat. Anslaget uppsatt 2024-09-23, nedtas 2024-10-15. "
                         "Förvaringsplats: Kommunledningsförvaltningen, Rådhuset.")
    pdf.add_page()
    for kind, text in PDF_BODY:
        if kind == "page":
            pdf.add_page()
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "s":
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(str(DOCS / "gavle-ks-2024-09-17-protokoll.pdf"))


# DOCX: Falu kommun, kultur- och fritidsnämnden 2024-05-07, protokollsutdrag (1 §).
DOCX_PARAS: list[tuple[str, str]] = [
    ("p", "Ärende"),
    ("p", "Kultur- och fritidsnämnden delar varje år ut Falu kommuns kulturpris och två kulturstipendier "
          "enligt riktlinjer antagna 2019-05-14, § 41. Till årets pris har 23 nomineringar kommit in. "
          "En beredningsgrupp bestående av Kerstin Bodin (S), Ingrid Lamm (M) och Jan Ekström (SD) har "
          "lämnat förslag till pristagare. Stipendierna samordnas med Region Dalarnas kulturstipendier. "
          "Kulturchef Anna Sjödin föredrar ärendet."),
    ("p", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-04-24, kultursekreterare Erik Wahl\nBeredningsgruppens protokoll 2024-04-10"),
    ("p", "Yrkanden"),
    ("p", "Ordföranden Helena Dahl (S) yrkar bifall till beredningsgruppens förslag. Jan Ekström (SD) yrkar "
          "att kulturpriset i stället tilldelas spelmannen Gustav Ahlberg."),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt hennes yrkande."),
    ("p", "Beslut"),
    ("num", "Falu kommuns kulturpris 2024 om 30 000 kronor tilldelas författaren Maria Hellqvist för hennes "
            "romansvit om livet kring Falu gruva."),
    ("num", "Kulturstipendier om 15 000 kronor vardera tilldelas musikern Oskar Dahlin och dansaren Lina Mäki."),
    ("num", "Priset och stipendierna delas ut vid kommunfullmäktiges sammanträde den 13 juni 2024."),
    ("p", "Reservation"),
    ("p", "Jan Ekström (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("p", "Beslutet skickas till: Pristagarna, Kommunfullmäktiges presidium, Kultur- och fritidsförvaltningen"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "FALU KOMMUN\tPROTOKOLLSUTDRAG\tKultur- och fritidsnämnden"
    sec.footer.paragraphs[0].text = "Justerandes signatur\tUtdragsbestyrkande"
    d.add_paragraph("Sammanträdesdatum 2024-05-07")
    d.add_paragraph("Justerare: Ingrid Lamm (M)")
    head = d.add_table(rows=1, cols=3)
    for cell, text in zip(head.rows[0].cells, ("§ 56", "Falu kommuns kulturpris och kulturstipendier 2024",
                                                "KoF 2024/00118"), strict=True):
        cell.text = text
    for kind, text in DOCX_PARAS:
        if kind == "num":
            d.add_paragraph(text, style="List Number")
        elif text in {"Ärende", "Beslutsunderlag", "Yrkanden", "Beslut", "Reservation"}:
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    sig = d.add_table(rows=2, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Helena Dahl", "Ingrid Lamm", "Sofia Berglund"), strict=True):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Ordförande", "Justerare", "Sekreterare"), strict=True):
        cell.text = text
    cp = d.core_properties
    cp.author = "Falu kommun"
    cp.last_modified_by = "Falu kommun"
    cp.title = "Protokollsutdrag KFN § 56"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 10, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "falun-kfn-2024-05-07-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
