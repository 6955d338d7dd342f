"""Document → store: read, extract and build each document's graph, then write its named graph into the store.

Documents are independent until they reach the store, so the worker processes read, extract and serialise each
document to N-Triples text (cheap to send between processes, unlike an rdflib Graph) and the main process only
writes, one transaction per document: a document new to the store in one N-Quads load
(:meth:`GraphStore.add_new_graph`), a document already there replaced (:meth:`GraphStore.replace_graph`).  A first
load of many documents into a store without documents goes through a staging store instead
(:mod:`kommungraf.staging`): bulk-written beside the store, then swapped in whole.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from rdflib import Graph, URIRef

from . import __version__, iri
from .errors import DocumentError, KommungrafError
from .extract import document_key, extract_minutes
from .loaders import SUFFIXES, read_document
from .model import Minutes
from .rdf import minutes_to_graph, minutes_to_ntriples
from .staging import Staging, staging_for
from .store import GraphStore

SOFTWARE = f"https://w3id.org/kommungraf/software/{__version__}"

#: A load that writes at least this many documents, and at least a quarter as many as the store held, ends by
#: compacting the store (GraphStore.optimize): queries right after a first load were two to seven times slower
#: without.  Not after a small reload into a large store, where compaction would cost more than the load
#: (measured: 30 s for a whole 100k-paragraph store, against 0.2 s a replaced document).
OPTIMIZE_MIN_DOCUMENTS = 16
#: The store's write buffers are flushed to disk after this many triples.  Left to itself RocksDB holds them in
#: memory far longer (measured: the loader grew to 1 GB at 10k paragraphs and 2.9 GB at 100k); flushed every
#: 100k triples it stays near 400 MB, and the load is no slower (fewer, larger memtables to search).
FLUSH_TRIPLES = 100_000


@dataclass(frozen=True)
class GraphText:
    """A document's graph as N-Triples text: what a worker process sends back instead of an rdflib Graph.

    ``len()`` is the triple count; iterating parses the text into rdflib triples (for callers that want them;
    the loader never does).
    """

    text: str
    count: int

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[tuple]:
        g = Graph()
        g.parse(data=self.text, format="nt")
        return iter(g)


@dataclass(frozen=True)
class Built:
    """One document, read and turned into its graph (or the error that stopped it)."""

    path: Path
    graph_iri: URIRef | None = None
    graph: Graph | GraphText | None = None
    paragraphs: int = 0
    sha256: str | None = None
    error: str | None = None
    pages: int = 0

    @property
    def triples(self) -> int:
        return len(self.graph) if self.graph is not None else 0


@dataclass
class LoadReport:
    """What a load did.  ``loaded`` keeps each document's triple count, not its triples (they are in the store)."""

    loaded: list[Built] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failed: list[Built] = field(default_factory=list)
    write_seconds: float = 0.0  # time spent writing to the store (the rest is reading and extracting)

    @property
    def triples(self) -> int:
        return sum(b.triples for b in self.loaded)

    @property
    def paragraphs(self) -> int:
        return sum(b.paragraphs for b in self.loaded)

    @property
    def pages(self) -> int:
        return sum(b.pages for b in self.loaded)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to load: the files named, and every readable file below each folder named, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in _folder_files(p) if f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def _folder_files(folder: Path) -> Iterator[Path]:
    """The files below ``folder``, hidden ones left out."""
    return (f for f in folder.rglob("*") if f.is_file() and not f.name.startswith("."))


def ignored_files(paths: Iterable[str | Path]) -> Counter[str]:
    """The files below the folders named that :func:`expand_paths` leaves out, by suffix ("" for none): to tell a
    user that "notes.odt" was not read rather than skip it without a word (hidden files are not counted)."""
    out: Counter[str] = Counter()
    for p in map(Path, paths):
        if p.is_dir():
            out.update(s for f in _folder_files(p) if (s := f.suffix.lower()) not in SUFFIXES)
    return out


def extract_file(path: Path) -> Minutes:
    """Read and extract one document."""
    return extract_minutes(read_document(path))


def _guarded(path: Path, make: Callable[[Minutes], Built]) -> Built:
    try:
        return make(extract_file(path))
    except DocumentError as e:
        return Built(path, error=e.reason)
    except KommungrafError as e:
        return Built(path, error=str(e))
    except (RecursionError, MemoryError) as e:
        return Built(path, error=f"too complex to read ({type(e).__name__})")
    except Exception as e:  # a defect met on one document must not stop a load of thousands
        return Built(path, error=f"internal error while reading it ({type(e).__name__}: {e}); please report it "
                                 f"with the file")


def build(path: Path) -> Built:
    """Read, extract and build the rdflib graph of one document; errors become part of the result."""
    def make(minutes: Minutes) -> Built:
        gi, g = minutes_to_graph(minutes)
        return Built(path, gi, g, len(minutes.paragraphs), minutes.source.sha256, pages=minutes.source.page_count)

    return _guarded(path, make)


def build_text(path: Path) -> Built:
    """Read, extract and serialise one document's graph as N-Triples (:class:`GraphText`); runs in the workers."""
    def make(minutes: Minutes) -> Built:
        gi, lines, _blank = minutes_to_ntriples(minutes)
        return Built(path, gi, GraphText("".join(lines), len(lines)), len(minutes.paragraphs),
                     minutes.source.sha256, pages=minutes.source.page_count)

    return _guarded(path, make)


