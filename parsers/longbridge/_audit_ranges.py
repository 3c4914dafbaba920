"""Orders and positions: valuation ranges, target prices, ranks and the peer table."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from .. import _build as build
from .._checks import failed, listed, normalized_interval, passed, quoted_fact, skipped, warned
from .._interval import Interval
from .._models import CheckResult, Document, Fact, Quoted, Status, Unit
from ._audit_common import by_id, cite, pct, value_fact

_RANK, _FAIL = Unit.RANK, Status.FAIL
"""Enum members read once: reading one off its class goes through the enum's metaclass (~1,000 instructions)."""

VALUATION_METRICS: tuple[tuple[str, str, bool], ...] = (
    ("pe_ratio", "PE (TTM)", False), ("pb_ratio", "PB", False), ("ps_ratio", "PS (TTM)", False),
    ("dividend_yield", "Dividend Yield", True),
)
"""Valuation rows: metric, name, and whether the metric falls as the price rises."""


def _le(a: Fact, b: Fact, ivs: dict[int, Interval]) -> bool:
    """False only when a is certainly above b (their rounding intervals do not meet and a > b).

    ``ivs`` keeps each printed number's interval for one rule run (keyed by the number's id: the document holds
    them all while the rule runs), so a value compared several times is worked out once.
    """
    return _interval(a, ivs).lo <= _interval(b, ivs).hi


def _interval(f: Fact, ivs: dict[int, Interval]) -> Interval:
    assert f.value is not None
    iv = ivs.get(id(f.value))
    if iv is None:
        iv = ivs[id(f.value)] = normalized_interval(f.value)  # the run's memo: shared with the other rules
    return iv


def check_range_order(doc: Document) -> Iterator[CheckResult]:
    """Low <= Median <= High in every Valuation Analysis row."""
    ivs: dict[int, Interval] = {}
    ix = by_id(doc)
    for metric, name, _ in VALUATION_METRICS:
        low, med, high = (value_fact(ix, f"valuation.{metric}.{c}") for c in ("low", "median", "high"))
        if not (low and med and high):
            if f"valuation.{metric}" in ix:
                yield skipped("lb.range.order", f"{name} range", "Low, Median or High not printed")
            continue
        inputs = [quoted_fact(low), quoted_fact(high)]
        text = f"{name}: Low {low.value.text} <= Median {med.value.text} <= High {high.value.text}"  # type: ignore[union-attr]
        if _le(low, med, ivs) and _le(med, high, ivs):
            yield passed("lb.range.order", f"{name} range", f"{text} holds", quoted=quoted_fact(med), inputs=inputs)
        else:  # name what breaks it: a Low above the High, or a Median outside them (round-40 tester guc F5)
            crossed = not _le(low, high, ivs)
            why = ("the Low is above the High" if crossed
                   else f"the Median lies {'below the Low' if not _le(low, med, ivs) else 'above the High'}")
            yield failed("lb.range.order", f"{name} range", f"{text} does not hold: {why}",
                         quoted=quoted_fact(low if crossed else med), inputs=[quoted_fact(high), quoted_fact(med)]
                         if crossed else inputs)


def check_range_position(doc: Document) -> Iterator[CheckResult]:
    """Each current valuation value against its Low, Median and High."""
    ivs: dict[int, Interval] = {}
    ix = by_id(doc)
    for metric, name, inverse in VALUATION_METRICS:
        cur = value_fact(ix, f"valuation.{metric}")
        low, med, high = (value_fact(ix, f"valuation.{metric}.{c}") for c in ("low", "median", "high"))
        if cur is None or not (low and high):
            if cur is not None:
                yield skipped("lb.range.position", f"{name} current vs range", "Low or High not printed",
                              quoted=quoted_fact(cur))
            continue
        inputs = [quoted_fact(f) for f in (low, med, high) if f]
        where = f"(Low {low.value.text}, Median {med.value.text if med and med.value else '-'}, High {high.value.text})"  # type: ignore[union-attr]
        if _le(low, cur, ivs) and _le(cur, high, ivs):
            side = ""
            if med and med.value:
                side = " above the median" if not _le(cur, med, ivs) else (" below the median" if not _le(med, cur, ivs) else " at the median")
            yield passed("lb.range.position", f"{name} current vs range",
                         f"{name} {cite(cur)} lies within its range {where}{side}", quoted=quoted_fact(cur), inputs=inputs)
            continue
        yield _outside(ix.get(f"valuation.{metric}.industry_rank"), name, inverse, cur, low, high, where, inputs, ivs)


