"""kommungraf network — project the graph into a network: statistics, files for Gephi, pictures, a web page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import QueryError
from . import add_store_option

if TYPE_CHECKING:  # the network package pulls in numpy and networkx: only when the command runs
    import networkx as nx

    from ..network.projections import RollCallVote

KINDS = ("co-signing", "endorsement", "case-flow", "agreements", "membership")  # as kommungraf.network.KINDS
FORMATS = ("graphml", "gexf", "json", "html", "png", "svg")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "network", help="networks: who signs with whom, endorsements, case flow, agreements, membership",
        description="Project the knowledge graph into a network of KIND and print its statistics (--stats, the "
                    "default) or write it as GraphML/GEXF (Gephi, Cytoscape), node-link JSON, an interactive "
                    "HTML page, or a PNG/SVG picture.")
    p.add_argument("kind", metavar="KIND", choices=KINDS, help=" | ".join(KINDS))
    add_store_option(p)
    p.add_argument("--endpoint", metavar="URL", help="read a remote SPARQL endpoint instead of the store")
    p.add_argument("--municipality", metavar="M", help='only this municipality ("Solna", "Solna stad" or an IRI)')
    p.add_argument("--body", metavar="B", help='only this body ("Kommunstyrelsen" in any municipality, or an IRI)')
    p.add_argument("--party", metavar="P", help='only acts, edges or members of this party ("S", "MP" …)')
    p.add_argument("--from", dest="date_from", metavar="DATE", help="only meetings on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only meetings on or before YYYY-MM-DD")
    p.add_argument("--stats", action="store_true", help="print the top nodes and the communities")
    p.add_argument("--format", "-f", choices=FORMATS, help="write the network in this format "
                   "(default: from the --output suffix)")
    p.add_argument("--output", "-o", type=Path, metavar="FILE", help="the file to write (default: standard output)")
    p.add_argument("--labels", type=int, default=20, metavar="N", help="label the N most central nodes (pictures)")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many top nodes --stats lists")
    p.add_argument("--link-base", metavar="URL", default=None,
                   help="where `kommungraf serve` runs, for the HTML page's links (default http://127.0.0.1:8000)")
    p.add_argument("--size", metavar="WxH", default="1600x1200", help="picture size in pixels (png, svg)")
    p.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise QueryError(f"--size needs WIDTHxHEIGHT in pixels, e.g. 1600x1200, not {text!r}") from None
    if not (100 <= w <= 10000 and 100 <= h <= 10000):
        raise QueryError("--size: each side must be between 100 and 10000 pixels")
    return w, h


def run(args: argparse.Namespace) -> int:
    from ..api import open_endpoint, open_store
    from ..network import build_network, render, roll_calls
    from ..network.formats import format_for
    from ..network.projections import Filters

    fmt = args.format or (format_for(args.output) if args.output else None)
    if fmt == "png" and args.output is None and sys.stdout.isatty():
        raise QueryError("a PNG goes to a file: add --output FILE.png")
    width, height = _size(args.size)
    source = open_endpoint(args.endpoint) if args.endpoint else open_store(args.store, read_only=True)
    G = build_network(source, args.kind, municipality=args.municipality, body=args.body, party=args.party,
                      date_from=args.date_from, date_to=args.date_to)
    if G.number_of_nodes() == 0:
        # A misspelt municipality, body or party gives an empty network, which must not read as "no data".
        asked = Filters(args.municipality, args.body, args.party, args.date_from, args.date_to).describe()
        where = ", ".join(f"{k.replace('date_', '')} {v!r}" for k, v in asked.items()) or "the whole store"
        print(f"kommungraf: note: the network is empty: nothing matches ({where}); names are matched as the "
              f"minutes write them (`kommungraf query people`, `kommungraf status` list them)", file=sys.stderr)
    if fmt is not None:
        data = render(G, fmt, title=str(G.graph.get("title")), link_base=args.link_base, labels=args.labels,
                      width=width, height=height)
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_bytes(data)
            print(f"wrote {args.output} ({fmt}, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges)",
                  file=sys.stderr)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
    if args.stats or fmt is None:
        votes = roll_calls(source, Filters(args.municipality, args.body, args.party, args.date_from,
                                           args.date_to)) if args.kind == "co-signing" else []
        # Statistics go to stderr when the network itself went to standard output.
        print_stats(G, votes, top=args.top, stderr=fmt is not None and args.output is None)
    return 0


def print_stats(G: nx.Graph, votes: list[RollCallVote], *, top: int = 10, stderr: bool = False) -> None:
    """Rich tables: the most central nodes, the communities, and for co-signing the party-line measures."""
    from rich.console import Console
    from rich.table import Table

    from ..network.measures import summarize

    s = summarize(G, top=top, votes=votes)
    con = Console(stderr=stderr)
    con.print(f"[bold]{G.graph.get('title', s.kind)}[/bold]\n{s.nodes} nodes, {s.edges} edges"
              + (" (directed)" if G.is_directed() else ""))
    t = Table(title="Most central nodes")
    for col in ("node", "group", "degree", "weighted degree", "betweenness", "community"):
        t.add_column(col, justify="right" if col not in ("node", "group") else "left")
    for n in s.top:
        t.add_row(n.label, n.group, str(n.degree), f"{n.weighted_degree:g}", f"{n.betweenness:.3f}",
                  str(n.community))
    con.print(t)
    c = Table(title="Communities (Louvain)")
    for col in ("#", "size", "make-up", "most central members"):
        c.add_column(col, overflow="fold")
    for com in s.communities[:max(top, 10)]:
        c.add_row(str(com.index), str(com.size), com.groups, ", ".join(com.members))
    if len(s.communities) > max(top, 10):
        c.caption = f"… and {len(s.communities) - max(top, 10)} more"
    con.print(c)
    if s.cross_party is not None:
        x = s.cross_party
        con.print(f"Cross-party ties: {x.cross} of {x.ties} ties between known parties ({x.share:.0%}); "
                  f"by weight {x.cross_weight:g} of {x.weight:g} ({x.weighted_share:.0%})")
    if s.party_lines:
        v = Table(title="Roll calls: votes against the majority of one's own party")
        for col in ("member", "party", "roll calls", "against", "share"):
            v.add_column(col, justify="left" if col in ("member", "party") else "right")
        for d in s.party_lines[:max(top, 10)]:
            v.add_row(d.name, d.party, str(d.votes), str(d.against), f"{d.share:.0%}")
        con.print(v)
    elif s.kind == "co-signing":
        con.print("No roll calls (namnupprop) with a party line in these minutes.", style="dim")
