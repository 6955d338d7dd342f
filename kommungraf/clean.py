"""Stage 2a: from a document's raw text to its lines of content, page furniture left out, positions kept.

Running headers and footers are recognised in two ways that need no knowledge of a layout: lines that recur at
the top or bottom of several pages (digits folded, so "Sida 2 (5)" and "Sida 3 (5)" are one line), and a short
table of phrases that are furniture wherever they stand ("Justerandes signatur", "Utdragsbestyrkande").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from itertools import groupby, pairwise
from operator import attrgetter

from .source import SourceText

#: Lines that are page furniture wherever they stand.
_FURNITURE = re.compile(
    r"""^(?:
        (?:sida|page|sid\.?)\s*\d+\s*(?:\(\s*\d+\s*\)|(?:av|/|of)\s*\d+)?
      | \d+\s*\(\s*\d+\s*\)
      | \d+\s*(?:av|/)\s*\d+
      | -\s*\d+\s*-
      | justerandes?\s+(?:sign(?:atur)?\.?|signaturer)(?:\s+utdragsbestyrkande)?
      | (?:justerandes?\s+sign(?:atur)?\.?\s*)?utdragsbestyrkande
      | justerandes\s+signatur\s+och\s+utdragsbestyrkande
      | ordförandes\s+sign(?:atur)?\.?
      # A footer of initials fields: "Ordf. sign. ________   Just. sign. ________".
      | (?:(?:ordf|just|sekr)\.?\s*sign\.?\s*[_.…]*\s*){1,3}
      # A footer of signature labels, each with its blank field: "Justerandes sign ____ ____   Utdragsbestyrkande ____"
      # (left in, it was read as the end of a reservation's sentence that goes on over the page).
      | (?:(?:justerandes?\s+sign(?:atur)?\.?|utdragsbestyrkande|ordförandes\s+sign(?:atur)?\.?)
           \s*[_.…]{3,}[\s_.…]*){1,3}
      | [-=_*·.]{5,}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# The characters a furniture line can open with: each alternative above opens with "s", "p", "j", "u" or "o" in
# either case ("ſ" is an "s" to a case-insensitive pattern), a digit (any Unicode decimal digit, as "\d") or a rule's
# character.  Most lines open with none of them, so the pattern is skipped for them.
_FURNITURE_FIRST = frozenset("spjuoSPJUO\u017f*-.=_\u00b7")


def _is_furniture(text: str) -> bool:
    c = text[:1]
    return (c in _FURNITURE_FIRST or c.isdecimal()) and _FURNITURE.match(text) is not None


_DIGITS = re.compile(r"\d+")
# The shape of a paragraph heading: "§ #" or, with the number first, "# §" at the start of the line.
_HEAD_SHAPE = re.compile(r"§\s*#|^#\s?§")
_EDGE = 6  # lines at the top and at the bottom of a page where running heads and feet stand
_HEAD_WORDS = re.compile(r"sida|sammanträdesdatum|protokoll|justerandes|utdragsbestyrkande")

# A word broken at a line end: "sam-" + "verkan".  Not "barn-" + "och" (a suspended compound).  Two letters
# suffice ("{2,}" matches the same lines) and keep the search linear: with "{2,}" a line of 100,000 letters
# took 25 s, every start retrying every length (found by fuzzing, tests/test_hostile.py).
# A capitalised first letter counts too: a surname broken after two letters ("Åh-" + "man").
_HYPHEN_END = re.compile(r"[^\W\d_][a-zåäöéü]-$")
# A double name broken at its own hyphen: "Anna-" + "Karin Bergström", "Per-" + "Olof".  The hyphen belongs to the
# name, so the parts are joined with it kept; only a capitalised part on both sides, never a word in lower case.
_NAME_HYPHEN_END = re.compile(r"(?<![^\s(])[A-ZÅÄÖÉ][a-zåäöéü]+-$")
_NAME_START = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]+\b")
#: A gap between two cells of a table row as text keeps it: a TAB, or three spaces or more (a word gap is one).
COLUMN_GAP = re.compile(r"\t| {3,}")
_NO_JOIN = frozenset({"och", "eller", "samt", "respektive", "resp", "till", "som", "med"})


