"""Values the term pages state in prose beside their calculation: the history sentences and today's EV.

"X's quarterly market cap declined from Mar. 2013 ($82,230 Mil) to Sep. 2013 ($78,440 Mil) but then increased from
Sep. 2013 ($78,440 Mil) to Mar. 2014 ($83,832 Mil)." states the quarterly market cap of three periods; "X's Enterprise
Value for Today is 円41,048 Mil." states today's enterprise value. Each is a fact of its quantity, period and frequency,
so it meets the calculation's result and the page's rows of the same period (``gf.restated``). Each step's direction
word ('declined', 'stayed the same') is a TREND statement of its two points (``gf.trend.direction``). A sentence that
prints no frequency ("X's Days Payable declined from Mar. 2023 (367.92) to Mar. 2024 (294.73)") states its points with
none: which span they are the page does not say.
"""

from __future__ import annotations

import re

from .. import _build as build
from .._metrics import BY_ID, metric_for_exact_label, metric_for_label
from .._models import Fact, Frequency, StatementKind
from . import _labels as L
from ._lines import Page
from ._periods import period_from_text
from ._prose import slug
from ._prose_period_calcs import number_of
from ._sink import Sink
from ._units import shown_unit

_FREQUENCY = {"quarterly": Frequency.QUARTERLY, "annual": Frequency.ANNUAL}
_TODAY_WORDS = (L.TODAY_VALUE_WORDS,)
"""TODAY_VALUE's words as ``may_match`` takes them: one tuple, not one a line."""
TREND_NO_FREQUENCY = "statement.trend."
"""The id prefix of a history sentence's point when the sentence prints no frequency (its span is in doubt)."""


def read_trend_statements(page: Page, sink: Sink, today: str | None) -> None:
    """Every "X's [quarterly|annual] Y increased/declined from P1 (v1) to P2 (v2)" sentence and 'X for Today is v'."""
    for _, n, text in page.filled():
        if len(text) > L.CALC_MAX_LINE:
            continue
        if "'s " in text and L.holds_any(text, L.TREND_WORDS):
            _trends(n, text, sink)
        if L.may_match(text, _TODAY_WORDS):
            for m in L.TODAY_VALUE.finditer(text):
                number = number_of(m, sink)
                if number is not None and _read_already(sink, n, "enterprise_value", today, number.text) is None:
                    sink.add("statement.today.enterprise_value", "enterprise_value", m.group("label"), number, line=n,
                             raw=text, context="statement", period=today, frequency=Frequency.TODAY if today else None)


def _trends(n: int, text: str, sink: Sink) -> None:
    """The points of one line's history sentences as facts, and each step's direction word as a TREND statement of
    its two points. A sentence without 'quarterly' or 'annual' states its points with no frequency (which span they
    are the page does not say: gf.restated meets them with the rows only where that leaves one reading)."""
    for head in L.TREND_HEAD.finditer(text):
        label = head.group("label")
        metric = metric_for_exact_label(label) or metric_for_label(label) or slug(label)
        freq = head.group("freq")
        frequency = _FREQUENCY[freq] if freq else None
        if frequency is Frequency.QUARTERLY and sink.half_year_reporter():
            frequency = None  # a half-year reporter's 'quarterly' points are its half-years (XSWX:XLS): the doubt kept
        end = text.find(").", head.end())  # the sentence ends on its last point ('Mar. 2014' holds a '. ')
        span = text[head.end(): min(head.end() + L.TREND_SPAN, end + 1 if end >= 0 else len(text))]
        read: dict[tuple[str, str], Fact] = {}  # the turning point is printed twice ('to Sep. 2013 (…) … from Sep. 2013 (…)')
        for m in L.TREND_SEGMENT.finditer(span):
            points = [_point(n, text, sink, m, k, metric, f"{freq} {label}" if freq else label, frequency, read)
                      for k in (1, 2)]
            first, second = points
            if first is not None and second is not None:
                sink.statements.append(build.Statement(
                    kind=StatementKind.TREND, subject=metric, value=m.group("verb"), line=n, facts=[first.id, second.id],
                    qualifier=f"from {m.group('period1')} to {m.group('period2')}"))


def _point(n: int, text: str, sink: Sink, m: re.Match[str], k: int, metric: str, label: str,
           frequency: Frequency | None, read: dict[tuple[str, str], Fact]) -> Fact | None:
    """The fact of a step's ``k``-th point: read here, or by an earlier reader of the line, or earlier in the sentence."""
    number = number_of(m, sink, f"v{k}", f"scale{k}")
    if number is None:
        return None
    period_text = m.group(f"period{k}")
    fact = read.get((period_text, number.text))
    if fact is not None:
        return fact
    period = period_from_text(period_text)
    fact = _read_already(sink, n, metric, period, number.text)
    if fact is None:
        unit = None if metric in BY_ID or metric in sink.units else shown_unit(number)
        fid = f"statement.{frequency.value}.{metric}" if frequency else f"{TREND_NO_FREQUENCY}{metric}"
        fact = sink.add(fid, metric, label, number, line=n, raw=text, context="statement",
                        period=period, period_text=period_text, frequency=frequency, unit=unit)
    read[(period_text, number.text)] = fact
    return fact


def _read_already(sink: Sink, n: int, metric: str, period: str | None, text: str) -> Fact | None:
    """The fact by which a reader before this one (a prose calculation's input or result) stated this value of the
    quantity for the period on the line, if any."""
    return next((f for f in sink.facts_on(n) if f.metric == metric and f.value is not None and f.value.text == text
                 and (period is None or (f.period is not None and f.period.end == period))), None)
