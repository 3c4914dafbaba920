"""Prose calculations ("Therefore, ... X for today is r"): the registry's formula over the paragraph's own numbers.

The paragraph names the quantity, so inputs and result are the same quantities the formula relates; a FAIL
means the printed inputs cannot produce the printed result within their printed precision. Anything the
page leaves open (a blank input or result, inputs in different currencies, a ratio over a negative base
that GuruFocus prints as 0) is a skip with its reason; a result printed as 0 from inputs that give another value
is GuruFocus's placeholder for a value it does not show, a warning, unless the page states that value elsewhere for
the same period (then the 0 is wrong: a FAIL).

Ratios stated for a period ("Hence, X's Capex-to-Revenue for the three months ended in Nov. 2024 was 0.21") and today's
PB Ratio on book-value pages are read by ``_prose_period_calcs`` and checked the same way, with their formulas from
``_labels.PERIOD_RATIOS``; where the site's computation uses a number the paragraph does not print (Asset Turnover's
average Total Assets, the exchange rates behind a converted book value), a miss is a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import NamedTuple

from .._checks import compare, normalized_interval, number_interval, once_per_run, plain, quoted_number, skipped, warned
from .._errors import EvaluationError, FormulaError, ZeroDivisor
from .._expr import BinOp, Name, Neg, Node, Num
from .._formulas import DEFINED_CONSTANTS, FORMULAS, Formula
from .._interval import Interval
from .._metrics import unit_of
from .._models import Calculation, CheckResult, Document, Operand, Status, Unit
from ._audit_blank_results import blank_result_reason
from ._audit_common import RULE, bare_zero, facts_by_metric, placeholder_zeros
from ._labels import (
    DAYS_IN_PERIOD,
    DAYS_IN_PERIOD_NAME,
    DAYS_IN_SPAN,
    LYNCH_GROWTH_USED,
    MIXED_RATE_RATIOS,
    PERCENT_AS_NUMBER,
    TODAY_OVER_PAST,
    ZERO_AS_PRINTED,
    converting_venue,
)
from ._prose_calcs import PREFIX
from ._prose_period_calcs import PB_FORMULA, PB_ID, PERIOD_PREFIX, ratio_of

_ZERO = Decimal(0)
_RULE = f"{RULE}.calc.prose"
_MONEY = (Unit.CURRENCY_AMOUNT, Unit.PER_SHARE)


class _Plan(NamedTuple):
    """How a paragraph is checked: its formula, why a miss would be no proof (None: a miss is a FAIL), whether its
    result is a percent (None: as its metric's unit says), and the constants the page does not print."""

    formula: Formula
    doubt: str | None
    percent: bool | None = None
    constants: dict[str, tuple[Interval, str]] | None = None
    bounds: dict[str, tuple[Interval, str]] | None = None
    """Constants as wide as the page allows them (every length of a quarter): a result they cannot give either is a
    proof, whatever the doubt about ``constants``."""


def prose_calculations(doc: Document) -> Iterator[CheckResult]:
    """Each 'Therefore' paragraph: the registry's formula over the stated inputs gives the stated result."""
    for calc in doc.calculations:
        if calc.id.startswith(PREFIX):
            yield _checked(calc, doc)[1]


def inputs_allow(calc: Calculation, doc: Document) -> Interval | None:
    """What a paragraph's printed inputs allow its printed result to be (in the result's printed units), when its
    check is a proof and passes ('… was zł5.3 Mil … zł20.4 Mil … zł1,039.2 Mil … debt to equity … was 0.02': 0.024633
    to 0.024828); None for any other calculation (a warning's formula, a skip, a miss)."""
    if not calc.id.startswith(PREFIX):
        return None
    plan, result = _checked(calc, doc)
    if plan is None or plan.doubt is not None or result.status is not Status.PASS or result.recomputed is None:
        return None
    return Interval(Decimal(result.recomputed.lo), Decimal(result.recomputed.hi))


def zero_stand_in(calc: Calculation, doc: Document) -> Interval | None:
    """What a paragraph's printed inputs give where it prints 0 for its result, when that 0 is GuruFocus's for a value
    it does not show (the rule's warning: '… EBIT … was A$11.5 Mil. … Earnings Yield (Joel Greenblatt) … was 0.00%',
    ASX:AHL, from inputs that give 11.50 to 11.61); None for any other calculation."""
    if not calc.id.startswith(PREFIX) or calc.result is None or calc.result.value != 0:
        return None
    plan, result = _checked(calc, doc)
    if plan is None or result.status is not Status.WARN or _STAND_IN not in (result.reason or "") or result.recomputed is None:
        return None
    return Interval(Decimal(result.recomputed.lo), Decimal(result.recomputed.hi))


def _checked(calc: Calculation, doc: Document) -> tuple[_Plan | None, CheckResult]:
    """A paragraph's plan (None where it is skipped before one) and its check, worked out once per recompute run: the
    rule yields the check, and the restated and range rules read it (``inputs_allow``, ``zero_stand_in``); each had
    worked it out again. Readers only read it."""
    memo = once_per_run(_no_checks, doc)
    hit = memo.get(id(calc))
    if hit is None:
        plan = _plan(calc, doc)
        hit = memo[id(calc)] = (None, plan) if isinstance(plan, CheckResult) else (plan, _run(calc, doc, plan))
    return hit


def _no_checks(doc: Document) -> dict[int, tuple[_Plan | None, CheckResult]]:
    """A run's memo of its paragraphs' checks, by the calculation's id() (the document, which holds them, outlives it)."""
    return {}


_STAND_IN = "is GuruFocus's 0 for a value it does not show"
"""What the rule says of a result printed 0 that its inputs cannot give (``zero_stand_in`` reads it back)."""


def _run(calc: Calculation, doc: Document, plan: _Plan) -> CheckResult:
    result = _check(calc, doc, plan.formula, plan.doubt, percent=plan.percent, constants=plan.constants)
    if plan.bounds is not None and result.status is Status.WARN:  # the doubt's warning: is the miss beyond all doubt?
        proof = _check(calc, doc, plan.formula, percent=plan.percent, constants=plan.bounds)
        if proof.status is Status.FAIL:
            return proof
    return result


def _plan(calc: Calculation, doc: Document) -> _Plan | CheckResult:
    """The plan of a paragraph's check, or the skip of one that cannot be checked."""
    if calc.id.startswith(PERIOD_PREFIX):
        return _period_plan(calc, doc)
    return _Plan(FORMULAS[calc.metric or ""], _converted_doubt(calc, doc) or _lynch_doubt(calc))


def _lynch_doubt(calc: Calculation) -> str | None:
    """Why a Peter Lynch Fair Value its printed growth rate cannot give is no proof: a rate outside the range GuruFocus
    has always used as printed (``_labels.LYNCH_GROWTH_USED``: below 5 it does not calculate, above 20 or 25 it caps)."""
    if calc.metric != "peter_lynch_fair_value":
        return None
    low, high = LYNCH_GROWTH_USED
    for o in _operands(calc):
        if o.metric == "ebitda_growth_5y" and not low <= o.number.value <= high:
            return (f"GuruFocus uses a growth rate of {low} to {high} as printed and caps a higher one (at 20, later "
                    f"25): the printed {o.number.text} may not be the rate it multiplied by")
    return None


def _converted_doubt(calc: Calculation, doc: Document) -> str | None:
    """Why a result its printed inputs cannot give is no proof, for a ratio of two amounts of different days on a venue
    that prints amounts converted (the two mix the exchange rates of those days); None elsewhere."""
    venue = doc.security.exchange if doc.security else None
    if calc.metric not in MIXED_RATE_RATIOS or not converting_venue(venue, doc.security.ticker):
        return None
    # said as a possibility: most of a venue's companies report in its own currency, and the page does not say which
    # one does not (round-41 tester wg F4: 'prints amounts converted' of Avemio AG, a German company on XTER)
    if calc.metric in TODAY_OVER_PAST:
        return (f"on {venue} GuruFocus may print the per-share amount converted at its period's exchange rate and the "
                "price at today's (for a company that reports in another currency, which the page does not say); the "
                "ratio of the two printed amounts may then not be the ratio it computes")
    return (f"on {venue} GuruFocus may print amounts converted from the company's own currency, each at its own day's "
            "exchange rate (a quarter's value, twelve months' flow, today's price), for a company that reports in "
            "another currency, which the page does not say; the ratio of the two printed amounts may then not be the "
            "ratio it computes")


def _period_plan(calc: Calculation, doc: Document) -> _Plan | CheckResult:
    """A ratio stated for a period, or today's PB Ratio on a book-value page: its formula over the stated inputs.

    Asset Turnover's block divides by average Total Assets, which the prose does not print; today's price over a past
    quarter's book value on a venue that prints converted amounts mixes two exchange rates: a result their printed
    inputs cannot give is then a warning, not a proof."""
    if calc.id == PB_ID:
        venue = doc.security.exchange if doc.security else None
        doubt = (f"on {venue} GuruFocus may print the book value converted at its quarter's exchange rate and the price "
                 "at today's (for a company that reports in another currency, which the page does not say); the ratio of "
                 "the two printed amounts may then not be the ratio it computes") if converting_venue(
                     venue, doc.security.ticker) else None  # a possibility, as _converted_doubt says it (round-47 tc 010)
        return _Plan(PB_FORMULA, doubt)
    ratio = ratio_of(calc)
    assert ratio is not None
    if DAYS_IN_PERIOD_NAME in ratio.formula.expression:
        return _days_plan(calc, ratio.formula)
    outside = _outside_case(calc, ratio.cases)
    if outside is not None:
        return skipped(_RULE, f"{calc.name} (line {calc.result_line})", outside,
                       quoted=quoted_number(calc.result, calc.result_line) if calc.result else None,
                       inputs=[quoted_number(o.number, o.line, name=o.name) for o in _operands(calc)])
    doubt = None if ratio.proof else (f"{ratio.formula.definition}: the divisor the site uses is not the one the paragraph "
                                      "prints")
    return _Plan(ratio.formula, doubt or _converted_doubt(calc, doc), percent=ratio.percent)


_SIGNS: dict[str, Callable[[Decimal], bool]] = {"negative": Decimal.is_signed, "not negative": lambda v: not v.is_signed()}
"""The signs ``_labels.PERIOD_RATIO_CASES`` names, as printed: '-0.00' is printed negative (its size may be 0)."""


def _outside_case(calc: Calculation, cases: tuple[tuple[str, str, str], ...]) -> str | None:
    """Why a paragraph is not the case its ratio's formula holds in (an input printed with another sign), or None; an
    input the paragraph does not print is left to the check's own skip."""
    printed = {o.metric: o.number for o in _operands(calc)}
    for name, sign, why in cases:
        number = printed.get(name)
        if number is not None and number.value is not None and not _SIGNS[sign](number.value):
            return (f"the paragraph prints {name.replace('_', ' ')} {number.text}, and the formula holds only where it is "
                    f"{sign}: {why}")
    return None


def _days_plan(calc: Calculation, formula: Formula) -> _Plan | CheckResult:
    """A number of days (Days Inventory, Days Sales Outstanding, Days Payable): its ratio times the days of the inputs'
    span (GuruFocus's 365 a year, 182.5 a half-year, 91.25 a quarter), which the page does not print beside them. An
    agreement says which days it took; a result they cannot give is a warning, and a FAIL where no length of the span
    gives it either (89 to 92 days a quarter: round-43 tester vd F5, a receivable mistyped by RM10 Mil warned)."""
    frequency = calc.period.frequency if calc.period else None
    days = DAYS_IN_PERIOD.get(frequency) if frequency else None
    if frequency is None or days is None:
        return skipped(_RULE, f"{calc.name} (line {calc.result_line})", "the inputs do not say which span they cover, so "
                       "the days in the period are not known", inputs=[quoted_number(o.number, o.line, name=o.name)
                                                                       for o in _operands(calc)])
    span = frequency.value.replace("_", "-")
    shown = f"{days} (the days of a {span} period, inferred from the inputs' span)"
    doubt = f"the days in the period ({days}) are inferred from the inputs' span: the page does not print them"
    fewest, most = DAYS_IN_SPAN[frequency]
    bounds = {DAYS_IN_PERIOD_NAME: (Interval(fewest, most), f"{fewest} to {most} (the days any {span} period has: no "
                                                             "length of the inputs' span gives the printed result)")}
    return _Plan(formula, doubt, constants={DAYS_IN_PERIOD_NAME: (Interval.exact(days), shown)}, bounds=bounds)


def _operands(calc: Calculation) -> list[Operand]:
    return next((s.operands for s in calc.steps if not s.symbolic), [])


def _negative_divisor(tree: Node, env: dict[str, Interval]) -> Node | None:
    """The divisor of the division that gives the result (under a sign or a constant factor: '-(a / b)', 'a / b * 100')
    where it is negative over the printed intervals (a P/E's loss per share), where GuruFocus's 0 is its 'not
    meaningful'; else None: not for a negative numerator (an earnings yield's negative EBIT over a positive enterprise value,
    which the site prints negative: round-40 tester gub F1), nor a negative divisor inside the numerator or base."""
    while True:
        if isinstance(tree, Neg):
            tree = tree.operand
        elif isinstance(tree, BinOp) and tree.op == "*" and isinstance(tree.right, Num):
            tree = tree.left
        elif isinstance(tree, BinOp) and tree.op == "*" and isinstance(tree.left, Num):
            tree = tree.right
        else:
            break
    return tree.right if isinstance(tree, BinOp) and tree.op == "/" and tree.right.evaluate(env).hi < 0 else None


def _shown_elsewhere(doc: Document, calc: Calculation, recomputed: Interval) -> bool:
    """Whether the page states the calculation's quantity, for its period, as a non-zero value its inputs give: then
    a printed 0 is a wrong result, not GuruFocus's 0 for a value it does not show. Only a dated copy counts, of the
    paragraph's period where it states one (its own, or the one its inputs share): an undated 'Current: 100' or 'vs
    TSX:X: 100.00' (TSX:TDS.PR.C.PFD 2015, whose 0.00% Gross Margin the page calls 'N/A%') is no statement of it."""
    hints = {o.period_hint for o in _operands(calc)}
    end = calc.period.end if calc.period else next(iter(hints)) if len(hints) == 1 else None
    assert calc.result is not None
    wanted = recomputed.scale(calc.result.scale_factor)  # as printed, in the printed unit ('40.00' for 40.00%), unscaled
    return any(f.value is not None and f.value.value != 0 and f.period is not None and (end is None or f.period.end == end)
               and number_interval(f.value).scale(f.value.scale_factor).intersects(wanted)
               for f in facts_by_metric(doc).get(calc.metric or "", ()))


def _check(calc: Calculation, doc: Document, formula: Formula, doubt: str | None = None, *, percent: bool | None = None,
           constants: dict[str, tuple[Interval, str]] | None = None) -> CheckResult:
    """The formula over the stated inputs (and ``constants``: a name's exact value and how the derivation shows it)
    against the stated result."""
    subject = f"{calc.name} (line {calc.result_line})"
    assert calc.metric is not None
    operands = _operands(calc)
    inputs = [quoted_number(o.number, o.line, name=o.name) for o in operands]
    if calc.result is None:
        return skipped(_RULE, subject, blank_result_reason(calc, doc), inputs=inputs)
    quoted = quoted_number(calc.result, calc.result_line)
    if calc.note:
        return skipped(_RULE, subject, calc.note, quoted=quoted, inputs=inputs)
    if (zero := bare_zero(calc)) is not None:  # 0 times anything is 0: a PASS would say nothing (round-32 ghe F5)
        return skipped(_RULE, subject, f"{zero.name} prints a bare 0 (line {zero.line}), GuruFocus's 0 for a value it "
                       "does not have, so the result 0 says nothing of the other inputs (gf.zero_placeholder)",
                       quoted=quoted, inputs=inputs)
    stand_in = calc.result.value == 0 and any(f.line == calc.result_line and f.metric == calc.metric
                                              for f in placeholder_zeros(doc))
    currencies = _currencies(calc, operands)
    if _unscaled_count(calc, operands):
        return skipped(_RULE, subject, "a count among the inputs is printed without its scale ('Mil') beside a scaled "
                       "result, so its magnitude is not printed", quoted=quoted, inputs=inputs)
    if len(currencies) > 1:
        return skipped(_RULE, subject, f"the inputs are in different currencies ({', '.join(sorted(currencies))}); "
                       "GuruFocus converts at a rate the page does not print", quoted=quoted, inputs=inputs)
    env = _env(calc, operands, constants)
    in_percent = _in_percent(calc, percent)
    try:
        recomputed = formula.tree().evaluate(env)
    except (EvaluationError, FormulaError) as exc:
        zeros = [o for o in operands if o.metric and (iv := env.get(o.metric)) is not None and iv.contains(_ZERO)]
        if isinstance(exc, ZeroDivisor) and zeros:  # named as printed, not as
            shown = ", ".join(f"{o.name or o.metric} {o.number.text} (line {o.line})" for o in zeros)  # base units
            reason = _out_of_reach(calc, formula, env, zeros, shown, in_percent, doubt)
            if reason is not None:
                return warned(_RULE, subject, f"{subject}: {reason}", quoted=quoted, inputs=inputs, reason=reason)
            return skipped(_RULE, subject, f"the formula divides by a value that may be 0 within its printed "
                           f"precision (inputs that may be 0: {shown})", quoted=quoted, inputs=inputs)  # ('[-500000.0, 500000.0]', ghl F5)
        return skipped(_RULE, subject, f"the formula is undefined over the printed intervals: {exc}", quoted=quoted, inputs=inputs)
    recomputed = _in_printed_units(calc, recomputed, in_percent)
    if calc.result.value == 0 and recomputed.hi < 0 and (base := _negative_divisor(formula.tree(), env)) is not None:
        named = next((f"{o.name or o.metric} {o.number.text} (line {o.line})" for o in operands
                      if isinstance(base, Name) and o.metric == base.name), "the divisor")
        return skipped(_RULE, subject, f"the base, {named}, is negative (the formula gives {recomputed.fmt()}), and "
                       "GuruFocus prints 0 for a ratio that is not meaningful", quoted=quoted, inputs=inputs)
    if stand_in and number_interval(calc.result).intersects(recomputed):  # not a PASS beside that warning (round-34
        return skipped(_RULE, subject, f"the result {calc.result.text} is GuruFocus's 0 for a value it does not have "  # ghq F8)
                       "(gf.zero_placeholder says why), so it is not checked as a value", quoted=quoted, inputs=inputs)
    if calc.result.value == 0 and not calc.result.exact and not number_interval(calc.result).intersects(recomputed) \
            and (stand_in or not _shown_elsewhere(doc, calc, recomputed)):  # a stand-in's inputs say what it stands for
        reason = (f"the printed result {calc.result.text} {_STAND_IN}: the inputs give {recomputed.fmt()}, which no rounding "
                  "makes 0")
        return warned(_RULE, subject, f"{subject}: {reason}", quoted=quoted, inputs=inputs, recomputed=recomputed, reason=reason)
    derivation = next((s.text for s in calc.steps if not s.symbolic), formula.expression)
    for name, (_, shown) in (constants or {}).items():
        derivation = derivation.replace(name, shown)
    taken = [f"{o.number.text} as {plain(o.number.value)}" for o in operands if o.metric in PERCENT_AS_NUMBER.get(calc.metric, ()) and o.number.percent]
    if taken:  # the page's step prints '13.28%' where the formula multiplies by the number of percent
        derivation += f" (taking {', '.join(taken)})"
    if doubt is not None and not number_interval(calc.result).intersects(recomputed):
        reason = f"the inputs give {recomputed.fmt()} = {derivation}, not the printed {calc.result.text}; {doubt}"
        return warned(_RULE, subject, f"{subject}: {reason}", quoted=quoted, inputs=inputs, recomputed=recomputed, reason=reason)
    return compare(_RULE, subject, calc.result, calc.result_line, recomputed, inputs, derivation=derivation,
                   source=formula.source)


def _currencies(calc: Calculation, operands: list[Operand]) -> set[str]:
    """The currencies of the paragraph's amounts, inputs and (for an amount) result: more than one, and GuruFocus has
    converted at a rate the page does not print."""
    assert calc.result is not None
    currencies = {o.number.currency for o in operands if unit_of(o.metric or "") in _MONEY and o.number.currency}
    if unit_of(calc.metric or "") in _MONEY and calc.result.currency:  # an amount's result is in a currency too
        currencies.add(calc.result.currency)
    return currencies


def _unscaled_count(calc: Calculation, operands: list[Operand]) -> bool:
    """Whether a count among the inputs is printed without its scale beside a scaled result (its magnitude unprinted)."""
    assert calc.result is not None
    return calc.result.scale_factor != 1 and any(unit_of(o.metric or "") is Unit.COUNT and o.number.scale_factor == 1
                                                 for o in operands)


def _env(calc: Calculation, operands: list[Operand], constants: dict[str, tuple[Interval, str]] | None) -> dict[str, Interval]:
    """The formula's names: each printed input as an interval in base units, and the constants the page does not print."""
    whole = PERCENT_AS_NUMBER.get(calc.metric or "", ())
    env = {o.metric: _defined(o) or _base_interval(o, o.metric in whole) for o in operands if o.metric}
    env.update({name: iv for name, (iv, _) in (constants or {}).items()})
    return env


def _in_percent(calc: Calculation, percent: bool | None) -> bool:
    """Whether the result is in percent: printed with '%', or as the plan (else its metric's unit) says."""
    assert calc.result is not None
    return calc.result.percent or ((unit_of(calc.metric or "") is Unit.PERCENT) if percent is None else percent)


def _in_printed_units(calc: Calculation, recomputed: Interval, in_percent: bool) -> Interval:
    """The formula's value in the result's printed units: percent ('%', whatever its ratio says), then its scale."""
    assert calc.result is not None
    if in_percent:
        recomputed = recomputed.scale(Decimal(100))
    if calc.result.scale_factor != 1:
        recomputed = recomputed.scale(1 / calc.result.scale_factor)
    return recomputed


def gives_zero(calc: Calculation, doc: Document, *, zero_inputs: bool = False) -> bool:
    """Whether a paragraph's result printed 0 is what its printed inputs give, none of them blank and its formula
    defined over them (so no divisor is 0): then the 0 is a true value that rounds to 0, never GuruFocus's stand-in,
    whatever a row's '-' says ('Goodwill … was $1,063 Mil. … Total Assets … was $336,252 Mil. Therefore, … Goodwill to
    Asset Ratio … was 0.00', 0.0032, round-50 tester y1 F1, NTIOF). An input printed 0 may be a stand-in itself
    (XKRX:035250's ₩0.00 cash between quarters of 4,907.50 and 6,652.10, round 45), so by default its result proves
    nothing; ``zero_inputs`` takes one as printed (a bare '0' never: GuruFocus's 0 for a value it does not have).
    Worked out without the placeholder reading, which asks it (``_audit_common``)."""
    if calc.result is None or calc.result.value != 0 or calc.note:
        return False
    if not (calc.id.startswith(PREFIX) or calc.id.startswith(PERIOD_PREFIX)):
        return False
    operands = _operands(calc)
    zeros = [o for o in operands if o.number.value == 0]
    if not operands or (zeros and (not zero_inputs or bare_zero(calc) is not None
                                   or any(o.metric not in ZERO_AS_PRINTED for o in zeros))):
        return False
    plan = _plan(calc, doc)
    if isinstance(plan, CheckResult) or _unscaled_count(calc, operands) or len(_currencies(calc, operands)) > 1:
        return False  # what the check skips proves nothing here either
    env = _env(calc, operands, plan.constants)
    tree = plan.formula.tree()
    try:
        recomputed = tree.evaluate(env)
    except (EvaluationError, FormulaError):
        return False
    if _negative_divisor(tree, env) is not None:  # over a negative base GuruFocus's 0 is its 'not meaningful'
        return False
    recomputed = _in_printed_units(calc, recomputed, _in_percent(calc, plan.percent))
    printed = number_interval(calc.result)
    if zeros:  # an input of 0 makes any result near 0 possible: the inputs must give 0.00 whatever their rounding,
        return printed.contains(recomputed.lo) and printed.contains(recomputed.hi)  # not only may ('-$0.00 Mil / $0.07 Mil'
    return printed.intersects(recomputed)  # allows 0.07: round-50 reviewer R4)


def _out_of_reach(calc: Calculation, formula: Formula, env: dict[str, Interval], zeros: list[Operand], shown: str,
                  in_percent: bool, doubt: str | None) -> str | None:
    """Why the printed result cannot come from inputs one of which is printed 0 (``_least_over_zero``), in the
    result's units; None where it may, or where the result is itself printed 0 (a stand-in over a stand-in: Price to
    Median PS Value 0.00 over a Median PS Value of $0.00)."""
    assert calc.result is not None
    least = _least_over_zero(formula.tree(), env, zeros) if calc.result.value != 0 else None
    if least is None:
        return None
    least = (least * 100 if in_percent else least) / calc.result.scale_factor  # as the recomputed interval is put
    printed = number_interval(calc.result)
    if not -least < printed.lo or not printed.hi < least:
        return None
    return (f"the printed result {calc.result.text} cannot come from these inputs unless {shown} is exactly 0, where "
            f"the formula has no value: any other value it may be as printed gives a result of at least "
            f"{plain(least.normalize())}{'%' if in_percent else ''} in size; an input printed 0 is most likely GuruFocus's "
            "0 for a value it does not show, so this is no proof" + (f"; {doubt}" if doubt is not None else ""))


def _least_over_zero(tree: Node, env: dict[str, Interval], zeros: list[Operand]) -> Decimal | None:
    """The least size of ``x / z`` over the printed intervals, for a formula that is one quantity over one input ``z``
    printed 0 (its interval holds 0, not only 0) and a quantity that cannot be 0: no value of ``z`` but 0 itself gives
    a smaller result, and ``z`` = 0 gives none ('Enterprise Value … was $0 Mil', EBIT $98 Mil: every earnings yield it
    allows is at least 19,500% in size, round-49 tester v2 M1). None for any other formula."""
    if len(zeros) != 1 or not (isinstance(tree, BinOp) and tree.op == "/" and isinstance(tree.right, Name)) \
            or tree.right.name != zeros[0].metric:
        return None
    try:
        over = tree.left.evaluate(env)
    except (EvaluationError, FormulaError):
        return None
    under = env[tree.right.name]
    widest = max(abs(under.lo), abs(under.hi))
    if over.contains(_ZERO) or widest == 0:
        return None
    return min(abs(over.lo), abs(over.hi)) / widest


def _defined(o: Operand) -> Interval | None:
    """A constant of the formula's definition printed as itself (Peter Lynch's PEG 'is 1'): exact, not 0.5 to 1.5."""
    constant = DEFINED_CONSTANTS.get(o.metric or "")
    return Interval.exact(constant) if constant is not None and o.number.value == constant and o.number.scale_factor == 1 \
        and not o.number.percent else None


def _base_interval(o: Operand, whole_percent: bool = False) -> Interval:
    """An input in base units: its scale applied; a percent input ('199.15%', or a percent metric) as a fraction, or
    as its number of percent where the formula takes it so (``whole_percent``: Peter Lynch's growth rate 13.28)."""
    iv = normalized_interval(o.number)
    if whole_percent:
        return iv.scale(Decimal(100)) if o.number.percent else iv
    if unit_of(o.metric or "") is Unit.PERCENT and not o.number.percent:
        iv = iv.scale(Decimal("0.01"))
    return iv
