"""Generate the binary documents of tests/heldout150/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout150/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in gold/ describe the
texts written here; change both together. Written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 12, 12, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 7, 9, 15, 0)

# ---------------------------------------------------------------- Kungsör, PDF
KUNGSOR_HEADER = "KUNGSÖRS KOMMUN        Kommunstyrelsen        SAMMANTRÄDESPROTOKOLL 2024-12-09"

KUNGSOR_ATT = [
    ("Namn", "Parti", "Anmärkning"),
    ("Ann-Sofie Lindgren", "S", "Ordförande"),
    ("Mats Hammar", "M", "1:e vice ordförande"),
    ("Ingela Björk", "S", ""),
    ("Rolf Sandberg", "S", ""),
    ("Ahmed Farah", "S", ""),
    ("Camilla Eng", "KD", ""),
    ("Jan Tornberg", "SD", ""),
    ("Lina Moberg", "C", "tjg ers för Ove Dahl (C)"),
    ("Petra Kron", "L", ""),
]

KUNGSOR_P1_AFTER = """\
#Ersättare, ej tjänstgörande
Erik Falk (M), Susanne Wall (S), Nils Grön (SD)

#Övriga närvarande
Maria Holmer, kommunchef
Lars Uddén, ekonomichef, §§ 187–188
Karin Sjölin, kommunsekreterare

#Justerare
Mats Hammar och Camilla Eng
Justering: Kommunhuset, Kungsör, 2024-12-12 kl. 15.00

