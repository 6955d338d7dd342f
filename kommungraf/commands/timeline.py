"""kommungraf timeline — a case, a person or a body over time: a table, CSV/JSON, an SVG or PNG picture or a web
page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import QueryError
from . import add_store_option

FORMATS = ("table", "csv", "json", "svg", "png", "html")
#: The columns the terminal table shows; CSV and JSON have every column.
TABLE_COLUMNS = ["date", "body", "paragraph", "title", "details"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "timeline", help="a case, a person, an organisation or a body over time: table, CSV, JSON, SVG, PNG, web page",
        description="Follow a case through the bodies that handled it (--case), a person through their meetings "
                    "and acts (--person), an organisation through its agreements and the referrals it sent "
                    "(--organisation), or every paragraph a filter keeps (--body, --municipality, --party), "
                    "in date order.  Writes a table (the default), CSV, JSON, an SVG or PNG picture or an "
                    "offline web page with the picture and the events.")
    add_store_option(p)
    p.add_argument("--endpoint", metavar="URL", help="read a remote SPARQL endpoint instead of the store")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--case", metavar="NUMBER", help='a registration number, e.g. "KS 2022/118"')
    what.add_argument("--person", metavar="NAME", help="a person's name as the minutes write it, or an IRI")
    what.add_argument("--organisation", metavar="NAME",
                      help="an organisation's name or IRI: the agreements it is party to, the referrals it sent")
    p.add_argument("--municipality", metavar="M", help='only this municipality ("Solna", "Solna stad" or an IRI)')
    p.add_argument("--body", metavar="B", help='only this body ("Kommunstyrelsen" in any municipality, or an IRI)')
    p.add_argument("--party", metavar="P", help='only paragraphs where this party acted ("S", "MP" …)')
    p.add_argument("--from", dest="date_from", metavar="DATE", help="only meetings on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only meetings on or before YYYY-MM-DD")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="table, csv, json, svg, png or html (default: from the --output suffix, else table)")
    p.add_argument("--output", "-o", type=Path, metavar="FILE", help="the file to write (default: standard output)")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="refuse timelines of more than N events (default 5000)")
    p.add_argument("--link-base", metavar="URL", default=None,
                   help="where `kommungraf serve` runs, for the picture's links (default http://127.0.0.1:8000)")
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output is not None:
        suffix = args.output.suffix.lower().lstrip(".")
        if suffix in ("htm", "html"):
            return "html"
        if suffix in FORMATS:
            return suffix
        raise QueryError(f"{args.output}: cannot tell the format from the suffix; add --format "
                         f"({', '.join(FORMATS)})")
    return "table"


def run(args: argparse.Namespace) -> int:
    from ..api import open_endpoint, open_store
    from ..filters import Filters
    from ..links import DEFAULT_LINK_BASE
    from ..results import Rows, print_table, to_csv, to_json
    from ..timeline import DEFAULT_LIMIT, build_timeline, to_html, to_png, to_rows, to_svg

    fmt = _format(args)
    if fmt == "png" and args.output is None and sys.stdout.isatty():
        raise QueryError("a PNG goes to a file: add --output FILE.png")
    limit = DEFAULT_LIMIT if args.limit is None else args.limit
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    source = open_endpoint(args.endpoint) if args.endpoint else open_store(args.store, read_only=True)
    filters = Filters(args.municipality, args.body, args.party, args.date_from, args.date_to)
    timeline = build_timeline(source, case=args.case, person=args.person, organisation=args.organisation,
                              filters=filters, limit=limit)
    if not timeline.events:
        print(f"kommungraf: nothing to show: no paragraph matches ({_asked(args)})", file=sys.stderr)
    if fmt == "table":
        rows = to_rows(timeline)
        view = Rows(TABLE_COLUMNS, [{**r, "body": timeline.lane_label(e.lane)}
                                    for r, e in zip(rows.rows, timeline.events, strict=True)])
        if args.output is not None:
            raise QueryError("a table goes to the terminal; write a file with --format csv, json, svg, png or html")
        print_table(view, title=timeline.title)
        return 0
    link_base = args.link_base if args.link_base is not None else DEFAULT_LINK_BASE
    data = to_png(timeline) if fmt == "png" else {
        "csv": lambda: to_csv(to_rows(timeline)), "json": lambda: to_json(to_rows(timeline)),
        "svg": lambda: to_svg(timeline, link_base), "html": lambda: to_html(timeline, link_base)}[fmt]().encode()
    if args.output is None:
        sys.stdout.buffer.write(data)
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({fmt}, {len(timeline.events)} events in {len(timeline.lanes)} lanes)",
          file=sys.stderr)
    return 0


def _asked(args: argparse.Namespace) -> str:
    asked = {"case": args.case, "person": args.person, "organisation": args.organisation,
             "municipality": args.municipality, "body": args.body,
             "party": args.party, "from": args.date_from, "to": args.date_to}
    return ", ".join(f"{k} {v!r}" for k, v in asked.items() if v) or "the whole store"
