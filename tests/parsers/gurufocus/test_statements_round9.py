"""Round 9: values GuruFocus prose states outside a calculation become facts with the registry's ids, and a ratio
printed 'At Loss' is skipped with the page's reason (synthetic pages in the real pages' shapes)."""

from __future__ import annotations

import pytest

from quotecheck.parsers import audit, parse_text
from quotecheck.parsers._models import Frequency

_HEAD = ("url: https://www.gurufocus.com/term/{slug}/NYSE:XYZ\n\n"
         "GURUFOCUS.COM » STOCK LIST » Industrials » Machinery » Example Corp (NYSE:XYZ) » Definitions » {term}\n\n"
         "Example (NYSE:XYZ) {term} : {headline} (As of {asof})\n\n")


def _doc(term: str, slug: str, headline: str, asof: str, *lines: str):  # type: ignore[no-untyped-def]
    return parse_text(_HEAD.format(term=term, slug=slug, headline=headline, asof=asof) + "\n\n".join(lines) + "\n")


def _facts(doc, line: int):  # type: ignore[no-untyped-def]
    return [(f.metric, f.value.text if f.value else None, f.period.end if f.period else None,
             f.period.frequency if f.period else None) for f in doc.facts if f.line == line]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("As of today (2024-05-13), the Forward Annual Dividend Yield of Example is 3.10%.",
     ("forward_dividend_yield", "3.10%", "2024-05-13", Frequency.TODAY)),
    ("As of today (2024-05-13), the Trailing Annual Dividend Yield of Example is 2.40%.",
     ("dividend_yield", "2.40%", "2024-05-13", Frequency.TODAY)),
    ("As of today (2024-05-13), Example's current FCF Yield % is -4.20%.",
     ("fcf_yield", "-4.20%", "2024-05-13", Frequency.TODAY)),
    ("As of today (2024-05-13), Example's Enterprise Value is $12.50 Mil. Example does not have enough years/quarters "
     "to calculate its EBIT for the trailing twelve months (TTM) ended in . 20. Therefore, GuruFocus does not calculate "
     "Example's EV-to-EBIT at this moment.",
     ("enterprise_value", "$12.50 Mil", "2024-05-13", Frequency.TODAY)),
    ("Example has an F-score of 7 indicating the company's financial situation is typical for a stable company.",
     ("piotroski_f_score", "7", None, None)),
    ("Example's EPS without NRI for the trailing twelve months (TTM) ended in was $-1.25.",
     ("eps_without_nri", "$-1.25", None, None)),
])
def test_stated_value_is_a_fact(sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    doc = _doc("Forward Dividend Yield %", "ForwardDividendYield", "3.10%", "May. 13, 2024", sentence)
    assert expected in _facts(doc, 7)


def test_trend_sentence_states_both_ends() -> None:
    doc = _doc("Shares Outstanding (EOP)", "bs-share", "120.5 Mil", "Jun. 2024",
               "Example's quarterly shares outstanding increased from Mar. 2024 (118.0 Mil) to Jun. 2024 (120.5 Mil).")
    got = {(m, v, p, fr) for m, v, p, fr in _facts(doc, 7)}
    assert {("shares_outstanding_eop", "118.0 Mil", "2024-03", Frequency.QUARTERLY),
            ("shares_outstanding_eop", "120.5 Mil", "2024-06", Frequency.QUARTERLY)} <= got


def test_own_term_current_value_meets_headline() -> None:
    doc = _doc("Shares Buyback Ratio %", "share-buyback-ratio", "1.50", "May. 17, 2024",
               "GuruFocus calculates shares buyback ratio using previous shares outstanding. Example's current shares "
               "buyback ratio was 1.50%.")
    assert ("shares_buyback_ratio", "1.50%", None, None) in [(m, v, None, None) for m, v, _, _ in _facts(doc, 7)]
    checks = [c for c in audit(doc).checks if c.rule == "gf.restated" and "shares_buyback_ratio" in c.subject]
    assert checks and checks[0].status.value == "pass"


def test_unknown_current_label_is_not_a_fact() -> None:
    doc = _doc("FCF Margin %", "fcf-margin", "10.00%", "Dec. 2023", "Example's current mood indicator is 5.00%.")
    assert _facts(doc, 7) == []


def test_median_of_unranked_term() -> None:
    doc = _doc("FCF Margin %", "fcf-margin", "10.00%", "Dec. 2023",
               "NYSE:XYZ's FCF Margin % is not ranked *\nin the Machinery industry.\nIndustry Median: 8.40")
    assert any(f.metric == "fcf_margin.industry_median" and f.value and f.value.text == "8.40" for f in doc.facts)


def test_at_loss_skip_names_the_loss() -> None:
    doc = _doc("PE Ratio", "pe", "At Loss", "Dec. 15, 2024",
               "As of today (2024-12-15), Example's share price is $10.00. Example's Earnings per Share (Diluted) for "
               "the trailing twelve months (TTM) ended in Sep. 2024 was $-0.50. Therefore, Example's PE Ratio (TTM) for "
               "today is At Loss.")
    skips = [c for c in audit(doc).checks if c.rule == "gf.calc.prose"]
    assert skips and skips[0].status.value == "skip"
    assert "At Loss" in skips[0].message and "negative ($-0.50" in skips[0].message and "no ratio is defined" in skips[0].message


def test_half_year_result_on_a_half_year_page() -> None:
    doc = _doc("FCF Margin %", "fcf-margin", "20.00%", "Dec. 2023",
               "FCF Margin % is calculated as Free Cash Flow divided by its Revenue. Example's Free Cash Flow for the six "
               "months ended in Dec. 2023 was $2.00 Mil. Example's Revenue for the six months ended in Dec. 2023 was "
               "$10.00 Mil. Therefore, Example's FCF Margin % for the quarter that ended in Dec. 2023 was 20.00%.",
               "Example Semi-Annual Data\nJun23 Dec23\nFCF Margin % 18.00 20.00\n\nCompetitive Comparison of Example's FCF Margin %")
    assert ("fcf_margin", "20.00%", "2023-12", Frequency.SEMI_ANNUAL) in _facts(doc, 7)


def test_quarter_result_without_half_year_rows_keeps_its_doubt() -> None:
    """A quarterly reporter's page may word a quarter's inputs 'six months' (MSFT), and a half-year reporter's page
    calls its half-year 'the quarter' (LSE:LONR, round-32 ghd F2): without rows of the month the page does not say
    which, so the result keeps no frequency (it was kept as the quarter's until round 32)."""
    doc = _doc("FCF Margin %", "fcf-margin", "20.00%", "Dec. 2023",
               "Example's Free Cash Flow for the six months ended in Dec. 2023 was $2.00 Mil. Example's Revenue for the six "
               "months ended in Dec. 2023 was $10.00 Mil. Therefore, Example's FCF Margin % for the quarter that ended in "
               "Dec. 2023 was 20.00%.")
    assert ("fcf_margin", "20.00%", "2023-12", None) in _facts(doc, 7)


def test_a_value_whose_month_is_blank_says_so() -> None:
    """Round-42 tester xc F1: '… for the trailing twelve months (TTM) ended in was A$0.39' is the copy of no period, and
    nothing said why it was never compared."""
    sentence = "Example's EPS without NRI for the trailing twelve months (TTM) ended in was $-1.25."
    doc = _doc("Forward Dividend Yield %", "ForwardDividendYield", "3.10%", "May. 13, 2024", sentence)
    (note,) = [n for n in doc.notes if n.code == "period_blank"]
    assert note.line == 7 and "EPS without NRI for the trailing twelve months (TTM) ended in was" in note.message
