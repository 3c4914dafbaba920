"""A fact stated more than once on a page agrees everywhere it is stated."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .._checks import agree, quoted_fact, skipped
from .._metrics import is_price_dependent
from .._models import CheckResult, Document, Fact, Status
from ._audit_common import RULE


def agreement_key(fact: Fact, doc: Document) -> tuple[str, str] | None:
    """The (metric, period) under which copies of a fact must agree; None when it has no comparable key."""
    if fact.value is None:
        return None
    metric = "cpi" if fact.metric == "current_cpi" else fact.metric
    if metric.endswith((".hist_min", ".hist_max", ".hist_median", ".industry_median")) or metric == "beneish_threshold":
        return metric, "stated"
    if fact.context in {"history", "table", "ttm"} or (fact.context == "statement" and fact.period):
        return metric, fact.period or "?"
    if is_price_dependent(metric):
        return metric, "today"
    if fact.period and len(fact.period) == 7:
        return metric, fact.period
    return metric, doc.periods.current or "current"



def restated_facts(doc: Document) -> Iterator[CheckResult]:
    """A fact stated more than once agrees everywhere it is stated (intervals intersect)."""
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in doc.facts:
        key = agreement_key(f, doc)
        if key:
            groups[key].append(f)
    for (metric, period), facts in groups.items():
        if len(facts) < 2:
            continue
        subject = f"{metric} ({period})"
        result = agree(f"{RULE}.restated", subject, facts)
        if result.status == Status.FAIL and metric.endswith((".hist_min", ".hist_max", ".hist_median")):
            windows = {str(f.window_years) if f.window_years else None for f in facts}
            if len(windows) > 1:
                result.status = Status.WARN
                result.reason = f"the copies cover different windows ({', '.join(sorted(w or 'unstated' for w in windows))} years)"
                result.message += f"; they cover different windows ({', '.join(sorted(w or 'unstated' for w in windows))} years)"
        if result.status == Status.FAIL and period == "today":
            result.message += ("; the page quotes two different 'current' values for the same day. GuruFocus computes the range and "
                               "industry 'Current' separately from the headline, so one of them is stale")
        yield result
    # the latest history row of a price-dependent term is at the period-end price: say so rather than compare
    if doc.term_metric and is_price_dependent(doc.term_metric):
        head = doc.fact("headline")
        rows = [f for f in doc.facts if f.context == "history" and f.metric == doc.term_metric]
        if head and head.value and rows:
            last = max(rows, key=lambda f: f.period or "")
            yield skipped(f"{RULE}.headline_vs_latest_row", f"{doc.term} latest row",
                          f"the latest history value {last.value.text if last.value else '?'} ({last.period_text}, line {last.line}) "
                          f"is at the quarter-end price; the headline {head.value.text} (line {head.line}) is at today's price",
                          quoted=quoted_fact(head), inputs=[quoted_fact(last)])
