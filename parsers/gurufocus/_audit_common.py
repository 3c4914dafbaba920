"""Shared data and helpers of the GuruFocus checks: the rule prefix, aggregate and ratio bases, sentinels."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .._checks import number_interval, once_per_run
from .._errors import FormulaError
from .._expr import BinOp, Neg, Node
from .._formulas import FORMULAS
from .._metrics import N_YEAR_LABEL, components_of, is_price_dependent, registered_window
from .._models import Calculation, CalculationKind, Document, Fact, Frequency, Missing, Operand, Series, SeriesPoint
from .._regex_cache import compiled
from . import _labels as L
from ._prose import metric_of, slug
from ._prose_period_calcs import by_formula

RULE = "gf"



AGGREGATES = {  # adjusted column -> the cyclically adjusted value it averages, and how
    "adj_eps": ("e10", "sum_over_years"),
    "adj_book": ("cyclically_adjusted_book_per_share", "mean"),
    "adj_revenue_per_share": ("cyclically_adjusted_revenue_per_share", "sum_over_years"),
    "adj_fcf_per_share": ("cyclically_adjusted_fcf_per_share", "sum_over_years"),
}



RATIO_BASE = {
    "shiller_pe_ratio": "e10", "cyclically_adjusted_pb_ratio": "cyclically_adjusted_book_per_share",
    "cyclically_adjusted_ps_ratio": "cyclically_adjusted_revenue_per_share",
    "cyclically_adjusted_price_to_fcf": "cyclically_adjusted_fcf_per_share",
}



SPAN_WORDS = {Frequency.QUARTERLY: "quarter's", Frequency.SEMI_ANNUAL: "half-year's"}
"""How a check names a value stated for a quarter or a half-year."""
INTERIM_WORDS = "interim period's"
"""How a check names a value stated 'for the months ended in' a month: GuruFocus leaves out how many, and the page
states the twelve months' value apart ('… for the months ended in Apr. 2024 was 円-2,365 Mil. Its total free cash flow
for the trailing twelve months (TTM) ended in Apr. 2024 was 円-747 Mil.', TSE:3451), so it is a span shorter than a year."""
_SPAN_SAID = (("for the quarter that ended in ", SPAN_WORDS[Frequency.QUARTERLY]),
              ("for the three months ended in ", SPAN_WORDS[Frequency.QUARTERLY]),
              ("for the six months ended in ", SPAN_WORDS[Frequency.SEMI_ANNUAL]),
              ("for the months ended in ", INTERIM_WORDS))
"""How a statement's sentence says its value is a quarter's, a half-year's or an interim period's, before the month it
names, and how a check then names the value."""


def span_said(fact: Fact) -> str | None:
    """How a check names the span a statement's own sentence says its value is for ("quarter's" for '… for the quarter
    that ended in Dec. 2023 was 12.15%'), whatever frequency the fact keeps (none, where the page does not say which of
    its rows that is, or how many months); None for any other fact."""
    if fact.context != "statement" or not fact.period_text or fact.value is None:
        return None
    for words, span in _SPAN_SAID:
        if words + fact.period_text in fact.raw:
            return span
    return None

BOXED = frozenset({"range", "industry", "widget", "sign"})
"""The range box's and the industry line's 'Current', the 2026 score widget ('Price €31.20', 'GF Value NT$31.57') and
the Good/Warning Sign line ('Altman Z-score of 1.93 is in the grey area', which prints the box's Current on every real
page seen, not the headline: round-42 testers xb F7, ya F1):
GuruFocus computes them apart from the headline and prints them without a date (two real pages of one company's two
listings, two weeks apart, print the same Current beside headlines of their own day, 481.43 and 413.33 against
445.57: the box may be of another day), under labels that are the box's ('Current:', 'vs. SPY:', 'Price'), not the
quantity's name."""

SENTINELS = (Decimal("-10000000"), Decimal("10000000"), Decimal("9999.99"), Decimal("-99999999.99"),
             Decimal("99999999.99"))
"""Values GuruFocus prints in a range where it has no measurement: -10000000 and 10000000 (an M-score's lowest),
9999.99, its cap for a ratio without a denominator (interest coverage of a company with no debt: 'Max: 9999.99', NAS:GYRO
2014, whose own definition says such a company 'had no debt'), and -99999999.99 (an EV-to-Revenue's lowest, WAR:DEV 2025,
round-39 tester gta F1; its positive twin with it, as for 10000000)."""




