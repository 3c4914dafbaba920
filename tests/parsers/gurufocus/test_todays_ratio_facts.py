"""A ratio of today a page works out is a fact of the page, as the PB page's 'PB Ratio for today' is.

Today's PB Ratio of a book-value-per-share page ('Hence, today's PB Ratio of X is 0.55.', round-16 tester gfv F3) was
kept only as the result of its calculation, so a store of the facts lacked it and the range box was never compared
with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Frequency, audit, parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("name", "line", "text", "range_status"), [
    ("gurufocus_book-value-per-share_ASX_ABE.txt", 16, "0.33", "pass"),
    ("gurufocus_book-value-per-share_FRA_AY5.txt", 18, "0.55", "pass"),
    # 0.48 = R$36.00 / R$74.65, outside the 5-year 0.70..0.97 the page prints: worth a look, no proof (undated range)
    ("gurufocus_book-value-per-share_BSP-WTSP11B.txt", 18, "0.48", "warn"),
])
def test_todays_pb_ratio_is_a_fact(name: str, line: int, text: str, range_status: str) -> None:
    doc = parse_file(REAL / name)
    (fact,) = [f for f in doc.facts if f.id == "today.pb_ratio"]
    assert fact.value is not None and fact.value.text == text and fact.line == line and fact.context == "today"
    assert fact.period is None  # these pages print no date of today: the fact carries none (a dated page's has it)
    (check,) = [c for c in audit(doc).checks if c.rule == "gf.range.current" and c.quoted and c.quoted.line == line]
    assert check.status == range_status


def test_an_owner_earnings_pages_ratio_of_today_is_a_fact() -> None:
    """TSE:7352 (round-16 tester gfu 027) line 16: "… was 円2.57. It's Price-to-Owner-Earnings ratio for today is
    489.49." has no 'As of today': the ratio was kept only as a calculation's result, so it never met the range box's
    'Current: 512.63' (line 23). Two copies of today's P/OE that disagree are worth a look, not a proof: the box is
    computed apart and undated."""
    doc = parse_file(REAL / "gurufocus_owner-earnings_TSE-7352.txt")
    (fact,) = [f for f in doc.facts if f.id == "today.price_to_owner_earnings"]
    assert fact.value is not None and fact.value.text == "489.49" and fact.line == 16
    (check,) = [c for c in audit(doc).checks if c.rule == "gf.restated" and c.subject == "price_to_owner_earnings (today)"]
    assert check.status == "warn" and "line 23" in check.message and "not a proof" in check.message


def test_a_ratio_for_today_stated_above_the_pages_date_is_dated() -> None:
    """gfz 032 style, on the real BHP EV-to-FCF fixture: '… EV-to-FCF for today is …' stands above the line that prints
    'As of today (2024-04-18)'; the ratio is today's, of that date (it had no period)."""
    page = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_ev2fcf_NYSE-BHP.txt"
    doc = parse_file(page)
    (ratio,) = [f for f in doc.facts if f.id == "today.ev_to_fcf"]
    assert ratio.period is not None and (ratio.period.end, ratio.period.frequency) == ("2024-04-18", Frequency.TODAY)
    dated = [n for n, line in enumerate(page.read_text(encoding="utf-8").split("\n"), 1) if "As of today (2024-04-18)" in line]
    assert dated and ratio.line < dated[0]
