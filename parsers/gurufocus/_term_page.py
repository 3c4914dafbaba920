"""Assemble a GuruFocus term page into a Document: header, prose, rows, tables, formulas."""

from __future__ import annotations

from urllib.parse import unquote

from .. import _build as build
from .._currencies import AMBIGUOUS, is_ambiguous
from .._errors import UnknownPageKind
from .._metrics import is_price_dependent, metric_for_label, metric_for_slug, words_of
from .._models import Context, Document, Frequency, Missing, PageKind, ParseNote, Security, Site, Unit
from .._regex_cache import compiled
from .._securities import canonical_id
from . import _labels as L
from ._calculations import read_calculations
from ._data_table import read_data_tables
from ._detect import URL_SYMBOL, refusal
from ._header import read_header
from ._history import Term, read_history
from ._lines import Page, has_footer, last_content_line, split_page
from ._not_available import NotAvailable, not_available_metrics, read_not_available
from ._periods import period_from_token
from ._profile import read_profile
from ._prose import metric_of, read_prose, slug
from ._prose_calcs import read_prose_calculations
from ._prose_period_calcs import Headline, read_headline_ratio
from ._scores import read_scores
from ._sections import split_sections
from ._sink import Sink
from ._stated import read_stated_values
from ._units import shown_unit

_MISSING_TEXT = {Missing.NOT_AVAILABLE: "N/A", Missing.DASH: "-", Missing.BLANK: "",
                 Missing.PREMIUM_ONLY: "Premium Member Only"}
_READER_MISSING = frozenset({Missing.UNFILLED, Missing.AT_LOSS, Missing.NEGATIVE_EQUITY})
"""Why a headline has no value that only the header's reader knows (the text alone would read as blank)."""
_HEADLINE_MISSING_NOTES: dict[Missing, tuple[str, str]] = {
    Missing.BLANK: ("blank_headline", "the headline value is blank"),
    Missing.NOT_AVAILABLE: ("headline_not_available", "the headline prints {printed!r} where its value goes"),
    Missing.DASH: ("headline_dash", "the headline prints a dash where its value goes"),
    Missing.PREMIUM_ONLY: ("headline_premium_only", "the headline value is shown to premium members only"),
    Missing.AT_LOSS: ("headline_at_loss", "the headline prints GuruFocus's at-loss marker, not a value (the ratio is "
                      "not stated because its base is a loss)"),
    Missing.NEGATIVE_EQUITY: ("headline_negative_equity", "the headline prints GuruFocus's 'Negative Equity' marker, not a "
                              "value (the ratio is not stated because the equity it divides by is negative)"),
}
"""The note for a headline without a value, by why it has none ('{printed}': the text it prints; an unfilled template
and an unreadable value have notes of their own)."""
_SYMBOL_SEEN = (
    # linear time (issue 11): start where a run of capitals and digits starts, never inside it
    compiled(r"(?<![A-Z0-9])[0-9]*+(?P<exchange>[A-Z][A-Z0-9]++):(?P<ticker>[A-Za-z0-9._]++)' s "),
    compiled(r"\((?P<exchange>[A-Z][A-Z0-9]++):(?P<ticker>[A-Za-z0-9._]++)\) [A-Z].{0,300} "
               r"(?:Explanation|Business Description|Headlines)$"),
    # the industry rank of the page's own quantity, 'NAS:AAPL's Days Sales Outstanding is ranked higher than', which an
    # alerts page whose alert line prints the bare ticker may be the only line to name the exchange on (round-41 wf F1)
    compiled(r"^(?P<exchange>[A-Z][A-Z0-9]++):(?P<ticker>[A-Za-z0-9._]++)'s [^\n]{1,200}? is (?:not )?ranked "),
)


