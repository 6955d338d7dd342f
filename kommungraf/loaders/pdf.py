"""PDF minutes: the text layer read with pdfium, laid out line by line in visual reading order.

pdfium returns text in content-stream order, which is not always reading order: running footers often come
first, and the cells of a two-column table come out on one line ("A (L), ordförande B (M)").  So the reader
takes the boxes of pdfium's words, groups them into visual lines top to bottom, and splits a line into cells
where a wide horizontal gap (or a column edge shared with neighbouring lines) separates them.  Cells are
joined by a TAB; a line whose first columns are empty starts with TABs, so a name that stands only in the
right column of an attendance table keeps its column.  Pages are joined by a newline and a form feed.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import math
import operator
import re
import struct
import unicodedata
from collections import Counter
from pathlib import Path

from ..errors import DocumentError, NeedsOCRError
from ..source import SourceText, sha256_of
from .chars import LIGATURES

#: More pages than this is not one set of minutes; refuse rather than spend minutes on it.
MAX_PAGES = 2000
_PAGE_BREAK = "\n\f"  # between pages; a page starts after the form feed

# Gaps and tolerances are in units of the font height, so they hold for 8 pt and 14 pt text alike.
_WORD_GAP = 0.12  # a gap wider than this between two glyphs is a space
_CELL_GAP = 0.75  # a gap wider than this separates two cells (word spaces measure 0.2-0.35) ...
_SPACE_WIDTH = 0.3  # ... unless the line's own spacing is wider (justified text); a typical space
_EDGE_GAP = 0.45  # ... and a gap this wide does too where the next word starts on a known column edge
_ALIGN_TOL = 4.0  # points: left edges this close count as one column edge
_REGION_GAP = 4.0  # line heights: a column layout ends after this much vertical space

_MARKER = re.compile(r"(?:\(?\d{1,3}[.)]|\(?[a-zåäö][.)]|[•·▪◦‣∙●○■□–—\-*])")
_NONSPACE = re.compile(r"[^\s\x00]+")
_LIGATURES = str.maketrans(LIGATURES)
# Control characters pdfium can emit; TAB, LF and FF are ours.  0x02 and 0xFFFE mark a hyphen at a line end
# ("Lind\ufffe" + "qvist"): kept as "-", so that joining the lines joins the word again (clean.join_lines).
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 12)}
_CONTROL.update({0x02: "-", 0xFFFE: "-", 0xFFFF: None, 0xAD: None})
_ODD = re.compile("[\x00-\x08\x0b\x0d-\x1f\xad\ufb00-\ufb06\ufffe\uffff]")
_UNDECODABLE = re.compile("[\ufffd\ue000-\uf8ff]")
_SPACE = re.compile(r"\s")


def read_pdf(path: Path, data: bytes) -> SourceText:
    """Read a PDF's text layer: one line per visual line, cells split by TAB, pages joined by a form feed."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise DocumentError(path, "the PDF is encrypted (it needs a password to open); "
                                      "save an unprotected copy first") from None
        if code == pdfium.raw.FPDF_ERR_SECURITY:
            raise DocumentError(path, "the PDF is encrypted with an unsupported security scheme") from None
        # pdfium reports some broken files (a page tree that is a reference to itself) with the code "Success".
        raise DocumentError(path, f"not a readable PDF: {str(e).replace(' (PDFium: Success)', '')}") from None
    except Exception as e:  # pdfium wraps C; anything else here is still an unreadable file
        raise DocumentError(path, f"not a readable PDF: {e}") from None
    try:
        n_pages = len(doc)
        if n_pages == 0:
            raise DocumentError(path, "not a readable PDF: it has no pages")
        if n_pages > MAX_PAGES:
            raise DocumentError(path, f"the PDF has {n_pages} pages, over the limit of {MAX_PAGES} "
                                      "for one document of minutes")
        pages: list[str] = []
        for i in range(n_pages):
            try:
                page = doc[i]
            except pdfium.PdfiumError as e:
                raise DocumentError(path, f"not a readable PDF: page {i + 1}: {e}") from None
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(_page_text(textpage))
                finally:
                    textpage.close()
            except pdfium.PdfiumError as e:
                raise DocumentError(path, f"not a readable PDF: page {i + 1}: {e}") from None
            finally:
                page.close()
    finally:
        doc.close()

    empty = [i + 1 for i, p in enumerate(pages) if not p.strip()]
    if len(empty) == len(pages):
        raise NeedsOCRError(path, "the PDF has no text layer (a scanned document?); "
                                  "run OCR on it first, e.g. ocrmypdf")
    body = "".join(pages)
    # Counted only where there is one: with none, "undecodable > letters / 2" cannot hold (letters is never negative).
    undecodable = len(_UNDECODABLE.findall(body)) if _UNDECODABLE.search(body) else 0
    letters = len(body) - len(_SPACE.findall(body)) if undecodable else 0
    if letters >= 20 and undecodable > letters / 2:
        raise NeedsOCRError(path, "the PDF's text layer cannot be decoded (fonts without a Unicode map); "
                                  "run OCR on it first, e.g. ocrmypdf --force-ocr")
    warnings: list[str] = []
    if empty:
        warnings.append(f"no text layer on page{'s' if len(empty) > 1 else ''} "
                        f"{', '.join(map(str, empty))} (scanned?); their text is missing")

    # A page ends its last line with a newline and the next page starts after the form feed, as pdftotext
    # writes it: whoever splits the text on newlines still gets every line whole.
    starts = [0]
    for p in pages[:-1]:
        starts.append(starts[-1] + len(p) + len(_PAGE_BREAK))
    return SourceText(path=path, text=_PAGE_BREAK.join(pages), media_type="application/pdf",
                      sha256=sha256_of(data), page_starts=tuple(starts), warnings=tuple(warnings))


