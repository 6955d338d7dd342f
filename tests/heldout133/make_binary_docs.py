# ruff: noqa: E501
"""Generate the binary documents of tests/heldout133/docs (three PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout133/make_binary_docs.py

The output is deterministic: fixed PDF metadata and creation dates, fixed DOCX core properties and
fixed ZIP timestamps, so re-running the script leaves the files byte-identical. The gold files in
gold/ describe the texts written here; change both together. Written blind to the parser: do not
tune them to it.
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

# Page texts. Line forms:
#   "#text"          bold line
#   "="              new page
#   " " / ""         blank line
#   "L|label|value"  row of a Word export with a label column (value may start with "#": bold)
#   "T|a|b|c"        attendance table row (name, party, function)
#   "V|a|b|c|d"      vote table row (member, ja, nej, avstår)
#   "C|left|right"   two-column signature block row
#   other            running text (in the value column when the document has a label column)

VETLANDA = """\
L|Plats och tid|Stadshuset, sammanträdesrum Njudung, kl. 13.15–16.40

L|Beslutande|Anneli Karlsson (S), ordförande
L||Bertil Strand (C), vice ordförande
L||Gunilla Persson (S)
L||Roger Håkansson (S)
L||Maj-Britt Svensson (M)
L||Daniel Lund (M)
L||Elisabeth Fagerberg (KD)
L||Mikael Ottosson (SD)
L||Linda Brorsson (S), tjg ersättare för Kjell Nyberg (S)

L|Ersättare|Tove Sandgren (V), Nils Eriksson (C), Ingrid Wahlqvist (L)

L|Övriga deltagare|Susanne Gustavsson, socialchef
L||Peter Blomqvist, controller, §§ 31–32
L||Hanna Lindell, nämndsekreterare

L|Utses att justera|Maj-Britt Svensson
L|Justeringens plats och tid|Socialförvaltningen, Stadshuset, 2018-05-02

L|Underskrifter|Sekreterare ..........................................   Paragrafer 31–34
L||Hanna Lindell

L||Ordförande ..........................................
L||Anneli Karlsson

L||Justerande ..........................................
L||Maj-Britt Svensson

#ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
L|Organ|Socialnämnden
L|Sammanträdesdatum|2018-04-25
L|Datum då anslaget sätts upp|2018-05-03
L|Datum då anslaget tas ned|2018-05-25
L|Förvaringsplats för protokollet|Socialförvaltningen, Stadshuset, Vetlanda
L|Underskrift|..........................................  Hanna Lindell
=
L|§ 31|#Ekonomisk uppföljning per mars 2018
L|Dnr SN 2018/41|

L|Beslut|Socialnämnden godkänner den ekonomiska uppföljningen per mars 2018.

L|Sammanfattning|Socialnämndens prognos för helåret visar ett underskott på 4,2 mnkr jämfört med den budget som kommunfullmäktige fastställde 2017-11-22, § 187. Underskottet finns främst inom placeringar av barn och unga samt inom hemtjänsten. Controller Peter Blomqvist redogör för prognosen.

L|Beslutsunderlag|Socialförvaltningens tjänsteskrivelse 2018-04-11
L||Ekonomisk uppföljning mars 2018

L|Skickas till|Kommunstyrelsen

L|§ 32|#Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning
L|Dnr SN 2018/29|

L|Beslut|1. Socialnämnden godkänner överenskommelsen mellan Vetlanda kommun och Region Jönköpings län om samverkan kring personer med psykisk funktionsnedsättning.
L||2. Socialchefen får i uppdrag att teckna överenskommelsen för nämndens räkning.

L||Paragrafen förklaras omedelbart justerad.

L|Sammanfattning|Enligt 5 kap. 8 a § socialtjänstlagen (2001:453) ska kommunen och regionen ingå en överenskommelse om samarbete kring personer med psykisk funktionsnedsättning. Förslaget har arbetats fram av länets tretton kommuner tillsammans med Region Jönköpings län och ersätter den tidigare överenskommelsen från 2014. Överenskommelsen gäller från 2018-06-01.

