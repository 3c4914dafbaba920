"""A range printed twice on a page (the box's 'Min: … Med: … Max: …' and the prose's 'During the past 13 years, …
highest … lowest … median'): each printing is whole on its own, and the box is the one the rows are placed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, audit, parse_file

SEEDS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds"

# (page, its range's metric, the box's window, the prose's window)
BOX_AND_PROSE = [
    (SEEDS / "001_39c86e187c513272.txt", "cyclically_adjusted_pb_ratio", 10, None),
    (SEEDS / "004_953c4a038b52c2f5.txt", "beneish_m_score", 10, 13),
]


@pytest.mark.parametrize(("page", "metric", "box_years", "prose_years"), BOX_AND_PROSE, ids=lambda v: getattr(v, "name", v))
def test_the_rows_are_placed_in_the_box_over_its_own_years(page: Path, metric: str, box_years: int, prose_years: int | None) -> None:
    """The history rows are checked against the box's bounds over the box's window: the range had been the first
    printing met key by key, the prose's window with bounds that could be either's (a range of two printings)."""
    doc = parse_file(page)
    windows = {f.id.split(".", 1)[0]: f.window_years for f in doc.facts if f.metric == f"{metric}.hist_min"}
    assert windows == {"range": box_years, "prose": prose_years}
    history = [c for c in audit(doc).checks if c.rule == "gf.range.history"]
    assert [(c.subject, c.status) for c in history] == [(f"{metric} history rows vs {box_years}-year range", Status.PASS)]


GCAAF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_pocf_OTCPK-GCAAF.txt"


@pytest.mark.parametrize(("current", "placed"), [
    ("14.68", "14.68 (line 18) lies inside the range 7.56..30.31"),
    ("7.55", "7.55 (line 18) lies within rounding of the range 7.56..30.31"),  # 7.555 rounds to both
    ("30.32", "30.32 (line 18) lies within rounding of the range 7.56..30.31"),
    ("7.54", "7.54 (line 18) lies outside the range 7.56..30.31"),
])
def test_a_current_value_says_whether_it_lies_inside_the_range_as_printed(current: str, placed: str) -> None:
    """gga F6 (TSXV:CANB printed 'for today is 0.44' under 'Min: 0.45'): the check said 0.44 'lies inside' 0.45..1.44,
    true only within the rounding of both numbers. Synthetic: GCAAF's 'Current: 14.68' edited."""
    checks = checked(GCAAF, ("Current: 14.68", f"Current: {current}"))
    (check,) = [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line == 18]
    assert placed in check.message
