"""Projections of the knowledge graph into networks, one function per kind.

Every projection is built from SPARQL SELECT queries run through ``source.query`` — the same interface on the
embedded store (:class:`~kommungraf.api.KnowledgeGraph`) and on a remote endpoint
(:class:`~kommungraf.api.RemoteGraph`) — so a network is the same wherever the graph lives.  Filters enter the
query text only as RDF terms serialised by rdflib (``term.n3()``), never as pasted user text.

Nodes are keyed by IRI.  Attribute values are only ``str``, ``int``, ``float`` and ``bool`` (never None, lists
or dates), so every format, GraphML included, can carry them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import networkx as nx

from ..errors import QueryError
from ..filters import ACTS_OF_PARTY, PAR_DATE, PAR_MUNI, SIGNS, Criteria, Filters
from ..queries import NamedQuery
from ..results import Rows
from ..vocab import BESLUIT, KG, OPENGOV, ROLE_TERMS, sparql_prefixes
from .style import UNKNOWN_PARTY, kind_colour, party_colour

KINDS = ("co-signing", "endorsement", "case-flow", "agreements", "membership")


class Source(Protocol):
    """Anything that runs a SELECT query and returns rows: the embedded store or a remote endpoint."""

    def query(self, query: NamedQuery, **params: Any) -> Rows: ...


# ---------------------------------------------------------------------------------------------------- helpers

_PREFIXES = sparql_prefixes()


def _select(source: Source, name: str, where: str) -> list[dict[str, Any]]:
    """Run one SELECT (``where`` is the query after the prefixes) through the source's ``query``."""
    nq = NamedQuery(f"network-{name}", f"network: {name}", "", (), (), _PREFIXES + where)
    return source.query(nq).rows


def _s(value: Any) -> str:
    """A result value as text ('' when unbound)."""
    return "" if value is None else str(value)


def _iso(value: Any) -> str:
    """A date result value as YYYY-MM-DD ('' when unbound or not a date)."""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = _s(value)
    return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else ""


@dataclass
class PersonInfo:
    name: str = ""
    municipality: str = ""
    party: str = ""


def _people(source: Source, pattern: str) -> dict[str, PersonInfo]:
    """Name, municipality and party of every ``?person`` the pattern binds.

    A person's party is that of their party membership seen in most documents (ties: alphabetical), so one
    misread party in one document does not recolour a politician.
    """
    rows = _select(source, "people", f"""
SELECT ?person ?name ?muni ?abbr (COUNT(DISTINCT ?doc) AS ?seen) WHERE {{
  {{ SELECT DISTINCT ?person WHERE {{ {pattern} }} }}
  OPTIONAL {{ ?person foaf:name ?name }}
  OPTIONAL {{ ?person kg:municipality/skos:prefLabel ?muni }}
  OPTIONAL {{ ?pm org:member ?person ; org:organization ?pp . ?pp a kg:PoliticalParty ; skos:notation ?abbr .
             OPTIONAL {{ ?pm kg:seenIn ?doc }} }}
}} GROUP BY ?person ?name ?muni ?abbr""")
    out: dict[str, PersonInfo] = {}
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        p = out.setdefault(_s(r["person"]), PersonInfo())
        # Rows come in any order; of two names or municipalities keep the smallest, the same everywhere.
        p.name = min(filter(None, (p.name, _s(r["name"]))), default="")
        p.municipality = min(filter(None, (p.municipality, _s(r["muni"]))), default="")
        if r["abbr"] is not None:
            seen[_s(r["person"])][_s(r["abbr"])] += int(r["seen"] or 0) + 1
    for person, counts in seen.items():
        out[person].party = min(counts, key=lambda a: (-counts[a], a))
    for person, info in out.items():
        info.name = info.name or person.rsplit("/", 1)[-1]
    return out


def _person_attrs(info: PersonInfo) -> dict[str, Any]:
    return {"label": info.name, "kind": "person", "party": info.party,
            "group": info.party or UNKNOWN_PARTY, "colour": party_colour(info.party),
            "municipality": info.municipality}


_ORG_KINDS = {str(KG.Body): "organ", str(KG.Administration): "organ", str(KG.Municipality): "kommun",
              str(KG.Region): "region", str(KG.MunicipalFederation): "kommunalförbund",
              str(KG.ExternalOrganisation): "extern organisation"}


