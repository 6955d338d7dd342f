"""Generate the binary documents of tests/heldout27/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout27/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout27/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 6, 25, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 24, 14, 0, 0)
ZIP_TIME = (2024, 5, 24, 14, 0, 0)

# ---------------------------------------------------------------------------------------------
# DOCX: Region Västernorrland, regionstyrelsen 2024-05-21, full protocol (§§ 87-90).
# Attendance sections are single paragraphs whose lines are separated by soft line breaks
# (Shift+Enter) and TABs; § headings are Heading 2 "§ 88<TAB>Title".
# ---------------------------------------------------------------------------------------------

ATTENDANCE: list[tuple[str, list[str]]] = [
    ("Beslutande ledamöter", [
        "Glenn Sjödin (S), ordförande",
        "Mikael Ståhl (M), förste vice ordförande",
        "Kerstin Öberg (C), andre vice ordförande",
        "Annika Berglund (S)",
        "Jörgen Håkansson (S)",
        "Sofia Nordin (S)",
        "Lennart Edlund (S)",
        "Ida Westin (M)",
        "Patrik Hedman (SD)",
        "Camilla Lund (SD)",
        "Roger Sjölund (V)",
        "Malin Forsgren (KD)",
        "Tomas Ersson (L)",
    ]),
    ("Tjänstgörande ersättare", [
        "Eva Lindmark (S) i stället för Per Höglund (S)",
        "Anders Nyhlén (SD) i stället för Sara Bäckström (SD)",
    ]),
    ("Ersättare", [
        "Hanna Ek (MP)",
        "Bertil Strömberg (C)",
    ]),
    ("Övriga närvarande", [
        "Lars Hallberg, regiondirektör",
        "Cecilia Norén, kanslichef",
        "Johan Vikberg, hälso- och sjukvårdsdirektör, § 88",
        "Elin Dahlberg, nämndsekreterare",
    ]),
]

# (kind, text): h1 = Heading 1, h2 = Heading 2, h3 = Heading 3, p = paragraph,
# num = List Number (Word numbering, numbers not in the text), small = small italic line.
DOCX_BODY: list[tuple[str, str]] = [
    ("h2", "§ 87\tGodkännande av dagordning"),
    ("p", "Regionstyrelsens beslut"),
    ("p", "Dagordningen godkänns med den ändringen att ärende 6 behandlas före ärende 4."),
    ("h2", "§ 88\tÖverenskommelse om samverkan kring hälso- och sjukvård mellan Region Västernorrland "
           "och länets kommuner"),
    ("small", "Diarienummer 24RS0871"),
    ("h3", "Regionstyrelsens förslag till regionfullmäktige"),
    ("num", "Överenskommelse om samverkan kring hälso- och sjukvård mellan Region Västernorrland och "
            "länets kommuner godkänns att gälla från och med 2025-01-01."),
    ("num", "Regiondirektören får i uppdrag att teckna överenskommelsen med respektive kommun."),
    ("h3", "Regionstyrelsens beslut för egen del"),
    ("num", "Paragrafen förklaras omedelbart justerad."),
    ("h3", "Sammanfattning av ärendet"),
    ("p", "Enligt 14 kap. 1 § hälso- och sjukvårdslagen (2017:30) ska regionen och kommunerna ingå "
          "överenskommelser om samarbetet kring personer med psykisk funktionsnedsättning. Region "
          "Västernorrland och Härnösands, Kramfors, Sollefteå, Sundsvalls, Timrå, Ånge och "
          "Örnsköldsviks kommuner har sedan 2019 samverkat enligt en gemensam överenskommelse som "
          "löper ut 2024-12-31. Den nya överenskommelsen omfattar även hemsjukvård, läkarmedverkan i "
          "särskilda boenden och samordnad individuell planering enligt lagen (2017:612) om samverkan "
          "vid utskrivning från sluten hälso- och sjukvård."),
    ("p", "Kommunförbundet Västernorrlands styrelse ställde sig bakom förslaget 2024-04-19 och "
          "rekommenderar kommunerna att godkänna det. Överenskommelsen föreslås gälla 2025-01-01–"
          "2028-12-31. Kommunernas fullmäktige väntas fatta beslut under hösten 2024."),
    ("h3", "Beslutsunderlag"),
    ("p", "Regionledningsförvaltningens tjänsteskrivelse 2024-04-30"),
    ("p", "Förslag till överenskommelse, version 2024-04-22"),
    ("p", "Regionstyrelsens arbetsutskott 2024-05-07, § 61"),
    ("h3", "Yrkanden"),
    ("p", "Glenn Sjödin (S) yrkar bifall till arbetsutskottets förslag. Kerstin Öberg (C) och Tomas "
          "Ersson (L) instämmer."),
    ("p", "Patrik Hedman (SD) yrkar att ärendet återremitteras för att kostnadsfördelningen för "
          "läkarmedverkan ska utredas ytterligare."),
    ("h3", "Beslutsgång"),
    ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras "
          "och finner att det ska avgöras i dag. Votering begärs och ska genomföras. Den som vill att "
          "ärendet ska avgöras i dag röstar ja, den som vill att det ska återremitteras röstar nej."),
    ("p", "Omröstningsresultat per partigrupp:"),
    ("table", "vote"),
    ("p", "Regionstyrelsen har alltså beslutat att ärendet ska avgöras i dag. Ordföranden ställer "
          "därefter proposition på arbetsutskottets förslag och finner att regionstyrelsen bifaller det."),
    ("h3", "Reservation"),
    ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet att inte återremittera ärendet."),
    ("h3", "Protokollsanteckning"),
    ("p", "Malin Forsgren (KD) antecknar till protokollet att Kristdemokraterna förutsätter att "
          "överenskommelsen följs upp årligen i det politiska samverkansorganet."),
    ("h3", "Expedieras"),
    ("p", "Regionfullmäktige; Härnösands kommun; Kramfors kommun; Sollefteå kommun; Sundsvalls kommun; "
          "Timrå kommun; Ånge kommun; Örnsköldsviks kommun; Kommunförbundet Västernorrland"),
    ("h2", "§ 89\tYttrande över remiss från Länsstyrelsen Västernorrland – Regional handlingsplan för "
           "klimatanpassning 2024–2027"),
    ("small", "Diarienummer 24RS0655"),
    ("h3", "Regionstyrelsens beslut"),
    ("p", "Regionstyrelsen antar regionledningsförvaltningens förslag till yttrande och överlämnar det "
          "till Länsstyrelsen Västernorrland."),
    ("h3", "Sammanfattning av ärendet"),
    ("p", "Länsstyrelsen Västernorrland har 2024-03-15 skickat förslag till regional handlingsplan för "
          "klimatanpassning på remiss till regionen (länsstyrelsens diarienummer 537-2210-2024). "
          "Yttrandet ska ha kommit in senast 2024-05-31. Förslaget bygger på 5 § förordningen "
          "(2018:1428) om myndigheters klimatanpassningsarbete. Regionala utvecklingsnämnden har "
          "lämnat synpunkter 2024-04-24, § 52."),
    ("h3", "Beslutsunderlag"),
    ("p", "Regionledningsförvaltningens tjänsteskrivelse 2024-05-02"),
    ("p", "Förslag till yttrande 2024-05-02"),
    ("h3", "Protokollsanteckning"),
    ("p", "Mikael Ståhl (M) och Ida Westin (M) antecknar för Moderaternas räkning att regionen bör "
          "prioritera reservkraft vid länets sjukhus."),
    ("h3", "Expedieras"),
    ("p", "Länsstyrelsen Västernorrland; Regionala utvecklingsnämnden"),
    ("h2", "§ 90\tSvar på motion från Roger Sjölund (V) om avgiftsfri tandvård för unga vuxna"),
    ("small", "Diarienummer 23RS2209"),
    ("h3", "Regionstyrelsens förslag till regionfullmäktige"),
    ("p", "Motionen anses besvarad."),
    ("h3", "Sammanfattning av ärendet"),
    ("p", "Roger Sjölund (V) föreslår i en motion 2023-11-14 att regionen ska införa avgiftsfri "
          "tandvård upp till 26 år. Motionen har remitterats till hälso- och sjukvårdsnämnden, som "
          "yttrade sig 2024-03-20, § 41. Tandvårdsavgifterna regleras i 3 § tandvårdslagen "
          "(1985:125) och i regionens avgiftshandbok."),
    ("h3", "Beslutsunderlag"),
    ("p", "Regionledningsförvaltningens tjänsteskrivelse 2024-04-25"),
    ("p", "Motion från Roger Sjölund (V), 2023-11-14"),
    ("p", "Hälso- och sjukvårdsnämndens yttrande 2024-03-20, § 41"),
    ("h3", "Yrkanden"),
    ("p", "Roger Sjölund (V) yrkar bifall till motionen."),
    ("p", "Ordföranden yrkar bifall till arbetsutskottets förslag."),
    ("h3", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på de två yrkandena och finner att regionstyrelsen bifaller "
          "arbetsutskottets förslag."),
    ("h3", "Reservation"),
    ("p", "Roger Sjölund (V) reserverar sig till förmån för eget yrkande."),
]

VOTE_ROWS: list[tuple[str, str, str, str]] = [
    ("Parti", "Ja", "Nej", "Avstår"),
    ("S", "6", "", ""),
    ("M", "2", "", ""),
    ("SD", "", "3", ""),
    ("C", "1", "", ""),
    ("V", "1", "", ""),
    ("KD", "1", "", ""),
    ("L", "1", "", ""),
    ("Totalt", "12", "3", "0"),
]


def _lines_paragraph(d: docx.Document, label: str, lines: list[str]) -> None:
    """One paragraph: label, TAB, then lines separated by soft line breaks and a TAB indent."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Pt(150))
    r = p.add_run(label)
    r.bold = True
    for i, line in enumerate(lines):
        run = p.add_run("\t" + line)
        if i < len(lines) - 1:
            run.add_break()


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "REGION VÄSTERNORRLAND\tPROTOKOLL\tRegionstyrelsen 2024-05-21"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes sign ____________\tUtdragsbestyrkande ____________"

    d.add_heading("Protokoll", level=0)
    d.add_paragraph("Regionstyrelsen")
    _lines_paragraph(d, "Plats och tid", ["Regionens hus, Y-salen, Härnösand, tisdagen den 21 maj 2024 "
                                          "kl. 09.00–12.15"])
    for label, lines in ATTENDANCE:
        _lines_paragraph(d, label, lines)
    _lines_paragraph(d, "Utses att justera", ["Mikael Ståhl (M) och Roger Sjölund (V)"])
    _lines_paragraph(d, "Justeringens plats och tid", ["Regionkansliet, Härnösand, 2024-05-24"])
    _lines_paragraph(d, "Paragrafer", ["87–90"])

    sig = d.add_table(rows=3, cols=3)
    for row, (label, name) in zip(sig.rows, [("Sekreterare", "Elin Dahlberg"),
                                              ("Ordförande", "Glenn Sjödin"),
                                              ("Justerande", "Mikael Ståhl            Roger Sjölund")],
                                  strict=True):
        row.cells[0].text = label
        row.cells[1].text = "……………………………………"
        row.cells[2].text = name

    d.add_paragraph("ANSLAG/BEVIS").runs[0].bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    _lines_paragraph(d, "Organ", ["Regionstyrelsen"])
    _lines_paragraph(d, "Sammanträdesdatum", ["2024-05-21"])
    _lines_paragraph(d, "Anslaget sätts upp", ["2024-05-27"])
    _lines_paragraph(d, "Anslaget tas ned", ["2024-06-18"])
    _lines_paragraph(d, "Förvaringsplats för protokollet", ["Regionkansliet, Härnösand"])
    d.add_page_break()

    for kind, text in DOCX_BODY:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "h3":
            d.add_heading(text, level=3)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "small":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "table":
            t = d.add_table(rows=len(VOTE_ROWS), cols=4)
            t.style = "Table Grid"
            for row, values in zip(t.rows, VOTE_ROWS, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        else:
            d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Region Västernorrland"
    cp.last_modified_by = "Region Västernorrland"
    cp.title = "Protokoll regionstyrelsen 2024-05-21"
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "regionvasternorrland-rs-2024-05-21-protokoll.docx").write_bytes(out.getvalue())