def placeholder_zeros(doc: Document) -> list[Fact]:
    """Values printed as 0.00 that stand for 'not available': the quantity built from them is blank on the page.

    Worked out once per recompute run (the range rule asks once per range, the placeholder rule once): read only."""
    return once_per_run(_placeholder_zeros, doc)


_BLANK_SAYS_NOT_AVAILABLE = frozenset({"today", "headline", "calculation"})
"""Where a blank value shows the page's data is not available: a blank headline or 'today' value built from the
zeros, or a blank input of the calculation that builds them ('Revenue per Share … was RSD.')."""


_TERM_ZERO_CONTEXTS = frozenset({"headline", "today", "prose", "range", "industry"})
"""Where a 0 of the page's own term is a placeholder when the page's value of it is blank: its headline, today's or
a prose copy, and the range box's and industry line's 'Current: 0' / 'vs. SPY: 0.00' (SPY's Shiller P/E page of 2015)."""


_SUM = CalculationKind.SUM


def zero_over_zero(doc: Document) -> Calculation | None:
    """The calculation of the page's term whose printed result is 0 from inputs that are all 0 ('Gross Profit … was
    円0 Mil. … Revenue … was 円0 Mil. Therefore, … Gross Margin % … was 0.00%', TSE:3267, whose verdict sentence says
    'a gross margin of N/A%'): 0 / 0 has no value, so the 0 is GuruFocus's for one it does not have; or from an input
    printed as a bare '0' (``bare_zero``); else None."""
    for calc in doc.calculations:
        if calc.metric != doc.term_metric or calc.result is None or calc.result.value != 0 or calc.kind is _SUM:
            continue  # a sum of zeros is 0 ('In all, … spent €0.00 Mil on financial activities', ggd 016): a value
        operands = next((s.operands for s in calc.steps if not s.symbolic), [])
        if operands and (all(o.number.value == 0 for o in operands) or bare_zero(calc) is not None):
            return calc
    return None


def bare_zero(calc: Calculation) -> Operand | None:
    """An input printed as a bare '0', of a formula (no sum) whose printed result is 0: '10-Year median PS Ratio is 0.
    Therefore, the Median PS Value for today is $0.00' (round-32 ghe 006, ghi 051), where the site prints a ratio with
    decimals and a 0 factor makes the result 0 whatever the other inputs are: GuruFocus's 0 for a median it does not
    have. None for any other calculation (a 0 in a sum is an addend like any other)."""
    if calc.result is None or calc.result.value != 0 or calc.kind is _SUM:
        return None
    operands = next((s.operands for s in calc.steps if not s.symbolic), [])
    return next((o for o in operands if o.number.value == 0 and o.number.text == "0"), None)


def _placeholder_zeros(doc: Document) -> list[Fact]:
    if not any(f.value is not None and f.value.value == 0 for f in doc.facts):  # most pages: every fact below prints
        return []  # 0 (the dashed ones too), so none of the readings is worked out
    dashed = dashed_zeros(doc)
    if ((not _blank_dependents(doc) or _near_zero_explains(doc)) and window_left_out(doc) is None and zero_range_beside_history(doc) is None
            and zero_average(doc) is None and unranked_beside_row(doc) is None and dash_in_own_row(doc) is None
            and rates_left_out(doc) is None and zero_price(doc) is None and zero_divisor(doc) is None):
        return [f for f in doc.facts if f.id in dashed] if dashed else []
    results = _term_zero_results(doc) if dash_in_own_row(doc) is not None else frozenset()
    return [f for f in doc.facts if (f.value is not None and f.value.value == 0 and not f.value.exact
            and f.context in _TERM_ZERO_CONTEXTS and f.metric == doc.term_metric) or
            (f.value is not None and f.value.value == 0 and f.metric in RATIO_BASE.values() and f.context in {"today", "prose", "headline"})
            or f.id in dashed or f.id in results]


def _term_zero_results(doc: Document) -> frozenset[str]:
    """The term's 0 statements that a paragraph prints as its result (by fact id): where the term's own rows make its
    0.00 a stand-in (``dash_in_own_row``), the paragraph's 0.00 is that stand-in too, not a value its check may pass
    beside the warning (round-50 tester r1 F2: ICICI Lombard's headline warned while the same 0.00 on line 12 passed)."""
    lines = {c.result_line for c in doc.calculations if c.metric == doc.term_metric and c.result is not None and c.result.value == 0}
    return frozenset(f.id for f in facts_by_metric(doc).get(doc.term_metric or "", ()) if f.context == "statement"
                     and f.line in lines and f.value is not None and f.value.value == 0)


