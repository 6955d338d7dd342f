"""Build the PDF and DOCX documents of held-out set 81 deterministically.

    .venv/bin/python tests/heldout81/make_binary_docs.py

Writes docs/kungsbacka-bn-2024-04-25-protokoll.pdf (fpdf2, DejaVu Sans) and
docs/kalmar-sbn-2024-09-19-protokoll.docx (python-docx). Metadata, creation dates and ZIP timestamps
are fixed, so two runs give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 2, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 25, 8, 0, 0)

# ----------------------------------------------------------------------------------------- PDF

KB_HEADER = ("KUNGSBACKA KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Byggnadsnämnden", "Sammanträdesdatum 2024-04-25")

KB_ATTENDANCE = [
    ("M", "Fredrik Hansson", "ordförande"),
    ("S", "Maria Lindahl", "1:e vice ordförande"),
    ("KD", "Göran Alm", "ledamot"),
    ("M", "Susanne Kjellberg", "ledamot"),
    ("L", "Peter Wennerholm", "ledamot"),
    ("C", "Åsa Granqvist", "ledamot"),
    ("SD", "Robert Ekstedt", "ledamot"),
    ("V", "Linnea Bergkvist", "tjänstgörande ersättare för Johan Nord (S)"),
    ("MP", "Olof Strand", "ledamot"),
    ("S", "Kerstin Falk", "ersättare, ej tjänstgörande"),
]

KB_PAGE1_AFTER = """Tjänstepersoner: Henrik Sjöblom, byggchef; Elin Ahlqvist, planarkitekt, § 62; \
Karin Mård, nämndsekreterare

Justerare: Maria Lindahl
Justeringens plats och tid: Stadshuset, Kungsbacka, 2024-04-30
Justerade paragrafer: 61–63

Underskrifter

Sekreterare ..........................................
Karin Mård

Ordförande ..........................................
Fredrik Hansson

Justerare ..........................................
Maria Lindahl

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.
Organ: Byggnadsnämnden   Sammanträdesdatum: 2024-04-25
Datum då anslaget sätts upp: 2024-05-02   Datum då anslaget tas ned: 2024-05-24
Förvaringsplats för protokollet: Stadshuset, Kungsbacka"""

KB_PAGE2 = """§ 61   Bygglov för nybyggnad av flerbostadshus, Kolla 23:5
Dnr BN 2023-001845

Sammanfattning
HSB Göta ekonomisk förening ansöker om bygglov för ett flerbostadshus med 24 lägenheter på fastigheten Kolla 23:5. \
Ansökan inkom 2023-11-06 och var komplett 2024-01-15. Byggnaden avviker från detaljplanen (Dp 204, laga kraft \
1987-03-12) genom att byggnadshöjden överskrids med 0,8 meter. Förvaltningen bedömer avvikelsen som liten och \
förenlig med planens syfte enligt 9 kap. 31 b § plan- och bygglagen (PBL). Berörda sakägare har underrättats enligt \
9 kap. 25 § PBL; två sakägare har 2024-02-19 lämnat synpunkter om skuggning.

Beslutsunderlag
Tjänsteskrivelse 2024-04-08
Ansökan med ritningar, inkommen 2023-11-06
Sakägarnas yttranden 2024-02-19

Yrkanden
Fredrik Hansson (M) yrkar bifall till förvaltningens förslag.
Linnea Bergkvist (V) och Olof Strand (MP) yrkar avslag på ansökan.

Propositionsordning och omröstning
Ordföranden ställer proposition på yrkandena och finner att byggnadsnämnden bifaller Fredrik Hanssons yrkande. \
Votering begärs. Ja för bifall till Fredrik Hanssons yrkande, Nej för bifall till avslagsyrkandet.
Ja: Fredrik Hansson (M), Maria Lindahl (S), Göran Alm (KD), Susanne Kjellberg (M), Peter Wennerholm (L), \
Åsa Granqvist (C)
Nej: Linnea Bergkvist (V), Olof Strand (MP)
Avstår: Robert Ekstedt (SD)
Med 6 ja-röster mot 2 nej-röster, en ledamot avstår, beslutar byggnadsnämnden enligt Fredrik Hanssons yrkande.

