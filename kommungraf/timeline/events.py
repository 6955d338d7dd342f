"""The events of a timeline: the paragraphs (§) that handled a case, a person's acts and meetings, an
organisation's agreements and referrals, or the paragraphs of a body or municipality, in date order, each with what
happened in it.

Every event comes from SELECT queries run through ``source.query`` — the same interface on the embedded store and
on a remote endpoint — and names, case numbers and filters enter the query text only as RDF terms serialised by
rdflib, never as pasted user text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from rdflib import Literal

from ..errors import QueryError
from ..filters import ACTS_OF_PARTY, PAR_DATE, PAR_MUNI, Criteria, Filters, looks_like_iri
from ..queries import NamedQuery, Param, to_term
from ..results import Rows
from ..vocab import ROLE_TERMS, STATEMENT_CLASSES, sparql_prefixes

#: What can happen in an event, most telling first: an event's colour is that of the first kind it has.
KINDS: dict[str, str] = {
    "reservation": "reservation",
    "vote": "votering",
    "statement": "uttalande eller anteckning",
    "referral": "remissvar",
    "agreement": "avtal",
    "proposal": "yrkande",
    "decision": "beslut",
    "attendance": "närvaro på sammanträde",
    "paragraph": "paragraf",
}

#: How many events a timeline may hold before the user is asked to narrow it (a picture of more is unreadable).
DEFAULT_LIMIT = 5000


class Source(Protocol):
    """Anything that runs a SELECT query and returns rows: the embedded store or a remote endpoint."""

    def query(self, query: NamedQuery, **params: Any) -> Rows: ...


@dataclass(frozen=True)
class Event:
    """One paragraph (or, on a person's timeline, one meeting attended) and what happened in it."""

    date: dt.date | None
    municipality: str
    body: str
    paragraph: str  # "§ 31"; "" for a meeting
    title: str
    kinds: tuple[str, ...]  # keys of KINDS, most telling first
    details: tuple[str, ...]  # one short Swedish phrase each: "remissvar till Kommunstyrelsen", "3 beslutspunkter"
    iri: str  # the paragraph's or the meeting's IRI

    @property
    def kind(self) -> str:
        """The most telling kind, which gives the event its colour."""
        return self.kinds[0] if self.kinds else "paragraph"

    @property
    def lane(self) -> str:
        """The row the event is drawn in: its body, with its municipality."""
        if self.body and self.municipality:
            return f"{self.body} · {self.municipality}"
        return self.body or self.municipality or "(okänt organ)"


@dataclass(frozen=True)
class Timeline:
    """Events in date order (undated ones last) and what was followed to find them."""

    title: str
    subject: dict[str, str]
    events: tuple[Event, ...]
    connected: bool = False  # one case travelling between bodies: the picture joins its events in order
    lanes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        # Lanes in the order their first event happened, so a case reads top-down as it travelled.
        order: dict[str, int] = {}
        for e in self.events:
            order.setdefault(e.lane, len(order))
        object.__setattr__(self, "lanes", tuple(order))

    @cached_property
    def _only_municipality(self) -> str:
        """The municipality of every event when there is one, else ""."""
        municipalities = {e.municipality for e in self.events}
        return next(iter(municipalities)) if len(municipalities) == 1 else ""

    def lane_label(self, lane: str) -> str:
        """A lane's name as drawn: the body alone when every event is in one municipality."""
        muni = self._only_municipality
        return lane.removesuffix(f" · {muni}") if muni else lane

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)


