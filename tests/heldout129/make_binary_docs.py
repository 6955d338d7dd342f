"""Generate the binary documents of tests/heldout129/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout129/make_binary_docs.py

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
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 6, 18, 8, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 10, 21, 14, 0, 0)
ZIP_TIME = (2025, 10, 21, 14, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: VA SYD, förbundsfullmäktige 2025-06-12, full protocol.
# Markup: "#" bold line, "=" new page, "|a|b|c" table row (column widths in VOTE_COLS).
# ---------------------------------------------------------------------------------------------
VASYD = """\
#PROTOKOLL
#Förbundsfullmäktige i VA SYD
Sammanträdesdag: torsdagen den 12 juni 2025, kl. 14.00–16.55
Plats: VA SYD:s huvudkontor, Hans Michelsensgatan 9, Malmö

#Presidium
Ordförande: Anders Rosengren (S)
1:e vice ordförande: Karin Wallström (M)
2:e vice ordförande: Bertil Månsson (S)

#Beslutande ledamöter
Helena Kjellberg (M), Malmö stad
Tarek Haddad (S), Malmö stad
Louise Bengtsson (SD), Malmö stad
Mats Ekdahl (L), Malmö stad
Siri Nordqvist (V), Malmö stad
Fredrik Olin (S), Lunds kommun
Ebba Lundqvist (MP), Lunds kommun
Jonas Hedin (C), Lunds kommun
Agneta Fors (KD), Lunds kommun
Cecilia Sandell (M), Eslövs kommun
Oskar Nyman (SD), Eslövs kommun
Yvonne Persson (S), Burlövs kommun
Ludvig Thörn (M), Burlövs kommun

#Tjänstgörande ersättare
Göran Lilja (SD), Malmö stad, ersätter Patrik Ståhlberg (SD)

#Närvarande ersättare, ej tjänstgörande
Maja Edvall (V), Lunds kommun
Henrik Bodén (M), Malmö stad

#Övriga närvarande
Karolina Friberg, förbundsdirektör
Stefan Ahlqvist, ekonomidirektör, § 16
Lina Mårtensson, förbundssekreterare
Revisorerna Gunnel Sjö och Arne Pihl, § 15

#Justerare
Helena Kjellberg (M) och Fredrik Olin (S)
Justeringsdag: 2025-06-17 på VA SYD:s huvudkontor

#Paragrafer
§§ 14–18

Sekreterare ...................................................
            Lina Mårtensson
Ordförande  ...................................................
            Anders Rosengren
Justerare   ....................................  ....................................
            Helena Kjellberg                          Fredrik Olin

#ANSLAG
Protokollet från förbundsfullmäktiges sammanträde 2025-06-12 har justerats 2025-06-17.
Anslaget sätts upp 2025-06-18 och tas ned 2025-07-10. Protokollet förvaras hos VA SYD, kansliet.
=
#§ 14  Upprop
Förbundsfullmäktige beslutar
att fastställa närvarolistan enligt uppropet; 17 ledamöter är tjänstgörande.

#§ 15  Revisorernas granskning av årsredovisning 2024
Dnr 2025-0097
Revisorerna Gunnel Sjö och Arne Pihl redogör för granskningen av VA SYD:s årsredovisning 2024.
Årsredovisningen fastställdes av förbundsfullmäktige 2025-04-24, § 9. Frågan om ansvarsfrihet
prövas av fullmäktige i var och en av medlemskommunerna enligt 9 kap. 34 § kommunallagen (2017:725).
Förbundsfullmäktige beslutar
att lägga revisionsberättelsen till handlingarna.

#§ 16  Budget 2026 och ekonomisk plan 2027–2028
Dnr 2025-0214
Förbundsstyrelsen har 2025-05-21, § 58, lämnat förslag till budget. Ekonomiavdelningens
tjänsteskrivelse är daterad 2025-04-29. Förslaget bygger på att avgifterna enligt lagen (2006:412)
om allmänna vattentjänster täcker kostnaderna. Investeringarna i Sjölunda avloppsreningsverk
fortsätter enligt plan. Medlemskommunerna har lämnat synpunkter senast 2025-03-31.