def _org_optionals(var: str) -> str:
    """OPTIONAL patterns giving an organisation's label, kind and municipality as ``{var}_label`` etc."""
    kinds = ", ".join(f"<{k}>" for k in _ORG_KINDS)
    return (f"OPTIONAL {{ {var} skos:prefLabel {var}_label }}\n"
            f"  OPTIONAL {{ {var} a {var}_type . FILTER({var}_type IN ({kinds})) }}\n"
            f"  OPTIONAL {{ {var} org:subOrganizationOf/skos:prefLabel {var}_muni }}")


def _org_attrs(row: dict[str, Any], var: str) -> dict[str, Any]:
    """An organisation's attributes from one row; ``group`` and ``colour`` follow from ``kind`` once every row
    is read (see :func:`_colour_organisations`)."""
    node = _s(row[var])
    return {"label": _s(row.get(f"{var}_label")) or node.rsplit("/", 1)[-1],
            "kind": _ORG_KINDS.get(_s(row.get(f"{var}_type")), ""), "municipality": _s(row.get(f"{var}_muni"))}


def _add_node(G: nx.Graph, node: str, attrs: dict[str, Any]) -> None:
    """Add a node or merge attributes into it: a value fills a gap, and of two texts the smallest is kept, so
    the result does not depend on the order rows arrive in."""
    if node not in G:
        G.add_node(node, **attrs)
        return
    data = G.nodes[node]
    for k, v in attrs.items():
        old = data.get(k)
        if old in (None, ""):
            data[k] = v
        elif isinstance(old, str) and isinstance(v, str) and v:
            data[k] = min(old, v)


def _colour_organisations(G: nx.Graph) -> None:
    for _, d in G.nodes(data=True):
        if d.get("kind") != "person":
            d["kind"] = d.get("kind") or "extern organisation"
            d["group"] = d["kind"]
            d["colour"] = kind_colour(d["kind"])


_PAR_BODY = "?par kg:body ?f_body ."


# ---------------------------------------------------------------------------------------------------- co-signing

_ACT_KIND = {str(KG.Reservation): "reservations", str(OPENGOV.Motion): "proposals"}


def co_signing(source: Source, filters: Filters) -> nx.Graph:
    """Politicians linked by the statements, reservations and proposals (yrkanden) they made together.

    Edge weight: the number of such acts the two made together, split into ``reservations``, ``statements``
    and ``proposals``; ``cross_party`` is true when both parties are known and differ.  A party filter keeps
    the acts that party took part in, with everyone who made them.
    """
    c = filters.criteria()
    where = f"""?par kg:hasStatement|kg:hasProposal ?act .
  ?act {SIGNS} ?person .
  {c.sparql(muni=PAR_MUNI, body=_PAR_BODY, date=PAR_DATE,
            party=ACTS_OF_PARTY)}"""
    rows = _select(source, "co-signing", f"SELECT DISTINCT ?act ?type ?person WHERE {{\n  {where}\n"
                                         f"  OPTIONAL {{ ?act a ?type }}\n}}")
    signers: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for r in rows:
        act = _s(r["act"])
        signers[act].add(_s(r["person"]))
        kind = _ACT_KIND.get(_s(r["type"]), "statements")
        # A reservation is also a statement: keep the most specific kind an act is typed with.
        if kinds.get(act) not in ("reservations", "proposals"):
            kinds[act] = kind
    people = _people(source, where)
    G = nx.Graph()
    acts: Counter[str] = Counter()
    for act, persons in signers.items():
        acts.update(persons)
        for a, b in itertools.combinations(sorted(persons), 2):
            if not G.has_edge(a, b):
                G.add_edge(a, b, weight=0, reservations=0, statements=0, proposals=0)
            e = G.edges[a, b]
            e["weight"] += 1
            e[kinds[act]] += 1
    for node in G.nodes:
        G.nodes[node].update(_person_attrs(people.get(node, PersonInfo(name=node.rsplit("/", 1)[-1]))))
        G.nodes[node]["acts"] = acts[node]
    for a, b, e in G.edges(data=True):
        pa, pb = G.nodes[a]["party"], G.nodes[b]["party"]
        e["cross_party"] = bool(pa and pb and pa != pb)
    _annotate_roll_calls(G, roll_calls(source, filters))
    return G


# ---------------------------------------------------------------------------------------------------- roll calls

_CHOICES = {str(BESLUIT.heeftVoorstander): "yes", str(BESLUIT.heeftTegenstander): "no",
            str(BESLUIT.heeftOnthouder): "abstain"}


