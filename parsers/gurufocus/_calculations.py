"""Printed calculations: 'X=A/B' with '=n/m' and '=r' lines, multi-line formulas, TTM sums.

A symbolic line and its number line may alternate (the M-score prints its
formula in two halves), and a step that starts with '=' may still be symbolic
('=Revenue_t / Revenue_t-1'). Each substituted number is paired with the
symbol it replaces by walking both expressions leaf by leaf.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from .. import _build as build
from .._errors import FormulaError, InputTooLarge
from .._expr import Name, Node, Num, operators_of, parse_expression, split_free_names
from .._formulas import ANNUALIZED, BARE_INPUTS, DEFINED_CONSTANTS
from .._limits import MAX_FORMULA_LINES
from .._metrics import BARE_IN_MILLIONS, SPAN_TAG, is_balance, metric_for_label, qualified_metric
from .._models import Calculation, CalculationKind, Fact, Frequency, Missing, Operand, PrintedNumber, Step, Unit
from .._numbers import replaced
from .._regex_cache import compiled
from . import _labels as L
from ._lines import Page
from ._periods import TTM_QUARTERS_BACK, frequency_from_text, months_before, period_from_text, period_from_token, period_in
from ._prose import slug
from ._sink import IMPLIED_MILLIONS, MILLION, Sink

_HAS_LETTER = compiled(r"[A-Za-z]")
_SQRT_OF = compiled(r"\bsqrt of \(")
# a step that is only the printed result: -?[\d,]*\.?\d+(?: ?%)? in linear time (see _history._CELL)
_RESULT_ONLY = compiled(r"-?(?<![\d,])(?:[\d,]*+\.\d++|,*+\d[\d,]*+(?<=\d))(?: ?%)?")
_NOT_ID = compiled(r"[^a-z0-9]+")
_DECIMAL_TEXT = compiled(r"-?(?:\d+(?:\.\d*)?|\.\d+)")  # Decimal() reads every text this admits  # GuruFocus's Graham Number: 'sqrt of (22.5 * a * b)'
# "X's EBIT for the trailing twelve months (TTM) ended in Mar. 2017 was 6473.4 (Jun. 2016 ) + ... = $20,472 Mil."
# (the head only: the sum is split off at its last '='; each quarter's period tag is dropped from the expression)
_TTM_SENTENCE_WORD = " for the trailing twelve months (TTM) ended in "  # every _TTM_SENTENCE match holds it
_TTM_SENTENCE = compiled(
    r"(?:^|'s )(?P<label>[A-Za-z](?:(?!'s )[^=']){0,200}?) for the trailing twelve months \(TTM\) ended in "
    r"(?P<period>[A-Z][a-z]{2}\.? \d{4}) was (?=\S)"
)
_QUARTER_TAG = compiled(r"\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? ?\d{4} ?\)")
_DIGITS = frozenset("0123456789.,")
# the same block as a table (pages rendered with their cells): "Gross Margin % (A: Mar. 2020 ) | = | Gross Profit
# (A: Mar. 2020 ) | / | Revenue (A: Mar. 2020 ) |", then "= | 32382.9 | / | 72603.233 | |" rows, "= | 44.60 % |"
_PIPE_WORD = " | = | "  # every _PIPE_HEAD match holds it
_PIPE_HEAD = compiled(r"^(?P<name>[A-Za-z][^|=]{0,120}?) \| = \| (?P<rhs>.*\S)\s*+$")
_SPAN_TAG = {"(A: ": Frequency.ANNUAL, "(Q: ": Frequency.QUARTERLY}
"""A pipe table's operand names carry their span: 'Revenue (A: Mar. 2020 )' is the fiscal year's, '(Q: ' the quarter's."""
_SPAN_TAG_TEXT = SPAN_TAG
"""The whole span tag in a formula's name ('Net Cash Per Share (A: Jul. 2017 )'), taken off to find its term."""
COUNT_FORMULAS = frozenset({"piotroski_f_score"})
"""Formulas whose operands are counts (the F-Score's nine 0/1 criteria): exact, not rounded."""


_EXPONENT = compiled(r"(?<=\d)[eE][-+]?(?=\d)")
"""The exponent of a number in scientific notation ('2.13162820728E-14', GuruFocus's float noise for 0: SCS and
CROX 2017, round-29 ghc): a substituted step's number, not a name."""


def _is_numeric(body: str) -> bool:
    """A substituted step: no letters once a square root and the exponents of numbers in scientific notation are set
    aside (such a step is numeric, and one the expression reader then refuses: the block is not checked, never
    checked without it)."""
    if not _HAS_LETTER.search(body):
        return True
    return not _HAS_LETTER.search(_EXPONENT.sub("", body.replace("sqrt", "")))


@dataclass
class _Block:
    name: str
    start: int
    heading: tuple[str, Frequency | None] | None = None  # the period (end, frequency) its heading line names
    symbolic: list[tuple[str, list[int]]] = field(default_factory=list)
    numeric: list[tuple[list[tuple[str, int]], list[int]]] = field(default_factory=list)
    tags_below: bool = False  # span tags on lines of their own under the steps, each naming an operand's period
    four_times: frozenset[tuple[str, str]] = frozenset()  # (metric, month) of the inputs the note under it says are
    # four times the quarter's: 'Note: The Net Income data used here is four times the quarterly (Oct. 2018) data.'
    undated: bool = False  # its heading names a span but the site left the date blank ('ended in . 20')
    metric: str | None = None  # the term it works out, once built
    unplaced: list[Fact] = field(default_factory=list)  # the facts it stated with no period of their own, once built


