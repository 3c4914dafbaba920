"""The page header: breadcrumb, headline (term, value, unit, currency, as-of) and the security.

Layouts: the breadcrumb, ``Switch to:`` (stacked or one line), markdown (``# Term`` / ``: value``),
e-mail alerts, and the 2026 ``Name (EXCH:TICKER) Term: value`` headline with its score widget.
Titles may put the ticker first (``KO (Coca-Cola Co)``), a bare ticker in the parentheses
(``Apple (AAPL)``), the name again (``BHP Group (BHP Group)``) or a name with its own
parentheses (``Esaar (India) (BOM:531502)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import _build as build
from .._currencies import ISO_CODES, SYMBOLS, resolve
from .._metrics import metric_for_label, unit_of
from .._models import Missing, PrintedNumber, Security, Unit
from .._numbers import missing_reason, parse_number, replaced, unread_reason
from . import _labels as L
from ._header_alerts import HEADER_LINES, alert_symbol, prose_name, read_alerts, summary_term
from ._header_title import BREADCRUMB_WORDS, read_breadcrumb, read_title, take_empty_symbol
from ._lines import Page
from ._names import repaired_name
from ._periods import period_from_text
from ._units import shown_unit

_TERM_NAMES: tuple[str, ...] = tuple(sorted(set(L.TERM_NAMES) | set(L.GF_TERM_NAMES), key=len, reverse=True))
_TERM_SET = frozenset(_TERM_NAMES)
_TERM_ENDINGS = tuple(" " + term for term in _TERM_NAMES)
_TERM_LENGTHS = sorted({len(term) for term in _TERM_NAMES}, reverse=True)
_TODAY = "today"
"""The as-of of a headline printed '(As of Today)': the date is the one the page's 'As of today (…)' sentences give."""
_TODAY_WORDS = "As of today ("
_ALERT_OPENING = 3
"""The alert boilerplate opens the page, under at most a quote bar (``Market Cap : … |`` and ``---|``)."""
_UNTITLED_LAYOUTS = frozenset({"stacked", "switch-to", "bare"})
"""Layouts whose old pages print no title line over the headline ('Days Sales Outstanding' / '55.22 (As of Mar.
2015)'): the security's name is only in the prose ('Advent Software Inc's account receivable …')."""
_SECTION_TITLE_REPEATS = 2
"""A markdown page without a headline: so many of its section headings must repeat the title for it to be the term."""
_SECTION_TITLE_CHARS = 120
"""A title longer than this is prose, not a term."""


@dataclass
class Header:
    """What the top of the page says."""

    layout: str = "bare"
    term: str | None = None
    security: Security = field(default_factory=build.Security)  # a trusted build: two a page, validated cost 2 x 20 K instructions
    value: PrintedNumber | None = None
    value_text: str | None = None
    missing: Missing | None = None
    unit: Unit | None = None
    as_of_text: str | None = None
    as_of: str | None = None
    ttm: bool = False
    vs_median: str | None = None
    """What the 2026 headline says of its value against its median, as printed: '44224% above'."""
    line: int | None = None
    raw: str = ""
    notes: list[tuple[str, str, int | None]] = field(default_factory=list)


_CRUMB_SEARCH_LINES = 4000
"""How far down a page its breadcrumb is looked for when its first lines hold neither it nor a headline: as far as
detection reads (``SNIFF_CHARS``, 32,000 characters, of lines of 8 characters and more: a menu item's), so a page
detection accepts below a menu has its header read (round-46 new user F1)."""


def read_header(page: Page) -> Header:
    """Read the breadcrumb and the headline, in whichever layout the page uses.

    From the page's first ``HEADER_LINES`` lines; where those hold neither a breadcrumb nor a headline, from its
    breadcrumb further down, when it has one: a site menu or a cookie banner saved above the page pushed it there (60
    menu items above a page whose headline was edited to 25.00: nothing was read, so nothing contradicted it; round-32
    new user NU-3). Looked for only then: most pages' header is in their first lines, and the scan is not free."""
    lines = page.numbered()
    h = _read_header(page, lines[:HEADER_LINES])
    if h.line is None and h.term is None and h.layout != "breadcrumb":  # neither a headline nor a title was read
        for i in range(HEADER_LINES, min(len(lines), _CRUMB_SEARCH_LINES)):
            if BREADCRUMB_WORDS in lines[i][1] and lines[i][1].lstrip().startswith(BREADCRUMB_WORDS):
                return _read_header(page, lines[i:i + HEADER_LINES])
    return h


