"""Pretax Margin % and EBITDA Margin % pages are the margins' template: the headline is the quarter's value the
paragraph works out and the Quarterly Data row's last cell prints. Unregistered, a headline contradicting both was
only a warning ('does not know this term's convention'), where the same edit on an FCF Margin page FAILed (round-43
tester vb F6). Synthetic variants of TSE:7541's Pretax Margin page."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import metric_for_label, metric_for_slug, registered_unit

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_pretax-margin_TSE-7541.txt"


@pytest.mark.parametrize(("label", "slug", "metric"), [
    ("Pretax Margin %", "pretax-margin", "pretax_margin"),
    ("Pre-Tax Margin %", "pretaxmargin", "pretax_margin"),
    ("EBITDA Margin %", "ebitda-margin", "ebitda_margin"),
])
def test_the_terms_are_registered_percents(label: str, slug: str, metric: str) -> None:
    assert metric_for_label(label) == metric_for_slug(slug) == metric
    assert registered_unit(metric) is not None and registered_unit(metric).value == "percent"  # type: ignore[union-attr]


@pytest.mark.parametrize(("headline", "expected"), [("13.51%", Status.PASS), ("15.31%", Status.FAIL), ("13.53%", Status.FAIL), ("13.52%", Status.PASS)])
def test_the_headline_against_its_quarter(headline: str, expected: Status) -> None:
    # 13.52% meets 13.51% at 13.515, a half-way point either may round from: closed intervals, no proof
    edit = ("Pretax Margin % : 13.51% (As of", f"Pretax Margin % : {headline} (As of")
    (result,) = [c for c in checked(PAGE, edit) if c.rule == "gf.restated" and c.subject == "pretax_margin (2013-03, quarterly)"]
    assert result.status is expected
    assert "13.51% (line 10, statement), 13.51 (line 38, history)" in result.message
