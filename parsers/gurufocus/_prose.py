"""Sentences that state values: today's price and value, ranges, highs/lows, growth, rank, verdicts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import _build as build
from .._metrics import canonical_name, metric_for_label, metric_for_slug
from .._models import Fact, Frequency, Missing, Statement, StatementKind, Unit
from .._numbers import parse_number
from .._regex_cache import compiled
from .._securities import HOME_MARKET_VENUES, listing_currency, segment_currency
from . import _labels as L
from ._label_match import LabelMatch
from ._lines import Page
from ._periods import frequency_from_text, period_from_text
from ._sink import Sink

_ADJ_METRIC = {
    "earnings per share": "adj_eps", "eps": "adj_eps", "book value per share": "adj_book",
    "revenue per share": "adj_revenue_per_share", "free cash flow per share": "adj_fcf_per_share",
}
_WIDGET_PRICE = compiled(r"^Price (?P<v>\S*\d\S*)$")
_NOT_SLUG = compiled(r"[^a-z0-9]+")
_MEDIAN_AFTER_HEADING = 4
"""The industry median line follows its ranking heading within this many lines (percentile, industry, median)."""


def label_text(label: str) -> str:
    """A label as the reader sees it, without the HTML a capture kept: 'font class ="…" data-url ="…">E10' -> 'E10'."""
    if not L.holds_any(label, L.MARKUP_CHARS):
        return label
    return " ".join(L.MARKUP.sub(" ", label).split())


def slug(label: str) -> str:
    """A metric id for a label the registry does not know, of the name's one spelling (``canonical_name``):
    'E10 Growth Rate' -> 'e10_growth_rate', 'Price to Graham Number ratio' -> 'price_to_graham_number'; never one built
    from markup (``label_text``)."""
    return canonical_name(_NOT_SLUG.sub(" ", label_text(label).lower()).strip()).replace(" ", "_")


def metric_of(label: str) -> str:
    """Registry metric id for a label, or its slug. A label printed as one word that is a registry term's slug is that
    term: the 2013 layout's rows print 'DaysPayable', as its addresses do."""
    text = label_text(label)
    return metric_for_label(text) or (" " not in text and metric_for_slug(text)) or glued_tail(text) or slug(text)


def glued_tails(label: str) -> Iterator[str]:
    """The labels the site may have glued onto the end of another one, the shortest first ('Long-Term Debt & Capital
    Lease ObligationTotal Assets': 'Total Assets'; XPAR:EXPL, NYSE:BRK.B 2017)."""
    for m in reversed(list(L.GLUED_LABELS.finditer(label))):
        yield label[m.start():]


def glued_tail(text: str) -> str | None:
    """The registry metric of the label the site glued onto the end of another one (``glued_tails``), else None."""
    return next((metric for tail in glued_tails(text) if (metric := metric_for_label(tail))), None)


def growth_label(label: str) -> str:
    """A growth label as the site spells it elsewhere: 'EPS without NRIGrowth Rate' -> 'EPS without NRI Growth Rate'."""
    return L.GLUED_GROWTH.sub(" ", label) if "Growth Rate" in label else label


@dataclass
class Context:
    """What the prose reader learns that later sections need."""

    today: str | None = None
    today_line: int | None = None
    statements: list[Statement] = field(default_factory=list)
    not_calculated: list[tuple[str, int]] = field(default_factory=list)
    """The quantities the page says GuruFocus does not calculate, as named, with the line saying so."""
    disowned: list[tuple[str, int]] = field(default_factory=list)
    """Those of them the page says it does not calculate now, not only under a condition ('at this moment', 'does not
    have enough data'; not 'if the Operating Income is negative')."""
    undated_today: list[Fact] = field(default_factory=list)
    """Today's ratios read before the page printed its date ('… EV-to-Revenue for today is 0.79.' above 'As of today
    (2025-01-18), …', gfz 032): dated once the walk is done."""


