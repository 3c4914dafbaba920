"""A listing's amounts are in the currency it trades in: a B share's, not the market suffix's (round-27 ggv 022).

200020.SZ is a Shenzhen B share, traded in HKD; its 'Market Cap | 731.00M' was tagged CNY from the .SZ suffix while the
document's security said HKD. The same page re-labelled as a Shanghai B share (900xxx, USD) and as an A share are
synthetic variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "200020.SZ.llms.txt"


@pytest.mark.parametrize(("symbol", "currency", "note"), [
    ("200020.SZ", "HKD", "currency.share_class"),
    ("900020.SH", "USD", "currency.share_class"),  # synthetic: a Shanghai B share
    ("000020.SZ", "CNY", None),  # synthetic: an A share, the market's own currency, no note
])
def test_market_cap_is_in_the_listings_currency(symbol: str, currency: str, note: str | None) -> None:
    text = PAGE.read_text(encoding="utf-8").replace("200020.SZ", symbol)
    doc = parse_text(text, source=str(PAGE))
    (cap,) = [f for f in doc.facts if f.metric == "market_cap"]
    assert (doc.security.currency, cap.value.currency if cap.value else None) == (currency, currency)
    codes = {n.code for n in doc.notes if n.code.startswith("currency.")}
    assert codes == ({note} if note else set())


SG = sorted((PAGE.parent).glob("*.SG.*.txt")) + sorted(PAGE.parent.glob("*.SG.md"))


@pytest.mark.parametrize("page", SG, ids=[p.name for p in SG])
def test_an_sgx_listings_currency_is_said_to_be_assumed(page: Path) -> None:
    """Round-34 ghs F1: every .SG page was tagged SGD without a word, though SGX lists counters that trade in USD (H78,
    NIO, BTOU, confirmed by the tester) and the page prints no currency."""
    doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
    notes = [n for n in doc.notes if n.code == "currency.sg_assumed"]
    assert doc.security.currency == "SGD" and len(notes) == 1 and "USD" in notes[0].message
