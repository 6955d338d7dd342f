"""The ontology's documentation as a small self-contained HTML site, generated from ``ontology/kommungraf.ttl``.

One page per class and per property (Swedish and English labels, comment, the standard terms it specialises,
domain, range, where it is used: other terms and the SHACL shapes), an index, and a page of the standard terms
the graph reuses.  Pages link to each other by relative file names in one folder, so the same pages work written
to disk (``render_ontology_site``) and served one at a time (``ontology_page``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from .errors import KommungrafError
from .export import shipped_context
from .ontology import ontology_graph, shapes_graph
from .resources import read_text
from .vocab import ONTOLOGY_IRI, PREFIXES

KG_NS = ONTOLOGY_IRI + "#"
SHAPES_NS = "https://w3id.org/kommungraf/shapes#"
SH = Namespace("http://www.w3.org/ns/shacl#")
DCT = Namespace("http://purl.org/dc/terms/")
_SAFE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")

#: The vocabularies kommungraf reuses, by namespace: name and home page (docs/ontology.md's "from" column).
VOCABULARIES: dict[str, tuple[str, str]] = {
    "http://data.vlaanderen.be/ns/besluit#": ("LBLOD Besluit (decisions)", "https://data.vlaanderen.be/ns/besluit"),
    "http://data.vlaanderen.be/ns/mandaat#": ("LBLOD Mandaat (mandates)", "https://data.vlaanderen.be/ns/mandaat"),
    "http://www.w3.org/ns/org#": ("W3C Organization Ontology (ORG)", "https://www.w3.org/TR/vocab-org/"),
    "http://www.w3.org/ns/person#": ("W3C Person (ISA Core Person)", "https://www.w3.org/ns/person"),
    "http://xmlns.com/foaf/0.1/": ("FOAF", "http://xmlns.com/foaf/spec/"),
    "http://www.w3.org/ns/prov#": ("W3C PROV-O", "https://www.w3.org/TR/prov-o/"),
    "http://www.w3.org/ns/oa#": ("W3C Web Annotation", "https://www.w3.org/TR/annotation-vocab/"),
    "http://www.w3.org/ns/adms#": ("ADMS", "https://www.w3.org/TR/vocab-adms/"),
    "http://data.europa.eu/eli/ontology#": ("ELI", "https://op.europa.eu/en/web/eu-vocabularies/eli"),
    "http://data.europa.eu/m8g/": ("Core Public Organisation Vocabulary (CPOV)",
                                   "https://semiceu.github.io/CPOV/releases/2.1.0/"),
    "http://www.w3.org/ns/opengov#": ("W3C Open Government (OpenGov)", "https://www.w3.org/ns/opengov"),
    "http://purl.org/dc/terms/": ("DCMI Metadata Terms", "https://www.dublincore.org/specifications/dublin-core/dcmi-terms/"),
    "http://www.w3.org/2004/02/skos/core#": ("SKOS", "https://www.w3.org/TR/skos-reference/"),
    "http://www.w3.org/2002/07/owl#": ("OWL", "https://www.w3.org/TR/owl2-overview/"),
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": ("RDF", "https://www.w3.org/TR/rdf11-schema/"),
    "http://www.w3.org/2000/01/rdf-schema#": ("RDF Schema", "https://www.w3.org/TR/rdf11-schema/"),
}
#: Structural terms every ontology uses; not "reused standard terms" in the sense of the model.
_STRUCTURAL = {str(t) for t in (RDF.type, RDFS.label, RDFS.comment, RDFS.subClassOf, RDFS.subPropertyOf,
                                RDFS.domain, RDFS.range, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                OWL.Ontology, OWL.versionInfo, RDF.langString)}


class UnknownTermError(KommungrafError, LookupError):
    """No page of the ontology documentation has that name."""


@dataclass
class Term:
    """One class or property of the ontology, with what the pages say about it."""

    local: str
    iri: str
    kind: str  # "class" or "property"
    labels: dict[str, str] = field(default_factory=dict)
    comment: str = ""
    types: list[str] = field(default_factory=list)
    supers: list[str] = field(default_factory=list)
    subs: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    ranges: list[str] = field(default_factory=list)
    instances: list[str] = field(default_factory=list)

    @property
    def filename(self) -> str:
        return f"{self.kind}-{self.local}.html"


@dataclass(frozen=True)
class Constraint:
    """One SHACL property shape, in words: which class's shape, which path, what it requires."""

    shape: str
    target: str
    path: list[str]
    rules: list[str]
    value_class: str | None = None  # sh:class: the class its values must have


