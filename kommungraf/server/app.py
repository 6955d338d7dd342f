"""The WSGI application: routes, responses, and the threaded server that runs it."""

from __future__ import annotations

import json
import signal
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from http import HTTPStatus
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pyoxigraph as ox

from .. import fulltext
from ..errors import KommungrafError, QueryError, StoreError
from ..iri import BASE
from ..queries import NamedQuery, library
from ..resources import read_text
from ..results import Rows, rows_from_json
from ..vocab import PREFIXES
from . import pages
from .negotiate import HTML, RDF, Format, choose
from .pool import WorkerPool
from .protocol import HttpError, sparql_request
from .worker import Reply, Resource, ResourceJob, SparqlJob, store_fingerprint

MAX_BODY = 1 << 20  # a query bigger than 1 MiB is a mistake or an attack
STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {"page.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
CSP = ("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# The ontology's documentation pages carry their own <style>; they have no scripts at all.
DOCS_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'; object-src 'none'"
ONTOLOGY_FILES = {"kommungraf.ttl": "text/turtle; charset=utf-8", "shapes.ttl": "text/turtle; charset=utf-8",
                  "context.jsonld": "application/ld+json; charset=utf-8"}
# A timeline page is self-contained: its <style> inline, no script, nothing fetched.
TIMELINE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                "frame-ancestors 'none'; form-action 'none'")
#: The query parameters of /timeline and the filter each one sets.
TIMELINE_FILTERS = {"municipality": "municipality", "body": "body", "party": "party", "from": "date_from",
                    "to": "date_to"}
CORS = (("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", "X-Kommungraf-Truncated"))
TRUNCATED = "X-Kommungraf-Truncated"
RESERVED_PARAMS = frozenset({"format"})
JSON = Format("json", "application/json")


@dataclass
class ServerConfig:
    """How ``kommungraf serve`` runs; every limit is a command-line option."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 30.0
    max_rows: int = 10_000
    workers: int = 4
    #: The most memory (bytes of data segment) one worker may take; a query that needs more ends its worker.
    worker_memory: int = 4 << 30
    #: Hook for the ontology's HTML documentation: page name (``index``, ``Body``, ``class-Body.html`` …) → HTML,
    #: raising LookupError for an unknown page.  Without it, ``/ontology`` serves the Turtle to browsers too.
    ontology_html: Callable[[str], str] | None = None


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)


def _wsgi_text(value: Any) -> str:
    """A path or query string as the client wrote it: WSGI hands both over as latin-1 decoded bytes (PEP 3333),
    while URLs carry UTF-8 (å, ä, ö in IRIs, names and search words)."""
    return str(value).encode("latin-1", "replace").decode("utf-8", "replace")


@dataclass
class Request:
    """The parts of a WSGI environ the routes use."""

    environ: dict[str, Any]

    @property
    def method(self) -> str:
        return str(self.environ.get("REQUEST_METHOD", "GET")).upper()

    @property
    def path(self) -> str:
        return _wsgi_text(self.environ.get("PATH_INFO", "/"))

    @property
    def params(self) -> dict[str, list[str]]:
        # "?q=nämnden" typed as is (curl, scripts) arrives as raw UTF-8 bytes, not percent-escapes.
        return parse_qs(_wsgi_text(self.environ.get("QUERY_STRING", "")), keep_blank_values=True)

    @property
    def accept(self) -> str | None:
        return self.environ.get("HTTP_ACCEPT")

    @property
    def content_type(self) -> str:
        return str(self.environ.get("CONTENT_TYPE", ""))

    def body(self) -> bytes:
        try:
            n = int(self.environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise HttpError(400, "bad Content-Length") from None
        if n > MAX_BODY:
            raise HttpError(413, f"the request body is larger than {MAX_BODY} bytes")
        return self.environ["wsgi.input"].read(n) if n > 0 else b""


def json_response(data: Any, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Response:
    body = json.dumps(data, ensure_ascii=False, default=str).encode()
    return Response(status, "application/json; charset=utf-8", body, list(headers))


def html_response(text: str, status: int = 200) -> Response:
    return Response(status, "text/html; charset=utf-8", text.encode(), [("Content-Security-Policy", CSP)])


def from_reply(reply: Reply, extra: Iterable[tuple[str, str]] = ()) -> Response:
    headers = list(extra)
    if reply.truncated:
        headers.append((TRUNCATED, "true"))
    return Response(reply.status, reply.content_type, reply.body, headers)


class App:
    """The WSGI application of ``kommungraf serve``."""

    def __init__(self, config: ServerConfig) -> None:
        if not config.store.is_dir():
            raise StoreError(f"no store at {config.store}; load documents first (kommungraf load)")
        self.config = config
        self.prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        self.library: dict[str, NamedQuery] = library()
        self.static = {name: (STATIC / name).read_bytes() for name in STATIC_TYPES}
        self.index = fulltext.index_path(config.store)
        self._sync_lock = threading.Lock()
        self._synced: tuple[Any, ...] | None = None
        self.sync_index()
        self.pool = WorkerPool(config.store, size=config.workers, timeout=config.timeout,
                               max_rows=config.max_rows, prefixes=self.prefixes, memory=config.worker_memory)

    def close(self) -> None:
        self.pool.close()

    # ------------------------------------------------------------------------------------------ WSGI

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        req = Request(environ)
        try:
            resp = self.route(req)
        except HttpError as e:
            resp = self.error(req, e.status, e.message, e.headers)
        except Exception:  # a bug: log it, answer 500, keep serving
            traceback.print_exc(file=sys.stderr)
            resp = self.error(req, 500, "internal server error")
        headers = [("Content-Type", resp.content_type), ("Content-Length", str(len(resp.body))),
                   ("X-Content-Type-Options", "nosniff"), *resp.headers]
        if req.path == "/sparql" or req.path.startswith("/queries"):
            # Browser-based SPARQL clients (YASGUI and the like) served from elsewhere may read the answers
            # and errors; everything here is public and read-only.
            headers.extend(CORS)
        start_response(f"{resp.status} {HTTPStatus(resp.status).phrase}", headers)
        return [resp.body]

    def error(self, req: Request, status: int, message: str, headers: Iterable[tuple[str, str]] = ()) -> Response:
        if req.path.startswith("/id/") and choose((JSON, HTML), req.accept) is HTML:
            resp = html_response(pages.error_page(status, message), status)
            resp.headers.extend(headers)
            return resp
        return json_response({"error": message, "status": status}, status, headers)

    def route(self, req: Request) -> Response:
        path = req.path
        if req.method == "OPTIONS":
            return Response(204, "text/plain", b"", [("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                                                    ("Access-Control-Allow-Headers", "Accept, Content-Type")])
        if path == "/sparql":
            return self.sparql(req)
        if req.method != "GET":
            raise HttpError(405, f"method {req.method} is not allowed here", [("Allow", "GET")])
        if path in ("/", "/index.html"):
            return html_response(pages.query_page(BASE))
        if path == "/favicon.ico":  # browsers ask; there is none
            return Response(204, "image/x-icon", b"")
        if path.startswith("/static/"):
            return self.static_file(path[len("/static/"):])
        if path == "/queries":
            return json_response([_describe(nq) for nq in self.library.values()])
        if path.startswith("/queries/"):
            return self.named_query(req, path[len("/queries/"):])
        if path == "/search":
            return self.search(req)
        if path == "/timeline":
            return self.timeline(req)
        if path.startswith("/id/"):
            return self.resource(req, BASE + path[len("/id/"):])
        if path == "/ontology" or path.startswith("/ontology/"):
            return self.ontology(req, path[len("/ontology/"):] if path != "/ontology" else None)
        raise HttpError(404, f"no such page: {path}")

    # ------------------------------------------------------------------------------------------ routes

    def sparql(self, req: Request) -> Response:
        if req.method == "GET" and not req.params and choose((JSON, HTML), req.accept) is HTML:
            return Response(303, "text/plain", b"", [("Location", "/#sparql")])
        sr = sparql_request(req.method, req.content_type, req.params, req.body() if req.method == "POST" else b"")
        job = SparqlJob(sr.query, req.accept, sr.format_param, sr.default_graphs, sr.named_graphs)
        return from_reply(self.pool.run(job))

    def named_query(self, req: Request, name: str) -> Response:
        nq = self.library.get(name)
        if nq is None:
            raise HttpError(404, f"no named query {name!r}; GET /queries lists them")
        values = {k: v[-1] for k, v in req.params.items() if k not in RESERVED_PARAMS and v[-1] != ""}
        try:
            text = nq.render(values, engine="oxigraph")  # the server's store is Oxigraph
        except QueryError as e:
            raise HttpError(400, str(e)) from None
        return from_reply(self.pool.run(SparqlJob(text, req.accept, tuple(req.params.get("format", ())))))

    def resource(self, req: Request, iri: str) -> Response:
        fmt = choose((HTML, *RDF), req.accept, req.params.get("format", ()))
        answer = self.pool.run(ResourceJob(iri, None if fmt is HTML else fmt.key))
        if isinstance(answer, Resource):
            resp = html_response(pages.resource_page(answer, self.prefixes))
            if answer.truncated:
                resp.headers.append((TRUNCATED, "true"))
            return resp
        if answer.status >= 400:
            raise HttpError(answer.status, json.loads(answer.body)["error"])
        return from_reply(answer, [("Vary", "Accept")])

    def ontology(self, req: Request, page: str | None) -> Response:
        """``/ontology``: the vocabulary as RDF, or (with the docs hook) its HTML pages under ``/ontology/``."""
        if page in ONTOLOGY_FILES:
            return Response(200, ONTOLOGY_FILES[page], read_text("ontology", page).encode())
        offers = (*RDF, HTML) if self.config.ontology_html is None else (HTML, *RDF)
        fmt = choose(offers, req.accept, req.params.get("format", ()))
        if fmt is HTML and self.config.ontology_html is not None:
            if page is None:  # the pages link to each other relatively, so they live in a folder
                return Response(303, "text/plain", b"", [("Location", "/ontology/")])
            try:
                text = self.config.ontology_html(page or "index")
            except LookupError as e:
                raise HttpError(404, str(e)) from None
            resp = html_response(text)
            resp.headers[:] = [("Content-Security-Policy", DOCS_CSP), ("Vary", "Accept")]
            return resp
        if fmt is HTML:
            fmt = RDF[0]
        text = read_text("ontology", "kommungraf.ttl")
        if fmt.key == "turtle":
            return Response(200, fmt.content_type, text.encode(), [("Vary", "Accept")])
        triples = [q.triple for q in ox.parse(text, format=ox.RdfFormat.TURTLE)]
        fmts = {"jsonld": ox.RdfFormat.JSON_LD, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
        body = ox.serialize(triples, format=fmts[fmt.key])
        return Response(200, fmt.content_type, body, [("Vary", "Accept")])

    def search(self, req: Request) -> Response:
        q = (req.params.get("q") or [""])[-1]
        try:
            limit = max(1, min(int((req.params.get("limit") or ["20"])[-1]), 100, self.config.max_rows))
        except ValueError:
            raise HttpError(400, "limit must be a whole number") from None
        self.sync_index()
        try:
            hits = fulltext.search(self.index, q, limit=limit)
        except KommungrafError as e:
            raise HttpError(503, str(e)) from None
        return json_response({"query": q, "hits": [asdict(h) for h in hits]})

    def timeline(self, req: Request) -> Response:
        """``/timeline?case=…`` (or ``person=``, ``organisation=``, and the filters of ``kommungraf timeline``):
        the offline page, its links pointing at this server; ``format=json`` gives the events as rows,
        ``format=svg`` or ``format=png`` the picture alone (to embed in an article or a slide)."""
        from ..filters import Filters
        from ..results import to_json
        from ..timeline import DEFAULT_LIMIT, build_timeline, to_html, to_png, to_rows, to_svg

        one = {k: v[-1] for k, v in req.params.items() if v and v[-1] != ""}
        fmt = one.get("format", "html")
        if fmt not in ("html", "json", "svg", "png"):
            raise HttpError(400, f"unknown format {fmt!r}; choose html, json, svg or png")
        filters = Filters(**{name: one.get(param) for param, name in TIMELINE_FILTERS.items()})
        try:
            timeline = build_timeline(_PoolSource(self.pool), case=one.get("case"), person=one.get("person"),
                                      organisation=one.get("organisation"), filters=filters,
                                      limit=min(DEFAULT_LIMIT, self.config.max_rows))
        except QueryError as e:
            raise HttpError(400, str(e)) from None
        if fmt == "json":
            return Response(200, "application/json; charset=utf-8", to_json(to_rows(timeline)).encode())
        if fmt == "svg":
            return Response(200, "image/svg+xml; charset=utf-8", to_svg(timeline, "").encode(),
                            [("Content-Security-Policy", TIMELINE_CSP)])
        if fmt == "png":
            return Response(200, "image/png", to_png(timeline))
        return Response(200, "text/html; charset=utf-8", to_html(timeline, "").encode(),
                        [("Content-Security-Policy", TIMELINE_CSP)])

    def static_file(self, name: str) -> Response:
        if name not in self.static:
            raise HttpError(404, f"no such file: {name}")
        return Response(200, STATIC_TYPES[name], self.static[name], [("Cache-Control", "no-cache")])

    # ------------------------------------------------------------------------------------------ search index

    def sync_index(self) -> None:
        """Bring the full-text index in step with the store when the store's files changed."""
        fp = store_fingerprint(self.config.store)
        if fp == self._synced:
            return
        with self._sync_lock:
            if fp == self._synced:
                return
            try:
                fulltext.sync(self.config.store)
            except (KommungrafError, sqlite3.Error, OSError) as e:  # search goes on with the index as it is
                print(f"kommungraf: warning: full-text index not updated: {e}", file=sys.stderr)
            self._synced = fp


class _PoolSource:
    """The worker pool as a source of rows for kommungraf.timeline: each SELECT runs in a worker like any query."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def query(self, query: NamedQuery, **params: Any) -> Rows:
        reply = self.pool.run(SparqlJob(query.render({k: str(v) for k, v in params.items()}, engine="oxigraph"),
                                        "application/sparql-results+json"))
        if reply.status >= 400:
            raise HttpError(reply.status, json.loads(reply.body).get("error", "the query failed"))
        if reply.truncated:
            raise HttpError(413, "the timeline has more rows than this server returns; narrow it")
        return rows_from_json(json.loads(reply.body))


def _describe(nq: NamedQuery) -> dict[str, Any]:
    return {"name": nq.name, "title": nq.title, "description": nq.description, "examples": list(nq.examples),
            "params": [asdict(p) for p in nq.params], "text": nq.text}


# ---------------------------------------------------------------------------------------------- the server

class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per request: a slow query waits on its worker without holding up the page or other queries."""

    daemon_threads = True
    block_on_close = False


def serve(config: ServerConfig, *, ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); workers are stopped on the way out."""
    app = App(config)
    try:
        httpd = make_server(config.host, config.port, app, server_class=ThreadingWSGIServer,
                            handler_class=WSGIRequestHandler)
    except OSError as e:
        app.close()
        raise StoreError(f"cannot listen on {config.host}:{config.port}: {e}") from None

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():  # signals can only be set there
        signal.signal(signal.SIGTERM, stop)
    url = f"http://{config.host}:{httpd.server_port}/"
    try:
        if ready:
            ready(url)
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        app.close()


__all__ = ["App", "ServerConfig", "serve"]
