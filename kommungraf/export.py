"""Dumps of the store in the standard RDF formats, streamed so that a graph larger than memory can be written.

Quad formats (N-Quads, TriG) write every named graph — one per source document, plus the ontology's — and not the
default graph, which the store derives from them.  Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) write the
default graph, the de-duplicated union that queries read.  JSON-LD is compacted with the published context
``ontology/context.jsonld`` by a writer of our own (Oxigraph writes only expanded JSON-LD), one node object per
subject, so memory is bounded by the triples of one subject.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from .errors import KommungrafError
from .resources import read_text
from .store import GraphStore
from .vocab import PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_BOOLEAN = XSD + "boolean"
CONTEXT_FILE = "context.jsonld"
#: Where the context is published beside the ontology (what a dump refers to when it does not embed it).
CONTEXT_IRI = "https://w3id.org/kommungraf/context.jsonld"


class ExportError(KommungrafError):
    """An export cannot be written: unknown format, unwritable file, or a dump that cannot be read back."""


@dataclass(frozen=True)
class ExportFormat:
    """One dump format: its CLI name, Oxigraph format (None: our own writer), whether it keeps named graphs."""

    name: str
    rdf_format: ox.RdfFormat | None
    quads: bool
    suffix: str
    media_type: str
    label: str


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("turtle", ox.RdfFormat.TURTLE, False, ".ttl", "text/turtle", "Turtle"),
    ExportFormat("ntriples", ox.RdfFormat.N_TRIPLES, False, ".nt", "application/n-triples", "N-Triples"),
    ExportFormat("nquads", ox.RdfFormat.N_QUADS, True, ".nq", "application/n-quads", "N-Quads"),
    ExportFormat("trig", ox.RdfFormat.TRIG, True, ".trig", "application/trig", "TriG"),
    ExportFormat("jsonld", None, False, ".jsonld", "application/ld+json", "JSON-LD"),
    ExportFormat("rdfxml", ox.RdfFormat.RDF_XML, False, ".rdf", "application/rdf+xml", "RDF/XML"),
)}
_SUFFIXES = {f.suffix: f.name for f in FORMATS.values()} | {
    ".n3": "turtle", ".json": "jsonld", ".xml": "rdfxml", ".owl": "rdfxml", ".nquads": "nquads"}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: str
    format: str
    statements: int  # triples (triple formats) or quads (quad formats)
    graphs: int  # named graphs written (0 for triple formats)
    bytes: int
    seconds: float
    gzip: bool


def format_for(path: str | Path, name: str | None = None) -> tuple[ExportFormat, bool]:
    """The format named, else the one the file's suffix tells; and whether the file is gzipped (``.gz``)."""
    p = Path(path)
    gz = p.suffix == ".gz"
    if name is not None:
        if name not in FORMATS:
            raise ExportError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
        return FORMATS[name], gz
    suffix = Path(p.stem).suffix if gz else p.suffix
    if suffix.lower() not in _SUFFIXES:
        raise ExportError(f"cannot tell the format of {str(path)!r} from its name; give --format "
                          f"({', '.join(FORMATS)})")
    return FORMATS[_SUFFIXES[suffix.lower()]], gz


def prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


# ---------------------------------------------------------------------------------------------------- writing


def export(store: GraphStore, output: str | Path, fmt: str | None = None, *, gzip: bool | None = None,
           context_iri: str | None = None) -> ExportResult:
    """Write the store to ``output`` (``-`` for stdout) in ``fmt`` (else guessed from the suffix).

    ``gzip`` compresses (default: when the name ends in ``.gz``).  The file appears only when complete: it is
    written beside the target under a temporary name and renamed at the end.  ``context_iri`` makes a JSON-LD
    dump refer to its context by IRI instead of embedding it.
    """
    if str(output) == "-" and fmt is None:
        raise ExportError("give --format when writing to standard output")
    ef, gz_suffix = format_for(output, fmt)
    gz = gz_suffix if gzip is None else gzip
    t0 = time.perf_counter()
    with open_output(output, gz) as out:
        n, graphs = write_dump(store, out, ef.name, context_iri=context_iri)
    size = 0 if str(output) == "-" else Path(output).stat().st_size
    return ExportResult(str(output), ef.name, n, graphs, size, time.perf_counter() - t0, gz)


