"""Bare amounts (rows, tables, range and industry lines) carry the currency the page's note names for them: 'All
currency related amount are indicated in the company's associated stock exchange currency'. Real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Unit, parse_file, parse_text
from quotecheck.parsers._securities import exchange_currency

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
    expected = exchange_currency(doc.security.exchange) or headline
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
