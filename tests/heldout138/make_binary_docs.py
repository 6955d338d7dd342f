"""Generate the binary documents of tests/heldout138/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout138/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation date, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.

Character-level features written on purpose:
* the Ragunda PDF has the ligature characters U+FB01 (fi) and U+FB02 (fl) in its text layer, and
  words and names hyphenated at line ends ("kommun-" / "styrelsen", "Anna-" / "Lena");
* the Emmaboda DOCX has curly quotes, en and em dashes, Word non-breaking hyphens
  (<w:noBreakHyphen/>, written "{NBH}" below) in case numbers and names, one literal U+2011 and
  no-break spaces.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 11, 19, 8, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2025, 6, 23, 9, 30, 0)

# ----------------------------------------------------------------------------------- PDF: Ragunda
# One list item per printed line (no wrapping by fpdf2): "#" = bold line, "=" = new page.
RAGUNDA = """\
#RAGUNDA KOMMUN
#Kommunstyrelsen
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-11-12

Plats och tid          Kommunhuset, Hammarstrand, sammanträdesrum Krångede, kl. 09.00–14.35

Beslutande ledamöter   Bengt Sundell (C), ordförande
                       Anna-Lena Sundqvist (S), 1:e vice ordförande
                       Henrik Ståhlberg (M), 2:e vice ordförande
                       Karin Öst (S)
                       Sofie Grahn (S)
                       Roger Nyland (SD)
                       Jan-Erik Fjällström (C)
                       Maria Hellgren (V)
                       Leif Brännström (S), tjänstgörande ersättare för Tommy Lindh (S)

Ersättare              Ove Berglund (C), Elsa Nordqvist (M)

Övriga närvarande      Håkan Sjölund, kommunchef
                       Ingrid Wiklander, ekonomichef, § 178
                       Petra Rönnqvist, kommunsekreterare

Justerare              Henrik Ståhlberg (M)
Justeringens plats     Kommunhuset, Hammarstrand, 2024-11-18
och tid

Ärenden                § 178 Delårsrapport januari–augusti 2024
                       § 179 Avtal om finansiering av fiberutbyggnad i Stugun och Borgvattnet
                       § 180 Yttrande över remiss – Länsplan för regional transportinfrastruktur
                                i Jämtlands län 2026–2037
                       § 181 Anmälan av delegationsbeslut

Underskrifter
Sekreterare            ..........................................  Paragrafer 178–181
                       Petra Rönnqvist
Ordförande             ..........................................
                       Bengt Sundell
Justerare              ..........................................
                       Henrik Ståhlberg

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ                  Kommunstyrelsen
Sammanträdesdatum      2024-11-12
Datum då anslaget      2024-11-19          Datum då anslaget    2024-12-11
sätts upp                                  tas ned
Förvaringsplats        Kommunkansliet, Hammarstrand
=
#§ 178 Delårsrapport januari–augusti 2024
Dnr KS 2024/0312

#Förslag till kommunfullmäktige
1. Delårsrapport januari–augusti 2024 godkänns.

#Kommunstyrelsens beslut för egen del
2. Samtliga nämnder ska senast 2024-12-15 redovisa åtgärder för en budget i balans.

#Ärendebeskrivning
Delårsrapporten visar ett prognostiserat resultat på –4,2 miljoner kronor för helåret.
De ﬁnansiella målen uppnås inte, och ﬂera nämnder redovisar underskott. Ragundahem AB
redovisar ett resultat i nivå med budget. Ekonomichef Ingrid Wiklander redogjorde för
rapporten. Kommunens revisorer ska lämna sitt utlåtande före fullmäktiges möte
2024-12-09. Kommunstyrelsens arbetsutskott behandlade ärendet 2024-10-29, § 142.

#Beslutsunderlag
Ekonomiavdelningens tjänsteskrivelse 2024-10-21
Delårsrapport januari–augusti 2024

#Yrkanden
Bengt Sundell (C) och Henrik Ståhlberg (M) yrkar bifall till arbetsutskottets förslag.

#Beslutsgång
Ordföranden ﬁnner att kommunstyrelsen bifaller arbetsutskottets förslag.

#§ 179 Avtal om ﬁnansiering av ﬁberutbyggnad i Stugun och Borgvattnet
Dnr KS 2024/0255

#Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner avtalet om ﬁnansiering av ﬁberutbyggnad mellan Ragunda
   kommun och Stugun Fiber ekonomisk förening.
2. Kostnaden, högst 2,4 miljoner kronor, ﬁnansieras inom investeringsramen för
   bredband 2025.

#Ärendebeskrivning
Stugun Fiber ekonomisk förening bygger ett ﬁbernät till cirka 340 hushåll i Stugun
och Borgvattnet. Föreningen har beviljats bredbandsstöd av Post- och telestyrelsen
2024-06-18, men stödet täcker inte hela kostnaden. Enligt avtalet bidrar kommunen med
medﬁnansiering mot att föreningen öppnar nätet för andra operatörer. Kommun-
styrelsen har tidigare, 2023-03-14 § 41, beslutat om en bredbandsstrategi. Läns-
styrelsen i Jämtlands län har inget att erinra mot upplägget.