@dataclass(frozen=True)
class Line:
    """One line of content: its text and where it stands in the source."""

    text: str
    start: int
    end: int
    page: int
    blank_before: bool = False


class MappedText:
    """Text assembled from pieces of a source, able to map its own offsets back to source offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._anchors: list[int] = []  # offsets in this text where a piece starts
        self._sources: list[int] = []  # the source offset of each piece's start

    def append(self, piece: str, source_start: int | None) -> None:
        if source_start is not None:
            self._anchors.append(self._length)
            self._sources.append(source_start)
        self._parts.append(piece)
        self._length += len(piece)

    @classmethod
    def whole(cls, text: str, anchors: list[int], sources: list[int]) -> MappedText:
        """A text made at once: ``anchors`` are the offsets in it where a piece from the source starts, ``sources``
        their source offsets (what the appends of its pieces would have made)."""
        mt = cls()
        if text:
            mt._parts = [text]
        mt._length, mt._anchors, mt._sources = len(text), anchors, sources
        return mt

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def source_offset(self, offset: int) -> int:
        """The source offset of a character of this text."""
        if not self._anchors:
            return offset
        i = max(bisect.bisect_right(self._anchors, offset) - 1, 0)
        return self._sources[i] + (offset - self._anchors[i])


# A registration number's line: "Dnr KS 2024/12", "Diarienummer<TAB>TN 2025/41".
_CASE_LINE = re.compile(r"(?i)^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\b")


def _shape(text: str) -> str:
    """A line as it recurs in running heads and feet: its digits as "#", except in a registration number's line.

    Why: a heading block repeated for every paragraph ("§ 12" / "Diarienummer<TAB>TN 2025/41") has the same shape
    for every number, so all but the first paragraph's case numbers were left out as a running head; an extract's
    head that repeats its one case number is still the same line on every page."""
    flat = " ".join(text.split())
    return flat.casefold() if text[:1] in "DdÄä" and _CASE_LINE.match(flat) else _DIGITS.sub("#", flat).casefold()


# The Unicode box-drawing block (U+2500–U+257F): "╔═══╗", "║ … ║", "┌─ Justering ──┐", "│ … │", "└───┘".
_BOX_FIRST, _BOX_LAST = "\u2500", "\u257f"
_BOX_EDGES = "".join(map(chr, range(0x2500, 0x2580))) + " \t"


def _unframed(text: str) -> tuple[str, int]:
    """A line of a box drawn with box-drawing characters without its frame, and where its content starts in it.

    Text exports draw a page head, a Justering or an ANSLAG box as "│ Ordförande   Bengt Fors (M)   │" or
    "┌─ Justering ───┐"; with the frame left on, no pattern that reads a line from its start or end ("Ordförande
    <gap> Name", a section heading) sees the content.  A rule of the frame alone ("╚═══╝") leaves nothing.  Only
    the edges are stripped, so the content stays one piece of the source and its offsets stay right.
    """
    inner = text.strip(_BOX_EDGES)
    return inner, len(text) - len(text.lstrip(_BOX_EDGES))


# A line quoted by a mail client: "> text", "> > text", ">>text" or a bare ">" for a quoted blank line.
_QUOTE_LINE = re.compile(r"^[ \t]*>(?:[ >]|$)", re.M)
#: Quoted lines a text needs before its ">" markers count as mail quoting rather than a stray ">" in prose.
_MIN_QUOTED = 8


def _is_quoted_mail(text: str) -> bool:
    """True if the text carries a quoted mail ("> " before every line of a forwarded or replied message).

    Why: minutes forwarded by e-mail arrive with "> " before each line, and no pattern that reads a line from its
    start ("§ 45 Title", "Beslut", "Justeras") sees them.  One scan of the document, not one per line.
    """
    if ">" not in text:
        return False
    n = 0
    for _ in _QUOTE_LINE.finditer(text):
        n += 1
        if n >= _MIN_QUOTED:
            return True
    return False


def _unquoted(text: str) -> tuple[str, int]:
    """A quoted mail line without its quote markers ("> > § 45 Title" → "§ 45 Title"), and where its content starts.

    Only the leading markers go, so the content stays one piece of the source and its offsets stay right.
    """
    inner = text.lstrip("> \t")
    return inner, len(text) - len(inner)


def content_lines(src: SourceText) -> list[Line]:
    """The document's non-empty lines in order, with running headers, footers and furniture left out."""
    return split_lines(src)[0]


def split_lines(src: SourceText) -> tuple[list[Line], list[Line]]:
    """The document's content lines (as :func:`content_lines`) and the running heads and feet left out of them.

    The heads and feet are no content, but they may be the only place that names the issuer ("Ockelbo kommun •
    Kommunstyrelsen • Sida 1 av 3" in a margin, over a first page whose logo is a picture)."""
    raw: list[Line] = []
    gaps: list[int] = []  # how many blank lines stand before each of raw's lines
    pos = 0
    text = src.text
    blank = 1
    quoted = _is_quoted_mail(text)
    # Each line's page as src.page_of gives it, without a call and a search a line: the lines come in the order of
    # their offsets, and a line before the next page's start stands on the page of the line before it.
    page_starts = src.page_starts
    page = bisect.bisect_right(page_starts, 0)
    page_end = page_starts[page] if page < len(page_starts) else len(text) + 1
    # A form feed starts a new page wherever it stands, so it ends a line as a newline does (the same chunks as
    # re.split on either, split faster).
    for chunk in text.replace("\f", "\n").split("\n"):
        s = chunk.strip()
        if not s:
            blank += 1
            pos += len(chunk) + 1
            continue
        lead = len(chunk) - len(chunk.lstrip())
        if quoted and s[:1] == ">":
            s, shift = _unquoted(s)
            lead += shift
        if s and _BOX_FIRST <= s[0] <= _BOX_LAST:
            s, shift = _unframed(s)
            lead += shift
        if s:
            start = pos + lead
            if start >= page_end:
                page = bisect.bisect_right(page_starts, start)
                page_end = page_starts[page] if page < len(page_starts) else len(text) + 1
            raw.append(Line(s, start, start + len(s), page, blank > 0))
            gaps.append(blank)
            blank = 0
        else:
            blank += 1
        pos += len(chunk) + 1
    raw = _undoubled(raw, gaps)
    # The lines by page, in the order of the pages: the lines' pages only grow.
    by_page = {page: list(lines) for page, lines in groupby(raw, key=attrgetter("page"))}
    pages = list(by_page)
    # Each line's shape is needed up to three times below (a text export's lines recur, too): shaped once per text.
    shapes: dict[str, str] = {}

    def shape_of(text: str) -> str:
        found = shapes.get(text)
        if found is None:
            found = shapes[text] = _shape(text)
        return found

    running: set[int] = set()  # ids of the lines that are running heads or feet
    first_kept: set[str] = set()
    if len(pages) >= 2:
        # A running head or foot recurs at the same place on the page (counted from the top or the bottom);
        # a section heading that happens to open two pages does not stand at the same line on both.
        counts: Counter[tuple[str, int]] = Counter()
        for lines in by_page.values():
            top = {(shape_of(ln.text), i) for i, ln in enumerate(lines[:_EDGE])}
            bottom = {(shape_of(ln.text), -1 - i) for i, ln in enumerate(reversed(lines[-_EDGE:]))}
            counts.update(top | bottom)
        need = max(2, (len(pages) + 1) // 2)
        # A paragraph heading ("KF § 67  Dnr …", "201 §  Dnr …") is never furniture, though pages often open
        # with one.
        recurring = {key for key, n in counts.items() if n >= need and not _HEAD_SHAPE.search(key[0])}
        for lines in by_page.values():
            # Heads and feet are a block at the very top or bottom: the first content line ends the head.
            for i, ln in enumerate(lines[:_EDGE]):
                if (shape_of(ln.text), i) not in recurring and not _is_furniture(ln.text):
                    break
                running.add(id(ln))
            for i, ln in enumerate(reversed(lines[-_EDGE:])):
                if (shape_of(ln.text), -1 - i) not in recurring and not _is_furniture(ln.text):
                    break
                running.add(id(ln))
    elif len(raw) > 20:
        # No page breaks in the file (a text export): running heads still recur, whole, every so often.
        counts_flat = Counter(shape_of(ln.text) for ln in raw)
        for ln in raw:
            shape = shape_of(ln.text)
            if counts_flat[shape] >= 3 and len(shape) > 12 and not _HEAD_SHAPE.search(shape) and (
                    _HEAD_WORDS.search(shape) or (re.search(r" {3,}|\t", ln.text) and "#" in shape)):
                running.add(id(ln))
    if len(pages) < 2:
        running |= _unbroken_page_heads(raw)
    running |= _mastheads_below_page_numbers(raw)
    out: list[Line] = []
    heads: list[Line] = []
    for ln in raw:
        line_text = ln.text
        # _is_furniture of the line with "|" read as a space, its first-character test inlined: a line that opens
        # with "|" opens with a space so, which no furniture does.
        c = line_text[:1]
        if (c in _FURNITURE_FIRST or c.isdecimal()) and _FURNITURE.match(line_text.replace("|", " ")) is not None:
            if id(ln) in running:
                heads.append(ln)
            continue
        if id(ln) in running:
            # The first running head is kept: on an extract's only title page it names the body and date.
            shape = shape_of(line_text)
            if shape in first_kept or ln.page != pages[0]:
                heads.append(ln)
                continue
            first_kept.add(shape)
        out.append(ln)
    return _after_mail_headers(raw, _without_word_comments(out)), heads


# A page number alone on its line: "2(3)", "2 av 3", "Sida 2/3".
_PAGE_NUMBER = re.compile(r"(?i)^(?:(?:sida|sid\.?)\s*\d+\s*(?:\(\s*\d+\s*\)|(?:av|/)\s*\d+)?|"
                          r"\d+\s*(?:\(\s*\d+\s*\)|av\s*\d+))$")
# A protocol's masthead as a table row: the word "protokoll" and the meeting date among cells.
_MASTHEAD_WORD = re.compile(r"(?i)(?<!\w)(?:sammanträdes|justerat\s+)?protokoll(?!\w)")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _mastheads_below_page_numbers(raw: list[Line]) -> set[int]:
    """The ids of the lines right below a page number on the same page that are a protocol's masthead: cells with
    "SAMMANTRÄDESPROTOKOLL" and the meeting date ("Kommunen<TAB>Nämnden<TAB>SAMMANTRÄDESPROTOKOLL<TAB>2030-01-02").

    Why: an OCR'd scan gives each page's head in other letters ("KOMMUN" / "kornmun"), so it recurs nowhere, and may
    put a paragraph heading above it, where the head block ends; the masthead was then read as the paragraph's
    title.  The page number beside it makes it the page's head wherever it stands."""
    out: set[int] = set()
    for prev, ln in pairwise(raw):
        if prev.page == ln.page and _PAGE_NUMBER.match(prev.text) and COLUMN_GAP.search(ln.text) \
                and _MASTHEAD_WORD.search(ln.text) and _ISO_DATE.search(ln.text):
            out.add(id(ln))
    return out


_DOUBLED_MIN_LINES = 20  # a text shorter than this says too little about its line spacing


def _undoubled(raw: list[Line], gaps: list[int]) -> list[Line]:
    """The lines with their blank-before read one blank line down where the export writes a blank line after every
    line (Apache Tika's plain text, some docx2txt output): there one blank is only the line break, and a paragraph
    break, if any is kept at all, is two or more.

    Why: read as written, every line stood after a blank, so a paragraph title wrapped over two lines was cut at the
    wrap and a wrapped sentence fell apart.  Only a text where hardly any line follows another without a blank
    between is read so; an ordinary text with its blank lines between paragraphs is left as it is."""
    if len(raw) < _DOUBLED_MIN_LINES or gaps[1:].count(0) * 20 > len(raw):
        return raw
    return [Line(ln.text, ln.start, ln.end, ln.page, i == 0 or g >= 2)
            for i, (ln, g) in enumerate(zip(raw, gaps, strict=True))]


# A reviewer's comment that a Word export left in the text as a line of its own: "[Kommentar JB1: Kontrollera …]"
# (the reviewer's initials and the comment's number), in an English Word "[Comment AB2: …]".
_WORD_COMMENT = re.compile(r"^\[(?:kommentar|comment)\s*\[?[A-ZÅÄÖ]{1,4}\d{1,3}\]?\s*:", re.IGNORECASE)
_COMMENT_LINES = 6  # the most lines one such comment may wrap over


def _without_word_comments(lines: list[Line]) -> list[Line]:
    """The lines without the reviewer's comments left in a draft, each from its opening "[Kommentar XY1:" to the
    line that closes its bracket (a few lines at most; one that never closes is kept whole).

    Why: a comment names people and organisations that take no part in the minutes ("Lägg till Skånetrafiken?"),
    and they were read as the document's own."""
    if not any(ln.text[:1] == "[" for ln in lines):
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if lines[i].text[:1] == "[" and _WORD_COMMENT.match(lines[i].text):
            end = next((j for j in range(i, min(i + _COMMENT_LINES, len(lines))) if lines[j].text.endswith("]")), None)
            if end is not None:
                i = end + 1
                continue
        out.append(lines[i])
        i += 1
    return out


# A page number in a running head: "Sida 8(9)", "sida 2 av 5", "Sida 3/7" (as shaped: digits are "#").
_PAGE_MARK = re.compile(r"\bsida\s*#\s*(?:\(\s*#\s*\)|av\s*#|/\s*#)")


def _unbroken_page_heads(raw: list[Line]) -> set[int]:
    """The ids of the running-head lines of a text without page breaks whose head recurs only twice (an extract of
    two pages): a line with a page number ("SURAHAMMARS KOMMUN   PROTOKOLLSUTDRAG   Sida 8(9)") seen twice, and
    the head lines right after it that recur too ("Kommunfullmäktige   Sammanträdesdatum 2024-04-22").

    Why: a head printed in the middle of a sentence ("tjänsteskrivelse" / head / "är daterad 2024-03-04") cut the
    sentence, and the recurrence rule for such texts wants three copies.  The page number makes two enough.
    Only lines holding "sida" are shaped for the count, so this is cheap."""
    marked = [i for i, ln in enumerate(raw) if "ida" in ln.text and _PAGE_MARK.search(_shape(ln.text))]
    if len(marked) < 2:
        return set()
    counts = Counter(_shape(raw[i].text) for i in marked)
    heads = [i for i in marked if counts[_shape(raw[i].text)] >= 2]
    if not heads:
        return set()
    found = {id(raw[i]) for i in heads}
    # The lines of the head block after the page number: each recurs right after every copy of the head.
    for k in range(1, 3):
        follow = [raw[i + k] for i in heads if i + k < len(raw)]
        if len(follow) != len(heads) or len({_shape(ln.text) for ln in follow}) != 1 \
                or not _HEAD_WORDS.search(_shape(follow[0].text)):
            break
        found |= {id(ln) for ln in follow}
    return found


# An e-mail that carries the minutes pasted into it: the mail client's header fields open the file.
_MAIL_FIELD = re.compile(r"(?i)^(?:från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject|"
                         r"bifogade\s+filer|bilagor|attachments?)\s*:")
_MAIL_RULE = re.compile(r"^[-=_*]{10,}$")


def _after_mail_headers(raw: list[Line], out: list[Line]) -> list[Line]:
    """The lines after the mail around pasted minutes: its header fields ("Från:", "Skickat:", "Till:",
    "Ämne:"), greeting and signature up to the rule line above the minutes.  The sender's send date and the
    receivers' bodies are no facts of the meeting.  Without a rule before the first §, only the fields go."""
    if not raw or not raw[0].text.casefold().startswith(("från:", "from:")):
        return out
    fields = [ln for ln in raw[:10] if _MAIL_FIELD.match(ln.text)]
    if len(fields) < 3:
        return out
    cut = fields[-1].end
    rule = next((ln for ln in raw if ln.start > cut and _MAIL_RULE.match(ln.text)), None)
    if rule is not None and any(ln.start > rule.end and "§" in ln.text for ln in raw):
        cut = rule.end
    cut = _after_forwarded_headers(raw, cut)
    return [ln for ln in out if ln.start > cut]


# The line a mail client puts above a forwarded or replied-to message: "-----Ursprungligt meddelande-----",
# "-----Original Message-----", "---------- Forwarded message ---------", "Vidarebefordrat meddelande".
_FORWARD_RULE = re.compile(r"(?i)^[-=_* ]*(?:ursprungligt|original|vidarebefordrat|forwarded|videresendt)\s+"
                           r"(?:meddelande|message|melding)[-=_*: ]*$")


def _after_forwarded_headers(raw: list[Line], cut: int) -> int:
    """The end of the inner header block of a forwarded mail, or ``cut`` if the minutes follow no such block.

    Why: a forward ("VB:") holds the forwarder's note and signature, then a separator line and the original
    message's own "Från:/Skickat:/Till:/Ämne:" fields; the note's names, dates and bodies are no facts of the
    meeting.  Only a separator with header fields right after it and a § further down counts.
    """
    for i, ln in enumerate(raw):
        if not _FORWARD_RULE.match(ln.text):
            continue
        fields = [f for f in raw[i + 1:i + 9] if _MAIL_FIELD.match(f.text)]
        if len(fields) >= 2 and any(x.start > fields[-1].end and "§" in x.text for x in raw[i + 1:]):
            return max(cut, fields[-1].end)
        break
    return cut


def join_lines(lines: list[Line]) -> MappedText:
    """Lines joined by newlines into one text, words hyphenated at a line end joined again."""
    # Built at once, not by MappedText.append (why: two calls a line, 200,000 calls for 4,000 paragraphs): every
    # line is a piece with its source offset, a newline after it a piece without one, as the appends built it.
    parts: list[str] = []
    anchors: list[int] = []
    sources: list[int] = []
    length = 0
    last = len(lines) - 1
    for i, ln in enumerate(lines):
        text = ln.text
        anchors.append(length)
        sources.append(ln.start)
        # Only a line ending in "-" (or "-\n") can be joined to the next: the hyphen tests need the next line.
        if text[-1:] == "-" or text.endswith("-\n"):
            nxt = lines[i + 1].text if i < last else ""
            # The endswith test only skips the search where it cannot match ("$" also matches before a final "\n").
            if _HYPHEN_END.search(text) and nxt[:1].islower() and nxt.split()[0].strip(",.") not in _NO_JOIN:
                parts.append(text[:-1])
                length += len(text) - 1
                continue  # no newline: the next line continues the word
            if text.endswith("-") and _NAME_HYPHEN_END.search(text) and _NAME_START.match(nxt):
                parts.append(text)
                length += len(text)
                continue  # "Anna-" + "Karin": one double name, hyphen kept
        parts.append(text)
        parts.append("\n")
        length += len(text) + 1
    return MappedText.whole("".join(parts), anchors, sources)
