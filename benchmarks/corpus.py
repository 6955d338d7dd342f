"""Write a synthetic corpus: documents (text or PDF) with their gold JSON next to them, and a manifest."""

from __future__ import annotations

import json
import math
import os
import random
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .generate import Meeting, make_meeting, plan_meetings
from .render import find_font, render_pdf, render_txt
from .world import PARTIES, build_world

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Spec:
    """What a corpus is made of; the same spec and seed give byte-identical files."""

    paragraphs: int
    fmt: str = "txt"
    seed: int = 1
    bodies: int = 30
    people: int = 1500
    parties: tuple[str, ...] = PARTIES
    years: int | None = None

    def resolved_years(self) -> int:
        # About eleven meetings a body and year, about 30 paragraphs a meeting.
        return self.years or max(1, math.ceil(self.paragraphs / 30 / (self.bodies * 11)))

    def as_dict(self) -> dict[str, Any]:
        return {"paragraphs": self.paragraphs, "format": self.fmt, "seed": self.seed, "bodies": self.bodies,
                "people": self.people, "parties": list(self.parties), "years": self.resolved_years()}


def meetings(spec: Spec) -> Iterator[Meeting]:
    """The meetings of the corpus, in date order; all randomness is drawn here, in one fixed order."""
    rng = random.Random(spec.seed)
    world = build_world(rng, bodies=spec.bodies, people=spec.people, parties=spec.parties,
                        years=spec.resolved_years())
    for body, date, count in plan_meetings(rng, world, spec.paragraphs):
        yield make_meeting(rng, body, date, count)


def _render_pdf(args: tuple[Meeting, str, str]) -> int:
    m, path, font = args
    return render_pdf(m, Path(path), Path(font))


def _write_gold(m: Meeting, name: str, out: Path) -> None:
    m.gold["document"] = name
    (out / f"{m.stem}.json").write_text(json.dumps(m.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def generate(spec: Spec, out: Path, *, workers: int | None = None) -> dict[str, Any]:
    """Write the corpus into ``out`` (documents and ``<stem>.json`` gold); returns the manifest.

    PDFs are rendered by worker processes (fpdf2 manages some 30 pages a second); the layout of every meeting is
    still drawn in this process, in order, so the files do not depend on the number of workers.
    """
    if spec.fmt not in ("txt", "pdf"):
        raise ValueError(f"unknown format {spec.fmt!r}; use txt or pdf")
    out.mkdir(parents=True, exist_ok=True)
    docs = pages = 0
    if spec.fmt == "txt":
        for m in meetings(spec):
            name = f"{m.stem}.txt"
            text = render_txt(m)
            (out / name).write_text(text, encoding="utf-8")
            pages += text.count("\f") + 1
            _write_gold(m, name, out)
            docs += 1
    else:
        font = str(find_font())
        n = workers if workers is not None else min(2, os.cpu_count() or 1)

        def jobs() -> Iterator[tuple[Meeting, str, str]]:
            for m in meetings(spec):
                _write_gold(m, f"{m.stem}.pdf", out)
                yield m, str(out / f"{m.stem}.pdf"), font

        if n <= 1:
            counts = map(_render_pdf, jobs())
            pages = sum(counts)
            docs = sum(1 for _ in out.glob("*.pdf"))
        else:
            with ProcessPoolExecutor(max_workers=n) as pool:
                for c in pool.map(_render_pdf, jobs(), chunksize=4):
                    pages += c
                    docs += 1
    manifest = {**spec.as_dict(), "documents": docs, "pages": pages}
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def cached(spec: Spec, root: Path) -> tuple[Path, dict[str, Any]]:
    """The corpus for ``spec`` under ``root``, generated once and reused while its manifest matches."""
    d = root / f"{spec.fmt}-{spec.paragraphs}-seed{spec.seed}-b{spec.bodies}-p{spec.people}"
    mf = d / MANIFEST
    if mf.exists():
        data = json.loads(mf.read_text(encoding="utf-8"))
        if all(data.get(k) == v for k, v in spec.as_dict().items()):
            return d, data
    if d.exists():
        shutil.rmtree(d)  # a corpus of another spec: start clean so that no stale document is loaded
    return d, generate(spec, d)
