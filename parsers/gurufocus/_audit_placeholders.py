"""Values printed as 0.00 that stand for 'not available'."""

from __future__ import annotations

from collections.abc import Iterator

from .._checks import quoted_fact, warned
from .._errors import FormulaError
from .._formulas import formula_for
from .._models import CheckResult, Document, Fact, Missing
from ._audit_common import (
    BOXED,
    RULE,
    bare_zero,
    dash_in_own_row,
    dashed_zeros,
    placeholder_zeros,
    rates_left_out,
    term_not_ranked,
    unranked_beside_row,
    window_left_out,
    zero_average,
    zero_divisor,
    zero_over_zero,
    zero_price,
    zero_range_beside_history,
)


def zero_placeholders(doc: Document) -> Iterator[CheckResult]:
    """Say when 0.00 stands for 'not available' (the value built from it is printed blank): one warning per quantity."""
    by_metric: dict[str, list[Fact]] = {}
    for z in placeholder_zeros(doc):
        by_metric.setdefault(z.metric, []).append(z)
    for metric, zeros in by_metric.items():
        zeros.sort(key=lambda f: f.line)
        why = _dashed_reason(doc, zeros) or _reason(doc, metric)
        named = next((f for f in zeros if f.context not in BOXED), None)
        label = named.label if named else (doc.term if metric == doc.term_metric and doc.term else metric)
        yield warned(f"{RULE}.zero_placeholder", label,
                     f"{label} is printed as {zeros[0].value.text} (line(s) {', '.join(dict.fromkeys(str(f.line) for f in zeros))}) "  # type: ignore[union-attr]
                     f"while {why}: 0.00 is read as GuruFocus's 'not available' here and is not checked as a value (a reading, "
                     "not a proof: a true value near 0 prints 0.00 too)",
                     quoted=quoted_fact(zeros[0]), inputs=[quoted_fact(f) for f in zeros[1:]])



def _dashed_reason(doc: Document, zeros: list[Fact]) -> str | None:
    """The row and cells that print '-' for every one of ``zeros``' months, where each is such a zero; else None."""
    dashed = dashed_zeros(doc)
    cells = [dashed.get(f.id) for f in zeros]
    if not cells or any(c is None for c in cells):
        return None
    rows: dict[int, tuple[str, list[str]]] = {}
    for series, cell in (c for c in cells if c is not None):
        months = rows.setdefault(series.line, (series.frequency.value.replace("_", "-"), []))[1]
        if cell.period_text not in months:
            months.append(cell.period_text)
    said = " and ".join(f"its own {freq} row on line {line} prints '-' for {', '.join(months)}"
                        for line, (freq, months) in rows.items())
    return f"{said}, GuruFocus's mark of a value it does not have"


