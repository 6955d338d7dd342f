"""Validation of loaded graphs against ``ontology/shapes.ttl`` with pySHACL, reported in words."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from .ontology import ontology_graph, shapes_graph
from .store import GraphStore
from .vocab import KG, OA, ONTOLOGY_IRI

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with what a person needs to find it: the rule, the document and the span."""

    graph: str  # the source document's named graph
    focus: str
    path: str | None
    message: str
    severity: str
    rule: str | None = None  # the constraint broken, e.g. "sh:minCount"
    shape: str | None = None  # the node shape it belongs to, e.g. kgsh:ParagraphShape
    value: str | None = None  # the offending value, where there is one
    source_file: str | None = None  # the document's file name
    span: tuple[int, int] | None = None  # characters of the source the focus was read from
    page: int | None = None


def validate_graph(data: Graph, graph_name: str = "") -> list[Violation]:
    """The violations of one graph (with the ontology's class hierarchy) against the shipped shapes."""
    from pyshacl import validate

    # The ontology goes in beside the data so that class membership (kg:Ersattare a kg:Role) is known.
    merged = Graph()
    for t in data:
        merged.add(t)
    for t in ontology_graph():
        merged.add(t)
    shapes = shapes_graph()
    conforms, report, _ = validate(merged, shacl_graph=shapes, inference="none", advanced=False,
                                   allow_warnings=True)
    if conforms:
        return []
    source = data.value(URIRef(graph_name), KG.sourceFile) if graph_name else None
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        msg = report.value(r, SH.resultMessage)
        path = report.value(r, SH.resultPath)
        sev = report.value(r, SH.resultSeverity)
        component = report.value(r, SH.sourceConstraintComponent)
        value = report.value(r, SH.value)
        span, page = _span(data, focus)
        out.append(Violation(
            graph_name, str(focus), str(path) if isinstance(path, URIRef) else None,
            str(msg) if msg else "violates a shape", str(sev).rsplit("#", 1)[-1],
            rule=_rule(component), shape=_node_shape(shapes, report.value(r, SH.sourceShape)),
            value=(value.n3() if isinstance(value, (URIRef, Literal)) else None),
            source_file=str(source) if source else None, span=span, page=page))
    return sorted(out, key=lambda v: (v.graph, v.focus, v.path or "", v.rule or ""))


def _rule(component: object) -> str | None:
    """``sh:MinCountConstraintComponent`` → ``sh:minCount``."""
    if component is None:
        return None
    name = str(component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return f"sh:{name[:1].lower()}{name[1:]}"


def _node_shape(shapes: Graph, source_shape: object) -> str | None:
    """The named node shape a (usually blank) property shape belongs to."""
    if source_shape is None:
        return None
    owner = next(shapes.subjects(SH.property, source_shape), None)
    node = owner if owner is not None else source_shape
    return str(node) if isinstance(node, URIRef) else None


def _span(data: Graph, focus: object) -> tuple[tuple[int, int] | None, int | None]:
    """Where the focus node was read: its own evidence (or itself, when it is the evidence)."""
    if focus is None:
        return None, None
    if (focus, RDF.type, OA.SpecificResource) in data:
        sr = focus
    else:
        sr = min(data.objects(focus, KG.evidence), default=None)  # type: ignore[arg-type]
    if sr is None:
        return None, None
    sel = data.value(sr, OA.hasSelector)
    start = data.value(sel, OA.start) if sel is not None else None
    end = data.value(sel, OA.end) if sel is not None else None
    page = data.value(sr, KG.page)
    try:
        span = (int(start), int(end)) if start is not None and end is not None else None
        return span, (int(page) if page is not None else None)
    except ValueError:  # a malformed number is itself a violation; it must not hide the others
        return None, None


def validate_store(store: GraphStore) -> list[Violation]:
    """Validate every document graph of the store, one at a time (memory stays bounded by one document)."""
    out: list[Violation] = []
    for g in store.graphs():
        if g == ONTOLOGY_IRI:
            continue
        out.extend(validate_graph(store.graph_triples(g), g))
    return out


def describe(v: Violation) -> str:
    """One line in words: which resource, which rule, what is wrong, and where in which document to look."""
    from .ontology_docs import qname

    focus = v.focus.rsplit("/id/", 1)[-1]
    path = f" {qname(v.path)}" if v.path else ""
    rule = ", ".join(x for x in (qname(v.shape) if v.shape else None, v.rule) if x)
    value = f"; value {v.value}" if v.value else ""
    where = v.source_file or v.graph.rsplit("/", 1)[-1]
    if v.span:
        where += f", characters {v.span[0]}–{v.span[1]}"
    if v.page:
        where += f", page {v.page}"
    rule_text = f" [{rule}]" if rule else ""
    return f"{v.severity}: {focus}{path}: {v.message}{rule_text}{value} (in {where})"
