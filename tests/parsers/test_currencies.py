"""The currency of a printed symbol, by the venue where several currencies share it (gfi #1, #3).

'kr' is SEK only on the Swedish venues, NOK on Oslo, DKK on Copenhagen, ISK on Iceland, and no currency elsewhere
(a London listing of a Danish company printed 'kr' and was read as SEK); '﷼' is SAR only on the Saudi venue. The
Peruvian sol's 'S/.' and the guarani's '₲' are read; 'Bs.' (bolívar or boliviano) is a currency no venue settles.
"""

from __future__ import annotations

import pytest

from quotecheck.parsers._currencies import is_ambiguous, resolve
from quotecheck.parsers._numbers import parse_number


@pytest.mark.parametrize(("text", "exchange", "currency"), [
    ("kr0.00", "OSTO", "SEK"), ("kr0.00", "XSAT", "SEK"), ("kr0.00", "NGM", "SEK"),
    ("kr0.00", "OSL", "NOK"), ("kr0.00", "OCSE", "DKK"), ("kr0.00", "ICSE", "ISK"),
    ("kr0.00", "LTS", None), ("kr0.00", "FRA", None), ("kr0.00", None, None),
    ("﷼39.075", "SAU", "SAR"), ("﷼39.075", "DSM", "QAR"), ("﷼39.075", "MSM", "OMR"), ("﷼39.075", "LTS", None),
    ("S/.-8.1 Mil.", "LIM", "PEN"), ("S/.120.7 Mil.", None, "PEN"), ("₲1,250", None, "PYG"), ("Bs.12.50", None, None),
    # gfq 011-014, 036-038: the naira, and the rupee sign of Pakistan (also Nepal's and Mauritius's)
    ("₦-128,851 Mil", "NSA", "NGN"), ("₦925.10", None, "NGN"), ("₨49.72", "KAR", "PKR"), ("₨1,942 Mil", "XNEP", "NPR"),
    ("₨12.50", None, None),
    # round-19 ggc: the UAE dirham on DFM and ADX pages ('… enterprise value is د.إ45,557.7 Mil.')
    ("د.إ45,557.7 Mil", "ADX", "AED"), ("د.إ2.95", "DFM", "AED"), ("د.إ-0.210", None, "AED"),
])
def test_symbol_resolves_by_venue(text: str, exchange: str | None, currency: str | None) -> None:
    number = parse_number(text, exchange=exchange)
    assert number is not None and number.currency == currency
    assert number.currency_symbol is not None and text.startswith(number.currency_symbol)


@pytest.mark.parametrize(("symbol", "exchange", "ambiguous"), [
    ("kr", "LTS", True), ("kr", "OSTO", False), ("﷼", None, True), ("﷼", "SAU", False), ("Bs.", "LIM", True),
    ("$", None, False), ("¥", None, False), ("S/.", None, False), ("₨", "KAR", False), ("₨", "LSE", True),
])
def test_ambiguous_only_where_the_venue_does_not_settle_it(symbol: str, exchange: str | None, ambiguous: bool) -> None:
    assert is_ambiguous(symbol, exchange) is ambiguous
    assert (resolve(symbol, exchange) is None) is ambiguous


def test_a_quarter_is_no_currency() -> None:
    """'Q' (the quetzal) is not read: 'Q1' on these pages is a quarter."""
    number = parse_number("Q1")
    assert number is None or number.currency is None

