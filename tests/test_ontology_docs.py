"""The ontology's HTML documentation: one page per class and property, generated from the Turtle, linked,
self-contained and escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib.namespace import OWL, RDF

from kommungraf.ontology import ontology_graph
from kommungraf.ontology_docs import (
    Term,
    UnknownTermError,
    ontology_file,
    ontology_page,
    ontology_pages,
    render_ontology_site,
    reused_terms,
    term_page,
)
from kommungraf.vocab import ONTOLOGY_IRI

KG = ONTOLOGY_IRI + "#"


class Links(HTMLParser):
    """Collects hrefs and srcs, and checks that every opened element is closed in order."""

    VOID = frozenset({"meta", "link", "br", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.stack: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.refs += [v for k, v in attrs if k in ("href", "src") and v]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else ''}>"
        self.stack.pop()


def parsed(page: str) -> Links:
    p = Links()
    p.feed(page)
    p.close()
    assert p.stack == [], p.stack
    return p


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ontology")
    render_ontology_site(out)
    return out


def declared(kind) -> set[str]:
    g = ontology_graph()
    classes = (OWL.Class,) if kind == "class" else (OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s)[len(KG):] for c in classes for s in g.subjects(RDF.type, c) if str(s).startswith(KG)}


def test_every_class_and_property_of_the_ontology_has_its_own_page(site):
    for local in declared("class"):
        assert (site / f"class-{local}.html").is_file(), local
    for local in declared("property"):
        assert (site / f"property-{local}.html").is_file(), local
    assert (site / "index.html").is_file() and (site / "reused.html").is_file()
    assert len(ontology_pages()) == len(declared("class")) + len(declared("property")) + 2


def test_a_class_page_shows_both_labels_the_comment_the_standard_superclasses_and_where_it_is_used():
    page = ontology_page("Body")
    assert "politiskt organ" in page and "governing body" in page
    assert "fullmäktige, styrelse, nämnd" in page
    assert 'href="http://data.vlaanderen.be/ns/besluit#Bestuursorgaan"' in page  # the standard term it reuses
    assert 'href="property-bodyKind.html"' in page and 'href="property-body.html"' in page  # domain of, range of
    assert "<code>Body</code> in" in page  # its JSON-LD key


def test_a_property_page_shows_domain_range_superproperty_and_the_shapes_that_use_it():
    page = ontology_page("paragraphNumber")
    assert "paragrafnummer" in page and "paragraph number" in page
    assert 'href="http://www.w3.org/2004/02/skos/core#notation"' in page
    assert 'href="http://data.vlaanderen.be/ns/besluit#BehandelingVanAgendapunt"' in page
    assert "kgsh:ParagraphShape" in page and "at most 1 value" in page


def test_pages_are_found_by_local_name_or_file_name_and_case_tells_class_from_property():
    assert ontology_page("Body") == ontology_page("class-Body.html")
    assert ontology_page("body") == ontology_page("property-body.html") != ontology_page("Body")
    assert ontology_page("index") == ontology_page("index.html") == ontology_page("")
    with pytest.raises(UnknownTermError):
        ontology_page("NoSuchTerm")
    with pytest.raises(UnknownTermError):
        ontology_page("../../etc/passwd")


def test_pages_are_self_contained_well_formed_and_their_links_resolve(site):
    for f in site.glob("*.html"):
        html = f.read_text(encoding="utf-8")
        p = parsed(html)
        assert "script" not in p.tags and "<style>" in html, f.name
        for ref in p.refs:
            if re.match(r"https?://|mailto:", ref):
                continue  # links out to standard vocabularies are fine; nothing is loaded from them
            target = ref.split("#", 1)[0]
            assert (site / target).is_file(), f"{f.name} links to missing {ref}"
        assert not re.search(r'<link[^>]+href="https?://', html) and 'src="http' not in html


def test_text_from_the_ontology_is_escaped():
    t = Term("Evil", KG + "Evil", "class", {"en": "<script>alert(1)</script>", "sv": "a & b"},
             comment='"quoted" <b>bold</b>')
    page = term_page(t)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "a &amp; b" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_the_reused_terms_page_lists_the_standard_terms_and_how_they_are_used():
    uses = reused_terms()
    assert "superclass of kg:Statement" in uses["http://www.w3.org/ns/prov#Activity"]
    assert any("Meeting" in u for u in uses["http://data.vlaanderen.be/ns/besluit#Zitting"])
    assert not [i for i in uses if i.startswith(KG) or i.startswith("http://www.w3.org/2001/XMLSchema#")]
    page = ontology_page("reused")
    assert "LBLOD Besluit" in page and "besluit:Zitting" in page and "W3C Organization Ontology" in page


def test_the_source_files_the_pages_link_to_are_served_by_name_with_their_media_types(site):
    text, media = ontology_file("context.jsonld")
    assert media == "application/ld+json" and text == (site / "context.jsonld").read_text(encoding="utf-8")
    assert ontology_file("kommungraf.ttl")[1] == "text/turtle"
    with pytest.raises(UnknownTermError):
        ontology_file("../pyproject.toml")
