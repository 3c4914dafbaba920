"""A collector that turns what a section reads into Facts with unique ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .. import _build as build
from .._metrics import BARE_IN_MILLIONS, SAME_UNIT_SUFFIXES, SCORE_MOST, registered_unit, unit_of
from .._models import CONTEXT_BY_VALUE, Context, Fact, Frequency, Missing, ParseNote, Period, PrintedNumber, Statement, Unit
from .._numbers import MISSING_TEXTS, missing_reason, parse_number, replaced, unread_reason


@dataclass
class Sink:
    """Collects facts and notes while the page is read."""

    exchange: str | None = None
    ticker: str | None = None
    """The security's ticker: with the exchange, it says the listing's currency (a B share's, ``listing_currency``)."""
    names: tuple[str, ...] = ()
    """The security's name and legal name as the header read them, the longer first: a sentence that starts with one
    and no possessive ('Tesco PLC Cost of Goods Sold for the trailing twelve months …') states the quantity after it."""
    facts: list[Fact] = field(default_factory=list)
    notes: list[ParseNote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    """Sentences a fact reader met that say something of its facts (a history sentence's direction words)."""
    _ids: set[str] = field(default_factory=set)
    _next: dict[str, int] = field(default_factory=dict)
    """Per base id, the next suffix to try: probing resumes there, so n repeats cost O(n), not O(n²)."""
    _periods: dict[tuple[str, Frequency | None, bool], Period | None] = field(default_factory=dict)
    """This page's typed periods: Period is frozen, so the facts of one page that share an end and frequency share
    one object (bounded by the page's facts, dropped with the page)."""
    _raws: dict[str, str] = field(default_factory=dict)
    """This page's source lines as trimmed for Fact.raw: a line stating n facts is trimmed once, not n times."""
    _by_line: dict[int, list[Fact]] = field(default_factory=dict)
    """The facts recorded so far, by source line."""
    _numbers: dict[tuple[str, str | None], tuple[PrintedNumber | None, Missing | None]] = field(default_factory=dict)
    """This page's printed values as read: PrintedNumber is frozen, so a value the page prints twice is read once."""
    units: dict[str, Unit] = field(default_factory=dict)
    """Units this page shows for metrics the registry lacks (a term's headline prints its unit), by metric id."""
    in_millions: set[str] = field(default_factory=set)
    """Metrics the registry lacks whose headline prints a scale ('1,836 Mil' shares): printed bare, they are in millions."""
    _millions_read: dict[tuple[str, int | None], PrintedNumber] = field(default_factory=dict)
    """Bare amounts of this page read in millions, by printed text and the places it stands for."""
    _in_millions_printed: set[str] = field(default_factory=set)
    """Amount metrics this page has printed with 'Mil' (its headline '$14,364 Mil'): a sentence of one that prints no
    scale ('… was $14,364', GuruFocus's Total Current Liabilities template) is in millions too."""
    _currency_read: dict[tuple[str, Decimal, int | None], PrintedNumber] = field(default_factory=dict)
    """Bare amounts of this page given the page's currency, by printed text, scale and the places it stands for."""
    bare_currency: str | None = None
    """The currency of the amounts the page prints without a symbol (rows, tables, range and industry lines), where
    the page says which: 'All currency related amount are indicated in the company's associated stock exchange
    currency' (the listing's currency: the exchange's, a B share's own); None where it does not."""
    data_frequencies: set[Frequency] = field(default_factory=set)
    """The frequencies of the page's history sections ('X Semi-Annual Data'), rows aligned or not: a page whose data is
    semi-annual and never quarterly is of a half-year reporter, even where its rows are cut off."""
    printed_not_available: list[tuple[re.Match[str], int, str]] = field(default_factory=list)
    """The period statements that print 'N/A' where their value goes ('… for the quarter that ended in Nov. 2024 was
    N/A%.'), with their line and text, as the period statements' reader met them (``_not_available`` reads them)."""
    beyond_range: list[tuple[Fact, PrintedNumber, int]] = field(default_factory=list)
    """Scores printed as the site's 9999, recorded as not available: each fact, the number it printed and the most the
    score can be (the caller notes them)."""
    renamed: dict[str, str] = field(default_factory=dict)
    """The page's own names of registry quantities: on an EV-to-EBIT page, 'Operating Income' is the EBIT it divides by
    (``_labels.FORMULA_INPUT_WORDING``). A fact read under a key here is recorded under its value."""

    def half_year_reporter(self) -> bool:
        """True when the page's history sections are semi-annual and never quarterly: its 'quarter that ended' and
        'quarterly' sentences state its half-years, so their span is the site's doubt (HKSE:00655, XSWX:XLS)."""
        return Frequency.SEMI_ANNUAL in self.data_frequencies and Frequency.QUARTERLY not in self.data_frequencies

    def learn_unit(self, metric: str, unit: Unit, *, scaled: bool = False) -> None:
        """Take ``unit`` as the unit of ``metric`` (one the registry lacks) and of its range and industry statistics;
        ``scaled``: its headline prints a scale, so its bare values are in millions as amounts are."""
        for suffix in ("", *SAME_UNIT_SUFFIXES):
            self.units[metric + suffix] = unit
            if scaled:
                self.in_millions.add(metric + suffix)

    def unit(self, metric: str) -> Unit:
        """The unit of ``metric``: the registry's, else the one this page showed for it (a term's headline 'Total
        Equity $55,184 Mil'), else ``unit_of``'s ratio."""
        return (self.units.get(metric) if self.units else None) or unit_of(metric)  # learned only where unregistered

    def without_name(self, label: str) -> str:
        """A sentence-start label without the security's name that opens it ('Tesco PLC Cost of Goods Sold' on a page
        of Tesco PLC: its 2016 layout prints no possessive there, round-20 ggd F1b; 'Trio-Tech International Research &
        Development for the trailing twelve months', round-24 ggp 003)."""
        for name in self.names:
            if label.startswith(name) and label[len(name):len(name) + 1] == " " and len(label) > len(name) + 1:
                return label[len(name) + 1:]
        return label

    def _unique(self, base: str) -> str:
        if base not in self._ids:  # the common case: a fresh id
            self._ids.add(base)
            return base
        k = self._next.get(base, 2)
        fid = f"{base}#{k}"
        while fid in self._ids:  # only when a page prints an id that already ends in '#k'
            k += 1
            fid = f"{base}#{k}"
        self._next[base] = k + 1
        self._ids.add(fid)
        return fid

    def number(self, text: str) -> tuple[PrintedNumber | None, Missing | None]:
        """Parse a printed value: a number, or why there is none."""
        key = (text or "", self.exchange)  # the exchange picks the currency of '$': part of what was read
        read = self._numbers.get(key)
        if read is None:
            read = self._numbers[key] = self._read_number(key[0].strip())
        return read

    def _read_number(self, text: str) -> tuple[PrintedNumber | None, Missing | None]:
        reason = MISSING_TEXTS.get(text.lower())  # missing_reason of a stripped text
        if reason is not None:
            return None, reason
        num = parse_number(text, exchange=self.exchange)
        if num is None:
            stripped = text.rstrip(".").strip()
            if stripped and missing_reason(stripped) is None:
                num = parse_number(stripped, exchange=self.exchange)
            if num is None:
                bare = parse_number(text.strip(" .$€£¥"), exchange=self.exchange)
                if bare is None:
                    return None, unread_reason(text)
                num = bare
        return num, None

    def add(self, fid: str, metric: str, label: str, text: str | PrintedNumber | None, *, line: int, raw: str,
            context: Context | str, period: str | None = None, period_text: str | None = None, unit: Unit | None = None,
            as_of: str | None = None, window_years: int | None = None, frequency: Frequency | None = None,
            missing: Missing | None = None, places: int | None = None) -> Fact:
        """Record one fact; a blank or placeholder value is recorded as missing, never as zero (``missing``: why the
        value is not there, when the reader knows better than the text; ``places``: the places a value printed to
        fewer was rounded to, its trailing zeros stripped)."""
        if self.renamed and metric in self.renamed:
            fid, metric = _renamed_id(fid, metric, self.renamed[metric]), self.renamed[metric]
        value: PrintedNumber | None
        if missing is not None:
            value = None
        elif text is None or isinstance(text, str):  # a str test: isinstance on a pydantic model class goes through ABCMeta
            value, missing = self.number(text or "")
        else:
            value, missing = text, None
        if places is not None and value is not None and value.decimals < places and not value.exact:
            value = replaced(value, places=places)
        if not period:
            typed = None
        else:
            key = (period, frequency, frequency is None and metric in _MONTHLY_METRICS)
            typed = self._periods.get(key, _UNSEEN)
            if typed is _UNSEEN:
                typed = self._periods[key] = typed_period(period, frequency, metric)
        trimmed = self._raws.get(raw)
        if trimmed is None:
            trimmed = self._raws[raw] = raw.strip()[:500]
        if unit is None:  # a percent as printed; else a unit this page showed for a metric the registry lacks; else the registry's
            unit = Unit.PERCENT if value is not None and value.percent else self.unit(metric)
            if unit is _RATIO and label[-1:] == "%" and registered_unit(metric) is None:
                unit = Unit.PERCENT  # a quantity the registry lacks, its row or sentence labelled 'Pretax Margin %'
        if (value is not None and value.scale is None and not value.percent and context in _IN_MILLIONS
                and (unit is _AMOUNT or metric in BARE_IN_MILLIONS or (self.in_millions and metric in self.in_millions))):
            value = self._millions(value)
        if (value is not None and value.scale is None and unit is _AMOUNT and not value.percent
                and (context in _SENTENCES or (context == "today" and fid.startswith(_CURRENT)))
                and metric in self._in_millions_printed):  # '… total current liabilities … was $14,364' under '$14,364 Mil'
            value = self._millions(value)
        elif value is not None and value.scale_factor == MILLION and value.scale != IMPLIED_MILLIONS and unit is _AMOUNT:
            self._in_millions_printed.add(metric)
        if self.bare_currency and value is not None and context in _IN_MILLIONS and (unit is _AMOUNT or unit is _PER_SHARE):
            value = self.in_page_currency(value)
        beyond = None
        if unit is _SCORE and value is not None and value.value == _STAND_IN \
                and (most := SCORE_MOST.get(metric.partition(".")[0])) is not None:  # 'F-Score is 9999' (Metric.most)
            beyond, value, missing = (value, most), None, Missing.NOT_AVAILABLE
        fact = build.FactStated(
            id=self._unique(fid), metric=metric, label=label, value=value, missing=missing, unit=unit,
            period=typed, period_text=period_text, as_of=as_of, window_years=window_years,
            context=CONTEXT_BY_VALUE.get(context) or Context(context), line=line, raw=trimmed,
        )
        self.facts.append(fact)
        if beyond is not None:
            self.beyond_range.append((fact, *beyond))
        on_line = self._by_line.get(line)
        if on_line is None:
            self._by_line[line] = [fact]
        else:
            on_line.append(fact)
        return fact

    def withdraw_zeros(self, metrics: set[str], contexts: frozenset[Context], missing: Missing,
                       end: str | None = None) -> list[Fact]:
        """Record the zeros of these metrics stated in these contexts (and, given ``end``, of no period or a period
        ending then) as values missing for ``missing`` (the page says the quantity has none: its 0.00 is a stand-in);
        the facts as they were read."""
        out: list[Fact] = []
        for i, fact in enumerate(self.facts):
            if fact.metric in metrics and fact.context in contexts and fact.value is not None and fact.value.value == 0 \
                    and (end is None or fact.period is None or fact.period.end == end):
                withdrawn = fact.model_copy(update={"value": None, "missing": missing})
                self.facts[i] = withdrawn
                on_line = self._by_line[fact.line]
                on_line[on_line.index(fact)] = withdrawn
                out.append(fact)
        return out

    def redate(self, fact: Fact, period: str, frequency: Frequency) -> Fact:
        """The fact with this period, in its place (a date the page prints on a later line than the fact's)."""
        dated = fact.model_copy(update={"period": typed_period(period, frequency, fact.metric)})
        self.facts[self.facts.index(fact)] = dated
        on_line = self._by_line[fact.line]
        on_line[on_line.index(fact)] = dated
        return dated

    def _millions(self, number: PrintedNumber) -> PrintedNumber:
        """A bare amount of a table, row, range or industry line, in millions as the page's unit note says."""
        key = (number.text, number.places)  # a range box's '1.1' is 1.10, another line's 1.1 (L.BOX_PLACES)
        read = self._millions_read.get(key)
        if read is None:
            read = self._millions_read[key] = replaced(number, scale=IMPLIED_MILLIONS, scale_factor=MILLION)
        return read

    def in_page_currency(self, number: PrintedNumber) -> PrintedNumber:
        """A bare amount (no currency printed) in the currency the page's note names for its bare amounts; else as is."""
        if self.bare_currency is None or number.currency is not None or number.percent:
            return number
        return self._in_currency(number, self.bare_currency)

    def _in_currency(self, number: PrintedNumber, currency: str) -> PrintedNumber:
        """A bare amount in the currency the page's note names for its bare amounts (its symbol still unprinted)."""
        key = (number.text, number.scale_factor, number.places)
        read = self._currency_read.get(key)
        if read is None:
            read = self._currency_read[key] = replaced(number, currency=currency)
        return read

    def facts_on(self, line: int) -> list[Fact]:
        """The facts recorded so far whose source line is ``line``, in the order they were recorded."""
        return self._by_line.get(line, [])

    def note(self, code: str, message: str, line: int | None = None) -> None:
        """Record something the reader noticed."""
        self.notes.append(build.ParseNote(code=code, message=message, line=line))


_MONTHLY_METRICS = frozenset({"cpi", "current_cpi"})
_AMOUNT = Unit.CURRENCY_AMOUNT
_PER_SHARE = Unit.PER_SHARE
_RATIO = Unit.RATIO
_SCORE = Unit.SCORE
_STAND_IN = Decimal(9999)
"""GuruFocus's number for a value it does not have, where it prints one (medians, bounded scores): a score of 9999 is
that stand-in; any other value beyond a score's range is a misprint the checks compare, not a placeholder."""
MILLION = Decimal(10) ** 6
IMPLIED_MILLIONS = "Mil (implied)"
"""The scale of an amount the page prints bare: GuruFocus says 'All numbers are in millions except for per share
data, ratio, and percentage' above its rows and tables, and prints its range and industry lines the same way."""
_SENTENCES = frozenset({"statement", "prose"})
"""Where GuruFocus states an amount in a sentence ('… for the quarter that ended in Jul. 2019 was $14,364')."""
_CURRENT = "current."
"""The F-Score criteria's 'X's current net income was 4,229.' (today's), in millions where the page printed the
metric with 'Mil' ('Net Income was … = $4,229 Mil.', 2014, round-38 gsa F1); no other statement of today's."""
_IN_MILLIONS = frozenset({"history", "table", "range", "industry"})
"""Where GuruFocus prints amounts bare, in millions (headlines and sentences print their own 'Mil')."""
_UNSEEN: Any = object()


def same_period(fact: Fact, end: str | None) -> bool:
    """Whether a statement of this period's end may be the fact's: the same end, or either states none (a blank share
    price beside today's, one sentence's quantity twice); two different ends are two quantities."""
    return end is None or fact.period is None or fact.period.end == end


def typed_period(end: str | None, frequency: Frequency | None, metric: str) -> Period | None:
    """A Period from a normalized end: a day is TODAY, a CPI is MONTHLY, else the frequency the page gives (or None)."""
    if not end:
        return None
    if frequency is None and metric in _MONTHLY_METRICS:
        frequency = Frequency.MONTHLY
    if frequency is None and len(end) == 10:
        frequency = Frequency.TODAY
    return build.Period(end=end, frequency=frequency)


def _renamed_id(fid: str, old: str, new: str) -> str:
    """A fact id whose last part names ``old`` ('statement.operating_income'), naming ``new`` instead."""
    return fid[: -len(old)] + new if fid.endswith("." + old) else fid
