"""The quarterly (or annual) data table: period, value, CPI, inflation-adjusted value."""

from __future__ import annotations

import re

from .. import _build as build
from .._errors import InputTooLarge
from .._limits import MAX_TABLE_ROWS
from .._metrics import metric_for_label
from .._models import Frequency, Table, TableRow, Unit
from . import _labels as L
from ._lines import Page
from ._periods import months_between, period_from_yyyymm
from ._prose import slug
from ._sink import Sink


def read_data_tables(page: Page, sink: Sink) -> list[Table]:
    """Each 'X CPI Adj_X' table with its rows."""
    tables: list[Table] = []
    numbered = page.numbered()
    for idx, n, text in page.filled():  # a blank line heads no table
        hm = L.DATA_TABLE_HEADER.match(text.strip()) if " CPI Adj_" in text else None
        if not hm:
            continue
        value_label, adj_label = hm.group("value").strip(), hm.group("adj")
        vm = metric_for_label(value_label) or slug(value_label)
        am = metric_for_label(adj_label) or slug(adj_label)
        rows: list[TableRow] = []
        matched = _row_matches(page, numbered, idx, text.strip(), n)
        frequency = _row_frequency([period_from_yyyymm(rm.group("period")) for _, _, rm in matched])
        for n2, t2, rm in matched:
            period = period_from_yyyymm(rm.group("period"))
            cells = [build.TableCell(text=rm.group("period"))]
            for key, metric, label, unit in (("v", vm, value_label, Unit.PER_SHARE), ("cpi", "cpi", "CPI", Unit.INDEX),
                                              ("adj", am, adj_label, Unit.PER_SHARE)):
                value, missing = sink.number(rm.group(key))
                fact = sink.add(f"table.{metric}.{period}", metric, label, value, line=n2, raw=t2, context="table",
                                period=period, period_text=rm.group("period"), unit=unit,
                                frequency=None if metric == "cpi" else frequency)  # a CPI is of its month
                # the cell holds the fact's value (in the page's currency, as read): one number, one interval
                cells.append(build.TableCell(text=rm.group(key), number=fact.value, missing=missing))
            rows.append(build.TableRow(cells=cells, line=n2, key=period))
        tables.append(build.Table(id=f"data.{vm}", title=text.strip(), columns=["period", value_label, "CPI", adj_label],
                            rows=rows, line=n))
    return tables


def _row_matches(page: Page, numbered: list[tuple[int, str]], idx: int, title: str,
                 at: int) -> list[tuple[int, str, re.Match[str]]]:
    """The data rows under the header at ``numbered[idx]``, all matched before any is built: a table over the
    limit is refused before it costs a fact per cell."""
    found: list[tuple[int, str, re.Match[str]]] = []
    for j in range(idx + 1, len(numbered)):  # by index: a slice per header copied the rest of the page each time
        n2, t2 = numbered[j]
        if not t2.strip():
            if found:
                break
            continue
        rm = L.DATA_ROW.match(t2.strip())
        if not rm:
            break
        if len(found) >= MAX_TABLE_ROWS:
            raise InputTooLarge(f"data table '{title}' (line {at}) has more than {MAX_TABLE_ROWS} rows",
                                source=page.source, line=n2)
        found.append((n2, t2, rm))
    return found


def _row_frequency(periods: list[str]) -> Frequency | None:
    """The rows' frequency from the step between the first two periods (3 months: quarterly, ...)."""
    if len(periods) < 2:
        return None
    return {3: Frequency.QUARTERLY, 6: Frequency.SEMI_ANNUAL, 12: Frequency.ANNUAL}.get(months_between(periods[0], periods[1]))
