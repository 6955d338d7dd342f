"""Word (.docx) minutes: body paragraphs and tables in document order, as lines.

python-docx opens the package; the text is taken from the body XML directly, because ``Paragraph.text``
skips tracked insertions, content controls and simple fields, and the reader must also see what Word adds on
screen: list numbers ("1)", "2.") that live in numbering definitions, not in the text.  Table rows become
lines with cells joined by a TAB; a cell with several lines gives several lines, the later ones with empty
cells in front, so a value keeps its column.  A footnote's text follows the paragraph that refers to it, as
lines of its own; headers, footers and comments are left out.  Pages are known only from page breaks Word
recorded (``lastRenderedPageBreak``) or, failing those, explicit ones; each becomes a form feed.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import DocumentError
from ..source import SourceText, form_feed_page_starts, sha256_of
from .chars import DROP_INVISIBLE

#: A package that unpacks to more than this is refused before it is parsed.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Members larger than this must not compress better than MAX_RATIO (XML compresses 5-30 times, bombs 1000).
LARGE_MEMBER_BYTES = 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 10_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"

# Page-break sentinels inside the text while it is assembled: control characters that XML text cannot contain.
_RENDERED = "\x01"  # w:lastRenderedPageBreak, where Word's last layout broke the page
_EXPLICIT = "\x02"  # w:br w:type="page", pageBreakBefore, a next-page section break

# Run content with no text of its own whose subtree must not be read as text.
_SKIP = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "delInstrText",
         W + "footnoteReference", W + "endnoteReference", W + "commentReference", W + "annotationRef",
         W + "rPr", W + "pPr", W + "fldData", W + "sdtPr", W + "sdtEndPr", MC + "Fallback"}
# Drawings and VML hold text boxes; their text is set out after the paragraph, not inside it.
_DRAWING = {W + "drawing", W + "pict", W + "object"}


def read_docx(path: Path, data: bytes) -> SourceText:
    """Read a .docx: paragraphs and table rows (cells split by TAB) in order, with Word's list numbers."""
    _check_package(path, data)
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors ... for broken packages
        ctype = re.search(r"content type is '([^']*)'", str(e))
        if ctype:
            raise DocumentError(path, f"not a Word document (its main part is {ctype.group(1)})") from None
        raise DocumentError(path, f"not a readable Word document: {e}") from None
    part = document.part
    styles = _related(part, RT.STYLES)
    numbering = _related(part, RT.NUMBERING)
    body = document.element.body
    if body is None:
        raise DocumentError(path, "not a Word document: it has no body")

    reader = _BodyReader(_Numbering(numbering, styles))
    reader.footnotes = _footnotes(part, RT.FOOTNOTES)
    lines = reader.blocks(body)
    lines = _dated_header(document, reader, lines) + lines
    text, starts = _paginate("\n".join(lines))
    if not text.strip():
        raise DocumentError(path, "no text in the Word document")
    warnings = tuple(reader.warnings)
    return SourceText(path=path, text=text,
                      media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      sha256=sha256_of(data), page_starts=starts, warnings=warnings)


