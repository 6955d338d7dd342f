"""The Python API, mirroring the CLI: ``kommungraf.open(store)`` → :class:`KnowledgeGraph`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import QueryError
from .pipeline import LoadReport, load
from .queries import NamedQuery, resolve
from .results import Rows, rows_from_json
from .store import GraphStore, default_store_path, python_value


class KnowledgeGraph:
    """A store of minutes' facts: load documents, run named or inline queries."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def load(self, paths: Iterable[str | Path] | str | Path, *, force: bool = False) -> LoadReport:
        """Load files or folders of minutes; unchanged documents are skipped."""
        from .ontology import load_ontology

        if isinstance(paths, (str, Path)):
            paths = [paths]
        load_ontology(self.store)
        return load(self.store, paths, force=force)

    def query(self, query: str | NamedQuery, **params: Any) -> Rows:
        """Run a SELECT query (a library name, a .rq path or SPARQL text) with parameters bound safely."""
        nq = resolve(query) if isinstance(query, str) else query
        # The embedded store is Oxigraph: a query's Oxigraph variant, if it has one (see kommungraf.queries).
        text = nq.render({k: str(v) for k, v in params.items()}, engine="oxigraph")
        res = self.store.query(text)
        if not hasattr(res, "variables"):
            raise QueryError("only SELECT queries return rows; use `export` or the server for CONSTRUCT")
        cols = [v.value for v in res.variables]
        # A solution iterates over its values in the order of the variables (None where unbound).
        return Rows(cols, [dict(zip(cols, map(python_value, sol), strict=True)) for sol in res])

    def export(self, output: str | Path, fmt: str | None = None, **options: Any) -> Any:
        """Write the graph to a file: turtle, ntriples, nquads, trig, jsonld or rdfxml (else from the suffix)."""
        from .export import export

        return export(self.store, output, fmt, **options)

    def network(self, kind: str, **filters: Any) -> Any:
        """A networkx graph of one kind (co-signing, endorsement, case-flow, agreements, membership)."""
        from .network import build_network

        return build_network(self, kind, **filters)

    def timeline(self, *, case: str | None = None, person: str | None = None, organisation: str | None = None,
                 **filters: Any) -> Any:
        """A case, a person, an organisation or a body over time (kommungraf.timeline.Timeline); filters as for
        networks."""
        return _timeline(self, case=case, person=person, organisation=organisation, **filters)

    def graphs(self) -> list[str]:
        return self.store.graphs()

    def __len__(self) -> int:
        return len(self.store)


class RemoteGraph:
    """A remote SPARQL endpoint, queried through SPARQLWrapper, with the same ``query`` as the local store."""

    def __init__(self, endpoint: str, *, default_graph: str | None = None) -> None:
        self.endpoint = endpoint
        self.default_graph = default_graph  # sent as default-graph-uri (e.g. the merged graph pushed to Virtuoso)

    def query(self, query: str | NamedQuery, **params: Any) -> Rows:
        from SPARQLWrapper import JSON, SELECT, SPARQLWrapper

        nq = resolve(query) if isinstance(query, str) else query
        text = nq.render({k: str(v) for k, v in params.items()})
        sw = SPARQLWrapper(self.endpoint, defaultGraph=self.default_graph)
        sw.setQuery(text)
        # SPARQLWrapper guesses the query form from keywords anywhere in the text, comments too ("the loaded
        # minutes" reads as LOAD, an update, which it then sends without the query): rows come from SELECTs.
        sw.queryType = SELECT
        sw.setReturnFormat(JSON)
        try:
            data = sw.queryAndConvert()
        except Exception as e:  # SPARQLWrapper raises many unrelated types for HTTP and parse errors
            raise QueryError(f"{self.endpoint}: {remote_error(e)}") from None
        return rows_from_json(data)  # type: ignore[arg-type]


def remote_error(e: Exception) -> str:
    """One line for an error of SPARQLWrapper: its own words and what the server said, without the raw bytes it
    appends ("EndPointNotFound: …\\n\\nResponse:\\nb'{\\"error\\": …}'")."""
    import ast
    import json

    head, _, response = str(e).partition("\n\nResponse:\n")
    head = head.strip().rstrip(".")
    if not response:
        return head
    try:
        raw = ast.literal_eval(response.strip())
        said = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    except (ValueError, SyntaxError):
        said = response
    try:
        said = str(json.loads(said).get("error") or said)
    except (ValueError, AttributeError):
        pass
    said = " ".join(said.split())
    return f"{head}; the server said: {said[:300]}{'…' if len(said) > 300 else ''}"


def _remote_network(self: RemoteGraph, kind: str, **filters: Any) -> Any:
    """The same networks from a remote endpoint."""
    from .network import build_network

    return build_network(self, kind, **filters)


RemoteGraph.network = _remote_network  # type: ignore[attr-defined]


def _timeline(source: KnowledgeGraph | RemoteGraph, *, case: str | None = None, person: str | None = None,
              organisation: str | None = None, limit: int | None = None, **filters: Any) -> Any:
    from .filters import Filters
    from .timeline import DEFAULT_LIMIT, build_timeline

    return build_timeline(source, case=case, person=person, organisation=organisation, filters=Filters(**filters),
                          limit=DEFAULT_LIMIT if limit is None else limit)


RemoteGraph.timeline = _timeline  # type: ignore[attr-defined]


def open_store(path: str | Path | None = None, *, read_only: bool = False,
               memory: bool = False) -> KnowledgeGraph:
    """Open (or create) the on-disk store at ``path`` (default: ``$KOMMUNGRAF_STORE`` or ``.kommungraf/store``)."""
    if memory:
        return KnowledgeGraph(GraphStore(None))
    return KnowledgeGraph(GraphStore(path or default_store_path(), read_only=read_only))


def open_endpoint(url: str, *, default_graph: str | None = None) -> RemoteGraph:
    return RemoteGraph(url, default_graph=default_graph)


__all__ = ["KnowledgeGraph", "RemoteGraph", "open_endpoint", "open_store", "python_value"]
