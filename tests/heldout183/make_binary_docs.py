# ruff: noqa: E501
"""Generate the binary documents of tests/heldout183/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout183/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 11, 26, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 6, 2, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Krokoms kommun, barn- och utbildningsnämnden 2024-11-19, full protocol, 3 pages.
# Markup: "#" bold line, "=" new page, "T:" attendance table row (name|party|function),
# "V:" vote table row (name|ja|nej|avstår), "" blank line.
KROKOM = """\
#KROKOMS KOMMUN
#Barn- och utbildningsnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-11-19

Plats och tid: Krokomsalen, Kommunhuset Krokom, kl. 13.00–16.40

#Närvarande
T:Namn|Parti|Funktion
T:Lena Strömgren|C|Ordförande
T:Mikael Olsson|S|1:e vice ordförande
T:Anders Holm|M|2:e vice ordförande
T:Sara Öhrn|C|Ledamot
T:Kjell Berglund|S|Ledamot
T:Fatima Hassan|S|Ledamot
T:Jonas Persson|SD|Ledamot
T:Ingrid Wikner|V|Ledamot
T:Per Nyström|KD|Tjänstgörande ersättare för Ulf Näslund (KD)
T:Göran Lidén|V|Ersättare
T:Marie Eklund|M|Ersättare

#Övriga närvarande
Johan Dahlberg, skolchef
Lisa Wallgren, nämndsekreterare

#Justerare
Anders Holm

Justeringens plats och tid: Kommunhuset Krokom, 2024-11-25
Paragrafer: 88–90

Underskrifter
Sekreterare ........................................ Lisa Wallgren
Ordförande ........................................ Lena Strömgren
Justerare ........................................ Anders Holm

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens digitala anslagstavla.
Organ: Barn- och utbildningsnämnden
Sammanträdesdatum: 2024-11-19
Anslaget sätts upp: 2024-11-26          Anslaget tas ned: 2024-12-18
Förvaringsplats för protokollet: Kommunhuset Krokom
=
KROKOMS KOMMUN   Barn- och utbildningsnämnden   Sammanträdesprotokoll 2024-11-19   Sida 2 (3)

#§ 88  Delårsrapport per augusti 2024
BUN 2024/0201

#Beslut
Barn- och utbildningsnämnden beslutar
- att godkänna delårsrapporten per augusti 2024, och
- att överlämna rapporten till kommunstyrelsen.

#Ärendebeskrivning
Delårsrapporten visar ett underskott om 3,1 miljoner kronor mot budget. Underskottet beror främst på
ökade kostnader för gymnasieplatser hos Östersunds kommun och för skolskjuts. Nämnden begärde en
åtgärdsplan 2024-06-11, § 52.

#Beslutsunderlag
Tjänsteskrivelse, skolchef Johan Dahlberg, 2024-10-30

#Beslutet skickas till
Kommunstyrelsen

#§ 89  Överenskommelse om samverkan kring barn och unga med psykisk ohälsa
BUN 2024/0176

#Beslut
Barn- och utbildningsnämnden godkänner överenskommelsen mellan Krokoms kommun och Region Jämtland
Härjedalen om samverkan kring barn och unga med psykisk ohälsa.

#Ärendebeskrivning
Överenskommelsen ersätter den tidigare överenskommelsen från 2020 och bygger på 2 kap. 7 §
socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30). Socialnämnden behandlar
överenskommelsen 2024-11-27. Tjänsteskrivelse 2024-11-04.

#Särskilt yttrande
Sara Öhrn (C) lämnar ett särskilt yttrande om elevhälsans resurser, bilaga 1.
Ersättaren Göran Lidén (V) ställer sig bakom Sara Öhrns yttrande.

#Beslutet skickas till
Region Jämtland Härjedalen
Socialnämnden
=
KROKOMS KOMMUN   Barn- och utbildningsnämnden   Sammanträdesprotokoll 2024-11-19   Sida 3 (3)

#§ 90  Framtida organisation av Laxsjö skola
BUN 2024/0150

#Beslut
1. Barn- och utbildningsnämnden beslutar att årskurs 4–6 vid Laxsjö skola flyttas till Föllinge skola
från och med höstterminen 2025.
2. Förskoleklass och årskurs 1–3 finns kvar i Laxsjö.

