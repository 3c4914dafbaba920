"""The security as the header names it: the breadcrumb's legal name, sector and industry, and the title's name,
exchange and ticker (``Name (EXCH:TICKER)``, ``KO (Coca-Cola Co)``, ``Apple (AAPL)``, ``Esaar (India) (BOM:531502)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _build as build
from .._regex_cache import compiled
from . import _labels as L

if TYPE_CHECKING:
    from ._header import Header

BREADCRUMB_WORDS = "GURUFOCUS.COM » STOCK LIST » "
BREADCRUMB_UNSORTED = compiled(r"^GURUFOCUS\.COM » STOCK LIST » (?P<legal>[^»]+) » Definitions » (?P<term>[^»]+)$")
"""The breadcrumb of a security the site files under no sector and industry (an index or a futures contract):
``GURUFOCUS.COM » STOCK LIST » Nasdaq 100 Futures (:^NQ) » Definitions » FCF Margin %``."""
SYMBOL_NO_EXCHANGE = compiled(r"\(:(?P<ticker>[^()\s:]{1,24})\)\s*+$")
"""A symbol the site prints with an empty exchange: ``(:^NQ)``."""
INDEX_TICKER = compiled(r"^\^[A-Z0-9][A-Z0-9.\-_]{0,11}$")
"""The site's symbol of an index or a futures contract, alone in a title's parentheses: ``(^NQ)``."""


def read_breadcrumb(h: Header, n: int, text: str) -> bool:
    """The term and the security from a breadcrumb line; False when the line is none."""
    m = L.BREADCRUMB.match(text)
    found = m if m is not None else BREADCRUMB_UNSORTED.match(text) if text.startswith(BREADCRUMB_WORDS) else None
    if found is None:
        return False
    h.layout = "breadcrumb"
    h.term = found.group("term").strip()
    legal = found.group("legal").strip()
    sym = L.SYMBOL_IN_PARENS.search(legal)
    sector, industry = (m.group("sector").strip(), m.group("industry").strip()) if m else (None, None)
    if sector is not None and industry is not None and _is_location(sector, industry, sym.group("exchange") if sym else None):
        sector = industry = None
    bare = SYMBOL_NO_EXCHANGE.search(legal) if sym is None else None
    if sym:
        exch, ticker = sym.group("exchange"), sym.group("ticker")
        h.security = build.Security(
            legal_name=legal[: sym.start()].strip(), exchange=exch.upper(), ticker=ticker.upper(),
            sector=sector, industry=industry, line=n, symbols={"gurufocus": f"{exch}:{ticker}"},
        )
    elif bare:
        ticker = bare.group("ticker")
        h.security = build.Security(
            legal_name=legal[: bare.start()].strip(), ticker=ticker.upper(), sector=sector, industry=industry, line=n,
            symbols={"gurufocus": ticker},
        )
    else:
        h.security = build.Security(legal_name=legal, sector=sector, industry=industry, line=n)
        h.notes.append(("breadcrumb_symbol", f"the breadcrumb names {legal!r} without '(EXCH:TICKER)'", n))
    return True


def _is_location(sector: str, industry: str, exchange: str | None) -> bool:
    """Whether the breadcrumb's sector and industry slots hold the country and the exchange instead
    (``USA » NYSE » … (NYSE:BABA)``): the second names the security's own exchange, or the first a country."""
    return (exchange is not None and industry.upper() == exchange.upper()) or sector in L.BREADCRUMB_COUNTRIES


def take_empty_symbol(h: Header, title: str, line: int) -> str:
    """The title's name part, with the term read after an empty '(:)' (where '(EXCH:TICKER)' goes) and a note."""
    k = title.find(L.EMPTY_SYMBOL)
    if k < 0:
        return title
    term = title[k + len(L.EMPTY_SYMBOL):].strip()
    if term and h.term is None:
        h.term = term
    h.notes.append(("empty_symbol", f"the title prints {L.EMPTY_SYMBOL!r} where '(EXCH:TICKER)' goes: the page names "
                    "no exchange and ticker there", line))
    return title[:k].strip()


def read_title(h: Header, title: str, line: int) -> None:
    """Name, exchange and ticker from the title, checked against the breadcrumb."""
    title = title.strip()
    if not title:
        return
    sec = h.security
    m = L.SYMBOL_IN_PARENS.search(title)
    if m:
        exch, ticker = m.group("exchange").upper(), m.group("ticker")
        gf = sec.symbols.get("gurufocus", "")
        if sec.ticker and sec.ticker == ticker.upper() and gf.split(":")[-1] != ticker:
            h.notes.append(("ticker_case", f"ticker written {gf} in the breadcrumb and {exch}:{ticker} in the title", line))
        _agree(h, exch, ticker.upper(), line)
        sec.name = title[: m.start()].strip() or sec.name
        sec.exchange, sec.ticker = exch, ticker.upper()
        sec.symbols.setdefault("gurufocus", f"{exch}:{ticker}")
        sec.line = sec.line or line
        return
    bare = SYMBOL_NO_EXCHANGE.search(title)
    a, b = (title[: bare.start()].strip(), bare.group("ticker")) if bare else _last_parenthesis(title)
    if b is None:
        sec.name = title
    elif L.TICKER_LIKE.match(a) and not L.TICKER_LIKE.match(b):
        sec.name = b
        _agree(h, None, a.upper(), line)
        sec.ticker = sec.ticker or a.upper()
    elif (L.TICKER_LIKE.match(b) or INDEX_TICKER.match(b)) and not L.TICKER_LIKE.match(a):
        sec.name = a
        _agree(h, None, b.upper(), line)
        sec.ticker = sec.ticker or b.upper()
    elif sec.ticker and b.upper() == sec.ticker:  # 'PRIO (PTRRY)' under '… (OTCPK:PTRRY)': a name that looks like a
        sec.name = a  # ticker, then the breadcrumb's own ticker (round-37 grc F6: called 'unrecognised')
    elif sec.ticker and a.upper() == sec.ticker:  # the breadcrumb's own ticker first, longer than TICKER_LIKE allows:
        sec.name = b  # 'SCHWPB_CL.PFD (Charles Schwab)' under '… (NYSE:SCHWpB_CL.PFD)' (round-50 tester y4 F1)
    else:
        sec.name = a
        if a != b:
            h.notes.append(("title_parenthesis", f"title has an unrecognised parenthesis {b!r}", line))
    sec.line = sec.line or line


def _agree(h: Header, exchange: str | None, ticker: str, line: int) -> None:
    sec = h.security
    if sec.ticker and sec.ticker != ticker:
        h.notes.append(("ticker_mismatch", f"title ticker {ticker} differs from breadcrumb {sec.ticker}", line))
    if exchange and sec.exchange and sec.exchange != exchange:
        h.notes.append(("exchange_mismatch", f"title exchange {exchange} differs from breadcrumb {sec.exchange}", line))


def _last_parenthesis(title: str) -> tuple[str, str | None]:
    """('Esaar', 'India') for 'Esaar (India)': the text before a final balanced parenthesis, and inside it."""
    if not title.endswith(")"):
        return title, None
    depth = 0
    for i in range(len(title) - 1, -1, -1):
        ch = title[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                before = title[:i].strip()
                return (before, title[i + 1: -1].strip()) if before else (title, None)
    return title, None
