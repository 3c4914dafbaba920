"""A score printed out of N lies from 0 to N: 'GF Score : 172/100' passed as restated (round-39 tester gtc F2).

The page is a real GF Score page (SAU:1180); the variants are synthetic, one number each."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text
from quotecheck.parsers._models import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_gf-score_SAU-1180.txt"


def _scale_checks(text: str) -> list[tuple[int | None, str]]:
    doc = parse_text(text, source=str(PAGE))
    return [(c.quoted.line if c.quoted else None, c.message) for c in audit(doc).checks if c.rule == "gf.score.scale"]


def test_the_real_page_is_within_its_scales() -> None:
    assert _scale_checks(PAGE.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("old", "new", "line", "said"), [
    ("GF Score : 78/100", "GF Score : 178/100", 5, "the scale its line prints ('/100')"),
    ("GF Score of 78,", "GF Score of 178,", 12, "GuruFocus's scale for it (0 to 100)"),  # the verdict prints no scale
    ("Financial Strength : 2/10", "Financial Strength : 12/10", 18, "the scale its line prints ('/10')"),
    ("Momentum Rank : 0/10", "Momentum Rank : 11/10", 22, "the scale its line prints ('/10')"),
])
def test_a_score_beyond_its_scale_fails(old: str, new: str, line: int, said: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert old in text
    (found,) = _scale_checks(text.replace(old, new))
    assert found[0] == line and said in found[1]


@pytest.mark.parametrize(("old", "new"), [
    ("GF Score : 78/100", "GF Score : 100/100"),  # the top of the scale is on it
    ("Financial Strength : 2/10", "Financial Strength : 10/10"),
])
def test_a_score_at_the_top_of_its_scale_is_no_finding(old: str, new: str) -> None:
    checks = audit(parse_text(PAGE.read_text(encoding="utf-8").replace(old, new), source=str(PAGE))).checks
    assert not [c for c in checks if c.rule == "gf.score.scale"]
    assert not [c for c in checks if c.status is Status.FAIL and c.rule.startswith("gf.score")]


RANK_PAGE = PAGE.parent / "gurufocus_rank-profitability_NAI-NBV.txt"
"""A real Profitability Rank page that prints the rank bare ('Profitability Rank : 1'), with no '/10' beside it."""


@pytest.mark.parametrize(("old", "new", "line"), [
    ("Profitability Rank : 1 (As of", "Profitability Rank : 11 (As of", 5),
    ("Profitability Rank : 1 (As of", "Profitability Rank : 10 (As of", None),  # the top of the scale is on it
])
def test_a_bare_rank_beyond_ten_fails_on_gurufocus_scale(old: str, new: str, line: int | None) -> None:
    """Financial Strength and Profitability Rank are out of 10 as the other ranks are (round-39 review 4), printed or not."""
    text = RANK_PAGE.read_text(encoding="utf-8")
    assert old in text
    doc = parse_text(text.replace(old, new), source=str(RANK_PAGE))
    found = [(c.quoted.line if c.quoted else None, c.message) for c in audit(doc).checks if c.rule == "gf.score.scale"]
    assert [f[0] for f in found] == ([] if line is None else [line])
    assert all("GuruFocus's scale for it (0 to 10)" in f[1] for f in found)


def test_a_rank_of_9999_is_the_site_stand_in_not_a_value() -> None:
    text = RANK_PAGE.read_text(encoding="utf-8").replace("Profitability Rank : 1 (As of", "Profitability Rank : 9999 (As of")
    doc = parse_text(text, source=str(RANK_PAGE))
    (headline,) = [f for f in doc.facts if f.metric == "profitability_rank" and f.line == 5]
    assert headline.value is None and headline.missing is not None
    assert not [c for c in audit(doc).checks if c.status is Status.FAIL]


def test_a_date_on_the_line_is_no_scale() -> None:
    """'3/10/2025' is a date, not 3 out of 10: a GF Score of 3 beside it is read against GuruFocus's own 100."""
    text = PAGE.read_text(encoding="utf-8").replace("GF Score : 78/100 (As of Mar. 29, 2025)", "GF Score : 3 (As of 3/10/2025)")
    doc = parse_text(text, source=str(PAGE))
    assert [f.value.text for f in doc.facts if f.metric == "gf_score" and f.line == 5 and f.value] == ["3"]
    assert not [c for c in audit(doc).checks if c.rule == "gf.score.scale"]
    text = text.replace("GF Score : 3 (As of 3/10/2025)", "GF Score : 300 (As of 3/10/2025)")
    found = [c.message for c in audit(parse_text(text, source=str(PAGE))).checks if c.rule == "gf.score.scale"]
    assert found and "GuruFocus's scale for it (0 to 100)" in found[0]
