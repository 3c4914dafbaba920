"""The page header: breadcrumb, headline (value, currency, as-of) and the security."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._metrics import metric_for_label
from .._models import PrintedNumber, Security
from .._numbers import missing_reason, parse_number
from . import _labels as L
from ._lines import Page
from ._periods import period_from_text


@dataclass
class Header:
    """What the top of the page says."""

    layout: str = "bare"
    term: str | None = None
    security: Security = field(default_factory=Security)
    value: PrintedNumber | None = None
    value_text: str | None = None
    as_of_text: str | None = None
    as_of: str | None = None
    line: int | None = None
    raw: str = ""
    notes: list[tuple[str, str, int | None]] = field(default_factory=list)


def read_header(page: Page) -> Header:
    """Read the breadcrumb and the headline, in whichever layout the page uses."""
    h = Header()
    numbered = page.numbered()[:40]
    for n, text in numbered:
        m = L.BREADCRUMB.match(text)
        if m:
            h.layout = "breadcrumb"
            h.term = m.group("term").strip()
            h.security = Security(
                legal_name=m.group("legal").strip(), exchange=m.group("exchange").upper(),
                ticker=m.group("ticker").upper(), sector=m.group("sector"), industry=m.group("industry"), line=n,
                symbols={"gurufocus": f"{m.group('exchange')}:{m.group('ticker')}"},
            )
            break
        if L.SWITCH_TO.match(text):
            h.layout = "switch-to"
            break
    for n, text in numbered:
        m = L.AS_OF.search(text)
        if not m:
            continue
        _read_headline(page, h, n, text, m)
        break
    if h.layout == "bare":
        first = next((t for _, t in numbered if t.strip()), "")
        if "Stock Email Alerts" in first:
            h.layout = "alerts"
        elif h.line and re.match(r"^[A-Z0-9.]+ \(.+?\) [^:]+:", page.line(h.line)):
            h.layout = "ticker-headline"
        elif h.line and page.line(h.line).lstrip().startswith(":"):
            h.layout = "markdown"
    return h


def _read_headline(page: Page, h: Header, n: int, text: str, m: re.Match[str]) -> None:
    pre = text[: m.start()].strip()
    h.line, h.raw = n, text.strip()
    h.as_of_text = m.group("asof").strip()
    h.as_of = period_from_text(h.as_of_text)
    term_m = None
    for tm in L.TERM_RE.finditer(pre):
        term_m = tm
    if term_m:
        title = pre[: term_m.start()].strip()
        value_text = pre[term_m.end():].strip().lstrip(":").strip()
        h.term = h.term or term_m.group(0)
    else:
        value_text = pre.lstrip(":").strip()
        title = ""
        for back in range(n - 1, max(page.first, n - 4) - 1, -1):
            prev = page.line(back).strip()
            if not prev or prev in {">"} or L.SWITCH_TO.match(prev):
                continue
            if L.TERM_RE.fullmatch(prev):
                h.term = h.term or prev
                continue
            tm2 = L.TERM_RE.search(prev)
            if tm2 and prev.endswith(tm2.group(0)):
                h.term = h.term or tm2.group(0)
                title = prev[: tm2.start()].strip()
            else:
                title = prev
            break
    h.value_text = value_text
    exchange = h.security.exchange
    _read_title(h, title, n)
    exchange = h.security.exchange or exchange
    if value_text and missing_reason(value_text) is None:
        h.value = parse_number(value_text, exchange=exchange)
        if h.value is None:
            h.notes.append(("headline_unreadable", f"headline value {value_text!r} is not a number", n))


def _read_title(h: Header, title: str, line: int) -> None:
    """Name, exchange and ticker from the headline's title part."""
    title = title.strip()
    if not title:
        return
    sec = h.security
    m = L.SYMBOL_IN_PARENS.search(title)
    if m:
        name = title[: m.start()].strip()
        exch, ticker = m.group("exchange").upper(), m.group("ticker")
        if sec.ticker and sec.ticker.upper() == ticker.upper() and sec.symbols.get("gurufocus", "").split(":")[-1] != ticker:
            h.notes.append(("ticker_case", f"ticker written {sec.symbols.get('gurufocus')} in the breadcrumb and {exch}:{ticker} in the title", line))
        sec.name = name or sec.name
        sec.exchange = exch
        sec.ticker = ticker.upper()
        sec.symbols.setdefault("gurufocus", f"{exch}:{ticker}")
        sec.line = sec.line or line
        return
    pm = re.match(r"^(?P<a>.+?)\s*\((?P<b>.+)\)$", title)
    if pm:
        a, b = pm.group("a").strip(), pm.group("b").strip()
        if L.TICKER_LIKE.match(a) and not L.TICKER_LIKE.match(b):
            sec.name = b
            if sec.ticker and sec.ticker != a.upper():
                h.notes.append(("ticker_mismatch", f"title ticker {a} differs from breadcrumb {sec.ticker}", line))
            sec.ticker = sec.ticker or a.upper()
        else:
            sec.name = a
            if a != b:
                h.notes.append(("title_parenthesis", f"title has an unrecognised parenthesis {b!r}", line))
    else:
        sec.name = title
    sec.line = sec.line or line


def term_metric(term: str | None) -> str | None:
    """The metric id of a term name."""
    return metric_for_label(term) if term else None
