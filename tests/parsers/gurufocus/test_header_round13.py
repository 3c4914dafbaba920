"""Round 13's unseen pages (testers gfg, gfh and gfi): header, name and currency readings that were wrong or missing.

gfh #2: the e-mail-alert layout took the first line opening on '<term> is calculated as' as the page's term; the
Enterprise Value page (real page OTCPK:GRPAQ) defines the related EV-to-EBIT first. The sentence over the history
table names the page's own term, and wins when it is a known term. The quote bar's 'PE Ratio : At Loss' is a printed
fact: the P/E is missing for a loss.

gfi #1: 'kr0.00' on a London listing of a Danish company (real page LTS:0DJI) was read as SEK: off the Swedish,
Norwegian, Danish and Icelandic venues 'kr' is left without a currency, with a note.

gfi #3: the Peruvian sol's 'S/.' (real page LIM:AIHC1) was unknown, so the net-margin paragraph's net income and
revenue were dropped without a word: they are read in PEN, and an amount whose currency text is unknown leaves a note.

gfh #5: old layouts with no title line print the name only in the prose ('Advent Software Inc's account receivable
…', real page ADVS; 'Shire PLC's current share price is $179.69', real page SHPG): it is read as the alert layout
reads it. Where the page prints no ticker, the URL's is taken when it is a ticker's shape, with a note.

gfi #10: GuruFocus cut ' & Co' out of 'Constructora & Comercial' (real page XSGO:PASUR): the short name
'Forestal Constructoramercial del Pacifico Sur' is repaired from the breadcrumb's legal name, the printed one kept.

gfh #8: an unfilled template's headline '\\$ Mil (TTM As of . 20)' of a term the registry lacks (Interest Expense, real
page NYSE:CBS) was given unit ratio: money with a scale is an amount.

gfg #5: a complete 2020-layout page (real page OTCPK:DRHKF Tax Rate %) ends at its own footer, the affiliate line,
and has no Headlines section: it is whole, not 'cut off before Headlines'.

gfg #4: a real 2013-layout page (PRAA) was refused as 'not a page of a known kind': its headline is the markdown
heading '# Name Term: value ( as of Mar13)' over '### Definition' … '### Explanation' sections.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Missing, PageKind, Site, Unit, audit, detect, parse_text
from quotecheck.parsers.gurufocus._names import repaired_name

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


def _real(name: str) -> str:
    return (GF / f"{name}.txt").read_text(encoding="utf-8")


CBS_TEMPLATE = _real("gurufocus_InterestExpense_NYSE-CBS")
GRPAQ = _real("gurufocus_ev_alerts_OTCPK-GRPAQ")
GRPAQ_TREND = "The historical data trend for 's Enterprise Value can be seen below:"


@pytest.mark.parametrize(("trend", "term"), [
    (GRPAQ_TREND, "Enterprise Value"),
    (GRPAQ_TREND.replace("Enterprise Value", "EV-to-Revenue"), "EV-to-Revenue"),
    ("", "EV-to-EBIT"),
    (GRPAQ_TREND.replace("Enterprise Value", "Enterprise Valuation Thing"), "EV-to-EBIT"),
], ids=["real", "trend-names-another-known-term", "no-trend-sentence", "trend-term-unknown"])
def test_alert_term_is_the_trend_sentences(trend: str, term: str) -> None:
    """The real page, and (synthetic) its trend sentence changed: a known term there is the page's; without one the
    first definition sentence's term stands."""
    doc = parse_text(GRPAQ.replace(GRPAQ_TREND, trend), source="grpaq.txt")
    assert doc.layout == "alerts" and doc.term == term


def test_alert_quote_bar_at_loss_is_read() -> None:
    doc = parse_text(GRPAQ, source="grpaq.txt")
    pe = [f for f in doc.facts if f.metric == "pe_ratio" and f.line == 3]
    assert len(pe) == 1 and pe[0].value is None and pe[0].missing is Missing.AT_LOSS
    assert not [f for f in doc.facts if f.line == 3 and f.metric != "pe_ratio"]  # the blank ones state nothing


