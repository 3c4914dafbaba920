"""A range whose minimum and maximum are printed the wrong way round says so (round-42 tester yc F1).

NYSE:RGR's 2014 page prints 'Min: 11.3   Max: -1.8' and a median of -0.05 between them: the FAIL named the median,
the one number in its place. A range whose median lies outside the swapped pair is not called swapped."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_total_buyback_3y_NYSE-RGR_2014.txt"


def _order(*edits: tuple[str, str]):
    (check,) = [c for c in checked(PAGE, *edits) if c.rule == "gf.range.order" and c.subject == "3_year_average_buyback_ratio range"]
    return check


def test_a_swapped_pair_is_named() -> None:
    check = _order()
    assert check.status is Status.FAIL
    assert check.message.endswith("the minimum and maximum look swapped (11.3 above -1.8, the median -0.05 between them)")


def test_a_median_outside_the_pair_is_no_swap() -> None:
    check = _order(("And the median was -0.05", "And the median was 20.00"))
    assert check.status is Status.FAIL and "swapped" not in check.message
