# ruff: noqa: E501
"""Generate the binary documents of tests/heldout143/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout143/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in gold/ describe the
texts written here; change both together. Written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 9, 30, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 5, 12, 9, 30, 0)

# Hällefors: "#" = bold line, "=" = new page, "" = blank line.
HALLEFORS = """\
#SAMMANTRÄDESPROTOKOLL
#Kommunfullmäktige

Sammanträdesdatum: 2024-09-23
Plats och tid: Sessionssalen, Kommunhuset, Hällefors, kl. 18.00–20.30

#Presidium
Ordförande: Annika Berglund (S)
1:e vice ordförande: Magnus Persson (C)
2:e vice ordförande: Eva Hed (M)

#Närvarande
29 ordinarie ledamöter och 2 tjänstgörande ersättare, se närvaro- och voteringslista, bilaga A.
Tjänstgörande ersättare: Rolf Engström (S) i stället för Kent Pettersson (S) och Nadia Amini (V) i stället för Jan Holm (V).

#Övriga närvarande
Tomas Lindh, kommunchef
Maria Kjellin, ekonomichef, § 58
Linnea Gustafsson, kommunsekreterare

#Justerare
Sofia Lund (S) och Jens Wallin (SD)

Justeringens plats och tid: Kommunhuset, 2024-09-30
Justerade paragrafer: §§ 58–61

Sekreterare ............................................ Linnea Gustafsson
Ordförande ............................................ Annika Berglund
Justerare ............................................ Sofia Lund
Justerare ............................................ Jens Wallin

#BEVIS OM ANSLAG
Kommunfullmäktiges protokoll 2024-09-23 har justerats. Anslaget sätts upp 2024-10-01 och tas ned 2024-10-23.
Protokollet förvaras på kommunkansliet, Kommunhuset, Hällefors.
=
#§ 58 Delårsrapport januari–juni 2024
Dnr KS 24/00145

#Beslut
Kommunfullmäktige godkänner delårsrapporten för januari–juni 2024.

#Bakgrund
Delårsrapporten visar ett resultat på 6,4 mnkr och en helårsprognos på 2,1 mnkr. Hällefors Bostads AB redovisar ett resultat i nivå med budget. Revisionsbyrån KPMG AB har granskat rapporten på uppdrag av revisorerna. Kommunstyrelsen behandlade ärendet 2024-09-10, § 102. Rapporten ska enligt 13 kap. 1 § lagen (2018:597) om kommunal bokföring och redovisning behandlas av fullmäktige.

#Beslutsunderlag
Ekonomichefens tjänsteskrivelse 2024-08-20
Delårsrapport januari–juni 2024

#Beslutet skickas till
Kommunstyrelsen
Hällefors Bostads AB

#§ 59 Motion om ny simhall i Hällefors
Dnr KS 23/00211

#Beslut
Motionen avslås.

#Bakgrund
Lars Nordin (M) föreslår i en motion 2023-05-22 att kommunen utreder en ny simhall. Enligt statistik från Svenska Livräddningssällskapet kan var femte elev i årskurs 6 i länet inte simma. Kommunstyrelsen föreslog 2024-09-10, § 104, att motionen avslås med hänvisning till investeringsutrymmet.

#Beslutsunderlag
Tjänsteskrivelse 2024-06-12
=
#§ 59 (forts.)

#Yrkanden
Sofia Lund (S) yrkar bifall till kommunstyrelsens förslag, att motionen avslås.
Lars Nordin (M), Eva Hed (M) och Jens Wallin (SD) yrkar bifall till motionen.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att fullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för bifall till motionen. Omröstningen ger 17 ja-röster och 12 nej-röster medan 2 ledamöter avstår. Fullmäktige har alltså avslagit motionen.

#Reservation
Lars Nordin (M) och Eva Hed (M) reserverar sig skriftligt, bilaga B.

#Beslutet skickas till
Motionären

#§ 60 Avtal om gemensam upphandlingsfunktion med Ljusnarsbergs kommun
Dnr KS 24/00178

