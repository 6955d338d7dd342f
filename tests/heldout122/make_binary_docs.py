"""Generate the binary documents of tests/heldout122/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout122/make_binary_docs.py

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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2025, 2, 24, 14, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 12, 6, 9, 30, 0)
ZIP_TIME = (2024, 12, 6, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Markaryds kommun, barn- och utbildningsnämnden 2025-02-19, full protocol (3 pages).
# Line syntax: "=" new page, "#" bold heading, "Label|value" label in the left column,
# "|value" continuation in the right column, "" blank line, anything else body text.
# ---------------------------------------------------------------------------------------------
MARKARYD = """\
Plats och tid|Kommunhuset, sammanträdesrum Hjorten, Markaryd, kl. 13.15–16.05
|
Beslutande|Åsa Lindell (KD) ordförande
|Göran Svensson (S) vice ordförande
|Peter Nordh (M)
|Karin Olofsson (S)
|Anneli Roos (S)
|Emir Hodzic (SD)
|Ulla Kron (SD)
|Lena Wahlberg (C) tjg ers för Per-Arne Holm (C)
|Bo Ekström (M)
|
Ersättare ej tjg|Hampus Linde (KD), Marie Grahn (S), Ronny Björk (SD)
|
Övriga närvarande|Jessica Ström, förvaltningschef
|Anton Fransson, ekonom §§ 8–9
|Frida Nyman, nämndsekreterare
|
Utses att justera|Göran Svensson (S)
|
Justeringens|Kommunhuset, måndagen den 24 februari 2025
plats och tid|
|
Underskrifter|
Sekreterare|..........................................   Paragrafer 8–11
|Frida Nyman
Ordförande|..........................................
|Åsa Lindell
Justerande|..........................................
|Göran Svensson

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ|Barn- och utbildningsnämnden
Sammanträdesdatum|2025-02-19
Anslaget sätts upp|2025-02-25
Anslaget tas ned|2025-03-19
Förvaringsplats|Barn- och utbildningsförvaltningen, Kommunhuset
Underskrift|..........................................
|Frida Nyman
=
#§ 8   Budgetuppföljning efter januari 2025
Dnr BUN 2025/0012

Ärendebeskrivning
Förvaltningen redovisar utfallet efter januari. Prognosen för helåret visar ett underskott på 2,4 mnkr,
främst inom tilläggsbelopp för elever i behov av särskilt stöd och skolskjutsar. Nämnden beslutade
2024-12-11, § 104, om internbudget för 2025.

Beslutsunderlag
Ekonomens tjänsteskrivelse 2025-02-07

Barn- och utbildningsnämndens beslut
Nämnden godkänner budgetuppföljningen och lägger den till handlingarna.

Beslutet skickas till
Kommunstyrelsen, Ekonomiavdelningen

#§ 9   Samverkansavtal om gymnasieutbildning med Hässleholms kommun 2025–2028
Dnr BUN 2024/0231, Hässleholms kommuns dnr UN 2024/233

Ärendebeskrivning
Ett nytt samverkansavtal ska ge elever från Markaryd samma rätt att söka de nationella programmen i
Hässleholm som kommunens egna elever. Ersättningen följer Hässleholms kommuns programpriser enligt
16 kap. 50 § skollagen (2010:800). Avtalet gäller 2025-07-01–2028-06-30. Halmstads kommun har
erbjudit ett liknande avtal, som förvaltningen återkommer till under hösten 2025.

Beslutsunderlag
Förvaltningschefens tjänsteskrivelse 2025-02-03
Förslag till samverkansavtal, version 2025-01-27

Yrkanden
Åsa Lindell (KD) yrkar bifall till förvaltningens förslag.
Emir Hodzic (SD) yrkar att ärendet återremitteras för att även Halmstadsavtalet ska kunna prövas.

Beslutsgång
Ordföranden frågar först om ärendet ska avgöras i dag och finner att nämnden beslutar så.
Omröstning begärs. Ja-röst för att ärendet avgörs i dag, nej-röst för återremiss.
=
#§ 9 (forts.)

