"""kommungraf evaluate — score extraction against gold files, reading facts back from the graph."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.table import Table

from ..results import console


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score extraction quality against gold files",
                       description="Load every document of DOCS into a fresh store, read its facts back with "
                                   "SPARQL and score them against GOLD/<stem>.json.")
    p.add_argument("--docs", type=Path, required=True, metavar="DIR", help="the folder of minutes to read")
    p.add_argument("--gold", type=Path, required=True, metavar="DIR",
                   help="the folder of gold facts, one DOCUMENT-STEM.json per document (format: the corpus README)")
    p.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    p.add_argument("--facts", type=Path, metavar="DIR", help="write the facts read back, in the gold format")
    p.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..evaluate import evaluate, write_facts
    from ..score import FACT_TYPES

    ev = evaluate(args.docs, args.gold)
    data = ev.as_dict()
    con = console()
    t = Table(title="Extraction quality by fact type (micro)")
    for c in ("fact type", "precision", "recall", "F1", "tp", "fp", "fn"):
        t.add_column(c, justify="right" if c != "fact type" else "left")
    for ft in FACT_TYPES:
        if ft in data["by_type"]:
            v = data["by_type"][ft]
            t.add_row(ft, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}",
                      str(v["tp"]), str(v["fp"]), str(v["fn"]))
    o = data["overall"]
    t.add_row("[bold]overall", f"{o['precision']:.3f}", f"{o['recall']:.3f}", f"[bold]{o['f1']:.3f}",
              str(o["tp"]), str(o["fp"]), str(o["fn"]))
    con.print(t)
    d = Table(title="By document")
    for c in ("document", "precision", "recall", "F1", "error"):
        d.add_column(c)
    for name, v in data["by_document"].items():
        d.add_row(name, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", v.get("error", ""))
    con.print(d)
    if args.errors:
        for name, s in sorted(ev.documents.items()):
            for kind, fact in s.errors:
                con.print(f"{name}\t{kind}\t{fact}", markup=False, highlight=False)
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if args.facts:
        write_facts(ev, args.facts)
    return 0
