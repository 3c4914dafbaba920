"""Run work on all cores: one process pool for a whole run, bounded submissions, results as bytes to one consumer.

``workers=1`` runs in-process (the single-process baseline). Submissions are
bounded (a few per worker), so memory does not grow with the input. The same
pool serves both phases of an ingest (pages, then the cross-document checks).

The workers are forked from this process when it runs no other thread, and
started at once: they begin with quotecheck imported and cost no start-up (a
fork server first imports the parsers itself, a second of one core before the
first result, which was a tenth of a 1,000-page run). Create the pool before
opening any SQLite connection, so no worker inherits one. With another thread
running (forking it is unsafe), a fork server that preloads the worker modules.

While this process is inside the executor's own code (starting it, submitting, waiting for a result, shutting it
down), Ctrl-C (SIGINT) is held and delivered as the call returns, to the handler that was there before. Raised inside,
KeyboardInterrupt could land between a lock's acquire and the block that releases it (``submit`` holds a queue's
lock): the shutdown then waited for that lock forever (round 38: an ingest hung for 20 minutes after Ctrl-C). A second
Ctrl-C while one is held is raised at once, as a way out of a worker that never returns. Everywhere else, and where
SIGINT is ignored, Ctrl-C acts as it always does.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 3
# Imported once by the fork server, before it forks the workers: they start with the parsers loaded (no import each).
PRELOAD = ["quotecheck._ingest._work", "quotecheck._ingest._cross"]


def _die_with_parent(parent: int | None) -> None:
    """Worker initializer: end this worker when the process that started it dies (SIGKILL, SIGTERM), never orphaned.

    Ctrl-C is the main process's to handle (it stops the run and shuts the pool down), so a worker ignores
    SIGINT and prints no traceback of its own. Linux: ``PR_SET_PDEATHSIG``; then, in case the parent died
    before that took effect, exit at once if this worker was already re-parented.
    """
    import ctypes
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)  # a worker holds no state: the writer is the parent
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)


PR_SET_PDEATHSIG = 1


@contextmanager
def held_interrupt() -> Iterator[None]:
    """Within the block, a Ctrl-C (SIGINT) is held and delivered as the block ends, to the handler there before; a
    second one is raised at once. Only in the main thread, and only where SIGINT has a Python handler (not ignored)."""
    previous = signal.getsignal(signal.SIGINT) if threading.current_thread() is threading.main_thread() else None
    if not callable(previous):  # another thread, SIG_IGN / SIG_DFL, or a handler not set from Python: leave it be
        yield
        return
    held: list[int] = []

    def hold(signum: int, frame: object) -> None:
        if held:
            raise KeyboardInterrupt  # asked twice: out now, at the risk the first one avoided
        held.append(signum)

    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held:
            signal.raise_signal(signal.SIGINT)  # now, outside the executor's code, to the handler it was meant for


def default_workers() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` consecutive items (a task is a batch: one round trip per batch, not per page)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Pool:
    """A process pool of ``workers`` processes (none when 1); use as a context manager."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        if workers > 1:
            ctx: multiprocessing.context.BaseContext
            parent: int | None = os.getpid()  # forked workers' parent; a fork server's workers are its children
            if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("fork")
            else:
                server = multiprocessing.get_context("forkserver")
                server.set_forkserver_preload(PRELOAD)
                ctx, parent = server, None
            with held_interrupt():
                self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_die_with_parent,
                                                     initargs=(parent,))
                self._executor.submit(os.getpid).result()  # start the workers now, before a connection or a thread

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            with held_interrupt():
                self._executor.shutdown(wait=True, cancel_futures=True)

    def run(self, fn: Callable[[T], bytes], tasks: Iterable[T], *, ordered: bool = False) -> Iterator[tuple[T, bytes]]:
        """Yield (task, fn(task)) as results complete (in submission order if ``ordered``); a few tasks per worker are pending."""
        if self._executor is None:
            for task in tasks:
                yield task, fn(task)
            return
        limit = IN_FLIGHT_PER_WORKER * self.workers
        if ordered:
            queue: deque[tuple[T, Future[bytes]]] = deque()
            for task in tasks:
                queue.append((task, self._submit(fn, task)))
                if len(queue) >= limit:
                    head, fut = queue.popleft()
                    yield head, _result(fut)
            while queue:
                head, fut = queue.popleft()
                yield head, _result(fut)
            return
        pending: dict[Future[bytes], T] = {}
        for task in tasks:
            pending[self._submit(fn, task)] = task
            if len(pending) >= limit:
                for fut in _first_done(pending):
                    yield pending.pop(fut), fut.result()
        while pending:
            for fut in _first_done(pending):
                yield pending.pop(fut), fut.result()

    def _submit(self, fn: Callable[[T], bytes], task: T) -> Future[bytes]:
        assert self._executor is not None
        with held_interrupt():
            return self._executor.submit(fn, task)


def _result(fut: Future[bytes]) -> bytes:
    """The future's result (its exception raised), Ctrl-C held while waiting."""
    with held_interrupt():
        return fut.result()


def _first_done(pending: dict[Future[bytes], T]) -> set[Future[bytes]]:
    """The futures done once the first is, Ctrl-C held while waiting."""
    with held_interrupt():
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
    return done


def run(fn: Callable[[T], bytes], tasks: Iterable[T], workers: int) -> Iterator[tuple[T, bytes]]:
    """Yield (task, fn(task)) as results complete, on a pool of its own."""
    with Pool(workers) as pool:
        yield from pool.run(fn, tasks)
