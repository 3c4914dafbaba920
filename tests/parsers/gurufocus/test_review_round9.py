"""What a second read of round 9 found (synthetic edits of real fixture pages): a blank-period statement is compared
with nothing, and a ratio stated for one span is never recomputed from inputs of another span."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
KNR = REAL / "gurufocus_price-to-owner-earnings_XKRX-199430.txt"
OKIEF = REAL / "gurufocus_capex_to_operating_income_OKIEF.txt"


def test_blank_period_statements_of_two_spans_are_not_copies() -> None:
    """'…for the trailing twelve months (TTM) ended in was ₩-231.90' and a quarter's '…for the quarter that ended in was
    ₩-50.10': the site left both periods blank, so neither is known to be the other's period, nor the page's."""
    ttm = "Knr Systems's EPS without NRI for the trailing twelve months (TTM) ended in was ₩-231.90."
    quarter = f"{ttm} Knr Systems's EPS without NRI for the quarter that ended in was ₩-50.10."
    checks = checked(KNR, (ttm, quarter))
    assert not [c for c in checks if c.status is Status.FAIL], [c.message for c in checks if c.status is Status.FAIL]


def test_a_ratio_of_the_year_is_not_recomputed_from_the_quarters_inputs() -> None:
    """The result moved to the fiscal year while the inputs stay the quarter's: no calculation, so no FAIL; the
    quarter's result against the quarter's inputs still fails (0.73 where -24.35 / 33.61 gives 0.7245)."""
    result = "Hence, Oki Electric Industry Co's Capex-to-Operating-Income for the three months ended in Dec. 2023 was 0.73."
    year = result.replace("three months", "fiscal year")
    moved = [c for c in checked(OKIEF, (result, year)) if c.rule == "gf.calc.prose"]
    assert not [c for c in moved if c.status is Status.FAIL]
    assert [c.status for c in checked(OKIEF) if c.rule == "gf.calc.prose"] == [Status.FAIL]
