"""A fixed number of worker processes: caps concurrent queries and kills those that exceed the timeout."""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import StoreError
from . import worker
from .protocol import HttpError

# Spawned, not forked: the server has threads, and forking a threaded process copies its locks mid-use.
_CTX = mp.get_context("spawn")
_START_TIMEOUT = 60.0


@dataclass(eq=False)  # hashed by identity: the pool keeps a set of them
class _Worker:
    process: Any
    conn: Connection

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` worker processes; :meth:`run` waits ``busy_wait`` seconds at most for a free one."""

    def __init__(self, store: Path, *, size: int, timeout: float, max_rows: int, prefixes: dict[str, str],
                 busy_wait: float | None = None, memory: int | None = None) -> None:
        self.store, self.size, self.timeout = store, size, timeout
        # How long a request waits for a free worker before 503: short, so a flood of slow queries is told
        # "busy" at once instead of piling up threads that each wait.
        self.busy_wait = busy_wait if busy_wait is not None else min(1.0, timeout / 2)
        self._args = (str(store), max_rows, prefixes, memory)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Started together, then awaited: each takes a few hundred milliseconds to import and open the store.
        starting = [self._spawn() for _ in range(size)]
        try:
            for w in starting:
                self._idle.put(self._await_ready(w))
        except StoreError:
            for w in starting:
                w.kill()
            raise

    def _spawn(self) -> _Worker:
        parent, child = _CTX.Pipe()
        proc = _CTX.Process(target=worker.main, args=(child, *self._args), daemon=True,
                            name="kommungraf-query-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _await_ready(self, w: _Worker) -> _Worker:
        if not w.conn.poll(_START_TIMEOUT):
            w.kill()
            raise StoreError(f"a query worker did not start within {_START_TIMEOUT:.0f} s")
        try:
            status, detail = w.conn.recv()
        except EOFError:
            status, detail = "failed", f"a query worker exited while starting (exit code {w.process.exitcode})"
        if status != "ready":
            w.kill()
            raise StoreError(str(detail))
        with self._lock:
            self._all.add(w)
        return w

    def _start(self) -> _Worker:
        return self._await_ready(self._spawn())

    def _replace(self, w: _Worker) -> None:
        """Kill a worker and start another in the background, so the request is answered at once."""
        with self._lock:
            self._all.discard(w)
        w.kill()

        def start() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._start())
            except StoreError:
                pass  # the store vanished; the pool shrinks and requests get 503 until a restart

        threading.Thread(target=start, daemon=True, name="kommungraf-worker-restart").start()

    def run(self, job: Any) -> Any:
        """The worker's answer to ``job``; HttpError 503 when all are busy, 504 on timeout."""
        try:
            w = self._idle.get(timeout=self.busy_wait)
        except queue.Empty:
            raise HttpError(503, f"all {self.size} query workers are busy; try again shortly",
                            [("Retry-After", "2")]) from None
        try:
            w.conn.send(job)
            if w.conn.poll(self.timeout):
                answer = w.conn.recv()
                self._idle.put(w)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._replace(w)
            raise HttpError(500, "the query took more memory than a query may (kommungraf serve --worker-memory) "
                                 "or its worker died otherwise; the query was not answered") from None
        self._replace(w)
        raise HttpError(504, f"the query did not finish within the timeout of {self.timeout:g} s and was "
                             f"stopped; narrow it down or add a LIMIT")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()
