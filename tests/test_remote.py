"""`kommungraf push` to real SPARQL stores on 127.0.0.1, and the named queries answered there as at home.

A real `oxigraph serve` (the PyPI package `oxigraph`, beside this Python) and a private Virtuoso instance (skipped
where `virtuoso-t` is not installed) take the pushed graphs; a tiny HTTP server in the test checks the
authentication headers, since neither of the others asks for a token.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import datetime as dt
import gc
import hashlib
import http.server
import json
import os
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, ROOT

import kommungraf
from kommungraf.api import RemoteGraph
from kommungraf.cli import main as cli_main
from kommungraf.queries import library
from kommungraf.remote import (
    Credentials,
    PushError,
    digest_authorization,
    graph_sizes,
    guess_graph_store,
    parse_challenges,
    push_store,
)
from kommungraf.store import GraphStore

LINKED = ROOT / "tests" / "linked"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
MERGED = "https://w3id.org/kommungraf/graph/merged"
TOKEN = "s3cret-token-1234"
PASSWORD = "pa55-word-5678"

#: Every named query with the parameters tests/test_queries.py and tests/test_linking.py give it; queries without
#: a required parameter also run with none.
PARAMS: dict[str, list[dict[str, str]]] = {
    "statements": [{"person": "Lina Berg"}],
    "agreements": [{"organisation": "Polisregion Stockholm"}],
    "referrals": [{"body": "Kommunstyrelsen"}, {"body": "Socialnämnden"}],
    "reservations": [{"party": "V"}, {"party": "S"}],
    "people": [{"name": "Lina Berg"}],
    "person-profile": [{"person": "Anna Berg"}, {"person": "Jonas Ek"}, {"person": "Karin Wahlström"}],
    "memberships": [{"body": "Kommunstyrelsen"}],
    "agreement-organisations": [{"organisation": "Solna stad"}],
    "party-statements": [{"party": "SD"}],
    "co-signers": [{"person": "Jonas Ek"}],
    "case-history": [{"case": "KS 2024/0117"}, {"case": "TN 2024/0101"}, {"case": "KS-2024/0033"}],
}


def cases() -> list[tuple[str, dict[str, str]]]:
    out = []
    for name, nq in library().items():
        if not any(p.required for p in nq.params):
            out.append((name, {}))
        out.extend((name, p) for p in PARAMS.get(name, []))
    return out


# ---------------------------------------------------------------------------------------------- processes

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """Terminate a server we started; kill it if it does not stop in time."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def wait_for(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    """Poll ``url`` until it answers 200; fail with the server's log if it exits or takes too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited ({proc.returncode}):\n{log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    stop(proc)
    pytest.fail(f"the server did not answer {url} within {timeout} s:\n{log.read_text(errors='replace')[-2000:]}")


