"""Push the store to another SPARQL 1.1 store by the Graph Store HTTP Protocol.

Every named graph (one per source document, and the ontology's) is sent with an HTTP ``PUT`` to
``<graph-store>?graph=<IRI>``, which replaces that graph on the remote: pushing twice duplicates nothing.

Our queries read the store's default graph, the de-duplicated union of the documents' graphs; most remote stores
keep a default graph of their own that is empty, and those whose default graph is the union of all graphs
(Virtuoso, GraphDB) count a fact once per graph that states it.  So by default the merged graph is pushed as well:
to the remote default graph (``?default``), or, with ``merged_graph=IRI``, to a named graph that queries then
select with the SPARQL protocol's ``default-graph-uri``.  Either way the named queries run unchanged remotely.

Each graph is serialised on its own into a spooled temporary file (memory holds at most a few megabytes of
it) and sent with a ``Content-Length``, which every server accepts (chunked uploads are not universal).
Authentication: a bearer token is sent with every request; a user and password are sent only in answer to the
server's challenge, by Digest when offered (Virtuoso's ``/sparql-graph-crud-auth`` wants it) and else Basic.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import secrets
import socket
import ssl
import tempfile
import time
import urllib.parse
import urllib.request
from base64 import b64encode
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

import pyoxigraph as ox

from .errors import KommungrafError
from .store import GraphStore

ENV_TOKEN = "KOMMUNGRAF_PUSH_TOKEN"
ENV_PASSWORD = "KOMMUNGRAF_PUSH_PASSWORD"
ENV_USER = "KOMMUNGRAF_PUSH_USER"

DEFAULT_GRAPH_MODES = ("merged", "none")

#: name → (Oxigraph format, media type of the request body)
BODY_FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
}

_SPOOL_BYTES = 8 << 20  # a graph's serialisation stays in memory up to this size, then goes to a temporary file
_BLOCK = 1 << 16


class PushError(KommungrafError):
    """The remote store cannot be reached, refuses the credentials, or refuses a graph."""


@dataclass(frozen=True)
class Credentials:
    """HTTP credentials for writes: a bearer token, or a user and password (Digest or Basic, as the server asks)."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.token and (self.user or self.password):
            raise PushError("give either a token or a user and password, not both")
        if bool(self.user) != bool(self.password):
            raise PushError("a user needs a password (and a password a user)")

    def __bool__(self) -> bool:
        return bool(self.token or self.user)

    @classmethod
    def from_environment(cls, user: str | None = None, password: str | None = None,
                         token: str | None = None) -> Credentials:
        """Credentials from the arguments, else from ``$KOMMUNGRAF_PUSH_TOKEN`` / ``_USER`` / ``_PASSWORD``."""
        if not token and not user:
            token = os.environ.get(ENV_TOKEN) or None
        if not token:
            user = user or os.environ.get(ENV_USER) or None
            if user and not password:
                password = os.environ.get(ENV_PASSWORD) or None
        return cls(user=user, password=password, token=token)


@dataclass(frozen=True)
class PushedGraph:
    """One graph written: its IRI (None for the remote default graph), triples and bytes sent, time taken."""

    iri: str | None
    triples: int
    bytes: int
    seconds: float
    merged: bool = False  # the store's merged default graph (sent to the remote default graph or ``merged_graph``)


@dataclass
class PushReport:
    """What a push wrote, and where."""

    graph_store: str
    graphs: list[PushedGraph] = field(default_factory=list)
    seconds: float = 0.0
    requests: int = 0  # HTTP requests made, including the ones answered by an authentication challenge

    @property
    def named_graphs(self) -> list[PushedGraph]:
        return [g for g in self.graphs if not g.merged]

    @property
    def merged(self) -> PushedGraph | None:
        return next((g for g in self.graphs if g.merged), None)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    @property
    def bytes(self) -> int:
        return sum(g.bytes for g in self.graphs)


# ------------------------------------------------------------------------------------------------ endpoints

