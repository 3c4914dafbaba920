"""An industry rank is a share of the industry's companies: read in both layouts, and a value above 100% reported.

Real pages (fixtures/gurufocus/realpages); the edited variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XKLS = REAL / "gurufocus_ev2fcf_alerts-2026_XKLS-5209.txt"


def test_the_2026_rank_sentence_is_read() -> None:
    """'Among 299 Utilities - Regulated companies, Gas Malaysia Bhd ranks worse than 334447.83% on this metric.'"""
    facts = {f.metric: f for f in parse_file(XKLS).facts if f.metric.startswith("industry_")}
    assert facts["industry_percentile"].value is not None and facts["industry_percentile"].value.text == "334447.83%"
    assert facts["industry_count"].value is not None and facts["industry_count"].value.text == "299"
    assert facts["industry_percentile"].line == 8


def test_a_rank_above_100_percent_fails() -> None:
    (fail,) = [c for c in checked(XKLS) if c.rule == "gf.industry.percentile"]
    assert fail.status is Status.FAIL and "334447.83%" in fail.message and fail.quoted and fail.quoted.line == 8


@pytest.mark.parametrize(("page", "edit"), [
    (XKLS, ("ranks worse than 334447.83%", "ranks worse than 66.07%")),
    (REAL / "gurufocus_roe_JSE-ACT.txt", None),
])
def test_a_rank_within_0_to_100_percent_is_no_finding(page: Path, edit: tuple[str, str] | None) -> None:
    """Synthetic (the first) and real: a share of 66.07% is nothing to report."""
    checks = checked(page, edit) if edit else checked(page)
    assert not [c for c in checks if c.rule == "gf.industry.percentile"]


def test_a_breadcrumb_pages_rank_above_100_percent_fails() -> None:
    """Synthetic: the older layout's '57.38% of 610 companies' line (JSE:ACT), edited to 157.38%."""
    checks = checked(REAL / "gurufocus_roe_JSE-ACT.txt", ("57.38% of 610 companies", "157.38% of 610 companies"))
    assert [c.status for c in checks if c.rule == "gf.industry.percentile"] == [Status.FAIL]
