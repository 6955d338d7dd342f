"""The dataset folder: dumps, a VoID + DCAT-AP description whose counts are SPARQL's, the ontology and its
documentation; the validation gate; and a folder that appears whole or not at all."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, RDF

from kommungraf.cli import main
from kommungraf.dataset import (
    CC0,
    DatasetOptions,
    DatasetRefusedError,
    DatasetTargetError,
    statistics,
    write_dataset,
)
from kommungraf.export import load_dump
from kommungraf.store import GraphStore
from kommungraf.vocab import BESLUIT, KG

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXAMPLES = ROOT / "examples"
VOID = Namespace("http://rdfs.org/ns/void#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")  # a plain Namespace: pytest's collection probes module names
BASE = "https://data.example.se/kommungraf/"
DS = URIRef(BASE + "void.ttl#dataset")
PINNED = dt.date(2024, 5, 1)


def _loaded(paths: list[Path]) -> GraphStore:
    import kommungraf

    kg = kommungraf.open(memory=True)
    kg.load(paths)
    return kg.store


@pytest.fixture(scope="module")
def store() -> GraphStore:
    return _loaded([EXAMPLES])


@pytest.fixture(scope="module")
def dataset(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("published") / "kommungraf-data"
    write_dataset(store, out, DatasetOptions(date=PINNED, publisher="Solna stad", contact="data@example.se"))
    return out


def void_graph(folder: Path) -> Graph:
    """void.ttl read as a consumer would, relative IRIs resolved against where it was fetched from."""
    g = Graph()
    g.parse(folder / "void.ttl", format="turtle", publicID=BASE + "void.ttl")
    return g


def count(store: GraphStore, sparql: str) -> int:
    return int(next(iter(store.oxigraph.query(sparql)))["n"].value)


def broken_store() -> GraphStore:
    """The examples with one paragraph number that breaks the shapes' pattern."""
    s = _loaded([EXAMPLES])
    doc = next(g for g in s.graphs() if "/dokument/" in g)
    g = s.graph_triples(doc)
    par = next(g.subjects(RDF.type, BESLUIT.BehandelingVanAgendapunt))
    g.remove((par, KG.paragraphNumber, None))
    g.add((par, KG.paragraphNumber, Literal("x13")))
    s.replace_graph(URIRef(doc), g)
    return s


# ---------------------------------------------------------------------------------------------------- contents


def test_the_folder_holds_the_dumps_the_description_the_ontology_and_its_documentation(dataset):
    for rel in ("void.ttl", "index.html", "dumps/kommungraf.nq.gz", "dumps/kommungraf.ttl.gz",
                "dumps/kommungraf.jsonld", "ontology/kommungraf.ttl", "ontology/shapes.ttl",
                "ontology/context.jsonld", "ontology/index.html", "ontology/reused.html",
                "ontology/class-Body.html", "ontology/property-body.html"):
        assert (dataset / rel).is_file(), rel
    assert not [p for p in dataset.parent.iterdir() if p.name.startswith(".")], "no temporary folder is left"


def test_the_dumps_in_the_folder_load_back_to_the_store(dataset, store):
    for rel in ("dumps/kommungraf.nq.gz", "dumps/kommungraf.ttl.gz", "dumps/kommungraf.jsonld"):
        fresh = GraphStore(None)
        load_dump(fresh, dataset / rel)
        a = fresh.oxigraph.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        b = store.oxigraph.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert isomorphic(_rdflib(a), _rdflib(b)), rel


def _rdflib(triples) -> Graph:
    from kommungraf.store import from_ox

    g = Graph()
    for t in triples:
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return g


# ---------------------------------------------------------------------------------------------------- VoID


def test_void_counts_equal_sparql_counts_over_the_store(dataset, store):
    g = void_graph(dataset)
    ds = DS
    assert int(g.value(ds, VOID.triples)) == count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(g.value(ds, VOID.entities)) == count(
        store, 'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o '
               'FILTER(STRSTARTS(STR(?s), "https://w3id.org/kommungraf/id/")) }')
    assert int(g.value(ds, VOID.documents)) == len([x for x in store.graphs() if "/dokument/" in x])
    for part in g.objects(ds, VOID.classPartition):
        c = g.value(part, VOID["class"])
        assert int(g.value(part, VOID.entities)) == count(
            store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{c}> }}"), c
    for part in g.objects(ds, VOID.propertyPartition):
        p = g.value(part, VOID.property)
        assert int(g.value(part, VOID.triples)) == count(
            store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{p}> ?o }}"), p
    links = g.value(ds, VOID.subset)
    assert (links, RDF.type, VOID.Linkset) in g and g.value(links, VOID.linkPredicate) == OWL.sameAs
    assert int(g.value(links, VOID.triples)) == count(
        store, 'SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o '
               'FILTER(STRSTARTS(STR(?o), "http://www.wikidata.org/entity/")) }') > 0


