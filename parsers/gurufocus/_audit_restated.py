"""A fact stated more than once on a page agrees everywhere it is stated."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from .. import _build as build
from .._checks import (
    ROUNDED_TWICE,
    agree,
    as_printed,
    common_interval,
    fact_interval,
    interval_out,
    listed,
    number_interval,
    once_per_run,
    quoted_fact,
    rounded_twice,
    skipped,
)
from .._errors import EvaluationError, FormulaError
from .._formulas import formula_for
from .._interval import Interval
from .._metrics import SCORE_MOST, headline_frequency_known, headline_is_today, is_balance, is_of_today, is_price_dependent, window_years_of
from .._models import Calculation, CheckResult, Context, Document, Fact, Frequency, Status, Unit
from ._audit_calculations import numeric_steps
from ._audit_common import (
    BOXED,
    INTERIM_WORDS,
    RULE,
    SPAN_WORDS,
    facts_by_metric,
    placeholder_rows,
    placeholder_zeros,
    span_said,
    zeros_over_dashes,
)
from ._audit_prose_calcs import inputs_allow
from ._history import YEAR_APART_NOTE
from ._periods import months_between
from ._prose_calcs import PREFIX
from ._prose_period_calcs import by_formula
from ._prose_trends import TREND_NO_FREQUENCY


class Key(NamedTuple):  # a tuple: hashed and compared in C, once per fact
    """What makes two facts statements of one quantity: metric, period end (or tag), frequency and window."""

    metric: str
    when: str
    frequency: Frequency | None = None
    window: int | None = None

    def subject(self) -> str:
        """How checks name the quantity, e.g. 'eps (2023-09, annual)' or 'pe_ratio.hist_max (stated, 10 years)'."""
        extra = [self.frequency.value] if self.frequency and self.frequency not in _IMPLIED else []
        extra += [f"{self.window} years"] if self.window else []
        return f"{self.metric} ({', '.join([self.when, *extra])})"


_FAIL, _WARN, _PASS = Status.FAIL, Status.WARN, Status.PASS  # read off the enum once, not per group (a metaclass lookup each time)
_HEADLINE = Context.HEADLINE
_IMPLIED = frozenset({Frequency.MONTHLY, Frequency.TODAY})  # a CPI is monthly and a dated value is today's: no need to say


_STATED = (".hist_min", ".hist_max", ".hist_median", ".industry_median")
_PERIODIC = frozenset({"history", "table", "ttm"})
_RawKey = tuple[str, str, Frequency | None, int | None]
"""A Key's fields as a plain tuple: equal and hashed as the Key is, and built for every fact at a tuple's cost."""


def _raw_key(fact: Fact, current: str | None) -> _RawKey | None:
    """The key under which copies of a fact must agree (``current``: the page's current period); None when it has none."""
    if fact.value is None or fact.period_text == "":  # '…ended in was ₩-231.90': the site left the period blank
        return None  # so neither its period nor its span (a quarter's, twelve months') is known: the copy of nothing
    metric = "cpi" if fact.metric == "current_cpi" else fact.metric
    if metric.endswith(_STATED) or metric == "beneish_threshold":
        return (metric, "stated", None, fact.window_years)
    period = fact.period
    freq = period.frequency if period else None
    context = fact.context
    if context in _PERIODIC or (context == "statement" and period):
        return (metric, period.end if period else "?", freq, None)
    if context is _HEADLINE and headline_is_today(metric):  # the month it names is the last report's, not its value's
        return (metric, "today", None, None)
    if period and len(period.end) == 7:  # a month's value, price-dependent or not: 'for the quarter that ended in Mar. 2017'
        return (metric, period.end, freq, None)
    if is_price_dependent(metric) or is_of_today(metric):
        return (metric, "today", None, None)
    return (metric, current or "current", None, None)


def _blank_headline_metric(doc: Document, by_metric: dict[str, list[Fact]]) -> str | None:
    """The term's metric when the headline prints no value for its period ('Cash-to-Debt : No Debt (1) (As of Mar.
    2025)', TSXV:CUSN): the range's 'Current: 6.84' and the industry line's value then state no period of their own,
    not the one the page calls 'No Debt' (round-21 ggg 010)."""
    metric = doc.term_metric
    if metric is None:
        return None
    for f in by_metric.get(metric, ()):  # any blank headline fact of the metric, not only the first
        if f.context is _HEADLINE and f.value is None:
            return metric
    return None


_VERDICT = "verdict"
_TWELVE_MONTH_VERDICTS = frozenset({"dividend_payout_ratio"})
"""Metrics whose verdict sentence states GuruFocus's twelve-month value, whatever the page's other sentences cover:
'The dividend payout ratio of Utility Split Trust is 0.82, which seems too high.' beside '… Dividend Payout Ratio for
the six months ended in Jun. 2016 was 0.00.' (round-41 tester wd F2: a WARN, as though the verdict were a copy of the
half-year's, and only where the headline's as-of is a month)."""
_CPI = frozenset({"cpi", "current_cpi"})
"""The one pair of metrics whose facts share a key (see _raw_key); every other key holds facts of one metric."""


def _grouped(doc: Document) -> tuple[dict[_RawKey, list[Fact]], list[CheckResult]]:
    """Facts by key. A fact whose frequency or window is unstated joins the one group that differs only in
    that; when there are several such groups the page does not say which it is, and that is a skip.

    A fact alone with its metric (most of a page's) is passed over before its key is worked out: every key it
    could join holds facts of its metric only, so its group would hold it alone and no check or skip comes of it."""
    groups: dict[_RawKey, list[Fact]] = defaultdict(list)
    vague: list[tuple[_RawKey, Fact]] = []
    current = doc.periods.current
    by_metric = facts_by_metric(doc)
    blank = _blank_headline_metric(doc, by_metric)
    for f in doc.facts:
        metric = f.metric
        if len(by_metric[metric]) < 2 and metric not in _CPI:
            continue  # the only fact of its metric: its group has no other copy, and a key is costly (see the docstring)
        key = _raw_key(f, None if metric == blank else current)
        if key is None:
            continue
        if key[2] is None and key[3] is None:  # neither frequency nor window stated
            vague.append((key, f))
        else:
            groups[key].append(f)
    skips: list[CheckResult] = []
    zeros: set[str] | None = None  # GuruFocus's placeholder zeros, found only when a copy has several groups to join
    seen: dict[tuple[_RawKey, ...], _Candidates] = {}  # by the groups a copy could join
    sub_annual = {s.metric for s in doc.series if s.frequency in _SUB_ANNUAL} if vague else set()
    sub_annual_at = _sub_annual_results(doc) if vague else frozenset()
    keys_of: dict[tuple[str, str], list[_RawKey]] = defaultdict(list)  # (metric, when) -> its keys in group order:
    for k in groups:                                                     # a scan of every group per vague fact was quadratic
        keys_of[(k[0], k[1])].append(k)
    spans = _trend_spans(vague, groups, keys_of) if vague else {}
    for key, f in vague:
        peers = list(keys_of.get((key[0], key[1]), ()))
        span = spans.get((f.line, key[0])) if spans else None
        if span is not None:  # the sentence's own points say which rows it follows
            peers = [k for k in peers if k[2] is span or k == key]
        stated = [k for k in peers if k != key]
        if len(stated) == 1 and stated[0][2] is _ANNUAL and (key[0] in sub_annual or key[:2] in sub_annual_at):  # see _ANNUAL
            peers = [k for k in peers if k == key]
        if f.context == _VERDICT and key[0] in _TWELVE_MONTH_VERDICTS:  # no copy of a quarter's or half-year's
            peers = [k for k in peers if k[2] not in _SUB_ANNUAL]
        if _doubtful_span(f):
            peers = [k for k in peers if not _ttm_beside(f, k, groups)]
            if _year_stated_apart(f, key, groups) or _interim_flow(f, key):
                peers = [k for k in peers if k[2] is not _ANNUAL and k[2] is not _TTM]
        if len(peers) == 1:
            groups[peers[0]].append(f)
        elif not peers:
            groups[key].append(f)
            keys_of[(key[0], key[1])].append(key)
        else:
            zeros = {z.id for z in placeholder_zeros(doc)} if zeros is None else zeros
            which = ", ".join(sorted(Key._make(k).subject() for k in peers))
            found = seen.get(tuple(peers))
            if found is None:
                found = seen[tuple(peers)] = _candidates(peers, groups, zeros)
            skips.append(_agrees_with_every_candidate(f, key, found, which)
                         or _disagrees_with_every_candidate(f, key, found, which)
                         or _zero_beside_every_candidate(f, key, found, which)
                         or skipped(f"{RULE}.restated", Key._make(key).subject(),
                                    f"{f.label} {f.value.text if f.value else ''} (line {f.line}) does not say which of "
                                    f"{which} it is", quoted=quoted_fact(f)))
    return groups, skips


class _Candidates(NamedTuple):
    """The copies of the groups a copy could join, worked out once per set of groups (a page repeating its headline
    asks once, not once per copy: that was quadratic): what they all allow, and how a message names them."""

    common: Interval | None
    """The interval every candidate copy allows, in percent units where any copy is a percent; None if they disagree."""
    percent: bool
    placeholder: bool
    """Whether a candidate is GuruFocus's 0.00 for a value it lacks (agreement then means nothing)."""
    named: str
    groups: tuple[list[Fact], ...]
    """Each candidate group's copies (``_each`` works out what each allows, only for a copy that needs it)."""


def _candidates(peers: list[_RawKey], groups: dict[_RawKey, list[Fact]], zeros: set[str]) -> _Candidates:
    """What the copies of ``peers``' groups allow together (see ``_Candidates``)."""
    copies = [c for k in peers for c in groups[k] if c.value is not None]
    percent = any(c.unit is Unit.PERCENT or (c.value is not None and c.value.percent) for c in copies)
    common = common_interval([fact_interval(c, percent=percent) for c in copies]) if copies else None
    named = "; ".join(f"{Key._make(k).subject()}: {_first_copies(groups[k])}" for k in peers)
    return _Candidates(common, percent, any(c.id in zeros for c in copies), named, tuple(groups[k] for k in peers))


def _each(found: _Candidates) -> list[Interval | None]:
    """What each candidate group's copies allow together (None for a group whose copies disagree, or have no number)."""
    return [common_interval(ivs) if (ivs := [fact_interval(c, percent=found.percent) for c in group if c.value is not None])
            else None for group in found.groups]


def _first_copies(group: list[Fact], most: int = 3) -> str:
    """A group's first copies by line, as a message lists them ('36.07% (line 12), 36.07 (line 49)'), and how many more."""
    shown = sorted((c for c in group if c.value is not None), key=lambda c: c.line)
    listed = ", ".join(f"{c.value.text} (line {c.line})" for c in shown[:most] if c.value is not None)
    return listed + (f" and {len(shown) - most} more" if len(shown) > most else "")


def _agrees_with_every_candidate(fact: Fact, key: _RawKey, found: _Candidates, which: str) -> CheckResult | None:
    """A PASS when a copy that does not say which group it belongs to agrees within printed precision with the
    copies of every group it could join (the headline 26.12% beside an annual and a semi-annual Dec. 2022 row of
    26.12): whichever it is, it holds. None when any copy disagrees or is GuruFocus's 0.00 for a value it lacks."""
    value = fact.value
    if value is None or found.common is None or found.placeholder:
        return None
    percent = found.percent or fact.unit is Unit.PERCENT or value.percent
    if percent and not found.percent:
        return None  # the candidates were read as plain numbers: not comparable without reading them again
    both = common_interval([found.common, fact_interval(fact, percent=percent)])
    if both is None:
        return None
    subject = Key._make(key).subject()
    return build.CheckResult(
        rule=f"{RULE}.restated", status=Status.PASS, subject=subject,
        message=(f"{subject}: {fact.label.rstrip(': ')} {value.text} (line {fact.line}, {fact.context}) does not say "
                 f"which of {which} it is, and agrees within rounding with every one: {found.named}"),
        quoted=quoted_fact(fact), recomputed=interval_out(as_printed(both, fact, percent)))


def _disagrees_with_every_candidate(fact: Fact, key: _RawKey, found: _Candidates, which: str) -> CheckResult | None:
    """A warning when a copy that does not say which group it belongs to disagrees with the copies of every group it
    could join, each of which agrees within itself (the headline '35.6 Mil (As of Jan. 2024)' beside the year's and
    the quarter's Jan. 2024 rows of 32.64, gfy variant of TSX:DRX): whichever it is, the page contradicts itself. Not
    a FAIL: the copy may be of a span the page prints no other copy of (twelve months'). Only a copy that states its
    period: the range's and industry line's 'Current' state none, and are twelve months' where the rows are not (a
    skip, as before). None otherwise."""
    value = fact.value
    if value is None or found.placeholder or not found.groups or fact.context in BOXED or _assumed(fact):
        return None
    percent = found.percent or fact.unit is Unit.PERCENT or value.percent
    if percent and not found.percent:
        return None  # the candidates were read as plain numbers (see _agrees_with_every_candidate)
    each = _each(found)
    mine = fact_interval(fact, percent=percent)
    if any(iv is None or mine.intersects(iv) for iv in each):
        return None
    subject = Key._make(key).subject()
    reason = (f"{fact.label.rstrip(': ')} (line {fact.line}) does not say which of {which} it is, and agrees with none: "
              "it may be of a span the page prints no other copy of")
    return build.CheckResult(
        rule=f"{RULE}.restated", status=Status.WARN, subject=subject, reason=reason,
        message=(f"{subject}: {fact.label.rstrip(': ')} {value.text} (line {fact.line}, {fact.context}) does not say "
                 f"which of {which} it is, and disagrees with every one: {found.named}; not a proof: it may be of a "
                 "span the page prints no other copy of"),
        quoted=quoted_fact(fact))


def _zero_beside_every_candidate(fact: Fact, key: _RawKey, found: _Candidates, which: str) -> CheckResult | None:
    """A warning when a headline of 0 that does not say which group it belongs to stands beside groups that all agree
    on a value of their own: GuruFocus's 0 for a value it does not have ('Piotroski F-Score : 0 (As of Jun. 20, 2024)'
    beside 'has an F-score of 8' and the year's and half-year's rows of 8, FRA:PLN2; round-34 ghr F4, skipped as
    'does not say which'), as ``_unless_zero_stand_in`` says of a headline that joins one group. None otherwise."""
    value = fact.value
    if value is None or value.value != 0 or value.exact or fact.context != "headline" or found.common is None \
            or found.placeholder or found.common.contains(_ZERO):
        return None
    subject = Key._make(key).subject()
    reason = (f"{fact.label.rstrip(': ')} (line {fact.line}) prints 0, which GuruFocus prints for a value it does not have, "
              f"beside copies that agree on a value of their own; it does not say which of {which} it is")
    return build.CheckResult(
        rule=f"{RULE}.restated", status=Status.WARN, subject=subject, reason=reason,
        message=f"{subject}: {fact.label.rstrip(': ')} {value.text} (line {fact.line}, {fact.context}) disagrees with "
                f"every copy it could be: {found.named}; not a proof: {reason}",
        quoted=quoted_fact(fact))


_ZERO = Decimal(0)
_ANNUAL = Frequency.ANNUAL
_TTM = Frequency.TTM
_SUB_ANNUAL = frozenset({Frequency.QUARTERLY, Frequency.SEMI_ANNUAL})
"""A copy that states no frequency (the headline 'As of Dec. 2023', a range's 'Current') of a metric the page has
quarterly or semi-annual rows of does not join a group of the year's rows alone: GuruFocus's headline is then the latest
quarter's value (ROE %: the quarter annualized, 12.20%, where the fiscal year's row says 14.73%), and the quarter's cell
may be hidden or cut. It stays with the other copies that state no frequency. A page with annual rows only (an annual
reporter's E10) still compares its headline with the year's row."""

_INPUT_CONTEXTS = frozenset({"statement", "calculation"})
"""The contexts of a paragraph's inputs: 'statement' where the sentence is read as stated values, 'calculation' where
the paragraph is read as a prose calculation ('Gross Profit for the three months ended in Mar. 2024 was ₹1,416 Mil',
BOM:543212, whose March quarter closes its fiscal year)."""


def _sub_annual_results(doc: Document) -> frozenset[tuple[str, str]]:
    """(metric, month) of each result the page works out from a quarter's or half-year's inputs: 'Net Income for the
    three months ended in Dec. 2023 was HK$-12.95 Mil. … Revenue for the three months ended in Dec. 2023 was HK$19.44
    Mil. Therefore, … net margin for the quarter that ended in Dec. 2023 was -66.59%' (HKSE:08081), where the page
    shows the year's rows alone (its quarterly rows are for members). The result is kept with no frequency
    (``_prose_calcs._of_another_frequency``), but whichever of the two spans it is, it is not the year's: neither it
    nor the copies that state no frequency join the year's row of that month (19.58)."""
    inputs = {(f.line, f.period.end) for f in doc.facts if f.context in _INPUT_CONTEXTS and f.period is not None
              and f.period.frequency in _SUB_ANNUAL}
    if not inputs:
        return frozenset()
    return frozenset((f.metric, f.period.end) for f in doc.facts if _doubtful_span(f) and f.period is not None
                     and (f.line, f.period.end) in inputs)


_NOT_ASSUMED = frozenset({"today", "stated"})
"""Keys whose facts all say what they are: no copy's period is taken from the page's current period."""


def _assumed(fact: Fact) -> bool:
    """True when the fact states no period of its own and was keyed by the page's current period (a range or
    industry 'Current:', say): _raw_key without a current period falls back to the tag 'current'."""
    key = _raw_key(fact, None)
    return key is not None and key[1] == "current"


_PROOF = "; the proof: "
"""How a FAIL names the copies that disagree among themselves (dropped again if a later rule makes it a WARN)."""


def _split(result: CheckResult, copies: list[Fact], doc: Document) -> CheckResult | None:
    """The FAIL these copies make among themselves, or None: they agree, or a formula's rounded printed inputs allow
    them all (see ``_unless_rounded_inputs``)."""
    if len(copies) < 2:
        return None
    among = agree(result.rule, result.subject or "", sorted(copies, key=lambda f: f.line))
    if among.status == _FAIL and doc.calculations:
        among = _unless_rounded_inputs(among, copies, doc)
    return among if among.status == _FAIL else None


def _not_a_proof(result: CheckResult, doubtful: list[Fact], sure: list[Fact], reason: str, doc: Document,
                 sure_groups: tuple[list[Fact], ...] | None = None) -> CheckResult:
    """The FAIL as a WARN giving ``reason`` when it needs a doubtful copy against the sure ones. It stands when
    either side disagrees within itself (``sure_groups``: the sure side disagrees only within one of these groups):
    then the doubt does not explain the disagreement."""
    if not doubtful or not sure:
        return result
    groups = sure_groups if sure_groups is not None else (sure,)
    sure_split = any(_split(result, copies, doc) is not None for copies in groups)
    doubt_split = _split(result, doubtful, doc) is not None
    proof = f"{_PROOF}{_named(doubtful)} disagree among themselves"
    if doubt_split and not sure_split and _PROOF not in result.message:  # say so, once (the rules run in turn, each
        # with its own doubtful copies: the first names the proof)
        result.message += proof
    if sure_split or doubt_split:
        return result
    result.status = _WARN
    result.reason = reason
    result.message += f"; not a proof: {reason}"
    return result


def _without_proof(message: str) -> str:
    """The message without its '; the proof: … disagree among themselves' clause (a WARN proves nothing)."""
    start = message.find(_PROOF)
    end = message.find("; ", start + len(_PROOF))
    return message[:start] + (message[end:] if end >= 0 else "")


def _named(facts: list[Fact]) -> str:
    """The copies as a reason names them: 'Current (line 18, range) and vs BHP (line 23, industry)'."""
    return " and ".join(f"{f.label.rstrip(': ')} (line {f.line}, {f.context})" for f in facts)


def _doubts_named(doubted: list[tuple[Fact, str]]) -> str:
    """Each copy's doubt, copies with the same doubt named together: 'Current (line 16, range) and vs X (line 23,
    industry) are computed by GuruFocus apart …', not the doubt once for each (round-43: a box's Current joined the
    industry line's copy)."""
    alike: dict[str, list[Fact]] = {}
    for f, why in doubted:
        alike.setdefault(why, []).append(f)
    parts = []
    for why, copies in alike.items():
        plural = _PLURALS.get(why)
        if len(copies) > 1 and plural is not None:
            parts.append(f"{_named(copies)} {plural}")
        else:
            parts += [f"{_named([f])} {why}" for f in copies]
    return "; ".join(parts)


_STAND_IN_ZERO = "prints 0, which GuruFocus prints for a value it does not have"
_BOXED_APART = "is computed by GuruFocus apart from the page's other statements and printed without a date"
_NO_PERIOD = "states no period of its own"
_SPAN_IN_DOUBT = "leaves its span in doubt"
_STALE = "is dated long after the page's latest row"
_PLURALS = {
    _STAND_IN_ZERO: "print 0, which GuruFocus prints for a value it does not have",
    _BOXED_APART: "are computed by GuruFocus apart from the page's other statements and printed without a date",
    _NO_PERIOD: "state no period of their own",
    _SPAN_IN_DOUBT: "leave their spans in doubt",
    _STALE: "are dated long after the page's latest row",
}
"""Doubts (``_doubts_of``) said of one copy, and of several; a doubt not here is said of each copy on its own."""


def _unless_assumed(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs a copy with no period of its own against copies stated for a period is not a proof.

    An undated copy (the range's or the industry line's 'Current', a verdict sentence) is the value now; a copy
    stated for a period (the headline 'As of Dec. 2023') may be of another window: the quarter's margin, where
    'Current' is over twelve months. When the copies that state a period agree among themselves, the FAIL is a
    warning naming the undated copies. A FAIL among the copies that state a period, or among the undated ones (the
    range's 'Current' against the industry line's), stands; when no copy states a period, _unless_boxed decides."""
    undated = [f for f in facts if _assumed(f)]
    dated = [f for f in facts if not _assumed(f) and f.value is not None]
    one = len(undated) == 1
    than = f" than {dated[0].period_text}" if dated and dated[0].period_text else ""
    # a copy that names its window ('During the past 3 years, the average … was 30.40% per year' of a 3-year rate)
    # leaves only its end in doubt (round-42 tester xd F4, round-41 wh F1: 'or window' said what the page does say)
    span = "period" if all(window_years_of(f.metric) for f in undated) else "period or window"
    return _not_a_proof(result, undated, dated,
                        f"{_named(undated)} {'states' if one else 'state'} no period of {'its' if one else 'their'} own, "
                        f"so {'it' if one else 'they'} may cover another {span}{than}", doc)


def _boxed_beside_quarter(result: CheckResult, facts: list[Fact], span: str) -> CheckResult:
    """A warning that rests only on the range box's or the industry line's undated 'Current' against copies the page
    states as a quarter's, half-year's or interim period's is no question about the page: the check is the dated copies among themselves
    (a PASS naming the box's copies as not compared), or a skip where they are fewer than two. 'Return-on-Tangible-Asset : 28.65% (As
    of Sep. 2024)' and '… for the quarter that ended in Sep. 2024 was 28.65%' beside 'Current: 21.95' (TSXV:CSOC.B,
    round-27 ggw): the box is GuruFocus's value of a window it does not print, and on most such pages it is another
    window's (the twelve months'), so the warning fired on most return and margin pages and told users nothing."""
    undated = [f for f in facts if _assumed(f) and f.value is not None]
    boxed = _box_copies(facts)  # of the undated copies
    if not undated or len(boxed) != len(undated):  # an undated copy that is not the box's: no question of the box alone
        return result
    dated = [f for f in facts if not _assumed(f) and f.value is not None]
    one = len(undated) == 1
    why = (f"{'it states' if one else 'they state'} no period or window of {'its' if one else 'their'} own, and the page "
           f"states this value as the {span}: a value of the box's unprinted window is not compared with it")
    if any(f.context == _VERDICT for f in boxed):
        why += "; the verdict prints the box's own Current"
    if len(dated) >= 2:  # the copies the page dates agree among themselves (else the FAIL stood): that is the check
        among = agree(result.rule, result.subject or "", sorted(dated, key=lambda f: f.line))
        if among.status == _PASS:
            among.message += f"; not compared: {_named(undated)} ({why})"
            return among
    return skipped(result.rule, result.subject or "", f"{_named(undated)}: {why}", quoted=result.quoted, inputs=result.inputs)


def _box_copies(facts: list[Fact]) -> list[Fact]:
    """The undated copies of the range box's or industry line's value: those copies, and an undated verdict that prints
    the same value ('The dividend payout ratio of Kim Loong Resources Bhd is 0.91, which seems too high.' beside
    'Current: 0.91' and the months' 1.02, XKLS:5027; 'interest coverage is 4.82, which is low' beside 'Current: 4.82'
    and the quarter's 7.22, XKLS:5035; round-43 tester vd F1): a sentence repeating the box's value is of the box's
    window; 'which is 1.59' beside 'Current: 1.6' (1.60: they meet at 1.595, OTCPK:AJMPF, round-43 tester vf F1) is
    one too. Empty where no copy is the box's or the industry line's."""
    undated = [f for f in facts if _assumed(f) and f.value is not None]
    boxed = [number_interval(f.value) for f in undated if f.context in BOXED]  # type: ignore[arg-type]
    return [f for f in undated if f.context in BOXED or (
        f.context == _VERDICT and any(number_interval(f.value).intersects(iv) for iv in boxed))]  # type: ignore[arg-type]


def _span_said(facts: list[Fact]) -> str | None:
    """How a check names the span a statement of the group says its value is for ('annualized ROA % for the quarter
    that ended in Dec. 2023 was 12.15%'), where the key keeps no frequency: a half-year reporter's page cut before its
    semi-annual row (ASX:SHM, round-32 ghd 019) does not say which of its rows that 'quarter' is, and 'for the months
    ended in Jun. 2024' (round-35 ghy F5) does not say how many, but neither is an undated value; None when no
    statement says one."""
    return next(filter(None, map(span_said, facts)), None)


def _unless_frequency_known(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs a copy stating no frequency, of a term whose headline convention is not known, is not a proof.

    Such a copy (the headline 'As of Mar. 2024') joins the one row of its period; for most registry terms the page's
    convention is known (its headline is the quarter's value, or says 'TTM'); for a term the registry lacks, or one it
    marks (``Metric.headline_frequency_known``), the headline may be twelve months' value where the row is the
    quarter's, or the quarter's where the row is the year's. Copies that state their frequency and disagree among
    themselves still FAIL."""
    vague = [f for f in facts if f.value is not None and (f.period is None or f.period.frequency is None)]
    stated = [f for f in facts if f.value is not None and f.period is not None and f.period.frequency is not None]
    one = len(vague) == 1
    return _not_a_proof(result, vague, stated,
                        f"{_named(vague)} {'does' if one else 'do'} not say whether {'it is' if one else 'they are'} the "
                        "period's value or twelve months', and quotecheck does not know this term's convention", doc)


def _inferred_year_lines(doc: Document) -> frozenset[int]:
    """The lines of the history rows read as annual from a 'Semi-Annual Data' table (``_history.YEAR_APART_NOTE``)."""
    return once_per_run(_year_apart_rows, doc)


def _year_apart_rows(doc: Document) -> frozenset[int]:
    return frozenset(s.line for s in doc.series if s.note and YEAR_APART_NOTE in s.note and s.line is not None)


def _unless_year_inferred(result: CheckResult, facts: list[Fact], lines: frozenset[int], doc: Document) -> CheckResult:
    """A FAIL that needs a row read as annual from a 'Semi-Annual Data' table is no proof: which span the row is, is the
    reader's inference from its columns' spacing (FRMO's repeats the year's values; XAMS:TLT's holds the half-years',
    annualized), not what the page prints (round-29 ghd 001). It stands where the other copies disagree among themselves."""
    inferred = [f for f in facts if f.context == "history" and f.line in lines and f.value is not None]
    others = [f for f in facts if f not in inferred and f.value is not None]
    return _not_a_proof(result, inferred, others, f"{_named(inferred[:1])} is a row printed under 'Semi-Annual Data' "
                        "that quotecheck reads as the year's because its columns are a year apart: which span it is "
                        "the page does not say", doc)


def _ttm_beside(fact: Fact, key: _RawKey, groups: dict[_RawKey, list[Fact]]) -> bool:
    """Whether ``key`` is the twelve months' group of a statement on the doubtful ``fact``'s own line, which it does
    not join: 'X's total free cash flow for the months ended in Apr. 2024 was 円-2,365 Mil. Its total free cash flow for
    the trailing twelve months (TTM) ended in Apr. 2024 was 円-747 Mil' (TSE:3451) sets the two spans apart."""
    return key[2] is _TTM and any(g.line == fact.line for g in groups.get(key, ()))


def _interim_flow(fact: Fact, key: _RawKey) -> bool:
    """Whether the doubtful ``fact`` is a flow stated 'for the months ended in' its month: an interim period's, shorter
    than twelve months (the page states the twelve months' apart, TSE:3451 and OTCPK:FTDCQ's 'total free cash flow for
    the months ended in Dec. 2018 was $37 Mil. Its total free cash flow for the trailing twelve months (TTM) ended in
    Dec. 2018 was $-45 Mil.', whose year's row prints -45.00: round-35 gid F6), so no copy of the year's or the twelve
    months' value. A balance is the month's whatever the span."""
    return not is_balance(key[0]) and span_said(fact) == INTERIM_WORDS


def _year_stated_apart(fact: Fact, key: _RawKey, groups: dict[_RawKey, list[Fact]]) -> bool:
    """Whether the page states the fiscal year's value of the doubtful ``fact``'s metric and month in a sentence of its
    own: 'X's change in working capital for the quarter that ended in Dec. 2023 was $22 Mil.' then '… for the fiscal
    year that ended in Dec. 2023 was $33 Mil.' (a half-year reporter, round-26 ggt 003). The 'quarter' is then not the
    year, nor the twelve months ending at the year's end: it is the latest quarter or half-year, of no other group. A
    balance is the month's whatever the span, and a 'quarter' printing the year's own amount may be the year said twice
    (an annual reporter's): both still join the year's copies."""
    if is_balance(key[0]):
        return False
    year = groups.get((key[0], key[1], _ANNUAL, None), ())
    apart = [g for g in year if g.context == "statement" and g.line != fact.line and g.value is not None]
    return bool(apart) and fact.value is not None and all(g.value.value != fact.value.value for g in apart if g.value)


def _trend_spans(vague: list[tuple[_RawKey, Fact]], groups: dict[_RawKey, list[Fact]],
                 keys_of: dict[tuple[str, str], list[_RawKey]]) -> dict[tuple[int, str], Frequency]:
    """The frequency a history sentence that prints none follows, where one of its points shows it: the point agrees
    with the copies of one frequency for its month and with no other's ('declined from Dec. 2022 (49.03) to Dec. 2023
    (41.73)', where 41.73 is the three months' value of line 10 and the year's row prints 53.33: the sentence is the
    quarter's, so its 49.03 is no copy of the year's 53.45; round-21 ggh 001). By (line, metric); a sentence whose
    points point two ways, or nowhere, is left in doubt."""
    votes: dict[tuple[int, str], set[Frequency]] = {}
    for key, f in vague:
        if not f.id.startswith(TREND_NO_FREQUENCY):
            continue
        peers = keys_of.get((key[0], key[1]))
        if peers is None or len(peers) < 2:  # one frequency's copies at most: the point shows nothing
            continue
        stated = [(k, k[2]) for k in peers if k[2] is not None and k[3] is None]
        if len({freq for _, freq in stated}) < 2:
            continue
        point = fact_interval(f)
        fitting = {freq for k, freq in stated if all(fact_interval(g).intersects(point) for g in groups[k] if g.value is not None)}
        if len(fitting) == 1:
            votes.setdefault((f.line, key[0]), set()).add(fitting.pop())
    return {where: next(iter(found)) for where, found in votes.items() if len(found) == 1}


def _doubtful_span(fact: Fact) -> bool:
    """A statement whose span the page leaves in doubt: 'for the quarter that ended in Dec. 2014' where the page's
    rows of that month are the year's or half-year's, kept with no frequency (``_prose_calcs._of_another_frequency``),
    or a point of a history sentence that prints no frequency ('X's Days Payable declined from Mar. 2023 (367.92)')."""
    return fact.context == "statement" and fact.value is not None and fact.period is not None and fact.period.frequency is None


def _unless_span_known(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs a statement whose span is in doubt (see ``_doubtful_span``) is not a proof: the quarter's
    value and the year's of one month may differ. The FAIL stands when the other copies disagree among themselves."""
    doubtful = [f for f in facts if _doubtful_span(f)]
    sure = [f for f in facts if f.value is not None and not _doubtful_span(f)]
    unsaid = [f for f in doubtful if f.id.startswith(TREND_NO_FREQUENCY)]
    quarter = [f for f in doubtful if not f.id.startswith(TREND_NO_FREQUENCY)]
    why = []
    if quarter:
        why.append(f"{_named(quarter)} {'says' if len(quarter) == 1 else 'say'} 'quarter' where the page's rows of that "
                   "month are of another span, or 'months' without how many")
    if unsaid:
        why.append(f"{_named(unsaid)} {'prints' if len(unsaid) == 1 else 'print'} no frequency ('quarterly' or 'annual')")
    one = len(doubtful) == 1
    return _not_a_proof(result, doubtful, sure,
                        f"{' and '.join(why)}, so which period's value {'it is' if one else 'they are'} the page does not say", doc)


def _unless_boxed(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs a range or industry 'Current' against the page's own statements is not a proof: a warning
    naming the boxed copies. The FAIL stands when the page's own statements disagree among themselves, or the boxed
    copies do (the range's Current against the industry line's)."""
    boxed = [f for f in facts if f.context in BOXED and f.value is not None]
    own = [f for f in facts if f.context not in BOXED and f.value is not None]
    one = len(boxed) == 1
    # the page's own copies disagree among themselves only where the dated ones do, or the undated ones do: an undated
    # verdict against the quarter's headline is no proof (_unless_assumed), so it cannot keep this FAIL either
    # ('interest coverage is 2.96, which is low' beside the quarter's 1.60 and a boxed 'Current: 3.10', round-21 ggl D1)
    undated = [f for f in own if _assumed(f)]
    dated = [f for f in own if not _assumed(f)]
    why = (f"{_named(boxed)} {'is' if one else 'are'} computed by GuruFocus apart from the page's other statements and "
           f"printed without a date, so {'it' if one else 'they'} may be of another day")
    apart = [f for f in undated if any(not number_interval(f.value).intersects(number_interval(d.value)) for d in dated)]  # type: ignore[arg-type]
    if apart:  # the verdict's 3.72 beside the quarter's 3.88 is cited too: say why it is no proof either (round-43 vf F3)
        why += "; " + _doubts_named([(f, _NO_PERIOD) for f in apart])
    return _not_a_proof(result, boxed, own, why, doc, sure_groups=(dated, undated))


_STALE_MONTHS = 12
"""How far past the page's latest row a day-dated headline may be before the page's data no longer stand behind it."""


def _unless_stale_headline(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs a headline dated today long after the page's latest row is not a proof: 'Piotroski F-Score :
    0 (As of Apr. 26, 2024)' where the rows end in Jun20 and the verdict says 'has an F-score of 6' (TSE:8729, a
    listing whose data stopped in 2020; round-32 gha F1). The page's data do not stand behind that headline (GuruFocus
    prints 0 for a score it no longer has), so which copy is the listing's value the page does not say."""
    head = next((f for f in facts if f.context == "headline" and f.value is not None), None)
    stale = _staleness(head, doc) if head is not None else None
    if head is None or stale is None or head.period is None:
        return result
    latest, gap = stale
    others = [f for f in facts if f is not head and f.value is not None]
    return _not_a_proof(result, [head], others,
                        f"the headline (line {head.line}) is dated {head.period_text or head.period.end}, {gap} months after "
                        f"the page's latest row ({latest}), so the page's data do not stand behind it", doc)


def _unless_zero_stand_in(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs a headline of 0, beside another 0 (the range's 'Current: 0') or of a bounded score, against
    copies that agree on a value of their own is not a proof: GuruFocus prints 0 for a value it no longer has ('Beneish M-Score
    0.00 (As of Today)' and 'Current: 0' beside the verdict's and the calculation's -3.62, NYSE:TTM 2014; 'Piotroski
    F-Score 0 (As of Today)' beside 'has an F-score of 9', NYSE:BBL; round-32 ghf F3). The FAIL stands when the other
    copies disagree among themselves."""
    ids = _stand_in_zeros(facts)
    if not ids:
        return result
    zeros = [f for f in facts if f.id in ids]
    others = [f for f in facts if f.value is not None and f.id not in ids]
    one = len(zeros) == 1
    return _not_a_proof(result, zeros, others,
                        f"{_named(zeros)} {'prints' if one else 'print'} 0, which GuruFocus prints for a value it does not "
                        f"have, beside {'a copy that states' if len(others) == 1 else 'copies that agree on'} a value of "
                        f"{'its' if len(others) == 1 else 'their'} own", doc)


def _stand_in_zeros(facts: list[Fact]) -> frozenset[str]:
    """The ids of a group's copies that are GuruFocus's 0 for a value it does not have: its 0s, where a headline prints
    one and the 0 is repeated beside it or is a bounded score's (a score no page rates 0 with data); a lone 0 of a
    ratio may be the page's own value. Empty otherwise."""
    zeros = [f for f in facts if f.value is not None and f.value.value == 0 and not f.value.exact]
    if not any(f.context == "headline" for f in zeros) or (len(zeros) < 2 and facts[0].metric not in SCORE_MOST):
        return frozenset()
    return frozenset(f.id for f in zeros)


_VERDICT_OF_THE_YEAR = frozenset({"piotroski_f_score", "beneish_m_score"})
"""Scores whose verdict sentence GuruFocus may word from another computation than its headline's: 'has an F-score of
6' is the Mar20 row's 6 beside the headline's 0 (TSE:8729), 'has an F-score of 9' the Jun21 row's (NYSE:BBL), though
on other pages it is neither (round-32 ghh 008: 6 beside a Dec20 row of 5). The M-Score's verdict states no date either:
'Intel Corp has a M-score of -2.85' beside the headline's '-3.01 (As of Today)' is the calculation 'for today', and on
a copy cut before that calculation the headline against the verdict alone had FAILed (round-39 tester gtf F1, NAS:INTC
2015). The GF Score's verdict is its headline's own ('has the GF Score of 78' beside 'GF Score : 78/100')."""


def _unless_score_verdict(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A FAIL that needs an F-score's verdict sentence against the page's other copies, which agree among themselves,
    is not a proof: 'has an F-score of 5' beside 'Piotroski F-Score : 4 (As of Apr. 25, 2024)' and 'Current: 4'
    (OTCPK:SMMNY; five such pages in round-32 ghf, one apart each way). The sentence states no date, and GuruFocus
    may word it from another computation of the score (``_VERDICT_OF_THE_YEAR``). A count is never rounded, so the two are not one value
    either: a warning naming both."""
    if facts[0].metric not in _VERDICT_OF_THE_YEAR:
        return result
    verdicts = [f for f in facts if f.context == "verdict" and f.value is not None]
    others = [f for f in facts if f.context != "verdict" and f.value is not None]
    one = len(verdicts) == 1
    return _not_a_proof(result, verdicts, others,
                        f"{_named(verdicts)} {'states' if one else 'state'} no date of {'its' if one else 'their'} own, and "
                        "GuruFocus may word the verdict from another computation of the score than the headline's (on "
                        "some pages the fiscal year's)", doc)


def _from_inputs(doc: Document, fact: Fact) -> Interval | None:
    """What a printed formula's inputs allow its result to be, when ``fact`` is that result ('=105.10/4.64 =22.65');
    None for any other fact, a scaled or percent result, or a formula whose first step does not evaluate."""
    value = fact.value
    if fact.context != "calculation" or value is None or value.percent or value.scale_factor != 1:
        return None
    calc = once_per_run(_formulas_by_result, doc).get((fact.line, fact.metric))
    if calc is None:
        return None
    steps = numeric_steps(calc)
    if not steps or steps[0][0] is None:
        return None
    try:
        return steps[0][0].evaluate({})
    except EvaluationError:
        return None


def _formulas_by_result(doc: Document) -> dict[tuple[int | None, str | None], Calculation]:
    """The page's printed formulas by their result's line and metric, the first of each (a scan of every formula for
    each copy was quadratic: a page of 16,000 formulas took a minute, round-33 new user NU2-4)."""
    out: dict[tuple[int | None, str | None], Calculation] = {}
    for calc in doc.calculations:
        if not calc.id.startswith(PREFIX):
            out.setdefault((calc.result_line, calc.metric), calc)
    return out


def _unless_rounded_inputs(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """A formula's printed result is worked from the rounded inputs the formula prints (E10 $4.64, not the E10 the
    headline used), so it may differ from the headline in its last digits: 105.10 / 4.64 prints 22.65 where the
    headline says 22.63, and both hold. When every other copy agrees with the rest and fits what the formula's inputs
    allow, and the printed result does too, the copies agree within the rounding of those inputs: a PASS. A copy the
    inputs cannot give (19.40 where 82.81 / 4.23 allows 19.55 to 19.60) still FAILs."""
    worked = [(f, iv) for f in facts if (iv := _from_inputs(doc, f)) is not None]
    done = {id(w) for w, _ in worked}
    others = [f for f in facts if f.value is not None and id(f) not in done]
    if not worked or not others:
        return result
    mine = common_interval([fact_interval(f) for f in others])
    allowed = "; ".join(f"{iv.lo:.6g} to {iv.hi:.6g} (line {f.line})" for f, iv in worked)
    if mine is None or not all(fact_interval(f).intersects(iv) for f, iv in worked):
        return result
    if not all(mine.intersects(iv) for _, iv in worked):  # the result fits its inputs; the other copies do not
        result.message += (f"; the formula's printed inputs allow only {allowed}, which its result fits: the other "
                           "copies cannot come from those inputs")
        return result
    where = listed([f"{f.value.text} (line {f.line}, {f.context})" for f in facts if f.value is not None])
    result.status = Status.PASS
    result.reason = None
    result.recomputed = interval_out(mine)
    result.message = (f"{result.subject} is stated {len(others) + len(worked)} times and agrees within the rounding of "
                      f"the formula's printed inputs: {where}; the formula's result is worked from the rounded inputs it "
                      f"prints, which allow {allowed}, and every copy fits that")
    return result


def _unless_inputs_exclude(result: CheckResult, facts: list[Fact], key: Key, doc: Document) -> CheckResult:
    """Copies that agree within rounding only where a paragraph's printed inputs do not allow its result to be: the
    headline '0.03' and the paragraph's '0.02' meet only at 0.025, and the paragraph's zł5.3, zł20.4 and zł1,039.2 Mil
    allow 0.024633 to 0.024828 (WAR:GPW): the headline cannot come from the inputs the page prints for its quantity.
    A FAIL when the paragraph's result and a copy so excluded are sure of their period, span and computation; a
    warning when either is one the page computes apart or leaves in doubt (the range's 'Current: 3.87' beside '3.88'
    from ₺2,234.0 / ₺576.3 Mil). Only copies that agree within rounding are weighed: a disagreement is the rules' above.

    Only copies printed as the result is (the same scale, a percent sign or not) are compared with what its inputs
    allow, which is in the result's printed units; copies of different windows are left to the window rule."""
    if len({f.window_years for f in facts}) > 1:
        return result
    for worked in facts:
        printed = worked.value
        if worked.context not in _WORKED or printed is None or (allowed := _paragraph_allows(doc, worked)) is None:
            continue
        others = [f for f in facts if f is not worked and f.value is not None]
        if not others or any(f.value.scale_factor != printed.scale_factor or f.value.percent != printed.percent  # type: ignore[union-attr]
                             for f in others):
            continue
        missed = [f for f in others if not number_interval(f.value).intersects(allowed)]  # type: ignore[arg-type]
        if not missed:
            continue
        doubts = {f.id: why for f in (worked, *missed) if (why := _doubt_of(f, key, doc)) is not None}
        sure = [f for f in missed if f.id not in doubts] if worked.id not in doubts else []
        result.recomputed = interval_out(allowed)
        result.message = (f"{result.subject} is stated {len(others) + 1} times: "
                          + listed([f"{f.value.text} (line {f.line}, {f.context})" for f in sorted(facts, key=lambda f: f.line)
                                    if f.value is not None])
                          + f"; the paragraph's printed inputs allow its result {printed.text} (line {worked.line}) only "
                          f"{allowed.lo:.6g} to {allowed.hi:.6g}, and {_named(sure or missed)} cannot come from them")
        if sure:
            result.status, result.reason = _FAIL, None
            if len(sure) < len(missed):
                result.message += f" (nor can {_named([f for f in missed if f.id in doubts])})"
            twice = rounded_twice(allowed, sure[0].value)  # type: ignore[arg-type]
            result.message += twice
            if twice:  # '0.03' beside the paragraph's 0.02 from inputs giving 0.0246 to 0.0248 (WAR:GPW): 0.025, then 0.03
                result.status, result.reason = _WARN, ROUNDED_TWICE
                result.message += f"; not a proof: {ROUNDED_TWICE}"
        else:
            result.status = _WARN
            result.reason = _doubts_named([(f, doubts[f.id]) for f in (worked, *missed) if f.id in doubts])
            result.message += f"; not a proof: {result.reason}"
        return result
    return result


_WORKED = frozenset({"statement", "today"})
"""The contexts of a paragraph's result ('… debt to equity … was 0.02', '… EV-to-Revenue for today is 3.88')."""


def _doubt_of(fact: Fact, key: Key, doc: Document, zeros: frozenset[str] = frozenset()) -> str | None:
    """The first of ``_doubts_of``: why a copy may state another value than the page's paragraph without a
    contradiction; None for a copy sure of its period, span and computation."""
    return next(iter(_doubts_of(fact, key, doc, zeros)), None)


def _doubts_of(fact: Fact, key: Key, doc: Document, zeros: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Every doubt the rules above weigh one at a time that ``fact`` carries (see ``_unless_doubts_apart``), in a fixed
    order; empty for a copy sure of its period, span and computation. ``zeros``: the ids of the group's copies that are
    GuruFocus's 0 for a value it does not have (``_stand_in_zeros``)."""
    doubts = []
    if fact.id in zeros:
        doubts.append(_STAND_IN_ZERO)
    if fact.context in BOXED:
        doubts.append(_BOXED_APART)
    if key.when not in _NOT_ASSUMED and _assumed(fact):
        doubts.append(_NO_PERIOD)
    if _doubtful_span(fact):
        doubts.append(_SPAN_IN_DOUBT)
    if key.frequency is not None and not headline_frequency_known(key.metric) and (fact.period is None or fact.period.frequency is None):
        doubts.append("does not say whether it is the period's value or twelve months'")
    if fact.context == "verdict" and key.metric in _VERDICT_OF_THE_YEAR:
        doubts.append("is a verdict GuruFocus may word from another computation of the score")
    if fact.context == "calculation" and key.metric in _SCORE_OF_FISCAL_DATA and fact.period is None:
        doubts.append(_FISCAL_DATA_CUT)
    if fact.context == "history" and fact.line in _inferred_year_lines(doc):
        doubts.append("is a 'Semi-Annual Data' row read as the year's from its columns' spacing")
    if fact.context == "headline" and _staleness(fact, doc) is not None:
        doubts.append(_STALE)
    if fact.context == "headline" and fact.period is not None and fact.period.frequency is None and _echoes_quarter(fact, doc):
        doubts.append(_ECHOES_QUARTER)
    if fact.id in zeros_over_dashes(doc):  # '₩0.00' for Mar24 above the quarterly row's '-' (the round-46 review's R1)
        doubts.append(_ROW_DASH)
    return tuple(doubts)


_ROW_DASH = "prints 0.00 for a month its own row prints as '-', GuruFocus's mark of a value it does not have"

_SCORE_OF_FISCAL_DATA = frozenset({"beneish_m_score"})
"""Scores whose calculation 'for today' works from a fiscal period's data, which its block names below the formula
('This Year (Sep15) TTM:'): NAS:INTC 2015's '=-2.85' beside the headline's '-3.01 (As of Today)' is a warning on the
whole page, whose calculation is dated Sep. 2015, and was a FAIL on copies cut before that line (round-47 cut sweep)."""
_FISCAL_DATA_CUT = ("is worked out 'for today' from a fiscal period's data that the page does not show (cut before its "
                    "'This Year (…)' line)")


_ECHOES_QUARTER = "prints no span, and the value a statement of its month calls the quarter's"


def _echoes_quarter(head: Fact, doc: Document) -> bool:
    """Whether a headline that prints no span states the value of a statement of its month whose 'quarter' is in doubt
    (``_doubtful_span``): 'ROC (Joel Greenblatt) % : 48.43% (As of Dec. 2023)' beside '… annualized ROC (Joel
    Greenblatt) % for the quarter that ended in Dec. 2023 was 48.43%.' is that quarter's value as much as the statement
    is, not the year's row's 29.72 (BSP:SOJA3, round-46 tester to F1, a false FAIL: the headline had joined the year's
    row as a sure copy)."""
    if head.value is None or head.period is None:
        return False
    mine = number_interval(head.value)
    yearly = once_per_run(_yearly_results, doc)
    return any(f.metric == head.metric and f.period is not None and f.period.end == head.period.end and _doubtful_span(f)
               and not f.id.startswith(TREND_NO_FREQUENCY) and number_interval(f.value).intersects(mine)  # type: ignore[arg-type]
               and (f.line, f.metric, f.period.end) not in yearly  # worked from the year's inputs: the year's
               for f in facts_by_metric(doc).get(head.metric, ()))


def _yearly_results(doc: Document) -> frozenset[tuple[int | None, str | None, str]]:
    """(line, metric, month) of each result the page works out from the fiscal year's inputs of that month: its own
    calculation's operands ('Net Income for the fiscal year that ended in Dec. 2023 was …' on the result's line), not
    any sentence of the line (the round-46 review's R2: an unrelated 'Revenue for the fiscal year …' beside SOJA3's
    ROC (Joel Greenblatt) % had brought the false FAIL back). Once per run."""
    annual = {(f.line, f.metric, f.period.end) for f in doc.facts if f.context in _INPUT_CONTEXTS and f.period is not None
              and f.period.frequency is Frequency.ANNUAL}
    if not annual:
        return frozenset()
    found = {(calc.result_line, calc.metric, o.period_hint) for calc in doc.calculations for step in calc.steps
             for o in step.operands if o.period_hint is not None and (o.line, o.metric, o.period_hint) in annual}
    for f in doc.facts:  # a paragraph read as stated values: every input of the result's formula is the year's
        if _doubtful_span(f) and f.period is not None and (inputs := _formula_inputs(f.metric)) \
                and all((f.line, name, f.period.end) in annual for name in inputs):
            found.add((f.line, f.metric, f.period.end))
    return frozenset(found)


def _formula_inputs(metric: str) -> frozenset[str]:
    """The inputs a period's ratio is worked from ('net_income', 'revenue' of net_margin: ``_labels.PERIOD_RATIOS``,
    else the registry's formula), or none."""
    period = by_formula().get(metric)
    if period is not None:
        return frozenset(period.inputs.values())
    formula = formula_for(metric)
    try:
        return frozenset(n.name for n in formula.tree().names()) if formula is not None else frozenset()
    except FormulaError:  # an aggregate ('sum(adj_eps) / years') names no inputs of one line
        return frozenset()


def _staleness(head: Fact, doc: Document) -> tuple[str, int] | None:
    """The page's latest row and how many months past it a day-dated headline is, where more than ``_STALE_MONTHS``;
    None for a headline the page's rows stand behind."""
    if head.period is None or len(head.period.end) != 10:
        return None
    latest = once_per_run(_latest_row_end, doc)
    if latest is None:
        return None
    gap = months_between(latest, head.period.end)
    return (latest, gap) if gap > _STALE_MONTHS else None


def _latest_row_end(doc: Document) -> str | None:
    """The end of the page's latest history row, or None (once per run: every headline copy asks)."""
    return max((f.period.end for f in doc.facts if f.context == "history" and f.period is not None), default=None)


def _unless_doubts_apart(result: CheckResult, facts: list[Fact], key: Key, doc: Document) -> CheckResult:
    """A FAIL that the rules above keep only because each finds the other's doubtful copies disagreeing is no proof:
    the copies that disagree must carry the same doubts (none, or the same ones) to state one quantity alike. 'Piotroski
    F-Score: 5 (As of Today)', 'has an F-score of 4', 'Current: 5' and the Sep17 row's 0.00 (NYSE:JNJ 2017, round-41
    wj F1): the verdict's 4 is a verdict, the headline's 5 states no period, and the 0.00 is the row's; the verdict rule
    saw the others split, the undated rule saw the undated copies split. Copies grouped by their doubts: the FAIL stands
    where one group disagrees within itself, and is a warning naming each copy's doubts otherwise.

    So a verdict no longer decides a headline's disagreement with a calculation: '-3.01 (As of Today)' against the M-score
    worked out 'for today', '=-2.85' (NAS:INTC 2015), is the undated rule's warning, as on NAS:GHDX's pages where no
    verdict copy is read; with the verdict 'has a M-score of -2.85' beside them it had FAILed (round-39 gtf F1 called
    that FAIL true; round-42 tester xb called the same pair on GHDX, TPE:6235 and ROCO:4772 a deserved warning)."""
    zeros = _stand_in_zeros(facts)
    doubts = {f.id: _doubts_of(f, key, doc, zeros) for f in facts if f.value is not None}
    if not any(doubts.values()):
        return result
    alike: dict[tuple[str, ...], list[Fact]] = {}
    for f in facts:
        if f.value is not None:
            alike.setdefault(doubts[f.id], []).append(f)
    split = next((copies for copies in alike.values() if _split(result, copies, doc) is not None), None)
    if split is not None:
        if _PROOF in result.message:  # name the copies that prove it, which may not be the ones a rule above named
            result.message = _without_proof(result.message) + f"{_PROOF}{_named(split)} disagree among themselves"
        return result
    doubtful = sorted((f for f in facts if doubts.get(f.id)), key=lambda f: f.line)
    result.status = _WARN
    result.reason = ("each copy that disagrees carries a doubt the copies it disagrees with do not: "
                     + _doubts_named([(f, " and ".join(doubts[f.id])) for f in doubtful]))
    result.message += f"; not a proof: {result.reason}"
    return result


def _proof_only(result: CheckResult, facts: list[Fact], key: Key, doc: Document) -> CheckResult:
    """A FAIL cites only the copies that prove it. Where the copies sure of their period disagree among themselves
    beside copies in doubt (the range's 'Current: 7.9' and the industry line's, next to a headline and a statement
    of Dec. 2023 that differ), the FAIL is the sure copies' disagreement, and the others are named as not counted:
    alone they would have been a warning, so they are no part of the proof."""
    doubts = {f.id: why for f in facts if f.value is not None and (why := _doubt_of(f, key, doc)) is not None}
    if not doubts:
        return result
    sure = [f for f in facts if f.value is not None and f.id not in doubts]
    proof = _split(result, sure, doc)
    if proof is None:  # the FAIL needs a doubtful copy: the doubtful ones disagree among themselves
        return _doubtful_only(result, facts, doc)
    ref = next(f for f in sure if proof.quoted is not None and f.id == proof.quoted.fact_id)
    percent = any(f.unit is Unit.PERCENT or f.value.percent for f in facts if f.value is not None)  # as agree reads them
    mine = fact_interval(ref, percent=percent)
    if all(fact_interval(f, percent=percent).intersects(mine) for f in facts if f.id in doubts):
        return result  # no doubtful copy is cited as contradicting the proof's reference: nothing to take back
    by_reason: dict[str, list[Fact]] = {}
    for f in sorted((f for f in facts if f.id in doubts), key=lambda f: f.line):
        by_reason.setdefault(doubts[f.id], []).append(f)
    proof.message += "; not counted: " + "; ".join(
        f"{_named(left)} ({'each ' if len(left) > 1 else 'it '}{why})" for why, left in by_reason.items())
    return proof


def _doubtful_only(result: CheckResult, facts: list[Fact], doc: Document) -> CheckResult:
    """The FAIL as the disagreement of the range box's undated copies alone, where every other copy agrees: the box's
    'Current: 38.74' and the industry line's 'vs TSE:3113: 48.74' beside the quarter's 40.31 in the headline and its
    statements (round-45 tester tk F2: the FAIL was quoted at the headline, 'contradicted on line(s) 18, 25', a correct
    number). The other copies are named as not counted."""
    boxed = _box_copies(facts)
    if any(f.context not in BOXED for f in boxed):  # a verdict repeating the box's value: the rules above name the proof
        return result
    others = sorted((f for f in facts if f.value is not None and f not in boxed), key=lambda f: f.line)
    proof = _split(result, boxed, doc) if others and _split(result, others, doc) is None else None
    if proof is None:
        return result
    proof.message += (f"{_PROOF}{_named(boxed)} disagree among themselves; not counted: {_named(others)}, which "
                      f"{'are' if len(others) > 1 else 'is'} no part of it")
    return proof


def _paragraph_allows(doc: Document, fact: Fact) -> Interval | None:
    """What the printed inputs of the paragraph whose result ``fact`` is allow it to be (see ``inputs_allow``): the
    one calculation of the fact's line, metric, value and period. None where two could be its (a line may state the
    fiscal year's result and the quarter's, of one printed value, each from its own inputs, and a calculation need not
    carry its period): which inputs are the fact's the page does not say."""
    found = [calc for calc in once_per_run(_calculations_by_line, doc).get(fact.line, ())
             if calc.metric == fact.metric and calc.result is not None
             and fact.value is not None and calc.result.value == fact.value.value and _same_period(calc, fact)]
    return inputs_allow(found[0], doc) if len(found) == 1 else None


def _calculations_by_line(doc: Document) -> dict[int | None, list[Calculation]]:
    """The page's calculations by their result's line, once per run: every restated fact asks for its line's (the
    round's second read: a scan of every calculation for each fact, quadratic on a page of many)."""
    out: dict[int | None, list[Calculation]] = {}
    for calc in doc.calculations:
        out.setdefault(calc.result_line, []).append(calc)
    return out


def _same_period(calc: Calculation, fact: Fact) -> bool:
    """Whether a calculation's result is of the fact's period: the same end, and the same frequency where both state
    one (a calculation or fact that states no period is not told apart by it)."""
    a, b = calc.period, fact.period
    if a is None or b is None:
        return True
    return a.end == b.end and (a.frequency is None or b.frequency is None or a.frequency == b.frequency)


def restated_facts(doc: Document) -> Iterator[CheckResult]:
    """A fact stated more than once agrees everywhere it is stated (intervals intersect)."""
    groups, skips = _grouped(doc)
    zeros = {f.id for f in placeholder_zeros(doc)}
    zero_rows = placeholder_rows(doc)
    for raw, facts in groups.items():
        if len(facts) < 2:
            continue
        key = Key._make(raw)
        subject = key.subject()
        zero = next((f for f in facts if f.id in zeros), None) if zeros else None
        if zero is not None:  # 'not available' printed as 0.00: neither agreement nor disagreement means anything
            yield skipped(f"{RULE}.restated", subject, f"{zero.label} {zero.value.text if zero.value else ''} (line {zero.line}) "
                          "is GuruFocus's 0.00 for a value it does not have (gf.zero_placeholder)", quoted=quoted_fact(zero))
            continue
        row = next((f for f in facts if f.id in zero_rows), None) if zero_rows else None
        if row is not None:
            yield skipped(f"{RULE}.restated", subject, f"the history row on line {row.line} prints 0.00 in every cell: "
                          "GuruFocus's zeros for values it does not show (a row of one value repeated is no series of "
                          "measurements), so its cell for this period is no statement of it", quoted=quoted_fact(row))
            continue
        result = agree(f"{RULE}.restated", subject, sorted(facts, key=lambda f: f.line))
        windows = {str(f.window_years) if f.window_years else None for f in facts}
        if result.status == _FAIL and len(windows) > 1:  # a copy with an unstated window joined a stated one
            result.status = _WARN
            result.reason = f"the copies cover different windows ({', '.join(sorted(w or 'unstated' for w in windows))} years)"
            result.message += f"; they cover different windows ({', '.join(sorted(w or 'unstated' for w in windows))} years)"
        if result.status == _FAIL and doc.calculations:
            result = _unless_rounded_inputs(result, facts, doc)
        if result.status == _FAIL and key.frequency is not None and not headline_frequency_known(key.metric):
            result = _unless_frequency_known(result, facts, doc)
        if result.status == _FAIL:
            result = _unless_span_known(result, facts, doc)
        if result.status == _FAIL and (inferred := _inferred_year_lines(doc)):
            result = _unless_year_inferred(result, facts, inferred, doc)
        compared = facts  # the copies the verdict weighs: the box's set aside beside a quarter's are not
        if result.status == _FAIL and key.when not in _NOT_ASSUMED:
            result = _unless_assumed(result, facts, doc)
            span = SPAN_WORDS.get(key.frequency) if key.frequency is not None else _span_said(facts) if result.status == _WARN else None
            if result.status == _WARN and span is not None and not is_balance(key.metric):  # a balance's box is
                result = _boxed_beside_quarter(result, facts, span)  # of its quarters (round-41 wb F1)
                if result.status == _PASS:
                    set_aside = {id(f) for f in _box_copies(facts)}
                    compared = [f for f in facts if id(f) not in set_aside]
        if result.status == _FAIL:
            result = _unless_stale_headline(result, facts, doc)
        if result.status == _FAIL:
            result = _unless_zero_stand_in(result, facts, doc)
        if result.status == _FAIL:
            result = _unless_score_verdict(result, facts, doc)
        if result.status == _FAIL:
            result = _unless_boxed(result, facts, doc)
        if result.status == _FAIL:
            result = _unless_doubts_apart(result, facts, key, doc)
        if result.status == _WARN and _PROOF in result.message:  # a later rule found it no proof after all: the
            result.message = _without_proof(result.message)  # clause that named the disagreeing copies goes whole
        if result.status == _FAIL:
            result = _proof_only(result, facts, key, doc)
        if result.status == _PASS and doc.calculations:  # not the copies _boxed_beside_quarter left out: 'Current:
            # 14.69' beside the quarter's 12.00 from ₹5,138 / ₹428 Mil (NSE:TATACONSUM, round-32 gha F2)
            result = _unless_inputs_exclude(result, compared, key, doc)
        yield result
    yield from skips
    # the latest history row of a price-dependent term is at the period-end price: say so rather than compare
    if doc.term_metric and is_price_dependent(doc.term_metric):
        head = doc.fact("headline")
        rows = [f for f in facts_by_metric(doc).get(doc.term_metric, ()) if f.context == "history"]
        if head and head.value and rows and not (head.period and len(head.period.end) == 7  # a month's headline is no
                                                 and not headline_is_today(doc.term_metric)):  # day's price, but this one is
            last = max(rows, key=lambda f: f.period.end if f.period else "")
            yield skipped(f"{RULE}.headline_vs_latest_row", f"{doc.term} latest row",
                          f"the latest history value {last.value.text if last.value else '?'} ({last.period_text}, line {last.line}) "
                          f"is at the quarter-end price; the headline {head.value.text} (line {head.line}) is at today's price",
                          quoted=quoted_fact(head), inputs=[quoted_fact(last)])
