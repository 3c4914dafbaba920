"""quotecheck: turn financial-data web pages into verified, structured facts.

The public face of the library::

    import quotecheck

    doc = quotecheck.parse_file("fixtures/gurufocus/seeds/003_b9acf76c90166648.txt")
    for check in quotecheck.audit(doc).checks:
        print(check.status, check.rule, check.message)

Everything here is re-exported from ``quotecheck.parsers`` (the models, the
parsers and the recompute engine) and, on first use, from ``quotecheck.scraper``
(the fetcher, the archive and their errors), so ``import quotecheck`` does not
load the network stack. Every error quotecheck raises on reading a page, a file or a folder is a ``QuotecheckError``;
an argument of the wrong type is a ``TypeError``, and a model you validate yourself (``Document.model_validate``)
raises pydantic's ``ValidationError``.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotecheck._start import quiet_interrupt_at_start

quiet_interrupt_at_start()  # first: a Ctrl-C during the imports below is one line under the console script

# Python started in a source checkout after 'pip install .' finds this folder before the installed package, and the
# folder holds no parsers/ or scraper/ (they install as quotecheck.parsers and quotecheck.scraper): their siblings in
# the checkout are then those two subpackages, as the installed layout maps them (nothing else of the checkout is).
_HERE = Path(__file__).resolve().parent
if not (_HERE / "parsers").is_dir() and (_HERE.parent / "parsers" / "__init__.py").is_file():
    from quotecheck._checkout import install_sibling_finder

    install_sibling_finder(_HERE.parent)

from quotecheck.parsers import (  # noqa: E402
    FORMULAS,
    METRICS,
    AuditLine,
    AuditReport,
    AuditSummary,
    Calculation,
    CalculationKind,
    ChartBlock,
    CheckResult,
    Context,
    Document,
    DocumentAudit,
    EvaluationError,
    Fact,
    Formula,
    FormulaError,
    Frequency,
    InputError,
    InputTooLarge,
    Interval,
    IntervalOut,
    LayoutChanged,
    Link,
    MalformedBlock,
    Metric,
    Missing,
    MissingField,
    Operand,
    PageKind,
    ParseNote,
    ParserFault,
    Period,
    PrintedNumber,
    Provenance,
    QuotecheckError,
    QuotecheckParseError,
    Quoted,
    ReferencePeriods,
    Section,
    Security,
    Series,
    SeriesPoint,
    Site,
    Statement,
    StatementKind,
    Status,
    Step,
    Table,
    TableCell,
    TableRow,
    Unit,
    UnknownPageKind,
    UnreadableFile,
    audit,
    audit_documents,
    audit_paths,
    collect_pages,
    cross_document_checks,
    detect,
    parse_bytes,
    parse_file,
    parse_number,
    parse_text,
)

if TYPE_CHECKING:
    from quotecheck.scraper import (
        Archive,
        ArchiveError,
        FetchError,
        InvalidInput,
        ScraperError,
        SymbolError,
    )

__version__ = "0.2.0"

# Names served from quotecheck.scraper on first access (PEP 562), so that
# ``import quotecheck`` stays free of httpx and the archive.
_LAZY_SCRAPER = ("Archive", "ArchiveError", "FetchError", "InvalidInput", "ScraperError", "SymbolError")

__all__ = [
    "Archive",
    "ArchiveError",
    "AuditLine",
    "AuditReport",
    "AuditSummary",
    "Calculation",
    "CalculationKind",
    "ChartBlock",
    "CheckResult",
    "Context",
    "Document",
    "DocumentAudit",
    "EvaluationError",
    "FORMULAS",
    "Fact",
    "FetchError",
    "Formula",
    "FormulaError",
    "Frequency",
    "InputError",
    "InputTooLarge",
    "Interval",
    "IntervalOut",
    "InvalidInput",
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
    "ParserFault",
    "Period",
    "PrintedNumber",
    "Provenance",
    "QuotecheckError",
    "QuotecheckParseError",
    "Quoted",
    "ReferencePeriods",
    "ScraperError",
    "Section",
    "Security",
    "Series",
    "SeriesPoint",
    "Site",
    "Statement",
    "StatementKind",
    "Status",
    "Step",
    "SymbolError",
    "Table",
    "TableCell",
    "TableRow",
    "Unit",
    "UnknownPageKind",
    "UnreadableFile",
    "__version__",
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


def _present_as_quotecheck(obj: Any) -> None:
    """Show a public class as ``quotecheck.Name`` in reprs and docs, as httpx does."""
    if isinstance(obj, type):
        obj.__module__ = "quotecheck"


if not TYPE_CHECKING:  # the names are imported for type checkers above: a module __getattr__ they saw typed every
    # misspelling ('quotecheck.parse_fiel') as Any and passed it (round-47 library user L3)

    def __getattr__(name: str) -> Any:
        """Load the scraper's public names on first use."""
        if name in _LAZY_SCRAPER:
            value = getattr(import_module("quotecheck.scraper"), name)
            _present_as_quotecheck(value)
            globals()[name] = value
            return value
        raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")


for _name in __all__:
    if _name not in _LAZY_SCRAPER and not _name.startswith("__"):
        _present_as_quotecheck(globals()[_name])
