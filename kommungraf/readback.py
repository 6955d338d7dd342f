"""Read a document's facts back out of the store with SPARQL, in the corpus gold format."""

from __future__ import annotations

from typing import Any

from rdflib import URIRef

from .gazetteer import parties
from .store import GraphStore, python_value
from .vocab import ROLE_TERMS, STATEMENT_CLASSES, sparql_prefixes

_ROLE_BY_IRI = {str(v): k for k, v in ROLE_TERMS.items()}
_KIND_BY_CLASS = {str(v): k for k, v in STATEMENT_CLASSES.items()}
_P = sparql_prefixes()


def _rows(store: GraphStore, graph: str, body: str) -> list[dict[str, Any]]:
    q = _P + "SELECT * WHERE { GRAPH ?g { " + body + " } }"
    _, rows = store.select(q, {"g": URIRef(graph)}, union=False)
    return [{k: python_value(v) for k, v in r.items()} for r in rows]


def document_facts(store: GraphStore, graph: str) -> dict[str, Any]:
    """One document's facts in the gold JSON shape, every value read from its named graph."""
    doc: dict[str, Any] = {}
    head = _rows(store, graph, """
        ?g a kg:MinutesDocument ; kg:sourceFile ?file .
        OPTIONAL { ?g kg:municipality/skos:prefLabel ?muni }
        OPTIONAL { ?g kg:body/skos:prefLabel ?body }
        OPTIONAL { ?m besluit:heeftNotulen ?g ; dct:date ?date }""")
    h = head[0] if head else {}
    doc["document"] = h.get("file")
    doc["municipality"] = h.get("muni")
    doc["body"] = h.get("body")
    doc["meeting_date"] = str(h["date"]) if h.get("date") else None

    pars = _rows(store, graph, """
        ?par a besluit:BehandelingVanAgendapunt ; kg:paragraphNumber ?num ; kg:position ?pos ;
             kg:immediatelyAdjusted ?adj .
        OPTIONAL { ?par dct:title ?title }""")
    by_iri: dict[str, dict[str, Any]] = {}
    for r in sorted(pars, key=lambda r: r["pos"]):
        by_iri[r["par"]] = {
            "number": r["num"], "title": r.get("title") or "", "case_numbers": [], "referred_by": None,
            "decision_count": 0, "immediate_adjustment": bool(r["adj"]), "staff_report_date": None,
            "proposals": [], "vote": None, "reservations": [], "statements": [], "agreements": [],
        }
    for r in _rows(store, graph, "?par kg:citesCaseNumber ?cn . ?cn skos:notation ?n . "
                                 "?cn kg:evidence/oa:hasSelector/oa:start ?s"):
        p = by_iri.get(r["par"])
        if p is not None:
            p["case_numbers"].append((r["s"], r["n"]))
    for p in by_iri.values():
        p["case_numbers"] = list(dict.fromkeys(n for _, n in sorted(p["case_numbers"])))
    for r in _rows(store, graph, "?par kg:answersReferral/kg:referredBy/skos:prefLabel ?b"):
        if r["par"] in by_iri:
            by_iri[r["par"]]["referred_by"] = r["b"]
    for r in _rows(store, graph, "?par kg:hasDecision/kg:hasPoint ?pt"):
        if r["par"] in by_iri:
            by_iri[r["par"]]["decision_count"] += 1
    without = {r["par"] for r in _rows(store, graph, "?par kg:withoutDecision true")}
    for iri_, p in by_iri.items():
        # No decision found is unknown, not zero, unless the paragraph records none (kg:withoutDecision).
        p["decision_count"] = p["decision_count"] or (0 if iri_ in without else None)
    for r in _rows(store, graph, "?par kg:hasStaffReport/eli:date_document ?d"):
        if r["par"] in by_iri:
            by_iri[r["par"]]["staff_report_date"] = str(r["d"])
    for r in _rows(store, graph, """?par besluit:heeftStemming ?v . ?v besluit:aantalVoorstanders ?y ;
                                    besluit:aantalTegenstanders ?n ; besluit:aantalOnthouders ?a"""):
        if r["par"] in by_iri:
            by_iri[r["par"]]["vote"] = {"yes": int(r["y"]), "no": int(r["n"]), "abstain": int(r["a"])}
    # The gold format knows the national parties only; a local party ("ÖrP") reads back as null.
    national = set(parties())
    party_of = {r["p"]: r["abbr"] for r in _rows(store, graph, """
        ?ms org:member ?p ; org:organization ?party . ?party a kg:PoliticalParty ; skos:notation ?abbr .""")
        if r["abbr"] in national}

    def who(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for r in sorted(rows, key=lambda r: r.get("s", 0)):
            e: dict[str, Any] = {"name": r["name"], "party": party_of.get(r["p"])}
            if r["rel"].endswith("signatoryWithOthers"):
                e["with_others"] = True
            out.append(e)
        return out

    prop_rows = _rows(store, graph, """?par kg:hasProposal ?x . ?x ?rel ?p .
        FILTER(?rel IN (kg:proposer, kg:signatoryWithOthers)) ?p foaf:name ?name .
        OPTIONAL { ?x kg:evidence/oa:hasSelector/oa:start ?s }""")
    for par_iri, p in by_iri.items():
        seen: set[str] = set()
        for e in who([r for r in prop_rows if r["par"] == par_iri]):
            if e["name"] not in seen:
                seen.add(e["name"])
                p["proposals"].append(e)
    st_rows = _rows(store, graph, """?par kg:hasStatement ?x . ?x a ?cls ; kg:evidence/oa:hasSelector/oa:start ?s .
        OPTIONAL { ?x ?rel ?p . FILTER(?rel IN (kg:signatory, kg:signatoryWithOthers)) ?p foaf:name ?name }
        OPTIONAL { ?x kg:endorses ?e }""")
    for par_iri, p in by_iri.items():
        stmts: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        for r in sorted((r for r in st_rows if r["par"] == par_iri), key=lambda r: (r["s"], r["x"])):
            kind = _KIND_BY_CLASS.get(r["cls"])
            if kind is None:
                continue
            if r["x"] not in stmts:
                stmts[r["x"]] = {"kind": kind, "by": [], "endorses_iri": r.get("e")}
                order.append(r["x"])
            if r.get("name") and all(b["name"] != r["name"] for b in stmts[r["x"]]["by"]):
                stmts[r["x"]]["by"].extend(who([r]))
        non_res = [x for x in order if stmts[x]["kind"] != "reservation"]
        for x in order:
            st = stmts[x]
            if st["kind"] == "reservation":
                for b in st["by"]:
                    if all(b["name"] != e["name"] for e in p["reservations"]):
                        p["reservations"].append(b)
                continue
            entry: dict[str, Any] = {"kind": st["kind"], "by": st["by"]}
            if st["endorses_iri"] in non_res:
                entry["endorses"] = non_res.index(st["endorses_iri"])
            p["statements"].append(entry)
    for r in _rows(store, graph, """?par kg:concernsAgreement ?a . ?a dct:title ?t .
                                    OPTIONAL { ?a kg:agreementParty/skos:prefLabel ?party }"""):
        p = by_iri.get(r["par"])
        if p is None:
            continue
        ag = next((a for a in p["agreements"] if a["title"] == r["t"]), None)
        if ag is None:
            ag = {"title": r["t"], "parties": []}
            p["agreements"].append(ag)
        if r.get("party") and r["party"] not in ag["parties"]:
            ag["parties"].append(r["party"])
    doc["paragraphs"] = list(by_iri.values())

    persons: dict[str, dict[str, Any]] = {}
    for r in _rows(store, graph, "?p a person:Person ; foaf:name ?name ; kg:evidence/oa:hasSelector/oa:start ?s"):
        if r["p"] not in persons or r["s"] < persons[r["p"]]["_s"]:
            persons[r["p"]] = {"name": r["name"], "party": party_of.get(r["p"]), "roles": [], "_s": r["s"]}
    for r in _rows(store, graph, "?ms org:member ?p ; org:role ?role"):
        if r["p"] in persons:
            role = _ROLE_BY_IRI.get(r["role"])
            if role and role not in persons[r["p"]]["roles"]:
                persons[r["p"]]["roles"].append(role)
    doc["persons"] = [{k: v for k, v in p.items() if k != "_s"} for p in
                      sorted(persons.values(), key=lambda p: p["_s"])]
    orgs = _rows(store, graph, "?g kg:mentions ?o . ?o skos:prefLabel ?name")
    doc["organisations"] = sorted({r["name"] for r in orgs})
    return doc
