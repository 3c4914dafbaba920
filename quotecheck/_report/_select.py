"""Which checks a run keeps: rule ids or prefixes to select and ignore, as ruff's --select/--ignore."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from quotecheck.parsers._models import CheckResult, DocumentAudit, Status
from quotecheck.parsers._rule_ids import RULE_IDS


def _matches(rule: str, pattern: str) -> bool:
    """True when ``pattern`` is the rule id or a dotted prefix of it (``gf.range`` matches ``gf.range.order``)."""
    if pattern.endswith("."):
        return rule.startswith(pattern)
    return rule == pattern or rule.startswith(pattern + ".")


def _covers(ignore: str, select: str) -> bool:
    """Whether every rule id ``select`` matches is one ``ignore`` matches, each written with or without its trailing dot
    ('--select lb --ignore lb.' keeps nothing: round-34 new user NU3-3, an audit with failures passed with 0 checks)."""
    kept, dropped = select.rstrip("."), ignore.rstrip(".")
    return kept == dropped or kept.startswith(dropped + ".")


def split_patterns(values: Iterable[str]) -> tuple[str, ...]:
    """Patterns from repeated or comma-separated option values, blanks dropped."""
    return tuple(p.strip() for v in values for p in v.split(",") if p.strip())


def unknown_patterns(patterns: Iterable[str]) -> dict[str, list[str]]:
    """The patterns that match no rule id a check can carry, each with the closest ids (a misspelling, found before the
    run rather than after it: round-33 new user NU2-16)."""
    unknown = [p for p in patterns if not any(_matches(rule, p) for rule in RULE_IDS)]
    if unknown:  # a crashed rule's id names its function (gf.ttm_sums): known only once the sites are loaded
        crashed = _crash_ids()
        unknown = [p for p in unknown if not any(_matches(rule, p) for rule in crashed)]
    if not unknown:
        return {}
    import difflib  # here, not at import: only a misspelt pattern needs it

    return {p: difflib.get_close_matches(p, RULE_IDS, n=3, cutoff=0.6) for p in unknown}


def _crash_ids() -> list[str]:
    from quotecheck.parsers._sites import SITES

    return [spec.rule_name(rule) for spec in SITES for rule in spec.rules]


@dataclass(frozen=True)
class RuleFilter:
    """Keep a check when it matches a selected pattern (or none are selected) and no ignored one."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    seen: set[str] = field(default_factory=set, compare=False)
    """The rule ids of the run's checks (noted only when a pattern is given)."""

    def unmatched(self, patterns: Iterable[str]) -> list[str]:
        """The given patterns that match no check of the run."""
        return [p for p in patterns if not any(_matches(rule, p) for rule in self.seen)]

    def keeps(self, rule: str) -> bool:
        """Whether a check of this rule id is kept."""
        if self.select and not any(_matches(rule, p) for p in self.select):
            return False
        return not any(_matches(rule, p) for p in self.ignore)

    def cancelled(self) -> tuple[str, ...]:
        """The selected patterns an ignored one removes whole ('--select gf.range --ignore gf.range' keeps nothing)."""
        return tuple(p for p in self.select if any(_covers(i, p) for i in self.ignore))

    def keeps_check(self, check: CheckResult) -> bool:
        """Whether a check is kept: a crashed rule's error whatever --select says (its id names the rule's function, not
        the ids of the checks it would have made: a silent skip otherwise), unless an --ignore names it."""
        if check.status is Status.ERROR:
            return not any(_matches(check.rule, p) for p in self.ignore)
        return self.keeps(check.rule)

    def checks(self, checks: Iterable[CheckResult]) -> list[CheckResult]:
        """The kept checks, in order."""
        return [c for c in checks if self.keeps_check(c)]

    def document(self, audit: DocumentAudit) -> DocumentAudit:
        """The document's audit with only the kept checks (the same object when nothing is filtered)."""
        if not self.select and not self.ignore:
            return audit
        self.seen.update(c.rule for c in audit.checks)
        return audit.model_copy(update={"checks": self.checks(audit.checks)})
