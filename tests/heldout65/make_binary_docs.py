"""Generate the binary documents of tests/heldout65/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout65/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and fixed
ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout65/gold/ describe the texts written here; change both together.

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
FIXED_PDF = dt.datetime(2024, 6, 4, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 28, 10, 0, 0)
ZIP_DATE = (2024, 11, 28, 10, 0, 0)

# PDF: Region Gotland, regionstyrelsen 2024-05-29, full protocol (RS §§ 118-120).
# Page 1 is a label/value grid; each paragraph heading has "RS § n" left and the Dnr right on the same
# line; every page carries a "Justerandes sign / Utdragsbestyrkande" footer.
GOT_HEAD: list[tuple[str, str]] = [
    ("Plats och tid", "Visborgssalen, Regionens hus, Visby, onsdagen den 29 maj 2024 kl. 09.00–14.30"),
    ("Beslutande", "Ylva Ekström (S), ordförande, Tommy Hallberg (C), förste vice ordförande, Anna-Karin "
                   "Lundh (M), andre vice ordförande, Jesper Mårtensson (S), Lena Gahnström (S), Filippa Roos "
                   "(S) tjg för Lars Thomsson (S), Mattias Rudbeck (C), Karin Ahlqvist (C), Erik Wahlgren (V), "
                   "Sara Holmgren (MP), Oskar Bäckström (M), Britt-Marie Dahlgren (M), Peter Sjöblom (SD), "
                   "Kristoffer Lans (L), Ingela Wessman (KD)"),
    ("Ersättare", "Jonna Ek (V), Gustav Nilsson (M), Maria Pettersson (C)"),
    ("Övriga deltagare", "Mats Hellström, regiondirektör, Johan Tuve, ekonomidirektör, Linnéa Björk, "
                         "regionsekreterare"),
    ("Utses att justera", "Anna-Karin Lundh (M)"),
    ("Justeringens plats och tid", "Regionstyrelseförvaltningen, Visby, 2024-06-03"),
    ("Paragrafer", "118–120"),
]

GOT_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Linnéa Björk"),
    ("Ordförande", "Ylva Ekström"),
    ("Justerande", "Anna-Karin Lundh"),
]

GOT_PARAS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("RS § 118", "Dnr RS 2024/455", "Avsiktsförklaring om hållbar näringslivsutveckling i Slite", [
        ("h", "Regionstyrelsens beslut"),
        ("b", "Regionstyrelsen godkänner avsiktsförklaringen mellan Region Gotland, Länsstyrelsen i Gotlands "
              "län och Cementa AB."),
        ("b", "Regiondirektören får i uppdrag att återrapportera arbetet till regionstyrelsen i december 2024."),
        ("h", "Sammanfattning"),
        ("p", "Cementa AB:s verksamhet i Slite har sedan Mark- och miljööverdomstolens dom 2021-07-06 prövats "
              "enligt 9 kap. 6 § miljöbalken. Avsiktsförklaringen anger hur parterna ska samverka om "
              "kompetensförsörjning, bostäder och infrastruktur i Slite. Regionstyrelsens arbetsutskott "
              "behandlade ärendet 2024-05-14, § 142."),
        ("h", "Beslutsunderlag"),
        ("p", "Regionstyrelseförvaltningens tjänsteskrivelse 2024-04-30. Regionstyrelsens arbetsutskott "
              "2024-05-14, § 142."),
        ("h", "Behandling under sammanträdet"),
        ("p", "Ordföranden Ylva Ekström (S) yrkar bifall till arbetsutskottets förslag. Oskar Bäckström (M) "
              "yrkar, med instämmande av Peter Sjöblom (SD), att avsiktsförklaringen ändras så att regionens "
              "åtaganden begränsas till befintlig budget."),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att regionstyrelsen bifaller "
              "arbetsutskottets förslag. Votering begärs. Voteringsproposition: Ja för arbetsutskottets förslag, "
              "nej för Oskar Bäckströms ändringsyrkande."),
        ("p", "Med nio röster mot fyra beslutar regionstyrelsen enligt arbetsutskottets förslag. Två ledamöter "
              "avstår från att rösta."),
        ("h", "Reservation"),
        ("p", "Oskar Bäckström, Anna-Karin Lundh och Britt-Marie Dahlgren (samtliga M) reserverar sig mot "
              "beslutet till förmån för eget yrkande. Peter Sjöblom (SD) reserverar sig mot beslutet."),
        ("h", "Protokollsanteckning"),
        ("p", "Kristoffer Lans (L) och Ingela Wessman (KD) får till protokollet anteckna att de avstår eftersom "
              "avtalets ekonomiska konsekvenser inte är utredda."),
        ("p", "Expedieras: Länsstyrelsen i Gotlands län, Cementa AB"),
    ]),
    ("RS § 119", "Dnr RS 2024/388",
     "Yttrande över remiss – Nationell plan för transportinfrastruktur 2025–2036", [
        ("h", "Regionstyrelsens beslut"),
        ("b", "Regionstyrelsen antar yttrandet och överlämnar det till Landsbygds- och infrastrukturdepartementet."),
        ("h", "Sammanfattning"),
        ("p", "Landsbygds- och infrastrukturdepartementet har remitterat Trafikverkets förslag till nationell plan, "
              "daterat 2024-02-29, till Region Gotland (departementets dnr LI2024/01021). Svar senast 2024-06-14. "
              "Yttrandet tar upp färjetrafiken, som Destination Gotland AB bedriver på uppdrag av "
              "Trafikverket, och behovet av nya fartyg hos Rederi AB Gotland."),
        ("h", "Beslutsunderlag"),
        ("p", "Regionstyrelseförvaltningens tjänsteskrivelse 2024-05-08."),
        ("h", "Behandling under sammanträdet"),
        ("p", "Tommy Hallberg (C) yrkar bifall till förvaltningens förslag. Regionstyrelsen beslutar att "
              "paragrafen justeras omedelbart."),
        ("h", "Särskilt yttrande"),
        ("p", "Erik Wahlgren (V) lämnar ett särskilt yttrande: ”Staten måste ta hela ansvaret för "
              "Gotlandstrafikens kostnader.” Ersättaren Jonna Ek (V) instämmer i Erik Wahlgrens särskilda "
              "yttrande."),
    ]),
    ("RS § 120", "Dnr RS 2023/1190", "Motion om solceller på regionens fastigheter", [
        ("h", "Regionstyrelsens förslag till regionfullmäktige"),
        ("b", "Motionen anses besvarad."),
        ("h", "Sammanfattning"),
        ("p", "Kristoffer Lans (L) väckte motionen i regionfullmäktige 2023-11-27. Tekniska nämnden yttrade "
              "sig 2024-03-21, § 44, och AB Gotlandshem har redovisat sina egna solcellsprojekt."),
        ("h", "Beslutsunderlag"),
        ("p", "Regionstyrelseförvaltningens tjänsteskrivelse 2024-04-22. Tekniska nämndens beslut 2024-03-21, "
              "§ 44."),
        ("h", "Behandling under sammanträdet"),
        ("p", "Kristoffer Lans (L) yrkar bifall till motionen. Tommy Hallberg (C) yrkar bifall till "
              "arbetsutskottets förslag. Ordföranden ställer proposition på yrkandena och finner att "
              "regionstyrelsen beslutar enligt Tommy Hallbergs yrkande."),
        ("h", "Reservation"),
        ("p", "Kristoffer Lans (L) reserverar sig mot beslutet."),
        ("p", "Expedieras: Regionfullmäktige"),
    ]),
]


class GotlandPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(90, 5, "REGION GOTLAND")
        self.set_font("F", "", 9)
        self.cell(90, 5, f"PROTOKOLL  Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 15)
        self.cell(90, 5, "Regionstyrelsen")
        self.cell(90, 5, "2024-05-29", align="R")
        self.set_xy(15, 26)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 7)
        self.cell(90, 4, "Justerandes sign ____________")
        self.cell(90, 4, "Utdragsbestyrkande ____________", align="R")


def make_pdf() -> None:
    pdf = GotlandPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Regionstyrelsen protokoll 2024-05-29")
    pdf.set_author("Region Gotland")
    pdf.set_creator("heldout65")
    pdf.set_producer("heldout65")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    for label, text in GOT_HEAD:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 5, label)
        y_label = pdf.get_y()
        pdf.set_xy(62, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(133, 5, text)
        pdf.set_y(max(pdf.get_y(), y_label) + 2)
    pdf.ln(4)
    pdf.set_font("F", "B", 9)
    pdf.cell(0, 5, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    for role, name in GOT_SIGN:
        pdf.ln(4)
        pdf.set_font("F", "", 9)
        pdf.cell(35, 5, role)
        pdf.cell(80, 5, "..........................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(50)
        pdf.set_font("F", "", 10)
        pdf.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("F", "", 8)
    pdf.multi_cell(180, 4, "ANSLAG/BEVIS  Protokollet är justerat. Justeringen har tillkännagivits genom "
                           "anslag. Datum då anslaget sätts upp 2024-06-04. Datum då anslaget tas ned 2024-06-26.")
    for number, dnr, title, blocks in GOT_PARAS:
        pdf.add_page()
        pdf.set_font("F", "B", 11)
        pdf.set_x(15)
        pdf.cell(90, 6, number)
        pdf.set_font("F", "", 10)
        pdf.cell(90, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "B", 12)
        pdf.multi_cell(180, 6, title)
        pdf.ln(2)
        for kind, text in blocks:
            if kind == "h":
                pdf.ln(1)
                pdf.set_font("F", "B", 10)
                pdf.multi_cell(180, 5, text)
            elif kind == "b":
                pdf.set_font("F", "", 10)
                pdf.set_x(20)
                pdf.multi_cell(175, 5, "•  " + text)
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(180, 5, text)
            pdf.ln(1)
    pdf.output(str(DOCS / "regiongotland-rs-2024-05-29-protokoll.pdf"))


# DOCX: Göteborgs Stad, park- och naturnämnden 2024-11-25, protokollsutdrag (§ 214).
# Meta data in a two-column table; bullets in the decision; vote as a Word table with X marks and a
# Summa row; signatures as a table with the role words above the names.
GBG_META: list[tuple[str, str]] = [
    ("Sammanträdesdatum", "2024-11-25"),
    ("Justerare", "Göran Kjellberg (M)"),
    ("Justeringsdatum", "2024-11-28"),
]

GBG_BEFORE: list[tuple[str, str]] = [
    ("h", "§ 214 Yttrande över remiss från kommunstyrelsen – Göteborgs Stads plan för klimatanpassning 2025–2030"),
    ("p", "Diarienummer PN-2024-03112, kommunstyrelsens diarienummer 1455/24"),
    ("b1", "Beslut"),
    ("p", "Park- och naturnämnden beslutar"),
    ("li", "Förvaltningens förslag till yttrande, med ändring enligt yrkande från S, V och MP, översänds till "
           "kommunstyrelsen som nämndens svar på remissen."),
    ("li", "Park- och naturförvaltningen får i uppdrag att redovisa skyfallsåtgärderna i parkerna i "
           "verksamhetsplanen för 2026."),
    ("li", "Paragrafen förklaras omedelbart justerad."),
    ("b1", "Handlingar"),
    ("p", "Tjänsteutlåtande daterat 2024-11-04\nYrkande från S, V och MP daterat 2024-11-22\n"
          "Yrkande från M, L och C daterat 2024-11-21"),
    ("b1", "Ärendet"),
    ("p", "Kommunstyrelsen remitterade planen 2024-09-18 till bland andra park- och naturnämnden, "
          "stadsmiljönämnden och nämnden för Kretslopp och vatten med svar senast 2024-12-02. Planen har tagits "
          "fram med stöd av Sveriges meteorologiska och hydrologiska institut och Länsstyrelsen i Västra "
          "Götalands län. Förvaltnings AB Framtiden och Göteborg Energi AB ansvarar för åtgärder på egen mark."),
    ("b1", "Yrkanden"),
    ("p", "Ordföranden Lisa Fredriksson (S) yrkar bifall till yrkande från S, V och MP."),
    ("p", "Göran Kjellberg (M) yrkar, med instämmande av Helena Ståhl (L) och Omar Saleh (C), bifall till "
          "yrkande från M, L och C."),
    ("b1", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att park- och naturnämnden beslutat i "
          "enlighet med yrkande från S, V och MP. Votering begärs. Den som vill bifalla yrkande från S, V och "
          "MP röstar ja, den som vill bifalla yrkande från M, L och C röstar nej."),
    ("b1", "Votering"),
]

GBG_VOTE: list[tuple[str, str, str]] = [
    ("Lisa Fredriksson", "S", "Ja"),
    ("Ahmed Qasim", "S", "Ja"),
    ("Maja Lindkvist", "S", "Ja"),
    ("Ella Björck", "V", "Ja"),
    ("Jonatan Friberg", "MP", "Ja"),
    ("Anders Kvist", "D", "Ja"),
    ("Göran Kjellberg", "M", "Nej"),
    ("Cecilia Ahlberg", "M", "Nej"),
    ("Helena Ståhl", "L", "Nej"),
    ("Omar Saleh", "C", "Nej"),
    ("Rolf Engström", "SD", "Avstår"),
]

GBG_AFTER: list[tuple[str, str]] = [
    ("p", "Park- och naturnämnden beslutar med 6 ja-röster mot 4 nej-röster, 1 avstår, i enlighet med yrkande "
          "från S, V och MP."),
    ("b1", "Reservation"),
    ("p", "Göran Kjellberg (M), Cecilia Ahlberg (M), Helena Ståhl (L) och Omar Saleh (C) reserverar sig mot "
          "beslutet till förmån för eget yrkande."),
    ("b1", "Yttrande"),
    ("p", "Rolf Engström (SD) anmäler ett yttrande: ”Planen saknar en kostnadsberäkning.”"),
    ("p", "Skickas till: Kommunstyrelsen"),
    ("p", "Vid protokollet"),
]

GBG_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Sofia Enqvist"),
    ("Ordförande", "Lisa Fredriksson"),
    ("Justerande", "Göran Kjellberg"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Göteborgs Stad Park- och naturnämnden, protokollsutdrag"
    d.add_paragraph("Protokollsutdrag")
    t = d.add_table(rows=0, cols=2)
    for label, value in GBG_META:
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for kind, text in GBG_BEFORE:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b1":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    vt = d.add_table(rows=1, cols=5)
    for cell, text in zip(vt.rows[0].cells, ["Ledamot", "Parti", "Ja", "Nej", "Avstår"], strict=True):
        cell.text = text
    for name, party, vote in GBG_VOTE:
        row = vt.add_row().cells
        row[0].text = name
        row[1].text = party
        row[{"Ja": 2, "Nej": 3, "Avstår": 4}[vote]].text = "X"
    summa = vt.add_row().cells
    for cell, text in zip(summa, ["Summa", "", "6", "4", "1"], strict=True):
        cell.text = text
    for kind, text in GBG_AFTER:
        if kind == "b1":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    st = d.add_table(rows=2, cols=3)
    for i, (role, name) in enumerate(GBG_SIGN):
        st.rows[0].cells[i].text = role
        st.rows[1].cells[i].text = name
    d.add_paragraph("Utdraget bestyrks: Sofia Enqvist")
    cp = d.core_properties
    cp.author = "Göteborgs Stad"
    cp.last_modified_by = "Göteborgs Stad"
    cp.title = "Protokollsutdrag PN § 214"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    (DOCS / "gbg-pnn-2024-11-25-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
