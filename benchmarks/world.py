"""A synthetic world of municipalities, bodies and politicians, drawn deterministically from a seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

PARTIES = ("S", "M", "SD", "V", "C", "KD", "L", "MP")
# Rough national strengths; each municipality perturbs them.
PARTY_WEIGHT = {"S": 0.30, "M": 0.19, "SD": 0.15, "V": 0.08, "C": 0.07, "KD": 0.05, "L": 0.05, "MP": 0.05,
                "FP": 0.05, "Fi": 0.02}
LEFT = ("S", "V", "MP", "Fi")
RIGHT = ("M", "KD", "L", "C", "FP")
PARTY_GENITIVE = {"S": "Socialdemokraternas", "M": "Moderaternas", "V": "Vänsterpartiets", "MP": "Miljöpartiets",
                  "C": "Centerpartiets", "KD": "Kristdemokraternas", "SD": "Sverigedemokraternas",
                  "L": "Liberalernas", "FP": "Folkpartiets", "Fi": "Feministiskt initiativs"}

FIRST_NAMES = (
    "Anna", "Karin", "Eva", "Maria", "Lena", "Kerstin", "Ingrid", "Birgitta", "Marie", "Sara", "Emma", "Elin",
    "Johanna", "Helena", "Åsa", "Ulla", "Annika", "Cecilia", "Linnea", "Malin", "Ebba", "Amira", "Fatima",
    "Leila", "Anna-Karin", "Eva-Lena", "Märta", "Sofia", "Hanna", "Ida", "Agnes", "Gunilla", "Monica", "Yvonne",
    "Lars", "Anders", "Per", "Johan", "Erik", "Karl", "Mikael", "Jonas", "Magnus", "Peter", "Björn", "Håkan",
    "Göran", "Stefan", "Mats", "Jan", "Ali", "Ahmed", "Hassan", "Omar", "Lars-Göran", "Per-Olof", "Sven-Erik",
    "Nils", "Olof", "Oskar", "Tobias", "Rasmus", "Viktor", "Gustav", "Åke", "Örjan", "Henrik", "Fredrik",
    "Daniel", "Emil", "Kristoffer", "Patrik", "Roger", "Ulf", "Kjell", "Sture", "Tomas", "Jörgen",
)
SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindström", "Lindqvist", "Lindgren", "Berglund",
    "Bergström", "Sjöberg", "Åberg", "Öberg", "Ekström", "Holm", "Nyström", "Lundgren", "Hedlund", "Engqvist",
    "Wallin", "Sundberg", "Forsberg", "Björk", "Strand", "Håkansson", "Öhman", "Wikström", "Lundqvist",
    "Mattsson", "Axelsson", "Fransson", "Norberg", "Dahl", "Ek", "Sandberg", "Blom", "Haddad", "Demir",
    "Yilmaz", "Hosseini", "Jama", "Rydén", "Åström", "Söderberg", "Hägglund", "Östlund", "Ljungqvist", "Palm",
    "Berg", "Falk", "Nordin", "Sjögren", "Törnqvist", "Wester", "Ahl", "Lindh", "Fröjd", "Marklund", "Thulin",
    "Stenmark", "Ahlqvist", "Viklund", "Forss", "Nordh", "Ekdahl", "Lennartsson", "Hallberg", "Nyhus",
    "Jernberg", "Fagerlund", "Lundmark", "Ruud", "Osmani", "Björkman", "Kero", "Pekkari", "Niva", "Taavola",
)
JOB_TITLES = ("förvaltningschef", "avdelningschef", "ekonomichef", "utredare", "controller", "enhetschef",
              "verksamhetschef", "kvalitetsstrateg", "planeringschef", "HR-chef")


@dataclass(frozen=True)
class MuniSpec:
    """What is fixed about a municipality: its name, its minutes' style and the organisations around it."""

    name: str
    style: str  # "sthlm": decision first, blank lines; "tyreso": form-style, decision after the procedure
    case: str  # case-number format: "slash" (KS 2019/656), "weak" (0834/20), "dash" (KSN-2019-02114), "tyreso"
    region: str
    police: str
    county: str
    code: str = "KS"  # the municipality's prefix for dash-style numbers
    districts: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    lower_parties_before: int = 0  # minutes before this year write parties in lower case: (s), (fp)


