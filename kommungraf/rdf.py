"""Stage 4: the facts of one document → an RDF graph, to be stored as the named graph of that document.

The builder makes every term in its N-Triples form, a plain string (an IRI as ``<iri>``, a literal as
``"text"@sv`` or ``"12"^^<…#integer>``): an rdflib term costs a validation and, for a literal, a type cast to
make, its ``__hash__``/``__eq__`` are Python code, and writing it as N-Triples again was most of the cost of a
document's graph.  For :func:`minutes_to_ntriples` the builder writes each triple straight as its line, and the
lines are de-duplicated as plain strings, so the loader makes hardly an rdflib term.  For
:func:`minutes_to_graph` it collects triples of terms and turns each distinct one back into the rdflib term it
stands for (the URIRef an IRI was made of, the very Literal the builder was asked for): the same graph as ever.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as _rdflib_ns

from . import __version__, iri
from . import vocab as _vocab
from .extract import is_body, is_federation, is_municipality, is_region
from .gazetteer import organisation_by_name, parties
from .model import Minutes, Paragraph, PersonRef, Span
from .vocab import BODY_KINDS, PREFIXES, ROLE_TERMS, STATEMENT_CLASSES

#: A term in N-Triples form: ``<iri>`` or a literal (``"…"``, ``"…"@sv``, ``"…"^^<datatype>``).
Term = str

# Characters that may not stand in an IRI of N-Triples; rdflib refuses the same ones.
_BAD_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_NOT_LABEL = re.compile(r"[^A-Za-z0-9]")


def _constant(term: URIRef) -> Term:
    """A vocabulary IRI in N-Triples form (the vocabulary is code: a bad one is a defect, refused at once)."""
    if _BAD_IRI.search(term):
        raise ValueError(f"not a valid IRI, cannot write it as N-Triples: {term!r}")
    return f"<{term}>"


class _Terms:
    """A namespace whose terms, in N-Triples form, are made once: rdflib's namespaces mint a new URIRef on every
    attribute access."""

    def __init__(self, ns: Any) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> Term:
        term = _constant(getattr(self._ns, name))
        setattr(self, name, term)  # later lookups find a plain attribute and never come here
        return term


DCTERMS, FOAF, OWL, PROV, RDF, SKOS = (_Terms(getattr(_rdflib_ns, n)) for n in (
    "DCTERMS", "FOAF", "OWL", "PROV", "RDF", "SKOS"))
ADMS, BESLUIT, ELI, KG, OA, OPENGOV, ORG, PERSON = (_Terms(getattr(_vocab, n)) for n in (
    "ADMS", "BESLUIT", "ELI", "KG", "OA", "OPENGOV", "ORG", "PERSON"))
_ROLE_TERMS = {role: _constant(term) for role, term in ROLE_TERMS.items()}
_BODY_KINDS = {kind: _constant(term) for kind, term in BODY_KINDS.items()}
_STATEMENT_CLASSES = {kind: _constant(term) for kind, term in STATEMENT_CLASSES.items()}
_XSD_DATE = _rdflib_ns.XSD.date
_SOFTWARE = f"https://w3id.org/kommungraf/software/{__version__}"

_SV = "sv"

# Literal construction (type casting, validation) is a large share of building a graph, and the same values
# recur (offsets, page numbers, booleans, names); ``typed`` keeps Literal(1) and Literal(True) apart.
_lit = lru_cache(maxsize=1 << 16, typed=True)(Literal)

# What rdflib makes of an int and a bool (Literal(7) is "7"^^xsd:integer, Literal(True) "true"^^xsd:boolean), for
# the N-Triples-only builder, which writes them without a Literal.
_INTEGER = f"^^<{_rdflib_ns.XSD.integer}>"
# What evidence writes after a span's resource and its selector.
_RESOURCE_TYPE = f" {RDF.type} {OA.SpecificResource} .\n"
_SELECTOR_TYPE = f" {RDF.type} {OA.TextPositionSelector} .\n"
_BOOLEAN = {True: f'"true"^^<{_rdflib_ns.XSD.boolean}>', False: f'"false"^^<{_rdflib_ns.XSD.boolean}>'}


def _raw(term: Term) -> str:
    """The IRI of a term in N-Triples form, without its angle brackets."""
    return term[1:-1]


def _under(term: Term, path: str) -> Term:
    """The IRI ``path`` under an IRI in N-Triples form.  ``path`` must hold only characters an IRI may (slugs,
    digits, letters, "/"), so the result is as valid as ``term``, which was checked when it was made."""
    return f"{term[:-1]}{path}>"


@lru_cache(maxsize=1 << 14)
def _name_label(name: str) -> str:
    """A person's or an organisation's name as its label: the gazetteer's spelling of a known organisation, else
    the name with its whitespace collapsed.  A document's name may hold a no-break space or a line break where its
    text did; as a label it would give one IRI (which ignores both) a second name."""
    spaced = " ".join(name.split())
    known = organisation_by_name().get(spaced.casefold())
    return known.name if known else spaced


def body_kind(name: str) -> str | None:
    n = name.casefold()
    if "fullmäktige" in n:
        return "fullmaktige"
    if "stadsdelsnämnd" in n:
        return "stadsdelsnamnd"
    if "utskott" in n:
        return "utskott"
    if "styrelse" in n:
        return "styrelse"
    if "nämnd" in n:
        return "namnd"
    return None


def _authority_class(name: str) -> Term:
    """The class of the legal entity a body belongs to: a region (kg:Region), a municipality, or else a
    kommunalförbund (kg:MunicipalFederation), the only other issuer the extractor names."""
    if is_region(name):
        return KG.Region
    return KG.Municipality if is_municipality(name) else KG.MunicipalFederation


class GraphBuilder:
    """Builds the graph of one document; every IRI it mints depends only on the facts, never on order.

    Terms are strings in N-Triples form (:data:`Term`).  With ``rdflib_terms`` (the default) the builder also
    keeps the rdflib term behind each, so that :meth:`build` and :meth:`build_triples` can give rdflib terms;
    :func:`minutes_to_ntriples` needs none and makes none but the URIRefs :mod:`kommungraf.iri` returns.
    """

    def __init__(self, minutes: Minutes, rdflib_terms: bool = True) -> None:
        self.m = minutes
        #: The rdflib term behind each term made, where rdflib terms are wanted (the Literal of each literal, the
        #: URIRef an IRI was made of); ``None`` where not.
        self._terms: dict[Term, URIRef | Literal] | None = {} if rdflib_terms else None
        #: What :meth:`add` made, a triple stated twice listed twice: each triple as a tuple of terms where rdflib
        #: terms will be wanted, else straight as its N-Triples line (a tuple made only to be formatted later
        #: cost a tenth of the builder's time).
        self.made: list[Any] = []
        put = self.made.append
        self.add: Callable[[Term, Term, Term], None] = (
            (lambda s, p, o: put((s, p, o))) if rdflib_terms else (lambda s, p, o: put(f"{s} {p} {o} .\n")))
        #: Whether an IRI N-Triples cannot hold was made (the N-Triples writer refuses the document).
        self.bad_iri = False
        # What a document states again and again (a person named in many paragraphs, a party, an organisation,
        # the span of a person and of each of that person's memberships) is made once per builder: a second call
        # would only repeat triples already listed, which the N-Triples writer and build_triples drop anyway.
        self._people: dict[tuple[str, str | None], Term] = {}
        self._person_iris: dict[str, Term] = {}
        self._parties: dict[str, Term] = {}
        self._party_iris: dict[str, Term] = {}
        self._orgs: dict[str, Term] = {}
        self._spans: dict[tuple[int, int], Term] = {}
        self.graph_iri = iri.document(minutes.key)  # the named graph
        self.doc = self.iri_term(self.graph_iri)
        self.muni_name = minutes.municipality
        self.muni = self.iri_term(iri.municipality(minutes.municipality)) if minutes.municipality else None
        self.company_body: Term | None = None
        if minutes.company and minutes.body:
            self.company_body = self.company_organ(minutes.company, minutes.body.value)
        self.body = self.org(minutes.body.value) if minutes.body else None
        if self.body:
            # Whatever the gazetteer calls it, an organisation that holds these meetings is a body (kg:body's range).
            self.add(self.body, RDF.type, KG.Body)
        self.meeting = self.iri_term(iri.meeting(_raw(self.body), minutes.meeting_date.value)) if (
            self.body and minutes.meeting_date) else None
        self._text_len = len(minutes.source.text)
        # Where only N-Triples are wanted, evidence writes a span's IRI itself, as iri.span would (checked here, so
        # that the two cannot part), and each of a new span's lines at once.
        self._span_lines = not rdflib_terms and f"{iri.span(self.graph_iri, 0, 1)}" == f"{self.graph_iri}#char=0,1"
        self._source_tail = f" {OA.hasSource} {self.doc} .\n"  # a span's line but for its resource (evidence)

    # ------------------------------------------------------------------ terms

    def iri_term(self, value: str) -> Term:
        """An IRI in N-Triples form.  One that N-Triples cannot hold is only noted here: the graph takes it (with
        rdflib's warning), the N-Triples writer refuses it (:func:`minutes_to_ntriples`)."""
        if _BAD_IRI.search(value):
            self.bad_iri = True
        nt = f"<{value}>"  # an f-string gives a plain str, also of a URIRef
        if self._terms is not None and type(value) is URIRef:
            self._terms[nt] = value
        return nt

    def lit(self, value: Any, lang: str | None = None, datatype: str | None = None) -> Term:
        """The literal ``Literal(value, lang=lang, datatype=datatype)`` in N-Triples form."""
        # A string, an int and a bool are written here as rdflib writes their Literal, without making one unless
        # rdflib terms are wanted; what else a Literal may normalise (a date) is left to rdflib.
        cls = type(value)
        if cls is str and datatype is None and (lang is None or lang == _SV):
            lex = _escape(value)
            nt = f'"{lex}"@{lang}' if lang else f'"{lex}"'
        elif cls is int and lang is None and datatype is None:
            nt = f'"{value}"{_INTEGER}'
        elif cls is bool and lang is None and datatype is None:
            nt = _BOOLEAN[value]
        else:
            literal = _lit(value, lang=lang, datatype=datatype)
            nt = _literal_nt(literal)
            if self._terms is not None:
                self._terms.setdefault(nt, literal)
            return nt
        if self._terms is not None and nt not in self._terms:
            self._terms[nt] = _lit(value, lang=lang, datatype=datatype)
        return nt

    def party_iri(self, abbreviation: str) -> Term:
        node = self._party_iris.get(abbreviation)
        if node is None:
            node = self._party_iris[abbreviation] = self.iri_term(iri.party(abbreviation))
        return node

    def company_organ(self, company: str, organ: str) -> Term:
        """The board or general meeting of a company, minted under the company: every company has a "Styrelsen"."""
        owner = self.org(company)
        node = self.iri_term(iri.child(_raw(owner), "organ", organ))
        self.add(node, RDF.type, KG.Body)
        self.add(node, SKOS.prefLabel, self.lit(_name_label(organ), lang=_SV))
        self.add(node, ORG.subOrganizationOf, owner)
        return node

    def org(self, name: str) -> Term:
        """The IRI of an organisation by canonical name, typed and labelled in the graph."""
        if self.company_body is not None and self.m.body is not None and name == self.m.body.value:
            return self.company_body
        node = self._orgs.get(name)
        if node is not None:  # named again (a mention, a referral, an agreement's party): its triples are listed
            return node
        node = self._orgs[name] = self._org(name)
        return node

    def _org(self, name: str) -> Term:
        known = organisation_by_name().get(name.casefold())
        if is_municipality(name) or is_region(name) or is_federation(name) or name == self.muni_name:
            # A region is minted as a municipality is: one node whether it keeps the minutes or is named in them.
            node = self.iri_term(iri.municipality(name))
            self.add(node, RDF.type, _authority_class(name))
        elif (known.kind in ("body", "administration") if known else is_body(name)):
            # The gazetteer's kind wins over the name's ending: Socialstyrelsen and Transportstyrelsen are
            # national authorities, not a municipality's "-styrelsen".
            # A body belongs to the municipality whose minutes name it ("Socialnämnden" exists everywhere);
            # the gazetteer's municipality only helps where the document does not say.
            muni = self.muni_name or (known.municipality if known else None)
            node = self.iri_term(iri.organisation(name, muni))
            self.add(node, RDF.type, KG.Body)
            kind = (known.body_kind if known and known.body_kind else None) or body_kind(name)
            if kind:
                self.add(node, KG.bodyKind, _BODY_KINDS[kind])
            if muni:
                m = self.iri_term(iri.municipality(muni))
                self.add(node, ORG.subOrganizationOf, m)
                self.add(node, BESLUIT.bestuurt, m)
                self.add(m, RDF.type, _authority_class(muni))
                self.add(m, SKOS.prefLabel, self.lit(_name_label(muni), lang=_SV))
        else:
            node = self.iri_term(iri.organisation(name))
            self.add(node, RDF.type, KG.ExternalOrganisation)
        self.add(node, SKOS.prefLabel, self.lit(_name_label(name), lang=_SV))
        if known and known.wikidata:
            self.add(node, OWL.sameAs, self.iri_term(_vocab.WD[known.wikidata]))
        return node

    def party(self, abbreviation: str) -> Term:
        node = self._parties.get(abbreviation)
        if node is not None:
            return node
        node = self._parties[abbreviation] = self.party_iri(abbreviation)
        self.add(node, RDF.type, KG.PoliticalParty)
        self.add(node, SKOS.notation, self.lit(abbreviation))
        known = parties().get(abbreviation)
        if known:
            self.add(node, SKOS.prefLabel, self.lit(known.name, lang=_SV))
            if known.wikidata:
                self.add(node, OWL.sameAs, self.iri_term(_vocab.WD[known.wikidata]))
            if known.successor:
                self.add(node, DCTERMS.isReplacedBy, self.party_iri(known.successor))
        else:
            self.add(node, SKOS.prefLabel, self.lit(abbreviation, lang=_SV))
        return node

    def person_iri(self, name: str) -> Term:
        """A person's IRI, made once per name (a roll call names each voter again in every vote)."""
        node = self._person_iris.get(name)
        if node is None:
            node = self._person_iris[name] = self.iri_term(iri.person(name, self.muni_name))
        return node

    def person(self, name: str, party: str | None) -> Term:
        node = self._people.get((name, party))
        if node is not None:
            return node
        node = self._people[name, party] = self.person_iri(name)
        self.add(node, RDF.type, PERSON.Person)
        self.add(node, FOAF.name, self.lit(" ".join(name.split())))
        if self.muni:
            self.add(node, KG.municipality, self.muni)
        if party:
            p = self.party(party)
            ms = self.iri_term(iri.child(_raw(node), "parti", party))
            self.add(ms, RDF.type, ORG.Membership)
            self.add(ms, ORG.member, node)
            self.add(ms, ORG.organization, p)
            self.seen(ms)
        return node

    def seen(self, membership: Term) -> None:
        self.add(membership, KG.seenIn, self.doc)
        if self.meeting:
            self.add(membership, KG.seenAt, self.meeting)

    def evidence(self, node: Term, span: Span) -> None:
        """Provenance: the character span of the source document a fact was read from."""
        # A fact read up to the end of the text can end on the line break the cleaner adds after the last line,
        # one past the text; a selector must stay inside its source (Web Annotation).
        start, end = span.start, span.end
        if end > self._text_len:
            end = max(start, self._text_len)
        add = self.add
        sr = self._spans.get((start, end))
        if sr is not None:  # the span's resource and selector are listed already
            add(node, KG.evidence, sr)
            return
        if self._span_lines and type(start) is int and type(end) is int:
            # The same lines as below, made at less cost (half of a document's lines are these): no URIRef, which
            # nothing here needs, and no IRI check, as neither IRI can be worse than the document's own (checked
            # when the builder was made): what follows it is "#", letters, digits and a comma.  The integers are
            # written as lit writes an int (the page too: page_of gives one); offsets of another type are left to
            # iri.span's int() and lit below.
            graph = self.graph_iri
            sr = self._spans[start, end] = f"<{graph}#char={start},{end}>"
            sel = f"<{graph}#pos={start},{end}>"
            self.made += (
                f"{node} {KG.evidence} {sr} .\n", sr + _RESOURCE_TYPE, sr + self._source_tail,
                f"{sr} {OA.hasSelector} {sel} .\n", f'{sr} {KG.page} "{self.m.source.page_of(start)}"{_INTEGER} .\n',
                sel + _SELECTOR_TYPE, f'{sel} {OA.start} "{start}"{_INTEGER} .\n',
                f'{sel} {OA.end} "{end}"{_INTEGER} .\n')
            return
        sr = self._spans[start, end] = self.iri_term(iri.span(self.graph_iri, start, end))
        sel = self.iri_term(f"{self.graph_iri}#pos={start},{end}")
        lit = self.lit
        add(node, KG.evidence, sr)
        add(sr, RDF.type, OA.SpecificResource)
        add(sr, OA.hasSource, self.doc)
        add(sr, OA.hasSelector, sel)
        add(sr, KG.page, lit(self.m.source.page_of(start)))
        add(sel, RDF.type, OA.TextPositionSelector)
        add(sel, OA.start, lit(start))
        add(sel, OA.end, lit(end))

    # ------------------------------------------------------------------ the document

    def build(self) -> Graph:
        """The document's graph as an rdflib Graph (prefixes bound)."""
        return to_graph(self.build_triples())

    def build_triples(self) -> list[tuple[URIRef, URIRef, URIRef | Literal | BNode]]:
        """The document's triples as rdflib terms, each once, in the order the builder first made them."""
        if self._terms is None:
            raise ValueError("a GraphBuilder made without rdflib_terms gives N-Triples only (build_all)")
        made = dict.fromkeys(self.build_all())
        # Every literal's term was kept as it was made; the rest are IRIs ("<iri>"), each made into a URIRef once.
        terms: dict[Term, URIRef | Literal | BNode] = dict(self._terms)
        for nt in {t for triple in made for t in triple}.difference(terms):
            terms[nt] = URIRef(nt[1:-1])
        return [(terms[s], terms[p], terms[o]) for s, p, o in made]

    def build_all(self) -> list[Any]:
        """The document's triples as the builder made them, a triple stated twice listed twice: tuples of terms
        in N-Triples form, or (without ``rdflib_terms``) N-Triples lines."""
        m, doc, lit = self.m, self.doc, self.lit
        self.add(doc, RDF.type, KG.MinutesDocument)
        self.add(doc, KG.sourceFile, lit(m.source.path.name))
        self.add(doc, KG.sha256, lit(m.source.sha256))
        self.add(doc, DCTERMS.format, lit(m.source.media_type))
        self.add(doc, KG.pageCount, lit(m.source.page_count))
        self.add(doc, PROV.wasAttributedTo, self.iri_term(_SOFTWARE))
        if self.muni:
            self.org(self.muni_name or "")
            self.add(doc, KG.municipality, self.muni)
        if self.body:
            self.add(doc, KG.body, self.body)
            self.add(doc, DCTERMS.creator, self.body)
        if self.meeting and m.meeting_date:
            self.add(self.meeting, RDF.type, BESLUIT.Zitting)
            self.add(self.meeting, BESLUIT.isGehoudenDoor, self.body)  # type: ignore[arg-type]
            self.add(self.meeting, DCTERMS.date, lit(m.meeting_date.value, datatype=_XSD_DATE))
            self.add(self.meeting, BESLUIT.heeftNotulen, doc)
            self.evidence(self.meeting, m.meeting_date.span)
            if m.meeting_place:
                # One node per place as written: a protocol and an extract of one meeting that write its place
                # alike name one place, and two spellings stay two labels of two nodes, not two of one.
                place = self.iri_term(iri.child(_raw(self.meeting), "plats", m.meeting_place.value))
                self.add(self.meeting, PROV.atLocation, place)
                self.add(place, RDF.type, PROV.Location)
                self.add(place, SKOS.prefLabel, lit(_name_label(m.meeting_place.value), lang=_SV))
                self.evidence(place, m.meeting_place.span)
        for o in m.organisations:
            self.add(doc, KG.mentions, self.org(o.value))
        chair = secretary = None
        for p in m.persons:
            node = self.person(p.name, p.party)
            self.evidence(node, p.span)
            for role in p.roles:
                # One membership per body, role and party: a change of party is a new membership, not an edit.
                ms = self.iri_term(iri.child(_raw(node), "uppdrag", m.body.value if m.body else "okant-organ", role,
                                        p.party or "utan-parti"))
                self.add(ms, RDF.type, ORG.Membership)
                self.add(ms, ORG.member, node)
                self.add(ms, ORG.role, _ROLE_TERMS[role])
                if self.body:
                    self.add(ms, ORG.organization, self.body)
                if p.party:
                    self.add(ms, KG.onBehalfOfParty, self.party_iri(p.party))
                self.seen(ms)
                # Where this document lists the person (the attendance line, or where a person named only in the
                # text is named): one triple more, since the person's span is already there.
                self.evidence(ms, p.span)
                if role == "ordförande":
                    chair = node
                if role == "sekreterare":
                    secretary = node
            if p.replaces and self.meeting:
                replaced = self.person(p.replaces, None)
                sub = self.iri_term(iri.child(_raw(self.meeting), "intrade", p.name))
                self.add(sub, RDF.type, KG.Substitution)
                self.add(sub, KG.substitute, node)
                self.add(sub, KG.replacedMember, replaced)
                self.add(sub, KG.atMeeting, self.meeting)
        if self.meeting:
            if chair:
                self.add(self.meeting, BESLUIT.heeftVoorzitter, chair)
            if secretary:
                self.add(self.meeting, BESLUIT.heeftSecretaris, secretary)
        for i, par in enumerate(m.paragraphs, 1):
            self.paragraph(par, i)
        return self.made

    # ------------------------------------------------------------------ paragraphs

    def refs(self, node: Term, refs: tuple[PersonRef, ...], prop: Term = KG.signatory) -> None:
        for r in refs:
            person = self.person(r.name, r.party)
            self.add(node, KG.signatoryWithOthers if r.with_others else prop, person)
            if r.party:
                self.add(node, KG.onBehalfOfParty, self.party_iri(r.party))

    def paragraph(self, par: Paragraph, position: int) -> None:
        parent = self.meeting or self.doc
        node = self.iri_term(iri.paragraph(_raw(parent), par.number))
        add, lit = self.add, self.lit
        add(node, RDF.type, BESLUIT.BehandelingVanAgendapunt)
        add(node, KG.paragraphNumber, lit(par.number))
        if par.title:
            add(node, DCTERMS.title, lit(par.title, lang=_SV))
        add(node, KG.inDocument, self.doc)
        add(node, KG.position, lit(position))
        if self.body:
            add(node, KG.body, self.body)
        if self.meeting:
            add(node, KG.atMeeting, self.meeting)
        add(node, KG.immediatelyAdjusted, lit(par.immediate_adjustment))
        if par.without_decision:
            add(node, KG.withoutDecision, lit(True))
        self.evidence(node, par.span)
        case = None
        # The case is named by the number in the title where there is one (a referral's answers cite the
        # referring body's number there), else by the first number cited.
        in_title = [cn for cn in par.case_numbers if cn.value in par.title]
        ordered = in_title[:1] + [cn for cn in par.case_numbers if cn not in in_title[:1]]
        for n, cn in enumerate(ordered):
            num = self.iri_term(iri.case_number(self.muni_name, cn.value))
            add(num, RDF.type, KG.CaseNumber)
            add(num, SKOS.notation, lit(cn.value))
            add(node, KG.citesCaseNumber, num)
            self.evidence(num, cn.span)
            if n == 0:
                case = self.iri_term(iri.case(self.muni_name, cn.value))
                add(case, RDF.type, KG.Case)
                add(node, KG.concernsCase, case)
                if self.muni:
                    add(case, KG.municipality, self.muni)
            add(case, ADMS.identifier, num)
        if par.referred_by:
            sender = self.org(par.referred_by.value)
            ref = self.iri_term(iri.child(_raw(case or node), "remiss", par.referred_by.value))
            add(ref, RDF.type, KG.Referral)
            add(ref, KG.referredBy, sender)
            if self.body:
                add(ref, KG.referredTo, self.body)
            if case:
                add(ref, KG.concernsCase, case)
            add(node, KG.answersReferral, ref)
            self.evidence(ref, par.referred_by.span)
        if par.decision_points:
            dec = _under(node, "/beslut")
            add(dec, RDF.type, BESLUIT.Besluit)
            add(dec, PROV.wasGeneratedBy, node)
            add(node, KG.hasDecision, dec)
            for i, pt in enumerate(par.decision_points, 1):
                pn = _under(dec, f"/punkt/{i}")
                add(pn, RDF.type, KG.DecisionPoint)
                add(pn, RDF.value, lit(pt.value, lang=_SV))
                add(pn, KG.position, lit(i))
                add(dec, KG.hasPoint, pn)
                self.evidence(pn, pt.span)
        if par.staff_report_date:
            sr = _under(node, "/tjansteutlatande")
            add(sr, RDF.type, KG.StaffReport)
            add(sr, ELI.date_document, lit(par.staff_report_date.value, datatype=_XSD_DATE))
            add(node, KG.hasStaffReport, sr)
            self.evidence(sr, par.staff_report_date.span)
        for i, prop in enumerate(par.proposals, 1):
            pn = _under(node, f"/yrkande/{i}")
            add(pn, RDF.type, OPENGOV.Motion)
            add(node, KG.hasProposal, pn)
            self.refs(pn, prop.by, KG.proposer)
            if prop.text:
                add(pn, KG.text, lit(prop.text, lang=_SV))
            self.evidence(pn, prop.span)
        if par.vote:
            v = _under(node, "/votering/1")
            add(v, RDF.type, BESLUIT.Stemming)
            add(node, BESLUIT.heeftStemming, v)
            add(v, BESLUIT.aantalVoorstanders, lit(par.vote.yes))
            add(v, BESLUIT.aantalTegenstanders, lit(par.vote.no))
            add(v, BESLUIT.aantalOnthouders, lit(par.vote.abstain))
            prop_for = {"yes": BESLUIT.heeftVoorstander, "no": BESLUIT.heeftTegenstander,
                        "abstain": BESLUIT.heeftOnthouder}
            for name, choice in par.vote.roll_call:
                add(v, prop_for[choice], self.person_iri(name))
            self.evidence(v, par.vote.span)
        nodes: list[Term] = []
        for i, st in enumerate(par.statements, 1):
            sn = _under(node, f"/{iri.slug(st.kind)}/{i}")  # a slug holds letters, digits and "-" only
            nodes.append(sn)
            add(sn, RDF.type, _STATEMENT_CLASSES[st.kind])
            add(node, KG.hasStatement, sn)
            self.refs(sn, st.by)
            for p in st.parties:
                add(sn, KG.onBehalfOfParty, self.party(p))
            if st.text:
                add(sn, KG.text, lit(st.text, lang=_SV))
            self.evidence(sn, st.span)
        for st, sn in zip(par.statements, nodes, strict=True):
            if st.endorses is not None and 0 <= st.endorses < len(nodes):
                add(sn, KG.endorses, nodes[st.endorses])
        for ag in par.agreements:
            an = self.iri_term(iri.mint("avtal", iri.slug(ag.title)))
            add(an, RDF.type, KG.Agreement)
            add(an, DCTERMS.title, lit(ag.title, lang=_SV))
            for party in ag.parties:
                add(an, KG.agreementParty, self.org(party))
            if case:
                add(an, KG.concernsCase, case)
            add(node, KG.concernsAgreement, an)
            self.evidence(an, ag.span)


def minutes_to_graph(minutes: Minutes) -> tuple[URIRef, Graph]:
    """The named-graph IRI and graph of one document's facts."""
    b = GraphBuilder(minutes)
    return b.graph_iri, b.build()


def minutes_to_triples(minutes: Minutes) -> tuple[URIRef, list[tuple[URIRef, URIRef, URIRef | Literal | BNode]]]:
    """The named-graph IRI and the triples of one document's facts (the same triples as :func:`minutes_to_graph`)."""
    b = GraphBuilder(minutes)
    return b.graph_iri, b.build_triples()


def minutes_to_ntriples(minutes: Minutes) -> tuple[URIRef, list[str], bool]:
    """The named-graph IRI and the N-Triples lines of one document's facts (each triple once), and whether any
    blank node occurs (the same triples as :func:`minutes_to_graph`; the builder makes no blank node)."""
    b = GraphBuilder(minutes, rdflib_terms=False)
    lines = b.build_all()
    if b.bad_iri:
        # An IRI that N-Triples cannot hold (none of the builder's own can be such; a gazetteer's could): the
        # writer of rdflib terms refuses it, naming the first in the order of the triples.
        lines, blank = ntriples_lines(GraphBuilder(minutes).build_triples())
        return b.graph_iri, lines, blank
    return b.graph_iri, list(dict.fromkeys(lines)), False


def to_graph(triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal | BNode]]) -> Graph:
    """An rdflib Graph of ``triples`` with kommungraf's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns))
    for t in triples:
        g.add(t)
    return g


# ------------------------------------------------------------------------------------------------ N-Triples


def _iri_nt(iri: str) -> str:
    if _BAD_IRI.search(iri):
        raise ValueError(f"not a valid IRI, cannot write it as N-Triples: {iri!r}")
    return f"<{iri}>"  # an f-string gives a plain str; "<" + URIRef would be a URIRef again


def _escape(lex: str) -> str:
    """A literal's text as N-Triples writes it between its quotes."""
    if "\\" in lex or '"' in lex or "\n" in lex or "\r" in lex:
        return lex.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return lex


