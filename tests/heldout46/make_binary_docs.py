"""Generate the binary documents of tests/heldout46/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout46/make_binary_docs.py

The output is deterministic: fixed document dates, fixed comment and revision dates, fixed ZIP
timestamps and fixed PDF metadata, so re-running the script leaves the files byte-identical. The gold
files in tests/heldout46/gold/ describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
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
FIXED_PDF = dt.datetime(2024, 1, 24, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 15, 8, 30, 0)
REV_DATE = "2024-04-12T10:15:00Z"

# ----------------------------------------------------------------------------------- PDF: Vårgårda

KALLELSE = [
    ("H", "KALLELSE"),
    ("P", "Vårgårda kommun"),
    ("P", "Kommunstyrelsen kallas till sammanträde"),
    ("L", "Tid\tOnsdagen den 17 januari 2024 kl. 13.00"),
    ("L", "Plats\tKommunhuset, sammanträdesrum Kesberget"),
    ("B", "Föredragningslista"),
    ("L", "Nr\tÄrende\tDnr"),
    ("L", "1\tVal av justerare"),
    ("L", "2\tSamverkansavtal om gemensam IT-drift med Herrljunga kommun\tKS 2023/388"),
    ("L", "3\tYttrande till Länsstyrelsen om regional handlingsplan för klimatanpassning\tKS 2023/412"),
    ("L", "4\tSvar på motion om solceller på kommunens förskolor\tKS 2023/201"),
    ("L", "5\tAnmälan av delegationsbeslut december 2023\tKS 2024/3"),
    ("P", "Handlingarna finns tillgängliga i Netpublicator från den 10 januari 2024. "
          "Förhinder anmäls till kommunkansliet."),
    ("P", "Vårgårda 2024-01-09"),
    ("P", "Lars-Erik Andersson\nOrdförande"),
    ("P", "Frida Nyholm\nSekreterare"),
]

PROTOKOLL = [
    ("H", "SAMMANTRÄDESPROTOKOLL"),
    ("P", "Vårgårda kommun\nKommunstyrelsen\nSammanträdesdatum 2024-01-17"),
    ("L", "Plats och tid\tKommunhuset, Vårgårda, kl. 13.00–15.10"),
    ("L", "Beslutande\tLars-Erik Andersson (C), ordförande"),
    ("L", "\tSara Wiklund (S), 1:e vice ordförande"),
    ("L", "\tBo Hermansson (M)"),
    ("L", "\tKarin Lövgren (C)"),
    ("L", "\tPeter Sjöqvist (KD)"),
    ("L", "\tJohanna Ek (L)"),
    ("L", "\tOla Bergkvist (S)"),
    ("L", "\tMarianne Strand (S)"),
    ("L", "\tNiklas Forsberg (SD)"),
    ("L", "\tAnneli Gustafsson (SD)"),
    ("L", "\tHenrik Alm (M), tjänstgörande ersättare för Roger Dahl (M)"),
    ("L", "Ersättare\tMaria Fjäll (V)"),
    ("L", "\tStig Olsson (C)"),
    ("L", "Övriga\tFrida Nyholm, kommunsekreterare"),
    ("L", "\tMagnus Sandberg, kommundirektör"),
    ("L", "Justerare\tSara Wiklund (S)"),
    ("L", "Justeringens\tKommunhuset 2024-01-22"),
    ("L", "Paragrafer\t1–4"),
    ("P", "Underskrifter\nSekreterare ........................ Frida Nyholm\n"
          "Ordförande ........................ Lars-Erik Andersson\n"
          "Justerare ........................ Sara Wiklund"),
    ("B", "ANSLAG/BEVIS"),
    ("P", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
          "Organ: Kommunstyrelsen. Sammanträdesdatum: 2024-01-17. Anslaget sätts upp: 2024-01-23. "
          "Anslaget tas ned: 2024-02-14."),
    ("NP", ""),
    ("S", "§ 1\tVal av justerare"),
    ("P", "Kommunstyrelsens beslut\nSara Wiklund (S) utses att justera protokollet."),
    ("S", "§ 2\tSamverkansavtal om gemensam IT-drift med Herrljunga kommun"),
    ("L", "Dnr KS 2023/388"),
    ("P", "Sammanfattning\nVårgårda kommun och Herrljunga kommun har sedan 2016 en gemensam IT-enhet. "
          "Kommunstyrelsen gav den 13 december 2023, § 198, förvaltningen i uppdrag att ta fram ett nytt "
          "samverkansavtal. Avtalet reglerar kostnadsfördelning och ansvar enligt 9 kap. 37 § "
          "kommunallagen (2017:725) och ska gälla från 2024-03-01."),
    ("P", "Beslutsunderlag\nTjänsteskrivelse 2024-01-03\nUtkast till samverkansavtal daterat 2023-12-20"),
    ("P", "Kommunstyrelsens beslut\n1. Samverkansavtal om gemensam IT-drift mellan Vårgårda kommun och "
          "Herrljunga kommun godkänns.\n2. Kommundirektören får i uppdrag att underteckna avtalet."),
    ("P", "Expedieras\nHerrljunga kommun"),
    ("S", "§ 3\tYttrande till Länsstyrelsen om regional handlingsplan för klimatanpassning"),
    ("L", "Dnr KS 2023/412, länsstyrelsens dnr 537-41122-2023"),
    ("P", "Sammanfattning\nLänsstyrelsen i Västra Götalands län har skickat förslaget till regional "
          "handlingsplan på remiss till länets kommuner. Svar ska ha kommit in senast 2024-01-31. "
          "Samråd har skett med Räddningstjänstförbundet Norra Älvsborg."),
    ("P", "Beslutsunderlag\nTjänsteskrivelse 2024-01-05"),
    ("P", "Kommunstyrelsens beslut\n1. Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt "
          "eget och överlämnar det till Länsstyrelsen i Västra Götalands län.\n"
          "2. Paragrafen justeras omedelbart."),
    ("S", "§ 4\tSvar på motion om solceller på kommunens förskolor"),
    ("L", "Dnr KS 2023/201"),
    ("P", "Sammanfattning\nMarianne Strand (S) har i en motion daterad 2023-05-08 föreslagit att "
          "solceller installeras på samtliga kommunala förskolor. Vårgårda Bostäder AB har lämnat "
          "synpunkter den 2 november 2023."),
    ("P", "Beslutsunderlag\nTjänsteskrivelse 2023-12-14"),
    ("P", "Yrkanden\nBo Hermansson (M) yrkar att motionen ska anses besvarad. Marianne Strand (S) yrkar "
          "bifall till motionen."),
    ("P", "Propositionsordning och omröstning\nOrdföranden ställer proposition på yrkandena och finner "
          "att kommunstyrelsen bifaller Bo Hermanssons yrkande. Omröstning begärs. Den som vill bifalla "
          "Bo Hermanssons yrkande röstar ja, den som vill bifalla Marianne Strands yrkande röstar nej. "
          "Omröstningen utfaller med 6 ja-röster mot 4 nej-röster. 1 ledamot avstår."),
    ("P", "Kommunstyrelsens förslag till kommunfullmäktige\nMotionen anses besvarad."),
    ("P", "Reservation\nMarianne Strand (S) och Ola Bergkvist (S) reserverar sig till förmån för "
          "Marianne Strands yrkande."),
    ("P", "Särskilt yttrande\nNiklas Forsberg (SD) lämnar ett särskilt yttrande."),
    ("P", "Expedieras\nKommunfullmäktige"),
]


def _pdf_block(pdf: FPDF, kind: str, text: str) -> None:
    if kind == "NP":
        pdf.add_page()
        return
    if kind == "H":
        pdf.set_font("DejaVu", "B", 14)
        pdf.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        return
    if kind in ("B", "S"):
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 11)
        if kind == "S":
            num, title = text.split("\t")
            pdf.cell(18, 6, num)
            pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        return
    pdf.set_font("DejaVu", "", 10)
    if kind == "L":
        parts = text.split("\t")
        widths = [32, 120, 30][: len(parts)] if len(parts) > 1 else [0]
        if parts[0] == "Nr":
            widths = [12, 140, 30]
        elif parts[0].isdigit():
            widths = [12, 140, 30][: len(parts)]
        for i, (w, t) in enumerate(zip(widths, parts, strict=True)):
            last = i == len(parts) - 1
            pdf.cell(w if not last or w else 0, 5.5, t, new_x="LMARGIN" if last else "RIGHT",
                     new_y="NEXT" if last else "TOP")
        return
    lines = text.split("\n")
    pdf.ln(1.5)
    for j, line in enumerate(lines):
        if j == 0 and len(lines) > 1 and kind == "P" and line in HEADS:
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
        else:
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")


HEADS = {
    "Sammanfattning", "Beslutsunderlag", "Kommunstyrelsens beslut", "Expedieras", "Yrkanden",
    "Propositionsordning och omröstning", "Kommunstyrelsens förslag till kommunfullmäktige", "Reservation",
    "Särskilt yttrande", "Underskrifter",
}


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunstyrelsen 2024-01-17")
    pdf.set_author("Vårgårda kommun")
    pdf.set_creator("heldout46")
    pdf.set_producer("heldout46")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    for kind, text in KALLELSE:
        _pdf_block(pdf, kind, text)
    pdf.add_page()
    for kind, text in PROTOKOLL:
        _pdf_block(pdf, kind, text)
    (DOCS / "vargarda-ks-2024-01-17-protokoll.pdf").write_bytes(bytes(pdf.output()))


# ----------------------------------------------------------------------------------- DOCX: Ale

_REV = [0]


def _run_el(text: str, deleted: bool = False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _tracked(par, kind: str, text: str) -> None:
    """Append a tracked insertion (kind "ins") or deletion (kind "del") to a paragraph."""
    _REV[0] += 1
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(100 + _REV[0]))
    el.set(qn("w:author"), "Frida Holmgren")
    el.set(qn("w:date"), REV_DATE)
    el.append(_run_el(text, deleted=kind == "del"))
    par._p.append(el)


def _para(d, parts, style: str | None = None):
    """parts: list of (kind, text), kind "t" plain, "ins" inserted, "del" deleted, "b" bold."""
    p = d.add_paragraph(style=style)
    for kind, text in parts:
        if kind == "t":
            p.add_run(text)
        elif kind == "b":
            p.add_run(text).bold = True
        else:
            _tracked(p, kind, text)
    return p


def make_docx() -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ale kommun\tSAMMANTRÄDESPROTOKOLL\tKommunstyrelsen 2024-04-10"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"

    d.add_paragraph("Kommunstyrelsen", style="Title")
    d.add_paragraph("Sammanträdesdatum: 2024-04-10\nPlats: Ale kommunhus, Nödinge, kl. 09.00–11.40")
    d.add_paragraph("Beslutande", style="Heading 2")
    for line in [
        "Paula Örn (S)\tordförande",
        "Mikael Berglund (M)\t1:e vice ordförande",
        "Dennis Ljunggren (SD)\t2:e vice ordförande",
        "Jenny Myrén (S)\tledamot",
        "Kristoffer Carlsson (S)\tledamot",
        "Tuija Hakala (M)\tledamot",
        "Rasmus Sellberg (L)\tledamot",
        "Ida Hermansson (C)\tledamot",
        "Conny Olsson (SD)\tledamot",
        "Maja Kronstrand (KD)\tledamot",
        "Sixten Björk (S)\tledamot",
        "Lisa Vretblad (V)\ttjänstgörande ersättare för Anders Borg (V)",
        "Erik Åsberg (SD)\tledamot",
    ]:
        d.add_paragraph(line)
    d.add_paragraph("Närvarande ersättare", style="Heading 2")
    d.add_paragraph("Gunilla Frick (MP), Tomas Lund (M)")
    d.add_paragraph("Tjänstepersoner", style="Heading 2")
    d.add_paragraph("Frida Holmgren, kommunsekreterare\nJohan Fält, kommundirektör\n"
                    "Sara Nordin, trafikplanerare, § 45")
    d.add_paragraph("Utses att justera: Mikael Berglund (M)\nJusteringens plats och tid: Ale kommunhus "
                    "2024-04-16\nParagrafer: 45, 45 a, 45 b")

    d.add_paragraph("§ 45\tMedfinansieringsavtal med Trafikverket om pendelparkering i Nödinge",
                    style="Heading 1")
    d.add_paragraph("Diarienummer KS2024.112")
    d.add_paragraph("Ärendet", style="Heading 3")
    d.add_paragraph(
        "Trafikverket bygger om anslutningen till E45 vid Nödinge och har föreslagit att Ale kommun "
        "medfinansierar en utbyggd pendelparkering med 120 platser. Kostnaden för kommunen beräknas till "
        "4,2 miljoner kronor. Västtrafik AB har i skrivelse den 4 mars 2024 ställt sig positivt till "
        "förslaget. Avtalet tecknas med stöd av 2 kap. 1 § kommunallagen (2017:725).")
    d.add_paragraph("Beslutsunderlag", style="Heading 3")
    d.add_paragraph("Tjänsteskrivelse 2024-03-21\nKommunstyrelsens arbetsutskott 2024-03-27, § 31")
    d.add_paragraph("Yrkanden", style="Heading 3")
    _para(d, [("t", "Paula Örn (S) yrkar bifall till arbetsutskottets förslag. Dennis Ljunggren (SD) "
                    "yrkar avslag."),
              ("del", " Rasmus Sellberg (L) yrkar återremiss.")])
    d.add_paragraph("Omröstning", style="Heading 3")
    _para(d, [("t", "Omröstning begärs och genomförs. Med "), ("del", "6"), ("ins", "7"),
              ("t", " ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt Paula Örns yrkande. "
                    "Två ledamöter avstår från att rösta.")])
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen beslutar")
    d.add_paragraph("Medfinansieringsavtal mellan Ale kommun och Trafikverket godkänns.",
                    style="List Number")
    d.add_paragraph("Kostnaden finansieras inom investeringsbudgeten för 2024.", style="List Number")
    p = d.add_paragraph(style="List Number")
    _tracked(p, "ins", "Paragrafen justeras omedelbart.")
    d.add_paragraph("Reservation", style="Heading 3")
    res = d.add_paragraph()
    anchor = res.add_run("Dennis Ljunggren (SD), Conny Olsson (SD) och Erik Åsberg (SD) reserverar sig "
                         "till förmån för eget yrkande.")
    _tracked(res, "del", " Rasmus Sellberg (L) reserverar sig mot beslutet.")
    d.add_paragraph("Expedieras: Trafikverket Region Väst, Västtrafik AB")

    d.add_paragraph("§ 45 a\tYttrande över regionalt trafikförsörjningsprogram 2025–2028", style="Heading 1")
    d.add_paragraph("Diarienummer KS2024.131 (Västra Götalandsregionens diarienummer RS 2024-00877)")
    d.add_paragraph("Ärendet", style="Heading 3")
    d.add_paragraph(
        "Ärendet behandlas som extra ärende. Västra Götalandsregionen har remitterat förslaget till "
        "trafikförsörjningsprogram till kommunerna i länet med svar senast den 30 april 2024. "
        "Göteborgsregionen (GR) samordnar ett gemensamt underlag som beslutades av förbundsstyrelsen "
        "den 15 mars 2024.")
    d.add_paragraph("Beslutsunderlag", style="Heading 3")
    d.add_paragraph("Tjänsteskrivelse 2024-04-02")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen antar förvaltningens yttrande och översänder det till Västra "
                    "Götalandsregionen.")
    d.add_paragraph("Särskilt yttrande", style="Heading 3")
    _para(d, [("t", "Ida Hermansson (C) lämnar ett särskilt yttrande."),
              ("del", " Maja Kronstrand (KD) instämmer i yttrandet.")])
    d.add_paragraph("Protokollsanteckning", style="Heading 3")
    _para(d, [("t", "Lisa Vretblad (V) antecknar till protokollet att pendeltågstrafiken bör prioriteras"),
              ("ins", " före regionbussar"), ("t", ".")])

    d.add_paragraph("§ 45b\tAnmälan av delegationsbeslut", style="Heading 1")
    d.add_paragraph("Diarienummer KS2024.7")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen lägger anmälan av delegationsbeslut för mars 2024 till handlingarna.")

    d.add_paragraph("Underskrifter", style="Heading 2")
    d.add_paragraph("Sekreterare\tFrida Holmgren\nOrdförande\tPaula Örn\nJusterare\tMikael Berglund")

    c = d.add_comment(anchor, text="Stämmer det att Rasmus Sellberg inte reserverade sig? Kolla med "
                      "Gustav Nyberg (L) före justering.", author="Frida Holmgren", initials="FH")
    c._comment_elm.set(qn("w:date"), REV_DATE)

    cp = d.core_properties
    cp.author = "Ale kommun"
    cp.last_modified_by = "Frida Holmgren"
    cp.title = "Kommunstyrelsen 2024-04-10"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 15, 8, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "ale-ks-2024-04-10-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
