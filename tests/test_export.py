"""Dumps: every format reads back to the same graph, quad formats keep the documents' named graphs, JSON-LD is
compacted with the shipped context, and the corpus's Turtle parses with an independent parser."""

from __future__ import annotations

import gzip
import json
import logging
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kommungraf.cli import main
from kommungraf.export import (
    FORMATS,
    ExportError,
    export,
    format_for,
    load_dump,
    parse_context,
    shipped_context,
    write_jsonld,
)
from kommungraf.resources import read_text
from kommungraf.store import GraphStore, from_ox
from kommungraf.vocab import KG_TERMS, ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXAMPLES = ROOT / "examples"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: pytest's collection probes module names


def _loaded(paths: list[Path]) -> GraphStore:
    import kommungraf

    kg = kommungraf.open(memory=True)
    kg.load(paths)
    return kg.store


@pytest.fixture(scope="module")
def store() -> GraphStore:
    return _loaded([EXAMPLES])


@pytest.fixture(scope="module")
def corpus_store() -> GraphStore:
    if not (CORPUS / "docs").is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (a fresh clone without the shared folder)")
    return _loaded([CORPUS / "docs"])


def merged(store: GraphStore) -> Graph:
    """The store's default graph (the merged view) as an rdflib graph."""
    g = Graph()
    for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return g


def named(store: GraphStore) -> dict[str, Graph]:
    return {g: store.graph_triples(g) for g in store.graphs()}


# ---------------------------------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_loads_back_into_a_fresh_store_as_the_same_merged_graph(store, tmp_path, fmt):
    out = tmp_path / f"dump{FORMATS[fmt].suffix}"
    res = export(store, out, fmt)
    assert res.statements > 0 and out.stat().st_size == res.bytes

    fresh = GraphStore(None)
    loaded = load_dump(fresh, out)
    assert loaded.statements == res.statements
    assert isomorphic(merged(fresh), merged(store))


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_quad_formats_give_back_every_document_graph_and_the_ontology_graph(store, tmp_path, fmt):
    out = tmp_path / f"dump{FORMATS[fmt].suffix}.gz"
    res = export(store, out, fmt)
    original = named(store)
    assert ONTOLOGY_IRI in original and res.graphs == len(original)

    fresh = GraphStore(None)
    load_dump(fresh, out)
    back = named(fresh)
    assert sorted(back) == sorted(original)
    for g in original:
        assert isomorphic(back[g], original[g]), g


def test_quad_dumps_hold_no_default_graph_because_the_store_derives_it(store, tmp_path):
    out = tmp_path / "dump.nq"
    export(store, out, "nquads")
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert quads and all(isinstance(q.graph_name, ox.NamedNode) for q in quads)


def test_gzip_is_inferred_from_the_suffix_and_is_byte_for_byte_reproducible(store, tmp_path):
    a, b = tmp_path / "a.ttl.gz", tmp_path / "b.ttl.gz"
    assert export(store, a).gzip and export(store, b).gzip
    assert a.read_bytes() == b.read_bytes()
    assert gzip.decompress(a.read_bytes()).startswith(b"@prefix")


def test_gzip_flag_compresses_a_file_without_the_suffix(store, tmp_path):
    out = tmp_path / "dump.nt"
    export(store, out, gzip=True)
    assert out.read_bytes()[:2] == b"\x1f\x8b"


def test_a_failed_export_leaves_neither_the_file_nor_a_temporary_one(store, tmp_path, monkeypatch):
    import kommungraf.export as ex

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ex, "write_jsonld", broken)
    with pytest.raises(RuntimeError):
        export(store, tmp_path / "dump.jsonld")
    assert list(tmp_path.iterdir()) == []


def test_a_name_without_a_known_suffix_asks_for_a_format():
    with pytest.raises(ExportError, match="--format"):
        format_for("graph.data")
    assert format_for("graph.data", "trig")[0].name == "trig"
    assert format_for("x.nq.gz") == (FORMATS["nquads"], True)