#Yrkanden
Anders Rosengren (S) yrkar bifall till förbundsstyrelsens förslag. Siri Nordqvist (V) och Ebba
Lundqvist (MP) instämmer i Rosengrens yrkande.
Karin Wallström (M) yrkar, med instämmande av Mats Ekdahl (L) och Agneta Fors (KD), bifall till
Moderaternas, Liberalernas och Kristdemokraternas gemensamma budgetförslag, bilaga 2.
Louise Bengtsson (SD) yrkar bifall till Sverigedemokraternas budgetförslag, bilaga 3.
Siri Nordqvist (V) yrkar därutöver att förbundsstyrelsen får i uppdrag att utreda en
socialt differentierad brukningsavgift (tilläggsyrkande).

#Propositionsordning
Ordföranden ställer först Wallströms och Bengtssons yrkanden mot varandra och finner att
Wallströms yrkande är motförslag. Ingen votering begärs i kontrapropositionen.
Därefter ställs förbundsstyrelsens förslag mot motförslaget.

#Omröstning
Omröstning begärs. Ja-röst för förbundsstyrelsens förslag, nej-röst för Karin Wallströms yrkande.
|Ledamot|Parti|Ja|Nej|Avstår
|Anders Rosengren|S|X||
|Karin Wallström|M||X|
|Bertil Månsson|S|X||
|Helena Kjellberg|M||X|
|Tarek Haddad|S|X||
|Louise Bengtsson|SD|||X
|Mats Ekdahl|L||X|
|Siri Nordqvist|V|X||
|Göran Lilja|SD|||X
|Fredrik Olin|S|X||
|Ebba Lundqvist|MP|X||
|Jonas Hedin|C|X||
|Agneta Fors|KD||X|
|Cecilia Sandell|M||X|
|Oskar Nyman|SD|||X
|Yvonne Persson|S|X||
|Ludvig Thörn|M||X|
|Summa||8|6|3
Förbundsfullmäktige har bifallit förbundsstyrelsens förslag.
=
#§ 16 (forts.)
Ordföranden ställer därefter proposition på Siri Nordqvists tilläggsyrkande och finner att det avslås.
#Beslut
Förbundsfullmäktige beslutar
1. att fastställa budget 2026 och ekonomisk plan 2027–2028 i enlighet med förbundsstyrelsens förslag,
2. att fastställa investeringsramen för 2026 till 1 480 miljoner kronor,
3. att fastställa låneramen för 2026 till 950 miljoner kronor.

#Reservationer
Moderaternas, Liberalernas och Kristdemokraternas ledamöter reserverar sig till förmån för Karin
Wallströms yrkande. Sverigedemokraternas ledamöter reserverar sig till förmån för eget yrkande.
Siri Nordqvist (V) reserverar sig mot att tilläggsyrkandet avslogs.

#Särskilt yttrande
Jonas Hedin (C) lämnar följande särskilda yttrande:
"Centerpartiet röstar för budgeten eftersom investeringarna i reningsverken inte kan skjutas upp.
Vi vill samtidigt se en plan för hur taxan ska hållas nere för hushållen på landsbygden."

Beslutet skickas till: Medlemskommunerna, Förbundsstyrelsen

#§ 17  Svar på motion om solceller på VA SYD:s anläggningar
Dnr 2024-0871
Ebba Lundqvist (MP) föreslår i en motion daterad 2024-10-09 att VA SYD ska bygga solcellsanläggningar
på samtliga reningsverk. Förbundsstyrelsen föreslår 2025-05-21, § 61, att motionen anses besvarad.
Tjänsteskrivelse 2025-03-18.

#Yrkanden
Fredrik Olin (S) yrkar bifall till förbundsstyrelsens förslag.
Ebba Lundqvist (MP) yrkar bifall till motionen.
Mats Ekdahl (L) yrkar att ärendet återremitteras för att möjligheten till samarbete med Kraftringen
Energi AB ska utredas.

#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag. Votering begärs. Ja-röst för att ärendet
avgörs i dag, nej-röst för återremiss. Med 9 ja-röster mot 6 nej-röster beslutar förbundsfullmäktige
att ärendet ska avgöras i dag. 2 ledamöter avstår.
Ordföranden ställer därefter Olins och Lundqvists yrkanden mot varandra och finner att
förbundsfullmäktige bifaller Fredrik Olins yrkande.