def _read_header(page: Page, numbered: list[tuple[int, str]]) -> Header:
    """The header read from the lines given."""
    h = Header()
    crumb = None
    for n, text in numbered:
        if read_breadcrumb(h, n, text.strip()):
            crumb = n
            break
        if L.SWITCH_TO.match(text):
            h.layout = "switch-to"
            break
    for n, text in numbered:
        m = L.AS_OF.search(text) if "As of " in text else None
        if m and _is_headline(text, m):
            _read_headline(page, h, n, text, m)
            ending = text.rstrip()
            if mark := ending[len(ending.rstrip(_FOOTNOTE_MARK)):]:
                h.notes.append(("headline_footnote", f"the headline ends in a footnote mark {mark!r}, whose footnote the "
                                "page text does not print: its value is read as printed", n))
            break
        m = L.AS_OF_2013.search(text) if L.HEADING_2013_WORD in text and ": " in text else None
        if m is not None:  # the 2013 heading (its '# ' is gone from the page's lines)
            h.layout = "heading-2013"
            _read_headline(page, h, n, text, m)
            break
    else:  # no '(As of …)' headline: a markdown one whose as-of lost its parentheses, or that prints no value
        for n, text in numbered:
            m = _bare_headline(text)
            if m is not None:
                _read_headline(page, h, n, text, m)
                break
    if h.as_of is None and h.as_of_text is not None and h.as_of_text.lower() == _TODAY:
        h.as_of = _today_date(numbered)
    elif h.as_of is None and h.as_of_text and not L.UNFILLED_AS_OF.match(h.as_of_text):  # '(As of Oct. 2O15)'
        h.notes.append(("headline_date_unread", f"the headline's as-of {h.as_of_text!r} is no date: its value has no "
                        "period, so it is compared with no dated copy", h.line))
    if crumb is not None and h.line is None:
        _read_breadcrumb_title(h, numbered, crumb)
    elif h.line is None and h.term is None and h.layout == "bare" and not _read_section_title(page, h, numbered):
        _read_symbol_title(page, h, numbered)  # the title names no term its sections repeat: a 2026 rank's, maybe
    if h.layout == "bare":
        h.layout = _bare_layout(page, h, numbered)
    if h.layout == "alerts":
        guessed = read_alerts(page, h, numbered)
        if h.line is None:
            _read_alert_summary(h, numbered, guessed)
    if h.security.ticker is None:
        _read_range_symbol(page, h)
    if h.security.name is None and h.layout in _UNTITLED_LAYOUTS:  # no title line: the name only the prose prints
        h.security.name = prose_name(page, h.security.ticker)
    h.unit = h.unit or headline_unit(h.term, h.value, h.value_text)
    if h.layout in _WIDGET_LAYOUTS and h.security.legal_name is None:
        _read_widget_legal_name(page, h)
    _repair_name(h)
    return h


_WIDGET_LAYOUTS = frozenset({"headline-2026", "ticker-headline", "title-2026"})
"""The 2026 layouts, whose score widget opens with the symbol, the legal name and the symbol again."""
_WIDGET_NAME_LINES = 4
"""The non-blank lines under the headline searched for the widget's name line."""


def _read_widget_legal_name(page: Page, h: Header) -> None:
    """The legal name the 2026 widget prints between two copies of the symbol ('LSE:SHRS Shires Income PLC LSE:SHRS'
    under 'Shiresome (LSE:SHRS) EPS (Basic): …'): the page's only printing of it, and what repairs a name the site's
    cuts garbled (round-20 ggd F9)."""
    sec = h.security
    if not sec.exchange or not sec.ticker or h.line is None:
        return
    symbol = f"{sec.exchange}:{sec.ticker}"
    at: int | None = h.line
    for _ in range(_WIDGET_NAME_LINES):
        at = page.next_nonblank(at) if at is not None else None
        if at is None:
            return
        text = page.line(at).strip()
        if len(text) > 2 * len(symbol) + 2 and text.startswith(symbol + " ") and text.endswith(" " + symbol):
            sec.legal_name = text[len(symbol) + 1:-len(symbol) - 1].strip() or None
            return


