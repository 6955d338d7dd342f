"""The store: an embedded Oxigraph database on disk (or in memory), one named graph per source document."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import StoreError

ENV_STORE = "KOMMUNGRAF_STORE"
DEFAULT_STORE = Path(".kommungraf") / "store"


def default_store_path() -> Path:
    """``$KOMMUNGRAF_STORE``, else ``.kommungraf/store`` in the current folder."""
    return Path(os.environ.get(ENV_STORE) or DEFAULT_STORE)


def to_ox(term: Any) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return term


_XSD = "http://www.w3.org/2001/XMLSchema#"
_PLAIN = frozenset((_XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"))
_INTEGER = re.compile(r"[+-]?[0-9]{1,18}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _literal_value(term: ox.Literal) -> Any:
    """A typed literal's Python value: the common datatypes of result rows converted here (a few µs a value less,
    thousands a listing), anything else, and any lexical form these patterns do not take, by rdflib."""
    dt, lexical = term.datatype.value, term.value
    if dt in _PLAIN:
        return lexical
    if dt == _XSD + "integer" and _INTEGER.fullmatch(lexical):
        return int(lexical)
    if dt == _XSD + "date" and _DATE.fullmatch(lexical):
        try:
            return date.fromisoformat(lexical)
        except ValueError:  # 2020-02-30: rdflib's own handling (a warning, the literal itself)
            pass
    if dt == _XSD + "boolean" and lexical in ("true", "false"):
        return lexical == "true"
    return from_ox(term).toPython()


def python_value(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value for result rows: IRIs and strings as str, numbers as numbers."""
    if term is None:
        return None
    return _literal_value(term) if isinstance(term, ox.Literal) else term.value


