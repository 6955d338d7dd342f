"""Where a meeting was held: the first page's place label ("Plats och tid: Kommunhuset, Djurås, kl. 13.00")."""

from __future__ import annotations

import re
from functools import cache

from .. import gazetteer
from ..clean import Line
from .dates import find_dates

# The labels of a meeting's place, alone on their line or before its value ("Plats och tid", "Sammanträdesplats:",
# "Tid och plats", "Lokal"); a value on the next line where the label stands alone (a table read row by row).  One
# space is a separator only before a capital ("Plats Kommunhuset, …", not "Plats för …").  The label opens its line
# or a table cell ("Tid: 15.00–17.30<TAB>Plats: Gustaf Dalénsgatan 4").
_PLACE_LABEL = re.compile(r"(?i)(?:^|(?<=\t))[ \t]*(?:plats(?:[ \t]+och[ \t]+tid)?|tid[ \t]+och[ \t]+plats|"
                          r"sammanträdesplats|mötesplats|möteslokal|sammanträdeslokal|lokal)(?![\w-])"
                          r"[ \t]*(?::[ \t]*|\t[ \t]*|[ ]{2,}|$|(?<=[ ])(?=(?-i:[A-ZÅÄÖ])))")
# The time of day and the weekday that share the value with the place ("kl. 13.00–16.20", "klockan 9",
# "onsdagen den", "18.30–21.05").
_TIME = re.compile(r"(?i)\b(?:kl(?:ockan)?\.?[ \t]*)?\d{1,2}[.:]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d{2})?|"
                   r"\bkl(?:ockan)?\.?(?=[ \t]*(?:,|$))|"
                   r"\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?(?:[ \t]+den)?\b|\bden(?=[ \t]*(?:,|$))")
_OTHER_LABEL = re.compile(r"(?i)^[ \t]*(?:beslutande|närvarande|ledamöter|ersättare|övriga|justera|sekreterare|"
                          r"ordförande|underskrifter|paragrafer|sammanträdesdatum|datum|tid)\b")
_MAX_LENGTH = 120


def meeting_place(lines: list[Line]) -> tuple[str, int, int] | None:
    """The place the first page says the meeting was held at, as (text, start, end) in the source, without its
    date and time ("Kommunhuset, Djurås, sammanträdesrum Gagnefsrummet"); None where it names none."""
    for i, ln in enumerate(lines):
        m = _PLACE_LABEL.search(ln.text)
        if m is None:
            continue
        value, offset, start = ln.text[m.end():], m.end(), ln.start
        found = _place_in(value)
        if found is None and i + 1 < len(lines) and _OTHER_LABEL.match(lines[i + 1].text) is None:
            # The value on the next line: the label alone (a table read row by row), or its date and time first
            # and the place wrapped after them ("Tid och plats  Måndagen den 25 november 2024 kl. 18.30").
            value, offset, start = lines[i + 1].text, 0, lines[i + 1].start
            found = _place_in(value)
        if found is None:
            continue
        s, e = found
        return " ".join(value[s:e].split()), start + offset + s, start + offset + e
    return None


def _place_in(value: str) -> tuple[int, int] | None:
    """Where the place stands in a label's value: before its date, time or weekday ("Kommunhuset, Djurås,
    onsdagen den 5 mars 2025 kl. 13.00" — what follows them is the time or a note on the meeting), or after them
    where the value opens with them ("2025-03-19 kl. 18.00 i Stadshuset"); None where no place is left."""
    marks = [(s, e) for _v, s, e in find_dates(value)] + [m.span() for m in _TIME.finditer(value)]
    marks = [(s, e) for s, e in marks if e > s]
    s, e = 0, len(value)
    if marks:
        first = min(s for s, _e in marks)
        if re.search(r"[^\W\d_]{3}", value[:first]):
            e = first
        else:
            s = max(e for _s, e in marks)
    lead = re.match(r"[\s,;:–-]*(?:(?:i|på)[ \t]+)?", value[s:e])
    s += lead.end() if lead else 0
    while e > s and value[e - 1] in " \t,;:–-.(":
        e -= 1
    place = value[s:e]
    if not re.search(r"[^\W\d_]{3}", place) or len(place) > _MAX_LENGTH:
        return None
    return s, e


def municipality_named_in(text: str, names: list[str]) -> str | None:
    """The first of ``names`` (municipalities) whose place ``text`` names as a word of its own ("Kommunhuset,
    Färgelanda" → Färgelanda kommun, "Gagnefs kommunhus" → Gagnefs kommun); else None."""
    for name in names:
        stem = gazetteer.place_of(name)
        stem = stem[:-1] if stem.endswith("s") else stem
        if len(stem) >= 3 and re.search(rf"(?<![\w-]){re.escape(stem)}s?(?![\w-])", text):
            return name
    return None


def municipality_of_town(place: str) -> str | None:
    """The municipality whose town a meeting's place names ("Kommunhuset, Edsbyn" → Ovanåkers kommun), from the
    gazetteer's seats and towns; where it names towns of several, the one whose seat it names; else None."""
    muni = _municipality_at(place)
    return muni.name if muni is not None else None


def region_of_town(place: str) -> str | None:
    """The region whose county holds the town a meeting's place names ("Regionens hus, Falun" → Region Dalarna)."""
    muni = _municipality_at(place)
    return gazetteer.region_of_county().get(muni.county) if muni is not None else None


def _municipality_at(place: str) -> gazetteer.Municipality | None:
    table = gazetteer.municipality_of_town()
    # A room named after a town ("Rådhuset, sammanträdesrum Kopparberg" in Örebro) is no town of the meeting.
    found = [(m.group(), table[m.group()]) for m in _towns().finditer(place)
             if _ROOM_WORD.search(place, 0, m.start()) is None]
    if not found:
        return None
    if len({muni.name for _town, muni in found}) > 1:
        # A house named after a village ("Folkets hus Vrigstad", "Ådalshallen") beside the town it stands in.
        found = [(town, muni) for town, muni in found if town == muni.seat] or found
    return found[0][1]


_ROOM_WORD = re.compile(r"(?i)(?:rum|rummet|sal|salen|salong|lokal|lokalen|hall|hallen)[ \t]+$")


@cache
def _towns() -> re.Pattern[str]:
    towns = sorted(gazetteer.municipality_of_town(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in towns) + r")(?![\w-])")
