"""Printed numbers as the pages write them. One case per line, with where it was seen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quotecheck.parsers import parse_number
from quotecheck.parsers._numbers import find_numbers

CASES = [
    # text,              value,          decimals, currency, scale,  percent   # seen on
    ("¥297.95",          "297.95",        2, "CNY", None,   False),  # 001 line 10
    ("¥7,041 Mil.",      "7041",          0, "CNY", "Mil",  False),  # 004 line 81: the dot ends the sentence
    ("$-0.65",           "-0.65",         2, "USD", None,   False),  # issue text
    ("$-2.88",           "-2.88",         2, "USD", None,   False),  # SVVC headline
    ("₹-1,032.050",      "-1032.050",     3, "INR", None,   False),  # BOM-509470 line 14
    ("£ 105.50",         "105.50",        2, "GBP", None,   False),  # CHIX-LSEGL: space after symbol
    ("$ 15.065",         "15.065",        3, "USD", None,   False),  # GUG
    ("лв1.78",           "1.78",          2, "BGN", None,   False),  # XBUL-CBAM
    ("₸158500.00",       "158500.00",     2, "KZT", None,   False),  # MSFT_KZ: no separators
    ("₸6,931.93",        "6931.93",       2, "KZT", None,   False),  # MSFT_KZ: separators
    ("zł-0.486",         "-0.486",        3, "PLN", None,   False),  # WAR-BLF
    ("R$32,267.70",      "32267.70",      2, "BRL", None,   False),  # BSP-RSUL4
    ("NT$4.56",          "4.56",          2, "TWD", None,   False),  # ROCO-4506
    ("円585.37",          "585.37",        2, "JPY", None,   False),  # TSE-2440
    ("lei0.27",          "0.27",          2, "RON", None,   False),  # BSE-BCM
    ("C$4.17",           "4.17",          2, "CAD", None,   False),  # TSX-GCG.A
    ("HK$0.285",         "0.285",         3, "HKD", None,   False),  # HKSE-00655
    ("₩10460.00",        "10460.00",      2, "KRW", None,   False),  # XKRX-049720
    ("€0.00",            "0.00",          2, "EUR", None,   False),  # issue text: empty E10
    ("USD 382.73",       "382.73",        2, "USD", None,   False),  # realpages README
    ("ARS4876.00",       "4876.00",       2, "ARS", None,   False),  # realpages README
    ("R348 Mil.",        "348",           0, "ZAR", "Mil",  False),  # JSE-ACT line 12
    ("₩14,134 Mil",      "14134",         0, "KRW", "Mil",  False),  # gfo 029 line 14: 'Mil, and'
    ("$1.2 Bil.",        "1.2",           1, "USD", "Bil",  False),  # a sentence's end after 'Bil'
    ("R-4.5",            "-4.5",          1, "ZAR", None,   False),  # JSE: a negative amount after the letter
    ("R 5.64",           "5.64",          2, "ZAR", None,   False),  # JSE:GRSP E10 line 18 'current stock price is R 5.64' (ght F1)
    ("R 348 Mil",        "348",           0, "ZAR", "Mil",  False),  # the same space before a scaled amount
    ("R 1,234.50",       "1234.50",       2, "ZAR", None,   False),
    ("RM0.36",           "0.36",          2, "MYR", None,   False),  # XKLS-5027 (gfd F-4)
    ("Rp1,200",          "1200",          0, "IDR", None,   False),  # IDX (gfd F-4)
    ("Ft898.00",         "898.00",        2, "HUF", None,   False),  # BUD-OTP line 12
    ("﷼25.95",           "25.95",         2, None,  None,   False),  # SAU-9584 line 29: SAR only on SAU (test_currencies)
    ("28.27%",           "28.27",         2, None,  None,   True),   # Longbridge seed
    ("-8.04%",           "-8.04",         2, None,  None,   True),   # Longbridge seed
    ("$132.995000",      "132.995000",    6, "USD", None,   False),  # AAPL 2021: six decimals printed
    ("0.08911",          "0.08911",       5, None,  None,   False),  # 004 line 174: trailing zero dropped
    ("(3.4)",            "-3.4",          1, None,  None,   False),  # accounting negative
    ("788.64B",          "788.64",        2, None,  "B",    False),  # Longbridge llms.txt
    ("$1.0E-5",          "0.000010",      6, "USD", None,   False),  # OTCPK:EHSI 2024 'share price is $1.0E-5' (gic F4)
    ("2.5E-4",           "0.00025",       5, None,  None,   False),
]


@pytest.mark.parametrize(("text", "value", "decimals", "currency", "scale", "percent"), CASES, ids=[c[0] for c in CASES])
def test_printed_number(text, value, decimals, currency, scale, percent) -> None:
    n = parse_number(text)
    assert n is not None
    assert (n.value, n.decimals, n.currency, n.scale, n.percent) == (Decimal(value), decimals, currency, scale, percent)
    assert n.text == text.removesuffix(".")  # a sentence's full stop after 'Mil' is no part of the number (gfo #5)


@pytest.mark.parametrize("text", ["", "-", "—", "N/A", "Premium Member Only", "abc", "$", ".", "R abc", "R 5 companies", "Q 5",
                                  "1.0E5", "1E+3", "E10", "1.0E-500",  # a positive exponent says no decimal places
                                  "2.13162820728E-14"])  # GuruFocus's float noise around 0 (NYSE:SCS 2017 line 22)
def test_placeholders_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


# '$' on a TSX page is the US dollar: GuruFocus prints the Canadian one 'C$' (round-37 tester gre F1: every CAD amount of
# its 28 TSX and TSXV pages, and of ours, is 'C$'; TSX:ENB.PR.V.PFD's bare '$' amounts are the NYSE listing's USD figures)
@pytest.mark.parametrize(("symbol", "exchange", "iso"), [("¥", "SZSE", "CNY"), ("¥", "TSE", "JPY"), ("$", "TSX", "USD"),
                                                          ("C$", "TSX", "CAD"), ("$", "NYSE", "USD"), ("kr", "OSL", "NOK")])
def test_shared_symbols_resolve_by_exchange(symbol: str, exchange: str, iso: str) -> None:
    n = parse_number(f"{symbol}1.00", exchange=exchange)
    assert n is not None and n.currency == iso


@pytest.mark.parametrize(("text", "read"), [
    ("Rate 5", [("5", None)]),                 # a word that starts with R is no rand
    ("RM 3 FRM4", [("3", None), ("4", None)]),  # 'RM' apart from its digit, or inside a word, is no ringgit
    ("Ft 898 Rp", [("898", None)]),
    ("was R348 Mil. and RM0.36", [("R348 Mil", "ZAR"), ("RM0.36", "MYR")]),
])
def test_letter_symbols_only_before_a_digit(text: str, read: list[tuple[str, str | None]]) -> None:
    assert [(n.text, n.currency) for _, n in find_numbers(text)] == read


@pytest.mark.parametrize(("text", "value", "currency"), [
    # round-19 ggb F-2: XKLS:5318 prints 'RM -2 Mil' and 'RM 135 Mil' one sentence from 'RM-10 Mil'
    ("RM -2 Mil", "-2", "MYR"), ("RM 135 Mil", "135", "MYR"), ("RM-10 Mil", "-10", "MYR"), ("RM 0.70 Mil", "0.70", "MYR"),
    ("CHF 12.5", "12.5", "CHF"), ("Rp 1,200 Mil", "1200", "IDR"),
    ("RM 3", None, None),  # an integer without a scale after a space: a name's letters and a count (see above)
    # a lone letter before a number is too common to be the rand in running text (find_numbers, above), but a value's
    # whole text is one amount: JSE:GRSP's 'current stock price is R 5.64' (round-34 ght F1)
    ("R 5.2 Mil", "5.2", "ZAR"), ("R 5.64", "5.64", "ZAR"), ("R 3", None, None),
])
def test_a_symbol_of_letters_may_stand_a_space_before_its_number(text: str, value: str | None, currency: str | None) -> None:
    number = parse_number(text)
    assert (number is None) is (value is None)
    if number is not None:
        assert (str(number.value), number.currency, number.text) == (value, currency, text)


@pytest.mark.parametrize("text", ["-$-0.80", "--0.80", "-−0.80"])
def test_two_minus_signs_make_no_number(text: str) -> None:
    """Round-26 ggt e08: '-$-0.80' read as +0.80 turned a garbled loss into a profit, and a FAIL on it into no proof."""
    assert parse_number(text) is None
    assert find_numbers(f"was {text} Mil.") == [] or all(n.value < 0 for _, n in find_numbers(f"was {text} Mil."))
