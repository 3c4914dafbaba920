"""Round-20 testers: one quantity however the page words it.

- gge 2: Apple's 2022 Return-on-Tangible-Equity paragraph prints 'annualized net income attributable to common
  stockholders', which the recomputation did not know, so it skipped the check as 'net_income not stated with a number'.
- ggd F1a, F4: an EPS (Basic) page's headline and its prose 'basic earnings per share (Basic EPS)' had two ids, so an
  edited TTM sentence was never compared; 'EPS without NRIearnings per share without non-recurring items' (the site's
  glue of a label and its gloss) had an id of its own, as a ratio.

Synthetic variants are the real fixture page with one printed number edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, Unit, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
ROTE = REAL / "gurufocus_ROTE_AAPL_2022.txt"
SHRS = REAL / "gurufocus_eps-basic_LSE-SHRS_2026.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # $100,040 Mil / $69,666 Mil = 143.60%
    (("Return-on-Tangible-Equity for the quarter that ended in Mar. 2022 was 143.60%",
      "Return-on-Tangible-Equity for the quarter that ended in Mar. 2022 was 134.60%"), Status.FAIL),
])
def test_the_common_stockholders_wording_is_the_net_income_input(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(ROTE, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message
    assert "100,040" in check.message


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("(Basic EPS) for the trailing twelve months (TTM) ended in Sep. 2025 was £0.45",
      "(Basic EPS) for the trailing twelve months (TTM) ended in Sep. 2025 was £0.55"), Status.FAIL),
])
def test_the_basic_eps_headline_and_its_ttm_sentence_are_one_quantity(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(SHRS, *([edit] if edit else [])) if c.rule == "gf.restated"
                and c.subject == "eps_basic (2025-09, ttm)"]
    assert check.status is status, check.message


def test_the_glued_eps_without_nri_label_is_eps_without_nri() -> None:
    (ttm,) = [f for f in parse_file(SHRS).facts if f.line == 20 and f.period is not None and f.period.frequency == "ttm"]
    assert (ttm.metric, ttm.unit, str(ttm.value.value) if ttm.value else None) == ("eps_without_nri", Unit.PER_SHARE, "0.45")


OBSRV = REAL / "gurufocus_forwardPE_OSL-OBSRV.txt"


def test_each_ratio_for_today_is_its_own_term_not_a_tail_of_it() -> None:
    """ggd F8: 'Forward PE Ratio for today', 'PE Ratio without NRI for today' and 'PE Ratio for today' in a paragraph
    without 'As of today' are three facts of three terms; 'Forward PE Ratio' is never read as its tail 'PE Ratio'."""
    today = {f.line: f.metric for f in parse_file(OBSRV).facts if f.context == "today"}
    assert today == {12: "forward_pe_ratio", 14: "pe_ratio_without_nri", 16: "pe_ratio"}


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("Forward PE Ratio for today is 0.00.", "Forward PE Ratio for today is 5.00."), Status.FAIL),
])
def test_the_forward_pe_headline_and_its_sentence_are_compared(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(OBSRV, *([edit] if edit else [])) if c.rule == "gf.restated"
                and c.subject == "forward_pe_ratio (today)"]
    assert check.status is status, check.message


TSCDY = REAL / "gurufocus_COGS_OTCPK-TSCDY_2016.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("Tesco PLC Cost of Goods Sold for the trailing twelve months (TTM) ended in Aug. 2016 was \\$73,684 Mil.",
      "Tesco PLC Cost of Goods Sold for the trailing twelve months (TTM) ended in Aug. 2016 was \\$75,684 Mil."), Status.FAIL),
])
def test_a_sentence_opening_with_the_company_name_states_the_quantity_after_it(edit: tuple[str, str] | None,
                                                                              status: Status) -> None:
    """ggd F1b: 'Tesco PLC Cost of Goods Sold for the … (TTM) ended in Aug. 2016 was $73,684 Mil.' (no possessive) was
    metric tesco_plc_cost_of_goods_sold, so an edited copy was never compared with the headline."""
    assert not [f for f in parse_file(TSCDY).facts if f.metric.startswith("tesco")]
    (check,) = [c for c in checked(TSCDY, *([edit] if edit else [])) if c.rule == "gf.restated"
                and c.subject == "cost_of_goods_sold (2016-08, ttm)"]
    assert check.status is status, check.message
    assert 17 in {q.line for q in [check.quoted, *check.inputs] if q is not None}


NII = REAL / "gurufocus_is-net-interest-income_LTS-0NC6.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),
    (("to Dec. 2023 (kr-3,021 Mil).", "to Dec. 2023 (kr-3,521 Mil)."), Status.FAIL),
])
def test_the_bank_terms_own_sentences_are_its_quantity(edit: tuple[str, str] | None, status: Status) -> None:
    """ggd F1c: on the Net Interest Income (for Banks) page every sentence's 'net interest income' is the term's, so
    the annual sentence meets the annual row (Dec23 -3,021.00, line 33)."""
    (check,) = [c for c in checked(NII, *([edit] if edit else [])) if c.rule == "gf.restated"
                and c.subject == "net_interest_income_for_banks (2023-12, annual)"]
    assert check.status is status, check.message


TLT = REAL / "gurufocus_intrinsic-value-projected-fcf_XAMS-TLT.txt"


@pytest.mark.parametrize("name", ["The London Tunnels", "London Tunnels Co. of Britain", "London Tunnels, Inc."])
def test_the_stock_price_of_a_name_with_dots_is_read(name: str) -> None:
    """Round-20 second read (synthetic names on ggd 028): 'The stock price of NASB Financial, Inc. is $30.50.' was read
    before the reader learnt the capital 'The' and must stay read; the price is what puts XAMS:TLT in pounds."""
    text = TLT.read_text(encoding="utf-8").replace("The stock price of The London Tunnels is", f"The stock price of {name} is")
    assert f"The stock price of {name} is £2.16." in text
    doc = parse_text(text, source="synthetic")
    price = [(f.value.text, f.currency) for f in doc.facts if f.metric == "share_price" and f.value is not None]
    assert price == [("£2.16", "GBP")] and doc.security.currency == "GBP"


def test_ratios_for_today_without_an_as_of_today_line_take_the_headlines_day() -> None:
    """ggd 001: 'X's Forward PE Ratio for today is 0.00.' under the headline '(As of Jun. 04, 2024)' and no 'As of
    today' line: the page's day is the headline's, not no period at all."""
    periods = {f.line: (f.period.end, f.period.frequency) if f.period else None for f in parse_file(OBSRV).facts
               if f.context == "today"}
    assert periods == {line: ("2024-06-04", "today") for line in (12, 14, 16)}


def test_a_sentence_opening_with_the_legal_name_loses_the_whole_name() -> None:
    """Second read: with the name 'Shires Income' and the legal name 'Shires Income PLC', a sentence opening with the
    legal name states 'Cost of Goods Sold', never 'PLC Cost of Goods Sold' (synthetic: a sentence added to LSE:SHRS)."""
    added = "Shires Income PLC Cost of Goods Sold for the trailing twelve months (TTM) ended in Sep. 2025 was £1.2 Mil."
    text = SHRS.read_text(encoding="utf-8").replace("\n\nShiresome's EPS (Diluted)", f"\n\n{added}\n\nShiresome's EPS (Diluted)", 1)
    assert added in text
    doc = parse_text(text, source="synthetic")
    assert (doc.security.name, doc.security.legal_name) == ("Shires Income", "Shires Income PLC")
    assert [f.metric for f in doc.facts if f.raw == added] == ["cost_of_goods_sold"]
    (note,) = [n for n in doc.notes if n.code == "name_garbled"]
    assert "breadcrumb" not in note.message  # the 2026 page prints its legal name on the widget line, not a breadcrumb
