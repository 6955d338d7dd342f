"""Swedish dates: "2022-03-22", "22 mars 2022", "tisdagen den 22 mars 2022", "den 7 augusti 2019"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .prechecks import matches_at

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?<![\d-])(?:(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?![\d])|(\d{{1,2}})(?::e|:a)?\s+({_MONTH_ALT})\.?\s+(\d{{4}})"
    r"|(\d{4})(\d{2})(\d{2})(?!\d))",
    re.IGNORECASE,
)


# A run of digits.  Every date pattern here opens with a digit that no digit stands before (a lookbehind), so a match
# starts where a run does: the patterns are tried only there (``matches_at``).
_DIGITS = re.compile(r"\d+")


def _run_starts(text: str) -> list[int]:
    return [m.start() for m in _DIGITS.finditer(text)]


def iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


# "06.02.2024" and "5/3 2024": day and month as numbers, then the full year, as many Skåne and Halland minutes date
# their documents.  Only with a four-digit year, so that "§ 5.3", "1/2 timme" and clock times stay no dates.
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})(?:\.(\d{1,2})\.|/(\d{1,2})[ \u00a0])((?:19|20)\d\d)"
                           r"(?![\d.,]\d|[/-]\d)")


# "2024.03.05": the ISO order with dots, as some systems print dates.  Two-digit month and day only, so that a
# version number ("2019.1.2") stays no date.
_DOTTED_ISO = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])(?![\d]|\.\d)")


def _dotted_iso_dates(text: str, starts: list[int] | None = None) -> list[tuple[str, int, int]]:
    """Every "2024.03.05" date in ``text`` as (ISO date, start, end).

    Why: minutes that print their dates so give the staff report's and the meeting's date only in this form."""
    out = []
    for m in matches_at(_DOTTED_ISO, text, _run_starts(text) if starts is None else starts):
        value = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            out.append((value, m.start(), m.end()))
    return out


def _numeric_dates(text: str, starts: list[int] | None = None) -> list[tuple[str, int, int]]:
    if "." not in text and "/" not in text:
        return []
    starts = _run_starts(text) if starts is None else starts
    out = _dotted_iso_dates(text, starts) if "." in text else []
    for m in matches_at(_NUMERIC_DATE, text, starts):
        value = iso(int(m.group(4)), int(m.group(2) or m.group(3)), int(m.group(1)))
        if value:
            out.append((value, m.start(), m.end()))
    return out


def find_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """Every date in ``text`` as (ISO date, start, end)."""
    starts = _run_starts(text)
    numeric = _numeric_dates(text, starts)
    if numeric:
        yield from sorted([*_word_dates(text, starts), *numeric], key=lambda d: d[1])
        return
    yield from _word_dates(text, starts)


def _word_dates(text: str, starts: list[int] | None = None) -> Iterator[tuple[str, int, int]]:
    for m in matches_at(DATE, text, _run_starts(text) if starts is None else starts):
        if m.group(1):
            value = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif m.group(4):
            value = iso(int(m.group(6)), MONTHS[m.group(5).casefold()], int(m.group(4)))
        else:
            y = int(m.group(7))
            value = iso(y, int(m.group(8)), int(m.group(9))) if 1990 <= y <= 2100 else None
        if value:
            yield value, m.start(), m.end()


def first_date(text: str) -> str | None:
    for value, _, _ in find_dates(text):
        return value
    return None
