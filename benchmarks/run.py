"""The benchmark: load synthetic minutes at several sizes and measure the loader, the store, the query library,
exports and network projections, beside rdflib's in-memory Dataset.

Loads run in a child process so that their peak memory is their own; rdflib runs in another child (its memory
and its time limit are its own too).  Everything is printed as tables and written as JSON.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import multiprocessing as mp
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import Spec, cached

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"

# The targets on this 2-core machine.
TARGET_PARAGRAPHS_PER_S = 1000
TARGET_PAGES_PER_S = 300
TARGET_100K_SECONDS = 180
TARGET_PEAK_BYTES = 4 * 1024**3
TARGET_SELECTIVE_S = 0.050
TARGET_AGGREGATE_S = 2.0
TARGET_RDFLIB_RATIO = 20
TARGET_TURTLE_S = 60

# A query the library does not have: the paragraphs of one meeting (the fourth "selective" kind the issue names).
MEETING_PROBE = """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?paragraph ?title WHERE {
  ?par kg:atMeeting ?meeting ; kg:paragraphNumber ?paragraph .
  OPTIONAL { ?par dct:title ?title }
} ORDER BY ?paragraph"""

# Not a query anyone would run: the index walk alone to the paragraphs of one body (their numbers and meeting
# dates, unsorted, nothing else).  Its time is the floor under `paragraphs` of that body, the listing of every
# paragraph the body ever treated: no form of the query can return those rows faster.
BODY_WALK_FLOOR = """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?paragraph ?date WHERE {
  ?b skos:prefLabel ?body ; org:subOrganizationOf ?m . ?m skos:prefLabel ?municipality .
  ?par kg:body ?b ; kg:paragraphNumber ?paragraph ; kg:atMeeting ?meeting . ?meeting dct:date ?date .
}"""

# Not a query anyone would run either: the parts of the `paragraphs` listing of every paragraph, each computed
# the cheapest way this store has (whole-store scans, hash-joined) and returned side by side, neither joined to
# each other nor sorted: the five stored columns of every paragraph, its case numbers grouped, its decision points
# counted.  No form of the listing can return its rows faster than its parts.
LISTING_PARTS_FLOOR = """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?municipality ?body ?date ?paragraph ?title ?case_numbers ?decision_points WHERE {
  { SELECT ?municipality ?body ?date ?paragraph ?title WHERE {
      { SELECT ?b ?body ?municipality WHERE {
          ?b a kg:Body ; skos:prefLabel ?body OPTIONAL { ?b org:subOrganizationOf/skos:prefLabel ?municipality } } }
      { SELECT ?par ?b WHERE { ?par kg:body ?b } }
      { SELECT ?par ?paragraph WHERE { ?par kg:paragraphNumber ?paragraph } }
      OPTIONAL { SELECT ?par ?date WHERE { { SELECT ?par ?meeting WHERE { ?par kg:atMeeting ?meeting } }
                                           { SELECT ?meeting ?date WHERE { ?meeting dct:date ?date } } } }
      OPTIONAL { SELECT ?par ?title WHERE { ?par dct:title ?title } } } }
  UNION { SELECT (GROUP_CONCAT(DISTINCT ?cn; separator=", ") AS ?case_numbers) WHERE {
      { SELECT ?par ?number WHERE { ?par kg:citesCaseNumber ?number } }
      { SELECT ?number ?cn WHERE { ?number skos:notation ?cn } } } GROUP BY ?par }
  UNION { SELECT (COUNT(DISTINCT ?point) AS ?decision_points) WHERE {
      { SELECT ?par ?decision WHERE { ?par kg:hasDecision ?decision } }
      { SELECT ?decision ?point WHERE { ?decision kg:hasPoint ?point } } } GROUP BY ?par }
}"""

# The kinds of selective query the issue names (a person, a case, a body, a meeting): a query given only these
# parameters is judged by the selective target; one filtered by a party or an organisation (thousands of rows at
# 100k paragraphs) by the whole-graph one.
SELECTIVE_PARAMS = frozenset(("person", "name", "case", "body", "municipality", "meeting"))


@dataclass
class Options:
    sizes: list[int]
    seed: int = 1
    work: Path = ROOT / "out" / "bench"
    pdf_max: int = 1000
    rdflib_max: int = 10_000
    rdflib_timeout: float = 10.0
    query_timeout: float = 30.0
    floor_max: int = 10_000
    repeats: int = 7
    f1_docs: int = 40
    workers: int = 2
    out: Path = RESULTS / "latest.json"
    quick: bool = False


# ------------------------------------------------------------------------------------------------ helpers


def _rss_bytes(ru: resource.struct_rusage) -> int:
    return ru.ru_maxrss * 1024  # Linux reports kilobytes


def thread_cpu(prefix: str) -> float | None:
    """CPU seconds of this process's live threads whose name starts with ``prefix`` (Linux), else None.

    RocksDB names its background threads ("rocksdb:low" compacts, "rocksdb:high" flushes) and keeps them for the
    life of the store, so their CPU is the store's compaction work; the bulk loader's threads end with each call.
    """
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for task in tasks.iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:  # the thread ended meanwhile
            continue
        name, fields = stat[stat.index("(") + 1: stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        if name.startswith(prefix):
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _p95(xs: list[float]) -> float:
    s = sorted(xs)
    return s[max(0, math.ceil(0.95 * len(s)) - 1)]


def timed(fn: Callable[[], Any], repeats: int, budget: float = 10.0) -> dict[str, Any]:
    """Median and 95th percentile (nearest rank) of up to ``repeats`` runs after a warm-up run; a slow query
    stops repeating once ``budget`` seconds are spent (and a very slow first run counts as a sample)."""
    t = time.perf_counter()
    result = fn()
    first = time.perf_counter() - t
    times: list[float] = [first] if first > budget / 2 else []
    for _ in range(repeats):
        if times and sum(times) > budget:
            break
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return {"median": statistics.median(times), "p95": _p95(times), "runs": len(times), "first": first,
            "rows": len(result) if hasattr(result, "__len__") else None}


def _child(args: list[str], timeout: float | None = None) -> dict[str, Any]:
    """Run ``python -m benchmarks <args>`` from the repository root and read the JSON it writes."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    try:
        proc = subprocess.run([sys.executable, "-m", "benchmarks", *args, "--json", str(out)], cwd=ROOT,
                              timeout=timeout, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"benchmark child {args[0]} failed:\n{proc.stderr[-3000:]}")
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        out.unlink(missing_ok=True)