def _repair_name(h: Header) -> None:
    """Where the title's name is the legal name (the breadcrumb's, or the 2026 widget line's) garbled by the site's
    cuts of legal-form words, the name is the repaired one and the printed one is kept, with a note."""
    sec = h.security
    if sec.name and sec.name.endswith(","):  # 'Goodman Co., (TSE:7535) …' of 'Goodman Co., Ltd.': the site cut the
        h.notes.append(("name_garbled", f"the title's name {sec.name!r} ends in the comma before a legal-form word the "  # word
                        "site cut: the name is taken without it, the printed one kept as printed_name", sec.line))
        sec.printed_name, sec.name = sec.name, sec.name.rstrip(", ")  # after the comma (round-33 ghl F6)
        return
    if not sec.name or not sec.legal_name or sec.name == sec.legal_name:
        return
    fixed = repaired_name(sec.legal_name, sec.name)
    if fixed is None or fixed == sec.name:
        return
    h.notes.append(("name_garbled", f"the title's name {sec.name!r} is the legal name {sec.legal_name!r} the page prints "
                    "with legal-form words cut out of it, one from inside a word (GuruFocus's short name): the name "
                    f"is taken as {fixed!r}, the printed one kept as printed_name", sec.line))
    sec.printed_name, sec.name = sec.name, fixed






def _read_alert_summary(h: Header, numbered: list[tuple[int, str]], guessed: bool = False) -> None:
    """The headline of a 2026 alerts page, which prints none '(As of …)': its summary sentence after the name and the
    alert's symbol, 'Kim Loong Resources Bhd XKLS:5027 90 Beneish M-Score is -2.33 as of Jun. 25, 2026.', where
    the term is the page's (the number before it is the GF Score); it replaces a term only ``guessed`` from a
    definition sentence (``summary_term``)."""
    symbol, name = alert_symbol(h), h.security.name
    if symbol is None or name is None:
        return
    mark = f" {symbol} "
    for n, text in numbered:
        text = text.strip()
        at = text.find(mark) if L.ALERT_SUMMARY_WORDS in text else -1
        # the name line's name, or its short form: 'Elitegroup Computer Systems Co' of '… Co Ltd' (TPE:2331)
        lead = text[:at] if at > 0 and (text[:at] == name or name.startswith(text[:at] + " ")) else None
        m = L.ALERT_SUMMARY.match(text, at + len(mark)) if lead is not None else None
        term = summary_term(h.term, m.group("term"), guessed) if m is not None else None
        if m is None or term is None:
            continue
        h.term = term
        h.line, h.raw, h.value_text = n, text, m.group("value")
        h.as_of_text = m.group("asof")
        h.as_of = period_from_text(h.as_of_text)
        h.value, h.missing = headline_number(m.group("value"), h.security.exchange)
        if h.value is None and h.missing is None:
            h.notes.append(("headline_unreadable", f"headline value {h.value_text!r} is not a number", n))
        return


def _read_range_symbol(page: Page, h: Header) -> None:
    """A bare ticker from the range heading (``HCII' s 10-Year EV/EBIT Range``) where the page prints no other;
    an ``EXCH:TICKER`` there is left to the reader of such symbols."""
    for _, n, text in page.filled():
        m = L.RANGE_TITLE.search(text) if "' s " in text else None
        if m is None:
            continue
        symbol = m.group("symbol")
        if ":" not in symbol and any(ch.isalnum() for ch in symbol):
            h.security.ticker, h.security.line = symbol.upper(), h.security.line or n
        return






_CUT_HEADLINE_COLONS = (" :", ":")
"""What follows the term in a headline that lost its '(As of …)' (the page cut inside its value)."""


def _read_breadcrumb_title(h: Header, numbered: list[tuple[int, str]], crumb: int) -> None:
    """The title under a breadcrumb whose page prints no headline (``Name (EXCH:TICKER) Quality Rank``), or whose
    headline was cut before its as-of (``Name (EXCH:TICKER) EV-to-EBITDA : 33.9``)."""
    if h.term is None:
        return
    spaced = " " + h.term
    for n, text in numbered:
        text = text.strip()
        if n <= crumb or not text or text in L.HEADER_FURNITURE or L.SWITCH_TO.match(text):
            continue
        cut = next((k for colon in _CUT_HEADLINE_COLONS if (k := text.find(spaced + colon)) > 0), -1)
        if text.endswith(spaced):
            read_title(h, text[: -len(spaced)], n)
        elif cut > 0:  # a headline cut before its '(As of …)': the title before the term still names the security
            read_title(h, text[:cut], n)
        return


def _read_section_title(page: Page, h: Header, numbered: list[tuple[int, str]]) -> bool:
    """The term of a markdown page that prints no headline (the site left it blank): its '# Term' title, the
    page's first line, which at least two section headings repeat ('Term Historical Data', 'Term Calculation',
    '(:) Term Explanation'). Whether it found one."""
    title = next((text.strip() for _, text in numbered if text.strip()), "")
    if not title or len(title) > _SECTION_TITLE_CHARS:
        return False
    wanted = {title + suffix for suffix in L.SECTION_SUFFIXES}
    named = {suffix for _, _, text in page.filled() for suffix in L.SECTION_SUFFIXES
             if text.endswith(suffix) and (text in wanted or text.endswith(" " + title + suffix))}
    if len(named) < _SECTION_TITLE_REPEATS:
        return False
    h.term, h.layout = title, "markdown"
    return True


