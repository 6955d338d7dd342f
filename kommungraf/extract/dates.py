"""Swedish dates: "2022-03-22", "22 mars 2022", "tisdagen den 22 mars 2022", "den 7 augusti 2019"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

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


def iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """Every date in ``text`` as (ISO date, start, end)."""
    for m in DATE.finditer(text):
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
