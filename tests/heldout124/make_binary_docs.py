"""Generate the binary documents of tests/heldout124/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout124/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 11, 15, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 26, 13, 0, 0)

# Lindesberg PDF. "#" = bold line, "=" = new page, "|a|b|c|d|e" = a table row (first row bold).
LINDESBERG = """\
#LINDESBERGS KOMMUN
#Kommunstyrelsen – sammanträdesprotokoll
Sammanträdesdatum: tisdagen den 12 november 2024
Plats och tid: Kommunhuset, Sessionssalen, Lindesberg, kl. 13.00–16.40

#Ledamöter
Irja Gustafsson (S), ordförande
Patrik Nyqvist (M), 1:e vice ordförande
Anders Lövgren (C), 2:e vice ordförande
Marie Hedblom (S)
Stefan Lundh (S)
Fatima Rashid (S)
Gunnel Tiderman (S)
Karin Mattsson (M)
Per-Olof Stråhle (KD)
Jonas Alm (SD)
Ulla Wennerholm (SD)
Lisa Granqvist (V)

#Tjänstgörande ersättare
Björn Kihlberg (L) för Mattias Ek (L)

#Ersättare, ej tjänstgörande
Elin Rask (S), Göran Wiik (M), Tove Sandström (C)

#Tjänstepersoner
Anna-Lena Backe, kommundirektör
Mikael Ohlsson, ekonomichef, § 201
Sara Björk, nämndsekreterare

#Justerare
Lisa Granqvist (V)

Justering: Kommunhuset, Lindesberg, 2024-11-14       Paragrafer: 201–204

Sekreterare ...................................... Sara Björk
Ordförande ...................................... Irja Gustafsson
Justerare ...................................... Lisa Granqvist

#ANSLAG
Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2024-11-15.
Överklagandetiden löper ut 2024-12-06. Protokollet förvaras på Kommunhuset, Lindesberg.
=
#§ 201   Mål och budget 2025 med plan för 2026–2027
Dnr KS 2024/198

#Kommunstyrelsens förslag till kommunfullmäktige
1. Skattesatsen för 2025 fastställs till 22,04 kronor per skattekrona.
2. Mål och budget 2025 med plan för 2026–2027 fastställs enligt arbetsutskottets förslag.
3. Kommunstyrelsen får under 2025 nyupplåna högst 95 mnkr.

#Ärendet
Ekonomiavdelningen har i tjänsteskrivelse 2024-10-21 sammanställt förslaget. Kommunstyrelsens
arbetsutskott behandlade ärendet 2024-10-29, § 148. Budgeten omfattar även ägartillskott till
Lindesbergsbostäder AB och Linde Energi AB. Balanskravet enligt 11 kap. 12 § kommunallagen
(2017:725) uppfylls. Mikael Ohlsson föredrar ärendet.

#Yrkanden
Irja Gustafsson (S) yrkar bifall till arbetsutskottets förslag. Anders Lövgren (C) instämmer.
Patrik Nyqvist (M) yrkar bifall till Moderaternas, Kristdemokraternas och Liberalernas gemensamma
budgetförslag, med instämmande av Karin Mattsson (M), Per-Olof Stråhle (KD) och Björn Kihlberg (L).
Jonas Alm (SD) yrkar bifall till Sverigedemokraternas budgetförslag.

#Propositionsordning
Ordföranden konstaterar att det finns tre förslag och att arbetsutskottets förslag är
huvudförslag. Först utses motförslag i en kontrapropositionsvotering, därefter ställs
motförslaget mot huvudförslaget.

#Kontrapropositionsvotering
Ja-röst för M, KD och L:s förslag, nej-röst för SD:s förslag. Omröstningen ger 4 ja-röster,
2 nej-röster och 7 ledamöter som avstår. Kommunstyrelsen har utsett M, KD och L:s förslag till
motförslag i huvudvoteringen.

#Huvudvotering
Ja-röst för arbetsutskottets förslag, nej-röst för M, KD och L:s förslag.
|Ledamot|Ja|Nej|Avstår
|Irja Gustafsson (S), ordf.|X||
|Patrik Nyqvist (M)||X|
|Anders Lövgren (C)|X||
|Marie Hedblom (S)|X||
|Stefan Lundh (S)|X||
|Fatima Rashid (S)|X||
|Gunnel Tiderman (S)|X||
|Karin Mattsson (M)||X|
|Per-Olof Stråhle (KD)||X|
|Jonas Alm (SD)|||X
|Ulla Wennerholm (SD)|||X
|Lisa Granqvist (V)|||X
|Björn Kihlberg (L), tjg ers.||X|
|Summa|6|4|3
Kommunstyrelsen har beslutat enligt arbetsutskottets förslag.

