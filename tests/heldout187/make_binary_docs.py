"""Generate the binary documents of tests/heldout187/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout187/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 10, 28, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 16, 14, 0, 0)

# PDF: Nyköpings kommun, barn- och ungdomsnämnden 2025-10-21, full protocol.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
NYKOPING_PAGES = """\
#NYKÖPINGS KOMMUN
#Barn- och ungdomsnämnden
Protokoll från sammanträde 2025-10-21
Tid och plats: tisdagen den 21 oktober 2025 kl. 13.15–16.00, Stadshuset, sal Nyköpingshus

#Ledamöter
Anna Sköld (C), ordförande
Mats Gren (S), 1:e vice ordförande
Lina Brahe (M), 2:e vice ordförande
Kjell Rudberg (S)
Sanna Öst (S)
Hamid Nouri (S)
Erik Thor (M)
Maria Eng (KD)
Karl Vester (MP)
Saga Lind (V)

#Tjänstgörande ersättare
Pontus Malm (SD) för Lena Strid (SD)

#Ej tjänstgörande ersättare
Ulf Sand (C), Nora Berg (S), Gustav Alm (M)

#Tjänstemän
Helena Rask, förvaltningschef
Tobias Wiik, controller, § 88
Frida Hed, nämndsekreterare

#Justerare
Mats Gren (S)

Justering sker på barn- och ungdomsförvaltningen 2025-10-27.
Protokollet omfattar §§ 88–90.

Sekreterare ...................................... Frida Hed
Ordförande ...................................... Anna Sköld
Justerare ...................................... Mats Gren

#BEVIS OM ANSLAG
Protokollet är justerat och har anslagits på kommunens digitala anslagstavla 2025-10-28.
Sista dag för överklagande enligt 13 kap. kommunallagen (2017:725) är 2025-11-18.
Protokollet förvaras hos barn- och ungdomsförvaltningen.
=
#§ 88  Ekonomisk uppföljning per september 2025
BUN 2025/0311

#Beslut
Barn- och ungdomsnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.

#Ärendet
Prognosen för helåret visar ett underskott på 4,2 miljoner kronor, främst inom tilläggsbelopp
och skolskjuts. Underskottet för skolskjuts beror på den nya upphandlingen som Region Sörmland
genomförde under våren. Nämnden beslutade om åtgärder 2025-06-17, § 61.

#Beslutsunderlag
Tjänsteskrivelse från barn- och ungdomsförvaltningen, 2025-10-02

#Beslutet skickas till
Kommunstyrelsen

#§ 89  Samverkansavtal om modersmålsundervisning med Oxelösunds kommun
BUN 2025/0278

#Beslut
1. Barn- och ungdomsnämnden godkänner samverkansavtalet mellan Nyköpings kommun och Oxelösunds
kommun om modersmålsundervisning och studiehandledning på modersmål.
2. Avtalet gäller 2026-01-01–2028-12-31 med möjlighet till förlängning.

#Ärendet
Oxelösunds kommun har sedan hösten 2023 köpt modersmålsundervisning i arabiska, somaliska och
tigrinja av Nyköpings kommun. Nu föreslås ett samlat avtal enligt 9 kap. 37 § kommunallagen.
Oxelösunds kommun förväntas besluta om avtalet 2025-11-12.
=
#§ 89 forts.
Ersättningen följer den interkommunala prislista som Kommunförbundet Sörmland rekommenderar.

#Beslutsunderlag
Tjänsteskrivelse 2025-09-30
Förslag till samverkansavtal, daterat 2025-09-15

#Beslutet skickas till
Oxelösunds kommun

#§ 90  Svar på remiss – Motion om klimatanpassade skolgårdar
BUN 2025/0190, KS 2025/0412

#Beslut
Barn- och ungdomsnämnden föreslår kommunfullmäktige att motionen ska anses besvarad.

#Ärendet
Kommunstyrelsen har remitterat motionen från Karl Vester (MP), daterad 2025-03-10, till barn-
och ungdomsnämnden för yttrande. Motionären föreslår att alla skolgårdar ska ha skuggande
träd och genomsläppliga ytor senast 2030. Förvaltningen beskriver arbetet tillsammans med
Nyköpings Kommunfastigheter AB och att en handlingsplan tas fram under 2026.

#Beslutsunderlag
Tjänsteskrivelse 2025-09-24
Motion från Karl Vester (MP)

