"""Canonical security ids and the one exchange table.

A security has one id on every site: ``SZSE:002371`` on GuruFocus and
``002371.SZ`` on Longbridge are both ``002371.SZ``. The id is the ticker, a dot
and the market: Longbridge's market suffix where Longbridge lists the market
(SZ, SH, BJ, HK, US, SG), else the exchange code as GuruFocus writes it
(``531502.BOM``). US listings share the market ``US`` because Longbridge does
not say which US exchange; Hong Kong codes are zero-padded to five digits.
Tickers are upper-cased, in the id and in ``Security.ticker``: GuruFocus prints
one security's ticker in two cases (``CHIX:LSEGl`` in a breadcrumb, ``LSEGL``
in the title and the URL), so a case-kept id would split one security in two,
while the site's lower-case marks (``ASBpC.PFD``, a preferred series) name no
other listing. The ticker as printed stays in ``Security.symbols``.

This table is the only one: the currency of an exchange, the Longbridge market
of a GuruFocus exchange and the scraper's symbol mapping are all read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from ._regex_cache import compiled


@dataclass(frozen=True)
class Exchange:
    """One exchange: its GuruFocus code, its market, its currency and its ticker shape."""

    code: str
    market: str
    currency: str
    on_longbridge: bool = False
    ticker: str = r"[A-Z0-9][A-Z0-9.\-]{0,11}"
    pad: int = 0
    share_classes: tuple[tuple[str, str], ...] = ()
    """Ticker prefixes of the listings that trade in another currency than the exchange's, with that currency."""
    foreign_segments: tuple[str, ...] = ()
    """The currencies of the exchange's lines for foreign shares, where a listing's printed share price is the only
    sign of one (Santiago's foreign segment trades in USD: XSGO:BA prints '$171.73', its peso listings 'CLP874.00')."""
    home_markets: tuple[tuple[str, str], ...] = ()
    """For a venue that trades other markets' shares: the lower-case last letter of a printed ticker that names a
    listing's home market, with that market's currency (Cboe Europe: 'CHIX:LSEGl' London, 'CHIX:SIEd' Xetra). A
    listing with no such letter, or another, has no currency from the venue: the page's own amounts decide."""
    named_counters: tuple[str, ...] = ()
    """The currencies of an exchange's counters that their names end in ('ManulifeReit USD', BTOU.SG on Longbridge):
    a counter so named trades in that currency, whatever the exchange's."""


def segment_currency(code: str | None, printed: str | None) -> str | None:
    """The currency of a listing on an exchange's foreign segment, where its printed share price is in that currency.

    >>> segment_currency("XSGO", "USD"), segment_currency("XSGO", "CLP"), segment_currency("NYSE", "USD")
    ('USD', None, None)
    """
    found = BY_CODE.get(code.upper()) if code else None
    return printed if found is not None and printed is not None and printed in found.foreign_segments else None


