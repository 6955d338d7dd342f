"""Generate the binary documents of tests/heldout157/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout157/make_binary_docs.py

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
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 9, 19, 13, 5, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 4, 30, 8, 30, 0)

# PDF: Eda kommun, Kommunstyrelsen 2024-09-10, extract §§ 121-122 as scanned and stamped by Trafikverket.
# "!" lines are the receiver's stamp (boxed, right), "#" bold, "=" new page, "~" small grey footer.
EDA = """\
!TRAFIKVERKET
!Ankom 2024-09-19
!TRV 2024/104512
EDA KOMMUN
#PROTOKOLLSUTDRAG
Kommunstyrelsen
Sammanträdesdatum: 2024-09-10
Plats och tid: Kommunhuset, Charlottenberg, kl. 13.00-16.10

#§ 121  Dnr KS 2024/305
#Yttrande över Trafikverkets förslag till vägplan för väg 61, delen Charlottenberg-Åmotfors

#Kommunstyrelsens beslut
Kommunstyrelsen beslutar
- att anta samhällsbyggnadsförvaltningens förslag till yttrande som sitt eget, och
- att översända yttrandet till Trafikverket.

#Ärendebeskrivning
Trafikverket har skickat förslag till vägplan för väg 61, delen Charlottenberg-Åmotfors, på remiss till Eda
kommun (Trafikverkets ärendenummer TRV 2024/88731). Synpunkter ska ha kommit in senast 2024-09-20. Vägplanen
omfattar mötesseparering och en ny planskild korsning vid Koppom. Länsstyrelsen i Värmlands län har tidigare
beslutat att projektet inte antas medföra betydande miljöpåverkan (beslut 2023-11-02). Vägplanen prövas
enligt 2 kap. 12 § väglagen (1971:948).
Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-08-26 ligger till grund för ärendet.

#Yrkande
Ordföranden Henrik Ohlsson (C) yrkar bifall till förvaltningens förslag.
Ulrika Bäck (S) yrkar bifall med tillägget att yttrandet ska lyfta behovet av gång- och cykelpassage i
Åmotfors. Henrik Ohlsson (C) yrkar avslag på tilläggsyrkandet.

#Propositionsordning och omröstning
Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. Därefter ställs
tilläggsyrkandet mot avslag. Votering begärs och genomförs med följande propositionsordning: ja för avslag
på tilläggsyrkandet, nej för bifall till tilläggsyrkandet.
Voteringen utfaller 7 ja och 4 nej; 0 avstår. Tilläggsyrkandet är därmed avslaget.

#Reservation
Ulrika Bäck (S), Rolf Gran (S) och Mona Eklind (V) reserverar sig till förmån för Ulrika Bäcks
tilläggsyrkande.

#Beslutet expedieras till
Trafikverket, Region Värmland
~Justerandes sign ........   ........            Utdragsbestyrkande ........
=
EDA KOMMUN                                                                          Sida 2 (2)
Kommunstyrelsen  2024-09-10
#§ 122  Dnr KS 2024/311
#Medfinansieringsavtal för gång- och cykelväg längs väg 61 i Koppom

#Kommunstyrelsens beslut
Kommunstyrelsen godkänner medfinansieringsavtalet mellan Eda kommun och Trafikverket för gång- och
cykelväg längs väg 61 i Koppom och uppdrar åt kommunchefen att underteckna avtalet.

#Ärendebeskrivning
Kommunens andel uppgår till 2,4 mnkr enligt avtalsutkast 2024-08-15. Kostnaden ryms i
investeringsbudgeten (kommunfullmäktige 2023-11-27, § 88). Eda Energi AB samförlägger fiberkanalisation i samma schakt.
Tjänsteskrivelse från kommunledningsförvaltningen daterad 2024-08-29.

#Yrkande
Mona Eklind (V) yrkar bifall till förslaget.

#Särskilt yttrande
Jan-Erik Wall (SD) lämnar ett särskilt yttrande, bilaga KS § 122/1.

#Beslutet expedieras till
Trafikverket, Eda Energi AB

#Justering
Paragrafen förklaras omedelbart justerad.

Ordförande: Henrik Ohlsson
Justerare: Rolf Gran
Sekreterare: Camilla Berg