@dataclass
class Site:
    terms: dict[str, Term]  # by IRI
    constraints: list[Constraint]
    individuals: dict[str, tuple[str, dict[str, str]]]  # IRI → (type IRI, labels)
    graph: Graph

    def by_local(self, local: str) -> list[Term]:
        return [t for t in self.terms.values() if t.local == local]


# ---------------------------------------------------------------------------------------------------- model


def _local(iri: str) -> str:
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri


def _labels(g: Graph, s: URIRef, *preds: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in preds:
        for o in g.objects(s, p):
            if isinstance(o, Literal):
                out.setdefault(o.language or "", str(o))
    return out


@cache
def site() -> Site:
    """The documentation's model, built once from the shipped ontology and shapes."""
    g = ontology_graph()
    terms: dict[str, Term] = {}
    for kind, classes in (("class", (OWL.Class,)), ("property", (OWL.ObjectProperty, OWL.DatatypeProperty))):
        for c in classes:
            for s in g.subjects(RDF.type, c):
                iri = str(s)
                if not iri.startswith(KG_NS) or not _SAFE_NAME.fullmatch(_local(iri)):
                    continue
                sup = RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf
                terms[iri] = Term(
                    _local(iri), iri, kind, _labels(g, s, RDFS.label),
                    str(g.value(s, RDFS.comment) or ""),
                    sorted(str(t) for t in g.objects(s, RDF.type)),
                    sorted(str(o) for o in g.objects(s, sup)), [],
                    sorted(str(o) for o in g.objects(s, RDFS.domain)),
                    sorted(str(o) for o in g.objects(s, RDFS.range)))
    for t in terms.values():
        for sup in t.supers:
            if sup in terms:
                terms[sup].subs.append(t.iri)
    individuals: dict[str, tuple[str, dict[str, str]]] = {}
    for s, _, c in g.triples((None, RDF.type, None)):
        if str(s) in terms or str(s) == ONTOLOGY_IRI or not str(s).startswith(KG_NS):
            continue
        individuals[str(s)] = (str(c), _labels(g, s, SKOS.prefLabel, RDFS.label))
        if str(c) in terms:
            terms[str(c)].instances.append(str(s))
    for t in terms.values():
        t.subs.sort()
        t.instances.sort()
    return Site(terms, _constraints(), individuals, g)


def _constraints() -> list[Constraint]:
    sg = shapes_graph()
    out: list[Constraint] = []
    for shape in sorted(set(sg.subjects(RDF.type, SH.NodeShape))):
        targets = sorted(str(t) for t in sg.objects(shape, SH.targetClass))
        for ps in sg.objects(shape, SH.property):
            path_node = sg.value(ps, SH.path)
            if path_node is None:
                continue
            if isinstance(path_node, URIRef):
                path = [str(path_node)]
            else:
                path = [str(x) for x in Collection(sg, path_node)]
            rules = constraint_words(sg, ps)
            vc = sg.value(ps, SH["class"])
            for target in targets:
                out.append(Constraint(str(shape), target, path, rules, str(vc) if vc is not None else None))
    return out


def constraint_words(sg: Graph, ps: URIRef) -> list[str]:
    """What a SHACL property shape requires, in words (the validator's messages use the same words)."""
    words: list[str] = []
    v = sg.value
    if (n := v(ps, SH.minCount)) is not None:
        words.append(f"at least {n} value{'s' if int(n) != 1 else ''}")
    if (n := v(ps, SH.maxCount)) is not None:
        words.append(f"at most {n} value{'s' if int(n) != 1 else ''}")
    if (d := v(ps, SH.datatype)) is not None:
        words.append(f"values of datatype {qname(str(d))}")
    if (c := v(ps, SH["class"])) is not None:
        words.append(f"values of class {qname(str(c))}")
    if (p := v(ps, SH.pattern)) is not None:
        words.append(f"matching the pattern {p}")
    if (n := v(ps, SH.minInclusive)) is not None:
        words.append(f"values ≥ {n}")
    if (n := v(ps, SH.minLength)) is not None:
        words.append(f"at least {n} characters")
    if (m := v(ps, SH.message)) is not None:
        words.append(f"“{m}”")
    return words


def qname(iri: str) -> str:
    """``prefix:local`` for an IRI in one of the project's namespaces, else the IRI."""
    spaces = {p: str(ns) for p, ns in PREFIXES.items()} | {"kgsh": SHAPES_NS}
    matches = [(len(ns), p) for p, ns in spaces.items() if iri.startswith(ns)]
    if not matches:
        return iri
    n, p = max(matches)  # the longest namespace wins
    return f"{p}:{iri[n:]}"


def reused_terms() -> dict[str, list[str]]:
    """Every standard (non-kg) term the model reuses → where: the ontology's superterms, domains and ranges,
    the SHACL shapes' targets and paths, and the JSON-LD context's short names."""
    s = site()
    uses: dict[str, list[str]] = {}

    def use(iri: str, where: str) -> None:
        if iri.startswith(KG_NS) or iri.startswith(str(XSD)) or iri in _STRUCTURAL:
            return
        uses.setdefault(iri, [])
        if where not in uses[iri]:
            uses[iri].append(where)

    for t in s.terms.values():
        for sup in t.supers:
            use(sup, f"{'superclass' if t.kind == 'class' else 'superproperty'} of kg:{t.local}")
        for d in t.domains:
            use(d, f"domain of kg:{t.local}")
        for r in t.ranges:
            use(r, f"range of kg:{t.local}")
    for c in s.constraints:
        use(c.target, f"target of the shape {qname(c.shape)}")
        for p in c.path:
            use(p, f"constrained by the shape {qname(c.shape)}")
    ctx = json.loads(read_text("ontology", "context.jsonld"))["@context"]
    pfx = {k: v for k, v in ctx.items() if isinstance(v, str) and "://" in v and v[-1] in "/#"}
    for k, v in ctx.items():
        ref = v if isinstance(v, str) else v.get("@id") if isinstance(v, dict) else None
        if not ref or ref.startswith("@") or k in pfx:
            continue
        head, _, tail = ref.partition(":")
        use(pfx[head] + tail if head in pfx else ref, f"“{k}” in the JSON-LD context")
    return dict(sorted(uses.items()))


# ---------------------------------------------------------------------------------------------------- HTML

CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#fafafa}
header{background:#1f3a5f;color:#fff;padding:.8rem 1.5rem}header a{color:#fff;margin-right:1.2rem}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.7rem;margin:.6rem 0 .2rem}h1 small{font-weight:normal;color:#556;font-size:1rem}
h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde;padding-bottom:.2rem}
code,.iri{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
dl{display:grid;grid-template-columns:12rem 1fr;gap:.35rem 1rem}dt{font-weight:600;color:#445}dd{margin:0}
table{border-collapse:collapse;width:100%}td,th{text-align:left;border-bottom:1px solid #e4e4ea;padding:.3rem .5rem;
vertical-align:top}a{color:#1f5fa8}.iri code{font-size:1em}ul{margin:.2rem 0;padding-left:1.2rem}.muted{color:#667}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(iri: str) -> str:
    """A link to a term: our own to its page, a standard one to its IRI, shown as prefix:local."""
    s = site()
    if iri in s.terms:
        t = s.terms[iri]
        title = t.labels.get("en", "")
        return f'<a href="{_e(t.filename)}" title="{_e(title)}"><code>kg:{_e(t.local)}</code></a>'
    if iri in s.individuals:
        return f'<a href="index.html#{_e(_local(iri))}"><code>kg:{_e(_local(iri))}</code></a>'
    return f'<a class="iri" href="{_e(iri)}"><code>{_e(qname(iri))}</code></a>'


def _links(iris: Iterable[str]) -> str:
    items = list(iris)
    return ", ".join(_link(i) for i in items) if items else '<span class="muted">—</span>'


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)} — kommungraf ontology</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            "<header><a href=\"index.html\"><strong>kommungraf ontology</strong></a>"
            "<a href=\"index.html#classes\">classes</a><a href=\"index.html#properties\">properties</a>"
            "<a href=\"reused.html\">reused standard terms</a></header>\n"
            f"<main>\n{body}\n</main>\n</body>\n</html>\n")


def _labels_html(labels: dict[str, str]) -> str:
    rows = [f"{_e(labels[lang])} <span class=\"muted\">({_e(lang or 'no language')})</span>"
            for lang in ("sv", "en", *sorted(k for k in labels if k not in ("sv", "en"))) if lang in labels]
    return "<br>".join(rows) or '<span class="muted">—</span>'


def _constraints_html(cs: list[Constraint], *, by_path: bool) -> str:
    if not cs:
        return f'<p class="muted">No SHACL shape {"targets this class" if by_path else "constrains it"}.</p>'
    rows = []
    for c in cs:
        path = " / ".join(_link(p) for p in c.path)
        first = path if by_path else _link(c.target)
        rows.append(f"<tr><td>{first}</td><td><code>{_e(qname(c.shape))}</code></td>"
                    f"<td>{_e('; '.join(c.rules)) or '—'}</td></tr>")
    head = "path" if by_path else "on class"
    return (f"<table><tr><th>{head}</th><th>shape</th><th>requires</th></tr>\n" + "\n".join(rows) + "</table>")


def term_page(t: Term) -> str:
    """The page of one class or property."""
    s = site()
    en = t.labels.get("en", t.local)
    sv = t.labels.get("sv", "")
    rows = [("IRI", f'<code class="iri">{_e(t.iri)}</code>'),
            ("labels", _labels_html(t.labels)),
            ("comment", _e(t.comment) or '<span class="muted">—</span>')]
    ctx_term = shipped_context().by_iri.get(t.iri)
    if ctx_term is not None:
        rows.append(("JSON-LD key", f'<code>{_e(ctx_term.term)}</code> in <a href="context.jsonld">context.jsonld</a>'))
    body = [f"<h1>kg:{_e(t.local)} <small>{_e(t.kind)} · {_e(en)}"
            f"{' · ' + _e(sv) if sv else ''}</small></h1>"]
    if t.kind == "class":
        rows += [("subclass of", _links(t.supers)), ("subclasses", _links(t.subs))]
        if t.instances:
            rows.append(("instances", _links(t.instances)))
        with_domain = sorted(p.iri for p in s.terms.values() if t.iri in p.domains)
        as_range = sorted(p.iri for p in s.terms.values() if t.iri in p.ranges)
        rows += [("properties of it", _links(with_domain)), ("value of", _links(as_range))]
        cs = [c for c in s.constraints if c.target == t.iri]
        used = "<h2>Used in shapes</h2>\n" + _constraints_html(cs, by_path=True)
        as_value = [c for c in s.constraints if c.value_class == t.iri]
        if as_value:
            rows_v = "\n".join(
                f"<tr><td>{_link(c.target)}</td><td>{' / '.join(_link(p) for p in c.path)}</td>"
                f"<td><code>{_e(qname(c.shape))}</code></td></tr>" for c in as_value)
            used += ("<h3>Required as the class of values</h3>\n<table><tr><th>on class</th><th>path</th>"
                     f"<th>shape</th></tr>\n{rows_v}</table>")
    else:
        kind = ("object property" if str(OWL.ObjectProperty) in t.types else "datatype property")
        rows += [("kind", _e(kind)), ("subproperty of", _links(t.supers)), ("subproperties", _links(t.subs)),
                 ("domain", _links(t.domains)), ("range", _links(t.ranges))]
        cs = [c for c in s.constraints if t.iri in c.path]
        used = "<h2>Used in shapes</h2>\n" + _constraints_html(cs, by_path=False)
    dl = "\n".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows)
    body.append(f"<dl>\n{dl}\n</dl>")
    body.append(used)
    return _page(f"kg:{t.local}", "\n".join(body))


