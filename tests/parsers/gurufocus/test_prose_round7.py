"""Round 7 real pages: what a range or industry heading names, and calculations GuruFocus prints in prose.

Real pages in fixtures/gurufocus/realpages (medpsvalue_PHS-PGOLD, dividend_growth_3y_NYSE-RIO, roa_TSE-5105,
InventoryTurnover_BSP-WALM34). Variants edit their text in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, Unit, audit, parse_text

ROOT = Path(__file__).resolve().parents[3]
GF = ROOT / "fixtures" / "gurufocus" / "realpages"
MEDPS = GF / "gurufocus_medpsvalue_PHS-PGOLD.txt"
DIVGROWTH = GF / "gurufocus_dividend_growth_3y_NYSE-RIO.txt"
ROA = GF / "gurufocus_roa_TSE-5105.txt"
INVENTORY = GF / "gurufocus_InventoryTurnover_BSP-WALM34.txt"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _doc(text: str, path: Path):
    return parse_text(text, source=str(path))


def _checks(text: str, path: Path, rule: str):
    return [c for c in audit(_doc(text, path)).checks if c.rule == rule]


def test_the_industry_line_states_what_its_heading_ranks() -> None:
    """'PGOLD's Price-to-Median-PS-Value is ranked …' heads a ratio's industry line, not the ₱ Median PS Value."""
    doc = _doc(_text(MEDPS), MEDPS)
    industry = {f.metric: f for f in doc.facts if f.context.value == "industry" and f.line == 29}
    assert set(industry) == {"price_to_median_ps_value", "price_to_median_ps_value.industry_median"}
    assert all(f.unit is Unit.RATIO for f in industry.values())
    assert not [c for c in audit(doc).checks if c.status is Status.FAIL]


def test_an_industry_line_contradicting_its_own_heading_still_fails() -> None:
    """The range's Current and the industry line state the same related ratio: copies that disagree are a proof."""
    text = _text(MEDPS).replace("vs PHS:PGOLD: 0.39", "vs PHS:PGOLD: 0.45", 1)
    fails = [c for c in _checks(text, MEDPS, "gf.restated") if c.status is Status.FAIL]
    assert len(fails) == 1 and (fails[0].subject or "").startswith("price_to_median_ps_value ")


def test_an_industry_line_without_a_heading_is_the_terms() -> None:
    text = _text(MEDPS).replace("PHS:PGOLD's Price-to-Median-PS-Value is ranked better than\n", "", 1)
    doc = _doc(text, MEDPS)
    assert {f.metric for f in doc.facts if f.context.value == "industry" and "Industry Median" in f.raw} == {
        "median_ps_value", "median_ps_value.industry_median"}


def test_a_ranges_window_is_the_one_its_title_says() -> None:
    """'3-Year Dividend Growth Rate Range Over the Past 10 Years': the 3-year rate, over 10 years."""
    doc = _doc(_text(DIVGROWTH), DIVGROWTH)
    stats = [f for f in doc.facts if f.context.value == "range"]
    assert {f.window_years for f in stats if f.metric.endswith((".hist_min", ".hist_max", ".hist_median"))} == {10}
    assert {f.metric for f in stats} >= {doc.term_metric, f"{doc.term_metric}.hist_max"}
    current = _checks(_text(DIVGROWTH), DIVGROWTH, "gf.range.current")
    assert {c.quoted.line for c in current if c.quoted} == {8, 17} and {c.status for c in current} == {Status.PASS}  # headline and Current


@pytest.mark.parametrize(("title", "years", "metric"), [
    ("RIO' s 10-Year EV/EBIT Range", 10, "ev_to_ebit"),  # the older title names only the window
    ("RIO' s EV/EBIT Range Over the Past 7 Years", 7, "ev_to_ebit"),
    ("RIO' s 5-Year EV/EBIT Range Over the Past 10 Years", 10, "5_year_ev_ebit"),
])
def test_range_titles_old_and_new(title: str, years: int, metric: str) -> None:
    text = _text(DIVGROWTH).replace("RIO' s 3-Year Dividend Growth Rate Range Over the Past 10 Years", title, 1)
    doc = _doc(text, DIVGROWTH)
    top = next(f for f in doc.facts if f.id == "range.max")
    assert (top.metric, top.window_years) == (f"{metric}.hist_max", years)


def _prose(text: str, path: Path) -> dict[int, Status]:
    return {c.quoted.line: c.status for c in _checks(text, path, "gf.calc.prose") if c.quoted}


@pytest.mark.parametrize(("path", "lines"), [(ROA, {12}), (INVENTORY, {10, 12}), (MEDPS, {14, 16})])  # 12: its Days Inventory
def test_calculations_printed_in_prose_are_recomputed(path: Path, lines: set[int]) -> None:
    assert _prose(_text(path), path) == dict.fromkeys(lines, Status.PASS)


@pytest.mark.parametrize(("path", "printed", "wrong", "line"), [
    (ROA, "was 14.13%.", "was 14.10%.", 12),  # 92,232 / 652,968 = 14.1249%
    (INVENTORY, "was 2.19.", "was 2.30.", 10),  # 648,342 / 296,650 = 2.1855
    (MEDPS, "median PS Ratio is 0.8893", "median PS Ratio is 0.9893", 14),  # ₱69.777 x 0.8893 = ₱62.052
    (MEDPS, "Price to Median PS Value for today is 0.39", "Price to Median PS Value for today is 0.42", 16),
])
def test_a_result_its_inputs_cannot_give_fails(path: Path, printed: str, wrong: str, line: int) -> None:
    text = _text(path)
    assert printed in text
    assert _prose(text.replace(printed, wrong, 1), path)[line] is Status.FAIL


def test_a_result_within_printed_precision_passes() -> None:
    """14.12% covers [14.115, 14.125]; the inputs give 14.12495..14.12513: within printed precision, not a proof."""
    assert _prose(_text(ROA).replace("was 14.13%.", "was 14.12%.", 1), ROA)[12] is Status.PASS


def test_annualized_and_average_inputs_are_their_own_quantities() -> None:
    """A quarter's annualized net income and an average balance are not the quarter's row or the period-end balance."""
    doc = _doc(_text(ROA), ROA)
    inputs = {f.metric: f for f in doc.facts if f.context.value == "calculation"}
    assert set(inputs) == {"annualized_net_income", "average_total_assets"}
    assert {f.unit for f in inputs.values()} == {Unit.CURRENCY_AMOUNT}
    assert {f.period.end for f in inputs.values() if f.period} == {"2024-03"}


def test_a_quarters_headline_against_the_years_row_is_not_a_proof() -> None:
    """Inventory Turnover 2.19 'As of Jan. 2024' is the quarter's; the annual row Jan24 8.55 is the year's. The
    paragraph's three months' inputs say so, so the quarter's copies are never compared with the year's row (they had
    been, as a WARN, until cff19a1 read those inputs): the headline and the paragraph agree, and 8.55 is not among them."""
    (check,) = [c for c in _checks(_text(INVENTORY), INVENTORY, "gf.restated") if "2024-01" in (c.subject or "")]
    assert check.status is Status.PASS and "2.19" in check.message and "8.55" not in check.message
