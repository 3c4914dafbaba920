"""On a page without 'As of today (date)', the range's window ends at the headline's month or later; a row of a period
after the headline's month may be newer than the box, which the page does not date: it is not placed in the range
(round-47 tester ta F1: TSXV:QUIS's Dec23 -76.13 beside a box of Sep. 2023 whose Min and Current are -54.69). Rows
up to the headline's month are placed as before. Real pages; the edited ones are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("page", "edits", "status", "outside", "later"), [
    ("gurufocus_net-margin_TSXV-QUIS.txt", (), Status.PASS, "", 1),
    # synthetic: Dec22's -4.47 made -94.47, a row up to the headline's Sep. 2023, is still placed, and lies outside
    ("gurufocus_net-margin_TSXV-QUIS.txt", ((" -4.47 -76.13", " -94.47 -76.13"),), Status.WARN, "Dec22 -94.47 (line 40)", 1),
    # HINOY: Mar22 and Mar23 are before the headline's Dec. 2023 and still warned; Mar24 is after it
    ("gurufocus_dso_HINOY.txt", (), Status.WARN, "Mar22 77.01 (line 44), Mar23 74.26 (line 44);", 1),
])
def test_rows_after_the_headline_are_not_placed(page: str, edits: tuple[tuple[str, str], ...], status: Status,
                                                outside: str, later: int) -> None:
    (history,) = [c for c in checked(REAL / page, *edits) if c.rule == "gf.range.history"]
    assert history.status is status
    assert f"(the {later} row(s) after the headline's" in history.message
    assert outside in history.message
    assert "Mar24" not in history.message and "Dec23 -76.13" not in history.message