_PREFIXES = sparql_prefixes()
#: A statement class's IRI → its Swedish name ("ersättaryttrande").
_STATEMENT_KINDS = {str(cls): kind for kind, cls in STATEMENT_CLASSES.items()}
#: A role's IRI → its Swedish name ("vice ordförande"), without needing the ontology's labels in the store.
_ROLES = {str(cls): role for role, cls in ROLE_TERMS.items()}
_PAR_BODY = "?f_body a kg:Body . ?par kg:body ?f_body ."
# The paragraphs where a party acted: its acts found first, then their paragraphs (a party's timeline at 10,000
# paragraphs: two minutes as a FILTER EXISTS per paragraph, 0.7 s so).
_PARTY_ACTED = f"{{ SELECT DISTINCT ?par WHERE {{ {ACTS_OF_PARTY} ?par kg:hasStatement|kg:hasProposal ?act }} }}"
_VOTES = ("VALUES (?choice ?what) { (besluit:heeftVoorstander \"röstade ja\") "
          "(besluit:heeftTegenstander \"röstade nej\") (besluit:heeftOnthouder \"avstod\") }")


def _select(source: Source, name: str, where: str) -> list[dict[str, Any]]:
    nq = NamedQuery(f"timeline-{name}", f"timeline: {name}", "", (), (), _PREFIXES + where)
    return source.query(nq).rows


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(_s(value)[:10])
    except ValueError:
        return None


def _person_term(person: str) -> str:
    """The pattern binding ``?p`` to the person asked for: by IRI, or every person of that exact name."""
    if looks_like_iri(person):
        return f"BIND({to_term(Param('person', 'iri', True, ''), person.strip()).n3()} AS ?p)"
    name = " ".join(person.split())
    if not name:
        raise QueryError("--person needs a name or an IRI")
    return f"?p foaf:name {Literal(name).n3()} ."


def _organisation_pattern(organisation: str) -> str:
    """A UNION binding ``?par`` to each paragraph deciding an agreement the organisation is party to, or answering
    a referral it sent; each branch starts from the organisation (by IRI, or by its name as the minutes write it)."""
    if looks_like_iri(organisation):
        who = f"BIND({to_term(Param('organisation', 'iri', True, ''), organisation.strip()).n3()} AS ?o)"
    elif name := " ".join(organisation.split()):
        who = f"?o skos:prefLabel {Literal(name, lang='sv').n3()} ."
    else:
        raise QueryError("--organisation needs a name or an IRI")
    return (f"{{ {who} ?ag kg:agreementParty ?o . ?par kg:concernsAgreement ?ag }}\n"
            f"  UNION {{ {who} ?ref kg:referredBy ?o . ?par kg:answersReferral ?ref }}")


def _selector(case: str | None, person: str | None, organisation: str | None = None) -> str:
    """The pattern binding ``?par`` to the paragraphs followed."""
    if case is not None:
        # A referral's answers cite the referring body's number beside their own: follow the numbers they share.
        follow = "?start kg:citesCaseNumber ?cn .\n  ?start (kg:citesCaseNumber/^kg:citesCaseNumber)* ?par ."
        if looks_like_iri(case):
            # A case (its registration numbers) or one registration number, by IRI.
            given = to_term(Param("case", "iri", True, ""), case.strip()).n3()
            return f"{{ {given} adms:identifier ?cn }} UNION {{ BIND({given} AS ?cn) }}\n  {follow}"
        number = " ".join(case.split())
        if not number:
            raise QueryError("--case needs a registration number, e.g. \"KS 2022/118\"")
        return f"?cn skos:notation {Literal(number).n3()} .\n  {follow}"
    if person is not None:
        return _person_acts_pattern(person)
    if organisation is not None:
        return _organisation_pattern(organisation)
    return "?par a besluit:BehandelingVanAgendapunt ."


def _person_acts_pattern(person: str) -> str:
    """A UNION binding ``?par`` to each paragraph where the person acted, ``?act`` to the kind of act (a key of
    KINDS) and ``?what`` to the act in words or (for a statement) its class's IRI.

    Each branch starts from the person (bound by name or IRI) and walks to the act and its paragraph: a UNION
    joined to the person after it was evaluated over every act in the store (seconds at 100,000 paragraphs)."""
    who = _person_term(person)
    return f"""{{ {who} ?x kg:proposer|kg:signatoryWithOthers ?p . ?par kg:hasProposal ?x .
    BIND("proposal" AS ?act) BIND("yrkande" AS ?what) }}
  UNION {{ {who} ?x kg:signatory|kg:signatoryWithOthers ?p . ?par kg:hasStatement ?x .
    ?x a ?cls FILTER(?cls != kg:Statement)
    BIND(IF(?cls = kg:Reservation, "reservation", "statement") AS ?act) BIND(STR(?cls) AS ?what) }}
  UNION {{ {who} {_VOTES} ?x ?choice ?p . ?par besluit:heeftStemming ?x . BIND("vote" AS ?act) }}"""


