"""The SPARQL 1.1 Protocol for queries: what a request asks for, and the read-only guard."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs


class HttpError(Exception):
    """A request the server answers with an error status and a JSON body ``{"error": …, "status": …}``."""

    def __init__(self, status: int, message: str, headers: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = tuple(headers)


@dataclass(frozen=True)
class SparqlRequest:
    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    #: ``format=`` values (Virtuoso's convention, which SPARQLWrapper sends too), in the URL or the form
    format_param: tuple[str, ...] = ()


FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


def sparql_request(method: str, content_type: str, params: Mapping[str, list[str]], body: bytes) -> SparqlRequest:
    """The query of a GET or POST (form-encoded or ``application/sparql-query``), refusing updates."""
    media = content_type.split(";")[0].strip().lower()
    if media == SPARQL_UPDATE or "update" in params:
        raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
    fields: dict[str, list[str]] = {k: list(v) for k, v in params.items()}
    if method == "POST":
        if media == FORM:
            for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                fields.setdefault(k, []).extend(v)
            if "update" in fields:
                raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
        elif media == SPARQL_QUERY:
            if "query" in fields:
                raise HttpError(400, "a query sent as the request body must not also be a 'query' parameter")
            fields["query"] = [body.decode("utf-8", "replace")]
        else:
            raise HttpError(415, f"POST a query as {FORM} or {SPARQL_QUERY}, not {media or 'no content type'}")
    elif method != "GET":
        raise HttpError(405, f"method {method} is not allowed; use GET or POST", [("Allow", "GET, POST")])
    queries = fields.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise HttpError(400, "give exactly one SPARQL query in the 'query' parameter")
    check_read_only(queries[0])
    return SparqlRequest(queries[0], tuple(fields.get("default-graph-uri", ())),
                         tuple(fields.get("named-graph-uri", ())), tuple(fields.get("format", ())))


# ---------------------------------------------------------------------------------------------- the guard

# A lexer for just enough SPARQL to find keywords: comments, strings, IRIs, variables, prefixed names, blank
# node labels and language tags are single tokens, so a keyword inside them is not mistaken for one.  Every
# token is matched once from where it starts: a name-like run ("true.SERVICE", "ex.a") is one ``run`` token,
# the prefix of a prefixed name when a ``local`` part (":x") follows at once, else split into its words.  (A
# prefixed-name pattern tried at every word of "a.a.a.…" rescanned the rest of the run each time: 34 s for a
# 40 KB query, in the server's own thread.)
_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<bnode>_:[\w.\-]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<run>[^\W\d_][\w.\-]*)
  | (?P<local>:(?:[\w\-:%]|\\\S)(?:[\w\-:%.]|\\\S)*(?<!\.)|:)
  | (?P<other>\S)
""", re.VERBOSE | re.DOTALL)
_WORD = re.compile(r"[^\W\d]\w*")

#: Brackets nested deeper than this are refused.  No real query nests more than a dozen levels, and Oxigraph's
#: parser recurses on each: 10,000 levels overflow its stack and kill the query worker (a 20 KB request), and a
#: hundred nested collections or blank-node brackets take seconds to parse.
MAX_NESTING = 64
_UPDATE_WORDS = frozenset({"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"})
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def scan(query: str) -> tuple[list[str], int]:
    """The bare words of a query (keywords, function names), case-folded, and how deep its brackets nest
    (outside strings, IRIs and comments), in one pass."""
    words: list[str] = []
    depth = deepest = 0
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup
        if kind == "run":
            if not query.startswith(":", m.end()):  # else the prefix of a prefixed name ("ex.a:b", "service:")
                words.extend(w.group().casefold() for w in _WORD.finditer(m.group()))
        elif kind == "other":
            c = m.group()
            if c in "([{":
                depth += 1
                deepest = max(deepest, depth)
            elif c in ")]}":
                depth = max(depth - 1, 0)
    return words, deepest


def keywords(query: str) -> list[str]:
    """The bare words of a query (keywords, function names), case-folded."""
    return scan(query)[0]


def _unescape(query: str) -> str:
    # SPARQL allows \u escapes anywhere in a query (§19.2); a parser that applies them must not see a
    # keyword the guard missed, so the guard checks the text both as given and with escapes applied.
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)


def check_read_only(query: str) -> None:
    """Refuse (403) a query that updates the store or reaches out: SPARQL Update, LOAD, SERVICE; and (400) one
    nested deeper than :data:`MAX_NESTING`."""
    words: set[str] = set()
    for text in {query, _unescape(query)}:
        found, deepest = scan(text)
        words.update(found)
        if deepest > MAX_NESTING:
            raise HttpError(400, f"the query nests {deepest} levels deep, over the limit of {MAX_NESTING}")
    if words & _UPDATE_WORDS:
        raise HttpError(403, "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, …) is refused")
    if "service" in words:
        raise HttpError(403, "federated queries (SERVICE) are refused: this endpoint queries only its own store")
