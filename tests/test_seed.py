"""The seed paragraph end to end: load, store, read back, score, validate."""

from __future__ import annotations

import json

from conftest import SEED

from kommungraf.cli import main
from kommungraf.evaluate import evaluate
from kommungraf.store import GraphStore


def test_the_seed_scores_f1_one_with_facts_read_back_from_the_graph(corpus, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / SEED).write_bytes((corpus / "docs" / SEED).read_bytes())
    ev = evaluate(docs, corpus / "gold")
    overall, by_type = ev.totals()
    assert overall.f1 == 1.0, ev.documents[SEED].errors
    assert {"statement", "endorsement", "agreement_party", "case", "referral"} <= set(by_type)


def test_loading_the_seed_twice_leaves_the_triples_of_one_load(corpus, tmp_path):
    store = tmp_path / "store"
    seed = str(corpus / "docs" / SEED)
    assert main(["load", seed, "--store", str(store), "--quiet"]) == 0
    first = len(GraphStore(store, read_only=True))
    assert main(["load", seed, "--store", str(store), "--quiet", "--force"]) == 0
    assert len(GraphStore(store, read_only=True)) == first > 100


def test_the_loaded_seed_conforms_to_the_shapes(corpus, tmp_path):
    from kommungraf.validate import validate_store

    store = tmp_path / "store"
    main(["load", str(corpus / "docs" / SEED), "--store", str(store), "--quiet"])
    assert validate_store(GraphStore(store, read_only=True)) == []


def test_every_fact_of_the_seed_points_back_to_its_text(corpus):
    from kommungraf.pipeline import extract_file

    m = extract_file(corpus / "docs" / SEED)
    text = m.source.text
    p = m.paragraphs[0]
    assert text[p.case_numbers[0].span.start:p.case_numbers[0].span.end] == "KS 2019/656"
    assert text[p.staff_report_date.span.start:p.staff_report_date.span.end] == "7 augusti 2019"
    lisa = p.statements[1].by[0]
    assert text[lisa.span.start:lisa.span.end].startswith("Lisa Palm")


def test_evaluate_writes_json_and_facts_in_the_gold_format(corpus, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / SEED).write_bytes((corpus / "docs" / SEED).read_bytes())
    out = tmp_path / "e.json"
    facts = tmp_path / "facts"
    assert main(["evaluate", "--docs", str(docs), "--gold", str(corpus / "gold"), "--json", str(out),
                 "--facts", str(facts)]) == 0
    data = json.loads(out.read_text())
    assert data["overall"]["f1"] == 1.0
    assert set(data) == {"overall", "by_type", "by_document"}
    back = json.loads((facts / (SEED[:-4] + ".json")).read_text())
    assert back["paragraphs"][0]["referred_by"] == "Kommunstyrelsen"
    assert back["paragraphs"][0]["statements"][1]["endorses"] == 0
