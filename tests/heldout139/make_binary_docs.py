"""Generate the binary documents of tests/heldout139/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout139/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 10, 30, 14, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 29, 9, 30, 0)

# PDF: Sala kommun, Tekniska nämnden 2024-10-24, full protocol.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
SALA = """\
#SALA KOMMUN                                              SAMMANTRÄDESPROTOKOLL
Tekniska nämnden                                          Sammanträdesdatum 2024-10-24

Plats och tid: Stadshuset, sammanträdesrum Kungsängen, torsdagen den 24 oktober 2024 kl. 13.15–15.40

#Närvarande
Beslutande: Lars-Göran Wik (C), ordförande, Eva Brodin (S), vice ordförande, ledamöterna Henrik Öst (M),
Anna Tholin (S), Mikael Skog (SD) och Sven Ljunggren (KD) samt Fredrik Alm (S), tjänstgörande ersättare
för Maja Lund (S).
Närvarande ersättare: Camilla Hed (M), Patrik Sjö (SD).
Tjänstemän: Stefan Runn, samhällsbyggnadschef; Linda Ek, gatuchef, §§ 88–90; Tove Bergman,
nämndsekreterare.

Justerare: Anna Tholin (S) med Henrik Öst (M) som ersättare
Justeringens plats och tid: Stadshuset, 2024-10-30 kl. 09.00

Underskrifter
Sekreterare   .....................................   Paragrafer 88–91
              Tove Bergman
Ordförande    .....................................
              Lars-Göran Wik
Justerare     .....................................
              Anna Tholin

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.
Organ: Tekniska nämnden    Sammanträdesdatum: 2024-10-24
Anslaget sätts upp: 2024-10-31    Anslaget tas ned: 2024-11-22
Förvaringsplats: Samhällsbyggnadskontoret, Stadshuset
=
Sala kommun | Tekniska nämnden | Sammanträdesprotokoll 2024-10-24                      Sida 2 av 3

#TN § 88    Trafiksäkerhetsåtgärder på Västeråsvägen vid Ösby skola
Dnr TN 2024/151

Gatuavdelningen föreslår en upphöjd korsning och sänkt hastighet till 30 km/tim förbi skolan.
Förslaget bygger på en olycksanalys från 2023 och synpunkter från skolans föräldraråd. Tjänsteskrivelse
2024-10-07. Lokala trafikföreskrifter meddelas med stöd av 10 kap. 1 § trafikförordningen (1998:1276).

Mikael Skog (SD) begär att ärendet bordläggs till nästa sammanträde eftersom Polismyndigheten ännu inte
har yttrat sig. Eva Brodin (S) instämmer i bordläggningsyrkandet. Ordföranden frågar om nämnden kan
bifalla yrkandet om bordläggning och finner att så sker.

#Beslut
Ärendet bordläggs till nämndens sammanträde 2024-11-21.

#TN § 89    Yttrande över remiss – Trafikverkets åtgärdsvalsstudie för väg 56 Sala–Heby
Dnr TN 2024/162, Trafikverkets ärendenummer TRV 2024/98812

Trafikverket har skickat åtgärdsvalsstudien på remiss till Sala kommun med svar senast 2024-11-08.
Kommunstyrelsen har överlämnat remissen till tekniska nämnden för yttrande. Heby kommun och Region
Västmanland har fått samma remiss. Förvaltningens tjänsteskrivelse är daterad 2024-10-10.

#Yrkanden
Henrik Öst (M) yrkar att yttrandet kompletteras med ett krav på planskild korsning vid Sätrabrunn.
Ordföranden yrkar bifall till förvaltningens förslag med Östs tillägg.

#Beslut
1. Tekniska nämnden antar förvaltningens förslag till yttrande med följande ändringar:
    a) avsnittet om gång- och cykeltrafik kompletteras med sträckan Sala–Sätrabrunn,
    b) ett krav på planskild korsning vid Sätrabrunn förs in i avsnitt 4.