def zero_divisor(doc: Document) -> Fact | None:
    """The statement that prints 0 for the divisor of the page's term, for the month its headline prints 0 for: 'Revenue
    for the six months ended in Dec. 2023 was A$0.00 Mil' under 'Days Sales Outstanding : 0.00 (As of Dec. 2023)' and no
    result sentence (ASX:NZO, round-50 tester y2 F1; JSE:BKI's Cost of Goods Sold R0.00 Mil, y2 F2): a ratio over a
    base of 0 has no value, so the headline's 0.00 is GuruFocus's for none. None elsewhere. Once per recompute run."""
    return once_per_run(_zero_divisor, doc)


def _zero_divisor(doc: Document) -> Fact | None:
    term = doc.term_metric or ""
    ratio = by_formula().get(term)
    formula = ratio.formula if ratio is not None else FORMULAS.get(term)  # Inventory Turnover's is the registry's
    if formula is None:
        return None
    headline = next((f for f in facts_by_metric(doc).get(term, ()) if f.context == "headline"), None)
    if headline is None or headline.value is None or headline.value.value != 0 or headline.value.exact or headline.period is None:
        return None
    try:
        bases = _divisors(formula.tree())
    except FormulaError:  # a registry formula that is no expression of names (E10's average of years): no base
        return None
    month = headline.period.end
    return next((f for f in doc.facts if f.context == "statement" and f.metric.removeprefix(_AVERAGE) in bases
                 and f.value is not None and f.value.value == 0 and not f.value.exact and f.period is not None
                 and f.period.end == month), None)


_AVERAGE = "average_"
"""A base printed as its average ('Average Total Inventories … was HK$0.00 Mil' under Inventory Turnover 0.00, whose
formula divides by total_inventories: HKSE:00431, round-50 tester r1 F3): the statement's metric names the average."""


def _divisors(tree: Node) -> frozenset[str]:
    """The names a formula divides by (anywhere right of a '/')."""
    if isinstance(tree, BinOp):
        inner = _divisors(tree.left) | _divisors(tree.right)
        return inner | {n.name for n in tree.right.names()} if tree.op == "/" else inner
    if isinstance(tree, Neg):
        return _divisors(tree.operand)
    return frozenset()


def zero_price(doc: Document) -> Fact | None:
    """Today's share price printed as 0 on the page of a ratio of the price whose headline prints 0 ('As of today
    (2024-05-15), Coca-Cola Consolidated's share price is $0.00. … Hence, … Price to Tangible Book Ratio of today is
    0.00.' beside a 13-year low of 11.31, GREY:COKEB): no share trades at 0, so the price is GuruFocus's 0 for one it
    does not have, and the ratio worked over it is none (round-47 testers tc F2, tb F3: warned as a value outside its
    range, and as a copy against the box's 'Current: 0.74', OTCPK:TSSHF); else None."""
    if doc.term_metric is None or not is_price_dependent(doc.term_metric):
        return None
    head = doc.fact("headline")
    if head is None or head.value is None or head.value.value != 0 or head.value.exact:
        return None
    return todays_zero_price(doc)


def todays_zero_price(doc: Document) -> Fact | None:
    """Today's share price where the page prints it as 0 (not an exact '0'): no share trades at 0, so it is GuruFocus's
    0 for a price it does not have (a delisted security's); else None."""
    return next((f for f in doc.facts if f.metric == "share_price" and f.context == "today" and f.value is not None
                 and f.value.value == 0 and not f.value.exact), None)


def dashed_zeros(doc: Document) -> dict[str, tuple[Series, SeriesPoint]]:
    """A statement's 0.00 (by fact id) whose own history row, of its metric and frequency, prints '-' for its month, with
    that row and cell: 'ProGreen US's annual net PPE declined from Apr. 2016 ($1.31 Mil) to Apr. 2017 ($0.00 Mil) but then
    increased from Apr. 2017 ($0.00 Mil) to Apr. 2018 ($0.00 Mil)' above an annual row whose Apr17 and Apr18 cells are '-'
    (round-45 tester tg F1): the dash is GuruFocus's mark of a value it does not have, and the sentence's 0.00 its stand-in
    for the same one. Judged month by month, whatever other months state, but not where a copy of the same month
    states a value other than 0 (``_stated_nonzero_of``). Once per recompute run: read only."""
    return once_per_run(_dashed_zeros, doc)


