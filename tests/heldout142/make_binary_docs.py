"""Generate the binary documents of tests/heldout142/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout142/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2024, 9, 30, 8, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 2, 24, 14, 0, 0)

# PDF: Töreboda kommun, servicenämnden 2024-09-25, full protocol.
# Lines starting with "#" are bold, "=" starts a new page, "" is a blank line.
TOREBODA = """\
#TÖREBODA KOMMUN
#Servicenämnden
PROTOKOLL  2024-09-25

Tid och plats: Kommunhuset i Töreboda, sammanträdesrum Vättern, kl. 14.00–16.30

#Närvarande
Ledamöter:
Marianne Gustavsson (S), ordförande
Jörgen Karlsson (M), vice ordförande
Ewa Thor (C)
Stefan Ljungqvist (SD)
Rebecka Holm (S), tjänstgörande ersättare för Ali Nasser (S)

Ersättare som inte tjänstgör: Gösta Wahlberg (L), Iris Månsson (KD)

Övriga närvarande: Anneli Rydén, servicechef; Daniel Berg, kostchef; Maja Engström, sekreterare

Justerare: Ewa Thor (C)
Justering: Kommunkansliet 2024-10-01
Paragrafer: §§ 27–29

Sekreterare ....................................  Maja Engström
Ordförande  ....................................  Marianne Gustavsson
Justerare   ....................................  Ewa Thor

#BEVIS OM ANSLAG
Protokollet från servicenämndens sammanträde 2024-09-25 har justerats. Anslaget sätts upp 2024-10-02
och tas ned 2024-10-24. Protokollet förvaras på kommunkansliet.
                                                                            Sida 1 av 3
=
Töreboda kommun – Servicenämnden – Protokoll 2024-09-25
#§ 27  Dnr SEN 2024/044
#Måltidspolicy för Töreboda kommun – revidering

#Servicenämndens beslut
Servicenämnden föreslår kommunfullmäktige att anta den reviderade måltidspolicyn.

Ärendet i korthet
Policyn antogs av kommunfullmäktige 2019-04-29, § 31. Revideringen utgår från Livsmedelsverkets råd
för måltider i förskola, skola och äldreomsorg och från 2 kap. 10 § skollagen (2010:800).
Förvaltningen har inhämtat synpunkter från barn- och utbildningsnämnden och socialnämnden.

Underlag
Tjänsteskrivelse Daniel Berg 2024-09-09

#Beslutet skickas till
Kommunfullmäktige

#§ 28  Dnr SEN 2024/057
#Avtal om tvätteritjänster med Hjo kommun

#Servicenämndens beslut
1. Servicenämnden godkänner avtalet om tvätteritjänster mellan Töreboda kommun och Hjo kommun.
2. Avtalet gäller från 2025-01-01 till 2027-12-31.
3. Servicechefen får i uppdrag att underteckna avtalet.

Ärendet i korthet
Tvätteriet i Töreboda har ledig kapacitet sedan Skaraborgs Sjukhus avslutade sitt avtal 2023-06-30.
Hjo kommun har efterfrågat tvätt av arbetskläder för sin hemtjänst. Avtalet tecknas med stöd av
2 kap. 2 § kommunallagen (2017:725) och samverkan enligt 9 kap. 37 § samma lag.

Underlag
Tjänsteskrivelse Anneli Rydén 2024-09-11

#Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag. Stefan Ljungqvist (SD) yrkar att ärendet
återremitteras för en analys av personalbehovet.

#Beslutsgång
Ordföranden ställer först frågan om ärendet ska avgöras i dag. Votering begärs om återremissyrkandet.
Ja för att avgöra ärendet i dag, nej för återremiss. Omröstningen ger 4 ja och 1 nej.
Därefter bifaller nämnden förvaltningens förslag.
                                                                            Sida 2 av 3
=
Töreboda kommun – Servicenämnden – Protokoll 2024-09-25
#Reservation
Stefan Ljungqvist (SD) reserverar sig mot beslutet att inte återremittera ärendet.

#Beslutet skickas till
Hjo kommun, Skaraborgs Sjukhus

#§ 29  Dnr SEN 2024/061
#Månadsuppföljning augusti 2024

#Servicenämndens beslut
Servicenämnden godkänner uppföljningen.

Ärendet i korthet
Nämnden prognostiserar ett överskott om 0,4 mnkr. Livsmedelspriserna har stigit enligt
Statistiska centralbyrån. Föregående uppföljning redovisades 2024-08-28, § 24.

Underlag
Tjänsteskrivelse 2024-09-16

#Särskilt yttrande
Jörgen Karlsson (M) och Ewa Thor (C) lämnar ett gemensamt särskilt yttrande om lokalkostnaderna.
Ersättaren Gösta Wahlberg (L) instämmer i yttrandet.
                                                                            Sida 3 av 3
