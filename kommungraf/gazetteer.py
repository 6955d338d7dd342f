"""Parties and well-known organisations, read from the data files in ``ontology/gazetteer/``."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache

from .resources import read_text


@dataclass(frozen=True)
class Party:
    abbreviation: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    wikidata: str | None
    successor: str | None


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str  # municipality | body | administration | authority | region | company | association | other
    municipality: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    body_kind: str | None


@dataclass(frozen=True)
class Municipality:
    name: str  # as it calls itself in its minutes: "Gagnefs kommun", "Borås Stad", "Region Gotland"
    seat: str  # its central town: "Djurås"
    county: str  # the län, without the word: "Dalarnas"
    places: tuple[str, ...]  # other towns it meets in


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text("ontology", "gazetteer", name))))


@cache
def parties() -> dict[str, Party]:
    """Canonical abbreviation → party."""
    out = {}
    for r in _rows("parties.csv"):
        out[r["abbreviation"]] = Party(r["abbreviation"], r["name"], r["name_en"],
                                       tuple(a for a in r["aliases"].split("|") if a),
                                       r["wikidata"] or None, r["successor"] or None)
    return out


@cache
def party_lookup() -> dict[str, str]:
    """Case-folded abbreviation, name, genitive or alias → canonical abbreviation."""
    table: dict[str, str] = {}
    for p in parties().values():
        for form in (p.abbreviation, p.name, *p.aliases):
            table[form.casefold()] = p.abbreviation
            if not form.endswith("s"):
                table[(form + "s").casefold()] = p.abbreviation
    return table


def canonical_party(text: str) -> str | None:
    """The canonical abbreviation for a party as written ("(mp)", "fp", "Socialdemokraterna"), or None."""
    t = text.strip().strip("()").strip()
    for suffix in ("-gruppen", "-gruppens"):
        if t.casefold().endswith(suffix):
            t = t[: -len(suffix)]
    return party_lookup().get(t.casefold())


@cache
def organisations() -> tuple[Organisation, ...]:
    out = []
    for r in _rows("organisations.csv"):
        out.append(Organisation(r["name"], r["kind"], r["municipality"] or None,
                                tuple(a for a in r["aliases"].split("|") if a), r["wikidata"] or None,
                                r["body_kind"] or None))
    return tuple(out)


@cache
def organisation_by_name() -> dict[str, Organisation]:
    """Case-folded canonical name → organisation."""
    return {o.name.casefold(): o for o in organisations()}


def is_municipality(name: str) -> bool:
    """Whether ``name`` is a municipality: the gazetteer's, or a name ending in "kommun"/"stad"."""
    hit = organisation_by_name().get(name.casefold())
    if hit:
        return hit.kind == "municipality"
    return name.endswith((" kommun", " stad", " Stad"))


def is_region(name: str) -> bool:
    """Whether ``name`` is one of Sweden's regions (formerly landsting), the legal entity of a region's bodies."""
    hit = organisation_by_name().get(name.casefold())
    return hit is not None and hit.kind == "region" and not hit.name.startswith("Polisregion")


@cache
def municipalities() -> tuple[Municipality, ...]:
    """Sweden's 290 municipalities (``ontology/gazetteer/municipalities.csv``)."""
    return tuple(Municipality(r["name"], r["seat"], r["county"], tuple(t for t in r["places"].split("|") if t))
                 for r in _rows("municipalities.csv"))


_MUNICIPALITY_WORD = re.compile(r"(?i)^region\s+|\s+(?:kommun|stad)$")


def place_of(municipality: str) -> str:
    """The place a municipality's name is made of, as written before "kommun"/"stad" or after "Region"
    ("Lidköpings kommun" → "Lidköpings", "Region Gotland" → "Gotland")."""
    return _MUNICIPALITY_WORD.sub("", municipality)


@cache
def municipality_places() -> frozenset[str]:
    """The municipalities' places (:func:`place_of`), also without a genitive's -s ("Lidköpings kommun" →
    "Lidköpings", "Lidköping"; "Malå kommun" → "Malå")."""
    out: set[str] = set()
    for m in municipalities():
        place = place_of(m.name)
        out.add(place)
        if place.endswith("s"):
            out.add(place[:-1])
    return frozenset(out)


@cache
def municipality_of_town() -> dict[str, Municipality]:
    """A town (a municipality's seat or another of its towns, as written) → its municipality."""
    return {town: m for m in municipalities() for town in (m.seat, *m.places)}


_FOLD = str.maketrans("åäöéü", "aaoeu")


@cache
def _municipality_by_folded_name() -> dict[str, str]:
    folded: dict[str, list[str]] = {}
    for m in municipalities():
        folded.setdefault(m.name.casefold().translate(_FOLD), []).append(m.name)
    return {k: names[0] for k, names in folded.items() if len(names) == 1}


def municipality_spelling(name: str) -> str | None:
    """The municipality ``name`` spells without its diacritics ("BRACKE KOMMUN", "Ostersunds kommun" from OCR or
    an ASCII-only system → "Bräcke kommun"), where it is no municipality's own name; else None."""
    known = _municipality_by_folded_name().get(name.casefold().translate(_FOLD))
    return known if known is not None and known.casefold() != name.casefold() else None


@cache
def region_of_county() -> dict[str, str]:
    """A county as ``Municipality.county`` writes it ("Dalarnas") → its region ("Region Dalarna")."""
    return {r["county"]: r["region"] for r in _rows("counties.csv")}
