# ruff: noqa: E501
"""Generate the binary documents of tests/heldout181/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout181/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2023, 11, 27, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2026, 2, 2, 10, 0, 0)

# ---------------------------------------------------------------- Heby, UN (PDF)

# Attendance as label column (left) + lines (right); "" label continues the previous group.
HEBY_ATTENDANCE = [
    ("Ledamöter", "Eva Lundgren (S), ordförande"),
    ("", "Mats Hedlund (C), 1:e vice ordförande"),
    ("", "Ingela Ström (M), 2:e vice ordförande"),
    ("", "Rolf Jansson (S)"),
    ("", "Leila Haddad (S), §§ 52–54"),
    ("", "Oskar Lind (SD)"),
    ("", "Birgitta Ek (V)"),
    ("Tjänstgörande ersättare", "Johan Vestin (S), §§ 55–56, för Leila Haddad (S)"),
    ("Ej tjänstgörande ersättare", "Sara Blom (M)"),
    ("", "Kenneth Öhman (SD)"),
    ("Övriga deltagare", "Annika Hellström (förvaltningschef)"),
    ("", "Jesper Norén (controller), § 53"),
    ("", "Louise Falk (nämndsekreterare)"),
]

HEBY_FRONT_AFTER = """\
Justerare: Ingela Ström (M)
Justeringens tid och plats: 2023-11-27, kommunhuset i Heby
Justerade paragrafer: §§ 52–56

Sekreterare ...............................................  Louise Falk
Ordförande ...............................................  Eva Lundgren
Justerare ...............................................  Ingela Ström

#Anslag
Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2023-11-28.
Sista dag för överklagande: 2023-12-19. Protokollet förvaras på utbildningsförvaltningen.
"""

HEBY_BODY = """\
@Un § 52|Val av justerare och fastställande av dagordning
Utbildningsnämnden utser Ingela Ström (M) att justera protokollet och fastställer dagordningen med tillägg av ärendet Information från förvaltningschefen.

@Un § 53|Internbudget 2024 för utbildningsnämnden
Dnr UN 2023/0241
Kommunfullmäktige beslutade 2023-06-19, § 64, om ramar för 2024. Utbildningsnämndens ram uppgår till 318,4 miljoner kronor. Controller Jesper Norén redovisar fördelningen mellan förskola, grundskola och gymnasieskola. Förvaltningschefens tjänsteskrivelse 2023-11-07.
#Yrkanden
Eva Lundgren (S) yrkar bifall till förvaltningens förslag.
Oskar Lind (SD) yrkar att 1,5 miljoner kronor flyttas från gymnasieskolan till grundskolans elevhälsa.
#Beslutsgång
Ordföranden ställer yrkandena mot varandra och finner Lundgrens yrkande bifallet. Votering begärs. Med 6 röster mot 1 bifaller nämnden Lundgrens yrkande.
#Utbildningsnämndens beslut
1. Internbudget 2024 fastställs enligt bilaga 1.
2. Förvaltningschefen får i uppdrag att fördela ramen till enheterna senast 2023-12-15.
3. Uppföljning redovisas vid nämndens sammanträde i april 2024.
#Reservation
Oskar Lind (SD) reserverar sig till förmån för eget yrkande.

@Un § 54|Samverkansavtal om gymnasieutbildning med Sala kommun 2024–2027
Dnr UN 2023/0198
Elever från Heby kommun går i stor utsträckning i gymnasieskola i Sala och Uppsala. Ett samverkansavtal mellan Heby kommun och Sala kommun föreslås, där eleverna får samma behörighet till Sala kommuns nationella program som kommunens egna elever. Uppsala kommun och Region Uppsala har informerats men deltar inte i avtalet. Avtalet följer 16 kap. 50 § skollagen (2010:800) om interkommunal ersättning.
=
@Un § 54 forts.|
Beslutsunderlag: tjänsteskrivelse 2023-11-02, förslag till avtal daterat 2023-10-25.
#Utbildningsnämndens beslut
att godkänna samverkansavtalet med Sala kommun för perioden 2024-07-01–2027-06-30,
att uppdra åt förvaltningschefen att underteckna avtalet.
#Protokollsanteckning
Birgitta Ek (V) antecknar att skolskjutsarna till Sala bör ses över inför hösten 2024.
Beslutet skickas till: Sala kommun, rektor för Hebyskolan

Leila Haddad (S) lämnar sammanträdet. Johan Vestin (S) tjänstgör från och med § 55.