def index_page() -> str:
    s = site()
    g = s.graph
    onto = URIRef(ONTOLOGY_IRI)
    title = str(g.value(onto, DCT.title) or "kommungraf ontology")
    desc = str(g.value(onto, DCT.description) or "")
    version = str(g.value(onto, OWL.versionInfo) or "")
    licence = g.value(onto, DCT.license)
    parts = [f"<h1>{_e(title)} <small>{_e(version)}</small></h1>", f"<p>{_e(desc)}</p>",
             f"<dl><dt>namespace</dt><dd><code class=\"iri\">{_e(KG_NS)}</code> (prefix <code>kg:</code>)</dd>"
             "<dt>source</dt><dd><a href=\"kommungraf.ttl\">kommungraf.ttl</a> · "
             "<a href=\"shapes.ttl\">shapes.ttl</a> (SHACL) · <a href=\"context.jsonld\">context.jsonld</a>"
             " (JSON-LD)</dd>"
             + (f"<dt>licence</dt><dd><a href=\"{_e(licence)}\">{_e(licence)}</a></dd>" if licence else "")
             + "</dl>"]
    for kind, heading in (("class", "Classes"), ("property", "Properties")):
        anchor = "classes" if kind == "class" else "properties"
        rows = []
        for t in sorted((t for t in s.terms.values() if t.kind == kind), key=lambda t: t.local.casefold()):
            rows.append(f"<tr id=\"{_e(t.local)}\"><td>{_link(t.iri)}</td><td>{_e(t.labels.get('en', ''))}</td>"
                        f"<td>{_e(t.labels.get('sv', ''))}</td><td>{_links(t.supers)}</td></tr>")
        sup = "subclass of" if kind == "class" else "subproperty of"
        parts.append(f"<h2 id=\"{anchor}\">{heading}</h2>\n<table><tr><th>term</th><th>English</th>"
                     f"<th>Swedish</th><th>{sup}</th></tr>\n" + "\n".join(rows) + "</table>")
    rows = []
    for iri, (typ, labels) in sorted(s.individuals.items()):
        rows.append(f"<tr id=\"{_e(_local(iri))}\"><td><code>kg:{_e(_local(iri))}</code></td><td>{_link(typ)}</td>"
                    f"<td>{_e(labels.get('en', ''))}</td><td>{_e(labels.get('sv', ''))}</td></tr>")
    parts.append("<h2 id=\"concepts\">Concepts and schemes</h2>\n<table><tr><th>term</th><th>type</th>"
                 "<th>English</th><th>Swedish</th></tr>\n" + "\n".join(rows) + "</table>")
    return _page(title, "\n".join(parts))


