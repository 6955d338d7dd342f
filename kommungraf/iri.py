"""Deterministic IRIs: every resource's IRI is derived from what identifies it, never from load order or time."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

BASE = "https://w3id.org/kommungraf/id/"

_NON_SLUG = re.compile(r"[^\w]+", re.UNICODE)
_MAX_SLUG = 80


@lru_cache(maxsize=1 << 16)  # names, bodies and case numbers recur across a document and a load
def slug(text: str) -> str:
    """A lower-case IRI segment of letters (å ä ö kept, NFC), digits and hyphens; nothing else survives."""
    norm = unicodedata.normalize("NFC", text).casefold()
    # \w also matches "_" and letters of every script; keep letters and digits, fold the rest to "-".
    s = _NON_SLUG.sub("-", norm).replace("_", "-").strip("-")
    s = re.sub(r"-{2,}", "-", s)
    s = "".join(ch for ch in s if ch == "-" or unicodedata.category(ch)[0] in "LN")
    if not s:
        return "x" + hashlib.sha1(norm.encode()).hexdigest()[:10]
    if len(s) > _MAX_SLUG:
        # Long names keep a readable prefix and stay unique through a digest of the whole.
        s = s[:_MAX_SLUG].rstrip("-") + "-" + hashlib.sha1(norm.encode()).hexdigest()[:8]
    return s


def mint(*parts: str) -> URIRef:
    """An IRI under the kommungraf base from already-slugged path segments."""
    return URIRef(BASE + "/".join(parts))


def municipality(name: str) -> URIRef:
    return mint("kommun", slug(name))


def organisation(name: str, municipality_name: str | None = None) -> URIRef:
    """A body or administration of a municipality, or (without municipality) an external organisation."""
    if municipality_name:
        return mint("kommun", slug(municipality_name), "organ", slug(name))
    return mint("org", slug(name))


def party(abbreviation: str) -> URIRef:
    return mint("parti", slug(abbreviation))


def person(name: str, municipality_name: str | None) -> URIRef:
    """People are identified by name within a municipality; the same name elsewhere is another person."""
    return mint("kommun", slug(municipality_name or "okand"), "person", slug(name))


#: Every document's named graph starts so.
DOCUMENT_PREFIX = BASE + "dokument/"


def document(key: str) -> URIRef:
    return mint("dokument", slug(key))


def meeting(body_iri: str, date: str) -> URIRef:
    return URIRef(f"{body_iri}/sammantrade/{slug(date)}")


def paragraph(parent_iri: str, number: str) -> URIRef:
    return URIRef(f"{parent_iri}/paragraf/{slug(number)}")


def case_number(municipality_name: str | None, notation: str) -> URIRef:
    return mint("kommun", slug(municipality_name or "okand"), "diarienummer", slug(notation))


def case(municipality_name: str | None, notation: str) -> URIRef:
    return mint("kommun", slug(municipality_name or "okand"), "arende", slug(notation))


def child(parent_iri: str, *parts: str) -> URIRef:
    """A resource that exists only as part of another (a statement of a paragraph, a point of a decision)."""
    return URIRef(parent_iri + "/" + "/".join(slug(p) for p in parts))


def span(document_iri: str, start: int, end: int) -> URIRef:
    """The IRI of a character span of a document (RFC 5147 style fragment)."""
    return URIRef(f"{document_iri}#char={int(start)},{int(end)}")
