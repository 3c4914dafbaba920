"""A balance's copies of one date in rows or sentences of different frequencies: one quantity, printed twice.

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
_NOT_A_PROOF = ("Not a proof: the copies come from GuruFocus's annual and interim data, and a year-end balance may be "
                "restated in a later filing than the one a copy prints")


def balance_frequencies(doc: Document) -> Iterator[CheckResult]:
    """Each date at which a balance is printed in two frequencies' rows or sentences: the copies agree (else a warning).

    A sentence of one frequency is a copy as a row's cell is: "quarterly shares outstanding declined from Dec. 2024
    (17,912 Mil)" beside "annual shares outstanding increased ... to Dec. 2024 (16,361 Mil)" and an annual row's
    16,361.04 (SHSE:601229, round-49 tester v1 M1: no check compared them, the quarterly row being cut off)."""
    for metric, facts in facts_by_metric(doc).items():
        if not is_balance(metric):
            continue
        by_end: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            if f.context in _COPIES and f.value is not None and f.period is not None and f.period.frequency in _ROWS:
                by_end[f.period.end].append(f)
        if len(by_end) == len(facts):  # no date is printed twice (most pages: nothing more is looked at)
            continue
        for end, copies in by_end.items():
            if len({f.period.frequency for f in copies if f.period}) < 2:
                continue
            fillers = placeholder_rows(doc)  # rows of 0.00 in every cell are GuruFocus's filler, not a balance printed
            copies = [f for f in copies if f.id not in fillers]  # twice (worked out once per run, asked only here)
            frequencies = sorted({f.period.frequency.value for f in copies if f.period and f.period.frequency})
            if len(frequencies) < 2:
                continue
            rows = all(f.context is Context.HISTORY for f in copies)  # the subject as it was for rows alone
            result = agree(_RULE_ID, f"{metric} ({end}, {' and '.join(frequencies)} {'rows' if rows else 'figures'})",
                           sorted(copies, key=lambda f: f.line), fail_status=Status.WARN, why=_NOT_A_PROOF)
            if result.status is Status.WARN:
                result.reason = _NOT_A_PROOF
            yield result


_COPIES = frozenset({Context.HISTORY, Context.STATEMENT})
"""Where a balance of a stated frequency is printed: a history row's cell, and a sentence of the quarter or the year
('for the quarter that ended in Dec. 2024 was …', 'annual … increased … to Dec. 2024 (…)')."""