Beslut
Byggnadsnämnden beslutar
1. Bygglov beviljas med stöd av 9 kap. 31 b § PBL.
2. Avgiften för bygglovet fastställs till 84 312 kronor enligt byggnadsnämndens taxa.

Reservation
Linnea Bergkvist (V) och Olof Strand (MP) reserverar sig mot beslutet till förmån för eget yrkande.

Upplysningar
Åtgärden får inte påbörjas innan byggnadsnämnden gett startbesked enligt 10 kap. 3 § PBL. Beslutet \
kungörs i Post- och Inrikes Tidningar.

Beslutet skickas till
Sökanden
Kända sakägare (delgivning)"""

KB_PAGE3 = """§ 62   Detaljplan för bostäder vid Vallda-Backa, Vallda 26:1 m.fl. – granskning
Dnr BN 2021-000412

Sammanfattning
Kommunstyrelsen gav 2021-02-16, § 34, byggnadsnämnden i uppdrag att upprätta detaljplanen (Plan-id \
1384-P2021/07). Planen möjliggör cirka 60 bostäder och en förskola. Samråd hölls 2023-09-04 – 2023-10-02 \
enligt 5 kap. 11 § PBL. Yttranden inkom bland annat från Länsstyrelsen i Hallands län, Trafikverket, \
Lantmäteriet och Vattenfall Eldistribution AB. Länsstyrelsens synpunkter om dagvatten har arbetats in.

Beslutsunderlag
Tjänsteskrivelse 2024-04-03
Samrådsredogörelse 2024-03-27
Plankarta med bestämmelser, daterad 2024-03-20

Yrkanden
Maria Lindahl (S) yrkar bifall till förvaltningens förslag.

Beslut
Byggnadsnämnden beslutar
a) att godkänna samrådsredogörelsen,
b) att ställa ut planförslaget för granskning enligt 5 kap. 18 § PBL.

Protokollsanteckning
Robert Ekstedt (SD) låter anteckna till protokollet att trafiksäkerheten på Backavägen måste utredas \
före antagandet.

Beslutet skickas till
Kommunstyrelsen

§ 63   Redovisning av delegationsbeslut och meddelanden
Dnr BN 2024-000019

Delegationsbeslut fattade under perioden 2024-03-15 – 2024-04-14:
Dnr BN 2024-000233   Startbesked, nybyggnad av enbostadshus, Hede 2:14
Dnr BN 2024-000301   Rivningslov, komplementbyggnad, Särö 1:412
Dnr BN 2023-002011   Slutbesked, tillbyggnad, Onsala-Gottskär 4:18

Meddelanden:
Länsstyrelsen i Hallands län, beslut 2024-04-02 om avslag på överklagande av bygglov (Länsstyrelsens dnr \
403-1877-2024, byggnadsnämndens dnr BN 2023-000957).

