"""A quarter's value of a flow's ratio is of another series than the range box's twelve-month values, whatever its unit:
NYSE:TTC's quarterly Days Payable (Oct16 53.81, Jan17 65.80, a seasonal business) lie outside 'Min: 27.7 Max: 48.97'
and gf.range.history warned, where gf.range.current already declined to place the same page's quarterly headline
(round-43 tester vh F2: the history rule set aside only percent terms' quarters). A score's quarterly rows, of
twelve months' data, are still placed."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import is_balance, is_price_dependent, unit_of

TTC = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_DaysPayable_NYSE-TTC.txt"


def test_a_day_counts_quarters_are_not_placed_in_the_range() -> None:
    (history,) = [c for c in checked(TTC) if c.rule == "gf.range.history"]
    assert history.status is Status.PASS
    assert "quarterly cell(s) are not placed: a value of a shorter span is not placed in a range of twelve-month values" \
        in history.message
    (current,) = [c for c in checked(TTC) if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 2]
    assert current.status is Status.SKIP and "a quarter's value is not placed in a range of another series" in current.message


def test_which_terms_quarters_are_set_aside() -> None:
    assert not is_balance("days_payable") and not is_price_dependent("days_payable") and unit_of("days_payable").value == "count"
    assert unit_of("beneish_m_score").value == "score"  # its quarterly rows stay in the range's series