# ---------------------------------------------------------------------------------------------
# PDF: Region Norrbotten, regionfullmäktige 2024-06-18, full protocol (§§ 58-61), A4 landscape.
# Running header with the logo text on every page; the voteringslista (bilaga 1) lists the 71
# seats in three side-by-side blocks, so text extraction interleaves three members per line.
# ---------------------------------------------------------------------------------------------

# (name, party, vote in § 59); "*" after a name marks a tjänstgörande ersättare.
SEATS: list[tuple[str, str, str]] = [
    ("Kristina Lundberg", "S", "Ja"), ("Mattias Öhman", "S", "Ja"), ("Anneli Sundström", "S", "Ja"),
    ("Per-Olof Niemi", "S", "Ja"), ("Linda Fors", "S", "Ja"), ("Jonas Lantto", "S", "Ja"),
    ("Eva Marklund", "S", "Ja"), ("Stefan Wikström", "S", "Ja"), ("Carina Nordström", "S", "Ja"),
    ("Tommy Lövgren", "S", "Ja"), ("Helena Burman", "S", "Ja"), ("Roger Isaksson", "S", "Ja"),
    ("Annika Granström", "S", "Ja"), ("Glenn Lindbäck", "S", "Ja"), ("Sofia Henriksson", "S", "Ja"),
    ("Kjell Alatalo", "S", "Ja"), ("Marita Pekkari", "S", "Ja"), ("Dan Nyström", "S", "Ja"),
    ("Ulrika Holmgren", "S", "Ja"), ("Leif Sundqvist", "S", "Ja"), ("Anna-Karin Wennberg", "S", "Ja"),
    ("Peter Kuoppa", "S", "Ja"), ("Ewa Berglund", "S", "Ja"), ("Olle Viklund *", "S", "Ja"),
    ("Catarina Holm", "M", "Ja"), ("Gunilla Rask *", "M", "Ja"), ("Fredrik Lindgren", "M", "Ja"),
    ("Malin Strand", "M", "Ja"), ("Nils-Erik Bergqvist", "M", "Ja"), ("Emma Rönnbäck", "M", "Ja"),
    ("Johan Wiklund", "M", "Ja"), ("Karin Söderström", "M", "Ja"), ("Rickard Ek", "M", "Ja"),
    ("Mikael Persson", "SD", "Avst"), ("Jessica Hedlund", "SD", "Avst"), ("Lars Vikström", "SD", "Avst"),
    ("Patrik Lindholm", "SD", "Avst"), ("Susanne Eriksson", "SD", "Avst"), ("Kenth Andersson", "SD", "Avst"),
    ("Marie Larsson-Wik", "SD", "Avst"), ("Joakim Forsberg", "SD", "Avst"), ("Christer Nordin", "SD", "Avst"),
    ("Linnéa Åberg", "SD", "Avst"),
    ("Linnea Sikström", "V", "Nej"), ("Erik Palo", "V", "Nej"), ("Hanna Johansson", "V", "Nej"),
    ("Mats Rova", "V", "Nej"), ("Elin Blomqvist", "V", "Nej"), ("Torbjörn Lahti", "V", "Nej"),
    ("Sara Nilsson", "V", "Nej"), ("Björn Öberg", "V", "Nej"),
    ("Agneta Holmström", "C", "Ja"), ("Bengt Lundqvist", "C", "Ja"), ("Ida Eriksson", "C", "Ja"),
    ("Nils Jonsson", "C", "Ja"), ("Maja Stenberg", "C", "Ja"),
    ("Anders Sandberg", "KD", "Ja"), ("Lisa Björk", "KD", "Ja"), ("Magnus Olofsson", "KD", "Ja"),
    ("Birgitta Widmark", "KD", "Avst"),
    ("Henrik Åström", "L", "Ja"), ("Cecilia Wallin", "L", "Ja"),
    ("Hanna Kemi", "MP", "Nej"), ("Simon Lindström", "MP", "Nej"),
    ("Gunnar Pekkala", "SJVP", "Nej"), ("Ann Kuusela", "SJVP", "Nej"), ("Bo Rosén", "SJVP", "Nej"),
    ("Lena Hietala", "SJVP", "Nej"), ("Åke Lindberg", "SJVP", "Nej"), ("Kerstin Mäki", "SJVP", "Nej"),
    ("Tor Sjöberg", "SJVP", "Ja"),
]