@dataclass(frozen=True)
class RollCallVote:
    """One member's vote in one division (votering) with a roll call."""

    vote: str
    person: str
    name: str
    party: str
    choice: str  # "yes" | "no" | "abstain"


def roll_calls(source: Source, filters: Filters) -> list[RollCallVote]:
    """Every recorded roll-call vote in the filtered minutes, with the member's party."""
    c = filters.criteria()
    where = f"""?par besluit:heeftStemming ?vote . ?vote ?choice ?person .
  VALUES ?choice {{ besluit:heeftVoorstander besluit:heeftTegenstander besluit:heeftOnthouder }}
  {c.sparql(muni=PAR_MUNI, body=_PAR_BODY, date=PAR_DATE,
            party="FILTER EXISTS { ?fpm org:member ?person ; org:organization $party }")}"""
    rows = _select(source, "roll-calls", f"SELECT DISTINCT ?vote ?person ?choice WHERE {{\n  {where}\n}}")
    if not rows:
        return []
    people = _people(source, where)
    out = []
    for r in rows:
        info = people.get(_s(r["person"]), PersonInfo())
        out.append(RollCallVote(_s(r["vote"]), _s(r["person"]), info.name, info.party,
                                _CHOICES[_s(r["choice"])]))
    return sorted(out, key=lambda v: (v.vote, v.person))


def _annotate_roll_calls(G: nx.Graph, votes: list[RollCallVote]) -> None:
    from .measures import votes_against_party

    lines = {d.person: d for d in votes_against_party(votes)}
    for node, data in G.nodes(data=True):
        d = lines.get(node)
        data["roll_call_votes"] = d.votes if d else 0
        data["votes_against_party"] = d.against if d else 0


# ---------------------------------------------------------------------------------------------------- endorsement


def endorsement(source: Source, filters: Filters) -> nx.DiGraph:
    """Party groups linked when a statement by one endorses (instämmer i) or joins a statement by another.

    Edge A → B: ``endorsements`` counts statements on behalf of A that endorse a statement on behalf of B;
    ``joint`` counts statements A and B made together (both directions).  Weight: their sum.  A party filter
    keeps the edges that touch the party.
    """
    c = filters.criteria()
    restrict = c.sparql(muni=PAR_MUNI, body=_PAR_BODY, date=PAR_DATE,
                        party="FILTER EXISTS { ?st kg:onBehalfOfParty $party }")
    statements = _select(source, "endorsement-statements", f"""
SELECT DISTINCT ?st ?party ?abbr ?name WHERE {{
  ?par kg:hasStatement ?st . ?st kg:onBehalfOfParty ?party .
  {restrict}
  OPTIONAL {{ ?party skos:notation ?abbr }}
  OPTIONAL {{ ?party skos:prefLabel ?name }}
}}""")
    restrict = c.sparql(muni=PAR_MUNI, body=_PAR_BODY, date=PAR_DATE,
                        party="FILTER(?pa = $party || ?pb = $party)")
    endorses = _select(source, "endorsement-endorses", f"""
SELECT DISTINCT ?a ?b ?pa ?pb ?abbr_a ?abbr_b WHERE {{
  ?par kg:hasStatement ?a . ?a kg:endorses ?b .
  ?a kg:onBehalfOfParty ?pa . ?b kg:onBehalfOfParty ?pb .
  FILTER(?pa != ?pb)
  {restrict}
  OPTIONAL {{ ?pa skos:notation ?abbr_a }}
  OPTIONAL {{ ?pb skos:notation ?abbr_b }}
}}""")
    info: dict[str, tuple[str, str]] = {}
    for r in statements:
        info.setdefault(_s(r["party"]), (_s(r["abbr"]), _s(r["name"])))
    for r in endorses:
        info.setdefault(_s(r["pa"]), (_s(r["abbr_a"]), ""))
        info.setdefault(_s(r["pb"]), (_s(r["abbr_b"]), ""))
    only = str(c.party) if c.party is not None else None
    G = nx.DiGraph()

    def link(a: str, b: str, what: str) -> None:
        if not G.has_edge(a, b):
            G.add_edge(a, b, weight=0, endorsements=0, joint=0)
        G.edges[a, b][what] += 1
        G.edges[a, b]["weight"] += 1

    by_statement: dict[str, set[str]] = defaultdict(set)
    for r in statements:
        by_statement[_s(r["st"])].add(_s(r["party"]))
    count: Counter[str] = Counter()
    for parties in by_statement.values():
        count.update(parties)
        for a, b in itertools.permutations(sorted(parties), 2):
            if only is None or only in (a, b):
                link(a, b, "joint")
    for pa, pb, _statement in sorted({(_s(r["pa"]), _s(r["pb"]), _s(r["a"])) for r in endorses}):
        link(pa, pb, "endorsements")
    # Without a party filter every party that made a statement is a node, even one that stood alone.
    G.add_nodes_from(info if only is None else [only] if only in info else [])
    for party in G.nodes:
        abbr, name = info.get(party, ("", ""))
        abbr = abbr or party.rsplit("/", 1)[-1]
        G.nodes[party].update({"label": abbr, "kind": "parti", "party": abbr, "group": abbr,
                               "colour": party_colour(abbr), "name": name or abbr, "statements": count[party]})
    return G