LTS = _real("gurufocus_ForwardDividendYield_LTS-0DJI")
LIM = _real("gurufocus_net-margin_LIM-AIHC1")


def test_kr_off_the_nordic_venues_has_no_currency() -> None:
    doc = parse_text(LTS, source="lts.txt")
    dps = next(f for f in doc.facts if f.metric == "dividends_per_share" and f.line == 21)
    assert dps.value is not None and dps.value.currency_symbol == "kr" and dps.value.currency is None
    note = next(n for n in doc.notes if n.code == "currency_ambiguous")
    assert note.line == 21 and "LTS" in note.message and "DKK" in note.message and "SEK" in note.message


@pytest.mark.parametrize(("exchange", "currency"), [("OCSE", "DKK"), ("OSTO", "SEK"), ("OSL", "NOK")])
def test_kr_on_a_nordic_venue_is_its_krone(exchange: str, currency: str) -> None:
    """Synthetic: the same page with its symbol moved to a Nordic venue."""
    doc = parse_text(LTS.replace("LTS:0DJI", f"{exchange}:0DJI"), source="nordic.txt")
    dps = next(f for f in doc.facts if f.metric == "dividends_per_share" and f.line == 21)
    assert dps.value is not None and dps.value.currency == currency
    assert not any(n.code == "currency_ambiguous" for n in doc.notes)


def test_sol_amounts_are_read_in_pen() -> None:
    doc = parse_text(LIM, source="lim.txt")
    got = {f.metric: (f.value.text, f.value.currency) for f in doc.facts if f.line == 12 and f.value is not None}
    assert got["net_income"] == ("S/.-8.1 Mil", "PEN") and got["revenue"] == ("S/.120.7 Mil", "PEN")
    assert not any(n.code == "currency_unrecognised" for n in doc.notes)


def test_an_unknown_currency_leaves_a_note() -> None:
    """Synthetic: the page's 'S/.' replaced by 'Kz', a symbol the reader does not know: the two amounts are not read,
    and each leaves a note instead of vanishing."""
    doc = parse_text(LIM.replace("S/.", "Kz"), source="kz.txt")
    assert not [f for f in doc.facts if f.line == 12 and f.metric in {"net_income", "revenue"}]
    notes = [n for n in doc.notes if n.code == "currency_unrecognised"]
    assert [n.line for n in notes] == [12, 12] and "'Kz-8.1 Mil'" in notes[0].message


ADVS = _real("gurufocus_DaysSalesOutstanding_ADVS")
SHPG = _real("gurufocus_ShillerPE_SHPG")


@pytest.mark.parametrize(("text", "name", "exchange", "ticker"), [
    (ADVS, "Advent Software Inc", None, "ADVS"),
    (SHPG, "Shire PLC", None, "SHPG"),
], ids=["ADVS", "SHPG"])
def test_untitled_page_names_its_security_in_prose(text: str, name: str, exchange: str | None, ticker: str) -> None:
    doc = parse_text(text, source="old.txt")
    sec = doc.security
    assert (sec.name, sec.exchange, sec.ticker) == (name, exchange, ticker)
    assert not any(n.code in {"lacks_name", "lacks_ticker"} for n in doc.notes)


def test_ticker_from_the_url_only_with_a_note() -> None:
    doc = parse_text(ADVS, source="advs.txt")
    note = next(n for n in doc.notes if n.code == "symbol_from_url")
    assert "ADVS" in note.message and any(n.code == "lacks_exchange" for n in doc.notes)


