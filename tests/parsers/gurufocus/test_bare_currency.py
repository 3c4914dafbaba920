"""Bare amounts (rows, tables, range and industry lines, a calculation block's amounts) carry the currency the page's note names for them: 'All
currency related amount are indicated in the company's associated stock exchange currency'. Real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Unit, parse_file, parse_text
from quotecheck.parsers._securities import HOME_MARKET_VENUES, listing_currency, segment_currency

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
NOTE = "currency related amount are indicated in the company's associated stock exchange currency"
PAGES = sorted(p for p in FIXTURES.glob("*/*.txt") if NOTE in p.read_text(encoding="utf-8"))
BARE = ("history", "table", "range", "industry")
MONEY = (Unit.CURRENCY_AMOUNT, Unit.PER_SHARE)


def test_the_note_is_on_many_fixture_pages() -> None:
    assert len(PAGES) >= 40


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_bare_amounts_carry_the_pages_currency(page: Path) -> None:
    doc = parse_file(page)
    headline = next((f.currency for f in doc.facts if f.context == "headline" and f.currency), None)
    exchange = doc.security.exchange  # a foreign segment's where the headline prints its currency (LIM:GILD's '$');
    expected = segment_currency(exchange, headline) or listing_currency(exchange, doc.security.ticker) or headline
    if exchange in HOME_MARKET_VENUES and headline:  # Cboe Europe's: the headline's, its home market's (CHIX:ICOSm's '€')
        expected = headline
    bare = [f for f in doc.facts if f.context in BARE and f.unit in MONEY and f.value is not None and not f.value.percent
            and f.value.currency_symbol is None]
    assert all(f.currency == expected for f in bare), [(f.id, f.currency, expected) for f in bare if f.currency != expected][:3]


def test_a_page_without_the_note_gives_its_bare_amounts_no_currency() -> None:
    """Synthetic: the note deleted from TSE:9250's Net Income page: its rows' amounts keep no currency (none printed,
    none named), where the real page's rows are in yen."""
    page = FIXTURES / "realpages" / "gurufocus_net-income_TSE-9250.txt"
    body = page.read_text(encoding="utf-8")
    assert NOTE in body

    def bare(text: str) -> list[tuple[str, str | None]]:
        return [(f.id, f.currency) for f in parse_text(text, source=str(page)).facts if f.context in BARE
                and f.unit in MONEY and f.value is not None and f.value.currency_symbol is None]

    assert bare(body) and {c for _, c in bare(body)} == {"JPY"}
    edited = bare(body.replace(NOTE, "currency related amounts are as shown"))
    assert edited and {c for _, c in edited} == {None}


TFE = FIXTURES / "realpages" / "gurufocus_cogs2rev_XKRX-425420.txt"  # gfp 033: '=42660.97 / 63746.726'


def test_a_calculations_bare_amounts_carry_the_pages_currency() -> None:
    """gfp #8: the operands of the COGS to Revenue blocks are printed bare, in millions and in the currency the note
    names, as the rows are."""
    doc = parse_file(TFE)
    amounts = [o for c in doc.calculations if c.id.startswith("calc.") for s in c.steps for o in s.operands if o.metric]
    assert len(amounts) == 4 and {o.number.currency for o in amounts} == {"KRW"}
    facts = [f for f in doc.facts if f.context == "calculation" and f.unit is Unit.CURRENCY_AMOUNT]
    assert len(facts) == 4 and {f.currency for f in facts} == {"KRW"}


def test_without_the_note_a_calculations_bare_amounts_name_no_currency() -> None:
    """Synthetic: the real page with its note's currency sentence taken out."""
    text = TFE.read_text(encoding="utf-8")
    assert text.count(NOTE) == 1
    doc = parse_text(text.replace("All " + NOTE + ".", ""), source="synthetic")
    amounts = [o for c in doc.calculations if c.id.startswith("calc.") for s in c.steps for o in s.operands if o.metric]
    assert len(amounts) == 4 and {o.number.currency for o in amounts} == {None}


def test_a_foreign_segments_amounts_are_in_its_currency() -> None:
    """Round-47 tester tc F1: Gilead Sciences in Lima prints its amounts in US dollars ('$6,085 Mil', '$5,338.00 Mil'):
    the bare cells of its annual row are those dollars, not the Lima exchange's soles, and so is the listing's currency."""
    doc = parse_file(FIXTURES / "realpages" / "gurufocus_cash-and-cash-equivalents_LIM-GILD.txt")
    rows = [f for f in doc.facts if f.context == "history" and f.value is not None]
    assert [f.value.text for f in rows] == ["11,631.00", "5,997.00", "5,338.00", "5,412.00", "6,085.00"]
    assert {f.currency for f in rows} == {"USD"} and listing_currency("LIM", "GILD") == "PEN"
    assert doc.security.currency == "USD"
    said = {(f.period.end, f.value.value) for f in doc.facts if f.context == "statement" and f.value and f.period}
    assert all(f.currency == "USD" for f in doc.facts if f.context == "statement" and f.value)
    assert {(f.period.end, f.value.value) for f in rows if f.period} & said  # the same amounts, the same currency


def test_a_cboe_europe_pages_amounts_are_in_its_home_markets_currency() -> None:
    """Round-47 tester tr F1: Intercos SpA on Cboe Europe (CHIX:ICOSm, Milan's line) prints '€2.14 Mil': its rows'
    bare cells are euros, as the security's currency is, not the venue's pounds."""
    doc = parse_file(FIXTURES / "realpages" / "gurufocus_minority-interest_CHIX-ICOSm.txt")
    rows = [f for f in doc.facts if f.context == "history" and f.value is not None]
    assert rows and {f.currency for f in rows} == {"EUR"} and doc.security.currency == "EUR"
    assert listing_currency("CHIX", "ICOSM") == "GBP"