def _build_all(paths: list[Path], workers: int, fn: Callable[[Path], Built] = build) -> Iterator[Built]:
    """Built documents in the order of ``paths``; with workers, at most a few documents ahead of the caller.

    The window keeps memory flat when the store writes slower than the workers extract (``Executor.map`` would
    queue every result).
    """
    if workers <= 1 or len(paths) < 4:
        for p in paths:
            yield fn(p)
        return
    it = iter(paths)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window: deque[Future[Built]] = deque(pool.submit(fn, p) for p in islice(it, workers * 4))
        while window:
            b = window.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                window.append(pool.submit(fn, nxt))
            yield b


def load(store: GraphStore, paths: Iterable[str | Path], *, force: bool = False, workers: int | None = None,
         on_built: Callable[[Built], None] | None = None) -> LoadReport:
    """Load documents into the store, one transaction per document; unchanged documents are skipped.

    An interrupted load leaves whole documents only (each is written in one transaction); loading again skips
    those by their content hash and writes the rest.  A first load of many documents into a store on disk is
    written beside it with the bulk loader and swapped in whole at the end (:mod:`kommungraf.staging`).
    """
    files = expand_paths(paths)
    graphs = set(store.graphs())
    staging = staging_for(store, len(files), graphs)
    try:
        return _load(store, files, staging, graphs, force, workers, on_built)
    except BaseException:
        if staging is not None:
            staging.abort()  # its journal says what to settle when the load runs again
        raise


def _load(store: GraphStore, files: list[Path], staging: Staging | None, graphs: set[str], force: bool,
          workers: int | None, on_built: Callable[[Built], None] | None) -> LoadReport:
    report = LoadReport()
    dest = staging.store if staging is not None else store
    existing = set(dest.graphs()) if staging is not None else graphs
    todo: list[Path] = []
    for f in files:
        gi = str(iri.document(document_key(f)))
        if not force and gi in existing and f.is_file():
            h, v = dest.graph_sha256(gi)
            if h is not None and v == SOFTWARE and h == _sha256_file(f):
                report.skipped.append(f)
                if on_built:
                    on_built(Built(f))
                continue
        todo.append(f)
    n_workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    written: set[str] = set()
    unflushed = 0
    for b in _build_all(todo, n_workers, build_text):
        if b.error is not None or b.graph is None or b.graph_iri is None:
            report.failed.append(b)
        else:
            gi = str(b.graph_iri)
            text = b.graph
            t = time.perf_counter()
            if staging is not None and isinstance(text, GraphText):
                staging.add(gi, text.text, len(text))
            elif gi not in existing and gi not in written and isinstance(text, GraphText):
                store.add_new_graph(b.graph_iri, text.text, len(text))
            else:
                store.replace_graph(b.graph_iri, text)  # in the store already, or the same key twice
            unflushed += len(text)
            if unflushed >= FLUSH_TRIPLES and staging is None:
                store.flush()
                unflushed = 0
            report.write_seconds += time.perf_counter() - t
            written.add(gi)
            # The report keeps the count, not the text: a large load would otherwise hold every graph in memory.
            report.loaded.append(replace(b, graph=GraphText("", len(text))))
        if on_built:
            on_built(b)
    t = time.perf_counter()
    if staging is not None:
        staging.finish()  # compacted before it is swapped in
    else:
        store.flush()
        if len(report.loaded) >= OPTIMIZE_MIN_DOCUMENTS and 4 * len(report.loaded) >= len(existing):
            store.optimize()
    report.write_seconds += time.perf_counter() - t
    return report


def extract_to_nquads(paths: Iterable[str | Path], out: Path, *, workers: int | None = None,
                      on_built: Callable[[Built], None] | None = None) -> LoadReport:
    """Read and extract documents into one N-Quads file (gzipped when ``out`` ends in .gz) instead of a store:
    the ontology's graph, each document's named graph and all their triples again in the default graph, which
    is what ``kommungraf load`` writes into an empty store.  A bulk loader (``oxigraph load``) builds the store
    from the files of many machines; without a store here, both cores go to extraction.

    The file is written under a temporary name and renamed at the end: an interrupted run leaves no half file.
    Two documents with the same key (the same file name in two folders) would merge into one graph: the second
    is reported as failed.
    """
    from .export import open_output
    from .ontology import ontology_graph
    from .rdf import ntriples_lines
    from .vocab import ONTOLOGY_IRI

    files = expand_paths(paths)
    report = LoadReport()
    n_workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    seen: dict[str, Path] = {}
    with open_output(out, out.suffix == ".gz") as fh:
        lines, _ = ntriples_lines(ontology_graph(), bnode_prefix="ontology")
        text = "".join(lines)
        fh.write((_in_graph(text, ONTOLOGY_IRI) + text).encode())
        for b in _build_all(files, n_workers, build_text):
            gi = str(b.graph_iri) if b.graph_iri is not None else ""
            if b.error is None and gi in seen:
                b = replace(b, error=f"the same document key as {seen[gi]}: its graph would merge with that one's; "
                                     f"rename one of the files")
            if b.error is not None or not isinstance(b.graph, GraphText):
                report.failed.append(b)
            else:
                t = time.perf_counter()
                fh.write((_in_graph(b.graph.text, gi) + b.graph.text).encode())
                report.write_seconds += time.perf_counter() - t
                seen[gi] = b.path
                report.loaded.append(replace(b, graph=GraphText("", len(b.graph))))
            if on_built:
                on_built(b)
    return report


def _in_graph(ntriples: str, graph_iri: str) -> str:
    """N-Triples text as N-Quads in ``graph_iri``: every line ends " .\\n" (a literal's own line breaks are
    escaped), so the graph goes before that end."""
    return ntriples.replace(" .\n", f" <{graph_iri}> .\n")


def _sha256_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
