"""Telling a line in Finnish, Meänkieli or Sami from a Swedish one.

Minutes of the administrative areas for Finnish, Meänkieli and Sami print a translation under a Swedish title, a
summary or a decision in the minority language.  Only the Swedish text is read, so such a line must not join a
title or add a decision point.  The signs are ones the Swedish text never has: Sami letters ("á", "č", "đ", "ŋ",
"š", "ŧ", "ž", "æ"), a doubled vowel ("ää", "öö", "yy", "uu", "ii", "aa") and the minority languages' commonest
small words ("ja", "sekä", "ei", "kanssa").  A Swedish word ("och", "att", "för", …) keeps a line Swedish, so a
Swedish title naming a Finnish association ("Bidrag till Tornionlaaksolaiset") stays one.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# Letters of the Sami orthographies that Swedish never writes.
_SAMI_LETTERS = re.compile(r"[áčđŋšŧžæ]", re.IGNORECASE)
# A doubled vowel, which Swedish spelling has in no word of its own.
_DOUBLED_VOWEL = re.compile(r"(?:ää|öö|yy|uu|ii|aa)", re.IGNORECASE)
# Small words of Finnish, Meänkieli and Lule/North Sami that are no Swedish word.
_FOREIGN_WORDS = frozenset({"ja", "sekä", "ei", "on", "tai", "kanssa", "että", "mukaan", "osa", "ole", "ovat",
                            "vai", "dahje", "ii", "lea", "leat", "birra", "gaskan", "gaskkas"})
# Swedish small words: one of them in a line makes it Swedish.
_SWEDISH_WORDS = frozenset({"och", "att", "för", "om", "av", "till", "med", "från", "på", "som", "den", "det",
                            "en", "ett", "är", "har", "samt", "mellan", "över", "under", "vid", "inom", "efter",
                            "inför", "avseende", "gällande", "angående", "kommun", "kommunens", "beslut"})


def _foreign_word(word: str) -> bool:
    """Whether a word carries a sign of Finnish, Meänkieli or Sami (a Sami letter, a doubled vowel, a small word)."""
    return word.casefold() in _FOREIGN_WORDS or bool(_SAMI_LETTERS.search(word) or _DOUBLED_VOWEL.search(word))


def foreign_label(text: str) -> bool:
    """Whether a short label ("Päätös", "Mearrádus") is in another language: every word with a sign of it.

    Why: a heading printed in three languages ("Beslut – Mearrádus – Päätös") is a heading only if the halves
    beside the Swedish one are translations, not Swedish words ("Beslut – fortsättning")."""
    words = _WORD.findall(text)
    return bool(words) and all(w.casefold() not in _SWEDISH_WORDS and _foreign_word(w) for w in words)


def foreign_line(text: str) -> bool:
    """Whether ``text`` (one line) is written in Finnish, Meänkieli or Sami rather than in Swedish.

    Why: a translated title under a § heading was joined to the Swedish title, and the Finnish translation of a
    decision added its numbered points to the Swedish ones.  At least two words and at least half of them with a
    sign of the other language (one of them in lower case), and no Swedish small word."""
    words = _WORD.findall(text)
    if len(words) < 2:
        return False
    foreign = 0
    common = False  # a sign in a word in lower case: a line of names ("Aatu Ylinenpää") is no translation
    # A line without a Sami letter or a doubled vowel has none in any of its words: only the small words count.
    signs = _SAMI_LETTERS.search(text) is not None or _DOUBLED_VOWEL.search(text) is not None
    for w in words:
        low = w.casefold()
        if low in _SWEDISH_WORDS:
            return False
        if (_foreign_word(w) if signs else low in _FOREIGN_WORDS):
            foreign += 1
            common = common or w[0].islower()
    return common and foreign >= 2 and 2 * foreign >= len(words)
