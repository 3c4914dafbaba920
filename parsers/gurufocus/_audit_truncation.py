"""A page cut off is said plainly, so missing checks are not mistaken for passes."""

from __future__ import annotations

from collections.abc import Iterator

from .._checks import skipped
from .._models import CheckResult, Document
from ._audit_common import RULE


def truncation(doc: Document) -> Iterator[CheckResult]:
    """Say plainly when the page is cut off, so missing checks are not mistaken for passes."""
    if doc.truncated:
        yield skipped(f"{RULE}.page.complete", "page", f"the page is cut off after line {doc.truncated_at_line}; "
                      "sections after it (formulas, data tables) cannot be checked")