Beslut
Byggnadsnämnden lägger redovisningen av delegationsbeslut och meddelanden till handlingarna."""


class KbPdf(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(95, 5, KB_HEADER[0])
        self.cell(95, 5, KB_HEADER[1], align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9)
        self.cell(95, 5, KB_HEADER[2])
        self.cell(95, 5, KB_HEADER[3], align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"{self.page_no()} (3)", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Justerandes signatur                    Utdragsbestyrkande", align="C")


def _block(pdf: FPDF, text: str) -> None:
    headings = {"Sammanfattning", "Beslutsunderlag", "Yrkanden", "Beslut", "Reservation", "Upplysningar",
                "Beslutet skickas till", "Propositionsordning och omröstning", "Protokollsanteckning",
                "Underskrifter", "ANSLAG/BEVIS"}
    for line in text.split("\n"):
        if line.startswith("§ "):
            pdf.set_font("DejaVu", "B", 12)
        elif line in headings:
            pdf.set_font("DejaVu", "B", 10)
        else:
            pdf.set_font("DejaVu", "", 10)
        if not line:
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = KbPdf(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Byggnadsnämnden 2024-04-25 protokoll")
    pdf.set_author("Kungsbacka kommun")
    pdf.set_creator("heldout81 make_binary_docs.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Plats och tid: Stadshuset, sal Särö, kl. 18.00–20.40", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    widths = (18, 55, 110)
    for row in [("Parti", "Namn", "Funktion"), *KB_ATTENDANCE]:
        pdf.set_font("DejaVu", "B" if row[0] == "Parti" else "", 9)
        for w, value in zip(widths, row, strict=True):
            pdf.cell(w, 5.5, value, border=1)
        pdf.ln(5.5)
    pdf.ln(3)
    _block(pdf, KB_PAGE1_AFTER)
    pdf.add_page()
    _block(pdf, KB_PAGE2)
    pdf.add_page()
    _block(pdf, KB_PAGE3)
    (DOCS / "kungsbacka-bn-2024-04-25-protokoll.pdf").write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------- DOCX

KA_BESLUTANDE = [
    ("Jonas Svensson", "S", "Ordförande"),
    ("Lena Hultgren", "C", "1:e vice ordförande"),
    ("Mattias Rydén", "M", "2:e vice ordförande"),
    ("Birgitta Olsson", "S", "Ledamot"),
    ("Ahmed Karimi", "S", "Ledamot"),
    ("Johan Sjölin", "KD", "Ledamot"),
    ("Nils-Erik Pettersson", "SD", "Ledamot"),
    ("Gunilla Ståhl", "L", "Ledamot"),
    ("Sven Axelsson", "M", "Ledamot"),
    ("Therese Lind", "V", "Tjg ersättare för Lars Ahlm (V)"),
    ("Maja Engström", "MP", "Tjg ersättare för Ida Brandt (MP)"),
]
KA_ERSATTARE = [("Ove Nilsson", "S", "Ersättare"), ("Camilla Berg", "M", "Ersättare")]
KA_OVRIGA = [
    ("Annika Wahlström", "samhällsbyggnadsdirektör"),
    ("Mikael Rosén", "planchef, § 122"),
    ("Sara Kullberg", "nämndsekreterare"),
]
KA_VOTES = [
    ("Jonas Svensson", "S", "X", "", ""),
    ("Lena Hultgren", "C", "X", "", ""),
    ("Mattias Rydén", "M", "", "X", ""),
    ("Birgitta Olsson", "S", "X", "", ""),
    ("Ahmed Karimi", "S", "X", "", ""),
    ("Johan Sjölin", "KD", "", "X", ""),
    ("Nils-Erik Pettersson", "SD", "", "X", ""),
    ("Gunilla Ståhl", "L", "X", "", ""),
    ("Sven Axelsson", "M", "", "X", ""),
    ("Therese Lind", "V", "X", "", ""),
    ("Maja Engström", "MP", "X", "", ""),
    ("Summa", "", "7", "4", "0"),
]


def _numbered(d: docx.document.Document, items: list[str], restart_id: int) -> None:
    """Word list numbering: the numbers are not in the paragraph text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for item in items:
        p = d.add_paragraph(item, style="List Number")
        ppr = p._p.get_or_add_pPr()
        numpr = ppr.find(qn("w:numPr"))
        if numpr is None:
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            numpr.append(ilvl)
            ppr.append(numpr)
        num = numpr.find(qn("w:numId"))
        if num is None:
            num = OxmlElement("w:numId")
            numpr.append(num)
        num.set(qn("w:val"), str(restart_id))


