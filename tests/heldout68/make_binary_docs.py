"""Build the binary documents of held-out set 68 (one PDF, one DOCX).

    .venv/bin/python tests/heldout68/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and fixed ZIP
timestamps, so two runs give identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 9, 29, 10, 0, 0, tzinfo=dt.UTC)

BORAS_HEAD = "Borås Stad | PROTOKOLL | Kommunstyrelsen | Sammanträdesdatum 2025-09-22"

ATTENDANCE = [
    ("Karin Lövgren", "M", "Ordförande", "X", "", ""),
    ("Tomas Ekström", "C", "1:e vice ordförande", "X", "", ""),
    ("Anna Bergqvist", "S", "2:e vice ordförande", "X", "", ""),
    ("Niklas Hedberg", "M", "Ledamot", "X", "", ""),
    ("Louise Dahl", "L", "Ledamot", "X", "", ""),
    ("Peter Rask", "KD", "Ledamot", "", "X", ""),
    ("Malin Sundqvist", "MP", "Ledamot", "X", "", ""),
    ("Olle Jarl", "S", "Ledamot", "X", "", ""),
    ("Fatima Hassan", "S", "Ledamot", "X", "", ""),
    ("Rickard Sjö", "S", "Ledamot", "", "X", ""),
    ("Andreas Lundh", "SD", "Ledamot", "X", "", ""),
    ("Birgitta Fors", "SD", "Ledamot", "X", "", ""),
    ("Hanna Wiik", "V", "Ledamot", "X", "", ""),
    ("Per Ahlin", "KD", "Ersättare", "X", "", "Peter Rask (KD)"),
    ("Sofie Lindahl", "S", "Ersättare", "X", "", "Rickard Sjö (S)"),
    ("Jan-Erik Holm", "M", "Ersättare", "X", "", ""),
    ("Lisa Nyman", "S", "Ersättare", "", "X", ""),
]

P287 = [
    ("h3", "Kommunstyrelsens beslut"),
    ("li", "1. Kommunstyrelsen antar yttrandet i bilaga 1 som sitt eget och lämnar det till Trafikverket."),
    ("li", "2. Paragrafen justeras omedelbart."),
    ("h3", "Sammanfattning"),
    ("p", "Trafikverket har gett Borås Stad möjlighet att yttra sig över förslaget till nationell plan för "
          "transportinfrastruktur 2026–2037. Svar ska lämnas senast 2025-10-01. I yttrandet framhåller "
          "kommunstyrelsen att järnvägen Göteborg–Borås måste finnas med i planen och att riksväg 27 norr om "
          "Borås behöver mötesseparering. Kommunstyrelsens arbetsutskott behandlade ärendet 2025-09-08, § 201."),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-09-03"),
    ("link", "Bilaga 1 – Yttrande över nationell plan (PDF, tillgänglighetsanpassad)"),
    ("h3", "Särskilt yttrande"),
    ("p", "Malin Sundqvist (MP) lämnar ett särskilt yttrande: Miljöpartiet anser att yttrandet borde ha prioriterat "
          "kollektivtrafik och cykel före vägåtgärder."),
    ("p", "Beslutet expedieras till: Trafikverket, Västra Götalandsregionen"),
]

P288 = [
    ("h3", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("li", "1. Kommunfullmäktige godkänner avtalet om samverkan kring kompetensförsörjning 2026–2029 mellan "
           "Borås Stad och Högskolan i Borås."),
    ("h3", "Kommunstyrelsens beslut för egen del"),
    ("li", "2. Stadsdirektören får i uppdrag att årligen redovisa samverkans resultat till kommunstyrelsen."),
    ("h3", "Sammanfattning"),
    ("p", "Avtalet ersätter avsiktsförklaringen från 2021 och omfattar verksamhetsförlagd utbildning, "
          "uppdragsutbildning och gemensamma forskningsprojekt inom vård, skola och textil. Kostnaden för Borås "
          "Stad är 1,5 miljoner kronor per år. Enligt 2 kap. 1 § kommunallagen (2017:725) får kommunen ha hand "
          "om angelägenheter av allmänt intresse som har anknytning till kommunens område."),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-09-05"),
    ("link", "Bilaga 2 – Avtal om samverkan kring kompetensförsörjning (PDF)"),
    ("h3", "Yrkanden"),
    ("p", "Karin Lövgren (M) yrkar bifall till förslaget. Hanna Wiik (V) yrkar som tillägg att avtalet också ska "
          "omfatta praktikplatser inom äldreomsorgen."),
    ("h3", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på förslaget och finner att kommunstyrelsen bifaller det. Ordföranden "
          "ställer därefter proposition på Hanna Wiiks tilläggsyrkande och finner att det avslås."),
    ("h3", "Protokollsanteckning"),
    ("p", "Hanna Wiik (V) lämnar en protokollsanteckning, bilaga 3."),
]

P289 = [
    ("h3", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen avslås."),
    ("h3", "Sammanfattning"),
    ("p", "Andreas Lundh (SD) föreslår i en motion den 24 februari 2025 att kommunen ska sätta upp "
          "trygghetskameror på Stora torget och vid Resecentrum. Motionen har remitterats till "
          "Fritids- och folkhälsonämnden, som i sitt yttrande hänvisar till att kamerabevakning enligt "
          "kamerabevakningslagen (2018:1200) kräver tillstånd från Integritetsskyddsmyndigheten och att "
          "Polismyndigheten redan bevakar platserna."),
    ("h3", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse 2025-08-28"),
    ("p", "Fritids- och folkhälsonämndens yttrande 2025-06-12, § 74"),
    ("h3", "Yrkanden"),
    ("p", "Niklas Hedberg (M) yrkar bifall till förslaget att avslå motionen. Andreas Lundh (SD) yrkar bifall "
          "till motionen."),
    ("h3", "Omröstning"),
    ("p", "Votering begärs och verkställs. Ja-röst för Niklas Hedbergs yrkande, nej-röst för Andreas Lundhs "
          "yrkande."),
    ("vote", ""),
    ("p", "Kommunstyrelsen beslutar enligt Niklas Hedbergs yrkande."),
    ("h3", "Reservation"),
    ("p", "Andreas Lundh (SD) och Birgitta Fors (SD) reserverar sig mot beslutet till förmån för Andreas Lundhs "
          "yrkande."),
]

PARAGRAPHS = [
    ("287", "Yttrande över Trafikverkets förslag till nationell plan för transportinfrastruktur 2026–2037",
     "KS 2025-00612", "3.1.2.1", P287),
    ("288", "Avtal om samverkan kring kompetensförsörjning med Högskolan i Borås", "KS 2025-00655", "1.3.2.0",
     P288),
    ("289", "Motion av Andreas Lundh (SD) om trygghetskameror i centrala Borås", "KS 2025-00143", "1.1.2.1", P289),
]


class BorasPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, BORAS_HEAD, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"Sida {self.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Protokollet är signerat elektroniskt. Se signeringsloggen sist i dokumentet.", align="C")


def make_pdf() -> None:
    pdf = BorasPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Protokoll Kommunstyrelsen 2025-09-22")
    pdf.set_author("Borås Stad")
    pdf.set_subject("Protokoll")
    pdf.set_creator("Mötessystem, export PDF/UA")
    pdf.set_producer("heldout68")
    pdf.set_lang("sv-SE")
    pdf.set_display_mode("fullpage")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def h(text: str, size: int, level: int) -> None:
        pdf.start_section(text, level=level)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def p(text: str) -> None:
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    h("Protokoll Kommunstyrelsen", 16, 0)
    p("Plats och tid: Stadshuset, Sessionssalen, måndagen den 22 september 2025 kl. 13.00–15.40")
    h("Närvarolista", 12, 1)
    widths = (42, 14, 36, 24, 24, 40)
    heads = ("Namn", "Parti", "Uppdrag", "Närvarande", "Frånvarande", "Ersättare för")
    pdf.set_font("DejaVu", "B", 8.5)
    for w, t in zip(widths, heads, strict=True):
        pdf.cell(w, 6, t, border=1)
    pdf.ln()
    pdf.set_font("DejaVu", "", 8.5)
    for row in ATTENDANCE:
        for w, t in zip(widths, row, strict=True):
            pdf.cell(w, 5.5, t, border=1, align="C" if t == "X" else "L")
        pdf.ln()
    pdf.ln(2)
    p("Övriga närvarande: Staffan Berg, stadsdirektör; Elin Wahlström, kommunsekreterare")
    p("Utses att justera: Anna Bergqvist")
    p("Justeringens plats och tid: Digital justering 2025-09-26")
    p("Paragrafer: 287–289")
    p("Anslaget på Borås Stads digitala anslagstavla: 2025-09-29 – 2025-10-21. Förvaringsplats: "
      "Stadsledningskansliet.")

    for number, title, dnr, klass, body in PARAGRAPHS:
        pdf.ln(3)
        h(f"§ {number}", 13, 1)
        h(title, 12, 1)
        p(f"Diarienummer: {dnr}")
        p(f"Klassificering: {klass}")
        for kind, text in body:
            if kind == "h3":
                h(text, 10, 2)
            elif kind == "li":
                p(text)
            elif kind == "link":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.set_text_color(0, 70, 160)
                url = f"https://www.boras.se/protokoll/ks/2025-09-22/{dnr.replace(' ', '-')}.pdf"
                pdf.multi_cell(0, 5, text, link=url, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1.5)
            elif kind == "vote":
                pdf.set_font("DejaVu", "B", 9)
                for t in ("Ja", "Nej", "Avstår", "Frånvarande"):
                    pdf.cell(28, 6, t, border=1, align="C")
                pdf.ln()
                pdf.set_font("DejaVu", "", 9)
                for t in ("9", "2", "2", "0"):
                    pdf.cell(28, 6, t, border=1, align="C")
                pdf.ln(8)
            else:
                p(text)

    pdf.add_page()
    h("Signeringslogg", 12, 1)
    p("Dokumentet har signerats elektroniskt med BankID. Dokument-ID: BS-KS-20250922-7781")
    widths = (40, 50, 45, 30)
    pdf.set_font("DejaVu", "B", 9)
    for w, t in zip(widths, ("Roll", "Namn", "Tidpunkt", "Metod"), strict=True):
        pdf.cell(w, 6, t, border=1)
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    for row in (("Sekreterare", "Elin Wahlström", "2025-09-26 08:15:02", "BankID"),
                ("Ordförande", "Karin Lövgren", "2025-09-26 09:48:37", "BankID"),
                ("Justerare", "Anna Bergqvist", "2025-09-26 11:02:55", "BankID")):
        for w, t in zip(widths, row, strict=True):
            pdf.cell(w, 6, t, border=1)
        pdf.ln()
    pdf.output(str(DOCS / "boras-ks-2025-09-22-protokoll.pdf"))


def content_control(paragraph, tag: str, text: str | None, placeholder: str | None = None) -> None:
    """Append an inline content control (w:sdt) to a paragraph."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(t)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    wt = OxmlElement("w:t")
    wt.text = text if text is not None else placeholder
    wt.set(qn("xml:space"), "preserve")
    r.append(wt)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def make_docx() -> None:
    d = docx.Document()
    styles = d.styles
    for name, size, bold in (("Paragrafrubrik", 13, True), ("Arendenummer", 9, False), ("Mellanrubrik", 10.5, True)):
        st = styles.add_style(name, 1)
        st.base_style = styles["Normal"]
        st.font.size = Pt(size)
        st.font.bold = bold

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("KALMAR KOMMUN\tPROTOKOLLSUTDRAG\t")
    content_control(hp, "Sammanträdesdatum", "2025-10-23")
    hp2 = sec.header.add_paragraph("Socialnämnden\t\tSida ")
    hp2.add_run("1")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Justerandes signatur: ")
    content_control(fp, "Justerandes signatur", None, "Klicka eller tryck här för att ange text.")
    fp.add_run("\tUtdragsbestyrkande")

    d.add_paragraph("Utdrag ur protokoll från Socialnämndens sammanträde 2025-10-23")
    p = d.add_paragraph("Plats: Stadshuset, sammanträdesrum Kalmarsund. Tid: 13.30–16.05")
    p = d.add_paragraph("Ärendets status: ")
    content_control(p, "Status", "Justerat")

    d.add_paragraph("§ 143 Överenskommelse om samverkan kring barn och unga i behov av samordnade insatser",
                    style="Paragrafrubrik")
    p = d.add_paragraph("Diarienummer ", style="Arendenummer")
    p.add_run("SN 2025/0871")
    d.add_paragraph("Socialnämndens beslut", style="Mellanrubrik")
    for text in (
        "Socialnämnden godkänner överenskommelsen om samverkan kring barn och unga i behov av samordnade "
        "insatser mellan Kalmar kommun och Region Kalmar län.",
        "Socialnämnden uppdrar åt socialchefen att tillsammans med barn- och ungdomsförvaltningen ta fram en "
        "lokal rutin för samordnad individuell plan senast 2026-03-31.",
        "Paragrafen justeras omedelbart.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Ärendet", style="Mellanrubrik")
    d.add_paragraph(
        "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen ska kommunen och regionen "
        "ha överenskommelser om samarbete kring personer med psykisk funktionsnedsättning och barn som vårdas "
        "utanför det egna hemmet. Överenskommelsen har tagits fram gemensamt av länets kommuner och regionen och "
        "ersätter överenskommelsen från 2019. Barn- och ungdomsnämnden behandlade ärendet 2025-10-15, § 98. "
        "Överenskommelsen gäller 2026-01-01–2028-12-31.")
    d.add_paragraph("Beslutsunderlag", style="Mellanrubrik")
    d.add_paragraph("Tjänsteskrivelse daterad 2025-10-06, socialchef Per Lindgren")
    d.add_paragraph("Bilaga: Överenskommelse BUS Kalmar län 2026–2028 (Överenskommelse_BUS_2026.pdf)")
    d.add_paragraph("Yrkanden", style="Mellanrubrik")
    d.add_paragraph("Ordförande Jenny Ahlström (S) yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Carl-Johan Wikström (M) instämmer i Jenny Ahlströms yrkande.")
    d.add_paragraph("Särskilt yttrande", style="Mellanrubrik")
    d.add_paragraph("Linda Sjögren (SD) lämnar ett särskilt yttrande: Sverigedemokraterna ställer sig bakom "
                    "överenskommelsen men vill att uppföljningen redovisas för nämnden varje halvår.")
    d.add_paragraph("Ersättaren Ove Lindqvist (SD) instämmer i Linda Sjögrens särskilda yttrande.")
    d.add_paragraph("Beslutet skickas till", style="Mellanrubrik")
    d.add_paragraph("Region Kalmar län\nBarn- och ungdomsnämnden\nSocialförvaltningen")

    d.add_paragraph("Underskrifter", style="Mellanrubrik")
    table = d.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    rows = (("Roll", "Namn", "Signerat"),
            ("Ordförande", "Jenny Ahlström", "2025-10-24 09:12 (e-legitimation)"),
            ("Justerare", "Anders Kvist", "2025-10-24 10:40 (e-legitimation)"),
            ("Sekreterare", "Sofia Ring", "2025-10-24 08:55 (e-legitimation)"))
    for cells, row in zip(table.rows, rows, strict=True):
        for cell, text in zip(cells.cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Utdragsbestyrkande: Rätt utdraget intygar Sofia Ring, nämndsekreterare")

    cp = d.core_properties
    cp.author = "Kalmar kommun"
    cp.last_modified_by = "Kalmar kommun"
    cp.title = "Protokollsutdrag Socialnämnden 2025-10-23 § 143"
    cp.created = dt.datetime(2025, 10, 24, 8, 0, 0)
    cp.modified = dt.datetime(2025, 10, 24, 8, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = DOCS / "kalmar-sn-2025-10-23-protokollsutdrag.docx"
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 24, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))


if __name__ == "__main__":
    make_pdf()
    make_docx()
