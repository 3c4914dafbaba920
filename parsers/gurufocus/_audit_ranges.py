"""Ranges: min <= median <= max, the current value and history rows inside, growth rates inside."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from .._checks import as_printed, fact_interval, failed, number_interval, passed, quoted_fact, skipped, warned
from .._interval import Interval
from .._metrics import is_balance, is_price_dependent, unit_of, window_years_of
from .._models import CheckResult, Document, Fact, Frequency, Missing, Quoted, Unit
from . import _labels as L
from ._audit_common import RULE, SENTINELS, SPAN_WORDS, facts_by_metric, placeholder_zeros, span_said, todays_zero_price
from ._audit_prose_calcs import zero_stand_in
from ._periods import months_between

_RANGE_KEYS = frozenset({"hist_min", "hist_median", "hist_max"})


def ranges(doc: Document) -> Iterator[CheckResult]:
    """min <= med <= max; the current value and the history rows lie inside the range; sentinels flagged."""
    printings: dict[str, dict[str, dict[str, Fact]]] = defaultdict(lambda: defaultdict(dict))  # metric, source, key
    markers: set[tuple[str, str, str]] = set()  # (metric, source, key) of a bound printed as a word: 'Min: At Loss'
    debt_free: dict[tuple[str, str], dict[str, Fact]] = defaultdict(dict)  # (metric, source) -> key: 'Med: No Debt'
    for f in doc.facts:
        if f.value is None:
            if f.missing is not None and f.missing in _MARKER_BOUNDS and (marked := f.metric.rpartition("."))[2] in _RANGE_KEYS:
                markers.add((marked[0], _source(f), marked[2]))
            elif f.missing is Missing.NOT_AVAILABLE and (marked := f.metric.rpartition("."))[2] in _RANGE_KEYS \
                    and marked[0] in L.NO_DEBT_ABOVE_ALL and _printed_no_debt(f, marked[2]):
                debt_free[(marked[0], _source(f))][marked[2]] = f
            continue
        base, dot, key = f.metric.rpartition(".")
        if dot and key in _RANGE_KEYS:  # the metric ends with '.hist_min', '.hist_median' or '.hist_max'
            printings[base][_source(f)].setdefault(key, f)
    # Each printing is whole on its own: the box's 'Min: … Max: …', the prose's 'highest … lowest … median' and the
    # 2026 sentence's '10-year median' may be of two windows (10 and 13 years), so a range is never made of parts of two.
    by_metric: dict[str, dict[str, Fact]] = {}
    firsts: dict[str, str] = {}  # metric -> the source of its first printing
    others: dict[tuple[str, str], dict[str, Fact]] = {}  # (metric, source) of a second printing
    precise: dict[tuple[str, str], Fact] = {}  # (metric, key) -> a second printing of the bound to more places
    for base, by_source in printings.items():
        first = firsts[base] = _first_printing(by_source)
        primary = by_metric[base] = dict(by_source[first])
        for source, parts in by_source.items():
            if source == first:
                continue
            if _same_numbers(parts, primary):  # one range printed twice ('Min: 11.3 Max: -1.8' and the prose's 11.30,
                for key, f in parts.items():  # -0.05, -1.80): one fills the other's gaps, and a misprint is reported once
                    if (base, first, key) in markers and f.value is not None and f.value.value == 0:
                        continue  # 'Min: At Loss' and the prose's 'lowest was 0.00': the 0 stands in for the marker
                    kept = primary.setdefault(key, f)  # (round-37 grd F1: a P/E range 0.00 <= 3.77 <= 160 passed)
                    if f.value is not None and kept.value is not None and f.value.decimals > kept.value.decimals:
                        precise[(base, key)] = f  # the box strips trailing zeros ('Min: 0.4', the prose's 'lowest was
                        # 0.40'): the same number to more places bounds the range (round-42 testers xc F2, xg F1)
            else:
                others[(base, source)] = parts
    for (base, source), parts in others.items():  # another printing of the range is in order too (only the order: the
        yield from _order(f"{base} range (second printing)", parts, debt_free.get((base, source)))  # current and the rows
        yield from _windows(base, by_metric[base], parts)  # are placed in the first), and nests with the first by window
    for base, parts in by_metric.items():
        subject = f"{base} range"
        for f in parts.values():
            assert f.value is not None
            if f.value.value in SENTINELS:
                yield warned(f"{RULE}.range.sentinel", subject,
                             f"{f.label} {f.value.text} (line {f.line}) is a placeholder value, not a measurement",
                             quoted=quoted_fact(f))
        real = {k: v for k, v in parts.items() if v.value and v.value.value not in SENTINELS}
        yield from _order(subject, real, debt_free.get((base, firsts[base])))
        no_debt = (debt_free.get((base, firsts[base])) or {}).get("hist_max")
        if "hist_min" in real and "hist_max" not in real and no_debt is not None:
            yield from _above_the_minimum(doc, base, precise.get((base, "hist_min"), real["hist_min"]), no_debt)
        if "hist_min" in real and "hist_max" in real:
            lo_fact, hi_fact = (precise.get((base, k), real[k]) for k in ("hist_min", "hist_max"))
            lo, hi = number_interval(lo_fact.value).lo, number_interval(hi_fact.value).hi  # type: ignore[arg-type]
            span = Interval(lo, hi)
            currents = _currents(doc, base)
            if lo > hi and currents:  # 'Min: 11.3 Max: -1.8': no value lies in it, whatever it is; range.order reports the misprint
                yield skipped(f"{RULE}.range.current", f"{base} current vs range",
                              f"the printed range is inverted (Min {real['hist_min'].value.text} above Max "  # type: ignore[union-attr]
                              f"{real['hist_max'].value.text}, line {real['hist_min'].line}), so no value can be placed in it; "  # type: ignore[union-attr]
                              f"{RULE}.range.order reports the misprint", inputs=[quoted_fact(real["hist_min"]), quoted_fact(real["hist_max"])])
                currents = []
            for cur in currents[:1] + [f for f in currents[1:] if f.context == "range"][:1]:
                assert cur.value is not None
                ok = number_interval(cur.value).intersects(span)
                message = (f"{cur.label} {cur.value.text} (line {cur.line}) {_placed(ok, cur, lo_fact, hi_fact)} the range "
                           f"{lo_fact.value.number_text if lo_fact.value else ''}..{hi_fact.value.number_text if hi_fact.value else ''}")
                bounds = [lo_fact, hi_fact] if ok or number_interval(cur.value).hi < span.lo else [hi_fact, lo_fact]
                # the bound a value breaks first: a report marks the first input on the line (round-42 xc F4: 'Min:' was
                # marked for 16.70 above 'Max: 15.25')
                yield _placement(doc, base, cur, ok, message, [quoted_fact(f) for f in bounds], real["hist_min"],
                                 span=span, filler=_all_zero(real))
            if lo <= hi and not _all_zero(real):  # a filler range bounds no row
                yield from _history_within(doc, base, span, real)



def _currents(doc: Document, base: str) -> list[Fact]:
    """The copies of the value now that a range places: the headline's, today's and the box's Current, GuruFocus's
    zero stand-ins left out."""
    zeros = {f.id for f in placeholder_zeros(doc)}
    return [f for f in facts_by_metric(doc).get(base, ()) if f.value and f.context in _CURRENT_CONTEXTS and f.id not in zeros]


_CURRENT_CONTEXTS = frozenset({"range", "headline", "today"})


def _above_the_minimum(doc: Document, base: str, lo_fact: Fact, no_debt: Fact) -> Iterator[CheckResult]:
    """The current value against a range whose maximum is 'No Debt' ('Min: 11.29   Med: 22.86   Max: No Debt'): it
    lies above the minimum, or below it, a warning as any value outside its range is (round-42 tester yb F5: six real
    pages placed no value at all, and a Current edited below Min passed unseen). The maximum, above every number as
    GuruFocus ranks it or a debt it lacks, bounds nothing."""
    assert lo_fact.value is not None
    floor = number_interval(lo_fact.value).lo
    currents = _currents(doc, base)
    for cur in currents[:1] + [f for f in currents[1:] if f.context == "range"][:1]:
        assert cur.value is not None
        above = number_interval(cur.value).hi >= floor
        message = (f"{cur.label} {cur.value.text} (line {cur.line}) lies {'above' if above else 'below'} the range's "
                   f"minimum {lo_fact.value.number_text} (line {lo_fact.line}); its maximum is '{_NO_DEBT}' (line "
                   f"{no_debt.line}), which bounds no number")
        yield _placement(doc, base, cur, above, message, [quoted_fact(lo_fact)], lo_fact)


def _placement(doc: Document, base: str, cur: Fact, ok: bool, message: str, inputs: list[Quoted], bound: Fact,
               span: Interval | None = None, filler: bool = False) -> CheckResult:
    """The range.current result of a value placed in (``ok``) or outside its range, ``message`` saying so: a skip for
    any value beside a filler range, a quarter's or half-year's value of another series, or a zero stand-in; else a pass, or a
    warning saying why a value outside proves nothing (``bound``: a bound of the range, whose window it may print)."""
    rule, subject, quoted = f"{RULE}.range.current", f"{base} current vs range", quoted_fact(cur)
    if filler:  # inside 0..0 or outside it: a range GuruFocus does not have places nothing (round-48 ty F1: a measured
        return skipped(rule, subject, f"{message}, but {_FILLER}", quoted=quoted, inputs=inputs)  # 0.95 outside '0..0' warned)
    if cur.context != "range" and (span_of := _stated_sub_annual(doc, cur)) is not None:
        # inside or outside, a quarter's or half-year's value placed in a range of another series proves nothing
        # (round-31 ghi: the inside ones passed, the outside ones skipped); asked before the zero stand-in: an interim
        # 0.00 the page states for its period is a value (round-36 gif F3: XKLS:2445's payout 0.00 'for the months ended
        # in Dec. 2023', beside Dividends per Share RM0.00 of that period)
        return skipped(rule, subject, f"{message}, but the page states it as the {span_of} value of "
                       f"{cur.period_text or 'its period'}, and the range does not say whether it spans such values or "
                       f"twelve-month values: {'an' if span_of[0] in 'aeiou' else 'a'} {span_of} value is not placed in a "
                       "range of another series", quoted=quoted, inputs=inputs)
    if (stated := _zero_stand_in(doc, base, cur)) is not None:  # inside or outside: a 0 inside '0..12.45' passed
        return skipped(rule, subject, f"{message}, but {stated}", quoted=quoted, inputs=inputs)  # (round-43 va F2)
    if ok:
        return passed(rule, subject, message, quoted=quoted, inputs=inputs, recomputed=span)
    # the box's own Current: of a later day or period than its range, maybe
    reason = ((_TODAYS_CURRENT if is_price_dependent(base) else _LATEST_CURRENT).format(base=base) if cur.context == "range"
              else _why_not_a_proof(cur, bound))
    return warned(rule, subject, f"{message}; not a proof: {reason}", quoted=quoted, inputs=inputs, recomputed=span,
                  reason=reason)


def _zero_stand_in(doc: Document, base: str, cur: Fact) -> str | None:
    """Why a 0, inside the range or outside, is no value of the metric: the headline prints 0 too and another copy on
    the page states a value of its own ('Beneish M-Score 0.00 (As of Today)' and 'Current: 0' beside the verdict's and
    the calculation's -3.62, NYSE:TTM 2015: GuruFocus's 0 for a value it no longer has, round-34 ght F5), or the
    paragraph that works it out prints 0 from inputs that give another value (ASX:AHL's Earnings Yield 0.00% from
    inputs giving 11.5%, placed inside 'Min: 0 … Max: 12.45', round-43 va F2); else None."""
    if cur.value is None or cur.value.value != 0 or cur.value.exact:
        return None
    copies = facts_by_metric(doc).get(base, ())
    headline_zero = any(f.context == "headline" and f.value is not None and f.value.value == 0 for f in copies)
    where = "the headline's 0" if cur.context == "headline" else "a 0, as the headline's," if headline_zero else "a 0"
    own = next((f for f in copies if f.value is not None and f.value.value != 0
                and f.context in {"verdict", "calculation", "statement", "prose"}), None) if headline_zero else None
    if own is not None and own.value is not None:
        return (f"{where} is what GuruFocus prints for a value it does not have, beside {own.value.text} (line {own.line}, "
                f"{own.context}): a stand-in is not placed in the range")
    # a ratio of the price over a price printed 0: LSE:SHAA's 'current price is £0.00. … Hence, today's PB Ratio … is
    # 0.00' on its Book Value per Share page, beside a 5-year P/B range of 0.97..2.39 (round-49 tester u2 F1: warned as
    # a value outside its range, where the headline of a ratio page of the price, COKEB's, was recognised)
    if is_price_dependent(base) and (price := todays_zero_price(doc)) is not None and price.value is not None:
        return (f"{where} is worked out over today's share price, printed {price.value.text} (line {price.line}): no "
                "share trades at 0, so the price is GuruFocus's 0 for one it does not have, and a ratio of it is none: a "
                "stand-in is not placed in the range")
    # the paragraph's own inputs say so, whatever the headline prints: BHP's 'Price to Median PS Value for today is 0.00'
    # from $57.99 / $55.83 on a page whose headline is the Median PS Value (round-47 tester tu F1: warned outside the range)
    worked = next(((c, given) for c in doc.calculations if c.metric == base and (headline_zero or c.result_line == cur.line)
                   and (given := zero_stand_in(c, doc)) is not None), None)
    if worked is None:
        return None
    calc, given = worked
    return (f"{where} is what GuruFocus prints for a value it does not have: the paragraph that works it out prints "
            f"{calc.result.text if calc.result else '0'} (line {calc.result_line}) from inputs that give {given.fmt()} "
            "(gf.calc.prose): a stand-in is not placed in the range")


_TODAYS_CURRENT = ("{base} moves with the share price and the box's 'Current' is today's value, while its range is "
                   "over past values the page does not date: today's may be a new high or low the range has not taken in")
"""Why the box's own Current of a price-dependent ratio outside the box's range proves nothing (IST:FZLGY prints
'Current: 33.39' under a 3-year 'Max: 32.64', on a page that says it does not calculate the ratio at this moment)."""

_LATEST_CURRENT = ("the box's 'Current' is the latest value of {base} and its range is over past values the page does "
                   "not date: the latest may be a new high or low the range has not taken in")
"""Why the box's own Current of a term of the accounts outside the box's range proves nothing: the box need not be one
computation (HKSE:00396 prints 'Current: 0.04' under 'Min: 0.09', beside the Jun. 2024 Debt-to-Equity of 0.54 that
its own paragraph works out: the Current is of another period than the page's)."""

_MARKER_BOUNDS = (Missing.AT_LOSS, Missing.NEGATIVE_EQUITY)
"""A range bound GuruFocus prints as a word for a value no ratio has: another printing's 0 for it is a stand-in. A
tuple: membership is an identity test, where a set hashes the member by the enum's own Python-level ``__hash__``."""

_FILLER = ("every value of the range is 0, which is what GuruFocus prints where it does not have the term's range (a "
           "page that 'does not calculate' it prints 'Min: 0 Med: 0 Max: 0'): not a measured range")


def _windows(base: str, first: dict[str, Fact], second: dict[str, Fact]) -> Iterator[CheckResult]:
    """Two printings of a range over windows of different stated lengths (the box's 10 years, the sentence's 13) that
    print different numbers. A longer window's range holds a shorter one's that ends with it, so the 13-year highest
    below the box's 10-year Max breaks the nesting (round-42 testers zb F1, xb F6, zd F4: 'Max: 2.42' beside 'During the
    past 13 years, … highest PB Ratio was 2.24' passed); where a company has fewer years than the box's ten, the
    sentence's window is the shorter. Any other difference is worth a look too: on GuruFocus's pages the two print the
    same numbers, medians included, whatever windows they state (2,068 of 2,068 pairs on ~1,640 real pages, 2,014 of
    them over windows stated differently; round-43 tester ve F1: a 13-year highest raised from 87.60 to 97.60 passed as
    nesting). Each is a warning: GuruFocus does not say both are of one
    series (a box of daily values holds extremes a sentence of yearly ones does not). Copies that agree within rounding
    pass; a window not stated is not compared."""
    for key, word, beyond in (("hist_max", "highest", "below"), ("hist_min", "lowest", "above"), ("hist_median", "median", "")):
        a, b = first.get(key), second.get(key)
        if (a is None or b is None or a.value is None or b.value is None or a.window_years is None or b.window_years is None
                or a.window_years == b.window_years or a.value.value in SENTINELS or b.value.value in SENTINELS):
            continue
        wide, narrow = (a, b) if a.window_years > b.window_years else (b, a)
        wide_iv, narrow_iv = number_interval(wide.value), number_interval(narrow.value)  # type: ignore[arg-type]
        subject = f"{base} {word} over {narrow.window_years} and {wide.window_years} years"
        stated = (f"the {wide.window_years}-year {word} {wide.value.text} (line {wide.line}, {wide.context}) and the "  # type: ignore[union-attr]
                  f"{narrow.window_years}-year {word} {narrow.value.text} (line {narrow.line}, {narrow.context})")  # type: ignore[union-attr]
        rule, quoted, inputs = f"{RULE}.range.windows", quoted_fact(wide), [quoted_fact(narrow)]
        if wide_iv.intersects(narrow_iv):
            yield passed(rule, subject, f"{subject}: {stated} agree within rounding", quoted=quoted, inputs=inputs)
            continue
        nests = (key == "hist_median" or (wide_iv.hi >= narrow_iv.lo if key == "hist_max" else wide_iv.lo <= narrow_iv.hi))
        why = (_WINDOWS_DIFFER if nests else
               f"a window of {wide.window_years} years holds the {narrow.window_years} years that end with it, so its "
               f"{word} cannot be {beyond} theirs") + "; " + _WINDOWS_NO_PROOF
        yield warned(rule, subject, f"{subject}: {stated} differ: {why}", quoted=quoted, inputs=inputs, reason=why)


_WINDOWS_DIFFER = ("GuruFocus prints the same numbers in its range box and its 'During the past N years' sentence, "
                   "whatever windows they state (2,068 of 2,068 pairs on real pages), so a difference is worth a look")
_WINDOWS_NO_PROOF = ("not a proof: GuruFocus does not say both are taken over one series (a range of daily values has "
                     "extremes one of yearly values does not)")


def _first_printing(by_source: dict[str, dict[str, Fact]]) -> str:
    """The printing the current value and the rows are placed in: the range box (its Current is of the same
    computation), else the printing with the most of min, median and max (the first of those printed)."""
    return _BOX if _BOX in by_source else max(by_source, key=lambda source: len(by_source[source]))


_BOX = "range"
"""The source of the range box's facts ('range.min', 'range.med', 'range.max')."""


def _source(fact: Fact) -> str:
    """Where a range value was printed: the fact id's first part ('range' for the box, 'prose' for the sentence)."""
    return fact.id.split(".", 1)[0]


def _same_numbers(parts: dict[str, Fact], first: dict[str, Fact]) -> bool:
    """Whether a second printing of a range prints the first's numbers wherever both print one, and they share a bound
    ('Min: 11.3 Max: -1.8' and 'highest … -1.80. The lowest was 11.30'): the same range, not another window's."""
    shared = [k for k in parts if k in first]
    return any(k != "hist_median" for k in shared) and all(
        first[k].value is not None and parts[k].value is not None and parts[k].value.value == first[k].value.value  # type: ignore[union-attr]
        for k in shared)


def _order(subject: str, parts: dict[str, Fact], debt_free: dict[str, Fact] | None = None) -> Iterator[CheckResult]:
    """min <= median <= max of one printing of a range (its sentinels left out); a range of zeros is no order. A bound
    printed 'No Debt' ranks above every number, as GuruFocus ranks a company without debt: one below a number is a
    warning, since GuruFocus also prints it where it lacks the debt data (round-40 tester gvc F1, TSE:3641's
    'Min: 779.7 Med: No Debt Max: 11919')."""
    real = {k: v for k, v in parts.items() if v.value and v.value.value not in SENTINELS}
    order = [real[k] for k in _ORDER if k in real]
    words = {k: f for k, f in (debt_free or {}).items() if k not in real}
    if len(order) >= 2 and _all_zero(real):  # 'Min: 0 Max: 0': GuruFocus's filler; 0 <= 0 checks nothing
        yield skipped(f"{RULE}.range.order", subject, _FILLER, inputs=[quoted_fact(f) for f in order])
        return
    if len(order) + len(words) < 2:
        return
    ok = all(number_interval(a.value).lo <= number_interval(b.value).hi for a, b in itertools.pairwise(order))  # type: ignore[arg-type]
    members = [(k, real.get(k) or words[k]) for k in _ORDER if k in real or k in words]
    text = " <= ".join(f"{f.value.text if f.value else _NO_DEBT} (line {f.line})" for _, f in members)
    below = next(((k, n) for i, (k, _) in enumerate(members) if k in words
                  for n, _ in members[i + 1:] if n in real), None)  # a 'No Debt' member, and a number above it
    if not ok:  # name the first pair out of order, as the Longbridge rule does (second read 13a)
        numbered = [(k, f) for k, f in members if k in real]
        (lo_key, lo), (hi_key, hi) = next((a, b) for a, b in itertools.pairwise(numbered)
                                          if number_interval(a[1].value).lo > number_interval(b[1].value).hi)  # type: ignore[arg-type]
        broken = (f"{subject}: {text} does not hold: the {_MEMBER[lo_key]} {lo.value.text if lo.value else ''} is above the "
                  f"{_MEMBER[hi_key]} {hi.value.text if hi.value else ''}")
        inputs = [quoted_fact(f) for _, f in members]
        if (zero := _zero_out_of_order(numbered)) is not None:
            reason = _ZERO_MEMBER.format(member=_MEMBER[zero])
            yield warned(f"{RULE}.range.order", subject, f"{broken}; not a proof: {reason}", inputs=inputs, reason=reason)
        else:
            yield failed(f"{RULE}.range.order", subject, broken + _swapped(real), inputs=inputs)
    elif below is not None:
        word, number = words[below[0]], real[below[1]]
        yield warned(f"{RULE}.range.order", subject, f"{subject}: {text} does not hold if '{_NO_DEBT}' ranks above every "
                     f"number, as GuruFocus ranks it: the {_MEMBER[below[0]]} is {_NO_DEBT} and the {_MEMBER[below[1]]} "
                     f"{number.value.text if number.value else ''}; not a proof: {_NO_DEBT_DOUBT}", quoted=quoted_fact(word),
                     inputs=[quoted_fact(f) for _, f in members if f is not word], reason=_NO_DEBT_DOUBT)
    else:
        yield passed(f"{RULE}.range.order", subject, f"{subject}: {text}" + (f" ('{_NO_DEBT}' above every number)"
                                                                              if words else ""),
                     inputs=[quoted_fact(f) for _, f in members])


def _swapped(real: dict[str, Fact]) -> str:
    """'; the minimum and maximum look swapped: …' where the median lies between them the other way round ('Min: 11.3
    Med: -0.05 Max: -1.8'; round-42 tester yc F1: the FAIL named the median, the one number in its place); else ''."""
    lo, med, hi = (real.get(k) for k in _ORDER)
    if lo is None or hi is None or lo.value is None or hi.value is None:
        return ""
    lo_iv, hi_iv = number_interval(lo.value), number_interval(hi.value)
    if lo_iv.lo <= hi_iv.hi:
        return ""
    if med is not None and med.value is not None and not (hi_iv.lo <= number_interval(med.value).hi
                                                          and number_interval(med.value).lo <= lo_iv.hi):
        return ""
    return (f"; the minimum and maximum look swapped ({lo.value.text} above {hi.value.text}"
            + (f", the median {med.value.text} between them" if med is not None and med.value is not None else "") + ")")


def _zero_out_of_order(numbered: list[tuple[str, Fact]]) -> str | None:
    """The member printed 0.00 without which the others are in order ('highest 1.10%, lowest 0.00%, median -5.80%',
    LTS:0DL6, round-42 tester za F1): GuruFocus prints 0.00 for a value it does not have, so the disorder may be its
    stand-in's, no proof. None where no such member exists, or the others are out of order too."""
    for key, f in numbered:
        if f.value is None or f.value.value != 0 or f.value.exact:
            continue
        rest = [g for k, g in numbered if k != key]
        if all(number_interval(a.value).lo <= number_interval(b.value).hi for a, b in itertools.pairwise(rest)):  # type: ignore[arg-type]
            return key
    return None


_ZERO_MEMBER = "the {member} prints 0.00, which GuruFocus prints for a value it does not have, and without it the range is in order"

_ORDER = ("hist_min", "hist_median", "hist_max")
_MEMBER = {"hist_min": "minimum", "hist_median": "median", "hist_max": "maximum"}
_NO_DEBT = "No Debt"
_NO_DEBT_DOUBT = ("GuruFocus also prints 'No Debt' where it lacks the debt data (its own footnote), which is no value "
                  "above the others")
_NO_DEBT_GROUPS = {"range": {"hist_min": "min", "hist_median": "med", "hist_max": "max"},
                   "prose": {"hist_min": "lo", "hist_median": "med", "hist_max": "hi"}}
"""The group of the range box's line (``L.RANGE_LINE``) and of the history sentence (``L.HISTORY_PROSE``) that prints
each member, by the fact id's source."""


def _printed_no_debt(fact: Fact, key: str) -> bool:
    """Whether a range member read as not available is GuruFocus's 'No Debt' where its line prints the member."""
    group = _NO_DEBT_GROUPS.get(_source(fact), {}).get(key)
    if group is None or _NO_DEBT not in (fact.raw or ""):
        return False
    m = (L.RANGE_LINE.match if _source(fact) == "range" else L.HISTORY_PROSE.search)((fact.raw or "").strip())
    return m is not None and m.group(group) == _NO_DEBT


def _all_zero(parts: dict[str, Fact]) -> bool:
    """True when every printed value of a range is zero ('Min: 0 Med: 0 Max: 0')."""
    return all(f.value is not None and f.value.value == 0 for f in parts.values())


def _why_not_a_proof(cur: Fact, bound: Fact | None = None) -> str:
    """Why a value outside the range, other than the range's own Current, proves nothing: it is of its own period
    (another window, maybe), or it is today's, which the range, computed apart and undated, may not have taken in.
    ``bound``: a bound of the range, whose prose or box title may state the years it spans ('During the past 13 years,
    …', 'Range Over the Past 10 Years')."""
    zero = (cur.value is not None and cur.value.value == 0 and not cur.value.exact
            and "; and a printed 0.00 may be GuruFocus's stand-in for a value it does not have")
    if _of_its_own_period(cur):
        years = cur.window_years or window_years_of(cur.metric)
        aside = (f"a {years}-year value of {cur.period_text or 'its period'} may be a new high or low the "
                 "range has not taken in" if years else
                 f"a balance at {cur.period_text or 'its date'} may be a new high or low the range has not taken in"
                 if is_balance(cur.metric) else  # never annualized (round-43 tester vd F2)
                 "a quarter's value, annualized, may lie outside a range of twelve-month values")
        spans = bound.window_years if bound is not None else None  # the prose's 'During the past 13 years' or the
        # box's title 'Range Over the Past 10 Years' (round-42 tester yc F2: the box's was not read)
        said = (f"the page says its range spans the past {spans} years, not whether it has taken in that value"
                if spans else "the page does not say over which window the range's values are taken")  # round-41 wd F1
        return f"{cur.label} is stated for {cur.period_text or 'a period of its own'}, and {said} ({aside}){zero or ''}"
    return (f"the range is computed by GuruFocus apart from {cur.label} and printed without a date: a value of "
            f"{cur.period_text or 'today'} may be a new high or low the range has not taken in{zero or ''}")


def _stated_sub_annual(doc: Document, cur: Fact) -> str | None:
    """"quarter's", "half-year's" or "interim period's" where the page states ``cur``'s value for its month as one of those
    (a sentence or a row of that span printing the same number): a headline of a return or margin, which a range that
    GuruFocus takes over another window can neither hold nor miss (round-27 ggw, round-31 ghi); else None."""
    if cur.period is None or cur.value is None or not _of_its_own_period(cur) or is_balance(cur.metric):
        return None  # a balance's quarter is a value of the range's own series (round-41 wb F1)
    for f in facts_by_metric(doc).get(cur.metric, ()):
        if (f.context in ("statement", "history") and f.period is not None and f.period.end == cur.period.end
                and f.value is not None and f.value.value == cur.value.value):
            span = SPAN_WORDS.get(f.period.frequency) if f.period.frequency is not None else span_said(f)
            if span is not None:
                return span
    return None


def _of_its_own_period(fact: Fact) -> bool:
    """True for a value stated for a month of its own (a headline 'As of Sep. 2024', not a day's 'As of Apr. 10, 2025',
    which is today's) of a term that does not move with the price: the page's range may be over another window of
    it, so falling outside is no proof."""
    period = fact.period
    return fact.context != "range" and period is not None and len(period.end) == 7 and not is_price_dependent(fact.metric)


_ROW_WORDS = {Frequency.QUARTERLY: "quarterly", Frequency.SEMI_ANNUAL: "semi-annual"}
"""How the range rule names a row of a span shorter than a year."""
_UNDATED_SLACK = 12
"""The months a window whose end is not printed is shortened by: a page without today's date is taken at its dated
headline's month or up to a year after it, so a row is within the window wherever that end falls."""


def _history_within(doc: Document, base: str, span: Interval, real: dict[str, Fact]) -> Iterator[CheckResult]:
    window = next((f.window_years for f in real.values() if f.window_years), None)
    rows = [f for f in facts_by_metric(doc).get(base, ()) if f.context == "history" and f.value and f.period]
    if not rows or not window:
        return
    subject = f"{base} history rows vs {window}-year range"
    end, slack, taken = doc.periods.today, 0, ""
    if not end:  # no 'As of today (date)': the window ends at the headline's month or within the year after it
        head = doc.fact("headline")  # (round-35 ghy F2: the rule said nothing on such pages, rows outside and all)
        end = head.period.end if head is not None and head.period is not None and len(head.period.end) == 7 else None
        slack = _UNDATED_SLACK
        taken = (f" (no 'As of today' date: the rows from {window - 1} years before the headline's "
                 f"{head.period_text or end} on)") if head is not None and end else ""
    if not end:
        yield skipped(f"{RULE}.range.history", subject, "the page prints neither today's date nor a dated headline, so "
                      "which history rows the range's window holds is not known")
        return
    ago = [(f, months_between(f.period.end, end)) for f in rows if f.period]  # months before the window's end
    inside = [f for f, months in ago if months <= 12 * window - slack and not (slack and months < 0)]
    later = sum(1 for _, months in ago if slack and months < 0)
    if later and head is not None:  # no date of today: the box is of the headline's month, or of a later one the page
        # does not print; a row after the headline's month may be newer than the box (TSXV:QUIS: its Dec23 -76.13
        # beside a box of Sep. 2023 whose minimum, -54.69, is its Current: round-47 tester ta F1), so it is not placed
        taken += (f" (the {later} row(s) after the headline's {head.period_text or end} are not placed: the page "
                  "does not say its range has taken them in)")
    if not is_balance(base) and not is_price_dependent(base) and unit_of(base) is not Unit.SCORE:  # margins, returns,
        # day counts, turnovers: a quarter's value is of another series than the range's twelve-month values, as
        # gf.range.current says of such a headline (round-41 wc F2: AAPL 2018's quarterly operating margins 23.68..25.62
        # warned against the annual range 26.69..35.3; round-43 vh F2: NYSE:TTC's quarterly Days Payable 65.80 against
        # 27.7..48.97, any unit alike). A score's quarterly rows are of twelve months' data (an M-Score's): placed.
        sub = [f for f in inside if f.period and f.period.frequency in SPAN_WORDS]
        if sub:
            inside = [f for f in inside if f not in sub]
            kinds = " and ".join(sorted({_ROW_WORDS[f.period.frequency] for f in sub if f.period and f.period.frequency}))
            taken += (f" (the {len(sub)} {kinds} cell(s) are not placed: a value of a shorter span is not placed in a "
                      "range of twelve-month values)")
    out = [f for f in inside if f.value and not number_interval(f.value).intersects(span)]
    zeros = [f for f in out if f.value and f.value.value == 0]  # a range that leaves out 0 was taken over no zero:
    if zeros:  # a 0.00 cell outside it is GuruFocus's filler for a value it did not compute (round-35 gie F1: BKK:88TH's
        out = [f for f in out if f not in zeros]  # M-Score row '0.00 0.00 0.00 -2.66' beside 'Min: -2.66 Max: -2.66')
        inside = [f for f in inside if f not in zeros]
        taken += (f" ({len(zeros)} cell(s) of 0.00 outside the range, which holds no zero, are GuruFocus's filler for "
                  "values it did not compute, not placed)")
    if out:
        reason = ("the page does not say the range is taken over these rows: GuruFocus's ranges are over another series "
                  "(twelve-month values), and real pages print annual rows outside their own range")
        yield warned(f"{RULE}.range.history", subject,
                     f"{len(out)} history value(s){taken} lie outside {span.fmt()}: " +
                     ", ".join(f"{f.period_text} {f.value.text} (line {f.line})" for f in out if f.value) +
                     f"; not a proof: {reason}", inputs=[quoted_fact(f) for f in out], reason=reason)
    elif inside:
        yield passed(f"{RULE}.range.history", subject, f"all {len(inside)} history values of the last {window} years"
                     f"{taken} lie inside {span.fmt()}", inputs=[quoted_fact(f) for f in inside], recomputed=span)
    elif zeros:
        yield skipped(f"{RULE}.range.history", subject, f"the rows print no value but 0.00{taken}")



def _placed(ok: bool, value: Fact, lo: Fact, hi: Fact) -> str:
    """How a value lies against a printed range: inside it as printed, or only within the rounding of the printed
    numbers ('0.44 lies within rounding of the range 0.45..1.44': 0.445 rounds to both, gga F6), or outside."""
    if not ok:
        return "lies outside"
    v, low, high = value.value, lo.value, hi.value
    if v is not None and low is not None and high is not None and not low.value <= v.value <= high.value:
        return "lies within rounding of"
    return "lies inside"


def growth_within_range(doc: Document) -> Iterator[CheckResult]:
    """The current N-year average growth lies between the stated lowest and highest N-year averages."""
    by_metric = facts_by_metric(doc)  # once per page: a scan of every fact per growth fact was quadratic
    for f in doc.facts:
        if f.context != "growth" or f.value is None:
            continue
        lo = next((g for g in by_metric.get(f"{f.metric}.hist_min", ()) if g.value), None)
        hi = next((g for g in by_metric.get(f"{f.metric}.hist_max", ()) if g.value), None)
        if not lo or not hi:
            continue
        span = Interval(number_interval(lo.value).lo, number_interval(hi.value).hi)  # type: ignore[arg-type]
        ok = number_interval(f.value).intersects(span)
        message = (f"{f.label} {f.value.text} (line {f.line}) {_placed(ok, f, lo, hi)} "
                   f"the stated lowest..highest {lo.value.text}..{hi.value.text} (line {lo.line})")  # type: ignore[union-attr]
        med = next((g for g in by_metric.get(f"{f.metric}.hist_median", ()) if g.value), None)
        doubt = None if ok else _doubtful_bound(f, lo, hi, med)
        inputs = [quoted_fact(lo), quoted_fact(hi)]
        if doubt is not None:
            yield warned(f"{RULE}.growth.range", f.label, f"{message}; not a proof: {doubt}", quoted=quoted_fact(f),
                         inputs=inputs, recomputed=span, reason=doubt)
            continue
        yield (passed if ok else failed)(f"{RULE}.growth.range", f.label, message, quoted=quoted_fact(f), inputs=inputs,
                                         recomputed=span)


def _doubtful_bound(f: Fact, lo: Fact, hi: Fact, med: Fact | None) -> str | None:
    """Why the bound a growth rate falls beyond is no proof: the page's own median contradicts the bounds (a median
    below the lowest), or the bound crossed is a 0 (GuruFocus's stand-in for a value it does not have); else None."""
    assert f.value is not None and lo.value is not None and hi.value is not None
    if med is not None and med.value is not None:
        m = number_interval(med.value)
        if m.hi < number_interval(lo.value).lo or m.lo > number_interval(hi.value).hi:
            return (f"the page's own median {med.value.text} (line {med.line}) lies outside its lowest..highest "
                    f"{lo.value.text}..{hi.value.text}, so at least one bound is not the series' true extreme")
    below = number_interval(f.value).hi < number_interval(lo.value).lo
    crossed = lo if below else hi
    if crossed.value is not None and crossed.value.value == 0:
        return (f"the {'lowest' if below else 'highest'} printed is {crossed.value.text}, which GuruFocus also prints "
                "for a value it does not have")
    return None


_RELATIVE_PREFIX = "median_relative."
_SIDES = (".below_median", ".above_median")


def _signed(iv: Interval) -> str:
    """An interval of signed shares as a message prints it: '[+316.57, +322.54]', '[-63.89, -63.53]'."""
    lo, hi = iv.fmt().strip("[]").split(", ")
    return f"[{'+' if iv.lo > 0 else ''}{lo}, {'+' if iv.hi > 0 else ''}{hi}]"


def median_relative(doc: Document) -> Iterator[CheckResult]:
    """'ROE % is 2.62% as of Dec. 2025, which is 64% below its 10-year median of 7.22': the printed percentage is
    (value - median) / median of the printed value and median, within their rounding (below: negative); and the
    headline's '— 64% Below Median', where it is of the sentence's period, says the same side (how far, gf.restated
    compares). A headline of another period may be on the other side of the median: no finding."""
    by_metric = facts_by_metric(doc)  # the page's metric index, not a pass over its facts: most pages have no share
    sides = [f for metric, facts in by_metric.items() if metric.endswith(_SIDES) for f in facts]
    own = {f.id: f for f in sides if f.id.startswith(_RELATIVE_PREFIX)}
    for f in own.values():
        if f.value is None:
            continue
        term, _, side = f.metric.rpartition(".")
        value = next((x for x in by_metric.get(term, ()) if x.id == f"{_RELATIVE_PREFIX}{term}"), None)
        median = next((x for x in by_metric.get(f"{term}.hist_median", ()) if x.id.startswith(_RELATIVE_PREFIX)), None)
        subject = f"{term} vs its median (line {f.line})"
        head = next((h for h in sides if h.id == "headline.vs_median" and h.metric.startswith(f"{term}.")), None)
        if head is not None and head.metric != f.metric and head.period == f.period:  # one period's value, two sides
            yield failed(f"{RULE}.median.relative", subject, f"the headline says {head.value.text if head.value else ''} "
                         f"{head.label.split(' ')[0]} the median (line {head.line}), line {f.line} says {f.value.text} "
                         f"{side.removesuffix('_median')} it", quoted=quoted_fact(head), inputs=[quoted_fact(f)])
        if value is None or median is None or value.value is None or median.value is None or value.line != f.line:
            continue
        inputs = [quoted_fact(value), quoted_fact(median)]
        m = fact_interval(median)
        if m.lo <= 0:  # a median of zero or below: 'above' and 'below' by a share of it mean nothing certain
            yield skipped(f"{RULE}.median.relative", subject, f"the median {median.value.text} is not positive, so a share "
                          "of it above or below has no one meaning", quoted=quoted_fact(f), inputs=inputs)
            continue
        relative = (fact_interval(value) - m) / m
        below = side == "below_median"
        printed = fact_interval(f)
        expected = -printed if below else printed
        pct = as_printed(relative, f, True)  # in percent, signed: (A$3.65 - 0.87) / 0.87 is +316.57..+322.54 (round-47
        # new user N4: the fraction 3.165714..3.225434 was set against '-100%', and the quoted one read -322.54..-316.57)
        derivation = (f"({value.value.text} - {median.value.text}) / {median.value.text} = {_signed(pct)}% against "
                      f"{'-' if below else '+'}{f.value.text} ('{f.label}')")
        shown = -pct if below else pct  # as the quoted '64%' (below) reads: 63.53..63.89
        if relative.intersects(expected):
            yield passed(f"{RULE}.median.relative", subject, derivation, quoted=quoted_fact(f), inputs=inputs,
                         recomputed=shown)
        else:
            yield failed(f"{RULE}.median.relative", subject, f"{derivation}: the printed value and median cannot give it",
                         quoted=quoted_fact(f), inputs=inputs, recomputed=shown)