#Yrkanden
Anna Sköld (C) yrkar bifall till förvaltningens förslag.
Karl Vester (MP) och Saga Lind (V) yrkar bifall till motionen.

#Propositionsordning
Ordföranden ställer förvaltningens förslag mot bifall till motionen och finner att nämnden
beslutar enligt förvaltningens förslag. Votering begärs. Nämnden godkänner att den som vill
bifalla förvaltningens förslag röstar ja och den som vill bifalla motionen röstar nej.

#Omröstningsresultat
Ja: 9 (Sköld, Gren, Brahe, Rudberg, Öst, Nouri, Thor, Malm, Eng)
Nej: 2 (Vester, Lind)
Nämnden har alltså beslutat enligt förvaltningens förslag.

#Reservation
Mot beslutet reserverar sig Karl Vester (MP) och Saga Lind (V) till förmån för eget yrkande.

#Beslutet skickas till
Kommunstyrelsen
"""


def make_pdf(text: str, name: str, title: str, header: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Barn- och ungdomsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pages = text.split("\n=\n")
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"{header}    Sida {number} av {len(pages)}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for line in page.splitlines():
            if line.startswith("#"):
                pdf.set_font("F", "B", 11)
                line = line[1:]
            else:
                pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(False)
        pdf.set_y(-18)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerarens signatur ..........          Utdragsbestyrkande ..........",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(True, margin=20)
    pdf.output(str(DOCS / name))


# DOCX: Salems kommun, socialnämnden 2024-12-10, full protocol.
SN_HEAD = ["SALEMS KOMMUN", "Socialnämnden", "Sammanträdesprotokoll", "Sammanträdesdag 2024-12-10"]
SN_ATT: list[tuple[str, str]] = [
    ("Plats och tid", "Salems kommunhus, Säbyvägen 4, Rönninge, kl. 17.00–19.05"),
    ("Närvarande ledamöter",
     "Ulla Bergkvist (M), ordförande, Håkan Nyström (S), vice ordförande, Elin Strand (M), "
     "Reza Karimi (S), Gunilla Ahl (L), Stefan Olofsson (SD) samt Malin Öhman (KD) som "
     "tjänstgörande ersättare för Peter Kjell (KD)"),
    ("Ej tjänstgörande ersättare", "Jonas Lilja (S), Karin Dahl (SD)"),
    ("Övriga", "Therese Blom, socialchef; Amir Haddad, enhetschef, § 75; Linnea Sjögren, nämndsekreterare"),
    ("Utses att justera", "Gunilla Ahl (L)"),
    ("Justeringens plats och tid", "Kommunhuset 2024-12-16"),
    ("Paragrafer", "74–76"),
]
SN_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Linnea Sjögren"),
    ("Ordförande", "Ulla Bergkvist"),
    ("Justerande", "Gunilla Ahl"),
]
# ("p", text) paragraph, ("b", text) bold heading, ("n", text) Word numbered list item,
# ("vote", rows) a vote table.
SN_BODY: list[tuple[str, object]] = [
    ("b", "§ 74  Överenskommelse om samverkan för barn och unga med psykisk ohälsa"),
    ("p", "Dnr SN 2024/0187"),
    ("b", "Socialnämndens beslut"),
    ("n", "Socialnämnden godkänner överenskommelsen mellan Salems kommun och Region Stockholm om "
          "samverkan för barn och unga med psykisk ohälsa."),
    ("n", "Socialchefen får i uppdrag att följa upp samverkan och rapportera till nämnden i december 2025."),
    ("b", "Sammanfattning"),
    ("p", "Överenskommelsen ersätter den lokala överenskommelse som gällt sedan 2021. Region Stockholm "
          "godkände överenskommelsen 2024-10-22. Södertälje kommun och Nykvarns kommun har tecknat "
          "motsvarande överenskommelser. Samverkan sker bland annat genom samordnad individuell plan enligt "
          "2 kap. 7 § socialtjänstlagen (2001:453)."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteutlåtande 2024-11-19"),
    ("b", "Beslutet skickas till"),
    ("p", "Region Stockholm"),
    ("b", "§ 75  Remiss – Socialstyrelsens förslag till föreskrifter om handläggning av ärenden om barn och unga"),
    ("p", "Dnr SN 2024/0201, Socialstyrelsens dnr 3.1-41207/2024"),
    ("b", "Socialnämndens beslut"),
    ("p", "Socialnämnden lämnar förvaltningens yttrande som svar till Socialstyrelsen."),
    ("b", "Sammanfattning"),
    ("p", "Socialstyrelsen har skickat förslaget på remiss till bland andra Salems kommun och vill ha svar "
          "senast 2025-01-15. Förvaltningen ställer sig i huvudsak bakom förslaget men pekar på kostnaderna "
          "för små kommuner. Sveriges Kommuner och Regioner har lämnat ett eget svar."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteutlåtande 2024-11-22"),
    ("b", "Protokollsanteckning"),
    ("p", "Reza Karimi (S) antecknar till protokollet att nämnden bör få en redovisning av hur "
          "föreskrifterna påverkar handläggningstiderna."),
    ("b", "Beslutet skickas till"),
    ("p", "Socialstyrelsen"),
    ("b", "§ 76  Internbudget 2025 för socialnämnden"),
    ("p", "Dnr SN 2024/0215"),
    ("b", "Socialnämndens beslut"),
    ("p", "1. Socialnämnden fastställer internbudget 2025 enligt förvaltningens förslag."),
    ("p", "2. Socialnämnden fastställer avgifterna för familjerådgivning oförändrade."),
    ("p", "3. Förvaltningen får i uppdrag att redovisa en åtgärdsplan i mars 2025."),
    ("b", "Sammanfattning"),
    ("p", "Kommunfullmäktige fastställde 2024-11-25, § 88, nämndens ram till 212,6 miljoner kronor. "
          "Förvaltningen har fördelat ramen på verksamheterna. Tjänsteutlåtande 2024-11-26."),
    ("b", "Yrkanden"),
    ("p", "Ulla Bergkvist (M) yrkar bifall till förvaltningens förslag. Håkan Nyström (S) yrkar bifall till "
          "Socialdemokraternas budgetförslag, bilaga 3."),
    ("b", "Omröstning"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens "
          "förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Håkan Nyströms yrkande."),
    ("vote", [
        ("Ledamot", "Ja", "Nej", "Avstår"),
        ("Ulla Bergkvist (M)", "X", "", ""),
        ("Håkan Nyström (S)", "", "X", ""),
        ("Elin Strand (M)", "X", "", ""),
        ("Reza Karimi (S)", "", "X", ""),
        ("Gunilla Ahl (L)", "X", "", ""),
        ("Stefan Olofsson (SD)", "", "", "X"),
        ("Malin Öhman (KD)", "X", "", ""),
        ("Summa", "4", "2", "1"),
    ]),
    ("p", "Socialnämnden har beslutat enligt förvaltningens förslag."),
    ("b", "Reservation"),
    ("p", "Håkan Nyström och Reza Karimi, båda (S), reserverar sig mot beslutet."),
    ("b", "Särskilt yttrande"),
    ("p", "Stefan Olofsson (SD) lämnar ett särskilt yttrande om kostnaderna för externa placeringar, bilaga 4."),
    ("p", "Ersättaren Karin Dahl (SD) instämmer i Stefan Olofssons särskilda yttrande."),
    ("b", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2024-12-10"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Salems kommun | Socialnämnden | Sammanträdesprotokoll 2024-12-10"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur: ________    Utdragsbestyrkande: ________"
    for line in SN_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in SN_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("Underskrifter")
    sign = d.add_table(rows=0, cols=2)
    for label, value in SN_SIGN:
        cells = sign.add_row().cells
        cells[0].text = label
        cells[1].text = "................................\n" + value
    d.add_paragraph("ANSLAG/BEVIS").runs[0].bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag 2024-12-17. "
                    "Anslaget tas ned 2025-01-08. Förvaringsplats: Salems kommunhus.")
    d.add_page_break()
    for kind, value in SN_BODY:
        if kind == "b":
            d.add_paragraph().add_run(str(value)).bold = True
        elif kind == "n":
            d.add_paragraph(str(value), style="List Number")
        elif kind == "vote":
            rows = list(value)  # type: ignore[arg-type]
            vt = d.add_table(rows=0, cols=4)
            for row in rows:
                cells = vt.add_row().cells
                for cell, text in zip(cells, row, strict=False):
                    cell.text = text
        else:
            d.add_paragraph(str(value))
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 16, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "salem-sn-2024-12-10-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(NYKOPING_PAGES, "nykoping-bun-2025-10-21-protokoll.pdf",
             "Protokoll barn- och ungdomsnämnden 2025-10-21",
             "Nyköpings kommun – Barn- och ungdomsnämnden – Protokoll 2025-10-21")
    make_docx()


if __name__ == "__main__":
    main()
