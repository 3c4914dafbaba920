"""Calculations GuruFocus writes as prose: inputs stated in a paragraph, then "Therefore, ... X for today is r".

"As of today, BHP Group's Enterprise Value is $158,509 Mil. BHP Group's Free Cash Flow for the trailing
twelve months (TTM) ended in Dec. 2023 was $12,408 Mil. Therefore, BHP Group's EV-to-FCF for today is 12.77."
is EV-to-FCF = enterprise value / free cash flow with the page's own numbers. A paragraph without "Therefore"
whose last statement is a registered formula's target and whose earlier statements are all of its inputs
(ROE % Adjusted to Book Value = ROE % / PB Ratio) is read the same way. The formula comes from the registry
in ``_formulas``; the page's sentence says which quantity is meant, so the check compares like with like.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .. import _build as build
from .._errors import FormulaError
from .._formulas import FORMULAS
from .._metrics import BY_ID, is_price_dependent, metric_for_exact_label, metric_for_label, qualified_metric, unit_of
from .._models import Calculation, CalculationKind, Fact, Frequency, Missing, Operand, PrintedNumber, Unit
from .._numbers import unread_reason
from . import _labels as L
from ._lines import Page
from ._periods import frequency_from_text, period_from_text
from ._prose import glued_tail, slug
from ._prose_breakdowns import read_breakdown, read_verb_breakdown
from ._prose_margins import read_margin
from ._prose_period_calcs import input_label, note_unknown_currency, number_of, read_period_calculations, result_labels
from ._prose_trends import read_trend_statements
from ._sink import Sink, same_period
from ._units import shown_unit

PREFIX = "prose."
"""Id prefix of the calculations this reader builds (the generic formula rule leaves them to their own rule)."""

_UNREAD_WORDS = {Missing.UNREADABLE: "printed as no number the reader takes", Missing.NOT_AVAILABLE: "printed as N/A",
                 Missing.AT_LOSS: "printed as 'At Loss'", Missing.DASH: "printed as a dash",
                 Missing.NEGATIVE_EQUITY: "printed as 'Negative Equity'"}
"""How an input's note says what the paragraph prints instead of its number ('$1.0E-5', scientific notation: not blank)."""
_SPAN_FREQUENCY = {"trailing twelve months (ttm)": Frequency.TTM, "(ttm)": Frequency.TTM}


@dataclass
class _Said:
    metric: str
    fact_metric: str
    """The stated quantity: the metric itself, or 'annualized_net_income' / 'average_total_assets' where the sentence
    qualifies it (a quarter's net income x 4, a mean of balances), which is not the quarter's row or the period-end
    balance the page may state elsewhere."""
    label: str
    text: str
    period: str | None
    frequency: Frequency | None
    start: int
    match: re.Match[str]
    sink: Sink
    blank_period: bool = False
    """The sentence names its span but prints no period ('for the trailing twelve months (TTM) ended in was': the
    site's template gap): a value of no known period, not today's."""

    @cached_property
    def number(self) -> PrintedNumber | None:
        """The stated value, read only when a calculation uses it (most statements are never an operand)."""
        return number_of(self.match, self.sink)


