"""Generate the binary documents of tests/heldout39/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout39/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout39/gold/
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
FIXED_PDF = dt.datetime(2024, 5, 20, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 5, 10, 0, 0)

# PDF: Lessebo kommun, socialnämnden 2024-05-15, full protocol (§§ 12-15).
# Attendance grouped under party headings; the party is only in the heading.
PDF_PAGES: list[list[tuple[str, str]]] = [
    [
        ("T", "LESSEBO KOMMUN – SOCIALNÄMNDEN – SAMMANTRÄDESPROTOKOLL"),
        ("p", "Sammanträdesdatum: 2024-05-15, kl. 13.00–16.10, Kommunhuset i Lessebo, sal Kristallen"),
        ("h", "Ledamöter"),
        ("g", "Socialdemokraterna"),
        ("p", "Maria Blomqvist, ordförande"),
        ("p", "Lisa Ström, från och med § 15"),
        ("p", "Karl Nord, tjänstgörande ersättare för Lisa Ström §§ 12–14"),
        ("g", "Moderaterna"),
        ("p", "Henrik Palm, vice ordförande"),
        ("p", "Sara Öberg"),
        ("g", "Centerpartiet"),
        ("p", "Ingvar Lund"),
        ("g", "Sverigedemokraterna"),
        ("p", "Mikael Rask"),
        ("g", "Vänsterpartiet"),
        ("p", "Hanna Ek"),
        ("h", "Ersättare som inte tjänstgör"),
        ("p", "Camilla Dahl (S), Olof Berg (M), Karl Nord (S) § 15"),
        ("h", "Övriga närvarande"),
        ("p", "Tomas Vik, socialchef"),
        ("p", "Annelie Krantz, nämndsekreterare"),
        ("h", "Justerare"),
        ("p", "Henrik Palm"),
        ("p", "Justeringens plats och tid: Socialförvaltningen 2024-05-20. Paragrafer: §§ 12–15"),
        ("p", "Sekreterare ______________________  Annelie Krantz"),
        ("p", "Ordförande  ______________________  Maria Blomqvist"),
        ("p", "Justerare   ______________________  Henrik Palm"),
        ("h", "ANSLAG/BEVIS"),
        ("p", "Protokollet är justerat. Anslaget under tiden 2024-05-21 – 2024-06-12."),
    ],
    [
        ("s", "§ 12  Yttrande över medborgarförslag om trygghetsboende i Hovmantorp"),
        ("p", "Dnr SN 2024/031, kommunstyrelsens dnr KS 2024/045"),
        ("b", "Ärendebeskrivning"),
        ("p", "Gun Axelsson har i ett medborgarförslag daterat 2024-01-15 föreslagit att kommunen bygger ett "
              "trygghetsboende i Hovmantorp. Kommunfullmäktige överlämnade förslaget till kommunstyrelsen "
              "2024-02-19 § 8. Kommunstyrelsen har remitterat medborgarförslaget till socialnämnden för "
              "yttrande. Lessebo Hus AB har i en skrivelse 2024-03-28 redovisat möjliga tomter."),
        ("b", "Beslutsunderlag"),
        ("p", "Socialförvaltningens tjänsteskrivelse 2024-04-24"),
        ("b", "Yrkanden"),
        ("p", "Maria Blomqvist (S) yrkar bifall till förvaltningens förslag. Hanna Ek (V) yrkar att nämnden "
              "ska tillstyrka medborgarförslaget."),
        ("b", "Omröstning"),
        ("p", "Votering begärs. Ja för förvaltningens förslag, nej för Hanna Eks yrkande. Med 5 ja-röster "
              "mot 1 nej-röst beslutar socialnämnden enligt förvaltningens förslag. 1 ledamot avstår."),
        ("b", "Beslut"),
        ("p", "Socialnämnden antar förvaltningens yttrande och överlämnar det till kommunstyrelsen."),
        ("b", "Reservation"),
        ("p", "Hanna Ek (V) reserverar sig till förmån för eget yrkande."),
        ("s", "§ 13  Idéburet offentligt partnerskap med Svenska Röda Korset om mötesplats i Kosta"),
        ("p", "Dnr SN 2024/052"),
        ("b", "Ärendebeskrivning"),
        ("p", "Förvaltningen föreslår ett avtal om idéburet offentligt partnerskap mellan socialnämnden och "
              "Svenska Röda Korset för en mötesplats i Kosta. Partnerskapet ryms inom 2 kap. 1 § "
              "kommunallagen (2017:725) och är inte ett offentligt kontrakt. Avtalet gäller 2024-07-01 – "
              "2026-06-30."),
        ("b", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2024-04-29; avtalsutkast 2024-04-10"),
        ("b", "Beslut"),
        ("p", "1. Socialnämnden godkänner avtalet om idéburet offentligt partnerskap med Svenska Röda Korset."),
        ("p", "2. Paragrafen justeras omedelbart."),
        ("b", "Protokollsanteckning"),
        ("p", "Sara Öberg (M): ”Moderaterna förutsätter att partnerskapet följs upp efter ett år.”"),
    ],
    [
        ("s", "§ 14  Remiss – regional plan för suicidprevention i Kronobergs län"),
        ("p", "Dnr SN 2024/040"),
        ("p", "Region Kronoberg har skickat förslag till regional plan för suicidprevention på remiss till "
              "socialnämnden (Region Kronobergs dnr 24RK512). Svar senast 2024-05-31."),
        ("b", "Beslutsunderlag"),
        ("p", "Socialförvaltningens tjänsteskrivelse 2024-04-30; remissmissiv 2024-03-14"),
        ("b", "Beslut"),
        ("p", "Socialnämnden lämnar yttrande till Region Kronoberg enligt förvaltningens förslag."),
        ("b", "Beslutet skickas till"),
        ("p", "Region Kronoberg; Kommunstyrelsen för kännedom"),
        ("s", "§ 15  Anmälan av delegationsbeslut"),
        ("p", "Dnr SN 2024/002"),
        ("p", "Lisa Ström (S) tjänstgör från och med denna paragraf. Förteckning över delegationsbeslut "
              "fattade under perioden 2024-04-01 – 2024-04-30 redovisas."),
        ("b", "Beslut"),
        ("p", "Socialnämnden lägger anmälan av delegationsbeslut till handlingarna."),
    ],
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Socialnämnden 2024-05-15")
    pdf.set_author("Lessebo kommun")
    pdf.set_creator("heldout39")
    pdf.set_producer("heldout39")
    for number, page in enumerate(PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, f"Lessebo kommun  Socialnämnden  2024-05-15    Sida {number} av {len(PDF_PAGES)}")
        pdf.ln(8)
        for kind, text in page:
            if kind == "T":
                pdf.set_font("F", "B", 12)
            elif kind in ("h", "s"):
                pdf.ln(2)
                pdf.set_font("F", "B", 11)
            elif kind in ("g", "b"):
                pdf.set_font("F", "B", 9)
            else:
                pdf.set_font("F", "", 10)
            pdf.set_x(30 if kind == "p" and number == 1 else 15)
            pdf.multi_cell(0, 5, text)
        pdf.set_y(-15)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 5, "Justerandes sign ________     Utdragsbestyrkande ________")
    pdf.output(str(DOCS / "lessebo-sn-2024-05-15-protokoll.pdf"))


# DOCX: Laholms kommun, kommunstyrelsen 2024-04-02, full protocol (§§ 58-60).
ATTENDANCE: list[tuple[str, str, str, str]] = [
    ("Funktion", "Namn", "Parti", "Anmärkning"),
    ("Ordförande", "Jonas Ekdahl", "M", ""),
    ("1:e vice ordförande", "Birgitta Hallin", "C", ""),
    ("2:e vice ordförande", "Tommy Larsson", "S", ""),
    ("Ledamot", "Annika Rydén", "L", ""),
    ("Ledamot", "Eva Nyman", "S", ""),
    ("Ledamot", "Bengt Sjöö", "SD", ""),
    ("Ledamot", "Johan Åkerman", "M", ""),
    ("Ledamot", "Sofia Lind", "KD", ""),
    ("Ledamot", "Gunnar Fält", "M", ""),
    ("Ledamot", "Kristina Ohlsson", "V", ""),
    ("Tjänstgörande ersättare", "Per-Ola Strand", "S", "för Margareta Wik (S)"),
    ("Ersättare", "Rasmus Holm", "SD", ""),
    ("Ersättare", "Elin Gustafsson", "KD", ""),
    ("Övriga", "Karin Sjöstrand", "", "kommundirektör"),
    ("Övriga", "Louise Ahl", "", "kommunsekreterare"),
]

DOCX_BODY: list[tuple[str, str]] = [
    ("h1", "§ 58 Svar på motion om fritidsbank i Laholm"),
    ("p", "Dnr KS 2023/418"),
    ("h2", "Tidigare behandling"),
    ("p", "Kommunfullmäktige 2023-09-26 § 112 (remittering)"),
    ("p", "Ärendet har behandlats i KSAU 2024-03-12 § 45."),
    ("h2", "Beslutsunderlag"),
    ("p", "Arbetsutskottets protokoll 2024-03-12 § 45\nKommunledningsförvaltningens tjänsteskrivelse "
          "2024-02-27\nMotion från Lena Fors (M) om fritidsbank i Laholm, 2023-09-18"),
    ("h2", "Yrkanden"),
    ("p", "Jonas Ekdahl (M) yrkar bifall till arbetsutskottets förslag."),
    ("p", "Tommy Larsson (S), med instämmande av Kristina Ohlsson (V), yrkar bifall till motionen."),
    ("h2", "Beslutsgång och votering"),
    ("p", "Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen beslutar enligt "
          "arbetsutskottets förslag. Votering begärs. Ja-röst för arbetsutskottets förslag, nej-röst för "
          "Tommy Larssons yrkande. Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt "
          "arbetsutskottets förslag. Ingen ledamot avstår. Voteringslista, bilaga 1."),
    ("h2", "Kommunstyrelsens förslag till kommunfullmäktige"),
    ("p", "Motionen anses besvarad."),
    ("h2", "Reservation"),
    ("p", "Socialdemokraternas ledamöter Tommy Larsson, Eva Nyman och Per-Ola Strand samt Kristina Ohlsson "
          "(V) reserverar sig till förmån för Tommy Larssons yrkande."),
    ("h2", "Expedieras till"),
    ("p", "Kommunfullmäktige\nKultur- och fritidsnämnden"),
    ("h1", "§ 59 Avtal om gemensam löneadministration med Halmstads kommun"),
    ("p", "Dnr KS 2024/067"),
    ("h2", "Tidigare behandling"),
    ("p", "Kommunstyrelsens arbetsutskott 2024-03-12 § 46"),
    ("h2", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse, HR-avdelningen, 2024-02-29\nFörslag till avtal, version 2024-02-15"),
    ("h2", "Yrkanden"),
    ("p", "Annika Rydén (L) yrkar bifall till arbetsutskottets förslag."),
    ("h2", "Beslut"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("li", "att godkänna avtal om gemensam löneadministration mellan Laholms kommun och Halmstads kommun,"),
    ("li", "att avtalet gäller från och med 2024-07-01."),
    ("p", "Kommunstyrelsen beslutar för egen del"),
    ("li", "att uppdra åt kommundirektören att underteckna avtalet."),
    ("h2", "Protokollsanteckning"),
    ("p", "Eva Nyman (S) får till protokollet anteckna att de fackliga organisationerna ska involveras "
          "i övergången."),
    ("h2", "Expedieras till"),
    ("p", "Halmstads kommun\nHR-avdelningen"),
    ("h1", "§ 60 Yttrande över Trafikförsörjningsprogram för Halland 2025–2028"),
    ("p", "Dnr KS 2024/102"),
    ("p", "Region Halland har skickat Trafikförsörjningsprogram för Halland 2025–2028 på remiss till "
          "kommunerna (Region Hallands diarienummer RS 2024/0145). Svar ska lämnas senast 2024-04-15. "
          "Ärendet har inte behandlats i arbetsutskottet."),
    ("h2", "Beslutsunderlag"),
    ("p", "Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-03-19\nRemissmissiv från Region Halland "
          "2024-01-30"),
    ("h2", "Beslut"),
    ("p", "Kommunstyrelsen beslutar"),
    ("li", "att anta samhällsbyggnadsförvaltningens förslag till yttrande och överlämna det till Region "
           "Halland,"),
    ("li", "att paragrafen justeras omedelbart."),
    ("h2", "Särskilt yttrande"),
    ("p", "Bengt Sjöö (SD) lämnar följande särskilda yttrande: ”Sverigedemokraterna anser att "
          "Hallandstrafiken AB bör prioritera busslinjerna i Laholms inland.”"),
    ("p", "Ersättaren Rasmus Holm (SD) instämmer i Bengt Sjöös särskilda yttrande."),
    ("h2", "Expedieras till"),
    ("p", "Region Halland\nHallandstrafiken AB"),
]


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    section = d.sections[0]
    section.header.paragraphs[0].text = "LAHOLMS KOMMUN\tKommunstyrelsen\tSammanträdesprotokoll 2024-04-02"
    section.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_heading("Kommunstyrelsen", level=0)
    d.add_paragraph("Plats och tid: Stadshuset, Laholm, tisdagen den 2 april 2024 kl. 13.00–16.30")
    table = d.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in ATTENDANCE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Utses att justera: Eva Nyman (S)")
    d.add_paragraph("Justeringens plats och tid: Kommunledningsförvaltningen 2024-04-05, paragrafer 58–60")
    sig = d.add_table(rows=2, cols=3)
    for cell, text in zip(sig.rows[0].cells, ("Sekreterare", "Ordförande", "Justerare"), strict=True):
        cell.text = text
    for cell, text in zip(sig.rows[1].cells, ("Louise Ahl", "Jonas Ekdahl", "Eva Nyman"), strict=True):
        cell.text = text
    d.add_paragraph("ANSLAG/BEVIS: Protokollet är justerat. Anslaget sätts upp 2024-04-08 och tas ned 2024-04-30.")
    for kind, text in DOCX_BODY:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    cp.author = "Laholms kommun"
    cp.last_modified_by = "Laholms kommun"
    cp.title = "Kommunstyrelsen 2024-04-02"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 5, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "laholm-ks-2024-04-02-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
