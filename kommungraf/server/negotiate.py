"""Content negotiation: pick a response format from the Accept header or a ``format=`` parameter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    """A response format: ``key`` names it to the worker, ``names`` are its ``format=`` spellings."""

    key: str
    media_type: str
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        text = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml", "triples"))
        return f"{self.media_type}; charset=utf-8" if text else self.media_type

    def accepts(self, media_type: str) -> bool:
        return media_type == self.media_type or media_type in self.aliases


#: SELECT and ASK results, the first being the default.
RESULTS = (
    Format("json", "application/sparql-results+json", ("application/json",), ("json", "srj")),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), ("xml", "srx")),
    Format("csv", "text/csv", (), ("csv",)),
    Format("tsv", "text/tab-separated-values", (), ("tsv",)),
)
#: CONSTRUCT and DESCRIBE results (and resources), the first being the default.
RDF = (
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle", "text/n3"),
           ("turtle", "ttl", "n3")),
    Format("jsonld", "application/ld+json", ("application/json", "application/x-json+ld"),
           ("json-ld", "jsonld", "json")),
    Format("ntriples", "application/n-triples", ("text/plain",), ("nt", "ntriples", "n-triples")),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdf+xml", "rdfxml", "rdf", "xml")),
)
HTML = Format("html", "text/html", ("application/xhtml+xml",), ("html",))


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs; a missing or empty header accepts anything."""
    out: list[tuple[str, float]] = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        out.append((media, q))
    return out or [("*/*", 1.0)]


def _quality(fmt: Format, accept: list[tuple[str, float]]) -> float:
    """The q the client gives ``fmt``: the most specific matching range decides (RFC 9110 §12.5.1)."""
    best, best_specificity = 0.0, -1
    for media, q in accept:
        if fmt.accepts(media):
            specificity = 2
        elif media.endswith("/*") and fmt.media_type.startswith(media[:-1]):
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best, best_specificity = q, specificity
    return best


def choose(offers: Sequence[Format], accept: str | None, format_param: Sequence[str] = ()) -> Format:
    """The best of ``offers``: a ``format=`` value that names one wins, then the Accept header.

    When the client accepts none of them the first (default) offer is sent rather than 406, because
    browsers and many SPARQL clients send Accept headers that name no SPARQL format at all.
    """
    for value in format_param:
        v = value.strip().lower()
        for fmt in offers:
            if v in fmt.names or fmt.accepts(v):
                return fmt
    ranges = parse_accept(accept)
    scored = [(_quality(f, ranges), -i, f) for i, f in enumerate(offers)]
    q, _, fmt = max(scored, key=lambda s: (s[0], s[1]))
    return fmt if q > 0 else offers[0]
