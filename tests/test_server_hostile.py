"""Hostile queries (issue 9, item 4): a real ``kommungraf serve`` on 127.0.0.1 against what the internet sends.

Updates in every form and transport are refused; SERVICE is refused however it is written, and nothing a query
names (FROM, FROM NAMED, default-graph-uri, DESCRIBE, SERVICE) is ever fetched: a listener on this machine stands
in for every URL and must see no connection.  Slow queries are stopped at the timeout while simple ones keep being
answered; malformed ones get a JSON 400; data on pages is escaped; and there is no route that writes.

The server is read-only and has no write or admin route, so there is no token to check: a write route would have
to compare its token with ``hmac.compare_digest``.  ``test_the_server_has_no_route_that_writes`` keeps it so.
"""

from __future__ import annotations

import gc
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF
from test_server import SLOW, Server, _worker_processes, examples_store, start_server, stop_server

import kommungraf
from kommungraf import iri
from kommungraf.server.protocol import HttpError, check_read_only
from kommungraf.vocab import BESLUIT, KG, PERSON

WORKERS = 2
TIMEOUT = 2.0
DOC = iri.document("hostile-test")
TITLE = "\"><img src=x onerror=alert('title')>"
JS_IRI = "javascript:alert('iri')"


# ---------------------------------------------------------------------------------------------- fixtures

class Listener:
    """A TCP listener on 127.0.0.1 that records every connection: it stands in for any URL a query names."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.seen: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(1)
            try:
                self.seen.append(conn.recv(4096) or b"(connected)")
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                self.seen.append(b"(connected)")
            finally:
                conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    lst = Listener()
    # The control: the listener does record a connection.
    socket.create_connection(("127.0.0.1", lst.port), timeout=5).close()
    deadline = time.monotonic() + 5
    while not lst.seen and time.monotonic() < deadline:
        time.sleep(0.01)
    assert lst.seen, "the listener records nothing"
    lst.seen.clear()
    yield lst
    lst.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example minutes, the person named ``<script>`` of test_server, and a document with hostile data."""
    path = examples_store(tmp_path_factory.mktemp("hostile-served"))
    kg = kommungraf.open(str(path))
    g = Graph()
    par = URIRef(f"{DOC}/paragraf/1")
    g.add((par, RDF.type, BESLUIT.BehandelingVanAgendapunt))
    g.add((par, DCTERMS.title, Literal(TITLE, lang="sv")))
    g.add((par, DCTERMS.source, URIRef(JS_IRI)))
    person = iri.person("Ida Ek", "Solna stad")
    g.add((person, RDF.type, PERSON.Person))
    g.add((person, FOAF.name, Literal("</td></tr></table><script>alert('name')</script>")))
    g.add((par, KG.signatory, person))
    kg.store.replace_graph(DOC, g)
    kg.store.flush()
    del kg
    gc.collect()  # closes the writable store, as a finished `kommungraf load` would
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[Server]:
    s = start_server(store, "--workers", str(WORKERS), "--timeout", str(TIMEOUT), "--max-rows", "1000")
    yield s
    stop_server(s.process)


def triples_in(server: Server) -> int:
    status, _, body = server.sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def post(server: Server, path: str, body: bytes, content_type: str, method: str = "POST") -> tuple[int, dict, bytes]:
    req = urllib.request.Request(server.url + path.lstrip("/"), data=body, method=method)
    req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def announce_body(server: Server, length: int) -> tuple[int, bytes]:
    """POST /sparql announcing a body of ``length`` bytes without sending it: the status and the answer.

    (Sending a body the server refuses unread races its answer: the client may get a broken pipe instead.)
    """
    host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded"
                     f"\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def json_error(body: bytes, status: int) -> str:
    data = json.loads(body)
    assert data["status"] == status and data["error"], data
    return data["error"]


# ---------------------------------------------------------------------------------------------- updates

UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "insert data { <urn:a> <urn:b> 'x' }",
    "DELETE DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 'x' } WHERE { ?s ?p ?o }",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <{url}/data.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:g>",
    "CLEAR ALL", "CLEAR DEFAULT", "clear silent graph <urn:g>",
    "DROP ALL", "DROP GRAPH <https://w3id.org/kommungraf/ontology>",
    "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>", "MOVE DEFAULT TO <urn:g>", "COPY DEFAULT TO <urn:g>",
    "PREFIX ex: <urn:x#> INSERT#comment\nDATA { ex:a ex:b ex:c }",
    r"\u0049NSERT DATA { <urn:a> <urn:b> <urn:c> }",
    r"\U00000044ROP ALL",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
]


def test_every_update_is_refused_in_every_transport_and_the_store_is_unchanged(
        server: Server, listener: Listener) -> None:
    """Guards the read-only endpoint: the ``update`` parameter (in the URL or a form), an
    ``application/sparql-update`` body, and an update sent as a query (GET, form POST, ``application/sparql-query``
    POST) are refused with 403 and a JSON reason, however the keyword is written (case, comments, \\u escapes);
    nothing is written and LOAD fetches nothing.  Without the guard the update forms reach Oxigraph."""
    before = triples_in(server)
    for text in (u.replace("{url}", listener.url) for u in UPDATES):
        form_update = urllib.parse.urlencode({"update": text}).encode()
        form_query = urllib.parse.urlencode({"query": text}).encode()
        answers = {
            "GET ?query": server.get("sparql", query=text),
            "GET ?update": server.get("sparql", update=text),
            "POST form query": post(server, "sparql", form_query, "application/x-www-form-urlencoded"),
            "POST form update": post(server, "sparql", form_update, "application/x-www-form-urlencoded"),
            "POST sparql-update": post(server, "sparql", text.encode(), "application/sparql-update"),
            "POST sparql-query": post(server, "sparql", text.encode(), "application/sparql-query"),
        }
        for how, (status, headers, body) in answers.items():
            assert status == 403 and headers["content-type"].startswith("application/json"), (how, text, status)
            assert "read-only" in json_error(body, 403), (how, text)
    assert triples_in(server) == before
    assert listener.seen == []


# ---------------------------------------------------------------------------------------------- reaching out

SERVICES = [
    "SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "select * where { service <{url}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <{url}/sparql> { ?s ?p ?o } }",
    r"SELECT * WHERE { \u0053ERVICE <{url}/sparql> { ?s ?p ?o } }",
    r"SELECT * WHERE { \U00000053ervice <{url}/sparql> { ?s ?p ?o } }",
    r"SELECT * WHERE { SERVI\u0043E <{url}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE#comment\n<{url}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE {#x\nSERVICE\t\r\n<{url}/sparql>{?s ?p ?o}}",
    "SELECT * WHERE { ?s ?p ?o.SERVICE<{url}/sparql>{} }",
    "SELECT * WHERE { ?s ?p true.SERVICE <{url}/sparql> {} }",
    "PREFIX e: <{url}/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<{url}/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "SELECT * WHERE { OPTIONAL { { SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } } } } }",
    "ASK { FILTER EXISTS { SERVICE <{url}/sparql> { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "DESCRIBE ?s WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
]


def test_service_is_refused_however_it_is_written_and_the_server_fetches_nothing(
        server: Server, listener: Listener) -> None:
    """Guards the SERVICE refusal: Oxigraph itself would POST the query to any endpoint named (measured: it
    does, to this listener), so the server could be made to send requests anywhere.  Every spelling (case, \\u
    and \\U escapes, comments and tabs between keywords, glued to a triple, a variable or prefixed endpoint,
    nested in a subquery, FILTER EXISTS, CONSTRUCT, DESCRIBE) is refused with 403, and the listener sees no
    connection."""
    for q in (s.replace("{url}", listener.url) for s in SERVICES):
        for status, _, body in (server.sparql(q), post(server, "sparql", q.encode(), "application/sparql-query")):
            assert status == 403 and "SERVICE" in json_error(body, 403), q
    time.sleep(0.3)
    assert listener.seen == []


