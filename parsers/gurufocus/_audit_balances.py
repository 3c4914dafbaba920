"""A balance's history cells of one date in rows of different frequencies: one quantity, printed twice.

A balance is a quantity at a date (Total Assets, Tangible Book per Share at 31 Dec 2023), not a flow over a window, so
the annual row's Dec23 cell and the quarterly row's Dec23 cell state the same number: GuruFocus's rows print it the
same on every real page read (round-45 tester ta F2: Cash per Share, Tangible Book per Share, 6 of 6 pages). A flow's
or a ratio's cells of one date differ by their window and are never compared here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .._checks import agree
from .._metrics import is_balance
from .._models import CheckResult, Context, Document, Fact, Frequency, Status
from ._audit_common import RULE, facts_by_metric, placeholder_rows

_RULE_ID = f"{RULE}.balance.frequencies"
_ROWS = frozenset({Frequency.ANNUAL, Frequency.SEMI_ANNUAL, Frequency.QUARTERLY})
_NOT_A_PROOF = ("Not a proof: the rows come from GuruFocus's annual and interim data, and a year-end balance may be "
                "restated in a later filing than the one a row prints")


def balance_frequencies(doc: Document) -> Iterator[CheckResult]:
    """Each date at which a balance's rows of two frequencies both print a value: the cells agree (else a warning)."""
    rows: dict[str, set[Frequency]] = defaultdict(set)
    for series in doc.series:  # a few rows a page: which balances have rows of two frequencies
        if series.frequency in _ROWS and is_balance(series.metric):
            rows[series.metric].add(series.frequency)
    twice = {metric for metric, frequencies in rows.items() if len(frequencies) > 1}
    if not twice:  # most pages: no fact is looked at (the round-46 review's R6)
        return
    fillers: frozenset[str] | None = None
    for metric, facts in facts_by_metric(doc).items():
        if metric not in twice:
            continue
        if fillers is None:  # rows of 0.00 in every cell are GuruFocus's filler, not a balance printed twice
            fillers = placeholder_rows(doc)
        by_end: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            if f.context is Context.HISTORY and f.value is not None and f.period is not None and f.period.frequency in _ROWS \
                    and f.id not in fillers:
                by_end[f.period.end].append(f)
        for end, cells in by_end.items():
            frequencies = sorted({f.period.frequency.value for f in cells if f.period and f.period.frequency})
            if len(frequencies) < 2:
                continue
            result = agree(_RULE_ID, f"{metric} ({end}, {' and '.join(frequencies)} rows)", sorted(cells, key=lambda f: f.line),
                           fail_status=Status.WARN, why=_NOT_A_PROOF)
            if result.status is Status.WARN:
                result.reason = _NOT_A_PROOF
            yield result
