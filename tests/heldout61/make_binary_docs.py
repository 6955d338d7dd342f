"""Generate the binary documents of tests/heldout61/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout61/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout61/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 12, 10, 0, 0)
ZIP_TIME = (2024, 4, 12, 10, 0, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Gagnefs kommun, kommunstyrelsen 2024-05-14, full protocol (§§ 88-90), 4 pages.
# First page as a label column with the attendance as a two-column table (name | function),
# ANSLAG/BEVIS box; paragraph pages with a running header and "Justerandes signatur" footer.
# ---------------------------------------------------------------------------------------------
GAGNEF_FIRST: list[tuple[str, list[tuple[str, str]] | str]] = [
    ("Plats och tid", "Kommunhuset, Djurås, sammanträdesrummet Gimmen, tisdagen den 14 maj 2024 kl. 09.00–12.10"),
    ("Beslutande", [
        ("Anna Berglund (C)", "Ordförande"),
        ("Per-Olof Mattsson (S)", "1:e vice ordförande"),
        ("Ingrid Nordh (M)", "2:e vice ordförande"),
        ("Erik Dahl (S)", "Ledamot"),
        ("Malin Jers (S)", "Ledamot"),
        ("Hans Lindberg (S)", "Tjänstgörande ersättare för Birgitta Sahlin (S)"),
        ("Sven-Erik Ohlsson (C)", "Ledamot"),
        ("Fredrik Ström (M)", "Tjänstgörande ersättare för Oskar Hedlund (M)"),
        ("Karolina Back (KD)", "Ledamot"),
        ("Margareta Persson (L)", "Ledamot"),
        ("Jonas Björk (V)", "Ledamot"),
        ("Lena Wiik (SD)", "Ledamot"),
        ("Tord Holm (SD)", "Ledamot"),
    ]),
    ("Ej tjänstgörande ersättare", [
        ("Anneli Gustafsson (C)", "Ersättare"),
        ("Kent Wallin (SD)", "Ersättare"),
    ]),
    ("Övriga deltagare", [
        ("Karin Vestin", "Kommunchef"),
        ("Jonas Hed", "Ekonomichef, §§ 88–89"),
        ("Ulrika Sand", "Kommunsekreterare"),
    ]),
    ("Utses att justera", "Erik Dahl (S)"),
    ("Justeringens plats och tid", "Kommunhuset, Djurås, 2024-05-20"),
]

GAGNEF_PARAS: list[list[tuple[str, str]]] = [
    [
        ("h", "§ 88 Yttrande över remiss – Regional vattenförsörjningsplan för Dalarnas län"),
        ("dnr", "Dnr KS 2024/00087"),
        ("s", "Ärendebeskrivning"),
        ("p", "Länsstyrelsen i Dalarnas län har skickat förslag till regional vattenförsörjningsplan på remiss "
              "till länets kommuner (länsstyrelsens diarienummer 537-2145-2024). Yttrandet ska ha kommit in "
              "senast 2024-05-31. Planen pekar ut vattenresurser av regional betydelse, bland annat "
              "grundvattenförekomsterna i Djurås och Mockfjärd. Dala Vatten och Avfall AB har lämnat "
              "synpunkter på förslaget 2024-04-10."),
        ("p", "Förvaltningen föreslår att kommunen ställer sig positiv till planen men påpekar att skyddet av "
              "vattentäkterna enligt 7 kap. 21 § miljöbalken behöver samordnas med den kommunala "
              "översiktsplaneringen."),
        ("s", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-04-22\n"
              "Länsstyrelsens remiss 2024-03-01\n"
              "Kommunstyrelsens arbetsutskott 2024-04-30 § 61"),
        ("s", "Yrkande"),
        ("p", "Ordföranden Anna Berglund (C) yrkar bifall till arbetsutskottets förslag."),
        ("s", "Kommunstyrelsens beslut"),
        ("p", "1. Kommunstyrelsen antar yttrandet i bilaga 1 och överlämnar det till Länsstyrelsen i "
              "Dalarnas län.\n2. Paragrafen justeras omedelbart."),
        ("s", "Beslutet skickas till"),
        ("p", "Länsstyrelsen i Dalarnas län\nDala Vatten och Avfall AB\nSamhällsbyggnadsförvaltningen"),
    ],
    [
        ("h", "§ 89 Taxa för prövning och tillsyn enligt miljöbalken från och med 2025"),
        ("dnr", "Dnr KS 2024/00051"),
        ("s", "Ärendebeskrivning"),
        ("p", "Miljö- och byggnadsnämnden har 2024-03-27, § 23, föreslagit att kommunfullmäktige antar en ny "
              "taxa för prövning och tillsyn enligt miljöbalken. Taxan bygger på Sveriges Kommuner och "
              "Regioners underlag och innebär att timavgiften höjs från 1 160 kronor till 1 290 kronor. "
              "Avgifter tas ut med stöd av 27 kap. 1 § miljöbalken. Taxan föreslås gälla från 2025-01-01."),
        ("s", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-04-15\n"
              "Miljö- och byggnadsnämndens beslut 2024-03-27 § 23\n"
              "Kommunstyrelsens arbetsutskott 2024-04-30 § 64"),
        ("s", "Yrkanden"),
        ("p", "Per-Olof Mattsson (S) yrkar bifall till arbetsutskottets förslag.\n"
              "Lena Wiik (SD) yrkar avslag."),
        ("s", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
              "arbetsutskottets förslag. Votering begärs."),
        ("s", "Votering"),
        ("p", "Kommunstyrelsen godkänner följande voteringsproposition: Ja-röst för arbetsutskottets förslag. "
              "Nej-röst för Lena Wiiks avslagsyrkande. Med 11 ja-röster mot 2 nej-röster beslutar "
              "kommunstyrelsen enligt arbetsutskottets förslag. Voteringslista, bilaga 2."),
        ("s", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "1. Taxa för prövning och tillsyn enligt miljöbalken antas enligt bilaga 3.\n"
              "2. Taxan gäller från och med 2025-01-01 och ersätter taxan antagen 2021-11-29, § 98."),
        ("s", "Reservation"),
        ("p", "Lena Wiik (SD) och Tord Holm (SD) reserverar sig mot beslutet till förmån för avslagsyrkandet."),
        ("s", "Beslutet skickas till"),
        ("p", "Kommunfullmäktige\nMiljö- och byggnadsnämnden"),
    ],
    [
        ("h", "§ 90 Samverkansavtal om alkohol- och tobakstillsyn med Leksands kommun och Rättviks kommun"),
        ("dnr", "Dnr KS 2024/00102"),
        ("s", "Ärendebeskrivning"),
        ("p", "Gagnefs kommun, Leksands kommun och Rättviks kommun har sedan 2020 samverkat om tillsyn enligt "
              "alkohollagen (2010:1622) och lagen (2018:2088) om tobak och liknande produkter. Leksands kommun "
              "är värdkommun. Det nya avtalet gäller 2024-07-01–2027-06-30 och Gagnefs kommuns andel av "
              "kostnaden beräknas till 410 000 kronor per år."),
        ("s", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse från kommunledningsförvaltningen 2024-04-25\n"
              "Förslag till samverkansavtal"),
        ("s", "Yrkande"),
        ("p", "Karolina Back (KD) yrkar bifall till förvaltningens förslag."),
        ("s", "Kommunstyrelsens beslut"),
        ("p", "att godkänna samverkansavtalet med Leksands kommun och Rättviks kommun,\n"
              "att uppdra åt kommunchefen att underteckna avtalet."),
        ("s", "Protokollsanteckning"),
        ("p", "Jonas Björk (V) lämnar följande protokollsanteckning: ”Vänsterpartiet vill att tillsynen "
              "följs upp i socialnämnden varje år.”"),
        ("s", "Beslutet skickas till"),
        ("p", "Leksands kommun\nRättviks kommun\nSocialnämnden"),
    ],
]


class GagnefPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(70, 5, "GAGNEFS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(70, 5, "SAMMANTRÄDESPROTOKOLL")
        self.cell(40, 5, f"Sida {self.page_no()}({{nb}})", align="R")
        self.set_xy(15, 15)
        self.cell(70, 5, "Kommunstyrelsen")
        self.cell(70, 5, "Sammanträdesdatum 2024-05-14")
        self.line(15, 21, 195, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(90, 5, "Justerandes signatur")
        self.cell(90, 5, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = GagnefPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-05-14")
    pdf.set_author("Gagnefs kommun")
    pdf.set_creator("heldout61")
    pdf.set_producer("heldout61")
    pdf.set_auto_page_break(True, margin=25)
    pdf.alias_nb_pages()
    pdf.add_page()
    for label, value in GAGNEF_FIRST:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(40, 5, label)
        pdf.set_xy(58, y)
        pdf.set_font("F", "", 10)
        if isinstance(value, str):
            pdf.multi_cell(137, 5, value)
        else:
            for name, func in value:
                pdf.set_x(58)
                pdf.cell(60, 5, name)
                pdf.multi_cell(77, 5, func)
        pdf.ln(3)
    y = pdf.get_y()
    pdf.set_xy(15, y)
    pdf.set_font("F", "B", 9)
    pdf.cell(40, 5, "Underskrifter")
    pdf.set_font("F", "", 10)
    for role, name, extra in (
        ("Sekreterare", "Ulrika Sand", "Paragrafer 88–90"),
        ("Ordförande", "Anna Berglund", ""),
        ("Justerare", "Erik Dahl", ""),
    ):
        pdf.set_xy(58, pdf.get_y())
        pdf.cell(30, 5, role)
        pdf.cell(70, 5, "…………………………………………")
        pdf.cell(37, 5, extra, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(88)
        pdf.cell(70, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.rect(15, y, 180, 46)
    pdf.set_xy(17, y + 2)
    pdf.set_font("F", "B", 10)
    pdf.cell(176, 5, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.set_x(17)
    pdf.cell(176, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
             new_x="LMARGIN", new_y="NEXT")
    for label, value in (
        ("Organ", "Kommunstyrelsen"),
        ("Sammanträdesdatum", "2024-05-14"),
        ("Datum för anslags uppsättande", "2024-05-21"),
        ("Datum för anslags nedtagande", "2024-06-12"),
        ("Förvaringsplats för protokollet", "Kommunkansliet, Djurås"),
        ("Underskrift", "Ulrika Sand"),
    ):
        pdf.set_x(17)
        pdf.cell(60, 5, label)
        pdf.cell(116, 5, value, new_x="LMARGIN", new_y="NEXT")
    for para in GAGNEF_PARAS:
        pdf.add_page()
        for kind, text in para:
            pdf.set_x(15)
            if kind == "h":
                pdf.set_font("F", "B", 12)
                pdf.multi_cell(180, 6, text)
            elif kind == "dnr":
                pdf.set_font("F", "", 9)
                pdf.multi_cell(180, 5, text, align="R")
                pdf.ln(2)
            elif kind == "s":
                pdf.ln(2)
                pdf.set_font("F", "B", 10)
                pdf.multi_cell(180, 5, text)
            else:
                pdf.set_font("F", "", 10)
                pdf.multi_cell(180, 5, text)
    pdf.output(str(DOCS / "gagnef-ks-2024-05-14-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Färgelanda kommun, kommunstyrelsens arbetsutskott 2024-04-09, full protocol (§§ 51-53).
# Issuer/body/date in the Word header (tab stops), first page as a two-column label/value table,
# Heading 2 "§ n Title", vote as a roll-call table with X marks and a "Summa" row.
# ---------------------------------------------------------------------------------------------
FARG_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, Färgelanda, tisdag 9 april 2024, kl. 08.30–11.40"),
    ("Beslutande", "Jörgen Olsson (C), ordförande\nMaria Lindh (S), vice ordförande\nTommy Ek (M), ledamot\n"
                   "Birgitta Sahl (S), ledamot\nRolf Bergh (SD), tjänstgörande ersättare för Peter Sand (SD)"),
    ("Övriga närvarande", "Anna Hjelm, kommundirektör\nOskar Lind, ekonomichef, § 52\n"
                          "Lena Wall, nämndsekreterare"),
    ("Utses att justera", "Maria Lindh (S)"),
    ("Justeringens plats och tid", "Kommunhuset, 2024-04-12"),
    ("Underskrifter", "Sekreterare ………………………… Paragrafer 51–53\nLena Wall\n\n"
                      "Ordförande …………………………\nJörgen Olsson\n\nJusterande …………………………\nMaria Lindh"),
]

FARG_BODY: list[tuple[str, str]] = [
    ("h", "§ 51 Yttrande över remiss – Regional plan för transportinfrastrukturen i Västra Götaland 2026–2037"),
    ("p", "Dnr KS 2024/64"),
    ("b", "Ärendebeskrivning"),
    ("p", "Västra Götalandsregionen har skickat förslag till regional plan för transportinfrastrukturen "
          "2026–2037 på remiss till kommunerna i länet (VGR:s diarienummer RUN 2024-00097). Svar ska lämnas "
          "senast 2024-04-30. Fyrbodals kommunalförbund har samordnat ett gemensamt yttrande för delregionen, "
          "som antogs av förbundsdirektionen 2024-03-21. Arbetsutskottet har enligt kommunstyrelsens "
          "delegationsordning rätt att yttra sig över remisser av detta slag."),
    ("p", "Förvaltningen föreslår att kommunen ställer sig bakom Fyrbodals yttrande och särskilt lyfter "
          "behovet av bärighetsåtgärder på väg 172 mellan Ödeborg och Färgelanda."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-03-26\nFyrbodals kommunalförbunds yttrande 2024-03-21"),
    ("b", "Yrkanden"),
    ("p", "Jörgen Olsson (C) yrkar bifall till förvaltningens förslag med tillägget att även "
          "kollektivtrafikens behov av pendelparkeringar ska nämnas i yttrandet."),
    ("p", "Tommy Ek (M) yrkar bifall till Jörgen Olssons yrkande."),
    ("b", "Arbetsutskottets beslut"),
    ("p", "1. Arbetsutskottet antar yttrandet i bilaga 1 som kommunens svar till Västra Götalandsregionen."),
    ("p", "2. Yttrandet kompletteras med ett avsnitt om pendelparkeringar."),
    ("p", "3. Paragrafen justeras omedelbart."),
    ("b", "Expedieras till"),
    ("p", "Västra Götalandsregionen\nFyrbodals kommunalförbund"),
    ("h", "§ 52 Tilläggsanslag för ombyggnad av storköket i Valboskolan"),
    ("p", "Dnr KS 2024/58"),
    ("b", "Ärendebeskrivning"),
    ("p", "Upphandlingen av ombyggnaden av storköket i Valboskolan avslutades 2024-02-29. Anbuden "
          "överstiger den budgeterade investeringen med 4,5 miljoner kronor. Enligt kommunens regler för "
          "ekonomistyrning, antagna av kommunfullmäktige 2021-11-17 § 142, beslutar fullmäktige om "
          "tilläggsanslag för investeringar."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-03-25\nKalkyl från fastighetsavdelningen 2024-03-08"),
    ("b", "Yrkanden"),
    ("p", "Jörgen Olsson (C) yrkar bifall till förvaltningens förslag."),
    ("p", "Rolf Bergh (SD) yrkar avslag till förvaltningens förslag."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet bifaller Jörgen Olssons "
          "yrkande. Omröstning begärs. Arbetsutskottet godkänner följande beslutsgång: Ja-röst för Jörgen "
          "Olssons yrkande, nej-röst för Rolf Berghs yrkande."),
    ("vote", ""),
    ("p", "Med 3 ja-röster mot 1 nej-röst, 1 avstår, beslutar arbetsutskottet enligt Jörgen Olssons yrkande."),
    ("b", "Arbetsutskottets beslut"),
    ("p", "Arbetsutskottet föreslår kommunstyrelsen föreslå kommunfullmäktige besluta"),
    ("p", "1. att bevilja tilläggsanslag om 4,5 miljoner kronor för ombyggnad av storköket i Valboskolan,"),
    ("p", "2. att tilläggsanslaget finansieras genom ökad upplåning."),
    ("b", "Reservation"),
    ("p", "Rolf Bergh (SD) reserverar sig mot beslutet."),
    ("h", "§ 53 Medfinansieringsavtal med Trafikverket om gång- och cykelväg längs väg 172 i Ödeborg"),
    ("p", "Dnr KS 2024/71"),
    ("b", "Ärendebeskrivning"),
    ("p", "Trafikverket och Färgelanda kommun har tagit fram ett medfinansieringsavtal om en gång- och "
          "cykelväg längs väg 172 genom Ödeborg (Trafikverkets ärendenummer TRV 2023/145872). Kommunen står "
          "för hälften av kostnaden, högst 3,2 miljoner kronor. Byggstart planeras till 2025 och avtalet "
          "ska undertecknas senast 2024-06-30."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-03-28\nUtkast till medfinansieringsavtal daterat 2024-03-15"),
    ("b", "Yrkande"),
    ("p", "Maria Lindh (S) yrkar bifall till förvaltningens förslag."),
    ("b", "Arbetsutskottets beslut"),
    ("p", "Arbetsutskottet föreslår kommunstyrelsen att godkänna medfinansieringsavtalet med Trafikverket."),
    ("b", "Protokollsanteckning"),
    ("p", "Birgitta Sahl (S) får till protokollet anteckna att trafiksäkerheten vid Ödeborgs skola bör "
          "prioriteras i Trafikverkets planering."),
]

FARG_VOTE: list[tuple[str, str, str, str]] = [
    ("Ledamot", "Ja", "Nej", "Avstår"),
    ("Jörgen Olsson (C)", "X", "", ""),
    ("Maria Lindh (S)", "X", "", ""),
    ("Tommy Ek (M)", "", "", "X"),
    ("Birgitta Sahl (S)", "X", "", ""),
    ("Rolf Bergh (SD)", "", "X", ""),
    ("Summa", "3", "1", "1"),
]


def _header(d: docx.document.Document) -> None:
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]
    p.text = "Färgelanda kommun\tSAMMANTRÄDESPROTOKOLL\t"
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    p2 = hdr.add_paragraph("Kommunstyrelsens arbetsutskott\tSammanträdesdatum 2024-04-09")
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    ftr = d.sections[0].footer
    ftr.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    _header(d)
    table = d.add_table(rows=len(FARG_FIRST), cols=2)
    for row, (label, value) in zip(table.rows, FARG_FIRST, strict=True):
        row.cells[0].text = label
        row.cells[0].paragraphs[0].runs[0].bold = True
        row.cells[1].text = value
    d.add_paragraph("")
    anslag = d.add_table(rows=5, cols=2)
    anslag.style = "Table Grid"
    for row, (label, value) in zip(anslag.rows, (
        ("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        ("Organ", "Kommunstyrelsens arbetsutskott"),
        ("Sammanträdesdatum", "2024-04-09"),
        ("Anslaget sätts upp / tas ned", "2024-04-15 / 2024-05-07"),
        ("Förvaringsplats för protokollet", "Kommunkansliet, Färgelanda"),
    ), strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    for kind, text in FARG_BODY:
        if kind == "h":
            d.add_page_break()
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "vote":
            vt = d.add_table(rows=len(FARG_VOTE), cols=4)
            vt.style = "Table Grid"
            for row, values in zip(vt.rows, FARG_VOTE, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Färgelanda kommun"
    cp.last_modified_by = "Färgelanda kommun"
    cp.title = "Protokoll kommunstyrelsens arbetsutskott 2024-04-09"
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
    (DOCS / "fargelanda-ksau-2024-04-09-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
