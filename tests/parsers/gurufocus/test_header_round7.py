"""Header, detection and history families the round-7 pages showed, as small pages of each family (the real pages
are fixtures with labels).

The 2019 markdown page the site left blank (no security, no headline: a '# Term' title its section headings
repeat), the old title that prints '(EXCH:TICKER)' between the name and a term the registry lacks, ISO currency
codes glued to a number, the '$ Mil' template headline, and a row of periods the page's end cuts.
"""

from __future__ import annotations

import pytest

from quotecheck.parsers import Missing, parse_text
from quotecheck.parsers._errors import UnknownPageKind

_URL = "url: https://www.gurufocus.com/term/x/X\n\n"


def _blank_markdown(term: str, sections: tuple[str, ...], today: bool = True) -> str:
    text = _URL + f"# {term}\n\nThe details of how we calculate {term} are described here.\n\n"
    if today:
        text += f"As of today (2019-12-12), 's {term} is $0.00. The stock price of is $.\n\n"
    for heading in sections:
        text += heading.format(term=term) + "\n\nSome words about the section.\n\n"
    return text


_ALL = ("## {term} Historical Data", "## {term} Calculation", "(:) {term} Explanation")


@pytest.mark.parametrize("sections", [_ALL, _ALL[:2], _ALL[1:], (_ALL[0], _ALL[2])])
@pytest.mark.parametrize("today", [True, False])
@pytest.mark.parametrize("term", ["Intrinsic Value: Projected FCF", "Graham Number", "Gizmo Yield %"])
def test_blank_markdown_page_without_headline_is_a_term_page(sections: tuple[str, ...], today: bool, term: str) -> None:
    doc = parse_text(_blank_markdown(term, sections, today), source="blank.txt")
    assert doc.term == term and doc.layout == "markdown" and doc.fact("headline") is None
    assert doc.security.name is None and doc.security.ticker == "X"  # the URL's: the page prints none (round 13)
    assert {"lacks_headline", "symbol_from_url"} <= {n.code for n in doc.notes}


@pytest.mark.parametrize("text", [
    _blank_markdown("Graham Number", _ALL[:1]),  # one section heading repeats the title: not enough
    _blank_markdown("Graham Number", ("## Other Term Historical Data", "## Other Term Calculation")),
    _URL + "Notes\n\nmore notes\n\nstill more\n\n# Graham Number\n\n## Graham Number Historical Data\n\n## Graham Number Calculation\n"
    "\nmore\n\nand more\n\nand more\n",  # the heading is not the page's title: three lines of other text first
])
def test_markdown_heading_without_its_sections_is_not_a_page(text: str) -> None:
    with pytest.raises(UnknownPageKind):
        parse_text(text, source="note.txt")


def test_definition_article_is_still_refused() -> None:
    text = (_URL + "# Debt-to-EBITDA - Definition, Formula & Calculator\n\nAuthor:Jane Doe\nReviewed by:John Roe\n"
            "Fact checked by:Ann Poe\n\n## Debt-to-EBITDA Historical Data\n\n## Debt-to-EBITDA Calculation\n")
    with pytest.raises(UnknownPageKind, match="definition page"):
        parse_text(text, source="def.txt")


@pytest.mark.parametrize(("title", "name", "exchange", "ticker", "term"), [
    ("Wal-Mart Stores Inc  (NYSE:WMT) Inventory Turnover", "Wal-Mart Stores Inc", "NYSE", "WMT", "Inventory Turnover"),
    ("Acme Holdings (India) (BOM:500001) Gizmo Turnover", "Acme Holdings (India)", "BOM", "500001", "Gizmo Turnover"),
    ("Acme Corp (NAS:ACME) Inventory Turnover", "Acme Corp", "NAS", "ACME", "Inventory Turnover"),
    ("Acme Corp  (ACME) Inventory Turnover", "Acme Corp", None, "ACME", "Inventory Turnover"),  # a bare ticker
])
def test_symbol_between_name_and_unknown_term(title: str, name: str, exchange: str | None, ticker: str, term: str) -> None:
    short = name.split(" (")[0]
    text = (_URL + f"Switch to:\n{title}: 2.11 (As of Jul. 2017)\n\n{short}'s Cost of Goods Sold for the three months "
            f"ended in Jul. 2017 was $91,521 Mil. {short}'s Total Inventories for the quarter that ended in Jul. 2017 "
            "was $43,402 Mil.\n\nHistorical Data\n\n* All numbers are in millions except for per share data and ratio.\n")
    doc = parse_text(text, source="old.txt")
    assert (doc.term, doc.security.name, doc.security.exchange, doc.security.ticker) == (term, name, exchange, ticker)
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == "2.11"
    assert "lacks_ticker" not in {n.code for n in doc.notes}


def _crumb_page(value: str, price: str, exchange: str = "XBEL") -> str:
    return (_URL + f"GURUFOCUS.COM » STOCK LIST » Consumer Cyclical » Restaurants » Example d.o.o. ({exchange}:EXD) » "
            f"Definitions » Median PS Value\n\nExample d.o.o. ({exchange}:EXD) Median PS Value : {value} "
            "(As of May. 20, 2024)\n\nView and export this data going back to 2005. Start your Free Trial\n\n"
            f"As of today (2024-05-20), Example d.o.o.'s share price is {price}. Example d.o.o.'s Median PS Value is "
            f"{value}.\n")


