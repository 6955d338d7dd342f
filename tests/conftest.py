"""Shared fixtures: the development corpus (skipped where ../shared is absent) and fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OWN_CORPUS = ROOT / "tests" / "corpus"
EXAMPLES = ROOT / "examples"
SEED = "eav-2019-remiss-samverkan-polis.txt"


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "docs").is_dir():
        pytest.skip("../shared/corpus is not present (a fresh clone without the shared folder)")
    return CORPUS


@pytest.fixture
def memory_store():
    from kommungraf.store import GraphStore

    return GraphStore(None)