L|Beslutsunderlag|Socialförvaltningens tjänsteskrivelse 2018-04-05
L||Förslag till överenskommelse, daterat 2018-03-20

L|Skickas till|Region Jönköpings län
L||Kommunstyrelsen
=
L|§ 33|#Svar på remiss – Motion om heltid som norm inom äldreomsorgen
L|Dnr SN 2018/22|
L|KS 2017/512|

L|Beslut|Socialnämnden beslutar
L||att anta förvaltningens yttrande som sitt eget och översända det till kommunstyrelsen,
L||att föreslå kommunfullmäktige att avslå motionen.

L|Sammanfattning|Mikael Ottosson (SD) har i en motion daterad 2017-10-30 föreslagit att heltid ska vara norm för all personal inom äldreomsorgen från 2019. Kommunstyrelsen har remitterat motionen till socialnämnden för yttrande senast 2018-05-15. Förvaltningen redovisar att arbetet med heltid som norm pågår enligt den avsiktsförklaring som Sveriges Kommuner och Landsting har tagit fram, och att ett införande under 2019 inte ryms i budgeten.

L|Beslutsunderlag|Socialförvaltningens tjänsteskrivelse 2018-04-09
L||Motion från Mikael Ottosson (SD), 2017-10-30

L|Yrkanden|Gunilla Persson (S) yrkar bifall till förvaltningens förslag.
L||Mikael Ottosson (SD) yrkar att nämnden ska tillstyrka motionen.
L||Daniel Lund (M) instämmer i Mikael Ottossons yrkande.

L|Beslutsgång|Ordföranden ställer yrkandena mot varandra och finner att nämnden beslutar enligt Gunilla Perssons yrkande. Omröstning begärs. Nämnden godkänner att den som bifaller Gunilla Perssons yrkande röstar ja och den som bifaller Mikael Ottossons yrkande röstar nej.

L|Omröstningsresultat|Med 6 ja-röster mot 3 nej-röster beslutar socialnämnden enligt Gunilla Perssons yrkande.

L|Reservation|Mikael Ottosson (SD) reserverar sig till förmån för eget yrkande. Maj-Britt Svensson (M) och Daniel Lund (M) reserverar sig mot beslutet.

L|Protokollsanteckning|Elisabeth Fagerberg (KD) får till protokollet anteckna att nämnden bör återkomma i frågan inför budget 2019.

L|Skickas till|Kommunstyrelsen
=
L|§ 34|#Redovisning av delegationsbeslut och meddelanden
L|Dnr SN 2018/3|

L|Beslut|Socialnämnden lägger redovisningen till handlingarna.

L|Sammanfattning|Redovisning av delegationsbeslut fattade under perioden 2018-03-01–2018-03-31 enligt socialnämndens delegationsordning, fastställd 2017-12-13, § 118.

L|Meddelanden|Inspektionen för vård och omsorg, beslut 2018-03-28 efter tillsyn av Östanå särskilda boende.
L||Förvaltningsrätten i Jönköping, dom 2018-04-03 om bistånd enligt 4 kap. 1 § socialtjänstlagen.
L||Sveriges Kommuner och Landsting, cirkulär om ersättningsnivåer för 2018.

