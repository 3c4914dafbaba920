"""Checks for GuruFocus term pages: formulas, restated facts, table rows, aggregates, ranges, verdicts.

Each rule re-derives a quoted number from its inputs over rounding intervals
and cites the line of the quoted value and of every input.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from .._checks import agree, compare, failed, passed, quoted_fact, quoted_number, skipped, warned
from .._errors import EvaluationError, FormulaError
from .._expr import Node, match_subtrees, parse_expression
from .._formulas import BENEISH, BENEISH_COEFFICIENTS, BENEISH_THRESHOLD, FORMULAS
from .._interval import Interval, sum_intervals
from .._metrics import is_price_dependent, metric_for_label
from .._models import Calculation, CheckResult, Document, Fact, PageKind, Quoted, Site, Status, Table
from .._numbers import parse_number
from .._recompute import rules_for
from ._periods import months_between

RULE = "gf"
_AGGREGATES = {  # adjusted column -> the cyclically adjusted value it averages, and how
    "adj_eps": ("e10", "sum_over_years"),
    "adj_book": ("cyclically_adjusted_book_per_share", "mean"),
    "adj_revenue_per_share": ("cyclically_adjusted_revenue_per_share", "sum_over_years"),
    "adj_fcf_per_share": ("cyclically_adjusted_fcf_per_share", "sum_over_years"),
}
_RATIO_BASE = {
    "shiller_pe_ratio": "e10", "cyclically_adjusted_pb_ratio": "cyclically_adjusted_book_per_share",
    "cyclically_adjusted_ps_ratio": "cyclically_adjusted_revenue_per_share",
    "cyclically_adjusted_price_to_fcf": "cyclically_adjusted_fcf_per_share",
}
SENTINELS = (Decimal("-10000000"), Decimal("10000000"))


def _periods(doc: Document) -> dict[str, str]:
    return {k[7:]: v for k, v in doc.statements.items() if k.startswith("period:")}


def agreement_key(fact: Fact, doc: Document) -> tuple[str, str] | None:
    """The (metric, period) under which copies of a fact must agree; None when it has no comparable key."""
    if fact.value is None:
        return None
    metric = "cpi" if fact.metric == "current_cpi" else fact.metric
    if metric.endswith((".hist_min", ".hist_max", ".hist_median", ".industry_median")) or metric == "beneish_threshold":
        return metric, "stated"
    if fact.context in {"history", "table", "ttm"} or (fact.context == "statement" and fact.period):
        return metric, fact.period or "?"
    if is_price_dependent(metric):
        return metric, "today"
    if fact.period and len(fact.period) == 7:
        return metric, fact.period
    return metric, doc.statements.get("period:current", "current")


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def restated_facts(doc: Document) -> Iterator[CheckResult]:
    """A fact stated more than once agrees everywhere it is stated (intervals intersect)."""
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in doc.facts:
        key = agreement_key(f, doc)
        if key:
            groups[key].append(f)
    for (metric, period), facts in groups.items():
        if len(facts) < 2:
            continue
        subject = f"{metric} ({period})"
        result = agree(f"{RULE}.restated", subject, facts)
        if result.status == Status.FAIL and metric.endswith((".hist_min", ".hist_max", ".hist_median")):
            windows = {doc.statements.get(f.id) for f in facts}
            if len(windows) > 1:
                result.status = Status.WARN
                result.reason = f"the copies cover different windows ({', '.join(sorted(w or 'unstated' for w in windows))} years)"
                result.message += f"; they cover different windows ({', '.join(sorted(w or 'unstated' for w in windows))} years)"
        if result.status == Status.FAIL and period == "today":
            result.message += ("; the page quotes two different 'current' values for the same day. GuruFocus computes the range and "
                               "industry 'Current' separately from the headline, so one of them is stale")
        yield result
    # the latest history row of a price-dependent term is at the period-end price: say so rather than compare
    if doc.term_metric and is_price_dependent(doc.term_metric):
        head = doc.fact("headline")
        rows = [f for f in doc.facts if f.context == "history" and f.metric == doc.term_metric]
        if head and head.value and rows:
            last = max(rows, key=lambda f: f.period or "")
            yield skipped(f"{RULE}.headline_vs_latest_row", f"{doc.term} latest row",
                          f"the latest history value {last.value.text if last.value else '?'} ({last.period_text}, line {last.line}) "
                          f"is at the quarter-end price; the headline {head.value.text} (line {head.line}) is at today's price",
                          quoted=quoted_fact(head), inputs=[quoted_fact(last)])


def _named_inputs(calc: Calculation) -> list[Quoted]:
    step = next((s for s in calc.steps if not s.symbolic and s.operands), None)
    if not step:
        return []
    return [quoted_number(o.number, o.line, name=o.name) for o in step.operands]


def _numeric_steps(calc: Calculation) -> list[tuple[Node, list[int], str]]:
    out = []
    for s in calc.steps:
        if s.symbolic:
            continue
        try:
            tree = parse_expression([(s.text, s.lines[0])])
            nums = tree.numbers()
            if len(nums) == len(s.operands):
                for num, op in zip(nums, s.operands, strict=False):
                    num.exact = op.number.exact
                    num.line = op.line
            out.append((tree, s.lines, s.text))
        except FormulaError:
            out.append((None, s.lines, s.text))  # type: ignore[arg-type]
    return out


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def calculations(doc: Document) -> Iterator[CheckResult]:
    """Each printed calculation: substituted numbers give the printed result; collapsed steps match."""
    for calc in doc.calculations:
        subject = f"{calc.name} (line {calc.result_line or (calc.formula_lines or [0])[0]})"
        rule = f"{RULE}.calc.{'sum' if calc.kind == 'sum' else 'arithmetic'}"
        source = FORMULAS[calc.metric].source if calc.metric in FORMULAS else None
        steps = _numeric_steps(calc)
        inputs = _named_inputs(calc)
        cut = doc.truncated and doc.truncated_at_line is not None and max(calc.formula_lines + [calc.result_line or 0]) >= doc.truncated_at_line - 2
        if calc.result is None:
            why = "the page is cut off inside this formula" if cut else ("the printed result is blank" if calc.result_line else "no printed result")
            yield skipped(rule, subject, why,
                          inputs=inputs)
            continue
        if not steps:
            yield skipped(rule, subject, "no substituted numbers are printed", quoted=quoted_number(calc.result, calc.result_line))
            continue
        first, lines, text = steps[0]
        if first is None:
            yield skipped(rule, subject, f"the substituted expression on line {lines[0]} is incomplete: {text!r}",
                          quoted=quoted_number(calc.result, calc.result_line))
            continue
        printed = calc.result
        scale = Decimal(1)
        if calc.kind == "sum" and printed.scale_factor != 1:
            scale = Decimal(10) ** 6 / printed.scale_factor
        try:
            iv = first.evaluate({})
        except EvaluationError as exc:
            yield _undefined(doc, calc, subject, rule, exc, inputs)
            continue
        if scale != 1:
            iv = iv.scale(scale)
        yield compare(rule, subject, printed, calc.result_line, iv, inputs, derivation=text, source=source)
        prev = first
        for node, slines, stext in steps[1:]:
            if node is None:
                yield skipped(f"{RULE}.calc.step", subject, f"step on line {slines[0]} is incomplete: {stext!r}")
                continue
            pairs = match_subtrees(node, prev) or []
            for num, sub in pairs:
                try:
                    sub_iv = sub.evaluate({})
                except EvaluationError as exc:
                    yield skipped(f"{RULE}.calc.step", subject, f"{exc}")
                    continue
                yield compare(f"{RULE}.calc.step", f"{calc.name} intermediate {num.number.text} (line {num.line})",
                              num.number, num.line, sub_iv,
                              [quoted_number(n.number, n.line) for n in sub.numbers()], source=source)
            try:
                yield compare(f"{RULE}.calc.step", f"{calc.name} from line {slines[0]}", printed, calc.result_line,
                              node.evaluate({}), [quoted_number(n.number, n.line) for n in node.numbers()],
                              derivation=stext, source=source)
            except EvaluationError as exc:
                yield _undefined(doc, calc, subject, f"{RULE}.calc.step", exc, inputs)
            prev = node


def _undefined(doc: Document, calc: Calculation, subject: str, rule: str, exc: Exception, inputs: list[Quoted]) -> CheckResult:
    if calc.metric == "depi" and calc.result is not None and calc.result.value == 1:
        zero_dda = [o for s in calc.steps for o in s.operands if o.metric == "dda" and o.number.value == 0]
        if zero_dda:
            return warned(f"{RULE}.calc.depi_convention", subject,
                          f"DEPI is printed as 1 (line {calc.result_line}) because DDA is 0 in both years (line(s) "
                          f"{', '.join(sorted({str(o.line) for o in zero_dda}))}); 0/0 is undefined and GuruFocus sets DEPI to 1 "
                          "when DDA is not available. A zero DDA for a company with PP&E is a data gap, not a measurement",
                          quoted=quoted_number(calc.result, calc.result_line), inputs=inputs)
    return skipped(rule, subject, f"the arithmetic is undefined over the printed intervals: {exc}",
                   quoted=quoted_number(calc.result, calc.result_line) if calc.result else None, inputs=inputs)


_COEF = re.compile(r"([+-]?)\s*(\d+(?:\.\d+)?)\s*\*\s*(DSRI|GMI|AQI|SGI|DEPI|SGAI|TATA|LVGI)")
_INTERCEPT = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)")


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def mscore_coefficients(doc: Document) -> Iterator[CheckResult]:
    """The M-score formula's coefficients against Beneish (1999)."""
    for calc in doc.calculations:
        if calc.metric != "beneish_m_score" or not calc.formula:
            continue
        texts = [(calc.formula, calc.formula_lines)]
        numeric = [s for s in calc.steps if not s.symbolic]
        if numeric and numeric[0].operands:
            texts.append((numeric[0].text, numeric[0].lines))
        elif numeric or calc.result is None:
            yield skipped(f"{RULE}.mscore.coefficient", "M-score number line",
                          f"the substituted numbers on line(s) {calc.result_line or calc.formula_lines} are blank")
        for text, lines in texts:
            found = {m.group(3).lower(): (m.group(1) + m.group(2)) for m in _COEF.finditer(text)}
            im = _INTERCEPT.match(text)
            if im:
                found["intercept"] = im.group(1)
            symbolic = any(c.isalpha() for c in text)
            if not symbolic:  # in the number line the coefficients precede the index values
                found = {}
                for m in re.finditer(r"([+-]?)\s*(\d+(?:\.\d+)?)\s*\*\s*(-?\d+(?:\.\d+)?)", text):
                    found[f"#{len(found)}"] = m.group(1) + m.group(2)
                order = ["dsri", "gmi", "aqi", "sgi", "depi", "sgai", "tata", "lvgi"]
                found = {order[int(k[1:])]: v for k, v in found.items() if int(k[1:]) < len(order)}
                if im:
                    found["intercept"] = im.group(1)
            for key, canonical in BENEISH_COEFFICIENTS.items():
                line = lines[0] if key in ("intercept", "dsri", "gmi", "aqi", "sgi", "depi") else lines[-1]
                if key not in found:
                    yield skipped(f"{RULE}.mscore.coefficient", f"M-score coefficient {key}", f"not printed on line(s) {lines}")
                    continue
                printed = parse_number(found[key].lstrip("+"))
                assert printed is not None
                yield compare(f"{RULE}.mscore.coefficient", f"M-score coefficient of {key.upper()} (line {line})", printed, line,
                              Interval.exact(canonical), [Quoted(name=f"Beneish (1999) {key}", text=str(canonical), line=None)],
                              source=BENEISH)


