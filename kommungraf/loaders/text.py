"""Plain-text minutes: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy 8-bit code page, detected."""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..errors import DocumentError
from ..source import SourceText, form_feed_page_starts, sha256_of
from .chars import DROP_INVISIBLE, INVISIBLE, LIGATURES

# Inline HTML left in a text export ("<b>Beslut</b><br>"): tags of text formatting and line structure only, so
# that "<" in ordinary prose ("< 5 %") or an unknown "<tag>" is never taken for markup.  The attributes are
# bounded and stop at a line end, which keeps the search linear on hostile lines.
_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|font|p|div|br|hr|h[1-6]|li|ul|ol|sup|sub|small|big|tt)"
                  r"(?:\s[^<>\n]{0,200})?\s*/?>", re.I)
_BREAK_TAG = re.compile(r"(?i)<(?:br|hr|p|div|li|/p|/div|/li|/h[1-6])\b")
#: Tags needed before a text file counts as an HTML fragment: one stray "<b>" in prose is not markup.
_MIN_TAGS = 3

# Letters that Swedish text is full of; a decoding that yields none of them where the bytes are non-ASCII is wrong.
_SWEDISH = set("åäöÅÄÖé§")


def decode_text(data: bytes, path: Path) -> str:
    """Decode bytes of a text document, detecting the encoding rather than assuming it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return repair_mojibake(data[3:].decode("utf-8", errors="replace"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # errors="replace": a truncated UTF-16 file must not raise UnicodeDecodeError out of a reader.
        return data.decode("utf-16", errors="replace")
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Swedish legacy files are Windows-1252 or Latin-1 (identical for letters); cp1252 also maps
    # the typographic quotes and dashes in 0x80-0x9F that Latin-1 leaves as control characters.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if not any(c in _SWEDISH for c in text):
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise DocumentError(path, "cannot detect the text encoding")
        text = str(best)
    return text


# UTF-8 that was once decoded as Windows-1252 and saved again as UTF-8 ("SammantrÃ¤de", "Â§ 61", "â€“") is valid
# UTF-8, so decoding alone does not notice it.  Each byte of the original became one cp1252 character: a lead byte
# (0xC2-0xF4) followed by continuation bytes (0x80-0xBF).  Bytes that cp1252 leaves undefined (0x81, 0x8D, ...)
# survive as the C1 control of the same number.
_CP1252_CHAR = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100)}
_CHAR_BYTE = {c: b for b, c in _CP1252_CHAR.items()}
_CONT = "".join(re.escape(_CP1252_CHAR[b]) for b in range(0x80, 0xC0))
_LEAD2 = "".join(re.escape(_CP1252_CHAR[b]) for b in range(0xC2, 0xE0))
_LEAD3 = "".join(re.escape(_CP1252_CHAR[b]) for b in range(0xE0, 0xF0))
_LEAD4 = "".join(re.escape(_CP1252_CHAR[b]) for b in range(0xF0, 0xF5))
_MOJIBAKE_RUN = re.compile(f"(?:[{_LEAD2}][{_CONT}]|[{_LEAD3}][{_CONT}]{{2}}|[{_LEAD4}][{_CONT}]{{3}})+")
# The sequences that a mis-decoded Swedish text cannot avoid (ä å ö é Å Ä Ö as "Ã" + one character, "§" as "Â§",
# dashes and quotes as "â€" + one): the repair runs only when one of them is present, so that a correct text with
# a chance pair such as "Ä–" is left alone.
_MOJIBAKE_SIGN = re.compile("Ã[¤¥¶©…„–]|Â§|â€")


def repair_mojibake(text: str) -> str:
    """Text with double-encoded UTF-8 ("SammantrÃ¤de", "Ã…kesson", "Â§") restored to what was written.

    Why: a file written in UTF-8, opened once as Windows-1252 and saved again as UTF-8 decodes without error
    but has no Swedish letter and no "§" left, so no paragraph is found.  Only runs that decode as UTF-8 are
    replaced, so a document with both repaired and intact letters keeps the intact ones.
    """
    if not _MOJIBAKE_SIGN.search(text):
        return text

    def undo(m: re.Match[str]) -> str:
        try:
            return bytes(_CHAR_BYTE[c] for c in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()

    return _MOJIBAKE_RUN.sub(undo, text)


def read_text(path: Path, data: bytes) -> SourceText:
    """Read a plain-text document; form feeds (as pdftotext writes them) separate pages."""
    text = decode_text(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = strip_markup(text)
    text = strip_markdown(text)
    text = grid_tables_as_cells(text)
    text = pipe_tables_as_cells(text)
    text = clean_characters(text)
    return SourceText(path=path, text=text, media_type="text/plain", sha256=sha256_of(data),
                      page_starts=form_feed_page_starts(text))


# Characters of a PDF text export that are no text: soft hyphens, zero-width spaces and joiners, ligatures.
_ODD_CHARS = re.compile(f"[{INVISIBLE}{''.join(LIGATURES)}]")
_CLEAN = str.maketrans({**LIGATURES, **DROP_INVISIBLE})
# A zero-width space standing for a lost word space: "Johan\u200bEkberg", "Ärendenr\u200b2016/345".
_ZWSP_GAP = re.compile(r"\u200b(?<=[a-zåäöéü.:]\u200b)(?=[A-ZÅÄÖÉ\d])")


def clean_characters(text: str) -> str:
    """Text with ligatures spelled out and soft hyphens and zero-width characters removed.

    A zero-width space between a lower-case letter and a capital or a digit stands where a word space was lost
    in a PDF text export ("Johan\u200bEkberg"), so it becomes a space; elsewhere it vanishes.
    """
    if not _ODD_CHARS.search(text):
        return text
    return _ZWSP_GAP.sub(" ", text).translate(_CLEAN)


def strip_markup(text: str) -> str:
    """Text with the inline HTML of an export ("<b>§ 12</b><br>") removed, or the text unchanged if it has none.

    A tag that breaks a line (<br>, <hr>, a block's end) becomes a newline unless one follows already, so that
    "<br>" at every line end leaves the lines as they are; formatting tags vanish.  Entities are decoded only in
    a text found to be markup: "&amp;" in plain minutes is what was written.
    """
    if "<" not in text or len(_TAG.findall(text[:20000])) < _MIN_TAGS:
        return text

    def repl(m: re.Match[str]) -> str:
        if not _BREAK_TAG.match(m.group()):
            return ""
        nxt = m.string[m.end():m.end() + 1]
        return "" if nxt in ("\n", "") else "\n"

    return html.unescape(_TAG.sub(repl, text))


# A Markdown export (pandoc, a wiki, an e-mail client): ATX headings ("## § 9 Titel", "### Beslut") are its mark.
# Two of them are needed, so that one "#" at a line start in plain minutes changes nothing.
_MD_HEADING = re.compile(r"(?m)^#{1,6}[ \t]+(?=\S)")
_MD_MIN_HEADINGS = 2
# YAML front matter before the text: export metadata (an export date, a title), no part of the minutes.
_MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]{0,300}\n){1,40}?(?:---|\.\.\.)[ \t]*\n")
_MD_HEADING_MARK = re.compile(r"(?m)^#{1,6}[ \t]+|[ \t]+#+[ \t]*$")
_MD_QUOTE = re.compile(r"(?m)^[ \t]{0,3}>[ \t]?")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\s]{0,500}\)")
# Emphasis marks next to a word ("*Dnr 4.1.2-412/2024*", "**Protokollsutdrag**"); a lone "*" is kept.
_MD_EMPHASIS = re.compile(r"(?:(?<![\w*])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*]))")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# A backslash ending a line: Markdown's hard line break (pandoc writes one after each line of a list it keeps
# apart), no character of the text.
_MD_HARD_BREAK = re.compile(r"(?m)(?<!\\)\\[ \t]*$")


def strip_markdown(text: str) -> str:
    """Text of a Markdown export with its markup removed, or the text unchanged if it is no Markdown.

    Why: the segmenter reads headings and signatures at the start of a line, so "## § 9 Titel", "### Beslut",
    "*Dnr …*", "> quoted statement" and "[bilaga 1](url)" must become the plain lines they stand for.  The
    front matter is blanked (same number of lines), so that its export date is no date of the minutes.
    """
    if "#" not in text or len(_MD_HEADING.findall(text, 0, 50000)) < _MD_MIN_HEADINGS:
        return text
    m = _MD_FRONT_MATTER.match(text)
    if m:
        text = "\n" * m.group().count("\n") + text[m.end():]
    text = _MD_HEADING_MARK.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    # (The hard break before the escapes: "\\" at a line's end is an escaped backslash, no break.  Why: the
    # backslash stayed on the line, so "Eva Ek, skolchef\" had no title word at its end and no role.)
    text = _MD_HARD_BREAK.sub("", text)
    return _MD_ESCAPE.sub(r"\1", text)


# A row of a pipe table ("| Ingela Bergström | M | Ordförande |"), as a meeting system's text export or Markdown
# writes tables, and its rule row ("|----|:---:|").
_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|(.*)\|[ \t]*$")
_PIPE_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
_PIPE_MIN_ROWS = 2


def pipe_tables_as_cells(text: str) -> str:
    """Text with the rows of pipe tables as TAB-separated cells and their rule rows removed, or the text unchanged.

    Why: the attendance and vote readers take a table's cells from TABs or wide gaps; "| Name | M | Ledamot |"
    kept its bars, so a row read as one name ("Ingela Bergström | M") and the counts under "| Ja-röster |
    Nej-röster |" were lost.  Only a text with two or more rows of two or more cells is taken for one with tables.
    """
    if "|" not in text or sum(1 for m in _PIPE_ROW.finditer(text) if "|" in m.group(1)) < _PIPE_MIN_ROWS:
        return text

    def row(m: re.Match[str]) -> str:
        if _PIPE_RULE.match(m.group()):
            return "\0"  # dropped with its line below
        return "\t".join(c.strip() for c in m.group(1).split("|"))

    return _PIPE_ROW.sub(row, text).replace("\0\n", "").replace("\0", "")


# An ASCII-drawn grid table ("+-----+-----+" borders round "| § 12 | Titel | Dnr |" rows), as a plain-text export of
# a table template, pandoc's grid tables or a console client writes them.  A border line is the mark.
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")


def grid_tables_as_cells(text: str) -> str:
    """Text with ASCII grid tables as TAB-separated cells and their border lines dropped, or the text unchanged.

    Why: a box drawn round a § heading or a decision ("| § 203 | Titel | Dnr |", "| 1. Nämnden beslutar … |")
    kept its bars, so the heading was no line starting with "§" and the decision points no lines starting with a
    number; a one-cell box (the decision) has no inner bar, so the pipe-table rule does not take it.  Only rows
    that follow a border line (directly or through other rows) are cells; a "|" elsewhere in prose is kept.
    """
    if "+-" not in text:
        return text
    lines = text.split("\n")
    changed = False
    in_grid = False
    for i, line in enumerate(lines):
        if "+" in line and _GRID_BORDER.match(line):
            lines[i] = ""
            in_grid = changed = True
            continue
        m = _GRID_ROW.match(line) if in_grid else None
        if m is None:
            in_grid = False
            continue
        lines[i] = "\t".join(c.strip() for c in m.group(1).split("|")).strip("\t")
    return "\n".join(lines) if changed else text
