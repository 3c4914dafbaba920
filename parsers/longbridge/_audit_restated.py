"""The same fact stated more than once: chart vs tables, table vs table, grades, and suspicious twins."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from .._checks import agree, failed, listed, passed, quoted_fact, skipped, warned
from .._models import CheckResult, Document, Fact, Status, Unit
from ._audit_common import TABLE_CONTEXTS, cite, is_financial_reports, past_the_cut, significant_digits
from ._headings import DIMENSIONS, SUBSCORES

_GRADE, _RANK, _FAIL, _SKIP = Unit.GRADE, Unit.RANK, Status.FAIL, Status.SKIP
"""Enum members read once: reading one off its class goes through the enum's metaclass (~1,000 instructions)."""

EQUIVALENT: tuple[frozenset[str], ...] = (frozenset({"dividend_ratio", "dividend_yield"}),)
"""Metric pairs that are the same quantity (their equality is expected, not suspicious)."""

KNOWN_COPIES: dict[frozenset[str], tuple[str, str]] = {
    frozenset({"ocf_yoy", "revenue_yoy"}): (
        "Longbridge prints OCF YoY equal to Revenue YoY on every page that shows both (13 of the 13 real pages showing "
        "both that quotecheck's authors surveyed: a count made when the rule was written, not of this run): a defect of "
        "its template or feed, not of this page, so {subject} nothing about operating cash flow", "OCF YoY"),
}
"""Pairs of indicators a site prints as copies of each other on every page, with what the warning says and the name of
the copy it is about: the site's defect, not this page's mishap (round-42 tester xa F3: worded as a coincidence, it asked users to check each page).
The count is of a survey, said as such: in a run of 13 pages it read as this run's (round-49 tester u3 F1)."""

_SCORE_KEYS = DIMENSIONS | SUBSCORES

MIN_DIGITS_FOR_TWINS = 3
STRONG_TWIN_DIGITS = 4
"""At this many significant digits a match of two rows is a surprise even where their bands of values overlap."""
"""Identical values with fewer significant digits (0.13%, 0.52) coincide too easily to flag."""


def _chart_key(fact_id: str) -> str | None:
    """The table fact's id a chart fact restates: a repeated dimension's copy ('chart.style_score.revenue_yoy#2')
    restates the same row (round-33 new user NU2-8: each copy was 'in the chart but not in the tables')."""
    head, _, rest = fact_id.partition(".")
    return rest.partition("#")[0] if head.startswith("chart") else None


def check_chart_vs_table(doc: Document) -> Iterator[CheckResult]:
    """Every chart-data value and rating against the same indicator in the markdown tables."""
    if is_financial_reports(doc) and not doc.chart_blocks:  # a Financial Reports page has no score chart
        return
    broken = [b for b in doc.chart_blocks if b.error]
    charts = [f for f in doc.facts if f.context == "chart"]
    if not charts:
        why = (f"the chart-data block at line {broken[0].line} could not be read: {broken[0].error}" if broken
               else "no readable chart-data block on the page" + past_the_cut(doc))
        yield skipped("lb.chart_vs_table", "Chart vs tables", why)
        return
    tables = {f.id: f for f in doc.facts if f.context == "table" and f.id.split(".", 1)[0] in _SCORE_KEYS}
    matched: set[str] = set()
    for chart in charts:
        key = _chart_key(chart.id)
        if key is None or key.endswith(".grade"):
            continue
        table = tables.get(key)
        matched.add(key)
        yield _pair(doc, chart, table, key)
    for key, table in tables.items():
        if key not in matched and not key.endswith(".grade") and table.unit is not _GRADE:
            yield warned("lb.chart_vs_table", f"{table.label} ({key.split('.')[0]})",
                         f"{table.label} {cite(table)} is in the table but not in the chart-data block: {_ONE_COPY}",
                         quoted=quoted_fact(table), reason=_ONE_COPY)


