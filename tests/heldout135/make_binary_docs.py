"""Generate the binary documents of tests/heldout135/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout135/make_binary_docs.py

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
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 5, 28, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 3, 26, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Mölndals stad, vård- och omsorgsnämnden 2025-05-21. Full protocol that opens with an
# innehållsförteckning (every § with title and page number). Lines starting with "#" are bold,
# "=" starts a new page, "~" is a table-of-contents row "§ n|title|page".

MOLNDAL = """\
#MÖLNDALS STAD
#Vård- och omsorgsnämnden
PROTOKOLL
Sammanträdesdatum 2025-05-21

#Innehållsförteckning
~|Närvarolista|2
~|Justering och anslag|2
~§ 41|Ekonomisk uppföljning april 2025|3
~§ 42|Överenskommelse om hemsjukvård mellan Mölndals stad och Västra Götalandsregionen|3
~§ 43|Svar på remiss från Socialstyrelsen – Föreskrifter om ledningssystem i äldreomsorgen|3
~§ 44|Reviderade riktlinjer för biståndsbedömning inom hemtjänsten|4
~§ 45|Redovisning av delegationsbeslut april 2025|4

Sammanträdet hölls i Stadshuset, sammanträdesrum Kvarnfallet, Göteborgsvägen 11, kl. 16.00–18.40.
Föregående sammanträde hölls 2025-04-16 (§§ 30–40). Nästa sammanträde 2025-06-18.
=
#Närvarolista
#Beslutande ledamöter
Anna-Karin Sjöholm (M), ordförande
Rolf Dahlberg (L), 1:e vice ordförande
Ewa Granqvist (S), 2:e vice ordförande
Hans Lidén (M)
Tomas Ek (M)
Maria Koskinen (KD)
Bengt Ahlsén (SD)
Göran Fjällström (S)
Leyla Demir (S)
Sanna Lund (S)
#Tjänstgörande ersättare
Jessica Morén (C) för Olof Hammar (C)
#Ej tjänstgörande ersättare
Ingrid Palm (M), Samir Khalil (S), Kerstin Ödman (V)
#Tjänstepersoner
Christina Westergren, förvaltningschef
Mattias Brandt, verksamhetscontroller, §§ 41–42
Nadia Öberg, nämndsekreterare

#Justering
Utses att justera: Ewa Granqvist (S)
Justeringens plats och tid: Stadshuset, Mölndal, 2025-05-27 kl. 10.00
Justerade paragrafer: §§ 41–45

#Underskrifter
Sekreterare ...................................... Nadia Öberg
Ordförande ...................................... Anna-Karin Sjöholm
Justerare ...................................... Ewa Granqvist

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ: Vård- och omsorgsnämnden
Sammanträdesdatum: 2025-05-21
Anslaget sätts upp: 2025-05-28        Anslaget tas ned: 2025-06-19
Förvaringsplats: Vård- och omsorgsförvaltningen, Stadshuset
Underskrift: Nadia Öberg
=
#§ 41 Ekonomisk uppföljning april 2025
Dnr VON 2025/0012
#Beslut
Vård- och omsorgsnämnden godkänner den ekonomiska uppföljningen per april 2025.
#Sammanfattning
Nämnden prognostiserar ett underskott om 9,2 mnkr, främst inom hemtjänsten. Jämfört med uppföljningen
per mars (2025-04-16, § 33) har prognosen förbättrats med 1,1 mnkr. Tjänsteskrivelse 2025-05-06.
#Beslutet skickas till
Kommunstyrelsen

