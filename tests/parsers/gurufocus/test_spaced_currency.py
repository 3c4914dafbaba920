"""Round-19 ggb F-2: XKLS:5318 prints the ringgit with a space ('RM -2 Mil', 'RM 135 Mil') one sentence from 'RM-10 Mil'.
The spaced amounts were not read, so Interest Coverage 62.21 went unchecked ('printed in a form the reader does not
know'); now it is recomputed, and an edited input FAILs.

Synthetic variants are the real fixture page with one printed number edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_interest-expense_XKLS-5318.txt"


def test_the_spaced_amounts_are_facts_in_ringgit() -> None:
    amounts = {f.value.text: f.currency for f in parse_file(PAGE).facts if f.value is not None and f.line in (12, 14)}
    assert amounts.get("RM -2 Mil") == amounts.get("RM 135 Mil") == "MYR"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("Operating Income for the three months ended in Feb. 2025 was RM 135 Mil",
      "Operating Income for the three months ended in Feb. 2025 was RM 235 Mil"), Status.FAIL),
])
def test_interest_coverage_is_recomputed_from_the_spaced_amounts(edit: tuple[str, str] | None, status: Status) -> None:
    (coverage,) = [c for c in checked(PAGE, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert coverage.status is status, coverage.message