def write_dump(store: GraphStore, out: IO[bytes], fmt: str, *, context_iri: str | None = None) -> tuple[int, int]:
    """Write the store to a binary file object; returns (statements, named graphs written)."""
    ef = FORMATS[fmt]
    ox_store = store.oxigraph
    try:
        if ef.quads:
            names = sorted((g for g in ox_store.named_graphs() if isinstance(g, ox.NamedNode)),
                           key=lambda g: g.value)
            counter = _Counter(chain.from_iterable(
                ox_store.quads_for_pattern(None, None, None, g) for g in names))
            ox.serialize(counter, out, ef.rdf_format, prefixes=prefixes())
            return counter.n, len(names)
        if ef.rdf_format is None:
            triples: Iterable[ox.Quad] = ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph())
            if store.path is None:
                # An on-disk store returns a graph's triples in index order, grouped by subject; an in-memory
                # one does not, but then the graph fits in memory, so it is grouped here.
                triples = _grouped_by_subject(triples)
            return write_jsonld(triples, out, context_iri=context_iri), 0
        ox_store.dump(out, ef.rdf_format, from_graph=ox.DefaultGraph(),
                      prefixes=prefixes() if ef.name in ("turtle", "rdfxml") else None)
        return default_graph_size(store), 0
    except ValueError as e:  # Oxigraph refuses what a format cannot express (e.g. an RDF/XML predicate)
        raise ExportError(f"cannot write {ef.label}: {e}") from None


def default_graph_size(store: GraphStore) -> int:
    res = store.oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(res))["n"].value)


