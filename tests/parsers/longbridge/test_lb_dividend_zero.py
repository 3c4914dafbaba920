"""A Dividend Ratio of 0.00% beside a Dividend Yield that is not 0 is no proof (round-32 ghg F1).

Three Hong Kong REITs print '| P/B Ratio | 0.00 | | | Dividend Ratio | 0.00% |': the P/B zero was read as Longbridge's
zero for data it lacks, while the Dividend Ratio's drove the dividend identity to a FAIL against a 5.20% yield.
Synthetic variants of the Longbridge seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

SEED = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md"
RATIO = ("| Dividend Ratio | 0.13% |  |", "| Dividend Ratio | 0.00% |  |")
YIELD = ("| Dividend Yield | 0.13% | 31/63 |", "| Dividend Yield | 5.20% | 31/63 |")


def _dividend(*edits: tuple[str, str]) -> tuple[Status, str]:
    [check] = [c for c in checked(SEED, *edits) if c.rule == "lb.valuation.dividend"]
    return check.status, check.message


@pytest.mark.parametrize(("edits", "expected"), [
    ((), Status.PASS),
    ((YIELD,), Status.FAIL),           # 0.13% against 5.20%: a printed ratio its yield cannot be
    ((RATIO, YIELD), Status.WARN),     # 0.00% may be no data: no proof
])
def test_a_zero_dividend_ratio_proves_nothing_against_a_yield(edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    status, message = _dividend(*edits)
    assert status is expected
    if expected is Status.WARN:
        assert "may be Longbridge's zero for a value it does not have" in message