def read_prose(page: Page, sink: Sink, term_metric: str | None) -> Context:
    """Read every value-stating sentence on the page."""
    ctx = Context()
    ranges: list[int] = []  # indexes of the lines the range and industry readers look at, found in this one walk
    industry: list[int] = []
    for idx, n, text in page.filled():  # a blank line states nothing
        if "Min:" in text:
            ranges.append(idx)
        if (" ranked" in text and ("is ranked" in text or "is not ranked" in text)) or "Industry Median: " in text:
            industry.append(idx)  # (' ranked' first: one scan of most lines where two were)
        if "As of today" in text:
            _today(n, text, sink, ctx)
        elif " today is " in text:  # "It's Price-to-Owner-Earnings ratio for today is 489.49.", a paragraph without
            _ratios_today(n, text, sink, ctx.today, ctx)  # 'As of today' (TSE:7352); 'X's Forward PE Ratio for today is 0.00.' (ggd 001)
        mm = L.MEDIAN_RELATIVE.search(text) if "-year median of " in text and term_metric else None
        if mm and term_metric:
            _median_relative(n, text, mm, sink, term_metric)
        if "exchange" in text and sink.bare_currency is None and any(note in text for note in L.BARE_CURRENCY_NOTES):
            sink.bare_currency = _bare_currency(sink)
        if " not " in text:  # in both sentences' words: one scan of most lines where two were
            nm = L.NOT_CALCULATED.search(text) if L.NOT_CALCULATED_WORDS in text else None
            if nm:
                ctx.not_calculated.append((nm.group("term"), n))
                if L.NOT_CALCULATED_IF not in nm.group(0):  # 'at this moment', not 'if the Operating Income is negative'
                    ctx.disowned.append((nm.group("term"), n))
            ne = L.NOT_ENOUGH_DATA.search(text) if L.NOT_ENOUGH_DATA_WORDS in text else None
            if ne:
                ctx.not_calculated += [(name, n) for name in ne.group("term", "also") if name]
                ctx.disowned += [(name, n) for name in ne.group("term", "also") if name]
        if "GF " in text or ("arning " in text and ("Warning Sign" in text or "warning sign" in text)):
            _score_widget(n, text, sink)
            # the summary without its median clause: it goes on 'GuruFocus rates X with a GF Score™ of …' ('GF ') or,
            # without the widget, 'The stock has 1 warning sign …'
            if not mm and term_metric and L.holds_any(text, L.SUMMARY_VALUE_WORDS) and (sm := L.SUMMARY_VALUE.search(text)):
                _summary_value(n, text, sm, sink, term_metric)
        am = L.AMONG_RANKS.search(text) if "Among " in text and " ranks " in text else None
        if am:
            ranks = term_metric or "term"  # the 2026 layout ranks the page's own term ('… ranks worse than 66.07%')
            sink.add("industry.percentile", f"{ranks}.industry_percentile", f"ranks {am.group('dir')} than", am.group("pct"),
                     line=n, raw=text, context="industry", unit=Unit.PERCENT)
            sink.add("industry.count", f"{ranks}.industry_count", f"{am.group('industry')} companies",
                     parse_number(am.group("n"), exact=True), line=n, raw=text, context="industry", unit=Unit.COUNT)
        wm = _WIDGET_PRICE.match(text.strip()) if "Price " in text else None
        if wm:
            sink.add("widget.share_price", "share_price", "Price", wm.group("v"), line=n, raw=text, context="widget",
                     unit=Unit.PER_SHARE)
        if "djusted" not in text and "Add all" not in text and "here we use" not in text and "Current CPI" not in text \
                and "During the past" not in text and "M-" not in text and not text.startswith("Price "):
            continue
        adjusted = "djusted" in text and L.may_match(text, L.ADJUSTED_VALUE_WORDS)
        spans: dict[str | None, Frequency | None] = {}  # the line's adjusted values' spans, by their period
        for m in L.ADJUSTED_VALUE.finditer(text) if adjusted else ():
            metric = _ADJ_METRIC.get(m.group("label").lower(), "adjusted_value")
            period = period_from_text(m.group("period"))
            spans[period] = frequency_from_text(m.group("ptype"))
            sink.add(f"prose.{metric}", metric, m.group(0).split(" for the")[0], m.group("v"), line=n, raw=text,
                     context="prose", period=period, period_text=m.group("period"), frequency=spans[period])
        dm = L.DIVISOR.search(text) if "Add all" in text else None
        if dm:
            _divisor(n, text, dm, sink, ctx, spans)
        um = L.USE_YEARS.search(text) if "here we use" in text else None
        if um:
            ctx.statements.append(build.Statement(kind=StatementKind.YEARS, value=um.group("years"), line=n))
        cm = L.CURRENT_CPI.match(text.strip()) if "Current CPI" in text else None
        if cm:
            period = period_from_text(cm.group("period"))
            sink.add("current_cpi", "current_cpi", f"Current CPI ({cm.group('period')})", cm.group("v"), line=n, raw=text,
                     context="statement", period=period, period_text=cm.group("period"), unit=Unit.INDEX)
        for hm in L.HISTORY_PROSE.finditer(text) if "highest" in text else ():
            _history_prose(n, text, hm, sink, ctx)
        for gm in L.GROWTH.finditer(text) if "average" in text else ():
            label = growth_label(gm.group("label"))
            span = f"{gm.group('n')}_{gm.group('unit')}"
            metric = f"{metric_of(label)}.avg_{span}" if gm.group("unit") == "months" else (
                metric_of(f"{gm.group('n')}-Year average {label}"))
            sink.add(f"growth.{metric}", metric, f"average {label} (past {gm.group('n')} {gm.group('unit')})", gm.group("v"),
                     line=n, raw=text, context="growth", unit=Unit.PERCENT)
        if ("M-Score" in text or "M-score" in text) and (L.MSCORE_ZONE.search(text) or L.MSCORE_SIGN.search(text) or L.MSCORE_HAS.search(text)):
            _mscore(n, text, sink, ctx)
    _range_block(page, ranges, sink, term_metric, ctx)
    _industry(page, industry, sink, term_metric)
    today = ctx.today or (_headline_day(sink) if ctx.undated_today else None)
    if ctx.undated_today and today:
        for fact in ctx.undated_today:
            sink.redate(fact, today, Frequency.TODAY)
    return ctx


