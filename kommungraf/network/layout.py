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

import networkx as nx
import numpy as np

Positions = dict[str, tuple[float, float]]

EXACT_UP_TO = 600
SAMPLE = 256
SEED = 7


def force_layout(G: nx.Graph, *, seed: int = SEED, iterations: int | None = None) -> Positions:
    """Positions in the unit square for one connected graph."""
    nodes = list(G)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    if n == 2:
        return {nodes[0]: (0.0, 0.5), nodes[1]: (1.0, 0.5)}
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[a], index[b], float(w or 1)) for a, b, w in G.edges(data="weight", default=1) if a != b]
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    # Strong ties pull harder, but only logarithmically: one pair that signed 40 reservations together
    # must not collapse onto itself.
    wts = 1.0 + np.log1p(np.array([e[2] for e in edges], dtype=float) - 1.0).clip(0)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = 1.0 / math.sqrt(n)
    steps = iterations or (80 if n <= EXACT_UP_TO else 60)
    temperature = 0.1
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
    span = pos.max(0)
    pos /= np.where(span > 0, span, 1.0)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def layout(G: nx.Graph, *, seed: int = SEED, aspect: float = 4 / 3) -> Positions:
    """Positions for a whole network in a box of width ``aspect`` and height 1 (y grows downwards).

    Components are laid out separately, each in a square whose side grows with the square root of its size,
    and packed in rows about ``aspect`` times as wide as the stack is high.
    """
    if G.number_of_nodes() == 0:
        return {}
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    sides = [math.sqrt(len(c)) for c in comps]
    gap = 0.6
    area = sum((s + gap) ** 2 for s in sides)
    row_width = max(max(sides) + gap, math.sqrt(area * aspect))
    placed: list[tuple[list[str], float, float, float]] = []
    x = y = row_height = 0.0
    for comp, side in zip(comps, sides, strict=True):
        if x > 0 and x + side > row_width:
            x, y = 0.0, y + row_height + gap
            row_height = 0.0
        placed.append((comp, x, y, side))
        x += side + gap
        row_height = max(row_height, side)
    pos: Positions = {}
    for comp, x0, y0, side in placed:
        inner = force_layout(U.subgraph(comp), seed=seed) if len(comp) > 1 else {comp[0]: (0.5, 0.5)}
        for v, (px, py) in inner.items():
            pos[v] = (x0 + px * side, y0 + py * side)
    return _fit(pos, aspect)


def _fit(pos: Positions, aspect: float) -> Positions:
    """Scale into [0, aspect] × [0, 1] keeping proportions, centred."""
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    s = min(aspect / w, 1.0 / h)
    ox = (aspect - w * s) / 2 - min(xs) * s
    oy = (1.0 - h * s) / 2 - min(ys) * s
    return {v: (x * s + ox, y * s + oy) for v, (x, y) in pos.items()}
