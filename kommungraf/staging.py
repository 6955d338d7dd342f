"""A first load into an empty store on disk: written beside it with Oxigraph's bulk loader, then swapped in.

Oxigraph writes a document in its own transaction at about a quarter of the speed of its bulk loader (measured:
54,000 against 200,000 quads/s; docs/benchmarks.md), but the bulk loader is not a transaction: a crash or a full
disk can leave a part of what it was given.  So a load of many documents into a store that holds none yet is
written into a staging store beside it (``STORE.staging``), which no reader opens; when every document is in it,
with the default graph complete, it takes the store's place (:func:`kommungraf.store.swap_in`).  Readers see
the old store until then and the whole new one after.

The staging store is written in batches of documents, each in two phases: the named graphs, then their triples
in the default graph.  Before each phase a journal (``STORE.staging-journal``, replaced atomically) records the
batch's graphs and the phase; it is removed when the batch is done.  A journal left behind by a crash is
settled when the staging store is opened again: in the first phase the batch's named graphs are dropped
(Oxigraph ingests each file its bulk loader writes into all of its indexes at once, so a graph can be partial
but never differ between indexes), in the second they are whole and their triples are written into the default
graph again (a triple written twice is stored once).  The documents whole in the staging store are then skipped
by their content hash, as those in a store are.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from .errors import StoreError
from .iri import DOCUMENT_PREFIX
from .store import GraphStore, check_swap_room, named_graph_trig, sibling, staging_path

#: A load of at least this many documents into a store without documents goes through a staging store.
STAGE_MIN_DOCUMENTS = 16
#: Triples per batch: each batch is two calls of the bulk loader (it writes new files for every call, so larger
#: batches leave fewer files to compact) and its text is held in memory (about 75 MB for 500,000 triples).
BATCH_TRIPLES = 500_000
#: A load is written in at least this many batches: the last batch is written after the workers have stopped,
#: with one core idle, so it should be a small part of the load (one 500,000-triple batch of 800,000 was 3 s of a
#: 10,000-paragraph load's 18).
MIN_BATCHES = 8

_NAMED, _DEFAULT = "named", "default"


def journal_path(path: Path) -> Path:
    return sibling(path, ".staging-journal")


def wants_staging(store: GraphStore, documents: int, graphs: set[str]) -> bool:
    """Whether a load that writes ``documents`` documents into ``store`` (holding ``graphs``) goes through a
    staging store: on disk, no document in it yet, and enough documents, or an interrupted staged load to resume.
    """
    if store.path is None or any(g.startswith(DOCUMENT_PREFIX) for g in graphs):
        return False
    return staging_path(store.path).exists() or documents >= STAGE_MIN_DOCUMENTS


def staging_for(store: GraphStore, documents: int, graphs: set[str]) -> Staging | None:
    """The staging store a load of ``documents`` documents writes through (see :func:`wants_staging`), or None
    for one transaction per document."""
    if wants_staging(store, documents, graphs):
        return Staging(store, documents)
    if store.path is not None:
        # A staging store left beside a store that has since been written to is stale: its documents are loaded
        # again by this load if they are part of it.
        discard(store.path)
    return None


def discard(path: Path) -> None:
    """Remove the staging store of the store at ``path`` and its journal, if there are any."""
    journal_path(path).unlink(missing_ok=True)
    shutil.rmtree(staging_path(path), ignore_errors=True)


@dataclass
class Staging:
    """The staging store of ``target`` and the batch being gathered for it.

    A full batch is written by a thread (the bulk loader releases the GIL) while the next one is gathered, so
    the worker processes keep extracting meanwhile; at most one batch is being written at a time.
    """

    target: GraphStore
    documents: int = 0  # how many the load will stage, if known: it sets the batches' size in documents
    store: GraphStore = field(init=False)
    _batch: list[tuple[str, str]] = field(default_factory=list)  # (graph IRI, N-Triples) of documents not written
    _batch_triples: int = 0
    _staged: set[str] = field(default_factory=set)  # document graphs in the staging store, or on their way
    # Two threads: the batch's writer, and the second of the two bulk loads it runs at once.
    _threads: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(2, "kommungraf-staging"))
    _pending: Future[None] | None = None

    def __post_init__(self) -> None:
        assert self.target.path is not None
        check_swap_room(self.target.path)  # refused before the load, not after it
        self.store = GraphStore(staging_path(self.target.path))
        self._settle_journal()
        self._copy_target()
        self._staged = {g for g in self.store.graphs() if g.startswith(DOCUMENT_PREFIX)}

    # ------------------------------------------------------------------ writing

    def add(self, graph_iri: str, text: str, count: int) -> None:
        """Stage one document's graph (N-Triples text of ``count`` triples); written when its batch is full."""
        if graph_iri in self._staged or "_:" in text:
            # A document loaded again (or twice in one load), or one with blank nodes (which the bulk loader
            # would rename on each call): written as the store writes it, in one transaction.
            self.write_batch()
            self._wait()
            self.store.replace_graph_text(URIRef(graph_iri), text, count)
            self._staged.add(graph_iri)
            return
        self._batch.append((graph_iri, text))
        self._staged.add(graph_iri)
        self._batch_triples += count
        if self._batch_triples >= BATCH_TRIPLES or 0 < self.documents <= len(self._batch) * MIN_BATCHES:
            self.write_batch()

    def write_batch(self) -> None:
        """Hand the gathered documents to the writer thread, once it has written the batch before."""
        if not self._batch:
            return
        self._wait()
        batch, self._batch, self._batch_triples = self._batch, [], 0
        self._pending = self._threads.submit(self._write, batch)

    def finish(self) -> None:
        """Write what is gathered, compact the staging store and put it in the target's place."""
        self.write_batch()
        self._wait()
        self._threads.shutdown()
        self.store.flush()
        self.store.optimize()
        self.store.close()
        self.target.swap_in_staging()

    def abort(self) -> None:
        """Stop after a failure: let a batch being written end, then close the staging store (the journal
        tells the next load what to settle)."""
        try:
            self._wait()
        except Exception:  # the failure that stopped the load is the one to report
            pass
        self._threads.shutdown()
        self.store.close()

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()  # raises the writer's error here, in the loading thread

    def _write(self, batch: list[tuple[str, str]]) -> None:
        """One batch: its named graphs, then their triples in the default graph, each phase journaled."""
        graphs = [g for g, _ in batch]
        halves = (batch[: len(batch) // 2], batch[len(batch) // 2:])
        self._journal(_NAMED, graphs)
        self._both([[named_graph_trig(g, text) for g, text in half] for half in halves], ox.RdfFormat.TRIG)
        self._journal(_DEFAULT, graphs)
        self._both([[text for _, text in half] for half in halves], ox.RdfFormat.N_TRIPLES, to_default=True)
        journal_path(self._path).unlink()

    def _both(self, texts: list[list[str]], fmt: ox.RdfFormat, *, to_default: bool = False) -> None:
        """Bulk-load two lists of texts at once: a single call parses on one core (the load was measured waiting
        for the writer thread while a core idled)."""
        first, second = texts
        other = self._threads.submit(self.store.bulk_write, text_stream(second), fmt, to_default=to_default) \
            if second else None
        try:
            if first:  # a batch of one document has one half
                self.store.bulk_write(text_stream(first), fmt, to_default=to_default)
        finally:
            if other is not None:
                other.result()  # both writes end before the phase does (or its error is raised)

    # ------------------------------------------------------------------ the journal

    @property
    def _path(self) -> Path:
        assert self.target.path is not None
        return self.target.path

    def _journal(self, phase: str, graphs: list[str]) -> None:
        path = journal_path(self._path)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"phase": phase, "graphs": graphs}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)  # atomic: the journal is the old one or the new one, never a part

    def _settle_journal(self) -> None:
        """Undo (first phase) or complete (second phase) the batch an interrupted load left in its journal."""
        path = journal_path(self._path)
        if not path.exists():
            return
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            phase, graphs = entry["phase"], list(entry["graphs"])
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise StoreError(f"{path}: the journal of an interrupted load cannot be read ({e}); remove "
                             f"{staging_path(self._path)} and the journal to start the load afresh") from None
        if phase == _NAMED:
            self.store.drop_graphs(graphs)
        else:
            self.store.bulk_write(b"".join(self.store.graph_ntriples(g) for g in graphs), ox.RdfFormat.N_TRIPLES,
                                  to_default=True)
        path.unlink()

    def _copy_target(self) -> None:
        """Copy what the target holds (the ontology; never documents) into the staging store, replacing older copies.

        One transaction with the target's named graphs and its default graph: blank nodes keep their identity.
        """
        for g in self.store.graphs():
            if not g.startswith(DOCUMENT_PREFIX):
                self.store.remove_graph(URIRef(g))
        if self.target.graphs():
            self.store.load_nquads(self.target.dump_nquads())


class _Parts(io.RawIOBase):
    """The UTF-8 bytes of ``parts`` one after the other, encoded as they are read."""

    def __init__(self, parts: Iterable[str]) -> None:
        self._parts: Iterator[str] = iter(parts)
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._current:
            part = next(self._parts, None)
            if part is None:
                return 0
            self._current = memoryview(part.encode("utf-8"))
        n = min(len(buffer), len(self._current))
        buffer[:n] = self._current[:n]
        self._current = self._current[n:]
        return n


def text_stream(parts: Iterable[str]) -> io.BufferedReader:
    """A binary file of the texts ``parts`` one after the other, for the bulk loader.

    Why: joined into one string first, a batch cost the writing process about a third more CPU than its parsing
    (the join, the string's copy into UTF-8, the memory of both: measured 7.2-7.8 against 5.4 CPU-s for the named
    graphs of 10,000 paragraphs), and the process that writes the store is the slower side of a load."""
    return io.BufferedReader(_Parts(parts), 1 << 20)
