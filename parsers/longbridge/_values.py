"""Value normalisation for Longbridge cells: numbers with currency, ranks, grades.

The printed text is always kept. The page prints no currency for an amount: a market amount (a market cap, a
price) gets the currency the market trades in (CNY for .SZ/.SH, HKD for .HK, USD for .US); a reported amount (a
revenue, a statement row) gets the currency the company reports in only where that is known, on the A-share
markets (CNY): elsewhere a company may report in another currency than it trades in (00700.HK trades in HKD and
reports in CNY), so its reported amounts get none. Each distinct text is parsed once per document.

>>> r = Reader("CNY", reporting="CNY")
>>> n = r.number("433014273033.61", money=True); n.currency, n.decimals
('CNY', 2)
>>> hk = Reader("HKD", reporting=None)
>>> hk.number("4.85T", money=True).currency, hk.number("788.64B", money=True, of=REPORTING).currency
('HKD', None)
>>> r.number("28.27%").normalized, r.number("788.64B", money=True).normalized
(Decimal('0.2827'), Decimal('788640000000.00'))
>>> rank, total = r.rank("13/63"); rank.value, total.value, rank.exact
(Decimal('13'), Decimal('63'), True)
>>> r.rank("1 / 63")[0].text, r.rank("B") is None
('1', True)
>>> is_grade("B"), is_grade("A+"), is_grade("Buy"), r.cell("").missing, r.cell("-").missing
(True, True, False, <Missing.BLANK: 'blank'>, <Missing.DASH: 'dash'>)
"""

from __future__ import annotations

import re

from .. import _build as build
from .._models import Missing, PrintedNumber, TableCell
from .._numbers import missing_reason, parse_number, replaced
from .._regex_cache import compiled
from ._labels import MARKET_WIDE_METRICS, REPORTED_METRICS

_RANK_RE = compiled(r"\s*+(\d{1,9})\s*+/\s*+(\d{1,9})\s*+")
_GRADE_RE = compiled(r"[A-E][+-]?")
_INT_RE = compiled(r"\d{1,9}")

LISTING, REPORTING, MARKET = "listing", "reporting", "market"
"""Whose currency an amount is in: the listing's (a price), the company's reporting one (a revenue), its market's (a
market cap)."""


def currency_of(metric: str) -> str:
    """Whose currency an amount of ``metric`` printed without one is in (``Reader.number``'s ``of``)."""
    return REPORTING if metric in REPORTED_METRICS else MARKET if metric in MARKET_WIDE_METRICS else LISTING


def is_grade(text: str) -> bool:
    """True for a letter grade such as 'B' or 'A+'."""
    return _GRADE_RE.fullmatch(text.strip()) is not None


