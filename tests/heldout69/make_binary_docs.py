"""Build the PDF and DOCX documents of held-out set 69 deterministically.

Run from the repository root: ``.venv/bin/python tests/heldout69/make_binary_docs.py``.
Fixed PDF metadata and creation date, fixed DOCX core properties and fixed ZIP timestamps, so two runs give
identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 4, 22, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 9, 30, 10, 0, 0)
ZIP_DATE = (2024, 9, 30, 10, 0, 0)

# --------------------------------------------------------------------------- Hudiksvall KS (PDF)

HUD_FIRST = [
    ("Plats och tid", ["Kommunhuset, sammanträdesrum Agön, kl. 09.00–12.10"]),
    ("Beslutande", [
        "Lars Hansson (C), ordförande",
        "Eva Fors (S), 1:e vice ordförande",
        "Ola Björk (M), 2:e vice ordförande",
        "Anna-Karin Sundin (S)",
        "Petter Nordlöf (S)",
        "Malin Wester (SD)",
        "Håkan Jonsson (KD)",
        "Ingrid Hellman (L)",
        "Stefan Grahn (V)",
        "Marie Lundh (S)",
        "Tobias Åström (SD)",
        "Jenny Karlsson (C), tjg ersättare för Bengt Ohlsson (C)",
        "Rolf Sjödin (M), tjg ersättare för Sara Lövgren (M)",
    ]),
    ("Ersättare", ["Kerstin Malm (S)", "Johan Ek (V)"]),
    ("Övriga deltagare", [
        "Magnus Lundin, kommundirektör",
        "Annelie Hed, ekonomichef, § 79",
        "Sofie Brandt, kommunsekreterare",
    ]),
    ("Utses att justera", ["Eva Fors och Håkan Jonsson"]),
    ("Justeringens plats och tid", ["Kommunhuset, Hudiksvall, 2024-04-19"]),
]

HUD_SIGN = [
    ("Sekreterare", "Sofie Brandt", "Paragrafer 78–80"),
    ("Ordförande", "Lars Hansson", ""),
    ("Justerande", "Eva Fors                         Håkan Jonsson", ""),
]

HUD_ANSLAG = [
    ("Organ", "Kommunstyrelsen"),
    ("Sammanträdesdatum", "2024-04-16"),
    ("Datum då anslaget sätts upp", "2024-04-22"),
    ("Datum då anslaget tas ned", "2024-05-14"),
    ("Förvaringsplats för protokollet", "Kommunledningskontoret, Kommunhuset"),
]

# Each paragraph: (number, dnr, title, blocks); a block is (heading or "", [lines]).
HUD_PARAS = [
    ("78", "KS 2024/0098", "Remiss – Promemorian Ökad samverkan om kommunala vattentjänster", [
        ("", [
            "Kommunstyrelsens beslut",
            "Kommunstyrelsen antar yttrande enligt bilaga 1 som sitt svar på remissen.",
            "Paragrafen förklaras omedelbart justerad.",
        ]),
        ("Ärendebeskrivning", [
            "Landsbygds- och infrastrukturdepartementet har skickat promemorian Ökad samverkan om kommunala "
            "vattentjänster (LI2024/00871) på remiss till bland andra Hudiksvalls kommun. Svar ska lämnas "
            "senast 2024-04-30.",
            "Promemorian föreslår att kommuner ska kunna samverka om vattentjänster i större utsträckning, "
            "bland annat genom ändringar i 6 § lagen (2006:412) om allmänna vattentjänster. Förvaltningen "
            "ställer sig i huvudsak positiv till förslagen men anser att finansieringen av "
            "investeringar i landsbygdsområden behöver utredas vidare.",
        ]),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse 2024-03-28",
            "Förslag till yttrande, bilaga 1",
        ]),
        ("Särskilt yttrande", [
            "Stefan Grahn (V) lämnar ett särskilt yttrande: Vänsterpartiet anser att vattentjänsterna även "
            "framöver ska drivas i offentlig regi och att ingen del av verksamheten ska kunna säljas.",
        ]),
        ("Beslutet skickas till", ["Landsbygds- och infrastrukturdepartementet"]),
    ]),
    ("79", "KS 2024/0045", "Årsredovisning 2023 för Hudiksvalls kommun", [
        ("Kommunstyrelsens förslag till kommunfullmäktige", [
            "1. Årsredovisning 2023 för Hudiksvalls kommun godkänns.",
            "2. Årets resultat för nämnderna förs inte över till 2024.",
        ]),
        ("Ärendebeskrivning", [
            "Kommunen redovisar för 2023 ett resultat på 38,2 miljoner kronor, vilket är 12,6 miljoner kronor "
            "bättre än budget enligt kommunfullmäktiges beslut 2022-11-28, § 154. Den sammanställda "
            "redovisningen omfattar även Hudiksvallsbostäder AB. Årsredovisningen är upprättad enligt lagen "
            "(2018:597) om kommunal bokföring och redovisning.",
        ]),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse 2024-03-25",
            "Årsredovisning 2023",
        ]),
        ("Yrkanden", [
            "Lars Hansson (C) yrkar bifall till förvaltningens förslag.",
            "Anna-Karin Sundin (S) yrkar att punkt 2 ändras så att socialnämndens överskott förs över till "
            "2024.",
        ]),
        ("Propositionsordning", [
            "Ordföranden ställer förvaltningens förslag mot Anna-Karin Sundins yrkande och finner att "
            "kommunstyrelsen bifaller förvaltningens förslag. Votering begärs.",
            "Ja-röst för förvaltningens förslag, nej-röst för Anna-Karin Sundins yrkande.",
        ]),
        ("Omröstningsresultat", [
            "Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag. "
            "Ingen avstår från att rösta.",
            "Ja: Lars Hansson (C), Ola Björk (M), Malin Wester (SD), Håkan Jonsson (KD), Ingrid Hellman (L), "
            "Tobias Åström (SD), Jenny Karlsson (C), Rolf Sjödin (M)",
            "Nej: Eva Fors (S), Anna-Karin Sundin (S), Petter Nordlöf (S), Stefan Grahn (V), Marie Lundh (S)",
        ]),
        ("Reservation", [
            "Eva Fors (S), Anna-Karin Sundin (S), Petter Nordlöf (S) och Marie Lundh (S) reserverar sig mot "
            "beslutet till förmån för Anna-Karin Sundins yrkande.",
        ]),
        ("Beslutet skickas till", ["Kommunfullmäktige"]),
    ]),
    ("80", "KS 2024/0131", "Hyresavtal för nytt särskilt boende i Iggesund", [
        ("Kommunstyrelsens beslut", [
            "1. Kommunstyrelsen godkänner hyresavtal mellan Hudiksvalls kommun och Hudiksvallsbostäder AB "
            "avseende särskilt boende i Iggesund.",
            "2. Kommundirektören får i uppdrag att underteckna avtalet.",
        ]),
        ("Ärendebeskrivning", [
            "Socialnämnden beslutade 2024-03-20, § 33, att begära att kommunstyrelsen tecknar hyresavtal för "
            "ett nytt särskilt boende med 60 platser. Avtalet löper från 2025-09-01 till 2050-08-31. Årshyran "
            "uppgår till 9,4 miljoner kronor.",
        ]),
        ("Beslutsunderlag", [
            "Tjänsteskrivelse 2024-04-02",
            "Hyresavtal, utkast 2024-03-27",
        ]),
        ("Yrkanden", ["Lars Hansson (C) yrkar bifall till förvaltningens förslag."]),
        ("Protokollsanteckning", [
            "Malin Wester (SD) antecknar till protokollet att Sverigedemokraterna vill att hyresnivån "
            "prövas mot jämförbara boenden i länet.",
        ]),
        ("Beslutet skickas till", ["Hudiksvallsbostäder AB", "Socialnämnden"]),
    ]),
]


class HudPdf(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "B", 10)
        self.cell(95, 5, "HUDIKSVALLS KOMMUN")
        self.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9)
        self.cell(95, 5, "Kommunstyrelsen")
        self.cell(60, 5, "Sammanträdesdatum 2024-04-16")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(95, 5, "Justerandes sign")
        self.cell(0, 5, "Utdragsbestyrkande")


def make_pdf() -> None:
    pdf = HudPdf(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_creator("Hudiksvalls kommun")
    pdf.set_producer("fpdf2")
    pdf.set_title("Protokoll Kommunstyrelsen 2024-04-16")
    pdf.set_author("Hudiksvalls kommun")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for label, lines in HUD_FIRST:
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(48, 5, label)
        pdf.set_font("DejaVu", "", 9)
        for i, line in enumerate(lines):
            if i:
                pdf.set_x(68)
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    for role, names, extra in HUD_SIGN:
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(48, 8, role)
        pdf.cell(80, 8, "." * 60)
        pdf.cell(0, 8, extra, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(68)
        pdf.cell(0, 5, names, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, "ANSLAG/BEVIS", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
             new_x="LMARGIN", new_y="NEXT")
    for label, value in HUD_ANSLAG:
        pdf.cell(60, 5, label)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(60, 8, "Underskrift")
    pdf.cell(0, 8, "." * 50, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(80)
    pdf.cell(0, 5, "Sofie Brandt", border="B", new_x="LMARGIN", new_y="NEXT")
    for number, dnr, title, blocks in HUD_PARAS:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(30, 6, f"Ks § {number}")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 6, f"Dnr {dnr}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for heading, lines in blocks:
            if heading:
                pdf.set_font("DejaVu", "B", 9.5)
                pdf.cell(0, 5, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9.5)
            for j, line in enumerate(lines):
                bold = not heading and j == 0
                if bold:
                    pdf.set_font("DejaVu", "B", 9.5)
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
                if bold:
                    pdf.set_font("DejaVu", "", 9.5)
            pdf.ln(3)
    pdf.output(str(DOCS / "hudiksvall-ks-2024-04-16-protokoll.pdf"))


# --------------------------------------------------------------------------- Västerås TFN (DOCX)

VAS_FIRST = [
    ("Plats och tid", "Stadshuset, sammanträdesrum Anundshög, tisdagen den 24 september 2024, kl. 13.00–15.40"),
    ("Beslutande", "Elisabeth Nordin (S), ordförande\nTomas Berglund (M), 1:e vice ordförande\n"
                   "Rasmus Ekholm (L), 2:e vice ordförande\nNina Sjöberg (S)\nKent Åkesson (S)\n"
                   "Amira Hadzic (V)\nLars-Erik Falk (SD)\nJohanna Pettersson (MP)\n"
                   "Gustav Hultgren (KD), tjänstgörande ersättare för Annika Rydberg (KD)"),
    ("Ersättare", "Sven Moberg (S)\nUlrika Granlund (M)\nPeter Lind (V)"),
    ("Övriga närvarande", "Maria Lindblad, teknisk direktör\nJonas Sundell, trafikchef, § 187\n"
                          "Karin Hallberg, nämndsekreterare"),
    ("Justerare", "Tomas Berglund (M)"),
    ("Justeringens plats och tid", "Stadshuset, 2024-09-30"),
    ("Paragrafer", "187–189"),
]

VAS_VOTE = [
    ("Elisabeth Nordin", "S", "X", "", ""),
    ("Tomas Berglund", "M", "", "X", ""),
    ("Rasmus Ekholm", "L", "X", "", ""),
    ("Nina Sjöberg", "S", "X", "", ""),
    ("Kent Åkesson", "S", "X", "", ""),
    ("Amira Hadzic", "V", "X", "", ""),
    ("Lars-Erik Falk", "SD", "", "X", ""),
    ("Johanna Pettersson", "MP", "X", "", ""),
    ("Gustav Hultgren", "KD", "", "X", ""),
]


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def make_docx() -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Västerås stad"
    cp.last_modified_by = "Västerås stad"
    cp.title = "Protokoll teknik- och fastighetsnämnden 2024-09-24"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "VÄSTERÅS STAD\tPROTOKOLL\nTeknik- och fastighetsnämnden\tSammanträdesdatum 2024-09-24"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur\tUtdragsbestyrkande"

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in VAS_FIRST:
        row = t.add_row().cells
        row[0].text = label
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = value
    d.add_paragraph()
    d.add_paragraph("Underskrifter").runs[0].bold = True
    s = d.add_table(rows=0, cols=2)
    for role, name in (("Sekreterare", "Karin Hallberg"), ("Ordförande", "Elisabeth Nordin"),
                       ("Justerare", "Tomas Berglund")):
        row = s.add_row().cells
        row[0].text = role
        row[1].text = "……………………………………………\n" + name
    d.add_paragraph()
    d.add_paragraph("ANSLAG/BEVIS").runs[0].bold = True
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                    "Organ: Teknik- och fastighetsnämnden\nSammanträdesdatum: 2024-09-24\n"
                    "Anslaget sätts upp: 2024-10-01\nAnslaget tas ned: 2024-10-23\n"
                    "Förvaringsplats: Stadshuset, Västerås")
    d.add_page_break()

    def para(number: str, dnr: str, title: str) -> None:
        d.add_heading(f"§ {number}\t\tDnr {dnr}", level=2)
        d.add_heading(title, level=3)

    def sub(text: str) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = True

    def items(lines: list[str]) -> None:
        for line in lines:
            d.add_paragraph(line, style="List Number")

    # § 187
    para("187", "TFN 2024/00398", "Parkeringstaxa 2025")
    sub("Beslut")
    d.add_paragraph("Teknik- och fastighetsnämnden föreslår kommunfullmäktige besluta att")
    items(["anta parkeringstaxa för 2025 enligt bilaga 1,",
           "taxan ska gälla från och med den 1 januari 2025."])
    d.add_paragraph("Teknik- och fastighetsnämnden beslutar för egen del att")
    items(["uppdra åt förvaltningen att utvärdera avgiften för boendeparkering inför 2026."])
    sub("Ärendet")
    d.add_paragraph("Nuvarande taxa fastställdes av kommunfullmäktige 2023-11-30, § 312. Förvaltningen föreslår "
                    "att avgiften i zon 1 höjs från 26 till 30 kronor per timme och att avgiftstiden förlängs till "
                    "kl. 20.00. Taxan meddelas med stöd av 10 kap. 1 § trafikförordningen (1998:1276). "
                    "Felparkeringsavgifterna, som regleras i lagen (1976:206) om felparkeringsavgift, berörs inte.")
    sub("Beslutsunderlag")
    d.add_paragraph("Tjänsteskrivelse daterad 2024-09-02\nBilaga 1, Parkeringstaxa 2025")
    sub("Yrkanden")
    d.add_paragraph("Elisabeth Nordin (S) yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Tomas Berglund (M), Lars-Erik Falk (SD) och Gustav Hultgren (KD) yrkar avslag på förslaget "
                    "om höjd avgift i zon 1.")
    sub("Beslutsgång")
    d.add_paragraph("Ordföranden ställer proposition på förvaltningens förslag och avslagsyrkandet och finner att "
                    "nämnden bifaller förvaltningens förslag. Votering begärs. Nämnden godkänner följande "
                    "voteringsproposition: Ja för förvaltningens förslag, Nej för avslagsyrkandet.")
    sub("Omröstningsresultat")
    vt = d.add_table(rows=1, cols=5)
    vt.style = "Table Grid"
    for cell, text in zip(vt.rows[0].cells, ("Ledamot", "Parti", "Ja", "Nej", "Avstår"), strict=True):
        cell.text = text
    for rowdata in VAS_VOTE:
        cells = vt.add_row().cells
        for cell, text in zip(cells, rowdata, strict=True):
            cell.text = text
    summa = vt.add_row().cells
    for cell, text in zip(summa, ("Summa", "", "6", "3", "0"), strict=True):
        cell.text = text
    d.add_paragraph("Nämnden har beslutat enligt förvaltningens förslag.")
    sub("Reservationer")
    d.add_paragraph("Tomas Berglund (M) och Gustav Hultgren (KD) reserverar sig mot beslutet. Lars-Erik Falk (SD) "
                    "reserverar sig skriftligt, bilaga 2.")
    sub("Beslutet skickas till")
    d.add_paragraph("Kommunfullmäktige")

    # § 188
    para("188", "TFN 2024/00455", "Yttrande över förslag till klimatanpassningsplan för Västerås stad")
    d.add_paragraph("Kommunstyrelsens dnr: KS 2024/00678")
    sub("Beslut")
    items(["Teknik- och fastighetsnämnden lämnar yttrande enligt bilaga 3.",
           "Paragrafen justeras omedelbart."])
    sub("Ärendet")
    d.add_paragraph("Kommunstyrelsen har remitterat förslaget till klimatanpassningsplan till teknik- och "
                    "fastighetsnämnden för yttrande senast 2024-10-15. Planen bygger bland annat på den "
                    "skyfallskartering som Länsstyrelsen i Västmanlands län publicerade 2023-05-12. Förvaltningen "
                    "ser positivt på planen men föreslår att ansvaret för dagvattenåtgärder på allmän platsmark "
                    "förtydligas.")
    sub("Beslutsunderlag")
    d.add_paragraph("Tjänsteskrivelse daterad 2024-09-05\nBilaga 3, Förslag till yttrande")
    sub("Protokollsanteckning")
    d.add_paragraph("Johanna Pettersson (MP) lämnar följande protokollsanteckning: Miljöpartiet vill att "
                    "nämnden årligen följer upp hur många gröna tak som anläggs på stadens fastigheter.")
    sub("Beslutet skickas till")
    d.add_paragraph("Kommunstyrelsen")

    # § 189
    para("189", "TFN 2024/00501", "Överenskommelse med Mälarenergi AB om flytt av ledningar vid Kopparlunden")
    sub("Beslut")
    d.add_paragraph("Teknik- och fastighetsnämnden godkänner överenskommelse mellan Västerås stad och Mälarenergi AB "
                    "om flytt av fjärrvärme- och elledningar inom Kopparlunden.")
    sub("Ärendet")
    d.add_paragraph("I samband med ombyggnaden av gatorna inom Kopparlunden behöver ledningar flyttas. "
                    "Överenskommelsen reglerar hur kostnaderna fördelas och att arbetet ska vara slutfört senast "
                    "2025-06-30. Staden svarar för 60 procent av kostnaden för flytt av ledningar i gatumark.")
    sub("Beslutsunderlag")
    d.add_paragraph("Tjänsteskrivelse daterad 2024-09-09\nÖverenskommelse, bilaga 4")
    sub("Beslutet skickas till")
    d.add_paragraph("Mälarenergi AB")

    buf = io.BytesIO()
    d.save(buf)
    (DOCS / "vasteras-tfn-2024-09-24-protokoll.docx").write_bytes(_fix_zip(buf.getvalue()))


if __name__ == "__main__":
    make_pdf()
    make_docx()
