"""The library's arithmetic in its own decimal context, whatever the caller's.

A caller may set ``decimal.getcontext().prec = 6`` for its own money (round-47 library user L1): the readers and rules
ran in that context, so '-13,248.36' read as -13248.4, intervals rounded, 256 fixture pages changed verdicts and 450
rules crashed with InvalidOperation. Each entry point (parse, audit, the checks across pages) runs in a fresh context
of Python's defaults (28 digits, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero and Overflow trapped), the one the
code is written for; the caller's context and its flags are as they were after it returns.

>>> import decimal
>>> @own_decimal_context
... def third() -> decimal.Decimal:
...     return decimal.Decimal(1) / 3
>>> with decimal.localcontext() as ctx:
...     ctx.prec = 3
...     str(third()), str(decimal.Decimal(1) / 3)
('0.3333333333333333333333333333', '0.333')
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_DEFAULTS = decimal.Context()
"""Python's default decimal context, as a fresh ``Context()`` has it (not the caller's ``getcontext()``)."""


def own_decimal_context(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run in a copy of Python's default decimal context, the caller's restored after it."""

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(_DEFAULTS):
            return fn(*args, **kwargs)

    return run
