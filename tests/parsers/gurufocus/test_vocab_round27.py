"""Rounds 27-28: one id per quantity, a stacked 2016 headline with a subtitle, and Panama's exchange.

Each case is a real page the testers found (see its meta.json); the edits are synthetic variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
DGI = REAL / "gurufocus_peg_TSX-DGI_2016.txt"
NASB = REAL / "gurufocus_eps-nri_OTCPK-NASB.txt"
FITB = REAL / "gurufocus_dividend-growth-3y_NAS-FITB_2014.txt"
XPTY = REAL / "gurufocus_dividend-growth-5y_XPTY-GBGR.txt"


def test_a_subtitle_under_the_term_is_not_the_name() -> None:
    """'Data Group Ltd (TSX:DGI)' / 'PEG Ratio:' / 'PE(NRI) Ratio / EBITDA 5-Y Growth' / '(As of Today)'."""
    doc = parse_file(DGI)
    assert (doc.security.name, doc.security.exchange, doc.security.ticker) == ("Data Group Ltd", "TSX", "DGI")
    assert (doc.term, doc.term_metric) == ("PEG Ratio", "peg_ratio")
    assert "symbol_from_url" not in {n.code for n in doc.notes}


def test_both_wordings_of_the_eps_growth_rates_give_one_id_each() -> None:
    """'average earnings per share (NRI) Growth Rate' is the 'EPS without NRI Growth Rate' of other pages."""
    growth = {f.metric for f in parse_file(NASB).facts if f.context == "growth"}
    assert growth == {"eps_without_nri_growth_rate.avg_12_months", "3_year_eps_without_nri_growth_rate",
                      "5_year_eps_without_nri_growth_rate", "10_year_eps_without_nri_growth_rate"}


_BOTH = (("Current: 127.3", "Current: 117.3"), ("vs. FITB: 127.30", "vs. FITB: 117.30"))


@pytest.mark.parametrize(("edits", "status"), [
    ((), Status.PASS),  # 127.30% (headline, growth sentence) and the box's 127.3 and 127.30
    (_BOTH, Status.WARN),  # the box's undated copies, which agree, against the headline: no proof, worth a look
    (_BOTH[:1], Status.FAIL),  # the box's Current against its own industry line: one snapshot disagreeing
])
def test_the_2014_box_is_a_copy_of_the_headline(edits: tuple[tuple[str, str], ...], status: Status) -> None:
    """The 2014 range box and rank line call the term 'Dividend Growth Rate 3y': the headline's quantity, a percent."""
    doc = parsed(FITB, *edits)
    box = [f for f in doc.facts if f.context in ("range", "industry") and f.label in ("Current:", "vs FITB")]
    assert {(f.metric, f.unit.value) for f in box} == {("3_year_dividend_growth_rate", "percent")}
    (check,) = [c for c in checked(FITB, *edits)
                if c.rule == "gf.restated" and c.subject == "3_year_dividend_growth_rate (2014-06)"]
    assert check.status is status, check.message


def test_panamas_exchange_trades_in_dollars() -> None:
    doc = parse_file(XPTY)
    assert (doc.security.exchange, doc.security.currency) == ("XPTY", "USD")


GF_SCORE = REAL / "gurufocus_gf-score_SAU-1180.txt"


def test_the_gf_score_page_is_read() -> None:
    """'GF Score : 78/100 (As of Mar. 29, 2025)', 'has the GF Score of 78', and the five aspects out of 10."""
    doc = parse_file(GF_SCORE)
    assert [(f.value.text if f.value else None, f.line) for f in doc.facts if f.id == "verdict.gf_score"] == [("78", 12)]
    head = doc.fact("headline")
    assert head is not None and head.value is not None and (head.value.text, head.value.value) == ("78/100", 78)
    aspects = {f.metric: (f.value.value, f.line) for f in doc.facts if f.id.startswith("aspect.") and f.value}
    assert aspects == {"financial_strength": (2, 18), "profitability_rank": (7, 19), "growth_rank": (9, 20),
                       "gf_value_rank": (9, 21), "momentum_rank": (0, 22)}
    assert "headline_unreadable" not in {n.code for n in doc.notes}


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("GF Score : 78/100", "GF Score : 88/100"), Status.FAIL),  # the headline against the page's own sentence
    (("has the GF Score of 78,", "has the GF Score of 87,"), Status.FAIL),
])
def test_the_gf_score_is_restated(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(GF_SCORE, *([edit] if edit else [])) if c.rule == "gf.restated"]
    assert check.status is status, check.message


BUYBACK = REAL / "gurufocus_total-buyback-10y_OTCPK-NCMBF.txt"
CURRENT = "current 10-Year Share Buyback Ratio was -21.80%."


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    # today's 'current' value against the headline as of Dec. 2024: compared, but today's may be a later value
    ((CURRENT, CURRENT.replace("-21.80", "-12.80")), Status.WARN),
])
def test_a_current_value_whose_label_opens_with_a_digit_is_read(edit: tuple[str, str] | None, status: Status) -> None:
    """'Gold Finder Resources's current 10-Year Share Buyback Ratio was -21.80%.' restates the headline."""
    doc = parsed(BUYBACK, *([edit] if edit else []))
    current = [(f.value.text if f.value else None, f.line) for f in doc.facts if f.id.startswith("current.")]
    assert current == [("-21.80%" if edit is None else "-12.80%", 14)]
    (check,) = [c for c in checked(BUYBACK, *([edit] if edit else [])) if c.rule == "gf.restated"]
    assert check.status is status, check.message