MUNICIPALITIES = (
    MuniSpec("Stockholms stad", "sthlm", "slash", "Region Stockholm", "Polisregion Stockholm",
             "Länsstyrelsen i Stockholms län",
             districts=("Skarpnäcks stadsdelsnämnd", "Farsta stadsdelsnämnd", "Bromma stadsdelsnämnd",
                        "Kungsholmens stadsdelsnämnd", "Södermalms stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd",
                        "Enskede-Årsta-Vantörs stadsdelsnämnd", "Hägersten-Liljeholmens stadsdelsnämnd",
                        "Östermalms stadsdelsnämnd", "Norrmalms stadsdelsnämnd", "Skärholmens stadsdelsnämnd",
                        "Spånga-Tensta stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd", "Älvsjö stadsdelsnämnd"),
             partners=("Stockholms Stadsmission", "Svenska Bostäder", "Trafikverket", "Stockholms läns landsting")),
    MuniSpec("Tyresö kommun", "tyreso", "tyreso", "Region Stockholm", "Polisregion Stockholm",
             "Länsstyrelsen i Stockholms län", partners=("Trafikverket", "Stockholms läns landsting"),
             lower_parties_before=2015),
    MuniSpec("Göteborgs Stad", "sthlm", "weak", "Västra Götalandsregionen", "Polisregion Väst",
             "Länsstyrelsen i Västra Götalands län", districts=("Stadsdelsnämnden Angered",),
             partners=("Familjebostäder i Göteborg AB", "Trafikverket")),
    MuniSpec("Uppsala kommun", "tyreso", "dash", "Region Uppsala", "Polisregion Mitt", "Länsstyrelsen i Uppsala län",
             code="KSN", partners=("Uppsala universitet", "Trafikverket")),
    MuniSpec("Malmö stad", "sthlm", "dash", "Region Skåne", "Polisregion Syd", "Länsstyrelsen i Skåne län",
             code="STK", partners=("Trafikverket",)),
    MuniSpec("Solna stad", "sthlm", "slash", "Region Stockholm", "Polisregion Stockholm",
             "Länsstyrelsen i Stockholms län", partners=("Trafikverket", "Stockholms Stadsmission")),
)

# Committees (facknämnder): canonical name, abbreviation for case numbers, topic area.
COMMITTEES = (
    ("Socialnämnden", "SN", "social"), ("Utbildningsnämnden", "UBN", "school"),
    ("Tekniska nämnden", "TN", "tech"), ("Kulturnämnden", "KUN", "culture"),
    ("Miljö- och hälsoskyddsnämnden", "MHN", "env"), ("Byggnadsnämnden", "BN", "build"),
    ("Idrottsnämnden", "IDN", "culture"), ("Äldrenämnden", "ÄN", "social"),
    ("Barn- och utbildningsnämnden", "BUN", "school"), ("Stadsbyggnadsnämnden", "SBN", "build"),
    ("Trafiknämnden", "TRN", "tech"), ("Arbetsmarknadsnämnden", "AMN", "social"),
    ("Fritidsnämnden", "FRN", "culture"), ("Gymnasienämnden", "GYN", "school"),
)


@dataclass
class Person:
    name: str
    party: str | None  # canonical, with L for the liberals (written FP before 2015)
    title: str | None = None  # an official's job title


@dataclass
class Body:
    name: str
    kind: str  # fullmaktige | styrelse | namnd | stadsdelsnamnd
    abbr: str
    area: str
    muni: Municipality
    members: list[Person]  # [0] ordförande, [1] 1:e vice, [2] 2:e vice, then ledamöter
    substitutes: list[Person]
    officials: list[Person]  # the last one keeps the minutes
    seats: int = 11
    numbers: dict[int, int] = field(default_factory=dict)  # year → next paragraph number

    @property
    def subject(self) -> str:
        """How the body names itself as the subject of its decisions."""
        return "Stadsdelsnämnden" if self.kind == "stadsdelsnamnd" else self.name

    @property
    def ref(self) -> str:
        """How the minutes refer to the body in running text."""
        return {"fullmaktige": "kommunfullmäktige", "styrelse": "kommunstyrelsen",
                "stadsdelsnamnd": "stadsdelsnämnden"}.get(self.kind, "nämnden")

    @property
    def decision_heading(self) -> str:
        if self.kind == "stadsdelsnamnd":
            return "Stadsdelsnämndens beslut"
        if " " in self.name:
            return "Beslut"
        return f"{self.name}s beslut"


@dataclass
class Municipality:
    spec: MuniSpec
    people: list[Person]
    majority: tuple[str, ...]
    opposition: tuple[str, ...]
    officials: list[Person]
    bodies: list[Body] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass
class World:
    municipalities: list[Municipality]
    bodies: list[Body]
    start_year: int
    years: int


