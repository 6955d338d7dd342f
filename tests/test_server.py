"""`kommungraf serve` as a real process on 127.0.0.1, queried by SPARQLWrapper and plain HTTP."""

from __future__ import annotations

import csv
import gc
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS, EXAMPLES, ROOT
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF

import kommungraf
from kommungraf import iri
from kommungraf.server.negotiate import RDF as RDF_FORMATS
from kommungraf.server.negotiate import RESULTS, choose
from kommungraf.server.protocol import HttpError, check_read_only
from kommungraf.vocab import KG, PERSON

EVIL = '<script>alert("x")</script> & Co'
# Counting the rows of a three-way cross join of the examples (~2000 triples each) takes hours.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
BASE = iri.BASE
LINA = BASE + "kommun/solna-stad/person/lina-berg"
CASE = BASE + "kommun/solna-stad/arende/ks-2024-0117"
BODY = BASE + "kommun/solna-stad/organ/socialnämnden"


# ---------------------------------------------------------------------------------------------- fixtures

@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def get(self, path: str, accept: str | None = None, **params: str) -> tuple[int, dict[str, str], bytes]:
        url = self.url + path.lstrip("/") + (("?" + urllib.parse.urlencode(params)) if params else "")
        return http(url, accept=accept)

    def sparql(self, query: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
        return self.get("sparql", accept, query=query)


def http(url: str, data: bytes | None = None, accept: str | None = None,
         content_type: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and body of a request; errors are answers too."""
    req = urllib.request.Request(url, data=data)
    if accept:
        req.add_header("Accept", accept)
    if content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def start_server(store: Path, *args: str) -> Server:
    """Start `kommungraf serve` on a free port (--port 0) and wait until it says where it listens."""
    log = store.parent / f"serve-{time.monotonic_ns()}.log"
    out = log.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "kommungraf.cli", "serve", "--store", str(store),
                             "--host", "127.0.0.1", "--port", "0", *args],
                            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    out.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        m = re.search(r"at (http://127\.0\.0\.1:\d+/)", log.read_text())
        if m:
            return Server(m.group(1), proc, log)
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    stop_server(proc)
    raise AssertionError(f"the server did not start:\n{log.read_text()}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def examples_store(folder: Path) -> Path:
    """A store of the example minutes plus one document whose person's name is HTML."""
    path = folder / "store"
    kg = kommungraf.open(str(path))
    assert not kg.load(EXAMPLES).failed
    g = Graph()
    doc = iri.document("escape-test")
    person = iri.person(EVIL, "Solna stad")
    par = URIRef(f"{doc}/paragraf/1")
    g.add((person, RDF.type, PERSON.Person))
    g.add((person, FOAF.name, Literal(EVIL)))
    g.add((par, KG.hasStatement, URIRef(f"{par}/reservation/1")))
    g.add((URIRef(f"{par}/reservation/1"), KG.signatory, person))
    kg.store.replace_graph(doc, g)
    kg.store.flush()
    del kg
    gc.collect()  # closes the writable store, as a finished `kommungraf load` would
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return examples_store(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[Server]:
    s = start_server(store, "--workers", "2")
    yield s
    stop_server(s.process)


@pytest.fixture(scope="module")
def limited(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with tight limits, on its own copy of the store (a test loads more data into it)."""
    copy = tmp_path_factory.mktemp("limited") / "store"
    shutil.copytree(store, copy)
    s = start_server(copy, "--workers", "2", "--timeout", "1", "--max-rows", "5")
    yield s
    stop_server(s.process)


def bindings(body: bytes) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


# ---------------------------------------------------------------------------------------------- SPARQL clients

def test_sparqlwrapper_runs_select_ask_and_construct(server: Server) -> None:
    from SPARQLWrapper import JSON, JSONLD, RDFXML, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(server.url + "sparql")
    sw.setQuery("PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name")
    sw.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in sw.queryAndConvert()["results"]["bindings"]]  # type: ignore[index]
    assert "Lina Berg" in names and EVIL in names

    sw.setQuery("ASK { ?s a <https://w3id.org/kommungraf/ontology#Reservation> }")
    assert sw.queryAndConvert()["boolean"] is True  # type: ignore[index]

    construct = f"CONSTRUCT {{ <{LINA}> ?p ?o }} WHERE {{ <{LINA}> ?p ?o }}"
    sw.setQuery(construct)
    sw.setReturnFormat(RDFXML)  # parsed by SPARQLWrapper into an rdflib Graph
    g = sw.queryAndConvert()
    assert (URIRef(LINA), FOAF.name, Literal("Lina Berg")) in g  # type: ignore[operator]
    for fmt in (TURTLE, JSONLD):
        sw.setReturnFormat(fmt)
        sw.setMethod("POST")
        converted = sw.queryAndConvert()
        g = converted if isinstance(converted, Graph) else Graph().parse(data=converted, format="turtle")
        assert (URIRef(LINA), FOAF.name, Literal("Lina Berg")) in g


def test_post_form_and_post_sparql_query_bodies_are_answered(server: Server) -> None:
    q = "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n FILTER(?n = 'Lina Berg') }"
    form = urllib.parse.urlencode({"query": q}).encode()
    for data, ctype in ((form, "application/x-www-form-urlencoded"), (q.encode(), "application/sparql-query")):
        status, _, body = http(server.url + "sparql", data, content_type=ctype)
        assert status == 200 and bindings(body) == [{"n": "Lina Berg"}]


def test_default_graph_uri_narrows_the_query_to_one_document(server: Server) -> None:
    ask = "ASK { ?d <https://w3id.org/kommungraf/ontology#sourceFile> 'solna-ks-2024-02-12-protokollsutdrag.txt' }"
    for doc, answer in (("solna-ks-2024-02-12-protokollsutdrag", b"true}"), ("solna-sn-2024-03-07-protokollsutdrag",
                                                                           b"false}")):
        params = {"query": ask, "default-graph-uri": str(iri.document(doc))}
        assert server.get("sparql", **params)[2].endswith(answer)


def test_select_results_come_in_json_xml_csv_and_tsv_by_content_negotiation(server: Server) -> None:
    q = f"SELECT ?name WHERE {{ <{LINA}> <http://xmlns.com/foaf/0.1/name> ?name }}"
    status, h, body = server.sparql(q)  # no Accept: the default
    assert status == 200 and h["content-type"].startswith("application/sparql-results+json")
    assert bindings(body) == [{"name": "Lina Berg"}]
    for accept, fmt in (("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                        ("text/tab-separated-values", ox.QueryResultsFormat.TSV)):
        status, h, body = server.sparql(q, accept)
        assert status == 200 and h["content-type"].startswith(accept)
        assert [str(s["name"].value) for s in ox.parse_query_results(body, format=fmt)] == ["Lina Berg"]
    status, h, body = server.sparql(q, "text/csv")
    assert h["content-type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["name"], ["Lina Berg"]]
    # format= (as Virtuoso and SPARQLWrapper send it) wins over Accept
    _, h, _ = server.get("sparql", "application/sparql-results+json", query=q, format="csv")
    assert h["content-type"].startswith("text/csv")


def test_construct_results_come_in_turtle_jsonld_and_ntriples_by_content_negotiation(server: Server) -> None:
    q = f"CONSTRUCT {{ <{BODY}> ?p ?o }} WHERE {{ <{BODY}> ?p ?o }}"
    for accept, fmt in ((None, ox.RdfFormat.TURTLE), ("text/turtle", ox.RdfFormat.TURTLE),
                        ("application/ld+json", ox.RdfFormat.JSON_LD),
                        ("application/n-triples", ox.RdfFormat.N_TRIPLES)):
        status, h, body = server.sparql(q, accept)
        assert status == 200 and h["content-type"].startswith(fmt.media_type), accept
        triples = list(ox.parse(body, format=fmt))
        assert ox.Literal("Socialnämnden", language="sv") in {t.object for t in triples}


def test_ask_answers_in_json_and_xml(server: Server) -> None:
    assert json.loads(server.sparql("ASK { ?s ?p ?o }")[2]) == {"head": {}, "boolean": True}
    assert b"<boolean>false</boolean>" in server.sparql("ASK { <urn:x> ?p ?o }", "application/sparql-results+xml")[2]


# ---------------------------------------------------------------------------------------------- read-only

def test_sparql_update_is_refused_in_every_form(server: Server) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    answers = [
        server.get("sparql", update=update),
        http(server.url + "sparql", urllib.parse.urlencode({"update": update}).encode(),
             content_type="application/x-www-form-urlencoded"),
        http(server.url + "sparql", update.encode(), content_type="application/sparql-update"),
        server.sparql(update),  # an update sent as a query
        server.sparql("LOAD <http://127.0.0.1:1/data.ttl>"),
    ]
    for status, h, body in answers:
        assert status == 403 and h["content-type"].startswith("application/json")
        assert json.loads(body)["status"] == 403 and "read-only" in json.loads(body)["error"]
    assert server.sparql("ASK { <urn:a> <urn:b> <urn:c> }")[2].endswith(b"false}")


def test_service_is_refused_before_the_query_runs(server: Server) -> None:
    status, _, body = server.sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in json.loads(body)["error"]


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
    "select * { ?s ?p ?o.service<http://x/>{} }",
    "SELECT * { sErViCe SILENT ?endpoint { ?s ?p ?o } }",
    r"SELECT * { \u0053ERVICE <http://x/> { ?s ?p ?o } }",
    "PREFIX x: <urn:x> DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
])
def test_the_guard_finds_keywords_however_they_are_written(query: str) -> None:
    with pytest.raises(HttpError) as e:
        check_read_only(query)
    assert e.value.status == 403


def test_the_guard_ignores_keywords_in_names_strings_comments_and_iris() -> None:
    check_read_only('PREFIX service: <urn:x#> SELECT ?service ?load WHERE { ?s service:delete ?o ; :insert _:drop '
                    '. ?o <http://x/SERVICE> "SERVICE { }", """LOAD""" , "x"@service # SERVICE <http://x/> {}\n'
                    ' FILTER(?o < 3 && ?o > 1) }')


def test_a_malformed_query_gets_400_with_the_parser_message(server: Server) -> None:
    status, _, body = server.sparql("SELECT * WHERE { ?s ?p }")
    data = json.loads(body)
    assert status == 400 and data["status"] == 400 and "malformed SPARQL" in data["error"] and "1:" in data["error"]
    assert server.get("sparql")[0] == 400  # no query at all


def test_content_negotiation_picks_by_quality_and_falls_back_to_the_default() -> None:
    assert choose(RESULTS, "text/csv;q=0.5, application/sparql-results+xml").key == "xml"
    assert choose(RESULTS, "text/html,application/xhtml+xml,*/*;q=0.8").key == "json"
    assert choose(RESULTS, "image/png").key == "json"
    assert choose(RDF_FORMATS, "application/n-triples, text/turtle;q=0.9").key == "ntriples"
    assert choose(RDF_FORMATS, None, ["xml"]).key == "rdfxml"


# ---------------------------------------------------------------------------------------------- limits

def test_results_beyond_the_row_cap_are_cut_and_flagged(limited: Server) -> None:
    status, h, body = limited.sparql("SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and h.get("x-kommungraf-truncated") == "true" and len(bindings(body)) == 5
    status, h, body = limited.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert "x-kommungraf-truncated" not in h and len(bindings(body)) == 3
    status, h, body = limited.sparql("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert h.get("x-kommungraf-truncated") == "true" and len(body.decode().strip().splitlines()) == 5


def _worker_processes(pid: int) -> list[int]:
    """The server's query workers, found by their parent in /proc."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in cmdline:
                out.append(int(entry.name))
    return out


def test_a_slow_query_times_out_while_simple_queries_still_answer(limited: Server) -> None:
    answers: list[tuple[int, float]] = []

    def slow() -> None:
        t = time.monotonic()
        answers.append((limited.sparql(SLOW)[0], time.monotonic() - t))

    runner = threading.Thread(target=slow)
    runner.start()
    time.sleep(0.3)
    t = time.monotonic()
    status, _, _ = limited.sparql("ASK { ?s ?p ?o }")
    assert status == 200 and time.monotonic() - t < 0.5  # the other worker answers at once
    runner.join(10)
    assert answers and answers[0][0] == 504 and 0.9 < answers[0][1] < 3
    # the runaway query was stopped with its process, not left running: the pool is back to two workers
    deadline = time.monotonic() + 10
    while len(_worker_processes(limited.process.pid)) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(_worker_processes(limited.process.pid)) == 2


def test_when_every_worker_is_busy_the_server_says_503_and_recovers(limited: Server) -> None:
    runners = [threading.Thread(target=limited.sparql, args=(SLOW,)) for _ in range(2)]
    for r in runners:
        r.start()
    # Ask until both slow queries hold their workers (on a loaded machine they may take a while to get there), for as
    # long as they run: the answer must then be 503, not a wait.
    status, h, body = limited.sparql("ASK { ?s ?p ?o }")
    while status != 503 and any(r.is_alive() for r in runners):
        time.sleep(0.05)
        status, h, body = limited.sparql("ASK { ?s ?p ?o }")
    assert status == 503 and json.loads(body)["status"] == 503 and h.get("retry-after")
    assert limited.get("/")[0] == 200  # the page does not need a worker
    for r in runners:
        r.join(10)
    deadline = time.monotonic() + 10
    while limited.sparql("ASK { ?s ?p ?o }")[0] != 200:
        assert time.monotonic() < deadline, "the pool did not recover after the timeouts"
        time.sleep(0.1)


@pytest.mark.skipif(not (CORPUS / "docs").is_dir(), reason="../shared/corpus is not present")
def test_a_document_loaded_while_serving_shows_up_without_a_restart(limited: Server) -> None:
    doc = CORPUS / "docs" / "eav-2019-remiss-samverkan-polis.txt"
    store = limited.log.parent / "store"
    ask = "ASK { ?d <https://w3id.org/kommungraf/ontology#sourceFile> 'eav-2019-remiss-samverkan-polis.txt' }"
    # The tests before this one time out queries on purpose; their workers are replaced in the background, so wait
    # for the whole pool before asking (a 503 here would say nothing about loading while serving).
    deadline = time.monotonic() + 10
    while len(_worker_processes(limited.process.pid)) != 2:
        assert time.monotonic() < deadline, "the pool did not get back its two workers"
        time.sleep(0.1)
    status, _, body = limited.sparql(ask)
    assert status == 200 and body.endswith(b"false}"), (status, body)
    kg = kommungraf.open(str(store))  # a writer beside the server's read-only workers, as `kommungraf load` is
    assert kg.load([doc]).loaded
    status, _, body = limited.sparql(ask)
    assert status == 200 and body.endswith(b"true}"), (status, body)
    del kg
    gc.collect()
    hits = json.loads(limited.get("search", q="Enskede-Årsta-Vantörs")[2])["hits"]
    assert hits and hits[0]["body"].startswith("Enskede-Årsta-Vantörs")


def test_a_first_load_beside_the_server_is_swapped_in_whole_and_shows_up(tmp_path: Path) -> None:
    """A first load of many documents is written beside the store the server has open and swapped in at the end
    (kommungraf.staging): the server, which had opened the empty store, answers from the swapped-in one (every
    document) without a restart.  (What readers see during such a load: tests/test_concurrency.py.)"""
    from kommungraf import staging
    from kommungraf.ontology import load_ontology
    from kommungraf.store import GraphStore, staging_path

    docs = tmp_path / "docs"
    docs.mkdir()
    sources = sorted((ROOT / "tests" / "linked").glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    n = staging.STAGE_MIN_DOCUMENTS + 2
    for i in range(n):
        src = sources[i % len(sources)]
        (docs / f"copy{i:02d}-{src.name}").write_bytes(src.read_bytes())
    store = tmp_path / "store"
    empty = GraphStore(store)
    load_ontology(empty)
    empty.close()
    count = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/kommungraf/ontology#MinutesDocument> }"
    server = start_server(store)
    try:
        assert bindings(server.sparql(count, "application/sparql-results+json")[2]) == [{"n": "0"}]
        kg = kommungraf.open(str(store))
        report = kg.load([docs])
        assert len(report.loaded) == n and not report.failed
        assert not staging_path(store).exists()
        status, _, body = server.sparql(count, "application/sparql-results+json")
        assert status == 200 and bindings(body) == [{"n": str(n)}]
        del kg
        gc.collect()
    finally:
        stop_server(server.process)


# ---------------------------------------------------------------------------------------------- IRIs

def _local(iri_: str) -> str:
    return "id/" + urllib.parse.quote(iri_[len(BASE):])


def test_a_person_page_shows_name_type_and_links_both_ways(server: Server) -> None:
    status, h, body = server.get(_local(LINA), "text/html")
    page = body.decode()
    assert status == 200 and h["content-type"].startswith("text/html")
    assert "<h1>Lina Berg</h1>" in page and "Person" in page
    assert 'href="/id/kommun/solna-stad"' in page  # kg:municipality, rewritten to this server
    assert "ersättaryttrande" in page.casefold() or "/ersattaryttrande/" in page  # the statement she signed
    assert "default-src 'self'" in h["content-security-policy"]


def test_a_case_and_a_body_have_pages_with_their_links(server: Server) -> None:
    status, _, body = server.get(_local(CASE), "text/html")
    page = body.decode()
    assert status == 200 and "KS 2024/0117" in page
    assert "/id/kommun/solna-stad/organ/kommunstyrelsen/sammantrade/2024-02-12/paragraf/21" in page
    status, _, body = server.get(_local(BODY))  # no Accept (curl's */*): HTML
    page = body.decode()
    assert status == 200 and "<h1>Socialnämnden</h1>" in page
    assert 'href="/id/kommun/solna-stad/organ/socialn%C3%A4mnden/sammantrade/2024-03-07"' in page


def test_a_case_a_person_and_a_body_link_to_their_timelines_on_this_server(server: Server) -> None:
    _, _, body = server.get(_local(CASE), "text/html")
    assert f'href="/timeline?case={urllib.parse.quote(CASE, safe="")}"' in body.decode()
    status, h, body = server.get("/timeline", case=CASE)
    page = body.decode()
    assert status == 200 and "'none'" in h["content-security-policy"] and "<script" not in page
    assert re.search(r"Tidslinje: Ärende (KS 2024/0117|SN 2024/0043)", page) and page.count("<tr><td") == 2
    assert 'href="/id/kommun/solna-stad/organ/kommunstyrelsen/sammantrade/2024-02-12/paragraf/21"' in page
    _, _, body = server.get(_local(LINA), "text/html")
    assert f'href="/timeline?person={urllib.parse.quote(LINA, safe="")}"' in body.decode()
    status, _, body = server.get("/timeline", person=LINA, format="json")
    events = json.loads(body)
    assert status == 200 and events and {e["municipality"] for e in events} == {"Solna stad"}
    assert "Tidslinje: Lina Berg" in server.get("/timeline", person=LINA)[2].decode()
    police = BASE + "org/polisregion-stockholm"
    assert f'href="/timeline?organisation={urllib.parse.quote(police, safe="")}"' in \
        server.get(_local(police), "text/html")[2].decode()
    events = json.loads(server.get("/timeline", organisation=police, format="json")[2])
    assert [e["body"] for e in events] == ["Kommunstyrelsen", "Socialnämnden"]
    status, _, body = server.get("/timeline", body="Socialnämnden", **{"from": "1 mars"})
    assert status == 400 and "expected a date" in json.loads(body)["error"]
    # The picture alone, to embed: SVG with the server's relative links, or PNG.
    status, h, body = server.get("/timeline", case=CASE, format="svg")
    assert status == 200 and h["content-type"].startswith("image/svg+xml")
    assert 'href="/id/kommun/solna-stad/organ/kommunstyrelsen/sammantrade/2024-02-12/paragraf/21"' in body.decode()
    status, h, body = server.get("/timeline", case=CASE, format="png")
    assert status == 200 and h["content-type"] == "image/png" and body.startswith(b"\x89PNG")
    status, _, body = server.get("/timeline", case=CASE, format="pdf")
    assert status == 400 and "unknown format 'pdf'" in json.loads(body)["error"]


def test_html_on_pages_is_escaped(server: Server) -> None:
    person = iri.person(EVIL, "Solna stad")
    status, _, body = server.get(_local(str(person)), "text/html")
    page = body.decode()
    assert status == 200
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in page
    _, _, body = server.get(_local(str(iri.document("escape-test"))) + "/paragraf/1/reservation/1", "text/html")
    assert "<script>alert" not in body.decode() and "&lt;script&gt;" in body.decode()


def test_resources_come_as_turtle_jsonld_and_ntriples_by_accept_header(server: Server) -> None:
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD),
                        ("application/n-triples", ox.RdfFormat.N_TRIPLES)):
        status, h, body = server.get(_local(LINA), accept)
        assert status == 200 and h["content-type"].startswith(fmt.media_type)
        triples = [q.triple for q in ox.parse(body, format=fmt)]
        assert ox.Triple(ox.NamedNode(LINA), ox.NamedNode(str(FOAF.name)), ox.Literal("Lina Berg")) in triples
        assert any(t.object == ox.NamedNode(LINA) for t in triples)  # incoming links too


def test_an_unknown_iri_is_404(server: Server) -> None:
    status, h, body = server.get("id/kommun/nowhere/person/nobody", "text/turtle")
    assert status == 404 and json.loads(body)["status"] == 404
    status, h, _ = server.get("id/kommun/nowhere/person/nobody", "text/html")
    assert status == 404 and h["content-type"].startswith("text/html")


# ---------------------------------------------------------------------------------------------- the rest

def test_a_named_query_runs_with_its_parameter_bound(server: Server) -> None:
    status, _, body = server.get("queries/statements", person="Lina Berg")
    assert status == 200 and {b["person"] for b in bindings(body)} == {"Lina Berg"}
    status, h, body = server.get("queries/votes", format="csv")
    assert h["content-type"].startswith("text/csv") and body.decode().splitlines()[1].startswith(
        "Solna stad,Kommunstyrelsen,")
    status, _, body = server.get("queries/statements", nobody="x")
    assert status == 400 and "takes: person" in json.loads(body)["error"]
    assert server.get("queries/no-such-query")[0] == 404
    library = json.loads(server.get("queries")[2])
    assert {q["name"] for q in library} >= {"statements", "votes"} and all("params" in q for q in library)


def test_the_query_page_and_its_assets_come_from_this_server_only(server: Server) -> None:
    status, h, body = server.get("/")
    page = body.decode()
    assert status == 200 and 'id="query"' in page and 'id="named-select"' in page and 'id="search-q"' in page
    assert re.findall(r'src="([^"]+)"', page) == ["/static/page.js"]
    assert "http" not in " ".join(re.findall(r'(?:src|href)="([^"]+)"', page))
    status, h, body = server.get("static/page.js")
    assert status == 200 and h["content-type"].startswith("text/javascript") and b"innerHTML" not in body
    assert server.get("static/../app.py")[0] == 404


def test_the_ontology_is_served_as_rdf_and_as_html_documentation(server: Server) -> None:
    turtle = (ROOT / "ontology" / "kommungraf.ttl").read_bytes()
    status, h, body = server.get("ontology", "text/turtle")
    assert status == 200 and h["content-type"].startswith("text/turtle") and body == turtle
    assert server.get("ontology/kommungraf.ttl")[2] == turtle
    status, h, body = server.get("ontology", "application/n-triples")
    assert h["content-type"].startswith("application/n-triples") and b"#Reservation>" in body
    status, h, body = server.get("ontology", "text/html")  # redirected to the documentation's index
    assert status == 200 and h["content-type"].startswith("text/html") and b"kg:Body" in body
    status, _, body = server.get("ontology/Body", "text/html")
    assert status == 200 and b"kg:Body" in body
    assert server.get("ontology/NoSuchTerm", "text/html")[0] == 404
    _, _, body = server.get(_local(BODY), "text/html")  # resource pages link terms to these pages
    assert 'href="/ontology/Body"' in body.decode()


def test_search_finds_paragraphs_by_swedish_word_forms(server: Server) -> None:
    hits = json.loads(server.get("search", q="polisen samverkan")[2])["hits"]
    assert {(h["body"], h["number"]) for h in hits} == {("Kommunstyrelsen", "21"), ("Socialnämnden", "14")}
    assert all(h["municipality"] == "Solna stad" and h["date"].startswith("2024") for h in hits)
    assert json.loads(server.get("search", q="")[2])["hits"] == []


def _raw_get(server: Server, target: str) -> tuple[int, bytes]:
    """A GET whose request target is sent as raw UTF-8 bytes, as curl sends a URL typed with å, ä, ö."""
    host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(b"GET " + target.encode("utf-8") + b" HTTP/1.0\r\nHost: x\r\n\r\n")
        data = b"".join(iter(lambda: sock.recv(65536), b""))
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_swedish_letters_typed_in_a_url_are_read_as_utf8(server: Server) -> None:
    raw = json.loads(_raw_get(server, "/search?q=socialnämnden")[1])
    assert raw["query"] == "socialnämnden"
    assert raw["hits"] == json.loads(server.get("search", q="socialnämnden")[2])["hits"] != []
    status, body = _raw_get(server, "/timeline?body=Socialnämnden&format=json")
    assert status == 200 and {e["body"] for e in json.loads(body)} == {"Socialnämnden"}


def test_unknown_paths_and_methods_get_json_errors(server: Server) -> None:
    status, _, body = server.get("nothing-here")
    assert status == 404 and json.loads(body) == {"error": "no such page: /nothing-here", "status": 404}
    status, _, _ = http(server.url + "queries", b"x=1", content_type="application/x-www-form-urlencoded")
    assert status == 405


def test_serve_refuses_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kommungraf.cli import main

    assert main(["serve", "--store", str(tmp_path / "none"), "--port", "0"]) == 1
    assert "no store at" in capsys.readouterr().err


def test_a_worker_tries_again_when_reopening_meets_the_store_files_moving(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A writer beside the server can replace the MANIFEST a reopen has just listed; pyoxigraph raises that as a
    # RuntimeError ("Corruption: IO error: No such file or directory"), which must be retried, not answered 500.
    from kommungraf.ontology import load_ontology
    from kommungraf.server import worker
    from kommungraf.store import GraphStore

    writer = GraphStore(tmp_path / "store")
    load_ontology(writer)
    writer.close()
    reader = worker.ReadOnlyStore(tmp_path / "store")
    real = worker.ReadOnlyStore.get
    calls: list[bool] = []

    def moving(self: worker.ReadOnlyStore, *, force: bool = False) -> ox.Store:
        calls.append(force)
        if len(calls) < 3:
            raise RuntimeError("Corruption: IO error: No such file or directory: MANIFEST-000071")
        return real(self, force=force)

    monkeypatch.setattr(worker.ReadOnlyStore, "get", moving)
    monkeypatch.setattr(worker, "_REOPEN_WAITS", (0.0, 0.0, 0.0))
    reply = worker.run_job(reader, worker.SparqlJob("ASK { ?s ?p ?o }"), 10, {})
    assert isinstance(reply, worker.Reply) and reply.status == 200 and reply.body.endswith(b"true}")
    assert calls == [False, True, True]
    # Files that stay missing end in a clear 500, after the retries.
    calls.clear()

    def gone(self: worker.ReadOnlyStore, *, force: bool = False) -> ox.Store:
        calls.append(force)
        raise RuntimeError("Corruption: IO error: No such file or directory")

    monkeypatch.setattr(worker.ReadOnlyStore, "get", gone)
    reply = worker.run_job(reader, worker.SparqlJob("ASK { ?s ?p ?o }"), 10, {})
    assert isinstance(reply, worker.Reply) and reply.status == 500 and b"could not be read" in reply.body
    assert len(calls) == 4