# (style, text): "h" = § heading, "s" = sub-heading, "p" = paragraph, "l" = short line,
# "sig" = signature row (label, name), "gap" = vertical space, "page" = new page.
RF_PAGE1: list[tuple[str, str]] = [
    ("s", "Plats och tid"),
    ("p", "Regionhuset, fullmäktigesalen, Luleå, tisdagen den 18 juni 2024 kl. 09.00–16.45"),
    ("s", "Beslutande"),
    ("p", "Se närvaro- och voteringslista, bilaga 1. Ordförande Kristina Lundberg (S), 1:e vice ordförande "
          "Gunnar Pekkala (SJVP), 2:e vice ordförande Catarina Holm (M)."),
    ("s", "Tjänstgörande ersättare"),
    ("p", "Olle Viklund (S) för Maria Nilsson (S), Gunilla Rask (M) för Tomas Berg (M)"),
    ("s", "Övriga närvarande"),
    ("p", "Regiondirektör Karin Strandberg, kanslichef Erik Nordmark, fullmäktigesekreterare Ulrika Lind"),
    ("s", "Utses att justera"),
    ("p", "Stefan Wikström (S) och Malin Strand (M)"),
    ("s", "Justeringens plats och tid"),
    ("p", "Regionhuset, Luleå, 2024-06-24"),
    ("s", "Paragrafer"),
    ("p", "58–61"),
    ("gap", ""),
    ("sig", "Sekreterare|Ulrika Lind"),
    ("sig", "Ordförande|Kristina Lundberg"),
    ("sig", "Justerande|Stefan Wikström                              Malin Strand"),
    ("gap", ""),
    ("s", "ANSLAG/BEVIS"),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ: Regionfullmäktige. "
          "Sammanträdesdatum: 2024-06-18. Anslaget sätts upp: 2024-06-26. Anslaget tas ned: 2024-07-18. "
          "Förvaringsplats för protokollet: Regionhuset, Luleå."),
    ("page", ""),
]

