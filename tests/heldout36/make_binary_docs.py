"""Generate the binary documents of tests/heldout36/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout36/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and fixed
ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout36/gold/ describe the texts written here; change both together.

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
FIXED_PDF = dt.datetime(2024, 9, 27, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 3, 22, 9, 0, 0)
ZIP_TIME = (2024, 3, 22, 9, 0, 0)

# PDF: Lycksele kommun, kommunfullmäktige 2024-09-23, full protocol §§ 112-117.
# Kinds: "page" new page, "h" bold heading, "lv" label + value (label column), "p" text, "sp" blank line.
LYCKSELE: list[tuple[str, str, str]] = [
    ("lv", "LYCKSELE KOMMUN", "SAMMANTRÄDESPROTOKOLL"),
    ("lv", "Kommunfullmäktige", "Sammanträdesdatum 2024-09-23"),
    ("sp", "", ""),
    ("lv", "Plats och tid", "Stadshuset, fullmäktigesalen, Lycksele, måndagen den 23 september 2024 "
                            "kl. 13.00–16.40"),
    ("lv", "Ajournering", "kl. 14.50–15.10"),
    ("lv", "Beslutande", "Se närvaro- och voteringslista, bilaga 1"),
    ("lv", "Presidium", "Ingrid Stenlund (S), ordförande"),
    ("lv", "", "Per-Olof Sundqvist (M), 1:e vice ordförande"),
    ("lv", "", "Elin Marklund (C), 2:e vice ordförande"),
    ("lv", "Övriga närvarande", "Malin Sarri, kommundirektör"),
    ("lv", "", "Jonas Berglund, kommunsekreterare"),
    ("lv", "Utses att justera", "Petter Holmgren (M) och Annika Vesterlund (V)"),
    ("lv", "Justeringens plats och tid", "Kommunkansliet, Stadshuset, torsdagen den 26 september 2024 kl. 10.00"),
    ("sp", "", ""),
    ("lv", "Underskrifter", "Sekreterare  .................................      Paragrafer 112–117"),
    ("lv", "", "Jonas Berglund"),
    ("lv", "", "Ordförande  ................................."),
    ("lv", "", "Ingrid Stenlund"),
    ("lv", "", "Justerande  .................................   ................................."),
    ("lv", "", "Petter Holmgren                         Annika Vesterlund"),
    ("sp", "", ""),
    ("h", "ANSLAG/BEVIS", ""),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", ""),
    ("lv", "Organ", "Kommunfullmäktige"),
    ("lv", "Sammanträdesdatum", "2024-09-23"),
    ("lv", "Anslaget sätts upp", "2024-09-27            Anslaget tas ned  2024-10-19"),
    ("lv", "Förvaringsplats", "Kommunkansliet, Stadshuset, Lycksele"),
    ("lv", "Underskrift", "................................. Jonas Berglund"),
    ("page", "", ""),
    ("h", "§ 112", ""),
    ("h", "Val av justerare", ""),
    ("p", "Beslut", ""),
    ("p", "Kommunfullmäktige utser Petter Holmgren (M) och Annika Vesterlund (V) att jämte ordföranden "
          "justera dagens protokoll. Justering sker torsdagen den 26 september 2024 kl. 10.00.", ""),
    ("sp", "", ""),
    ("h", "§ 113", ""),
    ("h", "Tillägg till dagordningen", ""),
    ("p", "Ordföranden föreslår att ärendet Fyllnadsval av ersättare i socialnämnden tas upp som extra "
          "ärende under § 117. Valberedningen har lämnat sitt förslag den 19 september 2024.", ""),
    ("p", "Beslut", ""),
    ("p", "Kommunfullmäktige godkänner dagordningen med tillägget.", ""),
    ("sp", "", ""),
    ("h", "§ 114                                                             Dnr KS 2024/0318", ""),
    ("h", "Handlingsplan för samiskt förvaltningsområde 2025–2028 (ubmejesámiengiälla och "
          "åarjelsaemien gïele)", ""),
    ("p", "Ärendebeskrivning", ""),
    ("p", "Lycksele kommun ingår sedan 2010 i förvaltningsområdet för samiska. Enligt 5 b § lagen "
          "(2009:724) om nationella minoriteter och minoritetsspråk ska kommunen anta mål och riktlinjer "
          "för sitt minoritetspolitiska arbete. Länsstyrelsen i Stockholms län och Sametinget följer upp "
          "lagen. Samråd har hållits med Vapstens sameby och Umbyns sameby den 6 maj 2024. "
          "Kommunstyrelsen behandlade ärendet 2024-09-03, § 141.", ""),
    ("p", "Beslutsunderlag", ""),
    ("p", "Kommunledningsförvaltningens tjänsteskrivelse 2024-08-14", ""),
    ("p", "Kommunstyrelsens protokoll 2024-09-03, § 141", ""),
    ("p", "Yrkanden", ""),
    ("p", "Mikael Lindberg (S) yrkar bifall till kommunstyrelsens förslag.", ""),
    ("p", "Sven Åström (SD) yrkar avslag.", ""),
    ("p", "Elin Marklund (C) yrkar bifall till Mikael Lindbergs yrkande.", ""),
    ("p", "Beslutsgång", ""),
    ("p", "Propositionsordning: Ordföranden ställer proposition på kommunstyrelsens förslag mot Sven "
          "Åströms avslagsyrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. "
          "Omröstning begärs.", ""),
    ("p", "Sammanträdet ajourneras kl. 14.50–15.10.", ""),
    ("p", "Voteringsproposition: Ja-röst för kommunstyrelsens förslag, Nej-röst för avslag.", ""),
    ("p", "Omröstningsresultat: 24 ja, 9 nej, 2 avstår (bilaga 1). Kommunfullmäktige har därmed "
          "bifallit kommunstyrelsens förslag.", ""),
    ("p", "Beslut", ""),
    ("p", "1. Kommunfullmäktige antar handlingsplanen för samiskt förvaltningsområde 2025–2028.", ""),
    ("p", "2. Kommunstyrelsen får i uppdrag att årligen redovisa planens genomförande till "
          "kommunfullmäktige.", ""),
    ("p", "Reservation", ""),
    ("p", "Sven Åström (SD) och Lotta Granberg (SD) reserverar sig mot beslutet till förmån för eget "
          "yrkande.", ""),
    ("p", "Särskilt yttrande", ""),
    ("p", "Per-Olof Sundqvist (M) m.fl. lämnar ett särskilt yttrande, bilaga 2.", ""),
    ("page", "", ""),
    ("h", "§ 115                                                             Dnr KS 2024/0122", ""),
    ("h", "Svar på motion om fler skoterleder runt Lycksele", ""),
    ("p", "Ärendebeskrivning", ""),
    ("p", "Tobias Nordin (KD) föreslår i en motion daterad 2024-02-12 att kommunen ska verka för fler "
          "allmänna skoterleder. Fullmäktige remitterade motionen till kommunstyrelsen den 26 februari "
          "2024. Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-06-10 föreslår att motionen ska "
          "anses besvarad. Terrängkörningslagen (1975:1313) och 3 § terrängkörningsförordningen "
          "(1978:594) styr var leder får dras.", ""),
    ("p", "Yrkanden", ""),
    ("p", "Ordföranden yrkar bifall till kommunstyrelsens förslag att motionen ska anses besvarad.", ""),
    ("p", "Tobias Nordin (KD) yrkar att ärendet återremitteras till kommunstyrelsen för att inhämta "
          "synpunkter från Länsstyrelsen i Västerbottens län och Vapstens sameby.", ""),
    ("p", "Annika Vesterlund (V) instämmer i Tobias Nordins återremissyrkande.", ""),
    ("p", "Beslutsgång", ""),
    ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och "
          "finner att ärendet ska avgöras i dag. Omröstning begärs.", ""),
    ("p", "Voteringsproposition: Ja-röst för att ärendet avgörs i dag, Nej-röst för återremiss.", ""),
    ("p", "Omröstningsresultat: 16 ja, 17 nej, 2 avstår (bilaga 1). Ordföranden konstaterar att "
          "kommunfullmäktige beslutat att återremittera ärendet.", ""),
    ("p", "Beslut", ""),
    ("p", "Ärendet återremitteras till kommunstyrelsen för att inhämta synpunkter från Länsstyrelsen "
          "i Västerbottens län och Vapstens sameby.", ""),
    ("sp", "", ""),
    ("h", "§ 116                                                             Dnr KS 2024/0287", ""),
    ("h", "Samverkansavtal om gemensam löneadministration med Umeå kommun", ""),
    ("p", "Ärendebeskrivning", ""),
    ("p", "Lycksele kommun och Umeå kommun har förhandlat fram ett samverkansavtal enligt 9 kap. 37 § "
          "kommunallagen (2017:725). Avtalet gäller från den 1 januari 2025 till och med 2027-12-31. "
          "Tjänsteskrivelse 2024-08-20.", ""),
    ("p", "Yrkande", ""),
    ("p", "Elin Marklund (C) yrkar bifall till kommunstyrelsens förslag.", ""),
    ("p", "Beslutsgång", ""),
    ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och finner att det bifalls.", ""),
    ("p", "Beslut", ""),
    ("p", "– att godkänna samverkansavtalet om gemensam löneadministration mellan Lycksele kommun och "
          "Umeå kommun,", ""),
    ("p", "– att uppdra åt kommundirektören att underteckna avtalet.", ""),
    ("p", "Paragrafen förklaras omedelbart justerad.", ""),
    ("sp", "", ""),
    ("h", "§ 117                                                             Dnr KS 2024/0015", ""),
    ("h", "Fyllnadsval av ersättare i socialnämnden", ""),
    ("p", "Hanna Lindqvist (C) har avsagt sig sitt uppdrag som ersättare i socialnämnden. "
          "Valberedningens ordförande Ann-Sofie Grahn (S) yrkar bifall till valberedningens förslag "
          "att välja Erik Nilsson (C).", ""),
    ("p", "Beslut", ""),
    ("p", "1. Kommunfullmäktige godkänner Hanna Lindqvists (C) avsägelse.", ""),
    ("p", "2. Till ny ersättare i socialnämnden för tiden till och med 2026-12-31 väljs Erik Nilsson (C).",
     ""),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunfullmäktige 2024-09-23")
    pdf.set_author("Lycksele kommun")
    pdf.set_creator("Lycksele kommun")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    for kind, a, b in LYCKSELE:
        if kind == "page":
            pdf.set_font("F", "", 8)
            pdf.cell(0, 5, "Justerandes sign          Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            pdf.set_font("F", "", 8)
            pdf.cell(0, 5, f"LYCKSELE KOMMUN   Kommunfullmäktige 2024-09-23   Sida {pdf.page_no()} ({{nb}})",
                     new_x="LMARGIN", new_y="NEXT", align="R")
            pdf.ln(2)
        elif kind == "sp":
            pdf.ln(4)
        elif kind == "h":
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 6, a, new_x="LMARGIN", new_y="NEXT")
        elif kind == "lv":
            pdf.set_font("F", "B" if a else "", 9)
            y = pdf.get_y()
            pdf.multi_cell(48, 5, a, new_x="RIGHT", new_y="TOP")
            pdf.set_xy(pdf.l_margin + 50, y)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
        else:
            heading = a in {"Ärendebeskrivning", "Beslutsunderlag", "Yrkanden", "Yrkande", "Beslutsgång",
                            "Beslut", "Reservation", "Särskilt yttrande"}
            pdf.set_font("F", "B" if heading else "", 10)
            pdf.multi_cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "lycksele-kf-2024-09-23-protokoll.pdf"))


# DOCX: Pajala kommun, kommunstyrelsen 2024-03-19, full protocol §§ 41-45.
# Attendance as a Word table with one row per party: the party code in the first cell, the names
# (one per line, presidium role after a comma) in the second.
PAJALA_FRONT: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset Pajala, sal Kengis, tisdagen den 19 mars 2024 kl. 09.00–12.15"),
    ("Ajournering", "kl. 10.40–10.55"),
]
PAJALA_ATTENDANCE: list[tuple[str, str]] = [
    ("Beslutande ledamöter", ""),
    ("S", "Liisa Keskitalo, ordförande\nBengt Niemi\nTommy Lantto"),
    ("V", "Ulla Mäkitalo\nJan Perttu"),
    ("M", "Harald Wennberg, 1:e vice ordförande"),
    ("C", "Sanna Kuoppa, 2:e vice ordförande"),
    ("SD", "Mats Lahti"),
    ("KD", "Eva Kangas"),
    ("Tjänstgörande ersättare", ""),
    ("S", "Per Aho för Kerstin Rova"),
    ("V", "Inger Pingi för Anton Sirkka"),
    ("Ersättare", ""),
    ("M", "Maria Hannu"),
    ("C", "Lennart Vaara"),
]
PAJALA_AFTER: list[tuple[str, str]] = [
    ("Övriga närvarande", "Petra Sundqvist, kommunchef\nLinnea Kitti, kommunsekreterare\n"
                          "Martin Labba, ekonomichef, § 42"),
    ("Utses att justera", "Harald Wennberg (M)"),
    ("Justeringens plats och tid", "Kommunkontoret, fredagen den 22 mars 2024"),
]
PAJALA_SIGN: list[tuple[str, str, str]] = [
    ("Underskrifter", "", ""),
    ("Sekreterare", "Linnea Kitti", "Paragrafer 41–45"),
    ("Ordförande", "Liisa Keskitalo", ""),
    ("Justerande", "Harald Wennberg", ""),
]
PAJALA_ANSLAG: list[tuple[str, str]] = [
    ("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2024-03-19"),
    ("Anslaget sätts upp", "2024-03-25"),
    ("Anslaget tas ned", "2024-04-16"),
    ("Förvaringsplats", "Kommunkontoret, Pajala"),
]
# Kinds: "h" Heading 2 (§ line), "t" Heading 3 (title), "s" bold sub-heading, "p" text.
PAJALA_BODY: list[tuple[str, str]] = [
    ("h", "§ 41"),
    ("t", "Fastställande av dagordning"),
    ("p", "Ärendet Avtal om gränsöverskridande räddningstjänst läggs till dagordningen som § 44. "
          "Anmälan av delegationsbeslut behandlas som § 45."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen fastställer dagordningen med tillägget."),
    ("h", "§ 42\tDiarienummer: KS 2024/00112-3"),
    ("t", "Handlingsplan för förvaltningsområdet för finska och meänkieli 2024–2027 – Meänkielen ja "
          "suomen hallintoalue"),
    ("s", "Ärendebeskrivning"),
    ("p", "Pajala kommun – Pajalan kunta ingår i förvaltningsområdena för finska och meänkieli. Samråd "
          "med Svenska Tornedalingars Riksförbund – Tornionlaaksolaiset och Sverigefinländarnas "
          "delegation hölls den 30 januari 2024. Enligt 17 § lagen (2009:724) om nationella minoriteter "
          "och minoritetsspråk ska kommunen erbjuda förskola där hela eller delar av verksamheten bedrivs "
          "på finska eller meänkieli. Kommunstyrelsens arbetsutskott föreslog 2024-03-05, § 22, att "
          "planen antas."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2024-02-26\nKommunstyrelsens arbetsutskott 2024-03-05, § 22"),
    ("s", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till arbetsutskottets förslag.\n"
          "Mats Lahti (SD) yrkar att punkt 2 om förskola på meänkieli stryks.\n"
          "Eva Kangas (KD) instämmer i Mats Lahtis yrkande."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på arbetsutskottets förslag mot Mats Lahtis yrkande och finner "
          "att kommunstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs."),
    ("p", "Voteringsproposition: Ja-röst för arbetsutskottets förslag. Nej-röst för Mats Lahtis yrkande."),
    ("p", "Omröstningen utfaller med 5 ja-röster mot 5 nej-röster. 1 ledamot avstår. Vid lika röstetal "
          "har ordföranden utslagsröst. Ordföranden har röstat ja, och kommunstyrelsen har därmed beslutat "
          "enligt arbetsutskottets förslag."),
    ("s", "Beslut"),
    ("p", "1. Kommunstyrelsen antar handlingsplanen för förvaltningsområdet för finska och meänkieli "
          "2024–2027."),
    ("p", "2. Barn- och utbildningsnämnden får i uppdrag att inrätta en förskoleavdelning på meänkieli "
          "från och med höstterminen 2024."),
    ("p", "3. Planen följs upp i kommunstyrelsen i mars 2025."),
    ("s", "Reservation"),
    ("p", "Mats Lahti (SD) och Eva Kangas (KD) reserverar sig mot beslutet."),
    ("s", "Protokollsanteckning"),
    ("p", "Ulla Mäkitalo (V) antecknar till protokollet att Vänsterpartiet välkomnar planen."),
    ("s", "Beslutet skickas till"),
    ("p", "Barn- och utbildningsnämnden\nSkolverket"),
    ("h", "§ 43\tDiarienummer: KS 2024/00087-2"),
    ("t", "Yttrande över Trafikverkets åtgärdsvalsstudie för väg 99 Pajala–Haparanda"),
    ("s", "Ärendebeskrivning"),
    ("p", "Trafikverket har den 2 februari 2024 skickat åtgärdsvalsstudien på remiss till kommunerna "
          "längs vägen (Trafikverkets ärendenummer TRV 2023/145671). Svar ska lämnas senast den "
          "12 april 2024. Tjänsteskrivelse 2024-03-01."),
    ("s", "Yrkanden"),
    ("p", "Jan Perttu (V) yrkar att ärendet bordläggs till nästa sammanträde.\n"
          "Ordföranden yrkar att ärendet avgörs i dag."),
    ("s", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller bordläggas och finner att "
          "kommunstyrelsen beslutar att bordlägga ärendet."),
    ("s", "Beslut"),
    ("p", "Ärendet bordläggs till kommunstyrelsens sammanträde den 9 april 2024."),
    ("h", "§ 44\tDiarienummer: KS 2024/00131-1"),
    ("t", "Avtal om gränsöverskridande räddningstjänst med Lapplands räddningsverk"),
    ("s", "Ärendebeskrivning"),
    ("p", "Pajala kommun och Lapplands räddningsverk (Lapin pelastuslaitos) har tagit fram ett avtal om "
          "ömsesidig hjälp vid räddningsinsatser längs Torne älv enligt lagen (2003:778) om skydd mot "
          "olyckor. Avtalet gäller 2024-05-01–2027-04-30. Tjänsteskrivelse 2024-03-04."),
    ("s", "Yrkande"),
    ("p", "Sanna Kuoppa (C) yrkar bifall till förvaltningens förslag."),
    ("s", "Beslutsgång"),
    ("p", "Beslutet fattas med acklamation."),
    ("s", "Beslut"),
    ("p", "1. Kommunstyrelsen godkänner avtalet mellan Pajala kommun och Lapplands räddningsverk."),
    ("p", "2. Kommunchefen får i uppdrag att underteckna avtalet."),
    ("p", "3. Paragrafen justeras omedelbart."),
    ("h", "§ 45"),
    ("t", "Anmälan av delegationsbeslut"),
    ("p", "Delegationsbeslut fattade under perioden 2024-02-01–2024-02-29 redovisas enligt förteckning."),
    ("s", "Beslut"),
    ("p", "Kommunstyrelsen lägger redovisningen till handlingarna."),
]


def _table(d: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    header = d.sections[0].header.paragraphs[0]
    header.text = "PAJALA KOMMUN · PAJALAN KUNTA\tSAMMANTRÄDESPROTOKOLL\tKommunstyrelsen 2024-03-19"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_paragraph("Sammanträdesdatum 2024-03-19")
    _table(d, PAJALA_FRONT)
    d.add_paragraph("")
    _table(d, PAJALA_ATTENDANCE)
    d.add_paragraph("")
    _table(d, PAJALA_AFTER)
    d.add_paragraph("")
    _table(d, PAJALA_SIGN)
    d.add_paragraph("")
    _table(d, PAJALA_ANSLAG)
    d.add_page_break()
    for kind, text in PAJALA_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "t":
            d.add_heading(text, level=3)
        elif kind == "s":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Pajala kommun"
    cp.last_modified_by = "Pajala kommun"
    cp.title = "Protokoll kommunstyrelsen 2024-03-19"
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
    (DOCS / "pajala-ks-2024-03-19-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
