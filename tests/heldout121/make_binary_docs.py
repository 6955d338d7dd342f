"""Generate the binary documents of tests/heldout121/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout121/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout121/gold/ describe the texts written here; change both together.

The set's emphasis is older minutes (2008–2017). The PDF is a Vårgårda kommun extract from 2014
printed from a Word 2007 template (a header table on every page, a "Justerandes sign" footer). The
DOCX is a Vännäs kommun extract from 2017 made from a Word 2003 template and saved as .docx:
Times New Roman, compatibility mode 11, a three-column header table with PAGE/NUMPAGES fields,
margin labels typed before a tab with a hanging indent, soft line breaks (Shift+Enter) inside
paragraphs, decision points typed by hand and a footer table.

Written blind to the parser: do not tune them to it.
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
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2014, 4, 30, 14, 12, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2017, 10, 12, 9, 41, 0)
ZIP_TIME = (2017, 10, 12, 9, 41, 0)

# ----------------------------------------------------------------------------------------- PDF
# Vårgårda kommun, Kommunfullmäktige 2014-04-23, protokollsutdrag §§ 38–39.
# Lines starting with "#" are bold, "!" starts a new page, "" is a blank line,
# lines starting with ">" are indented (hanging decision points).
VARGARDA = """\
#PROTOKOLLSUTDRAG
Kommunfullmäktige
Plats och tid: Kommunhuset, fullmäktigesalen, kl. 19.00–21.40
Ordförande: Lennart Fröjd (C)
Justerare: Anna-Karin Sand (S) och Per-Erik Dahl (KD)
Sekreterare: Lena Rosell
Utdrag ur protokollet: §§ 38–39
Justeringen har tillkännagivits på kommunens anslagstavla 2014-04-30.

#§ 38    Medfinansieringsavtal med Trafikverket om gång- och cykelväg längs väg 42
Dnr KS 2013/312

Trafikverket planerar en gång- och cykelväg längs väg 42 på en sträcka om 2,8 kilometer norr om
Vårgårda tätort (Trafikverkets ärendenummer TRV 2013/71245). Åtgärden ingår i Västra
Götalandsregionens regionala plan för transportinfrastruktur 2014–2025, och Boråsregionen
Sjuhärads kommunalförbund har prioriterat sträckan. Enligt förslaget till medfinansieringsavtal
betalar kommunen hälften av kostnaden, dock högst 4,2 miljoner kronor. Trafikverket svarar för
projektering, byggande och framtida drift. Kommunstyrelsen behandlade ärendet 2014-04-02, § 58.

#Beslutsunderlag
Tjänsteskrivelse från samhällsbyggnadschefen 2014-03-19
Förslag till medfinansieringsavtal daterat 2014-03-12
Kommunstyrelsens protokoll 2014-04-02, § 58

#Yrkanden
Ulf Kjellgren (S) och kommunstyrelsens ordförande Annette Rydell (M) yrkar bifall till
kommunstyrelsens förslag. Rolf Backman (V) yrkar avslag.

#Propositionsordning
Ordföranden ställer proposition på bifall mot avslag och finner att fullmäktige beslutar enligt
kommunstyrelsens förslag.

#Kommunfullmäktiges beslut
>1.  Medfinansieringsavtalet med Trafikverket godkänns.
>2.  Kommunens andel, högst 4,2 miljoner kronor, finansieras inom investeringsbudgeten för 2015.
>3.  Kommunstyrelsens ordförande och kommunchefen får i uppdrag att underteckna avtalet.

Paragrafen förklaras omedelbart justerad.

#Reservation
Rolf Backman (V) reserverar sig mot beslutet.

#Expedieras
Trafikverket, Region Väst
Västra Götalandsregionen
!
#§ 39    Svar på motion om läxhjälp på biblioteken
Dnr KS 2013/219