def build_timeline(source: Source, *, case: str | None = None, person: str | None = None,
                   organisation: str | None = None, filters: Filters | None = None,
                   limit: int = DEFAULT_LIMIT) -> Timeline:
    """The timeline of a case (``case``), a person (``person``), an organisation's agreements and referrals
    (``organisation``; each by name or IRI) or of whatever the filters keep (a municipality, a body, a party, a
    date range); raises QueryError when more than ``limit`` events match."""
    followed = {k: v for k, v in (("case", case), ("person", person), ("organisation", organisation))
                if v is not None}
    if len(followed) > 1:
        raise QueryError(f"follow one of a case, a person or an organisation, not {' and '.join(followed)}")
    filters = filters or Filters()
    c = filters.criteria()
    restrict = c.sparql(muni=PAR_MUNI, body=_PAR_BODY, date=PAR_DATE, party=_PARTY_ACTED)
    selector = _selector(case, person, organisation)
    # A case, a person or an organisation binds few paragraphs to restrict; otherwise the filters bind them (a body
    # first finds its few organs, then their paragraphs: five times faster than testing every paragraph's organ).
    where = f"{selector}\n  {restrict}" if followed else f"{restrict}\n  {selector}"
    # A person's acts, one list per paragraph, also tell how many paragraphs there are; otherwise count them.
    acts = _person_acts(source, where) if person is not None else None
    if acts is not None:
        n = len(acts)
    else:
        count = _select(source, "count", f"SELECT (COUNT(DISTINCT ?par) AS ?n) WHERE {{\n  {where}\n}}")
        n = int(count[0]["n"] or 0) if count else 0
    meetings = _attendance(source, person, c) if person is not None else []
    if n + len(meetings) > limit:
        raise QueryError(f"{n + len(meetings)} events match, more than --limit {limit}: narrow the timeline "
                         f"(--municipality, --body, --from/--to) or raise --limit")
    events = [*_paragraph_events(source, where, acts), *meetings]
    events.sort(key=lambda e: (e.date is None, e.date or dt.date.min, e.lane, _paragraph_key(e.paragraph), e.iri))
    subject = followed | filters.describe()
    if person is not None and looks_like_iri(person):
        person = _name_of(source, person, "?x foaf:name ?name")
    if case is not None and looks_like_iri(case):
        case = _name_of(source, case, "{ ?x skos:notation ?name } UNION { ?x adms:identifier/skos:notation ?name }")
    if organisation is not None and looks_like_iri(organisation):
        organisation = _name_of(source, organisation, "?x skos:prefLabel ?name")
    return Timeline(_title(case, person or organisation, filters), subject, tuple(events),
                    connected=case is not None)


def _name_of(source: Source, iri: str, pattern: str) -> str:
    """What to call a person, a case or an organisation given by IRI in the title: its name or its (first)
    registration number."""
    term = to_term(Param("iri", "iri", True, ""), iri.strip()).n3()
    rows = _select(source, "name", f"SELECT (MIN(STR(?name)) AS ?name) WHERE {{ BIND({term} AS ?x) {pattern} }}")
    return _s(rows[0]["name"]) if rows and rows[0]["name"] else iri


def _title(case: str | None, name: str | None, filters: Filters) -> str:
    if case:
        head = f"Ärende {case}"
    elif name:
        head = name
    else:
        head = filters.body or filters.municipality or filters.party or "Alla paragrafer"
    span = " – ".join(filter(None, (filters.date_from, filters.date_to)))
    return f"Tidslinje: {head}" + (f" ({span})" if span else "")