2. Yttrandet skickas till Trafikverket.

Paragrafen justeras omedelbart.

#Särskilt yttrande
Henrik Öst (M) lämnar ett särskilt yttrande, bilaga 3. Ersättaren Camilla Hed (M) ställer sig bakom
yttrandet.

Beslutet skickas till: Trafikverket, Kommunstyrelsen
=
Sala kommun | Tekniska nämnden | Sammanträdesprotokoll 2024-10-24                      Sida 3 av 3

#TN § 90    Avgifter för upplåtelse av offentlig plats 2025
Dnr TN 2024/119

Avgifterna tas ut med stöd av lagen (1957:259) om rätt för kommun att ta ut avgifter för upplåtelse av
offentlig plats. Nuvarande avgifter beslutades 2022-11-17, § 102. Tjänsteskrivelse 2024-09-30.

#Yrkanden
Eva Brodin (S) yrkar bifall till förvaltningens förslag. Mikael Skog (SD) yrkar att avgiften för
uteserveringar behålls oförändrad.

#Propositionsordning och omröstning
Ordföranden ställer förvaltningens förslag mot Skogs yrkande och finner förvaltningens förslag bifallet.
Omröstning begärs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller Skogs yrkande
röstar nej. Omröstningen ger 5 ja-röster och 2 nej-röster. Ingen avstår.

#Beslut
Tekniska nämnden fastställer avgifterna för upplåtelse av offentlig plats 2025 enligt bilaga 4 och
upphäver samtidigt nämndens beslut 2022-11-17, § 102.

#Reservation
Mikael Skog (SD) reserverar sig skriftligt, bilaga 5.

Beslutet skickas till: Polismyndigheten, Salabostäder AB

#TN § 91    Redovisning av delegationsbeslut
Dnr TN 2024/004

Följande beslut fattade med stöd av delegation redovisas:
1. Gatuchefens beslut 2024-09-12 om tillfällig trafikföreskrift, Smedjegatan, dnr TN 2024/139.
2. Gatuchefens beslut 2024-09-26 om grävtillstånd för Sala-Heby Energi AB.
3. Samhällsbyggnadschefens beslut 2024-10-02 om avskrivning av fordran, dnr TN 2024/144.
4. Ordförandens beslut 2024-10-14 i brådskande ärende om yttrande till Länsstyrelsen i Västmanlands län.

#Beslut
Tekniska nämnden lägger redovisningen till handlingarna.

