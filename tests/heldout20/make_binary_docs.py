"""Generate the binary documents of tests/heldout20/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout20/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout20/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 21, 7, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 26, 9, 15, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Vetlanda kommun, kommunstyrelsen 2024-05-14, full protocol (§§ 61-64).
# Running head (logo text, "SAMMANTRÄDESPROTOKOLL", "Sida n av N") and footer ("Justerandes sign",
# "Utdragsbestyrkande") on every page; the automatic page breaks cut paragraphs mid-sentence.
# Paragraph headings "§ 61   Dnr KS 2023/298   Title" (case number between number and title).
# ---------------------------------------------------------------------------------------------

FIRST_PAGE: list[tuple[str, str]] = [
    ("Plats och tid", "KS-salen, Stadshuset i Vetlanda, tisdagen den 14 maj 2024 kl. 08.30–11.50"),
    ("Beslutande ledamöter", "Henrik Sjöberg (M), ordförande\nLena Abrahamsson (KD), 1:e vice ordförande\n"
                             "Johan Fransson (S), 2:e vice ordförande\nKristina Holm (C)\nAnders Lund (M)\n"
                             "Mattias Ek (SD)\nPernilla Gustafsson (SD)\nErik Johansson (S)\nSven Eliasson (L)\n"
                             "Ulrika Bengtsson (V)"),
    ("Tjänstgörande ersättare", "Frida Nyström (S) i stället för Mona Persson (S)"),
    ("Ej tjänstgörande ersättare", "Göran Blomqvist (M)\nTove Åkesson (C)\nRasmus Lindh (KD)"),
    ("Övriga närvarande", "Anette Wallin, kommundirektör\nCamilla Stenberg, kommunsekreterare\n"
                          "Oskar Hult, ekonomichef, § 63"),
    ("Utses att justera", "Johan Fransson (S)"),
    ("Justeringens plats och tid", "Kommunledningskontoret, måndagen den 20 maj 2024 kl. 13.00"),
]

SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Camilla Stenberg"),
    ("Ordförande", "Henrik Sjöberg"),
    ("Justerande", "Johan Fransson"),
]

ANSLAG: list[tuple[str, str]] = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2024-05-14"),
    ("Datum då anslaget sätts upp", "2024-05-21"),
    ("Datum då anslaget tas ned", "2024-06-12"),
    ("Förvaringsplats för protokollet", "Kommunledningskontoret, Stadshuset"),
    ("Underskrift", "..............................................  Camilla Stenberg"),
]

# Blocks: ("h", heading), ("l", section label), ("p", text), ("vote", rows)
PARAGRAPHS: list[tuple[str, object]] = [
    ("h", "§ 61   Dnr KS 2023/298   Svar på motion om solcellsanläggningar på kommunens fastigheter"),
    ("l", "Ärendebeskrivning"),
    ("p", "Ulrika Bengtsson (V) föreslår i en motion daterad 2023-10-16 att kommunen ska installera "
          "solcellsanläggningar på samtliga kommunala fastigheter med lämpliga tak senast år 2027. "
          "Kommunfullmäktige remitterade motionen till kommunstyrelsen 2023-10-26, § 142. Kommunens "
          "fastigheter förvaltas av samhällsbyggnadsförvaltningen, medan Vetlanda Energi och Teknik AB "
          "äger och driver de anläggningar för elproduktion som kommunen redan har. Bolaget har i ett "
          "yttrande 2024-03-12 redovisat att tolv tak bedöms lämpliga och att en utbyggnad i den takt som "
          "motionen föreslår skulle kräva investeringar på omkring 38 miljoner kronor. Förvaltningen "
          "bedömer att en utbyggnad bör prövas fastighet för fastighet i samband med ordinarie underhåll "
          "och att motionen därför bör avslås, men att en samlad plan bör tas fram tillsammans med "
          "bolaget så att de tak som har bäst förutsättningar kan prioriteras redan under kommande "
          "budgetperiod."),
    ("l", "Beslutsunderlag"),
    ("p", "Kommunledningsförvaltningens tjänsteskrivelse 2024-04-22\nMotion från Ulrika Bengtsson (V), "
          "2023-10-16\nYttrande från Vetlanda Energi och Teknik AB, 2024-03-12\n"
          "Kommunstyrelsens arbetsutskott 2024-04-30, § 88"),
    ("l", "Yrkanden"),
    ("p", "Ulrika Bengtsson (V), Erik Johansson (S) och Frida Nyström (S) yrkar bifall till motionen.\n"
          "Henrik Sjöberg (M), Sven Eliasson (L) och Kristina Holm (C) yrkar bifall till arbetsutskottets "
          "förslag."),
    ("l", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på arbetsutskottets förslag mot bifall till motionen och finner "
          "att kommunstyrelsen beslutar enligt arbetsutskottets förslag. Omröstning begärs. "
          "Kommunstyrelsen godkänner följande propositionsordning: ja-röst för arbetsutskottets förslag, "
          "nej-röst för bifall till motionen. Omröstningsresultatet redovisas i tabellen sist i paragrafen."),
    ("l", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
          "1. att motionen avslås,\n"
          "2. att uppdra åt kommunstyrelsen att tillsammans med Vetlanda Energi och Teknik AB ta fram en "
          "plan för solcellsanläggningar på kommunens fastigheter och redovisa den senast 2025-03-31."),
    ("l", "Reservation"),
    ("p", "Ulrika Bengtsson (V), Erik Johansson (S), Johan Fransson (S) och Frida Nyström (S) reserverar "
          "sig mot beslutet till förmån för bifall till motionen."),
    ("l", "Beslutet skickas till"),
    ("p", "Kommunfullmäktige"),
    ("l", "Omröstningsresultat"),
    ("vote", [
        ("Ledamot", "Parti", "Ja", "Nej", "Avstår"),
        ("Henrik Sjöberg", "M", "X", "", ""),
        ("Lena Abrahamsson", "KD", "X", "", ""),
        ("Johan Fransson", "S", "", "X", ""),
        ("Kristina Holm", "C", "X", "", ""),
        ("Anders Lund", "M", "X", "", ""),
        ("Mattias Ek", "SD", "X", "", ""),
        ("Pernilla Gustafsson", "SD", "", "", "X"),
        ("Erik Johansson", "S", "", "X", ""),
        ("Sven Eliasson", "L", "X", "", ""),
        ("Ulrika Bengtsson", "V", "", "X", ""),
        ("Frida Nyström", "S", "", "X", ""),
        ("Summa", "", "6", "4", "1"),
    ]),
    ("h", "§ 62   Dnr KS 2024/112   Yttrande över remiss av regional plan för transportinfrastruktur i "
          "Jönköpings län 2026–2037"),
    ("l", "Ärendebeskrivning"),
    ("p", "Region Jönköpings län har genom remiss daterad 2024-03-28 (regionens diarienummer RJL 2024/523) "
          "gett länets kommuner möjlighet att yttra sig över förslaget till regional plan för "
          "transportinfrastruktur för perioden 2026–2037. Yttrandet ska ha kommit in till regionen senast "
          "2024-05-31. Planen tas fram enligt förordningen (1997:263) om länsplaner för regional "
          "transportinfrastruktur och ska samordnas med den nationella plan som Trafikverket tar fram. I "
          "förslaget till yttrande framhåller kommunen behovet av trafiksäkerhetsåtgärder på väg 31 och "
          "väg 47, bättre förutsättningar för godstrafik på Stångådalsbanan och fler pendlarparkeringar i "
          "anslutning till de regionala busslinjerna. Kommunen påpekar också att den ekonomiska ramen för "
          "cykelinfrastruktur i länets mindre tätorter är för låg i förhållande till de mål som regionen "
          "själv har satt upp i den regionala utvecklingsstrategin."),
    ("l", "Beslutsunderlag"),
    ("p", "Kommunledningsförvaltningens tjänsteskrivelse 2024-04-29\nFörslag till yttrande, daterat "
          "2024-04-26\nKommunstyrelsens arbetsutskott 2024-04-30, § 89"),
    ("l", "Beslutsgång"),
    ("p", "Ordföranden frågar om kommunstyrelsen kan anta arbetsutskottets förslag och finner att så sker. "
          "Beslutet fattas med acklamation."),
    ("l", "Beslut"),
    ("p", "Kommunstyrelsen beslutar\n"
          "1. att anta förslaget till yttrande som Vetlanda kommuns svar till Region Jönköpings län,\n"
          "2. att förklara paragrafen omedelbart justerad."),
    ("l", "Protokollsanteckning"),
    ("p", "Mattias Ek (SD) lämnar följande protokollsanteckning: ”Sverigedemokraterna anser att väg 47 "
          "mellan Vetlanda och Nässjö borde ha prioriterats före cykelåtgärderna.”"),
    ("l", "Beslutet skickas till"),
    ("p", "Region Jönköpings län"),
    ("h", "§ 63   Dnr KS 2024/087   Samverkansavtal om gemensam överförmyndarverksamhet med Sävsjö kommun"),
    ("l", "Ärendebeskrivning"),
    ("p", "Vetlanda kommun och Sävsjö kommun har sedan 2019 en gemensam handläggning av "
          "överförmyndarärenden med Vetlanda som värdkommun. Det nuvarande avtalet löper ut vid årsskiftet "
          "och ett nytt samverkansavtal har tagits fram. Avtalet ingås med stöd av 9 kap. 37 § "
          "kommunallagen (2017:725) och gäller från 2025-01-01 till och med 2028-12-31. Kostnaderna "
          "fördelas efter antalet ärenden per kommun den 1 oktober året före. Kommunfullmäktige i Sävsjö "
          "kommun har godkänt avtalet för sin del 2024-04-25, § 41. Ekonomichefen redovisar att Vetlandas "
          "andel av kostnaderna beräknas till 61 procent."),
    ("l", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från kommunledningsförvaltningen 2024-04-18\nSamverkansavtal, version "
          "2024-04-10\nKommunstyrelsens arbetsutskott 2024-04-30, § 90"),
    ("l", "Yrkanden"),
    ("p", "Sven Eliasson (L) och Anders Lund (M) yrkar bifall till arbetsutskottets förslag.\n"
          "Pernilla Gustafsson (SD) och Mattias Ek (SD) yrkar avslag."),
    ("l", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
          "arbetsutskottets förslag."),
    ("l", "Beslut"),
    ("p", "Kommunstyrelsen beslutar\n"
          "1. att godkänna samverkansavtal om gemensam överförmyndarverksamhet mellan Vetlanda kommun och "
          "Sävsjö kommun för perioden 2025–2028,\n"
          "2. att uppdra åt kommundirektören att underteckna avtalet."),
    ("l", "Reservation"),
    ("p", "Pernilla Gustafsson (SD) och Mattias Ek (SD) reserverar sig mot beslutet."),
    ("l", "Särskilt yttrande"),
    ("p", "Johan Fransson (S) lämnar följande särskilda yttrande: ”Vi ställer oss bakom avtalet men vill "
          "att fördelningsnyckeln utvärderas innan avtalsperioden är slut.”"),
    ("l", "Beslutet skickas till"),
    ("p", "Sävsjö kommun\nKommunledningsförvaltningen"),
    ("h", "§ 64   Dnr KS 2024/009   Anmälan av delegationsbeslut"),
    ("l", "Ärendebeskrivning"),
    ("p", "Följande beslut fattade med stöd av delegation anmäls till kommunstyrelsen:\n"
          "– Kommundirektörens beslut 2024-04-12 om förordnande av tillförordnad ekonomichef.\n"
          "– Ordförandens beslut 2024-04-19 om yttrande till Länsstyrelsen i Jönköpings län över ansökan "
          "om tillstånd till kameraövervakning (dnr KS 2024/121).\n"
          "– Förteckning över upphandlingsbeslut för perioden 2024-03-01–2024-04-30."),
    ("l", "Beslut"),
    ("p", "Kommunstyrelsen lägger anmälan av delegationsbesluten till handlingarna."),
]


class VetlandaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 12)
        self.set_xy(15, 10)
        self.cell(70, 6, "VETLANDA KOMMUN")
        self.set_font("F", "B", 10)
        self.cell(75, 6, "SAMMANTRÄDESPROTOKOLL", align="C")
        self.set_font("F", "", 9)
        self.cell(35, 6, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_xy(15, 16)
        self.set_font("F", "", 9)
        self.cell(70, 5, "Kommunstyrelsen")
        self.cell(75, 5, "Sammanträdesdatum 2024-05-14", align="C")
        self.line(15, 22, 195, 22)
        self.set_y(28)

    def footer(self) -> None:
        self.set_y(-22)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("F", "", 8)
        self.set_x(15)
        self.cell(60, 5, "Justerandes sign")
        self.cell(60, 5, "")
        self.cell(60, 5, "Utdragsbestyrkande")
        self.ln(6)
        self.set_x(15)
        self.cell(60, 5, "..............  ..............")
        self.cell(60, 5, "")
        self.cell(60, 5, "..............................")


def make_pdf() -> None:
    pdf = VetlandaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=26)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-05-14 protokoll")
    pdf.set_author("Vetlanda kommun")
    pdf.set_creator("heldout20")
    pdf.set_producer("heldout20")
    pdf.add_page()
    for label, value in FIRST_PAGE:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(50, 5, label)
        y_after_label = pdf.get_y()
        pdf.set_xy(68, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(127, 5, value)
        pdf.set_y(max(pdf.get_y(), y_after_label) + 2)
    pdf.ln(3)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(50, 5, "Underskrifter")
    pdf.set_font("F", "", 9)
    pdf.cell(80, 5, "")
    pdf.cell(45, 5, "Paragrafer 61–64")
    pdf.ln(7)
    for label, name in SIGNATURES:
        pdf.set_x(15)
        pdf.set_font("F", "B", 9)
        pdf.cell(50, 5, label)
        pdf.set_font("F", "", 10)
        pdf.cell(100, 5, "...............................................................")
        pdf.ln(5)
        pdf.set_x(68)
        pdf.cell(100, 5, name)
        pdf.ln(8)
    pdf.ln(2)
    pdf.set_x(15)
    pdf.set_font("F", "B", 10)
    pdf.cell(180, 6, "ANSLAG/BEVIS", border="T")
    pdf.ln(6)
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.cell(180, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    pdf.ln(6)
    for label, value in ANSLAG:
        pdf.set_x(15)
        pdf.set_font("F", "B", 9)
        pdf.cell(60, 5, label)
        pdf.set_font("F", "", 9)
        pdf.cell(120, 5, value)
        pdf.ln(5)
    pdf.add_page()
    for kind, content in PARAGRAPHS:
        if kind == "h":
            pdf.ln(4)
            pdf.set_x(15)
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(180, 6, str(content))
            pdf.ln(2)
        elif kind == "l":
            pdf.set_x(15)
            pdf.set_font("F", "B", 9)
            pdf.multi_cell(180, 5, str(content))
        elif kind == "p":
            pdf.set_x(15)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, str(content))
            pdf.ln(2)
        elif kind == "vote":
            widths = (70, 20, 20, 20, 20)
            for row in content:  # type: ignore[attr-defined]
                pdf.set_x(15)
                bold = row[0] in ("Ledamot", "Summa")
                pdf.set_font("F", "B" if bold else "", 9)
                for width, cell in zip(widths, row, strict=True):
                    pdf.cell(width, 5, cell, border=1, align="L" if width == 70 else "C")
                pdf.ln(5)
            pdf.ln(2)
    pdf.output(str(DOCS / "vetlanda-ks-2024-05-14-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Tranås kommun, barn- och utbildningsnämnden 2024-03-20, full protocol (§§ 23-25).
# The paragraphs stand in one two-column table: the header row reads "§ | Ärende och beslut", each
# following row has the bare paragraph number in the narrow margin cell ("23") and the title, Dnr
# and text in the wide cell. The vote of § 24 is a tab-separated table inside the cell.
# ---------------------------------------------------------------------------------------------

ATTENDANCE: list[tuple[str, str]] = [
    ("Plats och tid", "Sammanträdesrum Svartån, Stadshuset, onsdagen den 20 mars 2024 kl. 13.15–16.05"),
    ("Beslutande ledamöter", "Karl-Erik Svensson (S), ordförande\nMaria Hed (M), vice ordförande\n"
                             "Ahmed Yusuf (S)\nOlof Brandt (S)\nSofia Lindblom (C)\nBjörn Sandell (KD)\n"
                             "Nina Wretman (L)\nJenny Ek (SD)"),
    ("Tjänstgörande ersättare", "Leif Stenlund (M) för Ingela Dahl (M)"),
    ("Övriga ersättare", "Kent Arvidsson (S)\nPetra Lood (V)"),
    ("Tjänstepersoner", "Malin Forsell, förvaltningschef\nJohanna Berg, nämndsekreterare\n"
                        "Daniel Öhman, verksamhetschef förskola, § 24"),
    ("Justerare", "Sofia Lindblom (C)"),
    ("Justeringens plats och tid", "Barn- och utbildningsförvaltningen, 2024-03-25"),
    ("Paragrafer", "23–25"),
]

SIGN_ROWS: list[tuple[str, str]] = [
    ("Sekreterare", "Johanna Berg"),
    ("Ordförande", "Karl-Erik Svensson"),
    ("Justerare", "Sofia Lindblom"),
]

# (number, title, dnr, [paragraph texts]); "**" marks a bold section label.
DOCX_PARAGRAPHS: list[tuple[str, str, str, list[str]]] = [
    ("23", "Yttrande över motion om simundervisning i förskoleklass", "Dnr BUN 2024/17", [
        "**Ärendebeskrivning",
        "Hanna Ljung (V) har i en motion daterad 2023-11-20 föreslagit att alla elever i förskoleklass ska "
        "erbjudas simundervisning i Tranås simhall. Kommunstyrelsen har remitterat motionen till barn- och "
        "utbildningsnämnden för yttrande (kommunstyrelsens dnr KS 2023/0601). Yttrandet ska vara "
        "kommunstyrelsen till handa senast 2024-04-15. Enligt kursplanen i idrott och hälsa ska eleverna "
        "kunna simma 200 meter senast i årskurs 6. Förvaltningen bedömer att en tidig simundervisning kan "
        "vara värdefull men att den bör prövas i en mindre skala innan den införs i alla förskoleklasser.",
        "**Beslutsunderlag",
        "Förvaltningens tjänsteskrivelse daterad 2024-03-05",
        "Motion från Hanna Ljung (V), 2023-11-20",
        "**Förslag till beslut",
        "1. att anta förvaltningens tjänsteskrivelse som nämndens yttrande över motionen,",
        "2. att överlämna yttrandet till kommunstyrelsen.",
        "**Yrkanden",
        "Maria Hed (M) yrkar bifall till förslaget till beslut.",
        "Ahmed Yusuf (S) och Jenny Ek (SD) yrkar bifall till förslaget med tillägget att förvaltningen ska "
        "genomföra ett försök med simundervisning i två förskoleklasser under läsåret 2024/25.",
        "**Propositionsordning",
        "Ordföranden ställer först proposition på förslaget till beslut och finner det bifallet. Därefter "
        "ställer ordföranden proposition på Ahmed Yusufs och Jenny Eks tilläggsyrkande och finner att "
        "nämnden bifaller det. Besluten fattas med acklamation.",
        "**Beslut",
        "Barn- och utbildningsnämnden beslutar",
        "1. att anta förvaltningens tjänsteskrivelse som nämndens yttrande över motionen,",
        "2. att uppdra åt förvaltningen att genomföra ett försök med simundervisning i två förskoleklasser "
        "under läsåret 2024/25,",
        "3. att överlämna yttrandet till kommunstyrelsen.",
        "**Beslutet skickas till",
        "Kommunstyrelsen",
    ]),
    ("24", "Överenskommelse med Ydre kommun om förskoleplatser över kommungränsen", "Dnr BUN 2024/22", [
        "**Ärendebeskrivning",
        "Familjer i norra delen av Ydre kommun har under flera år efterfrågat förskoleplats i Tranås. Enligt "
        "8 kap. 13 § skollagen (2010:800) ska hemkommunen lämna bidrag till den kommun som tar emot barnet. "
        "Förvaltningarna har tagit fram en överenskommelse mellan Tranås kommun och Ydre kommun om högst tio "
        "platser per år och om den ersättning Ydre kommun ska betala. Överenskommelsen har godkänts av "
        "Ydre kommuns bildningsnämnd 2024-02-27. Verksamhetschefen för förskolan redovisar att det finns "
        "lediga platser i Sommens förskola och i förskolan Solrosen.",
        "**Beslutsunderlag",
        "Tjänsteskrivelse 2024-03-04",
        "Förslag till överenskommelse, 2024-02-12",
        "**Yrkanden",
        "Karl-Erik Svensson (S), Sofia Lindblom (C) och Nina Wretman (L) yrkar bifall till förvaltningens "
        "förslag.",
        "Jenny Ek (SD) yrkar avslag.",
        "**Propositionsordning",
        "Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förvaltningens "
        "förslag. Omröstning begärs. Nämnden godkänner följande propositionsordning: den som bifaller "
        "förvaltningens förslag röstar ja, den som bifaller Jenny Eks avslagsyrkande röstar nej.",
        "**Beslut",
        "Barn- och utbildningsnämnden beslutar",
        "1. att godkänna överenskommelsen med Ydre kommun om förskoleplatser över kommungränsen,",
        "2. att överenskommelsen ska gälla från och med 2024-08-01.",
        "**Reservation",
        "Jenny Ek (SD) reserverar sig mot beslutet.",
        "**Beslutet skickas till",
        "Ydre kommun",
        "**Omröstningsresultat",
        "Ledamot\tJa\tNej\tAvstår",
        "Karl-Erik Svensson (S)\tX\t\t",
        "Maria Hed (M)\tX\t\t",
        "Ahmed Yusuf (S)\tX\t\t",
        "Olof Brandt (S)\tX\t\t",
        "Sofia Lindblom (C)\tX\t\t",
        "Björn Sandell (KD)\t\t\tX",
        "Nina Wretman (L)\tX\t\t",
        "Jenny Ek (SD)\t\tX\t",
        "Leif Stenlund (M)\tX\t\t",
        "Summa\t7\t1\t1",
    ]),
    ("25", "Redovisning av åtgärder efter Skolinspektionens tillsyn av Norrskolan", "Dnr BUN 2023/88", [
        "**Ärendebeskrivning",
        "Skolinspektionen genomförde hösten 2023 en riktad tillsyn av Norrskolan och förelade i beslut "
        "2023-12-14 (Skolinspektionens dnr 2023:8812) huvudmannen att vidta åtgärder när det gäller "
        "elevhälsans förebyggande arbete. Redovisningen ska ha kommit in till Skolinspektionen senast "
        "2024-03-29. Förvaltningschefen har sammanställt de åtgärder som vidtagits.",
        "**Beslutsunderlag",
        "Förvaltningschefens tjänsteskrivelse 2024-03-08",
        "Skolinspektionens beslut 2023-12-14",
        "**Beslutsgång",
        "Ordföranden frågar om nämnden kan godkänna redovisningen och finner att så sker.",
        "**Beslut",
        "Barn- och utbildningsnämnden godkänner redovisningen och överlämnar den till Skolinspektionen.",
        "Paragrafen justeras omedelbart.",
        "**Protokollsanteckning",
        "Ersättaren Petra Lood (V) antecknar till protokollet att elevhälsans bemanning bör följas upp vid "
        "nämndens sammanträde i juni.",
        "**Beslutet skickas till",
        "Skolinspektionen",
    ]),
]


def _fixed_zip(buf: io.BytesIO, date_time: tuple[int, int, int, int, int, int]) -> bytes:
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    return out.getvalue()


def _write_cell(cell: object, lines: list[str]) -> None:
    first = True
    for line in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line.startswith("**"):
            run = par.add_run(line[2:])
            run.bold = True
        else:
            par.add_run(line)


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "TRANÅS KOMMUN\tSAMMANTRÄDESPROTOKOLL\t2024-03-20"
    sec.header.add_paragraph("Barn- och utbildningsnämnden")
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_paragraph().add_run("Barn- och utbildningsnämnden").bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in ATTENDANCE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        _write_cell(cells[1], value.split("\n"))
    d.add_paragraph()
    sign = d.add_table(rows=0, cols=2)
    for label, name in SIGN_ROWS:
        cells = sign.add_row().cells
        cells[0].text = label
        _write_cell(cells[1], ["..........................................................", name])
    d.add_paragraph()
    d.add_paragraph().add_run("ANSLAG/BEVIS").bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    d.add_paragraph("Organ: Barn- och utbildningsnämnden\tSammanträdesdatum: 2024-03-20")
    d.add_paragraph("Anslaget sätts upp: 2024-03-26\tAnslaget tas ned: 2024-04-17")
    d.add_paragraph("Förvaringsplats för protokollet: Barn- och utbildningsförvaltningen")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    par_table = d.add_table(rows=1, cols=2)
    par_table.style = "Table Grid"
    hdr = par_table.rows[0].cells
    hdr[0].text = "§"
    hdr[1].text = "Ärende och beslut"
    for cell in hdr:
        cell.paragraphs[0].runs[0].bold = True
    for number, title, dnr, lines in DOCX_PARAGRAPHS:
        cells = par_table.add_row().cells
        cells[0].text = number
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].paragraphs[0].runs[0].font.size = Pt(14)
        _write_cell(cells[1], ["**" + title, dnr, *lines])
    for row in par_table.rows:
        row.cells[0].width = Cm(1.6)
        row.cells[1].width = Cm(14.4)

    cp = d.core_properties
    cp.author = "Tranås kommun"
    cp.last_modified_by = "Tranås kommun"
    cp.title = "Barn- och utbildningsnämnden 2024-03-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    data = _fixed_zip(buf, (2024, 3, 26, 9, 15, 0))
    (DOCS / "tranas-bun-2024-03-20-protokoll.docx").write_bytes(data)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
