"""A printed formula's own constants are exact: 'Days in Period' printed 365, and the '/ 4' quarters a year that the
quarter's step writes out where its symbolic form names nothing (gfh finding 4, real page ADVS).

Each check is shown to pass on the page as printed and to FAIL when its printed result moves by a few hundredths
(a move the rounded constants, about 26% wide, had let pass). The variants edit the real page inside the test.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text
from quotecheck.parsers._models import CheckResult, Document

ADVS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_DaysSalesOutstanding_ADVS.txt"
QUARTER = "= 62.495 / 103.264 * 365 / 4 = 55.22"
YEAR = "= 61.87 / 396.82 * 365 = 56.91"


def _doc(old: str = "", new: str = "") -> Document:
    text = ADVS.read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return parse_text(text, source=str(ADVS))


def _arithmetic(doc: Document, line: int) -> CheckResult:
    (check,) = [c for c in audit(doc).checks if c.rule == "gf.calc.arithmetic" and c.quoted and c.quoted.line == line]
    return check


@pytest.mark.parametrize("line", [18, 22], ids=["year-365", "quarter-365-over-4"])
def test_the_days_constants_are_exact_so_the_check_is_as_narrow_as_the_inputs(line: int) -> None:
    check = _arithmetic(_doc(), line)
    assert check.status == "pass" and check.recomputed is not None
    assert Decimal(check.recomputed.hi) - Decimal(check.recomputed.lo) < Decimal("0.02")


@pytest.mark.parametrize(("old", "new", "line"), [
    (QUARTER, QUARTER.replace("55.22", "55.30"), 22),
    (QUARTER, QUARTER.replace("55.22", "49.50"), 22),
    (YEAR, YEAR.replace("56.91", "56.98"), 18),
], ids=["quarter-55.30", "quarter-49.50", "year-56.98"])
def test_a_result_the_exact_days_cannot_give_fails(old: str, new: str, line: int) -> None:
    assert _arithmetic(_doc(old, new), line).status == "fail"


def _operands(doc: Document, line: int) -> list[tuple[str | None, str, bool]]:
    (calc,) = [c for c in doc.calculations if c.result_line == line]
    step = next(s for s in calc.steps if not s.symbolic)
    return [(o.name, o.number.text, o.number.exact) for o in step.operands]


def test_the_named_inputs_stay_rounded_and_the_unnamed_quarters_are_exact() -> None:
    assert _operands(_doc(), 22) == [("Account Receivable", "62.495", False), ("Revenue", "103.264", False),
                                     ("Days in Period", "365", True), (None, "4", True)]


@pytest.mark.parametrize(("old", "new", "exact"), [
    (QUARTER, "= 62.495 / 103.264 * 365 / 3 = 73.63", [False, False, True, False]),  # 3 is no constant of the formula
    (QUARTER, "= 62.495 / 103.264 / 4 * 365 = 55.22", [False, False, False, False]),  # the operators do not line up
    (QUARTER, "= 62.495 / 103.264 * 91 = 55.07", [False, False, False]),  # 91 is 91.25 rounded, not a constant
], ids=["not-a-constant", "other-order", "rounded-days"])
def test_only_a_constant_in_an_unnamed_position_or_a_constant_operand_is_exact(old: str, new: str, exact: list[bool]) -> None:
    """Synthetic variants of the real page's line 22."""
    assert [e for _, _, e in _operands(_doc(old, new), 22)] == exact


def test_account_receivable_is_the_registrys_receivables() -> None:
    facts = {(f.line, f.metric, f.value.text) for f in _doc().facts if f.value is not None and f.metric == "receivables"}
    assert {(18, "receivables", "61.87"), (22, "receivables", "62.495")} <= facts
