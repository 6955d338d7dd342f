"""A bounded load test of ``kommungraf serve`` on 127.0.0.1: the named query library at fixed concurrency.

    .venv/bin/python tests/load_run.py --seconds 30 --concurrency 8 [--workers 4] [--store DIR]

Loads tests/linked, examples and ../shared/corpus/docs (where present) into a fresh store (or serves ``--store``),
starts ``kommungraf serve`` on a free port of 127.0.0.1, and lets ``--concurrency`` clients run the named queries
(``/queries/NAME`` with the example parameters of kommungraf/querydocs.py) one after another, round robin, for
``--seconds``.  Prints throughput, latency percentiles (all and per query) and the errors by status, then stops the
server.  Only this machine is ever contacted.  Not collected by pytest (its name is not ``test_*``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # test_server's helpers, when run as a script
ROOT = HERE.parent


def build_store(folder: Path) -> tuple[Path, int]:
    """A store of the test minutes, the examples and the development corpus (when ../shared is there)."""
    sources = [ROOT / "tests" / "linked", ROOT / "examples"]
    corpus = ROOT.parent / "shared" / "corpus" / "docs"
    if corpus.is_dir():
        sources.append(corpus)
    store = folder / "store"
    proc = subprocess.run([sys.executable, "-m", "kommungraf.cli", "load", *map(str, sources), "--store",
                           str(store)], cwd=ROOT, capture_output=True, text=True)
    print(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "loaded", flush=True)
    if not store.is_dir():
        raise SystemExit(f"the load failed:\n{proc.stderr}")
    return store, len(sources)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=30.0, help="how long to send queries (default 30)")
    ap.add_argument("--concurrency", type=int, default=8, help="clients sending at once (default 8)")
    ap.add_argument("--workers", type=int, default=4, help="the server's --workers (default 4)")
    ap.add_argument("--timeout", type=float, default=30.0, help="the server's --timeout (default 30)")
    ap.add_argument("--store", type=Path, default=None, help="serve this store instead of loading a fresh one")
    args = ap.parse_args(argv)

    from test_server import http, start_server, stop_server

    from kommungraf.queries import library
    from kommungraf.querydocs import EXAMPLE_PARAMS

    scratch = Path(tempfile.mkdtemp(prefix="kommungraf-load-"))
    try:
        store = args.store or build_store(scratch)[0]
        if args.store:  # the server writes its log beside the store; keep the given store's folder clean
            shutil.copytree(args.store, scratch / "store")
            store = scratch / "store"
        server = start_server(store, "--workers", str(args.workers), "--timeout", str(args.timeout))
        print(f"serving {store} at {server.url} with {args.workers} workers", flush=True)
        try:
            names = sorted(library())
            urls = {n: server.url + "queries/" + n + ("?" + urllib.parse.urlencode(EXAMPLE_PARAMS.get(n, {}))
                                                      if EXAMPLE_PARAMS.get(n) else "") for n in names}
            for n in names:  # warm up (and check) every query once
                status, _, body = http(urls[n])
                if status != 200:
                    raise SystemExit(f"{n}: {status} {body[:200]!r}")
            latencies: dict[str, list[float]] = defaultdict(list)
            statuses: Counter[int] = Counter()
            failures: Counter[str] = Counter()
            lock = threading.Lock()
            deadline = time.monotonic() + args.seconds

            def client(k: int) -> None:
                i = k  # clients start at different queries
                while time.monotonic() < deadline:
                    name = names[i % len(names)]
                    i += 1
                    t = time.monotonic()
                    try:
                        status, _, _ = http(urls[name])
                    except OSError as e:  # a refused or reset connection is an error too
                        status = 0
                        with lock:
                            failures[type(e).__name__] += 1
                    seconds = time.monotonic() - t
                    with lock:
                        statuses[status] += 1
                        if status == 200:
                            latencies[name].append(seconds)

            threads = [threading.Thread(target=client, args=(k,)) for k in range(args.concurrency)]
            start = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - start
        finally:
            stop_server(server.process)
        report(latencies, statuses, failures, elapsed, args)
        return 0 if set(statuses) <= {200} else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def report(latencies: dict[str, list[float]], statuses: Counter[int], failures: Counter[str], elapsed: float,
           args: argparse.Namespace) -> None:
    ok = [x for v in latencies.values() for x in v]
    total = sum(statuses.values())
    print(f"\n{total} requests in {elapsed:.1f} s at concurrency {args.concurrency} ({args.workers} workers): "
          f"{total / elapsed:.1f} requests/s, {len(ok) / elapsed:.1f} answered/s")
    ms = [x * 1000 for x in ok]
    if ms:
        print(f"latency of answered requests (ms): p50 {percentile(ms, 50):.1f}, p95 {percentile(ms, 95):.1f}, "
              f"p99 {percentile(ms, 99):.1f}, max {max(ms):.1f}, mean {statistics.fmean(ms):.1f}")
    print("errors: " + (", ".join(f"{s or 'no answer'}: {n}" for s, n in sorted(statuses.items()) if s != 200)
                        or "none") + ("; " + ", ".join(f"{k}: {n}" for k, n in failures.items()) if failures else ""))
    print(f"\n{'query':<26}{'answered':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for name in sorted(latencies):
        v = [x * 1000 for x in latencies[name]]
        print(f"{name:<26}{len(v):>9}{percentile(v, 50):>9.1f}{percentile(v, 95):>9.1f}{percentile(v, 99):>9.1f}")


if __name__ == "__main__":
    sys.exit(main())