# Words, cells and lines are plain lists, not objects: a page has some 170 words and every stage touches each of
# them, so attribute lookups, constructors and helper calls per word are most of the cost of reading a page.
#   word  [x0, x1, bottom, top, text, space_before, height, key]   key: the reading-order key, -(top + bottom) / 2
#   cell  [x0, x1, words]
#   line  [bottom, top, height, words, cells, columns]              columns None: one column per cell, in order
# (min(a, b) and max(a, b) are written out as "b if b < a else a" and "b if b > a else a", which is what the
# built-ins return for two arguments, so results stay identical to the built-in forms down to NaN and ties.)
_X0, _X1, _BOTTOM, _TOP, _TEXT, _SPACE_BEFORE, _HEIGHT, _KEY = range(8)
_by_reading_order = operator.itemgetter(_KEY, _X0)
_by_x0 = operator.itemgetter(_X0)
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom
_TWO_RECTS = struct.Struct("8f")  # a word's first glyph's FS_RECTF, then its last glyph's
_char_box = None


def _loose_char_box():
    """FPDFText_GetLooseCharBox(textpage, index, rect) without argument conversion: the same C function as
    pypdfium2's binding at under half the cost of a call (a page takes some 350 calls).  The caller passes
    exactly (c_void_p, int, byref(FS_RECTF-sized buffer)), which ctypes hands on as (pointer, int, pointer)."""
    global _char_box
    if _char_box is None:
        import pypdfium2.raw as raw

        _char_box = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)
    return _char_box


def _page_text(textpage) -> str:
    """One page's text, laid out in visual lines; falls back to pdfium's order where layout cannot help."""
    import pypdfium2.raw as raw

    n = raw.FPDFText_CountChars(textpage.raw)
    if n <= 0:
        return ""
    text = textpage.get_text_range()
    words, vertical = _words(textpage, text, n)
    return _layout(text, words, vertical)


def _layout(text: str, words: list[list], vertical: list[str]) -> str:
    """The page's text from its words and boxes (see :func:`_page_text`); ``text`` is pdfium's, the fallback."""
    # A glyph box pdfium computes from a damaged or hostile matrix can be infinite or NaN; such a word has no
    # place on the page (and would break the rounding of positions below), so it is left out.
    words = [w for w in words if math.isfinite(w[_X0] + w[_X1] + w[_BOTTOM] + w[_TOP])]
    single = 0
    for w in words:
        if len(w[_TEXT]) == 1:
            single += 1
    if not words or len(vertical) > len(words) or (len(words) >= 20 and single > 0.6 * len(words)):
        # Text that does not run left to right in page space (set vertically for a page shown rotated, or
        # upside down): lines of page geometry would be wrong, so keep pdfium's own order.
        return _clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = _lines(words)
    for line in lines:
        line[4] = _cells(line[3])
    _split_header_cells(lines)
    split = _text_columns(lines)
    if split is None:
        _columns(lines)
        lines = _tables_side_by_side(lines)
    else:
        before, left, right, after = split
        _columns(before)
        _columns(after)
        lines = before + left + right + after
    out = [_render(line) for line in lines]
    out.extend(vertical)
    return _clean("\n".join(out))