def _read_symbol_title(page: Page, h: Header, numbered: list[tuple[int, str]]) -> None:
    """The term and the security of a 2026 page that prints no headline (a rank: 'AIUG (AI Unlimited Group)
    Predictability Rank' above its score widget, gfp 025; 'Cura Technologies (NSE:CURAA) Predictability Rank' outside
    the US): its first line, whose name and term a section heading
    repeats ('AI Unlimited Group Predictability Rank Calculation')."""
    n, title = next(((n, text.strip()) for n, text in numbered if text.strip()), (0, ""))
    found = L.symbol_title(title)
    if found is None:
        return
    name, term, symbol = found
    lead = f"{name} {term}"
    if any(text.endswith(suffix) and text.strip() == lead + suffix for _, _, text in page.filled() for suffix in L.SECTION_SUFFIXES):
        h.term, h.layout = term, "title-2026"
        read_title(h, symbol, n)


def _today_date(numbered: list[tuple[int, str]]) -> str | None:
    """The date of the header's 'As of today (2024-04-23), …' sentences, when they give one and agree on it."""
    dates = {m.group("date") for _, text in numbered if _TODAY_WORDS in text
             for m in L.TODAY.finditer(text) if m.group("date")}
    return dates.pop() if len(dates) == 1 else None


def _is_unfilled(h: Header) -> bool:
    """Whether the headline is the site's unfilled template: an as-of without its date (``. 20``) and a zero or
    no value (a value that is not zero is the page's, whatever its date)."""
    if h.as_of_text is None or not L.UNFILLED_AS_OF.match(h.as_of_text):
        return False
    if h.value is not None:
        return h.value.value == 0
    return h.missing in _NO_VALUE or (h.missing is None and _zero_text(h.value_text or ""))


_UNREAD_AS_VALUE = frozenset({Missing.BLANK, Missing.UNREADABLE})
"""What ``unread_reason`` says of a text that may still be an amount read below ('RSD', '$ Mil', 'COP965,980.00'):
only a placeholder it finds behind a currency ('NZ$N/A') is taken at once."""
_NO_VALUE = frozenset({Missing.BLANK, Missing.AT_LOSS})
"""A template's headline with no value: blank, or the at-loss marker its zeros make."""


def _zero_text(text: str) -> bool:
    """Whether a value that is no number prints zeros as its only digits: the template's '0.00%%'."""
    digits = [ch for ch in text if ch.isdigit()]
    return bool(digits) and set(digits) == {"0"}


def _bare_headline(text: str) -> re.Match[str] | None:
    """The as-of of a line that is ': value As of DATE' or 'As of DATE', else None."""
    leading = text.lstrip().startswith(L.BARE_HEADLINE_LEAD)
    if "As of " not in text or not (leading or "):" in text or ") " in text):
        return None
    m = L.AS_OF_BARE.search(text)
    if m is None:
        return None
    before = text[: m.start()].strip()
    if not leading:  # 'Name (EXCH:TICKER) Term:value As of Today'
        return m if _titled_value(before) is not None else None
    return m if not before or (before.startswith(":") and L.VALUE_ONLY.match(before[1:].strip())) else None


def _titled_value(pre: str) -> re.Match[str] | None:
    """The value of a titled bare headline's part before its 'As of' ('Wal-Mart Stores Inc  (NYSE:WMT) WACC %:3.13%'),
    where it is one (``L.TITLED_BARE_HEADLINE``), else None."""
    t = L.TITLED_BARE_HEADLINE.search(pre) if ":" in pre else None
    return t if t is not None and L.VALUE_ONLY.match(t.group("value")) else None


_FOOTNOTE_MARK = "*"


def _is_headline(text: str, m: re.Match[str]) -> bool:
    """A headline ends at its as-of, or at the 2026 '— N% Above Median' after it; prose sentences that quote
    '(As of …)' go on."""
    rest = text[m.end():].strip()
    if rest.endswith(_FOOTNOTE_MARK):  # '(As of Jun. 30, 2026) ***': a footnote mark (_detect.FOOTNOTE_SUFFIX)
        rest = rest.rstrip(_FOOTNOTE_MARK).rstrip()
    return not rest or _median_vs(rest) is not None


def _median_vs(rest: str) -> re.Match[str] | None:
    """The '— 44224% Above Median' a 2026 headline prints after its as-of, else None."""
    return L.MEDIAN_VS.match(rest) if L.MEDIAN_VS_WORD in rest else None


