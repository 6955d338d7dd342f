"""Generate the binary documents of tests/heldout22/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout22/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout22/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 3, 26, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 14, 11, 0, 0)
ZIP_TIME = (2024, 10, 14, 11, 0, 0)

# ------------------------------------------------------------------------------------------------
# PDF: Skellefteå Kraft AB, styrelsen 2024-03-21, full board protocol (§§ 14–21, numbering continues
# over the year, headings "§ 14." with a trailing dot). Attendance as a bordered table
# Namn | Funktion | Utsedd av; members have no parties; roll call in prose ("För … röstade …").

PDF_NAME = "skelleftea-kraft-styrelse-2024-03-21-protokoll.pdf"

ATTENDANCE: list[tuple[str, str, str]] = [
    ("Lars-Erik Öberg", "Ordförande", "Skellefteå kommun"),
    ("Maria Sundqvist Hedlund", "Vice ordförande", "Skellefteå kommun"),
    ("Jan-Olov Burman", "Styrelseledamot", "Skellefteå kommun"),
    ("Sara Lindgren-Vinka", "Styrelseledamot (via Teams)", "Skellefteå kommun"),
    ("Ove Granström", "Styrelseledamot", "Skellefteå kommun"),
    ("Kaisa Rantatalo", "Styrelseledamot", "Skellefteå kommun"),
    ("Peter Holmgren", "Styrelsesuppleant, tjänstgör för Åsa Nordlund", "Skellefteå kommun"),
    ("Mikael Berg", "Styrelsesuppleant", "Skellefteå kommun"),
    ("Nils-Åke Forsberg", "Arbetstagarrepresentant", "Unionen"),
    ("Eva Marklund", "Arbetstagarrepresentant", "Ledarna"),
]

# (kind, text): "h" = § heading, "s" = bold sub-heading, "p" = paragraph, "i" = indented list line
PDF_BODY: list[tuple[str, str]] = [
    ("h", "§ 14. Mötets öppnande"),
    ("p", "Ordföranden Lars-Erik Öberg hälsade de närvarande välkomna och förklarade mötet öppnat."),
    ("h", "§ 15. Val av justerare"),
    ("p", "Styrelsen beslutade att utse Kaisa Rantatalo att jämte ordföranden justera dagens protokoll."),
    ("h", "§ 16. Godkännande av dagordning"),
    ("p", "Styrelsen beslutade att godkänna den utsända dagordningen med tillägget att frågan om "
          "styrelsens arbetsordning tas upp under § 20 Övriga frågor."),
    ("h", "§ 17. Årsredovisning och koncernredovisning för 2023"),
    ("p", "Ekonomidirektör Karin Åhlén föredrog förslaget till årsredovisning och koncernredovisning för "
          "räkenskapsåret 2023. Koncernens nettoomsättning uppgick till 5 412 MSEK och resultatet efter "
          "finansiella poster till 688 MSEK. Bolagets revisor Anders Kempe, Ernst & Young AB, redogjorde "
          "för revisionen och meddelade att revisionsberättelsen kommer att lämnas utan anmärkning."),
    ("p", "Enligt ägardirektivet, antaget av kommunfullmäktige i Skellefteå kommun 2023-06-13, § 112, ska "
          "årsredovisningen överlämnas till moderbolaget Skellefteå Stadshus AB senast 2024-03-31. "
          "Årsstämman hålls den 25 april 2024."),
    ("s", "Underlag"),
    ("i", "Tjänsteskrivelse från ekonomidirektören 2024-03-12"),
    ("i", "Förslag till årsredovisning 2023, version 2024-03-08"),
    ("s", "Beslut"),
    ("p", "Styrelsen beslutade"),
    ("i", "1. att godkänna årsredovisningen och koncernredovisningen för 2023,"),
    ("i", "2. att föreslå årsstämman att vinstmedlen disponeras enligt förslaget i förvaltningsberättelsen,"),
    ("i", "3. att överlämna årsredovisningen till Skellefteå Stadshus AB."),
    ("h", "§ 18. Investeringsbeslut för vindkraftparken Norrliden etapp 2"),
    ("p", "Diarienr SKAB 2024-031"),
    ("p", "Verkställande direktören Henrik Östlund föredrog ärendet. Investeringen omfattar 24 vindkraftverk "
          "och uppgår till 1 180 MSEK. Miljöprövningsdelegationen vid Länsstyrelsen i Västerbottens län "
          "meddelade tillstånd för parken 2022-11-03 (länsstyrelsens dnr 551-8812-2021). Styrelsen "
          "informerades om projektet vid mötet den 8 februari 2024."),
    ("s", "Underlag"),
    ("i", "Tjänsteskrivelse från VD 2024-03-08"),
    ("i", "Investeringskalkyl, version 3, 2024-03-01"),
    ("s", "Yrkanden och röstning"),
    ("p", "Ove Granström yrkade att ärendet skulle återremitteras för en kompletterande riskanalys av "
          "elprisutvecklingen. Eva Marklund instämde i Ove Granströms yrkande. Ordföranden yrkade att "
          "ärendet skulle avgöras vid dagens möte."),
    ("p", "Röstning begärdes. För att ärendet skulle avgöras vid dagens möte röstade Lars-Erik Öberg, Maria "
          "Sundqvist Hedlund, Jan-Olov Burman, Kaisa Rantatalo, Peter Holmgren och Nils-Åke Forsberg. För "
          "återremiss röstade Ove Granström och Eva Marklund. Sara Lindgren-Vinka avstod från att rösta. "
          "Styrelsen hade därmed beslutat att avgöra ärendet vid dagens möte."),
    ("s", "Beslut"),
    ("p", "Styrelsen beslutade därefter"),
    ("i", "1. att genomföra investeringen i vindkraftparken Norrliden etapp 2 inom en total ram om "
          "1 180 MSEK,"),
    ("i", "2. att uppdra åt VD att teckna de avtal som krävs för genomförandet."),
    ("p", "Ove Granström anmälde reservation mot beslutet att inte återremittera ärendet."),
    ("h", "§ 19. Aktieägaravtal avseende Sorsele Vind AB"),
    ("p", "Skellefteå Kraft AB och Sorsele kommun äger tillsammans Sorsele Vind AB (60 respektive 40 procent). "
          "Ett nytt aktieägaravtal mellan Skellefteå Kraft AB och Sorsele kommun har förhandlats fram. "
          "Sorsele kommuns kommunfullmäktige godkände avtalet 2024-02-26, § 9 (Sorsele kommuns dnr 2024/76)."),
    ("p", "Sara Lindgren-Vinka anmälde jäv enligt 8 kap. 23 § aktiebolagslagen (2005:551), eftersom hon är "
          "styrelseledamot i Sorsele Vind AB, och deltog inte i handläggningen av ärendet."),
    ("s", "Underlag"),
    ("i", "Tjänsteskrivelse från bolagsjuristen 2024-03-11"),
    ("i", "Aktieägaravtal, slutlig version 2024-02-20"),
    ("s", "Beslut"),
    ("p", "Styrelsen beslutade att godkänna aktieägaravtalet och att uppdra åt VD att underteckna det. "
          "Paragrafen förklarades omedelbart justerad."),
    ("p", "Arbetstagarrepresentanten Eva Marklund begärde att få följande antecknat till protokollet: "
          "”De anställdas representanter förutsätter att personalen i Sorsele Vind AB omfattas av "
          "koncernens kollektivavtal.”"),
    ("h", "§ 20. Övriga frågor"),
    ("p", "Styrelsens arbetsordning: VD informerade om att ett förslag till reviderad arbetsordning kommer att "
          "föreläggas styrelsen vid nästa möte. Nästa styrelsemöte äger rum torsdagen den 16 maj 2024."),
    ("h", "§ 21. Mötets avslutande"),
    ("p", "Ordföranden tackade de närvarande och förklarade mötet avslutat."),
]


class BoardPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.set_xy(15, 8)
        self.cell(90, 4, "Skellefteå Kraft AB")
        self.cell(0, 4, f"Styrelseprotokoll nr 2/2024      Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 12)
        self.cell(90, 4, "Styrelsen")
        self.cell(0, 4, "Sammanträdesdatum 2024-03-21", align="R")
        self.line(15, 17, 195, 17)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 7)
        self.cell(60, 4, "Signatur ordförande .............")
        self.cell(60, 4, "Signatur justerare .............")
        self.cell(0, 4, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = BoardPdf(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Styrelseprotokoll nr 2/2024")
    pdf.set_author("Skellefteå Kraft AB")
    pdf.set_creator("heldout22")
    pdf.set_producer("heldout22")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(15, 22, 15)
    pdf.add_page()

    pdf.set_font("F", "B", 13)
    pdf.multi_cell(0, 6, "PROTOKOLL fört vid styrelsemöte i Skellefteå Kraft AB (org.nr 556016-4022)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "", 10)
    for label, value in [
        ("Tid:", "Torsdagen den 21 mars 2024, kl. 09.00–12.15"),
        ("Plats:", "Kraftens hus, Skellefteå"),
    ]:
        pdf.set_font("F", "B", 10)
        pdf.cell(25, 5, label)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    with pdf.table(col_widths=(55, 80, 45), line_height=5, first_row_as_headings=True) as table:
        row = table.row()
        for head in ("Namn", "Funktion", "Utsedd av"):
            row.cell(head)
        for name, function, appointed in ATTENDANCE:
            row = table.row()
            row.cell(name)
            row.cell(function)
            row.cell(appointed)
    pdf.ln(2)
    pdf.set_font("F", "", 10)
    for label, value in [
        ("Anmält förhinder:", "Åsa Nordlund, styrelseledamot"),
        ("Övriga deltagare:", "Henrik Östlund, verkställande direktör (VD); Karin Åhlén, ekonomidirektör, "
                              "§ 17; Johanna Lestander, bolagsjurist, protokollförare"),
        ("Bolagets revisor:", "Anders Kempe, auktoriserad revisor, Ernst & Young AB, § 17"),
    ]:
        pdf.set_font("F", "B", 10)
        pdf.cell(40, 5, label)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)

    for kind, text in PDF_BODY:
        if kind == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "s":
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "i":
            pdf.set_font("F", "", 10)
            pdf.set_x(22)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    pdf.ln(8)
    pdf.set_font("F", "", 10)
    pdf.cell(0, 5, "Skellefteå 2024-03-26", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("F", "B", 10)
    pdf.cell(60, 5, "Vid protokollet")
    pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("F", "", 10)
    for line in (("..........................",) * 3,
                 ("Johanna Lestander", "Lars-Erik Öberg", "Kaisa Rantatalo"),
                 ("Protokollförare", "Ordförande", "Justerare")):
        for cell in line:
            pdf.cell(60, 5, cell)
        pdf.ln(5)
    pdf.output(str(DOCS / PDF_NAME))


# ------------------------------------------------------------------------------------------------
# DOCX: Överförmyndarnämnden Arjeplog-Arvidsjaur (gemensam nämnd, värdkommun Arjeplogs kommun),
# 2024-10-09, full protocol (ÖFN §§ 31–35). Attendance tables grouped by appointing kommun,
# headings "ÖFN § 32<TAB>Title" (Heading 2) with the Dnr in a right-aligned paragraph, typed "1)" points,
# and all reservations collected in a table "Reservationer" at the end of the protocol.

DOCX_NAME = "arjeplog-ofn-2024-10-09-protokoll.docx"

MEMBERS: list[tuple[str, str, str, str, str]] = [
    ("Britt-Marie Stenlund", "S", "Arjeplogs kommun", "Ordförande", "Närvarande"),
    ("Per-Anders Sandström", "M", "Arjeplogs kommun", "Ledamot", "Närvarande"),
    ("Ella-Máret Labba", "C", "Arjeplogs kommun", "Ledamot", "Närvarande"),
    ("Päivi Lundström", "S", "Arvidsjaurs kommun", "Vice ordförande", "Närvarande på distans"),
    ("Gunnar Wiklund", "SD", "Arvidsjaurs kommun", "Ledamot", "Frånvarande"),
]
SUBSTITUTES: list[tuple[str, str, str, str]] = [
    ("Tomas Nordqvist", "SD", "Arvidsjaurs kommun", "Tjänstgör för Gunnar Wiklund (SD)"),
    ("Lisa Omma", "V", "Arjeplogs kommun", "Närvarande, ej tjänstgörande"),
    ("Sven-Olof Lundgren", "C", "Arvidsjaurs kommun", "Frånvarande"),
]

# (kind, text): "t" title, "p" paragraph, "b" bold label, "h" § heading (Heading 2), "r" right-aligned Dnr,
# "members"/"subs"/"res"/"sign" insert a table here.
DOCX_BODY: list[tuple[str, str]] = [
    ("t", "Överförmyndarnämnden Arjeplog-Arvidsjaur"),
    ("p", "Gemensam nämnd för Arjeplogs kommun och Arvidsjaurs kommun enligt 9 kap. 19 § kommunallagen "
          "(2017:725). Nämnden ingår i Arjeplogs kommuns organisation."),
    ("p", "Sammanträdesdatum: onsdagen den 9 oktober 2024"),
    ("p", "Plats och tid: Kommunhuset i Arjeplog, sammanträdesrum Hornavan, kl. 13.00–15.40"),
    ("b", "Ledamöter"),
    ("members", ""),
    ("b", "Ersättare"),
    ("subs", ""),
    ("b", "Övriga närvarande"),
    ("p", "Anna Grahn, överförmyndarhandläggare"),
    ("p", "Maria Lundberg, nämndsekreterare"),
    ("p", "Justerare: Per-Anders Sandström (M)"),
    ("p", "Justeringens plats och tid: Kommunhuset i Arjeplog, måndagen den 14 oktober 2024"),
    ("p", "Paragrafer: 31–35"),
    ("sign", ""),
    ("h", "ÖFN § 31\tVal av justerare"),
    ("p", "Överförmyndarnämnden utser Per-Anders Sandström (M) att jämte ordföranden justera dagens protokoll."),
    ("h", "ÖFN § 32\tArvodesriktlinjer för ställföreträdare 2025"),
    ("r", "Dnr ÖFN 2024/0038"),
    ("b", "Ärendet"),
    ("p", "Enligt 12 kap. 16 § föräldrabalken har gode män och förvaltare rätt till skäligt arvode. Nämnden har "
          "hittills tillämpat Sveriges Kommuner och Regioners rekommendation från 2019. Förvaltningen föreslår "
          "nya riktlinjer där arvodet beräknas som en andel av prisbasbeloppet och där uppdrag för "
          "ensamkommande barn ersätts med ett fast belopp per månad."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från överförmyndarhandläggaren 2024-09-24"),
    ("p", "Förslag till riktlinjer, version 2024-09-10"),
    ("b", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till förvaltningens förslag. Päivi Lundström (S) instämmer i ordförandens "
          "yrkande."),
    ("p", "Tomas Nordqvist (SD) yrkar att arvodet för uppdrag som god man för ensamkommande barn ska sänkas "
          "med tio procent."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena. Votering begärs. Beslutet fattas med röstsiffrorna "
          "4–1 i enlighet med ordförandens yrkande."),
    ("b", "Beslut"),
    ("p", "Överförmyndarnämnden beslutar"),
    ("p", "1) att anta Riktlinjer för arvodering av ställföreträdare 2025,"),
    ("p", "2) att riktlinjerna gäller från och med den 1 januari 2025."),
    ("p", "Reservation: se sammanställningen sist i protokollet."),
    ("h", "ÖFN § 33\tLänsstyrelsens tillsyn av överförmyndarnämnden 2024"),
    ("r", "Dnr ÖFN 2024/0029"),
    ("b", "Ärendet"),
    ("p", "Länsstyrelsen i Norrbottens län genomförde den 4 juni 2024 tillsyn av nämndens verksamhet enligt "
          "19 kap. 17 § föräldrabalken (länsstyrelsens dnr 204-4518-2024). I tillsynsprotokollet, daterat "
          "2024-08-20, konstaterar Länsstyrelsen att granskningen av årsräkningar tar för lång tid. "
          "Länsstyrelsen begär att nämnden senast 2024-11-15 redovisar vilka åtgärder som har vidtagits."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-27"),
    ("p", "Länsstyrelsens tillsynsprotokoll 2024-08-20"),
    ("b", "Beslut"),
    ("p", "Överförmyndarnämnden godkänner förvaltningens redovisning av vidtagna åtgärder och överlämnar den "
          "till Länsstyrelsen i Norrbottens län."),
    ("b", "Protokollsanteckning"),
    ("p", "Ersättaren Lisa Omma (V) får följande antecknat till protokollet: ”Nämnden behöver fler "
          "ställföreträdare som talar samiska eller meänkieli.”"),
    ("h", "ÖFN § 34\tRevidering av samverkansavtal om gemensam överförmyndarnämnd"),
    ("r", "Dnr ÖFN 2024/0044"),
    ("b", "Ärendet"),
    ("p", "Arjeplogs kommun och Arvidsjaurs kommun har sedan 2019 en gemensam överförmyndarnämnd med Arjeplogs "
          "kommun som värdkommun. Samverkansavtalet mellan Arjeplogs kommun och Arvidsjaurs kommun reglerar "
          "bland annat kostnadsfördelningen, som enligt förslaget ska följa antalet ärenden (Arjeplog 44 "
          "procent, Arvidsjaur 56 procent) från och med 2025. Arvidsjaurs kommunstyrelse behandlade "
          "förslaget 2024-09-17, § 142."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-26"),
    ("p", "Förslag till reviderat samverkansavtal, daterat 2024-09-12"),
    ("b", "Yrkanden"),
    ("p", "Ella-Máret Labba (C) yrkar bifall till förvaltningens förslag."),
    ("b", "Beslut"),
    ("p", "Överförmyndarnämnden föreslår kommunfullmäktige i Arjeplogs kommun och kommunfullmäktige i "
          "Arvidsjaurs kommun att godkänna det reviderade samverkansavtalet."),
    ("h", "ÖFN § 35\tYttrande över remiss av promemorian Ett stärkt skydd för personer med ställföreträdare"),
    ("r", "Dnr ÖFN 2024/0047"),
    ("b", "Ärendet"),
    ("p", "Justitiedepartementet har gett Arjeplogs kommun tillfälle att yttra sig över promemorian Ett stärkt "
          "skydd för personer med ställföreträdare (Ds 2024:12), departementets dnr Ju2024/01187. "
          "Kommunstyrelsen har överlämnat remissen till överförmyndarnämnden för besvarande. Svar ska lämnas "
          "senast 2024-10-31."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-09-30"),
    ("p", "Förslag till yttrande 2024-09-30"),
    ("b", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till förvaltningens förslag till yttrande."),
    ("p", "Ella-Máret Labba (C) yrkar som tillägg att yttrandet ska framhålla behovet av samiskspråkiga "
          "gode män i förvaltningsområdet för samiska."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på tilläggsyrkandet och finner att det avslås."),
    ("b", "Beslut"),
    ("p", "Överförmyndarnämnden antar förvaltningens förslag till yttrande och överlämnar det till "
          "Justitiedepartementet."),
    ("p", "Paragrafen justeras omedelbart."),
    ("p", "Reservation: se sammanställningen sist i protokollet."),
    ("b", "Reservationer"),
    ("res", ""),
    ("p", "Protokollet är justerat 2024-10-14 och har anslagits på Arjeplogs kommuns och Arvidsjaurs kommuns "
          "digitala anslagstavlor 2024-10-15. Förvaringsplats: Kommunkansliet, Arjeplog."),
]

RESERVATIONS: list[tuple[str, str, str, str]] = [
    ("§ 32", "Tomas Nordqvist", "SD", "Till förmån för eget yrkande"),
    ("§ 35", "Ella-Máret Labba", "C", "Till förmån för eget tilläggsyrkande"),
]
SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Maria Lundberg"),
    ("Ordförande", "Britt-Marie Stenlund"),
    ("Justerare", "Per-Anders Sandström"),
]


def add_table(d: docx.Document, rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for r, values in enumerate(rows):
        for c, (value, width) in enumerate(zip(values, widths, strict=True)):
            cell = table.cell(r, c)
            cell.width = Cm(width)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    section = d.sections[0]
    header = section.header
    header.paragraphs[0].text = "ARJEPLOGS KOMMUN\tSAMMANTRÄDESPROTOKOLL"
    header.add_paragraph("Överförmyndarnämnden Arjeplog-Arvidsjaur\tSammanträdesdatum 2024-10-09")
    section.footer.paragraphs[0].text = "Justerandes sign\tUtdragsbestyrkande"

    for kind, text in DOCX_BODY:
        if kind == "t":
            d.add_heading(text, level=1)
        elif kind == "h":
            d.add_heading(text, level=2)
        elif kind == "r":
            para = d.add_paragraph(text)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "members":
            add_table(d, [("Namn", "Parti", "Vald av", "Uppdrag", "Närvaro"), *MEMBERS], (4.5, 1.2, 3.8, 3.0, 3.5))
        elif kind == "subs":
            add_table(d, [("Namn", "Parti", "Vald av", "Närvaro"), *SUBSTITUTES], (4.5, 1.2, 3.8, 6.5))
        elif kind == "res":
            add_table(d, [("Paragraf", "Namn", "Parti", "Reservationen avser"), *RESERVATIONS], (2.0, 4.5, 1.2, 8.3))
        elif kind == "sign":
            add_table(d, [("Underskrifter", "", "")] + [(r, "…………………………………", n) for r, n in SIGNATURES],
                      (3.5, 6.0, 6.5))
        else:
            d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Arjeplogs kommun"
    cp.last_modified_by = "Arjeplogs kommun"
    cp.title = "Protokoll Överförmyndarnämnden Arjeplog-Arvidsjaur 2024-10-09"
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
    (DOCS / DOCX_NAME).write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