def test_dataset_clauses_and_describe_only_select_graphs_in_the_store(server: Server, listener: Listener) -> None:
    """Guards that naming a URL never makes the server fetch it: FROM and FROM NAMED with http: and file: IRIs,
    the protocol's default-graph-uri and named-graph-uri, and DESCRIBE select or describe graphs and resources
    of the store (empty here); the listener sees no connection and no file's content comes back."""
    u = listener.url
    queries = [
        f"SELECT * FROM <{u}/from> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{u}/named> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <{u}/construct> WHERE {{ ?s ?p ?o }}",
        f"DESCRIBE <{u}/describe>",
        "DESCRIBE <file:///etc/passwd>",
        f"ASK FROM <{u}/ask> {{ ?s ?p ?o }}",
    ]
    for q in queries:
        status, _, body = server.sparql(q, "application/n-triples" if q.startswith(("CON", "DES")) else None)
        assert status == 200, (q, body)
        assert b"root:" not in body
        if q.startswith("SELECT"):
            assert json.loads(body)["results"]["bindings"] == [], q
    for param in ("default-graph-uri", "named-graph-uri"):
        for target in (f"{u}/{param}", "file:///etc/passwd"):
            status, _, body = server.get("sparql", query="SELECT * WHERE { ?s ?p ?o }", **{param: target})
            assert status == 200 and b"root:" not in body
    time.sleep(0.3)
    assert listener.seen == []


def test_paths_that_climb_out_of_the_served_folders_reach_no_file(server: Server) -> None:
    """Guards the static and ontology routes: they serve only their own named files (the ontology's Turtle for
    any page it does not know), so no path reaches the file system (../, encoded slashes, absolute paths)."""
    for path in ("static/../app.py", "static/..%2fapp.py", "static/%2e%2e/%2e%2e/pyproject.toml",
                 "ontology/..%2f..%2fpyproject.toml", "ontology/%2fetc%2fpasswd", "static//etc/passwd",
                 "id/../../../../etc/passwd", "queries/..%2f..%2fpyproject.toml", "ontology/../../README.md"):
        for accept in ("text/turtle", "text/html"):
            status, _, body = server.get(path, accept)
            assert status in (200, 303, 400, 404), (path, status)
            for leak in (b"root:", b"[project]", b"import ", b"# kommungraf\n"):
                assert leak not in body, (path, leak)


# ---------------------------------------------------------------------------------------------- load

@dataclass
class Tally:
    answers: list[tuple[int, float]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, seconds: float) -> None:
        with self.lock:
            self.answers.append((status, seconds))


def timed(fn, *args, **kwargs) -> tuple[int, float, dict[str, str]]:  # type: ignore[no-untyped-def]
    t = time.monotonic()
    status, headers, _ = fn(*args, **kwargs)
    return status, time.monotonic() - t, headers


def test_many_concurrent_slow_queries_are_stopped_and_a_simple_query_keeps_being_answered(server: Server) -> None:
    """Guards the timeout by worker processes and the busy limit.  Eight clients send runaway cross joins
    for six seconds at a server with two workers and a 2 s timeout: each is stopped (504) at the timeout or
    turned away at once (503), never left running; meanwhile a simple query every 0.2 s is answered (200, or
    503 with Retry-After while every worker is taken) within seconds, and the page, which needs no worker,
    stays at 200.  Afterwards the simple query succeeds again and the pool is back to two processes: nothing
    leaked.  Without the process timeouts the runaway queries would hold the workers for hours; without the
    busy limit the requests would queue without bound."""
    slow, simple, pages = Tally(), Tally(), Tally()
    retry_after: list[str | None] = []
    stop = threading.Event()

    def flood() -> None:
        while not stop.is_set():
            status, seconds, _ = timed(server.sparql, SLOW)
            slow.add(status, seconds)

    def probe() -> None:
        while not stop.is_set():
            status, seconds, headers = timed(server.sparql, "ASK { ?s ?p ?o }")
            simple.add(status, seconds)
            if status == 503:
                retry_after.append(headers.get("retry-after"))
            status, seconds, _ = timed(server.get, "/")
            pages.add(status, seconds)
            time.sleep(0.2)

    threads = [threading.Thread(target=flood) for _ in range(8)] + [threading.Thread(target=probe)]
    for t in threads:
        t.start()
    time.sleep(6)
    stop.set()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads), "a client is still waiting for an answer"
    for name, tally in (("slow", slow), ("simple", simple), ("page", pages)):  # shown with pytest -s
        codes = sorted({s for s, _ in tally.answers})
        print(f"{name}: {len(tally.answers)} answers, " + ", ".join(
            f"{c}: {sum(1 for s, _ in tally.answers if s == c)}" for c in codes)
            + f"; slowest {max(sec for _, sec in tally.answers):.2f} s")

    assert slow.answers and {s for s, _ in slow.answers} <= {503, 504}, slow.answers
    assert max(sec for _, sec in slow.answers) < TIMEOUT + 5, slow.answers  # hang guard, not a speed target
    assert simple.answers and {s for s, _ in simple.answers} <= {200, 503}, simple.answers
    assert max(sec for _, sec in simple.answers) < 5, simple.answers
    assert retry_after and all(retry_after), "a 503 without Retry-After"
    assert {s for s, _ in pages.answers} == {200} and max(sec for _, sec in pages.answers) < 3, pages.answers

    deadline = time.monotonic() + 15
    while server.sparql("ASK { ?s ?p ?o }")[0] != 200:
        assert time.monotonic() < deadline, "the server did not recover after the flood"
        time.sleep(0.2)
    while len(_worker_processes(server.process.pid)) != WORKERS:
        assert time.monotonic() < deadline, _worker_processes(server.process.pid)
        time.sleep(0.2)


