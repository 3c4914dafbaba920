"""Round 10 verdicts on real pages (fixtures/gurufocus/realpages, from the tool library's search store): ranges the
page itself shows are no measurement, malformed numbers, and how a downgraded FAIL is worded. Variants edit the text
in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status, audit, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
ACE = GF / "gurufocus_enterprise-value-to-revenue_ASX-ACE.txt"
FOY = GF / "gurufocus_price-to-free-cash-flow_XBRU-FOY.txt"
ASV = GF / "gurufocus_ps_ASX-ASV.txt"


def test_an_all_zero_range_is_no_measurement() -> None:
    """ACE: 'Min: 0 Med: 0 Max: 0' beside 'Current: 1.72' on a page that does not calculate its EV-to-Revenue. The
    Current is not placed in the filler: a skip with the reason, as the range's order is (it was a warning until round
    48, when tester ty F1 found XPAR:MIL's headline and Current each warned of a range the page does not have)."""
    (check,) = [c for c in checked(ACE) if c.rule == "gf.range.current"]
    assert check.status is Status.SKIP and "every value of the range is 0" in check.message
    measured = [c for c in checked(ACE, ("Min: 0   Med: 0   Max: 0", "Min: 0.5   Med: 0.9   Max: 1.2"))
                if c.rule == "gf.range.current"]
    # a range's own Current outside its measured bounds: EV-to-Revenue moves with the price, so today's Current may be a
    # new high the range has not taken in (a real page, IST:FZLGY, prints one): a warning, not the filler's reason
    assert [c.status for c in measured] == [Status.WARN]
    assert "moves with the share price" in (measured[0].reason or "")


def test_a_growth_bound_the_page_contradicts_proves_nothing() -> None:
    """FOY line 30: lowest 0.00%, median -6.70%: the -13.40% of line 28 below 0.00% is a WARN, not a FAIL; so is the
    range's own order since round 42 (tester za F1, LTS:0DL6): a median below a lowest printed 0.00 cannot hold as
    printed, but GuruFocus prints 0.00 for a value it does not have, and without it the range is in order."""
    checks = checked(FOY)
    (growth,) = [c for c in checks if c.rule == "gf.growth.range"]
    assert growth.status is Status.WARN and "median -6.70%" in (growth.reason or "")
    order = [c for c in checks if c.rule == "gf.range.order" and "growth" in (c.subject or "")]
    assert [c.status for c in order] == [Status.WARN]
    assert "the minimum prints 0.00, which GuruFocus prints for a value it does not have" in (order[0].reason or "")
    misordered = checked(FOY, ("The lowest was 0.00% per year. And the median was -6.70%",
                               "The lowest was 1.00% per year. And the median was -6.70%"))  # synthetic: no zero
    assert [c.status for c in misordered if c.rule == "gf.range.order" and "growth" in (c.subject or "")] == [Status.FAIL]
    consistent = checked(FOY, ("The lowest was 0.00% per year. And the median was -6.70%",
                               "The lowest was -10.00% per year. And the median was -6.70%"))
    (growth,) = [c for c in consistent if c.rule == "gf.growth.range"]
    assert growth.status is Status.FAIL  # -13.40% below a lowest of -10.00% the median agrees with


def test_a_zero_bound_crossed_is_no_proof() -> None:
    """With a median that agrees with it, a 0.00% bound the rate falls beyond may still be GuruFocus's 'not available'."""
    checks = checked(FOY, ("And the median was -6.70% per year.", "And the median was 6.70% per year."))
    (growth,) = [c for c in checks if c.rule == "gf.growth.range"]
    assert growth.status is Status.WARN and "lowest printed is 0.00%" in (growth.reason or "")


BHP = GF / "gurufocus_ev2ebit_BHP_2014.txt"


def test_a_malformed_number_is_no_number_never_its_first_digits() -> None:
    """'$2,21.6.73 Mil.' was read as '$2' without its scale, and the EV/EBIT recomputed from it failed by a factor of a
    million. A value is read whole or not at all; the page's own FAIL (11.74 where its inputs give 11.53) stands."""
    assert [c.status for c in checked(BHP) if c.rule == "gf.calc.prose" and 8 in c.lines()] == [Status.FAIL]
    garbled = [c for c in checked(BHP, ("is $221,673 Mil.", "is $2,21.6.73 Mil.")) if c.rule == "gf.calc.prose" and 8 in c.lines()]
    assert [c.status for c in garbled] == [Status.SKIP] and "enterprise_value" in (garbled[0].reason or "")


