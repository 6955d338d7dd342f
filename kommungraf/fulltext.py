"""Full-text search of the minutes: an SQLite FTS5 index beside the store, one row per paragraph (§).

The index is the file ``<store>.fts.sqlite`` next to the store folder (``.kommungraf/store.fts.sqlite`` for the
default store): outside the Oxigraph folder, so it never confuses RocksDB, and derived only from the store, so
deleting it loses nothing — :func:`sync` rebuilds it.

Swedish word forms: FTS5 cannot call a Python tokenizer, so words are stemmed here, both when indexing and when
querying, and FTS5 indexes the stems with ``unicode61 remove_diacritics 0`` (å, ä and ö stay distinct letters:
"får" is not "far").  The stemmer is a small suffix stripper after the Snowball Swedish algorithm's steps,
extended with the definite endings -et and -ets.  Query words of three letters or more also match as
prefixes, so "polis" finds "polisen" (by stem) and "polisregion" (by prefix), as Swedish compounds want.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import URIRef

from .errors import StoreError
from .store import GraphStore

SCHEMA_VERSION = 2
SUFFIX = ".fts.sqlite"
#: bm25 weights of the indexed columns: a word in the title counts most, the body and town least.
WEIGHTS = (4.0, 1.0, 0.5)

# ---------------------------------------------------------------------------------------------- stemming

_VOWELS = frozenset("aeiouyäåö")
_STEP1 = sorted((
    "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden",
    "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes",
    "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast", "et", "ets",
), key=len, reverse=True)
_S_ENDING = frozenset("bcdfghjklmnoprtvy")
_DOUBLE = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")
_WORD = re.compile(r"[^\W_]+")


def _r1(word: str) -> int:
    """Start of R1: after the first non-vowel that follows a vowel, but at least three letters in."""
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return max(i + 1, 3)
    return len(word)


def stem(word: str) -> str:
    """A Swedish word without its inflectional ending: nämnden, nämnder, nämndernas → nämnd."""
    w = word.casefold()
    if len(w) < 3 or not w.isalpha():
        return w
    r1 = _r1(w)
    for suffix in _STEP1:
        if w.endswith(suffix) and len(w) - len(suffix) >= r1:
            w = w[: -len(suffix)]
            break
    else:
        if w.endswith("s") and len(w) - 1 >= r1 and w[-2] in _S_ENDING:
            w = w[:-1]
    if w.endswith(_DOUBLE) and len(w) - 2 >= r1:
        w = w[:-1]
    if w.endswith(("löst", "fullt")) and len(w) - 4 >= r1:
        w = w[:-1]
    else:
        for suffix in ("lig", "els", "ig"):
            if w.endswith(suffix) and len(w) - len(suffix) >= r1:
                w = w[: -len(suffix)]
                break
    return w


def words(text: str) -> list[str]:
    """The words (letters and digits) of a text, case-folded."""
    return [w.casefold() for w in _WORD.findall(text)]


def terms(text: str) -> str:
    """What FTS5 indexes for a text: its stems, separated by spaces."""
    return " ".join(stem(w) for w in words(text))


# ---------------------------------------------------------------------------------------------- the index

@dataclass(frozen=True)
class ParagraphText:
    """One paragraph (§) as the index sees it."""

    iri: str
    municipality: str = ""
    body: str = ""
    date: str = ""
    number: str = ""
    title: str = ""
    text: str = ""
    case_numbers: str = ""


@dataclass(frozen=True)
class Hit:
    """A paragraph found by :func:`search`; a lower ``score`` is a better match (bm25)."""

    paragraph: str
    document: str
    municipality: str
    body: str
    date: str
    number: str
    title: str
    snippet: str
    score: float


@dataclass(frozen=True)
class SyncReport:
    indexed: tuple[str, ...]
    dropped: tuple[str, ...]
    unchanged: int


def index_path(store_path: str | Path) -> Path:
    """Where the index of the store at ``store_path`` lives: ``<store>.fts.sqlite`` beside it."""
    p = Path(store_path).resolve()
    return p.with_name(p.name + SUFFIX)


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents(graph TEXT PRIMARY KEY, version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS paragraphs(
    id INTEGER PRIMARY KEY, iri TEXT NOT NULL, graph TEXT NOT NULL, municipality TEXT, body TEXT,
    date TEXT, number TEXT, title TEXT, text TEXT, case_numbers TEXT);
CREATE INDEX IF NOT EXISTS paragraphs_graph ON paragraphs(graph);
CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(title, text, context,
    tokenize = 'unicode61 remove_diacritics 0');
PRAGMA user_version = {SCHEMA_VERSION};
"""


