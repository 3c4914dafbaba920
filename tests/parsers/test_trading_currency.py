"""The security carries the currency it trades in: its exchange's (or its canonical id's market), else the currency of
the share price the page prints (four round-13 testers found no currency on any security)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text
from quotecheck.parsers._securities import exchange_currency

FIX = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize(("page", "currency"), [
    ("longbridge/seed_002371.SZ.md", "CNY"),
    ("longbridge/realpages/00700.HK.llms.txt", "HKD"),
    ("gurufocus/realpages/gurufocus_roe_TPE-9908_2026.txt", "TWD"),
    ("gurufocus/realpages/gurufocus_total-current-liabilities_XMAD-END.txt", "EUR"),
    ("gurufocus/realpages/gurufocus_total-current-liabilities_TGT_2019.txt", "USD"),  # no exchange printed: TGT.US
    ("gurufocus/realpages/gurufocus_cogs2rev_SZSE-200413.txt", "HKD"),  # a Shenzhen B share (200xxx): HK$ (gfp 034)
    ("gurufocus/realpages/gurufocus_pretax-margin_XTUN-GIF_template.txt", "TND"),  # Tunis (gfp 015)
    ("gurufocus/realpages/gurufocus_roe_KAR-PSX_2026.txt", "PKR"),  # Karachi, prices in '₨' (gfq 036)
    ("longbridge/realpages/80700.HK.md", "CNY"),  # Tencent's RMB counter (the 8xxxx codes; gft 022's HKSE:80737)
    ("gurufocus/realpages/gurufocus_net-margin_HKSE-08081.txt", "HKD"),  # a GEM code (08xxx) is no RMB counter
    ("gurufocus/realpages/gurufocus_net-margin_NAI-LBTY.txt", "KES"),  # Nairobi: no price printed (lb5 012)
    # Boeing on Santiago's foreign segment: its price prints '$171.73', the exchange's own listings 'CLP874.00' (gfy 012)
    ("gurufocus/realpages/gurufocus_cyclically_adjusted_book_XSGO-BA.txt", "USD"),
    # London: a GDR of the International Order Book prints '$33.00' and trades in USD (ggc 026); a share prints '£ 0.866'
    ("gurufocus/realpages/gurufocus_ev-to-ebitda_LSE-ORDS.txt", "USD"),
    ("gurufocus/realpages/gurufocus_e10_LSE-DIVI.txt", "GBP"),
    # a euro-area share's '0' line (Intek, LSE:0MF5): no price, every amount in euros, as GuruFocus prints the listing's
    # currency (round-33 ghk F4: it was GBP)
    ("gurufocus/realpages/gurufocus_snoa_LSE-0MF5.txt", "EUR"),
    # Amsterdam: a London company's pound line, 'The stock price of The London Tunnels is £2.16' (ggd 028)
    ("gurufocus/realpages/gurufocus_intrinsic-value-projected-fcf_XAMS-TLT.txt", "GBP"),
    # one of HKEX's US-dollar counters, every amount in '$' (round-40 gva F2: it was HKD); a Hong Kong dollar line prints HK$
    ("gurufocus/realpages/gurufocus_price-to-tangible-book_HKSE-770.txt", "USD"),
])
def test_the_security_trades_in_its_exchanges_currency(page: str, currency: str) -> None:
    assert parse_file(FIX / page).security.currency == currency


def test_without_an_exchange_the_printed_share_price_names_it() -> None:
    """Synthetic: a Shiller P/E page of an exchange the registry lacks ('XYZ:ABC') whose price sentence prints €."""
    page = FIX / "gurufocus" / "realpages" / "gurufocus_shillerpe_WBO-VOWI.txt"
    text = page.read_text(encoding="utf-8")
    assert "WBO:VOWI" in text
    doc = parse_text(text.replace("WBO:VOWI", "XYZ:VOWI"), source="synthetic")
    assert doc.security.exchange == "XYZ" and doc.security.currency == "EUR"


@pytest.mark.parametrize(("symbol", "currency"), [("SZSE:200413", "HKD"), ("SZSE:000413", "CNY"), ("SHSE:900413", "USD"),
                                                  ("SHSE:600413", "CNY")])
def test_a_b_share_trades_in_its_share_class_currency(symbol: str, currency: str) -> None:
    """Real page gfp 034 (a Shenzhen B share, printed in HK$) and synthetic variants of it naming an A share of
    Shenzhen and a B and an A share of Shanghai: the currency is the share class's, from the exchange table."""
    text = (FIX / "gurufocus" / "realpages" / "gurufocus_cogs2rev_SZSE-200413.txt").read_text(encoding="utf-8")
    assert text.count("SZSE:200413") == 3
    doc = parse_text(text.replace("SZSE:200413", symbol), source="gfp 034")
    assert doc.security.currency == currency