def _words(textpage, text: str, n: int) -> tuple[list[list], list[str]]:
    """Words with their boxes; vertical text (e.g. in a margin) is returned apart.

    pdfium's text already separates words by spaces (real or generated at gaps) and lines by CRLF, so a word
    needs only the boxes of its first and last glyph; a word whose two ends do not sit on one line at a
    plausible distance is taken glyph by glyph instead.
    """
    import pypdfium2.raw as raw

    handle = ctypes.cast(textpage.raw, ctypes.c_void_p)
    box = _loose_char_box()
    # One buffer for the boxes of a word's first and last glyph, read with one unpack (most words need just these).
    rect = (ctypes.c_float * 8)()
    where = ctypes.byref(rect)
    where_last = ctypes.byref(rect, _RECT.size)
    unpack = _RECT.unpack_from
    unpack_both = _TWO_RECTS.unpack_from
    angle_of = raw.FPDFText_GetCharAngle
    if len(text) != n:
        # The text does not map one-to-one to character indices (e.g. characters outside the BMP): ask
        # pdfium for each character instead.
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(n))

    words: list[list] = []
    append = words.append
    for m in _NONSPACE.finditer(text):
        i, j = m.span()
        # A space (real or generated) separates words; pdfium's CRLF only says "new line", which we redo.
        space = i > 0 and text[i - 1] != "\n"
        # (The last glyph's box is asked for before the test of the first one's height, which it does not change.)
        if j - i > 1 and box(handle, i, where) and box(handle, j - 1, where_last):
            left, top, _, bottom, left1, _, right1, bottom1 = unpack_both(rect)
            h = top - bottom
            d = 0.3 * h
            # -d < x < d is abs(x) < d, down to NaN and infinities, without the call.
            if (h > 0.01 and -d < bottom1 - bottom < d and left <= left1
                    and right1 - left <= (0.9 * (j - i) + 0.5) * h):
                append([left, right1, bottom, top, text[i:j], space, h, -(top + bottom) / 2])
                continue
        word: list | None = None
        for k in range(i, j):
            if not box(handle, k, where) or _slanted(angle_of(textpage.raw, k)):
                continue
            left, top, right, bottom = unpack(rect)
            h = top - bottom
            if h <= 0.01:
                continue
            if (word is not None
                    and min(top, word[_TOP]) - max(bottom, word[_BOTTOM]) > 0.5 * min(h, word[_HEIGHT])
                    and word[_X1] - 0.5 * h <= left <= word[_X1] + _WORD_GAP * h):
                word[_TEXT] += text[k]
                word[_X1] = max(word[_X1], right)
                continue
            word = [left, right, bottom, top, text[k], space if word is None else False, h, -(top + bottom) / 2]
            append(word)
    return _split_vertical(words)


def _slanted(angle: float) -> bool:
    """Whether a glyph at ``angle`` (radians, pdfium's) is set at a slant: a stamp or watermark drawn across the page
    ("PROTOKOLLSUTDRAG"), whose letters pdfium strews into the words they cross.  Text set upright or turned by a
    right angle is content.  Asked only of glyphs taken one by one, as a stamp letter is: its slanted box breaks the
    word it joins."""
    return angle >= 0 and 10 < math.degrees(angle) % 90 < 80  # -1: pdfium could not tell


def _stacked(a: list, b: list) -> bool:
    """Whether glyph b stands below or above glyph a, overlapping it horizontally: text set vertically."""
    overlap = min(a[_X1], b[_X1]) - max(a[_X0], b[_X0])
    return (len(a[_TEXT]) == 1 and len(b[_TEXT]) == 1
            and overlap > 0.3 * min(a[_X1] - a[_X0], b[_X1] - b[_X0])
            and abs(a[_BOTTOM] - b[_BOTTOM]) < 2.5 * max(a[_HEIGHT], b[_HEIGHT]) and a[_BOTTOM] != b[_BOTTOM])


def _split_vertical(words: list[list]) -> tuple[list[list], list[str]]:
    """Set apart runs of four or more one-glyph words, each stacked on the one before: text set vertically.

    Returns the other words in their order and the runs' text, each run read top to bottom as one string.
    """
    singles = [k for k, w in enumerate(words) if len(w[_TEXT]) == 1]
    if len(singles) < 4:
        return words, []
    runs: list[list[int]] = []
    run: list[int] = []
    for k in singles:
        if run and run[-1] == k - 1 and _stacked(words[k - 1], words[k]):
            run.append(k)
            continue
        if len(run) >= 4:
            runs.append(run)
        run = [k]
    if len(run) >= 4:
        runs.append(run)
    if not runs:
        return words, []
    # A table column of one-letter cells (party letters "M", "S", "V" drawn cell under cell) stacks its letters too,
    # but each letter sits on its row: on the bottom of a longer word beside it (the name, the function).  Letters
    # set vertically fall between the lines they pass, so a run whose every letter is on a row stays as cells.
    rows = {round(w[_BOTTOM]) for w in words if len(w[_TEXT]) > 1}
    runs = [run for run in runs
            if not all(round(words[k][_BOTTOM]) in rows for k in run)]
    if not runs:
        return words, []
    vertical: list[str] = []
    drop: set[int] = set()
    for run in runs:
        drop.update(run)
        vertical.append("".join(words[k][_TEXT] if j == 0 or not words[k][_SPACE_BEFORE] else " " + words[k][_TEXT]
                                for j, k in enumerate(run)))
    return [w for k, w in enumerate(words) if k not in drop], vertical


