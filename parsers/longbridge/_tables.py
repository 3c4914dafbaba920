"""Tables of a quote page: what kind each is (by section, else by shape) and the facts it states.

Every cell is kept in ``doc.tables`` with its PrintedNumber; facts are
derived from the cells. A table of unknown kind is kept without facts and
noted, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import _build as build
from .._models import Missing, ParseNote, PrintedNumber, Table, TableCell, TableRow, Unit
from .._numbers import missing_reason, replaced
from .._regex_cache import compiled
from ._facts import FactSink
from ._headings import DIMENSIONS, STATEMENTS, SUBSCORES
from ._labels import (
    MONEY_METRICS,
    PADDED_PLACES,
    PEER_COLUMN_ORDER,
    STATEMENT_UNITS,
    ZERO_NOT_AVAILABLE,
    metric_for,
    slug,
    unit_for,
)
from ._lines import links
from ._markdown import TableBlock
from ._periods import ColumnPeriod, column_period
from ._values import LISTING, REPORTING, Reader, currency_of, is_grade, truncated_cell

_GRADE, _RANK, _COUNT, _BLANK = Unit.GRADE, Unit.RANK, Unit.COUNT, Missing.BLANK
_PERCENT, _RATIO, _AMOUNT, _PER_SHARE = Unit.PERCENT, Unit.RATIO, Unit.CURRENCY_AMOUNT, Unit.PER_SHARE
"""Enum members read once: reading one off its class goes through the enum's metaclass (~1,000 instructions)."""

SECTION_TABLES: dict[str, str] = {
    "title": "profile", "overview": "profile", "financial_score": "summary", "score_analysis": "indicators",
    "valuation": "valuation", "peers": "peers", "analyst_ratings": "ratings", "target_price": "targets",
    **{k: "indicators" for k in DIMENSIONS | SUBSCORES}, **{k: "statement" for k in STATEMENTS},
    "dividend_history": "dividends", "distribution": "dividends",
}
"""The table kind a section holds."""

TABLE_IDS: dict[str, str] = {
    "profile": "profile", "summary": "financial_score", "valuation": "valuation", "peers": "peers",
    "ratings": "analyst_ratings", "targets": "target_price", "unknown": "table", "dividends": "dividend_history",
}
"""Table id per kind (indicator tables take their dimension's id)."""

_SHAPE_COLUMNS: dict[str, tuple[int, int]] = {
    "profile": (2, 2), "summary": (2, 2), "indicators": (3, 3), "valuation": (6, 6), "peers": (3, 12),
    "ratings": (3, 3), "targets": (2, 2), "statement": (2, 64), "dividends": (4, 4),
}
_SYMBOL_RE = compiled(r"\(([A-Za-z0-9.\-]{1,20})\)\s*$")
_PERCENT_RE = compiled(r"-?\d++(?:\.\d++)?%")
_INT_RE = compiled(r"\d{1,9}")
_RATIO_RE = compiled(r"\s*+\d++\s*+/\s*+\d++\s*+")  # possessive: the same texts, without backtracking
_AMOUNT_RE = compiled(r"-?[\d,]++(?:\.\d++)?")
_DATE_RE = compiled(r"\d{4}-\d{2}-\d{2}")
_DIVIDEND_RE = compiled(r"(?P<label>[^:：\s](?:[^:：]{0,38}[^:：\s])?)[ ]{0,3}[:：][ ]{0,3}"
                          r"(?P<amount>\d{1,12}(?:\.\d{1,12})?)[ ]{0,3}(?P<currency>[A-Z]{3})?")
