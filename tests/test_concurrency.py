"""Readers beside a running `kommungraf load`: every snapshot they open is consistent.

A real `kommungraf load` process writes 60 documents into an on-disk store while this process opens the store
read-only again and again (a read-only Oxigraph instance sees the store as it was when opened, so a reader
reopens to see new data, as `kommungraf serve` does) and checks what it sees:

- every document graph present holds its kg:MinutesDocument triple and all its triples (the completion marker,
  kg:sha256, may be the one triple still missing: a bulk load writes it last, on purpose);
- the default graph, which the named queries read, is exactly the union of the graphs of the documents it
  knows (and the ontology's): a reader's answers include a document whole or not at all;
- nothing seen once disappears or shrinks later.

The first test is a first load of many new documents (the loader's bulk path, which writes the named graphs a
moment before the same triples reach the default graph); the second reloads the same documents with --force,
one transaction per document, where the default graph is at every moment the union of all named graphs
(docs/ontology.md, "Graphs in the store").
"""

from __future__ import annotations

import gc
import multiprocessing
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT

from kommungraf.errors import StoreError
from kommungraf.store import GraphStore

LINKED = ROOT / "tests" / "linked"
ONTOLOGY = "https://w3id.org/kommungraf/ontology"
KG = ONTOLOGY + "#"
DOC = "https://w3id.org/kommungraf/id/dokument/"
N_DOCS = 60
LOAD_TIMEOUT = 180.0


@dataclass
class Snapshot:
    """What one read-only open of the store showed."""

    during_load: bool
    sizes: dict[str, int]  # triples per named graph
    documents: set[str]  # graphs holding their own kg:MinutesDocument triple
    marked: set[str]  # graphs holding their completion marker (kg:sha256)
    in_default: set[str]  # documents whose kg:MinutesDocument triple is in the default graph
    default: int  # triples in the default graph
    union: int  # distinct triples over all named graphs
    known_union: int  # distinct triples over the graphs of the documents in the default graph, and the ontology's
    default_and_known: int  # distinct triples over the default graph and those graphs together


@dataclass
class Watch:
    snapshots: list[Snapshot] = field(default_factory=list)
    retries: int = 0  # read-only opens refused because the writer changed files under them, then retried
    runaways: int = 0  # looks that ran out of memory (or never answered) beside the writer: see look_apart


#: How long a reader keeps trying to open the store beside the writer.
OPEN_PATIENCE = 10.0


def copies(folder: Path) -> Path:
    """60 minutes under new names (so 60 documents), copied from the linked set and the examples."""
    folder.mkdir()
    sources = sorted(LINKED.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    n = 0
    while n < N_DOCS:
        for src in sources:
            if n == N_DOCS:
                break
            shutil.copyfile(src, folder / f"copy{n // len(sources):02d}-{src.name}")
            n += 1
    return folder


def count(store: GraphStore, sparql: str) -> int:
    return int(next(iter(store.oxigraph.query(sparql)))["n"].value)


def distinct(pattern: str) -> str:
    return f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {pattern} }} }}"