def _bare_currency(sink: Sink) -> str | None:
    """The currency of the page's bare amounts ('… indicated in the company's associated stock exchange currency'): the
    listing's, but a foreign segment's where the headline prints its amount in that segment's currency, else the
    headline's. LIM:GILD's Cash page prints '$6,085 Mil' and '$5,338.00 Mil' beside the bare '5,338.00' of its row: US
    dollars, as the amounts printed with a symbol, not the Lima exchange's soles (round-47 tester tc F1: its rows were
    labelled PEN beside the same values in USD)."""
    printed = next((f.value.currency for f in sink.facts if f.context == "headline" and f.value is not None and f.value.currency), None)
    if printed is not None and sink.exchange in HOME_MARKET_VENUES:  # Cboe Europe lists each company in its home market's
        return printed  # currency: CHIX:ICOSm's '€2.14 Mil' beside rows that were labelled GBP, the venue's (round-47 tr F1)
    return segment_currency(sink.exchange, printed) or listing_currency(sink.exchange, sink.ticker) or printed


def _headline_day(sink: Sink) -> str | None:
    """The day of a headline that is a value of today ('Forward PE Ratio : 0.00 (As of Jun. 04, 2024)'): the page's
    date, for its 'X's Forward PE Ratio for today is 0.00.' where no 'As of today' line prints one (ggd 001)."""
    head = next((f for f in sink.facts if f.context == "headline"), None)
    period = head.period if head is not None else None
    return period.end if period is not None and period.frequency is Frequency.TODAY else None


def _today(n: int, text: str, sink: Sink, ctx: Context) -> None:
    tm = L.TODAY.search(text)
    if tm and tm.group("date"):
        ctx.today = ctx.today or tm.group("date")
    ctx.today_line = ctx.today_line or n
    pm = L.PRICE.search(text)
    if pm:  # an undated 'As of today, X's share price is NT$7.02' is of the day another line prints (ggg 017)
        day = (tm.group("date") if tm else None) or ctx.today
        price = sink.add("today.share_price", "share_price", "current share price", pm.group("v"), line=n, raw=text,
                         context="today", period=day, unit=Unit.PER_SHARE, frequency=Frequency.TODAY)
        if day is None:
            ctx.undated_today.append(price)
    if " that ended in " in text:
        for vm in L.VALUE_FOR_PERIOD.finditer(text):
            _value_for_period(n, text, vm, sink)
    if " years ended in " in text:
        for vm in L.VALUE_FOR_TRAILING_YEARS.finditer(text):
            _value_for_period(n, text, vm, sink)
    if " today is " in text:
        _ratios_today(n, text, sink, (tm.group("date") if tm else None) or ctx.today, ctx)


def _value_for_period(n: int, text: str, vm: LabelMatch, sink: Sink) -> None:
    """A term's value stated for its period ('E10 for the quarter that ended in Sep. 2014 was $1.97'), as of the line."""
    metric = metric_of(vm.group("label"))
    sink.add(f"today.{metric}", metric, vm.group("label"), vm.group("v"), line=n, raw=text, context="today",
             period=period_from_text(vm.group("period")), period_text=vm.group("period").strip() or None,
             frequency=frequency_from_text(vm.group("ptype")))


