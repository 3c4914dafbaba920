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
    quarter's result against the quarter's inputs is still checked (0.73 where -24.35 / 33.61 gives 0.7245: a warning
    that names the rounding twice since round 43, which 0.725 then 0.73 is)."""
    result = "Hence, Oki Electric Industry Co's Capex-to-Operating-Income for the three months ended in Dec. 2023 was 0.73."
    year = result.replace("three months", "fiscal year")
    moved = [c for c in checked(OKIEF, (result, year)) if c.rule == "gf.calc.prose"]
    assert not [c for c in moved if c.status is Status.FAIL]
    assert [c.status for c in checked(OKIEF) if c.rule == "gf.calc.prose"] == [Status.WARN]


ANZBY = REAL / "gurufocus_mktcap_ANZBY.txt"
ANZBY_LINE_8 = "shares outstanding for the quarter that ended in Mar. 2014 was 2,744 Mil. Therefore"


def _market_cap(*edits: tuple[str, str]) -> Status:
    return next(c.status for c in checked(ANZBY, *edits) if c.rule == "gf.calc.prose" and c.subject.startswith("market cap"))


def test_market_cap_from_its_printed_inputs_fails() -> None:
    """$30.55 x 2,744 Mil allows 83,800 to 83,858, not the $85,951 Mil the page prints: a proof."""
    assert _market_cap() is Status.FAIL


def test_a_share_count_printed_without_its_scale_is_not_used() -> None:
    """A count printed bare beside a result in millions: its magnitude is not printed, so no FAIL."""
    assert _market_cap((ANZBY_LINE_8, ANZBY_LINE_8.replace("2,744 Mil.", "2,744."))) is Status.SKIP


def test_a_result_in_another_currency_than_the_price_is_not_compared() -> None:
    """GuruFocus converts at a rate the page does not print."""
    result = "market cap for the quarter that ended in Mar. 2014 was $85,951 Mil."
    assert _market_cap((result, result.replace("$85,951", "A$85,951"))) is Status.SKIP