#Beslut
a) Kommunfullmäktige godkänner avtalet mellan Hällefors kommun och Ljusnarsbergs kommun om gemensam upphandlingsfunktion.
b) Avtalet gäller från 2025-01-01.
Paragrafen förklaras omedelbart justerad.

#Bakgrund
Upphandlingsfunktionen placeras i Hällefors och ska tillämpa lagen (2016:1145) om offentlig upphandling för båda kommunerna. Ljusnarsbergs kommun behandlade avtalet 2024-09-16. Adda Inköpscentral AB används fortsatt för samordnade ramavtal.

#Beslutsunderlag
Kommunchefens tjänsteskrivelse 2024-08-27

#Protokollsanteckning
Jens Wallin (SD) lämnar en protokollsanteckning om att avtalet bör utvärderas efter två år.

#Beslutet skickas till
Ljusnarsbergs kommun
Kommunstyrelsen
=
#§ 61 Redovisning av obesvarade motioner och medborgarförslag
Dnr KS 24/00009

#Beslut
Redovisningen läggs till handlingarna.

#Bakgrund
Enligt kommunfullmäktiges arbetsordning ska obesvarade motioner redovisas två gånger per år. Sju motioner och två medborgarförslag är obesvarade, den äldsta från 2023-03-27.

#Beslutsunderlag
Kanslichefens tjänsteskrivelse 2024-08-30
"""


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "", 8)
        self.cell(95, 5, "HÄLLEFORS KOMMUN", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Kommunfullmäktige", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Sammanträdesdatum 2024-09-23", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 5, "Justerandes sign              Utdragsbestyrkande", align="L")


def make_pdf() -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunfullmäktige 2024-09-23")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in HALLEFORS.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "hallefors-kf-2024-09-23-protokoll.pdf"))


HOGSBY_HEAD = ["HÖGSBY KOMMUN", "Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2025-05-06"]

HOGSBY_ATT = [
    ("Plats och tid", "Kommunhuset, Högsby, kl. 08.30–12.10"),
    ("Beslutande", "Cecilia Åberg (C), ordförande\n"
                   "Thomas Lund (S), 1:e vice ordförande\n"
                   "Gunnel Hjort (M), 2:e vice ordförande\n"
                   "Peter Nyqvist (C)\n"
                   "Anna Svärd (S)\n"
                   "Erik Tell (S)\n"
                   "Mikael Ek (SD)\n"
                   "Ulf Persson (SD)\n"
                   "Jenny Blom (KD)\n"
                   "Karin Moberg (L)\n"
                   "Stefan Ros (S), tjänstgörande ersättare för Lena Ott (S)"),
    ("Ej tjänstgörande ersättare", "Hampus Ring (M), Sanna Bäck (SD)"),
    ("Tjänstepersoner", "Magnus Stenberg, kommunchef\nLotta Frisk, ekonomichef, § 84\nIda Hellgren, kommunsekreterare"),
    ("Utses att justera", "Thomas Lund (S)"),
    ("Justeringens plats och tid", "Kommunkansliet, 2025-05-12"),
    ("Paragrafer", "84–87"),
    ("Underskrifter", "Sekreterare ………………………… Ida Hellgren\n"
                      "Ordförande ………………………… Cecilia Åberg\n"
                      "Justerare ………………………… Thomas Lund"),
    ("Anslag", "Protokollet anslås på kommunens anslagstavla 2025-05-13–2025-06-04."),
]

HOGSBY_BODY = [
    "#§ 84 Ekonomisk uppföljning per april 2025",
    "Ärendenummer: KS 2025/00031",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen noterar uppföljningen och lägger den till handlingarna.",
    "#Ärendebeskrivning",
    "Prognosen för helåret visar ett underskott på 3,9 mnkr. Socialnämnden ska redovisa en åtgärdsplan senast "
    "2025-06-10. Högsbyhus AB prognostiserar ett resultat enligt budget. Ekonomiavdelningens tjänsteskrivelse "
    "är daterad 2025-04-25.",
    "#Beslutet skickas till",
    "Socialnämnden",
    "#§ 85 Yttrande över remiss från Länsstyrelsen i Kalmar län – Regional handlingsplan för klimatanpassning",
    "Ärendenummer: KS 2025/00058",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen antar samhällsbyggnadsavdelningens förslag till yttrande som sitt eget.",
    "#Paragrafen förklaras omedelbart justerad.",
    "#Ärendebeskrivning",
    "Länsstyrelsen i Kalmar län har 2025-03-03 sänt handlingsplanen på remiss till länets kommuner med svar "
    "senast 2025-05-16. Planen bygger på SMHI:s klimatscenarier. Tjänsteskrivelse 2025-04-15.",
    "#Särskilt yttrande",
    "Gunnel Hjort (M) lämnar ett särskilt yttrande enligt bilaga 1.",
    "#Ersättaryttrande",
    "Ersättaren Hampus Ring (M) instämmer i Gunnel Hjorts (M) särskilda yttrande.",
    "#Beslutet skickas till",
    "Länsstyrelsen i Kalmar län",
    "#§ 86 Hyresavtal med Högsbyhus AB för förskolan Tallbacken",
    "Ärendenummer: KS 2025/00044",
    "#Kommunstyrelsens beslut",
    "att godkänna hyresavtalet mellan Högsby kommun och Högsbyhus AB för förskolan Tallbacken,",
    "att ge kommunchefen i uppdrag att underteckna avtalet.",
    "#Ärendebeskrivning",
    "Högsbyhus AB uppför en ny förskola med sex avdelningar. Avtalet löper 2025-08-01–2040-07-31 med en "
    "årshyra på 3,2 mnkr. Tjänsteskrivelse från kommunchefen 2025-04-22.",
    "#Yrkanden",
    "Ulf Persson (SD) yrkar att ärendet återremitteras för att utreda om kommunen själv ska äga byggnaden.",
    "Cecilia Åberg (C) yrkar att ärendet avgörs i dag och bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras. Omröstning begärs. "
    "Den som vill att ärendet avgörs i dag röstar ja, den som vill återremittera ärendet röstar nej. "
    "Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att ärendet avgörs i dag. Därefter finner "
    "ordföranden att kommunstyrelsen bifaller förvaltningens förslag.",
    "#Reservation",
    "Ulf Persson (SD) och Mikael Ek (SD) reserverar sig till förmån för återremissyrkandet.",
    "#Beslutet skickas till",
    "Högsbyhus AB",
    "#§ 87 Motion om gång- och cykelväg mellan Högsby och Fågelfors",
    "Ärendenummer: KS 2024/00193",
    "#Kommunstyrelsens beslut",
    "Kommunstyrelsen föreslår kommunfullmäktige besluta",
    "1. Motionen bifalls i den del som gäller en förstudie.",
    "2. Motionen avslås i övrigt.",
    "För egen del beslutar kommunstyrelsen",
    "3. att ge förvaltningen i uppdrag att ansöka om medfinansiering från Trafikverket.",
    "#Ärendebeskrivning",
    "Karin Moberg (L) föreslår i en motion 2024-09-30 en gång- och cykelväg längs väg 34. Region Kalmar län "
    "prioriterar sträckan i länstransportplanen 2026–2037. Tjänsteskrivelse 2025-04-10.",
    "#Yrkanden",
    "Karin Moberg (L) yrkar bifall till motionen i sin helhet.",
    "Erik Tell (S) yrkar bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden ställer yrkandena mot varandra och finner att kommunstyrelsen bifaller Tells yrkande.",
    "#Reservation",
    "Karin Moberg (L) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Kommunfullmäktige, Trafikverket",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunkansliet"
    cp.title = "Protokoll kommunstyrelsen 2025-05-06"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "HÖGSBY KOMMUN\tKommunstyrelsen\tSammanträdesprotokoll 2025-05-06"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in HOGSBY_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in HOGSBY_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_page_break()
    for line in HOGSBY_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 12, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "hogsby-ks-2025-05-06-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
