"""Generate the binary documents of tests/heldout50/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout50/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout50/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 3, 27, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 25, 10, 0, 0)
NB = "\u00a0"  # non-breaking space between "§" and the number in the PDF body


def spaced(text: str) -> str:
    """Letter-space a heading the way a typographic template does: 'K o m m u n'."""
    return "   ".join(" ".join(word) for word in text.split(" "))


# ------------------------------------------------------------------------------------------ PDF
# Höganäs kommun, kommunstyrelsen 2024-03-20, full protocol, §§ 38-39.
# Page 1: letter-spaced masthead, attendance lists, signatures, anslag. Pages 2-3: the paragraphs,
# each headed by a letter-spaced "§ 3 8" with the Dnr at the right margin.

PAGE1: list[tuple[str, str]] = [
    ("H", spaced("Höganäs kommun")),
    ("H", spaced("Kommunstyrelsen")),
    ("H", spaced("PROTOKOLL")),
    ("", ""),
    ("L", "Tid och plats\tOnsdagen den 20 mars 2024, kl. 09.00–12.10, Stadshuset, sammanträdesrum Kullen"),
    ("", ""),
    ("L", "Närvarande ledamöter\tCarl-Johan Ekdahl (M) – ordförande"),
    ("L", "\tSøren Dahl (L) – 1:e vice ordförande"),
    ("L", "\tMaria Lund (S) – 2:e vice ordförande"),
    ("L", "\tAnders Brink (M)"),
    ("L", "\tEva Thörn (SD)"),
    ("L", "\tKristina Wiik (S)"),
    ("L", "\tSanna Persson (S)"),
    ("L", "\tBjörn Alvarez (KD)"),
    ("L", "Tjänstgörande ersättare\tLina Friberg (M), för Oskar Hjelm (M)"),
    ("L", "Ej tjänstgörande ersättare\tIda Ljung (C), Mats Ohlin (S)"),
    ("L", "Tjänstemän\tHelena Rydberg, kommundirektör"),
    ("L", "\tJonas Ek, kommunsekreterare"),
    ("L", "\tPatrik Sjögren, exploateringschef, §" + NB + "38"),
    ("", ""),
    ("L", "Justerare\tMaria Lund (S)"),
    ("L", "Justering\tStadshuset, 2024-03-25"),
    ("L", "Paragrafer\t§§" + NB + "38–39"),
    ("", ""),
    ("L", "Sekreterare\t..................................................   Jonas Ek"),
    ("L", "Ordförande\t..................................................   Carl-Johan Ekdahl"),
    ("L", "Justerare\t..................................................   Maria Lund"),
    ("", ""),
    ("H", spaced("ANSLAG")),
    ("L", "Organ\tKommunstyrelsen i Höganäs kommun"),
    ("L", "Sammanträdesdatum\t2024-03-20"),
    ("L", "Anslaget sätts upp\t2024-03-26"),
    ("L", "Anslaget tas ned\t2024-04-17"),
    ("L", "Förvaring\tKommunledningsförvaltningen, Stadshuset"),
]

PAGE2: list[tuple[str, str]] = [
    ("P", spaced("§ 38") + "\tDnr KS/2024/0217"),
    ("T", "Exploateringsavtal för fastigheten Väsby 28:14 med Peab Bostad AB"),
    ("B", "Höganäs kommun och Peab Bostad AB har förhandlat fram ett exploateringsavtal för "
          "bostadsbebyggelse på fastigheten Väsby 28:14. Avtalet reglerar utbyggnad av allmän plats, "
          "gatukostnader och marköverlåtelser enligt 6 kap. 39 § plan- och bygglagen (2010:900). "
          "Kommunstyrelsen gav planuppdraget 2023-06-14, §" + NB + "112. Detaljplanen var utställd för "
          "granskning 2024-01-08–2024-01-29."),
    ("S", "Beslutsunderlag"),
    ("B", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen, 2024-03-05\n"
          "Exploateringsavtal, undertecknat av Peab Bostad AB 2024-02-28\n"
          "Granskningsutlåtande 2024-02-12"),
    ("S", "Yrkanden"),
    ("B", "Anders Brink (M) yrkar bifall till förvaltningens förslag. Kristina Wiik (S) yrkar att "
          "ärendet återremitteras för att komplettera avtalet med krav på hyresrätter."),
    ("S", "Beslutsgång"),
    ("B", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras "
          "och finner att det ska avgöras i dag. Votering begärs. Den som vill att ärendet ska "
          "avgöras i dag röstar ja, den som vill återremittera ärendet röstar nej. Med 5 ja-röster "
          "mot 3 nej-röster, 1 avstår, beslutar kommunstyrelsen att ärendet ska avgöras i dag. "
          "Ordföranden ställer därefter proposition på Anders Brinks yrkande och finner det bifallet."),
    ("S", "Beslut"),
    ("B", "Kommunstyrelsen föreslår kommunfullmäktige besluta att"),
    ("B", "1. godkänna exploateringsavtalet för Väsby 28:14 med Peab Bostad AB,\n"
          "2. uppdra åt kommunstyrelsens ordförande och kommundirektören att underteckna avtalet."),
    ("B", "Kommunstyrelsen beslutar för egen del att"),
    ("B", "3. paragrafen justeras omedelbart."),
]

PAGE3: list[tuple[str, str]] = [
    ("P", spaced("§ 38") + "  (forts.)"),
    ("S", "Reservation"),
    ("B", "Socialdemokraternas ledamöter Maria Lund, Kristina Wiik och Sanna Persson reserverar sig "
          "till förmån för Kristina Wiiks yrkande om återremiss."),
    ("S", "Expedieras"),
    ("B", "Kommunfullmäktige, Peab Bostad AB, samhällsbyggnadsförvaltningen"),
    ("", ""),
    ("P", spaced("§ 39") + "\tDnr KS/2024/0188"),
    ("T", "Yttrande över Länsstyrelsen i Skåne läns remiss om regional vattenförsörjningsplan"),
    ("B", "Länsstyrelsen i Skåne län har skickat förslaget till regional vattenförsörjningsplan på "
          "remiss till kommunerna (länsstyrelsens dnr 537-2451-2024). Svar ska lämnas senast "
          "2024-04-12. Förslaget till yttrande har tagits fram tillsammans med Nordvästra Skånes "
          "Vatten och Avlopp AB (NSVA), som ansvarar för kommunens dricksvattenförsörjning."),
    ("S", "Beslutsunderlag"),
    ("B", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen, 2024-03-01\n"
          "Remiss från Länsstyrelsen i Skåne län, 2024-01-31"),
    ("S", "Yrkande"),
    ("B", "Søren Dahl (L) yrkar bifall till förslaget till yttrande."),
    ("S", "Beslut"),
    ("B", "Kommunstyrelsen antar förslaget till yttrande och överlämnar det till Länsstyrelsen i "
          "Skåne län."),
    ("S", "Särskilt yttrande"),
    ("B", "Eva Thörn (SD) anmäler särskilt yttrande enligt bilaga 4 till protokollet §" + NB + "39."),
    ("S", "Protokollsanteckning"),
    ("B", "Søren Dahl (L) antecknar till protokollet att kommunen bör verka för en reservvattentäkt."),
    ("S", "Expedieras"),
    ("B", "Länsstyrelsen i Skåne län, NSVA"),
]


def pdf_page(pdf: FPDF, rows: list[tuple[str, str]], page: int) -> None:
    pdf.add_page()
    pdf.set_font("F", "", 8)
    pdf.set_xy(15, 8)
    pdf.cell(90, 4, spaced("Höganäs kommun"))
    pdf.set_xy(120, 8)
    pdf.cell(75, 4, f"Sammanträdesdatum 2024-03-20   Sida {page} (3)", align="R")
    pdf.set_xy(15, 20)
    for kind, text in rows:
        if kind == "H":
            pdf.set_font("F", "B", 13)
            pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "L":
            label, value = text.split("\t")
            y = pdf.get_y()
            pdf.set_font("F", "B", 9)
            pdf.set_xy(15, y)
            pdf.cell(50, 5, label)
            pdf.set_font("F", "", 10)
            pdf.set_xy(66, y)
            pdf.multi_cell(129, 5, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "P":
            head, _, dnr = text.partition("\t")
            y = pdf.get_y() + 2
            pdf.set_font("F", "B", 13)
            pdf.set_xy(15, y)
            pdf.cell(90, 8, head)
            pdf.set_font("F", "", 10)
            pdf.set_xy(110, y)
            pdf.cell(85, 8, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "T":
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(180, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "S":
            pdf.set_font("F", "B", 10)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "B":
            pdf.set_font("F", "", 10)
            pdf.multi_cell(180, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.ln(3)
    pdf.set_font("F", "", 8)
    pdf.set_xy(15, 282)
    pdf.cell(180, 4, "Justerandes sign ..........        Utdragsbestyrkande ..........")


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll Kommunstyrelsen 2024-03-20")
    pdf.set_author("Höganäs kommun")
    pdf.set_creator("heldout50")
    pdf.set_producer("heldout50")
    for number, rows in enumerate((PAGE1, PAGE2, PAGE3), start=1):
        pdf_page(pdf, rows, number)
    pdf.output(str(DOCS / "hoganas-ks-2024-03-20-protokoll.pdf"))


# ----------------------------------------------------------------------------------------- DOCX
# Båstads kommun, barn- och utbildningsnämnden 2024-09-18, full protocol, §§ 84-85.
# Header with a DOCPROPERTY field holding the meeting date, footer with PAGE/NUMPAGES fields,
# a table of contents (TOC field with cached, hyperlinked entries), hyperlinks in the body,
# decisions as Word "List Number" paragraphs (the numbers are not in the text).


def add_field(paragraph, instr: str, result: str) -> None:
    """Append a complex field (begin / instrText / separate / result / end) to a paragraph."""

    def fld(kind: str) -> None:
        run = OxmlElement("w:r")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run.append(el)
        paragraph._p.append(run)

    fld("begin")
    run = OxmlElement("w:r")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run.append(instr_el)
    paragraph._p.append(run)
    fld("separate")
    paragraph.add_run(result)
    fld("end")


def add_link(paragraph, text: str, url: str | None = None, anchor: str | None = None) -> None:
    """Append a hyperlink (external URL via a relationship, or an internal bookmark anchor)."""
    link = OxmlElement("w:hyperlink")
    if url:
        rid = paragraph.part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rid)
    if anchor:
        link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_bookmark(paragraph, name: str, ident: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


TOC = [
    ("_Toc84", "§ 84 Avtal med Ängelholms kommun om gymnasieplatser inom introduktionsprogrammen", "2"),
    ("_Toc85", "§ 85 Yttrande över kommunstyrelsens remiss om lokalförsörjningsplan 2025–2034", "3"),
]

ATTENDANCE = [
    ("Ulrika Bäck (M)", "ordförande"),
    ("Kenneth Ahl (S)", "vice ordförande"),
    ("Sofía Lindberg (S)", "ledamot"),
    ("Jan-Erik Rönn (M)", "ledamot"),
    ("Camilla Juhl (C)", "ledamot"),
    ("Lars Østergaard (BP)", "ledamot"),
    ("Agneta Frost (KD)", "ledamot"),
    ("Tove Ek (SD)", "ledamot"),
    ("Henrik Bolander (M)", "tjänstgörande ersättare för Per Hjort (BP)"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]

    head = section.header.paragraphs[0]
    head.text = "Båstads kommun\tBarn- och utbildningsnämnden\tSammanträdesprotokoll "
    add_field(head, 'DOCPROPERTY "Sammanträdesdatum" \\* MERGEFORMAT', "2024-09-18")
    foot = section.footer.paragraphs[0]
    foot.text = "Justerandes signatur ........   Utdragsbestyrkande ........\tSida "
    add_field(foot, "PAGE \\* MERGEFORMAT", "1")
    foot.add_run(" av ")
    add_field(foot, "NUMPAGES \\* MERGEFORMAT", "3")

    d.add_heading("Sammanträdesprotokoll", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden sammanträdde onsdagen den 18 september 2024, "
                    "kl. 15.00–17.45, i Kommunhuset, sammanträdesrum Hallandsåsen.")
    d.add_paragraph("Beslutande", style="Heading 3")
    for name, role in ATTENDANCE:
        d.add_paragraph(f"{name}\t{role}")
    d.add_paragraph("Ersättare (ej tjänstgörande)", style="Heading 3")
    d.add_paragraph("Nadia Brahimi (S)")
    d.add_paragraph("Övriga närvarande", style="Heading 3")
    d.add_paragraph("Petra Holm, förvaltningschef")
    d.add_paragraph("Oscar Lind, nämndsekreterare")
    d.add_paragraph("Utses att justera: Camilla Juhl (C). Justering sker på Kommunhuset 2024-09-24.")

    sig = d.add_table(rows=3, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
        cell.text = text
    for cell in sig.rows[1].cells:
        cell.text = "...................................."
    for cell, text in zip(sig.rows[2].cells, ("Oscar Lind", "Ulrika Bäck", "Camilla Juhl"), strict=True):
        cell.text = text
    d.add_paragraph("Anslaget publiceras på kommunens digitala anslagstavla 2024-09-25 och tas ned 2024-10-17.")

    d.add_paragraph("Innehållsförteckning", style="Heading 2")
    for i, (anchor, title, page) in enumerate(TOC):
        p = d.add_paragraph(style="Normal")
        if i == 0:
            add_field_begin = OxmlElement("w:r")
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), "begin")
            add_field_begin.append(el)
            p._p.append(add_field_begin)
            run = OxmlElement("w:r")
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = ' TOC \\o "1-3" \\h \\z \\u '
            run.append(instr)
            p._p.append(run)
            sep = OxmlElement("w:r")
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), "separate")
            sep.append(el)
            p._p.append(sep)
        add_link(p, f"{title}\t{page}", anchor=anchor)
        if i == len(TOC) - 1:
            end = OxmlElement("w:r")
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), "end")
            end.append(el)
            p._p.append(end)

    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    h = d.add_heading(TOC[0][1], level=2)
    add_bookmark(h, TOC[0][0], 1)
    d.add_paragraph("Diarienummer: BUN 2024/000145")
    p = d.add_paragraph("Båstads kommun köper sedan 2020 platser på introduktionsprogrammen av "
                        "Ängelholms kommun. Ett nytt avtal mellan Båstads kommun och Ängelholms kommun "
                        "föreslås gälla läsåren 2025/26–2027/28. Prislistan följer den regionala "
                        "prislistan som Kommunförbundet Skåne rekommenderat 2024-05-31. Statistik om "
                        "introduktionsprogrammen finns hos ")
    add_link(p, "Skolverket", url="https://www.skolverket.se/")
    p.add_run(". Ersättningen regleras i 16 kap. 50 § skollagen (2010:800).")
    d.add_paragraph("Beslutsunderlag", style="Heading 4")
    d.add_paragraph("Tjänsteskrivelse från förvaltningschefen 2024-09-02", style="List Bullet")
    d.add_paragraph("Avtalsförslag, version 2024-08-20", style="List Bullet")
    d.add_paragraph("Yrkande", style="Heading 4")
    d.add_paragraph("Ordföranden Ulrika Bäck (M) yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Beslut", style="Heading 4")
    d.add_paragraph("Barn- och utbildningsnämnden godkänner avtalet med Ängelholms kommun.", style="List Number")
    d.add_paragraph("Förvaltningschefen får i uppdrag att underteckna avtalet.", style="List Number")
    d.add_paragraph("Särskilt yttrande", style="Heading 4")
    d.add_paragraph("Lars Østergaard (BP) lämnar ett särskilt yttrande för Bjärepartiet: "
                    "”Vi vill att kostnaderna redovisas per elev och läsår.”")
    p = d.add_paragraph("Beslutet skickas till: Ängelholms kommun, ")
    add_link(p, "gymnasieantagningen@bastad.se", url="mailto:gymnasieantagningen@bastad.se")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    h = d.add_heading(TOC[1][1], level=2)
    add_bookmark(h, TOC[1][0], 2)
    d.add_paragraph("Diarienummer: BUN 2024/000131 (kommunstyrelsens diarienummer KS 2024/000402)")
    d.add_paragraph("Kommunstyrelsen har 2024-06-19 remitterat förslaget till lokalförsörjningsplan "
                    "2025–2034 till barn- och utbildningsnämnden för yttrande senast 2024-10-01. "
                    "Planen föreslår att Förslövs skola och Grevie skola slås samman från höstterminen 2027.")
    d.add_paragraph("Beslutsunderlag", style="Heading 4")
    d.add_paragraph("Tjänsteskrivelse från förvaltningschefen 2024-09-04", style="List Bullet")
    d.add_paragraph("Remiss från kommunstyrelsen 2024-06-19, § 121", style="List Bullet")
    d.add_paragraph("Yrkanden", style="Heading 4")
    d.add_paragraph("Jan-Erik Rönn (M) yrkar bifall till förvaltningens förslag till yttrande. "
                    "Sofía Lindberg (S) yrkar att yttrandet ska avstyrka sammanslagningen av skolorna.")
    d.add_paragraph("Omröstning", style="Heading 4")
    d.add_paragraph("Ordföranden ställer Jan-Erik Rönns yrkande (ja) mot Sofía Lindbergs yrkande (nej). "
                    "Omröstningen utföll 6–3. Ingen avstod från att rösta.")
    d.add_paragraph("Beslut", style="Heading 4")
    d.add_paragraph("Barn- och utbildningsnämnden antar förvaltningens förslag till yttrande och "
                    "överlämnar det till kommunstyrelsen.", style="List Number")
    d.add_paragraph("Paragrafen förklaras omedelbart justerad.", style="List Number")
    d.add_paragraph("Reservation", style="Heading 4")
    d.add_paragraph("Sofía Lindberg (S) och Kenneth Ahl (S) reserverar sig mot beslutet, se bilaga 2.")
    d.add_paragraph("Beslutet skickas till: Kommunstyrelsen")

    cp = d.core_properties
    cp.author = "Båstads kommun"
    cp.last_modified_by = "Båstads kommun"
    cp.title = "Protokoll Barn- och utbildningsnämnden 2024-09-18"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 25, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "bastad-bun-2024-09-18-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