@pytest.mark.parametrize(("code", "currency"), [("KAR", "PKR"), ("XTEH", "IRR"), ("XTUN", "TND"), ("NSA", "NGN"),
                                               ("FSE", "JPY"), ("XMAU", "MUR"), ("HSTC", "VND"), ("RTD", "RUB"),
                                               ("NAI", "KES"), ("STC", "VND"), ("DSMD", "QAR"),
                                               ("DHA", "BDT"), ("ORSE", "EUR"), ("NEOE", "CAD"), ("XBEL", "RSD"),
                                               ("NGO", "JPY"), ("SAP", "JPY"), ("TRN", "TTD")])
def test_the_venues_testers_met_name_their_currency(code: str, currency: str) -> None:
    """Venues of round-14, -16 and -17 testers' pages (gfq 036, gfs 012, gfp 015, gfq 011; Fukuoka lb3 019, Mauritius
    gfv 024; Hanoi UPCoM lb4 024 with ₫, the Russian RTD board gfx 013 with ₽; round 18: Nairobi lb5 012-017 with KES,
    Ho Chi Minh City as STC gfy 032 with ₫; round 21: the Qatar exchange as DSMD, ggh 027; round 22: Dhaka as DHA, ggj
    005; round 23: Riga as ORSE, Cboe Canada as NEOE, Belgrade as XBEL): the security's trading currency."""
    assert exchange_currency(code) == currency


def test_a_peso_price_on_santiago_keeps_the_exchanges_currency() -> None:
    """Synthetic: the XSGO:BA page with its price printed in pesos ('CLP171.73'): a listing of the exchange's own segment."""
    page = FIX / "gurufocus" / "realpages" / "gurufocus_cyclically_adjusted_book_XSGO-BA.txt"
    text = page.read_text(encoding="utf-8")
    assert text.count("price is $171.73") == 1
    doc = parse_text(text.replace("price is $171.73", "price is CLP171.73"), source="synthetic")
    assert doc.security.currency == "CLP"


def test_a_dollar_price_on_lima_is_its_foreign_segments() -> None:
    """Round-21 ggi 021: LIM:TSLA prints '$420.00' (a US share on Lima's foreign segment): its security trades in USD,
    not the exchange's PEN; a synthetic variant printing the price in soles keeps PEN."""
    page = FIX / "gurufocus" / "realpages" / "gurufocus_cyclically-adjusted-price-to-fcf_LIM-TSLA.txt"
    text = page.read_text(encoding="utf-8")
    assert parse_text(text, source=str(page)).security.currency == "USD"
    assert text.count("share price is $420.00") == 1
    doc = parse_text(text.replace("share price is $420.00", "share price is PEN420.00"), source="synthetic")
    assert doc.security.currency == "PEN"


@pytest.mark.parametrize(("printed", "currency"), [("LSEGl", "GBP"), ("LSEGd", "EUR"), ("LSEGz", "CHF"), ("LSEGs", "SEK")])
def test_a_cboe_europe_listing_trades_in_its_home_markets_currency(printed: str, currency: str) -> None:
    """Real page (CHIX:LSEGl, London) and synthetic variants naming the same shares on other home markets by the
    ticker's last lower-case letter ('CHIX:SIEd' is Siemens on Xetra, round-32 gha 038, which was given GBP)."""
    text = (FIX / "gurufocus" / "realpages" / "gurufocus_e10_CHIX-LSEGL.txt").read_text(encoding="utf-8")
    assert "CHIX:LSEGl" in text
    assert parse_text(text.replace("CHIX:LSEGl", f"CHIX:{printed}"), source="synthetic").security.currency == currency


@pytest.mark.parametrize("printed", ["LSEGL", "LSEGq"])
def test_a_cboe_europe_listing_of_no_known_home_takes_the_pages_amounts_currency(printed: str) -> None:
    """No home letter, or one the venue does not list: the venue names no currency, so the page's own amounts do
    (the E10 page prints £); with them printed in euros, the listing is in euros, not the venue's pounds."""
    text = (FIX / "gurufocus" / "realpages" / "gurufocus_e10_CHIX-LSEGL.txt").read_text(encoding="utf-8")
    variant = text.replace("CHIX:LSEGl", f"CHIX:{printed}")
    assert parse_text(variant, source="synthetic").security.currency == "GBP"
    assert "£" in variant
    assert parse_text(variant.replace("£", "€"), source="synthetic").security.currency == "EUR"
