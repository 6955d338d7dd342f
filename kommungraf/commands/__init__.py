"""One module per CLI command; shared options live here."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store import ENV_STORE, GraphStore, default_store_path


def add_store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, default=None, metavar="DIR",
                   help=f"the store folder (default: ${ENV_STORE}, else .kommungraf/store)")


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> GraphStore:
    return GraphStore(args.store or default_store_path(), read_only=read_only)
