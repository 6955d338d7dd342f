"""Generate the binary documents of tests/heldout73/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout73/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout73/gold/
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
FIXED_PDF = dt.datetime(2021, 3, 1, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2022, 3, 11, 10, 0, 0)
ZIP_TIME = (2022, 3, 11, 10, 0, 0)

# PDF: Västerås stad, äldrenämnden 2021-02-23 (continued 2021-02-25), full protocol, hybrid meeting.
# Lines starting with "#" are bold headings; "PAGE" starts a new page.
PDF_LINES = """\
#Äldrenämnden
Protokoll från sammanträde (hybridmöte)

Tid          2021-02-23 kl. 13.30–16.00 (ajournering kl. 14.50–15.10)
             Fortsatt sammanträde 2021-02-25 kl. 08.30–09.40
Plats        Stadshuset, sal Mälaren, samt digitalt via Microsoft Teams

Beslutande   (D) = deltar på distans via Teams

  Karin Liljegren (M), ordförande
  Hans Sjöström (S), 1:e vice ordförande (D)
  Agneta Wall (L), 2:e vice ordförande
  Per Hagström (M)
  Eva Tellström (M) (D)
  Liisa Koskinen (S) (D)
  Olof Berglund (S) §§ 21–22
  Maja Sten (C) (D)
  Ahmed Nur (V)
  Tomas Ek (SD) (D)
  Ulf Granberg (KD), tjänstgörande ersättare för Fredrik Lund (KD) (D)
  Britta Öst (S), tjänstgörande ersättare för Olof Berglund (S) §§ 23–24 (D)

Ersättare    Linnéa Hagberg (MP) (D)
(ej tjg)     Roger Kvist (SD)

Övriga       Katarina Holm, direktör äldreförvaltningen
närvarande   Jens Marklund, nämndsekreterare
             Sofie Dahl, medicinskt ansvarig sjuksköterska (MAS), § 21 (D)

Anteckning   Sammanträdet ajournerades 2021-02-23 kl. 14.50 under § 22 då
om närvaro   uppkopplingen för deltagarna på distans bröts. Sammanträdet
             återupptogs kl. 15.10 sedan ordföranden konstaterat att samtliga
             ledamöter på distans åter deltog med ljud och bild. Sammanträdet
             avbröts kl. 16.00 efter § 22 och fortsatte 2021-02-25. Olof
             Berglund (S) deltog inte den 25 februari.

Justerare    Maja Sten (C)
Justering    Digital justering 2021-03-01
Paragrafer   §§ 21–24

Underskrifter
  Sekreterare   .............................   Jens Marklund
  Ordförande    .............................   Karin Liljegren
  Justerare     .............................   Maja Sten
PAGE
#§ 21
Dnr ÄN 2020/00311
#Lägesrapport om covid-19 och vaccinationen på vård- och omsorgsboenden
Medicinskt ansvarig sjuksköterska Sofie Dahl informerar om smittläget och om
vaccinationen, som Region Västmanland inledde på stadens vård- och omsorgsboenden
2020-12-28. Folkhälsomyndigheten har 2021-02-04 uppdaterat sina rekommendationer.

Äldrenämndens beslut
Informationen noteras till protokollet.

#§ 22
Dnr ÄN 2020/00407, KS 2020/01522
#Yttrande över motion från Vänsterpartiet om rätt till heltid inom äldreomsorgen
Kommunstyrelsen har remitterat motionen, daterad 2020-10-01, till äldrenämnden för
yttrande senast 2021-03-15. Äldreförvaltningen har i tjänsteskrivelse 2021-02-02
föreslagit att motionen ska avstyrkas med hänvisning till pågående arbete enligt
det centrala kollektivavtalet mellan Sveriges Kommuner och Regioner och
Kommunal.

Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Ahmed Nur (V) yrkar att nämnden tillstyrker motionen.
Liisa Koskinen (S) instämmer i Ahmed Nurs yrkande.

Under överläggningen ajourneras sammanträdet kl. 14.50–15.10 (tekniska problem).

Beslutsgång
Ordföranden ställer förvaltningens förslag mot Ahmed Nurs yrkande och finner
förvaltningens förslag bifallet. Votering begärs. Voteringen genomförs genom
upprop. Ja-röst för förvaltningens förslag, nej-röst för Ahmed Nurs yrkande.
Med 6 ja-röster mot 4 nej-röster beslutar nämnden enligt förvaltningens förslag.
Tomas Ek (SD) avstår från att rösta.

