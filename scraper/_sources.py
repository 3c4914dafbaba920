"""URL builders for the two sources: Longbridge quote pages and GuruFocus term pages."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import quote

from quotecheck.scraper._errors import InvalidInput, SymbolError
from quotecheck.scraper._symbols import (
    parse_gurufocus_symbol,
    parse_longbridge_symbol,
    to_gurufocus,
)

__all__ = [
    "GURUFOCUS_BASE",
    "LONGBRIDGE_BASE",
    "LONGBRIDGE_LOCALES",
    "LONGBRIDGE_PAGES",
    "gurufocus_term_url",
    "longbridge_url",
]

LONGBRIDGE_BASE: Final = "https://longbridge.com"
GURUFOCUS_BASE: Final = "https://www.gurufocus.com"
#: Locales Longbridge serves quote pages in.
LONGBRIDGE_LOCALES: Final = ("en", "zh-CN", "zh-HK")
#: Longbridge pages per symbol; "quote" is the symbol's main page.
LONGBRIDGE_PAGES: Final = ("quote", "overview", "norm", "news", "filings")
#: GuruFocus term slugs look like "e10", "cyclically-adjusted-pb", "mscore".
_TERM_SLUG: Final = re.compile(r"[a-z0-9][a-z0-9_\-]{0,63}")


def longbridge_url(symbol: str, page: str = "quote", locale: str = "en") -> str:
    """Return the markdown URL of a Longbridge page, e.g. ``.../en/quote/002371.SZ/overview.md``."""
    if locale not in LONGBRIDGE_LOCALES:
        raise InvalidInput(f"unknown Longbridge locale {locale!r} (known: {', '.join(LONGBRIDGE_LOCALES)})")
    if page not in LONGBRIDGE_PAGES:
        raise InvalidInput(f"unknown Longbridge page {page!r} (known: {', '.join(LONGBRIDGE_PAGES)})")
    parsed = parse_longbridge_symbol(symbol)
    path = f"/{locale}/quote/{quote(str(parsed), safe='.')}"
    path += ".md" if page == "quote" else f"/{page}.md"
    return LONGBRIDGE_BASE + path


def gurufocus_term_url(term: str, symbol: str, exchange: str | None = None) -> str:
    """Return a GuruFocus term page URL, e.g. ``.../term/e10/SZSE:002371``.

    ``symbol`` may be GuruFocus style (``SZSE:002371``) or Longbridge style
    (``002371.SZ``, mapped; ``exchange`` picks NAS/NYSE for US symbols).
    """
    slug = term.strip().lower() if isinstance(term, str) else ""
    if not _TERM_SLUG.fullmatch(slug):
        raise InvalidInput(f"{term!r} is not a GuruFocus term slug (lowercase letters, digits, '-', '_')")
    if ":" in symbol:
        if exchange is not None:
            raise SymbolError(f"{symbol!r} already names its exchange; drop the explicit exchange {exchange!r}")
        gf = parse_gurufocus_symbol(symbol)
    else:
        gf = to_gurufocus(symbol, exchange)
    return f"{GURUFOCUS_BASE}/term/{slug}/{quote(str(gf), safe=':.-')}"