L|Beslutsunderlag|Delegationslista mars 2018
"""

SODERKOPING = """\
#Kommunstyrelsen
Tid: 2017-09-12 kl. 08.30–12.10, ajournering kl. 10.00–10.15
Plats: Stadshuset, Kommunstyrelsens sammanträdesrum, Söderköping
#Beslutande
T|Namn|Parti|Funktion
T|Lena Nordqvist|S|Ordförande
T|Henrik Ekström|M|1:e vice ordförande
T|Birgitta Alm|C|2:e vice ordförande
T|Sven-Olof Lind|S|Ledamot
T|Marie Hjalmarsson|S|Ledamot
T|Tord Söderlund|S|Ledamot
T|Peter Carlsson|M|Ledamot
T|Jan Wallin|M|Ledamot
T|Karin Ljung|V|Ledamot
T|Anna Sund|SD|Ledamot
T|Kjell-Åke Berg|KD|Ledamot
T|Sofia Gran|L|Ledamot
T|Mats Rydén|S|Tjänstgörande ersättare för Ulla Ek (S)

#Närvarande ersättare
Camilla Berglund (V), Olle Fransson (MP), Gun Ahlström (M)

#Övriga närvarande
Karin Lundgren, kommundirektör
Thomas Hult, ekonomichef, § 142
Emma Forsberg, kommunsekreterare
Justerare: Henrik Ekström
Justeringens tid och plats: 2017-09-18, Stadshuset
Paragrafer: 142–145

#Underskrifter
C|Sekreterare|Ordförande
C|...........................................|...........................................
C|Emma Forsberg|Lena Nordqvist
C|Justerare|
C|...........................................|
C|Henrik Ekström|

#BEVIS OM ANSLAG
Justeringen av kommunstyrelsens protokoll 2017-09-12 har tillkännagivits på kommunens anslagstavla.
Anslaget sätts upp: 2017-09-19. Anslaget tas ned: 2017-10-11. Förvaras: kommunledningskontoret.
=
#KS § 142    Dnr: KS 2017.0398
#Delårsrapport januari–juli 2017

Kommunstyrelsens förslag till kommunfullmäktige
Kommunfullmäktige beslutar
- att godkänna delårsrapporten för perioden januari–juli 2017.

Kommunstyrelsens beslut för egen del
- att uppmana barn- och utbildningsnämnden att senast 2017-10-31 redovisa åtgärder för en budget i balans.

Ärendebeskrivning
Delårsrapporten visar ett prognostiserat resultat för helåret på 9,8 mnkr, vilket är 3,1 mnkr bättre än budget. Barn- och utbildningsnämnden prognostiserar ett underskott på 5,4 mnkr. Söderköpings Vatten AB redovisar ett resultat enligt ägardirektivet. Revisorerna lämnar sitt utlåtande över delårsrapporten till fullmäktiges sammanträde 2017-10-25. Delårsrapporten har upprättats enligt 13 § lagen (1997:614) om kommunal redovisning.

Beslutsunderlag
Ekonomikontorets tjänsteskrivelse 2017-08-28
Delårsrapport januari–juli 2017

Yrkande
Lena Nordqvist (S) yrkar bifall till ekonomikontorets förslag.

Beslutsgång
Ordföranden frågar om kommunstyrelsen bifaller förslaget och finner att så sker.

Beslutet skickas till
Kommunfullmäktige
Barn- och utbildningsnämnden

#KS § 143    Dnr: KS 2017.0311
#Svar på remiss – Regional transportplan för Östergötland 2018–2029

Kommunstyrelsens beslut
Kommunstyrelsen antar yttrandet i bilaga 1 och översänder det till Region Östergötland.

Paragrafen förklaras omedelbart justerad.

Ärendebeskrivning
Region Östergötland har den 30 juni 2017 skickat förslag till regional transportplan för Östergötland 2018–2029 på remiss (regionens diarienummer RÖ 2017-1287) med sista svarsdag 2017-09-30. Planen omfattar investeringar i det regionala vägnätet som Trafikverket ansvarar för samt medfinansiering av kollektivtrafik genom Östgötatrafiken. Förslaget till yttrande har stämts av med Norrköpings kommun när det gäller E22 och Söderköpingsleden.

Beslutsunderlag
Samhällsbyggnadskontorets tjänsteskrivelse 2017-08-24
Förslag till yttrande, bilaga 1