EXCHANGES: Final[tuple[Exchange, ...]] = (
    # B shares: Shenzhen's (200xxx) trade in HKD, Shanghai's (900xxx) in USD (gfp 034, SZSE:200413, prints HK$)
    Exchange("SZSE", "SZ", "CNY", True, r"\d{6}", share_classes=(("200", "HKD"),)),
    Exchange("SHSE", "SH", "CNY", True, r"\d{6}", share_classes=(("900", "USD"),)),
    Exchange("BJSE", "BJ", "CNY", True, r"\d{6}"),
    # the 8xxxx codes are the RMB counters, traded in CNY (HKSE:80737 prints its amounts in ¥, gft 022); the GEM board's
    # 08xxx codes are HKD (the ticker is padded to five digits before its prefix is looked up)
    Exchange("HKSE", "HK", "HKD", True, r"\d{1,5}", pad=5, share_classes=(("8", "CNY"),),
             foreign_segments=("USD",)),  # HKEX's US-dollar counters: HKSE:00770 prints $0.071 (round-40 gva F2)
    Exchange("NAS", "US", "USD", True, r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z]{1,2})?"),
    Exchange("NYSE", "US", "USD", True, r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z]{1,2})?"),
    Exchange("AMEX", "US", "USD", True, r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z]{1,2})?"),
    Exchange("ARCA", "US", "USD", True, r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z]{1,2})?"),
    Exchange("OTCPK", "US", "USD", True, r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z]{1,2})?"),
    Exchange("GREY", "US", "USD", True, r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z]{1,2})?"),
    Exchange("SGX", "SG", "SGD", True, named_counters=("USD", "SGD")),
    Exchange("TSE", "TSE", "JPY"), Exchange("OSE", "OSE", "JPY"), Exchange("FSE", "FSE", "JPY"),  # Fukuoka (lb3 019 prints 円)
    Exchange("NGO", "NGO", "JPY"), Exchange("SAP", "SAP", "JPY"),  # Nagoya and Sapporo (round-32 ghh 026: no currency)
    Exchange("TSX", "TSX", "CAD"), Exchange("TSXV", "TSXV", "CAD"),
    # Cboe Europe (Chi-X): the venue is London's, the shares and their currency each their home market's (round-32
    # gha 038: CHIX:SIEd is Siemens on Xetra, in euros, not pounds)
    Exchange("CHIX", "CHIX", "GBP", home_markets=(("l", "GBP"), ("d", "EUR"), ("p", "EUR"), ("a", "EUR"), ("m", "EUR"),
                                                   ("e", "EUR"), ("b", "EUR"), ("h", "EUR"), ("v", "EUR"), ("z", "CHF"),
                                                   ("s", "SEK"), ("o", "NOK"), ("c", "DKK"))),
    # the International Order Book trades GDRs in USD (ggc 026); the "0" lines of euro-area shares in EUR (LSE:0MF5 prints
    # its amounts in euros, round-33 ghk F4)
    Exchange("LSE", "LSE", "GBP", foreign_segments=("USD", "EUR")),
    Exchange("BOM", "BOM", "INR"), Exchange("NSE", "NSE", "INR"),
    Exchange("XPAR", "XPAR", "EUR"), Exchange("XTER", "XTER", "EUR"), Exchange("FRA", "FRA", "EUR"),
    Exchange("MIL", "MIL", "EUR"), Exchange("XAMS", "XAMS", "EUR", foreign_segments=("GBP",)),  # a pound line: XAMS:TLT prints £2.16 (ggd F3)
    Exchange("XBRU", "XBRU", "EUR"),
    Exchange("WBO", "WBO", "EUR"), Exchange("XSWX", "XSWX", "CHF"),
    Exchange("WAR", "WAR", "PLN"), Exchange("BSE", "BSE", "RON"), Exchange("XBUL", "XBUL", "BGN"),
    Exchange("XKAZ", "XKAZ", "KZT"), Exchange("BSP", "BSP", "BRL"), Exchange("MEX", "MEX", "MXN"),
    Exchange("LIM", "LIM", "PEN", foreign_segments=("USD",)), Exchange("ROCO", "ROCO", "TWD"), Exchange("TPE", "TPE", "TWD"),
    Exchange("XKRX", "XKRX", "KRW"), Exchange("KOSE", "KOSE", "KRW"), Exchange("ASX", "ASX", "AUD"),
    Exchange("OSTO", "OSTO", "SEK"), Exchange("OSL", "OSL", "NOK"), Exchange("OCSE", "OCSE", "DKK"),
    Exchange("CAI", "CAI", "EGP"), Exchange("JSE", "JSE", "ZAR"), Exchange("XKLS", "XKLS", "MYR"),
    Exchange("STU", "STU", "EUR"), Exchange("XMAD", "XMAD", "EUR"), Exchange("ISX", "ISX", "IDR"),
    Exchange("IST", "IST", "TRY"), Exchange("XPRA", "XPRA", "CZK"), Exchange("XTAE", "XTAE", "ILS"),
    Exchange("MUS", "MUS", "OMR"), Exchange("XSGO", "XSGO", "CLP", foreign_segments=("USD",)), Exchange("XBRA", "XBRA", "EUR"),
    Exchange("CYS", "CYS", "EUR"), Exchange("ATH", "ATH", "EUR"), Exchange("NZSE", "NZSE", "NZD"),
    Exchange("NSA", "NSA", "NGN"), Exchange("BUE", "BUE", "ARS"), Exchange("AQSE", "AQSE", "GBP"),
    Exchange("XCNQ", "XCNQ", "CAD"), Exchange("XSAT", "XSAT", "SEK"), Exchange("COL", "COL", "LKR"),
    Exchange("MIC", "MIC", "RUB"), Exchange("BUD", "BUD", "HUF"), Exchange("BKK", "BKK", "THB"),
    Exchange("XBLB", "XBLB", "BAM"), Exchange("XGUA", "XGUA", "USD"), Exchange("SAU", "SAU", "SAR"),
    Exchange("OHEL", "OHEL", "EUR"), Exchange("XLIS", "XLIS", "EUR"), Exchange("ISE", "ISE", "EUR"),
    Exchange("XCSE", "XCSE", "DKK"), Exchange("XOSL", "XOSL", "NOK"), Exchange("XSTO", "XSTO", "SEK"),
    Exchange("HOSE", "HOSE", "VND"), Exchange("HNX", "HNX", "VND"), Exchange("PHS", "PHS", "PHP"),
    Exchange("DFM", "DFM", "AED"), Exchange("ADX", "ADX", "AED"), Exchange("KUW", "KUW", "KWD"),
    Exchange("XNEP", "XNEP", "NPR"), Exchange("BOG", "BOG", "COP"), Exchange("XBOG", "XBOG", "COP"),
    Exchange("XTUN", "XTUN", "TND"),  # Bourse de Tunis (gfp 015 prints TND)
    Exchange("KAR", "KAR", "PKR"),  # Pakistan Stock Exchange (gfq 036-038 print ₨)
    Exchange("XTEH", "XTEH", "IRR"),  # Tehran Stock Exchange (gfs 012 prints IRR)
    Exchange("XMAU", "XMAU", "MUR"),  # Stock Exchange of Mauritius (gfv 024 prints MUR)
    Exchange("DHA", "DHA", "BDT"),  # Dhaka Stock Exchange (round-22 ggj 005: DHA:FUWANGFOOD prints BDT)
    Exchange("DSMD", "DSMD", "QAR"),  # Qatar Stock Exchange, GuruFocus's code (round-21 ggh 027: DSMD:QAMC)
    Exchange("HSTC", "HSTC", "VND"),  # Hanoi UPCoM (lb4 024 prints ₫)
    Exchange("RTD", "RTD", "RUB"),  # Russian over-the-counter board (gfx 013 prints ₽)
    Exchange("NAI", "NAI", "KES"),  # Nairobi Securities Exchange (lb5 012-017 print KES)
    Exchange("STC", "STC", "VND"),  # Ho Chi Minh City Stock Exchange, as some pages write HOSE (gfy 032 prints ₫)
    Exchange("ORSE", "ORSE", "EUR"),  # Nasdaq Riga (round-23 ggo 016: ORSE:MDARA prints €)
    Exchange("TRN", "TRN", "TTD"),  # Trinidad and Tobago Stock Exchange (round-33 gho 085: TRN:GHL prints TTD)
    Exchange("NEOE", "NEOE", "CAD"),  # Cboe Canada, formerly NEO (round-23 ggn 021: NEOE:IBM's CDR prints C$)
    Exchange("XBEL", "XBEL", "RSD"),  # Belgrade Stock Exchange (gge 004, XBEL:MDPR print RSD)
    Exchange("XPTY", "XPTY", "USD"),  # Bolsa Latinoamericana de Valores, Panama: trades in USD (round-27 ggy 021 prints $)
    # round 13: the venues the testers met that named no currency (the security's trading currency, Security.currency)
)
"""Every exchange the pages name. Add a row here to support a new one; nothing else changes."""