def test_a_blank_industry_median_keeps_the_companys_value() -> None:
    """'Industry Median: vs XTER:EEX: 7.63' (a delisted security's page): the company's 7.63 is a copy of its value."""
    text = ACE.read_text(encoding="utf-8").replace("Industry Median: 2.2 vs ASX:ACE: 1.72", "Industry Median: vs ASX:ACE: 1.72")
    doc = parse_text(text, source="synthetic")
    industry = {f.id: f for f in doc.facts if f.context == "industry"}
    assert "industry.median" not in industry
    assert industry["industry.current"].value is not None and industry["industry.current"].value.text == "1.72"


def test_no_value_is_placed_in_an_inverted_range() -> None:
    """RGR 2014 prints 'Min: 11.3 Max: -1.8' with 'Current: -1.1': the order FAILs (a misprint the page proves); the
    Current, between the bounds whichever way they are labelled, is a SKIP, not a second FAIL of one misprint."""
    text = (ACE.read_text(encoding="utf-8").replace("Min: 0   Med: 0   Max: 0", "Min: 11.3   Med: 0.5   Max: -1.8")
            .replace("Current: 1.72", "Current: -1.1").replace("vs ASX:ACE: 1.72", "vs ASX:ACE: -1.1"))
    checks = audit(parse_text(text, source="synthetic")).checks
    assert [c.status for c in checks if c.rule == "gf.range.order"] == [Status.FAIL]
    (current,) = [c for c in checks if c.rule == "gf.range.current"]
    assert current.status is Status.SKIP and "inverted" in (current.reason or "")
    assert not [c for c in checks if c.rule == "gf.range.history"]


def test_the_day_counts_share_one_headline_convention() -> None:
    """NZSE:GFI's Days Sales Outstanding headline 'As of Mar. 2023' is the year's 116.26 where its statement is the
    half-year's 58.13: like Days Inventory and Days Payable, the headline's frequency is not known."""
    from quotecheck.parsers._metrics import headline_frequency_known

    days = ("days_sales_outstanding", "days_inventory", "days_payable", "cash_conversion_cycle")
    assert [headline_frequency_known(m) for m in days] == [False] * len(days)


def test_only_a_days_headline_is_said_to_be_at_todays_price() -> None:
    """gf.headline_vs_latest_row says the headline is at today's price: true of 'As of May 13, 2024' (FCF Yield BHP),
    untrue of a month's headline ('ROE % Adjusted to Book Value : 4.98% (As of Dec. 2023)', the quarter's PB)."""
    today = [c for c in checked(GF / "gurufocus_fcf-yield_NYSE-BHP.txt") if c.rule == "gf.headline_vs_latest_row"]
    assert [c.status for c in today] == [Status.SKIP] and "today's price" in (today[0].reason or "")
    assert not [c for c in checked(GF / "gurufocus_roe-adj_LIM-AAPL.txt") if c.rule == "gf.headline_vs_latest_row"]


CSCO = GF / "gurufocus_netcash_per_share_NAS-CSCO_2017.txt"


def test_a_history_row_of_zeros_states_nothing() -> None:
    """CSCO 2017: 'Net Cash per Share 0.00 0.00 0.00 0.00 0.00' under twenty quarters beside the statement's $1.37
    (which its own formula works out) was a false FAIL; the zeros are placeholders. A row with one real value is a row."""
    (check,) = [c for c in checked(CSCO)
                if c.rule == "gf.restated" and c.subject == "net_cash_per_share (2017-07, quarterly)"]
    assert check.status is Status.SKIP and "0.00 in every cell" in (check.reason or "")
    real = [c for c in checked(CSCO, ("Oct17 Net Cash per Share 0.00 0.00 0.00 0.00 0.00",
                                      "Oct17 Net Cash per Share 0.00 0.00 0.00 0.00 2.37"))
                if c.rule == "gf.restated" and c.subject == "net_cash_per_share (2017-07, quarterly)"]
    assert [c.status for c in real] == [Status.FAIL]  # one value that is not a placeholder: the row is measured