def _check_package(path: Path, data: bytes) -> None:
    """Refuse what is not a zip, not a Word package, a zip bomb, or XML with a DTD (entity expansion)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    # NotImplementedError: a damaged directory entry claims a zip version newer than zipfile reads ("6.4").
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise DocumentError(path, "not a DOCX file (not a zip archive)") from None
    with zf:
        if len(infos) > MAX_MEMBERS:
            raise DocumentError(path, f"not a Word document: the zip has {len(infos)} members")
        names = {i.filename for i in infos}
        if "word/document.xml" not in names and _main_part(zf, names) is None:
            raise DocumentError(path, "not a Word document (no word/document.xml in the zip)")
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED_BYTES:
            raise DocumentError(path, f"the DOCX unpacks to {total / 1e6:.0f} MB, over the "
                                      f"{MAX_UNPACKED_BYTES / 1e6:.0f} MB limit (a zip bomb?)")
        for i in infos:
            if i.file_size > LARGE_MEMBER_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise DocumentError(path, f"the DOCX member {i.filename} compresses "
                                          f"{i.file_size // max(i.compress_size, 1)}:1 (a zip bomb?)")
        name = "[Content_Types].xml"
        try:
            for name in _xml_members(zf, names):
                if _has_dtd(zf.read(name)):
                    raise DocumentError(path, f"the DOCX member {name} declares a DTD or entities, which "
                                              "Word never writes; refusing it (XML entity expansion)")
        except DocumentError:
            raise
        except Exception as e:  # bad CRC, bad offsets, unsupported compression, encrypted member ...
            raise DocumentError(path, f"not a readable Word document: {name}: {e}") from None


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The main document part named by the package relationships (Word Online writes word/document2.xml)."""
    if "_rels/.rels" not in names:
        return None
    try:
        raw = zf.read("_rels/.rels")
        if _has_dtd(raw):
            return None
        from lxml import etree

        root = etree.fromstring(raw, _safe_parser())
    except Exception:  # unreadable or not XML: there is no main part to find
        return None
    for rel in root:
        if (rel.get("Type") or "").endswith("/officeDocument"):
            target = (rel.get("Target") or "").lstrip("/")
            if target in names:
                return target
    return None


def _xml_members(zf: zipfile.ZipFile, names: set[str]) -> Iterator[str]:
    """Members python-docx may parse as XML: .xml and .rels parts and parts typed as XML, but not images."""
    xml_ext = {"xml", "rels"}
    overrides: set[str] = set()
    if "[Content_Types].xml" in names:
        raw = zf.read("[Content_Types].xml")
        if not _has_dtd(raw):
            from lxml import etree

            try:
                root = etree.fromstring(raw, _safe_parser())
            except etree.XMLSyntaxError:
                root = None
            if root is not None:
                for el in root:
                    ctype = (el.get("ContentType") or "").lower()
                    if not ctype.endswith("xml") or ctype.startswith("image/"):
                        continue
                    if el.tag == _CT + "Default" and el.get("Extension"):
                        xml_ext.add(el.get("Extension", "").lower())
                    elif el.tag == _CT + "Override" and el.get("PartName"):
                        overrides.add(el.get("PartName", "").lstrip("/"))
    for name in sorted(names):
        if name.rsplit(".", 1)[-1].lower() in xml_ext or name in overrides or name == "[Content_Types].xml":
            yield name


def _has_dtd(raw: bytes) -> bool:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or raw[:2] in (b"<\x00", b"\x00<"):
        # UTF-16 XML: look at it as text, or "<!DOCTYPE" hides between NUL bytes.
        try:
            raw = raw.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            return True
    # Both markers open with "<!", which lower() leaves as it is: most parts hold none, and need no lower-case copy.
    if b"<!" not in raw:
        return False
    low = raw.lower()
    return b"<!doctype" in low or b"<!entity" in low


def _safe_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _dated_header(document, reader: _BodyReader, body: list[str]) -> list[str]:
    """The first page's header when only it holds a date ("Sammanträdesdatum 2021-10-12") or names the issuer
    (see :func:`_issuer_only_in`), as the page head a PDF would show.  A header stays out (like every later
    page's) otherwise: when it holds no date, or when the body gives one before its first paragraph (other than the
    date of the adjustment or the notice: "Justeringens plats och tid: Kommunhuset 2024-05-10" is no meeting
    date)."""
    body_dated = False
    for line in body[:60]:
        if _PARAGRAPH_LINE.match(line):
            break
        if _DATE.search(line) and not _NOT_MEETING_DATE.search(line):
            body_dated = True
            break
    try:
        section = document.sections[0]
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous:
            return []
        element = header._element
    except (IndexError, AttributeError, KeyError, ValueError):
        return []
    lines = [line for line in reader.blocks(element) if line.strip()]
    if any(_DATE.search(line) for line in lines) and not body_dated:
        return lines
    return lines if _issuer_only_in(lines, body) else []