BY_CODE: Final = MappingProxyType({e.code: e for e in EXCHANGES})
"""Exchange code (as GuruFocus writes it) -> Exchange."""

FOREIGN_SEGMENTS: Final = frozenset(e.code for e in EXCHANGES if e.foreign_segments)
"""The exchange codes with lines for foreign shares (see ``Exchange.foreign_segments``)."""

MARKET_CURRENCY: Final = MappingProxyType({e.market: e.currency for e in EXCHANGES if e.on_longbridge})
"""Longbridge market suffix -> currency (SZ -> CNY, HK -> HKD, ...)."""

_FIRST_OF_MARKET: Final = MappingProxyType({e.market: e for e in reversed(EXCHANGES) if e.on_longbridge})
"""Longbridge market suffix -> the first exchange of that market (US -> NAS)."""


def _exchange(code: str) -> Exchange | None:
    """The exchange of an upper-case exchange code, or of a Longbridge market suffix (its first exchange)."""
    return BY_CODE.get(code) or _FIRST_OF_MARKET.get(code)

_TICKERS: Final = {e.code: compiled(e.ticker) for e in EXCHANGES}


def exchange_currency(code: str | None) -> str | None:
    """The currency of an exchange code or a Longbridge market suffix.

    >>> exchange_currency("SZSE"), exchange_currency("HK"), exchange_currency("TSX"), exchange_currency("XX")
    ('CNY', 'HKD', 'CAD', None)
    """
    if not code:
        return None
    code = code.upper()
    found = BY_CODE.get(code)
    return found.currency if found else MARKET_CURRENCY.get(code)