def read_calculations(page: Page, sink: Sink, periods: dict[str, str]) -> list[Calculation]:
    """Every printed formula block and every TTM sum line."""
    calcs: list[Calculation] = []
    built: list[_Block] = []
    numbered = page.numbered()
    after = 0  # the index of the first line after the last block read
    previous: _Block | None = None
    for i, n, text in page.filled():  # a blank line starts no formula
        if i < after:
            continue
        if "=" not in text:
            if "(A: " in text or "(Q: " in text:  # every L.STACKED_NAME match holds one; most lines neither
                stacked = _stacked_start(numbered, i, text)
            elif len(text) <= 62 and i + 2 < len(numbered) and numbered[i + 1][1][:2].lstrip().startswith("="):
                stacked = _stacked_start(numbered, i, text, bare=True)
            else:
                continue
            if stacked is None:
                continue
            name, rhs, first = stacked  # the block's first line is the '=' line under its name
        else:
            s = text.strip()
            m = L.FORMULA_START.match(s) if s else None
            if not m or len(m.group("name")) > 60 or " was " in s:
                continue
            name, rhs, first = m.group("name").strip(), m.group("rhs").strip(), i
        heading, undated = _heading(numbered, i)
        if heading is None and previous is not None and previous.name == name and previous.heading is not None \
                and not any(numbered[k][1].strip() for k in range(after, i)):  # the next block under one heading
            heading, undated = previous.heading, False  # ('Total Liabilities = … = 119,035' twice under the fiscal year's: NYSE:WMT 2016)
        block = _Block(name=name, start=n, heading=heading, symbolic=[(_SQRT_OF.sub("sqrt(", rhs), [numbered[first][0]])],
                       undated=undated)
        previous = block
        if first == i:
            _split_one_line(block, n)
        after = len(numbered)  # the index of the first line that does not continue the block
        sign = ""  # the sign of a symbolic continuation just read ('+Other Current Liabilities+…'), else ""
        for j, n2, s2 in _continuation(page, numbered, first, numbered[first][0], block.name):
            if s2.startswith("="):
                body = _SQRT_OF.sub("sqrt(", s2[1:].strip())
                if not _is_numeric(body):
                    block.symbolic.append((body, [n2]))
                elif sign and block.numeric:  # '=11595+1218', '+Other…+Current Deferred…', '=2201+0': the
                    parts, lines = block.numeric[-1]  # second half of the substituted formula, not a new step
                    block.numeric[-1] = (parts + [(f"{sign}{body}", n2)], lines + [n2])
                else:
                    block.numeric.append(([(body, n2)], [n2]))
                sign = ""
            elif s2[:1] in "+-" and s2:
                if _HAS_LETTER.search(s2):
                    text0, lines0 = block.symbolic[0]
                    block.symbolic[0] = (f"{text0}{s2}", lines0 + [n2])
                    sign = s2[0]
                elif block.numeric:
                    parts, lines = block.numeric[-1]
                    block.numeric[-1] = (parts + [(s2, n2)], lines + [n2])
                    sign = ""
                else:
                    after = j
                    break
            elif s2 and not _SPAN_TAG_TEXT.sub("", s2).strip():
                block.tags_below = True  # the stacked layout's span tags under a step ('(A: Dec. 2023 )  (A: Dec. 2022 )')
                continue
            else:
                after = j
                break
        block.four_times = _four_times_below(numbered, after)
        calcs.append(_build(block, sink, periods, len(calcs)))
        built.append(block)
    calcs += _read_pipe_blocks(page, sink, periods, len(calcs), built)
    _unplaced_twins(built)
    calcs += _read_ttm(page, sink)
    calcs += _read_ttm_sentences(page, sink)
    return calcs


def _stacked_start(numbered: list[tuple[int, str]], i: int, text: str, *, bare: bool = False) -> tuple[str, str, int] | None:
    """The name, first right-hand side and its line's index of a block whose name stands alone on line ``i`` above its
    '=' steps (L.STACKED_NAME; ``bare``: L.STACKED_BARE_NAME, without a span tag, whose next step must then be
    numeric), when the next line opens with '=' and names its inputs; else None."""
    if len(text) > 80:
        return None
    m = (L.STACKED_BARE_NAME if bare else L.STACKED_NAME).match(text.strip())
    if m is None or i + 1 >= len(numbered):
        return None
    below = numbered[i + 1][1].strip()
    if not below.startswith("=") or _is_numeric(below[1:]):
        return None
    if bare:  # a short line above a symbolic '=' line may be prose: the block shows itself by its substituted step
        after = numbered[i + 2][1].strip() if i + 2 < len(numbered) else ""
        if not after.startswith("=") or not _is_numeric(after[1:]):
            return None
    return text.strip(), below[1:].strip(), i + 1


def _split_one_line(block: _Block, n: int) -> None:
    """A formula printed whole on its line ('(A - B) / C = (70492 - 63681) / 4983.00 = 1.37') as its steps, when it
    ends in a printed result; a template's '… = / = N/A' stays one symbolic step."""
    rhs = block.symbolic[0][0]
    if "=" not in rhs:
        return
    parts = [p.strip() for p in rhs.split("=")]
    if not all(parts) or not _RESULT_ONLY.fullmatch(parts[-1]):
        return
    block.symbolic = [(p, [n]) for p in parts[:1]]
    sign = ""  # the sign joining a second half's names to the first half's numbers, until its numbers come
    for part in parts[1:]:
        if _is_numeric(part):
            if sign and block.numeric:  # the second half's numbers: '= 0 + 7548' continues '74793 + 18473'
                numbers, lines = block.numeric[-1]
                block.numeric[-1] = (numbers + [(f"{sign} {part}", n)], lines)
            else:
                block.numeric.append(([(part, n)], [n]))
            sign = ""
        elif (halves := _halves_run_together(part)) is not None and len(block.symbolic) == 1 and not block.numeric:
            first_numbers, sign, names = halves
            first, lines = block.symbolic[0]
            block.symbolic[0] = (f"{first} {sign} {names}", lines)
            block.numeric.append(([(first_numbers, n)], [n]))
        else:
            block.symbolic.append((part, [n]))
            sign = ""