def read_prose_calculations(page: Page, sink: Sink, today: str | None) -> list[Calculation]:
    """Every paragraph that states a registered formula's inputs and then its result."""
    calcs: list[Calculation] = []
    for _, n, text in page.filled():  # a blank line states nothing
        if len(text) > L.CALC_MAX_LINE:
            continue
        if "'s " not in text and ", and " not in text:
            if text.startswith(L.BREAKDOWN_WORDS[0]) and L.BREAKDOWN_WORDS[1] in text:
                # '… X paid a more to buy back shares … In all, X spent t on financial activities': no possessive
                verbs = read_verb_breakdown(n, text, sink, len(calcs))
                if verbs is not None:
                    calcs.append(verbs)
            continue
        if text.startswith(L.BREAKDOWN_WORDS[0]) and L.BREAKDOWN_WORDS[1] in text:
            breakdown = read_breakdown(n, text, sink, len(calcs))  # 'For the three months …, X's A was a. Its B … In all'
            if breakdown is None:  # a financing or investing paragraph whose name holds "'s"
                breakdown = read_verb_breakdown(n, text, sink, len(calcs))
            if breakdown is not None:
                calcs.append(breakdown)
                continue
        if L.MARGIN_INPUT_WORDS in text:  # 'X's intrinsic value calculated from the Discounted … model is …'
            margin = read_margin(page, n, text, sink, today, len(calcs), PREFIX)
            if margin is not None:
                calcs.append(margin)
                continue
        stated = L.CALC_INPUT.finditer(text) if L.may_match(text, L.CALC_INPUT_WORDS) else ()
        said = []
        for m in stated:
            s = _said(m, sink)
            if s is not None:
                said.append(s)
        if L.CALC_PRICE_OF_WORDS in text.lower():
            said = sorted(said + [_price_of(m, sink) for m in L.CALC_PRICE_OF.finditer(text)], key=lambda s: s.start)
        results = list(L.CALC_RESULT.finditer(text)) if L.holds_any(text, L.CALC_RESULT_WORDS) else []
        if results:
            begin = 0
            for rm in results:
                target = metric_for_label(rm.group("label"))
                if target in FORMULAS:
                    inputs = [s for s in said if begin <= s.start < rm.start()]
                    result = number_of(rm, sink)
                    calcs.append(_calculation(n, text, target, rm.group("label"), result, inputs, sink, today, len(calcs)))
                begin = rm.end()
        elif len(said) >= 2 and said[-1].metric in FORMULAS:
            last = said[-1]
            needed = _inputs_of(last.metric)
            earlier = [s for s in said[:-1] if _input_of(last.metric, s.metric) in needed]
            if (needed and needed <= {_input_of(last.metric, s.metric) for s in earlier}
                    and all(s.period == last.period for s in earlier)):
                calcs.append(_calculation(n, text, last.metric, last.label, last.number, earlier, sink, today, len(calcs)))
    calcs += read_period_calculations(page, sink, len(calcs), today)  # a ratio stated for a period; today's PB on book pages
    read_trend_statements(page, sink, today)
    read_period_statements(page, sink)
    return calcs


def read_period_statements(page: Page, sink: Sink) -> None:
    """Every "<Company>'s X for the three months ended in Feb. 2024 was v" the page states, on any line, as X for that
    period and frequency (quarter, six months, fiscal year, TTM), so it meets the row or headline of the same period.

    Read after the other readers: a sentence they read already (a calculation's input, an 'As of today' line's
    value) keeps their fact. A qualified quantity ('annualized ROA %', 'average Total Assets') is stated as its own
    (annualized_roa, average_total_assets), not the quarter's row or the period-end balance; an 'adjusted' one is the
    adjusted-value reader's. A label the registry lists only with a note in parentheses is not taken for it: 'EPS
    (Basic)' has its own id, not the diluted EPS's."""
    row_frequencies: dict[tuple[str, str], set[Frequency | None]] | None = None
    for _, n, text in page.filled():
        if L.PERIOD_STATEMENT_WORDS not in text or len(text) > L.CALC_MAX_LINE:
            continue
        for m in L.period_statements(text):
            qual = (m.group("qual") or "").strip().lower()
            if qual == "adjusted":
                continue
            number = number_of(m, sink)
            if number is None:
                if (m.group("v") or "").rstrip(".") in L.NOT_AVAILABLE_VALUES:  # 'was N/A%.': read by _not_available
                    sink.printed_not_available.append((m, n, text))
                    continue
                note_unknown_currency(n, ((m.group("v") or "") + (m.group("scale") or "")).strip(), m.group("label"), sink)
                continue
            label = _garbled_label(text, m.start(), sink) or sink.without_name(m.group("label"))
            metric, qual = _named(qual, label)
            fact_metric = qualified_metric(qual, metric)
            span = m.group("span").lower()
            period = period_from_text(m.group("period"))
            frequency = None if span == L.UNKNOWN_SPAN else _SPAN_FREQUENCY.get(span) or frequency_from_text(span)
            if any(_read_already(f, fact_metric, label, number, period, frequency) for f in sink.facts_on(n)):
                continue  # read already ('$20,472 Mil.' as a calculation's input, under the formula's name of it)
            if span == "quarter" and period:
                if row_frequencies is None:  # built once per page: a scan of the facts per sentence was quadratic
                    row_frequencies = row_frequencies_of(sink)
                rows = row_frequencies.get((fact_metric, period)) or half_year_reporter_rows(sink)
                if _of_another_frequency(rows):
                    if _half_years_result(text, period, rows) and _is_quarter_result(text, m):
                        continue  # the half-year's, read by _stated's reader of half-year results
                    frequency = None  # the page does not say which span its 'quarter' is: kept, its doubt recorded
                elif not rows and _six_months_inputs(text, period) and _is_quarter_result(text, m):
                    frequency = None  # worked from six months' inputs, said to be the quarter's, on a page that shows
                    # no rows of the month: a half-year reporter's half-year (LSE:LONR, round-32 ghd F2) or a quarterly
                    # reporter's quarter whose inputs the site words 'six months' (MSFT, round 9); which, the page does
                    # not say, so the doubt is recorded rather than either guess
            unit: Unit | None
            if qual:  # 'annualized ROC (Joel Greenblatt) % … was 21.20%': the base quantity's unit, else the one printed
                unit = unit_of(metric) if metric in BY_ID else sink.units.get(metric) or shown_unit(number) or Unit.RATIO
            else:
                unit = None if metric in BY_ID or metric in sink.units else shown_unit(number) or Unit.RATIO
            sink.add(f"statement.{fact_metric}", fact_metric, f"{m.group('qual') or ''}{label}", number, line=n, raw=text,
                     context="statement", period=period, period_text=m.group("period"),
                     frequency=frequency, unit=unit)


