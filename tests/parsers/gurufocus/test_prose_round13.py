"""Round-13 prose findings on real pages (testers gfh and gfi): a label that kept a capture's HTML ('will get our
font class ="def_body_menu" data-url ="e10/…">E10') is the anchor's text, never a metric id built from markup; the
Graham Number pages' price and today's ratio, and the owner-earnings pages' Owner Earnings per Share and today's
Price-to-Owner-Earnings, are facts and their ratios are recomputed; 'At Loss' and 'N/A' (behind a currency symbol too)
are at_loss and not_available, and a value that is no number is unreadable, never 'blank'; an input whose period
the site left blank ('ended in was') is still the paragraph's input. Edited variants are synthetic and say so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Frequency, Missing, Status, Unit
from quotecheck.parsers._numbers import unread_reason
from quotecheck.parsers.gurufocus._prose import label_text, metric_of, slug

ROOT = Path(__file__).resolve().parents[3]
REAL = ROOT / "fixtures" / "gurufocus" / "realpages"
EWC = REAL / "gurufocus_shillerpe_EWC.txt"
GRAHAM = REAL / "gurufocus_graham-number_JSE-NWL.txt"
OWNER = REAL / "gurufocus_price-to-owner-earnings_SAU-4323.txt"
AT_LOSS = REAL / "gurufocus_pe-ratio_SAU-4008.txt"
NA = REAL / "gurufocus_graham-number_NZSE-PCT.txt"
DGSE = REAL / "gurufocus_mscore_DGSE.txt"
GOLDENS = sorted((ROOT / "fixtures").rglob("*.golden.json"))
MARKUP_IN_ID = re.compile(r"(?:^|_)(?:data_(?:url|ticker)|class|href|font|span|div)(?:_|$)")
"""What an id slugged from HTML holds: attribute and tag names ('font_class_def_body_menu_data_url_e10_…')."""


@pytest.mark.parametrize(("label", "text"), [
    ('font class ="def_body_menu" data-url ="e10/SHY/E10/iShares-1-3-Year-Treasury-Bond-ETF" data-ticker="NAS:SHY">E10',
     "E10"),
    ('<a href="/term/e10/EWC">E10</a>', "E10"),
    ('E10 <span class="def_body_menu', "E10"),
    ('data-url ="e10/DIA/E10" Cyclically Adjusted Revenue per Share', "Cyclically Adjusted Revenue per Share"),
    ("E10 Growth Rate", "E10 Growth Rate"),
])
def test_a_label_is_the_text_a_reader_sees(label: str, text: str) -> None:
    """The tag's '<' may be lost, its '>' may be cut off; what is left is the anchor's text."""
    assert label_text(label) == text


@pytest.mark.parametrize("label", [
    'font class ="def_body_menu" data-url ="e10/SHY/E10/iShares-1-3-Year-Treasury-Bond-ETF" data-ticker="NAS:SHY">E10',
    '<font class="def_body_menu" data-url="x/Y/Some New Term">Some New Term</font>',
])
def test_no_metric_id_is_built_from_markup(label: str) -> None:
    """The guard: slug (every id the registry does not know) and metric_of read the label's text, not its tags."""
    for metric in (slug(label), metric_of(label)):
        assert not MARKUP_IN_ID.search(metric), metric


@pytest.mark.parametrize("golden", GOLDENS, ids=[g.name for g in GOLDENS])
def test_no_fixture_fact_has_a_metric_id_of_markup(golden: Path) -> None:
    """Over every fixture's reviewed output: no metric id holds an HTML attribute or tag name."""
    facts = json.loads(golden.read_text(encoding="utf-8")).get("facts", [])
    assert not [f["metric"] for f in facts if MARKUP_IN_ID.search(f["metric"])]


