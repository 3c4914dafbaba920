"""Periods as GuruFocus prints them, normalized to 'YYYY-MM' or 'YYYY-MM-DD'.

>>> period_from_token("Mar24"), period_from_token("Dec13"), period_from_token("2025-03"), period_from_yyyymm("201406")
('2024-03', '2013-12', '2025-03', '2014-06')
>>> period_from_token("2025-13"), period_from_token("2025-03-31")
(None, None)
>>> period_from_text("Mar. 2024"), period_from_text("Dec22"), period_from_text(". 20"), period_from_text("May. 10, 2024")
('2024-03', '2022-12', None, '2024-05-10')
"""

from __future__ import annotations

from functools import lru_cache

from .._models import Frequency
from .._regex_cache import compiled
from . import _labels as L

_FULL_DATE = compiled(r"^(?P<mon>[A-Z][a-z]{2})\.? (?P<day>\d{1,2}), (?P<year>\d{4})$")
_ISO = compiled(r"^\d{4}-\d{2}-\d{2}$")


@lru_cache(maxsize=1024)  # a page repeats its period columns row after row
def period_from_token(token: str) -> str | None:
    """'Mar24' -> '2024-03'; '2024-03' as it is."""
    if not L.PERIOD_TOKEN.match(token):
        return None
    if token[4:5] == "-":
        return token
    year = int(token[3:])
    return f"{2000 + year if year < 70 else 1900 + year:04d}-{L.MONTHS[token[:3]]:02d}"


def period_from_yyyymm(token: str) -> str:
    """'201406' -> '2014-06'."""
    return f"{token[:4]}-{token[4:]}"


@lru_cache(maxsize=1024)  # pages print the same few period texts; a pure function of the text
def period_from_text(text: str) -> str | None:
    """A normalized period from printed text such as 'Mar. 2024', 'Dec22' or 'May. 10, 2024'."""
    text = text.strip().rstrip(".")
    if _ISO.match(text):
        return text
    m = _FULL_DATE.match(text)
    if m and m.group("mon") in L.MONTHS:
        return f"{m.group('year')}-{L.MONTHS[m.group('mon')]:02d}-{int(m.group('day')):02d}"
    tok = period_from_token(text)
    if tok:
        return tok
    m2 = L.PERIOD_IN_TEXT.fullmatch(text)
    if m2 and len(m2.group("year")) == 4:
        return f"{m2.group('year')}-{L.MONTHS[m2.group('mon')]:02d}"
    return None


def period_in(text: str) -> str | None:
    """The first 'Mon. YYYY' period inside a longer text, e.g. 'CPI of Mar. 2024 (Change)'."""
    m = L.PERIOD_IN_TEXT.search(text)
    if not m:
        return None
    year = m.group("year")
    if len(year) == 2:
        year = f"20{year}"
    return f"{year}-{L.MONTHS[m.group('mon')]:02d}"


_FREQUENCY_WORDS: tuple[tuple[str, Frequency], ...] = (
    ("ttm", Frequency.TTM), ("trailing twelve months", Frequency.TTM), ("three months", Frequency.QUARTERLY),
    ("quarter", Frequency.QUARTERLY), ("six months", Frequency.SEMI_ANNUAL), ("semi-annual", Frequency.SEMI_ANNUAL),
    ("fiscal year", Frequency.ANNUAL), ("annual", Frequency.ANNUAL), ("month", Frequency.MONTHLY),
)


def frequency_from_text(text: str | None) -> Frequency | None:
    """The frequency a printed span names ('quarter', 'fiscal year', 'TTM', ...), or None.

    >>> frequency_from_text("three months"), frequency_from_text("fiscal year"), frequency_from_text("TTM As of Dec. 2021")
    (<Frequency.QUARTERLY: 'quarterly'>, <Frequency.ANNUAL: 'annual'>, <Frequency.TTM: 'ttm'>)
    >>> frequency_from_text("As of Mar. 2024") is None
    True
    """
    folded = (text or "").casefold()
    return next((freq for word, freq in _FREQUENCY_WORDS if word in folded), None)


def months_between(a: str, b: str) -> int:
    """Whole months from period a to period b ('YYYY-MM' prefixes)."""
    ya, ma = int(a[:4]), int(a[5:7])
    yb, mb = int(b[:4]), int(b[5:7])
    return (yb - ya) * 12 + (mb - ma)


TTM_QUARTERS_BACK = (9, 6, 3, 0)
"""The quarters of a TTM ending in month M: M-9, M-6, M-3 and M itself, oldest first, as rows and sums print them."""
TTM_HALVES_BACK = (6, 0)
"""The half-years of a TTM ending in month M: M-6 and M itself, oldest first."""


def months_before(end: str, months: int) -> str:
    """'YYYY-MM' ``months`` months before period ``end`` (its 'YYYY-MM' prefix).

    >>> months_before("2024-02", 9), months_before("2024-12", 0), months_before("2024-01", -3)
    ('2023-05', '2024-12', '2024-04')
    """
    index = int(end[:4]) * 12 + int(end[5:7]) - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