def _dashed_zeros(doc: Document) -> dict[str, tuple[Series, SeriesPoint]]:
    over = zeros_over_dashes(doc)
    if not over:
        return {}
    by_id = {f.id: f for f in doc.facts if f.id in over}
    all_dashes = _all_dashes(_term_cells(doc)) and _zero_taken_as_printed(doc) if doc.term_metric else False
    return {fid: cell for fid, cell in over.items() if not _stated_nonzero_of(doc, by_id[fid])
            and not _worked_out(doc, by_id[fid], zero_inputs=all_dashes and by_id[fid].metric == doc.term_metric)}


def _worked_out(doc: Document, zero: Fact, *, zero_inputs: bool = False) -> bool:
    """Whether the zero is the result of a paragraph on its line whose printed inputs (none of them 0, unless
    ``zero_inputs``) give it (``gives_zero``): a true value the page works out, which a row's '-' does not make a stand-in
    (round-50 tester y1 F1: Goodwill-to-Asset 0.00 from $1,063 Mil over $336,252 Mil beside rows of '-')."""
    from ._audit_prose_calcs import gives_zero  # the calculations' rule reads this module's placeholders

    return any(gives_zero(c, doc, zero_inputs=zero_inputs) for c in doc.calculations
               if c.result_line == zero.line and c.metric == zero.metric)


def zeros_over_dashes(doc: Document) -> dict[str, tuple[Series, SeriesPoint]]:
    """Every statement's 0.00 (by fact id) whose own row prints '-' for its month, with the row and cell, whatever the
    other copies of that month state. Once per recompute run: read only."""
    return once_per_run(_zeros_over_dashes, doc)


def _zeros_over_dashes(doc: Document) -> dict[str, tuple[Series, SeriesPoint]]:
    zeros = [f for f in doc.facts if f.context == "statement" and f.value is not None and f.value.value == 0
             and not f.value.exact and f.period is not None and f.period.frequency is not None]
    if not zeros:  # most pages: no row is looked at
        return {}
    cells = history_cells(doc)
    found: dict[str, tuple[Series, SeriesPoint]] = {}
    for f in zeros:
        assert f.period is not None and f.period.frequency is not None
        cell = next((c for c in cells.get((f.metric, f.period.end), ())
                     if c[0].frequency is f.period.frequency and c[1].missing is Missing.DASH), None)
        if cell is not None:
            found[f.id] = cell
    return found


def history_cells(doc: Document) -> dict[tuple[str, str], list[tuple[Series, SeriesPoint]]]:
    """Every history cell of the page by (metric, month), with its row, in page order. Once per recompute run: read
    only."""
    return once_per_run(_history_cells, doc)


def _history_cells(doc: Document) -> dict[tuple[str, str], list[tuple[Series, SeriesPoint]]]:
    cells: dict[tuple[str, str], list[tuple[Series, SeriesPoint]]] = defaultdict(list)
    for s in doc.series:
        for p in s.points:
            if p.period:
                cells[(s.metric, p.period)].append((s, p))
    return cells


def _stated_nonzero_of(doc: Document, zero: Fact) -> bool:
    """Whether a copy of the zero's metric and month, of its frequency or of none, states a value other than 0 (the
    headline's 10.10 beside the quarter's statement of 0.00): then the page contradicts itself or not, which the
    restated rule judges, and the zero is no stand-in read from the row's dash (the round-46 review's R1)."""
    assert zero.period is not None
    return any(f.value is not None and f.value.value != 0 and f.context in _STATED_COPIES and f.period is not None
               and f.period.end == zero.period.end and f.period.frequency in (None, zero.period.frequency)
               for f in facts_by_metric(doc).get(zero.metric, ()))


_RANGE_SUFFIXES = (".hist_min", ".hist_max", ".hist_median")


def zero_range_beside_history(doc: Document) -> tuple[Fact, Fact] | None:
    """The page's range of its term printed all 0 ('the highest … was 0.00. The lowest was 0.00. And the median was
    0.00.') beside a history value of the term that is not 0, as (a bound, that value): the zeros are GuruFocus's for a
    range it does not have, since the values it shows are not 0, and so is its headline's 0.00 of the term (Wirecard's
    M-Score page of 2024, whose 0.00 read as 'likely a manipulator' above rows of -3.02 to -3.09, round-37 grc F3);
    None elsewhere. Once per recompute run: read only."""
    return once_per_run(_zero_range_beside_history, doc)


def _zero_range_beside_history(doc: Document) -> tuple[Fact, Fact] | None:
    term = doc.term_metric
    if not term:
        return None
    index = facts_by_metric(doc)  # the rules' shared index: a scan of the facts per page cost 46 K instructions
    bounds = [f for suffix in _RANGE_SUFFIXES for f in index.get(term + suffix, ())]
    if not bounds or any(f.value is None or f.value.value != 0 for f in bounds):
        return None
    shown = next((f for f in reversed(index.get(term, ())) if f.context == "history" and f.value is not None
                  and f.value.value != 0), None)
    return (min(bounds, key=lambda f: f.line), shown) if shown is not None else None


