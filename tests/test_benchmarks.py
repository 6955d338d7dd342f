"""Smoke tests of the benchmark's generator (no timings here: the benchmark is `python -m benchmarks run`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.corpus import Spec, generate
from kommungraf.evaluate import evaluate


def _files(d: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in sorted(d.iterdir())}


@pytest.mark.parametrize("fmt, paragraphs", [("txt", 70), ("pdf", 25)])
def test_the_generator_writes_the_same_bytes_for_the_same_seed(tmp_path, fmt, paragraphs):
    a, b = tmp_path / "a", tmp_path / "b"
    generate(Spec(paragraphs, fmt, seed=7), a)
    generate(Spec(paragraphs, fmt, seed=7), b)
    assert _files(a) == _files(b)
    assert any(n.endswith(f".{fmt}") for n in _files(a)) and any(n.endswith(".json") for n in _files(a))
    generate(Spec(paragraphs, fmt, seed=8), tmp_path / "c")
    assert _files(tmp_path / "c") != _files(a)


def test_the_extractor_reads_generated_minutes_as_their_gold_says(tmp_path):
    generate(Spec(30, "txt", seed=3), tmp_path)
    ev = evaluate(tmp_path, tmp_path)
    overall, by_type = ev.totals()
    print("F1 on 30 generated paragraphs:", round(overall.f1, 4),
          {t: round(c.f1, 3) for t, c in by_type.items() if c.f1 < 1})
    assert not ev.errors
    assert overall.f1 >= 0.9, {t: c.as_dict() for t, c in by_type.items() if c.f1 < 0.9}


def test_the_loader_writes_new_documents_as_replace_graph_writes_them(tmp_path):
    """Guards the loader's fast path for new documents (N-Triples text from the workers, one N-Quads load per
    document) against the per-document SPARQL update it replaces: the same quads, named and default graph."""
    from kommungraf import pipeline
    from kommungraf.store import GraphStore

    docs = tmp_path / "docs"
    generate(Spec(120, "txt", seed=5), docs)
    one_by_one = GraphStore(None)
    for f in pipeline.expand_paths([docs]):
        b = pipeline.build(f)
        one_by_one.replace_graph(b.graph_iri, b.graph)
    fast = GraphStore(tmp_path / "store")
    report = pipeline.load(fast, [docs], workers=1)
    assert not report.failed and report.triples > 0
    assert set(fast.oxigraph) == set(one_by_one.oxigraph)
    assert len(pipeline.load(fast, [docs], workers=1).skipped) == len(report.loaded)


def test_the_targets_judge_each_query_by_what_it_selects():
    """Person, case, body and meeting queries are judged as selective; party and organisation filters and the
    whole graph as aggregates; floors (not library queries) are reported beside them and left out of the ratio."""
    from benchmarks.run import library_ratio, query_plan, targets

    samples = {"person": "Anna Berg", "name": "Anna Berg", "case": "KS 2024/1", "body": "Socialnämnden",
               "municipality": "Solna stad", "organisation": "Trafikverket", "party": "SD",
               "meeting": "https://w3id.org/kommungraf/id/x"}
    plan = query_plan(samples)
    by = {(q["name"], q["variant"]): q["target"] for q in plan}
    assert by[("person-profile", "person=Anna Berg")] == "selective"
    assert by[("paragraphs", "body=Socialnämnden, municipality=Solna stad")] == "selective"
    assert by[("reservations", "party=SD")] == "filtered"
    assert by[("agreements", "organisation=Trafikverket")] == "filtered"
    assert by[("paragraphs", "all")] == "aggregate"
    floor = next(q for q in plan if q["target"] == "floor")
    assert '"Socialnämnden"@sv' in floor["nq"].text and '"Solna stad"@sv' in floor["nq"].text
    assert by[("(floor) paragraph-listing-parts", "all")] == "floor-aggregate"

    times = {"selective": 0.03, "filtered": 1.5, "aggregate": 0.9, "floor": 0.08, "floor-aggregate": 2.5}
    queries = [{"name": q["name"], "variant": q["variant"], "kind": q["kind"], "target": q["target"],
                "median": times[q["target"]], "timeout": 30.0, "capped": False} for q in plan]
    rdflib = {"queries": [{"name": q["name"], "variant": q["variant"], "median": 10.0, "capped": False,
                           "error": None} for q in plan]}
    size = {"load_txt": {"paragraphs_per_s": 500.0, "seconds": 200.0, "peak_rss_main": 1 << 30,
                         "peak_rss_worker": 1 << 27, "workers": 2},
            "export": {"turtle": {"seconds": 50.0}}, "queries": queries, "rdflib": rdflib}
    got = {t["target"]: t for t in targets({"sizes": {"100000": size}})}
    assert got["slowest selective query: a person, a case, a body, a meeting (median)"]["measured"] == 0.03
    assert got["slowest selective query: a person, a case, a body, a meeting (median)"]["met"] is True
    aggregate = got["slowest whole-graph query, or one filtered by a party or an organisation (median)"]
    assert aggregate["measured"] == 1.5 and aggregate["met"] is True
    assert [t["measured"] for name, t in got.items() if name.startswith("floor")] == [0.08, 2.5]
    # Ten seconds over each library query's own time: the floor is no library query and is not counted.
    library = [q for q in queries if not q["target"].startswith("floor")]
    assert library_ratio(size) == pytest.approx(10.0 * len(library) / sum(q["median"] for q in library))


def test_the_benchmark_times_a_case_a_person_and_a_body_timeline_from_the_corpus_samples(tmp_path):
    import kommungraf
    from benchmarks.run import parameter_samples, timeline_times

    docs = tmp_path / "docs"
    generate(Spec(120, "txt", seed=5), docs)
    kg = kommungraf.open(memory=True)
    assert not kg.load([docs]).failed
    times = timeline_times(kg, parameter_samples(docs))
    assert set(times) == {"case", "person", "body"}
    assert all(t["seconds"] >= 0 and t["events"] > 0 for t in times.values()), times


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads' CPU is read from Linux's /proc")
def test_thread_cpu_counts_the_named_threads_only():
    """Guards the benchmark's account of the store's compactions: the CPU of this process's threads by name."""
    import ctypes
    import threading
    import time

    from benchmarks.run import thread_cpu

    def burn() -> None:
        ctypes.CDLL(None).prctl(15, b"kgtest-burn")  # PR_SET_NAME: the name /proc shows
        end = time.thread_time() + 0.3
        while time.thread_time() < end:
            pass
        done.wait()

    done = threading.Event()
    t = threading.Thread(target=burn)
    t.start()
    try:
        deadline = time.monotonic() + 10
        while (thread_cpu("kgtest") or 0) < 0.25 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert 0.25 <= (thread_cpu("kgtest") or 0) < 2
        assert thread_cpu("no-such-thread") == 0.0
    finally:
        done.set()
        t.join()


@given(st.floats(min_value=1e-6, max_value=1e9))
def test_a_figure_is_printed_without_an_exponent_to_three_digits_or_more(v: float):
    """Guards the targets table, which printed 1,032 §/s as "1.03e+03 §/s"."""
    from benchmarks.run import figure

    text = figure(v)
    assert "e" not in text
    assert abs(float(text.replace(",", "")) - v) <= 0.005 * v
