"""Generate the binary documents of tests/heldout8/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout8/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout8/gold/
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
FIXED = dt.datetime(2024, 4, 2, 9, 0, 0, tzinfo=dt.UTC)

# ============================================================================================
# PDF: Landskrona stad, socialnämnden, sammanträde 2024-03-19, ajournerat till 2024-03-26
# (full protocol, 4 §§). Two dates in the page header; attendance as a table
# Namn | Parti | Funktion | Närvaro (per meeting day); "Beslut: Enligt arbetsutskottets
# förslag"; remiss from kommunstyrelsen answered with KS's dnr; Ja/Nej counts in a table row.
# ============================================================================================

HEAD = ("Landskrona stad", "Socialnämnden – protokoll",
        "Sammanträdesdatum 2024-03-19 och 2024-03-26 (ajournerat sammanträde)")

PAGES: list[list[tuple[str, str]]] = [
    [
        ("H", "Plats och tid"),
        ("T", "Rådhuset, sammanträdesrum Öresund, tisdagen den 19 mars 2024 kl. 14.00–17.10. "
              "Sammanträdet ajournerades efter § 23 och återupptogs tisdagen den 26 mars 2024 "
              "kl. 08.30–09.45."),
        ("H", "Närvarande"),
        ("ROW", "Namn|Parti|Funktion|Närvaro"),
        ("ROW", "Lena Falk|S|ordförande|19/3, 26/3"),
        ("ROW", "Anders Nyquist|M|1:e vice ordförande|19/3, 26/3"),
        ("ROW", "Maja Törnqvist|L|2:e vice ordförande|19/3"),
        ("ROW", "Hassan Barzani|S|ledamot|19/3, 26/3"),
        ("ROW", "Birgitta Holm|S|ledamot|19/3, 26/3"),
        ("ROW", "Peter Kjellberg|SD|ledamot|19/3, 26/3"),
        ("ROW", "Ulrika Svanberg|SD|ledamot|19/3, 26/3"),
        ("ROW", "Nils Ohlsson|M|ledamot|19/3, 26/3"),
        ("ROW", "Katarina Wendt|KD|tjänstgörande ersättare|26/3 (för Maja Törnqvist)"),
        ("ROW", "Sven-Erik Alm|C|ersättare|19/3"),
        ("ROW", "Jenny Åström|V|ersättare|19/3, 26/3"),
        ("H", "Övriga närvarande"),
        ("T", "Camilla Rosén, socialchef; Erik Malmqvist, nämndsekreterare; "
              "Ida Lindroth, enhetschef (§ 22)"),
        ("H", "Justerare"),
        ("T", "Anders Nyquist (M). Justeringen sker på Rådhuset 2024-03-28."),
        ("H", "Paragrafer"),
        ("T", "§§ 20–23 (2024-03-19), § 24 (2024-03-26)"),
        ("H", "Underskrifter"),
        ("T", "Sekreterare ........................................ Erik Malmqvist"),
        ("T", "Ordförande ........................................ Lena Falk"),
        ("T", "Justerare ........................................ Anders Nyquist"),
        ("H", "BEVIS OM ANSLAG"),
        ("T", "Protokollet är justerat och anslaget på kommunens digitala anslagstavla "
              "2024-03-29 till och med 2024-04-22."),
    ],
    [
        ("P", "§ 20"),
        ("B", "Godkännande av dagordning"),
        ("H", "Beslut"),
        ("T", "Socialnämnden godkänner dagordningen."),
        ("P", "§ 21"),
        ("B", "Yttrande över remiss – program för trygghet och brottsförebyggande arbete"),
        ("T", "Dnr SN 2024/0041, kommunstyrelsens dnr KS 2023/0688"),
        ("H", "Ärendet"),
        ("T", "Kommunstyrelsen har remitterat förslaget till program för trygghet och "
              "brottsförebyggande arbete till socialnämnden för yttrande senast 2024-04-05. "
              "Programmet har tagits fram tillsammans med Polismyndigheten och "
              "AB Landskronahem. Socialförvaltningens tjänsteskrivelse är daterad 2024-02-27. "
              "Socialnämndens arbetsutskott behandlade ärendet 2024-03-05, § 14."),
        ("H", "Arbetsutskottets förslag"),
        ("T", "1. Socialnämnden antar socialförvaltningens yttrande som sitt eget och "
              "överlämnar det till kommunstyrelsen."),
        ("T", "2. Paragrafen förklaras omedelbart justerad."),
        ("H", "Beslut"),
        ("T", "Enligt arbetsutskottets förslag."),
        ("H", "Särskilt yttrande"),
        ("T", "Peter Kjellberg (SD) och Ulrika Svanberg (SD) lämnar ett särskilt yttrande, "
              "bilaga 1."),
    ],
    [
        ("P", "§ 22"),
        ("B", "Avtal om idéburet offentligt partnerskap – kvinno- och tjejjour"),
        ("T", "Dnr SN 2023/0215"),
        ("H", "Ärendet"),
        ("T", "Socialförvaltningen föreslår ett avtal om idéburet offentligt partnerskap "
              "mellan socialnämnden och Kvinno- och tjejjouren i Landskrona för 2024–2026. "
              "Tjänsteskrivelse daterad 2024-02-20. Enhetschef Ida Lindroth redogör för "
              "ärendet."),
        ("H", "Arbetsutskottets förslag"),
        ("T", "1. Socialnämnden godkänner avtalet."),
        ("T", "2. Ersättningen för 2024 fastställs till 1 450 000 kronor."),
        ("T", "3. Socialchefen får i uppdrag att underteckna avtalet."),
        ("H", "Yrkanden"),
        ("T", "Lena Falk (S) yrkar bifall till arbetsutskottets förslag. Peter Kjellberg "
              "(SD) yrkar avslag på punkt 2."),
        ("H", "Omröstning"),
        ("T", "Omröstning begärs. Ja-röst för arbetsutskottets förslag, nej-röst för "
              "Peter Kjellbergs yrkande."),
        ("ROW", "Ja|Nej|Avstår|"),
        ("ROW", "8|2|1|"),
        ("H", "Beslut"),
        ("T", "Enligt arbetsutskottets förslag."),
        ("H", "Reservation"),
        ("T", "Peter Kjellberg (SD) och Ulrika Svanberg (SD) reserverar sig mot beslutet."),
        ("P", "§ 23"),
        ("B", "Ajournering"),
        ("T", "Ordföranden föreslår att sammanträdet ajourneras till tisdagen den "
              "26 mars 2024 kl. 08.30. Socialnämnden beslutar i enlighet med förslaget."),
    ],
    [
        ("P", "§ 24"),
        ("B", "Motion om sommarjobb för unga med försörjningsstöd"),
        ("T", "Dnr SN 2024/0012"),
        ("H", "Ärendet"),
        ("T", "Kommunfullmäktige har remitterat Jenny Åströms (V) motion till socialnämnden "
              "och Landskrona Stadshus AB. Socialförvaltningens tjänsteskrivelse är daterad "
              "2024-03-01. Sammanträdet återupptogs 2024-03-26."),
        ("H", "Arbetsutskottets förslag"),
        ("T", "Socialnämnden föreslår kommunfullmäktige att avslå motionen."),
        ("H", "Yrkanden"),
        ("T", "Hassan Barzani (S) yrkar att motionen ska bifallas. Anders Nyquist (M) yrkar "
              "bifall till arbetsutskottets förslag."),
        ("T", "Ordföranden ställer proposition på yrkandena och finner att socialnämnden "
              "bifaller Anders Nyquists yrkande."),
        ("H", "Beslut"),
        ("T", "Enligt arbetsutskottets förslag."),
        ("H", "Protokollsanteckning"),
        ("T", "Ersättaren Jenny Åström (V) antecknar till protokollet att hon anser att "
              "motionen borde ha bifallits."),
        ("H", "Beslutet skickas till"),
        ("T", "Kommunfullmäktige, Arbetsförmedlingen"),
    ],
]


class LandskronaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.set_xy(20, 10)
        self.cell(85, 4, HEAD[0])
        self.cell(85, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(20, 14)
        self.cell(170, 4, HEAD[1])
        self.set_xy(20, 18)
        self.cell(170, 4, HEAD[2])
        self.line(20, 23, 190, 23)
        self.set_y(30)

    def footer(self) -> None:
        self.set_font("F", "", 7)
        self.set_xy(20, 282)
        self.cell(170, 4, "Ordförandes sign      Justerandes sign      Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = LandskronaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Socialnämnden protokoll 2024-03-19")
    pdf.set_author("Landskrona stad")
    pdf.set_creator("heldout8")
    pdf.set_producer("heldout8")
    for page in PAGES:
        pdf.add_page()
        for kind, text in page:
            if kind == "P":
                pdf.ln(3)
                pdf.set_font("F", "B", 12)
                pdf.set_x(20)
                pdf.cell(25, 6, text)
            elif kind == "B":
                pdf.set_font("F", "B", 11)
                pdf.set_x(45)
                pdf.multi_cell(145, 6, text)
            elif kind == "H":
                pdf.ln(1)
                pdf.set_font("F", "B", 10)
                pdf.set_x(45)
                pdf.multi_cell(145, 5, text)
            elif kind == "T":
                pdf.set_font("F", "", 10)
                pdf.set_x(45)
                pdf.multi_cell(145, 5, text)
            elif kind == "ROW":
                pdf.set_font("F", "", 9)
                widths = (45, 15, 45, 40)
                pdf.set_x(45)
                for w, cell in zip(widths, text.split("|"), strict=False):
                    pdf.cell(w, 5, cell, border=1 if cell else 0)
                pdf.ln(5)
    pdf.output(str(DOCS / "landskrona-sn-2024-03-19-protokoll.pdf"))


# ============================================================================================
# DOCX: Region Värmland, regionstyrelsen 2024-04-23, protokollsutdrag (1 §).
# Heading "RS § 57" with the case number in a right tab; "Ärendebeskrivning / Förslag till
# beslut / Beslut" with the decision "Som förslaget"; three-party överenskommelse om
# samverkan (region, university, kommun); "Expedieras till:" list.
# ============================================================================================

DOCX_PARAS: list[tuple[str, str]] = [
    ("title", "PROTOKOLLSUTDRAG"),
    ("p", "Regionstyrelsen\tSammanträdesdatum 2024-04-23"),
    ("p", ""),
    ("h", "RS § 57\tRS/2024/0219"),
    ("h2", "Överenskommelse om samverkan för forskning och utbildning inom hälso- och sjukvården"),
    ("b", "Ärendebeskrivning"),
    ("p", "Region Värmland, Karlstads universitet och Arvika kommun har förhandlat fram en "
          "överenskommelse om samverkan för forskning och utbildning inom hälso- och "
          "sjukvården för perioden 2024–2028. Universitetets diarienummer är "
          "C2024/0388. Överenskommelsen ersätter det ALF-liknande avtal som regionstyrelsen "
          "godkände 2019-06-11, § 98."),
    ("p", "Regiondirektörens tjänsteskrivelse är daterad 2024-03-28. Regionstyrelsens "
          "arbetsutskott behandlade ärendet 2024-04-09, § 41."),
    ("b", "Förslag till beslut"),
    ("p", "1. Regionstyrelsen godkänner överenskommelsen om samverkan mellan Region Värmland, "
          "Karlstads universitet och Arvika kommun."),
    ("p", "2. Regiondirektören får i uppdrag att underteckna överenskommelsen."),
    ("b", "Yrkanden"),
    ("p", "Marie Lindqvist (S) yrkar bifall till förslaget. Fredrik Haglund (M) instämmer i "
          "Marie Lindqvists yrkande. Johan Ekstam (SD) yrkar att ärendet ska återremitteras."),
    ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att det "
          "ska avgöras i dag. Därefter ställer ordföranden förslaget under proposition och "
          "finner det bifallet."),
    ("b", "Beslut"),
    ("p", "Som förslaget."),
    ("b", "Protokollsanteckning"),
    ("p", "Johan Ekstam (SD) och Linnea Berg (SD) antecknar till protokollet att de "
          "hade velat se en konsekvensanalys för länets mindre kommuner."),
    ("b", "Expedieras till:"),
    ("p", "Karlstads universitet"),
    ("p", "Arvika kommun"),
    ("p", "Hälso- och sjukvårdsnämnden"),
    ("p", ""),
    ("p", "Ordförande: Marie Lindqvist"),
    ("p", "Justerare: Fredrik Haglund"),
    ("p", "Sekreterare: Anneli Sköld"),
    ("p", "Rätt utdraget betygar: Anneli Sköld, 2024-04-26"),
]


def make_docx() -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Region Värmland\tPROTOKOLLSUTDRAG\t"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for kind, text in DOCX_PARAS:
        if kind == "title":
            d.add_heading(text, level=1)
        elif kind == "h":
            d.add_heading(text, level=2)
        elif kind == "h2":
            para = d.add_paragraph()
            para.add_run(text).bold = True
        elif kind == "b":
            para = d.add_paragraph()
            r = para.add_run(text)
            r.bold = True
            r.italic = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Region Värmland"
    cp.last_modified_by = "Region Värmland"
    cp.title = "Protokollsutdrag RS § 57"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 26, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "regionvarmland-rs-2024-04-23-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
