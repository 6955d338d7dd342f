"""Print a benchmark result (the JSON of ``benchmarks/results/latest.json``) as tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .run import figure


def _ms(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x * 1000:.1f}" if x < 10 else f"{x * 1000:.0f}"


def _s(x: float | None) -> str:
    return "–" if x is None else (f"{x:.2f}" if x < 10 else f"{x:.0f}")


def _mb(x: float | None) -> str:
    return "–" if x is None else f"{x / 1024**2:.0f}"


def _ratio(ox: float | None, rq: dict[str, Any] | None) -> str:
    if not ox or rq is None or rq.get("error"):
        return "–"  # no Oxigraph time (cut off) or rdflib failed
    if rq["capped"]:
        return f"> {rq['timeout'] / ox:.0f}×"
    return f"{rq['median'] / ox:.0f}×" if rq["median"] else "–"


def print_report(result: dict[str, Any], console: Console | None = None) -> None:
    con = console or Console(width=max(Console().width, 200))  # wide tables: wrap lines rather than cells
    sizes = sorted(result["sizes"], key=int)
    rs = [result["sizes"][k] for k in sizes]
    m = result["machine"]
    con.print(f"[bold]kommungraf benchmark[/bold] {result['when']}  {m['cpus']} CPUs, Python {m['python']}, "
              f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}; load average "
              f"{m['load_average_start'][0]:.1f} → {m.get('load_average_end', [0])[0]:.1f}; "
              f"{result.get('seconds', 0):.0f} s in all")

    t = Table(title="Loading from text (end to end, on-disk store)")
    for c in ("paragraphs", "documents", "pages", "triples", "seconds", "§/s", "triples/s", "store writes s",
              "CPU main+workers s", "of it compactions s", "peak RSS main MB", "peak RSS worker MB",
              "store MB (after load/settled)", "store alone s"):
        t.add_column(c, justify="right")
    for k, r in zip(sizes, rs, strict=True):
        ld = r["load_txt"]
        floor = r.get("store_floor")
        t.add_row(k, str(ld["documents"]), str(ld["pages"]), f"{ld['triples']:,}", _s(ld["seconds"]),
                  f"{ld['paragraphs_per_s']:.0f}", f"{ld['triples_per_s']:,.0f}", _s(ld["write_seconds"]),
                  f"{ld['cpu_main']:.0f}+{ld['cpu_workers']:.0f}", _s(ld.get("cpu_store_compaction")),
                  _mb(ld["peak_rss_main"]),
                  _mb(ld["peak_rss_worker"]), f"{_mb(ld['store_bytes'])} / {_mb(r.get('store_bytes_settled'))}",
                  _s(floor["seconds"]) if floor else "–")
    con.print(t)

    pdf = [(k, r["load_pdf"]) for k, r in zip(sizes, rs, strict=True) if "load_pdf" in r]
    if pdf:
        t = Table(title="Loading from PDF (end to end)")
        for c in ("paragraphs", "documents", "pages", "seconds", "pages/s", "§/s", "triples/s", "CPU main+workers s"):
            t.add_column(c, justify="right")
        for k, p in pdf:
            t.add_row(k, str(p["documents"]), str(p["pages"]), _s(p["seconds"]), f"{p['pages_per_s']:.0f}",
                      f"{p['paragraphs_per_s']:.0f}", f"{p['triples_per_s']:,.0f}",
                      f"{p['cpu_main']:.0f}+{p['cpu_workers']:.0f}")
        con.print(t)

    t = Table(title="Named queries through kommungraf.api: median / p95 in ms (Oxigraph, in process); "
                    "rdflib Dataset median and ratio")
    t.add_column("query")
    t.add_column("variant")
    for k in sizes:
        t.add_column(f"{k} ms", justify="right")
    for k, r in zip(sizes, rs, strict=True):
        if "rdflib" in r:
            t.add_column(f"rdflib {k} ms", justify="right")
            t.add_column(f"ratio {k}", justify="right")
    keys = [(q["name"], q["variant"], q["kind"]) for q in rs[-1]["queries"]]
    for name, variant, kind in keys:
        row = [name, variant if kind == "selective" else "all"]
        for r in rs:
            q = next((q for q in r["queries"] if q["name"] == name and q["kind"] == kind), None)
            row.append("–" if not q else f"> {q['timeout']:.0f} s" if q.get("capped") else
                       f"{_ms(q['median'])} / {_ms(q['p95'])}")
        for r in rs:
            if "rdflib" not in r:
                continue
            q = next((q for q in r["queries"] if q["name"] == name and q["kind"] == kind), None)
            rq = next((x for x in r["rdflib"]["queries"] if q and x["name"] == name
                       and x["variant"] == q["variant"]), None)
            row.append("–" if rq is None else "error" if rq.get("error") else (
                f"> {rq['timeout'] * 1000:.0f}" if rq["capped"] else _ms(rq["median"])))
            row.append(_ratio(q["median"] if q else None, rq))
        t.add_row(*row)
    con.print(t)

    t = Table(title="rdflib in-memory Dataset beside Oxigraph (same named graphs from the N-Quads export)")
    for c in ("paragraphs", "rdflib load s", "Oxigraph bulk load s", "rdflib peak RSS MB",
              "library total ratio", "per-query ratio (geometric mean)"):
        t.add_column(c, justify="right")
    from .run import library_ratio

    for k, r in zip(sizes, rs, strict=True):
        if "rdflib" in r:
            ratio, geo = library_ratio(r), library_ratio(r, geometric=True)
            t.add_row(k, _s(r["rdflib"]["load_seconds"]),
                      _s(r["store_floor"]["seconds"]) if "store_floor" in r else "–",
                      _mb(r["rdflib"]["peak_rss"]), f"{ratio:.0f}×" if ratio else "–",
                      f"{geo:.0f}×" if geo else "–")
        else:
            t.add_row(k, "not run (over --rdflib-max)", "", "", "", "")
    con.print(t)

    t = Table(title="Export, network projections and timelines (seconds)")
    t.add_column("what")
    for k in sizes:
        t.add_column(k, justify="right")
    for fmt in ("turtle", "nquads"):
        t.add_row(f"export {fmt}", *[f"{_s(r['export'][fmt]['seconds'])} ({_mb(r['export'][fmt]['bytes'])} MB)"
                                      for r in rs])
    kinds = [k for k, v in rs[-1].get("network", {}).items() if isinstance(v, dict)]
    for kind in kinds:
        t.add_row(f"network {kind}", *[_s(r["network"].get(kind, {}).get("seconds")) for r in rs])
    if "skipped" in rs[-1].get("network", {}):
        t.add_row("network", rs[-1]["network"]["skipped"])
    for what in rs[-1].get("timeline", {}):
        t.add_row(f"timeline of a {what}", *[_s(r.get("timeline", {}).get(what, {}).get("seconds")) for r in rs])
    con.print(t)

    t = Table(title="Growth per 10× more paragraphs (1.0 = constant, 10 = linear)")
    t.add_column("measure")
    pairs = list(next(iter(result["growth"].values())).keys()) if result["growth"] else []
    for p in pairs:
        t.add_column(p, justify="right")
    for measure, g in result["growth"].items():
        t.add_row(measure, *[("–" if g.get(p) is None else f"{g[p]:.1f}") for p in pairs])
    con.print(t)

    t = Table(title="Targets")
    for c in ("target", "measured", "limit", "met", "at"):
        t.add_column(c)
    for x in result["targets"]:
        v = x["measured"]
        t.add_row(x["target"], "–" if v is None else f"{figure(v)} {x['unit']}", f"{x['limit']:,} {x['unit']}",
                  {True: "[green]yes[/green]", False: "[red]no[/red]", None: "–"}[x["met"]], x["at"])
    con.print(t)

    t = Table(title="Extraction quality on a sample of the generated minutes (F1 against their gold)")
    t.add_column("fact type")
    for k in sizes:
        t.add_column(f"{k}", justify="right")
    types = list(rs[-1]["f1"]["by_type"])
    for ft in [*types, "overall"]:
        cells = []
        for r in rs:
            d = r["f1"]["overall"] if ft == "overall" else r["f1"]["by_type"].get(ft)
            cells.append("–" if d is None else f"{d['f1']:.3f}")
        t.add_row(ft, *cells)
    con.print(t)
