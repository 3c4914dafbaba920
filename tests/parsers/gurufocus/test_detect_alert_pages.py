"""Term pages that open on the e-mail-alerts lines and print no headline are still term pages when the text shows
the site's other fixed phrases: the ranking introduction, a rank page's 'has the … Rank of N' and the competitors
chart line. Synthetic page starts of that family (shapes of real pages; names and numbers invented)."""

from __future__ import annotations

import pytest

from quotecheck.parsers import PageKind, Site, UnknownPageKind, detect, parse_text

ALERTS = ("XYZ has been successfully added to your Stock Email Alerts list.\n"
          "You can manage your stock email alerts here.\n"
          "XYZ has been removed from your Stock Email Alerts list.\n"
          "Please enter Portfolio Name for new portfolio.\n")
PAYOUT = ALERTS + (
    "The Dividend Payout Ratio is the measure of dividends paid out to shareholders relative to the company's net income.\n"
    "The historical rank and industry rank for Example Co's Dividend Payout Ratio or its related term are showing as below:\n"
    "During the past 13 years, the highest Dividend Payout Ratio of Example Co was 2.18. The lowest was 0.60.\n")
RANK = ("Market Cap : 12.6 B | Enterprise Value : 13.1 B | PE Ratio : 20.06 | PB Ratio : 3.69 |\n---|\n"
        + ALERTS.replace("XYZ", "NYSE:XYZ") + "Example Co has the Financial Strength Rank of 7.\n"
        "For the Widgets subindustry, Example Co's Financial Strength, along with its competitors' market caps and "
        "Financial Strength data, can be viewed below:\n")


@pytest.mark.parametrize("text", [PAYOUT, RANK], ids=["ranking-intro", "rank-page"])
def test_alert_pages_without_a_headline_are_term_pages(text: str) -> None:
    assert detect(text) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    doc = parse_text(text, source="alerts.txt")
    assert doc.security.ticker == "XYZ" and doc.site is Site.GURUFOCUS


@pytest.mark.parametrize("text", [
    ALERTS,  # the alerts lines alone
    "Notes: The historical rank and industry rank for Example Co's ROE are showing as below: nice.\n",
    "Example Co has the Financial Strength Rank of 7.\n",
], ids=["alerts-only", "quoted-intro", "rank-sentence-only"])
def test_one_phrase_alone_is_not_a_page(text: str) -> None:
    assert detect(text) is None
    with pytest.raises(UnknownPageKind):
        parse_text(text, source="note.txt")