# An issuer in a page head: "FLENS KOMMUN", "Tranås kommun", "REGION KRONOBERG", "Sydarkivera kommunalförbund".
_ISSUER_WORDS = re.compile(r"(?i)\b(?:[\w-]+\s+(?:kommun|stad)|region\s+[\w-]+(?:\s+län)?|"
                           r"[\w-]*förbund(?:et)?(?:\s+[\w-]+)?)\b")


def _issuer_only_in(header: list[str], body: list[str]) -> bool:
    """Whether the header names an issuer (municipality, region, förbund) that the body's first lines do not.

    Why: a header with the meeting date was left out when the first page's box repeated the date, and with it
    the only place that named the municipality ("FLENS KOMMUN"): the minutes were given another municipality
    their text mentions."""
    # Up to the first paragraph (or a table's "§" column head): the paragraphs name other municipalities.
    first = next((i for i, line in enumerate(body[:60]) if _PARAGRAPH_LINE.match(line) or line.startswith("§")),
                 min(len(body), 60))
    head = " ".join(body[:first])
    # As whole words: "Gagnefs kommunhus" in the place line does not name the issuer "GAGNEFS KOMMUN".
    return any(re.search(rf"(?<![\w-]){re.escape(m.group())}(?![\w-])", head, re.IGNORECASE) is None
               for line in header for m in _ISSUER_WORDS.finditer(line))


_PARAGRAPH_LINE = re.compile(r"\s*(?:[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,5}\s+)?§\s*\d")
_DATE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")
_NOT_MEETING_DATE = re.compile(r"(?i)juster|anslag|nedtag")


def _footnotes(part, reltype: str) -> dict[str, object]:
    """The footnotes of the document by id, without Word's separator notes."""
    from lxml import etree

    try:
        root = etree.fromstring(part.part_related_by(reltype).blob, _safe_parser())
    except (KeyError, AttributeError, ValueError, etree.XMLSyntaxError):
        return {}
    out: dict[str, object] = {}
    for note in root.iter(W + "footnote"):
        if note.get(W + "type") in (None, "normal"):
            out[note.get(W + "id", "")] = note
    return out


def _related(part, reltype: str):
    """The XML root of a part related to the document part, or None where the package has none."""
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError, ValueError):
        return None


