"""Round-18 testers (gfy F1, gfz F2): one quantity keeps one metric id whichever of its page's wordings states it, so
its copies are compared.

Synthetic variants are real fixture pages with one printed number edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
JDP = REAL / "gurufocus_ltd2asset_LTS-0JDP.txt"
ROC = REAL / "gurufocus_roc_XAMS-SWICH.txt"


def _restated(page: Path, *edits: tuple[str, str]) -> list:
    return [c for c in checked(page, *edits) if c.rule == "gf.restated" and c.subject.startswith(("lt_debt_to_total_asset", "roc "))]


@pytest.mark.parametrize(("page", "edit", "lines"), [
    # gfy F1: '… long-term debt to total assests ratio for the quarter that ended in Mar. 2024 was 0.85' (the site's
    # spelling) and the trend's '(0.85)' are the headline's quantity, not metrics of their own
    (JDP, None, {5, 12, 14}),
    (JDP, ("assests ratio for the quarter that ended in Mar. 2024 was 0.85", "assests ratio for the quarter that ended in Mar. 2024 was 0.95"),
     {5, 12, 14}),
    # gfz F2: 'annualized return on capital (ROC %) for the quarter that ended in Jun. 2025 was -1.13%' is the roc headline's,
    # as is the summary's 'ROC % is -1.13% as of Jun. 2025.' (line 14, read since round 33)
    (ROC, None, {3, 14, 16}),
    (ROC, ("(ROC %) for the quarter that ended in Jun. 2025 was -1.13%", "(ROC %) for the quarter that ended in Jun. 2025 was -9.13%"), {3, 14, 16}),
])
def test_every_wording_of_the_term_is_one_quantity(page: Path, edit: tuple[str, str] | None, lines: set[int]) -> None:
    (check,) = _restated(page, *([edit] if edit else []))
    assert {q.line for q in [check.quoted, *check.inputs]} == lines
    assert check.status is (Status.FAIL if edit else Status.PASS), check.message


def test_a_today_sentence_in_the_past_tense_is_read() -> None:
    """gfz F4: 'As of today, Kindom Development Co's Shareholder Yield % was 6.03%.' ('was' where most pages say
    'is') is today's value of the page's term."""
    doc = parse_file(REAL / "gurufocus_shareholder-yield_TPE-2520.txt")
    (today,) = [f for f in doc.facts if f.context.value == "today" and f.metric == "shareholder_yield"]
    assert today.value is not None and today.value.text == "6.03%" and today.line == 12


TERPEL = REAL / "gurufocus_inventory-to-revenue_BOG-TERPEL.txt"
TERPEL_RESULT = "Inventory-to-Revenue for the quarter that ended in Mar. 2023 was 0.19"


@pytest.mark.parametrize(("edit", "status"), [(None, Status.PASS), ((TERPEL_RESULT, TERPEL_RESULT[:-4] + "0.25"), Status.FAIL)])
def test_inventory_to_revenue_is_recomputed_from_its_paragraph(edit: tuple[str, str] | None, status: Status) -> None:
    """lb5 #3: 'Average Total Inventories … was COP1,723,991 Mil. … Revenue for the three months ended in Mar. 2023 was
    COP9,148,909 Mil. … Inventory-to-Revenue for the quarter that ended in Mar. 2023 was 0.19.' (0.1884)."""
    (check,) = [c for c in checked(TERPEL, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status and "COP1,723,991 Mil / COP9,148,909 Mil" in check.message
