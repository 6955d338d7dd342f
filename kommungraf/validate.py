"""Validation of loaded graphs against ``ontology/shapes.ttl`` with pySHACL, reported in words."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from .ontology import ontology_graph, shapes_graph
from .store import GraphStore
from .vocab import ONTOLOGY_IRI

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    graph: str  # the source document's named graph
    focus: str
    path: str | None
    message: str
    severity: str


def validate_graph(data: Graph, graph_name: str = "") -> list[Violation]:
    """The violations of one graph (with the ontology's class hierarchy) against the shipped shapes."""
    from pyshacl import validate

    # The ontology goes in beside the data so that class membership (kg:Ersattare a kg:Role) is known.
    merged = Graph()
    for t in data:
        merged.add(t)
    for t in ontology_graph():
        merged.add(t)
    conforms, report, _ = validate(merged, shacl_graph=shapes_graph(), inference="none", advanced=False,
                                   allow_warnings=True)
    if conforms:
        return []
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        msg = report.value(r, SH.resultMessage)
        path = report.value(r, SH.resultPath)
        sev = report.value(r, SH.resultSeverity)
        out.append(Violation(graph_name, str(report.value(r, SH.focusNode)), str(path) if path else None,
                             str(msg) if msg else "violates a shape", str(sev).rsplit("#", 1)[-1]))
    return sorted(out, key=lambda v: (v.graph, v.focus, v.path or ""))


def validate_store(store: GraphStore) -> list[Violation]:
    """Validate every document graph of the store, one at a time (memory stays bounded by one document)."""
    out: list[Violation] = []
    for g in store.graphs():
        if g == ONTOLOGY_IRI:
            continue
        out.extend(validate_graph(store.graph_triples(g), g))
    return out


def describe(v: Violation) -> str:
    focus = v.focus.rsplit("/id/", 1)[-1]
    path = f" {URIRef(v.path).n3() if v.path else ''}".rstrip()
    return f"{v.severity}: {focus}{path}: {v.message} (in {v.graph.rsplit('/', 1)[-1]})"
