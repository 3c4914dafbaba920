"""A trailing-twelve-months amount against the four quarters, or the two half-years, its page's rows print for it.

GuruFocus's TTM of a flow (revenue, net income, a cash flow) is the sum of the company's last four quarters, or of a
semi-annual reporter's last two half-years ('… adds up the semi-annually data reported by the company within the most
recent 12 months', XBRU:IRIS 2012, round-41 tester wf F2); some pages say such a company gets its latest annual data
instead, which is the sum of the fiscal year's two halves when the TTM's month ends the year. The check is made only
where a quarterly row prints all four quarters ending at the TTM's month, three months apart, or, where no quarterly
row prints any of them, a semi-annual row prints both halves ending at it. A disagreement is a WARN, not a FAIL: the
page prints no formula that ties the two, and a site that took a TTM from an annual report or restated quarters would
print both honestly.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .._checks import compare, fact_interval, normalized_interval, quoted_fact, skipped
from .._interval import Interval
from .._models import CheckResult, Context, Document, Fact, Frequency, Status
from ._audit_common import RULE, facts_by_metric
from ._periods import TTM_HALVES_BACK, TTM_QUARTERS_BACK, months_before

_RULE = f"{RULE}.ttm.sum"

TTM_IS_SUM: frozenset[str] = frozenset({
    "revenue", "cost_of_goods_sold", "gross_profit", "sga", "research_development", "dda", "operating_income", "ebit",
    "ebitda", "interest_expense", "non_operating_income", "pretax_income", "tax_expense", "net_income",
    "net_income_from_continuing_operations", "net_interest_income", "net_interest_income_for_banks",
    "cash_flow_from_operations", "capital_expenditure", "free_cash_flow", "cash_flow_from_investing",
    "cash_flow_from_financing", "cash_flow_for_dividends", "net_change_in_cash", "change_in_working_capital",
    "change_in_receivables", "change_in_inventory", "net_issuance_of_debt", "cash_flow_from_deferred_tax",
    "stock_based_compensation", "other_income_expense",
})
"""Metrics whose twelve months are the sum of their four quarters: amounts that flow over a window. Balances (total
assets), per-share values (a TTM EPS may be the year's income over the year's shares) and ratios are left out."""



def ttm_sums(doc: Document) -> Iterator[CheckResult]:
    """Each TTM amount of a summed flow against the sum of the four quarters its row prints up to the TTM's month."""
    by_metric = facts_by_metric(doc)
    for metric, facts in by_metric.items():
        if metric not in TTM_IS_SUM:
            continue
        quarters = _row_cells(facts, Frequency.QUARTERLY)
        halves = _row_cells(facts, Frequency.SEMI_ANNUAL)
        if not quarters and not halves:
            continue
        copies: dict[str, list[Fact]] = {}
        for f in facts:
            if f.value is not None and f.period is not None and f.period.frequency is Frequency.TTM:
                copies.setdefault(f.period.end[:7], []).append(f)
        for end, ttm in copies.items():
            cells = [quarters.get(months_before(end, k)) for k in TTM_QUARTERS_BACK]
            if all(c is None for c in cells):
                pair = [halves.get(months_before(end, k)) for k in TTM_HALVES_BACK]
                if all(c is not None for c in pair):  # a half-year reporter's TTM: its two halves (wf F2)
                    yield _check(metric, end, ttm, [c for c in pair if c is not None], None, span="half-years")
                continue
            if any(c is None for c in cells):  # said, not silent: the row shows quarters of the window, not all four
                yield _incomplete(metric, end, ttm, cells)
                continue
            later = [quarters.get(months_before(end, k - 3)) for k in TTM_QUARTERS_BACK]  # the window a quarter on
            yield _check(metric, end, ttm, [c for c in cells if c is not None],
                         [c for c in later if c is not None] if all(c is not None for c in later) else None)