# ---------------------------------------------------------------------------------------------- malformed

MALFORMED = [
    "SELECT * WHERE { ?s ?p }",
    "SELECT * WHERE { ?s ?p ?o ",
    "SELECT * WHERE { ?s unknown:p ?o }",
    "SELEKT * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p 'unterminated }",
    "SELECT (COUNT(* AS ?n) WHERE { ?s ?p ?o }",
    "}}}}{{{{",
    "\x00\x01\x02",
    "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
    "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000,  # overflowed the parser's stack: the worker died
    "ASK { ?s ?p " + "(" * 100 + "?o" + ")" * 100 + " }",  # nested collections: seconds to parse
    "ASK { ?s ?p " + "[ ?p " * 100 + "?o" + " ]" * 100 + " }",
]


def test_malformed_queries_get_a_json_400_and_never_kill_a_worker(server: Server) -> None:
    """Guards the errors for bad queries: each gets 400 with a JSON reason (the parser's message, or the
    nesting limit), a body that is not UTF-8 too; an oversized one 413.  Brackets nested 10,000 deep crashed
    Oxigraph's parser (stack overflow), killing the worker for a 500; the nesting limit answers 400 before a
    worker sees it, so the worker processes are the same after as before."""
    workers = sorted(_worker_processes(server.process.pid))
    assert len(workers) == WORKERS
    for q in MALFORMED:
        for status, headers, body in (server.sparql(q), post(server, "sparql", q.encode(), "application/sparql-query")):
            assert status == 400 and headers["content-type"].startswith("application/json"), (q[:60], status, body)
            json_error(body, 400)
    status, _, body = post(server, "sparql", b"SELECT * WHERE { ?s ?p \xff\xfe }", "application/sparql-query")
    assert status == 400 and json_error(body, 400)
    status, body = announce_body(server, 1 << 21)  # refused on its Content-Length, before it is read
    assert status == 413 and json_error(body, 413)
    assert server.sparql("ASK { ?s ?p ?o }")[0] == 200
    assert sorted(_worker_processes(server.process.pid)) == workers


