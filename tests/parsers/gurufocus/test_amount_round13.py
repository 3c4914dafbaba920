"""Round-13 amount-term findings on real pages (tester gfk): 'Long-Term Debt & Capital Lease Obligation' is its own
quantity, not 'Long-Term Debt' (GuruFocus prints both). Edited variants are synthetic and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import metric_for_label

ROOT = Path(__file__).resolve().parents[3]
REAL = ROOT / "fixtures" / "gurufocus" / "realpages"
OFS = REAL / "gurufocus_ltd-capital-lease_NAS-OFS.txt"
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