def _asks_what_is(page: Page, line: int) -> bool:
    """Whether the first non-blank line under the headline is the 2026 layout's 'What is X ROIC %?' (a page cut before
    its score widget, or printed without one: round-45 tester tb F1's XKLS:8044 was filed as the 2016 'stacked' one)."""
    nxt = page.next_nonblank(line)
    return nxt is not None and page.line(nxt).startswith(L.WHAT_IS_WORD) and page.line(nxt).rstrip().endswith("?")


def _ticker_first(head: str) -> bool:
    """Whether a 2026 headline is 'GFGU (GetFugu) EPS …', the ticker before the name, rather than 'TOCALO Co (TSE:3433)
    ROE % …', a name whose first word looks like a ticker before its address (round-45 tester tf F6)."""
    first, _, rest = head.partition(" ")
    if not L.TICKER_LIKE.match(first) or not rest.startswith("("):  # 'CFM (Malaysia) Bhd (XKLS:8044)': a name's part
        return False
    closed = rest.find(")")
    return closed > 0 and ":" not in rest[1:closed] and L.SYMBOL_PART.search(rest) is None


def _bare_layout(page: Page, h: Header, numbered: list[tuple[int, str]]) -> str:
    opening = [t for _, t in numbered if t.strip()][:_ALERT_OPENING]
    if any(L.ALERT_WORDS in t for t in opening):
        return "alerts"
    widget = any(L.SCORE_WIDGET.match(t.strip()) for _, t in numbered)
    if h.line and (widget or _asks_what_is(page, h.line)):
        return "ticker-headline" if _ticker_first(page.line(h.line).strip()) else "headline-2026"
    if h.line and page.line(h.line).lstrip().startswith(":"):
        return "markdown"
    return "stacked" if h.line else "bare"


def _split_value(pre: str) -> tuple[str, str]:
    """(title and term, value text) of the part of a headline before its as-of."""
    pre = pre.strip()
    if pre.endswith(":"):
        return pre[:-1].strip(), ""
    k = pre.rfind(": ")
    if k >= 0:
        return pre[:k].strip(), pre[k + 2:].strip()
    k = pre.rfind(" :")  # 'KGW GROUP Bhd (XKLS:0282) WACC % :9.48%' (round-22 ggk 004): the value touches its colon
    if k >= 0 and L.VALUE_ONLY.match(rest := pre[k + 2:].strip()):
        return pre[:k].strip(), rest
    if (t := _titled_value(pre)) is not None:  # 'Wal-Mart Stores Inc  (NYSE:WMT) WACC %:3.13%'
        return pre[:t.start("value") - 1].strip(), t.group("value")
    if pre.startswith(":") and L.VALUE_ONLY.match(rest := pre[1:].strip()):  # ':4.59% (As of Today)' under a
        return "", rest  # 'Switch to:' title (round-35 ghy F1, NYSE:MCD 2021): the value touches its colon
    if L.VALUE_ONLY.match(pre) or _is_blank_amount(pre):  # '$' alone: a template's value, not a title
        return "", pre
    return pre, ""


def _read_headline(page: Page, h: Header, n: int, text: str, m: re.Match[str]) -> None:
    h.line, h.raw = n, text.strip()
    h.as_of_text = m.group("asof").strip()
    h.as_of = period_from_text(h.as_of_text)
    h.ttm = bool(m.group("ttm"))
    title, value_text = _split_value(text[: m.start()])
    if not title:
        title = _title_above(page, h, n)
        if h.term is None and _prose_measures(page, n, title):  # a term the registry lacks, on a page naming no security
            h.term, title = title, ""
    h.value_text = value_text
    title = take_empty_symbol(h, title, n)
    if h.term is None and h.layout == "heading-2013":
        h.term = _registered_ending(title)
    known = None if _ends_in(title, h.term) else _known_ending(title)  # the header's own term first: most pages name it
    if h.term is None and title and known is None:
        h.term = _term_the_page_names(page, title)
    read_title(h, _strip_term(h, title, known), n)
    h.value, h.missing = headline_number(value_text, h.security.exchange)
    if _is_unfilled(h):
        zero = h.value is not None or (h.missing is None and _zero_text(value_text))
        h.unit = headline_unit(h.term, h.value, value_text)  # a template's '$0.00 Mil' or '$ Mil' still shows it
        h.value, h.missing = None, Missing.UNFILLED
        h.notes.append(("unfilled_template", f"the headline {h.raw!r} is the site's unfilled template (no date and "
                        f"{'a zero' if zero else 'no value'}): the page prints no data there", n))
        return
    if h.value is None and h.missing is None:
        h.notes.append(("headline_unreadable", f"headline value {value_text!r} is not a number", n))
    vs = _median_vs(text[m.end():].strip())
    if vs is not None and vs.group("vs_near"):  # '— Near Median' (TPE:3042: 8% below): no share printed
        h.notes.append(("headline_vs_median", f"the headline says its value is near its median ({vs.group(0).strip()!r}); "
                        "it prints no share to check", n))
    elif vs is not None:  # the median it is measured against is not in the headline: compared with a sentence that prints it
        h.vs_median = f"{vs.group('vs_pct')}% {vs.group('vs_side').lower()}"
        h.notes.append(("headline_vs_median", f"the headline says its value is {h.vs_median} its median "
                        f"({vs.group(0).strip()!r}) without printing the median: it is compared with the page's sentence "
                        "that prints it, where there is one (gf.restated, gf.median.relative)", n))
    if h.ttm:
        h.notes.append(("headline_ttm", f"the headline value is trailing twelve months as of {h.as_of_text!r}", n))