def connect(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open (and, unless ``read_only``, create) the index; an index of another schema version is rebuilt."""
    path = Path(path)
    if read_only:
        if not path.is_file():
            raise StoreError(f"no full-text index at {path}; it is built by `kommungraf search` or the server")
        fts = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        fts.row_factory = sqlite3.Row
        return fts
    fts = sqlite3.connect(path, timeout=30, isolation_level=None)  # transactions are explicit below
    fts.row_factory = sqlite3.Row
    fts.execute("PRAGMA journal_mode = WAL")  # searches read while a sync writes
    if fts.execute("PRAGMA user_version").fetchone()[0] not in (0, SCHEMA_VERSION):
        fts.executescript("DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS paragraphs; "
                          "DROP TABLE IF EXISTS terms;")
    fts.executescript(_SCHEMA)
    return fts


def drop_document(fts: sqlite3.Connection, graph_iri: str) -> None:
    """Remove a document's paragraphs (call inside a transaction)."""
    fts.execute("DELETE FROM terms WHERE rowid IN (SELECT id FROM paragraphs WHERE graph = ?)", (graph_iri,))
    fts.execute("DELETE FROM paragraphs WHERE graph = ?", (graph_iri,))
    fts.execute("DELETE FROM documents WHERE graph = ?", (graph_iri,))


def index_document(fts: sqlite3.Connection, graph_iri: str, paragraphs: Iterable[ParagraphText],
                   version: str = "") -> int:
    """Replace a document's paragraphs in the index (call inside a transaction); returns how many."""
    drop_document(fts, graph_iri)
    n = 0
    for p in paragraphs:
        cur = fts.execute("INSERT INTO paragraphs(iri, graph, municipality, body, date, number, title, text, "
                          "case_numbers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (p.iri, graph_iri, p.municipality, p.body, p.date, p.number, p.title, p.text,
                           p.case_numbers))
        context = terms(f"{p.municipality} {p.body} {p.case_numbers}")
        fts.execute("INSERT INTO terms(rowid, title, text, context) VALUES (?, ?, ?, ?)",
                    (cur.lastrowid, terms(p.title), terms(p.text), context))
        n += 1
    fts.execute("INSERT INTO documents(graph, version) VALUES (?, ?)", (graph_iri, version))
    return n


# ---------------------------------------------------------------------------------------------- from the store

_PREFIXES = """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
"""
_VERSIONS = _PREFIXES + """SELECT ?g ?sha ?software WHERE {
  GRAPH ?g { ?g kg:sha256 ?sha . OPTIONAL { ?g prov:wasAttributedTo ?software } } }"""
_PARAGRAPHS = _PREFIXES + """
SELECT ?g ?par ?number ?title ?date ?body ?municipality ?full ?case_number WHERE { GRAPH ?g {
  ?par a besluit:BehandelingVanAgendapunt ; kg:paragraphNumber ?number .
  OPTIONAL { ?par dct:title ?title }
  OPTIONAL { ?par kg:atMeeting/dct:date ?date }
  OPTIONAL { ?par kg:body/skos:prefLabel ?body }
  OPTIONAL { ?g kg:municipality/skos:prefLabel ?municipality }
  OPTIONAL { ?par kg:text ?full }
  OPTIONAL { ?par kg:citesCaseNumber/skos:notation ?case_number }
} } ORDER BY ?par ?case_number"""
# The words of a paragraph the graph holds today: its decision points, proposals and statements, in order.
_PARTS = _PREFIXES + """SELECT ?g ?par ?text WHERE { GRAPH ?g {
  ?par a besluit:BehandelingVanAgendapunt .
  { ?par kg:hasDecision/kg:hasPoint ?part . ?part rdf:value ?text ; kg:position ?pos . BIND(1 AS ?kind) }
  UNION { ?par kg:hasProposal ?part . ?part kg:text ?text . BIND(2 AS ?kind) }
  UNION { ?par kg:hasStatement ?part . ?part kg:text ?text . BIND(3 AS ?kind) }
} } ORDER BY ?par ?kind ?pos STR(?part)"""


def _value(term: object) -> str:
    return "" if term is None else str(term.value)  # type: ignore[attr-defined]


def paragraphs_of(store: GraphStore, graph_iri: str) -> list[ParagraphText]:
    """The paragraphs of one document's named graph, with the text the graph holds for each.

    A paragraph's own ``kg:text`` (its full wording), when the graph has one, is used as its text; until then
    the text is its decision points, proposals and statements.
    """
    g = {"g": URIRef(graph_iri)}
    parts: dict[str, list[str]] = {}
    for row in store.query(_PARTS, g):
        parts.setdefault(_value(row["par"]), []).append(_value(row["text"]))
    out: dict[str, ParagraphText] = {}
    cases: dict[str, list[str]] = {}
    for row in store.query(_PARAGRAPHS, g):
        iri = _value(row["par"])
        cn = _value(row["case_number"])
        if cn and cn not in cases.setdefault(iri, []):
            cases[iri].append(cn)
        if iri in out:  # another case number, or a second title or label: the first will do for search
            continue
        text = _value(row["full"]) or "\n".join(parts.get(iri, []))
        out[iri] = ParagraphText(iri, _value(row["municipality"]), _value(row["body"]), _value(row["date"]),
                                 _value(row["number"]), _value(row["title"]), text)
    return [replace(p, case_numbers=", ".join(cases.get(p.iri, []))) for p in out.values()]


