"""The e-mail alert layout's header (no title: ticker from the alert line, term and name from the prose) and the
name a page's prose repeats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._regex_cache import compiled
from . import _labels as L
from ._lines import Page

if TYPE_CHECKING:
    from ._header import Header

HEADER_LINES = 40
"""The header is in the page's first so many lines."""
_TERM_SET = frozenset(L.TERM_NAMES) | frozenset(L.GF_TERM_NAMES)
_DEFINING_VERBS = (" is ", " measures ")
"""The verbs a definition sentence opens on after the term: 'Gross Margin % is calculated as …', 'ROCE % measures how
well a company generates profits from its capital' (NYSE:WMT 2021, round-41 tester wc F3: no term was read)."""
_NAME_CHARS = 120
"""A name line longer than this is prose."""
_NAME_REPEATS = 2
"""A name read from prose must open at least so many sentences."""
SITE_NOTE = "* "
"""How the site's notes open (``* For other sections: … All currency related amount are indicated in the company's
associated stock exchange currency.``): boilerplate on every page, whose possessives name no security."""
TREND_WORDS = "The historical data trend for "
TREND_TERM = compiled(r"The historical data trend for (?:[^'\n]{0,80}?)'s (?P<term>[^\s'](?:[^'\n]{0,78}[^\s'])?) can be seen below")
"""The sentence over the history table names the page's term after the name's possessive, the name blank or not
(``The historical data trend for 's Capex-to-Operating-Income can be seen below:``)."""
OTHER_TERM_SENTENCES = (
    ("The historical rank and industry rank for ",
     compiled(r"The historical rank and industry rank for (?:[^'\n]{0,80}?)'s (?P<term>[^\s'](?:[^'\n]{0,78}[^\s'])?) "
                r"or its related term are showing")),
    ("The bar in red indicates where ",
     compiled(r"The bar in red indicates where (?:[^'\n]{0,80}?)'s (?P<term>[^\s'](?:[^'\n]{0,78}[^\s'])?) falls into")),
    (" is calculated as",
     compiled(r"^(?:[^'\n]{0,80}?)'s (?P<term>[^\s'](?:[^'\n]{0,78}[^\s'])?) for the (?:fiscal year|quarter|six months|"
                r"three months|months) that ended in [^\n]{0,20}? is calculated as")),
)
"""More sentences of the site's that name the page's term after the name's possessive (the rank box's heading, the
history chart's note, the calculation's heading "'s Days Inventory for the fiscal year that ended in . 20 is calculated
as", NYSE:CBS, round-42 tester xe F1, whose first definition sentence was a related term's): an alerts page cut before
its history table, or whose definition opens on another verb
('3-Year Share Buyback Ratio measures …', round-32 ghb 028), names its term only there."""


def read_alerts(page: Page, h: Header, numbered: list[tuple[int, str]]) -> bool:
    """The e-mail alert layout has no title: the ticker from the alert line, the term from the definition sentence
    that opens on it (``Gross Margin % is calculated as …``) or else from the sentence over the history table, the name
    from the prose that repeats it. True when only a definition sentence named the term: a guess the 2026 summary
    sentence, which names the page's own term, overrides (``summary_term``)."""
    sec = h.security
    trend: str | None = None
    defined: str | None = None
    other: str | None = None
    for n, text in numbered:
        m = L.ALERT_TICKER.match(text.strip()) if L.ALERT_WORDS in text else None
        if m and sec.ticker is None:
            sec.ticker, sec.line = m.group("ticker"), sec.line or n
            if m.group("exchange") and sec.exchange is None:
                sec.exchange = m.group("exchange")
                sec.symbols.setdefault("gurufocus", f"{m.group('exchange')}:{m.group('ticker')}")
        if defined is None:
            defined = next((head for verb in _DEFINING_VERBS if (head := text.partition(verb)[0]) in _TERM_SET), None)
        t = TREND_TERM.search(text) if trend is None and TREND_WORDS in text else None
        if t is not None:
            trend = t.group("term")
        if other is None:
            other = next((m.group("term") for words, pattern in OTHER_TERM_SENTENCES
                          if words in text and (m := pattern.search(text)) is not None), None)
    guessed = False
    if h.term is None:
        h.term = _page_term(defined, trend, other)
        guessed = h.term is not None and h.term == defined and trend not in _TERM_SET and other not in _TERM_SET
    if sec.name is None:
        sec.name = _symbol_line_name(h, numbered)
    if sec.name is None:
        sec.name = prose_name(page, sec.ticker)
    return guessed