_WINDOW_ID = compiled(r"(\d{1,2})_year_(.{1,80})")


def _window_of(metric: str) -> tuple[int, str] | None:
    """(years, family slug) of a growth rate's metric id: '3_year_ebitda_growth_rate' by its id, 'ebitda_growth_5y' (the
    5-year rate, registered under the Peter Lynch formula's id) by its registered label (round-45 tester th F1)."""
    w = _WINDOW_ID.fullmatch(metric)
    if w is not None:
        return int(w.group(1)), w.group(2)
    window = registered_window(metric)
    return (window[0], slug(window[1])) if window is not None else None


def window_left_out(doc: Document) -> Fact | None:
    """On an N-year growth page, the growth sentence's rate of a longer window where the sentence prints shorter and
    longer windows' rates but not the N-year one: GuruFocus leaves out a rate it does not have, and its headline then
    prints 0.00% in its place ('5-Year EBITDA Growth Rate : 0.00%' above '… 3 years … -1.70% per year. During the past
    10 years … -4.60% per year.', BKK:SPG, round-35 gib F2); None elsewhere. Once per recompute run: read only."""
    return once_per_run(_window_left_out, doc)


def _window_left_out(doc: Document) -> Fact | None:
    m = N_YEAR_LABEL.fullmatch(doc.term) if doc.term else None
    if m is None:
        return None
    years, family = int(m.group(1)), slug(m.group(2))
    windows: dict[int, Fact] = {}
    others: list[Fact] = []  # every rate the growth sentence prints ('During the past 12 months, … was 4.00% per year')
    for f in doc.facts:
        if f.context != "growth" or f.value is None:
            continue
        others.append(f)
        w = _window_of(f.metric)
        if w is not None and w[1] == family:
            windows.setdefault(w[0], f)
    if years in windows:
        return None
    longer = next((f for y, f in sorted(windows.items()) if y > years), None)
    if longer is not None and any(y < years for y in windows):
        return longer
    if any((w := _window_of(f.metric)) is not None and w[0] == years for f in others) or _stated_nonzero(doc):
        return None
    # otherwise (a 12-month rate alone, say) the page's own word that it does not rank the N-year rate (GuruFocus
    # ranks 'among companies with meaningful … only') says the 0.00% is none (round-38 gsc F2, OSL:DNO; round-39 gte F2),
    # and so does a growth paragraph printed whole, up to its closing link, without the N-year rate (round-42 tester yb
    # F1, SZSE:002424: '… 12 months … was -254.90% per year. Please click Growth Rate Calculation Example …', cut before
    # the rank box)
    if not others:
        return None
    return others[0] if term_not_ranked(doc) is not None or L.GROWTH_PARAGRAPH_END in others[-1].raw else None


def rates_left_out(doc: Document) -> int | None:
    """On an N-year growth page, the line of the link that closes its growth paragraph ('Please click Growth Rate
    Calculation Example …') where the paragraph prints no rate of any window before it and no copy of the term is other
    than 0: 'Casino Guichard-Perrachon (XPAR:CO) 5-Year Dividend Growth Rate : 0.00%' above a paragraph of the half-year's
    '€0.00' dividends and the link alone (round-45 tester ta F3; GuruFocus prints 'During the past 5 years, the average
    … was X% per year' wherever it has the rate). None elsewhere. Once per recompute run: read only."""
    return once_per_run(_rates_left_out, doc)


def _rates_left_out(doc: Document) -> int | None:
    if doc.term is None or N_YEAR_LABEL.fullmatch(doc.term) is None or _stated_nonzero(doc):
        return None
    if any(f.context == "growth" and f.value is not None for f in doc.facts):
        return None
    for section in doc.sections:  # a section's text opens on its heading's line (its line), so k lines on is line + k
        if L.GROWTH_PARAGRAPH_END in section.text:
            return section.line + next(k for k, text in enumerate(section.text.split("\n")) if L.GROWTH_PARAGRAPH_END in text)
    return None


_AVERAGED: dict[str, str] = {"cyclically_adjusted_book_per_share": "adj_book",
                             "cyclically_adjusted_revenue_per_share": "adj_revenue_per_share"}
"""Averages of a quantity that is rarely or never below 0, by the metric of the adjusted value of the latest period the
page states in the same paragraph ('… adjusted book value per share for the three months ended in Mar. 2024 was
¥49.153. Add all the adjusted book value per share for the past 10 years together and divide …')."""


