"""Audit reports people read: the terminal report, the JSON-lines stream and the self-contained HTML report.

Renderers read only the audit's models (``AuditReport``, ``DocumentAudit``, ``CheckResult``)
and, for plots, the ``Document``; never a parser's internals.
"""

from __future__ import annotations

from ._progress import AuditProgress
from ._run import Audited, CompactIndex, CrossIndex, KeepDocuments, audit_inputs
from ._select import RuleFilter, split_patterns
from ._source import SourceLines
from ._terminal import PROBLEMS, RunInfo, TerminalReport, error_line, render_text

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
]
