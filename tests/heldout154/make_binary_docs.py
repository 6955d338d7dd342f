# ruff: noqa: E501
# ruff: noqa: E501
"""Generate the binary documents of tests/heldout154/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout154/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 10, 4, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 2, 11, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Uppsala kommun, Arbetsmarknadsnämnden 2024-09-26, full protocol, 3 pages, §§ 118–120.
# Markup: "#" bold line, "=" new page, "|a|b" two-column row (label left, text right).
# ---------------------------------------------------------------------------------------------
UPP = """\
#Protokoll
|Sammanträdesdatum|2024-09-26
|Plats och tid|Stationsgatan 12, sammanträdesrum Fyrisån, kl. 15.00–17.45
|Ordförande|Lena Ståhlberg (S)
|1:e vice ordförande|Johan Sand (C)
|2:e vice ordförande|Kenneth Ahl (M)
|Ledamöter|Ines Borg (S), Camilla Enberg (S), Per Ortvik (MP), Hanna Söder (V), Anton Wiik (V),
||Pia Holm (L), Maja Lindroos (M), Gustav Ek (KD), Torbjörn Nyman (SD)
|Tjänstgörande ersättare|Nadia Ekström (S) ersätter Milad Hosseini (S)
|Ersättare, ej tjänstgörande|Ulrik Fors (MP), Siri Mattsson (KD)
|Övriga närvarande|Mats Öberg, direktör arbetsmarknadsförvaltningen; Kamila Nowak, controller, §§ 118–119;
||Ebba Lind, nämndsekreterare
|Justerare|Johan Sand och Kenneth Ahl
|Paragrafer|118–120
|Justeringsdatum|2024-10-02

#Underskrifter
|Sekreterare|Ebba Lind ..............................
|Ordförande|Lena Ståhlberg ..............................
|Justerare|Johan Sand ....................   Kenneth Ahl ....................

#Anslagsbevis
Protokollet har justerats och anslagits på kommunens digitala anslagstavla 2024-10-03. Överklagandetiden enligt 13 kap. 5 § kommunallagen (2017:725) löper ut 2024-10-24. Protokollet förvaras hos arbetsmarknadsförvaltningen.
=
#§ 118
#Överenskommelse om lokal samverkan mellan Uppsala kommun och Arbetsförmedlingen 2025–2026
AMN-2024-00301

#Beslut
Arbetsmarknadsnämnden beslutar
1. att godkänna överenskommelsen om lokal samverkan mellan Uppsala kommun och Arbetsförmedlingen 2025–2026,
2. att uppdra åt arbetsmarknadsförvaltningen att årligen redovisa överenskommelsens resultat till nämnden.

#Sammanfattning
Överenskommelsen bygger på förordningen (2000:628) om den arbetsmarknadspolitiska verksamheten och ersätter den överenskommelse som nämnden godkände 2022-11-24, § 171. Parterna ska gemensamt rusta personer med försörjningsstöd för arbete, i samverkan med Försäkringskassan och Region Uppsala. Arbetsförmedlingen har beslutat om sin del 2024-09-12.

#Beslutsunderlag
Arbetsmarknadsförvaltningens tjänsteskrivelse, 2024-09-03
Förslag till överenskommelse, version 2024-08-20

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.

#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden bifaller detsamma.

#Särskilt yttrande
Vänsterpartiet, genom Hanna Söder (V) och Anton Wiik (V), lämnar ett särskilt yttrande enligt bilaga 1.

#Beslutet ska skickas till
Arbetsförmedlingen
#§ 119
#Yttrande över motion om motprestation för försörjningsstöd
AMN-2024-00255, KSN-2024-00871

#Beslut
Arbetsmarknadsnämnden beslutar att föreslå kommunstyrelsen att avslå motionen.

#Sammanfattning
Kenneth Ahl (M) har i en motion väckt i kommunfullmäktige 2024-04-15 föreslagit att alla som uppbär försörjningsstöd ska delta i heltidsaktivitet. Kommunstyrelsen har remitterat motionen till arbetsmarknadsnämnden för yttrande senast 2024-10-15. Förvaltningen bedömer att krav enligt 4 kap. 4 § socialtjänstlagen (2001:453) redan ställs. Uppsala Vatten och Avfall AB och Uppsalahem AB erbjuder i dag praktikplatser inom ramen för Jobb Uppsala.

#Beslutsunderlag
Arbetsmarknadsförvaltningens tjänsteskrivelse, 2024-09-05
Motion från Kenneth Ahl (M), 2024-04-15
=
#§ 119 forts.
#Yrkanden
Ordföranden Lena Ståhlberg (S), Johan Sand (C) och Per Ortvik (MP) yrkar bifall till förvaltningens förslag.
Kenneth Ahl (M), Gustav Ek (KD) och Torbjörn Nyman (SD) yrkar bifall till motionen.

#Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag mot bifall till motionen och finner att nämnden beslutar enligt förvaltningens förslag. Votering begärs.
Den som vill bifalla förvaltningens förslag röstar ja, den som vill bifalla motionen röstar nej.
Ja: Lena Ståhlberg, Johan Sand, Ines Borg, Nadia Ekström, Camilla Enberg, Per Ortvik, Hanna Söder, Anton Wiik
Nej: Kenneth Ahl, Pia Holm, Maja Lindroos, Gustav Ek, Torbjörn Nyman
Omröstningsresultat: 8 ja-röster mot 5 nej-röster. Ingen avstod. Nämnden har beslutat enligt förvaltningens förslag.

#Reservation (M, KD, SD)
Kenneth Ahl (M), Maja Lindroos (M), Gustav Ek (KD) och Torbjörn Nyman (SD) reserverar sig mot beslutet till förmån för bifall till motionen.

#Särskilt yttrande
Pia Holm (L) lämnar ett särskilt yttrande enligt bilaga 2.

#Beslutet ska skickas till
Kommunstyrelsen

#§ 120
#Anmälan av delegationsbeslut augusti 2024
AMN-2024-00012

#Beslut
Arbetsmarknadsnämnden beslutar att lägga anmälan av delegationsbesluten till handlingarna.

#Sammanfattning
Förteckning över beslut fattade med stöd av delegationsordningen under perioden 2024-08-01–2024-08-31, bland annat beslut om ekonomiskt bistånd och om praktikplatser hos Uppsala Konsert & Kongress AB.

