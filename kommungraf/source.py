"""Stage 1 records: a document's text with positions (pages and character offsets)."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SourceText:
    """The text of one source document as a reader produced it.

    ``text`` is the document's text in reading order; for PDF each page's text, pages joined by a form feed;
    for DOCX and HTML a linearised text (table cells separated by tabs, rows by newlines).  ``page_starts``
    holds the offset in ``text`` where each page begins (``(0,)`` for unpaged formats).  Every later offset
    in kommungraf refers to this ``text``.
    """

    path: Path
    text: str
    media_type: str
    sha256: str
    page_starts: tuple[int, ...] = (0,)
    warnings: tuple[str, ...] = field(default=())

    def page_of(self, offset: int) -> int:
        """The 1-based page number that holds ``offset``."""
        return bisect.bisect_right(self.page_starts, offset)

    @property
    def page_count(self) -> int:
        return len(self.page_starts)


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of raw bytes: the content identity of a source file."""
    return hashlib.sha256(data).hexdigest()


def form_feed_page_starts(text: str) -> tuple[int, ...]:
    """The offsets where pages begin in a text whose pages are separated by form feeds (as pdftotext writes it)."""
    starts = [0]
    i = text.find("\f")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\f", i + 1)
    return tuple(starts)
