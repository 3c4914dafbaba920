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
    # synthetic: goodwill printed $0 Mil: over rows that print only '-', and a page that ranks the term, a ratio that
    # is 0 (round-50 tester r1 F1: a bank with no goodwill); an input printed 0 is no proof where a row prints values
    # beside a '-' of its month (round 45's ta F1, kept: gf.zero_placeholder's tests)
    (((_GOODWILL, _GOODWILL.replace("$1,063", "$0")),), False, Status.PASS, Status.PASS),
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


ICICI = REALPAGES / "gurufocus_goodwill-to-asset_BOM-540716.txt"
_DASHES = "Premium Member Only - - - - -"


@pytest.mark.parametrize(("edits", "placeholder", "restated"), [
    # an insurer with no goodwill: ₹0 Mil over ₹616,373 Mil above rows of '-' only is a ratio that is 0 (r1 F1, F2)
    ((), False, Status.PASS),
    # synthetic: the page says it does not rank the term (only meaningful values are): the 0 stays a stand-in
    ((("ICICI Lombard General Insurance Co Goodwill-to-Asset Historical Data",
        "BOM:540716's Goodwill-to-Asset is not ranked *\n\nICICI Lombard General Insurance Co Goodwill-to-Asset Historical Data"),),
     True, Status.SKIP),
    # synthetic: the row prints a value among its dashes: no longer rows of '-' only, and no dash of the zero's month
    # (Dec. 2023 is no annual column): nothing says the 0 is a stand-in
    (((_DASHES, "Premium Member Only 0.02 - - - -"),), False, Status.PASS),
])
def test_a_zero_input_over_rows_of_dashes_only(edits: tuple[tuple[str, str], ...], placeholder: bool, restated: Status) -> None:
    checks = checked(ICICI, *edits)
    assert any(c.rule == "gf.zero_placeholder" and c.status is Status.WARN for c in checks) is placeholder
    (same,) = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("goodwill_to_asset (2023-12")]
    assert same.status is restated, same.message
    (prose,) = [c for c in checks if c.rule == "gf.calc.prose"]  # the same 0.00 is a value or a stand-in to every
    assert prose.status is (Status.SKIP if placeholder else Status.PASS), prose.message  # rule (r1 F2: passed beside the warning)
