"""A publishable dataset folder: dumps, a VoID + DCAT-AP description, the ontology and its documentation.

The folder appears whole or not at all: it is built in a temporary folder beside the target and renamed into
place at the end, so a refused or failed export leaves nothing behind.  Before anything is written the store is
validated against ``ontology/shapes.ttl``; a graph that does not conform is refused unless ``force``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

from . import __version__
from .errors import KommungrafError
from .export import FORMATS, export
from .ontology_docs import CSS, render_ontology_site
from .store import GraphStore, to_ox
from .validate import Violation, describe, validate_store
from .vocab import KG, ONTOLOGY_IRI, PREFIXES, WD

CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
URI_SPACE = "https://w3id.org/kommungraf/id/"
VOID = Namespace("http://rdfs.org/ns/void#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
PROV = Namespace("http://www.w3.org/ns/prov#")
EU_FILE_TYPE = Namespace("http://publications.europa.eu/resource/authority/file-type/")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
#: Stands in for the folder's future address while the description is written; relative IRIs replace it.  Its
#: own scheme keeps the writer from making any real IRI relative (an https base would shorten https IRIs to //…).
_PLACEHOLDER = "x-kommungraf-dataset://folder/"
VOID_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()} | {
    "void": str(VOID), "dcat": str(DCAT), "dct": str(DCTERMS), "foaf": str(FOAF), "vcard": str(VCARD),
    "spdx": str(SPDX), "xsd": str(XSD), "owl": str(OWL), "skos": str(SKOS), "rdfs": str(RDFS),
    "kg": ONTOLOGY_IRI + "#", "wd": str(WD), "prov": str(PROV),
}
#: The dumps a dataset folder carries: (format, file name).
DUMPS = (("nquads", "dumps/kommungraf.nq.gz"), ("turtle", "dumps/kommungraf.ttl.gz"),
         ("jsonld", "dumps/kommungraf.jsonld"))
_EU_FILE_TYPES = {"nquads": "RDF_N_QUADS", "turtle": "RDF_TURTLE", "jsonld": "JSON_LD", "trig": "RDF_TRIG",
                  "ntriples": "RDF_N_TRIPLES", "rdfxml": "RDF_XML"}


class DatasetRefusedError(KommungrafError):
    """The graph does not conform to the shapes, so it is not published (``--force`` overrides)."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        docs = {v.graph for v in violations}
        super().__init__(
            f"refusing to write a dataset: the graph does not conform to ontology/shapes.ttl "
            f"({len(violations)} violation(s) in {len(docs)} document(s)); first: {describe(violations[0])}; "
            f"see `kommungraf validate`, or pass --force to publish anyway")


class DatasetTargetError(KommungrafError):
    """The target folder holds something other than a kommungraf dataset, which an export must not replace."""


@dataclass(frozen=True)
class DatasetOptions:
    """What the description says about the publication."""

    license: str = CC0
    publisher: str = "kommungraf"
    publisher_url: str | None = None
    contact: str | None = None  # an e-mail address
    date: dt.date | None = None  # pins dct:issued and dct:modified (reproducible output)
    base_url: str | None = None  # where the folder will be published; relative IRIs when None
    sparql_endpoint: str | None = None  # a public SPARQL endpoint serving the same graph (kommungraf serve, a store)
    force: bool = False
    title_sv: str = "Kommunala protokoll som länkade data (kommungraf)"
    title_en: str = "Swedish municipal minutes as linked data (kommungraf)"
    description_sv: str = ("Organ, sammanträden, paragrafer, ärenden, remisser, beslut, yrkanden, voteringar, "
                           "reservationer och avtal ur svenska kommuners protokoll, med källhänvisning till "
                           "teckenpositionen i varje protokoll.")
    description_en: str = ("Bodies, meetings, paragraphs, cases, referrals, decisions, proposals, votes, "
                           "reservations and agreements read from the minutes of Swedish municipalities, every "
                           "fact traceable to the characters of the minutes it was read from.")


