"""A warning sign's value (gfp #7): 'The dividend payout ratio of Kim Loong Resources Bhd is 0.91, which seems too high.'
states the payout ratio now, with no period of its own. It is read as a verdict fact with no period, so a copy stated
for a period that disagrees with it is a WARN that says so, never a FAIL (the quarter's payout ratio is another window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
KIM_LOONG = REAL / "gurufocus_yield_XKLS-5027.txt"
RIO = REAL / "gurufocus_dividend_growth_3y_NYSE-RIO.txt"


@pytest.mark.parametrize(("path", "line", "value"), [(KIM_LOONG, 35, "0.91"), (RIO, 32, "0.71")],
                         ids=["XKLS-5027", "NYSE-RIO"])
def test_the_warning_signs_payout_ratio_is_read_with_no_period(path: Path, line: int, value: str) -> None:
    doc = parse_text(path.read_text(encoding="utf-8"), source=str(path))
    (fact,) = [f for f in doc.facts if f.metric == "dividend_payout_ratio" and f.line == line]
    assert fact.value is not None and fact.value.text == value and fact.period is None and fact.context == "verdict"


def test_a_sentence_without_the_verdict_words_is_not_read() -> None:
    """Synthetic: the same sentence without 'which seems too high' is some other remark, not the warning sign."""
    text = KIM_LOONG.read_text(encoding="utf-8").replace(", which seems too high.", ".")
    doc = parse_text(text, source="synthetic")
    assert not [f for f in doc.facts if f.metric == "dividend_payout_ratio" and f.line == 35]


def test_it_is_no_copy_of_a_quarters_value() -> None:
    """Synthetic: the page's headline made a Dividend Payout Ratio one (as of Oct. 2023, the month of the quarter line
    31 states) and the warning sign's value made 1.31. The warning sign states GuruFocus's twelve-month payout, so it
    is no copy of the quarter's 1.02: it was a WARN here (round 14), and no check at all where the headline's as-of was
    a day; round-41 tester wd F2 showed the warning was noise (NYSE:RIO's half-year 0.76 beside its verdict 0.71)."""
    text = KIM_LOONG.read_text(encoding="utf-8").replace(
        "Dividend Yield % : 4.55% (As of May. 11, 2024)", "Dividend Payout Ratio : 1.02 (As of Oct. 2023)", 1).replace(
        "is 0.91, which seems too high.", "is 1.31, which seems too high.", 1)
    checks = [c for c in audit(parse_text(text, source="synthetic")).checks if c.rule == "gf.restated"]
    assert not [c for c in checks if "(line 35, verdict)" in c.message or c.status is Status.FAIL]
    rio = [c for c in audit(parse_text(RIO.read_text(encoding="utf-8"), source=str(RIO))).checks if c.rule == "gf.restated"]
    assert not [c for c in rio if "(line 32, verdict)" in c.message]


def test_it_still_joins_a_copy_of_no_shorter_span() -> None:
    """XKLS:2445's Dividend Payout Ratio page: the warning sign's 1.59 (line 16) is compared with the headline's
    undated-span 0.00 and the box's 1.59, which it is a copy of."""
    page = REAL / "gurufocus_payout_XKLS-2445.txt"
    checks = [c for c in audit(parse_text(page.read_text(encoding="utf-8"), source=str(page))).checks
              if c.rule == "gf.restated" and "1.59 (line 16, verdict)" in c.message]
    assert [c.status for c in checks] == [Status.WARN]
