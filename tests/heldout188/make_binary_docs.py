"""Generate the binary documents of tests/heldout188/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout188/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 2, 26, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 9, 30, 11, 0, 0)

# PDF: Älmhults kommun, Socialnämnden 2025-02-19, full protocol, three pages.
# "#" = bold line, "=" = new page, "|" = table row (name | party | function), "" = blank line.
ALMHULT = """\
#Sammanträde med socialnämnden
Datum och tid: onsdag 2025-02-19 kl. 13.15–16.05
Plats: Haga, Kommunhuset, Älmhult

#Ledamöter
|Namn|Parti|Funktion
|Anneli Strömberg|C|Ordförande
|Mats Ohlin|S|1:e vice ordförande
|Gunilla Berg|M|2:e vice ordförande
|Hassan Omar|S|
|Kjell Svensson|SD|
|Britt Nyman|KD|

#Tjänstgörande ersättare
|Oskar Lindgren|S|tjänstgör för Ewa Holm (S)

#Ersättare, ej tjänstgörande
|Malin Åkesson|L|
|Tord Gren|SD|§§ 12–13

#Tjänstemän
Karin Hallberg, socialchef
Jenny Vik, enhetschef individ- och familjeomsorgen, § 13
Lars Bengtsson, nämndsekreterare

Justerare: Hassan Omar (S)
Justeringens tid och plats: 2025-02-24, Kommunhuset
Paragrafer: §§ 12–14

Underskrifter
Sekreterare ......................................... Lars Bengtsson
Ordförande ......................................... Anneli Strömberg
Justerare ......................................... Hassan Omar

#ANSLAG
Protokollet är justerat och tillkännagivet på kommunens anslagstavla 2025-02-25.
Sista dag för överklagande enligt 13 kap. kommunallagen (2017:725) är 2025-03-18.
Förvaringsplats: Kommunhuset, Älmhult
=
#§ 12   Internkontrollplan 2025 för socialnämnden
Dnr SN 2024/0188

#Beslut
1. Socialnämnden antar internkontrollplan 2025 enligt bilaga.
2. Resultatet av kontrollerna redovisas för nämnden senast i december 2025.

#Ärendebeskrivning
Nämnden ska varje år anta en plan för intern kontroll enligt kommunens riktlinjer, antagna av
kommunfullmäktige 2019-11-25, § 143. Planen bygger på den riskanalys som nämnden gick igenom
2024-10-16, § 98. Förvaltningens tjänsteskrivelse är daterad 2025-01-30.

Nämnden beslutar enligt förvaltningens förslag.

#Beslutet skickas till
Kommunstyrelsen
Kommunrevisionen

#§ 13   Samverkansöverenskommelse om Barnahus Kronoberg 2025–2027
Dnr SN 2024/0245

#Beslut
Socialnämnden beslutar
att godkänna samverkansöverenskommelsen mellan Älmhults kommun, Region Kronoberg och
Polismyndigheten om Barnahus Kronoberg,
att kostnaden, 212 000 kronor per år, ryms inom budget för individ- och familjeomsorgen.

#Ärendebeskrivning
Barnahus Kronoberg ger barn som kan ha utsatts för brott stöd på ett ställe. Växjö kommun är
värdkommun och Åklagarmyndigheten deltar i samråden. Den nuvarande överenskommelsen gäller till
2025-03-31. Tjänsteskrivelse 2025-02-03 från individ- och familjeomsorgen.

#Yrkanden
Gunilla Berg (M) yrkar bifall till förvaltningens förslag.
Kjell Svensson (SD) yrkar som tillägg att nämnden ska få en årlig redovisning av hur många barn
från Älmhult som tagits emot.
=
#§ 13 forts.

#Beslutsgång
Ordföranden finner att det finns ett huvudyrkande och ett tilläggsyrkande och att nämnden
bifaller huvudyrkandet. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner
att det avslås. Votering begärs. Den som vill avslå tilläggsyrkandet röstar ja, den som vill
bifalla det röstar nej. Med fem ja-röster mot två nej-röster avslår nämnden tilläggsyrkandet.

#Reservation
Kjell Svensson (SD) och Britt Nyman (KD) reserverar sig till förmån för tilläggsyrkandet.

