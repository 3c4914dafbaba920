"""The recompute engine: run every rule registered for a page's site and kind.

Rule sets register themselves with ``@rules_for(site, kind)``; each takes a
Document and yields CheckResults. The engine never drops a rule's error: a
rule that raises becomes an ``error`` result naming the exception: counted,
shown, and it makes the run exit 2. It is never a silent skip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._models import CheckResult, Document, PageKind, Site, Status

Rule = Callable[[Document], Iterable[CheckResult]]

_RULES: dict[tuple[Site, PageKind], list[Rule]] = {}


def rules_for(site: Site, *kinds: PageKind) -> Callable[[Rule], Rule]:
    """Register a rule function for pages of a site and kind(s)."""

    def deco(fn: Rule) -> Rule:
        for kind in kinds:
            _RULES.setdefault((site, kind), []).append(fn)
        return fn

    return deco


def registered_rules(site: Site, kind: PageKind) -> list[Rule]:
    """The rule functions registered for a site and kind."""
    _load_rule_modules()
    return list(_RULES.get((site, kind), []))


def recompute(doc: Document) -> list[CheckResult]:
    """Run every registered rule on a document and collect the results."""
    results: list[CheckResult] = []
    for rule in registered_rules(doc.site, doc.kind):
        try:
            results.extend(rule(doc))
        except Exception as exc:  # a rule bug must not hide the other checks
            results.append(CheckResult(
                rule=f"{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}", status=Status.ERROR,
                message=f"rule {rule.__name__} could not run: {type(exc).__name__}: {exc}",
                reason=f"internal error: {type(exc).__name__}: {exc}",
            ))
    for r in results:
        r.path = doc.path
    return results


def _load_rule_modules() -> None:
    from .gurufocus import _rules as _gf  # noqa: F401
    try:
        from .longbridge import _rules as _lb  # noqa: F401
    except ImportError as exc:  # only while the Longbridge package is being written
        if "longbridge" not in str(exc):
            raise