def home_market_currency(code: str | None, printed_ticker: str | None) -> str | None:
    """The currency of a listing on a venue that trades other markets' shares, named by its printed ticker's last
    letter (see ``Exchange.home_markets``); None on any other exchange, or for a letter the venue does not list.

    >>> home_market_currency("CHIX", "SIEd"), home_market_currency("CHIX", "LSEGl"), home_market_currency("CHIX", "SIED")
    ('EUR', 'GBP', None)
    """
    found = BY_CODE.get(code.upper()) if code else None
    if found is None or not found.home_markets or not printed_ticker:
        return None
    return dict(found.home_markets).get(printed_ticker[-1])


LONGBRIDGE_MARKETS: Final = tuple(sorted({e.market for e in EXCHANGES if e.on_longbridge}))
"""The market suffixes of Longbridge symbols ('002371.SZ', '00700.HK'): one list, which the Longbridge detector reads."""
A_SHARE_MARKETS: Final = frozenset(e.market for e in EXCHANGES if e.on_longbridge and e.currency == "CNY")
"""Mainland China's markets (SH, SZ, BJ): their companies report in CNY and their fiscal year is the calendar year."""

HOME_MARKET_VENUES: Final = frozenset(e.code for e in EXCHANGES if e.home_markets)
"""The venues whose listings take their currency from their home market (``home_market_currency``)."""


def listing_currency(code: str | None, ticker: str | None) -> str | None:
    """The currency a listing trades in: its share class's where its exchange lists one for the ticker (a B share),
    else the exchange's (``exchange_currency``).

    >>> listing_currency("SZSE", "200413"), listing_currency("SZSE", "000413"), listing_currency("SHSE", "900901")
    ('HKD', 'CNY', 'USD')
    >>> listing_currency("SZ", "200413"), listing_currency("HKSE", "00200"), listing_currency("XX", "1")
    ('HKD', 'HKD', None)
    >>> listing_currency("HKSE", "80737"), listing_currency("HKSE", "8081"), listing_currency("HK", "80700")
    ('CNY', 'HKD', 'CNY')
    >>> listing_currency("SH", "90090"), listing_currency("SZ", "2004131")  # no ticker of the exchange: no share class
    ('CNY', 'CNY')
    """
    found = _exchange(code.upper()) if code else None
    if found is not None and ticker and found.share_classes:
        padded = _ticker(ticker, found)  # a prefix names a share class only of a ticker of the exchange's shape (gud F5)
        shaped = re.fullmatch(found.ticker, padded) is not None
        classes = [currency for prefix, currency in found.share_classes if shaped and padded.startswith(prefix)]
        if classes:
            return classes[0]
    return exchange_currency(code)


