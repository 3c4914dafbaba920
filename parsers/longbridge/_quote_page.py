"""Assemble a Document from a Longbridge quote page (.md or llms.txt).

Pipeline: read the source (limits, provenance header) -> frontmatter ->
logical lines (the llms.txt rendering is re-split) -> markdown blocks -> walk
the blocks (``_walker``) -> the security's identity -> truncation.
"""

from __future__ import annotations

import re

from .. import _build as build
from .._errors import InputTooLarge, MissingField, UnknownPageKind
from .._models import Document, PageKind, Site
from .._regex_cache import compiled
from .._securities import exchange_currency, exchange_for_market, listing_currency, named_currency
from ._detect import HOST, is_collapsed, refusal
from ._frontmatter import Frontmatter, parse_block
from ._input import Source, read_source
from ._lines import links
from ._markdown import blocks
from ._truncation import mark_truncation
from ._values import name_before_symbol, symbol_in_parens, symbol_in_url, symbol_parts
from ._view import collapsed_view, md_view
from ._walker import Walker

_URL_LOCALE_RE = compiled(HOST + r"/(en|zh-CN|zh-HK)/", re.IGNORECASE)


def parse_quote_page(text: str, *, source: str | None = None, url: str | None = None) -> Document:
    """Parse a Longbridge quote page (.md or llms.txt rendering) into a Document."""
    refused = refusal(text, url)
    if refused is not None:
        raise UnknownPageKind(refused[0], source=source, line=refused[1])
    src = read_source(text, source)
    collapsed = is_collapsed(src.lines, src.start)
    if collapsed:
        view, fm, fm_line = collapsed_view(src.lines, src.start)
        fm_lines = {k: fm_line for k in fm.fields} if fm else {}
    else:
        first = _first_content(src)
        fm = parse_block(src.lines, first)
        view = md_view(src.lines, fm.end if fm else src.start)
        fm_lines = {k: v + 1 for k, v in fm.lines.items()} if fm else {}
    doc = build.Document(site=Site.LONGBRIDGE, kind=PageKind.QUOTE_LLMS_TXT if collapsed else PageKind.QUOTE_PAGE,
                   path=source, line_count=len(src.lines),
                   layout="longbridge-llms-txt" if collapsed else "longbridge-quote-md")
    _provenance(doc, src, url, fm, fm_lines, collapsed)
    walker = Walker(doc, view, src)
    try:
        parsed = blocks("\n".join(view.texts))
    except InputTooLarge as exc:  # the markdown reader counts logical lines: name the file's line
        raise InputTooLarge(exc.message, source=source, line=view.line((exc.line or 1) - 1)) from None
    walker.walk(parsed)
    _identify(doc, walker, src)
    mark_truncation(doc, walker, src, fm)
    doc.facts = walker.sink.facts
    _url_symbol(doc)
    return doc


def _url_symbol(doc: Document) -> None:
    """Note an address whose quote symbol is not the page's ('…/quote/AAPL.US.md' beside 002371.SZ's text): the page
    is read as what it prints (round-47 library user L6: kept in silence, where a GuruFocus page says so)."""
    from_url = symbol_in_url(doc.url or "")
    printed = doc.security.symbols.get("longbridge")
    if from_url and printed and from_url.upper() != printed.upper():
        doc.notes.append(build.ParseNote(code="url_symbol_mismatch", line=None, message=(
            f"the address {doc.url!r} names {from_url}, but the page is {printed}'s: it is read as the page it prints")))


def _first_content(src: Source) -> int:
    i = src.start
    while i < len(src.lines) and not src.lines[i].strip():
        i += 1
    return i


def _provenance(doc: Document, src: Source, url: str | None, fm: Frontmatter | None, fm_lines: dict[str, int],
                collapsed: bool) -> None:
    if src.url:
        doc.notes.append(build.ParseNote(code="provenance", line=1, message=f"provenance header: fetched from {src.url}"))
    if collapsed:
        doc.notes.append(build.ParseNote(
            code="llms_txt.collapsed", line=src.start + 1,
            message="llms.txt rendering: newlines are collapsed, so the page was re-split structurally; every fact cites "
                    "the physical line it is on and its raw text is the re-split piece (notes give character offsets)"))
    doc.url = url or src.url
    if url and src.url and url != src.url:
        doc.notes.append(build.ParseNote(code="provenance.url", line=1, message=f"url given ({url}) differs from the header ({src.url})"))
    if fm is None:
        return
    doc.frontmatter = dict(fm.fields)
    if collapsed:
        first = src.start + 1
        doc.sections.append(build.Section(title="frontmatter", line=min(fm_lines.values(), default=first),
                                    end_line=min(fm_lines.values(), default=first), text=_inline_text(fm)))
    else:
        begin = _first_content(src)
        doc.sections.append(build.Section(title="frontmatter", line=begin + 1, end_line=fm.end,
                                    text="\n".join(src.lines[begin:fm.end])))
    if not fm.closed and not collapsed:
        doc.notes.append(build.ParseNote(code="frontmatter.unclosed", line=src.start + 1,
                                   message=f"the frontmatter has no closing '---'; read as ending at line {fm.end}"))
    if "_unparsed" in fm.fields:
        doc.notes.append(build.ParseNote(code="frontmatter.unparsed", line=src.start + 1,
                                   message=f"frontmatter lines that are not 'key: value' kept under _unparsed: {fm.fields['_unparsed']}"))
    doc.url = doc.url or _text(fm.fields.get("url"))
    doc.locale = _text(fm.fields.get("locale"))
    stamp_text = _text(fm.fields.get("datetime"))
    doc.as_of = stamp_text[:10] if stamp_text and re.match(r"\d{4}-\d{2}-\d{2}", stamp_text) else None
    symbol = _text(fm.fields.get("symbol"))
    doc.security = build.Security(name=_text(fm.fields.get("name")), industry=_text(fm.fields.get("industry")),
                            line=fm_lines.get("symbol"))
    if symbol:
        _set_symbol(doc, symbol)
    locales = fm.fields.get("locales")
    items = locales if isinstance(locales, list) else []
    item_lines = [] if collapsed else fm.item_lines.get("locales", [])
    inline = len(items) - len(item_lines)  # a 'locales: value' printed before its '  - ' items
    for index, item in enumerate(items):
        line = item_lines[index - inline] + 1 if index >= inline else fm_lines.get("locales", 1)
        for text, link in links(item):
            doc.links.append(build.Link(text=text, url=link, line=line))


