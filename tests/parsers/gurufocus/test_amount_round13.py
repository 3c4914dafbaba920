"""Round-13 amount-term findings on real pages (tester gfk): 'Long-Term Debt & Capital Lease Obligation' is its own
quantity, not 'Long-Term Debt' (GuruFocus prints both); the Enterprise Value pages' 'EV-to-EBIT ratio for today is 2.77'
is read and recomputed. Edited variants are synthetic and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import metric_for_label

ROOT = Path(__file__).resolve().parents[3]
REAL = ROOT / "fixtures" / "gurufocus" / "realpages"
OFS = REAL / "gurufocus_ltd-capital-lease_NAS-OFS.txt"
ALEUA = REAL / "gurufocus_enterprise-value_XPAR-ALEUA.txt"
GEV = REAL / "gurufocus_enterprise-value_XPRA-GEV.txt"
OFS_STATEMENT = "OFS Capital's Long-Term Debt & Capital Lease Obligation for the quarter that ended in Dec. 2023 was $299.73 Mil."


# --- F6: one id per quantity ---

@pytest.mark.parametrize(("with_leases", "without"), [
    ("Long-Term Debt & Capital Lease Obligation", "Long-Term Debt"),
])
def test_a_debt_with_its_capital_leases_is_not_the_debt_without(with_leases: str, without: str) -> None:
    """GuruFocus's EV formula prints 'Long-Term Debt' beside 'Short-Term Debt Without Lease' (ev/USMO): two quantities."""
    assert metric_for_label(with_leases) != metric_for_label(without)
    assert metric_for_label(with_leases) == "long_term_debt_capital_lease_obligation"


def test_the_term_page_is_of_the_debt_with_leases() -> None:
    doc = parsed(OFS)
    assert doc.term_metric == "long_term_debt_capital_lease_obligation"
    assert {f.metric for f in doc.facts if f.context.value == "statement" and f.label.startswith("Long-Term")} == {
        "long_term_debt_capital_lease_obligation"}


def test_the_debt_without_leases_beside_it_is_never_compared() -> None:
    """Synthetic: a 'Long-Term Debt' sentence of the same quarter with another value (as a company with leases would
    print) is another quantity: no gf.restated check may join it to the headline, so no false FAIL."""
    checks = checked(OFS, (OFS_STATEMENT, OFS_STATEMENT + " OFS Capital's Long-Term Debt for the quarter that ended in "
                                          "Dec. 2023 was $250.00 Mil."))
    assert not [c for c in checks if c.status is Status.FAIL]
    (restated,) = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("long_term_debt_capital")]
    assert restated.status is Status.PASS


# --- F1: '… ratio for today is r' ---

@pytest.mark.parametrize(("page", "results"), [
    (ALEUA, {"ev_to_ebit": "2.77", "ev_to_ebitda": "2.76", "ev_to_revenue": "2.54"}),
    (GEV, {"ev_to_ebit": "42.14", "ev_to_ebitda": "42.14", "ev_to_revenue": "4.39"}),
])
def test_the_ratio_for_today_is_a_fact_and_recomputed(page: Path, results: dict[str, str]) -> None:
    """'Therefore, X's EV-to-EBIT ratio for today is 2.77.': the word 'ratio' is no part of the label."""
    doc = parsed(page)
    assert {f.metric: f.value.text for f in doc.facts if f.id.startswith("today.") and f.value} == results
    prose = [c for c in checked(page) if c.rule == "gf.calc.prose"]
    assert len(prose) == 3 and {c.status for c in prose} == {Status.PASS}


def test_a_ratio_its_inputs_cannot_give_fails() -> None:
    """Synthetic: EV-to-Revenue 4.60 where Kč6,052 Mil / Kč1,377 Mil is 4.39 within rounding: a proof."""
    checks = checked(GEV, ("EV-to-Revenue ratio for today is 4.39.", "EV-to-Revenue ratio for today is 4.60."))
    (bad,) = [c for c in checks if c.rule == "gf.calc.prose" and c.status is Status.FAIL]
    assert "EV-to-Revenue" in (bad.subject or "")