#Ärendebeskrivning
Elevunderlaget i Laxsjö har minskat från 41 elever 2019 till 23 elever i dag. Skolverket har i sin
kvalitetsgranskning 2023-04-18 pekat på svårigheter att bemanna med behöriga lärare. Samråd med
vårdnadshavare hölls 2024-09-24. Tjänsteskrivelse 2024-10-28.

#Yrkanden
Lena Strömgren (C) yrkar bifall till förvaltningens förslag.
Ingrid Wikner (V) yrkar avslag. Jonas Persson (SD) yrkar bifall till Ingrid Wikners avslagsyrkande.

#Omröstning
Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förslaget.
Omröstning begärs. Ja-röst för bifall, nej-röst för avslag.
V:Ledamot|Ja|Nej|Avstår
V:Lena Strömgren (C)|X||
V:Mikael Olsson (S)|X||
V:Anders Holm (M)|X||
V:Sara Öhrn (C)|X||
V:Kjell Berglund (S)|X||
V:Fatima Hassan (S)|X||
V:Jonas Persson (SD)||X|
V:Ingrid Wikner (V)||X|
V:Per Nyström (KD)|||X
V:Summa|6|2|1
Nämnden har alltså beslutat enligt förvaltningens förslag.

#Reservation
Ingrid Wikner (V) och Jonas Persson (SD) reserverar sig till förmån för avslagsyrkandet.

#Protokollsanteckning
Per Nyström (KD) antecknar att Kristdemokraterna vill se en plan för skolskjutsarna innan flytten genomförs.

