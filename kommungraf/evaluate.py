"""The extraction-quality harness: load documents into a fresh store, read facts back with SPARQL, score them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .pipeline import build, expand_paths
from .readback import document_facts
from .score import FACT_TYPES, Counts, DocumentScore, aggregate, score_document
from .store import GraphStore


@dataclass
class Evaluation:
    documents: dict[str, DocumentScore] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def totals(self) -> tuple[Counts, dict[str, Counts]]:
        return aggregate(self.documents)

    def as_dict(self) -> dict[str, Any]:
        overall, by_type = self.totals()
        return {
            "overall": overall.as_dict(),
            "by_type": {t: by_type[t].as_dict() for t in FACT_TYPES if t in by_type},
            "by_document": {d: {**s.total.as_dict(), **({"error": self.errors[d]} if d in self.errors else {})}
                            for d, s in sorted(self.documents.items())},
        }


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no gold file") from None
    except json.JSONDecodeError as e:
        raise GoldError(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file must hold one JSON object")
    return data


def evaluate(docs: Path, gold: Path) -> Evaluation:
    """Score every document in ``docs`` that has a gold file in ``gold``; unreadable documents score zero."""
    ev = Evaluation()
    files = [f for f in expand_paths([docs]) if (gold / (f.stem + ".json")).exists()]
    if not files:
        raise GoldError(f"no document in {docs} has a gold file in {gold}")
    for f in files:
        g = load_gold(gold / (f.stem + ".json"))
        store = GraphStore(None)  # a fresh store per document: nothing leaks between documents
        b = build(f)
        predicted = None
        if b.error is None and b.graph is not None and b.graph_iri is not None:
            store.replace_graph(b.graph_iri, b.graph)
            predicted = document_facts(store, str(b.graph_iri))
            ev.facts[f.name] = predicted
        else:
            ev.errors[f.name] = b.error or "unknown error"
        ev.documents[f.name] = score_document(predicted, g)
    return ev


def write_facts(ev: Evaluation, out: Path) -> None:
    """Write the facts read back from the graph, one gold-format JSON file per document."""
    out.mkdir(parents=True, exist_ok=True)
    for name, facts in ev.facts.items():
        (out / (Path(name).stem + ".json")).write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8")