def _grouped_by_subject(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    groups: dict[Any, list[ox.Quad]] = {}
    for q in quads:
        groups.setdefault(q.subject, []).append(q)
    for qs in groups.values():
        yield from qs


class _Counter:
    """Passes quads through, counting them (Oxigraph's writers consume the iterator in Rust)."""

    def __init__(self, it: Iterable[ox.Quad]) -> None:
        self._it = iter(it)
        self.n = 0

    def __iter__(self) -> Iterator[ox.Quad]:
        return self

    def __next__(self) -> ox.Quad:
        q = next(self._it)
        self.n += 1
        return q


@contextlib.contextmanager
def open_output(output: str | Path, gz: bool) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``output`` only when the block ends without error (standard output for "-"),
    gzipped reproducibly when ``gz``."""
    if str(output) == "-":
        raw: IO[bytes] = sys.stdout.buffer
        if gz:
            with gzip_module.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as z:
                yield z  # type: ignore[misc]
        else:
            yield raw
        raw.flush()
        return
    target = Path(output)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as raw_file:
            if gz:
                # mtime=0 and no file name in the header: the same graph gives the same bytes.
                with gzip_module.GzipFile(fileobj=raw_file, mode="wb", mtime=0, filename="",
                                          compresslevel=6) as z:
                    yield z  # type: ignore[misc]
            else:
                yield raw_file
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {e.strerror or e}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------------------- JSON-LD


@dataclass(frozen=True)
class TermDefinition:
    """One term of the context: the IRI it stands for and how its values are coerced."""

    term: str
    iri: str
    type: str | None = None  # "@id" or a datatype IRI
    language: str | None = None
    container: str | None = None


@dataclass(frozen=True)
class JsonLdContext:
    """The shipped context, processed just far enough to compact with it."""

    document: dict[str, Any]  # the whole file, {"@context": {...}}
    prefixes: dict[str, str]
    terms: dict[str, TermDefinition]
    by_iri: dict[str, TermDefinition]
    aliases: dict[str, str]  # keyword → alias, e.g. "@id" → "id"

    def key(self, keyword: str) -> str:
        return self.aliases.get(keyword, keyword)

    def compact_iri(self, iri: str, *, vocab: bool) -> str:
        """A term (only where ``vocab``: keys and types), else prefix:suffix, else the IRI itself."""
        if vocab and iri in self.by_iri:
            return self.by_iri[iri].term
        best = ""
        for p, ns in self.prefixes.items():
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//") \
                    and (not best or len(ns) > len(self.prefixes[best])):
                best = p
        return f"{best}:{iri[len(self.prefixes[best]):]}" if best else iri


@cache
def shipped_context() -> JsonLdContext:
    """``ontology/context.jsonld``, parsed and indexed."""
    return parse_context(json.loads(read_text("ontology", CONTEXT_FILE)))


def parse_context(document: dict[str, Any]) -> JsonLdContext:
    """Index a flat JSON-LD context: keyword aliases, prefixes (IRIs ending in / or #) and terms."""
    ctx = document["@context"]
    aliases: dict[str, str] = {}
    pfx: dict[str, str] = {}
    for k, v in ctx.items():
        if isinstance(v, str) and v.startswith("@"):
            aliases[v] = k
        elif isinstance(v, str) and "://" in v and v[-1] in "/#":
            pfx[k] = v

    def expand(value: str) -> str:
        head, sep, tail = value.partition(":")
        return pfx[head] + tail if sep and head in pfx else value

    terms: dict[str, TermDefinition] = {}
    for k, v in ctx.items():
        if k.startswith("@") or k in aliases.values() or k in pfx:
            continue
        if isinstance(v, str):
            terms[k] = TermDefinition(k, expand(v))
        elif isinstance(v, dict):
            t = v.get("@type")
            terms[k] = TermDefinition(k, expand(v["@id"]), t if t in (None, "@id") else expand(t),
                                      v.get("@language"), v.get("@container"))
    by_iri: dict[str, TermDefinition] = {}
    for td in terms.values():
        by_iri.setdefault(td.iri, td)  # the first term for an IRI is the one compaction uses
    return JsonLdContext(document, pfx, terms, by_iri, aliases)


_CANONICAL_INT = re.compile(r"-?(0|[1-9][0-9]{0,14})")  # below 2**53, so JavaScript reads it exactly


def write_jsonld(triples: Iterable[ox.Quad | ox.Triple], out: IO[bytes], *, context: JsonLdContext | None = None,
                 context_iri: str | None = None) -> int:
    """Write compacted JSON-LD: ``{"@context": …, "@graph": [one node object per subject]}``.

    Consecutive triples of one subject become one node object.  Oxigraph returns a graph's triples grouped by
    subject, so each subject is written once; were a subject to come back later, JSON-LD merges node objects
    with the same ``id``, so the graph is still right.  Returns the triples written.
    """
    ctx = context or shipped_context()
    head = context_iri if context_iri else ctx.document["@context"]
    out.write(b'{\n"@context": ' + json.dumps(head, ensure_ascii=False, indent=2).encode() + b',\n"@graph": [')
    n = 0
    first = True
    subject: Any = None
    group: list[tuple[Any, Any]] = []

    def flush() -> None:
        nonlocal first
        if not group:
            return
        node = node_object(subject, group, ctx)
        text = json.dumps(node, ensure_ascii=False, indent=2)
        out.write((b"\n" if first else b",\n") + text.encode("utf-8"))
        first = False

    for t in triples:
        n += 1
        if t.subject != subject:
            flush()
            subject, group = t.subject, []
        group.append((t.predicate, t.object))
    flush()
    out.write(b"\n]\n}\n")
    return n


def _ref(term: Any, ctx: JsonLdContext) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return ctx.compact_iri(term.value, vocab=False)


def node_object(subject: Any, pairs: list[tuple[Any, Any]], ctx: JsonLdContext) -> dict[str, Any]:
    """The compacted node object of one subject from its (predicate, object) pairs."""
    node: dict[str, Any] = {ctx.key("@id"): _ref(subject, ctx)}
    types: list[str] = []
    values: dict[str, list[Any]] = {}
    langmaps: dict[str, dict[str, list[str]]] = {}
    for p, o in pairs:
        piri = p.value
        if piri == RDF_TYPE and isinstance(o, ox.NamedNode):
            types.append(ctx.compact_iri(o.value, vocab=True))
            continue
        td = ctx.by_iri.get(piri)
        if td is not None and td.container == "@language":
            if isinstance(o, ox.Literal) and o.language:
                langmaps.setdefault(td.term, {}).setdefault(o.language, []).append(o.value)
                continue
            td = None  # a value a language map cannot hold goes under the property's compact IRI
        key = td.term if td is not None else ctx.compact_iri(piri, vocab=False)
        values.setdefault(key, []).append(_value(o, td, ctx))
    if types:
        node[ctx.key("@type")] = _one_or_list(sorted(set(types)))
    for key in sorted(set(values) | set(langmaps)):
        if key in langmaps:
            node[key] = {lang: _one_or_list(sorted(vs)) for lang, vs in sorted(langmaps[key].items())}
        else:
            vs = sorted(values[key], key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
            node[key] = _one_or_list(vs)
    return node


def _one_or_list(vs: list[Any]) -> Any:
    return vs[0] if len(vs) == 1 else vs


def _value(o: Any, td: TermDefinition | None, ctx: JsonLdContext) -> Any:
    """A value in the shortest form that means exactly ``o`` under the term ``td`` (None: no coercion)."""
    ttype = td.type if td else None
    tlang = td.language if td else None
    if not isinstance(o, ox.Literal):
        ref = _ref(o, ctx)
        return ref if ttype == "@id" else {ctx.key("@id"): ref}
    lex, dt, lang = o.value, o.datatype.value, o.language
    if lang:
        if tlang == lang and ttype is None:
            return lex
        return {"@value": lex, "@language": lang}
    if ttype == "@id" or tlang is not None:
        # The term would turn a bare string into an IRI or a tagged string: say what the value is.
        return {"@value": lex} if dt == XSD_STRING else {"@value": lex, "@type": ctx.compact_iri(dt, vocab=True)}
    if ttype is not None and ttype != dt:
        return {"@value": lex} if dt == XSD_STRING else {"@value": lex, "@type": ctx.compact_iri(dt, vocab=True)}
    # No coercion, or the term's datatype is the literal's: native JSON where it reads back to the same literal.
    if dt == XSD_INTEGER and _CANONICAL_INT.fullmatch(lex):
        return int(lex)
    if dt == XSD_BOOLEAN and lex in ("true", "false"):
        return lex == "true"
    if ttype == dt or dt == XSD_STRING:
        return lex
    return {"@value": lex, "@type": ctx.compact_iri(dt, vocab=True)}


# ---------------------------------------------------------------------------------------------------- reading back


@dataclass(frozen=True)
class LoadedDump:
    statements: int
    graphs: int


def open_dump(path: str | Path) -> IO[bytes]:
    """A dump's bytes, decompressed when the name ends in ``.gz``."""
    p = Path(path)
    try:
        return gzip_module.open(p, "rb") if p.suffix == ".gz" else open(p, "rb")
    except OSError as e:
        raise ExportError(f"cannot read {p}: {e.strerror or e}") from None


def load_dump(store: GraphStore, path: str | Path, fmt: str | None = None) -> LoadedDump:
    """Load a dump into an empty store as kommungraf keeps it.

    A quad dump gives back each document's named graph and the default graph as their union; a triple dump
    fills the default graph (the merged view queries read).  A JSON-LD dump must embed its context (the default)
    or refer to one that can be fetched.
    """
    if len(store):
        raise ExportError("load_dump needs an empty store; the dump's graphs would mix with what is there")
    ef, _ = format_for(path, fmt)
    parse_format = ef.rdf_format or ox.RdfFormat.JSON_LD
    n = 0
    graphs: set[str] = set()
    default = ox.DefaultGraph()

    def quads(src: IO[bytes]) -> Iterator[ox.Quad]:
        nonlocal n
        for q in ox.parse(src, parse_format):
            n += 1
            yield q
            if ef.quads and isinstance(q.graph_name, ox.NamedNode):
                graphs.add(q.graph_name.value)
                yield ox.Quad(q.subject, q.predicate, q.object, default)

    with open_dump(path) as src:
        try:
            store.oxigraph.bulk_extend(quads(src))
        except SyntaxError as e:
            raise ExportError(f"{path} is not valid {ef.label}: {e}") from None
    store.flush()
    return LoadedDump(n, len(graphs))
