"""The 2026 layouts: the industry rank (a share of companies, 0..100%), the share above or below the median, the GF Score widget.

Real pages (fixtures/gurufocus/realpages); the edited variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, audit, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XKLS = REAL / "gurufocus_ev2fcf_alerts-2026_XKLS-5209.txt"


def test_the_2026_rank_sentence_is_read() -> None:
    """'Among 299 Utilities - Regulated companies, Gas Malaysia Bhd ranks worse than 334447.83% on this metric.'"""
    facts = {f.metric: f for f in parse_file(XKLS).facts if ".industry_" in f.metric}  # of the term the page ranks
    assert facts["ev_to_fcf.industry_percentile"].value is not None
    assert facts["ev_to_fcf.industry_percentile"].value.text == "334447.83%"
    assert facts["ev_to_fcf.industry_count"].value is not None and facts["ev_to_fcf.industry_count"].value.text == "299"
    assert facts["ev_to_fcf.industry_percentile"].line == 8


def test_a_rank_of_999999_companies_is_no_rank() -> None:
    """334447.83% of 299 companies is 999,999 of them: GuruFocus's rank of a company it has no value to rank (the page's
    EV-to-FCF is negative), as on XTAE:ALMY's unfilled page, 57570.47% of 1,737 (round-46 tester to F2). It is a skip
    naming the stand-in, not a FAIL (a FAIL here until round 46)."""
    (skip,) = [c for c in checked(XKLS) if c.rule == "gf.industry.percentile"]
    assert skip.status is Status.SKIP and "999,999" in skip.message and skip.quoted and skip.quoted.line == 8


def test_a_rank_above_100_percent_fails() -> None:
    """Synthetic: 150.00% of 299 companies is no share and no stand-in."""
    (fail,) = [c for c in checked(XKLS, ("ranks worse than 334447.83%", "ranks worse than 150.00%"))
               if c.rule == "gf.industry.percentile"]
    assert fail.status is Status.FAIL and "150.00%" in fail.message and fail.quoted and fail.quoted.line == 8


@pytest.mark.parametrize(("page", "edit"), [
    (XKLS, ("ranks worse than 334447.83%", "ranks worse than 66.07%")),
    (REAL / "gurufocus_roe_JSE-ACT.txt", None),
])
def test_a_rank_within_0_to_100_percent_is_no_finding(page: Path, edit: tuple[str, str] | None) -> None:
    """Synthetic (the first) and real: a share of 66.07% is nothing to report."""
    checks = checked(page, edit) if edit else checked(page)
    assert not [c for c in checks if c.rule == "gf.industry.percentile"]


def test_a_breadcrumb_pages_rank_above_100_percent_fails() -> None:
    """Synthetic: the older layout's '57.38% of 610 companies' line (JSE:ACT), edited to 157.38%."""
    checks = checked(REAL / "gurufocus_roe_JSE-ACT.txt", ("57.38% of 610 companies", "157.38% of 610 companies"))
    assert [c.status for c in checks if c.rule == "gf.industry.percentile"] == [Status.FAIL]


TPE = REAL / "gurufocus_roe_TPE-9908_2026.txt"
SLG = REAL / "gurufocus_roe_JSE-SLG.txt"


@pytest.mark.parametrize("page", [TPE, SLG])
def test_the_share_above_or_below_the_median_is_recomputed(page: Path) -> None:
    """'ROE % is 2.62% as of Dec. 2025, which is 64% below its 10-year median of 7.22' ((2.62 - 7.22) / 7.22 = -63.7%),
    and '336.86% … 44224% above its 10-year median of 0.76'; the headline's '— 64% Below Median' agrees with it and
    the median with the range box's Med."""
    checks = checked(page)
    (rel,) = [c for c in checks if c.rule == "gf.median.relative"]
    assert rel.status is Status.PASS
    restated = {c.subject: c.status for c in checks if c.rule == "gf.restated"}
    assert Status.PASS in {restated.get("roe.below_median (2025-12)"), restated.get("roe.above_median (2025-09)")}
    assert restated["roe.hist_median (stated, 10 years)"] is Status.PASS