def test_the_cli_writes_the_file_and_reports_what_it_wrote(store, tmp_path, capsys):
    folder = tmp_path / "store"
    shutil.copytree(EXAMPLES, tmp_path / "ex")
    assert main(["load", str(tmp_path / "ex"), "--store", str(folder), "-q"]) == 0
    out = tmp_path / "graph.trig"
    assert main(["export", "--store", str(folder), "--output", str(out)]) == 0
    assert "named graphs as trig" in capsys.readouterr().err
    back = GraphStore(None)
    assert load_dump(back, out).graphs == len(GraphStore(folder, read_only=True).graphs()) == 3
    assert main(["export", "--store", str(folder), "--output", str(tmp_path / "x.unknown")]) == 1
    assert "give --format" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------- JSON-LD


def test_jsonld_is_compacted_with_the_shipped_context(store, tmp_path):
    out = tmp_path / "graph.jsonld"
    export(store, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == json.loads(read_text("ontology", "context.jsonld"))["@context"]
    nodes = doc["@graph"]
    paragraphs = [n for n in nodes if n.get("type") == "Paragraph"]
    assert paragraphs, "the examples have paragraphs"
    p = paragraphs[0]
    assert isinstance(p["paragraphNumber"], str) and isinstance(p["position"], int)
    assert isinstance(p["immediatelyAdjusted"], bool)
    assert isinstance(p.get("title", ""), str)  # a Swedish title reads as a plain string
    assert p["inDocument"].startswith("https://w3id.org/kommungraf/id/dokument/")
    # Every key of the data is a short name, a keyword alias or (for vocabulary IRIs) a compact IRI: never a
    # full IRI that a web developer would have to type.
    terms = set(shipped_context().terms) | {"id", "type"}
    for n in nodes:
        for k in n:
            assert k in terms or (":" in k and "//" not in k), k


def test_rdflib_reads_the_jsonld_dump_back_to_the_same_graph(store, tmp_path):
    out = tmp_path / "graph.jsonld"
    export(store, out)
    g = Graph()
    g.parse(out, format="json-ld")
    assert isomorphic(g, merged(store))


def test_a_jsonld_dump_can_refer_to_the_published_context_instead_of_embedding_it(store, tmp_path):
    out = tmp_path / "graph.jsonld"
    export(store, out, context_iri="https://w3id.org/kommungraf/context.jsonld")
    assert json.loads(out.read_text(encoding="utf-8"))["@context"] == "https://w3id.org/kommungraf/context.jsonld"


def test_the_jsonld_writer_keeps_literals_the_context_cannot_shorten_exact(tmp_path):
    kg = "https://w3id.org/kommungraf/ontology#"
    s, other = URIRef("https://w3id.org/kommungraf/id/x"), URIRef("https://example.org/y")
    b = BNode("b1")
    triples = [
        (s, RDF.type, URIRef(kg + "Body")), (s, RDF.type, URIRef("https://example.org/Thing")),
        (s, URIRef(kg + "position"), Literal("007", datatype=XSD.integer)),  # not canonical: no JSON number
        (s, URIRef(kg + "position"), Literal("12345678901234567890", datatype=XSD.integer)),  # past 2**53
        (s, URIRef(kg + "pageCount"), Literal("1.5", datatype=XSD.decimal)),  # against the term's datatype
        (s, URIRef(kg + "immediatelyAdjusted"), Literal("1", datatype=XSD.boolean)),
        (s, URIRef("http://purl.org/dc/terms/title"), Literal("Title", lang="en")),  # term says sv
        (s, URIRef("http://purl.org/dc/terms/title"), Literal("no language")),
        (s, URIRef(kg + "body"), Literal("a literal where an IRI is expected")),
        (s, URIRef(kg + "sourceFile"), other),  # an IRI where a string is expected
        (s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("utan språk")),  # outside a language map
        (s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("etikett", lang="sv")),
        (s, URIRef("https://example.org/unknown#p"), Literal("x", datatype=URIRef("https://example.org/dt"))),
        (s, URIRef(kg + "mentions"), b), (b, URIRef("http://xmlns.com/foaf/0.1/name"), Literal('quote " and \\')),
        (s, RDF.type, Literal("a literal type")),
        (s, URIRef("http://purl.org/dc/terms/date"), Literal("2024-02-30", datatype=XSD.date)),
    ]
    src = Graph()
    for t in triples:
        src.add(t)
    quads = [ox.Triple(*(ox.BlankNode(x) if isinstance(x, BNode) else
                         ox.NamedNode(str(x)) if isinstance(x, URIRef) else
                         ox.Literal(str(x), language=x.language) if x.language else
                         ox.Literal(str(x), datatype=ox.NamedNode(str(x.datatype or XSD.string)))
                         for x in t)) for t in sorted(triples, key=lambda t: str(t[0]))]
    out = tmp_path / "odd.jsonld"
    with open(out, "wb") as f:
        assert write_jsonld(quads, f) == len(triples)
    by_rdflib = Graph().parse(out, format="json-ld")
    assert isomorphic(by_rdflib, src)
    by_oxigraph = Graph()
    for q in ox.parse(path=str(out), format=ox.RdfFormat.JSON_LD):
        by_oxigraph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    assert isomorphic(by_oxigraph, src)


def test_the_context_names_every_ontology_class_and_property_once():
    ctx = shipped_context()
    iris = [t.iri for t in ctx.terms.values()]
    assert len(iris) == len(set(iris)), "two short names for one IRI would make compaction ambiguous"
    assert all(":" not in t and "/" not in t for t in ctx.terms)
    from rdflib.namespace import OWL

    from kommungraf.ontology import ontology_graph

    g = ontology_graph()
    declared = {str(s) for c in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, c)}
    assert declared <= set(iris), sorted(declared - set(iris))
    assert declared <= {f"{ONTOLOGY_IRI}#{t}" for t in KG_TERMS}


