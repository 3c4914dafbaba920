"""Compact views of a Document for the CLI and for golden files."""

from __future__ import annotations

from typing import Any

from ._models import Document, Fact, Frequency, PrintedNumber


def _num(n: PrintedNumber | None) -> str | None:
    return n.number_text if n is not None else None


def _first(doc: Document, metric: str | None, contexts: tuple[str, ...]) -> Fact | None:
    for ctx in contexts:
        for f in doc.facts:
            if f.metric == metric and f.context == ctx:
                return f
    return None


def header_view(doc: Document) -> dict[str, Any]:
    """Term, security, headline (value, printed text, currency, as-of, frequency) and today's price: strings as printed,
    or null."""
    head = doc.fact("headline")
    price = _first(doc, "share_price", ("today", "widget", "targets"))
    sec = doc.security
    return {
        "path": doc.path,
        "site": doc.site.value,
        "kind": doc.kind.value,
        "url": doc.url,
        "layout": doc.layout,
        "term": doc.term,
        "security": {"name": sec.name, "exchange": sec.exchange, "ticker": sec.ticker, "currency": sec.currency},
        "headline": {  # the text as printed and the period's frequency: '4,806' alone read as ¥4,806, not ¥4,806 Mil
            "value": _num(head.value) if head else None,  # of twelve months (round-39 tester gtd F3)
            "text": head.value.text if head and head.value else None,
            "currency": head.value.currency if head and head.value else None,
            "as_of": head.as_of if head else None,
            "as_of_text": head.period_text if head else None,
            "frequency": head.period.frequency.value if head and head.period and head.period.frequency else None,
            "line": head.line if head else None,
        },
        "price": {
            "value": _num(price.value) if price else None,
            "currency": price.value.currency if price and price.value else None,
            "date": (doc.periods.today_sentence_date or _day(price) or (doc.as_of if price.context == "targets" else None))
            if price else None,  # the price's own day where the parse dated it (the headline's 'As of May. 05, 2024'; gtd F4)
            # no price, no date of one: 'As of today (2024-06-09), the Trailing Annual Dividend Yield … is 2.40%' dates
            # the yield, and read as a price quoted that day (round-37 tester gra F5)
            "line": price.line if price else None,
        },
        "truncated": doc.truncated,
        "lacks": [n.code.removeprefix("lacks_") for n in doc.notes if n.code.startswith("lacks_")]
        + (["headline.value"] if head is not None and head.value is None else [])
        + (["price.value"] if price is not None and price.value is None else []),
    }


def _day(fact: Fact) -> str | None:
    """The day a fact of today is dated to ('2024-05-05'), or None."""
    period = fact.period
    return period.end if period is not None and period.frequency is Frequency.TODAY and len(period.end) == 10 else None


def document_view(doc: Document) -> dict[str, Any]:
    """The whole Document as JSON-ready data, led by the header view."""
    data = doc.model_dump(mode="json", exclude_none=True)
    return {**header_view(doc), "document": data}
