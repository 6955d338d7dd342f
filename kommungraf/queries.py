"""The library of named SPARQL queries in ``queries/``: each a ``.rq`` file with a machine-readable header.

Header lines at the top of the file::

    # title: Statements and who made them
    # description: Every statement with its kind, paragraph, the people behind it and their party.
    # param: person string optional  The person's name, e.g. "Lisa Palm"
    # example: kommungraf query statements --param person="Lisa Palm"

A parameter ``person`` binds the query variable ``?person`` as an RDF term, never by pasting text: the value is
serialised as an escaped RDF term in a ``VALUES`` block placed first in the query's WHERE clause, so the engine
can use it to look things up by index.  The query uses ``?person`` in its patterns (``?p foaf:name ?person``):
an omitted optional parameter leaves the variable free and every row in.  Parameter types: ``string`` (a plain
literal: names, notations), ``label`` (a Swedish-tagged label, as organisations and bodies carry), ``iri``,
``date``, ``integer``.  The same text runs on any SPARQL endpoint.

A query that no portable SPARQL 1.1 text makes fast on Oxigraph may carry an engine variant,
``queries/oxigraph/NAME.rq``: the same query (same parameters, columns, rows and order) in a form only that
engine runs, e.g. with SPARQL 1.2's ``LATERAL``.  The embedded store and ``kommungraf serve`` render it
(``render(values, engine="oxigraph")``); a remote endpoint (``--endpoint``) gets the portable text.  The variant's
header comments, if any, are ignored: the portable file's header describes both.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .errors import QueryError
from .gazetteer import canonical_party
from .resources import data_dir

PARAM_TYPES = ("string", "label", "iri", "date", "integer", "year", "party")

#: Engines that may have their own text of a named query, in ``queries/ENGINE/NAME.rq``.
ENGINES = ("oxigraph",)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    text: str
    #: Engine-specific texts of the same query, as (engine, text) pairs: see the module's docstring.
    variants: tuple[tuple[str, str], ...] = ()

    def text_for(self, engine: str | None = None) -> str:
        """The text to run on ``engine`` ("oxigraph"): its variant if the query has one, else the portable text."""
        return dict(self.variants).get(engine, self.text) if engine else self.text

    def render(self, values: dict[str, str], engine: str | None = None) -> str:
        """The query text (``engine``'s variant, if any) with the parameter values bound by a VALUES block at the
        start of its WHERE clause."""
        text = self.text_for(engine)
        terms = self.bind(values)
        if not terms:
            return text
        names = " ".join(f"?{k}" for k in terms)
        row = " ".join(t.n3() for t in terms.values())
        block = f" VALUES ({names}) {{ ({row}) }} "
        # Comment lines are blanked (same length) so that a "WHERE {" in a comment is never taken.
        visible = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), text)
        where = re.search(r"(?i)\bWHERE\s*\{", visible) or re.search(r"\{", visible)
        if where is None:
            raise QueryError(f"query {self.name!r} has no WHERE clause to bind parameters in")
        return text[: where.end()] + block + text[where.end():]

    def bind(self, values: dict[str, str]) -> dict[str, Any]:
        """Parameter values as RDF terms for the query's variables; refuses unknown or missing parameters."""
        known = {p.name: p for p in self.params}
        for k in values:
            if k not in known:
                raise QueryError(f"query {self.name!r} has no parameter {k!r}; "
                                 f"it takes: {', '.join(known) or 'none'}")
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name not in values:
                if p.required:
                    raise QueryError(f"query {self.name!r} needs the parameter {p.name} ({p.help})")
                continue
            out[p.name] = to_term(p, values[p.name])
        return out


def is_http_iri(value: str) -> bool:
    """Whether ``value`` is an http(s) IRI that can stand in SPARQL and N-Triples as it is."""
    return re.match(r"^https?://[^\s<>\"{}|\\^`]+$", value) is not None


def to_term(p: Param, raw: str) -> Any:
    """A parameter value as the RDF term its declared type asks for."""
    if p.type == "string":
        return Literal(raw)
    if p.type == "label":
        return Literal(raw, lang="sv")
    if p.type == "party":
        # The abbreviation the graph holds, from any form a user types: "sd", "Sverigedemokraterna" -> "SD".
        return Literal(canonical_party(raw) or raw.strip())
    if p.type == "iri":
        if not is_http_iri(raw):
            raise QueryError(f"parameter {p.name}: not an http(s) IRI: {raw!r}")
        return URIRef(raw)
    if p.type == "date":
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", raw):
            raise QueryError(f"parameter {p.name}: expected a date YYYY-MM-DD, got {raw!r}")
        try:
            dt.date.fromisoformat(raw)
        except ValueError as e:  # "2022-13-01", "2022-02-30": the right shape, no such day
            raise QueryError(f"parameter {p.name}: no such date {raw!r} ({e})") from None
        return Literal(raw, datatype=XSD.date)
    if p.type in ("integer", "year"):
        if not re.match(r"^-?\d+$", raw):
            raise QueryError(f"parameter {p.name}: expected a whole number, got {raw!r}")
        return Literal(int(raw))
    raise QueryError(f"parameter {p.name}: unknown type {p.type}")


_HEADER = re.compile(r"^#\s*(title|description|param|example)\s*:\s*(.*)$")


def parse_query(name: str, text: str) -> NamedQuery:
    """Read a named query's header comments."""
    title = ""
    desc: list[str] = []
    params: list[Param] = []
    examples: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            if desc and line.startswith("#  "):
                desc.append(line[1:].strip())
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            desc.append(value)
        elif key == "example":
            examples.append(value)
        else:
            parts = value.split(None, 3)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                raise QueryError(f"query {name!r}: bad param line {value!r}; "
                                 f"expected 'NAME TYPE [optional|required] HELP'")
            required = len(parts) > 2 and parts[2] == "required"
            help_text = " ".join(parts[3:] if len(parts) > 2 and parts[2] in ("optional", "required")
                                 else parts[2:])
            params.append(Param(parts[0], parts[1], required, help_text))
    if not title:
        raise QueryError(f"query {name!r} has no '# title:' header")
    return NamedQuery(name, title, " ".join(desc), tuple(params), tuple(examples), text)


def library() -> dict[str, NamedQuery]:
    """Every named query shipped in ``queries/``, by name, with its engine variants (``queries/ENGINE/``)."""
    root = data_dir("queries")
    out = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq") and entry.is_file():
            name = entry.name[:-3]
            nq = parse_query(name, entry.read_text(encoding="utf-8"))
            variants = tuple((engine, v.read_text(encoding="utf-8")) for engine in ENGINES
                             if (v := root.joinpath(engine, entry.name)).is_file())
            out[name] = replace(nq, variants=variants) if variants else nq
    return out


def resolve(query: str) -> NamedQuery:
    """A query given as a library name, a path to a ``.rq`` file, or inline SPARQL."""
    lib = library()
    if query in lib:
        return lib[query]
    if query.endswith(".rq") or (len(query) < 250 and "\n" not in query and Path(query).is_file()):
        p = Path(query)
        if not p.is_file():
            raise QueryError(f"no such query file: {query}")
        text = p.read_text(encoding="utf-8")
        try:
            return parse_query(p.stem, text)
        except QueryError:
            return NamedQuery(p.stem, p.stem, "", (), (), text)
    if re.search(r"(?i)\b(select|construct|ask|describe)\b", query):
        return NamedQuery("inline", "inline query", "", (), (), query)
    raise QueryError(f"unknown query {query!r}; `kommungraf queries` lists the library")
