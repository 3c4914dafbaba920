"""GuruFocus's 'Negative Equity' marker where a ratio over equity goes (round-18 gfy F3): one missing value with that
reason, in the headline, a calculation's result and a history row's cell, never a blank or a dropped row."""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import Missing, Status, audit, parse_file, parse_text
from quotecheck.parsers._numbers import unread_reason

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GBSNQ = REAL / "gurufocus_roe_GBSNQ_negative-equity.txt"
I1RM34 = REAL / "gurufocus_roe-adj_BSP-I1RM34.txt"


def test_the_marker_is_its_own_reason() -> None:
    assert unread_reason("Negative Equity%") is Missing.NEGATIVE_EQUITY
    assert unread_reason("Negative Equity") is Missing.NEGATIVE_EQUITY


def test_a_headline_printing_the_marker_is_noted_as_such() -> None:
    """'ROE % : Negative Equity% (As of Mar. 2017)': no value, for that reason (it was 'blank')."""
    doc = parse_file(GBSNQ)
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.NEGATIVE_EQUITY
    assert [n.code for n in doc.notes if n.line == 5] == ["headline_negative_equity"]


def test_the_calculation_skip_says_what_the_page_prints_and_why() -> None:
    """'… average Total Stockholders Equity … was $-42.92 Mil. Therefore, … annualized ROE % … was Negative Equity%.'"""
    (check,) = [c for c in audit(parse_file(GBSNQ)).checks if c.rule == "gf.calc.prose"]
    assert check.status is Status.SKIP
    assert "the page prints 'Negative Equity' in place of the result on line 12" in check.message
    assert "Total Stockholders Equity is negative ($-42.92 Mil, line 12)" in check.message
    assert "blank" not in check.message


def test_a_row_cell_printing_the_marker_is_one_missing_period() -> None:
    """'… 1.61 0.50 0.21 Negative Equity -' under '… Sep23 Dec23 Mar24 Jun24 Sep24': the row is read, its cells at
    their periods (it was dropped whole as unreadable)."""
    doc = parse_file(I1RM34)
    quarterly = {f.period.end: f for f in doc.facts if f.id.startswith("history.quarterly.") and f.period}
    assert {end: f.value.text for end, f in quarterly.items() if f.value} == {"2023-09": "1.61", "2023-12": "0.50",
                                                                              "2024-03": "0.21"}
    row = next(s for s in doc.series if s.frequency is not None and s.frequency.value == "quarterly")
    tail = [(p.period_text, p.missing) for p in row.points[-2:]]
    assert tail == [("Jun24", Missing.NEGATIVE_EQUITY), ("Sep24", Missing.DASH)]
    assert not [n for n in doc.notes if n.code == "row_unreadable"]


def test_the_skip_names_the_negative_equity_not_another_negative_input() -> None:
    """Synthetic: the GBSNQ page with a negative net income too: the reason still names the equity it divides by."""
    text = GBSNQ.read_text(encoding="utf-8").replace("was $86.02 Mil.", "was $-86.02 Mil.", 1)
    (check,) = [c for c in audit(parse_text(text, source="x")).checks if c.rule == "gf.calc.prose"]
    assert "Total Stockholders Equity is negative ($-42.92 Mil, line 12)" in check.message
    assert "net income is negative" not in check.message


def test_a_row_cell_printing_the_marker_with_its_percent_sign_is_one_cell() -> None:
    """Synthetic: the I1RM34 row with 'Negative Equity%' (as the headline prints it): still one missing Jun24 cell."""
    text = I1RM34.read_text(encoding="utf-8").replace("0.21 Negative Equity -", "0.21 Negative Equity% -", 1)
    doc = parse_text(text, source="x")
    row = next(s for s in doc.series if s.frequency is not None and s.frequency.value == "quarterly")
    assert [(p.period_text, p.missing) for p in row.points[-2:]] == [("Jun24", Missing.NEGATIVE_EQUITY), ("Sep24", Missing.DASH)]