"""A dividend description: 'Cash Dividend: 0.4CNY' (label, amount per share, currency)."""
_DIVIDEND_LABEL_RE = compiled(r"(?P<label>[^:：\s](?:[^:：]{0,38}[^:：\s])?)[ ]{0,3}[:：]")
"""A dividend description that stops after its label: 'Cash Dividend:' (no amount printed in the cell)."""
_DIVIDEND_AMOUNT_RE = compiled(r"\d{1,12}(?:\.\d{1,12})?[ ]{0,3}(?:[A-Z]{3})?")
"""A dividend description that is an amount alone: '0.01SGD' (no label saying what kind of distribution it is)."""
_OPEN_ROW_RE = compiled(r"\|[^|]*[:：]")
"""A table row line that opens its first cell and ends inside it after a label's colon: '| Cash Dividend: ' (no other
'|'). Without the colon ('| ROE' above 'Revenue | 1.2B | …'), the two lines are two rows, as markdown reads them (the
round's second read: a joined 'ROE Revenue' lost the revenue row's facts)."""
_CONTINUED_ROW_RE = compiled(r"[^|\s].*\|")
"""The line that carries such a cell on: it does not open with '|' and closes the row ('0.01SGD | 2026-05-14 | ... |').
The .md rendering of Longbridge's Financial Reports pages breaks each Dividend History row so, after 'Cash Dividend: '
(round-35 tester gig F1, LJ3.SG and X1SU.SG): one row, whose llms.txt rendering prints it on one line."""


@dataclass
class TableContext:
    """Where on the page a table stands."""

    section: str | None
    title: str
    dimension: str | None = None
    subscore: str | None = None
    as_of: str | None = None
    symbol: str | None = None
    cut_line: int | None = None
    currency: str | None = None
    """The currency the section's title prints ('Income Statement (CNY)'), for the amounts of its table."""
    calendar: bool = False
    """Whether the company's fiscal year is the calendar year (its market's law says so): quarters get their end month."""
    header_only: bool = False
    """The page is cut after the table's header: no rows to judge its kind by, and no layout to report."""
    cut_spaced: bool = False
    """The file ends in a space after the cut row's last cell ('| 19.62M '): the padding the site prints before a '|',
    so that cell is whole; a row that runs into the cut ('| -8', or a line break, which a saved copy may add) is not."""


@dataclass
class TableOut:
    """What one table gave: the table, profile entries, links, notes."""

    table: Table
    kind: str
    profile: dict[str, str] = field(default_factory=dict)
    links: list[tuple[str, str, int]] = field(default_factory=list)
    notes: list[ParseNote] = field(default_factory=list)
    peer_columns: tuple[str, ...] | None = None
    periods: list[ColumnPeriod | None] | None = None


def classify(block: TableBlock, section: str | None) -> str:
    """The table's kind: from its section when the shape fits, else from its shape alone."""
    col = list(zip(*(cells for _, cells in block.rows), strict=True))  # once, for every kind (rows are padded)
    expected = SECTION_TABLES.get(section or "")
    if expected and _fits(expected, block, col, by_section=True):
        return expected
    for kind in ("statement", "dividends", "valuation", "peers", "ratings", "indicators", "summary", "targets", "profile"):
        if _fits(kind, block, col):
            return kind
    return "unknown"


def _fits(kind: str, block: TableBlock, col: list[tuple[str, ...]], *, by_section: bool = False) -> bool:
    """Whether the block has the kind's shape; ``by_section``: the kind its section title names, which a fund's Valuation
    Analysis fits with no row ranked ('| Dividend Yield | 1.44% | - | 1.53% | 1.48% | 1.46% |', round-39 tester gtb F1,
    SIZE.US): by its shape alone, six columns and a dash are no valuation table."""
    lo, hi = _SHAPE_COLUMNS[kind]
    n = len(block.header)
    if not lo <= n <= hi or not block.rows:
        return False
    if kind == "statement":  # every column after the labels is a period ('Q1 2026')
        return all(column_period(h, calendar=False) for h in block.header[1:])
    if kind == "dividends":
        return all(_DATE_RE.fullmatch(c) or missing_reason(c) is not None for c in col[1] + col[2] + col[3])
    if kind == "valuation":
        return (any("/" in c and _RATIO_RE.fullmatch(c) for c in col[2])
                or (by_section and all(missing_reason(c) is not None for c in col[2])))
    if kind == "peers":
        return all(_INT_RE.fullmatch(c) for c in col[0]) and all(is_grade(c) or not c for c in col[-1])
    if kind == "ratings":
        return all(_INT_RE.fullmatch(c) or not c for c in col[1]) and any(_PERCENT_RE.fullmatch(c) for c in col[2])
    if kind == "indicators":
        return all(is_grade(c) or not c for c in col[2]) and not all(is_grade(c) or not c for c in col[1])
    if kind == "summary":
        return any(("/" in c and _RATIO_RE.fullmatch(c)) or is_grade(c) for c in col[1])
    if kind == "targets":
        numeric = [c for c in col[1] if missing_reason(c) is None]
        return bool(numeric) and all(_AMOUNT_RE.fullmatch(c) for c in numeric)
    return True  # profile: any two-column table