def _halves_run_together(part: str) -> tuple[str, str, str] | None:
    """(the first half's numbers, the sign, the second half's names) of a step where GuruFocus runs a formula printed
    in two halves onto one line: 'A + B = 74793 + 18473 + C + D = 0 + 7548 = 100,814' (NAS:AAPL 2017; the stacked
    layout prints the halves on lines of their own); None for any other step."""
    m = _HAS_LETTER.search(part)
    if m is None:
        return None
    head = part[:m.start()].rstrip()
    if not head or head[-1] not in "+-" or not _is_numeric(head[:-1]) or not head[:-1].strip():
        return None
    return head[:-1].strip(), head[-1], part[m.start():].strip()


def _heading_line(numbered: list[tuple[int, str]], i: int) -> str | None:
    """The line that may head the formula at index ``i``: the nearest line above it that is not blank, at most
    CALC_HEADING_LOOKBACK lines up, when it holds the heading's words and is no longer than a heading; else None."""
    for j in range(i - 1, max(i - 1 - L.CALC_HEADING_LOOKBACK, -1), -1):
        text = numbered[j][1]
        if text.strip():
            return text if L.CALC_HEADING_WORDS in text and len(text) <= L.CALC_MAX_LINE else None
    return None


def _heading(numbered: list[tuple[int, str]], i: int) -> tuple[tuple[str, Frequency | None] | None, bool]:
    """The period and frequency that the line heading the formula at index ``i`` names (None where it names none), and
    whether it names its span with the date left blank ('for the fiscal year that ended in . 20'): the block's values
    are then of no period the page says, and a year's are not a quarter's (round-48 tester tj F1: two such blocks'
    results were compared as one 'current' value)."""
    text = _heading_line(numbered, i)
    if text is None:
        return None, False
    m = L.CALC_HEADING.search(text)
    period = period_from_text(m.group("period")) if m else None
    if m and period:
        return (period, frequency_from_text(m.group("span"))), False
    return None, L.CALC_HEADING_UNDATED.search(text) is not None


def _build(block: _Block, sink: Sink, periods: dict[str, str], k: int) -> Calculation:
    metric = block.metric = metric_for_label(block.name) or _unknown_term(block.name, sink)
    steps: list[Step] = [build.Step(text=t, lines=ls, symbolic=True) for t, ls in block.symbolic]
    result: PrintedNumber | None = None
    result_line: int | None = None
    numeric = list(block.numeric)
    if numeric:
        parts, lines = numeric[-1]
        only = " ".join(p for p, _ in parts).strip()
        if only == "" or _RESULT_ONLY.fullmatch(only):
            numeric.pop()
            result_line = lines[-1]
            if only:
                result, _ = sink.number(only)
    calc_id = f"calc.{_NOT_ID.sub('_', block.name.lower()).strip('_')}"
    note = None
    later = False  # an input tagged with a month after the heading's period was noted (see _after_heading)
    own = block.heading or _name_tag(block.name)  # the period an untagged input is of
    # a form that writes out the x 4 ('=Net Income*4/Total Assets', '=1.436*4/87.933') prints the quarter's own flow,
    # whatever the note under it says of the data the result uses
    written_out = bool(block.four_times) and any(L.TIMES_FOUR.search(t) for t, _ in block.symbolic)
    for idx, (parts, lines) in enumerate(numeric):
        text = " ".join(p for p, _ in parts)
        operands: list[Operand] = []
        try:
            tree = parse_expression(parts)
        except FormulaError as exc:
            note = f"step on line {lines[0]} is not a complete expression: {exc}"
            steps.append(build.Step(text=text, lines=lines, operands=[]))
            continue
        names = _pair_names(block, tree) if idx == 0 else None
        # the term's bare ratio ('=Net Income/Total Assets') substitutes the inputs its definition takes (BARE_INPUTS);
        # a form that writes out its own x 4 or average prints the inputs themselves
        bare = metric in BARE_INPUTS and names is not None and all(_is_bare(name) for name in names)
        for pos, num in enumerate(tree.numbers()):
            name = names[pos] if names else None
            op_metric = metric_for_label(name) if name and not _is_number(name) else None
            hint, hint_frequency = _undated(block, name, periods, _operand_period(name, periods, own)) if name else (None, None)
            number = num.number
            if _is_constant(metric, name, op_metric, number, paired=names is not None):
                number = replaced(number, exact=True)
            if op_metric and sink.unit(op_metric) is Unit.CURRENCY_AMOUNT:  # in millions and the page's currency, as its note
                number = sink.in_page_currency(replaced(number, scale=IMPLIED_MILLIONS, scale_factor=MILLION))  # says
            elif op_metric in BARE_IN_MILLIONS and not number.scale:  # a share count, in millions as the rows print it
                number = replaced(number, scale=IMPLIED_MILLIONS, scale_factor=MILLION)  # ('/ 4983.00': NAS:CSCO 2017)
            num.exact = number.exact
            after = _after_heading(hint, block.heading)  # an input of a later month than the period it is worked for
            if after:
                if not later:
                    sink.note("calculation_tag_after_heading", f"the block on line {block.start} works out its result "
                              f"for {block.heading[0] if block.heading else '?'} but tags its inputs with a later month "
                              f"({name}): the tags or the heading are wrong, so those inputs are not stated as facts of "
                              "either period", block.start)
                later = True
                hint, hint_frequency = None, None
            operands.append(build.Operand(name=name, metric=op_metric, period_hint=hint, number=number, line=num.line))
            if op_metric and idx == 0 and not after:
                stated = _stands_for(metric, op_metric, hint_frequency) if bare and metric else op_metric
                if hint_frequency is Frequency.QUARTERLY and (op_metric, hint) in block.four_times and not written_out:
                    stated = qualified_metric(ANNUALIZED, op_metric)  # the quarter's flow x 4, as the note says
                fact = sink.add(f"{calc_id}.{stated}", stated, name or op_metric, number, line=num.line,
                                raw=_line_text(parts, num.line), context="calculation", period=hint, frequency=hint_frequency,
                                unit=sink.unit(op_metric) if stated != op_metric else None,
                                period_text="" if block.undated and hint is None else None)
                if fact.period is None:
                    block.unplaced.append(fact)
        steps.append(build.Step(text=text, lines=lines, operands=operands).with_tree(tree))
    calc = build.Calculation(id=f"{calc_id}#{k}", name=block.name, metric=metric, kind=CalculationKind.FORMULA,
                       formula=" = ".join(t for t, _ in block.symbolic), formula_lines=sorted({x for _, ls in block.symbolic for x in ls}),
                       steps=steps, result=result, result_line=result_line, note=note)
    if metric and result is not None and result_line is not None:
        period, frequency = _undated(block, block.name, periods,
                                     _operand_period(block.name, periods, block.heading or _one_span_tag(block)))
        if (sink.unit(metric) is Unit.CURRENCY_AMOUNT or metric in BARE_IN_MILLIONS) and not result.scale:  # in
            # millions, as its amounts ('=78,440') and share counts are
            result = replaced(result, scale=IMPLIED_MILLIONS, scale_factor=MILLION)
        fact = sink.add(f"{calc_id}.result", metric, block.name, result, line=result_line, raw=f"={result.text}",
                        context="calculation", period=period, frequency=frequency,
                        period_text="" if block.undated and period is None else None)  # a blank date: the copy of nothing
        if fact.period is None:
            block.unplaced.append(fact)
    return calc