def redact(url: str) -> str:
    """``url`` without a user or password in it, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def guess_graph_store(endpoint: str, *, authenticated: bool = False) -> str:
    """The Graph Store Protocol URL beside a SPARQL query endpoint, for the stores whose layout is known.

    Oxigraph ``/query`` → ``/store``; Virtuoso ``/sparql`` → ``/sparql-graph-crud-auth`` (or ``-crud`` without
    credentials); Fuseki ``/DATASET/sparql`` or ``/DATASET/query`` → ``/DATASET/data``; GraphDB and RDF4J
    ``/repositories/ID`` → ``/repositories/ID/rdf-graphs/service``.  A URL that already is a graph store is kept.
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"not an http(s) URL: {redact(endpoint)}")
    path = parts.path.rstrip("/")
    gsp_suffixes = ("/store", "/data", "/sparql-graph-crud", "/sparql-graph-crud-auth", "/rdf-graphs/service",
                    "/statements")
    if path.endswith(gsp_suffixes):
        new = path
    elif path == "/query":
        new = "/store"
    elif path == "/sparql":
        new = "/sparql-graph-crud-auth" if authenticated else "/sparql-graph-crud"
    elif m := re.fullmatch(r"(/.*)?/repositories/([^/]+)", path):
        new = f"{m.group(1) or ''}/repositories/{m.group(2)}/rdf-graphs/service"
    elif m := re.fullmatch(r"(/[^/]+)/(sparql|query)", path):
        new = f"{m.group(1)}/data"
    else:
        raise PushError(f"cannot tell where the Graph Store Protocol service of {redact(endpoint)} is; "
                        f"give it with --graph-store URL")
    return urllib.parse.urlunsplit(parts._replace(path=new, query="", fragment=""))


# ------------------------------------------------------------------------------------------------ HTTP

