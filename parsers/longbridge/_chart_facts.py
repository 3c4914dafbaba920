"""Facts from a validated radar chart: values, ratings and dimension grades (context 'chart')."""

from __future__ import annotations

from .._models import Unit
from .._numbers import missing_reason
from ._chart_data import ChartRead
from ._facts import FactSink
from ._headings import section_key
from ._labels import MONEY_METRICS, metric_for, slug, unit_for
from ._values import Reader, currency_of

_GRADE = Unit.GRADE
"""Enum members read once: reading one off its class goes through the enum's metaclass (~1,000 instructions)."""


def chart_facts(read: ChartRead, sink: FactSink, reader: Reader, *, prefix: str = "chart", as_of: str | None = None) -> None:
    """Add a fact for every value, rating and grade of a radar chart, citing the JSON line it is on."""
    assert read.chart is not None
    k = 0
    for d, dim in enumerate(read.chart.dimensions):
        dim_key = section_key(dim.name) or slug(dim.name)
        grade_line = read.grade_lines[d] if d < len(read.grade_lines) else None
        if dim.grade and grade_line is not None:
            sink.add(f"{prefix}.{dim_key}.grade", f"{dim_key}.grade", dim.name, text_value=dim.grade.strip(),
                     unit=_GRADE, context="chart", line=grade_line, as_of=as_of)
        for ind in dim.indicators:
            metric = metric_for("indicators", ind.name) or slug(ind.name)
            line = read.value_lines[k]
            text = "" if ind.value is None else str(ind.value)
            number = reader.number(text, money=metric in MONEY_METRICS, of=currency_of(metric)) if text.strip() else None
            fid = f"{prefix}.{dim_key}.{metric}"
            if number is not None:
                sink.add(fid, metric, ind.name, value=number, unit=unit_for(metric, percent=number.percent),
                         context="chart", line=line, as_of=as_of)
            else:
                sink.add(fid, metric, ind.name, text_value=text or None, unit=unit_for(metric, percent="%" in text),
                         missing=missing_reason(text), context="chart", line=line, as_of=as_of)
            rating_line = read.rating_lines[k]
            if ind.rating and ind.rating.strip() and rating_line is not None:
                sink.add(f"{fid}.rating", f"{metric}.rating", f"{ind.name} rating", text_value=ind.rating.strip(),
                         unit=_GRADE, context="chart", line=rating_line, as_of=as_of)
            k += 1