#Reservationer
Patrik Nyqvist (M), Karin Mattsson (M), Per-Olof Stråhle (KD) och Björn Kihlberg (L) reserverar
sig till förmån för det gemensamma förslaget.
Jonas Alm (SD) och Ulla Wennerholm (SD) reserverar sig till förmån för Sverigedemokraternas förslag.

#Särskilt yttrande
Lisa Granqvist (V) lämnar ett särskilt yttrande, bilaga 1.

#Beslutet skickas till
Kommunfullmäktige

#§ 202   Yttrande över remiss – Länsplan för regional transportinfrastruktur i Örebro län 2026–2037
Dnr KS 2024/305

#Beslut
1. Kommunstyrelsen antar kommunledningsförvaltningens förslag till yttrande med det tillägg om
Bergslagsbanan som framgår av Anders Lövgrens ändringsyrkande och överlämnar det till Region
Örebro län.
2. Paragrafen justeras omedelbart.

#Ärendet
Region Örebro län har skickat förslag till länsplan på remiss till länets kommuner, med regionens
diarienummer 24RS4410. Svar ska ha kommit in senast 2024-11-29. Planen ska samordnas med
Trafikverkets nationella plan. Tjänsteskrivelse från kommunledningsförvaltningen daterad
2024-10-24. Arbetsutskottet behandlade ärendet 2024-10-29, § 152.

#Yrkanden
Irja Gustafsson (S) yrkar bifall till arbetsutskottets förslag.
Anders Lövgren (C) yrkar att yttrandet kompletteras med ett krav på mötesspår och höjd
hastighet på Bergslagsbanan mellan Frövi och Ludvika. Jonas Alm (SD) instämmer i
Anders Lövgrens ändringsyrkande.

#Beslutsgång
Ordföranden ställer proposition på arbetsutskottets förslag mot ändringsyrkandet och finner
arbetsutskottets förslag bifallet. Votering begärs och ska genomföras.
Den som röstar för arbetsutskottets förslag röstar ja. Den som röstar för Anders Lövgrens
ändringsyrkande röstar nej.
Följande röstar ja: Irja Gustafsson, Marie Hedblom, Stefan Lundh, Fatima Rashid och Gunnel
Tiderman.
Följande röstar nej: Patrik Nyqvist, Anders Lövgren, Karin Mattsson, Per-Olof Stråhle, Jonas Alm,
Ulla Wennerholm och Björn Kihlberg.
Följande avstår: Lisa Granqvist.
Med 7 nej-röster mot 5 ja-röster, 1 avstår, har kommunstyrelsen alltså bifallit Anders
Lövgrens ändringsyrkande.

#Reservation
Irja Gustafsson (S) reserverar sig för Socialdemokraternas ledamöter till förmån för
arbetsutskottets förslag.

#Beslutet skickas till
Region Örebro län, Trafikverket

#§ 203   Samverkansavtal för Bergslagens kommunalteknik 2025–2028
Dnr KS 2024/266

#Beslut
Kommunstyrelsen föreslår kommunfullmäktige att godkänna samverkansavtalet för Bergslagens
kommunalteknik mellan Lindesbergs kommun, Hällefors kommun, Ljusnarsbergs kommun och Nora kommun.
#Ärendet
Bergslagens kommunalteknik sköter sedan 2013 vatten, avlopp och avfall åt de fyra kommunerna med
Lindesbergs kommun som värdkommun. Nuvarande avtal upphör 2024-12-31. Tjänsteskrivelse
2024-10-15. Kommunfullmäktige i Nora kommun har redan godkänt avtalet 2024-10-28, § 77.

#Yrkanden
Lisa Granqvist (V) yrkar att ärendet återremitteras för att kostnadsfördelningen ska redovisas.
Irja Gustafsson (S) yrkar att ärendet avgörs i dag och bifall till arbetsutskottets förslag.

#Beslutsgång
Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras
och finner att det ska avgöras i dag. Därefter finner ordföranden att kommunstyrelsen bifaller
arbetsutskottets förslag. Ingen votering begärs.

#Protokollsanteckning
Lisa Granqvist (V) antecknar att hon vill se en redovisning av taxeutvecklingen per kommun.

#Beslutet skickas till
Kommunfullmäktige, Hällefors kommun, Ljusnarsbergs kommun, Nora kommun

#§ 204   Redovisning av delegationsbeslut oktober 2024
Dnr KS 2024/12

#Beslut
Redovisningen läggs till handlingarna.

#Ärendet
Beslut fattade med stöd av delegationsordningen, antagen 2023-02-21 § 24, redovisas i bilaga 2.

