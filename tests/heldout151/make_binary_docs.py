# ruff: noqa: E501
"""Generate the binary documents of tests/heldout151/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout151/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 11, 27, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 9, 11, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Uddevalla kommun, barn- och utbildningsnämnden 2024-11-20, full protocol, 3 pages.
# Markup: "#" bold line, "=" new page, "|a|b|c" table row (fixed column widths), "@n title" a
# paragraph heading with the § number in the left margin and the title beside it.
# ---------------------------------------------------------------------------------------------
UDD = """\
#Sammanträdesprotokoll
Sammanträdesdatum: 2024-11-20
Plats och tid: Stadshuset, sal Bäve, kl. 08.30–11.45

#Närvarande
|Namn|Parti|Uppdrag|Anmärkning
|Karin Hedlund|S|ordförande|
|Robert Ljungberg|M|1:e vice ordförande|
|Tove Stålhammar|SD|2:e vice ordförande|
|Jesper Molin|S|ledamot|
|Amanda Bergsten|S|ledamot|
|Olle Fagerlund|M|ledamot|
|Sara Tell|SD|ledamot|
|Mikael Bohm|SD|ledamot|
|Jonas Wide|L|ledamot|
|Hanna Kåreborn|C|ledamot|
|Britt-Marie Öst|KD|ledamot|
|Pontus Rydh|V|tjänstgörande ersättare|för Ellinor Ask (V)
|Elias Hammar|MP|tjänstgörande ersättare|för Kim Sandell (S)
|Maria Fjäll|KD|ersättare|
|Göran Lind|S|ersättare|

Övriga närvarande: Åsa Norberg (förvaltningschef), Peter Lunde (skolskjutssamordnare) § 142,
Kajsa Dahl (nämndsekreterare)

Justerare: Robert Ljungberg (M)
Justeringens plats och tid: Barn- och utbildningsförvaltningen, Kungsgatan 2, 2024-11-27
Justerade paragrafer: §§ 142–145

Underskrifter
Sekreterare ............................................ Kajsa Dahl
Ordförande ............................................ Karin Hedlund
Justerare ............................................ Robert Ljungberg

#BEVIS OM ANSLAG
Protokollet är justerat. Anslaget sätts upp 2024-11-28 och tas ned 2024-12-20.
Protokollet förvaras hos Barn- och utbildningsförvaltningen.
=
@142 Revidering av riktlinjer för skolskjuts
Dnr BUN 2024/00318

#Beslut
Barn- och utbildningsnämnden föreslår kommunfullmäktige att anta reviderade riktlinjer för skolskjuts att gälla från och med 2025-07-01.

#Ärendet
Nuvarande riktlinjer antogs av kommunfullmäktige 2019-04-10, § 71. Förslaget ändrar avståndsgränsen för årskurs 4–6 från 3 till 4 kilometer, i enlighet med 10 kap. 32 § skollagen (2010:800). Västtrafik AB har lämnat synpunkter på samordningen med den allmänna kollektivtrafiken. Peter Lunde redogör för ärendet.

#Beslutsunderlag
Tjänsteskrivelse, 2024-10-30
Riktlinjer för skolskjuts, förslag 2024-10-21

#Förslag till beslut på sammanträdet
Karin Hedlund (S) yrkar bifall till förvaltningens förslag. Tove Stålhammar (SD) yrkar avslag. Pontus Rydh (V) yrkar bifall till Tove Stålhammars avslagsyrkande.

#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag mot avslag och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för avslag.

#Omröstningsresultat
|Ledamot|Ja|Nej|Avstår
|Karin Hedlund (S)|X||
|Robert Ljungberg (M)|X||
|Tove Stålhammar (SD)||X|
|Jesper Molin (S)|X||
|Amanda Bergsten (S)|X||
|Olle Fagerlund (M)|X||
|Sara Tell (SD)||X|
|Mikael Bohm (SD)||X|
|Jonas Wide (L)|X||
|Hanna Kåreborn (C)|X||
|Britt-Marie Öst (KD)|X||
|Pontus Rydh (V)||X|
|Elias Hammar (MP)|||X
|Summa|8|4|1
Nämnden har beslutat i enlighet med förvaltningens förslag.

#Reservation
Tove Stålhammar (SD), Sara Tell (SD), Mikael Bohm (SD) och Pontus Rydh (V) reserverar sig mot beslutet.

#Expedieras
Kommunfullmäktige
Västtrafik AB
=
@143 Samverkansavtal om Ungdomsmottagningen i Uddevalla
Dnr BUN 2024/00355

#Beslut
1. Barn- och utbildningsnämnden godkänner samverkansavtalet mellan Uddevalla kommun och Västra Götalandsregionen om Ungdomsmottagningen i Uddevalla för perioden 2025–2027.
2. Förvaltningschefen får i uppdrag att underteckna avtalet.
3. Paragrafen förklaras omedelbart justerad.

#Ärendet
Västra Götalandsregionen och kommunen delar på kostnaden enligt avtalet. Hälso- och sjukvårdsnämnden Norra har godkänt avtalet 2024-10-17. Avtalet ska undertecknas före 2024-12-15. Tjänsteskrivelse 2024-11-04.

#Expedieras
Västra Götalandsregionen
Socialnämnden

@144 Yttrande över remiss – Gemensam antagningsorganisation för gymnasieskolan i Fyrbodal
Dnr BUN 2024/00297

#Beslut
Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt svar till Fyrbodals kommunalförbund.

#Ärendet
Fyrbodals kommunalförbund har skickat förslaget på remiss till medlemskommunernas nämnder med svar senast 2024-12-06. Förslaget innebär att antagningen från 2026 sköts av ett gemensamt antagningskansli. Förvaltningens tjänsteskrivelse är daterad 2024-11-06.