# ---------------------------------------------------------------------------------------------------- case flow


def case_flow(source: Source, filters: Filters) -> nx.DiGraph:
    """Bodies linked by the cases that travel between them.

    Edge A → B when A referred a case to B for an answer (remiss: B's minutes answer it), or when a case first
    handled by A was handled by B at a later meeting.  Weight: the number of distinct cases (a referral without
    a case number counts once); ``referrals`` and ``handovers`` count each way separately.  A body filter keeps
    the edges that touch the body.
    """
    c = filters.criteria()
    if c.party is not None:
        raise QueryError("case-flow links bodies, not parties; leave out --party")
    restrict = c.sparql(muni=PAR_MUNI, date=PAR_DATE, body_vars=("?from", "?to"))
    refs = _select(source, "case-flow-referrals", f"""
SELECT DISTINCT ?ref ?from ?to ?case ?date ?from_label ?from_type ?from_muni ?to_label ?to_type ?to_muni WHERE {{
  ?par kg:answersReferral ?ref . ?ref kg:referredBy ?from ; kg:referredTo ?to .
  {restrict}
  OPTIONAL {{ ?ref kg:concernsCase ?case }}
  OPTIONAL {{ ?par kg:atMeeting/dct:date ?date }}
  {_org_optionals("?from")}
  {_org_optionals("?to")}
}}""")
    # Handovers: the cases that passed the body (when one is asked for), with every body they passed.
    restrict = replace(c, body_iri=None, body_slug=None).sparql(muni=PAR_MUNI, date="", date_var="?date")
    if c.has_body:
        # The cases that passed the body, as a sub-query joined with the paragraphs: as a FILTER EXISTS it was
        # evaluated over every paragraph of the store for each row (97 s at 10,000 paragraphs; joined: seconds).
        restrict += (f"\n  {{ SELECT DISTINCT ?case WHERE {{ ?fpar kg:concernsCase ?case ; kg:body ?f_body . "
                     f"FILTER({c.body_condition('?f_body')}) }} }}")
    handled = _select(source, "case-flow-handovers", f"""
SELECT DISTINCT ?case ?body ?date ?body_label ?body_type ?body_muni WHERE {{
  ?par kg:concernsCase ?case ; kg:body ?body ; kg:atMeeting/dct:date ?date .
  {restrict}
  {_org_optionals("?body")}
}}""")
    G = nx.DiGraph()
    flows: dict[tuple[str, str], dict[str, Any]] = {}

    def flow(a: str, b: str, what: str, item: str, case: str, date: str) -> None:
        f = flows.setdefault((a, b), {"cases": set(), "referrals": set(), "handovers": set(), "dates": set()})
        f["cases"].add(case)
        f[what].add(item)
        if date:
            f["dates"].add(date)

    for r in refs:
        a, b = _s(r["from"]), _s(r["to"])
        _add_node(G, a, _org_attrs(r, "from"))
        _add_node(G, b, _org_attrs(r, "to"))
        flow(a, b, "referrals", _s(r["ref"]), _s(r["case"]) or _s(r["ref"]), _iso(r["date"]))
    first_seen: dict[str, dict[str, str]] = defaultdict(dict)
    for r in handled:
        case, body, date = _s(r["case"]), _s(r["body"]), _iso(r["date"])
        if date and (body not in first_seen[case] or date < first_seen[case][body]):
            first_seen[case][body] = date
        _add_node(G, body, _org_attrs(r, "body"))
    for case, bodies in first_seen.items():
        chain = sorted(bodies.items(), key=lambda kv: (kv[1], kv[0]))
        for (a, da), (b, db) in itertools.pairwise(chain):
            if da < db:  # the same day gives no direction
                flow(a, b, "handovers", case, case, db)
    for (a, b), f in flows.items():
        if c.has_body and not (_matches_body(c, a) or _matches_body(c, b)):
            continue
        dates = sorted(f["dates"])
        G.add_edge(a, b, weight=len(f["cases"]), referrals=len(f["referrals"]), handovers=len(f["handovers"]),
                   first=dates[0] if dates else "", last=dates[-1] if dates else "")
    G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0])
    _colour_organisations(G)
    return G


