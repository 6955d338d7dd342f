"""Build the documents and gold files of tests/heldout67 deterministically.

    .venv/bin/python tests/heldout67/make_binary_docs.py

Writes docs/*.txt, docs/*.html, docs/*.pdf (fpdf2, DejaVu Sans, fixed metadata and creation date),
docs/*.docx (python-docx, fixed core properties, fixed ZIP timestamps) and gold/*.json. The long minutes are
generated from the paragraph data below, so the text and the gold come from the same source. Running the
script twice gives identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2024, 7, 1, 9, 0, 0, tzinfo=dt.UTC)


class Doc:
    """Collects persons, organisations and paragraphs for one gold file."""

    def __init__(self, document: str, municipality: str, body: str, date: str | None) -> None:
        self.document = document
        self.municipality = municipality
        self.body = body
        self.date = date
        self.persons: dict[str, dict] = {}
        self.orgs: list[str] = []
        self.paragraphs: list[dict] = []
        self.org(municipality)
        self.org(body)

    def org(self, *names: str) -> None:
        for n in names:
            if n not in self.orgs:
                self.orgs.append(n)

    def p(self, name: str, party: str | None, *roles: str) -> str:
        """Register a person; return 'Name (P)' (or the bare name without a party)."""
        rec = self.persons.setdefault(name, {"name": name, "party": party, "roles": []})
        assert rec["party"] == party, name
        for r in roles:
            if r not in rec["roles"]:
                rec["roles"].append(r)
        return f"{name} ({party})" if party else name

    def ref(self, name: str, with_others: bool = False) -> dict:
        d = {"name": name, "party": self.persons[name]["party"]}
        if with_others:
            d["with_others"] = True
        return d

    def para(self, number: str, title: str, cases: list[str], dc: int, *, imm: bool = False,
             srd: str | None = None, ref: str | None = None, props: list | None = None, vote=None,
             res: list | None = None, st: list | None = None, agr: list | None = None) -> None:
        self.paragraphs.append({
            "number": number, "title": title, "case_numbers": cases, "referred_by": ref,
            "decision_count": dc, "immediate_adjustment": imm, "staff_report_date": srd,
            "proposals": props or [], "vote": vote, "reservations": res or [], "statements": st or [],
            "agreements": agr or []})

    def write_gold(self) -> None:
        out = {"document": self.document, "municipality": self.municipality, "body": self.body,
               "meeting_date": self.date, "paragraphs": self.paragraphs,
               "persons": list(self.persons.values()), "organisations": self.orgs}
        stem = Path(self.document).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def v(yes: int, no: int, abstain: int) -> dict:
    return {"yes": yes, "no": no, "abstain": abstain}


# ---------------------------------------------------------------------------------------------------------
# 1. Östersunds kommun, Kommunfullmäktige, 2024-06-17 – txt, full, 28 §§, form feeds, attendance table
# ---------------------------------------------------------------------------------------------------------

KF_MEMBERS = [
    ("Annika Hellström", "S"), ("Per-Olof Grahn", "S"), ("Marita Lööf", "S"), ("Jonas Edfors", "S"),
    ("Birgitta Strandh", "S"), ("Ali Hassan Omar", "S"), ("Cecilia Backe", "S"), ("Mikael Frisk", "S"),
    ("Eva-Lena Åkerlund", "S"), ("Stefan Nordqvist", "S"), ("Ingrid Wiklander", "S"), ("Tobias Lenngren", "S"),
    ("Maria Sjödin-Holm", "S"), ("Kent Östlund", "S"),
    ("Ulrika Dahlbäck", "M"), ("Fredrik Hamrin", "M"), ("Lotta Wallgren", "M"), ("Anders Broberg", "M"),
    ("Sofie Lindbom", "M"), ("Henrik Tjärnberg", "M"), ("Camilla Ekström", "M"),
    ("Mats Kröger", "C"), ("Jenny Olofsson", "C"), ("Lars-Göran Bäck", "C"), ("Helena Rudström", "C"),
    ("Pontus Hägg", "C"),
    ("Robert Kvist", "SD"), ("Gunnel Hedberg", "SD"), ("Dennis Fahlén", "SD"), ("Lina Mårtensson", "SD"),
    ("Roger Sundin", "SD"), ("Therese Burman", "SD"),
    ("Elin Aspegren", "V"), ("Nils Ekdahl", "V"), ("Sara Halvarsson", "V"), ("Khaled Naser", "V"),
    ("Johanna Vestin", "MP"), ("Oskar Lidén", "MP"), ("Ewa Gustavsson", "MP"),
    ("Patrik Söderholm", "L"), ("Anna-Karin Björk", "L"),
    ("Torbjörn Flodin", "KD"), ("Marianne Ljung", "KD"),
]
# absent member -> serving substitute
KF_SUBS = {
    "Mikael Frisk": ("Rebecka Nyhlén", "S"),
    "Tobias Lenngren": ("Göran Persmark", "S"),
    "Sofie Lindbom": ("Viktor Ahlqvist", "M"),
    "Pontus Hägg": ("Elisabet Rönnqvist", "C"),
    "Roger Sundin": ("Jimmy Åström", "SD"),
    "Khaled Naser": ("Malin Persson", "V"),
    "Ewa Gustavsson": ("Hampus Lind", "MP"),
}
KF_ERS = [("Yvonne Granberg", "S"), ("Leif Höglund", "M"), ("Agneta Sehlstedt", "C"), ("Kalle Enström", "SD")]


def build_ostersund() -> None:
    d = Doc("ostersund-kf-2024-06-17-protokoll.txt", "Östersunds kommun", "Kommunfullmäktige", "2024-06-17")
    ordf = d.p("Annika Hellström", "S", "ordförande")
    d.p("Ulrika Dahlbäck", "M", "vice ordförande")
    d.p("Mats Kröger", "C", "vice ordförande")
    rows = []
    for name, party in KF_MEMBERS:
        if name in KF_SUBS:
            sn, sp = KF_SUBS[name]
            d.p(name, party)
            d.p(sn, sp, "tjänstgörande ersättare")
            rows.append(f"  {name:<24}{party:<6}{'–':<10}{sn} ({sp})")
        else:
            role = {"Annika Hellström": "ordförande", "Ulrika Dahlbäck": "1:e vice ordf.",
                    "Mats Kröger": "2:e vice ordf."}.get(name, "")
            if not role:
                d.p(name, party, "ledamot")
            rows.append(f"  {name:<24}{party:<6}{'X':<10}{role}".rstrip())
    ers_rows = []
    for name, party in KF_ERS:
        d.p(name, party, "ersättare")
        ers_rows.append(f"  {name:<24}{party}")
    d.p("Birgitta Strandh", "S", "justerare")
    d.p("Anders Broberg", "M", "justerare")
    d.p("Lena Grönvall", None, "sekreterare", "tjänsteman")
    d.p("Magnus Rehnberg", None, "tjänsteman")
    d.p("Pia Hedenström", None, "tjänsteman")

    P = d.p
    body: list[str] = []

    def sec(num: str, title: str, dnr: str | None, lines: list[str]) -> None:
        head = f"§ {num}"
        if dnr:
            head = f"{head:<10}{title}\n{'':<10}Dnr {dnr}"
        else:
            head = f"{head:<10}{title}"
        body.append(head)
        body.append("")
        body.extend(lines)
        body.append("")
        body.append("")

    # § 88
    sec("88", "Val av justerare och tid för justering", None, [
        "Beslut",
        "Kommunfullmäktige utser Birgitta Strandh (S) och Anders Broberg (M) att jämte ordföranden justera",
        "dagens protokoll. Justeringen sker torsdagen den 20 juni 2024 klockan 13.00 i Rådhuset.",
    ])
    d.para("88", "Val av justerare och tid för justering", [], 1)
    # § 89
    sec("89", "Anmälan av nya motioner", None, [
        "Följande motioner har inkommit till kommunfullmäktige sedan föregående sammanträde:",
        "",
        f"  a) Motion om solceller på kommunens förskolor, {P('Johanna Vestin', 'MP')}, dnr KS 2024/0398",
        f"  b) Motion om fler platser i sommarjobb för unga, {P('Nils Ekdahl', 'V')}, dnr KS 2024/0405",
        f"  c) Motion om trygghetskameror på Stortorget, {P('Robert Kvist', 'SD')}, dnr KS 2024/0411",
        "",
        "Beslut",
        "Motionerna remitteras till kommunstyrelsen för beredning.",
    ])
    d.org("Kommunstyrelsen")
    d.para("89", "Anmälan av nya motioner", ["KS 2024/0398", "KS 2024/0405", "KS 2024/0411"], 1)
    # § 90
    sec("90", "Interpellation om väntetider till särskilt boende", "KS 2024/0322", [
        f"{P('Sara Halvarsson', 'V')} har 2024-05-02 ställt en interpellation till socialnämndens ordförande",
        f"{P('Cecilia Backe', 'S')} om väntetiderna till särskilt boende enligt 4 kap. 1 § socialtjänstlagen",
        "(2001:453). Interpellationen besvaras vid dagens sammanträde.",
        "",
        f"I debatten deltar Sara Halvarsson (V), Cecilia Backe (S), {P('Lotta Wallgren', 'M')} och",
        f"{P('Marianne Ljung', 'KD')}.",
        "",
        "Beslut",
        "Kommunfullmäktige förklarar interpellationen besvarad.",
    ])
    d.org("Socialnämnden")
    d.para("90", "Interpellation om väntetider till särskilt boende", ["KS 2024/0322"], 1)
    # § 91
    sec("91", "Fråga om snöröjningen på gång- och cykelvägar", "KS 2024/0377", [
        f"{P('Dennis Fahlén', 'SD')} har ställt en fråga till tekniska nämndens ordförande {P('Jonas Edfors', 'S')}",
        "om prioriteringen av snöröjningen vintern 2023/2024. Jonas Edfors (S) besvarar frågan muntligt.",
        "",
        "Ordföranden förklarar därefter frågan besvarad.",
    ])
    d.para("91", "Fråga om snöröjningen på gång- och cykelvägar", ["KS 2024/0377"], 0)
    # § 92
    sec("92", "Avsägelse av uppdrag som ledamot i kommunfullmäktige – Gunnel Hedberg (SD)", "KS 2024/0356", [
        "Gunnel Hedberg (SD) har i skrivelse daterad 2024-05-14 avsagt sig sitt uppdrag som ledamot i",
        "kommunfullmäktige från och med 2024-07-01. Enligt 4 kap. 9 § kommunallagen (2017:725) ska",
        "fullmäktige pröva om avsägelsen ska beviljas, och enligt 18 kap. 5 § vallagen (2022:1167) förrättar",
        "Länsstyrelsen i Jämtlands län ny sammanräkning.",
        "",
        "Beslut",
        "1. Avsägelsen beviljas.",
        "2. Länsstyrelsen i Jämtlands län begärs förrätta ny sammanräkning för att utse ny ledamot.",
    ])
    P("Gunnel Hedberg", "SD")
    d.org("Länsstyrelsen i Jämtlands län")
    d.para("92", "Avsägelse av uppdrag som ledamot i kommunfullmäktige – Gunnel Hedberg (SD)", ["KS 2024/0356"], 2)
    # § 93
    sec("93", "Avsägelser och fyllnadsval", "KS 2024/0019", [
        "Följande avsägelser har inkommit:",
        f"  - {P('Ove Berglund', 'C')}, ersättare i barn- och utbildningsnämnden, inkom 2024-04-30",
        f"  - {P('Hanna Lidström', 'L')}, ledamot i miljö- och samhällsnämnden, inkom 2024-05-21",
        "",
        "Valberedningen föreslår följande fyllnadsval för tiden till och med 2026-12-31:",
        f"  - ersättare i barn- och utbildningsnämnden: {P('Kristina Widén', 'C')}",
        f"  - ledamot i miljö- och samhällsnämnden: {P('Jesper Hultgren', 'L')}",
        "",
        "Beslut",
        "1. Avsägelserna beviljas.",
        "2. Till ersättare i barn- och utbildningsnämnden väljs Kristina Widén (C).",
        "3. Till ledamot i miljö- och samhällsnämnden väljs Jesper Hultgren (L).",
        "",
        "Beslutet skickas till",
        "Barn- och utbildningsnämnden, Miljö- och samhällsnämnden, de valda, lönekontoret",
    ])
    d.org("Barn- och utbildningsnämnden", "Miljö- och samhällsnämnden")
    d.para("93", "Avsägelser och fyllnadsval", ["KS 2024/0019"], 3)
    # § 94
    sec("94", "Val av nämndeman i Östersunds tingsrätt", "KS 2024/0290", [
        f"{P('Roland Hjort', None)} har flyttat från kommunen och hans uppdrag som nämndeman i Östersunds",
        "tingsrätt har upphört. Valberedningen föreslår att fyllnadsval görs.",
        "",
        "Beslut",
        f"Till nämndeman i Östersunds tingsrätt för tiden till och med 2027-12-31 väljs {P('Sonja Ringström', 'S')}.",
    ])
    d.org("Östersunds tingsrätt")
    d.para("94", "Val av nämndeman i Östersunds tingsrätt", ["KS 2024/0290"], 1)
    # § 95
    sec("95", "Årsredovisning 2023 för Östersunds kommun", "KS 2024/0133", [
        "Beslutsunderlag",
        "Kommunstyrelsens beslut 2024-04-09, § 71",
        "Tjänsteskrivelse 2024-03-22 från ekonomienheten",
        "Årsredovisning 2023",
        "",
        "Ärendet",
        "Kommunen redovisar för 2023 ett resultat om 48,2 mnkr. Balanskravsresultatet uppgår till 31,5 mnkr.",
        "Årsredovisningen omfattar även de helägda bolagen Östersundshem AB och Jämtlands Värme AB.",
        "",
        "Yrkanden",
        f"{P('Per-Olof Grahn', 'S')} yrkar bifall till kommunstyrelsens förslag.",
        "",
        "Beslut",
        "1. Årsredovisning 2023 för Östersunds kommun godkänns.",
        "2. Årets balanskravsresultat avsätts med 20,0 mnkr till resultatutjämningsreserven.",
    ])
    d.org("Östersundshem AB", "Jämtlands Värme AB")
    d.para("95", "Årsredovisning 2023 för Östersunds kommun", ["KS 2024/0133"], 2, srd="2024-03-22",
           props=[d.ref("Per-Olof Grahn")])
    # § 96 – budget (vote, reservations, statements)
    sec("96", "Strategisk plan med budget 2025–2027", "KS 2024/0201", [
        "Beslutsunderlag",
        "Kommunstyrelsens beslut 2024-05-28, § 112",
        "Tjänsteskrivelse 2024-05-06 från ekonomienheten",
        "Budgetförslag från Moderaterna, Kristdemokraterna och Liberalerna, daterat 2024-05-20",
        "",
        "Yrkanden",
        "Per-Olof Grahn (S), Mats Kröger (C) och Johanna Vestin (MP) yrkar bifall till kommunstyrelsens förslag.",
        "Ulrika Dahlbäck (M) m.fl. yrkar bifall till Moderaternas, Kristdemokraternas och Liberalernas",
        "budgetförslag.",
        "Robert Kvist (SD) yrkar bifall till Sverigedemokraternas budgetförslag.",
        "Elin Aspegren (V) yrkar att skattesatsen fastställs till 22,84 kronor.",
        "",
        "Propositionsordning",
        "Ordföranden ställer först kommunstyrelsens förslag mot M, KD och L:s förslag mot SD:s förslag och",
        "finner att kommunstyrelsens förslag och M, KD och L:s förslag är huvudförslag.",
        "",
        "Votering begärs och verkställs.",
        "Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller M, KD och L:s förslag röstar nej.",
        "",
        "Omröstningsresultat",
        "  Ja     22",
        "  Nej    14",
        "  Avstår  7",
        "  Summa  43",
        "Voteringslistan finns som bilaga 2 till protokollet.",
        "",
        "Beslut",
        "1. Strategisk plan med budget 2025–2027 fastställs.",
        "2. Skattesatsen för 2025 fastställs till 22,59 kronor per skattekrona.",
        "3. Kommunstyrelsen får under 2025 nyupplåna högst 350 mnkr.",
        "4. Nämndernas ramar fastställs enligt bilaga 3.",
        "",
        "Reservationer",
        "Ulrika Dahlbäck (M) m.fl. reserverar sig mot beslutet till förmån för eget yrkande.",
        "Robert Kvist (SD), Dennis Fahlén (SD) och Lina Mårtensson (SD) reserverar sig mot beslutet.",
        "",
        "Särskilt yttrande",
        "Elin Aspegren (V) lämnar ett särskilt yttrande, bilaga 4.",
    ])
    for n, pa in [("Elin Aspegren", "V"), ("Lina Mårtensson", "SD")]:
        P(n, pa)
    d.para("96", "Strategisk plan med budget 2025–2027", ["KS 2024/0201"], 4, srd="2024-05-06",
           props=[d.ref("Per-Olof Grahn"), d.ref("Mats Kröger"), d.ref("Johanna Vestin"),
                  d.ref("Ulrika Dahlbäck", True), d.ref("Robert Kvist"), d.ref("Elin Aspegren")],
           vote=v(22, 14, 7),
           res=[d.ref("Ulrika Dahlbäck", True), d.ref("Robert Kvist"), d.ref("Dennis Fahlén"),
                d.ref("Lina Mårtensson")],
           st=[{"kind": "särskilt yttrande", "by": [d.ref("Elin Aspegren")]}])
    # § 97
    sec("97", "Ansvarsfrihet för kommunstyrelsen och nämnderna för 2023", "KS 2024/0150", [
        "Revisorerna tillstyrker i revisionsberättelsen daterad 2024-04-12 att fullmäktige beviljar ansvarsfrihet.",
        "Ledamöter som är jäviga deltar inte i beslutet om den egna nämnden, jfr 5 kap. 47 § kommunallagen.",
        "",
        "Beslut",
        "Kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ beviljas ansvarsfrihet för 2023.",
    ])
    d.para("97", "Ansvarsfrihet för kommunstyrelsen och nämnderna för 2023", ["KS 2024/0150"], 1)
    # § 98
    sec("98", "Ansvarsfrihet för Jämtlands räddningstjänstförbund 2023", "KS 2024/0161", [
        "Förbundets revisorer tillstyrker ansvarsfrihet. Medlemskommunerna Östersund, Krokom, Ragunda och Berg",
        "prövar frågan var för sig.",
        "",
        "Beslut",
        "1. Direktionen för Jämtlands räddningstjänstförbund beviljas ansvarsfrihet för 2023.",
        "2. Årsredovisningen för 2023 läggs till handlingarna.",
    ])
    d.org("Jämtlands räddningstjänstförbund")
    d.para("98", "Ansvarsfrihet för Jämtlands räddningstjänstförbund 2023", ["KS 2024/0161"], 2)
    # § 99 – agreement
    sec("99", "Avtal om gemensam överförmyndarnämnd med Krokoms kommun", "KS 2023/0644", [
        "Beslutsunderlag",
        "Tjänsteskrivelse 2024-04-17 från kommunledningsförvaltningen",
        "Förslag till samverkansavtal mellan Östersunds kommun och Krokoms kommun",
        "",
        "Ärendet",
        "Avtalet reglerar den gemensamma nämnden enligt 9 kap. 19 § kommunallagen och gäller från 2025-01-01.",
        "Krokoms kommun behandlar ärendet den 25 juni 2024.",
        "",
        "Beslut",
        "1. Samverkansavtal om gemensam överförmyndarnämnd mellan Östersunds kommun och Krokoms kommun godkänns.",
        "2. Reglemente för den gemensamma överförmyndarnämnden antas att gälla från 2025-01-01.",
    ])
    d.org("Krokoms kommun")
    d.para("99", "Avtal om gemensam överförmyndarnämnd med Krokoms kommun", ["KS 2023/0644"], 2, srd="2024-04-17",
           agr=[{"title": "Samverkansavtal om gemensam överförmyndarnämnd",
                 "parties": ["Östersunds kommun", "Krokoms kommun"]}])
    # § 100 – VA-taxa with vote in prose
    sec("100", "Taxa för vatten och avlopp 2025", "KS 2024/0244", [
        "Beslutsunderlag",
        "Tekniska nämndens beslut 2024-04-25, § 48",
        "Tjänsteskrivelse 2024-04-02 från tekniska förvaltningen",
        "",
        "Yrkanden",
        f"Jonas Edfors (S) yrkar bifall till förslaget. {P('Henrik Tjärnberg', 'M')} yrkar avslag.",
        "",
        "Votering begärs. Ja för bifall, nej för avslag. Med 25 ja-röster mot 16 nej-röster beslutar",
        "fullmäktige enligt Jonas Edfors yrkande. 2 ledamöter avstår.",
        "",
        "Beslut",
        "Taxa för vatten och avlopp 2025 antas att gälla från och med 2025-01-01.",
        "",
        "Reservation",
        "Ledamöterna Henrik Tjärnberg (M) och Camilla Ekström (M) reserverar sig mot beslutet.",
    ])
    d.org("Tekniska nämnden")
    d.para("100", "Taxa för vatten och avlopp 2025", ["KS 2024/0244"], 1, srd="2024-04-02",
           props=[d.ref("Jonas Edfors"), d.ref("Henrik Tjärnberg")], vote=v(25, 16, 2),
           res=[d.ref("Henrik Tjärnberg"), d.ref("Camilla Ekström")])
    # §§ 101–105 motions
    motions = [
        ("101", "Svar på motion om gratis simundervisning för nyanlända", "KS 2023/0512", "Khaled Naser", "V",
         "Motionen anses besvarad.", "2024-03-11", []),
        ("102", "Svar på motion om fler laddstolpar vid kommunens arbetsplatser", "KS 2023/0588", "Oskar Lidén",
         "MP", "Motionen bifalls.", "2024-02-27", []),
        ("103", "Svar på motion om lokalt trygghetsråd i Brunflo", "KS 2023/0601", "Lina Mårtensson", "SD",
         "Motionen avslås.", "2024-03-04", ["res"]),
        ("104", "Svar på motion om avgiftsfria arbetskläder inom äldreomsorgen", "KS 2023/0655", "Elin Aspegren",
         "V", "Motionen anses besvarad.", "2024-04-08", ["st"]),
        ("105", "Svar på motion om fritidsbank i Lit", "KS 2023/0702", "Torbjörn Flodin", "KD",
         "Motionen bifalls i den del som avser utredning och anses i övrigt besvarad.", "2024-04-15", []),
    ]
    for num, title, dnr, author, party, decision, srd, extra in motions:
        lines = [
            f"{author} ({party}) har i motion daterad 2023-11-20 föreslagit det som framgår av rubriken.",
            "Motionen har remitterats till berörd nämnd, som yttrat sig.",
            "",
            "Beslutsunderlag",
            f"Tjänsteskrivelse {srd} från kommunledningsförvaltningen",
            "Motion daterad 2023-11-20",
            "",
            "Yrkanden",
            f"{author} ({party}) yrkar bifall till motionen. Per-Olof Grahn (S) yrkar bifall till kommunstyrelsens",
            "förslag.",
            "",
            "Beslut",
            decision,
        ]
        props = [d.ref(author), d.ref("Per-Olof Grahn")]
        res, st = [], []
        if "res" in extra:
            lines += ["", f"Reservation: {author} ({party}) och Therese Burman (SD)."]
            res = [d.ref(author), d.ref("Therese Burman")]
        if "st" in extra:
            lines += ["", "Protokollsanteckning",
                      f"{P('Elin Aspegren', 'V')} och Sara Halvarsson (V) antecknar till protokollet att",
                      "frågan om arbetskläder bör följas upp i samband med delårsrapporten."]
            st = [{"kind": "protokollsanteckning", "by": [d.ref("Elin Aspegren"), d.ref("Sara Halvarsson")]}]
        if num == "101":
            props = [d.ref("Per-Olof Grahn")]
            lines[7:10] = ["Yrkanden", "Per-Olof Grahn (S) yrkar bifall till kommunstyrelsens förslag.", ""]
        sec(num, title, dnr, lines)
        d.para(num, title, [dnr], 1, srd=srd, props=props, res=res, st=st)
    # § 106 – återremiss vote then main decision
    sec("106", "Detaljplan för del av Frösön 4:12, Fyrvallaområdet", "MSN 2021/0733", [
        "Miljö- och samhällsnämnden har 2024-05-16, § 77, föreslagit att detaljplanen antas enligt 5 kap.",
        "27 § plan- och bygglagen (2010:900). Trafikverket och Länsstyrelsen i Jämtlands län har yttrat sig",
        "under granskningen.",
        "",
        "Yrkanden",
        f"{P('Helena Rudström', 'C')} yrkar bifall till förslaget. Nils Ekdahl (V) yrkar att ärendet återremitteras.",
        "",
        "Omröstning om återremiss",
        "Ja för att ärendet avgörs i dag, nej för återremiss: 35 ja, 6 nej, 2 avstår.",
        "Ärendet ska alltså avgöras i dag.",
        "",
        "Beslut",
        "Detaljplan för del av Frösön 4:12 antas.",
        "",
        "Reservation",
        "Nils Ekdahl (V) reserverar sig till förmån för eget yrkande.",
    ])
    d.org("Trafikverket")
    d.para("106", "Detaljplan för del av Frösön 4:12, Fyrvallaområdet", ["MSN 2021/0733"], 1,
           props=[d.ref("Helena Rudström"), d.ref("Nils Ekdahl")], vote=v(35, 6, 2), res=[d.ref("Nils Ekdahl")])
    # § 107
    sec("107", "Borgen för Östersundshem AB", "KS 2024/0275", [
        "Beslutsunderlag",
        "Tjänsteskrivelse 2024-05-03 från ekonomienheten",
        "Skrivelse från Östersundshem AB 2024-04-19",
        "",
        "Beslut",
        "1. Kommunen ingår borgen för Östersundshem AB:s låneförpliktelser upp till 2 400 mnkr.",
        "2. Borgensavgiften fastställs till 0,35 procent.",
        "3. Paragrafen förklaras omedelbart justerad.",
    ])
    d.para("107", "Borgen för Östersundshem AB", ["KS 2024/0275"], 3, imm=True, srd="2024-05-03")
    # § 108
    sec("108", "Revidering av reglemente för kommunstyrelsen", "KS 2024/0188", [
        "Beslutsunderlag",
        "Tjänsteskrivelse 2024-04-24 från kommunledningsförvaltningen",
        "",
        "Beslut",
        "Reviderat reglemente för kommunstyrelsen antas att gälla från 2024-07-01.",
    ])
    d.para("108", "Revidering av reglemente för kommunstyrelsen", ["KS 2024/0188"], 1, srd="2024-04-24")
    # § 109
    sec("109", "Medborgarförslag om hundrastgård på Odenslund", "KS 2024/0099", [
        "Ett medborgarförslag har inkommit 2024-02-05. Ärendet överlämnas till tekniska nämnden för beslut.",
        "",
        "Beslut",
        "Medborgarförslaget överlämnas till tekniska nämnden.",
    ])
    d.para("109", "Medborgarförslag om hundrastgård på Odenslund", ["KS 2024/0099"], 1)
    # § 110
    sec("110", "Interpellation om Region Jämtland Härjedalens kollektivtrafik", "KS 2024/0365", [
        f"Patrik Söderholm (L) har ställt en interpellation till kommunstyrelsens ordförande {P('Kent Östlund', 'S')}.",
        "Kommunstyrelsens ordförande besvarar interpellationen. I debatten deltar Patrik Söderholm (L),",
        "Kent Östlund (S) och Anna-Karin Björk (L).",
        "",
        "Beslut",
        "Interpellationen anses besvarad.",
    ])
    d.org("Region Jämtland Härjedalen")
    d.para("110", "Interpellation om Region Jämtland Härjedalens kollektivtrafik", ["KS 2024/0365"], 1)
    # § 111
    sec("111", "Delårsrapport för Jämtlands Gymnasieförbund", "KS 2024/0270", [
        "Jämtlands Gymnasieförbund har översänt sin delårsrapport per den 30 april 2024.",
        "",
        "Beslut",
        "Delårsrapporten läggs till handlingarna.",
    ])
    d.org("Jämtlands Gymnasieförbund")
    d.para("111", "Delårsrapport för Jämtlands Gymnasieförbund", ["KS 2024/0270"], 1)
    # § 112 – anmälningsärenden
    sec("112", "Anmälningsärenden", None, [
        "  1. Länsstyrelsen i Jämtlands län, protokoll över sammanräkning 2024-05-08, dnr 201-3311-2024",
        "  2. Kommunstyrelsens beslut 2024-05-28, § 118, Uppföljning av internkontroll",
        "  3. Revisionsrapport om kommunens upphandling, KS 2024/0287",
        "",
        "Beslut",
        "Anmälningarna läggs till handlingarna.",
    ])
    d.para("112", "Anmälningsärenden", ["201-3311-2024", "KS 2024/0287"], 1)
    # § 113
    sec("113", "Sammanträdesplan för kommunfullmäktige 2025", "KS 2024/0310", [
        "Beslut",
        "Kommunfullmäktige sammanträder 2025 den 24 februari, 28 april, 16 juni, 29 september och 24 november.",
    ])
    d.para("113", "Sammanträdesplan för kommunfullmäktige 2025", ["KS 2024/0310"], 1)
    # § 114
    sec("114", "Sammanträdets avslutande", None, [
        "Ordföranden tackar ledamöterna och förklarar sammanträdet avslutat klockan 19.42.",
    ])
    d.para("114", "Sammanträdets avslutande", [], 0)

    first = [
        "ÖSTERSUNDS KOMMUN                         SAMMANTRÄDESPROTOKOLL",
        "Kommunfullmäktige                         Sammanträdesdatum 2024-06-17",
        "",
        "Plats och tid       Stora salen, Rådhuset, kl. 09.00–19.42",
        "                    (ajournering kl. 12.00–13.00 och 15.10–15.30)",
        "",
        "Närvaro- och voteringslista (tjänstgörande)",
        "",
        f"  {'Ledamot':<24}{'Parti':<6}{'Närv.':<10}Tjänstgörande ersättare / uppdrag",
        "  " + "-" * 74,
        *rows,
        "",
        "Ej tjänstgörande ersättare",
        *ers_rows,
        "",
        "Övriga närvarande   Lena Grönvall, kommunsekreterare",
        "                    Magnus Rehnberg, kommundirektör",
        "                    Pia Hedenström, ekonomichef",
        "",
        "Utses att justera   Birgitta Strandh (S) och Anders Broberg (M)",
        "Justeringens plats  Rådhuset, 2024-06-20",
        "Paragrafer          §§ 88–114",
        "",
        "Underskrifter",
        "Sekreterare         .....................................",
        "                    Lena Grönvall",
        "Ordförande          .....................................",
        f"                    {ordf.split(' (')[0]}",
        "Justerare           .....................................   .....................................",
        "                    Birgitta Strandh                        Anders Broberg",
        "",
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Datum då anslaget sätts upp 2024-06-21    Datum då anslaget tas ned 2024-07-13",
    ]
    lines = [*first, "", *body]
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)]
    out = []
    for i, pg in enumerate(pages, 1):
        head = [f"ÖSTERSUNDS KOMMUN   Kommunfullmäktige   Protokoll 2024-06-17{'':<14}Sida {i} ({len(pages)})", ""]
        foot = ["", "Justerandes sign  ________  ________                        Utdragsbestyrkande"]
        out.append("\n".join(head + pg + foot) + "\n")
    (DOCS / d.document).write_text("\f".join(out), encoding="utf-8")
    d.write_gold()


# ---------------------------------------------------------------------------------------------------------
# 2. Enköpings kommun, Kommunstyrelsen, 2024-09-10 – pdf, full, 22 §§, running-text attendance
# ---------------------------------------------------------------------------------------------------------

def build_enkoping() -> list[tuple[str, str]]:
    """Return the PDF content as (style, text) items; style is 'h' (paragraph heading) or 't'."""
    d = Doc("enkoping-ks-2024-09-10-protokoll.pdf", "Enköpings kommun", "Kommunstyrelsen", "2024-09-10")
    P = d.p
    items: list[tuple[str, str]] = []
    members = [("Britt-Marie Sandell", "M", "ordförande"), ("Johan Lindeberg", "S", "vice ordförande"),
               ("Katarina Hallin", "C", "ledamot"), ("Mohammed Barakat", "S", "ledamot"),
               ("Gunilla Frid", "KD", "ledamot"), ("Peter Wennström", "M", "ledamot"),
               ("Lisa Ekvall", "SD", "ledamot"), ("Daniel Holmgren", "SD", "ledamot"),
               ("Åsa Tornberg", "S", "ledamot"), ("Rickard Almqvist", "L", "ledamot"),
               ("Mirja Koskinen", "V", "ledamot")]
    parts = []
    for n, pa, r in members:
        P(n, pa, r)
        parts.append(f"{n} ({pa})" + (f", {r}" if r != "ledamot" else ""))
    P("Ingemar Stålhammar", "M")
    P("Hans Ödmark", "S")
    P("Tove Granqvist", "M", "tjänstgörande ersättare")
    P("Erik Vallin", "S", "tjänstgörande ersättare")
    for n, pa in [("Sanna Lund", "MP"), ("Kurt Bergkvist", "SD"), ("Marie Öhman", "C"), ("Jan-Erik Sellin", "S")]:
        P(n, pa, "ersättare")
    P("Katarina Hallin", "C", "justerare")
    P("Åsa Tornberg", "S", "justerare")
    P("Anneli Strömgren", None, "sekreterare", "tjänsteman")
    P("Göran Falk", None, "tjänsteman")
    P("Nina Berglöf", None, "tjänsteman")
    t = items.append

    def H(num: str, title: str, dnr: str | None) -> None:
        t(("h", f"KS § {num}" + (f"    Dnr {dnr}" if dnr else "")))
        t(("b", title))

    t(("title", "ENKÖPINGS KOMMUN – Protokoll – Kommunstyrelsen"))
    t(("t", "Sammanträdesdatum: tisdagen den 10 september 2024, kl. 08.30–12.10, Stora sessionssalen, Rådhuset"))
    t(("t", "Beslutande: " + ", ".join(parts[:-1]) + " och " + parts[-1]
       + ", samt tjänstgörande ersättarna Tove Granqvist (M) i stället för Ingemar Stålhammar (M) och"
       " Erik Vallin (S) i stället för Hans Ödmark (S)."))
    t(("t", "Ersättare i övrigt: Sanna Lund (MP), Kurt Bergkvist (SD), Marie Öhman (C), Jan-Erik Sellin (S)"))
    t(("t", "Övriga deltagare: Göran Falk, kommundirektör; Nina Berglöf, ekonomidirektör; Anneli Strömgren,"
       " kommunsekreterare"))
    t(("t", "Justerare: Katarina Hallin (C) och Åsa Tornberg (S). Justering 2024-09-13 i Rådhuset."
       " Paragrafer §§ 131–152."))
    t(("t", "Sekreterare ....................  Anneli Strömgren"))
    t(("t", "Ordförande ....................  Britt-Marie Sandell"))
    t(("t", "Justerare ....................  Katarina Hallin      ....................  Åsa Tornberg"))
    t(("t", "Anslag om justering: Protokollet för kommunstyrelsen 2024-09-10 har justerats. Anslaget sätts upp"
       " 2024-09-16 och tas ned 2024-10-08. Förvaringsplats: Kommunledningskontoret."))
    t(("pb", ""))

    H("131", "Fastställande av dagordning", None)
    t(("t", "Beslut: Dagordningen fastställs med tillägg av ärendet om Enköpings Hamn AB, § 146."))
    d.para("131", "Fastställande av dagordning", [], 1)

    simple = [
        ("132", "Delårsrapport januari–juli 2024 för Enköpings kommun", "KS2024/512", "2024-08-26",
         ["Delårsrapporten godkänns.", "Rapporten överlämnas till kommunfullmäktige."]),
        ("133", "Uppföljning av intern kontroll 2024", "KS2024/198", "2024-08-19",
         ["Uppföljningen godkänns."]),
        ("134", "Riktlinjer för bisysslor för anställda", "KS2024/377", "2024-08-14",
         ["Riktlinjerna antas att gälla från 2024-10-01.", "Tidigare riktlinjer upphävs."]),
        ("135", "Revidering av delegationsordning för kommunstyrelsen", "KS2024/402", "2024-08-20",
         ["Reviderad delegationsordning antas."]),
        ("136", "Försäljning av fastigheten Romberga 23:57", "KS2024/455", "2024-08-22",
         ["Fastigheten säljs för 4 150 000 kronor.", "Kommundirektören får underteckna köpeavtalet.",
          "Paragrafen förklaras omedelbart justerad."]),
    ]
    for num, title, dnr, srd, dec in simple:
        H(num, title, dnr)
        t(("t", f"Beslutsunderlag: Tjänsteskrivelse {srd} från kommunledningskontoret."))
        t(("t", "Kommunstyrelsens beslut"))
        for i, x in enumerate(dec, 1):
            t(("t", f"{i}. {x}"))
        imm = any("omedelbart" in x for x in dec)
        d.para(num, title, [dnr], len(dec), srd=srd, imm=imm)
    d.org("Kommunfullmäktige")

    H("137", "Remiss – Regional transportplan för Uppsala län 2026–2037", "KS2024/420")
    t(("t", "Region Uppsala har remitterat förslaget till regional transportplan (Region Uppsalas dnr"
       " RUN2024-0311) med svar senast 2024-10-15. Trafikverket har tagit fram underlag enligt förordningen"
       " (1997:263) om länsplaner, där 3 § anger planens innehåll."))
    t(("t", "Beslutsunderlag: Tjänsteskrivelse 2024-08-28 från samhällsbyggnadsförvaltningen."))
    t(("t", "Yrkanden: Peter Wennström (M) yrkar bifall till förvaltningens förslag. Mirja Koskinen (V) yrkar"
       " tillägg om att kommunen ska prioritera pendeltåg till Uppsala."))
    t(("t", "Ordföranden ställer proposition på tilläggsyrkandet och finner att det avslås."))
    t(("t", "Kommunstyrelsens beslut"))
    t(("t", "1. Kommunstyrelsen lämnar yttrande enligt bilaga till Region Uppsala."))
    t(("t", "2. Paragrafen förklaras omedelbart justerad."))
    t(("t", "Reservation: Mirja Koskinen (V) reserverar sig till förmån för eget yrkande."))
    d.org("Region Uppsala", "Trafikverket")
    d.para("137", "Remiss – Regional transportplan för Uppsala län 2026–2037", ["KS2024/420", "RUN2024-0311"], 2,
           imm=True, srd="2024-08-28", ref="Region Uppsala",
           props=[d.ref("Peter Wennström"), d.ref("Mirja Koskinen")], res=[d.ref("Mirja Koskinen")])

    H("138", "Avtal om räddningstjänstsamverkan med Håbo kommun", "KS2024/301")
    t(("t", "Beslutsunderlag: Tjänsteskrivelse 2024-08-12 från kommunledningskontoret; förslag till avtal om"
       " räddningstjänst mellan Enköpings kommun och Håbo kommun. Avtalet följer lagen (2003:778) om skydd"
       " mot olyckor, 3 kap. 1 §."))
    t(("t", "Kommunstyrelsens förslag till kommunfullmäktige"))
    t(("t", "1. Avtal om räddningstjänst mellan Enköpings kommun och Håbo kommun godkänns för perioden 2025–2028."))
    t(("t", "Kommunstyrelsens beslut för egen del"))
    t(("t", "2. Räddningschefen får i uppdrag att återrapportera samverkan i mars 2025."))
    d.org("Håbo kommun")
    d.para("138", "Avtal om räddningstjänstsamverkan med Håbo kommun", ["KS2024/301"], 2, srd="2024-08-12",
           agr=[{"title": "Avtal om räddningstjänst", "parties": ["Enköpings kommun", "Håbo kommun"]}])

    H("139", "Taxa för upplåtelse av offentlig plats 2025", "KS2024/388")
    t(("t", "Beslutsunderlag: Tjänsteskrivelse 2024-08-15 från samhällsbyggnadsförvaltningen."))
    t(("t", "Yrkanden: Britt-Marie Sandell (M) yrkar bifall till förslaget. Lisa Ekvall (SD) yrkar avslag."))
    t(("t", "Omröstning begärs och verkställs med följande resultat. Ja-röst för bifall: Britt-Marie Sandell (M),"
       " Johan Lindeberg (S), Katarina Hallin (C), Mohammed Barakat (S), Gunilla Frid (KD), Peter Wennström (M),"
       " Åsa Tornberg (S), Rickard Almqvist (L), Tove Granqvist (M), Erik Vallin (S). Nej-röst för avslag:"
       " Lisa Ekvall (SD), Daniel Holmgren (SD). Avstår: Mirja Koskinen (V)."))
    t(("t", "Med 10 ja-röster mot 2 nej-röster och 1 som avstår beslutar kommunstyrelsen enligt ordförandens"
       " yrkande."))
    t(("t", "Kommunstyrelsens förslag till kommunfullmäktige: Taxan antas att gälla från 2025-01-01."))
    t(("t", "Reservation: Lisa Ekvall (SD) och Daniel Holmgren (SD) reserverar sig mot beslutet."))
    d.para("139", "Taxa för upplåtelse av offentlig plats 2025", ["KS2024/388"], 1, srd="2024-08-15",
           props=[d.ref("Britt-Marie Sandell"), d.ref("Lisa Ekvall")], vote=v(10, 2, 1),
           res=[d.ref("Lisa Ekvall"), d.ref("Daniel Holmgren")])

    motions = [
        ("140", "Svar på motion om kommunal simhall i Fjärdhundra", "KS2023/611", "Mohammed Barakat", "2024-08-09",
         "Motionen avslås."),
        ("141", "Svar på motion om matsvinn i skolan", "KS2023/640", "Rickard Almqvist", "2024-08-13",
         "Motionen anses besvarad."),
        ("142", "Svar på motion om fler poliser i centrum", "KS2024/022", "Daniel Holmgren", "2024-08-16",
         "Motionen anses besvarad."),
    ]
    for num, title, dnr, author, srd, dec in motions:
        H(num, title, dnr)
        pa = d.persons[author]["party"]
        t(("t", f"Beslutsunderlag: Motion från {author} ({pa}) inkommen 2023-10-30; tjänsteskrivelse {srd}."))
        t(("t", f"Yrkanden: {author} ({pa}) yrkar bifall till motionen. Britt-Marie Sandell (M) yrkar att"
           f" {dec[:-1].lower()}."))
        t(("t", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt"
           " ordförandens yrkande."))
        t(("t", f"Kommunstyrelsens förslag till kommunfullmäktige: {dec}"))
        res, st = [], []
        if num == "140":
            t(("t", "Reservation: Mohammed Barakat (S) m.fl. reserverar sig till förmån för eget yrkande."))
            res = [d.ref(author, True)]
        if num == "142":
            t(("t", "Särskilt yttrande: Daniel Holmgren (SD) och Lisa Ekvall (SD) lämnar särskilt yttrande."))
            t(("t", "Ersättaren Kurt Bergkvist (SD) instämmer i det särskilda yttrandet."))
            st = [{"kind": "särskilt yttrande", "by": [d.ref("Daniel Holmgren"), d.ref("Lisa Ekvall")]},
                  {"kind": "ersättaryttrande", "by": [d.ref("Kurt Bergkvist")], "endorses": 0}]
        d.para(num, title, [dnr], 1, srd=srd, props=[d.ref(author), d.ref("Britt-Marie Sandell")], res=res, st=st)

    H("143", "Ägardirektiv för Enköpings Hamn AB", "KS2024/433")
    t(("t", "Beslutsunderlag: Tjänsteskrivelse 2024-08-29; styrelseprotokoll från Enköpings Hamn AB 2024-06-04,"
       " § 17. ENA Energi AB och AB Enköpings Hyresbostäder berörs inte."))
    t(("t", "Yrkanden: Johan Lindeberg (S) yrkar återremiss. Britt-Marie Sandell (M) yrkar att ärendet avgörs i dag."))
    t(("t", "Omröstning om återremiss: Ja för att avgöra ärendet i dag, nej för återremiss. Omröstningsresultat"
       " 7 – 6."))
    t(("t", "Kommunstyrelsens förslag till kommunfullmäktige: Ägardirektivet antas."))
    t(("t", "Protokollsanteckning: Johan Lindeberg (S) m.fl. antecknar att bolagets investeringsplan saknas."))
    d.org("Enköpings Hamn AB", "ENA Energi AB", "AB Enköpings Hyresbostäder")
    d.para("143", "Ägardirektiv för Enköpings Hamn AB", ["KS2024/433"], 1, srd="2024-08-29",
           props=[d.ref("Johan Lindeberg"), d.ref("Britt-Marie Sandell")], vote=v(7, 6, 0),
           st=[{"kind": "protokollsanteckning", "by": [d.ref("Johan Lindeberg", True)]}])

    more = [
        ("144", "Ändring av sammanträdestid i oktober", None, None,
         ["Sammanträdet den 8 oktober flyttas till 15 oktober."]),
        ("145", "Bidrag till Föreningen Enköpings Musikfestival 2025", "KS2024/460", "2024-08-21",
         ["Bidrag beviljas med 180 000 kronor.", "Kostnaden belastar kommunstyrelsens anslag."]),
        ("146", "Lån till Enköpings Hamn AB för kajrenovering", "KS2024/472", "2024-09-02",
         ["Lån beviljas med 12 mnkr.", "Paragrafen förklaras omedelbart justerad."]),
        ("147", "Informationssäkerhetspolicy", "KS2024/215", "2024-08-07", ["Policyn antas."]),
        ("148", "Val av ombud till Mälarens vattenvårdsförbund", "KS2024/049", None,
         ["Till ombud väljs Gunilla Frid (KD)."]),
        ("149", "Kommunstyrelsens arbetsutskotts protokoll 2024-08-27", None, None,
         ["Protokollet läggs till handlingarna."]),
    ]
    d.org("Föreningen Enköpings Musikfestival", "Mälarens vattenvårdsförbund", "Kommunstyrelsens arbetsutskott")
    for num, title, dnr, srd, dec in more:
        H(num, title, dnr)
        if srd:
            t(("t", f"Beslutsunderlag: Tjänsteskrivelse {srd}."))
        t(("t", "Kommunstyrelsens beslut"))
        for i, x in enumerate(dec, 1):
            t(("t", f"{i}. {x}" if len(dec) > 1 else x))
        d.para(num, title, [dnr] if dnr else [], len(dec), srd=srd, imm=any("omedelbart" in x for x in dec))

    H("150", "Anmälan av delegationsbeslut", None)
    t(("t", "Följande delegationsbeslut anmäls: kommundirektörens beslut om tillförordnad förvaltningschef"
       " (KS2024/0008-12), ekonomidirektörens beslut om upplåning 2024-07-03 (KS2024/0009-7) samt beslut om"
       " yttrande till Polismyndigheten enligt 2 kap. 7 § ordningslagen (KS2024/0310-2)."))
    t(("t", "Kommunstyrelsens beslut: Delegationsbesluten läggs till handlingarna."))
    d.org("Polismyndigheten")
    d.para("150", "Anmälan av delegationsbeslut", ["KS2024/0008-12", "KS2024/0009-7", "KS2024/0310-2"], 1)

    H("151", "Meddelanden", None)
    t(("t", "a) Länsstyrelsen i Uppsala län, beslut om tillsyn 2024-07-11, dnr 701-4411-2024"))
    t(("t", "b) Sveriges Kommuner och Regioner, cirkulär 24:31"))
    t(("t", "c) Kommunens revisorer, granskningsrapport om bisysslor"))
    t(("t", "Kommunstyrelsens beslut: Meddelandena läggs till handlingarna."))
    d.org("Länsstyrelsen i Uppsala län", "Sveriges Kommuner och Regioner")
    d.para("151", "Meddelanden", ["701-4411-2024"], 1)

    H("152", "Information från kommundirektören", None)
    t(("t", "Kommundirektör Göran Falk informerar om rekryteringen av ny socialchef och om budgetläget."))
    t(("t", "Kommunstyrelsen tackar för informationen."))
    d.para("152", "Information från kommundirektören", [], 0)
    d.write_gold()
    return items


def write_pdf(name: str, items: list[tuple[str, str]], header: str, footer: str) -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"{header}   Sida {self.page_no()} av {{nb}}", align="R")
            self.ln(8)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, footer, align="L")

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(name)
    pdf.set_author("Kommunledningskontoret")
    pdf.set_creator("heldout67")
    pdf.set_producer("heldout67")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for style, text in items:
        if style == "pb":
            pdf.add_page()
            continue
        if style == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 7, text)
            pdf.ln(2)
            continue
        if style == "h":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 11)
        elif style == "b":
            pdf.set_font("DejaVu", "B", 10)
        else:
            pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, text)
        pdf.ln(1)
    pdf.output(str(DOCS / name))


# ---------------------------------------------------------------------------------------------------------
# 3. Sigtuna kommun, Socialnämnden, 2024-05-22 – docx, full, 16 §§, delegationsbeslut and meddelanden
# ---------------------------------------------------------------------------------------------------------

def build_sigtuna() -> None:
    import docx
    from docx.shared import Pt

    d = Doc("sigtuna-sn-2024-05-22-protokoll.docx", "Sigtuna kommun", "Socialnämnden", "2024-05-22")
    P = d.p
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "Socialförvaltningen"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "heldout67"
    cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "SIGTUNA KOMMUN\tSammanträdesprotokoll\tSocialnämnden 2024-05-22"
    sec.footer.paragraphs[0].text = "Justerandes signatur ..........   ..........\tUtdragsbestyrkande"
    doc.add_heading("Socialnämnden", level=1)
    doc.add_paragraph("Plats och tid: Kommunhuset, Märsta, sal Sigtunasalen, onsdagen den 22 maj 2024 kl. 17.30–20.05")
    rows = [("Lennart Wik", "M", "Ordförande"), ("Farida Yousef", "S", "1:e vice ordförande"),
            ("Christer Holm", "SD", "2:e vice ordförande"), ("Malin Engberg", "M", "Ledamot"),
            ("Rasmus Törn", "L", "Ledamot"), ("Sirpa Laine", "S", "Ledamot"), ("Abdi Warsame", "S", "Ledamot"),
            ("Linnea Fors", "KD", "Ledamot"),
            ("Johnny Sköld", "SD", "Tjänstgörande ersättare för Camilla Ros (SD)"),
            ("Alva Brink", "C", "Ersättare"), ("Oscar Nyman", "V", "Ersättare"), ("Ylva Stenberg", "MP", "Ersättare")]
    tbl = doc.add_table(rows=1, cols=3)
    for c, h in zip(tbl.rows[0].cells, ["Namn", "Parti", "Funktion"], strict=True):
        c.text = h
    rolemap = {"Ordförande": "ordförande", "1:e vice ordförande": "vice ordförande",
               "2:e vice ordförande": "vice ordförande", "Ledamot": "ledamot", "Ersättare": "ersättare"}
    for n, pa, f in rows:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text = n, pa, f
        P(n, pa, rolemap.get(f, "tjänstgörande ersättare"))
    P("Camilla Ros", "SD")
    doc.add_paragraph("Övriga deltagare: Therese Alm, socialchef; Jonas Kvarnström, verksamhetschef; "
                      "Hilda Svärd, nämndsekreterare")
    for n in ["Therese Alm", "Jonas Kvarnström"]:
        P(n, None, "tjänsteman")
    P("Hilda Svärd", None, "sekreterare", "tjänsteman")
    doc.add_paragraph("Justerare: Farida Yousef (S)    Justeringsdatum: 2024-05-27    Paragrafer: §§ 61–76")
    P("Farida Yousef", "S", "justerare")
    doc.add_paragraph("Sekreterare ......................... Hilda Svärd")
    doc.add_paragraph("Ordförande ......................... Lennart Wik")
    doc.add_paragraph("Justerare ......................... Farida Yousef")
    doc.add_paragraph("Anslag: Protokollet anslås 2024-05-28 – 2024-06-19 på kommunens digitala anslagstavla.")
    d.org("Kommunstyrelsen", "Inspektionen för vård och omsorg", "Förvaltningsrätten i Uppsala",
          "Kommunfullmäktige")

    def H(num: str, title: str, dnr: str | None) -> None:
        doc.add_page_break() if num in ("66", "72") else None
        doc.add_heading(f"§ {num} {title}", level=2)
        if dnr:
            doc.add_paragraph(f"Diarienummer: {dnr}")

    def dec(points: list[str]) -> None:
        doc.add_paragraph("Socialnämndens beslut", style="Heading 3")
        for x in points:
            doc.add_paragraph(x, style="List Number" if len(points) > 1 else None)

    H("61", "Godkännande av dagordning", None)
    dec(["Dagordningen godkänns."])
    d.para("61", "Godkännande av dagordning", [], 1)
    H("62", "Jäv", None)
    doc.add_paragraph("Ingen ledamot anmäler jäv.")
    d.para("62", "Jäv", [], 0)
    plain = [
        ("63", "Månadsuppföljning april 2024", "SN 2024/0041", "2024-05-08", ["Uppföljningen godkänns."]),
        ("64", "Internkontrollplan 2024, uppföljning", "SN 2024/0012", "2024-05-06",
         ["Uppföljningen godkänns.", "Nämnden överlämnar uppföljningen till kommunstyrelsen."]),
        ("65", "Riktlinjer för ekonomiskt bistånd 2024", "SN 2024/0077", "2024-04-29",
         ["Riktlinjerna antas.", "Riktlinjerna gäller från 2024-07-01.", "Paragrafen justeras omedelbart."]),
    ]
    for num, title, dnr, srd, pts in plain:
        H(num, title, dnr)
        doc.add_paragraph(f"Beslutsunderlag: Tjänsteskrivelse daterad {srd}, socialförvaltningen.")
        dec(pts)
        d.para(num, title, [dnr], len(pts), srd=srd, imm=any("omedelbart" in x for x in pts))
    H("66", "Yttrande till Inspektionen för vård och omsorg om klagomål", "SN 2024/0102")
    doc.add_paragraph("Inspektionen för vård och omsorg (IVO) har begärt yttrande i ärende 3.5.1-11873/2024 med "
                      "svar senast 2024-06-03. Klagomålet gäller handläggning enligt 11 kap. 1 § socialtjänstlagen.")
    doc.add_paragraph("Beslutsunderlag: Tjänsteskrivelse daterad 2024-05-10.")
    doc.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag.")
    dec(["Nämnden lämnar yttrande enligt förvaltningens förslag.", "Paragrafen justeras omedelbart."])
    d.para("66", "Yttrande till Inspektionen för vård och omsorg om klagomål", ["SN 2024/0102", "3.5.1-11873/2024"], 2,
           imm=True, srd="2024-05-10", ref="Inspektionen för vård och omsorg", props=[d.ref("Lennart Wik")])
    H("67", "Idéburet offentligt partnerskap med Märsta Kvinnojour", "SN 2024/0058")
    doc.add_paragraph("Beslutsunderlag: Tjänsteskrivelse daterad 2024-04-30; förslag till IOP-avtal mellan "
                      "socialnämnden och Märsta Kvinnojour för perioden 2024-07-01 – 2027-06-30.")
    doc.add_paragraph("Yrkanden: Farida Yousef (S) yrkar bifall. Christer Holm (SD) yrkar avslag.")
    doc.add_paragraph("Omröstning begärs. Ja-röst för bifall, nej-röst för avslag. Omröstningen utfaller med sex "
                      "ja-röster och två nej-röster. En ledamot avstår.")
    dec(["Nämnden ingår idéburet offentligt partnerskap med Märsta Kvinnojour.",
         "Socialchefen får underteckna avtalet."])
    doc.add_paragraph("Reservation: Christer Holm (SD) och Johnny Sköld (SD) reserverar sig mot beslutet.")
    d.org("Märsta Kvinnojour")
    d.para("67", "Idéburet offentligt partnerskap med Märsta Kvinnojour", ["SN 2024/0058"], 2, srd="2024-04-30",
           props=[d.ref("Farida Yousef"), d.ref("Christer Holm")], vote=v(6, 2, 1),
           res=[d.ref("Christer Holm"), d.ref("Johnny Sköld")],
           agr=[{"title": "IOP-avtal", "parties": ["Socialnämnden", "Märsta Kvinnojour"]}])
    H("68", "Svar på motion om språkkrav i hemtjänsten", "SN 2024/0031")
    doc.add_paragraph("Kommunstyrelsen har remitterat motionen från Christer Holm (SD) till socialnämnden för "
                      "yttrande (KS 2024/0117). Beslutsunderlag: Tjänsteskrivelse daterad 2024-04-25.")
    doc.add_paragraph("Yrkanden: Malin Engberg (M) yrkar bifall till förvaltningens förslag. Christer Holm (SD) "
                      "yrkar bifall till motionen.")
    dec(["Socialnämnden föreslår att motionen anses besvarad."])
    doc.add_paragraph("Särskilt yttrande: Sirpa Laine (S) m.fl. lämnar särskilt yttrande, bilaga 2. "
                      "Ersättaren Oscar Nyman (V) ställer sig bakom yttrandet.")
    d.para("68", "Svar på motion om språkkrav i hemtjänsten", ["SN 2024/0031", "KS 2024/0117"], 1,
           srd="2024-04-25", ref="Kommunstyrelsen", props=[d.ref("Malin Engberg"), d.ref("Christer Holm")],
           st=[{"kind": "särskilt yttrande", "by": [d.ref("Sirpa Laine", True)]},
               {"kind": "ersättaryttrande", "by": [d.ref("Oscar Nyman")], "endorses": 0}])
    H("69", "Individärende – sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen", "SN 2024/0110")
    doc.add_paragraph("Ärendet redovisas i särskilt protokoll som omfattas av sekretess.")
    dec(["Nämnden beslutar enligt förvaltningens förslag i det sekretessbelagda protokollet."])
    d.para("69", "Individärende – sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen", ["SN 2024/0110"], 1)
    H("70", "Överklagande av dom i Förvaltningsrätten i Uppsala", "SN 2024/0095")
    doc.add_paragraph("Förvaltningsrätten i Uppsala meddelade dom 2024-05-02 i mål nr 2211-24.")
    dec(["Nämnden överklagar domen till Kammarrätten i Stockholm.", "Paragrafen justeras omedelbart."])
    d.org("Kammarrätten i Stockholm")
    d.para("70", "Överklagande av dom i Förvaltningsrätten i Uppsala", ["SN 2024/0095"], 2, imm=True)
    H("71", "Patientsäkerhetsberättelse 2023", "SN 2024/0044")
    doc.add_paragraph("Beslutsunderlag: Tjänsteskrivelse daterad 2024-04-18.")
    dec(["Patientsäkerhetsberättelsen godkänns."])
    d.para("71", "Patientsäkerhetsberättelse 2023", ["SN 2024/0044"], 1, srd="2024-04-18")
    H("72", "Redovisning av delegationsbeslut", None)
    t = doc.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ["Delegat", "Beslut", "Datum", "Diarienummer"], strict=True):
        c.text = h
    deleg = [("Socialchef", "Tillförordnad avdelningschef", "2024-04-15", "SN 2024/0009-4"),
             ("Avdelningschef", "Avtal om korttidsboende", "2024-04-22", "SN 2024/0009-5"),
             ("Enhetschef", "Beslut enligt LVU 6 §, brådskande", "2024-04-29", "SN 2024/0009-6"),
             ("Socialsekreterare", "Ekonomiskt bistånd, april, enligt lista", "2024-04-30", "SN 2024/0009-7")]
    for row in deleg:
        cells = t.add_row().cells
        for c, x in zip(cells, row, strict=True):
            c.text = x
    dec(["Redovisningen av delegationsbeslut läggs till handlingarna."])
    d.para("72", "Redovisning av delegationsbeslut", [r[3] for r in deleg], 1)
    H("73", "Meddelanden", None)
    for x in ["Kommunfullmäktige 2024-04-25, § 52, Årsredovisning 2023",
              "Socialstyrelsen, tillsynsrapport, dnr 5.7-1123/2024",
              "Region Stockholm, överenskommelse om samverkan kring barn och unga"]:
        doc.add_paragraph(x, style="List Bullet")
    dec(["Meddelandena läggs till handlingarna."])
    d.org("Socialstyrelsen", "Region Stockholm")
    d.para("73", "Meddelanden", ["5.7-1123/2024"], 1)
    H("74", "Förvaltningen informerar", None)
    doc.add_paragraph("Socialchef Therese Alm informerar om sommarbemanningen och om läget i Valsta.")
    d.para("74", "Förvaltningen informerar", [], 0)
    H("75", "Sammanträdesplan 2025", "SN 2024/0120")
    dec(["Sammanträdesplanen fastställs."])
    d.para("75", "Sammanträdesplan 2025", ["SN 2024/0120"], 1)
    H("76", "Övriga frågor", None)
    doc.add_paragraph("Linnea Fors (KD) frågar om läget för hemtjänstens nya nyckelsystem. Frågan besvaras av "
                      "verksamhetschef Jonas Kvarnström.")
    d.para("76", "Övriga frågor", [], 0)
    buf = io.BytesIO()
    doc.save(buf)
    fix_zip(buf.getvalue(), DOCS / d.document)
    d.write_gold()


def fix_zip(data: bytes, path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------------------
# 4. Luleå kommun, Kommunfullmäktige, 2024-06-17 – html, extract of a long budget paragraph
# ---------------------------------------------------------------------------------------------------------

def build_lulea() -> None:
    d = Doc("lulea-kf-2024-06-17-protokollsutdrag.html", "Luleå kommun", "Kommunfullmäktige", "2024-06-17")
    P = d.p
    props = [("Carina Sammeli-Öberg", "S"), ("Niklas Hedström", "M"), ("Ebba Lindfors", "V"),
             ("Rune Mäkitalo", "SD"), ("Kristoffer Nyberg", "C"), ("Sanna Pietilä", "KD"),
             ("Gustav Öhrn", "L"), ("Maja Sundkvist", "MP"), ("Åke Rönnbäck", "S")]
    for n, pa in props:
        P(n, pa)
    P("Margareta Kallin", "S", "ordförande")
    P("Lars Isaksson", None, "sekreterare")
    P("Ingela Bäckström", "M", "justerare")
    P("Petter Nilsson Vikberg", "V", "justerare")
    d.org("Kommunstyrelsen", "Luleå Energi AB", "Lulebo AB", "Luleå Hamn AB", "Region Norrbotten",
          "Luleå tekniska universitet")
    yk = [
        "<p><b>Carina Sammeli-Öberg (S)</b>, <b>Åke Rönnbäck (S)</b> och <b>Kristoffer Nyberg (C)</b> yrkar bifall "
        "till kommunstyrelsens förslag.</p>",
        "<p><b>Niklas Hedström (M)</b> m.fl. yrkar bifall till Moderaternas budgetförslag daterat 2024-06-03, "
        "med ändringen att skattesatsen sänks med 15 öre.</p>",
        "<p><b>Ebba Lindfors (V)</b> yrkar bifall till Vänsterpartiets budgetförslag och i andra hand att punkt 4 "
        "ändras så att ramen för socialnämnden höjs med 25 mnkr.</p>",
        "<p><b>Rune Mäkitalo (SD)</b> yrkar bifall till Sverigedemokraternas budgetförslag.</p>",
        "<p><b>Sanna Pietilä (KD)</b> och <b>Gustav Öhrn (L)</b> yrkar bifall till Moderaternas förslag.</p>",
        "<p><b>Maja Sundkvist (MP)</b> yrkar tillägg om en klimatbudget kopplad till Luleå tekniska universitets "
        "forskning.</p>",
    ]
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Protokollsutdrag KF 2024-06-17 § 112 – Luleå kommun</title>
<style>.sida{{page-break-after:always}} .hf{{color:#666;font-size:9pt}}</style></head>
<body>
<div class="sida">
<div class="hf">LULEÅ KOMMUN · Protokollsutdrag · Kommunfullmäktige · Sammanträdesdatum 2024-06-17 · Sida 1 (3)</div>
<h1>§ 112</h1>
<h2>Budget 2025 med plan för 2026–2027 samt skattesats för 2025</h2>
<p class="dnr">Ärendenummer 2024/512-1.2.1</p>
<h3>Beslutsunderlag</h3>
<ul><li>Kommunstyrelsens beslut 2024-06-03, § 141</li>
<li>Kommunledningsförvaltningens tjänsteskrivelse 2024-05-17</li>
<li>Budgetförslag från Moderaterna, Vänsterpartiet och Sverigedemokraterna, inlämnade 2024-06-03</li></ul>
<h3>Ärendebeskrivning</h3>
<p>Enligt 11 kap. 8 § kommunallagen (2017:725) ska fullmäktige före november månads utgång fastställa budget.
Kommunstyrelsens förslag innebär oförändrad skattesats 22,50 kronor och ägardirektiv för Luleå Energi AB,
Lulebo AB och Luleå Hamn AB. Region Norrbottens skattesats berörs inte.</p>
<div class="hf">Justerandes sign ______ ______ · Utdragsbestyrkande ______</div>
</div>
<div class="sida">
<div class="hf">LULEÅ KOMMUN · Protokollsutdrag · Kommunfullmäktige · 2024-06-17 · Sida 2 (3)</div>
<h3>Yrkanden</h3>
{chr(10).join(yk)}
<h3>Propositionsordning</h3>
<p>Ordföranden ställer först proposition på tilläggsyrkandet från Maja Sundkvist (MP) och finner det avslaget.
Därefter ställs förslagen mot varandra; kommunstyrelsens förslag och Moderaternas förslag utses till
huvudförslag utan votering. Ebba Lindfors andrahandsyrkande avslås.</p>
<h3>Votering</h3>
<p>Votering begärs och verkställs. Ja-röst för kommunstyrelsens förslag, nej-röst för Moderaternas förslag.</p>
<table class="vot"><tr><th>Ja</th><th>Nej</th><th>Avstår</th><th>Frånvarande</th></tr>
<tr><td>33</td><td>22</td><td>6</td><td>0</td></tr></table>
<p>Kommunfullmäktige har alltså beslutat enligt kommunstyrelsens förslag.</p>
<div class="hf">Justerandes sign ______ ______ · Utdragsbestyrkande ______</div>
</div>
<div class="sida">
<div class="hf">LULEÅ KOMMUN · Protokollsutdrag · Kommunfullmäktige · 2024-06-17 · Sida 3 (3)</div>
<h3>Kommunfullmäktiges beslut</h3>
<ol><li>Budget 2025 med plan för 2026–2027 fastställs.</li>
<li>Skattesatsen för 2025 fastställs till 22,50 kronor.</li>
<li>Nämndernas driftramar fastställs enligt bilaga 1.</li>
<li>Investeringsramen för 2025 fastställs till 1 150 mnkr.</li>
<li>Kommunstyrelsen får under 2025 uppta nya lån om högst 900 mnkr.</li></ol>
<h3>Reservationer</h3>
<p>Moderaternas ledamöter genom Niklas Hedström (M) m.fl. reserverar sig till förmån för eget yrkande.
Mot beslutet reserverar sig även Ebba Lindfors (V), Rune Mäkitalo (SD), Sanna Pietilä (KD) och Gustav Öhrn (L).</p>
<h3>Särskilda yttranden och protokollsanteckningar</h3>
<p>Maja Sundkvist (MP) lämnar ett särskilt yttrande enligt bilaga 5.</p>
<p>Kristoffer Nyberg (C) får anteckna till protokollet att Centerpartiet vill se en landsbygdsbudget 2026.</p>
<p class="exp">Beslutet skickas till: samtliga nämnder, Luleå Energi AB, Lulebo AB, Luleå Hamn AB</p>
<p class="just">Justerat 2024-06-24: Ingela Bäckström (M), Petter Nilsson Vikberg (V).
Ordförande Margareta Kallin (S). Vid protokollet Lars Isaksson.</p>
<p class="bestyrk">Utdraget bestyrks: Lars Isaksson, 2024-06-25</p>
</div>
</body>
</html>
"""
    (DOCS / d.document).write_text(html, encoding="utf-8")
    r = d.ref
    d.para("112", "Budget 2025 med plan för 2026–2027 samt skattesats för 2025", ["2024/512-1.2.1"], 5,
           srd="2024-05-17",
           props=[r("Carina Sammeli-Öberg"), r("Åke Rönnbäck"), r("Kristoffer Nyberg"), r("Niklas Hedström", True),
                  r("Ebba Lindfors"), r("Rune Mäkitalo"), r("Sanna Pietilä"), r("Gustav Öhrn"), r("Maja Sundkvist")],
           vote=v(33, 22, 6),
           res=[r("Niklas Hedström", True), r("Ebba Lindfors"), r("Rune Mäkitalo"), r("Sanna Pietilä"),
                r("Gustav Öhrn")],
           st=[{"kind": "särskilt yttrande", "by": [r("Maja Sundkvist")]},
               {"kind": "protokollsanteckning", "by": [r("Kristoffer Nyberg")]}])
    d.write_gold()