def look(path: Path, during_load: bool, watch: Watch) -> Snapshot | None:
    """Open the store read-only and read a snapshot; None while the writer has not created the store yet."""
    # Retried for a while, not a number of times: on a busy machine the writer's compaction can keep renaming
    # files for longer than a fixed count of quick retries lasts.  Snapshots are what is checked, not open latency.
    # The pause between attempts doubles (10 ms to 0.25 s): an attempt that fails can leave memory behind in
    # RocksDB, and a tight loop of them for ten seconds once took the test process to the machine's 24 GB.
    deadline = time.monotonic() + OPEN_PATIENCE
    last: Exception | None = None
    pause = 0.01
    while time.monotonic() < deadline:
        if last is not None:
            time.sleep(pause)
            pause = min(pause * 2, 0.25)
        try:
            store = GraphStore(path, read_only=True)
        except StoreError as e:
            if "no store at" in str(e):
                return None
            watch.retries += 1  # RocksDB files renamed or removed between listing and opening them
            last = e
            continue
        except RuntimeError as e:  # pyoxigraph: a store being created, or files compacted away meanwhile
            if not watch.snapshots and "Column family not found" in str(e):
                return None
            watch.retries += 1
            last = e
            continue
        try:
            ox = store.oxigraph
            sizes = {s["g"].value: int(s["n"].value) for s in ox.query(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
            documents = {s["g"].value for s in ox.query(
                f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG}MinutesDocument> }} }}")}
            marked = {s["g"].value for s in ox.query(
                f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <{KG}sha256> ?h }} }}")}
            in_default = {s["d"].value for s in ox.query(f"SELECT ?d WHERE {{ ?d a <{KG}MinutesDocument> }}")}
            known = (f"{{ GRAPH ?g {{ ?s ?p ?o }} ?g a <{KG}MinutesDocument> }} "
                     f"UNION {{ GRAPH <{ONTOLOGY}> {{ ?s ?p ?o }} }}")
            return Snapshot(
                during_load, sizes, documents, marked, in_default,
                default=count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                union=count(store, distinct("GRAPH ?g { ?s ?p ?o }")),
                known_union=count(store, distinct(known)),
                default_and_known=count(store, distinct(f"{{ ?s ?p ?o }} UNION {known}")))
        except OSError as e:  # an SST file the instance had listed was compacted away meanwhile: reopen
            watch.retries += 1
            last = e
            continue
        finally:
            del store
            gc.collect()  # close the instance now, not at some later collection
    pytest.fail(f"the store could not be opened read-only for {OPEN_PATIENCE:g} s beside the writer: {last}")


#: The most memory a look at the store may take (its child's data segment).
LOOK_MEMORY = 2 << 30


def _look_in_child(conn: Any, path: Path, during_load: bool) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_DATA, (LOOK_MEMORY, LOOK_MEMORY))
    watch = Watch()
    try:
        conn.send((look(path, during_load, watch), watch.retries))
    except BaseException as e:  # the parent reports what went wrong, whatever it was
        conn.send((e, watch.retries))


