"""Currency symbols and codes as printed on the pages, as data.

Symbols that several currencies share (¥, $, kr, ﷼, Bs.) are resolved with the
exchange: ¥ on a Tokyo listing is JPY, on Shenzhen it is CNY. Where the venue
does not say which (``kr`` on a London listing of a Danish company, ``﷼`` off
the Gulf venues), a symbol with no default is left without a currency: the
readers keep the amount and say the currency is ambiguous, they do not guess.
The currency of each exchange is in the one exchange table,
``_securities.EXCHANGES``.

Not read as a currency: ``Q`` (the Guatemalan quetzal), whose letter before a
digit is far more often a quarter (``Q1 2024``) on these pages.
"""

# Longest first: the matcher tries them in this order. None: the symbol is a currency, but which one only the
# venue says (``VENUE_ONLY``).
SYMBOLS: dict[str, str | None] = {
    "HK$": "HKD", "NT$": "TWD", "C$": "CAD", "A$": "AUD", "R$": "BRL", "S$": "SGD",
    "NZ$": "NZD", "MX$": "MXN", "US$": "USD", "E£": "EGP", "S/.": "PEN", "Bs.": None, "ر.ع": "OMR", "د.إ": "AED", "රු": "LKR",
    "лв": "BGN", "zł": "PLN", "lei": "RON", "kr": None, "Kč": "CZK", "Ft": "HUF",
    "CHF": "CHF", "R": "ZAR",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "円": "JPY", "₹": "INR", "₩": "KRW",
    "₸": "KZT", "₴": "UAH", "₽": "RUB", "₺": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND",
    "₱": "PHP", "Rp": "IDR", "RM": "MYR", "﷼": None, "₲": "PYG", "₦": "NGN", "₨": None,
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

# Symbols whose currency depends on the exchange. A symbol whose SYMBOLS entry is None has no currency on a
# venue not listed here (see ``is_ambiguous``).
_SWEDEN = {"OSTO": "SEK", "XSTO": "SEK", "NGM": "SEK", "XNGM": "SEK", "XSAT": "SEK"}
AMBIGUOUS: dict[str, dict[str, str]] = {
    "¥": {"TSE": "JPY", "OSE": "JPY"},
    "kr": {**_SWEDEN, "OSL": "NOK", "XOSL": "NOK", "OCSE": "DKK", "XCSE": "DKK", "ICSE": "ISK", "XICE": "ISK"},
    "﷼": {"SAU": "SAR", "XSAU": "SAR", "DSM": "QAR", "DSMD": "QAR", "QSE": "QAR", "XQAT": "QAR", "MSM": "OMR", "MUS": "OMR",
          "XMUS": "OMR"},
    "$": {"ASX": "AUD", "SGX": "SGD", "NZSE": "NZD", "BSP": "BRL"},
    "₨": {"KAR": "PKR", "XKAR": "PKR", "XNEP": "NPR", "MAU": "MUR", "XMAU": "MUR"},  # the rupee sign of three countries
}


def resolve(symbol: str | None, exchange: str | None) -> str | None:
    """The ISO code for a printed symbol or code, using the exchange when ambiguous (None where the venue does
    not settle a symbol that several currencies share).

    >>> resolve("¥", "SZSE"), resolve("¥", "TSE"), resolve("C$", None), resolve("ARS", None)
    ('CNY', 'JPY', 'CAD', 'ARS')
    >>> resolve("kr", "OSTO"), resolve("kr", "OCSE"), resolve("kr", "LTS"), resolve("﷼", "SAU"), resolve("﷼", None)
    ('SEK', 'DKK', None, 'SAR', None)
    """
    if not symbol:
        return None
    if symbol in ISO_CODES:
        return symbol
    if exchange and symbol in AMBIGUOUS and exchange.upper() in AMBIGUOUS[symbol]:
        return AMBIGUOUS[symbol][exchange.upper()]
    return SYMBOLS.get(symbol)


def is_ambiguous(symbol: str | None, exchange: str | None) -> bool:
    """Whether a printed currency symbol is one that several currencies share and the venue does not settle.

    >>> is_ambiguous("kr", "LTS"), is_ambiguous("kr", "OSL"), is_ambiguous("$", None), is_ambiguous("Bs.", None)
    (True, False, False, True)
    """
    return bool(symbol) and symbol in SYMBOLS and SYMBOLS[symbol] is None and resolve(symbol, exchange) is None
