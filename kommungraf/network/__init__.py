"""Network views of the knowledge graph: projections, measures, and writers for Gephi, the web and print.

>>> import kommungraf
>>> from kommungraf.network import build_network, render_html
>>> kg = kommungraf.open("my-store")
>>> G = build_network(kg, "co-signing", municipality="Solna")      # a networkx.Graph
>>> page = render_html(G, "Samarbete i Solna", "http://127.0.0.1:8000")
"""

from __future__ import annotations

from .formats import FORMATS, draw, render, to_gexf, to_graphml, to_json
from .html import DEFAULT_LINK_BASE, render_html
from .measures import annotate, cross_party_share, summarize, votes_against_party
from .projections import KINDS, Filters, build_network, roll_calls

__all__ = [
    "DEFAULT_LINK_BASE", "FORMATS", "KINDS", "Filters", "annotate", "build_network", "cross_party_share",
    "draw", "render", "render_html", "roll_calls", "summarize", "to_gexf", "to_graphml", "to_json",
    "votes_against_party",
]
