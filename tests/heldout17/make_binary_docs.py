"""Generate the binary documents of tests/heldout17/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout17/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout17/gold/
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
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

Block = tuple[str, ...]

# ------------------------------------------------------------------------------------------------
# PDF 1: Mjölby kommun, Bygg- och miljönämnden 2024-05-22, full protocol, §§ 101–104.
# Running header "SAMMANTRÄDESPROTOKOLL / Sida x av y" and a signature footer on every page;
# attendance as running comma-separated paragraphs; "Protokollet omfattar §§ 101–104";
# "Paragrafer 101–104" beside the Sekreterare signature; bygglov with a numbered decision followed
# by numbered Villkor; byggsanktionsavgift with a vote; "Ordföranden frågar om nämnden kan besluta …".

MJOLBY_FIRST: list[Block] = [
    ("kv", "Plats och tid", "Stadshuset, Mjölby, sammanträdesrum Svartån, onsdagen den 22 maj 2024 "
                            "kl. 08.30–11.45"),
    ("kv", "Närvarande", "Närvarande beslutande: Anna Ek (S), ordförande, Per Lind (M), vice ordförande, "
                         "Lars-Göran Fredriksson (S), Monika Strand (C), Hamid Rostami (S), Birgitta Wallén "
                         "(SD), Gunilla Persson (V), Elin Roos (M) §§ 103–104, Jonas Hellberg (KD), "
                         "tjänstgörande ersättare för Ulf Sjöö (KD), Emil Dahl (M), tjänstgörande ersättare "
                         "för Elin Roos (M) §§ 101–102."),
    ("kv", "", "Närvarande ersättare: Eva Björk (S), Tommy Lund (SD), Emil Dahl (M) §§ 103–104."),
    ("kv", "", "Övriga närvarande: Karin Holm, bygg- och miljöchef, Johan Ståhl, bygglovshandläggare, "
               "§§ 101–102, Malin Berglund, miljöinspektör, § 103, Sara Lindqvist, nämndsekreterare."),
    ("kv", "Utses att justera", "Per Lind (M)"),
    ("kv", "Justeringens plats och tid", "Stadshuset, Mjölby, måndagen den 27 maj 2024 kl. 15.00"),
    ("kv", "Protokollet omfattar", "§§ 101–104"),
    ("gap",),
    ("sig", "Sekreterare", "Sara Lindqvist", "Paragrafer 101–104"),
    ("sig", "Ordförande", "Anna Ek", ""),
    ("sig", "Justerare", "Per Lind", ""),
    ("gap",),
    ("h", "ANSLAG/BEVIS"),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("kv", "Organ", "Bygg- och miljönämnden"),
    ("kv", "Sammanträdesdatum", "2024-05-22"),
    ("kv", "Anslaget sätts upp", "2024-05-28"),
    ("kv", "Anslaget tas ned", "2024-06-19"),
    ("kv", "Förvaringsplats", "Samhällsbyggnadsförvaltningen, Stadshuset, Mjölby"),
    ("kv", "Underskrift", "…………………………………  Sara Lindqvist"),
]

MJOLBY_BODY: list[Block] = [
    ("par", "§ 101", "Bygglov för nybyggnad av enbostadshus och garage, Mjölby Hulje 4:12",
     "Dnr BMN 2024-000318"),
    ("h", "Ärendebeskrivning"),
    ("p", "Sökanden har 2024-02-19 ansökt om bygglov för nybyggnad av ett enbostadshus i en och en halv "
          "plan om 164 m² byggnadsarea och ett fristående garage om 42 m² på fastigheten Mjölby Hulje 4:12. "
          "Ansökan kompletterades 2024-04-03. Fastigheten omfattas av detaljplan för del av Hulje (laga kraft "
          "1987-06-12) som anger bostadsändamål och högsta byggnadshöjd 6,5 meter. Garaget placeras så att "
          "0,8 meter av byggnaden hamnar på mark som enligt planen inte får bebyggas (prickmark). "
          "Förvaltningen bedömer att avvikelsen är liten och förenlig med detaljplanens syfte enligt "
          "9 kap. 31 b § plan- och bygglagen (2010:900), PBL."),
    ("p", "Berörda sakägare har underrättats 2024-04-10 och getts tillfälle att yttra sig senast "
          "2024-04-30. Ägaren till Mjölby Hulje 4:11 har framfört synpunkter på garagets placering. "
          "Förvaltningen bedömer att synpunkterna inte utgör skäl att neka lov. Tekniska förvaltningen och "
          "Mjölby Svartådalen Energi AB har inte haft något att erinra."),
    ("h", "Beslutsunderlag"),
    ("li", "–", "Tjänsteskrivelse 2024-05-06"),
    ("li", "–", "Ansökan med bilagor, inkom 2024-02-19, kompletterad 2024-04-03"),
    ("li", "–", "Situationsplan och fasadritningar, bilaga 2"),
    ("li", "–", "Yttrande från ägaren till Mjölby Hulje 4:11, 2024-04-28"),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden frågar om nämnden kan besluta enligt förvaltningens förslag och finner att så är "
          "fallet."),
    ("h", "Bygg- och miljönämndens beslut"),
    ("p", "Bygg- och miljönämnden beslutar att"),
    ("li", "1.", "bevilja bygglov för nybyggnad av enbostadshus och garage på fastigheten Mjölby Hulje 4:12 "
                 "med stöd av 9 kap. 31 b § PBL,"),
    ("li", "2.", "som kontrollansvarig godta Mats Ekwall, certifierad kontrollansvarig med behörighet K "
                 "(normal svårighetsgrad),"),
    ("li", "3.", "fastställa avgiften för lovet till 36 420 kr i enlighet med taxa antagen av "
                 "kommunfullmäktige."),
    ("h", "Villkor"),
    ("p", "Lovet förenas med följande villkor:"),
    ("li", "1.", "Garaget ska utföras utan fönster och dörrar mot fastigheten Mjölby Hulje 4:11."),
    ("li", "2.", "Fasaderna ska utföras i trä och kulörsättas enligt bilaga 2."),
    ("li", "3.", "Dagvatten från tak och hårdgjorda ytor ska omhändertas inom fastigheten."),
    ("h", "Upplysningar"),
    ("p", "Åtgärden får inte påbörjas förrän bygg- och miljönämnden har gett startbesked enligt 10 kap. 3 § "
          "PBL. Lovet upphör att gälla om åtgärden inte har påbörjats inom två år och avslutats inom fem år "
          "från den dag beslutet vann laga kraft (9 kap. 43 § PBL). Beslutet kan överklagas till "
          "Länsstyrelsen i Östergötlands län, se bilaga om hur man överklagar."),
    ("h", "Beslutet expedieras till"),
    ("p", "Sökanden (delgivningskvitto)"),
    ("p", "Kontrollansvarig Mats Ekwall"),
    ("p", "Ägaren till Mjölby Hulje 4:11 (delgivningskvitto)"),
    ("p", "Lantmäteriet, för kännedom"),
    ("p", "Underrättelse om beslutet kungörs i Post- och Inrikes Tidningar"),
    ("break",),
    ("par", "§ 102", "Byggsanktionsavgift för påbörjad nybyggnad av komplementbyggnad utan startbesked, "
                     "Skänninge Spinnrocken 7", "Dnr BMN 2023-000977"),
    ("h", "Ärendebeskrivning"),
    ("p", "Vid tillsynsbesök 2023-11-14 konstaterade förvaltningen att en komplementbyggnad om 48 m² "
          "byggnadsarea hade uppförts på fastigheten Skänninge Spinnrocken 7 utan att bygg- och "
          "miljönämnden hade gett startbesked. Fastigheten ägs av Skänninge Bygg & Mark AB (org.nr "
          "556987-1234). Bygglov beviljades genom delegationsbeslut 2023-08-30 (D-2023-0412)."),
    ("p", "Enligt PBL 11 kap. 51 § ska byggnadsnämnden ta ut en byggsanktionsavgift om någon bryter mot en "
          "bestämmelse i 8–10 kap. PBL. Avgiften för att påbörja en åtgärd utan startbesked framgår av "
          "9 kap. 7 § plan- och byggförordningen (2011:338), PBF. Avgiften har beräknats till 23 780 kr "
          "(0,25 prisbasbelopp med tillägg av 0,005 prisbasbelopp per kvadratmeter sanktionsarea utöver "
          "15 m²; sanktionsarea 48 m², prisbasbelopp 2024 57 300 kr)."),
    ("p", "Bolaget har fått tillfälle att yttra sig över förslaget till beslut (kommunicerat 2024-04-15) och "
          "inkom med yttrande 2024-04-29. Bolaget anför att arbetet påbörjades av en underentreprenör i tron "
          "att startbesked fanns. Förvaltningen bedömer att det inte finns skäl att sätta ned avgiften enligt "
          "PBL 11 kap. 53 a §."),
    ("h", "Beslutsunderlag"),
    ("li", "–", "Tjänsteskrivelse 2024-05-08"),
    ("li", "–", "Tillsynsrapport 2023-11-14"),
    ("li", "–", "Yttrande från Skänninge Bygg & Mark AB, 2024-04-29"),
    ("h", "Yrkanden"),
    ("p", "Anna Ek (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Birgitta Wallén (SD) yrkar att avgiften sätts ned till hälften, 11 890 kr, med stöd av "
          "PBL 11 kap. 53 a §."),
    ("p", "Emil Dahl (M) instämmer i Birgitta Walléns yrkande."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Birgitta Walléns yrkande och finner "
          "att nämnden beslutar enligt förvaltningens förslag. Votering begärs."),
    ("p", "Nämnden godkänner följande beslutsgång: Ja-röst för förvaltningens förslag. Nej-röst för "
          "Birgitta Walléns yrkande."),
    ("h", "Omröstningsresultat"),
    ("p", "Med 6 ja-röster mot 2 nej-röster beslutar nämnden enligt förvaltningens förslag. Gunilla Persson "
          "(V) avstår från att rösta."),
    ("h", "Bygg- och miljönämndens beslut"),
    ("p", "Bygg- och miljönämnden beslutar att"),
    ("li", "1.", "ta ut en byggsanktionsavgift om 23 780 kr av Skänninge Bygg & Mark AB (org.nr "
                 "556987-1234), ägare till fastigheten Skänninge Spinnrocken 7, för att ha påbörjat nybyggnad "
                 "av komplementbyggnad utan startbesked, med stöd av PBL 11 kap. 51 § och 9 kap. 7 § PBF,"),
    ("li", "2.", "avgiften ska betalas till Mjölby kommun inom två månader från det att beslutet vunnit laga "
                 "kraft."),
    ("h", "Reservation"),
    ("p", "Birgitta Wallén (SD) och Emil Dahl (M) reserverar sig mot beslutet till förmån för Birgitta "
          "Walléns yrkande."),
    ("h", "Beslutet expedieras till"),
    ("p", "Skänninge Bygg & Mark AB (delgivning med rekommenderat brev)"),
    ("p", "Ekonomienheten, för fakturering"),
    ("break",),
    ("par", "§ 103", "Yttrande till Länsstyrelsen i Östergötlands län över ansökan om tillstånd till "
                     "täktverksamhet på fastigheten Mjölby Viby 2:3",
     "Dnr BMN 2024-000877\nLänsstyrelsens dnr 551-3377-2024"),
    ("h", "Ärendebeskrivning"),
    ("p", "NCC Industry AB har hos Länsstyrelsen i Östergötlands län ansökt om tillstånd enligt 9 kap. "
          "miljöbalken till fortsatt och utökad bergtäkt på fastigheten Mjölby Viby 2:3. Länsstyrelsen har "
          "genom remiss 2024-04-11 gett Mjölby kommun tillfälle att yttra sig senast 2024-05-31. Enligt "
          "kommunstyrelsens delegationsordning yttrar sig bygg- och miljönämnden för kommunens räkning i "
          "ärenden om miljöfarlig verksamhet och täkter."),
    ("p", "Förvaltningen tillstyrker ansökan under förutsättning att villkor om buller, damning och skydd av "
          "grundvattnet i Mjölbyåsen fastställs. Trafikverket har i eget yttrande framfört synpunkter på "
          "utfarten mot väg 32. Miljöinspektör Malin Berglund föredrar ärendet."),
    ("h", "Beslutsunderlag"),
    ("li", "–", "Tjänsteskrivelse med förslag till yttrande, 2024-05-07"),
    ("li", "–", "Remiss från Länsstyrelsen i Östergötlands län, 2024-04-11"),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden frågar om nämnden kan besluta enligt förvaltningens förslag och finner att så är "
          "fallet. Ordföranden frågar därefter om paragrafen kan justeras omedelbart och finner att så är "
          "fallet."),
    ("h", "Bygg- och miljönämndens beslut"),
    ("p", "Bygg- och miljönämnden beslutar att som kommunens yttrande överlämna förvaltningens "
          "tjänsteskrivelse daterad 2024-05-07 till Länsstyrelsen i Östergötlands län."),
    ("p", "Paragrafen förklaras omedelbart justerad."),
    ("h", "Protokollsanteckning"),
    ("p", "Gunilla Persson (V) får följande antecknat till protokollet: ”Vänsterpartiet anser att "
          "tillståndstiden bör begränsas till tio år och att kommunen bör kräva en plan för efterbehandling "
          "innan brytningen utökas.”"),
    ("p", "Ersättaren Eva Björk (S) instämmer i Gunilla Perssons protokollsanteckning."),
    ("h", "Beslutet expedieras till"),
    ("p", "Länsstyrelsen i Östergötlands län"),
    ("p", "Kommunstyrelsen, för kännedom"),
    ("break",),
    ("par", "§ 104", "Taxa för bygg- och miljönämndens verksamhet enligt plan- och bygglagen 2025",
     "Dnr BMN 2024-000455"),
    ("h", "Ärendebeskrivning"),
    ("p", "Förvaltningen har sett över taxan utifrån Sveriges Kommuner och Regioners underlag för "
          "plan- och bygglovtaxa. Förslaget innebär att timavgiften höjs från 1 260 kr till 1 310 kr. "
          "Kommunfullmäktige antog nuvarande taxa 2022-11-29, § 143."),
    ("h", "Beslutsunderlag"),
    ("li", "–", "Tjänsteskrivelse 2024-04-30"),
    ("li", "–", "Förslag till taxa, version 2024-04-22"),
    ("h", "Yrkanden"),
    ("p", "Per Lind (M) yrkar att timavgiften ska vara oförändrad, 1 260 kr."),
    ("p", "Ordföranden yrkar bifall till förvaltningens förslag."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Per Linds yrkande och finner att "
          "nämnden beslutar enligt förvaltningens förslag."),
    ("h", "Bygg- och miljönämndens förslag till kommunfullmäktige"),
    ("li", "1.", "Taxa för bygg- och miljönämndens verksamhet enligt plan- och bygglagen antas enligt bilaga 4 "
                 "och gäller från och med 2025-01-01."),
    ("li", "2.", "Nuvarande taxa upphör att gälla 2024-12-31."),
    ("h", "Bygg- och miljönämndens beslut för egen del"),
    ("li", "3.", "Förvaltningen får i uppdrag att informera sökande och byggföretag om den nya taxan."),
    ("h", "Särskilt yttrande"),
    ("p", "Per Lind (M) och Elin Roos (M) lämnar följande särskilda yttrande: ”Vi delar målet om full "
          "kostnadstäckning men anser att handläggningstiderna först måste kortas.”"),
    ("h", "Beslutet expedieras till"),
    ("p", "Kommunfullmäktige"),
    ("p", "Kommunstyrelsen"),
]


class MjolbyPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(70, 5, "MJÖLBY KOMMUN")
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("F", "", 9)
        self.cell(40, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_xy(15, 15)
        self.cell(70, 5, "Bygg- och miljönämnden")
        self.cell(70, 5, "Sammanträdesdatum 2024-05-22")
        self.line(15, 21, 195, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.line(15, self.get_y(), 195, self.get_y())
        self.cell(60, 6, "Justerandes signatur")
        self.cell(60, 6, "")
        self.cell(60, 6, "Utdragsbestyrkande", align="R")


def room(pdf: FPDF, needed: float) -> None:
    if pdf.get_y() + needed > pdf.h - 22:
        pdf.add_page()


def render(pdf: FPDF, blocks: list[Block], align: str = "L") -> None:
    for b in blocks:
        kind = b[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "kv":
            y = pdf.get_y()
            pdf.set_font("F", "B", 9)
            pdf.set_xy(15, y)
            pdf.multi_cell(45, 5, b[1], align="L")
            y_label = pdf.get_y()
            pdf.set_xy(62, y)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(133, 5, b[2], align=align)
            pdf.set_y(max(y_label, pdf.get_y()) + 1.5)
        elif kind == "sig":
            pdf.set_font("F", "B", 9)
            pdf.set_x(15)
            pdf.cell(45, 6, b[1])
            pdf.set_font("F", "", 10)
            pdf.cell(80, 6, "………………………………………………")
            pdf.cell(50, 6, b[3], new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(62)
            pdf.cell(80, 6, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "par":
            room(pdf, 30)
            pdf.ln(2)
            pdf.set_font("F", "B", 12)
            pdf.set_x(15)
            pdf.cell(22, 6, b[1])
            pdf.set_x(37)
            pdf.multi_cell(158, 6, b[2])
            pdf.set_font("F", "", 9)
            for line in b[3].split("\n"):
                pdf.set_x(37)
                pdf.cell(158, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            room(pdf, 16)
            pdf.set_font("F", "B", 10)
            pdf.set_x(37)
            pdf.multi_cell(158, 5, b[1])
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("F", "", 10)
            pdf.set_x(37)
            pdf.multi_cell(158, 5, b[1], align=align)
            pdf.ln(1.5)
        elif kind == "li":
            room(pdf, 16)
            y = pdf.get_y()
            pdf.set_font("F", "", 10)
            pdf.set_xy(37, y)
            pdf.cell(7, 5, b[1])
            pdf.set_xy(44, y)
            pdf.multi_cell(151, 5, b[2], align=align)
            pdf.ln(1)
        else:
            raise ValueError(kind)


def new_pdf(cls: type[FPDF], title: str, author: str, when: dt.datetime) -> FPDF:
    pdf = cls(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("heldout17")
    pdf.set_producer("heldout17")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(15, 26, 15)
    return pdf


def make_mjolby() -> None:
    pdf = new_pdf(MjolbyPdf, "Bygg- och miljönämnden 2024-05-22", "Mjölby kommun",
                  dt.datetime(2024, 5, 28, 9, 0, 0, tzinfo=dt.UTC))
    pdf.add_page()
    render(pdf, MJOLBY_FIRST)
    pdf.add_page()
    render(pdf, MJOLBY_BODY)
    pdf.output(str(DOCS / "mjolby-bmn-2024-05-22-protokoll.pdf"))


# ------------------------------------------------------------------------------------------------
# PDF 2: Finspångs kommun, Bildningsnämnden 2024-04-17, protokollsutdrag (§ 45).
# Justified text; the återremiss vote given per party only ("Ja 7 (S 4, C 1, V 1, L 1)");
# footer with the adjusters' initials; a "Bestyrkt utdrag" stamp line.

FINSPANG_BODY: list[Block] = [
    ("kv", "Sammanträdesdatum", "2024-04-17"),
    ("kv", "Justeringsdatum", "2024-04-24"),
    ("kv", "Paragraf", "§ 45"),
    ("gap",),
    ("par", "§ 45", "Samverkansavtal om regional yrkesvux 2024–2027", "Dnr BN 2024/0061"),
    ("h", "Ärendet i korthet"),
    ("p", "Finspångs kommun, Norrköpings kommun, Söderköpings kommun och Valdemarsviks kommun samverkar sedan "
          "2018 om yrkesinriktad vuxenutbildning. Det nuvarande avtalet löper ut 2024-06-30. Ett nytt avtal om "
          "samverkan kring regional yrkesvux mellan Finspångs kommun, Norrköpings kommun, Söderköpings kommun "
          "och Valdemarsviks kommun har tagits fram, med Norrköpings kommun som samordnande kommun i "
          "ansökningar om statsbidrag till Skolverket. Norrköpings kommuns utbildningsnämnd godkände avtalet "
          "2024-03-20, § 31."),
    ("p", "Avtalet innebär att varje kommun betalar för sina egna elever enligt en gemensam prislista och att "
          "Finspångs kommun ansvarar för utbildningar inom industriteknik. Utbildningschef Johan Bergkvist "
          "föredrar ärendet."),
    ("h", "Beslutsunderlag"),
    ("li", "–", "Tjänsteskrivelse, bildningsförvaltningen, 2024-03-28"),
    ("li", "–", "Avtalsförslag, daterat 2024-03-15"),
    ("li", "–", "Protokollsutdrag Norrköpings kommun, utbildningsnämnden 2024-03-20, § 31"),
    ("h", "Förvaltningens förslag till beslut"),
    ("li", "1.", "Bildningsnämnden godkänner samverkansavtalet om regional yrkesvux 2024–2027."),
    ("li", "2.", "Förvaltningschefen får i uppdrag att underteckna avtalet."),
    ("h", "Yrkanden"),
    ("p", "Ordföranden Anders Ek (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Malin Åkesson (M) yrkar att ärendet återremitteras för att belysa kostnaderna för "
          "Finspångs elever vid utbildningar som förläggs i Norrköping."),
    ("p", "Patrik Nord (M) instämmer i Malin Åkessons yrkande."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att "
          "ärendet ska avgöras i dag. Votering begärs. Den som vill att ärendet ska avgöras i dag röstar ja, den "
          "som vill att ärendet ska återremitteras röstar nej."),
    ("p", "Omröstningsresultat: Ja 7 (S 4, C 1, V 1, L 1), Nej 3 (M 2, SD 1), Avstår 1 (KD)."),
    ("p", "Nämnden har därmed beslutat att ärendet ska avgöras i dag. Ordföranden ställer därefter "
          "proposition på förvaltningens förslag och finner att nämnden bifaller detta."),
    ("h", "Beslut"),
    ("p", "Bildningsnämnden beslutar i enlighet med förvaltningens förslag."),
    ("h", "Reservation"),
    ("p", "Malin Åkesson (M) och Patrik Nord (M) reserverar sig mot beslutet att inte återremittera ärendet."),
    ("h", "Protokollsanteckning"),
    ("p", "Ersättaren Sara Blom (MP) får med nämndens medgivande sin mening antecknad till protokollet: "
          "”Miljöpartiet vill att avtalet följs upp med avseende på elevernas resor mellan kommunerna.”"),
    ("h", "Beslutet skickas till"),
    ("p", "Norrköpings kommun, Söderköpings kommun, Valdemarsviks kommun, Vuxenutbildningen i Finspång"),
    ("gap",),
    ("kv", "Ordförande", "Anders Ek"),
    ("kv", "Justerare", "Sofia Hult (C)"),
    ("kv", "Sekreterare", "Lisa Dahl"),
    ("gap",),
    ("kv", "Utdragsbestyrkande", "Lisa Dahl, nämndsekreterare"),
]


class FinspangPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 11)
        self.set_xy(15, 10)
        self.cell(90, 5, "FINSPÅNGS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(60, 5, "PROTOKOLLSUTDRAG")
        self.cell(30, 5, f"{self.page_no()}({{nb}})", align="R")
        self.set_xy(15, 15)
        self.cell(90, 5, "Bildningsnämnden")
        self.line(15, 21, 195, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes sign: AE  SH")
        self.cell(90, 5, "Bestyrkt utdrag", align="R")


def make_finspang() -> None:
    pdf = new_pdf(FinspangPdf, "Protokollsutdrag Bildningsnämnden § 45", "Finspångs kommun",
                  dt.datetime(2024, 4, 25, 8, 30, 0, tzinfo=dt.UTC))
    pdf.add_page()
    render(pdf, FINSPANG_BODY, align="J")
    pdf.output(str(DOCS / "finspang-bn-2024-04-17-protokollsutdrag.pdf"))


# ------------------------------------------------------------------------------------------------
# DOCX: Flens kommun, Socialnämndens individutskott 2024-03-12, full protocol, §§ 21–24.
# First page as a label/value table ("Beslutande: Se närvarolista, sista sidan"); secret §§ with
# "Sekretess enligt OSL 26 kap. 1 §", "Person A"/"Person B" and "Ärendet redovisas i bilaga";
# the last page is a Närvarolista table with one column per § (X = tjänstgör, N = närvarande).

FLEN_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, sammanträdesrum Tuppen, Flen, tisdagen den 12 mars 2024 kl. 13.00–15.40"),
    ("Beslutande", "Se närvarolista, sista sidan"),
    ("Övriga närvarande", "Petra Lindh, enhetschef barn och familj\nOmar Farouk, socialsekreterare, § 22\n"
                          "Jenny Sjögren, nämndsekreterare"),
    ("Utses att justera", "Ann-Sofie Ström (S)"),
    ("Justeringens plats och tid", "Socialförvaltningen, Flen, 2024-03-15"),
    ("Protokollet omfattar", "§§ 21–24"),
]

FLEN_BODY: list[tuple[str, str]] = [
    ("h2", "§ 21\tFastställande av dagordning"),
    ("b", "Individutskottets beslut"),
    ("p", "Dagordningen fastställs med tillägg av ärendet om överflyttning (§ 23)."),
    ("h2", "§ 22\tAnsökan om vård med stöd av lagen med särskilda bestämmelser om vård av unga"),
    ("i", "Sekretess enligt OSL 26 kap. 1 §"),
    ("p", "Ärendet redovisas i bilaga (sekretessbilaga 1)."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-03-06 (sekretess)"),
    ("p", "Utredning enligt 11 kap. 1 § socialtjänstlagen, avslutad 2024-02-28 (sekretess)"),
    ("b", "Individutskottets beslut"),
    ("p", "Socialnämndens individutskott beslutar att ansöka hos förvaltningsrätten om att Person A, född "
          "2008, ska beredas vård med stöd av 2 § lagen (1990:52) med särskilda bestämmelser om vård av unga "
          "(LVU)."),
    ("p", "Paragrafen justeras omedelbart."),
    ("b", "Protokollsanteckning"),
    ("p", "Magnus Berg (M) antecknar till protokollet att individutskottet bör få en samlad redovisning av "
          "kostnaderna för institutionsplaceringar under 2024."),
    ("b", "Beslutet expedieras till"),
    ("p", "Förvaltningsrätten (ansökan med bilagor)\nPetra Lindh, enhetschef\nAkten"),
    ("h2", "§ 23\tBegäran om överflyttning av ärende till annan kommun enligt 2 a kap. 10 § socialtjänstlagen"),
    ("i", "Sekretess enligt OSL 26 kap. 1 §"),
    ("p", "Ärendet redovisas i bilaga (sekretessbilaga 2). Person B har sedan 2023-10-01 sin bosättning i "
          "Katrineholms kommun."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-03-04 (sekretess)"),
    ("b", "Yrkanden"),
    ("p", "Lena Gustafsson (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Kjell Ek (KD) yrkar avslag på förvaltningens förslag."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att individutskottet bifaller "
          "förvaltningens förslag. Votering begärs och genomförs. Ja-röst för bifall, nej-röst för avslag. "
          "Voteringen utfaller med 2 ja-röster och 1 nej-röst."),
    ("b", "Individutskottets beslut"),
    ("p", "Socialnämndens individutskott beslutar att begära att socialnämnden i Katrineholms kommun tar över "
          "ansvaret för ärendet rörande Person B."),
    ("b", "Reservation"),
    ("p", "Kjell Ek (KD) reserverar sig mot beslutet."),
    ("b", "Beslutet expedieras till"),
    ("p", "Katrineholms kommun\nAkten"),
    ("h2", "§ 24\tAnmälan av delegationsbeslut"),
    ("p", "Dnr SN 2024/0012"),
    ("b", "Ärendebeskrivning"),
    ("p", "Förteckning över beslut som fattats med stöd av delegation under perioden 1–29 februari 2024 enligt "
          "socialnämndens delegationsordning, antagen 2023-11-22, § 141. Besluten avser bistånd enligt 4 kap. "
          "1 § socialtjänstlagen, ekonomiskt bistånd och vårdnadsöverflyttningar. Förteckningen redovisas i "
          "bilaga 3 (sekretess). Ordförandebeslut 2024-02-17 om omedelbart omhändertagande enligt 6 § LVU har "
          "underställts förvaltningsrätten."),
    ("b", "Individutskottets beslut"),
    ("p", "Individutskottet lägger redovisningen av delegationsbesluten till handlingarna."),
]

FLEN_ATTENDANCE_HEAD = ["Namn", "Parti", "Uppdrag", "§ 21", "§ 22", "§ 23", "§ 24"]
FLEN_ATTENDANCE = [
    ["Lena Gustafsson", "S", "Ordförande", "X", "X", "X", "X"],
    ["Magnus Berg", "M", "Vice ordförande", "X", "X", "–", "–"],
    ["Ann-Sofie Ström", "S", "Ledamot", "X", "X", "X", "X"],
    ["Kjell Ek", "KD", "Ersättare", "N", "N", "X", "X"],
    ["Linda Virtanen", "S", "Ersättare", "N", "N", "N", "N"],
]


def fixed_docx(d: docx.document.Document, title: str, author: str, when: dt.datetime, out: Path) -> None:
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    res = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(res, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    out.write_bytes(res.getvalue())


def make_flen() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.styles["Normal"].font.name = "Arial"
    sec = d.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "FLENS KOMMUN\tSAMMANTRÄDESPROTOKOLL"
    sec.header.add_paragraph("Socialnämndens individutskott\tSammanträdesdatum 2024-03-12")
    sec.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    t = d.add_table(rows=0, cols=2)
    for label, value in FLEN_FIRST:
        cells = t.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    d.add_paragraph()
    d.add_paragraph(
        "Sekretessbelagda uppgifter har tagits bort ur den publicerade versionen av protokollet med stöd av "
        "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)."
    )
    sig = d.add_table(rows=0, cols=3)
    for role, name, extra in (
        ("Sekreterare", "Jenny Sjögren", "Paragrafer 21–24"),
        ("Ordförande", "Lena Gustafsson", ""),
        ("Justerare", "Ann-Sofie Ström", ""),
    ):
        r1 = sig.add_row().cells
        r1[0].text = role
        r1[1].text = "……………………………………………"
        r1[2].text = extra
        r2 = sig.add_row().cells
        r2[1].text = name
    d.add_paragraph()
    d.add_paragraph("ANSLAG/BEVIS").runs[0].bold = True
    anslag = d.add_table(rows=0, cols=2)
    for label, value in (
        ("Organ", "Socialnämndens individutskott"),
        ("Sammanträdesdatum", "2024-03-12"),
        ("Datum då anslaget sätts upp", "2024-03-18"),
        ("Datum då anslaget tas ned", "2024-04-09"),
        ("Förvaringsplats för protokollet", "Socialförvaltningen, Flen"),
    ):
        cells = anslag.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_page_break()

    for kind, text in FLEN_BODY:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "i":
            p = d.add_paragraph()
            p.add_run(text).italic = True
        else:
            for line in text.split("\n"):
                d.add_paragraph(line)
    d.add_page_break()

    d.add_heading("Närvarolista", level=2)
    d.add_paragraph("Socialnämndens individutskott 2024-03-12")
    nt = d.add_table(rows=1, cols=len(FLEN_ATTENDANCE_HEAD))
    nt.style = "Table Grid"
    for cell, text in zip(nt.rows[0].cells, FLEN_ATTENDANCE_HEAD, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in FLEN_ATTENDANCE:
        cells = nt.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = text
            if i >= 3:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(
        "X = tjänstgör, N = närvarande utan att tjänstgöra, – = ej närvarande. "
        "Magnus Berg (M) lämnade sammanträdet efter § 22."
    )
    fixed_docx(d, "Socialnämndens individutskott 2024-03-12", "Flens kommun",
               dt.datetime(2024, 3, 15, 14, 0, 0), DOCS / "flen-sniu-2024-03-12-protokoll.docx")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_mjolby()
    make_finspang()
    make_flen()