Justerandes signatur: ________        Utdragsbestyrkande: ________
"""


class KsPdf(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("F", "", 8)
            self.cell(0, 5, "Lindesbergs kommun · Kommunstyrelsen · 2024-11-12", align="L")
            self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def make_pdf() -> None:
    pdf = KsPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-11-12")
    pdf.set_author("Kommunledningsförvaltningen")
    pdf.set_creator("Protokollsmall KS")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    first_row = True
    for line in LINDESBERG.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("|"):
            cells = line[1:].split("|")
            pdf.set_font("F", "B" if first_row else "", 9)
            first_row = False
            for i, cell in enumerate(cells):
                pdf.cell(80 if i == 0 else 22, 6, cell, border=1, align="L" if i == 0 else "C")
            pdf.ln(6)
            continue
        first_row = True
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "lindesberg-ks-2024-11-12-protokoll.pdf"))


OSBY_HEAD = [
    "OSBY KOMMUN",
    "Socialnämnden",
    "PROTOKOLL",
]

OSBY_META = [
    "Sammanträdesdatum: onsdagen den 21 maj 2025",
    "Plats och tid: Kommunhuset, sammanträdesrum Örkened, Osby, kl. 13.30–16.15",
]

OSBY_ATT = [
    ("Namn", "Parti", "Uppdrag"),
    ("Birgitta Nordh", "S", "ordförande"),
    ("Henrik Åkesson", "M", "vice ordförande"),
    ("Eva Tornberg", "S", "ledamot"),
    ("Niklas Hjort", "S", "ledamot"),
    ("Kerstin Malm", "C", "ledamot"),
    ("Leif Carlsson", "M", "ledamot"),
    ("Rasmus Berg", "SD", "ledamot"),
    ("Anita Svensson", "SD", "ledamot"),
    ("Bo Nyström", "KD", "ledamot, §§ 60–61"),
    ("Maja Ström", "V", "ledamot"),
    ("Gunilla Persson", "S", "tjänstgörande ersättare för Ove Dahl (S)"),
    ("Lena Holmberg", "C", "ersättare"),
    ("Jimmy Ståhl", "SD", "ersättare"),
]

OSBY_BODY = [
    "Övriga närvarande: Annika Lindblad, socialchef; Marcus Bengtsson, verksamhetschef individ- och "
    "familjeomsorg, § 62; Johanna Krantz, nämndsekreterare.",
    "Utses att justera: Leif Carlsson (M). Justeringen sker på Kommunhuset, Osby, 2025-05-26.",
    "Paragrafer: 60–64",
    "Underskrifter",
    "Sekreterare ………………………… Johanna Krantz",
    "Ordförande ………………………… Birgitta Nordh",
    "Justerare ………………………… Leif Carlsson",
    "Anslag: Protokollet är justerat. Anslaget sätts upp 2025-05-27 och tas ned 2025-06-18.",
    "#§ 60 Godkännande av dagordning",
    "Beslut",
    "Socialnämnden godkänner dagordningen med tillägg av ett extra ärende som § 63.",
    "#§ 61 Val av vice ordförande i socialnämndens arbetsutskott",
    "Dnr SN 2025/3",
    "Ärendebeskrivning",
    "Henrik Åkesson (M) har i skrivelse 2025-04-22 avsagt sig uppdraget som vice ordförande i arbetsutskottet "
    "men kvarstår som vice ordförande i nämnden. Nämnden ska välja en ny vice ordförande i arbetsutskottet för "
    "resten av mandatperioden, till och med 2026-12-31.",
    "Förslag och nomineringar",
    "Birgitta Nordh (S) yrkar att Kerstin Malm (C) väljs. Anita Svensson (SD) yrkar att Rasmus Berg (SD) väljs.",
    "Omröstning",
    "Öppen omröstning genom upprop begärs. Ordföranden påminner om att utslagsröst inte gäller vid val.",
    "För Kerstin Malm röstar Birgitta Nordh, Eva Tornberg, Niklas Hjort, Kerstin Malm och Gunilla Persson.",
    "För Rasmus Berg röstar Henrik Åkesson, Leif Carlsson, Rasmus Berg, Anita Svensson och Bo Nyström.",
    "Maja Ström avstår från att rösta.",
    "Röstetalet blir fem mot fem. Valet avgörs därför genom lottning enligt 5 kap. 54 § kommunallagen "
    "(2017:725). Nämndsekreteraren drar lott och lotten faller på Kerstin Malm.",
    "Beslut",
    "Socialnämnden väljer Kerstin Malm (C) till vice ordförande i arbetsutskottet för tiden till och med "
    "2026-12-31.",
    "Beslutet skickas till",
    "Kerstin Malm, Henrik Åkesson, Kommunstyrelsen",
    "Bo Nyström (KD) lämnar sammanträdet kl. 14.20 efter § 61. Ersättare för KD finns inte att tillgå.",
    "#§ 62 Svar på remiss – Motion om utökat anhörigstöd i Lönsboda",
    "Dnr SN 2025/44, KS 2024/387",
    "Ärendebeskrivning",
    "Kommunstyrelsen har remitterat motionen från Rasmus Berg (SD), daterad 2024-11-04, till socialnämnden för "
    "yttrande senast 2025-06-13. Motionären vill att kommunen öppnar en anhörigträff i Lönsboda varje vecka. "
    "Förvaltningen redovisar i tjänsteskrivelse 2025-04-28 att anhörigstödet i dag samordnas med "
    "Hässleholms kommun och Svenska kyrkan i Osby. Arbetsutskottet behandlade ärendet 2025-05-07, § 38. "
    "Marcus Bengtsson redogör för ärendet.",
    "Beslut",
    "Socialnämnden överlämnar förvaltningens yttrande till kommunstyrelsen som sitt svar och föreslår att "
    "motionen avslås.",
    "Yrkanden",
    "Eva Tornberg (S) yrkar bifall till arbetsutskottets förslag. Rasmus Berg (SD) yrkar bifall till motionen.",
    "Beslutsgång",
    "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller arbetsutskottets förslag. "
    "Omröstning begärs. Ja för arbetsutskottets förslag, nej för Rasmus Bergs yrkande. Tio ledamöter deltar. "
    "Socialnämnden beslutar med sju röster mot tre att bifalla arbetsutskottets förslag.",
    "Reservation",
    "Rasmus Berg (SD) och Anita Svensson (SD) reserverar sig skriftligt, bilaga 1.",
    "Yttrande",
    "Ersättaren Lena Holmberg (C) lämnar ett yttrande om behovet av anhörigstöd på landsbygden.",
    "Beslutet skickas till",
    "Kommunstyrelsen",
    "#§ 63 Överenskommelse om samverkan kring barn och unga med behov av samordnade insatser",
    "Dnr SN 2025/51",
    "Beslut",
    "1. Socialnämnden godkänner överenskommelsen mellan Osby kommun och Region Skåne om samverkan kring barn "
    "och unga med behov av samordnade insatser.",
    "2. Socialchefen får i uppdrag att återrapportera arbetet till nämnden senast 2025-12-31.",
    "Paragrafen justeras omedelbart.",
    "Ärendebeskrivning",
    "Överenskommelsen bygger på 2 kap. 7 § socialtjänstlagen (2001:453) och har tagits fram i Kommunförbundet "
    "Skånes samverkansgrupp. Tjänsteskrivelse 2025-05-02. Hälso- och sjukvårdsnämnden i Region Skåne beslutade "
    "om överenskommelsen 2025-03-20.",
    "Yrkanden",
    "Maja Ström (V) yrkar ett tillägg om att brukarorganisationer ska delta i uppföljningen. Birgitta Nordh (S) "
    "yrkar bifall till förvaltningens förslag och avslag på tilläggsyrkandet.",
    "Beslutsgång",
    "Ordföranden ställer proposition på förslaget och finner det bifallet. Därefter ställs proposition på "
    "tilläggsyrkandet, som avslås. Votering begärs inte.",
    "Beslutet skickas till",
    "Region Skåne, Barn- och skolnämnden",
    "#§ 64 Anmälan av delegationsbeslut april 2025",
    "Dnr SN 2025/2",
    "Beslut",
    "Socialnämnden lägger redovisningen av delegationsbeslut till handlingarna.",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2025-05-21"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Osby kommun | Socialnämnden | Sammanträdesprotokoll 2025-05-21"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ………    Utdragsbestyrkande ………"
    for line in OSBY_HEAD:
        d.add_paragraph().add_run(line).bold = True
    for line in OSBY_META:
        d.add_paragraph(line)
    table = d.add_table(rows=0, cols=3)
    for i, row in enumerate(OSBY_ATT):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for line in OSBY_BODY:
        if line.startswith("#"):
            d.add_heading(line[1:], level=2)
        elif line in ("Beslut", "Ärendebeskrivning", "Yrkanden", "Beslutsgång", "Reservation", "Yttrande",
                      "Omröstning", "Förslag och nomineringar", "Beslutet skickas till", "Underskrifter"):
            d.add_paragraph().add_run(line).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 26, 13, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "osby-sn-2025-05-21-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
