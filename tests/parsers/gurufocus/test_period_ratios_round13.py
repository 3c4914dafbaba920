"""Results stated after their inputs for a period that were read but never recomputed (gfh finding 10, gfi finding 6,
gfg finding F2): net margin, the day counts (Days Inventory, Days Sales Outstanding, Days Payable) and
Liabilities-to-Assets, on real pages.

A day count needs the days of its period, which the page does not print: they are inferred from the inputs' span
(365 a year, 182.5 a half-year, 91.25 a quarter), so an agreement says which it took and a disagreement is a WARN that
says so; since round 43 (tester vd F5) a result that no length of the span gives (181 to 184 days a half-year, 89 to 92
a quarter) is a FAIL, whichever days GuruFocus took. The variants edit a real page inside the test (synthetic).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text
from quotecheck.parsers._models import CheckResult

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
SWTQ = REAL / "gurufocus_DaysInventory_XSWX-SWTQ.txt"  # half-year inputs
DEWA = REAL / "gurufocus_days-payable_ISX-DEWA.txt"  # quarter inputs, 'average Accounts Payable'
ADVS = REAL / "gurufocus_DaysSalesOutstanding_ADVS.txt"  # quarter inputs, 'account receivable'
EDMC = REAL / "gurufocus_netmargin_EDMC.txt"
LBP = REAL / "gurufocus_liabilities-to-assets_LSE-LBP.txt"


def _prose(path: Path, line: int, old: str = "", new: str = "") -> CheckResult:
    text = path.read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (check,) = [c for c in audit(parse_text(text, source=str(path))).checks
                if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == line]
    return check


@pytest.mark.parametrize(("path", "line", "days"), [(SWTQ, 12, "182.5"), (DEWA, 12, "91.25"), (ADVS, 6, "91.25")],
                         ids=["days-inventory-half-year", "days-payable-quarter", "dso-quarter"])
def test_a_day_count_passes_and_says_which_days_it_took(path: Path, line: int, days: str) -> None:
    check = _prose(path, line)
    assert check.status == "pass" and f"* {days} (the days of a" in check.message and "inferred" in check.message


@pytest.mark.parametrize(("path", "line", "old", "new"), [
    (SWTQ, 12, "Days Inventory for the six months ended in Dec. 2024 was 103.54.",
     "Days Inventory for the six months ended in Dec. 2024 was 104.50."),  # 182.5 days give 103.34-104.17; 184 up to 105.03
    (DEWA, 12, "was Rp1,842,374 Mil.", "was Rp1,852,374 Mil."),  # +0.5%: a quarter of 91.25 days no longer, of 92 still
], ids=["days-inventory-result", "days-payable-input"])
def test_a_day_count_its_inputs_cannot_give_is_a_warning_that_the_days_are_inferred(path: Path, line: int, old: str,
                                                                                       new: str) -> None:
    check = _prose(path, line, old, new)
    assert check.status == "warn" and "inferred from the inputs' span" in (check.reason or "")


@pytest.mark.parametrize(("path", "line", "old", "new", "span"), [
    (SWTQ, 12, "Days Inventory for the six months ended in Dec. 2024 was 103.54.",
     "Days Inventory for the six months ended in Dec. 2024 was 110.54.", "181 to 184 (the days any semi-annual period has"),
    (DEWA, 12, "was Rp1,842,374 Mil.", "was Rp1,942,374 Mil.", "89 to 92 (the days any quarterly period has"),
], ids=["days-inventory-result", "days-payable-input"])
def test_a_day_count_no_length_of_its_span_gives_fails(path: Path, line: int, old: str, new: str, span: str) -> None:
    check = _prose(path, line, old, new)
    assert check.status == "fail" and span in check.message and "beyond rounding" in check.message


@pytest.mark.parametrize(("path", "line"), [(EDMC, 6), (LBP, 12)], ids=["net-margin", "liabilities-to-assets"])
def test_the_ratio_is_recomputed_from_the_paragraphs_inputs(path: Path, line: int) -> None:
    assert _prose(path, line).status == "pass"


@pytest.mark.parametrize(("path", "line", "old", "new"), [
    (EDMC, 6, "net margin for the quarter that ended in Jun. 2014 was -37.31%.",
     "net margin for the quarter that ended in Jun. 2014 was -38.31%."),
    (LBP, 12, "was £0.30 Mil.", "was £0.90 Mil."),  # the tester's doctored copy gfg exp/e011
], ids=["net-margin", "liabilities-to-assets"])
def test_a_ratio_its_inputs_cannot_give_fails(path: Path, line: int, old: str, new: str) -> None:
    assert _prose(path, line, old, new).status == "fail"


def test_an_input_printed_in_an_unknown_currency_is_not_called_blank() -> None:
    """An amount in a currency text quotecheck does not know (synthetic 'Ƀ-188 Mil'; gfi 036's 'S/.' is now read as
    PEN): the amount is printed, only not read."""
    check = _prose(EDMC, 6, "was $-188 Mil.", "was Ƀ-188 Mil.")
    assert check.status == "skip" and "Ƀ-188 Mil" in (check.reason or "") and "blank" not in (check.reason or "")


def test_a_day_count_with_an_input_missing_is_no_calculation() -> None:
    """A Change in Inventory page states Total Inventories above its Days Inventory and no Cost of Goods Sold (gfd 016):
    a sentence of the page, not the day count's calculation. Synthetic: the real page's COGS sentence taken out."""
    text = SWTQ.read_text(encoding="utf-8")
    cogs = "Schweiter Technologies AG's Cost of Goods Sold for the six months ended in Dec. 2024 was CHF343 Mil. "
    assert text.count(cogs) == 1
    checks = audit(parse_text(text.replace(cogs, ""), source=str(SWTQ))).checks
    assert not [c for c in checks if c.rule == "gf.calc.prose"]