class NameMaker:
    """Unique full names within a municipality."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def __call__(self) -> str:
        for _ in range(1000):
            first = self.rng.choice(FIRST_NAMES)
            last = self.rng.choice(SURNAMES)
            if self.rng.random() < 0.06:
                last = f"{self.rng.choice(SURNAMES)} {last}"
            name = f"{first} {last}"
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("ran out of names; lower --people")


def _seats(kind: str, muni: str) -> tuple[int, int]:
    """Members and substitutes of a body."""
    if kind == "fullmaktige":
        return (101 if muni == "Stockholms stad" else 61), 0
    if kind == "styrelse":
        return 13, 13
    return 11, 9


def build_world(rng: random.Random, *, bodies: int, people: int, parties: tuple[str, ...], years: int,
                last_year: int = 2024) -> World:
    """Municipalities with their bodies, members, substitutes and officials."""
    n_muni = max(1, min(len(MUNICIPALITIES), bodies // 4))
    specs = MUNICIPALITIES[:n_muni]
    # Bodies per municipality: fullmäktige and styrelse first, then committees and district committees in turn.
    per_muni: list[list[tuple[str, str, str, str]]] = [
        [("Kommunfullmäktige", "fullmaktige", "KF", "central"), ("Kommunstyrelsen", "styrelse", "KS", "central")]
        for _ in specs]
    extra = max(0, bodies - 2 * n_muni)
    cursors = [0] * n_muni
    district_cursor = [0] * n_muni
    i = 0
    while extra > 0:
        k = i % n_muni
        spec = specs[k]
        use_district = spec.districts and district_cursor[k] < len(spec.districts) and i % 2 == 1
        if use_district:
            name = spec.districts[district_cursor[k]]
            district_cursor[k] += 1
            abbr = "".join(w[0] for w in name.replace("-", " ").split()[:-1]).upper()[:3] or "SDN"
            per_muni[k].append((name, "stadsdelsnamnd", abbr, "district"))
            extra -= 1
        elif cursors[k] < len(COMMITTEES):
            name, abbr, area = COMMITTEES[cursors[k]]
            cursors[k] += 1
            per_muni[k].append((name, "namnd", abbr, area))
            extra -= 1
        elif all(c >= len(COMMITTEES) for c in cursors) and all(
                d >= len(s.districts) for d, s in zip(district_cursor, specs, strict=True)):
            break
        i += 1
    total_bodies = sum(len(b) for b in per_muni)
    world_bodies: list[Body] = []
    munis: list[Municipality] = []
    for spec, defs in zip(specs, per_muni, strict=True):
        names = NameMaker(rng)
        weights = {p: PARTY_WEIGHT.get(p, 0.04) * rng.uniform(0.6, 1.4) for p in parties}
        left = sum(w for p, w in weights.items() if p in LEFT)
        right = sum(w for p, w in weights.items() if p in RIGHT)
        side = LEFT if (left > right) != (rng.random() < 0.3) else RIGHT
        majority = tuple(p for p in parties if p in side) or parties[:1]
        opposition = tuple(p for p in parties if p not in majority) or parties[-1:]
        pool_size = max(40, round(people * len(defs) / total_bodies))
        pool = [Person(names(), _draw(rng, weights)) for _ in range(pool_size)]
        officials = [Person(names(), None, rng.choice(JOB_TITLES)) for _ in range(max(6, 2 * len(defs)))]
        muni = Municipality(spec, pool, majority, opposition, officials)
        for name, kind, abbr, area in defs:
            seats, subs = _seats(kind, spec.name)
            chosen = _members(rng, pool, seats + subs, majority, opposition)
            members, substitutes = chosen[:seats], chosen[seats:]
            staff = [*rng.sample(officials, 2), Person(names(), None, _secretary_title(kind))]
            body = Body(name, kind, abbr, area, muni, members, substitutes, staff, seats)
            muni.bodies.append(body)
            world_bodies.append(body)
        munis.append(muni)
    return World(munis, world_bodies, last_year - years + 1, years)


def _secretary_title(kind: str) -> str:
    return {"fullmaktige": "kommunsekreterare", "styrelse": "kommunsekreterare"}.get(kind, "nämndsekreterare")


def _draw(rng: random.Random, weights: dict[str, float]) -> str:
    parties = list(weights)
    return rng.choices(parties, [weights[p] for p in parties])[0]


def _members(rng: random.Random, pool: list[Person], n: int, majority: tuple[str, ...],
             opposition: tuple[str, ...]) -> list[Person]:
    """Seats of a body: ordförande and 1:e vice from the majority, 2:e vice from the opposition, then the rest.

    A pool smaller than the seats fills fewer seats (fullmäktige minutes list no members anyway).
    """
    people = rng.sample(pool, min(n, len(pool)))
    head: list[Person] = []
    for group in (majority, majority, opposition):
        cand = next((p for p in people if p.party in group and p not in head), None)
        if cand:
            head.append(cand)
    return head + [p for p in people if p not in head]


def meeting_dates(rng: random.Random, year: int, count: int) -> list[dt.date]:
    """``count`` meeting days in a year, spread over the months (not in July), Monday to Thursday."""
    months = [m for m in range(1, 13) if m != 7]
    offset = rng.random()
    out: set[dt.date] = set()
    for i in range(count):
        month = months[int((i + offset) * len(months) / count) % len(months)]
        for _ in range(60):
            d = dt.date(year, month, rng.randint(2, 28))
            if d.weekday() < 4 and d not in out:
                out.add(d)
                break
    return sorted(out)