def _row_cells(facts: list[Fact], frequency: Frequency) -> dict[str, Fact]:
    """The history row cells of ``frequency`` with a value, by their month."""
    return {f.period.end[:7]: f for f in facts
            if f.context is Context.HISTORY and f.value is not None and f.period is not None and f.period.frequency is frequency}


def _reference(ttm: list[Fact]) -> Fact:
    """The most precise TTM copy, the first of equals (the restated rule compares the copies)."""
    return max(ttm, key=lambda f: (f.value.decimals if f.value else 0, -f.line))


def _incomplete(metric: str, end: str, ttm: list[Fact], cells: list[Fact | None]) -> CheckResult:
    """A skip naming the quarters of the TTM's window the row does not print (a '-', a hidden or a missing column)."""
    missing = [months_before(end, k) for k, c in zip(TTM_QUARTERS_BACK, cells, strict=True) if c is None]
    ref = _reference(ttm)
    return skipped(_RULE, f"{metric} ({end}, ttm)", f"the quarterly row prints no value for {', '.join(missing)}, so the "
                   "four quarters of the TTM's window cannot be summed", quoted=quoted_fact(ref),
                   inputs=[quoted_fact(c) for c in cells if c is not None])


def _sum(cells: list[Fact]) -> Interval:
    total = Interval.exact(Decimal(0))
    for c in cells:
        total = total + fact_interval(c)
    return total


def _check(metric: str, end: str, ttm: list[Fact], cells: list[Fact], later: list[Fact] | None,
           span: str = "quarters") -> CheckResult:
    """The most precise TTM copy against the sum of its four quarters (or two half-years: ``span``); ``later``: the
    four quarters a quarter on, where the row prints them, which a disagreement names when they give the TTM."""
    ref = _reference(ttm)
    assert ref.value is not None
    subject = f"{metric} ({end}, ttm)"
    one = "half-year" if span == "half-years" else "quarter"
    inputs = [quoted_fact(c, f"{c.label} {c.period.end if c.period else ''} ({one})") for c in cells]
    currencies = {n.currency for n in (ref.value, *(c.value for c in cells)) if n is not None and n.currency}
    if len(currencies) > 1:
        return skipped(_RULE, subject, f"the TTM and its quarters are in different currencies ({', '.join(sorted(currencies))})",
                       quoted=quoted_fact(ref, subject), inputs=inputs)
    total = _sum(cells)
    summed = " + ".join(c.value.text for c in cells if c.value is not None)
    first, last = (c.period.end if c.period else "?" for c in (cells[0], cells[-1]))
    result = compare(_RULE, subject, ref.value, ref.line, total, inputs, derivation=f"{summed}, the {span} {first} to {last}",
                     fact_id=ref.id, normalized=True, fail_status=Status.WARN)
    if result.status is Status.WARN:
        if later is not None and normalized_interval(ref.value).intersects(_sum(later)):  # round-34 ghv F1, 3 pages of 3
            shown = " + ".join(c.value.text for c in later if c.value is not None)
            reason = (f"not a proof, but the four quarters a quarter on give it ({shown}, to "
                      f"{later[-1].period.end if later[-1].period else '?'}): the page dates its TTM a quarter before "
                      "the data it sums")
        elif (formula := next((f for f in ttm if f.context is Context.TTM), None)) is not None:
            # a page that prints the TTM's own sum was said to print none (round-40 tester gvb F4); its dated addends are
            # facts of their quarters, which gf.restated compares with the row's cells (second read 1)
            reason = (f"not a proof against the TTM: the page's own formula (line {formula.line}) adds its quarters "
                      "(gf.calc.sum checks that sum, and gf.restated each dated addend against the row's cell); the "
                      "row may hold quarters restated since")
        else:
            reason = (f"not a proof: the page prints no formula tying the TTM to its {span}, and a site may take a TTM "
                      f"from an annual report or from {span} restated since")
        result = result.model_copy(update={"message": f"{result.message}; {reason}", "reason": reason})
    return result

