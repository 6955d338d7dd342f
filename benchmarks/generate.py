"""Synthetic minutes of meetings, each with its gold facts (the corpus format of ``../shared/corpus``).

A meeting is laid out as a list of :class:`Block` (paragraph heads, titles, headings, prose, list items, quotes)
that the text and PDF writers render.  Every fact the minutes state is recorded in the gold as it is written, so
the gold is the ground truth and never depends on the extractor.  Proportions follow real minutes: most
paragraphs are short and uneventful; a few carry proposals, votes, reservations, statements, referrals and
agreements.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .world import PARTY_GENITIVE, Body, Municipality, Person, World, meeting_dates

NBSP = "\u00a0"  # glues a name and its party so that no line break falls inside; writers print it as a space

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")

TOPICS = {
    "social": ("försörjningsstödet", "arbetet mot hemlöshet", "placeringar av barn och unga", "familjehemsvården",
               "insatser mot våld i nära relationer", "missbruksvården", "boendestödet", "hemtjänsten"),
    "school": ("elevhälsan", "skolskjutsarna", "förskolans lokaler", "gymnasieantagningen",
               "modersmålsundervisningen", "fritidshemmen", "skolmåltiderna", "studie- och yrkesvägledningen"),
    "tech": ("gång- och cykelvägarna", "vinterväghållningen", "parkeringsavgifterna", "gatubelysningen",
             "vatten och avlopp", "avfallshanteringen", "parker och grönområden", "trafiksäkerheten vid skolor"),
    "culture": ("bibliotekens öppettider", "föreningsbidragen", "idrottsanläggningarna", "simhallarna",
                "kulturskolan", "fritidsgårdarna", "konstinköpen", "sommarlovsaktiviteterna"),
    "env": ("livsmedelstillsynen", "luftkvaliteten", "bullret från trafiken", "strandskyddet", "enskilda avlopp",
            "miljötillsynen", "förorenad mark", "kemikalieplanen"),
    "build": ("bygglovshanteringen", "detaljplaneringen", "bostadsförsörjningen", "översiktsplanen",
              "ovårdade tomter", "tillgängligheten i offentliga miljöer", "dagvattenhanteringen", "stadsmiljön"),
    "central": ("den kommunala budgeten", "lokalförsörjningen", "den digitala utvecklingen", "näringslivsarbetet",
                "krisberedskapen", "klimatarbetet", "arbetsgivarpolitiken", "upphandlingen"),
    "district": ("trygghetsarbetet i stadsdelen", "fritidsgårdarna", "äldreomsorgen i stadsdelen",
                 "parkerna i stadsdelen", "förskolorna i stadsdelen", "ekonomiskt bistånd", "medborgardialogen",
                 "feriejobben för unga"),
}
TITLES = ("Uppföljning av {t} {y}", "Riktlinjer för {t}", "Handlingsplan för {t} {y}–{y2}", "Information om {t}",
          "Rapport om {t}", "Utredning om {t}", "Medborgarförslag om {t}", "Kartläggning av {t}",
          "Förslag till förändringar av {t}", "Återrapportering av uppdrag om {t}")
ROUTINE = ("Anmälan av delegationsbeslut", "Anmälan av inkomna skrivelser", "Månadsrapport {m} {y}",
           "Delårsrapport januari–augusti {y}", "Verksamhetsplan och budget {y1}", "Internkontrollplan {y1}",
           "Information från förvaltningen", "Sammanträdesplan {y1}", "Verksamhetsberättelse {y0}")
FILLER = (
    "Förvaltningen har gått igenom {t} och föreslår att arbetet fortsätter enligt den plan som gäller för {y}.",
    "Ärendet har beretts i samverkan med de fackliga organisationerna.",
    "Kostnaden beräknas till {a} miljoner kronor och ryms inom den ekonomiska ramen.",
    "Förslaget har tagits fram efter dialog med brukare, medarbetare och berörda förvaltningar.",
    "Uppföljningen visar att {p} procent av målen har uppnåtts under perioden.",
    "Förvaltningen bedömer att förslaget inte medför några konsekvenser för barn eller för jämställdheten.",
    "Enligt förvaltningens bedömning bör {t} prioriteras under kommande år.",
    "Verksamheten har under året haft svårt att rekrytera personal, vilket har påverkat {t}.",
    "Förslaget innebär att {t} utvecklas vidare och följs upp i samband med årsredovisningen.",
    "Antalet ärenden har ökat med {p} procent jämfört med samma period föregående år.",
)
POINTS = (
    "{s} godkänner förvaltningens förslag.",
    "{s} lägger informationen till handlingarna.",
    "{s} antar förvaltningens förslag till riktlinjer för {t}.",
    "Förvaltningen får i uppdrag att återkomma med en uppföljning senast i {m} {y}.",
    "Kostnaden, {a} miljoner kronor, finansieras inom befintlig budget för {y}.",
    "{s} beviljar ett bidrag om {k} kronor enligt förvaltningens förslag.",
    "{s} fastställer förvaltningens förslag till prioriteringar för {y}.",
    "Uppdraget ska redovisas senast i {m} {y}.",
    "Förvaltningen får i uppdrag att informera berörda om beslutet.",
)
QUOTES = (
    "Vi välkomnar förslaget men anser att {t} behöver betydligt mer resurser under kommande år.",
    "Förslaget saknar en analys av konsekvenserna för barn och unga. Vi förväntar oss att förvaltningen "
    "återkommer med en sådan innan arbetet går vidare.",
    "Vi delar förvaltningens bedömning i stort, men uppföljningen av {t} måste bli tydligare och redovisas "
    "oftare för de förtroendevalda.",
    "Det är bra att arbetet med {t} går framåt. Samtidigt måste personalens arbetsmiljö tas på större allvar.",
    "Majoritetens besparingar drabbar {t} hårt. Vi hade hellre sett en satsning på förebyggande arbete.",
)
AGREEMENT_KINDS = (("Samverkansavtal", "avtalet"), ("Samverkansöverenskommelse", "överenskommelsen"),
                   ("Avsiktsförklaring", "avsiktsförklaringen"), ("Överenskommelse", "överenskommelsen"),
                   ("Samarbetsavtal", "avtalet"))
ROOMS = ("Kajutan", "Rådssalen", "Sessionssalen", "Blå rummet", "Sammanträdesrum 1", "Lilla salen")


@dataclass
class Block:
    """One piece of a meeting's layout; ``kind`` is head, title, line, heading, text, item, quote or blank."""

    kind: str
    text: str = ""
    extra: str = ""  # head: the case number printed on the § line; item: its marker


