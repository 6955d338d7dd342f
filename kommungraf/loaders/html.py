"""HTML minutes: a municipal web page (minutes inside site chrome) or an exported protocol, as lines.

Site chrome is removed first: scripts, styles, forms, navigation, cookie banners, breadcrumbs, skip links
and share buttons, the site header and footer, and a sidebar that is only links (a sidebar with meeting facts
stays).  The rest is laid out as text: each block (paragraph, heading, list item, table row, definition) on
its own line, whitespace collapsed inside a line, list items numbered "1. " (ol) or marked "- " (ul), table
cells and a definition term with its description joined by a TAB.  Only text is kept; no URL, script or
attribute survives.  CSS page breaks (as Word's "save as web page" writes them) become form feeds.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import DocumentError
from ..source import SourceText, sha256_of
from .chars import DROP_INVISIBLE
from .text import decode_text

_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "div", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "html", "legend", "main", "menu", "nav", "p", "section", "summary", "caption", "dir", "listing", "xmp",
    "noframes", "frameset", "frame", "search",
}
# Elements that never hold document text.
_NEVER_TEXT = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "svg", "math", "canvas",
    "head", "title", "meta", "link", "base", "select", "option", "optgroup", "datalist", "textarea",
    "input", "audio", "video", "source", "track", "map", "area", "img", "picture", "dialog",
}
_ROLE_DROP = {"navigation", "search", "menu", "menubar", "toolbar", "dialog", "alertdialog", "tablist"}
# Class/id tokens (split at "-", "_" and spaces) that name site chrome.  Deliberately narrow: "social" alone,
# not as a prefix ("socialtjanst" is content), and no "share" prefix ("shared-block" is content).
_TOKEN_SET = {"feedback", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "toolbar", "pagination",
              "pager", "sitemap", "skip", "skiplink", "skiplinks", "submenu", "megamenu", "mainmenu",
              "topbar",
              "menu", "share", "sharing", "sharebuttons", "socialshare", "social", "socialmedia", "some",
              "cookie", "cookies", "consent", "gdpr"}
_TOKEN_PREFIX = ("cookie", "consent", "gdpr", "breadcrumb", "navbar", "navigation", "menu", "skiplink")
_TOKEN_SUFFIX = ("nav", "menu", "navigation", "breadcrumb", "breadcrumbs", "cookies", "consent")
_LABEL_WORDS = ("cookie", "kakor", "samtycke", "consent", "breadcrumb", "brödsmul", "du är här", "meny",
                "menu", "navigering", "navigation", "dela sidan", "share", "sociala medier", "social media")
_SKIP_TEXT = re.compile(r"(?i)(?:till|direkt till|hoppa till)\s+(?:huvud)?innehåll"
                        r"|skip\s+to\s+(?:main\s+)?content")
_CONTENT_IDS = ("content", "main", "main-content", "maincontent", "innehall", "huvudinnehall", "page-content")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPLIT_TOKENS = re.compile(r"[\s_\-]+")
_WS = re.compile(r"\s+")
# Digit guards, not \b: _text_of joins a label to its value ("Sammanträdesdatum2024-06-17" from a <dl>).
_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(r"""^\s*<\?xml[^>]*\?>""")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""")
_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>", re.I | re.S)
# A rule starts after a brace (or at the start): tried at every character, a style sheet without braces
# (an unclosed <style> that swallowed the page) took quadratic time, 17 s for 60 KB (found by fuzzing).
_CSS_RULE = re.compile(r"(?:^|(?<=[{}]))([^{}]+)\{([^{}]*)\}")
_BREAK_BEFORE = re.compile(r"(?:page-break-before|break-before)\s*:\s*(?:always|page|left|right|recto|verso)",
                           re.I)
_BREAK_AFTER = re.compile(r"(?:page-break-after|break-after)\s*:\s*(?:always|page|left|right|recto|verso)",
                          re.I)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));?")
_MAX_DEPTH = 100  # levels the layout follows; deeper content is taken as plain text
#: The longest rowspan cell repeated in the rows it spans (a party, a code; not a paragraph of text).
_MAX_CARRIED = 12
_MAX_SPAN = 64


