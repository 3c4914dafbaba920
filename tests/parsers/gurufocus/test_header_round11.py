"""Round 11's unseen pages (testers gfc and gfd): header readings that were wrong, missing or refused.

gfd F-3: a 2026 headline that ends '(As of Sep. 2025) — 44224% Above Median' (real page JSE:SLG) is a headline: the
page is a term page and the suffix is read into a note, not checked (the headline does not print the median).

gfc #3: a stacked 'Switch to:' title whose term the registry does not list ('Sturm Ruger & Company (NYSE:RGR)' over
'3-Year Buyback Ratio'; real pages RGR 2014/2015) is read as name, symbol and term, not the term as the name; a
template's bare '$' value (USB^M) and a term line over a page that names no security (SPWR^M, whose prose speaks of
it as the company's quantity) name no security. The URL's percent-encoded 'USB%5EM' is the page's USB^M.
Variants edited inside a test are synthetic and say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import PageKind, Site, detect, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


def _real(name: str) -> str:
    return (GF / f"{name}.txt").read_text(encoding="utf-8")


SLG = _real("gurufocus_roe_JSE-SLG")
SLG_SUFFIX = " — 44224% Above Median"


@pytest.mark.parametrize("suffix", [SLG_SUFFIX, " — 12.5% Below Median", " - 1,204% Above Median"],
                         ids=["real", "below", "hyphen-and-comma"])
def test_headline_with_median_suffix_is_a_term_page(suffix: str) -> None:
    """The real suffix, and (synthetic) the same page with the suffix's other side and forms."""
    text = SLG.replace(SLG_SUFFIX, suffix)
    assert detect(text) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    doc = parse_text(text, source="slg.txt")
    head = doc.fact("headline")
    assert head is not None and str(head.value.value) == "336.86" and head.period_text == "Sep. 2025"
    assert (doc.security.name, doc.security.exchange, doc.security.ticker, doc.term) == (
        "Salungano Group", "JSE", "SLG", "ROE %")
    assert doc.layout == "headline-2026"


def test_median_suffix_is_read_into_a_note() -> None:
    doc = parse_text(SLG, source="slg.txt")
    note = next(n for n in doc.notes if n.code == "headline_vs_median")
    assert note.line == 3 and "44224% above" in note.message and "not checked" in note.message
    assert not any(n.code in {"headline_unreadable", "blank_headline", "lacks_headline"} for n in doc.notes)


@pytest.mark.parametrize("suffix", [" — 44224% Above Average", " — Above Median", " which is 44224% Above Median."],
                         ids=["other-word", "no-number", "sentence"])
def test_other_text_after_the_as_of_is_no_headline(suffix: str) -> None:
    """Synthetic: only the site's suffix ends a headline; a line that goes on otherwise is prose, and with the
    suffix replaced the page has no headline."""
    doc = parse_text(SLG.replace(SLG_SUFFIX, suffix), source="slg.txt") if detect(
        SLG.replace(SLG_SUFFIX, suffix)) else None
    assert doc is None or doc.fact("headline") is None or doc.fact("headline").line != 3


@pytest.mark.parametrize(("name", "security", "term", "metric", "value"), [
    ("gurufocus_total_buyback_3y_NYSE-RGR_2014", ("Sturm Ruger & Company", "NYSE", "RGR"), "3-Year Buyback Ratio",
     "3_year_buyback_ratio", "-1.10"),
    ("gurufocus_total_buyback_3y_NYSE-RGR_2015", ("Sturm Ruger & Co Inc", "NYSE", "RGR"), "3-Year Average Buyback Ratio",
     "3_year_average_buyback_ratio", "-1.20"),
    ("gurufocus_eps_nri_USB-M_template", (None, None, "USB^M"), "Earnings per share without Non-Recurring Items (NRI)",
     "earnings_per_share_without_non_recurring_items_nri", None),
    ("gurufocus_non-recurring-items_SPWR-M_template", (None, None, None), "Non-Recurring Items", "non_recurring_items",
     None),
])
def test_stacked_title_with_a_term_the_registry_lacks(name: str, security: tuple, term: str, metric: str,
                                                      value: str | None) -> None:
    doc = parse_text(_real(name), source=f"{name}.txt")
    sec = doc.security
    assert (sec.name, sec.exchange, sec.ticker) == security
    assert doc.term == term and doc.term_metric == metric
    head = doc.fact("headline")
    assert head is not None and head.metric == metric
    assert (str(head.value.value) if head.value else None) == value
    codes = {n.code for n in doc.notes}
    assert ("lacks_exchange" in codes) == (security[1] is None) and ("lacks_name" in codes) == (security[0] is None)
    assert "url_ticker_mismatch" not in codes


def test_the_headline_joins_its_range_and_industry_copies() -> None:
    """RGR 2015: the headline's -1.20 is one quantity with the range's Current and the industry line's -1.20."""
    doc = parse_text(_real("gurufocus_total_buyback_3y_NYSE-RGR_2015"), source="rgr.txt")
    same = {(f.context.value, f.line) for f in doc.facts if f.metric == "3_year_average_buyback_ratio"}
    assert {("headline", 6), ("range", 12), ("industry", 23)} <= same


def test_a_known_term_switch_to_page_is_unchanged() -> None:
    """Control: the same layout with a term the registry lists (real page KO 2014)."""
    doc = parse_text(_real("gurufocus_shillerpe_KO_2014-6yr"), source="ko.txt")
    assert (doc.security.name, doc.security.exchange, doc.security.ticker, doc.term) == (
        "Coca-Cola Co", "NYSE", "KO", "Shiller P/E Ratio")


@pytest.mark.parametrize("title", ["Acme Mining", "Acme Mining (ACME)"], ids=["name-only", "name-and-ticker"])
def test_a_name_line_the_prose_does_not_measure_stays_the_name(title: str) -> None:
    """Synthetic (SPWR^M's template with its term line replaced by a name): a stacked title that the paragraphs
    under it do not speak of as a company's quantity is still the security's name."""
    text = _real("gurufocus_non-recurring-items_SPWR-M_template").replace("\nNon-Recurring Items\n", f"\n{title}\n", 1)
    doc = parse_text(text, source="acme.txt")
    assert doc.security.name == "Acme Mining" and doc.term is None
