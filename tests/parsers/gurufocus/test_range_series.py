"""Which values a range box is over (round 41): a quarter's margin or return is of another series than the range's
twelve-month values (tester wc F2: AAPL 2018's quarterly operating margins warned against the annual range, where the
same quarter's headline was skipped), while a ratio of two balances is a balance of its month, whose box spans
quarter-end values (tester wb F1: ACUT's 'Min: -51.37' is its Mar24 quarterly cell) and whose quarter is placed in it.
A score's quarterly values are worked out over twelve months each quarter, and are placed too."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

ROOT = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
AAPL_OM = ROOT / "realpages" / "gurufocus_operatingmargin_NAS-AAPL_2018.txt"
ACUT = ROOT / "realpages" / "gurufocus_equity-to-asset_OTCPK-ACUT.txt"
HKSE_00396 = ROOT / "realpages" / "gurufocus_debt-to-equity_HKSE-00396.txt"
MSCORE = ROOT / "seeds" / "004_953c4a038b52c2f5.txt"
BUYBACK = ROOT / "realpages" / "gurufocus_total-buyback-3y_HKSE-00974.txt"

CASES = [
    # (page, edits, rule, status, words the message holds)
    (AAPL_OM, (), "gf.range.history", Status.PASS, "the 5 quarterly cell(s) are not placed"),
    (AAPL_OM, (), "gf.range.current", Status.SKIP, "a quarter's value is not placed in a range of another series"),
    # an annual cell outside the range still warns
    (AAPL_OM, (("27.84 26.76 26.69", "27.84 16.76 26.69"),), "gf.range.history", Status.WARN, "Sep17 16.76"),
    (ACUT, (), "gf.range.current", Status.PASS, "Equity-to-Asset -30.71 (line 5) lies inside the range -51.37..-0.15"),
    (ACUT, (), "gf.range.history", Status.PASS, "all 7 history values"),
    # the box's Current beside a balance's quarter is a copy of it: a disagreement is said, not set aside
    (HKSE_00396, (), "gf.restated", Status.WARN, "0.04 (line 20, range)"),
    (ACUT, (("Current: -30.71", "Current: -20.71"), ("vs ACUT: -30.71", "vs ACUT: -20.71")), "gf.restated", Status.WARN,
     "-20.71 (line 18, range)"),
    (MSCORE, (), "gf.range.history", Status.PASS, "all 10 history values"),
    # a prose history names its span: the warning says so, not that the page names no window (round-41 wd F1)
    (BUYBACK, (), "gf.range.current", Status.WARN, "the page says its range spans the past 11 years, not whether it has "
     "taken in that value"),
]


@pytest.mark.parametrize(("page", "edits", "rule", "status", "words"), CASES,
                         ids=lambda v: v.name if isinstance(v, Path) else None)
def test_the_range_is_over_the_series_it_spans(page: Path, edits: tuple[tuple[str, str], ...], rule: str,
                                               status: Status, words: str) -> None:
    found = [c for c in checked(page, *edits) if c.rule == rule and words in c.message]
    assert [c.status for c in found] == [status], [(c.rule, c.status, c.message) for c in checked(page, *edits) if c.rule == rule]


def test_a_box_title_says_the_window_of_its_range() -> None:
    """Round-42 tester yc F2 (NYSE:STX 2015): a value of its own period outside the box's range was said to have a
    range 'the page does not say over which window', under 'Range Over the Past 10 Years'. Synthetic variant of
    HKSE:00974: its prose replaced by a box of the same numbers under such a title."""
    page = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_total-buyback-3y_HKSE-00974.txt"
    prose = ("During the past 11 years, China Shun Ke Long Holdings's highest 3-Year Share Buyback Ratio was -10.60%. "
             "The lowest was -10.60%. And the median was -10.60%.")
    box = "HKSE:00974' s 3-Year Share Buyback Ratio Range Over the Past 10 Years\nMin: -10.6   Med: -10.6   Max: -10.6"
    (check,) = [c for c in checked(page, (prose, box)) if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 5]
    assert check.status is Status.WARN
    assert "the page says its range spans the past 10 years, not whether it has taken in that value" in check.message