_NEG_VERDICT = re.compile(r"unlikely|not (?:an? )?(?:accounting )?manipulator", re.I)


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def mscore_verdict(doc: Document) -> Iterator[CheckResult]:
    """The manipulation verdict against the value and the -1.78 threshold; the stated threshold against Beneish."""
    if doc.term_metric != "beneish_m_score":
        return
    thresholds = [f for f in doc.facts if f.metric == "beneish_threshold" and f.value]
    for t in thresholds[:1]:
        assert t.value is not None
        if t.value.value != BENEISH_THRESHOLD:
            yield warned(f"{RULE}.mscore.threshold", "M-score threshold",
                         f"the page uses a threshold of {t.value.text} (line {t.line}); Beneish (1999) gives -1.78 for the "
                         "8-variable model (-2.22 belongs to the older 5-variable model)", quoted=quoted_fact(t))
        else:
            yield passed(f"{RULE}.mscore.threshold", "M-score threshold", f"threshold {t.value.text} (line {t.line}) is Beneish's -1.78",
                         quoted=quoted_fact(t), source=BENEISH)
    ref = next((f for f in doc.facts if f.metric == "beneish_m_score" and f.value and f.context in {"headline", "calculation"}), None)
    if ref is None or ref.value is None:
        yield skipped(f"{RULE}.mscore.verdict", "M-score verdict", "no M-score value is printed")
        return
    page_t = thresholds[0].value.value if thresholds and thresholds[0].value else BENEISH_THRESHOLD
    for key, text in doc.statements.items():
        if not key.startswith("mscore_verdict@"):
            continue
        line = int(key.split("@")[1])
        says_likely = not _NEG_VERDICT.search(text.split("|", 1)[1])
        iv = ref.value.interval()
        above = iv.lo > page_t
        below = iv.hi <= page_t
        if not above and not below:
            yield warned(f"{RULE}.mscore.verdict", f"M-score verdict (line {line})",
                         f"{ref.value.text} is within rounding of the threshold {page_t}; the verdict cannot be confirmed",
                         quoted=quoted_fact(ref))
            continue
        ok = says_likely == above
        status = passed if ok else failed
        yield status(f"{RULE}.mscore.verdict", f"M-score verdict (line {line})",
                     f"M-score {ref.value.text} (line {ref.line}) is {'above' if above else 'at or below'} {page_t}; the page says "
                     f"the company {text.split('|', 1)[1]!r} on line {line}" + ("" if ok else ", which contradicts the value"),
                     quoted=quoted_fact(ref), inputs=[Quoted(name="verdict", text=text.split('|', 1)[1], line=line)], source=BENEISH)


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def adjusted_rows(doc: Document) -> Iterator[CheckResult]:
    """Each data row: adjusted value = value / CPI x current CPI."""
    current = [f for f in doc.facts if f.metric == "current_cpi" and f.value]
    for table in doc.tables:
        if not table.id.startswith("data."):
            continue
        if not current:
            yield skipped(f"{RULE}.row.adjusted", table.title, "the page does not state the current CPI")
            continue
        cur = max(current, key=lambda f: f.value.decimals if f.value else 0)
        assert cur.value is not None
        for row in table.rows:
            v, cpi, adj = (c.number for c in row.cells[1:4])
            subject = f"{table.columns[3]} {row.cells[0].text} (line {row.line})"
            if v is None or cpi is None or adj is None:
                yield skipped(f"{RULE}.row.adjusted", subject, "a cell is missing", quoted=None)
                continue
            try:
                iv = v.interval() / cpi.interval() * cur.value.interval()
            except EvaluationError as exc:
                yield skipped(f"{RULE}.row.adjusted", subject, str(exc))
                continue
            yield compare(f"{RULE}.row.adjusted", subject, adj, row.line, iv,
                          [quoted_number(v, row.line, table.columns[1]), quoted_number(cpi, row.line, "CPI"),
                           quoted_fact(cur, "Current CPI")],
                          derivation=f"{v.text} / {cpi.text} x {cur.value.text}", source=FORMULAS["inflation_adjustment"].source)