Yrkanden
Henrik Ekström (M) yrkar bifall till förslaget med tillägget att yttrandet ska framhålla behovet av en gång- och cykelväg längs väg 210 mot Västra Husby.
Lena Nordqvist (S) yrkar bifall till förslaget och avslag på Henrik Ekströms tilläggsyrkande.

Beslutsgång
Ordföranden ställer först proposition på förslaget och finner att kommunstyrelsen bifaller det. Därefter ställer ordföranden proposition på Henrik Ekströms tilläggsyrkande och finner att det avslås. Votering begärs.
Kommunstyrelsen godkänner följande voteringsordning: Ja-röst för avslag på tilläggsyrkandet, nej-röst för bifall till tilläggsyrkandet.
=
#KS § 143 (forts.)

Omröstningsresultat
V|Ledamot|Ja|Nej|Avstår
V|Lena Nordqvist (S)|X||
V|Henrik Ekström (M)||X|
V|Birgitta Alm (C)||X|
V|Sven-Olof Lind (S)|X||
V|Marie Hjalmarsson (S)|X||
V|Tord Söderlund (S)|X||
V|Peter Carlsson (M)||X|
V|Jan Wallin (M)||X|
V|Karin Ljung (V)|X||
V|Anna Sund (SD)||X|
V|Kjell-Åke Berg (KD)||X|
V|Sofia Gran (L)|X||
V|Mats Rydén (S)|X||
V|Summa|7|6|0
Med 7 ja-röster mot 6 nej-röster har kommunstyrelsen beslutat att avslå tilläggsyrkandet.

Reservation
Mot beslutet reserverar sig Henrik Ekström (M), Peter Carlsson (M) och Jan Wallin (M) till förmån för Henrik Ekströms yrkande.

Särskilt yttrande
Birgitta Alm (C) lämnar ett särskilt yttrande, bilaga 2.
Ersättaren Olle Fransson (MP) ställer sig bakom Birgitta Alms särskilda yttrande.

Beslutet skickas till
Region Östergötland

#KS § 144    Dnr: KS 2017.0402
#Avtal om gemensam upphandling av livsmedel med Valdemarsviks kommun

Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner avtalet mellan Söderköpings kommun och Valdemarsviks kommun om gemensam upphandling av livsmedel.
2. Kommundirektören får i uppdrag att underteckna avtalet.

Ärendebeskrivning
Kommunernas nuvarande livsmedelsavtal löper ut 2018-03-31. Genom avtalet genomför Söderköpings kommun upphandlingen enligt lagen (2016:1145) om offentlig upphandling även för Valdemarsviks kommuns räkning. Kostnaderna fördelas efter antal invånare.

Beslutsunderlag
Tjänsteskrivelse från upphandlingsenheten, 2017-08-30
Förslag till avtal

Beslutet skickas till
Valdemarsviks kommun

#KS § 145    Dnr: KS 2016.0587
#Motion om solceller på kommunens fastigheter

Kommunstyrelsens förslag till kommunfullmäktige
Kommunfullmäktige beslutar att anse motionen besvarad.

Ärendebeskrivning
Olle Fransson (MP) har i en motion daterad 2016-11-14 föreslagit att solceller ska installeras på samtliga kommunala fastigheter senast 2020. Samhällsbyggnadskontoret redovisar att solceller installeras vid om- och nybyggnad där kalkylen är positiv och att kommunen har sökt investeringsstöd från Energimyndigheten. Kommunstyrelsens arbetsutskott behandlade ärendet 2017-08-29, § 118.

Beslutsunderlag
Samhällsbyggnadskontorets tjänsteskrivelse 2017-08-15
Motion från Olle Fransson (MP)
Kommunstyrelsens arbetsutskott 2017-08-29, § 118

Yrkanden
Karin Ljung (V) yrkar bifall till motionen.
Sven-Olof Lind (S) yrkar bifall till arbetsutskottets förslag.