"""


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 11)
            line = line[1:]
        else:
            pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Bengtsfors kommun, bildningsnämnden 2025-02-19, full protocol.
BF_HEAD = ["BENGTSFORS KOMMUN", "Bildningsnämnden", "Sammanträdesprotokoll", "Sammanträdesdatum 2025-02-19"]
BF_ATT: list[tuple[str, str]] = [
    ("Plats och tid", "Kommunhuset Bengtsfors, lokal Lelång, kl. 13.15–16.00"),
    ("Beslutande ledamöter", "Karin Sjödahl (C), ordförande\nMats Lindahl (S), vice ordförande\n"
     "Yvonne Berntsson (S)\nPer-Erik Dahl (SD)\nAnna Wiberg (M)\nOlof Gren (V)\n"
     "Eva Bryntesson (S), tjänstgörande ersättare"),
    ("Ersättare", "Kent Håkansson (SD), Lisa Moberg (KD)"),
    ("Övriga", "Sara Grip, bildningschef\nJohan Ekstam, rektor Dalslands gymnasium\nNora Lind, nämndsekreterare"),
    ("Justerare", "Anna Wiberg (M)"),
    ("Justeringsdag", "2025-02-24"),
    ("Paragrafer", "8–10"),
]
BF_BODY: list[str] = [
    "#§ 8   Ändrad läsårstid 2025/2026 för Dalslands gymnasium",
    "Dnr BIN 2025/12",
    "#Beslut",
    "Bildningsnämnden fastställer läsårstiderna för 2025/2026 enligt bilaga.",
    "#Beskrivning av ärendet",
    "Läsåret ska enligt 3 kap. 2 § skolförordningen (2011:185) omfatta minst 178 skoldagar. "
    "Förslaget har samordnats med Dals-Eds kommun och Åmåls kommun. Nämnden fastställde "
    "föregående läsårstider 2024-02-21, § 9. Tjänsteskrivelse 2025-02-03.",
    "#Beslutet skickas till",
    "Dals-Eds kommun, Åmåls kommun",
    "#§ 9   Yttrande till Skolinspektionen om anmälan",
    "Dnr BIN 2025/19",
    "#Beslut",
    "• Bildningsnämnden antar förvaltningens yttrande och översänder det till Skolinspektionen.",
    "• Paragrafen justeras omedelbart.",
    "#Beskrivning av ärendet",
    "Skolinspektionen har begärt in nämndens yttrande över en anmälan som gäller en elev på "
    "Dalslands gymnasium. Yttrandet ska ha kommit in senast 2025-02-28. Tjänsteskrivelse 2025-02-10.",
    "#Beslutet skickas till",
    "Skolinspektionen",
    "#§ 10  Lokalförsörjning för vuxenutbildningen",
    "Dnr BIN 2024/88",
    "#Beslut",
    "1. Bildningsnämnden uppdrar åt förvaltningen att hyra lokaler av Bengtsforshus AB på Storgatan.",
    "2. Förvaltningen ska återrapportera till nämnden senast i juni 2025.",
    "#Beskrivning av ärendet",
    "Lärcentrum har i dag lokaler i ett hus som ska rivas. Bengtsforshus AB har erbjudit lokaler från "
    "hösten 2025. Arbetsförmedlingen har visat intresse för att dela lokalerna. Tjänsteskrivelse 2025-01-30.",
    "#Yrkanden",
    "Mats Lindahl (S) yrkar bifall till förvaltningens förslag. Per-Erik Dahl (SD) yrkar avslag. "
    "Olof Gren (V) yrkar bifall till Lindahls yrkande.",
    "#Omröstning",
    "Omröstning verkställs. Sex ledamöter röstar ja för Lindahls yrkande och en ledamot röstar nej: "
    "6 ja, 1 nej, 0 avstår. Bildningsnämnden har bifallit förvaltningens förslag.",
    "#Reservation",
    "Per-Erik Dahl (SD) reserverar sig mot beslutet.",
    "#Beslutet skickas till",
    "Bengtsforshus AB",
    "#Underskrifter",
    "Sekreterare: Nora Lind",
    "Ordförande: Karin Sjödahl",
    "Justerare: Anna Wiberg",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bildningsförvaltningen"
    cp.title = "Protokoll bildningsnämnden 2025-02-19"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Bildningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Bengtsfors kommun | Bildningsnämnden | 2025-02-19"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ........   Utdragsbestyrkande ........"
    for line in BF_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in BF_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in BF_BODY:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 24, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "bengtsfors-bin-2025-02-19-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(TOREBODA, "toreboda-sen-2024-09-25-protokoll.pdf", "Protokoll servicenämnden 2024-09-25")
    make_docx()


if __name__ == "__main__":
    main()
