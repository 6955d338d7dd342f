"""Generate the binary documents of tests/heldout24/docs (two PDFs, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout24/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout24/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 5, 2, 9, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 4, 4, 10, 0, 0)


def add_fonts(pdf: FPDF) -> None:
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


def fix_meta(pdf: FPDF, title: str, author: str) -> None:
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("heldout24")
    pdf.set_producer("heldout24")


# ---------------------------------------------------------------------------------------------
# PDF 1: Avesta kommun, kommunfullmäktige 2024-04-22, full protocol, §§ 38–51.
# Page 1: label column; page 2: the numbered "Närvaro- och omröstningslista" whose vote columns
# are paragraph numbers (§ 45, § 47, § 48) with the words Ja / Nej / Avst per member.

# (name, party, presence, serving substitute, vote § 45, vote § 47, vote § 48)
AVESTA_ROLL: list[tuple[str, str, str, str, str, str, str]] = [
    ("Lars-Erik Halvarsson", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Anders Henriksson", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Eva Lindh", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Karl Östman", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Kent Hallberg", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Marianne Sjödin", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Bengt Ahlqvist", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Susanne Forsgren", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Roger Ekman", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Ann-Christin Lilja", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Peter Ståhlberg", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Monica Hedlund", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Tommy Granqvist", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Helén Nordin", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Jan-Olov Berg", "S", "–", "Ulrika Mattsson (S)", "Ja", "Ja", "Nej"),
    ("Birgitta Svärd", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Mohamed Farah", "S", "X", "", "Ja", "Ja", "Nej"),
    ("Tomas Ljunggren", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Ulf Berggren", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Sofia Grahn", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Patrik Nyström", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Camilla Hägg", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Dennis Wiklund", "SD", "–", "", "–", "–", "–"),
    ("Jessica Lundberg", "SD", "X", "", "Ja", "Avst", "Ja"),
    ("Mats Örn", "SD", "X", "", "Ja", "Avst", "Ja"),
    ("Robert Sandin", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Eva-Lena Tapper", "SD", "X", "", "Ja", "Nej", "Ja"),
    ("Birgitta Fridh", "M", "X", "", "Ja", "Ja", "Ja"),
    ("Helena Borg", "M", "X", "", "Ja", "Ja", "Ja"),
    ("Fredrik Malm", "M", "X", "", "Ja", "Ja", "Ja"),
    ("Annelie Roos", "M", "X", "", "Ja", "Ja", "Ja"),
    ("Gustav Bergman", "M", "–", "Håkan Rydell (M)", "Ja", "Ja", "Ja"),
    ("Lotta Sundberg", "M", "X", "", "Ja", "Ja", "Ja"),
    ("Christer Hallin", "M", "X", "", "Ja", "Ja", "Ja"),
    ("Gunilla Rask", "V", "X", "", "Nej", "Ja", "Ja"),
    ("Per Nyberg", "V", "X", "", "Nej", "Ja", "Ja"),
    ("Anna Ek", "V", "X", "", "Nej", "Ja", "Ja"),
    ("Stig Bäckman", "V", "X", "", "Nej", "Ja", "Ja"),
    ("Mikael Persson", "C", "X", "", "Avst", "Ja", "Ja"),
    ("Elisabet Gran", "C", "X", "", "Avst", "Ja", "Ja"),
    ("Olle Strand", "C", "§§ 38–46", "", "Avst", "–", "–"),
    ("Maria Sahlin", "KD", "X", "", "Ja", "Ja", "Ja"),
    ("Leif Åström", "KD", "X", "", "Ja", "Ja", "Ja"),
    ("Kristina Bodin", "L", "X", "", "Ja", "Ja", "Ja"),
    ("Johanna Wiik", "MP", "X", "", "Nej", "Ja", "Avst"),
]

AVESTA_FRONT: list[tuple[str, str]] = [
    ("Plats och tid", "Sessionssalen, Avesta kommunhus, måndagen den 22 april 2024 kl. 18.30–21.45"),
    ("Ordförande", "Lars-Erik Halvarsson (S)"),
    ("1:e vice ordförande", "Birgitta Fridh (M)"),
    ("2:e vice ordförande", "Tomas Ljunggren (SD)"),
    ("Beslutande", "Se närvaro- och omröstningslistan på sidan 2."),
    ("Närvarande ersättare\n(ej tjänstgörande)", "Lina Forsberg (S), Göran Dahl (SD), Ingrid Wester (M)"),
    ("Övriga närvarande", "Annika Sjöberg, kommundirektör\nMattias Holm, ekonomichef, §§ 43–44\n"
                          "Jenny Lindqvist, kommunsekreterare"),
    ("Utses att justera", "Karl Östman (S) och Helena Borg (M)"),
    ("Justeringens\nplats och tid", "Kommunhuset, Avesta, torsdagen den 25 april 2024"),
]

AVESTA_BODY: list[tuple[str, ...]] = [
    ("par", "38", "Val av justerare och tid för justering", ""),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Karl Östman (S) och Helena Borg (M) utses att justera dagens protokoll. Justeringen sker "
          "torsdagen den 25 april 2024 i kommunhuset."),
    ("par", "39", "Fastställande av dagordning", ""),
    ("p", "Kallelse och dagordning har skickats till ledamöter och ersättare den 10 april 2024 och "
          "kungjorts på kommunens digitala anslagstavla samma dag."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Dagordningen fastställs."),
    ("par", "40", "Anmälan av motioner och medborgarförslag", ""),
    ("p", "Följande motioner och medborgarförslag har kommit in sedan föregående sammanträde:"),
    ("li", "a) Motion från Sofia Grahn (SD) om trygghetskameror vid Avesta resecentrum, dnr KS 2024/0187"),
    ("li", "b) Motion från Mikael Persson (C) och Elisabet Gran (C) om laddplatser för elbilar i Krylbo, "
           "dnr KS 2024/0192"),
    ("li", "c) Medborgarförslag om en hundrastgård i Horndal, dnr KS 2024/0201"),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Motionerna och medborgarförslaget överlämnas till kommunstyrelsen för beredning."),
    ("par", "41", "Interpellation från Gunilla Rask (V) till kommunstyrelsens ordförande om bemanningen "
                  "i hemtjänsten", "Dnr KS 2024/0155"),
    ("p", "Gunilla Rask (V) har i en interpellation, inlämnad 2024-03-18, frågat kommunstyrelsens "
          "ordförande Anders Henriksson (S) hur många timanställda som arbetar i hemtjänsten och vilka "
          "åtgärder som vidtas för att minska antalet personal som varje brukare möter. Anders Henriksson "
          "(S) besvarar interpellationen skriftligt och muntligt."),
    ("p", "I debatten deltar Gunilla Rask (V), Anders Henriksson (S), Ulf Berggren (SD) och "
          "Maria Sahlin (KD)."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Interpellationen anses besvarad."),
    ("par", "42", "Fråga från Ulf Berggren (SD) till tekniska nämndens ordförande om vinterväghållningen "
                  "i Fors", "Dnr KS 2024/0171"),
    ("p", "Ulf Berggren (SD) har inför sammanträdet lämnat in en fråga till tekniska nämndens ordförande "
          "Eva Lindh (S) om varför gång- och cykelvägarna i Fors plogades senare än i centralorten under "
          "vintern 2023/2024."),
    ("p", "Eva Lindh (S) besvarar frågan. Ulf Berggren (SD) tackar för svaret."),
    ("par", "43", "Årsredovisning 2023 för Avesta kommun", "Dnr KS 2024/0098"),
    ("h", "Ärendebeskrivning"),
    ("p", "Kommunstyrelsen har upprättat årsredovisning för 2023. Årets resultat för kommunen uppgår till "
          "41,2 miljoner kronor och för koncernen, där AB Avestabostäder och Avesta Vatten och Avfall AB "
          "ingår, till 58,7 miljoner kronor. Balanskravet är uppfyllt. Ekonomichef Mattias Holm föredrar "
          "ärendet."),
    ("h", "Beslutsunderlag"),
    ("li", "– Kommunstyrelsens beslut 2024-03-26, § 61"),
    ("li", "– Tjänsteskrivelse från ekonomiavdelningen 2024-03-08"),
    ("li", "– Årsredovisning 2023 för Avesta kommun"),
    ("h", "Yrkanden"),
    ("p", "Anders Henriksson (S) yrkar bifall till kommunstyrelsens förslag."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på Anders Henrikssons yrkande och finner att kommunfullmäktige "
          "bifaller detta."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Årsredovisning 2023 för Avesta kommun godkänns."),
    ("h", "Protokollsanteckning"),
    ("p", "Ulf Berggren (SD) får antecknat till protokollet att Sverigedemokraterna anser att "
          "försäljningen av tomtmark inte borde ha räknats in i det budgeterade resultatet."),
    ("par", "44", "Ansvarsfrihet för år 2023", "Dnr KS 2024/0099"),
    ("p", "De förtroendevalda revisorerna har granskat kommunstyrelsens och nämndernas verksamhet under "
          "2023. Revisionsberättelsen är daterad 2024-04-02. Revisorerna tillstyrker att "
          "kommunfullmäktige beviljar kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa "
          "organ ansvarsfrihet. Revisorernas ordförande Göran Sjölander redogör för revisionsberättelsen."),
    ("h", "Jäv"),
    ("p", "Enligt 5 kap. 47 § kommunallagen (2017:725) deltar den som är föremål för prövningen inte i "
          "beslutet om ansvarsfrihet för det egna organet. Berörda ledamöter lämnar salen när respektive "
          "organ prövas."),
    ("h", "Kommunfullmäktige beslutar"),
    ("num", "1. Kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden, kultur- och fritidsnämnden "
            "och miljö- och byggnadsnämnden beviljas ansvarsfrihet för verksamhetsåret 2023."),
    ("num", "2. De enskilda förtroendevalda i dessa organ beviljas ansvarsfrihet för verksamhetsåret 2023."),
    ("par", "45", "Svar på motion från Anna Ek (V) om avgiftsfri kollektivtrafik för pensionärer",
     "Dnr KS 2023/0412"),
    ("h", "Ärendebeskrivning"),
    ("p", "Anna Ek (V) föreslår i en motion, inlämnad 2023-09-18, att kommunen ska införa avgiftsfria "
          "resor i kollektivtrafiken för invånare som har fyllt 70 år. Motionen har remitterats till "
          "Region Dalarna, som är regional kollektivtrafikmyndighet. Kommunstyrelsen föreslår att "
          "motionen avslås med hänvisning till kostnaden, som beräknas till 3,4 miljoner kronor per år."),
    ("h", "Beslutsunderlag"),
    ("li", "– Kommunstyrelsens beslut 2024-03-26, § 64"),
    ("li", "– Tjänsteskrivelse från kommunledningskontoret 2024-02-28"),
    ("li", "– Region Dalarnas yttrande 2024-01-19"),
    ("li", "– Motion från Anna Ek (V), 2023-09-18"),
    ("h", "Yrkanden"),
    ("p", "Anders Henriksson (S) och Tomas Ljunggren (SD) yrkar bifall till kommunstyrelsens förslag."),
    ("p", "Per Nyberg (V) yrkar, med instämmande av Johanna Wiik (MP), bifall till motionen."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och på Per Nybergs yrkande och "
          "finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs."),
    ("p", "Följande propositionsordning godkänns: Ja-röst för kommunstyrelsens förslag. Nej-röst för "
          "Per Nybergs yrkande."),
    ("h", "Omröstning"),
    ("p", "Omröstningsresultatet redovisas per ledamot i närvaro- och omröstningslistan, kolumn § 45. "
          "Ordföranden finner att kommunfullmäktige har beslutat enligt kommunstyrelsens förslag."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Motionen avslås."),
    ("h", "Reservation"),
    ("p", "Per Nyberg (V), Gunilla Rask (V), Anna Ek (V), Stig Bäckman (V) och Johanna Wiik (MP) "
          "reserverar sig mot beslutet till förmån för Per Nybergs yrkande."),
    ("par", "46", "Svar på medborgarförslag om fler sittbänkar längs Dalälven i centrala Avesta",
     "Dnr KS 2023/0388"),
    ("p", "Kerstin Wahlberg föreslår i ett medborgarförslag att fler sittbänkar ställs ut längs "
          "promenadstråket vid Dalälven. Medborgarförslaget har remitterats till tekniska nämnden, som "
          "i sitt yttrande redovisar att fyra nya bänkar placeras ut under sommaren 2024."),
    ("h", "Beslutsunderlag"),
    ("li", "– Kommunstyrelsens beslut 2024-03-26, § 65"),
    ("li", "– Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-02-14"),
    ("li", "– Tekniska nämndens beslut 2024-01-25, § 9"),
    ("h", "Yrkanden"),
    ("p", "Eva Lindh (S) yrkar bifall till kommunstyrelsens förslag."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Medborgarförslaget anses besvarat."),
    ("par", "47", "Samverkansavtal om yrkesinriktad vuxenutbildning mellan Avesta kommun, Hedemora kommun "
                  "och Säters kommun", "Dnr KS 2024/0066"),
    ("h", "Ärendebeskrivning"),
    ("p", "Avesta kommun, Hedemora kommun och Säters kommun har tagit fram ett samverkansavtal om "
          "yrkesinriktad vuxenutbildning. Avtalet gäller från och med 2024-07-01 till och med "
          "2027-06-30. Hedemora kommuns diarienummer för avtalet är KS 2024/0104. Säters "
          "kommunfullmäktige godkände avtalet 2024-04-08, § 31."),
    ("h", "Beslutsunderlag"),
    ("li", "– Kommunstyrelsens beslut 2024-03-26, § 66"),
    ("li", "– Tjänsteskrivelse från barn- och utbildningsförvaltningen 2024-03-01"),
    ("li", "– Förslag till samverkansavtal, version 2024-02-20"),
    ("h", "Yrkanden"),
    ("p", "Anders Henriksson (S) yrkar bifall till kommunstyrelsens förslag. Birgitta Fridh (M) och "
          "Kristina Bodin (L) instämmer i Anders Henrikssons yrkande."),
    ("p", "Ulf Berggren (SD) yrkar avslag."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag. Votering begärs. Propositionsordning: Ja-röst för kommunstyrelsens "
          "förslag, Nej-röst för Ulf Berggrens avslagsyrkande."),
    ("h", "Omröstning"),
    ("p", "Omröstningsresultat: 34 ja-röster, 7 nej-röster, 2 avstår och 2 frånvarande. Se närvaro- och "
          "omröstningslistan, kolumn § 47."),
    ("h", "Kommunfullmäktige beslutar"),
    ("num", "1. Samverkansavtalet om yrkesinriktad vuxenutbildning godkänns."),
    ("num", "2. Kommunstyrelsen får i uppdrag att årligen följa upp avtalet."),
    ("h", "Reservation"),
    ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för Ulf Berggrens "
          "yrkande."),
    ("par", "48", "Detaljplan för Tallbacken, del av Avesta Kvarnbacka 3:1 m.fl. – antagande",
     "Dnr KS 2022/0231"),
    ("h", "Ärendebeskrivning"),
    ("p", "Detaljplanen möjliggör cirka 60 bostäder i flerbostadshus vid Tallbacken. Planen har varit "
          "föremål för granskning 2023-11-06–2023-11-27, och granskningsutlåtandet är daterat "
          "2024-01-30. Planen antas enligt 5 kap. 27 § plan- och bygglagen (2010:900)."),
    ("h", "Beslutsunderlag"),
    ("li", "– Kommunstyrelsens beslut 2024-03-26, § 68"),
    ("li", "– Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-02-20"),
    ("li", "– Granskningsutlåtande 2024-01-30"),
    ("h", "Yrkanden"),
    ("p", "Helena Borg (M) yrkar att ärendet bordläggs, eftersom Länsstyrelsen i Dalarnas län ännu inte "
          "har yttrat sig över den kompletterande dagvattenutredningen. Sofia Grahn (SD) och Gunilla "
          "Rask (V) instämmer i Helena Borgs yrkande."),
    ("p", "Anders Henriksson (S) yrkar att ärendet avgörs i dag och bifall till kommunstyrelsens förslag."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer först proposition på om ärendet ska bordläggas eller avgöras i dag och "
          "finner att kommunfullmäktige beslutar att bordlägga ärendet. Votering begärs."),
    ("p", "Propositionsordning: Den som vill att ärendet bordläggs röstar ja. Den som vill att ärendet "
          "avgörs i dag röstar nej."),
    ("h", "Omröstning"),
    ("p", "Resultatet framgår av närvaro- och omröstningslistan, kolumn § 48. Ordföranden finner att "
          "kommunfullmäktige har beslutat att bordlägga ärendet."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Ärendet bordläggs till kommunfullmäktiges sammanträde den 17 juni 2024."),
    ("par", "49", "Taxa för prövning och tillsyn inom miljöbalkens område från 2025", "Dnr KS 2024/0120"),
    ("p", "Miljö- och byggnadsnämnden har föreslagit en ny taxa för prövning och tillsyn enligt "
          "27 kap. 1 § miljöbalken (1998:808), med timavgift i stället för fasta årsavgifter."),
    ("h", "Beslutsunderlag"),
    ("li", "– Kommunstyrelsens beslut 2024-03-26, § 69"),
    ("li", "– Tjänsteskrivelse från miljö- och byggförvaltningen 2024-02-05"),
    ("li", "– Miljö- och byggnadsnämndens beslut 2024-02-21, § 18"),
    ("h", "Yrkanden"),
    ("p", "Mikael Persson (C) yrkar att ärendet återremitteras till kommunstyrelsen för att konsekvenserna "
          "för lantbruksföretag ska utredas. Anders Henriksson (S) instämmer i återremissyrkandet."),
    ("h", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på om ärendet ska återremitteras eller avgöras i dag och finner "
          "att ärendet ska återremitteras."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Ärendet återremitteras till kommunstyrelsen för en analys av taxans konsekvenser för "
          "lantbruksföretag i kommunen."),
    ("par", "50", "Avsägelser och fyllnadsval", "Dnr KS 2024/0015"),
    ("p", "Jonas Åkerlund (M) har i skrivelse 2024-03-11 avsagt sig uppdraget som ledamot i "
          "socialnämnden. Siv Nordqvist (S) har i skrivelse 2024-03-20 avsagt sig uppdraget som ersättare "
          "i barn- och utbildningsnämnden. Kommunen ska dessutom utse ombud till Kommuninvest ekonomisk "
          "förenings föreningsstämma och en lekmannarevisor med suppleant i Avesta Vatten och Avfall AB. "
          "Valberedningen har lämnat förslag."),
    ("h", "Yrkanden"),
    ("p", "Valberedningens ordförande Kent Hallberg (S) yrkar bifall till valberedningens förslag."),
    ("h", "Kommunfullmäktige beslutar"),
    ("num", "1. Jonas Åkerlunds (M) avsägelse från uppdraget som ledamot i socialnämnden beviljas."),
    ("num", "2. Till ny ledamot i socialnämnden för tiden till och med den 31 december 2026 väljs "
            "Marie Holmberg (M)."),
    ("num", "3. Siv Nordqvists (S) avsägelse från uppdraget som ersättare i barn- och utbildningsnämnden "
            "beviljas."),
    ("num", "4. Till ny ersättare i barn- och utbildningsnämnden för samma tid väljs Oskar Lind (S)."),
    ("num", "5. Till ombud vid Kommuninvest ekonomisk förenings föreningsstämma 2024 väljs "
            "Anders Henriksson (S) med Birgitta Fridh (M) som ersättare."),
    ("num", "6. Till lekmannarevisor i Avesta Vatten och Avfall AB för tiden till och med årsstämman 2027 "
            "väljs Gun Eklöf (KD) med Roland Myhr (S) som suppleant."),
    ("par", "51", "Anmälningsärenden", ""),
    ("p", "Följande handlingar anmäls till kommunfullmäktige:"),
    ("li", "1. Länsstyrelsen i Dalarnas län – Beslut efter tillsyn av kommunens krisberedskap, "
           "länsstyrelsens dnr 453-2207-2024, kommunens dnr KS 2024/0140."),
    ("li", "2. De förtroendevalda revisorerna – Granskningsrapport om intern kontroll 2023, "
           "dnr KS 2024/0133."),
    ("li", "3. Kommunstyrelsens beslut 2024-03-26, § 70 – Rapportering av ej verkställda beslut enligt "
           "16 kap. 6 f § socialtjänstlagen (2001:453), dnr KS 2024/0151."),
    ("li", "4. Södra Dalarnas Räddningstjänstförbund – Protokoll från direktionen 2024-03-14, "
           "dnr KS 2024/0160."),
    ("h", "Kommunfullmäktige beslutar"),
    ("p", "Anmälningarna läggs till handlingarna."),
]


class AvestaPDF(FPDF):
    def header(self) -> None:
        self.set_font("F", "B", 10)
        self.set_xy(15, 10)
        self.cell(60, 5, "AVESTA KOMMUN")
        self.set_xy(90, 10)
        self.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("F", "", 9)
        self.set_xy(160, 10)
        self.cell(35, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 15)
        self.cell(60, 5, "Kommunfullmäktige")
        self.set_xy(90, 15)
        self.cell(60, 5, "Sammanträdesdatum 2024-04-22")
        self.line(15, 21, 195, 21)
        self.set_y(26)

    def footer(self) -> None:
        self.set_font("F", "", 8)
        self.set_y(-16)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.set_x(15)
        self.cell(60, 5, "Justerandes sign")
        self.set_x(140)
        self.cell(55, 5, "Utdragsbestyrkande")


def avesta_votes() -> dict[str, tuple[int, int, int]]:
    out = {}
    for col, label in ((4, "45"), (5, "47"), (6, "48")):
        col_votes = [row[col] for row in AVESTA_ROLL]
        out[label] = (col_votes.count("Ja"), col_votes.count("Nej"), col_votes.count("Avst"))
    return out


def make_avesta() -> None:
    assert len(AVESTA_ROLL) == 45
    votes = avesta_votes()
    assert votes == {"45": (36, 5, 3), "47": (34, 7, 2), "48": (25, 17, 1)}, votes
    pdf = AvestaPDF(format="A4")
    add_fonts(pdf)
    fix_meta(pdf, "Kommunfullmäktige 2024-04-22 protokoll", "Avesta kommun")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=22)
    # page 1
    pdf.add_page()
    pdf.set_font("F", "B", 15)
    pdf.set_x(15)
    pdf.cell(0, 9, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, value in AVESTA_FRONT:
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.multi_cell(45, 4.8, label)
        y_label = pdf.get_y()
        pdf.set_xy(62, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(133, 4.8, value)
        pdf.set_y(max(pdf.get_y(), y_label) + 3)
    pdf.ln(2)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(45, 5, "Underskrifter")
    pdf.set_font("F", "", 10)
    for role, names, extra in (
        ("Sekreterare", ["Jenny Lindqvist"], "Paragrafer 38–51"),
        ("Ordförande", ["Lars-Erik Halvarsson"], ""),
        ("Justerande", ["Karl Östman", "Helena Borg"], ""),
    ):
        y = pdf.get_y() + 9
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.cell(45, 5, role)
        pdf.set_font("F", "", 10)
        for i, name in enumerate(names):
            x = 62 + i * 68
            pdf.set_xy(x, y)
            pdf.cell(60, 5, "." * 40)
            pdf.set_xy(x, y + 5)
            pdf.cell(60, 5, name)
        if extra:
            pdf.set_xy(140, y)
            pdf.cell(55, 5, extra)
        pdf.set_y(y + 6)
    pdf.ln(10)
    pdf.set_font("F", "B", 11)
    pdf.set_x(15)
    pdf.cell(0, 7, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    for label, value in (
        ("", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        ("Organ", "Kommunfullmäktige"),
        ("Sammanträdesdatum", "2024-04-22"),
        ("Datum då anslaget sätts upp", "2024-04-26"),
        ("Datum då anslaget tas ned", "2024-05-18"),
        ("Förvaringsplats för protokollet", "Kommunledningskontoret, Avesta kommunhus"),
        ("Underskrift", "Jenny Lindqvist"),
    ):
        pdf.set_x(15)
        pdf.cell(55, 5, label)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    # page 2: the roll-call list
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.set_x(15)
    pdf.cell(0, 7, "NÄRVARO- OCH OMRÖSTNINGSLISTA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 8)
    pdf.set_x(15)
    pdf.multi_cell(180, 4, "Närv.: X = närvarande, – = frånvarande. Omröstning: Ja, Nej, Avst = avstår, "
                           "– = deltar ej. En tjänstgörande ersättare röstar på den ordinarie ledamotens rad.")
    pdf.ln(2)
    widths = [8, 46, 11, 18, 44, 16, 16, 16]
    heads = ["Nr", "Ordinarie ledamot", "Parti", "Närv.", "Tjänstgörande ersättare", "§ 45", "§ 47", "§ 48"]
    pdf.set_font("F", "B", 8)
    pdf.set_x(15)
    for w, h in zip(widths, heads, strict=True):
        pdf.cell(w, 5.5, h, border=1, align="C" if h.startswith("§") else "L")
    pdf.ln()
    pdf.set_font("F", "", 8)
    for nr, row in enumerate(AVESTA_ROLL, start=1):
        name, party, pres, sub, v45, v47, v48 = row
        pdf.set_x(15)
        values = [str(nr), name, party, pres, sub, v45, v47, v48]
        for i, (w, v) in enumerate(zip(widths, values, strict=True)):
            pdf.cell(w, 4.7, v, border=1, align="C" if i >= 5 else "L")
        pdf.ln()
    # paragraphs
    pdf.add_page()
    for block in AVESTA_BODY:
        kind = block[0]
        if kind == "par":
            _, num, title, dnr = block
            if pdf.get_y() > 225:
                pdf.add_page()
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_xy(15, y)
            pdf.set_font("F", "B", 12)
            pdf.cell(22, 6, f"§ {num}")
            pdf.set_xy(40, y)
            pdf.multi_cell(155, 6, title)
            if dnr:
                pdf.set_x(40)
                pdf.set_font("F", "", 9)
                pdf.cell(155, 5, dnr, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_x(40)
            pdf.set_font("F", "B", 10)
            pdf.cell(155, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_x(40)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(155, 5, block[1])
            pdf.ln(1.5)
        else:  # "li" and "num": indented list lines
            pdf.set_x(44)
            pdf.set_font("F", "", 10)
            pdf.multi_cell(151, 5, block[1])
            pdf.ln(0.5)
    pdf.output(str(DOCS / "avesta-kf-2024-04-22-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# PDF 2: Fagersta kommun, kommunfullmäktige 2024-05-27, protokollsutdrag § 58 (valärende).
# Title first with "KF § 58" right-aligned on the same line; the elected members and substitutes
# in a two-column table (Ledamöter | Ersättare) inside the decision.

FAGERSTA_ELECTED: list[tuple[str, str]] = [
    ("Anna-Lena Hägg (S)", "Peter Ström (S)"),
    ("Håkan Ljung (S)", "Yvonne Dahl (S)"),
    ("Sanna Virta (S)", "Ahmed Nur (S)"),
    ("Magnus Ek (M)", "Kerstin Bo (M)"),
    ("Stina Holm (C)", "Ulf Wiik (C)"),
    ("Linda Grönberg (SD)", "Ola Hedman (SD)"),
    ("Rasmus Lund (SD)", "Jessica Ring (V)"),
]


class FagerstaPDF(FPDF):
    def header(self) -> None:
        self.set_fill_color(228, 232, 238)
        self.rect(15, 8, 180, 15, style="F")
        self.set_font("F", "B", 11)
        self.set_xy(18, 9.5)
        self.cell(80, 6, "FAGERSTA KOMMUN")
        self.set_xy(110, 9.5)
        self.cell(82, 6, "PROTOKOLLSUTDRAG", align="R")
        self.set_font("F", "", 9)
        self.set_xy(18, 15.5)
        self.cell(80, 5, "Kommunfullmäktige")
        self.set_xy(110, 15.5)
        self.cell(82, 5, f"Sammanträdesdatum 2024-05-27   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_y(30)

    def footer(self) -> None:
        self.set_font("F", "", 8)
        self.set_y(-15)
        self.set_x(15)
        self.cell(90, 5, "Justerandes sign ____________ ____________")
        self.set_x(120)
        self.cell(75, 5, "Utdragsbestyrkande ____________", align="R")


def fagersta_para(pdf: FPDF, text: str, bold: bool = False, indent: float = 0) -> None:
    pdf.set_x(15 + indent)
    pdf.set_font("F", "B" if bold else "", 10)
    pdf.multi_cell(180 - indent, 5, text)
    pdf.ln(1.5)


def make_fagersta() -> None:
    pdf = FagerstaPDF(format="A4")
    add_fonts(pdf)
    fix_meta(pdf, "Protokollsutdrag KF 2024-05-27 § 58", "Fagersta kommun")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.add_page()
    for label, value in (
        ("Sammanträde", "Kommunfullmäktige, måndagen den 27 maj 2024 kl. 18.00, Västanforssalen, "
                        "Fagersta kommunhus"),
        ("Ordförande", "Göran Nyberg (S)"),
        ("Justerare", "Elin Sundqvist (S), Bertil Hamrin (M)"),
        ("Sekreterare", "Petra Wallin"),
        ("Justerat", "2024-05-30"),
    ):
        y = pdf.get_y()
        pdf.set_xy(15, y)
        pdf.set_font("F", "B", 9)
        pdf.cell(35, 5, label)
        pdf.set_xy(52, y)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(143, 5, value)
        pdf.ln(1)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.line(15, y, 195, y)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("F", "B", 12)
    pdf.set_xy(15, y)
    pdf.multi_cell(150, 6, "Val av ledamöter och ersättare i kultur- och fritidsnämnden 2024–2026")
    pdf.set_xy(165, y)
    pdf.cell(30, 6, "KF § 58", align="R")
    pdf.set_y(max(pdf.get_y(), y + 6) + 1)
    pdf.set_x(15)
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "Dnr KS 2024/118", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    fagersta_para(pdf, "Ärendet", bold=True)
    fagersta_para(pdf, "Kommunfullmäktige beslutade 2024-03-25, § 31 (dnr KS 2024/061), att inrätta en kultur- "
                       "och fritidsnämnd från och med den 1 juli 2024 och att anta reglemente för nämnden. "
                       "Nämnden ska ha sju ledamöter och sju ersättare. Valberedningen lämnade sitt förslag "
                       "2024-05-13. Någon begäran om proportionellt val enligt lagen (1992:339) om "
                       "proportionellt valsätt har inte framställts.")
    fagersta_para(pdf, "Yrkanden", bold=True)
    fagersta_para(pdf, "Valberedningens ordförande Roland Eriksson (S) yrkar bifall till valberedningens "
                       "förslag.")
    fagersta_para(pdf, "Tommy Rask (SD) yrkar att Linda Grönberg (SD) väljs till 2:e vice ordförande i stället "
                       "för Stina Holm (C).")
    fagersta_para(pdf, "Beslutsgång", bold=True)
    fagersta_para(pdf, "Ordföranden ställer proposition på valberedningens förslag mot Tommy Rasks yrkande i "
                       "den del det avser 2:e vice ordförande och finner att kommunfullmäktige beslutar "
                       "enligt valberedningens förslag.")
    fagersta_para(pdf, "Beslut", bold=True)
    fagersta_para(pdf, "Kommunfullmäktige beslutar")
    fagersta_para(pdf, "1. att till ledamöter i kultur- och fritidsnämnden för tiden 2024-07-01–2026-12-31 "
                       "välja de personer som anges under Ledamöter nedan,", indent=4)
    fagersta_para(pdf, "2. att till ersättare för samma tid välja de personer som anges under Ersättare "
                       "nedan,", indent=4)
    pdf.set_font("F", "B", 10)
    pdf.set_x(25)
    pdf.cell(80, 6, "Ledamöter", border="B")
    pdf.cell(80, 6, "Ersättare", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 10)
    for left, right in FAGERSTA_ELECTED:
        pdf.set_x(25)
        pdf.cell(80, 5.5, left)
        pdf.cell(80, 5.5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    fagersta_para(pdf, "3. att till ordförande utse Anna-Lena Hägg (S), till 1:e vice ordförande Magnus Ek (M) "
                       "och till 2:e vice ordförande Stina Holm (C),", indent=4)
    fagersta_para(pdf, "4. att förklara paragrafen omedelbart justerad.", indent=4)
    fagersta_para(pdf, "Reservation", bold=True)
    fagersta_para(pdf, "Tommy Rask (SD) och Linda Grönberg (SD) reserverar sig mot beslutet i den del som "
                       "avser valet av 2:e vice ordförande.")
    fagersta_para(pdf, "Expedieras", bold=True)
    fagersta_para(pdf, "De valda, Kultur- och fritidsnämnden, Löneenheten, Förtroendemannaregistret")
    pdf.ln(4)
    y = pdf.get_y()
    for i, (role, name) in enumerate((("Ordförande", "Göran Nyberg"), ("Justerare", "Elin Sundqvist"),
                                      ("Justerare", "Bertil Hamrin"))):
        x = 15 + i * 60
        pdf.set_xy(x, y)
        pdf.set_font("F", "", 10)
        pdf.cell(55, 5, "." * 34)
        pdf.set_xy(x, y + 5)
        pdf.cell(55, 5, name)
        pdf.set_xy(x, y + 10)
        pdf.set_font("F", "I", 8)
        pdf.cell(55, 4, role)
    pdf.set_y(y + 20)
    pdf.set_x(15)
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "Utdragsbestyrkande: Petra Wallin, kommunsekreterare, 2024-05-30")
    pdf.output(str(DOCS / "fagersta-kf-2024-05-27-protokollsutdrag.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: VafabMiljö Kommunalförbund, direktionen 2024-03-27, full protocol, Dir §§ 14–19.
# Attendance grouped by appointing member municipality (bold run-in kommun names, role words after
# each name); headings "Dir § 15 – Title" in Heading 2; a vote table with the member kommun per row.

VAFAB_ATTENDANCE: list[tuple[str, str]] = [
    ("Västerås stad", "Anna-Karin Lövgren (S), ordförande; Mikael Strand (M), ledamot; "
                      "Jens Hallberg (L), ersättare"),
    ("Enköpings kommun", "Per-Olof Sjöö (M), 1:e vice ordförande"),
    ("Heby kommun", "Anders Grip (C), 2:e vice ordförande"),
    ("Arboga kommun", "Tove Lindqvist (S), ledamot"),
    ("Fagersta kommun", "Leif Andersson (S), ledamot"),
    ("Hallstahammars kommun", "Siv Lind (M), ledamot, frånvarande; Bo Ek (S), ersättare, tjänstgör för "
                              "Siv Lind"),
    ("Kungsörs kommun", "Lena Holm (S), ledamot"),
    ("Köpings kommun", "Ulrika Berglöf (S), ledamot"),
    ("Norbergs kommun", "Kjell Hedlund (V), ledamot"),
    ("Sala kommun", "Johan Ahlbom (M), ledamot; Eva Norin (S), ersättare"),
    ("Skinnskattebergs kommun", "Margit Rask (S), ledamot, frånvarande"),
    ("Surahammars kommun", "Roger Berg (SD), ledamot"),
]

# (member kommun, serving member, ja, nej, avstår)
VAFAB_VOTE: list[tuple[str, str, str, str, str]] = [
    ("Västerås stad", "Anna-Karin Lövgren (S)", "X", "", ""),
    ("Västerås stad", "Mikael Strand (M)", "X", "", ""),
    ("Enköpings kommun", "Per-Olof Sjöö (M)", "X", "", ""),
    ("Heby kommun", "Anders Grip (C)", "X", "", ""),
    ("Arboga kommun", "Tove Lindqvist (S)", "X", "", ""),
    ("Fagersta kommun", "Leif Andersson (S)", "X", "", ""),
    ("Hallstahammars kommun", "Bo Ek (S), tjänstgörande ersättare", "X", "", ""),
    ("Kungsörs kommun", "Lena Holm (S)", "X", "", ""),
    ("Köpings kommun", "Ulrika Berglöf (S)", "X", "", ""),
    ("Norbergs kommun", "Kjell Hedlund (V)", "", "", "X"),
    ("Sala kommun", "Johan Ahlbom (M)", "X", "", ""),
    ("Surahammars kommun", "Roger Berg (SD)", "", "X", ""),
]

# ("h", text) Heading 2; ("dnr", text); ("lab", text) bold label; ("p", text); ("bul", text) List Bullet;
# ("num", text) List Number; ("vote", "") the vote table.
VAFAB_BODY: list[tuple[str, str]] = [
    ("h", "Dir § 14 – Val av justerare"),
    ("p", "Direktionen beslutar att utse Tove Lindqvist (S) och Johan Ahlbom (M) att jämte ordföranden "
          "justera dagens protokoll."),
    ("h", "Dir § 15 – Årsredovisning 2023 för VafabMiljö Kommunalförbund"),
    ("dnr", "Diarienummer: VM 2024/0031"),
    ("lab", "Ärendet"),
    ("p", "Förbundet redovisar för 2023 ett resultat på 18,4 miljoner kronor. Ekonomichef Helena Ståhl "
          "föredrar ärendet. Förbundets revisorer lämnar revisionsberättelse efter sin granskning, och "
          "enligt 9 kap. 14 § kommunallagen (2017:725) prövar varje medlemskommuns fullmäktige frågan om "
          "ansvarsfrihet för direktionen."),
    ("lab", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse från ekonomichefen 2024-03-12"),
    ("bul", "Årsredovisning 2023, daterad 2024-03-11"),
    ("lab", "Yrkanden"),
    ("p", "Ordföranden Anna-Karin Lövgren (S) yrkar bifall till förbundsledningens förslag."),
    ("lab", "Beslut"),
    ("p", "Direktionen beslutar"),
    ("num", "Årsredovisningen för 2023 godkänns."),
    ("num", "Årsredovisningen överlämnas till medlemskommunernas fullmäktige för prövning av "
            "ansvarsfrihet."),
    ("p", "Expedieras: Medlemskommunerna, förbundets revisorer"),
    ("h", "Dir § 16 – Yttrande över Naturvårdsverkets förslag till föreskrifter om separat insamling av "
          "textilavfall"),
    ("dnr", "Diarienummer: VM 2024/0045"),
    ("lab", "Ärendet"),
    ("p", "Naturvårdsverket har skickat förslag till föreskrifter om separat insamling av textilavfall på "
          "remiss till bland andra VafabMiljö Kommunalförbund (Naturvårdsverkets ärendenummer "
          "NV-00871-24). Remissen kom in 2024-02-02 och svar ska lämnas senast 2024-04-05. Förbundet har "
          "tagit fram ett förslag till yttrande i samråd med Avfall Sverige."),
    ("lab", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse från förbundsjuristen 2024-03-14"),
    ("bul", "Förslag till yttrande, version 2024-03-13"),
    ("lab", "Yrkanden"),
    ("p", "Mikael Strand (M) yrkar bifall till förslaget till yttrande."),
    ("p", "Roger Berg (SD) yrkar avslag på förslaget och att förbundet inte ska lämna något yttrande."),
    ("lab", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på Mikael Strands yrkande och Roger Bergs avslagsyrkande och "
          "finner att direktionen bifaller Mikael Strands yrkande. Omröstning begärs. Den som bifaller "
          "Mikael Strands yrkande röstar ja, den som bifaller Roger Bergs yrkande röstar nej."),
    ("lab", "Omröstning"),
    ("vote", ""),
    ("p", "Med 10 ja-röster mot 1 nej-röst och 1 som avstår beslutar direktionen enligt Mikael Strands "
          "yrkande."),
    ("lab", "Beslut"),
    ("p", "Direktionen antar förslaget till yttrande och överlämnar det till Naturvårdsverket."),
    ("p", "Paragrafen förklaras omedelbart justerad."),
    ("lab", "Reservation"),
    ("p", "Roger Berg (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("h", "Dir § 17 – Avtal med Mälarenergi AB om leverans av avfallsbränsle 2025–2029"),
    ("dnr", "Diarienummer: VM 2024/0052"),
    ("lab", "Ärendet"),
    ("p", "VafabMiljö levererar sorterat brännbart avfall till Mälarenergi AB:s kraftvärmeverk i Västerås. "
          "Nuvarande avtal löper ut 2024-12-31. Ett nytt avtal för perioden 2025-01-01–2029-12-31 har "
          "förhandlats fram. Mälarenergis styrelse godkände avtalet 2024-03-05."),
    ("lab", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse från förbundsdirektören 2024-03-15"),
    ("bul", "Förslag till avtal, daterat 2024-03-01"),
    ("lab", "Yrkanden"),
    ("p", "Per-Olof Sjöö (M) yrkar bifall till förbundsledningens förslag."),
    ("p", "Kjell Hedlund (V) yrkar att ärendet återremitteras för att förbundet ska redovisa alternativa "
          "avsättningsmöjligheter för brännbart avfall."),
    ("lab", "Beslutsgång"),
    ("p", "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. Därefter "
          "ställer ordföranden proposition på Per-Olof Sjöös yrkande och finner att direktionen bifaller "
          "det."),
    ("lab", "Beslut"),
    ("p", "Direktionen beslutar"),
    ("p", "a) att godkänna avtalet med Mälarenergi AB om leverans av avfallsbränsle för perioden "
          "2025–2029,"),
    ("p", "b) att uppdra åt förbundsdirektören att underteckna avtalet."),
    ("lab", "Särskilt yttrande"),
    ("p", "Kjell Hedlund (V) lämnar följande särskilda yttrande: ”Vänsterpartiet anser att förbundet på "
          "sikt bör minska mängden avfall som går till förbränning och i stället satsa på materialåtervinning.”"),
    ("h", "Dir § 18 – Avfallstaxa 2025 – rekommendation till medlemskommunerna"),
    ("dnr", "Diarienummer: VM 2024/0060"),
    ("lab", "Ärendet"),
    ("p", "Avfallstaxan beslutas av respektive medlemskommuns fullmäktige med stöd av 27 kap. 4 § "
          "miljöbalken (1998:808). Förbundet föreslår en genomsnittlig höjning med 4,5 procent från och med "
          "2025-01-01."),
    ("lab", "Beslutsunderlag"),
    ("bul", "Tjänsteskrivelse från ekonomichefen 2024-03-08"),
    ("bul", "Taxebilaga, version 2024-03-06"),
    ("lab", "Yrkanden"),
    ("p", "Ordföranden yrkar bifall till förbundsledningens förslag."),
    ("p", "Roger Berg (SD) yrkar att höjningen begränsas till 3 procent."),
    ("lab", "Beslutsgång"),
    ("p", "Ordföranden ställer proposition på sitt eget yrkande och på Roger Bergs yrkande och finner att "
          "direktionen bifaller ordförandens yrkande. Votering begärs inte."),
    ("lab", "Beslut"),
    ("p", "Direktionen rekommenderar medlemskommunernas fullmäktige att anta avfallstaxa 2025 enligt "
          "bilaga 2."),
    ("lab", "Reservation"),
    ("p", "Roger Berg (SD) reserverar sig mot beslutet."),
    ("lab", "Särskilt yttrande"),
    ("p", "Mikael Strand (M) och Johan Ahlbom (M) lämnar följande särskilda yttrande: ”Vi ställer oss bakom "
          "taxan men vill att förbundet inför nästa år redovisar hur kostnaderna kan hållas nere.”"),
    ("p", "Ersättaren Jens Hallberg (L) instämmer i det särskilda yttrandet."),
    ("h", "Dir § 19 – Förbundsdirektörens information"),
    ("dnr", "Diarienummer: VM 2024/0009"),
    ("p", "Förbundsdirektör Carl Sjöberg informerar om arbetet med en ny gemensam avfallsplan för "
          "medlemskommunerna, om Avfall Sveriges vårkonferens och om läget i upphandlingen av "
          "insamlingsentreprenader."),
    ("lab", "Beslut"),
    ("p", "Direktionen noterar informationen."),
]


def make_vafab() -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.text = "VafabMiljö Kommunalförbund\tSAMMANTRÄDESPROTOKOLL"
    head.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    head2 = sec.header.add_paragraph("Direktionen\tSammanträdesdatum 2024-03-27")
    head2.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    foot = sec.footer.paragraphs[0]
    foot.text = "Justerandes sign\tUtdragsbestyrkande"
    foot.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)

    d.add_paragraph("Protokoll", style="Title")
    d.add_paragraph("Plats och tid: Sammanträdesrum Kretsloppet, VafabMiljös huvudkontor, Västerås, "
                    "onsdagen den 27 mars 2024 kl. 09.00–11.40")
    d.add_heading("Närvarande", level=1)
    d.add_paragraph("Direktionens ledamöter och ersättare är utsedda av medlemskommunernas fullmäktige. "
                    "Närvarande och frånvarande, ordnade efter medlemskommun:")
    for kommun, names in VAFAB_ATTENDANCE:
        p = d.add_paragraph()
        p.add_run(kommun + ": ").bold = True
        p.add_run(names)
    d.add_paragraph("Övriga deltagare: Carl Sjöberg, förbundsdirektör; Helena Ståhl, ekonomichef, § 15; "
                    "Maria Lundell, förbundsjurist")
    d.add_paragraph("Utses att justera: Tove Lindqvist (S) och Johan Ahlbom (M)")
    d.add_paragraph("Justeringens plats och tid: VafabMiljös huvudkontor, 2024-04-03")
    d.add_paragraph("Paragrafer: 14–19")
    sig = d.add_table(rows=2, cols=4)
    for i, (role, name) in enumerate((("Sekreterare", "Maria Lundell"), ("Ordförande", "Anna-Karin Lövgren"),
                                      ("Justerare", "Tove Lindqvist"), ("Justerare", "Johan Ahlbom"))):
        sig.cell(0, i).text = role
        sig.cell(1, i).text = "……………………\n" + name
    d.add_paragraph("")

    for kind, text in VAFAB_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "dnr":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "lab":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "bul":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "vote":
            t = d.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(("Medlemskommun", "Ledamot", "Ja", "Nej", "Avstår")):
                t.cell(0, i).text = h
            for row in VAFAB_VOTE:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            total = t.add_row().cells
            total[0].text = "Summa"
            for i in (2, 3, 4):
                total[i].text = str(sum(1 for row in VAFAB_VOTE if row[i] == "X"))
        else:
            d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "VafabMiljö Kommunalförbund"
    cp.last_modified_by = "VafabMiljö Kommunalförbund"
    cp.title = "Protokoll direktionen 2024-03-27"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 4, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "vafabmiljo-direktionen-2024-03-27-protokoll.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_avesta()
    make_fagersta()
    make_vafab()