def zero_average(doc: Document) -> Fact | None:
    """The latest adjusted value an average of the page's term is built from, where it is above 0 and every copy of
    the average prints 0: 'Cyclically Adjusted Book per Share … is ¥0.00' beside '… adjusted book value per share for the
    three months ended in Mar. 2024 was ¥49.153' (SZSE:002594, round-39 gte F1). An average of values that include
    49.153 is 0 only if earlier ones are negative, which a book value rarely is and a revenue never: the 0.00 reads as
    GuruFocus's for a value it does not have. None elsewhere (PCNEF's adjusted revenue of the quarter is $0.000). Once
    per recompute run: read only."""
    return once_per_run(_zero_average, doc)


def _zero_average(doc: Document) -> Fact | None:
    term = doc.term_metric
    part = _AVERAGED.get(term or "")
    if part is None or term is None:
        return None
    index = facts_by_metric(doc)
    if _stated_nonzero(doc) or not any(f.value is not None and f.context in _STATED_COPIES for f in index.get(term, ())):
        return None  # no copy of the average printed, or one that is not 0: a disagreement is the restated rule's
    return next((f for f in index.get(part, ()) if f.value is not None and f.value.value > 0), None)


_STATED_COPIES = frozenset({"headline", "today", "prose", "statement", "calculation"})


def _stated_nonzero(doc: Document) -> bool:
    """Whether a copy of the page's term that states it (headline, today's, prose, statement, calculation) is not 0:
    then a 0 beside it is the page contradicting itself or not, which the restated rule judges, never a stand-in read
    from other evidence (the reviewer's NASB copy: headline $0.00 beside the same period's $3.95)."""
    return any(f.value is not None and f.value.value != 0 and f.context in _STATED_COPIES
               for f in facts_by_metric(doc).get(doc.term_metric or "", ()))


def unranked_beside_row(doc: Document) -> Fact | None:
    """A history row of the page's term, not 0, of the month its headline or statement prints 0 for, on a page that
    says it does not rank the term: '10-Year ROIIC % : 0.00% (As of Dec. 2022)' and '… for the quarter that ended in
    Dec. 2022 was 0.00%' beside the Dec22 row's 35.00 and 'HKSE:08045's 10-Year ROIIC % is not ranked *' ('ranked among
    companies with meaningful 10-Year ROIIC % only'; round-42 tester xe F2): the zeros are GuruFocus's for a value it
    does not have. None elsewhere. Once per recompute run: read only."""
    return once_per_run(_unranked_beside_row, doc)


def _unranked_beside_row(doc: Document) -> Fact | None:
    if term_not_ranked(doc) is None or _stated_nonzero(doc):
        return None
    own = facts_by_metric(doc).get(doc.term_metric or "", ())
    zero_months = {f.period.end for f in own if f.context in _STATED_COPIES and f.period is not None
                   and f.value is not None and f.value.value == 0}
    return next((f for f in own if f.context == "history" and f.period is not None and f.period.end in zero_months
                 and f.value is not None and f.value.value != 0), None)


def dash_in_own_row(doc: Document) -> tuple[Series, SeriesPoint] | None:
    """A history row of the page's term that prints '-' for the month its headline or statement prints 0 for, as (the
    row, its cell), on a page that states the term nowhere as anything but 0: 'Cash per Share : ₩0.00 (As of Mar. 2024)'
    and '… for the quarter that ended in Mar. 2024 was ₩0.00' above a quarterly row whose Mar24 cell is '-' beside
    4,907.50 and 6,652.10 (XKRX:035250, round-45 tester ta F1): the row's dash is GuruFocus's mark of a value it does not
    have, and the zeros are its 0.00 for the same one. None elsewhere. Once per recompute run: read only."""
    return once_per_run(_dash_in_own_row, doc)


_ALL_DASH_CELLS = 3
"""The fewest history cells, all '-', that say the page has no value of its term for any period."""


def _term_cells(doc: Document) -> list[tuple[Series, SeriesPoint]]:
    """Every printed history cell of the page's term (premium-only cells left out), in page order."""
    term = doc.term_metric
    return [c for (metric, _), row in history_cells(doc).items() if metric == term for c in row
            if c[1].missing is not Missing.PREMIUM_ONLY]


