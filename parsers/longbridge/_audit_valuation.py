"""Valuation identities, and one finding when several ratios deviate by the same factor.

Each identity relates a ratio in Valuation Analysis to inputs in the
Financial Score, and implies a factor: the market value behind the ratio
divided by the market value behind the inputs. All are computed from the
printed rounding intervals (no epsilon):

- PS (TTM) = market cap / revenue
- PE (TTM) = market cap / (revenue x profit margin)
- PB = P/B Ratio (Financial Score)
- Dividend Yield = Dividend Ratio (a yield falls as the price rises, so its
  factor is Dividend Ratio / Dividend Yield)

An identity holds when its factor interval contains 1. Deviating identities
whose factor intervals intersect are reported once, as one likely cause
(``lb.valuation.common_factor``); each is then a ``warn`` pointing at it.
Outside the A-share markets the page's Revenue may be in another currency
than its Market Cap (neither prints one), so a PB or dividend identity that
holds rules out a price difference for PS and PE, not a currency one: a warn.
Nor do they rule out an earnings one for PE: its net profit is Revenue x Profit
Margin, and a margin may be over the profit including minority interests where
the P/E is over the shareholders' share, so a P/E off alone is a warn as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from .._checks import common_interval, compare, normalized_interval, number_interval, passed, quoted_fact, skipped, warned
from .._errors import EvaluationError
from .._interval import Interval
from .._models import CheckResult, Document, Fact, Missing, Status
from .._securities import exchange_currency, listing_currency
from ._audit_common import TABLE_CONTEXTS, by_id, cite, first_value, fmt_range, is_financial_reports, past_the_cut, timing, value_fact
from ._labels import REPORTING_CURRENCY
from ._values import symbol_parts

ONE = Decimal(1)
SOURCE = "identities of the ratios' definitions: P/S = market value / revenue, P/E = market value / net profit, " \
         "P/B = market value / book value, dividend yield = dividends / market value"


@dataclass
class Identity:
    """One valuation identity on this page: the quoted ratio, its recomputation and implied factor."""

    rule: str
    name: str
    quoted: Fact
    recomputed: Interval
    factor: Interval
    inputs: list[Fact]
    derivation: str
    normalized: bool = False

    @property
    def holds(self) -> bool:
        """True when the printed values allow the identity exactly (factor 1)."""
        return self.factor.contains(ONE)


def identities(doc: Document) -> tuple[list[Identity], list[CheckResult]]:
    """The identities whose inputs are on the page, and skips for the others."""
    cap, rev, margin = first_value(doc, "market_cap"), first_value(doc, "revenue"), first_value(doc, "profit_margin")
    pb_score = next((f for f in doc.facts if f.metric == "pb_ratio" and f.value is not None and f.context in TABLE_CONTEXTS
                     and not f.id.startswith("valuation.")), None)  # the Financial Score's, not the Valuation table's own
    div_score = first_value(doc, "dividend_ratio")
    ix = by_id(doc)
    found: list[Identity] = []
    skips: list[CheckResult] = []
    plan = (
        ("lb.valuation.pe", "PE (TTM)", "valuation.pe_ratio", (("Market Cap", cap), ("Revenue", rev), ("Profit Margin", margin))),
        ("lb.valuation.pb", "PB", "valuation.pb_ratio", (("P/B Ratio", pb_score),)),
        ("lb.valuation.ps", "PS (TTM)", "valuation.ps_ratio", (("Market Cap", cap), ("Revenue", rev))),
        ("lb.valuation.dividend", "Dividend Yield", "valuation.dividend_yield", (("Dividend Ratio", div_score),)),
    )
    for rule, name, fact_id, named in plan:
        quoted = value_fact(ix, fact_id)
        absent = ([f"{name} (Valuation Analysis)"] if quoted is None else []) + [n for n, f in named if f is None]
        if quoted is None or absent:
            zeros = [f"{n} (line {z.line})" for n in absent if (z := _not_available(doc, n)) is not None]
            unprinted = [n for n in absent if _not_available(doc, n) is None]
            reason = "; ".join(
                ([f"no printed number on the page for {', '.join(unprinted)}{past_the_cut(doc)}"] if unprinted else [])
                + ([f"{', '.join(zeros)} printed as 0.00, Longbridge's zero for a value it does not have"] if zeros else []))
            elsewhere = _printed_elsewhere(doc, fact_id) if quoted is None else None
            if elsewhere is not None:  # the page prints the quantity, but not where this identity reads it
                reason += (f"; the {name} printed on line {elsewhere.line} ({elsewhere.value.text if elsewhere.value else ''})"
                           f" is the Distribution Plan's; this identity relates the Valuation Analysis's to the Financial Score")
            skips.append(skipped(rule, name, reason, quoted=quoted_fact(quoted) if quoted else None))
            continue
        if rule == "lb.valuation.dividend" and _zero_beside(div_score, quoted):
            assert div_score is not None and div_score.value is not None and quoted.value is not None
            why = (f"Dividend Ratio {div_score.value.text} (line {div_score.line}) may be Longbridge's zero for a value "
                   "it does not have (as its P/B Ratio 0.00 is on the REITs that print both) as well as a dividend of "
                   "none: which, the page does not say")
            skips.append(warned(rule, name, f"{name}: printed {quoted.value.text} (line {quoted.line}) beside a Dividend "
                                f"Ratio of {div_score.value.text}; not a proof: {why}", quoted=quoted_fact(quoted),
                                inputs=[quoted_fact(div_score)], reason=why))
            continue
        try:
            found.append(_identity(rule, name, quoted, [f for _, f in named if f is not None]))
        except EvaluationError as exc:
            skips.append(skipped(rule, name, f"undefined: {exc}", quoted=quoted_fact(quoted)))
    return found, skips


_INPUT_METRICS = {"Market Cap": "market_cap", "Revenue": "revenue", "Profit Margin": "profit_margin", "P/B Ratio": "pb_ratio",
                  "Dividend Ratio": "dividend_ratio"}
"""The identities' inputs by the name a skip gives them, and their metric."""