#Beslutet skickas till
Region Kronoberg, Polismyndigheten, Växjö kommun

#§ 14   Remiss – Regional handlingsplan för suicidprevention i Kronobergs län
Dnr SN 2025/0021

#Beslut
Socialnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till Region Kronoberg.

Paragrafen förklaras omedelbart justerad.

#Ärendebeskrivning
Region Kronoberg har skickat handlingsplanen på remiss till länets kommuner, regionens dnr
23RK1455. Regionstyrelsen beslutade om remissen 2024-12-10 och svar ska lämnas senast
2025-03-14. Yttrandet tar upp kommunens ansvar enligt 2 kap. 7 § socialtjänstlagen (2001:453).
Tjänsteskrivelse 2025-02-05.

#Särskilt yttrande
Mats Ohlin lämnar för Socialdemokraterna ett särskilt yttrande, bilaga 2.
Malin Åkesson (L) instämmer i yttrandet.

#Beslutet skickas till
Region Kronoberg
"""


class AlmhultPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 4, "ÄLMHULTS KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Socialnämnden", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"2025-02-19     Sida {self.page_no()}({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(95, 4, "Justerandes signatur", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = AlmhultPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2025-02-19")
    pdf.set_author("Socialförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in ALMHULT.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("|"):
            pdf.set_font("F", "", 10)
            name, party, func = line[1:].split("|")
            pdf.cell(60, 5.5, name, new_x="RIGHT", new_y="TOP")
            pdf.cell(20, 5.5, party, new_x="RIGHT", new_y="TOP")
            pdf.cell(0, 5.5, func, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "almhult-sn-2025-02-19-protokoll.pdf"))


# DOCX: Borgholms kommun, Kommunstyrelsen 2025-09-23, full protocol.
# "#" = bold heading, "*" = Word numbered list item (numbers not in the text), "" = blank paragraph.
BORGHOLM = [
    "#Borgholms kommun",
    "#Kommunstyrelsen",
    "Sammanträdesprotokoll 2025-09-23",
    "",
    "Plats och tid: Sessionssalen, Stadshuset i Borgholm, tisdagen den 23 september 2025 kl. 08.30–11.50",
    "",
    "Beslutande: Peter Sandberg (C), ordförande, Anna-Lena Hoff (M), 1:e vice ordförande, Johan Alm (S), "
    "2:e vice ordförande, samt ledamöterna Nils Sjödin (C), Eva Granlund (S), Hanna Rask (S), Leif Ek (S), "
    "Marcus Wiik (SD), Tomas Ljungqvist (SD) och Sofia Bäck (M).",
    "Tjänstgörande ersättare: Kerstin Mård (KD) (tjänstgör för Per Rydh (KD)).",
    "Ersättare: Olof Berg (C), Ann Krantz (S).",
    "Övriga: Lena Fors, kommundirektör, Mikael Dahl, ekonomichef, § 176, Ingela Torsson, kommunsekreterare, "
    "samt Bengt Holm (C) (Ordförande) (Kommunfullmäktige).",
    "",
    "Utses att justera: Eva Granlund (S) med Sofia Bäck (M) som ersättare.",
    "Justeringens plats och tid: Kommunkansliet 2025-09-30",
    "Justerade paragrafer: §§ 176–178",
    "",
    "#§ 176  Delårsrapport januari–augusti 2025",
    "Dnr 2025/142-041 KS",
    "#Beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige besluta",
    "att godkänna delårsrapporten för januari–augusti 2025.",
    "Kommunstyrelsen beslutar för egen del",
    "att uppdra åt kommundirektören att redovisa en åtgärdsplan för samhällsbyggnadsverksamheten.",
    "#Ärendebeskrivning",
    "Delårsrapporten visar en prognos om +4,2 mnkr. Enligt 11 kap. 20 § kommunallagen (2017:725) ska "
    "revisorerna bedöma rapporten före fullmäktiges behandling 2025-10-20. Borgholm Energi AB och "
    "Borgholmshem AB redovisas i den sammanställda redovisningen. Ekonomiavdelningens tjänsteskrivelse "
    "är daterad 2025-09-10. Kommunstyrelsens arbetsutskott behandlade ärendet 2025-09-09, § 151.",
    "#Yrkande",
    "Peter Sandberg (C) yrkar bifall till arbetsutskottets förslag.",
    "#Protokollsanteckning",
    "Marcus Wiik (SD) antecknar att Sverigedemokraterna anser att prognosen för äldreomsorgen är för optimistisk.",
    "#Beslutet skickas till",
    "Kommunfullmäktige, Revisorerna, Borgholm Energi AB",
    "",
    "#§ 177  Avtal om gemensam turistbyrå med Mörbylånga kommun",
    "Dnr 2025/201-106 KS",
    "#Beslut",
    "*Kommunstyrelsen godkänner avtalet mellan Borgholms kommun och Mörbylånga kommun om en gemensam "
    "turistbyrå på Öland för åren 2026–2028.",
    "*Kommunstyrelsens ordförande får i uppdrag att underteckna avtalet.",
    "#Ärendebeskrivning",
    "Kommunerna har sedan 2019 drivit Ölands turistbyrå i Färjestaden tillsammans. Mörbylånga kommun "
    "godkände det nya avtalet 2025-08-26, § 112. Tjänsteskrivelse 2025-08-29 från kommundirektören. "
    "Region Kalmar län har lämnat synpunkter på besöksnäringsstrategin som avtalet hänvisar till.",
    "#Yrkanden",
    "Anna-Lena Hoff (M) yrkar bifall till förslaget.",
    "Tomas Ljungqvist (SD) yrkar att ärendet ska återremitteras för en kostnadsjämförelse.",
    "#Beslutsgång",
    "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att det "
    "ska avgöras i dag. Omröstning begärs.",
    "Ja-röst för att avgöra ärendet i dag, nej-röst för återremiss.",
    "Omröstningsresultat: 9 ja, 2 nej. Kommunstyrelsen har beslutat att avgöra ärendet i dag.",
    "Därefter finner ordföranden att kommunstyrelsen bifaller Anna-Lena Hoffs yrkande.",
    "#Reservation",
    "Tomas Ljungqvist (SD) och Marcus Wiik (SD) reserverar sig till förmån för återremissyrkandet.",
    "#Beslutet skickas till",
    "Mörbylånga kommun",
    "",
    "#§ 178  Yttrande över remiss – Regionalt trafikförsörjningsprogram för Kalmar län 2026–2030",
    "Dnr 2025/188-530 KS",
    "#Beslut",
    "Kommunstyrelsen beslutar",
    "- att anta förvaltningens förslag till yttrande som kommunens svar till Region Kalmar län,",
    "- att paragrafen justeras omedelbart.",
    "#Ärendebeskrivning",
    "Region Kalmar län har skickat förslaget på remiss till kommunerna med svar senast 2025-10-03, "
    "regionens dnr RS 2025/611. Programmet styr den trafik som Kalmar länstrafik (KLT) upphandlar, "
    "bland annat linjerna till Böda och Byxelkrok. Kommunstyrelsens arbetsutskott behandlade ärendet "
    "2025-09-09, § 155. Tjänsteskrivelse 2025-09-08.",
    "#Yrkande",
    "Nils Sjödin (C) yrkar bifall till förvaltningens förslag.",
    "#Särskilt yttrande",
    "Johan Alm m.fl. (S) lämnar ett särskilt yttrande om kvällstrafiken till norra Öland.",
    "#Beslutet skickas till",
    "Region Kalmar län",
    "",
    "#Underskrifter",
]
BORGHOLM_SIGN = [
    ("Sekreterare", "Ingela Torsson"),
    ("Ordförande", "Peter Sandberg"),
    ("Justerande", "Eva Granlund"),
]
BORGHOLM_ANSLAG = [
    "#Anslag/bevis",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag 2025-10-01. "
    "Anslaget tas ned 2025-10-23. Förvaringsplats: Kommunkansliet.",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-09-23"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "BORGHOLMS KOMMUN\tKommunstyrelsen\tSammanträdesdatum 2025-09-23"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    for line in BORGHOLM:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    table = d.add_table(rows=0, cols=2)
    for label, name in BORGHOLM_SIGN:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = "......................................\n" + name
    for line in BORGHOLM_ANSLAG:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 30, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "borgholm-ks-2025-09-23-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