def _paragraph_key(paragraph: str) -> tuple[int, str]:
    digits = "".join(ch for ch in paragraph if ch.isdigit())
    return (int(digits) if digits else -1, paragraph)


def _paragraph_events(source: Source, where: str, acts: dict[str, list[tuple[str, str]]] | None) -> list[Event]:
    """One event per paragraph ``where`` binds; ``acts`` (a person's timeline) replaces the paragraph's own kinds
    with what the person did in it."""
    # One nested OPTIONAL per step (as in queries/case-history.rq): Oxigraph then looks each step up for the
    # paragraphs found instead of evaluating a joined OPTIONAL over the whole store.
    rows = _select(source, "paragraphs", f"""
SELECT ?par (SAMPLE(?d) AS ?date) (SAMPLE(?m) AS ?muni) (SAMPLE(?b) AS ?body) (SAMPLE(?n) AS ?number)
       (SAMPLE(?t) AS ?title) (GROUP_CONCAT(DISTINCT ?from; separator="; ") AS ?referral_from)
       (COUNT(DISTINCT ?point) AS ?points) (COUNT(DISTINCT ?vote) AS ?votes)
       (GROUP_CONCAT(DISTINCT ?dissenter; separator=", ") AS ?reservations)
       (COUNT(DISTINCT ?res) AS ?reservation_count) (GROUP_CONCAT(DISTINCT ?stl; separator=" ") AS ?statements)
       (COUNT(DISTINCT ?ag) AS ?agreements)
WHERE {{
  {{ SELECT DISTINCT ?par WHERE {{
  {where}
  }} }}
  OPTIONAL {{ ?par kg:paragraphNumber ?n }}
  OPTIONAL {{ ?par dct:title ?t }}
  OPTIONAL {{ ?par kg:atMeeting ?meeting OPTIONAL {{ ?meeting dct:date ?d }} FILTER(BOUND(?d)) }}
  OPTIONAL {{ ?par kg:body ?bo OPTIONAL {{ ?bo skos:prefLabel ?b }} FILTER(BOUND(?b)) }}
  OPTIONAL {{ ?par kg:inDocument ?doc OPTIONAL {{ ?doc kg:municipality ?mo OPTIONAL {{ ?mo skos:prefLabel ?m }} }}
             FILTER(BOUND(?m)) }}
  OPTIONAL {{ ?par kg:answersReferral ?ref OPTIONAL {{ ?ref kg:referredBy ?by OPTIONAL {{ ?by skos:prefLabel ?from }} }}
             FILTER(BOUND(?from)) }}
  OPTIONAL {{ ?par kg:hasDecision ?decision OPTIONAL {{ ?decision kg:hasPoint ?point }} FILTER(BOUND(?point)) }}
  OPTIONAL {{ ?par besluit:heeftStemming ?vote }}
  OPTIONAL {{ ?par kg:hasStatement ?res . ?res a kg:Reservation
             OPTIONAL {{ ?res kg:signatory|kg:signatoryWithOthers ?signer
                        OPTIONAL {{ ?signer foaf:name ?dissenter }} }} }}
  OPTIONAL {{ ?par kg:hasStatement ?st . ?st a ?stc FILTER(?stc NOT IN (kg:Statement, kg:Reservation))
             BIND(STR(?stc) AS ?stl) }}
  OPTIONAL {{ ?par kg:concernsAgreement ?ag }}
}}
GROUP BY ?par""")
    events = []
    for r in rows:
        par = _s(r["par"])
        details = []
        kinds: list[str] = []
        if int(r["reservation_count"] or 0):
            kinds.append("reservation")
            # GROUP_CONCAT has no order: sorted, so the store and a remote endpoint give the same text.
            names = ", ".join(sorted(_s(r["reservations"]).split(", "))) if r["reservations"] else ""
            details.append("reservation" + (f": {names}" if names else ""))
        if int(r["votes"] or 0):
            kinds.append("vote")
            details.append("votering" if int(r["votes"]) == 1 else f"{r['votes']} voteringar")
        if said := sorted({_STATEMENT_KINDS[c] for c in _s(r["statements"]).split() if c in _STATEMENT_KINDS}):
            kinds.append("statement")
            details.append(", ".join(said))
        if r["referral_from"]:
            kinds.append("referral")
            details.append("svar på remiss från " + " och ".join(sorted(_s(r["referral_from"]).split("; "))))
        if int(r["agreements"] or 0):
            kinds.append("agreement")
            details.append("avtal" if int(r["agreements"]) == 1 else f"{r['agreements']} avtal")
        if int(r["points"] or 0):
            kinds.append("decision")
            details.append("1 beslutspunkt" if int(r["points"]) == 1 else f"{r['points']} beslutspunkter")
        if acts is not None:
            # A person's timeline: the event is what they did; the paragraph's facts follow as details.
            mine = acts.get(par, [])
            kinds = list(dict.fromkeys(kind for kind, _ in mine))
            details = [*dict.fromkeys(what for _, what in mine), *details]
        number = _s(r["number"])
        events.append(Event(_date(r["date"]), _s(r["muni"]), _s(r["body"]), f"§ {number}" if number else "",
                            _s(r["title"]), tuple(kinds), tuple(details), par))
    return events