def read_html(path: Path, data: bytes) -> SourceText:
    """Read an HTML page or exported protocol: block-level lines, list markers, table cells split by TAB."""
    text = _decode(data, path)
    # Characters XML cannot hold: lxml parses them but refuses them when the tree is edited.  The same goes for
    # character references to them ("&#0;", "&#x1b;", "&#xd800;"), which the parser would turn into them.
    text = _NOT_XML.sub(" ", text)
    text = _CHAR_REF.sub(_char_ref, text)
    text = _XML_DECL.sub("", text, count=1)
    # A DOCTYPE with an internal subset could declare entities; the HTML parser would print it as text.
    head, rest = text[:65536], text[65536:]
    text = _DOCTYPE.sub("", head, count=1) + rest
    warnings: list[str] = []
    root = _parse(path, text, huge=False)
    if root is None:
        # libxml2 stops at 256 levels of nesting and drops the rest of the page.  Old generated HTML reaches that
        # with unclosed <font> tags, so parse again without the limit (the layout flattens deep nesting itself;
        # the file size is bounded by the registry) and say so.
        root = _parse(path, text, huge=True)
        warnings.append("the HTML is nested more than 256 levels deep (unclosed tags?); "
                        "text nested deeper than the parser allows may be missing")
    body = root.find("body")
    if body is None:
        body = root
    breaks = _page_break_classes(root)
    _drop_tracked_deletions(body)
    _prune(body)
    _drop_translations(root, body)
    lines = _Layout(breaks).run(body)
    lines = _issuer_from_title(root, lines) + lines
    # Page breaks (print CSS, as Word's "save as web page" writes them) become form feeds between lines.
    # The line before a break ends with a newline and the page starts after the form feed, as pdftotext has it.
    out = re.sub("\n*\f\n*", "\n\f", "\n".join(lines).strip("\f\n"))
    if not unicodedata.is_normalized("NFC", out):
        out = unicodedata.normalize("NFC", out)
    if not out.strip():
        raise DocumentError(path, "no text in the HTML document")
    starts = (0, *(i + 1 for i, ch in enumerate(out) if ch == "\f"))
    return SourceText(path=path, text=out, media_type="text/html", sha256=sha256_of(data), page_starts=starts,
                      warnings=tuple(warnings))


def _char_ref(m: re.Match[str]) -> str:
    """A numeric character reference, or a space where it names a character XML cannot hold."""
    cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF) or (cp < 0x20 and cp not in (9, 10, 13)):
        return " "
    return m.group()


def _parse(path: Path, text: str, *, huge: bool):
    """The parsed page; None if libxml2 hit its depth limit (and dropped what lies deeper)."""
    import lxml.etree
    import lxml.html

    # No network, no entity loading: the HTML parser knows only HTML's own entities.
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=huge)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as e:
        if not text.strip() or "empty" in str(e).lower():
            raise DocumentError(path, "no text in the HTML document") from None
        raise DocumentError(path, f"not readable HTML: {e}") from None
    if not huge and any("Excessive depth" in e.message for e in parser.error_log):
        return None
    return root


def _page_break_classes(root) -> tuple[set[str], set[str]]:
    """Classes that a stylesheet in the page gives a page break before / after (``.pagebreak {...}``)."""
    before: set[str] = set()
    after: set[str] = set()
    for style in root.iter("style"):
        css = style.text or ""
        for m in _CSS_RULE.finditer(css[:200_000]):
            selectors, decl = m.group(1), m.group(2)
            classes = set(re.findall(r"^\s*[\w-]*\.([\w-]+)\s*$", selectors.replace(",", "\n"), re.M))
            if _BREAK_BEFORE.search(decl):
                before |= classes
            if _BREAK_AFTER.search(decl):
                after |= classes
    return before, after