class GraphStore:
    """A pyoxigraph Store holding one named graph per document.

    ``path=None`` gives an in-memory store.  ``read_only`` opens an on-disk store beside a writer.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}; load documents first (kommungraf load)")
                check_store_folder(self.path)
                self._store = ox.Store.read_only(str(self.path))
            else:
                finish_swap(self.path)
                check_store_folder(self.path)
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as e:
            # pyoxigraph raises RuntimeError for a store it cannot open (e.g. read-only beside a writer).
            if "lock" in str(e).lower():
                raise StoreError(f"the store at {self.path} is being written by another process (kommungraf load "
                                 f"or push); wait until it has finished") from None
            raise StoreError(f"cannot open the store at {self.path}: {e}") from None

    @property
    def oxigraph(self) -> ox.Store:
        return self._store

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph_iri: URIRef, graph: Graph | Iterable[tuple[Any, Any, Any]] | Any) -> int:
        """Replace a document's named graph with ``graph`` in one transaction; returns the triples written.

        The store keeps two views: the named graph of each document (its provenance, replaced whole on
        reload) and the default graph, their de-duplicated union, which queries read.  One SPARQL update
        (applied atomically by Oxigraph) removes from the default graph the triples that only this document
        stated, drops the old named graph and inserts the new one into both: a crash leaves the old state or
        the new one, never a mix.

        ``graph`` is an rdflib Graph (or any iterable of rdflib triples), or an object with a ``text`` attribute
        holding the graph as N-Triples (:class:`kommungraf.pipeline.GraphText`), which is written as it is.
        """
        body, n = _ntriples_of(graph)
        return self.replace_graph_text(graph_iri, body, n)

    def replace_graph_text(self, graph_iri: URIRef, body: str, count: int) -> int:
        """:meth:`replace_graph` for a graph given as N-Triples text of ``count`` triples."""
        try:
            self._store.update(f"{_retract(graph_iri)} ;\n"
                               f"INSERT DATA {{ GRAPH {graph_iri.n3()} {{\n{body}\n}}\n{body}\n}}")
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"could not write graph {graph_iri}: {e}") from None
        return count

    def add_new_graph(self, graph_iri: URIRef | str, body: str, count: int) -> int:
        """Write the graph of a document that is not in the store yet, in one transaction; returns ``count``.

        ``body`` is the graph as N-Triples.  The same semantics as :meth:`replace_graph` — the named graph, and
        its triples in the default graph — without the retraction of an old graph that does not exist, and parsed
        as TriG rather than as a SPARQL update: about a quarter cheaper.  A graph IRI already in the store must go
        through :meth:`replace_graph` (here it would be merged, not replaced).
        """
        try:
            # lenient: the text comes from kommungraf.rdf's writer, which refuses every character an IRI cannot
            # hold, so Oxigraph's second check of each IRI is skipped.  load() is one transaction.
            self._store.load(named_graph_trig(str(graph_iri), body) + body, ox.RdfFormat.TRIG, lenient=True)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"could not write graph {graph_iri}: {e}") from None
        return count

    def bulk_add(self, graphs: Iterable[tuple[URIRef, Graph]]) -> int:
        """Add graphs of documents not yet in the store fast, without a transaction (fresh store, benchmark)."""
        n = 0
        default = ox.DefaultGraph()

        def quads() -> Iterator[ox.Quad]:
            nonlocal n
            for gi, g in graphs:
                gn = ox.NamedNode(str(gi))
                for s, p, o in g:
                    n += 1
                    t = (to_ox(s), to_ox(p), to_ox(o))
                    yield ox.Quad(*t, gn)
                    yield ox.Quad(*t, default)

        self._store.bulk_extend(quads())
        return n

    def bulk_write(self, data: str | bytes | IO[bytes], fmt: ox.RdfFormat, *, to_default: bool = False) -> None:
        """Write with Oxigraph's bulk loader: ``data`` in ``fmt``; a triple format into the default graph when
        ``to_default``.

        Not a transaction: a failure or a crash can leave part of ``data`` written.  Only
        :mod:`kommungraf.staging` calls it, on a store no reader opens, with a journal that undoes a part.
        """
        try:
            # lenient: the text comes from kommungraf.rdf's writer, which refuses what an IRI cannot hold.
            if to_default:
                self._store.bulk_load(data, fmt, to_graph=ox.DefaultGraph(), lenient=True)
            else:
                self._store.bulk_load(data, fmt, lenient=True)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"could not write to the store at {self.path}: {e}") from None

    def load_nquads(self, data: bytes) -> None:
        """Write N-Quads in one transaction."""
        try:
            self._store.load(data, ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"could not write to the store at {self.path}: {e}") from None

    def dump_nquads(self) -> bytes:
        """Everything in the store (named graphs and the default graph) as N-Quads."""
        return self._store.dump(format=ox.RdfFormat.N_QUADS)

    def graph_ntriples(self, graph_iri: str) -> bytes:
        """One named graph as N-Triples."""
        return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))

    def graph_equals(self, graph_iri: str, body: str) -> bool:
        """Whether the named graph holds exactly the triples of ``body`` (N-Triples without blank nodes)."""
        held = {q.triple for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))}
        return held == {q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}

    def drop_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop named graphs (not their triples in the default graph) in one transaction."""
        drops = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graph_iris)
        if drops:
            self._store.update(drops)

    def remove_graph(self, graph_iri: URIRef) -> None:
        """Remove a document: its named graph, and what only it stated from the default graph."""
        self._store.update(_retract(graph_iri))

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def optimize(self) -> None:
        """Compact the on-disk store after a large load.

        Until RocksDB compacts the files a large load leaves, every lookup reads several of them (queries were
        measured two to seven times slower).  Compaction otherwise happens only while a writer keeps the store
        open, and ``kommungraf load`` exits right after loading.
        """
        if self.path is not None:
            self._store.optimize()

    def close(self) -> None:
        """Close the store now (RocksDB releases its lock and files), not at some later garbage collection."""
        import gc

        self._store = None  # type: ignore[assignment]
        gc.collect()

    def swap_in_staging(self) -> None:
        """Put the complete store at :func:`staging_path` in this store's place and reopen; see :func:`swap_in`."""
        if self.path is None:
            raise StoreError("an in-memory store has no staging store")
        self.close()
        try:
            swap_in(self.path)
            self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as e:
            raise StoreError(f"could not put the loaded store in place at {self.path}: {e}") from None

    # ------------------------------------------------------------------ reading

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def __len__(self) -> int:
        return len(self._store)

    def graph_triples(self, graph_iri: str) -> Graph:
        """One named graph as an rdflib Graph."""
        g = Graph()
        for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)):
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return g

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None, *, union: bool = False) -> Any:
        """Run a SPARQL query; ``substitutions`` binds variables to RDF terms (never pasted into text)."""
        subs = {ox.Variable(k): to_ox(v) for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, use_default_graph_as_union=union, substitutions=subs or None)
        except SyntaxError as e:
            from .errors import QueryError

            raise QueryError(f"malformed SPARQL: {e}") from None

    def select(self, sparql: str, substitutions: dict[str, Any] | None = None,
               *, union: bool = False) -> tuple[list[str], list[dict[str, Any]]]:
        """A SELECT query's variables and rows, each row a dict of pyoxigraph terms (None where unbound)."""
        res = self.query(sparql, substitutions, union=union)
        names = [v.value for v in res.variables]
        rows = [{n: sol[n] for n in names} for sol in res]
        return names, rows

    def graph_sha256(self, graph_iri: str) -> tuple[str | None, str | None]:
        """The source hash and the software version recorded in a document's graph, if it is loaded."""
        q = """SELECT ?g ?h ?v WHERE { GRAPH ?g { ?g <https://w3id.org/kommungraf/ontology#sha256> ?h .
                 OPTIONAL { ?g <http://www.w3.org/ns/prov#wasAttributedTo> ?v } } }"""
        res = self._store.query(q, substitutions={ox.Variable("g"): ox.NamedNode(graph_iri)})
        for sol in res:
            return sol["h"].value, (sol["v"].value if sol["v"] else None)
        return None, None


