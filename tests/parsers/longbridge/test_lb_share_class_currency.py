"""A listing trades in its share class's currency, and its market cap is the company's, in its market's currency.

200020.SZ is a Shenzhen B share, traded in HKD (round-27 ggv 022). Its market cap was tagged HKD from round 27 to 38;
round 39 found a B share's cap is the company's in the market's currency: 900904.SH (a USD B share) prints Market Cap
1.89B, Revenue 1.80B, ROE 2.66%, Profit Margin 3.31% and P/B 0.81, and 1.89B / (1.80B x 3.31% / 2.66%) = 0.84 holds
only for a CNY cap (a USD one gives about 6); 80175.HK, a CNY counter, printed its HKD counter's cap of that morning
(round-38 gsb F2). The same page re-labelled as a Shanghai B share (900xxx, USD) and as an A share are synthetic
variants."""

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
def test_a_share_class_trades_in_its_currency_and_its_market_cap_is_the_markets(symbol: str, currency: str,
                                                                                note: str | None) -> None:
    text = PAGE.read_text(encoding="utf-8").replace("200020.SZ", symbol)
    doc = parse_text(text, source=str(PAGE))
    (cap,) = [f for f in doc.facts if f.metric == "market_cap"]
    assert (doc.security.currency, cap.value.currency if cap.value else None) == (currency, "CNY")
    codes = {n.code for n in doc.notes if n.code.startswith("currency.")}
    assert codes == ({note} if note else set())
    if note:  # the note says which currency each amount has
        (said,) = [n.message for n in doc.notes if n.code == note]
        assert f"prices are tagged {currency}" in said and "market cap is assumed CNY" in said


def test_a_b_shares_market_cap_is_in_the_currency_its_own_ratios_need() -> None:
    """900904.SH (real, round-39 gtb F2): the cap is CNY like the revenue its P/B and ROE tie it to; the listing USD."""
    page = PAGE.with_name("900904.SH.llms.txt")
    doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
    by_metric = {f.metric: f for f in doc.facts if f.value is not None}
    cap, revenue = by_metric["market_cap"].value, by_metric["revenue"].value
    assert (doc.security.currency, cap.currency, revenue.currency) == ("USD", "CNY", "CNY")
    equity = revenue.value * by_metric["profit_margin"].value.normalized / by_metric["roe"].value.normalized
    assert abs(cap.value / equity - by_metric["pb_ratio"].value.value) < 0.05  # the page's P/B, from a CNY cap


SG = sorted((PAGE.parent).glob("*.SG.*.txt")) + sorted(PAGE.parent.glob("*.SG.md"))


@pytest.mark.parametrize("page", SG, ids=[p.name for p in SG])
def test_an_sgx_listings_currency_is_said_to_be_assumed(page: Path) -> None:
    """Round-34 ghs F1: every .SG page was tagged SGD without a word, though SGX lists counters that trade in USD (H78,
    NIO, BTOU, confirmed by the tester) and the page prints no currency."""
    doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
    notes = [n for n in doc.notes if n.code == "currency.sg_assumed"]
    assert doc.security.currency == "SGD" and len(notes) == 1 and "USD" in notes[0].message


BTOU = PAGE.with_name("BTOU.SG.norm.md")
BLACKGOLD = PAGE.with_name("41H.SG.llms.txt")


def test_a_counter_named_for_its_currency_trades_in_it() -> None:
    """BTOU.SG (real, round-48 tester tz F1): 'ManulifeReit USD' in its frontmatter, title and heading, statements
    titled '(USD)'; it was tagged SGD, SGX's currency, with a note that SGX also lists USD counters."""
    doc = parse_text(BTOU.read_text(encoding="utf-8"), source=str(BTOU))
    codes = [n.code for n in doc.notes if n.code.startswith("currency.")]
    assert (doc.security.currency, codes) == ("USD", ["currency.named_counter"])
    amounts = {f.value.currency for f in doc.facts if f.value is not None and f.value.currency}
    assert amounts == {"USD"}


@pytest.mark.parametrize(("name", "currency", "note"), [
    ("BlackGold Natural Resources Limited", "SGD", "currency.sg_assumed"),  # the real page
    ("BlackGold Natural Resources Limited USD", "USD", "currency.named_counter"),  # synthetic: a USD counter's name
    ("BlackGold Natural Resources Limited SGD", "SGD", "currency.named_counter"),  # synthetic: an SGD counter's name
])
def test_an_sgx_counters_name_decides_its_prices_and_market_cap(name: str, currency: str, note: str) -> None:
    """41H.SG (real, Market Cap 3.23M, no currency printed) and its name given a currency: the cap is the counter's."""
    text = BLACKGOLD.read_text(encoding="utf-8").replace('name: "BlackGold Natural Resources Limited"', f'name: "{name}"')
    doc = parse_text(text, source=str(BLACKGOLD))
    (cap,) = [f for f in doc.facts if f.metric == "market_cap"]
    codes = [n.code for n in doc.notes if n.code.startswith("currency.")]
    assert (doc.security.name, doc.security.currency, cap.value.currency if cap.value else None, codes) == (
        name, currency, currency, [note])