def _garbled_label(text: str, start: int, sink: Sink) -> str | None:
    """The label of the site's garbled template 'TMS Co's other income expense for the TMS Co's pretax income for the
    three months ended in Nov. 2023 was 円-0.06 Mil': the value is the first label's (the term's, as its row shows),
    not the second's, which the pattern would take (round-25 ggr 002); None for any other sentence."""
    for name in sink.names:
        opener = f" for the {name}"
        if text.endswith(opener, 0, start):
            head = text[:start - len(opener)]
            cut = head.rfind("'s ")
            return head[cut + 3:] if cut >= 0 and 0 < len(head) - cut - 3 <= 80 else None
    return None


def _named(qual: str, label: str) -> tuple[str, str]:
    """The metric a period statement's label names and the qualifier left over: 'average diluted shares outstanding' is
    one quantity the registry names with its 'average' (Shares Outstanding (Diluted Average)), where 'average Total
    Assets' is the average of Total Assets."""
    metric = metric_for_exact_label(label)
    if metric is None and qual:
        whole = metric_for_exact_label(f"{qual} {label}")
        if whole is not None:
            return whole, ""
    return metric or glued_tail(label) or slug(label), qual


def _read_already(fact: Fact, metric: str, label: str, number: PrintedNumber, period: str | None,
                  frequency: Frequency | None) -> bool:
    """Whether ``fact`` is this sentence's statement, read by an earlier reader: the same quantity and printed value,
    unless it is a statement of another period or span ('… for the six months ended in May. 2014 was $0.09. Its … for
    the trailing twelve months (TTM) ended in May. 2014 was $0.09': two facts that print one value)."""
    if not ((fact.metric == metric or fact.label == label) and fact.value is not None
            and fact.value.number_text == number.number_text):
        return False
    if fact.context.value == "statement" and fact.period is not None and fact.period.frequency and frequency:
        return (fact.period.end, fact.period.frequency) == (period, frequency)
    return True


def row_frequencies_of(sink: Sink) -> dict[tuple[str, str], set[Frequency | None]]:
    """The frequencies of the page's history rows, by metric and month."""
    out: dict[tuple[str, str], set[Frequency | None]] = defaultdict(set)
    for f in sink.facts:
        if f.context.value == "history" and f.period is not None:
            out[f.metric, f.period.end].add(f.period.frequency)
    return out


def _of_another_frequency(rows: set[Frequency | None] | None) -> bool:
    """True when the page's rows of a metric for a month are all of another frequency than quarterly: 'for the quarter
    that ended in Jun. 2020' is the site's wording for the value of the period that ended then, which a semi-annual or
    annual reporter prints too; which row it is the page does not say. The statement is kept with no frequency (the
    doubt): it is compared only where that leaves one reading (gf.restated, ``_unless_span_known``)."""
    return rows is not None and bool(rows) and Frequency.QUARTERLY not in rows


def half_year_reporter_rows(sink: Sink) -> set[Frequency | None] | None:
    """The page's data frequencies for a half-year reporter whose rows of the metric and month are cut off or not
    printed (``Sink.half_year_reporter``), else None: the same doubt as where the rows are aligned (XBRU:BAS)."""
    return set(sink.data_frequencies) if sink.half_year_reporter() else None


def _half_years_result(text: str, period: str, rows: set[Frequency | None] | None) -> bool:
    """Whether the sentence is a 'Therefore' result after inputs stated for the six months ended in its month, on a
    page with half-year rows of that month: the half-year's value, which ``_stated`` reads with that frequency."""
    return rows is not None and Frequency.SEMI_ANNUAL in rows and _six_months_inputs(text, period)


