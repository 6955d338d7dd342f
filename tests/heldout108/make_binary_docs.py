"""Generate the binary documents of tests/heldout108/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout108/make_binary_docs.py

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
FIXED_PDF = dt.datetime(2025, 3, 27, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 10, 29, 10, 0, 0)

# Lines starting with "#" are bold headings, "=" starts a new page, "" is a blank line.
VASTERAS = """\
#Västerås stad – Byggnadsnämnden
Protokoll
Sammanträdesdatum: 2025-03-20
Plats: Stadshuset, sal B, Västerås, kl. 17.30–19.45

#Beslutande ledamöter
Ulrika Wennberg (M), ordförande
Jan Häggström (L), förste vice ordförande
Tomas Hjälm (S), andre vice ordförande
Karin Dahlqvist (M)
Johan Lindkvist (KD)
Ali Mansour (S)
Maria Östling (S)
Lennart Sjö (SD)
Emelie Brink (C)
Jonas Kvarnberg (V), tjänstgörande ersättare för Sanna Holm (V)
Pia Ahlgren (MP)

#Ersättare
Viktor Nordahl (M), Helén Ståhl (S), Per Renström (SD)

#Övriga deltagare
Kristina Berg, stadsbyggnadsdirektör
Oscar Lundmark, planarkitekt
Lena Sandin, bygglovschef

#Justerare
Tomas Hjälm (S)

#Paragrafer
§§ 41–43
=
#§ 41 Bygglov för nybyggnad av flerbostadshus, Kopparlunden 6
Diarienummer: BN 2024-004512

#Beslut
1. Byggnadsnämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen (2010:900).
2. Avgiften för bygglovet fastställs till 186 400 kronor.

#Ärendebeskrivning
Bostads AB Mimer ansöker om bygglov för ett flerbostadshus i sju våningar med 84 lägenheter.
Ansökan kom in 2024-08-29 och kompletterades 2025-01-15. Mälarenergi AB har yttrat sig om fjärrvärme.
Tjänsteskrivelse daterad 2025-03-04.

#Yrkanden
Ulrika Wennberg (M) yrkar bifall till förvaltningens förslag.
Jonas Kvarnberg (V) yrkar avslag med hänvisning till att gården blir för liten.

#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.

#Reservation
Jonas Kvarnberg (V) reserverar sig till förmån för eget yrkande.

#Expedieras
Sökanden, Lantmäteriet

#§ 42 Detaljplan för Bäckby centrum – beslut om granskning
Diarienummer: BN 2023-001877, KS 2022/00641

#Beslut
Byggnadsnämnden beslutar att ställa ut förslaget till detaljplan för granskning.

#Ärendebeskrivning
Kommunstyrelsen gav 2022-09-07 planuppdrag. Samråd hölls 2024-05-13–2024-06-10 enligt 5 kap.
11 § plan- och bygglagen. Länsstyrelsen i Västmanlands län och Trafikverket har yttrat sig.
Tjänsteskrivelse daterad 2025-02-26.

#Yrkanden
Karin Dahlqvist (M) yrkar bifall till förvaltningens förslag. Lennart Sjö (SD) yrkar avslag.

#Omröstning
Omröstning begärs. Ja för bifall till förvaltningens förslag, nej för avslag.
Ja: Wennberg, Häggström, Hjälm, Dahlqvist, Lindkvist, Mansour, Östling, Brink, Ahlgren
Nej: Sjö
Avstår: Kvarnberg
Resultat: 9 ja, 1 nej, 1 avstår. Byggnadsnämnden bifaller förvaltningens förslag.

#Särskilt yttrande
Emelie Brink (C) lämnar ett särskilt yttrande om parkeringsnormen, bilaga 1.

#Expedieras
Kommunstyrelsen, Länsstyrelsen i Västmanlands län
=
#§ 43 Yttrande över remiss – Regional vattenförsörjningsplan för Västmanlands län
Diarienummer: BN 2025-000214