def test_a_context_is_indexed_into_prefixes_aliases_and_coercions():
    ctx = parse_context({"@context": {"id": "@id", "ex": "https://example.org/", "n": {"@id": "ex:n", "@type": "@id"}}})
    assert ctx.aliases == {"@id": "id"} and ctx.prefixes == {"ex": "https://example.org/"}
    assert ctx.by_iri["https://example.org/n"].type == "@id"
    assert ctx.compact_iri("https://example.org/n", vocab=True) == "n"
    assert ctx.compact_iri("https://example.org/n", vocab=False) == "ex:n"
    assert ctx.compact_iri("https://other.org/", vocab=True) == "https://other.org/"


# ---------------------------------------------------------------------------------------------------- corpus


def test_the_corpus_round_trips_through_nquads_and_jsonld(corpus_store, tmp_path):
    for fmt, name in (("nquads", "c.nq.gz"), ("jsonld", "c.jsonld")):
        export(corpus_store, tmp_path / name, fmt)
        fresh = GraphStore(None)
        load_dump(fresh, tmp_path / name)
        assert isomorphic(merged(fresh), merged(corpus_store)), fmt


def test_the_corpus_turtle_parses_with_the_oxigraph_cli_and_rdflib_without_warnings(corpus_store, tmp_path,
                                                                                    caplog):
    cli = shutil.which("oxigraph") or str(ROOT / ".venv" / "bin" / "oxigraph")
    if not Path(cli).exists():
        pytest.skip("the oxigraph CLI (PyPI package oxigraph, a dev dependency) is not installed")
    ttl = tmp_path / "corpus.ttl"
    res = export(corpus_store, ttl)
    nt = tmp_path / "corpus.nt"
    run = subprocess.run([cli, "convert", "--from-file", str(ttl), "--to-file", str(nt)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip() == "", run.stderr
    assert len(nt.read_text(encoding="utf-8").splitlines()) == res.statements

    # rdflib is a second parser written independently of Oxigraph; it logs what it tolerates.
    with caplog.at_level(logging.WARNING):
        g = Graph().parse(ttl, format="turtle")
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    assert isomorphic(g, merged(corpus_store))


def test_an_rdflib_dataset_reads_the_corpus_trig_with_one_graph_per_document(corpus_store, tmp_path):
    out = tmp_path / "corpus.trig"
    export(corpus_store, out)
    ds = Dataset()
    ds.parse(out, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == set(corpus_store.graphs())


def test_each_subject_is_one_node_object_from_a_memory_store_and_from_a_disk_store(store, tmp_path):
    disk = GraphStore(tmp_path / "store")
    disk.bulk_add((URIRef(g), store.graph_triples(g)) for g in store.graphs())
    for i, s in enumerate((store, disk)):
        out = tmp_path / f"g{i}.jsonld"
        export(s, out)
        ids = [n["id"] for n in json.loads(out.read_text(encoding="utf-8"))["@graph"]]
        assert len(ids) == len(set(ids)) == len({t[0] for t in merged(store)})
