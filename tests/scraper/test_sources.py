"""URL builders for Longbridge and GuruFocus pages."""

from __future__ import annotations

import pytest

from quotecheck.scraper import InvalidInput, SymbolError, gurufocus_term_url, longbridge_url


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("quote", "https://longbridge.com/en/quote/002371.SZ.md"),
        ("overview", "https://longbridge.com/en/quote/002371.SZ/overview.md"),
        ("norm", "https://longbridge.com/en/quote/002371.SZ/norm.md"),
        ("news", "https://longbridge.com/en/quote/002371.SZ/news.md"),
        ("filings", "https://longbridge.com/en/quote/002371.SZ/filings.md"),
    ],
)
def test_longbridge_pages(page: str, url: str) -> None:
    assert longbridge_url("002371.SZ", page) == url


def test_longbridge_locale_and_normalised_symbol() -> None:
    assert longbridge_url("700.hk", locale="zh-HK") == "https://longbridge.com/zh-HK/quote/00700.HK.md"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"locale": "fr"}, InvalidInput, "unknown Longbridge locale"),
        ({"page": "chart"}, InvalidInput, "unknown Longbridge page"),
        ({"symbol": "nonsense"}, SymbolError, "CODE.MARKET"),
    ],
)
def test_longbridge_rejects_bad_parts(kwargs: dict[str, str], error: type[Exception], message: str) -> None:
    arguments = {"symbol": "002371.SZ", **kwargs}
    with pytest.raises(error, match=message):
        longbridge_url(**arguments)


@pytest.mark.parametrize(
    ("term", "symbol", "exchange", "url"),
    [
        ("e10", "SZSE:002371", None, "https://www.gurufocus.com/term/e10/SZSE:002371"),
        ("e10", "002371.SZ", None, "https://www.gurufocus.com/term/e10/SZSE:002371"),
        ("cyclically-adjusted-pb", "600519.SH", None,
         "https://www.gurufocus.com/term/cyclically-adjusted-pb/SHSE:600519"),
        ("mscore", "KO.US", "NYSE", "https://www.gurufocus.com/term/mscore/NYSE:KO"),
        ("mscore", "AAPL.US", None, "https://www.gurufocus.com/term/mscore/NAS:AAPL"),
        ("E10", "TSX:RY", None, "https://www.gurufocus.com/term/e10/TSX:RY"),
    ],
)
def test_gurufocus_term_urls(term: str, symbol: str, exchange: str | None, url: str) -> None:
    assert gurufocus_term_url(term, symbol, exchange) == url


@pytest.mark.parametrize("term", ["", "e10/../x", "e 10", "a" * 65, "e10?x=1"])
def test_gurufocus_rejects_bad_term_slugs(term: str) -> None:
    with pytest.raises(InvalidInput, match="term slug"):
        gurufocus_term_url(term, "SZSE:002371")


def test_gurufocus_symbol_with_exchange_twice_is_refused() -> None:
    with pytest.raises(SymbolError, match="already names its exchange"):
        gurufocus_term_url("e10", "NYSE:KO", "NAS")