def _term_the_page_names(page: Page, title: str) -> str | None:
    """A term the registry does not list, from how the page names it: what its section headings name
    (``Debt-to-Equity Historical Data``, ``(:) Debt-to-Equity Explanation``) when the title is that or ends in it,
    else what follows the name the prose repeats (``Acme Fund's …``) at the title's start; None when neither.
    A title that prints its '(EXCH:TICKER)' between the name and the term (``Acme Inc  (NYSE:ACME) Inventory
    Turnover``) names the term after it."""
    symbol = L.SYMBOL_BEFORE_TERM.search(title) if ":" in title else None
    if symbol is not None:
        return title[symbol.end():].strip()
    name = prose_name(page) or _possessive_spelling(page, title)
    if name is not None and title.startswith(name + " ") and len(title) > len(name) + 1:
        rest = title[len(name) + 1:].strip()
        if rest.startswith("(") and ") " in rest:  # the title's '(TICKER)' between the name and the term
            rest = rest[rest.index(") ") + 2:].strip()
        return rest or None
    best: str | None = None
    for _, _, text in page.filled():
        if not text.endswith(L.SECTION_SUFFIXES):
            continue
        suffix = next(s for s in L.SECTION_SUFFIXES if text.endswith(s))
        named = text[: -len(suffix)].strip()
        symbols = list(L.SYMBOL_THEN_SPACE.finditer(named)) if ") " in named else []
        named = named[symbols[-1].end():] if symbols else named  # after '(:)' or '(EXCH:TICKER)', not a term's '(Bank Only) '
        if named and (title == named or title.endswith(" " + named)) and (best is None or len(named) > len(best)):
            best = named
    return best


def _possessive_spelling(page: Page, title: str) -> str | None:
    """The name a header sentence spells the title with, in the possessive: 'Target's total current liabilities for
    the quarter …' under the title 'Target Total Current Liabilities' names 'Target' (its words and the rest of the
    title's, in any case); None where no sentence does. One sentence is enough where it spells the whole title, as
    ``prose_name``'s two repeats are for a name alone: a page start cut before its second possessive had kept 'Target
    Total Current Liabilities' as its term, no name, and a metric of its own that met no copy (round-47 cut sweep:
    gf.restated failed '$14,364' against the row's 14,364.00 Mil, whose 'Mil' the term's headline had not lent it)."""
    for _, text in page.numbered()[:HEADER_LINES]:
        if L.POSSESSIVE_WORD not in text:
            continue
        for m in L.POSSESSIVE_NAME.finditer(text):
            name = m.group("name")
            rest = title[len(name) + 1:] if title.startswith(name + " ") else ""
            if rest and text[m.end():].lower().startswith(rest.lower() + " "):
                return name
    return None


def _registered_ending(title: str) -> str | None:
    """The longest run of the title's last words that the registry knows as a label ('Portfolio Recovery Associates,
    Inc. Earnings Yield (Joel Greenblatt)' -> 'Earnings Yield (Joel Greenblatt)'), else None: the 2013 heading names
    the security and the term with nothing between them."""
    words = title.split(" ")
    for k in range(1, len(words)):
        ending = " ".join(words[k:])
        if metric_for_label(ending) is not None:
            return ending
    return None


