"""Current Ratio and Quick Ratio are ratios of two balance-sheet amounts at one date: the quarter's value is one of
the range box's own series, placed in it like a Debt-to-Equity's (round-43 tester vd F2: unregistered, XKLS:0238's
10.10 was skipped as 'a quarter's value of another series', and one above the box's Max went unseen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import is_balance, metric_for_label, metric_for_slug

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_current-ratio_XKLS-0238.txt"
ABOVE = (("Current Ratio : 10.10 (As of", "Current Ratio : 18.10 (As of"), ("Feb. 2024 was 10.10.", "Feb. 2024 was 18.10."),
         ("has a current ratio of 10.10.", "has a current ratio of 18.10."))


@pytest.mark.parametrize(("label", "slug", "metric"), [("Current Ratio", "current-ratio", "current_ratio"),
                                                       ("Quick Ratio", "quick_ratio", "quick_ratio"),
                                                       ("Cash Ratio", "cash_ratio", "cash_ratio"),  # round-43 vh F3
                                                       ("Liabilities-to-Assets", "liabilities_to_assets", "liabilities_to_assets")])
def test_the_terms_are_registered_balances(label: str, slug: str, metric: str) -> None:
    assert metric_for_label(label) == metric_for_slug(slug) == metric and is_balance(metric)


def _headline_placed(*edits: tuple[str, str]) -> tuple[Status, str]:
    (result,) = [c for c in checked(PAGE, *edits) if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 3]
    return result.status, result.message


def test_the_quarters_value_is_placed_in_the_range() -> None:
    assert _headline_placed() == (Status.PASS, "Current Ratio 10.10 (line 3) lies inside the range 2.33..17.04")


def test_a_value_above_the_range_is_a_warning_of_a_balance() -> None:
    """Synthetic: the quarter's 10.10 made 18.10 on each line that states it, above 'Max: 17.04'."""
    status, message = _headline_placed(*ABOVE)
    assert status is Status.WARN
    assert "a balance at Feb. 2024 may be a new high or low the range has not taken in" in message
    assert "annualized" not in message