Beslutsgång
Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt Sven-Olof Linds yrkande.

Reservation
Karin Ljung (V) reserverar sig mot beslutet.

Beslutet skickas till
Kommunfullmäktige
"""

MONSTERAS = """\
#Barn- och utbildningsnämnden
Sammanträdesdatum: 2019-10-23
Justeringsdatum: 2019-10-28

#§ 78  Yttrande över remiss – Digitalisering av nationella prov
Dnr BUN 2019/0142

#Beslut
Barn- och utbildningsnämnden beslutar att avge yttrande till Skolverket i enlighet med förvaltningens förslag.

Paragrafen justeras omedelbart.

#Bakgrund
Skolverket har i skrivelse 2019-09-02 (Skolverkets dnr 2019:00987) gett Mönsterås kommun tillfälle att yttra sig över förslaget att de nationella proven ska genomföras digitalt från läsåret 2022/23. Svar ska ha kommit in senast 2019-11-15. Proven regleras i 10 kap. 21 § skollagen (2010:800). Förvaltningen bedömer att skolornas tekniska utrustning behöver förstärkas och att Kalmar läns kommuner bör samordna upphandlingen av digitala prov-miljöer.
Barn- och utbildningsförvaltningens tjänsteskrivelse 2019-10-08.

#Yrkanden
Ordföranden Eva Lindahl (S) yrkar bifall till förvaltningens förslag.
Anders Holmqvist (M) yrkar att yttrandet kompletteras med att staten ska stå för kostnaderna för utrustningen.

#Beslutsgång
Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller hennes eget yrkande. Votering begärs och ska verkställas. Ja-röst för ordförandens yrkande, nej-röst för Anders Holmqvists yrkande. Voteringen utfaller med 6 ja-röster, 4 nej-röster och 1 nedlagd röst. Nämnden har därmed bifallit ordförandens yrkande.

#Reservation
Anders Holmqvist (M) och Lotta Ek (M) reserverar sig skriftligen, bilaga 1.

#Beslutet skickas till
Skolverket

#§ 79  Avtal om verksamhetsförlagd utbildning med Linnéuniversitetet
Dnr BUN 2019/0117

#Beslut
1) Barn- och utbildningsnämnden godkänner avtalet om verksamhetsförlagd utbildning mellan Mönsterås kommun och Linnéuniversitetet för perioden 2020-01-01–2022-12-31.
2) Förvaltningschefen får i uppdrag att underteckna avtalet.

#Bakgrund
Nuvarande avtal godkändes av nämnden 2016-11-16, § 92, och löper ut vid årsskiftet. Det nya avtalet reglerar handledning av lärarstudenter och ersättningen per student och vecka. Kalmar kommun och Oskarshamns kommun har tecknat motsvarande avtal med universitetet.
Tjänsteskrivelse 2019-10-01.

#Särskilt yttrande
Jonas Wahlberg (KD) lämnar ett särskilt yttrande om handledarutbildningen, bilaga 2.

#Beslutet skickas till
Linnéuniversitetet

#Underskrifter
C|Ordförande|Justerare
C|...............................................|...............................................
C|Eva Lindahl|Per-Olof Nyman

C|Sekreterare|
C|...............................................|
C|Malin Sjögren|

