"""Header families the round-5 pages showed, as small pages of each family (the real pages are fixtures with labels).

Rank pages with no headline, breadcrumbs that give country and exchange, titles whose '(EXCH:TICKER)' is '(:)',
the e-mail alert layout under a quote bar, and a ticker printed only in the range heading.
"""

from __future__ import annotations

import pytest

from quotecheck.parsers import parse_text
from quotecheck.parsers._errors import UnknownPageKind

_URL = "url: https://www.gurufocus.com/term/x/X\n\n"
_RANK_BODY = ("\nWhat is {name} {term}?\n\nThe {term} measures the business of a company relative to others.\n\n"
              "Address\n1 Main Street, Springfield\n")


def _rank_page(term: str, legal: str = "Example Holdings Ltd", sym: str = "SZSE:002999", name: str = "Example Holdings",
               sector: str = "Healthcare » Drug Manufacturers") -> str:
    return (_URL + f"GURUFOCUS.COM » STOCK LIST » {sector} » {legal} ({sym}) » Definitions » {term}\n\n"
            f"{name} ({sym}) {term}\n" + _RANK_BODY.format(name=name, term=term))


@pytest.mark.parametrize("term", ["Quality Rank", "Profitability Rank", "GF Value Rank", "Financial Strength",
                                  "Growth Rank", "Momentum Rank"])
def test_rank_page_without_headline_is_a_term_page(term: str) -> None:
    doc = parse_text(_rank_page(term), source="rank.txt")
    assert doc.term == term
    assert (doc.security.name, doc.security.exchange, doc.security.ticker) == ("Example Holdings", "SZSE", "002999")
    assert doc.security.legal_name == "Example Holdings Ltd"
    assert doc.fact("headline") is None and any(n.code == "lacks_headline" for n in doc.notes)


def test_rank_page_after_furniture_lines() -> None:
    text = _rank_page("Quality Rank").replace(" » Definitions » Quality Rank\n\n", " » Definitions » Quality Rank\n中文\n\n")
    assert parse_text(text, source="rank.txt").security.name == "Example Holdings"


@pytest.mark.parametrize("text", [
    # the breadcrumb alone, quoted in a note
    "GURUFOCUS.COM » STOCK LIST » Healthcare » Drug Manufacturers » Example Ltd (SZSE:002999) » Definitions » Quality Rank\n"
    "checked this on the train\nlooks cheap?\n",
    # a breadcrumb and a line that does not repeat its term
    "GURUFOCUS.COM » STOCK LIST » Healthcare » Drug Manufacturers » Example Ltd (SZSE:002999) » Definitions » Quality Rank\n"
    "Example (SZSE:002999) Profitability Rank\nto do\n",
    # the title first, the breadcrumb under it
    "Example (SZSE:002999) Quality Rank\n"
    "GURUFOCUS.COM » STOCK LIST » Healthcare » Drug Manufacturers » Example Ltd (SZSE:002999) » Definitions » Quality Rank\n",
])
def test_breadcrumb_without_its_title_is_refused(text: str) -> None:
    with pytest.raises(UnknownPageKind):
        parse_text(text, source="note.txt")


@pytest.mark.parametrize(("sector", "sym"), [
    ("USA » NYSE", "NYSE:EXM"), ("USA » NAS", "NAS:EXM"), ("Canada » TSX", "TSX:EXM"),
    ("Japan » Tokyo Stock Exchange", "TSE:7203"),  # a country, whatever the exchange slot says
])
def test_country_and_exchange_are_not_sector_and_industry(sector: str, sym: str) -> None:
    doc = parse_text(_rank_page("Profitability Rank", sym=sym, sector=sector), source="rank.txt")
    assert (doc.security.sector, doc.security.industry) == (None, None)
    assert doc.security.exchange == sym.split(":")[0]


def test_sector_and_industry_are_kept() -> None:
    doc = parse_text(_rank_page("Quality Rank", sector="Technology » Hardware"), source="rank.txt")
    assert (doc.security.sector, doc.security.industry) == ("Technology", "Hardware")


_EMPTY_BODY = ("\nInterest Coverage is a ratio that determines how easily a company can pay interest expenses.\n\n"
               "* All numbers are in millions except for per share data and ratio.\n\nAnnual Data\n\n Interest Coverage\n")