def _inline_text(fm: Frontmatter) -> str:
    return "\n".join(f"{k}: {v}" for k, v in fm.fields.items())


def _text(value: str | list[str] | None) -> str | None:
    return value if isinstance(value, str) and value else None


def _set_symbol(doc: Document, symbol: str) -> None:
    ticker, suffix = symbol_parts(symbol)
    doc.security.symbols["longbridge"] = symbol
    doc.security.ticker = ticker
    doc.security.exchange = exchange_for_market(suffix) or suffix if suffix else None


def _identify(doc: Document, walker: Walker, src: Source) -> None:
    """Fill the security from the H1 or the url when the frontmatter lacks it; without any, raise."""
    if walker.h1:
        text, line = walker.h1
        m = symbol_in_parens(text)
        if m and "longbridge" not in doc.security.symbols:
            _set_symbol(doc, m.group(1))
            doc.security.line = walker.view.line(line)
        if not doc.security.name:
            doc.security.name = name_before_symbol(text)
    if "longbridge" not in doc.security.symbols:
        from_url = symbol_in_url(doc.url or src.url or "")
        if from_url:
            _set_symbol(doc, from_url)
    if "longbridge" not in doc.security.symbols:
        raise MissingField("no symbol: neither the frontmatter, the '# Name (SYMBOL)' heading nor the url names one",
                           source=src.name, line=src.start + 1)
    if doc.locale is None:
        m = _URL_LOCALE_RE.search(doc.url or "")
        doc.locale = m.group(1) if m else None
    suffix = symbol_parts(doc.security.symbols["longbridge"])[1]
    ticker = doc.security.ticker or ""
    own, market = listing_currency(suffix, ticker), exchange_currency(suffix)
    if suffix == "HK" and len(ticker) == 5 and ticker.startswith("8") and ticker.isdigit():
        doc.notes.append(build.ParseNote(
            code="currency.hk_rmb_counter", line=doc.security.line,
            message=f"{ticker}.HK is in HKEX's RMB-counter code range (80000-89999), which trades in CNY: its prices are "
                    "tagged CNY, and its market cap is assumed HKD, the company's at HKEX (an RMB counter beside an HKD "
                    "one prints that counter's cap, 80175.HK; a security listed in RMB alone may print it in CNY), "
                    "currencies the page does not print"))
    elif (named := named_currency(suffix, doc.security.name)) is not None:
        doc.notes.append(build.ParseNote(
            code="currency.named_counter", line=doc.security.line,
            message=f"{ticker}.{suffix}'s name {doc.security.name!r} names the currency its counter trades in: its prices "
                    f"and market cap are tagged {named}, currencies the page does not print beside them"))
    elif suffix == "SG" and market:  # said, not silent: SGX lists counters in USD too (round-34 ghs F1: H78, NIO, BTOU)
        doc.notes.append(build.ParseNote(
            code="currency.sg_assumed", line=doc.security.line,
            message=f"{ticker}.SG is tagged {market}, SGX's currency: the page prints none for its market cap and prices "
                    "(a statement heading's '(SGD)' is the currency the company reports in, not the one its shares trade "
                    "in), and SGX also lists counters that trade in USD (US REITs, some Hong Kong and Chinese companies), "
                    "whose prices would then be in USD"))
    elif own and market and own != market:  # a B share: 200xxx.SZ trades in HKD, 900xxx.SH in USD
        doc.notes.append(build.ParseNote(
            code="currency.share_class", line=doc.security.line,
            message=f"{ticker}.{suffix} is a share class that trades in {own}, not the market's {market}: its prices are "
                    f"tagged {own}; its market cap is assumed {market}, the whole company's at its home market (the "
                    f"currency a B share's P/B and ROE hold with on real pages); the page prints neither currency"))
