"""One exception hierarchy for the library; the CLI turns each into one line and an exit code."""

from __future__ import annotations

from pathlib import Path


class KommungrafError(Exception):
    """Base class of every error kommungraf raises on purpose."""


class DocumentError(KommungrafError):
    """A source document cannot be read or is not minutes; names the file and what is wrong."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormatError(DocumentError):
    """The file's format is not one kommungraf reads."""


class NeedsOCRError(DocumentError):
    """A PDF has no text layer (a scan); it must be OCR'd before loading."""


class NotMinutesError(DocumentError):
    """The file was read but holds nothing that looks like minutes."""


class StoreError(KommungrafError):
    """The store cannot be opened, read or written."""


class QueryError(KommungrafError):
    """A query is unknown, malformed, or given wrong parameters."""


class GoldError(KommungrafError):
    """A gold file for evaluation is missing or malformed."""


class NotImplementedFeature(KommungrafError):
    """A command whose implementation has not landed yet."""
