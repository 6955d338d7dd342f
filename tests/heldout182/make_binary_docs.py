"""Generate the binary documents of tests/heldout182/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout182/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser.
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
FIXED_PDF = dt.datetime(2025, 10, 13, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 16, 11, 0, 0)

# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
GOTLAND_HEAD = "Region Gotland          PROTOKOLLSUTDRAG          Byggnadsnämnden 2025-10-08"
GOTLAND = """\
#Byggnadsnämnden
Sammanträdesdatum 2025-10-08
Plats: Visborgsalen, Regionens hus, Visby, klockan 09.00–13.40

Beslutande: Gustav Lindqvist (C), ordförande; Maja Hellgren (M), vice ordförande;
Stefan Ohlsson (S); Lena Wall (V); Peter Bjärkander (SD); Anders Rosengren (L);
Malin Tjernström (S) ersätter Åsa Sundberg (S)
Övriga ledamöter och ersättare: se protokollet i sin helhet
Protokollet justerat 2025-10-10 av Maja Hellgren

#Bn § 203    Bygglov för nybyggnad av fritidshus, Fårö Sudersand 1:45
Dnr BN 2025/2244

#Byggnadsnämndens beslut
• Bygglov beviljas med stöd av 9 kap. 31 b § plan- och bygglagen (2010:900).
• Avgiften fastställs till 38 716 kronor enligt taxa antagen av regionfullmäktige 2023-11-27.
• Sökanden ska anlita en certifierad kontrollansvarig innan byggstart.

#Sammanfattning
Sökanden ansöker om bygglov för ett fritidshus om 118 m² byggnadsarea. Fastigheten ligger utanför
detaljplanelagt område och inom riksintresse för kulturmiljövården enligt 3 kap. 6 § miljöbalken.
Ansökan kom in 2025-05-12. Länsstyrelsen i Gotlands län har i yttrande 2025-07-03 inte haft något att
erinra. Grannar har hörts; två har lämnat synpunkter om placeringen.

#Bedömning
Samhällsbyggnadsförvaltningen bedömer att avvikelsen är liten och förenlig med syftet.
Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2025-09-18.

#Yrkanden
Maja Hellgren (M) yrkade bifall till förvaltningens förslag.
Lena Wall (V) och Stefan Ohlsson (S) yrkade avslag på ansökan.

#Propositionsordning och omröstning
Ordföranden ställde proposition på bifall mot avslag och fann bifall. Votering begärdes. Nämnden
godkände följande voteringsproposition: Ja för bifall, nej för avslag.
Omröstningsresultat: 5 – 2
Ja-röster: Gustav Lindqvist, Maja Hellgren, Peter Bjärkander, Anders Rosengren, Malin Tjernström
Nej-röster: Stefan Ohlsson, Lena Wall
Byggnadsnämnden har beslutat enligt förvaltningens förslag.

#Reservation
Lena Wall (V) och Stefan Ohlsson (S) reserverade sig mot beslutet.

Expedieras: Sökanden, Länsstyrelsen i Gotlands län, Lantmäteriet
=
#Bn § 204    Remiss. Förslag till beslut om utvidgat strandskydd på norra Gotland
Dnr BN 2025/2791, Länsstyrelsens dnr 511-4562-2025

#Byggnadsnämndens beslut
Byggnadsnämnden antar samhällsbyggnadsförvaltningens skrivelse som sitt yttrande till
Länsstyrelsen i Gotlands län.
Paragrafen förklaras omedelbart justerad.

#Sammanfattning
Länsstyrelsen i Gotlands län har med stöd av 7 kap. 14 § miljöbalken tagit fram förslag till beslut
om utvidgat strandskydd i Lärbro, Hangvar och Fleringe socknar och har skickat förslaget på remiss till
Region Gotland. Regionstyrelsen har överlämnat remissen till byggnadsnämnden. Svar ska ha kommit in
till länsstyrelsen senast den 17 oktober 2025. Även Skogsstyrelsen och Gotlands Hembygdsförbund har
fått remissen.

Ärendet har beretts av samhällsbyggnadsförvaltningen. Tjänsteskrivelse 2025-09-25.

#Yrkande
Anders Rosengren (L) yrkade bifall till förvaltningens förslag till yttrande.

#Protokollsanteckning
Peter Bjärkander (SD) lämnade följande anteckning till protokollet: "Sverigedemokraterna anser att
regionen borde ha begärt längre svarstid."

Expedieras: Länsstyrelsen i Gotlands län, Regionstyrelsen

