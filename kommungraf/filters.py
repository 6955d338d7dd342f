"""What a user asks to see of the graph (a municipality, a body, a party, a date range), turned into SPARQL
patterns.  Filters enter a query's text only as RDF terms serialised by rdflib (``term.n3()``), never as pasted
user text.  Networks and timelines share them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rdflib import Literal, URIRef

from . import iri
from .errors import QueryError
from .gazetteer import canonical_party
from .queries import Param, to_term

#: The patterns that bind a paragraph's (``?par``) municipality and meeting date to a filter's variables.
PAR_MUNI = "?par kg:inDocument/kg:municipality ?f_muni ."
PAR_DATE = "?par kg:atMeeting/dct:date ?f_date ."
#: Who made an act (a statement or a proposal).
SIGNS = "kg:signatory|kg:signatoryWithOthers|kg:proposer"
#: The acts (``?act``: statements and proposals) a party (``$party``) took part in, on its behalf or signed by one of
#: its members, as a sub-query to hash-join with: as a FILTER EXISTS the same UNION was evaluated over the whole store
#: for every row (a party's co-signing network at 10,000 paragraphs: over ten minutes; joined: 0.3 s).
ACTS_OF_PARTY = (f"{{ SELECT DISTINCT ?act WHERE {{ {{ ?act kg:onBehalfOfParty $party }} UNION "
                 f"{{ ?fpm org:organization $party ; org:member ?fp . ?act {SIGNS} ?fp }} }} }}")


@dataclass(frozen=True)
class Filters:
    """What the user asked to see; values as typed (names, abbreviations, ISO dates) or IRIs."""

    municipality: str | None = None
    body: str | None = None
    party: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def describe(self) -> dict[str, str]:
        """The filters that are set, for a graph's attributes and titles."""
        return {k: str(v) for k, v in self.__dict__.items() if v not in (None, "")}

    def criteria(self) -> Criteria:
        """The filters as RDF terms; refuses malformed dates and IRIs."""
        munis: tuple[URIRef, ...] = ()
        if self.municipality:
            munis = _municipality_terms(self.municipality)
        body_iri = body_slug = None
        if self.body:
            if looks_like_iri(self.body):
                body_iri = to_term(Param("body", "iri", False, ""), self.body)
            else:
                body_slug = iri.slug(self.body)
        party = None
        if self.party:
            if looks_like_iri(self.party):
                party = to_term(Param("party", "iri", False, ""), self.party)
            else:
                party = iri.party(canonical_party(self.party) or self.party.strip())
        start = _date_term("from", self.date_from)
        end = _date_term("to", self.date_to)
        if start is not None and end is not None and start.toPython() > end.toPython():
            raise QueryError(f"--from {start} is after --to {end}: no meeting can be in that range")
        return Criteria(munis, body_iri, body_slug, party, start, end)


def looks_like_iri(value: str) -> bool:
    return bool(re.match(r"^https?://", value.strip()))


def _municipality_terms(value: str) -> tuple[URIRef, ...]:
    """A municipality by IRI, or by name as written in the minutes ("Solna stad") or short ("Solna")."""
    if looks_like_iri(value):
        return (to_term(Param("municipality", "iri", False, ""), value.strip()),)
    name = value.strip()
    # Minutes name municipalities "X kommun", "X stad" and in the genitive ("Stockholms stad"); the IRI is the
    # slug of that name, so try the forms a short name can take rather than matching labels with regexes.
    forms = {name, f"{name} kommun", f"{name} stad", f"{name}s kommun", f"{name}s stad"}
    return tuple(sorted({iri.municipality(f) for f in forms}))


def _date_term(name: str, value: str | dt.date | None) -> Literal | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    return to_term(Param(name, "date", False, ""), str(value))


@dataclass(frozen=True)
class Criteria:
    """Filters as RDF terms, turned into SPARQL patterns for a query's own variables."""

    municipalities: tuple[URIRef, ...] = ()
    body_iri: URIRef | None = None
    body_slug: str | None = None
    party: URIRef | None = None
    date_from: Literal | None = None
    date_to: Literal | None = None

    @property
    def has_body(self) -> bool:
        return self.body_iri is not None or self.body_slug is not None

    def body_condition(self, var: str) -> str:
        """A SPARQL expression: ``var`` is the body asked for (by IRI, or by name in any municipality)."""
        if self.body_iri is not None:
            return f"{var} = {self.body_iri.n3()}"
        # Body IRIs end in /organ/{slug(name)}; matching the end finds "Kommunstyrelsen" in every municipality.
        return f"STRENDS(STR({var}), {Literal('/organ/' + (self.body_slug or '')).n3()})"

    def sparql(self, *, muni: str, date: str, date_var: str = "?f_date", body: str = "",
               body_vars: tuple[str, ...] = ("?f_body",), party: str | None = None) -> str:
        """Patterns restricting a query.

        ``muni`` binds ``?f_muni`` to the municipality, ``date`` binds ``date_var`` to a date, ``body`` binds
        ``body_vars`` (a body filter keeps rows where any of them is the body), and ``party`` is a pattern in
        which ``$party`` stands for the party's IRI.
        """
        out: list[str] = []
        if self.municipalities:
            out.append(muni)
            out.append("VALUES ?f_muni { " + " ".join(t.n3() for t in self.municipalities) + " }")
        if self.has_body:
            if body:
                out.append(body)
            out.append("FILTER(" + " || ".join(f"({self.body_condition(v)})" for v in body_vars) + ")")
        if self.date_from is not None or self.date_to is not None:
            if date:
                out.append(date)
            conds = []
            if self.date_from is not None:
                conds.append(f"{date_var} >= {self.date_from.n3()}")
            if self.date_to is not None:
                conds.append(f"{date_var} <= {self.date_to.n3()}")
            out.append("FILTER(" + " && ".join(conds) + ")")
        if self.party is not None:
            if party is None:
                raise QueryError("this network has no parties to filter by; leave out --party")
            out.append(party.replace("$party", self.party.n3()))
        return "\n  ".join(out)