def _lines(words: list[list]) -> list[list]:
    """Group words into visual lines, top to bottom; words overlapping by half their height share a line."""
    words = sorted(words, key=_by_reading_order)
    lines: list[list] = []
    # The last line's bottom, top and height (fixed when it is made) and its words' append, held in locals: most
    # words join the line before them.
    lb0 = lt0 = lh0 = 0.0
    add = None
    for w in words:
        bottom = w[_BOTTOM]
        top = w[_TOP]
        h = w[_HEIGHT]
        # Look back a few lines only: a word belongs to one of the nearest lines above or to a new one.
        if add is not None:
            if (lt0 if lt0 < top else top) - (lb0 if lb0 > bottom else bottom) > 0.5 * (lh0 if lh0 < h else h):
                add(w)
                continue
            placed = False
            for line in lines[-2:-4:-1]:
                lt = line[1]
                lb = line[0]
                lh = line[2]
                if (lt if lt < top else top) - (lb if lb > bottom else bottom) > 0.5 * (lh if lh < h else h):
                    line[3].append(w)
                    placed = True
                    break
            if placed:
                continue
        lb0 = bottom
        lt0 = top
        lh0 = top - bottom
        members = [w]
        add = members.append
        lines.append([lb0, lt0, lh0, members, None, None])
    for line in lines:
        if len(line[3]) > 1:
            line[3].sort(key=_by_x0)
    lines.sort(key=_by_top_down)
    return lines


def _by_top_down(line: list) -> float:
    return -line[1]


def _cells(words: list[list]) -> list[list]:
    """Split a line's words into cells at wide gaps; a list marker ("1.", "•") stays with its text.

    A gap is wide against the line's own word spacing: justified text stretches every space (often to a full
    em), so its narrowest gap is wide too, while a table row has ordinary spaces inside its cells.  A gap over
    three ems always separates.
    """
    prev = words[0]
    if len(words) == 1:
        return [[prev[_X0], prev[_X1], words]]
    # Most lines are running text: when every gap is at most _CELL_GAP times the larger height of its two words,
    # no gap can split (the threshold below is never less than that), and the line is one cell.
    x1 = prev[_X1]
    for w in words[1:]:
        wh = w[_HEIGHT]
        ph = prev[_HEIGHT]
        if not w[_X0] - x1 <= _CELL_GAP * (ph if ph > wh else wh):
            break
        wx1 = w[_X1]
        if wx1 > x1:
            x1 = wx1
        prev = w
    else:
        return [[words[0][_X0], x1, words]]
    prev = words[0]
    cell = [prev[_X0], prev[_X1], [prev]]
    spaces = _spaces(words)
    narrowest = min(spaces) if len(spaces) >= 3 else None
    cells = [cell]
    for w in words[1:]:
        wh = w[_HEIGHT]
        ph = prev[_HEIGHT]
        h = ph if ph > wh else wh
        ref = narrowest if narrowest is not None else _SPACE_WIDTH * h
        a = 3.0 * h
        b = 2.5 * ref
        a = b if b < a else a
        b = _CELL_GAP * h
        if w[_X0] - cell[1] <= (a if a > b else b):
            cell[2].append(w)
            x1 = w[_X1]
            if x1 > cell[1]:
                cell[1] = x1
        else:
            cell = [w[_X0], w[_X1], [w]]
            cells.append(cell)
        prev = w
    if len(cells) == 1:
        return cells
    merged: list[list] = []
    for c in cells:
        if merged and len(merged[-1][2]) == 1 and _MARKER.fullmatch(merged[-1][2][0][_TEXT]):
            c[2][0][_SPACE_BEFORE] = True
            merged[-1][2].extend(c[2])
            merged[-1][1] = c[1]
        else:
            merged.append(c)
    return merged


