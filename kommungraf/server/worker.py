"""The query worker: a child process that runs queries on a read-only store.

Queries run here rather than in a thread of the server because pyoxigraph cannot cancel a query: a runaway
query keeps a thread (and a CPU) busy until it ends, which may be hours.  A process can be killed.  This
module imports only pyoxigraph and the standard library, so a worker starts in a fraction of a second.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .negotiate import RDF, RESULTS, choose

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LABELS = ("http://xmlns.com/foaf/0.1/name", "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://purl.org/dc/terms/title", "http://www.w3.org/2000/01/rdf-schema#label",
          "http://www.w3.org/2004/02/skos/core#notation")
_RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD,
                "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}


# ---------------------------------------------------------------------------------------------- messages

@dataclass(frozen=True)
class Reply:
    """A finished HTTP response body, made in the worker so only bytes cross the pipe."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False


@dataclass(frozen=True)
class SparqlJob:
    query: str
    accept: str | None = None
    format_param: tuple[str, ...] = ()
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResourceJob:
    """The triples around one IRI: as RDF in ``format_key``, or (``format_key=None``) as data for a page."""

    iri: str
    format_key: str | None = None


@dataclass
class Resource:
    """What a resource page shows: outgoing and incoming links, and labels for every IRI among them."""

    iri: str
    outgoing: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (predicate, term)
    incoming: list[tuple[str, str]] = field(default_factory=list)  # (subject, predicate)
    labels: dict[str, str] = field(default_factory=dict)
    truncated: bool = False


def error_reply(status: int, message: str) -> Reply:
    body = json.dumps({"error": message, "status": status}, ensure_ascii=False).encode()
    return Reply(status, "application/json; charset=utf-8", body)


def limit_memory(limit: int) -> None:
    """Cap this process's data segment: a query that needs more ends the process (the pool answers 500 and starts
    another) instead of taking the machine's memory.  A GROUP_CONCAT over a cross product, or a read beside a
    writer (undefined in pyoxigraph: one was seen to allocate without end), can otherwise grow to gigabytes
    within the timeout."""
    import resource

    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


# ---------------------------------------------------------------------------------------------- the store