@pytest.mark.parametrize(("head", "value"), [
    ("Switch to:\n(:)\nInterest Coverage\n0.00 (As of . 20)\n", None),  # the unfilled template: no value
    ("(:) Interest Coverage: At Loss (As of . 20)\n", None),
    ("Switch to:\n(:) Debt-to-Equity\n: 1.25 (As of . 20)\n", "1.25"),
])
def test_empty_symbol_title_gives_the_term_and_no_name(head: str, value: str | None) -> None:
    doc = parse_text(_URL + head + _EMPTY_BODY, source="empty.txt")
    assert doc.term == head.split("(:)")[1].strip().split("\n")[0].split(":")[0]
    assert doc.security.name is None
    assert any(n.code == "empty_symbol" for n in doc.notes)
    head_fact = doc.fact("headline")
    assert head_fact is not None and (head_fact.value.text if head_fact.value else None) == value


def test_alert_layout_under_a_quote_bar() -> None:
    text = (_URL + "Market Cap : 12.5 B | Enterprise Value : 11.0 B | P/E (TTM) : 20.1 |\n---|\n"
            "EXM has been successfully added to your Stock Email Alerts list.\n"
            "You can manage your stock email alerts here.\nEXM has been removed from your Stock Email Alerts list.\n"
            "Please enter Portfolio Name for new portfolio.\n"
            "Operating Margin % is calculated as operating income divided by its revenue. Example Corp's Operating "
            "Income for the three months ended in Sep. 2020 was $10 Mil. Example Corp's Revenue for the three months "
            "ended in Sep. 2020 was $100 Mil. Therefore, Example Corp's Operating Margin % for the quarter that ended "
            "in Sep. 2020 was 10.00%.\n"
            "During the past 13 years, the highest Operating Margin % of Example Corp was 20.00%. The lowest was 5.00%. "
            "And the median was 10.00%.\n* All numbers are in millions except for per share data and ratio.\n")
    doc = parse_text(text, source="alerts.txt")
    assert doc.layout == "alerts" and doc.term == "Operating Margin %"
    assert (doc.security.name, doc.security.ticker) == ("Example Corp", "EXM")
    assert not any(n.code in {"lacks_name", "lacks_ticker"} for n in doc.notes)


def test_a_name_said_once_is_not_taken() -> None:
    text = (_URL + "EXM has been successfully added to your Stock Email Alerts list.\n"
            "You can manage your stock email alerts here.\n"
            "E10 is a concept invented by Prof. Robert Shiller. Example Corp's E10 was $1.00.\n"
            "* All numbers are in millions except for per share data and ratio.\n")
    doc = parse_text(text, source="alerts.txt")
    assert doc.security.ticker == "EXM" and doc.security.name is None


@pytest.mark.parametrize(("heading", "ticker"), [
    ("HCX' s 10-Year EV/EBIT Range", "HCX"), ("RNS^M' s 10-Year Interest Coverage Range", "RNS^M"),
    ("CMX' s Shiller P/E Ratio Range Over the Past 10 Years", "CMX"),
])
def test_ticker_from_the_range_heading(heading: str, ticker: str) -> None:
    text = (_URL + "EV/EBIT\n0.00 (As of Today)\n\nEV/EBIT ratio is calculated as enterprise value divided by its EBIT. "
            "As of today, 's enterprise value is $ Mil. Therefore, 's EV/EBIT ratio for today is .\n\n"
            f"{heading}\nMin: 0   Max: 0\nCurrent: 0\n\nDuring the past 0 years, the highest EV/EBIT Ratio of was . "
            "The lowest was . And the median was .\n")
    doc = parse_text(text, source="range.txt")
    assert doc.security.ticker == ticker and doc.security.exchange is None
    assert not any(n.code == "lacks_ticker" for n in doc.notes)


def test_range_heading_with_exchange_still_gives_the_exchange() -> None:
    text = (_URL + "EV/EBIT\n0.00 (As of Today)\n\nEV/EBIT ratio is calculated as enterprise value divided by its EBIT. "
            "As of today, 's enterprise value is $ Mil.\n\nNYSE:HCX' s 10-Year EV/EBIT Range\nMin: 0   Max: 0\n"
            "Current: 0\n\nDuring the past 0 years, the highest EV/EBIT Ratio of was . The lowest was . And the median was .\n")
    doc = parse_text(text, source="range.txt")
    assert (doc.security.exchange, doc.security.ticker) == ("NYSE", "HCX")
