"""Symbol mapping between Longbridge (``002371.SZ``) and GuruFocus (``SZSE:002371``).

The mapping is data: two tables below. A Longbridge market may correspond to
several GuruFocus exchanges (``US`` -> ``NAS`` or ``NYSE``); Longbridge has no
ticker suffix for some GuruFocus exchanges (``TSX``, ``LSE``, ``BOM``,
``XPAR``), and mapping those raises :class:`SymbolError`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from quotecheck.parsers._securities import BY_CODE, EXCHANGES, valid_ticker
from quotecheck.scraper._errors import SymbolError

__all__ = [
    "DEFAULT_US_EXCHANGE",
    "EXCHANGE_TO_MARKET",
    "MARKET_TO_EXCHANGES",
    "GuruFocusSymbol",
    "LongbridgeSymbol",
    "parse_gurufocus_symbol",
    "parse_longbridge_symbol",
    "to_gurufocus",
    "to_longbridge",
]

logger = logging.getLogger(__name__)

#: Longbridge market suffix -> GuruFocus exchange prefixes (first = only/default), from the one exchange table.
MARKET_TO_EXCHANGES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({
    market: tuple(e.code for e in EXCHANGES if e.on_longbridge and e.market == market)
    for market in dict.fromkeys(e.market for e in EXCHANGES if e.on_longbridge)
})

#: GuruFocus exchange prefix -> Longbridge market suffix (None: Longbridge has none).
EXCHANGE_TO_MARKET: Final[Mapping[str, str | None]] = MappingProxyType({
    e.code: (e.market if e.on_longbridge else None) for e in EXCHANGES
})

#: GuruFocus exchange assumed for a US symbol when none is given.
DEFAULT_US_EXCHANGE: Final = MARKET_TO_EXCHANGES["US"][0]

_MAX_SYMBOL_LEN: Final = 32


@dataclass(frozen=True)
class LongbridgeSymbol:
    """A Longbridge symbol: ticker code plus market suffix."""

    code: str
    market: str

    def __str__(self) -> str:
        return f"{self.code}.{self.market}"


@dataclass(frozen=True)
class GuruFocusSymbol:
    """A GuruFocus symbol; ``exchange_assumed`` is True when the exchange was a default."""

    exchange: str
    ticker: str
    exchange_assumed: bool = False

    def __str__(self) -> str:
        return f"{self.exchange}:{self.ticker}"


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise SymbolError(f"symbol must be a string, got {type(text).__name__}")
    cleaned = text.strip().upper()
    if not cleaned or len(cleaned) > _MAX_SYMBOL_LEN:
        raise SymbolError(f"symbol {text!r} is empty or longer than {_MAX_SYMBOL_LEN} characters")
    return cleaned


def _normalise_code(code: str, market: str, original: str) -> str:
    exchange = BY_CODE[MARKET_TO_EXCHANGES[market][0]]
    if not valid_ticker(exchange.code, code):
        raise SymbolError(f"{original!r}: {code!r} is not a valid {market} ticker")
    return code.zfill(exchange.pad) if exchange.pad else code


def parse_longbridge_symbol(text: str) -> LongbridgeSymbol:
    """Parse ``CODE.MARKET`` (e.g. ``002371.SZ``, ``BRK.B.US``); HK codes are zero-padded to 5."""
    cleaned = _clean(text)
    code, dot, market = cleaned.rpartition(".")
    if not dot or not code:
        raise SymbolError(f"{text!r} is not a Longbridge symbol (expected CODE.MARKET, e.g. 002371.SZ)")
    if market not in MARKET_TO_EXCHANGES:
        known = ", ".join(sorted(MARKET_TO_EXCHANGES))
        raise SymbolError(f"{text!r}: unknown Longbridge market {market!r} (known: {known})")
    return LongbridgeSymbol(_normalise_code(code, market, text), market)


def parse_gurufocus_symbol(text: str) -> GuruFocusSymbol:
    """Parse ``EXCHANGE:TICKER`` (e.g. ``SZSE:002371``) for a known GuruFocus exchange."""
    cleaned = _clean(text)
    exchange, colon, ticker = cleaned.partition(":")
    if not colon or not exchange or not ticker:
        raise SymbolError(f"{text!r} is not a GuruFocus symbol (expected EXCHANGE:TICKER, e.g. SZSE:002371)")
    if exchange not in EXCHANGE_TO_MARKET:
        known = ", ".join(sorted(EXCHANGE_TO_MARKET))
        raise SymbolError(f"{text!r}: unknown GuruFocus exchange {exchange!r} (known: {known})")
    market = EXCHANGE_TO_MARKET[exchange]
    if market is not None:
        ticker = _normalise_code(ticker, market, text)
    elif not valid_ticker(exchange, ticker):
        raise SymbolError(f"{text!r}: {ticker!r} is not a valid ticker")
    return GuruFocusSymbol(exchange, ticker)


def to_gurufocus(symbol: str, exchange: str | None = None, *, warn: bool = True) -> GuruFocusSymbol:
    """Map a Longbridge symbol to GuruFocus; US needs ``exchange`` or assumes NAS (flagged, and logged unless not ``warn``)."""
    parsed = parse_longbridge_symbol(symbol)
    candidates = MARKET_TO_EXCHANGES[parsed.market]
    if exchange is not None:
        wanted = exchange.strip().upper()
        if wanted not in candidates:
            raise SymbolError(
                f"{symbol!r}: exchange {exchange!r} does not belong to market {parsed.market} "
                f"(expected one of {', '.join(candidates)})"
            )
        return GuruFocusSymbol(wanted, parsed.code)
    if len(candidates) == 1:
        return GuruFocusSymbol(candidates[0], parsed.code)
    if warn:  # a caller that says it to its user itself (the fetch command) turns the log line off
        logger.warning(
            "%s: no exchange given for market %s; assuming %s (pass one of %s to be explicit)",
            symbol,
            parsed.market,
            DEFAULT_US_EXCHANGE,
            ", ".join(candidates),
        )
    return GuruFocusSymbol(DEFAULT_US_EXCHANGE, parsed.code, exchange_assumed=True)


def to_longbridge(symbol: str) -> LongbridgeSymbol:
    """Map a GuruFocus symbol to Longbridge; raises SymbolError where Longbridge has no market."""
    parsed = parse_gurufocus_symbol(symbol)
    market = EXCHANGE_TO_MARKET[parsed.exchange]
    if market is None:
        raise SymbolError(f"{symbol!r}: Longbridge has no market for GuruFocus exchange {parsed.exchange}")
    return LongbridgeSymbol(parsed.ticker, market)
