"""The data table: CPI-adjusted rows, the aggregate over them, and the stated divisor."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from decimal import Decimal

from .. import _build as build
from .._checks import compare, interval_out, number_interval, quoted_fact, quoted_number, skipped, warned
from .._errors import EvaluationError
from .._formulas import FORMULAS
from .._interval import Interval, sum_intervals
from .._metrics import metric_for_label
from .._models import CheckResult, Document, Fact, StatementKind, Status, Table
from ._audit_common import AGGREGATES, RULE, facts_by_metric
from ._periods import months_between


def adjusted_rows(doc: Document) -> Iterator[CheckResult]:
    """Each data row: adjusted value = value / CPI x current CPI."""
    current = [f for f in facts_by_metric(doc).get("current_cpi", ()) if f.value]
    best = max(current, key=lambda f: f.value.decimals if f.value else 0) if current else None  # once, not per table
    source = FORMULAS["inflation_adjustment"].source  # the same for every table and row
    for table in doc.tables:
        if not table.id.startswith("data."):
            continue
        if best is None:
            yield skipped(f"{RULE}.row.adjusted", table.title, "the page does not state the current CPI")
            continue
        cur = best
        assert cur.value is not None
        current_text = cur.value.text
        for row in table.rows:
            cells = row.cells
            v, cpi, adj = [c.number for c in cells[1:4]]  # a list, not a generator: the same unpacking, one frame fewer
            subject = f"{table.columns[3]} {cells[0].text} (line {row.line})"
            if v is None or cpi is None or adj is None:
                yield skipped(f"{RULE}.row.adjusted", subject, "a cell is missing", quoted=None)
                continue
            try:
                iv = number_interval(v) / number_interval(cpi) * number_interval(cur.value)
            except EvaluationError as exc:
                yield skipped(f"{RULE}.row.adjusted", subject, str(exc))
                continue
            yield compare(f"{RULE}.row.adjusted", subject, adj, row.line, iv,
                          [quoted_number(v, row.line, table.columns[1]), quoted_number(cpi, row.line, "CPI"),
                           quoted_fact(cur, "Current CPI")],  # a Quoted of its own per check: a caller may edit one
                          derivation=f"{v.text} / {cpi.text} x {current_text}", source=source)



def _rows_per_year(table: Table) -> int | None:
    periods = [r.key for r in table.rows if r.key]
    if len(periods) < 2:
        return None
    step = months_between(periods[0], periods[1])
    return {3: 4, 6: 2, 12: 1}.get(step)



def _stated_years(doc: Document) -> int | None:
    years = [int(s.value) for s in doc.statements_of(StatementKind.YEARS) if s.value.isdigit()]
    return min(years) if years else None



def _quoted_value(facts: Iterable[Fact], current: str | None) -> Fact | None:
    """The most precise value the page states for the current period (prose first among equals), or None."""
    cands = [f for f in facts if f.value and f.context in {"prose", "today", "headline"}
             and (f.period is None or f.period.end == current)]
    return max(cands, key=lambda f: (f.value.decimals if f.value else 0, f.context == "prose")) if cands else None


def aggregates(doc: Document) -> Iterator[CheckResult]:
    """E10 and cyclically adjusted values from the adjusted rows; the stated divisor against the value."""
    by_metric = facts_by_metric(doc)  # once per page, as are the statements below: per table they were quadratic
    stated_years = _stated_years(doc)
    keyed = [(t, k) for t in doc.tables if (k := _aggregate_key(t)) is not None]
    divisors = _divisors_by_table(doc, [t for t, _ in keyed])
    quoted_of: dict[str, Fact | None] = {}
    for table, adj_key in keyed:
        adj_col = table.columns[3]
        target, method = AGGREGATES[adj_key]
        formula = FORMULAS.get(target)
        if target not in quoted_of:  # a target's quoted value is the page's, whichever table asks: chosen once
            quoted_of[target] = _quoted_value(by_metric.get(target, ()), doc.periods.current)
        quoted = quoted_of[target]
        subject = target.replace("_", " ")
        if quoted is None:
            yield skipped(f"{RULE}.aggregate", subject, "the page does not state the value for the current period")
            continue
        assert quoted.value is not None  # cands hold only facts with a value
        cells = [r.cells[3].number for r in table.rows if len(r.cells) > 3]
        if any(c is None for c in cells) or not cells:
            yield skipped(f"{RULE}.aggregate", subject, "an adjusted value is missing from the table")
            continue
        if doc.truncated and doc.truncated_at_line and table.rows and table.rows[-1].line >= doc.truncated_at_line - 1:
            yield skipped(f"{RULE}.aggregate", subject, f"the table is cut off by the page's end at line {doc.truncated_at_line}")
            continue
        n = len(cells)
        ppy = _rows_per_year(table) or 4
        years = stated_years or (n // ppy)
        total = sum_intervals([number_interval(c) for c in cells if c])
        expected_rows = years * ppy
        inputs = [quoted_number(c, r.line, f"{adj_col} {r.cells[0].text}") for c, r in zip(cells, table.rows, strict=False) if c]
        if method == "mean":
            divisor, how = Decimal(n), f"mean of {n} rows"
        else:
            divisor, how = Decimal(years), f"sum of {n} rows / {years} years"
        if n != expected_rows and method != "mean":
            yield warned(f"{RULE}.aggregate.rows", subject,
                         f"{n} adjusted rows for {years} years at {ppy} per year (expected {expected_rows})",
                         inputs=inputs[:1])
        iv = total / Interval.exact(divisor)
        yield compare(f"{RULE}.aggregate", subject, quoted.value, quoted.line, iv, inputs, derivation=how,
                      source=formula.source if formula else None, fact_id=quoted.id)
        yield from _divisor_statements(divisors[id(table)], subject, quoted, total, n, method, years, divisor,
                                       number_interval(quoted.value).intersects(iv))



def _metric_of_column(label: str) -> str:
    return metric_for_label(label) or ""


def _aggregate_key(table: Table) -> str | None:
    """The AGGREGATES key of a table's adjusted column, or None when it is no aggregate table."""
    adj_col = table.columns[3] if len(table.columns) > 3 else ""
    return next((k for k in AGGREGATES if table.columns and k in _metric_of_column(adj_col)), None)


