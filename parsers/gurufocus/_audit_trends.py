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
from .._checks import fact_interval, failed, number_interval, passed, plain, quoted_fact, warned
from .._models import CheckResult, Document, Fact, StatementKind
from ._audit_common import RULE
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
    for s in trends:
        points = [by_id.get(fid) for fid in s.facts]
        if len(points) != 2:
            continue
        first, second = points
        if first is None or second is None or first.value is None or second.value is None:
            continue
        yield from _direction(s.value, s.line or first.line, first, second)


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
    if first.metric in TREND_BY_SIZE and first.value and second.value and first.value.value <= 0 and second.value.value <= 0:
        a, b = -a, -b  # '-20,711 increased to -21,015': the size grew; '-170 declined to 0' (whose rounding reaches +0.5)
        said += " (of its size: GuruFocus prints this quantity negative)"
    possible = a.lo < b.hi if verb in _UP else a.hi > b.lo if verb in _DOWN else None
    if possible is None:
        return
    if possible:
        yield passed(rule, subject, f"{said}: the printed values allow it ({_span(first)} to {_span(second)})",
                     quoted=word, inputs=inputs)
    else:
        yield failed(rule, subject, f"{said}: the page's own printed values say the opposite: no values inside "
                     f"their rounding ({_span(first)} and {_span(second)}) {'rise' if verb in _UP else 'fall'}",
                     quoted=word, inputs=inputs)


def _span(fact: Fact) -> str:
    """The interval a point's printed value stands for, in the units it is printed in."""
    if fact.value is None:
        return "?"
    iv = number_interval(fact.value)
    return f"[{plain(iv.lo.normalize())}, {plain(iv.hi.normalize())}]"
