"""A 'This Year … TTM:Last Year … TTM:' list goes on past an item printed over several lines and a blank line
(round-32 gha F4, NYSE:WMT 2016): the reader stopped at 'Average Total Assets from the begining of this year (Jul15)',
so the last year's sums went unchecked."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

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