def summary_term(term: str | None, summary: str, guessed: bool) -> str | None:
    """The page's term given the one its 2026 summary sentence names ('… 47 Enterprise Value is ₹13.75 Mil as of
    Jul. 03, 2026.'), else None where that sentence is another's and is not the headline: the summary's term where none
    was read, or where the one read is only a definition sentence's guess and the summary's is a known term (an
    Enterprise Value page cut before its history table defines 'EV-to-EBIT' first, tester gih F2: it was filed as
    EV-to-EBIT, headline and date lost); a term read from the history table's or rank box's sentence stands."""
    if term is None or summary == term:
        return summary
    return summary if guessed and summary in _TERM_SET else None


def _page_term(defined: str | None, trend: str | None, other: str | None = None) -> str | None:
    """The page's term: the one the sentence over its history table names when that is a known term (the page's
    own, as its table's row is), else the known term the rank box or the history chart names (``OTHER_TERM_SENTENCES``),
    else the first term a definition sentence opens on (a page may define related ratios first: 'EV-to-EBIT is
    calculated as Enterprise Value divided by …' on the Enterprise Value page), else the term the trend sentence or
    the others name, known or not."""
    if trend is not None and trend in _TERM_SET:
        return trend
    if other is not None and other in _TERM_SET:
        return other
    if defined is not None:
        return defined
    return trend or other


def alert_symbol(h: Header) -> str | None:
    """The 'EXCH:TICKER' the alert line printed, else None."""
    sec = h.security
    return f"{sec.exchange}:{sec.ticker}" if sec.exchange and sec.ticker else None


def _symbol_line_name(h: Header, numbered: list[tuple[int, str]]) -> str | None:
    """The name of a 2026 alerts page: the line 'Kim Loong Resources Bhd XKLS:5027' that is the name and the alert
    line's own symbol, nothing else."""
    symbol = alert_symbol(h)
    if symbol is None:
        return None
    ending = " " + symbol
    for n, text in numbered:
        text = text.strip()
        name = text[: -len(ending)].strip() if text.endswith(ending) else ""
        if name and ":" not in name and len(name) <= _NAME_CHARS:
            h.security.line = n
            return name
    return None


def prose_name(page: Page, ticker: str | None = None) -> str | None:
    """The name that opens most of the header's sentences in the possessive, when at least two do (the site's notes
    are not read; a possessive whose last word is lower case, 'a company's', names no security; nor does the page's
    symbol, 'NYSE:FSS's Cash-to-Debt' or 'EME's Cash-to-Debt', where the page prints no name: round-39 gtc F4)."""
    seen: dict[str, int] = {}
    for _, text in page.numbered()[:HEADER_LINES]:
        if L.POSSESSIVE_WORD in text and not text.lstrip().startswith(SITE_NOTE):
            for m in (*L.POSSESSIVE_NAME.finditer(text), *L.SUFFIXED_POSSESSIVE_NAME.finditer(text)):
                name = m.group("name")
                if not name.rpartition(" ")[2][:1].islower() and not _is_symbol(name, ticker) \
                        and name not in _LEGAL_FORMS:  # 'a company's'; 'Limited's', a legal name's tail
                    seen[name] = seen.get(name, 0) + 1
    for name in [n for n in seen if n.endswith("'s") and n[:-2] in seen]:  # 'McDonald's's ROIC' shows the name ends
        seen[name] += seen.pop(name[:-2])  # in 's: its 'McDonald's WACC %' is no possessive of 'McDonald' (ghy F1)
    best = max(seen, key=lambda name: seen[name], default=None)  # the first of the most repeated
    return best if best is not None and seen[best] >= _NAME_REPEATS else None


_LEGAL_FORMS = frozenset(L.LEGAL_FORM_WORDS)


def _is_symbol(name: str, ticker: str | None) -> bool:
    """True for a possessive's name that is a symbol, not a name: 'NYSE:FSS', or the page's own ticker ('EME')."""
    return L.SYMBOL_ONLY.fullmatch(name) is not None or (ticker is not None and name == ticker)