def _decode(data: bytes, path: Path) -> str:
    """Decode by BOM, then a declared charset (meta or XML declaration), then detection."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, path)
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if m:
        label = m.group(1).decode("ascii", "ignore").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = None
        # As browsers do: Latin-1 and ASCII labels mean windows-1252; a UTF-16 label on a byte stream without
        # a BOM is a copy-paste error (the bytes are ASCII-compatible, or the meta tag could not be read).
        if name in ("latin-1", "iso8859-1", "ascii"):
            name = "cp1252"
        elif name and name.startswith("utf-16"):
            name = "utf-8"
        if name:
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                pass  # mislabelled: detect instead
    return decode_text(data, path)


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _drop_tracked_deletions(body) -> None:
    """Remove ``<del>`` elements (their tail text stays), so the page reads as if its changes were accepted.

    Word's HTML export and hand-edited drafts keep tracked changes as ``<del>``/``<ins>``: the deleted text
    (an old date, a replaced vote count, a struck decision point) would otherwise be read beside its
    replacement.  ``<ins>`` is inline and is read as ordinary text.
    """
    for el in list(body.iter("del", "DEL")):
        if el.getparent() is not None:
            el.drop_tree()


def _prune(body) -> None:
    """Remove what is not document text: code, forms, hidden elements and site chrome."""
    for el in list(body.iter()):
        if el.getparent() is None:
            continue
        if _tag(el) in _NEVER_TEXT or not isinstance(el.tag, str):  # also comments, PIs, entities
            el.drop_tree()
    total = len(_text_of(body))
    roots = _content_roots(body)
    # Never drop the content or anything that holds it, whatever its class says ("nav-open" on a wrapper ...).
    keep = {id(r) for r in roots} | {id(a) for r in roots for a in r.iterancestors()}
    has_main = bool(roots)

    def protected(el) -> bool:
        if id(el) in keep or _tag(el) in ("html", "body", "main", "article"):
            return True
        # An element holding most of the page's text is the page.
        return total > 0 and len(_text_of(el)) > total / 2

    root_ids = {id(r) for r in roots}

    def in_content(el) -> bool:
        return any(id(a) in root_ids or _tag(a) in ("main", "article", "section") for a in el.iterancestors())

    for el in list(body.iter()):
        if el.getparent() is None or not isinstance(el.tag, str):
            continue
        if not _is_chrome(el, has_main, in_content) or protected(el):
            continue
        if _issuer_banner(el):
            for child in [c for c in el if isinstance(c.tag, str) and _link_dense(c)]:
                child.drop_tree()
            continue
        el.drop_tree()
    # A sidebar stays if it holds facts (chair, adjuster, date); it goes if it is mostly links.
    for el in list(body.iter()):
        if el.getparent() is None or not isinstance(el.tag, str):
            continue
        if _tag(el) != "aside" and (el.get("role") or "").lower() != "complementary":
            continue
        if _link_dense(el) and not protected(el):
            el.drop_tree()


def _language(el) -> str:
    """The primary language subtag of an element's own ``lang`` (or ``xml:lang``) attribute, lower case; "" if none."""
    lang = el.get("lang") or el.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return lang.strip().split("-")[0].casefold()


def _drop_translations(root, body) -> None:
    """Remove the elements marked as written in another language than the page's Swedish: the Finnish, Meänkieli or
    Sami twin of a label, title or summary (``<dt>Justerare <span lang="fi">Pöytäkirjantarkastajat</span></dt>``).

    Why: minutes of municipalities in the administrative areas for the minority languages print every label with
    its translation inside the same element, so "Justerare Pöytäkirjantarkastajat" and "Kommunfullmäktiges beslut
    Kunnanvaltuuston päätös" matched no label.  Only on a page in Swedish (or without a language), and never an
    element that holds most of the page's text: a page whose content is marked Finnish is not a translation."""
    if _language(root) not in ("", "sv", "swe"):
        return
    total = len(_text_of(body))
    for el in list(body.iter()):
        if el.getparent() is None or not isinstance(el.tag, str):
            continue
        lang = _language(el)
        if lang and lang not in ("sv", "swe") and len(_text_of(el)) < total / 2:
            el.drop_tree()


def _content_roots(body) -> list:
    """The page's main content: main/article/role=main, a skip link's target, or a conventional content id."""
    roots = list(body.xpath(".//main | .//article | .//*[@role='main']"))
    ids: list[str] = []
    for a in body.iter("a"):
        href = (a.get("href") or "").strip()
        if not href.startswith("#") or len(href) < 2:
            continue
        names = f"{a.get('id') or ''} {a.get('class') or ''}".lower()
        if "skip" in names or _SKIP_TEXT.search(" ".join(a.itertext())):
            ids.append(href[1:])
    ids.extend(_CONTENT_IDS)
    # The elements under body with each id, in the order of the names and then of the page, as one query
    # ".//*[@id=$name]" a name gave them; one walk instead of one for each name (seven or more a page).
    wanted = set(ids)
    by_id: dict[str, list] = {}
    for el in body.iterdescendants():
        if isinstance(el.tag, str):  # elements only, as "*" selects
            name = el.get("id")
            if name is not None and name in wanted:
                by_id.setdefault(name, []).append(el)
    for name in ids:
        for el in by_id.get(name, ()):
            if el not in roots:
                roots.append(el)
    return roots


def _is_chrome(el, has_main: bool, in_content) -> bool:
    tag = _tag(el)
    role = (el.get("role") or "").lower()
    if tag in ("nav", "form", "search") or role in _ROLE_DROP:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true" \
            or _HIDDEN_STYLE.search(el.get("style") or ""):
        # Hidden outside the content: a mobile menu or a dialog.  Hidden inside it is a collapsed panel of an
        # accordion, which holds the minutes themselves until clicked open: keep that.
        return has_main and not in_content(el)
    if tag in ("header", "footer") or role in ("banner", "contentinfo"):
        # Page header and footer, not an article's own header or footer (which may hold the meeting facts).
        if not in_content(el) and (has_main or _link_dense(el)) and not _protocol_header(el) \
                and not _protocol_band(el) and not _protocol_titled_header(el) and not _issuer_footer(el) \
                and not _signature_footer(el):
            return True
    names = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
    for token in _SPLIT_TOKENS.split(names):
        if not token:
            continue
        if token == "banner":
            if not in_content(el):
                return True
            continue
        if token in _TOKEN_SET or token.startswith(_TOKEN_PREFIX) or token.endswith(_TOKEN_SUFFIX):
            return True
    label = (el.get("aria-label") or "").lower()
    return bool(label) and any(w in label for w in _LABEL_WORDS)


