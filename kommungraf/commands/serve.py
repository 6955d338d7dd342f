"""kommungraf serve — a read-only SPARQL endpoint, a query page and dereferenceable IRIs over the store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..store import default_store_path
from . import add_store_option


def _positive(kind: type) -> object:
    def parse(text: str) -> object:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
        return value
    return parse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the store: SPARQL endpoint, query page, IRIs (read-only)",
                       description="Serve the store read-only over HTTP: /sparql (SPARQL 1.1 Protocol), a query "
                                   "page at /, named queries at /queries/NAME, full-text search at /search, "
                                   "a page (or RDF) for every IRI at /id/…, the ontology at /ontology.  "
                                   "Data loaded meanwhile shows up on the next query.")
    add_store_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--timeout", type=_positive(float), default=30.0, metavar="S",
                   help="stop a query after S seconds (default: 30)")
    p.add_argument("--max-rows", type=_positive(int), default=10_000, metavar="N",
                   help="send at most N result rows or triples (default: 10000)")
    p.add_argument("--workers", type=_positive(int), default=4, metavar="N",
                   help="queries run at once, each in its own process (default: 4)")
    p.add_argument("--worker-memory", type=_positive(float), default=4.0, metavar="GB",
                   help="the most memory one query may take; a query that needs more is stopped with an error "
                        "(default: 4)")
    p.set_defaults(func=run)


def _ontology_docs() -> Callable[[str], str] | None:
    """The ontology's HTML pages (``kommungraf.ontology_docs``), or None where that module cannot load."""
    try:
        from ..ontology_docs import ontology_page
    except ImportError:
        return None
    return ontology_page


def run(args: argparse.Namespace) -> int:
    from ..server.app import ServerConfig, serve

    config = ServerConfig(store=args.store or default_store_path(), host=args.host, port=args.port,
                          timeout=args.timeout, max_rows=args.max_rows, workers=args.workers,
                          worker_memory=int(args.worker_memory * 2**30),
                          ontology_html=_ontology_docs())

    def ready(url: str) -> None:
        print(f"kommungraf: serving {config.store} at {url} (SPARQL endpoint {url}sparql; "
              f"timeout {config.timeout:g} s, at most {config.max_rows} rows, {config.workers} workers); "
              f"Ctrl-C stops", file=sys.stderr, flush=True)

    serve(config, ready=ready)
    return 0