def reused_page() -> str:
    uses = reused_terms()
    by_ns: dict[str, list[str]] = {}
    for iri in uses:
        ns = next((n for n in sorted(VOCABULARIES, key=len, reverse=True) if iri.startswith(n)), "")
        by_ns.setdefault(ns, []).append(iri)
    parts = ["<h1>Standard terms reused</h1>",
             "<p>kommungraf uses standard vocabularies wherever their meaning fits and mints its own terms only "
             "for what is Swedish or unmodelled. These are the standard terms the ontology specialises, the "
             "shapes check and the JSON-LD context names.</p>"]
    for ns in sorted(by_ns, key=lambda n: VOCABULARIES.get(n, ("~" + n, ""))[0].casefold()):
        name, home = VOCABULARIES.get(ns, (ns or "other", ns))
        rows = [f"<tr><td>{_link(i)}</td><td>{_e('; '.join(uses[i]))}</td></tr>" for i in by_ns[ns]]
        heading = f"<a href=\"{_e(home)}\">{_e(name)}</a>" if home else _e(name)
        parts.append(f"<h2>{heading} <small class=\"muted\"><code>{_e(ns)}</code></small></h2>\n"
                     "<table><tr><th>term</th><th>how kommungraf uses it</th></tr>\n" + "\n".join(rows) + "</table>")
    return _page("Standard terms reused", "\n".join(parts))