Justerandes signatur ..............        Utdragsbestyrkande ..............
"""

# DOCX: Arboga kommun, Kommunfullmäktige 2024-04-22, extract of §§ 47–48.
ARB_BODY: list[str] = [
    "#§ 47 Samverkansavtal om gemensam IT-drift mellan Arboga, Köping och Kungsör",
    "Diarienummer KS 2024/112",
    "#Ärendebeskrivning",
    "Arboga kommun, Köpings kommun och Kungsörs kommun har sedan 2019-01-01 en gemensam IT-drift. Det "
    "nuvarande avtalet löper ut 2024-06-30. Ett nytt samverkansavtal om gemensam IT-drift har tagits fram, "
    "där Köpings kommun är värdkommun. Västra Mälardalens Myndighetsförbund omfattas inte av avtalet. "
    "Kommunledningskontorets tjänsteskrivelse är daterad 2024-03-12. Samverkan sker enligt "
    "9 kap. 37 § kommunallagen (2017:725).",
    "#Kommunstyrelsens behandling",
    "Kommunstyrelsen behandlade ärendet 2024-04-02, § 61, och beslutade följande.",
    "Kommunstyrelsens förslag till kommunfullmäktige",
    "1. Samverkansavtalet om gemensam IT-drift mellan Arboga kommun, Köpings kommun och Kungsörs kommun "
    "godkänns.",
    "2. Avtalet gäller från och med 2024-07-01 och tills vidare.",
    "Kommunstyrelsens beslut för egen del",
    "3. Kommunchefen får i uppdrag att underteckna avtalet.",
    "I kommunstyrelsen reserverade sig Hans-Erik Ström (SD) till förmån för sitt yrkande om återremiss.",
    "#Yrkanden",
    "Kommunstyrelsens ordförande Anders Frisk (S) yrkar bifall till kommunstyrelsens förslag. Pia Nordqvist "
    "(C) instämmer i Anders Frisks yrkande. Mats Lindh (SD) yrkar avslag.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på bifall mot avslag och finner att kommunfullmäktige bifaller "
    "kommunstyrelsens förslag.",
    "#Kommunfullmäktiges beslut",
    "Kommunfullmäktige godkänner samverkansavtalet om gemensam IT-drift mellan Arboga kommun, Köpings kommun "
    "och Kungsörs kommun och fastställer att avtalet gäller från och med 2024-07-01.",
    "#Reservation",
    "Mats Lindh (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Kommunstyrelsen, Köpings kommun, Kungsörs kommun",
    "#§ 48 Motion om fria sommarkort i kollektivtrafiken för ungdomar",
    "Diarienummer KS 2023/301",
    "#Ärendebeskrivning",
    "Marie Lindberg (V) föreslår i en motion daterad 2023-09-11 att kommunen ska bekosta sommarkort hos "
    "Västmanlands Lokaltrafik för alla ungdomar mellan 13 och 19 år. Region Västmanland beslutar om en ny "
    "zonindelning under våren 2024. Tjänsteskrivelse från kommunledningskontoret 2024-02-27.",
    "Kommunstyrelsen föreslog 2024-04-02, § 64, att kommunfullmäktige beslutar att motionen avslås.",
    "#Yrkanden",
    "Marie Lindberg (V) yrkar att ärendet bordläggs till sammanträdet 2024-05-27 i avvaktan på Region "
    "Västmanlands beslut. Kent Ahl (S) instämmer. Elin Sjöberg (L) yrkar att ärendet avgörs i dag och "
    "bifall till kommunstyrelsens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer proposition på om ärendet ska bordläggas eller avgöras i dag och finner att det ska "
    "bordläggas. Votering begärs och verkställs. Ja – ärendet bordläggs, nej – ärendet avgörs i dag.",
    "Omröstningsresultat: 22 ja, 18 nej, 1 avstår (bilaga 2). Kommunfullmäktige har därmed beslutat att "
    "bordlägga ärendet.",
    "#Kommunfullmäktiges beslut",
    "Ärendet bordläggs.",
    "#Reservation",
    "Elin Sjöberg (L) och Stefan Kjell (M) reserverar sig mot beslutet.",
]
ARB_SIGN: list[tuple[str, str]] = [
    ("Ordförande", "Birgitta Hallén"),
    ("Justerare", "Kent Ahl (S), Elin Sjöberg (L)"),
    ("Sekreterare", "Jonas Wretman"),
    ("Utdragsbestyrkande", "Jonas Wretman, 2024-04-29"),
]


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Samhällsbyggnadskontoret")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningskontoret"
    cp.title = "Protokollsutdrag kommunfullmäktige 2024-04-22"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ARBOGA KOMMUN\tPROTOKOLLSUTDRAG\tSida 1"
    sec.header.add_paragraph("Kommunfullmäktige\t\tSammanträdesdatum 2024-04-22")
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in ARB_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    d.add_paragraph("Vid protokollet")
    table = d.add_table(rows=0, cols=2)
    for label, value in ARB_SIGN:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 4, 29, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "arboga-kf-2024-04-22-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(SALA, "sala-tn-2024-10-24-protokoll.pdf", "Protokoll tekniska nämnden 2024-10-24")
    make_docx()


if __name__ == "__main__":
    main()
