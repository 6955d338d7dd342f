"""Node positions for the pictures and the interactive page.

networkx's spring layout needs scipy above 500 nodes and its dense fallback takes over ten seconds at 2,000, so
this module has its own force-directed layout (Fruchterman–Reingold with numpy): exact repulsion for small
components, repulsion from a fresh random sample of nodes each step for large ones (linear in the nodes per
step).  Each connected component is laid out on its own and the components are packed in rows, largest first,
so a network of many small groups (the usual case: one council's politicians per municipality) fills the
picture instead of drifting apart.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
import numpy as np

Positions = dict[str, tuple[float, float]]

EXACT_UP_TO = 600
COARSEN_ABOVE = 300
SAMPLE = 256
SEED = 7


def force_layout(G: nx.Graph, *, seed: int = SEED, iterations: int | None = None,
                 initial: Positions | None = None, temperature: float = 0.1) -> Positions:
    """Positions in the unit square (proportions kept) for one graph, from random or ``initial`` positions."""
    nodes = list(G)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    if n == 2 and initial is None:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[a], index[b], float(w or 1)) for a, b, w in G.edges(data="weight", default=1) if a != b]
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    # Strong ties pull harder, but only logarithmically: one pair that signed 40 reservations together
    # must not collapse onto itself.
    wts = 1.0 + np.log1p(np.array([e[2] for e in edges], dtype=float) - 1.0).clip(0)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) if initial is None else np.array([initial[v] for v in nodes], dtype=float)
    k = 1.0 / math.sqrt(n)
    steps = iterations or (80 if n <= EXACT_UP_TO else 60)
    cooling = temperature / (steps + 1)
    for _ in range(steps):
        if n <= EXACT_UP_TO:
            others = pos
            scale = 1.0
        else:
            sample = rng.choice(n, SAMPLE, replace=False)
            others = pos[sample]
            scale = (n - 1) / SAMPLE
        dx = pos[:, 0:1] - others[None, :, 0]
        dy = pos[:, 1:2] - others[None, :, 1]
        push = k * k / np.maximum(dx * dx + dy * dy, 1e-6)
        disp = np.stack(((dx * push).sum(1), (dy * push).sum(1)), axis=1) * scale
        if len(edges):
            d = pos[src] - pos[dst]
            dist = np.sqrt((d ** 2).sum(-1)).clip(1e-6)
            pull = d * (dist * wts / k)[:, None]
            for axis in (0, 1):  # bincount sums per node far faster than np.add.at
                disp[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
        length = np.sqrt((disp ** 2).sum(-1)).clip(1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.min(0)
    pos /= max(float(pos.max()), 1e-9)  # keep the proportions: a chain stays long and thin
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def ordered_subgraph(G: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """The subgraph of ``nodes`` with its nodes and edges in ``G``'s order.

    Why: networkx's subgraph view walks a small node set in set order, which changes with Python's string hashing
    from one run to the next, and the layout starts each node from the random position of its index: the same
    network was drawn differently on every run."""
    keep = set(nodes)
    order = [v for v in G if v in keep]
    index = {v: i for i, v in enumerate(order)}
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from((v, G.nodes[v]) for v in order)
    # Neighbours in node order too: the undirected view of a directed network keeps them in a set.
    H.add_edges_from((a, b, G.adj[a][b]) for a in order
                     for b in sorted((b for b in G.adj[a] if b in keep), key=index.__getitem__))
    return H


def component_layout(G: nx.Graph, *, seed: int = SEED) -> Positions:
    """One connected component; a large one is laid out community by community, then refined as a whole.

    A force layout started from random positions leaves a large network a hairball: it cannot untangle
    hundreds of nodes in a few dozen steps.  So the Louvain communities (the ``community`` attribute, when
    the measures are on the graph) are placed first, as nodes of their own quotient graph, each community is
    laid out inside its disc, and a short, cool global pass lets ties between communities settle.
    """
    n = G.number_of_nodes()
    if n <= COARSEN_ABOVE:
        return force_layout(G, seed=seed)
    groups: dict[Any, list[str]] = defaultdict(list)
    if all("community" in d for _, d in G.nodes(data=True)):
        for v, c in G.nodes(data="community"):
            groups[c].append(v)
    else:
        order = {v: i for i, v in enumerate(G)}
        for i, c in enumerate(nx.community.louvain_communities(G, weight="weight", seed=seed)):
            groups[i] = sorted(c, key=order.__getitem__)
    if len(groups) < 3:
        return force_layout(G, seed=seed)
    where = {v: c for c, members in groups.items() for v in members}
    Q = nx.Graph()
    Q.add_nodes_from(groups)
    for a, b, w in G.edges(data="weight", default=1):
        ca, cb = where[a], where[b]
        if ca != cb:
            Q.add_edge(ca, cb, weight=Q.get_edge_data(ca, cb, {"weight": 0})["weight"] + float(w or 1))
    centres = force_layout(Q, seed=seed)
    initial: Positions = {}
    for c, members in groups.items():
        inner = force_layout(ordered_subgraph(G, members), seed=seed)
        radius = 0.45 * math.sqrt(len(members) / n)
        cx, cy = centres[c]
        for v in members:
            px, py = inner[v]
            initial[v] = (cx + (px - 0.5) * 2 * radius, cy + (py - 0.5) * 2 * radius)
    return force_layout(G, seed=seed, initial=initial, temperature=0.004, iterations=15)


def layout(G: nx.Graph, *, seed: int = SEED, aspect: float = 4 / 3) -> Positions:
    """Positions for a whole network in a box of width ``aspect`` and height 1 (y grows downwards).

    Components are laid out separately, each in a square whose side grows with the square root of its size,
    and packed in rows about ``aspect`` times as wide as the stack is high.
    """
    if G.number_of_nodes() == 0:
        return {}
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    # Pairs and triangles get a little more room than their size asks for: their labels need it.
    sides = [math.sqrt(len(c)) if len(c) == 1 or len(c) > 3 else 2.0 for c in comps]
    inner = [component_layout(ordered_subgraph(U, c), seed=seed) if len(c) > 1 else {c[0]: (0.0, 0.0)}
             for c in comps]
    boxes = []
    for side, p in zip(sides, inner, strict=True):
        xs, ys = [q[0] for q in p.values()], [q[1] for q in p.values()]
        boxes.append((side * (max(xs) - min(xs)), side * (max(ys) - min(ys))))
    gap = 1.0
    # Try a range of row widths and keep the packing that fills the target box best (largest drawing scale).
    widest = max(w for w, _ in boxes) + gap
    total = sum(w + gap for w, _ in boxes)
    candidates = [widest + (total - widest) * (i / 24) ** 2 for i in range(25)]
    best = max(candidates, key=lambda rw: _scale(_pack(boxes, rw, gap)[1], aspect))
    offsets, _size = _pack(boxes, best, gap)
    pos: Positions = {}
    for side, p, (x, y) in zip(sides, inner, offsets, strict=True):
        for v, (px, py) in p.items():
            pos[v] = (x + px * side, y + py * side)
    return _fit(pos, aspect)


def _pack(boxes: list[tuple[float, float]], row_width: float,
          gap: float) -> tuple[list[tuple[float, float]], tuple[float, float]]:
    """Shelf packing: boxes left to right in rows of at most ``row_width``; offsets and the total size."""
    offsets = []
    x = y = row_height = width = 0.0
    for w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y = 0.0, y + row_height + gap
            row_height = 0.0
        offsets.append((x, y))
        width = max(width, x + w)
        x += w + gap
        row_height = max(row_height, h)
    return offsets, (width, y + row_height)


def _scale(size: tuple[float, float], aspect: float) -> float:
    w, h = size
    return min(aspect / max(w, 1e-9), 1.0 / max(h, 1e-9))


def _fit(pos: Positions, aspect: float) -> Positions:
    """Scale into [0, aspect] × [0, 1] keeping proportions, centred."""
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    s = min(aspect / w, 1.0 / h)
    ox = (aspect - w * s) / 2 - min(xs) * s
    oy = (1.0 - h * s) / 2 - min(ys) * s
    return {v: (x * s + ox, y * s + oy) for v, (x, y) in pos.items()}
