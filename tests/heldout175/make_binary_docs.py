"""Generate the binary documents of tests/heldout175/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout175/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 6, 24, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 6, 14, 0, 0)

# PDF mini-markup: "#" bold line, "=" page break (with footer), ">" indented line.
STORUMAN = """\
#STORUMANS KOMMUN
#Kommunfullmäktige – PROTOKOLL
Sammanträdesdatum  2025-06-16
Plats              Folkets hus, Storuman, kl. 10.00–15.40 (ajournering 12.00–13.00)

Beslutande         29 ledamöter och 2 tjänstgörande ersättare enligt uppropet, bilaga A
Presidiet          Ingrid Vinberg (S), ordf.
                   Olle Tjärnberg (M), 1:e v. ordf.
                   Siv Eliasson (C), 2:e v. ordf.
Övriga             Johanna Lindqvist, kommunsekreterare
                   Mattias Grahn, kommundirektör

Justerare          Mikael Stenberg (S) och Helena Jonsson (C)
Justering          Kommunkansliet, Storuman, 2025-06-23
Paragrafer         52–55

Underskrifter
>Sekreterare ____________________  Johanna Lindqvist
>Ordförande  ____________________  Ingrid Vinberg
>Justerare   ____________________  Mikael Stenberg   ____________________  Helena Jonsson

#ANSLAG/BEVIS
Justeringen av protokollet har tillkännagetts genom anslag på den officiella anslagstavlan
2025-06-24. Anslaget tas ned 2025-07-16. Protokollet förvaras på kommunkansliet i Storuman.
=
#§ 52  Revisionsberättelse 2024 och beslut om ansvarsfrihet
Dnr 2025.118

#Bakgrund
Revisorerna har lämnat revisionsberättelse för 2024, daterad 2025-04-10. De har biträtts av
Ernst & Young AB. Revisorerna tillstyrker att kommunfullmäktige beviljar kommunstyrelsen,
nämnderna och de enskilda förtroendevalda i dessa organ ansvarsfrihet. I granskningen av
socialnämnden påtalas att nämnden inte har följt upp avtalet med Vilhelmina kommun om
gemensam bemanningsenhet. Lekmannarevisorernas rapport om Storumans Energi AB redovisas
för kännedom. Kommunfullmäktige fastställde årsredovisningen 2025-04-28, § 33.

#Jäv
Maj-Britt Åström (S), Ulf Strömgren (M) och Helena Jonsson (C), som under 2024 var ledamöter
i socialnämnden, deltar inte i prövningen av socialnämndens ansvarsfrihet. Ordföranden Ingrid
Vinberg (S) deltar inte i prövningen av kommunstyrelsens ansvarsfrihet, och Olle Tjärnberg (M)
leder sammanträdet under den delen.

#Yrkanden
Mikael Stenberg (S) yrkar bifall till revisorernas tillstyrkan för samtliga organ.
Lena Vikström (V) yrkar att socialnämnden inte beviljas ansvarsfrihet för 2024.

#Beslutsgång
Ordföranden prövar först frågan om ansvarsfrihet för kommunstyrelsen och övriga nämnder
och finner bifall. Därefter ställs Stenbergs yrkande mot Vikströms yrkande i fråga om
socialnämnden. Ordföranden finner Stenbergs yrkande bifallet. Votering begärs och verkställs.
Ja för Stenbergs yrkande, nej för Vikströms yrkande.
>Ja 22   Nej 7   Avstår 2   (de jäviga deltar inte; bilaga A)

#Beslut
1. Kommunstyrelsen beviljas ansvarsfrihet för 2024.
2. Socialnämnden beviljas ansvarsfrihet för 2024.
3. Barn- och utbildningsnämnden, miljö- och byggnadsnämnden samt valnämnden beviljas
   ansvarsfrihet för 2024.

#Reservation
Lena Vikström och Tobias Granlund (båda V) reserverar sig mot beslut 2.

Kopia: Revisorerna, samtliga nämnder
=
#§ 53  Svar på motion om lokalproducerade livsmedel i kommunens kök
Dnr 2024.311

#Bakgrund
Helena Jonsson (C) har i en motion 2024-09-23 föreslagit att minst 30 procent av de livsmedel
som köps in till kommunens kök ska vara producerade i Västerbottens län senast 2027. Motionen
remitterades till kommunstyrelsen 2024-09-30, § 79. Enligt tjänsteskrivelse 2025-05-06 hindrar
lagen (2016:1145) om offentlig upphandling krav på geografiskt ursprung, men kommunen kan
dela upp upphandlingen i mindre delar. Inköpssamverkan sker genom Region Västerbotten och
Umeå kommuns upphandlingsenhet. Kommunstyrelsen föreslog 2025-05-27, § 102, att motionen
ska anses besvarad.