def parse_term_page(text: str, *, source: str | None = None, url: str | None = None) -> Document:
    """Parse the text form of a GuruFocus term page into a Document."""
    refused = refusal(text, url)
    if refused is not None:
        raise UnknownPageKind(refused[0], source=source, line=refused[1])
    page = split_page(text, source)
    url = url or page.url
    header = read_header(page)
    sec = header.security
    _complete_security(page, sec, url)
    from_url = _symbol_from_url(sec, url)
    sink = Sink(exchange=sec.exchange, ticker=sec.ticker, names=tuple(sorted({n for n in (sec.name, sec.legal_name) if n}, key=len, reverse=True)))
    for code, msg, line in header.notes:
        sink.note(code, msg, line)
    if from_url is not None:
        sink.note("symbol_from_url", f"the page prints no ticker; {from_url} is the URL's", None)
    truncated = not has_footer(page)
    truncated_at = last_content_line(page) if truncated else None
    slug_metric = None
    if url and (um := URL_SYMBOL.search(url)):
        slug_metric = metric_for_slug(um.group("slug"))
    term_metric = metric_for_label(header.term) if header.term else slug_metric
    if term_metric is None and header.term:  # a term the registry lacks: one id for its headline, rows and range
        term_metric = slug(header.term)
        if header.unit is not None and header.value is not None:
            sink.learn_unit(term_metric, header.unit, scaled=header.value.scale is not None and not header.value.percent)
        elif (named := shown_unit(None, header.term)) is not None:  # a template's blank value: the name says the unit
            sink.learn_unit(term_metric, named)  # ('Pretax Margin %', XTUN:GIF): its bare industry median is a percent
    _url_agrees(url, sec, sink)
    sink.renamed = dict(L.FORMULA_INPUT_WORDING.get(term_metric or "", {}))
    if header.line is not None:
        sink.add("headline", term_metric or "term", header.term or "headline",
                 header.value or (_MISSING_TEXT.get(header.missing, "") if header.missing else header.value_text or ""),
                 line=header.line, raw=header.raw, context="headline", period=header.as_of, as_of=header.as_of,
                 period_text=header.as_of_text, unit=header.unit,
                 frequency=Frequency.TTM if header.ttm else None,
                 missing=header.missing if header.missing in _READER_MISSING else None)
        if header.vs_median and term_metric:  # '— 64% Below Median': the share, measured against a median printed below
            pct, side = header.vs_median.split(" ", 1)
            sink.add("headline.vs_median", f"{term_metric}.{side}_median", f"{side} median (headline)", pct,
                     line=header.line, raw=header.raw, context="headline", unit=Unit.PERCENT, period=header.as_of,
                     period_text=header.as_of_text)  # of the headline's period: compared only with a sentence of it
    ctx = read_prose(page, sink, term_metric)
    ctx.statements += read_scores(page, sink)
    series = read_history(page, sink, truncated_at, Term(term_metric, header.term))
    tables = read_data_tables(page, sink)
    periods = _periods(page, sink, header.as_of, ctx.today, term_metric)
    calcs = read_calculations(page, sink, periods) + read_prose_calculations(page, sink, periods.get("today"))
    headline_ratio = read_headline_ratio(page, sink, len(calcs), Headline(term_metric, header.term or "", header.value,
                                                                          header.line, header.as_of), calcs)
    if headline_ratio is not None:
        calcs.append(headline_ratio)
    read_stated_values(page, sink, term_metric, periods.get("today"))
    _not_calculated(sink, ctx.not_calculated, header.term, term_metric)
    if ctx.disowned:
        _disowned(sink, ctx.disowned, header.term, term_metric)
    if sink.beyond_range:
        _beyond_range(sink)
    if sink.printed_not_available or term_metric in L.HAD_A_VALUE_TERMS:  # most pages print neither
        _not_available(sink, read_not_available(page, sink, term_metric), header.term, term_metric)
    if header.missing is Missing.UNFILLED:
        _template_prices(sink)
    _ambiguous_currencies(sink, sec.exchange)
    if truncated_at is not None:
        begun = max((n for _, n, line_text in page.filled() if n <= truncated_at and line_text.strip() == L.BARE_HEADLINES),
                    default=None) if page.may_end else None  # the last such line before the cut
        sink.note("truncated", f"page ends at line {truncated_at} " + (
            f"inside a 'Headlines' section begun at line {begun}, before it closes" if begun is not None  # round-40 gub F4
            else "before GuruFocus's closing 'Headlines' section") + "; facts after the cut are not on the page", truncated_at)
    for key, what in (("name", "security name"), ("ticker", "ticker"), ("exchange", "exchange")):
        if getattr(sec, key) is None:
            sink.note(f"lacks_{key}", f"the page text states only the legal name {sec.legal_name!r} (its breadcrumb), not the "
                      "name its headline prints" if key == "name" and sec.legal_name
                      else f"the page text does not state the {what}" + _bare_ticker(sec.ticker) if key == "exchange"
                      else f"the page text does not state the {what}")
    if header.line is None:
        cut = _cut_headline(page, truncated_at if truncated else None, header.term)
        sink.note("lacks_headline", f"the page ends inside its headline on line {cut} ({page.line(cut)!r}), before its "
                  "'(As of …)' closes: its value is not read (cut off, not absent)" if cut
                  else "the page has no headline '… : value (As of …)'", cut)
    elif header.value is None and header.missing in _HEADLINE_MISSING_NOTES:
        code, what = _HEADLINE_MISSING_NOTES[header.missing]
        printed = L.HEADLINE_FOOTNOTE.sub("", header.value_text or "")  # 'N/A', 'No Debt' (of 'No Debt (1)')
        sink.note(code, f"{what.format(printed=printed)}: {header.raw!r}", header.line)
    return build.Document(
        site=Site.GURUFOCUS, kind=PageKind.TERM_PAGE, path=source, url=url, as_of=ctx.today or _full_date(header.as_of),
        layout=header.layout, term=header.term, term_metric=term_metric, security=sec, facts=sink.facts,
        series=series, tables=tables, calculations=calcs, sections=split_sections(page), profile=read_profile(page),
        statements=ctx.statements + sink.statements,
        periods=build.ReferencePeriods(today=periods.get("today"), today_sentence_date=ctx.today, current=periods.get("current"),
                                 ttm_this=periods.get("t") or None, ttm_last=periods.get("t-1") or None),
        notes=sink.notes, truncated=truncated, truncated_at_line=truncated_at, line_count=len(page.lines),
    )