def _zero_taken_as_printed(doc: Document) -> bool:
    """Whether an input printed 0 may be taken as a value where the term's rows print only '-': not where the page says
    it does not rank the term (only meaningful values are ranked): 'WDS's average Accounts Receivable … was A$0.0 Mil
    … Revenue … was A$113.2 Mil. Hence, … Days Sales Outstanding … was 0.00' above 'is not ranked' and rows of '-' (a
    construction company's receivables of 0: GuruFocus's for none, ASX:WDS 2014, round 45)."""
    return term_not_ranked(doc) is None


def _all_dashes(cells: list[tuple[Series, SeriesPoint]]) -> bool:
    """Whether the term's rows print no value at all: three cells at least, every one '-'."""
    return len(cells) >= _ALL_DASH_CELLS and all(p.missing is Missing.DASH for _, p in cells)


def _dash_in_own_row(doc: Document) -> tuple[Series, SeriesPoint] | None:
    if not doc.term_metric or _stated_nonzero(doc):
        return None
    own = facts_by_metric(doc).get(doc.term_metric, ())
    zeros = [f for f in own if f.context in _STATED_COPIES and f.period is not None and f.value is not None
             and f.value.value == 0]  # in page order: the headline first
    zero_months = [(f.period.end, f.period.frequency) for f in zeros if f.period is not None]
    first = [f for f in zeros if f.period is not None and f.period.end == zero_months[0][0]] if zero_months else []
    if not first or any(_worked_out(doc, f) for f in first):  # the headline's month's zeros
        return None  # (or) the headline's month's 0 is a value the page works out from inputs that are not 0
    rows = _term_cells(doc)
    if _all_dashes(rows):  # no value in any row: a 0.00 of
        # any date is GuruFocus's for none ('Beneish M-Score : 0.00 (As of May. 26, 2024)', a day no row prints, above
        # rows of '-' only: TSE:4891, round-45 tester tl F1), unless the page works its 0 out from inputs it prints,
        # a 0 among them: then the rows' dashes are of a ratio that is 0 ('Goodwill … was ₹0 Mil … Total Assets … was
        # ₹616,373 Mil. Therefore, … Goodwill to Asset Ratio … was 0.00' above rows of '-' only, a bank with no goodwill,
        # BOM:540716, round-50 tester r1 F1; a dash between values that are not 0 stays a stand-in's, round 45's ta F1)
        if _zero_taken_as_printed(doc) and any(_worked_out(doc, f, zero_inputs=True) for f in first):
            return None  # the headline's month's 0, as above (round-50 reviewer R3: another month's paragraph cleared it)
        return max(rows, key=lambda c: c[1].period or "")
    term = doc.term_metric
    cells = {month: row for (metric, month), row in history_cells(doc).items() if metric == term}
    # a zero that names no span (a headline) is of the span another copy of its month names, the quantity the restated
    # rule groups it with: an Indian fiscal year ends in March, so the quarter's 0.00 (₹0.00 / ₹5.57, a computed zero)
    # and its headline share their month with the fiscal year's '-' (round-45 tester tk F1, BOM:539449)
    named = {month: frequency for month, frequency in zero_months if frequency is not None}
    for month, frequency in zero_months:
        frequency = frequency or named.get(month)
        here = [c for c in cells.get(month, ()) if frequency is None or c[0].frequency is frequency]
        if here and all(p.missing is Missing.DASH for _, p in here):  # every row of its span printing the month
            return here[0]
    return None


def term_not_ranked(doc: Document) -> int | None:
    """The line saying the page does not rank its own term ('OSL:DNO's 3-Year Dividend Growth Rate is not ranked *'), or
    None. Once per recompute run: read only."""
    return once_per_run(_term_not_ranked, doc)


def _term_not_ranked(doc: Document) -> int | None:
    if not doc.term_metric:
        return None
    for section in doc.sections:  # a section's text opens on its heading's line (its line), so k lines on is line + k
        if L.NOT_RANKED_WORDS not in section.text:
            continue
        for k, text in enumerate(section.text.split("\n")):
            nr = L.NOT_RANKED.match(text.strip()) if L.NOT_RANKED_WORDS in text else None
            if nr is not None and metric_of(nr.group("label")) == doc.term_metric:
                return section.line + k
    return None


def _blank_dependents(doc: Document) -> bool:
    """Whether the page prints a blank where its zeros would come from: a blank headline, today's or input value, or
    a calculation without its result, or a 0 result of 0 inputs. Loops, not any(): a generator per fact of every
    page cost more than the tests."""
    for f in doc.facts:
        if f.value is None and f.context in _BLANK_SAYS_NOT_AVAILABLE:
            return True
    for c in doc.calculations:
        if c.result is None and c.result_line is not None:
            return True
    return zero_over_zero(doc) is not None