#Yrkanden
Helena Jonsson (C) yrkar bifall till motionen.
Mikael Stenberg (S) och Ulf Strömgren (M) yrkar bifall till kommunstyrelsens förslag.

#Beslutsgång
Ordföranden ställer proposition på förslagen och finner att fullmäktige beslutat enligt
kommunstyrelsens förslag. Ingen votering begärs.

#Beslut
Motionen anses besvarad.

#Reservation
Helena Jonsson (C) reserverar sig till förmån för sitt yrkande.

#Särskilt yttrande
Siv Eliasson (C) lämnar ett särskilt yttrande, bilaga B.

Kopia: Motionären, kommunstyrelsen
=
#§ 54  Avsägelse av uppdrag som ledamot i kommunfullmäktige – Jonas Lindahl (KD)
Dnr 2025.204

Jonas Lindahl (KD) har 2025-05-30 begärt att få bli entledigad från uppdraget som ledamot i
kommunfullmäktige då han flyttat till Umeå. Enligt 4 kap. 9 § kommunallagen (2017:725) upphör
uppdraget när den förtroendevalde inte längre är valbar.

#Beslut
1. Avsägelsen godkänns.
2. Länsstyrelsen i Västerbottens län begärs förrätta ny sammanräkning för att utse ny ledamot
   efter Jonas Lindahl.

Kopia: Länsstyrelsen i Västerbottens län, Jonas Lindahl

#§ 55  Fyllnadsval av nämndeman vid Lycksele tingsrätt
Dnr 2025.166

Nämndemannen Erik Holmgren (S) har avlidit. Domstolsverket har i skrivelse 2025-03-14
påmint om att fyllnadsval ska göras. Valberedningen föreslår Gunnel Persson (S).

#Nomineringar och yrkanden
Valberedningens ordförande Åsa Lidgren (S) yrkar bifall till valberedningens förslag.
Karl-Erik Danielsson (SD) nominerar och yrkar att Hans Nyström (SD) väljs.

#Beslutsgång
Sluten omröstning begärs. Som rösträknare utses Olle Tjärnberg (M) och Tobias Granlund (V).
Resultat: Gunnel Persson 23 röster, Hans Nyström 6 röster, blanka valsedlar 2.

#Beslut
Till nämndeman vid Lycksele tingsrätt för tiden till och med 2027-12-31 väljs Gunnel Persson (S).