def _matches_body(c: Criteria, node: str) -> bool:
    if c.body_iri is not None:
        return node == str(c.body_iri)
    return node.endswith("/organ/" + (c.body_slug or ""))


# ---------------------------------------------------------------------------------------------------- agreements


def agreements(source: Source, filters: Filters) -> nx.Graph:
    """Organisations linked through the agreements (avtal, överenskommelser, avsiktsförklaringar) they are party to.

    Weight: the number of agreements both are party to; ``titles`` lists them.  Filters apply to the paragraph
    that dealt with the agreement (its municipality, body and meeting date).
    """
    c = filters.criteria()
    if c.party is not None:
        raise QueryError("agreements link organisations, not parties; leave out --party")
    rows = _select(source, "agreements", f"""
SELECT DISTINCT ?ag ?title ?org ?date ?org_label ?org_type ?org_muni WHERE {{
  ?par kg:concernsAgreement ?ag . ?ag kg:agreementParty ?org .
  {c.sparql(muni=PAR_MUNI, body=_PAR_BODY, date=PAR_DATE)}
  OPTIONAL {{ ?ag dct:title ?title }}
  OPTIONAL {{ ?par kg:atMeeting/dct:date ?date }}
  {_org_optionals("?org")}
}}""")
    G = nx.Graph()
    parties: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    dates: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        ag, org = _s(r["ag"]), _s(r["org"])
        parties[ag].add(org)
        titles.setdefault(ag, _s(r["title"]) or ag.rsplit("/", 1)[-1])
        if _iso(r["date"]):
            dates[ag].add(_iso(r["date"]))
        _add_node(G, org, _org_attrs(r, "org"))
    count: Counter[str] = Counter()
    for ag, orgs in parties.items():
        count.update(orgs)
        for a, b in itertools.combinations(sorted(orgs), 2):
            if not G.has_edge(a, b):
                G.add_edge(a, b, weight=0, titles="", first="", last="")
            e = G.edges[a, b]
            e["weight"] += 1
            e["titles"] = "; ".join(sorted(filter(None, [*e["titles"].split("; "), titles[ag]])))
            ds = sorted(dates[ag] | {d for d in (e["first"], e["last"]) if d})
            if ds:
                e["first"], e["last"] = ds[0], ds[-1]
    for node in G.nodes:
        G.nodes[node]["agreements"] = count[node]
    _colour_organisations(G)
    return G


# ---------------------------------------------------------------------------------------------------- membership

_ROLE_LABELS = {str(term): name for name, term in ROLE_TERMS.items()}


def membership(source: Source, filters: Filters) -> nx.Graph:
    """People and the bodies they sit in (bipartite: ``bipartite`` 0 = person, 1 = body).

    Edge attributes: ``roles`` (ordförande, ledamot, ersättare …), ``first_seen`` and ``last_seen`` (dates of the
    meetings whose minutes name them), ``meetings`` (how many); weight = meetings (at least 1).  A date filter
    keeps the meetings in the range; a party filter keeps the members of that party.
    """
    c = filters.criteria()
    dated = c.date_from is not None or c.date_to is not None
    meeting = "?ms kg:seenAt ?meeting . ?meeting dct:date ?date ."
    where = f"""?ms org:member ?person ; org:organization ?body ; org:role ?role .
  FILTER NOT EXISTS {{ ?body a kg:PoliticalParty }}
  {meeting if dated else ""}
  {c.sparql(muni="?ms kg:seenIn/kg:municipality ?f_muni .", date="", date_var="?date", body_vars=("?body",),
            party="FILTER EXISTS { { ?ms kg:onBehalfOfParty $party } UNION "
                  "{ ?fpm org:member ?person ; org:organization $party } }")}"""
    rows = _select(source, "membership", f"""
SELECT DISTINCT ?ms ?person ?body ?role ?meeting ?date ?body_label ?body_type ?body_muni WHERE {{
  {where}
  {"" if dated else f"OPTIONAL {{ {meeting} }}"}
  {_org_optionals("?body")}
}}""")
    people = _people(source, where)
    G = nx.Graph()
    links: dict[tuple[str, str], dict[str, set[str]]] = {}
    for r in rows:
        person, body = _s(r["person"]), _s(r["body"])
        _add_node(G, person, {**_person_attrs(people.get(person, PersonInfo(name=person.rsplit("/", 1)[-1]))),
                              "bipartite": 0})
        _add_node(G, body, {**_org_attrs(r, "body"), "party": "", "bipartite": 1})
        link = links.setdefault((person, body), {"roles": set(), "meetings": set(), "dates": set()})
        link["roles"].add(_ROLE_LABELS.get(_s(r["role"]), _s(r["role"]).rsplit("#", 1)[-1]))
        if r["meeting"] is not None:
            link["meetings"].add(_s(r["meeting"]))
        if _iso(r["date"]):
            link["dates"].add(_iso(r["date"]))
    for (person, body), link in links.items():
        dates = sorted(link["dates"])
        G.add_edge(person, body, weight=max(1, len(link["meetings"])), meetings=len(link["meetings"]),
                   roles=", ".join(sorted(link["roles"])), first_seen=dates[0] if dates else "",
                   last_seen=dates[-1] if dates else "")
    _colour_organisations(G)
    return G


