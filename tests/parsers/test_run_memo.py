"""The per-run memo of the audit and the shortcuts of exact factors: same answers, digit for digit, and nothing kept."""

from __future__ import annotations

import random
from decimal import Decimal as D

from quotecheck.parsers import Interval
from quotecheck.parsers._checks import interval_memo, normalized_interval, number_interval, once_per_run
from quotecheck.parsers._interval import _CEIL, _EXACT, _FLOOR
from quotecheck.parsers._numbers import parse_number

VALUES = ["0", "0.00", "-0", "1", "1.0", "-1", "2.50", "3", "-7.125", "1E+3", "0.001", "123456789.123456789",
          "1E-30", "99999999999999999999999999999999999999999"]


def _general_div(a: Interval, b: Interval) -> Interval:
    pairs = [(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return Interval(min(_FLOOR.divide(x, y) for x, y in pairs), max(_CEIL.divide(x, y) for x, y in pairs))


def _general_mul(a: Interval, b: Interval) -> Interval:
    products = [_EXACT.multiply(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return Interval(min(products), max(products))


def _same(a: Interval, b: Interval) -> bool:
    return (repr(a.lo), repr(a.hi)) == (repr(b.lo), repr(b.hi))


def test_exact_divisor_and_factor_give_the_general_result_digit_for_digit() -> None:
    rng = random.Random(12)
    values = [D(v) for v in VALUES]
    for _ in range(3000):
        x, y = sorted(rng.sample(values, 2))
        a = Interval(x, y) if rng.random() < 0.7 else Interval.exact(x)
        d = rng.choice(values)
        if d != 0:
            assert _same(a / Interval.exact(d), _general_div(a, Interval.exact(d))), (a, d)
        if d.as_tuple() != D(1).as_tuple():
            assert _same(a.scale(d), _general_mul(a, Interval.exact(d))), (a, d)


def test_memo_answers_as_the_number_does_once_per_run_and_is_gone_after() -> None:
    number = parse_number("12.5%")
    assert number is not None
    outside = number_interval(number)
    assert outside is not number_interval(number)  # no memo outside a run: worked out each time
    with interval_memo():
        first, again = number_interval(number), number_interval(number)
        assert first is again and first == number.interval()
        assert normalized_interval(number) is normalized_interval(number)
        assert normalized_interval(number) == number.normalized_interval()
        calls: list[object] = []

        def index(n: object) -> int:
            calls.append(n)
            return len(calls)

        assert once_per_run(index, number) == once_per_run(index, number) == 1 and calls == [number]
    with interval_memo():  # a new run starts empty
        assert number_interval(number) is not first
    assert number_interval(number) is not number_interval(number)
