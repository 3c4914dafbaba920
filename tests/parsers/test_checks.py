"""The check primitives of ``parsers/_checks.py``: how a disagreement names the copy the others are compared with."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quotecheck.parsers import Fact, Status
from quotecheck.parsers._checks import ROUNDED_TWICE, agree, compare, interval_out, rounded_twice
from quotecheck.parsers._interval import Interval
from quotecheck.parsers._models import IntervalOut
from quotecheck.parsers._numbers import parse_number


def _copy(text: str, line: int, context: str) -> Fact:
    return Fact(id=f"x.{line}", metric="pe_ratio", label="PE Ratio", value=parse_number(text), unit="ratio",
                context=context, line=line, raw=f"PE Ratio {text}")


@pytest.mark.parametrize(("copies", "named"), [
    # one copy prints more decimals than the others: it is the most precise
    ([("26.5", 5, "headline"), ("26.53", 12, "today"), ("26.4", 19, "range")],
     "the most precise copy 26.53 (line 12) is contradicted on line(s) 19"),
    # every copy prints two decimals (round-37 grb F2: 'the most precise copy' of four equally precise ones)
    ([("26.50", 5, "headline"), ("26.50", 12, "today"), ("26.53", 19, "range")],
     "the first of the most precise copies, 26.50 (line 5), is contradicted on line(s) 19"),
])
def test_a_disagreement_names_the_copy_the_others_are_compared_with(copies: list[tuple[str, int, str]], named: str) -> None:
    result = agree("t.restated", "PE Ratio", [_copy(*c) for c in copies])
    assert result.status is Status.FAIL and named in result.message


@pytest.mark.parametrize(("lo", "hi", "shown"), [
    ("-0.1081082", "-0", ("-0.1081082", "0")),  # a bound of -0: a 0 debt times a negative base (round-40 tester gvc F5)
    ("-0", "0.25", ("0", "0.25")),
    ("-0.000", "-0.00", ("0", "0")),
    ("-1.50", "2.0", ("-1.5", "2")),
])
def test_a_recomputed_interval_prints_no_negative_zero(lo: str, hi: str, shown: tuple[str, str]) -> None:
    iv = Interval(Decimal(lo), Decimal(hi))
    assert (interval_out(iv).lo, interval_out(iv).hi) == shown == (IntervalOut.of(iv).lo, IntervalOut.of(iv).hi)


@pytest.mark.parametrize(("lo", "hi", "shown"), [("-0", "-0", "0.0000..0.0000"), ("-0.5", "-0.00", "-0.5000..0.0000"),
                                              ("-0.00001", "0", "-0.0001..0.0000")])  # outward: -0.00001 floors to -0.0001
def test_a_longbridge_range_prints_no_negative_zero(lo: str, hi: str, shown: str) -> None:
    from quotecheck.parsers.longbridge._audit_common import fmt_range

    assert fmt_range(Interval(Decimal(lo), Decimal(hi))) == shown


@pytest.mark.parametrize(("printed", "said"), [
    ("-11.31%", "off by at least 1.794 percentage points beyond rounding"),  # round-41 tester we F5
    ("-11.31", "off by at least 1.794 beyond rounding"),
])
def test_a_gap_names_percentage_points_where_the_value_prints_a_percent(printed: str, said: str) -> None:
    from quotecheck.parsers._checks import compare

    result = compare("x.rule", "net margin", parse_number(printed), 30, Interval(Decimal("-13.11525"), Decimal("-13.10908")))
    assert result.status is Status.FAIL and result.message.endswith(said), result.message


@pytest.mark.parametrize(("lo", "hi", "printed", "said"), [
    ("0.9547274", "0.9548102", "0.96", "; rounding twice gives the printed 0.96 (0.955 to 3 places, then to 2)"),   # HKSE:02235
    ("0.224560", "0.224707", "0.23", "; rounding twice gives the printed 0.23 (0.225 to 3 places, then to 2)"),     # HKSE:00512
    ("0.9547274", "0.9548102", "0.97", ""),   # two units off: no double rounding gives it
    ("-0.224707", "-0.224560", "-0.23", "; rounding twice gives the printed -0.23 (-0.225 to 3 places, then to 2)"),
    ("0.1", "0.9", "0.96", ""),                # too wide an interval to search
])
def test_a_result_one_unit_off_says_when_rounding_twice_gives_it(lo: str, hi: str, printed: str, said: str) -> None:
    """Round-42 tester yb F2: the message says how the printed result came about (a FAIL it explains is a warning
    since round 43: see the next test)."""
    number = parse_number(printed)
    assert number is not None
    assert rounded_twice(Interval(Decimal(lo), Decimal(hi)), number) == said


@pytest.mark.parametrize(("printed", "status"), [("0.95", Status.PASS), ("0.96", Status.WARN), ("0.97", Status.FAIL),
                                                 ("0.94", Status.FAIL)])
def test_a_result_rounding_twice_gives_is_a_warning(printed: str, status: Status) -> None:
    """HKSE:02235's Equity-to-Asset: HK$2,254.4 Mil / HK$2,361.2 Mil allows 0.95473 to 0.95481, which prints 0.95; the
    page's 0.96 is that value rounded to 0.955 and then to 0.96, the site's rounding (round-43 new user: read as a false
    FAIL), so a warning saying so; 0.97 or 0.94, which no rounding gives, FAIL."""
    number = parse_number(printed)
    assert number is not None
    result = compare("t.calc", "Equity to Asset Ratio", number, 10, Interval(Decimal("0.9547274"), Decimal("0.9548102")))
    assert result.status is status
    assert (result.reason == ROUNDED_TWICE) is (status is Status.WARN)
    if status is Status.WARN:
        assert result.message.endswith(f"(0.955 to 3 places, then to 2); not a proof: {ROUNDED_TWICE}")