def test_a_number_the_page_end_cuts_is_not_read() -> None:
    """A page that stops at 'EV/EBIT ratio for today is 1' (of 11.74) had '1' read whole: an invented value and a
    false FAIL against its own inputs. The number touching the cut is dropped; a year after its month is kept."""
    text = BHP.read_text(encoding="utf-8")
    cut = text[: text.index("for today is 11.74") + len("for today is 1")]
    doc = parse_text(cut, source="synthetic")
    assert not [f for f in doc.facts if f.value is not None and f.value.text == "1"]
    assert not [c for c in audit(doc).checks if c.status is Status.FAIL]
    from quotecheck.parsers.gurufocus._lines import split_page

    ends = {t: split_page(f"x\n{t}").lines[-1] for t in ("was NZ$6.", "is 1", "ended in Dec. 2013.", "is 1.72.", "Trend Dec14 Dec1")}
    assert ends == {"was NZ$6.": "was", "is 1": "is", "ended in Dec. 2013.": "ended in Dec. 2013.", "is 1.72.": "is 1.72.",
                    "Trend Dec14 Dec1": "Trend Dec14 Dec1"}  # a year after its month, a whole decimal, a period label stay
    assert "is 1" in split_page("x\nis 1\n").lines  # a line the text ends after is whole


def test_an_abbreviation_inside_a_label_starts_no_sentence() -> None:
    """'… selling, general, & admin. expense for the three months ended in Dec. 2023 was $11.32 Mil.' (a tester's
    SG&A page) had filed $11.32 Mil under the metric 'expense': a sentence starts with a capital, 'admin. expense' does
    not start one. A sentence after a full stop still does."""
    sga = "Acusensus's selling, general, & admin. expense for the three months ended in Dec. 2023 was A$11.32 Mil."
    doc = parse_text(ACE.read_text(encoding="utf-8").replace("The reason Enterprise Value", sga + "\n\nThe reason Enterprise Value", 1),
                     source="synthetic")
    assert not [f for f in doc.facts if f.metric == "expense"]
    after = "The page says so. Revenue for the three months ended in Dec. 2023 was A$1.50 Mil."
    doc = parse_text(ACE.read_text(encoding="utf-8").replace("The reason Enterprise Value", after + "\n\nThe reason Enterprise Value", 1),
                     source="synthetic")
    assert [f.value.text for f in doc.facts if f.metric == "revenue" and f.value] == ["A$1.50 Mil"]


def test_a_sum_names_its_term_after_a_company_name_without_its_possessive() -> None:
    """'Wal-Mart Stores Inc Gross Profit for the trailing twelve months (TTM) … = $120,662 Mil.' (a 2015 page) had the
    metric 'wal_mart_stores_inc_gross_profit' in the unit 'ratio'; the sum is the registry's term the label ends with."""
    tm = GF / "gurufocus_ev2ebit_TM.txt"
    text = tm.read_text(encoding="utf-8").replace("Toyota Motor Corp's Earnings Before Interest and Taxes (EBIT) for the",
                                                  "Toyota Motor Corp Earnings Before Interest and Taxes (EBIT) for the", 1)
    ttm = {f.metric for f in parse_text(tm.read_text(encoding="utf-8"), source="tm").facts if f.context == "ttm"}
    assert ttm and {f.metric for f in parse_text(text, source="synthetic").facts if f.context == "ttm"} == ttm


def test_a_company_name_with_a_comma_keeps_its_calculation() -> None:
    """'Therefore, NASB Financial, Inc.'s P/E Ratio for today is 9.10.' (a 2014 page) was never read: the name's comma
    ended the search for its possessive. BHP 2014 renamed so keeps its proof."""
    renamed = checked(BHP, ("Therefore, BHP Billiton Ltd's EV/EBIT", "Therefore, BHP Billiton, Inc.'s EV/EBIT"))
    assert [c.status for c in renamed if c.rule == "gf.calc.prose" and 8 in c.lines()] == [Status.FAIL]