def sync(store: GraphStore | str | Path, index: str | Path | None = None) -> SyncReport:
    """Bring the index in step with the store: reindex documents whose source hash or software version
    changed, drop documents no longer in the store.  Cheap when nothing changed (one SPARQL query)."""
    if not isinstance(store, GraphStore):
        store = GraphStore(store, read_only=True)
    if store.path is None and index is None:
        raise StoreError("an in-memory store needs an explicit index path")
    index = Path(index) if index is not None else index_path(store.path)  # type: ignore[arg-type]
    in_store = {_value(r["g"]): f"{_value(r['sha'])} {_value(r['software'])}" for r in store.query(_VERSIONS)}
    fts = connect(index)
    try:
        fts.execute("BEGIN IMMEDIATE")  # one writer at a time: the server and a load may both sync
        indexed_before = {r["graph"]: r["version"] for r in fts.execute("SELECT graph, version FROM documents")}
        dropped = tuple(sorted(set(indexed_before) - set(in_store)))
        for graph in dropped:
            drop_document(fts, graph)
        changed = tuple(sorted(g for g, v in in_store.items() if indexed_before.get(g) != v))
        for graph in changed:
            index_document(fts, graph, paragraphs_of(store, graph), in_store[graph])
        fts.execute("COMMIT")
    except BaseException:
        if fts.in_transaction:
            fts.execute("ROLLBACK")
        raise
    finally:
        fts.close()
    return SyncReport(changed, dropped, len(in_store) - len(changed))


# ---------------------------------------------------------------------------------------------- searching

_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')


def match_expression(query: str) -> str:
    """An FTS5 query from what a person typed: every word must match, ``OR`` between two words (or phrases)
    lets either match, a "quoted phrase" matches as a phrase; words are stemmed and, from three letters,
    match as prefixes.  Every term is built from stems of letters and digits and quoted, so no input is FTS5
    syntax.
    """
    groups: list[list[str]] = []
    pending_or = False
    for m in _QUERY_PART.finditer(query):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            pending_or = bool(groups)
            continue
        stems = [stem(w) for w in words(phrase if phrase is not None else word)]
        if not stems:
            continue
        if phrase is not None:
            unit = '"' + " ".join(stems) + '"'
        else:
            parts = [f'"{s}"*' if len(s) >= 3 and s.isalpha() else f'"{s}"' for s in stems]
            unit = parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"
        if pending_or:
            groups[-1].append(unit)
        else:
            groups.append([unit])
        pending_or = False
    # FTS5 binds AND tighter than OR; people mean "a b OR c" as a AND (b OR c), hence the parentheses (and
    # the explicit ANDs: FTS5 has no implicit AND before a parenthesis).
    return " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)


def _snippet(text: str, stems: set[str], width: int = 200) -> str:
    """About ``width`` characters of ``text`` around its first word that matches one of ``stems``."""
    for m in _WORD.finditer(text):
        s = stem(m.group())
        if any(s.startswith(q) for q in stems):
            start = max(0, m.start() - width // 3)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            piece = text[start:start + width]
            return ("…" if start else "") + " ".join(piece.split()) + ("…" if start + width < len(text) else "")
    return " ".join(text[:width].split()) + ("…" if len(text) > width else "")


def search(index: str | Path, query: str, *, limit: int = 20) -> list[Hit]:
    """Paragraphs matching ``query``, best first (bm25; title words weigh most), one hit per paragraph."""
    expr = match_expression(query)
    if not expr:
        return []
    fts = connect(index, read_only=True)
    try:
        # bm25() works only in a plain query of the FTS table, so rank first and join and de-duplicate after
        # (two documents of one meeting, say a protocol and an extract, give the same paragraph twice).
        rows = fts.execute(f"""
            WITH ranked AS MATERIALIZED (
                SELECT rowid, bm25(terms, {", ".join(map(str, WEIGHTS))}) AS score FROM terms WHERE terms MATCH ?)
            SELECT p.iri, p.graph, p.municipality, p.body, p.date, p.number, p.title, p.text,
                   MIN(ranked.score) AS score
            FROM ranked JOIN paragraphs p ON p.id = ranked.rowid
            GROUP BY p.iri ORDER BY score, p.date DESC, p.iri LIMIT ?""", (expr, limit)).fetchall()
    except sqlite3.OperationalError as e:
        raise StoreError(f"full-text search failed: {e}") from None
    finally:
        fts.close()
    stems = {stem(w) for w in words(query) if w != "or"}
    return [Hit(r["iri"], r["graph"], r["municipality"] or "", r["body"] or "", r["date"] or "", r["number"] or "",
                r["title"] or "", _snippet(r["text"] or r["title"] or "", stems), round(r["score"], 4))
            for r in rows]