def _rows_per_year(table: Table) -> int | None:
    periods = [r.key for r in table.rows if r.key]
    if len(periods) < 2:
        return None
    step = months_between(periods[0], periods[1])
    return {3: 4, 6: 2, 12: 1}.get(step)


def _stated_years(doc: Document) -> int | None:
    years = [int(v) for k, v in doc.statements.items() if k.startswith("years@") and v.isdigit()]
    return min(years) if years else None


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def aggregates(doc: Document) -> Iterator[CheckResult]:
    """E10 and cyclically adjusted values from the adjusted rows; the stated divisor against the value."""
    periods = _periods(doc)
    for table in doc.tables:
        adj_col = table.columns[3] if len(table.columns) > 3 else ""
        adj_key = next((k for k in _AGGREGATES if table.columns and k in _metric_of_column(adj_col)), None)
        if adj_key is None:
            continue
        target, method = _AGGREGATES[adj_key]
        formula = FORMULAS.get(target)
        cands = [f for f in doc.facts if f.metric == target and f.value and f.context in {"prose", "today", "headline"}
                 and (f.period in (None, periods.get("current")))]
        subject = target.replace("_", " ")
        if not cands:
            yield skipped(f"{RULE}.aggregate", subject, "the page does not state the value for the current period")
            continue
        quoted = max(cands, key=lambda f: (f.value.decimals if f.value else 0, f.context == "prose"))
        cells = [r.cells[3].number for r in table.rows if len(r.cells) > 3]
        if any(c is None for c in cells) or not cells:
            yield skipped(f"{RULE}.aggregate", subject, "an adjusted value is missing from the table")
            continue
        if doc.truncated and doc.truncated_at_line and table.rows and table.rows[-1].line >= doc.truncated_at_line - 1:
            yield skipped(f"{RULE}.aggregate", subject, f"the table is cut off by the page's end at line {doc.truncated_at_line}")
            continue
        n = len(cells)
        ppy = _rows_per_year(table) or 4
        years = _stated_years(doc) or (n // ppy)
        total = sum_intervals([c.interval() for c in cells if c])
        expected_rows = years * ppy
        inputs = [quoted_number(c, r.line, f"{adj_col} {r.cells[0].text}") for c, r in zip(cells, table.rows, strict=False) if c]
        if method == "mean":
            divisor, how = Decimal(n), f"mean of {n} rows"
        else:
            divisor, how = Decimal(years), f"sum of {n} rows / {years} years"
        if n != expected_rows and method != "mean":
            yield warned(f"{RULE}.aggregate.rows", subject,
                         f"{n} adjusted rows for {years} years at {ppy} per year (expected {expected_rows})",
                         inputs=inputs[:1])
        iv = total / Interval.exact(divisor)
        yield compare(f"{RULE}.aggregate", subject, quoted.value, quoted.line, iv, inputs, derivation=how,
                      source=formula.source if formula else None, fact_id=quoted.id)
        yield from _divisor_statements(doc, subject, quoted, total, n, method, years)


def _metric_of_column(label: str) -> str:
    return metric_for_label(label) or ""


def _divisor_statements(doc: Document, subject: str, quoted: Fact, total: Interval, n: int, method: str,
                        years: int) -> Iterator[CheckResult]:
    """Every 'divide …' statement implies a divisor; it must give the quoted value."""
    assert quoted.value is not None
    stated = [(int(k.split("@")[1]), v) for k, v in doc.statements.items() if k.startswith("divisor@")]
    for line, div in sorted(stated):
        d = Decimal(n) if div == "the count" else Decimal(div)
        iv = total / Interval.exact(d)
        words = f"'divide {div}'" + (f" ({n} rows)" if div == "the count" else "")
        res = compare(f"{RULE}.method.divisor", f"divisor stated on line {line}", quoted.value, quoted.line, iv,
                      [Quoted(name="stated divisor", text=f"divide {div}", line=line)],
                      derivation=f"sum of {n} adjusted values / {d}")
        if res.status == Status.FAIL:
            res.message = (f"line {line} says {words}, which gives {iv.fmt()}, but the page's {quoted.value.text} (line {quoted.line}) "
                           f"is the {'mean' if method == 'mean' else f'sum / {years}'}; the method statement contradicts the value")
        yield res


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def derived_ratios(doc: Document) -> Iterator[CheckResult]:
    """Today's ratio from today's price and its base (Shiller PE = price / E10), where no printed calculation does it."""
    for target, base in _RATIO_BASE.items():
        ratios = [f for f in doc.facts if f.metric == target and f.context in {"today", "headline"}]
        if not ratios:
            continue
        if any(c.metric == target and c.result is not None and any(not s.symbolic for s in c.steps) for c in doc.calculations):
            continue
        formula = FORMULAS[target]
        quoted = next((f for f in ratios if f.value), None)
        price = next((f for f in doc.facts if f.metric == "share_price" and f.value), None)
        bases = [f for f in doc.facts if f.metric == base and f.value and f.context in {"today", "prose", "headline"}]
        subject = f"{target.replace('_', ' ')} = {formula.expression}"
        if quoted is None:
            neg = next((f for f in bases if f.value and f.value.value < 0), None)
            why = f"the ratio is blank on line {ratios[0].line}"
            if neg is not None:
                why += f"; {neg.label} is negative ({neg.value.text}, line {neg.line}), so no ratio is defined"  # type: ignore[union-attr]
            yield skipped(f"{RULE}.derived", subject, why,
                          inputs=[quoted_fact(f) for f in [price, *bases[:1]] if f])
            continue
        if price is None or not bases:
            yield skipped(f"{RULE}.derived", subject, "today's price or the base value is not on the page (or cut off)",
                          quoted=quoted_fact(quoted))
            continue
        b = max(bases, key=lambda f: f.value.decimals if f.value else 0)
        assert price.value is not None and b.value is not None
        try:
            iv = price.value.interval() / b.value.interval()
        except EvaluationError as exc:
            yield skipped(f"{RULE}.derived", subject, f"{b.label} is printed as {b.value.text} (line {b.line}): {exc}",
                          quoted=quoted_fact(quoted), inputs=[quoted_fact(price), quoted_fact(b)])
            continue
        yield compare(f"{RULE}.derived", subject, quoted.value, quoted.line, iv, [quoted_fact(price), quoted_fact(b)],  # type: ignore[arg-type]
                      derivation=f"{price.value.text} / {b.value.text}", source=formula.source, fact_id=quoted.id)


def placeholder_zeros(doc: Document) -> list[Fact]:
    """Values printed as 0.00 that stand for 'not available': the quantity built from them is blank on the page."""
    blank_dependents = any(f.value is None and f.context in {"today", "headline"} for f in doc.facts) or any(
        c.result is None and c.result_line is not None for c in doc.calculations)
    if not blank_dependents:
        return []
    return [f for f in doc.facts if (f.value is not None and f.value.value == 0 and not f.value.exact
            and f.context in {"headline", "today", "prose"} and f.metric == doc.term_metric) or
            (f.value is not None and f.value.value == 0 and f.metric in _RATIO_BASE.values() and f.context in {"today", "prose", "headline"})]


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def zero_placeholders(doc: Document) -> Iterator[CheckResult]:
    """Say when 0.00 stands for 'not available' (the value built from it is printed blank)."""
    zeros = placeholder_zeros(doc)
    if zeros:
        blank = next((f for f in doc.facts if f.value is None and f.context in {"today", "headline"}), None)
        why = f"{blank.label} is blank on line {blank.line}" if blank else "the formula that uses it prints no result"
        yield warned(f"{RULE}.zero_placeholder", zeros[0].label,
                     f"{zeros[0].label} is printed as {zeros[0].value.text} (line(s) {', '.join(str(f.line) for f in zeros)}) "  # type: ignore[union-attr]
                     f"while {why}: 0.00 stands for 'not available' here and is not checked as a value",
                     quoted=quoted_fact(zeros[0]), inputs=[quoted_fact(f) for f in zeros[1:]])


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def ranges(doc: Document) -> Iterator[CheckResult]:
    """min <= med <= max; the current value and the history rows lie inside the range; sentinels flagged."""
    by_metric: dict[str, dict[str, Fact]] = defaultdict(dict)
    for f in doc.facts:
        if f.value is None:
            continue
        for key in ("hist_min", "hist_median", "hist_max"):
            if f.metric.endswith("." + key):
                by_metric[f.metric.rsplit(".", 1)[0]].setdefault(key, f)
    for base, parts in by_metric.items():
        subject = f"{base} range"
        for f in parts.values():
            assert f.value is not None
            if f.value.value in SENTINELS:
                yield warned(f"{RULE}.range.sentinel", subject,
                             f"{f.label} {f.value.text} (line {f.line}) is a placeholder value, not a measurement",
                             quoted=quoted_fact(f))
        real = {k: v for k, v in parts.items() if v.value and v.value.value not in SENTINELS}
        order = [real[k] for k in ("hist_min", "hist_median", "hist_max") if k in real]
        if len(order) >= 2:
            ok = all(a.value.interval().lo <= b.value.interval().hi for a, b in itertools.pairwise(order))  # type: ignore[union-attr]
            text = " <= ".join(f"{f.value.text} (line {f.line})" for f in order)  # type: ignore[union-attr]
            yield (passed if ok else failed)(f"{RULE}.range.order", subject, f"{subject}: {text}" + ("" if ok else " does not hold"),
                                             inputs=[quoted_fact(f) for f in order])
        if "hist_min" in real and "hist_max" in real:
            lo, hi = real["hist_min"].value.interval().lo, real["hist_max"].value.interval().hi  # type: ignore[union-attr]
            span = Interval(lo, hi)
            zeros = {f.id for f in placeholder_zeros(doc)}
            currents = [f for f in doc.facts if f.metric == base and f.value and f.context in {"range", "headline", "today"}
                        and f.id not in zeros]
            for cur in currents[:1] + [f for f in currents[1:] if f.context == "range"][:1]:
                assert cur.value is not None
                ok = cur.value.interval().intersects(span)
                yield (passed if ok else failed)(
                    f"{RULE}.range.current", f"{base} current vs range",
                    f"{cur.label} {cur.value.text} (line {cur.line}) {'lies inside' if ok else 'lies outside'} the range "
                    f"{real['hist_min'].value.text}..{real['hist_max'].value.text}",  # type: ignore[union-attr]
                    quoted=quoted_fact(cur), inputs=[quoted_fact(real["hist_min"]), quoted_fact(real["hist_max"])],
                    recomputed=span)
            yield from _history_within(doc, base, span, real)


def _history_within(doc: Document, base: str, span: Interval, real: dict[str, Fact]) -> Iterator[CheckResult]:
    today = _periods(doc).get("today")
    window = next((int(doc.statements[f.id]) for f in real.values() if doc.statements.get(f.id, "").isdigit()), None)
    rows = [f for f in doc.facts if f.context == "history" and f.metric == base and f.value and f.period]
    if not rows or not today or not window:
        return
    inside = [f for f in rows if months_between(f.period, today) <= 12 * window]  # type: ignore[arg-type]
    out = [f for f in inside if f.value and not f.value.interval().intersects(span)]
    subject = f"{base} history rows vs {window}-year range"
    if out:
        yield failed(f"{RULE}.range.history", subject,
                     f"{len(out)} history value(s) lie outside {span.fmt()}: " +
                     ", ".join(f"{f.period_text} {f.value.text} (line {f.line})" for f in out if f.value),
                     inputs=[quoted_fact(f) for f in out])
    elif inside:
        yield passed(f"{RULE}.range.history", subject, f"all {len(inside)} history values of the last {window} years lie inside {span.fmt()}",
                     inputs=[quoted_fact(f) for f in inside], recomputed=span)


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def growth_within_range(doc: Document) -> Iterator[CheckResult]:
    """The current N-year average growth lies between the stated lowest and highest N-year averages."""
    for f in doc.facts:
        if f.context != "growth" or f.value is None:
            continue
        lo = next((g for g in doc.facts if g.metric == f"{f.metric}.hist_min" and g.value), None)
        hi = next((g for g in doc.facts if g.metric == f"{f.metric}.hist_max" and g.value), None)
        if not lo or not hi:
            continue
        span = Interval(lo.value.interval().lo, hi.value.interval().hi)  # type: ignore[union-attr]
        ok = f.value.interval().intersects(span)
        yield (passed if ok else failed)(f"{RULE}.growth.range", f.label,
                                         f"{f.label} {f.value.text} (line {f.line}) {'lies inside' if ok else 'lies outside'} "
                                         f"the stated lowest..highest {lo.value.text}..{hi.value.text} (line {lo.line})",  # type: ignore[union-attr]
                                         quoted=quoted_fact(f), inputs=[quoted_fact(lo), quoted_fact(hi)], recomputed=span)


@rules_for(Site.GURUFOCUS, PageKind.TERM_PAGE)
def truncation(doc: Document) -> Iterator[CheckResult]:
    """Say plainly when the page is cut off, so missing checks are not mistaken for passes."""
    if doc.truncated:
        yield skipped(f"{RULE}.page.complete", "page", f"the page is cut off after line {doc.truncated_at_line}; "
                      "sections after it (formulas, data tables) cannot be checked")
