"""Generate the binary documents of tests/heldout136/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout136/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 12, 3, 11, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 21, 9, 30, 0)

# Ystad: lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
YSTAD = """\
#Plats och tid
Stadshuset, sammanträdesrum Svanen, onsdag 2024-11-27 kl. 08.30–11.45

#Beslutande ledamöter
Kent Mårtensson (M), ordförande
Ingrid Bengtsson (S), 1:e vice ordförande
Jörgen Hallberg (SD), 2:e vice ordförande
Åsa Lindqvist (M)
Peder Nilsson (C)
Henrietta Öberg (L)
Roger Thulin (SD)

#Tjänstgörande ersättare
Mattias Ekstrand (S) ersätter Liselott Holm (S)
Gösta Wickman (KD) ersätter Bertil Åkesson (M)

#Ej tjänstgörande ersättare
Camilla Ohlsson (M), Nils Jeppsson (SD)

#Övriga deltagare
Karl-Johan Stenberg, samhällsbyggnadschef
Lina Frick, planarkitekt, § 111
Maria Svärd, nämndsekreterare

#Justerare
Peder Nilsson (C) med Åsa Lindqvist (M) som ersättare

#Justeringens plats och tid
Samhällsbyggnadsförvaltningen, 2024-12-03 kl. 10.00

#Underskrifter
Sekreterare  ...........................................          Paragrafer 111–113
                    Maria Svärd
Ordförande   ...........................................
                    Kent Mårtensson
Justerare    ...........................................
                    Peder Nilsson

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag.
Organ: Samhällsbyggnadsnämnden     Sammanträdesdatum: 2024-11-27
Datum för anslags uppsättande: 2024-12-04     Datum för anslags nedtagande: 2024-12-26
Förvaringsplats för protokollet: Samhällsbyggnadsförvaltningen
=
#§ 111                                                              Dnr SBN 2023/0487
#Detaljplan för Sandskogen 8:12 m.fl. – beslut om granskning

#Beslut
1) Samhällsbyggnadsnämnden godkänner planförslaget för granskning enligt 5 kap. 18 § plan- och
bygglagen (2010:900).
2) Samrådsredogörelsen daterad 2024-10-30 godkänns.

#Sammanfattning
Planen medger cirka 40 bostäder i radhus och parhus i östra Sandskogen. Planuppdraget gavs av
kommunstyrelsen 2023-06-14, § 161. Samråd hölls 2024-05-20–2024-06-17. Yttranden har kommit in
från Länsstyrelsen Skåne, Trafikverket och Lantmäteriet. Planarkitektens tjänsteskrivelse är daterad
2024-11-07.

#Yrkanden
Kent Mårtensson (M) yrkar bifall till förvaltningens förslag.
Roger Thulin (SD) yrkar att ärendet återremitteras för att trafiken på Österleden ska utredas vidare.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. Votering begärs.
Ja för att avgöra ärendet i dag, nej för återremiss. Med 6 ja-röster mot 3 nej-röster beslutar
nämnden att avgöra ärendet i dag. Därefter finner ordföranden att nämnden bifaller förvaltningens
förslag.

#Reservation
Roger Thulin och Jörgen Hallberg reserverar sig till förmån för återremissyrkandet.

#Beslutet skickas till
Planenheten, Lantmäteriet
=
#§ 112                                                              Dnr SBN 2024/0611
#Yttrande över remiss – Regional transportinfrastrukturplan för Skåne 2026–2037

#Beslut
Samhällsbyggnadsnämnden beslutar
- att anta förvaltningens förslag till yttrande som Ystads kommuns svar till Region Skåne,
- att paragrafen justeras omedelbart.

#Sammanfattning
Region Skåne har sänt planförslaget på remiss till kommunerna i Skåne, Region Skånes dnr
RS 2024/1421. Regionala utvecklingsnämnden beslutade 2024-09-19 om remissen. Svar ska lämnas
senast 2024-12-06. Kommunstyrelsen har överlämnat ärendet till nämnden. Yttrandet tar upp väg 9,
Ystadbanan och Skånetrafikens regionbusslinjer. Förvaltningens tjänsteskrivelse 2024-11-12.

#Särskilt yttrande
Ingrid Bengtsson (S) och Mattias Ekstrand (S) lämnar ett gemensamt särskilt yttrande, bilaga 3.

#Beslutet skickas till
Region Skåne, Kommunstyrelsen

#§ 113                                                              Dnr SBN 2024/0702
#Avtal om drift av publika laddstationer med Ystad Energi AB

#Jäv
Henrietta Öberg (L) anmäler jäv och deltar inte i handläggningen.

#Beslut
Samhällsbyggnadsnämnden godkänner avtalet om drift av publika laddstationer mellan Ystads kommun
och Ystad Energi AB för perioden 2025-01-01–2029-12-31.

#Sammanfattning
Kommunen äger i dag tolv laddpunkter på allmän platsmark. Avtalet är upphandlat enligt 15 kap.
lagen (2016:1145) om offentlig upphandling. Tjänsteskrivelse från gatuenheten, 2024-11-08.

