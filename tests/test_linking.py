"""One graph across many minutes: people, bodies and cases are one node each, linked across documents.

The six documents in tests/linked/ are two municipalities (Solna, Sundbyberg); a referral from Solna's
kommunstyrelse (KS 2024/0117) answered by two nämnder and decided by KS and KF; Jonas Ek (Solna) who moves from
V to S; Anna Berg in Solna (M) and another Anna Berg in Sundbyberg (KD); Karin Wahlström with two roles.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

import kommungraf
from kommungraf import iri
from kommungraf.gazetteer import organisation_by_name, parties
from kommungraf.store import GraphStore

LINKED = Path(__file__).parent / "linked"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DOCS = sorted(LINKED.glob("*.txt"))


@pytest.fixture(scope="module")
def linked():
    kg = kommungraf.open(memory=True)
    report = kg.load(DOCS)
    assert not report.failed and len(report.loaded) == 6
    return kg


def rows(kg, query_name, **params):
    return [tuple(r.values()) for r in kg.query(query_name, **params)]


def ask(kg, sparql: str) -> list[dict]:
    return list(kg.query(sparql))


def test_the_same_person_in_several_documents_of_one_municipality_is_one_resource(linked):
    got = ask(linked, """SELECT DISTINCT ?p WHERE { ?p <http://xmlns.com/foaf/0.1/name> "Jonas Ek" ;
                          <https://w3id.org/kommungraf/ontology#municipality> ?m }""")
    assert sorted(r["p"] for r in got) == sorted([str(iri.person("Jonas Ek", "Solna stad")),
                                                  str(iri.person("Jonas Ek", "Sundbybergs stad"))])
    docs = ask(linked, f"""SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{
        ?ms <http://www.w3.org/ns/org#member> <{iri.person("Jonas Ek", "Solna stad")}> ;
            <https://w3id.org/kommungraf/ontology#seenIn> ?d }}""")
    assert docs[0]["n"] == 5


def test_people_with_the_same_name_in_two_municipalities_are_two_people(linked):
    got = rows(linked, "person-profile", person="Anna Berg")
    parties_by_muni = {(r[1], r[5]) for r in got if r[2] == "party"}  # (municipality, party)
    assert parties_by_muni == {("Solna stad", "M"), ("Sundbybergs stad", "KD")}


def test_a_change_of_party_is_two_memberships_with_first_and_last_seen(linked):
    got = [r for r in rows(linked, "person-profile", person="Jonas Ek") if r[1] == "Solna stad" and r[2] == "party"]
    assert [(r[3], str(r[6]), str(r[7])) for r in got] == [("V", "2024-02-12", "2024-03-12"),
                                                            ("S", "2024-04-15", "2024-05-20")]


def test_who_sat_in_which_body_for_which_party_when(linked):
    got = [r for r in rows(linked, "memberships", body="Kommunstyrelsen") if r[0] == "Jonas Ek"]
    assert [(r[1], r[3], r[4], str(r[5]), str(r[6])) for r in got] == [
        ("Solna stad", "ledamot", "V", "2024-02-12", "2024-02-12"),
        ("Solna stad", "ledamot", "S", "2024-04-15", "2024-04-15"),
        ("Sundbybergs stad", "ledamot", "C", "2024-02-20", "2024-02-20")]


def test_a_municipality_parameter_tells_bodies_of_the_same_name_apart(linked):
    # Both municipalities have a Kommunstyrelsen; the body's name alone gives the rows of both.
    both = rows(linked, "memberships", body="Kommunstyrelsen")
    assert {r[1] for r in both} == {"Solna stad", "Sundbybergs stad"}
    one = rows(linked, "memberships", body="Kommunstyrelsen", municipality="Sundbybergs stad")
    assert one == [r for r in both if r[1] == "Sundbybergs stad"] and one
    assert rows(linked, "memberships", municipality="Sundbybergs stad") == one  # its only body
    assert rows(linked, "memberships", body="Kommunstyrelsen", municipality="Göteborgs Stad") == []
    for name in ("paragraphs", "votes"):
        every = rows(linked, name)
        solna = rows(linked, name, municipality="Solna stad")
        assert solna == [r for r in every if r[0] == "Solna stad"] and solna, name
        assert {r[1] for r in rows(linked, name, body="Kommunstyrelsen", municipality="Sundbybergs stad")} <= {
            "Kommunstyrelsen"}, name
    assert {(r[0], r[1]) for r in rows(linked, "paragraphs", body="Kommunstyrelsen")} == {
        ("Solna stad", "Kommunstyrelsen"), ("Sundbybergs stad", "Kommunstyrelsen")}


def test_each_answer_to_a_referral_names_the_body_that_answered(linked):
    got = {(r[2], r[4]) for r in rows(linked, "referrals", body="Kommunstyrelsen")}
    assert got == {("Socialnämnden", "14"), ("Tekniska nämnden", "33")}


def test_a_body_without_a_known_municipality_is_listed_but_never_under_a_municipality():
    from kommungraf.vocab import KG

    kg = kommungraf.open(memory=True)
    assert not kg.load(DOCS[:1]).failed
    body = URIRef("https://w3id.org/kommungraf/id/organ/direktionen")
    ms, person = URIRef(str(body) + "/uppdrag/x"), URIRef("https://w3id.org/kommungraf/id/person/x")
    org, skos = "http://www.w3.org/ns/org#", "http://www.w3.org/2004/02/skos/core#"
    role = ask(kg, f"SELECT ?r WHERE {{ ?m <{org}role> ?r }} LIMIT 1")[0]["r"]
    triples = [(body, f"<{RDF_TYPE}>", f"<{KG.Body}>"), (body, f"<{skos}prefLabel>", '"Direktionen"@sv'),
               (ms, f"<{org}organization>", f"<{body}>"), (ms, f"<{org}member>", f"<{person}>"),
               (ms, f"<{org}role>", f"<{role}>"), (person, "<http://xmlns.com/foaf/0.1/name>", '"Eva Ny"')]
    nt = "".join(f"<{s}> {p} {o} .\n" for s, p, o in triples)
    kg.store.add_new_graph("https://w3id.org/kommungraf/id/dokument/test-utan-kommun", nt, len(triples))
    assert [r[:3] for r in rows(kg, "memberships", body="Direktionen")] == [("Eva Ny", None, "Direktionen")]
    assert rows(kg, "memberships", body="Direktionen", municipality="Solna stad") == []
    assert "Eva Ny" not in {r[0] for r in rows(kg, "memberships", municipality="Solna stad")}


def test_organisations_bound_by_agreements_with_their_partners(linked):
    got = {r[0]: (r[1], r[2]) for r in rows(linked, "agreement-organisations")}
    assert got["Polisregion Stockholm"][0] == 2
    assert set(got["Polisregion Stockholm"][1].split(", ")) == {"Solna stad", "Sundbybergs stad"}
    assert rows(linked, "agreement-organisations", organisation="Solna stad") == [("Solna stad", 1,
                                                                                  "Polisregion Stockholm")]


def test_statements_and_reservations_by_party_body_and_year(linked):
    got = rows(linked, "party-statements", party="SD")
    assert got == [("SD", "Solna stad", "Kommunfullmäktige", 2024, "protokollsanteckning", 1),
                   ("SD", "Solna stad", "Kommunstyrelsen", 2024, "reservation", 1),
                   ("SD", "Solna stad", "Socialnämnden", 2024, "reservation", 1)]


def test_co_signers_across_party_lines_use_the_party_of_the_time(linked):
    got = {(r[0], r[1], r[2], r[3]): (r[4], r[5]) for r in rows(linked, "co-signers", person="Jonas Ek")}
    # In February Jonas Ek (V) signed with Karin Wahlström (S); in March (V) with Amira Haddad (S).
    assert got == {("Jonas Ek", "V", "Karin Wahlström", "S"): (1, True),
                   ("Jonas Ek", "V", "Amira Haddad", "S"): (1, True)}


def test_a_statement_names_the_party_its_signer_had_in_that_document(linked):
    # Jonas Ek sat for S in January and for V from February: each statement once, with the party of its minutes.
    got = [(r[1], r[2], r[5]) for r in rows(linked, "statements", person="Jonas Ek")]
    assert got == [("Kommunstyrelsen", "21", "V"), ("Socialnämnden", "14", "V")]
    assert len({tuple(r) for r in rows(linked, "statements")}) == len(rows(linked, "statements"))


def test_a_person_with_two_roles_keeps_both(linked):
    got = {(r[3], r[4]) for r in rows(linked, "person-profile", person="Karin Wahlström") if r[2] == "role"}
    assert got == {("vice ordförande", "Kommunstyrelsen"), ("justerare", "Kommunstyrelsen")}


def test_a_case_is_followed_from_the_referral_to_every_answer_and_decision(linked):
    got = rows(linked, "case-history", case="KS 2024/0117")
    assert {r[1] for r in got} == {"Solna stad"}
    got = [r[:1] + r[2:] for r in got]
    assert [(str(r[0]), r[1], r[2], r[4]) for r in got] == [
        ("2024-02-12", "Kommunstyrelsen", "21", None),
        ("2024-03-07", "Socialnämnden", "14", "Kommunstyrelsen"),
        ("2024-03-12", "Tekniska nämnden", "33", "Kommunstyrelsen"),
        ("2024-04-15", "Kommunstyrelsen", "48", None),
        ("2024-05-20", "Kommunfullmäktige", "62", None)]
    dissent = {r[2]: r[6] for r in got}
    assert dissent["33"] == "Jonas Ek" and dissent["48"] == "Lena Ahmadi"
    # Reached through the answering body's own number as well.
    assert len(rows(linked, "case-history", case="TN 2024/0101")) == 5
    assert rows(linked, "case-history", case="KS-2024/0033")[0][1:3] == ("Sundbybergs stad", "Kommunstyrelsen")


def test_the_case_is_one_resource_with_every_body_s_number(linked):
    got = ask(linked, """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
        SELECT DISTINCT ?case (COUNT(DISTINCT ?n) AS ?numbers) WHERE {
          ?par kg:concernsCase ?case . ?case <http://www.w3.org/ns/adms#identifier> ?n
          FILTER(CONTAINS(STR(?case), "solna")) } GROUP BY ?case""")
    assert len(got) == 1 and got[0]["numbers"] == 3  # KS, SN and TN numbers


def test_agreements_link_to_the_case_they_concern(linked):
    got = ask(linked, """PREFIX kg: <https://w3id.org/kommungraf/ontology#>
        SELECT DISTINCT ?a ?case WHERE { ?a a kg:Agreement ; kg:concernsCase ?case }""")
    assert {r["case"] for r in got} == {str(iri.case("Solna stad", "KS 2024/0117")),
                                        str(iri.case("Sundbybergs stad", "KS-2024/0033"))}


def test_bodies_are_sub_organisations_of_their_municipality(linked):
    got = ask(linked, """PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?body ?muni WHERE { ?b a <https://w3id.org/kommungraf/ontology#Body> ;
          skos:prefLabel ?body ; org:subOrganizationOf/skos:prefLabel ?muni }""")
    assert {(r["body"], r["muni"]) for r in got} >= {("Socialnämnden", "Solna stad"),
                                                     ("Kommunstyrelsen", "Sundbybergs stad")}


def test_parties_and_stockholm_carry_the_wikidata_links_of_the_shipped_table():
    kg = kommungraf.open(memory=True)
    kg.load([LINKED, Path(__file__).parent.parent / "examples"])
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs" / "eav-2019-remiss-samverkan-polis.txt"
    if corpus.exists():
        kg.load([corpus])
    links = {r["s"]: r["o"] for r in ask(kg, "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }")}
    for abbr in ("S", "M", "V", "MP", "L", "SD"):
        party = parties()[abbr]
        if str(iri.party(abbr)) in links:
            assert links[str(iri.party(abbr))] == f"http://www.wikidata.org/entity/{party.wikidata}"
    assert links[str(iri.party("S"))].endswith("/Q105112")
    if corpus.exists():
        assert links[str(iri.municipality("Stockholms stad"))] == \
            f"http://www.wikidata.org/entity/{organisation_by_name()['stockholms stad'].wikidata}"


def test_every_party_in_the_table_has_a_checked_wikidata_item_or_none():
    verified = {"S": "Q105112", "M": "Q110843", "V": "Q110837", "MP": "Q213451", "C": "Q110832",
                "KD": "Q213654", "SD": "Q504069", "L": "Q110857", "FP": "Q110857"}
    assert {a: p.wikidata for a, p in parties().items() if p.wikidata} == verified
    assert parties()["FP"].successor == "L"


def dataset_of(store: GraphStore) -> dict[str, Graph]:
    return {g: store.graph_triples(g) for g in store.graphs()}


def test_loading_in_any_order_gives_the_same_graph(tmp_path):
    a = kommungraf.open(memory=True)
    a.load(DOCS)
    shuffled = DOCS[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != DOCS
    b = kommungraf.open(memory=True)
    for d in shuffled:
        b.load([d])
    ga, gb = dataset_of(a.store), dataset_of(b.store)
    assert ga.keys() == gb.keys()
    for name in ga:
        assert isomorphic(ga[name], gb[name]), name
    merged_a = Graph()
    merged_b = Graph()
    for q in a.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        merged_a.add((URIRef(q.subject.value), URIRef(q.predicate.value), _lit(q.object)))
    for q in b.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        merged_b.add((URIRef(q.subject.value), URIRef(q.predicate.value), _lit(q.object)))
    assert len(merged_a) > 1000 and isomorphic(merged_a, merged_b)


def _lit(term):
    from kommungraf.store import from_ox

    return from_ox(term)


def test_reloading_a_new_version_replaces_only_what_came_from_the_old_one(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for d in DOCS:
        (docs / d.name).write_bytes(d.read_bytes())
    kg = kommungraf.open(tmp_path / "store")
    kg.load(docs)
    count = len(kg)
    kg.load(docs, force=True)
    assert len(kg) == count
    # A new version of the TN answer drops its reservation; Jonas Ek and the case, stated elsewhere, survive.
    tn = docs / "solna-tn-2024-03-12.txt"
    tn.write_text(tn.read_text().replace("Reservation\n\nJonas Ek (V) reserverade sig mot beslutet till förmån "
                                         "för eget yrkande.\n", ""))
    kg.load(docs)
    assert len(kg) < count
    assert [r for r in rows(kg, "reservations") if r[1] and str(r[1]) == "2024-03-12"] == []
    assert any(r[0] == "Jonas Ek" for r in rows(kg, "people", name="Jonas Ek"))
    assert len(rows(kg, "case-history", case="KS 2024/0117")) == 5


_REGION_MINUTES = ("{region}\tPROTOKOLL\nRegionstyrelsen\tSammanträdesdatum {date}\n\n"
                   "Beslutande\t{chair} (S), ordförande, {town}\n\tLars Ek (M), {town}\n\n"
                   "§ 12\tYttrande över remiss från {town}\nBeslut\nRegionstyrelsen avger yttrande enligt bilaga.\n")


def test_a_region_s_bodies_belong_to_the_region_not_to_a_municipality_its_minutes_name(tmp_path):
    from kommungraf.vocab import KG

    docs = []
    for region, town, date, chair in (("Region Kalmar län", "Borgholms kommun", "2024-05-28", "Anna Berg"),
                                      ("Region Dalarna", "Falu kommun", "2024-06-10", "Eva Dal")):
        doc = tmp_path / f"{region.split()[1].lower()}-rs-{date}-protokoll.txt"
        doc.write_text(_REGION_MINUTES.format(region=region, town=town, date=date, chair=chair), encoding="utf-8")
        docs.append(doc)
    kg = kommungraf.open(memory=True)
    assert not kg.load(docs).failed
    got = ask(kg, f"""PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?b ?owner ?type WHERE {{ ?b a <{KG.Body}> ; skos:prefLabel "Regionstyrelsen"@sv ;
          org:subOrganizationOf ?o . ?o skos:prefLabel ?owner ; a ?type }}""")
    # two regionstyrelser, one per region, each the region's (typed a region), none a municipality's
    assert len({r["b"] for r in got}) == 2
    assert {(r["owner"], r["type"]) for r in got} == {("Region Kalmar län", str(KG.Region)),
                                                      ("Region Dalarna", str(KG.Region))}
    people = ask(kg, "SELECT ?p WHERE { ?p <http://xmlns.com/foaf/0.1/name> \"Lars Ek\" }")
    assert len(people) == 2  # the same name in two regions is two people, as in two municipalities


_COMPANY_MINUTES = ("{company}\nProtokoll fört vid styrelsemöte\nStyrelsen\tSammanträdesdatum {date}\n"
                    "Ägare: Sandvikens kommun\n\nNärvarande\tAnna Berg (S), ordförande\n\tLars Ek (M)\n\n"
                    "§ 4\tBudget 2025\nBeslut\nStyrelsen fastställer budgeten.\n")


def test_two_companies_of_one_owner_have_two_boards_each_the_companys(tmp_path):
    from kommungraf.vocab import KG

    docs = []
    for company, date in (("AB Sandvikenhus", "2024-03-12"), ("Sandviken Energi AB", "2024-03-14")):
        doc = tmp_path / f"{company.split()[1].lower()}-styrelse-{date}-protokoll.txt"
        doc.write_text(_COMPANY_MINUTES.format(company=company, date=date), encoding="utf-8")
        docs.append(doc)
    kg = kommungraf.open(memory=True)
    assert not kg.load(docs).failed
    got = ask(kg, f"""PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?b ?owner ?m WHERE {{ ?d <{KG.body}> ?b ; <{KG.municipality}>/skos:prefLabel ?m .
          ?b org:subOrganizationOf/skos:prefLabel ?owner }}""")
    # one board per company (every company has a "Styrelsen"), both filed under the owner municipality
    assert len({r["b"] for r in got}) == 2
    assert {(r["owner"], r["m"]) for r in got} == {("AB Sandvikenhus", "Sandvikens kommun"),
                                                  ("Sandviken Energi AB", "Sandvikens kommun")}
    # and the people of both boards are the owner municipality's people, one person across the two
    assert len(ask(kg, "SELECT ?p WHERE { ?p <http://xmlns.com/foaf/0.1/name> \"Anna Berg\" }")) == 1


def test_a_forbunds_minutes_are_the_forbunds_and_a_member_naming_it_names_the_same_node(tmp_path):
    from kommungraf.vocab import KG

    (tmp_path / "sydarkivera-ff-2024-05-23-protokoll.txt").write_text(
        "KOMMUNALFÖRBUNDET SYDARKIVERA\tSAMMANTRÄDESPROTOKOLL\nFörbundsfullmäktige\t2024-05-23\n\n"
        "Beslutande\tAnna Berg (S), ordförande, Växjö kommun\n\n§ 9\tBudget\nBeslut\nBudgeten fastställs.\n",
        encoding="utf-8")
    (tmp_path / "vaxjo-ks-2024-06-03-protokoll.txt").write_text(
        "Växjö kommun\nKommunstyrelsen\tSammanträdesdatum 2024-06-03\n\nBeslutande\tEva Dal (M), ordförande\n\n"
        "§ 81\tMedlemsavgift\nKommunalförbundet Sydarkivera har begärt medlemsavgift.\nBeslut\nAvgiften betalas.\n",
        encoding="utf-8")
    kg = kommungraf.open(memory=True)
    assert not kg.load([tmp_path]).failed
    got = ask(kg, """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?o ?type WHERE { ?o skos:prefLabel "Kommunalförbundet Sydarkivera"@sv ; a ?type }""")
    assert {r["type"] for r in got} == {str(KG.MunicipalFederation)} and len({r["o"] for r in got}) == 1
    owner = ask(kg, f"SELECT ?m WHERE {{ ?d <{KG.body}> ?b ; <{KG.municipality}> ?m . ?b <{KG.bodyKind}> ?k }}")
    assert got[0]["o"] in {r["m"] for r in owner}


def test_meetings_lists_each_meeting_with_its_place_paragraphs_attendance_and_chair(linked):
    got = rows(linked, "meetings")
    assert [(r[0], r[1], str(r[2])) for r in got] == [
        ("Solna stad", "Kommunfullmäktige", "2024-05-20"), ("Solna stad", "Kommunstyrelsen", "2024-02-12"),
        ("Solna stad", "Kommunstyrelsen", "2024-04-15"), ("Solna stad", "Socialnämnden", "2024-03-07"),
        ("Solna stad", "Tekniska nämnden", "2024-03-12"), ("Sundbybergs stad", "Kommunstyrelsen", "2024-02-20")]
    # Two of the six first pages write a place; every meeting here treats one paragraph.
    assert [r[3] for r in got] == ["Stadshuset, Solna", None, None, None, None, "Kommunhuset, sammanträdesrum Örby"]
    assert {r[4] for r in got} == {1}
    # The Sundbyberg board: four deciding members and the adjuster, chaired by Anna Berg (KD).
    assert got[-1][5:] == (5, "Anna Berg")
    assert rows(linked, "meetings", municipality="Sundbybergs stad") == got[-1:]
    assert [r[2] for r in rows(linked, "meetings", body="Kommunstyrelsen", municipality="Solna stad")] == \
        [got[1][2], got[2][2]]
