"""A 'quarter' stated beside the fiscal year's own sentence of the same month is not the year (round-26 ggt 003).

OTCPK:ANFGY, a half-year reporter, prints 'change in working capital for the quarter that ended in Dec. 2023 was $22
Mil.' (the second half) and '… for the fiscal year that ended in Dec. 2023 was $33 Mil.' The 'quarter' was compared
with the year's and the TTM headline's $33 Mil and drew a WARN saying it did not say which of the two it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
ANFGY = REAL / "gurufocus_change-in-working-capital_ANFGY.txt"
QUARTER = "for the quarter that ended in Dec. 2023 was $22 Mil."
YEAR = "for the fiscal year that ended in Dec. 2023 was $33 Mil."


def _restated(*edits: tuple[str, str]) -> list[tuple[str, Status]]:
    return sorted((c.subject or "", c.status) for c in checked(ANFGY, *edits) if c.rule == "gf.restated")


def test_the_half_year_is_not_compared_with_the_year() -> None:
    assert _restated() == [("change_in_working_capital (2023-12, annual)", Status.PASS)]


@pytest.mark.parametrize(("edits", "expected"), [
    # the 'quarter' printing the year's own amount may be the year said twice: it joins the year and agrees
    (((QUARTER, QUARTER.replace("$22", "$33")),),
     [("change_in_working_capital (2023-12)", Status.PASS), ("change_in_working_capital (2023-12, annual)", Status.PASS)]),
    # without the year's own sentence the page does not say the 'quarter' is not the year: still a question
    (((YEAR, "was $33 Mil."),), [("change_in_working_capital (2023-12)", Status.WARN)]),
])
def test_the_quarter_still_meets_the_year_where_the_page_does_not_set_them_apart(
        edits: tuple[tuple[str, str], ...], expected: list[tuple[str, Status]]) -> None:
    assert _restated(*edits) == expected