Kerstin Ljung (FP) har för Folkpartiet liberalerna i en motion daterad 2013-06-19 föreslagit att
kommunen inför läxhjälp två eftermiddagar i veckan på huvudbiblioteket och på biblioteket i
Östadkulle. Kommunfullmäktige remitterade motionen till kommunstyrelsen 2013-06-19, § 67.
Bildningsnämnden har yttrat sig 2014-01-22, § 8, och pekar på att Studieförbundet Vuxenskolan
redan erbjuder läxhjälp i Vårgårda. Motionen har beretts inom ett år enligt 5 kap. 33 §
kommunallagen (1991:900).

#Beslutsunderlag
Tjänsteskrivelse 2014-02-24
Bildningsnämndens protokoll 2014-01-22, § 8
Kommunstyrelsens protokoll 2014-04-02, § 61
Motion 2013-06-19

#Kommunstyrelsens förslag
Motionen avslås.

#Yrkanden
Annette Rydell (M) yrkar bifall till kommunstyrelsens förslag.
Kerstin Ljung (FP) yrkar, med instämmande av Johan Eriksson (S), bifall till motionen.

#Omröstning
Omröstning begärs och verkställs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den
som vill bifalla motionen röstar nej.
Omröstningsresultat: 21 ja, 12 nej, 2 avstår. Voteringslista, bilaga 3.

#Kommunfullmäktiges beslut
Motionen avslås.

#Reservation
Kerstin Ljung (FP) samt Johan Eriksson m.fl. (S) reserverar sig mot beslutet.

#Särskilt yttrande
Rolf Backman lämnar för Vänsterpartiet ett särskilt yttrande, bilaga 4.

#Expedieras
Motionären, Bildningsnämnden

Vid protokollet: Lena Rosell
Ordförande: Lennart Fröjd
Justerare: Anna-Karin Sand, Per-Erik Dahl

