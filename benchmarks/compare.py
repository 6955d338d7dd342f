"""Proposed rewrites of slow named queries (``benchmarks/proposed_queries/``) timed beside the library's own, on
the same store, with a check that both give the same rows.

    python -m benchmarks compare-queries out/bench/stores/txt-10000 --corpus out/bench/corpora/txt-10000-…

Each query runs in a child process that is cut off after ``--timeout`` seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

PROPOSED = Path(__file__).resolve().parent / "proposed_queries"
ROOT = Path(__file__).resolve().parent.parent


def child_run(store: Path, path: str, params: dict[str, str]) -> dict[str, Any]:
    """Run one query file (library or proposed) through kommungraf.api; its time and its rows."""
    import kommungraf
    from kommungraf.queries import parse_query

    p = Path(path)
    nq = parse_query(p.stem, p.read_text(encoding="utf-8"))
    kg = kommungraf.open(store, read_only=True)
    kg.query(nq, **params)  # warm-up
    t = time.perf_counter()
    rows = kg.query(nq, **params)
    secs = time.perf_counter() - t
    return {"seconds": secs, "rows": [[str(r[c]) for c in rows.columns] for r in rows]}


def _timed(store: Path, path: Path, params: dict[str, str], timeout: float) -> dict[str, Any] | None:
    try:
        proc = subprocess.run([sys.executable, "-m", "benchmarks", "_compare-one", str(store), str(path),
                               json.dumps(params, ensure_ascii=False)], cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout)


def compare(store: Path, corpus: Path | None, timeout: float) -> list[dict[str, Any]]:
    from kommungraf.queries import library

    from .run import parameter_samples

    samples = parameter_samples(corpus) if corpus else {}
    lib = library()
    out = []
    for path in sorted(PROPOSED.glob("*.rq")):
        nq = lib[path.stem]
        variants: list[dict[str, str]] = []
        if not any(p.required for p in nq.params):
            variants.append({})
        bound = {p.name: samples[p.name] for p in nq.params if p.name in samples}
        if bound and all(p.name in bound for p in nq.params if p.required):
            variants.append(bound)
        for params in variants:
            old = _timed(store, ROOT / "queries" / path.name, params, timeout)
            new = _timed(store, path, params, timeout)
            same = None if old is None or new is None else (
                Counter(map(tuple, old["rows"])) == Counter(map(tuple, new["rows"])))
            out.append({"query": path.stem, "params": params,
                        "library_s": None if old is None else old["seconds"],
                        "proposed_s": None if new is None else new["seconds"],
                        "rows": None if new is None else len(new["rows"]), "same_rows": same})
    return out


def print_comparison(rows: list[dict[str, Any]], timeout: float) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title="Library queries and proposed rewrites (same store, kommungraf.api, warm, seconds)")
    for c in ("query", "parameters", "library", "proposed", "rows", "same rows"):
        t.add_column(c)
    for r in rows:
        t.add_row(r["query"], ", ".join(f"{k}={v}" for k, v in r["params"].items()) or "–",
                  f"> {timeout:.0f}" if r["library_s"] is None else f"{r['library_s']:.3f}",
                  f"> {timeout:.0f}" if r["proposed_s"] is None else f"{r['proposed_s']:.3f}",
                  str(r["rows"]), {True: "yes", False: "[red]NO[/red]", None: "–"}[r["same_rows"]])
    Console().print(t)