@pytest.mark.parametrize(("code", "value", "price"), [
    ("RSD", "0.00", "450.00"), ("XOF", "1,250.50", "3,100"), ("KES", "12.40", "20.05"), ("MAD", "-3.10", "99.00"),
    ("NGN", "41.20", "1,120.00"), ("VES", "7.00", "36.10"),
])
def test_iso_code_glued_to_the_number(code: str, value: str, price: str) -> None:
    doc = parse_text(_crumb_page(code + value, code + price), source="iso.txt")
    head, quote = doc.fact("headline"), doc.fact("today.share_price")
    assert head is not None and head.value is not None and (head.value.currency, head.value.number_text) == (code, value)
    assert quote is not None and quote.value is not None and quote.value.currency == code
    assert not {"headline_unreadable", "blank_headline"} & {n.code for n in doc.notes}


def test_three_capitals_that_name_no_currency_are_not_one() -> None:
    doc = parse_text(_crumb_page("ABC12.40", "ABC20.05"), source="iso.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is None
    assert "headline_unreadable" in {n.code for n in doc.notes}


def _markdown(term: str, value_line: str) -> str:
    return (_URL + f"# {term}\n\n{value_line}\n\n's {term} for the six months ended in . 20 was $ 0.00 Mil.\n\n"
            f"## {term} Historical Data\n\n* All numbers are in millions except for per share data and ratio.\n\n"
            f"Annual Data {term}\n\n## {term} Calculation\n")


@pytest.mark.parametrize("value", ["$ Mil", "$", "€ Mil.", "RSD", "RSD Bil", "Mil", "%"])
@pytest.mark.parametrize("ttm", ["TTM ", ""])
def test_amount_template_without_its_number_is_unfilled(value: str, ttm: str) -> None:
    doc = parse_text(_markdown("Interest Expense", f": {value} ({ttm}As of . 20)"), source="md.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.UNFILLED
    codes = {n.code for n in doc.notes}
    assert "unfilled_template" in codes and not {"headline_unreadable", "blank_headline", "headline_ttm"} & codes


@pytest.mark.parametrize("value", ["$ Mil", "%", "HK$"])
def test_dated_amount_without_its_number_is_blank_not_unreadable(value: str) -> None:
    doc = parse_text(_markdown("Interest Expense", f": {value} (TTM As of Mar. 2024)"), source="md.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.BLANK
    codes = {n.code for n in doc.notes}
    assert "blank_headline" in codes and "headline_unreadable" not in codes and "unfilled_template" not in codes


@pytest.mark.parametrize("value", ["$ abc", "Mil %", "RSDX"])  # 'At Loss' is GuruFocus's marker: test_header_round11
def test_words_are_not_a_blank_amount(value: str) -> None:
    doc = parse_text(_markdown("Interest Expense", f": {value} (As of Mar. 2024)"), source="md.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is not Missing.UNFILLED
    assert "headline_unreadable" in {n.code for n in doc.notes}


_ROWS = ("GURUFOCUS.COM » STOCK LIST » Industrials » Tools » Acme Inc (NYSE:ACME) » Definitions » Altman Z-Score\n\n"
         "Acme (NYSE:ACME) Altman Z-Score : 2.50 (As of Dec. 11, 2024)\n\n"
         "View and export this data going back to 2010. Start your Free Trial\n\n"
         "* For other sections: All numbers are in millions except for per share data, ratio, and percentage.\n\n"
         "Acme Annual Data\nTrend Dec20 Dec21 Dec22 Dec23\nAltman Z-Score\n2.10 2.20 2.30 2.40\n\nAcme Quarterly Data\n")


@pytest.mark.parametrize("cut", ["Mar23 Jun23 Sep23 Dec1", "Trend Mar23 Jun23 Sep23 Oc", "Mar23 Jun23 Sep23 D",
                                 "Mar23 Jun23 Sep23 Dec"])
def test_row_of_periods_cut_by_the_page_end_makes_no_series(cut: str) -> None:
    doc = parse_text(_URL + _ROWS + cut + "\n", source="cut.txt")
    assert [(s.metric, len(s.points)) for s in doc.series] == [("altman_z_score", 4)]
    cut_notes = [n for n in doc.notes if n.code == "row_truncated"]
    assert len(cut_notes) == 1 and cut_notes[0].line == doc.truncated_at_line


def test_row_with_its_label_cut_by_the_page_end_keeps_its_label() -> None:
    doc = parse_text(_URL + _ROWS + "Mar23 Jun23 Sep23 Dec23\nAltman Z-Score\n", source="cut.txt")
    assert [(s.metric, len(s.points)) for s in doc.series] == [("altman_z_score", 4), ("altman_z_score", 0)]


@pytest.mark.parametrize(("price", "value"), [("$1.0E-5", "0.000010"), ("$8.8E-5", "0.000088"), ("$0.1353", "0.1353")])
def test_a_price_in_scientific_notation_is_todays_price(price: str, value: str) -> None:
    """Round-42 tester xf F1: 'The stock price of Strategic Oil & Gas is $1.0E-5.' (OTCPK:SOGFF) was read as a
    calculation's input but not as today's price: the sentence's pattern allowed no exponent after the decimals."""
    doc = parse_text(_crumb_page("USD0.00", price), source="sci.txt")
    quote = doc.fact("today.share_price")
    assert quote is not None and quote.value is not None
    assert (str(quote.value.value), quote.value.currency) == (value, "USD")
