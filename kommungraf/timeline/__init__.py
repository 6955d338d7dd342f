"""Timelines of the knowledge graph: a case travelling between bodies, a person's acts and meetings, a body's
paragraphs — as rows, an SVG or PNG picture or an offline web page.

>>> import kommungraf
>>> from kommungraf.timeline import build_timeline, to_html
>>> kg = kommungraf.open("my-store")
>>> t = build_timeline(kg, case="KS 2022/118")
>>> page = to_html(t)
"""

from __future__ import annotations

from .events import DEFAULT_LIMIT, KINDS, Event, Timeline, build_timeline
from .render import COLOURS, layout, to_html, to_png, to_rows, to_svg

__all__ = ["COLOURS", "DEFAULT_LIMIT", "KINDS", "Event", "Timeline", "build_timeline", "layout", "to_html", "to_png",
           "to_rows", "to_svg"]
