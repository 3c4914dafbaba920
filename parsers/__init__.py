"""quotecheck parsers: financial-data pages to verified, structured facts.

The import name is ``quotecheck.parsers``; users import the facade, ``quotecheck``.
Typical use: ``doc = parse_file(path)`` then ``audit(doc).checks``; see the README.
The models and the recompute engine live here; this package never imports ``scraper``.
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
    QuotecheckError,
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
    Link,
    Missing,
    Operand,
    PageKind,
    ParseNote,
    PrintedNumber,
    Provenance,
    Quoted,
    Section,
    Security,
    Series,
    SeriesPoint,
    Site,
    Status,
    Step,
    Table,
    TableCell,
    TableRow,
    Unit,
)
from ._numbers import parse_number

__all__ = [
    "AuditReport",
    "Calculation",
    "ChartBlock",
    "CheckResult",
    "Document",
    "DocumentAudit",
    "EvaluationError",
    "FORMULAS",
    "Fact",
    "Formula",
    "FormulaError",
    "Frequency",
    "InputTooLarge",
    "Interval",
    "LayoutChanged",
    "Link",
    "METRICS",
    "MalformedBlock",
    "Metric",
    "Missing",
    "MissingField",
    "Operand",
    "PageKind",
    "ParseNote",
    "PrintedNumber",
    "Provenance",
    "QuotecheckError",
    "QuotecheckParseError",
    "Quoted",
    "Section",
    "Security",
    "Series",
    "SeriesPoint",
    "Site",
    "Status",
    "Step",
    "Table",
    "TableCell",
    "TableRow",
    "Unit",
    "UnknownPageKind",
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
