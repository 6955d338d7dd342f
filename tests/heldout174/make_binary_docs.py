# ruff: noqa: E501
"""Generate the binary documents of tests/heldout174/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout174/make_binary_docs.py

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
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 11, 19, 14, 5, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 24, 8, 30, 0)

# PDF mini-markup: "#" bold line, "=" page break, ">" indented line, "|a|b" two-column row.
HALLEFORS = """\
#HÄLLEFORS KOMMUN
#Socialnämnden
#SAMMANTRÄDESPROTOKOLL
|Sammanträdesdatum|2025-11-12
|Plats och tid|Kommunhuset, Sessionssalen, Hällefors, kl. 09.00–12.20
|Protokollet omfattar|§§ 73–76

#Ledamöter
>Ulla Berglöf (S), ordförande
>Per Lönn (M), vice ordförande
>Maj-Britt Nordqvist (S)
>Tommy Åkerlind (S)
>Lars Kärrman (SD)
>Fatima Osmani (V)
>Göran Ekelöw (C)
>Mattias Lilja (M)
#Tjänstgörande ersättare
>Anneli Strand (S) för Roger Malm (S)
#Ersättare
>Rebecka Stål (V), Håkan Persson (S)
#Övriga närvarande
>Helena Frisk, socialchef
>Amir Hadzic, enhetschef försörjningsstöd, § 74
>Linda Jaktlund, nämndsekreterare

|Justerare|Fatima Osmani (V)
|Justering|Socialkontoret, Hällefors, 2025-11-17
|Sekreterare|....................................  Linda Jaktlund
|Ordförande|....................................  Ulla Berglöf
|Justerare|....................................  Fatima Osmani

#Innehållsförteckning
|§ 73  Information från socialchefen ........................................|sid 2
|§ 74  Riktlinjer ekonomiskt bistånd 2026 ...................................|sid 2
|§ 75  Remissvar SIP-riktlinje, Region Örebro län ........................|sid 3
|§ 76  Avtal om nattpatrull med Ljusnarsbergs kommun ....................|sid 4
=
#§ 73   Information från socialchefen
Dnr SN 2025/3
Socialchef Helena Frisk informerar om arbetet med den nya socialtjänstlagen, som träder
i kraft 2025-07-01, om rekryteringsläget inom hemtjänsten och om
Inspektionen för vård och omsorgs tillsyn av Hemgården 2025-10-21.
#Beslut
Socialnämnden noterar informationen.