#§ 42 Överenskommelse om hemsjukvård mellan Mölndals stad och Västra Götalandsregionen
Dnr VON 2025/0088
#Beslut
1. Vård- och omsorgsnämnden godkänner överenskommelsen om hemsjukvård mellan Mölndals stad och
Västra Götalandsregionen för perioden 2025-09-01–2029-08-31.
2. Förvaltningschefen får i uppdrag att underteckna överenskommelsen.
#Sammanfattning
Överenskommelsen har tagits fram i samverkan mellan länets kommuner, Göteborgsregionen och
Västra Götalandsregionen och ersätter överenskommelsen från 2021. Sahlgrenska Universitetssjukhuset
har deltagit i arbetet med rutinerna för in- och utskrivning. Tjänsteskrivelse 2025-04-29.
#Yrkande
Rolf Dahlberg (L) yrkar bifall till förvaltningens förslag.
#Beslutet skickas till
Västra Götalandsregionen, Göteborgsregionen

#§ 43 Svar på remiss från Socialstyrelsen – Föreskrifter om ledningssystem i äldreomsorgen
Dnr VON 2025/0102, Socialstyrelsens dnr 3.1-11482/2025
#Beslut
1. Vård- och omsorgsnämnden antar förvaltningens yttrande som sitt svar till Socialstyrelsen.
2. Paragrafen justeras omedelbart.
#Sammanfattning
Socialstyrelsen har skickat förslaget på remiss till Mölndals stad, som kommunstyrelsen har lämnat
vidare till nämnden. Svar ska lämnas senast 2025-06-02. Förslaget bygger på 3 kap. 3 §
socialtjänstlagen (2001:453). Förvaltningens tjänsteskrivelse är daterad 2025-05-02.
#Yrkanden
Anna-Karin Sjöholm (M) yrkar bifall till förvaltningens förslag. Bengt Ahlsén (SD) yrkar att
yttrandet kompletteras med ett avsnitt om språkkrav för omsorgspersonal.
#Beslutsgång
Ordföranden ställer proposition på Ahlséns tilläggsyrkande och finner att nämnden avslår det.
#Särskilt yttrande
Bengt Ahlsén (SD) lämnar ett särskilt yttrande enligt bilaga 2.
#Beslutet skickas till
Socialstyrelsen, Kommunstyrelsen
=
#§ 44 Reviderade riktlinjer för biståndsbedömning inom hemtjänsten
Dnr VON 2025/0064
#Beslut
Vård- och omsorgsnämnden antar de reviderade riktlinjerna för biståndsbedömning inom hemtjänsten att
gälla från 2025-07-01.
#Sammanfattning
Riktlinjerna antogs 2022-11-23, § 112, och revideras med anledning av 4 kap. 1 §
socialtjänstlagen och nya rutiner för serviceinsatser. Tjänsteskrivelse 2025-04-30.
#Yrkanden
Hans Lidén (M) yrkar bifall till förvaltningens förslag. Ewa Granqvist (S) yrkar avslag.
Göran Fjällström (S) instämmer i Granqvists yrkande.
#Omröstning
Omröstning begärs. Ja-röst för Lidéns yrkande, nej-röst för Granqvists yrkande. Omröstningen utfaller
med 7 ja-röster och 4 nej-röster. Nämnden har beslutat enligt Lidéns yrkande.
#Reservation
Ewa Granqvist, Göran Fjällström, Leyla Demir och Sanna Lund (alla S) reserverar sig mot beslutet.
#Beslutet skickas till
Biståndsenheten