@pytest.mark.parametrize("unit", ["a.", "a-", "ab:", "a.b ", "'''", '"', "<a", "#\n", "(", "\\u0053"])
def test_the_read_only_guard_reads_a_large_query_in_linear_time(unit: str) -> None:
    """Guards the guard itself, which runs in the server's own thread before any worker or timeout: its lexer
    read "a.a.a.…" in quadratic time (a prefixed-name pattern rescanned the rest of the run from every word:
    34 s for 40 KB, hours for the 1 MiB a POST may carry).  Each shape of 100 KB now takes well under a second
    (hang guard: 10 s)."""
    query = unit * (100_000 // len(unit))
    t = time.monotonic()
    try:
        check_read_only(query)
    except HttpError as e:
        assert e.status in (400, 403)
    assert time.monotonic() - t < 10


# ---------------------------------------------------------------------------------------------- pages

def _page(server: Server, iri_: str) -> tuple[int, dict[str, str], str]:
    status, headers, body = server.get("id/" + urllib.parse.quote(iri_[len(iri.BASE):]), "text/html")
    return status, headers, body.decode()


def test_data_on_pages_is_shown_as_text_never_as_markup(server: Server) -> None:
    """Guards the HTML escaping of pages: a name that closes the table and opens a script, a title that breaks
    out of an attribute, and a javascript: IRI as a value are shown as text (escaped), never as markup or a
    link; an error page echoes a hostile path escaped; every page carries the Content-Security-Policy."""
    person = iri.person("Ida Ek", "Solna stad")
    status, headers, page = _page(server, str(person))
    assert status == 200 and "default-src 'self'" in headers["content-security-policy"]
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in page
    assert "</td></tr></table><script>" not in page

    status, _, page = _page(server, f"{DOC}/paragraf/1")
    assert status == 200
    assert "<img" not in page and "&lt;img src=x onerror=alert(&#x27;title&#x27;)&gt;" in page
    assert 'href="javascript:' not in page.replace(" ", "").lower()
    assert "javascript:alert(&#x27;iri&#x27;)" in page  # shown, as text

    status, headers, body = server.get("id/%3Cscript%3Ealert(1)%3C/script%3E", "text/html")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert "<script>alert(1)" not in body.decode() and "&lt;script&gt;alert(1)&lt;/script&gt;" in body.decode()


# ---------------------------------------------------------------------------------------------- writes

def test_the_server_has_no_route_that_writes(server: Server) -> None:
    """Guards that the endpoint stays read-only as routes are added: PUT, DELETE and PATCH anywhere, and POST
    anywhere but a query to /sparql, are refused (405, or 403 for an update, 415 for a body that is no query),
    never accepted, and the store is unchanged.  There is no write or admin route, so no token: one added would
    have to check its token in constant time (``hmac.compare_digest``)."""
    before = triples_in(server)
    turtle = b"<urn:a> <urn:b> <urn:c> ."
    for path in ("sparql", "store", "update", "admin", "graph-store", "data", "", "queries/votes", "search",
                 "id/kommun/solna-stad", "ontology", "static/page.js"):
        for method in ("PUT", "DELETE", "PATCH"):
            status = post(server, path, turtle, "text/turtle", method=method)[0]
            assert status == 405, (method, path, status)
        status = post(server, path, turtle, "text/turtle")[0]
        assert status in (405, 415), (path, status)
        status = post(server, path, b"update=CLEAR+ALL", "application/x-www-form-urlencoded")[0]
        assert status in (403, 405), (path, status)
    assert triples_in(server) == before


# ---------------------------------------------------------------------------------------------- memory

# A GROUP_CONCAT over a cross product of VALUES: a few gigabytes of string in one accumulator, at once.
HUNGRY = ("SELECT (GROUP_CONCAT(?x) AS ?c) WHERE { " + " ".join(
    f"VALUES ?v{i} {{ 1 2 3 4 5 6 7 8 9 10 }}" for i in range(7))
    + ' BIND(CONCAT("' + "x" * 200 + '", STR(?v0)) AS ?x) }')


def test_a_query_that_needs_more_memory_than_a_worker_may_take_gets_500_and_the_server_goes_on(
        store: Path) -> None:
    """Guards --worker-memory: a query whose result would need gigabytes ends its worker at the cap (a clear 500,
    not a machine out of memory); the pool starts another worker and the next query is answered.  A read-only
    worker beside a writer once allocated without end (see tests/test_concurrency.py): the cap bounds that too."""
    s = start_server(store, "--workers", "1", "--timeout", "60", "--worker-memory", "0.5")
    try:
        status, _, body = s.sparql(HUNGRY)
        assert status == 500 and "--worker-memory" in json_error(body, 500), (status, body[:300])
        deadline = time.monotonic() + 20
        while (status := s.sparql("ASK { ?s ?p ?o }")[0]) != 200:
            assert time.monotonic() < deadline, status
            time.sleep(0.2)
        assert len(_worker_processes(s.process.pid)) == 1
    finally:
        stop_server(s.process)
