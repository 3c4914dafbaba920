"""Round 9 real pages: ratios GuruFocus prose states for a period with their inputs, and today's PB Ratio.

Real pages in fixtures/gurufocus/realpages (capex_to_operating_income_OKIEF, turnover_PINC, fcf-margin_FBVI,
equity-to-asset_PRMD, mktcap_ANZBY, mktcap_TSE_3302, book-value-per-share_ASX_ABE, book-value-per-share_FRA_AY5,
deb2equity_HKSE_00225). Variants edit their text in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

ROOT = Path(__file__).resolve().parents[3]
GF = ROOT / "fixtures" / "gurufocus" / "realpages"
OKIEF = GF / "gurufocus_capex_to_operating_income_OKIEF.txt"
PINC = GF / "gurufocus_turnover_PINC.txt"
FBVI = GF / "gurufocus_fcf-margin_FBVI.txt"
PRMD = GF / "gurufocus_equity-to-asset_PRMD.txt"
ANZBY = GF / "gurufocus_mktcap_ANZBY.txt"
TSE3302 = GF / "gurufocus_mktcap_TSE_3302.txt"
ABE = GF / "gurufocus_book-value-per-share_ASX_ABE.txt"
AY5 = GF / "gurufocus_book-value-per-share_FRA_AY5.txt"
HK225 = GF / "gurufocus_deb2equity_HKSE_00225.txt"
RULE = "gf.calc.prose"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _prose(text: str, path: Path) -> dict[int, Status]:
    doc = parse_text(text, source=str(path))
    return {c.quoted.line: c.status for c in audit(doc).checks if c.rule == RULE and c.quoted}


@pytest.mark.parametrize(("path", "line"), [(TSE3302, 12), (PINC, 12), (FBVI, 12), (PRMD, 12), (HK225, 10)])
def test_ratios_stated_for_a_period_are_recomputed(path: Path, line: int) -> None:
    assert _prose(_text(path), path) == {line: Status.PASS}


@pytest.mark.parametrize(("path", "printed", "wrong", "line"), [
    (TSE3302, "was 円53,238 Mil.", "was 円58,238 Mil.", 12),  # 2043 x 26 Mil: 52,084 to 54,153
    (FBVI, "was 36.07%.", "was 36.17%.", 12),  # 7.82 / 21.68: 36.04% to 36.10%
    (PRMD, "was 0.76.", "was 0.78.", 12),  # 1.15 / 1.52: 0.751 to 0.762
    (HK225, "debt to equity for the quarter that ended in Sep. 2023 was 0.07.",
     "debt to equity for the quarter that ended in Sep. 2023 was 0.09.", 10),  # (384.4 + 0.0) / 5,250.3 = 0.0732
])
def test_a_result_its_inputs_cannot_give_fails(path: Path, printed: str, wrong: str, line: int) -> None:
    text = _text(path)
    assert printed in text
    assert _prose(text.replace(printed, wrong, 1), path)[line] is Status.FAIL


def test_the_inputs_may_stand_in_the_paragraph_above() -> None:
    """OKIEF: line 14 states capex and operating income, line 16 'Hence, ... was 0.73': -(-24.35) / 33.61 = 0.7245,
    which prints 0.72, not 0.73, unless rounded twice (0.725, then 0.73): a warning naming the rounding since round 43;
    0.74, which no rounding gives, FAILs."""
    assert _prose(_text(OKIEF), OKIEF) == {16: Status.WARN}
    assert _prose(_text(OKIEF).replace("was 0.73.", "was 0.72.", 1), OKIEF) == {16: Status.PASS}
    assert _prose(_text(OKIEF).replace("was 0.73.", "was 0.74.", 1), OKIEF) == {16: Status.FAIL}


def test_a_negative_input_is_shown_in_brackets_in_the_derivation() -> None:
    """The message substitutes the printed '$-24.35 Mil' into '-capital_expenditure': '-($-24.35 Mil)', not '-$-24.35'."""
    doc = parse_text(_text(OKIEF), source=str(OKIEF))
    (check,) = [c for c in audit(doc).checks if c.rule == RULE]
    assert "= -($-24.35 Mil) / $33.61 Mil" in check.message and "-$-" not in check.message


def test_inputs_of_another_period_are_not_taken() -> None:
    text = _text(OKIEF).replace("Its Operating Income for the three months ended in Dec. 2023",
                                "Its Operating Income for the three months ended in Sep. 2023", 1)
    doc = parse_text(text, source=str(OKIEF))
    (check,) = [c for c in audit(doc).checks if c.rule == RULE]
    assert check.status is Status.SKIP and "operating_income" in (check.reason or "")


def test_capex_is_a_negative_amount_the_ratio_negates() -> None:
    """Capex-to-Revenue = - Capital Expenditure / Revenue: a positive printed capex gives a negative ratio."""
    text = _text(OKIEF).replace("was $-24.35 Mil.", "was $24.35 Mil.", 1).replace("was 0.73.", "was -0.72.", 1)
    assert _prose(text, OKIEF) == {16: Status.PASS}


def test_asset_turnover_divides_by_average_assets_so_a_miss_is_a_warning() -> None:
    """The prose prints the quarter-end Total Assets; the site divides by the mean of opening and closing."""
    assert _prose(_text(PINC).replace("was 0.09.", "was 0.12.", 1), PINC) == {12: Status.WARN}


def test_market_cap_stated_as_todays_figure_for_a_quarter_fails() -> None:
    """ANZBY line 8: $30.55 x 2,744 Mil gives 83,800 to 83,858; the page prints the headline's $85,951 Mil."""
    assert _prose(_text(ANZBY), ANZBY) == {8: Status.FAIL}
    assert _prose(_text(ANZBY).replace("was $85,951 Mil.", "was $83,832 Mil.", 1), ANZBY) == {8: Status.PASS}