def test_a_share_its_value_and_median_cannot_give_fails() -> None:
    """Synthetic: the sentence's 64% made 74%: (2.62 - 7.22) / 7.22 cannot give it, and the headline's 64% disagrees."""
    checks = checked(TPE, ("which is 64% below", "which is 74% below"))
    assert [c.status for c in checks if c.rule == "gf.median.relative"] == [Status.FAIL]
    assert [c.status for c in checks if c.rule == "gf.restated" and c.subject == "roe.below_median (2025-12)"] == [Status.FAIL]


def test_a_sentence_on_the_other_side_of_the_median_than_the_headline_fails() -> None:
    """Synthetic: the sentence says 'above' where the headline says 'Below Median' (and the numbers say below)."""
    checks = checked(TPE, ("which is 64% below", "which is 64% above"))
    assert [c.status for c in checks if c.rule == "gf.median.relative"] == [Status.FAIL, Status.FAIL]


def test_a_headline_near_its_median_is_a_page() -> None:
    """TPE:3042 (2026): 'ROE %: 11.67% (As of Dec. 2025) — Near Median' prints no share; the page had been refused as
    of no known kind. Its sentence's '8% below its 10-year median of 12.64' is checked."""
    page = REAL / "gurufocus_roe_TPE-3042_2026_near-median.txt"
    doc = parse_file(page)
    assert doc.security.id == "3042.TPE" and any(f.id == "headline" and f.value and f.value.text == "11.67%" for f in doc.facts)
    assert any(n.code == "headline_vs_median" and "near its median" in n.message for n in doc.notes)
    assert [c.status for c in checked(page) if c.rule == "gf.median.relative"] == [Status.PASS]


def test_the_score_widget_and_its_summary_are_read_and_compared() -> None:
    """TPE:9908: '87 GF Score', 'GF Value NT$31.57', '! 4 Warning Signs' (lines 7-11) and 'GuruFocus rates TPE:9908 with
    a GF Score™ of 87/100 and a GF Value™ of NT$31.57 (Fairly Valued). The stock has 4 warning signs' (line 16)."""
    doc = parse_file(TPE)
    got = {(f.id, f.value.text if f.value else None, f.line) for f in doc.facts if f.metric in ("gf_score", "gf_value", "warning_signs")}
    assert got == {("widget.gf_score", "87", 7), ("widget.gf_value", "NT$31.57", 9), ("widget.warning_signs", "4", 11),
                   ("summary.gf_score", "87", 16), ("summary.gf_value", "NT$31.57", 16), ("summary.warning_signs", "4", 16)}
    gfv = next(f for f in doc.facts if f.id == "widget.gf_value")
    assert gfv.currency == "TWD"
    restated = {c.subject: c.status for c in checked(TPE) if c.rule == "gf.restated"}
    # today's values, not of the quarter the headline names (round-33 ghl F4: 'gf_value (2025-06)')
    assert {restated[f"{m} (today)"] for m in ("gf_score", "gf_value", "warning_signs")} == {Status.PASS}


def test_a_widget_that_disagrees_with_its_summary_is_a_warning() -> None:
    """Synthetic: the widget's GF Value made NT$33.57 against the summary's NT$31.57. The widget is computed apart
    from the page's text and prints no date (like the range box): a WARN that says so, not a proof."""
    checks = checked(TPE, ("GF Value NT$31.57", "GF Value NT$33.57"))
    (check,) = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("gf_value")]
    assert check.status is Status.WARN and check.reason and "(line 9, widget)" in check.reason


ALERTS = REAL / "gurufocus_net-margin_alerts-2026_TPE-2331.txt"


