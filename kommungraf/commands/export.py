"""kommungraf export — dump the graph in a standard RDF format, or write a publishable dataset folder."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ..errors import KommungrafError
from ..queries import is_http_iri
from . import add_store_option, open_store

FORMAT_NAMES = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="dump the graph (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) or a dataset folder",
        description="Write the graph as one file (--output) or as a publishable dataset folder (--dataset). "
                    "Quad formats (nquads, trig) keep one named graph per source document; triple formats "
                    "write the merged graph. JSON-LD is compacted with ontology/context.jsonld.")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--output", "-o", metavar="FILE", help="the file to write ('-' for standard output)")
    what.add_argument("--dataset", metavar="DIR",
                      help="write a dataset folder: dumps, VoID/DCAT-AP description, ontology and its docs")
    p.add_argument("--format", "-f", choices=FORMAT_NAMES, default=None,
                   help="the format of --output (default: from the file's suffix, e.g. .ttl, .nq.gz)")
    p.add_argument("--gzip", action="store_true", help="compress --output (implied by a .gz suffix)")
    p.add_argument("--context", metavar="IRI", default=None,
                   help="JSON-LD: refer to the context at IRI instead of embedding ontology/context.jsonld")
    add_store_option(p)
    d = p.add_argument_group("dataset options")
    d.add_argument("--license", metavar="IRI", default=None,
                   help="the licence (default: CC0 https://creativecommons.org/publicdomain/zero/1.0/)")
    d.add_argument("--publisher", metavar="NAME", default=None, help="who publishes the dataset")
    d.add_argument("--publisher-url", metavar="IRI", default=None, help="the publisher's IRI or web page")
    d.add_argument("--contact", metavar="EMAIL", default=None, help="a contact e-mail address for the dataset")
    d.add_argument("--base-url", metavar="URL", default=None,
                   help="where the folder will be published (default: links in void.ttl stay relative)")
    d.add_argument("--sparql-endpoint", metavar="URL", default=None,
                   help="a public SPARQL endpoint serving the same graph, described as its data service")
    d.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="the issued and modified date (default: today and the store's latest load)")
    d.add_argument("--force", action="store_true", help="write the dataset even if the graph does not conform")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.output is not None:
        return _run_dump(args)
    return _run_dataset(args)


def _run_dump(args: argparse.Namespace) -> int:
    from ..export import export

    dataset_only = [f"--{n.replace('_', '-')}" for n in ("license", "publisher", "publisher_url", "contact",
                                                          "base_url", "sparql_endpoint", "date")
                    if getattr(args, n) is not None]
    if dataset_only or args.force:
        raise KommungrafError(f"{', '.join(dataset_only or ['--force'])} only applies to --dataset")
    store = open_store(args, read_only=True)
    res = export(store, args.output, args.format, gzip=True if args.gzip else None, context_iri=args.context)
    if args.output != "-":
        graphs = f" in {res.graphs} named graphs" if res.graphs else ""
        print(f"wrote {res.statements} {'quads' if res.graphs else 'triples'}{graphs} as {res.format}"
              f"{' (gzip)' if res.gzip else ''} to {res.path}: {res.bytes:,} bytes in {res.seconds:.2f} s",
              file=sys.stderr)
    return 0


def _run_dataset(args: argparse.Namespace) -> int:
    from ..dataset import DatasetOptions, write_dataset

    if args.format or args.gzip or args.context:
        raise KommungrafError("--format, --gzip and --context apply to --output, not --dataset")
    defaults = DatasetOptions()
    options = DatasetOptions(
        license=args.license or defaults.license, publisher=args.publisher or defaults.publisher,
        publisher_url=args.publisher_url, contact=args.contact, date=args.date, base_url=args.base_url,
        sparql_endpoint=args.sparql_endpoint, force=args.force)
    if args.sparql_endpoint and not is_http_iri(args.sparql_endpoint):
        raise KommungrafError(f"--sparql-endpoint: not an http(s) URL: {args.sparql_endpoint!r}")
    store = open_store(args, read_only=True)
    rep = write_dataset(store, args.dataset, options)
    s = rep.statistics
    forced = f"; published with {rep.violations} violation(s) (--force)" if rep.violations else ""
    if args.publisher is None or args.contact is None:
        # Catalogues (DCAT-AP-SE) expect the organisation that publishes the data and an address to reach it.
        print("kommungraf: note: the description names "
              + ("'kommungraf' as publisher" if args.publisher is None else f"{args.publisher!r} as publisher")
              + (" and gives no contact address" if args.contact is None else "")
              + "; give --publisher, --publisher-url and --contact before publishing it", file=sys.stderr)
    print(f"wrote dataset {rep.path}: {s.documents} documents, {s.triples} triples, {s.entities} entities, "
          f"{len(s.municipalities)} municipalities, {s.wikidata_links} Wikidata links, {len(rep.files)} files "
          f"in {rep.seconds:.2f} s{forced}", file=sys.stderr)
    return 0