class Reader:
    """Parses printed values of one document, with its market's currencies, memoised by text."""

    __slots__ = ("_cells", "_memo", "currency", "market_currency", "reporting")

    def __init__(self, currency: str | None, *, reporting: str | None, market_currency: str | None = None) -> None:
        self.currency = currency
        """The currency the listing trades in: of its prices."""
        self.reporting = reporting
        """The currency the market's companies report in, where one is sure (the A-share markets), else None."""
        self.market_currency = market_currency or currency
        """The currency of the market the listing is on: of its market cap (see ``number``)."""
        self._memo: dict[tuple[str, bool, bool, str], PrintedNumber | None] = {}
        self._cells: dict[tuple[str, bool, bool, str], tuple[PrintedNumber | None, Missing | None]] = {}

    def number(self, text: str, *, money: bool = False, exact: bool = False, of: str = LISTING) -> PrintedNumber | None:
        """The printed number of a whole text, or None; amounts (``money``) get the listing's currency, the reporting
        one for an amount the company reports (``of=REPORTING``), or the market's for one of the company at market (``of=MARKET``, a market
        cap): a share class that trades in another currency than its market's has its market cap printed in the
        market's (900904.SH, a USD B share: its P/B 0.81 holds with a 1.89B CNY cap, not a USD one; 80175.HK, a CNY
        counter, prints its HKD counter's cap of the same morning; round-39 testers gtb F2 and gsb F2)."""
        key = (text, money, exact, of)
        memo = self._memo
        if key in memo:
            return memo[key]
        n = parse_number(text, exact=exact)
        currency = self.reporting if of == REPORTING else self.market_currency if of == MARKET else self.currency
        if n is not None and money and n.currency is None and currency and not n.percent:
            n = replaced(n, currency=currency)
        memo[key] = n
        return n

    def count(self, text: str) -> PrintedNumber | None:
        """An exact integer count ('22'), or None."""
        stripped = text.strip().strip("*").strip()
        return self.number(stripped, exact=True) if _INT_RE.fullmatch(stripped) else None

    def rank(self, text: str) -> tuple[PrintedNumber, PrintedNumber] | None:
        """A rank 'r/n' or 'r / n' as two exact numbers, or None."""
        m = _RANK_RE.fullmatch(text) if "/" in text else None  # most cells are no rank: skip the pattern
        if not m:
            return None
        rank, total = self.number(m.group(1), exact=True), self.number(m.group(2), exact=True)
        assert rank is not None and total is not None
        return rank, total

    def cell(self, text: str, *, money: bool = False, exact: bool = False, of: str = LISTING,
             currency: str | None = None) -> TableCell:
        """A table cell: its text, its number when it is one, or why it is empty; ``currency`` names the currency of
        an amount (``money``) where the page prints it (a section title), instead of the market's or reporting one."""
        if currency is not None and money:
            cell = self.cell(text, exact=exact)
            number = cell.number
            if number is None or number.percent or number.currency is not None:
                return cell
            return build.TableCell(text=text, number=replaced(number, currency=currency))
        key = (text, money, exact, of)
        read = self._cells.get(key)
        if read is None:  # a page repeats its cells (grades, dashes): each distinct text is read once
            read = self._cells[key] = self._read(text, money, exact, of)
        if read[1] is not None:  # the fields named as before: a missing cell sets missing, any other sets number
            return build.TableCell(text=text, missing=read[1])
        return build.TableCell(text=text, number=read[0])

    def _read(self, text: str, money: bool, exact: bool, of: str) -> tuple[PrintedNumber | None, Missing | None]:
        missing = missing_reason(text)
        if missing is not None:
            return None, missing
        ranked = self.rank(text)
        if ranked is not None:
            return ranked[0], None
        if exact:
            return self.count(text), None
        return self.number(text, money=money, of=of), None


def truncated_cell(text: str) -> TableCell:
    """A cell the page was cut inside."""
    return build.TableCell(text=text, missing=Missing.TRUNCATED)


_PAREN_SYMBOL_RE = compiled(r"\(([A-Za-z0-9\-]{1,20}(?:\.[A-Za-z0-9\-]{1,10})*?\.[A-Z]{1,4})\)")
_URL_SYMBOL_RE = compiled(r"/quote/([A-Za-z0-9\-]{1,20}(?:\.[A-Za-z0-9\-]{1,10})*?\.[A-Z]{1,4})(?=/|\.[a-z]|$)")


def symbol_in_parens(text: str) -> re.Match[str] | None:
    """The last '(SYMBOL.MARKET)' in a title or heading.

    >>> symbol_in_parens("NAURA Technology Group Co., Ltd. (002371.SZ)").group(1), symbol_in_parens("No (symbol)")
    ('002371.SZ', None)
    """
    found = list(_PAREN_SYMBOL_RE.finditer(text))
    return found[-1] if found else None


def name_before_symbol(text: str) -> str:
    """A title's name: what it prints before its '(SYMBOL.MARKET)', else the whole title.

    >>> name_before_symbol("ManulifeReit USD (BTOU.SG) — Financial Reports"), name_before_symbol("NAURA")
    ('ManulifeReit USD', 'NAURA')
    """
    m = symbol_in_parens(text)
    return text[:m.start()].strip() if m else text.strip()


def symbol_in_url(url: str) -> str | None:
    """The symbol of a Longbridge quote url.

    >>> symbol_in_url("https://longbridge.com/en/quote/002371.SZ.md"), symbol_in_url("https://x/quote/BRK.B.US/news.md")
    ('002371.SZ', 'BRK.B.US')
    """
    m = _URL_SYMBOL_RE.search(url)
    return m.group(1) if m else None


def symbol_parts(symbol: str) -> tuple[str, str | None]:
    """Ticker and market suffix of a Longbridge symbol.

    >>> symbol_parts("002371.SZ"), symbol_parts("AAPL.US"), symbol_parts("BRK.B.US"), symbol_parts("X")
    (('002371', 'SZ'), ('AAPL', 'US'), ('BRK.B', 'US'), ('X', None))
    """
    head, dot, suffix = symbol.rpartition(".")
    if not dot or not head or not suffix.isalpha():
        return symbol, None
    return head, suffix.upper()
