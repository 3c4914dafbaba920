"""A 'This Year … TTM:Last Year … TTM:' list goes on past an item printed over several lines and a blank line
(round-32 gha F4, NYSE:WMT 2016): the reader stopped at 'Average Total Assets from the begining of this year (Jul15)',
so the last year's sums went unchecked."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked, parsed

from quotecheck.parsers import Frequency, Period, Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_fscore_WMT_2016.txt"
LAST_YEAR = ["Gross Profit (Last Year Jul15 TTM)", "Net Income (Last Year Jul15 TTM)", "Revenue (Last Year Jul15 TTM)"]


def _sums(*edits: tuple[str, str]) -> dict[str, Status]:
    return {(c.subject or "").split(" (line")[0]: c.status for c in checked(PAGE, *edits) if c.rule == "gf.calc.sum"}


def test_the_last_years_sums_after_a_wrapped_item_and_a_blank_line_are_checked() -> None:
    sums = _sums()
    assert len(sums) == 7 and all(status is Status.PASS for status in sums.values())
    assert set(LAST_YEAR) <= set(sums)


def test_a_wrong_sum_after_them_fails() -> None:
    sums = _sums(("29754 + 32450 + 28343 + 30173 = $120,720 Mil.", "29754 + 32450 + 28343 + 30173 = $120,820 Mil."))
    assert sums["Gross Profit (Last Year Jul15 TTM)"] is Status.FAIL


TWX = PAGE.with_name("gurufocus_fscore_NYSE-TWX_2014.txt")


def test_a_balance_in_the_list_is_the_months_and_an_opening_balance_its_own_months() -> None:
    """'Total Assets at the begining of this year (Mar13)' is total assets at Mar13, and the list's balances state no
    twelve-month span (round-41 wi F1, wj F2/F3): they were keyed TTM, the first under a metric of its own label."""
    facts = {f.line: f for f in parsed(TWX).facts if f.context == "ttm"}
    opening, closing, income = facts[40], facts[41], facts[36]
    assert (opening.metric, opening.period, opening.period_text) == ("total_assets", Period(end="2013-03"), "Mar13")
    assert (closing.metric, closing.period) == ("total_assets", Period(end="2014-03"))
    assert all(facts[line].period == Period(end="2014-03") for line in (42, 43, 44))  # debt, current assets, liabilities
    assert income.period == Period(end="2014-03", frequency=Frequency.TTM)


def test_the_opening_balance_and_last_years_closing_one_are_compared() -> None:
    def restated(*edits: tuple[str, str]) -> Status:
        (check,) = [c for c in checked(TWX, *edits) if c.rule == "gf.restated" and c.subject == "total_assets (2013-03)"]
        return check.status

    assert restated() is Status.PASS
    assert restated(("Total Assets was $66,947 Mil.", "Total Assets was $66,974 Mil.")) is Status.FAIL
