"""History rows: periods on one line, a label and values after it; align values from the right.

The text form collapses hidden cells: a quarterly row of 20 periods may show
only "Get a 7-Day Free Trial", 12 × "Premium Member Only" and 5 values. The
last value belongs to the last period, so cells are aligned from the right and
periods left without a visible cell are premium-only (or blank), never zero.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from .. import _build as build
from .._metrics import BY_ID, metric_for_label, metric_for_label_start, words_of
from .._models import Frequency, Missing, Series, SeriesPoint
from .._regex_cache import compiled
from . import _labels as L
from ._lines import Page
from ._periods import months_between, period_from_token
from ._prose import metric_of
from ._sink import Sink

_TRIAL, _PREMIUM = "\x01", "\x02"
_MARKER_CELLS = {"\x03": "At Loss", "\x04": "No Debt", "\x05": "Negative Equity"}
"""GuruFocus's words for a value it does not compute, as one cell each (a row reads its cells as tokens, and these
words are two): the headline's 'At Loss' and the range box's 'No Debt', printed in a row's cell, are one missing value
of one period, never the row's end (the cells before them would be moved to later periods). So is an ROE row's
'Negative Equity' (BSP:I1RM34 '… 0.21 Negative Equity -', round-18 gfy 017)."""
_MARKER_WORDS = compiled(r"(?:-?\d{1,3}(?:\.\d{1,2})? )?\(At Loss\)|At Loss|No Debt|Negative Equity%?")
_MARKER_OF = {"No Debt": " \x04 ", "Negative Equity": " \x05 ", "Negative Equity%": " \x05 "}  # as the headline prints it
# a number cell: what -?[\d,]*\.?\d+%? takes, written so that it runs in linear time (that form retried the digit
# run from every character: 2 s on a 10,000-digit token); a match starts only where a run of digits starts
_CELL = compiled(r"-?(?<![\d,])(?:[\d,]*+\.\d++|,*+\d[\d,]*+(?<=\d))%?")
_PLACEHOLDERS = frozenset({_TRIAL, _PREMIUM, "-", "N/A", "—", *_MARKER_CELLS})
_ROW_FIRST = frozenset(["|", "T", "1", "2", *(month[0] for month in L.MONTHS)])
"""The first characters of a line that may head a row of periods, besides blanks: '|', 'Trend', a month, an ISO month."""
_PIPE_ONLY = "| \t"
_SPLIT_LINES = 4
"""A 2026 alerts-page row prints its label and 'Get a 7-Day Free Trial' on one line, then lines of a lone '|' and
its values on the next (XKLS:5027): so many '|' lines are passed over between the label and the values."""
_FREQ = {"Annual": Frequency.ANNUAL, "Semi-Annual": Frequency.SEMI_ANNUAL, "Quarterly": Frequency.QUARTERLY}
_A_YEAR = 12
"""Months between two columns of a year's rows. A 'Semi-Annual Data' table whose columns are all a year or more apart
(FRMO: Feb00 … Feb04 May12 May13 May14; XKLS:0284, CGLD, ASX:TOK, XMAD:END) repeats the annual row cell for cell:
its values are twelve months' (FRMO's May14 1,059.56 is the annual row's, twice the six months' 529.78), so the row
is annual. A 'Quarterly Data' table so spaced is not: MIC:ZOYA's Dec11 45.85 is not the annual row's 86.71 (a
quarter's value a year after the last one shown), and keeps its label."""


YEAR_APART_NOTE = "printed under 'Semi-Annual Data' with columns a year apart: read as the year's row"
"""The note of a row read as annual from a 'Semi-Annual Data' table (``_A_YEAR``): which span it is, is the reader's
inference, so a contradiction that needs it is no proof (gf.restated)."""


class Term(NamedTuple):
    """The page's own term: its metric id and the label its header prints (a row label the page's end cut inside
    is the term's when it starts the term's label)."""

    metric: str | None
    label: str | None


def _tokens(text: str) -> list[str]:
    text = text.replace(L.FREE_TRIAL, f" {_TRIAL} ").replace(L.PREMIUM, f" {_PREMIUM} ").replace("|", " ")
    if "At Loss" in text or "No Debt" in text or "Negative Equity" in text:
        text = _MARKER_WORDS.sub(lambda m: _MARKER_OF.get(m.group(), " \x03 "), text)
    return text.split()


def _is_cell(tok: str, sink: Sink) -> bool:
    return tok in _PLACEHOLDERS or _CELL.fullmatch(tok) is not None


def _may_start_row(text: str) -> bool:
    """False for a line whose first token is neither 'Trend' nor a month ('Mar24', '2024-03'), so it cannot head a row of periods
    (the tokens' placeholders replace words, they never make a month)."""
    first = text[:1]
    if first not in _ROW_FIRST and not first.isspace():  # most lines: decided by their first character
        return False
    head = text.lstrip()
    if head.startswith("|"):
        head = text.replace("|", " ").lstrip()
    return head.startswith("Trend") or head[:3] in L.MONTHS or L.ISO_MONTH_START.match(head) is not None


def read_history(page: Page, sink: Sink, truncated_at: int | None, term: Term) -> list[Series]:
    """Every history row on the page, aligned to its periods."""
    out: list[Series] = []
    rows_of: dict[str, int] = {}  # the rows read so far of each series id
    numbered = page.numbered()
    freq_hint: Frequency | None = None
    hint_at = -1  # the index of the line that set freq_hint (its '… Data' heading)
    annual: frozenset[str] | None = None  # the months ('03') of the annual rows' columns, once a semi-annual row asks
    after = 0  # the index of the first line after the last row read
    for i, n, text in page.filled():  # a blank line is no header and starts no row
        if i < after:
            continue
        if " Data" in text:
            hm = L.HISTORY_HEADER.search(text)
            if hm:
                freq_hint, hint_at = _FREQ[hm.group("freq")], i
                sink.data_frequencies.add(freq_hint)
                continue
            im = (L.HISTORY_HEADER_INLINE.search(text)
                  if L.INLINE_HEADER_WORDS[0] in text or L.INLINE_HEADER_WORDS[1] in text else None)
            if im:  # the header and its row on one line: the row is what follows the header's words
                freq_hint = _FREQ[im.group("freq")]
                sink.data_frequencies.add(freq_hint)
                text = text[im.end():]
        if not _may_start_row(text):
            continue
        toks = _tokens(text)
        if toks and toks[0] == "Trend":
            toks = toks[1:]
        periods = []
        for t in toks:
            if L.PERIOD_TOKEN.match(t):
                periods.append(t)
            else:
                break
        if len(periods) < 2 and not (periods and freq_hint is not None and len(toks) == 1 and i - hint_at <= _LONE_PERIOD_GAP):
            # one column right under its table's heading ('… Annual Data' / 'Dec17' / 'EPS without NRI 1.58': a listing's
            # first year, round-42 tester xd F1; a lone period further on is no header, second read F10)
            if toks and len(toks[0]) >= 10 and L.GLUED_PERIODS.fullmatch(toks[0]):  # 'Aug04Aug05…Aug13' (2013 layout)
                sink.note("history_run_together", f"the history header on line {n} prints its periods without spaces "
                          f"({toks[0][:15]}…): its rows' values, run together or absent, are not read", n)
            continue
        block = [(n, text)]
        whole_line = any(_is_cell(t, sink) for t in toks[len(periods):])  # the periods, label and cells on one line
        j = i + 1
        split = 0  # the '|' lines of a row whose cells the text form split over several lines
        while j < len(numbered) and numbered[j][1].strip() and len(block) < 3 and not (
                " Data" in numbered[j][1] and L.HISTORY_HEADER.search(numbered[j][1])):
            if len(block) == 2 and split < _SPLIT_LINES and not numbered[j][1].strip(_PIPE_ONLY):
                split += 1
                j += 1
                continue
            if (len(block) >= 2 or whole_line) and not any(_is_cell(t, sink) for t in _tokens(numbered[j][1])):
                break  # no cell: the row ended above ('Dec13 … Mar16 peg 0.00 … 0.00' whole on one line, round-27 ggx 008)
            block.append(numbered[j])
            j += 1
        # the page is cut on the line after the block ('Net Margin %' then 'Get a '): the row's values are after the cut
        cut_after = truncated_at is not None and (j >= len(numbered) or numbered[j][0] >= truncated_at)
        # the page's last content line ends in a paragraph break ('… 23.32 17.12' then a blank line; every line after
        # the last content line is blank): the cut fell after it, so the row is whole however many cells its hidden
        # columns collapse (round-30 ghg 005, HKSE:01655)
        ended = truncated_at is not None and block[-1][0] >= truncated_at and len(page.lines) >= block[-1][0] + 2
        if freq_hint is Frequency.SEMI_ANNUAL and annual is None:
            annual = _annual_months(page)
        series = _row(block, periods, freq_hint, sink, truncated_at, cut_after=cut_after, term=term, ended=ended,
                      annual=annual or frozenset(), prior=out)
        if series:
            copies = rows_of[series.id] = rows_of.get(series.id, 0) + 1
            if copies > 1:  # a second row of one span (a 'Semi-Annual Data' row read as the year's: round-33 ghm F6)
                build.set_field([series], "id", f"{series.id}#{copies}")  # keeps ids unique, as the facts' are
            out.append(series)
        freq_hint = None
        after = j
    return out


def _row(block: list[tuple[int, str]], periods: list[str], freq_hint: Frequency | None, sink: Sink,
         truncated_at: int | None, *, cut_after: bool, term: Term, ended: bool = False,
         annual: frozenset[str] = frozenset(), prior: list[Series] | None = None) -> Series | None:
    """One history row aligned to its periods; ``cut_after``: the page is cut right after the block, so a row whose
    block holds no cell has its values after the cut (never a row of blanks); ``ended``: the page goes on past the
    row's line with a paragraph break, so a row with cells on it is whole; ``prior``: the rows read above it."""
    header_line = block[0][0]
    rest = _tokens(block[0][1])
    if rest and rest[0] == "Trend":
        rest = rest[1:]
    rest = rest[len(periods):]
    for _, t in block[1:]:
        rest += _tokens(t)
    label_toks: list[str] = []
    cells: list[str] = []
    garbled: str | None = None
    for i, tok in enumerate(rest):
        takes_cell = _is_cell(tok, sink)
        if not cells and not takes_cell:
            label_toks.append(tok)
        elif takes_cell:
            cells.append(tok)
        else:
            if any(_is_cell(t, sink) for t in rest[i + 1:]):  # cells follow: a word among the row's cells
                garbled = tok
            break
    label = " ".join(label_toks)
    value_line = block[-1][0]
    if not label:
        return None
    freq = _frequency(freq_hint, periods, annual)
    if freq is not freq_hint and freq_hint is Frequency.SEMI_ANNUAL and _unlike_annual_row(label, periods, cells, prior, sink):
        freq = freq_hint
    row = _row_words(freq, freq_hint)
    if garbled is not None:  # which period each cell is of is not known: aligned from the right, they would move
        sink.note("row_unreadable", f"{row} '{label}' prints {garbled!r} among its cells, which is no value: "
                  "which period each cell is of is not known, so none is read", value_line)
        return build.Series(id=f"history.{freq.value}", metric=metric_of(label), label=label, frequency=freq, points=[],
                            header_line=header_line, line=value_line, note="a word among the cells")
    if truncated_at is not None and value_line >= truncated_at and not cells and _is_cut_period(label_toks[-1]):
        # the page ends inside the row of periods ('… Jul23 Oc'): what follows them is no label, and the row's
        # label and values are after the cut
        sink.note("row_truncated", f"the periods of the {row} are cut off by the page's end at {label_toks[-1]!r}: its "
                  "label and values are not on the page", value_line)
        return None
    cut = truncated_at is not None and (value_line >= truncated_at or (cut_after and not cells)) and not _whole(
        cells, periods) and not (ended and cells)
    sid = f"history.{freq.value}"
    if cut:
        assert truncated_at is not None
        return _cut_row(label_toks, sid, freq, row, header_line, value_line, truncated_at, sink, term=term,
                        label_at_cut=value_line >= truncated_at and not cells)
    metric = metric_of(label)
    visible = [c for c in cells if c != _TRIAL]
    premium = _TRIAL in cells or _PREMIUM in cells
    if len(visible) > len(periods):
        sink.note("row_overfull", f"{row} '{label}' has {len(visible)} cells for {len(periods)} periods", value_line)
        return build.Series(id=sid, metric=metric, label=label, frequency=freq, points=[], header_line=header_line,
                      line=value_line, note="more cells than periods")
    offset = len(periods) - len(visible)
    points: list[SeriesPoint] = []
    for k, ptext in enumerate(periods):
        period = period_from_token(ptext)
        if k < offset:
            points.append(build.SeriesPoint(period_text=ptext, period=period,
                                      missing=Missing.PREMIUM_ONLY if premium else Missing.BLANK))
            continue
        cell = visible[k - offset]
        if cell == _PREMIUM:
            points.append(build.SeriesPoint(period_text=ptext, period=period, missing=Missing.PREMIUM_ONLY))
            continue
        value, missing = sink.number(_MARKER_CELLS.get(cell, cell))
        if value is not None:  # the point holds the fact's value: in millions and in the page's currency, as read
            value = sink.add(f"{sid}.{period}", metric, label, value, line=value_line, raw=block[-1][1], context="history",
                             period=period, period_text=ptext, frequency=freq).value
        points.append(build.SeriesPoint(period_text=ptext, period=period, value=value, missing=missing))
    note = f"{offset} hidden cell(s) collapsed; aligned from the right" if offset else None
    if freq is not freq_hint and freq_hint is Frequency.SEMI_ANNUAL:
        note = f"{note + '; ' if note else ''}{YEAR_APART_NOTE}"
    return build.Series(id=sid, metric=metric, label=label, frequency=freq, points=points, header_line=header_line,
                  line=value_line, note=note)


def _whole(cells: list[str], periods: list[str]) -> bool:
    """Whether a row's cells are all there though the page ends on their line: a cell of its own for every period (no
    collapsed placeholder), the last not a lone '-' (the sign of a number the cut took; a number the cut shortened is
    taken off the page's last line before it is read)."""
    return len(cells) == len(periods) and _TRIAL not in cells and cells[-1] != "-"


def _cut_row(label_toks: list[str], sid: str, freq: Frequency, row: str, header_line: int, value_line: int, truncated_at: int,
             sink: Sink, *, term: Term, label_at_cut: bool) -> Series | None:
    """A row the page's end cuts, with no points and a note; ``label_at_cut``: the page ends inside or right after the
    label, so a label the registry does not know may be a cut word ('Beneish M-Sco'): it is the page's term or the one
    registry term it starts, and a label that is none of these, or only the start of a placeholder, makes no series
    (never a metric id made of a cut label)."""
    before = _before_cut_placeholder(label_toks) if label_at_cut else label_toks
    label = " ".join(before or label_toks)
    value_line = max(value_line, truncated_at)  # the line the cut values start on
    sink.note("row_truncated", f"{row} '{label}' is cut off by the page's end; values not aligned", value_line)
    whole = before != label_toks or not label_at_cut  # a placeholder's start follows the label, or a line break does
    metric = (metric_of(label) if whole else _cut_label_metric(label, term)) if before else None
    if metric is None:
        return None
    return build.Series(id=sid, metric=metric, label=label, frequency=freq, points=[], header_line=header_line,
                        line=value_line, note="cut off by truncation")


def _cut_label_metric(label: str, term: Term) -> str | None:
    """The metric of a row label the page's end may have cut short: the page's term when the label starts the term's
    label, else the label's own registry metric, else the one registry metric whose label it starts, else None."""
    if term.metric and term.label and words_of(term.label).startswith(words_of(label)):
        return term.metric
    if term.metric and any(words_of(printed).startswith(words_of(label))
                           for printed in (BY_ID[term.metric].labels if term.metric in BY_ID else ())):
        return term.metric
    return metric_for_label(label) or metric_for_label_start(label)


def _before_cut_placeholder(tokens: list[str]) -> list[str]:
    """A row label's words before the start of a placeholder the page's end cut ('Get a 7-Day Free Tri', 'Premium M'):
    the label is the words before it, never the placeholder's first words (none when the label is only those)."""
    for i in range(len(tokens)):
        tail = " ".join(tokens[i:])
        if L.FREE_TRIAL.startswith(tail) or L.PREMIUM.startswith(tail):
            return tokens[:i]
    return tokens


def _is_cut_period(token: str) -> bool:
    """Whether a token is the start of a period token cut short ('Oc', 'Dec1'): a month's first letters, or a
    month and fewer than two digits."""
    return (0 < len(token) < 3 and any(month.startswith(token) for month in L.MONTHS)) or (
        token[:3] in L.MONTHS and len(token) < 5 and (len(token) == 3 or token[3:].isdigit()))


def _annual_months(page: Page) -> frozenset[str]:
    """The months ('03') the columns of the page's 'Annual Data' tables end in, wherever on the page those tables stand
    (a 'Semi-Annual Data' table above its annual one is held to them too: the second read of round 35)."""
    months: set[str] = set()
    annual_header = False
    for _, _, text in page.filled():
        if " Data" in text and (hm := L.HISTORY_HEADER.search(text)):
            annual_header = _FREQ[hm.group("freq")] is Frequency.ANNUAL
            continue
        if " Data" in text and (im := L.HISTORY_HEADER_INLINE.search(text)):  # the header and its row on one line
            annual_header, text = _FREQ[im.group("freq")] is Frequency.ANNUAL, text[im.end():]
        if annual_header:  # the first line under the header: its row of periods ('Trend Mar21 Mar22 Mar23')
            toks = _tokens(text)
            for t in toks[1:] if toks[:1] == ["Trend"] else toks:
                end = period_from_token(t) if L.PERIOD_TOKEN.match(t) else None
                if end is None:
                    break
                months.add(end[5:7])
            annual_header = False
    return frozenset(months)


_LONE_PERIOD_GAP = 2
"""How many lines (one blank between) a lone period may follow its '… Data' heading and still head a table."""


def _row_words(freq: Frequency, printed: Frequency | None) -> str:
    """How a note names a row: 'annual row', or where a 'Semi-Annual Data' row is read as the year's, where the page
    prints it (round-42 tester xf F4: 'annual row of periods is cut off' named a row no heading calls annual)."""
    if printed is Frequency.SEMI_ANNUAL and freq is not printed:
        return "'Semi-Annual Data' row (read as annual: its columns are a year apart)"
    return f"{freq.value} row"


def _frequency(label: Frequency | None, periods: list[str], annual: frozenset[str]) -> Frequency:
    """A row's frequency: its table's label, unless a 'Semi-Annual' table's columns are years apart (see ``_A_YEAR``)
    and fiscal years' (``annual``: the months of the page's annual rows' columns); the columns' spacing where no
    label is printed."""
    if label is None:
        return _infer_frequency(periods)
    if label is Frequency.SEMI_ANNUAL and _years_apart(periods, annual):
        return Frequency.ANNUAL
    return label


def _unlike_annual_row(label: str, periods: list[str], cells: list[str], prior: list[Series] | None, sink: Sink) -> bool:
    """Whether a 'Semi-Annual Data' row whose columns are a year apart prints, in a column it shares with the page's
    annual row of its label read above it, a number where that row prints '-' or the reverse, or another number: then
    it does not repeat the annual row cell for cell, as FRMO's does (``_A_YEAR``), and is the half-years it is printed
    as (BSP:BROF11's Operating Margin %: 'Jun23 Jun24' / '86.68 -' under 'Semi-Annual Data' beside the annual '- 87.55',
    round-47 tester ta F2: its 86.68 was stored as the year's). Only a row with a cell for every column is compared:
    which column a collapsed row's cells are of is the alignment's guess."""
    if not prior or len(cells) != len(periods):
        return False
    annual_row = next((r for r in prior if r.frequency is Frequency.ANNUAL and r.label == label), None)
    if annual_row is None:
        return False
    by_text = {p.period_text: p for p in annual_row.points}
    for ptext, cell in zip(periods, cells, strict=True):
        point = by_text.get(ptext)
        if point is None or point.missing is Missing.PREMIUM_ONLY or cell in (_TRIAL, _PREMIUM):
            continue
        value = sink.number(_MARKER_CELLS.get(cell, cell))[0]
        if (value is None) != (point.value is None) or (value is not None and point.value is not None
                                                        and value.value != point.value.value):
            return True
    return False


def _years_apart(periods: list[str], annual: frozenset[str]) -> bool:
    """Whether every two neighbouring columns are a year or more apart (a column whose period is unread says nothing),
    each in a month that ends the fiscal years of the page's annual row where it has one, else all in one month:
    'Mar21 Mar22 Mar23 Sep24' under 'Semi-Annual Data' ends in a half-year, not a fiscal year (round-35 gib F3,
    NSE:NEPHROCARE, whose annual row is Mar21 Mar22 Mar23: Sep24's 32.12 was stored as a year's), where 'Feb04 May12' is
    a change of fiscal year that OTCPK:FRMO's annual row prints too."""
    ends = [end for end in map(period_from_token, periods) if end]
    if len(ends) < 2 or not all(months_between(a, b) >= _A_YEAR for a, b in pairwise(ends)):
        return False
    months = {end[5:7] for end in ends}
    return months <= annual if annual else len(months) == 1


def _infer_frequency(periods: list[str]) -> Frequency:
    a, b = period_from_token(periods[0]), period_from_token(periods[1])
    step = months_between(a, b) if a and b else 12
    return {3: Frequency.QUARTERLY, 6: Frequency.SEMI_ANNUAL}.get(step, Frequency.ANNUAL)