def _near_zero_explains(doc: Document) -> bool:
    """Whether a true value near 0 explains both the page's 0.00 and its blanks: every input the page prints for a zero
    of a cyclically adjusted value is itself within the zero's rounding, and no copy of a blank quantity states a value.
    'FONU2's adjusted free cash flow per share … was $-0.001. … which is $0.00' beside a blank Price-to-FCF (a ratio
    GuruFocus does not print over a base of 0 or below) and ELRE's '$0.000' beside E10 $0.00: the pages agree with
    themselves, and reading their 0.00 as 'not available' was a false warning (round-46 review of the shared real
    pages). Coca-Cola 2015's '$0.000' does not explain its E10 of $0.00: the box prints today's Shiller P/E, 20.84."""
    zeros = [f for f in doc.facts if f.value is not None and f.value.value == 0 and not f.value.exact
             and components_of(f.metric)]
    if not zeros:
        return False
    parts = {(f.line, part) for f in zeros for part in components_of(f.metric)}
    inputs = [f for f in doc.facts if (f.line, f.metric) in parts]
    bound = number_interval(zeros[0].value)  # type: ignore[arg-type]
    if not inputs or not all(f.value is not None and bound.contains(f.value.value) for f in inputs):
        return False
    by_metric = facts_by_metric(doc)
    blanks = {f.metric for f in doc.facts if f.value is None and f.context in _BLANK_SAYS_NOT_AVAILABLE}
    return not any(f.value is not None and f.value.value != 0 for m in blanks for f in by_metric.get(m, ()))


def facts_by_metric(doc: Document) -> dict[str, list[Fact]]:
    """The page's facts by metric, in page order: one pass, so a rule that looks up a metric per fact or per
    table stays linear in the page (a scan of ``doc.facts`` per lookup was quadratic on repeated content).
    Built once per recompute run and shared by the rules: read only."""
    return once_per_run(_index_by_metric, doc)


def _index_by_metric(doc: Document) -> dict[str, list[Fact]]:
    index: dict[str, list[Fact]] = defaultdict(list)
    for f in doc.facts:
        index[f.metric].append(f)
    return index


_CUT_WINDOW = 2
"""A formula whose last read line is within so many lines of the page's cut may have lost its end to it."""
_CONTINUES = ("=", "+", "-")
"""How a line that continues a stacked formula starts."""


def cut_inside(doc: Document, last: int) -> bool:
    """Whether the page's cut may fall inside a formula whose last read line is ``last``: the cut is within
    ``_CUT_WINDOW`` lines of it and no line between them is other text (a complete formula followed by a paragraph
    that the cut ends is not cut)."""
    cut = doc.truncated_at_line
    if not doc.truncated or cut is None or last < cut - _CUT_WINDOW:
        return False
    between = _lines_between(doc, last, cut)
    return between is None or all(not text or text.startswith(_CONTINUES) for text in between)


def _lines_between(doc: Document, last: int, cut: int) -> list[str] | None:
    """The stripped text of the lines after ``last`` up to ``cut``, from the page's sections (a heading line opens
    each, so its text's lines are the page's from there); None where a section's text may have lost its leading
    blank lines (the page's top, or no heading on its first line)."""
    out: list[str] = []
    for section in doc.sections:
        if section.end_line <= last or section.line > cut:
            continue
        lines = section.text.split("\n")
        if not lines[0].strip() or lines[0].strip() != section.title:
            return None
        for n in range(max(last + 1, section.line), min(cut, section.end_line) + 1):
            k = n - section.line
            out.append(lines[k].strip() if k < len(lines) else "")
    return out


def placeholder_rows(doc: Document) -> frozenset[str]:
    """The ids of the history facts of rows that print 0.00 in every cell (at least three): placeholders, never
    measurements (NAS:CSCO 2017: 'Net Cash per Share 0.00 0.00 0.00 0.00 0.00' under twenty quarters, beside its own
    1.37). Once per recompute run: read only."""
    return once_per_run(_placeholder_rows, doc)


def _placeholder_rows(doc: Document) -> frozenset[str]:
    by_line: dict[int, list[Fact]] = defaultdict(list)
    for f in doc.facts:
        if f.context == "history" and f.value is not None:
            by_line[f.line].append(f)
    return frozenset(f.id for row in by_line.values() if len(row) >= _PLACEHOLDER_ROW_CELLS
                     and all(f.value is not None and f.value.value == 0 and not f.value.exact for f in row) for f in row)


_PLACEHOLDER_ROW_CELLS = 3