def _split_header_cells(lines: list[list], reach: int = 40) -> None:
    """Split a table's header cell where a column of the rows below starts at one of its inner words.

    Why: a header of short one-word headings in narrow columns ("Namn  Parti Ja  Nej Avstår") has only wide gaps,
    so _cells takes them for the stretched spaces of justified text and joins "Parti Ja"; the rows' crosses then
    start on no column edge of the header and every cross lands in the same column.  A word of the header that
    starts after a gap wider than a word space, within a point of where a cell of a following row starts (every
    cell of that row starting on the header's cells or words), is a heading of its own.  Rows are read until the
    first line of one cell, at most ``reach`` lines.
    """
    for k, head in enumerate(lines):
        cells = head[4]
        if len(cells) < 2 or all(len(c[2]) == 1 for c in cells) or (k and len(lines[k - 1][4]) >= 2):
            continue  # a header opens its table: the line above is no row of cells
        inner = []  # (x0, cell index, word index) of heading words after a wide gap inside a cell
        for ci, c in enumerate(cells):
            ws = c[2]
            for wi in range(1, len(ws)):
                if ws[wi][_X0] - ws[wi - 1][_X1] > _EDGE_GAP * ws[wi][_HEIGHT] and ws[wi][_TEXT][:1].isalpha():
                    inner.append((ws[wi][_X0], ci, wi))
        if not inner:
            continue
        starts = [c[0] for c in cells]
        cut: set[tuple[int, int]] = set()
        for row in lines[k + 1:k + 1 + reach]:
            if len(row[4]) < 2:
                break
            hits = []
            for c in row[4]:
                if _aligned(c[0], starts):
                    continue
                hit = [(ci, wi) for x, ci, wi in inner if abs(c[0] - x) <= 1.0]
                if not hit:
                    hits = []
                    break
                hits.extend(hit)
            cut.update(hits)
        if not cut:
            continue
        split: list[list] = []
        for ci, c in enumerate(cells):
            part = [c[2][0]]
            for wi in range(1, len(c[2])):
                if (ci, wi) in cut:
                    split.append([part[0][_X0], max(w[_X1] for w in part), part])
                    part = []
                part.append(c[2][wi])
            split.append([part[0][_X0], max(w[_X1] for w in part), part])
        head[4] = split


def _text_columns(lines: list[list]) -> tuple[list, list, list, list] | None:
    """A page set in two text columns, as (lines above, left column, right column, lines below), or None.

    Two columns of running text share their lines' heights, so every visual line holds a piece of each and the
    left column would be read interleaved with the right.  The page qualifies when at least five lines hold
    two long pieces of prose split at one gutter near the middle of the text area (a label and its value in a
    table is short on the left).  The columns take in the lines around those that keep clear of the gutter,
    up to a wide vertical gap (a running head or foot) or a line that crosses the gutter.
    """
    pairs = [line for line in lines if len(line[4]) >= 2]
    if len(pairs) < 5:
        return None
    left_edge = min(line[4][0][0] for line in lines)
    right_edge = max(line[4][-1][1] for line in lines)
    width = right_edge - left_edge
    starts: Counter[int] = Counter()
    for line in pairs:
        for c in line[4][1:]:
            if left_edge + 0.35 * width <= c[0] <= left_edge + 0.65 * width:
                starts[round(c[0] / _ALIGN_TOL)] += 1
    if not starts:
        return None
    gutter = starts.most_common(1)[0][0] * _ALIGN_TOL - _ALIGN_TOL

    def clear(line: list) -> bool:
        return all(c[1] <= gutter or c[0] >= gutter for c in line[4])

    prose = [k for k, line in enumerate(lines) if len(line[4]) == 2 and clear(line)
             and line[4][0][0] <= left_edge + _ALIGN_TOL
             and left_edge + 0.6 * (gutter - left_edge) <= line[4][0][1] <= gutter
             and gutter <= line[4][1][0] <= gutter + 2 * _ALIGN_TOL
             and line[4][1][1] >= gutter + 0.6 * (right_edge - gutter)]
    if len(prose) < 5:
        return None
    first, last = prose[0], prose[-1]
    if not all(clear(lines[k]) for k in range(first, last + 1)):
        return None

    def near(a: list, b: list) -> bool:  # b follows a without a wide vertical gap
        return a[0] - b[1] <= 1.5 * max(a[2], b[2])

    while first > 0 and clear(lines[first - 1]) and near(lines[first - 1], lines[first]):
        first -= 1
    while last + 1 < len(lines) and clear(lines[last + 1]) and near(lines[last], lines[last + 1]):
        last += 1
    left: list[list] = []
    right: list[list] = []
    for line in lines[first:last + 1]:
        for side, keep in ((left, lambda c: c[1] <= gutter), (right, lambda c: c[0] >= gutter)):
            cells = [c for c in line[4] if keep(c)]
            if cells:
                side.append([line[0], line[1], line[2], [w for c in cells for w in c[2]], cells, None])
    return lines[:first], left, right, lines[last + 1:]


