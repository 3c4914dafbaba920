"""An analysts' percentage within one unit of its last digit of count / total is a warning, not a FAIL: rounding down,
up, or shares made to sum to 100% give it, and the page does not say how it rounds (round-40 tester guc F3). Farther
off it still fails. Synthetic variants of the Longbridge seed (Buy 17 of 22 = 77.27%, Overweight 4 of 22 = 18.18%)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

SEED = (Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "status"), [
    ("| Buy | 17 | 77% |", "| Buy | 17 | 77% |", Status.PASS),  # the page as printed: half up
    ("| Buy | 17 | 77% |", "| Buy | 17 | 78% |", Status.WARN),  # 77.27 rounded up
    ("| Overweight | 4 | 18% |", "| Overweight | 4 | 19% |", Status.WARN),  # 18.18 rounded up
    ("| Buy | 17 | 77% |", "| Buy | 17 | 76% |", Status.FAIL),  # 1.27 below: no rounding gives it
    ("| Buy | 17 | 77% |", "| Buy | 17 | 79% |", Status.FAIL),
    ("| Buy | 17 | 77% |", "| Buy | 17 | 77.9% |", Status.FAIL),  # a tenth printed: one unit is 0.1
    ("| Buy | 17 | 77% |", "| Buy | 17 | 77.2% |", Status.WARN),  # 77.27 rounded down to a tenth
])
def test_a_percentage_within_one_unit_warns_and_beyond_it_fails(old: str, new: str, status: Status) -> None:
    assert old in SEED
    doc = parse_text(SEED.replace(old, new, 1), source="synthetic.md")
    label = old.split("|")[1].strip()
    (found,) = [c for c in audit(doc).checks if c.rule == "lb.analysts.percent" and c.subject == f"{label} percentage"]
    assert found.status is status, found.message
    assert ("does not say how it rounds" in found.message) is (status is Status.WARN)


@pytest.mark.parametrize(("printed", "status"), [("16%", Status.PASS), ("17%", Status.FAIL), ("15%", Status.FAIL)])
def test_an_exact_share_one_unit_off_fails(printed: str, status: Status) -> None:
    """4 of 25 is 16% exactly: no rounding gives 17% or 15% (within one unit is strictly inside it)."""
    text = SEED.replace("Total Analysts: **22**", "Total Analysts: **25**", 1).replace("| Overweight | 4 | 18% |", f"| Overweight | 4 | {printed} |", 1)
    (found,) = [c for c in audit(parse_text(text, source="synthetic.md")).checks
                if c.rule == "lb.analysts.percent" and c.subject == "Overweight percentage"]
    assert found.status is status, found.message