def growth(values: dict[int, float | None]) -> dict[str, float | None]:
    """How a measure grows per 10× more paragraphs between successive sizes: (v2/v1) ** (1 / log10(n2/n1))."""
    out: dict[str, float | None] = {}
    sizes = sorted(n for n, v in values.items() if v)
    for a, b in itertools.pairwise(sizes):
        va, vb = values[a], values[b]
        out[f"{a}→{b}"] = (vb / va) ** (1 / math.log10(b / a)) if va and vb else None
    return out


# ------------------------------------------------------------------------------------------------ children


def child_load(docs: Path, store: Path, workers: int) -> dict[str, Any]:
    """Load a folder into a fresh on-disk store (run in a child process): time, CPU, memory, store size."""
    import kommungraf
    from kommungraf import pipeline, staging

    if store.exists():
        shutil.rmtree(store)
    staging.discard(store)  # a staging store left by an interrupted run would be resumed, not measured
    from kommungraf.ontology import load_ontology

    # The clock covers what `kommungraf load` does: open the store, write the ontology, load, flush.
    t0, c0 = time.perf_counter(), time.process_time()
    kg = kommungraf.open(store)
    load_ontology(kg.store)
    report = pipeline.load(kg.store, [docs], workers=workers)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    quads = len(kg.store)
    compaction = thread_cpu("rocksdb")
    del kg
    return {"seconds": wall, "cpu_main": cpu, "cpu_workers": kids.ru_utime + kids.ru_stime,
            "cpu_store_compaction": compaction,
            "peak_rss_main": _rss_bytes(me), "peak_rss_worker": _rss_bytes(kids), "workers": workers,
            "documents": len(report.loaded), "failed": len(report.failed), "paragraphs": report.paragraphs,
            "pages": report.pages, "triples": report.triples, "quads": quads,
            "write_seconds": report.write_seconds, "store_bytes": _du(store),
            "errors": [f"{b.path.name}: {b.error}" for b in report.failed[:5]]}


