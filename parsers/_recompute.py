"""The recompute engine: run every rule registered for a page's site and kind.

Each site's ``SiteSpec`` lists its rules; each takes a Document and yields
CheckResults. The engine never drops a rule's error: a
rule that raises becomes an ``error`` result naming the exception: counted,
shown, and it makes the run exit 2. It is never a silent skip.
"""

from __future__ import annotations

from . import _build as build
from ._checks import interval_memo
from ._models import CheckResult, Document, Status
from ._site import Rule
from ._sites import spec_for


def recompute(doc: Document) -> list[CheckResult]:
    """Run every rule of the document's site on it and collect the results."""
    results: list[CheckResult] = []
    spec = spec_for(doc.site)
    with interval_memo():  # each printed number's interval worked out once per run, not once per rule that reads it
        for rule in spec.rules:
            try:
                results.extend(rule(doc))
            except Exception as exc:  # a rule bug must not hide the other checks, nor pass for a skip
                results.append(_crashed(spec.rule_name(rule), rule, exc))
    build.set_field(results, "path", doc.path)
    return results


def _crashed(name: str, rule: Rule, exc: Exception) -> CheckResult:
    return build.CheckResult(
        rule=name, status=Status.ERROR, subject=getattr(rule, "__name__", None),
        message=f"rule {name} crashed: {type(exc).__name__}: {exc}",
        reason=f"internal error: {type(exc).__name__}: {exc}",
    )