# ---------------------------------------------------------------------------------------------------- entry point

PROJECTIONS: dict[str, Callable[[Source, Filters], nx.Graph]] = {
    "co-signing": co_signing, "endorsement": endorsement, "case-flow": case_flow, "agreements": agreements,
    "membership": membership,
}

TITLES = {
    "co-signing": "Samarbete: vilka politiker står bakom samma yrkanden, reservationer och uttalanden",
    "endorsement": "Partier som instämmer i eller står bakom varandras uttalanden",
    "case-flow": "Ärendeflöde mellan organ (remisser och ärenden som går vidare)",
    "agreements": "Organisationer bundna av gemensamma avtal",
    "membership": "Personer och de organ de sitter i",
}


@dataclass(frozen=True)
class NetworkRequest:
    """A network kind with its filters, as the CLI and the server receive it."""

    kind: str
    filters: Filters = field(default_factory=Filters)

    def title(self) -> str:
        extra = ", ".join(f"{k}: {v}" for k, v in self.filters.describe().items())
        return f"{self.kind} — {TITLES[self.kind]}" + (f" ({extra})" if extra else "")


def build_network(source: Source, kind: str, *, municipality: str | None = None, body: str | None = None,
                  party: str | None = None, date_from: str | dt.date | None = None,
                  date_to: str | dt.date | None = None, measures: bool = True) -> nx.Graph:
    """The network of one KIND (see :data:`KINDS`) from a store or endpoint, optionally filtered.

    With ``measures`` (default) every node also carries ``degree``, ``weighted_degree``, ``betweenness`` and
    ``community``.
    """
    if kind not in PROJECTIONS:
        raise QueryError(f"unknown network kind {kind!r}; choose one of: {', '.join(KINDS)}")
    filters = Filters(municipality, body, party, _opt_str(date_from), _opt_str(date_to))
    G = _in_order(PROJECTIONS[kind](source, filters))
    _disambiguate_labels(G)
    G.graph.update({"kind": kind, "title": NetworkRequest(kind, filters).title(), **filters.describe()})
    if measures:
        from .measures import annotate

        annotate(G)
    return G


def _in_order(G: nx.Graph) -> nx.Graph:
    """The graph with nodes and edges in IRI order: endpoints return rows in any order, and Louvain and the
    layout depend on node order, so sorting makes every output the same wherever the graph was read."""
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from(sorted(G.nodes(data=True)))
    if G.is_directed():
        H.add_edges_from(sorted(G.edges(data=True), key=lambda e: (e[0], e[1])))
    else:
        H.add_edges_from(sorted(((*sorted((a, b)), d) for a, b, d in G.edges(data=True)),
                                key=lambda e: (e[0], e[1])))
    return H


def _disambiguate_labels(G: nx.Graph) -> None:
    """Two nodes with one label (every municipality has a "Kommunstyrelsen") get their municipality added."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for n, label in G.nodes(data="label", default=""):
        by_label[str(label)].append(n)
    for label, nodes in by_label.items():
        if len(nodes) > 1:
            for n in nodes:
                muni = G.nodes[n].get("municipality")
                if muni:
                    G.nodes[n]["label"] = f"{label} ({muni})"


def _opt_str(value: str | dt.date | None) -> str | None:
    return None if value is None else str(value)
