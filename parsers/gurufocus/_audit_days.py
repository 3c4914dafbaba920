"""A number of days and its turnover of one period: their product is the period's days (the day count is checked
against the days the turnover implies, the period's days over it).

GuruFocus's Days Inventory is average inventory / cost of goods sold x the period's days, and its Inventory Turnover
cost of goods sold / average inventory, so the two statements of one period multiply to its days: 365 a year, 182.5 a
half-year, 91.25 a quarter (``DAYS_IN_PERIOD``). A Days Inventory page prints the turnover in a paragraph of its own,
apart from the inputs, so no formula check reads it (round-49 tester u4: 'Days Inventory for the three months ended in
Dec. 2023 was 43.60' and 'Inventory Turnover for the three months ended in Dec. 2023 was 2.09', IST:GRTRK; the 16 such
pairs of the real pages read all multiply to their period's days). A product that misses them is a warning, never a
proof: the page does not say that both are worked from the same inventory and cost of goods sold.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._checks import number_interval, passed, quoted_fact, skipped, warned
from .._errors import ZeroDivisor
from .._interval import Interval
from .._models import CheckResult, Context, Document, Fact, Frequency
from ._audit_common import RULE, facts_by_metric
from ._labels import DAYS_IN_PERIOD

_RULE_ID = f"{RULE}.days.turnover"

DAYS_AND_TURNOVERS: tuple[tuple[str, str], ...] = (("days_inventory", "inventory_turnover"),)
"""A day count and the turnover of the same quantity: days x turnover = the period's days."""

_NOT_A_PROOF = ("not a proof: the page does not say that both are worked from the same inventory and cost of goods sold "
                "(an average or a period-end inventory)")


def days_and_turnovers(doc: Document) -> Iterator[CheckResult]:
    """Each period whose day count and turnover the page states in sentences: their product holds the period's days."""
    by_metric = facts_by_metric(doc)
    for days_metric, turnover_metric in DAYS_AND_TURNOVERS:
        days, turnovers = _stated(by_metric.get(days_metric, ())), _stated(by_metric.get(turnover_metric, ()))
        for (end, frequency), day_count in days.items():
            turnover = turnovers.get((end, frequency))
            if turnover is not None:
                yield _product(day_count, turnover, end, frequency)


def _stated(facts: tuple[Fact, ...] | list[Fact]) -> dict[tuple[str, Frequency], Fact]:
    """The sentences' values by period (end, frequency), of a span whose days are known; the first of each."""
    out: dict[tuple[str, Frequency], Fact] = {}
    for f in facts:
        period = f.period
        if f.context is Context.STATEMENT and f.value is not None and period is not None and period.end \
                and period.frequency in DAYS_IN_PERIOD:
            out.setdefault((period.end, period.frequency), f)
    return out


def _product(days: Fact, turnover: Fact, end: str, frequency: Frequency) -> CheckResult:
    """The day count against the period's days over the turnover: the days the turnover implies (a PASS's interval is
    of the quoted quantity, as every rule's is)."""
    assert days.value is not None and turnover.value is not None
    constant = DAYS_IN_PERIOD[frequency]
    span = frequency.value.replace("_", "-")
    subject = f"{days.label} x {turnover.label} ({end}, {frequency.value})"
    quoted, inputs = quoted_fact(days), [quoted_fact(turnover)]
    try:
        implied = Interval.exact(constant) / number_interval(turnover.value)
    except ZeroDivisor:
        return skipped(_RULE_ID, subject, f"{turnover.label} {turnover.value.text} (line {turnover.line}) may be 0 "
                       "within its printed precision: it implies no number of days", quoted=quoted, inputs=inputs)
    said = (f"{days.label} {days.value.text} (line {days.line}) against {constant} (the days of a {span} period) / "
            f"{turnover.label} {turnover.value.text} (line {turnover.line}) = {implied.fmt()}")
    if number_interval(days.value).intersects(implied):
        return passed(_RULE_ID, subject, f"{said}: they agree", quoted=quoted, inputs=inputs, recomputed=implied)
    reason = f"a {span} period has {constant} days as GuruFocus counts them; {_NOT_A_PROOF}"
    return warned(_RULE_ID, subject, f"{said}: they disagree; {reason}", quoted=quoted, inputs=inputs, recomputed=implied,
                  reason=reason)
