"""The tables of a benchmark result as Markdown, for docs/benchmarks.md (``python -m benchmarks report --markdown``)."""

from __future__ import annotations

from typing import Any

from .run import figure, library_ratio


def _t(header: list[str], rows: list[list[str]], right: int = 1) -> str:
    """A Markdown table; columns from ``right`` on are right-aligned."""
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join(" --- " if i < right else " ---: " for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def _s(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "–"
    return f"{x:,.{digits}f}" if x < 100 else f"{x:,.0f}"


def _ms(x: float | None) -> str:
    if x is None:
        return "–"
    ms = x * 1000
    return f"{ms:.1f}" if ms < 100 else f"{ms:,.0f}"


def _mb(x: float | None) -> str:
    return "–" if x is None else f"{x / 1024**2:,.0f}"


def markdown(result: dict[str, Any]) -> str:
    sizes = sorted(result["sizes"], key=int)
    rs = [result["sizes"][k] for k in sizes]
    parts: list[str] = []

    rows = []
    for k, r in zip(sizes, rs, strict=True):
        ld = r["load_txt"]
        cpu_bound = max(ld["cpu_main"], (ld["cpu_main"] + ld["cpu_workers"]) / ld["workers"])
        rows.append([f"{int(k):,}", f"{ld['documents']:,}", f"{ld['triples']:,}", _s(ld["seconds"]),
                     f"{ld['paragraphs_per_s']:,.0f}", f"{ld['triples_per_s']:,.0f}", _s(ld["write_seconds"]),
                     f"{ld['cpu_main']:,.0f} + {ld['cpu_workers']:,.0f}", _s(ld.get("cpu_store_compaction")),
                     f"{int(k) / cpu_bound:,.0f}",
                     _mb(ld["peak_rss_main"]), _mb(ld["peak_rss_worker"]),
                     _mb(r.get("store_bytes_settled")),
                     _s(r["store_floor"]["seconds"]) if "store_floor" in r else "–"])
    parts.append(_t(["paragraphs", "documents", "triples", "wall s", "§/s", "triples/s", "of which store writes s",
                     "CPU s main + workers", "of which the store's compactions", "§/s if CPU-bound", "peak RSS main MB",
                     "peak RSS worker MB",
                     "store on disk MB", "Oxigraph bulk load alone s"], rows))

    pdf = [(k, r["load_pdf"]) for k, r in zip(sizes, rs, strict=True) if "load_pdf" in r]
    if pdf:
        rows = []
        for k, p in pdf:
            cpu_bound = max(p["cpu_main"], (p["cpu_main"] + p["cpu_workers"]) / p["workers"])
            rows.append([f"{int(k):,}", f"{p['pages']:,}", _s(p["seconds"]), f"{p['pages_per_s']:,.0f}",
                         f"{p['paragraphs_per_s']:,.0f}", f"{p['cpu_main']:,.0f} + {p['cpu_workers']:,.0f}",
                         f"{p['pages'] / cpu_bound:,.0f}"])
        parts.append(_t(["paragraphs", "pages", "wall s", "pages/s", "§/s", "CPU s main + workers",
                         "pages/s if CPU-bound"], rows))

    stages = next((r["stages"] for r in rs if "stages" in r), None)
    floors = [(k, r) for k, r in zip(sizes, rs, strict=True) if "store_floor" in r]
    if stages:
        store_ms = [1000 * r["store_floor"]["cpu"] / int(k) for k, r in floors]
        worker = stages["read_txt_ms"] + stages["extract_ms"] + stages["rdf_ms"]
        rows = [["reading a text file", f"{stages['read_txt_ms']:.2f}", "§"],
                ["extraction (`extract_minutes`)", f"{stages['extract_ms']:.2f}", "§"],
                ["graph building and N-Triples (`minutes_to_ntriples`)", f"{stages['rdf_ms']:.2f}", "§"]]
        rows += [[f"the store: Oxigraph's bulk loader alone on the same quads, {int(k):,} §", f"{ms:.2f}", "§"]
                 for (k, _), ms in zip(floors, store_ms, strict=True)]
        if store_ms:
            total = worker + max(store_ms)
            rows.append(["**all of it, two cores: at most**", f"**{2000 / total:,.0f} §/s**", "(2 cores ÷ sum)"])
        if "read_pdf_ms_per_page" in stages:
            ppp = stages["paragraphs_per_page"]
            rows.append(["reading a PDF page (pypdfium2, layout)", f"{stages['read_pdf_ms_per_page']:.2f}", "page"])
            if store_ms:
                page = stages["read_pdf_ms_per_page"] + ppp * (stages["extract_ms"] + stages["rdf_ms"]
                                                               + max(store_ms))
                rows.append([f"**a PDF page of {ppp:.1f} §, two cores: at most**", f"**{2000 / page:,.0f} pages/s**",
                             "(2 cores ÷ sum)"])
        parts.append(_t(["stage (CPU time, one process)", "ms", "per"], rows))

    header = ["query", "parameter"] + [f"{int(k):,} §: median / p95 ms" for k in sizes]
    with_rdf = [(k, r) for k, r in zip(sizes, rs, strict=True) if "rdflib" in r]
    for k, _ in with_rdf:
        header += [f"rdflib {int(k):,} § ms", "ratio"]
    rows = []
    for q0 in rs[-1]["queries"]:
        name, kind = q0["name"], q0["kind"]
        row = [name, q0["variant"] if kind == "selective" else "(all)"]
        for r in rs:
            q = next((q for q in r["queries"] if q["name"] == name and q["kind"] == kind), None)
            row.append("–" if q is None else f"> {q['timeout']:.0f} s" if q["capped"] else
                       f"{_ms(q['median'])} / {_ms(q['p95'])}")
        for _k, r in with_rdf:
            q = next((q for q in r["queries"] if q["name"] == name and q["kind"] == kind), None)
            rq = next((x for x in r["rdflib"]["queries"] if q and x["name"] == name
                       and x["variant"] == q["variant"]), None)
            if rq is None:
                row += ["–", "–"]
            elif rq.get("error"):
                row += ["fails", "–"]
            elif rq["capped"]:
                row += [f"> {rq['timeout'] * 1000:,.0f}",
                        f"> {rq['timeout'] / q['median']:,.0f}×" if q and q["median"] else "–"]
            else:
                row += [_ms(rq["median"]), f"{rq['median'] / q['median']:,.0f}×" if q and q["median"] else "–"]
        rows.append(row)
    parts.append(_t(header, rows, right=2))

    rows = []
    for k, r in with_rdf:
        tot, geo = library_ratio(r), library_ratio(r, geometric=True)
        rows.append([f"{int(k):,}", _s(r["rdflib"]["load_seconds"]),
                     _s(r["store_floor"]["seconds"]) if "store_floor" in r else "–", _mb(r["rdflib"]["peak_rss"]),
                     f"{tot:,.0f}×" if tot else "–", f"{geo:,.0f}×" if geo else "–"])
    if rows:
        parts.append(_t(["paragraphs", "rdflib Dataset load s", "Oxigraph bulk load s (same quads)",
                         "rdflib peak RSS MB", "library total-time ratio", "per-query ratio, geometric mean"], rows))

    rows = []
    for fmt in ("turtle", "nquads"):
        rows.append([f"export {fmt}"] + [f"{_s(r['export'][fmt]['seconds'])} ({_mb(r['export'][fmt]['bytes'])} MB)"
                                         for r in rs])
    for kind, v in rs[-1].get("network", {}).items():
        if isinstance(v, dict):
            rows.append([f"network {kind}"] + [_s(r["network"].get(kind, {}).get("seconds"), 2) for r in rs])
    for what in rs[-1].get("timeline", {}):
        rows.append([f"timeline of a {what}"] + [_s(r.get("timeline", {}).get(what, {}).get("seconds"), 2)
                                                 for r in rs])
    parts.append(_t(["seconds"] + [f"{int(k):,} §" for k in sizes], rows))

    g = result["growth"]
    pairs = list(next(iter(g.values())).keys()) if g else []
    rows = [[m] + ["–" if v.get(p) is None else f"{v[p]:.1f}" for p in pairs] for m, v in g.items()]
    parts.append(_t(["measure"] + [p.replace("→", " → ") for p in pairs], rows))

    rows = []
    for x in result["targets"]:
        v = x["measured"]
        rows.append([x["target"], "–" if v is None else f"{figure(v)} {x['unit']}", f"{x['limit']:,} {x['unit']}",
                     {True: "yes", False: "**no**", None: "–"}[x["met"]], x["at"]])
    parts.append(_t(["target", "measured", "limit", "met", "at"], rows))

    types = list(rs[-1]["f1"]["by_type"])
    rows = [[ft] + ["–" if (d := (r["f1"]["overall"] if ft == "overall" else r["f1"]["by_type"].get(ft))) is None
                    else f"{d['f1']:.3f}" for r in rs] for ft in [*types, "overall"]]
    parts.append(_t(["fact type"] + [f"{int(k):,} § ({r['f1']['documents']} documents)" for k, r in
                                     zip(sizes, rs, strict=True)], rows))
    return "\n\n".join(parts) + "\n"
