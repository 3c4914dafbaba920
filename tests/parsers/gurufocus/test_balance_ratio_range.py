"""A ratio of balances is the month's, so its quarter's headline is placed in its range (round-42 tester yb F3).

SHSE:688443's 'Cash-to-Debt : 4.29 (As of Mar. 2024)' was skipped, 'the range does not say whether it spans such values
or twelve-month values', which a ratio of two balances has none of; gf.restated meanwhile read the box's Current as
that quarter's value. Cash-to-Debt and LT-Debt-to-Total-Asset are marked balances, as Debt-to-Equity is."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import is_balance

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_cash-to-debt_SHSE-688443.txt"


@pytest.mark.parametrize("metric", ["cash_to_debt", "lt_debt_to_total_asset", "debt_to_equity"])
def test_ratios_of_balances_are_balances(metric: str) -> None:
    assert is_balance(metric)


@pytest.mark.parametrize(("edit", "status"), [(None, Status.PASS), (("Cash-to-Debt : 4.29", "Cash-to-Debt : 5.29"), Status.WARN)])
def test_the_quarters_headline_is_placed_in_the_range(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(PAGE, *([edit] if edit else [])) if c.rule == "gf.range.current"
                and c.quoted is not None and c.quoted.line == 3]
    assert check.status is status
