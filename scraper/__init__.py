"""Polite, resumable fetching of source pages into a content-addressed raw archive."""

from quotecheck.scraper._archive import Archive, ArchivedPage, LogEntry
from quotecheck.scraper._charset import DecodedText
from quotecheck.scraper._crawl import CrawlSummary, Failure, crawl
from quotecheck.scraper._errors import (
    ArchiveError,
    ChallengePage,
    CircuitOpen,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HostNotAllowed,
    HTTPStatusError,
    IncompleteResponse,
    InvalidInput,
    ResponseTooLarge,
    RobotsDisallowed,
    ScraperError,
    SymbolError,
    TooManyRedirects,
    UnusableResponse,
)
from quotecheck.scraper._fetch_cli import fetch_command
from quotecheck.scraper._fetcher import FetchConfig, Fetcher, FetchResult
from quotecheck.scraper._sources import (
    LONGBRIDGE_LOCALES,
    LONGBRIDGE_PAGES,
    gurufocus_term_url,
    longbridge_url,
)
from quotecheck.scraper._symbols import (
    GuruFocusSymbol,
    LongbridgeSymbol,
    parse_gurufocus_symbol,
    parse_longbridge_symbol,
    to_gurufocus,
    to_longbridge,
)

__all__ = [
    "Archive",
    "ArchiveError",
    "ArchivedPage",
    "ChallengePage",
    "CircuitOpen",
    "ConnectionFailed",
    "CrawlSummary",
    "DecodedText",
    "Failure",
    "FetchConfig",
    "FetchError",
    "FetchResult",
    "FetchTimeout",
    "Fetcher",
    "GuruFocusSymbol",
    "HTTPStatusError",
    "HostNotAllowed",
    "IncompleteResponse",
    "InvalidInput",
    "LONGBRIDGE_LOCALES",
    "LONGBRIDGE_PAGES",
    "LogEntry",
    "LongbridgeSymbol",
    "ResponseTooLarge",
    "RobotsDisallowed",
    "ScraperError",
    "SymbolError",
    "TooManyRedirects",
    "UnusableResponse",
    "crawl",
    "fetch_command",
    "gurufocus_term_url",
    "longbridge_url",
    "parse_gurufocus_symbol",
    "parse_longbridge_symbol",
    "to_gurufocus",
    "to_longbridge",
]
