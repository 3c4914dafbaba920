"""gf.days.turnover: a day count and its turnover stated for one period multiply to that period's days (round-49
tester u4: a Days Inventory page's 'Inventory Turnover for the three months ended in Dec. 2023 was 2.09' was read and
never checked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import QuotecheckParseError, Status, audit, parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GRTRK = REAL / "gurufocus_days-inventory_IST-GRTRK.txt"
_TURNOVER = "Inventory Turnover for the three months ended in Dec. 2023 was 2.09."
RULE = "gf.days.turnover"

CASES = [
    # (edits, status): 43.60 x 2.09 = [90.90, 91.35], which holds 91.25
    ((), Status.PASS),
    # synthetic: a turnover of 2.19 gives [95.24, 95.72]: no quarter of GuruFocus's 91.25 days; a warning, no proof
    (((_TURNOVER, _TURNOVER.replace("2.09", "2.19")),), Status.WARN),
    # synthetic: the turnover of another quarter is no partner of Dec. 2023's day count
    (((_TURNOVER, _TURNOVER.replace("Dec. 2023", "Sep. 2023")),), None),
    # synthetic: the turnover of the fiscal year is of another span
    (((_TURNOVER, _TURNOVER.replace("three months", "fiscal year")),), None),
]


@pytest.mark.parametrize(("edits", "expected"), CASES)
def test_a_day_count_times_its_turnover_is_the_periods_days(edits: tuple[tuple[str, str], ...], expected: Status | None) -> None:
    assert _TURNOVER in GRTRK.read_text(encoding="utf-8")
    found = [c for c in checked(GRTRK, *edits) if c.rule == RULE]
    if expected is None:
        assert found == []
        return
    (check,) = found
    assert check.status is expected
    assert check.quoted is not None and check.quoted.line == 12 and [q.line for q in check.inputs] == [32]
    assert "91.25" in check.message
    if expected is Status.WARN:
        assert "not a proof" in (check.reason or "")


def test_every_real_pair_multiplies_to_its_periods_days() -> None:
    """The real pages' pairs (Days Inventory and Inventory Turnover pages of 2017 to 2025, quarters and half-years):
    none misses, so the rule is not vacuous and warns on none of them."""
    statuses = []
    for page in sorted(REAL.glob("*.txt")):
        try:
            checks = audit(parse_file(page)).checks
        except QuotecheckParseError:
            continue
        statuses += [c.status for c in checks if c.rule == RULE]
    assert len(statuses) >= 4 and set(statuses) == {Status.PASS}
