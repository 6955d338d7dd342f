"""Generate the binary documents of tests/heldout40/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout40/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout40/gold/
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
FIXED_PDF = dt.datetime(2024, 6, 24, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 17, 11, 0, 0)

# Vaxholms stad, kommunfullmäktige 2024-06-17: members of the voting list in Bilaga 1 till § 87
# (omröstning 2, huvudfrågan). Vote letters: J = ja, N = nej, A = avstår.
VOTERS: list[tuple[str, str, str]] = [
    ("Karin Ahlqvist", "M", "J"), ("Mikael Strandberg", "M", "J"), ("Ulla Hedén", "M", "J"),
    ("Peter Kihlberg", "M", "J"), ("Sofia Lagerkvist", "M", "J"), ("Björn Alm", "M", "J"),
    ("Cecilia Rudberg", "M", "J"), ("Fredrik Nyström", "M", "J"), ("Åsa Wennerholm", "M", "J"),
    ("Thomas Blix", "S", "N"), ("Sanna Wiik", "S", "N"), ("Lars Ekman", "S", "N"),
    ("Gunilla Fahlén", "S", "N"), ("Omar Haddad", "S", "N"), ("Birgitta Rosén", "S", "N"),
    ("Kenneth Sjödin", "S", "N"), ("Eva Hjort", "VP", "J"), ("Håkan Lövgren", "VP", "J"),
    ("Maria Stål", "VP", "N"), ("Anders Widell", "VP", "N"), ("Lena Tornberg", "VP", "A"),
    ("Nils Ekberg", "L", "J"), ("Camilla Frisk", "L", "J"), ("Jan Ohlin", "L", "J"),
    ("Ingrid Mohlin", "C", "J"), ("Per Söderlind", "C", "J"), ("Tove Ramsten", "V", "N"),
    ("Elias Berglöf", "V", "N"), ("Karolina Zethraeus", "MP", "N"), ("Göran Lidman", "KD", "J"),
    ("Roger Malmsten", "SD", "A"),
]

# (kind, text): "h" = paragraph heading line "§ n<TAB>Dnr", "t" = title, "s" = sub-heading, "p" = text,
# "page" = new page.
PDF_BLOCKS: list[tuple[str, str]] = [
    ("big", "VAXHOLMS STAD"),
    ("p", "SAMMANTRÄDESPROTOKOLL   Kommunfullmäktige   2024-06-17"),
    ("s", "Plats och tid"),
    ("p", "Kronängsskolans aula, Vaxholm, måndagen den 17 juni 2024 kl. 18.30–21.05. Ajournering kl. 19.55–20.10."),
    ("s", "Beslutande"),
    ("p", "Se närvarolistan, bilaga 2 (finns i akten). Voteringslistan till § 87 är bilaga 1 och finns sist i "
          "protokollet."),
    ("s", "Presidium"),
    ("p", "Karin Ahlqvist (M), ordförande"),
    ("p", "Thomas Blix (S), förste vice ordförande"),
    ("p", "Eva Hjort (VP), andre vice ordförande"),
    ("s", "Övriga närvarande"),
    ("p", "Marie Lindgren, stadsdirektör"),
    ("p", "Jonas Fält, kommunsekreterare"),
    ("s", "Anteckningar om närvaro"),
    ("p", "Lars Ekman (S) lämnar sammanträdet kl. 19.40 efter § 88. Som tjänstgörande ersättare från och med § 89 "
          "inträder Maria Fors (S)."),
    ("s", "Utses att justera"),
    ("p", "Nils Ekberg (L) och Sanna Wiik (S)"),
    ("s", "Justeringens plats och tid"),
    ("p", "Stadshuset, Vaxholm, torsdagen den 20 juni 2024"),
    ("page", ""),
    ("h", "§ 84\tDnr 2024/97.111"),
    ("t", "Entlediganden"),
    ("p", "Jan Ohlin (L) har i en skrivelse daterad 2024-05-20 begärt att bli entledigad från sitt uppdrag som "
          "ledamot i socialnämnden. Birgitta Rosén (S) har 2024-06-03 begärt entledigande från uppdraget som "
          "ersättare i styrelsen för Roslagsvatten AB."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "1. Jan Ohlin (L) entledigas från uppdraget som ledamot i socialnämnden."),
    ("p", "2. Birgitta Rosén (S) entledigas från uppdraget som ersättare i styrelsen för Roslagsvatten AB."),
    ("h", "§ 85\tDnr 2024/97.111"),
    ("t", "Fyllnadsval av ledamot i socialnämnden efter Jan Ohlin (L)"),
    ("p", "Valberedningens ordförande Åsa Wennerholm (M) yrkar att Camilla Frisk (L) väljs till ny ledamot i "
          "socialnämnden för tiden till och med den 31 december 2026."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "Till ny ledamot i socialnämnden efter Jan Ohlin (L) för återstoden av mandatperioden väljs Camilla "
          "Frisk (L)."),
    ("h", "§ 86\tDnr 2024/97.111"),
    ("t", "Val av ersättare i styrelsen för Roslagsvatten AB"),
    ("p", "Valberedningen har inte kunnat enas om någon nominering och föreslår att valet bordläggs till "
          "sammanträdet den 23 september 2024."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "Valet bordläggs till kommunfullmäktiges sammanträde den 23 september 2024."),
    ("h", "§ 87\tDnr 2023/118.289"),
    ("t", "Investeringsbeslut för ny idrottshall vid Kronängsskolan"),
    ("s", "Sammanfattning"),
    ("p", "Den befintliga gymnastiksalen vid Kronängsskolan uppfyller inte kraven enligt plan- och bygglagen "
          "(2010:900) 8 kap. 4 §. Stadsbyggnadsförvaltningen föreslår en ny idrottshall med en investeringsram om "
          "74 miljoner kronor. Kultur- och fritidsnämnden har i sitt yttrande 2024-04-18 tillstyrkt förslaget."),
    ("s", "Beslutsunderlag"),
    ("p", "Kommunstyrelsens beslut 2024-05-27, § 71"),
    ("p", "Tjänsteskrivelse från stadsbyggnadsförvaltningen 2024-05-06"),
    ("p", "Kultur- och fritidsnämndens yttrande 2024-04-18, § 22"),
    ("s", "Yrkanden"),
    ("p", "Mikael Strandberg (M) yrkar bifall till kommunstyrelsens förslag. Ulla Hedén (M), Nils Ekberg (L) och "
          "Ingrid Mohlin (C) instämmer."),
    ("p", "Thomas Blix (S) yrkar i första hand att ärendet återremitteras för att utreda en hyreslösning, i andra "
          "hand avslag. Tove Ramsten (V) instämmer i Thomas Blix återremissyrkande."),
    ("s", "Propositionsordning och omröstningar"),
    ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
          "att det ska avgöras i dag. Votering begärs."),
    ("p", "Omröstning 1: Ja för att ärendet avgörs i dag, nej för återremiss. Omröstningen utfaller med 18 ja, "
          "11 nej och 2 som avstår. Kommunfullmäktige har beslutat att avgöra ärendet i dag."),
    ("p", "Ordföranden ställer därefter proposition på bifall och avslag till kommunstyrelsens förslag och finner "
          "att fullmäktige bifaller förslaget. Votering begärs."),
    ("p", "Omröstning 2: Ja för bifall till kommunstyrelsens förslag, nej för avslag. Omröstningen utfaller med "
          "17 ja, 12 nej och 2 som avstår, se bilaga 1."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "1. Kommunfullmäktige beviljar en investeringsram om 74 miljoner kronor för en ny idrottshall vid "
          "Kronängsskolan."),
    ("p", "2. Kommunstyrelsen får i uppdrag att genomföra upphandlingen."),
    ("s", "Reservationer"),
    ("p", "Socialdemokraternas ledamöter reserverar sig mot beslutet. Tove Ramsten (V) och Karolina Zethraeus (MP) "
          "reserverar sig till förmån för Thomas Blix yrkande."),
    ("s", "Protokollsanteckning"),
    ("p", "Roger Malmsten (SD) får följande antecknat till protokollet: ”Vi välkomnar hallen men anser att "
          "kalkylen är för osäker.”"),
    ("page", ""),
    ("h", "§ 88"),
    ("t", "Information från förvaltningen"),
    ("p", "Stadsdirektör Marie Lindgren informerar om arbetet med budget 2025, om sommarens bemanning i "
          "äldreomsorgen och om Trafikverkets planerade arbeten på väg 274."),
    ("p", "– – – Lars Ekman (S) lämnar sammanträdet kl. 19.40. – – –"),
    ("h", "§ 89\tDnr 2024/12.009"),
    ("t", "Meddelanden"),
    ("p", "Följande meddelanden anmäls:"),
    ("p", "a) Länsstyrelsen i Stockholms län, beslut 2024-05-14 om ny ledamot efter sammanräkning, dnr "
          "111-18844-2024."),
    ("p", "b) Storstockholms brandförsvar, protokoll från direktionen 2024-04-22, § 31."),
    ("p", "c) Roslagsvatten AB, delårsrapport januari–april 2024, dnr 2024/54.007."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "Meddelandena läggs till handlingarna."),
    ("h", "§ 90\tDnr 2024/88.739"),
    ("t", "Avtal om samverkan inom familjerätt med Österåkers kommun"),
    ("p", "Vaxholms stad och Österåkers kommun föreslås samverka i en gemensam familjerättsenhet enligt 2 kap. 5 § "
          "socialtjänstlagen (2001:453). Avtalet gäller från 2025-01-01. Tjänsteskrivelse från "
          "socialförvaltningen 2024-04-29."),
    ("s", "Yrkanden"),
    ("p", "Sanna Wiik (S) yrkar bifall till kommunstyrelsens förslag."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "Kommunfullmäktige godkänner avtal om samverkan inom familjerätt mellan Vaxholms stad och Österåkers "
          "kommun."),
    ("s", "Särskilt yttrande"),
    ("p", "Elias Berglöf (V) lämnar ett särskilt yttrande: ”Samverkan får inte leda till längre väntetider.”"),
    ("page", ""),
    ("s", "Underskrifter"),
    ("p", "Justerade paragrafer: §§ 84–90"),
    ("p", "Sekreterare ........................................  Jonas Fält"),
    ("p", "Ordförande .........................................  Karin Ahlqvist"),
    ("p", "Justerare ..........................................  Nils Ekberg          Sanna Wiik"),
    ("s", "ANSLAG/BEVIS"),
    ("p", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på Vaxholms stads digitala "
          "anslagstavla. Datum då anslaget sätts upp 2024-06-24. Datum då anslaget tas ned 2024-07-16. "
          "Förvaringsplats för protokollet: Stadshuset, Vaxholm."),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunfullmäktige 2024-06-17 protokoll")
    pdf.set_author("Vaxholms stad")
    pdf.set_creator("heldout40")
    pdf.set_producer("heldout40")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    for kind, text in PDF_BLOCKS:
        if kind == "page":
            pdf.add_page()
        elif kind == "big":
            pdf.set_font("F", "B", 14)
            pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("F", "B", 12)
            parts = text.split("\t")
            pdf.cell(30, 7, parts[0])
            pdf.set_font("F", "", 9)
            pdf.cell(0, 7, parts[1] if len(parts) > 1 else "", align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "s":
            pdf.ln(1)
            pdf.set_font("F", "B", 9)
            pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    # Bilaga 1 till § 87: voting list as a ruled table.
    pdf.add_page()
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 7, "Bilaga 1 till § 87", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "Kommunfullmäktige 2024-06-17. Voteringslista, omröstning 2 (huvudfrågan)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (70, 20, 18, 18, 18)
    pdf.set_font("F", "B", 9)
    for w, head in zip(widths, ("Ledamot", "Parti", "Ja", "Nej", "Avstår"), strict=True):
        pdf.cell(w, 6, head, border=1)
    pdf.ln(6)
    pdf.set_font("F", "", 9)
    totals = {"J": 0, "N": 0, "A": 0}
    for name, party, vote in VOTERS:
        totals[vote] += 1
        cells = (name, party, "X" if vote == "J" else "", "X" if vote == "N" else "", "X" if vote == "A" else "")
        for w, cell in zip(widths, cells, strict=True):
            pdf.cell(w, 5.5, cell, border=1)
        pdf.ln(5.5)
    pdf.set_font("F", "B", 9)
    for w, cell in zip(widths, ("Summa", "", str(totals["J"]), str(totals["N"]), str(totals["A"])), strict=True):
        pdf.cell(w, 6, cell, border=1)
    pdf.ln(6)
    pdf.output(str(DOCS / "vaxholm-kf-2024-06-17-protokoll.pdf"))


# Salems kommun, kommunstyrelsen 2024-10-14, digital meeting.
ATTENDANCE: list[tuple[str, str, str, str]] = [
    ("Sören Lindqvist", "M", "Ordförande", "I sammanträdesrummet"),
    ("Anna-Maria Kjellberg", "S", "1:e vice ordförande", "På distans"),
    ("Henrik Öberg", "M", "Ledamot", "I sammanträdesrummet"),
    ("Lisa Tallroth", "M", "Ledamot", "I sammanträdesrummet"),
    ("Mattias Ring", "L", "Ledamot", "På distans"),
    ("Johanna Bexell", "C", "Ledamot", "I sammanträdesrummet"),
    ("Yusuf Demir", "S", "Ledamot", "I sammanträdesrummet"),
    ("Karin Ståhlberg", "S", "Ledamot", "På distans"),
    ("Erik Lindvall", "SD", "Ledamot", "I sammanträdesrummet"),
    ("Monica Sahlberg", "V", "Ledamot", "På distans"),
    ("Pia Granqvist", "KD", "Tjänstgörande ersättare för Olof Hallén (KD)", "På distans"),
    ("Oskar Wall", "M", "Ersättare", "På distans"),
    ("Nadia Rahimi", "MP", "Ersättare", "I sammanträdesrummet"),
    ("Helena Brodin", "", "Kommundirektör", "I sammanträdesrummet"),
    ("Viktor Sandell", "", "Kommunsekreterare", "I sammanträdesrummet"),
]

DELEGATION: list[tuple[str, str, str, str]] = [
    ("Kommundirektören", "Yttrande till Polismyndigheten över ansökan om tillstånd till offentlig tillställning",
     "2024-09-12", "KS 2024/201"),
    ("Ekonomichefen", "Omsättning av lån hos Kommuninvest i Sverige AB", "2024-09-20", "KS 2024/198"),
    ("Kommunstyrelsens ordförande", "Brådskande beslut enligt 6 kap. 39 § kommunallagen om yttrande till "
     "Länsstyrelsen i Stockholms län", "2024-09-26", "KS 2024/205"),
]

# (kind, text): "h2" = paragraph title (Heading 2), "nr" = number line under it, "b" = bold sub-heading,
# "p" = text, "num" = Word numbered list item (number not in the text), "deleg" = the delegation table.
DOCX_BLOCKS: list[tuple[str, str]] = [
    ("h2", "Anmälan av delegationsbeslut"),
    ("nr", "KS § 141\tDnr KS 2024/3"),
    ("p", "Följande delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen:"),
    ("deleg", ""),
    ("b", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen godkänner redovisningen av delegationsbeslut."),
    ("h2", "Information från förvaltningen"),
    ("nr", "KS § 142\tDnr KS 2024/4"),
    ("p", "Kommundirektör Helena Brodin informerar om budgetprocessen och om Södertörns brandförsvarsförbunds "
          "nya handlingsprogram, som förbundets direktion antog 2024-09-19."),
    ("b", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen noterar informationen."),
    ("h2", "Yttrande över Region Stockholms remiss av förslag till regional cykelplan 2024–2030"),
    ("nr", "KS § 143\tDnr KS 2024/156"),
    ("p", "Region Stockholm har skickat förslaget till regional cykelplan på remiss till kommunerna i länet "
          "(regionens diarienummer RS 2024-0387). Remissen inkom 2024-06-28 och svar ska lämnas senast "
          "2024-10-31. Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-09-25."),
    ("b", "Yrkanden"),
    ("p", "Sören Lindqvist (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Monica Sahlberg (V) yrkar att yttrandet kompletteras med krav på cykelbana längs Söderby "
          "Torgväg."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på Monica Sahlbergs tilläggsyrkande och finner det avslaget."),
    ("b", "Kommunstyrelsens beslut"),
    ("num", "Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Region Stockholm."),
    ("num", "Paragrafen förklaras omedelbart justerad."),
    ("b", "Reservation"),
    ("p", "Monica Sahlberg (V) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("b", "Särskilt yttrande"),
    ("p", "Erik Lindvall (SD) lämnar ett särskilt yttrande, bilaga 1."),
    ("h2", "Avsiktsförklaring om gemensam upphandling av skolskjuts med Södertälje kommun"),
    ("nr", "KS § 144\tDnr KS 2024/172"),
    ("p", "Salems kommun och Södertälje kommun avser att gemensamt upphandla skolskjuts från läsåret 2025/26. "
          "Utbildningsförvaltningens tjänsteskrivelse 2024-09-30. Nuvarande avtal löper ut 2025-06-30."),
    ("b", "Yrkanden"),
    ("p", "Henrik Öberg (M) yrkar bifall till förvaltningens förslag."),
    ("p", "Yusuf Demir (S) yrkar att ärendet återremitteras för en konsekvensanalys för elever med "
          "funktionsnedsättning. Karin Ståhlberg (S) instämmer i återremissyrkandet."),
    ("b", "Propositionsordning"),
    ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
          "att det ska avgöras i dag. Votering begärs och genomförs genom upprop, även för ledamöter som deltar "
          "på distans."),
    ("p", "Ja för att ärendet avgörs i dag, nej för återremiss. Omröstningsresultat: 7 ja, 4 nej. "
          "Kommunstyrelsen har beslutat att avgöra ärendet i dag."),
    ("p", "Ordföranden ställer därefter proposition på Henrik Öbergs yrkande och finner det bifallet."),
    ("b", "Kommunstyrelsens beslut"),
    ("p", "Kommunstyrelsen godkänner avsiktsförklaringen mellan Salems kommun och Södertälje kommun."),
    ("b", "Reservation"),
    ("p", "Yusuf Demir (S), Karin Ståhlberg (S) och Monica Sahlberg (V) reserverar sig mot beslutet att inte "
          "återremittera ärendet."),
]


def _fixed_zip(buf: io.BytesIO) -> bytes:
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 17, 11, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    return out.getvalue()


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    header = d.sections[0].header
    header.paragraphs[0].text = "Salems kommun\tSAMMANTRÄDESPROTOKOLL\tKommunstyrelsen 2024-10-14"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\tUtdragsbestyrkande"
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_paragraph("Sammanträdesdatum: måndagen den 14 oktober 2024")
    d.add_paragraph("Plats och tid: Kommunhuset, Säbyvägen 2, Rönninge, kl. 17.00–18.45")
    d.add_paragraph("Sammanträdet genomförs digitalt med möjlighet att delta i sammanträdesrummet, med stöd av "
                    "5 kap. 16 § kommunallagen och kommunfullmäktiges beslut 2023-02-13, § 9. Ledamöter som deltar "
                    "på distans deltar med ljud och bild.")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ("Namn", "Parti", "Funktion", "Deltar"), strict=True):
        cell.text = head
    for row in ATTENDANCE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    d.add_paragraph("Utses att justera: Johanna Bexell (C)")
    d.add_paragraph("Justeringens plats och tid: Digital justering 2024-10-17")
    for kind, text in DOCX_BLOCKS:
        if kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "nr":
            d.add_paragraph().add_run(text).italic = True
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "deleg":
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for cell, head in zip(t.rows[0].cells, ("Delegat", "Beslut", "Datum", "Diarienummer"), strict=True):
                cell.text = head
            for row in DELEGATION:
                for cell, value in zip(t.add_row().cells, row, strict=True):
                    cell.text = value
        else:
            d.add_paragraph(text)
    d.add_heading("Underskrifter", level=2)
    sig = d.add_table(rows=4, cols=2)
    sig.style = "Table Grid"
    rows = (("Sekreterare", "Viktor Sandell"), ("Ordförande", "Sören Lindqvist"),
            ("Justerare", "Johanna Bexell"), ("Justerade paragrafer", "§§ 141–144"))
    for r, (label, value) in zip(sig.rows, rows, strict=True):
        r.cells[0].text = label
        r.cells[1].text = value
    d.add_paragraph("Protokollet har justerats digitalt. Anslaget publiceras på kommunens digitala anslagstavla "
                    "2024-10-18 och tas ned 2024-11-11.")
    cp = d.core_properties
    cp.author = "Salems kommun"
    cp.last_modified_by = "Salems kommun"
    cp.title = "Kommunstyrelsen 2024-10-14"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / "salem-ks-2024-10-14-protokoll.docx").write_bytes(_fixed_zip(buf))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
