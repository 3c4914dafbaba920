"""Rounding intervals: the tolerance of every check comes from here."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from quotecheck.parsers import EvaluationError, Interval
from quotecheck.parsers._expr import parse_expression

CASES = [
    # expression as printed, printed result, agrees?
    ("297.95/16.37", "18.20", True),        # 001 line 76-77
    ("297.95/16.37", "18.21", True),        # inside the input rounding [18.195, 18.207]
    ("297.95/16.37", "18.22", False),
    ("293.35/1.95", "150.44", True),        # 003 line 138-139
    ("293.35/1.95", "150.90", False),       # outside [150.05, 150.82]
    ("6161.772 + 4555.457 + 3871.133 + 4675.81", "19264.17", True),
    ("1497.289 + 300.219 + -661.53 + -537.018", "598.96", True),
    ("(7040.82 / 19264.172) / (5869.285 / 13522.405)", "0.8421", True),
    ("(7040.82 / 19264.172) / (5869.285 / 13522.405)", "0.8431", False),
]


@pytest.mark.parametrize(("expr", "printed", "agrees"), CASES, ids=[f"{c[0][:24]}={c[1]}" for c in CASES])
def test_printed_result_against_recomputed_interval(expr: str, printed: str, agrees: bool) -> None:
    iv = parse_expression([(expr, 1)]).evaluate({})
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    assert Interval.around(D(printed), decimals).intersects(iv) is agrees


def test_quotient_takes_endpoint_extremes() -> None:
    q = Interval.around(D("297.95"), 2) / Interval.around(D("16.37"), 2)
    assert q.lo == pytest.approx(D("297.945") / D("16.375"))
    assert q.hi == pytest.approx(D("297.955") / D("16.365"))


def test_division_by_an_interval_containing_zero_is_an_error() -> None:
    with pytest.raises(EvaluationError):
        Interval.around(D("41.54"), 2) / Interval.around(D("0.00"), 2)


@pytest.mark.parametrize("bad", ["__import__('os')", "1 +", "(1", "2 ** 3", "a[0]", "1; 2"])
def test_evaluator_rejects_anything_but_arithmetic(bad: str) -> None:
    from quotecheck.parsers import FormulaError

    with pytest.raises(FormulaError):
        parse_expression([(bad, 1)])
