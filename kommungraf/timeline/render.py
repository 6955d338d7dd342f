"""A timeline as rows (table, CSV, JSON), as an SVG or PNG picture, or as one self-contained web page.

The picture has a lane per body (in the order the timeline reached it) and a time axis; each event is a dot
coloured by what happened, with a tooltip and a link to its page on ``kommungraf serve``.  A case's events are
joined in date order, so its travel between bodies reads as one line.  Nothing is loaded from anywhere: no
script, no fonts, no images; every text from the graph is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import io
from collections import Counter
from dataclasses import dataclass

from ..links import DEFAULT_LINK_BASE, check_link_base, page_link
from ..results import Rows
from .events import KINDS, Event, Timeline

#: An event's colour by its most telling kind.
COLOURS: dict[str, str] = {
    "reservation": "#c0392b",
    "vote": "#e67e22",
    "statement": "#8e44ad",
    "referral": "#2471a3",
    "agreement": "#1e8449",
    "proposal": "#d4ac0d",
    "decision": "#566573",
    "attendance": "#aab7b8",
    "paragraph": "#aab7b8",
}
COLUMNS = ["date", "municipality", "body", "paragraph", "title", "what", "details", "iri"]
_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

WIDTH = 1200  # the picture's own units
LANE = 34
AXIS = 46
R = 5.5
UNDATED = "utan datum"
_BAND, _GRID, _LINE = "#f4f6f7", "#d5d8dc", "#7f8c8d"


def to_rows(t: Timeline) -> Rows:
    """One row per event, for a table, CSV or JSON."""
    return Rows(list(COLUMNS), [{
        "date": e.date.isoformat() if e.date else None, "municipality": e.municipality or None,
        "body": e.body or None, "paragraph": e.paragraph or None, "title": e.title or None,
        "what": ", ".join(KINDS.get(k, k) for k in e.kinds) or None, "details": "; ".join(e.details) or None,
        "iri": e.iri} for e in t.events])


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks: every year over a long span, every month over a shorter one, every day over a few weeks."""
    days = (end - start).days
    if days >= 3 * 365:
        step = max(1, (end.year - start.year) // 12 + 1)
        return [(dt.date(y, 1, 1), str(y)) for y in range(start.year + 1, end.year + 1, step)] or \
            [(start, str(start.year))]
    if days > 45:
        out = []
        y, m = start.year, start.month
        every = 1 if days < 400 else 3
        while (d := dt.date(y, m, 1)) <= end:
            if d >= start and (m - 1) % every == 0:
                out.append((d, f"{_MONTHS[m - 1]} {y}" if m == 1 or not out else _MONTHS[m - 1]))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out or [(start, f"{_MONTHS[start.month - 1]} {start.year}")]
    step = 1 if days <= 14 else 7
    return [(start + dt.timedelta(days=i), (start + dt.timedelta(days=i)).isoformat())
            for i in range(0, days + 1, step)]


def _tooltip(e: Event) -> str:
    head = " ".join(filter(None, (e.date.isoformat() if e.date else UNDATED, e.paragraph, e.title)))
    return "\n".join(filter(None, (head, e.lane, *e.details)))


@dataclass(frozen=True)
class Dot:
    """One event's place in the picture."""

    x: float
    y: float
    colour: str
    event: Event


@dataclass(frozen=True)
class Layout:
    """Where everything of a timeline's picture goes, in the picture's own units (``WIDTH`` wide, y downwards):
    computed once, drawn as SVG or as PNG, so the two pictures are the same."""

    height: float
    label_w: float
    bottom: float
    lanes: tuple[tuple[str, float], ...]  # (label, y)
    ticks: tuple[tuple[float, str], ...]  # (x, label)
    undated_x: float | None  # the column of undated events, if any
    dots: tuple[Dot, ...]
    legend: tuple[tuple[float, str, str], ...]  # (x, colour, label), along y = bottom + 30
    line: bool  # join the dots in order (one case travelling)


def layout(t: Timeline) -> Layout:
    """The picture of ``t``: a lane per body, a time axis, a dot per event, a legend of the kinds present."""
    label_w = min(360, max(140, 7 * max((len(t.lane_label(lane)) for lane in t.lanes), default=10) + 24))
    undated = any(e.date is None for e in t.events)
    left, right = label_w + 16, WIDTH - (90 if undated else 30)
    height = AXIS + LANE * max(1, len(t.lanes)) + 56
    dates = [e.date for e in t.events if e.date]
    start, end = (min(dates), max(dates)) if dates else (dt.date.today(), dt.date.today())
    pad = max(1, (end - start).days // 40)
    start, end = start - dt.timedelta(days=pad), end + dt.timedelta(days=pad)
    span = max(1, (end - start).days)

    def x_of(d: dt.date | None) -> float:
        return right + 50 if d is None else left + (right - left) * (d - start).days / span

    lane_y = {lane: AXIS + LANE * i + LANE / 2 for i, lane in enumerate(t.lanes)}
    # Events on one day in one lane are set side by side and a little above and below, not on top of each other.
    placed: Counter[tuple[str, dt.date | None]] = Counter()
    dots = []
    for e in t.events:
        k = placed[(e.lane, e.date)]
        placed[(e.lane, e.date)] += 1
        dots.append(Dot(x_of(e.date) + (k // 3) * (2 * R + 1), lane_y[e.lane] + (0.0, -(R + 3), R + 3)[k % 3],
                        COLOURS.get(e.kind, COLOURS["paragraph"]), e))
    # The legend: only the kinds that occur, in KINDS order.
    legend = []
    x = 12.0
    for k in (k for k in KINDS if any(e.kind == k for e in t.events)):
        legend.append((x, COLOURS[k], KINDS[k]))
        x += 2 * R + 14 + 6.5 * len(KINDS[k])
    return Layout(height=height, label_w=label_w, bottom=AXIS + LANE * len(t.lanes),
                  lanes=tuple((t.lane_label(lane), lane_y[lane]) for lane in t.lanes),
                  ticks=tuple((x_of(d), label) for d, label in _ticks(start, end)),
                  undated_x=x_of(None) if undated else None, dots=tuple(dots), legend=tuple(legend),
                  line=t.connected and len(dots) > 1)


def to_svg(t: Timeline, link_base: str | None = DEFAULT_LINK_BASE) -> str:
    """The timeline as an SVG picture; each dot links to ``{link_base}/id/…`` (no links when ``link_base`` is
    None)."""
    if link_base is not None:
        link_base = check_link_base(link_base)
    p = layout(t)
    height = _num(p.height)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
           f'height="{height}" role="img" aria-label="{_esc(t.title)}" font-family="system-ui, sans-serif" '
           f'font-size="12">',
           f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>']
    for i, (label, y) in enumerate(p.lanes):
        if i % 2 == 0:
            out.append(f'<rect x="0" y="{_num(y - LANE / 2)}" width="{WIDTH}" height="{LANE}" fill="{_BAND}"/>')
        out.append(f'<text x="{_num(p.label_w)}" y="{_num(y + 4)}" text-anchor="end" fill="#222">{_esc(label)}</text>')
    for x, label in p.ticks:
        out.append(f'<line x1="{_num(x)}" y1="{AXIS - 6}" x2="{_num(x)}" y2="{_num(p.bottom)}" stroke="{_GRID}"/>')
        out.append(f'<text x="{_num(x)}" y="{AXIS - 12}" text-anchor="middle" fill="#555">{_esc(label)}</text>')
    if p.undated_x is not None:
        out.append(f'<text x="{_num(p.undated_x)}" y="{AXIS - 12}" text-anchor="middle" fill="#555">'
                   f'{UNDATED}</text>')
    if p.line:
        path = " ".join(f"{_num(d.x)},{_num(d.y)}" for d in p.dots)
        out.append(f'<polyline points="{path}" fill="none" stroke="{_LINE}" stroke-width="1.5" '
                   f'stroke-opacity=".7"/>')
    for d in p.dots:
        dot = (f'<circle cx="{_num(d.x)}" cy="{_num(d.y)}" r="{R}" fill="{d.colour}" '
               f'stroke="#fff" stroke-width="1"><title>{_esc(_tooltip(d.event))}</title></circle>')
        link = page_link(d.event.iri, link_base) if link_base is not None else None
        out.append(f'<a href="{_esc(link)}">{dot}</a>' if link else dot)
    ly = p.bottom + 30
    for x, colour, label in p.legend:
        out.append(f'<circle cx="{_num(x + R)}" cy="{_num(ly - 4)}" r="{R}" fill="{colour}"/>')
        out.append(f'<text x="{_num(x + 2 * R + 5)}" y="{_num(ly)}" fill="#333">{_esc(label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def to_png(t: Timeline, *, scale: float = 1.5) -> bytes:
    """The timeline as a PNG picture, the SVG's layout ``scale`` times its size in pixels (1,800 wide by default),
    for a report or a slide.  Drawn with matplotlib's object API on an Agg canvas: no display needed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    if scale <= 0:
        raise ValueError("scale must be positive")
    p = layout(t)
    dpi = 100
    fig = Figure(figsize=(WIDTH * scale / dpi, p.height * scale / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(p.height, 0)  # y downwards, as in the SVG
    pt = 72 / dpi * scale  # one unit of the picture in points
    font = 12 * 0.75 * scale  # the SVG's 12 px in points
    for i, (label, y) in enumerate(p.lanes):
        if i % 2 == 0:
            ax.add_patch(Rectangle((0, y - LANE / 2), WIDTH, LANE, facecolor=_BAND, edgecolor="none", zorder=0))
        ax.text(p.label_w, y, label, ha="right", va="center", fontsize=font, color="#222")
    ax.add_collection(LineCollection([((x, AXIS - 6), (x, p.bottom)) for x, _ in p.ticks], colors=_GRID,
                                     linewidths=pt, zorder=1))
    for x, label in p.ticks:
        ax.text(x, AXIS - 12, label, ha="center", va="baseline", fontsize=font, color="#555")
    if p.undated_x is not None:
        ax.text(p.undated_x, AXIS - 12, UNDATED, ha="center", va="baseline", fontsize=font, color="#555")
    if p.line:
        ax.plot([d.x for d in p.dots], [d.y for d in p.dots], color=_LINE, alpha=0.7, linewidth=1.5 * pt, zorder=2)
    # A marker's size is its area in points squared: the SVG's radius R in picture units.
    ax.scatter([d.x for d in p.dots], [d.y for d in p.dots], s=(2 * R * pt) ** 2, c=[d.colour for d in p.dots],
               edgecolors="white", linewidths=pt, zorder=3)
    ly = p.bottom + 30
    if p.legend:
        ax.scatter([x + R for x, _, _ in p.legend], [ly - 4] * len(p.legend), s=(2 * R * pt) ** 2,
                   c=[c for _, c, _ in p.legend], zorder=3)
    for x, _, label in p.legend:
        ax.text(x + 2 * R + 5, ly, label, ha="left", va="baseline", fontsize=font, color="#333")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white", metadata={"Software": "kommungraf"})
    return buf.getvalue()


_PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
base-uri 'none'; form-action 'none'">
<meta name="generator" content="kommungraf">
<title>{title}</title>
<style>
body {{ margin: 16px 24px; font: 14px/1.4 system-ui, sans-serif; color: #222; background: #fff; }}
h1 {{ font-size: 20px; margin: 0 0 4px; }}
p.sub {{ color: #555; margin: 0 0 12px; }}
.pic {{ overflow-x: auto; border: 1px solid #ddd; }}
.pic svg {{ display: block; max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; margin-top: 18px; width: 100%; }}
th, td {{ text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #eee; }}
th {{ background: #f4f6f7; position: sticky; top: 0; }}
td.n {{ white-space: nowrap; }}
.sw {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="sub">{summary}</p>
<div class="pic">
{svg}</div>
<table>
<thead><tr><th>datum</th><th>organ</th><th>§</th><th>rubrik</th><th>vad som hände</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


def to_html(t: Timeline, link_base: str | None = DEFAULT_LINK_BASE) -> str:
    """The timeline as one web page that works offline: the picture, and a table of the events below it."""
    if link_base is not None:
        link_base = check_link_base(link_base)
    rows = []
    for e in t.events:
        link = page_link(e.iri, link_base) if link_base is not None else None
        title = _esc(e.title) if not link else f'<a href="{_esc(link)}">{_esc(e.title or e.iri)}</a>'
        what = "; ".join(e.details) or ", ".join(KINDS.get(k, k) for k in e.kinds)
        date = e.date.isoformat() if e.date else ""
        colour = COLOURS.get(e.kind, COLOURS["paragraph"])
        rows.append(f'<tr><td class="n">{date}</td><td>{_esc(t.lane_label(e.lane))}</td>'
                    f'<td class="n">{_esc(e.paragraph)}</td><td>{title}</td>'
                    f'<td><span class="sw" style="background:{colour}"></span>{_esc(what)}</td></tr>')
    dates = [e.date for e in t.events if e.date]
    span = f", {min(dates).isoformat()} – {max(dates).isoformat()}" if dates else ""
    summary = f"{len(t.events)} händelser i {len(t.lanes)} organ{span}"
    return _PAGE.format(title=_esc(t.title), summary=_esc(summary), svg=to_svg(t, link_base), rows="\n".join(rows))
