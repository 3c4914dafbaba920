"""The unit a printed value shows, with the name of what it measures: for quantities the registry lacks.

>>> from quotecheck.parsers._numbers import parse_number
>>> [shown_unit(parse_number(t)) for t in ("14.13%", "円67 Mil.", "円51.95", "218.02 Mil.", "2.19")]
[<Unit.PERCENT: 'percent'>, <Unit.CURRENCY_AMOUNT: 'currency_amount'>, <Unit.PER_SHARE: 'per_share'>, <Unit.COUNT: 'count'>, None]
>>> shown_unit(None, "Altman Z-Score"), shown_unit(parse_number("$1.2 Mil."), "Revenue per Share")
(<Unit.SCORE: 'score'>, <Unit.PER_SHARE: 'per_share'>)
"""

from __future__ import annotations

from .._models import PrintedNumber, Unit

SCORE_WORDS = ("Score", "F-Score", "M-Score", "Z-Score")
"""A name ending in one of these measures a score."""


def shown_unit(value: PrintedNumber | None, name: str | None = None) -> Unit | None:
    """The unit a value shows: a percent (a name ending in '%' or with ' % ' inside: 'Margin of Safety % (DCF
    Earnings Based)'), a score (by its name), a per-share amount (money without a scale, or a name 'per Share'), an
    amount (money with a scale), a count (a scale without money); None when it shows none."""
    if (name and (name.rstrip().endswith("%") or " % " in name)) or (value is not None and value.percent):
        return Unit.PERCENT
    if name and name.split()[-1] in SCORE_WORDS:
        return Unit.SCORE
    if value is None:
        return None
    if value.currency is not None or value.currency_symbol is not None:
        return Unit.PER_SHARE if "per Share" in (name or "") or value.scale is None else Unit.CURRENCY_AMOUNT
    if value.scale is not None:  # '1,836 Mil' with no currency: a count (shares), in millions
        return Unit.COUNT
    return None