def _spaces(words: list[list]) -> list[float]:
    """The gaps between a line's words that are spaces (not pieces of one word drawn apart)."""
    return [g for a, b in itertools.pairwise(words) if (g := b[_X0] - a[_X1]) > _WORD_GAP * a[_HEIGHT]]


def _columns(lines: list[list]) -> None:
    """Give each cell a column index, per region of lines that share column edges.

    A region starts at a line with two or more cells and takes in the lines below it that fit its columns:
    a line whose cells all start on the region's column edges (a new first column to their left is allowed),
    or a short line inside one column.  A line that runs across a column edge (ordinary text), a line with
    cells elsewhere, or a long vertical gap ends the region.  Within a region a word that starts on a column
    edge after a wide gap also starts a cell: a label set close to its value ("… och tid Kommunkansliet").
    Lines outside every region keep columns None: one column per cell, in order.
    """
    region: list[list] = []
    edges: list[float] = []
    index: list[float] | None = None  # edges sorted, once there are many (see _INDEXED)
    last_bottom = 0.0
    regions: list[list[list]] = []
    for line in lines:
        if region:
            h = max([w[_HEIGHT] for w in line[3]])
            if last_bottom - line[1] <= _REGION_GAP * h:
                split = _split_on_edges(line[4], edges, index)
                _snap_indented(split, edges, index)
                if _fits(split, edges, index):
                    line[4] = split
                    region.append(line)
                    edges.extend(c[0] for c in split)
                    if index is not None:
                        for c in split:
                            bisect.insort(index, c[0])
                    elif len(edges) > _INDEXED:
                        index = sorted(edges)
                    last_bottom = line[0]
                    continue
        if len(line[4]) >= 2:
            region = [line]
            regions.append(region)
            edges = [c[0] for c in line[4]]
            index = None
            last_bottom = line[0]
        else:
            region = []
    for region in regions:
        stops: list[float] = []
        for x in sorted(c[0] for line in region for c in line[4]):
            if not stops or x - stops[-1] > _ALIGN_TOL:
                stops.append(x)
        for line in region:
            cols: list[int] = []
            for c in line[4]:
                k = max((j for j, s in enumerate(stops) if s <= c[0] + _ALIGN_TOL), default=0)
                cols.append(max(k, cols[-1] + 1) if cols else k)
            line[5] = cols


def _tables_side_by_side(lines: list[list]) -> list[list]:
    """Read a block set to the right of a table after the table, where the two stand side by side.

    Why: a form puts a small table or fields ("Övriga närvarande", "Justerare: …", the signature grid) in a column
    beside the attendance table; line by line their cells followed each row's cells, so a row read as
    "Anneli Sjöberg  S  Ordförande  X  X  X  Johan Frisk  regiondirektör".  A table's header row (the first line of
    a column region) spans the table's columns; cells of the rows below that start more than two line heights right
    of the header's last cell are another block when at least three lines hold such cells and one line holds only
    them.  The block's lines (and the lines just above the table and right below it that stand wholly on its side)
    follow the table's lines, each keeping its cells' columns counted from the block's first.
    """
    k = 0
    out: list[list] = []
    while k < len(lines):
        line = lines[k]
        if line[5] is None or len(line[4]) < 3 or (k and lines[k - 1][5] is not None):
            out.append(line)
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end][5] is not None:
            end += 1
        split = _block_beside(lines, k, end)
        if split is None:
            out.extend(lines[k:end])
        else:
            above, left, right, stop = split
            del out[len(out) - len(above):]
            out.extend(left)
            out.extend(above)
            out.extend(right)
            end = stop
        k = end
    return out


