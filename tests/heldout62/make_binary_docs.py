"""Generate the binary documents of tests/heldout62/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout62/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout62/gold/
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
FIXED_PDF = dt.datetime(2018, 5, 18, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2017, 9, 25, 13, 0, 0)

# PDF: Skurups kommun, kommunstyrelsen 2018-05-14, full protocol (§§ 98-100), 2016-era Word template
# printed to PDF: label column on page 1, abbreviated roles ("ordf", "1:e v ordf", "tjg ers för").
# Rows: (label, text); label "H" = bold paragraph heading, "B" = bold sub-heading, "P" = page break.
PAGE1: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset, sammanträdesrummet Lyngsjö, kl. 14.00–16.20"),
    ("Beslutande", "Lars Nyström (S), ordf\nEva Lind (M), 1:e v ordf\nKjell Persson (SD), 2:e v ordf\n"
                   "Anna Hallberg (S)\nBengt Olsson (S)\nMaria Åkesson (S)\nMikael Ström (M)\n"
                   "Per Holm (SD)\nJonas Berg (SD)\nIngela Bok (C), tjg ers för Sven Ohlin (C)\n"
                   "Lisbeth Nord (L), tjg ers för Rolf Jeppsson (KD)"),
    ("Ej tjg ersättare", "Olle Sjöstrand (S)\nCamilla Frid (M)"),
    ("Tjänstemän", "Helena Carlsson, kommunchef\nBjörn Malm, ekonomichef, § 99\n"
                   "Sofie Lund, kommunsekreterare"),
    ("Utses att justera", "Eva Lind (M)"),
    ("Justeringens\nplats och tid", "Kommunhuset 2018-05-17"),
    ("Sekreterare", "……………………………………        Paragrafer 98–100\nSofie Lund"),
    ("Ordförande", "……………………………………\nLars Nyström"),
    ("Justerande", "……………………………………\nEva Lind"),
    ("", "ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2018-05-14"),
    ("Anslaget", "2018-05-18 – 2018-06-11"),
    ("Förvaringsplats", "Kommunkansliet"),
]

BODY: list[tuple[str, str]] = [
    ("H", "KS § 98\tYttrande över remiss – Regional transportinfrastrukturplan för Skåne 2018–2029"),
    ("", "Dnr KS/2018:152"),
    ("B", "Ärendebeskrivning"),
    ("", "Region Skåne har den 1 mars 2018 skickat förslag till regional transportinfrastrukturplan för "
         "Skåne 2018–2029 på remiss till de skånska kommunerna (Region Skånes diarienummer 1800154). "
         "Svar ska lämnas senast 2018-05-31. Planen ska samordnas med Trafikverkets nationella plan. "
         "Kommunen lyfter i sitt yttrande behovet av mötesspår på Ystadbanan och trafiksäkerhets"
         "åtgärder längs väg 102."),
    ("B", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2018-04-26\nKommunstyrelsens arbetsutskott 2018-05-02, § 61"),
    ("B", "Yrkande"),
    ("", "Anna Hallberg (S) yrkar bifall till arbetsutskottets förslag."),
    ("B", "Beslut"),
    ("", "Kommunstyrelsen beslutar att anta förvaltningens förslag till yttrande som sitt eget och "
         "översända det till Region Skåne.\n\nParagrafen förklaras omedelbart justerad."),
    ("B", "Särskilt yttrande"),
    ("", "Eva Lind (M) lämnar ett särskilt yttrande för Moderaterna, bilaga 1. Ersättaren Camilla "
         "Frid (M) ställer sig bakom yttrandet."),
    ("B", "Beslutet skickas till"),
    ("", "Region Skåne"),
    ("H", "KS § 99\tTaxa för upplåtelse av offentlig plats"),
    ("", "Dnr KS/2018:087"),
    ("B", "Ärendebeskrivning"),
    ("", "Nuvarande taxa för upplåtelse av offentlig plats antogs 2009. Förvaltningen föreslår en ny taxa "
         "med stöd av lagen (1957:259) om rätt att ta ut avgifter för upplåtelse av offentlig plats. "
         "Tillstånd enligt 3 kap. 1 § ordningslagen lämnas av Polismyndigheten efter hörande av "
         "kommunen. Avgiften för torghandel föreslås höjas från 60 till 80 kronor per dag."),
    ("B", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2018-04-19\nKommunstyrelsens arbetsutskott 2018-05-02, § 64"),
    ("B", "Yrkanden"),
    ("", "Lars Nyström (S) yrkar bifall till arbetsutskottets förslag.\nPer Holm (SD) yrkar att "
         "avgiften för torghandel ska vara oförändrad."),
    ("B", "Beslutsgång"),
    ("", "Votering begärs. Kommunstyrelsen godkänner följande propositionsordning: ja-röst för bifall "
         "till Lars Nyströms yrkande, nej-röst för bifall till Per Holms yrkande."),
    ("P", ""),
    ("H", "KS § 99 (forts.)"),
    ("B", "Omröstningsresultat"),
    ("", "6 ja, 4 nej, 1 avstår. Kommunstyrelsen har beslutat enligt Lars Nyströms yrkande. "
         "Voteringslista, bilaga 2."),
    ("B", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("", "1. Taxa för upplåtelse av offentlig plats antas enligt bilaga.\n"
         "2. Taxan gäller från och med den 1 juli 2018."),
    ("B", "Reservation"),
    ("", "Per Holm (SD) och Jonas Berg (SD) reserverar sig skriftligen, bilaga 3."),
    ("B", "Beslutet skickas till"),
    ("", "Kommunfullmäktige"),
    ("H", "KS § 100\tLokal överenskommelse om samverkan för nyanlända och unga"),
    ("", "Dnr KS/2018:131"),
    ("B", "Ärendebeskrivning"),
    ("", "Delegationen för unga och nyanlända till arbete har tagit fram mallar för lokala "
         "överenskommelser. Överenskommelsen mellan Skurups kommun och Arbetsförmedlingen gäller "
         "2018-06-01–2019-12-31 och beskriver hur parterna samverkar kring ungdomar och nyanlända."),
    ("B", "Beslutsunderlag"),
    ("", "Tjänsteskrivelse 2018-04-30"),
    ("B", "Yrkande"),
    ("", "Maria Åkesson (S) yrkar bifall till förslaget."),
    ("B", "Beslut"),
    ("", "Kommunstyrelsen godkänner den lokala överenskommelsen med Arbetsförmedlingen."),
    ("B", "Beslutet skickas till"),
    ("", "Arbetsförmedlingen"),
]


class SkurupPdf(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 9)
        self.set_xy(15, 10)
        self.cell(90, 5, "SKURUPS KOMMUN")
        self.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        self.cell(30, 5, f"Sida {self.page_no()}({{nb}})", align="R")
        self.set_xy(15, 15)
        self.set_font("F", "", 9)
        self.cell(90, 5, "Kommunstyrelsen")
        self.cell(60, 5, "2018-05-14")
        self.set_y(26)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 7)
        self.cell(90, 5, "Justerandes sign")
        self.cell(90, 5, "Utdragsbestyrkande", align="R")


def make_pdf() -> None:
    pdf = SkurupPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunstyrelsen 2018-05-14")
    pdf.set_author("Skurups kommun")
    pdf.set_creator("Microsoft Word 2016")
    pdf.set_producer("heldout62")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for label, text in PAGE1:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(40, 5, label)
        y_label = pdf.get_y()
        pdf.set_xy(58, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(137, 5, text)
        pdf.set_y(max(y_label, pdf.get_y()) + 2)
    pdf.add_page()
    for kind, text in BODY:
        if kind == "P":
            pdf.add_page()
            continue
        pdf.set_x(15)
        if kind == "H":
            pdf.ln(3)
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(180, 6, text.replace("\t", "   "))
        elif kind == "B":
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(180, 5, text)
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text)
            pdf.ln(1)
    pdf.output(str(DOCS / "skurup-ks-2018-05-14-protokoll.pdf"))


# DOCX: Säters kommun, socialnämnden 2017-09-20, full protocol (§§ 71-73). Older Word template:
# first page as tab-separated label/name paragraphs (no tables), "SN § 71" on its own line, the
# title in bold on the next, decisions as "– att" lines typed by hand.
DOCX_PARAS: list[tuple[str, str]] = [
    ("b", "Socialnämnden"),
    ("p", "Plats och tid\tStora sammanträdesrummet, Kommunhuset Säter, kl. 13.15–15.40"),
    ("p", "Beslutande\tBritt Hallin (S), ordförande"),
    ("p", "\tGöran Wik (C), vice ordförande"),
    ("p", "\tSiv Ljung (S)"),
    ("p", "\tAnders Kvist (S)"),
    ("p", "\tOskar Malmsten (M)"),
    ("p", "\tRoger Hed (SD)"),
    ("p", "\tEmma Brandt (V) ersättare för Nils Sahlin (S)"),
    ("p", "Ej tjänstgörande ersättare\tKerstin Öhman (S)"),
    ("p", "Tjänstemän\tLinda Sjöberg, socialchef"),
    ("p", "\tMona Ek, nämndsekreterare"),
    ("p", "Justerare\tGöran Wik (C)"),
    ("p", "Justeringens plats och tid\tSocialkontoret 2017-09-25"),
    ("p", "Underskrifter\tSekreterare ……………………………… Paragrafer 71–73"),
    ("p", "\tMona Ek"),
    ("p", "\tOrdförande ………………………………"),
    ("p", "\tBritt Hallin"),
    ("p", "\tJusterare ………………………………"),
    ("p", "\tGöran Wik"),
    ("p", "ANSLAG/BEVIS – Protokollet är justerat. Anslaget 2017-09-26 – 2017-10-18. "
          "Förvaringsplats: Socialkontoret."),
    ("br", ""),
    ("b", "SN § 71"),
    ("b", "Remiss – Regional handlingsplan mot mäns våld mot kvinnor i Dalarnas län 2018–2021"),
    ("p", "Dnr SN2017/0098"),
    ("p", "Länsstyrelsen i Dalarnas län har skickat förslag till regional handlingsplan på remiss till "
          "länets kommuner (länsstyrelsens dnr 851-4567-2017). Kommunstyrelsen har överlämnat remissen "
          "till socialnämnden för besvarande. Planen har tagits fram i samverkan med Landstinget Dalarna. "
          "Svar ska lämnas senast den 15 oktober 2017."),
    ("p", "Beslutsunderlag: Tjänsteskrivelse 2017-09-04, socialchef Linda Sjöberg."),
    ("p", "Britt Hallin (S) yrkar bifall till förvaltningens förslag."),
    ("b", "Socialnämndens beslut"),
    ("p", "– att anta förvaltningens förslag till yttrande som nämndens eget,"),
    ("p", "– att översända yttrandet till Länsstyrelsen i Dalarnas län, samt"),
    ("p", "– att paragrafen justeras omedelbart."),
    ("p", "Expedieras: Länsstyrelsen i Dalarnas län, Kommunstyrelsen"),
    ("b", "SN § 72"),
    ("b", "Idéburet offentligt partnerskap med Kvinnojouren i Säter"),
    ("p", "Dnr SN2017/0101"),
    ("p", "Förvaltningen föreslår ett idéburet offentligt partnerskap (IOP) mellan Säters kommun och "
          "föreningen Kvinnojouren i Säter för åren 2018–2020. Kommunens bidrag föreslås till 420 000 "
          "kronor per år. Tjänsteskrivelse daterad 2017-08-30."),
    ("p", "Yrkanden: Siv Ljung (S) yrkar bifall till förvaltningens förslag. Oskar Malmsten (M) yrkar "
          "att avtalstiden begränsas till ett år."),
    ("p", "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller Siv Ljungs förslag. "
          "Omröstning begärs. Den som bifaller Siv Ljungs förslag röstar ja, den som bifaller Oskar "
          "Malmstens förslag röstar nej. Med fem ja-röster mot två nej-röster beslutar nämnden enligt "
          "Siv Ljungs förslag."),
    ("b", "Socialnämndens beslut"),
    ("p", "Socialnämnden godkänner överenskommelsen om idéburet offentligt partnerskap med Kvinnojouren "
          "i Säter för perioden 2018-01-01–2020-12-31."),
    ("p", "Oskar Malmsten (M) och Roger Hed (SD) reserverar sig mot beslutet."),
    ("p", "Expedieras: Kvinnojouren i Säter"),
    ("b", "SN § 73"),
    ("b", "Yttrande över motion om trygghetsboende i Gustafs"),
    ("p", "Dnr SN2017/0104, KS2017/0233"),
    ("p", "Lena Rask (L) föreslår i en motion daterad 2017-05-22 att kommunen utreder ett trygghetsboende "
          "i Gustafs. Kommunfullmäktige har remitterat motionen till socialnämnden för yttrande. "
          "Säterbostäder AB har inga lediga lokaler i Gustafs i dag. Tjänsteskrivelse 2017-09-06."),
    ("p", "Göran Wik (C) yrkar bifall till förvaltningens förslag."),
    ("b", "Socialnämndens beslut"),
    ("p", "Socialnämnden föreslår kommunfullmäktige att motionen ska anses besvarad."),
    ("p", "Protokollsanteckning: Emma Brandt (V) antecknar att Vänsterpartiet vill att frågan tas upp "
          "i arbetet med bostadsförsörjningsprogrammet."),
    ("p", "Expedieras: Kommunfullmäktige"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.styles["Normal"].font.name = "Times New Roman"
    head = d.sections[0].header.paragraphs[0]
    head.text = "SÄTERS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida\nSocialnämnden\t2017-09-20"
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for kind, text in DOCX_PARAS:
        if kind == "br":
            d.add_page_break()
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Mona Ek"
    cp.last_modified_by = "Mona Ek"
    cp.title = "Protokoll socialnämnden 2017-09-20"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2017, 9, 25, 13, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "sater-sn-2017-09-20-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
