"""A 0.00 the page's own paragraph works out from inputs none of which is 0 is a true value that rounds to 0, not
GuruFocus's 'not available', whatever its history rows print ('-'): National Bank of Canada's Goodwill-to-Asset, $1,063
Mil over $336,252 Mil = 0.0032 (round-50 tester y1 F1). A paragraph over an input printed 0 proves nothing of the kind
(that 0 may be a stand-in itself), nor one whose inputs give another value."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status
from quotecheck.parsers.gurufocus._audit_prose_calcs import gives_zero

REALPAGES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
NTIOF = REALPAGES / "gurufocus_goodwill-to-asset_OTCPK-NTIOF.txt"
_GOODWILL = "Goodwill for the quarter that ended in Jan. 2025 was $1,063 Mil."
_ASSETS = "Total Assets for the quarter that ended in Jan. 2025 was $336,252 Mil."

CASES = [
    # (edits, gf.zero_placeholder warns, gf.calc.prose status, gf.restated status)
    ((), False, Status.PASS, Status.PASS),
    # synthetic: goodwill printed $0 Mil: the 0.00 follows from an input that may itself be a stand-in
    (((_GOODWILL, _GOODWILL.replace("$1,063", "$0")),), True, Status.SKIP, Status.SKIP),
    # synthetic: total assets a hundredth: the inputs give 0.32, which no rounding prints 0.00
    (((_ASSETS, _ASSETS.replace("$336,252", "$3,362")),), True, Status.WARN, Status.SKIP),
]


@pytest.mark.parametrize(("edits", "placeholder", "calc", "restated"), CASES, ids=["as-printed", "zero-input", "out-of-reach"])
def test_a_zero_worked_out_from_nonzero_inputs_is_a_value(edits: tuple[tuple[str, str], ...], placeholder: bool,
                                                          calc: Status, restated: Status) -> None:
    checks = checked(NTIOF, *edits)
    assert any(c.rule == "gf.zero_placeholder" and c.status is Status.WARN for c in checks) is placeholder
    (prose,) = [c for c in checks if c.rule == "gf.calc.prose"]
    assert prose.status is calc, prose.message
    (same,) = [c for c in checks if c.rule == "gf.restated"]
    assert same.status is restated, same.message


BOROSIL = REALPAGES / "gurufocus_gross-margin_BOM-543212.txt"
_PROFIT = "Gross Profit for the three months ended in Mar. 2024 was ₹1,416 Mil."
_MARGIN = "Gross Margin % for the quarter that ended in Mar. 2024 was 61.86%."


@pytest.mark.parametrize(("profit", "margin", "expected"), [
    ("₹0.06 Mil", "0.00%", True),   # synthetic: 0.06 / 2,289 is 0.0026%, printed 0.00% (in percent, not 0.000026)
    ("₹0.6 Mil", "0.00%", False),   # synthetic: 0.026%, which no rounding prints 0.00%
    ("₹0 Mil", "0.00%", False),     # synthetic: an input printed 0 proves nothing
    ("₹-0.06 Mil", "-0.00%", True),  # synthetic: the sign of a tiny loss is kept
])
def test_gives_zero_works_in_the_results_printed_units(profit: str, margin: str, expected: bool) -> None:
    doc = parsed(BOROSIL, (_PROFIT, _PROFIT.replace("₹1,416 Mil", profit)), (_MARGIN, _MARGIN.replace("61.86%", margin)))
    (calc,) = doc.calculations
    assert gives_zero(calc, doc) is expected
