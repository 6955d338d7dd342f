"""Writing networks: GraphML and GEXF (Gephi, Cytoscape), node-link JSON, and PNG/SVG pictures."""

from __future__ import annotations

import io
import json
import math
import textwrap
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import QueryError
from .layout import Positions, layout
from .measures import central_nodes
from .style import UNKNOWN_COLOUR, hex_to_rgb

FORMATS = ("graphml", "gexf", "json", "html", "png", "svg")
BINARY_FORMATS = ("png",)
SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".html": "html", ".htm": "html",
            ".png": "png", ".svg": "svg"}


def format_for(path: str | Path) -> str:
    """The format a file name asks for by its suffix."""
    fmt = SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise QueryError(f"cannot tell the format of {path}; give --format ({', '.join(FORMATS)})")
    return fmt


def _plain(value: Any) -> str | int | float | bool:
    """A value GraphML and GEXF can type: str, int, float or bool (lists joined, anything else as text)."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(map(str, value))
    return "" if value is None else str(value)


def clean_copy(G: nx.Graph) -> nx.Graph:
    """A copy whose graph, node and edge attributes are all of types GraphML can carry."""
    H = G.__class__()
    H.graph.update({k: _plain(v) for k, v in G.graph.items()})
    H.add_nodes_from((n, {k: _plain(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    H.add_edges_from((a, b, {k: _plain(v) for k, v in d.items()}) for a, b, d in G.edges(data=True))
    return H


def to_graphml(G: nx.Graph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(clean_copy(G), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def to_gexf(G: nx.Graph, pos: Positions | None = None) -> bytes:
    """GEXF 1.2 with Gephi's ``viz`` colour, size and (from our layout) position for every node."""
    H = clean_copy(G)
    pos = pos if pos is not None else layout(G)
    for n, d in H.nodes(data=True):
        r, g, b = hex_to_rgb(str(d.get("colour") or UNKNOWN_COLOUR))
        x, y = pos.get(n, (0.0, 0.0))
        d["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                    "size": float(4 + 3 * math.sqrt(H.degree(n))),
                    "position": {"x": round(x * 1000, 2), "y": round(-y * 1000, 2), "z": 0.0}}
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buf.getvalue()


def to_json(G: nx.Graph) -> str:
    """Node-link JSON (``nodes`` and ``links``), as d3 and ``networkx.node_link_graph(..., edges="links")`` read."""
    data = nx.node_link_data(clean_copy(G), edges="links")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------------- pictures


def _sizes(G: nx.Graph, nodes: list[str], area: float) -> list[float]:
    """Marker areas (points²) by degree, shrinking as the picture fills up so 2,000 nodes stay apart."""
    per_node = area / max(len(nodes), 1)
    base = max(3.0, min(90.0, per_node * 0.012))
    top = max((G.degree(n) for n in nodes), default=1) or 1
    return [base * (0.7 + 3.0 * math.sqrt(G.degree(n) / top)) for n in nodes]


