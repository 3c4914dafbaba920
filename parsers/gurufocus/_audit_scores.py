"""Altman Z and Piotroski F pages: the score against its bounds, its zone rules and the page's own verdict."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .. import _build as build
from .._checks import failed, number_interval, passed, quoted_fact, skipped, warned
from .._formulas import ALTMAN, ALTMAN_PRINTED_ZONES, ALTMAN_Z2, ALTMAN_ZONES, PIOTROSKI, PIOTROSKI_CRITERIA
from .._metrics import SCORE_MOST
from .._models import CheckResult, Document, Fact, Statement, StatementKind, Unit
from .._regex_cache import compiled
from . import _labels as L
from ._audit_common import RULE, facts_by_metric

_SOURCE = {"altman_z_score": ALTMAN, "altman_z2_score": ALTMAN_Z2}


def _score(doc: Document, metric: str) -> Fact | None:
    return next((f for f in facts_by_metric(doc).get(metric, ()) if f.value and f.context in {"headline", "verdict", "statement"}), None)


def _method(doc: Document, subject: str) -> list[Statement]:
    return [s for s in doc.statements_of(StatementKind.METHOD) if s.subject == subject]


def zscore_zones(doc: Document) -> Iterator[CheckResult]:
    """The page's zone thresholds against Altman's, and its zone verdict against the value and those thresholds."""
    for metric in ("altman_z_score", "altman_z2_score"):
        zones = _method(doc, f"{metric}.zone")
        verdicts = [s for s in doc.statements_of(StatementKind.VERDICT) if s.subject == metric]
        if not zones and not verdicts:
            continue
        distress_at, safe_at = ALTMAN_ZONES[metric]
        page_t: dict[str, Decimal] = {}
        ops = {"Distress": "<=", "Safe": ">="}
        for z in zones:
            op, t = (z.qualifier or " ").split(" ", 1)
            page_t[z.value], ops[z.value] = Decimal(t), op
            whose = ALTMAN_PRINTED_ZONES[metric].get((z.value, Decimal(t)))
            subject = f"{metric.replace('_', ' ')} {z.value.lower()} threshold (line {z.line})"
            if whose is None:
                known = " or ".join(f"{v} ({w})" for (zone, v), w in ALTMAN_PRINTED_ZONES[metric].items() if zone == z.value)
                yield warned(f"{RULE}.score.zone", subject, f"the page puts the {z.value} zone at {op} {t} (line {z.line}); "
                             f"the thresholds are {known}: a method difference, not a contradiction of the page's numbers",
                             quoted=build.Quoted(name=subject, text=t, line=z.line))
            else:
                yield passed(f"{RULE}.score.zone", subject, f"{z.value} zone {op} {t} (line {z.line}) is {whose}",
                             quoted=build.Quoted(name=subject, text=t, line=z.line), source=_SOURCE[metric])
        for v in verdicts:
            yield _zone_verdict(doc, metric, v, page_t.get("Distress", distress_at), page_t.get("Safe", safe_at), bool(page_t), ops)


def _zone_verdict(doc: Document, metric: str, v: Statement, distress: Decimal, safe: Decimal, printed: bool,
                  ops: dict[str, str]) -> CheckResult:
    subject = f"{metric.replace('_', ' ')} zone (line {v.line})"
    ref = next((f for f in facts_by_metric(doc).get(metric, ()) if f.value and f.line == v.line), None) or _score(doc, metric)
    if ref is None or ref.value is None:
        return skipped(f"{RULE}.score.verdict", subject, "no score value is printed")
    iv = number_interval(ref.value)
    if iv.hi <= distress:
        zone = "Distress"
    elif iv.lo >= safe:
        zone = "Safe"
    elif iv.lo > distress and iv.hi < safe:
        zone = "Grey"
    else:
        return warned(f"{RULE}.score.verdict", subject, f"{ref.value.text} is within rounding of a zone boundary "
                      f"({distress}, {safe}); the zone cannot be confirmed", quoted=quoted_fact(ref))
    whose = "the page's" if printed else "GuruFocus's usual"
    sign = L.ZSCORE_SIGN_ZONES.get(v.value)  # the Good/Warning Sign's words ('is strong') name a zone
    said = f"'{v.value}' ({sign} zone)" if sign else f"{v.value} Zones"
    msg = (f"{ref.value.text} (line {ref.line}) is in the {zone} zone by {whose} thresholds ({ops['Distress']} {distress}, {ops['Safe']} {safe}); "
           f"the page says {said} on line {v.line}")
    inputs = [build.Quoted(name="verdict", text=v.value, line=v.line)]
    if zone == (sign or v.value):
        return passed(f"{RULE}.score.verdict", subject, msg, quoted=quoted_fact(ref), inputs=inputs, source=_SOURCE[metric])
    return failed(f"{RULE}.score.verdict", subject, msg + ", which contradicts the value", quoted=quoted_fact(ref), inputs=inputs,
                  source=_SOURCE[metric])


def fscore_bounds(doc: Document) -> Iterator[CheckResult]:
    """An F-Score counts nine binary criteria: a whole number from 0 to 9, graded as the page's own zones say."""
    facts = [f for f in facts_by_metric(doc).get("piotroski_f_score", ()) if f.value is not None
             and f.context in {"headline", "verdict", "statement", "calculation", "range", "history"}]
    for f in facts:
        assert f.value is not None
        value = f.value.value
        subject = f"Piotroski F-Score {f.value.text} (line {f.line})"
        if value != value.to_integral_value() or not 0 <= value <= PIOTROSKI_CRITERIA:
            yield failed(f"{RULE}.score.bounds", subject, f"{subject} is not a count of {PIOTROSKI_CRITERIA} binary criteria "
                         f"(a whole number from 0 to {PIOTROSKI_CRITERIA})", quoted=quoted_fact(f), source=PIOTROSKI)
    zones = {s.value: {int(x) for x in (s.qualifier or "").split(", ") if x.strip().isdigit()} for s in _method(doc, "piotroski_f_score.zone")}
    for v in (s for s in doc.statements_of(StatementKind.VERDICT) if s.subject == "piotroski_f_score"):
        ref = next((f for f in facts if f.line == v.line and f.context == "verdict"), None)
        subject = f"Piotroski F-Score grade (line {v.line})"
        if ref is None or ref.value is None:
            yield skipped(f"{RULE}.score.verdict", subject, "no score value is printed with the grade")
            continue
        members = zones.get(v.value)
        if members is None:
            yield skipped(f"{RULE}.score.verdict", subject, f"the page does not list the scores it calls {v.value!r}",
                          quoted=quoted_fact(ref))
            continue
        score = int(ref.value.value)
        msg = f"F-score {ref.value.text} (line {ref.line}) and the page's {v.value!r} scores are {sorted(members)}"
        inputs = [build.Quoted(name="grade", text=v.value, line=v.line)]
        if score in members:
            yield passed(f"{RULE}.score.verdict", subject, msg, quoted=quoted_fact(ref), inputs=inputs, source=PIOTROSKI)
        else:
            yield failed(f"{RULE}.score.verdict", subject, msg + ": the grade contradicts the page's own zones",
                         quoted=quoted_fact(ref), inputs=inputs, source=PIOTROSKI)


