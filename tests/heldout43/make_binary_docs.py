"""Generate the binary documents of tests/heldout43/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout43/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout43/gold/
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
FIXED_PDF = dt.datetime(2024, 6, 3, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 18, 14, 0, 0)
ZIP_TIME = (2024, 6, 18, 14, 0, 0)

# PDF: Söderköpings kommun, kommunfullmäktige 2024-05-27, protokollsutdrag (1 §).
# No label column: a centred head, "Rubrik: text" lines, and explicit line breaks inside two names.
PDF_HEAD = [
    "SÖDERKÖPINGS KOMMUN",
    "Kommunfullmäktige",
    "UTDRAG UR PROTOKOLL",
]
PDF_LINES: list[tuple[str, str]] = [
    ("p", "Sammanträdesdag: måndagen den 27 maj 2024, kl. 18.30, Rådhuset, Söderköping"),
    ("p", "Ordförande: Gunilla Sahlin-Rydén (S)"),
    ("p", "Justerare: Johan von Knorring (M), Nguyễn Thị Lan (mp)"),
    ("p", "Sekreterare: Elin Brandt"),
    ("p", "Närvarande ledamöter och ersättare: se närvaro- och voteringslista, bilaga A."),
    ("gap", ""),
    ("h", "§ 58\tDnr KS.2024.0412"),
    ("h", "Markanvisningsavtal med Riksbyggen ekonomisk förening för kvarteret Tullen"),
    ("s", "Ärendet"),
    ("p", "Söderköpings kommun och Riksbyggen ekonomisk förening har förhandlat fram ett markanvisningsavtal "
          "för cirka 60 bostadsrätter i kvarteret Tullen. Avtalet följer riktlinjerna för markanvisningar som "
          "kommunfullmäktige antog 2021-11-22, § 141, och 4 kap. 33 § plan- och bygglagen (2010:900). "
          "Markanvisningen gäller till och med 2026-12-31. Söderköpings Vatten AB har lämnat synpunkter på "
          "anslutningen till det allmänna VA-nätet."),
    ("s", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-04-18"),
    ("p", "Kommunstyrelsens beslut 2024-05-07, § 88"),
    ("s", "Yrkanden"),
    ("p", "Kommunstyrelsens ordförande, kommunalrådet Lotta Ekström-Wahl (M), yrkar bifall till "
          "kommunstyrelsens förslag."),
    ("p", "Nguyễn Thị Lan (mp) och Fatima Osman (Fi) yrkar avslag."),
    ("p", "Göran Lilja (Kommunens Väl) instämmer i Nguyễn Thị Lans avslagsyrkande."),
    ("s", "Propositionsordning och omröstning"),
    ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att fullmäktige bifaller "
          "kommunstyrelsens förslag. Omröstning begärs. Följande voteringsproposition godkänns: Ja-röst för "
          "bifall till kommunstyrelsens förslag, nej-röst för avslag."),
    ("p", "Voteringsresultat: Ja 26 – Nej 12 – Avstår 2 – Frånvarande 1 (bilaga A)."),
    ("s", "Kommunfullmäktiges beslut"),
    ("p", "– Markanvisningsavtal med Riksbyggen ekonomisk förening för kvarteret Tullen godkänns."),
    ("p", "– Kommunstyrelsen får i uppdrag att underteckna avtalet."),
    ("s", "Reservation"),
    ("p", "Mot beslutet reserverar sig Nguyễn Thị Lan (mp), Fatima Osman (Fi) och Göran\nLilja (Kommunens Väl)."),
    ("s", "Protokollsanteckning"),
    ("p", "Sverigedemokraternas gruppledare Mikael Lindh\nde Vries (SD) får föra följande anteckning till "
          "protokollet: Sverigedemokraterna välkomnar fler bostadsrätter men anser att parkeringsnormen bör "
          "ses över."),
    ("s", "Expedieras"),
    ("p", "Riksbyggen ekonomisk förening, Kommunstyrelsen, Samhällsbyggnadsförvaltningen"),
    ("gap", ""),
    ("p", "Justerandes signatur: ............................   ............................"),
    ("p", "Johan von Knorring   Nguyễn Thị Lan"),
    ("p", "Rätt utdraget intygar: Elin Brandt, nämndsekreterare, 2024-06-03"),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KF 2024-05-27 § 58")
    pdf.set_author("Söderköpings kommun")
    pdf.set_creator("heldout43")
    pdf.set_producer("heldout43")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    for line in PDF_HEAD:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in PDF_LINES:
        if kind == "gap":
            pdf.ln(5)
            continue
        if kind == "h":
            pdf.set_font("F", "B", 11)
            text = text.replace("\t", "        ")
        elif kind == "s":
            pdf.set_font("F", "B", 10)
            pdf.ln(1)
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "soderkoping-kf-2024-05-27-protokollsutdrag.pdf"))


# DOCX: Åtvidabergs kommun, socialnämnden 2024-06-12, full protocol (§§ 61-63).
# Attendance as "Label<TAB>Name (Party)" lines; the label is given only on the first line of a group.
# "|" inside a text marks a soft line break (w:br) inside the same paragraph.
DOCX_ATTENDANCE: list[tuple[str, str]] = [
    ("Sammanträde", "onsdagen den 12 juni 2024 kl. 13.15–16.00, Förvaltningshuset, sal Adelsnäs"),
    ("Ordförande", "Lena Ståhl (S)"),
    ("1:e vice ordförande", "Hans-Göran|Nilsson (M)"),
    ("2:e vice ordförande", "Jan-Erik af Sandeberg (SD)"),
    ("Ledamöter", "Lars Erik Gunnarsson (S)"),
    ("", "Ilse Bergström (L)"),
    ("", "Fatma Demir (S)"),
    ("", "Mustafa Çelik (S)"),
    ("", "Britt-Marie Hjort (KD)"),
    ("Tjänstgörande ersättare", "Anna-Karin Dahl (M) för Per Wetterholm (M)"),
    ("Ersättare", "Daniel Olsson (S), Ewa von Schéele (C)"),
    ("Frånvarande", "Per Wetterholm (M)"),
    ("Övriga närvarande", "Nina Sjöberg, socialchef"),
    ("", "Tove Lundin, nämndsekreterare"),
    ("Justerare", "Mustafa Çelik"),
    ("Justering", "Socialkontoret, tisdagen den 18 juni 2024"),
    ("Paragrafer", "§§ 61–63"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("h", "§ 61 Remissvar – Regional handlingsplan mot mäns våld mot kvinnor i Östergötland"),
    ("p", "Diarienummer SN 2024/0078"),
    ("b", "Ärendebeskrivning"),
    ("p", "Länsstyrelsen Östergötland har skickat förslag till regional handlingsplan mot mäns våld mot kvinnor "
          "2025–2028 på remiss till länets kommuner (länsstyrelsens dnr 851-2211-24). Planen har tagits fram "
          "tillsammans med Region Östergötland och Polismyndigheten. Remissen inkom 2024-04-15 och ska besvaras "
          "senast 2024-06-30."),
    ("b", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, socialchef Nina Sjöberg, 2024-05-24"),
    ("b", "Yrkande"),
    ("p", "Ordföranden yrkar bifall till förvaltningens förslag."),
    ("b", "Beslut"),
    ("p", "Socialnämnden antar förvaltningens förslag till yttrande och översänder det till Länsstyrelsen "
          "Östergötland."),
    ("b", "Protokollsanteckning"),
    ("p", "Jan-Erik af Sandeberg (SD) antecknar att handlingsplanen saknar mätbara mål."),
    ("h", "§ 62 Idéburet offentligt partnerskap med Kvinnojouren Vendela i Åtvidaberg"),
    ("p", "Diarienummer SN 2024/0051"),
    ("b", "Ärendebeskrivning"),
    ("p", "Förvaltningen föreslår en överenskommelse om idéburet offentligt partnerskap mellan Åtvidabergs "
          "kommun och Kvinnojouren Vendela i Åtvidaberg för perioden 2025-01-01–2027-12-31. Ett idéburet "
          "offentligt partnerskap omfattas inte av lagen (2016:1145) om offentlig upphandling när villkoren i "
          "Upphandlingsmyndighetens vägledning är uppfyllda. Förvaltningens tjänsteskrivelse är daterad "
          "2024-05-20."),
    ("b", "Yrkanden"),
    ("p", "Lars Gunnarsson (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Britt-Marie Hjort (KD) yrkar att partnerskapet begränsas till två år."),
    ("b", "Omröstning"),
    ("p", "Omröstning begärs. Ja-röst för Lars Gunnarssons yrkande, nej-röst för Britt-Marie Hjorts yrkande."),
    ("p", "Ja: Lena Ståhl, Lars Erik Gunnarsson, Fatma Demir, Mustafa Çelik, Ilse Bergström, "
          "Hans-Göran Nilsson"),
    ("p", "Nej: Britt-Marie Hjort, Jan-Erik af Sandeberg, Anna-Karin Dahl"),
    ("p", "Med 6 ja-röster mot 3 nej-röster beslutar socialnämnden enligt Lars Gunnarssons yrkande."),
    ("b", "Beslut"),
    ("num", "Socialnämnden godkänner överenskommelsen om idéburet offentligt partnerskap med Kvinnojouren "
            "Vendela i Åtvidaberg."),
    ("num", "Socialchefen får i uppdrag att underteckna överenskommelsen."),
    ("num", "Paragrafen justeras omedelbart."),
    ("b", "Reservation"),
    ("p", "Britt-Marie Hjort (KD) och Anna-Karin Dahl (M) reserverar sig till förmån för Britt-Marie Hjorts "
          "yrkande."),
    ("h", "§ 63 Anmälan av delegationsbeslut"),
    ("p", "Diarienummer SN 2024/0004"),
    ("p", "Delegationsbeslut enligt 10 kap. 4 § socialtjänstlagen (2001:453) för perioden 2024-05-01–2024-05-31 "
          "redovisas i bilaga."),
    ("b", "Beslut"),
    ("p", "Socialnämnden lägger redovisningen till handlingarna."),
    ("sig", "Sekreterare\tTove Lundin"),
    ("sig", "Ordförande\tLena Ståhl"),
    ("sig", "Justerare\tMustafa Çelik"),
]


def add_text(par, text: str) -> None:
    parts = text.split("|")
    for i, part in enumerate(parts):
        run = par.add_run(part)
        if i < len(parts) - 1:
            run.add_break()


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    header = d.sections[0].header
    header.paragraphs[0].text = "ÅTVIDABERGS KOMMUN\tPROTOKOLL"
    header.add_paragraph("Socialnämnden\tSammanträdesdatum 2024-06-12")
    d.add_paragraph("Sammanträdesprotokoll", style="Title")
    for label, text in DOCX_ATTENDANCE:
        par = d.add_paragraph()
        if label:
            par.add_run(label).bold = True
        par.add_run("\t")
        add_text(par, text)
    for kind, text in DOCX_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\tUtdragsbestyrkande"
    cp = d.core_properties
    cp.author = "Åtvidabergs kommun"
    cp.last_modified_by = "Åtvidabergs kommun"
    cp.title = "Protokoll socialnämnden 2024-06-12"
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
            zout.writestr(info, zin.read(name))
    (DOCS / "atvidaberg-sn-2024-06-12-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    make_pdf()
    make_docx()