RF_BODY: list[tuple[str, str]] = [
    ("h", "§ 58   Interpellation till hälso- och sjukvårdsnämndens ordförande om väntetider inom barn- och "
          "ungdomspsykiatrin"),
    ("l", "Dnr RS 2024-00287"),
    ("p", "Linnea Sikström (V) har i en interpellation som inkom 2024-05-20 ställt frågor till hälso- och "
          "sjukvårdsnämndens ordförande Anneli Sundström (S) om väntetiderna till första bedömning inom barn- "
          "och ungdomspsykiatrin. Fullmäktige medgav 2024-05-28 att interpellationen får ställas, enligt "
          "5 kap. 59 § kommunallagen (2017:725). Anneli Sundström (S) besvarar interpellationen."),
    ("p", "I debatten deltar Linnea Sikström (V), Anneli Sundström (S), Gunnar Pekkala (SJVP) och Fredrik "
          "Lindgren (M)."),
    ("s", "Regionfullmäktiges beslut"),
    ("p", "Interpellationen anses besvarad."),
    ("h", "§ 59   Svar på motion 7/2023 om förlossningsverksamhet vid Kalix sjukhus"),
    ("l", "Dnr RS 2023-01198"),
    ("p", "Ann Kuusela (SJVP) och Bo Rosén (SJVP) föreslår i motion 7/2023, inlämnad 2023-11-21, att regionen "
          "ska utreda förutsättningarna för att återöppna förlossningsverksamheten vid Kalix sjukhus. "
          "Hälso- och sjukvårdsnämnden yttrade sig över motionen 2024-03-14, § 44, och hänvisade till "
          "Socialstyrelsens kunskapsstöd om bemanning inom förlossningsvården. Regionstyrelsen föreslår att "
          "motionen avslås."),
    ("s", "Beslutsunderlag"),
    ("p", "Regionstyrelsens förslag till regionfullmäktige 2024-05-29, § 112. Tjänsteskrivelse, "
          "regionledningsförvaltningen, 2024-04-30. Motion 7/2023."),
    ("s", "Yrkanden"),
    ("p", "Regionstyrelsens ordförande Mattias Öhman (S) yrkar bifall till regionstyrelsens förslag. Catarina "
          "Holm (M) instämmer. Ann Kuusela (SJVP) yrkar bifall till motionen. Erik Palo (V) och Hanna Kemi "
          "(MP) instämmer i Ann Kuuselas yrkande."),
    ("s", "Propositionsordning och votering"),
    ("p", "Ordföranden ställer proposition på de två yrkandena och finner att regionfullmäktige bifaller "
          "regionstyrelsens förslag. Votering begärs. Den som bifaller regionstyrelsens förslag röstar ja, den "
          "som bifaller Ann Kuuselas yrkande röstar nej. Voteringen genomförs med voteringsanläggningen."),
    ("p", "Omröstningsresultat per parti (se voteringslista, bilaga 1):"),
    ("l", "S          24 ja"),
    ("l", "M           9 ja"),
    ("l", "SD         10 avstår"),
    ("l", "V           8 nej"),
    ("l", "C           5 ja"),
    ("l", "KD          3 ja, 1 avstår"),
    ("l", "L           2 ja"),
    ("l", "MP          2 nej"),
    ("l", "SJVP        6 nej, 1 ja"),
    ("p", "Regionfullmäktige har därmed beslutat enligt regionstyrelsens förslag."),
    ("s", "Regionfullmäktiges beslut"),
    ("p", "Motionen avslås."),
    ("s", "Reservation"),
    ("p", "Ann Kuusela (SJVP), Erik Palo (V) och Hanna Kemi (MP) reserverar sig mot beslutet till förmån för "
          "bifall till motionen."),
    ("s", "Protokollsanteckning"),
    ("p", "Sverigedemokraternas gruppledare Mikael Persson (SD) antecknar till protokollet att "
          "Sverigedemokraterna avstår eftersom motionen saknar en kostnadsberäkning."),
    ("h", "§ 60   Avsiktsförklaring om samverkan kring kompetensförsörjning mellan Region Norrbotten och Luleå "
          "tekniska universitet"),
    ("l", "Dnr RS 2024-00391"),
    ("p", "Region Norrbotten och Luleå tekniska universitet har tagit fram en avsiktsförklaring om samverkan "
          "kring utbildning av sjuksköterskor, specialistsjuksköterskor och biomedicinska analytiker "
          "(universitetets dnr LTU-2207-2024). Luleå tekniska universitet godkände avsiktsförklaringen "
          "2024-05-17. Avsiktsförklaringen gäller 2024-09-01–2028-08-31."),
    ("s", "Beslutsunderlag"),
    ("p", "Regionstyrelsens förslag till regionfullmäktige 2024-05-29, § 115. Tjänsteskrivelse, "
          "regionledningsförvaltningen, 2024-05-06. Förslag till avsiktsförklaring, version 2024-04-26."),
    ("s", "Yrkanden"),
    ("p", "Henrik Åström (L) yrkar bifall till regionstyrelsens förslag."),
    ("s", "Regionfullmäktiges beslut"),
    ("l", "1. Avsiktsförklaringen godkänns."),
    ("l", "2. Regionstyrelsen får i uppdrag att årligen följa upp samverkan och redovisa den för "
          "regionfullmäktige."),
    ("s", "Särskilt yttrande"),
    ("p", "Linnea Sikström (V) lämnar ett särskilt yttrande för Vänsterpartiet, bilaga 2."),
    ("h", "§ 61   Anmälan av nya motioner"),
    ("p", "Följande motioner har lämnats in och anmäls:"),
    ("l", "a) Motion 5/2024 om avgiftsfri kollektivtrafik för pensionärer, Mats Rova (V), RS 2024-00588"),
    ("l", "b) Motion 6/2024 om digitala vårdmöten i glesbygd, Emma Rönnbäck (M), RS 2024-00602"),
    ("s", "Regionfullmäktiges beslut"),
    ("p", "Motionerna överlämnas till regionstyrelsen för beredning."),
]