@Un § 55|Remiss – Förslag till ändrade kursplaner i grundskolan
Dnr UN 2023/0263
Skolverket har gett Heby kommun tillfälle att yttra sig över förslag till ändrade kursplaner i grundskolan, Skolverkets dnr 2023:1204. Yttrandet ska ha kommit in senast 2023-12-01. Förvaltningen har tagit fram ett förslag till yttrande, tjänsteskrivelse 2023-11-09.
#Utbildningsnämndens beslut
Utbildningsnämnden lämnar yttrande till Skolverket enligt förvaltningens förslag.
Paragrafen förklaras omedelbart justerad.
#Särskilt yttrande
Ingela Ström (M) lämnar ett särskilt yttrande. Ersättaren Sara Blom (M) ställer sig bakom yttrandet.
Beslutet skickas till: Skolverket

@Un § 56|Redovisning av delegationsbeslut
Dnr UN 2023/0012
Förteckning över delegationsbeslut fattade under perioden 2023-10-01–2023-10-31 redovisas.
#Utbildningsnämndens beslut
Utbildningsnämnden lägger redovisningen till handlingarna.
"""


class HebyPDF(FPDF):
    """Running header and footer on every page."""

    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(110, 5, "HEBY KOMMUN", new_x="RIGHT", new_y="TOP")
        self.set_font("F", "", 8)
        self.cell(0, 5, f"SAMMANTRÄDESPROTOKOLL   Sida {self.page_no()} av {{nb}}",
                  new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(110, 5, "Utbildningsnämnden", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Sammanträdesdatum 2023-11-21", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 7.5)
        self.cell(0, 4, "Justerandes signatur ............    Utdragsbestyrkande ............")


def make_pdf() -> None:
    pdf = HebyPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll utbildningsnämnden 2023-11-21")
    pdf.set_author("Utbildningsförvaltningen Heby")
    pdf.set_creator("Ciceron Assistent")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def text_block(block: str) -> None:
        for line in block.splitlines():
            if line == "=":
                pdf.add_page()
                continue
            if line.startswith("@"):
                # paragraph number in the left margin, title beside it
                num, title = line[1:].split("|", 1)
                pdf.ln(2)
                pdf.set_font("F", "B", 10.5)
                pdf.cell(32, 6, num, new_x="RIGHT", new_y="TOP")
                pdf.multi_cell(0, 6, title if title else " ", new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_x(pdf.l_margin + 32)
            if line.startswith("#"):
                pdf.set_font("F", "B", 9.5)
                pdf.multi_cell(0, 5.2, line[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5.0, line if line else " ", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("F", "B", 10)
    pdf.cell(45, 6, "Plats och tid")
    pdf.set_font("F", "", 9.5)
    pdf.multi_cell(0, 6, "Kommunhuset i Heby, Hebysalen, tisdagen den 21 november 2023 kl. 13.00–16.05",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in HEBY_ATTENDANCE:
        pdf.set_font("F", "B", 9.5)
        pdf.cell(55, 5.3, label)
        pdf.set_font("F", "", 9.5)
        pdf.cell(0, 5.3, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in HEBY_FRONT_AFTER.splitlines():
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    text_block(HEBY_BODY)
    pdf.output(str(DOCS / "heby-un-2023-11-21-protokoll.pdf"))


# ---------------------------------------------------------------- Vindeln, BUN (DOCX)

VIND_TABLE = [
    ("Ledamöter", "Parti", "Ersättare", "Parti"),
    ("Britt Lundmark, ordf.", "S", "Maja Holmgren, tjänstgör för Elsa Nordin", "V"),
    ("Göran Sjölund, vice ordf.", "C", "Petter Lindgren", "KD"),
    ("Anna-Karin Forsberg", "S", "Ida Rönnqvist", "S"),
    ("Jan Eriksson", "S", "", ""),
    ("Henrik Åström", "M", "", ""),
    ("Lena Vikström", "SD", "", ""),
]

VIND_HEAD_TOP = [
    "#PROTOKOLL",
    "#Barn- och utbildningsnämnden",
    "Sammanträdesdatum: 2026-01-27",
    "Plats: Vindelns kommunkontor, sammanträdesrum Degerforsen, kl. 08.30–11.50",
    "@TABLE",
    "Övriga närvarande: Kristina Wallin, skolchef; Fredrik Berg, ekonom (§ 3); Lotta Strömberg, "
    "nämndsekreterare",
    "Justerare: Henrik Åström (M)",
    "Justering: Kommunkontoret, 2026-01-30",
    "Paragrafer: 1–4",
    "",
    "Sekreterare\t…………………………………\tLotta Strömberg",
    "Ordförande\t…………………………………\tBritt Lundmark",
    "Justerare\t…………………………………\tHenrik Åström",
    "",
    "#BEVIS OM ANSLAG",
    "Protokollet är justerat. Anslaget publiceras 2026-02-02 och tas bort 2026-02-24. "
    "Protokollet förvaras i kommunens diarium, Kommunkontoret, Vindeln.",
    "@PAGEBREAK",
    "#§ 1 Val av justerare",
    "Henrik Åström (M) utses att justera dagens protokoll.",
    "",
    "#§ 2 Skolskjutsregler från läsåret 2026/27",
    "Dnr 2025/0398-611",
    "Nuvarande regler antogs 2019-05-14, § 38. Förslaget innebär att avståndsgränsen för årskurs "
    "4–6 sänks till 3 kilometer och att skolskjuts samordnas med Länstrafiken i Västerbotten AB:s "
    "linjetrafik där det är möjligt. Rätten till skolskjuts följer 10 kap. 32 § skollagen (2010:800). "
    "Skolchefens tjänsteskrivelse 2026-01-12.",
    "#Yrkanden",
    "Britt Lundmark (S) yrkar bifall till förvaltningens förslag.",
    "Henrik Åström (M) yrkar att ärendet återremitteras för en konsekvensanalys för byarna "
    "längs Vindelälven. Lena Vikström (SD) instämmer i Åströms yrkande.",
    "#Beslutsgång",
    "Ordföranden frågar om ärendet ska avgöras i dag eller återremitteras. Omröstning begärs och "
    "ska ske öppet. Ja för att avgöra i dag, nej för återremiss. Omröstningen utfaller med 5 ja "
    "mot 2 nej. Ärendet ska således avgöras i dag. Därefter finner ordföranden att nämnden bifaller "
    "förvaltningens förslag.",
    "#Beslut",
    "Barn- och utbildningsnämnden beslutar",
    "• att anta skolskjutsregler för Vindelns kommun att gälla från 2026-08-01,",
    "• att regler antagna 2019-05-14, § 38, upphör att gälla samma dag.",
    "#Reservation",
    "Mot beslutet reserverar sig Henrik Åström (M) och Lena Vikström (SD).",
    "Beslutet skickas till: Länstrafiken i Västerbotten, rektorer",
    "",
    "#§ 3 Avtal med Vännäs kommun om elevhälsans medicinska insats",
    "Dnr 2025/0421-606",
    "Vindelns kommun köper skolläkartjänster av Vännäs kommun. Avtalet mellan Vindelns kommun "
    "och Vännäs kommun förlängs till 2028-06-30. Region Västerbotten ansvarar fortsatt för "
    "vaccinationer enligt det nationella programmet. Ekonom Fredrik Berg redovisar kostnaden, "
    "240 000 kronor per år. Tjänsteskrivelse 2026-01-14.",
    "#Beslut",
    "@LIST:Nämnden godkänner avtalet med Vännäs kommun om elevhälsans medicinska insats.",
    "@LIST:Paragrafen justeras omedelbart.",
    "#Protokollsanteckning",
    "Jan Eriksson (S) och Anna-Karin Forsberg (S) antecknar att nämnden bör utreda en egen "
    "skolläkartjänst inför 2028.",
    "Beslutet skickas till: Vännäs kommun",
    "",
    "#§ 4 Yttrande över motion om fri skolfrukost",
    "Dnr 2025/0455-600; KS 2025/201",
    "Lena Vikström (SD) har 2025-10-20 väckt en motion om fri frukost på kommunens skolor. "
    "Kommunstyrelsen har remitterat motionen till barn- och utbildningsnämnden för yttrande "
    "senast 2026-02-28. Kostnaden beräknas till 1,1 miljoner kronor per år. Skolchefens "
    "tjänsteskrivelse 2026-01-15.",
    "#Yrkanden",
    "Lena Vikström (SD) yrkar bifall till motionen. Britt Lundmark (S) yrkar avslag på motionen.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Lundmarks yrkande.",
    "#Beslut",
    "Barn- och utbildningsnämnden föreslår kommunfullmäktige att avslå motionen.",
    "#Reservation",
    "Lena Vikström (SD) reserverar sig till förmån för sitt yrkande.",
    "Beslutet skickas till: Kommunstyrelsen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkontoret Vindeln"
    cp.title = "Protokoll barn- och utbildningsnämnden 2026-01-27"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkontoret Vindeln"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = (
        "VINDELNS KOMMUN\tBarn- och utbildningsnämnden\tSammanträdesprotokoll 2026-01-27")
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ________\t\tUtdragsbestyrkande ________"

    for line in VIND_HEAD_TOP:
        if line == "@PAGEBREAK":
            d.add_page_break()
        elif line == "@TABLE":
            table = d.add_table(rows=0, cols=4)
            for i, row in enumerate(VIND_TABLE):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    if i == 0:
                        cell.paragraphs[0].add_run(value).bold = True
                    else:
                        cell.text = value
        elif line.startswith("@LIST:"):
            d.add_paragraph(line[6:], style="List Number")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 2, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "vindeln-bun-2026-01-27-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
