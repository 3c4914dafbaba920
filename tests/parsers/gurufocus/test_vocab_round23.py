"""Round 23: the stacked formula block whose name stands alone on its line (round-22 ggk F4).

NZSE:NZL's ROC % page (2024) prints 'ROC % (A: Dec. 2023 )' on a line of its own, then each step on a line opening
with '=', the tax rate inside the substituted step as '-4.66%' and the result as 3.71, the number of percent, without
'%'. The block was not read at all. The real page ends inside the block's last line; the synthetic variants continue
it with the page's footnote (page_edits)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status, parse_file
from quotecheck.parsers._expr import parse_expression

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
NZL = REAL / "gurufocus_roc_NZSE-NZL_2024.txt"
CONTINUED = ("=3.71 ", "=3.71 \n\n* For Operating Data section: All numbers are indicated by the unit behind each term.\n")


def test_the_name_line_block_is_read_with_its_names_and_constants() -> None:
    (calc,) = parsed(NZL, CONTINUED).calculations
    assert (calc.name, calc.metric, calc.result.text if calc.result else None, calc.result_line) == (
        "ROC % (A: Dec. 2023 )", "roc", "3.71", 46)
    first = next(s for s in calc.steps if not s.symbolic)
    named = [(o.name, o.number.text, o.number.exact) for o in first.operands]
    assert named == [("Operating Income", "13.451", False), ("1", "1", True), ("Tax Rate %", "-4.66%", False),
                     ("Invested Capital (A: Jun. 2022 )", "318.571", False),
                     ("Invested Capital (A: Dec. 2023 )", "441.301", False), ("count", "2", True)]
    periods = {f.label: f.period.end if f.period else None for f in parsed(NZL, CONTINUED).facts if f.context == "calculation"}
    assert periods["Invested Capital (A: Jun. 2022 )"] == "2022-06"
    assert periods["Invested Capital (A: Dec. 2023 )"] == "2023-12"


@pytest.mark.parametrize(("edits", "status"), [
    ((CONTINUED,), Status.PASS),  # 13.451 * 1.0466 / 379.936 = 3.7053 %, printed 3.71
    ((CONTINUED, ("=3.71 ", "=3.91 ")), Status.FAIL),
    ((CONTINUED, ("( 1 - -4.66% )/( (318", "( 1 - 4.66% )/( (318")), Status.FAIL),  # 3.3749 %, not 3.71
])
def test_the_block_is_recomputed_with_its_percent_operand_and_result(edits: tuple[tuple[str, str], ...],
                                                                      status: Status) -> None:
    (check,) = [c for c in checked(NZL, *edits) if c.rule == "gf.calc.arithmetic"]
    assert check.status is status, check.message


def test_the_real_page_cut_inside_the_block_is_not_checked() -> None:
    (check,) = [c for c in checked(NZL) if c.rule == "gf.calc.arithmetic"]
    assert check.status is Status.SKIP
    assert "cut off" in (check.reason or "")


def test_periods_printed_on_lines_of_their_own_give_worded_names_no_period() -> None:
    """CAI:ENGC's ROCE block prints its operands' span tags on the lines under each step: the names of several words
    are not paired there, as pairing them would date both Capital Employed copies Dec. 2023 (a false restated FAIL)."""
    doc = parse_file(REAL / "gurufocus_roce_CAI-ENGC.txt")
    assert not [f for f in doc.facts if f.context == "calculation" and f.metric == "total_assets"]
    assert not [c for c in checked(REAL / "gurufocus_roce_CAI-ENGC.txt") if c.status is Status.FAIL]


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1 - 4.66%", "0.95335", "0.95345"),
    ("1 - -4.66%", "1.04655", "1.04665"),
    ("50%", "0.495", "0.505"),
])
def test_a_number_printed_with_percent_in_an_expression_is_a_fraction(text: str, lo: str, hi: str) -> None:
    tree = parse_expression([(text, 1)])
    tree.numbers()[0].exact = True  # the '1' of (1 - x)
    iv = tree.evaluate({})
    if text == "50%":
        iv = parse_expression([(text, 1)]).evaluate({})
    assert (iv.lo, iv.hi) == (Decimal(lo), Decimal(hi))