def _protocol_header(el) -> bool:
    """A page header without a single link that dates the page: an exported protocol's own header (issuer,
    body, "Sammanträdesdatum: …"), which a site header, always holding at least the logo's link, never is."""
    return _tag(el) == "header" and next(el.iter("a"), None) is None and bool(_DATED.search(_text_of(el)))


# The facts that only a protocol's own running header or footer carries: a date in any of the forms minutes print
# ("18/4 2024", "2024.04.03", "3 april 2024"), or signature labels ("Sekr.", "Ordf.", "Just.", "Justerare").
_BAND_DATE = re.compile(r"(?<!\d)(?:[0-3]?\d/[01]?\d\s*(?:19|20)\d\d|(?:19|20)\d\d\.[01]\d\.[0-3]\d|"
                        r"[0-3]?\d\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                        r"november|december)\s*(?:19|20)\d\d)(?!\d)", re.I)
_BAND_SIGNATURE = re.compile(r"(?:^|[\s·|•])(?:Sekr\.|Ordf\.|Just\.|Sekreterare|Ordförande|Justerare|"
                             r"Justerandes?\s+sign)")


def _protocol_band(el) -> bool:
    """A header or footer without a single link that carries a protocol's facts: a date written other than ISO,
    or signature labels.

    Why: an exported protocol puts its running head ("Sammanträdesdatum 18/4 2024") and its signatures ("Sekr. …
    · Ordf. … · Just. …") in <header> and <footer>; a site's header or footer always has links (logo, contact)."""
    if _tag(el) not in ("header", "footer") or next(el.iter("a"), None) is not None:
        return False
    text = " ".join(t for t in el.itertext() if isinstance(t, str))
    return bool(_BAND_DATE.search(text) or _BAND_SIGNATURE.search(text))


_PROTOCOL_WORD = re.compile(r"(?i)(?<!\w)(?:sammanträdes)?protokoll(?:sutdrag|et)?(?!\w)")


def _protocol_titled_header(el) -> bool:
    """A page header without a single link that names the document as minutes ("Kramfors kommun · Barn- och
    utbildningsnämnden · Protokollsutdrag"): the protocol's own running head, with its issuer.

    Why: without a date or signature labels it was dropped as site chrome, and the issuing municipality with it;
    a site's header always has links (logo, contact)."""
    return _tag(el) == "header" and next(el.iter("a"), None) is None and len(_text_of(el)) < 300 and \
        bool(_PROTOCOL_WORD.search(" ".join(t for t in el.itertext() if isinstance(t, str))))


# The labels a protocol's signature footer opens with: the secretary's "Vid protokollet" and the certification of an
# extract ("Utdragsbestyrkande", "Rätt utdraget intygar").
_SIGNATURE_FOOTER = re.compile(r"(?im)^\s*(?:vid\s+protokollet|utdragsbestyrkande|rätt\s+utdraget\s+intygar)\b")


def _signature_footer(el) -> bool:
    """A page footer without a single link, short, whose lines open with a protocol's signature labels ("Vid
    protokollet: Jenny Falk, nämndsekreterare" / "Utdragsbestyrkande: Jenny Falk").

    Why: ``_protocol_band`` knows "Sekreterare" and "Justerare" but not these labels, so the footer was dropped as
    site chrome and the secretary named only there was lost; a site's footer always has links."""
    if _tag(el) != "footer" or next(el.iter("a"), None) is not None or len(_text_of(el)) >= 300:
        return False
    return bool(_SIGNATURE_FOOTER.search("\n".join(t for t in el.itertext() if isinstance(t, str))))


# The issuer a page footer names: "Västerviks kommun · Kommunledningsförvaltningen", "Region Gotland | …".
_ISSUER = re.compile(r"(?:^|[·|•–]\s*)(?:[A-ZÅÄÖ][\w-]+\s+(?:kommun|stad)|Region\s+[A-ZÅÄÖ][\w-]+)(?=\s*(?:[·|•–]|$))")


def _issuer_footer(el) -> bool:
    """A page footer without a single link, short, that names the issuing municipality or region as one of its
    items ("Västerviks kommun · Kommunledningsförvaltningen · Sidan uppdaterad 2024-05-20").

    Why: a municipality's web page of an extract may name its issuer only there (and in the <title>); dropped as
    site chrome, the minutes had no municipality.  A site's footer with its links (contact, accessibility) is
    still dropped."""
    if _tag(el) != "footer" or next(el.iter("a"), None) is not None or len(_text_of(el)) >= 200:
        return False
    return bool(_ISSUER.search(" ".join(" ".join(t for t in el.itertext() if isinstance(t, str)).split())))


