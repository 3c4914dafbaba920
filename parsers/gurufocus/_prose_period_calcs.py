"""Ratios GuruFocus states for a period with their inputs, and today's PB Ratio on book-value pages.

"X's Capital Expenditure for the three months ended in Dec. 2023 was $-24.35 Mil. Its Operating Income for the three
months ended in Dec. 2023 was $33.61 Mil." then "Hence, X's Capex-to-Operating-Income for the three months ended in
Dec. 2023 was 0.73." is Capex-to-Operating-Income = - Capital Expenditure / Operating Income over the page's own
numbers of one period. The ratios and their formulas are data (``_labels.PERIOD_RATIOS``); this module reads the
sentences (the inputs on the result's line or the filled lines just above it, of the result's period) and builds the
calculation. It adds no facts: the period statements' reader states the same sentences as facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .. import _build as build
from .._formulas import Formula
from .._metrics import is_balance
from .._models import Calculation, CalculationKind, Frequency, Operand, Period, PrintedNumber
from .._numbers import replaced
from . import _labels as L
from ._lines import Page
from ._periods import frequency_from_text, period_from_text
from ._prose import glued_tails
from ._sink import Sink

PERIOD_PREFIX = "prose.period."
"""Id prefix of the calculations this reader builds (under the prose calculations' own prefix)."""
PB_ID = "prose.period.pb_ratio"
ABOVE = 3
"""How many filled lines above a result are read for its inputs: a Cash Conversion Cycle states each of its three day
counts on a line of its own; the others state theirs on the result's line or the one above it."""
SOURCE = "GuruFocus term pages ({}): definition and calculation sections"


@dataclass(frozen=True)
class PeriodRatio:
    """One row of ``_labels.PERIOD_RATIOS``."""

    formula: Formula
    inputs: dict[str, str]
    """input label (lower case) -> the input's name in the formula"""
    percent: bool
    proof: bool
    cases: tuple[tuple[str, str, str], ...] = ()
    """The signs its inputs must be printed with for the formula to be GuruFocus's (``_labels.PERIOD_RATIO_CASES``)."""


@lru_cache(maxsize=1)
def ratios() -> dict[str, PeriodRatio]:
    """The ratios by every label their sentence prints (lower case)."""
    out: dict[str, PeriodRatio] = {}
    for metric, labels, expression, inputs, percent, proof, definition in L.PERIOD_RATIOS:
        ratio = PeriodRatio(formula=Formula(metric, metric, expression, definition, SOURCE.format(definition.split(" = ")[0])),
                            inputs={label: name for name, names in inputs for label in names}, percent=percent, proof=proof,
                            cases=L.PERIOD_RATIO_CASES.get(metric, ()))
        out.update(dict.fromkeys(labels, ratio))
    return out


def ratio_of(calc: Calculation) -> PeriodRatio | None:
    """The ratio a calculation of this reader computes (None for today's PB Ratio)."""
    return by_formula().get(calc.metric or "") if calc.id != PB_ID else None


PB_FORMULA = Formula("pb_ratio", "pb_ratio", "share_price / book_value_per_share",
                     "PB Ratio = today's price / Book Value per Share", SOURCE.format("Book Value per Share"))


def read_period_calculations(page: Page, sink: Sink, k: int, today: str | None) -> list[Calculation]:
    """Every ratio stated for a period after its inputs, and every 'Hence, today's PB Ratio of X is r' (a fact of
    ``today``, the page's date, too)."""
    calcs: list[Calculation] = []
    table = ratios()
    labels = result_labels()
    previous: list[tuple[int, str]] = []  # the filled lines just above that state values for a period, nearest last
    for _, n, text in page.filled():
        if len(text) > L.CALC_MAX_LINE:
            previous = []
            continue
        if L.TODAY_PB_WORDS in text:
            calcs.extend(_pb(n, text, sink, k + len(calcs), today))
        if L.PERIOD_STATEMENT_WORDS not in text:
            previous = []
            continue
        low = text.lower()
        if not L.holds_any(low, labels):  # the literal pre-test: most lines state no such ratio
            previous = [*previous[-(ABOVE - 1):], (n, text)]
            continue
        matches = list(L.period_statements(text))
        keys = [input_label(m) for m in matches]
        above: list[_Stated] | None = None
        for i, m in enumerate(matches):
            ratio = table.get(keys[i])
            if ratio is None:
                continue
            if above is None:  # each statement's label, period and span read once, not once per result below it
                above = [_stated(line, x) for line, above_text in previous for x in L.period_statements(above_text)]
                here = [_stated(n, x, key) for x, key in zip(matches, keys, strict=True)]
            period = period_from_text(m.group("period"))
            span = m.group("span")
            chosen: dict[str, tuple[int, re.Match[str]]] = {}
            for line, x, key, x_period, x_span in above + here[:i]:
                name = ratio.inputs.get(key) or _glued_input(ratio, x)
                if name and x_period == period and _same_span(span, x_span):
                    chosen[name] = (line, x)  # the statement nearest the result wins
            whole = L.DAYS_IN_PERIOD_NAME in ratio.formula.expression or ratio.formula.id in L.PERIOD_RATIOS_WHOLE
            if chosen and _one_window(chosen) and (not whole or len(chosen) == len(set(ratio.inputs.values()))):
                # a day count's inputs are all stated, or it is a page's other sentence ('Total Inventories … was
                # €116.2 Mil.' above a Change in Inventory page's Days Inventory), not its calculation
                calcs.append(_calculation(n, m, ratio, chosen, sink, k + len(calcs)))
        previous = [*previous[-(ABOVE - 1):], (n, text)]
    return calcs


def read_headline_ratio(page: Page, sink: Sink, k: int, headline: Headline, built: list[Calculation]) -> Calculation | None:
    """A ratio of balances whose paragraph defines it and states its inputs of the headline's date, but prints no result
    sentence: the headline is its result. 'Equity to Asset ratio is calculated as total stockholders equity divided by
    total asset. X's Total Stockholders Equity for the quarter that ended in Sep. 2024 was C$0.48 Mil. X's Total Assets
    for the quarter that ended in Sep. 2024 was C$0.84 Mil.' under 'X Equity-to-Asset : 0.57 (As of Sep. 2024)'
    (TSXV:STMP). Balances have no window, so the headline's date is the only period the two can share; None where
    the page is not such a page, or a result sentence already gave the calculation."""
    ratio = by_formula().get(headline.metric or "")
    if (ratio is None or not ratio.proof or headline.value is None or headline.line is None or headline.as_of is None
            or any(c.metric == ratio.formula.id for c in built)
            or not all(is_balance(name) for name in ratio.inputs.values())):
        return None
    needed = set(ratio.inputs.values())
    for _, n, text in page.filled():
        if L.DEFINITION_WORDS not in text or L.PERIOD_STATEMENT_WORDS not in text or len(text) > L.CALC_MAX_LINE:
            continue
        chosen: dict[str, tuple[int, re.Match[str]]] = {}
        for x in L.period_statements(text):
            name = ratio.inputs.get(input_label(x)) or _glued_input(ratio, x)
            if name and name not in chosen and period_from_text(x.group("period")) == headline.as_of:
                chosen[name] = (n, x)
        if set(chosen) == needed:
            operands = _operands(chosen, sink)
            return _built(f"{PERIOD_PREFIX}{ratio.formula.id}#{k}", headline.name, ratio.formula, operands,
                          headline.value, headline.line, _note(ratio, chosen, operands))
    return None


@dataclass(frozen=True)
class Headline:
    """What a term page's headline states: the term's metric and name, its value, line and date."""

    metric: str | None
    name: str
    value: PrintedNumber | None
    line: int | None
    as_of: str | None


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def by_formula() -> dict[str, PeriodRatio]:
    """The ratios by their metric id (built once: ``ratio_of`` asks for every calculation)."""
    return {r.formula.id: r for r in ratios().values()}


def _one_window(chosen: dict[str, tuple[int, re.Match[str]]]) -> bool:
    """Whether the chosen inputs cover one window: the flows' spans are one. A balance's span is no window ('Revenue for
    the six months ended in Jun. 2023 … Total Assets for the quarter that ended in Jun. 2023', HKSE:01623): it is the
    balance at the month's end; inputs that are all balances are of one date, their period's end."""
    return len({frequency_from_text(x.group("span")) for name, (_, x) in chosen.items() if not is_balance(name)}) <= 1


_Stated = tuple[int, re.Match[str], str, str | None, str]
"""A statement above a result: its line, its match, its label as inputs list it, its period and its span."""


def _stated(line: int, x: re.Match[str], key: str | None = None) -> _Stated:
    return line, x, input_label(x) if key is None else key, period_from_text(x.group("period")), x.group("span")


def input_label(x: re.Match[str]) -> str:
    """A statement's label as a ratio's inputs list it, with its qualifier ('average accounts payable'): a qualified
    quantity is an input only where the ratio lists it so (an annualized net income is not the quarter's)."""
    return f"{x.group('qual') or ''}{x.group('label')}".strip().lower()


def _glued_input(ratio: PeriodRatio, x: re.Match[str]) -> str | None:
    """The input a statement's label names at its end where the site glued it onto another label ('Long-Term Debt &
    Capital Lease ObligationTotal Assets': Total Assets), else None."""
    if x.group("qual"):
        return None
    return next((name for tail in _tails(x.group("label")) if (name := ratio.inputs.get(tail))), None)


@lru_cache(maxsize=1024)
def _tails(label: str) -> tuple[str, ...]:
    """``glued_tails`` of a label, stripped and lower case, once per label: every earlier statement of a page is asked
    for each result below it (the round's second read: a hostile page of 1,000 such lines took 76 s)."""
    return tuple(tail.strip().lower() for tail in glued_tails(label))


def _same_span(result: str, given: str) -> bool:
    """True when an input stated for ``given`` (three months, six months, fiscal year, TTM) can be an input of a result
    stated for ``result``: the same span ('quarter' and 'three months' are one), or, for a result 'for the quarter' (the
    site's wording for the latest period's value), three or six months (a half-year reporter's), never a year. A span
    the page does not say ('for the months ended in', ``_labels.UNKNOWN_SPAN``) is the same as no other."""
    if L.UNKNOWN_SPAN in (result, given):
        return False
    given_frequency = frequency_from_text(given)
    if result.lower() == "quarter":
        return given_frequency in _QUARTER_RESULT_SPANS
    return frequency_from_text(result) == given_frequency


_QUARTER_RESULT_SPANS = frozenset({Frequency.QUARTERLY, Frequency.SEMI_ANNUAL})


@lru_cache(maxsize=1)
def result_labels() -> tuple[str, ...]:
    """Every label a ratio's result sentence prints, lower case."""
    return tuple(ratios())


def _calculation(n: int, m: re.Match[str], ratio: PeriodRatio, chosen: dict[str, tuple[int, re.Match[str]]],
                 sink: Sink, k: int) -> Calculation:
    operands = _operands(chosen, sink)
    period = None
    if L.DAYS_IN_PERIOD_NAME in ratio.formula.expression:  # the days its audit takes are those of the inputs' span
        x = next(iter(chosen.values()))[1]
        end = period_from_text(x.group("period"))
        period = build.Period(end=end, frequency=frequency_from_text(x.group("span"))) if end else None
    return _built(f"{PERIOD_PREFIX}{ratio.formula.id}#{k}", m.group("label"), ratio.formula, operands, number_of(m, sink), n,
                  _note(ratio, chosen, operands), period=period)


def _operands(chosen: dict[str, tuple[int, re.Match[str]]], sink: Sink) -> list[Operand]:
    """The chosen statements that print a number the reader takes, as operands."""
    operands: list[Operand] = []
    for name, (line, x) in chosen.items():
        number = number_of(x, sink)
        if number is not None:
            operands.append(build.Operand(name=x.group("label"), metric=name, period_hint=period_from_text(x.group("period")),
                                          number=number, line=line))
    return operands


def _note(ratio: PeriodRatio, chosen: dict[str, tuple[int, re.Match[str]]], operands: list[Operand]) -> str | None:
    """Why the calculation cannot be checked: an input printed in a form the reader does not know, or not printed."""
    read = {o.metric for o in operands}
    blank: list[str] = []
    unread: list[str] = []  # printed with digits in a form the reader does not know ('S/.-8.1 Mil'): not blank
    for name, (_, x) in chosen.items():
        if name in read:
            continue
        printed = f"{x.group('v') or ''}{x.group('scale') or ''}".strip()
        if any(c.isdigit() for c in printed):
            unread.append(f"{x.group('label')} '{printed}'")
        else:
            blank.append(x.group("label"))
    missing = sorted(set(ratio.inputs.values()) - {m for m in read if m})
    if unread:
        return f"input(s) printed in a form the reader does not know (a currency or number it cannot read): {', '.join(unread)}"
    if missing:
        return (f"input(s) {', '.join(missing)} not stated with a number in the paragraph"
                + (f" (blank: {', '.join(blank)})" if blank else ""))
    return None


def _pb(n: int, text: str, sink: Sink, k: int, today: str | None) -> list[Calculation]:
    m = L.TODAY_PB.search(text)
    if m is None:
        return []
    price = number_of(m, sink, "pv", "pscale")
    book = number_of(m, sink, "bv", "bscale")
    operands = [build.Operand(name=name, metric=metric, period_hint=hint, number=number, line=n)
                for name, metric, hint, number in (("current price", "share_price", None, price),
                                                   ("book value per share", "book_value_per_share",
                                                    period_from_text(m.group("period")), book))
                if number is not None]
    note = None if len(operands) == 2 else "input(s) not stated with a number in the paragraph"
    result = number_of(m, sink)
    if result is not None:  # today's PB Ratio is a fact of the page, as the PB page's 'PB Ratio for today is' one
        sink.add("today.pb_ratio", "pb_ratio", "today's PB Ratio", result, line=n, raw=text, context="today",
                 period=today, frequency=Frequency.TODAY)
    return [_built(PB_ID, "PB Ratio", PB_FORMULA, operands, result, n, note)]


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement for ``re.sub`` that puts ``text`` in as it is (a backslash in it is no group reference)."""
    return lambda _m: text


def _built(cid: str, name: str, formula: Formula, operands: list[Operand], result: PrintedNumber | None, n: int,
           note: str | None, *, period: Period | None = None) -> Calculation:
    derivation = formula.expression
    for o in operands:  # a negative input in brackets: '-($-24.35 Mil)', never '-$-24.35 Mil'
        shown = f"({o.number.text})" if o.number.value is not None and o.number.value < 0 else o.number.text
        derivation = re.sub(rf"\b{re.escape(o.metric or '')}\b", _literal(shown), derivation)
    lines = sorted({n, *(o.line for o in operands if o.line is not None)})
    steps = [build.Step(text=formula.expression, lines=lines, symbolic=True), build.Step(text=derivation, lines=lines, operands=operands)]
    return build.Calculation(id=cid, name=name, metric=formula.id, kind=CalculationKind.FORMULA, formula=formula.expression,
                             formula_lines=lines, steps=steps, result=result, result_line=n, note=note, period=period)


def number_of(m: re.Match[str], sink: Sink, v: str = "v", scale_group: str = "scale") -> PrintedNumber | None:
    """The printed value of a match; a dot the match ends in ('… was $85,951 Mil.', '… was 1.72.') is the sentence's
    full stop, no part of the value's text (a number never ends in a dot)."""
    printed = ((m.group(v) or "") + (m.group(scale_group) or "")).strip()
    number, _ = sink.number(printed)
    if number is None:
        return None
    text = printed[:-1] if printed.endswith(".") else printed
    return number if number.text == text else replaced(number, text=text)


def note_unknown_currency(n: int, printed: str, label: str, sink: Sink) -> None:
    """A stated amount the reader cannot take because its currency text is not a known one ('Kz-8.1 Mil'): a note,
    so the amount does not vanish unsaid."""
    m = L.UNKNOWN_CURRENCY_AMOUNT.match(printed) if printed[:1] and not printed[:1].isdigit() else None
    if m is None:
        return
    sink.note("currency_unrecognised", f"{label.strip()} on line {n} is printed {printed!r}, whose currency text "
              f"{m.group('cur')!r} is not a currency the reader knows: the amount is not read", n)