def _undated(block: _Block, name: str, periods: dict[str, str],
             found: tuple[str | None, Frequency | None]) -> tuple[str | None, Frequency | None]:
    """``found`` (``_operand_period``'s), but no period for a value of a block whose heading left its date blank when
    the period is only the page's current one by default: a year's block 'ended in . 20' on a page of a quarter's
    headline was that quarter's, and failed against it (round-48 tester t5 P2, a real TGT page with one date blanked)."""
    if block.undated and found[0] is not None and found[0] == periods.get("current") and not _names_its_period(name):
        return None, None
    return found


def _is_bare(name: str | None) -> bool:
    """Whether a name of a step is an input under its bare name: a registry term's, with no period of its own and no
    constant ('Total Assets', not 'Total Assets (A: Dec. 2022 )', 'TotalAssets_t' or the 4 of 'Net Income * 4')."""
    return name is not None and not _is_number(name) and not _names_its_period(name) and metric_for_label(name) is not None


def _stands_for(term: str, metric: str, frequency: Frequency | None) -> str:
    """The quantity an input printed under its bare name stands for in the block of a term whose definition annualizes
    and averages its inputs (BARE_INPUTS): the average balance, and the annualized flow of any span but a fiscal
    year's (whose annualized flow is the year's own, as the prose's 'Net Income for the fiscal year' is)."""
    qualifier = BARE_INPUTS[term].get(metric)
    if qualifier is None or (qualifier == ANNUALIZED and frequency is Frequency.ANNUAL):
        return metric
    return qualified_metric(qualifier, metric)


def _unknown_term(name: str, sink: Sink) -> str | None:
    """The page's own term when the registry lacks it and the block is named after it ('COGS to Revenue' on the
    COGS-to-Revenue page, whose headline taught the sink its unit): the block computes the term. A period tag the
    name carries ('Net Cash Per Share (A: Jul. 2017 )') is the result's period, not part of the term."""
    metric = slug(_SPAN_TAG_TEXT.sub("", name) if "(" in name else name)
    return metric if metric in sink.units else None


def _is_constant(metric: str | None, name: str | None, op_metric: str | None, number: PrintedNumber, *, paired: bool) -> bool:
    """Whether a substituted number is exact, a constant of the formula rather than a value rounded to its last digit:
    one its symbolic form prints (the 1 in (1 - x)), a count, a defined constant (PEG 1), a constant operand printed as
    one of its values ('Days in Period' 365), or, where the form gives its position no name, one of the formula's own
    constants ('… * Days in Period = 62.495 / 103.264 * 365 / 4': the 4 quarters a year)."""
    value = number.value
    digits = name.lstrip("+-") if name is not None else ""  # either sign is compared: a doubled one ('--4.84', round-36
    if digits and _is_number(digits) and Decimal(digits) in (value, -value):  # new user NU5-2) is no Decimal
        return True
    if (metric in COUNT_FORMULAS and number.decimals == 0) or (
            op_metric in DEFINED_CONSTANTS and value == DEFINED_CONSTANTS[op_metric]):
        return True
    if name is not None:
        return value in L.CONSTANT_OPERANDS.get(name.strip().lower(), ())
    return paired and metric is not None and value in L.FORMULA_CONSTANTS.get(metric, ())