class RfPdf(FPDF):
    def header(self) -> None:
        self.set_fill_color(0, 84, 147)
        self.polygon([(15, 17), (21, 7), (27, 17)], style="F")
        self.set_xy(30, 8)
        self.set_font("F", "B", 15)
        self.set_text_color(0, 84, 147)
        self.cell(90, 8, "REGION NORRBOTTEN")
        self.set_text_color(0, 0, 0)
        self.set_font("F", "B", 12)
        self.set_xy(128, 9)
        self.cell(40, 6, "PROTOKOLL", align="C")
        self.set_font("F", "", 9)
        self.set_xy(200, 7)
        self.cell(82, 5, "Regionfullmäktige", align="R")
        self.set_xy(200, 12)
        self.cell(82, 5, f"2024-06-18        Sida {self.page_no()} ({{nb}})", align="R")
        self.line(15, 20, 282, 20)
        self.set_y(25)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign ..........   ..........        Utdragsbestyrkande ..........")


def _rf_block(pdf: RfPdf, items: list[tuple[str, str]]) -> None:
    for style, text in items:
        if style == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 12)
            pdf.multi_cell(250, 6, text)
        elif style == "s":
            pdf.ln(1)
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(250, 5, text)
        elif style == "l":
            pdf.set_font("F", "", 10)
            pdf.multi_cell(250, 5, text)
        elif style == "sig":
            label, name = text.split("|")
            pdf.set_font("F", "", 10)
            pdf.cell(40, 6, label)
            pdf.cell(150, 6, "....................................        ....................................")
            pdf.ln(6)
            pdf.cell(40, 5, "")
            pdf.cell(150, 5, name)
            pdf.ln(8)
        elif style == "gap":
            pdf.ln(4)
        elif style == "page":
            pdf.add_page()
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(250, 5, text)
            pdf.ln(1)


