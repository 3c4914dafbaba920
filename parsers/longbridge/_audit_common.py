"""Helpers shared by the Longbridge checks: finding facts, timing statements, formatting.

>>> from decimal import Decimal as D
>>> fmt_range(Interval(D("1.036262"), D("1.036681")))
'1.0362..1.0367'
>>> significant_digits("28.27"), significant_digits("-0.13"), significant_digits("433014273033.61")
(4, 2, 14)
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from .._checks import once_per_run
from .._interval import Interval
from .._models import Document, Fact, PageKind, Section, StatementKind
from ._headings import STATEMENTS

TABLE_CONTEXTS = ("table", "peers", "analysts", "targets", "score")
"""Contexts of facts printed in the page's markdown (not in a chart block)."""


def is_financial_reports(doc: Document) -> bool:
    """True for a Financial Reports page (``/quote/X/norm``): statement tables, and no score, valuation or analysts
    sections, so the quote page's checks of those do not apply to it."""
    return any(t.id in STATEMENTS for t in doc.tables)


def past_the_cut(doc: Document, what: str = "it") -> str:
    """What a skip for a part the page does not print adds when the page is cut short: the part (``what``) may lie past
    the cut (round-33 ghj F2: 'the page prints no Total Analysts' on page starts cut before the analysts' section)."""
    if not doc.truncated:
        return ""
    where = f" at line {doc.truncated_at_line}" if doc.truncated_at_line else ""
    return f"; the page is cut off{where}, so {what} may be past the cut"


def by_id(doc: Document) -> dict[str, Fact]:
    """The document's facts by id (one pass per recompute run, shared by the rules that look up many: read only)."""
    return once_per_run(_facts_by_id, doc)


def _facts_by_id(doc: Document) -> dict[str, Fact]:
    return {f.id: f for f in doc.facts}


def value_fact(facts: dict[str, Fact], fact_id: str) -> Fact | None:
    """The fact with this id when it carries a number."""
    fact = facts.get(fact_id)
    return fact if fact is not None and fact.value is not None else None


def cite(f: Fact) -> str:
    """A fact as a finding quotes it: its printed text (or grade, or why it is missing) and its line."""
    text = f.value.text if f.value else (f.text_value or (f.missing.value if f.missing else ""))
    return f"{text} (line {f.line})"


def first_value(doc: Document, metric: str, contexts: tuple[str, ...] = TABLE_CONTEXTS) -> Fact | None:
    """The first fact of a metric with a number, printed in one of ``contexts`` (not a statement's period column)."""
    return next((f for f in doc.facts if f.metric == metric and f.value is not None and f.context in contexts
                 and f.period_text is None), None)


def timing(doc: Document) -> str:
    """What the page says about when its parts were computed."""
    parts = []
    found = doc.statement(StatementKind.UPDATED, "financial_score")
    updated = found.value if found else None
    parts.append(f"the Financial Score (market cap, revenue, margins, P/B Ratio, Dividend Ratio) is dated {updated}"
                 if updated else "the Financial Score carries no date")
    parts.append("the Valuation Analysis carries no date")
    stamp = doc.frontmatter.get("datetime")
    if isinstance(stamp, str) and stamp:
        parts.append(f"the page is dated {stamp}")
    return "; ".join(parts)


def fmt_range(iv: Interval, places: int = 4) -> str:
    """An interval as 'lo..hi', rounded outward to ``places`` decimals."""
    q = Decimal(1).scaleb(-places)  # '+ 0' drops a zero's sign: a bound in (-0.0001, 0] is '0.0000', never '-0.0000'
    return f"{iv.lo.quantize(q, rounding=ROUND_FLOOR) + 0}..{iv.hi.quantize(q, rounding=ROUND_CEILING) + 0}"


def pct(value: Decimal, places: int = 1) -> str:
    """A ratio as a signed percentage text, e.g. Decimal('0.0365') -> '+3.7%'."""
    return f"{value * 100:+.{places}f}%"


def significant_digits(number_text: str) -> int:
    """Significant digits of a printed number (leading zeros do not count)."""
    digits = "".join(ch for ch in number_text if ch.isdigit()).lstrip("0")
    return len(digits)


def frontmatter_line(doc: Document, key: str) -> int | None:
    """The file line of a frontmatter field, from the frontmatter section."""
    section = next((s for s in doc.sections if s.title == "frontmatter"), None)
    return _line_in(doc, section, lambda t: t.strip().startswith(key + ":")) if section else None


def line_of(doc: Document, needle: str) -> int | None:
    """The file line of the first section line that contains ``needle``."""
    for section in doc.sections:
        if section.title != "frontmatter" and needle in section.text:
            return _line_in(doc, section, lambda t: needle in t)
    return None


def _line_in(doc: Document, section: Section, match: Callable[[str], bool]) -> int | None:
    """A .md section's text holds its lines as printed from its first line; a collapsed page's sections hold
    re-split pieces, so only a section on one physical line can name the line (else None: unknown)."""
    lines = section.text.split("\n")
    if doc.kind is PageKind.QUOTE_LLMS_TXT:
        return section.line if section.end_line == section.line and any(match(t) for t in lines) else None
    return next((section.line + i for i, text in enumerate(lines) if match(text)), None)