def _ratios_today(n: int, text: str, sink: Sink, today: str | None, ctx: Context) -> None:
    """Each 'X ratio for today is r' of the line, as a fact of ``today`` (the page's date, where it prints one; else
    the date a later line prints, or a headline of today's, set when the walk is done)."""
    for rm in L.RATIO_TODAY.finditer(text):
        metric = metric_of(rm.group("label"))
        fact = sink.add(f"today.{metric}", metric, rm.group("label"), rm.group("v"), line=n, raw=text, context="today",
                        period=today, frequency=Frequency.TODAY)
        if today is None:
            ctx.undated_today.append(fact)


def _divisor(n: int, text: str, m: re.Match[str], sink: Sink, ctx: Context,
             spans: dict[str | None, Frequency | None] | None = None) -> None:
    """The divisor sentence's statements, and the value it works out ('… will get our e10, which is HK$-0.01 for the
    trailing ten years ended in Jun. 2024'), of the span of the adjusted value its line states for that month ('…
    adjusted earnings per share data for the fiscal year that ended in Jun. 2024 was …'): an E10 of a fiscal year's
    end is the year's, which a half-year reporter's page filed under no span and compared with nothing (round-41
    tester wh F3)."""
    div = m.group("div") or m.group("div2")
    ctx.statements.append(build.Statement(kind=StatementKind.DIVISOR, value=div, line=n))
    if m.group("years"):
        ctx.statements.append(build.Statement(kind=StatementKind.YEARS, value=m.group("years"), line=n))
    label = label_text(m.group("label") or "")
    if label and m.group("v") is not None:
        metric = metric_of(label)
        period = period_from_text(m.group("period") or "")
        sink.add(f"prose.{metric}", metric, label, m.group("v"), line=n, raw=text, context="prose",
                 period=period, period_text=m.group("period"), frequency=(spans or {}).get(period) if period else None)


_WIDGET_UNITS = {"gf_score": Unit.SCORE, "gf_value": Unit.PER_SHARE, "warning_signs": Unit.COUNT}


def _score_widget(n: int, text: str, sink: Sink) -> None:
    """The 2026 layout's GF Score, GF Value and warning signs, in its widget and again in its summary sentence."""
    found: list[tuple[str, str, str, str]] = []  # (source, metric, label, value)
    wm = L.WIDGET_GF.match(text.strip()) if len(text) < 60 else None
    if wm:
        metric = "gf_score" if wm.group("score") else "gf_value" if wm.group("gfv") else "warning_signs"
        found.append(("widget", metric, _WIDGET_LABELS[metric], wm.group("score") or wm.group("gfv") or wm.group("signs")))
    rm = L.GF_RATES.search(text) if "GuruFocus rates " in text else None
    if rm:
        found.append(("summary", "gf_score", "GF Score™ of …/100", rm.group("score")))
        if rm.group("gfv"):
            found.append(("summary", "gf_value", "GF Value™", rm.group("gfv")))
    sm = L.WARNING_SIGNS.search(text) if "warning sign" in text else None
    if sm:
        found.append(("summary", "warning_signs", "warning signs", sm.group("signs")))
    for source, metric, label, value in found:
        sink.add(f"{source}.{metric}", metric, label, value, line=n, raw=text, context="widget" if source == "widget" else "prose",
                 unit=_WIDGET_UNITS[metric])


_WIDGET_LABELS = {"gf_score": "GF Score", "gf_value": "GF Value", "warning_signs": "Warning Signs"}


def _median_relative(n: int, text: str, m: re.Match[str], sink: Sink, term: str) -> None:
    """'ROE % is 2.62% as of Dec. 2025, which is 64% below its 10-year median of 7.22': the term's value of that
    period, its median over the years named, and how far the one lies from the other (``gf.median.relative``)."""
    years = int(m.group("years"))
    sink.add(f"median_relative.{term}", term, "value compared with its median", m.group("v"), line=n, raw=text,
             context="prose", period=period_from_text(m.group("period")), period_text=m.group("period"))
    sink.add(f"median_relative.{term}.hist_median", f"{term}.hist_median", f"{years}-year median", m.group("med"), line=n,
             raw=text, context="prose", period_text=f"past {years} years", window_years=years)
    side = m.group("dir")
    sink.add(f"median_relative.{term}.{side}_median", f"{term}.{side}_median", f"{side} its {years}-year median",
             m.group("pct"), line=n, raw=text, context="prose", unit=Unit.PERCENT, period=period_from_text(m.group("period")),
             period_text=m.group("period"))