def _rf_vote_list(pdf: RfPdf) -> None:
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 6, "Bilaga 1   Närvaro- och voteringslista, regionfullmäktige 2024-06-18, § 59")
    pdf.ln(8)
    per_col = 24
    x0 = [15.0, 104.0, 193.0]
    widths = [8, 46, 12, 8, 8, 8]
    head = ["Nr", "Ledamot", "Parti", "Ja", "Nej", "Avst"]
    y_top = pdf.get_y()
    for block in range(3):
        pdf.set_xy(x0[block], y_top)
        pdf.set_font("F", "B", 8)
        for w, h in zip(widths, head, strict=True):
            pdf.cell(w, 5, h, border="B")
    # drawn row by row across the three blocks, as a table renderer does
    order = sorted(range(len(SEATS)), key=lambda k: (k % per_col, k // per_col))
    for i in order:
        name, party, vote = SEATS[i]
        block, row = divmod(i, per_col)
        pdf.set_xy(x0[block], y_top + 5 + row * 5)
        pdf.set_font("F", "", 8)
        marks = ["X" if vote == v else "" for v in ("Ja", "Nej", "Avst")]
        for w, value in zip(widths, [str(i + 1), name, party, *marks], strict=True):
            pdf.cell(w, 5, value)
    pdf.set_xy(193, y_top + 5 + 23 * 5 + 2)
    pdf.set_font("F", "B", 8)
    ja = sum(v == "Ja" for _, _, v in SEATS)
    nej = sum(v == "Nej" for _, _, v in SEATS)
    avst = sum(v == "Avst" for _, _, v in SEATS)
    pdf.cell(90, 5, f"Summa        Ja {ja}     Nej {nej}     Avstår {avst}")
    pdf.set_xy(15, y_top + 5 + 24 * 5 + 8)
    pdf.set_font("F", "", 8)
    pdf.multi_cell(250, 4, "* tjänstgörande ersättare. Frånvarande: Maria Nilsson (S), Tomas Berg (M). "
                           "Utskrift från voteringssystemet 2024-06-18 kl. 14.32.")


def make_pdf() -> None:
    pdf = RfPdf(orientation="L", format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll regionfullmäktige 2024-06-18")
    pdf.set_author("Region Norrbotten")
    pdf.set_creator("heldout27")
    pdf.set_producer("heldout27")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 25, 15)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 6, "Sammanträde med regionfullmäktige")
    pdf.ln(8)
    _rf_block(pdf, RF_PAGE1)
    _rf_block(pdf, RF_BODY)
    _rf_vote_list(pdf)
    pdf.output(str(DOCS / "regionnorrbotten-rf-2024-06-18-protokoll.pdf"))

if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_docx()
    make_pdf()
