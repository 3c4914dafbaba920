"""The audit's fast paths give exactly what the slow forms they replace give (digit for digit, not just in value)."""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal as D
from decimal import localcontext

import pytest

from quotecheck.parsers import _interval
from quotecheck.parsers._checks import interval_memo, number_interval, plain
from quotecheck.parsers._interval import Interval
from quotecheck.parsers._models import PrintedNumber


def _decimals(seed: int, n: int) -> list[D]:
    """Decimals of every shape a page or a computation makes: signs, zeros, trailing zeros, long digits, exponents."""
    rng = random.Random(seed)
    out = [D(t) for t in ("0", "-0", "0.00", "1", "1.0", "1E0", "10E-1", "0.1E1", "-1", "1E+2", "100", "1E-7", "0.0000001",
                          "0.000001", "1.5E+3", "NaN", "sNaN", "Infinity", "-Infinity", "1" * 40, "1" * 41, "9" * 39 + ".5",
                          "-" + "1" * 40 + "E-60", "0E+5", "0E-9")]
    for _ in range(n):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 45)))
        out.append(D(f"{rng.choice(['', '-'])}{digits}E{rng.randint(-50, 50)}"))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_plain_is_format_f(seed: int) -> None:
    for value in _decimals(seed, 3000):
        assert plain(value) == format(value, "f"), repr(value)


def test_make_fills_every_field_interval_has() -> None:
    assert [f.name for f in dataclasses.fields(Interval)] == ["lo", "hi"], "_interval._make fills lo and hi only"
    assert not hasattr(Interval, "__post_init__"), "_interval._make skips __init__, so it would skip a __post_init__"


def test_plain_is_format_f_under_a_lower_case_context() -> None:
    with localcontext(capitals=0):
        for value in _decimals(0, 300):
            assert plain(value) == format(value, "f"), repr(value)


@pytest.mark.parametrize("seed", range(3))
def test_is_one_and_fits_are_the_tuple_tests(seed: int) -> None:
    for value in _decimals(seed, 3000):
        if value.is_nan():
            continue
        assert _interval._is_one(value) is (value.as_tuple() == D(1).as_tuple()), repr(value)
        assert _interval._fits(value) is (len(value.as_tuple().digits) <= _interval._PREC), repr(value)


def test_scale_by_one_keeps_every_digit_or_rounds_as_before() -> None:
    for value in _decimals(7, 2000):
        if not value.is_finite():
            continue
        iv = Interval.around(value, 2)
        for one in (D(1), D("1.0"), D("1E0"), D("10E-1")):
            got = iv.scale(one)
            a, b = _interval.EXACT.multiply(iv.lo, one), _interval.EXACT.multiply(iv.hi, one)
            keep = one.as_tuple() == D(1).as_tuple() and len(iv.lo.as_tuple().digits) <= 40 and len(iv.hi.as_tuple().digits) <= 40
            want = iv if keep else Interval(min(a, b), max(a, b))
            assert (str(got.lo), str(got.hi)) == (str(want.lo), str(want.hi)), (value, one)


def test_make_builds_what_the_constructor_builds() -> None:
    made = _interval._make(D("1.5"), D("2.50"))
    assert made == Interval(D("1.5"), D("2.50")) and hash(made) == hash(Interval(D("1.5"), D("2.50")))
    assert (str(made.lo), str(made.hi)) == ("1.5", "2.50") and type(made) is Interval
    with pytest.raises(AttributeError):
        made.lo = D(0)  # type: ignore[misc]  # still frozen


def test_number_interval_memo_is_the_plain_interval() -> None:
    number = PrintedNumber(text="18.20", number_text="18.20", value=D("18.20"), decimals=2)
    assert number_interval(number) == number.interval()  # outside a run: computed each time
    with interval_memo():
        first = number_interval(number)
        assert first == number.interval() and number_interval(number) is first  # inside: once
