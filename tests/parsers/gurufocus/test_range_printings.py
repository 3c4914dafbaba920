"""A range printed twice on a page (the box's 'Min: … Med: … Max: …' and the prose's 'During the past 13 years, …
highest … lowest … median'): each printing is whole on its own, and the box is the one the rows are placed in."""

from __future__ import annotations

from pathlib import Path

import pytest

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
