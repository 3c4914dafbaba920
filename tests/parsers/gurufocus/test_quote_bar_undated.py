"""The e-mail alert quote bar ('… | PB Ratio : 2.99 |') is computed by GuruFocus apart from the page and printed
without a date, like the range's Current: a copy that differs from today's worked-out value is a WARN, never a FAIL
(round-41 tester wk F1: HKSE:00700 2022's 2.99 beside its paragraph's 299.60 / 99.82 = 3.00 failed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_Book-Value-Per-Share_HKSE-00700_2022.txt"


@pytest.mark.parametrize(("edits", "status"), [
    ((), Status.WARN),
    ((("| PB Ratio : 2.99 |", "| PB Ratio : 3.00 |"),), Status.PASS),
    # the paragraph's own result that its inputs cannot give is still a proof, the bar aside
    ((("today's PB Ratio of Tencent Holdings is 3.00", "today's PB Ratio of Tencent Holdings is 3.10"),), Status.FAIL),
])
def test_the_quote_bar_is_an_undated_copy(edits: tuple[tuple[str, str], ...], status: Status) -> None:
    found = [c for c in checked(PAGE, *edits) if (c.rule in ("gf.restated", "gf.calc.prose") and "pb_ratio" in (c.subject or ""))
             or (c.rule == "gf.calc.prose" and "PB Ratio" in (c.subject or ""))]
    assert status in [c.status for c in found], [(c.rule, c.status, c.message[:120]) for c in found]
    assert Status.FAIL not in [c.status for c in found] or status is Status.FAIL
