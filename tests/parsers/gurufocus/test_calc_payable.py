"""The Days Payable paragraphs of 2013-2017 name their input 'payable' ("Toro Co's payable for the three months ended in
Jul. 2017 was $211 Mil"): read as Accounts Payable, the paragraph's arithmetic is checked (round-49 tester u1: it was
left unchecked, and the input stood as a metric of its own, 'payable')."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status

REALPAGES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"

CASES = [
    # (page, edits, the paragraph's line, gf.calc.prose status)
    ("gurufocus_DaysPayable_NYSE-XRX_2017.txt", (), 6, Status.PASS),  # 1,183 / 1,509 x 91.25 = 71.54
    ("gurufocus_DaysPayable_NYSE-TTC.txt", (), 4, Status.PASS),  # 211 / 401 x 91.25 = 48.01..48.13: 48.10
    ("gurufocus_DaysPayable_NAS-XRTX_2013.txt", (), 7, Status.PASS),
    # synthetic: the payable edited to $1,283 Mil gives 77.58, which the printed 71.54 cannot be
    ("gurufocus_DaysPayable_NYSE-XRX_2017.txt", (("payable for the three months ended in Sep. 2017 was $1,183 Mil",
                                                  "payable for the three months ended in Sep. 2017 was $1,283 Mil"),), 6,
     Status.FAIL),
]


@pytest.mark.parametrize(("name", "edits", "line", "expected"), CASES)
def test_a_payable_paragraph_is_worked_out(name: str, edits: tuple[tuple[str, str], ...], line: int, expected: Status) -> None:
    (prose,) = [c for c in checked(REALPAGES / name, *edits) if c.rule == "gf.calc.prose" and c.quoted is not None
                and c.quoted.line == line]
    assert prose.status is expected
    assert [i.name for i in prose.inputs][:1] == ["payable"]


@pytest.mark.parametrize("name", ["gurufocus_DaysPayable_NYSE-XRX_2017.txt", "gurufocus_DaysPayable_NYSE-TTC.txt"])
def test_the_payable_is_accounts_payable(name: str) -> None:
    doc = parsed(REALPAGES / name)
    (payable,) = [f for f in doc.facts if f.context == "statement" and f.label.lower() == "payable"]
    assert payable.metric == "accounts_payable" and payable.period_text
    assert not [f for f in doc.facts if f.metric == "payable"]
