"""The shipped ontology as a graph, and its own named graph in the store."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef

from .resources import read_text
from .store import GraphStore
from .vocab import ONTOLOGY_IRI


@cache
def ontology_graph() -> Graph:
    """``ontology/kommungraf.ttl`` parsed."""
    g = Graph()
    g.parse(data=read_text("ontology", "kommungraf.ttl"), format="turtle")
    return g


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=read_text("ontology", "shapes.ttl"), format="turtle")
    return g


def load_ontology(store: GraphStore) -> None:
    """Put the ontology in its own named graph, so labels and class hierarchy are queryable beside the data."""
    store.replace_graph(URIRef(ONTOLOGY_IRI), ontology_graph())