def _pair_names(block: _Block, tree: Node) -> list[str | None] | None:
    """Names (or constant texts) for each number leaf of the first numeric step, via a symbolic form of the same shape;
    None for a number the form gives no name (see ``_trailing_factors``)."""
    nums = tree.numbers()
    first = block.numeric[0][1][0] if block.numeric else 0
    # the forms printed before the numbers first, nearest first ('= (Revenue - COGS) / Revenue' after them is the
    # next step's form, not this one's)
    before = [f for f in block.symbolic if f[1][0] < first]
    for text, _ in [*reversed(before), *reversed([f for f in block.symbolic if f[1][0] >= first])]:
        leaves = _symbolic_leaves(text)
        if leaves is None:
            names = split_free_names(text)
            if len(names) == len(nums):
                return list(names)
            if _trailing_factors(text, block.numeric[0][0], len(names), len(nums)):
                return [*names, *[None] * (len(nums) - len(names))]
            # names of several words, each with the period it prints; not where the periods are on lines of their own
            worded = None if block.tags_below else _worded_leaves(text)
            if worded is not None and worded[0] == len(nums):
                return list(worded[1])
            continue
        count, symbols = leaves
        if count == len(nums):
            return list(symbols)
    return None


def _trailing_factors(symbolic: str, parts: list[tuple[str, int]], named: int, count: int) -> bool:
    """Whether a step of ``count`` numbers is the free-name form's ``named`` factors, in order and with the same '*' and
    '/' between them, followed by more factors the form gives no name: 'Account Receivable / Revenue * Days in Period'
    printed '62.495 / 103.264 * 365 / 4' (the days a quarter has, written out). Every factor of the step is one number."""
    if not 0 < named < count:
        return False
    ops = operators_of(" ".join(p for p, _ in parts))
    return len(ops) == count - 1 and ops[:named - 1] == operators_of(symbolic)


@lru_cache(maxsize=512)  # the pages of one term print the same symbolic forms; a pure function of the text
def _symbolic_leaves(text: str) -> tuple[int, tuple[str, ...]] | None:
    """How many leaves a symbolic form has, and the names (or constant texts) among them; None when it does not parse."""
    try:
        leaves = parse_expression([(text, 0)]).leaves()
    except FormulaError:
        return None
    return len(leaves), tuple(leaf.name if isinstance(leaf, Name) else leaf.number.text
                              for leaf in leaves if isinstance(leaf, (Name, Num)))


_WORDED_NAME = compiled(r"[A-Za-z](?:[A-Za-z0-9%'&.]|\s(?=[A-Za-z0-9%(])|\((?!(?:A|Q): )[A-Za-z][A-Za-z ]{0,30}\))*+"
                          r"(?:\s*+\((?:A|Q): [^()]{0,20}\))?")
"""A name of several words in a symbolic form, with its qualifier in parentheses and its span tag: 'Tax Rate %',
'Invested Capital (A: Jun. 2022 )', 'Earnings per Share (Diluted) (A: Mar. 2024 )'."""


@lru_cache(maxsize=512)
def _worded_leaves(text: str) -> tuple[int, tuple[str, ...]] | None:
    """``_symbolic_leaves`` of a form whose names are several words, each taken whole ('Operating Income * ( 1 - Tax
    Rate % )/( (Invested Capital (A: Jun. 2022 ) + Invested Capital (A: Dec. 2023 ))/ count )': six leaves)."""
    names: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        names.append(m.group(0).strip())
        return f" qcname{len(names) - 1} "

    leaves = _symbolic_leaves(_WORDED_NAME.sub(placeholder, text))
    if leaves is None:
        return None
    return leaves[0], tuple(names[int(leaf[6:])] if leaf.startswith("qcname") else leaf for leaf in leaves[1])


def _is_number(text: str) -> bool:
    return _DECIMAL_TEXT.fullmatch(text) is not None


def _hint_frequency(name: str | None, hint: str | None) -> Frequency | None:
    """TTM for a _t / _t-1 symbol (the page's TTM lists), the span of an '(A: ' / '(Q: ' tag, TODAY for a dated hint,
    else left to the sink."""
    if hint and name and "(" in name:
        span = next((f for tag, f in _SPAN_TAG.items() if tag in name), None)
        if span is not None:
            return span
    if hint and name and name.endswith(("_t", "_t-1")):
        return Frequency.TTM
    return Frequency.TODAY if hint and len(hint) == 10 else None


def _operand_period(name: str, periods: dict[str, str], heading: tuple[str, Frequency | None] | None) -> tuple[str | None, Frequency | None]:
    """The period and frequency of a formula's input or result: the one its name carries (``_t``, ``(A: Mar. 2020)``,
    today's price), else the one the block's heading names, else the page's current period."""
    hint = _period_hint(name, periods)
    if heading is not None and hint == periods.get("current") and not _names_its_period(name):
        return heading
    return hint, _hint_frequency(name, hint)


def _after_heading(hint: str | None, heading: tuple[str, Frequency | None] | None) -> bool:
    """Whether an input's own tag names a month after the period its block's heading works the result out for:
    'Total Equity for the fiscal year that ended in Mar. 2016 is calculated as … Total Assets(Q: Dec. 2016 ) …
    = 63880.3 …' above the quarter's own block of Dec. 2016 printing 62039.9 (NTT DOCOMO 2017, round-28 gha 007: the
    2016-2017 template tagged the annual block's inputs with the latest quarter). No input is of a later month than
    its result; a month before it is an opening balance ('(Q: Sep. 2023 )' in an average)."""
    return bool(hint and heading and heading[0] and len(hint) == 7 and len(heading[0]) == 7 and hint > heading[0])


