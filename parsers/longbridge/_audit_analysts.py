"""Analyst Rating Distribution: counts sum to the total; each percentage is count / total."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .._checks import compare, number_interval, quoted_fact, skipped
from .._interval import Interval, sum_intervals
from .._models import CheckResult, Document, Fact, Status, Unit
from ._audit_common import by_id, is_financial_reports, past_the_cut

_COUNT = Unit.COUNT
"""Enum members read once: reading one off its class goes through the enum's metaclass (~1,000 instructions)."""

STANDARD_RATINGS: tuple[str, ...] = ("buy", "overweight", "hold", "underweight", "sell")
"""The five-step scale most brokers' ratings are mapped to."""

SOURCE = "definition of a distribution: the rows partition the analysts; percentage = count / total"


def rating_rows(facts: dict[str, Fact]) -> list[tuple[str, Fact, Fact | None]]:
    """(rating key, count fact, percentage fact) for each printed rating row."""
    rows = []
    for f in facts.values():
        if f.context == "analysts" and f.unit is _COUNT and f.metric.startswith("analysts.") and f.value is not None:
            key = f.metric.removeprefix("analysts.")
            rows.append((key, f, facts.get(f"{f.id}.percent")))
    return rows


def check_analysts(doc: Document) -> Iterator[CheckResult]:
    """The sum of the rating counts, then each row's percentage."""
    if is_financial_reports(doc):  # a Financial Reports page prints no analysts' ratings
        return
    ix = by_id(doc)
    total = ix.get("analyst_ratings.total")
    rows = rating_rows(ix)
    if total is None or total.value is None or not rows:
        reason = ("the page prints no Total Analysts" if total is None or total.value is None else "no rating rows printed") \
            + past_the_cut(doc)
        yield skipped("lb.analysts.sum", "Analyst ratings", reason)
        return
    yield _sum(total, rows)
    base = total.value.value
    listed = sum((c.value.value for _, c, _ in rows if c.value), Decimal(0))
    for _key, count, percent in rows:
        if percent is None or percent.value is None:
            yield skipped("lb.analysts.percent", f"{count.label} percentage", "no percentage printed",
                          quoted=quoted_fact(count))
            continue
        yield _percent(count, percent, total, base, listed)


def _sum(total: Fact, rows: list[tuple[str, Fact, Fact | None]]) -> CheckResult:
    assert total.value is not None
    counts = [c for _, c, _ in rows]
    recomputed = sum_intervals([number_interval(c.value) for c in counts if c.value])
    derivation = " + ".join(f"{c.value.text if c.value else '?'} {c.label}" for c in counts)
    res = compare("lb.analysts.sum", "Analyst ratings: Total Analysts", total.value, total.line, recomputed,
                  [quoted_fact(c) for c in counts], derivation=derivation, source=SOURCE, fact_id=total.id)
    if res.status.value == "pass":
        return res
    gap = total.value.value - recomputed.lo
    shown = {k for k, _, _ in rows}
    absent = [k.title() for k in STANDARD_RATINGS if k not in shown]
    percents = [p for _, _, p in rows if p is not None and p.value is not None]
    if gap > 0:
        res.message += (f". {gap} analyst(s) of {total.value.text} are in no listed row: a rating row is likely missing "
                        f"(the page lists only {', '.join(c.label for c in counts)}; not shown: {', '.join(absent) or 'none'} "
                        f"— e.g. {gap} Hold/Neutral analyst(s) not listed)")
        if percents:
            shown_pct = sum(p.value.value for p in percents if p.value)
            res.message += (f"; the printed percentages sum to {shown_pct}%, leaving about "
                            f"{Decimal(100) - shown_pct}% ≈ {gap}/{total.value.text}")
        if absent and res.status is Status.FAIL:  # the rows printed need not be every rating: no proof against the total
            res.status, res.reason = Status.WARN, _ROWS_LEFT_OUT.format(absent=", ".join(absent))
            res.message += f"; not a proof: {res.reason}"
    else:
        res.message += f". The rows count {-gap} more rating(s) than there are analysts: the total or a row is wrong"
    return res


_ROWS_LEFT_OUT = ("the page prints no row for {absent}, so its rows need not list every analyst: a total above their "
                  "sum is a row left out of the table, not two counts of one quantity that disagree (the seed's 17 Buy "
                  "and 4 Overweight print 77% and 18%, which are of its total 22, not of 21: round-47 auditor ts F1)")
"""Why the total above the listed rows is a warning where a standard rating has no row; it fails where every one has."""

_ROUNDING = ("rounding down or up gives that, as does a display whose shares are made to sum to 100% (1 of 3 analysts "
             "shown as 34%); no proof, since the page does not say how it rounds")
"""Why a percentage within one unit of count / total is no FAIL (round-40 tester guc F3)."""


def _percent(count: Fact, percent: Fact, total: Fact, base: Decimal, listed: Decimal) -> CheckResult:
    assert count.value is not None and percent.value is not None and total.value is not None
    recomputed = Interval.exact(count.value.value * 100) / Interval.exact(base) if base else Interval.exact(Decimal(0))
    res = compare("lb.analysts.percent", f"{count.label} percentage", percent.value, percent.line, recomputed,
                  [quoted_fact(count), quoted_fact(total)],
                  derivation=f"{count.value.text} / {total.value.text} x 100", source=SOURCE, fact_id=percent.id)
    step = Decimal(1).scaleb(-(percent.value.decimals or 0))  # one unit of the last printed digit
    if res.status is Status.FAIL and recomputed.hi > percent.value.value - step and recomputed.lo < percent.value.value + step:
        res.status = Status.WARN  # within one unit: rounded down, up, or made to sum to 100%, not half up
        res.reason = _ROUNDING
        res.message += (f"; the printed {percent.value.text} is less than one unit of its last digit ({step}%) from "
                        f"{recomputed.fmt()}: {_ROUNDING}")
    if listed and listed != base:
        alt = count.value.value * 100 / listed
        fits = number_interval(percent.value).contains(alt)
        res.message += (f"; against the {listed} listed analysts it would be {alt:.1f}%, which the printed value "
                        f"{'also allows' if fits else 'rules out'}"
                        + ("" if fits else f", so the percentages are of the total {total.value.text}"))
    return res
