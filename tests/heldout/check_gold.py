"""Check the held-out gold files against their documents.

    .venv/bin/python tests/heldout/check_gold.py

Runs the checker of the generalisation corpus (tests/corpus/check_gold.py) on this folder:
JSON shape and vocabularies, internal references, and that every gold string (names, titles,
case numbers, organisations, agreement titles and parties, meeting date) occurs in the document
text as a loader reads it. Prints the problems and exits 1 when there are any.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("corpus_check_gold", HERE.parent / "corpus" / "check_gold.py")
_checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_checker)

if __name__ == "__main__":
    sys.exit(_checker.main(sys.argv[1:] or [str(HERE)]))
