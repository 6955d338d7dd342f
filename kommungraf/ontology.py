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
    """Put the ontology in its own named graph, so labels and class hierarchy are queryable beside the data;
    a store that holds this ontology already is not written to."""
    from .rdf import ntriples

    body = ntriples(list(ontology_graph()))
    if store.graph_equals(ONTOLOGY_IRI, body):
        # Why: every load began by rewriting the same 400 triples, and each write to an on-disk store moves
        # RocksDB's files under the read-only readers beside it (kommungraf serve, queries during a load).
        return
    store.replace_graph_text(URIRef(ONTOLOGY_IRI), body, len(ontology_graph()))
    # In an on-disk store the ontology goes to its files now, not only to the write-ahead log: a first load
    # leaves this store as it is until it swaps the loaded one in, and readers replaying a log that the swap
    # moves away saw a store without its ontology (once in some twenty runs of tests/test_concurrency.py).
    store.flush()
