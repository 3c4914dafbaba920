"""quotecheck parsers: financial-data pages to verified, structured facts.

>>> from parsers import parse_file, audit          # doctest: +SKIP
>>> doc = parse_file("fixtures/gurufocus/seeds/003_e10_SZSE-002371.txt")  # doctest: +SKIP
>>> [c.status for c in audit(doc).checks if c.status != "pass"]  # doctest: +SKIP
"""

from ._api import collect_pages, parse_bytes, parse_file, parse_text
from ._audit import audit, audit_documents, audit_paths, cross_document_checks
from ._detect import detect
from ._errors import (
    EvaluationError,
    FormulaError,
    InputTooLarge,
    LayoutChanged,
    MalformedBlock,
    MissingField,
    QuotecheckParseError,
    UnknownPageKind,
)
from ._formulas import FORMULAS, Formula
from ._interval import Interval
from ._metrics import METRICS, Metric
from ._models import (
    AuditReport,
    Calculation,
    ChartBlock,
    CheckResult,
    Document,
    DocumentAudit,
    Fact,
    Frequency,
    Missing,
    PageKind,
    PrintedNumber,
    Quoted,
    Security,
    Series,
    Site,
    Status,
    Table,
    Unit,
)
from ._numbers import parse_number

__all__ = [
    "FORMULAS",
    "METRICS",
    "AuditReport",
    "Calculation",
    "ChartBlock",
    "CheckResult",
    "Document",
    "DocumentAudit",
    "EvaluationError",
    "Fact",
    "Formula",
    "FormulaError",
    "Frequency",
    "InputTooLarge",
    "Interval",
    "LayoutChanged",
    "MalformedBlock",
    "Metric",
    "Missing",
    "MissingField",
    "PageKind",
    "PrintedNumber",
    "QuotecheckParseError",
    "Quoted",
    "Security",
    "Series",
    "Site",
    "Status",
    "Table",
    "UnknownPageKind",
    "Unit",
    "audit",
    "audit_documents",
    "audit_paths",
    "collect_pages",
    "cross_document_checks",
    "detect",
    "parse_bytes",
    "parse_file",
    "parse_number",
    "parse_text",
]