Rätt utdraget betygar
Lena Rosell, kommunsekreterare, 2014-04-30
"""


class VargardaPdf(FPDF):
    """A Word 2007 template printed to PDF: header table on every page, signature footer."""

    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.cell(70, 6, "VÅRGÅRDA KOMMUN", border="LT")
        self.cell(75, 6, "PROTOKOLLSUTDRAG", border="T")
        self.set_font("F", "", 9)
        self.cell(35, 6, f"Sida {self.page_no()}({{nb}})", border="TR", new_x="LMARGIN", new_y="NEXT")
        self.cell(70, 6, "Kommunfullmäktige", border="LB")
        self.cell(75, 6, "Sammanträdesdatum", border="B")
        self.cell(35, 6, "2014-04-23", border="BR", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("F", "", 8)
        self.cell(45, 8, "Justerandes sign", border=1)
        self.cell(45, 8, "", border=1)
        self.cell(45, 8, "Utdragsbestyrkande", border=1)
        self.cell(45, 8, "", border=1)


def make_vargarda() -> None:
    pdf = VargardaPdf(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokollsutdrag KF 2014-04-23 §§ 38-39")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Microsoft® Word 2007")
    pdf.set_producer("Microsoft® Word 2007")
    pdf.set_margins(18, 15, 12)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    for line in VARGARDA.splitlines():
        if line == "!":
            pdf.add_page()
            continue
        indent = 0
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        elif line.startswith(">"):
            pdf.set_font("F", "", 9.5)
            line = line[1:]
            indent = 6
        else:
            pdf.set_font("F", "", 9.5)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "vargarda-kf-2014-04-23-protokollsutdrag.pdf"))


# ---------------------------------------------------------------------------------------- DOCX
# Vännäs kommun, Kommunstyrelsen 2017-10-10, protokollsutdrag § 167.
# Each entry is one Word paragraph; "\n" inside an entry is a soft line break (Shift+Enter);
# "\t" separates a margin label from the text. Entries starting with "#" are bold.
VANNAS_HEAD: list[str] = [
    "Plats och tid\tKommunhuset, sammanträdesrummet Vännäsby, kl. 09.00–15.20",
    "Beslutande\tSe närvarolista, bilaga 1",
    "Utses att justera\tEva Öhman",
    "Justeringens plats och tid\tKommunhuset 2017-10-12",
    "Paragraf\t§ 167",
]
VANNAS_BODY: list[str] = [
    "#Ks § 167\tRemiss – Framtidens närsjukvård i Umeå sjukvårdsområde, Västerbottens läns landsting",
    "\tDnr KS 2017/204",
    "Ärendet\tVästerbottens läns landsting har 2017-08-28 sänt förslaget Framtidens närsjukvård i Umeå "
    "sjukvårdsområde på remiss till Vännäs kommun, Vindelns kommun och Bjurholms kommun (landstingets dnr "
    "VLL 1187-2017). Svar ska lämnas senast 2017-10-31.",
    "\tFörslaget innebär bland annat att de fyra observationsplatserna vid Vännäs hälsocentral ersätts med "
    "mobila team och att jourverksamheten kvällstid koncentreras till Norrlands universitetssjukhus i Umeå. "
    "Landstinget hänvisar till hälso- och sjukvårdslagen (2017:30) och till att bemanningen i dag är sårbar.",
    "\tKommunstyrelsens arbetsutskott har berett ärendet 2017-10-03, § 142, och föreslår att "
    "kommunstyrelsen antar förslaget till yttrande.",
    "Beslutsunderlag\tKommunchefens tjänsteskrivelse 2017-09-26\nFörslag till yttrande 2017-09-25\n"
    "Arbetsutskottets protokoll 2017-10-03, § 142\nRemisshandling från landstinget 2017-08-28",
    "Yrkanden\tOrdföranden Anders Lindström (S) yrkar bifall till arbetsutskottets förslag.",
    "\tEva Öhman (C) yrkar som tillägg att yttrandet ska innehålla ett krav på att observationsplatserna "
    "vid hälsocentralen finns kvar.",
    "\tStig Pettersson (M) yrkar att ärendet återremitteras för att invänta Vindelns kommuns yttrande.",
    "Beslutsgång\tOrdföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. "
    "Votering begärs.",
    "\tJa – ärendet avgörs i dag\nNej – ärendet återremitteras",
    "\tVid voteringen avges 8 ja-röster och 3 nej-röster (Stig Pettersson, Marianne Sjölund och Olof "
    "Lindgren). Kommunstyrelsen har alltså beslutat att avgöra ärendet i dag.",
    "\tDärefter ställer ordföranden proposition på arbetsutskottets förslag med Eva Öhmans tillägg och "
    "finner det bifallet.",
    "#Beslut\tKommunstyrelsen beslutar",
    "\t1.\tKommunstyrelsen antar förslaget till yttrande som sitt eget och överlämnar det till "
    "Västerbottens läns landsting.",
    "\t2.\tYttrandet kompletteras med kravet att observationsplatserna vid Vännäs hälsocentral ska finnas "
    "kvar.",
    "\t3.\tParagrafen justeras omedelbart.",
    "Reservation\tStig Pettersson (M), Marianne Sjölund (M) och Olof Lindgren (KD) reserverar sig mot "
    "beslutet att inte återremittera ärendet.",
    "Protokollsanteckning\tKarin Sundström (L) och Britt-Inger Nordlund (V) antecknar till protokollet att "
    "kommunen bör begära en gemensam konsekvensanalys tillsammans med Vindelns kommun.",
    "Expedieras\tVästerbottens läns landsting\nVindelns kommun\nBjurholms kommun",
]
VANNAS_SIGN: list[tuple[str, str]] = [
    ("Sekreterare", "Linnea Forsberg"),
    ("Ordförande", "Anders Lindström"),
    ("Justerande", "Eva Öhman"),
]
VANNAS_CERT = "Utdragsbestyrkande\tRätt utdraget intygar: Linnea Forsberg, 2017-10-12"


def _field(paragraph, instr: str, cached: str) -> None:
    """Append a complex field (PAGE, NUMPAGES) with its cached result, as Word saves it."""
    def fld(kind: str):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r

    paragraph._p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    paragraph._p.append(r)
    paragraph._p.append(fld("separate"))
    paragraph.add_run(cached)
    paragraph._p.append(fld("end"))


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def _add_text(paragraph, text: str, bold: bool = False) -> None:
    """Add text with Shift+Enter line breaks (w:br) where the text has '\\n'."""
    for i, piece in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        run = paragraph.add_run(piece)
        run.bold = bold


def make_vannas() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kansliet"
    cp.title = "PROTOKOLLSUTDRAG"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Linnea Forsberg"
    cp.revision = 3
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    section = d.sections[0]
    section.left_margin = Cm(2.0)
    section.right_margin = Cm(1.5)

    # Word 2003 compatibility mode.
    settings = d.settings.element
    compat = OxmlElement("w:compat")
    setting = OxmlElement("w:compatSetting")
    setting.set(qn("w:name"), "compatibilityMode")
    setting.set(qn("w:uri"), "http://schemas.microsoft.com/office/word")
    setting.set(qn("w:val"), "11")
    compat.append(setting)
    settings.append(compat)

    # Header: a three-column table, as the old template drew it.
    header = section.header
    header.paragraphs[0].text = ""
    ht = header.add_table(rows=3, cols=3, width=Cm(17.5))
    ht.style = d.styles["Table Grid"]
    ht.cell(0, 0).paragraphs[0].add_run("VÄNNÄS KOMMUN").bold = True
    ht.cell(0, 1).paragraphs[0].add_run("PROTOKOLLSUTDRAG").bold = True
    p = ht.cell(0, 2).paragraphs[0]
    p.add_run("Sida ")
    _field(p, "PAGE", "1")
    p.add_run("(")
    _field(p, "NUMPAGES", "2")
    p.add_run(")")
    ht.cell(1, 0).text = "Kommunstyrelsen"
    ht.cell(1, 1).text = "Sammanträdesdatum"
    ht.cell(2, 1).text = "2017-10-10"

    # Footer: Justerandes sign / Utdragsbestyrkande boxes.
    footer = section.footer
    ft = footer.add_table(rows=1, cols=4, width=Cm(17.5))
    ft.style = d.styles["Table Grid"]
    ft.cell(0, 0).text = "Justerandes sign"
    ft.cell(0, 2).text = "Utdragsbestyrkande"

    def para(text: str, bold: bool = False) -> None:
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(4.5)
        pf.first_line_indent = Cm(-4.5)
        pf.tab_stops.add_tab_stop(Cm(4.5))
        pf.space_after = Pt(6)
        _add_text(p, text, bold)

    for line in VANNAS_HEAD:
        para(line)
    d.add_paragraph()
    for line in VANNAS_BODY:
        if line.startswith("#"):
            label, _, rest = line[1:].partition("\t")
            p = d.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(4.5)
            pf.first_line_indent = Cm(-4.5)
            pf.tab_stops.add_tab_stop(Cm(4.5))
            pf.space_before = Pt(12)
            pf.space_after = Pt(6)
            p.add_run(label).bold = True
            p.add_run("\t")
            p.add_run(rest).bold = line.startswith("#Ks")
        else:
            para(line)

    d.add_paragraph()
    st = d.add_table(rows=2, cols=3)
    _no_borders(st)
    for i, (label, name) in enumerate(VANNAS_SIGN):
        st.cell(0, i).text = label
        st.cell(1, i).text = "........................................\n" + name
    d.add_paragraph()
    para(VANNAS_CERT)

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "vannas-ks-2017-10-10-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_vargarda()
    make_vannas()


if __name__ == "__main__":
    main()
