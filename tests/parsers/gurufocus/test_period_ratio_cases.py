"""Interest Coverage stated with its inputs (round-14 tester gfq #6): 'Operating Income … was RM194 Mil. … Interest
Expense … was RM-137 Mil. … interest coverage for the quarter … was 1.41.' is Operating Income / -Interest Expense,
recomputed in the one case GuruFocus computes it (an expense printed negative, an operating income that is not a
loss); any other case is a skip that says why, and an expense printed as -0.00 (possibly zero) is a skip too.
Edited variants of the real pages are synthetic and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
MALAKOFF = REAL / "gurufocus_interest-coverage_XKLS-5264.txt"


def _coverage(page: Path, *edits: tuple[str, str]):  # type: ignore[no-untyped-def]
    (check,) = [c for c in checked(page, *edits) if c.rule == "gf.calc.prose" and "coverage" in c.subject.lower()]
    return check


@pytest.mark.parametrize(("page", "result"), [
    ("gurufocus_interest-coverage_XKLS-5264.txt", "1.41"),  # RM194 Mil / RM137 Mil: [1.4073, 1.4249]
    ("gurufocus_interest-expense_TSE-6905.txt", "566.25"),  # 円 1,772 Mil / 円 3 Mil: [506.14, 709.00]
])
def test_the_plain_case_is_recomputed(page: str, result: str) -> None:
    check = _coverage(REAL / page)
    assert check.status is Status.PASS and check.quoted is not None and check.quoted.text == result


def test_a_result_its_inputs_cannot_give_fails() -> None:
    """Synthetic: Malakoff's 1.41 edited to 2.41, which RM194 Mil / RM137 Mil cannot give: a proof."""
    check = _coverage(MALAKOFF, ("Dec. 2023 was 1.41.", "Dec. 2023 was 2.41."))
    assert check.status is Status.FAIL


@pytest.mark.parametrize(("page", "edits", "why"), [
    # real: Gyrodyne 2014 prints 0.00 for an operating loss of $-1.11 Mil
    ("gurufocus_interest_coverage_GYRO_2014.txt", (), "operating income $-1.11 Mil, and the formula holds only where it is not negative"),
    # synthetic: Malakoff's expense edited to a positive RM137 Mil, which GuruFocus does not divide by
    ("gurufocus_interest-coverage_XKLS-5264.txt", (("was RM-137 Mil.", "was RM137 Mil."),),
     "interest expense RM137 Mil, and the formula holds only where it is negative"),
])
def test_another_case_is_a_skip_that_says_which(page: str, edits: tuple[tuple[str, str], ...], why: str) -> None:
    check = _coverage(REAL / page, *edits)
    assert check.status is Status.SKIP and why in (check.reason or "")


def test_an_expense_printed_as_minus_zero_is_a_division_by_zero() -> None:
    """Waja Konsortium: 'Interest Expense … was RM-0.00 Mil' under a printed 738.00: its size may be 0."""
    check = _coverage(REAL / "gurufocus_interest-coverage_XKLS-0102.txt")
    assert check.status is Status.SKIP and "divides by a value that may be 0" in (check.reason or "")


GROSS_PROFIT_TO_ASSET = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_gross-profit-to-asset_TSE-8101.txt"


def test_gross_profit_to_asset_is_recomputed_from_its_over_the_quarter_average() -> None:
    """'… annualized Gross Profit for the quarter … was 円15,876 Mil. … average Total Assets over the quarter … was
    円71,703 Mil. Therefore, … annualized Gross-Profit-to-Asset % … was 22.14%.': the average's 'over the' sentence was
    not read, so the result was never recomputed (round-33 ghk F3)."""
    (calc,) = [c for c in checked(GROSS_PROFIT_TO_ASSET) if c.rule == "gf.calc.prose"]
    assert calc.status is Status.PASS and "円15,876 Mil / 円71,703 Mil" in calc.message


def test_gross_profit_to_asset_off_by_a_digit_fails() -> None:
    """Synthetic: the result edited to 21.14% is a printed result its inputs cannot produce."""
    (calc,) = [c for c in checked(GROSS_PROFIT_TO_ASSET, ("Dec. 2023 was 22.14%.", "Dec. 2023 was 21.14%."))
               if c.rule == "gf.calc.prose"]
    assert calc.status is Status.FAIL
