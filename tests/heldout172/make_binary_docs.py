# ruff: noqa: E501
"""Generate the binary documents of tests/heldout172/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout172/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 6, 19, 10, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 10, 31, 14, 30, 0)

# PDF mini-markup: "#" bold line, "=" page break, ">" indented line, "|a|b|c|" table row.
TANUM = """\
#Tanums kommun
#Kommunfullmäktige – PROTOKOLLSUTDRAG
Sammanträdesdag: måndag 16 juni 2025, kl. 13.00–18.45
Plats: Tanums kommunhus, Tanumshede, fullmäktigesalen
Närvarande: se närvaro- och voteringslista, bilaga 1 (41 ledamöter, varav 5 tjänstgörande ersättare)
Ordförande: Gert Lövgren (C)
Vice ordförande: Annelie Kropp (S)
Sekreterare: Jessica Dahl, nämndsekreterare
Justerare: Oskar Fält (L) och Hanna Widén (V)
Justerat digitalt 2025-06-19. Anslag 2025-06-19 – 2025-07-11.
=
#Kf § 87   Budget 2026 och verksamhetsplan med ekonomisk plan 2027–2028
>Dnr KS 2025/0321
#Sammanfattning
Kommunstyrelsen föreslår 2025-05-27, § 109, att fullmäktige fastställer budget 2026 och ekonomisk plan
2027–2028. Förslaget lades fram av styrande partier (M, C, L och KD). Sverigedemokraterna och
Socialdemokraterna har i kommunstyrelsen lämnat egna budgetförslag; Vänsterpartiet och Miljöpartiet
har ställt sig bakom det socialdemokratiska förslaget. Ekonomiavdelningens tjänsteskrivelse är daterad
2025-05-09. Budgeten ska enligt 11 kap. 10 § kommunallagen (2017:725) fastställas före juni månads
utgång när nya val inte förrättas. Skatteunderlaget bygger på Sveriges Kommuner och Regioners
(SKR) cirkulär 25:21. Borgen för Tanums
Bostäder AB och Tanums Hamnar AB ingår i förslaget.
#Yrkanden
Liselott Fröjd (M), Gert Lövgren (C), Oskar Fält (L) och Bengt Aronsson (KD): bifall till
kommunstyrelsens förslag.
Tomas Lyck (SD) m.fl.: bifall till Sverigedemokraternas budgetförslag med ändringar enligt bilaga 2.
Annelie Kropp (S): bifall till Socialdemokraternas budgetförslag i punkterna 1–9.
Hanna Widén (V) och Mats Brunn (MP): bifall till Annelie Kropps yrkande.
#Propositionsordning
Huvudförslag är kommunstyrelsens förslag. Ordföranden ställer Socialdemokraternas förslag mot
Sverigedemokraternas förslag för att utse motförslag och finner att Socialdemokraternas förslag
utses till motförslag. Ingen votering begärs.
Därefter ställs huvudförslaget mot motförslaget. Ordföranden finner huvudförslaget bifallet. Votering
begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller Socialdemokraternas
förslag röstar nej.
#Omröstningsresultat
|Votering|Ja|Nej|Avstår|Frånvarande|
|Huvudvotering|23|9|8|1|
Kommunfullmäktige har beslutat i enlighet med kommunstyrelsens förslag.
#Beslut
Kommunfullmäktige beslutar att
1. fastställa skattesatsen för 2026 till 22,08 kronor per skattekrona,
2. fastställa budget 2026 och ekonomisk plan 2027–2028,
3. fastställa driftramar per nämnd enligt bilaga 3,
4. fastställa investeringsbudget 2026 om 168 mnkr och investeringsplan 2027–2030,
5. bemyndiga kommunstyrelsen att under 2026 uppta nya lån om högst 120 mnkr,
6. fastställa borgensramen för Tanums Bostäder AB till 650 mnkr,
7. fastställa borgensramen för Tanums Hamnar AB till 90 mnkr,
8. anta de finansiella målen och verksamhetsmålen för 2026,
9. uppdra åt kommunstyrelsen att återkomma med en reviderad lokalresursplan senast 2025-12-31.
#Reservationer
Samtliga ledamöter för S, V och MP reserverar sig mot beslutet.
Tomas Lyck (SD) m.fl. reserverar sig till förmån för Sverigedemokraternas budgetförslag.
#Särskilt yttrande
Bengt Aronsson (KD) och Oskar Fält (L) lämnar ett gemensamt särskilt yttrande om att
äldreomsorgens ram ska prövas igen i samband med delårsrapporten per 2026-08-31.
>Beslutet skickas till: samtliga nämnder, Tanums Bostäder AB, Tanums Hamnar AB, revisorerna
#Kf § 88   Taxa för prövning och tillsyn inom miljöbalkens område 2026
>Dnr KS 2025/0288
Miljö- och byggnämnden föreslår 2025-04-23, § 61, en ny timavgift om 1 420 kronor och en
riskbaserad tillsynsavgift enligt underlag från Sveriges Kommuner och
Regioner. Taxan meddelas med stöd av 27 kap. 1 § miljöbalken
(1998:808). Tjänsteskrivelse från miljö- och byggförvaltningen 2025-04-02.
#Yrkanden
Liselott Fröjd (M) yrkar bifall till miljö- och byggnämndens förslag.
#Beslut
Kommunfullmäktige antar taxa för prövning och tillsyn inom miljöbalkens område att gälla från 2026-01-01.
>Beslutet skickas till: Miljö- och byggnämnden, Länsstyrelsen i Västra Götalands län
Rätt utdraget betygar: Jessica Dahl, 2025-06-19
"""

SV_HEAD = [
    "#SVENLJUNGA KOMMUN",
    "#Kommunstyrelsen – Sammanträdesprotokoll",
    "Datum: tisdagen den 28 oktober 2025, kl. 08.30–15.10",
    "Plats: Kommunhuset, Svenljunga, sammanträdesrum Kärran",
    "#Närvarolista",
]

SV_TABLE = [
    ("Funktion", "Namn", "Parti", "Anmärkning"),
    ("Ordförande", "Johan Sandberg", "M", ""),
    ("1:e vice ordförande", "Eva-Lena Strand", "C", ""),
    ("2:e vice ordförande", "Mikael Ohlsson", "S", ""),
    ("Ledamot", "Karin Fält", "KD", ""),
    ("Ledamot", "Olle Norén", "M", ""),
    ("Ledamot", "Jenny Haraldsson", "S", ""),
    ("Ledamot", "Fatima Korkmaz", "S", ""),
    ("Ledamot", "Birgitta Rask", "V", ""),
    ("Ledamot", "Anders Brink", "SD", ""),
    ("Ledamot", "Sven Åhlund", "SD", ""),
    ("Tjänstgörande ersättare", "Henrik Malm", "L", "ersätter Nils Kvist (L)"),
    ("Ej tjänstgörande ersättare", "Lotta Gran", "MP", ""),
    ("Ej tjänstgörande ersättare", "Tomas Ek", "C", "från kl. 10.15"),
]

SV_BODY = [
    "Övriga deltagare: Maria Lönn, kommunchef; Kristoffer Udd, ekonomichef, §§ 160–162; Ann-Sofie Berg, kommunsekreterare.",
    "Justerare: Karin Fält (KD) och Mikael Ohlsson (S). Justeringen sker digitalt 2025-10-31.",
    "Paragrafer: 160–163",
    "Underskrifter: Ann-Sofie Berg, sekreterare · Johan Sandberg, ordförande · Karin Fält, justerare · Mikael Ohlsson, justerare",
    "#Bevis om anslag",
    "Protokollet har justerats och anslagits på kommunens webbplats 2025-11-03. Anslaget tas ned 2025-11-25. Protokollet förvaras på kommunkansliet, Svenljunga.",
    "@PAGE",
    "#§ 160   Mål och budget 2026 med flerårsplan 2027–2028",
    "Diarienummer KS 2025/148",
    "#Bakgrund",
    "Kommunstyrelsens arbetsutskott beslutade 2025-10-14, § 122, att lägga fram Samverkans förslag (M, C, KD och L) till Mål och budget 2026. "
    "Ekonomiavdelningens tjänsteskrivelse är daterad 2025-10-06. Förslaget bygger på oförändrad skattesats, Sveriges Kommuner och Regioners prognos från 2025-10-02 och "
    "ägardirektiven till Svenljunga Bostäder AB och Svenljunga Energi AB. Kommunfullmäktige ska besluta om budgeten 2025-11-24.",
    "#Yrkanden",
    "Johan Sandberg (M) yrkar, med instämmande av Eva-Lena Strand (C), Karin Fält (KD) och Henrik Malm (L), bifall till arbetsutskottets förslag.",
    "Mikael Ohlsson (S) yrkar bifall till Socialdemokraternas budgetförslag: 1. att äldreomsorgens ram höjs med 6 mnkr, 2. att ramen för fritidsgårdar höjs med 1,5 mnkr, 3. att finansiering sker genom minskad ram för kommunstyrelsen.",
    "Birgitta Rask (V) yrkar bifall till Vänsterpartiets budgetförslag.",
    "Anders Brink (SD) yrkar bifall till Sverigedemokraternas budgetförslag. Sven Åhlund (SD) instämmer.",
    "#Beslutsgång",
    "Ordföranden redovisar följande propositionsordning, som kommunstyrelsen godkänner: arbetsutskottets förslag är huvudförslag. Motförslag utses i två kontrapropositionsvoteringar.",
    "Kontrapropositionsvotering 1: Socialdemokraternas förslag (ja) mot Vänsterpartiets förslag (nej). Utfall: 3 ja, 1 nej, 7 avstår.",
    "Kontrapropositionsvotering 2: Socialdemokraternas förslag (ja) mot Sverigedemokraternas förslag (nej). Utfall: 4 ja, 2 nej, 5 avstår. Socialdemokraternas förslag är därmed motförslag.",
    "Huvudvotering: arbetsutskottets förslag (ja) mot Socialdemokraternas förslag (nej). Omröstningen redovisas i tabellen nedan.",
    "@VOTE",
    "Med 5 ja-röster mot 4 nej-röster, 2 avstår, har kommunstyrelsen beslutat enligt arbetsutskottets förslag.",
    "#Beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige besluta",
    "(a) att fastställa Mål och budget 2026 med flerårsplan 2027–2028,",
    "(b) att fastställa resultatbudget, balansbudget och kassaflödesbudget enligt bilaga 1,",
    "(c) att fastställa driftbudgetramar per nämnd enligt bilaga 2,",
    "(d) att fastställa investeringsbudget 2026 enligt § 162,",
    "(e) att fastställa borgensramen för Svenljunga Bostäder AB till 480 mnkr,",
    "(f) att fastställa borgensramen för Svenljunga Energi AB till 85 mnkr,",
    "(g) att anta finansiella mål för 2026–2028,",
    "(h) att arvoden till förtroendevalda räknas upp med 2,8 procent,",
    "(i) att nämnderna ska redovisa åtgärder vid befarat underskott i tertialrapporten,",
    "(j) att avsätta 4 mnkr till en central löneutvecklingspott,",
    "(k) att kommunstyrelsen får omfördela medel mellan nämnder vid organisationsförändringar.",
    "Kommunstyrelsen beslutar för egen del",
    "(l) att uppdra åt kommunchefen att ta fram internbudget för kommunstyrelsen senast 2025-12-15.",
    "#Reservationer",
    "Samtliga ledamöter för S reserverar sig till förmån för Socialdemokraternas budgetförslag. Birgitta Rask (V) reserverar sig till förmån för Vänsterpartiets budgetförslag. Sverigedemokraternas ledamöter lämnar en skriftlig reservation, bilaga 3.",
    "#Ersättaryttrande",
    "Lotta Gran (MP) anför att klimatinvesteringarna borde ha fått en egen ram.",
    "Beslutet skickas till: Kommunfullmäktige",
    "#Bilaga 3 – Reservation (SD), § 160",
    "Vi reserverar oss mot beslutet. Sverigedemokraternas förslag hade prioriterat trygghet och skola utan att höja avgifterna.",
    "Anders Brink (SD)    Sven Åhlund (SD)",
    "@PAGE",
    "#§ 161   Skattesats för 2026",
    "Diarienummer KS 2025/149",
    "Arbetsutskottet föreslår 2025-10-14, § 123, oförändrad skattesats. Tjänsteskrivelse 2025-10-06.",
    "#Yrkanden",
    "Eva-Lena Strand (C) yrkar bifall till arbetsutskottets förslag; Mikael Ohlsson (S) instämmer. Birgitta Rask (V) yrkar att skattesatsen höjs med 25 öre till 22,06 kronor.",
    "Ordföranden ställer yrkandena mot varandra och finner att kommunstyrelsen bifaller Eva-Lena Strands yrkande.",
    "#Beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen för 2026 till oförändrade 21,81 kronor per skattekrona.",
    "Reservation: Birgitta Rask (V).",
    "#§ 162   Investeringsbudget 2026 och investeringsplan 2027–2030",
    "Diarienummer KS 2025/150",
    "Ekonomiavdelningen har i tjänsteskrivelse 2025-10-07 sammanställt nämndernas investeringsbehov om totalt 97,5 mnkr för 2026, varav 31 mnkr avser Mårdaklevs skola. Trafikverket och Västtrafik AB medfinansierar pendelparkeringen i Svenljunga centrum.",
    "#Yrkanden",
    "Johan Sandberg (M) yrkar bifall till förvaltningens förslag. Anders Brink (SD) yrkar som tillägg att gatubelysningen i Holsljunga prioriteras. Ordföranden finner att tilläggsyrkandet avslås.",
    "#Beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige besluta",
    "1. att fastställa investeringsbudget 2026 om 97,5 mnkr,",
    "2. att godkänna investeringsplan 2027–2030 som inriktning,",
    "3. att investeringar över 5 mnkr ska startbeslutas av kommunstyrelsen.",
    "#Protokollsanteckning",
    "Socialdemokraterna, genom Jenny Haraldsson, antecknar att projektet i Mårdaklev bör följas upp varje kvartal.",
    "#§ 163   Avtal om samverkan kring löneadministration med Tranemo kommun",
    "Diarienummer KS 2025/131",
    "Svenljunga kommun och Tranemo kommun har sedan 2019 gemensam lönehantering. Avtalet löper ut 2025-12-31. Ett nytt samverkansavtal föreslås gälla 2026–2029. Tjänsteskrivelse från kommunkansliet 2025-09-29.",
    "#Beslut",
    "Kommunstyrelsen godkänner samverkansavtalet mellan Svenljunga kommun och Tranemo kommun om löneadministration.",
    "Paragrafen förklaras omedelbart justerad.",
    "Beslutet skickas till: Tranemo kommun, HR-avdelningen",
]

SV_VOTE = [
    ("Ledamot", "Parti", "Ja", "Nej", "Avstår"),
    ("Johan Sandberg", "M", "X", "", ""),
    ("Eva-Lena Strand", "C", "X", "", ""),
    ("Mikael Ohlsson", "S", "", "X", ""),
    ("Karin Fält", "KD", "X", "", ""),
    ("Olle Norén", "M", "X", "", ""),
    ("Jenny Haraldsson", "S", "", "X", ""),
    ("Fatima Korkmaz", "S", "", "X", ""),
    ("Birgitta Rask", "V", "", "X", ""),
    ("Anders Brink", "SD", "", "", "X"),
    ("Sven Åhlund", "SD", "", "", "X"),
    ("Henrik Malm", "L", "X", "", ""),
    ("Summa", "", "5", "4", "2"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag kommunfullmäktige 2025-06-16")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall KF")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"TANUMS KOMMUN  |  Kommunfullmäktige 2025-06-16  |  {pdf.page_no()}/{{nb}}",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Ordf. sign ______   Just. sign ______   Utdragsbestyrkande ______",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in TANUM.splitlines():
        if line == "=":
            footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("|"):
            pdf.set_font("F", "", 10)
            for cell in line.strip("|").split("|"):
                pdf.cell(32, 6, cell, border=1)
            pdf.ln(6)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 5.5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 10)
        if line.startswith(">"):
            pdf.set_x(pdf.l_margin + 8)
            line = line[1:]
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    footer()
    pdf.output(str(DOCS / "tanum-kf-2025-06-16-protokollsutdrag.pdf"))


def add_table(d: docx.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value
            if value and i == 0:
                cell.paragraphs[0].runs[0].bold = True


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-10-28"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Svenljunga kommun · Kommunstyrelsen · Protokoll 2025-10-28"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ______ ______   Utdragsbestyrkande ______"

    for line in SV_HEAD:
        d.add_paragraph().add_run(line[1:]).bold = True
    add_table(d, SV_TABLE)
    for line in SV_BODY:
        if line == "@PAGE":
            d.add_page_break()
        elif line == "@VOTE":
            add_table(d, SV_VOTE)
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 31, 14, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "svenljunga-ks-2025-10-28-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