def draw(G: nx.Graph, fmt: str = "png", *, width: int = 1600, height: int = 1200, dpi: int = 100,
         labels: int = 20, title: str | None = None, pos: Positions | None = None) -> bytes:
    """A picture of the network as PNG or SVG bytes, exactly ``width`` × ``height`` pixels (PNG).

    Colour by party (or by kind of organisation), size by degree, a legend of the colours present, and labels
    only on the ``labels`` most central nodes.  Drawn with matplotlib's object API on an Agg canvas: no
    pyplot state, no display needed.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patheffects import withStroke

    if fmt not in ("png", "svg"):
        raise QueryError(f"draw makes png or svg, not {fmt}")
    legend = legend_entries(G)
    top = 0.93 if title else 0.99
    # The legend gets a column of its own at the right, so it never hides nodes.
    right = 0.84 if legend else 0.99
    box = (0.01, 0.01, right - 0.01, top - 0.01)
    aspect = (box[2] * width) / (box[3] * height)
    pos = pos if pos is not None else layout(G, aspect=aspect)
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes(box)
    ax.set_axis_off()
    ax.set_xlim(-0.05 * aspect, aspect * 1.05)  # room for the labels of nodes at the edge
    ax.set_ylim(1.03, -0.03)  # y grows downwards, as in the layout and on the web page
    n = G.number_of_nodes()
    if title:
        fig.text(0.5, 0.975, title, ha="center", va="center", fontsize=13, wrap=True)
    if n == 0:
        ax.text(aspect / 2, 0.5, "(inga noder — tomt nätverk)", ha="center", va="center", fontsize=14)
    nodes = list(G)
    weights = [float(w) for _, _, w in G.edges(data="weight", default=1)]
    wmax = max(weights, default=1.0)
    # Large networks: thin, faint edges, so clusters read as clouds and the nodes stay visible.
    big = n > 500
    thin, thick = (0.15, 0.9) if big else (0.6, 2.2)
    segments = [(pos[a], pos[b]) for a, b in G.edges()]
    widths = [thin + thick * math.sqrt(w / wmax) for w in weights]
    colours = [("#c0392b" if d.get("cross_party") else "#6d6d6d") for _, _, d in G.edges(data=True)]
    alpha = 0.1 if big else 0.55
    if G.is_directed() and G.number_of_edges() <= 300:
        from matplotlib.patches import FancyArrowPatch

        for (p, q), lw, c in zip(segments, widths, colours, strict=True):
            ax.add_patch(FancyArrowPatch(p, q, arrowstyle="-|>", mutation_scale=8 + 2 * lw, lw=lw, color=c,
                                         alpha=alpha + 0.2, shrinkA=6, shrinkB=9,
                                         connectionstyle="arc3,rad=0.08"))
    elif segments:
        ax.add_collection(LineCollection(segments, linewidths=widths, colors=colours, alpha=alpha, zorder=1))
    sizes = _sizes(G, nodes, width * height / dpi / dpi * 72 * 72)
    # People and parties are dots; organisations squares (in the bipartite membership network, the bodies).
    square = {i for i, v in enumerate(nodes) if G.nodes[v].get("kind") not in ("person", "parti")}
    for marker, idx in (("o", [i for i in range(n) if i not in square]), ("s", sorted(square))):
        if not idx:
            continue
        ax.scatter([pos[nodes[i]][0] for i in idx], [pos[nodes[i]][1] for i in idx],
                   s=[sizes[i] for i in idx], c=[G.nodes[nodes[i]].get("colour", UNKNOWN_COLOUR) for i in idx],
                   marker=marker, edgecolors="white", linewidths=0.4 if n > 500 else 0.8, zorder=2)
    # A white halo keeps labels readable over edges; in SVG a box instead, since a path effect would turn the
    # text into outlines and it could no longer be searched or selected.
    halo: dict[str, Any] = ({"path_effects": [withStroke(linewidth=2.5, foreground="white")]} if fmt == "png"
                            else {"bbox": {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75}})
    size_of = dict(zip(nodes, sizes, strict=True))
    for v in central_nodes(G, labels):
        # Above the marker (its radius in points is sqrt(area)/2), wrapped so long body names stay narrow.
        ax.annotate(textwrap.fill(str(G.nodes[v].get("label", v)), 22), pos[v],
                    xytext=(0, 4 + math.sqrt(size_of[v]) / 2), textcoords="offset points", ha="center",
                    va="bottom", multialignment="center", fontsize=8 if n > 200 else 9, zorder=3, **halo)
    if legend:
        shapes = {str(d.get("group", "")): "o" if d.get("kind") in ("person", "parti") else "s"
                  for _, d in G.nodes(data=True)}
        handles = [Line2D([], [], marker=shapes.get(g, "o"), linestyle="", markersize=8, markerfacecolor=c,
                          markeredgecolor="white", label=f"{g} ({k})") for g, c, k in legend]
        if any(d.get("cross_party") for _, _, d in G.edges(data=True)):
            handles.append(Line2D([], [], color="#c0392b", lw=2, label="över partigräns"))
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(right + 0.005, top), fontsize=9,
                   frameon=False, title="färg (antal)", title_fontsize=9, alignment="left")
    buf = io.BytesIO()
    # SVG text stays text (searchable, selectable, small) instead of glyph outlines; a fixed salt for its ids and
    # no date, so the same network gives the same bytes on every run.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kommungraf"}):
        fig.savefig(buf, format=fmt, dpi=dpi, facecolor="white", metadata={"Date": None} if fmt == "svg" else None)
    return buf.getvalue()


def legend_entries(G: nx.Graph) -> list[tuple[str, str, int]]:
    """(group, colour, number of nodes) for each group present, largest first."""
    count: dict[str, int] = {}
    colour: dict[str, str] = {}
    for _, d in G.nodes(data=True):
        g = str(d.get("group", ""))
        if not g:
            continue
        count[g] = count.get(g, 0) + 1
        colour.setdefault(g, str(d.get("colour") or UNKNOWN_COLOUR))
    return [(g, colour[g], count[g]) for g in sorted(count, key=lambda g: (-count[g], g))]


# ---------------------------------------------------------------------------------------------------- dispatch


def render(G: nx.Graph, fmt: str, *, title: str | None = None, link_base: str | None = None, labels: int = 20,
           width: int = 1600, height: int = 1200) -> bytes:
    """The network in one of :data:`FORMATS`, as bytes (text formats UTF-8)."""
    if fmt == "graphml":
        return to_graphml(G)
    if fmt == "gexf":
        return to_gexf(G)
    if fmt == "json":
        return to_json(G).encode("utf-8")
    if fmt in ("png", "svg"):
        return draw(G, fmt, width=width, height=height, labels=labels, title=title)
    if fmt == "html":
        from .html import DEFAULT_LINK_BASE, render_html

        return render_html(G, title or str(G.graph.get("title", "kommungraf")), link_base or DEFAULT_LINK_BASE,
                           labels=labels).encode("utf-8")
    raise QueryError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
