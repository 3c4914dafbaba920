"""A formula whose name stands alone on its line without a span tag (the 2013-2014 layout; round-34 tester ghr F3).

Real page NAS:MSFT 2014 (fixtures/gurufocus/realpages/gurufocus_ChangeInReceivables_NAS-MSFT_2014.txt), lines 30-33:
'Days Sales Outstanding' / '=Account Receivable/Revenue*Days in Period' / '=15986/24519*91' / '=59.33'. The edited
variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Frequency, Status, audit, parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_ChangeInReceivables_NAS-MSFT_2014.txt"


@pytest.mark.parametrize(("edits", "expected"), [
    ((), [Status.PASS]),                                  # 15986 / 24519 x 91 = 59.3306
    ((("=59.33", "=58.33"),), [Status.FAIL]),             # a result its inputs cannot give
    ((("=15986/24519*91", "=15986/24519*92"),), [Status.FAIL]),
    # no substituted step under the symbolic one: a short line above an '=' line may be prose, not a formula's name
    ((("=15986/24519*91\n=59.33", "where the days are 91"),), []),
])
def test_a_bare_named_block_is_read_and_recomputed(edits: tuple[tuple[str, str], ...], expected: list[Status]) -> None:
    assert [c.status for c in checked(PAGE, *edits) if c.rule == "gf.calc.arithmetic"] == expected


def test_the_results_period_is_its_headings() -> None:
    """'Microsoft Corporation's Days Sales Outstanding for the quarter that ended in Dec. 2013 is calculated as:'"""
    doc = parsed(PAGE)
    [calc] = [c for c in doc.calculations if c.name == "Days Sales Outstanding"]
    assert calc.result is not None and calc.result.text == "59.33" and calc.result_line == 33
    [fact] = [f for f in doc.facts if f.context == "calculation" and f.line == 33]
    assert fact.period is not None and (fact.period.end, fact.period.frequency) == ("2013-12", Frequency.QUARTERLY)


BHP = PAGE.with_name("gurufocus_interest_coverage_NYSE-BHP_2015.txt")


def test_a_number_the_pages_end_cuts_inside_a_formula_step_is_no_fact() -> None:
    """Round-34 tester ghx F4: NYSE:BHP 2015's capture ends at '=-1*8670/-4' of '-418'; the check was skipped, but -4
    was exported as the fact calc.interest_coverage.interest_expense."""
    doc = parse_text(BHP.read_text(encoding="utf-8"), source=str(BHP))
    cut = [f for f in doc.facts if f.metric == "interest_expense" and f.value and f.value.text == "-4"]
    assert doc.truncated and not cut
    [calc] = [c for c in audit(doc).checks if c.rule == "gf.calc.arithmetic" and c.subject == "Interest Coverage (line 45)"]
    assert calc.status is Status.SKIP and calc.reason == "the page is cut off inside this formula"


@pytest.mark.parametrize(("last", "kept"), [("=-1*8670/-4", ""), ("+2201+12", "+2201+"), ("=15986", "")])
def test_the_number_a_cut_step_ends_with_is_taken_off(last: str, kept: str) -> None:
    """A formula step, or its '+'/'-' continuation (the second read of round 34), cut by the page's end inside a number.
    A step that begins with '=' goes whole (round 47: '=-10.49' left of '=-10.49 %*1.6786' was read as the formula's
    result); a continuation keeps its numbers before the cut, which a sum reads as cut (gf.calc.sum's skip)."""
    from quotecheck.parsers.gurufocus._lines import _without_cut_number

    assert _without_cut_number(("Interest Coverage", last)) == ("Interest Coverage", kept)