# ---------------------------------------------------------------------------------------------------- API


def ontology_pages() -> dict[str, str]:
    """Every page of the site: file name → HTML."""
    pages = {"index.html": index_page(), "reused.html": reused_page()}
    for t in site().terms.values():
        pages[t.filename] = term_page(t)
    return pages


def ontology_page(name: str) -> str:
    """One page by term local name (``Body`` is the class, ``body`` the property), file name (``class-Body.html``),
    ``index`` or ``reused``.  Raises :class:`UnknownTermError` for anything else."""
    stem = name[:-5] if name.endswith(".html") else name
    if stem in ("", "index"):
        return index_page()
    if stem == "reused":
        return reused_page()
    s = site()
    for t in s.terms.values():
        if stem in (t.local, t.filename[:-5]):
            return term_page(t)
    raise UnknownTermError(f"the ontology has no class or property named {name!r}")


#: The source files the pages link to (beside them), with their media types.
ONTOLOGY_FILES = {"kommungraf.ttl": "text/turtle", "shapes.ttl": "text/turtle",
                  "context.jsonld": "application/ld+json"}


def ontology_file(name: str) -> tuple[str, str]:
    """A source file the pages link to, as (text, media type): for a server that serves the pages' folder."""
    if name not in ONTOLOGY_FILES:
        raise UnknownTermError(f"the ontology has no file named {name!r}")
    return read_text("ontology", name), ONTOLOGY_FILES[name]


def render_ontology_site(out_dir: str | Path) -> list[Path]:
    """Write the HTML documentation (and the Turtle, shapes and context it links to) into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fname in ONTOLOGY_FILES:
        (out / fname).write_text(ontology_file(fname)[0], encoding="utf-8")
        written.append(out / fname)
    for fname, text in sorted(ontology_pages().items()):
        (out / fname).write_text(text, encoding="utf-8")
        written.append(out / fname)
    return written
