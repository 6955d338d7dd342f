"""Atomic loads (issue 9, item 1): a load killed or failing at any point leaves only whole documents, and resumes.

The requirement, checked after every interruption: each document's named graph in the store is either absent or
exactly the graph :func:`kommungraf.pipeline.build` gives for its file (never a part of it), and the default graph
is exactly the union of the named graphs.  Loading again completes the batch, skipping what is already loaded.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, OWN_CORPUS, ROOT
from rdflib import Graph
from rdflib.compare import isomorphic

from kommungraf import iri
from kommungraf import staging as staging_module
from kommungraf.errors import StoreError
from kommungraf.extract import document_key
from kommungraf.ontology import ontology_graph
from kommungraf.pipeline import build
from kommungraf.pipeline import load as pipeline_load
from kommungraf.staging import Staging, journal_path
from kommungraf.store import GraphStore, from_ox, staging_path, to_ox
from kommungraf.vocab import ONTOLOGY_IRI

N_DOCS = 40
SOURCES = sorted((ROOT / "tests" / "linked").glob("*.txt")) + sorted(EXAMPLES.glob("*.txt")) \
    + sorted((OWN_CORPUS / "docs").iterdir())
#: pyoxigraph.Store methods that write; the crash harness counts calls to these.
WRITES = frozenset({"add", "add_graph", "bulk_extend", "bulk_load", "clear", "clear_graph", "extend", "load",
                    "remove", "remove_graph", "update"})
#: Oxigraph's bulk loader is not transactional, so a crash can land inside one of its calls.
NOT_ATOMIC = frozenset({"bulk_load", "bulk_extend"})

Triples = frozenset[ox.Triple]


@dataclass(frozen=True)
class Batch:
    folder: Path
    files: list[Path]
    expected: dict[str, Triples]  # graph IRI -> the triples a clean load writes (documents and the ontology)


def triples_of(graph: Graph) -> Triples:
    return frozenset(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph)


def write_batch(folder: Path, n: int) -> list[Path]:
    """``n`` documents: copies of the test minutes under new names (so new document keys), in load order."""
    folder.mkdir(parents=True)
    files = []
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        dst = folder / f"{i:02d}-{src.name}"
        dst.write_bytes(src.read_bytes())
        files.append(dst)
    return files


def graph_of(path: Path) -> str:
    return str(iri.document(document_key(path)))


def expected_graphs(files: Iterable[Path]) -> dict[str, Triples]:
    out = {ONTOLOGY_IRI: triples_of(ontology_graph())}
    for f in files:
        b = build(f)
        assert b.error is None and b.graph is not None, (f, b.error)
        out[graph_of(f)] = triples_of(b.graph)
    return out


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    folder = tmp_path_factory.mktemp("crash") / "docs"
    files = write_batch(folder, N_DOCS)
    return Batch(folder, files, expected_graphs(files))


# ---------------------------------------------------------------------------------------------- checking a store

@dataclass
class State:
    named: dict[str, Triples]
    default: Triples


def read_state(store: ox.Store) -> State:
    named = {g.value: frozenset(q.triple for q in store.quads_for_pattern(None, None, None, g))
             for g in store.named_graphs()}
    default = frozenset(q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return State(named, default)


def read_store(path: Path) -> State:
    """The store as a reader (``kommungraf serve``, ``query``) sees it: opened read-only, as it was left."""
    store = ox.Store.read_only(str(path))
    try:
        return read_state(store)
    finally:
        del store


def read_staging(store: Path, scratch: Path) -> State | None:
    """The staging store of a first load (kommungraf.staging) as the next load will find it, or None.

    Read from a copy, settled there as the next load settles it (its journal undone or completed), so that
    the real next load still finds the journal and settles it itself.
    """
    if not staging_path(store).exists():
        return None
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    copy = scratch / store.name
    for src, dst in ((store, copy), (staging_path(store), staging_path(copy))):
        if src.exists():
            shutil.copytree(src, dst)
    if journal_path(store).exists():
        shutil.copyfile(journal_path(store), journal_path(copy))
    target = GraphStore(copy)
    staging = Staging(target)
    try:
        return read_state(staging.store.oxigraph)
    finally:
        staging.abort()
        target.close()


def same_graph(a: Triples, b: Triples) -> bool:
    if not any(isinstance(t, ox.BlankNode) for tr in a | b for t in (tr.subject, tr.object)):
        return a == b
    ga, gb = Graph(), Graph()  # blank nodes: compare up to their labels
    for g, ts in ((ga, a), (gb, b)):
        for t in ts:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return isomorphic(ga, gb)


def assert_consistent(state: State, expected: dict[str, Triples], when: str) -> None:
    """Every named graph is a whole document (or the ontology), and the default graph is their union."""
    for g, triples in state.named.items():
        assert g in expected, f"{when}: the store has a graph that no document makes: {g}"
        want = expected[g]
        assert same_graph(triples, want), (
            f"{when}: graph {g} is partial: {len(triples)} triples, {len(want - triples)} missing "
            f"(such as {sorted(map(str, want - triples))[:2]}), {len(triples - want)} that do not belong")
    union = frozenset().union(*state.named.values()) if state.named else frozenset()
    assert state.default == union, (
        f"{when}: the default graph is not the union of the named graphs: {len(union - state.default)} triples of "
        f"named graphs missing from it, {len(state.default - union)} in it that no named graph states")


def documents_in(state: State) -> set[str]:
    return {g for g in state.named if g != ONTOLOGY_IRI}


# ---------------------------------------------------------------------------------------------- the real CLI, killed

# Runs the real CLI, but sends itself SIGKILL at the start of its K-th store write; inside a call to Oxigraph's
# bulk loader (not transactional) it first lets half of the data through, as a kill in the middle of it would.
HARNESS = textwrap.dedent("""
    import os, signal, sys
    import pyoxigraph as ox

    K = int(os.environ["KOMMUNGRAF_TEST_KILL_AT_WRITE"])
    WRITES = {writes!r}
    NOT_ATOMIC = {not_atomic!r}
    Real = ox.Store
    calls = 0

    def die():
        os.killpg(0, signal.SIGKILL)  # the whole group: the reader processes too, as a power cut would

    def half(data):
        if hasattr(data, "read"):  # a stream of text (kommungraf.staging.text_stream)
            data = data.read()
        if isinstance(data, (str, bytes)):
            nl = "\\n" if isinstance(data, str) else b"\\n"
            lines = data.split(nl)[: len(data.split(nl)) // 2]
            # TriG: a graph block cut in the middle is closed, so that the half written is a part of a graph
            brace = "}}" if isinstance(data, str) else b"}}"
            opened = sum(1 for x in lines if x.endswith("{{" if isinstance(data, str) else b"{{"))
            if opened > sum(1 for x in lines if x == brace):
                lines.append(brace)
            return nl.join(lines) + nl
        items = list(data)
        return items[: len(items) // 2]

    class Store:
        def __init__(self, *args, _inner=None, **kwargs):
            self._inner = _inner if _inner is not None else Real(*args, **kwargs)

        @staticmethod
        def read_only(path):
            return Store(_inner=Real.read_only(path))

        def __len__(self):
            return len(self._inner)

        def __getattr__(self, name):
            attr = getattr(self._inner, name)
            if name not in WRITES:
                return attr

            def write(*args, **kwargs):
                global calls
                calls += 1
                if calls == K:
                    if name in NOT_ATOMIC and args:
                        attr(half(args[0]), *args[1:], **kwargs)
                    die()
                return attr(*args, **kwargs)
            return write

    ox.Store = Store
    import kommungraf.staging
    kommungraf.staging.BATCH_TRIPLES = 4000  # several batches for the 40 documents, so kills land between them
    from kommungraf.cli import main
    sys.exit(main(sys.argv[1:]))
""").format(writes=sorted(WRITES), not_atomic=sorted(NOT_ATOMIC))


@dataclass
class Run:
    process: subprocess.Popen[bytes]
    log: Path

    def stderr(self) -> str:
        return self.log.read_text(errors="replace")


def start_load(batch: Batch, store: Path, harness: Path | None = None, kill_at: int = 0,
               quiet: bool = True) -> Run:
    """``kommungraf load FOLDER --store S`` in its own process group (so its reader processes die with it).

    Output goes to a file: a pipe would keep a reader waiting for processes that outlive a killed parent.
    """
    cmd = [sys.executable, *([str(harness)] if harness else ["-m", "kommungraf.cli"]),
           "load", str(batch.folder), "--store", str(store), *(["--quiet"] if quiet else [])]
    env = dict(os.environ, KOMMUNGRAF_TEST_KILL_AT_WRITE=str(kill_at))
    log = store.parent / f"load-{time.monotonic_ns()}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True, stdout=out, stderr=out)
    return Run(proc, log)


def kill_after(run: Run, seconds: float) -> bool:
    """SIGKILL the load's process group after ``seconds``; False if it finished first."""
    try:
        run.process.wait(seconds)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(run.process.pid, signal.SIGKILL)
        run.process.wait(30)
        return True


def test_a_load_killed_at_random_points_leaves_whole_documents_and_the_next_load_resumes(
        batch: Batch, tmp_path: Path) -> None:
    """Guards per-document transactions and resume by content hash.

    A real ``kommungraf load`` of 40 documents is killed with SIGKILL (its whole process group, as a power cut or
    the OOM killer would): twice inside its store writes (the harness kills it at its 3rd and its 2nd write, in
    the middle when the write is a bulk load), and five times at random moments (seeded) 0.2–3 s after it
    started.  After each kill the store, opened read-only as a reader would, holds only whole documents and a
    default graph that is their union.  40 documents into an empty store are a staged load (written in batches
    by the bulk loader beside the store, then swapped in): the staging store, once the next load has settled
    its journal, holds only whole documents too, and they count as loaded.  Without per-document transactions
    or the staging journal (a write that can stop half-way, or named and default graph written apart) a kill
    leaves a part of a document or a default graph that misses or keeps triples.  The last load then loads the
    rest, reports every document already whole as "skipped N unchanged", and leaves the store exactly as a clean
    single load does: every graph equal to what :func:`build` gives and the default graph their union.
    """
    rng = random.Random(9)
    harness = tmp_path / "harness.py"
    harness.write_text(HARNESS)
    store = tmp_path / "store"
    # The write kills come first, while documents remain to be written; a timed kill may come after the end.
    plan: list[tuple[str, float]] = [("write", 3), ("write", 2)] + [("time", rng.uniform(0.2, 3.0)) for _ in range(5)]
    for how, at in plan:
        when = f"after a kill at {'write' if how == 'write' else 'second'} {at:g}"
        if how == "write":
            run = start_load(batch, store, harness, kill_at=int(at))
            run.process.wait(120)
            assert run.process.returncode == -signal.SIGKILL, f"{when}: the load was not killed: {run.stderr()}"
        else:
            kill_after(start_load(batch, store), at)
        if store.exists():
            assert_consistent(read_store(store), batch.expected, when)
        staged = read_staging(store, tmp_path / "scratch")
        if staged is not None:
            assert_consistent(staged, batch.expected, f"{when}, in the staging store")

    before = read_store(store)
    staged = read_staging(store, tmp_path / "scratch")
    whole = documents_in(before) | (documents_in(staged) if staged else set())
    run = start_load(batch, store, quiet=False)
    run.process.wait(300)
    err = run.stderr()
    assert run.process.returncode == 0, err
    m = re.search(r"loaded (\d+) document\(s\).*skipped (\d+) unchanged", err)
    assert m, err
    assert (int(m.group(1)), int(m.group(2))) == (N_DOCS - len(whole), len(whole)), err

    after = read_store(store)
    assert_consistent(after, batch.expected, "after the resumed load")
    assert set(after.named) == set(batch.expected)  # every document, and the ontology: a clean single load


# ---------------------------------------------------------------------------------------------- in-process errors

class InjectedFailure(OSError):
    """The failure the tests inject into a store write: an I/O error, as a full disk gives."""


class FailingStore:
    """A pyoxigraph Store that fails the first write mentioning ``marker`` (after half of it, for a bulk load)."""

    marker: str | None = None  # on the class: the store a load opens for staging fails the same way
    failed = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._inner = REAL_STORE(*args, **kwargs)

    def __len__(self) -> int:
        return len(self._inner)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in WRITES:
            return attr

        def write(*args: Any, **kwargs: Any) -> Any:
            data = args[0] if args else kwargs.get("input", kwargs.get("quads"))
            if hasattr(data, "read"):  # a stream of text (kommungraf.staging.text_stream): read it, then write it
                data = data.read()
                args = (data, *args[1:])
            elif isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
                data = list(data)  # iterators of quads: look at them, then write them
                args = (data, *args[1:])
            if self.marker and not FailingStore.failed and self.marker in _text(data):
                FailingStore.failed = True
                if name in NOT_ATOMIC:
                    attr(_first_half(data), *args[1:], **kwargs)
                raise InjectedFailure(f"injected failure in {name}")
            return attr(*args, **kwargs)
        return write


REAL_STORE: Callable[..., ox.Store] = ox.Store


def _text(data: Any) -> str:
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return " ".join(map(str, data))
    return ""


def _first_half(data: Any) -> Any:
    if isinstance(data, (str, bytes)):
        text = data.decode() if isinstance(data, bytes) else data
        lines = text.split("\n")[: len(text.split("\n")) // 2]
        # TriG: a graph block cut in the middle is closed, so that the half written is a part of a graph
        if sum(x.endswith("{") for x in lines) > sum(x == "}" for x in lines):
            lines.append("}")
        half = "\n".join(lines) + "\n"
        return half.encode() if isinstance(data, bytes) else half
    return data[: len(data) // 2]


@pytest.mark.parametrize("n_docs", [5, 20], ids=["few-new-documents", "many-new-documents"])
def test_a_failure_while_writing_the_third_document_keeps_the_first_two_and_nothing_of_the_third(
        n_docs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards per-document transactions in :func:`kommungraf.pipeline.load`, and the staging of many documents.

    The store write that carries the third document fails (an I/O error, a full disk) after writing half of it,
    if it is a bulk load.  Few documents are written one transaction each: documents one and two, written
    before, are whole in the store; nothing of the third is there, in its named graph or in the default graph.
    Many documents into an empty store are written into a staging store by the bulk loader (in batches of one
    document here): the store itself is untouched, and the staging store, settled as the next load settles it,
    holds documents one and two whole and nothing of the third.  Without transactions or the staging journal
    the failure leaves parts of documents and a default graph out of step.  Loading again completes the batch,
    skips the two, and leaves every document whole in the store.
    """
    files = write_batch(tmp_path / "docs", n_docs)
    expected = expected_graphs(files)
    del expected[ONTOLOGY_IRI]
    monkeypatch.setattr(ox, "Store", FailingStore)
    monkeypatch.setattr(staging_module, "BATCH_TRIPLES", 1)
    monkeypatch.setattr(FailingStore, "marker", f"<{graph_of(files[2])}>")
    monkeypatch.setattr(FailingStore, "failed", False)
    store = GraphStore(tmp_path / "store")
    inner = store.oxigraph
    assert isinstance(inner, FailingStore)
    with pytest.raises((OSError, StoreError)) as failure:  # the store may say it in its own words
        pipeline_load(store, [tmp_path / "docs"], workers=1)
    assert FailingStore.failed, f"the third document was never written: {failure.value!r}"
    staged = n_docs >= staging_module.STAGE_MIN_DOCUMENTS

    state = read_state(inner._inner)
    assert_consistent(state, expected, "after the failure")
    if staged:
        assert documents_in(state) == set(), "a staged load wrote into the store before it was complete"
        monkeypatch.setattr(FailingStore, "marker", None)
        del inner, failure  # the last references to the stores' files (the traceback's frames hold some)
        store.close()
        state = read_staging(tmp_path / "store", tmp_path / "scratch")
        assert state is not None, "the staging store is gone"
        assert_consistent(state, expected, "after the failure, in the staging store")
        store = GraphStore(tmp_path / "store")
    assert documents_in(state) == {graph_of(f) for f in files[:2]}

    report = pipeline_load(store, [tmp_path / "docs"], workers=1)
    assert len(report.skipped) == 2 and len(report.loaded) == n_docs - 2 and not report.failed
    state = read_state(store.oxigraph._inner)
    assert_consistent(state, expected, "after loading again")
    assert documents_in(state) == set(expected)
    assert not staging_path(tmp_path / "store").exists()
