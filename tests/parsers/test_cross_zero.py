"""A copy printed 0 is no proof against another page's value of the same day: GuruFocus prints 0 for a value it does
not have, and its page may say so only by a blank beside it (TSX:CM.PR.R.PFD's book value C$0.00 under a PB Ratio
'of today is .', round-47 tester tx F1, audited beside a copy that printed C$14.97). Two non-zero copies still fail."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quotecheck.parsers import Status
from quotecheck.parsers._audit import CrossFact, check_group

KEY = ("CM.PR.R.PFD.TSX", "book_value_per_share", "2024-10", "quarterly", "currency_per_share", "")


def _copy(text: str, path: str) -> CrossFact:
    value = Decimal(text)
    half = Decimal("0.005")
    return CrossFact(KEY, value - half, value + half, 2, f"C${text}", text, "2024-12-12", path, 12, "calculation",
                     "Book Value per Share")


@pytest.mark.parametrize(("first", "second", "status"), [
    ("0.00", "14.97", Status.WARN), ("14.97", "0.00", Status.WARN), ("13.97", "14.97", Status.FAIL),
    ("14.97", "14.97", Status.PASS),
])
def test_a_zero_copy_is_no_proof_across_pages(first: str, second: str, status: Status) -> None:
    result = check_group([_copy(first, "a.txt"), _copy(second, "b.txt")])
    assert result is not None and result.status is status
    if status is Status.WARN:
        assert "prints 0, which GuruFocus prints for a value it does not have" in (result.reason or "")
