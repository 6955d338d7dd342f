"""Held-out set 93 has no binary documents: all five minutes are HTML pages written by hand.

Kept so the set has the same layout as the others; running it only checks that docs/ holds no PDF or DOCX
that would need a deterministic builder.
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"


def main() -> None:
    binary = sorted(p.name for p in DOCS.iterdir() if p.suffix in {".pdf", ".docx"})
    if binary:
        raise SystemExit(f"unexpected binary documents without a builder: {binary}")
    print(f"{len(list(DOCS.glob('*.html')))} HTML documents, nothing to build")


if __name__ == "__main__":
    main()
