"""A check across pages gives its recomputed interval in the units its quoted copy prints, as every check within a
page does: '-8.04%' beside [-8.045, -8.035], not [-0.08045, -0.08035] (round-47 new user N3: the index keeps the copies
in base units, and the interval went out so). Over every check across the fixture pages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import Status, parse_file
from quotecheck.parsers._api import collect_pages
from quotecheck.parsers._audit import cross_document_checks
from quotecheck.parsers._errors import QuotecheckParseError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _docs() -> list:
    out = []
    for page in collect_pages(FIXTURES):
        try:
            out.append(parse_file(page))
        except QuotecheckParseError:
            continue
    return out


CHECKS = cross_document_checks(_docs())


def test_there_are_checks_of_percents_and_scaled_amounts() -> None:
    texts = [c.quoted.text for c in CHECKS if c.quoted is not None and c.quoted.text]
    assert any(t.endswith("%") for t in texts) and any(t.endswith("M") for t in texts)
    assert {c.status for c in CHECKS} >= {Status.PASS, Status.FAIL}


@pytest.mark.parametrize("check", CHECKS, ids=[c.subject or "" for c in CHECKS])
def test_the_recomputed_interval_is_in_the_quoted_copys_units(check) -> None:
    quoted, got = check.quoted, check.recomputed
    assert quoted is not None and quoted.value is not None and got is not None
    value = Decimal(quoted.value)
    places = -value.as_tuple().exponent if isinstance(value.as_tuple().exponent, int) else 0
    half = Decimal(5).scaleb(-places - 1)
    lo, hi = Decimal(got.lo), Decimal(got.hi)
    if check.status is Status.PASS:  # what every copy allows: within the quoted copy's own rounding
        assert value - half <= lo <= hi <= value + half
    else:  # the quoted copy's own interval
        assert (lo, hi) == (value - half, value + half)