@pytest.mark.parametrize(("url", "symbol"), [
    ("https://www.gurufocus.com/term/DaysSalesOutstanding/NAS:ADVS/Days-Sales-Outstanding/", ("NAS", "ADVS")),
    ("https://www.gurufocus.com/term/DaysSalesOutstanding/Days-Sales-Outstanding", (None, None)),
    ("https://www.gurufocus.com/term/DaysSalesOutstanding/advs/x", (None, None)),
    # the 2012 addresses print a colon before the exchange ('/term/Accts+Rec./:NYSE:CIT/Accounts-Receivable', gfx 005)
    ("https://www.gurufocus.com/term/DaysSalesOutstanding/:NAS:ADVS/Days-Sales-Outstanding", ("NAS", "ADVS")),
], ids=["exchange-in-url", "slug-word-no-ticker", "lower-case-no-ticker", "leading-colon"])
def test_url_symbol_only_when_unambiguous(url: str, symbol: tuple[str | None, str | None]) -> None:
    """Synthetic: the ADVS page under other URLs; a segment that is no ticker's shape names none."""
    rest = ADVS.partition("\n")[2]
    doc = parse_text(f"url: {url}\n{rest}", source="advs.txt")
    assert (doc.security.exchange, doc.security.ticker) == symbol


def test_possessive_of_a_common_noun_names_no_security() -> None:
    """The template page APD^M says twice 'It is calculated by dividing a company's …': no name."""
    doc = parse_text(_real("gurufocus_interest_coverage_APD-M"), source="apd.txt")
    assert doc.security.name is None


def test_ampersand_company_cut_is_repaired() -> None:
    doc = parse_text(_real("gurufocus_net-margin_XSGO-PASUR_m"), source="pasur.txt")
    sec = doc.security
    assert sec.name == "Forestal Constructora & Comercial del Pacifico Sur"
    assert sec.printed_name == "Forestal Constructoramercial del Pacifico Sur"
    assert any(n.code == "name_garbled" for n in doc.notes)


@pytest.mark.parametrize(("legal", "title", "name"), [
    ("Smith & Company Holdings Ltd", "Smithmpany Holdings", "Smith & Company Holdings"),
    ("Smith & Co Holdings Ltd", "Smith Holdings", None),  # whole-word cuts only: the title is the site's own name
    ("Smith & Comercial Ltd", "Smith Comercial", None),  # the '&' alone is no legal-form word
], ids=["inside-a-word", "whole-words", "ampersand-alone"])
def test_ampersand_company_cut_variants(legal: str, title: str, name: str | None) -> None:
    """Synthetic names: '& Co' is one cut, repaired only where it fell inside a word."""
    assert repaired_name(legal, title) == name


@pytest.mark.parametrize(("value", "unit"), [
    ("\\$ Mil", Unit.CURRENCY_AMOUNT), ("\\$", Unit.PER_SHARE), ("Mil", Unit.COUNT), ("", Unit.RATIO),
], ids=["real", "money-alone", "scale-alone", "blank"])
def test_unfilled_template_headline_shows_its_unit(value: str, unit: Unit) -> None:
    """The real template, and (synthetic) its value's furniture changed, of a term the registry lacks (its term renamed
    'Widget Outlay': Interest Expense is registered since round 23): what it shows is the unit; nothing, a ratio."""
    real = "\\$ Mil (TTM As of . 20)"
    assert real in CBS_TEMPLATE
    text = CBS_TEMPLATE.replace(real, f"{value} (TTM As of . 20)".lstrip()).replace("Interest Expense", "Widget Outlay")
    head = parse_text(text, source="cbs.txt").fact("headline")
    assert head is not None and head.missing is Missing.UNFILLED and head.unit is unit


@pytest.mark.parametrize("value", ["\\$ Mil", "\\$", "Mil", ""])
def test_a_registered_terms_unfilled_headline_is_in_the_registrys_unit(value: str) -> None:
    """Interest Expense is an amount, whatever furniture its unfilled template prints (synthetic variants)."""
    real = "\\$ Mil (TTM As of . 20)"
    doc = parse_text(CBS_TEMPLATE.replace(real, f"{value} (TTM As of . 20)".lstrip()), source="cbs.txt")
    head = doc.fact("headline")
    assert head is not None and head.missing is Missing.UNFILLED and head.unit is Unit.CURRENCY_AMOUNT


DRHKF = _real("gurufocus_TaxRate_OTCPK-DRHKF_template")
AFFILIATE = "GuruFocus Affiliate Program: Earn up to $400 per referral. ( Learn More)"