# An issuer's name: a municipality, a region or a förbund ("Samordningsförbundet Västra Mälardalen").
_ISSUER_NAME = re.compile(r"\b(?:[A-ZÅÄÖ][\w-]+\s+(?:kommun|stad)\b|Region\s+[A-ZÅÄÖ][\w-]+(?:\s+län)?|"
                          r"[A-ZÅÄÖ][\w-]*förbund(?:et)?\b(?:\s+[A-ZÅÄÖ][\w-]+){0,2})")


def _issuer_banner(el) -> bool:
    """A site header whose text outside its runs of links is short and names the issuer ("Samordningsförbundet
    Västra Mälardalen / Finsam i Arboga, Köping och Kungsör" above the site's menu): kept without the links.

    Why: a förbund's web page of an extract named the förbund only there; with the header dropped as site chrome,
    the minutes were given a member municipality the text names as their owner."""
    if _tag(el) != "header" and (el.get("role") or "").lower() != "banner":
        return False
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not _link_dense(child):
            parts.append(" ".join(t for t in child.itertext() if isinstance(t, str)))
        parts.append(child.tail or "")
    text = " ".join(" ".join(parts).split())
    return 0 < len(text) < 200 and _ISSUER_NAME.search(text) is not None


def _issuer_from_title(root, lines: list[str]) -> list[str]:
    """The issuer the page's <title> names last ("Protokollsutdrag § 67 – Bygg- och miljönämnden 2024-05-23 –
    Härryda kommun") or first as a line of its own, where the page's text names no such issuer before its first
    paragraph or names another one first.

    Why: a municipality's web page of an extract may name its issuer only in the title and the site header (a
    logo's link), so the minutes were given the first other municipality their text mentions (also where the
    issuer's name comes later, in an agenda item, after a guest's region in the attendance)."""
    title = root.find(".//title")
    if title is None or not (text := " ".join((title.text_content() or "").split())):
        return []
    # The issuer closes the title ("… – Härryda kommun"), comes before the publishing system's name ("… –
    # Färgelanda kommun – Netpublicator") or, on older sites, opens it ("Boxholms kommun - Kommunstyrelsen -
    # Protokoll 2008-09-16"): the last part that is an issuer's name and nothing else.
    parts = [p.strip() for p in re.split(r"\s[–|-]\s", text)]
    m = next((m for p in reversed(parts) if (m := _ISSUER_NAME.fullmatch(p))), None)
    if m is None:
        return []
    head = []
    for line in lines[:60]:
        if re.match(r"\s*(?:[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,5}\s+)?§", line):
            break
        head.append(line)
    first = _ISSUER_NAME.search("\n".join(head))
    return [] if first is not None and first.group().casefold() == m.group().casefold() else [m.group()]


def _link_dense(el) -> bool:
    text = _text_of(el)
    linked = sum(len(_text_of(a)) for a in el.iter("a"))
    return not text or linked >= 0.5 * len(text)


def _text_of(el) -> str:
    return _WS.sub("", "".join(t for t in el.itertext() if isinstance(t, str)))