@dataclass(frozen=True)
class Municipality:
    iri: str
    label: str
    wikidata: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statistics:
    """Counts over the store, every one made by SPARQL (the default graph is the merged dataset)."""

    triples: int
    quads: int
    documents: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    classes: dict[str, int]  # class IRI → distinct instances
    properties: dict[str, int]  # property IRI → triples
    wikidata_links: int
    municipalities: tuple[Municipality, ...]
    first_meeting: str | None
    last_meeting: str | None
    example: str | None


@dataclass(frozen=True)
class DumpFile:
    path: str  # relative to the dataset folder
    format: str
    bytes: int
    sha256: str
    statements: int
    gzip: bool


@dataclass(frozen=True)
class DatasetReport:
    path: str
    dumps: tuple[DumpFile, ...]
    statistics: Statistics
    violations: int
    issued: dt.date
    modified: dt.date
    seconds: float
    files: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------------- counts


def _scalar(store: GraphStore, sparql: str) -> int:
    res = store.oxigraph.query(sparql)
    for row in res:
        return int(row[0].value) if row[0] is not None else 0
    return 0


def statistics(store: GraphStore) -> Statistics:
    """Everything VoID says about the store, counted by SPARQL."""
    ox_store = store.oxigraph
    classes = {r["c"].value: int(r["n"].value) for r in ox_store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")}
    props = {r["p"].value: int(r["n"].value) for r in ox_store.query(
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")}
    munis = []
    for r in ox_store.query(f"""
            SELECT ?m (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?w); separator=" ") AS ?wd) WHERE {{
              ?d a <{KG.MinutesDocument}> ; <{KG.municipality}> ?m .
              OPTIONAL {{ ?m <{SKOS.prefLabel}> ?l }}
              OPTIONAL {{ ?m <{OWL.sameAs}> ?w FILTER(STRSTARTS(STR(?w), "{WD}")) }}
            }} GROUP BY ?m ORDER BY ?m"""):
        wd = tuple(sorted(r["wd"].value.split())) if r["wd"] is not None else ()
        munis.append(Municipality(r["m"].value, r["label"].value if r["label"] else r["m"].value, wd))
    period = next(iter(ox_store.query(
        "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { "
        "?m a <http://data.vlaanderen.be/ns/besluit#Zitting> ; <http://purl.org/dc/terms/date> ?d }")))
    example = next(iter(ox_store.query(
        "SELECT ?m WHERE { ?m a <http://data.vlaanderen.be/ns/besluit#Zitting> } ORDER BY ?m LIMIT 1")), None)
    return Statistics(
        triples=_scalar(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        quads=_scalar(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
        documents=_scalar(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE "
                                 f"{{ GRAPH ?g {{ ?g a <{KG.MinutesDocument}> }} }}"),
        entities=_scalar(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o "
                                f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{URI_SPACE}")) }}'),
        distinct_subjects=_scalar(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        distinct_objects=_scalar(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        classes=dict(sorted(classes.items())),
        properties=dict(sorted(props.items())),
        wikidata_links=_scalar(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{OWL.sameAs}> ?o "
                                      f'FILTER(STRSTARTS(STR(?o), "{WD}")) }}'),
        municipalities=tuple(munis),
        first_meeting=period["first"].value if period["first"] is not None else None,
        last_meeting=period["last"].value if period["last"] is not None else None,
        example=example["m"].value if example is not None else None,
    )


def latest_load(store: GraphStore) -> dt.date | None:
    """When the store was last loaded: a load time recorded in a document graph, else the store files' age."""
    res = store.oxigraph.query(
        "SELECT (MAX(STR(?t)) AS ?m) WHERE { GRAPH ?g { ?g <http://www.w3.org/ns/prov#generatedAtTime>"
        "|<http://purl.org/dc/terms/modified> ?t } }")
    for row in res:
        if row["m"] is not None and len(row["m"].value) >= 10:
            return dt.date.fromisoformat(row["m"].value[:10])
    if store.path is not None and store.path.is_dir():
        # RocksDB rewrites its data files on every load; its LOG files change on every open, so they are skipped.
        times = [p.stat().st_mtime for p in store.path.iterdir() if p.is_file() and not p.name.startswith("LOG")]
        if times:
            return dt.datetime.fromtimestamp(max(times), dt.UTC).date()
    return None


# ---------------------------------------------------------------------------------------------------- VoID + DCAT


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def description(stats: Statistics, dumps: list[DumpFile], options: DatasetOptions, issued: dt.date,
                modified: dt.date, *, conforms: bool) -> Graph:
    """The VoID + DCAT-AP (DCAT-AP-SE) description; IRIs of the folder's files are under ``_PLACEHOLDER``."""
    base = _PLACEHOLDER
    g = Graph()
    add = g.add
    ds, cat = URIRef(base + "#dataset"), URIRef(base + "#catalog")
    lic = URIRef(options.license)
    publisher = URIRef(options.publisher_url) if options.publisher_url else URIRef(base + "#publisher")
    d_issued, d_modified = Literal(issued, datatype=XSD.date), Literal(modified, datatype=XSD.date)

    add((cat, RDF.type, DCAT.Catalog))
    add((cat, DCTERMS.title, Literal(options.title_sv, lang="sv")))
    add((cat, DCTERMS.title, Literal(options.title_en, lang="en")))
    add((cat, DCTERMS.description, Literal(options.description_sv, lang="sv")))
    add((cat, DCTERMS.description, Literal(options.description_en, lang="en")))
    add((cat, DCTERMS.publisher, publisher))
    add((cat, DCTERMS.license, lic))
    add((cat, DCTERMS.issued, d_issued))
    add((cat, DCTERMS.modified, d_modified))
    add((cat, DCTERMS.language, URIRef(EU + "language/SWE")))
    add((cat, FOAF.homepage, URIRef(base + "index.html")))
    add((cat, DCAT.dataset, ds))

    add((publisher, RDF.type, FOAF.Agent))
    add((publisher, FOAF.name, Literal(options.publisher)))

    add((ds, RDF.type, DCAT.Dataset))
    add((ds, RDF.type, VOID.Dataset))
    for p, sv, en in ((DCTERMS.title, options.title_sv, options.title_en),
                      (DCTERMS.description, options.description_sv, options.description_en)):
        add((ds, p, Literal(sv, lang="sv")))
        add((ds, p, Literal(en, lang="en")))
    add((ds, DCTERMS.publisher, publisher))
    contact = URIRef(base + "#contact")
    add((ds, DCAT.contactPoint, contact))
    add((contact, RDF.type, VCARD.Organization))
    add((contact, VCARD.fn, Literal(options.publisher)))
    if options.contact:
        add((contact, VCARD.hasEmail, URIRef(f"mailto:{options.contact}")))
    add((ds, DCTERMS.license, lic))
    if options.sparql_endpoint:
        # VoID's link for query clients, and DCAT-AP's data service for catalogues that harvest the description.
        endpoint = URIRef(options.sparql_endpoint)
        service = URIRef(base + "#sparql")
        add((ds, VOID.sparqlEndpoint, endpoint))
        add((cat, DCAT.service, service))
        add((service, RDF.type, DCAT.DataService))
        add((service, DCTERMS.title, Literal("SPARQL-ändpunkt", lang="sv")))
        add((service, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
        add((service, DCAT.endpointURL, endpoint))
        add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
        add((service, DCAT.servesDataset, ds))
        add((service, DCTERMS.license, lic))
        add((service, DCTERMS.publisher, publisher))
    add((ds, DCTERMS.accessRights, URIRef(EU + "access-right/PUBLIC")))
    add((ds, DCTERMS.issued, d_issued))
    add((ds, DCTERMS.modified, d_modified))
    add((ds, DCTERMS.language, URIRef(EU + "language/SWE")))
    add((ds, DCAT.theme, URIRef(EU + "data-theme/GOVE")))
    for kw in ("kommun", "protokoll", "beslut", "fullmäktige", "nämnd", "remiss", "reservation", "länkade data"):
        add((ds, DCAT.keyword, Literal(kw, lang="sv")))
    add((ds, DCAT.landingPage, URIRef(base + "index.html")))
    add((ds, FOAF.page, URIRef(base + "ontology/index.html")))
    add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    if conforms:
        add((ds, DCTERMS.conformsTo, URIRef("https://w3id.org/kommungraf/shapes")))
    prov_stmt = URIRef(base + "#provenance")
    add((ds, DCTERMS.provenance, prov_stmt))
    add((prov_stmt, RDF.type, DCTERMS.ProvenanceStatement))
    add((prov_stmt, RDFS.label, Literal(
        f"Extracted automatically by kommungraf {__version__} from {stats.documents} published minutes; each "
        "document's facts are one named graph of the N-Quads dump, and every fact points to the characters of "
        "the minutes it was read from (kg:evidence).", lang="en")))
    for m in stats.municipalities:
        node = URIRef(m.iri)
        add((ds, DCTERMS.spatial, node))
        add((node, RDF.type, DCTERMS.Location))
        add((node, SKOS.prefLabel, Literal(m.label, lang="sv")))
        for w in m.wikidata:
            add((node, OWL.sameAs, URIRef(w)))
    if stats.first_meeting and stats.last_meeting:
        period = URIRef(base + "#period")
        add((ds, DCTERMS.temporal, period))
        add((period, RDF.type, DCTERMS.PeriodOfTime))
        add((period, DCAT.startDate, Literal(stats.first_meeting, datatype=XSD.date)))
        add((period, DCAT.endDate, Literal(stats.last_meeting, datatype=XSD.date)))

    for d in dumps:
        ef = FORMATS[d.format]
        dist, url = URIRef(f"{base}#dump-{d.format}"), URIRef(base + d.path)
        add((ds, DCAT.distribution, dist))
        add((ds, VOID.dataDump, url))
        add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/" + {
            "nquads": "N-Quads", "turtle": "Turtle", "jsonld": "JSON-LD", "trig": "TriG",
            "ntriples": "N-Triples", "rdfxml": "RDF_XML"}[d.format])))
        add((dist, RDF.type, DCAT.Distribution))
        what = ("every document's named graph and the ontology's" if ef.quads else "the merged graph")
        add((dist, DCTERMS.title, Literal(f"{ef.label} dump{' (gzip)' if d.gzip else ''}", lang="en")))
        add((dist, DCTERMS.description, Literal(f"{ef.label}: {what}, {d.statements} statements.", lang="en")))
        add((dist, DCAT.accessURL, url))
        add((dist, DCAT.downloadURL, url))
        add((dist, DCAT.mediaType, URIRef(IANA + ef.media_type)))
        add((dist, DCTERMS["format"], EU_FILE_TYPE[_EU_FILE_TYPES[d.format]]))
        if d.gzip:
            add((dist, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
        add((dist, DCAT.byteSize, Literal(d.bytes, datatype=XSD.nonNegativeInteger)))
        add((dist, DCTERMS.license, lic))
        add((dist, DCTERMS.issued, d_issued))
        checksum = URIRef(f"{base}#checksum-{d.format}")
        add((dist, SPDX.checksum, checksum))
        add((checksum, RDF.type, SPDX.Checksum))
        add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        add((checksum, SPDX.checksumValue, Literal(d.sha256, datatype=XSD.hexBinary)))

    # VoID: sizes, vocabularies, partitions and the Wikidata linkset.
    add((ds, VOID.uriSpace, Literal(URI_SPACE)))
    add((ds, VOID.triples, Literal(stats.triples)))
    add((ds, VOID.entities, Literal(stats.entities)))
    add((ds, VOID.distinctSubjects, Literal(stats.distinct_subjects)))
    add((ds, VOID.distinctObjects, Literal(stats.distinct_objects)))
    add((ds, VOID.classes, Literal(len(stats.classes))))
    add((ds, VOID.properties, Literal(len(stats.properties))))
    add((ds, VOID.documents, Literal(stats.documents)))
    if stats.example:
        add((ds, VOID.exampleResource, URIRef(stats.example)))
    for ns in sorted({_namespace(i) for i in [*stats.classes, *stats.properties]}):
        add((ds, VOID.vocabulary, URIRef(ns)))
    width = len(str(max(len(stats.classes), len(stats.properties), 1)))  # #class-01 sorts before #class-10
    for i, (c, n) in enumerate(stats.classes.items(), 1):
        part = URIRef(f"{base}#class-{i:0{width}d}")
        add((ds, VOID.classPartition, part))
        add((part, VOID["class"], URIRef(c)))
        add((part, VOID.entities, Literal(n)))
    for i, (p, n) in enumerate(stats.properties.items(), 1):
        part = URIRef(f"{base}#property-{i:0{width}d}")
        add((ds, VOID.propertyPartition, part))
        add((part, VOID.property, URIRef(p)))
        add((part, VOID.triples, Literal(n)))
    wikidata, links = URIRef(base + "#wikidata"), URIRef(base + "#links-wikidata")
    add((wikidata, RDF.type, VOID.Dataset))
    add((wikidata, DCTERMS.title, Literal("Wikidata", lang="en")))
    add((wikidata, FOAF.homepage, URIRef("https://www.wikidata.org/")))
    add((wikidata, VOID.uriSpace, Literal(str(WD))))
    add((ds, VOID.subset, links))
    add((links, RDF.type, VOID.Linkset))
    add((links, VOID.linkPredicate, OWL.sameAs))
    add((links, VOID.subjectsTarget, ds))
    add((links, VOID.objectsTarget, wikidata))
    add((links, VOID.target, ds))
    add((links, VOID.target, wikidata))
    add((links, VOID.triples, Literal(stats.wikidata_links)))
    return g


def description_turtle(g: Graph, base_url: str | None) -> str:
    """Turtle of the description, the folder's own IRIs relative (or under ``base_url`` when given)."""
    first = {_PLACEHOLDER + "#catalog": 0, _PLACEHOLDER + "#dataset": 1}
    # Grouped by subject (the writer groups consecutive triples), catalog and dataset first, in a stable order.
    ordered = sorted(g, key=lambda t: (first.get(str(t[0]), 2), str(t[0]), str(t[1]), t[2].n3()))
    body = ox.serialize([ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in ordered], format=ox.RdfFormat.TURTLE,
                        prefixes=VOID_PREFIXES, base_iri=_PLACEHOLDER).decode("utf-8")
    head = f"@base <{_PLACEHOLDER}> .\n"
    if not body.startswith(head):
        raise KommungrafError("unexpected Turtle from the serializer: no @base line")  # pragma: no cover
    body = body[len(head):]
    if base_url:
        # The file's own address: "#dataset" and "dumps/…" then mean what they mean when it is fetched.
        body = f"@base <{base_url.rstrip('/')}/void.ttl> .\n" + body
    return ("# VoID and DCAT-AP (DCAT-AP-SE) description of a kommungraf dataset.\n"
            "# Relative IRIs resolve against this file's address: the files lie beside it.\n" + body)


# ---------------------------------------------------------------------------------------------------- the folder


def write_dataset(store: GraphStore, out_dir: str | Path, options: DatasetOptions | None = None) -> DatasetReport:
    """Validate, then write the dataset folder ``out_dir`` whole (or raise and leave nothing)."""
    options = options or DatasetOptions()
    t0 = time.perf_counter()
    target = Path(out_dir)
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / "void.ttl").is_file())):
        raise DatasetTargetError(f"{target} exists and is not a kommungraf dataset (no void.ttl); "
                                 "choose a new or empty folder")
    violations = validate_store(store)
    if violations and not options.force:
        raise DatasetRefusedError(violations)
    issued = options.date or dt.date.today()
    modified = options.date or latest_load(store) or issued
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        dumps = []
        for fmt, rel in DUMPS:
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            res = export(store, path, fmt)
            dumps.append(DumpFile(rel, fmt, res.bytes, _sha256(path), res.statements, res.gzip))
        render_ontology_site(tmp / "ontology")
        stats = statistics(store)
        g = description(stats, dumps, options, issued, modified, conforms=not violations)
        (tmp / "void.ttl").write_text(description_turtle(g, options.base_url), encoding="utf-8")
        (tmp / "index.html").write_text(landing_page(stats, dumps, options, issued, modified, len(violations)),
                                        encoding="utf-8")
        files = tuple(sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file()))
        _swap_into_place(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return DatasetReport(str(target), tuple(dumps), stats, len(violations), issued, modified,
                         time.perf_counter() - t0, files)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _swap_into_place(tmp: Path, target: Path) -> None:
    """Rename the finished folder to ``target``; an earlier dataset there is moved aside, then removed."""
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; a published folder is readable
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    try:
        os.replace(tmp, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _human(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"  # pragma: no cover


def landing_page(stats: Statistics, dumps: list[DumpFile], options: DatasetOptions, issued: dt.date,
                 modified: dt.date, violations: int) -> str:
    """``index.html``: what the dataset is, its files, counts and licence, for a person who opens the folder."""
    e = html.escape
    rows = "\n".join(
        f"<tr><td><a href=\"{e(d.path)}\">{e(d.path)}</a></td><td>{e(FORMATS[d.format].label)}"
        f"{' (gzip)' if d.gzip else ''}</td><td>{d.statements:,}</td><td>{_human(d.bytes)}</td>"
        f"<td><code>{e(d.sha256[:16])}…</code></td></tr>" for d in dumps)
    munis = ", ".join(e(m.label) for m in stats.municipalities) or "—"
    period = (f"{e(stats.first_meeting)} – {e(stats.last_meeting)}" if stats.first_meeting else "—")
    sparql = (f'\n<dt>SPARQL endpoint</dt><dd><a href="{e(options.sparql_endpoint)}">{e(options.sparql_endpoint)}</a>'
              f"</dd>" if options.sparql_endpoint else "")
    warn = (f"<p><strong>Published with {violations} SHACL violation(s)</strong> (exported with --force).</p>"
            if violations else "")
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(options.title_sv)}</title>
<link rel="alternate" type="text/turtle" href="void.ttl">
<style>{CSS}</style>
</head>
<body>
<header><a href="index.html"><strong>kommungraf dataset</strong></a><a href="void.ttl">void.ttl</a>
<a href="ontology/index.html">ontology</a></header>
<main>
<h1>{e(options.title_sv)}</h1>
<p lang="en"><em>{e(options.title_en)}</em></p>
<p>{e(options.description_sv)}</p>
<p lang="en">{e(options.description_en)}</p>
{warn}
<dl>
<dt>publisher</dt><dd>{e(options.publisher)}</dd>
<dt>licence</dt><dd><a href="{e(options.license)}">{e(options.license)}</a></dd>
<dt>issued / modified</dt><dd>{issued.isoformat()} / {modified.isoformat()}</dd>
<dt>municipalities</dt><dd>{munis}</dd>
<dt>meetings</dt><dd>{period}</dd>
<dt>documents</dt><dd>{stats.documents:,}</dd>
<dt>triples (merged graph)</dt><dd>{stats.triples:,}</dd>
<dt>entities</dt><dd>{stats.entities:,}</dd>
<dt>links to Wikidata</dt><dd>{stats.wikidata_links:,}</dd>
<dt>description</dt><dd><a href="void.ttl">void.ttl</a> (VoID, DCAT-AP)</dd>{sparql}
<dt>model</dt><dd><a href="ontology/index.html">the kommungraf ontology</a>:
<a href="ontology/kommungraf.ttl">Turtle</a>,
<a href="ontology/shapes.ttl">SHACL shapes</a>, <a href="ontology/context.jsonld">JSON-LD context</a></dd>
</dl>
<h2>Downloads</h2>
<table><tr><th>file</th><th>format</th><th>statements</th><th>size</th><th>SHA-256</th></tr>
{rows}
</table>
</main>
</body>
</html>
"""
