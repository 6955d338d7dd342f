"""A self-contained interactive page for a network: inline SVG drawn from a layout computed in Python, and a
little of our own JavaScript for zoom (wheel), pan and node dragging, hover details with a link to the node's
page on ``kommungraf serve``, and filtering by party.

Nothing is loaded from anywhere: no CDN, no fonts, no images; a Content-Security-Policy in the page forbids
fetching anything.  Every text from the graph is escaped (HTML-escaped in the markup; in the embedded JSON,
``<``, ``>`` and ``&`` are \\u-escaped so no text can close the script element).
"""

from __future__ import annotations

import html
import json
import math
import re
import textwrap
from typing import Any

import networkx as nx

from ..links import DEFAULT_LINK_BASE, check_link_base, page_link
from .formats import legend_entries
from .layout import Positions, layout
from .measures import central_nodes
from .style import UNKNOWN_COLOUR

HEIGHT = 1000.0  # the drawing's own units; the page scales it to the window
LINE = 1.1  # line height of wrapped labels, in em

#: Node attributes shown in the hover box, in this order, with Swedish captions; others follow as they are.
DETAILS = {
    "kind": "typ", "party": "parti", "name": "namn", "municipality": "kommun", "degree": "grad",
    "weighted_degree": "viktad grad", "betweenness": "mellanhet", "community": "grupp (Louvain)",
    "acts": "yrkanden/reservationer/uttalanden", "roll_call_votes": "omröstningar med partilinje",
    "votes_against_party": "röster mot partiets majoritet", "statements": "uttalanden",
    "agreements": "avtal",
}
HIDDEN = {"label", "colour", "group", "bipartite"}

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _colour(value: Any) -> str:
    return value if isinstance(value, str) and _COLOUR.match(value) else UNKNOWN_COLOUR


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or start a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _details(n: str, d: dict[str, Any]) -> list[list[str]]:
    rows = [[DETAILS[k], str(d[k])] for k in DETAILS if d.get(k) not in (None, "")]
    rows += [[k, str(v)] for k, v in sorted(d.items()) if k not in DETAILS and k not in HIDDEN
             and v not in (None, "")]
    rows.append(["IRI", n])
    return rows


