"""History sentences' direction words against their own two printed values.

"X's quarterly cash and cash equivalents declined from Sep. 2023 (¥25,110.85 Mil) to Dec. 2023 (¥23,371.01 Mil)"
says which way the quantity went between two points it prints. 'increased' needs the second value above the first,
'declined'/'decreased' below it: when no values inside the two printed values' rounding intervals go that way, the page's
own numbers refute its word (a FAIL). Equal printed values fit any word (the site compares unrounded values), so they
give no finding. 'stayed/remained the same' between values that differ beyond their rounding is a WARN: GuruFocus's
template prints it in a sentence's last, 'but then' step for changes of 9%, 19% and 57% (SZSE:000425, SZSE:300159,
XSWX:XLS), so that word does not follow from the two values the template prints beside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import _build as build
from .._checks import fact_interval, failed, number_interval, passed, plain, quoted_fact, skipped, warned
from .._interval import Interval
from .._models import CheckResult, Document, Fact, StatementKind
from ._audit_common import RULE, placeholder_zeros
from ._labels import TREND_BY_SIZE

_UP = frozenset({"increased"})
_DOWN = frozenset({"declined", "decreased"})
_SAME = frozenset({"stayed the same", "remained the same"})
_LOOSE = ("GuruFocus's template prints 'stayed the same' in a sentence's last step for changes of any size (9% to 64% on "
          "SZSE:000425, SZSE:300159, XSWX:XLS, ASX:COS, ASX:CBH and ASX:CMG): the word does not follow from the two "
          "values it prints")


def trend_directions(doc: Document) -> Iterator[CheckResult]:
    """Each history sentence's verb ('increased', 'declined', 'stayed the same') against its two printed values."""
    trends = doc.statements_of(StatementKind.TREND) if doc.statements else []
    if not trends:
        return
    by_id = {f.id: f for f in doc.facts}
    stand_ins = {f.id for f in placeholder_zeros(doc)}
    for s in trends:
        points = [by_id.get(fid) for fid in s.facts]
        if len(points) != 2:
            continue
        first, second = points
        if first is None or second is None or first.value is None or second.value is None:
            continue
        zero = next((p for p in points if p.id in stand_ins), None)  # type: ignore[union-attr]
        if zero is not None and fact_interval(first) != fact_interval(second):
            yield _stand_in(s.value, s.line or first.line, first, second, zero)
            continue
        yield from _direction(s.value, s.line or first.line, first, second)


def _stand_in(verb: str, line: int, first: Fact, second: Fact, zero: Fact) -> CheckResult:
    """A step one of whose points is GuruFocus's 0.00 for a value it does not have: its word is not checked."""
    why = (f"{zero.value.text if zero.value else '0'} for {zero.period_text} is GuruFocus's stand-in for a value it does "
           "not have (gf.zero_placeholder says why), so the step compares no two values")
    return skipped(f"{RULE}.trend.direction", f"{first.label} {verb} from {first.period_text} to {second.period_text} "
                   f"(line {line})", why, quoted=build.Quoted(name="direction word", text=verb, value=None, line=line),
                   inputs=[quoted_fact(first), quoted_fact(second)])


def _direction(verb: str, line: int, first: Fact, second: Fact) -> Iterator[CheckResult]:
    """One step's check, or none when its printed values are equal (they fit any word)."""
    a, b = fact_interval(first), fact_interval(second)
    if a == b:
        return
    subject = f"{first.label} {verb} from {first.period_text} to {second.period_text} (line {line})"
    said = (f"'{verb} from {first.period_text} ({first.value.text if first.value else ''}) to {second.period_text} "
            f"({second.value.text if second.value else ''})'")
    inputs = [quoted_fact(first), quoted_fact(second)]
    word = build.Quoted(name="direction word", text=verb, value=None, line=line)
    rule = f"{RULE}.trend.direction"
    if verb in _SAME:
        if a.intersects(b):
            yield passed(rule, subject, f"{said}: the two printed values agree within their rounding", quoted=word,
                         inputs=inputs)
        else:
            yield warned(rule, subject, f"{said}: the two printed values differ beyond their rounding "
                         f"({_span(first)} and {_span(second)}); not a proof: {_LOOSE}", quoted=word, inputs=inputs,
                         reason=_LOOSE)
        return
    if verb not in _UP and verb not in _DOWN:
        return
    by_size = first.metric in TREND_BY_SIZE and first.value is not None and second.value is not None
    if by_size and (first.value.value > 0 or second.value.value > 0):  # type: ignore[union-attr]
        if _allows(verb, a, b) != _allows(verb, abs(a), abs(b)):  # '-5 declined to 3': true of the size, not the sign
            why = (f"GuruFocus speaks of the size of {first.label} while it is negative; with one value positive, its "
                   "words may speak of the signed value instead, and the two readings disagree here")
            yield warned(rule, subject, f"{said}: {why}", quoted=word, inputs=inputs, reason=why)
            return
        by_size = False
    if by_size:
        a, b = -a, -b  # '-20,711 increased to -21,015': the size grew; '-170 declined to 0' (whose rounding reaches +0.5)
        said += " (of its size: GuruFocus prints this quantity negative)"
    spans = f"{_span(first, by_size)} to {_span(second, by_size)}"
    if _allows(verb, a, b):
        yield passed(rule, subject, f"{said}: the printed values allow it ({spans})", quoted=word, inputs=inputs)
    else:
        moves = ("grow" if verb in _UP else "shrink") if by_size else ("rise" if verb in _UP else "fall")
        yield failed(rule, subject, f"{said}: the page's own printed values say the opposite: no values inside "
                     f"their rounding ({spans}{', in size' if by_size else ''}) {moves}", quoted=word, inputs=inputs)


def _allows(verb: str, a: Interval, b: Interval) -> bool:
    """Whether some values inside the two intervals move as the word says (up for 'increased', down for 'declined')."""
    return a.lo < b.hi if verb in _UP else a.hi > b.lo


def _span(fact: Fact, by_size: bool = False) -> str:
    """The interval a point's printed value stands for, in the units it is printed in (of its size: negated)."""
    if fact.value is None:
        return "?"
    iv = -number_interval(fact.value) if by_size else number_interval(fact.value)
    return f"[{plain(iv.lo.normalize())}, {plain(iv.hi.normalize())}]"