def _title_above(page: Page, h: Header, n: int) -> str:
    """The title of a stacked headline: the lines above it, up to the breadcrumb or 'Switch to:'."""
    subtitled = _subtitled_title(page, n)
    if subtitled is not None:
        return subtitled
    parts: list[str] = []
    top = n
    for back in range(n - 1, max(page.first, n - 5) - 1, -1):
        prev = page.line(back).strip()
        if not prev or prev in L.HEADER_FURNITURE or L.SIGNUP_BANNER.match(prev):
            continue
        if L.SWITCH_TO.match(prev) or L.BREADCRUMB.match(prev):
            break
        parts.insert(0, prev)
        top = back
        if not _is_term(prev, h.term) or len(parts) == 2:
            break
    if len(parts) == 1 and not _names_a_symbol(parts[0]):
        above = next((page.line(b).strip() for b in range(top - 1, max(page.first, top - 3) - 1, -1)
                      if page.line(b).strip()), "")
        if _names_a_symbol(above):  # 'Name (EXCH:TICKER)' or the empty '(:)' stands alone above its term
            parts.insert(0, above)
    return " ".join(parts)


def _subtitled_title(page: Page, n: int) -> str | None:
    """'Name (EXCH:TICKER) Term' where a 2016 stacked headline prints its term with a colon, then a subtitle saying how
    it is worked out, above a value line: 'Data Group Ltd (TSX:DGI)' / 'PEG Ratio:' / 'PE(NRI) Ratio / EBITDA 5-Y
    Growth' / '(As of Today)' (round-27 ggx 008: the subtitle was read as the security's name); None for any other."""
    lines: list[str] = []
    at: int | None = n
    while len(lines) < 3:
        at = page.prev_nonblank(at) if at is not None else None
        if at is None:
            return None
        lines.append(page.line(at).strip())
    subtitle, term, title = lines
    if subtitle.endswith(":") or not term.endswith(":") or L.SWITCH_TO.match(term) or not _names_a_symbol(title):
        return None
    return f"{title} {term[:-1].strip()}"


_PROSE_LINES = 3
"""The paragraphs under a stacked headline searched for the prose that measures its title."""


def _prose_measures(page: Page, n: int, title: str) -> bool:
    """Whether a stacked title with no symbol is the term: the paragraphs under the headline speak of it as a
    company's quantity ("'s non-recurring items for the six months"), as they never do of a security's name."""
    if not title or "(" in title:
        return False
    wanted = "'s " + title.lower() + " "
    at: int | None = n
    for _ in range(_PROSE_LINES):
        at = page.next_nonblank(at) if at is not None else None
        if at is None:
            return False
        if wanted in page.line(at).lower():
            return True
    return False


def _names_a_symbol(line: str) -> bool:
    """Whether a title line ends in the security's '(EXCH:TICKER)' or the site's empty '(:)'."""
    return line.endswith(")") and (line.endswith(L.EMPTY_SYMBOL) or L.SYMBOL_IN_PARENS.search(line) is not None)




def _is_term(text: str, known: str | None) -> bool:
    return text == known or text in _TERM_SET


def _known_ending(title: str) -> str | None:
    """The longest known term the title is, or ends in after a blank; None for a title that holds none."""
    if title not in _TERM_SET and not title.endswith(_TERM_ENDINGS):  # one C-level test of every ending
        return None
    for k in _TERM_LENGTHS:  # which one: the title's last k characters, longest first (one lookup a length)
        term = title[-k:]
        if len(term) == k and term in _TERM_SET and (len(title) == k or title[-k - 1] == " "):
            return term
    return None


def _ends_in(title: str, term: str | None) -> bool:
    """Whether the title is ``term``, or ends in it after a blank."""
    if not term:
        return False
    return title == term or title.endswith(" " + term)


def _strip_term(h: Header, title: str, known: str | None) -> str:
    """Take the term off the end of the title; what is left names the security: the term the header read, else
    ``known``, the title's ``_known_ending`` (which a title the header's term ends need not have looked up)."""
    if h.term and _ends_in(title, h.term):  # h.term narrowed for mypy
        return "" if title == h.term else title[: -len(h.term)].strip()
    if known is None:
        return title
    h.term = h.term or known
    return "" if title == known else title[: -len(known)].strip()








