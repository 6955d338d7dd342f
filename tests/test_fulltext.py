"""Full-text search: Swedish word forms, ranking, safe query syntax, and an index kept in step with the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES
from rdflib import Graph, Literal, URIRef

import kommungraf
from kommungraf import fulltext as ft
from kommungraf.vocab import KG

KS_21 = "https://w3id.org/kommungraf/id/kommun/solna-stad/organ/kommunstyrelsen/sammantrade/2024-02-12/paragraf/21"
SN_14 = "https://w3id.org/kommungraf/id/kommun/solna-stad/organ/socialnämnden/sammantrade/2024-03-07/paragraf/14"


@pytest.fixture
def kg():
    g = kommungraf.open(memory=True)
    assert not g.load(EXAMPLES).failed
    return g


@pytest.mark.parametrize("forms", [
    ("nämnd", "nämnden", "nämnder", "nämnderna", "nämndernas", "nämndens"),
    ("avtal", "avtalet", "avtalen", "avtalets"),
    ("polis", "polisen", "polisens"),
    ("kommun", "kommunen", "kommuner", "kommunerna", "kommunens"),
    ("beslut", "beslutet", "besluten"),
])
def test_swedish_word_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    assert {ft.stem(f) for f in forms} == {ft.stem(forms[0])}


def test_a_a_and_o_with_dots_and_rings_stay_distinct_letters() -> None:
    assert ft.stem("får") != ft.stem("far") and ft.stem("för") != ft.stem("for")
    assert ft.terms("Socialnämnden i Göteborg") == "socialnämnd i göteborg"


def test_what_a_person_types_becomes_a_safe_fts5_query() -> None:
    assert ft.match_expression("samverkan polisen") == '"samverkan"* AND "polis"*'
    assert ft.match_expression('"Solna centrum" OR trygghet') == '("soln centrum" OR "trygg"*)'
    assert ft.match_expression("avtal polis OR region") == '"avtal"* AND ("polis"* OR "region"*)'
    # FTS5 operators and quotes in the input are words or nothing, never syntax
    assert ft.match_expression('NEAR(a b) * "" ^x OR') == '("near"* AND "a") AND "b" AND "x"'
    assert ft.match_expression("  ") == ""


def test_search_ranks_title_words_above_body_words_and_finds_prefixes(tmp_path: Path) -> None:
    index = tmp_path / "i.fts.sqlite"
    fts = ft.connect(index)
    fts.execute("BEGIN")
    ft.index_document(fts, "urn:doc:1", [
        ft.ParagraphText("urn:p:body", "Solna stad", "Socialnämnden", "2024-01-01", "1", "Budget",
                         "Nämnden talar om samverkan med polisen."),
        ft.ParagraphText("urn:p:title", "Solna stad", "Kommunstyrelsen", "2024-02-01", "2",
                         "Samverkan med polisen", "Ett avtal."),
        ft.ParagraphText("urn:p:other", "Solna stad", "Kommunstyrelsen", "2024-03-01", "3", "Skolor",
                         "Inget om det."),
        ft.ParagraphText("urn:p:compound", "Solna stad", "Kommunstyrelsen", "2024-04-01", "4",
                         "Avtal med Polisregion Stockholm", "Samverkansavtal."),
        # bm25 needs words to be rare to weigh them: paragraphs about other things
        *(ft.ParagraphText(f"urn:p:filler{i}", "Solna stad", "Kommunstyrelsen", "2024-05-01", str(10 + i),
                           f"Detaljplan {i}", "Planen antas.") for i in range(12)),
    ])
    fts.execute("COMMIT")
    hits = ft.search(index, "samverkan polis")
    assert hits[0].paragraph == "urn:p:title"  # both words in the title
    assert {h.paragraph for h in hits} == {"urn:p:title", "urn:p:body", "urn:p:compound"}  # compounds by prefix
    assert hits[0].score <= hits[1].score <= hits[2].score
    assert "samverkan med polisen" in next(h for h in hits if h.paragraph == "urn:p:body").snippet
    assert [h.paragraph for h in ft.search(index, "skolorna")] == ["urn:p:other"]
    assert len(ft.search(index, "polis", limit=1)) == 1


def test_sync_indexes_the_store_drops_removed_documents_and_skips_unchanged_ones(kg, tmp_path: Path) -> None:
    index = tmp_path / "x.fts.sqlite"
    first = ft.sync(kg.store, index)
    assert len(first.indexed) == 2 and first.dropped == ()
    hits = ft.search(index, "samverkan polisen")
    assert {h.paragraph for h in hits} == {KS_21, SN_14}
    ks = next(h for h in hits if h.paragraph == KS_21)
    assert (ks.municipality, ks.body, ks.date, ks.number) == ("Solna stad", "Kommunstyrelsen", "2024-02-12", "21")
    assert "Polisregion Stockholm" in ks.title
    assert ft.sync(kg.store, index) == ft.SyncReport((), (), 2)  # nothing changed: nothing done
    kg.store.remove_graph(URIRef(ks.document))
    assert ft.sync(kg.store, index).dropped == (ks.document,)
    assert {h.paragraph for h in ft.search(index, "samverkan polisen")} == {SN_14}


def test_case_numbers_decision_points_and_statements_are_searchable(kg, tmp_path: Path) -> None:
    index = tmp_path / "x.fts.sqlite"
    ft.sync(kg.store, index)
    assert [h.paragraph for h in ft.search(index, "SN 2024/0043")] == [SN_14]
    assert [h.paragraph for h in ft.search(index, "remitteras")] == [KS_21]  # a decision point
    assert [h.paragraph for h in ft.search(index, "socialtjänstens fältarbete")] == [SN_14]  # a statement
    assert [h.paragraph for h in ft.search(index, "återremitteras")] == [KS_21]  # a proposal


def test_a_paragraphs_own_text_is_indexed_when_the_graph_has_it(kg, tmp_path: Path) -> None:
    doc = "https://w3id.org/kommungraf/id/dokument/solna-ks-2024-02-12-protokollsutdrag"
    g = kg.store.graph_triples(doc)
    g.add((URIRef(KS_21), KG.text, Literal("Trygghetsvandringar i Solna centrum diskuterades.", lang="sv")))
    g.remove((URIRef(doc), KG.sha256, None))
    g.add((URIRef(doc), KG.sha256, Literal("changed")))  # a reload with new content
    kg.store.replace_graph(URIRef(doc), _copy(g))
    index = tmp_path / "x.fts.sqlite"
    ft.sync(kg.store, index)
    assert [h.paragraph for h in ft.search(index, "trygghetsvandring")] == [KS_21]


def _copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def test_kommungraf_search_prints_ranked_hits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kommungraf.cli import main

    store = tmp_path / "store"
    kg = kommungraf.open(str(store))
    kg.load(EXAMPLES)
    del kg
    assert main(["search", "samverkan", "polis", "--store", str(store), "--format", "json", "--limit", "1"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 1 and hits[0]["paragraph"] in (KS_21, SN_14)
    assert set(hits[0]) >= {"municipality", "body", "date", "number", "title", "paragraph", "score"}
    assert ft.index_path(store) == tmp_path / "store.fts.sqlite" and ft.index_path(store).is_file()
    assert main(["search", "trygghet", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "Solna stad" in out and "Kommunstyrelsen" in out
    # The shell passes 'search "polisen samverkan"' as one word with a space: a phrase, which no paragraph has,
    # while the two words apart are in two paragraphs.
    def found(*words: str) -> int:
        assert main(["search", *words, "--store", str(store), "--format", "json"]) == 0
        return len(json.loads(capsys.readouterr().out))

    assert found("polisen", "samverkan") == 2
    assert found("polisen samverkan") == found('"polisen samverkan"') == 0
    assert found("polisen samverkan", "OR", "trygghet") == found("trygghet") > 0