Omröstningsresultat
Ja: Åsa Lindell, Göran Svensson, Peter Nordh, Karin Olofsson, Anneli Roos, Lena Wahlberg, Bo Ekström
Nej: Emir Hodzic, Ulla Kron
Med 7 ja-röster mot 2 nej-röster beslutar nämnden att ärendet ska avgöras i dag.
Därefter bifaller nämnden förvaltningens förslag.

Barn- och utbildningsnämndens beslut
1. Barn- och utbildningsnämnden godkänner samverkansavtalet mellan Markaryds kommun och
    Hässleholms kommun om gymnasieutbildning 2025–2028.
2. Förvaltningschefen får i uppdrag att underteckna avtalet.

Paragrafen förklaras omedelbart justerad.

Reservation
Emir Hodzic (SD) och Ulla Kron (SD) reserverar sig mot beslutet att inte återremittera ärendet.

Beslutet skickas till
Hässleholms kommun, Halmstads kommun

#§ 10   Svar på remiss – Motion om kostnadsfria mensskydd på kommunens skolor
Dnr BUN 2024/0198, KS 2024/0411

Ärendebeskrivning
Sara Lind (V) har i en motion 2024-09-23 föreslagit att mensskydd ska finnas kostnadsfritt på alla
högstadieskolor. Kommunfullmäktige remitterade motionen 2024-10-28, § 112, och kommunstyrelsen har
därefter skickat den på remiss till barn- och utbildningsnämnden med svar senast 2025-03-31.
Förvaltningen bedömer att behovet kan mötas genom elevhälsan och föreslår att motionen anses besvarad.

Beslutsunderlag
Förvaltningens tjänsteskrivelse 2025-01-30

Yrkanden
Göran Svensson (S) yrkar bifall till motionen.
Åsa Lindell (KD) yrkar bifall till förvaltningens förslag.
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.

Barn- och utbildningsnämndens beslut
Nämnden lämnar förvaltningens yttrande som svar på remissen och föreslår att motionen anses besvarad.

Reservation
Göran Svensson, Karin Olofsson och Anneli Roos (samtliga S) reserverar sig till förmån för Göran
Svenssons yrkande.

Protokollsanteckning
Lena Wahlberg (C) vill till protokollet anteckna att frågan bör följas upp i elevhälsans årsrapport.

Beslutet skickas till
Kommunstyrelsen

#§ 11   Redovisning av delegationsbeslut och meddelanden
Dnr BUN 2025/0003

Ärendebeskrivning
Delegationsbeslut för perioden 2025-01-01–2025-01-31 redovisas enligt delegationslista.
Meddelanden:
a) Skolinspektionens beslut 2025-01-15 efter tillsyn av Markaryds kommun, dnr 2024:8812.
b) Skolverkets information om statsbidrag för läxhjälp 2025.
c) Kommunfullmäktiges beslut 2024-12-16, § 141, om mål och budget 2025.