def _block_beside(lines: list[list], k: int, end: int) -> tuple[list, list, list, int] | None:
    """For the column region lines[k:end] headed by lines[k]: (right-hand lines just above it, the table's lines,
    the block's lines, the index after the last line taken), or None when no block stands beside the table."""
    head = lines[k]
    gutter = head[4][-1][1] + 2.0 * head[2]
    right_lines = 0
    only_right = False
    for line in lines[k + 1:end]:
        right = [c for c in line[4] if c[0] > gutter]
        if not right:
            continue
        if len(right) < len(line[4]) and line[4][len(line[4]) - len(right) - 1][1] > gutter:
            return None  # a cell runs into the block: no gutter
        right_lines += 1
        only_right = only_right or len(right) == len(line[4])
    if right_lines < 3 or not only_right:
        return None
    # Lines below the region that stand wholly on one side belong to the two blocks, up to a line across the gutter.
    stop = end
    while stop < len(lines) and (lines[stop][4][-1][1] < gutter or lines[stop][4][0][0] > gutter):
        stop += 1
    above: list[list] = []
    j = k - 1
    while j >= 0 and lines[j][4][0][0] > gutter:
        above.insert(0, lines[j])
        j -= 1
    left: list[list] = []
    right_block: list[list] = []
    for line in lines[k:stop]:
        cells = line[4]
        cols = line[5]
        n = sum(1 for c in cells if c[0] <= gutter)
        if n:
            left.append([line[0], line[1], line[2], [w for c in cells[:n] for w in c[2]], cells[:n],
                         cols[:n] if cols is not None else None])
        if n < len(cells):
            rcols = None
            if cols is not None:
                base = min(cols[n:])
                rcols = [c - base for c in cols[n:]]
            right_block.append([line[0], line[1], line[2], [w for c in cells[n:] for w in c[2]], cells[n:], rcols])
    base = min((r[5][0] for r in right_block if r[5]), default=0)
    for r in right_block:
        if r[5] is not None:
            r[5] = [c - base for c in r[5]]
    return above, left, right_block, stop


def _snap_indented(cells: list[list], edges: list[float], index: list[float] | None) -> None:
    """Move the start of a cell indented a little inside a column onto the column's edge, where its text opens in
    lower case: a continuation of the entry above ("Mohammed Saleh (S)" / "  för Eva Persson (S)").

    Why: the indented cell started on no column edge, so its line ended the table's column region and the rows
    below lost their columns (the empty label column first, so names moved one column left).  Only up to one and a
    half line heights right of the nearest edge on its left, and never past another edge."""
    for c in cells:
        x0 = c[0]
        if _aligned(x0, edges, index) or not c[2] or not c[2][0][_TEXT][:1].islower():
            continue
        left = [e for e in edges if e < x0]
        if not left:
            continue
        e = max(left)
        if x0 - e <= 1.5 * c[2][0][_HEIGHT] and (c is cells[0] or cells[cells.index(c) - 1][1] < e):
            c[0] = e


def _aligned(x: float, edges: list[float], index: list[float] | None = None) -> bool:
    """Whether x is within _ALIGN_TOL of one of the edges (``index``: them sorted, or None)."""
    if index is not None:
        return _near(index, x, _ALIGN_TOL) > 0
    for e in edges:
        if abs(x - e) <= _ALIGN_TOL:
            return True
    return False


# A column region's edges grow by every row's cells, and each word of a row was tested against all of them, which
# made a long table quadratic (the layout of a page of 600 rows took 54 ms).  A region with more edges than this
# keeps them sorted as well (every edge is finite: _layout leaves out the words whose boxes are not), and _near and
# _between look them up by bisection with the same tests as a scan of the list.  Most regions have a few edges
# (nine on average in the test documents), which a scan reads faster.
_INDEXED = 40


def _near(index: list[float], x: float, tol: float, enough: int = 1) -> int:
    """How many edges e of the sorted ``index`` have abs(x - e) <= tol, counted up to ``enough``.

    They are a run around where x would be inserted: abs(x - e), rounded as computed, never shrinks as e moves
    away from x, so each side is read up to its first edge too far."""
    hits = 0
    k = bisect.bisect_left(index, x)
    for j in range(k, len(index)):
        if abs(x - index[j]) > tol:
            break
        hits += 1
        if hits >= enough:
            return hits
    for j in range(k - 1, -1, -1):
        if abs(x - index[j]) > tol:
            break
        hits += 1
        if hits >= enough:
            return hits
    return hits


def _between(index: list[float], x0: float, x1: float) -> bool:
    """Whether an edge e of the sorted ``index`` has x0 < e < x1 (the first edge over x0 is the one to test)."""
    k = bisect.bisect_right(index, x0)
    return k < len(index) and index[k] < x1


def _fits(cells: list[list], edges: list[float], index: list[float] | None) -> bool:
    """Whether a line's cells continue a column layout with the given left edges (``index``: them sorted, or None)."""
    if len(cells) >= 2:
        # Every cell on an edge; the first may also open a new column left of all others (an empty header).
        first_ok = _aligned(cells[0][0], edges, index) or cells[0][1] < min(edges)
        return first_ok and all(_aligned(c[0], edges, index) for c in cells[1:])
    cell = cells[0]
    x0 = cell[0]
    if not _aligned(x0, edges, index):
        return False
    # A line that runs across a column edge is running text, not a cell.
    x0 += _ALIGN_TOL
    x1 = cell[1]
    if index is not None:
        return not _between(index, x0, x1)
    for e in edges:
        if x0 < e < x1:
            return False
    return True