def _one_span_tag(block: _Block) -> tuple[str, Frequency | None] | None:
    """The period of the one span tag every input of a block without a heading carries ('Total Liabilities = Total Assets
    (A: Jan. 2016 ) - Total Shareholders Equity (A: Jan. 2016 ) = 199581 - 80546 = 119,035', the second block under its
    fiscal year's heading: NYSE:WMT 2016, round-24 ggp 009), which its result is of; None for none or several."""
    if "(" not in block.symbolic[0][0]:
        return None
    tags = {m.group(0) for text, _ in block.symbolic for m in _SPAN_TAG_TEXT.finditer(text)}
    if len(tags) != 1:
        return None
    leaves = _worded_leaves(block.symbolic[-1][0])  # every input carries it: 'Share Price / Book Value per Share (A:
    if leaves is None or any(not _is_number(name) and not _SPAN_TAG_TEXT.search(name) for name in leaves[1]):
        return None  # Nov. 2013)' is today's price over the year's book value, a ratio of today (NAS:XRTX 2014)
    return _tag_period(next(iter(tags)))


def _name_tag(name: str) -> tuple[str, Frequency | None] | None:
    """The period of the span tag a block's own name carries, which its untagged inputs are of: 'Operating Assets(A: Dec.
    2011 ) = Total Assets - Balance Sheet Cash … = 200.399 - 0' below a heading of the quarter's result (LSE:0MF5's
    Scaled Net Operating Assets, round-33 ghk 020: the year's and the quarter's Total Assets were both read as the
    quarter's, a false contradiction). None for a name without one."""
    m = _SPAN_TAG_TEXT.search(name) if "(" in name else None
    return _tag_period(m.group(0)) if m else None


def _tag_period(tag: str) -> tuple[str, Frequency | None] | None:
    """The period and span of a span tag ('(A: Dec. 2011 )'), or None where it names no month."""
    period = period_in(tag)
    return (period, _hint_frequency(tag, period)) if period else None


def _names_its_period(name: str) -> bool:
    """True when a name carries its own period (``_t``, ``_t-1``, a month inside it)."""
    return name.endswith(("_t", "_t-1")) or period_in(name) is not None


def _period_hint(name: str, periods: dict[str, str]) -> str | None:
    if name.endswith("_t-1"):
        return periods.get("t-1")
    if name.endswith("_t"):
        return periods.get("t")
    inner = period_in(name)
    if inner:
        return inner
    metric = metric_for_label(name)
    if metric in {"share_price"} or (metric and metric.endswith("_ratio")):
        return periods.get("today")
    return periods.get("current")


def _line_text(parts: list[tuple[str, int]], line: int) -> str:
    return next((p for p, ln in parts if ln == line), parts[0][0])


def _read_ttm(page: Page, sink: Sink) -> list[Calculation]:
    """'This Year (Sep23) TTM:Last Year (Sep22) TTM:' lists: single values and sums of quarters."""
    calcs: list[Calculation] = []
    numbered = page.numbered()
    for idx, _n, text in page.filled():  # a blank line heads no list
        hm = L.TTM_HEADER.search(text) if L.TTM_HEADER_WORD in text else None
        if not hm:
            continue
        this_p, last_p = period_from_token(hm.group("this")), period_from_token(hm.group("last"))
        seen: set[str] = set()
        which = "t"
        k = idx + 1
        while k < len(numbered):
            n2, t2 = numbered[k]
            k += 1
            s2 = t2.strip()
            if not s2:  # a blank line inside the list (before the last year's Revenue, round-32 gha 012): the list
                if k < len(numbered) and L.TTM_ITEM.match(numbered[k][1].strip()):  # goes on where an item follows
                    continue
                break
            im = L.TTM_ITEM.match(s2)
            if not im:
                wrapped = _wrapped_item(numbered, k - 1)
                if wrapped:  # an item printed over lines ('Average Total Assets from the begining of this year (Jul15)'
                    k += wrapped - 1  # / 'to the end of this year (Jul16) was' / '(198620 + …) / 5 = $199987.2 Mil.'):
                    continue  # not read (its divisor is no amount), and the items after it are (round-32 gha F4)
                break
            label = im.group("label").strip()
            if label in seen and which == "t":
                which = "t-1"
                seen = set()
            seen.add(label)
            period = this_p if which == "t" else last_p
            ptext = hm.group("this") if which == "t" else hm.group("last")
            metric = metric_for_label(label) or slug(label)
            rhs = im.group("rhs")
            fid = f"ttm.{which}.{metric}"
            if "=" in rhs:
                expr_text, total_text = rhs.rsplit("=", 1)
                total, _ = sink.number(total_text.strip())
                operands: list[Operand] = []
                tree: Node | None = None
                try:
                    tree = parse_expression([(expr_text.strip(), n2)])
                    for num in tree.numbers():
                        operands.append(build.Operand(name=None, metric=None, number=replaced(
                            num.number, scale=IMPLIED_MILLIONS, scale_factor=MILLION), line=n2))
                    note = None
                except FormulaError as exc:
                    note = f"sum on line {n2} is not a complete expression: {exc}"
                calcs.append(build.Calculation(
                    id=f"calc.{fid}", name=f"{label} ({'This Year' if which == 't' else 'Last Year'} {ptext} TTM)",
                    metric=metric, kind=CalculationKind.SUM, formula=f"{label} = sum of four quarters",
                    formula_lines=[n2], steps=[build.Step(text=expr_text.strip(), lines=[n2], operands=operands).with_tree(tree)],
                    result=total, result_line=n2, period=build.Period(end=period, frequency=Frequency.TTM) if period else None,
                    note=note))
                sink.add(fid, metric, label, total, line=n2, raw=t2, context="ttm", period=period, period_text=ptext,
                         unit=Unit.CURRENCY_AMOUNT, frequency=Frequency.TTM)
            else:  # a sum on the page's last line without its '= total' was cut off there ('0.006 + 0.031 +')
                cut = n2 == numbered[-1][0] and " +" in rhs
                dated = L.TTM_ITEM_DATED.match(label)
                if dated and (own := metric_for_label(dated.group("label"))) is not None:
                    metric, ptext = own, dated.group("period")  # the balance of the month it names
                    period, fid = period_from_token(ptext), f"ttm.{which}.{own}.opening"
                sink.add(fid, metric, label, rhs, line=n2, raw=t2, context="ttm", period=period,
                         period_text=ptext, unit=Unit.CURRENCY_AMOUNT,
                         frequency=_NO_SPAN if is_balance(metric) else Frequency.TTM,
                         missing=Missing.TRUNCATED if cut else None)
    return calcs


