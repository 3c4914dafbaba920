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
