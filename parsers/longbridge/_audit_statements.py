"""Checks of a Financial Reports page (``/quote/X/norm``): what its statement tables let one recompute.

- Net margin = Net income / Revenue, column by column (the same quarter, the same currency), from the printed
  rounding intervals. A disagreement is a warning, not a proof: a net margin is often taken over the net profit
  including minority interests, while the page's 'Net income' may be the shareholders' share, and the page does
  not print which.

A page without these tables gets no result from this rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._checks import compare, normalized_interval, quoted_fact, skipped
from .._errors import EvaluationError
from .._models import CheckResult, Document, Status
from ._audit_common import by_id, cite

RULE = "lb.statement.net_margin"
SOURCE = "definition: net margin = net income / revenue, over the same period"
_PREFIX = "income_statement.net_margin."
_WARN_REASON = ("the net margin may be over the net profit including minority interests (the page's Net income may "
                "be the shareholders' share only): a disagreement is not a contradiction")


def check_statements(doc: Document) -> Iterator[CheckResult]:
    """Net margin against Net income / Revenue, for each period the Income Statement prints all three."""
    ix = by_id(doc)
    wide = {n.line for n in doc.notes if n.code == "table.row_width"}  # rows with more cells than their header (or one)
    for fact in doc.facts:
        if fact.metric != "net_margin" or not fact.id.startswith(_PREFIX):
            continue
        key = fact.id[len(_PREFIX):]
        subject = f"Net margin {fact.period_text or key}"
        income, revenue = ix.get(f"income_statement.net_income.{key}"), ix.get(f"income_statement.revenue.{key}")
        absent = [name for name, f in (("Net margin", fact), ("Net income", income), ("Revenue", revenue))
                  if f is None or f.value is None]
        if absent:
            yield skipped(RULE, subject, f"no printed number for {', '.join(absent)} in this column",
                          quoted=quoted_fact(fact) if fact.value is not None else None)
            continue
        assert fact.value is not None and income is not None and revenue is not None
        assert income.value is not None and revenue.value is not None
        misaligned = sorted({f.line for f in (fact, income, revenue) if f.line in wide})
        if misaligned:
            yield skipped(RULE, subject, f"the row on line(s) {', '.join(map(str, misaligned))} has more cells than its "
                                         "table's header, so its values may stand under other columns than their own",
                          quoted=quoted_fact(fact))
            continue
        if income.value.currency != revenue.value.currency:
            yield skipped(RULE, subject, f"Net income ({income.value.currency}) and Revenue ({revenue.value.currency}) "
                                         "are not in one currency", quoted=quoted_fact(fact))
            continue
        try:
            recomputed = normalized_interval(income.value) / normalized_interval(revenue.value)
        except EvaluationError as exc:
            yield skipped(RULE, subject, f"undefined: {exc}", quoted=quoted_fact(fact))
            continue
        result = compare(RULE, subject, fact.value, fact.line, recomputed, [quoted_fact(income), quoted_fact(revenue)],
                         derivation=f"net income {cite(income)} / revenue {cite(revenue)}", source=SOURCE,
                         fact_id=fact.id, normalized=True, fail_status=Status.WARN)
        if result.status is Status.WARN:
            result.reason = _WARN_REASON
            result.message += f" ({_WARN_REASON})"
        yield result
