"""Namespaces.  ``KG`` is closed over the terms that ``ontology/kommungraf.ttl`` declares (a test keeps the two
in step), so a misspelled term fails at import instead of minting a wrong IRI."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

KG_TERMS = [
    "Municipality", "Region", "MunicipalFederation", "Body", "Administration", "ExternalOrganisation",
    "PoliticalParty", "bodyKind", "BodyKinds",
    "Fullmaktige", "Styrelse", "Namnd", "Stadsdelsnamnd", "Utskott",
    "Role", "Roles", "Ordforande", "ViceOrdforande", "Ledamot", "Ersattare", "TjanstgorandeErsattare", "Justerare",
    "Sekreterare", "Tjansteman", "seenAt", "seenIn", "replaces", "Substitution", "substitute", "replacedMember",
    "atMeeting",
    "MinutesDocument", "sourceFile", "sha256", "pageCount", "municipality", "body", "paragraphNumber", "position",
    "immediatelyAdjusted", "withoutDecision", "inDocument",
    "Case", "CaseNumber", "concernsCase", "citesCaseNumber", "Referral", "referredBy", "referredTo",
    "answersReferral",
    "DecisionPoint", "hasPoint", "hasDecision", "hasProposal", "proposer",
    "Statement", "Reservation", "SpecialStatement", "SpecialOpinion", "SubstituteStatement", "MinuteNote",
    "hasStatement", "signatory", "signatoryWithOthers", "onBehalfOfParty", "endorses", "text",
    "Agreement", "agreementParty", "concernsAgreement", "StaffReport", "hasStaffReport", "mentions",
    "evidence", "page",
]

ONTOLOGY_IRI = "https://w3id.org/kommungraf/ontology"
KG = ClosedNamespace(ONTOLOGY_IRI + "#", KG_TERMS)

ORG = Namespace("http://www.w3.org/ns/org#")
PERSON = Namespace("http://www.w3.org/ns/person#")
OA = Namespace("http://www.w3.org/ns/oa#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
M8G = Namespace("http://data.europa.eu/m8g/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace | str] = {
    "kg": ONTOLOGY_IRI + "#", "org": ORG, "person": PERSON, "oa": OA, "adms": ADMS, "eli": ELI, "m8g": M8G,
    "opengov": OPENGOV, "besluit": BESLUIT, "mandaat": MANDAAT, "dct": DCTERMS, "foaf": FOAF, "prov": PROV,
    "skos": SKOS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "wd": WD,
}

ROLE_TERMS = {
    "ordförande": KG.Ordforande, "vice ordförande": KG.ViceOrdforande, "ledamot": KG.Ledamot,
    "ersättare": KG.Ersattare, "tjänstgörande ersättare": KG.TjanstgorandeErsattare, "justerare": KG.Justerare,
    "sekreterare": KG.Sekreterare, "tjänsteman": KG.Tjansteman,
}
STATEMENT_CLASSES = {
    "reservation": KG.Reservation, "särskilt uttalande": KG.SpecialStatement,
    "särskilt yttrande": KG.SpecialOpinion, "ersättaryttrande": KG.SubstituteStatement,
    "protokollsanteckning": KG.MinuteNote,
}
BODY_KINDS = {
    "fullmaktige": KG.Fullmaktige, "styrelse": KG.Styrelse, "namnd": KG.Namnd,
    "stadsdelsnamnd": KG.Stadsdelsnamnd, "utskott": KG.Utskott,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to put before a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
