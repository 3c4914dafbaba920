"""Header families the round-6 pages showed, as small pages of each family (the real pages are fixtures with labels).

Markdown headlines whose as-of lost its parentheses or that print no value, the e-mail alert line that prints
EXCH:TICKER, terms the registry does not list (read from the page's own section headings or after the name its
prose repeats), and the site's unfilled template '0.00 (As of . 20)', which is no data.
"""

from __future__ import annotations

import pytest

from quotecheck.parsers import Missing, audit, parse_text
from quotecheck.parsers._errors import UnknownPageKind

_URL = "url: https://www.gurufocus.com/term/x/X\n\n"
_BODY = ("\n's Total Assets for the quarter that ended in . 20 was $0.00 Mil.\n\n## {term} Historical Data\n\n"
         "* For other sections: All numbers are in millions except for per share data, ratio, and percentage.\n\n"
         "Annual Data\nTrend\n{term}\n\n## {term} Calculation\n")


def _markdown(term: str, value_line: str) -> str:
    return _URL + f"# {term}\n\n{value_line}\n" + _BODY.format(term=term)


@pytest.mark.parametrize(("value_line", "value", "as_of"), [
    (": 0.35 As of Mar. 2024", "0.35", "2024-03"),
    (": 1.20 As of Today", "1.20", None),
    (": 0.35 As of Jun. 30, 2024", "0.35", "2024-06-30"),
])
def test_markdown_headline_without_parentheses(value_line: str, value: str, as_of: str | None) -> None:
    doc = parse_text(_markdown("Debt-to-Asset", value_line), source="md.txt")
    head = doc.fact("headline")
    assert doc.term == "Debt-to-Asset" and doc.security.name is None
    assert head is not None and head.value is not None and head.value.text == value and head.line == 5
    assert head.as_of == as_of


@pytest.mark.parametrize("value_line", [": 0.00 As of . 20", "As of . 20", ": 0.00 (As of . 20)", ": $0.00 (TTM As of . 20)",
                                        ": 0.00% (As of . 20)"])
def test_unfilled_template_is_missing_not_zero(value_line: str) -> None:
    doc = parse_text(_markdown("Days Sales Outstanding", value_line), source="md.txt")
    head = doc.fact("headline")
    assert doc.term == "Days Sales Outstanding"
    assert head is not None and head.value is None and head.missing is Missing.UNFILLED
    codes = [n.code for n in doc.notes]
    assert "unfilled_template" in codes and "blank_headline" not in codes and "headline_ttm" not in codes
    assert not any(c.quoted and c.quoted.fact_id == "headline" for c in audit(doc).checks)


@pytest.mark.parametrize(("value_line", "value"), [(": 0.00 (As of Jun. 2020)", "0.00"), (": 1.25 (As of . 20)", "1.25")])
def test_a_dated_zero_or_a_value_is_kept(value_line: str, value: str) -> None:
    """Only a zero (or nothing) beside the undated '. 20' is the template: a dated zero, or a number, is the page's."""
    head = parse_text(_markdown("Debt-to-Asset", value_line), source="md.txt").fact("headline")
    assert head is not None and head.value is not None and head.value.text == value and head.missing is None


def test_unfilled_template_under_a_breadcrumb_keeps_the_security() -> None:
    text = (_URL + "GURUFOCUS.COM » STOCK LIST » Communication Services » Media » Example Research Inc (GREY:EXR) "
            "» Definitions » Cash-to-Debt\n\nEXR (Example Research) Cash-to-Debt : 0.00 (As of . 20)\n"
            "\nView and export this data going back to 2022. Start your Free Trial\n")
    doc = parse_text(text, source="bc.txt")
    assert (doc.security.name, doc.security.exchange, doc.security.ticker) == ("Example Research", "GREY", "EXR")
    head = doc.fact("headline")
    assert head is not None and head.missing is Missing.UNFILLED and head.value is None


