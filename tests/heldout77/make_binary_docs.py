"""Generate the binary documents of tests/heldout77/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout77/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout77/gold/
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
FIXED_PDF = dt.datetime(2024, 10, 8, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 12, 10, 0, 0)

# PDF: Jönköpings kommun, kommunstyrelsen 2024-10-01, full protocol (§§ 301-303) with Bilaga A,
# a written reservation signed by two members. Each entry is (style, text); "page" starts a new page.
PDF_LINES: list[tuple[str, str]] = [
    ("title", "JÖNKÖPINGS KOMMUN"),
    ("title", "Kommunstyrelsen – Protokoll"),
    ("p", "Sammanträdesdatum: 2024-10-01"),
    ("p", "Plats och tid: Rådhuset, sessionssalen, kl. 09.00–11.45"),
    ("h", "Beslutande"),
    ("p", "Helena Forsberg (KD), ordförande"),
    ("p", "Carl-Johan Lindh (M), förste vice ordförande"),
    ("p", "Anna-Lena Brink (S), andre vice ordförande"),
    ("p", "Peter Wallin (S)"),
    ("p", "Lisa Ståhl (S)"),
    ("p", "Mats Grahn (C)"),
    ("p", "Hanna Törnqvist (L)"),
    ("p", "Oskar Bergkvist (SD)"),
    ("p", "Emma Virtanen (V)"),
    ("p", "Rune Håkansson (SD) tjg för Patrik Öberg (SD)"),
    ("h", "Ersättare"),
    ("p", "Malin Sjöholm (MP), Gustav Ryd (M)"),
    ("h", "Tjänstepersoner"),
    ("p", "Kristin Lagergren, stadsdirektör"),
    ("p", "Johan Elm, ekonomidirektör"),
    ("p", "Sara Åhman, kommunsekreterare"),
    ("p", "Utses att justera: Emma Virtanen (V)"),
    ("p", "Justeringens tid och plats: 2024-10-04, stadskontoret"),
    ("p", "Justerade paragrafer: §§ 301–303"),
    ("sig", "Sekreterare ........................................  Sara Åhman"),
    ("sig", "Ordförande ........................................  Helena Forsberg"),
    ("sig", "Justerare ........................................  Emma Virtanen"),
    ("page", ""),
    ("h", "§ 301   Delårsrapport per augusti 2024 för Jönköpings kommun"),
    ("p", "Dnr KS 2024:412"),
    ("p", "Sammanfattning: Delårsrapporten visar en prognos för helåret på ett överskott om 112 miljoner "
          "kronor. Kommunala bolag i Jönköpings Rådhus AB-koncernen redovisas i bilaga. Revisorerna lämnar "
          "sitt utlåtande inför kommunfullmäktiges behandling 2024-10-31."),
    ("p", "Beslutsunderlag: Stadskontorets tjänsteskrivelse 2024-09-16. Kommunstyrelsens arbetsutskotts "
          "protokoll 2024-09-24, § 188."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("p", "1. att godkänna delårsrapporten per augusti 2024."),
    ("p", "Kommunstyrelsen beslutar för egen del"),
    ("p", "2. att uppdra åt stadsdirektören att redovisa åtgärder för nämnder med prognostiserat underskott."),
    ("b", "Protokollsanteckning"),
    ("p", "Ekonomidirektör Johan Elm får följande antecknat till protokollet: ”Prognosen bygger på Sveriges "
          "Kommuner och Regioners skatteunderlagsprognos från augusti 2024 och kan komma att justeras.”"),
    ("h", "§ 302   Samverkansavtal om räddningstjänst med Habo kommun och Mullsjö kommun"),
    ("p", "Dnr KS 2024:287"),
    ("p", "Sammanfattning: Räddningstjänsten i Jönköpings kommun har sedan 2016 samverkat med Habo och "
          "Mullsjö. Ett nytt samverkansavtal mellan Jönköpings kommun, Habo kommun och Mullsjö kommun har "
          "tagits fram. Enligt 3 kap. 16 § lagen (2003:778) om skydd mot olyckor ska kommunen ha ett "
          "handlingsprogram; avtalet påverkar inte det programmet. Räddningsnämnden tillstyrkte förslaget "
          "2024-08-29, § 45."),
    ("p", "Beslutsunderlag: Stadskontorets tjänsteskrivelse 2024-09-02."),
    ("p", "Yrkanden: Helena Forsberg (KD) yrkar bifall till arbetsutskottets förslag. Emma Virtanen (V) "
          "yrkar att den tredje att-satsen stryks."),
    ("p", "Beslutsgång: Ordföranden ställer proposition på Emma Virtanens yrkande och finner att "
          "kommunstyrelsen avslår detsamma."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("p", "att godkänna samverkansavtalet med Habo kommun och Mullsjö kommun,"),
    ("p", "att avtalet gäller från och med 2025-01-01 till och med 2028-12-31,"),
    ("p", "att räddningsnämndens ökade kostnader för avtalet ska finansieras inom befintlig ram."),
    ("b", "Reservation"),
    ("p", "Emma Virtanen (V) reserverar sig mot beslutets tredje att-sats."),
    ("p", "Beslutet expedieras till: Räddningsnämnden, Habo kommun, Mullsjö kommun"),
    ("page", ""),
    ("h", "§ 303   Svar på motion om kameraövervakning vid Jönköpings resecentrum"),
    ("p", "Dnr KS 2023:655"),
    ("p", "Sammanfattning: Oskar Bergkvist (SD) föreslår i en motion daterad 2023-11-30 att kommunen ska "
          "ansöka om kameraövervakning vid resecentrum. Tillstånd prövas av Integritetsskyddsmyndigheten "
          "enligt 7 § kamerabevakningslagen (2018:1200). Polismyndigheten har i samråd 2024-05-14 uppgett "
          "att man inte planerar egen bevakning av platsen."),
    ("p", "Beslutsunderlag: Stadskontorets tjänsteskrivelse 2024-09-09."),
    ("p", "Yrkanden: Carl-Johan Lindh (M) yrkar bifall till arbetsutskottets förslag. Oskar Bergkvist (SD) "
          "och Rune Håkansson (SD) yrkar bifall till motionen."),
    ("p", "Beslutsgång: Omröstning begärs. Kommunstyrelsen godkänner följande propositionsordning: ja för "
          "arbetsutskottets förslag, nej för Oskar Bergkvists yrkande. Omröstningen utfaller med 8 ja-röster "
          "mot 2 nej-röster. Ingen avstår. Kommunstyrelsen har beslutat enligt arbetsutskottets förslag."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen."),
    ("b", "Reservation"),
    ("p", "Oskar Bergkvist (SD) anmäler reservation som ska lämnas skriftligt, se bilaga A."),
    ("page", ""),
    ("b", "Bilaga A"),
    ("p", "Reservation till kommunstyrelsens protokoll 2024-10-01, § 303"),
    ("p", "Svar på motion om kameraövervakning vid Jönköpings resecentrum"),
    ("p", "Vi reserverar oss mot beslutet att avslå motionen. Otryggheten vid resecentrum är väl "
          "dokumenterad i kommunens trygghetsmätning, och kameror är ett beprövat verktyg. Vi yrkade "
          "bifall till motionen och står fast vid det."),
    ("p", "Jönköping den 3 oktober 2024"),
    ("p", "Oskar Bergkvist (SD)          Rune Håkansson (SD)"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-10-01")
    pdf.set_author("Jönköpings kommun")
    pdf.set_creator("heldout77")
    pdf.set_producer("heldout77")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    for style, text in PDF_LINES:
        if style == "page":
            pdf.add_page()
            continue
        if style == "title":
            pdf.set_font("F", "B", 13)
        elif style in ("h", "b"):
            pdf.ln(2)
            pdf.set_font("F", "B", 11 if style == "h" else 10)
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(180, 5.5, text)
        if style == "sig":
            pdf.ln(3)
    pdf.output(str(DOCS / "jonkoping-ks-2024-10-01-protokoll.pdf"))


# DOCX: Karlskrona kommun, kommunstyrelsen 2024-11-05, protokollsutdrag (1 §). Statements as their own
# headed blocks (Heading 3) after the decision.
DOCX_PARAS: list[tuple[str, str]] = [
    ("title", "Karlskrona kommun"),
    ("p", "Kommunstyrelsen\tProtokollsutdrag\tSammanträdesdatum 2024-11-05"),
    ("p", "Ordförande: Sofia Ahlgren (M)"),
    ("p", "Justerare: Magnus Olofsson (S)"),
    ("h2", "§ 248 Yttrande över remiss av länstransportplan för Blekinge 2026–2037"),
    ("p", "Ärende-id: KS.2024.1432"),
    ("h3", "Bakgrund"),
    ("p", "Region Blekinge har skickat förslag till länstransportplan för Blekinge 2026–2037 på remiss "
          "(Region Blekinges diarienummer RB 2024/0871). Planen upprättas enligt 4 § förordningen "
          "(1997:263) om länsplaner för regional transportinfrastruktur. Regionstyrelsen beslutade om "
          "remissen 2024-09-03. Svar ska ha kommit in senast 2024-11-15."),
    ("p", "Kommunen föreslås framhålla behovet av mötesseparering på väg 28 och fortsatt utbyggnad av "
          "Blekinge kustbana i dialog med Trafikverket."),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen, daterad 2024-10-18."),
    ("p", "Kommunstyrelsens arbetsutskott 2024-10-29, § 201."),
    ("h3", "Yrkanden"),
    ("p", "Sofia Ahlgren (M) yrkar bifall till arbetsutskottets förslag."),
    ("p", "Magnus Olofsson (S) yrkar bifall till arbetsutskottets förslag med tillägget att yttrandet "
          "även ska lyfta behovet av nattrafik på Kustpilen."),
    ("h3", "Beslutsgång"),
    ("p", "Ordföranden ställer först proposition på arbetsutskottets förslag och finner det bifallet. "
          "Därefter ställer ordföranden proposition på Magnus Olofssons tilläggsyrkande och finner att "
          "kommunstyrelsen avslår detta."),
    ("h3", "Beslut"),
    ("num", "Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag som sitt yttrande till Region "
            "Blekinge."),
    ("num", "Paragrafen justeras omedelbart."),
    ("h3", "Särskilt yttrande"),
    ("p", "”Vi delar yttrandets inriktning men beklagar att majoriteten inte ville lyfta behovet av "
          "nattrafik. Många som arbetar skift i Karlskrona är beroende av tåget.”"),
    ("p", "Magnus Olofsson (S), Therese Lind (C) och Alva Persson (MP)"),
    ("h3", "Ersättaryttrande"),
    ("p", "Ersättaren Jenny Holm (S) ställer sig bakom det särskilda yttrandet från S, C och MP."),
    ("h3", "Ersättaryttrande"),
    ("p", "Ersättaren Pontus Åberg (SD) lämnar följande yttrande: ”Sverigedemokraterna anser att "
          "väg 27 mot Växjö borde ha prioriterats före väg 28.”"),
    ("h3", "Protokollsanteckning"),
    ("p", "Linus Ek (KD) antecknar till protokollet att Kristdemokraterna vill se en snabbare utredning "
          "av pendelparkeringar längs E22."),
    ("h3", "Beslutet skickas till"),
    ("p", "Region Blekinge"),
    ("p", "Trafikverket"),
    ("p", "Vid protokollet: Kerstin Ljung, kommunsekreterare"),
    ("p", "Rätt utdraget intygar: Kerstin Ljung"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    for kind, text in DOCX_PARAS:
        if kind == "title":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "h3":
            d.add_heading(text, level=3)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Karlskrona kommun"
    cp.last_modified_by = "Karlskrona kommun"
    cp.title = "Protokollsutdrag KS § 248"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 12, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "karlskrona-ks-2024-11-05-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
