"""Values the market-cap pages state in prose beside their calculation: the history sentences and today's EV.

"X's quarterly market cap declined from Mar. 2013 ($82,230 Mil) to Sep. 2013 ($78,440 Mil) but then increased from
Sep. 2013 ($78,440 Mil) to Mar. 2014 ($83,832 Mil)." states the quarterly market cap of three periods; "X's Enterprise
Value for Today is 円41,048 Mil." states today's enterprise value. Each is a fact of its quantity, period and frequency,
so it meets the calculation's result and the page's rows of the same period (``gf.restated``).
"""

from __future__ import annotations

from .._metrics import BY_ID, metric_for_exact_label, metric_for_label
from .._models import Frequency
from . import _labels as L
from ._lines import Page
from ._periods import period_from_text
from ._prose import slug
from ._prose_period_calcs import number_of
from ._sink import Sink
from ._units import shown_unit

_FREQUENCY = {"quarterly": Frequency.QUARTERLY, "annual": Frequency.ANNUAL}


def read_trend_statements(page: Page, sink: Sink, today: str | None) -> None:
    """Every '<quarterly|annual> X increased/declined from P1 (v1) to P2 (v2)' sentence and 'X for Today is v'."""
    for _, n, text in page.filled():
        if len(text) > L.CALC_MAX_LINE:
            continue
        if "'s quarterly " in text or "'s annual " in text:
            _trends(n, text, sink)
        if L.may_match(text, (L.TODAY_VALUE_WORDS,)):
            for m in L.TODAY_VALUE.finditer(text):
                number = number_of(m, sink)
                if number is not None and not _read_already(sink, n, "enterprise_value", today, number.text):
                    sink.add("statement.today.enterprise_value", "enterprise_value", m.group("label"), number, line=n,
                             raw=text, context="statement", period=today, frequency=Frequency.TODAY if today else None)


def _trends(n: int, text: str, sink: Sink) -> None:
    for head in L.TREND_HEAD.finditer(text):
        label = head.group("label")
        metric = metric_for_exact_label(label) or metric_for_label(label) or slug(label)
        frequency: Frequency | None = _FREQUENCY[head.group("freq")]
        if frequency is Frequency.QUARTERLY and sink.half_year_reporter():
            frequency = None  # a half-year reporter's 'quarterly' points are its half-years (XSWX:XLS): the doubt kept
        end = text.find(").", head.end())  # the sentence ends on its last point ('Mar. 2014' holds a '. ')
        span = text[head.end(): min(head.end() + L.TREND_SPAN, end + 1 if end >= 0 else len(text))]
        seen: set[tuple[str, str]] = set()
        for m in L.TREND_POINT.finditer(span):
            number = number_of(m, sink)
            if number is None or (m.group("period"), number.text) in seen:
                continue  # the turning point is printed twice ('to Sep. 2013 ($78,440 Mil) ... from Sep. 2013 ($78,440 Mil)')
            seen.add((m.group("period"), number.text))
            period = period_from_text(m.group("period"))
            if _read_already(sink, n, metric, period, number.text):
                continue
            unit = None if metric in BY_ID or metric in sink.units else shown_unit(number)
            sink.add(f"statement.{head.group('freq')}.{metric}", metric, f"{head.group('freq')} {label}", number, line=n, raw=text,
                     context="statement", period=period, period_text=m.group("period"),
                     frequency=frequency, unit=unit)


def _read_already(sink: Sink, n: int, metric: str, period: str | None, text: str) -> bool:
    """Whether a reader before this one (a prose calculation's input or result) stated this value of the quantity for
    the period on the line."""
    return any(f.metric == metric and f.value is not None and f.value.text == text
               and (period is None or (f.period is not None and f.period.end == period)) for f in sink.facts_on(n))