# ---------------------------------------------------------------------------------------------------------
# 5. Kalix kommun, Kommunstyrelsen, 2024-10-07 – txt, extract (one §), roll call vote
# ---------------------------------------------------------------------------------------------------------

def build_kalix() -> None:
    d = Doc("kalix-ks-2024-10-07-protokollsutdrag.txt", "Kalix kommun", "Kommunstyrelsen", "2024-10-07")
    P = d.p
    ja = [("Tommy Nilsson", "S"), ("Ann-Sofi Lindström", "S"), ("Joakim Pekkari", "S"), ("Linda Marklund", "V"),
          ("Emil Kostet", "S"), ("Berit Hjelm", "S")]
    nej = [("Anders Lindqvist", "M"), ("Greta Aho", "SD"), ("Patrik Eriksson Hägg", "M"), ("Tuula Vikström", "C"),
           ("Sven-Erik Rova", "SD")]
    for n, pa in ja + nej:
        P(n, pa)
    P("Tommy Nilsson", "S", "ordförande")
    P("Greta Aho", "SD", "justerare")
    P("Mona Keskitalo", None, "sekreterare")
    d.org("Kalix Industrihotell AB", "Tillväxtverket", "Norrbottens Energikontor AB")
    lines = [
        "KALIX KOMMUN                                  PROTOKOLLSUTDRAG",
        "Kommunstyrelsen                                Sammanträdesdatum 7 oktober 2024",
        "",
        "Ks § 208                                       KS 2024.388.040",
        "Försäljning av aktier i Kalix Industrihotell AB",
        "",
        "Sammanfattning av ärendet",
        "Kommunen äger 100 % av aktierna i Kalix Industrihotell AB. Bolagsordningen fastställdes 2019-03-18.",
        "Ett projekt med stöd från Tillväxtverket avslutades 2023-12-31. Norrbottens",
        "Energikontor AB har 2024-08-30 lämnat ett indikativt bud.",
        "",
        "Beslutsunderlag",
        "Kommunledningsförvaltningens tjänsteskrivelse 19 september 2024",
        "",
        "Yrkande",
        "Tommy Nilsson (S) yrkar bifall till förslaget. Anders Lindqvist (M) och Greta Aho (SD) yrkar avslag.",
        "",
        "Namnupprop",
        "  Ja:     " + ", ".join(f"{n} ({pa})" for n, pa in ja),
        "  Nej:    " + ", ".join(f"{n} ({pa})" for n, pa in nej),
        "  Avstår: –",
        "Resultat: 6–5 för bifall.",
        "",
        "Beslut",
        "Kommunstyrelsen föreslår kommunfullmäktige besluta",
        "att  samtliga aktier i Kalix Industrihotell AB säljs för 11 mnkr,",
        "att  kommunstyrelsen får underteckna aktieöverlåtelseavtalet.",
        "",
        "Reservation",
        "Anders Lindqvist (M) och Greta Aho (SD) reserverar sig med hänvisning till avslagsyrkandet.",
        "",
        "Ordförande: Tommy Nilsson (S)    Justerare: Greta Aho (SD)",
        "Rätt utdraget intygar: Mona Keskitalo, kommunsekreterare",
        "",
    ]
    d.org("Kommunfullmäktige")
    (DOCS / d.document).write_text("\n".join(lines), encoding="utf-8")
    d.para("208", "Försäljning av aktier i Kalix Industrihotell AB", ["KS 2024.388.040"], 2, srd="2024-09-19",
           props=[d.ref("Tommy Nilsson"), d.ref("Anders Lindqvist"), d.ref("Greta Aho")], vote=v(6, 5, 0),
           res=[d.ref("Anders Lindqvist"), d.ref("Greta Aho")])
    d.write_gold()


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_ostersund()
    items = build_enkoping()
    write_pdf("enkoping-ks-2024-09-10-protokoll.pdf", items, "Enköpings kommun · Kommunstyrelsen · 2024-09-10",
              "Justerandes sign ............  ............                 Utdragsbestyrkande")
    build_sigtuna()
    build_lulea()
    build_kalix()


if __name__ == "__main__":
    main()
