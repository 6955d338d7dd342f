"""Generate the binary documents of tests/heldout79/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout79/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout79/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 10, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 18, 11, 0, 0)

# PDF: Åsele kommun, kommunstyrelsen 2024-05-07, full protocol (§§ 78-80).
# First page: label/value form rows; each later page starts with "P" (page header), "H" = § line,
# "T" = bold title, "B" = bold subheading, "" = body text.
ASELE_FIRST: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, sammanträdesrum Lillsjöhöjden, kl. 09.00–12.10"),
    ("Beslutande", "Lennart Bylund (S), ordförande\nMarie Grönlund (C), vice ordförande\nJonny Persson (S)\n"
                   "Ellinor Söderholm (S)\nIngela Vikström (S)\nOve Lundmark (C)\nMats Edlund (M)\n"
                   "Karin Holmlund (V)\nPatrik Sjölund (SD)\nEva Nyström (KD)\n"
                   "Nils-Erik Wiklund (S), tjänstgörande ersättare för Anna Norberg (S)"),
    ("Ersättare", "Ronja Hedman (M)\nGert Åström (C)"),
    ("Övriga deltagare", "Malin Forsberg, kommunchef\nJan-Olov Berg, ekonomichef, § 79\n"
                         "Lisa Olofsson, nämndsekreterare"),
    ("Justerare", "Mats Edlund (M)"),
    ("Justeringens plats och tid", "Kommunkontoret, 2024-05-13"),
    ("Underskrifter", "Sekreterare ......................   Paragrafer 78–80\n"
                      "                   Lisa Olofsson\n"
                      "Ordförande ......................\n"
                      "                   Lennart Bylund\n"
                      "Justerare ......................\n"
                      "                   Mats Edlund"),
    ("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.\n"
                     "Organ: Kommunstyrelsen   Sammanträdesdatum: 2024-05-07\n"
                     "Anslaget sätts upp: 2024-05-14   Anslaget tas ned: 2024-06-05\n"
                     "Förvaringsplats: Kommunkontoret, Åsele"),
]

ASELE_BODY: list[tuple[str, str]] = [
    ("P", "2"),
    ("H", "§ 78                                                       Dnr KS 2024/0089"),
    ("T", "Remiss – Trafikförsörjningsprogram för Västerbottens län 2025–2030"),
    ("B", "Ärendebeskrivning"),
    ("", "Region Västerbotten har som regional kollektivtrafikmyndighet skickat förslag till nytt "
         "trafikförsörjningsprogram på remiss till länets kommuner (Region Västerbottens diarienummer "
         "RUN 55-2024). Remissen inkom 2024-03-08 och svar ska lämnas senast 2024-05-17. Programmet "
         "ligger till grund för den trafik som Länstrafiken i Västerbotten AB upphandlar."),
    ("", "Förvaltningen föreslår att kommunen i sitt yttrande betonar behovet av minst fyra dagliga "
         "turer på sträckan Åsele–Lycksele och anropsstyrd trafik i byarna."),
    ("B", "Beslutsunderlag"),
    ("", "Samhällsbyggnadschefens tjänsteskrivelse 2024-04-22\nArbetsutskottets beslut 2024-04-23, § 49"),
    ("B", "Kommunstyrelsens beslut"),
    ("", "Kommunstyrelsen antar tjänsteskrivelsen som sitt yttrande till Region Västerbotten."),
    ("B", "Beslutet skickas till"),
    ("", "Region Västerbotten"),
    ("H", "§ 79                                                       Dnr KS 2024/0065"),
    ("T", "Budget 2025 och ekonomisk plan 2026–2027"),
    ("B", "Ärendebeskrivning"),
    ("", "Enligt 11 kap. 8 § kommunallagen ska fullmäktige fastställa en budget för nästa år före "
         "utgången av november. Arbetsutskottet har berett förslaget efter budgetdialog med "
         "nämnderna i mars 2024. Skatteunderlagsprognosen från Sveriges Kommuner och Regioner "
         "daterad 2024-04-25 har beaktats."),
    ("B", "Beslutsunderlag"),
    ("", "Ekonomichefens tjänsteskrivelse 2024-04-19\nArbetsutskottets beslut 2024-04-23, § 51"),
    ("B", "Yrkanden"),
    ("", "Lennart Bylund (S) yrkar bifall till arbetsutskottets förslag."),
    ("", "Mats Edlund (M) yrkar, med instämmande av Patrik Sjölund (SD) och Eva Nyström (KD), bifall "
         "till oppositionens gemensamma budgetförslag med skattesatsen 23,20 kronor."),
    ("B", "Beslutsgång"),
    ("", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
         "arbetsutskottets förslag. Votering begärs."),
    ("", "Följande voteringsproposition godkänns: Ja-röst för arbetsutskottets förslag, nej-röst för "
         "oppositionens förslag."),
    ("", "Omröstningen utfaller med 7 ja-röster och 3 nej-röster. 1 ledamot avstår. "
         "Omröstningsbilaga 1."),
    ("P", "3"),
    ("B", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("", "1. Skattesatsen för 2025 fastställs till 23,45 kronor per skattekrona.\n"
         "2. Budget 2025 och ekonomisk plan 2026–2027 antas.\n"
         "3. Kommunstyrelsen får under 2025 nyupplåna högst 15 miljoner kronor."),
    ("B", "Reservation"),
    ("", "Mats Edlund (M), Patrik Sjölund (SD) och Eva Nyström (KD) reserverar sig till förmån för "
         "eget yrkande."),
    ("B", "Särskilt yttrande"),
    ("", "Karin Holmlund (V) lämnar ett särskilt yttrande: Vänsterpartiet avstår eftersom inget av "
         "förslagen tillräckligt prioriterar hemtjänsten."),
    ("B", "Beslutet skickas till"),
    ("", "Kommunfullmäktige"),
    ("H", "§ 80                                                       Dnr KS 2024/0097"),
    ("T", "Avtal om gemensam överförmyndarhandläggning"),
    ("B", "Ärendebeskrivning"),
    ("", "Åsele kommun, Vilhelmina kommun och Dorotea kommun har tagit fram ett avtal om gemensam "
         "överförmyndarhandläggning med Vilhelmina kommun som värdkommun. Avtalet gäller från "
         "2024-07-01 och kostnaden fördelas efter antal ärenden."),
    ("B", "Beslutsunderlag"),
    ("", "Kanslichefens tjänsteskrivelse 2024-04-15\nFörslag till avtal"),
    ("B", "Yrkanden"),
    ("", "Ordföranden yrkar bifall till förslaget."),
    ("B", "Kommunstyrelsens beslut"),
    ("", "Kommunstyrelsen godkänner avtalet om gemensam överförmyndarhandläggning och uppdrar åt "
         "kommunchefen att underteckna det."),
    ("", "Paragrafen förklaras omedelbart justerad."),
    ("B", "Beslutet skickas till"),
    ("", "Vilhelmina kommun\nDorotea kommun"),
]


class AselePdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 11)
        self.cell(70, 6, "ÅSELE KOMMUN")
        self.set_font("F", "", 9)
        self.cell(60, 6, "SAMMANTRÄDESPROTOKOLL")
        self.cell(0, 6, f"Sida {self.page_no()}(3)", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(70, 5, "Kommunstyrelsen")
        self.cell(0, 5, "Sammanträdesdatum 2024-05-07", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign ..........          Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = AselePdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunstyrelsen 2024-05-07")
    pdf.set_author("Åsele kommun")
    pdf.set_creator("Åsele kommun")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for label, value in ASELE_FIRST:
        pdf.set_font("F", "B", 9)
        y = pdf.get_y()
        pdf.multi_cell(45, 5, label)
        pdf.set_xy(55, y)
        pdf.set_font("F", "", 9)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for kind, text in ASELE_BODY:
        if kind == "P":
            pdf.add_page()
            continue
        if kind == "H":
            pdf.ln(4)
            pdf.set_font("F", "B", 11)
        elif kind == "T":
            pdf.set_font("F", "B", 12)
        elif kind == "B":
            pdf.ln(1)
            pdf.set_font("F", "B", 10)
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "asele-ks-2024-05-07-protokoll.pdf"))


# DOCX: Älvdalens kommun, socialnämnden 2024-10-15, full protocol (§§ 88-90).
ALVDALEN_ATTENDANCE: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset Älvdalen, sal Dalälven, tisdagen den 15 oktober 2024 kl. 13.00–15.40"),
    ("Beslutande ledamöter", "Birgitta Mattsson (C), ordförande\nRoger Backlund (S), vice ordförande\n"
                             "Elin Ollas (C)\nKjell Åsberg (S)\nGunnar Rehn (M)\nSara Lindkvist (SD)\n"
                             "Erik Holmqvist (KD) tjg för Märta Olsson (KD)"),
    ("Ersättare", "Ulla Björk (S)\nHans Persson (C)"),
    ("Övriga närvarande", "Ann-Sofie Ström, socialchef\nMikael Dahl, enhetschef, § 89\n"
                          "Linnea Kvarnström, nämndsekreterare"),
    ("Justerare", "Kjell Åsberg (S)"),
    ("Justeringens plats och tid", "Socialkontoret, 2024-10-21"),
    ("Paragrafer", "88–90"),
]

# (kind, text): "h" = § heading line, "t" = title, "s" = subheading, "" = text.
ALVDALEN_PARAS: list[tuple[str, str]] = [
    ("h", "§ 88\tDnr SN 2024/0131"),
    ("t", "Avgifter inom äldreomsorgen 2025"),
    ("s", "Ärendebeskrivning"),
    ("", "Avgifterna inom äldreomsorgen beräknas enligt 8 kap. 5 § socialtjänstlagen utifrån "
         "prisbasbeloppet, som för 2025 är fastställt till 58 800 kronor. Förvaltningen föreslår att "
         "avgiften för matdistribution höjs från 55 till 62 kronor per portion."),
    ("s", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2024-09-24, Ann-Sofie Ström\nSocialnämndens arbetsutskott 2024-10-01, § 54"),
    ("s", "Yrkanden"),
    ("", "Sara Lindkvist (SD) yrkar avslag på förslaget om höjd avgift för matdistribution."),
    ("", "Birgitta Mattsson (C) yrkar bifall till arbetsutskottets förslag."),
    ("s", "Beslutsgång"),
    ("", "Ordföranden ställer proposition på yrkandena och finner att socialnämnden bifaller "
         "arbetsutskottets förslag."),
    ("s", "Beslut"),
    ("", "Socialnämnden föreslår kommunfullmäktige besluta"),
    ("", "1. att fastställa avgifter inom äldreomsorgen för 2025 enligt bilaga 1,"),
    ("", "2. att avgifterna ska gälla från och med 2025-01-01."),
    ("s", "Reservation"),
    ("", "Sara Lindkvist (SD) reserverar sig skriftligt, bilaga 2."),
    ("s", "Beslutet skickas till"),
    ("", "Kommunfullmäktige"),
    ("h", "§ 89\tDnr SN 2024/0119"),
    ("t", "Överenskommelse om samverkan vid utskrivning från sluten hälso- och sjukvård i Dalarna"),
    ("s", "Ärendebeskrivning"),
    ("", "Överenskommelsen tecknas mellan Region Dalarna och Älvdalens kommun och ersätter den "
         "tidigare från 2018. Betalningsansvaret inträder enligt lagen (2017:612) om samverkan vid "
         "utskrivning från sluten hälso- och sjukvård tre kalenderdagar efter utskrivningsklar."),
    ("", "Mikael Dahl föredrar ärendet."),
    ("s", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2024-09-30, Mikael Dahl\nFörslag till överenskommelse"),
    ("s", "Beslut"),
    ("", "Socialnämnden godkänner överenskommelsen."),
    ("s", "Särskilt yttrande"),
    ("", "Roger Backlund (S) och Kjell Åsberg (S) lämnar ett särskilt yttrande: Vi förutsätter att "
         "förvaltningen återrapporterar kostnaderna för betalningsansvaret varje halvår."),
    ("", "Ersättaren Ulla Björk (S) instämmer i yttrandet."),
    ("s", "Beslutet skickas till"),
    ("", "Region Dalarna"),
    ("h", "§ 90\tDnr SN 2024/0150"),
    ("t", "Remiss – Förslag till bostadsförsörjningsprogram för Älvdalens kommun 2025–2030"),
    ("s", "Ärendebeskrivning"),
    ("", "Kommunstyrelsen har 2024-08-29 remitterat förslag till bostadsförsörjningsprogram till "
         "socialnämnden (KS 2024/0377). Svar ska lämnas senast 2024-10-31. Förvaltningen lyfter "
         "behovet av trygghetsboenden och av lägenheter för socialt kontrakt i samarbete med "
         "Älvdalens Bostäder AB."),
    ("s", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2024-10-03, Ann-Sofie Ström\nRemiss från kommunstyrelsen 2024-08-29"),
    ("s", "Beslut"),
    ("", "1. Socialnämnden lämnar yttrande till kommunstyrelsen enligt förvaltningens förslag."),
    ("", "2. Paragrafen justeras omedelbart."),
    ("s", "Beslutet skickas till"),
    ("", "Kommunstyrelsen"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "ÄLVDALENS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden\tSammanträdesdatum 2024-10-15"
    section.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    table = d.add_table(rows=0, cols=2)
    for label, value in ALVDALEN_ATTENDANCE:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_paragraph("")
    d.add_paragraph("Underskrifter")
    sig = d.add_table(rows=3, cols=2)
    for row, (role, name) in zip(sig.rows, [("Sekreterare", "Linnea Kvarnström"),
                                           ("Ordförande", "Birgitta Mattsson"),
                                           ("Justerare", "Kjell Åsberg")], strict=True):
        row.cells[0].text = role
        row.cells[1].text = "......................................\n" + name
    d.add_paragraph("ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                    "Anslaget sätts upp 2024-10-22 och tas ned 2024-11-13.\n"
                    "Förvaringsplats för protokollet: Socialkontoret, Älvdalen")
    d.add_page_break()
    for kind, text in ALVDALEN_PARAS:
        if kind == "h":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "t":
            d.add_heading(text, level=2)
        elif kind == "s":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Älvdalens kommun"
    cp.last_modified_by = "Älvdalens kommun"
    cp.title = "Protokoll Socialnämnden 2024-10-15"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 18, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "alvdalen-sn-2024-10-15-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