Äldrenämndens beslut
– Äldrenämnden föreslår kommunstyrelsen att föreslå kommunfullmäktige att avslå
  motionen.
– Äldrenämnden överlämnar tjänsteskrivelsen som sitt yttrande till kommunstyrelsen.

Reservation
Hans Sjöström (S), Liisa Koskinen (S), Olof Berglund (S) och Ahmed Nur (V)
reserverar sig till förmån för Ahmed Nurs yrkande.

Sammanträdet avbryts kl. 16.00 och fortsätter torsdagen den 25 februari 2021.
PAGE
#§ 23
Dnr ÄN 2021/00052
#Överenskommelse mellan Region Västmanland och Västerås stad om vaccination mot covid-19 i kommunal hemsjukvård
Region Västmanland ansvarar för vaccinationen mot covid-19 i länet. Enligt
förslaget till överenskommelse utför stadens sjuksköterskor vaccinationen av
patienter inskrivna i den kommunala hemsjukvården mot ersättning från regionen.
Äldreförvaltningens tjänsteskrivelse är daterad 2021-02-15. Överenskommelsen
gäller 2021-03-01 – 2021-12-31. Socialstyrelsen har 2021-01-22 meddelat
föreskrifter om vaccinationsregister enligt 4 § lagen (2012:453).

Äldrenämndens beslut
1. Äldrenämnden godkänner överenskommelsen.
2. Direktören för äldreförvaltningen får i uppdrag att underteckna överenskommelsen.

Särskilt yttrande
Tomas Ek (SD) lämnar följande särskilda yttrande: ”Vi stöder överenskommelsen men
anser att ersättningsnivån borde ha förhandlats i länet gemensamt.”
Ersättaren Roger Kvist (SD) instämmer i Tomas Eks särskilda yttrande.

#§ 24
Dnr ÄN 2021/00009
#Extra sammanträde i mars 2021
Ordföranden föreslår att nämnden håller ett extra sammanträde för att behandla
verksamhetsberättelsen för 2020, som ska lämnas till stadsledningskontoret senast
2021-03-12.

