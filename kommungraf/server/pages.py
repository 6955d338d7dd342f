"""HTML pages: the query page and a page per resource.  Every piece of data goes through :func:`h`."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from ..iri import BASE
from ..vocab import KG, ONTOLOGY_IRI, PERSON
from .worker import Resource

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_PATH_SAFE = "/-._~!$&'()*+,;=:@"


def h(text: object) -> str:
    """Text made safe for HTML content and attribute values."""
    return escape(str(text), quote=True)


def local_href(iri: str) -> str | None:
    """Our own IRIs as links to this server's pages; other http(s) IRIs as they are; else no link."""
    if iri.startswith(BASE):
        rest, _, fragment = iri[len(BASE):].partition("#")
        return "/id/" + quote(rest, safe=_PATH_SAFE) + (f"#{quote(fragment, safe=_PATH_SAFE)}" if fragment else "")
    if iri == ONTOLOGY_IRI or iri.startswith(ONTOLOGY_IRI + "#"):
        return "/ontology/" + quote(iri[len(ONTOLOGY_IRI) + 1:], safe="")
    if iri.startswith(("http://", "https://")):
        return iri
    return None


def compact(iri: str, prefixes: dict[str, str]) -> str:
    """``foaf:name`` for ``http://xmlns.com/foaf/0.1/name`` where a prefix fits."""
    for p, ns in prefixes.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri


def _page(title: str, body: str, *, scripts: tuple[str, ...] = ()) -> str:
    tags = "".join(f'<script src="/static/{h(s)}" defer></script>' for s in scripts)
    return ("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{h(title)}</title><link rel=\"stylesheet\" href=\"/static/style.css\">{tags}</head>"
            f"<body>{body}</body></html>\n")


def _nav() -> str:
    return ('<nav><a href="/">kommungraf</a> · <a href="/#sparql">SPARQL</a> · <a href="/#search">sök</a> · '
            '<a href="/ontology">ontologi</a></nav>')


def query_page(base: str) -> str:
    """The page where a person writes or picks a query and sees the results (behaviour in page.js)."""
    body = f"""{_nav()}
<main data-base="{h(base)}" id="app">
<h1>kommungraf</h1>
<p>Ask the graph of municipal minutes: pick a named query, write SPARQL, or search the text.</p>
<section id="named"><h2>Named queries</h2>
<form id="named-form"><label for="named-select">Query</label> <select id="named-select"></select>
<p id="named-description" class="help"></p><div id="named-params"></div>
<button type="submit" id="run-named">Run named query</button></form></section>
<section id="sparql"><h2>SPARQL</h2>
<form id="sparql-form"><label for="query" class="block">Query (read-only; SELECT, ASK, CONSTRUCT, DESCRIBE)</label>
<textarea id="query" name="query" rows="12" spellcheck="false">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 20</textarea>
<button type="submit" id="run">Run query</button></form></section>
<section id="search"><h2>Search the text</h2>
<form id="search-form"><label for="search-q">Words</label> <input id="search-q" type="search" name="q"
placeholder="samverkan polis"> <button type="submit" id="run-search">Search</button></form></section>
<section id="results" aria-live="polite"><p id="status"></p><div id="output"></div></section>
<p class="help">The endpoint is <code>/sparql</code> (SPARQL 1.1 Protocol); see docs/server.md.</p>
</main>"""
    return _page("kommungraf", body, scripts=("page.js",))


def _term_html(term: tuple[str, ...], res: Resource, prefixes: dict[str, str]) -> str:
    if term[0] == "uri":
        return _link(term[1], res, prefixes)
    if term[0] == "literal":
        _, value, lang, datatype = term
        extra = f' <span class="lang">@{h(lang)}</span>' if lang else (
            f' <span class="dt">{h(compact(datatype, prefixes))}</span>'
            if datatype and not datatype.endswith("#string") else "")
        return f'<span class="literal">{h(value)}</span>{extra}'
    return f'<span class="bnode">{h(term[1])}</span>'


def _link(iri: str, res: Resource, prefixes: dict[str, str]) -> str:
    text = res.labels.get(iri) or (iri[len(BASE):] if iri.startswith(BASE) else compact(iri, prefixes))
    href = local_href(iri)
    if href is None:
        return f'<span class="iri">{h(text)}</span>'
    return f'<a href="{h(href)}" title="{h(iri)}">{h(text)}</a>'


def resource_page(res: Resource, prefixes: dict[str, str]) -> str:
    """A resource: its name, types, every outgoing and incoming link, and where to get it as RDF."""
    name = res.labels.get(res.iri) or res.iri.rsplit("/", 1)[-1]
    types = [t for p, t in res.outgoing if p == RDF_TYPE and t[0] == "uri"]
    type_html = ", ".join(_term_html(t, res, prefixes) for t in types) or "–"
    out_rows = "".join(f"<tr><td>{_link(p, res, prefixes)}</td><td>{_term_html(o, res, prefixes)}</td></tr>"
                       for p, o in sorted(res.outgoing, key=lambda r: (r[0] != RDF_TYPE, r[0], r[1])))
    in_rows = "".join(f"<tr><td>{_link(s, res, prefixes)}</td><td>{_link(p, res, prefixes)}</td></tr>"
                      for s, p in sorted(res.incoming, key=lambda r: (r[1], r[0])))
    note = '<p class="warning">Only the first links are shown (the server\'s row cap).</p>' if res.truncated else ""
    rdf = "".join(f' <a href="?format={k}">{t}</a>' for k, t in
                  (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples")))
    timeline = timeline_href(res)
    timeline_html = f'\n<p><a href="{h(timeline)}">Tidslinje</a> (in date order)</p>' if timeline else ""
    body = f"""{_nav()}<main>
<h1>{h(name)}</h1>
<p class="iri"><code>{h(res.iri)}</code></p>
<p>Type: {type_html}</p>{timeline_html}{note}
<h2>Links from here</h2>
<table class="links"><thead><tr><th>property</th><th>value</th></tr></thead><tbody>{out_rows}</tbody></table>
<h2>Links to here</h2>
{'<p>none</p>' if not in_rows else '<table class="links"><thead><tr><th>resource</th><th>property</th></tr>'
 f'</thead><tbody>{in_rows}</tbody></table>'}
<p class="help">As RDF:{rdf}</p>
</main>"""
    return _page(name, body)


_PERSON, _BODY, _CASE, _CASE_NUMBER = str(PERSON.Person), str(KG.Body), str(KG.Case), str(KG.CaseNumber)
# Organisations that are no body of a municipality: their timeline is their agreements and the referrals they sent.
_OUTSIDE = {str(KG.ExternalOrganisation), str(KG.Municipality), str(KG.Region), str(KG.MunicipalFederation)}


def timeline_href(res: Resource) -> str | None:
    """The server's timeline of a person, a body, a case, a registration number or an organisation (its agreements
    and referrals), for the resource's page."""
    types = {o[1] for p, o in res.outgoing if p == RDF_TYPE and o[0] == "uri"}
    if _PERSON in types:
        return f"/timeline?person={quote(res.iri, safe='')}"
    if _BODY in types:
        return f"/timeline?body={quote(res.iri, safe='')}"
    if types & {_CASE, _CASE_NUMBER}:
        return f"/timeline?case={quote(res.iri, safe='')}"
    if types & _OUTSIDE:
        return f"/timeline?organisation={quote(res.iri, safe='')}"
    return None


def error_page(status: int, message: str) -> str:
    return _page(f"{status}", f"{_nav()}<main><h1>{status}</h1><p>{h(message)}</p></main>")