#Beslutet skickas till
Vårdnadshavare i Laxsjö skola
Rektor vid Föllinge skola
"""


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("T:"):
            pdf.set_font("F", "", 10)
            name_, party, func = line[2:].split("|")
            pdf.cell(60, 6, name_, border=1)
            pdf.cell(20, 6, party, border=1)
            pdf.cell(100, 6, func, border=1, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("V:"):
            pdf.set_font("F", "", 10)
            cells = line[2:].split("|")
            pdf.cell(70, 6, cells[0], border=1)
            for c in cells[1:]:
                pdf.cell(20, 6, c, border=1, align="C")
            pdf.ln(6)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# ---------------------------------------------------------------------------------------------
# DOCX: Vänersborgs kommun, samhällsbyggnadsnämnden 2025-05-27, full protocol.
VB_HEAD = ["VÄNERSBORGS KOMMUN", "Samhällsbyggnadsnämnden", "Protokoll från sammanträde 2025-05-27"]
VB_FIRST: list[str] = [
    "Plats och tid: Sessionssalen, Kommunhuset Vänersborg, tisdagen den 27 maj 2025 kl. 17.00–19.20",
    "Beslutande: Jan Eriksson (S), ordförande, Lotta Nilsson (M), vice ordförande, Omar Yusuf (S), "
    "Karin Dahl (V), Bertil Åkesson (SD), Sten Wirén (C) samt tjänstgörande ersättaren Emma Tholin (L) (tjänstgör för Roger Falk (L)).",
    "Ej tjänstgörande ersättare: Mona Ljung (S), Hampus Kron (M).",
    "Tjänstepersoner: Susanne Eld, samhällsbyggnadschef; Peter Hallin, planchef; Maja Öst, nämndsekreterare.",
    "Justerare: Lotta Nilsson. Justering sker på samhällsbyggnadsförvaltningen 2025-06-02.",
    "Paragrafer: §§ 61–63",
    "",
    "Underskrifter",
    "Sekreterare .................................... Maja Öst",
    "Ordförande .................................... Jan Eriksson",
    "Justerare .................................... Lotta Nilsson",
    "",
    "Bevis om anslag: Protokollet justerades 2025-06-02 och anslogs 2025-06-03 på kommunens anslagstavla. "
    "Överklagandetiden löper ut 2025-06-24. Protokollet förvaras hos samhällsbyggnadsförvaltningen.",
]
VB_BODY: list[str] = [
    "!",
    "#§ 61 Antagande av detaljplan för Öxnered 1:12 m.fl., bostäder vid Öxnereds station",
    "Dnr SBN 2022/0348",
    "#Samhällsbyggnadsnämndens beslut",
    "Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplanen för Öxnered 1:12 m.fl.",
    "#Sammanfattning",
    "Planen möjliggör cirka 120 bostäder nära Öxnereds station. Granskning pågick 2025-02-10–2025-03-03 enligt "
    "5 kap. 18 § plan- och bygglagen (2010:900). Länsstyrelsen i Västra Götalands län och Trafikverket har yttrat "
    "sig utan att motsätta sig planen. Västtrafik AB önskar en ny hållplats vid Brätte. "
    "Planchefens tjänsteskrivelse är daterad 2025-05-07.",
    "#Yrkanden",
    "Jan Eriksson (S) och Sten Wirén (C) yrkar bifall till förvaltningens förslag. "
    "Bertil Åkesson (SD) yrkar avslag.",
    "#Omröstning",
    "Omröstning begärs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller avslagsyrkandet "
    "röstar nej.",
    "VOTE",
    "Nämnden beslutar med 6 ja-röster mot 1 nej-röst att bifalla förvaltningens förslag.",
    "#Reservation",
    "Bertil Åkesson (SD) reserverar sig mot beslutet med en skriftlig reservation, se nedan.",
    "#Reservation i § 61",
    "Sverigedemokraterna anser att planen tar jordbruksmark i anspråk utan att alternativa lägen har prövats. "
    "Vi reserverar oss därför mot beslutet.",
    "För Sverigedemokraterna",
    "Bertil Åkesson",
    "#Beslutet skickas till",
    "Kommunfullmäktige",
    "!",
    "#§ 62 Yttrande i samråd om förslag till översiktsplan för Trollhättans stad",
    "Dnr SBN 2025/0102",
    "#Samhällsbyggnadsnämndens beslut",
    "•\tSamhällsbyggnadsnämnden lämnar förvaltningens yttrande som sitt svar till Trollhättans stad.",
    "•\tNämnden ger förvaltningen i uppdrag att bevaka den gemensamma planeringen av Nygårdsområdet.",
    "•\tParagrafen justeras omedelbart.",
    "#Sammanfattning",
    "Trollhättans stad har skickat förslaget till ny översiktsplan på samråd till samhällsbyggnadsnämnden i "
    "Vänersborgs kommun. Synpunkter ska lämnas senast 2025-05-30. Förvaltningen har särskilt granskat "
    "kopplingarna till Vänersborgs kommuns översiktsplan från 2020 och samarbetet i Fyrbodals kommunalförbund. "
    "Tjänsteskrivelse 2025-05-12.",
    "#Beslutet skickas till",
    "Trollhättans stad",
    "#§ 63 Driftavtal för gatubelysning 2025–2029",
    "Dnr SBN 2025/0066",
    "#Samhällsbyggnadsnämndens beslut",
    "Samhällsbyggnadsnämnden godkänner driftavtalet för gatubelysning mellan Vänersborgs kommun och Vattenfall "
    "Eldistribution AB för perioden 2025-07-01–2029-06-30.",
    "#Sammanfattning",
    "Avtalet har upphandlats enligt lagen (2016:1145) om offentlig upphandling. Det tidigare avtalet med "
    "Trollhättan Energi AB löper ut 2025-06-30. Tjänsteskrivelse 2025-04-29.",
    "#Protokollsanteckning",
    "Karin Dahl (V) anmäler till protokollet att Vänsterpartiet vill att belysningen i Vänersborgs "
    "ytterområden prioriteras.",
    "#Beslutet skickas till",
    "Vattenfall Eldistribution AB",
]
VB_VOTE = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Jan Eriksson (S)", "X", "", ""),
    ("Lotta Nilsson (M)", "X", "", ""),
    ("Omar Yusuf (S)", "X", "", ""),
    ("Karin Dahl (V)", "X", "", ""),
    ("Bertil Åkesson (SD)", "", "X", ""),
    ("Sten Wirén (C)", "X", "", ""),
    ("Emma Tholin (L)", "X", "", ""),
    ("Summa", "6", "1", "0"),
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Samhällsbyggnadsförvaltningen"
    cp.title = "Protokoll samhällsbyggnadsnämnden 2025-05-27"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Samhällsbyggnadsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "VÄNERSBORGS KOMMUN\tSamhällsbyggnadsnämnden\tProtokoll 2025-05-27"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ..........\tUtdragsbestyrkande .........."
    for line in VB_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in VB_FIRST:
        d.add_paragraph(line)
    for line in VB_BODY:
        if line == "!":
            d.add_page_break()
        elif line == "VOTE":
            table = d.add_table(rows=0, cols=4)
            for row in VB_VOTE:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = value
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "vanersborg-sbn-2025-05-27-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(KROKOM, "krokom-bun-2024-11-19-protokoll.pdf", "Protokoll barn- och utbildningsnämnden 2024-11-19")
    make_docx()


if __name__ == "__main__":
    main()