def sparql(endpoint: str, query: str, default_graph: str | None = None) -> list[dict[str, Any]]:
    """A SELECT over plain HTTP (not the code under test): rows of {variable: value string}."""
    params = {"query": query} | ({"default-graph-uri": default_graph} if default_graph else {})
    req = urllib.request.Request(endpoint, data=urllib.parse.urlencode(params).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        data = json.load(resp)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def remote_sizes(endpoint: str, default_graph: str | None = None) -> dict[str | None, int]:
    """Triples in each named graph of a remote store, and in its default graph (key None)."""
    out: dict[str | None, int] = {
        r["g"]: int(r["n"]) for r in sparql(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                                                      "GROUP BY ?g")}
    out[None] = int(sparql(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph)[0]["n"])
    return out


# ---------------------------------------------------------------------------------------------- the local store

@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The linked documents and the examples (which restate some of the same facts) in an on-disk store."""
    path = tmp_path_factory.mktemp("remote") / "store"
    kg = kommungraf.open(str(path))
    report = kg.load([LINKED, EXAMPLES])
    assert not report.failed and len(report.loaded) == 8
    del kg, report
    gc.collect()  # release the writer's lock, so that read-only opens (and the CLI) work beside it
    return path


@pytest.fixture(scope="module")
def store(store_path: Path) -> GraphStore:
    return GraphStore(store_path, read_only=True)


@pytest.fixture(scope="module")
def expected(store: GraphStore) -> dict[tuple[str, str], tuple[list[str], list[dict[str, Any]]]]:
    """Every named query's answer from the embedded store, by (name, parameters as JSON)."""
    from kommungraf.api import KnowledgeGraph

    kg = KnowledgeGraph(store)
    out = {}
    for name, params in cases():
        rows = kg.query(name, **params)
        out[(name, json.dumps(params))] = (rows.columns, rows.rows)
    assert sum(1 for _, rows in out.values() if rows) >= len(out) - 3, "the comparisons would be vacuous"
    return out


def group_concat_columns(name: str) -> set[str]:
    return set(re.findall(r"GROUP_CONCAT\s*\(.*?\)\s*AS\s*\?(\w+)", library()[name].text, re.S | re.I))


def canonical(name: str, columns: list[str], rows: list[dict[str, Any]], *, loose: bool = False) -> collections.Counter:
    """Rows as a multiset.  GROUP_CONCAT lists are sorted (their order is the engine's).

    ``loose`` (another engine): values compared as text, booleans as 1/0 (Virtuoso stores xsd:boolean as an
    integer), and an empty GROUP_CONCAT equal to an unbound one (Oxigraph leaves it unbound, Virtuoso gives "").
    """
    concat = group_concat_columns(name)

    def cell(col: str, v: Any) -> Any:
        if loose:
            if isinstance(v, bool):
                v = int(v)
            if isinstance(v, dt.date):
                v = v.isoformat()
            v = None if v is None or (col in concat and v == "") else str(v)
        if col in concat and isinstance(v, str):
            v = ", ".join(sorted(v.split(", ")))
        return v

    return collections.Counter(tuple(cell(c, row.get(c)) for c in columns) for row in rows)


def compare_all(expected: dict, ask: Callable[[str, dict[str, str]], tuple[list[str], list[dict[str, Any]]]],
                *, loose: bool = False) -> None:
    """Run every case through ``ask`` and assert each answer equals the embedded store's, as multisets of rows."""
    problems = []
    for name, params in cases():
        cols, rows = expected[(name, json.dumps(params))]
        try:
            got_cols, got_rows = ask(name, params)
        except Exception as e:  # report every failing query at once, not only the first
            problems.append(f"{name} {params}: {type(e).__name__}: {str(e)[:300]}")
            continue
        if got_cols != cols:
            problems.append(f"{name} {params}: columns {got_cols} != {cols}")
            continue
        want, got = canonical(name, cols, rows, loose=loose), canonical(name, cols, got_rows, loose=loose)
        if want != got:
            problems.append(f"{name} {params}: only here {list((want - got).items())[:2]}; "
                            f"only there {list((got - want).items())[:2]}")
    assert not problems, "\n".join(problems)


def remote_graph_rows(endpoint: str) -> Callable[[str, dict[str, str]], tuple[list[str], list[dict[str, Any]]]]:
    def ask(name: str, params: dict[str, str]) -> tuple[list[str], list[dict[str, Any]]]:
        rows = RemoteGraph(endpoint).query(name, **params)
        return rows.columns, rows.rows
    return ask


# ---------------------------------------------------------------------------------------------- oxigraph serve

@dataclass
class Oxigraph:
    base: str
    process: subprocess.Popen
    log: Path

    @property
    def query(self) -> str:
        return self.base + "/query"

    @property
    def gsp(self) -> str:
        return self.base + "/store"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Oxigraph]:
    if not OXIGRAPH.exists():
        pytest.skip(f"no oxigraph binary beside {sys.executable} (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(folder / "data"), "--bind",
                                 f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
    server = Oxigraph(f"http://127.0.0.1:{port}", proc, log)
    try:
        wait_for(server.query + "?query=" + urllib.parse.quote("ASK {}"), proc, log, timeout=30)
        yield server
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def pushed(store: GraphStore, oxigraph: Oxigraph):
    return push_store(store, oxigraph.query)


def test_the_push_writes_every_named_graph_and_the_merged_graph_to_oxigraph_server(store, oxigraph, pushed):
    local = graph_sizes(store)
    assert pushed.graph_store == oxigraph.gsp
    assert [g.iri for g in pushed.named_graphs] == store.graphs() and len(store.graphs()) == 9
    assert pushed.merged is not None and pushed.merged.iri is None and pushed.merged.triples == local[None]
    assert remote_sizes(oxigraph.query) == local
    # Facts stated by two documents are two quads but one triple of the merged graph.
    assert sum(n for g, n in local.items() if g is not None) > local[None]


def test_every_named_query_answers_on_oxigraph_server_as_in_the_embedded_store(expected, oxigraph, pushed):
    compare_all(expected, remote_graph_rows(oxigraph.query))


def test_the_query_command_with_endpoint_prints_what_the_embedded_store_prints(expected, store_path, oxigraph,
                                                                                pushed, capsys):
    def cli_json(*args: str) -> list[dict[str, Any]]:
        assert cli_main(["query", *args, "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)

    problems = []
    for name, params in cases():
        opts = [x for k, v in params.items() for x in ("--param", f"{k}={v}")]
        here = cli_json(name, "--store", str(store_path), *opts)
        there = cli_json(name, "--endpoint", oxigraph.query, *opts)
        cols = expected[(name, json.dumps(params))][0]
        if canonical(name, cols, here) != canonical(name, cols, there):
            problems.append(f"{name} {params}")
    assert not problems, f"`kommungraf query --endpoint` differs for {problems}"


def test_pushing_again_replaces_the_graphs_and_duplicates_nothing(store, store_path, oxigraph, pushed):
    before = remote_sizes(oxigraph.query)
    run = subprocess.run([sys.executable, "-m", "kommungraf.cli", "push", "--endpoint", oxigraph.query,
                          "--store", str(store_path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "pushed 9 named graph(s)" in run.stderr and oxigraph.gsp in run.stderr
    assert remote_sizes(oxigraph.query) == before == graph_sizes(store)


def test_an_endpoint_s_refusal_is_one_line_with_what_the_server_said(oxigraph, capsys):
    assert cli_main(["query", "SELECT * WHERE { ?s ?p }", "--endpoint", oxigraph.query]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "QueryBadFormed" in err and "the server said: " in err
    assert "Response:" not in err and "b'" not in err


def test_a_graph_on_the_remote_is_the_same_graph_as_at_home(store, oxigraph, pushed):
    g = "https://w3id.org/kommungraf/id/dokument/solna-sn-2024-03-07"
    with urllib.request.urlopen(oxigraph.gsp + "?" + urllib.parse.urlencode({"graph": g})) as resp:
        remote = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(resp.read(), ox.RdfFormat.TURTLE)}
    local = {ox.Triple(q.subject, q.predicate, q.object)
             for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(g))}
    assert remote == local and len(local) > 100


def test_the_merged_graph_can_go_to_a_named_graph_and_none_leaves_the_default_graph_alone(store, tmp_path):
    port = free_port()
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path / "data"), "--bind",
                                 f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
    try:
        endpoint = f"http://127.0.0.1:{port}/query"
        wait_for(endpoint + "?query=ASK%7B%7D", proc, log, timeout=30)
        report = push_store(store, endpoint, default_graph="none")
        assert report.merged is None and remote_sizes(endpoint)[None] == 0
        report = push_store(store, endpoint, merged_graph=MERGED, body_format="turtle")
        sizes = remote_sizes(endpoint, default_graph=MERGED)
        assert sizes[MERGED] == sizes[None] == graph_sizes(store)[None] == report.merged.triples
        assert len(sparql(endpoint, "SELECT * WHERE { ?s ?p ?o }")) == 0  # the default graph is still empty
    finally:
        stop(proc)


def test_a_bad_merged_graph_or_mode_is_refused_before_anything_is_sent(store):
    with pytest.raises(PushError, match="not an IRI"):
        push_store(store, "http://127.0.0.1:9/query", merged_graph="no iri")
    with pytest.raises(PushError, match="default_graph must be"):
        push_store(store, "http://127.0.0.1:9/query", default_graph="union")
    with pytest.raises(PushError, match="not pushed"):
        push_store(store, "http://127.0.0.1:9/query", default_graph="none", merged_graph=MERGED)


def test_the_graph_store_url_is_derived_from_the_query_endpoint_of_known_stores():
    assert guess_graph_store("http://h:7878/query") == "http://h:7878/store"
    assert guess_graph_store("http://h:8890/sparql") == "http://h:8890/sparql-graph-crud"
    assert guess_graph_store("http://h:8890/sparql", authenticated=True) == "http://h:8890/sparql-graph-crud-auth"
    assert guess_graph_store("http://h:3030/ds/sparql") == "http://h:3030/ds/data"
    assert guess_graph_store("http://h:3030/ds/query") == "http://h:3030/ds/data"
    assert guess_graph_store("https://h/graphdb/repositories/kg") == "https://h/graphdb/repositories/kg/rdf-graphs/service"
    assert guess_graph_store("http://h:7878/store") == "http://h:7878/store"
    with pytest.raises(PushError, match="--graph-store"):
        guess_graph_store("http://h/blazegraph/namespace/kb/sparql/x")


# ---------------------------------------------------------------------------------------------- authentication

@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class AuthServer:
    """A Graph Store stand-in on 127.0.0.1 that wants ``mode`` authentication and records every request."""

    mode: str  # bearer | basic | digest | a status code to answer always
    url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    nonce: str = "n0nce-" + os.urandom(4).hex()

    def accepts(self, method: str, path: str, auth: str | None) -> bool:
        if auth is None:
            return False
        if self.mode == "bearer":
            return auth == f"Bearer {TOKEN}"
        if self.mode == "basic":
            return auth == "Basic " + base64.b64encode(f"kg:{PASSWORD}".encode()).decode()
        if self.mode == "digest":
            ch = parse_challenges([auth]).get("digest", {})
            if ch.get("nonce") != self.nonce or ch.get("uri") != path:
                return False

            def h(s: str) -> str:
                return hashlib.md5(s.encode()).hexdigest()
            want = h(f"{h(f'kg:kommungraf:{PASSWORD}')}:{self.nonce}:{ch['nc']}:{ch['cnonce']}:auth:"
                     f"{h(f'{method}:{path}')}")
            return ch.get("response") == want
        return False

    def challenge(self) -> str:
        return {"bearer": 'Bearer realm="kommungraf"', "basic": 'Basic realm="kommungraf"',
                "digest": f'Digest realm="kommungraf", nonce="{self.nonce}", qop="auth", algorithm=MD5, '
                          f'opaque="abc"'}[self.mode]


@contextlib.contextmanager
def auth_server(mode: str) -> Iterator[AuthServer]:
    state = AuthServer(mode)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_PUT(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.requests.append(Recorded("PUT", self.path, dict(self.headers.items()), body))
            if state.mode.isdigit():
                self._answer(int(state.mode), b"<html><body><h1>nope</h1></body></html>")
            elif state.accepts("PUT", self.path, self.headers.get("Authorization")):
                self._answer(201, b"")
            else:
                self._answer(401, b"", {"WWW-Authenticate": state.challenge()})

        def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/store"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def cli_push(args: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = cli_main(["push", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_store_that_wants_credentials_and_gets_none_answers_401_in_one_line(store_path, capsys):
    with auth_server("bearer") as srv:
        code, out = cli_push(["--graph-store", srv.url, "--store", str(store_path)], capsys)
    assert code == 1
    assert out.strip().count("\n") == 0
    assert "401 Unauthorized" in out and srv.url in out and "--token" in out
    assert len(srv.requests) == 1


def test_a_token_from_the_environment_is_sent_with_every_request_and_never_printed(store_path, capsys,
                                                                                   monkeypatch):
    monkeypatch.setenv("KOMMUNGRAF_PUSH_TOKEN", TOKEN)
    with auth_server("bearer") as srv:
        code, out = cli_push(["--graph-store", srv.url, "--store", str(store_path)], capsys)
    assert code == 0, out
    assert len(srv.requests) == 10  # nine named graphs and the merged graph, none refused
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in srv.requests)
    assert TOKEN not in out


def test_basic_auth_answers_the_challenge_and_then_sends_the_credentials_up_front(store):
    with auth_server("basic") as srv:
        report = push_store(store, graph_store=srv.url, credentials=Credentials("kg", PASSWORD))
    assert len(report.graphs) == 10 and report.requests == len(srv.requests) == 11
    assert "Authorization" not in srv.requests[0].headers  # nothing is sent before the server asks
    assert all(r.headers["Authorization"].startswith("Basic ") for r in srv.requests[1:])


def test_digest_auth_answers_the_challenge_and_reuses_the_nonce(store):
    with auth_server("digest") as srv:
        report = push_store(store, graph_store=srv.url, credentials=Credentials("kg", PASSWORD))
    assert report.requests == len(srv.requests) == 11
    assert all(PASSWORD not in str(r.headers) for r in srv.requests)
    ncs = [parse_challenges([r.headers["Authorization"]])["digest"]["nc"] for r in srv.requests[1:]]
    assert ncs == [f"{i:08x}" for i in range(1, 11)]


def test_a_wrong_password_is_refused_in_one_line_that_does_not_show_it(store_path, capsys, monkeypatch):
    monkeypatch.setenv("KOMMUNGRAF_PUSH_PASSWORD", "wrong-" + PASSWORD)
    for mode in ("basic", "digest"):
        with auth_server(mode) as srv:
            code, out = cli_push(["--graph-store", srv.url, "--store", str(store_path), "--user", "kg"], capsys)
        assert code == 1 and "401 Unauthorized" in out and "refused the credentials of user 'kg'" in out, out
        assert PASSWORD not in out and len(srv.requests) <= 3


def test_credentials_in_the_url_are_used_and_not_shown(store):
    with auth_server("basic") as srv:
        url = srv.url.replace("http://", f"http://kg:{PASSWORD}@")
        report = push_store(store, graph_store=url, default_graph="none")
    assert report.graph_store == srv.url and len(report.graphs) == 9


@pytest.mark.parametrize(("status", "words"), [
    ("403", "403 Forbidden: the account may not write graphs"),
    ("404", "404 Not Found: no Graph Store Protocol service at this URL; check --graph-store"),
    ("500", "500 Internal Server Error: nope"),
])
def test_a_refusal_is_one_line_naming_the_endpoint_and_what_it_means(store_path, capsys, status, words):
    with auth_server(status) as srv:
        code, out = cli_push(["--graph-store", srv.url, "--store", str(store_path), "--token", TOKEN], capsys)
    assert code == 1 and out.strip().count("\n") == 0
    assert out.startswith(f"kommungraf: error: {srv.url}?graph=https://w3id.org/kommungraf/") and words in out
    assert TOKEN not in out


def test_a_store_that_is_not_running_is_named_in_one_line(store_path, capsys):
    url = f"http://127.0.0.1:{free_port()}/query"
    code, out = cli_push(["--endpoint", url, "--store", str(store_path)], capsys)
    assert code == 1 and out.strip().count("\n") == 0
    assert "cannot connect to http://127.0.0.1:" in out and "/store?graph=" in out and "connection refused" in out


def test_a_token_and_a_user_together_are_refused():
    with pytest.raises(PushError, match="either a token or a user"):
        Credentials(user="kg", password="x", token="t")
    with pytest.raises(PushError, match="needs a password"):
        Credentials(user="kg")


def test_the_digest_answer_follows_rfc_7616(monkeypatch):
    # The worked example of RFC 2617 section 3.5 (MD5, qop=auth).
    ch = parse_challenges(['Digest realm="testrealm@host.com", qop="auth,auth-int", '
                           'nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"'])
    assert ch["digest"]["qop"] == "auth,auth-int"
    monkeypatch.setattr("kommungraf.remote.secrets.token_hex", lambda n: "0a4f113b")
    header = digest_authorization(ch["digest"], "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1)
    assert 'response="6629fae49393a05397450978507c4ef1"' in header and "nc=00000001" in header


# ---------------------------------------------------------------------------------------------- Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 500M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}/www
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@dataclass
class Virtuoso:
    sparql: str
    sql_port: int
    folder: Path

    def isql(self, sql: str) -> str:
        run = subprocess.run([shutil.which("isql-vt") or "isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba",
                              f"exec={sql}"], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0 and "Error" not in run.stdout + run.stderr, run.stdout + run.stderr
        return run.stdout


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A private Virtuoso on 127.0.0.1 in a temporary folder, with a user `kgpush` who may write graphs."""
    exe = shutil.which("virtuoso-t")
    if exe is None or shutil.which("isql-vt") is None:
        pytest.skip("Virtuoso is not installed (virtuoso-t and isql-vt from Debian's virtuoso-opensource; "
                    "CI installs it)")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "www").mkdir()
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([exe, "+foreground", "+configfile", str(ini)], cwd=folder, stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        endpoint = f"http://127.0.0.1:{http_port}/sparql"
        wait_for(endpoint + "?query=" + urllib.parse.quote("ASK {}"), proc, log, timeout=90)
        v = Virtuoso(endpoint, sql_port, folder)
        # A writer of its own rather than dba, as docs/remote.md tells publishers to set up.
        v.isql(f"DB.DBA.USER_CREATE('kgpush', '{PASSWORD}'); GRANT SPARQL_UPDATE TO \"kgpush\";")
        yield v
    finally:
        stop(proc)


def test_virtuoso_without_a_default_graph_refuses_one_by_gsp_and_the_error_says_what_to_do(store, virtuoso):
    virtuoso.isql("DELETE FROM DB.DBA.SYS_SPARQL_HOST WHERE SH_HOST = '*';")
    with pytest.raises(PushError, match=r"\?default: 500 .*try --merged-graph IRI"):
        push_store(store, virtuoso.sparql, credentials=Credentials("kgpush", PASSWORD))


def test_virtuoso_takes_the_push_by_digest_auth_and_answers_every_named_query_as_the_embedded_store(
        store, expected, virtuoso):
    # The merged graph as the endpoints' default graph: GSP ?default writes it, and queries read it without
    # default-graph-uri.  (Virtuoso's own default graph is the union of all graphs, counting a fact once per
    # graph that states it, its system graphs included.)
    virtuoso.isql(f"INSERT REPLACING DB.DBA.SYS_SPARQL_HOST (SH_HOST, SH_GRAPH_URI) VALUES ('*', '{MERGED}');")
    t0 = time.perf_counter()
    report = push_store(store, virtuoso.sparql, credentials=Credentials("kgpush", PASSWORD))
    assert report.graph_store.endswith("/sparql-graph-crud-auth") and time.perf_counter() - t0 < 30
    local = graph_sizes(store)
    sizes = remote_sizes(virtuoso.sparql)
    assert {g: sizes.get(g) for g in store.graphs()} == {g: local[g] for g in store.graphs()}
    assert sizes[MERGED] == sizes[None] == local[None]
    compare_all(expected, remote_graph_rows(virtuoso.sparql), loose=True)
    # Pushing again replaces: nothing doubles; naming the merged graph writes the same graph.
    push_store(store, virtuoso.sparql, credentials=Credentials("kgpush", PASSWORD), merged_graph=MERGED)
    assert remote_sizes(virtuoso.sparql) == sizes


def test_virtuoso_without_credentials_or_with_a_wrong_password_is_refused(store, virtuoso):
    with pytest.raises(PushError, match=r"sparql-graph-crud\?graph=.*403 Forbidden"):
        push_store(store, virtuoso.sparql, merged_graph=MERGED)
    with pytest.raises(PushError, match="401 Unauthorized: the store refused the credentials of user 'kgpush'"):
        push_store(store, virtuoso.sparql, credentials=Credentials("kgpush", "wrong"), merged_graph=MERGED)


def test_the_report_counts_what_was_sent(pushed):
    assert pushed.triples == sum(g.triples for g in pushed.graphs)
    assert pushed.bytes > pushed.triples * 50  # N-Triples: a line per triple with full IRIs