Sekreterare: Elsa Norrby
Justerare: Maja Hellgren
Rätt utdraget intygar: Elsa Norrby, nämndsekreterare
"""

TROSA_HEAD = "Trosa kommun   |   Kommunstyrelsen   |   Sammanträdesprotokoll 2024-09-10"

TROSA_FRONT = [
    "#TROSA KOMMUN",
    "#Kommunstyrelsen – Sammanträdesprotokoll",
    "Sammanträdesdatum: tisdagen den 10 september 2024",
    "Plats och tid: KS-salen, Trosa stadshus, kl. 13.00–16.20",
    "",
]

TROSA_ATTENDANCE = [
    ("Ledamöter", None, None),
    ("Karin Wallsten", "M", "ordförande"),
    ("Göran Ahlberg", "C", "1:e vice ordförande"),
    ("Ewa Lindfors", "S", "2:e vice ordförande"),
    ("Henrik Sjövall", "M", ""),
    ("Fredrik Anvén", "M", ""),
    ("Lotta Eneroth", "KD", ""),
    ("Mats Berglund", "S", ""),
    ("Ida Fröberg", "S", ""),
    ("Nils Heikkinen", "SD", ""),
    ("Amina Osman", "MP", ""),
    ("Tjänstgörande ersättare", None, None),
    ("Eva Dalin", "SD", "ersätter Roger Myhr (SD)"),
    ("Ej tjänstgörande ersättare", None, None),
    ("Lars Ekstedt", "L", ""),
    ("Sara Wiklund", "S", ""),
    ("Johan Berg", "M", "från kl. 14.10, §§ 132–134"),
    ("Tjänstepersoner", None, None),
    ("Annika Hjelm", "", "kommundirektör"),
    ("Olof Strand", "", "ekonomichef, § 131"),
    ("Jessica Åhman", "", "kommunsekreterare"),
]

TROSA_FRONT2 = [
    "",
    "Utses att justera: Ewa Lindfors (S)",
    "Justeringens tid och plats: Kommunledningskontoret, Trosa, 2024-09-13",
    "Paragrafer: 131–134",
    "",
    "Sekreterare ..................................  Jessica Åhman",
    "Ordförande ..................................  Karin Wallsten",
    "Justerande ..................................  Ewa Lindfors",
    "",
    "#Anslag",
    "Protokollet är justerat och har anslagits på Trosa kommuns digitala anslagstavla 2024-09-16.",
    "Anslaget tas ned 2024-10-08. Förvaringsplats: Kommunledningskontoret, Trosa.",
    "=",
]

TROSA_131A = [
    "#KS § 131   Delårsrapport januari–augusti 2024 för Trosa kommun",
    "KS 2024/211",
    "",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "Kommunfullmäktige godkänner delårsrapporten för januari–augusti 2024.",
    "#Kommunstyrelsens beslut för egen del",
    "*Nämnderna uppmanas att senast 2024-10-31 redovisa åtgärder för att nå en budget i balans.",
    "*Ekonomichefen får i uppdrag att redovisa prognosen för Trosa Vatten AB vid nästa sammanträde.",
    "",
    "#Ärendet",
    "Delårsrapporten visar ett prognostiserat resultat på 21,4 mnkr. Revisorerna granskar rapporten enligt",
    "12 kap. 2 § kommunallagen (2017:725). Kommunstyrelsens arbetsutskott behandlade ärendet 2024-08-27, § 88.",
    "Trosabygden Bostäder AB och Trosa Vatten AB ingår i den sammanställda redovisningen.",
    "Ekonomiavdelningens tjänsteskrivelse daterad 2024-08-26 ligger till grund för ärendet.",
    "",
    "#Yrkanden",
    "Karin Wallsten (M) yrkar bifall till arbetsutskottets förslag.",
    "Mats Berglund (S) lämnar ett tilläggsyrkande om att socialnämnden ska få en extra ram på 3 mnkr.",
    "",
    "#Beslutsgång",
    "Ordföranden ställer först proposition på arbetsutskottets förslag och finner det bifallet. Därefter",
    "ställs proposition på tilläggsyrkandet, som ordföranden finner avslaget. Votering begärs.",
    "Ja – avslag på tilläggsyrkandet. Nej – bifall till tilläggsyrkandet.",
]

TROSA_VOTES = [
    ("Karin Wallsten (M)", "X", "", ""),
    ("Göran Ahlberg (C)", "X", "", ""),
    ("Ewa Lindfors (S)", "", "X", ""),
    ("Henrik Sjövall (M)", "X", "", ""),
    ("Fredrik Anvén (M)", "X", "", ""),
    ("Lotta Eneroth (KD)", "X", "", ""),
    ("Mats Berglund (S)", "", "X", ""),
    ("Ida Fröberg (S)", "", "X", ""),
    ("Nils Heikkinen (SD)", "X", "", ""),
    ("Amina Osman (MP)", "", "", "X"),
    ("Eva Dalin (SD)", "X", "", ""),
    ("Summa", "7", "3", "1"),
]

TROSA_131B = [
    "Kommunstyrelsen har alltså avslagit tilläggsyrkandet.",
    "",
    "#Reservation",
    "Socialdemokraterna genom Mats Berglund, Ewa Lindfors och Ida Fröberg reserverar sig mot beslutet "
    "att avslå tilläggsyrkandet.",
    "",
    "Beslutet skickas till: Kommunfullmäktige, samtliga nämnder, Trosa Vatten AB",
    "=",
    "#KS § 132   Remissvar – Länstransportplan för Södermanlands län 2026–2037",
    "KS 2024/189",
    "",
    "#Kommunstyrelsens beslut",
    "1. Kommunstyrelsen antar förslag till remissvar enligt bilaga och skickar det till Region Sörmland.",
    "2. Paragrafen justeras omedelbart.",
    "",
    "#Ärendet",
    "Region Sörmland har den 14 juni 2024 skickat förslag till länstransportplan på remiss till länets",
    "kommuner (regionens dnr RS-LED24-0731). Svar ska lämnas senast 2024-09-30. Planen omfattar bland",
    "annat trafiksäkerhetsåtgärder på väg 218 och medfinansiering av Ostlänken, som Trafikverket bygger.",
    "Nyköpings kommun och Gnesta kommun har lämnat synpunkter på samma remiss.",
    "Tjänsteskrivelse från samhällsbyggnadsavdelningen 2024-08-20.",
    "",
    "#Yrkanden",
    "Göran Ahlberg (C) yrkar bifall till förslaget. Amina Osman (MP) yrkar att remissvaret kompletteras",
    "med krav på utbyggd busstrafik till Vagnhärad. Ordföranden finner att kommunstyrelsen bifaller",
    "Ahlbergs yrkande.",
    "",
    "#Protokollsanteckning",
    "Amina Osman (MP) får anteckna till protokollet att Miljöpartiet anser att planen ger för lite till",
    "kollektivtrafik.",
    "",
    "Beslutet skickas till: Region Sörmland",
    "",
    "#KS § 133   Avtal om samverkan kring löneadministration",
    "KS 2024/156",
    "",
    "#Kommunstyrelsens beslut",
    "– att godkänna avtal om samverkan kring löneadministration mellan Trosa kommun och Nyköpings kommun,",
    "– att avtalet gäller från och med 2025-01-01,",
    "– att uppdra åt kommundirektören att underteckna avtalet.",
    "",
    "#Ärendet",
    "Trosa kommun köper i dag lönetjänster av Södertälje kommun genom ett avtal från 2019-03-01 som löper",
    "ut vid årsskiftet. Nyköpings kommun erbjuder samverkan med stöd av 9 kap. 37 § kommunallagen.",
    "Tjänsteskrivelse 2024-08-22.",
    "",
    "#Yrkande",
    "Lotta Eneroth (KD) yrkar bifall till förvaltningens förslag.",
    "",
    "#Särskilt yttrande",
    "Nils Heikkinen (SD) m.fl. lämnar ett särskilt yttrande, bilaga 3.",
    "",
    "Beslutet skickas till: Nyköpings kommun, Södertälje kommun",
    "",
    "#KS § 134   Anmälan av delegationsbeslut",
    "KS 2024/7",
    "",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen noterar redovisningen av delegationsbeslut för perioden 2024-06-01–2024-08-31.",
]


def make_pdf(text: str, head: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Region Gotland")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=22)
    pages = text.split("=\n")
    total = len(pages)
    for i, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, f"Sida {i} ({total})", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for line in page.splitlines():
            if line.startswith("#"):
                pdf.set_font("F", "B", 10.5)
                line = line[1:]
            else:
                pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(False)
        pdf.set_y(-18)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes signatur ________        Utdragsbestyrkande ________")
        pdf.set_auto_page_break(True, margin=22)
    pdf.output(str(DOCS / name))


def add_lines(d, lines) -> None:
    for line in lines:
        if line == "=":
            d.add_page_break()
        elif line.startswith("#"):
            p = d.add_paragraph()
            p.add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        else:
            d.add_paragraph(line)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = TROSA_HEAD
    sec.footer.paragraphs[0].text = "Justerare: ____________        Utdragsbestyrkande: ____________"
    add_lines(d, TROSA_FRONT)
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Namn", "Parti", "Funktion/anmärkning"], strict=False):
        cell.text = text
    for name, party, note in TROSA_ATTENDANCE:
        row = table.add_row().cells
        if party is None:
            row[0].text = name
            row[0].paragraphs[0].runs[0].bold = True
        else:
            row[0].text, row[1].text, row[2].text = name, party, note
    add_lines(d, TROSA_FRONT2)
    add_lines(d, TROSA_131A)
    vt = d.add_table(rows=1, cols=4)
    for cell, text in zip(vt.rows[0].cells, ["Ledamot", "Ja", "Nej", "Avstår"], strict=False):
        cell.text = text
    for row in TROSA_VOTES:
        cells = vt.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
    add_lines(d, TROSA_131B)
    cp = d.core_properties
    cp.author = "Kommunledningskontoret"
    cp.last_modified_by = "Kommunledningskontoret"
    cp.title = "Protokoll kommunstyrelsen 2024-09-10"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 16, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "trosa-ks-2024-09-10-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(GOTLAND, GOTLAND_HEAD, "gotland-bn-2025-10-08-protokollsutdrag.pdf",
             "Protokollsutdrag byggnadsnämnden 2025-10-08 §§ 203–204")
    make_docx()


if __name__ == "__main__":
    main()