def _split_on_edges(cells: list[list], edges: list[float], index: list[float] | None) -> list[list]:
    """Split cells where a word starts exactly on a column edge of the region, after a gap.

    The gap must be wider than a word space, or, on an edge that three lines of the region start at, at
    least a space: "Förvaringsplats för protokollet Kommunstyrelsekontoret" in a form whose values all start
    there.
    """
    # The spaces inside the cells only: the gaps between cells are column gaps already, and a short table row
    # ("Huvudvotering 23 | 9 | 8 | 1") whose label sits close to the first count would take its wide gaps for the
    # stretched spaces of justified text and keep the label and the count in one cell (why: the vote under a
    # "Votering | Ja | Nej | Avstår" header was lost).
    spaces = [g for c in cells for g in _spaces(c[2])]
    # Justified text: every space is stretched, so only a gap well over the narrowest one can be a column gap.
    narrowest = min(spaces) if len(spaces) >= 3 else 0.0
    wide = 1.5 * narrowest
    out: list[list] = []
    for cell in cells:
        words = cell[2]
        x0 = cell[0]
        start = x0 + _ALIGN_TOL
        cur = [x0, x0, []]
        prev: list | None = None
        for w in words:
            wx0 = w[_X0]
            if prev is not None and wx0 > start:
                gap = wx0 - prev[_X1]
                h = w[_HEIGHT]
                e = _EDGE_GAP * h
                wide_gap = gap > (wide if wide > e else e)
                narrow_gap = gap > 0.15 * h and narrowest < e
                if wide_gap or narrow_gap:
                    # How many of the region's column edges the word starts on (only 0, 1-2 or 3+ matter).
                    if index is not None:
                        support = _near(index, wx0, 1.0, 3)
                    else:
                        support = 0
                        for edge in edges:
                            if abs(wx0 - edge) <= 1.0:
                                support += 1
                                if support >= 3:
                                    break
                    if (support and wide_gap) or (support >= 3 and narrow_gap
                                                  and not _straddles_edge(cells, edges, index)):
                        out.append(cur)
                        cur = [wx0, wx0, []]
            cur[2].append(w)
            x1 = w[_X1]
            if x1 > cur[1]:
                cur[1] = x1
            prev = w
        out.append(cur)
    return out


def _straddles_edge(cells: list[list], edges: list[float], index: list[float] | None) -> bool:
    """Whether a word of the line runs across one of the region's column edges (starts well before it and ends
    after it): the line is running text set under the table, not a row of it.

    Why: a sentence under an attendance table ("Erik Lindbäck (S) tjänstgör för Annika Berglund (S).") was cut at a
    word space where a word happened to start on the party column's edge, which split the name in two.  A form's
    label and value never have a word across another column's edge."""
    for c in cells:
        for w in c[2]:
            x0 = w[_X0] + _ALIGN_TOL
            x1 = w[_X1] - 1.0
            if index is not None:
                if _between(index, x0, x1):
                    return True
                continue
            for e in edges:
                if x0 < e < x1:
                    return True
    return False


def _cell_text(words: list[list]) -> str:
    prev = words[0]
    if len(words) == 1:
        return prev[_TEXT]
    out = [prev[_TEXT]]
    for w in words[1:]:
        if w[_SPACE_BEFORE] or w[_X0] - prev[_X1] > _WORD_GAP * prev[_HEIGHT]:
            out.append(" ")
        out.append(w[_TEXT])
        prev = w
    return "".join(out)


def _render(line: list) -> str:
    """A line as text: cells joined by TABs, with an empty cell for each column the line skips."""
    cells = line[4]
    columns = line[5]
    if columns is None:
        if len(cells) == 1:
            return _cell_text(cells[0][2])
        return "\t".join([_cell_text(c[2]) for c in cells])
    parts: list[str] = []
    col = 0
    for cell, k in zip(cells, columns, strict=True):
        if parts:
            parts.append("\t")
            col += 1
        while col < k:
            parts.append("\t")
            col += 1
        parts.append(_cell_text(cell[2]))
    return "".join(parts)


def _clean(text: str) -> str:
    """Ligatures spelled out, NFC (a decomposed "å" would defeat every regex later), no control characters."""
    if _ODD.search(text):
        text = text.translate(_LIGATURES).translate(_CONTROL)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