Barn- och utbildningsnämndens beslut
Nämnden lägger redovisningen av delegationsbeslut och meddelanden till handlingarna.
"""

M_HEAD = ("MARKARYDS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Barn- och utbildningsnämnden", "2025-02-19")


class Protocol(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(70, 5, M_HEAD[0])
        self.cell(70, 5, M_HEAD[1])
        self.set_font("F", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(70, 5, M_HEAD[2])
        self.cell(70, 5, "Sammanträdesdatum " + M_HEAD[3], new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("F", "", 8)
        self.cell(60, 5, "Justerandes sign", border=1)
        self.cell(60, 5, "", border=1)
        self.cell(0, 5, "Utdragsbestyrkande", border=1, new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = Protocol(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll barn- och utbildningsnämnden 2025-02-19")
    pdf.set_author("Barn- och utbildningsförvaltningen")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for line in MARKARYD.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.ln(2)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", 10)
        if "|" in line:
            label, value = line.split("|", 1)
            pdf.set_font("F", "B", 10)
            pdf.cell(46, 5.2, label)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(0, 5.2, value if value else " ", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.multi_cell(0, 5.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "markaryd-bun-2025-02-19-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Sölvesborgs kommun, kommunstyrelsen 2024-12-03, full protocol, §§ 201–203.
# Body syntax: "#" bold heading, "*" item of a Word numbered list (the numbers are not in the
# text), anything else a normal paragraph.
# ---------------------------------------------------------------------------------------------
S_ATT: list[tuple[str, str]] = [
    ("Plats och tid", "Rådhuset, sammanträdesrummet Lister, kl. 09.00–12.20"),
    ("Ledamöter", "Linnea Falk (SD), ordförande\nBjörn Ek (M), 1:e vice ordförande\n"
     "Maria Holmström (S), 2:e vice ordförande\nKent Olsson (SD)\nMalin Sandberg (SD)\n"
     "Roger Lind (SD)\nEva Nyholm (M)\nPeter Kronvall (S)\nEmma Åström (S)\n"
     "Kristina Bruhn (C)\nJimmy Persson (KD)\nNils-Erik Roos (V)"),
    ("Tjänstgörande ersättare", "Tommy Åkesson (SD) för Hanna Bengtsson (SD)"),
    ("Ersättare", "Ida Malmqvist (SD), Lars Gunnarsson (S), Per Blomqvist (MP)"),
    ("Tjänstepersoner", "Stefan Hallberg, kommundirektör\nAnnika Törnqvist, kanslichef\n"
     "Mirja Olsson, miljöstrateg, § 203"),
    ("Utses att justera", "Björn Ek (M)"),
    ("Justeringens plats och tid", "Rådhuset, 2024-12-09"),
    ("Protokollet omfattar", "§§ 201–203"),
]

S_BODY: list[str] = [
    "#§ 201\tAvtal med Karlshamns kommun om gemensam kontaktcenterfunktion",
    "Dnr KS 2024/000512",
    "#Ärendebeskrivning",
    "Sölvesborgs kommun och Karlshamns kommun har utrett en gemensam funktion för växel och "
    "kontaktcenter, där Karlshamns kommun blir värdkommun. Olofströms kommun deltog i förstudien men har "
    "valt att stå utanför. Samverkan sker med stöd av 9 kap. 37 § kommunallagen (2017:725). "
    "Avtalet börjar gälla 2025-02-01 och löper till och med 2027-12-31.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse från kanslichefen 2024-11-12",
    "Förslag till samverkansavtal, version 3 daterad 2024-11-05",
    "Kommunstyrelsens arbetsutskotts protokoll 2024-11-19, § 171",
    "#Yrkande",
    "Linnea Falk (SD) yrkar bifall till arbetsutskottets förslag.",
    "#Kommunstyrelsens beslut",
    "*Kommunstyrelsen godkänner avtalet mellan Sölvesborgs kommun och Karlshamns kommun om gemensam "
    "kontaktcenterfunktion.",
    "*Kommundirektören får i uppdrag att underteckna avtalet.",
    "*Kostnaden för 2025, 1,1 mnkr, ryms inom kommunstyrelsens budget.",
    "#Beslutet skickas till",
    "Karlshamns kommun",
    "Kommundirektören",
    "#§ 202\tSvar på motion från Maria Holmström (S) m.fl. om en fritidsbank i Sölvesborg",
    "Dnr KS 2024/000161",
    "#Ärendebeskrivning",
    "Maria Holmström (S) m.fl. föreslog i en motion 2024-02-26 att kommunen ska starta en fritidsbank "
    "i samarbete med Fritidsbanken Sverige. Kommunfullmäktige remitterade motionen 2024-03-25, § 38. "
    "Kultur- och fritidsnämnden yttrade sig 2024-09-18, § 61, och pekar på att Svenska kyrkan i Sölvesborg "
    "redan driver en utlåning av sportutrustning.",
    "Kultur- och fritidschefens tjänsteskrivelse är daterad den 8 november 2024.",
    "#Yrkanden",
    "Linnea Falk (SD) yrkar att motionen avslås.",
    "Maria Holmström (S) yrkar bifall till motionen. Nils-Erik Roos (V) instämmer i Maria Holmströms yrkande.",
    "#Propositionsordning",
    "Ordföranden ställer avslag mot bifall och finner att kommunstyrelsen beslutar enligt hennes yrkande. "
    "Omröstning begärs. Den som vill avslå motionen röstar ja, den som vill bifalla den röstar nej.",
    "#Omröstningsresultat",
    "Omröstningen ger 8 ja-röster och 5 nej-röster. Ingen avstår. Kommunstyrelsen har därmed beslutat "
    "att föreslå kommunfullmäktige att avslå motionen.",
    "#Kommunstyrelsens förslag till kommunfullmäktige",
    "Motionen avslås.",
    "#Reservation",
    "Maria Holmström, Peter Kronvall och Emma Åström (alla S) samt Nils-Erik Roos (V) "
    "reserverar sig mot beslutet till förmån för Maria Holmströms yrkande.",
    "#Beslutet skickas till",
    "Kommunfullmäktige",
    "#§ 203\tYttrande över remiss från Länsstyrelsen Blekinge län – Regional handlingsplan för "
    "klimatanpassning 2025–2030",
    "Dnr KS 2024/000873, Länsstyrelsens dnr 425-3344-2024",
    "#Ärendebeskrivning",
    "Länsstyrelsen Blekinge län har skickat ett förslag till regional handlingsplan för klimatanpassning "
    "på remiss till länets kommuner, Region Blekinge och Sveriges meteorologiska och hydrologiska institut. "
    "Svar ska lämnas senast 2024-12-13. Handlingsplanen tas fram enligt förordningen (2018:1428) om "
    "myndigheters klimatanpassningsarbete. Förvaltningen lyfter särskilt risken för översvämning "
    "vid Sölvesborgsviken och Listerlandets kust.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2024-11-19",
    "Förslag till yttrande 2024-11-20",
    "#Kommunstyrelsens beslut",
    "*Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till "
    "Länsstyrelsen Blekinge län.",
    "*Paragrafen justeras omedelbart.",
    "#Särskilt yttrande",
    "Kristina Bruhn (C) lämnar ett särskilt yttrande: Yttrandet borde tydligare ta upp lantbrukets "
    "behov av bevattningsdammar.",
    "Ersättaren Per Blomqvist (MP) instämmer i Kristina Bruhns särskilda yttrande.",
    "#Beslutet skickas till",
    "Länsstyrelsen Blekinge län",
    "#Underskrifter",
    "Sekreterare\t…………………………………\tAnnika Törnqvist",
    "Ordförande\t…………………………………\tLinnea Falk",
    "Justerande\t…………………………………\tBjörn Ek",
    "#Anslag",
    "Protokollet är justerat 2024-12-09 och tillkännagivet genom anslag 2024-12-10. Anslaget tas ned "
    "2025-01-02. Protokollet förvaras på kommunledningsförvaltningen, Rådhuset.",
]


def _field(paragraph, instr: str, cached: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run._r.append(text)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(cached)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokoll kommunstyrelsen 2024-12-03"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    head = sec.header
    htab = head.add_table(rows=2, cols=3, width=Cm(16))
    htab.cell(0, 0).text = "SÖLVESBORGS KOMMUN"
    htab.cell(0, 1).text = "SAMMANTRÄDESPROTOKOLL"
    p = htab.cell(0, 2).paragraphs[0]
    p.add_run("Sida ")
    _field(p, "PAGE", "1")
    p.add_run(" av ")
    _field(p, "NUMPAGES", "3")
    htab.cell(1, 0).text = "Kommunstyrelsen"
    htab.cell(1, 1).text = "Sammanträdesdatum"
    htab.cell(1, 2).text = "2024-12-03"
    head.paragraphs[0].text = ""
    foot = sec.footer.paragraphs[0]
    foot.text = "Justerandes sign\t\tUtdragsbestyrkande"

    table = d.add_table(rows=0, cols=2)
    for label, value in S_ATT:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        lines = value.split("\n")
        par = cells[1].paragraphs[0]
        for i, ln in enumerate(lines):
            run = par.add_run(ln)
            if i < len(lines) - 1:
                run.add_break()
    d.add_paragraph()
    numbering = d.part.numbering_part.element
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num_id = None
    previous_was_item = False
    for line in S_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
            previous_was_item = False
        elif line.startswith("*"):
            if not previous_was_item:
                # a new list: a fresh w:num that restarts the numbering at 1
                num = numbering.add_num(abstract)
                override = num.add_lvlOverride(ilvl=0)
                override.add_startOverride(1)
                num_id = num.numId
            par = d.add_paragraph(line[1:], style="List Number")
            numpr = par._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id
            previous_was_item = True
        else:
            d.add_paragraph(line)
            previous_was_item = False
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "solvesborg-ks-2024-12-03-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