def test_the_e10_copy_behind_markup_is_e10_per_share_in_usd() -> None:
    """gurufocus_shillerpe_EWC line 10 (as gfh's SHY and DIA pages): '… will get our font class ="def_body_menu"
    data-url ="e10/EWC/E10/…" data-ticker="ARCA:EWC">E10, which is $0.00 for the trailing ten years ended in .'"""
    facts = [f for f in parsed(EWC).facts if f.line == 10 and f.value is not None]
    assert [(f.metric, f.label, f.value.text, f.value.currency, f.unit) for f in facts] == [
        ("e10", "E10", "$0.00", "USD", Unit.PER_SHARE)]


def _facts(page: Path, line: int, *edits: tuple[str, str]) -> dict[str, tuple[str, str | None, Frequency | None]]:
    return {f.metric: (f.value.text, f.period.end if f.period else None, f.period.frequency if f.period else None)
            for f in parsed(page, *edits).facts if f.line == line and f.value is not None}


def _calc(page: Path, line: int, *edits: tuple[str, str]) -> list[tuple[Status, str]]:
    return [(c.status, c.message) for c in checked(page, *edits)
            if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == line]


def test_the_graham_pages_price_and_todays_ratio_are_facts() -> None:
    """gfi 034 line 14: 'As of today (2024-05-19), the stock price of Nu-World Holdings is R28.94. … Therefore,
    Nu-World Holdings's Price to Graham Number ratio for today is 0.41.'"""
    facts = _facts(GRAHAM, 14)
    assert facts["share_price"] == ("R28.94", "2024-05-19", Frequency.TODAY)
    assert facts["price_to_graham_number"] == ("0.41", "2024-05-19", Frequency.TODAY)
    assert parsed(GRAHAM).fact("today.share_price") is not None


def test_the_owner_earnings_pages_owner_eps_and_todays_ratio_are_facts() -> None:
    """gfi 016 line 12: 'Owner Earnings per Share (TTM) ended in Mar. 2024 was ﷼4.33. It's Price-to-Owner-Earnings
    for today is 9.02.' (no 'for the', no 'Therefore')."""
    facts = _facts(OWNER, 12)
    assert facts["owner_earnings_per_share"] == ("﷼4.33", "2024-03", Frequency.TTM)
    assert facts["price_to_owner_earnings"] == ("9.02", "2024-06-07", Frequency.TODAY)


@pytest.mark.parametrize(("page", "line", "edit", "status"), [
    (GRAHAM, 14, None, Status.PASS),  # R28.94 / R71.01 = 0.4075
    (GRAHAM, 14, ("ratio for today is 0.41.", "ratio for today is 0.44."), Status.FAIL),  # synthetic
    (OWNER, 12, None, Status.PASS),  # ﷼39.075 / ﷼4.33 = 9.024
    (OWNER, 12, ("Owner-Earnings for today is 9.02.", "Owner-Earnings for today is 9.20."), Status.FAIL),  # synthetic
])
def test_the_ratio_is_recomputed_from_the_price_and_its_base(page: Path, line: int, edit: tuple[str, str] | None,
                                                             status: Status) -> None:
    """Price / Graham Number and price / Owner Earnings per Share, with the paragraph's own numbers; the edited
    results are synthetic and fail (0.44 is not 28.94 / 71.01 = 0.4075; 9.20 is not 39.075 / 4.33 = 9.024)."""
    got = _calc(page, line, *([edit] if edit else []))
    assert [s for s, _ in got] == [status], got


def _missing(page: Path, line: int, *edits: tuple[str, str]) -> dict[str, Missing | None]:
    return {f.id: f.missing for f in parsed(page, *edits).facts if f.line == line and f.value is None}


