"""Building a document's graph (kommungraf.rdf): what every graph must hold whatever the minutes say."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from rdflib import RDF, Namespace, URIRef

from kommungraf.extract import extract_minutes
from kommungraf.loaders import read_document
from kommungraf.rdf import minutes_to_graph
from kommungraf.vocab import KG

OA = Namespace("http://www.w3.org/ns/oa#")
CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
# Documents whose last fact runs to the end of the text, and one whose referral comes from Socialstyrelsen.
DOCUMENTS = [CORPUS / "eav-2019-remiss-samverkan-polis.txt", CORPUS / "gbg-angered-2016-04-19-protokoll.docx",
             *sorted((ROOT / "tests").glob("heldout*/docs/nll-ls-2008-04-22-protokoll.pdf")),
             *sorted((ROOT / "tests").glob("heldout*/docs/umea-demokratiberedningen-2013-05-14-protokoll.docx")),
             *sorted((ROOT / "examples").glob("*.txt"))]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_selector_lies_inside_the_text_it_was_read_from(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    source = read_document(path)
    _, g = minutes_to_graph(extract_minutes(source))
    selectors = list(g.subjects(RDF.type, OA.TextPositionSelector))
    assert selectors
    for sel in selectors:
        start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))  # type: ignore[arg-type]
        assert 0 <= start <= end <= len(source.text), (sel, start, end, len(source.text))


def test_a_national_authority_whose_name_ends_like_a_board_is_no_body_of_the_municipality() -> None:
    path = next(iter(sorted((ROOT / "tests").glob("heldout*/docs/nll-ls-2008-04-22-protokoll.pdf"))), None)
    if path is None:
        pytest.skip("the landsting minutes are not here")
    _, g = minutes_to_graph(extract_minutes(read_document(path)))
    senders = set(g.objects(None, KG.referredBy))
    social = [s for s in senders if str(s).endswith("/socialstyrelsen")]
    assert social == [URIRef("https://w3id.org/kommungraf/id/org/socialstyrelsen")]
    assert (social[0], RDF.type, KG.Body) not in g and (social[0], RDF.type, KG.ExternalOrganisation) in g


def test_every_role_points_at_where_its_document_lists_the_person() -> None:
    source = read_document(ROOT / "examples" / sorted(p.name for p in (ROOT / "examples").glob("*.txt"))[0])
    _, g = minutes_to_graph(extract_minutes(source))
    ORG = Namespace("http://www.w3.org/ns/org#")
    roles = [ms for ms in g.subjects(RDF.type, ORG.Membership) if g.value(ms, ORG.role) is not None]
    assert roles
    for ms in roles:
        person = g.value(ms, ORG.member)
        spans = set(g.objects(ms, KG.evidence))
        assert spans and spans <= set(g.objects(person, KG.evidence)), ms
        sel = g.value(next(iter(spans)), OA.hasSelector)
        start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))  # type: ignore[arg-type]
        assert str(g.value(person, Namespace("http://xmlns.com/foaf/0.1/").name)) in source.text[start:end]


#: Documents whose text breaks a name: a no-break space inside a person's name (Word, PDF), a double space, an
#: organisation's name wrapped over a line end in HTML source.
_SPACED_NAMES = ["tierp-sn-2024-03-19-protokoll.docx", "gotene-bun-2024-05-15-protokoll.pdf",
                 "tranemo-ks-2024-05-13-protokollsutdrag.pdf", "goteborgsregionen-fs-2024-05-15-protokollsutdrag.html"]


@pytest.mark.parametrize("name", _SPACED_NAMES)
def test_a_name_written_with_odd_spaces_is_one_label_with_single_spaces(name: str) -> None:
    path = next(iter(sorted((ROOT / "tests").glob(f"heldout*/docs/{name}"))), None)
    if path is None:
        pytest.skip(f"{name} is not here")
    _, g = minutes_to_graph(extract_minutes(read_document(path)))
    foaf_name = URIRef("http://xmlns.com/foaf/0.1/name")
    pref = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
    odd = [str(o) for p in (foaf_name, pref) for o in g.objects(None, p) if str(o) != " ".join(str(o).split())]
    assert not odd
    for s in set(g.subjects(foaf_name, None)) | set(g.subjects(pref, None)):
        assert len(set(g.objects(s, foaf_name))) <= 1, s
        assert len({o for o in g.objects(s, pref) if getattr(o, "language", None) == "sv"}) <= 1, s
