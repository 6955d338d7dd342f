"""Measures on the networks: centrality, communities, cross-party ties, and votes against one's own party."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from .projections import RollCallVote

#: Above this many nodes betweenness is estimated from a sample of k source nodes (exact is O(n·m)); k is
#: chosen so the work stays near BUDGET node+edge visits (about a second), between 32 and 200 sources.
SAMPLE_ABOVE = 500
BUDGET = 400_000
#: Fixed seed: the same graph gives the same communities and sampled betweenness on every run.
SEED = 7


def betweenness(G: nx.Graph) -> dict[str, float]:
    """Betweenness centrality (normalised, by hops); sampled with k sources when the graph is large."""
    n = G.number_of_nodes()
    if n > SAMPLE_ABOVE:
        k = max(32, min(200, BUDGET // (n + G.number_of_edges())))
        return nx.betweenness_centrality(G, k=min(n, k), seed=SEED)
    return nx.betweenness_centrality(G)


def communities(G: nx.Graph) -> list[set[str]]:
    """Louvain communities by edge weight, largest first (ties: by smallest node), reproducible."""
    if G.number_of_nodes() == 0:
        return []
    if G.number_of_edges() == 0:
        found = [{n} for n in G]
    else:
        found = nx.community.louvain_communities(G, weight="weight", seed=SEED)
    return sorted(found, key=lambda c: (-len(c), min(c)))


def annotate(G: nx.Graph) -> nx.Graph:
    """Put ``degree``, ``weighted_degree``, ``betweenness`` and ``community`` on every node (in place)."""
    bc = betweenness(G)
    for i, members in enumerate(communities(G)):
        for n in members:
            G.nodes[n]["community"] = i
    for n, d in G.degree():
        G.nodes[n]["degree"] = int(d)
    for n, d in G.degree(weight="weight"):
        G.nodes[n]["weighted_degree"] = float(d)
        G.nodes[n]["betweenness"] = round(float(bc.get(n, 0.0)), 6)
    return G


@dataclass(frozen=True)
class NodeScore:
    node: str
    label: str
    group: str
    degree: int
    weighted_degree: float
    betweenness: float
    community: int


def node_scores(G: nx.Graph) -> list[NodeScore]:
    """Every node's measures, most central first (weighted degree, then betweenness, then label)."""
    if G.number_of_nodes() and "betweenness" not in next(iter(G.nodes.values())):
        annotate(G)
    out = [NodeScore(n, str(d.get("label", n)), str(d.get("group", "")), int(d["degree"]),
                     float(d["weighted_degree"]), float(d["betweenness"]), int(d["community"]))
           for n, d in G.nodes(data=True)]
    return sorted(out, key=lambda s: (-s.weighted_degree, -s.betweenness, s.label, s.node))


def central_nodes(G: nx.Graph, n: int) -> list[str]:
    """The ``n`` most central nodes: the ones worth a label in a picture."""
    return [s.node for s in node_scores(G)[:max(0, n)]]


@dataclass(frozen=True)
class CrossParty:
    """Ties between two people whose parties are both known: how many, and how many cross party lines."""

    ties: int
    cross: int
    weight: float
    cross_weight: float

    @property
    def share(self) -> float:
        return self.cross / self.ties if self.ties else 0.0

    @property
    def weighted_share(self) -> float:
        return self.cross_weight / self.weight if self.weight else 0.0


def cross_party_share(G: nx.Graph) -> CrossParty:
    """The share of ties (and of their weight) that join two different parties; ties to an unknown party are
    left out, since they can be neither."""
    ties = cross = 0
    weight = cross_weight = 0.0
    for a, b, w in G.edges(data="weight", default=1):
        pa, pb = G.nodes[a].get("party"), G.nodes[b].get("party")
        if not pa or not pb:
            continue
        ties += 1
        weight += w
        if pa != pb:
            cross += 1
            cross_weight += w
    return CrossParty(ties, cross, weight, cross_weight)


@dataclass(frozen=True)
class PartyLine:
    """How often a member voted against the majority of their own party in roll calls."""

    person: str
    name: str
    party: str
    votes: int  # roll calls in which the member's party had a majority line (two or more members voting)
    against: int

    @property
    def share(self) -> float:
        return self.against / self.votes if self.votes else 0.0


def votes_against_party(votes: Iterable[RollCallVote]) -> list[PartyLine]:
    """Per member: roll calls counted and how many went against their party's majority, most rebellious first.

    A party's line in one vote is the choice (yes, no, abstain) most of its members present made, the member
    included.  Votes where the party had a single member present, or split evenly, have no line and are not
    counted; members without a known party are left out.
    """
    votes = [v for v in votes if v.party]
    choices: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for v in votes:
        choices[(v.vote, v.party)][v.choice] += 1
    line: dict[tuple[str, str], str] = {}
    for key, counts in choices.items():
        ranked = counts.most_common()
        if sum(counts.values()) >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            line[key] = ranked[0][0]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    who: dict[str, RollCallVote] = {}
    for v in votes:
        majority = line.get((v.vote, v.party))
        if majority is None:
            continue
        who[v.person] = v
        tally[v.person][0] += 1
        tally[v.person][1] += v.choice != majority
    out = [PartyLine(p, who[p].name, who[p].party, n, k) for p, (n, k) in tally.items()]
    return sorted(out, key=lambda d: (-d.against, -d.share, d.name, d.person))


@dataclass(frozen=True)
class Community:
    index: int
    size: int
    members: list[str]  # labels of the most central members
    groups: str  # composition by party or kind, e.g. "S 3, V 1"


def _communities_of(G: nx.Graph) -> list[set[str]]:
    """The communities as annotated on the nodes (so the stats match the exported attribute), else computed."""
    if G.number_of_nodes() and all("community" in d for _, d in G.nodes(data=True)):
        by: dict[int, set[str]] = defaultdict(set)
        for n, c in G.nodes(data="community"):
            by[int(c)].add(n)
        return [by[i] for i in sorted(by)]
    return communities(G)


@dataclass
class Summary:
    """What ``kommungraf network KIND --stats`` prints."""

    kind: str
    nodes: int
    edges: int
    top: list[NodeScore]
    communities: list[Community]
    cross_party: CrossParty | None = None
    party_lines: list[PartyLine] = field(default_factory=list)


def summarize(G: nx.Graph, *, top: int = 10, votes: Iterable[RollCallVote] = (),
              show_members: int = 6) -> Summary:
    """The top nodes, the communities with their make-up, and for co-signing the cross-party share and the
    members' votes against their party."""
    scores = node_scores(G)
    rank = {s.node: i for i, s in enumerate(scores)}
    comms = []
    for i, members in enumerate(_communities_of(G)):
        ordered = sorted(members, key=rank.__getitem__)
        groups = Counter(str(G.nodes[n].get("group", "")) for n in members)
        comms.append(Community(i, len(members), [str(G.nodes[n].get("label", n)) for n in ordered[:show_members]],
                               ", ".join(f"{g} {k}" for g, k in sorted(groups.items(), key=lambda x: (-x[1], x[0])))))
    kind = str(G.graph.get("kind", ""))
    cross = cross_party_share(G) if kind == "co-signing" else None
    return Summary(kind, G.number_of_nodes(), G.number_of_edges(), scores[:top], comms, cross,
                   votes_against_party(votes))