def test_a_fail_names_its_proof_once() -> None:
    """Two rules that each find the doubtful copies disagreeing among themselves wrote two 'the proof:' clauses."""
    (check,) = [c for c in checked(FITB, _BOTH[0]) if c.subject == "3_year_dividend_growth_rate (2014-06)"]
    assert check.status is Status.FAIL and check.message.count("the proof: ") == 1


TLT = REAL / "gurufocus_intrinsic-value-projected-fcf_XAMS-TLT.txt"
TLT_PRICE = " The stock price of The London Tunnels is £2.16."


@pytest.mark.parametrize(("edits", "currency"), [
    ((), "GBP"),  # the printed price is in pounds: Amsterdam's foreign segment
    (((TLT_PRICE, ""),), "GBP"),  # synthetic: no price, the amounts alone in pounds (round-27 ggw 019's page prints none)
    (((TLT_PRICE, ""), ("£0.00 (As of", "€0.00 (As of"), ("Projected FCF is £0.00", "Projected FCF is €0.00")), "EUR"),
])
def test_a_foreign_segments_currency_from_the_amounts_where_no_price_is_printed(
        edits: tuple[tuple[str, str], ...], currency: str) -> None:
    assert parsed(TLT, *edits).security.currency == currency


FRMO = REAL / "gurufocus_DaysPayable_OTCPK-FRMO.txt"
FRMO_HALF = "Days Payable Get a 7-Day Free Trial 534.46 - 233.91 554.14 1,059.56"


@pytest.mark.parametrize(("edit", "statuses"), [
    (None, {Status.PASS}),  # the 'Semi-Annual' row a year apart repeats the year's values
    # synthetic: the semi-annual row's last cell edited: it is read as the year's only by inference, so no proof
    ((FRMO_HALF, FRMO_HALF.replace("1,059.56", "529.78")), {Status.WARN}),
])
def test_a_semi_annual_row_read_as_the_years_proves_nothing(edit: tuple[str, str] | None, statuses: set[Status]) -> None:
    """Round-29 ghd 001: a one-row edit of such a page gave FAILs resting on the reader's inference."""
    doc = parsed(FRMO, *([edit] if edit else []))
    assert [s.note for s in doc.series if s.line == 42] == [
        "3 hidden cell(s) collapsed; aligned from the right; printed under 'Semi-Annual Data' with columns a year apart: "
        "read as the year's row"]
    got = {c.status for c in checked(FRMO, *([edit] if edit else []))
           if c.rule == "gf.restated" and (c.subject or "").startswith("days_payable (2014-05, annual)")}
    assert got == statuses


OKURA = REAL / "gurufocus_sga_HKSE-01655.txt"


@pytest.mark.parametrize(("ending", "points"), [
    ("17.12\n\n", [("2023-12", "23.32"), ("2024-06", "17.12")]),  # the real page: a paragraph break after the row
    ("17.12\n", []),  # synthetic: the file's own last newline only: the cut may have fallen at the row's end
    ("17.1", []),  # synthetic: cut inside the last number
])
def test_a_last_row_ended_by_a_paragraph_break_is_whole(ending: str, points: list[tuple[str, str]]) -> None:
    """Round-30 ghg 005: the semi-annual row, its hidden columns collapsed into the trial marker, was dropped as cut."""
    text = OKURA.read_text(encoding="utf-8")
    assert text.endswith("17.12\n\n")
    doc = parse_text(text[: -len("17.12\n\n")] + ending, source=str(OKURA))
    got = [(f.period.end, f.value.text) for f in doc.facts if f.id.startswith("history.semi_annual.") and f.value and f.period]
    assert got[-2:] == points
    assert ("row_truncated" in {n.code for n in doc.notes}) is (not points)


TOSEI = REAL / "gurufocus_total-free-cash-flow_TSE-3451.txt"
TOSEI_TTM = "Its total free cash flow for the trailing twelve months (TTM) ended in Apr. 2024 was 円-747 Mil."


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    ((TOSEI_TTM, TOSEI_TTM.replace("円-747", "円-847")), Status.FAIL),  # the prose's TTM against the TTM headline
])
def test_total_free_cash_flow_is_the_free_cash_flow(edit: tuple[str, str] | None, status: Status) -> None:
    """'X's total free cash flow for the trailing twelve months (TTM) ended in …' is the headline's quantity (round-30
    ghf 001: it had an id of its own, so the two were never compared)."""
    (check,) = [c for c in checked(TOSEI, *([edit] if edit else []))
                if c.rule == "gf.restated" and c.subject == "free_cash_flow (2024-04, ttm)"]
    assert check.status is status, check.message


@pytest.mark.parametrize(("headline", "words"), [
    ("6.78%", "lies outside"),  # the real page: under the range's 8.98 minimum
    ("12.78%", "lies inside"),  # synthetic (headline and statement edited): inside, still no verification
])
def test_a_quarters_value_is_not_placed_in_the_range_inside_or_out(headline: str, words: str) -> None:
    """Round-31 ghi F1: inside the range the quarter's value passed, outside it skipped: both are a skip."""
    page = REAL / "gurufocus_roe_WBO-TOM.txt"
    edits = [] if headline == "6.78%" else [(": 6.78% (As of", f": {headline} (As of"),
                                            ("Sep. 2024 was 6.78%.", f"Sep. 2024 was {headline}.")]
    current = next(c for c in checked(page, *edits) if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 5)
    assert current.status is Status.SKIP and words in current.message and "as the quarter's value" in current.message
