"""Every named query runs on a small graph (the shipped examples) and gives the known answer."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

import kommungraf
from kommungraf.errors import QueryError
from kommungraf.queries import library, resolve


@pytest.fixture(scope="module")
def kg():
    g = kommungraf.open(memory=True)
    report = g.load(EXAMPLES)
    assert not report.failed
    return g


def rows(kg, query_name, **params):
    return [tuple(r.values()) for r in kg.query(query_name, **params)]


def test_every_query_in_the_library_has_a_title_a_description_and_an_example():
    lib = library()
    assert len(lib) >= 5
    for nq in lib.values():
        assert nq.title and nq.description and nq.examples, nq.name


def test_every_query_in_the_library_has_a_test_on_a_small_graph():
    from pathlib import Path

    source = "".join(p.read_text() for p in Path(__file__).parent.glob("test_*.py"))
    for name in library():
        assert f'rows(kg, "{name}"' in source or f'rows(linked, "{name}"' in source, f"no test for query {name}"


def test_statements_lists_signers_with_party_and_the_mfl_flag(kg):
    assert rows(kg, "statements") == [
        ("Solna stad", "Socialnämnden", "14", "ersättaryttrande", "Lina Berg", "MP", False),
        ("Solna stad", "Socialnämnden", "14", "särskilt uttalande", "Amira Haddad", "S", True),
        ("Solna stad", "Socialnämnden", "14", "särskilt uttalande", "Jonas Ek", "V", False),
    ]
    assert [r[4] for r in rows(kg, "statements", person="Lina Berg")] == ["Lina Berg"]


def test_agreements_names_both_parties_in_both_bodies(kg):
    got = rows(kg, "agreements", organisation="Polisregion Stockholm")
    assert {(r[1], r[2], r[3], r[4]) for r in got} == {
        ("Polisregion Stockholm", "Solna stad", "Socialnämnden", "14"),
        ("Polisregion Stockholm", "Solna stad", "Kommunstyrelsen", "21")}
    assert len({r[0] for r in got}) == 1  # the same agreement in both documents is one resource


def test_referrals_shows_the_sender_the_answering_body_and_the_case(kg):
    got = rows(kg, "referrals", body="Kommunstyrelsen")
    assert {(r[0], r[1], r[2], r[3], r[4], str(r[5])) for r in got} == {
        ("Solna stad", "Kommunstyrelsen", "Socialnämnden", "KS 2024/0117", "14", "2024-03-07"),
        ("Solna stad", "Kommunstyrelsen", "Socialnämnden", "SN 2024/0043", "14", "2024-03-07")}
    assert rows(kg, "referrals", body="Socialnämnden") == []


def test_reservations_by_party(kg):
    assert [(r[0], r[5], r[6]) for r in rows(kg, "reservations")] == [
        ("Solna stad", "Jonas Ek", "V"), ("Solna stad", "Karin Wahlström", "S")]
    assert [r[5] for r in rows(kg, "reservations", party="V")] == ["Jonas Ek"]
    assert [r[5] for r in rows(kg, "reservations", party="S")] == ["Karin Wahlström"]
    # A party parameter takes any form a user types: lower case, the party's name.
    for typed in ("v", "Vänsterpartiet", " V "):
        assert [r[5] for r in rows(kg, "reservations", party=typed)] == ["Jonas Ek"], typed
    assert rows(kg, "party-statements", party="vänsterpartiet") == rows(kg, "party-statements", party="V") != []


def test_the_query_command_says_why_an_answer_with_parameters_is_empty(kg, tmp_path, capsys):
    from kommungraf.cli import main

    kommungraf.open(str(tmp_path / "store")).load(EXAMPLES)
    assert main(["query", "people", "--param", "name=jonas ek", "--store", str(tmp_path / "store"), "-f", "csv"]) == 0
    assert "no rows for name='jonas ek'; names and bodies must be written as the minutes write them" in \
        capsys.readouterr().err
    assert main(["query", "people", "--param", "name=Jonas Ek", "--store", str(tmp_path / "store"), "-f", "csv"]) == 0
    out = capsys.readouterr()
    assert "Jonas Ek" in out.out and out.err == ""
    assert main(["queries", "--store", str(tmp_path / "store")]) == 0 and "people" in capsys.readouterr().out
    # A table piped to a file or grep keeps long cells on one line (not cut to 80 columns mid-word).
    assert main(["query", "agreements", "--store", str(tmp_path / "store")]) == 0
    assert "Samverkansavtal mellan Solna stad och Polisregion Stockholm" in capsys.readouterr().out


def test_votes_gives_the_counts(kg):
    assert [(r[0], r[1], r[3], r[5], r[6], r[7]) for r in rows(kg, "votes")] == [
        ("Solna stad", "Kommunstyrelsen", "21", 8, 5, 0)]


def test_paragraphs_counts_decision_points_and_cases(kg):
    got = {r[3]: (r[5], r[6]) for r in rows(kg, "paragraphs")}
    assert {r[0] for r in rows(kg, "paragraphs")} == {"Solna stad"}
    assert got["21"] == ("KS 2024/0117", 2)
    assert set(got["14"][0].split(", ")) == {"KS 2024/0117", "SN 2024/0043"} and got["14"][1] == 2


def test_people_shows_roles_and_parties(kg):
    got = rows(kg, "people", name="Lina Berg")
    assert got == [("Lina Berg", "Solna stad", "MP", "Socialnämnden", "ersättare")]


def test_an_unknown_parameter_is_refused_with_the_list_of_known_ones(kg):
    with pytest.raises(QueryError, match="takes: person"):
        kg.query("statements", nobody="x")
    # Said in words that fit the Python API and the server as well as the command line.
    with pytest.raises(QueryError, match=r"query 'case-history' needs the parameter case \(A registration number"):
        kg.query("case-history")


def test_a_parameter_value_cannot_inject_sparql(kg):
    evil = 'x" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    assert rows(kg, "statements", person=evil) == []
    assert len(kg) > 0


def test_inline_sparql_and_unknown_names():
    assert resolve("SELECT * WHERE { ?s ?p ?o }").name == "inline"
    with pytest.raises(QueryError, match="unknown query"):
        resolve("no-such-query")


def test_the_query_docs_describe_every_query_with_its_parameters_and_result_columns():
    from pathlib import Path

    from kommungraf.querydocs import render

    root = Path(__file__).resolve().parent.parent
    page = (root / "docs" / "queries.md").read_text(encoding="utf-8")
    fresh = render(root / "tests" / "linked")
    # Row order inside GROUP_CONCAT is the engine's; headings, parameters and columns must match exactly.
    def skeleton(text: str) -> list[str]:
        return [ln for ln in text.splitlines() if ln.startswith(("## ", "**", "| `", "kommungraf query"))
                or (ln.startswith("| ") and " --- " not in ln and ln.count("|") > 2 and ln == ln.lower())]
    assert skeleton(page) == skeleton(fresh), "docs/queries.md is stale: python -m kommungraf.querydocs"
    for name in library():
        assert f"## {name}\n" in page


# ----------------------------------------------------------------------------------- engine variants of a query

def test_an_engine_variant_is_rendered_for_its_engine_only():
    nq = library()["person-profile"]
    assert dict(nq.variants).keys() == {"oxigraph"}
    assert "LATERAL" in nq.render({"person": "Jonas Ek"}, engine="oxigraph")
    portable = nq.render({"person": "Jonas Ek"})
    assert "LATERAL" not in portable and '"Jonas Ek"' in portable
    assert nq.render({"person": "Jonas Ek"}, engine="virtuoso") == portable
    # A query without a variant renders the same text for every engine.
    people = library()["people"]
    assert people.variants == () and people.render({}, engine="oxigraph") == people.text


@pytest.fixture(scope="module")
def both():
    """The linked documents and the examples in one store: every query has rows to compare."""
    from conftest import ROOT

    g = kommungraf.open(memory=True)
    report = g.load([ROOT / "tests" / "linked", EXAMPLES])
    assert not report.failed
    return g


def _variant_cases() -> list[tuple[str, dict[str, str]]]:
    import re

    out = []
    for name, nq in library().items():
        if not nq.variants:
            continue
        if not any(p.required for p in nq.params):
            out.append((name, {}))
        for ex in nq.examples:
            params = dict(re.findall(r'--param (\w+)=("[^"]*"|\S+)', ex))
            out.append((name, {k: v.strip('"') for k, v in params.items()}))
    for person in ("Anna Berg", "Jonas Ek", "Karin Wahlström", "Lina Berg", "Amira Haddad", "Nobody Known"):
        out.append(("person-profile", {"person": person}))
    for person in ("Jonas Ek", "Karin Wahlström", "Lina Berg", "Nobody Known"):
        out.append(("co-signers", {"person": person}))
        out.append(("statements", {"person": person}))
    # Kommunstyrelsen is a body of both municipalities of the linked documents.
    for params in ({"body": "Kommunstyrelsen"}, {"body": "Kommunstyrelsen", "municipality": "Solna stad"},
                   {"municipality": "Sundbybergs stad"}, {"body": "Ingen nämnd"},
                   {"body": "Kommunstyrelsen", "municipality": "Ingen kommun"}):
        out.append(("paragraphs", params))
        out.append(("meetings", params))
    return out


@pytest.mark.parametrize(("name", "params"), _variant_cases())
def test_an_engine_variant_gives_the_same_rows_in_the_same_order_as_the_portable_text(both, name, params):
    """queries/oxigraph/NAME.rq must answer exactly as queries/NAME.rq (GROUP_CONCAT lists compared as sets)."""
    import re
    from dataclasses import replace

    nq = library()[name]
    concat = set(re.findall(r"GROUP_CONCAT\s*\(.*?\)\s*AS\s*\?(\w+)", nq.text, re.S | re.I))

    def answer(q):
        got = both.query(q, **params)
        return got.columns, [tuple(", ".join(sorted(v.split(", "))) if c in concat and isinstance(v, str) else v
                                   for c, v in r.items()) for r in got]

    portable = answer(replace(nq, variants=()))
    variant = answer(nq)
    assert variant == portable
    if name == "person-profile" and params["person"] in ("Anna Berg", "Jonas Ek", "Karin Wahlström", "Lina Berg"):
        assert portable[1], "the comparison would be vacuous"
    if name in ("paragraphs", "meetings") and "Ingen" not in str(params):
        assert portable[1], "the comparison would be vacuous"


# ------------------------------------------------------------------------------------------- result values

XSD = "http://www.w3.org/2001/XMLSchema#"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["integer", "date", "boolean", "decimal", "string", "gYear"]),
       st.one_of(st.from_regex(r"\A[+-]?[0-9]{1,20}\Z"), st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"),
                 st.sampled_from(["true", "false", "1", "0", " 5", "1.50", "2020-02-30", ""]), st.text(max_size=12)))
def test_result_values_are_what_rdflib_makes_of_the_literal(datatype, lexical):
    """python_value's conversions without rdflib give exactly what rdflib's toPython gives."""
    import logging

    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    from kommungraf.store import python_value

    logging.disable(logging.WARNING)  # rdflib warns about ill-typed literals such as "2020-02-30"^^xsd:date
    try:
        got = python_value(ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype)))
        want = Literal(lexical, datatype=URIRef(XSD + datatype)).toPython()
    finally:
        logging.disable(logging.NOTSET)
    # NaN equals nothing, itself included: "NaN"^^xsd:decimal is what rdflib makes Decimal('NaN') of.
    assert type(got) is type(want) and (got == want or (got != got and want != want))
    assert python_value(ox.Literal(lexical, language="sv")) == lexical