def named_currency(code: str | None, name: str | None) -> str | None:
    """The currency a counter's name ends in, on an exchange that names counters so (``Exchange.named_counters``).

    >>> named_currency("SG", "ManulifeReit USD"), named_currency("SGX", "ManulifeReit"), named_currency("NYSE", "X USD")
    ('USD', None, None)
    """
    found = _exchange(code.upper()) if code else None
    if found is None or not found.named_counters or not name:
        return None
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    return last if last in found.named_counters else None


def exchange_for_market(market: str) -> str | None:
    """The exchange code to show for a Longbridge market suffix (None for US, which names no exchange).

    >>> exchange_for_market("SZ"), exchange_for_market("HK"), exchange_for_market("US"), exchange_for_market("SG")
    ('SZSE', 'HKSE', None, 'SGX')
    """
    codes = [e.code for e in EXCHANGES if e.on_longbridge and e.market == market.upper()]
    return codes[0] if len(codes) == 1 else None


def _ticker(ticker: str, exchange: Exchange | None) -> str:
    ticker = ticker.strip().upper()
    if exchange is not None and exchange.pad and ticker.isdigit():
        ticker = ticker.zfill(exchange.pad)
    return ticker


def canonical_id(exchange: str | None, ticker: str | None) -> str | None:
    """The canonical id of a listing given as exchange code (or market suffix) and ticker.

    >>> canonical_id("SZSE", "002371"), canonical_id("HKSE", "700"), canonical_id("NYSE", "bhp")
    ('002371.SZ', '00700.HK', 'BHP.US')
    >>> canonical_id("BOM", "531502"), canonical_id(None, "AAPL"), canonical_id("US", "AAPL"), canonical_id("XX", "1")
    ('531502.BOM', 'AAPL.US', 'AAPL.US', '1.XX')
    """
    if not ticker or not ticker.strip():
        return None
    code = (exchange or "").strip().upper()
    if not code:  # GuruFocus prints US tickers without an exchange
        return f"{_ticker(ticker, None)}.US" if re.fullmatch(r"[A-Za-z][A-Za-z.\-]{0,7}", ticker.strip()) else None
    found = _exchange(code)
    if found is None:
        return f"{_ticker(ticker, None)}.{code}"
    return f"{_ticker(ticker, found)}.{found.market}"


def gurufocus_canonical_id(symbol: str) -> str | None:
    """The canonical id of a GuruFocus symbol such as ``SZSE:002371`` or ``AAPL``.

    >>> gurufocus_canonical_id("SZSE:002371"), gurufocus_canonical_id("HKSE:00700"), gurufocus_canonical_id("AAPL")
    ('002371.SZ', '00700.HK', 'AAPL.US')
    """
    exchange, colon, ticker = symbol.strip().rpartition(":")
    return canonical_id(exchange if colon else None, ticker)


def longbridge_canonical_id(symbol: str) -> str | None:
    """The canonical id of a Longbridge symbol such as ``002371.SZ`` or ``700.HK``.

    >>> longbridge_canonical_id("002371.SZ"), longbridge_canonical_id("700.HK"), longbridge_canonical_id("BRK.B.US")
    ('002371.SZ', '00700.HK', 'BRK.B.US')
    """
    ticker, dot, market = symbol.strip().rpartition(".")
    return canonical_id(market, ticker) if dot and ticker else None


def valid_ticker(exchange: str, ticker: str) -> bool:
    """True when the ticker has the shape the exchange uses."""
    pattern = _TICKERS.get(exchange.upper())
    return bool(pattern and pattern.fullmatch(ticker.upper()))
