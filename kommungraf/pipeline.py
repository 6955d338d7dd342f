"""Document → store: read, extract and build each document's graph, then replace its named graph in the store."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from . import __version__, iri
from .errors import DocumentError, KommungrafError
from .extract import document_key, extract_minutes
from .loaders import SUFFIXES, read_document
from .model import Minutes
from .rdf import minutes_to_graph
from .store import GraphStore

SOFTWARE = f"https://w3id.org/kommungraf/software/{__version__}"


@dataclass(frozen=True)
class Built:
    """One document, read and turned into its graph (or the error that stopped it)."""

    path: Path
    graph_iri: URIRef | None = None
    graph: Graph | None = None
    paragraphs: int = 0
    sha256: str | None = None
    error: str | None = None


@dataclass
class LoadReport:
    loaded: list[Built] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failed: list[Built] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(len(b.graph) for b in self.loaded if b.graph is not None)

    @property
    def paragraphs(self) -> int:
        return sum(b.paragraphs for b in self.loaded)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to load: the files named, and every readable file below each folder named, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                              and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def extract_file(path: Path) -> Minutes:
    """Read and extract one document."""
    return extract_minutes(read_document(path))


def build(path: Path) -> Built:
    """Read, extract and build the graph of one document; errors become part of the result."""
    try:
        minutes = extract_file(path)
        gi, g = minutes_to_graph(minutes)
        return Built(path, gi, g, len(minutes.paragraphs), minutes.source.sha256)
    except DocumentError as e:
        return Built(path, error=e.reason)
    except KommungrafError as e:
        return Built(path, error=str(e))
    except (RecursionError, MemoryError) as e:
        return Built(path, error=f"too complex to read ({type(e).__name__})")


def _build_all(paths: list[Path], workers: int) -> Iterator[Built]:
    if workers <= 1 or len(paths) < 4:
        for p in paths:
            yield build(p)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(build, paths, chunksize=4)


def load(store: GraphStore, paths: Iterable[str | Path], *, force: bool = False, workers: int | None = None,
         on_built: Callable[[Built], None] | None = None) -> LoadReport:
    """Load documents into the store, one transaction per document; unchanged documents are skipped."""
    files = expand_paths(paths)
    report = LoadReport()
    todo: list[Path] = []
    for f in files:
        if not force and f.is_file():
            gi = str(iri.document(document_key(f)))
            h, v = store.graph_sha256(gi)
            if h is not None and v == SOFTWARE and h == _sha256_file(f):
                report.skipped.append(f)
                if on_built:
                    on_built(Built(f))
                continue
        todo.append(f)
    n_workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    for b in _build_all(todo, n_workers):
        if b.error is not None or b.graph is None or b.graph_iri is None:
            report.failed.append(b)
        else:
            store.replace_graph(b.graph_iri, b.graph)
            report.loaded.append(b)
        if on_built:
            on_built(b)
    store.flush()
    return report


def _sha256_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