def _divisors_by_table(doc: Document, tables: list[Table]) -> dict[int, list[tuple[int, str]]]:
    """Each 'divide …' statement (line, divisor) under the aggregate table it speaks of: the last one that starts
    at or above it, or the first table for a statement above every table. A page has one data table, so every
    statement is its table's; a page of many copies pairs each copy's statement with its own table, not with
    every table (which made tables x statements checks)."""
    owned: dict[int, list[tuple[int, str]]] = {id(t): [] for t in tables}
    if not tables:
        return owned
    starts = sorted((t.line or 0, k) for k, t in enumerate(tables))
    for line, div in sorted((s.line or 0, s.value) for s in doc.statements_of(StatementKind.DIVISOR)):
        at = bisect.bisect_right(starts, (line, len(tables))) - 1
        owner = tables[starts[max(at, 0)][1]]
        owned[id(owner)].append((line, div))
    return owned



def _divisor_statements(stated: list[tuple[int, str]], subject: str, quoted: Fact, total: Interval, n: int, method: str,
                        years: int, divisor: Decimal, rows_give_value: bool) -> Iterator[CheckResult]:
    """Every 'divide …' statement of a table (line order) implies a divisor; it must give the quoted value. Where the
    rows' sum gives the value under no divisor the page's method uses (``rows_give_value`` False: gf.aggregate fails),
    a statement of that same divisor proves nothing more: a row is wrong, not the statement."""
    assert quoted.value is not None
    for line, div in stated:
        d = Decimal(n) if div == "the count" else Decimal(div)
        iv = total / Interval.exact(d)
        words = f"'divide {div}'" + (f" ({n} rows)" if div == "the count" else "")
        if not rows_give_value and d == divisor:
            yield skipped(f"{RULE}.method.divisor", f"divisor stated on line {line}",
                          f"line {line} says {words}, the divisor the value's method uses; the rows' sum gives "
                          f"{iv.fmt()}, not {quoted.value.text}, which {RULE}.aggregate reports: a row, not the statement, "
                          "is in question", inputs=[build.Quoted(name="stated divisor", text=f"divide {div}", line=line)])
            continue
        res = compare(f"{RULE}.method.divisor", f"divisor stated on line {line}", quoted.value, quoted.line, iv,
                      [build.Quoted(name="stated divisor", text=f"divide {div}", line=line)],
                      derivation=f"sum of {n} adjusted values / {d}")
        if res.status == Status.FAIL and div == "the count" and years and years != n:
            # 'the count' may mean the count of years: loose wording, not a contradiction, if that reading holds
            by_years = total / Interval.exact(Decimal(years))
            if number_interval(quoted.value).intersects(by_years):
                res.status = Status.WARN
                res.reason = (f"'divide the count' (line {line}) reads as the count of rows ({n}), but the value is the sum / "
                              f"{years}, the count of years; the wording is loose, the numbers agree")
                res.message = f"{subject}: {res.reason}"
                res.recomputed = interval_out(by_years)
                yield res
                continue
        if res.status == Status.FAIL:
            res.message = (f"line {line} says {words}, which gives {iv.fmt()}, but the page's {quoted.value.text} (line {quoted.line}) "
                           f"is the {'mean' if method == 'mean' else f'sum / {years}'}; the method statement contradicts the value")
        yield res