def _literal_nt(lit: Literal) -> str:
    lex = _escape(str(lit))
    if lit.language:
        return f'"{lex}"@{lit.language}'
    if (datatype := lit.datatype) is not None:
        return f'"{lex}"^^{_datatype_nt(str(datatype))}'
    return f'"{lex}"'


@lru_cache(maxsize=64)  # a handful of XSD datatypes, written for every typed literal (offsets, pages, dates)
def _datatype_nt(iri: str) -> str:
    return _iri_nt(iri)


def term_nt(term: URIRef | Literal | BNode, bnode_prefix: str = "b") -> str:
    """One RDF term in N-Triples syntax; blank node labels get ``bnode_prefix`` so documents never share one."""
    if isinstance(term, URIRef):
        return _iri_nt(term)
    if isinstance(term, Literal):
        return _literal_nt(term)
    if isinstance(term, BNode):
        return f"_:{bnode_prefix}{_NOT_LABEL.sub('', str(term))}"
    raise TypeError(f"not an RDF term: {term!r}")


def ntriples_lines(triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal | BNode]],
                   bnode_prefix: str = "b") -> tuple[list[str], bool]:
    """Triples as N-Triples lines (``s p o .\\n``), each once, in order; and whether a blank node occurs.

    Terms are memoised by object identity, which is safe because every term stays referenced by ``triples``
    for the whole call; rdflib's own ``__hash__``/``__eq__`` are Python code and would cost more than the rest.
    """
    triples = triples if isinstance(triples, list) else list(triples)
    memo: dict[int, str] = {}
    checked: set[str] = set()  # IRIs already validated, as plain strings
    lines: list[str] = []
    blank = False

    def convert(term: URIRef | Literal | BNode) -> str:
        nonlocal blank
        cls = type(term)
        if cls is URIRef:
            nt = f"<{term}>"
            if nt not in checked:
                _iri_nt(term)
                checked.add(nt)
        elif cls is Literal:
            nt = _literal_nt(term)  # type: ignore[arg-type]
        else:
            blank = blank or isinstance(term, BNode)
            nt = term_nt(term, bnode_prefix)
        memo[id(term)] = nt
        return nt

    get = memo.get
    append = lines.append
    for s, p, o in triples:
        append(f"{get(id(s)) or convert(s)} {get(id(p)) or convert(p)} {get(id(o)) or convert(o)} .\n")
    return list(dict.fromkeys(lines)), blank


def ntriples(triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal | BNode]], bnode_prefix: str = "b") -> str:
    """Triples as N-Triples text, one ``s p o .`` line each (every line ends in ``" .\\n"``)."""
    return "".join(ntriples_lines(triples, bnode_prefix)[0])