def _zero_beside(ratio: Fact | None, quoted: Fact) -> bool:
    """Whether the Financial Score's Dividend Ratio prints 0.00% beside a Dividend Yield that is not 0 (round-32 ghg F1:
    three Hong Kong REITs print '| P/B Ratio | 0.00 | | | Dividend Ratio | 0.00% |', zeros for data Longbridge lacks)."""
    return (ratio is not None and ratio.value is not None and ratio.value.value == 0 and quoted.value is not None
            and quoted.value.value != 0)


def _not_available(doc: Document, name: str) -> Fact | None:
    """The input ``name`` where the page prints it as Longbridge's 0.00 for data it lacks (read as not available)."""
    metric = _INPUT_METRICS.get(name)
    return next((f for f in doc.facts if metric and f.metric == metric and f.missing is Missing.NOT_AVAILABLE
                 and f.context in TABLE_CONTEXTS), None)


def _printed_elsewhere(doc: Document, fact_id: str) -> Fact | None:
    """A printed number of the same metric outside the Valuation Analysis (a Financial Reports page's Distribution Plan:
    its Dividend Yield), which the identity does not read."""
    metric = fact_id.removeprefix("valuation.")
    return next((f for f in doc.facts if f.metric == metric and f.value is not None and f.id.startswith("distribution.")),
                None)


