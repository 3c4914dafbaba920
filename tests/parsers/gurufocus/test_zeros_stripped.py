"""A bare integer among the decimals of one formula step is as precise as they are (round-36 testers gqx F1, gij F1).

GuruFocus strips the trailing zeros of a formula line's values: Puration's '=0.184+1 … =0.322+0 =1.51' and a Beneish
M-Score's '0.92 * 1+0.528 * 1+…' (an index it sets to 1). Read as printed, each bare integer stood for anything within
0.5 of it, and a result anywhere in 0.505..2.507 (or -3.17..-1.72) passed. The edits below are synthetic, made from
the real pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status
from quotecheck.parsers._expr import parse_expression
from quotecheck.parsers._models import Calculation, Operand, Step
from quotecheck.parsers.gurufocus._audit_calculations import numeric_steps

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PURA = REAL / "gurufocus_total-current-liabilities_PURA.txt"
MSCORE = REAL / "gurufocus_mscore_SZSE-002736.txt"


def _arithmetic(page: Path, *edits: tuple[str, str]) -> list[Status]:
    return [c.status for c in checked(page, *edits) if c.rule == "gf.calc.arithmetic"]


@pytest.mark.parametrize(("page", "edit"), [
    (PURA, ("=1.51\n", "=2.41\n")),  # 0.184 + 1 + 0.322 + 0 = 1.506
    (MSCORE, ("=-2.37\n", "=-1.75\n")),  # the printed indices give -2.3727
], ids=["sum", "m-score"])
def test_a_result_its_stripped_inputs_cannot_give_fails(page: Path, edit: tuple[str, str]) -> None:
    assert _arithmetic(page) == [Status.PASS]
    assert _arithmetic(page, edit) == [Status.FAIL]


@pytest.mark.parametrize(("text", "names", "places"), [
    ("0.184+1 +0.322+0", None, [None, 3, None, 3]),  # unnamed (a stacked sum): the least precise decimal of the step
    ("1.3422 * 1 + 1.001", None, [None, 3, None]),  # an index set to 1 beside others of 3 and 4 decimals
    ("(70492 - 63681) / 4983.00", None, [None, None, None]),  # '4983.00' keeps its zeros: the integers are as printed
    ("(1699 + 4799) / 14486", None, [None, None, None]),  # no decimals to take a precision from
    ("871.015 / 2", None, [None, 3]),
    # NYSE:JNJ 2016 prints 'Days in Period' 91 for 91.25: a constant the form names is left as printed, and so is an
    # unnamed day count (round-36 second read: '11699.12 / 18106.37 * 91 = 58.96' failed)
    ("11699.12 / 18106.37 * 91", [("Account Receivable", "receivables"), ("Revenue", "revenue"), ("Days in Period", None)],
     [None, None, None]),
    ("11699.12 / 18106.37 * 91", None, [None, None, None]),
    ("0.92 * 1 + 0.528 * 1.0335", [("0.92", None), ("DSRI", "dsri"), ("0.528", None), ("GMI", "gmi")],
     [None, 4, None, None]),  # a named input (its metric) is a value; the constant 0.92 beside it is no integer
], ids=["sum", "least-precise", "zeros-kept", "integers-only", "divisor", "named-day-count", "unnamed-day-count",
        "named-index"])
def test_which_integers_take_their_siblings_precision(text: str, names: list[tuple[str, str | None]] | None,
                                                      places: list[int | None]) -> None:
    tree = parse_expression([(text, 1)])
    nums = tree.numbers()
    pairs = names or [(None, None)] * len(nums)
    operands = [Operand.model_construct(name=name, metric=metric, line=1, period_hint=None,  # a constant the form prints
                                        number=num.number.model_copy(update={"exact": name == num.number.text}))  # is exact
                for (name, metric), num in zip(pairs, nums, strict=True)]
    step = Step.model_construct(symbolic=False, tree=tree, operands=operands, lines=[1], text=text)  # as a page holds it
    [(node, _, _)] = numeric_steps(Calculation.model_construct(steps=[step]))
    assert node is not None
    assert [n.places for n in node.numbers()] == places
