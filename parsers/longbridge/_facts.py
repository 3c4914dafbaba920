"""Collect facts with unique ids, file lines and raw source text.

>>> from ._view import View
>>> sink = FactSink(View(["| ROE | 15.50% | A |"]))
>>> f = sink.add("multi_score.roe", "roe", "ROE", line=0, unit=Unit.PERCENT, context="table")
>>> g = sink.add("multi_score.roe", "roe", "ROE", line=0, unit=Unit.PERCENT, context="table")
>>> f.id, g.id, f.line, f.raw
('multi_score.roe', 'multi_score.roe#2', 1, '| ROE | 15.50% | A |')
"""

from __future__ import annotations

from .. import _build as build
from .._models import CONTEXT_BY_VALUE, Fact, Missing, Period, PrintedNumber, Unit
from ._view import View


class FactSink:
    """Builds facts for one document; ids stay unique (a repeat gets '#2', '#3' ...)."""

    __slots__ = ("_ids", "_lines", "facts", "view")

    def __init__(self, view: View) -> None:
        self.facts: list[Fact] = []
        self._ids: dict[str, int] = {}
        self._lines: dict[int, tuple[int, str]] = {}  # logical line -> (file line, raw): many facts share a line
        self.view = view

    def add(self, fact_id: str, metric: str, label: str, *, line: int, unit: Unit, context: str,
            value: PrintedNumber | None = None, text_value: str | None = None, total: PrintedNumber | None = None,
            missing: Missing | None = None, as_of: str | None = None, period: Period | None = None,
            period_text: str | None = None) -> Fact:
        """Add a fact found on logical line ``line`` (a period only for a fact that has one: it is then set)."""
        seen = self._ids.get(fact_id, 0) + 1
        self._ids[fact_id] = seen
        where = self._lines.get(line)
        if where is None:
            where = self._lines[line] = (self.view.line(line), self.view.raw(line))
        fact = build.FactInTable(  # every field named: model_fields_set (what exclude_unset keeps) is what it always was
            id=fact_id if seen == 1 else f"{fact_id}#{seen}", metric=metric, label=label, value=value,
            text_value=text_value, total=total, missing=missing, unit=unit, context=CONTEXT_BY_VALUE[context],
            line=where[0], raw=where[1], as_of=as_of,
        ) if period_text is None else build.FactInTableOfPeriod(
            id=fact_id if seen == 1 else f"{fact_id}#{seen}", metric=metric, label=label, value=value,
            text_value=text_value, total=total, missing=missing, unit=unit, period=period, period_text=period_text,
            context=CONTEXT_BY_VALUE[context], line=where[0], raw=where[1], as_of=as_of,
        )
        self.facts.append(fact)
        return fact
