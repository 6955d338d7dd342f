"""Bilingual labels: the translation beside a Swedish label blanked out before the minutes are read.

Municipalities in the administrative areas for Finnish, Meänkieli and Sami print their labels, headings and fixed
words in Swedish and in the minority language: "Beslutande / Päättäjät", "Ledamot / Jäsen", "Ja / Kyllä 19",
"Ehotukset / Yrkanden" (the minority language may stand first), or a label wrapped in a column with its translation
on the next line ("Beslutande /" over "Päättäjät").  Every pattern of the parser is written for the Swedish label
alone, so the translation is replaced by spaces of the same length: every offset into the text stays valid.

Which half is the translation is told by the Swedish half only: one of the parser's own labels (a section
heading, an attendance or signature heading, a role word, a vote option, a meta label).  The other language's
words are never listed, so the rule holds for any minority language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..segment import section_kind
from ..source import SourceText
from .attendance import cell_role, label_role
from .prechecks import lines_holding

# The words of a label: letters (an ordinal "1:e" or "1." too), at most five words, no bracket or digit run.
_WORD = r"(?:\d{1,2}(?::[a-z]{1,2}|\.)|[^\W\d_][\w.:-]*)"
_WORDS = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,4}}"
# "X / Y" inside one cell: the cell starts at the line's start, after a column gap, a comma or a colon; the second
# half ends at a column gap, a colon, a comma, a count ("Ja / Kyllä 19") or the line's end.
_PAIR = re.compile(rf"(?m)(?:^|(?<=\t)|(?<=  )|(?<=, )|(?<=: ))[ \t]*({_WORDS}) / ({_WORDS})"
                   r"(?=[ \t]*$|\t|  |[ \t]*[:,;]| \d)")
# A label wrapped in a label column, its translation on the next line: "Beslutande /" + gap + value, then
# "Päättäjät" + gap + value.  Group 1 the slash, group 2 the translation at the next line's start.
_WRAPPED = re.compile(rf"(?m)^({_WORDS}) (/)(?=[ \t]*$|\t|  )[^\n]*\n({_WORDS})(?=[ \t]*$|\t|  )")
# A job title after a name and its translation: "Johan Rautio, kommundirektör / kunnanjohtaja".  Lower-case words
# only, to the end of the cell; the first title is kept (a second title in Swedish says no more for the role).
_TITLE_PAIR = re.compile(r"(?m)(?<=[^\W\d_]), ([a-zåäö][\w-]*(?: [a-zåäö][\w-]*){0,2}) / "
                         r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2})(?=[ \t]*$|\t|  )")
# Swedish words that are no label of their own but stand between names and labels: "X (S) och / ja Y (SD)",
# "Anna Ek (S) tjänstgör för / sijaisena" + the member on the next line.
_SWEDISH_LINKS = re.compile(r"(?i)(?:och|samt|eller|tjänstgör\s+för|tjg\s+för|ersätter|i\s+stället\s+för)")
# Vote options and meta labels that no other pattern reads alone as a whole label.
_SWEDISH_LABELS = re.compile(r"(?i)(?:ja|nej|avstår|avstod|avstående|frånvarande|blanka)(?:-?röster)?|"
                             r"sida|sid|namn|parti|funktion|roll|uppdrag|protokoll|sammanträdesprotokoll|"
                             r"protokollsutdrag|justering|justeringsdag|kommun|"
                             r"anslaget\s+(?:uppsatt|tas\s+ned|nedtas)|anslagsdatum|datum\s+för\s+anslag")


def _swedish_label(text: str) -> bool:
    """Whether ``text`` is a Swedish label, heading, role word or vote option that the parser reads."""
    t = " ".join(text.split()).rstrip(":")
    if not t:
        return False
    if _SWEDISH_LABELS.fullmatch(t) or _SWEDISH_LINKS.fullmatch(t) or section_kind(t) is not None:
        return True
    lab = label_role(t)
    if lab is not None and lab[1] >= len(t):
        return True
    return cell_role(", " + t) is not None


def _blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` by spaces (line breaks kept)."""
    for i in range(start, end):
        if chars[i] not in "\n\f":
            chars[i] = " "


def _line_end(text: str, start: int) -> int:
    """The end of the line that starts at ``start``, its newline included."""
    end = text.find("\n", start)
    return len(text) if end == -1 else end + 1


def untranslated(src: SourceText) -> SourceText:
    """The source with the minority-language half of each bilingual label replaced by spaces.

    Why: "Beslutande / Päättäjät", "Ledamot / Jäsen", "Kommunfullmäktiges beslut / Kaupunginvaltuuston päätös"
    matched none of the parser's labels, so the roles, decisions and votes of such minutes were lost.  Only where
    one half is a Swedish label and the other is not; a document without " /" is returned as it is (one search)."""
    text = src.text
    if " /" not in text:
        return src
    chars: list[str] | None = None
    # Each pattern is searched only on the lines that hold its slash (a pattern that opens with a lookbehind or a
    # line start is tried at every position of a whole document).  A match of _PAIR or _TITLE_PAIR lies on one line
    # and holds " / "; one of _WRAPPED opens at the start of a line that holds " /" and ends on the next line.
    pair_lines = list(lines_holding(text, " / "))
    for m in (m for start, end in pair_lines for m in _PAIR.finditer(text, start, end)):
        first, second = _swedish_label(m.group(1)), _swedish_label(m.group(2))
        if first == second:
            continue
        chars = chars if chars is not None else list(text)
        if first:
            _blank(chars, m.end(1), m.end(2))
        else:
            _blank(chars, m.start(1), m.start(2))
    for m in (m for start, end in pair_lines for m in _TITLE_PAIR.finditer(text, start, end)):
        if not _swedish_label(m.group(1)) and not _swedish_label(m.group(2)):
            chars = chars if chars is not None else list(text)
            _blank(chars, m.end(1), m.end(2))
    for m in _wrapped_matches(text):
        if _swedish_label(m.group(1)) and not _swedish_label(m.group(3)):
            chars = chars if chars is not None else list(text)
            _blank(chars, m.start(2), m.end(2))
            _blank(chars, m.start(3), m.end(3))
    return src if chars is None else replace(src, text="".join(chars))


def _wrapped_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_WRAPPED.finditer(text)`` finds: a match opens at a line's start, its slash on that line, and ends on
    the next line, so it is tried only at the start of each line that holds " /", one past the last match's end."""
    last = 0
    for start, end in lines_holding(text, " /"):
        if start >= last and (m := _WRAPPED.match(text, start, _line_end(text, end))) is not None:
            last = m.end()
            yield m
