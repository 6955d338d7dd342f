"""Cheap pre-checks before case-insensitive patterns: whether a text may hold a pattern's words at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# The letters that a case-insensitive pattern matches to a Swedish or ASCII letter but that str.lower() does not
# turn into it (dotted capital I, dotless i, long s); every other character matches a letter ignoring case exactly
# where its lower() is that letter (checked over all of Unicode for a-z, å, ä, ö, é, ü).
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """Whether ``text`` (``text[start:end]``) may hold one of ``words`` (lower case) as a case-insensitive pattern
    reads it: False only where it certainly holds none.

    Why: a pre-check before a case-insensitive pattern of alternatives, each of which holds one of the words: such
    a pattern is tried at every position of a paragraph, and most paragraphs hold none of its words."""
    low = lowered(text)
    if low is None:
        return True
    for w in words:
        if low.find(w, start, end) >= 0:
            return True
    return False


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``text.lower()``, or None where ``text`` holds one of ``_ODD_CASE``: every other character lowers to exactly
    one, so a position in the one is the same position in the other (``lowered(t)[s:e] == t[s:e].lower()``).

    Cached (bounded): the rules of one paragraph ask it of the paragraph's text again and again, sentence by
    sentence (``may_hold`` with a start and an end), and lowering is the costly part."""
    if _ODD_CASE[0] in text or _ODD_CASE[1] in text or _ODD_CASE[2] in text:
        return None
    return text.lower()


def lines_holding(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds ``word``, its newline included: searched as such a stretch,
    a line sees the text before its start (a lookbehind) and its line break (a lookahead, "$", "\\b") as the whole
    text shows them."""
    at = text.find(word)
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end + 1
        yield start, end
        at = text.find(word, end)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given ``starts`` (ascending), every position where a match may start:
    the pattern is tried at each start one past the last match's end, as finditer tries every position after it.

    Why: a pattern that opens with a look-around has no prefix for the regex engine to skip ahead to, so finditer
    tries it at every position; a cheap scan for where a match can start finds the few that matter."""
    end = 0
    match = pattern.match
    for at in starts:
        if at >= end and (m := match(text, at)) is not None:
            yield m
            end = m.end()
