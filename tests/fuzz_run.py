"""The long fuzzing run: the properties of tests/test_fuzz.py on random inputs for a given time.

    .venv/bin/python tests/fuzz_run.py --seconds 600 [--workers 2] [--seed 1] [--out DIR]

Each worker process draws inputs (mutated minutes, PDFs, DOCX and HTML, random text and bytes, text made of the
pieces of minutes) and checks each with :func:`test_fuzz.check_file`.  The parent watches the time every input
takes: one that runs past the hang limit is a finding, its worker is killed and replaced.  Every finding is saved
with its input in ``--out`` (a fresh temporary folder by default), and a summary is printed at the end: inputs
tried per kind, time per input, refusals, findings.  Not collected by pytest (its name is not ``test_*``).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # conftest and test_fuzz, when run as a script

#: An input whose check (a build and a load: two passes) runs longer than this is a hang.  The committed tests
#: allow 20 s a pass for 200 KB; a few inputs here grow to a megabyte or more, so the limit grows with the size.
HANG_SECONDS = 60.0
HANG_SECONDS_PER_MB = 100.0


def hang_limit(size: int) -> float:
    return HANG_SECONDS + HANG_SECONDS_PER_MB * size / 1e6


def worker(seed: int, conn: Connection, folder: str, out: str) -> None:
    """Draw and check inputs until killed; each input is written before it runs, so a hang leaves it behind."""
    import test_fuzz

    rng = random.Random(seed)
    n = 0
    while True:
        n += 1
        inp = test_fuzz.random_input(rng)
        path = Path(folder) / f"input-{seed}-{n}{inp.suffix}"
        path.write_bytes(inp.data)
        conn.send(("start", inp.kind, len(inp.data), str(path)))
        result = test_fuzz.check_file(path)
        if result.problems:  # kept for the parent to report: the next input must not overwrite it
            path = path.rename(Path(out) / f"input-{seed}-{n}{inp.suffix}")
        else:
            path.unlink()
        conn.send(("done", result.seconds, result.error, result.triples, result.problems))


@dataclass
class Slot:
    process: mp.process.BaseProcess
    conn: Connection
    started: float = 0.0
    current: tuple[str, int, str] | None = None  # kind, size, path


@dataclass
class Tally:
    tried: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    loaded: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    slowest: list[tuple[float, str, int]] = field(default_factory=list)
    findings: list[tuple[str, int, list[str], Path]] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    triples: int = 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=600.0, help="how long to run (default 600)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the first worker (default 1)")
    ap.add_argument("--out", type=Path, default=None, help="folder for findings (default: a new temporary one)")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="kommungraf-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="kommungraf-fuzz-work-"))
    ctx = mp.get_context("spawn")
    next_seed = args.seed
    tally = Tally()

    def spawn() -> Slot:
        nonlocal next_seed
        parent, child = ctx.Pipe()
        p = ctx.Process(target=worker, args=(next_seed, child, str(scratch), str(out)), daemon=True)
        next_seed += 1
        p.start()
        child.close()
        return Slot(p, parent)

    def save(kind: str, size: int, path: Path, problems: list[str]) -> None:
        n = len(tally.findings) + 1
        dest = out / f"finding-{n:03d}-{kind}{path.suffix}"
        try:
            path.replace(dest)
        except OSError:
            dest = path
        (out / f"finding-{n:03d}.txt").write_text("\n".join(problems) + "\n")
        tally.findings.append((kind, size, problems, dest))
        print(f"finding {n}: {kind}, {size} bytes: {problems[0][:200]} -> {dest}", flush=True)

    slots = [spawn() for _ in range(args.workers)]
    start = time.monotonic()
    deadline = start + args.seconds
    last_report = start
    try:
        while time.monotonic() < deadline:
            ready = wait([s.conn for s in slots], timeout=0.5)
            now = time.monotonic()
            for s in slots:
                if s.conn not in ready:
                    continue
                try:
                    msg = s.conn.recv()
                except EOFError:
                    continue
                if msg[0] == "start":
                    s.started, s.current = now, (msg[1], msg[2], msg[3])
                    continue
                _, seconds, error, triples, problems = msg
                kind, size, path = s.current or ("?", 0, "")
                tally.tried[kind] += 1
                tally.seconds.append(seconds)
                tally.slowest = sorted([*tally.slowest, (seconds, kind, size)], reverse=True)[:5]
                if error is not None:
                    tally.refused[kind] += 1
                    tally.reasons[_reason(error)] += 1
                else:
                    tally.loaded[kind] += 1
                    tally.triples += triples
                if problems:
                    save(kind, size, out / Path(path).name, problems)
                s.current = None
            for i, s in enumerate(slots):
                dead = not s.process.is_alive()
                if s.current is not None and (dead or now - s.started > hang_limit(s.current[1])):
                    kind, size, path = s.current
                    tally.tried[kind] += 1
                    why = "the worker died" if dead else f"no answer after {hang_limit(size):.0f} s (a hang)"
                    save(kind, size, Path(path), [f"{why} (exit code {s.process.exitcode})"])
                    s.process.kill()
                    s.process.join(5)
                    slots[i] = spawn()
            if now - last_report > 60:
                last_report = now
                print(f"{now - start:5.0f} s: {sum(tally.tried.values())} inputs, {len(tally.findings)} findings",
                      flush=True)
    finally:
        for s in slots:
            s.process.kill()
            s.process.join(5)
    elapsed = time.monotonic() - start
    report(tally, elapsed, out)
    return 1 if tally.findings else 0


def _reason(error: str) -> str:
    """A refusal's reason without the file name and numbers, to count refusals by kind."""
    import re

    text = error.split(": ", 1)[-1] if error.startswith("/") else error
    return re.sub(r"\d[\d,.]*", "N", text)[:70]


def report(t: Tally, elapsed: float, out: Path) -> None:
    total = sum(t.tried.values())
    print(f"\nfuzzing: {total} inputs in {elapsed:.0f} s ({total / max(elapsed, 1e-9):.1f}/s)")
    print(f"triples checked: {t.triples}")
    print(f"{'kind':<22}{'tried':>8}{'loaded':>8}{'refused':>9}")
    for kind, n in sorted(t.tried.items()):
        print(f"{kind:<22}{n:>8}{t.loaded[kind]:>8}{t.refused[kind]:>9}")
    if t.seconds:
        q = statistics.quantiles(t.seconds, n=100) if len(t.seconds) > 1 else [t.seconds[0]] * 99
        print(f"seconds per input: median {statistics.median(t.seconds):.3f}, p99 {q[98]:.3f}, "
              f"max {max(t.seconds):.2f}")
    print("slowest: " + "; ".join(f"{s:.2f} s {k} ({n} bytes)" for s, k, n in t.slowest))
    print("most common refusals:")
    for reason, n in t.reasons.most_common(8):
        print(f"  {n:>6}  {reason}")
    print(f"findings: {len(t.findings)}" + (f" (inputs and problems in {out})" if t.findings else ""))
    for kind, size, problems, dest in t.findings:
        print(f"  {kind} ({size} bytes) {dest.name}: {problems[0][:300]}")


if __name__ == "__main__":
    sys.exit(main())