@dataclass
class Meeting:
    """One meeting's minutes: first page, paragraphs, signatures and the gold facts (plain data, cheap to send
    to a process that renders it)."""

    stem: str
    muni_name: str
    body_name: str
    date: dt.date
    style: str
    first_page: list[tuple[str, str]]
    blocks: list[Block]
    signatures: list[tuple[str, str]]  # (name, role word) under "Justerat"
    secretary: str
    adjusted: dt.date
    paragraphs: int
    gold: dict[str, Any] = field(default_factory=dict)

    @property
    def header_org(self) -> str:
        return self.muni_name.upper()


def ascii_slug(text: str) -> str:
    """A file-name-safe slug: letters folded to ASCII, other characters to hyphens."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    out = "".join(c if c.isalnum() and c.isascii() else ("-" if not unicodedata.combining(c) else "")
                  for c in norm)
    return "-".join(p for p in out.split("-") if p)


def swedish_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class Facts:
    """The gold facts of one document, recorded as the text is written."""

    def __init__(self, muni: Municipality, body: Body, year: int) -> None:
        self.muni, self.body, self.year = muni, body, year
        self.persons: dict[str, dict[str, Any]] = {}
        self.orgs: dict[str, None] = {muni.name: None, body.name: None}

    def party_text(self, party: str) -> str:
        p = "FP" if party == "L" and self.year < 2015 else party
        return p.lower() if self.year < self.muni.spec.lower_parties_before else p

    def gold_party(self, party: str | None) -> str | None:
        if party is None:
            return None
        return "FP" if party == "L" and self.year < 2015 else party

    def person(self, p: Person, role: str | None = None) -> None:
        e = self.persons.setdefault(p.name, {"name": p.name, "party": self.gold_party(p.party), "roles": []})
        if role and role not in e["roles"]:
            e["roles"].append(role)

    def named(self, p: Person, *, others: bool = False, genitive: bool = False, role: str | None = None) -> str:
        """ "Karin Wahlström m.fl. (S)" glued by non-breaking spaces, and the person recorded."""
        self.person(p, role)
        name = p.name + ("s" if genitive and not p.name.endswith(("s", "x", "z")) else "")
        parts = [*name.split(" ")]
        if others:
            parts.append("m.fl.")
        if p.party:
            parts.append(f"({self.party_text(p.party)})")
        return NBSP.join(parts)

    def official(self, p: Person, role: str | None = "tjänsteman") -> str:
        self.person(p, role)
        return f"{p.name}, {p.title}"

    def org(self, canonical: str, written: str | None = None) -> str:
        self.orgs[canonical] = None
        return written or canonical


class MeetingWriter:
    """Lays out one meeting of a body, paragraph by paragraph, and keeps its gold."""

    def __init__(self, rng: random.Random, body: Body, date: dt.date, first: int, count: int) -> None:
        self.rng, self.body, self.date, self.first, self.count = rng, body, date, first, count
        self.muni = body.muni
        self.year = date.year
        self.style = self.muni.spec.style
        self.f = Facts(self.muni, body, self.year)
        self.blocks: list[Block] = []
        self.gold_pars: list[dict[str, Any]] = []
        self.topics = TOPICS[body.area if body.area in TOPICS else "central"]
        self.case_seq = rng.randint(20, 900)
        self._attendance()

    # ---------------------------------------------------------------------------------------- people present

    def _attendance(self) -> None:
        rng, b = self.rng, self.body
        self.chair, self.vice1 = b.members[0], b.members[1]
        self.vice2 = b.members[2] if len(b.members) > 2 else None
        ordinary = b.members[3:]
        if b.kind == "fullmaktige":
            self.present = list(b.members)
            self.serving_subs: list[Person] = []
            self.idle_subs: list[Person] = []
            self.ledamoter = ordinary
        else:
            absent = rng.sample(ordinary, min(len(ordinary), rng.choice((0, 1, 1, 2, 2, 3))))
            self.ledamoter = [p for p in ordinary if p not in absent]
            subs = list(b.substitutes)
            rng.shuffle(subs)
            self.serving_subs = subs[: len(absent)]
            self.idle_subs = subs[len(absent): len(absent) + rng.randint(2, 5)]
            self.present = [self.chair, self.vice1, *([self.vice2] if self.vice2 else []), *self.ledamoter,
                            *self.serving_subs]
        self.officials = list(b.officials)
        self.secretary = self.officials[-1]
        pool = [p for p in self.present[1:] if p is not self.vice1]
        n_just = 2 if b.kind == "fullmaktige" else 1
        self.justerare = rng.sample(pool, min(n_just, len(pool)))
        self.adjusted = self.date + dt.timedelta(days=rng.randint(3, 8))

    def first_page(self) -> list[tuple[str, str]]:
        """(label, value) rows of the first page; a row with an empty label continues the one above."""
        f, rng, b = self.f, self.rng, self.body
        rows: list[tuple[str, str]] = [
            ("Plats och tid", f"Stadshuset, {rng.choice(ROOMS)}, kl. {(start := rng.choice((9, 13, 17, 18)))}.00–"
                              f"{start + rng.randint(1, 4)}.{rng.choice(('15', '30', '45'))}")]

        def column(label: str, values: list[str]) -> None:
            for i, v in enumerate(values):
                rows.append((label if i == 0 else "", v))

        vice_label = ("1:e vice ordförande", "2:e vice ordförande")
        if b.kind == "fullmaktige":
            rows.append(("Beslutande", "Se bifogad närvaro- och omröstningslista, bilaga 1"))
            rows.append(("Ordförande", f.named(self.chair, role="ordförande")))
            rows.append((vice_label[0], f.named(self.vice1, role="vice ordförande")))
            if self.vice2:
                rows.append((vice_label[1], f.named(self.vice2, role="vice ordförande")))
        elif self.style == "tyreso":
            column("Beslutande", [f"{f.named(self.chair, role='ordförande')}, ordförande",
                                  f"{f.named(self.vice1, role='vice ordförande')}, 1:e vice ordförande"]
                   + ([f"{f.named(self.vice2, role='vice ordförande')}, 2:e vice ordförande"]
                      if self.vice2 else []))
            column("Ledamöter", [f.named(p, role="ledamot") for p in self.ledamoter])
            column("Tjänstgörande ersättare", [f.named(p, role="tjänstgörande ersättare")
                                               for p in self.serving_subs])
            column("Ej tjänstgörande ersättare", [f.named(p, role="ersättare") for p in self.idle_subs])
        else:
            rows.append(("Beslutande", ""))
            rows.append(("Ordförande", f.named(self.chair, role="ordförande")))
            rows.append((vice_label[0], f.named(self.vice1, role="vice ordförande")))
            if self.vice2:
                rows.append((vice_label[1], f.named(self.vice2, role="vice ordförande")))
            column("Ledamöter", [f.named(p, role="ledamot") for p in self.ledamoter])
            column("Tjänstgörande ersättare", [f.named(p, role="tjänstgörande ersättare")
                                               for p in self.serving_subs])
            column("Ersättare", [f.named(p, role="ersättare") for p in self.idle_subs])
        column("Övriga deltagare" if self.style == "tyreso" else "Tjänstemän",
               [f.official(p) for p in self.officials])
        rows.append(("Utses att justera", " och ".join(f.named(p, role="justerare") for p in self.justerare)))
        rows.append(("Justeringens plats och tid", f"Stadshuset {self.adjusted.isoformat()}"))
        rows.append(("Paragrafer", f"{self.first}–{self.first + self.count - 1}"))
        return [(a, c.replace(NBSP, " ")) for a, c in rows]

    def signatures(self) -> list[tuple[str, str]]:
        self.f.person(self.secretary, "sekreterare")
        return [(self.chair.name, "ordförande")] + [(p.name, "justerare") for p in self.justerare]

    # ---------------------------------------------------------------------------------------- small helpers

    def fill(self, text: str, t: str | None = None) -> str:
        rng, y = self.rng, self.year
        return text.format(t=t or rng.choice(self.topics), y=y, y2=y + 2, y0=y - 1, y1=y + 1,
                           m=MONTHS[rng.randrange(12)], a=f"{rng.randint(1, 40)},{rng.randint(0, 9)}",
                           p=rng.randint(3, 95), k=f"{rng.randint(2, 95) * 10_000:,}".replace(",", " "),
                           s=self.body.subject)

    def case_number(self, body: Body | None = None) -> str:
        """A case number in the municipality's format; another body's when ``body`` is given."""
        b = body or self.body
        rng, y = self.rng, self.year
        self.case_seq += rng.randint(1, 9)
        n = self.case_seq
        style = self.muni.spec.case
        if style == "slash":
            if b.kind == "stadsdelsnamnd" and y < 2016:
                return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}-{n}-{y}"
            return f"{b.abbr} {y}/{n:04d}" if rng.random() < 0.3 else f"{b.abbr} {y}/{n}"
        if style == "weak":
            return f"{n:04d}/{y % 100:02d}"
        if style == "dash":
            code = self.muni.spec.code if b.kind in ("styrelse", "fullmaktige") else b.abbr
            return f"{code}-{y}-{n:05d}" if code == "KSN" else f"{code}-{y}-{n}"
        kind = "KS" if b.kind in ("styrelse", "fullmaktige") else b.abbr
        return f"{y}/{kind} {n:04d} {rng.randint(1, 99):02d}"

    def staff_date(self) -> dt.date:
        return self.date - dt.timedelta(days=self.rng.randint(9, 45))

    def decision_points(self, n: int, topic: str) -> list[str]:
        picks = self.rng.sample(POINTS, n)
        return [self.fill(p, topic) for p in picks]

    def add(self, kind: str, text: str = "", extra: str = "") -> None:
        self.blocks.append(Block(kind, text, extra))

    # ---------------------------------------------------------------------------------------- the meeting

    def write(self) -> list[dict[str, Any]]:
        rng = self.rng
        for i in range(self.count):
            number = self.first + i
            if i == 0 and rng.random() < 0.7:
                kind = "agenda"
            else:
                kind = self._kind()
            self.gold_pars.append(self.paragraph(str(number), kind))
        return self.gold_pars

    def _kind(self) -> str:
        r = self.rng.random()
        b = self.body
        referral = {"stadsdelsnamnd": 0.12, "namnd": 0.07, "styrelse": 0.06}.get(b.kind, 0.0)
        if r < referral:
            return "remiss"
        r -= referral
        if r < 0.035:
            return "agreement"
        r -= 0.035
        if b.kind in ("fullmaktige", "styrelse") and r < 0.15:
            return "motion"
        if r < 0.35:
            return "routine"
        return "matter"

    def paragraph(self, number: str, kind: str) -> dict[str, Any]:
        """Lay out one paragraph and return its gold."""
        rng, f, b = self.rng, self.f, self.body
        topic = rng.choice(self.topics)
        self.mover: Person | None = None
        gold: dict[str, Any] = {"number": number, "title": "", "case_numbers": [], "referred_by": None,
                                "decision_count": 0, "immediate_adjustment": False, "staff_report_date": None,
                                "proposals": [], "vote": None, "reservations": [], "statements": [],
                                "agreements": []}
        intro: list[str] = []  # lines under the title (sthlm: "Svar på remiss från …", "Dnr …")
        case: list[str] = []  # Ärendet prose
        documents: list[str] = []  # Beslutsunderlag lines
        points: list[str] = []
        after_points: list[str] = []
        send_to: list[str] = []
        contest = 0.0
        staff: dt.date | None = None
        dnr: str | None = self.case_number()
        if kind == "agenda":
            title = "Fastställande av föredragningslista"
            dnr = None
            points = ["Föredragningslistan fastställs."]
        elif kind == "routine":
            title = self.fill(rng.choice(ROUTINE), topic)
            if rng.random() < 0.3:
                dnr = None
            points = [f"{b.subject} lägger redovisningen till handlingarna."]
            if rng.random() < 0.4:
                case.append(self.fill(rng.choice(FILLER), topic))
            contest = 0.02
        elif kind == "remiss":
            title, dnr = self._remiss(gold, topic, intro, case, points, send_to)
            staff = self.staff_date()
            contest = 0.2
        elif kind == "agreement":
            title = self._agreement(gold, topic, case, points, send_to)
            staff = self.staff_date()
            contest = 0.3
        elif kind == "motion":
            title = self._motion(topic, case, points, gold)
            contest = 0.45
            if title.startswith("Motion om"):
                contest = 0.0
                staff = None
            elif rng.random() < 0.7:
                staff = self.staff_date()
        else:
            title = self.fill(rng.choice(TITLES), topic)
            case.extend(self.fill(s, topic) for s in rng.sample(FILLER, rng.choice((1, 1, 2, 2, 3))))
            n = rng.choices((1, 2, 3, 4, 5), (60, 22, 11, 5, 2))[0]
            points = self.decision_points(n, topic)
            if rng.random() < 0.55:
                staff = self.staff_date()
            contest = 0.17
        if staff is not None:
            gold["staff_report_date"] = staff.isoformat()
            if self.style == "tyreso" or rng.random() < 0.3:
                documents.insert(0, rng.choice(("Tjänsteskrivelse daterad {d}", "Tjänsteutlåtande daterat {d}"))
                                 .format(d=staff.isoformat() if rng.random() < 0.7 else "den " + swedish_date(staff)))
            else:
                who = "Stadsdelsförvaltningen" if b.kind == "stadsdelsnamnd" else "Förvaltningen"
                case.append(f"{who} har redovisat ärendet i ett tjänsteutlåtande daterat den {swedish_date(staff)}.")
        if kind not in ("agenda", "routine") and rng.random() < 0.5:
            documents.append(rng.choice(("Förslag till beslut", "Bilaga 1, sammanställning",
                                         "Förvaltningens redovisning")))
        # Immediate adjustment: inside the list (a point) or after it.
        adjust = (kind == "remiss" and rng.random() < 0.6) or rng.random() < 0.03
        if adjust:
            gold["immediate_adjustment"] = True
            if rng.random() < 0.7:
                points.append("Paragrafen justeras omedelbart.")
            else:
                after_points.append("Paragrafen förklaras omedelbart justerad.")
        gold["title"] = title
        if dnr:
            gold["case_numbers"].insert(0, dnr)
        # Proposals, vote, reservations and statements: the politics of a paragraph.
        politics = self._politics(gold, contest) if rng.random() < contest else None
        if rng.random() < 0.08 and kind not in ("agenda",):
            send_to.append(f.org("Kommunstyrelsen") if b.kind != "styrelse" else
                           f.org(self.muni.spec.region))
        gold["decision_count"] = len(points)
        self._lay_out(number, dnr, title, intro, case, documents, points, after_points, politics, send_to)
        return gold

    # ---------------------------------------------------------------------------------------- kinds

    def _remiss(self, gold: dict[str, Any], topic: str, intro: list[str], case: list[str], points: list[str],
                send_to: list[str]) -> tuple[str, str]:
        rng, f, b = self.rng, self.f, self.body
        if b.kind == "styrelse":
            sender = rng.choice((self.muni.spec.region, self.muni.spec.county, "Trafikverket"))
            sender_written = sender
        else:
            sender = "Kommunstyrelsen"
            sender_written = "kommunstyrelsen"
        f.org(sender)
        gold["referred_by"] = sender
        what = f"förslag till {rng.choice(('strategi', 'program', 'handlingsplan'))} för {topic}"
        title = f"Remiss av {what}"
        own = self.case_number()
        if sender == "Kommunstyrelsen":
            ks = next((x for x in self.muni.bodies if x.kind == "styrelse"), b)
            theirs = self.case_number(ks)
            if self.style == "sthlm" and self.muni.spec.case != "weak":
                title += f", {theirs}"
            else:
                # A plain number such as 0834/20 is a case number only next to its label.
                case.append(f"Kommunstyrelsens dnr {theirs}.")
            gold["case_numbers"].append(theirs)
        if self.style == "sthlm":
            intro.append(f"Svar på remiss från {sender_written}")
        else:
            title = f"Svar på remiss från {sender_written} om {what}"
        case.insert(0, f"{sender[:1].upper() + sender[1:]} har remitterat {what} till {b.ref} för yttrande.")
        case.append(self.fill(rng.choice(FILLER), topic))
        points.append(f"{b.subject} godkänner förvaltningens tjänsteutlåtande som svar på remissen.")
        if rng.random() < 0.5:
            points.append(f"{b.subject} överlämnar tjänsteutlåtandet till {sender_written}.")
        if rng.random() < 0.5:
            send_to.append(sender)
        return title, own

    def _agreement(self, gold: dict[str, Any], topic: str, case: list[str], points: list[str],
                   send_to: list[str]) -> str:
        rng, f = self.rng, self.f
        spec = self.muni.spec
        kind, the = rng.choice(AGREEMENT_KINDS)
        partners = [x for x in (spec.police, spec.region, *spec.partners) if x != self.muni.name]
        parties = [self.muni.name, *rng.sample(partners, 2 if rng.random() < 0.2 else 1)]
        for p in parties:
            f.org(p)
        names = parties[0] if len(parties) == 1 else ", ".join(parties[:-1]) + " och " + parties[-1]
        subject = rng.choice(("samverkan kring", "gemensamma insatser för", "utvecklingen av"))
        title = f"{kind} mellan {names} om {subject} {topic}"
        gold["agreements"] = [{"title": title, "parties": parties}]
        case.append(f"{parties[1]} och förvaltningen har tagit fram ett förslag. "
                    f"{the[:1].upper() + the[1:]} avser perioden {self.year}–{self.year + 3}.")
        points.append(f"{title} godkänns.")
        if rng.random() < 0.6:
            points.append(f"{rng.choice(('Förvaltningschefen', 'Ordföranden'))} får i uppdrag att underteckna {the}.")
        if rng.random() < 0.6:
            send_to.append(parties[1])
        return title

    def _motion(self, topic: str, case: list[str], points: list[str], gold: dict[str, Any]) -> str:
        rng, f, b = self.rng, self.f, self.body
        mover = rng.choice([p for p in self.muni.people if p.party in self.muni.opposition] or self.muni.people)
        self.mover = mover
        if b.kind == "fullmaktige" and rng.random() < 0.4:
            case.append(f"{f.named(mover)} har lämnat in en motion om att {topic} ska ses över.")
            points.append(f"Motionen remitteras till {f.org('Kommunstyrelsen', 'kommunstyrelsen')} för beredning.")
            return f"Motion om {topic}"
        case.append(f"{f.named(mover)} har i en motion föreslagit att {topic} ska utredas.")
        if b.kind == "fullmaktige":
            case.append(f"{f.org('Kommunstyrelsen')} har föreslagit att motionen ska anses besvarad.")
        points.append(rng.choice(("Motionen anses besvarad.", "Motionen avslås.")))
        return f"Svar på motion om {topic}"

    # ---------------------------------------------------------------------------------------- politics

    def _speakers(self, side: tuple[str, ...], n: int, exclude: list[Person]) -> list[Person]:
        b = self.body
        pool = self.present if b.kind != "fullmaktige" else self.muni.people
        cands = [p for p in pool if p.party in side and p not in exclude and p not in (self.chair,)]
        self.rng.shuffle(cands)
        by_party: dict[str | None, Person] = {}
        for p in cands:
            by_party.setdefault(p.party, p)
        return list(by_party.values())[:n]

    def _politics(self, gold: dict[str, Any], contest: float) -> dict[str, Any]:
        """Who proposed what, the vote, who reserved, and statements; recorded in the gold."""
        rng, f, b = self.rng, self.f, self.body
        muni = self.muni
        out: dict[str, Any] = {"proposals": [], "procedure": [], "vote": [], "reservation": [], "statements": []}
        tense = "yrkar" if self.style == "tyreso" else "yrkade"
        base = "kommunstyrelsens förslag" if b.kind == "fullmaktige" else "förvaltningens förslag"
        if b.kind == "fullmaktige":
            f.org("Kommunstyrelsen")
        mover = self.mover
        opp = self._speakers(muni.opposition, rng.choice((1, 1, 2, 3)), [])
        if mover and mover not in opp and rng.random() < 0.5:
            opp = [mover, *opp[:1]]
        if not opp:
            return out
        # The majority's proposal: the chair in a committee, a majority member in fullmäktige.
        if b.kind == "fullmaktige":
            maj = self._speakers(muni.majority, 1, [])
            lead = maj[0] if maj else self.vice1
            out["proposals"].append(f"{f.named(lead)} {tense} bifall till {base}.")
        else:
            lead = self.chair
            out["proposals"].append(f"Ordföranden {f.named(lead, role='ordförande')} {tense} bifall till {base}.")
        gold["proposals"].append({"name": lead.name, "party": f.gold_party(lead.party)})
        what = rng.choice(("avslag på {b}", "att ärendet skulle återremitteras", "bifall till eget förslag"))
        what = what.format(b=base)
        if self.style == "tyreso":
            what = what.replace("skulle", "ska")
        if len(opp) > 1 and rng.random() < 0.5:
            names = ", ".join(f.named(p) for p in opp[:-1]) + " och " + f.named(opp[-1])
            out["proposals"].append(f"{names} {tense} {what}.")
        else:
            for p in opp:
                out["proposals"].append(f"{f.named(p)} {tense} {what}.")
        gold["proposals"].extend({"name": p.name, "party": f.gold_party(p.party)} for p in opp)
        past = self.style != "tyreso"
        fann = "fann" if past else "finner"
        gen = f.named(opp[0], genitive=True)
        out["procedure"].append(
            f"Ordföranden {'ställde' if past else 'ställer'} proposition på {base} och på {gen} yrkande och "
            f"{fann} att {b.ref} {'beslutat' if past else 'beslutar'} enligt {base}.")
        if rng.random() < 0.35:
            seats = b.seats if b.kind == "fullmaktige" else len(self.present)
            no = rng.randint(max(1, seats // 4), max(1, seats // 2 - 1))
            abstain = rng.choice((0, 0, 0, 1, 2)) if seats > 5 else 0
            if b.kind == "fullmaktige":
                abstain = rng.randint(0, 4)
            absent = rng.randint(0, 4) if b.kind == "fullmaktige" else 0
            yes = seats - no - abstain - absent
            gold["vote"] = {"yes": yes, "no": no, "abstain": abstain}
            if past:
                tail = f", {abstain} avstod," if abstain else ""
                out["vote"].append(f"Votering begärdes. Med {yes} ja-röster mot {no} nej-röster{tail} beslutade "
                                   f"{b.ref} enligt {base}.")
            else:
                tail = f" {abstain} ledamöter avstår från att rösta." if abstain else ""
                out["vote"].append(f"Med {yes} ja-röster mot {no} nej-röster beslutar {b.ref} att bifalla "
                                   f"{base}.{tail}")
        if rng.random() < 0.65:
            res = list(opp)
            others = {p.name: rng.random() < 0.35 for p in res}
            verb = "reserverade sig" if past else "reserverar sig"
            why = "till förmån för eget yrkande" if rng.random() < 0.6 else "mot beslutet"
            group = b.kind != "fullmaktige" and not any(others.values()) and len(res) > 1 and \
                all(p in self.ledamoter for p in res) and rng.random() < 0.4
            if group:
                names = ", ".join(f.named(p, role="ledamot") for p in res[:-1]) + " och " + \
                    f.named(res[-1], role="ledamot")
                out["reservation"].append(f"Ledamöterna {names} {verb} mot beslutet"
                                          f"{' till förmån för eget förslag' if why != 'mot beslutet' else ''}.")
            else:
                parts = [f.named(p, others=others[p.name]) for p in res]
                names = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]
                tail = f"mot beslutet {why}" if why != "mot beslutet" else "mot beslutet"
                out["reservation"].append(f"{names} {verb} {tail}.")
            for p in res:
                e: dict[str, Any] = {"name": p.name, "party": f.gold_party(p.party)}
                if others[p.name]:
                    e["with_others"] = True
                gold["reservations"].append(e)
        self._statements(gold, out, opp)
        return out

    def _statements(self, gold: dict[str, Any], out: dict[str, Any], opp: list[Person]) -> None:
        rng, f = self.rng, self.f
        past = self.style != "tyreso"
        q_open, q_close = ("”", "”") if self.style == "sthlm" else ('"', '"')
        stmts: list[dict[str, Any]] = []
        blocks: list[tuple[str, list[str]]] = []
        kinds = [k for k, pr in (("särskilt uttalande", 0.15), ("särskilt yttrande", 0.12)) if rng.random() < pr]
        for kind in kinds:
            side = self.muni.majority if rng.random() < 0.4 else self.muni.opposition
            by = self._speakers(side, rng.choice((1, 1, 2)), [])
            if not by:
                continue
            others = {p.name: rng.random() < 0.4 for p in by}
            parts = [f.named(p, others=others[p.name]) for p in by]
            names = parts[0] if len(parts) == 1 else " och ".join(parts)
            verb = "lämnade" if past else "lämnar"
            if kind == "särskilt uttalande":
                lines = [f"{names} {verb} {rng.choice(('ett särskilt uttalande:', 'följande särskilda uttalande:'))}",
                         q_open + self.fill(rng.choice(QUOTES)) + q_close]
            else:
                lines = [f"{names} {verb} ett särskilt yttrande enligt bilaga 1."]
            blocks.append((kind.capitalize(), lines))
            stmts.append({"kind": kind, "by": [self._by(p, others[p.name]) for p in by],
                          "_parties": [p.party for p in by]})
        if self.idle_subs and ((stmts and rng.random() < 0.45) or rng.random() < 0.01):
            sub = rng.choice(self.idle_subs)
            who = f"Ersättaren {f.named(sub, role='ersättare')}"
            if stmts:
                target = rng.randrange(len(stmts))
                t = stmts[target]
                owners = " och ".join(dict.fromkeys(PARTY_GENITIVE[f.gold_party(x) or "S"]
                                                    for x in t["_parties"]))
                noun = "särskilda uttalande" if t["kind"] == "särskilt uttalande" else "särskilda yttrande"
                verb = rng.choice(("instämde i", "ställde sig bakom")) if past else "instämmer i"
                blocks.append(("Ersättaryttrande", [f"{who} {verb} {owners} {noun}."]))
                stmts.append({"kind": "ersättaryttrande", "by": [self._by(sub, False)], "endorses": target})
            else:
                verb = "lämnade" if past else "lämnar"
                blocks.append(("Ersättaryttrande", [f"{who} {verb} följande ersättaryttrande:",
                                                    q_open + self.fill(rng.choice(QUOTES)) + q_close]))
                stmts.append({"kind": "ersättaryttrande", "by": [self._by(sub, False)]})
        if rng.random() < 0.12:
            by = self._speakers(self.muni.opposition + self.muni.majority, 1, [])
            if by:
                p = by[0]
                verb = "lämnade" if past else "lämnar"
                blocks.append(("Protokollsanteckning", [f"{f.named(p)} {verb} följande protokollsanteckning:",
                                                         q_open + self.fill(rng.choice(QUOTES)) + q_close]))
                stmts.append({"kind": "protokollsanteckning", "by": [self._by(p, False)]})
        for s in stmts:
            s.pop("_parties", None)
        gold["statements"] = stmts
        out["statements"] = blocks

    def _by(self, p: Person, others: bool) -> dict[str, Any]:
        e: dict[str, Any] = {"name": p.name, "party": self.f.gold_party(p.party)}
        if others:
            e["with_others"] = True
        return e

    # ---------------------------------------------------------------------------------------- layout

    def _lay_out(self, number: str, dnr: str | None, title: str, intro: list[str], case: list[str],
                 documents: list[str], points: list[str], after_points: list[str],
                 politics: dict[str, Any] | None, send_to: list[str]) -> None:
        rng, b = self.rng, self.body
        add = self.add
        sthlm = self.style == "sthlm"
        on_line = not sthlm or rng.random() < 0.3
        shown = f"Dnr {dnr}" if dnr else ""
        add("head", f"§ {number}", shown if on_line else "")
        add("title", title)
        for line in intro:
            add("line", line)
        if dnr and not on_line:
            add("line", shown)

        def decision() -> None:
            add("heading", b.decision_heading)
            if len(points) == 1 and rng.random() < 0.5:
                add("text", points[0])
            else:
                for i, p in enumerate(points, 1):
                    add("item", p, f"{i}.")
            for p in after_points:
                add("text", p)

        def case_text() -> None:
            if case:
                add("heading", "Ärendet" if sthlm else "Ärendebeskrivning")
                add("text", " ".join(case))

        def docs() -> None:
            if documents:
                add("heading", "Beslutsunderlag")
                for d in documents:
                    add("line", d)

        if sthlm:
            decision()
            case_text()
            docs()
        else:
            case_text()
            docs()
        if politics:
            if politics["proposals"]:
                add("heading", "Yrkanden")
                for p in politics["proposals"]:
                    add("text", p)
            if politics["procedure"]:
                add("heading", "Beslutsgång" if sthlm else "Propositionsordning")
                add("text", " ".join(politics["procedure"]))
            if politics["vote"]:
                if not sthlm:
                    add("text", "Votering begärs.")
                    add("heading", "Omröstningsresultat")
                add("text", " ".join(politics["vote"]))
        if not sthlm:
            decision()
        if politics:
            if politics["reservation"]:
                add("heading", "Reservation")
                for r in politics["reservation"]:
                    add("text", r)
            for heading, lines in politics["statements"]:
                add("heading", heading)
                for line in lines:
                    add("quote" if line[:1] in "”\"" else "text", line)
        if send_to:
            add("heading", "Beslutet skickas till" if sthlm else "Expedieras")
            for s in dict.fromkeys(send_to):
                add("line", s)


def plan_meetings(rng: random.Random, world: World, paragraphs: int) -> list[tuple[Body, dt.date, int]]:
    """Meetings (body, date, paragraph count) that together hold exactly ``paragraphs`` paragraphs."""
    avg = 30
    needed = max(1, -(-paragraphs // avg))
    per_year = max(1, -(-needed // (len(world.bodies) * world.years)))
    slots: list[tuple[dt.date, int]] = []
    for year in range(world.start_year, world.start_year + world.years):
        for i, _b in enumerate(world.bodies):
            for d in meeting_dates(rng, year, min(per_year, 150)):
                slots.append((d, i))
    # Spread the meetings over bodies and years: take the slots in a shuffled order, then sort by date.
    rng.shuffle(slots)
    plan: list[tuple[Body, dt.date, int]] = []
    left = paragraphs
    for d, i in slots:
        if left <= 0:
            break
        n = min(left, rng.randint(20, 40))
        plan.append((world.bodies[i], d, n))
        left -= n
    if left > 0:
        raise ValueError("not enough meeting days; raise --years or --bodies")
    plan.sort(key=lambda x: (x[1], x[0].muni.name, x[0].name))
    return plan


def make_meeting(rng: random.Random, body: Body, date: dt.date, count: int) -> Meeting:
    """Lay out one meeting with ``count`` paragraphs, numbered on from the body's last meeting that year."""
    first = body.numbers.get(date.year, 1)
    body.numbers[date.year] = first + count
    w = MeetingWriter(rng, body, date, first, count)
    rows = w.first_page()
    pars = w.write()
    signatures = w.signatures()
    stem = f"{ascii_slug(body.muni.name)}-{ascii_slug(body.name)}-{date.isoformat()}-protokoll"
    m = Meeting(stem, body.muni.name, body.name, date, w.style, rows, w.blocks, signatures, w.secretary.name,
                w.adjusted, count)
    m.gold = {"document": "", "municipality": body.muni.name, "body": body.name,
              "meeting_date": date.isoformat(), "paragraphs": pars, "persons": list(w.f.persons.values()),
              "organisations": list(w.f.orgs)}
    return m
