"""kommungraf query / queries — run a named query, a .rq file or inline SPARQL; list the library."""

from __future__ import annotations

import argparse
import sys

from ..errors import QueryError
from ..queries import library, resolve
from ..results import print_table, to_csv, to_json
from . import add_store_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="run a named query, a .rq file or inline SPARQL",
                       description="Run QUERY: the name of a query in the library (see `kommungraf queries`), "
                                   "a path to a .rq file, or inline SPARQL.")
    p.add_argument("query", metavar="QUERY",
                   help="a named query (people, votes …), a path to a .rq file, or SPARQL text in quotes")
    add_store_option(p)
    p.add_argument("--endpoint", metavar="URL", help="query a remote SPARQL endpoint instead of the store")
    p.add_argument("--default-graph-uri", metavar="IRI", default=None,
                   help="with --endpoint: the graph queries read as their default graph (SPARQL protocol "
                        "default-graph-uri), e.g. the merged graph pushed with `push --merged-graph IRI`")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a query parameter (repeatable)")
    p.add_argument("--format", "-f", choices=["table", "csv", "tsv", "json"], default="table",
                   help="a table in the terminal (default), CSV or TSV for a spreadsheet, or JSON")
    p.set_defaults(func=run)
    q = sub.add_parser("queries", help="list the named queries with their parameters")
    # Accepted like every other command's, so a user who adds --store out of habit is not refused.
    add_store_option(q)
    q.set_defaults(func=run_list)


def parse_params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise QueryError(f"--param needs NAME=VALUE, got {item!r}")
        k, v = item.split("=", 1)
        out[k.strip()] = v
    return out


def run(args: argparse.Namespace) -> int:
    from ..api import open_endpoint, open_store

    nq = resolve(args.query)
    params = parse_params(args.param)
    if args.endpoint:
        kg = open_endpoint(args.endpoint, default_graph=args.default_graph_uri)
    else:
        kg = open_store(args.store, read_only=True)
    rows = kg.query(nq, **params)
    if not rows.rows and params:
        # Names, bodies and municipalities match as the minutes write them; a silent empty answer to a misspelt
        # name reads as "none".
        print(f"kommungraf: no rows for {', '.join(f'{k}={v!r}' for k, v in params.items())}; names and bodies "
              f"must be written as the minutes write them (`kommungraf query people` lists the names)",
              file=sys.stderr)
    if args.format == "table":
        print_table(rows, nq.title if nq.name != "inline" else None)
    elif args.format == "csv":
        sys.stdout.write(to_csv(rows))
    elif args.format == "tsv":
        sys.stdout.write(to_csv(rows, "\t"))
    else:
        sys.stdout.write(to_json(rows))
    return 0


def run_list(args: argparse.Namespace) -> int:
    for nq in library().values():
        print(f"{nq.name}\n  {nq.title}")
        if nq.description:
            print(f"  {nq.description}")
        for p in nq.params:
            print(f"  --param {p.name}=…  ({p.type}, {'required' if p.required else 'optional'}) {p.help}")
        for ex in nq.examples:
            print(f"  e.g. {ex}")
        print()
    return 0