def _pair(doc: Document, chart: Fact, table: Fact | None, key: str) -> CheckResult:
    dim = key.split(".")[0]
    subject = f"{chart.label} ({dim})"
    if table is None:
        if chart.unit is _GRADE and _row_exists(doc, key):
            return warned("lb.chart_vs_table", subject, f"{chart.label} is '{chart.text_value}' in the chart (line "
                          f"{chart.line}) but blank in the table: {_ONE_COPY}", quoted=quoted_fact(chart), reason=_ONE_COPY)
        if doc.truncated:
            return skipped("lb.chart_vs_table", subject, "the table part of the page is cut off", quoted=quoted_fact(chart))
        return warned("lb.chart_vs_table", subject, f"{chart.label} {cite(chart)} is in the chart but not in the tables: "
                      f"{_ONE_COPY}", quoted=quoted_fact(chart), reason=_ONE_COPY)
    if chart.unit is _GRADE or table.unit is _GRADE:
        same = (chart.text_value or "") == (table.text_value or "")
        text = f"{subject}: chart '{chart.text_value}' (line {chart.line}), table '{table.text_value}' (line {table.line})"
        return (passed if same else failed)("lb.chart_vs_table", subject, f"{text} {'agree' if same else 'disagree'}",
                                            quoted=quoted_fact(table), inputs=[quoted_fact(chart)])
    unread = next((f for f in (chart, table) if f.value is None and f.missing is None and f.text_value), None)
    if unread is not None:  # printed, but no number quotecheck reads ('-1e400%'): not empty, and no proof either way
        return skipped("lb.chart_vs_table", subject, f"the {unread.context} value {unread.text_value!r} (line {unread.line}) "
                       "is not a number quotecheck reads", quoted=quoted_fact(table), inputs=[quoted_fact(chart)])
    if chart.value is None or table.value is None:
        if chart.value is None and table.value is None:
            return passed("lb.chart_vs_table", subject, f"{subject}: empty in both the chart (line {chart.line}) and the "
                          f"table (line {table.line})", quoted=quoted_fact(table), inputs=[quoted_fact(chart)])
        return warned("lb.chart_vs_table", subject, f"{subject}: chart {cite(chart)} vs table {cite(table)}: one is empty: "
                      f"{_ONE_COPY}", quoted=quoted_fact(table), inputs=[quoted_fact(chart)], reason=_ONE_COPY)
    result = agree("lb.chart_vs_table", subject, [table, chart])
    if result.status is Status.FAIL and (chart.value.value == 0) != (table.value.value == 0):  # Longbridge's 0.00 for a
        zero = chart if chart.value.value == 0 else table  # value it lacks (a REIT's P/B Ratio): one copy, no proof
        why = (f"Longbridge prints 0.00 for a value it does not have (as a REIT's P/B Ratio), so the {zero.context}'s "
               f"{zero.value.text if zero.value else '0'} may be no value rather than another one")  # (second read 13b;
        return warned("lb.chart_vs_table", subject, f"{subject}: chart {cite(chart)} vs table {cite(table)}: {why}",
                      quoted=quoted_fact(table), inputs=[quoted_fact(chart)], reason=why)  # copies that agree pass)
    return result


_ONE_COPY = ("one copy is not printed, which contradicts nothing: the chart and the table should carry the same values, "
             "but an omission is no second statement of the quantity")
"""Why a value one copy leaves out is a warning, not a FAIL (round-40 tester guc F4)."""


def _row_exists(doc: Document, key: str) -> bool:
    return doc.fact(key.removesuffix(".rating")) is not None


def check_restated(doc: Document) -> Iterator[CheckResult]:
    """A number printed in two places of the markdown (two tables, a table and the peer row) must agree.

    Copies from different snapshots (the Financial Score's P/B Ratio is dated, the Valuation table's PB is
    not) may be taken at different times: when they disagree that is not a proof, and the check is a skip.
    """
    by_metric: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
    for f in doc.facts:  # one quantity is one metric over one period: a statement's columns are different periods
        if f.value is not None and f.context in TABLE_CONTEXTS and not f.metric.startswith("peer."):
            by_metric[f.metric, f.period_text].append(f)
    for facts in by_metric.values():
        if len(facts) < 2:
            continue
        result = agree("lb.restated", facts[0].label, facts)
        snapshots = {f.as_of for f in facts}
        if result.status is _FAIL and len(snapshots) > 1:
            shown = ", ".join(sorted(s or "undated" for s in snapshots))
            result.status, result.reason = _SKIP, f"the copies come from different snapshots ({shown}), not one statement"
            result.message += f"; not compared: {result.reason}"
        yield result


def check_grades(doc: Document) -> Iterator[CheckResult]:
    """A grade printed in several places (heading, bold line, chart, peer row) must be the same letter."""
    by_metric: dict[str, list[Fact]] = defaultdict(list)
    for f in doc.facts:
        if f.unit is _GRADE and f.text_value and (f.metric.endswith(".grade") or f.metric in SUBSCORES):
            by_metric[f.metric].append(f)
    for metric, facts in by_metric.items():
        if len(facts) < 2:
            continue
        letters = {f.text_value for f in facts}
        shown = listed([f"{f.text_value} (line {f.line}, {f.context})" for f in facts])
        subject = metric.removesuffix(".grade").replace("_", " ").title() + " grade"
        if len(letters) == 1:
            yield passed("lb.grade.consistency", subject, f"{subject} is printed {len(facts)} times, always the same: {shown}",
                         quoted=quoted_fact(facts[0]), inputs=[quoted_fact(f) for f in facts[1:]])
        else:
            yield failed("lb.grade.consistency", subject, f"{subject} is printed {len(facts)} times with different "
                         f"letters: {shown}", quoted=quoted_fact(facts[0]), inputs=[quoted_fact(f) for f in facts[1:]])