def test_todays_pb_on_a_home_listing_fails_and_on_a_converting_venue_warns() -> None:
    """ABE (ASX, Australian company): A$0.024 / A$0.05 gives 0.43 to 0.54, not 0.33: a proof. AY5 (Frankfurt listing
    of an Australian company): €0.835 / €1.54 = 0.542, not 0.55; the book value is converted at its quarter's rate,
    the price at today's: a warning."""
    assert _prose(_text(ABE), ABE) == {16: Status.FAIL}
    assert _prose(_text(AY5), AY5) == {18: Status.WARN}
    assert _prose(_text(AY5).replace("is 0.55.", "is 0.54.", 1), AY5) == {18: Status.PASS}
    on_asx = _text(AY5).replace("(FRA:AY5)", "(ASX:AAC)")
    assert _prose(on_asx, AY5) == {18: Status.FAIL}


def test_a_blank_result_or_input_is_a_skip() -> None:
    text = _text(HK225).replace("was HK$5,250.3 Mil.", "was HK$ Mil.", 1)
    doc = parse_text(text, source=str(HK225))
    (check,) = [c for c in audit(doc).checks if c.rule == RULE]
    assert check.status is Status.SKIP
    text = _text(PRMD).replace("Equity to Asset Ratio for the quarter that ended in Dec. 2008 was 0.76.",
                               "Equity to Asset Ratio for the quarter that ended in Dec. 2008 was .", 1)
    (check,) = [c for c in audit(parse_text(text, source=str(PRMD))).checks if c.rule == RULE]
    assert check.status is Status.SKIP and "blank" in (check.reason or "")


def test_the_calculations_add_no_facts() -> None:
    """The period statements' reader states these sentences as facts already: the calculation only relates them."""
    doc = parse_text(_text(TSE3302), source=str(TSE3302))
    assert not [f for f in doc.facts if f.id.startswith("prose.")]
    (calc,) = [c for c in doc.calculations if c.id.startswith("prose.period.")]
    assert calc.metric == "market_cap" and {o.metric for s in calc.steps for o in s.operands} == {"share_price", "shares_outstanding_eop"}


def _statements(path: Path, text: str | None = None) -> dict[tuple[str, str, int], str]:
    doc = parse_text(_text(path) if text is None else text, source=str(path))
    return {(f.metric, f"{f.period.end}/{f.period.frequency}", f.line): f.value.text for f in doc.facts
            if f.id.startswith("statement.") and f.metric in {"market_cap", "enterprise_value"} and f.value and f.period}


def test_history_sentences_state_the_quantity_for_each_period() -> None:
    """TSE:3302 lines 14, 16: the quarterly and annual market cap of three periods each; line 18 today's EV."""
    got = _statements(TSE3302)
    assert got[("market_cap", "2023-09/quarterly", 14)] == "円50,501 Mil"
    assert got[("market_cap", "2023-12/quarterly", 14)] == "円53,238 Mil"
    assert got[("market_cap", "2022-12/annual", 16)] == "円39,430 Mil"
    assert got[("enterprise_value", "2024-05-09/today", 18)] == "円41,048 Mil"
    assert len([k for k in got if k[2] in (14, 16)]) == 6  # the turning point printed twice is one statement


def test_a_quarter_stated_twice_with_two_values_fails() -> None:
    """ANZBY: line 8 says Mar. 2014's quarterly market cap is $85,951 Mil, line 10 $83,832 Mil: one quantity, period and
    frequency, two values no rounding reconciles."""
    doc = parse_text(_text(ANZBY), source=str(ANZBY))
    (check,) = [c for c in audit(doc).checks if c.rule == "gf.restated" and "2014-03" in (c.subject or "")]
    assert check.status is Status.FAIL
    fixed = _text(ANZBY).replace("was $85,951 Mil.", "was $83,832 Mil.", 1)
    doc = parse_text(fixed, source=str(ANZBY))
    assert {c.status for c in audit(doc).checks if c.rule == "gf.restated" and "2014-03" in (c.subject or "")} == {Status.PASS}


def test_a_quarterly_and_an_annual_value_of_one_month_are_not_compared() -> None:
    """Sep. 2013 is both a quarter and a fiscal year end on ANZBY: each sentence states its own frequency."""
    got = _statements(ANZBY)
    assert got[("market_cap", "2013-09/quarterly", 10)] == got[("market_cap", "2013-09/annual", 12)] == "$78,440 Mil"