#§ 74   Riktlinjer för handläggning av ekonomiskt bistånd 2026
Dnr SN 2025/118
#Ärendebeskrivning
Nuvarande riktlinjer antogs av nämnden 2022-12-07, § 102. Förvaltningen föreslår i
tjänsteskrivelse 2025-10-28 reviderade riktlinjer utifrån Socialstyrelsens allmänna råd
(SOSFS 2013:1) och 4 kap. 1 § socialtjänstlagen (2001:453). Ändringarna gäller bland annat
samordning med Försäkringskassan och Arbetsförmedlingen.
#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Lars Kärrman (SD) yrkar att ärendet återremitteras för en konsekvensanalys.
#Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det
ska avgöras i dag. Votering begärs och verkställs. Ja – avgörs i dag, Nej – återremiss.
Resultat: 7 ja, 2 nej, 0 avstår. Ärendet ska alltså avgöras i dag.
Därefter finner ordföranden att nämnden bifaller förvaltningens förslag.
#Beslut
Socialnämnden beslutar
att anta riktlinjer för handläggning av ekonomiskt bistånd 2026, samt
att riktlinjerna gäller från och med 2026-01-01.
#Reservation
Lars Kärrman (SD) reserverar sig till förmån för återremissyrkandet.
=
#§ 75   Svar på remiss – Region Örebro läns förslag till länsgemensam riktlinje för samordnad individuell plan (SIP)
Dnr SN 2025/131, Region Örebro läns dnr 25RS4471
#Ärendebeskrivning
Region Örebro län har 2025-09-30 skickat förslaget till länsgemensam riktlinje för samordnad
individuell plan på remiss till länets kommuner. Svar ska lämnas senast 2025-11-28. Förvaltningen
har i tjänsteskrivelse 2025-10-30 föreslagit att nämnden ställer sig bakom riktlinjen.
#Beslut
1. Socialnämnden ställer sig bakom förslaget och lämnar förvaltningens tjänsteskrivelse som
svar till Region Örebro län.
2. Paragrafen justeras omedelbart.
#Ersättaryttrande
Rebecka Stål (V), ersättare, anför att barnets perspektiv måste synas tydligare i riktlinjen.
#Protokollsanteckning
Sverigedemokraterna genom Lars Kärrman antecknar att remisstiden varit för kort.
=
#§ 76   Avtal med Ljusnarsbergs kommun om gemensam nattpatrull i hemtjänsten
Dnr SN 2025/97
#Ärendebeskrivning
Hällefors kommun och Ljusnarsbergs kommun föreslås organisera nattpatrullen i hemtjänsten
gemensamt från 2026-02-01, med Hällefors kommun som huvudman. Avtalet tecknas för två år och
grundar sig på 9 kap. 37 § kommunallagen (2017:725). Kostnaderna fördelas efter antal
nattbesök. Kommunfullmäktiges budgetbeslut 2025-06-16, § 62, förutsätter samverkan.
Tjänsteskrivelse 2025-10-24.
#Yrkanden
Tommy Åkerlind (S) yrkar bifall till förvaltningens förslag. Per Lönn (M) yrkar avslag.
#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden beslutat enligt Åkerlinds
yrkande.
#Beslut
Socialnämnden godkänner avtalet med Ljusnarsbergs kommun om gemensam nattpatrull i hemtjänsten.
#Reservation
Per Lönn (M) m.fl. reserverar sig mot beslutet.
#Beslutet skickas till
Ljusnarsbergs kommun, Kommunstyrelsen, hemtjänsten
"""


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll socialnämnden 2025-11-12")
    pdf.set_author("Socialkontoret")
    pdf.set_creator("Hällefors protokollsmall 2023")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("F", "", 8)
        pdf.cell(0, 4.5, f"HÄLLEFORS KOMMUN   Socialnämnden   Sammanträdesprotokoll 2025-11-12   {pdf.page_no()} ({{nb}})",
                 new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def footer() -> None:
        pdf.ln(2)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 4.5, "Justerandes sign ________        Utdragsbestyrkande ________",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in HALLEFORS.splitlines():
        if line == "=":
            footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            pdf.multi_cell(0, 5, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 9.5)
        if line.startswith("|"):
            _, a, b = line.split("|")
            pdf.cell(50 if not a.startswith("§") else 150, 5, a)
            pdf.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith(">"):
            pdf.set_x(pdf.l_margin + 8)
            line = line[1:]
        pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    footer()
    pdf.output(str(DOCS / "hallefors-sn-2025-11-12-protokoll.pdf"))


NORBERG_META = [
    ("Organ", "Barn- och utbildningsnämnden"),
    ("Sammanträdesdatum", "@DATE"),
    ("Plats och tid", "Kommunhuset, Norberg, sammanträdesrum Kärrgruvan, kl. 17.30–20.05"),
    ("Paragrafer", "61–63"),
]

NORBERG_ATTENDANCE = [
    ("Namn", "Parti", "Funktion"),
    ("Marie Söderholm", "S", "O"),
    ("Johan Sved", "M", "V"),
    ("Eva Lund", "S", "L"),
    ("Ulf Karlsson", "S", "L"),
    ("Kristina Berglund", "M", "L"),
    ("Lisa Hellström", "V", "L"),
    ("Peter Ahonen", "SD", "L"),
    ("Sara Gunnarsson", "C", "L"),
    ("Anna Pettersson", "S", "TjE för Hans Nyberg (S)"),
    ("Ahmed Nur", "V", "E"),
    ("Ingela Wärn", "M", "E"),
]

NORBERG_BODY = [
    "Förkortningar i närvarolistan: O = ordförande, V = vice ordförande, L = ledamot, TjE = tjänstgörande ersättare, E = ersättare (ej tjänstgörande).",
    "Övriga närvarande: Camilla Bergström, skolchef; Niklas Öst, rektor Centralskolan, § 61; Malin Ridderstad, nämndsekreterare.",
    "Justerare: Lisa Hellström (V)",
    "Justeringens plats och tid: Kommunhuset, Norberg, 2024-09-23",
    "Sekretessklass: @PLACEHOLDER",
    "Underskrifter",
    "Sekreterare ……………………………… Malin Ridderstad",
    "Ordförande ……………………………… Marie Söderholm",
    "Justerare ……………………………… Lisa Hellström",
    "Anslag: Protokollet har justerats och anslagits på kommunens anslagstavla 2024-09-24. Anslaget tas ned 2024-10-16. Förvaringsplats: Kommunhuset, Norberg.",
    "@BREAK",
    "#§ 61 Uppföljning av systematiskt kvalitetsarbete i förskolan 2023/2024",
    "Dnr BUN 2024/52",
    "Handläggare: @H:Camilla Bergström",
    "#Ärendebeskrivning",
    "Förvaltningen redovisar resultatet av det systematiska kvalitetsarbetet i förskolan läsåret 2023/2024 enligt 4 kap. 3 § skollagen (2010:800). Redovisningen utgår från Skolverkets allmänna råd och från nämndens beslut 2023-10-10, § 77, om prioriterade mål. Tjänsteskrivelse daterad 2024-08-28.",
    "#Beslut",
    "Barn- och utbildningsnämnden godkänner redovisningen.",
    "Beslutet skickas till: Rektorer i förskolan",
    "#§ 62 Avtal mellan Norbergs kommun och Fagersta kommun om platser i särskild undervisningsgrupp",
    "Dnr BUN 2024/71",
    "Handläggare: @H:Camilla Bergström",
    "#Ärendebeskrivning",
    "Norbergs kommun har inte någon egen särskild undervisningsgrupp för årskurs 7–9. Förvaltningen föreslår att kommunen köper upp till fyra platser av Fagersta kommun under läsåren 2024/2025 och 2025/2026, till en kostnad av 410 000 kronor per plats och läsår. Specialpedagogiska skolmyndigheten har bistått i kartläggningen. Tjänsteskrivelse 2024-09-02.",
    "#Yrkanden",
    "Eva Lund (S) yrkar bifall till förvaltningens förslag. Johan Sved (M) yrkar avslag.",
    "#Omröstning",
    "Omröstning begärs. Ja-röst för Lunds yrkande, nej-röst för Sveds yrkande. Med 6 ja-röster (Söderholm, Lund, Karlsson, Hellström, Gunnarsson, Pettersson) mot 3 nej-röster (Sved, Berglund, Ahonen) bifaller nämnden Lunds yrkande.",
    "#Beslut",
    "• Barn- och utbildningsnämnden godkänner avtalet med Fagersta kommun.",
    "• Skolchefen får i uppdrag att underteckna avtalet.",
    "#Reservation",
    "Johan Sved och Kristina Berglund (båda M) reserverar sig till förmån för Sveds yrkande.",
    "Beslutet skickas till: Fagersta kommun, Kommunstyrelsen",
    "#§ 63 Remissyttrande – Biblioteksplan för Norbergs kommun 2025–2028",
    "Dnr BUN 2024/66, KS 2024/211",
    "Handläggare: @H:Camilla Bergström",
    "#Ärendebeskrivning",
    "Kommunstyrelsen har skickat förslaget till biblioteksplan 2025–2028 på remiss till barn- och utbildningsnämnden. Planen ska enligt 17 § bibliotekslagen (2013:801) antas av kommunfullmäktige. Regionbiblioteket inom Region Västmanland har bidragit med statistik. Yttrandet ska lämnas senast 2024-10-04. Förvaltningens tjänsteskrivelse är daterad 2024-09-05.",
    "#Beslut",
    "1. Barn- och utbildningsnämnden lämnar förvaltningens tjänsteskrivelse som sitt yttrande till kommunstyrelsen.",
    "2. Paragrafen förklaras omedelbart justerad.",
    "#Särskilt yttrande",
    "Kristina Berglund (M) och Johan Sved (M) lämnar ett särskilt yttrande om att skolbiblioteken ska bemannas med utbildade bibliotekarier.",
    "Beslutet skickas till: Kommunstyrelsen",
]

W_NS = nsdecls("w")


def sdt_run(text: str, alias: str, sdt_id: int, *, date: str | None = None, placeholder: bool = False) -> object:
    extra = ""
    if date:
        extra = f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/><w:calendar w:val="gregorian"/></w:date>'
    if placeholder:
        extra += "<w:showingPlcHdr/>"
        run = f'<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    else:
        run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
        f'<w:id w:val="{sdt_id}"/>{extra}</w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>'
    )


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2024-09-17"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Barn- och utbildningsförvaltningen"
    cp.revision = 1
    cp.keywords = "Norbergs kommun mall protokoll 2022"
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "NORBERGS KOMMUN        Barn- och utbildningsnämnden        SAMMANTRÄDESPROTOKOLL        Sammanträdesdatum 2024-09-17"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ______        Utdragsbestyrkande ______        Mall: Protokoll nämnd (Norberg 2022)"
    sdt_id = 3100

    def next_id() -> int:
        nonlocal sdt_id
        sdt_id += 1
        return sdt_id

    title = d.add_paragraph()
    title.add_run("SAMMANTRÄDESPROTOKOLL").bold = True
    meta = d.add_table(rows=0, cols=2)
    for label, value in NORBERG_META:
        cells = meta.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        if value == "@DATE":
            cells[1].paragraphs[0]._p.append(sdt_run("2024-09-17", "Sammanträdesdatum", next_id(), date="2024-09-17"))
        else:
            cells[1].text = value
    d.add_paragraph("Närvarande").runs[0].bold = True
    att = d.add_table(rows=0, cols=3)
    for i, row in enumerate(NORBERG_ATTENDANCE):
        cells = att.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True

    for line in NORBERG_BODY:
        if line == "@BREAK":
            d.add_page_break()
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif "@H:" in line:
            label, name = line.split("@H:")
            p = d.add_paragraph(label)
            p._p.append(sdt_run(name, "Handläggare", next_id()))
        elif "@PLACEHOLDER" in line:
            p = d.add_paragraph(line.replace("@PLACEHOLDER", ""))
            p._p.append(sdt_run("Klicka eller tryck här för att ange text.", "Sekretess", next_id(), placeholder=True))
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 24, 8, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "norberg-bun-2024-09-17-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
