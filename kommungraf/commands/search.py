"""kommungraf search WORDS — full-text search of the paragraphs, ranked, with where each was decided."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from ..results import console
from . import add_store_option, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the text of the paragraphs (§), ranked",
                       description="Find paragraphs by their words, best match first.  Swedish word forms match "
                                   "(nämnden finds nämnd, nämnder …) and words of three letters or more match as "
                                   "the start of longer words (polis finds polisregion).  All words must match; "
                                   "write OR between two words for either, and \"quotes\" for a phrase (a word "
                                   "with spaces in it, as the shell passes a quoted phrase, is a phrase).  The "
                                   "index (<store>.fts.sqlite) is brought up to date with the store first.")
    p.add_argument("words", nargs="+", metavar="WORDS",
                   help='the words to find, e.g. polis samverkan, "Solna centrum" OR trygghet')
    add_store_option(p)
    p.add_argument("--limit", "-n", type=int, default=20, metavar="N", help="at most N hits (default: 20)")
    p.add_argument("--format", "-f", choices=["table", "json"], default="table",
                   help="a table in the terminal (default) or JSON with every field and a snippet")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..fulltext import index_path, search, sync

    store = open_store(args, read_only=True)
    sync(store)
    hits = search(index_path(store.path), query_of(args.words), limit=max(1, args.limit))  # type: ignore[arg-type]
    if args.format == "json":
        sys.stdout.write(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2) + "\n")
        return 0
    from rich.console import Console
    from rich.table import Table


    t = Table(title=f"Paragraphs matching: {' '.join(args.words)}", show_lines=True)
    for c in ("#", "municipality", "body", "date", "§", "title", "paragraph"):
        t.add_column(c, overflow="fold")
    for i, h in enumerate(hits, 1):
        t.add_row(str(i), h.municipality, h.body, h.date, h.number, h.title, h.paragraph)
    console().print(t)
    Console(stderr=True).print(f"{len(hits)} paragraph(s)", style="dim")
    return 0


def query_of(words: list[str]) -> str:
    """The search query of the command line's words: one with a space in it was quoted in the shell, which took
    the quotes away, so it is put back in quotes as the phrase it was meant as ("Solna centrum" OR trygghet)."""
    return " ".join(f'"{w}"' if " " in w.strip() and '"' not in w else w for w in words)


