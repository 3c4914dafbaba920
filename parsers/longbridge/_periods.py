"""Column periods of a Financial Reports page ('Q1 2026', 'FY2025', 'H1 2025'), as typed periods.

A quarter's end month is known only where the fiscal year is the calendar year: companies listed in Shanghai and
Shenzhen report on the calendar year by law (PRC Accounting Law). Elsewhere the page's 'Q1 2026' may be a fiscal
quarter, and the page does not print the fiscal year's end: the period keeps its frequency and text, without an end.

>>> column_period("Q1 2026", calendar=True)
ColumnPeriod(key='2026Q1', frequency=<Frequency.QUARTERLY: 'quarterly'>, end='2026-03')
>>> column_period("FY2025", calendar=False), column_period("Value", calendar=True)
(ColumnPeriod(key='2025FY', frequency=<Frequency.ANNUAL: 'annual'>, end=None), None)
"""

from __future__ import annotations

from dataclasses import dataclass

from .._models import Frequency
from .._regex_cache import compiled
from .._securities import A_SHARE_MARKETS

CALENDAR_FISCAL_MARKETS: frozenset[str] = A_SHARE_MARKETS
"""Market suffixes whose companies' fiscal year is the calendar year."""

_PERIOD_RE = compiled(r"(?:(?P<q>Q[1-4])|(?P<h>H[12])|(?P<fy>FY))[ ]{0,3}(?P<year>(?:19|20)\d{2})"
                        r"|(?P<year2>(?:19|20)\d{2})[ ]{0,3}(?P<q2>Q[1-4])")
_FREQUENCY = {"Q": Frequency.QUARTERLY, "H": Frequency.SEMI_ANNUAL, "F": Frequency.ANNUAL}
_MONTHS = {"Q": 3, "H": 6, "F": 12}


@dataclass(frozen=True, slots=True)
class ColumnPeriod:
    """A column's period: a key for fact ids, its frequency, and its end ('YYYY-MM') when known."""

    key: str
    frequency: Frequency
    end: str | None


def column_period(header: str, *, calendar: bool) -> ColumnPeriod | None:
    """The period a statement column's header names, or None when it names none."""
    m = _PERIOD_RE.fullmatch(header.strip())
    if m is None:
        return None
    part = m.group("q") or m.group("h") or m.group("fy") or m.group("q2")
    year = int(m.group("year") or m.group("year2"))
    kind = part[0]
    index = int(part[1]) if kind in "QH" else 1
    end = f"{year:04d}-{_MONTHS[kind] * index:02d}" if calendar else None
    return ColumnPeriod(key=f"{year}{part}", frequency=_FREQUENCY[kind], end=end)
