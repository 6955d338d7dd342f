"""Generate the binary documents of tests/heldout98/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout98/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout98/gold/
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
FIXED_PDF = dt.datetime(2025, 3, 3, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 28, 14, 0, 0)
ZIP_TIME = (2024, 11, 28, 14, 0, 0)

# ---------------------------------------------------------------------------------------------- PDF
# Region Dalarna, regionfullmäktige 2025-02-24, full protocol. Every page starts with the meeting
# system's running header; "RF § n" in bold with "Diarienummer RD.." on the next line; attendance by
# exception; the vote as a three-cell box; "att" decision lines.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("H", "PROTOKOLL"),
        ("", "Regionfullmäktige"),
        ("", "Sammanträdesdatum: 2025-02-24"),
        ("", ""),
        ("B", "Tid och plats"),
        ("", "Måndagen den 24 februari 2025 kl. 10.00–16.20, Landstingshuset, Vasagatan 27, Falun"),
        ("B", "Närvarande ledamöter"),
        ("", "Samtliga 81 ledamöter med undantag för Kjell Ahlin (C) och Sofia Norell (SD), för vilka "
             "ersättarna Lars-Göran Björk (C) respektive Emma Wester (SD) tjänstgör. Närvaro- och "
             "voteringslista, bilaga 1."),
        ("B", "Presidium"),
        ("", "Ingrid Forsberg (S), ordförande"),
        ("", "Anders Bergkvist (M), 1:e vice ordförande"),
        ("", "Hanna Rosén (C), 2:e vice ordförande"),
        ("B", "Övriga deltagare"),
        ("", "Johanna Lidén, kanslichef"),
        ("", "Mikael Strand, regiondirektör"),
        ("B", "Paragrafer"),
        ("", "§§ 5–8"),
        ("B", "Underskrifter"),
        ("", "Sekreterare ______________________  Johanna Lidén"),
        ("", "Ordförande  ______________________  Ingrid Forsberg"),
        ("", "Justerare   ______________________  Per Nygren    ______________________  Marita Bengtsson"),
        ("", ""),
        ("B", "ANSLAG/BEVIS"),
        ("", "Protokollet är justerat 2025-03-03 och anslaget på Region Dalarnas digitala anslagstavla "
             "2025-03-04. Anslaget tas ned 2025-03-26. Protokollet förvaras hos Regionkansliet, Falun."),
    ],
    [
        ("B", "RF § 5"),
        ("B", "Val av justerare"),
        ("B", "Beslut"),
        ("", "Regionfullmäktige utser Per Nygren (S) och Marita Bengtsson (KD) att jämte ordföranden "
             "justera dagens protokoll. Justeringen sker 2025-03-03."),
        ("", ""),
        ("B", "RF § 6"),
        ("", "Diarienummer RD24/02288"),
        ("B", "Svar på motion om avgiftsfri mammografi för kvinnor över 74 år"),
        ("B", "Beslut"),
        ("", "Motionen avslås."),
        ("B", "Ärendet"),
        ("", "Annelie Sjöberg (V) föreslår i en motion daterad 2024-04-15 att mammografi ska erbjudas "
             "avgiftsfritt även för kvinnor över 74 år. Hälso- och sjukvårdsnämnden har yttrat sig "
             "2024-10-17. Regionstyrelsen behandlade ärendet 2025-01-28, § 12."),
        ("B", "Yrkanden"),
        ("", "Annelie Sjöberg (V), Kent Hallberg (V) och Eva Sahlin (MP) yrkar bifall till motionen."),
        ("", "Karl-Erik Dahl (S) yrkar bifall till regionstyrelsens förslag."),
        ("B", "Omröstning"),
        ("", "Votering begärs och genomförs med voteringsanläggning. Ja för regionstyrelsens förslag, "
             "nej för bifall till motionen."),
        ("T", "Ja|Nej|Avstår"),
        ("T", "60|19|2"),
        ("B", "Reservation"),
        ("", "Annelie Sjöberg (V) m.fl. reserverar sig mot beslutet till förmån för eget yrkande."),
        ("B", "Beslutsunderlag"),
        ("", "Tjänsteskrivelse, hälso- och sjukvårdsförvaltningen, 2024-12-03"),
        ("", "Motion från Annelie Sjöberg (V), 2024-04-15"),
    ],
    [
        ("B", "RF § 7"),
        ("", "Diarienummer RD24/04127"),
        ("B", "Taxor och avgifter för kollektivtrafiken 2026"),
        ("B", "Beslut"),
        ("", "Regionfullmäktige beslutar"),
        ("", "att fastställa taxor och avgifter för den regionala kollektivtrafiken 2026 enligt bilaga,"),
        ("", "att priset för 30-dagarsbiljett för vuxen fastställs till 1 095 kronor,"),
        ("", "att ge regionala utvecklingsnämnden i uppdrag att följa upp resandet efter "
             "prisändringen."),
        ("B", "Ärendet"),
        ("", "Regionala utvecklingsnämnden har 2024-11-14, § 88, föreslagit nya taxor. Enligt 2 kap. 3 § "
             "lagen (2010:1065) om kollektivtrafik ansvarar regionen för den regionala kollektivtrafiken. "
             "Taxorna gäller från 2026-01-01."),
        ("B", "Yrkanden"),
        ("", "Ordföranden Ingrid Forsberg (S) yrkar bifall till regionstyrelsens förslag."),
        ("B", "Särskilt yttrande"),
        ("", "Stefan Lindh (SD) lämnar ett särskilt yttrande, bilaga 2."),
        ("B", "Beslutsunderlag"),
        ("", "Tjänsteskrivelse, regionala utvecklingsförvaltningen, 2024-10-29"),
        ("", ""),
        ("B", "RF § 8"),
        ("", "Diarienummer RD24/03950"),
        ("B", "Överenskommelse om gemensam hjälpmedelsverksamhet"),
        ("B", "Beslut"),
        ("", "1. Överenskommelse om gemensam hjälpmedelsverksamhet mellan Region Dalarna och Falu kommun, "
             "Borlänge kommun och Ludvika kommun godkänns."),
        ("", "2. Regionstyrelsen får i uppdrag att teckna överenskommelsen."),
        ("", "3. Paragrafen justeras omedelbart."),
        ("B", "Ärendet"),
        ("", "Överenskommelsen har beretts i den politiska samverkansberedningen och ska gälla "
             "2025-05-01–2029-04-30."),
        ("B", "Yrkanden"),
        ("", "Karl-Erik Dahl (S) och Anders Bergkvist (M) yrkar bifall till regionstyrelsens förslag."),
        ("B", "Beslutsunderlag"),
        ("", "Tjänsteskrivelse 2025-01-09"),
        ("B", "Beslutet skickas till"),
        ("", "Falu kommun, Borlänge kommun, Ludvika kommun"),
    ],
]


class _Pdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 5, "Region Dalarna", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} av 3", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Regionfullmäktige 2025-02-24", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 7)
        self.cell(0, 5, "Justerandes signatur ........   Utdragsbestyrkande ........", align="C")


def make_pdf() -> None:
    pdf = _Pdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll regionfullmäktige 2025-02-24")
    pdf.set_author("Region Dalarna")
    pdf.set_creator("make_binary_docs.py")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(auto=True, margin=20)
    for page in PDF_PAGES:
        pdf.add_page()
        for style, text in page:
            if style == "H":
                pdf.set_font("F", "B", 16)
                pdf.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "B":
                pdf.set_font("F", "B", 10)
                pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "T":
                pdf.set_font("F", "", 10)
                for cell in text.split("|"):
                    pdf.cell(25, 6, cell, border=1, align="C", new_x="RIGHT", new_y="TOP")
                pdf.ln(6)
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(0, 5, text or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "regiondalarna-rf-2025-02-24-protokoll.pdf"))


# --------------------------------------------------------------------------------------------- DOCX
# Västra Götalandsregionen, kollektivtrafiknämnden 2024-11-21, full protocol. Attendance as a Word
# table Namn | Parti | Uppdrag; "§ 112" and the title in one Heading 2 separated by a tab, the
# diarienummer in a paragraph beneath; signatures as a 3-column table.
DOCX_ATTENDANCE = [
    ("Namn", "Parti", "Uppdrag"),
    ("Anna-Lena Dahlqvist", "S", "Ordförande"),
    ("Björn Thorsell", "M", "Vice ordförande"),
    ("Kristina Hjort", "S", "Ledamot"),
    ("Ola Bergström", "S", "Ledamot"),
    ("Ali Haidari", "V", "Ledamot"),
    ("Sofie Ringblom", "MP", "Ledamot"),
    ("Patrik Ådahl", "S", "Tjänstgörande ersättare för Mirja Karlsson (S)"),
    ("Louise Fägerhall", "M", "Ledamot"),
    ("Gustav Lind", "L", "Ledamot"),
    ("Elin Kvarnström", "C", "Ledamot"),
    ("Hans Thyrén", "KD", "Ledamot"),
    ("Jörgen Fors", "SD", "Ledamot"),
    ("Lena Håkansson", "SD", "Ledamot"),
    ("Dragan Petrović", "SD", "Ledamot"),
    ("Maria Ek", "M", "Ledamot"),
    ("Ingela Blom", "S", "Ersättare"),
    ("Rune Ahlberg", "SD", "Ersättare"),
    ("Cecilia Stålberg", "", "Nämndsekreterare"),
    ("Henrik Rydberg", "", "Trafikdirektör, Västtrafik AB, § 113"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("H2", "§ 112\tYttrande över Göteborgs Stads förslag till trafikstrategi 2035"),
    ("P", "Diarienummer KTN 2024-00398"),
    ("B", "Beslut"),
    ("P", "Kollektivtrafiknämnden beslutar:"),
    ("P", "1. Nämnden antar tjänsteutlåtandet som sitt yttrande till Göteborgs Stad."),
    ("P", "2. Nämnden lägger informationen om Västtrafiks linjeplan till handlingarna."),
    ("B", "Sammanfattning av ärendet"),
    ("P", "Göteborgs Stad har skickat förslag till trafikstrategi på remiss till Västra Götalandsregionen "
          "(Göteborgs Stads diarienummer 0912/24). Staden vill ha svar senast "
          "2024-12-15. Remissen har beretts tillsammans med Västtrafik AB."),
    ("B", "Beslutsunderlag"),
    ("P", "Tjänsteutlåtande daterat 2024-10-30"),
    ("P", "Remiss från Göteborgs Stad daterad 2024-09-02"),
    ("B", "Skickas till"),
    ("P", "Göteborgs Stad; Västtrafik AB"),
    ("H2", "§ 113\tTilläggsavtal 2025 till trafikavtalet med Västtrafik AB"),
    ("P", "Diarienummer KTN 2024-00411"),
    ("B", "Beslut"),
    ("P", "Kollektivtrafiknämnden godkänner Tilläggsavtal 2025 mellan Västra Götalandsregionen och "
          "Västtrafik AB."),
    ("B", "Yrkanden"),
    ("P", "Anna-Lena Dahlqvist (S) yrkar bifall till förvaltningens förslag. Jörgen Fors (SD) yrkar "
          "avslag."),
    ("B", "Propositionsordning"),
    ("P", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller hennes yrkande."),
    ("B", "Omröstning"),
    ("P", "Omröstning begärs. Ja-röst för ordförandens yrkande, nej-röst för Jörgen Fors yrkande. "
          "Omröstningsresultat: Med 12 röster mot 3 beslutar nämnden enligt ordförandens yrkande. "
          "Ingen avstår."),
    ("B", "Reservation"),
    ("P", "Ledamöterna från Sverigedemokraterna, Jörgen Fors (SD), Lena Håkansson (SD) och Dragan "
          "Petrović (SD), reserverar sig mot beslutet."),
    ("B", "Beslutsunderlag"),
    ("P", "Tjänsteutlåtande daterat 2024-11-04"),
    ("P", "Regionstyrelsens beslut 2024-06-11, § 140, om ägardirektiv för Västtrafik AB"),
    ("H2", "§ 114\tYttrande över motion om fri kollektivtrafik för ungdomar under 20 år"),
    ("P", "Diarienummer KTN 2024-00287, RS 2024-02133"),
    ("B", "Beslut"),
    ("P", "Kollektivtrafiknämnden föreslår regionstyrelsen att avslå motionen."),
    ("B", "Sammanfattning av ärendet"),
    ("P", "Regionstyrelsen har remitterat Ali Haidaris (V) motion till kollektivtrafiknämnden för "
          "yttrande. Enligt 8 § i nämndens reglemente ska nämnden yttra sig över motioner inom sitt "
          "ansvarsområde."),
    ("B", "Yrkanden"),
    ("P", "Ali Haidari (V) och Sofie Ringblom (MP) yrkar bifall till motionen. Björn Thorsell (M) yrkar "
          "bifall till förvaltningens förslag."),
    ("P", "Ordföranden ställer proposition och finner att nämnden bifaller Björn Thorsells yrkande."),
    ("B", "Protokollsanteckning"),
    ("P", "Ali Haidari (V) och Sofie Ringblom (MP) anmäler en gemensam protokollsanteckning: "
          "”Avgiftsfri kollektivtrafik för unga är en investering i framtida resande.”"),
    ("B", "Beslutsunderlag"),
    ("P", "Tjänsteutlåtande daterat 2024-10-22"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Västra Götalandsregionen\tProtokoll\tKollektivtrafiknämnden"
    d.add_heading("Protokoll från sammanträde med kollektivtrafiknämnden", level=1)
    d.add_paragraph("Tid: 2024-11-21 kl. 09.30–12.15")
    d.add_paragraph("Plats: Regionens hus, Göteborg, och digitalt via Teams")
    d.add_paragraph("Närvarande")
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in DOCX_ATTENDANCE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Justerare: Louise Fägerhall (M)")
    d.add_paragraph("Paragrafer: 112–114")
    for style, text in DOCX_BODY:
        if style == "H2":
            d.add_heading(text, level=2)
        elif style == "B":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    d.add_paragraph("Vid protokollet")
    sig = d.add_table(rows=2, cols=3)
    for row, texts in zip(sig.rows, [("Sekreterare", "Ordförande", "Justerare"),
                                     ("Cecilia Stålberg", "Anna-Lena Dahlqvist", "Louise Fägerhall")],
                          strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    d.add_paragraph("Protokollet justerat 2024-11-28. Anslaget på Västra Götalandsregionens anslagstavla "
                    "2024-11-29.")
    cp = d.core_properties
    cp.author = "Västra Götalandsregionen"
    cp.last_modified_by = "Västra Götalandsregionen"
    cp.title = "Protokoll kollektivtrafiknämnden 2024-11-21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = DOCS / "vgr-ktn-2024-11-21-protokoll.docx"
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))


if __name__ == "__main__":
    make_pdf()
    make_docx()
