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


PG = REAL / "gurufocus_total-equity_NYSE-PG_2017.txt"
AAPL = REAL / "gurufocus_net-change-in-cash_NAS-AAPL_2017.txt"
EXPL = REAL / "gurufocus_debt-to-asset_XPAR-EXPL.txt"
RDF = REAL / "gurufocus_growth-revenue-per-share_MIL-RDF.txt"


@pytest.mark.parametrize(("page", "subject"), [
    (PG, "total_equity (2017-06, annual)"),  # 55,184.00 (line 15) and '= 120406 - 65222 = 55,184' (line 29)
    (AAPL, "net_change_in_cash (2016-09, annual)"),  # -636.00 (line 15) and '= ... = -636' (line 25)
])
def test_a_formula_result_of_a_term_the_registry_lacks_is_in_the_pages_millions(page: Path, subject: str) -> None:
    """ggn F1: the term's own unit (its headline's '$55,184 Mil') scales the blocks' results, as the registry's do."""
    restated = {c.subject: c.status for c in checked(page) if c.rule == "gf.restated"}
    assert restated[subject] is Status.PASS
    assert Status.FAIL not in restated.values()
    (result, *_) = [f for f in parse_file(page).facts if f.context == "calculation" and f.id.endswith(".result")]
    assert result.value is not None and result.value.scale_factor == Decimal(10) ** 6


def test_a_changed_formula_result_of_such_a_term_still_fails() -> None:
    restated = {c.subject: c.status for c in checked(PG, ("= 120406 - 65222 = 55,184", "= 120406 - 65222 = 55,284"))
                if c.rule == "gf.restated"}
    assert restated["total_equity (2017-06, quarterly)"] is Status.FAIL


def test_a_heading_ending_at_its_period_dates_its_block() -> None:
    """ggn F2: 'Apple Inc's Net Change in Cash for the quarter that ended in Jun. 2017' (line 27, no 'is calculated
    as') makes the block's 3,414 (line 29) the quarter's, a third copy of the quarter's $3,414 Mil."""
    (fact,) = [f for f in parse_file(AAPL).facts if f.context == "calculation" and f.line == 29 and ".result" in f.id]
    assert fact.period is not None and (fact.period.end, fact.period.frequency) == ("2017-06", "quarterly")


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # (24.0 + 83.2) / 445.6 = 0.2406
    (("was 0.24.", "was 0.34."), Status.FAIL),
])
def test_a_label_glued_onto_another_is_read_as_its_own_and_debt_to_asset_recomputed(edit: tuple[str, str] | None,
                                                                                    status: Status) -> None:
    """ggo F2, ggn F4: 'Long-Term Debt & Capital Lease ObligationTotal Assets ... was €445.6 Mil' states Total Assets."""
    doc = parsed(EXPL, *([edit] if edit else []))
    assert [f.value.text for f in doc.facts if f.metric == "total_assets" and f.value] == ["€445.6 Mil"]
    (check,) = [c for c in checked(EXPL, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message


def test_an_abbreviated_label_keeps_its_dots() -> None:
    """ggo F1: 'YoY Rev. per Sh. Growth for the quarter that ended in Dec. 2023 was -128.30%' is the term's statement."""
    (fact,) = [f for f in parse_file(RDF).facts if f.line == 12]
    assert (fact.metric, fact.label) == ("yoy_rev_per_sh_growth", "YoY Rev. per Sh. Growth")


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # (0.358 - 0.445) / |0.445| = -19.55 %
    (("=(0.358-0.445)/ | 0.445 |", "=(0.358-0.445)/ | -0.445 |"), Status.PASS),  # the bars make the sign go
    (("=-19.55 %", "=19.55 %"), Status.FAIL),
])
def test_an_absolute_value_in_a_formula_is_recomputed(edit: tuple[str, str] | None, status: Status) -> None:
    """ggo F3: YoY growth divides by the size of last year's value, between bars."""
    (check,) = [c for c in checked(RDF, *([edit] if edit else [])) if c.rule == "gf.calc.arithmetic"
                and "(A: Dec. 2023 )" in (c.subject or "")]
    assert check.status is status, check.message


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("| 0.445 |", "0.4445", "0.4455"),
    ("| -0.445 |", "0.4445", "0.4455"),
    ("| 0 - 0.5 + 0.1 |", "0.3", "0.5"),  # the interval [-0.5, -0.3]... reaches from 0.3 to 0.5 in size
])
def test_absolute_value_folds_the_interval_at_zero(text: str, lo: str, hi: str) -> None:
    tree = parse_expression([(text, 1)])
    for n in tree.numbers():
        n.exact = n.number.decimals == 0
    iv = tree.evaluate({})
    assert iv.lo <= Decimal(lo) and Decimal(hi) <= iv.hi and iv.lo >= 0
