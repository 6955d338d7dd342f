"""kommungraf: a knowledge graph of Swedish municipal governance, built from published minutes."""

from __future__ import annotations

__version__ = "0.1.0"


def open(store: str | None = None, *, memory: bool = False, read_only: bool = False):
    """Open a kommungraf store: ``kommungraf.open("my-store")`` or ``kommungraf.open(memory=True)``."""
    from .api import open_store

    return open_store(store, memory=memory, read_only=read_only)
