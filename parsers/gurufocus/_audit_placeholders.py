"""Values printed as 0.00 that stand for 'not available'."""

from __future__ import annotations

from collections.abc import Iterator

from .._checks import quoted_fact, warned
from .._models import CheckResult, Document
from ._audit_common import RULE, placeholder_zeros


def zero_placeholders(doc: Document) -> Iterator[CheckResult]:
    """Say when 0.00 stands for 'not available' (the value built from it is printed blank)."""
    zeros = placeholder_zeros(doc)
    if zeros:
        blank = next((f for f in doc.facts if f.value is None and f.context in {"today", "headline"}), None)
        blank_input = next((f for f in doc.facts if f.value is None and f.context == "calculation"), None)
        why = (f"{blank.label} is blank on line {blank.line}" if blank else
               f"{blank_input.label}, an input of the formula that builds it, is blank on line {blank_input.line}"
               if blank_input else "the formula that uses it prints no result")
        yield warned(f"{RULE}.zero_placeholder", zeros[0].label,
                     f"{zeros[0].label} is printed as {zeros[0].value.text} (line(s) {', '.join(str(f.line) for f in zeros)}) "  # type: ignore[union-attr]
                     f"while {why}: 0.00 stands for 'not available' here and is not checked as a value",
                     quoted=quoted_fact(zeros[0]), inputs=[quoted_fact(f) for f in zeros[1:]])
