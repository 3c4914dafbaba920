"""Why a prose calculation prints no result: what the page prints in its place, and the input that explains it.

'… annualized ROE % for the quarter that ended in Mar. 2017 was Negative Equity%.' after '… average Total Stockholders
Equity … was $-42.92 Mil' (GBSNQ): a ratio over a negative equity, which the site does not state.

'Therefore, Knr Systems's PE Ratio (TTM) for today is At Loss.' after 'Earnings per Share (Diluted) … was ₩-235.00':
the page says the company is at a loss, and a price over negative earnings is no ratio; the skip says so rather than
calling the result blank.
"""

from __future__ import annotations

from .._errors import FormulaError
from .._formulas import FORMULAS
from .._models import Calculation, Document, Fact, Missing
from .._regex_cache import compiled
from . import _labels as L


def blank_result_reason(calc: Calculation, doc: Document) -> str:
    """The reason a calculation with no printed result is not checked, in the page's own words where it has some."""
    line = calc.result_line
    stated = next((f for f in doc.facts if f.line == line and f.metric == calc.metric and f.value is None and f.raw), None)
    if stated is not None and stated.missing in _PRINTED_INSTEAD:
        return f"the page prints {_PRINTED_INSTEAD[stated.missing]} in place of the result on line {line}"
    raw = stated.raw if stated is not None else next((f.raw for f in doc.facts if f.line == line and f.raw), None)
    if raw and L.NEGATIVE_EQUITY_WORDS in raw:  # '… annualized ROE % for the quarter that ended in Mar. 2017 was Negative Equity%.'
        why = f"the page prints '{L.NEGATIVE_EQUITY_WORDS}' in place of the result on line {line}"
        equity = next((o for step in calc.steps for o in step.operands
                       if o.number.value < 0 and "equity" in (o.metric or o.name or "").lower()), None)
        if equity is None:
            return f"{why}: the equity it divides by is negative, so no ratio is defined"
        return f"{why}: {equity.name} is negative ({equity.number.text}, line {equity.line}), so no ratio is defined"
    if stated is None and raw and _RESULT_NOT_AVAILABLE.search(raw):  # '… PEG Ratio for today is N/A.' (round-32 ghe 010)
        return f"the page prints 'N/A' in place of the result on line {line}"
    if stated is None or stated.raw is None or not L.AT_LOSS.search(stated.raw):
        return f"the printed result is blank on line {line}"
    why = f"the page prints 'At Loss' on line {line}"
    negative = _negative_input(calc, doc)
    if negative is None:
        return f"{why}: the base is a loss, so no ratio is defined"
    assert negative.value is not None
    return f"{why}: {negative.label} is negative ({negative.value.text}, line {negative.line}), so no ratio is defined"


_RESULT_NOT_AVAILABLE = compiled(r"(?:Therefore|Hence), [^.]{0,160}? (?:is|was) N/A%?\.?\s*$")
"""A result sentence that prints 'N/A' for its value, as the line's last words."""

_PRINTED_INSTEAD = {Missing.NOT_AVAILABLE: "'N/A'", Missing.DASH: "a dash", Missing.UNREADABLE: "no readable number"}
"""What a result that is not blank prints instead of a number, by its missing kind (at-loss has its own reason)."""


def _negative_input(calc: Calculation, doc: Document) -> Fact | None:
    """A negative value of one of the formula's inputs stated on the calculation's line (the loss it names)."""
    try:
        names = {name.name for name in FORMULAS[calc.metric or ""].tree().names()}
    except (FormulaError, KeyError):
        return None
    return next((f for f in doc.facts if f.line == calc.result_line and f.metric in names and f.value is not None
                 and f.value.value < 0), None)
