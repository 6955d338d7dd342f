# ruff: noqa: E501
"""Generate the binary documents of tests/heldout134/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout134/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 6, 16, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 11, 26, 14, 0, 0)

# Flens kommun, kommunstyrelsen 2025-06-10, full protocol.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
FLEN = """\
#FLENS KOMMUN
#Kommunstyrelsen
Sammanträdesprotokoll
Sammanträdesdatum 2025-06-10

Plats och tid: Sammanträdesrummet Kungsladugården, Stadshuset i Flen, kl. 13.00–16.20
Ajournering: kl. 14.45–15.00

Beslutande: Jesper Lundqvist (S) ordförande, Helena Åkerlund (M) 1:e vice ordförande,
Mikael Strand (C) 2:e vice ordförande, Kristina Roos (S), Ahmed Nur (S), Eva-Britt Sahlin (S),
Tommy Ek (SD), Linda Ahlqvist (SD), Bengt Olander (M), Sofia Renberg (KD), Peter Wass (V)

Tjänstgörande ersättare: Marie Björk (S) för Ulf Hagström (S), Göran Lidh (L) för Annelie Nyman (L)

Ej tjänstgörande ersättare: Håkan Sjöberg (M), Rebecka Ljung (MP), Emil Forsberg (SD)

Övriga deltagare: Charlotte Brink, kommundirektör; Niklas Ek, ekonomichef, § 60;
Ylva Hammarström, mark- och exploateringsingenjör, § 62; Susanne Tell, kommunsekreterare

Justerare: Helena Åkerlund (M) och Peter Wass (V)
Justeringens tid och plats: Kommunledningsförvaltningen 2025-06-16 kl. 10.00
Paragrafer: 60–63

Sekreterare ..................................  Susanne Tell
Ordförande  ..................................  Jesper Lundqvist
Justerare   ..................................  Helena Åkerlund   ..................................  Peter Wass

#ANSLAG
Protokollet är justerat och tillkännagivet på kommunens anslagstavla.
Organ: Kommunstyrelsen. Sammanträdesdatum: 2025-06-10.
Anslaget uppsatt: 2025-06-17. Anslaget nedtas tidigast: 2025-07-09.
Protokollets förvaringsplats: Kommunledningsförvaltningen, Stadshuset i Flen.
=
FLENS KOMMUN  –  Kommunstyrelsen  –  Sammanträdesprotokoll 2025-06-10

#§ 60
#Ekonomisk uppföljning per april 2025
Dnr KS 2025/7

#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner uppföljningen per april 2025.
2. Barn- och utbildningsnämnden och socialnämnden uppmanas att redovisa åtgärder för en budget i
balans till kommunstyrelsen den 9 september 2025.

#Ärendebeskrivning
Prognosen för helåret visar ett underskott om 14,2 mnkr. Socialnämnden prognostiserar ett underskott
om 9,8 mnkr och barn- och utbildningsnämnden om 5,1 mnkr. Kommunfullmäktige fastställde budgeten
2024-11-25, § 112. Flens Bostäder AB och Flens Kommunfastigheter AB redovisar enligt plan.

#Beslutsunderlag
Tjänsteskrivelse, ekonomiavdelningen, 2025-05-22
Månadsrapport april 2025

#Beslutet skickas till
Barn- och utbildningsnämnden, Socialnämnden, Ekonomiavdelningen

#§ 61
#Yttrande över remiss – Länsplan för regional transportinfrastruktur i Södermanlands län 2026–2037
Dnr KS 2025/118, Region Sörmlands dnr RS 2025/214

#Kommunstyrelsens beslut
Kommunstyrelsen antar kommunledningsförvaltningens förslag till yttrande och översänder det till
Region Sörmland.

#Ärendebeskrivning
Region Sörmland har sänt förslaget till länsplan på remiss till länets kommuner. Svar ska ha kommit
in senast 2025-06-27. Flens kommun har i tidigare yttranden, senast 2021-08-24, § 95, prioriterat
mötesspår på Västra stambanan och trafiksäkerhetsåtgärder på riksväg 55 och 57. Trafikverket
ansvarar för den nationella planen, som enligt förordningen (1997:263) om länsplaner för regional
transportinfrastruktur ska samordnas med länsplanen.

#Beslutsunderlag
Tjänsteskrivelse daterad 2025-05-27
Förslag till yttrande daterat 2025-05-27

#Särskilt yttrande
Peter Wass (V) lämnar ett särskilt yttrande om kollektivtrafiken i Malmköping, bilaga 1.
Rebecka Ljung (MP) ställer sig bakom Peter Wass särskilda yttrande.

#Beslutet skickas till
Region Sörmland
=
FLENS KOMMUN  –  Kommunstyrelsen  –  Sammanträdesprotokoll 2025-06-10

#§ 62
#Markanvisningsavtal med HSB Södermanland för kvarteret Skogsduvan i Flen
Dnr KS 2024/301

