"""Generate the binary documents of tests/heldout25/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout25/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout25/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 4, 25, 9, 30, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 23, 14, 0, 0)
ZIP_TIME = (2024, 4, 23, 14, 0, 0)

# --------------------------------------------------------------------------------------------- PDF
# Stockholms stad, exploateringsnämnden 2024-04-18, protokoll nr 4/2024 (§§ 38-41).
# Two columns on every page: the margin headings ("Ledamöter", "§ 39", "Beslut", "Ärendet",
# "Yrkanden", ...) stand in a narrow left column, the text in the right column, so that text
# extraction puts each heading on the same line as the first line of its text.
# A row is (label, text, bold); "PAGE" starts a new page.

PDF_ROWS: list[tuple[str, str, bool] | str] = [
    ("", "Protokoll nr 4/2024", True),
    ("", "fört vid sammanträde med exploateringsnämnden torsdagen den 18 april 2024 "
         "kl. 17.00–18.40 i Stadshuset, Rådsalen", False),
    ("Ledamöter", "Mikael Strand (S), ordförande\nFredrik Lind (M), vice ordförande\nKarin Åslund (S)\n"
                  "Sofie Nordin (V)\nAli Rezai (V)\nJonna Holm (MP)\nPatrik Enström (M)\nSara Gille (L)\n"
                  "Erik Holm (KD)\nPeter Åkerlund (SD)", False),
    ("Tjänstgörande ersättare", "Linnea Bergh (S) för Daniel Öberg (S)", False),
    ("Ersättare", "Hugo Lantz (S)\nMaja Ekvall (V)\nEbba Tornberg (MP)\nGabriel Nyman (M)\n"
                  "Karin Sjödin (C)", False),
    ("Övriga närvarande", "Tjänstemän: exploateringsdirektör Ann-Sofie Rydén, avdelningschef Martin "
                          "Ljung, projektchef Elsa Norberg §§ 39–40, nämndsekreterare Jakob Sandell", False),
    ("", "Rådet för funktionshinderfrågor: Gösta Brink", False),
    ("Justerare", "Patrik Enström", False),
    ("Paragrafer", "§§ 38–41", False),
    ("Underskrifter", "Sekreterare ……………………………… Jakob Sandell", False),
    ("", "Ordförande ……………………………… Mikael Strand", False),
    ("", "Justerare ……………………………… Patrik Enström", False),
    ("Justerat den", "25 april 2024", False),
    ("Anslag", "Protokollet har tillkännagivits på Stockholms stads digitala anslagstavla 2024-04-26.", False),
    "PAGE",
    ("§ 38", "Justering", True),
    ("Beslut", "Nämnden utser Patrik Enström (M) att jämte ordföranden justera dagens protokoll. "
               "Protokollet justeras torsdagen den 25 april 2024.", False),
    ("§ 39", "Markanvisning för bostäder inom del av fastigheten Tallkrogen 1:1 i stadsdelen Tallkrogen "
             "till Veidekke Bostad AB", True),
    ("Dnr", "E2024-01187", False),
    ("Beslut", "1. Exploateringsnämnden godkänner markanvisningsavtal mellan Stockholms stad, genom "
               "exploateringsnämnden, och Veidekke Bostad AB enligt bilaga 1 till kontorets "
               "tjänsteutlåtande.", False),
    ("", "2. Exploateringsnämnden ger exploateringskontoret i uppdrag att tillsammans med "
         "stadsbyggnadskontoret påbörja detaljplanearbetet.", False),
    ("", "3. Paragrafen justeras omedelbart.", False),
    ("Handling", "Exploateringskontorets tjänsteutlåtande daterat 2024-03-12.", False),
    ("Ärendet", "Markanvisningen omfattar cirka 140 bostäder, varav hälften hyresrätter, och en förskola "
                "med sex avdelningar. Stadsbyggnadsnämnden ställde sig den 14 mars 2024 positiv till "
                "planläggning (stadsbyggnadsnämndens dnr 2023-08812). Farsta stadsdelsnämnd har yttrat "
                "sig den 21 mars 2024. Markpriset bestäms enligt de riktlinjer för markanvisning som "
                "kommunfullmäktige antog den 12 december 2022. Markanvisningen gäller i två år från "
                "nämndens beslut.", False),
    ("Yrkanden", "Ordföranden Mikael Strand (S) föreslog att nämnden skulle besluta i enlighet med "
                 "kontorets förslag.", False),
    ("", "Vice ordföranden Fredrik Lind m.fl. (M), ledamoten Sara Gille (L) och ledamoten Erik Holm (KD) "
         "föreslog att nämnden skulle besluta i enlighet med ett gemensamt förslag från (M, L, KD) "
         "enligt bilaga 2.", False),
    "PAGE",
    ("Beslutsgång", "Ordföranden ställde proposition på kontorets förslag och på förslaget från (M, L, KD) "
                    "och fann att nämnden beslutat enligt kontorets förslag.", False),
    ("Omröstning", "Omröstning begärdes. Ja-röst för kontorets förslag, nej-röst för förslaget från "
                   "(M, L, KD). Vid omröstningen avgavs 6 ja-röster och 5 nej-röster. "
                   "Omröstningsprotokoll, bilaga 3.", False),
    ("Reservation", "Reservation anfördes av vice ordföranden Fredrik Lind m.fl. (M), ledamoten Sara Gille "
                    "(L) och ledamoten Erik Holm (KD) till förmån för eget förslag enligt bilaga 2.", False),
    ("", "Ledamoten Peter Åkerlund (SD) reserverade sig mot beslutet.", False),
    ("Ersättar-\nyttrande", "Ersättaren Karin Sjödin (C) anmäler ett ersättaryttrande och instämmer i "
                           "reservationen från (M, L, KD).", False),
    ("§ 40", "Svar på remiss av Stockholms stads strategi för fossilfria byggarbetsplatser 2024–2030", True),
    ("Dnr", "E2024-00342", False),
    ("", "Remiss från kommunstyrelsen, KS 2024/203", False),
    ("Beslut", "Exploateringsnämnden godkänner kontorets tjänsteutlåtande som svar på remissen och "
               "överlämnar det till kommunstyrelsen.", False),
    ("Handling", "Exploateringskontorets tjänsteutlåtande daterat den 2 april 2024.", False),
    ("Ärendet", "Stadsledningskontoret har på uppdrag av kommunstyrelsen remitterat förslaget till "
                "samtliga facknämnder, stadsdelsnämnder och Stockholms Stadshus AB. Underlaget har tagits "
                "fram av miljö- och hälsoskyddsnämnden. Remisstiden går ut den 30 april 2024. Kontoret "
                "tillstyrker strategin men framhåller att kraven i markanvisningsavtal och "
                "exploateringsavtal måste samordnas med byggherrarna.", False),
    ("Beslutsgång", "Nämnden beslutade enligt kontorets förslag.", False),
    ("Särskilt\nuttalande", "Vice ordföranden Fredrik Lind m.fl. (M), ledamoten Sara Gille (L) och ledamoten "
                            "Erik Holm (KD) lämnar ett särskilt uttalande enligt bilaga 4.", False),
    ("", "Särskilt uttalande gjordes av ledamoten Peter Åkerlund (SD) enligt följande: ”Strategin får inte "
         "leda till högre kostnader för bostadsbyggandet.”", False),
    ("Ersättar-\nyttrande", "Ersättaren Karin Sjödin (C) anmäler ett ersättaryttrande och ansluter sig till "
                           "det särskilda uttalandet från (M, L, KD).", False),
    ("§ 41", "Anmälan av delegationsbeslut", True),
    ("Beslut", "Nämnden godkänner anmälan.", False),
    ("Ärendet", "Förteckning över delegationsbeslut fattade under mars 2024 anmäldes, bland annat "
                "arrendeavtal i ärende E2024-00211 och uppsägning av lokalhyresavtal i ärende "
                "E2024-00245.", False),
    ("", "Vid protokollet\nJakob Sandell", False),
]


class Protocol(FPDF):
    def header(self) -> None:
        self.set_font("S", "B", 8)
        self.set_xy(15, 8)
        self.cell(90, 4, "STOCKHOLMS STAD")
        self.cell(90, 4, f"PROTOKOLL NR 4/2024   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 12)
        self.set_font("S", "", 8)
        self.cell(90, 4, "Exploateringsnämnden")
        self.cell(90, 4, "Sammanträdesdatum 2024-04-18", align="R")
        self.set_y(24)


def make_pdf() -> None:
    pdf = Protocol(format="A4")
    pdf.add_font("S", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("S", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("R", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("R", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Exploateringsnämnden protokoll nr 4/2024")
    pdf.set_author("Stockholms stad")
    pdf.set_creator("heldout25")
    pdf.set_producer("heldout25")
    pdf.add_page()
    for row in PDF_ROWS:
        if row == "PAGE":
            pdf.add_page()
            continue
        label, text, bold = row
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("S", "B", 9)
        pdf.multi_cell(36, 5, label)
        y_label = pdf.get_y()
        pdf.set_xy(54, y)
        pdf.set_font("R", "B" if bold else "", 11 if bold else 10)
        pdf.multi_cell(141, 5.5 if bold else 5, text)
        pdf.set_y(max(pdf.get_y(), y_label) + 2.5)
    pdf.output(str(DOCS / "sto-exploateringsnamnden-2024-04-18-protokoll.pdf"))


# -------------------------------------------------------------------------------------------- DOCX


# Göteborgs Stad, nämnden för demokrati och medborgarservice 2024-04-16, protokoll (§§ 43-46).
# Attendance as tab-aligned paragraphs "Namn<TAB>Parti<TAB>Funktion" (party as a bare code), § heading
# "§ 44<TAB>N169-0123/24" with the title as the next bold paragraph, Göteborg section labels (Beslut,
# Handlingar, Yrkanden, Propositionsordning, Omröstning, Beslutet, Reservation, Protokollsanteckning).
# Kinds: "h" § heading, "t" bold title, "l" bold section label, "p" text, "num" Word List Number item,
# "row" tab-aligned attendance row, "sub" bold attendance sub-heading.
DOCX_PARAS: list[tuple[str, str]] = [
    ("t", "Protokoll"),
    ("p", "Nämnden för demokrati och medborgarservice"),
    ("p", "Sammanträde: tisdagen den 16 april 2024, kl. 16.30–18.50"),
    ("p", "Plats: Sammanträdesrum Dagsljuset, Kungsgatan 12, Göteborg"),
    ("p", "Paragrafer: §§ 43–46"),
    ("l", "Närvarande"),
    ("sub", "Ledamöter\tParti\tFunktion"),
    ("row", "Aram Yousef\tV\tOrdförande"),
    ("row", "Hanna Ek\tS\tVice ordförande"),
    ("row", "Sofia Lund\tM\t2:e vice ordförande"),
    ("row", "Ida Kjellberg\tV\tLedamot"),
    ("row", "Jonas Falk\tS\tLedamot"),
    ("row", "Fatima Ismail\tS\tLedamot"),
    ("row", "Lars Nyberg\tMP\tLedamot"),
    ("row", "Erik Wallin\tL\tLedamot"),
    ("row", "Marie Holm\tC\tLedamot"),
    ("row", "Rasmus Sjöberg\tSD\tLedamot"),
    ("sub", "Tjänstgörande ersättare"),
    ("row", "Birgitta Alm\tM\tTjänstgör för Johan Kron (M)"),
    ("sub", "Ersättare"),
    ("row", "Lina Persson\tMP\tErsättare"),
    ("row", "Mehmet Kaya\tS\tErsättare"),
    ("row", "Kent Ahlgren\tD\tErsättare"),
    ("row", "Anders Fors\tKD\tErsättare"),
    ("sub", "Tjänstepersoner"),
    ("row", "Karin Bäck\t\tFörvaltningsdirektör"),
    ("row", "Niklas Ström\t\tAvdelningschef, § 45"),
    ("row", "Pia Lindahl\t\tNämndsekreterare"),
    ("p", "Justerare: Sofia Lund"),
    ("p", "Justeringsdag: 2024-04-23"),
    ("h", "§ 43"),
    ("t", "Val av justerare och justeringsdag"),
    ("l", "Beslut"),
    ("p", "Nämnden utser Sofia Lund (M) att justera protokollet. Justering sker digitalt tisdagen den "
          "23 april 2024."),
    ("h", "§ 44\tN169-0123/24"),
    ("t", "Yttrande till kommunstyrelsen över remiss av Göteborgs Stads program för demokrati och "
          "delaktighet 2024–2030"),
    ("l", "Beslut"),
    ("p", "Enligt förvaltningens förslag:"),
    ("num", "Nämnden för demokrati och medborgarservice tillstyrker remissen med de synpunkter som framgår "
            "av förvaltningens tjänsteutlåtande."),
    ("num", "Nämnden översänder tjänsteutlåtandet som eget yttrande till kommunstyrelsen."),
    ("num", "Paragrafen justeras omedelbart."),
    ("l", "Handlingar"),
    ("p", "1. Tjänsteutlåtande daterat 2024-03-12."),
    ("p", "2. Remiss från kommunstyrelsen, dnr SLK-2024-00211, daterad 2024-02-28."),
    ("p", "3. Yrkande från M, L och C daterat 2024-04-15."),
    ("l", "Ärendet"),
    ("p", "Stadsledningskontoret har på uppdrag av kommunstyrelsen skickat förslaget till program för "
          "demokrati och delaktighet på remiss till samtliga nämnder och styrelser. Svar ska lämnas senast "
          "den 30 april 2024. Programmet ersätter det program som kommunfullmäktige antog 2019 (handling "
          "2019 nr 112). Förvaltningen ser positivt på att programmet omfattar samverkan med "
          "Göteborgsregionen och Västra Götalandsregionen."),
    ("l", "Yrkanden"),
    ("p", "Ordföranden Aram Yousef (V) yrkar bifall till förvaltningens förslag."),
    ("p", "Sofia Lund (M) yrkar, med instämmande av Erik Wallin (L) och Marie Holm (C), bifall till "
          "yrkande från M, L och C daterat 2024-04-15."),
    ("p", "Rasmus Sjöberg (SD) yrkar bifall till Sofia Lunds yrkande."),
    ("l", "Propositionsordning"),
    ("p", "Ordföranden ställer förvaltningens förslag mot yrkandet från M, L och C och finner att nämnden "
          "beslutat enligt förvaltningens förslag."),
    ("l", "Omröstning"),
    ("p", "Votering begärs och verkställs. Den som bifaller förvaltningens förslag röstar ja, den som "
          "bifaller yrkandet från M, L och C röstar nej."),
    ("p", "Omröstningsresultat: Ja 6 – Nej 5 – Avstår 0"),
    ("p", "Nämnden har därmed beslutat i enlighet med förvaltningens förslag."),
    ("l", "Reservation"),
    ("p", "M, L och C reserverar sig mot beslutet till förmån för eget yrkande."),
    ("l", "Yttrande (M, L, C)"),
    ("p", "Sofia Lund (M), Erik Wallin (L) och Marie Holm (C) lämnar ett yttrande enligt bilaga 1."),
    ("l", "Protokollsanteckning från (SD)"),
    ("p", "Rasmus Sjöberg (SD) anför: ”Programmet borde ha innehållit mål för valdeltagandet i varje "
          "stadsområde.”"),
    ("h", "§ 45\tN169-0087/24"),
    ("t", "Samverkansavtal mellan nämnden för demokrati och medborgarservice och Statens servicecenter om "
          "gemensamt servicekontor i Angered"),
    ("l", "Förvaltningens förslag till beslut"),
    ("p", "1. Nämnden för demokrati och medborgarservice godkänner samverkansavtalet med Statens "
          "servicecenter för perioden 2024-07-01–2027-06-30."),
    ("p", "2. Förvaltningsdirektören får i uppdrag att underteckna avtalet."),
    ("l", "Handlingar"),
    ("p", "Tjänsteutlåtande daterat 2024-03-27."),
    ("l", "Ärendet"),
    ("p", "Kommunfullmäktige gav i beslut 2024-02-22 § 12 (handling 2024 nr 45) nämnden i uppdrag att "
          "utveckla samlokaliserad service. Statens servicecenter driver servicekontoret i Angered där "
          "Skatteverket, Försäkringskassan och Pensionsmyndigheten ger service. Stadens medborgarkontor i "
          "Angered flyttar in i samma lokal. Avdelningschef Niklas Ström föredrar ärendet."),
    ("l", "Yrkanden"),
    ("p", "Ordföranden Aram Yousef (V) och Sofia Lund (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Rasmus Sjöberg (SD) yrkar avslag på förvaltningens förslag."),
    ("l", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på bifall respektive avslag till förvaltningens förslag och "
          "finner att nämnden bifallit förvaltningens förslag."),
    ("l", "Beslutet"),
    ("p", "Nämnden beslutar i enlighet med förvaltningens förslag."),
    ("l", "Reservation"),
    ("p", "Rasmus Sjöberg (SD) reserverar sig mot beslutet."),
    ("l", "Protokollsanteckning från (V)"),
    ("p", "”Vänsterpartiet vill att servicekontorets öppettider följs upp efter ett år, särskilt "
          "kvällsöppet för den som arbetar dagtid.”"),
    ("p", "Ersättaren Lina Persson (MP) instämmer i protokollsanteckningen från (V)."),
    ("h", "§ 46"),
    ("t", "Anmälningsärenden"),
    ("l", "Beslut"),
    ("p", "Anmälningsärendena läggs till handlingarna."),
    ("l", "Handlingar"),
    ("p", "a) Kommunstyrelsens beslut 2024-03-20 § 211 om fördelning av medel för valinformation inför "
          "valet till Europaparlamentet."),
    ("p", "b) Beslut från Integritetsskyddsmyndigheten 2024-03-05 om tillsyn av stadens kontaktcenter, "
          "dnr IMY-2023-11872."),
    ("p", "c) Protokoll från förvaltningens samverkansgrupp 2024-03-25."),
    ("l", "Vid protokollet"),
    ("p", "Sekreterare\tPia Lindahl"),
    ("p", "Ordförande\tAram Yousef"),
    ("p", "Justerare\tSofia Lund"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    section = d.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Göteborgs Stad Nämnden för demokrati och medborgarservice\tProtokoll\tSammanträdesdatum 2024-04-16"
    section.footer.paragraphs[0].text = "Göteborgs Stad Nämnden för demokrati och medborgarservice, protokoll"
    for kind, text in DOCX_PARAS:
        if kind == "h":
            p = d.add_heading(text, level=2)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind in ("row", "sub"):
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
            p.paragraph_format.tab_stops.add_tab_stop(Cm(7))
            p.paragraph_format.space_after = Pt(0)
            p.add_run(text).bold = kind == "sub"
        else:
            p = d.add_paragraph()
            run = p.add_run(text)
            run.bold = kind in ("t", "l")
            if kind == "t":
                run.font.size = Pt(12)
    cp = d.core_properties
    cp.author = "Göteborgs Stad"
    cp.last_modified_by = "Göteborgs Stad"
    cp.title = "Protokoll nämnden för demokrati och medborgarservice 2024-04-16"
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
    (DOCS / "gbg-dmn-2024-04-16-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