def _six_months_inputs(text: str, period: str) -> bool:
    """Whether the line states inputs for the six months ended in ``period`` (beside a result said to be the
    quarter's, ``quarter_results``)."""
    return (L.SIX_MONTHS_WORDS in text
            and any(period_from_text(m.group("period")) == period for m in L.SIX_MONTHS_OF.finditer(text)))


@lru_cache(maxsize=8)
def quarter_results(text: str) -> tuple[re.Match[str], ...]:
    """The line's results said to be a quarter's: 'Therefore, X's Y for the quarter that ended in …' (QUARTER_RESULT),
    and a ratio of ``_labels.PERIOD_RATIOS`` stated 'for the quarter' with no 'Therefore' ('Vishnusurya Projects and
    Infra's interest coverage for the quarter that ended in Mar. 2023 was 6.29.' after its inputs for the six months
    ended in Mar. 2023: the Interest Coverage pages, tester gif F1); not an input stated 'for the quarter' beside the
    six months' ones (Total Assets, a balance at the quarter's end: HKSE:01623), which no such ratio is. Worked out once
    a line: the half-year reader and every statement of the line ask (the round's second read: quadratic on a long
    line of such sentences)."""
    found = tuple(L.QUARTER_RESULT.finditer(text)) if L.QUARTER_RESULT_WORDS in text else ()
    starts = {r.start("label") for r in found}
    labels = result_labels()
    return found + tuple(m for m in L.period_statements(text) if m.group("span").lower() == "quarter"
                         and m.start("label") not in starts and input_label(m) in labels)


def _is_quarter_result(text: str, m: re.Match[str]) -> bool:
    """Whether the statement is one of the line's results said to be a quarter's (``quarter_results``)."""
    return m.start("label") in _quarter_result_starts(text)


@lru_cache(maxsize=8)
def _quarter_result_starts(text: str) -> frozenset[int]:
    """Where the line's quarter results' labels start: asked of every statement of the line, a set, once a line."""
    return frozenset(r.start("label") for r in quarter_results(text))


def _value_text(m: re.Match[str]) -> str:
    return (m.group("v") or "") + (m.group("scale") or "")


def _said(m: re.Match[str], sink: Sink) -> _Said | None:
    metric = metric_for_label(m.group("label"))
    if metric is None:
        return None
    value = _value_text(m)
    span = (m.group("span") or m.group("ttm") or "").lower()
    period_text = (m.group("period") or "").strip() or None
    qual = (m.group("qual") or "").strip().lower()
    frequency = _SPAN_FREQUENCY.get(span) or (frequency_from_text(span) if span else None)
    ttm_label = not span and m.group("label").lower().startswith(L.TTM_LABEL_PREFIXES)
    period = period_from_text(period_text) if period_text else None
    # a span whose period is blank ('ended in was') or no date ('ended in . 20', an unfilled template): the sentence
    # states a period it does not print, never today's
    return _Said(metric=metric, fact_metric=qualified_metric(qual, metric),
                 label=f"{m.group('qual')}{m.group('label')}" if qual else m.group("label"), text=value.strip(),
                 period=period, frequency=Frequency.TTM if ttm_label else frequency, start=m.start(),
                 match=m, sink=sink, blank_period=bool(span) and period is None)


def _template_zero(s: _Said) -> bool:
    """A zero stated for the unfilled template's period ('… for the quarter that ended in . 20 was $0.00', gfy 008): the
    template's stand-in for a value the page does not have, never a measured zero."""
    number = s.number
    return (s.blank_period and number is not None and number.value == 0
            and L.UNFILLED_AS_OF.match((s.match.group("period") or "").strip()) is not None)


def _price_of(m: re.Match[str], sink: Sink) -> _Said:
    """Today's price stated as 'the stock price of <name> is R28.94'."""
    return _Said(metric="share_price", fact_metric="share_price", label=m.group("label"), text=_value_text(m).strip(),
                 period=None, frequency=None, start=m.start(), match=m, sink=sink)


def _input_of(target: str, metric: str) -> str:
    """The formula's name of a quantity its paragraph states under ``metric`` (see ``_labels.FORMULA_INPUT_WORDING``
    and ``FORMULA_INPUT_STANDINS``)."""
    for table in (L.FORMULA_INPUT_WORDING, L.FORMULA_INPUT_STANDINS):
        named = table.get(target)
        if named and metric in named:
            return named[metric]
    return metric