def _add_num_instances(d: docx.document.Document, count: int) -> list[int]:
    """Extra w:num instances of the List Number abstract numbering, each restarting at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    style = d.styles["List Number"]
    base_num = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = []
    for i in range(count):
        new_id = 900 + i
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(new_id))
        absn = OxmlElement("w:abstractNumId")
        absn.set(qn("w:val"), abstract)
        num.append(absn)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        numbering.append(num)
        ids.append(new_id)
    return ids


def _tabbed(d: docx.document.Document, parts: tuple[str, ...]) -> None:
    p = d.add_paragraph("\t".join(parts))
    stops = p.paragraph_format.tab_stops
    stops.add_tab_stop(Pt(170))
    stops.add_tab_stop(Pt(210))


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "KALMAR KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSamhällsbyggnadsnämnden\t2024-09-19"
    sec.footer.paragraphs[0].text = "Justerandes signatur ____________     Utdragsbestyrkande ____________"
    list_ids = _add_num_instances(d, 3)

    d.add_heading("Samhällsbyggnadsnämnden", level=1)
    d.add_paragraph("Plats och tid: Stadshuset, Kalmarsalen, kl. 13.15–16.05")
    d.add_heading("Beslutande", level=2)
    for row in KA_BESLUTANDE:
        _tabbed(d, row)
    d.add_heading("Ersättare", level=2)
    for row in KA_ERSATTARE:
        _tabbed(d, row)
    d.add_heading("Övriga närvarande", level=2)
    for row in KA_OVRIGA:
        _tabbed(d, row)
    d.add_paragraph("Utses att justera: Mattias Rydén")
    d.add_paragraph("Justeringens plats och tid: Samhällsbyggnadskontoret, 2024-09-24")
    d.add_paragraph("Paragrafer: 120–122")
    sign = d.add_table(rows=2, cols=3)
    for i, (label, name) in enumerate(
        [("Sekreterare", "Sara Kullberg"), ("Ordförande", "Jonas Svensson"), ("Justerande", "Mattias Rydén")]
    ):
        sign.cell(0, i).text = label
        sign.cell(1, i).text = "…………………………\n" + name
    d.add_paragraph(
        "ANSLAG/BEVIS – Protokollet är justerat. Justeringen har tillkännagivits genom anslag "
        "2024-09-25. Anslaget tas ned 2024-10-17. Förvaringsplats: Samhällsbyggnadskontoret, Kalmar."
    )
    d.add_page_break()

    # § 120
    d.add_heading("§ 120 Markanvisningsavtal med Riksbyggen ekonomisk förening för del av Oxhagen 2:14", level=2)
    d.add_paragraph("Dnr SBN 2024/000612")
    d.add_paragraph(
        "Riksbyggen ekonomisk förening har efter markanvisningstävling utsetts att bygga cirka 45 bostadsrätter "
        "inom del av fastigheten Oxhagen 2:14. Ett förslag till markanvisningsavtal mellan Kalmar kommun och "
        "Riksbyggen ekonomisk förening har tagits fram. Avtalet gäller i två år och förlängs om detaljplanearbetet "
        "pågår. Markanvisningsavgiften är 250 000 kronor. Avtalet följer riktlinjerna för markanvisningar som "
        "kommunfullmäktige antog 2022-04-25, § 71."
    )
    d.add_paragraph("Beslutsunderlag: Samhällsbyggnadskontorets tjänsteskrivelse 2024-09-03; förslag till "
                    "markanvisningsavtal daterat 2024-08-30.")
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph("Jonas Svensson (S) yrkar bifall till samhällsbyggnadskontorets förslag.")
    d.add_paragraph("Mattias Rydén (M) yrkar avslag med motiveringen att tävlingen borde ha gällt hyresrätter.")
    d.add_paragraph("Omröstning", style="Heading 3")
    d.add_paragraph("Omröstning begärs. Ja för Jonas Svenssons yrkande, Nej för Mattias Rydéns yrkande.")
    vt = d.add_table(rows=1, cols=5)
    vt.style = "Table Grid"
    for i, h in enumerate(("Ledamot/tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår")):
        vt.rows[0].cells[i].text = h
    for row in KA_VOTES:
        cells = vt.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Samhällsbyggnadsnämnden beslutar att")
    _numbered(d, [
        "godkänna markanvisningsavtal mellan Kalmar kommun och Riksbyggen ekonomisk förening,",
        "uppdra åt samhällsbyggnadskontoret att påbörja detaljplanearbetet för området.",
    ], list_ids[0])
    d.add_paragraph("Reservation", style="Heading 3")
    d.add_paragraph("Mattias Rydén (M), Sven Axelsson (M) och Johan Sjölin (KD) reserverar sig mot beslutet.")
    d.add_paragraph("Beslutet skickas till: Riksbyggen ekonomisk förening; Kommunstyrelsen (för kännedom)")

    # § 121
    d.add_heading("§ 121 Yttrande till Länsstyrelsen i Kalmar län över ansökan om tillstånd till bergtäkt på "
                  "Tjärby 4:7", level=2)
    d.add_paragraph("Dnr SBN 2024/000544, Länsstyrelsens dnr 551-8163-2024")
    d.add_paragraph(
        "Länsstyrelsen i Kalmar län har genom remiss 2024-07-03 gett kommunen tillfälle att yttra sig senast "
        "2024-09-30 över NCC Industry AB:s ansökan om tillstånd enligt 9 kap. 6 § miljöbalken till täkt av berg "
        "om högst 2,5 miljoner ton under 20 år. Samhällsbyggnadskontoret har tagit fram ett förslag till "
        "yttrande, daterat 2024-09-02, som bland annat tar upp transporterna på väg 137 och skyddet av "
        "grundvattnet enligt 2 kap. 3 § miljöbalken. Miljönämnden yttrar sig separat i tillsynsfrågorna."
    )
    d.add_paragraph("Beslutsunderlag: Tjänsteskrivelse 2024-09-04; förslag till yttrande 2024-09-02; "
                    "remiss från Länsstyrelsen 2024-07-03.")
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph("Lena Hultgren (C) yrkar bifall till förslaget.")
    d.add_paragraph("Beslut", style="Heading 3")
    _numbered(d, [
        "Samhällsbyggnadsnämnden antar samhällsbyggnadskontorets förslag till yttrande som sitt eget och "
        "överlämnar det till Länsstyrelsen i Kalmar län.",
        "Paragrafen förklaras omedelbart justerad.",
    ], list_ids[1])
    d.add_paragraph("Särskilt yttrande", style="Heading 3")
    d.add_paragraph("Nils-Erik Pettersson (SD) lämnar ett särskilt yttrande, bilaga 2.")
    d.add_paragraph("Protokollsanteckning", style="Heading 3")
    d.add_paragraph("Therese Lind (V) får till protokollet anteckna att Vänsterpartiet anser att tillståndstiden "
                    "bör begränsas till tio år.")

    # § 122
    d.add_heading("§ 122 Antagande av detaljplan för del av Ängö 2:1 m.fl. (Ängö stadsdelscentrum)", level=2)
    d.add_paragraph("Dnr SBN 2021/000187")
    d.add_paragraph(
        "Planen (plan-id 0880-P2021-03) har varit utställd för granskning 2024-05-13 – 2024-06-03 enligt "
        "5 kap. 18 § plan- och bygglagen. Kalmar Vatten AB och Lantmäteriet har yttrat sig. Ett "
        "granskningsutlåtande är daterat 2024-08-20. Planen handläggs med standardförfarande och kan antas av "
        "nämnden enligt 5 kap. 27 § plan- och bygglagen."
    )
    d.add_paragraph("Beslutsunderlag: Tjänsteskrivelse 2024-08-28; granskningsutlåtande 2024-08-20; plankarta.")
    d.add_paragraph("Jäv: Ahmed Karimi (S) anmäler jäv och deltar inte i handläggningen av ärendet.")
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph("Jonas Svensson (S) yrkar bifall till förslaget.")
    d.add_paragraph("Beslut", style="Heading 3")
    _numbered(d, ["Samhällsbyggnadsnämnden antar detaljplanen för del av Ängö 2:1 m.fl."], list_ids[2])
    d.add_paragraph("Beslutet skickas till: Lantmäteriet; Kalmar Vatten AB")

    cp = d.core_properties
    cp.author = "Kalmar kommun"
    cp.last_modified_by = "Kalmar kommun"
    cp.title = "Samhällsbyggnadsnämnden 2024-09-19"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 25, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    (DOCS / "kalmar-sbn-2024-09-19-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