#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner markanvisningsavtalet mellan Flens kommun och HSB Södermanland
ekonomisk förening för kvarteret Skogsduvan.
2. Kommundirektören får i uppdrag att underteckna avtalet.
3. Paragrafen förklaras omedelbart justerad.

#Ärendebeskrivning
HSB Södermanland ekonomisk förening har anmält intresse för att bygga cirka 40 bostadsrätter i
kvarteret Skogsduvan. Detaljplanen vann laga kraft 2023-04-11. Markanvisningen gäller i två år från
undertecknandet. Tjänsteskrivelse från mark- och exploateringsenheten 2025-05-19.

#Yrkanden
Jesper Lundqvist (S) yrkar bifall till förvaltningens förslag.
Peter Wass (V) yrkar att kvarteret i stället anvisas Flens Bostäder AB för hyresrätter.
Tommy Ek (SD) yrkar avslag till förvaltningens förslag.

#Propositionsordning
Ordföranden ställer först Peter Wass och Tommy Eks yrkanden mot varandra, varvid Peter Wass yrkande
blir motförslag. Därefter ställs förvaltningens förslag mot motförslaget.

#Omröstning
Votering begärs och genomförs med följande voteringsproposition: ja för förvaltningens förslag,
nej för Peter Wass yrkande.
Ja: Lundqvist, Åkerlund, Strand, Roos, Nur, Sahlin, Olander, Renberg, Björk, Lidh
Nej: Wass
Avstår: Ek, Ahlqvist
Kommunstyrelsen har med 10 ja-röster mot 1 nej-röst, 2 avstod, beslutat enligt förvaltningens förslag.

#Reservationer
Peter Wass (V) reserverar sig till förmån för eget yrkande.
Tommy Ek (SD) och Linda Ahlqvist (SD) reserverar sig mot beslutet.

#Beslutet skickas till
HSB Södermanland ekonomisk förening, Mark- och exploateringsenheten
=
FLENS KOMMUN  –  Kommunstyrelsen  –  Sammanträdesprotokoll 2025-06-10

#§ 63
#Svar på motion om solceller på kommunens fastigheter
Dnr KS 2024/166

#Kommunstyrelsens förslag till kommunfullmäktige
Motionen anses besvarad.

#Ärendebeskrivning
Rebecka Ljung (MP) föreslår i en motion inlämnad 2024-05-20 att alla kommunala tak som lämpar sig
ska förses med solceller senast 2030. Motionen har remitterats till Flens Kommunfastigheter AB, som
svarade 2025-03-14. Bolaget har installerat solceller på fyra skolor och planerar ytterligare sex.
Tjänsteskrivelse, kommunledningsförvaltningen, 2025-04-30.

#Yrkanden
Sofia Renberg (KD) yrkar bifall till förvaltningens förslag.

#Protokollsanteckning
Mikael Strand (C) och Sofia Renberg (KD) antecknar gemensamt till protokollet att solcellsutbyggnaden
bör redovisas i hållbarhetsbokslutet.

