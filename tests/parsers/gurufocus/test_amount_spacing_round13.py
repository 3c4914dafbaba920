"""Amounts the value patterns had dropped without a note (round-13 tester gfl): a space between the currency sign and
the number ('円 -3 Mil'), and the Omani rial and Sri Lankan rupee signs. Real pages; the edits are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_file
from quotecheck.parsers._numbers import parse_number

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


def test_an_amount_with_a_space_after_its_sign_is_read() -> None:
    """TSE:6905 line 12: 'interest expense for the three months ended in Feb. 2024 was 円 -3 Mil'; line 14 '円 1,772 Mil'."""
    doc = parse_file(REAL / "gurufocus_interest-expense_TSE-6905.txt")
    got = {(f.line, f.metric, f.value.text, f.currency) for f in doc.facts if f.value is not None and f.line in (12, 14)
           and f.metric in ("interest_expense", "operating_income")}
    assert (12, "interest_expense", "円 -3 Mil", "JPY") in got and (14, "operating_income", "円 1,772 Mil", "JPY") in got


@pytest.mark.parametrize(("text", "currency"), [("ر.ع1.17", "OMR"), ("ر.ع 0.31", "OMR"), ("රු12.50", "LKR")])
def test_omani_and_sri_lankan_signs_are_currencies(text: str, currency: str) -> None:
    number = parse_number(text)
    assert number is not None and number.currency == currency


def test_days_sales_outstanding_in_omani_rials_is_recomputed() -> None:
    """MUS:GISI: average receivables ر.ع1.17 Mil and revenue ر.ع0.31 Mil for the quarter give 344.33 days."""
    checks = audit(parse_file(REAL / "gurufocus_dso_MUS-GISI.txt")).checks
    assert [c.status for c in checks if c.rule == "gf.calc.prose"] == [Status.PASS]
