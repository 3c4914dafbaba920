"""A 0 the headline prints too is GuruFocus's stand-in, not a value outside the range (round-34 tester ght F5).

Real page NYSE:TTM's Beneish M-Score (fixtures/gurufocus/realpages/gurufocus_mscore_NYSE-TTM_2014.txt): '0.00 (As of
Today)' and the box's 'Current: 0' beside the verdict's and the calculation's -3.62, under 'Min: -170.75 Max: -2.39'.
The edited variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_mscore_NYSE-TTM_2014.txt"
VERDICT = "has a M-score of -3.62 suggests"


@pytest.mark.parametrize(("edits", "expected"), [
    ((), [Status.SKIP, Status.SKIP]),  # the headline's 0 and the box's, beside -3.62: stand-ins
    # no copy of a value of its own: the 0 may be the page's value, outside its range
    (((VERDICT, "has a M-score of 0 suggests"), ("\n=-3.62", "\n=0")), [Status.WARN, Status.WARN]),
    # a headline of its own: the box's 0 alone is no stand-in the page shows
    ((("0.00 (As of Today)", "-3.62 (As of Today)"),), [Status.PASS, Status.WARN]),
])
def test_a_zero_beside_a_value_of_its_own_is_not_placed(edits: tuple[tuple[str, str], ...], expected: list[Status]) -> None:
    checks = [c for c in checked(PAGE, *edits) if c.rule == "gf.range.current"]
    assert [c.status for c in checks] == expected
    assert all("stand-in" in c.message for c in checks if c.status is Status.SKIP)