def _fact_metric(target: str, metric: str, s: _Said) -> str:
    """The metric of an input's fact: the formula's name of a plain input stated in other words, the sentence's own for
    a qualified quantity ('annualized ROA %') or a stand-in (a fund's book value growth for Peter Lynch's growth rate)."""
    if s.fact_metric != s.metric or s.metric in L.FORMULA_INPUT_STANDINS.get(target, ()):
        return s.fact_metric
    return metric


@lru_cache(maxsize=256)
def _inputs_of(target: str) -> frozenset[str]:
    try:
        tree = FORMULAS[target].tree()
    except FormulaError:
        return frozenset()
    return frozenset(name.name for name in tree.names())


def _calculation(n: int, text: str, target: str, label: str, result: PrintedNumber | None, said: list[_Said],
                 sink: Sink, today: str | None, k: int) -> Calculation:
    formula = FORMULAS[target]
    needed = _inputs_of(target)
    chosen: dict[str, _Said] = {}
    for s in said:
        if _input_of(target, s.metric) in needed:
            chosen[_input_of(target, s.metric)] = s  # the statement nearest the result wins
    operands: list[Operand] = []
    for metric, s in chosen.items():
        fact_metric = _fact_metric(target, metric, s)
        if s.number is None or _template_zero(s):
            continue
        when = None if s.blank_period else s.period or today
        operands.append(build.Operand(name=s.label, metric=metric, period_hint=when, number=s.number, line=n))
        if not any(f.metric == fact_metric and f.value is not None and f.value.text == s.number.text
                   for f in sink.facts_on(n)):
            # a price-dependent input stated for a past period ("enterprise value for the quarter that ended in
            # Mar. 2017") is that period's value, not today's: it is stated as of its period
            context = "statement" if s.period and is_price_dependent(metric) else "calculation"
            sink.add(f"{PREFIX}{target}.{fact_metric}", fact_metric, s.label, s.number, line=n, raw=text, context=context,
                     period=when, frequency=s.frequency or (Frequency.TODAY if s.period is None and today else None),
                     unit=None if fact_metric == metric else unit_of(metric))
    for metric, s in chosen.items():  # the inputs printed without a value the formula can take, recorded as missing
        template = s.number is not None and _template_zero(s)  # '… ended in . 20 was $0.00': the template's zero
        if s.number is not None and not template:
            continue
        fact_metric = _fact_metric(target, metric, s)
        period = None if s.blank_period else s.period
        if not template and any(f.metric == fact_metric and f.value is None and same_period(f, period)
                                for f in sink.facts_on(n)):
            continue  # the line's own reader recorded it already ('… graham number … was ₩N/A' on an 'As of today' line)
        # printed blank ('was RSD.', 'is .'), 'N/A' ('was NZ$N/A') or no number: missing for what it prints
        sink.add(f"{PREFIX}{target}.{fact_metric}", fact_metric, s.label, None, line=n, raw=text, context="calculation",
                 missing=Missing.UNFILLED if template else unread_reason(s.text.rstrip(".")),
                 period=None if template else period, frequency=None if template else s.frequency,
                 unit=None if fact_metric == metric else unit_of(metric))
    missing = sorted(needed - {o.metric for o in operands if o.metric})
    note = None
    if missing:
        unread = [(s.label, s.text.rstrip(".")) for s in chosen.values() if s.number is None]
        unfilled = [s.label for s in chosen.values() if s.number is not None and _template_zero(s)]
        printed = [f"{label} {_UNREAD_WORDS.get(unread_reason(text), 'blank')}" + (f" {text!r}" if text.strip() else "")
                   for label, text in unread]
        printed += [f"{label} printed as the unfilled template's zero, for the period '. 20'" for label in unfilled]
        note = (f"input(s) {', '.join(missing)} not stated with a number in the paragraph"
                + (f" ({'; '.join(printed)})" if printed else ""))
    derivation = formula.expression
    for o in operands:
        derivation = re.sub(rf"\b{re.escape(o.metric or '')}\b", o.number.text, derivation)
    steps = [build.Step(text=formula.expression, lines=[n], symbolic=True), build.Step(text=derivation, lines=[n], operands=operands)]
    return build.Calculation(id=f"{PREFIX}{target}#{k}", name=label, metric=target, kind=CalculationKind.FORMULA, formula=formula.expression,
                       formula_lines=[n], steps=steps, result=result, result_line=n, note=note)
