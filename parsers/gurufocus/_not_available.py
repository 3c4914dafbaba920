"""Sentences that print a period's value as 'N/A', and the Gross Margin verdict that restates the period's value.

'Therefore, Dividend 15 Split II's annualized Effective Interest Rate on Debt % for the quarter that ended in Nov. 2024
was N/A%.' and 'TD Split had a gross margin of N/A% for the quarter that ended in May. 2015' say the quantity has no
value for that period: a 0.00 the headline or a sentence prints for it then is the site's stand-in (the caller
withdraws it). 'Alibaba Group Holding had a gross margin of 40.00% for the quarter that ended in Dec. 2023' restates
the 'Therefore' sentence's value of the same quarter: one more copy of it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .._metrics import qualified_metric, words_of
from .._models import Missing
from . import _labels as L
from ._lines import Page
from ._periods import frequency_from_text, period_from_text
from ._prose import metric_of
from ._prose_period_calcs import number_of
from ._sink import Sink, same_period

_ANNUALIZED = "annualized "


class NotAvailable(NamedTuple):
    """A quantity the page prints as 'N/A' for a period: its label as printed (without 'annualized'), the period's
    end and the line."""

    label: str
    end: str | None
    line: int


def read_not_available(page: Page, sink: Sink, term_metric: str | None) -> list[NotAvailable]:
    """The period values the page prints as 'N/A' (the period statements the statements' reader met, and the Gross
    Margin verdict on the pages that print it); each 'had a gross margin of v' verdict with a value is recorded as a
    copy of the period's statement (only where that statement was read: its span is the statement's)."""
    found: list[NotAvailable] = []
    for m, n, text in sink.printed_not_available:
        label, end = m.group("label"), period_from_text(m.group("period"))
        found.append(NotAvailable(label, end, n))
        qual = (m.group("qual") or "").strip().lower()
        metric = qualified_metric(qual, metric_of(label)) if qual else metric_of(label)
        if any(f.metric == metric and f.value is None and same_period(f, end) for f in sink.facts_on(n)):
            continue  # a calculation's input the paragraph prints as 'N/A', recorded already (with its period)
        sink.add(f"statement.{metric}", metric, f"{m.group('qual') or ''}{label}", None, line=n, raw=text,
                 context="statement", period=end, period_text=m.group("period"),
                 frequency=frequency_from_text(m.group("span").lower()), missing=Missing.NOT_AVAILABLE)
    if term_metric in L.HAD_A_VALUE_TERMS:
        for _, n, text in page.filled():
            if L.HAD_A_VALUE_WORDS in text and len(text) <= L.CALC_MAX_LINE:
                for m in L.HAD_A_VALUE.finditer(text):
                    _verdict(m, n, text, sink, found)
    return found


def _verdict(m: re.Match[str], n: int, text: str, sink: Sink, found: list[NotAvailable]) -> None:
    label, end = m.group("label"), period_from_text(m.group("period"))
    if (m.group("v") or "").rstrip(".") in L.NOT_AVAILABLE_VALUES:
        found.append(NotAvailable(label, end, n))
        metric = metric_of(label)
        sink.add(f"verdict.{metric}", metric, label, None, line=n, raw=text, context="statement", period=end,
                 period_text=m.group("period"), missing=Missing.NOT_AVAILABLE)
        return
    number = number_of(m, sink)
    metric = metric_of(label)
    same = next((f for f in sink.facts if f.metric == metric and f.context.value == "statement" and f.period is not None
                 and f.period.end == end and f.value is not None), None) if number is not None and end else None
    if number is None or same is None or same.period is None:  # (its period is set: the test is the type checker's)
        return
    sink.add(f"verdict.{metric}", metric, label, number, line=n, raw=text, context="statement", period=end,
             period_text=m.group("period"), frequency=same.period.frequency)


def not_available_metrics(item: NotAvailable, term: str | None, term_metric: str | None) -> set[str]:
    """The metrics an 'N/A' sentence speaks of: its label's, and the page's term where the label names it
    ('gross margin' on the Gross Margin % page; 'annualized Effective Interest Rate on Debt %' on its page)."""
    label = item.label[len(_ANNUALIZED):] if item.label.lower().startswith(_ANNUALIZED) else item.label
    metrics = {metric_of(item.label), metric_of(label)}
    if term and term_metric and words_of(term).startswith(words_of(label)):
        metrics.add(term_metric)
    return metrics