#Beslut
Byggnadsnämnden antar förvaltningens yttrande och skickar det till Länsstyrelsen i Västmanlands län.

#Ärendebeskrivning
Länsstyrelsen i Västmanlands län har skickat förslag till regional vattenförsörjningsplan på remiss
till byggnadsnämnden med svar senast 2025-04-15. VafabMiljö Kommunalförbund har deltagit i arbetet.
Tjänsteskrivelse daterad 2025-03-06.

#Paragrafen justeras omedelbart

#Underskrifter
Ordförande: Ulrika Wennberg
Justerare: Tomas Hjälm
Sekreterare: Eva-Lena Tapper
"""

HOFORS = """\
#HOFORS KOMMUN                         PROTOKOLLSUTDRAG
Kommunfullmäktige                    Sammanträdesdatum 2024-06-17

#KF § 62    Dnr 2024/118
#Budget 2025 och verksamhetsplan 2026–2027

#Beslut
Kommunfullmäktige beslutar
1. att fastställa skattesatsen för 2025 till 22,39 kronor,
2. att fastställa driftbudget 2025 och verksamhetsplan 2026–2027 enligt kommunstyrelsens förslag,
3. att fastställa investeringsbudget 2025 till 48,6 mnkr,
4. att ge kommunstyrelsen rätt att under 2025 nyupplåna 20 mnkr.

#Ärendebeskrivning
Kommunstyrelsen behandlade budgeten 2024-06-03, § 88. Ekonomiavdelningens tjänsteskrivelse är daterad
2024-05-06. Budgeten följer 11 kap. 8 § kommunallagen. Hofors Vatten AB och Hoforshus AB redovisas
i bilaga. Gästrike Räddningstjänstförbund har lämnat sitt medlemsbidrag 2024-04-22.

#Yrkanden
Anna-Lena Wiklund (S) yrkar bifall till kommunstyrelsens förslag.
Lennart Falk (M) yrkar bifall till Moderaternas och Kristdemokraternas budgetförslag.
Stig Nordqvist (SD) yrkar bifall till Sverigedemokraternas budgetförslag.

#Propositionsordning
Ordföranden ställer först Moderaternas och Sverigedemokraternas förslag mot varandra och finner att
Moderaternas förslag blir motförslag. Därefter ställs kommunstyrelsens förslag mot motförslaget.

#Omröstning
Votering begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för Moderaternas förslag.
Med 18 ja-röster, 12 nej-röster och 1 som avstår bifaller kommunfullmäktige kommunstyrelsens förslag.
Voteringslista, bilaga 3.

#Reservation
Lennart Falk (M), Agneta Wiik (KD) och Stig Nordqvist (SD) m.fl. reserverar sig mot beslutet.

#Skickas till
Samtliga nämnder, Hofors Vatten AB, Hoforshus AB

