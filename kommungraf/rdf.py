"""Stage 4: the facts of one document → an RDF graph, to be stored as the named graph of that document."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, SKOS, XSD

from . import __version__, iri
from .extract import is_body, is_municipality
from .gazetteer import organisation_by_name, parties
from .model import Minutes, Paragraph, PersonRef, Span
from .vocab import (
    ADMS,
    BESLUIT,
    BODY_KINDS,
    ELI,
    KG,
    OA,
    OPENGOV,
    ORG,
    PERSON,
    PREFIXES,
    ROLE_TERMS,
    STATEMENT_CLASSES,
    WD,
)

_SV = "sv"


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


class GraphBuilder:
    """Builds the graph of one document; every IRI it mints depends only on the facts, never on order."""

    def __init__(self, minutes: Minutes) -> None:
        self.m = minutes
        self.g = Graph()
        for prefix, ns in PREFIXES.items():
            self.g.bind(prefix, str(ns))
        self.doc = iri.document(minutes.key)
        self.muni_name = minutes.municipality
        self.muni = iri.municipality(minutes.municipality) if minutes.municipality else None
        self.body = self.org(minutes.body.value) if minutes.body else None
        self.meeting = iri.meeting(self.body, minutes.meeting_date.value) if (
            self.body and minutes.meeting_date) else None

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | BNode) -> None:
        self.g.add((s, p, o))

    # ------------------------------------------------------------------ terms

    def org(self, name: str) -> URIRef:
        """The IRI of an organisation by canonical name, typed and labelled in the graph."""
        known = organisation_by_name().get(name.casefold())
        if is_municipality(name):
            node = iri.municipality(name)
            self.add(node, RDF.type, KG.Municipality)
        elif is_body(name) or (known and known.kind in ("body", "administration")):
            # A body belongs to the municipality whose minutes name it ("Socialnämnden" exists everywhere);
            # the gazetteer's municipality only helps where the document does not say.
            muni = self.muni_name or (known.municipality if known else None)
            node = iri.organisation(name, muni)
            self.add(node, RDF.type, KG.Body)
            kind = (known.body_kind if known and known.body_kind else None) or body_kind(name)
            if kind:
                self.add(node, KG.bodyKind, BODY_KINDS[kind])
            if muni:
                m = iri.municipality(muni)
                self.add(node, ORG.subOrganizationOf, m)
                self.add(node, BESLUIT.bestuurt, m)
                self.add(m, RDF.type, KG.Municipality)
                self.add(m, SKOS.prefLabel, Literal(muni, lang=_SV))
        else:
            node = iri.organisation(name)
            self.add(node, RDF.type, KG.ExternalOrganisation)
        self.add(node, SKOS.prefLabel, Literal(name, lang=_SV))
        if known and known.wikidata:
            self.add(node, OWL.sameAs, WD[known.wikidata])
        return node

    def party(self, abbreviation: str) -> URIRef:
        node = iri.party(abbreviation)
        self.add(node, RDF.type, KG.PoliticalParty)
        self.add(node, SKOS.notation, Literal(abbreviation))
        known = parties().get(abbreviation)
        if known:
            self.add(node, SKOS.prefLabel, Literal(known.name, lang=_SV))
            if known.wikidata:
                self.add(node, OWL.sameAs, WD[known.wikidata])
            if known.successor:
                self.add(node, DCTERMS.isReplacedBy, iri.party(known.successor))
        else:
            self.add(node, SKOS.prefLabel, Literal(abbreviation, lang=_SV))
        return node

    def person(self, name: str, party: str | None) -> URIRef:
        node = iri.person(name, self.muni_name)
        self.add(node, RDF.type, PERSON.Person)
        self.add(node, FOAF.name, Literal(name))
        if self.muni:
            self.add(node, KG.municipality, self.muni)
        if party:
            p = self.party(party)
            ms = iri.child(str(node), "parti", party)
            self.add(ms, RDF.type, ORG.Membership)
            self.add(ms, ORG.member, node)
            self.add(ms, ORG.organization, p)
            self.seen(ms)
        return node

    def seen(self, membership: URIRef) -> None:
        self.add(membership, KG.seenIn, self.doc)
        if self.meeting:
            self.add(membership, KG.seenAt, self.meeting)

    def evidence(self, node: URIRef, span: Span) -> None:
        """Provenance: the character span of the source document a fact was read from."""
        sr = iri.span(self.doc, span.start, span.end)
        sel = URIRef(f"{self.doc}#pos={span.start},{span.end}")
        self.add(node, KG.evidence, sr)
        self.add(sr, RDF.type, OA.SpecificResource)
        self.add(sr, OA.hasSource, self.doc)
        self.add(sr, OA.hasSelector, sel)
        self.add(sr, KG.page, Literal(self.m.source.page_of(span.start)))
        self.add(sel, RDF.type, OA.TextPositionSelector)
        self.add(sel, OA.start, Literal(span.start))
        self.add(sel, OA.end, Literal(span.end))

    # ------------------------------------------------------------------ the document

    def build(self) -> Graph:
        m, doc = self.m, self.doc
        self.add(doc, RDF.type, KG.MinutesDocument)
        self.add(doc, KG.sourceFile, Literal(m.source.path.name))
        self.add(doc, KG.sha256, Literal(m.source.sha256))
        self.add(doc, DCTERMS.format, Literal(m.source.media_type))
        self.add(doc, KG.pageCount, Literal(m.source.page_count))
        self.add(doc, PROV.wasAttributedTo, URIRef(f"https://w3id.org/kommungraf/software/{__version__}"))
        if self.muni:
            self.org(self.muni_name or "")
            self.add(doc, KG.municipality, self.muni)
        if self.body:
            self.add(doc, KG.body, self.body)
            self.add(doc, DCTERMS.creator, self.body)
        if self.meeting and m.meeting_date:
            self.add(self.meeting, RDF.type, BESLUIT.Zitting)
            self.add(self.meeting, BESLUIT.isGehoudenDoor, self.body)  # type: ignore[arg-type]
            self.add(self.meeting, DCTERMS.date, Literal(m.meeting_date.value, datatype=XSD.date))
            self.add(self.meeting, BESLUIT.heeftNotulen, doc)
            self.evidence(self.meeting, m.meeting_date.span)
        for o in m.organisations:
            self.add(doc, KG.mentions, self.org(o.value))
        chair = secretary = None
        for p in m.persons:
            node = self.person(p.name, p.party)
            self.evidence(node, p.span)
            for role in p.roles:
                # One membership per body, role and party: a change of party is a new membership, not an edit.
                ms = iri.child(str(node), "uppdrag", m.body.value if m.body else "okant-organ", role,
                               p.party or "utan-parti")
                self.add(ms, RDF.type, ORG.Membership)
                self.add(ms, ORG.member, node)
                self.add(ms, ORG.role, ROLE_TERMS[role])
                if self.body:
                    self.add(ms, ORG.organization, self.body)
                if p.party:
                    self.add(ms, KG.onBehalfOfParty, iri.party(p.party))
                self.seen(ms)
                if role == "ordförande":
                    chair = node
                if role == "sekreterare":
                    secretary = node
            if p.replaces and self.meeting:
                replaced = self.person(p.replaces, None)
                sub = iri.child(str(self.meeting), "intrade", p.name)
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
        return self.g

    # ------------------------------------------------------------------ paragraphs

    def refs(self, node: URIRef, refs: tuple[PersonRef, ...], prop: URIRef = KG.signatory) -> None:
        for r in refs:
            person = self.person(r.name, r.party)
            self.add(node, KG.signatoryWithOthers if r.with_others else prop, person)
            if r.party:
                self.add(node, KG.onBehalfOfParty, iri.party(r.party))

    def paragraph(self, par: Paragraph, position: int) -> None:
        parent = self.meeting or self.doc
        node = iri.paragraph(str(parent), par.number)
        add = self.add
        add(node, RDF.type, BESLUIT.BehandelingVanAgendapunt)
        add(node, KG.paragraphNumber, Literal(par.number))
        if par.title:
            add(node, DCTERMS.title, Literal(par.title, lang=_SV))
        add(node, KG.inDocument, self.doc)
        add(node, KG.position, Literal(position))
        if self.body:
            add(node, KG.body, self.body)
        if self.meeting:
            add(node, KG.atMeeting, self.meeting)
        add(node, KG.immediatelyAdjusted, Literal(par.immediate_adjustment))
        self.evidence(node, par.span)
        case = None
        # The case is named by the number in the title where there is one (a referral's answers cite the
        # referring body's number there), else by the first number cited.
        in_title = [cn for cn in par.case_numbers if cn.value in par.title]
        ordered = in_title[:1] + [cn for cn in par.case_numbers if cn not in in_title[:1]]
        for n, cn in enumerate(ordered):
            num = iri.case_number(self.muni_name, cn.value)
            add(num, RDF.type, KG.CaseNumber)
            add(num, SKOS.notation, Literal(cn.value))
            add(node, KG.citesCaseNumber, num)
            self.evidence(num, cn.span)
            if n == 0:
                case = iri.case(self.muni_name, cn.value)
                add(case, RDF.type, KG.Case)
                add(node, KG.concernsCase, case)
                if self.muni:
                    add(case, KG.municipality, self.muni)
            add(case, ADMS.identifier, num)
        if par.referred_by:
            sender = self.org(par.referred_by.value)
            ref = iri.child(str(case or node), "remiss", par.referred_by.value)
            add(ref, RDF.type, KG.Referral)
            add(ref, KG.referredBy, sender)
            if self.body:
                add(ref, KG.referredTo, self.body)
            if case:
                add(ref, KG.concernsCase, case)
            add(node, KG.answersReferral, ref)
            self.evidence(ref, par.referred_by.span)
        if par.decision_points:
            dec = URIRef(f"{node}/beslut")
            add(dec, RDF.type, BESLUIT.Besluit)
            add(dec, PROV.wasGeneratedBy, node)
            add(node, KG.hasDecision, dec)
            for i, pt in enumerate(par.decision_points, 1):
                pn = URIRef(f"{dec}/punkt/{i}")
                add(pn, RDF.type, KG.DecisionPoint)
                add(pn, RDF.value, Literal(pt.value, lang=_SV))
                add(pn, KG.position, Literal(i))
                add(dec, KG.hasPoint, pn)
                self.evidence(pn, pt.span)
        if par.staff_report_date:
            sr = URIRef(f"{node}/tjansteutlatande")
            add(sr, RDF.type, KG.StaffReport)
            add(sr, ELI.date_document, Literal(par.staff_report_date.value, datatype=XSD.date))
            add(node, KG.hasStaffReport, sr)
            self.evidence(sr, par.staff_report_date.span)
        for i, prop in enumerate(par.proposals, 1):
            pn = URIRef(f"{node}/yrkande/{i}")
            add(pn, RDF.type, OPENGOV.Motion)
            add(node, KG.hasProposal, pn)
            self.refs(pn, prop.by, KG.proposer)
            if prop.text:
                add(pn, KG.text, Literal(prop.text, lang=_SV))
            self.evidence(pn, prop.span)
        if par.vote:
            v = URIRef(f"{node}/votering/1")
            add(v, RDF.type, BESLUIT.Stemming)
            add(node, BESLUIT.heeftStemming, v)
            add(v, BESLUIT.aantalVoorstanders, Literal(par.vote.yes))
            add(v, BESLUIT.aantalTegenstanders, Literal(par.vote.no))
            add(v, BESLUIT.aantalOnthouders, Literal(par.vote.abstain))
            prop_for = {"yes": BESLUIT.heeftVoorstander, "no": BESLUIT.heeftTegenstander,
                        "abstain": BESLUIT.heeftOnthouder}
            for name, choice in par.vote.roll_call:
                add(v, prop_for[choice], iri.person(name, self.muni_name))
            self.evidence(v, par.vote.span)
        nodes: list[URIRef] = []
        for i, st in enumerate(par.statements, 1):
            sn = URIRef(f"{node}/{iri.slug(st.kind)}/{i}")
            nodes.append(sn)
            add(sn, RDF.type, STATEMENT_CLASSES[st.kind])
            add(node, KG.hasStatement, sn)
            self.refs(sn, st.by)
            for p in st.parties:
                add(sn, KG.onBehalfOfParty, self.party(p))
            if st.text:
                add(sn, KG.text, Literal(st.text, lang=_SV))
            self.evidence(sn, st.span)
        for st, sn in zip(par.statements, nodes, strict=True):
            if st.endorses is not None and 0 <= st.endorses < len(nodes):
                add(sn, KG.endorses, nodes[st.endorses])
        for ag in par.agreements:
            an = iri.mint("avtal", iri.slug(ag.title))
            add(an, RDF.type, KG.Agreement)
            add(an, DCTERMS.title, Literal(ag.title, lang=_SV))
            for party in ag.parties:
                add(an, KG.agreementParty, self.org(party))
            if case:
                add(an, KG.concernsCase, case)
            add(node, KG.concernsAgreement, an)
            self.evidence(an, ag.span)


def minutes_to_graph(minutes: Minutes) -> tuple[URIRef, Graph]:
    """The named-graph IRI and graph of one document's facts."""
    b = GraphBuilder(minutes)
    return b.doc, b.build()
