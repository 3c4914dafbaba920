"""Round 11's unseen pages (testers gfc and gfd): header readings that were wrong, missing or refused.

gfd F-3: a 2026 headline that ends '(As of Sep. 2025) — 44224% Above Median' (real page JSE:SLG) is a headline: the
page is a term page and the suffix is read into a note, not checked (the headline does not print the median).

gfc #3: a stacked 'Switch to:' title whose term the registry does not list ('Sturm Ruger & Company (NYSE:RGR)' over
'3-Year Buyback Ratio'; real pages RGR 2014/2015) is read as name, symbol and term, not the term as the name; a
template's bare '$' value (USB^M) and a term line over a page that names no security (SPWR^M, whose prose speaks of
it as the company's quantity) name no security. The URL's percent-encoded 'USB%5EM' is the page's USB^M.

gfd F-5: the 2026 alerts layout (real page XKLS:5027) prints its name and symbol alone on a line, its headline as the
summary 'Name EXCH:TICKER 90 Beneish M-Score is -2.33 as of Jun. 25, 2026.', and splits the annual row's cells over
lone '|' lines: name, headline, the M-score verdict and the five printed values are read.

gfd F-10 / gfc #8: notes that contradicted the page. '0 (At Loss)' (real page BSP:SGPS3) is GuruFocus's at-loss marker:
missing 'at_loss' and one note saying so; 'N/A' (XBRA:1OTP005E) is noted as N/A, not blank; the unfilled template's
'0.00%%' (NAS:NANO) is the unfilled template; a complete formula followed by a paragraph the page's cut ends is not
'cut off inside this formula'.

gfd F-13: GuruFocus makes its short name by cutting legal-form words out of the legal name as letters, inside words
too ('New Zealand King Salmon Investments Ltd' -> 'New Zealand Kinglmon Investments'). Where the breadcrumb's legal
name proves such a cut inside a word, ``name`` is the repaired name and ``printed_name`` keeps the printed one.
Variants edited inside a test are synthetic and say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Missing, PageKind, Site, audit, detect, parse_text
from quotecheck.parsers.gurufocus._names import repaired_name

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
    assert note.line == 3 and "44224% above" in note.message and "compared with the page's sentence that prints it" in note.message
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
     "3_year_average_buyback_ratio", "-1.10"),  # the registry's id since vocab11 (one id for the buyback ratio's names)
    ("gurufocus_total_buyback_3y_NYSE-RGR_2015", ("Sturm Ruger & Co Inc", "NYSE", "RGR"), "3-Year Average Buyback Ratio",
     "3_year_average_buyback_ratio", "-1.20"),
    ("gurufocus_eps_nri_USB-M_template", (None, None, "USB^M"), "Earnings per share without Non-Recurring Items (NRI)",
     "eps_without_nri", None),
    ("gurufocus_non-recurring-items_SPWR-M_template", (None, None, "SPWR^M"), "Non-Recurring Items", "non_recurring_items",
     None),  # the page prints no ticker: the URL's (round 13, with the note symbol_from_url)
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


XKLS = _real("gurufocus_mscore_alerts-2026_XKLS-5027")


def test_alerts_2026_name_and_summary_headline() -> None:
    doc = parse_text(XKLS, source="xkls.txt")
    sec = doc.security
    assert (sec.name, sec.exchange, sec.ticker, doc.term, doc.layout) == (
        "Kim Loong Resources Bhd", "XKLS", "5027", "Beneish M-Score", "alerts")
    head = doc.fact("headline")
    assert head is not None and head.line == 8 and str(head.value.value) == "-2.33" and head.as_of == "2026-06-25"
    assert not {"lacks_name", "lacks_headline"} & {n.code for n in doc.notes}


def test_alerts_2026_verdict_is_checked_against_the_headline() -> None:
    checks = [c for c in audit(parse_text(XKLS, source="xkls.txt")).checks if c.rule == "gf.mscore.verdict"]
    assert [c.status.value for c in checks] == ["pass"]


def test_alerts_2026_row_split_over_pipe_lines() -> None:
    doc = parse_text(XKLS, source="xkls.txt")
    row = next(s for s in doc.series if s.frequency.value == "annual")
    got = [(p.period_text, p.value.text if p.value else p.missing.value) for p in row.points]
    assert got == [*((f"Jan{y}", "premium_only") for y in range(17, 22)),
                   ("Jan22", "-2.40"), ("Jan23", "-2.93"), ("Jan24", "-3.18"), ("Jan25", "-3.05"), ("Jan26", "-2.33")]
    assert row.line == 24


@pytest.mark.parametrize(("old", "new"), [
    ("Kim Loong Resources Bhd XKLS:5027 90 Beneish M-Score is", "Kim Loong Resources Bhd XKLS:5027 90 Altman Z-Score is"),
    ("Kim Loong Resources Bhd XKLS:5027 90 Beneish M-Score is", "Kim Loong Resources Bhd XKLS:5028 90 Beneish M-Score is"),
], ids=["other-term", "other-symbol"])
def test_alerts_2026_summary_of_another_term_or_symbol_is_no_headline(old: str, new: str) -> None:
    """Synthetic: a summary that names another term, or another symbol than the alert line's, is not this page's
    headline; the verdict is then not checked, and its skip says where the M-score is printed."""
    doc = parse_text(XKLS.replace(old, new), source="xkls.txt")
    assert doc.fact("headline") is None
    skip = next(c for c in audit(doc).checks if c.rule == "gf.mscore.verdict")
    assert skip.status.value == "skip" and "only in the verdict sentence (line 13)" in skip.message


def test_alerts_2026_without_its_name_line_names_nothing() -> None:
    """Synthetic: with line 7 deleted the page prints no name alone, and no summary is read without it."""
    doc = parse_text(XKLS.replace("Kim Loong Resources Bhd XKLS:5027\n", "", 1), source="xkls.txt")
    assert doc.security.name is None and doc.fact("headline") is None


SGPS3 = _real("gurufocus_interest-coverage_BSP-SGPS3")
SGPS3_VALUE = "Interest Coverage : 0 (At Loss) (As of"


@pytest.mark.parametrize("value", ["0 (At Loss)", "At Loss", "0.00 (At Loss)"], ids=["real", "bare", "decimals"])
def test_at_loss_headline_is_the_sites_marker(value: str) -> None:
    """The real headline, and (synthetic) the marker's other forms."""
    doc = parse_text(SGPS3.replace(SGPS3_VALUE, f"Interest Coverage : {value} (As of"), source="sgps3.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.AT_LOSS and head.period_text == "Mar. 2023"
    codes = [n.code for n in doc.notes]
    assert "headline_at_loss" in codes and not {"headline_unreadable", "blank_headline"} & set(codes)


@pytest.mark.parametrize("value", ["1 (At Loss)", "At Loss 5", "(At Loss) 0"], ids=["nonzero", "trailing", "order"])
def test_other_text_with_at_loss_is_unreadable(value: str) -> None:
    """Synthetic: only the marker's own forms are the marker; other text stays unreadable, and is not called blank."""
    doc = parse_text(SGPS3.replace(SGPS3_VALUE, f"Interest Coverage : {value} (As of"), source="sgps3.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is not Missing.AT_LOSS
    codes = {n.code for n in doc.notes}
    assert "headline_unreadable" in codes and "blank_headline" not in codes


@pytest.mark.parametrize(("page", "missing", "note"), [
    ("gurufocus_margin-dcEarning_XBRA-1OTP005E", Missing.NOT_AVAILABLE, "headline_not_available"),  # 'N/A'
    ("gurufocus_ROTE_NAS-NANO_template", Missing.UNFILLED, "unfilled_template"),  # '0.00%%' of an unfilled template
], ids=["not-available", "doubled-percent-template"])
def test_a_headline_without_a_value_is_noted_for_what_it_is(page: str, missing: Missing, note: str) -> None:
    doc = parse_text(_real(page), source=f"{page}.txt")
    head = doc.fact("headline")
    assert head is not None and head.missing is missing
    codes = {n.code for n in doc.notes}
    assert note in codes and not {"headline_unreadable", "blank_headline"} & codes


def test_dated_doubled_percent_is_not_a_template() -> None:
    """Synthetic: with a date, '0.00%%' is no template (the date is the page's): it stays unreadable."""
    text = _real("gurufocus_ROTE_NAS-NANO_template").replace(": 0.00%% (As of . 20)", ": 0.00%% (As of Mar. 2024)")
    codes = {n.code for n in parse_text(text, source="nano.txt").notes}
    assert "headline_unreadable" in codes and "unfilled_template" not in codes


def _formula_skips(text: str) -> dict[str, str]:
    checks = audit(parse_text(text, source="nano.txt")).checks
    return {c.subject: c.message for c in checks if c.rule == "gf.calc.arithmetic"}


def test_a_complete_formula_before_the_cut_paragraph_is_not_cut() -> None:
    skips = _formula_skips(_real("gurufocus_ROTE_NAS-NANO_template"))
    assert "cut off" not in skips["ROTE (line 22)"] and "no printed result" in skips["ROTE (line 22)"]


def test_a_formula_the_page_ends_in_is_cut() -> None:
    """Synthetic: the same page ended on the formula's line, or on a '=' line that continues it, is cut inside it."""
    lines = _real("gurufocus_ROTE_NAS-NANO_template").split("\n")
    assert "cut off inside this formula" in _formula_skips("\n".join(lines[:22]))["ROTE (line 22)"]
    assert "cut off inside this formula" in _formula_skips("\n".join([*lines[:22], "", "= 1"]))["ROTE (line 22)"]


@pytest.mark.parametrize(("name", "repaired", "printed"), [
    ("gurufocus_dso_OTCPK-NZKSF", "New Zealand King Salmon Investments", "New Zealand Kinglmon Investments"),
    ("gurufocus_days-payable_IST-ERSU", "Ersu Meyve ve Gida Sanayi AS", "Ersu Meyve ve Gidanayi AS"),
    ("gurufocus_e10_LSE-DIVI", "Diverse Income Trust (The)", "Diverseome Trust (The)"),
    ("gurufocus_shillerpe_OTCPK-ENDTF", "Canoe EIT Income Fund", "Canoe EITome Fund"),
])
def test_garbled_short_name_is_repaired_and_kept(name: str, repaired: str, printed: str) -> None:
    doc = parse_text(_real(name), source=f"{name}.txt")
    assert (doc.security.name, doc.security.printed_name) == (repaired, printed)
    note = next(n for n in doc.notes if n.code == "name_garbled")
    assert printed in note.message and repaired in note.message


@pytest.mark.parametrize(("legal", "title"), [
    ("Apple Inc", "Apple"),  # a whole word cut: the site's short name, no garbling
    ("Coca-Cola Co", "Coca-Cola Co"),
    ("Acme Gold Resources Ltd", "Acme Resources"),  # a cut that is no legal-form word
    ("Acme Holdings", "Acmeldings"),  # letters cut from inside a word that are no legal-form word
    ("Acme Income Fund", "Acme Growth Fund"),  # another name
])
def test_names_the_cuts_do_not_explain_are_kept(legal: str, title: str) -> None:
    """Synthetic names: only a cut of a legal-form word from inside a word is the site's garbling."""
    assert repaired_name(legal, title) is None


def test_the_repair_keeps_the_whole_word_cuts() -> None:
    assert repaired_name("Diverse Income Trust (The) PLC", "Diverseome Trust (The)") == "Diverse Income Trust (The)"
    assert repaired_name("Grupo Mexico SAB de CV", "Grupo MexicoB de CV") == "Grupo Mexico SAB de CV"