_UNCALCULATED_CONTEXTS = frozenset({Context.HEADLINE, Context.STATEMENT, Context.TODAY})
"""Where GuruFocus prints 0.00 for a quantity it says it does not calculate: its headline and sentences (its rows
print '-', and a range of it is judged by gf.range on its own)."""


def _cut_headline(page: Page, cut_at: int | None, term: str | None) -> int | None:
    """The line of a headline the page's end cuts ('KNS Co (XKRX:432470) Graham Number : ₩5,50', before its
    '(As of …)', or '… Dividend Payout Ratio : 1.32 (As of Dec. 202', inside it), or None: the page's last line names
    the term and its ' : ', and no closed '(As of …)' after them."""
    if cut_at is None or not term:
        return None
    text = page.line(cut_at)
    at = text.find(f"{term} :")
    if at <= 0:
        return None
    as_of = text.find("(As of", at)
    return cut_at if as_of < 0 or ")" not in text[as_of:] else None


def _beyond_range(sink: Sink) -> None:
    """A bounded score printed beyond its range ('As of today, X's Piotroski F-Score is 9999.', lb5 015) is GuruFocus's
    stand-in for a score it does not have: not available, never a measurement."""
    for fact, printed, most in sink.beyond_range:
        sink.note("score_out_of_range", f"{fact.label} {printed.text} (line {fact.line}) is beyond the score's range "
                  f"(at most {most}): the site's stand-in for a score it does not have, not a value", fact.line)


