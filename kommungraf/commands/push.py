"""kommungraf push — write every named graph of the store to a remote SPARQL store (Graph Store HTTP Protocol)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..remote import (
    BODY_FORMATS,
    DEFAULT_GRAPH_MODES,
    ENV_PASSWORD,
    ENV_TOKEN,
    ENV_USER,
    Credentials,
    PushedGraph,
    PushError,
    guess_graph_store,
    push_store,
    redact,
)
from . import add_store_option, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "push", help="write the store's graphs to a remote SPARQL store (Graph Store HTTP Protocol)",
        description="PUT every named graph of the store (one per document, and the ontology's) to a remote "
                    "SPARQL 1.1 store by the Graph Store HTTP Protocol, replacing each graph there, so pushing "
                    "again duplicates nothing; and, unless --default-graph none, the merged graph that the "
                    "named queries read, so that `kommungraf query NAME --endpoint URL` works on the remote. "
                    "See docs/remote.md.")
    p.add_argument("--endpoint", metavar="URL",
                   help="the remote's SPARQL query endpoint, e.g. http://localhost:7878/query (Oxigraph), "
                        "http://localhost:8890/sparql (Virtuoso); the Graph Store URL is derived from it")
    p.add_argument("--graph-store", metavar="URL",
                   help="the Graph Store Protocol service, when it cannot be derived from --endpoint "
                        "(Oxigraph /store, Virtuoso /sparql-graph-crud-auth, Fuseki /DATASET/data, "
                        "GraphDB /repositories/ID/rdf-graphs/service)")
    add_store_option(p)
    auth = p.add_argument_group("authentication (for writes)")
    auth.add_argument("--user", metavar="USER", help=f"user name (or ${ENV_USER}); Digest or Basic, as the "
                                                     f"server asks")
    auth.add_argument("--password", metavar="PASSWORD",
                      help=f"password (better: ${ENV_PASSWORD}, which does not show in the process list; "
                           f"asked for on a terminal when absent)")
    auth.add_argument("--token", metavar="TOKEN", help=f"a bearer token (better: ${ENV_TOKEN})")
    p.add_argument("--default-graph", choices=DEFAULT_GRAPH_MODES, default="merged",
                   help="merged (default): also replace the remote default graph with the merged graph the "
                        "named queries read; none: push only the named graphs")
    p.add_argument("--merged-graph", metavar="IRI",
                   help="put the merged graph into this named graph instead of the remote default graph (for "
                        "stores whose default graph is the union of all graphs, e.g. Virtuoso); query it with "
                        "default-graph-uri=IRI")
    p.add_argument("--format", choices=list(BODY_FORMATS), default="ntriples",
                   help="the body of each PUT (default: ntriples)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="give up on a request after this long (default: 60)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary, only errors")
    p.set_defaults(func=run)


def credentials(args: argparse.Namespace) -> Credentials:
    """Credentials from the options and the environment; a missing password is asked for on a terminal."""
    password = args.password
    if args.user and not password and not args.token and not os.environ.get(ENV_PASSWORD) and sys.stdin.isatty():
        password = getpass.getpass(f"password for {args.user}: ")
    return Credentials.from_environment(args.user, password, args.token)


def run(args: argparse.Namespace) -> int:
    if not args.endpoint and not args.graph_store:
        raise PushError("give --endpoint URL (the remote's SPARQL endpoint) or --graph-store URL")
    creds = credentials(args)
    gsp = args.graph_store or guess_graph_store(args.endpoint, authenticated=bool(creds))
    store = open_store(args, read_only=True)
    err = Console(stderr=True)
    total = len(store.graphs()) + (args.default_graph == "merged")
    progress = Progress(TextColumn("[bold]pushing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[triples]} triples"), TimeElapsedColumn(), console=err,
                        disable=args.quiet or not err.is_terminal or total < 10)
    with progress:
        task = progress.add_task("push", total=total, triples=0)
        sent = {"triples": 0}

        def on_graph(g: PushedGraph) -> None:
            sent["triples"] += g.triples
            progress.update(task, advance=1, triples=sent["triples"])

        report = push_store(store, args.endpoint, graph_store=gsp, credentials=creds,
                            default_graph=args.default_graph, merged_graph=args.merged_graph,
                            body_format=args.format, timeout=args.timeout, on_graph=on_graph)
    if not args.quiet:
        named = report.named_graphs
        line = f"pushed {len(named)} named graph(s), {sum(g.triples for g in named)} triples"
        if report.merged is not None:
            where = report.merged.iri or "the default graph"
            line += f", and the merged graph ({report.merged.triples} triples) to {where}"
        line += f"; {report.bytes / 1e6:.1f} MB to {report.graph_store} in {report.seconds:.1f} s"
        print(line, file=sys.stderr)
        if args.endpoint and args.merged_graph:
            print(f"queries must read {args.merged_graph} as their default graph (default-graph-uri, or the "
                  f"store's setting: docs/remote.md)", file=sys.stderr)
        elif args.endpoint and report.merged is not None:
            print(f"query it: kommungraf query NAME --endpoint {redact(args.endpoint)}", file=sys.stderr)
    return 0

