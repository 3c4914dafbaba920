"""A formula block the page dates nowhere is no copy of the page's 'current' value (round-48 tester tj F1).

GuruFocus works a term out once per period, each block under a heading that dates it ('… Pretax Income for the
fiscal year that ended in Oct. 2012 is calculated as'). Two blocks whose dates the unfilled template left blank
('ended in . 20', NYSE:CBS, real) are a year's and a quarter's; two blocks parted from their headings (STEI 2013,
real; its lines shuffled, a synthetic fixture) are of periods the page does not say. Either pair was compared as one value:
the template passed 0.00 against 0.00, and filled with other numbers (synthetic) or shuffled it failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import edited

from quotecheck.parsers import CheckResult, Status, audit, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
CBS = REAL / "gurufocus_pretax-income_NYSE-CBS_template.txt"
STEI = REAL / "gurufocus_pretax-income_STEI_2013.txt"
SHUFFLED = REAL.parent / "synthetic" / "pretax-income_STEI_2013_lines-shuffled.txt"
BLANK_STEP = " Pretax Income = Operating Income + Non Operating Income + Interest Expense + Interest Income + Other = + + + + 0 = 0.00"


def _restated(doc_checks: list[CheckResult], metric: str) -> list[Status]:
    return [c.status for c in doc_checks if c.rule == "gf.restated" and (c.subject or "").startswith(metric)]


def test_the_templates_year_and_quarter_are_not_one_value() -> None:
    doc = parse_file(CBS)
    results = [f for f in doc.facts if f.id.startswith("calc.pretax_income.result")]
    assert [(f.value.text if f.value else None, f.period, f.period_text) for f in results] == [("0.00", None, "")] * 2
    assert _restated(audit(doc).checks, "pretax_income") == []


def test_the_filled_template_does_not_fail() -> None:
    """Synthetic: the year's block filled 50 + 0 + -5 + 1 + 0 = 46.00, the quarter's 12 + 0 + -1 + 0 + 0 = 11.00."""
    text = edited(CBS)
    year = BLANK_STEP.replace("= + + + + 0 = 0.00", "= 50 + 0 + -5 + 1 + 0 = 46.00")
    quarter = BLANK_STEP.replace("= + + + + 0 = 0.00", "= 12 + 0 + -1 + 0 + 0 = 11.00")
    assert text.count(BLANK_STEP) == 2
    text = text.replace(BLANK_STEP, year, 1).replace(BLANK_STEP, quarter, 1)
    checks = audit(parse_text(text, source=str(CBS))).checks
    assert not [c for c in checks if c.status is Status.FAIL], [(c.rule, c.message) for c in checks if c.status is Status.FAIL]
    sums = [c.status for c in checks if c.rule == "gf.calc.arithmetic" and (c.subject or "").startswith("Pretax Income")]
    assert sums == [Status.PASS, Status.PASS]  # each block's own arithmetic is still checked


def test_blocks_parted_from_their_headings_are_of_no_period() -> None:
    """Synthetic (fixtures/gurufocus/synthetic): STEI's lines shuffled, its two Pretax Income blocks and the margin's
    away from their headings: the year's 56.2 failed against the quarter's 8.3 and 8.327 as one 'current' value."""
    doc = parse_file(SHUFFLED)
    results = [f for f in doc.facts if f.id.startswith("calc.pretax_income.result")]
    assert [(f.value.text if f.value else None, f.period, f.period_text) for f in results] == [("8.3", None, ""), ("56.2", None, "")]
    assert Status.FAIL not in [c.status for c in audit(doc).checks]


def test_the_real_pages_blocks_keep_their_periods() -> None:
    doc = parse_file(STEI)
    results = {f.line: f.period for f in doc.facts if f.id.startswith("calc.pretax_income.result")}
    assert {line: (p.end, p.frequency.value) if p else None for line, p in results.items()} == {
        16: ("2012-10", "annual"), 20: ("2013-07", "quarterly")}
    assert Status.FAIL not in [c.status for c in audit(doc).checks]


BLANKED = [  # synthetic: one real page's fiscal-year heading with its date left blank, as the unfilled template prints it
    ("gurufocus_total-current-liabilities_TGT_2019.txt", "for the fiscal year that ended in Jan. 2019 is calculated as"),
    ("gurufocus_cogs-to-revenue_OTCPK-COVCF.txt", "for the fiscal year that ended in Mar. 2024 is calculated as"),
]


@pytest.mark.parametrize(("page", "heading"), BLANKED, ids=["TGT-2019", "OTCPK-COVCF"])
def test_a_blank_dated_block_on_a_dated_page_is_not_the_pages_current_period(page: str, heading: str) -> None:
    """Round-48 tester t5 P2: with the page's headline dated, the year's block 'ended in . 20' took the page's current
    period by default, and its 15,014 (TGT, Jan. 2019 on the real page) failed against the quarter's 14,364."""
    text = edited(REAL / page, (heading, heading.replace(heading.split("ended in ")[1].split(" is")[0], ". 20")))
    assert ". 20 is calculated as" in text
    checks = audit(parse_text(text, source=page)).checks
    assert not [c for c in checks if c.status is Status.FAIL], [(c.rule, c.message) for c in checks if c.status is Status.FAIL]
    assert Status.FAIL not in [c.status for c in audit(parse_file(REAL / page)).checks]  # the real page, as printed