@pytest.mark.parametrize(("page", "line", "expected"), [
    # 'Therefore, Saudi Company for Hardware's PE Ratio for today is At Loss.' (the headline on line 5 says so too)
    (AT_LOSS, 12, {"today.pe_ratio": Missing.AT_LOSS}),
    (AT_LOSS, 5, {"headline": Missing.AT_LOSS}),
    # 'Graham Number : NZ$N/A (As of Dec. 2023)'; '… graham number … was NZ$N/A. Therefore, … ratio for today is N/A.'
    (NA, 5, {"headline": Missing.NOT_AVAILABLE}),
    # (one fact of the graham number, the today sentence's with its quarter: the calculation reader no longer adds a
    # second, undated one of the same sentence; test_one_sentence_one_fact)
    (NA, 14, {"today.graham_number": Missing.NOT_AVAILABLE, "today.price_to_graham_number": Missing.NOT_AVAILABLE}),
    # 'Non Operating Income was 0.006 + 0.031 +' is the page's last line: the sum's total is cut off, not blank
    (DGSE, 53, {"ttm.t.non_operating_income": Missing.TRUNCATED}),
])
def test_a_placeholder_is_recorded_as_what_it_says(page: Path, line: int, expected: dict[str, Missing]) -> None:
    """gfi #8: 'At Loss' in a today sentence and 'N/A' behind a currency symbol were recorded as missing 'blank'."""
    assert _missing(page, line) == expected


def test_an_na_headline_behind_its_currency_is_noted_not_available_not_unreadable() -> None:
    """gfi 033 line 5: the note was 'headline_unreadable: headline value 'NZ$N/A' is not a number'."""
    codes = {n.code for n in parsed(NA).notes if n.line == 5}
    assert "headline_not_available" in codes and "headline_unreadable" not in codes


def test_a_headline_that_is_no_number_is_unreadable_not_blank() -> None:
    """Synthetic (gfi's edge probe): the headline 'R71.01' of JSE-NWL edited to '128.1.9'."""
    doc = parsed(GRAHAM, ("Graham Number : R71.01", "Graham Number : 128.1.9"))
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.UNREADABLE
    assert "headline_unreadable" in {n.code for n in doc.notes}


@pytest.mark.parametrize(("text", "reason"), [
    ("NZ$N/A", Missing.NOT_AVAILABLE), ("$N/A", Missing.NOT_AVAILABLE), ("USD N/A", Missing.NOT_AVAILABLE),
    ("At Loss", Missing.AT_LOSS), ("₩At Loss", Missing.AT_LOSS), ("NZ$-", Missing.DASH),
    ("128.1.9", Missing.UNREADABLE), ("Rp1,84,2374 Mil", Missing.UNREADABLE),
    ("$", Missing.BLANK), ("RSD", Missing.BLANK), ("$ Mil", Missing.BLANK), ("", Missing.BLANK),
])
def test_why_a_printed_value_holds_no_number(text: str, reason: Missing) -> None:
    """A placeholder behind its currency says what it says; digits that make no number are unreadable; else blank."""
    assert unread_reason(text) is reason


def test_an_na_result_is_skipped_for_what_the_page_prints() -> None:
    """gfi 033 line 14: the SKIP said 'the printed result is blank'; the page prints 'N/A'."""
    got = [(c.status, c.message) for c in checked(NA) if c.rule == "gf.calc.prose"]
    assert [s for s, _ in got] == [Status.SKIP]
    assert "prints 'N/A' in place of the result on line 14" in got[0][1]


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # ﷼39.075 / ﷼3.01 = 12.98
    (("PE Ratio without NRI for today is 12.98.", "PE Ratio without NRI for today is 13.98."), Status.FAIL),  # synthetic
])
def test_an_input_with_a_blank_period_is_the_paragraphs_own(edit: tuple[str, str] | None, status: Status) -> None:
    """gfi 016 line 31: '… EPS without NRI for the trailing twelve months (TTM) ended in was ﷼3.01. Therefore, …
    PE Ratio without NRI for today is 12.98.' was skipped as 'eps_without_nri not stated with a number'."""
    got = _calc(OWNER, 31, *([edit] if edit else []))
    assert [s for s, _ in got] == [status], got


def test_an_input_with_a_blank_period_is_the_calculations_and_not_dated_today() -> None:
    """The EPS is the calculation's operand, recorded as TTM of no stated end (the site's template gap), never as of
    today's date."""
    eps = [f for f in parsed(OWNER).facts if f.line == 31 and f.metric == "eps_without_nri"]
    assert [(f.id, f.value.text if f.value else None, f.period) for f in eps] == [
        ("prose.pe_ratio_without_nri.eps_without_nri", "﷼3.01", None)]