def headline_number(text: str, exchange: str | None) -> tuple[PrintedNumber | None, Missing | None]:
    """A headline value as printed (currency in front or behind, ISO codes glued), or why there is none.

    >>> headline_number("COP965,980.00", None)[0].currency, headline_number("Ft1,234.50", None)[0].currency
    ('COP', 'HUF')
    >>> headline_number("$N/A", None), headline_number("", None)
    ((None, <Missing.NOT_AVAILABLE: 'not_available'>), (None, <Missing.BLANK: 'blank'>))
    >>> headline_number("$0.00 Mil", None)[0].scale
    'Mil'
    >>> headline_number("$ Mil", None), headline_number("RSD", None)
    ((None, <Missing.BLANK: 'blank'>), (None, <Missing.BLANK: 'blank'>))
    >>> headline_number("0 (At Loss)", None), headline_number("NZ$N/A", "NZSE")
    ((None, <Missing.AT_LOSS: 'at_loss'>), (None, <Missing.NOT_AVAILABLE: 'not_available'>))
    >>> headline_number("No Debt (1)", "XKLS")
    (None, <Missing.NOT_AVAILABLE: 'not_available'>)
    """
    text = text.replace("\\$", "$").strip()
    if L.AT_LOSS_WORDS in text and L.HEADLINE_AT_LOSS.match(text):
        return None, Missing.AT_LOSS
    if text.endswith(")") and L.HEADLINE_FOOTNOTE.search(text):  # 'No Debt (1)': a placeholder and its footnote's mark
        reason = missing_reason(L.HEADLINE_FOOTNOTE.sub("", text))
        if reason is not None:
            return None, reason
    bare = text.lstrip("$€£¥₹₩").strip()
    for candidate in (text, bare):
        reason = missing_reason(candidate)
        if reason is not None:
            return None, reason
    behind = unread_reason(text)
    if behind not in _UNREAD_AS_VALUE:  # 'NZ$N/A': a placeholder behind its currency
        return None, behind
    if _is_blank_amount(text):
        return None, Missing.BLANK
    num = parse_number(text, exchange=exchange)
    if num is not None:
        return num, None
    if "/" in text and (om := L.SCORE_OUT_OF.match(text)):  # 'GF Score : 78/100': the score, printed out of its most
        score = parse_number(om.group("v"))
        return (replaced(score, text=text), None) if score is not None else (None, None)
    for pat in (L.PREFIX_CURRENCY, L.SUFFIX_CURRENCY):
        cm = pat.match(text)
        if not cm:
            continue
        inner = parse_number(cm.group("num"), exchange=exchange)
        symbol = cm.group("cur")
        code = resolve(symbol, exchange) if symbol in SYMBOLS or len(symbol) == 3 else None
        if inner is not None and code is not None:
            return replaced(inner, text=text, currency_symbol=symbol, currency=code), None
    return None, None


def _is_blank_amount(text: str) -> bool:
    """Whether a headline value is a number's furniture without the number: a currency, a scale word or both
    (``$ Mil``, ``RSD``), or a percent sign (``%``), as the site's template prints a value it did not fill in."""
    if any(ch.isdigit() for ch in text):
        return False
    if text.endswith("%"):
        return not text[:-1].strip()
    for scale in L.SCALE_WORDS:
        if text.endswith(scale):
            text = text[: -len(scale)].strip()
            break
    return not text or text in SYMBOLS or text in ISO_CODES


def headline_unit(term: str | None, value: PrintedNumber | None, value_text: str | None = None) -> Unit | None:
    """What the headline measures: from the registry, else from the term's shape and the printed value, else from
    the furniture of a value the site left out (a template's '$ Mil' is an amount, never a ratio).

    >>> headline_unit("Gizmo Expense", None, "$ Mil"), headline_unit("Gizmo", None, "Mil"), headline_unit("Gizmo", None, "")
    (<Unit.CURRENCY_AMOUNT: 'currency_amount'>, <Unit.COUNT: 'count'>, <Unit.RATIO: 'ratio'>)
    """
    metric = metric_for_label(term) if term else None
    if metric is not None:
        return unit_of(metric)
    shown = shown_unit(value, term)
    if shown is None and value is None and value_text:
        shown = _blank_amount_unit(value_text.replace("\\$", "$").strip(), term)
    if shown is not None or term is None:
        return shown
    return Unit.RATIO


def _blank_amount_unit(text: str, term: str | None) -> Unit | None:
    """The unit a value's furniture shows without its number ('$ Mil', 'RSD', 'Mil'), as shown_unit reads a number's:
    money with a scale is an amount, money alone a per-share amount, a scale alone a count; None for anything else."""
    if not text or not _is_blank_amount(text) or text.endswith("%"):
        return None
    scale = next((w for w in L.SCALE_WORDS if text.endswith(w)), None)
    money = (text[: -len(scale)] if scale else text).strip()
    if money:
        return Unit.PER_SHARE if scale is None or "per Share" in (term or "") else Unit.CURRENCY_AMOUNT
    return Unit.COUNT if scale else None


def term_metric(term: str | None) -> str | None:
    """The metric id of a term name."""
    return metric_for_label(term) if term else None
