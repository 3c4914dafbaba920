"""Audit reports people read: the terminal report, the JSON-lines stream and the self-contained HTML report.

Renderers read only the audit's models (``AuditReport``, ``DocumentAudit``, ``CheckResult``)
and, for plots, the ``Document``; never a parser's internals.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._outcome import PROBLEMS, RunInfo, error_line
from ._progress import AuditProgress
from ._run import Audited, CompactIndex, CrossIndex, KeepDocuments, audit_inputs
from ._select import RuleFilter, split_patterns, unknown_patterns
from ._source import SourceLines

if TYPE_CHECKING:
    from ._terminal import TerminalReport, render_text

_LAZY_TERMINAL = ("TerminalReport", "render_text")
"""Served from ``_terminal`` on first use (PEP 562): it loads rich, which ``--format json`` does not need."""

__all__ = [
    "AuditProgress",
    "Audited",
    "CrossIndex",
    "CompactIndex",
    "KeepDocuments",
    "PROBLEMS",
    "RuleFilter",
    "RunInfo",
    "SourceLines",
    "TerminalReport",
    "audit_inputs",
    "error_line",
    "render_text",
    "split_patterns",
    "unknown_patterns",
]


def __getattr__(name: str) -> Any:
    """Load the terminal report's names on first use."""
    if name in _LAZY_TERMINAL:
        value = getattr(import_module("._terminal", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