class _Layout:
    """Lays out the pruned tree as lines."""

    def __init__(self, breaks: tuple[set[str], set[str]] = (set(), set())) -> None:
        self.break_classes = breaks
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.marker: str | None = None
        self.list_depth = 0

    def run(self, body) -> list[str]:
        self.walk(body, 0)
        self.flush()
        return self.lines

    def flush(self) -> None:
        text = _WS.sub(" ", _nbsp_gaps("".join(self.cur)).translate(DROP_INVISIBLE)).strip()
        if _CELL_MARK in text:
            text = _cell_tabs(text)
        self.cur = []
        if not text:
            return
        if self.marker is not None:
            text = self.marker + text
            self.marker = None
        self.lines.append(text)

    def page_break(self, el, before: bool) -> bool:
        style = el.get("style") or ""
        if (_BREAK_BEFORE if before else _BREAK_AFTER).search(style):
            return True
        classes = self.break_classes[0 if before else 1]
        return bool(classes) and any(c in classes for c in (el.get("class") or "").split())

    def walk(self, el, depth: int) -> None:
        tag = _tag(el)
        if not tag:
            return
        if self.page_break(el, before=True):
            self.flush()
            self.lines.append("\f")
        self.lay_out(el, tag, depth)
        if self.page_break(el, before=False):
            self.flush()
            self.lines.append("\f")

    def lay_out(self, el, tag: str, depth: int) -> None:
        if depth > _MAX_DEPTH:
            # Deeper than any real page: take the text without structure rather than recurse further.
            self.cur.append(" " + " ".join(t for t in el.itertext() if isinstance(t, str)) + " ")
            return
        if tag == "br":
            self.flush()
        elif tag in ("ol", "ul", "menu", "dir"):
            self.flush()
            self.list(el, tag == "ol", depth)
        elif tag == "li":  # outside a list (broken markup): a plain block
            self.flush()
            self.children(el, depth)
            self.flush()
        elif tag == "table":
            self.flush()
            self.lines.extend(self.table(el, depth))
        elif tag == "dl":
            self.flush()
            self.lines.extend(self.definitions(el, depth))
        elif tag in ("pre", "listing", "plaintext"):
            self.flush()
            for line in "".join(t for t in el.itertext() if isinstance(t, str)).splitlines():
                line = line.translate(DROP_INVISIBLE).rstrip()
                if line.strip():
                    self.lines.append(line)
        elif tag in _BLOCK or tag in ("tr", "td", "th", "dt", "dd", "tbody", "thead", "tfoot"):
            self.flush()
            self.children(el, depth)
            self.flush()
        else:
            self.children(el, depth)

    def children(self, el, depth: int) -> None:
        self.cur.append(el.text or "")
        # An accordion's <summary> is the heading of its § ("<summary>§ 77 Title <span class="dnr">…</span>").
        heading = _tag(el) in _HEADINGS or _tag(el) == "summary"
        prev = None
        for child in el:
            if heading:
                self.cur.append(_span_gap(self.cur) or _trailing_number_gap(el, child, self.cur))
            elif prev is not None and not prev.tail:
                self.cur.append(_inline_cell_gap(prev, child, self.cur))
            self.walk(child, depth + 1)
            self.cur.append(child.tail or "")
            prev = child

    def list(self, el, ordered: bool, depth: int) -> None:
        n = _int(el.get("start"), 1) if ordered else 0
        kind = el.get("type") or "1"
        reverse = el.get("reversed") is not None
        indent = "  " * self.list_depth
        self.list_depth += 1
        self.cur.append(el.text or "")  # text outside any item (broken markup) is still text
        try:
            for child in el:
                if _tag(child) != "li":
                    self.walk(child, depth + 1)
                    self.cur.append(child.tail or "")
                    continue
                self.flush()
                if ordered:
                    n = _int(child.get("value"), n)
                    self.marker = f"{indent}{_list_number(n, kind)}. "
                    n += -1 if reverse else 1
                else:
                    self.marker = f"{indent}- "
                self.children(child, depth + 1)
                self.flush()
                self.marker = None  # an empty item leaves no marker for the next line
                self.cur.append(child.tail or "")
        finally:
            self.list_depth -= 1

    def sub(self, el, depth: int) -> list[str]:
        """Lines of one element laid out on its own (a table cell, a definition)."""
        saved = (self.lines, self.cur, self.marker)
        self.lines, self.cur, self.marker = [], [], None
        try:
            self.children(el, depth + 1)
            self.flush()
            return [ln for ln in self.lines if ln != "\f"]  # a page break inside a cell marks no page
        finally:
            self.lines, self.cur, self.marker = saved

    def table(self, el, depth: int) -> list[str]:
        lines: list[str] = []
        head: list = []
        body: list = []
        foot: list = []
        for child in el:
            tag = _tag(child)
            if tag == "caption":
                lines.extend(self.sub(child, depth))
            elif tag == "tr":
                body.append(child)
            elif tag in ("thead", "tbody", "tfoot"):
                rows = [r for r in child if _tag(r) == "tr"]
                {"thead": head, "tbody": body, "tfoot": foot}[tag].extend(rows)
        pending: dict[int, int] = {}  # column -> rows still covered by a rowspan above
        # column -> a short one-line cell spanning rows ("M" in a party column): it belongs to each row it spans
        carried: dict[int, str] = {}
        for tr in head + body + foot:  # a tfoot is shown last wherever it stands in the source
            cells: list[list[str]] = []
            own: list[tuple[object, list[str]]] = []  # the row's own cells with their lines
            col = 0
            for td in tr:
                if _tag(td) not in ("td", "th"):
                    continue
                while pending.get(col, 0) > 0:
                    pending[col] -= 1
                    cells.append([carried.get(col, "")])
                    col += 1
                span = min(max(_int(td.get("colspan"), 1), 1), _MAX_SPAN)
                rows = min(max(_int(td.get("rowspan"), 1), 1), 1000)
                content = self.sub(td, depth) or [""]
                cells.append(content)
                own.append((td, content))
                cells.extend([[""]] * (span - 1))  # keep later cells in their column
                if rows > 1:
                    short = content[0] if len(content) == 1 and len(content[0]) <= _MAX_CARRIED else ""
                    for k in range(span):
                        pending[col + k] = rows - 1
                        carried[col + k] = short if k == 0 else ""
                col += span
            for c in [c for c, left in pending.items() if c >= col and left > 0]:
                pending[c] -= 1
            if _layout_columns(own):
                lines.extend(ln for td, c in own if not _menu_column(td, own) for ln in c if ln)
                continue
            height = max((len(c) for c in cells), default=0)
            for j in range(height):
                row = [c[j] if j < len(c) else "" for c in cells]
                while row and not row[-1]:
                    row.pop()
                if row:
                    lines.append("\t".join(row))
        return lines

    def definitions(self, el, depth: int) -> list[str]:
        """A description list as "term<TAB>description" lines, like a two-column table of facts."""
        items: list = []

        def collect(parent) -> None:
            for child in parent:
                tag = _tag(child)
                if tag in ("dt", "dd"):
                    items.append(child)
                elif tag == "div":  # HTML allows dt/dd grouped in a div
                    collect(child)
        collect(el)
        lines: list[str] = []
        term: str | None = None
        for item in items:
            content = self.sub(item, depth)
            if not content:
                continue
            if _tag(item) == "dt":
                if term is not None:
                    lines.append(term)
                term = " ".join(content)
                continue
            first, *more = content
            lines.append(f"{term}\t{first}" if term is not None else first)
            lines.extend("\t" + m for m in more)
            term = None
        if term is not None:
            lines.append(term)
        return lines


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NUMBER_END = re.compile(r"§\s*\d{1,4}[a-h]?$")


