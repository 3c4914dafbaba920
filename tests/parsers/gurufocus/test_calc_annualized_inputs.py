"""A calculation block that prints a term's inputs under their bare names where the term's definition annualizes and
averages them: 'ROA %(Q: Nov. 2018 ) =Net Income/Total Assets =5.744/87.933', above 'Note: The Net Income data used
here is four times the quarterly (Nov. 2018) net income data'. 5.744 is the annualized net income and 87.933 the
average Total Assets, as the paragraph says ('annualized Net Income … $5.74 Mil', 'average Total Assets … $87.93 Mil');
they were stated as the quarter's net_income and total_assets (round-36 gqx F2, OTCPK:ELEK 2018). The real page is
fixtures/gurufocus/realpages; the edited variants are synthetic."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_edits import checked, parsed

from quotecheck.parsers import Frequency, Status, parse_file

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_roa_OTCPK-ELEK_2018.txt"
CUT_NOTE = "* For Operating Data section: All numbers are indicated by the unit behind each term and all currency related amount ar"
WHOLE_NOTE = ("* For Operating Data section: All numbers are indicated by the unit behind each term and all currency related "
              "amount are in USD.\n* For other sections: All numbers are in millions except for per share data, ratio, and "
              "percentage. All currency related amount are indicated in the company's associated stock exchange currency.")


def test_the_du_pont_inputs_are_the_annualized_net_income_and_the_average_total_assets() -> None:
    facts = {f.id: f for f in parse_file(PAGE).facts}
    income = facts["calc.roa_q_nov_2018.annualized_net_income"]
    assets = facts["calc.roa_q_nov_2018.average_total_assets"]
    for fact, value in ((income, Decimal("5.744")), (assets, Decimal("87.933"))):
        assert fact.value is not None and fact.value.value == value and fact.value.scale_factor == 1_000_000
        assert (fact.period.end, fact.period.frequency) == ("2018-11", Frequency.QUARTERLY)  # type: ignore[union-attr]
        assert fact.value.currency is None  # the page's note on its bare amounts' currency is cut (line 36)
    assert not [f for f in facts.values() if f.metric in ("net_income", "total_assets")]


def test_the_block_and_the_paragraph_state_one_quantity_each() -> None:
    checks = [c for c in checked(PAGE) if c.rule == "gf.restated"]
    subjects = {c.subject: c.status for c in checks}
    assert subjects["annualized_net_income (2018-11, quarterly)"] is Status.PASS
    assert subjects["average_total_assets (2018-11, quarterly)"] is Status.PASS


def test_a_page_that_names_its_bare_currency_gives_the_inputs_that_currency() -> None:
    """Synthetic: the note the page's cut took off, whole: the block's bare amounts are in the listing's dollars."""
    facts = {f.id: f for f in parsed(PAGE, (CUT_NOTE, WHOLE_NOTE)).facts}
    assert facts["calc.roa_q_nov_2018.annualized_net_income"].currency == "USD"
    assert facts["calc.roa_q_nov_2018.average_total_assets"].currency == "USD"


def test_a_fiscal_years_block_takes_the_years_own_net_income() -> None:
    """Synthetic: the same block for a fiscal year: the year's net income is its own annualized one, and its Total
    Assets are still the year's average."""
    facts = {f.id: f for f in parsed(PAGE, ("ROA %(Q: Nov. 2018 )", "ROA %(A: Nov. 2018 )")).facts}
    income = facts["calc.roa_a_nov_2018.net_income"]
    assets = facts["calc.roa_a_nov_2018.average_total_assets"]
    assert income.metric == "net_income" and assets.metric == "average_total_assets"
    assert income.period.frequency is Frequency.ANNUAL  # type: ignore[union-attr]


def test_a_form_that_writes_out_its_annualizing_prints_the_quarters_own_net_income() -> None:
    """Synthetic: 'Net Income*4' printed '1.436*4': the quarter's own net income, times the four quarters."""
    doc = parsed(PAGE, ("=Net Income/Total Assets\n=5.744/87.933", "=Net Income*4/Total Assets\n=1.436*4/87.933"))
    facts = {f.id: f for f in doc.facts}
    income = facts["calc.roa_q_nov_2018.net_income"]
    assert income.value is not None and income.value.value == Decimal("1.436")
    assert "calc.roa_q_nov_2018.annualized_net_income" not in facts


APTY = PAGE.parent / "gurufocus_total-assets_OTCPK-APTY_2018.txt"


def test_an_input_tagged_with_its_quarter_that_the_note_says_is_four_times_it_is_the_annualized_flow() -> None:
    """'ROA %=Net Income (Q: Oct. 2018 )/( (Total Assets (Q: Jul. 2018 )+Total Assets (Q: Oct. 2018 ))/ count )',
    '=-1.22/( (0.191+0.217)/ 2 )' and, under the block, 'Note: The Net Income data used here is four times the quarterly
    (Oct. 2018) data.' (OTCPK:APTY, round-45 tester tg F3): the -1.22 is the quarter's net income x 4, not the quarter's;
    the Total Assets it averages are the quarters' own."""
    facts = [f for f in parse_file(APTY).facts if f.line == 22]
    by_metric = {(f.metric, f.period.end if f.period else None): f.value.text for f in facts if f.value}
    assert by_metric == {("annualized_net_income", "2018-10"): "-1.22", ("total_assets", "2018-07"): "0.191",
                         ("total_assets", "2018-10"): "0.217"}


def test_without_the_note_the_tagged_input_is_the_quarters() -> None:
    """Synthetic: the note taken away, 'Net Income (Q: Oct. 2018 )' is the quarter's net income, as the tag says."""
    doc = parsed(APTY, ("Note: The Net Income data used here is four times the quarterly (Oct. 2018) data.", ""))
    assert {f.metric for f in doc.facts if f.line == 22} == {"net_income", "total_assets"}