Sekreterare ............................................ Paragrafer 187–189
Karin Sjölin
Ordförande ............................................
Ann-Sofie Lindgren
Justerare ............................................ ............................................
Mats Hammar                                   Camilla Eng

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Kommunstyrelsen, sammanträdesdatum 2024-12-09
Anslaget sätts upp 2024-12-13 och tas ned 2025-01-07
Protokollet förvaras på kommunkansliet, Kungsör.
"""

KUNGSOR_BODY = """\
=
#§ 187    Dnr KS 2024/311
#Ändrad bolagsordning för Kungsörs KommunTeknik AB
#Kommunstyrelsens förslag till kommunfullmäktige
1) Kommunfullmäktige fastställer ändrad bolagsordning för Kungsörs KommunTeknik AB enligt bilaga 1.
2) Kommunens ombud på bolagsstämman instrueras att rösta för ändringen.
#Ärendet
Kungsörs Kommunföretag AB har begärt att bolagsordningen ändras så att bolaget också kan äga
laddinfrastruktur. Fullmäktige fastställde nuvarande bolagsordning 2019-06-17, § 58. Ändringen ska
enligt 10 kap. 3 § kommunallagen (2017:725) ha fullmäktiges godkännande.
#Beslutsunderlag
Tjänsteskrivelse från kommunchefen 2024-11-18
Styrelseprotokoll Kungsörs Kommunföretag AB 2024-10-30
#Beslutet skickas till
Kommunfullmäktige
Kungsörs KommunTeknik AB
#§ 188    Dnr KS 2024/298
#Svar på remiss av trafikförsörjningsprogram för Västmanlands län 2026–2030
#Beslut
Kommunstyrelsen antar tjänsteskrivelsen som sitt svar till Region Västmanland.
#Ärendet
Region Västmanland (regionens diarienummer RV 2024/01377) har skickat förslag till regionalt
trafikförsörjningsprogram på remiss med sista svarsdag 2024-12-20. Programmet tas fram enligt 2 kap.
8 § lagen (2010:1065) om kollektivtrafik. Kungsörs kommun lyfter pendeltågstrafiken mot
Eskilstuna och Västerås och busslinjen till Arboga. VL – Västmanlands Lokaltrafik har bidragit med
resandestatistik.
#Beslutsunderlag
Tjänsteskrivelse 2024-11-25
#Yrkanden
Ann-Sofie Lindgren (S) yrkar bifall till förslaget.
Jan Tornberg (SD) yrkar att yttrandet kompletteras med krav på fler turer till Valskog.
#Propositionsordning
Ordföranden ställer proposition på förslaget mot Jan Tornbergs yrkande och finner att förslaget bifalls.
Omröstning begärs. Ja-röst för förslaget, nej-röst för Jan Tornbergs yrkande.
=
#§ 188 forts.
#Omröstningsresultat
"""

KUNGSOR_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Ann-Sofie Lindgren (S)", "X", "", ""),
    ("Mats Hammar (M)", "X", "", ""),
    ("Ingela Björk (S)", "X", "", ""),
    ("Rolf Sandberg (S)", "X", "", ""),
    ("Ahmed Farah (S)", "X", "", ""),
    ("Camilla Eng (KD)", "X", "", ""),
    ("Jan Tornberg (SD)", "", "X", ""),
    ("Lina Moberg (C)", "X", "", ""),
    ("Petra Kron (L)", "", "", "X"),
    ("Summa", "7", "1", "1"),
]

KUNGSOR_END = """\
Kommunstyrelsen har beslutat enligt förslaget.
#Reservation
Jan Tornberg (SD) reserverar sig skriftligen, bilaga 2.
#Särskilt yttrande
Petra Kron (L) lämnar ett särskilt yttrande om tågstoppet i Kungsör, bilaga 3. Ersättaren Erik Falk (M)
instämmer i yttrandet.
#Beslutet skickas till
Region Västmanland
#§ 189    Dnr KS 2024/340
#Avtal om gemensam IT-drift mellan Kungsörs kommun, Arboga kommun och Köpings kommun
#Beslut
Kommunstyrelsen godkänner avtalet om gemensam IT-drift för perioden 2025-01-01–2027-12-31.
#Omedelbar justering
Paragrafen justeras omedelbart.
#Ärendet
Kommunerna har sedan 2016 samverkat om IT-drift, där Köpings kommun är
värdkommun. Det nya avtalet reglerar även informationssäkerhet enligt dataskyddsförordningen.
Tjänsteskrivelse 2024-11-29. Arboga kommun godkände avtalet 2024-11-26, § 201.
#Beslutet skickas till
Arboga kommun, Köpings kommun
"""


def _pdf_lines(pdf: FPDF, text: str) -> None:
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")


def _pdf_table(pdf: FPDF, rows, widths) -> None:
    for i, row in enumerate(rows):
        pdf.set_font("F", "B" if i == 0 else "", 10)
        for text, w in zip(row, widths, strict=False):
            pdf.cell(w, 6, text, border=1)
        pdf.ln(6)
    pdf.ln(2)


class KungsorPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 5, KUNGSOR_HEADER, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes sign          Utdragsbestyrkande          Sida {self.page_no()} av {{nb}}")


def make_pdf() -> None:
    pdf = KungsorPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-12-09")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    _pdf_lines(pdf, "#Kommunstyrelsen\nSammanträde 2024-12-09, kl. 13.15–16.05\nPlats: Kommunhuset, "
               "sammanträdesrummet Kungsgården\n\n#Beslutande")
    _pdf_table(pdf, KUNGSOR_ATT, (60, 20, 80))
    _pdf_lines(pdf, KUNGSOR_P1_AFTER)
    _pdf_lines(pdf, KUNGSOR_BODY)
    _pdf_table(pdf, KUNGSOR_VOTE, (70, 20, 20, 20))
    _pdf_lines(pdf, KUNGSOR_END)
    pdf.output(str(DOCS / "kungsor-ks-2024-12-09-protokoll.pdf"))


# ---------------------------------------------------------------- Ovanåker, DOCX
OVK_HEAD = [
    "#PROTOKOLL",
    "Kommunstyrelsen",
    "Sammanträdesdatum: 2025-03-04",
    "Plats och tid: Kommunhuset, Edsbyn, sessionssalen, kl. 09.00–12.10",
]

OVK_ATT = (
    "Närvarande beslutande: Ewa Lundin (C) ordförande, Jörgen Nyström (S) vice ordförande, "
    "Per-Erik Hed (C), Lisa Wiklund (C), Anders Kvist (S), Marie Dahlin (S), Tommy Grahn (S), "
    "Lars Öberg (SD), Jessica Sund (SD), Karin Nordqvist (M), Bertil Alm (M), Helena Fors (KD), "
    "Sofia Lind (V), samt tjänstgörande ersättare Kjell Mattsson (S) för Gunnel Björk (S) och "
    "Yvonne Åhs (L) för Olle Frid (L)."
)

OVK_REST = [
    ("Ej tjänstgörande ersättare", "Emma Strand (C), Rickard Bäck (S), Mona Kärr (SD)"),
    ("Övriga närvarande", "Henrik Söderlund, kommundirektör; Anna Jonsson, ekonomichef, § 41; "
     "Petra Hellman, kommunsekreterare"),
    ("Justerare", "Karin Nordqvist (M) och Anders Kvist (S)"),
    ("Justeringens tid och plats", "Kommunhuset, Edsbyn, 2025-03-07"),
    ("Paragrafer", "§§ 41–43"),
]

OVK_BODY = [
    "#§ 41 Svar på motion om solceller på kommunens fastigheter",
    "Diarienummer KS 2024/00187",
    "#Kommunstyrelsens förslag till beslut i kommunfullmäktige",
    "Motionen bifalls.",
    "#Ärendebeskrivning",
    "Sofia Lind (V) föreslår i en motion den 12 februari 2024 att alla kommunens fastigheter med lämpliga tak "
    "förses med solceller. Ovanåkers Bostäder AB och Helsinge Net Ovanåker AB har lämnat synpunkter. Enligt "
    "kommunens energiplan, antagen 2022-10-24, § 87, ska egen elproduktion öka. Samhällsbyggnadsförvaltningens "
    "tjänsteskrivelse 2025-02-10 föreslår att motionen bifalls.",
    "#Yrkanden",
    "Sofia Lind (V) och Jörgen Nyström (S) yrkar bifall till förslaget. Karin Nordqvist (M) och Bertil Alm (M) "
    "yrkar avslag på motionen.",
    "#Beslutsgång",
    "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller förslaget. Votering "
    "begärs. Kommunstyrelsen bifaller förslaget med nio röster mot fyra; två ledamöter avstår från att rösta.",
    "#Reservation",
    "Mot beslutet reserverar sig Karin Nordqvist (M) och Bertil Alm (M).",
    "#Expedieras",
    "Kommunfullmäktige",
    "#§ 42 Avsiktsförklaring om samverkan kring hälsocentralen i Alfta",
    "Diarienummer KS 2025/00022",
    "#Beslut",
    "•\tKommunstyrelsen godkänner avsiktsförklaringen mellan Ovanåkers kommun och Region Gävleborg.",
    "•\tKommundirektören får i uppdrag att underteckna avsiktsförklaringen.",
    "#Ärendebeskrivning",
    "Region Gävleborg planerar att flytta Alfta hälsocentral till nya lokaler 2027. Avsiktsförklaringen anger hur "
    "kommunens hemsjukvård och regionens primärvård ska dela lokaler. Tjänsteskrivelse 2025-02-17. "
    "Regionen behandlade ärendet 2025-02-13.",
    "#Protokollsanteckning",
    "Lars Öberg (SD) antecknar att lokalkostnaderna bör redovisas innan avtal tecknas.",
    "#Expedieras",
    "Region Gävleborg",
    "#§ 43 Remissvar – Betänkandet En ny kommunal redovisningsmodell (SOU 2024:61)",
    "Diarienummer KS 2024/00301, Fi2024/02314",
    "#Beslut",
    "Kommunstyrelsen lämnar yttrande till Finansdepartementet enligt bilaga 5.",
    "#Ärendebeskrivning",
    "Finansdepartementet har skickat betänkandet på remiss till bland andra Ovanåkers kommun med svar senast "
    "2025-03-14. Sveriges Kommuner och Regioner har lämnat ett eget remissvar. Ekonomiavdelningens tjänsteskrivelse "
    "är daterad 2025-02-20. Lagen (2018:597) om kommunal bokföring och redovisning berörs.",
    "#Särskilt yttrande",
    "Lars Öberg (SD) m.fl. lämnar ett särskilt yttrande, bilaga 6.",
    "#Expedieras",
    "Finansdepartementet",
]

OVK_SIGN = [
    ("Sekreterare", "Petra Hellman"),
    ("Ordförande", "Ewa Lundin"),
    ("Justerare", "Karin Nordqvist          Anders Kvist"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-03-04"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OVANÅKERS KOMMUN\tKommunstyrelsen\tProtokoll 2025-03-04"
    sec.footer.paragraphs[0].text = "Justerandes signatur ________    Utdragsbestyrkande ________"
    for line in OVK_HEAD:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    d.add_paragraph(OVK_ATT)
    table = d.add_table(rows=0, cols=2)
    for label, value in OVK_REST:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in OVK_BODY:
        if line.startswith("#§"):
            d.add_page_break() if line.startswith("#§ 41") else None
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    d.add_paragraph().add_run("Underskrifter").bold = True
    sig = d.add_table(rows=0, cols=2)
    for label, value in OVK_SIGN:
        cells = sig.add_row().cells
        cells[0].text = label
        cells[1].text = value
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 7, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "ovanaker-ks-2025-03-04-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