#Beslutet skickas till
Ystad Energi AB
"""

OX_HEAD = [
    ("Sammanträdesdatum", "2025-02-18"),
    ("Plats", "Kommunhuset, sammanträdesrum Femöre"),
    ("Paragrafer", "§§ 12–13"),
    ("Justerare", "Leila Nasser (M)"),
    ("Justeringsdatum", "2025-02-21"),
]

OX_12 = [
    "#§ 12",
    "#Nyttjanderättsavtal för Femöre friluftsområde – Friluftsfrämjandet Oxelösund",
    "Diarienummer KFN 2024/0139",
    "#Kultur- och fritidsnämndens beslut",
    ("list", "Kultur- och fritidsnämnden godkänner nyttjanderättsavtalet mellan Oxelösunds kommun och "
     "Friluftsfrämjandet Oxelösund avseende stugan och elljusspåret vid Femöre."),
    ("list", "Avtalet gäller 2025-03-01–2030-02-28."),
    ("list", "Kultur- och fritidschefen får i uppdrag att underteckna avtalet."),
    "#Bakgrund",
    "Föreningen har disponerat stugan sedan 2015 enligt ett avtal som kommunstyrelsen godkände 2015-05-06, "
    "§ 88. Belysningen i spåret sköts även fortsättningsvis av Oxelö Energi AB. Kultur- och "
    "fritidsförvaltningens tjänsteskrivelse, 2025-01-29.",
    "#Yrkande",
    "Tomas Fält (S) yrkar bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden finner att nämnden bifaller förslaget.",
    "#Beslutet skickas till",
    "Friluftsfrämjandet Oxelösund, Kommunstyrelsen",
]

OX_13 = [
    "#§ 13",
    "#Yttrande över remiss – Regional friluftslivsstrategi för Södermanlands län",
    "Diarienummer KFN 2025/0007 (Länsstyrelsens dnr 513-3344-2024)",
    "#Kultur- och fritidsnämndens beslut",
    "Kultur- och fritidsnämnden beslutar",
    "att anta förvaltningens yttrande som svar till Länsstyrelsen i Södermanlands län,",
    "att paragrafen ska justeras omedelbart.",
    "#Bakgrund",
    "Länsstyrelsen i Södermanlands län har sänt strategin på remiss till länets kommuner och till Region "
    "Sörmland, med svar senast 2025-03-07. Strategin har tagits fram med stöd av Naturvårdsverket och "
    "berör bland annat Femöre naturreservat, bildat enligt 7 kap. 4 § miljöbalken (1998:808). "
    "Kommunstyrelsens ordförande överlämnade remissen till nämnden 2025-01-15. Tjänsteskrivelse 2025-02-04.",
    "#Yrkanden",
    "Ordföranden Tomas Fält (S) yrkar bifall till förvaltningens förslag. Ida Kronqvist (V) yrkar att "
    "yttrandet ska avstyrka den föreslagna utvidgningen av motorbåtsförbudet. Jan-Erik Sund (C) instämmer "
    "i Ida Kronqvists yrkande.",
    "#Beslutsgång",
    "Ordföranden ställer förvaltningens förslag mot Ida Kronqvists yrkande och finner att nämnden bifaller "
    "förvaltningens förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Ida "
    "Kronqvists yrkande.",
]

OX_VOTE = [
    ("Namn", "Ja", "Nej", "Avstår"),
    ("Tomas Fält (S)", "X", "", ""),
    ("Birgitta Ek (S)", "X", "", ""),
    ("Mohammed Rahimi (S)", "X", "", ""),
    ("Leila Nasser (M)", "X", "", ""),
    ("Kjell Sandin (SD)", "", "", "X"),
    ("Ida Kronqvist (V)", "", "X", ""),
    ("Jan-Erik Sund (C)", "", "X", ""),
    ("Summa", "4", "2", "1"),
]

OX_13_END = [
    "Kultur- och fritidsnämnden har beslutat enligt förvaltningens förslag.",
    "#Reservationer",
    "Vänsterpartiets ledamot Ida Kronqvist reserverar sig mot beslutet. Jan-Erik Sund (C) reserverar sig till "
    "förmån för Ida Kronqvists yrkande.",
    "#Beslutet skickas till",
    "Länsstyrelsen i Södermanlands län, Kommunstyrelsen",
    "",
    "Justeras",
    "Tomas Fält, ordförande                    Leila Nasser, justerare",
    "Vid protokollet",
    "Jenny Ahlström",
    "Rätt utdraget intygar: Jenny Ahlström, 2025-02-21",
]


class MinutesPDF(FPDF):
    head_left = ""
    head_right = ""

    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(95, 5, "YSTADS KOMMUN")
        self.cell(55, 5, "SAMMANTRÄDESPROTOKOLL")
        self.cell(0, 5, f"Sida {self.page_no()} (3)", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("F", "", 9)
        self.cell(95, 5, "Samhällsbyggnadsnämnden")
        self.cell(0, 5, "Sammanträdesdatum 2024-11-27", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(95, 5, "Justerandes sign")
        self.cell(0, 5, "Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = MinutesPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll samhällsbyggnadsnämnden 2024-11-27")
    pdf.set_author("Samhällsbyggnadsförvaltningen")
    pdf.set_creator("Protokollsmall SBN")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in YSTAD.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "ystad-sbn-2024-11-27-protokoll.pdf"))


def _body(d, lines) -> None:
    for line in lines:
        if isinstance(line, tuple):
            d.add_paragraph(line[1], style="List Number")
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kultur- och fritidsförvaltningen"
    cp.title = "Protokollsutdrag kultur- och fritidsnämnden 2025-02-18"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kultur- och fritidsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OXELÖSUNDS KOMMUN\tPROTOKOLLSUTDRAG\t"
    sec.header.add_paragraph("Kultur- och fritidsnämnden\t\t2025-02-18")
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    table = d.add_table(rows=0, cols=2)
    for label, value in OX_HEAD:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("")
    _body(d, OX_12)
    _body(d, OX_13)
    vote = d.add_table(rows=0, cols=4)
    vote.style = "Table Grid"
    for row in OX_VOTE:
        cells = vote.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
    _body(d, OX_13_END)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 21, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "oxelosund-kfn-2025-02-18-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