def _not_calculated(sink: Sink, named: list[tuple[str, int]], term: str | None, term_metric: str | None) -> None:
    """A 0.00 stated for a quantity the page says GuruFocus does not calculate ('GuruFocus do not calculate
    Capex-to-Operating-Income if the Operating Income is negative.') is not available, never a measured zero."""
    for name, line in named:
        metrics = {metric_of(name)}
        if term_metric and _names_term(name, term):
            metrics.add(term_metric)
        withdrawn = sink.withdraw_zeros(metrics, _UNCALCULATED_CONTEXTS, Missing.NOT_AVAILABLE)
        if withdrawn:
            sink.note("not_calculated", f"line {line} says GuruFocus does not calculate {name}: the "
                      f"{', '.join(f'{f.value.text} (line {f.line})' for f in withdrawn if f.value)} stated for it "
                      f"{'is' if len(withdrawn) == 1 else 'are'} not a value", line)


def _disowned(sink: Sink, named: list[tuple[str, int]], term: str | None, term_metric: str | None) -> None:
    """A value other than 0 that the headline or a sentence of today states for a quantity the page says GuruFocus
    does not calculate now ('E-Globe SpA (FRA:NZ0) Earnings Yield (Joel Greenblatt) % : 24.27% (As of Dec. 2023)' above
    '… does not have enough years/quarters to calculate its EBIT for the trailing twelve months (TTM) ended in Dec.
    2023. Therefore, GuruFocus does not calculate E-Globe SpA's Earnings Yield (Joel Greenblatt) at this moment.',
    round-45 tester tm F2): kept as printed, with a note that the page does not stand behind it."""
    for name, line in named:
        metrics = {metric_of(name)}
        if term_metric and _names_term(name, term):
            metrics.add(term_metric)
        stated = [f for f in sink.facts if f.metric in metrics and f.context in _DISOWNED_CONTEXTS and f.value is not None
                  and f.value.value != 0]
        if stated:
            sink.note("not_calculated.stated", f"line {line} says GuruFocus does not calculate {name} now, yet "
                      f"{', '.join(f'{f.value.text} (line {f.line}, {f.context})' for f in stated if f.value)} "
                      f"{'is' if len(stated) == 1 else 'are'} printed for it: kept as printed, a value the page does not "
                      "stand behind", stated[0].line)


def _names_term(name: str, term: str | None) -> bool:
    """Whether a quantity the page names is its own term, or the term's first words ('Earnings Yield (Joel Greenblatt)'
    of 'Earnings Yield (Joel Greenblatt) %'), in whole words: 'ROC' is no part of 'ROCE %' (a plain prefix read the
    ROC's sentence as the ROCE term's and withdrew its measured 0.00)."""
    said, own = words_of(name), words_of(term) if term else ""
    return bool(said) and (own == said or own.startswith(said + " "))


_DISOWNED_CONTEXTS = frozenset({Context.HEADLINE, Context.TODAY})


def _template_prices(sink: Sink) -> None:
    """On the site's unfilled template ('Book Value per Share : $0.00 (As of . 20)'), 'current price is $0.00' is the
    template's stand-in too, never a price (round-25 ggs 021, OTCPK:BKYT)."""
    withdrawn = sink.withdraw_zeros({"share_price"}, _UNCALCULATED_CONTEXTS | {Context.PROSE}, Missing.UNFILLED)
    if withdrawn:
        sink.note("unfilled_template", f"the share price {', '.join(f'{f.value.text} (line {f.line})' for f in withdrawn if f.value)} "
                  "is the unfilled template's stand-in, not a price", withdrawn[0].line)


def _not_available(sink: Sink, found: list[NotAvailable], term: str | None, term_metric: str | None) -> None:
    """A 0.00 stated for a quantity and period the page prints as 'N/A' ('TD Split had a gross margin of N/A% for the
    quarter that ended in May. 2015' under a headline of 0.00%) is not available, never a measured zero."""
    for item in found:
        withdrawn = sink.withdraw_zeros(not_available_metrics(item, term, term_metric), _UNCALCULATED_CONTEXTS,
                                        Missing.NOT_AVAILABLE, item.end)
        if withdrawn:
            sink.note("not_available", f"line {item.line} prints {item.label} as N/A: the "
                      f"{', '.join(f'{f.value.text} (line {f.line})' for f in withdrawn if f.value)} stated for it "
                      f"{'is' if len(withdrawn) == 1 else 'are'} not a value", item.line)


