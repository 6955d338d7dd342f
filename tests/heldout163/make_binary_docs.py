# ruff: noqa: E501
"""Generate the binary documents of tests/heldout163/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout163/make_binary_docs.py

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
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2011, 6, 28, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2013, 2, 19, 10, 0, 0)

# PDF mini-markup: "#" bold line, "=" new page. Monospaced font: a typewriter-like 2011 protocol.
LJUSNARSBERG = """\
#LJUSNARSBERGS KOMMUN                      SAMMANTRÄDESPROTOKOLL
Kommunfullmäktige                         Sammanträdesdatum 2011-06-20

Plats och tid        Folkets hus, Kopparberg, måndagen den 20 juni 2011,
                     kl 18.30-20.50

Beslutande           Enligt bifogad närvaro- och omröstningslista,
                     bilaga 1

Ordförande           Lars Hedlund (s)
Vice ordförande      Agneta Bruhn (m)

Sekreterare          Britt Sjöö, kommunsekreterare

Övriga deltagande    Kommunchef Göran Lilja
                     Ekonomichef Eva Stål, § 43

Utses att justera    Karl Isaksson (fp) och Monica Lind (s)

Justeringens         Kommunhuset, Kopparberg, 2011-06-28
plats och tid

Underskrifter        Sekreterare .............................
                                 Britt Sjöö       Paragrafer 41-43

                     Ordförande  .............................
                                 Lars Hedlund

                     Justerande  .............................
                                 Karl Isaksson    Monica Lind

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ                  Kommunfullmäktige
Sammanträdesdatum      2011-06-20
Anslaget uppsatt       2011-06-29      Anslaget nedtas   2011-07-21
Förvaringsplats        Kommunkansliet, Kopparberg
=
#Kf § 41                                         Dnr 2010/87-805

#Motion om fritidsbank i Ljusnarsberg

Karl Isaksson (fp) och Erik Nord (fp) har för Folkpartiet liberalerna i en motion
2010-11-22 föreslagit att kommunen startar en fritidsbank enligt den modell som
Fritidsbanken Sverige tagit fram, i samarbete med Ljusnarsbergs IF och Svenska
kyrkan. Fullmäktige remitterade motionen till kommunstyrelsen
2010-12-13, § 112.

Kommunstyrelsens ordförande Ulf Hammar (s) föredrar ärendet.

#Beslutsunderlag
Kommunchefens tjänsteskrivelse 2011-04-12
Kommunstyrelsens beslut 2011-05-10, § 72

#Kommunstyrelsens förslag
Motionen avslås med hänvisning till att kommunen i stället ska stödja
föreningslivets egna utlåningsverksamhet.

#Yrkanden
Karl Isaksson (fp), Erik Nord (fp) och Siv Bäck (v) yrkar bifall till motionen.
Monica Lind (s) yrkar bifall till kommunstyrelsens förslag.

#Propositionsordning
Ordföranden ställer kommunstyrelsens förslag mot bifall till motionen och
finner kommunstyrelsens förslag bifallet. Omröstning begärs och verkställs.

Ja för kommunstyrelsens förslag, nej för bifall till motionen.

Omröstningen utfaller med 19 ja-röster mot 9 nej-röster. 2 ledamöter avstår.
Röstlängd, se bilaga 2.

#Beslut
Motionen avslås.

#Reservationer
Karl Isaksson (fp)
Erik Nord (fp)
Siv Bäck (v)

#Expedieras
Motionärerna, Kommunstyrelsen
=
#Kf § 42                                         Dnr 2011/45-002

#Avtal om gemensam överförmyndarhandläggning med Lindesbergs kommun

Kommunens överförmyndarverksamhet har i dag en handläggare på 50 procent.
Länsstyrelsen i Örebro län påpekade vid sin inspektion 2010-10-05 att
verksamheten är sårbar. Ett avtal mellan Ljusnarsbergs kommun och Lindesbergs
kommun har därför tagits fram, där Lindesbergs kommun utför handläggningen från
2012-01-01. Nora kommun och Hällefors kommun har avböjt att delta. Ärendet
redovisas i kanslichefens tjänsteskrivelse 2011-05-02. Kommunstyrelsen
behandlade ärendet 2011-06-07, § 88.

Överförmyndarverksamheten regleras i 19 kap. föräldrabalken (1949:381).