def percentile_bounds(doc: Document) -> Iterator[CheckResult]:
    """An industry rank 'better (worse) than P% of N companies' is a share of those companies: P lies in 0..100% (a P%
    of N that is 999,999 companies is GuruFocus's stand-in for no rank: a skip)."""
    by_metric = facts_by_metric(doc)
    ranks = (f for metric, facts in by_metric.items() if metric.endswith(".industry_percentile") for f in facts)
    for f in ranks:
        value = f.value
        if value is None or 0 <= value.value <= 100:
            continue
        subject = f"industry rank {value.text} (line {f.line})"
        count = next((c for c in by_metric.get(f.metric.replace(".industry_percentile", ".industry_count"), ())
                      if c.line == f.line and c.value is not None and c.value.value > 0), None)
        if count is not None and count.value is not None and \
                number_interval(value).scale(count.value.value / 100).contains(_NO_RANK):
            yield skipped(f"{RULE}.industry.percentile", subject, f"{value.text} of {count.value.text} companies is "
                          f"{_NO_RANK:,}, GuruFocus's stand-in rank of a company it does not rank (no value, or one it "
                          "leaves unranked), not a share", quoted=quoted_fact(f), inputs=[quoted_fact(count)])
            continue
        yield failed(f"{RULE}.industry.percentile", subject, f"{f.label} {value.text} (line {f.line}) is a share of the "
                     "industry's companies, which lies between 0% and 100%: no ranking can give it", quoted=quoted_fact(f))


_NO_RANK = Decimal(999_999)
"""GuruFocus's rank of a company it does not rank: 'ranks worse than 57570.47%' of 1,737 companies is 999,999 of them
(XTAE:ALMY's unfilled 2026 page, round-46 tester to F2; HSTC pages print the same), and so is 334447.83% of 299 beside
XKLS:5209's negative EV-to-FCF."""

_SCORE = Unit.SCORE
_OUT_OF_RE = compiled(r"(?<![\d.,/])(\d{1,4}(?:\.\d{1,4})?)\s{0,3}/\s{0,3}(\d{1,4})(?![\d.,/])")
"""A score printed with its scale: 'GF Score : 72/100', 'Financial Strength : 3/10' (no date: '3/10/2025' is none)."""


def _printed_scale(fact: Fact) -> int | None:
    """The N of the fact's own 'value/N' as its line prints it, or None where the line prints no scale for it."""
    assert fact.value is not None
    for text in (fact.value.text, fact.raw or ""):
        for m in _OUT_OF_RE.finditer(text):
            if m.group(1) == fact.value.number_text:
                return int(m.group(2))
    return None


def score_scale(doc: Document) -> Iterator[CheckResult]:
    """A score out of N (the scale its line prints, '72/100', else the score's own: a GF Score's 100, a GF Value Rank's
    10) lies from 0 to N; only a score outside is reported (round-39 tester gtc F2: 'GF Score : 172/100' passed)."""
    for metric, facts in facts_by_metric(doc).items():
        if metric == "piotroski_f_score":  # gf.score.bounds: a count of nine criteria, whole as well
            continue
        own = SCORE_MOST.get(metric)
        for f in facts:
            if f.value is None or f.unit is not _SCORE:
                continue
            printed = _printed_scale(f) if "/" in f.value.text or "/" in (f.raw or "") else None  # a C scan first
            most = printed if printed is not None else own
            if most is None or 0 <= f.value.value <= most:
                continue
            subject = f"{f.label} {f.value.text} (line {f.line})"
            whose = f"the scale its line prints ('/{most}')" if printed is not None else f"GuruFocus's scale for it (0 to {most})"
            yield failed(f"{RULE}.score.scale", subject, f"{subject} lies outside {whose}: no score out of {most} is "
                         f"{f.value.number_text}", quoted=quoted_fact(f))