class _Numbering:
    """Word list numbering: which paragraphs are numbered and the marker Word shows ("1)", "2.", "a)")."""

    def __init__(self, numbering, styles) -> None:
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, startOverrides)
        # abstractNumId -> ilvl -> (start, numFmt, lvlText)
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.seen: set[tuple[str, int]] = set()
        if styles is not None:
            self._load_styles(styles)
        if numbering is not None:
            self._load_numbering(numbering)

    def _load_styles(self, styles) -> None:
        for st in styles.iterfind(W + "style"):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            based = st.find(W + "basedOn")
            if based is not None and based.get(W + "val"):
                self.style_based[sid] = based.get(W + "val")
            numpr = st.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                self.style_numpr[sid] = _numpr(numpr)

    def _load_numbering(self, numbering) -> None:
        abstract_links: dict[str, str] = {}
        for an in numbering.iterfind(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            if aid is None:
                continue
            levels: dict[int, tuple[int, str, str]] = {}
            for lvl in an.iterfind(W + "lvl"):
                levels[_int(lvl.get(W + "ilvl"), 0)] = _level(lvl)
            self.levels[aid] = levels
            link = an.find(W + "numStyleLink")
            if link is not None and link.get(W + "val"):
                abstract_links[aid] = link.get(W + "val")
        for num in numbering.iterfind(W + "num"):
            nid = num.get(W + "numId")
            ref = num.find(W + "abstractNumId")
            if nid is None or ref is None:
                continue
            overrides: dict[int, int] = {}
            for ov in num.iterfind(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), 0)
                so = ov.find(W + "startOverride")
                if so is not None:
                    overrides[ilvl] = _int(so.get(W + "val"), 1)
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    overrides.setdefault(ilvl, _level(lvl)[0])
            self.nums[nid] = (ref.get(W + "val") or "", overrides)
        # A list style's abstractNum points, through a style, at the numbering that really holds its levels.
        for aid, style in abstract_links.items():
            nid, _ = self.style_numpr.get(style, (None, None))
            target = self.nums.get(nid or "")
            if target and target[0] in self.levels and target[0] != aid:
                self.levels[aid] = self.levels[target[0]]

    def marker(self, p) -> tuple[str, int] | None:
        """The list marker Word shows before paragraph ``p`` and its level, or None if it is not numbered."""
        ppr = p.find(W + "pPr")
        num_id: str | None = None
        ilvl: int | None = None
        style = None
        if ppr is not None:
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                num_id, ilvl = _numpr(numpr)
            ps = ppr.find(W + "pStyle")
            if ps is not None:
                style = ps.get(W + "val")
        hops = 0
        while style and (num_id is None or ilvl is None) and hops < 20:
            s_num, s_lvl = self.style_numpr.get(style, (None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_lvl
            style = self.style_based.get(style)
            hops += 1
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        ilvl = min(max(ilvl or 0, 0), 8)
        aid, overrides = self.nums[num_id]
        levels = self.levels.get(aid, {})
        counters = self.counters.setdefault(aid, {})
        if (num_id, ilvl) not in self.seen:
            # Word continues a list across num instances of one abstract list unless a start override
            # restarts it.
            self.seen.add((num_id, ilvl))
            if ilvl in overrides:
                counters[ilvl] = overrides[ilvl] - 1
        start = levels.get(ilvl, (1, "decimal", f"%{ilvl + 1}."))[0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, template = levels.get(ilvl, (1, "decimal", f"%{ilvl + 1}."))[1:]
        if fmt == "none":
            return None
        if fmt == "bullet":
            return "-", ilvl

        def value(k: int) -> str:
            lk = levels.get(k, (1, "decimal", ""))
            n = counters.get(k, lk[0])
            return _format_number(n, lk[1] if k != ilvl else fmt)

        out = []
        i = 0
        while i < len(template):
            ch = template[i]
            if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
                out.append(value(int(template[i + 1]) - 1))
                i += 2
                continue
            out.append(ch)
            i += 1
        text = "".join(out).strip()
        return (text, ilvl) if text else None


def _numpr(numpr) -> tuple[str | None, int | None]:
    nid = numpr.find(W + "numId")
    lvl = numpr.find(W + "ilvl")
    return (nid.get(W + "val") if nid is not None else None,
            _int(lvl.get(W + "val"), 0) if lvl is not None else None)


def _level(lvl) -> tuple[int, str, str]:
    start = lvl.find(W + "start")
    fmt = lvl.find(W + "numFmt")
    text = lvl.find(W + "lvlText")
    return (_int(start.get(W + "val"), 1) if start is not None else 1,
            (fmt.get(W + "val") if fmt is not None else None) or "decimal",
            (text.get(W + "val") if text is not None else None) or "")


def _int(v: str | None, default: int) -> int:
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        k = max(n, 1)
        # Word repeats the letter past z: aa, bb ...
        s = chr(ord("a") + (k - 1) % 26) * ((k - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


class _BodyReader:
    """Turns body XML into lines; page-break sentinels stay in the lines until :func:`_paginate`."""

    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.warnings: list[str] = []
        self.depth = 0
        #: Footnotes by id; a footnote's text follows the paragraph that refers to it, as lines of its own.
        self.footnotes: dict[str, object] = {}
        self._note_refs: list[str] = []

    def blocks(self, container) -> list[str]:
        """Lines of the block-level content (paragraphs, tables, content controls) of a body or cell."""
        lines: list[str] = []
        self.depth += 1
        try:
            if self.depth > 30:  # nested tables/content controls this deep are not minutes; stop recursing
                return lines
            for el in container:
                tag = el.tag
                if tag == W + "p":
                    lines.extend(self.paragraph(el))
                elif tag == W + "tbl":
                    lines.extend(self.table(el))
                elif tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo", W + "smartTag"):
                    content = el.find(W + "sdtContent") if tag == W + "sdt" else el
                    if content is not None:
                        lines.extend(self.blocks(content))
                elif tag == MC + "AlternateContent":
                    choice = el.find(MC + "Choice")
                    if choice is not None:
                        lines.extend(self.blocks(choice))
                elif tag == W + "altChunk":
                    self.warnings.append("the document embeds an imported chunk (altChunk); "
                                         "its text is not read")
        finally:
            self.depth -= 1
        return lines

    def paragraph(self, p) -> list[str]:
        parts: list[str] = []
        boxes: list[str] = []
        ppr = p.find(W + "pPr")
        if ppr is not None:
            pb = ppr.find(W + "pageBreakBefore")
            if pb is not None and pb.get(W + "val", "true") not in ("0", "false", "off"):
                parts.append(_EXPLICIT)
        refs_before = len(self._note_refs)
        self._inline(p, parts, boxes)
        text = "".join(parts)
        notes = self._note_refs[refs_before:]
        del self._note_refs[refs_before:]
        if not text.strip() and not boxes and not notes and ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None:
            # A paragraph deleted whole as a tracked change (its mark deleted too) is gone once the change is
            # accepted: no line and no list number (why: its empty numbered line counted as a decision point and
            # shifted the numbers after it).
            return []
        mark = self.numbering.marker(p)
        if mark is not None:
            marker, level = mark
            # Put the marker after any leading page break so the numbered line starts with it.
            lead = len(text) - len(text.lstrip(_RENDERED + _EXPLICIT))
            text = text[:lead] + "  " * level + marker + " " + text[lead:].lstrip(" ")
        if ppr is not None:
            sect = ppr.find(W + "sectPr")
            if sect is not None:
                kind = sect.find(W + "type")
                if kind is None or kind.get(W + "val") in (None, "nextPage", "oddPage", "evenPage"):
                    text += _EXPLICIT
        lines = text.split("\n")
        lines.extend(boxes)
        for ref in notes:
            note = self.footnotes.pop(ref, None)  # each footnote once, and never inside itself
            if note is not None:
                lines.extend(line.strip() for line in self.blocks(note) if line.strip())
        return lines

    def _inline(self, el, parts: list[str], boxes: list[str]) -> None:
        """Text of a paragraph's runs in order; text boxes inside drawings go to ``boxes``."""
        for child in el:
            tag = child.tag
            if tag == W + "footnoteReference" and self.footnotes:
                self._note_refs.append(child.get(W + "id", ""))
                continue
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "t":
                parts.append(_visible(child.text or ""))
            elif tag == W + "r":
                rpr = child.find(W + "rPr")
                if rpr is not None:
                    vanish = rpr.find(W + "vanish")
                    if vanish is not None and vanish.get(W + "val", "true") not in ("0", "false", "off"):
                        continue  # hidden text: Word does not show it
                self._inline(child, parts, boxes)
            elif tag in (W + "tab", W + "ptab"):
                parts.append("\t")
            elif tag == W + "br":
                kind = child.get(W + "type")
                parts.append(_EXPLICIT if kind == "page" else "\n")
            elif tag == W + "cr":
                parts.append("\n")
            elif tag == W + "lastRenderedPageBreak":
                parts.append(_RENDERED)
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "sym":
                code = _int_hex(child.get(W + "char"))
                if code is not None and 32 <= code < 0xE000:
                    parts.append(chr(code))
            elif tag in _DRAWING:
                for box in child.iter(W + "txbxContent"):
                    if not any(a.tag == MC + "Fallback" for a in box.iterancestors()):
                        boxes.extend(line for line in self.blocks(box) if line.strip())
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, parts, boxes)
            else:
                # hyperlink, ins, moveTo, fldSimple, smartTag, sdt/sdtContent, customXml, bdo, dir ...
                self._inline(child, parts, boxes)

    def table(self, tbl) -> list[str]:
        lines: list[str] = []
        for tr in _rows(tbl):
            cells: list[list[str]] = []
            trpr = tr.find(W + "trPr")
            if trpr is not None:
                before = trpr.find(W + "gridBefore")
                if before is not None:
                    cells.extend([[""]] * min(_int(before.get(W + "val"), 0), 64))
            brk = ""
            for tc in _cells(tr):
                tcpr = tc.find(W + "tcPr")
                span = 1
                merged = False
                if tcpr is not None:
                    gs = tcpr.find(W + "gridSpan")
                    if gs is not None:
                        span = min(max(_int(gs.get(W + "val"), 1), 1), 64)
                    vm = tcpr.find(W + "vMerge")
                    # A vertically merged cell repeats the cell above in python-docx; Word shows it once.
                    merged = vm is not None and vm.get(W + "val", "continue") == "continue"
                content = [] if merged else self.blocks(tc)
                if any(_RENDERED in ln or _EXPLICIT in ln for ln in content):
                    # A page break inside a cell: the row as a whole goes to the next page.
                    brk = _EXPLICIT if any(_EXPLICIT in ln for ln in content) else _RENDERED
                    content = [ln.replace(_RENDERED, "").replace(_EXPLICIT, "") for ln in content]
                content = [ln.strip() for ln in content]
                while content and not content[-1]:
                    content.pop()
                while content and not content[0]:
                    content.pop(0)
                cells.append(content or [""])
                cells.extend([[""]] * (span - 1))  # keep later cells in their grid column
            height = max((len(c) for c in cells), default=0)
            row_lines = []
            for j in range(height):
                row = [c[j] if j < len(c) else "" for c in cells]
                while row and not row[-1]:
                    row.pop()
                if row:
                    row_lines.append("\t".join(row))
            if row_lines:
                row_lines[0] = brk + row_lines[0]
                lines.extend(row_lines)
            elif brk:
                lines.append(brk)
        return lines


def _rows(tbl) -> Iterator:
    for el in tbl:
        if el.tag == W + "tr":
            yield el
        elif el.tag in (W + "sdt", W + "customXml"):
            inner = el.find(W + "sdtContent") if el.tag == W + "sdt" else el
            if inner is not None:
                yield from _rows(inner)


def _cells(tr) -> Iterator:
    for el in tr:
        if el.tag == W + "tc":
            yield el
        elif el.tag in (W + "sdt", W + "customXml"):
            inner = el.find(W + "sdtContent") if el.tag == W + "sdt" else el
            if inner is not None:
                yield from _cells(inner)


def _visible(text: str) -> str:
    """A run's text without invisible characters (soft hyphen, zero-width space …), as the other readers drop them.

    Why: Word keeps an optional hyphen typed as U+00AD in the run's text ("Marga\u00adreta Holm", "Social\u00adchef");
    left in, the name was not the one written elsewhere and the title was no known job title."""
    return text.translate(DROP_INVISIBLE) if not text.isascii() else text


def _int_hex(v: str | None) -> int | None:
    try:
        return int(v, 16) if v else None
    except ValueError:
        return None


def _paginate(text: str) -> tuple[str, tuple[int, ...]]:
    """Page-break sentinels to form feeds: Word's rendered breaks if it recorded any, else explicit ones."""
    use, drop = (_RENDERED, _EXPLICIT) if _RENDERED in text else (_EXPLICIT, _RENDERED)
    text = text.replace(drop, "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    # A break at either end of the text marks no page; elsewhere it ends the line before it (with a newline,
    # as pdftotext writes it) and the page starts after the form feed.
    text = "\n".join(lines).strip(use + "\n")
    text = re.sub(f"\n*{use}\n*", "\n\f", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, form_feed_page_starts(text)