#§ 45 Redovisning av delegationsbeslut april 2025
Dnr VON 2025/0005
#Beslut
Vård- och omsorgsnämnden lägger redovisningen av delegationsbeslut för perioden 2025-04-01–2025-04-30
till handlingarna.
#Sammanfattning
Redovisningen omfattar beslut enligt nämndens delegationsordning, senast reviderad 2024-12-11, § 141.
"""


class Protocol(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, "Mölndals stad   Vård- och omsorgsnämnden   Protokoll 2025-05-21",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, f"Justerandes signatur ..............      Utdragsbestyrkande      Sida {self.page_no()} av 4")


def make_pdf() -> None:
    pdf = Protocol(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll vård- och omsorgsnämnden 2025-05-21")
    pdf.set_author("Vård- och omsorgsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in MOLNDAL.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("~"):
            num, title, page = line[1:].split("|")
            pdf.set_font("F", "", 8.5)
            pdf.cell(14, 5, num)
            leader = title + " "
            while pdf.get_string_width(leader + ".") < 148:
                leader += "."
            pdf.cell(150, 5, leader)
            pdf.cell(0, 5, page, align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 4, pdf.page_no()
    pdf.output(str(DOCS / "molndal-von-2025-05-21-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Kungälvs kommun, barn- och utbildningsnämnden 2025-03-19. Items are numbered
# "Ärende 1 …"; the § number and Dnr stand only in the left (margin) cell of a two-column table.

KV_HEAD = ["Kungälvs kommun", "Barn- och utbildningsnämnden", "SAMMANTRÄDESPROTOKOLL",
           "Sammanträdesdatum: 2025-03-19", "Plats och tid: Stadshuset, sal Fontin, kl. 17.00–19.20"]
KV_ATT = [
    ("Ann-Louise Berntsson", "M", "ordförande"),
    ("Stefan Hultén", "S", "vice ordförande"),
    ("Karin Moberg", "M", ""),
    ("Olle Brattström", "KD", ""),
    ("Emma Tranberg", "L", ""),
    ("Jörgen Sahlin", "SD", ""),
    ("Linnea Hult", "S", ""),
    ("Ahmed Farouk", "S", ""),
    ("Birgitta Holmqvist", "C", "tjänstgörande ersättare för Niklas Öhrn (C)"),
]
KV_META = [
    "Ersättare: Sara Lövgren (S), Mikael Berg (L)",
    "Övriga närvarande: Jenny Sandahl, sektorchef barn och utbildning; Anton Wiberg, ekonom, ärende 1; "
    "Malin Forsell, nämndsekreterare",
    "Justerare: Stefan Hultén (S)",
    "Justeringens plats och tid: Stadshuset, 2025-03-25",
    "Paragrafer: 18–21 (ärende 1–4)",
]
# (paragraph, dnr, agenda number, title, body); body lines: "#" bold, "*" Word list item.
KV_ITEMS = [
    ("§ 18", "Dnr BUN 2025/0009", "Ärende 1", "Budgetuppföljning februari 2025", [
        "#Beslut",
        "Barn- och utbildningsnämnden godkänner budgetuppföljningen för februari 2025.",
        "#Ärendet",
        "Sektorn prognostiserar ett underskott om 4,6 mnkr, främst inom tilläggsbelopp och skolskjuts. "
        "Budgeten fastställdes av kommunfullmäktige 2024-11-14. Tjänsteskrivelse 2025-03-04.",
        "#Beslutet skickas till",
        "Kommunstyrelsen",
    ]),
    ("§ 19", "Dnr BUN 2024/0412", "Ärende 2", "Avtal om skolskjutstrafik med Västtrafik AB", [
        "#Beslut",
        "*Barn- och utbildningsnämnden godkänner avtalet om skolskjutstrafik mellan Kungälvs kommun och "
        "Västtrafik AB för läsåren 2025/26–2027/28.",
        "*Sektorchefen får i uppdrag att underteckna avtalet.",
        "#Ärendet",
        "Västtrafik AB har sedan 2019 upphandlat den linjelagda skolskjutstrafiken åt kommunen. Avtalet "
        "följer lagen (2016:1145) om offentlig upphandling och gäller från 2025-08-01. "
        "Tjänsteskrivelse 2025-02-27.",
        "#Yrkanden",
        "Karin Moberg (M) och Linnea Hult (S) yrkar bifall till förvaltningens förslag.",
        "#Beslutet skickas till",
        "Västtrafik AB",
    ]),
    ("§ 20", "Dnr BUN 2024/0398", "Ärende 3", "Yttrande över motion om kortare skoldag i förskoleklass", [
        "#Beslut",
        "Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt svar till kommunfullmäktige.",
        "#Ärendet",
        "Kommunfullmäktige har 2024-11-14, § 156, remitterat motionen från Jörgen Sahlin (SD) till "
        "barn- och utbildningsnämnden för yttrande. Ärendet bordlades 2025-02-12 (ärende 6, § 9). "
        "Skolverket har inga föreskrifter om skoldagens längd i förskoleklass. "
        "Tjänsteskrivelse 2025-02-28.",
        "#Yrkanden",
        "Ann-Louise Berntsson (M) yrkar bifall till förvaltningens förslag. Jörgen Sahlin (SD) yrkar "
        "bifall till motionen.",
        "#Omröstning",
        "Omröstning begärs. Ja-röst för ordförandens yrkande, nej-röst för Sahlins yrkande. "
        "Omröstningen utfaller med sex ja-röster mot en nej-röst. Två ledamöter avstår från att rösta.",
        "#Reservation",
        "Jörgen Sahlin (SD) reserverar sig till förmån för eget yrkande.",
        "#Protokollsanteckning",
        "Linnea Hult (S) antecknar för Socialdemokraternas räkning att frågan om fritidshemmets "
        "öppettider bör utredas.",
        "#Beslutet skickas till",
        "Kommunfullmäktige",
    ]),
    ("§ 21", "Dnr BUN 2025/0031", "Ärende 4", "Revidering av delegationsordning för barn- och utbildningsnämnden", [
        "#Beslut",
        "att anta reviderad delegationsordning enligt bilaga, samt",
        "att delegationsordningen gäller från och med 2025-04-01.",
        "Paragrafen förklaras omedelbart justerad.",
        "#Ärendet",
        "Delegationsordningen anpassas till 6 kap. 10 § skollagen (2010:800) och till kommunstyrelsens "
        "ändrade attestreglemente. Tjänsteskrivelse 2025-03-05.",
        "#Särskilt yttrande",
        "Emma Tranberg (L) lämnar ett särskilt yttrande om delegationen av avstängningsbeslut.",
        "Ersättaren Mikael Berg (L) instämmer i Tranbergs särskilda yttrande.",
        "#Beslutet skickas till",
        "Rektorer och förskolechefer, Kommunledningskontoret",
    ]),
]
KV_SIGN = ["Underskrifter", "Sekreterare: Malin Forsell", "Ordförande: Ann-Louise Berntsson",
           "Justerare: Stefan Hultén",
           "Anslag: Protokollet är justerat och anslaget 2025-03-26–2025-04-17. "
           "Förvaringsplats: Sektor barn och utbildning, Stadshuset."]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sektor barn och utbildning"
    cp.title = "Protokoll barn- och utbildningsnämnden 2025-03-19"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Sektor barn och utbildning"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "Kungälvs kommun · Barn- och utbildningsnämnden · Protokoll 2025-03-19"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur                Utdragsbestyrkande"
    for line in KV_HEAD:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph().add_run("Närvarande ledamöter").bold = True
    table = d.add_table(rows=0, cols=3)
    for name, party, note in KV_ATT:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = party
        cells[2].text = note
    for line in KV_META:
        d.add_paragraph(line)
    for par, dnr, agenda, title, body in KV_ITEMS:
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width = Cm(2.5)
        right.width = Cm(13.5)
        left.paragraphs[0].add_run(par).bold = True
        left.add_paragraph(dnr).runs[0].font.size = Pt(8)
        right.paragraphs[0].add_run(agenda).bold = True
        right.add_paragraph().add_run(title).bold = True
        for line in body:
            if line.startswith("#"):
                d.add_paragraph().add_run(line[1:]).bold = True
            elif line.startswith("*"):
                d.add_paragraph(line[1:], style="List Number")
            else:
                d.add_paragraph(line)
    d.add_paragraph().add_run(KV_SIGN[0]).bold = True
    for line in KV_SIGN[1:]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 26, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "kungalv-bun-2025-03-19-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
