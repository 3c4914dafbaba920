"""Round-13 amount-term findings on real pages (tester gfk): 'Long-Term Debt & Capital Lease Obligation' is its own
quantity, not 'Long-Term Debt' (GuruFocus prints both); the Enterprise Value pages' 'EV-to-EBIT ratio for today is 2.77'
is read and recomputed; the site's term names that hold a comma ('cash, cash equivalents, marketable securities')
are read in trend sentences and period statements, and a free label still never takes a clause; Debt-to-Revenue and
LT-Debt-to-Total-Asset are recomputed from their sentences; a Revenue alerts page is of revenue, as its url says; a
'Trailing 12-Month' amount is no value of today, and a half-year reporter's 'quarter'/'quarterly' sentences keep the
site's doubt of their span on every page, rows aligned or not. Edited variants are synthetic and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Frequency, Status
from quotecheck.parsers._metrics import metric_for_label
from quotecheck.parsers.gurufocus import _labels as L

ROOT = Path(__file__).resolve().parents[3]
REAL = ROOT / "fixtures" / "gurufocus" / "realpages"
OFS = REAL / "gurufocus_long-term-debt-and-capital-lease-obligation_NAS-OFS.txt"
ALEUA = REAL / "gurufocus_enterprise-value_XPAR-ALEUA.txt"
GEV = REAL / "gurufocus_enterprise-value_XPRA-GEV.txt"
CASH = REAL / "gurufocus_cash-eq-mkt-sec_SZSE-300159.txt"
DDA = REAL / "gurufocus_cf-dda_OTCPK-MILOQ.PFD.txt"
DEBT2REV = REAL / "gurufocus_debt2rev_HKSE-00655.txt"
GUID = REAL / "gurufocus_long-term-debt-and-capital-lease-obligation_NAS-GUID.txt"
HQL = REAL / "gurufocus_revenue_alerts_NYSE-HQL.txt"
FCF_YIELD = REAL / "gurufocus_fcf-yield_TSE-7062.txt"
XLS = REAL / "gurufocus_cash-and-cash-equivalents_XSWX-XLS.txt"
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


# --- F3: term names with a comma ---

def test_a_trend_of_a_comma_term_is_read_and_meets_the_rows() -> None:
    """Lines 12 and 14: six points; the annual ones meet the annual rows 171.08, 413.25, 486.72 (line 31)."""
    doc = parsed(CASH)
    metric = "cash_cash_equivalents_marketable_securities"
    points = {(f.period.end, f.period.frequency.value): f.value.text for f in doc.facts
              if f.metric == metric and f.context.value == "statement" and f.period and f.period.frequency and f.value}
    assert points == {("2023-09", "quarterly"): "¥547.79 Mil", ("2023-12", "quarterly"): "¥486.72 Mil",
                      ("2024-03", "quarterly"): "¥395.05 Mil", ("2021-12", "annual"): "¥171.08 Mil",
                      ("2022-12", "annual"): "¥413.25 Mil", ("2023-12", "annual"): "¥486.72 Mil"}
    restated = [c for c in checked(CASH) if c.rule == "gf.restated"]
    assert len(restated) == 4 and {c.status for c in restated} == {Status.PASS}


def test_a_period_statement_of_a_comma_term_meets_the_headline() -> None:
    """Line 12: the TTM $67.78 Mil is the headline's ('TTM As of Jan. 2015'), and the term is the registry's DDA."""
    doc = parsed(DDA)
    assert doc.term_metric == "dda"
    assert {(f.period.frequency.value, f.value.text) for f in doc.facts if f.context.value == "statement"
            and f.period and f.period.frequency and f.value} == {("quarterly", "$19.54 Mil"), ("ttm", "$67.78 Mil")}
    (restated,) = [c for c in checked(DDA) if c.rule == "gf.restated"]
    assert restated.status is Status.PASS and "ttm" in (restated.subject or "")


def test_a_comma_term_that_disagrees_with_the_headline_fails() -> None:
    """Synthetic: the TTM sentence edited to $70.00 Mil against the headline's $67.78 Mil, both TTM Jan. 2015."""
    checks = checked(DDA, ("trailing twelve months (TTM) ended in Jan. 2015 was $67.78 Mil.",
                           "trailing twelve months (TTM) ended in Jan. 2015 was $70.00 Mil."))
    assert [c.status for c in checks if c.rule == "gf.restated"] == [Status.FAIL]


