"""`kommungraf status`: coverage per municipality, body and year, and the paragraphs that lack something."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

import kommungraf
from kommungraf.commands.status import UNKNOWN, Coverage, coverage, totals
from kommungraf.vocab import BESLUIT, KG


@pytest.fixture
def kg():
    g = kommungraf.open(memory=True)
    assert not g.load(EXAMPLES).failed
    return g


def test_status_counts_documents_meetings_and_paragraphs_per_body_and_year(kg) -> None:
    assert coverage(kg.store) == [
        Coverage("Solna stad", "Kommunstyrelsen", "2024", documents=1, meetings=1, paragraphs=1),
        Coverage("Solna stad", "Socialnämnden", "2024", documents=1, meetings=1, paragraphs=1),
    ]


def test_status_counts_paragraphs_without_a_decision_a_title_or_a_case_number(kg) -> None:
    doc = URIRef("https://w3id.org/kommungraf/id/dokument/bare")
    g = Graph()
    g.add((doc, RDF.type, KG.MinutesDocument))
    for n in ("1", "2"):  # no meeting, body, title, case or decision: every gap, and no year
        par = URIRef(f"{doc}/paragraf/{n}")
        g.add((par, RDF.type, BESLUIT.BehandelingVanAgendapunt))
        g.add((par, KG.paragraphNumber, Literal(n)))
        g.add((par, KG.inDocument, doc))
    kg.store.replace_graph(doc, g)
    rows = coverage(kg.store)
    assert rows[-1] == Coverage(UNKNOWN, UNKNOWN, UNKNOWN, documents=1, meetings=0, paragraphs=2,
                                without_decision=2, without_title=2, without_case_number=2)
    assert totals(rows) == {"documents": 3, "meetings": 2, "paragraphs": 4, "without_decision": 2,
                            "without_title": 2, "without_case_number": 2}


def test_kommungraf_status_prints_json_and_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kommungraf.cli import main

    store = tmp_path / "store"
    kg = kommungraf.open(str(store))
    kg.load(EXAMPLES)
    del kg
    assert main(["status", "--store", str(store), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents_loaded"] == 2 and data["totals"]["paragraphs"] == 2
    assert {(r["body"], r["year"]) for r in data["coverage"]} == {("Kommunstyrelsen", "2024"),
                                                                  ("Socialnämnden", "2024")}
    assert main(["status", "--store", str(store)]) == 0
    assert "Socialnämnden" in capsys.readouterr().out