def _identity(rule: str, name: str, quoted: Fact, inputs: list[Fact]) -> Identity:
    assert quoted.value is not None
    ivs = [normalized_interval(f.value) for f in inputs if f.value is not None]
    own = number_interval(quoted.value)
    if rule == "lb.valuation.ps":
        rec = ivs[0] / ivs[1]
        return Identity(rule, name, quoted, rec, own / rec, inputs,
                        f"market cap {cite(inputs[0])} / revenue {cite(inputs[1])}")
    if rule == "lb.valuation.pe":
        rec = ivs[0] / (ivs[1] * ivs[2])
        return Identity(rule, name, quoted, rec, own / rec, inputs,
                        f"market cap {cite(inputs[0])} / (revenue {cite(inputs[1])} x profit margin {cite(inputs[2])})")
    if rule == "lb.valuation.pb":
        rec = number_interval(inputs[0].value)  # type: ignore[arg-type]
        return Identity(rule, name, quoted, rec, own / rec, inputs, f"P/B Ratio {cite(inputs[0])} (Financial Score)")
    rec = ivs[0]
    mine = normalized_interval(quoted.value)
    return Identity(rule, name, quoted, rec, rec / mine, inputs, f"Dividend Ratio {cite(inputs[0])} (Financial Score)",
                    normalized=True)


def largest_common_group(items: list[Identity]) -> tuple[list[Identity], Interval | None]:
    """The largest set (>= 2) of identities whose factor intervals share a point, and that intersection."""
    for size in range(len(items), 1, -1):
        best: tuple[list[Identity], Interval] | None = None
        for combo in combinations(items, size):
            common = common_interval([i.factor for i in combo])
            if common is not None and (best is None or common.width < best[1].width):
                best = (list(combo), common)
        if best:
            return best
    return [], None


def revenue_currency_doubt(doc: Document) -> str | None:
    """Why the Financial Score's Revenue may be in another currency than its Market Cap, or None where it cannot."""
    symbol = doc.security.symbols.get("longbridge", "")
    ticker, suffix = symbol_parts(symbol)
    trades_in = listing_currency(suffix, ticker)
    if suffix in REPORTING_CURRENCY and trades_in == REPORTING_CURRENCY[suffix]:
        return None
    market = exchange_currency(suffix) if suffix else None
    if trades_in and market and trades_in != market:  # a B share: its cap is read as its market's from one page's ratios
        return (f"the page prints no currency for Revenue or Market Cap, and {symbol}, a share class that trades in "
                f"{trades_in}, has its market cap read as its market's {market} from another page's ratios (900904.SH's "
                "P/B), not from this page")
    return (f"the page prints no currency for Revenue or Market Cap, and a company listed as {symbol or 'this symbol'} "
            f"may report in another currency than the {trades_in or 'one'} its shares trade in")


_EARNINGS_DOUBT = ("the identity takes the net profit as Revenue x Profit Margin, and a margin is often taken over the "
                   "net profit including minority interests while a P/E is over the shareholders' share; the page does "
                   "not say which each is, so a P/E off on its own is no proof (lb.statement.net_margin warns for the "
                   "same reason)")


def _minority_share(pe: Identity, common: Interval | None) -> str:
    """What share of the net profit minority interests would have to take for the PE to hold: the PE's factor over the
    price's (1, or the others' common factor) is the whole profit over the shareholders' share."""
    assert pe.quoted.value is not None
    if pe.quoted.value.value == 0:
        return " A PE printed 0.00 may be Longbridge's 0.00 for a value it does not have (as a REIT's P/B Ratio)."
    one = Interval.exact(ONE)
    try:
        ratio = pe.factor / (common if common is not None else one)  # the whole profit over the shareholders' share
        share = (one - one / ratio).scale(Decimal(100))
    except EvaluationError:  # a factor that may be 0: no share to name
        return ""
    if ratio.hi < 0:
        return (" It would take a shareholders' share of the opposite sign to the whole profit (minority interests "
                "larger than the profit), which is rare: more likely one of the numbers is misprinted.")
    said = (f"minority interests of {fmt_range(share, places=1)}% of the net profit" if share.lo >= 0 else
            f"minority holders losing {fmt_range(-share, places=1)}% of the group's net profit")
    unusual = share.hi < _ORDINARY_MINORITY[0] or share.lo > _ORDINARY_MINORITY[1]
    return f" It would take {said}" + (", which no ordinary minority interest reaches: more likely one of the numbers "
                                       "is misprinted." if unusual else ".")