#Utdragsbestyrkande
Malin Sjögren, 2019-10-30
"""


class Protocol(FPDF):
    """A4 page with a running header and footer drawn by the given callables."""

    def __init__(self, head, foot) -> None:
        super().__init__(format="A4")
        self._head = head
        self._foot = foot

    def header(self) -> None:
        self._head(self)

    def footer(self) -> None:
        self._foot(self)


def vetlanda_head(pdf: FPDF) -> None:
    pdf.set_font("F", "B", 10)
    pdf.cell(60, 5, "VETLANDA KOMMUN")
    pdf.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="C")
    pdf.cell(0, 5, f"{pdf.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.cell(95, 5, "Socialnämnden")
    pdf.cell(0, 5, "Sammanträdesdatum 2018-04-25", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(6)


def vetlanda_foot(pdf: FPDF) -> None:
    pdf.set_y(-18)
    pdf.set_font("F", "", 8)
    pdf.cell(95, 4, "Justerandes signatur")
    pdf.cell(0, 4, "Utdragsbestyrkande", align="R")


def soderkoping_head(pdf: FPDF) -> None:
    pdf.set_font("F", "", 9)
    pdf.cell(70, 6, "Söderköpings kommun", border=1)
    pdf.cell(70, 6, "SAMMANTRÄDESPROTOKOLL", border=1)
    pdf.cell(0, 6, f"Sida {pdf.page_no()} av {{nb}}", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(70, 6, "Kommunstyrelsen", border=1)
    pdf.cell(70, 6, "Sammanträdesdatum 2017-09-12", border=1)
    pdf.cell(0, 6, "", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def soderkoping_foot(pdf: FPDF) -> None:
    pdf.set_y(-20)
    pdf.set_font("F", "", 8)
    pdf.cell(60, 4, "Justerandes signatur")
    pdf.cell(60, 4, "Utdragsbestyrkande")
    pdf.cell(0, 4, "Utskrivet 2017-09-18 14:02", align="R", new_x="LMARGIN", new_y="NEXT")


def monsteras_head(pdf: FPDF) -> None:
    pdf.set_font("F", "B", 10)
    pdf.cell(80, 5, "MÖNSTERÅS KOMMUN")
    pdf.cell(60, 5, "PROTOKOLLSUTDRAG")
    pdf.cell(0, 5, f"Sida {pdf.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def monsteras_foot(pdf: FPDF) -> None:
    pdf.set_y(-18)
    pdf.set_font("F", "", 8)
    pdf.cell(0, 4, "Justerandes sign ________   ________        Utdragsbestyrkande ________")


def make_pdf(text: str, name: str, title: str, created: dt.datetime, head, foot, indent: float = 0) -> None:
    pdf = Protocol(head, foot)
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Kansliet")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=24)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    for line in text.splitlines():
        pdf.set_font("F", "", 10)
        if line == "=":
            pdf.add_page()
        elif not line.strip():
            pdf.ln(4)
        elif line.startswith("L|"):
            _, label, value = line.split("|", 2)
            y = pdf.get_y()
            pdf.multi_cell(indent - 2, 5.5, label, new_x="LMARGIN", new_y="NEXT")
            y_label = pdf.get_y()
            pdf.set_xy(pdf.l_margin + indent, y)
            if value.startswith("#"):
                pdf.set_font("F", "B", 11)
                value = value[1:]
            pdf.multi_cell(0, 5.5, value or " ", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y_label, pdf.get_y()))
        elif line[:2] in ("T|", "V|"):
            cols = line[2:].split("|")
            widths = [55, 15, 100] if line[0] == "T" else [70, 20, 20, 20]
            bold = cols[0] in ("Namn", "Ledamot", "Summa")
            pdf.set_font("F", "B" if bold else "", 10)
            for w, c in zip(widths, cols, strict=False):
                pdf.cell(w, 5.5, c, align="L" if w > 30 else "C")
            pdf.ln(5.5)
        elif line.startswith("C|"):
            _, left, right = line.split("|", 2)
            pdf.cell(85, 5.5, left)
            pdf.cell(0, 5.5, right, new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("#"):
            pdf.set_font("F", "B", 11)
            pdf.multi_cell(0, 6, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / name))


# DOCX: Eksjö kommun, kommunstyrelsens arbetsutskott 2016-03-08, full protocol.
KSAU_HEAD = [
    "#EKSJÖ KOMMUN",
    "#SAMMANTRÄDESPROTOKOLL",
    "Kommunstyrelsens arbetsutskott",
    "Sammanträdesdatum 2016-03-08",
    "",
    "Plats och tid: Stadshuset, sammanträdesrum Landshövdingen, kl. 08.30–11.45",
    "Beslutande: Annelie Hägg (M), ordförande, Lars-Göran Ståhl (C), vice ordförande, Jonas Melin (S), "
    "Kristina Rapp (KD) samt Ulf Ekdahl (S), tjänstgörande ersättare för Monica Ljung (S).",
    "Övriga deltagande: Carina Vinberg, kommundirektör, Stefan Ohlin, ekonomichef, §§ 31–32, "
    "Lena Falk, kommunsekreterare.",
    "Utses att justera: Jonas Melin",
    "Justeringens plats och tid: Kommunledningsförvaltningen, 2016-03-11 kl. 10.00",
    "Paragrafer: 31–33",
]
KSAU_SIGN = [
    ("Sekreterare", "Lena Falk"),
    ("Ordförande", "Annelie Hägg"),
    ("Justerande", "Jonas Melin"),
]
KSAU_ANSLAG = [
    ("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
    ("Organ", "Kommunstyrelsens arbetsutskott"),
    ("Sammanträdesdatum", "2016-03-08"),
    ("Anslaget sätts upp", "2016-03-14"),
    ("Anslaget tas ned", "2016-04-05"),
    ("Förvaringsplats", "Kommunledningsförvaltningen, Stadshuset"),
]
KSAU_BODY: list[str] = [
    "#§ 31    Hyresavtal för förskolelokaler i Ingatorp",
    "Dnr KS 2016/87",
    "#Arbetsutskottets förslag till kommunstyrelsen",
    "Kommunstyrelsen beslutar",
    "att godkänna hyresavtalet mellan Eksjö kommun och Eksjöbostäder AB avseende förskolelokaler i Ingatorp "
    "för perioden 2016-08-01–2026-07-31,",
    "att hyreskostnaden finansieras inom barn- och utbildningsnämndens budgetram.",
    "#Ärendebeskrivning",
    "Barn- och utbildningsnämnden beslutade 2016-02-17, § 12, att begära utökade förskolelokaler i Ingatorp. "
    "Eksjöbostäder AB har erbjudit sig att bygga om en lokal i bostadsområdet vid skolan. Årshyran blir "
    "412 000 kronor. Kommunledningsförvaltningens tjänsteskrivelse är daterad 2016-02-22.",
    "#Yrkande",
    "Jonas Melin (S) yrkar bifall till förvaltningens förslag.",
    "#Beslutsgång",
    "Ordföranden finner att arbetsutskottet bifaller förslaget.",
    "#§ 32    Remiss – Regionalt trafikförsörjningsprogram för Jönköpings län",
    "Dnr KS 2016/12",
    "#Beslut",
    "Arbetsutskottet avger på kommunstyrelsens vägnar yttrande enligt bilaga 1.",
    "#Ärendebeskrivning",
    "Region Jönköpings län har den 14 december 2015 sänt förslag till regionalt trafikförsörjningsprogram "
    "på remiss (RJL 2015/2318) till länets kommuner. Programmet anger målen för den kollektivtrafik som "
    "Jönköpings Länstrafik bedriver enligt lagen (2010:1065) om kollektivtrafik. Yttrandet ska vara regionen "
    "tillhanda senast 2016-03-31. Arbetsutskottet beslutar med stöd av kommunstyrelsens delegationsordning, "
    "punkt 1.4. Kommunledningsförvaltningens tjänsteskrivelse 2016-02-29.",
    "#Yrkanden",
    "Annelie Hägg (M) yrkar bifall till förvaltningens förslag till yttrande.",
    "Jonas Melin (S) yrkar att yttrandet ska kompletteras med krav på fler turer mellan Mariannelund och Eksjö.",
    "#Beslutsgång",
    "Ordföranden ställer yrkandena mot varandra och finner att arbetsutskottet beslutar enligt hennes "
    "yrkande. Votering begärs. Ja-röst för Annelie Häggs yrkande, nej-röst för Jonas Melins yrkande.",
    "Ja-röster: 3 (Annelie Hägg, Lars-Göran Ståhl, Kristina Rapp)",
    "Nej-röster: 2 (Jonas Melin, Ulf Ekdahl)",
    "Arbetsutskottet har därmed beslutat enligt Annelie Häggs yrkande.",
    "#Reservation",
    "Jonas Melin och Ulf Ekdahl (båda S) reserverar sig till förmån för Jonas Melins yrkande.",
    "Paragrafen justeras omedelbart.",
    "#Beslutet skickas till",
    "Region Jönköpings län",
    "Kommunstyrelsen",
    "#§ 33    Medborgarförslag om hundrastgård i Norra parken",
    "Dnr KS 2015/402",
    "#Arbetsutskottets förslag till kommunfullmäktige",
    "Kommunfullmäktige beslutar att bifalla medborgarförslaget.",
    "#Ärendebeskrivning",
    "I ett medborgarförslag som kom in 2015-09-21 föreslås en inhägnad hundrastgård i Norra parken. "
    "Tekniska nämnden har yttrat sig 2016-02-10, § 9, och tillstyrker förslaget. Kostnaden beräknas till "
    "85 000 kronor och ryms inom nämndens driftbudget. Tjänsteskrivelse 2016-02-24.",
    "#Protokollsanteckning",
    "Lars-Göran Ståhl (C) antecknar till protokollet att Centerpartiet vill se en motsvarande "
    "hundrastgård i Mariannelund.",
    "#Beslutet skickas till",
    "Kommunstyrelsen",
    "Tekniska nämnden",
]
FIXED_DOCX = dt.datetime(2016, 3, 11, 10, 0, 0)


def make_docx() -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokoll kommunstyrelsens arbetsutskott 2016-03-08"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_modified_by = "Kommunledningsförvaltningen"
    cp.revision = 1
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "EKSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tKommunstyrelsens arbetsutskott 2016-03-08"
    sec.footer.paragraphs[0].text = "Justerandes signatur\t\tUtdragsbestyrkande"
    for line in KSAU_HEAD:
        if line.startswith("#"):
            d.add_paragraph().add_run(line[1:]).bold = True
        else:
            d.add_paragraph(line)
    d.add_paragraph().add_run("Underskrifter").bold = True
    table = d.add_table(rows=0, cols=2)
    for label, name in KSAU_SIGN:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = "...................................................\n" + name
    d.add_paragraph()
    anslag = d.add_table(rows=0, cols=2)
    for label, value in KSAU_ANSLAG:
        cells = anslag.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_page_break()
    for line in KSAU_BODY:
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
            info = zipfile.ZipInfo(item.filename, date_time=(2016, 3, 11, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (DOCS / "eksjo-ksau-2016-03-08-protokoll.docx").write_bytes(out.getvalue())


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    utc = dt.UTC
    make_pdf(VETLANDA, "vetlanda-sn-2018-04-25-protokoll.pdf", "Protokoll socialnämnden 2018-04-25",
             dt.datetime(2018, 5, 2, 11, 0, 0, tzinfo=utc), vetlanda_head, vetlanda_foot, indent=50)
    make_pdf(SODERKOPING, "soderkoping-ks-2017-09-12-protokoll.pdf", "Kommunstyrelsen 2017-09-12",
             dt.datetime(2017, 9, 18, 14, 2, 0, tzinfo=utc), soderkoping_head, soderkoping_foot)
    make_pdf(MONSTERAS, "monsteras-bun-2019-10-23-protokollsutdrag.pdf", "Protokollsutdrag BUN 2019-10-23",
             dt.datetime(2019, 10, 30, 9, 0, 0, tzinfo=utc), monsteras_head, monsteras_foot)
    make_docx()


if __name__ == "__main__":
    main()
