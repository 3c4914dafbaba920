"""The per-run memo of the audit and the shortcuts of exact factors: same answers, digit for digit, and nothing kept."""

from __future__ import annotations

import random
from decimal import Decimal as D

from quotecheck.parsers import Interval
from quotecheck.parsers._checks import interval_memo, normalized_interval, number_interval, once_per_run
from quotecheck.parsers._interval import _CEIL, _FLOOR, EXACT
from quotecheck.parsers._numbers import parse_number

VALUES = ["0", "0.00", "-0", "1", "1.0", "-1", "2.50", "3", "-7.125", "1E+3", "0.001", "123456789.123456789",
          "1E-30", "99999999999999999999999999999999999999999"]


def _general_div(a: Interval, b: Interval) -> Interval:
    pairs = [(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return Interval(min(_FLOOR.divide(x, y) for x, y in pairs), max(_CEIL.divide(x, y) for x, y in pairs))


def _general_mul(a: Interval, b: Interval) -> Interval:
    products = [EXACT.multiply(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
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


def test_a_block_inside_a_block_uses_the_outer_memo_and_the_outer_one_ends_it() -> None:
    number = parse_number("3.75")
    assert number is not None
    with interval_memo():
        outer = number_interval(number)
        with interval_memo():  # as recompute() opens one inside the audit loop's block
            assert number_interval(number) is outer
        assert number_interval(number) is outer  # the inner block did not end the outer memo
    assert number_interval(number) is not outer


def test_the_audit_loop_reuses_the_audits_intervals_for_the_cross_index() -> None:
    """What the CLI's loop runs in one block: the index's rows come out the same, and only the numbers the audit did
    not read have their interval worked out again from the printed text."""
    from pathlib import Path

    from quotecheck.parsers import audit, parse_file
    from quotecheck.parsers._audit import compact_facts, comparable_key
    from quotecheck.parsers._checks import _MEMO
    from quotecheck.parsers._models import PrintedNumber

    page = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"
    doc = parse_file(page)
    alone = compact_facts(doc)
    computed: list[PrintedNumber] = []
    original = PrintedNumber._interval_in_run  # what a run works each number's interval out with

    def counting(self: PrintedNumber) -> Interval:
        computed.append(self)
        return original(self)

    PrintedNumber._interval_in_run = counting  # type: ignore[method-assign]
    try:
        with interval_memo():
            audit(doc)
            memo = _MEMO.get()
            assert memo is not None
            unseen = ({id(f.value) for f in doc.facts if f.value is not None and comparable_key(doc, f)}
                      - {i for fn, i in memo if fn is PrintedNumber._interval_in_run})
            computed.clear()
            shared = compact_facts(doc)
    finally:
        PrintedNumber._interval_in_run = original  # type: ignore[method-assign]
    assert shared == alone and len(shared) > 50
    assert len(computed) == len(unseen) < len(shared) / 2