def read_table(block: TableBlock, ctx: TableContext, reader: Reader, sink: FactSink) -> TableOut:
    """Turn a table block into a Table and its facts."""
    block = _join_broken_rows(block, sink.view.texts)
    expected = SECTION_TABLES.get(ctx.section or "")
    rows_cut = bool(block.rows) and all(line == ctx.cut_line for line, _ in block.rows)
    if ctx.header_only or rows_cut:  # the section's kind when the header's width fits it; its shape is not reported
        lo, hi = _SHAPE_COLUMNS.get(expected or "", (1, 0))
        kind = expected if expected and lo <= len(block.header) <= hi else "unknown"
    else:
        kind = classify(block, ctx.section)
    view = sink.view
    scoped = ".".join(k for k in (ctx.dimension, ctx.subscore) if k) or "score"
    if kind == "indicators":
        table_id = scoped
    elif kind == "statement":
        table_id = ctx.section if ctx.section in STATEMENTS else "statement"
    else:
        table_id = TABLE_IDS[kind]
    out = TableOut(table=build.Table(id=table_id, title=ctx.title, columns=block.header, rows=[], line=view.line(block.line)),
                   kind=kind)
    if expected and kind != expected and not ctx.header_only and not rows_cut:
        out.notes.append(build.ParseNote(code="table.layout", line=view.line(block.line),
                                   message=f"{view.where(block.line)}: the table in '{ctx.title}' has an unexpected shape "
                                           f"({len(block.header)} columns); read as {kind}"))
    if kind == "unknown" and not ctx.header_only:
        out.notes.append(build.ParseNote(code="table.unknown", line=view.line(block.line),
                                   message=f"{view.where(block.line)}: table of unknown kind in '{ctx.title}' kept without facts"))
    for line, count in block.wide:  # its values may sit under other columns than their own: said, never silent
        if line == ctx.cut_line:  # the page ends inside it: table.row_cut says so
            continue
        out.notes.append(build.ParseNote(code="table.row_width", line=view.line(line),
                                         message=f"{view.where(line)}: the row has {count} cell{'s' if count != 1 else ''} where the header of "
                                                 f"'{ctx.title}' has {len(block.header)}: "
                                                 + ("the cells past the header's are not read, and the row's values may "
                                                    "stand under other columns than their own" if count > len(block.header)
                                                    else "it prints its label alone, so its values are absent, not zero")))
    reader_fn = _READERS[kind]
    rows, cut, texts = out.table.rows, ctx.cut_line, view.texts
    for line, cells in block.rows:  # the splitter pads every row to the header's width
        if line == cut:
            rows.append(_cut_row(cells, line, ctx, reader, sink, out))
            continue
        rows.append(reader_fn(cells, line, ctx, reader, sink, out))
        if "](" in texts[line]:  # every link has it, inside one cell (the joining spaces cannot make one): skip the join
            for text, url in links(" ".join(cells)):
                out.links.append((text, url, line))
    return out