#Beslut
1. Kommunfullmäktige godkänner avtalet mellan Ljusnarsbergs kommun och
   Lindesbergs kommun om gemensam överförmyndarhandläggning.
2. Kommunstyrelsen får i uppdrag att underteckna avtalet.

Paragrafen förklaras omedelbart justerad.

#Protokollsanteckning
Siv Bäck (v) får antecknat till protokollet att vänsterpartiet vill att
handläggningen även fortsättningsvis ska ha mottagning i Kopparberg.

#Expedieras
Lindesbergs kommun, Länsstyrelsen i Örebro län
=
#Kf § 43                                         Dnr 2011/30-041

#Ansvarsfrihet för år 2010

Revisorerna har i revisionsberättelse 2011-04-15 tillstyrkt att kommunstyrelsen,
socialnämnden och bygg- och miljönämnden samt de enskilda förtroendevalda i
dessa organ beviljas ansvarsfrihet. Lekmannarevisorernas granskningsrapport för
Ljusnarsbergs Kommunfastigheter AB bifogas. Ekonomichef Eva Stål redogör för
resultatet, ett underskott på 3,1 mkr.

Enligt 5 kap. 25 § kommunallagen (1991:900) deltar ledamot inte i beslut om
ansvarsfrihet för den egna förvaltningen. Fullmäktige beslutar därför om varje
organ för sig.

#Beslut
Kommunfullmäktige beviljar kommunstyrelsen, socialnämnden och bygg- och
miljönämnden samt de enskilda förtroendevalda i dessa organ ansvarsfrihet för
verksamhetsåret 2010.

#Särskilt yttrande
Agneta Bruhn m.fl. (m) lämnar ett särskilt yttrande om underskottet i
socialnämndens verksamhet, bilaga 3.