Äldrenämndens beslut
Äldrenämnden håller ett extra sammanträde tisdagen den 9 mars 2021 kl. 13.30
digitalt via Teams.
"""


class ProtocolPDF(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, "VÄSTERÅS STAD", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Äldrenämnden        PROTOKOLL        2021-02-23", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")


def build_pdf(path: Path) -> None:
    pdf = ProtocolPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Äldrenämnden protokoll 2021-02-23")
    pdf.set_author("Västerås stad")
    pdf.set_creator("heldout73 make_binary_docs.py")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for line in PDF_LINES.splitlines():
        if line == "PAGE":
            pdf.add_page()
            continue
        if not line:
            pdf.ln(4)
            continue
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


# DOCX: Hudiksvalls kommun, kommunfullmäktige 2022-03-10, extra sammanträde, protokollsutdrag (1 §).
DOCX_HEADER = "HUDIKSVALLS KOMMUN\tPROTOKOLLSUTDRAG\nKommunfullmäktige\tSammanträdesdatum 2022-03-10"
DOCX_BODY: list[tuple[str, str]] = [
    ("h", "EXTRA SAMMANTRÄDE"),
    ("p", "Kommunfullmäktige har sammankallats med kort varsel till extra sammanträde enligt 5 kap. 12 § "
          "kommunallagen (2017:725) på begäran av kommunstyrelsen 2022-03-04. Kungörelse har anslagits på "
          "kommunens anslagstavla 2022-03-07."),
    ("p", "Plats och tid: Stadshuset, fullmäktigesalen, torsdagen den 10 mars 2022 kl. 18.00–19.45. "
          "Ledamöter har kunnat delta på distans via Teams enligt fullmäktiges beslut 2020-04-27, § 62."),
    ("p", "Närvarande: se bilaga 1, närvaro- och voteringslista (ingår inte i utdraget)."),
    ("p", ""),
    ("b", "Mottagande av skyddsbehövande från Ukraina – tillfälliga boendeplatser och tilläggsanslag"),
    ("p", "Kf § 41\tDnr KS 2022/00187"),
    ("l", "Ärendebeskrivning"),
    ("p", "Efter Rysslands invasion av Ukraina den 24 februari 2022 har Migrationsverket aviserat att "
          "kommunerna behöver ta emot ett stort antal skyddsbehövande med kort varsel. Länsstyrelsen "
          "Gävleborg samordnar arbetet i länet. Kommunstyrelsen beslutade 2022-03-08, § 52, att föreslå "
          "fullmäktige att inrätta 120 tillfälliga boendeplatser. Kommunledningsförvaltningens "
          "tjänsteskrivelse är daterad 2022-03-07. Massflyktsdirektivet (2001/55/EG) aktiverades av "
          "Europeiska unionens råd 2022-03-04."),
    ("l", "Yrkanden"),
    ("p", "Kommunstyrelsens ordförande Anders Kvist (S) yrkar bifall till kommunstyrelsens förslag. "
          "Lena Forsgren (C), Johan Ehn (M) och Annika Sjöberg (L) instämmer."),
    ("p", "Robert Stål (SD) yrkar avslag på punkt 2."),
    ("p", "Sofia Wall (V) yrkar bifall till kommunstyrelsens förslag med tillägget att kommunen ska "
          "erbjuda svenskundervisning från första veckan."),
    ("l", "Anteckning om närvaro"),
    ("p", "Johan Ehn (M) lämnar sammanträdet kl. 19.10 under ärendet. Ersättaren Karl Ödling (M) "
          "tjänstgör därefter i hans ställe."),
    ("l", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på punkt 1 och finner den bifallen. Därefter ställer "
          "ordföranden proposition på kommunstyrelsens förslag mot Robert Ståls avslagsyrkande i punkt 2 "
          "och finner kommunstyrelsens förslag bifallet. Votering begärs. Ledamöterna i salen röstar med "
          "voteringsanläggningen och ledamöterna på distans genom upprop."),
    ("p", "Ja-röst för kommunstyrelsens förslag, nej-röst för avslag."),
    ("p", "Voteringsresultat: 38 ja, 9 nej, 0 avstår, 2 frånvarande (se bilaga 1)."),
    ("p", "Slutligen ställer ordföranden proposition på Sofia Walls tilläggsyrkande och finner det avslaget."),
    ("l", "Kommunfullmäktiges beslut"),
    ("n", "1. Kommunen inrättar 120 tillfälliga boendeplatser för skyddsbehövande från Ukraina."),
    ("n", "2. Kommunstyrelsen beviljas ett tilläggsanslag om 6,5 miljoner kronor för 2022, finansierat "
          "ur resultatutjämningsreserven."),
    ("n", "3. Paragrafen justeras omedelbart."),
    ("l", "Reservationer"),
    ("p", "Robert Stål (SD) och Mikael Berg (SD) reserverar sig mot beslutet i punkt 2."),
    ("p", "Sofia Wall (V) reserverar sig till förmån för sitt tilläggsyrkande."),
    ("l", "Beslutet skickas till"),
    ("p", "Kommunstyrelsen\nLänsstyrelsen Gävleborg\nMigrationsverket"),
    ("p", ""),
    ("p", "Vid protokollet\tHelena Bäck, sekreterare"),
    ("p", "Ordförande\tBritt-Marie Sundqvist"),
    ("p", "Justerare\tAnn Lundh\tOlle Wikström"),
    ("p", "Paragrafen justerades omedelbart 2022-03-10."),
    ("p", "Utdragsbestyrkande: Helena Bäck"),
]


def build_docx(path: Path) -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    props = document.core_properties
    props.author = "Hudiksvalls kommun"
    props.last_modified_by = "Hudiksvalls kommun"
    props.title = "Protokollsutdrag kommunfullmäktige 2022-03-10"
    props.created = FIXED_DOCX
    props.modified = FIXED_DOCX
    props.revision = 1
    header = document.sections[0].header
    header.paragraphs[0].text = DOCX_HEADER
    for kind, text in DOCX_BODY:
        para = document.add_paragraph()
        run = para.add_run(text)
        if kind == "h":
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "b":
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "l":
            run.bold = True
        elif kind == "n":
            para.paragraph_format.left_indent = Pt(18)
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / "vasteras-aln-2021-02-23-protokoll.pdf")
    build_docx(DOCS / "hudiksvall-kf-2022-03-10-protokollsutdrag.docx")


if __name__ == "__main__":
    main()