def render_html(G: nx.Graph, title: str, link_base: str = DEFAULT_LINK_BASE, *, labels: int = 25,
                pos: Positions | None = None, aspect: float = 1.5) -> str:
    """The network as one self-contained HTML page (the CLI's ``--format html`` and the server use this).

    ``link_base`` is where ``kommungraf serve`` runs (``http://127.0.0.1:8000`` by default; "" or a path gives
    links on the same server as the page): each node with a kommungraf IRI links to ``{link_base}/id/…``.
    """
    link_base = check_link_base(link_base)
    pos = pos if pos is not None else layout(G, aspect=aspect)
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    width = HEIGHT * aspect
    font = max(11.0, min(15.0, 260.0 / math.sqrt(max(n, 1))))
    # Labels of nodes at the sides need room: half a wrapped line of 22 characters.
    mx, my = 7.0 * font, 3.5 * font
    scale = min((width - 2 * mx) / aspect, HEIGHT - 2 * my)
    ox, oy = (width - aspect * scale) / 2, (HEIGHT - scale) / 2
    xy = {v: (ox + pos[v][0] * scale, oy + pos[v][1] * scale) for v in nodes}
    base_r = max(1.5, min(9.0, 90.0 / math.sqrt(max(n, 1))))
    top = max((G.degree(v) for v in nodes), default=1) or 1
    radius = {v: base_r * (0.8 + 1.6 * math.sqrt(G.degree(v) / top)) for v in nodes}
    directed = G.is_directed()
    wmax = max((float(w) for _, _, w in G.edges(data="weight", default=1)), default=1.0)

    lines = []
    edges = []
    for a, b, d in G.edges(data=True):
        (x1, y1), (x2, y2) = _ends(xy[a], xy[b], radius[a], radius[b], directed)
        w = 0.4 + 2.6 * math.sqrt(float(d.get("weight", 1)) / wmax) * (0.5 if n > 500 else 1.0)
        cls = "e x" if d.get("cross_party") else "e"
        arrow = ' marker-end="url(#kg-arrow)"' if directed else ""
        lines.append(f'<line class="{cls}" data-k="{len(edges)}" x1="{_num(x1)}" y1="{_num(y1)}" '
                     f'x2="{_num(x2)}" y2="{_num(y2)}" stroke-width="{_num(w)}"{arrow}/>')
        edges.append([index[a], index[b]])
    circles = []
    for v in nodes:
        d = G.nodes[v]
        shape = "n" if d.get("kind") in ("person", "parti", None) else "n o"
        circles.append(f'<circle class="{shape}" data-i="{index[v]}" cx="{_num(xy[v][0])}" cy="{_num(xy[v][1])}" '
                       f'r="{_num(radius[v])}" fill="{_colour(d.get("colour"))}"/>')
    texts = []
    for v in central_nodes(G, labels):
        x, y = xy[v]
        # Long names (bodies with their municipality) on two or three short lines, as in the pictures.
        rows = textwrap.wrap(str(G.nodes[v].get("label", v)), 22, break_long_words=False) or [""]
        top = y - radius[v] - 3 - (len(rows) - 1) * font * LINE
        spans = "".join(f'<tspan x="{_num(x)}" dy="{0 if i == 0 else LINE}em">{html.escape(row)}</tspan>'
                        for i, row in enumerate(rows))
        texts.append(f'<text class="l" data-i="{index[v]}" x="{_num(x)}" y="{_num(top)}" '
                     f'font-size="{_num(font)}">{spans}</text>')
    groups = legend_entries(G)
    data = {
        "nodes": [{"label": str(G.nodes[v].get("label", v)), "group": str(G.nodes[v].get("group", "")),
                   "x": round(xy[v][0], 1), "y": round(xy[v][1], 1), "r": round(radius[v], 2),
                   "link": page_link(v, link_base), "details": _details(v, G.nodes[v])} for v in nodes],
        "edges": edges,
        "directed": directed,
    }
    checks = "\n".join(
        f'<label><input type="checkbox" checked data-g="{html.escape(g)}">'
        f'<span class="sw" style="background:{_colour(c)}"></span>{html.escape(g)} ({k})</label>'
        for g, c, k in groups)
    t = html.escape(title)
    return _PAGE.format(
        title=t, nodes=n, edges=G.number_of_edges(), width=_num(width), height=_num(HEIGHT),
        lines="\n".join(lines), circles="\n".join(circles), texts="\n".join(texts), checks=checks,
        data=_script_json(data), script=_SCRIPT, kind=html.escape(str(G.graph.get("kind", ""))),
        directed_note="Pilarna visar riktningen." if directed else "", size_class="big" if n > 500 else "",
    )


def _ends(p: tuple[float, float], q: tuple[float, float], rp: float, rq: float,
          directed: bool) -> tuple[tuple[float, float], tuple[float, float]]:
    """A directed edge stops at the rim of its target, so the arrowhead shows (the script does the same)."""
    if not directed:
        return p, q
    dx, dy = q[0] - p[0], q[1] - p[1]
    dist = math.hypot(dx, dy) or 1.0
    return (p[0] + dx / dist * rp, p[1] + dy / dist * rp), (q[0] - dx / dist * (rq + 1), q[1] - dy / dist * (rq + 1))


# The page.  Doubled braces are literal braces (str.format).
_PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; \
style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="kommungraf">
<title>{title}</title>
<style>
html, body {{ margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; background: #fafafa; }}
#kg-side {{ position: absolute; top: 0; left: 0; width: 250px; bottom: 0; overflow: auto; padding: 12px;
  box-sizing: border-box; background: #fff; border-right: 1px solid #ddd; }}
#kg-side h1 {{ font-size: 15px; margin: 0 0 6px; }}
#kg-side label {{ display: block; cursor: pointer; white-space: nowrap; }}
#kg-side .sw {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin: 0 5px 0 3px;
  vertical-align: -1px; }}
#kg-side p {{ color: #555; font-size: 12px; }}
#kg-svg {{ position: absolute; left: 250px; top: 0; right: 0; bottom: 0; width: calc(100% - 250px);
  height: 100%; cursor: grab; touch-action: none; background: #fff; }}
