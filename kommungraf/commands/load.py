"""kommungraf load FILE... — read minutes and write their facts into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import KommungrafError
from ..extract import NO_PARAGRAPHS
from ..loaders import SUFFIXES
from ..pipeline import Built, expand_paths, extract_to_nquads, ignored_files, load
from . import add_store_option, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("load", help="load minutes (files or folders) into the store",
                       description="Read minutes (PDF, DOCX, HTML, text) and write each document's facts into "
                                   "its own named graph; loading a document again replaces its graph.")
    p.add_argument("paths", nargs="+", metavar="FILE", help="files or folders of minutes")
    add_store_option(p)
    p.add_argument("--force", action="store_true", help="reload documents even when unchanged")
    p.add_argument("--workers", type=int, default=None, help="processes for reading documents (default: 2)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
    p.add_argument("--to-nquads", type=Path, default=None, metavar="FILE",
                   help="write the facts to an N-Quads file (FILE.nq, or FILE.nq.gz) instead of a store, for a bulk "
                        "loader on another machine (docs/benchmarks.md, 'Beyond one machine')")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = expand_paths(args.paths)
    err = Console(stderr=True)
    if not files:
        err.print("kommungraf: error: no documents found in the paths given")
        return 1
    if args.to_nquads is not None and args.store is not None:
        raise KommungrafError("give --store or --to-nquads, not both: --to-nquads writes a file instead of a store")
    store = None
    if args.to_nquads is None:
        from ..ontology import load_ontology

        store = open_store(args)
        load_ontology(store)
    progress = Progress(TextColumn("[bold]loading"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[paragraphs]} §  {task.fields[triples]} triples"),
                        TimeElapsedColumn(), console=err, disable=args.quiet or not err.is_terminal)
    counts = {"paragraphs": 0, "triples": 0}
    with progress:
        task = progress.add_task("load", total=len(files), **counts)

        def on_built(b: Built) -> None:
            if b.error:
                progress.console.print(f"kommungraf: error: {b.path}: {b.error}", markup=False, highlight=False,
                                       soft_wrap=True)
            elif b.graph is not None:
                if not b.paragraphs:
                    progress.console.print(f"kommungraf: warning: {b.path}: {NO_PARAGRAPHS}", markup=False,
                                           highlight=False, soft_wrap=True)
                counts["paragraphs"] += b.paragraphs
                counts["triples"] += len(b.graph)
            progress.update(task, advance=1, **counts)

        if store is None:
            report = extract_to_nquads(files, args.to_nquads, workers=args.workers, on_built=on_built)
        else:
            report = load(store, files, force=args.force, workers=args.workers, on_built=on_built)
    if store is not None:
        from ..fulltext import sync

        # Always: a load that resumes after a crash may skip every document and still find the index behind.
        sync(store)
    if not args.quiet:
        if ignored := ignored_files(args.paths):
            kinds = ", ".join(f"{n} {suffix or '(no suffix)'}" for suffix, n in sorted(ignored.items()))
            print(f"kommungraf: note: not read, not minutes by their suffix: {kinds} (minutes are "
                  f"{', '.join(sorted(SUFFIXES))})", file=sys.stderr)
        if store is None:
            print(f"wrote {len(report.loaded)} document(s), {report.paragraphs} paragraphs, {report.triples} triples "
                  f"(each in its named graph and the default graph) and the ontology; {len(report.failed)} failed; "
                  f"file: {args.to_nquads}", file=sys.stderr)
        else:
            print(f"loaded {len(report.loaded)} document(s), {report.paragraphs} paragraphs, "
                  f"{report.triples} triples; skipped {len(report.skipped)} unchanged; "
                  f"{len(report.failed)} failed; store: {store.path}", file=sys.stderr)
    return 1 if report.failed else 0