def _ambiguous_currencies(sink: Sink, exchange: str | None) -> None:
    """One note per currency symbol that several currencies share and the venue does not settle ('kr' on a London
    listing: SEK, NOK, DKK or ISK): its amounts are kept without a currency, not given a guessed one."""
    seen: dict[str, list[int]] = {}
    for fact in sink.facts:
        value = fact.value
        symbol = value.currency_symbol if value is not None and value.currency is None else None
        if symbol and is_ambiguous(symbol, exchange):
            seen.setdefault(symbol, []).append(fact.line)
    for symbol, lines in seen.items():
        shared = ", ".join(sorted(set(AMBIGUOUS.get(symbol, {}).values())))
        sink.note("currency_ambiguous", f"{symbol!r} stands for one of several currencies ({shared}) and the venue "
                  f"{exchange or '(none printed)'} does not say which: {len(lines)} amount(s) kept without a currency "
                  f"(first on line {lines[0]})", lines[0])


def _url_agrees(url: str | None, sec: Security, sink: Sink) -> None:
    """Where the URL and the page name different symbols, the page wins and a note says so."""
    um = URL_SYMBOL.search(url) if url else None
    if um is None or sec.ticker is None:
        return
    u_ticker, u_exchange = unquote(um.group("ticker")).upper(), (um.group("exchange") or "").upper()  # USB%5EM: USB^M
    if u_ticker != sec.ticker.upper():
        sink.note("url_ticker_mismatch", f"the URL names ticker {u_ticker} but the page names {sec.ticker}; "
                  "the page's ticker is used", sec.line)
    elif u_exchange and sec.exchange and u_exchange != sec.exchange.upper():
        sink.note("url_exchange_mismatch", f"the URL names {u_exchange}:{u_ticker} but the page names "
                  f"{sec.exchange}:{sec.ticker}; the page's exchange is used", sec.line)
    elif url and not _first_word_in_address(url, sec) and (named := _url_company(url)) is not None \
            and _names_another(named, sec):
        sink.note("url_name_mismatch", f"the URL names the company {named!r} but the page names {sec.legal_name or sec.name!r} under the "
                  f"same symbol: a company renamed, or a ticker another company had or has since; the page's security "
                  "is used", sec.line)


def _first_word_in_address(url: str, sec: Security) -> bool:
    """Whether the page's name's first word is in the address's last part: the common case, which needs no more work
    (a batch reads every page's address)."""
    first = (sec.name or "").split(" ", 1)[0].lower()
    return len(first) >= 3 and first not in L.URL_NAME_IGNORED and first in url.rpartition("/")[2].lower()


def _url_company(url: str) -> str | None:
    """The company's name a term page's address ends in ('/term/DaysSalesOutstanding/ASX:WDS/Days-Sales-Outstanding/
    Woodside-Energy-Group': 'Woodside Energy Group'), decoded as often as the site encoded it; None where it names none."""
    m = L.URL_COMPANY.search(url)
    if m is None:
        return None
    name = m.group("name")
    for _ in range(3):  # 'Johnson%2B%2526%2BJohnson': encoded twice
        if "%" not in name:
            break
        name = unquote(name)
    name = " ".join(name.replace("+", " ").replace("-", " ").split())
    return None if name in L.URL_COMPANY_FILLERS or not name else name


def _names_another(named: str, sec: Security) -> bool:
    """Whether the address's company shares no name word with the page's names (legal forms left out): 'Woodside
    Energy Group' and 'WDS Ltd' (round-36 tester gih F4, a ticker reused by another company); never for a page that
    prints no name."""
    page_names = " ".join(n for n in (sec.name, sec.legal_name) if n)
    if not page_names:
        return False
    theirs, lowered = _name_words(named), page_names.lower()
    if not theirs or any(w in lowered for w in theirs):  # the common case: a word of the address's in the page's names
        return False
    ours = _name_words(page_names)
    if not ours:
        return False
    glued = lowered.replace(" ", "")  # no word of theirs is in our names: is one of ours in one of theirs?
    return not any(b in a for a in theirs for b in ours) and named.replace(" ", "").lower() not in glued


