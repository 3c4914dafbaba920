"""Run the page worker on all cores: a process pool with a bounded queue, results as bytes to one consumer.

``workers=1`` runs in-process (the single-process baseline). Submissions are
bounded (a few per worker), so memory does not grow with the input.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run(fn: Callable[[T], bytes], tasks: Iterable[T], workers: int) -> Iterator[tuple[T, bytes]]:
    """Yield (task, fn(task)) as results complete; at most ``IN_FLIGHT_PER_WORKER * workers`` tasks are pending."""
    if workers <= 1:
        for task in tasks:
            yield task, fn(task)
        return
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending: dict[Future[bytes], T] = {}
        for task in tasks:
            pending[pool.submit(fn, task)] = task
            if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield pending.pop(fut), fut.result()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield pending.pop(fut), fut.result()