Justerare: Göran Persson (V), Agneta Wiik (KD)
Ordförande: Kent Lindgren
Sekreterare: Maria Nyström
Utdragsbestyrkande: Maria Nyström, 2024-06-24
"""


def make_pdf(text: str, name: str, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kansliet")
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


# DOCX: Sandvikens kommun, socialnämnden 2024-10-22, full protocol.
SN_HEAD = ["Sandvikens kommun", "Socialnämnden", "SAMMANTRÄDESPROTOKOLL", "Datum: 2024-10-22"]
SN_ATT: list[tuple[str, str]] = [
    ("Beslutande", "Kristina Haglund (S), ordförande"),
    ("", "Peter Sjöberg (M), vice ordförande"),
    ("", "Mona Ekholm (S)"),
    ("", "Tobias Gran (S)"),
    ("", "Leila Haddad (S)"),
    ("", "Rune Blomgren (SD)"),
    ("", "Sara Vikström (SD)"),
    ("", "Birgitta Ljung (C)"),
    ("", "Helena Frost (KD), tjänstgörande ersättare"),
    ("", "Jakob Sundqvist (V)"),
    ("", "Gustav Norén (L)"),
    ("Ersättare", "Elin Brandt (S), Ove Hellström (M)"),
    ("Tjänstemän", "Camilla Östberg, socialchef; Johan Fält, ekonom; Ida Wallin, nämndsekreterare"),
    ("Justerare", "Birgitta Ljung"),
    ("Justeringsdatum", "2024-10-29"),
    ("Paragrafer", "112–114"),
]
SN_BODY: list[str] = [
    "#§ 112 Ekonomisk månadsuppföljning september 2024",
    "Ärendenummer: SN 2024/0022",
    "#Beslut",
    "Socialnämnden godkänner uppföljningen och lägger den till handlingarna.",
    "#Ärendebeskrivning",
    "Prognosen visar ett underskott om 6,8 mnkr, främst inom placeringar enligt 4 kap. 1 § socialtjänstlagen. "
    "Tjänsteskrivelse 2024-10-08.",
    "#§ 113 Överenskommelse om samverkan vid utskrivning från slutenvård",
    "Ärendenummer: SN 2024/0311",
    "#Beslut",
    "1. Socialnämnden godkänner överenskommelsen mellan Sandvikens kommun och Region Gävleborg om samverkan "
    "vid utskrivning från sluten hälso- och sjukvård.",
    "2. Överenskommelsen gäller från och med 2025-01-01.",
    "#Ärendebeskrivning",
    "Överenskommelsen har beretts i Samverkansforum Gävleborg. Tjänsteskrivelse 2024-10-01. "
    "Regionstyrelsen behandlade ärendet 2024-09-24.",
    "#Beslutet skickas till",
    "Region Gävleborg",
    "#§ 114 Svar på remiss – Motion om trygghetsboende i Järbo",
    "Ärendenummer: SN 2024/0259, KS 2024/0187",
    "#Beslut",
    "Socialnämnden antar förvaltningens yttrande som sitt svar till kommunstyrelsen.",
    "#Ärendebeskrivning",
    "Kommunstyrelsen har remitterat motionen från Rune Blomgren (SD), daterad 2024-03-11, till socialnämnden. "
    "Svar senast 2024-11-15. Sandviksbostäder AB har inte planerat nyproduktion i Järbo. "
    "Tjänsteskrivelse 2024-10-04.",
    "#Yrkanden",
    "Kristina Haglund (S) yrkar bifall till förvaltningens förslag. Rune Blomgren (SD) och Sara Vikström (SD) "
    "yrkar att nämnden tillstyrker motionen.",
    "#Omröstning",
    "Omröstning begärs och verkställs. Ja-röst för förvaltningens förslag, nej-röst för Blomgrens yrkande. "
    "Med 7 ja-röster mot 3 nej-röster och 1 som avstår bifaller socialnämnden förvaltningens förslag.",
    "#Reservation",
    "Rune Blomgren (SD) och Sara Vikström (SD) reserverar sig mot beslutet.",
    "#Protokollsanteckning",
    "Jakob Sundqvist (V) antecknar till protokollet att behovet av trygghetsboenden bör utredas i hela kommunen.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "#Underskrifter",
    "Sekreterare: Ida Wallin",
    "Ordförande: Kristina Haglund",
    "Justerare: Birgitta Ljung",
]


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.title = "Protokoll socialnämnden 2024-10-22"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Socialförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Sandvikens kommun – Socialnämnden – Protokoll 2024-10-22"
    for line in SN_HEAD:
        d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=0, cols=2)
    for label, value in SN_ATT:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for line in SN_BODY:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 29, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "sandviken-sn-2024-10-22-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(VASTERAS, "vasteras-bn-2025-03-20-protokoll.pdf", "Protokoll byggnadsnämnden 2025-03-20")
    make_pdf(HOFORS, "hofors-kf-2024-06-17-protokollsutdrag.pdf", "Protokollsutdrag KF 2024-06-17 § 62")
    make_docx()


if __name__ == "__main__":
    main()
