"""Printed calculations: the substituted numbers give the printed result, step by step."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .._checks import compare, normalized_interval, number_interval, quoted_number, skipped, warned
from .._errors import EvaluationError, FormulaError
from .._expr import BinOp, Node, Num, evaluate_percent_as_number, match_subtrees, parse_expression
from .._formulas import FORMULAS
from .._interval import Interval
from .._metrics import SPAN_TAG
from .._models import Calculation, CheckResult, Document, Operand, PrintedNumber, Quoted, Status
from .._regex_cache import compiled
from ._audit_common import RULE, cut_inside
from ._prose_calcs import PREFIX


def _named_inputs(calc: Calculation) -> list[Quoted]:
    step = next((s for s in calc.steps if not s.symbolic and s.operands), None)
    if not step:
        return []
    return [quoted_number(o.number, o.line, name=o.name) for o in step.operands]


def numeric_steps(calc: Calculation) -> list[tuple[Node | None, list[int], str]]:
    """Each numeric step's expression tree (the parser's own; parsed here only for a Step loaded from JSON)."""
    out: list[tuple[Node | None, list[int], str]] = []
    for s in calc.steps:
        if s.symbolic:
            continue
        tree: Node | None = s.tree
        if tree is None:
            try:
                tree = parse_expression([(s.text, s.lines[0])])
            except FormulaError:
                out.append((None, s.lines, s.text))
                continue
        nums = tree.numbers()
        if len(nums) == len(s.operands):  # the operands carry the exactness, and the page's lines (HTML: remapped)
            for num, op in zip(nums, s.operands, strict=True):
                num.exact = op.number.exact
                num.line = op.line
            _zeros_stripped(nums, s.operands)
        out.append((tree, s.lines, s.text))
    return out


_BARE_INTEGER = compiled(r"-?\d{1,6}")
_TRAILING_ZERO = compiled(r"\.\d*0$")


def _zeros_stripped(nums: list[Num], operands: list[Operand]) -> None:
    """A bare integer input among decimals of one substituted step stands for as many decimals as the least precise of
    them: GuruFocus strips a formula value's trailing zeros ('=0.184+1 +0.322+0 =1.51', OTCPK:PURA; a Beneish index it
    sets to 1 beside '1.0282', round-36 testers gqx F1, gij F1), so '1' there is 1.000, not anything from 0.5 to 1.5.
    Only a data input: one the form names as a metric, or one it does not name that is no day count; a constant it
    names ('Days in Period' 91, which is 91.25 rounded: NYSE:JNJ 2016) or a day count is left as printed."""
    decimal = [n.number for n in nums if not n.exact and n.number.decimals > 0]
    if not decimal or any(_TRAILING_ZERO.search(d.number_text) for d in decimal):  # '(70492 - 63681) / 4983.00' keeps
        return  # its zeros: its integers are printed as they are, rounded or not (CSCO 2017)
    least = min(d.decimals for d in decimal)
    for n, op in zip(nums, operands, strict=True):
        number = n.number
        if (not n.exact and number.decimals == 0 and number.scale is None and not number.percent and number.currency is None
                and _BARE_INTEGER.fullmatch(number.text)
                and (op.metric is not None if op.name is not None else number.value not in _DAY_COUNTS)):
            n.places = least


_DAY_COUNTS = frozenset(Decimal(d) for d in (28, 29, 30, 31, 90, 91, 92, 181, 182, 183, 184, 360, 365, 366))
"""Days of a month, quarter, half-year or year: a formula's day count may be rounded ('* 91' for 91.25), never a
stripped value."""


def calculations(doc: Document) -> Iterator[CheckResult]:
    """Each printed calculation: substituted numbers give the printed result; collapsed steps match."""
    for calc in doc.calculations:
        if calc.id.startswith(PREFIX):  # prose calculations have their own rule (_audit_prose_calcs)
            continue
        subject = f"{calc.name} (line {calc.result_line or (calc.formula_lines or [0])[0]})"
        rule = f"{RULE}.calc.sum" if calc.kind == "sum" else f"{RULE}.calc.arithmetic"
        source = FORMULAS[calc.metric].source if calc.metric in FORMULAS else None
        steps = numeric_steps(calc)
        cut = cut_inside(doc, max(calc.formula_lines + [calc.result_line or 0]))
        if calc.result is None:
            shown = next((last for s in calc.steps if s.symbolic  # the last '= N/A' of a one-line formula too (gta F4)
                          and _NOT_COMPUTED.fullmatch(last := s.text.rpartition("=")[2].strip())), None)
            ended = calc.result_line is not None and doc.truncated_at_line is not None and calc.result_line < doc.truncated_at_line
            why = ("the page is cut off inside this formula" if cut and not ended  # a blank result line above the cut
                   else "the printed result is blank" if calc.result_line  # ends the formula (OTCPK:GRPAQ '= |')
                   else f"the result is printed as {shown!r}, a value GuruFocus does not compute" if shown
                   else "no printed result")
            yield skipped(rule, subject, why,
                          inputs=_named_inputs(calc))
            continue
        if not steps:
            unfilled = next((st for st in calc.steps if st.symbolic and _TWO_DIGITS.search(SPAN_TAG.sub("", st.text))), None)
            why = (f"the substituted step on line {unfilled.lines[0]} mixes numbers with text that is no number (a name "
                   f"GuruFocus left unfilled, or markup): {unfilled.text[:80]!r}" if unfilled
                   else "no substituted numbers are printed")
            yield skipped(rule, subject, why, quoted=quoted_number(calc.result, calc.result_line))
            continue
        first, lines, text = steps[0]
        if first is None:
            exponent = _SCIENTIFIC.search(text)
            yield skipped(rule, subject, f"the substituted expression on line {lines[0]} prints {exponent.group(0)!r}, a "
                          f"number in scientific notation the reader does not take: {text!r}" if exponent else
                          f"the substituted expression on line {lines[0]} is incomplete: {text!r}",
                          quoted=quoted_number(calc.result, calc.result_line))
            continue
        blank = _BLANK_OPERAND.search(text)
        if blank:  # '= 0 / + 0 = 0 %': the price between '/' and '+' is blank, not a '+0'
            yield skipped(rule, subject, f"an input of the substituted expression on line {lines[0]} is blank "
                          f"(nothing between {blank.group('before')!r} and '+' in {text!r})",
                          quoted=quoted_number(calc.result, calc.result_line), inputs=_named_inputs(calc))
            continue
        inputs = _named_inputs(calc)  # only for the checks that cite them: a skip above does not
        printed = calc.result
        mixed = _mixed_addends(first) if printed.percent else None
        if mixed is not None:
            yield _mixed_sum(rule, subject, calc, text, mixed, inputs, source)
            continue
        scale = Decimal(1)
        if calc.kind == "sum" and printed.scale_factor != 1:
            scale = Decimal(10) ** 6 / printed.scale_factor
        in_percent = _percent_without_sign(calc, printed)
        try:
            iv = first.evaluate({})
        except EvaluationError as exc:
            yield _undefined(doc, calc, subject, rule, exc, inputs)
            continue
        if scale != 1:
            iv = iv.scale(scale)
        yield _percent_doubt(compare(rule, subject, printed, calc.result_line, iv.scale(_HUNDRED) if in_percent else iv,
                                     inputs, derivation=text, source=source, normalized=printed.percent),
                             first, scale * (_HUNDRED if in_percent else 1), printed, printed.percent)  # '=199.15 %': 1.9915
        prev = first
        for node, slines, stext in steps[1:]:
            if node is None:
                yield skipped(f"{RULE}.calc.step", subject, f"step on line {slines[0]} is incomplete: {stext!r}")
                continue
            pairs = match_subtrees(node, prev) or []
            for num, sub in pairs:
                try:
                    sub_iv = sub.evaluate({})
                except EvaluationError as exc:
                    yield skipped(f"{RULE}.calc.step", subject, f"{exc}")
                    continue
                yield _percent_doubt(compare(f"{RULE}.calc.step", f"{calc.name} intermediate {num.number.text} (line {num.line})",
                                             num.number, num.line, sub_iv, [quoted_number(n.number, n.line) for n in sub.numbers()],
                                             source=source, normalized=num.number.percent),  # '-4.66%' printed again
                                     sub, Decimal(1), num.number, num.number.percent)
            try:
                whole = node.evaluate({})
                yield _percent_doubt(compare(f"{RULE}.calc.step", f"{calc.name} from line {slines[0]}", printed,
                                             calc.result_line, whole.scale(_HUNDRED) if in_percent else whole,
                                             [quoted_number(n.number, n.line) for n in node.numbers()],
                                             derivation=stext, source=source, normalized=printed.percent),
                                     node, _HUNDRED if in_percent else Decimal(1), printed, printed.percent)
            except EvaluationError as exc:
                yield _undefined(doc, calc, subject, f"{RULE}.calc.step", exc, inputs)
            prev = node


_HUNDRED = Decimal(100)
_SCIENTIFIC = compiled(r"(?<![\d.])-?\d[\d.]*+[eE][-+]?\d++")  # one try per digit run: linear on 40,000 digits
"""A number in scientific notation ('2.13162820728E-14'), which GuruFocus prints for float noise around 0."""
_TWO_DIGITS = compiled(r"\d{2}")
_NOT_COMPUTED = compiled(r"N/A\s*+%?+")
"""A formula's last step printed as 'N/A' ('=(5.643-0)/ | 0 |' then '=N/A %': NSE:MASON's YoY growth over a zero)."""


def _percent_doubt(result: CheckResult, tree: Node, scale: Decimal, printed: PrintedNumber, normalized: bool) -> CheckResult:
    """A miss of a step that holds a number printed with '%' ('( 1 - -4.66% )', read as the fraction 0.0466) is no
    proof when the step gives the printed value with that number taken as its number of percent, as GuruFocus's Peter
    Lynch step multiplies by '13.28%' meaning 13.28: a warning saying so, never a FAIL."""
    if result.status is not Status.FAIL or not any(n.number.percent for n in tree.numbers()):
        return result
    try:
        other = evaluate_percent_as_number(tree).scale(scale)
    except EvaluationError:
        return result
    if not (normalized_interval(printed) if normalized else number_interval(printed)).intersects(other):
        return result
    reason = (f"the step gives the printed {printed.text} ({other.fmt()}) only with its percent input(s) taken as numbers "
              "of percent, not as fractions: which the site meant the page does not say")
    return result.model_copy(update={"status": Status.WARN, "reason": reason, "message": f"{result.message}; {reason}"})


def _percent_without_sign(calc: Calculation, printed: PrintedNumber) -> bool:
    """A result printed without '%' of a formula whose name says it is in percent ('ROC % (A: Dec. 2023 )', then
    '=14.0778166/379.936', '=3.71': the stacked layout prints the ratio's number of percent, not the ratio)."""
    return not printed.percent and SPAN_TAG.sub("", calc.name).rstrip().endswith("%")


_BLANK_OPERAND = compiled(r"(?P<before>^|[-+*/(×÷])\s*\+")
"""A '+' where a number belongs ('0 / + 0', 'Normalized Free Cash Flow / Price + Growth' with the price blank):
GuruFocus prints no unary plus, so the number before it is missing."""


def _mixed_addends(tree: Node) -> list[tuple[int, Node, bool]] | None:
    """The addends of a sum that adds a ratio to a plain number ('1.2 / 25.00 + 4.5', Forward Rate of Return:
    Normalized Free Cash Flow / Price + the growth rate, already in percent), each with its sign and whether it holds
    a division; None for any other expression."""
    addends: list[tuple[int, Node, bool]] = []

    def walk(node: Node, sign: int) -> None:
        if isinstance(node, BinOp) and node.op in "+-":
            walk(node.left, sign)
            walk(node.right, sign if node.op == "+" else -sign)
        else:
            addends.append((sign, node, _divides(node)))

    walk(tree, 1)
    kinds = {has for _, _, has in addends}
    return addends if len(addends) > 1 and kinds == {True, False} else None


def _divides(node: Node) -> bool:
    if isinstance(node, BinOp):
        return node.op in "/÷" or _divides(node.left) or _divides(node.right)
    inner = getattr(node, "operand", None)
    return isinstance(inner, Node) and _divides(inner)


def _total(addends: list[tuple[int, Node, bool]], *, ratios_in_percent: bool) -> Interval:
    """The signed sum of the addends, each ratio times 100 when ``ratios_in_percent``."""
    total = Interval.exact(Decimal(0))
    for sign, node, divides in addends:
        part = node.evaluate({})
        if divides and ratios_in_percent:
            part = part.scale(Decimal(100))
        total = total + part if sign > 0 else total - part
    return total


def _mixed_sum(rule: str, subject: str, calc: Calculation, text: str, addends: list[tuple[int, Node, bool]],
               inputs: list[Quoted], source: str | None) -> CheckResult:
    """A percent result of a ratio plus a plain number: the plain number is in percent already and the ratio is a
    fraction (the site's reading), or the whole sum is a fraction. Either reading that gives the printed result passes;
    where neither does, the page's units are still not printed, so it is a warning, never a proof."""
    assert calc.result is not None
    printed = calc.result
    try:
        as_fraction, in_percent = _total(addends, ratios_in_percent=False), _total(addends, ratios_in_percent=True)
    except EvaluationError as exc:
        return skipped(rule, subject, f"the arithmetic is undefined over the printed intervals: {exc}",
                       quoted=quoted_number(printed, calc.result_line), inputs=inputs)
    site = compare(rule, subject, printed, calc.result_line, in_percent, inputs,
                   derivation=f"{text} (its ratio in percent, the other addends as printed)", source=source)
    if site.status is Status.PASS:
        return site
    whole = compare(rule, subject, printed, calc.result_line, as_fraction, inputs, derivation=text, source=source,
                    normalized=True)
    if whole.status is Status.PASS:
        return whole
    reason = (f"neither reading of {text!r} gives the printed {printed.text}: with its ratio in percent it gives "
              f"{in_percent.fmt()}, as one fraction {as_fraction.scale(Decimal(100)).fmt()}; the expression adds a ratio to "
              "a number printed without a unit, so which reading the site used is not printed")
    return warned(rule, subject, f"{subject}: {reason}", quoted=quoted_number(printed, calc.result_line), inputs=inputs,
                  recomputed=in_percent, reason=reason)


def _undefined(doc: Document, calc: Calculation, subject: str, rule: str, exc: Exception, inputs: list[Quoted]) -> CheckResult:
    if calc.metric == "depi" and calc.result is not None and calc.result.value == 1:
        zero_dda = [o for s in calc.steps for o in s.operands if o.metric == "dda" and o.number.value == 0]
        if zero_dda:
            return warned(f"{RULE}.calc.depi_convention", subject,
                          f"DEPI is printed as 1 (line {calc.result_line}) because DDA is 0 in both years (line(s) "
                          f"{', '.join(sorted({str(o.line) for o in zero_dda}))}); 0/0 is undefined and GuruFocus sets DEPI to 1 "
                          "when DDA is not available. A zero DDA for a company with PP&E is a data gap, not a measurement",
                          quoted=quoted_number(calc.result, calc.result_line), inputs=inputs)
    return skipped(rule, subject, f"the arithmetic is undefined over the printed intervals: {exc}",
                   quoted=quoted_number(calc.result, calc.result_line) if calc.result else None, inputs=inputs)
