"""Generate the binary documents of tests/heldout5/docs (two PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout5/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps, fixed comment dates
and fixed PDF metadata, so re-running the script leaves the files byte-identical. The gold
files in tests/heldout5/gold/ describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
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


def _stamp(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 12, 0, 0, tzinfo=dt.UTC)


class BasePDF(FPDF):
    left = 20.0
    width = 170.0
    top = 30.0
    bottom = 297 - 24.0

    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.y_pos = self.top

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        for hard in text.split("\n"):
            cur = ""
            for word in hard.split(" "):
                cand = f"{cur} {word}" if cur else word
                if self.get_string_width(cand) <= width:
                    cur = cand
                else:
                    if cur:
                        lines.append(cur)
                    cur = word
            lines.append(cur)
        return lines

    def put(self, x: float, y: float, text: str, bold: bool = False, size: float = 10,
            w: float = 0, align: str = "L") -> None:
        self.set_font("F", "B" if bold else "", size)
        self.set_xy(x, y)
        self.cell(w, 5, text, align=align)

    def new_page(self) -> None:
        self.add_page()
        self.y_pos = self.top

    def flow(self, text: str, bold: bool = False, size: float = 10, lh: float = 5.0, gap: float = 2.0,
             indent: float = 0.0, hang: float = 0.0, keep: int = 1) -> None:
        """Wrapped text at the flow position; lines that do not fit go to a new page.

        hang: the first line starts at `indent`, the following lines at `indent + hang`.
        """
        self.set_font("F", "B" if bold else "", size)
        lines = self.wrap(text, self.width - indent - hang)
        if self.y_pos + lh * min(keep, len(lines)) > self.bottom:
            self.new_page()
        for i, line in enumerate(lines):
            if self.y_pos + lh > self.bottom:
                self.new_page()
            self.set_font("F", "B" if bold else "", size)
            x = self.left + indent + (hang if (i and hang) else 0)
            self.set_xy(x, self.y_pos)
            self.cell(self.width - indent, lh, line)
            self.y_pos += lh
        self.y_pos += gap

    def sub(self, text: str) -> None:
        self.flow(text, bold=True, gap=0.6, keep=3)

    def items(self, items: list[str], marker: str = "{n}.", indent: float = 0.0, gap: float = 2.0) -> None:
        for n, item in enumerate(items, start=1):
            mark = marker.format(n=n)
            self.flow(f"{mark} {item}", indent=indent, hang=6, gap=0.6)
        self.y_pos += gap - 0.6


# ============================================================================================
# PDF 1: Region Östergötland, regionstyrelsen 2023-04-25
# Attendance as tables with one column per party (party only in the column heading, presidium
# role abbreviated under the name, substitutes marked with asterisks explained in footnotes);
# "Insynsplats"; "Tjänstepersoner"; the diarienummer printed ABOVE each § heading; digital
# justering with an e-signature "Verifikat" page at the end (initials in parentheses).
# ============================================================================================


class RosPDF(BasePDF):
    verifikat = False

    def header(self) -> None:
        if self.verifikat:
            return
        self.put(20, 10, "Region Östergötland", bold=True, size=11)
        self.put(112, 10, "PROTOKOLL", bold=True, size=10)
        self.put(160, 10, f"{self.page_no()} (5)", size=10, w=30, align="R")
        self.put(20, 15.5, "Regionstyrelsen", size=9.5)
        self.put(112, 15.5, "Sammanträdesdatum 2023-04-25", size=9.5)
        self.line(20, 22, 190, 22)

    def footer(self) -> None:
        if self.verifikat:
            return
        self.line(20, 297 - 17, 190, 297 - 17)
        self.put(20, 297 - 15.5, "Region Östergötland · Regionledningskontoret · 581 91 Linköping", size=7.5)
        self.put(150, 297 - 15.5, "regionostergotland.se", size=7.5, w=40, align="R")

    def party_table(self, title: str, columns: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """A table with one column per party; each cell is a name with an optional role line."""
        self.flow(title, bold=True, size=10, gap=1.2, keep=6)
        n = len(columns)
        cw = self.width / n
        y0 = self.y_pos
        self.set_draw_color(150, 150, 150)
        for i, (party, _) in enumerate(columns):
            self.put(self.left + i * cw + 1, y0, party, bold=True, size=9)
        self.line(self.left, y0 + 5.5, self.left + self.width, y0 + 5.5)
        rows = max(len(names) for _, names in columns)
        y = y0 + 7
        for r in range(rows):
            row_h = 4.6
            for i, (_, names) in enumerate(columns):
                if r < len(names):
                    name, role = names[r]
                    self.put(self.left + i * cw + 1, y, name, size=8.6)
                    if role:
                        self.put(self.left + i * cw + 1, y + 3.9, role, size=7.4)
                        row_h = 8.4
            y += row_h + 1.2
        self.line(self.left, y, self.left + self.width, y)
        self.set_draw_color(0, 0, 0)
        self.y_pos = y + 2.5

    def label_rows(self, rows: list[tuple[str, str]], lw: float = 50) -> None:
        for label, value in rows:
            self.set_font("F", "", 10)
            lines = self.wrap(value, self.width - lw)
            self.put(self.left, self.y_pos, label, bold=True, size=10)
            for i, line in enumerate(lines):
                self.put(self.left + lw, self.y_pos + i * 5, line, size=10)
            self.y_pos += 5 * len(lines) + 2

    def par(self, dnr: str, number: str, title: str) -> None:
        if self.y_pos > self.bottom - 45:
            self.new_page()
        self.y_pos += 4
        self.set_text_color(90, 90, 90)
        self.put(self.left, self.y_pos, dnr, size=8.5)
        self.set_text_color(0, 0, 0)
        self.y_pos += 5
        self.set_font("F", "B", 12)
        lines = self.wrap(title, self.width - 20)
        self.put(self.left, self.y_pos, f"§ {number}", bold=True, size=12)
        for i, line in enumerate(lines):
            self.put(self.left + 20, self.y_pos + i * 5.6, line, bold=True, size=12)
        self.y_pos += 5.6 * len(lines) + 3


def make_ros_pdf(path: Path) -> None:
    pdf = RosPDF()
    pdf.set_title("Regionstyrelsens protokoll 2023-04-25")
    pdf.set_author("Region Östergötland")
    pdf.set_creator("Microsoft Word för Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2023, 5, 2))
    pdf.new_page()
    pdf.label_rows([
        ("Plats och tid", "Regionhuset, Linköping, tisdagen den 25 april 2023 kl. 09.00–12.10"),
    ])
    pdf.y_pos += 2
    pdf.party_table("Beslutande ledamöter", [
        ("S", [("Kerstin Holm", "2:e vice ordf."), ("Eva Lund*", ""), ("Lena Hjort", ""),
               ("Göran Sahlin", "")]),
        ("M", [("Anders Nyqvist", "ordf."), ("Cecilia Brandt", ""), ("Oskar Rönn", ""), ("Helén Sjö", "")]),
        ("KD", [("Magnus Ferm", "1:e vice ordf."), ("Ylva Strand", "")]),
        ("SD", [("Rebecka Lind", ""), ("Per Wall**", "")]),
        ("C", [("Nils Hagberg", "")]),
        ("L", [("Peter Ahl", "")]),
        ("V", [("Jonas Åberg", "")]),
    ])
    pdf.flow("* Eva Lund (S), tjänstgörande ersättare för Mats Ek (S)", size=8.5, lh=4.2, gap=0)
    pdf.flow("** Per Wall (SD), tjänstgörande ersättare för Anna Sköld (SD)", size=8.5, lh=4.2, gap=4)
    pdf.party_table("Närvarande ersättare", [
        ("S", [("Ali Demir", ""), ("Birgitta Olsson", "")]),
        ("M", [("Johan Kvist", "")]),
        ("KD", [("Sara Lindh", "")]),
        ("SD", [("Tomas Rydh", "")]),
        ("C", [("–", "")]),
        ("L", [("Sara Wik", "")]),
        ("V", [("Emma Lönn", "")]),
    ])
    pdf.label_rows([
        ("Insynsplats", "Maja Fredriksson (MP)"),
        ("Tjänstepersoner", "Karin Ahlberg, regiondirektör\nFredrik Möller, ekonomidirektör, § 58\n"
                            "Hanna Kjell, regionjurist, §§ 58–59\nUlrika Sandin, nämndsekreterare"),
        ("Sekreterare", "Ulrika Sandin"),
        ("Justerare", "Lena Hjort (S)"),
        ("Justering", "Digital justering 2023-05-03"),
        ("Paragrafer", "58–62"),
    ], lw=42)
    pdf.flow(
        "Protokollet justeras digitalt. Underskrifterna från sekreterare, ordförande och justerare "
        "framgår av verifikatet som har fogats till protokollet.", size=9.5, gap=4)
    y = pdf.y_pos
    pdf.rect(20, y, 170, 36)
    pdf.put(22, y + 2, "ANSLAG/BEVIS", bold=True, size=9.5)
    pdf.put(22, y + 7, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på Region "
                       "Östergötlands digitala anslagstavla.", size=8.5)
    for i, (label, value) in enumerate([
        ("Organ", "Regionstyrelsen"),
        ("Sammanträdesdatum", "2023-04-25"),
        ("Anslaget publiceras", "2023-05-04"),
        ("Anslaget tas ned", "2023-05-26"),
        ("Förvaringsplats", "Regionledningskontoret, Regionhuset, Linköping"),
    ]):
        pdf.put(22, y + 12 + i * 4.6, label, size=8.5)
        pdf.put(70, y + 12 + i * 4.6, value, size=8.5)

    # § 58 -------------------------------------------------------------------------------------
    pdf.new_page()
    pdf.par("Dnr RS 2023-187", "58", "Ägaravtal för Almi Företagspartner Östergötland AB")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Almi Företagspartner Östergötland AB ägs till 51 procent av moderbolaget Almi Företagspartner AB "
        "och till 49 procent av Region Östergötland. Ägarnas styrning av bolaget regleras i ett ägaravtal "
        "som regionfullmäktige godkände 2017-06-13 § 84. Almi Företagspartner AB har tagit fram ett nytt "
        "ägaravtal för samtliga regionala bolag, som ska gälla från och med 2024-01-01. Avtalet reglerar "
        "ägarnas finansiering av verksamheten, styrelsens sammansättning och formerna för ägardialog. "
        "Region Östergötlands ägartillskott för 2024 föreslås uppgå till 16,2 miljoner kronor."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2023-03-28\nFörslag till ägaravtal för Almi Företagspartner Östergötland AB\n"
             "Regionstyrelsens arbetsutskott 2023-04-11 § 41")
    pdf.sub("Yrkande")
    pdf.flow("Ordföranden yrkar bifall till arbetsutskottets förslag.")
    pdf.sub("Beslut")
    pdf.flow("Regionstyrelsen föreslår regionfullmäktige besluta", gap=0.6)
    pdf.items([
        "att godkänna ägaravtalet för Almi Företagspartner Östergötland AB mellan Almi Företagspartner AB "
        "och Region Östergötland,",
        "att ägartillskottet för 2024 finansieras inom ramen för regionstyrelsens anslag för regional "
        "utveckling.",
    ])
    pdf.flow("Regionstyrelsen beslutar för egen del", gap=0.6)
    pdf.flow("3. att uppdra åt regiondirektören att underteckna avtalet när regionfullmäktige har fattat "
             "beslut.", hang=6)
    pdf.flow("Expedieras: Regionfullmäktige, Almi Företagspartner Östergötland AB", size=9)

    # § 59 -------------------------------------------------------------------------------------
    pdf.par("Dnr RS 2023-98", "59",
            "Yttrande över remiss av promemorian Regionalt ansvar för planering av elförsörjning")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Region Östergötland har fått promemorian Regionalt ansvar för planering av elförsörjning på remiss "
        "från Klimat- och näringslivsdepartementet (departementets diarienummer KN2023/01877). I promemorian "
        "föreslås att regionerna ska få ett lagstadgat ansvar för att samordna planeringen av elförsörjningen "
        "i länet, i samråd med Svenska kraftnät, Energimarknadsinspektionen och länsstyrelsen. Förslaget "
        "innebär ändringar i lagen (2010:630) om regionalt utvecklingsansvar. Svaret ska vara departementet "
        "tillhanda senast 2023-05-12."
    )
    pdf.flow(
        "Regionledningskontoret föreslår att Region Östergötland i huvudsak tillstyrker förslaget men "
        "framhåller att uppdraget måste finansieras fullt ut av staten."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2023-04-04\nRemiss från Klimat- och näringslivsdepartementet 2023-02-17")
    pdf.sub("Yrkanden")
    pdf.flow(
        "Kerstin Holm (S) yrkar bifall till regionledningskontorets förslag med tillägget att yttrandet ska "
        "betona behovet av laddinfrastruktur för tung trafik i länet. Jonas Åberg (V) instämmer i Kerstin "
        "Holms yrkande."
    )
    pdf.flow("Ordföranden yrkar bifall till regionledningskontorets förslag och avslag på tilläggsyrkandet.")
    pdf.sub("Beslutsgång")
    pdf.flow(
        "Ordföranden ställer först proposition på regionledningskontorets förslag och finner att "
        "regionstyrelsen bifaller det. Därefter ställer ordföranden proposition på Kerstin Holms "
        "tilläggsyrkande och finner att regionstyrelsen avslår det."
    )
    pdf.sub("Beslut")
    pdf.flow("Regionstyrelsen beslutar att avge yttrande till Klimat- och näringslivsdepartementet i enlighet "
             "med bilaga 1 till tjänsteskrivelsen.")
    pdf.sub("Omedelbar justering")
    pdf.flow("Regionstyrelsen beslutar att paragrafen justeras omedelbart.")
    pdf.sub("Reservation")
    pdf.flow("Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för Kerstin Holms "
             "tilläggsyrkande.")
    pdf.sub("Särskilt yttrande")
    pdf.flow("Vänsterpartiets ledamot Jonas Åberg lämnar ett särskilt yttrande, bilaga 2.")
    pdf.flow("Expedieras: Klimat- och näringslivsdepartementet", size=9)

    # § 60 -------------------------------------------------------------------------------------
    pdf.par("Dnr RS 2022-1342", "60", "Svar på motion om avgiftsfri kollektivtrafik för barn och unga")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Jonas Åberg (V) föreslår i en motion, inkommen 2022-11-14, att barn och unga under 20 år ska få "
        "resa avgiftsfritt i den regionala kollektivtrafiken. Motionen har remitterats till trafik- och "
        "samhällsplaneringsnämnden, som i sitt yttrande 2023-02-16 § 12 föreslår att motionen ska anses "
        "besvarad med hänvisning till den pågående översynen av taxesystemet."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2023-03-30\nTrafik- och samhällsplaneringsnämndens beslut 2023-02-16 § 12\n"
             "Motion från Jonas Åberg (V), 2022-11-14")
    pdf.sub("Yrkanden")
    pdf.flow("Ordföranden yrkar bifall till regionledningskontorets förslag, att motionen ska anses besvarad.")
    pdf.flow("Jonas Åberg (V) yrkar bifall till motionen. Kerstin Holm (S) biträder Jonas Åbergs yrkande.")
    pdf.flow("Rebecka Lind (SD) yrkar avslag på motionen.")
    pdf.sub("Beslutsgång")
    pdf.flow(
        "Ordföranden konstaterar att det finns tre förslag: ordförandens, Jonas Åbergs och Rebecka Linds. "
        "Ordföranden finner att ordförandens förslag är huvudförslag."
    )
    pdf.sub("Kontrapropositionsvotering")
    pdf.flow(
        "Votering begärs om vilket förslag som ska ställas mot huvudförslaget. Ja-röst för Jonas Åbergs "
        "yrkande, nej-röst för Rebecka Linds yrkande. Omröstningsresultat: 5 ja-röster, 2 nej-röster, "
        "8 ledamöter avstår. Jonas Åbergs yrkande blir därmed motförslag i huvudvoteringen."
    )
    pdf.sub("Huvudvotering")
    pdf.flow(
        "Ja-röst för ordförandens yrkande, nej-röst för Jonas Åbergs yrkande. Omröstningsresultat: 8 "
        "ja-röster, 5 nej-röster, 2 ledamöter avstår. Regionstyrelsen har därmed beslutat i enlighet med "
        "ordförandens yrkande. Hur var och en har röstat framgår av voteringslistan, bilaga 3."
    )
    pdf.sub("Beslut")
    pdf.flow("Regionstyrelsen föreslår regionfullmäktige besluta att motionen ska anses besvarad.")
    pdf.sub("Reservation")
    pdf.flow("Jonas Åberg (V) och Kerstin Holm (S) reserverar sig mot beslutet till förmån för Jonas Åbergs "
             "yrkande.")
    pdf.sub("Protokollsanteckning")
    pdf.flow(
        "Rebecka Lind (SD) och Per Wall (SD) får antecknat till protokollet att Sverigedemokraterna anser att "
        "avgiftsfri kollektivtrafik inte kan finansieras utan höjd skatt."
    )
    pdf.flow("Expedieras: Regionfullmäktige, trafik- och samhällsplaneringsnämnden", size=9)

    # § 61 -------------------------------------------------------------------------------------
    pdf.par("Dnr RS 2023-244", "61", "Avsiktsförklaring om samverkan inom life science")
    pdf.sub("Jäv")
    pdf.flow(
        "Peter Ahl (L) anmäler jäv och deltar inte i handläggningen av ärendet. Ersättaren Sara Wik (L) "
        "tjänstgör i hans ställe under paragrafen."
    )
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Region Östergötland, Linköpings universitet och Linköpings kommun har sedan 2019 samarbetat om "
        "klinisk forskning och innovation. Parterna föreslås nu teckna en avsiktsförklaring för perioden "
        "2023–2027 med målet att stärka forskning, innovation och företagande inom life science i länet. "
        "Avsiktsförklaringen innebär inga ekonomiska åtaganden för regionen."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2023-04-05\nFörslag till avsiktsförklaring")
    pdf.sub("Yrkande")
    pdf.flow("Nils Hagberg (C) och Kerstin Holm (S) yrkar bifall till regionledningskontorets förslag.")
    pdf.sub("Beslut")
    pdf.flow("Regionstyrelsen beslutar", gap=0.6)
    pdf.items([
        "att godkänna avsiktsförklaringen om samverkan inom life science mellan Region Östergötland, "
        "Linköpings universitet och Linköpings kommun,",
        "att uppdra åt regionstyrelsens ordförande att underteckna avsiktsförklaringen.",
    ])
    pdf.flow("Expedieras: Linköpings universitet, Linköpings kommun", size=9)

    # § 62 -------------------------------------------------------------------------------------
    pdf.par("Dnr RS 2023-12", "62", "Anmälan av delegationsbeslut")
    pdf.flow(
        "Beslut som har fattats med stöd av delegation ska enligt 6 kap. 40 § kommunallagen (2017:725) "
        "anmälas till regionstyrelsen. Följande beslut anmäls:"
    )
    pdf.flow("– Regiondirektörens beslut 2023-03-15 om tillförordnad hälso- och sjukvårdsdirektör, "
             "dnr RS 2023-201", hang=3, gap=0.6)
    pdf.flow("– Ekonomidirektörens beslut 2023-04-12 om upptagande av lån, dnr RS 2023-219", hang=3)
    pdf.sub("Beslut")
    pdf.flow("Regionstyrelsen beslutar att lägga anmälan av delegationsbesluten till handlingarna.")

    # Verifikat (appended by the e-signing service, no running head) --------------------------
    pdf.verifikat = True
    pdf.new_page()
    pdf.y_pos = 20
    pdf.flow("Verifikat", bold=True, size=16, lh=8, gap=1)
    pdf.flow("Transaktion 09222115557491873346", size=9, gap=5)
    pdf.flow("Dokument", bold=True, size=10, gap=0.5)
    pdf.flow("Regionstyrelsen protokoll 2023-04-25\nHuvuddokument\n5 sidor\n"
             "Startades 2023-05-02 16:01:44 CEST (+0200) av Ulrika Sandin (US)\n"
             "Färdigställt 2023-05-03 15:41:02 CEST (+0200)", size=9, lh=4.6, gap=5)
    pdf.flow("Signerare", bold=True, size=10, gap=1)
    for name, ini, mail, when in [
        ("Ulrika Sandin", "US", "ulrika.sandin@regionostergotland.se", "2023-05-02 16:05:31"),
        ("Anders Nyqvist", "AN", "anders.nyqvist@regionostergotland.se", "2023-05-03 09:12:07"),
        ("Lena Hjort", "LH", "lena.hjort@regionostergotland.se", "2023-05-03 15:40:55"),
    ]:
        pdf.flow(f"{name} ({ini})\nRegion Östergötland\n{mail}\nSignerade {when} CEST (+0200)",
                 size=9, lh=4.6, gap=4)
    pdf.flow(
        "Detta verifikat är utfärdat av tjänsten för elektronisk underskrift. Information i kursiv stil är "
        "säkert verifierad av tjänsten. Verifikatet och dokumentet har förseglats med ett certifikat som "
        "intygar att de inte har ändrats efter signeringen.", size=8, lh=4, gap=2)
    pdf.output(str(path))


# ============================================================================================
# PDF 2: Södra Älvsborgs Räddningstjänstförbund, direktionen 2022-12-07
# Letter-spaced title; attendance table with one row per member municipality (Medlemskommun |
# Ledamot | Ersättare, "frånvarande"/"tjänstgör" in the cells); § number and dnr in a shaded band
# with the title below; a decision point with a nested dash list that runs over a page break.
# ============================================================================================


class SarfPDF(BasePDF):
    top = 34.0

    def header(self) -> None:
        self.set_char_spacing(2.2)
        self.put(20, 11, "PROTOKOLL", bold=True, size=13)
        self.set_char_spacing(0)
        self.put(110, 10, "Södra Älvsborgs Räddningstjänstförbund", bold=True, size=9)
        self.put(110, 14.5, "Direktionen", size=9)
        self.put(110, 19, "Sammanträdesdatum 2022-12-07", size=9)
        self.put(160, 23.5, f"Sida {self.page_no()}", size=9, w=30, align="R")
        self.line(20, 29, 190, 29)

    def footer(self) -> None:
        self.put(20, 297 - 16, "Justerandes sign", size=8)
        self.rect(45, 297 - 17, 25, 7)
        self.rect(75, 297 - 17, 25, 7)
        self.put(140, 297 - 16, "Utdragsbestyrkande", size=8)

    def grid(self, widths: list[float], rows: list[list[str]], head: bool = True, lh: float = 4.8,
             size: float = 9.2) -> None:
        for r, row in enumerate(rows):
            bold = head and r == 0
            self.set_font("F", "B" if bold else "", size)
            cells = [self.wrap(t, w - 3) if t else [""] for w, t in zip(widths, row, strict=True)]
            h = lh * max(len(c) for c in cells) + 1.6
            if self.y_pos + h > self.bottom:
                self.new_page()
            x = self.left
            for w, lines in zip(widths, cells, strict=True):
                if bold:
                    self.set_fill_color(225, 225, 225)
                    self.rect(x, self.y_pos, w, h, style="DF")
                else:
                    self.rect(x, self.y_pos, w, h)
                for i, line in enumerate(lines):
                    self.put(x + 1.5, self.y_pos + 0.8 + i * lh, line, bold=bold, size=size)
                x += w
            self.y_pos += h
        self.y_pos += 3

    def par(self, number: str, dnr: str, title: str) -> None:
        if self.y_pos > self.bottom - 45:
            self.new_page()
        self.y_pos += 3
        self.set_fill_color(210, 222, 235)
        self.rect(self.left, self.y_pos, self.width, 7, style="F")
        self.put(self.left + 2, self.y_pos + 1, f"§ {number}", bold=True, size=11)
        self.put(self.left + 100, self.y_pos + 1, dnr, size=9.5, w=68, align="R")
        self.y_pos += 9
        self.flow(title, bold=True, size=11, lh=5.4, gap=2.5)


def make_sarf_pdf(path: Path) -> None:
    pdf = SarfPDF()
    pdf.set_title("Direktionens protokoll 2022-12-07")
    pdf.set_author("Södra Älvsborgs Räddningstjänstförbund")
    pdf.set_creator("Microsoft Word 2016")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(_stamp(2022, 12, 15))
    pdf.new_page()
    pdf.grid([48, 122], [
        ["Plats och tid", "Räddningstjänstens kansli, Borås, onsdagen den 7 december 2022 kl. 09.00–11.45"],
        ["Justerare", "Per Ekman (S)"],
        ["Justeringens plats och tid", "Räddningstjänstens kansli, Borås, 2022-12-14"],
        ["Paragrafer", "41–45"],
    ], head=False)
    pdf.flow("Beslutande och närvarande ledamöter och ersättare", bold=True, gap=1)
    pdf.grid([48, 64, 58], [
        ["Medlemskommun", "Ledamot", "Ersättare"],
        ["Borås Stad", "Lena Brink (S), ordförande", "Elin Vik (S)"],
        ["Borås Stad", "Göran Hjalmarsson (M), frånvarande", "Anneli Borg (M), tjänstgör"],
        ["Marks kommun", "Kenneth Alm (C), vice ordförande", "–"],
        ["Ulricehamns kommun", "Maria Torstensson (M)", "–"],
        ["Bollebygds kommun", "Sören Wallin (KD)", "–"],
        ["Herrljunga kommun", "Ingrid Kvist (S)", "–"],
        ["Svenljunga kommun", "Per Ekman (S)", "Jessica Roos (C)"],
        ["Tranemo kommun", "Hans Grip (SD), frånvarande", "Tobias Dahl (SD), tjänstgör"],
        ["Vårgårda kommun", "Karin Alvén (L)", "–"],
    ], lh=4.6)
    pdf.flow("Övriga deltagande", bold=True, gap=1)
    pdf.grid([64, 106], [
        ["Namn", "Funktion"],
        ["Magnus Rydén", "Förbundsdirektör"],
        ["Lotta Brodin", "Ekonomichef, § 44"],
        ["Fredrik Nyholm", "Stabschef, §§ 42–43"],
        ["Jenny Claesson", "Direktionssekreterare"],
    ], lh=4.6)
    pdf.y_pos += 4
    for x, label in ((20, "Sekreterare"), (78, "Ordförande"), (136, "Justerare")):
        pdf.put(x, pdf.y_pos, label, bold=True, size=9.5)
    for x in (20, 78, 136):
        pdf.put(x, pdf.y_pos + 11, "…………………………………", size=9.5)
    for x, name in ((20, "Jenny Claesson"), (78, "Lena Brink"), (136, "Per Ekman")):
        pdf.put(x, pdf.y_pos + 16, name, size=9.5)
    pdf.y_pos += 26
    pdf.flow("ANSLAG/BEVIS", bold=True, size=9.5, gap=0.8)
    pdf.grid([60, 110], [
        ["Organ", "Direktionen, Södra Älvsborgs Räddningstjänstförbund"],
        ["Sammanträdesdatum", "2022-12-07"],
        ["Anslaget sätts upp", "2022-12-15"],
        ["Anslaget tas ned", "2023-01-06"],
        ["Förvaringsplats", "Räddningstjänstens kansli, Borås"],
    ], head=False, size=8.8)

    # § 41 -------------------------------------------------------------------------------------
    pdf.new_page()
    pdf.par("41", "", "Val av justerare")
    pdf.sub("Beslut")
    pdf.flow("Direktionen utser Per Ekman (S) att jämte ordföranden justera dagens protokoll.")

    # § 42 -------------------------------------------------------------------------------------
    pdf.par("42", "Dnr SÄRF 2022-187",
            "Yttrande över Myndigheten för samhällsskydd och beredskaps förslag till föreskrifter om "
            "innehåll och struktur i kommunens handlingsprogram")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Myndigheten för samhällsskydd och beredskap (MSB) har skickat förslag till föreskrifter och "
        "allmänna råd om innehåll och struktur i kommunens handlingsprogram för förebyggande verksamhet och "
        "räddningstjänst på remiss till förbundet (MSB:s dnr MSB 2022-04619). Förslaget innebär att "
        "handlingsprogrammen ska följa en gemensam struktur från och med 2024. Yttrandet ska vara MSB "
        "tillhanda senast 2022-12-16."
    )
    pdf.flow(
        "Förbundsdirektören föreslår att förbundet ställer sig positivt till förslaget men påpekar att "
        "övergångstiden är för kort för förbund med många medlemskommuner."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-11-21\nRemiss från MSB 2022-10-28")
    pdf.sub("Yrkande")
    pdf.flow("Kenneth Alm (C) yrkar bifall till förbundsdirektörens förslag.")
    pdf.sub("Beslut")
    pdf.flow("Direktionen beslutar att avge yttrande enligt förbundsdirektörens förslag, bilaga 1. "
             "Paragrafen förklaras omedelbart justerad.")
    pdf.flow("Exp: Myndigheten för samhällsskydd och beredskap", size=9)

    # § 43 -------------------------------------------------------------------------------------
    pdf.par("43", "Dnr SÄRF 2022-164",
            "Avtal om gemensam systemledning med Räddningstjänsten Storgöteborg")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Sedan 2022 ska varje kommun enligt lagen (2003:778) om skydd mot olyckor ha förmåga till "
        "systemledning dygnet runt. Förbundet har tillsammans med Räddningstjänsten Storgöteborg tagit fram "
        "ett avtal om gemensam systemledning mellan Södra Älvsborgs Räddningstjänstförbund och "
        "Räddningstjänsten Storgöteborg. Avtalet innebär att ett gemensamt ledningscentrum i Göteborg leder "
        "insatser i båda förbundens områden. Förbundets kostnad beräknas till 4,1 miljoner kronor per år."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-11-15\nFörslag till avtal")
    pdf.sub("Yrkanden")
    pdf.flow(
        "Maria Torstensson (M) yrkar att ärendet återremitteras för en utredning av kostnaderna för "
        "medlemskommunerna. Sören Wallin (KD) instämmer i återremissyrkandet."
    )
    pdf.flow("Lena Brink (S) yrkar att ärendet avgörs i dag och bifall till förbundsdirektörens förslag.")
    pdf.sub("Beslutsgång")
    pdf.flow(
        "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
        "att det ska avgöras i dag. Omröstning begärs. Den som vill att ärendet ska avgöras i dag röstar "
        "ja, den som vill återremittera ärendet röstar nej."
    )
    pdf.flow("Följande röstar ja: Lena Brink, Anneli Borg, Kenneth Alm, Ingrid Kvist, Per Ekman och "
             "Karin Alvén.")
    pdf.flow("Följande röstar nej: Maria Torstensson, Sören Wallin och Tobias Dahl.")
    pdf.flow(
        "Direktionen har alltså beslutat att ärendet ska avgöras i dag. Ordföranden ställer därefter "
        "proposition på förbundsdirektörens förslag och finner att direktionen bifaller det."
    )
    pdf.sub("Beslut")
    pdf.flow("Direktionen beslutar", gap=0.6)
    pdf.items([
        "att godkänna avtalet om gemensam systemledning med Räddningstjänsten Storgöteborg från och med "
        "2023-03-01,",
        "att uppdra åt förbundsdirektören att teckna avtalet.",
    ])
    pdf.sub("Reservation")
    pdf.flow("Maria Torstensson (M) och Sören Wallin (KD) reserverar sig till förmån för "
             "återremissyrkandet.")
    pdf.sub("Ersättaryttrande")
    pdf.flow("Ersättaren Jessica Roos (C) lämnar ett ersättaryttrande, bilaga 2.")
    pdf.flow("Exp: Räddningstjänsten Storgöteborg", size=9)

    # § 44 -------------------------------------------------------------------------------------
    pdf.par("44", "Dnr SÄRF 2022-151", "Budget 2023 och verksamhetsplan 2023–2025")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Förbundsdirektören har tagit fram förslag till budget 2023 och verksamhetsplan 2023–2025. "
        "Förslaget har presenterats för medlemskommunerna vid medlemssamrådet 2022-10-14. Medlemsbidraget "
        "räknas upp med 3,9 procent och fördelas enligt förbundsordningens fördelningsnyckel. Ekonomichef "
        "Lotta Brodin redogör för förslaget."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-11-18\nBudget 2023 och verksamhetsplan 2023–2025")
    pdf.sub("Yrkande")
    pdf.flow("Lena Brink (S) yrkar bifall till förbundsdirektörens förslag.")
    pdf.sub("Beslut")
    pdf.flow("Direktionen beslutar", gap=0.6)
    pdf.flow("1. att fastställa budget 2023 och verksamhetsplan 2023–2025,", hang=6, gap=0.6)
    pdf.flow("2. att fastställa medlemsbidragen för 2023 enligt följande fördelning:", hang=6, gap=0.6)
    shares = [("Borås Stad", "59,1"), ("Marks kommun", "12,9"), ("Ulricehamns kommun", "8,6"),
              ("Bollebygds kommun", "3,8"), ("Herrljunga kommun", "3,4"), ("Svenljunga kommun", "3,6"),
              ("Tranemo kommun", "4,2"), ("Vårgårda kommun", "4,4")]
    for kommun, share in shares:  # the nested list runs over a page break
        pdf.flow(f"– {kommun} {share} procent", indent=12, gap=0.3)
    pdf.flow("3. att investeringsramen för 2023 uppgår till 38 miljoner kronor.", hang=6, gap=2)
    pdf.sub("Protokollsanteckning")
    pdf.flow("Tobias Dahl (SD) antecknar till protokollet att Sverigedemokraterna vill se en översyn av "
             "fördelningsnyckeln inför 2024.")
    pdf.flow("Exp: Samtliga medlemskommuner", size=9)

    # § 45 -------------------------------------------------------------------------------------
    pdf.par("45", "Dnr SÄRF 2022-172", "Hyresavtal med Vårgårda kommun för brandstationen i Vårgårda")
    pdf.sub("Ärendebeskrivning")
    pdf.flow(
        "Förbundet hyr brandstationen i Vårgårda av Vårgårda kommun. Nuvarande hyresavtal löper ut "
        "2023-06-30. Ett nytt hyresavtal med tio års löptid har förhandlats fram. Årshyran är "
        "1,2 miljoner kronor."
    )
    pdf.sub("Beslutsunderlag")
    pdf.flow("Tjänsteskrivelse 2022-11-22\nFörslag till hyresavtal")
    pdf.sub("Yrkande")
    pdf.flow("Karin Alvén (L) yrkar bifall till förbundsdirektörens förslag.")
    pdf.sub("Beslut")
    pdf.flow("Direktionen godkänner hyresavtalet med Vårgårda kommun för brandstationen i Vårgårda.")
    pdf.flow("Exp: Vårgårda kommun", size=9)
    pdf.output(str(path))


# ============================================================================================
# DOCX: Falu kommun, omsorgsnämnden 2021-11-24
# Attendance as tab-aligned paragraphs (no table); a TOC field whose cached result holds the
# § numbers; § headings numbered by Word ("§ %1" starting at 112, the numbers are NOT in the
# heading text); decisions as Word numbered lists; a roll-call table with "Ja"/"Nej"/"Avstår"
# words; reviewer comments (w:comment) with names and a date that are not protocol text;
# a hyperlink.
# ============================================================================================


def _write_deterministic_zip(data: bytes, path: Path, stamp: tuple[int, int, int, int, int, int]) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == "word/comments.xml":
                content = re.sub(rb'w:date="[^"]*"', b'w:date="2021-11-30T10:15:00Z"', content)
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, content)
    path.write_bytes(out.getvalue())


def _add_field(run, instr: str) -> None:
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, end):
        run._r.append(el)


def _fld_char(paragraph, kind: str, instr: str | None = None) -> None:
    run = paragraph.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    run._r.append(el)
    if instr is not None:
        r2 = paragraph.add_run()
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = instr
        r2._r.append(t)


class _Numbering:
    """Numbering definitions: "§ %1" for the paragraph headings (start 112) and "%1." lists."""

    PARAGRAPH = 60
    DECIMAL = 61

    def __init__(self, document) -> None:
        self.numbering = document.part.numbering_part.element
        first_num = self.numbering.find(qn("w:num"))
        for abstract_id, fmt, text, start, ind in (
            (self.PARAGRAPH, "decimal", "§ %1", "112", ("0", "0")),
            (self.DECIMAL, "decimal", "%1.", "1", ("720", "360")),
        ):
            abstract = OxmlElement("w:abstractNum")
            abstract.set(qn("w:abstractNumId"), str(abstract_id))
            mlt = OxmlElement("w:multiLevelType")
            mlt.set(qn("w:val"), "singleLevel")
            abstract.append(mlt)
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), "0")
            tags = [("w:start", start), ("w:numFmt", fmt)]
            if abstract_id == self.PARAGRAPH:
                tags.append(("w:suff", "tab"))  # schema order: suff before lvlText
            tags += [("w:lvlText", text), ("w:lvlJc", "left")]
            for tag, val in tags:
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                lvl.append(el)
            ppr = OxmlElement("w:pPr")
            el = OxmlElement("w:ind")
            el.set(qn("w:left"), ind[0])
            el.set(qn("w:hanging"), ind[1])
            ppr.append(el)
            lvl.append(ppr)
            abstract.append(lvl)
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                self.numbering.append(abstract)
        self.next_id = 400
        self.paragraph_num = self.new_list(self.PARAGRAPH)

    def new_list(self, abstract_id: int) -> int:
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), str(abstract_id))
        num.append(abstract)
        self.numbering.append(num)
        self.next_id += 1
        return self.next_id - 1

    @staticmethod
    def apply(paragraph, num_id: int) -> None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

    def heading(self, document, title: str):
        p = document.add_paragraph(title, style="Heading 2")
        self.apply(p, self.paragraph_num)
        return p

    def items(self, document, items: list[str]) -> None:
        num_id = self.new_list(self.DECIMAL)
        for item in items:
            p = document.add_paragraph(item)
            self.apply(p, num_id)


def _para(document, text: str = "", bold: bool = False, size: float | None = None, style: str | None = None):
    p = document.add_paragraph(style=style) if style else document.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return p


def _hyperlink(paragraph, url: str, text: str) -> None:
    r_id = paragraph.part.relate_to(
        url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:u")
    style.set(qn("w:val"), "single")
    rpr.append(style)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def make_falun_docx(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    nums = _Numbering(d)

    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "FALU KOMMUN\tPROTOKOLL\tSida "
    _add_field(hp.add_run(), "PAGE")
    hp.add_run("(")
    _add_field(hp.add_run(), "NUMPAGES")
    hp.add_run(")")
    section.header.add_paragraph("Omsorgsnämnden\tSammanträdesdatum 2021-11-24")
    section.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    _para(d, "Omsorgsnämnden", style="Title")
    _para(d, "Plats och tid\tStadshuset, sammanträdesrum Kopparvågen, Falun, kl. 13.00–16.20")
    _para(d, "Beslutande ledamöter", bold=True)
    for line in [
        "Maria Svensson\tS\tordförande",
        "Kent Björk\tC\tvice ordförande",
        "Anette Lund\tS",
        "Roger Hed\tS",
        "Ingrid Moberg\tV",
        "Leif Sandberg\tM",
        "Erik Dahl\tM\ttjänstgörande ersättare för Stina Berg (M)",
        "Johan Ringh\tSD",
        "Carina Öst\tKD",
        "Lars Wiik\tL",
        "Tobias Norén\tMP",
    ]:
        _para(d, line)
    _para(d, "Ej tjänstgörande ersättare", bold=True)
    for line in ["Britt Hansson\tS", "Jan Ström\tKD", "Mona Falk\tSD"]:
        _para(d, line)
    _para(d, "Övriga deltagare", bold=True)
    for line in ["Helena Ros\tförvaltningschef", "Peter Sandin\tekonomichef, §§ 112–113",
                 "Lotta Jernberg\tnämndsekreterare"]:
        _para(d, line)
    _para(d, "Utses att justera\tIngrid Moberg (V)")
    _para(d, "Justeringens plats och tid\tOmsorgsförvaltningen, Stadshuset, 2021-12-01")
    _para(d, "Underskrifter\tSekreterare\t……………………………………\tParagrafer 112–116")
    _para(d, "\t\tLotta Jernberg")
    _para(d, "\tOrdförande\t……………………………………")
    _para(d, "\t\tMaria Svensson")
    _para(d, "\tJusterande\t……………………………………")
    _para(d, "\t\tIngrid Moberg")
    _para(d, "ANSLAG/BEVIS", bold=True)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, [
        ("Organ", "Omsorgsnämnden"),
        ("Sammanträdesdatum", "2021-11-24"),
        ("Anslaget sätts upp / tas ned", "2021-12-02 / 2021-12-24"),
        ("Förvaringsplats för protokollet", "Omsorgsförvaltningen, Stadshuset, Falun"),
    ], strict=True):
        row.cells[0].text = a
        row.cells[1].text = b

    # Table of contents: a TOC field with its cached result (Word writes the numbers as text)
    p = _para(d)
    p.add_run().add_break(WD_BREAK.PAGE)
    _para(d, "Innehåll", bold=True, size=12)
    toc = [
        ("112", "Yttrande över remiss – Länsgemensam strategi för god och nära vård i Dalarna", "3"),
        ("113", "Hyresavtal för vård- och omsorgsboendet Östanfors", "4"),
        ("114", "Yttrande över motion om digitala trygghetslarm", "5"),
        ("115", "Samverkansavtal om nattpatrull med Säters kommun", "6"),
        ("116", "Delegationsbeslut och meddelanden", "6"),
    ]
    for i, (num, title, page) in enumerate(toc):
        p = d.add_paragraph()
        if i == 0:
            _fld_char(p, "begin", ' TOC \\o "1-2" \\h \\z \\u ')
            _fld_char(p, "separate")
        p.add_run(f"§ {num}\t{title}\t{page}")
        if i == len(toc) - 1:
            _fld_char(p, "end")
    p = _para(d)
    p.add_run().add_break(WD_BREAK.PAGE)

    # § 112 ------------------------------------------------------------------------------------
    nums.heading(d, "Yttrande över remiss – Länsgemensam strategi för god och nära vård i Dalarna")
    _para(d, "Dnr ON0234/21")
    _para(d, "Ärendebeskrivning", style="Heading 3")
    _para(d, "Region Dalarna har skickat förslaget till länsgemensam strategi för god och nära vård på remiss "
             "till kommunerna i länet (Region Dalarnas dnr RD21/04567). Kommunstyrelsen har överlämnat "
             "remissen till omsorgsnämnden, som besvarar den för Falu kommuns räkning. Svar ska lämnas "
             "senast 2021-12-10.")
    p = _para(d, "Remisshandlingarna finns på ")
    _hyperlink(p, "https://www.regiondalarna.se/remisser/god-och-nara-vard", "regiondalarna.se")
    p.add_run(".")
    _para(d, "Beslutsunderlag", style="Heading 3")
    p = _para(d)
    anchor = p.add_run("Tjänsteskrivelse 2021-11-08")
    anchor.add_break(WD_BREAK.LINE)
    p.add_run("Remiss från Region Dalarna 2021-10-01")
    d.add_comment(anchor, text="Kontrollera datumet – ärendesystemet visar 2021-11-04.",
                  author="Göran Wester", initials="GW")
    _para(d, "Yrkanden", style="Heading 3")
    _para(d, "Maria Svensson (S) yrkar bifall till förvaltningens förslag med den ändringen att yttrandet "
             "kompletteras med ett avsnitt om hemsjukvård.")
    _para(d, "Johan Ringh (SD) yrkar att yttrandet även kompletteras med ett avsnitt om bemanning.")
    _para(d, "Propositionsordning", style="Heading 3")
    _para(d, "Ordföranden ställer proposition på sitt eget yrkande och finner att omsorgsnämnden bifaller det. "
             "Ordföranden ställer därefter proposition på Johan Ringhs tilläggsyrkande och finner att "
             "omsorgsnämnden avslår det.")
    _para(d, "Beslut", style="Heading 3")
    nums.items(d, [
        "Omsorgsnämnden antar förvaltningens förslag till yttrande med den ändring som ordföranden har "
        "föreslagit och överlämnar det till Region Dalarna.",
        "Paragrafen justeras omedelbart.",
    ])
    _para(d, "Reservation", style="Heading 3")
    _para(d, "Johan Ringh (SD) reserverar sig till förmån för eget yrkande.")
    _para(d, "Expedieras", style="Heading 3")
    _para(d, "Region Dalarna, kommunstyrelsen")

    # § 113 ------------------------------------------------------------------------------------
    nums.heading(d, "Hyresavtal för vård- och omsorgsboendet Östanfors")
    _para(d, "Dnr ON0251/21")
    _para(d, "Ärendebeskrivning", style="Heading 3")
    p = _para(d, "Omsorgsnämnden behöver ett nytt vård- och omsorgsboende med 60 platser i centrala Falun. "
                 "AB Kopparstaden har erbjudit sig att bygga om fastigheten ")
    anchor2 = p.add_run("Östanfors 2:14")
    p.add_run(" för ändamålet. Förvaltningen har förhandlat fram ett hyresavtal mellan Falu kommun, genom "
              "omsorgsnämnden, och AB Kopparstaden. Avtalstiden är 15 år och årshyran 9,8 miljoner kronor. "
              "Eftersom avtalet överstiger nämndens delegation ska det godkännas av kommunstyrelsen.")
    d.add_comment(anchor2, text="Fastighetsbeteckningen ska stämmas av med Lantmäteriet före utskick.",
                  author="Helena Ros", initials="HR")
    _para(d, "Beslutsunderlag", style="Heading 3")
    _para(d, "Tjänsteskrivelse 2021-11-03\nFörslag till hyresavtal")
    _para(d, "Yrkanden", style="Heading 3")
    _para(d, "Maria Svensson (S) yrkar bifall till förvaltningens förslag.")
    _para(d, "Carina Öst (KD) yrkar att ärendet återremitteras för att förvaltningen ska utreda alternativet "
             "att upphandla platserna av en privat utförare. Johan Ringh (SD) instämmer i Carina Östs "
             "återremissyrkande.")
    _para(d, "Propositionsordning", style="Heading 3")
    _para(d, "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och "
             "finner att det ska avgöras i dag. Omröstning begärs. Den som vill att ärendet ska avgöras i dag "
             "röstar ja, den som vill att det ska återremitteras röstar nej.")
    _para(d, "Omröstning", style="Heading 3")
    vt = d.add_table(rows=1, cols=3)
    vt.style = "Table Grid"
    for cell, head in zip(vt.rows[0].cells, ("Ledamot", "Parti", "Röst"), strict=True):
        cell.text = head
        cell.paragraphs[0].runs[0].bold = True
    for name, party, vote in [
        ("Maria Svensson", "S", "Ja"), ("Kent Björk", "C", "Ja"), ("Anette Lund", "S", "Ja"),
        ("Roger Hed", "S", "Ja"), ("Ingrid Moberg", "V", "Ja"), ("Leif Sandberg", "M", "Nej"),
        ("Erik Dahl", "M", "Nej"), ("Johan Ringh", "SD", "Nej"), ("Carina Öst", "KD", "Nej"),
        ("Lars Wiik", "L", "Avstår"), ("Tobias Norén", "MP", "Ja"),
    ]:
        cells = vt.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, party, vote
    _para(d, "Omsorgsnämnden har alltså beslutat att ärendet ska avgöras i dag. Ordföranden ställer därefter "
             "proposition på förvaltningens förslag och finner att omsorgsnämnden bifaller det.")
    _para(d, "Beslut", style="Heading 3")
    _para(d, "Omsorgsnämnden föreslår kommunstyrelsen besluta")
    nums.items(d, ["Hyresavtalet mellan Falu kommun och AB Kopparstaden för vård- och omsorgsboendet "
                   "Östanfors godkänns."])
    _para(d, "Omsorgsnämnden beslutar för egen del")
    nums.items(d, ["Förvaltningen får i uppdrag att påbörja rekryteringen av personal till boendet under "
                   "förutsättning att kommunstyrelsen godkänner avtalet."])
    _para(d, "Reservation", style="Heading 3")
    _para(d, "Carina Öst (KD), Johan Ringh (SD), Leif Sandberg (M) och Erik Dahl (M) reserverar sig mot "
             "beslutet att avgöra ärendet i dag.")
    _para(d, "Protokollsanteckning", style="Heading 3")
    _para(d, "Ordföranden Maria Svensson (S) gör följande protokollsanteckning: ”Hyresnivån ska följas upp "
             "årligen och redovisas för nämnden i samband med bokslutet.”")
    _para(d, "Expedieras", style="Heading 3")
    _para(d, "Kommunstyrelsen, AB Kopparstaden")

    # § 114 ------------------------------------------------------------------------------------
    nums.heading(d, "Yttrande över motion om digitala trygghetslarm")
    _para(d, "Dnr ON0198/21, kommunstyrelsens dnr KS0412/21")
    _para(d, "Ärendebeskrivning", style="Heading 3")
    _para(d, "Ulla Berggren (L) föreslår i en motion, inlämnad 2021-06-14, att alla brukare med trygghetslarm "
             "ska erbjudas digitala larm med positionering senast 2022. Kommunstyrelsen har remitterat "
             "motionen till omsorgsnämnden för yttrande. Förvaltningen konstaterar att bytet till digitala "
             "larm pågår och föreslår att motionen ska anses besvarad.")
    _para(d, "Beslutsunderlag", style="Heading 3")
    _para(d, "Tjänsteskrivelse 2021-10-29\nMotion från Ulla Berggren (L) 2021-06-14")
    _para(d, "Yrkanden", style="Heading 3")
    _para(d, "Lars Wiik (L) yrkar att omsorgsnämnden ska föreslå att motionen bifalls.")
    _para(d, "Kent Björk (C) yrkar bifall till förvaltningens förslag.")
    _para(d, "Propositionsordning", style="Heading 3")
    _para(d, "Ordföranden ställer proposition på yrkandena och finner att omsorgsnämnden bifaller Kent "
             "Björks yrkande.")
    _para(d, "Beslut", style="Heading 3")
    _para(d, "Omsorgsnämnden överlämnar förvaltningens tjänsteskrivelse som sitt yttrande över motionen till "
             "kommunstyrelsen.")
    _para(d, "Reservation", style="Heading 3")
    _para(d, "Lars Wiik (L) reserverar sig mot beslutet.")
    _para(d, "Särskilt yttrande", style="Heading 3")
    _para(d, "Carina Öst (KD) lämnar följande särskilda yttrande: ”Kristdemokraterna vill att de digitala "
             "larmen kompletteras med en uppföljning av svarstiderna.”")
    _para(d, "Ersättaren Jan Ström (KD) instämmer i Carina Östs särskilda yttrande.")
    _para(d, "Expedieras", style="Heading 3")
    _para(d, "Kommunstyrelsen")

    # § 115 ------------------------------------------------------------------------------------
    nums.heading(d, "Samverkansavtal om nattpatrull med Säters kommun")
    _para(d, "Dnr ON0263/21")
    _para(d, "Ärendebeskrivning", style="Heading 3")
    _para(d, "Falu kommun och Säters kommun har sedan 2019 en gemensam nattpatrull inom hemtjänsten. Ett nytt "
             "samverkansavtal mellan Falu kommun och Säters kommun föreslås gälla 2022-01-01–2023-12-31. "
             "Säters kommun ersätter Falu kommun per utförd timme.")
    _para(d, "Beslutsunderlag", style="Heading 3")
    _para(d, "Tjänsteskrivelse 2021-11-10\nFörslag till samverkansavtal")
    _para(d, "Yrkande", style="Heading 3")
    _para(d, "Anette Lund (S) yrkar bifall till förvaltningens förslag.")
    _para(d, "Beslut", style="Heading 3")
    nums.items(d, [
        "Omsorgsnämnden godkänner samverkansavtalet om nattpatrull med Säters kommun.",
        "Förvaltningschefen får i uppdrag att underteckna avtalet.",
        "Förvaltningen ska utvärdera samverkan och redovisa resultatet för nämnden senast i oktober 2023.",
    ])
    _para(d, "Expedieras", style="Heading 3")
    _para(d, "Säters kommun")

    # § 116 ------------------------------------------------------------------------------------
    nums.heading(d, "Delegationsbeslut och meddelanden")
    _para(d, "Dnr ON0011/21")
    _para(d, "Ärendebeskrivning", style="Heading 3")
    _para(d, "Förteckning över delegationsbeslut fattade under perioden 2021-10-01–2021-10-31 och inkomna "
             "meddelanden, bland annat Inspektionen för vård och omsorgs beslut 2021-10-18 efter tillsyn av "
             "hemtjänsten i Falu kommun (IVO:s dnr 3.5.1-23456/2021).")
    _para(d, "Beslut", style="Heading 3")
    _para(d, "Omsorgsnämnden lägger redovisningen till handlingarna.")

    cp = d.core_properties
    cp.author = "Lotta Jernberg"
    cp.last_modified_by = "Lotta Jernberg"
    cp.title = "Omsorgsnämndens protokoll 2021-11-24"
    cp.created = dt.datetime(2021, 11, 30, 10, 0, 0)
    cp.modified = dt.datetime(2021, 11, 30, 10, 0, 0)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path, (2021, 11, 30, 10, 0, 0))


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        if not (FONT_DIR / name).exists():
            raise SystemExit(f"{FONT_DIR / name} not found; cannot build the PDFs.")
    make_ros_pdf(DOCS / "regionostergotland-rs-2023-04-25-protokoll.pdf")
    make_sarf_pdf(DOCS / "sarf-direktionen-2022-12-07-protokoll.pdf")
    make_falun_docx(DOCS / "falun-on-2021-11-24-protokoll.docx")


if __name__ == "__main__":
    main()
