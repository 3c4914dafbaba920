"""Margins of safety worked from a DCF intrinsic value: the inputs' sentence, and the result a line or two below it.

"As of today (2024-05-22), … Tokyo Seimitsu Co's intrinsic value calculated from the Discounted Dividend model is
円13623.23 and current share price is 円10780.00. Consequently," then "Tokyo Seimitsu Co's Margin of Safety % (DCF
Dividends Based) using Discounted Dividend model is 45.39%." The page prints the formula (Intrinsic Value - Current
Price) / Intrinsic Value above them; the result is checked by ``gf.calc.prose`` with the registry's formula.
"""

from __future__ import annotations

import re

from .. import _build as build
from .._formulas import FORMULAS
from .._models import Calculation, CalculationKind, Frequency
from . import _labels as L
from ._lines import Page
from ._sink import Sink


def read_margin(page: Page, n: int, text: str, sink: Sink, today: str | None, k: int, prefix: str) -> Calculation | None:
    """The margin of safety whose inputs line ``n`` states, with its result from the lines below (ids under the prose
    calculations' ``prefix``, whose rule checks it); None unless both inputs and the result of one model are read."""
    m = L.MARGIN_INPUTS.search(text)
    if m is None:
        return None
    result_line, rm = _result_below(page, n, m.group("model"))
    if rm is None:
        return None
    iv, _ = sink.number(m.group("iv"))
    price, _ = sink.number(m.group("price"))
    result, _ = sink.number(rm.group("v"))
    if iv is None or price is None or result is None:
        return None
    basis = L.MARGIN_BASIS[m.group("model")]
    target, iv_metric = f"margin_of_safety_dcf_{basis}_based", f"intrinsic_value_dcf_{basis}_based"
    formula = FORMULAS[target]
    sink.add(f"{prefix}{target}.{iv_metric}", iv_metric, f"intrinsic value ({m.group('model')} model)", iv, line=n,
             raw=text, context="calculation", period=today, frequency=Frequency.TODAY if today else None)
    sink.add(f"today.{target}", target, rm.group("label"), result, line=result_line, raw=page.line(result_line),
             context="today", period=today, frequency=Frequency.TODAY if today else None)
    operands = [build.Operand(name="intrinsic value", metric=iv_metric, period_hint=today, number=iv, line=n),
                build.Operand(name="current share price", metric="share_price", period_hint=today, number=price, line=n)]
    derivation = f"({iv.text} - {price.text}) / {iv.text}"
    return build.Calculation(
        id=f"{prefix}{target}#{k}", name=rm.group("label"), metric=target, kind=CalculationKind.FORMULA,
        formula=formula.expression, formula_lines=[n],
        steps=[build.Step(text=formula.expression, lines=[n], symbolic=True), build.Step(text=derivation, lines=[n], operands=operands)],
        result=result, result_line=result_line)


def _result_below(page: Page, n: int, model: str) -> tuple[int, re.Match[str] | None]:
    """The line and match of the result sentence of ``model`` within ``L.MARGIN_RESULT_LINES`` non-blank lines below."""
    line = n
    for _ in range(L.MARGIN_RESULT_LINES):
        nxt = page.next_nonblank(line)
        if nxt is None:
            break
        rm = L.MARGIN_RESULT.search(page.line(nxt))
        if rm is not None:
            return (nxt, rm) if rm.group("model") == model else (nxt, None)
        line = nxt
    return n, None