def _person_acts(source: Source, where: str) -> dict[str, list[tuple[str, str]]]:
    """What the person did in each paragraph: (kind, Swedish phrase) pairs, most telling kind first."""
    rows = _select(source, "acts", f"SELECT DISTINCT ?par ?act ?what WHERE {{\n  {where}\n}}")
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    rank = list(KINDS)
    for r in rows:
        what = _s(r["what"])
        out[_s(r["par"])].append((_s(r["act"]), _STATEMENT_KINDS.get(what, what) or KINDS.get(_s(r["act"]), "")))
    for acts in out.values():
        acts.sort(key=lambda a: (rank.index(a[0]) if a[0] in rank else len(rank), a[1]))
    return out


def _attendance(source: Source, person: str | None, c: Criteria) -> list[Event]:
    """The meetings a person attended, with the roles the attendance list gave them."""
    if person is None:
        return []
    restrict = c.sparql(muni="?meeting besluit:isGehoudenDoor/org:subOrganizationOf ?f_muni .",
                        body="?meeting besluit:isGehoudenDoor ?f_body .", date="?meeting dct:date ?f_date .",
                        party="?x kg:onBehalfOfParty $party .")
    rows = _select(source, "attendance", f"""
SELECT ?meeting (SAMPLE(?d) AS ?date) (SAMPLE(?b) AS ?body) (SAMPLE(?m) AS ?muni)
       (GROUP_CONCAT(DISTINCT ?role; separator=" ") AS ?roles)
WHERE {{
  {_person_term(person)}
  ?x org:member ?p ; org:role ?r ; kg:seenAt ?meeting .
  BIND(STR(?r) AS ?role)
  {restrict}
  OPTIONAL {{ ?meeting dct:date ?d }}
  OPTIONAL {{ ?meeting besluit:isGehoudenDoor ?bo OPTIONAL {{ ?bo skos:prefLabel ?b }} FILTER(BOUND(?b)) }}
  OPTIONAL {{ ?meeting besluit:isGehoudenDoor ?bm OPTIONAL {{ ?bm org:subOrganizationOf ?mo
             OPTIONAL {{ ?mo skos:prefLabel ?m }} }} FILTER(BOUND(?m)) }}
}}
GROUP BY ?meeting""")
    events = []
    for r in rows:
        roles = sorted({_ROLES.get(role, role.rsplit("#", 1)[-1]) for role in _s(r["roles"]).split()})
        events.append(Event(_date(r["date"]), _s(r["muni"]), _s(r["body"]), "", "sammanträde", ("attendance",),
                            (", ".join(roles),) if roles else (), _s(r["meeting"])))
    return events
