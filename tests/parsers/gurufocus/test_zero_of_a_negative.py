"""A printed 0 whose inputs give a negative value: skipped where the formula divides by a negative base (GuruFocus's
'not meaningful', a P/E at a loss), warned where only the numerator is negative (an earnings yield's negative EBIT over
a positive enterprise value, which the site prints negative: the page's own Current is -178.57). Round-40 tester gub F1:
the real page's 0.00% was skipped as 'the base is negative'. The sign-swapped variant is synthetic."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text
from quotecheck.parsers._expr import parse_expression
from quotecheck.parsers._interval import Interval
from quotecheck.parsers.gurufocus._audit_prose_calcs import _negative_divisor

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_earning-yield-greenblatt_OTCPK-NFLDF.txt"
EV, EBIT = "Enterprise Value for the quarter that ended in Mar. 2024 was $2.66 Mil", "ended in Mar. 2024 was $-4.77 Mil"


@pytest.mark.parametrize(("edits", "status", "said"), [
    ((), Status.WARN, "GuruFocus's 0 for a value it does not show: the inputs give [-179.8493, -178.7992]"),
    (((EV, EV.replace("$2.66", "$-2.66")), (EBIT, EBIT.replace("$-4.77", "$4.77"))), Status.SKIP,
     "the base, Enterprise Value $-2.66 Mil (line 12), is negative"),
])
def test_a_zero_of_a_negative_value(edits: tuple[tuple[str, str], ...], status: Status, said: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    (found,) = [c for c in audit(parse_text(text, source=str(PAGE))).checks if c.rule == "gf.calc.prose"]
    assert found.status is status and said in found.message, found.message


@pytest.mark.parametrize(("expression", "negative"), [
    ("price / eps", True),          # the base is the divisor of the result
    ("-(price / eps)", True),
    ("price / eps * 100", True),
    ("eps / price", False),         # a negative numerator
    ("price / (eps / shares)", False),  # eps and shares both negative: the base eps / shares is positive
])
def test_only_the_division_that_gives_the_result_is_its_base(expression: str, negative: bool) -> None:
    """Second read 12: a negative divisor inside the base (a / (b / c), b and c negative) was taken for a negative base."""
    env = {"price": Interval.exact(Decimal(10)), "eps": Interval.exact(Decimal(-2)), "shares": Interval.exact(Decimal(-4))}
    assert (_negative_divisor(parse_expression([(expression, 1)]), env) is not None) is negative