def _outside(rank: Fact | None, name: str, inverse: bool, cur: Fact, low: Fact, high: Fact, where: str,
             inputs: list[Quoted], ivs: dict[int, Interval]) -> CheckResult:
    assert cur.value and low.value and high.value
    above = not _le(cur, high, ivs)
    edge = high.value if above else low.value
    by = f", by {abs(cur.value.normalized / edge.normalized - 1) * 100:.1f}% of the {'High' if above else 'Low'}" \
        if edge.normalized else ""  # an edge of 0 gives no share of itself
    word = "above the High" if above else "below the Low"
    richer = above != inverse  # PE above its high, or a yield below its low: the stock is dearer than the range
    gloss = "" if cur.value.value < 0 or edge.value < 0 else (  # a negative P/B or P/E says nothing of dear or cheap
        f" ({'dearer' if richer else 'cheaper'} than at any time in that window)")  # (round-40 tester guc F5)
    message = (f"{name} {cite(cur)} is {word} of its range {where}{by}. The page does not say what these columns are. "
               "If they are the historical "
               f"range of the stock's own {name} over some window, today's "
               f"{name} is {'above its historical high' if above else 'below its historical low'}{gloss}.")
    if rank and rank.value and rank.total and 1 < rank.value.value < rank.total.value:
        message += (f" If they were the industry's maximum/median/minimum, a value outside them would rank first or "
                    f"last of {rank.total.text}, not {rank.value.text}/{rank.total.text} (line {rank.line}): so they are "
                    f"not the industry's extremes (they could be percentiles, or the stock's own history).")
        inputs = inputs + [quoted_fact(rank)]
    else:
        message += " If they are industry figures, the stock is outside the industry's range."
    return warned("lb.range.position", f"{name} current vs range", message, quoted=quoted_fact(cur), inputs=inputs,
                  reason="current value outside the printed range; what the range is (history or industry) is not stated")


def _tied_runs(ranks: list[Fact]) -> list[list[Fact]]:
    """The runs of consecutive peer rows printed with one rank (two or more rows each)."""
    runs: list[list[Fact]] = []
    for a, b in pairwise(ranks):
        if a.value and b.value and a.value.value == b.value.value:
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    return runs


def check_targets(doc: Document) -> Iterator[CheckResult]:
    """Lowest target <= highest target; the current price against the targets."""
    ivs: dict[int, Interval] = {}
    ix = by_id(doc)
    low, high = value_fact(ix, "target_price.target_low"), value_fact(ix, "target_price.target_high")
    cur = value_fact(ix, "target_price.share_price")
    if not (low and high):
        if cur or low or high:
            yield skipped("lb.target.order", "Target prices", "Highest or Lowest Target not printed")
        return
    text = f"Lowest Target {cite(low)} <= Highest Target {cite(high)}"
    if _le(low, high, ivs):
        yield passed("lb.target.order", "Target prices", f"{text} holds", quoted=quoted_fact(low), inputs=[quoted_fact(high)])
    else:
        yield failed("lb.target.order", "Target prices", f"{text} does not hold: the lowest target exceeds the highest",
                     quoted=quoted_fact(low), inputs=[quoted_fact(high)])
    if cur is None:
        return
    assert cur.value and low.value and high.value
    up = high.value.normalized / cur.value.normalized - 1 if cur.value.normalized else Decimal(0)
    down = low.value.normalized / cur.value.normalized - 1 if cur.value.normalized else Decimal(0)
    spread = f"(highest target {pct(up)}, lowest target {pct(down)} from the current price)"
    inputs = [quoted_fact(low), quoted_fact(high)]
    if _le(low, cur, ivs) and _le(cur, high, ivs):
        yield passed("lb.target.current", "Current price vs targets",
                     f"Current Price {cite(cur)} lies between the targets {spread}", quoted=quoted_fact(cur), inputs=inputs)
    else:
        side = "above the highest" if not _le(cur, high, ivs) else "below the lowest"
        yield warned("lb.target.current", "Current price vs targets",
                     f"Current Price {cite(cur)} is {side} analyst target {spread}: not a contradiction (targets can lag "
                     f"the price), but every listed target implies a move the same way", quoted=quoted_fact(cur),
                     inputs=inputs)


