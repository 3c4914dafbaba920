"""Timing shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], inner: int) -> float:
    """Seconds per call of fn, averaged over ``inner`` calls."""
    start = time.perf_counter()
    for _ in range(inner):
        fn()
    return (time.perf_counter() - start) / inner


def median_timed(fn: Callable[[], object], inner: int, rounds: int) -> float:
    """The median over ``rounds`` of ``timed(fn, inner)``, after one call that warms first-use imports and caches."""
    fn()
    return statistics.median(timed(fn, inner) for _ in range(rounds))