class GraphStoreClient:
    """A Graph Store HTTP Protocol client on one kept-alive connection, answering authentication challenges."""

    def __init__(self, url: str, credentials: Credentials | None = None, *, timeout: float = 60.0) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PushError(f"not an http(s) URL: {redact(url)}")
        creds = credentials or Credentials()
        if parts.username and not creds:  # credentials in the URL, as curl takes them
            creds = Credentials(urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
        self.credentials = creds
        self.url = redact(url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._path = parts.path or "/"
        self._query = parts.query
        self.timeout = timeout
        self._conn: http.client.HTTPConnection | None = None
        self._scheme: str | None = "bearer" if creds.token else None  # "basic"/"digest" once the server asks
        self._challenge: dict[str, str] = {}
        self._nc = 0
        self.requests = 0

    # -- targets

    def target(self, graph: str | None) -> str:
        """The request target (path and query) for a named graph, or the default graph when ``graph`` is None."""
        q = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        return f"{self._path}?{self._query + '&' if self._query else ''}{q}"

    def describe(self, graph: str | None) -> str:
        return f"{self.url}?{'default' if graph is None else 'graph=' + graph}"

    # -- requests

    def put(self, graph: str | None, body: IO[bytes], length: int, media_type: str) -> None:
        """Replace ``graph`` (None: the default graph) on the remote with the RDF in ``body``."""
        target = self.target(graph)
        where = self.describe(graph)
        headers = {"Content-Type": media_type, "Content-Length": str(length)}
        fresh_challenge = False
        for _ in range(4):
            status, reason, resp_headers, text = self._send("PUT", target, body, headers, where)
            if status == 401 and self.credentials.user and self._take_challenge(resp_headers, fresh_challenge):
                fresh_challenge = True
                continue
            break
        if 200 <= status < 300:
            return
        raise PushError(_status_message(status, reason, text, where, self.credentials, self._scheme))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._https:
                self._conn = http.client.HTTPSConnection(self._host, self._port, timeout=self.timeout,
                                                         context=ssl.create_default_context(), blocksize=_BLOCK)
            else:
                self._conn = http.client.HTTPConnection(self._host, self._port, timeout=self.timeout,
                                                        blocksize=_BLOCK)
        return self._conn

    def _send(self, method: str, target: str, body: IO[bytes], headers: dict[str, str],
              where: str) -> tuple[int, str, http.client.HTTPMessage, str]:
        """One request; a kept-alive connection the server has closed meanwhile is reopened once."""
        for attempt in (1, 2):
            body.seek(0)
            h = dict(headers)
            auth = self._authorization(method, target)
            if auth:
                h["Authorization"] = auth
            conn = self._connection()
            self.requests += 1
            try:
                try:
                    conn.request(method, target, body=body, headers=h)
                except (BrokenPipeError, ConnectionResetError):
                    # The server may answer (401, 413 …) before reading the whole body, then close: read that
                    # answer if it arrived; if not, getresponse raises and the request is retried below.
                    pass
                resp = conn.getresponse()
                text = resp.read(1 << 16).decode("utf-8", "replace")
                resp.read()  # drain, so that the connection can be reused
                if resp.will_close:
                    self.close()
                return resp.status, resp.reason, resp.headers, text
            except ConnectionRefusedError:
                self.close()
                raise PushError(f"cannot connect to {where}: connection refused (is the store running?)") from None
            except socket.gaierror as e:
                self.close()
                raise PushError(f"cannot connect to {where}: unknown host ({e.strerror})") from None
            except TimeoutError:
                self.close()
                raise PushError(f"{where}: no answer within {self.timeout:g} s") from None
            except ssl.SSLError as e:
                self.close()
                raise PushError(f"{where}: TLS failed: {e.reason or e}") from None
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                self.close()
                if attempt == 2:
                    raise PushError(f"{where}: the server closed the connection ({type(e).__name__})") from None
            except (OSError, http.client.HTTPException) as e:
                self.close()
                raise PushError(f"{where}: {type(e).__name__}: {e}") from None
        raise AssertionError("unreachable")

    # -- authentication

    def _authorization(self, method: str, target: str) -> str | None:
        c = self.credentials
        if self._scheme == "bearer":
            return f"Bearer {c.token}"
        if self._scheme == "basic":
            return "Basic " + b64encode(f"{c.user}:{c.password}".encode()).decode("ascii")
        if self._scheme == "digest":
            self._nc += 1
            return digest_authorization(self._challenge, c.user or "", c.password or "", method, target, self._nc)
        return None

    def _take_challenge(self, headers: http.client.HTTPMessage, already_fresh: bool) -> bool:
        """Pick the scheme the server asks for; False when answering again cannot help (credentials refused)."""
        challenges = parse_challenges(headers.get_all("WWW-Authenticate") or [])
        if "digest" in challenges:
            ch = challenges["digest"]
            # A reused nonce may have expired (stale=true): answer the new one.  A fresh challenge refused
            # after a fresh answer means the user or password is wrong.
            stale = ch.get("stale", "").lower() == "true"
            if already_fresh and not stale and self._scheme == "digest":
                return False
            self._scheme, self._challenge, self._nc = "digest", ch, 0
            return True
        if "basic" in challenges and self._scheme != "basic":
            self._scheme = "basic"
            return True
        return False


def parse_challenges(values: list[str]) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` header values as {scheme (lower case): {parameter: value}}."""
    out: dict[str, dict[str, str]] = {}
    for value in values:
        current: dict[str, str] | None = None
        for item in urllib.request.parse_http_list(value):
            m = re.match(r"^([A-Za-z][\w.+-]*)(?:\s+(.*))?$", item.strip())
            if m and (m.group(2) is None or "=" in m.group(2)) and "=" not in m.group(1):
                # "Digest realm=…" starts a new challenge; "Basic" alone is one too.
                current = out.setdefault(m.group(1).lower(), {})
                item = m.group(2) or ""
            if current is not None and "=" in item:
                k, v = item.split("=", 1)
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                current[k.strip().lower()] = v
    return out


_DIGEST_HASHES: dict[str, Callable[[bytes], Any]] = {
    "MD5": hashlib.md5, "SHA-256": hashlib.sha256, "SHA-512-256": lambda b: hashlib.new("sha512_256", b)}


def digest_authorization(challenge: dict[str, str], user: str, password: str, method: str, uri: str,
                         nc: int) -> str:
    """The ``Authorization: Digest`` answer to a challenge (RFC 7616: MD5 or SHA-256, qop auth or none)."""
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    if base not in _DIGEST_HASHES:
        raise PushError(f"the server asks for Digest with {algorithm}, which kommungraf does not support")
    hash_fn = _DIGEST_HASHES[base]

    def h(text: str) -> str:
        return hash_fn(text.encode("utf-8")).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge.get("nonce", "")
    cnonce = secrets.token_hex(8)
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    fields = {"username": user, "realm": realm, "nonce": nonce, "uri": uri}
    if "auth" in qops:
        ncv = f"{nc:08x}"
        response = h(f"{ha1}:{nonce}:{ncv}:{cnonce}:auth:{ha2}")
        extra = f", qop=auth, nc={ncv}, cnonce=\"{cnonce}\""
    elif not qops:
        response, extra = h(f"{ha1}:{nonce}:{ha2}"), ""
    else:
        raise PushError(f"the server asks for Digest with qop={challenge.get('qop')}, which is not supported")
    quoted = ", ".join(f'{k}="{v}"' for k, v in fields.items())
    opaque = f', opaque="{challenge["opaque"]}"' if "opaque" in challenge else ""
    return f'Digest {quoted}, algorithm={algorithm}, response="{response}"{extra}{opaque}'


def _status_message(status: int, reason: str, text: str, where: str, creds: Credentials,
                    scheme: str | None) -> str:
    """One line on what a refusal means and what to do about it."""
    if status == 401:
        if not creds:
            return f"{where}: 401 Unauthorized: the store wants credentials (--user/--password or --token)"
        how = "token" if creds.token else f"user {creds.user!r} ({scheme or 'no scheme offered'})"
        return f"{where}: 401 Unauthorized: the store refused the credentials of {how}"
    if status == 403:
        return (f"{where}: 403 Forbidden: the account may not write graphs here "
                f"(Virtuoso: the user needs the SPARQL_UPDATE role)")
    if status == 404:
        return f"{where}: 404 Not Found: no Graph Store Protocol service at this URL; check --graph-store"
    if status == 405:
        return f"{where}: 405 Method Not Allowed: the service refuses PUT (a read-only endpoint?)"
    detail = " ".join(re.sub(r"<[^>]+>", " ", text).split())[:200]
    hint = ""
    if where.endswith("?default") and status >= 400:
        hint = (" (this store has no default graph of its own to write: try --merged-graph IRI, or give it one; "
                "see docs/remote.md)")
    return f"{where}: {status} {reason}{': ' + detail if detail else ''}{hint}"


# ------------------------------------------------------------------------------------------------ pushing

def graph_sizes(store: GraphStore) -> dict[str | None, int]:
    """Triples in each named graph, and in the default graph (key None)."""
    out: dict[str | None, int] = {}
    res = store.oxigraph.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    for sol in res:
        out[sol["g"].value] = int(sol["n"].value)
    res = store.oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    out[None] = int(next(iter(res))["n"].value)
    return out


def push_store(store: GraphStore, endpoint: str | None = None, *, graph_store: str | None = None,
               credentials: Credentials | None = None, default_graph: str = "merged",
               merged_graph: str | None = None, body_format: str = "ntriples", timeout: float = 60.0,
               on_graph: Callable[[PushedGraph], None] | None = None) -> PushReport:
    """Write every named graph of ``store`` to a remote store by the Graph Store HTTP Protocol.

    ``endpoint`` is the remote's SPARQL query endpoint (the one ``kommungraf query --endpoint`` reads), from
    which the Graph Store URL is guessed unless ``graph_store`` gives it.  ``default_graph="merged"`` also
    replaces the remote default graph (or the named graph ``merged_graph``) with the store's merged graph;
    ``"none"`` leaves it alone.  Each graph is replaced whole, so pushing again duplicates nothing.
    """
    if default_graph not in DEFAULT_GRAPH_MODES:
        raise PushError(f"default_graph must be one of {', '.join(DEFAULT_GRAPH_MODES)}, not {default_graph!r}")
    if merged_graph is not None and default_graph == "none":
        raise PushError("a merged graph IRI was given, but the merged graph is not pushed (default graph: none)")
    if merged_graph is not None and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+$", merged_graph):
        raise PushError(f"not an IRI: {merged_graph!r}")
    if body_format not in BODY_FORMATS:
        raise PushError(f"body format must be one of {', '.join(BODY_FORMATS)}, not {body_format!r}")
    creds = credentials or Credentials()
    if graph_store is None:
        if endpoint is None:
            raise PushError("give the remote's SPARQL endpoint or its Graph Store URL")
        graph_store = guess_graph_store(endpoint, authenticated=bool(creds))
    client = GraphStoreClient(graph_store, creds, timeout=timeout)
    report = PushReport(client.url)
    sizes = graph_sizes(store)
    names = sorted(g for g in sizes if g is not None)
    if merged_graph in names:
        raise PushError(f"the merged graph's IRI {merged_graph} is one of the store's own graphs")
    jobs: list[tuple[str | None, ox.NamedNode | ox.DefaultGraph, bool]] = [
        (g, ox.NamedNode(g), False) for g in names]
    if default_graph == "merged":
        jobs.append((merged_graph, ox.DefaultGraph(), True))
    fmt, media_type = BODY_FORMATS[body_format]
    prefixes = _prefixes() if body_format == "turtle" else None
    t0 = time.perf_counter()
    try:
        for target, source, merged in jobs:
            t1 = time.perf_counter()
            with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as body:
                try:
                    store.oxigraph.dump(body, fmt, from_graph=source, prefixes=prefixes)
                except (OSError, ValueError) as e:
                    raise PushError(f"cannot serialise graph {target or 'default'}: {e}") from None
                length = body.tell()
                client.put(target, body, length, media_type)
            done = PushedGraph(target, sizes[None if merged else target], length, time.perf_counter() - t1,
                               merged)
            report.graphs.append(done)
            if on_graph is not None:
                on_graph(done)
    finally:
        client.close()
        report.requests = client.requests
        report.seconds = time.perf_counter() - t0
    return report


def _prefixes() -> dict[str, str]:
    from .export import prefixes

    return prefixes()


__all__ = ["Credentials", "GraphStoreClient", "PushError", "PushReport", "PushedGraph", "guess_graph_store",
           "push_store"]