#Protokollsanteckning
Ersättaren Siri Mattsson (KD) antecknar att hon önskar en redovisning av avslagsbesluten per stadsdel.
"""


class UppPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(110, 5, "Uppsala kommun")
        self.set_font("F", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(110, 5, "Arbetsmarknadsnämnden")
        self.cell(0, 5, "Protokoll 2024-09-26", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerares signatur ..........   ..........            Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = UppPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll arbetsmarknadsnämnden 2024-09-26")
    pdf.set_author("Uppsala kommun")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    for line in UPP.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("|"):
            label, text = line[1:].split("|", 1)
            pdf.set_font("F", "B", 9)
            pdf.cell(50, 5, label)
            pdf.set_font("F", "", 9)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "uppsala-amn-2024-09-26-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Malmö stad, Fritidsnämnden 2025-04-23, full protocol, §§ 41–43.
# ---------------------------------------------------------------------------------------------
MAL_ATT = [
    ("Beslutande", "Jasmin Ali (S)", "Ordförande"),
    ("", "Oskar Wendel (L)", "1:e vice ordförande"),
    ("", "Stefan Wolt (M)", "2:e vice ordförande"),
    ("", "Ida Hammar (S)", "Ledamot"),
    ("", "Yusuf Karaca (S)", "Ledamot"),
    ("", "Elin Brodin (V)", "Ledamot"),
    ("", "Kalle Nyström (MP)", "Ledamot"),
    ("", "Amanda Rydh (M)", "Ledamot"),
    ("", "Göran Fjell (SD)", "Ledamot"),
    ("", "Lisa Tornberg (SD)", "Ledamot"),
    ("", "Nora Bäck (L)", "Tjänstgörande ersättare (ersätter Rikard Sjö (L))"),
    ("Övriga deltagande", "Henrik Aspe (C)", "Ersättare"),
    ("", "Mira Stål (KD)", "Ersättare"),
    ("", "Tove Lund (S)", "Ersättare"),
    ("", "Anneli Kvist", "Fritidsdirektör"),
    ("", "Mohammed Saleh", "Avdelningschef, § 42"),
    ("", "Julia Brink", "Nämndsekreterare"),
]

MAL_BODY = [
    "#Protokoll för Fritidsnämnden",
    "Sammanträdesdatum: 2025-04-23",
    "Tid: 16:30–19:10",
    "Plats: Fritidsförvaltningen, Hyllie Allé 22, rum Pildammarna",
    "@ATT",
    "Utses att justera: Elin Brodin (V)",
    "Justeringsdatum: 2025-04-30",
    "Protokollet omfattar: §§ 41–43",
    "#§ 41 Yttrande över Malmö stads trygghetsprogram 2025–2030",
    "FRI-2025-00412 / STK-2025-00233",
    "#Sammanfattning",
    "Kommunstyrelsen har remitterat förslaget till trygghetsprogram till fritidsnämnden för yttrande senast 2025-05-15. "
    "Programmet har tagits fram av stadskontoret tillsammans med Polismyndigheten och Malmö universitet. Fritidsförvaltningen "
    "föreslår att nämnden tillstyrker programmet men lyfter fram fritidsgårdarnas roll i Rosengård och Lindängen. "
    "Kommunfullmäktige antog det nuvarande programmet 2020-06-18, § 177.",
    "#Beslut",
    "Fritidsnämnden beslutar",
    "att översända fritidsförvaltningens tjänsteskrivelse som nämndens yttrande till kommunstyrelsen,",
    "att omedelbart justera paragrafen.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse FRN 250423 § 41, daterad 2025-04-02",
    "Remiss från kommunstyrelsen, daterad 2025-02-20",
    "#Yrkanden",
    "Ordföranden Jasmin Ali (S) m.fl. yrkar bifall till fritidsförvaltningens förslag.",
    "Stefan Wolt (M) yrkar, med instämmande av Göran Fjell (SD), att nämnden ska yttra sig enligt Moderaternas förslag, bilaga 1.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på de båda yrkandena och finner att nämnden bifaller förvaltningens förslag. "
    "Votering begärs. Nämnden godkänner följande voteringsproposition: Den som vill bifalla förvaltningens förslag röstar "
    "ja. Den som vill bifalla Stefan Wolts yrkande röstar nej.",
    "@VOTE",
    "Med 7 ja-röster mot 4 nej-röster beslutar nämnden enligt förvaltningens förslag.",
    "#Reservationer",
    "Stefan Wolt (M) och Amanda Rydh (M) reserverar sig mot beslutet till förmån för eget yrkande med hänvisning till bilaga 1.",
    "Göran Fjell (SD) och Lisa Tornberg (SD) reserverar sig mot beslutet enligt bilaga 2.",
    "#Ersättaryttrande",
    "Mira Stål (KD) lämnar ett ersättaryttrande enligt bilaga 3.",
    "#§ 42 Samverkansavtal mellan fritidsnämnden och Malmö FF om spontanidrott i Rosengård 2025–2027",
    "FRI-2025-00187",
    "#Sammanfattning",
    "Avtalet omfattar drift av spontanidrott på Rosengårds bollplaner tre kvällar i veckan. Malmö FF har lämnat sitt "
    "undertecknade avtalsförslag 2025-03-28. Avtalet följer Malmö stads riktlinjer för samverkan med civilsamhället. "
    "MKB Fastighets AB upplåter lokaler utan kostnad. Sammanlagd ersättning 1 450 000 kronor för avtalsperioden.",
    "#Beslut",
    "Fritidsnämnden beslutar att godkänna samverkansavtalet med Malmö FF för perioden 2025-06-01–2027-05-31.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse FRN 250423 § 42, daterad 2025-03-31",
    "#Yrkanden",
    "Ordföranden yrkar bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden bifaller detta.",
    "#Protokollsanteckning",
    "Elin Brodin (V) lämnar följande protokollsanteckning: Vänsterpartiet välkomnar avtalet men vill att även flickor "
    "och unga kvinnor nås genom särskilda insatser.",
    "#Beslutet skickas till",
    "Malmö FF",
    "Stadskontoret",
    "#§ 43 Anmälan av delegationsbeslut mars 2025",
    "FRI-2025-00009",
    "#Beslut",
    "Fritidsnämnden beslutar att lägga redovisningen av delegationsbeslut till handlingarna.",
    "#Sammanfattning",
    "Redovisningen avser beslut om föreningsbidrag enligt nämndens delegationsordning, antagen 2023-01-25, § 9.",
    "#Underskrifter",
    "Sekreterare\tJulia Brink",
    "Ordförande\tJasmin Ali",
    "Justerare\tElin Brodin",
]

MAL_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Jasmin Ali (S)", "X", "", ""),
    ("Oskar Wendel (L)", "X", "", ""),
    ("Stefan Wolt (M)", "", "X", ""),
    ("Ida Hammar (S)", "X", "", ""),
    ("Yusuf Karaca (S)", "X", "", ""),
    ("Elin Brodin (V)", "X", "", ""),
    ("Kalle Nyström (MP)", "X", "", ""),
    ("Amanda Rydh (M)", "", "X", ""),
    ("Göran Fjell (SD)", "", "X", ""),
    ("Lisa Tornberg (SD)", "", "X", ""),
    ("Nora Bäck (L)", "X", "", ""),
    ("Summa", "7", "4", "0"),
]


def _table(d: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Malmö stad"
    cp.title = "Protokoll fritidsnämnden 2025-04-23"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Malmö stad"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "MALMÖ STAD\tFritidsnämnden\tProtokoll 2025-04-23"
    d.sections[0].footer.paragraphs[0].text = "Ordförandes sign\tJusterares sign\tUtdragsbestyrkande"
    for line in MAL_BODY:
        if line == "@ATT":
            _table(d, MAL_ATT)
        elif line == "@VOTE":
            _table(d, MAL_VOTE)
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 2, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "malmo-fritidsnamnden-2025-04-23-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
