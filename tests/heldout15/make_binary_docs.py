"""Generate the binary documents of tests/heldout15/docs (one PDF, one DOCX).

Run with the project's virtual environment (python-docx and fpdf2 are needed):

    .venv/bin/python tests/heldout15/make_binary_docs.py

The output is deterministic: fixed document dates, fixed ZIP timestamps and fixed PDF metadata,
so re-running the script leaves the files byte-identical. The gold files in tests/heldout15/gold/
describe the texts written here; change both together.

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_PDF = dt.datetime(2024, 9, 17, 11, 0, 0, tzinfo=dt.UTC)
FIXED_DOCX = dt.datetime(2024, 6, 5, 13, 30, 0)

# ---------------------------------------------------------------------------------------------
# PDF: Uddevalla kommun, kommunfullmäktige 2024-09-11, full protocol (§§ 150-156).
# A boxed page head on every page ("UDDEVALLA KOMMUN | SAMMANTRÄDESPROTOKOLL | n (N)"); the
# member list "Beslutande ledamöter" in two columns that runs over the page break with no
# "forts." marker; many short KF paragraphs (frågestund, motions, interpellation, fråga,
# avsägelse, val) under the heading "Kommunfullmäktiges beslut"; a vote with the "ja för …,
# nej för …" proposition written out.

MEMBERS: list[str] = [
    "Marie Eklund (S), ordförande",
    "Jan Hedlund (M), 1:e vice ordförande",
    "Karin Wass (SD), 2:e vice ordförande",
    "Patrik Ström (S)",
    "Pia Strand (S)",
    "Håkan Persson (S)",
    "Omar Sayed (S)",
    "Martin Westerlund (S)",
    "Kristian Johansson (S)",
    "Dan Stenberg (S)",
    "Elsa Pettersson (S)",
    "Thomas Fredriksson (S)",
    "Therese Rosén (S)",
    "Emil Lindberg (S)",
    "Elisabet Holm (S)",
    "Mikael Hallberg (S)",
    "Arne Ek (S)",
    "Monica Wallin (S)",
    "Sven Mattsson (S)",
    "Kjell Zetterberg (S)",
    "Ingrid Hall (M)",
    "Berit Adolfsson (M)",
    "Bengt-Åke Söderberg (M)",
    "Peter Edvardsson (M)",
    "Stina Josefsson (M)",
    "Daniel Kjellin (M)",
    "Fredrika Martinsson (M)",
    "Ingela Fransson (M)",
    "Oscar Isaksson (M)",
    "Magnus Alm (M)",
    "Lars-Erik Dahl (SD)",
    "Olle Kristiansson (SD)",
    "Amanda Olsson (SD)",
    "Jenny Magnusson (SD)",
    "Camilla Olofsson (SD)",
    "Isak Eliasson (SD)",
    "Jessica Åberg (SD)",
    "Sara Jakobsson (SD)",
    "Albin Ekström (SD)",
    "Gunilla Björk (SD)",
    "Birgitta Svensson (SD)",
    "Mona Berg (V)",
    "Eva Sjöberg (V)",
    "Filip Engström (V)",
    "Kerstin Hellström (V)",
    "Anton Ljung (C)",
    "Ola Karlsson (C)",
    "Åsa Dahlberg (C)",
    "Carina Larsson (C)",
    "Magnus Kron (KD)",
    "Cecilia Wik (KD)",
    "Erik Carlsson (KD)",
    "Alva Nyberg (KD)",
    "Bengt Nyström (L)",
    "Christer Nilsson (L)",
    "Hanna Andersson (MP)",
]

PAGE1_BEFORE: list[tuple[str, list[str]]] = [
    ("Plats och tid", [
        "Kommunfullmäktigesalen, Stadshuset, Uddevalla",
        "onsdagen den 11 september 2024 kl. 18.00–21.40",
        "Ajournering kl. 19.45–20.05",
    ]),
    ("Justerare", ["Cecilia Wik (KD) och Omar Sayed (S)"]),
    ("Justeringens plats och tid", ["Stadshuset, Uddevalla, tisdagen den 17 september 2024 kl. 10.00"]),
    ("Protokollet omfattar", ["§§ 150–156"]),
]

PAGE1_AFTER: list[tuple[str, list[str]]] = [
    ("Tjänstgörande ersättare", [
        "Agneta Ljungberg (S) för Roger Simonsson (S)",
        "Andreas Hedberg (M) för Per Gustafsson (M)",
        "Malin Lindahl (SD) för Alexandra Thorén (SD)",
        "Viktor Hansson (V) för Ann-Sofie Persson (V)",
        "Britt Kjellberg (L) för Tobias Ek (L)",
    ]),
    ("Ersättare", [
        "Johan Lundgren (S), Torbjörn Sandberg (M), Yvonne Wennberg (C), Ebba Samuelsson (SD)",
    ]),
    ("Övriga närvarande", [
        "Susanne Ekelund, kommundirektör",
        "Elin Dahl, kommunsekreterare",
        "Jonas Rydén, ekonomichef, § 156",
    ]),
]

SIGNATURES: list[tuple[str, str]] = [
    ("Sekreterare", "Elin Dahl"),
    ("Ordförande", "Marie Eklund"),
    ("Justerare", "Cecilia Wik                              Omar Sayed"),
]

ANSLAG: list[tuple[str, str]] = [
    ("Organ", "Kommunfullmäktige"),
    ("Sammanträdesdatum", "2024-09-11"),
    ("Datum för anslags uppsättande", "2024-09-18"),
    ("Datum för anslags nedtagande", "2024-10-10"),
    ("Förvaringsplats för protokollet", "Kommunledningskontoret, Stadshuset, Uddevalla"),
]

# Paragraph blocks: ("par", number, title), ("dnr", text), ("sub", heading), ("p", text), ("li", text)
PARAGRAPHS: list[tuple[str, ...]] = [
    ("par", "§ 150", "Allmänhetens frågestund"),
    ("p", "Ordföranden öppnar frågestunden kl. 18.05. Två frågor har anmälts i förväg."),
    ("p", "En boende i Ljungskile frågar när den utlovade gång- och cykelvägen mellan Ljungskile och "
          "Uddevalla ska byggas. Kommunstyrelsens ordförande Ingrid Hall (M) svarar att sträckan ingår i "
          "Trafikverkets regionala åtgärdsplanering och att byggstart tidigast kan ske 2026."),
    ("p", "En annan kommuninvånare frågar om öppettiderna i Rimnershallen under vintern. Kultur- och "
          "fritidsnämndens ordförande Patrik Ström (S) svarar på frågan."),
    ("p", "Ordföranden förklarar frågestunden avslutad kl. 18.25."),
    ("par", "§ 151", "Anmälan av motioner"),
    ("p", "Följande motioner har kommit in till kommunfullmäktige sedan föregående sammanträde:"),
    ("li", "Motion från Lars-Erik Dahl (SD) om kameraövervakning vid Uddevalla resecentrum, "
           "dnr KS 2024/00587"),
    ("li", "Motion från Mona Berg (V) och Eva Sjöberg (V) om avgiftsfri kollektivtrafik för "
           "pensionärer, dnr KS 2024/00593"),
    ("li", "Motion från Anton Ljung (C) om fler publika laddplatser i kommunens ytterområden, "
           "dnr KS 2024/00604"),
    ("sub", "Kommunfullmäktiges beslut"),
    ("p", "Motionerna överlämnas till kommunstyrelsen för beredning."),
    ("par", "§ 152", "Interpellation om skolskjutsar på landsbygden"),
    ("dnr", "Dnr KS 2024/00540"),
    ("p", "Magnus Kron (KD) har den 19 augusti 2024 ställt en interpellation till barn- och "
          "utbildningsnämndens ordförande Pia Strand (S) om restiderna för elever som åker skolskjuts "
          "från Herrestad och Dingelvik. En del av skolskjutsarna körs i Västtrafik AB:s linjetrafik."),
    ("p", "Kommunfullmäktige beslutade 2024-08-28 § 141 att interpellationen får ställas. Pia Strand (S) "
          "besvarar interpellationen muntligt och skriftligt (bilaga 2)."),
    ("p", "I debatten deltar Magnus Kron (KD), Pia Strand (S), Anton Ljung (C) och Ingrid Hall (M)."),
    ("sub", "Kommunfullmäktiges beslut"),
    ("p", "Interpellationen anses besvarad."),
    ("par", "§ 153", "Fråga om handläggningstider för bostadsanpassningsbidrag"),
    ("dnr", "Dnr KS 2024/00612"),
    ("p", "Eva Sjöberg (V) har ställt en fråga till samhällsbyggnadsnämndens ordförande Bengt Nyström (L) "
          "om hur lång tid det i genomsnitt tar att få ett beslut om bostadsanpassningsbidrag. Bengt "
          "Nyström (L) besvarar frågan. Eva Sjöberg (V) tackar för svaret."),
    ("sub", "Kommunfullmäktiges beslut"),
    ("p", "Frågan anses besvarad."),
    ("par", "§ 154", "Avsägelse av uppdrag som ledamot i kommunfullmäktige – Tobias Ek (L)"),
    ("dnr", "Dnr KS 2024/00571"),
    ("p", "Tobias Ek (L) har i skrivelse daterad 2024-08-26 avsagt sig uppdraget som ledamot i "
          "kommunfullmäktige från och med den 30 september 2024 på grund av flytt från kommunen. Enligt "
          "4 kap. 9 § kommunallagen (2017:725) prövar fullmäktige om den som avsäger sig ett uppdrag "
          "ska befrias från det. Ny ledamot utses genom ny sammanräkning enligt 18 kap. vallagen "
          "(2022:1167)."),
    ("sub", "Kommunfullmäktiges beslut"),
    ("li", "1. Avsägelsen beviljas."),
    ("li", "2. Länsstyrelsen i Västra Götalands län begärs förrätta ny sammanräkning för att utse ny "
           "ledamot efter Tobias Ek (L)."),
    ("sub", "Expedieras"),
    ("p", "Tobias Ek, Länsstyrelsen i Västra Götalands län, löneenheten"),
    ("par", "§ 155", "Val av ersättare i socialnämnden efter Sofia Rask (KD)"),
    ("dnr", "Dnr KS 2024/00489"),
    ("p", "Kommunfullmäktige beviljade 2024-06-12 § 118 Sofia Rask (KD) entledigande från uppdraget som "
          "ersättare i socialnämnden. Valberedningen har berett fyllnadsvalet."),
    ("sub", "Yrkande"),
    ("p", "Valberedningens ordförande Håkan Persson (S) yrkar att Johanna Fors (KD) väljs till ersättare "
          "i socialnämnden för tiden till och med 2026-12-31."),
    ("sub", "Kommunfullmäktiges beslut"),
    ("p", "Till ny ersättare i socialnämnden efter Sofia Rask (KD) för tiden till och med 2026-12-31 "
          "väljs Johanna Fors (KD)."),
    ("sub", "Expedieras"),
    ("p", "Johanna Fors, socialnämnden, löneenheten"),
    ("par", "§ 156", "Utökad borgensram för Uddevalla Energi AB"),
    ("dnr", "Dnr KS 2024/00388"),
    ("p", "Uddevalla Energi AB har hemställt om att kommunens borgensram för bolaget höjs från 650 till "
          "850 miljoner kronor. Bolaget planerar investeringar i fjärrvärmenätet och en ny biobränslepanna "
          "vid Lillesjöverket under perioden 2025–2027. Bolagets styrelse fattade beslut om hemställan "
          "2024-06-14. Kommunstyrelsen behandlade ärendet 2024-08-21 § 201."),
    ("sub", "Beslutsunderlag"),
    ("p", "Kommunstyrelsens protokoll 2024-08-21 § 201\n"
          "Tjänsteskrivelse från ekonomiavdelningen 2024-07-30\n"
          "Skrivelse från Uddevalla Energi AB 2024-06-14"),
    ("sub", "Yrkanden"),
    ("p", "Ingrid Hall (M) yrkar bifall till kommunstyrelsens förslag. Omar Sayed (S) instämmer i "
          "Ingrid Halls yrkande. Lars-Erik Dahl (SD) yrkar avslag på kommunstyrelsens förslag."),
    ("sub", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag. Omröstning begärs. Kommunfullmäktige godkänner följande "
          "propositionsordning: ja för bifall till kommunstyrelsens förslag, nej för avslag."),
    ("sub", "Omröstningsresultat"),
    ("p", "Omröstningen utfaller med 44 ja-röster och 15 nej-röster. Två ledamöter avstår från att rösta. "
          "Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag."),
    ("sub", "Kommunfullmäktiges beslut"),
    ("li", "1. Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Uddevalla Energi AB:s "
           "låneförpliktelser upp till ett sammanlagt högsta belopp om 850 000 000 kronor jämte därpå "
           "löpande ränta och kostnader."),
    ("li", "2. Borgensavgiften fastställs till 0,4 procent av utnyttjad borgen."),
    ("sub", "Reservation"),
    ("p", "Lars-Erik Dahl (SD) m.fl. reserverar sig mot beslutet."),
    ("sub", "Protokollsanteckning"),
    ("p", "Anton Ljung (C) får följande antecknat till protokollet: ”Centerpartiet förutsätter att "
          "bolaget varje år redovisar hur investeringarna påverkar fjärrvärmepriset för hushållen.”"),
    ("sub", "Expedieras"),
    ("p", "Uddevalla Energi AB, ekonomiavdelningen"),
]


class UddevallaPDF(FPDF):
    def header(self) -> None:
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.3)
        self.rect(15, 10, 180, 20)
        self.line(80, 10, 80, 30)
        self.line(160, 10, 160, 30)
        self.set_font("F", "B", 10)
        self.set_xy(17, 12)
        self.cell(60, 5, "UDDEVALLA KOMMUN")
        self.set_xy(82, 12)
        self.cell(76, 5, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("F", "", 10)
        self.set_xy(162, 12)
        self.cell(31, 5, f"{self.page_no()} ({{nb}})", align="R")
        self.set_font("F", "", 9)
        self.set_xy(17, 20)
        self.cell(60, 5, "Kommunfullmäktige")
        self.set_xy(82, 18)
        self.cell(76, 4, "Sammanträdesdatum")
        self.set_xy(82, 23)
        self.cell(76, 4, "2024-09-11")
        self.set_y(36)

    def footer(self) -> None:
        self.set_font("F", "", 7)
        self.rect(15, 278, 40, 10)
        self.rect(60, 278, 40, 10)
        self.set_xy(15, 274)
        self.cell(40, 4, "Justerandes sign")
        self.set_xy(155, 274)
        self.cell(40, 4, "Utdragsbestyrkande")
        self.rect(155, 278, 40, 10)


def label_rows(pdf: FPDF, label: str, lines: list[str]) -> None:
    y = pdf.get_y()
    pdf.set_font("F", "B", 9)
    pdf.set_xy(15, y)
    pdf.cell(48, 5, label)
    pdf.set_font("F", "", 10)
    for line in lines:
        pdf.set_x(65)
        pdf.multi_cell(130, 5, line)
    pdf.ln(2)


def make_pdf() -> None:
    pdf = UddevallaPDF(format="A4")
    pdf.add_font("F", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Kommunfullmäktige 2024-09-11 protokoll")
    pdf.set_author("Uddevalla kommun")
    pdf.set_creator("heldout15")
    pdf.set_producer("heldout15")
    pdf.set_auto_page_break(True, margin=32)
    pdf.add_page()
    for label, lines in PAGE1_BEFORE:
        label_rows(pdf, label, lines)
    pdf.ln(3)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(48, 5, "Beslutande ledamöter")
    pdf.ln(7)
    pdf.set_font("F", "", 10)
    # Two columns, row by row; the list runs over the page break (no "forts." line).
    pdf.set_auto_page_break(False)
    for left, right in zip(MEMBERS[0::2], MEMBERS[1::2], strict=True):
        if pdf.get_y() > 262:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(85, 7.5, left)
        pdf.set_xy(110, y)
        pdf.cell(85, 7.5, right)
        pdf.set_y(y + 7.5)
    pdf.set_auto_page_break(True, margin=32)
    pdf.ln(4)
    for label, lines in PAGE1_AFTER:
        label_rows(pdf, label, lines)
    pdf.ln(2)
    pdf.set_font("F", "B", 9)
    pdf.set_x(15)
    pdf.cell(48, 5, "Underskrifter")
    pdf.ln(6)
    for role, name in SIGNATURES:
        pdf.set_font("F", "", 9)
        pdf.set_x(20)
        pdf.cell(40, 6, role)
        pdf.cell(130, 6, "...................................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(60)
        pdf.set_font("F", "", 10)
        pdf.cell(130, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("F", "B", 10)
    pdf.set_xy(15, y)
    pdf.cell(180, 7, "ANSLAG/BEVIS", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 9)
    pdf.set_x(15)
    pdf.cell(180, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", border="LR",
             new_x="LMARGIN", new_y="NEXT")
    for i, (k, v) in enumerate(ANSLAG):
        border = "LB" if i == len(ANSLAG) - 1 else "L"
        pdf.set_x(15)
        pdf.cell(65, 6, k, border=border)
        pdf.cell(115, 6, v, border=border.replace("L", "R"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(15)
    pdf.cell(65, 8, "Underskrift")
    pdf.cell(115, 8, "...................................   Elin Dahl", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    for block in PARAGRAPHS:
        kind = block[0]
        if kind == "par":
            if pdf.get_y() > 215:
                pdf.add_page()
            else:
                pdf.ln(6)
            pdf.set_font("F", "B", 12)
            y = pdf.get_y()
            pdf.set_xy(15, y)
            pdf.cell(22, 6, block[1])
            pdf.set_xy(40, y)
            pdf.multi_cell(155, 6, block[2])
            pdf.ln(1)
        elif kind == "dnr":
            pdf.set_font("F", "", 9)
            pdf.set_x(40)
            pdf.cell(155, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.ln(1)
            pdf.set_font("F", "B", 10)
            pdf.set_x(40)
            pdf.cell(155, 5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "li":
            pdf.set_font("F", "", 10)
            pdf.set_x(44)
            pdf.multi_cell(151, 5, block[1])
            pdf.ln(1)
        else:
            pdf.set_font("F", "", 10)
            pdf.set_x(40)
            pdf.multi_cell(155, 5, block[1])
            pdf.ln(2)
    pdf.output(str(DOCS / "uddevalla-kf-2024-09-11-protokoll.pdf"))


# ---------------------------------------------------------------------------------------------
# DOCX: Ulricehamns kommun, kommunfullmäktige 2024-05-30, protokollsutdrag (§ 78).
# The page header is a Word table with "Sammanträdesdatum", "Justeringsdag" and "Justerare";
# the decision is "Beslut" + "Kommunfullmäktige beslutar" + lettered points "a) att …"; an
# "Anslag/bevis" box as a bordered table at the end; a signature table.

DOCX_BODY: list[tuple[str, str]] = [
    ("num", "§ 78\tDnr 2024/00187"),
    ("title", "Försäljning av del av fastigheten Ulricehamn Rönnåsen 1:2 till Ulricehamns Energi AB för "
              "solcellspark"),
    ("sub", "Sammanfattning"),
    ("p", "Ulricehamns Energi AB planerar att anlägga en solcellspark med en effekt om cirka 12 MW på "
          "kommunens mark vid Rönnåsen. Bolaget har begärt att få förvärva ett markområde om cirka 18 "
          "hektar av fastigheten Ulricehamn Rönnåsen 1:2. Ett förslag till köpeavtal mellan Ulricehamns "
          "kommun och Ulricehamns Energi AB har tagits fram. Köpeskillingen uppgår till 2 350 000 kronor "
          "och grundar sig på en oberoende värdering daterad 2024-02-19. Tillträde sker den 1 september "
          "2024."),
    ("p", "Eftersom köpeskillingen överstiger det belopp som kommunstyrelsen får besluta om enligt "
          "delegationsordningen ska kommunfullmäktige godkänna avtalet. Fastighetsbildningen genomförs av "
          "Lantmäteriet enligt 10 kap. 1 § fastighetsbildningslagen (1970:988)."),
    ("sub", "Beslutsunderlag"),
    ("bullet", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2024-04-16"),
    ("bullet", "Förslag till köpeavtal, version 2024-04-08"),
    ("bullet", "Kommunstyrelsens arbetsutskott 2024-04-30 § 101"),
    ("bullet", "Kommunstyrelsen 2024-05-14 § 132"),
    ("sub", "Yrkanden"),
    ("p", "Peter Rask (M) yrkar bifall till kommunstyrelsens förslag. Anna-Lena Torstensson (C) och Jonas "
          "Ek (KD) instämmer i Peter Rasks yrkande."),
    ("p", "Amir Rahimi (V) yrkar avslag på kommunstyrelsens förslag. Sanna Ek (MP) instämmer i Amir "
          "Rahimis yrkande."),
    ("sub", "Propositionsordning"),
    ("p", "Ordföranden Ann Karlsson (M) ställer proposition på bifall till kommunstyrelsens förslag mot "
          "avslag och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag."),
    ("sub", "Beslut"),
    ("p", "Kommunfullmäktige beslutar"),
    ("letter", "a)\tatt godkänna köpeavtal mellan Ulricehamns kommun och Ulricehamns Energi AB avseende del "
               "av fastigheten Ulricehamn Rönnåsen 1:2,"),
    ("letter", "b)\tatt uppdra åt kommunstyrelsens ordförande och kommundirektören att underteckna "
               "köpeavtalet, samt"),
    ("letter", "c)\tatt köpeskillingen, 2 350 000 kronor, redovisas som exploateringsintäkt 2024."),
    ("sub", "Reservation"),
    ("p", "Amir Rahimi (V) och Sanna Ek (MP) reserverar sig mot beslutet."),
    ("sub", "Särskilt yttrande"),
    ("p", "Erik Holmberg (S) lämnar följande särskilda yttrande: ”Vi välkomnar solcellsparken men anser "
          "att kommunen borde ha upplåtit marken med tomträtt i stället för att sälja den. Marken vid "
          "Rönnåsen kan behövas för andra ändamål på längre sikt.”"),
    ("sub", "Expedieras"),
    ("p", "Ulricehamns Energi AB\nLantmäteriet\nSamhällsbyggnadsförvaltningen\nEkonomiavdelningen"),
]

DOCX_HEADER: list[tuple[str, str, str]] = [
    ("Ulricehamns kommun", "PROTOKOLLSUTDRAG", ""),
    ("Kommunfullmäktige", "Sammanträdesdatum", "Justeringsdag"),
    ("", "2024-05-30", "2024-06-05"),
    ("Justerare", "Anna-Lena Torstensson (C)", "Erik Holmberg (S)"),
]

DOCX_SIGN: list[tuple[str, str, str]] = [
    ("Sekreterare", "Ordförande", "Justerare"),
    ("........................", "........................", "........................"),
    ("Linnea Borg", "Ann Karlsson", "Anna-Lena Torstensson  Erik Holmberg"),
]

DOCX_ANSLAG: list[tuple[str, str]] = [
    ("Organ", "Kommunfullmäktige"),
    ("Sammanträdesdatum", "2024-05-30"),
    ("Anslaget sätts upp", "2024-06-06"),
    ("Anslaget tas ned", "2024-06-28"),
    ("Förvaringsplats för protokollet", "Kommunledningsförvaltningen, Stadshuset, Ulricehamn"),
    ("Underskrift", "Linnea Borg"),
]


def set_cell_border(cell, size: int = 6) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tc_pr.append(borders)


def add_page_field(paragraph) -> None:
    paragraph.add_run("Sida ")
    for code in ("PAGE", None, "NUMPAGES"):
        if code is None:
            paragraph.add_run(" (")
            continue
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), f" {code} ")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        paragraph._p.append(fld)
    paragraph.add_run(")")


def make_docx() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    section = d.sections[0]
    header = section.header
    header.paragraphs[0].text = ""
    add_page_field(header.paragraphs[0])
    ht = header.add_table(rows=len(DOCX_HEADER), cols=3, width=section.page_width - section.left_margin
                          - section.right_margin)
    for r, row in enumerate(DOCX_HEADER):
        for c, text in enumerate(row):
            cell = ht.cell(r, c)
            cell.text = text
            if r == 0 and text:
                cell.paragraphs[0].runs[0].bold = True
            if r == 1 and c > 0:
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(8)
    section.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"

    for kind, text in DOCX_BODY:
        if kind == "num":
            p = d.add_paragraph()
            run = p.add_run(text)
            run.bold = True
        elif kind == "title":
            p = d.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(13)
        elif kind == "sub":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            run = p.add_run(text)
            run.bold = True
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "letter":
            p = d.add_paragraph(text)
            p.paragraph_format.left_indent = Pt(28)
            p.paragraph_format.first_line_indent = Pt(-20)
        else:
            for line in text.split("\n"):
                d.add_paragraph(line)

    d.add_paragraph()
    st = d.add_table(rows=len(DOCX_SIGN), cols=3)
    for r, row in enumerate(DOCX_SIGN):
        for c, text in enumerate(row):
            st.cell(r, c).text = text
    d.add_paragraph()
    at = d.add_table(rows=len(DOCX_ANSLAG) + 2, cols=2)
    at.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = at.cell(0, 0).merge(at.cell(0, 1))
    top.text = "Anslag/bevis"
    top.paragraphs[0].runs[0].bold = True
    second = at.cell(1, 0).merge(at.cell(1, 1))
    second.text = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
    for i, (k, v) in enumerate(DOCX_ANSLAG, start=2):
        at.cell(i, 0).text = k
        at.cell(i, 1).text = v
    for row in at.rows:
        for cell in row.cells:
            set_cell_border(cell)
    d.add_paragraph("Utdragsbestyrkande: Rätt utdraget intygar Linnea Borg, kommunsekreterare")

    cp = d.core_properties
    cp.author = "Ulricehamns kommun"
    cp.last_modified_by = "Ulricehamns kommun"
    cp.title = "Protokollsutdrag KF § 78"
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
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 5, 13, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    (DOCS / "ulricehamn-kf-2024-05-30-protokollsutdrag.docx").write_bytes(out.getvalue())


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