def store_fingerprint(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the store's files: they change whenever a writer commits."""
    out = []
    for e in os.scandir(path):
        if e.name.startswith("LOG"):  # RocksDB's info log, written by readers too
            continue
        st = e.stat()
        out.append((e.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class ReadOnlyStore:
    """A read-only Oxigraph store reopened when its files change, so a load beside the server shows up.

    A read-only RocksDB instance sees the data as it was when opened; reopening costs about 10 ms and is done
    only after a writer committed.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fingerprint: tuple[Any, ...] | None = None
        self._store: ox.Store | None = None
        self.get()

    def get(self, *, force: bool = False) -> ox.Store:
        fp = store_fingerprint(self.path)
        if force or self._store is None or fp != self._fingerprint:
            self._store = ox.Store.read_only(str(self.path))
            self._fingerprint = fp
        return self._store


# ---------------------------------------------------------------------------------------------- queries

def term_json(t: Any) -> dict[str, Any]:
    """A term in SPARQL 1.1 Query Results JSON."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(t.subject),
                                            "predicate": term_json(t.predicate), "object": term_json(t.object)}}
    raise TypeError(f"not an RDF term: {t!r}")


def _graphs(iris: tuple[str, ...]) -> list[ox.NamedNode] | None:
    return [ox.NamedNode(i) for i in iris] if iris else None


def run_sparql(store: ox.Store, job: SparqlJob, max_rows: int, prefixes: dict[str, str]) -> Reply:
    """Run a query and serialise its results in the negotiated format, keeping at most ``max_rows``."""
    try:
        res = store.query(job.query, default_graph=_graphs(job.default_graphs),
                          named_graphs=_graphs(job.named_graphs))
        if isinstance(res, ox.QueryBoolean):
            fmt = choose(RESULTS, job.accept, job.format_param)
            return Reply(200, fmt.content_type, res.serialize(format=_RESULT_FORMATS[fmt.key]))
        if isinstance(res, ox.QuerySolutions):
            fmt = choose(RESULTS, job.accept, job.format_param)
            variables = [v.value for v in res.variables]
            rows = list(islice(res, max_rows + 1))
            truncated = len(rows) > max_rows
            # pyoxigraph serialises a whole result only, so the kept rows are written as JSON here and
            # converted to the other formats by parsing that JSON back.
            data = json.dumps({"head": {"vars": variables}, "results": {"bindings": [
                {v: term_json(sol[v]) for v in variables if sol[v] is not None} for sol in rows[:max_rows]]}},
                ensure_ascii=False).encode()
            if fmt.key != "json":
                parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
                data = parsed.serialize(format=_RESULT_FORMATS[fmt.key])
            return Reply(200, fmt.content_type, data, truncated)
        fmt = choose(RDF, job.accept, job.format_param)
        triples = list(islice(res, max_rows + 1))
        kept = triples[:max_rows]
        body = ox.serialize(kept, format=_RDF_FORMATS[fmt.key], prefixes=_prefixes(fmt.key, prefixes, kept))
        return Reply(200, fmt.content_type, body, len(triples) > max_rows)
    except SyntaxError as e:
        return error_reply(400, f"malformed SPARQL: {e}")
    except ValueError as e:
        return error_reply(400, f"bad request: {e}")


def _prefixes(key: str, prefixes: dict[str, str], triples: list[ox.Triple]) -> dict[str, str] | None:
    """The prefixes the triples use, for the formats that abbreviate with them."""
    if key not in ("turtle", "rdfxml"):
        return None
    iris = {t.value for tr in triples for t in (tr.subject, tr.predicate, tr.object) if isinstance(t, ox.NamedNode)}
    return {p: ns for p, ns in prefixes.items() if any(i.startswith(ns) for i in iris)}


def resource_triples(store: ox.Store, iri: str, max_rows: int) -> tuple[list[ox.Triple], list[ox.Triple], bool]:
    """Outgoing and incoming triples of ``iri`` in the default graph, each list capped at ``max_rows``."""
    node = ox.NamedNode(iri)
    dg = ox.DefaultGraph()
    out = [q.triple for q in islice(store.quads_for_pattern(node, None, None, dg), max_rows + 1)]
    inc = [q.triple for q in islice(store.quads_for_pattern(None, None, node, dg), max_rows + 1)]
    truncated = len(out) > max_rows or len(inc) > max_rows
    return out[:max_rows], inc[:max_rows], truncated


def label(store: ox.Store, node: ox.NamedNode) -> str | None:
    """A human name for an IRI: name, preferred label, title or label, Swedish first."""
    dg = ox.DefaultGraph()
    for p in LABELS:
        found = [q.object for q in islice(store.quads_for_pattern(node, ox.NamedNode(p), None, dg), 20)
                 if isinstance(q.object, ox.Literal)]
        if found:
            found.sort(key=lambda lit: (lit.language != "sv", lit.language is not None and lit.language != "en"))
            return found[0].value
    return None


def _term_tuple(t: Any) -> tuple[str, ...]:
    if isinstance(t, ox.NamedNode):
        return ("uri", t.value)
    if isinstance(t, ox.Literal):
        return ("literal", t.value, t.language or "", "" if t.language else t.datatype.value)
    return ("bnode", str(t))


def run_resource(store: ox.Store, job: ResourceJob, max_rows: int, prefixes: dict[str, str]) -> Reply | Resource:
    try:
        out, inc, truncated = resource_triples(store, job.iri, max_rows)
    except ValueError:  # not a valid IRI
        out, inc, truncated = [], [], False
    if not out and not inc:
        return error_reply(404, f"nothing is known about <{job.iri}> in this store")
    if job.format_key is not None:
        body = ox.serialize(out + inc, format=_RDF_FORMATS[job.format_key],
                            prefixes=_prefixes(job.format_key, prefixes, out + inc))
        fmt = next(f for f in RDF if f.key == job.format_key)
        return Reply(200, fmt.content_type, body, truncated)
    res = Resource(job.iri, [(t.predicate.value, _term_tuple(t.object)) for t in out],
                   [(t.subject.value if isinstance(t.subject, ox.NamedNode) else str(t.subject), t.predicate.value)
                    for t in inc], truncated=truncated)
    nodes = {job.iri} | {p for p, _ in res.outgoing} | {p for _, p in res.incoming}
    nodes |= {o[1] for _, o in res.outgoing if o[0] == "uri"} | {s for s, _ in res.incoming}
    for n in nodes:
        if n.startswith("_:"):
            continue
        found = label(store, ox.NamedNode(n))
        if found:
            res.labels[n] = found
    return res


# ---------------------------------------------------------------------------------------------- the loop

#: Seconds to wait before each reopen when the store's files changed under a read-only instance.
_REOPEN_WAITS = (0.0, 0.05, 0.25, 1.0)


def run_job(store: ReadOnlyStore, job: Any, max_rows: int, prefixes: dict[str, str]) -> Reply | Resource:
    run = run_sparql if isinstance(job, SparqlJob) else run_resource
    error: Exception | None = None
    # The files can change under the read-only instance (a writer compacted them away, or a first load was just
    # swapped in and its writer is reopening it), and a reopen can meet them moving: RocksDB then reports a
    # MANIFEST it listed as missing, which pyoxigraph raises as RuntimeError.  Reopen and try again, a little
    # later each time, since one immediate retry could still meet the files moving (a 500 under load).
    for wait in (None, *_REOPEN_WAITS):
        if wait is not None:
            time.sleep(wait)
        try:
            opened = store.get(force=wait is not None)
        except (OSError, RuntimeError) as e:
            error = e
            continue
        try:
            return run(opened, job, max_rows, prefixes)  # type: ignore[arg-type]
        except OSError as e:
            error = e
    return error_reply(500, f"the store could not be read: {error}")


def main(conn: Connection, store_path: str, max_rows: int, prefixes: dict[str, str],
         memory: int | None = None) -> None:
    """The worker's loop: answer jobs from the pipe until it closes (or ``None`` arrives)."""
    if memory is not None:
        limit_memory(memory)
    try:
        store = ReadOnlyStore(store_path)
    except OSError as e:
        conn.send(("failed", f"cannot open the store at {store_path} read-only: {e}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(run_job(store, job, max_rows, prefixes))
        except Exception as e:  # a bug must not leave the server waiting for an answer until the timeout
            conn.send(error_reply(500, f"internal error: {type(e).__name__}: {e}"))