@pytest.mark.parametrize("text", [
    "Acme's revenue, net income for the three months ended in Jan. 2015 was $19.54 Mil.",
    "Acme's cash, cash equivalents, marketable securities and debt for the quarter that ended in Mar. 2024 was $1.00 Mil.",
    "In 2015, revenue for the three months ended in Jan. 2015 was $19.54 Mil.",
])
def test_a_label_never_takes_a_clause(text: str) -> None:
    """Only the site's whole comma'd names are labels: a comma elsewhere still ends the label (synthetic sentences)."""
    assert all("," not in m.group("label") for m in L.PERIOD_STATEMENT.finditer(text))


@pytest.mark.parametrize(("text", "label"), [
    ("Acme's quarterly revenue, net income declined from Sep. 2023 ($1 Mil) to Dec. 2023 ($2 Mil).", None),
    ("Acme's annual cash, cash equivalents, marketable securities and debt increased from Dec. 2021 ($1 Mil) to "
     "Dec. 2022 ($2 Mil).", None),
    ("Acme's annual Cash, Cash Equivalents, Marketable Securities increased from Dec. 2021 ($1 Mil) to Dec. 2022 ($2 Mil).",
     "Cash, Cash Equivalents, Marketable Securities"),
])
def test_a_trend_label_is_a_whole_comma_term_or_has_no_comma(text: str, label: str | None) -> None:
    """Synthetic sentences: a trend's head takes a comma'd name whole, never a list of quantities."""
    assert [m.group("label") for m in L.TREND_HEAD.finditer(text)] == ([label] if label else [])


# --- F4: debt ratios recomputed; the term of an alerts page ---

@pytest.mark.parametrize(("page", "subject"), [
    (DEBT2REV, "Debt-to-Revenue (line 15)"),  # (0.27 + 464.02) / 73.72 = 6.298
    (OFS, "LT-Debt-to-Total-Asset (line 14)"),  # 299.73 / 469.82 = 0.638
    (GUID, "LT-Debt-to-Total-Asset (line 14)"),  # 0.0 / 67.2
])
def test_a_debt_ratio_is_recomputed_from_its_sentence(page: Path, subject: str) -> None:
    (check,) = [c for c in checked(page) if c.rule == "gf.calc.prose"]
    assert check.subject == subject and check.status is Status.PASS


@pytest.mark.parametrize(("page", "old", "new"), [
    (DEBT2REV, "annualized Debt-to-Revenue for the quarter that ended in Jun. 2023 was 6.30.",
     "annualized Debt-to-Revenue for the quarter that ended in Jun. 2023 was 6.60."),
    (OFS, "LT-Debt-to-Total-Asset for the quarter that ended in Dec. 2023 was 0.64.",
     "LT-Debt-to-Total-Asset for the quarter that ended in Dec. 2023 was 0.70."),
])
def test_a_debt_ratio_its_inputs_cannot_give_fails(page: Path, old: str, new: str) -> None:
    """Synthetic: the result edited away from what its printed inputs give within their rounding."""
    assert [c.status for c in checked(page, (old, new)) if c.rule == "gf.calc.prose"] == [Status.FAIL]


def test_an_annualized_ratio_is_never_recomputed_from_a_quarters_revenue() -> None:
    """Synthetic: with 'Revenue' for the quarter (no 'annualized') the sentence's inputs are not the formula's."""
    checks = checked(DEBT2REV, ("annualized Revenue for the quarter", "Revenue for the quarter"))
    (check,) = [c for c in checks if c.rule == "gf.calc.prose"]
    assert check.status is Status.SKIP and "revenue" in (check.reason or "")


def test_the_annualized_ratio_is_the_headline() -> None:
    """'annualized Debt-to-Revenue for the quarter that ended in Jun. 2023 was 6.30' is the headline's 6.30 (As of Jun.
    2023): GuruFocus's quarter of Debt-to-Revenue divides by the annualized revenue."""
    (check,) = [c for c in checked(DEBT2REV) if c.rule == "gf.restated"]
    assert check.status is Status.PASS and (check.subject or "").startswith("debt_to_revenue (2023-06")


def test_an_alerts_page_is_of_the_term_its_url_names() -> None:
    """The alerts layout prints no title: the url's '/term/Revenue/' names the term's metric, and the history chart's
    note names the term itself ('The bar in red indicates where Tekla Life Sciences Investors's Revenue falls into',
    read since round 32); without that note the header's term stays unprinted."""
    doc = parsed(HQL)
    assert doc.term == "Revenue" and doc.term_metric == "revenue"
    note = "* The bar in red indicates where Tekla Life Sciences Investors's Revenue falls into."
    doc = parsed(HQL, (note, "*"))
    assert doc.term is None and doc.term_metric == "revenue"


# --- F7: spans ---