def named_graph_trig(graph_iri: str, body: str) -> str:
    """N-Triples ``body`` as the TriG block of the named graph ``graph_iri`` (no graph IRI repeated on every line,
    as N-Quads would: measured 10 % less CPU to write and parse)."""
    return f"<{graph_iri}> {{\n{body}}}\n"


def check_store_folder(path: Path) -> None:
    """Refuse a store path that is a file, or a folder holding something other than a store.

    Why: a first load is written beside the store and swapped into its place, and the folder it replaces is
    removed; given a folder of documents (``--store minutes``, ``--store .``) that removed the documents."""
    if path.is_file():
        raise StoreError(f"{path} is a file, not a store folder; give --store a new or empty folder")
    # Oxigraph keeps its data in RocksDB, whose every database has a CURRENT file.
    if path.is_dir() and not (path / "CURRENT").is_file() and any(path.iterdir()):
        raise StoreError(f"{path} is a folder that holds other files, not a kommungraf store; give --store a new "
                         f"or empty folder")


def sibling(path: Path, suffix: str) -> Path:
    """The file or folder beside ``path`` named like it with ``suffix`` ("store" -> "store.staging"), also for a
    path with no name of its own such as "." or ".."."""
    path = path.resolve() if path.name in ("", "..") else path
    return path.with_name(path.name + suffix)


def staging_path(path: Path) -> Path:
    """Where a first load into the store at ``path`` is written before it is swapped in (kommungraf.staging)."""
    return sibling(path, ".staging")


def _swap_marker(path: Path) -> Path:
    return sibling(path, ".swap")


def aside_path(path: Path) -> Path:
    """Where the store at ``path`` is moved while a staged load takes its place, then removed."""
    return sibling(path, ".old")


def check_swap_room(path: Path) -> None:
    """Refuse to start a swap while something of the user's has the name the old store is moved to.

    Why: the swap removes that folder at its end, so a user's own "store.old" (a backup) was deleted."""
    if aside_path(path).exists() and not _swap_marker(path).exists():
        raise StoreError(f"{aside_path(path)} exists: a first load puts the old store there while it swaps the new "
                         f"one in, and then removes it; move it away (or rename it) first")


def swap_in(path: Path) -> None:
    """Replace the store folder ``path`` by the complete store folder :func:`staging_path` names, so that a crash
    at any moment leaves either the old store or the new one (the next writable open finishes the swap).

    A marker file written first records the swap; two renames follow (the old folder aside, the new one into
    its place), then the old folder is removed.  A reader that opens ``path`` in between the two renames finds
    no store for a moment and tries again.
    """
    check_swap_room(path)
    marker = _swap_marker(path)
    marker.write_bytes(b"")
    _fsync(marker)
    _fsync(path.parent)
    finish_swap(path)


def finish_swap(path: Path) -> None:
    """Complete a swap that :func:`swap_in` began and a crash interrupted (nothing to do without its marker)."""
    import shutil

    marker = _swap_marker(path)
    if not marker.exists():
        return
    staging = staging_path(path)
    old = aside_path(path)
    if staging.exists():
        if path.exists():
            if old.exists():
                shutil.rmtree(old)
            path.rename(old)
        staging.rename(path)
        _fsync(path.parent)
    marker.unlink()
    _fsync(path.parent)
    if old.exists():
        shutil.rmtree(old)


def _fsync(path: Path) -> None:
    """Make a file's contents, or a folder's entries, durable (a rename is only durable once its folder is)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _ntriples_of(graph: Any) -> tuple[str, int]:
    """A graph's triples as N-Triples text, and how many there are."""
    text = getattr(graph, "text", None)
    if isinstance(text, str):
        return text, len(graph)
    from .rdf import ntriples

    triples = list(graph)
    return ntriples(triples), len(triples)


def _retract(graph_iri: URIRef) -> str:
    """SPARQL update: delete a named graph, and from the default graph the triples no other graph states."""
    g = graph_iri.n3()
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g}")