_NO_SPAN = None
"""The frequency of a balance listed under 'This Year (Jun15) TTM:' ('Total Assets was $273,151 Mil.'): none. It is
the balance at the list's month, not a sum over twelve months (round-41 wi F1, wj F3), and joins the copies of its
month whatever their span (a balance is the month's)."""

_WRAPPED_LINES = 3
"""The most lines one item of a 'This Year … TTM' list is printed over."""


def _wrapped_item(numbered: list[tuple[int, str]], start: int) -> int:
    """How many lines from ``start`` one list item is printed over ('Average Total Assets from the begining of this
    year (Jul15)' / 'to the end of this year (Jul16) was' / '(…) / 5 = $199987.2 Mil.'), or 0 when they are none."""
    joined = ""
    for i in range(start, min(start + _WRAPPED_LINES, len(numbered))):
        text = numbered[i][1].strip()
        if not text:
            return 0
        joined = f"{joined} {text}" if joined else text
        if i > start and " = " in text and L.TTM_ITEM.match(joined):
            return i - start + 1
    return 0


def _is_sum(text: str) -> bool:
    """'a + b + -c': two or more printed numbers joined by ' + ' and nothing else."""
    terms = text.split(" + ")
    return len(terms) >= 2 and all(t.removeprefix("-") and set(t.removeprefix("-")) <= _DIGITS for t in terms)


def _named(label: str, sink: Sink) -> tuple[str, str]:
    """A sum's label and metric: the registry's term it ends with when the company's name stands before it without
    its 's ('Wal-Mart Stores Inc Gross Profit' is Gross Profit), else the label without the security's name and its
    slug ('Trio-Tech International Research & Development': research_development, the headline's id)."""
    words = label.split()
    for i in range(len(words)):
        metric = metric_for_label(" ".join(words[i:]))
        if metric is not None:
            return " ".join(words[i:]), metric
    label = sink.without_name(label)
    return label, slug(label)


def _read_ttm_sentences(page: Page, sink: Sink) -> list[Calculation]:
    """'X's EBIT for the trailing twelve months (TTM) ended in Mar. 2017 was a (Jun. 2016 ) + ... = $T Mil.' sums."""
    calcs: list[Calculation] = []
    for _, n, text in page.filled():  # a blank line sums nothing
        if _TTM_SENTENCE_WORD not in text or " + " not in text or "=" not in text:
            continue
        hm = _TTM_SENTENCE.search(text)
        if not hm:
            continue
        expr_text, total_text = text[hm.end():].rsplit("=", 1)
        bare = " ".join(_QUARTER_TAG.sub(" ", expr_text).split())
        if not _is_sum(bare):
            continue  # not a sum of printed numbers (a sentence that goes on)
        total, _ = sink.number(total_text.strip())
        if total is None:
            continue
        label, metric = _named(hm.group("label").strip(), sink)
        period = period_from_text(hm.group("period"))
        in_mil = total.scale_factor != 1  # quarters of an amount printed in millions are in millions too
        operands: list[Operand] = []
        tree: Node | None = None
        note = None
        try:
            tree = parse_expression([(bare, n)])
            for num in tree.numbers():
                operands.append(build.Operand(name=None, metric=None, number=replaced(
                    num.number, scale=IMPLIED_MILLIONS, scale_factor=MILLION) if in_mil else num.number, line=n))
        except FormulaError as exc:
            note = f"sum on line {n} is not a complete expression: {exc}"
        tags = [t.strip("() ") for t in _QUARTER_TAG.findall(expr_text)]
        quarters = _quarters_of(period, tags) if len(tags) == len(operands) == 4 else None
        if quarters is not None:  # each addend is a quarter's value, dated: said, so the rules compare it with the row's
            operands = [o.model_copy(update={"period_hint": tag}) for o, tag in zip(operands, tags, strict=True)]
        fid = f"ttm_sum.{metric}"
        calcs.append(build.Calculation(
            id=f"calc.{fid}#{len(calcs)}", name=f"{label} (TTM ended in {hm.group('period')})", metric=metric,
            kind=CalculationKind.SUM, formula=f"{label} = sum of its quarters", formula_lines=[n],
            steps=[build.Step(text=bare, lines=[n], operands=operands).with_tree(tree)], result=total, result_line=n,
            period=build.Period(end=period, frequency=Frequency.TTM) if period else None, note=note))
        sink.add(fid, metric, label, total, line=n, raw=text, context="ttm", period=period,
                 period_text=hm.group("period"), frequency=Frequency.TTM)
        for operand, tag, end in zip(operands, tags, quarters or (), strict=False):  # round-40 second read 1: a row
            sink.add(f"{fid}.quarter", metric, label, operand.number, line=n, raw=text, context="calculation",
                     period=end, period_text=tag, frequency=Frequency.QUARTERLY)  # cell unlike its addend went unseen
    return calcs