#Beslutsunderlag
Tjänsteskrivelse 2024-10-28, Soﬁe Grahns skrivelse om bredband i Borgvattnet
2024-09-02, förslag till avtal.

#Yrkanden
Jan-Erik Fjällström (C) yrkar bifall till förvaltningens förslag.
Roger Nyland (SD) yrkar avslag med motiveringen att ﬁberutbyggnad är en statlig uppgift.
=
#§ 179 (forts.)

#Beslutsgång
Ordföranden ställer proposition på yrkandena och ﬁnner att kommunstyrelsen bifaller
förvaltningens förslag. Omröstning begärs. Kommunstyrelsen godkänner följande
propositionsordning: ja-röst för bifall, nej-röst för avslag.

#Omröstningsresultat
7 ja-röster, 1 nej-röst, 1 avstår. Kommunstyrelsen har därmed beslutat i enlighet med
förvaltningens förslag. Hur var och en röstade framgår av omröstningsbilaga 1.

#Reservation
Roger Nyland (SD) reserverar sig skriftligt, bilaga 2.

#Beslutet skickas till
Stugun Fiber ekonomisk förening, Ekonomiavdelningen

#§ 180 Yttrande över remiss – Länsplan för regional transportinfrastruktur
#i Jämtlands län 2026–2037
Dnr KS 2024/0281

#Kommunstyrelsens beslut
1. Kommunstyrelsen antar samhällsbyggnadsenhetens förslag till yttrande och
   överlämnar det till Region Jämtland Härjedalen.
2. Yttrandet kompletteras med ett avsnitt om bärigheten på väg 86 och väg 87.

Paragrafen justeras omedelbart.

#Ärendebeskrivning
Region Jämtland Härjedalen har sänt förslaget till länsplan på remiss till länets
kommuner (regionens dnr RS/1503/2024). Svaret ska ha kommit in till Region Jämtland Härje-
dalen senast 2024-11-29. Planen bygger på Trafikverkets inriktningsunderlag och på
ﬂerårsplanen för bidrag till trafiksäkerhet. Förvaltningen framhåller att den
nationella planen och länsplanen måste samordnas för att ﬂaskhalsarna på väg 86
ska åtgärdas. Tjänsteskrivelse från samhällsbyggnadsenheten daterad 2024-10-30.

#Yrkanden
Bengt Sundell (C) yrkar bifall till förvaltningens förslag. Anna-
Lena Sundqvist (S) yrkar därutöver att yttrandet kompletteras med ett avsnitt om
bärigheten på väg 86 och väg 87.

#Beslutsgång
Ordföranden ﬁnner att kommunstyrelsen bifaller förvaltningens förslag med Anna-Lena
Sundqvists tilläggsyrkande.

#Särskilt yttrande
Maria Hellgren (V) lämnar ett särskilt yttrande om kollektivtraﬁken, bilaga 3.

#Beslutet skickas till
Region Jämtland Härjedalen, Trafikverket
=
#§ 181 Anmälan av delegationsbeslut
Dnr KS 2024/0004

#Kommunstyrelsens beslut
Kommunstyrelsen lägger redovisningen av delegationsbesluten till handlingarna.

