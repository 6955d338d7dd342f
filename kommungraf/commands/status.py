"""kommungraf status — coverage of the store per municipality, body and year, and the gaps in it."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, fields
from typing import Any

from ..results import console
from ..store import GraphStore
from . import add_store_option, open_store

UNKNOWN = "(unknown)"
_PREFIXES = """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
"""
# Each query first reduces to one row per paragraph, meeting or document (SAMPLE), so a resource with two
# labels or dates is still counted once; a missing municipality, body or date groups as unbound.
PARAGRAPHS = _PREFIXES + """
SELECT ?municipality ?body ?year (COUNT(?par) AS ?paragraphs) (SUM(?nd) AS ?without_decision)
       (SUM(?nt) AS ?without_title) (SUM(?nc) AS ?without_case_number)
WHERE {
  { SELECT ?par (SAMPLE(?m) AS ?municipality) (SAMPLE(?b) AS ?body) (SAMPLE(?y) AS ?year) WHERE {
      ?par a besluit:BehandelingVanAgendapunt .
      OPTIONAL { ?par kg:inDocument/kg:municipality/skos:prefLabel ?ml BIND(STR(?ml) AS ?m) }
      OPTIONAL { ?par kg:body/skos:prefLabel ?bl BIND(STR(?bl) AS ?b) }
      OPTIONAL { ?par kg:atMeeting/dct:date ?d BIND(YEAR(?d) AS ?y) }
    } GROUP BY ?par }
  BIND(IF(EXISTS { ?par kg:hasDecision ?dec }, 0, 1) AS ?nd)
  BIND(IF(EXISTS { ?par dct:title ?t }, 0, 1) AS ?nt)
  BIND(IF(EXISTS { ?par kg:citesCaseNumber ?cn }, 0, 1) AS ?nc)
}
GROUP BY ?municipality ?body ?year
"""
MEETINGS = _PREFIXES + """
SELECT ?municipality ?body ?year (COUNT(?meeting) AS ?meetings) WHERE {
  { SELECT ?meeting (SAMPLE(?m) AS ?municipality) (SAMPLE(?b) AS ?body) (SAMPLE(?y) AS ?year) WHERE {
      ?meeting a besluit:Zitting .
      OPTIONAL { ?meeting besluit:isGehoudenDoor/org:subOrganizationOf/skos:prefLabel ?ml BIND(STR(?ml) AS ?m) }
      OPTIONAL { ?meeting besluit:isGehoudenDoor/skos:prefLabel ?bl BIND(STR(?bl) AS ?b) }
      OPTIONAL { ?meeting dct:date ?d BIND(YEAR(?d) AS ?y) }
    } GROUP BY ?meeting }
}
GROUP BY ?municipality ?body ?year
"""
DOCUMENTS = _PREFIXES + """
SELECT ?municipality ?body ?year (COUNT(?doc) AS ?documents) WHERE {
  { SELECT ?doc (SAMPLE(?m) AS ?municipality) (SAMPLE(?b) AS ?body) (SAMPLE(?y) AS ?year) WHERE {
      ?doc a kg:MinutesDocument .
      OPTIONAL { ?doc kg:municipality/skos:prefLabel ?ml BIND(STR(?ml) AS ?m) }
      OPTIONAL { ?doc kg:body/skos:prefLabel ?bl BIND(STR(?bl) AS ?b) }
      OPTIONAL { ?meeting besluit:heeftNotulen ?doc ; dct:date ?d BIND(YEAR(?d) AS ?y) }
    } GROUP BY ?doc }
}
GROUP BY ?municipality ?body ?year
"""


@dataclass
class Coverage:
    """What the store holds for one municipality, body and year."""

    municipality: str
    body: str
    year: str
    documents: int = 0
    meetings: int = 0
    paragraphs: int = 0
    without_decision: int = 0
    without_title: int = 0
    without_case_number: int = 0


COUNTS = tuple(f.name for f in fields(Coverage))[3:]


def _text(term: Any) -> str:
    return UNKNOWN if term is None else str(term.value)


def coverage(store: GraphStore) -> list[Coverage]:
    """Coverage rows by municipality, body and year, read by SPARQL from the default graph."""
    rows: dict[tuple[str, str, str], Coverage] = {}
    for query in (DOCUMENTS, MEETINGS, PARAGRAPHS):
        names, results = store.select(query)
        for r in results:
            key = (_text(r["municipality"]), _text(r["body"]), _text(r["year"]))
            row = rows.setdefault(key, Coverage(*key))
            for n in names[3:]:
                setattr(row, n, int(r[n].value) if r[n] is not None else 0)
    # Unknowns sort last, so gaps in the data stand out at the end of each group.
    return sorted(rows.values(), key=lambda c: ((c.municipality == UNKNOWN, c.municipality),
                                                (c.body == UNKNOWN, c.body), (c.year == UNKNOWN, c.year)))


def totals(rows: list[Coverage]) -> dict[str, int]:
    return {n: sum(getattr(r, n) for r in rows) for n in COUNTS}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="what the store covers, per municipality, body and year, and its gaps",
                       description="Count documents, meetings and paragraphs per municipality, body and year, "
                                   "and the paragraphs that lack a decision, a title or a case number.")
    add_store_option(p)
    p.add_argument("--format", "-f", choices=["table", "json"], default="table",
                   help="a table in the terminal (default) or JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args, read_only=True)
    rows = coverage(store)
    total = totals(rows)
    graphs = [g for g in store.graphs() if "/id/dokument/" in g]
    if args.format == "json":
        data = {"store": str(store.path), "documents_loaded": len(graphs), "totals": total,
                "coverage": [asdict(r) for r in rows]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    from rich.table import Table


    t = Table(title=f"Coverage of {store.path} ({len(graphs)} documents)")
    for c in ("municipality", "body"):
        t.add_column(c, overflow="fold", min_width=10)
    t.add_column("year")
    for c in ("docs", "meetings", "§", "no decision", "no title", "no case no."):
        t.add_column(c, justify="right")
    for r in rows:
        t.add_row(r.municipality, r.body, r.year, *(_count(getattr(r, n), n) for n in COUNTS))
    t.add_row("[bold]total", "", "", *(f"[bold]{total[n]}" for n in COUNTS))
    console().print(t)
    return 0


def _count(n: int, name: str) -> str:
    return f"[yellow]{n}" if n and name.startswith("without") else str(n)


