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
    """XKLS:2445's Dividend Payout Ratio page: the warning sign's 1.59 (line 16) joins the box's 1.59 (line 22), which it
    is a copy of. Until round 43 the group then warned against the headline's and the statement's 0.00 of the months
    ended in Dec. 2023; a verdict printing the box's own Current is of the box's unprinted window, as the box is, so
    the check is the dated copies among themselves, the box's copies and the verdict named as not compared (round-43
    tester vd F1: the same page without its warning sign passed so)."""
    page = REAL / "gurufocus_payout_XKLS-2445.txt"
    checks = [c for c in audit(parse_text(page.read_text(encoding="utf-8"), source=str(page))).checks
              if c.rule == "gf.restated" and "dividend payout ratio (line 16, verdict)" in c.message]
    assert [c.status for c in checks] == [Status.PASS]
    assert "not compared: Current (line 22, range) and vs XKLS:2445 (line 30, industry) and dividend payout ratio (line " \
           "16, verdict)" in checks[0].message and "the verdict prints the box's own Current" in checks[0].message


INTEREST = REAL / "gurufocus_interest-coverage_SZSE-002060.txt"


@pytest.mark.parametrize(("verdict", "expected"), [("2.96", Status.PASS), ("2.95", Status.PASS), ("2.97", Status.PASS),
                                                 ("2.94", Status.WARN), ("2.98", Status.WARN)])
def test_a_verdict_is_the_boxs_copy_only_where_it_prints_the_boxs_value(verdict: str, expected: Status) -> None:
    """SZSE:002060's 'interest coverage is 2.96, which is low' beside 'Current: 2.96' and the quarter's 1.60 (round-43
    tester vd F1's shape): the box's copy, not compared with the quarter's, as is a verdict that meets it within
    rounding (2.95 and 2.96 meet at 2.955: OTCPK:AJMPF's 1.59 beside 'Current: 1.6', round-43 tester vf F1). Synthetic:
    the verdict made 2.94 or 2.98, no copy of the box's value: an undated copy against the quarter's, the warning it was."""
    text = INTEREST.read_text(encoding="utf-8")
    assert "interest coverage is 2.96, which is low" in text
    text = text.replace("interest coverage is 2.96, which is low", f"interest coverage is {verdict}, which is low", 1)
    (check,) = [c for c in audit(parse_text(text, source=str(INTEREST))).checks
                if c.rule == "gf.restated" and c.subject == "interest_coverage (2025-03, quarterly)"]
    assert check.status is expected
    if expected is Status.WARN:  # the verdict is cited as a contradiction, and said why it is no proof (round-43 vf F3)
        assert "is contradicted on line(s) 16, 22, 28" in check.message
        assert check.message.endswith("; interest coverage (line 16, verdict) states no period of its own")
