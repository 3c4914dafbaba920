"""The Longbridge rule list, read by the engine through ``SITE.rules``.

Each rule takes a Document and yields CheckResults that cite the line of the
quoted value and of every input; tolerances come only from printed precision.
``audit`` runs them all in order (the engine does the same via ``recompute``).
"""

from __future__ import annotations

from .. import _build as build
from .._models import CheckResult, Document
from .._site import Rule
from ._audit_analysts import check_analysts
from ._audit_identity import check_dates, check_identity
from ._audit_ranges import (
    check_peer_order,
    check_range_order,
    check_range_position,
    check_ranks,
    check_targets,
)
from ._audit_restated import (
    check_chart_vs_table,
    check_grades,
    check_restated,
    check_twins,
)
from ._audit_statements import check_statements
from ._audit_valuation import check_valuation

RULES: tuple[Rule, ...] = (
    check_identity, check_dates, check_chart_vs_table, check_restated, check_grades, check_twins, check_analysts,
    check_valuation, check_range_order, check_range_position, check_targets, check_ranks, check_peer_order,
    check_statements,
)
"""Every Longbridge rule, in the order the audit reports them."""

def audit(doc: Document) -> list[CheckResult]:
    """Run every Longbridge rule on a document (without the engine's other site rules)."""
    out: list[CheckResult] = []
    for rule in RULES:
        out.extend(rule(doc))
    build.set_field(out, "path", doc.path)
    return out