def _join_broken_rows(block: TableBlock, texts: list[str]) -> TableBlock:
    """The block with each row broken inside its first cell read as one row (markdown-it reads two: the cell's start
    alone, padded with blanks, and the rest as a row of its own): '| Cash Dividend: ' then '0.01SGD | 2026-05-14 |
    2026-05-13 | 2026-05-29 |' is '| Cash Dividend: 0.01SGD | ... |'. Joined only when the second line holds exactly
    the header's cells; the joined row stands on that line, which prints every value of it."""
    rows, width = block.rows, len(block.header)
    if len(rows) < 2 or all(texts[line].rstrip().endswith("|") for line, _ in rows[:-1]):  # no row left open: the usual
        return block
    joined: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(rows):
        line, cells = rows[i]
        if i + 1 < len(rows) and rows[i + 1][0] == line + 1 and _OPEN_ROW_RE.fullmatch(texts[line].strip()) and cells[0]:
            after, rest = rows[i + 1]
            text = texts[after].strip()
            if _CONTINUED_ROW_RE.fullmatch(text) and text.count("|") == width and "\\" not in text:
                joined.append((after, [f"{cells[0]} {rest[0]}", *rest[1:]]))
                i += 2
                continue
        joined.append((line, cells))
        i += 1
    return TableBlock(block.header, joined, block.line, block.end, block.wide)


_CUT_ROW_READERS = frozenset({"statement", "indicators"})
"""Kinds whose cut last row keeps the cells it closes: one value a cell, each read alone ('| Financing CF | -1.74M |
-1.68M | -8' keeps -1.74M and -1.68M; the -8 the page was cut inside is truncated)."""