Kopia: Lycksele tingsrätt, den valda
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("M", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunfullmäktige 2025-06-16")
    pdf.set_author("Kommunkansliet Storuman")
    pdf.set_creator("Protokollsmall KF")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Storumans kommun | Kommunfullmäktige | 2025-06-16 | {pdf.page_no()}({{nb}})",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerare ________  ________      Utdragsbestyrkande ________",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    first = True
    for line in STORUMAN.splitlines():
        if line == "=":
            footer()
            pdf.add_page()
            page_header()
            first = False
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("M" if first else "F", "", 9 if first else 10)
        if line.startswith(">"):
            pdf.set_x(pdf.l_margin + 8)
            line = line[1:]
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    footer()
    pdf.output(str(DOCS / "storuman-kf-2025-06-16-protokoll.pdf"))


GNOSJO_HEAD = [
    "#Gnosjö kommun",
    "#PROTOKOLLSUTDRAG",
    "#Kommunfullmäktige",
    "Datum: torsdagen den 29 februari 2024, kl. 19.00–21.20",
    "Plats: Kommunhuset, sessionssalen, Gnosjö",
]

GNOSJO_TABLE = [
    ("Beslutande", "Enligt upprop, se närvarolista (bilaga 1)"),
    ("Ordförande", "Gert Ivarsson (KD)"),
    ("Vice ordförande", "Anneli Ström (S)"),
    ("Sekreterare", "Anna Bäck, kanslichef"),
    ("Justerare", "Johan Sjöberg (S), Mirja Svensson (M)"),
    ("Justeringens tid och plats", "2024-03-05, kommunkansliet"),
    ("Utdraget avser", "§§ 14–15"),
]

GNOSJO_BODY = [
    "#KF § 14\tDnr KS 2024/27",
    "#Valberedningens förslag – val av ledamot och ersättare i styrelsen för Gnosjö Energi AB",
    "Stig Andersson (M) har avsagt sig uppdraget som ordinarie ledamot och Malin Fransson (KD) "
    "uppdraget som ersättare i styrelsen för Gnosjö Energi AB. Avsägelserna kom in 2024-01-15 "
    "respektive 2024-01-22. Enligt ägardirektivet, antaget av fullmäktige 2023-06-15 § 58, utser "
    "fullmäktige styrelsen för tiden intill slutet av den årsstämma som hålls närmast efter nästa val. "
    "Bolagets årsstämma hålls 2024-04-25.",
    "Valberedningen har sammanträtt 2024-02-20 och föreslår följande:",
    "@VALTABELL",
    "#Yrkande",
    "Valberedningens ordförande Linnea Carlsson (KD) yrkar bifall till valberedningens förslag.",
    "#Kommunfullmäktiges beslut",
    "1. Avsägelserna från Stig Andersson (M) och Malin Fransson (KD) godkänns.",
    "2. Tobias Wiberg (M) väljs till ordinarie ledamot i styrelsen för Gnosjö Energi AB.",
    "3. Ellen Holmqvist (KD) väljs till ersättare i styrelsen för Gnosjö Energi AB.",
    "4. Paragrafen justeras omedelbart.",
    "Beslutet skickas till: Gnosjö Energi AB, Gnosjö Kommunhus AB, de valda, förtroendemannaregistret",
    "",
    "#KF § 15\tDnr KS 2023/402",
    "#Medborgarförslag om gång- och cykelväg mellan Hillerstorp och Nissafors",
    "Ett medborgarförslag om en separat gång- och cykelväg längs väg 152 mellan Hillerstorp och "
    "Nissafors kom in 2023-10-02. Fullmäktige överlämnade förslaget till kommunstyrelsen för beredning "
    "2023-10-26, § 96. Vägen är statlig och Trafikverket har i en skrivelse 2023-12-11 meddelat att "
    "sträckan inte finns med i Region Jönköpings läns länstransportplan 2022–2033. Av "
    "kommunledningsförvaltningens tjänsteskrivelse daterad 2024-01-30 framgår att en kommunal "
    "utbyggnad skulle kosta cirka 18 miljoner kronor. Kommunstyrelsen föreslog 2024-02-13, § 21, att "
    "medborgarförslaget avslås.",
    "#Yrkanden",
    "Johan Sjöberg (S) yrkar bifall till medborgarförslaget.",
    "Christer Axelsson (KD) yrkar bifall till kommunstyrelsens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige har beslutat i "
    "enlighet med Axelssons yrkande.",
    "#Kommunfullmäktiges beslut",
    "Medborgarförslaget avslås.",
    "#Reservation",
    "Johan Sjöberg (S) m.fl. reserverar sig till förmån för eget yrkande.",
    "#Särskilt yttrande",
    "Kristina Nylén (C) anför i ett särskilt yttrande att kommunen bör driva frågan i det "
    "regionala trafikstrategiska samrådet.",
    "Ersättaren Rasmus Lund (C) instämmer i Nyléns yttrande.",
    "Beslutet skickas till: Förslagsställaren, Kommunstyrelsen, Trafikverket",
    "",
    "Rätt utdraget intygar: Anna Bäck, 2024-03-06",
]

VALTABELL = [
    ("Uppdrag", "Föreslagen", "Efter"),
    ("Ordinarie ledamot, styrelsen Gnosjö Energi AB", "Tobias Wiberg (M)", "Stig Andersson (M)"),
    ("Ersättare, styrelsen Gnosjö Energi AB", "Ellen Holmqvist (KD)", "Malin Fransson (KD)"),
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]], bold_first_col: bool) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j, (cell, value) in enumerate(zip(cells, row, strict=False)):
            cell.text = value
            if value and ((bold_first_col and j == 0) or (not bold_first_col and i == 0)):
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet Gnosjö"
    cp.title = "Protokollsutdrag kommunfullmäktige 2024-02-29"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet Gnosjö"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "GNOSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tKommunfullmäktige 2024-02-29"
    d.sections[0].footer.paragraphs[0].text = "Justerare: ________ ________\tUtdragsbestyrkande: ________"

    def para(line: str) -> None:
        if line == "@VALTABELL":
            add_table(d, VALTABELL, bold_first_col=False)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)

    for line in GNOSJO_HEAD:
        para(line)
    add_table(d, GNOSJO_TABLE, bold_first_col=True)
    for line in GNOSJO_BODY:
        para(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 3, 6, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "gnosjo-kf-2024-02-29-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
