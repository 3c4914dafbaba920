"""Currency symbols and codes as printed on the pages, as data.

Symbols that several currencies share (¥, $, kr) are resolved with the
exchange: ¥ on a Tokyo listing is JPY, on Shenzhen it is CNY. The currency of
each exchange is in the one exchange table, ``_securities.EXCHANGES``.
"""

# Longest first: the matcher tries them in this order.
SYMBOLS: dict[str, str] = {
    "HK$": "HKD", "NT$": "TWD", "C$": "CAD", "A$": "AUD", "R$": "BRL", "S$": "SGD",
    "NZ$": "NZD", "MX$": "MXN", "US$": "USD", "E£": "EGP",
    "лв": "BGN", "zł": "PLN", "lei": "RON", "kr": "SEK", "Kč": "CZK", "Ft": "HUF",
    "CHF": "CHF", "R": "ZAR",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "円": "JPY", "₹": "INR", "₩": "KRW",
    "₸": "KZT", "₴": "UAH", "₽": "RUB", "₺": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND",
    "₱": "PHP", "Rp": "IDR", "RM": "MYR", "﷼": "SAR",
}

ISO_CODES: frozenset[str] = frozenset({
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
    "COP", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
    "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR",
    "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD",
    "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
    "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB",
    "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG",
    "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT",
    "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VED", "VES", "VND", "VUV",
    "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
})
"""Every ISO 4217 code of a currency (Debian iso-codes' iso_4217 list, without the fund, metal and testing codes
such as BOV, XAU, XXX). The site prints the code where a currency has no symbol of its own (``ARS4876.00``,
``RSD450.00``, ``COP965,980.00``): any currency's code may stand there, so the whole list is read, not the ones
seen so far."""

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