def _layout_columns(own: list[tuple[object, list[str]]]) -> bool:
    """A row of a page's layout table: two or more cells of several lines each, one holding a table of its own
    (an early web page's left menu column beside the content column, itself a table of label and value rows).

    Why: zipped line by line, the menu's entries were glued to the attendance rows ("Socialnämnden<TAB><TAB>
    Beslutande<TAB>name"), and the last role cell was carried to every name.  Such columns are read one after
    the other.  Cells with line breaks but no table (names and parties in step) are still zipped."""
    blocks = [td for td, lines in own if len(lines) > 1]
    return len(blocks) > 1 and any(td.find(".//table") is not None for td in blocks)


def _menu_column(td, own: list[tuple[object, list[str]]]) -> bool:
    """A layout column that is mostly links beside one that is not: the site's menu, not the minutes."""
    return _link_dense(td) and any(other is not td and not _link_dense(other) for other, _ in own)


def _span_gap(cur: list[str]) -> str:
    """A space between a heading's "§ 40" span and the element after it, where the markup leaves none.

    Why: a heading built of spans ('<span class="pnr">§ 40</span><span class="rubrik">Val av …</span>') shows the
    two apart by CSS, but its text runs together ("§ 40Val av …"), which reads as no paragraph heading."""
    tail = "".join(cur[-3:])
    return " " if _NUMBER_END.search(tail) else ""


# The text of an element that holds only a paragraph's number: "§ 150", "KS § 12".
_NUMBER_ONLY = re.compile(r"^\s*(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?§\s*\d{1,4}[a-h]?\s*$")


def _trailing_number_gap(heading, child, cur: list[str]) -> str:
    """A cell gap (:data:`_CELL_MARK`) before the last element of a heading that holds only the paragraph's number
    after the title ('<h2>Remiss om … <span class="nr">§ 150</span></h2>'); "" otherwise.

    Why: CSS sets the number apart (right-aligned, as a badge), but the text reads "Remiss om … § 150" in one run,
    and a number after the title is a heading only after a column gap (a "§ 8" at the end of prose is a reference).
    A heading element whose last child is the number alone is that column."""
    if child is not heading[-1] or not "".join(cur).strip() or (child.tail and child.tail.strip()):
        return ""
    text = "".join(t for t in child.itertext() if isinstance(t, str))
    if _NUMBER_ONLY.match(text):
        return _CELL_MARK
    # '<summary>§ 77 Title <span class="dnr">KN-2025-00031</span></summary>': the case number in an element of its
    # own after the title, set apart by CSS, is a column of its own too (why: it ran on as the title's last words).
    # Only with a class or a "Dnr" label, and never a span of years ("Budget <span>2025–2027</span>").
    if (child.get("class") or _DNR_LABEL.match(text)) and _CASE_ONLY.match(text) and not _YEARS_ONLY.match(text):
        return _CELL_MARK
    return ""


