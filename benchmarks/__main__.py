"""``python -m benchmarks generate …`` and ``python -m benchmarks run …`` (run from the repository root)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .world import PARTIES


def _sizes(text: str) -> list[int]:
    return [int(x.replace("_", "").replace("k", "000")) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)

    g = sub.add_parser("generate", help="write synthetic minutes with their gold JSON")
    g.add_argument("--paragraphs", type=int, required=True, help="paragraphs (§) in all")
    g.add_argument("--format", choices=("txt", "pdf"), default="txt")
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--out", type=Path, required=True, help="folder for the documents and gold files")
    g.add_argument("--bodies", type=int, default=30, help="bodies in all, over up to six municipalities")
    g.add_argument("--people", type=int, default=1500, help="politicians in all")
    g.add_argument("--parties", default=",".join(PARTIES), help="party abbreviations, comma-separated")
    g.add_argument("--years", type=int, default=None, help="years of minutes (default: about 11 meetings a "
                                                           "body a year)")

    r = sub.add_parser("run", help="the benchmark: load, query, export, network; beside rdflib")
    r.add_argument("--paragraphs", type=_sizes, default=None, help="sizes, e.g. 1000,10000,100000")
    r.add_argument("--quick", action="store_true", help="sizes 1000,10000 unless given; fewer repeats")
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--work", type=Path, default=None, help="folder for corpora and stores (default out/bench)")
    r.add_argument("--pdf-max", type=int, default=10_000, help="largest size also loaded from PDF")
    r.add_argument("--rdflib-max", type=int, default=10_000, help="largest size also run on rdflib")
    r.add_argument("--rdflib-timeout", type=float, default=10.0, help="seconds before an rdflib query is cut off")
    r.add_argument("--query-timeout", type=float, default=30.0,
                   help="seconds before an Oxigraph query (all its runs) is cut off")
    r.add_argument("--floor-max", type=int, default=10_000,
                   help="largest size at which the store's own bulk load of the same quads is timed")
    r.add_argument("--repeats", type=int, default=7, help="timed runs of each query after a warm-up")
    r.add_argument("--f1-docs", type=int, default=40, help="documents sampled for the extraction F1")
    r.add_argument("--workers", type=int, default=2)
    r.add_argument("--json", type=Path, default=None, help="where to write the results "
                                                           "(default benchmarks/results/latest.json)")

    cq = sub.add_parser("compare-queries", help="time proposed query rewrites beside the library's own")
    cq.add_argument("store", type=Path)
    cq.add_argument("--corpus", type=Path, default=None, help="the corpus loaded into STORE (for parameters)")
    cq.add_argument("--timeout", type=float, default=120.0)
    cq.add_argument("--json", type=Path, default=None)
    c1 = sub.add_parser("_compare-one")
    c1.add_argument("store", type=Path)
    c1.add_argument("path")
    c1.add_argument("params")

    p = sub.add_parser("report", help="print the tables of a results JSON again")
    p.add_argument("json", type=Path, nargs="?", default=None)
    p.add_argument("--markdown", action="store_true", help="as Markdown tables (for docs/benchmarks.md)")

    # Children of `run`, each in its own process so that time, memory and crashes are their own.
    c = sub.add_parser("_load")
    c.add_argument("docs", type=Path)
    c.add_argument("store", type=Path)
    c.add_argument("--workers", type=int, default=2)
    c.add_argument("--json", type=Path, required=True)
    c = sub.add_parser("_floor")
    c.add_argument("nquads", type=Path)
    c.add_argument("turtle", type=Path)
    c.add_argument("store", type=Path)
    c.add_argument("--json", type=Path, required=True)
    c = sub.add_parser("_stages")
    c.add_argument("txt", type=Path)
    c.add_argument("pdf", type=Path, nargs="?", default=None)
    c.add_argument("--documents", type=int, default=60)
    c.add_argument("--json", type=Path, required=True)
    c = sub.add_parser("_query")
    c.add_argument("store", type=Path)
    c.add_argument("item")
    c.add_argument("--repeats", type=int, default=7)
    c.add_argument("--json", type=Path, required=True)
    c = sub.add_parser("_rdflib")
    c.add_argument("nquads", type=Path)
    c.add_argument("queries", type=Path)
    c.add_argument("--timeout", type=float, default=10.0)
    c.add_argument("--repeats", type=int, default=3)
    c.add_argument("--json", type=Path, required=True)

    a = ap.parse_args(argv)
    if a.cmd == "generate":
        from .corpus import Spec, generate

        spec = Spec(a.paragraphs, a.format, a.seed, a.bodies, a.people,
                    tuple(x.strip() for x in a.parties.split(",") if x.strip()), a.years)
        manifest = generate(spec, a.out)
        print(f"wrote {manifest['documents']} documents ({manifest['pages']} pages, {a.paragraphs} paragraphs) "
              f"and their gold JSON to {a.out}", file=sys.stderr)
        return 0
    if a.cmd == "run":
        from .run import RESULTS, ROOT, Options, run

        sizes = a.paragraphs or ([1000, 10_000] if a.quick else [1000, 10_000, 100_000])
        opt = Options(sizes=sizes, seed=a.seed, work=a.work or ROOT / "out" / "bench",
                      pdf_max=min(a.pdf_max, 1000) if a.quick else a.pdf_max, rdflib_max=a.rdflib_max,
                      rdflib_timeout=min(a.rdflib_timeout, 5.0) if a.quick else a.rdflib_timeout,
                      query_timeout=min(a.query_timeout, 20.0) if a.quick else a.query_timeout,
                      floor_max=a.floor_max, repeats=3 if a.quick else a.repeats,
                      f1_docs=10 if a.quick else a.f1_docs, workers=a.workers,
                      out=a.json or RESULTS / "latest.json", quick=a.quick)
        run(opt)
        return 0
    if a.cmd == "compare-queries":
        from .compare import compare, print_comparison

        rows = compare(a.store, a.corpus, a.timeout)
        print_comparison(rows, a.timeout)
        if a.json:
            a.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    if a.cmd == "_compare-one":
        from .compare import child_run

        print(json.dumps(child_run(a.store, a.path, json.loads(a.params)), ensure_ascii=False))
        return 0
    if a.cmd == "report":
        from .report import print_report
        from .run import RESULTS

        data = json.loads((a.json or RESULTS / "latest.json").read_text(encoding="utf-8"))
        if a.markdown:
            from .markdown import markdown

            print(markdown(data))
        else:
            print_report(data)
        return 0
    from . import run as r_

    if a.cmd == "_load":
        out = r_.child_load(a.docs, a.store, a.workers)
    elif a.cmd == "_query":
        out = r_.child_query(a.store, json.loads(a.item), a.repeats)
    elif a.cmd == "_stages":
        out = r_.child_stages(a.txt, a.pdf, a.documents)
    elif a.cmd == "_floor":
        out = r_.child_floor(a.nquads, a.turtle, a.store)
    else:
        queries = json.loads(a.queries.read_text(encoding="utf-8"))
        out = r_.child_rdflib(a.nquads, queries, a.timeout, a.repeats)
    a.json.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