@pytest.mark.parametrize(("edit", "cut"), [
    (lambda t: t, False),
    (lambda t: t[: t.index(AFFILIATE)], True),
    (lambda t: t.replace(AFFILIATE, "See " + AFFILIATE), True),
], ids=["real", "cut-before-the-footer", "footer-words-inside-a-line"])
def test_older_layout_footer_closes_the_page(edit, cut: bool) -> None:  # type: ignore[no-untyped-def]
    """The real page, and (synthetic) the same page cut before its footer or with the footer's words inside prose."""
    doc = parse_text(edit(DRHKF), source="drhkf.txt")
    assert doc.truncated is cut
    assert any(c.rule == "gf.page.complete" for c in audit(doc).checks) is cut


PRAA = _real("gurufocus_earning_yield_greenblatt_PRAA_2013")
PRAA_HEADING = "# Portfolio Recovery Associates, Inc. Earnings Yield (Joel Greenblatt): 9.5 ( as of Mar13)"


def test_2013_heading_page_is_read() -> None:
    assert detect(PRAA) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    doc = parse_text(PRAA, source="praa.txt")
    assert (doc.layout, doc.term, doc.term_metric) == ("heading-2013", "Earnings Yield (Joel Greenblatt)",
                                                       "earnings_yield_greenblatt")
    assert (doc.security.name, doc.security.ticker) == ("Portfolio Recovery Associates, Inc.", "PRAA")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.number_text == "9.5"
    assert head.period is not None and head.period.end == "2013-03" and head.line == 3


@pytest.mark.parametrize("heading", [
    PRAA_HEADING.replace("( as of Mar13)", "as of Mar13"),
    PRAA_HEADING.replace(": 9.5 ", " 9.5 "),
], ids=["no-parenthesis", "no-colon"])  # without its '# ' the heading is still the site's: a real page prints it so (DIOD, below)
def test_2013_heading_needs_its_shape(heading: str) -> None:
    """Synthetic: without the site's '( as of MonYY)' or the value's colon the line is no 2013
    headline, and the page, which has nothing else of a term page, is not taken for one."""
    assert detect(PRAA.replace(PRAA_HEADING, heading)) is None


def test_2013_heading_without_its_hash_is_read() -> None:
    """gfm 021 (DIOD): the same 2013 page rendered without the markdown '# ' ('Diodes Inc. Return on Capital - Joel
    Greenblatt: 2.4 ( as of Mar13)') had been refused as of no known kind."""
    doc = parse_text(_real("gurufocus_roc-joel_DIOD_2013"), source="diod.txt")
    assert (doc.layout, doc.term_metric) == ("heading-2013", "roc_joel_greenblatt")
    head = next(f for f in doc.facts if f.id == "headline")
    assert head.value is not None and head.value.text == "2.4" and head.period is not None and head.period.end == "2013-03"


def test_a_quarter_printed_without_its_date_is_not_dated_today() -> None:
    """NYSE:CIT's unfilled template (gfw 001, a fixture) line 15: "'s Book Value per Sharefor the quarter that ended in
    . 20 was \\$0.00" states a quarter it does not date: the fact has no period, never the page's today (2022-05-19)."""
    doc = parse_text(_real("gurufocus_p2tangible_book_NYSE-CIT_template"), source="cit.txt")
    (book,) = [f for f in doc.facts if f.metric == "book_value_per_share" and f.line == 15]
    assert book.period is None
    assert doc.periods.today == "2022-05-19"


def test_a_history_sentence_of_a_term_named_with_of_keeps_its_whole_name() -> None:
    """LSE:BUT (gfx 007, a fixture) line 20 '… highest Forward Rate of Return was 14.57. The lowest was 1.55. And the
    median was 11.39.': the term's history in percent over 13 years, not a 'Forward Rate' of a company called 'Return'."""
    doc = parse_text(_real("gurufocus_rate-of-return-value_LSE-BUT"), source="but.txt")
    hist = [f for f in doc.facts if f.line == 20]
    assert {f.metric for f in hist} == {f"forward_rate_of_return_yacktman.{k}" for k in ("hist_max", "hist_min", "hist_median")}
    assert {(f.unit.value, f.window_years) for f in hist} == {("percent", 13)}