_ORDINARY_MINORITY = (Decimal(-100), Decimal(90))
"""The minority shares of a group's net profit, in percent, that the PE warning calls ordinary: beyond them it says a
misprint is the likelier cause, still without a proof (a parent at a loss beside profitable subsidiaries gives any)."""


def _uses_revenue(ident: Identity) -> bool:
    """Whether the identity divides by the page's Revenue (PS and PE), whose currency the page does not print."""
    return any(f.metric == "revenue" for f in ident.inputs)


_INPUTS = "the identities' inputs"
"""What a cut page may hold past its cut when no valuation identity can be computed (round-42 tester xa F2)."""


def check_valuation(doc: Document) -> Iterator[CheckResult]:
    """Each valuation identity, and the common-factor finding when several deviate alike."""
    found, skips = identities(doc)
    if is_financial_reports(doc):  # no Financial Score, no Valuation Analysis: only a skip that names what it prints
        yield from (s for s in skips if "Distribution Plan" in s.message)
        return
    yield from skips
    deviating = [i for i in found if not i.holds]
    group, common = largest_common_group(deviating)
    doubt = revenue_currency_doubt(doc)
    for ident in found:
        yield _result(ident, group, common, found, doubt)
    if len(found) < 2:
        yield skipped("lb.valuation.common_factor", "Valuation ratios",
                      f"only {len(found)} valuation {'identity' if len(found) == 1 else 'identities'} can be computed "
                      f"on this page; a common factor needs two{past_the_cut(doc, _INPUTS)}")
    elif common is None:
        names = ", ".join(i.name for i in found)
        status_text = "all hold" if not deviating else "deviate by different factors (see each)"
        yield passed("lb.valuation.common_factor", "Valuation ratios",
                     f"{names}: {status_text}; no common factor links them",
                     inputs=[quoted_fact(i.quoted, i.name) for i in found])
    else:
        yield _common(doc, group, common, [i for i in found if i not in group], doubt)