#Särskilt yttrande
Jonas Wide (L) lämnar ett särskilt yttrande om elevernas valfrihet, bilaga 3.
Ersättaren Maria Fjäll (KD) ställer sig bakom Jonas Wides särskilda yttrande.

#Expedieras
Fyrbodals kommunalförbund

@145 Anmälningsärenden
Dnr BUN 2024/00012

#Beslut
Anmälningsärendena läggs till handlingarna.

#Ärendet
Skolinspektionens beslut 2024-10-28 efter tillsyn av Ramnerödsskolan samt Skolväsendets överklagandenämnds beslut 2024-11-05 anmäls.
"""


class UddPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(95, 5, "UDDEVALLA KOMMUN")
        self.set_font("F", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Barn- och utbildningsnämnden")
        self.cell(0, 5, "Sammanträdesdatum 2024-11-20", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes signatur                                        Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = UddPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och utbildningsnämnden 2024-11-20")
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    widths = [55, 18, 50, 55]
    for line in UDD.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("|"):
            cols = line[1:].split("|")
            if cols[0] == "Namn":
                widths = [55, 18, 50, 55]
            elif cols[0] == "Ledamot":
                widths = [60, 15, 15, 15]
            pdf.set_font("F", "", 9)
            for w, c in zip(widths, cols, strict=False):
                pdf.cell(w, 5, c)
            pdf.ln(5)
            continue
        if line.startswith("@"):
            num, title = line[1:].split(" ", 1)
            pdf.ln(2)
            pdf.set_font("F", "B", 11)
            pdf.cell(25, 6, f"§ {num}")
            pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "uddevalla-bun-2024-11-20-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Alvesta kommun, kommunstyrelsen 2025-09-02, protokollsutdrag §§ 187–188.
# ---------------------------------------------------------------------------------------------
ALV_HEAD: list[tuple[str, str]] = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2025-09-02"),
    ("Beslutande", "Se närvarolista, bilaga 1"),
    ("Justerande", "Gunilla Thörn (M)"),
    ("Paragrafer", "187–188"),
]
ALV_BODY: list[str] = [
    "#KS § 187\tDiarienummer KS 2025/211",
    "#Medfinansieringsavtal för gång- och cykelväg längs väg 126, Alvesta–Grimslöv",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "att godkänna medfinansieringsavtalet mellan Alvesta kommun och Trafikverket om gång- och cykelväg "
    "längs väg 126, samt",
    "att finansiera kommunens andel om 6,2 mnkr inom investeringsbudgeten för 2026–2027.",
    "#Bakgrund",
    "Sträckan ingår i Region Kronobergs länsplan för transportinfrastruktur. Trafikverket har 2025-06-12 "
    "lämnat förslag till avtal med giltighet till 2028-12-31. Kommunstyrelsens arbetsutskott behandlade "
    "ärendet 2025-08-19, § 142. Enligt 5 kap. 1 § kommunallagen (2017:725) ska beslutet fattas av "
    "fullmäktige. Samhällsbyggnadsförvaltningens tjänsteskrivelse är daterad 2025-08-05.",
    "#Yrkanden",
    "Ordföranden Ann-Christin Svensson (S) yrkar bifall till arbetsutskottets förslag. "
    "Per-Ola Nilsson (C) yrkar att ärendet återremitteras för att utreda en sträckning via Spåningslanda. "
    "Malin Stenberg (C) instämmer och yrkar detsamma.",
    "#Propositionsordning och votering",
    "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras. Votering begärs. "
    "Den som vill avgöra ärendet i dag röstar ja, den som vill återremittera röstar nej. "
    "Voteringen utfaller med 9 ja-röster mot 4 nej-röster. Ärendet ska alltså avgöras i dag. "
    "Därefter finner ordföranden att kommunstyrelsen bifaller arbetsutskottets förslag.",
    "#Reservation",
    "Per-Ola Nilsson (C) och Malin Stenberg (C) reserverar sig till förmån för återremissyrkandet.",
    "#Beslutet skickas till",
    "Kommunfullmäktige; Trafikverket",
    "#KS § 188\tDiarienummer KS 2025/244",
    "#Yttrande över Regional plan för transportinfrastruktur i Kronobergs län 2026–2037",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till yttrande och skickar det till "
    "Region Kronoberg.",
    "#Bakgrund",
    "Region Kronoberg har remitterat förslaget till regional plan (dnr 25RK1123) till kommunerna i länet "
    "med svar senast 2025-09-15. Planen följer förordningen (1997:263) om länsplaner för regional "
    "transportinfrastruktur. Tjänsteskrivelse 2025-08-18.",
    "#Särskilt yttrande",
    "Anders Frej (M) m.fl. lämnar ett särskilt yttrande om prioriteringen av riksväg 27.",
    "Ersättaren Gunnel Ahl (KD) ställer sig bakom Moderaternas särskilda yttrande.",
    "#Justering",
    "Paragrafen förklaras omedelbart justerad.",
    "#Beslutet skickas till",
    "Region Kronoberg",
    "#Underskrifter",
    "Sekreterare\tJohanna Berg",
    "Ordförande\tAnn-Christin Svensson",
    "Justerande\tGunilla Thörn",
    "Rätt utdraget betygar: Johanna Berg, 2025-09-09",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokollsutdrag kommunstyrelsen 2025-09-02"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "ALVESTA KOMMUN\tPROTOKOLLSUTDRAG\tSammanträdesdatum 2025-09-02"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    table = d.add_table(rows=0, cols=2)
    for label, value in ALV_HEAD:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in ALV_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 9, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "alvesta-ks-2025-09-02-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