def _summary_value(n: int, text: str, m: re.Match[str], sink: Sink, term: str) -> None:
    """'ROA % is -1.19% as of Mar. 2026. GuruFocus rates …': the term's value as of the headline's date, whose span (a
    trailing twelve months' EPS) the sentence leaves to the headline it restates. Read only where the sentence names
    the term as the headline prints it ('… 90 Altman Z-Score is -2.33' on a Beneish M-Score page is another's)."""
    period = period_from_text(m.group("period"))
    head = next((f for f in sink.facts if f.context == "headline"), None)
    if head is None or not text[:m.start()].endswith(" " + head.label):
        return
    if head.period is None or head.period.end != period:
        head = None
    sink.add(f"summary.{term}", term, "summary value", m.group("v"), line=n, raw=text, context="prose", period=period,
             period_text=m.group("period"), frequency=head.period.frequency if head and head.period else None)


def _history_prose(n: int, text: str, m: re.Match[str], sink: Sink, ctx: Context) -> None:
    label = growth_label(m.group("label"))
    whole = f"{label} of {m.group('name2')}" if m.group("name2") else None
    if whole and metric_for_label(label_text(whole)):  # 'highest Forward Rate of Return was': a name, not 'X of <Company>'
        label = whole
    base = metric_of(label)
    years = m.group("years")
    if years is not None and int(years) == 0:  # 'During the past 0 years' beside a highest of 16.91% (XKRX:453340, a 2023
        sink.note("window_unfilled", f"line {n} says 'the past {years} years': GuruFocus's unfilled count of years, no "  # listing):
                  "window; its highest, lowest and median are read as of years it does not state", n)  # round-43 vb F2
        years = None
    unit = Unit.PERCENT if m.group("pct1") else None
    for key, grp in (("hist_max", "hi"), ("hist_min", "lo"), ("hist_median", "med")):
        sink.add(f"prose.{base}.{key}", f"{base}.{key}", f"{key.split('_')[1]} {label}", m.group(grp), line=n,
                 raw=text, context="prose", unit=unit, period_text=f"past {years} years" if years else "past years",
                 window_years=int(years) if years else None)


def _mscore(n: int, text: str, sink: Sink, ctx: Context) -> None:
    for zm in L.MSCORE_ZONE.finditer(text):
        ctx.statements.append(build.Statement(kind=StatementKind.MSCORE_ZONE, qualifier=f"{zm.group('cmp')} {zm.group('t')}",
                                        value=zm.group("verdict"), line=n))
        sink.add("mscore.threshold", "beneish_threshold", "M-Score threshold", zm.group("t"), line=n, raw=text,
                 context="zone", unit=Unit.SCORE)
    sm = L.MSCORE_SIGN.search(text)
    if sm:
        sink.add("verdict.beneish_m_score", "beneish_m_score", "Beneish M-Score", sm.group("v"), line=n, raw=text, context="verdict")
        sink.add("mscore.threshold", "beneish_threshold", "M-Score threshold", sm.group("t"), line=n, raw=text,
                 context="verdict", unit=Unit.SCORE)
        ctx.statements.append(build.Statement(kind=StatementKind.VERDICT, qualifier=sm.group("cmp"), value=sm.group("verdict"), line=n))
    hm = L.MSCORE_HAS.search(text)
    if hm:
        sink.add("verdict.beneish_m_score", "beneish_m_score", "M-score", hm.group("v"), line=n, raw=text, context="verdict")
        ctx.statements.append(build.Statement(kind=StatementKind.VERDICT, qualifier="has", value=hm.group("verdict"), line=n))