def test_an_alerts_summary_in_the_short_name_is_the_headline() -> None:
    """TPE:2331: name line 'Elitegroup Computer Systems Co Ltd TPE:2331', summary 'Elitegroup Computer Systems Co
    TPE:2331 -3.96% 72 Net Margin % is -0.27% as of Dec. 2025.': the headline, compared with line 9's statement."""
    doc = parse_file(ALERTS)
    head = next(f for f in doc.facts if f.id == "headline")
    assert head.value is not None and head.value.text == "-0.27%" and head.line == 8 and head.period and head.period.end == "2025-12"
    assert not any(n.code == "lacks_headline" for n in doc.notes)


@pytest.mark.parametrize(("page", "cut_after"), [(TPE, "GF Value NT$31.57"), (ALERTS, "Net Margin % is -0.")])
def test_a_2026_page_cut_before_its_later_sections_is_parsed_to_the_cut(page: Path, cut_after: str) -> None:
    """Synthetic cuts: a 2026 page cut under its score widget, an alerts page cut inside its summary line: the header
    is whole, so each is parsed and its cut noted (they had been refused as of no known kind)."""
    text = page.read_text(encoding="utf-8")
    cut = text[: text.index(cut_after) + len(cut_after)]
    doc = parse_text(cut, source="cut.txt")
    assert doc.security.ticker in ("9908", "2331") and doc.truncated


def test_the_widgets_price_against_a_dated_price_sentence_is_a_warning() -> None:
    """Synthetic (a round-13 tester's probe): a dated 'As of today (2026-01-05), … share price is NT$30.90.' added to
    a page whose widget prints 'Price NT$29.80': the widget prints no date, so the two are no proof of an error."""
    text = TPE.read_text(encoding="utf-8").replace(
        "What is Great Taipei Gas ROE %?", "What is Great Taipei Gas ROE %?\n\nAs of today (2026-01-05), Great Taipei Gas's "
        "share price is NT$30.90.", 1)
    checks = audit(parse_text(text, source="synthetic")).checks
    prices = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("share_price")]
    assert prices and all(c.status is Status.WARN for c in prices)


def test_a_headline_of_another_period_may_sit_on_the_other_side_of_the_median() -> None:
    """Synthetic (a reviewer's probe): the headline made '7.50% (As of Mar. 2026) — 4% Above Median' beside the
    sentence's Dec. 2025 '64% below': two periods' values, both statements may hold: no FAIL."""
    checks = checked(TPE, ("ROE %: 2.62% (As of Dec. 2025) — 64% Below Median", "ROE %: 7.50% (As of Mar. 2026) — 4% Above Median"))
    assert not [c for c in checks if c.status is Status.FAIL]


def test_a_printing_whose_median_breaks_its_own_order_fails_and_the_other_passes() -> None:
    """Synthetic (a reviewer's probe): the box's 'Min: 6.21 Med: 9.50 Max: 9.06' beside the prose's 6.21 / 7.22 / 9.06:
    the box's own median lies above its own maximum, a misprint the box proves; the prose's printing is in order."""
    checks = checked(TPE, ("Min: 6.21   Med: 7.22   Max: 9.06", "Min: 6.21   Med: 9.50   Max: 9.06"))
    orders = {c.subject: c.status for c in checks if c.rule == "gf.range.order"}
    assert orders == {"roe range": Status.FAIL, "roe range (second printing)": Status.PASS}


def test_a_range_is_not_made_of_two_printings() -> None:
    """Synthetic (a re-read's probe): the box printed without its median ('Min: 6.21 Max: 9.06') and the prose's 13
    years with a median of 9.50 and a highest of 12.00: the prose's median beside the box's maximum is no range, so no
    order check may fail on 6.21 <= 9.50 <= 9.06; each printing is in order on its own."""
    checks = checked(TPE, ("Min: 6.21   Med: 7.22   Max: 9.06", "Min: 6.21   Max: 9.06"),
                     ("highest ROE % was 9.06%. The lowest was 6.21%. And the median was 7.22%.",
                      "highest ROE % was 12.00%. The lowest was 6.21%. And the median was 9.50%."))
    orders = {c.subject: c.status for c in checks if c.rule == "gf.range.order"}
    assert orders == {"roe range": Status.PASS, "roe range (second printing)": Status.PASS}