def test_void_counts_agree_with_the_turtle_dump_counted_independently(dataset):
    g = void_graph(dataset)
    ds = DS
    data = Graph().parse(data=gzip.decompress((dataset / "dumps/kommungraf.ttl.gz").read_bytes()).decode(),
                         format="turtle")
    assert int(g.value(ds, VOID.triples)) == len(data)
    per_class = Counter(o for _, o in set(data.subject_objects(RDF.type)))
    per_property = Counter(p for _, p, _ in data)
    classes = {g.value(x, VOID["class"]): int(g.value(x, VOID.entities)) for x in g.objects(ds, VOID.classPartition)}
    props = {g.value(x, VOID.property): int(g.value(x, VOID.triples)) for x in g.objects(ds, VOID.propertyPartition)}
    assert classes == dict(per_class)
    assert props == dict(per_property)
    assert int(g.value(ds, VOID.classes)) == len(per_class)
    assert int(g.value(ds, VOID.properties)) == len(per_property)


def test_statistics_name_the_source_municipalities(store):
    s = statistics(store)
    assert [m.label for m in s.municipalities] == ["Solna stad"]
    assert s.first_meeting == "2024-02-12" and s.last_meeting == "2024-03-07"


# ---------------------------------------------------------------------------------------------------- DCAT


