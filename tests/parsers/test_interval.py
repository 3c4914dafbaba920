"""Rounding intervals: the tolerance of every check comes from here."""

from __future__ import annotations

from decimal import Context, InvalidOperation, localcontext
from decimal import Decimal as D

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

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


def test_scale_by_one_is_the_product_digit_for_digit() -> None:
    """The shortcut for a factor of exactly 1 gives what the multiplication gives, also past the context's 40 digits."""
    one = D("7.25")
    for iv in (Interval(D("1.50"), D("1.70")), Interval(D("-0.005"), D("0.005")), Interval(D("-0"), D("0")), Interval(D("1.0"), D("1.00")),
               Interval(D("1" * 50), D("2" * 50)), Interval(D(3), D(2)), Interval(one, one), Interval.around(D("-0.65"), 2)):
        lo, hi = iv.lo, iv.hi
        for factor in (D(1), D("1.0"), D("1E+0"), D(100)):
            got, want = iv.scale(factor), iv * Interval.exact(factor)
            assert (str(got.lo), str(got.hi)) == (str(want.lo), str(want.hi)), (lo, hi, factor)


def test_sqrt_rounds_each_end_outward_and_is_undefined_below_zero() -> None:
    root = Interval(D(2), D(3)).sqrt()
    ulp = D(1).scaleb(root.lo.as_tuple().exponent)  # one unit in the last of the 40 digits kept
    with localcontext() as exact:
        exact.prec = 200  # squares computed without rounding
        assert root.lo * root.lo <= 2 < (root.lo + ulp) ** 2
        assert (root.hi - ulp) ** 2 < 3 <= root.hi * root.hi
    with pytest.raises(EvaluationError, match="below zero"):
        Interval(D(-1), D(4)).sqrt()


def _general_quotient(a: Interval, b: Interval) -> Interval:
    """The quotient as the general path takes it: min/max over all four endpoint quotients, rounded outward."""
    from quotecheck.parsers._interval import _CEIL, _FLOOR

    pairs = [(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return Interval(min(_FLOOR.divide(x, y) for x, y in pairs), max(_CEIL.divide(x, y) for x, y in pairs))


_ENDS = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False) | st.sampled_from(
    [D("0"), D("-0"), D("0.000"), D("1"), D("1.0"), D("3"), D("3.00"), D("7"), D("1" * 45), D("2E+5")])


@settings(max_examples=400, deadline=None)
@given(_ENDS, _ENDS, _ENDS, _ENDS)
def test_positive_quotient_is_the_general_quotient_digit_for_digit(a1: D, a2: D, b1: D, b2: D) -> None:
    """The four-quotient path for non-negative over positive intervals picks what the eight-quotient one picks,
    exponent and sign of zero included (ties keep the earlier quotient)."""
    lo, hi = sorted((a1, a2))
    d_lo, d_hi = sorted((b1, b2))
    assume(d_lo > 0 and d_lo is not d_hi)  # zero divisors raise; an exact divisor has its own path
    a, b = Interval(lo, hi), Interval(d_lo, d_hi)
    got, want = a / b, _general_quotient(a, b)
    assert (str(got.lo), str(got.hi)) == (str(want.lo), str(want.hi))


def test_an_infinite_end_takes_the_general_path() -> None:
    """Only the public API can make an infinite end; such a division fails as the eight-quotient path does."""
    a, b = Interval(D(0), D("Infinity")), Interval(D(1), D("Infinity"))
    with pytest.raises(InvalidOperation):
        _general_quotient(a, b)
    with pytest.raises(InvalidOperation):
        a / b


def test_positive_quotient_keeps_the_earlier_of_equal_quotients() -> None:
    """Equal quotients printed differently (2.5 and 2.50...): the path keeps the one the general path keeps."""
    for a, b in [(Interval(D("5"), D("5.0")), Interval(D("2"), D("2.0"))), (Interval(D("0"), D("1")), Interval(D("3"), D("7"))),
                 (Interval(D("1"), D("1")), Interval(D("3"), D("3.000")))]:
        got, want = a / b, _general_quotient(a, b)
        assert (str(got.lo), str(got.hi)) == (str(want.lo), str(want.hi))


@pytest.mark.parametrize(("lo", "hi", "places"), [("0.28265", "0.28275", 2), ("7040815000", "7040825000", -6),
                                                 ("-0.4460249012185326090552736548123456789", "1.5", 2), ("3", "4", 0)])
def test_shifted_is_an_exact_power_of_ten_scale(lo: str, hi: str, places: int) -> None:
    """``shifted`` moves the decimal point, digit for digit, as a scale by 10 ** places does (40-digit ends too)."""
    iv = Interval(D(lo), D(hi))
    moved = iv.shifted(places)
    assert moved == iv.scale(D(10) ** places)
    with localcontext() as wide:  # the check itself must not round the 40-digit end
        wide.prec = 80
        assert moved.lo.scaleb(-places) == iv.lo and moved.hi.scaleb(-places) == iv.hi


def test_the_common_interval_of_no_interval_is_refused() -> None:
    """ggl D5: an empty list is a caller's error, said as a ValueError, not an IndexError."""
    from quotecheck.parsers._checks import common_interval

    with pytest.raises(ValueError, match="at least one"):
        common_interval([])


@pytest.mark.parametrize(("lo", "hi", "shown"), [
    ("4.5", "6.5", "[4.5, 6.5]"),                       # was '[4.500000, 6.500000]' (round-42 testers xb F3, ya F8)
    ("0.9547274", "0.9548102", "[0.9547274, 0.9548102]"),
    ("1.5", "12.25", "[1.50, 12.25]"),                   # both bounds to the places either needs
    ("0", "0.5", "[0, 0.5]"),
    ("-5000", "5000", "[-5000, 5000]"),
    ("1E20", "2E20", "[1.000000E+20, 2.000000E+20]"),
])
def test_an_interval_is_shown_without_the_trailing_zeros_both_bounds_print(lo: str, hi: str, shown: str) -> None:
    assert Interval(D(lo), D(hi)).fmt() == shown


@pytest.mark.parametrize("text", ["297.95", "-13,248.36", "0.000010", "1,234,567,890,123,456,789,012.5", "12.5%", "-0.0001"])
@pytest.mark.parametrize("decimals", [None, 0, 4, 29])
def test_the_runs_interval_is_the_public_one(text: str, decimals: int | None) -> None:
    """``_interval_in_run`` (operators, for parse and audit, which run in Python's default context) gives what the
    public ``interval`` (context methods, whatever the caller's context) gives."""
    from quotecheck.parsers import parse_number

    number = parse_number(text)
    assert number is not None
    if decimals is not None:
        number = number.model_copy(update={"places": decimals})
    with localcontext(Context()):  # Python's default, as the runs' own context is
        assert number._interval_in_run() == number.interval()
        assert Interval._around_in_run(number.value, decimals or 0) == Interval.around(number.value, decimals or 0)