#Beslutet skickas till
Kommunfullmäktige
"""


class ProtocolPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, f"Justerandes sign          Utdragsbestyrkande          Sida {self.page_no()} ({{nb}})", align="R")


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Enköpings kommun, vård- och omsorgsnämnden 2024-11-20, full protocol.
# "#" = bold paragraph, "*" = Word numbered list item (the number is not in the text).
VON_FRONT: list[str] = [
    "#Enköpings kommun",
    "#Vård- och omsorgsnämnden",
    "SAMMANTRÄDESPROTOKOLL",
    "Sammanträdesdatum: onsdag 20 november 2024",
    "Plats: Rådhuset, sal Ekolsund, kl. 08.30–11.50",
    "#Närvarande ledamöter",
    "Marie Sundqvist (C)\tordförande",
    "Roland Berg (S)\tvice ordförande",
    "Ingrid Falkenberg (M)",
    "Johan Ekstedt (M)",
    "Sanna Örn (L)",
    "Peter Hägg (KD)",
    "Eva Lindblom (S)",
    "Mustafa Demir (S)",
    "Kristoffer Hed (SD)",
    "Monica Blom (SD)",
    "#Tjänstgörande ersättare",
    "Lars Wahlin (V) istället för Camilla Moberg (V)",
    "#Närvarande ersättare",
    "Gunnel Ask (M), Rasmus Lind (S)",
    "#Tjänstepersoner",
    "Helena Rydh, förvaltningschef",
    "Oskar Lind, controller, § 99",
    "Jeanette Boman, nämndsekreterare",
    "#Justering",
    "Justerare: Eva Lindblom (S)",
    "Justeringen sker på vård- och omsorgsförvaltningen den 26 november 2024.",
    "Protokollet omfattar §§ 98–100.",
    "Underskrifter",
    "Sekreterare: Jeanette Boman",
    "Ordförande: Marie Sundqvist",
    "Justerare: Eva Lindblom",
    "#Bevis om anslag",
    "Protokollet har justerats och anslagits på kommunens webbplats 2024-11-27. "
    "Sista dag för överklagande är 2024-12-18.",
]
VON_BODY: list[str] = [
    "#§ 98 Överenskommelse om samverkan för personer med psykisk funktionsnedsättning",
    "Diarienummer: VON 2024/0187",
    "#Beslut",
    "*Vård- och omsorgsnämnden godkänner överenskommelsen mellan Enköpings kommun och Region Uppsala om "
    "samverkan för personer med psykisk funktionsnedsättning.",
    "*Förvaltningschefen får i uppdrag att årligen följa upp överenskommelsen.",
    "#Bakgrund",
    "Kommunen och regionen ska enligt 5 kap. 8 a § socialtjänstlagen (2001:453) ha en överenskommelse om "
    "samarbete kring personer med psykisk funktionsnedsättning. Den nuvarande överenskommelsen gäller till "
    "2024-12-31. Förslaget har tagits fram i det länsgemensamma samverkansorganet Välfärdsrådet i Uppsala "
    "län och ska behandlas av Region Uppsala den 5 december 2024.",
    "Förvaltningens tjänsteskrivelse är daterad 2024-10-29.",
    "#Expedieras",
    "Region Uppsala, förvaltningschef",
    "#§ 99 Internbudget 2025 för vård- och omsorgsnämnden",
    "Diarienummer: VON 2024/0203",
    "#Beslut",
    "Vård- och omsorgsnämnden fastställer internbudget 2025 enligt förvaltningens förslag.",
    "#Bakgrund",
    "Kommunfullmäktige beslutade om mål och budget 2025 den 11 november 2024, § 154. Nämndens ram uppgår "
    "till 812,4 mnkr. Förvaltningen föreslår att hemtjänstens timpris räknas upp med 2,9 procent och att "
    "tre korttidsplatser på Bredsandsgården avvecklas. Tjänsteskrivelse 2024-11-05.",
    "#Yrkanden",
    "Marie Sundqvist (C) yrkar bifall till förvaltningens förslag. Roland Berg (S) yrkar att ärendet "
    "återremitteras till förvaltningen för en konsekvensanalys av neddragningen av korttidsplatserna.",
    "#Beslutsgång",
    "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det ska "
    "avgöras i dag. Votering begärs. Den som vill att ärendet avgörs i dag röstar ja, den som vill "
    "återremittera röstar nej. Omröstningen utfaller med 7 ja-röster och 4 nej-röster. Nämnden har "
    "alltså beslutat att avgöra ärendet i dag.",
    "Ordföranden ställer därefter proposition på förvaltningens förslag och finner att nämnden bifaller det.",
    "#Reservation",
    "Roland Berg (S) m.fl. reserverar sig mot beslutet till förmån för återremissyrkandet.",
    "#Särskilt yttrande",
    "Kristoffer Hed (SD) lämnar ett särskilt yttrande, bilaga 2.",
    "#Expedieras",
    "Kommunstyrelsen, ekonomikontoret",
    "#§ 100 Svar på remiss – motion om trygghetslarm med GPS för personer med demenssjukdom",
    "Diarienummer: VON 2024/0158, KS 2024/455",
    "#Beslut",
    "Vård- och omsorgsnämnden antar förvaltningens yttrande som svar på remissen och överlämnar det till "
    "kommunstyrelsen.",
    "#Bakgrund",
    "Kommunstyrelsen har remitterat Monica Bloms (SD) motion, inlämnad 2024-06-10, till vård- och "
    "omsorgsnämnden för yttrande senast 2024-12-15. Inspektionen för vård och omsorg har i ett tidigare "
    "tillsynsbeslut, 2023-09-18, påpekat att larmrutinerna måste dokumenteras. Förvaltningen bedömer att "
    "GPS-larm redan kan beviljas enligt 4 kap. 1 § socialtjänstlagen. Tjänsteskrivelse 2024-10-31.",
    "#Yrkanden",
    "Marie Sundqvist (C) yrkar bifall till förvaltningens förslag till yttrande. Monica Blom (SD) yrkar att "
    "nämnden tillstyrker motionen.",
    "#Beslutsgång",
    "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens förslag.",
    "#Protokollsanteckning",
    "Monica Blom (SD) får anteckna att hon återkommer i ärendet när kommunfullmäktige behandlar motionen.",
    "#Expedieras",
    "Kommunstyrelsen",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Vård- och omsorgsförvaltningen"
    cp.title = "Protokoll vård- och omsorgsnämnden 2024-11-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Vård- och omsorgsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Enköpings kommun\tVård- och omsorgsnämnden\tProtokoll 2024-11-20"
    sec.footer.paragraphs[0].text = "Justerandes signatur: ________    Utdragsbestyrkande: ________"
    for line in VON_FRONT:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    d.add_page_break()
    for line in VON_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("*"):
            d.add_paragraph(line[1:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 26, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "enkoping-von-2024-11-20-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(FLEN, "flen-ks-2025-06-10-protokoll.pdf", "Protokoll kommunstyrelsen 2025-06-10")
    make_docx()


if __name__ == "__main__":
    main()
