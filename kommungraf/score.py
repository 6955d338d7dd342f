"""Scoring extracted facts against gold files, as ``../shared/corpus/README.md`` defines it.

Each field becomes a set of fact tuples, compared as sets after normalisation (NFC, whitespace collapsed,
names case-folded).  A field absent from the gold is not scored; an empty list, ``false`` or ``null`` is scored
(anything extracted there is a false positive); a paragraph the gold does not list counts against precision.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

FACT_TYPES = ("person", "role", "paragraph", "case", "referral", "decision_count", "adjustment",
              "staff_report_date", "proposal", "vote", "reservation", "statement", "endorsement",
              "agreement_party", "organisation", "meeting")

Fact = tuple[Any, ...]


def norm(s: Any) -> Any:
    if s is None or isinstance(s, (bool, int)):
        return s
    return " ".join(unicodedata.normalize("NFC", str(s)).split())


def name(s: Any) -> Any:
    n = norm(s)
    return n.casefold() if isinstance(n, str) else n


_PARAGRAPH_FIELDS = {
    "title": "paragraph", "case_numbers": "case", "referred_by": "referral", "decision_count": "decision_count",
    "immediate_adjustment": "adjustment", "staff_report_date": "staff_report_date", "proposals": "proposal",
    "vote": "vote", "reservations": "reservation", "statements": "statement", "agreements": "agreement_party",
}


def paragraph_facts(p: dict[str, Any]) -> dict[str, set[Fact]]:
    """The fact tuples of one paragraph, keyed by type; a type is present only where the field is."""
    num = norm(p.get("number"))
    out: dict[str, set[Fact]] = {}
    if "title" in p:
        out["paragraph"] = {(num, norm(p["title"]))}
    if "case_numbers" in p:
        out["case"] = {(num, norm(c)) for c in p["case_numbers"] or []}
    if "referred_by" in p:
        out["referral"] = {(num, name(p["referred_by"]))} if p["referred_by"] else set()
    if "decision_count" in p:
        out["decision_count"] = {(num, p["decision_count"])} if p["decision_count"] is not None else set()
    if "immediate_adjustment" in p:
        out["adjustment"] = {(num,)} if p["immediate_adjustment"] else set()
    if "staff_report_date" in p:
        out["staff_report_date"] = {(num, p["staff_report_date"])} if p["staff_report_date"] else set()
    if "proposals" in p:
        out["proposal"] = {(num, name(x["name"])) for x in p["proposals"] or []}
    if "vote" in p:
        v = p["vote"]
        out["vote"] = {(num, v.get("yes"), v.get("no"), v.get("abstain"))} if v else set()
    if "reservations" in p:
        out["reservation"] = {(num, name(x["name"])) for x in p["reservations"] or []}
    if "statements" in p:
        sts = p["statements"] or []
        out["statement"] = {(num, norm(s["kind"]), name(b["name"])) for s in sts for b in s.get("by", [])}
        endorse: set[Fact] = set()
        for s in sts:
            idx = s.get("endorses")
            if idx is not None and 0 <= idx < len(sts):
                for b in s.get("by", []):
                    endorse.add((num, name(b["name"]), norm(sts[idx]["kind"])))
        out["endorsement"] = endorse
    if "agreements" in p:
        out["agreement_party"] = {(num, name(o)) for a in p["agreements"] or [] for o in a.get("parties", [])}
    return out


def document_facts(doc: dict[str, Any]) -> dict[str, set[Fact]]:
    """All fact tuples of one document (gold or extracted), keyed by type."""
    out: dict[str, set[Fact]] = {}
    if "persons" in doc:
        out["person"] = {(name(p["name"]), norm(p.get("party"))) for p in doc["persons"] or []}
        out["role"] = {(name(p["name"]), norm(r)) for p in doc["persons"] or [] for r in p.get("roles", [])}
    if "organisations" in doc:
        out["organisation"] = {(name(o),) for o in doc["organisations"] or []}
    if "meeting_date" in doc:
        out["meeting"] = {(name(doc.get("body")), doc["meeting_date"])} if doc["meeting_date"] else set()
    if "paragraphs" in doc:
        for p in doc["paragraphs"] or []:
            for t, facts in paragraph_facts(p).items():
                out.setdefault(t, set()).update(facts)
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class DocumentScore:
    by_type: dict[str, Counts] = field(default_factory=dict)
    errors: list[tuple[str, Fact]] = field(default_factory=list)  # ("fp"|"fn", fact) for reports

    @property
    def total(self) -> Counts:
        c = Counts()
        for v in self.by_type.values():
            c.add(v)
        return c


def score_document(predicted: dict[str, Any] | None, gold: dict[str, Any]) -> DocumentScore:
    """Compare one document's extracted facts with its gold; ``predicted=None`` (unreadable) scores zero."""
    gold_facts = document_facts(gold)
    pred_facts = document_facts(predicted) if predicted else {}
    # Paragraph fields the gold leaves out of a paragraph are not scored for that paragraph.
    gold_pars = {norm(p.get("number")): p for p in gold.get("paragraphs", []) or []}
    if predicted:
        for p in predicted.get("paragraphs", []) or []:
            g = gold_pars.get(norm(p.get("number")))
            if g is None:
                continue
            for fld, t in _PARAGRAPH_FIELDS.items():
                if fld not in g and t in pred_facts:
                    num = norm(p.get("number"))
                    pred_facts[t] = {f for f in pred_facts[t] if f[0] != num}
                    if fld == "statements":
                        pred_facts["endorsement"] = {f for f in pred_facts.get("endorsement", set())
                                                     if f[0] != num}
    result = DocumentScore()
    for t in FACT_TYPES:
        if t not in gold_facts:
            continue  # the gold does not score this field
        g = gold_facts[t]
        p = pred_facts.get(t, set())
        c = Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))
        result.by_type[t] = c
        result.errors += [("fp", (t, *f)) for f in sorted(p - g, key=str)]
        result.errors += [("fn", (t, *f)) for f in sorted(g - p, key=str)]
    return result


def aggregate(scores: dict[str, DocumentScore]) -> tuple[Counts, dict[str, Counts]]:
    """Micro-averaged totals overall and per fact type."""
    overall = Counts()
    by_type: dict[str, Counts] = defaultdict(Counts)
    for s in scores.values():
        for t, c in s.by_type.items():
            by_type[t].add(c)
            overall.add(c)
    return overall, dict(by_type)