#Bestyrkes:
Utdraget överensstämmer med originalprotokollet.
Charlottenberg 2024-09-12
Camilla Berg, nämndsekreterare
~Anslag: justeringen har tillkännagetts 2024-09-12. Förvaringsplats: Kommunhuset, Charlottenberg.
"""


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Skanner KC-3")
    pdf.set_creator("Trafikverket registratur")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("!"):
            pdf.set_font("F", "B", 9)
            pdf.set_text_color(150, 20, 20)
            pdf.set_x(140)
            pdf.cell(55, 5, line[1:], border="LR", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            continue
        if line.startswith("~"):
            pdf.set_font("F", "", 7)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, 4, line[1:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Munkfors kommun, Socialnämnden 2025-04-23, extract § 31 as filed by IVO.
MF_STAMP = ["INSPEKTIONEN FÖR VÅRD OCH OMSORG", "Registrerad 2025-04-30", "Dnr 3.5.1-14322/2025"]
MF_HEAD = [("MUNKFORS KOMMUN", "PROTOKOLLSUTDRAG"), ("Socialnämnden", "Sammanträdesdatum 2025-04-23")]
MF_BODY: list[str] = [
    "#SN § 31",
    "#Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 1 2025",
    "Ärendenummer: SN 2025/0047",
    "#Sammanfattning",
    "Nämnden ska varje kvartal rapportera gynnande beslut som inte har verkställts inom tre månader till "
    "Inspektionen för vård och omsorg (IVO), enligt 16 kap. 6 f § socialtjänstlagen (2001:453) och 28 f § "
    "lagen (1993:387) om stöd och service till vissa funktionshindrade. Under kvartal 1 2025 fanns fyra "
    "ej verkställda beslut om särskilt boende och ett om kontaktperson. Rapporten för kvartal 4 2024 "
    "behandlades av nämnden 2025-01-29, SN § 6. Rapporten lämnas också till kommunfullmäktige och till "
    "kommunens revisorer.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse, avdelningschef vård och omsorg, 2025-04-09",
    "Statistikrapport till IVO, kvartal 1 2025",
    "#Förslag till beslut",
    "Socialnämnden godkänner rapporten och överlämnar den till kommunfullmäktige.",
    "#Överläggning",
    "Under överläggningen yrkar Gunilla Rosén (S) bifall till förslaget. Ove Sandström (M) yrkar bifall "
    "till förslaget med tillägget att förvaltningen vid nästa sammanträde redovisar kön till Björkåsens "
    "särskilda boende. Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller både "
    "förslaget och tilläggsyrkandet.",
    "#Socialnämndens beslut",
    "a) Rapporten om ej verkställda beslut för kvartal 1 2025 godkänns och överlämnas till kommunfullmäktige.",
    "b) Rapporten skickas till Inspektionen för vård och omsorg.",
    "c) Förvaltningen ska vid nästa sammanträde redovisa kön till särskilt boende.",
    "#Protokollsanteckning",
    "Ove Sandström (M) och Eva Lilja (L) antecknar till protokollet att de ser allvarligt på att "
    "väntetiderna har ökat sedan 2024.",
    "#Expedieras",
    "Inspektionen för vård och omsorg, Kommunfullmäktige, Revisorerna",
    "",
    "Vid protokollet",
    "Sekreterare: Malin Ek",
    "Ordförande: Gunilla Rosén",
    "Justerare: Eva Lilja",
    "",
    "Bestyrkes:",
    "Rätt utdraget intygar Munkfors 2025-04-28",
    "Malin Ek, socialnämndens sekreterare",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen Munkfors"
    cp.title = "Protokollsutdrag socialnämnden 2025-04-23 § 31"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "IVO Registrator"
    cp.revision = 2
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Munkfors kommun · Socialnämnden · Protokollsutdrag 2025-04-23"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur            Utdragsbestyrkande"
    stamp = d.add_table(rows=len(MF_STAMP), cols=1)
    stamp.style = "Table Grid"
    for i, line in enumerate(MF_STAMP):
        stamp.rows[i].cells[0].text = line
    d.add_paragraph("")
    head = d.add_table(rows=0, cols=2)
    for left, right in MF_HEAD:
        cells = head.add_row().cells
        cells[0].text = left
        cells[1].text = right
    for line in MF_BODY:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 30, 8, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "munkfors-sn-2025-04-23-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(EDA, "eda-ks-2024-09-10-protokollsutdrag.pdf", "Protokollsutdrag KS 2024-09-10 §§ 121-122")
    make_docx()


if __name__ == "__main__":
    main()
