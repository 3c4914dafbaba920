"""Round-20 testers (gge 2): a paragraph's input under the site's newer, longer wording is the same input. Apple's
2022 Return-on-Tangible-Equity paragraph prints 'annualized net income attributable to common stockholders', which
the recomputation did not know, so it skipped the check as 'net_income not stated with a number'.

Synthetic variants are the real fixture page with one printed number edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

ROTE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_ROTE_AAPL_2022.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # $100,040 Mil / $69,666 Mil = 143.60%
    (("Return-on-Tangible-Equity for the quarter that ended in Mar. 2022 was 143.60%",
      "Return-on-Tangible-Equity for the quarter that ended in Mar. 2022 was 134.60%"), Status.FAIL),
])
def test_the_common_stockholders_wording_is_the_net_income_input(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(ROTE, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message
    assert "100,040" in check.message