TRAILING = [
    # (page, the day of its 'As of today' sentence, the market cap as its text reads, the FCF Yield check's status)
    (FCF_YIELD, "2024-05-25", "円2,345 Mil", Status.PASS),
    # gfo 029 (#5): ₩14,134 / ₩300,239 = 4.7076% against a printed 4.72%: a true proof
    (REAL / "gurufocus_fcf-yield_XKRX-088260.txt", "2024-05-29", "₩300,239 Mil", Status.FAIL),
]


@pytest.mark.parametrize(("page", "today", "market_cap", "status"), TRAILING, ids=[c[0].stem for c in TRAILING])
def test_a_trailing_12_month_amount_is_a_ttm_not_todays(page: Path, today: str, market_cap: str, status: Status) -> None:
    """'As of today, X's Trailing 12-Month Free Cash Flow is 円-317 Mil, and Market Cap is 円2,345 Mil.': the market cap
    is today's; the FCF is the trailing twelve months known today (its window the TTM, never the day's); the
    sentence's full stop is no part of the market cap's text or scale (gfo #5)."""
    facts = {f.metric: f for f in parsed(page).facts if f.id.startswith("prose.fcf_yield.")}
    fcf, cap = facts["free_cash_flow"], facts["market_cap"]
    assert fcf.period is not None and (fcf.period.end, fcf.period.frequency) == (today, Frequency.TTM)
    assert cap.period is not None and (cap.period.end, cap.period.frequency) == (today, Frequency.TODAY)
    assert cap.value is not None and (cap.value.text, cap.value.scale) == (market_cap, "Mil")
    (calc,) = [c for c in checked(page) if c.rule == "gf.calc.prose"]
    assert calc.status is status


@pytest.mark.parametrize(("page", "metric"), [
    (DEBT2REV, "long_term_debt_capital_lease_obligation"),  # no rows of the debts on a Debt-to-Revenue page
    (XLS, "cash_and_cash_equivalents"),  # the 'quarterly' trend of a half-year reporter
])
def test_a_half_year_reporters_quarter_keeps_its_doubt(page: Path, metric: str) -> None:
    """The page's data is 'Semi-Annual' and never 'Quarterly': its 'quarter' is its half-year, which the site does not
    say; the statement has no frequency, as where the half-year rows of the month are aligned (XBRU:BAS, FRA:PLN2)."""
    stated = [f for f in parsed(page).facts if f.metric == metric and f.context.value == "statement"
              and not f.id.startswith("statement.annual")]
    assert stated and all(f.period is not None and f.period.frequency is None for f in stated)


def test_a_half_years_balance_meets_its_semi_annual_row() -> None:
    """XSWX:XLS line 12's Jun. 2023 CHF0.51 Mil is the semi-annual row Jun23 0.51 (line 35): now compared."""
    (check,) = [c for c in checked(XLS) if c.rule == "gf.restated" and "2023-06" in (c.subject or "")]
    assert check.status is Status.PASS and "semi_annual" in (check.subject or "")


def test_a_half_years_balance_that_disagrees_with_its_row_is_flagged() -> None:
    """Synthetic: the Jun. 2023 point edited to CHF0.61 Mil against the semi-annual row's 0.51: flagged, as a warning,
    since the sentence's span is the site's doubt (gf.restated's rule for a statement of no frequency)."""
    checks = checked(XLS, ("to Jun. 2023 (CHF0.51 Mil)", "to Jun. 2023 (CHF0.61 Mil)"),
                     ("from Jun. 2023 (CHF0.51 Mil)", "from Jun. 2023 (CHF0.61 Mil)"))
    (check,) = [c for c in checks if c.rule == "gf.restated" and "2023-06" in (c.subject or "")]
    assert check.status is Status.WARN and "(line 12, statement)" in (check.reason or "")


ENA = REAL / "gurufocus_enterprise-value_MIL-ENA.txt"
ENA_OCF = "EV-to-OCF ratio for today is -4.41."


@pytest.mark.parametrize(("printed", "status"), [("-4.41", Status.PASS), ("-5.41", Status.FAIL)])
def test_the_ev_to_ocf_ratio_for_today_is_recomputed(printed: str, status: Status) -> None:
    """'As of today, ENA SPA's Enterprise Value is €4.07 Mil. … Cash Flow from Operations for the trailing twelve months
    (TTM) ended in Dec. 2025 was €-0.92 Mil. Therefore, ENA SPA's EV-to-OCF ratio for today is -4.41.' (line 26): the
    ratio was not read (round-45 tester tf F2). €4.07 / €-0.92 lies in [-4.4536, -4.3946]; the synthetic -5.41 does not."""
    checks = checked(ENA, (ENA_OCF, ENA_OCF.replace("-4.41", printed)))
    (calc,) = [c for c in checks if c.rule == "gf.calc.prose" and c.subject == "EV-to-OCF (line 26)"]
    assert calc.status is status
