"""Sums the pages state in words: a total and the parts it is made of, in one paragraph.

"For the three months ended in Mar. 2024, Flex's Net Income From Continuing Operations was €363 Mil. Its
Depreciation, Depletion and Amortization was €135 Mil. … And its Cash Flow from Others was €-0 Mil. In all, Flex's
Cash Flow from Operations for the three months ended in Mar. 2024 was €625 Mil." (cash-flow-from-operations pages)
states each part as a fact of the period, and the total as a SUM calculation of the parts, so ``gf.calc.sum`` checks
the printed total over the parts' rounding intervals (363 + 135 + 126 + 0 + 0 + 0 + 0 - 0 = 624 allows €625 Mil).
The total itself is read by the period statements' reader.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from .. import _build as build
from .._errors import FormulaError
from .._expr import parse_expression
from .._metrics import BY_ID, metric_for_exact_label
from .._models import Calculation, CalculationKind, Operand, PrintedNumber
from . import _labels as L
from ._periods import frequency_from_text, period_from_text
from ._prose import slug
from ._prose_period_calcs import number_of
from ._sink import MILLION, Sink
from ._units import shown_unit

_FACTORS = frozenset({Decimal(1), MILLION})
"""Scales whose bare numbers ``gf.calc.sum`` reads as the total's: a sum's bare parts are in its units, or millions."""


def read_breakdown(n: int, text: str, sink: Sink, k: int) -> Calculation | None:
    """A line's 'For the <span> ended in <period>, X's A was a. Its B was b. … In all, X's T … was t.': its parts as
    facts and its total as their sum (the ``k``-th prose calculation); None unless every part and the total are read,
    of one period and one scale. The caller's loop over the page's lines calls it where the line holds its words."""
    read = _paragraph(text, sink, L.BREAKDOWN_HEAD, L.BREAKDOWN_PART, L.BREAKDOWN_TOTAL)
    if read is None:
        return None
    head, total_m, total, period = read.head, read.total_match, read.total, read.period
    parts = [(m.group("label"), number) for m, number in read.parts]
    label = total_m.group("label")
    metric = metric_for_exact_label(label) or slug(label)
    if metric not in L.BREAKDOWN_SUMS:  # a total the page defines as the plain sum of the parts it lists, only
        return None
    expr = _expression([p for _, p in parts])
    try:
        tree = parse_expression([(expr, n)])
    except FormulaError:
        return None
    frequency = frequency_from_text(head.group("span"))
    operands: list[Operand] = []
    for part, number in parts:  # recorded only once the sum is known to be built
        part_metric = metric_for_exact_label(part) or slug(part)
        unit = None if part_metric in BY_ID or part_metric in sink.units else shown_unit(number)
        sink.add(f"statement.{part_metric}", part_metric, part, number, line=n, raw=text, context="statement",
                 period=period, period_text=head.group("period"), frequency=frequency, unit=unit)
        operands.append(build.Operand(name=part, metric=part_metric, period_hint=period, number=number, line=n))
    return build.Calculation(
        id=f"calc.breakdown.{metric}#{k}", name=f"{label} (the {head.group('span')} ended in {head.group('period')})",
        metric=metric, kind=CalculationKind.SUM, formula=f"{label} = " + " + ".join(lb for lb, _ in parts),
        formula_lines=[n], steps=[build.Step(text=expr, lines=[n], operands=operands).with_tree(tree)], result=total,
        result_line=n, period=build.Period(end=period, frequency=frequency))


def read_verb_breakdown(n: int, text: str, sink: Sink, k: int) -> Calculation | None:
    """A line's 'For the <span> ended in <period>, X paid a … It received b … In all, X spent t on financial (or
    investment) activities …': the total as the signed sum of the parts, each signed by its verb
    (``L.CASH_OUTFLOW_VERBS``).

    The sum is stated in the total's direction: a total 'spent' is the outflows less the inflows, so its printed
    number is the result. No part or total becomes a fact, and the calculation has no metric: a printed number is
    unsigned, the quantity's sign is the verb's. None unless every part and the total are read, of one period and one
    scale, and no part of unknown sign wording is non-zero (``L.UNSIGNED_WORDING_PARTS``)."""
    read = _paragraph(text, sink, L.VERB_BREAKDOWN_HEAD, L.VERB_BREAKDOWN_PART, L.VERB_BREAKDOWN_TOTAL)
    if read is None:
        return None
    head, total_m, total, period = read.head, read.total_match, read.total, read.period
    parts = [(m.group("label"), m.group("verb") in L.CASH_OUTFLOW_VERBS, number) for m, number in read.parts]  # label, out?, number
    unsure = [label for label, _, p in parts if p.value != 0 and label.startswith(L.UNSIGNED_WORDING_PARTS)]
    if unsure:
        sink.note("breakdown_not_summed", f"the part '{unsure[0]}' is not zero, and how GuruFocus words its sign "
                  "is not known (every page seen prints it as 0): the paragraph's total is not checked", n)
        return None
    outflow = total_m.group("verb") in L.CASH_OUTFLOW_VERBS
    expr = _expression([p if out == outflow else _negated(p) for _, out, p in parts])
    try:
        tree = parse_expression([(expr, n)])
    except FormulaError:
        return None
    label = L.VERB_BREAKDOWN_TOTALS[total_m.group("activity")]
    frequency = frequency_from_text(head.group("span"))
    operands = [build.Operand(name=part, metric=None, period_hint=period, number=number, line=n) for part, _, number in parts]
    direction = "spent" if outflow else "earned"
    return build.Calculation(  # no metric: the result is the total's printed, unsigned number ('spent ARS11,964 Mil')
        id=f"calc.breakdown.{direction}#{k}", name=f"{label} {direction} (the {head.group('span')} ended in {head.group('period')})",
        metric=None, kind=CalculationKind.SUM,
        formula=f"{label} {direction} = " + " ".join(
            f"{'+' if out == outflow else '-'} {part}" for part, out, _ in parts).lstrip("+ "),
        formula_lines=[n], steps=[build.Step(text=expr, lines=[n], operands=operands).with_tree(tree)], result=total,
        result_line=n, period=build.Period(end=period, frequency=frequency))


class _Paragraph(NamedTuple):
    """A stated breakdown as read: its head, each part's match and number, its total's match and number, its period."""

    head: re.Match[str]
    parts: list[tuple[re.Match[str], PrintedNumber]]
    total_match: re.Match[str]
    total: PrintedNumber
    period: str


def _paragraph(text: str, sink: Sink, head_p: re.Pattern[str], part_p: re.Pattern[str],
               total_p: re.Pattern[str]) -> _Paragraph | None:
    """The head, the parts each matched where the one before ended, and the total of a breakdown line; None unless
    all are read (two parts at least), the total's period and span are the head's, and one scale serves them all."""
    head = head_p.match(text)
    if head is None:
        return None
    parts: list[tuple[re.Match[str], PrintedNumber]] = []
    pos = head.end()
    while (m := part_p.match(text, pos)) is not None:
        number = number_of(m, sink)
        if number is None:
            return None
        parts.append((m, number))
        pos = m.end()
    total_m = total_p.match(text, pos)
    if total_m is None or len(parts) < L.BREAKDOWN_MIN_PARTS:
        return None
    total = number_of(total_m, sink)
    period = period_from_text(head.group("period"))
    if total is None or period is None or (period_from_text(total_m.group("period")), total_m.group("span")) != (
            period, head.group("span")):
        return None
    factors = {p.scale_factor for _, p in parts} | {total.scale_factor}
    if len(factors) > 1 or not factors <= _FACTORS:
        return None
    return _Paragraph(head, parts, total_m, total, period)


def _negated(p: PrintedNumber) -> PrintedNumber:
    """The printed number with its sign turned, for the sum's expression only (never a fact)."""
    text = p.number_text[1:] if p.number_text.startswith("-") else "-" + p.number_text
    return p.model_copy(update={"number_text": text, "value": -p.value})


def _expression(parts: list[PrintedNumber]) -> str:
    """The parts' printed numbers as a sum: '363 + 135 + 126 + 0 - 0' (a part printed '-15' is subtracted)."""
    out = ""
    for p in parts:
        negative = p.number_text.startswith("-")
        digits = p.number_text[1:] if negative else p.number_text
        out += (("-" if negative else "") + digits) if not out else (f" - {digits}" if negative else f" + {digits}")
    return out

