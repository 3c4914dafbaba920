"""A term the registry lacks: its headline, rows, range and industry line share one metric id, in the unit the
headline prints, and bare amounts in rows and tables are in millions, as the page says.

Real page: Short-Term Debt & Capital Lease Obligation, TSE:9561 (fixtures/gurufocus/realpages). The variants
below edit its text in the test: they are synthetic."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import Status, Unit, audit, parse_text

ROOT = Path(__file__).resolve().parents[3]
STD = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_short-term-debt_TSE-9561.txt"
METRIC = "short_term_debt_capital_lease_obligation"
RANGE_AND_INDUSTRY = (
    "\nGlad Cube Short-Term Debt & Capital Lease Obligation Range Over the Past 10 Years\n"
    "Min: 110.54  Med: 179.12  Max: 265.35\nCurrent: 256.17\n\n"
    "Software Industry Median: 1,022.75 vs TSE:9561: 256.17\n"
)


def _doc(text: str):
    return parse_text(text, source=str(STD))


def _restated(text: str):
    return [c for c in audit(_doc(text)).checks if c.rule == "gf.restated" and (c.subject or "").startswith(METRIC)]


def test_headline_and_rows_share_the_terms_id_and_unit() -> None:
    doc = _doc(STD.read_text(encoding="utf-8"))
    assert doc.term_metric == METRIC
    facts = [f for f in doc.facts if f.metric == METRIC]
    # line 12's "… for the quarter that ended in Mar. 2024 was 円256 Mil" states the term too: same id, same unit
    assert {f.context.value for f in facts} == {"headline", "history", "statement"} and len(facts) == 11
    assert {f.unit for f in facts} == {Unit.CURRENCY_AMOUNT}
    row = next(f for f in facts if f.period_text == "Mar24")
    assert row.value is not None and row.value.scale_factor == Decimal(10) ** 6 and row.value.text == "256.17"
    assert row.value.normalized == Decimal("256170000")


def test_the_headline_and_its_quarter_agree() -> None:
    (check,) = _restated(STD.read_text(encoding="utf-8"))
    assert check.status is Status.PASS and "2024-03, quarterly" in (check.subject or "")


def test_a_headline_that_disagrees_with_its_quarter_is_a_warning() -> None:
    """The page does not say whether an unknown term's 'As of Mar. 2024' is the quarter's value or twelve months'."""
    text = STD.read_text(encoding="utf-8").replace("円256 Mil (As of", "円300 Mil (As of", 1)
    (check,) = _restated(text)
    assert check.status is Status.WARN
    assert check.reason and "(line 5, headline)" in check.reason and "twelve months'" in check.reason


def test_two_rows_of_one_quarter_that_disagree_still_fail() -> None:
    """Copies that state their frequency are one quantity: a row printed twice with two values is a proof."""
    text = STD.read_text(encoding="utf-8")
    text = text.replace("Glad Cube Shor", "Glad Cube Quarterly Data\nDec23 Mar24\n"
                        "Short-Term Debt & Capital Lease Obligation 265.35 299.00\n", 1)
    fails = [c for c in _restated(text) if c.status is Status.FAIL]
    assert len(fails) == 1 and "2024-03, quarterly" in (fails[0].subject or "")


def test_range_and_industry_take_the_terms_unit_and_millions() -> None:
    text = STD.read_text(encoding="utf-8") + RANGE_AND_INDUSTRY
    doc = _doc(text)
    stats = {f.metric: f for f in doc.facts if f.context.value in {"range", "industry"} and f.metric.startswith(METRIC)}
    assert set(stats) >= {f"{METRIC}.hist_min", f"{METRIC}.hist_max", f"{METRIC}.industry_median", METRIC}
    for f in stats.values():
        assert f.unit is Unit.CURRENCY_AMOUNT and f.value is not None and f.value.scale_factor == Decimal(10) ** 6
    (check,) = [c for c in _restated(text) if "2024-03" in (c.subject or "")]
    assert check.status is Status.PASS and len(check.inputs) == 4  # headline, line 12's sentence, the quarter, Current


@pytest.mark.parametrize(("headline", "unit", "scale"), [
    ("円256 Mil", Unit.CURRENCY_AMOUNT, Decimal(10) ** 6),
    ("円2.56", Unit.PER_SHARE, Decimal(1)),  # an amount without a scale is a per-share amount: rows stay as printed
    ("2.56%", Unit.PERCENT, Decimal(1)),
])
def test_the_rows_unit_follows_the_headline(headline: str, unit: Unit, scale: Decimal) -> None:
    text = STD.read_text(encoding="utf-8").replace("円256 Mil (As of", f"{headline} (As of", 1)
    rows = [f for f in _doc(text).facts if f.metric == METRIC and f.context.value == "history"]
    assert rows and {f.unit for f in rows} == {unit}
    assert {f.value.scale_factor for f in rows if f.value} == {scale}


def test_a_known_amount_terms_rows_are_in_millions() -> None:
    """A registry currency amount (Enterprise Value) printed bare in a history row is in millions, like its headline."""
    text = (STD.read_text(encoding="utf-8").replace("Short-Term Debt & Capital Lease Obligation", "Enterprise Value")
            .replace("/short-term-debt-and-capital-lease-obligation/", "/ev/"))
    doc = _doc(text)
    rows = [f for f in doc.facts if f.metric == "enterprise_value" and f.context.value == "history"]
    assert len(rows) == 9 and all(f.value and f.value.scale_factor == Decimal(10) ** 6 for f in rows)


def test_a_count_in_millions_has_rows_in_millions() -> None:
    """Shares Outstanding, MIL:MIR (real page): the headline prints '1,836 Mil' without a currency; the rows, bare,
    are in millions as the page's unit note says, so the quarter's 1,835.57 agrees with it."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_shares-outstanding_MIL-MIR.txt"
    doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
    rows = [f for f in doc.facts if f.metric == doc.term_metric and f.context.value == "history"]
    assert rows and all(f.value and f.value.scale_factor == Decimal(10) ** 6 for f in rows)
    assert {f.unit for f in doc.facts if f.metric == doc.term_metric} == {Unit.COUNT}  # shares, not a ratio
    (check,) = [c for c in audit(doc).checks if c.rule == "gf.restated"]
    assert check.status is Status.PASS and "1,835.57" in check.message


def test_an_unfilled_templates_industry_median_takes_the_unit_its_terms_name_says() -> None:
    """Real page gfp 015 (XTUN:GIF): the headline is the unfilled template ': % (As of . 20)', so it prints no value
    whose unit the median could take; the term's name 'Pretax Margin %' says percent (gfp #4)."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_pretax-margin_XTUN-GIF_template.txt"
    doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
    (median,) = [f for f in doc.facts if f.metric == "pretax_margin.industry_median"]
    assert median.value is not None and median.value.text == "4.51" and median.unit is Unit.PERCENT