def _result(ident: Identity, group: list[Identity], common: Interval | None, found: list[Identity],
            doubt: str | None) -> CheckResult:
    assert ident.quoted.value is not None
    inputs = [quoted_fact(f) for f in ident.inputs]
    res = compare(ident.rule, ident.name, ident.quoted.value, ident.quoted.line, ident.recomputed, inputs,
                  derivation=ident.derivation, source=SOURCE, fact_id=ident.quoted.id, normalized=ident.normalized)
    implied = f"implied market-value factor {fmt_range(ident.factor)}"
    if ident.holds:
        res.message += f" ({implied}, contains 1)"
        if common is not None and ident.factor.lo <= common.lo and common.hi <= ident.factor.hi:
            res.message += "; printed too coarsely to tell whether it shares the common factor"
        return res
    caveat = "These numbers may have been taken at different times (the Valuation Analysis carries no date)."
    if ident in group and common is not None:
        others = ", ".join(i.name for i in group if i is not ident)
        res.status = Status.WARN
        res.message += (f" ({implied}). {caveat} The same factor explains {others}: see lb.valuation.common_factor, "
                        "which reports it once as one likely cause.")
        res.reason = f"explained by the common factor {fmt_range(common)} (lb.valuation.common_factor)"
        return res
    anchors = [i for i in found if i.holds and i is not ident and not i.factor.intersects(ident.factor)]
    if ident.rule == "lb.valuation.pe" and (common is not None or anchors):
        res.status = Status.WARN  # the others pin the price; nothing pins the earnings behind the two copies
        pinning = group if common is not None else anchors
        pinned = (f"{', '.join(i.name for i in group)} share the factor {fmt_range(common)}, which this one does not meet"
                  if common is not None else f"{', '.join(i.name for i in anchors)} hold(s) at factor 1")
        res.message += (f" ({implied}). {caveat} {pinned}, so a price difference does not explain it; a difference of "
                        f"earnings may: {_EARNINGS_DOUBT}.{_minority_share(ident, common)}")
        if doubt and not any(_uses_revenue(i) for i in pinning):  # a PS among them pins the revenue's currency too
            res.message += f" A currency difference is not ruled out either: {doubt}."
        res.reason = "a deviation that another definition of the net profit could explain"
        return res
    if common is not None:
        res.message += (f" ({implied}). {caveat} But {', '.join(i.name for i in group)} share the factor "
                        f"{fmt_range(common)}, which this one does not meet: one price (or share count) cannot explain "
                        "both, so this deviation has another cause.")
        return res
    if anchors and doubt and _uses_revenue(ident) and not any(_uses_revenue(a) for a in anchors):
        res.status = Status.WARN  # the anchors pin the price, not the currency of the revenue this identity divides by
        res.message += (f" ({implied}). {', '.join(a.name for a in anchors)} hold(s) at factor 1, which rules out a "
                        f"price difference but not a currency one: {doubt}.")
        res.reason = "a deviation that revenue in another currency than the market cap could explain"
        return res
    if anchors:
        res.message += (f" ({implied}). {caveat} But {', '.join(a.name for a in anchors)} hold(s) at factor 1 and rule(s) "
                        "this factor out, so a price difference does not explain it.")
        return res
    res.status = Status.WARN
    res.message += (f" ({implied}). {caveat} No other identity on the page pins the price, so a price difference "
                    "may explain it.")
    if doubt and _uses_revenue(ident):
        res.message += f" So may a currency difference: {doubt}."
    res.reason = "a deviation that a price or share-count difference could explain"
    return res


def _common(doc: Document, group: list[Identity], common: Interval, rest: list[Identity], doubt: str | None) -> CheckResult:
    names = [i.name for i in group]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    mid = common.mid
    direction = "above" if mid > ONE else "below"
    size = abs(mid - ONE) * 100
    later = "later" if mid > ONE else "earlier"
    message = (
        f"{listed} all imply a market value {size:.1f}% {direction} the quoted market cap (factor {fmt_range(common)}, "
        f"the intersection of their implied factors): the ratios were likely computed at a {later} price than the "
        f"market cap (or on a different share count). One cause, reported once: these numbers were possibly taken at "
        f"different times — {timing(doc)}."
    )
    if doubt and all(_uses_revenue(i) for i in group):
        message += f" A currency difference would explain a factor shared by revenue-based ratios as well: {doubt}."
    coarse = [i for i in rest if i.holds and i.factor.lo <= common.lo and common.hi <= i.factor.hi]
    if coarse:
        message += (f" {', '.join(i.name for i in coarse)}: consistent both with this factor and with none "
                    f"(printed too coarsely to tell).")
    odd = [i for i in rest if not i.holds]
    if odd:
        message += f" Not explained by it: {', '.join(i.name for i in odd)}."
    cited: list[tuple[Fact, str | None]] = []
    for ident in group:
        cited.append((ident.quoted, ident.name))
        cited.extend((f, None) for f in ident.inputs)
    inputs = [quoted_fact(f, name) for f, name in _dedupe(cited)]
    return warned("lb.valuation.common_factor", "Valuation ratios", message, inputs=inputs, recomputed=common,
                  reason=f"{listed} deviate by one common factor {fmt_range(common)}")


def _dedupe(items: list[tuple[Fact, str | None]]) -> list[tuple[Fact, str | None]]:
    """The first citation of each fact (by id and line, as its Quoted would be keyed): only those become Quoted."""
    seen: set[tuple[str, int]] = set()
    out: list[tuple[Fact, str | None]] = []
    for f, name in items:
        key = (f.id, f.line)
        if key not in seen:
            seen.add(key)
            out.append((f, name))
    return out