def _name_words(name: str) -> set[str]:
    """A name's words of three or more characters that say which company (``L.URL_NAME_IGNORED`` left out)."""
    return {w for w in _NOT_NAME.split(name.lower()) if len(w) >= 3 and w not in L.URL_NAME_IGNORED}


_NOT_NAME = compiled(r"[^a-z0-9]+")


def _complete_security(page: Page, sec: Security, url: str | None) -> None:
    """Fill exchange/ticker from other lines of the page; fall back to the URL only with a note."""
    if sec.exchange and sec.ticker:
        return
    for _, text in page.numbered()[:3]:
        am = L.ALERT_TICKER.match(text.strip())
        if am and sec.ticker is None:
            sec.ticker = am.group("ticker")
            sec.exchange = sec.exchange or am.group("exchange")
    for _, _, text in page.filled():  # a blank line names no symbol
        for pat in _SYMBOL_SEEN:
            m = pat.search(text.strip())
            if m and (sec.ticker is None or sec.ticker == m.group("ticker").upper()):
                sec.exchange = sec.exchange or m.group("exchange")
                sec.ticker = sec.ticker or m.group("ticker").upper()
                sec.symbols.setdefault("gurufocus", f"{m.group('exchange')}:{m.group('ticker')}")
                return


def _bare_ticker(ticker: str | None) -> str:
    """What the note of a page without an exchange adds where its ticker is read as a US listing's (round-35 ghy F7:
    USD with no word of why)."""
    us = canonical_id(None, ticker)
    return (f"; GuruFocus prints a US listing's ticker without one, so {ticker} is read as a US listing (id {us}, "
            "currency USD), an assumption, not what the page says") if us else ""


def _symbol_from_url(sec: Security, url: str | None) -> str | None:
    """Where the page prints no ticker, the URL's, when its symbol segment is a ticker's shape ('/term/e10/ADBE/E10/…',
    '/term/ev/OTCPK:GRPAQ/…'), with its exchange if it names one; what was taken ('ADBE'), else None."""
    um = URL_SYMBOL.search(url) if url and sec.ticker is None else None
    if um is None:
        return None
    ticker, exchange = unquote(um.group("ticker")), um.group("exchange") or None
    shape = L.URL_TICKER_WITH_EXCHANGE if exchange else L.URL_TICKER
    if not shape.fullmatch(ticker) or (exchange is not None and not L.URL_EXCHANGE.fullmatch(exchange)):
        return None
    sec.ticker, sec.exchange = ticker.upper(), sec.exchange or exchange
    return f"{exchange}:{ticker}" if exchange else ticker


def _periods(page: Page, sink: Sink, headline_as_of: str | None, today: str | None, term_metric: str | None) -> dict[str, str]:
    """The page's reference periods: today, the current fiscal period, and TTM t / t-1."""
    out: dict[str, str] = {}
    if today:
        out["today"] = today
    elif headline_as_of and len(headline_as_of) == 10:
        out["today"] = headline_as_of
    for _, _, text in page.filled():
        m = L.TTM_HEADER.search(text) if L.TTM_HEADER_WORD in text else None
        if m:
            out["t"] = period_from_token(m.group("this")) or ""
            out["t-1"] = period_from_token(m.group("last")) or ""
            break
    current = None
    for f in sink.facts:
        if f.context in {"today", "prose"} and f.period and len(f.period.end) == 7 and not is_price_dependent(f.metric):
            current = f.period.end
            break
    if current is None and headline_as_of and len(headline_as_of) == 7:
        current = headline_as_of
    if current is None and "t" in out:
        current = out["t"]
    if current:
        out["current"] = current
    return out


def _full_date(as_of: str | None) -> str | None:
    return as_of if as_of and len(as_of) == 10 else None


__all__ = ["ParseNote", "parse_term_page"]
