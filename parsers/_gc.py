"""The cyclic garbage collector held off while one page is parsed or audited.

A page's parse builds thousands of objects that all stay alive until it returns, and none of them is garbage in a
cycle; the collector, run every 700 allocations, walks them again and again for nothing (about 40% of the time of a
10,000-statement page, measured with ``gc.disable``). Reference counting still frees everything at once; the
collector runs as usual between pages. The previous state is restored, so a caller who turned the collector off keeps
it off. Only the main thread pauses it: the collector is the whole process's, and a library user's worker threads that
each paused and resumed it kept it off for every thread while any one parsed, and undid a main thread's own
``gc.disable()`` (round-47 library user L5); a parse in another thread runs with the collector as it is.

``paused`` is the outermost wrapper of what it pauses, so the collector resumes as the call returns. Under another
wrapper that allocates on its way out (the decimal context's restore, ``_own_context``), the first allocation after the
resume collected the young generation while the caller still held the page's whole document, which it is about to drop:
4% of a Longbridge page's parse and audit, and of a GuruFocus page's, went to that walk (round 48, valgrind).

>>> import gc
>>> @paused
... def enabled_inside() -> bool:
...     return gc.isenabled()
>>> was = gc.isenabled(); enabled_inside(), gc.isenabled() == was
(False, True)
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

_MAIN = threading.main_thread()
"""The thread that may pause the collector: a batch run's (the CLI's workers are processes, each its own main thread)."""

P = ParamSpec("P")
R = TypeVar("R")


def paused(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run with the cyclic garbage collector off, then back as it was."""

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled() or threading.current_thread() is not _MAIN:  # the collector is the process's: a thread
            return fn(*args, **kwargs)  # that paused it paused every other thread's, and its resume undid theirs (L5)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return run