#Beslut
Motionen anses besvarad.

#Reservationer
Ebba Lundqvist (MP) reserverar sig till förmån för eget yrkande. Mats Ekdahl (L) och Agneta Fors (KD)
reserverar sig mot beslutet att inte återremittera ärendet.

#Protokollsanteckning
Siri Nordqvist (V) antecknar: "Vänsterpartiet anser att VA SYD på sikt ska bli självförsörjande på el,
och att frågan bör tas upp i nästa energiplan."
Ersättaren Maja Edvall (V) instämmer i anteckningen.
=
#§ 18  Avtal om leverans av dricksvatten 2026–2045 mellan VA SYD och Sydvatten AB
Dnr 2025-0302
Sydvatten AB levererar dricksvatten från Ringsjöverket och Vombverket. Det nuvarande avtalet löper ut
2025-12-31. Länsstyrelsen Skåne har i sin tillsyn 2024-02-14 efterfrågat en långsiktig
reservvattenlösning, som det nya avtalet omfattar. Tjänsteskrivelse 2025-05-07.

#Yrkanden
Anders Rosengren (S) yrkar bifall till förbundsstyrelsens förslag. Oskar Nyman (SD) yrkar avslag.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att förbundsfullmäktige bifaller
Rosengrens yrkande.

#Beslut
Förbundsfullmäktige beslutar
1. att godkänna avtalet om leverans av dricksvatten 2026–2045 mellan VA SYD och Sydvatten AB,
2. att uppdra åt förbundsdirektören att underteckna avtalet.
Paragrafen förklaras omedelbart justerad.

#Särskilt yttrande
Oskar Nyman (SD) lämnar särskilt yttrande: "Ett avtal på tjugo år binder förbundet för hårt.
Vi hade velat se en avstämning efter tio år."