def check_twins(doc: Document) -> Iterator[CheckResult]:
    """Two different indicators printed with the same value to the last digit, in one table and for one period: a likely copy error.

    Cells of different periods (a financial statement's columns) are not compared: two rows of one band of values
    meet in some pair of columns often enough that the match is no evidence of a copy. Nor is a value printed to
    fewer than ``STRONG_TWIN_DIGITS`` significant digits that both rows would print anyway: one that lies within each
    row's band of its other values, widened by that band's width (603169.SH Q1 2025: Inv & Rec 2.50B-2.69B elsewhere,
    LT assets 2.73B-2.82B and falling, both print 2.68B)."""
    reported: set[tuple[frozenset[str], str]] = set()
    groups: dict[tuple[str, str | None, str], list[Fact]] = defaultdict(list)
    by_text: dict[str, list[Fact]] = defaultdict(list)  # every numbered fact by printed text: each twin's copies
    bands: dict[tuple[str, str], list[Decimal]] = defaultdict(list)  # (table, metric) -> the row's values
    for f in doc.facts:
        value = f.value
        if value is not None:
            by_text[value.text].append(f)
            if f.context == "table" and f.unit is not _RANK:  # one table's column: a statement's rows of one period
                period = f.period
                # a statement column without an end month ('Q1 2026' of a fiscal year the page does not date) is its text
                column = f"{period.end}/{period.frequency}" if period is not None else f.period_text
                table = f.id.split(".", 1)[0]
                groups[(table, column, value.text)].append(f)
                bands[(table, f.metric)].append(value.value * value.scale_factor)
    for (table, _column, text), facts in groups.items():
        metrics = list(dict.fromkeys(f.metric for f in facts))
        if len(metrics) < 2 or any(frozenset(metrics) <= eq for eq in EQUIVALENT):
            continue
        first = facts[0]
        assert first.value is not None
        digits = significant_digits(first.value.number_text)
        if digits < MIN_DIGITS_FOR_TWINS:
            continue
        if digits < STRONG_TWIN_DIGITS and all(_in_own_band(first.value.value * first.value.scale_factor, bands[(table, m)])
                                               for m in metrics[:2]):
            continue
        key = (frozenset(metrics), text)
        if key in reported:
            continue
        reported.add(key)
        rated = any(f.id == f"{facts[-1].id}.rating" for f in doc.facts)
        yield _twin(by_text[text], metrics, text, facts, rated=rated)


def _in_own_band(value: Decimal, row: list[Decimal]) -> bool:
    """Whether ``value`` is one its row would print anyway: inside the band of the row's other cells (at least two),
    widened by the band's width on each side."""
    others = list(row)
    others.remove(value)  # the matching cell itself
    if len(others) < 2:
        return False
    lo, hi = min(others), max(others)
    width = hi - lo
    return lo - width <= value <= hi + width


def _where(f: Fact) -> str:
    """Where a copy is printed: its table and kind ('style_score table'), or 'chart' once (not 'chart chart': round-47
    new user N6)."""
    part = f.id.split(".", 1)[0]
    return part if part == f.context else f"{part} {f.context}"


def _twin(same_text: list[Fact], metrics: list[str], text: str, facts: list[Fact], *, rated: bool) -> CheckResult:
    copies = [f for f in same_text if f.metric in metrics]  # in page order, as the page's facts are
    original, suspect = facts[0], facts[-1]
    assert original.value is not None
    lines = ", ".join(f"{f.label} line {f.line} ({_where(f)})" for f in copies)  # the table names a copy
    unit = "percentage point" if original.value.percent else "unit"
    step = f"0.{'0' * (original.value.decimals - 1)}1" if original.value.decimals else "1"
    message = (f"{suspect.label} is printed as {text}, identical to {original.label} ({text}) to the last printed digit "
               f"({lines}). ")
    known = KNOWN_COPIES.get(frozenset(metrics))
    if known is not None:
        said, copy = known
        message += said.format(subject=f"{copy} and its rating say" if rated else f"{copy} says") + "."
    else:
        message += (f"They are different quantities, and agreeing to {step} {unit} would be a coincidence; "
                    f"the {suspect.label} value is likely a copy of {original.label} (a template or data-feed error)"
                    f"{', which also makes its rating unreliable' if rated else ''}. Check {suspect.label} against its own source.")
    return warned("lb.duplicate_value", f"{suspect.label} = {original.label}", message, quoted=quoted_fact(suspect),
                  inputs=[quoted_fact(f) for f in copies if f is not suspect],
                  reason="two different indicators with an identical printed value")