#Expedieras
Revisorerna, Ekonomienheten
"""


def make_pdf(text: str, name: str, title: str, header: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("M", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.add_font("M", "B", str(FONT_DIR / "DejaVuSansMono-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()

    def page_header() -> None:
        pdf.set_font("M", "", 8)
        pdf.cell(0, 5, f"{header}    Blad {pdf.page_no()} ({{nb}})", new_x="LMARGIN", new_y="NEXT", align="R")
        pdf.ln(2)

    def page_footer() -> None:
        pdf.set_font("M", "", 8)
        pdf.ln(4)
        pdf.cell(0, 5, "Justerandes sign ..........          Utdragsbestyrkande ..........",
                 new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    page_header()
    for line in text.splitlines():
        if line == "=":
            page_footer()
            pdf.add_page()
            page_header()
            continue
        if line.startswith("#"):
            pdf.set_font("M", "B", 10)
            line = line[1:]
        else:
            pdf.set_font("M", "", 9.5)
        pdf.multi_cell(0, 4.8, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    page_footer()
    pdf.output(str(DOCS / name))


# DOCX mini-markup: "#" bold paragraph, "=" page break, "L|value" a label paragraph with a tab.
TORSAS = """\
#TORSÅS KOMMUN
#SAMMANTRÄDESPROTOKOLL
#Barn- och utbildningsnämnden 2013-02-12
L|Plats och tid|Kommunhuset, Torsås, sammanträdesrum Bergkvara, tisdagen den 12 februari 2013 kl 13.00–16.30
#Beslutande ledamöter
Lena Fransson (S), ordförande
Tomas Wik (C), vice ordförande
Stig Elm (M)
Anna Roos (S)
Peter Kalm (FP)
Maj Lund (KD)
L|Tjänstgörande ersättare|Olle Nord (C) ersätter Nils Ek (C)
L|Närvarande ersättare|Jenny Sahlin (FP), Arne Gustafsson (S)
L|Övriga närvarande|Pia Lönn, förvaltningschef; Håkan Berg, rektor Torsåsskolan, § 9; Malin Törn, nämndsekreterare
L|Utses att justera|Stig Elm
L|Justeringens plats och tid|Barn- och utbildningsförvaltningen, Torsås, 2013-02-19 kl 10.00
L|Paragrafer|8-10
L|Sekreterare|.................................... Malin Törn
L|Ordförande|.................................... Lena Fransson
L|Justerande|.................................... Stig Elm
#ANSLAG/BEVIS
Protokollet är justerat. Anslaget under tiden 2013-02-20 -- 2013-03-14. Protokollet förvaras på barn- och utbildningsförvaltningen.
=
#§ 8 Samverkansavtal med Nybro kommun om gymnasiesärskola
Dnr BUN 2012.214.612
#Ärendebeskrivning
Torsås kommun har inte egen gymnasiesärskola. Elever har hittills tagits emot av Kalmar kommun och Nybro kommun efter interkommunal överenskommelse per elev. Nu föreslås ett samverkansavtal mellan Torsås kommun och Nybro kommun för perioden 2013-07-01–2016-06-30. Skolverket har 2012-10-03 lämnat vägledning om interkommunal ersättning enligt 19 kap. 43 § skollagen (2010:800). Förvaltningschefens tjänsteskrivelse är daterad 2013-01-21.
#Beslut
Barn- och utbildningsnämnden beslutar
– att godkänna samverkansavtalet med Nybro kommun om gymnasiesärskola,
– att uppdra åt förvaltningschefen att underteckna avtalet.
#Beslutet skickas till
Nybro kommun, Kommunstyrelsen
=
#§ 9 Yttrande över motion om skolskjuts för elever i Gullabo
Dnr BUN 2012.198.623 (KS 2012.341.623)
#Ärendebeskrivning
Kommunfullmäktige har 2012-11-26, § 102, remitterat en motion från Centerpartiet om skolskjuts för elever i Gullabo till barn- och utbildningsnämnden för yttrande. Yttrandet ska vara kommunstyrelsen tillhanda senast 2013-03-31. Skolskjutsen upphandlas av Kalmar Länstrafik. Rektor Håkan Berg redogör för elevunderlaget. Tjänsteskrivelse 2013-01-28.
#Yrkanden
Lena Fransson (S) yrkar att nämnden föreslår kommunfullmäktige att avslå motionen.
Stig Elm (M) yrkar att motionen tillstyrks.
#Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att nämnden beslutat enligt hennes yrkande. Omröstning begärs och verkställs. Den som vill bifalla Lena Franssons yrkande röstar ja, den som vill bifalla Stig Elms yrkande röstar nej. Omröstningen utfaller 4 ja, 3 nej. Nämnden har alltså beslutat enligt Lena Franssons yrkande.
#Beslut
Barn- och utbildningsnämnden föreslår kommunfullmäktige att avslå motionen.
#Reservation
Stig Elm (M), Peter Kalm (FP) och Maj Lund (KD) reserverar sig till förmån för Stig Elms yrkande.
#Ersättaryttrande
Ersättaren Jenny Sahlin (FP) anför att elevernas restid bör följas upp särskilt.
#Beslutet skickas till
Kommunstyrelsen
=
#§ 10 Läsårstider 2013/2014
Dnr BUN 2013.006.610
#Ärendebeskrivning
Läsåret ska enligt 3 kap. 2 § skolförordningen (2011:185) omfatta minst 178 skoldagar. Förslaget har samordnats med Emmaboda kommun för skolskjutsarnas skull. Höstterminen börjar 2013-08-20 och vårterminen slutar 2014-06-11.
#Beslut
1. Barn- och utbildningsnämnden fastställer läsårstider för 2013/2014 enligt förslaget.
2. Paragrafen justeras omedelbart.
#Särskilt yttrande
Peter Kalm (FP) lämnar för Folkpartiet liberalerna ett särskilt yttrande om studiedagarnas placering, bilaga 1.
#Beslutet skickas till
Rektorerna, Kalmar Länstrafik
"""


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.title = "Protokoll barn- och utbildningsnämnden 2013-02-12"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Barn- och utbildningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = (
        "TORSÅS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tBarn- och utbildningsnämnden 2013-02-12")
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in TORSAS.splitlines():
        if line == "=":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        elif line.startswith("L|"):
            _, label, value = line.split("|", 2)
            p = d.add_paragraph()
            p.add_run(label).bold = True
            p.add_run("\t" + value)
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2013, 2, 19, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "torsas-bun-2013-02-12-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf(LJUSNARSBERG, "ljusnarsberg-kf-2011-06-20-protokoll.pdf", "Protokoll kommunfullmäktige 2011-06-20",
             "Ljusnarsbergs kommun - Kommunfullmäktige - 2011-06-20")
    make_docx()


if __name__ == "__main__":
    main()
