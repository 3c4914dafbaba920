"""Symbol mapping between Longbridge and GuruFocus, both directions."""

from __future__ import annotations

import logging

import pytest

from quotecheck.scraper import (
    GuruFocusSymbol,
    LongbridgeSymbol,
    SymbolError,
    parse_gurufocus_symbol,
    parse_longbridge_symbol,
    to_gurufocus,
    to_longbridge,
)
from quotecheck.scraper._symbols import EXCHANGE_TO_MARKET, MARKET_TO_EXCHANGES


@pytest.mark.parametrize(
    ("longbridge", "exchange", "gurufocus"),
    [
        ("002371.SZ", None, "SZSE:002371"),
        ("600519.SH", None, "SHSE:600519"),
        ("00700.HK", None, "HKSE:00700"),
        ("700.HK", None, "HKSE:00700"),
        ("AAPL.US", "NAS", "NAS:AAPL"),
        ("KO.US", "NYSE", "NYSE:KO"),
        ("ko.us", "nyse", "NYSE:KO"),
        ("BRK.B.US", "NYSE", "NYSE:BRK.B"),
    ],
)
def test_longbridge_to_gurufocus(longbridge: str, exchange: str | None, gurufocus: str) -> None:
    mapped = to_gurufocus(longbridge, exchange)
    assert str(mapped) == gurufocus
    assert mapped.exchange_assumed is False


@pytest.mark.parametrize(
    ("gurufocus", "longbridge"),
    [
        ("SZSE:002371", "002371.SZ"),
        ("SHSE:600519", "600519.SH"),
        ("HKSE:00700", "00700.HK"),
        ("HKSE:700", "00700.HK"),
        ("NAS:AAPL", "AAPL.US"),
        ("NYSE:KO", "KO.US"),
        (" nyse:ko ", "KO.US"),
    ],
)
def test_gurufocus_to_longbridge(gurufocus: str, longbridge: str) -> None:
    assert str(to_longbridge(gurufocus)) == longbridge


@pytest.mark.parametrize("symbol", ["002371.SZ", "600519.SH", "00700.HK", "AAPL.US"])
def test_round_trip(symbol: str) -> None:
    assert str(to_longbridge(str(to_gurufocus(symbol, "NAS" if symbol.endswith(".US") else None)))) == symbol


def test_us_without_exchange_assumes_nas_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="quotecheck.scraper._symbols"):
        mapped = to_gurufocus("AAPL.US")
    assert mapped == GuruFocusSymbol("NAS", "AAPL", exchange_assumed=True)
    assert "assuming NAS" in caplog.text


@pytest.mark.parametrize("gurufocus", ["TSX:RY", "LSE:VOD", "BOM:500325", "XPAR:MC"])
def test_exchanges_without_longbridge_market_raise(gurufocus: str) -> None:
    parsed = parse_gurufocus_symbol(gurufocus)  # a valid GuruFocus symbol ...
    assert EXCHANGE_TO_MARKET[parsed.exchange] is None
    with pytest.raises(SymbolError, match="Longbridge has no market"):  # ... with no Longbridge twin
        to_longbridge(gurufocus)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("002371", "expected CODE.MARKET"),
        ("002371.XX", "unknown Longbridge market"),
        ("2371.SZ", "not a valid SZ ticker"),
        ("123456.HK", "not a valid HK ticker"),
        ("", "empty"),
        ("A" * 40 + ".US", "longer than"),
    ],
)
def test_bad_longbridge_symbols(bad: str, message: str) -> None:
    with pytest.raises(SymbolError, match=message):
        parse_longbridge_symbol(bad)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("SZSE002371", "expected EXCHANGE:TICKER"),
        ("FOO:BAR", "unknown GuruFocus exchange"),
        ("SZSE:ABC", "not a valid SZ ticker"),
        ("TSX:", "expected EXCHANGE:TICKER"),
        ("TSX:R Y", "not a valid ticker"),
    ],
)
def test_bad_gurufocus_symbols(bad: str, message: str) -> None:
    with pytest.raises(SymbolError, match=message):
        parse_gurufocus_symbol(bad)


def test_explicit_exchange_must_match_market() -> None:
    with pytest.raises(SymbolError, match="does not belong to market SZ"):
        to_gurufocus("002371.SZ", "SHSE")
    with pytest.raises(SymbolError, match="does not belong to market US"):
        to_gurufocus("AAPL.US", "HKSE")


def test_tables_agree_in_both_directions() -> None:
    for market, exchanges in MARKET_TO_EXCHANGES.items():
        for exchange in exchanges:
            assert EXCHANGE_TO_MARKET[exchange] == market
    for exchange, market in EXCHANGE_TO_MARKET.items():
        if market is not None:
            assert exchange in MARKET_TO_EXCHANGES[market]
    assert set(EXCHANGE_TO_MARKET) >= {"NYSE", "NAS", "SZSE", "SHSE", "HKSE", "TSX", "LSE", "BOM", "XPAR"}


def test_symbol_objects_render_their_site_form() -> None:
    assert str(LongbridgeSymbol("002371", "SZ")) == "002371.SZ"
    assert str(GuruFocusSymbol("SZSE", "002371")) == "SZSE:002371"