def _quarters_of(ttm_end: str | None, tags: list[str]) -> list[str] | None:
    """The month ends of a TTM sum's four dated addends ('Oct. 2016', ... 'Jul. 2017'), where they are the four quarters
    three months apart that end at the TTM's month; else None (half-years, or dates that do not fit)."""
    if ttm_end is None:
        return None
    quarters = [months_before(ttm_end, k) for k in TTM_QUARTERS_BACK]  # the window gf.ttm.sum sums the row over
    return quarters if [period_from_text(t) for t in tags] == quarters else None


def _unpiped(text: str) -> str:
    """A table row's cells joined by spaces, empty cells dropped."""
    return " ".join(c for c in (cell.strip() for cell in text.split("|")) if c)


def _read_pipe_blocks(page: Page, sink: Sink, periods: dict[str, str], k: int, built: list[_Block]) -> list[Calculation]:
    """Formula blocks printed as table rows: a 'Name | = | symbolic |' head, then '= | ... |' rows."""
    calcs: list[Calculation] = []
    numbered = page.numbered()
    after = 0
    for i, n, text in page.filled():
        if i < after or _PIPE_WORD not in text:
            continue
        m = _PIPE_HEAD.match(text.strip())
        if not m:
            continue
        heading, undated = _heading(numbered, i)
        block = _Block(name=m.group("name").strip(), start=n, heading=heading, symbolic=[(_unpiped(m.group("rhs")), [n])],
                       undated=undated)
        after = len(numbered)
        for j, n2, s2 in _continuation(page, numbered, i, n, block.name):
            if not s2.startswith("= |") and s2 != "=":
                if _SPAN_TAG_TEXT.search(s2) and not _SPAN_TAG_TEXT.sub("", _unpiped(s2)).strip():  # span tags only, under a
                    block.tags_below = True  # step ('(A: Jan. 2021 ) | (A: Jan. 2020 ) | |||||', round-41 wc F3)
                    continue
                after = j
                break
            body = _unpiped(s2[1:])
            if body == "%":
                body = ""  # a blank result: '= | % |'
            if _is_numeric(body):
                block.numeric.append(([(body, n2)], [n2]))
            else:
                block.symbolic.append((body, [n2]))
        if block.numeric:
            block.four_times = _four_times_below(numbered, after)
            calcs.append(_build(block, sink, periods, k + len(calcs)))
            built.append(block)
    return calcs


def _unplaced_twins(blocks: list[_Block]) -> None:
    """A block of a term the page works out twice, under no heading that dates it, is of no period the page says: a
    page works a term out once for each period (the year's, the quarter's), so its values are not the 'current' ones
    the other block's may be (round-48 tester tj F1: a shuffled STEI page's quarter 8.3 and year 56.2 failed as one
    value). Its facts without a period of their own are stated for no period (a blank ``period_text``)."""
    count: dict[str, int] = {}
    for b in blocks:
        if b.metric and b.numeric:  # a block of names only ('P/B Ratio = Market Cap / (…)') works nothing out
            count[b.metric] = count.get(b.metric, 0) + 1
    for b in blocks:
        if b.metric and count.get(b.metric, 0) > 1 and b.heading is None and not b.undated and b.unplaced:
            build.set_field(b.unplaced, "period_text", "")


def _four_times_below(numbered: list[tuple[int, str]], after: int) -> frozenset[tuple[str, str]]:
    """(metric, month) of each input that the first line under a block (index ``after``, blank lines skipped) says is
    four times the quarter's: 'Note: The Net Income data used here is four times the quarterly (Oct. 2018) data.' under
    'ROA %=Net Income (Q: Oct. 2018 )/( … )' (OTCPK:APTY, round-45 tester tg F3): that input is the annualized quarter."""
    for idx in range(after, min(after + L.FOUR_TIMES_NOTE_LINES, len(numbered))):
        text = numbered[idx][1]
        if not text.strip():
            continue
        if L.FOUR_TIMES_WORDS not in text:
            return frozenset()
        return frozenset((metric, month) for m in L.FOUR_TIMES.finditer(text)
                         if (metric := metric_for_label(m.group("label"))) and (month := period_from_text(m.group("period"))))
    return frozenset()


def _continuation(page: Page, numbered: list[tuple[int, str]], i: int, n: int, name: str) -> Iterator[tuple[int, int, str]]:
    """The lines after a formula block's first (index ``i``, line ``n``): index, line number and stripped text, at
    most MAX_FORMULA_LINES of them (a longer block is hostile input: InputTooLarge names its first line)."""
    for j in range(i + 1, len(numbered)):
        n2, t2 = numbered[j]
        if j - i >= MAX_FORMULA_LINES:
            raise InputTooLarge(f"formula '{name[:60]}' (line {n}) runs over {MAX_FORMULA_LINES} lines",
                                source=page.source, line=n2)
        yield j, n2, t2.strip()
