"""gf.balance.frequencies: a balance's annual and quarterly history cells of one date are one quantity."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import QuotecheckParseError, Status, audit, parse_file
from quotecheck.parsers._metrics import is_balance

from ..page_edits import checked

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PG = REAL / "gurufocus_total-equity_NYSE-PG_2017.txt"
RULE = "gf.balance.frequencies"


def _balance_checks(checks: list) -> dict[str, Status]:
    return {c.subject: c.status for c in checks if c.rule == RULE}


def test_the_real_page_rows_agree_at_both_shared_dates() -> None:
    assert _balance_checks(audit(parse_file(PG)).checks) == {
        "total_equity (2016-06, annual and quarterly rows)": Status.PASS,
        # the sentence 'Total Equity for the quarter that ended in Jun. 2017 was $55,184 Mil' is a third copy (round 49)
        "total_equity (2017-06, annual and quarterly figures)": Status.PASS,
    }


# P&G's quarterly row prints 'Total Equity 57,341.00 58,262.00 …', Jun16 first; its annual row ends '57,341.00 55,184.00'.
@pytest.mark.parametrize(("edit", "warned"), [
    (("Total Equity 57,341.00 58,262.00", "Total Equity 57,314.00 58,262.00"), "total_equity (2016-06, annual and quarterly rows)"),
    (("53,840.00 55,184.00", "53,840.00 55,148.00"), "total_equity (2017-06, annual and quarterly figures)"),
])
def test_a_cell_that_differs_from_its_other_row_warns_never_fails(edit: tuple[str, str], warned: str) -> None:
    checks = checked(PG, edit)
    found = _balance_checks(checks)
    assert found[warned] is Status.WARN
    assert [s for subject, s in found.items() if subject != warned] == [Status.PASS]
    message = next(c.message for c in checks if c.subject == warned)
    assert "Not a proof" in message and "is contradicted on line(s)" in message


def test_only_balances_are_compared_across_frequencies() -> None:
    pages = sorted(REAL.glob("*.txt"))
    seen = 0
    for page in pages:
        try:
            doc = parse_file(page)
        except QuotecheckParseError:  # pages the parser refuses are other tests' business
            continue
        for c in audit(doc).checks:
            if c.rule == RULE:
                seen += 1
                metric = c.subject.split(" (", 1)[0]
                assert is_balance(metric), f"{page.name}: {c.subject}"
                assert c.status is not Status.FAIL
    assert seen >= 10  # the real pages hold such pairs: the rule is not vacuous


def test_net_cash_per_share_is_a_balance() -> None:
    """Net cash (cash less total liabilities) per share at a date: its annual and quarterly cells of one date state one
    quantity (round-46 tester tp F1: OSTO:XCT's Dec12 -9.90 and -9.26 went unchecked, the metric being unregistered)."""
    assert is_balance("net_cash_per_share")


def test_rows_of_zero_filler_are_no_balance_printed_twice() -> None:
    """NAS:CSCO 2017: 'Net Cash per Share 0.00 0.00 0.00 0.00 0.00' annual and quarterly rows are GuruFocus's filler:
    two zeros of one date agree, but no balance is stated, so no check passes on them."""
    checks = [c for c in audit(parse_file(REAL / "gurufocus_netcash_per_share_NAS-CSCO_2017.txt")).checks if c.rule == RULE]
    assert checks == []


SHSE_601229 = REAL / "gurufocus_bs-share_SHSE-601229.txt"
_QUARTERLY = "quarterly shares outstanding declined from Dec. 2024 (17,912 Mil)"


@pytest.mark.parametrize(("edits", "expected"), [
    # round-49 tester v1 M1: the quarterly sentence's Dec. 2024 17,912 Mil against the annual sentence's and row's
    # 16,361; the quarterly row, which would have been compared, is cut off
    ((), Status.WARN),
    # synthetic: the quarterly sentence prints the annual's count
    (((_QUARTERLY, "quarterly shares outstanding declined from Dec. 2024 (16,361 Mil)"),), Status.PASS),
])
def test_a_sentence_of_another_frequency_is_a_copy_of_the_balance(edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    assert _QUARTERLY in SHSE_601229.read_text(encoding="utf-8")
    checks = [c for c in checked(SHSE_601229, *edits) if c.rule == RULE]
    (dec24,) = [c for c in checks if c.subject == "shares_outstanding_eop (2024-12, annual and quarterly figures)"]
    assert dec24.status is expected
    assert sorted(q.line for q in [*dec24.inputs, *([dec24.quoted] if dec24.quoted else [])]) == [14, 16, 33]
    if expected is Status.WARN:
        assert "is contradicted on line(s) 14" in dec24.message and "Not a proof" in dec24.message
    assert is_balance("shares_outstanding_eop")  # a count at the period's end, as Total Assets is an amount at it