#Ärendebeskrivning
Redovisningen avser beslut fattade under oktober 2024 enligt kommunstyrelsens
delegationsordning, antagen 2023-01-17 § 5, och omfattar bland annat beslut om
ﬂyttbidrag, tillstånd enligt alkohollagen (2010:1622), yttranden till
Polismyndigheten om allmän ordning och ett yttrande till Länsstyrelsen i Jämtlands län
om vägvisning till Döda fallet.
"""


class RagundaPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("F", "", 8)
        self.cell(0, 4, "RAGUNDA KOMMUN          SAMMANTRÄDESPROTOKOLL          Kommunstyrelsen 2024-11-12",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("F", "", 8)
        self.cell(0, 4, f"Justerandes sign  ..........        Utdragsbestyrkande  ..........        "
                        f"Sida {self.page_no()} av {{nb}}", new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = RagundaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Protokoll kommunstyrelsen 2024-11-12")
    pdf.set_author("Kommunkansliet")
    pdf.set_creator("Protokollsmall KS")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in RAGUNDA.splitlines():
        if line == "=":
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("F", "B", 10.5)
            line = line[1:]
        else:
            pdf.set_font("F", "", 9.5)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "ragunda-ks-2024-11-12-protokoll.pdf"))


# ---------------------------------------------------------------------------------- DOCX: Emmaboda
NBH = "{NBH}"  # Word non-breaking hyphen element

EMMABODA: list[str] = [
    "#§ 64  Svar på motion om ”Trygga skolvägar i Vissefjärda och Lindås”",
    "Dnr KS 2024{NBH}0188",
    "#Sammanfattning",
    "Ann{NBH}Christin Lövgren (L) och Mats Åkesson (L) lämnade den 19 februari 2024 en motion "
    "om ”trygga skolvägar” — med förslag om gång- och cykelväg längs väg 120 mellan Vissefjärda "
    "och skolan samt belysning vid busshållplatserna i Lindås. Trafikverket är väghållare för väg 120 "
    "och har i skrivelse 2024-11-04 meddelat att åtgärden inte ryms i den regionala planen före 2027.",
    "Kommunledningsförvaltningen har i tjänsteskrivelse 2025-04-03 föreslagit att motionen anses besvarad, "
    "eftersom belysningen i Lindås redan är beställd av Emmaboda Energi och Miljö AB. "
    "Kommunstyrelsen behandlade ärendet 2025-05-27, § 98.",
    "#Yrkanden",
    "Kommunstyrelsens ordförande Lars‑Erik Nydahl (S) yrkar bifall till kommunstyrelsens förslag.",
    "Ann{NBH}Christin Lövgren (L) yrkar bifall till motionen. Gunnel Wretlind (C) instämmer i "
    "Ann{NBH}Christin Lövgrens yrkande.",
    "#Propositionsordning och omröstning",
    "Ordföranden Kerstin Holm-Berg (S) ställer proposition på förslagen och finner att fullmäktige "
    "bifaller kommunstyrelsens förslag. Omröstning begärs. Den som bifaller Lars-Erik Nydahls yrkande "
    "röstar ”ja”, den som bifaller Ann-Christin Lövgrens yrkande röstar ”nej”.",
    "Omröstningsresultat: 19 ja – 10 nej – 2 avstår. Kommunfullmäktige har alltså bifallit "
    "kommunstyrelsens förslag (omröstningsprotokoll, bilaga 4).",
    "#Beslut",
    "Kommunfullmäktige beslutar att anse motionen besvarad.",
    "#Reservation",
    "Ann-Christin Lövgren (L), Mats Åkesson (L) och Gunnel Wretlind (C) reserverar sig "
    "till förmån för Ann{NBH}Christin Lövgrens yrkande.",
    "#Protokollsanteckning",
    "Jörgen Pettersson (SD) får antecknat till protokollet: ”Vi vill att frågan tas upp igen "
    "när Trafikverkets nya plan är klar.”",
    "#Expediering",
    "Motionärerna; Kommunstyrelsen; Trafikverket",
    "",
    "#§ 65  Avtal om gemensam överförmyndarverksamhet – Emmaboda kommun och Nybro kommun",
    "Dnr KS 2025{NBH}0067",
    "#Sammanfattning",
    "Emmaboda kommun och Nybro kommun föreslås inrätta en gemensam överförmyndarnämnd enligt "
    "9 kap. 19 § kommunallagen (2017:725), med Nybro kommun som värdkommun från 2026-01-01. "
    "Avtalet reglerar kostnadsfördelning – 35 procent Emmaboda och 65 procent Nybro – och "
    "lokalisering av handläggningen. Länsstyrelsen i Kalmar län har informerats. Kommunfullmäktige "
    "i Nybro kommun behandlar avtalet 2025-06-23.",
    "#Beslutsunderlag",
    "Tjänsteskrivelse 2025-04-22, dnr KS 2025-0067; Kommunstyrelsen 2025-05-27, § 101; förslag till avtal.",
    "#Yrkanden",
    "Lars-Erik Nydahl (S) yrkar bifall till kommunstyrelsens förslag.",
    "#Beslut",
    "Kommunfullmäktige beslutar",
    "1. att godkänna avtal om gemensam överförmyndarverksamhet mellan Emmaboda kommun och Nybro kommun,",
    "2. att Emmaboda kommuns överförmyndarnämnd upphör vid utgången av 2025,",
    "3. att uppdra åt kommunstyrelsen att ta fram ett reglemente tillsammans med Nybro kommun.",
    "#Expediering",
    "Nybro kommun; Överförmyndarnämnden; Länsstyrelsen i Kalmar län",
    "",
    "Justerare: Ulf Sandberg\u00a0och\u00a0Pia Nyqvist",
    "Ordförande: Kerstin Holm{NBH}Berg",
    "Sekreterare: Therese Åman",
    "Rätt utdraget betygar: Therese Åman, 2025-06-23",
]


def add_text(par, text: str, bold: bool = False) -> None:
    """Add text to a paragraph; "{NBH}" becomes a Word non-breaking hyphen element."""
    pieces = text.split(NBH)
    for i, piece in enumerate(pieces):
        if piece:
            par.add_run(piece).bold = bold
        if i < len(pieces) - 1:
            run = par.add_run()
            run.bold = bold
            run._r.append(OxmlElement("w:noBreakHyphen"))


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokollsutdrag kommunfullmäktige 2025-06-16"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningsförvaltningen"
    cp.revision = 2
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = (
        "EMMABODA KOMMUN\tPROTOKOLLSUTDRAG\tSammanträdesdatum\nKommunfullmäktige\t\t2025-06-16")
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in EMMABODA:
        if line.startswith("#"):
            add_text(d.add_paragraph(), line[1:], bold=True)
        else:
            add_text(d.add_paragraph(), line)
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 23, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "emmaboda-kf-2025-06-16-protokollsutdrag.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()


if __name__ == "__main__":
    main()
