"""Today's ratio from today's price and its base, where no printed calculation does it."""

from __future__ import annotations

from collections.abc import Iterator

from .._checks import compare, number_interval, quoted_fact, skipped
from .._errors import EvaluationError
from .._formulas import FORMULAS
from .._models import CheckResult, Document
from ._audit_common import RATIO_BASE, RULE, facts_by_metric


def derived_ratios(doc: Document) -> Iterator[CheckResult]:
    """Today's ratio from today's price and its base (Shiller PE = price / E10), where no printed calculation does it."""
    by_metric = facts_by_metric(doc)  # the run's index: four scans of every fact per target were most of this rule
    for target, base in RATIO_BASE.items():
        ratios = [f for f in by_metric.get(target, ()) if f.context in {"today", "headline"}]
        if not ratios:
            continue
        if any(c.metric == target and c.result is not None and any(not s.symbolic for s in c.steps) for c in doc.calculations):
            continue
        formula = FORMULAS[target]
        quoted = next((f for f in ratios if f.value), None)
        price = next((f for f in by_metric.get("share_price", ()) if f.value), None)
        bases = [f for f in by_metric.get(base, ()) if f.value and f.context in {"today", "prose", "headline"}]
        subject = f"{target.replace('_', ' ')} = {formula.expression}"
        if quoted is None:
            neg = next((f for f in bases if f.value and f.value.value < 0), None)
            why = f"the ratio is blank on line {ratios[0].line}"
            if neg is not None:
                why += f"; {neg.label} is negative ({neg.value.text}, line {neg.line}), so no ratio is defined"  # type: ignore[union-attr]
            yield skipped(f"{RULE}.derived", subject, why,
                          inputs=[quoted_fact(f) for f in [price, *bases[:1]] if f])
            continue
        if price is None or not bases:
            yield skipped(f"{RULE}.derived", subject, "today's price or the base value is not on the page (or cut off)",
                          quoted=quoted_fact(quoted))
            continue
        b = max(bases, key=lambda f: f.value.decimals if f.value else 0)
        assert price.value is not None and b.value is not None
        try:
            iv = number_interval(price.value) / number_interval(b.value)
        except EvaluationError as exc:
            yield skipped(f"{RULE}.derived", subject, f"{b.label} is printed as {b.value.text} (line {b.line}): {exc}",
                          quoted=quoted_fact(quoted), inputs=[quoted_fact(price), quoted_fact(b)])
            continue
        yield compare(f"{RULE}.derived", subject, quoted.value, quoted.line, iv, [quoted_fact(price), quoted_fact(b)],  # type: ignore[arg-type]
                      derivation=f"{price.value.text} / {b.value.text}", source=formula.source, fact_id=quoted.id)