EGLA = REAL / "gurufocus_roa_MIL-EGLA_2026.txt"


def test_a_summary_without_its_median_clause_is_a_copy_of_the_headline() -> None:
    """'ROA % is -1.19% as of Mar. 2026. GuruFocus rates MIL:EGLA …' (line 16) prints no 'which is N% below its median'
    clause: it is read all the same, and agrees with the headline (round-33 ghl F1)."""
    (restated,) = [c for c in checked(EGLA) if c.rule == "gf.restated" and c.subject == "roa (2026-03, quarterly)"]
    assert restated.status is Status.PASS and "-1.19% (line 16, prose)" in restated.message


def test_a_summary_that_disagrees_with_its_headline_fails() -> None:
    """Synthetic: the summary edited to -2.19% is one quarter's ROA stated as two values that cannot both hold."""
    (restated,) = [c for c in checked(EGLA, ("ROA % is -1.19% as of Mar. 2026.", "ROA % is -2.19% as of Mar. 2026."))
                   if c.rule == "gf.restated" and c.subject == "roa (2026-03, quarterly)"]
    assert restated.status is Status.FAIL and "line(s) 16" in restated.message


XKLS_8044 = REAL / "gurufocus_roic_XKLS-8044_2026.txt"
XKLS_8044_SUMMARY = "ROIC % is -8.83% as of Dec. 2025. The stock has 4 warning signs"


@pytest.mark.parametrize(("printed", "status"), [("-8.83%", Status.PASS), ("-9.83%", Status.FAIL)])
def test_a_summary_before_the_warning_signs_is_a_copy_of_the_headline(printed: str, status: Status) -> None:
    """XKLS:8044, a page without the score widget: 'ROIC % is -8.83% as of Dec. 2025. The stock has 4 warning signs …'
    (line 8) was not read, so an edit of it went unseen (round-45 tester tf F1). Read, it agrees with the headline; the
    synthetic -9.83% cannot be the same quarter's ROIC % as the headline's -8.83%."""
    edit = (XKLS_8044_SUMMARY, XKLS_8044_SUMMARY.replace("-8.83%", printed))
    (restated,) = [c for c in checked(XKLS_8044, edit) if c.rule == "gf.restated" and c.subject == "roic (2025-12, quarterly)"]
    assert restated.status is status and f"{printed} (line 8, prose)" in restated.message


def test_a_summary_of_a_ttm_headline_is_of_its_span() -> None:
    """LSE:SHRS: 'EPS (Basic): £0.45 (TTM As of Sep. 2025)' and 'EPS (Basic) is £0.45 as of Sep. 2025.': the summary is
    the headline's trailing twelve months, not a value that could be the half-year's (which was a skip)."""
    facts = {f.id: f for f in parse_file(REAL / "gurufocus_eps-basic_LSE-SHRS_2026.txt").facts}
    assert facts["summary.eps_basic"].period.frequency.value == "ttm"  # type: ignore[union-attr]


@pytest.mark.parametrize(("head", "layout"), [
    ("GFGU (GetFugu) EPS without NRI: $-0.33 (TTM As of Jun. 2010)", "ticker-headline"),
    ("TOCALO Co (TSE:3433) ROE %: 22.37% (As of Dec. 2025)", "headline-2026"),
    ("CFM (Malaysia) Bhd (XKLS:8044) ROIC %: -8.83% (As of Dec. 2025)", "headline-2026"),
])
def test_a_ticker_headline_is_a_ticker_then_a_name_without_an_address(head: str, layout: str) -> None:
    """Round-45 tester tf F6 and the round-46 review's R4: a first word that looks like a ticker ('TOCALO', 'CFM') is a
    name's when the headline names the address '(EXCH:TICKER)'."""
    from quotecheck.parsers.gurufocus._header import _ticker_first

    assert _ticker_first(head) is (layout == "ticker-headline")
