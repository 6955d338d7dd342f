"""Generate the binary documents of tests/heldout33/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout33/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout33/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 6, 10, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 5, 8, 14, 0, 0)

# PDF: Karlsborgs kommun, kommunstyrelsen 2024-06-04, full protocol (§§ 71-74).
# Label column on the left, text on the right; "NEWPAGE" starts a new page.
PDF_ROWS: list[tuple[str, str]] = [
    ("", "Kommunstyrelsen"),
    ("Plats och tid", "Kommunhuset, Karlsborg, tisdagen den 4 juni 2024 kl. 08.30–11.45"),
    ("Beslutande", "Tommy Lindqvist (M), ordförande\nMona Lind (S), vice ordförande\nHenrik Dahl (C)\n"
                   "Ann-Sofie Ek (M)\nHans-Olof Berg (SD)\nKjell Ohlsson (SD)\nMaria Johnsson (S)\n"
                   "Jörgen Falk (KD)\nPernilla Ahl (L)\nElin Sund (S), kl. 08.30–10.15, §§ 71–72\n"
                   "Leif Rask (S), tjänstgörande ersättare för Elin Sund (S) från kl. 10.15, §§ 73–74"),
    ("Ersättare", "Gun Bergström (C)\nAlf Nyström (M)\nLeif Rask (S), §§ 71–72"),
    ("Övriga deltagare", "Lena Sandin, kommundirektör\nJonas Blom, kommunsekreterare\n"
                         "Sara Wik, samhällsbyggnadschef, §§ 72–73"),
    ("Justerare", "Henrik Dahl (C)"),
    ("Justeringens\nplats och tid", "Kommunhuset, 2024-06-07"),
    ("Paragrafer", "71–74"),
    ("Underskrifter", "Sekreterare  ..............................  Jonas Blom\n\n"
                      "Ordförande   ..............................  Tommy Lindqvist\n\n"
                      "Justerare    ..............................  Henrik Dahl"),
    ("ANSLAG/BEVIS", "Protokollet är justerat. Datum då anslaget sätts upp: 2024-06-10. "
                     "Datum då anslaget tas ned: 2024-07-02. Förvaringsplats: Kommunhuset, Karlsborg."),
    ("NEWPAGE", ""),
    ("KS § 71", "Fastställande av dagordning"),
    ("Beslut", "Kommunstyrelsen fastställer dagordningen med tillägg av ett extra ärende om "
               "delegationsbeslut."),
    ("KS § 72", "Medfinansieringsavtal med Trafikverket för gång- och cykelväg längs väg 49 vid Mölltorp"),
    ("Diarienummer", "KS 2024/98, Trafikverkets ärendenummer TRV 2024/31544"),
    ("Ärendet", "Trafikverket planerar en gång- och cykelväg längs väg 49 mellan Mölltorp och "
                "Karlsborgs tätort. Åtgärden finns i Västra Götalandsregionens regionala plan för "
                "transportinfrastrukturen 2022–2033. Kommunens andel uppgår till 2,4 miljoner kronor. "
                "Samhällsbyggnadschef Sara Wik redogör för ärendet. Trafikverkets förslag till avtal är "
                "daterat 2024-04-29; Karlsborgs Energi AB berörs av ledningsflytt."),
    ("Beslutsunderlag", "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-05-16\n"
                        "Förslag till medfinansieringsavtal, 2024-04-29"),
    ("Yrkanden", "Mona Lind (S) yrkar bifall till förvaltningens förslag.\n"
                 "Hans-Olof Berg (SD) yrkar avslag."),
    ("Proposition", "Ordföranden ställer proposition på bifall mot avslag och finner att "
                    "kommunstyrelsen bifaller förvaltningens förslag. Votering begärs. "
                    "Ja-röst för bifall, nej-röst för avslag."),
    ("Omröstnings-\nresultat", "Ja 8          Nej 2          Avstår 1"),
    ("Beslut", "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
               "1. att godkänna medfinansieringsavtalet mellan Karlsborgs kommun och Trafikverket,\n"
               "2. att kommunens andel, 2,4 miljoner kronor, finansieras inom investeringsbudgeten 2025."),
    ("Reservation", "Hans-Olof Berg (SD) och Kjell Ohlsson (SD) reserverar sig till förmån för Hans-Olof "
                    "Bergs yrkande."),
    ("NEWPAGE", ""),
    ("KS § 73", "Remiss – Regional vattenförsörjningsplan för Västra Götalands län"),
    ("Diarienummer", "KS 2024/121, Länsstyrelsens dnr 537-2345-2024"),
    ("Ärendet", "Länsstyrelsen i Västra Götalands län har den 12 mars 2024 skickat förslag till regional "
                "vattenförsörjningsplan på remiss till kommunerna i länet. Svar ska lämnas senast "
                "2024-06-14. Planen pekar ut Vättern som vattenförsörjning av regional betydelse. "
                "Vätternvårdsförbundet har lämnat synpunkter på planens kapitel 4. Vattenskyddsområden "
                "beslutas enligt 7 kap. 21 § miljöbalken (1998:808)."),
    ("Beslutsunderlag", "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2024-05-20\n"
                        "Förslag till yttrande, 2024-05-20"),
    ("Yrkanden", "Ordföranden Tommy Lindqvist (M) yrkar bifall till förvaltningens förslag."),
    ("Beslut", "1. Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till "
               "Länsstyrelsen i Västra Götalands län.\n2. Paragrafen förklaras omedelbart justerad."),
    ("", "Jörgen Falk (KD) deltar inte i beslutet."),
    ("Protokolls-\nanteckning", "Pernilla Ahl (L) antecknar att kommunen bör begära att Vättern "
                                "prioriteras i länets krisberedskap."),
    ("KS § 74", "Anmälan av delegationsbeslut"),
    ("Diarienummer", "KS 2024/5"),
    ("Beslut", "Kommunstyrelsen lägger anmälan av delegationsbeslut för maj 2024 till handlingarna."),
]


class KarlsborgPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.cell(95, 5, "KARLSBORGS KOMMUN")
        self.set_font("F", "", 9)
        self.cell(0, 5, f"SAMMANTRÄDESPROTOKOLL   Sida {self.page_no()} av {{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Kommunstyrelsen   Sammanträdesdatum 2024-06-04", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign  ...........        Utdragsbestyrkande  ...........")


def make_pdf() -> None:
    pdf = KarlsborgPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-06-04 protokoll")
    pdf.set_author("Karlsborgs kommun")
    pdf.set_creator("heldout33")
    pdf.set_producer("heldout33")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for label, text in PDF_ROWS:
        if label == "NEWPAGE":
            pdf.add_page()
            continue
        heading = label.startswith("KS §")
        if heading:
            pdf.ln(3)
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(38, 5, label)
        y_after_label = pdf.get_y()
        pdf.set_xy(55, y)
        pdf.set_font("F", "B" if heading or (not label and text == "Kommunstyrelsen") else "", 10)
        pdf.multi_cell(140, 5, text)
        pdf.set_y(max(pdf.get_y(), y_after_label))
        pdf.ln(2)
    pdf.output(str(DOCS / "karlsborg-ks-2024-06-04-protokoll.pdf"))


# DOCX: Tidaholms kommun, kommunstyrelsens arbetsutskott 2024-05-07, protokollsutdrag (1 §).
# Meeting facts as a two-column Word table with the role word before the name.
DOCX_FACTS: list[tuple[str, str]] = [
    ("Organ", "Kommunstyrelsens arbetsutskott"),
    ("Sammanträdesdatum", "2024-05-07"),
    ("Närvarande", "Ordförande Mats Rylander (M)\nVice ordförande Johan Liljegren (S)\nLedamot Lotta Bergqvist (C)"),
    ("Övriga", "Erik Nyman, samhällsbyggnadschef"),
    ("Justerare", "Johan Liljegren (S)"),
]
DOCX_PARAS: list[tuple[str, str]] = [
    ("h", "KSAU § 88\tYttrande över Västra Götalandsregionens förslag till regionalt "
          "trafikförsörjningsprogram 2025–2030"),
    ("p", "Dnr KS 2024/142 (Västra Götalandsregionens diarienummer RS 2024-00871)"),
    ("b", "Ärendebeskrivning"),
    ("p", "Västra Götalandsregionen har den 8 mars 2024 skickat förslaget till regionalt "
          "trafikförsörjningsprogram på remiss till kommunerna i Västra Götaland. Svar ska lämnas senast "
          "2024-05-31. Skaraborgs Kommunalförbund samordnar ett delregionalt yttrande som behandlades av "
          "förbundsstyrelsen 2024-04-19. Västtrafik AB utför trafiken på regionens uppdrag. Enligt "
          "kommunstyrelsens delegationsordning beslutar arbetsutskottet om remissvar."),
    ("p", "Tjänsteskrivelse från samhällsbyggnadschef Erik Nyman daterad 2024-04-23."),
    ("b", "Yrkande"),
    ("p", "Mats Rylander (M) yrkar bifall till förvaltningens förslag med tillägget att linje 3 "
          "Tidaholm–Skövde ska få halvtimmestrafik i högtrafik."),
    ("b", "Arbetsutskottets beslut"),
    ("li", "Arbetsutskottet antar förvaltningens förslag till yttrande, med ordförandens tillägg, som sitt "
           "eget och översänder det till Västra Götalandsregionen."),
    ("li", "Paragrafen justeras omedelbart."),
    ("b", "Protokollsanteckning"),
    ("p", "Johan Liljegren (S) vill få antecknat till protokollet att Socialdemokraterna även vill se "
          "kvällstrafik till Hökensås under sommarhalvåret."),
    ("p", "Beslutet skickas till: Västra Götalandsregionen, Skaraborgs Kommunalförbund, Kommunstyrelsen"),
    ("p", "Vid protokollet\nSofia Lindh"),
    ("p", "Rätt utdraget betygar\n..................................\nSofia Lindh"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "TIDAHOLMS KOMMUN\tPROTOKOLLSUTDRAG\t1 (1)"
    sec.footer.paragraphs[0].text = "Justerandes signatur: MR  JL\tUtdragsbestyrkande"
    table = d.add_table(rows=0, cols=2)
    for label, value in DOCX_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        lines = value.split("\n")
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    d.add_paragraph("")
    for kind, text in DOCX_PARAS:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            lines = text.split("\n")
            p = d.add_paragraph(lines[0])
            for line in lines[1:]:
                p.add_run().add_break()
                p.add_run(line)
    cp = d.core_properties
    cp.author = "Tidaholms kommun"
    cp.last_modified_by = "Tidaholms kommun"
    cp.title = "Protokollsutdrag KSAU § 88"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 8, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "tidaholm-ksau-2024-05-07-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
