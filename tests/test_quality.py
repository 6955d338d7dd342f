"""Extraction quality, measured as the corpus README defines it, on the shared corpus and on our own documents."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from conftest import OWN_CORPUS

from kommungraf.evaluate import evaluate
from kommungraf.score import document_facts


def check(ev) -> None:
    overall, by_type = ev.totals()
    assert not ev.errors, ev.errors
    low = {t: round(c.f1, 3) for t, c in by_type.items() if c.f1 < 0.90}
    assert overall.f1 >= 0.97, (overall.f1, low)
    assert not low, low


@pytest.fixture(scope="module")
def shared_eval():
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not (corpus / "docs").is_dir():
        pytest.skip("../shared/corpus is not present (a fresh clone without the shared folder)")
    return evaluate(corpus / "docs", corpus / "gold"), corpus


def test_the_shared_corpus_scores_at_least_097_overall_and_090_for_every_fact_type(shared_eval):
    check(shared_eval[0])


def test_our_own_documents_in_other_layouts_score_the_same():
    check(evaluate(OWN_CORPUS / "docs", OWN_CORPUS / "gold"))


def test_the_held_out_documents_stay_above_095():
    """Ten documents written blind to the parser (tests/heldout); 0.837 before the parser saw them."""
    from conftest import ROOT

    ev = evaluate(ROOT / "tests" / "heldout" / "docs", ROOT / "tests" / "heldout" / "gold")
    overall, _ = ev.totals()
    assert not ev.errors and overall.f1 >= 0.95, overall.f1


def test_the_second_held_out_set_stays_above_096():
    """Six text and HTML documents written blind to the parser (tests/heldout2); 0.706 before the parser saw
    them (0.974 after the general fixes they prompted)."""
    from conftest import ROOT

    ev = evaluate(ROOT / "tests" / "heldout2" / "docs", ROOT / "tests" / "heldout2" / "gold")
    overall, _ = ev.totals()
    assert not ev.errors and overall.f1 >= 0.96, overall.f1


def test_the_third_held_out_set_stays_above_095():
    """Five PDF and DOCX documents written blind to the parser (tests/heldout3); 0.947 before the parser saw
    them (0.967 after the general fixes the second set prompted)."""
    from conftest import ROOT

    ev = evaluate(ROOT / "tests" / "heldout3" / "docs", ROOT / "tests" / "heldout3" / "gold")
    overall, _ = ev.totals()
    assert not ev.errors and overall.f1 >= 0.95, overall.f1


def test_every_fact_type_is_produced_for_every_file_format_in_the_corpus(shared_eval):
    import json

    ev, corpus = shared_eval
    wanted: dict[str, set[str]] = defaultdict(set)
    produced: dict[str, set[str]] = defaultdict(set)
    for doc in (corpus / "docs").iterdir():
        fmt = doc.suffix
        gold = json.loads((corpus / "gold" / (doc.stem + ".json")).read_text())
        wanted[fmt] |= {t for t, facts in document_facts(gold).items() if facts}
        produced[fmt] |= {t for t, facts in document_facts(ev.facts[doc.name]).items() if facts}
    assert set(wanted) == {".txt", ".pdf", ".docx", ".html"}
    for fmt in wanted:
        assert wanted[fmt] <= produced[fmt], (fmt, wanted[fmt] - produced[fmt])
