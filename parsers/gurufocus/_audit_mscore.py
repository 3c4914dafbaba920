"""Beneish M-score: the printed coefficients and the manipulation verdict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import _build as build
from .._checks import compare, failed, number_interval, passed, quoted_fact, skipped, warned
from .._formulas import BENEISH, BENEISH_COEFFICIENTS, BENEISH_THRESHOLD
from .._interval import Interval
from .._models import CheckResult, Document, StatementKind
from .._numbers import parse_number
from .._regex_cache import compiled
from ._audit_common import RULE, cut_inside, facts_by_metric

# a match starts only at a sign or the first digit of a number (never inside a run of blanks or digits): linear
_COEF = compiled(r"(?:([+-])\s*+|(?<![\d.]))(\d++(?:\.\d++)?)\s*+\*\s*+(DSRI|GMI|AQI|SGI|DEPI|SGAI|TATA|LVGI)")
_NUMBER_TIMES_NUMBER = compiled(r"(?:([+-])\s*+|(?<![\d.]))(\d++(?:\.\d++)?)\s*+\*\s*+(-?\d++(?:\.\d++)?)")



_INTERCEPT = compiled(r"^\s*([+-]?\d+(?:\.\d+)?)")



def mscore_coefficients(doc: Document) -> Iterator[CheckResult]:
    """The M-score formula's coefficients against Beneish (1999)."""
    for calc in doc.calculations:
        if calc.metric != "beneish_m_score" or not calc.formula:
            continue
        texts = [(calc.formula, calc.formula_lines)]
        numeric = [s for s in calc.steps if not s.symbolic]
        if numeric and numeric[0].operands:
            texts.append((numeric[0].text, numeric[0].lines))
        elif numeric or calc.result is None:  # the formula's lines are named as such, not as number lines (gsd F5)
            last = max([*calc.formula_lines, *(ln for st in calc.steps for ln in st.lines), calc.result_line or 0])
            where = _lines_words(calc.formula_lines)
            yield skipped(f"{RULE}.mscore.coefficient", "M-score number line",
                          f"the page is cut off inside the formula of {where} (it ends at line {doc.truncated_at_line}), "
                          "before its substituted numbers are whole" if cut_inside(doc, last)
                          else f"the index values substituted below the formula of {where} are "
                               + ("blank" if numeric else "not printed"))
        for text, lines in texts:
            found = {m.group(3).lower(): ((m.group(1) or "") + m.group(2)) for m in _COEF.finditer(text)}
            im = _INTERCEPT.match(text)
            if im:
                found["intercept"] = im.group(1)
            symbolic = any(c.isalpha() for c in text)
            if not symbolic:  # in the number line the coefficients precede the index values
                found = {}
                for m in _NUMBER_TIMES_NUMBER.finditer(text):
                    found[f"#{len(found)}"] = (m.group(1) or "") + m.group(2)
                order = ["dsri", "gmi", "aqi", "sgi", "depi", "sgai", "tata", "lvgi"]
                found = {order[int(k[1:])]: v for k, v in found.items() if int(k[1:]) < len(order)}
                if im:
                    found["intercept"] = im.group(1)
            for key, canonical in BENEISH_COEFFICIENTS.items():
                line = lines[0] if key in ("intercept", "dsri", "gmi", "aqi", "sgi", "depi") else lines[-1]
                if key not in found:
                    yield skipped(f"{RULE}.mscore.coefficient", f"M-score coefficient {key}", f"not printed on {_lines_words(lines)}")
                    continue
                printed = parse_number(found[key].lstrip("+"))
                assert printed is not None
                yield compare(f"{RULE}.mscore.coefficient", f"M-score coefficient of {key.upper()} (line {line})", printed, line,
                              Interval.exact(canonical), [build.Quoted(name=f"Beneish (1999) {key}", text=str(canonical), line=None)],
                              source=BENEISH)



def _lines_words(lines: list[int]) -> str:
    """'line 40' or 'lines 40 and 42' (or '40, 41 and 42'): no Python list in a message."""
    if len(lines) <= 1:
        return f"line {lines[0]}" if lines else "its line"
    return "lines " + ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"


_NEG_VERDICT = compiled(r"unlikely|not (?:an? )?(?:accounting )?manipulator", re.I)



def mscore_verdict(doc: Document) -> Iterator[CheckResult]:
    """The manipulation verdict against the value and the -1.78 threshold; the stated threshold against Beneish."""
    if doc.term_metric != "beneish_m_score":
        return
    by_metric = facts_by_metric(doc)
    thresholds = [f for f in by_metric.get("beneish_threshold", ()) if f.value]
    for t in thresholds[:1]:
        assert t.value is not None
        if t.value.value != BENEISH_THRESHOLD:
            yield warned(f"{RULE}.mscore.threshold", "M-score threshold",
                         f"the page uses a threshold of {t.value.text} (line {t.line}); Beneish (1999) gives -1.78 for the "
                         "8-variable model (-2.22 belongs to the older 5-variable model)", quoted=quoted_fact(t))
        else:
            yield passed(f"{RULE}.mscore.threshold", "M-score threshold", f"threshold {t.value.text} (line {t.line}) is Beneish's -1.78",
                         quoted=quoted_fact(t), source=BENEISH)
    ref = next((f for f in by_metric.get("beneish_m_score", ()) if f.value and f.context in {"headline", "calculation"}), None)
    if ref is None or ref.value is None:
        other = next((f for f in by_metric.get("beneish_m_score", ()) if f.value), None)
        yield skipped(f"{RULE}.mscore.verdict", "M-score verdict", "no M-score value is printed" if other is None else
                      f"the M-score is printed only in the {other.context} sentence (line {other.line}), not in a "
                      "headline or calculation apart from the verdict it would confirm")
        return
    page_t = thresholds[0].value.value if thresholds and thresholds[0].value else BENEISH_THRESHOLD
    # a verdict sentence that prints its own value is judged by it: 'has a M-score of -3.62 suggests that the company
    # is not a manipulator' beside a headline's placeholder 0.00 (NYSE:TTM 2014, round-32 ghf F1); the two copies'
    # disagreement is gf.restated's to weigh
    own = {f.line: f for f in by_metric.get("beneish_m_score", ()) if f.context == "verdict" and f.value is not None}
    for verdict in doc.statements_of(StatementKind.VERDICT):
        line, text = verdict.line, verdict.value
        says_likely = not _NEG_VERDICT.search(text)
        judged = own.get(line, ref) if line is not None else ref  # this verdict's own value, else the page's
        assert judged.value is not None
        iv = number_interval(judged.value)
        above = iv.lo > page_t
        below = iv.hi <= page_t
        if not above and not below:
            yield warned(f"{RULE}.mscore.verdict", f"M-score verdict (line {line})",
                         f"{judged.value.text} is within rounding of the threshold {page_t}; the verdict cannot be confirmed",
                         quoted=quoted_fact(judged))
            continue
        ok = says_likely == above
        status = passed if ok else failed
        yield status(f"{RULE}.mscore.verdict", f"M-score verdict (line {line})",
                     f"M-score {judged.value.text} (line {judged.line}) is {'above' if above else 'at or below'} {page_t}; the page says "
                     f"the company {text!r} on line {line}" + ("" if ok else ", which contradicts the value"),
                     quoted=quoted_fact(judged), inputs=[build.Quoted(name="verdict", text=text, line=line)], source=BENEISH)