def look_apart(path: Path, during_load: bool, watch: Watch) -> Snapshot | None:
    """``look`` in a child process with at most LOOK_MEMORY.  A read-only open beside a writer is undefined in
    pyoxigraph, and once in some ten runs of the reload test one of its queries allocated without end until the
    machine's 24 GB were gone (and the test process with them).  Such a look is counted, not a snapshot."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_look_in_child, args=(child, path, during_load))
    proc.start()
    child.close()
    try:
        got = parent.recv() if parent.poll(OPEN_PATIENCE + 30) else None
    except EOFError:  # the child died: an allocation over its limit aborts the process
        got = None
    proc.join(timeout=5)
    if proc.is_alive():
        proc.kill()
        proc.join()
    if got is None:
        watch.runaways += 1
        return None
    result, retries = got
    watch.retries += retries
    if isinstance(result, MemoryError) or (isinstance(result, BaseException) and "memory" in str(result)):
        watch.runaways += 1
        return None
    if isinstance(result, BaseException):
        raise result
    return result


def watch_load(args: list[str], store: Path, log: Path) -> Watch:
    """Run `kommungraf load ARGS --store STORE` and read snapshots until it ends (and one after)."""
    watch = Watch()
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "kommungraf.cli", "load", *args, "--store", str(store),
                                 "--quiet"], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + LOAD_TIMEOUT
    try:
        while proc.poll() is None:
            if time.monotonic() > deadline:
                pytest.fail(f"the load did not finish in {LOAD_TIMEOUT:g} s")
            snap = look_apart(store, True, watch)
            if snap is not None:
                watch.snapshots.append(snap)
            else:
                time.sleep(0.005)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == 0, log.read_text(errors="replace")
    final = look(store, False, watch)
    assert final is not None
    watch.snapshots.append(final)
    return watch


def check(watch: Watch, *, strict: bool) -> None:
    """Every snapshot consistent with the final state; nothing shrinks or vanishes between snapshots.

    ``strict``: the default graph is the union of all the named graphs at every moment, not only of the
    documents it knows.
    """
    final = watch.snapshots[-1]
    docs = {g for g in final.sizes if g.startswith(DOC)}
    assert len(docs) == N_DOCS and final.documents == final.marked == final.in_default == docs
    assert final.default == final.union == final.known_union == final.default_and_known
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, snap in enumerate(watch.snapshots):
        where = f"snapshot {i + 1} of {len(watch.snapshots)}"
        for g, n in snap.sizes.items():
            if g.startswith(DOC):
                if g not in snap.documents:
                    problems.append(f"{where}: {g} without its kg:MinutesDocument triple")
                want = final.sizes[g] if g in snap.marked else final.sizes[g] - 1
                if n != want:
                    problems.append(f"{where}: {g} has {n} triples, not {want} (partial)")
            elif g in final.sizes and n != final.sizes[g]:
                problems.append(f"{where}: {g} has {n} triples, not {final.sizes[g]}")
            if n < seen.get(g, 0):
                problems.append(f"{where}: {g} shrank from {seen[g]} to {n} triples")
            seen[g] = max(n, seen.get(g, 0))
        gone = {g for g in seen if g not in snap.sizes}
        if gone:
            problems.append(f"{where}: {len(gone)} graph(s) seen before have vanished")
        if not snap.in_default <= snap.documents:
            problems.append(f"{where}: documents in the default graph without their named graph")
        if not snap.default == snap.known_union == snap.default_and_known:
            problems.append(f"{where}: the default graph ({snap.default} triples) is not the union of the "
                            f"graphs of its {len(snap.in_default)} documents ({snap.known_union} triples; "
                            f"{snap.default_and_known} in both together)")
        if strict and snap.default != snap.union:
            problems.append(f"{where}: the default graph has {snap.default} triples, the union of all named "
                            f"graphs {snap.union} ({len(snap.documents)} documents, {len(snap.in_default)} of "
                            f"them in the default graph)")
    assert not problems, "\n".join(problems[:12]) + (f"\n… {len(problems) - 12} more" if len(problems) > 12 else "")


@pytest.mark.slow
def test_readers_see_only_consistent_snapshots_while_a_first_load_of_60_documents_runs(tmp_path):
    """A first load of 60 documents is staged (kommungraf.staging): readers see the store with the ontology only
    until the loaded store is swapped in whole.  (Before staging, a read-only open racing the writer's flushes
    saw a torn default graph about one run in four: pyoxigraph leaves a read-only open beside a writer undefined.)
    """
    docs = copies(tmp_path / "docs")
    watch = watch_load([str(docs)], tmp_path / "store", tmp_path / "load.log")
    assert sum(s.during_load for s in watch.snapshots) >= 3, "too few looks at the store during the load"
    check(watch, strict=False)


@pytest.mark.slow
def test_readers_see_only_consistent_snapshots_while_60_documents_are_reloaded(tmp_path):
    docs = copies(tmp_path / "docs")
    store = tmp_path / "store"
    run = subprocess.run([sys.executable, "-m", "kommungraf.cli", "load", str(docs), "--store", str(store),
                          "--quiet"], capture_output=True, text=True, timeout=LOAD_TIMEOUT)
    assert run.returncode == 0, run.stderr
    watch = watch_load([str(docs), "--force"], store, tmp_path / "reload.log")
    during = [s for s in watch.snapshots if s.during_load]
    assert len(during) >= 3, "too few looks at the store during the reload"
    # A reload replaces each document in one transaction: every snapshot shows all 60, complete and marked.
    assert all(len(s.marked & s.documents) == N_DOCS for s in during)
    check(watch, strict=True)