def _range_block(page: Page, candidates: list[int], sink: Sink, term_metric: str | None, ctx: Context) -> None:
    """The first 'Min: … Med: … Max: …' line among the candidates (the lines with 'Min:'), its title and current value;
    and each later one whose title names another quantity: a stock summary page prints a box per ratio ('NYSE:FSS' s
    Equity-to-Asset Range Over the Past 10 Years' under the Cash-to-Debt one), and only the first was read, so a later
    box's misprint went unchecked (round-39 tester gtc F1). A later box of a quantity already read, or untitled, is not."""
    numbered = page.numbered()
    read: set[str] = set()
    for idx in candidates:
        n, text = numbered[idx]
        rm = L.RANGE_LINE.match(text.strip())
        if not rm:
            continue
        label, years = None, None
        for back in range(idx - 1, max(-1, idx - 3), -1):
            tm = L.RANGE_TITLE.search(numbered[back][1])
            if tm:
                label, years = _range_title(tm)
                break
        base = metric_of(label) if label else (term_metric or "term")
        if read and (label is None or base in read):
            continue
        read.add(base)
        for key in ("min", "med", "max"):
            if rm.group(key) is not None:
                fid = f"range.{key}"
                metric = f"{base}.hist_{'median' if key == 'med' else key}"
                sink.add(fid, metric, f"{key.capitalize()}:", rm.group(key), line=n, raw=text, context="range",
                         period_text=f"past {years} years" if years else None, window_years=int(years) if years else None,
                         places=L.BOX_PLACES)
        nxt = page.next_nonblank(n, 3)
        if nxt:
            cm = L.RANGE_CURRENT.match(page.line(nxt).strip())
            if cm:
                sink.add("range.current", base, "Current:", cm.group("v"), line=nxt, raw=page.line(nxt), context="range",
                         places=L.BOX_PLACES)


def _range_title(tm: re.Match[str]) -> tuple[str, str | None]:
    """The label and window of a range title: 'XYZ' s 3-Year Dividend Growth Rate Range Over the Past 10 Years' is the
    3-year rate's range over 10 years; the older 'BHP' s 10-Year EV/EBIT Range' names only the window."""
    label, lead, years = tm.group("label"), tm.group("years1"), tm.group("years2")
    if years is None:
        return label, lead
    return (f"{lead}-Year {label}" if lead else label), years


def _industry(page: Page, candidates: list[int], sink: Sink, term_metric: str | None) -> None:
    """Industry rank and median lines among the candidates (the lines with 'is ranked' or 'Industry Median: ').

    The median line states the quantity its heading ranks ('XYZ's Price-to-Median-PS-Value is ranked better than'),
    which may be a term related to the page's own: its metric comes from the heading, as a range's from its title."""
    numbered = page.numbered()
    ranked: tuple[int, str] | None = None  # the index of the last ranking heading, and the metric it names
    for idx in candidates:
        n, text = numbered[idx]
        rk = L.RANKED.match(text.strip()) if "is ranked" in text else None
        if rk:
            ranked = (idx, ranks := metric_of(rk.group("label")))
        nr = L.NOT_RANKED.match(text.strip()) if "is not ranked" in text else None
        if nr:
            ranked = (idx, metric_of(nr.group("label")))
        if rk and idx + 1 < len(numbered):
            n2, t2 = numbered[idx + 1]
            pm = L.RANKED_PCT.match(t2.strip())
            if pm:  # of the metric its heading ranks: a summary page ranks several, each among its own companies (ghq F1)
                sink.add("industry.percentile", f"{ranks}.industry_percentile", f"ranked {rk.group('dir')} than",
                         pm.group("pct"), line=n2, raw=t2, context="industry", unit=Unit.PERCENT)
                count = parse_number(pm.group("n"), exact=True)
                sink.add("industry.count", f"{ranks}.industry_count", "companies", count, line=n2, raw=t2,
                         context="industry", unit=Unit.COUNT)
        im = L.INDUSTRY_MEDIAN.search(text) if "Industry Median: " in text else None
        if im:
            base = ranked[1] if ranked and idx - ranked[0] <= _MEDIAN_AFTER_HEADING else (term_metric or "term")
            if im.group("med") is not None:  # a blank median states nothing; the company's value still counts
                sink.add("industry.median", f"{base}.industry_median", "Industry Median", im.group("med"), line=n, raw=text,
                         context="industry", missing=_not_available(im.group("med")))
            sink.add("industry.current", base, f"vs {im.group('symbol')}", im.group("cur"), line=n, raw=text,
                     context="industry")
        om = L.INDUSTRY_MEDIAN_ONLY.match(text.strip()) if im is None and "Industry Median: " in text else None
        if om and ranked and idx - ranked[0] <= _MEDIAN_AFTER_HEADING:  # 'is not ranked': the median alone, under its heading
            sink.add("industry.median", f"{ranked[1]}.industry_median", "Industry Median", om.group("med"), line=n, raw=text,
                     context="industry", missing=_not_available(om.group("med")))


def _not_available(median: str) -> Missing | None:
    """GuruFocus's 'Industry Median: 9999.00' is its value for a median it does not have: missing, never a number."""
    return Missing.NOT_AVAILABLE if median.strip() in L.MEDIAN_NOT_AVAILABLE else None