@pytest.mark.parametrize(("lines", "term"), [
    ("Switch to:\n\nDebt-to-Equity\n\n: 1.10 (As of Mar. 2024)\n", "Debt-to-Equity"),
    ("# Dividend Payout Ratio\n\n: 0.40 (As of Mar. 2024)\n", "Dividend Payout Ratio"),
    ("Long-Term Gizmo Ratio\n\n: 0.40 (As of Mar. 2024)\n", "Long-Term Gizmo Ratio"),  # a term no registry lists
])
@pytest.mark.parametrize("heading", ["{term} Historical Data", "## {term} Calculation", "(:) {term} Explanation"])
def test_title_that_the_sections_name_is_the_term(lines: str, term: str, heading: str) -> None:
    text = _URL + lines + "\n's Revenue for the quarter that ended in Mar. 2024 was $1.00 Mil.\n\n" + heading.format(term=term) + "\n"
    text += "\n* All numbers are in millions except for per share data and ratio.\n\nAnnual Data\n"
    doc = parse_text(text, source="t.txt")
    assert doc.term == term and doc.security.name is None


def test_name_that_the_prose_repeats_is_split_from_the_term() -> None:
    text = (_URL + "Switch to:\n\nAcme Income Fund Long-Term Gizmo Ratio\n\n: 0.40 (As of Mar. 2024)\n"
            "\nAcme Income Fund's Revenue for the quarter that ended in Mar. 2024 was $1.00 Mil. Acme Income Fund's "
            "Gizmo for the quarter that ended in Mar. 2024 was $0.40 Mil.\n\n"
            "Acme Income Fund Long-Term Gizmo Ratio Historical Data\n\n"
            "* All numbers are in millions except for per share data and ratio.\n\nAnnual Data\n")
    doc = parse_text(text, source="t.txt")
    assert (doc.term, doc.security.name) == ("Long-Term Gizmo Ratio", "Acme Income Fund")


def test_without_evidence_the_title_stays_the_name() -> None:
    """No heading names the title and no prose repeats a name: nothing tells term from name, so nothing is moved."""
    text = (_URL + "Switch to:\n\nLong-Term Gizmo Ratio\n\n: 0.40 (As of Mar. 2024)\n"
            "\n* All numbers are in millions except for per share data and ratio.\n\nAnnual Data\n")
    doc = parse_text(text, source="t.txt")
    assert doc.term is None and doc.security.name == "Long-Term Gizmo Ratio"


def test_alert_line_with_exchange_and_ticker() -> None:
    text = (_URL + "Market Cap : | Enterprise Value : | P/E (TTM) : | P/B : |\n---|\n"
            "NYSE:EXM has been successfully added to your Stock Email Alerts list.\n"
            "You can manage your stock email alerts here.\nNYSE:EXM has been removed from your Stock Email Alerts list.\n"
            "Please enter Portfolio Name for new portfolio.\n"
            "EV-to-EBIT is calculated as Enterprise Value divided by its EBIT. As of today, 's Enterprise Value is $0.00 "
            "Mil. Therefore, GuruFocus does not calculate 's EV-to-EBIT at this moment. Therefore, GuruFocus does not "
            "calculate 's Earnings Yield (Joel Greenblatt) % at this moment.\n"
            "* All numbers are in millions except for per share data and ratio.\nSemi-Annual Data |\nEV-to-EBIT |\n")
    doc = parse_text(text, source="alerts.txt")
    assert doc.layout == "alerts" and doc.term == "EV-to-EBIT"
    assert (doc.security.exchange, doc.security.ticker, doc.security.name) == ("NYSE", "EXM", None)


@pytest.mark.parametrize("text", [
    "# Debt-to-Asset\n\n: 0.35 As of Mar. 2024\nchecked this on the train\n",  # a note quoting a bare headline
    "# Holdings\n\nAs of 2024\n\nAAPL 10\nMSFT 5\n",
    "NYSE:KO has been successfully added to your Stock Email Alerts list.\nthanks\n",
    "Debt-to-Equity\n: 0.00 As of . 20\n* All numbers are in millions except for per share data and ratio.\n",  # no heading
])
def test_bare_headline_or_alert_alone_is_not_a_page(text: str) -> None:
    with pytest.raises(UnknownPageKind):
        parse_text(text, source="note.txt")