def _reason(doc: Document, metric: str) -> str:
    """What shows that the page's 0.00 of ``metric`` stands for 'not available', the surest evidence first."""
    own = _own_blank_input(doc, metric)
    blank = None if own else _blank_statement(doc)
    if blank is not None:
        if blank.missing is Missing.UNFILLED:
            return f"the headline on line {blank.line} is GuruFocus's unfilled template ('As of . 20'), no value"
        return f"{blank.label} is blank on line {blank.line}"
    blank_input = own or next((f for f in doc.facts if f.value is None and f.context == "calculation"), None)
    if blank_input is not None:
        return f"{blank_input.label}, an input of the formula that builds it, is blank on line {blank_input.line}"
    undefined = zero_over_zero(doc)
    if undefined is not None:
        bare = bare_zero(undefined)
        if bare is not None:
            return (f"{bare.name}, an input it is worked from, prints a bare 0 on line {bare.line}, GuruFocus's 0 for a "
                    "value it does not have")
        return f"the inputs it is worked from on line {undefined.result_line} all print 0, and a ratio of zeros has no value"
    left_out = window_left_out(doc)
    if left_out is not None and left_out.value is not None:
        unranked = term_not_ranked(doc)
        return (f"the growth sentence on line {left_out.line} prints the rates of other windows ({left_out.label} "
                f"{left_out.value.text}, say) but no {_window_words(doc.term)} rate"
                + (f", and line {unranked} says the page does not rank it" if unranked else ""))
    beside = zero_range_beside_history(doc)
    if beside is not None and beside[1].value is not None:
        return (f"its range on line {beside[0].line} prints 0 for every bound and its history rows print "
                f"{beside[1].value.text} (line {beside[1].line}), not 0")
    part = zero_average(doc)
    if part is not None and part.value is not None:
        return (f"line {part.line} prints {part.label} {part.value.text}, the latest of the values it averages, so it is 0 "
                "only if earlier ones are negative")
    row = unranked_beside_row(doc)
    if row is not None and row.value is not None:
        return (f"line {term_not_ranked(doc)} says the page does not rank it (GuruFocus ranks meaningful values only) and "
                f"the {row.period_text or 'same month'} row prints {row.value.text} (line {row.line}), not 0")
    link = rates_left_out(doc)
    if link is not None:
        return (f"its growth paragraph, closed by its link on line {link}, prints no rate of any window (GuruFocus prints "
                f"the {_window_words(doc.term)} average wherever it has one)")
    dashed = dash_in_own_row(doc)
    if dashed is not None:
        series, cell = dashed
        rows = [s for s in doc.series if s.metric == doc.term_metric]  # dash_in_own_row's rows: the term's
        # cited: the rows that print a '-', not one the page's end cut before its cells (round-48 tester tj F2, GROV)
        dashed_rows = [s for s in rows if any(p.missing is Missing.DASH for p in s.points)]
        if dashed_rows and all(p.missing in _NOT_PRINTED for s in rows for p in s.points):
            return (f"every cell its history rows print ({', '.join(f'line {s.line}' for s in dashed_rows)}) is '-', "
                    "GuruFocus's mark of a value it does not have")
        return (f"its own {series.frequency.value.replace('_', '-')} row on line {series.line} prints '-' for {cell.period_text}, "
                "GuruFocus's mark of a value it does not have")
    base = zero_divisor(doc)
    if base is not None and base.value is not None:
        return (f"{base.label}, the base it is worked from, is printed as {base.value.text} for its period on line "
                f"{base.line}: a ratio over 0 has no value")
    price = zero_price(doc)
    if price is not None and price.value is not None:
        return (f"the share price it is worked from is printed as {price.value.text} on line {price.line}: no share trades "
                "at 0, so that is GuruFocus's 0 for a price it does not have")
    return "the formula that uses it prints no result"


def _blank_statement(doc: Document) -> Fact | None:
    """Today's or the headline's statement printed blank, a blank one before an unfilled template: the template's
    headline prints a '$0.00' of its own, which is no blank (round-32 ghi F6: 'E10 is blank on line 4', a '$0.00')."""
    found = [f for f in doc.facts if f.value is None and f.context in _STATEMENTS]
    return next((f for f in found if f.missing is not Missing.UNFILLED), found[0] if found else None)


_STATEMENTS = frozenset({"today", "headline"})
_NOT_PRINTED = frozenset({Missing.DASH, Missing.PREMIUM_ONLY})


def _own_blank_input(doc: Document, metric: str) -> Fact | None:
    """A blank input of the formula the registry builds ``metric`` by, as the page states it (Median PS Value's
    Revenue per Share: not the share price, which another formula divides by Median PS Value), or None."""
    formula = formula_for(metric)
    try:
        own = {n.name for n in formula.tree().names()} if formula else set()
    except FormulaError:  # an aggregate ('sum(adj_eps) / years', E10) is no expression of named inputs
        return None
    return next((f for f in doc.facts if f.value is None and f.context == "calculation" and f.metric in own), None)


def _window_words(term: str | None) -> str:
    """'5-year' of '5-Year EBITDA Growth Rate'."""
    return (term or "").partition(" ")[0].lower()