def _cut_row(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    """The row the page ends inside: the cells a '|' closes, or the padding space the file ends in, are read as any
    row's; the rest are truncated."""
    view = sink.view
    text = view.texts[line].strip()
    closed = text.count("|") - 1 if text.startswith("|") and "\\|" not in text else 0  # each '|' after the first closes a cell
    if closed and ctx.cut_spaced and not text.endswith("|"):  # '| 19.62M ': the padding closes the last cell too (ghc F5)
        closed += 1
    out.notes.append(build.ParseNote(code="table.row_cut", line=view.line(line),
                                     message=f"{view.where(line)}: the page ends inside this table row ({view.raw(line)!r}); "
                                             + (f"its first {closed} cells are whole and read, the rest are absent, not zero"
                                                if closed >= 2 and out.kind in _CUT_ROW_READERS else
                                                "its values are absent, not zero")))
    if closed < 2 or out.kind not in _CUT_ROW_READERS:
        return build.TableRow(cells=[truncated_cell(c) for c in cells], line=view.line(line), key=cells[0] or None)
    if out.kind == "indicators":  # label and value whole; a rating cut or absent is not read
        row = _indicators([*cells[:2], cells[2] if closed >= 3 else ""], line, ctx, reader, sink, out)
    else:
        row = _statement(cells[:closed], line, ctx, reader, sink, out)
    kept = row.cells[:closed]
    return build.TableRow(cells=[*kept, *(truncated_cell(c) for c in cells[len(kept):])], line=row.line, key=row.key)


def _label(kind: str, text: str, out: TableOut, line: int, sink: FactSink) -> str:
    metric = metric_for(kind, text)
    if metric is None:
        metric = slug(text)
        out.notes.append(build.ParseNote(code="label.unknown", line=sink.view.line(line),
                                   message=f"{sink.view.where(line)}: unknown {kind} label {text!r} kept as {metric}"))
    return metric


def _value_fact(sink: FactSink, fact_id: str, metric: str, label: str, cell: TableCell, line: int, ctx: TableContext,
                out: TableOut, context: str = "table", unit: Unit | None = None) -> None:
    number = cell.number
    if number is not None:
        sink.add(fact_id, metric, label, value=number, unit=unit or unit_for(metric, percent=number.percent),
                 context=context, line=line, as_of=ctx.as_of)
    elif cell.missing is not None:
        sink.add(fact_id, metric, label, missing=cell.missing, unit=unit or unit_for(metric, percent="%" in cell.text),
                 context=context, line=line, as_of=ctx.as_of)
    else:
        grade = is_grade(cell.text)
        sink.add(fact_id, metric, label, text_value=cell.text, unit=_GRADE if grade else unit_for(metric, percent=False),
                 context=context, line=line, as_of=ctx.as_of)
        if not grade:
            out.notes.append(build.ParseNote(code="value.unparsed", line=sink.view.line(line),
                                       message=f"{sink.view.where(line)}: {label}: {cell.text!r} is not a number"))


def _grade_fact(sink: FactSink, fact_id: str, metric: str, label: str, text: str, line: int, ctx: TableContext,
                context: str = "table") -> None:
    text = text.strip()
    if text:
        sink.add(fact_id, metric, label, text_value=text, unit=_GRADE, context=context, line=line, as_of=ctx.as_of)


def _profile(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    key = metric_for("profile", cells[0]) or cells[0].strip()
    found = links(cells[1])
    out.profile[key] = found[0][1] if key == "website" and found else cells[1]
    if key == "website":  # a cell listing several sites: each is kept, none run into another
        for i, (_, url) in enumerate(found[1:], start=2):
            out.profile[f"website_{i}"] = url
    return build.TableRow(cells=[build.TableCell(text=c) for c in cells], line=sink.view.line(line), key=key)


def _summary(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    metric = _label("summary", cells[0], out, line, sink)
    value = reader.cell(cells[1])
    ranked = reader.rank(cells[1])
    fact_id = f"financial_score.{metric.removesuffix('_grade')}"
    if ranked:
        sink.add(fact_id, metric, cells[0], value=ranked[0], total=ranked[1], unit=_RANK, context="table",
                 line=line, as_of=ctx.as_of)
    else:
        _value_fact(sink, fact_id, metric, cells[0], value, line, ctx, out)
    return build.TableRow(cells=[build.TableCell(text=cells[0]), value], line=sink.view.line(line), key=metric)


def _indicators(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    metric = _label("indicators", cells[0], out, line, sink)
    value = reader.cell(cells[1], money=metric in MONEY_METRICS, of=currency_of(metric))
    if metric in ZERO_NOT_AVAILABLE and value.number is not None and value.number.value == 0:
        value = build.TableCell(text=value.text, missing=Missing.NOT_AVAILABLE)
    dim = ctx.dimension or ctx.subscore or "score"
    _value_fact(sink, f"{dim}.{metric}", metric, cells[0], value, line, ctx, out)
    _grade_fact(sink, f"{dim}.{metric}.rating", f"{metric}.rating", f"{cells[0]} rating", cells[2], line, ctx)
    return build.TableRow(cells=[build.TableCell(text=cells[0]), value, reader.cell(cells[2])], line=sink.view.line(line), key=metric)


_VALUATION_COLUMNS = ("", "", "industry_rank", "high", "median", "low")


def _valuation(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    metric = _label("valuation", cells[0], out, line, sink)
    row = [build.TableCell(text=cells[0])]
    for i, text in enumerate(cells[1:6], start=1):
        cell = reader.cell(text)
        row.append(cell)
        suffix = _VALUATION_COLUMNS[i]
        fact_id, fact_metric = (f"valuation.{metric}.{suffix}", f"{metric}.{suffix}") if suffix else (f"valuation.{metric}", metric)
        ranked = reader.rank(text) if suffix == "industry_rank" else None
        if ranked:
            sink.add(fact_id, fact_metric, f"{cells[0]} industry ranking", value=ranked[0], total=ranked[1], unit=_RANK,
                     context="table", line=line, as_of=ctx.as_of)
        else:
            label = f"{cells[0]} {out.table.columns[i] if i < len(out.table.columns) else suffix}".strip()
            _value_fact(sink, fact_id, fact_metric, label, cell, line, ctx, out,  # a rank unranked ('-') is still one
                        unit=_RANK if suffix == "industry_rank" else None)
    return build.TableRow(cells=row, line=sink.view.line(line), key=metric)


def _peers(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    columns = out.peer_columns
    if columns is None:  # the same for every row: worked out once per table
        columns = out.peer_columns = _peer_columns(out.table.columns)
    name = cells[columns.index("name")] if "name" in columns else cells[1]
    m = _SYMBOL_RE.search(name)
    peer = m.group(1) if m else name.strip()
    own = ctx.symbol is not None and peer.upper() == ctx.symbol.upper()
    row: list[TableCell] = []
    for col, text in zip(columns, cells, strict=False):
        if col == "rank":
            cell = reader.cell(text, exact=True)
            row.append(cell)
            if cell.number is not None:
                sink.add(f"peers.{peer}.rank", "industry_rank" if own else "peer.rank", f"{name} rank", value=cell.number,
                         unit=_RANK, context="peers", line=line)
        elif col == "name":
            row.append(build.TableCell(text=text))
        else:
            row.append(build.TableCell(text=text, missing=_BLANK if not text.strip() else None))
            metric = "financial_score.grade" if own and col == "rating" else f"peer.{col}"
            _grade_fact(sink, f"peers.{peer}.{col}", metric, f"{name} {col}", text, line, ctx, context="peers")
    return build.TableRow(cells=row, line=sink.view.line(line), key=peer)


def _peer_columns(header: list[str]) -> tuple[str, ...]:
    """The column ids of a peer table's header."""
    return tuple(metric_for("peer_columns", h) or (PEER_COLUMN_ORDER[i] if i < len(PEER_COLUMN_ORDER) else slug(h))
                 for i, h in enumerate(header))


def _ratings(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    key = _label("ratings", cells[0], out, line, sink).removeprefix("unknown.")
    count = reader.cell(cells[1], exact=True)
    percent = reader.cell(cells[2])
    _value_fact(sink, f"analyst_ratings.{key}", f"analysts.{key}", cells[0], count, line, ctx, out, context="analysts",
                unit=_COUNT)
    _value_fact(sink, f"analyst_ratings.{key}.percent", f"analysts.{key}.percent", f"{cells[0]} percentage", percent,
                line, ctx, out, context="analysts")
    return build.TableRow(cells=[build.TableCell(text=cells[0]), count, percent], line=sink.view.line(line), key=key)


def _targets(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    metric = _label("targets", cells[0], out, line, sink)
    value = reader.cell(cells[1], money=True)
    _value_fact(sink, f"target_price.{metric}", metric, cells[0], value, line, ctx, out, context="targets")
    return build.TableRow(cells=[build.TableCell(text=cells[0]), value], line=sink.view.line(line), key=metric)


def _unknown(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    return build.TableRow(cells=[reader.cell(c) for c in cells], line=sink.view.line(line), key=cells[0] if cells else None)


def _statement(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    metric = _label("statement", cells[0], out, line, sink)
    periods = out.periods
    if periods is None:  # the same for every row: worked out once per table
        periods = out.periods = [column_period(h, calendar=ctx.calendar) for h in out.table.columns]
        if not ctx.calendar and any(periods):
            out.notes.append(build.ParseNote(
                code="period.fiscal", line=sink.view.line(line),
                message=f"{sink.view.where(line)}: the columns of '{ctx.title}' are quarters or years of the company's "
                        "fiscal year, whose end the page does not print: their periods carry no end month"))
    kept_unit = STATEMENT_UNITS.get(metric, _RATIO)
    money = kept_unit in (_AMOUNT, _PER_SHARE)
    # a cell without a number ('-') is of its row's unit: a row printed in '%' has percent dashes, not ratio ones
    blank_unit = _PERCENT if any("%" in c for c in cells[1:]) else kept_unit
    row = [build.TableCell(text=cells[0])]
    section = ctx.section or "statement"
    padded = PADDED_PLACES.get(metric)
    for i, text in enumerate(cells[1:], start=1):
        cell = reader.cell(text, money=money, of=REPORTING if money else LISTING, currency=ctx.currency)  # every money row is reported
        if padded is not None and cell.number is not None:
            cell = _unpadded(cell, cell.number, *padded)
        row.append(cell)
        header = out.table.columns[i] if i < len(out.table.columns) else ""
        period = periods[i] if i < len(periods) else None
        key = period.key if period else slug(header).removeprefix("unknown.")
        typed = build.Period(end=period.end, frequency=period.frequency) if period and period.end else None
        fact_id = f"{section}.{metric}.{key}"
        label = f"{cells[0]} {header}".strip()
        unit = _PERCENT if "%" in text else blank_unit if cell.number is None else kept_unit
        unread = cell.number is None and cell.missing is None  # kept as its text
        sink.add(fact_id, metric, label, value=cell.number, missing=cell.missing, text_value=text if unread else None,
                 unit=unit, context="table", line=line, period=typed, period_text=header or None)
        if unread:
            out.notes.append(build.ParseNote(code="value.unparsed", line=sink.view.line(line),
                                       message=f"{sink.view.where(line)}: {label}: {text!r} is not a number"))
    if periods and any(p is None for p in periods[1:]) and not any(n.code == "period.unknown" for n in out.notes):
        out.notes.append(build.ParseNote(code="period.unknown", line=sink.view.line(line),
                                   message=f"{sink.view.where(line)}: a column of '{ctx.title}' names no period "
                                           "('Q1 2026', 'FY2025'): its facts carry the column's text only"))
    return build.TableRow(cells=row, line=sink.view.line(line), key=metric)


def _unpadded(cell: TableCell, number: PrintedNumber, places: int, fewer: int) -> TableCell:
    """The cell read at ``fewer`` places where it prints ``places`` and the extra ones are zeros ('0.5400'), else as is."""
    if number.decimals != places or not number.text.rstrip("%").endswith("0" * (places - fewer)):
        return cell
    return build.TableCell(text=cell.text, number=replaced(number, decimals=fewer))


def _dividends(cells: list[str], line: int, ctx: TableContext, reader: Reader, sink: FactSink, out: TableOut) -> TableRow:
    description = cells[0].strip()
    m = _DIVIDEND_RE.fullmatch(description)
    metric = metric_for("dividends", m.group("label")) if m else None
    row = [build.TableCell(text=c) for c in cells]
    ex_date = cells[2].strip() if len(cells) > 2 else ""
    key = ex_date if _DATE_RE.fullmatch(ex_date) else str(len(out.table.rows) + 1)
    typed = build.Period(end=ex_date) if _DATE_RE.fullmatch(ex_date) else None
    period_text = f"ex-date {ex_date}" if ex_date else None
    number = reader.number(m.group("amount")) if m and metric else None
    if m and metric and number is not None:
        currency = m.group("currency") or ctx.currency or reader.currency
        printed = description[m.start("amount"):]
        number = replaced(number, text=printed, currency=currency) if currency else replaced(number, text=printed)
        row[0] = build.TableCell(text=cells[0], number=number)
        sink.add(f"dividend_history.{metric}.{key}", metric, m.group("label").strip(), value=number, unit=_PER_SHARE,
                 context="table", line=line, period=typed, period_text=period_text)
    elif description:
        code, why = _unread_dividend(description, m, metric)
        out.notes.append(build.ParseNote(code=code, line=sink.view.line(line),
                                   message=f"{sink.view.where(line)}: distribution {description!r} {why}: kept in the "
                                           "table without a fact"))
    return build.TableRow(cells=row, line=sink.view.line(line), key=cells[0] or None)


def _unread_dividend(description: str, m: re.Match[str] | None, metric: str | None) -> tuple[str, str]:
    """The note code and the reason a Dividend History description gives no fact, as far as its text shows."""
    if m and metric:  # 'Cash Dividend: <amount>' whose amount is no number the reader takes
        return "value.unparsed", f"names a cash dividend whose amount {m.group('amount')!r} is not read as a number"
    label = _DIVIDEND_LABEL_RE.fullmatch(description)
    if label and metric_for("dividends", label.group("label")):
        return "value.unparsed", "names a cash dividend but prints no amount"
    if _DIVIDEND_AMOUNT_RE.fullmatch(description):
        return "value.unparsed", "is an amount without the kind of distribution it pays ('Cash Dividend: 0.4CNY')"
    named = m or label
    if named:
        return "label.unknown", f"is a distribution of another kind than a cash dividend per share ({named.group('label').strip()!r})"
    return "label.unknown", "is not read as a cash dividend per share, which the site prints as 'Cash Dividend: 0.4CNY'"


_READERS = {
    "profile": _profile, "summary": _summary, "indicators": _indicators, "valuation": _valuation, "peers": _peers,
    "ratings": _ratings, "targets": _targets, "unknown": _unknown, "statement": _statement, "dividends": _dividends,
}