def check_ranks(doc: Document) -> Iterator[CheckResult]:
    """Every rank r/n has 1 <= r <= n; the industry rankings share one total."""
    ranked = [f for f in doc.facts if f.unit is _RANK and f.value is not None and f.total is not None]
    for f in ranked:
        assert f.value and f.total
        text = f"{f.label}: {f.value.text}/{f.total.text} (line {f.line})"
        if 1 <= f.value.value <= f.total.value:
            yield passed("lb.rank.bounds", f.label, f"{text} is a valid rank", quoted=quoted_fact(f))
        elif f.value.value == 0 and f.total.value >= 1:
            # Longbridge prints 0 for a company it has not ranked (seen on SGX banks: '0 / 4'); a placeholder, not a rank
            yield skipped("lb.rank.bounds", f.label, f"{text}: 0 is no rank from 1 to {f.total.text}; it is read as "
                          "Longbridge's 'not ranked', which it prints as 0 (SGX banks: '0 / 4'), so there is no rank to "
                          "check",  # said as a reading, not as the page's word (round-39 gtb F4: a graded company)
                          quoted=quoted_fact(f))
        else:
            yield failed("lb.rank.bounds", f.label, f"{text} is not a valid rank: a rank lies between 1 and the total",
                         quoted=quoted_fact(f))
    if len(ranked) < 2:
        return
    totals = {f.total.value for f in ranked if f.total}
    named = listed([f"{f.total.text if f.total else '?'} (line {f.line})" for f in ranked])
    ref = ranked[0]
    quoted = [quoted_fact(f) for f in ranked[1:]]
    if len(totals) == 1:
        yield passed("lb.rank.total", "Industry size", f"every industry ranking counts the same companies: {named}",
                     quoted=quoted_fact(ref), inputs=quoted)
    else:
        yield warned("lb.rank.total", "Industry size",
                     f"the industry rankings count different numbers of companies: {named}; the same industry should "
                     "give one total (a ranking may leave out companies without data for that metric)",
                     quoted=quoted_fact(ref), inputs=quoted)


def check_peer_order(doc: Document) -> Iterator[CheckResult]:
    """The Peer Comparison ranks run 1 apart, in table order. Rows that tie may share a rank, the next then skipping as
    many as tied (competition ranking, '01, 01, 03') or not (dense, '01, 01, 02'): a warning, since the column may as
    well number the rows."""
    ranks = [f for f in doc.facts if f.context == "peers" and f.unit is _RANK and f.value is not None]
    if len(ranks) < 2:
        return
    steps: list[tuple[Fact, Fact, str]] = []  # a step no ranking gives, and what was expected there
    tied, dense, set_by = 0, None, None  # dense: ranks go on by one after a tie (dense) or skip it (competition)
    for a, b in pairwise(ranks):
        step = b.value.value - a.value.value  # type: ignore[union-attr]
        if step != 0 and tied and dense is None and step in (1, 1 + tied):
            dense, set_by = step == 1, b  # the first step after a tie tells the scheme, which every later one follows
        expected = 1 if not tied or dense else 1 + tied  # round-40 tester guc F2: '01, 01, 03' failed twice; a mix of
        if step not in (0, expected):  # two schemes ('01, 01, 03, 03, 04') is no ranking (second read 3)
            steps.append((a, b, _expected(a, expected, tied, dense, set_by)))
        tied = tied + 1 if step == 0 else 0
    shown = listed([f"{f.value.text} (line {f.line})" for f in ranks])  # type: ignore[union-attr]
    runs = _tied_runs(ranks)
    if not steps and runs:
        why = (f"rows that tie share a rank in a {_SCHEMES[bool(dense)]}, but if the column numbers the rows a rank is "
               "misprinted; the page does not say which")
        tied_text = listed([f"{run[0].value.text} on lines {run[0].line} to {run[-1].line}" for run in runs])  # type: ignore[union-attr]
        yield warned("lb.peer.order", "Peer ranks", f"peer ranks tie: {tied_text} ({shown}); not a proof: {why}",
                     quoted=quoted_fact(runs[0][1]), inputs=[quoted_fact(f) for f in ranks if f is not runs[0][1]], reason=why)
        return
    if not steps:
        yield passed("lb.peer.order", "Peer ranks", f"the peer ranks run consecutively: {shown}",
                     quoted=quoted_fact(ranks[0]), inputs=[quoted_fact(f) for f in ranks[1:]])
        return
    for a, b, expected_text in steps:
        yield build.CheckResult(rule="lb.peer.order", status=_FAIL, subject="Peer ranks",
                          message=f"peer rank {b.value.text} (line {b.line}) does not follow {a.value.text} "  # type: ignore[union-attr]
                                  f"(line {a.line}): {expected_text} ({shown})",
                          quoted=quoted_fact(b), inputs=[quoted_fact(a)])


_SCHEMES = {False: "competition ranking ('01, 01, 03')", True: "dense ranking ('01, 01, 02')"}


def _expected(a: Fact, step: int, tied: int, dense: bool | None, set_by: Fact | None) -> str:
    """What a ranked list prints after ``a``, said for a FAIL: one more, or after a tie what the page's scheme gives."""
    assert a.value is not None

    def rank(k: int) -> str:
        return f"{int(a.value.value + k):0{len(a.value.number_text)}d}"  # type: ignore[union-attr]

    if not tied:
        return f"a ranked list goes up by one, so {rank(1)} comes next, or {a.value.text} again where rows tie"
    if set_by is not None and dense is not None:
        return (f"the ranks after the first tie go on as a {_SCHEMES[dense]} (line {set_by.line}), so after this tie of "
                f"{tied + 1} rows comes {rank(step)}: a ranking does not mix the two schemes")
    return (f"after a tie of {tied + 1} rows comes {rank(1)} (a dense ranking) or {rank(1 + tied)} (a competition "
            "ranking)")