#kg-svg.moving {{ cursor: grabbing; }}
line.e {{ stroke: #777; stroke-opacity: .45; }}
line.e.x {{ stroke: #c0392b; }}
#kg-svg.big line.e {{ stroke-opacity: .12; }}
circle.n {{ stroke: #fff; stroke-width: .8; cursor: pointer; }}
circle.n.o {{ stroke: #333; }}
circle.n.hi {{ stroke: #000; stroke-width: 2.5; }}
text.l {{ text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 3px; fill: #111;
  pointer-events: none; }}
.off {{ display: none; }}
#kg-tip {{ position: fixed; max-width: 360px; background: #fff; border: 1px solid #999; border-radius: 4px;
  padding: 6px 8px; box-shadow: 0 2px 6px rgba(0,0,0,.2); font-size: 12px; z-index: 2; }}
#kg-tip table {{ border-collapse: collapse; margin: 4px 0; }}
#kg-tip td {{ padding: 0 6px 0 0; vertical-align: top; word-break: break-all; }}
#kg-tip td:first-child {{ color: #666; word-break: normal; white-space: nowrap; }}
button {{ margin-top: 8px; }}
</style>
</head>
<body>
<div id="kg-side">
<h1>{title}</h1>
<div><span id="kg-count">{nodes}</span> noder, {edges} kanter</div>
<p>Scrolla för att zooma, dra i bakgrunden för att panorera och i en nod för att flytta den. Håll musen över en
nod för detaljer; klicka för att låsa rutan och följa länken. {directed_note}</p>
<div id="kg-groups">
{checks}
</div>
<button type="button" id="kg-reset">Återställ vyn</button>
</div>
<svg id="kg-svg" class="{size_class}" data-kind="{kind}" viewBox="0 0 {width} {height}"
 preserveAspectRatio="xMidYMid meet" role="img" aria-label="{title}">
<defs><marker id="kg-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6"
 orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>
<g id="kg-view">
<g id="kg-edges">
{lines}
</g>
<g id="kg-nodes">
{circles}
</g>
<g id="kg-labels">
{texts}
</g>
</g>
</svg>
<div id="kg-tip" hidden></div>
<script type="application/json" id="kg-data">{data}</script>
<script>
{script}
</script>
</body>
</html>
"""

_SCRIPT = r"""(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("kg-svg");
  var view = document.getElementById("kg-view");
  var tip = document.getElementById("kg-tip");
  var nodeEl = [], labelEl = [], edgeEl = [], incident = [];
  var i;
  for (i = 0; i < data.nodes.length; i++) { incident.push([]); }
  svg.querySelectorAll("circle.n").forEach(function (c) { nodeEl[+c.getAttribute("data-i")] = c; });
  svg.querySelectorAll("text.l").forEach(function (t) { labelEl[+t.getAttribute("data-i")] = t; });
  svg.querySelectorAll("line.e").forEach(function (l) { edgeEl[+l.getAttribute("data-k")] = l; });
  data.edges.forEach(function (e, k) { incident[e[0]].push(k); incident[e[1]].push(k); });

  var t = {x: 0, y: 0, k: 1};
  function apply() { view.setAttribute("transform", "translate(" + t.x + "," + t.y + ") scale(" + t.k + ")"); }
  function toSvg(evt) {
    var p = svg.createSVGPoint();
    p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  function toGraph(evt) { var p = toSvg(evt); return {x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k}; }

  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = toSvg(evt);
    var k = Math.min(60, Math.max(0.2, t.k * Math.exp(-evt.deltaY * 0.0015)));
    t.x = p.x - (p.x - t.x) * (k / t.k);
    t.y = p.y - (p.y - t.y) * (k / t.k);
    t.k = k;
    apply();
  }, {passive: false});

  function placeEdge(k) {
    var e = data.edges[k], a = data.nodes[e[0]], b = data.nodes[e[1]], l = edgeEl[k];
    var x1 = a.x, y1 = a.y, x2 = b.x, y2 = b.y;
    if (data.directed) {
      var dx = x2 - x1, dy = y2 - y1, d = Math.sqrt(dx * dx + dy * dy) || 1;
      x1 += dx / d * a.r; y1 += dy / d * a.r; x2 -= dx / d * (b.r + 1); y2 -= dy / d * (b.r + 1);
    }
    l.setAttribute("x1", x1); l.setAttribute("y1", y1); l.setAttribute("x2", x2); l.setAttribute("y2", y2);
  }
  function moveNode(i, x, y) {
    var n = data.nodes[i];
    n.x = x; n.y = y;
    nodeEl[i].setAttribute("cx", x); nodeEl[i].setAttribute("cy", y);
    var label = labelEl[i];
    if (label) {
      var size = parseFloat(label.getAttribute("font-size")), lines = label.children.length;
      label.setAttribute("x", x);
      label.setAttribute("y", y - n.r - 3 - (lines - 1) * size * 1.1);
      for (var j = 0; j < lines; j++) { label.children[j].setAttribute("x", x); }
    }
    incident[i].forEach(placeEdge);
  }

  var pinned = null, drag = null;
  function show(i, evt) {
    var n = data.nodes[i];
    tip.textContent = "";
    var h = document.createElement("strong");
    h.textContent = n.label;
    tip.appendChild(h);
    var table = document.createElement("table");
    n.details.forEach(function (row) {
      var tr = document.createElement("tr");
      row.forEach(function (cell) {
        var td = document.createElement("td");
        td.textContent = cell;
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    tip.appendChild(table);
    if (n.link) {
      var a = document.createElement("a");
      a.href = n.link; a.textContent = "Öppna i kommungraf"; a.target = "_blank"; a.rel = "noopener";
      tip.appendChild(a);
    }
    tip.hidden = false;
    var x = evt.clientX + 14, y = evt.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) { x = Math.max(0, evt.clientX - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > window.innerHeight) { y = Math.max(0, evt.clientY - tip.offsetHeight - 14); }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hide() { if (pinned === null) { tip.hidden = true; } }
  function nodeOf(target) {
    return target && target.classList && target.classList.contains("n") ? +target.getAttribute("data-i") : null;
  }

  svg.addEventListener("pointerover", function (evt) {
    var i = nodeOf(evt.target);
    if (i !== null && pinned === null && drag === null) { nodeEl[i].classList.add("hi"); show(i, evt); }
  });
  svg.addEventListener("pointerout", function (evt) {
    var i = nodeOf(evt.target);
    if (i !== null && pinned !== i) { nodeEl[i].classList.remove("hi"); hide(); }
  });
  svg.addEventListener("pointerdown", function (evt) {
    var i = nodeOf(evt.target), p = toSvg(evt);
    drag = i !== null ? {node: i, moved: false, x0: evt.clientX, y0: evt.clientY}
                      : {node: null, moved: false, x0: evt.clientX, y0: evt.clientY, dx: p.x - t.x, dy: p.y - t.y};
    svg.setPointerCapture(evt.pointerId);
    svg.classList.add("moving");
  });
  svg.addEventListener("pointermove", function (evt) {
    if (drag === null) { return; }
    if (Math.abs(evt.clientX - drag.x0) + Math.abs(evt.clientY - drag.y0) > 3) { drag.moved = true; }
    if (!drag.moved) { return; }
    if (drag.node === null) {
      var p = toSvg(evt);
      t.x = p.x - drag.dx; t.y = p.y - drag.dy; apply();
    } else {
      var q = toGraph(evt);
      moveNode(drag.node, q.x, q.y);
    }
  });
  svg.addEventListener("pointerup", function (evt) {
    if (drag !== null && !drag.moved) {
      if (pinned !== null) { nodeEl[pinned].classList.remove("hi"); }
      if (drag.node !== null && drag.node !== pinned) {
        pinned = drag.node; nodeEl[pinned].classList.add("hi"); show(pinned, evt);
      } else { pinned = null; tip.hidden = true; }
    }
    drag = null;
    svg.classList.remove("moving");
  });

  var hiddenGroups = {};
  function refilter() {
    var shown = 0;
    data.nodes.forEach(function (n, i) {
      var off = hiddenGroups[n.group] === true;
      nodeEl[i].classList.toggle("off", off);
      if (labelEl[i]) { labelEl[i].classList.toggle("off", off); }
      if (!off) { shown++; }
    });
    data.edges.forEach(function (e, k) {
      edgeEl[k].classList.toggle("off", hiddenGroups[data.nodes[e[0]].group] === true ||
                                        hiddenGroups[data.nodes[e[1]].group] === true);
    });
    document.getElementById("kg-count").textContent = shown;
  }
  document.querySelectorAll("#kg-groups input").forEach(function (box) {
    box.addEventListener("change", function () {
      hiddenGroups[box.getAttribute("data-g")] = !box.checked;
      refilter();
    });
  });
  document.getElementById("kg-reset").addEventListener("click", function () { t = {x: 0, y: 0, k: 1}; apply(); });
}());"""