def child_floor(nquads: Path, turtle: Path, store: Path) -> dict[str, Any]:
    """The store's own bulk-load time for the same quads: named graphs (N-Quads) and default graph (Turtle)."""
    import pyoxigraph as ox

    if store.exists():
        shutil.rmtree(store)
    t0, c0 = time.perf_counter(), time.process_time()
    s = ox.Store(str(store))
    s.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    s.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    s.flush()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    compaction = thread_cpu("rocksdb")
    n = len(s)
    del s
    shutil.rmtree(store, ignore_errors=True)
    return {"seconds": wall, "cpu": cpu, "cpu_store_compaction": compaction, "quads": n,
            "peak_rss": _rss_bytes(resource.getrusage(resource.RUSAGE_SELF))}


def child_stages(txt: Path, pdf: Path | None, n_docs: int) -> dict[str, Any]:
    """CPU time of each stage of the loader, one process, on an evenly spaced sample of the corpus: reading,
    extraction and graph building (N-Triples) per paragraph, reading a PDF per page.  Best of three passes."""
    from kommungraf.extract import extract_minutes
    from kommungraf.loaders import read_document
    from kommungraf.rdf import minutes_to_ntriples

    def sample(folder: Path, suffix: str) -> list[Path]:
        docs = sorted(folder.glob(f"*{suffix}"))
        return docs[:: max(1, len(docs) // n_docs)][:n_docs]

    def best(fn: Callable[[], Any]) -> tuple[float, Any]:
        times, out = [], None
        for _ in range(3):
            c = time.process_time()
            out = fn()
            times.append(time.process_time() - c)
        return min(times), out

    files = sample(txt, ".txt")
    t_read, sources = best(lambda: [read_document(f) for f in files])
    t_extract, minutes = best(lambda: [extract_minutes(s) for s in sources])
    t_rdf, lines = best(lambda: [minutes_to_ntriples(m)[1] for m in minutes])
    paragraphs = sum(len(m.paragraphs) for m in minutes)
    out: dict[str, Any] = {"documents": len(files), "paragraphs": paragraphs,
                           "triples": sum(len(x) for x in lines),
                           "read_txt_ms": 1000 * t_read / paragraphs, "extract_ms": 1000 * t_extract / paragraphs,
                           "rdf_ms": 1000 * t_rdf / paragraphs}
    if pdf is not None:
        pdfs = sample(pdf, ".pdf")
        t_pdf, docs = best(lambda: [read_document(f) for f in pdfs])
        pages = sum(d.page_count for d in docs)
        out |= {"pdf_documents": len(pdfs), "pdf_pages": pages, "read_pdf_ms_per_page": 1000 * t_pdf / pages,
                "paragraphs_per_page": sum(len(extract_minutes(d).paragraphs) for d in docs) / pages}
    return out


def child_query(store: Path, item: dict[str, Any], repeats: int) -> dict[str, Any]:
    """Time one named query through kommungraf.api on the embedded store (in this child's process, so that the
    parent can cut off a query that runs away)."""
    import kommungraf
    from kommungraf.queries import NamedQuery, library

    kg = kommungraf.open(store, read_only=True)
    nq = library().get(item["name"]) or NamedQuery(item["name"], item["name"], "", (), (), item["text"])
    params = item["params"]
    return timed(lambda: kg.query(nq, **params), repeats)


def _rdflib_query(conn: Any, ds: Any, text: str) -> None:
    t = time.perf_counter()
    try:
        rows: int | str = len(list(ds.query(text)))
    except Exception as e:  # rdflib's engine fails on some valid queries: record it, do not stop the run
        rows = f"error: {type(e).__name__}: {e}"
    conn.send((time.perf_counter() - t, rows))
    conn.close()


def child_rdflib(nquads: Path, queries: list[dict[str, str]], timeout: float, repeats: int) -> dict[str, Any]:
    """Load the same named graphs into rdflib's in-memory Dataset (default graph = their union) and run the
    same query texts with rdflib's SPARQL engine, each in a forked process cut off after ``timeout`` seconds."""
    from rdflib import Dataset

    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(nquads), format="nquads")
    load = time.perf_counter() - t0
    n = len(ds)  # the default graph: the union of the named graphs
    ctx = mp.get_context("fork")
    out: list[dict[str, Any]] = []
    for q in queries:
        times: list[float] = []
        rows = None
        capped = False
        error = None
        for _ in range(repeats):
            parent, child = ctx.Pipe(duplex=False)
            p = ctx.Process(target=_rdflib_query, args=(child, ds, q["text"]))
            p.start()
            child.close()
            if parent.poll(timeout):
                secs, rows = parent.recv()
                p.join()
                if isinstance(rows, str):
                    error = rows
                    break
                times.append(secs)
            else:
                p.kill()
                p.join()
                capped = True
                break
            if secs > 1.0 or sum(times) > timeout:
                break  # slow queries run once or twice: the ratio to Oxigraph is clear by then
        out.append({"name": q["name"], "variant": q["variant"], "capped": capped, "timeout": timeout,
                    "error": error,
                    "median": statistics.median(times) if times else None,
                    "p95": _p95(times) if times else None, "runs": len(times), "rows": rows})
    return {"load_seconds": load, "triples": n,
            "peak_rss": _rss_bytes(resource.getrusage(resource.RUSAGE_SELF)), "queries": out}


# ------------------------------------------------------------------------------------------------ samples


def parameter_samples(corpus: Path) -> dict[str, str]:
    """Parameter values that exist in the corpus: a person who signed statements, a case, a body, …"""
    from collections import Counter

    people: Counter[str] = Counter()
    cases: list[str] = []
    orgs: Counter[str] = Counter()
    meeting: tuple[str, str, str] | None = None
    golds = sorted(f for f in corpus.glob("*.json") if f.name != "manifest.json")
    step = max(1, len(golds) // 200)  # evenly over the corpus: file names sort by municipality and body
    for f in golds[::step]:
        g = json.loads(f.read_text(encoding="utf-8"))
        if meeting is None and g.get("meeting_date"):
            meeting = (g["municipality"], g["body"], g["meeting_date"])
        for p in g["paragraphs"]:
            for r in p["reservations"]:
                people[r["name"]] += 1
            for s in p["statements"]:
                for b in s["by"]:
                    people[b["name"]] += 1
            if p["referred_by"] and len(p["case_numbers"]) > 1:
                cases.append(p["case_numbers"][-1])
            for a in p["agreements"]:
                orgs.update(a["parties"][1:])
    from kommungraf import iri

    samples = {"person": people.most_common(1)[0][0] if people else "Anna Andersson",
               "case": cases[0] if cases else "KS 2024/0001", "body": "Socialnämnden",
               "organisation": orgs.most_common(1)[0][0] if orgs else "Trafikverket", "party": "SD"}
    samples["name"] = samples["person"]
    if meeting:
        muni, body, date = meeting
        # A body is one body of one municipality: "Socialnämnden" alone names one in every municipality.
        samples["municipality"] = muni
        samples["meeting_body"] = body
        samples["meeting"] = str(iri.meeting(str(iri.organisation(body, muni)), date))
    return samples


def query_plan(samples: dict[str, str]) -> list[dict[str, Any]]:
    """Every named query, unparameterised (whole graph) where it may be, and with a parameter (selective)."""
    from kommungraf.queries import library

    plan: list[dict[str, Any]] = []
    for name, nq in library().items():
        if not any(p.required for p in nq.params):
            plan.append({"name": name, "variant": "all", "params": {}, "kind": "aggregate", "target": "aggregate",
                         "nq": nq})
        bound = {p.name: samples[p.name] for p in nq.params if p.name in samples}
        if bound and all(p.name in bound for p in nq.params if p.required):
            first = next(iter(bound))
            params = {first: bound[first]} | {p.name: bound[p.name] for p in nq.params if p.required}
            if first == "body" and "municipality" in bound:
                params["municipality"] = bound["municipality"]
            label = ", ".join(f"{k}={v}" for k, v in params.items())
            target = "selective" if set(params) <= SELECTIVE_PARAMS else "filtered"
            plan.append({"name": name, "variant": label, "params": params, "kind": "selective", "target": target,
                         "nq": nq})
    from kommungraf.queries import NamedQuery, Param, to_term

    if "meeting" in samples:
        text = MEETING_PROBE.replace("?meeting", f"<{samples['meeting']}>")
        plan.append({"name": "(probe) meeting-paragraphs", "variant": "one meeting", "params": {},
                     "kind": "selective", "target": "selective",
                     "nq": NamedQuery("meeting-paragraphs", "probe", "", (), (), text)})
    if "municipality" in samples:
        text = BODY_WALK_FLOOR
        for var in ("body", "municipality"):  # the terms the library's label parameters bind
            text = text.replace(f"?{var} ", to_term(Param(var, "label", True, ""), samples[var]).n3() + " ")
        plan.append({"name": "(floor) body-paragraph-walk", "variant": f"body={samples['body']}, "
                     f"municipality={samples['municipality']}", "params": {}, "kind": "selective",
                     "target": "floor", "nq": NamedQuery("body-paragraph-walk", "floor", "", (), (), text)})
    plan.append({"name": "(floor) paragraph-listing-parts", "variant": "all", "params": {}, "kind": "aggregate",
                 "target": "floor-aggregate",
                 "nq": NamedQuery("paragraph-listing-parts", "floor", "", (), (), LISTING_PARTS_FLOOR)})
    return plan


# ------------------------------------------------------------------------------------------------ one size


def bench_size(n: int, opt: Options, log: Callable[[str], None]) -> dict[str, Any]:
    """Everything measured at one size."""
    import kommungraf

    res: dict[str, Any] = {"paragraphs": n}
    t = time.perf_counter()
    corpus, manifest = cached(Spec(n, "txt", opt.seed), opt.work / "corpora")
    res["corpus"] = {**manifest, "path": str(corpus), "prepare_seconds": time.perf_counter() - t}
    log(f"[{n}] corpus ready: {manifest['documents']} documents, {manifest['pages']} pages")

    store = opt.work / "stores" / f"txt-{n}"
    res["load_txt"] = _child(["_load", str(corpus), str(store), "--workers", str(opt.workers)])
    ld = res["load_txt"]
    ld["paragraphs_per_s"] = ld["paragraphs"] / ld["seconds"]
    ld["triples_per_s"] = ld["triples"] / ld["seconds"]
    log(f"[{n}] loaded from text in {ld['seconds']:.1f} s ({ld['paragraphs_per_s']:.0f} §/s)")

    if n <= opt.pdf_max:
        t = time.perf_counter()
        pdfs, pm = cached(Spec(n, "pdf", opt.seed), opt.work / "corpora")
        log(f"[{n}] PDF corpus ready ({pm['pages']} pages, {time.perf_counter() - t:.0f} s)")
        pl = _child(["_load", str(pdfs), str(opt.work / "stores" / f"pdf-{n}"), "--workers", str(opt.workers)])
        pl["pages_per_s"] = pl["pages"] / pl["seconds"]
        pl["paragraphs_per_s"] = pl["paragraphs"] / pl["seconds"]
        pl["triples_per_s"] = pl["triples"] / pl["seconds"]
        res["load_pdf"] = pl
        shutil.rmtree(opt.work / "stores" / f"pdf-{n}", ignore_errors=True)
        log(f"[{n}] loaded from PDF in {pl['seconds']:.1f} s ({pl['pages_per_s']:.0f} pages/s)")

    if n == min(opt.sizes):
        # Per paragraph the stages cost the same at every size: measured once.
        pdf_corpus = cached(Spec(n, "pdf", opt.seed), opt.work / "corpora")[0] if n <= opt.pdf_max else None
        res["stages"] = _child(["_stages", str(corpus), *([str(pdf_corpus)] if pdf_corpus else [])])
        st = res["stages"]
        log(f"[{n}] stages: read {st['read_txt_ms']:.2f}, extract {st['extract_ms']:.2f}, "
            f"graph {st['rdf_ms']:.2f} ms/§" + (f"; PDF {st['read_pdf_ms_per_page']:.2f} ms/page"
                                                  if "read_pdf_ms_per_page" in st else ""))

    samples = parameter_samples(corpus)
    res["samples"] = samples
    plan = query_plan(samples)
    qres = []
    for q in plan:
        item = {k: q[k] for k in ("name", "variant", "kind", "params")} | {"text": q["nq"].text}
        try:
            r = _child(["_query", str(store), json.dumps(item, ensure_ascii=False), "--repeats", str(opt.repeats)],
                       timeout=opt.query_timeout)
            r["capped"] = False
        except subprocess.TimeoutExpired:
            r = {"median": None, "p95": None, "runs": 0, "capped": True, "timeout": opt.query_timeout}
        qres.append({k: q[k] for k in ("name", "variant", "kind", "target")} | r)
    res["queries"] = qres
    slow = [q["name"] for q in qres if q["capped"]]
    log(f"[{n}] {len(qres)} queries timed" + (f"; cut off after {opt.query_timeout:.0f} s: {', '.join(slow)}"
                                               if slow else ""))

    kg = kommungraf.open(store)

    exports: dict[str, Any] = {}
    tmp = opt.work / "exports"
    tmp.mkdir(parents=True, exist_ok=True)
    for fmt, suffix in (("turtle", ".ttl"), ("nquads", ".nq")):
        path = tmp / f"{n}{suffix}"
        r = kg.export(path, fmt)
        exports[fmt] = {"seconds": r.seconds, "statements": r.statements, "bytes": r.bytes}
    res["export"] = exports
    log(f"[{n}] exported (Turtle {exports['turtle']['seconds']:.1f} s)")

    res["network"] = network_times(kg)
    res["timeline"] = timeline_times(kg, samples)
    log(f"[{n}] network projections and timelines done")
    del kg
    # Right after a load the folder still holds RocksDB's write-ahead logs; they go when a writer next opens the
    # store (as the export above did).  This is the size the store keeps.
    res["store_bytes_settled"] = _du(store)

    nq_path, ttl_path = tmp / f"{n}.nq", tmp / f"{n}.ttl"
    if n <= opt.floor_max:
        res["store_floor"] = _child(["_floor", str(nq_path), str(ttl_path), str(opt.work / "stores" / "floor")])
        log(f"[{n}] store-only bulk load {res['store_floor']['seconds']:.1f} s")
    if n <= opt.rdflib_max:
        texts = [{"name": q["name"], "variant": q["variant"],
                  "text": q["nq"].render({k: str(v) for k, v in q["params"].items()})} for q in plan]
        spec = tmp / f"{n}-queries.json"
        spec.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        res["rdflib"] = _child(["_rdflib", str(nq_path), str(spec), "--timeout", str(opt.rdflib_timeout),
                                "--repeats", "3"])
        log(f"[{n}] rdflib: loaded in {res['rdflib']['load_seconds']:.0f} s, queries done")
    for p in (nq_path, ttl_path):
        p.unlink(missing_ok=True)
    res["f1"] = f1_sample(corpus, opt.f1_docs)
    log(f"[{n}] extraction F1 on a sample: {res['f1']['overall']['f1']:.3f}")
    return res


def network_times(kg: Any) -> dict[str, Any]:
    try:
        from kommungraf.network import KINDS
    except ImportError:
        return {"skipped": "kommungraf.network is not installed"}
    out: dict[str, Any] = {}
    for kind in KINDS:
        t = time.perf_counter()
        try:
            G = kg.network(kind)
            out[kind] = {"seconds": time.perf_counter() - t, "nodes": G.number_of_nodes(),
                         "edges": G.number_of_edges()}
        except Exception as e:  # a projection that fails is reported, not fatal to the benchmark
            out[kind] = {"error": f"{type(e).__name__}: {e}"}
    return out


def timeline_times(kg: Any, samples: dict[str, str]) -> dict[str, Any]:
    """Seconds to build the timeline of a case, of a person, and of a body (every event, no --limit), and how
    many events each held."""
    wanted = {"case": {"case": samples["case"]}, "person": {"person": samples["person"]},
              "body": {"body": samples.get("meeting_body", samples["body"])}}
    out: dict[str, Any] = {}
    for what, kwargs in wanted.items():
        t = time.perf_counter()
        try:
            events = len(kg.timeline(limit=10**9, **kwargs))
            out[what] = {"seconds": time.perf_counter() - t, "events": events}
        except Exception as e:  # reported, not fatal to the benchmark
            out[what] = {"error": f"{type(e).__name__}: {e}"}
    return out


def f1_sample(corpus: Path, max_docs: int) -> dict[str, Any]:
    """Extraction quality on an evenly spaced sample of the corpus, with the project's own harness."""
    from kommungraf.evaluate import evaluate

    docs = sorted(corpus.glob("*.txt"))
    step = max(1, len(docs) // max_docs)
    sample = docs[::step][:max_docs]
    with tempfile.TemporaryDirectory() as d:
        for f in sample:
            os.symlink(f, Path(d) / f.name)
            os.symlink(f.with_suffix(".json"), Path(d) / f.with_suffix(".json").name)
        ev = evaluate(Path(d), Path(d))
    data = ev.as_dict()
    return {"documents": len(sample), "paragraphs": sum(1 for f in sample for _ in
                                                         json.loads(f.with_suffix(".json").read_text())["paragraphs"]),
            "overall": data["overall"], "by_type": data["by_type"]}


# ------------------------------------------------------------------------------------------------ the run


def run(opt: Options) -> dict[str, Any]:
    from rich.console import Console

    con = Console(stderr=True)
    started = time.perf_counter()

    def log(msg: str) -> None:
        con.print(f"[dim]{time.perf_counter() - started:6.0f}s[/dim] {msg}", highlight=False)

    import pyoxigraph
    import rdflib

    result: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
                    "load_average_start": os.getloadavg()},
        "options": {"sizes": opt.sizes, "seed": opt.seed, "pdf_max": opt.pdf_max, "rdflib_max": opt.rdflib_max,
                    "rdflib_timeout": opt.rdflib_timeout, "repeats": opt.repeats, "workers": opt.workers},
        "sizes": {},
    }
    for n in opt.sizes:
        result["sizes"][str(n)] = bench_size(n, opt, log)
    result["machine"]["load_average_end"] = os.getloadavg()
    result["seconds"] = time.perf_counter() - started
    result["growth"] = growth_table(result)
    result["targets"] = targets(result)
    opt.out.parent.mkdir(parents=True, exist_ok=True)
    opt.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    from .report import print_report

    print_report(result)
    log(f"done; JSON in {opt.out}")
    return result


def growth_table(result: dict[str, Any]) -> dict[str, dict[str, float | None]]:
    sizes = {int(k): v for k, v in result["sizes"].items()}

    def series(get: Callable[[dict[str, Any]], float | None]) -> dict[int, float | None]:
        out = {}
        for n, r in sizes.items():
            try:
                out[n] = get(r)
            except (KeyError, TypeError):
                out[n] = None
        return out

    table = {
        "load time (text)": growth(series(lambda r: r["load_txt"]["seconds"])),
        "store write time": growth(series(lambda r: r["load_txt"]["write_seconds"])),
        "peak memory, loader process": growth(series(lambda r: r["load_txt"]["peak_rss_main"])),
        "peak memory, one worker": growth(series(lambda r: r["load_txt"]["peak_rss_worker"])),
        "store size on disk": growth(series(lambda r: r["store_bytes_settled"])),
        "Turtle export": growth(series(lambda r: r["export"]["turtle"]["seconds"])),
    }
    names = {(q["name"], q["kind"]) for r in sizes.values() for q in r["queries"]}
    for name, kind in sorted(names):
        table[f"query {name} ({'one' if kind == 'selective' else 'all'})"] = growth(series(
            lambda r, name=name, kind=kind: next(q["median"] for q in r["queries"]
                                                 if q["name"] == name and q["kind"] == kind)))
    return table


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of the issue with the measurement it is judged by."""
    sizes = {int(k): v for k, v in result["sizes"].items()}
    top = max(sizes)
    r = sizes[top]
    out: list[dict[str, Any]] = []

    def add(name: str, measured: float | None, limit: float, unit: str, higher_is_better: bool,
            where: str) -> None:
        ok = None if measured is None else (measured >= limit if higher_is_better else measured < limit)
        out.append({"target": name, "measured": measured, "limit": limit, "unit": unit, "met": ok, "at": where})

    best_txt = max(s["load_txt"]["paragraphs_per_s"] for s in sizes.values())
    add("load from text", best_txt, TARGET_PARAGRAPHS_PER_S, "§/s", True, "best size")
    pdf = [s["load_pdf"]["pages_per_s"] for s in sizes.values() if "load_pdf" in s]
    add("load from PDF", max(pdf) if pdf else None, TARGET_PAGES_PER_S, "pages/s", True, "best size")
    if top >= 100_000:
        add("100k paragraphs loaded", r["load_txt"]["seconds"], TARGET_100K_SECONDS, "s", False, str(top))
        peak = r["load_txt"]["peak_rss_main"] + r["load_txt"]["workers"] * r["load_txt"]["peak_rss_worker"]
        add("peak memory of the load (main + workers)", peak / 1024**3, TARGET_PEAK_BYTES / 1024**3, "GB",
            False, str(top))
    def slowest(*targets: str) -> tuple[float | None, str]:
        # Results written before queries had a "target" are judged by their kind.
        qs = [q for q in r["queries"] if q.get("target", q["kind"]) in targets]
        if not qs:
            return None, str(top)
        q = max(qs, key=lambda q: q["median"] or q["timeout"])
        return q["median"] or q["timeout"], f"{top}: {q['name']}" + (
            f" ({q['variant']})" if q["kind"] == "selective" else "")

    sel, where = slowest("selective")
    add("slowest selective query: a person, a case, a body, a meeting (median)", sel, TARGET_SELECTIVE_S, "s",
        False, where)
    agg, where = slowest("aggregate", "filtered")
    add("slowest whole-graph query, or one filtered by a party or an organisation (median)", agg,
        TARGET_AGGREGATE_S, "s", False, where)
    floor, where = slowest("floor")
    if floor is not None:
        add("floor: the index walk alone to one body's paragraphs (no query can list them faster)", floor,
            TARGET_SELECTIVE_S, "s", False, where)
    floor, where = slowest("floor-aggregate")
    if floor is not None:
        add("floor: the parts of the listing of every paragraph, unjoined and unsorted (no query can list them "
            "faster)", floor, TARGET_AGGREGATE_S, "s", False, where)
    ratios = [ratio for s in sizes.values() for ratio in [library_ratio(s)] if ratio]
    if ratios:
        add("query library vs rdflib (total time ratio)", min(ratios), TARGET_RDFLIB_RATIO, "×", True,
            "smallest over sizes")
    ratios = [ratio for s in sizes.values() for ratio in [library_ratio(s, geometric=True)] if ratio]
    if ratios:
        add("query library vs rdflib (geometric mean of per-query ratios)", min(ratios), TARGET_RDFLIB_RATIO,
            "×", True, "smallest over sizes")
    add("full Turtle export", r["export"]["turtle"]["seconds"], TARGET_TURTLE_S, "s", False, str(top))
    return out


def figure(v: float) -> str:
    """A measured figure to three significant digits, never in exponent form (1,032 rather than 1.03e+03)."""
    if abs(v) >= 100 or v == 0:
        return f"{v:,.0f}"
    return f"{v:.{2 - math.floor(math.log10(abs(v)))}f}"


def library_ratio(s: dict[str, Any], geometric: bool = False) -> float | None:
    """rdflib's time over Oxigraph's for the query library: total over total, or (``geometric``) the geometric
    mean of the per-query ratios.  A query rdflib cannot run, or that Oxigraph did not finish, is left out; an
    rdflib run cut off counts as its time limit, so the ratio is then a lower bound."""
    if "rdflib" not in s:
        return None
    ox_total = rdf_total = 0.0
    logs: list[float] = []
    by = {(q["name"], q["variant"]): q for q in s["rdflib"]["queries"]}
    for q in s["queries"]:
        rq = by.get((q["name"], q["variant"]))
        if q.get("target", "").startswith("floor"):
            continue  # a floor measures the store, not the query library
        if rq is None or rq.get("error") or q["capped"] or not q["median"]:
            continue
        r_time = rq["timeout"] if rq["capped"] else rq["median"]
        ox_total += q["median"]
        rdf_total += r_time
        logs.append(math.log(r_time / q["median"]))
    if geometric:
        return math.exp(sum(logs) / len(logs)) if logs else None
    return rdf_total / ox_total if ox_total else None
