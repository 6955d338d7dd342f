"""Shared fixtures: the development corpus (skipped where ../shared is absent) and fresh stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on the same examples every time (a red build names a bug, never a draw); a
# developer's run draws new examples and so goes on searching.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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