def test_dcat_describes_catalog_dataset_and_distributions_with_relative_download_urls(dataset):
    text = (dataset / "void.ttl").read_text(encoding="utf-8")
    assert "@base" not in text and "x-kommungraf" not in text, "no placeholder may leak into the file"
    g = void_graph(dataset)
    ds = DS
    assert (URIRef(BASE + "void.ttl#catalog"), DCAT.dataset, ds) in g
    assert {str(o.language) for o in g.objects(ds, DCTERMS.title)} == {"sv", "en"}
    dists = list(g.objects(ds, DCAT.distribution))
    assert len(dists) == 3
    for d in dists:
        url = str(g.value(d, DCAT.downloadURL))
        assert url.startswith(BASE + "dumps/"), "relative in the file, so it resolves beside void.ttl"
        local = dataset / url[len(BASE):]
        data = local.read_bytes()
        assert int(g.value(d, DCAT.byteSize)) == len(data)
        checksum = g.value(d, SPDX.checksum)
        assert str(g.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert g.value(d, DCTERMS.license) == URIRef(CC0)
        assert g.value(d, DCAT.mediaType) is not None and g.value(d, DCTERMS["format"]) is not None


def test_licence_publisher_contact_dates_and_places_are_in_the_description(dataset):
    g = void_graph(dataset)
    ds = DS
    assert g.value(ds, DCTERMS.license) == URIRef(CC0)
    assert str(g.value(g.value(ds, DCTERMS.publisher), URIRef("http://xmlns.com/foaf/0.1/name"))) == "Solna stad"
    contact = g.value(ds, DCAT.contactPoint)
    assert str(g.value(contact, URIRef("http://www.w3.org/2006/vcard/ns#hasEmail"))) == "mailto:data@example.se"
    assert g.value(ds, DCTERMS.issued).toPython() == PINNED == g.value(ds, DCTERMS.modified).toPython()
    assert set(g.objects(ds, DCTERMS.spatial)) == {URIRef("https://w3id.org/kommungraf/id/kommun/solna-stad")}
    assert (ds, DCTERMS.conformsTo, URIRef("https://w3id.org/kommungraf/shapes")) in g


def test_the_licence_and_base_url_are_configurable_and_the_date_otherwise_comes_from_the_store(store, tmp_path):
    out = tmp_path / "d"
    by = "https://creativecommons.org/licenses/by/4.0/"
    rep = write_dataset(store, out, DatasetOptions(license=by, base_url=BASE))
    assert rep.issued == dt.date.today() and rep.modified <= rep.issued
    text = (out / "void.ttl").read_text(encoding="utf-8")
    assert f"@base <{BASE}void.ttl>" in text
    g = Graph().parse(out / "void.ttl", format="turtle")  # no publicID needed: the file carries its base
    assert g.value(DS, DCTERMS.license) == URIRef(by)


def test_writing_again_replaces_an_earlier_dataset_but_never_an_unrelated_folder(store, tmp_path):
    out = tmp_path / "d"
    write_dataset(store, out, DatasetOptions(date=PINNED))
    (out / "stale.txt").write_text("from an older export", encoding="utf-8")
    write_dataset(store, out, DatasetOptions(date=PINNED))
    assert not (out / "stale.txt").exists() and (out / "void.ttl").is_file()
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(DatasetTargetError, match="not a kommungraf dataset"):
        write_dataset(store, other, DatasetOptions(date=PINNED))
    assert (other / "holiday.jpg").exists()


# ---------------------------------------------------------------------------------------------------- the gate


def test_a_non_conforming_graph_is_refused_with_a_useful_message_and_nothing_is_written(tmp_path):
    out = tmp_path / "d"
    with pytest.raises(DatasetRefusedError) as e:
        write_dataset(broken_store(), out, DatasetOptions(date=PINNED))
    msg = str(e.value)
    assert "paragraf/" in msg  # which resource
    assert "kg:paragraphNumber" in msg and "sh:pattern" in msg and "ParagraphShape" in msg  # which rule
    assert '"x13"' in msg  # the offending value
    assert ".txt, characters " in msg and "page 1" in msg  # which source document and span
    assert "--force" in msg
    assert list(tmp_path.iterdir()) == []


def test_the_cli_refuses_in_one_line_and_exits_1_unless_forced(tmp_path, capsys):
    folder = tmp_path / "store"
    src = broken_store()
    disk = GraphStore(folder)
    disk.bulk_add((URIRef(g), src.graph_triples(g)) for g in src.graphs())
    disk.flush()
    del disk
    out = tmp_path / "d"
    assert main(["export", "--store", str(folder), "--dataset", str(out), "--date", "2024-05-01"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kommungraf: error: refusing to write a dataset") and "\n" not in err
    assert not out.exists()
    assert main(["export", "--store", str(folder), "--dataset", str(out), "--date", "2024-05-01", "--force"]) == 0
    assert "1 violation(s) (--force)" in capsys.readouterr().err
    g = void_graph(out)
    assert (DS, DCTERMS.conformsTo, URIRef("https://w3id.org/kommungraf/shapes")) not in g
    assert main(["validate", "--store", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any("sh:pattern" in line and "characters" in line for line in lines)


def test_a_crash_midway_leaves_no_half_dataset(store, tmp_path, monkeypatch):
    import kommungraf.dataset as dataset_module

    def crash(out_dir):
        raise OSError("disk full")

    monkeypatch.setattr(dataset_module, "render_ontology_site", crash)
    with pytest.raises(OSError):
        write_dataset(store, tmp_path / "d", DatasetOptions(date=PINNED))
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------------- corpus


def test_the_corpus_dataset_counts_its_documents_and_municipalities(tmp_path):
    if not (CORPUS / "docs").is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (a fresh clone without the shared folder)")
    s = _loaded([CORPUS / "docs"])
    docs = [p for p in (CORPUS / "docs").iterdir() if p.is_file()]
    rep = write_dataset(s, tmp_path / "d", DatasetOptions(date=PINNED))
    assert rep.statistics.documents == len(docs) and rep.violations == 0
    g = void_graph(tmp_path / "d")
    assert len(set(g.objects(DS, DCTERMS.spatial))) == len(rep.statistics.municipalities) > 1
    shutil.rmtree(tmp_path / "d")


def test_a_sparql_endpoint_is_described_as_the_dataset_s_data_service_and_a_missing_publisher_is_said(
        tmp_path, capsys):
    import kommungraf

    kommungraf.open(str(tmp_path / "store")).load([EXAMPLES])
    endpoint = "https://data.example.se/sparql"
    args = ["export", "--store", str(tmp_path / "store"), "--date", "2024-05-01", "--base-url", BASE]
    assert main([*args, "--dataset", str(tmp_path / "d"), "--sparql-endpoint", endpoint]) == 0
    assert "give --publisher, --publisher-url and --contact" in capsys.readouterr().err
    g = void_graph(tmp_path / "d")
    assert g.value(DS, VOID.sparqlEndpoint) == URIRef(endpoint)
    service = g.value(None, DCAT.servesDataset, DS)
    assert (service, RDF.type, DCAT.DataService) in g and g.value(service, DCAT.endpointURL) == URIRef(endpoint)
    assert (g.value(None, DCAT.dataset, DS), DCAT.service, service) in g
    assert endpoint in (tmp_path / "d" / "index.html").read_text(encoding="utf-8")
    # With a publisher and a contact the note is not needed; without an endpoint there is no data service.
    assert main([*args, "--dataset", str(tmp_path / "e"), "--publisher", "Solna stad", "--contact",
                 "data@example.se"]) == 0
    assert "give --publisher" not in capsys.readouterr().err
    assert not list(void_graph(tmp_path / "e").subjects(RDF.type, DCAT.DataService))
    assert main([*args, "--dataset", str(tmp_path / "f"), "--sparql-endpoint", "ftp://x"]) == 1
    assert "--sparql-endpoint: not an http(s) URL" in capsys.readouterr().err
