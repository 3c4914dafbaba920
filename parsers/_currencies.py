"""Currency symbols and codes as printed on the pages, as data.

Symbols that several currencies share (¥, $, kr) are resolved with the
exchange: ¥ on a Tokyo listing is JPY, on Shenzhen it is CNY. The currency of
each exchange is in the one exchange table, ``_securities.EXCHANGES``.
"""

# Longest first: the matcher tries them in this order.
SYMBOLS: dict[str, str] = {
    "HK$": "HKD", "NT$": "TWD", "C$": "CAD", "A$": "AUD", "R$": "BRL", "S$": "SGD",
    "NZ$": "NZD", "MX$": "MXN", "US$": "USD",
    "лв": "BGN", "zł": "PLN", "lei": "RON", "kr": "SEK", "Kč": "CZK", "Ft": "HUF",
    "CHF": "CHF", "R": "ZAR",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "円": "JPY", "₹": "INR", "₩": "KRW",
    "₸": "KZT", "₴": "UAH", "₽": "RUB", "₺": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND",
    "₱": "PHP", "Rp": "IDR", "RM": "MYR",
}

ISO_CODES: frozenset[str] = frozenset({
    "USD", "EUR", "GBP", "CNY", "JPY", "INR", "KRW", "HKD", "TWD", "CAD", "AUD", "BRL", "ARS",
    "CHF", "SEK", "NOK", "DKK", "PLN", "RON", "BGN", "KZT", "UAH", "RUB", "TRY", "ZAR", "MXN",
    "SGD", "NZD", "ILS", "THB", "MYR", "IDR", "PHP", "VND", "CZK", "HUF", "CLP", "COP", "PEN",
    "SAR", "AED", "QAR", "KWD", "EGP", "NGN", "PKR", "LKR", "BDT", "ISK", "HRK",
})

# Symbols whose currency depends on the exchange.
AMBIGUOUS: dict[str, dict[str, str]] = {
    "¥": {"TSE": "JPY", "OSE": "JPY"},
    "kr": {"OSL": "NOK", "OCSE": "DKK", "ICSE": "ISK"},
    "$": {"TSX": "CAD", "TSXV": "CAD", "ASX": "AUD", "SGX": "SGD", "NZSE": "NZD", "BSP": "BRL"},
}


def resolve(symbol: str | None, exchange: str | None) -> str | None:
    """The ISO code for a printed symbol or code, using the exchange when ambiguous.

    >>> resolve("¥", "SZSE"), resolve("¥", "TSE"), resolve("C$", None), resolve("ARS", None)
    ('CNY', 'JPY', 'CAD', 'ARS')
    """
    if not symbol:
        return None
    if symbol in ISO_CODES:
        return symbol
    if exchange and symbol in AMBIGUOUS and exchange.upper() in AMBIGUOUS[symbol]:
        return AMBIGUOUS[symbol][exchange.upper()]
    return SYMBOLS.get(symbol)