Beslutet skickas till: Sydvatten AB, Länsstyrelsen Skåne
"""

VOTE_COLS = [62, 22, 16, 16, 18]


class MinutesPDF(FPDF):
    head_text = ""

    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(0, 4, self.head_text, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Sida {self.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("F", "", 8)
        self.cell(0, 4, "Justerandes sign ................          Utdragsbestyrkande ................")


def make_pdf(text: str, name: str, title: str, head: str) -> None:
    pdf = MinutesPDF(format="A4")
    pdf.head_text = head
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("VA SYD kansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("|"):
            pdf.set_font("F", "", 9)
            for width, cell in zip(VOTE_COLS, line[1:].split("|"), strict=False):
                pdf.cell(width, 5, cell, border=1)
            pdf.ln(5)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9)
        pdf.multi_cell(0, 4.4, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# ---------------------------------------------------------------------------------------------
# DOCX: Norra Älvsborgs Räddningstjänstförbund, direktionen 2025-10-16, full protocol.
# ---------------------------------------------------------------------------------------------
NARF_HEAD = "Norra Älvsborgs Räddningstjänstförbund\tSammanträdesprotokoll\tDirektionen 2025-10-16"
NARF_TOP = [
    "#Direktionen",
    "Sammanträdesdatum: 2025-10-16",
    "Plats: Brandstationen i Trollhättan, konferensrum Kopparn, kl. 13.00–15.20",
]
NARF_ATT = [
    ("Funktion", "Namn", "Parti", "Kommun", "Anmärkning"),
    ("Ordförande", "Kerstin Alm", "S", "Trollhättans Stad", ""),
    ("Vice ordförande", "Mattias Brandt", "M", "Vänersborgs kommun", ""),
    ("Ledamot", "Lena Ahlgren Berg", "S", "Vänersborgs kommun", ""),
    ("Ledamot", "Joakim Svärd", "SD", "Trollhättans Stad", ""),
    ("Ledamot", "Per-Erik Dahl", "M", "Trollhättans Stad", ""),
    ("Ledamot", "Hanna Wiik", "C", "Lilla Edets kommun", "Justerare"),
    ("Ersättare", "Stig Orrvik", "KD", "Lilla Edets kommun", "Tjg för Julia Fransson (L)"),
    ("Ersättare", "Amir Sadeghi", "S", "Trollhättans Stad", "Ej tjg"),
    ("Ersättare", "Britt Kollberg", "V", "Vänersborgs kommun", "Ej tjg"),
    ("Tjänstemän", "Tomas Hultgren", "", "", "Förbundsdirektör tillika räddningschef"),
    ("", "Emma Qvist", "", "", "Ekonom, § 32"),
    ("", "Linda Sjödahl", "", "", "Förbundssekreterare"),
]
NARF_META = [
    "Justering: Förbundskontoret, Trollhättan, 2025-10-21",
    "Justerade paragrafer: §§ 31–34",
]
# "1." list items use Word numbering (List Number); the number is not in the text.
NARF_BODY = [
    "#§ 31 Handlingsprogram för förebyggande verksamhet och räddningstjänst 2026–2029",
    "Dnr 2025.0087-1",
    "#Ärendet",
    "Enligt 3 kap. 3 och 8 §§ lagen (2003:778) om skydd mot olyckor ska varje kommun ha ett "
    "handlingsprogram för varje mandatperiod. Förslaget har varit på samråd 2025-05-05–2025-06-15, bland "
    "annat med Länsstyrelsen i Västra Götalands län och Myndigheten för samhällsskydd och beredskap. "
    "Tjänsteskrivelse från räddningschefen, 2025-09-22.",
    "#Yrkanden",
    "Kerstin Alm (S) yrkar bifall till förslaget. Joakim Svärd (SD) yrkar återremiss för att insatstiderna "
    "i Lilla Edet ska analyseras på nytt. Mattias Brandt (M) yrkar att målet för insatstid i tätort sätts "
    "till 10 minuter i stället för 12; Per-Erik Dahl (M) instämmer.",
    "#Beslutsgång",
    "Direktionen beslutar först om återremissyrkandet. Votering begärs, och direktionen godkänner att den "
    "som vill avgöra ärendet i dag röstar ja och den som vill återremittera röstar nej.",
    "Ja: Kerstin Alm, Mattias Brandt, Lena Ahlgren Berg, Per-Erik Dahl, Hanna Wiik, Stig Orrvik (6)",
    "Nej: Joakim Svärd (1)",
    "Ärendet ska alltså avgöras i dag.",
    "Därefter ställs Alms yrkande mot Brandts ändringsyrkande. Votering begärs även här. Med 4 röster "
    "(Alm, Ahlgren Berg, Wiik, Orrvik) mot 3 (Brandt, Dahl, Svärd) bifaller direktionen Kerstin Alms "
    "yrkande.",
    "#Beslut",
    "1.Handlingsprogrammet överlämnas till medlemskommunernas fullmäktige för antagande.",
    "1.Direktionen godkänner för egen del riskanalysen, bilaga 2.",
    "#Reservationer",
    "Mattias Brandt och Per-Erik Dahl (båda M) reserverar sig till förmån för Brandts yrkande. "
    "Joakim Svärd (SD) reserverar sig mot att ärendet inte återremitterades.",
    "#Skickas till",
    "Trollhättans Stad, Vänersborgs kommun, Lilla Edets kommun",
    "!",
    "#§ 32 Budget 2026 och medlemsbidrag",
    "Dnr 2025.0102-1",
    "#Ärendet",
    "Förbundschefens förslag innebär att medlemsbidragen räknas upp med 3,1 procent. Fördelningen mellan "
    "kommunerna följer förbundsordningen (Trollhättan 55,9 %, Vänersborg 33,6 %, Lilla Edet 10,5 %). "
    "Direktionen beslutade om budgetramar 2025-04-24, § 14. Tjänsteskrivelse 2025-09-30.",
    "#Yrkanden",
    "Ordföranden Kerstin Alm (S) yrkar bifall till förbundschefens förslag. Mattias Brandt (M) yrkar att "
    "uppräkningen begränsas till 2,0 procent. Joakim Svärd (SD) yrkar att medlemsbidragen lämnas oförändrade.",
    "#Beslutsgång",
    "Först prövas vilket av Brandts och Svärds yrkanden som ska vara motförslag. Kontrapropositionsvotering "
    "begärs: Brandts yrkande får 2 röster och Svärds 1; 4 ledamöter avstår. Brandts yrkande är motförslag.",
    "I huvudvoteringen röstar Alm, Ahlgren Berg, Wiik och Orrvik ja för förbundschefens förslag, medan "
    "Brandt, Dahl och Svärd röstar nej för motförslaget. Resultat: 4 ja, 3 nej. Direktionen har alltså "
    "bifallit förbundschefens förslag.",
    "#Beslut",
    "1.Direktionen föreslår medlemskommunernas fullmäktige att fastställa medlemsbidragen för 2026 enligt "
    "bilaga 1.",
    "1.Direktionen fastställer för egen del budget 2026 under förutsättning att medlemsbidragen fastställs.",
    "1.Paragrafen förklaras omedelbart justerad.",
    "#Reservation",
    "Moderaternas ledamöter reserverar sig. Joakim Svärd (SD) reserverar sig till förmån för eget yrkande.",
    "#Protokollsanteckning",
    "Hanna Wiik (C) lämnar följande anteckning till protokollet: ”Centerpartiet accepterar uppräkningen "
    "för 2026 men förutsätter att deltidsbrandstationen i Lilla Edet finns kvar under hela planperioden.”",
    "#Skickas till",
    "Medlemskommunerna",
    "#§ 33 Avtal om samverkan i räddningsregion med Räddningstjänstförbundet Storgöteborg",
    "Dnr 2025.0115-1",
    "#Ärendet",
    "Förbundet har sedan 2021 ingått i en gemensam ledningsorganisation med Räddningstjänstförbundet "
    "Storgöteborg. Det nya avtalet gäller 2026-01-01–2029-12-31. Tjänsteskrivelse 2025-09-29.",
    "#Beslut",
    "Direktionen beslutar",
    "att godkänna avtalet om samverkan i räddningsregion med Räddningstjänstförbundet Storgöteborg,",
    "att ge förbundsdirektören i uppdrag att underteckna avtalet.",
    "#Ersättaryttrande",
    "Ersättaren Britt Kollberg (V) yttrar: ”Vänsterpartiet välkomnar avtalet. Det är viktigt att "
    "ledningscentralen i Göteborg också bemannas med personal som känner de norra delarna av länet.”",
    "#Skickas till",
    "Räddningstjänstförbundet Storgöteborg",
    "#§ 34 Meddelanden",
    "Dnr 2025.0004-1",
    "Inspektionsmeddelande från Arbetsmiljöverket 2025-09-03 om rökdykning vid station Vänersborg. "
    "Protokollsutdrag från Trollhättans Stad 2025-09-10, § 151, om förbundets delårsrapport.",
    "#Beslut",
    "Meddelandena läggs till handlingarna.",
]
NARF_SIGN = [
    ("Sekreterare", "Linda Sjödahl"),
    ("Ordförande", "Kerstin Alm"),
    ("Justerare", "Hanna Wiik"),
]


def _page_field(paragraph, instr: str, cached: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instr} "
    run._r.append(code)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(cached)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Förbundskontoret"
    cp.title = "Protokoll direktionen 2025-10-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Förbundskontoret"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    head = d.sections[0].header.paragraphs[0]
    head.text = NARF_HEAD + "\tSida "
    _page_field(head, "PAGE", "1")
    head.add_run(" (")
    _page_field(head, "NUMPAGES", "3")
    head.add_run(")")
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in NARF_TOP:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    table = d.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for row in NARF_ATT:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
    for line in NARF_META:
        d.add_paragraph(line)
    sign = d.add_table(rows=2, cols=3)
    for i, (label, name) in enumerate(NARF_SIGN):
        sign.cell(0, i).text = label
        sign.cell(1, i).text = "........................................\n" + name
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in NARF_BODY:
        if line == "!":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("1."):
            d.add_paragraph(line[2:], style="List Number")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "narf-direktionen-2025-10-16-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(
        VASYD,
        "vasyd-ff-2025-06-12-protokoll.pdf",
        "Protokoll förbundsfullmäktige 2025-06-12",
        "VA SYD  –  Förbundsfullmäktige  –  Protokoll 2025-06-12",
    )
    make_docx()


if __name__ == "__main__":
    main()