# The text of an element that holds only a registration number: "KN-2025-00031", "Dnr KS 2024/0118", "2024/117".
_CASE_ONLY = re.compile(r"^\s*(?:(?i:dnr|diarienr|diarienummer)[.:]?\s*)?(?:[A-ZÅÄÖ]{1,8}[ -]?)?"
                        r"\d{1,4}[./:-]\d[\d./:-]*\s*$")
_DNR_LABEL = re.compile(r"(?i)^\s*(?:dnr|diarienr|diarienummer)\b")
_YEARS_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})\s*$")


# Marks a cell gap until the line is laid out: BEL is no whitespace, and _NOT_XML removed any from the page.
_CELL_MARK = "\x07"
_CELL_TAGS = {"span", "label", "b", "strong", "em", "i"}
# The end of one inline element's text and the start of the next that are no word cut by markup: a word then a
# capital or a digit ("Organ" | "Kommunfullmäktige", "Ja" | "34"), a list number then a word ("1." | "att").
_CELL_JOIN = re.compile(r"(?:[^\W\d_][:.]?|\d[.)])$")
_CELL_START = re.compile(r"[A-ZÅÄÖÉ\d]")


def _inline_cell_gap(prev, child, cur: list[str]) -> str:
    """A TAB between two sibling inline elements that a portal's CSS sets apart as label and value cells
    ('<span class="label">Justerare</span><span class="value">Eva Ek (C)</span>', '<span>1.</span><span>att …'),
    where the markup leaves no space between them (as :data:`_CELL_MARK`); "" otherwise.

    Why: their text ran together ("JusterareEva Ek (C)", "Ja34", "1.att"), so labels, names, decision points and
    vote counts were not read.  Only elements with a class (layout cells), never formatting inside a word, or an
    element holding a paragraph's number alone ('<div class="head"><span>§ 187</span><span>Dnr KS 2024/511</span>'
    in a flex row): no word goes on after "§ 187", and "§ 187Dnr …" read as no paragraph heading."""
    if _tag(prev) not in _CELL_TAGS or _tag(child) not in _CELL_TAGS:
        return ""
    number = _NUMBER_ONLY.match("".join(t for t in prev.itertext() if isinstance(t, str))) is not None
    if not number and not prev.get("class") and not child.get("class"):
        return ""
    before = "".join(cur[-3:])
    first = next((t for t in child.itertext() if isinstance(t, str) and t.strip()), "")
    if not before or before[-1].isspace() or not first or first[0].isspace():
        return ""
    if number:  # a capital after it: a lower-case letter or a digit may be the number's own ("§ 18" | "7a")
        return _CELL_MARK if first[0].isupper() else ""
    if _CELL_JOIN.search(before) and (_CELL_START.match(first) or (before[-1] in ".)" and first[0].isalpha())):
        return _CELL_MARK
    return ""


# Two or more no-break spaces between a word and a capital: "Patrik Sjölin, ordförande &nbsp;&nbsp; Maja Fröberg";
# also one with a space on each side, the same gap of three: "Eva Ek &nbsp; Per Lund".
_NBSP_GAP = re.compile(r"(?<=[^\W\d_]|[.,)])(?:[ ]*\xa0[ \xa0]*\xa0[ ]*|[ ]+\xa0[ ]+)(?=[A-ZÅÄÖÉ])")


def _nbsp_gaps(text: str) -> str:
    """The text with a run of no-break spaces that sets two entries of one line apart turned into a cell mark.

    Why: "Justeras: X, ordförande &nbsp;&nbsp; Y, justerare" collapsed into one space with the rest of the line's
    whitespace, so the two signatures ran together and the second was lost.  Only between a word (or a comma, a
    period, a bracket) and a capital, so "§&nbsp;&nbsp;42" stays a heading.  (A single one between spaces, "Eva Ek
    &nbsp; Per Lund", is as wide a gap: why: the two signatures of a "Justerandes signatur" cell ran together into
    one person of four names.)"""
    return _NBSP_GAP.sub(_CELL_MARK, text) if "\xa0\xa0" in text or "\xa0 \xa0" in text or " \xa0 " in text \
        else text


def _cell_tabs(text: str) -> str:
    """A laid-out line with the marks :func:`_inline_cell_gap` left turned into TABs (a TAB itself would have been
    collapsed into a space with the rest of the line's whitespace)."""
    return re.sub(f" ?{_CELL_MARK} ?", "\t", text).strip()


def _int(v: str | None, default: int) -> int:
    try:
        return int((v or "").strip())
    except ValueError:
        return default


def _list_number(n: int, kind: str) -> str:
    if kind in ("a", "A") and n > 0:
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if kind == "A" else s
    if kind in ("i", "I") and 0 < n < 4000:
        out = []
        for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                out.append(sym)
                n -= value
        s = "".join(out)
        return s.upper() if kind == "I" else s
    return str(n)
