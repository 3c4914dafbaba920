"""Round-19 testers (gga F1): a page may state a growth rate both per share and in total, and those are two
quantities. NAS:NDAQ's EBITDA per Share page prints 'the average EBITDA per Share Growth Rate was 9.30%' over 3 years
(line 12, its term's: the range's 'Current: 9.3') and 'the average EBITDA Growth Rate was 9.80%' (line 29, of total
EBITDA). They shared metric ids and FAILed three times; a per-share rate edited against its range is still caught.

Synthetic variants are the real fixture page with one printed number edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file
from quotecheck.parsers._metrics import canonical_name

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
NDAQ = REAL / "gurufocus_EBITDA_per_share_NAS-NDAQ.txt"


@pytest.mark.parametrize(("per_share", "total"), [
    ("3 year average ebitda per share growth rate", "3 year average ebitda growth rate"),
    ("5 year average revenue per share growth rate", "5 year average revenue growth rate"),
    ("10 year average free cash flow per share growth rate", "10 year average free cash flow growth rate"),
    ("3 year average book value per share growth rate", "3 year average book value growth rate"),
])
def test_a_rate_in_total_is_not_the_per_share_rate(per_share: str, total: str) -> None:
    assert canonical_name(per_share) != canonical_name(total)
    title = per_share.replace(" average", "").replace(" per share", "")  # '3 year ebitda growth rate': the term's title
    assert canonical_name(per_share) == canonical_name(title)


def test_the_two_paragraphs_get_their_own_ids() -> None:
    doc = parse_file(NDAQ)
    by_line: dict[int, set[str]] = {}
    for fact in doc.facts:
        if fact.id.startswith("growth."):
            by_line.setdefault(fact.line, set()).add(fact.metric)
    assert len(by_line[12]) == len(by_line[29]) == 4
    assert not by_line[12] & by_line[29]
    assert "ebitda_growth_5y" in by_line[12]  # the Peter Lynch formula's input is the per-share rate


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    # the total's 3-year rate edited: it is no copy of the per-share rate
    (("the average EBITDA Growth Rate was 9.80% per year", "the average EBITDA Growth Rate was 19.80% per year"), Status.PASS),
    # the per-share 3-year rate edited: the range's 'Current: 9.3' and the industry's '9.30' contradict it (a warn: they
    # are undated, so not sure to be of Dec. 2023)
    (("the average EBITDA per Share Growth Rate was 9.30% per year", "the average EBITDA per Share Growth Rate was 9.80% per year"),
     Status.WARN),
])
def test_the_per_share_rate_is_compared_with_its_copies_only(edit: tuple[str, str] | None, status: Status) -> None:
    checks = checked(NDAQ, *([edit] if edit else []))
    assert not [c.message for c in checks if c.status is Status.FAIL]
    (rate,) = [c for c in checks if c.rule == "gf.restated" and c.subject.startswith("3_year_ebitda_growth_rate")]
    assert rate.status is status, rate.message
    assert {q.line for q in [rate.quoted, *rate.inputs]} == {12, 18, 25}


PRETAX = REAL / "gurufocus_pretax-income_SHSE-688627.txt"


@pytest.mark.parametrize("label", ["Pre-Tax Income", "pre-tax income", "pretax income", "Pretax Income"])
def test_every_spelling_of_pre_tax_income_is_one_metric(label: str) -> None:
    """ggb F-1: the term's headline and rows said pre_tax_income, its prose and the margin formula pretax_income."""
    from quotecheck.parsers._metrics import metric_for_label

    assert metric_for_label(label) == "pretax_income"


@pytest.mark.parametrize(("edit", "subject", "status"), [
    (None, "pretax_income (2024-03, ttm)", Status.PASS),
    (None, "pretax_income (2024-03, quarterly)", Status.PASS),
    ((": ¥120.2 Mil (TTM As of Mar. 2024)", ": ¥121.2 Mil (TTM As of Mar. 2024)"), "pretax_income (2024-03, ttm)", Status.FAIL),
    (("-5.48 42.50 21.43 71.10 -14.83", "-5.48 42.50 21.43 71.10 -13.83"), "pretax_income (2024-03, quarterly)", Status.FAIL),
])
def test_the_headline_prose_and_row_of_pre_tax_income_are_compared(edit: tuple[str, str] | None, subject: str, status: Status) -> None:
    (check,) = [c for c in checked(PRETAX, *([edit] if edit else [])) if c.rule == "gf.restated" and c.subject == subject]
    assert check.status is status, check.message


TAX = REAL / "gurufocus_tax-rate_BOM-543212.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("=25.01 %", "=26.01 %"), Status.FAIL),  # the printed result its inputs 219.676/878.342 cannot produce
])
def test_a_formula_named_with_a_percent_sign_is_read(edit: tuple[str, str] | None, status: Status) -> None:
    """ggb F-3: 'Tax Rate %=Tax Expense (A: Mar. 2024 )/Pre-Tax Income (A: Mar. 2024 )' was no formula at all."""
    (calc,) = [c for c in checked(TAX, *([edit] if edit else [])) if c.rule == "gf.calc.arithmetic"]
    assert calc.subject == "Tax Rate % (line 43)" and calc.status is status, calc.message


GCAAF = REAL / "gurufocus_pocf_OTCPK-GCAAF.txt"


@pytest.mark.parametrize("label", ["Operating Cash Flow per Share", "Cash Flow from Operations per share",
                                   "operating cash flow per share"])
def test_every_spelling_of_operating_cash_flow_per_share_is_one_metric(label: str) -> None:
    """gga F3: the term's own page said operating_cash_flow_per_share, a P/OCF page's paragraphs
    cash_flow_from_operations_per_share: a store keyed on metric id split one quantity."""
    from quotecheck.parsers._metrics import metric_for_label

    assert metric_for_label(label) == "operating_cash_flow_per_share"


def test_the_p_ocf_pages_input_is_the_operating_cash_flow_per_share() -> None:
    doc = parse_file(GCAAF)
    ocf = sorted((f.line, str(f.value.value) if f.value else None) for f in doc.facts if f.metric == "operating_cash_flow_per_share")
    assert ocf == [(12, "2.44"), (27, "0.81"), (27, "2.44")]
    assert not [f for f in doc.facts if f.metric.startswith("cash_flow_from_operations")]


BOROSIL = REAL / "gurufocus_tax-rate_BOM-543212.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # ₹120 Mil / ₹475 Mil = [25.13, 25.40]% holds 25.34%
    (("Tax Rate % for the quarter that ended in Dec. 2024 was 25.34%", "Tax Rate % for the quarter that ended in Dec. 2024 was 27.34%"),
     Status.FAIL),
    (("Tax Expense for the three months ended in Dec. 2024 was ₹120 Mil", "Tax Expense for the three months ended in Dec. 2024 was ₹-120 Mil"),
     Status.FAIL),  # a tax benefit's rate is negative: -25.34% (ggb 002 prints -270.00% for ₹-0.05 / ₹0.02)
])
def test_the_tax_rate_paragraph_is_recomputed(edit: tuple[str, str] | None, status: Status) -> None:
    """Round-19 ggb F-4, round-20 ggf F4: the Tax Rate paragraph's inputs and result were read, never divided."""
    (check,) = [c for c in checked(BOROSIL, *([edit] if edit else [])) if c.rule == "gf.calc.prose"
                and c.quoted is not None and c.quoted.line == 12]
    assert check.status is status, check.message
