"""A headline of 0.00 for a month whose ratio's base the page prints as 0 is GuruFocus's 0 for a value it does not
have: ASX:NZO's Days Sales Outstanding 0.00 over the half-year's Revenue of A$0.00 Mil was compared with the range box's
'Current: 114.67' and warned as a disagreement (round-50 tester y2 F1). A base that is not 0 leaves the headline a value."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

NZO = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_days-sales-outstanding_ASX-NZO.txt"
_REVENUE = "Revenue for the six months ended in Dec. 2023 was A$0.00 Mil."
_HEADLINE = "Days Sales Outstanding : 0.00 (As of Dec. 2023)"

CASES = [
    # (edits, the gf.zero_placeholder warning names the base, the headline's month, gf.restated status of that month)
    ((), True, "2023-12", Status.SKIP),
    # synthetic: a revenue that is not 0: the headline's 0.00 is a value, compared with the box as any other
    (((_REVENUE, _REVENUE.replace("A$0.00", "A$10.00")),), False, "2023-12", Status.WARN),
    # synthetic: the headline of another month than the zero revenue's: nothing ties the two, and the headline is
    # compared with the box as a value
    (((_HEADLINE, _HEADLINE.replace("Dec. 2023", "Jun. 2023")),), False, "2023-06", Status.WARN),
]


@pytest.mark.parametrize(("edits", "named", "month", "restated"), CASES, ids=["as-printed", "nonzero-base", "other-month"])
def test_a_zero_over_a_zero_base_is_a_stand_in(edits: tuple[tuple[str, str], ...], named: bool, month: str, restated: Status) -> None:
    checks = checked(NZO, *edits)
    warning = [c for c in checks if c.rule == "gf.zero_placeholder" and c.status is Status.WARN]
    assert any("Revenue, the base it is worked from, is printed as A$0.00 Mil" in c.message for c in warning) is named
    (check,) = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith(f"days_sales_outstanding ({month}")]
    assert check.status is restated, check.message
    assert not any(c.status is Status.FAIL for c in checks)


HKSE_00431 = NZO.with_name("gurufocus_inventory-turnover_HKSE-00431.txt")
_INVENTORIES = "Average Total Inventories for the quarter that ended in Dec. 2023 was HK$0.00 Mil."


@pytest.mark.parametrize(("inventories", "named"), [
    ("HK$0.00 Mil", True),  # an average of the base printed 0: the formula's base is total_inventories (r1 F3)
    ("HK$1.00 Mil", False),  # synthetic: a base that is not 0
])
def test_a_base_printed_as_its_average(inventories: str, named: bool) -> None:
    checks = checked(HKSE_00431, (_INVENTORIES, _INVENTORIES.replace("HK$0.00 Mil", inventories)))
    warned = [c for c in checks if c.rule == "gf.zero_placeholder" and c.status is Status.WARN]
    assert any("Average Total Inventories, the base it is worked from" in c.message for c in warned) is named
