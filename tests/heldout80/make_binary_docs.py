"""Generate the binary documents of tests/heldout80/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout80/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout80/gold/
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
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FIXED_PDF = dt.datetime(2008, 4, 30, 9, 15, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2013, 5, 20, 14, 0, 0)

# PDF: Norrbottens läns landsting, landstingsstyrelsen 2008-04-22, protokoll (§§ 71-73).
# An older PDF: core Times font (Latin-1 only, so no en dashes), fixed line breaks with
# hyphenation at line ends, attendance grouped under full party names.
# Each page is a list of (style, text) lines: "h" header, "b" bold, "" normal, "-" rule.
HEAD = [
    ("h", "NORRBOTTENS LÄNS LANDSTING                    PROTOKOLL"),
    ("h", "Landstingsstyrelsen                                   Sammanträdesdatum 2008-04-22"),
    ("-", ""),
]
PAGE1 = [
    ("b", "Tid och plats"),
    ("", "Tisdagen den 22 april 2008 kl. 09.00-15.20, Landstingshuset, Luleå"),
    ("", ""),
    ("b", "Närvarande ledamöter"),
    ("", "Socialdemokraterna: Harriet Nyström, ordförande, Anna-Lena Marklund, Bertil Öhman,"),
    ("", "Roger Holmgren, Elisabeth Wikström, Tomas Kero"),
    ("", "Sjukvårdspartiet: Gunnar Jacobsson, 1:e vice ordförande, Lennart Sundqvist, Britt Lantto"),
    ("", "Moderaterna: Per-Erik Lundgren, 2:e vice ordförande, Ingrid Backe"),
    ("", "Vänsterpartiet: Kerstin Raattamaa, Jan-Olof Pettersson"),
    ("", "Folkpartiet liberalerna: Mikael Stenman"),
    ("", "Kristdemokraterna: Maria Holmström, tjänstgörande ersättare för Eva Blomqvist (c)"),
    ("", ""),
    ("b", "Ersättare"),
    ("", "Annika Björk (s), Sven-Olov Nilsson (sjvp)"),
    ("", ""),
    ("b", "Övriga"),
    ("", "Ulf Wallgren, landstingsdirektör; Karin Sandberg, ekonomidirektör;"),
    ("", "Lars Pohjanen, nämndsekreterare"),
    ("", ""),
    ("b", "Justerare"),
    ("", "Per-Erik Lundgren"),
    ("", ""),
    ("b", "Justeringens plats och tid"),
    ("", "Landstingshuset, Luleå, 2008-04-29"),
    ("", ""),
    ("b", "Underskrifter"),
    ("", "Sekreterare  ....................................................      Paragrafer 71-73"),
    ("", "                      Lars Pohjanen"),
    ("", "Ordförande    ...................................................."),
    ("", "                      Harriet Nyström"),
    ("", "Justerare      ...................................................."),
    ("", "                      Per-Erik Lundgren"),
    ("", ""),
    ("-", ""),
    ("b", "ANSLAG/BEVIS"),
    ("", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag 2008-04-30."),
    ("", "Anslaget tas ned 2008-05-22. Förvaringsplats: Landstingets kansli, Luleå"),
]
PAGE2 = [
    ("b", "§ 71    Remissyttrande över Socialstyrelsens nationella riktlinjer för hjärtsjukvård"),
    ("", "Dnr 412-08"),
    ("", ""),
    ("", "Socialstyrelsen publicerade 2008-02-12 en preliminär version av nationella rikt-"),
    ("", "linjer för hjärtsjukvård och har begärt landstingets yttrande senast 2008-05-09"),
    ("", "(Socialstyrelsens dnr 44-1786/2008). Riktlinjerna rör bl.a. prioriteringar enligt"),
    ("", "2 § hälso- och sjukvårdslagen (1982:763). Hälso- och sjukvårdsdirektören har i"),
    ("", "tjänsteskrivelse 2008-04-07 lämnat förslag till yttrande. Förslaget har beretts"),
    ("", "i samråd med Sveriges Kommuner och Landsting."),
    ("", ""),
    ("b", "Beslut"),
    ("", "1. Landstingsstyrelsen avger yttrande till Socialstyrelsen enligt bilaga 1."),
    ("", "2. Paragrafen justeras omedelbart."),
    ("", ""),
    ("b", "Särskilt yttrande"),
    ("", "Gunnar Jacobsson och Lennart Sundqvist, båda (sjvp), lämnar särskilt yttrande,"),
    ("", "bilaga 2."),
    ("", ""),
    ("b", "§ 72    Samverkansavtal om hemsjukvård med Kommunförbundet Norrbotten"),
    ("", "Dnr 188-08"),
    ("", ""),
    ("", "Ett samverkansavtal om hemsjukvård mellan Norrbottens läns landsting och Kommun-"),
    ("", "förbundet Norrbotten har tagits fram. Kommunförbundets styrelse godkände förslaget"),
    ("", "2008-03-28. Avtalet ska gälla från 2008-07-01 och reglerar ansvaret för hem-"),
    ("", "sjukvård i ordinärt boende. Landstingsdirektörens tjänsteskrivelse 2008-04-03."),
    ("", ""),
    ("b", "Yrkanden"),
    ("", "Harriet Nyström (s) yrkar bifall till landstingsdirektörens förslag."),
    ("", "Gunnar Jacobsson (sjvp) yrkar att ärendet återremitteras för att konsekvenserna för"),
    ("", "de mindre kommunerna ska utredas."),
    ("", ""),
    ("b", "Votering"),
    ("", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller åter-"),
    ("", "remitteras. Votering begärs. Landstingsstyrelsen beslutar med nio röster mot fem att"),
    ("", "ärendet ska avgöras i dag. En ledamot avstår från att rösta. Därefter beslutar sty-"),
    ("", "relsen enligt Harriet Nyströms yrkande."),
]
PAGE3 = [
    ("b", "§ 72 forts."),
    ("", ""),
    ("b", "Beslut"),
    ("", "1. Samverkansavtalet om hemsjukvård godkänns."),
    ("", "2. Landstingsdirektören får i uppdrag att underteckna avtalet."),
    ("", ""),
    ("b", "Reservation"),
    ("", "Mot beslutet reserverar sig Gunnar Jacobsson, Lennart Sundqvist och Britt Lantto,"),
    ("", "samtliga (sjvp)."),
    ("", ""),
    ("b", "§ 73    Motion om vårdval i primärvården"),
    ("", "Dnr 1043-07"),
    ("", ""),
    ("", "Mikael Stenman (fp) föreslår i motion nr 3/2007, väckt i landstingsfullmäktige"),
    ("", "2007-11-27, att ett vårdvalssystem införs i primärvården. Landstingsdirektören har"),
    ("", "i tjänsteskrivelse 2008-03-31 föreslagit att motionen avslås i avvaktan på den stat-"),
    ("", "liga utredningen om vårdval."),
    ("", ""),
    ("b", "Yrkanden"),
    ("", "Mikael Stenman (fp) och Per-Erik Lundgren (m) yrkar bifall till motionen."),
    ("", "Harriet Nyström (s) yrkar avslag på motionen."),
    ("", "Ordföranden ställer proposition på yrkandena och finner att styrelsen bifallit Harriet"),
    ("", "Nyströms yrkande. Votering begärs inte."),
    ("", ""),
    ("b", "Beslut"),
    ("", "Landstingsstyrelsen föreslår landstingsfullmäktige besluta att avslå motionen."),
    ("", ""),
    ("b", "Reservation"),
    ("", "Mikael Stenman (fp) och Per-Erik Lundgren (m) reserverar sig till förmån för eget"),
    ("", "yrkande."),
    ("", ""),
    ("b", "Protokollsanteckning"),
    ("", "Kerstin Raattamaa (v) antecknar att en vårdvalsreform inte får försämra tillgäng-"),
    ("", "ligheten i glesbygden."),
]


def make_pdf() -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Landstingsstyrelsen protokoll 2008-04-22")
    pdf.set_author("Norrbottens läns landsting")
    pdf.set_creator("Microsoft Word - LS protokoll 080422.doc")
    pdf.set_producer("heldout80")
    pdf.set_auto_page_break(False)
    for number, page in enumerate((PAGE1, PAGE2, PAGE3), start=1):
        pdf.add_page()
        pdf.set_xy(20, 15)
        for style, text in HEAD:
            if style == "-":
                pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
                pdf.ln(4)
                continue
            pdf.set_font("Times", "", 10)
            pdf.cell(170, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(20)
        for style, text in page:
            pdf.set_x(25)
            if style == "-":
                pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
                pdf.ln(5)
                continue
            pdf.set_font("Times", "B" if style == "b" else "", 12 if style == "b" else 11)
            pdf.cell(165, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(20, 280)
        pdf.set_font("Times", "I", 9)
        pdf.cell(80, 5, "Justerandes signatur")
        pdf.cell(90, 5, f"Sida {number} av 3", align="R")
    pdf.output(str(DOCS / "nll-ls-2008-04-22-protokoll.pdf"))


# DOCX: Umeå kommun, demokratiberedningen 2013-05-14, protokoll (§§ 18-19).
# Word 97-2003 style document: no heading styles, attendance in a two-column table
# (Ledamöter | Ersättare, read row by row), § number and title in one bold paragraph
# separated by a tab, roll call written as name lists.
ATTENDANCE = [
    ("Ledamöter", "Ersättare"),
    ("Karin Olofsson (S), ordförande", "Jonas Lindgren (S)"),
    ("Erik Sjöberg (M), vice ordförande", "Sara Nyberg (MP)"),
    ("Anders Nordin (S)", ""),
    ("Maria Lundberg (S)", ""),
    ("Hanna Sundström (S), tjänstgörande ersättare för Johan Edlund (S)", ""),
    ("Lena Björk (V)", ""),
    ("Elin Dahl (FP)", ""),
    ("Pekka Rantala (C)", ""),
    ("Mattias Berg (KD)", ""),
]
FIRST = [
    ("p", "Plats och tid\tStadshuset, sammanträdesrum Tegsbron, kl. 13.15-16.00"),
    ("table", ""),
    ("p", "Övriga närvarande\tPetra Holm, utredare\vNiklas Ek, nämndsekreterare"),
    ("p", "Utses att justera\tElin Dahl"),
    ("p", "Justeringens plats och tid\tStadshuset 2013-05-20"),
    ("p", "Paragrafer\t18-19"),
    ("p", "Sekreterare\t..............................................\v\tNiklas Ek"),
    ("p", "Ordförande\t..............................................\v\tKarin Olofsson"),
    ("p", "Justerande\t..............................................\v\tElin Dahl"),
    ("break", ""),
]
PARAS = [
    ("title", "§ 18\tYttrande över motion 5/2013: Medborgarförslag i kommunfullmäktige"),
    ("p", "Dnr KS-2013/00214"),
    ("p", "Elin Dahl (FP) har i motion 5/2013, inkommen 2013-01-28, föreslagit att kommuninvånare ska kunna "
          "lämna förslag direkt till kommunfullmäktige via kommunens webbplats. Kommunstyrelsen har "
          "2013-02-19 remitterat motionen till demokratiberedningen för yttrande. Enligt 5 kap. 25 § "
          "kommunallagen (1991:900) får fullmäktige besluta att medborgarförslag får väckas."),
    ("p", "Kommunledningskontorets tjänsteskrivelse 2013-04-29 föreslår att beredningen avstyrker motionen "
          "i avvaktan på Sveriges Kommuner och Landstings utvärdering av e-förslag."),
    ("bold", "Yrkanden"),
    ("p", "Ordföranden Karin Olofsson (S) yrkar bifall till förvaltningens förslag till yttrande."),
    ("p", "Elin Dahl (FP) och Erik Sjöberg (M) yrkar att beredningen tillstyrker motionen."),
    ("bold", "Votering"),
    ("p", "Votering begärs. Ja-röst för ordförandens yrkande, nej-röst för Elin Dahls yrkande."),
    ("p", "Ja-röster:\tKarin Olofsson, Anders Nordin, Maria Lundberg, Hanna Sundström, Lena Björk, "
          "Pekka Rantala, Mattias Berg"),
    ("p", "Nej-röster:\tErik Sjöberg, Elin Dahl"),
    ("p", "Beredningen har beslutat enligt ordförandens yrkande."),
    ("bold", "Beslut"),
    ("p", "Demokratiberedningen beslutar att till kommunstyrelsen lämna yttrande enligt bilaga 2."),
    ("bold", "Reservation"),
    ("p", "Elin Dahl (FP) och Erik Sjöberg (M) reserverar sig till förmån för eget yrkande."),
    ("p", "Beslutet skickas till\vKommunstyrelsen"),
    ("break", ""),
    ("title", "§ 19\tMedborgardialog om fördjupad översiktsplan för Holmsund och Obbola - information"),
    ("p", "Dnr KS-2013/00087"),
    ("p", "Utredaren Petra Holm informerar om den medborgardialog som genomfördes 2013-04-16 i Holmsund "
          "tillsammans med studenter från Umeå universitet. Dialogen ska redovisas för byggnadsnämnden "
          "i juni."),
    ("bold", "Beslut"),
    ("p", "Informationen noteras till protokollet."),
    ("bold", "Protokollsanteckning"),
    ("p", "Lena Björk (V) lämnar följande anteckning till protokollet: \"Dialogen borde ha nått fler unga "
          "i Obbola.\""),
]


def _para(d, text: str, bold: bool = False) -> None:
    p = d.add_paragraph()
    for i, chunk in enumerate(text.split("\v")):
        if i:
            p.add_run().add_break()
        p.add_run(chunk).bold = bold


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    header = d.sections[0].header.paragraphs[0]
    header.text = "UMEÅ KOMMUN\tSAMMANTRÄDESPROTOKOLL\nDemokratiberedningen\t2013-05-14"
    d.sections[0].footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    for kind, text in FIRST + PARAS:
        if kind == "table":
            table = d.add_table(rows=0, cols=2)
            for left, right in ATTENDANCE:
                cells = table.add_row().cells
                cells[0].text = left
                cells[1].text = right
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _para(d, text, bold=kind in ("title", "bold"))
    cp = d.core_properties
    cp.author = "Niklas Ek"
    cp.last_modified_by = "Niklas Ek"
    cp.title = "Protokoll demokratiberedningen 2013-05-14"
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
            info = zipfile.ZipInfo(name, date_time=(2013, 5, 20, 14, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "umea-demokratiberedningen-2013-05-14-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
