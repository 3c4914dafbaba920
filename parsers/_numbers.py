"""Read numbers as printed: a chain of small pure functions.

Find the currency, then the number text, then the scale; keep the printed
text beside the Decimal value and count the decimals printed.

>>> n = parse_number("¥7,041 Mil.")
>>> n.value, n.decimals, n.currency, n.scale, n.normalized, n.text
(Decimal('7041'), 0, 'CNY', 'Mil', Decimal('7041000000'), '¥7,041 Mil')
>>> parse_number("$-0.65").value
Decimal('-0.65')
>>> parse_number("₹-1,032.050").decimals
3
>>> parse_number("£ 105.50").currency, parse_number("лв1.78").currency, parse_number("USD 382.73").currency
('GBP', 'BGN', 'USD')
>>> parse_number("ARS4876.00").value, parse_number("zł-0.486").value
(Decimal('4876.00'), Decimal('-0.486'))
>>> parse_number("RSD450.00").currency, parse_number("XOF 1,250").currency, parse_number("ABC450.00") is None
('RSD', 'XOF', True)
>>> p = parse_number("28.27%"); p.percent, p.normalized
(True, Decimal('0.2827'))
>>> parse_number("(3.4)").value
Decimal('-3.4')
>>> parse_number("\\\\$1.56").currency
'USD'
>>> parse_number("4.85T").normalized
Decimal('4850000000000.00')
>>> parse_number("-") is None, parse_number("Premium Member Only") is None, parse_number("") is None
(True, True, True)
>>> missing_reason("Premium Member Only"), missing_reason("-"), missing_reason("N/A"), missing_reason("")
(<Missing.PREMIUM_ONLY: 'premium_only'>, <Missing.DASH: 'dash'>, <Missing.NOT_AVAILABLE: 'not_available'>, <Missing.BLANK: 'blank'>)
>>> missing_reason("At Loss"), unread_reason("NZ$N/A"), unread_reason("128.1.9"), unread_reason("$ Mil")
(<Missing.AT_LOSS: 'at_loss'>, <Missing.NOT_AVAILABLE: 'not_available'>, <Missing.UNREADABLE: 'unreadable'>, <Missing.BLANK: 'blank'>)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from . import _build as build
from . import _currencies
from ._limits import MAX_NUMBER_DIGITS
from ._models import Missing, PrintedNumber
from ._regex_cache import compiled

_SYMBOLS_BY_LENGTH = sorted(_currencies.SYMBOLS, key=len, reverse=True)
_SYMBOL_LENGTHS = sorted({len(s) for s in _currencies.SYMBOLS}, reverse=True)
_LETTER_SYMBOLS = frozenset(s for s in _currencies.SYMBOLS if s.isascii() and s.isalpha() and s[0].isupper())
"""Symbols that are capitalised letters and so may start a word ('R', 'RM', 'Rp', 'Ft', 'CHF'): a currency only
where no letter stands before and a digit (or a sign) right after ('R348', 'RM0.36', 'Ft898.00', 'R-4.5'), never
'Rate 5' or the 'RM' of a name. One of two or more letters may have a space before an amount with decimals or a
scale ('RM -2 Mil', 'RM 135 Mil' beside 'RM-10 Mil' in one XKLS:5318 paragraph; not 'RM 3', which may be a name's and
a count); a lone 'R' may not (a letter before a number is too common)."""
_SYMBOL_RE = "|".join(
    [re.escape(s) for s in _SYMBOLS_BY_LENGTH if s not in _LETTER_SYMBOLS]
    + [r"(?<![A-Za-z])(?:" + "|".join(re.escape(s) for s in _SYMBOLS_BY_LENGTH if s in _LETTER_SYMBOLS and len(s) > 1)
       + r")(?=[-−]?\d|\s[-−]?\d[\d,]*(?:\.\d|\s?(?:Mil|Bil)(?![A-Za-z])))"]
    + [r"(?<![A-Za-z])(?:" + "|".join(re.escape(s) for s in _SYMBOLS_BY_LENGTH if s in _LETTER_SYMBOLS and len(s) == 1)
       + r")(?=[-−]?\d)"])
_ISO_RE = "|".join(  # one branch per first letter: 'A(?:ED|FN|…)|B(?:…)', not 159 branches tried in turn
    first + "(?:" + "|".join(sorted(c[1:] for c in _currencies.ISO_CODES if c[0] == first)) + ")"
    for first in sorted({c[0] for c in _currencies.ISO_CODES}))

SCALES: dict[str, Decimal] = {
    "Mil": Decimal(10) ** 6, "Bil": Decimal(10) ** 9,
    "K": Decimal(10) ** 3, "M": Decimal(10) ** 6, "B": Decimal(10) ** 9, "T": Decimal(10) ** 12,
}

NUMBER_RE = compiled(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-−]?\.\d+")
"""A bare printed number: optional sign, optional thousands separators, decimals."""

PRINTED_RE = compiled(
    r"(?P<neg1>-)?\s?(?P<cur>" + _SYMBOL_RE + r"|(?:" + _ISO_RE + r")(?=\s?[-\d]))?\s?"
    r"(?P<num>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-−]?\.\d+)"
    r"(?P<pct> ?%)?(?:\s?(?P<scale>Mil|Bil|[KMBT])(?![A-Za-z])(?P<stop>(?<=l)\.)?)?"
)
"""A number with its optional currency in front and percent or scale behind. A dot after 'Mil' or 'Bil' is the
sentence's full stop ('… was ₩300,239 Mil.'; mid-sentence the site prints 'Mil, and'): matched, but no part of the
number's text or scale."""

MISSING_TEXTS: dict[str, Missing] = {
    "premium member only": Missing.PREMIUM_ONLY,
    "-": Missing.DASH, "--": Missing.DASH, "—": Missing.DASH, "–": Missing.DASH,
    "n/a": Missing.NOT_AVAILABLE, "n/a%": Missing.NOT_AVAILABLE,
    "n/a %": Missing.NOT_AVAILABLE, "n/a mil": Missing.NOT_AVAILABLE, "na": Missing.NOT_AVAILABLE, "none": Missing.NOT_AVAILABLE,
    "at loss": Missing.AT_LOSS, "no debt": Missing.NOT_AVAILABLE,  # a debt ratio with no debt to divide by
    "negative equity": Missing.NEGATIVE_EQUITY, "negative equity%": Missing.NEGATIVE_EQUITY,  # ROE % over a negative equity
    "": Missing.BLANK,
}


def missing_reason(text: str) -> Missing | None:
    """Why a cell holds no number, or None if the text is not a known placeholder."""
    return MISSING_TEXTS.get(text.strip().lower())


def unread_reason(text: str) -> Missing:
    """Why a printed value that is no number holds none: a placeholder behind its currency ('NZ$N/A', '$At Loss'),
    digits that make no number ('128.1.9': unreadable), else a blank ('$', 'RSD', '$ Mil')."""
    cleaned = text.strip()
    reason = MISSING_TEXTS.get(cleaned.lower())
    if reason is not None:
        return reason
    # the symbols the text starts with, longest first (one lookup a length, not a test a symbol), then an ISO code
    starts = [k for k in _SYMBOL_LENGTHS if len(cleaned) >= k and cleaned[:k] in _currencies.SYMBOLS]
    if cleaned[:3] in _currencies.ISO_CODES:  # 'USD N/A' (a three-letter symbol is among the starts already)
        starts.append(3)
    for k in starts:
        reason = MISSING_TEXTS.get(cleaned[k:].strip().lower())
        if reason is not None and reason is not Missing.BLANK:
            return reason
    return Missing.UNREADABLE if any(ch.isdigit() for ch in cleaned) else Missing.BLANK


def count_decimals(number_text: str) -> int:
    """Digits after the decimal point in a printed number.

    >>> count_decimals("1,349.93"), count_decimals("22"), count_decimals("0.056194")
    (2, 0, 6)
    """
    return len(number_text.split(".", 1)[1]) if "." in number_text else 0


def to_decimal(number_text: str) -> Decimal:
    """The Decimal of a printed number text (separators removed, unicode minus allowed)."""
    cleaned = number_text.replace(",", "").replace("−", "-")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - NUMBER_RE only admits valid numbers
        raise ValueError(f"not a number: {number_text!r}") from exc


_ONE = Decimal(1)  # Decimal is immutable: every unscaled number shares this factor


def from_match(m: re.Match[str], *, exchange: str | None = None, exact: bool = False) -> PrintedNumber:
    """Build a PrintedNumber from a PRINTED_RE match."""
    whole, num, neg1, symbol, scale, pct = m.group(0, "num", "neg1", "cur", "scale", "pct")
    if m.group("stop"):  # the sentence's full stop after the scale word
        whole = whole[:-1]
    num = num.replace("−", "-")
    value = to_decimal(num)
    if neg1:
        value = value.copy_negate()  # exact: '-value' rounds to the caller's decimal context (round-47 library user L1)
        num = "-" + num
    return _read(whole.strip(), num, value, symbol=symbol, currency=_currencies.resolve(symbol, exchange) if symbol else None,
                 scale=scale, percent=bool(pct), exact=exact)


def _read(text: str, num: str, value: Decimal, *, symbol: str | None = None, currency: str | None = None,
          scale: str | None = None, percent: bool = False, exact: bool = False) -> PrintedNumber:
    """The PrintedNumber of a value read by PRINTED_RE's groups (or a shortcut to what they give)."""
    return build.PrintedNumberRead(text=text, number_text=num, value=value, decimals=count_decimals(num),
                                   currency_symbol=symbol, currency=currency, scale=scale,
                                   scale_factor=SCALES.get(scale, _ONE) if scale else _ONE, percent=percent, exact=exact)


def replaced(number: PrintedNumber, **update: Any) -> PrintedNumber:
    """``number.model_copy(update=update)`` as the trusted constructor builds it: the same values, field order and fields
    set (the fields set before, and the ones updated), without pydantic's Python-level copy (``_build.copier``)."""
    return build.PrintedNumberCopy(number, **update)


_PLAIN = compiled(r"-?\d+(?:\.\d+)?")
_PLAIN_PERCENT = compiled(r"-?[0-9]++(?:\.[0-9]++)?+%")
"""A plain percent ('28.27%', '-8.04%'): a third of the values of a Longbridge page. ASCII digits only. Used with
fullmatch() alone (a search would start again inside every run of digits)."""


def parse_number(text: str, *, exchange: str | None = None, exact: bool = False) -> PrintedNumber | None:
    """Parse one printed number (the whole text), or None when the text holds none (or more digits than a figure has)."""
    if not isinstance(text, str):  # None, bytes: named, not an error from inside (round-48 library user L7, t6 P7)
        raise TypeError(f"parse_number takes the printed text as a str, not {type(text).__name__}")
    cleaned = text.strip()
    if len(cleaned) > MAX_NUMBER_DIGITS and sum(ch.isdigit() for ch in cleaned) > MAX_NUMBER_DIGITS:
        return None
    if _PLAIN.fullmatch(cleaned):  # the common case: no symbol, separator, percent or scale
        return build.PrintedNumber(text=cleaned, number_text=cleaned, value=Decimal(cleaned), decimals=count_decimals(cleaned),
                             exact=exact)
    if cleaned[-1:] == "%" and _PLAIN_PERCENT.fullmatch(cleaned):  # '28.27%': what PRINTED_RE's match gives, without it
        return _read(cleaned, cleaned[:-1], Decimal(cleaned[:-1]), percent=True, exact=exact)
    cleaned = cleaned.replace("\\$", "$")
    if missing_reason(cleaned) is not None:
        return None
    if cleaned.startswith("(") and cleaned.endswith(")") and len(cleaned) > 2 and "\n" not in cleaned:  # '(3.4)'
        inner = parse_number(cleaned[1:-1], exchange=exchange, exact=exact)
        if inner is None:
            return None
        return replaced(inner, value=inner.value.copy_negate(), number_text="-" + inner.number_text, text=cleaned)
    m = PRINTED_RE.fullmatch(cleaned)
    if not m and (spaced := _SPACED_LETTER.fullmatch(cleaned)):  # the whole text is one value: 'R 5.64' is one number
        glued = parse_number(spaced["sym"] + spaced["num"], exchange=exchange, exact=exact)
        return replaced(glued, text=cleaned) if glued is not None else None
    if not m and "E" in cleaned and (sci := _SCIENTIFIC.fullmatch(cleaned)):  # '$1.0E-5': a price under a cent
        plain = format(Decimal(sci["mantissa"] + "E" + sci["exponent"]), "f")  # '0.000010': its printed places kept
        glued = parse_number(sci["before"] + plain + sci["after"], exchange=exchange, exact=exact)
        return replaced(glued, text=cleaned) if glued is not None else None
    if not m or _two_signs(m):
        return None
    return from_match(m, exchange=exchange, exact=exact)


_SPACED_LETTER = compiled(r"(?P<sym>" + "|".join(re.escape(s) for s in _SYMBOLS_BY_LENGTH if s in _LETTER_SYMBOLS and len(s) == 1)
                            + r") (?P<num>[-−]?\d[\d,]*(?:\.\d+(?: ?(?:Mil|Bil))?| ?(?:Mil|Bil)))")
"""A one-letter symbol, a space and an amount with decimals or a scale, as the whole text of a value ('R 5.64': a JSE
page's 'current stock price is R 5.64', round-34 ght F1). In running text a lone letter before a number is too common to
be read so (``_LETTER_SYMBOLS``); where a reader has already cut out one value's text, it is the amount's symbol. An
integer without a scale ('R 3') stays no number, as 'RM 3' does: a name's letter and a count."""


_SCIENTIFIC = compiled(r"(?P<before>[^\d\s]{0,4})(?P<mantissa>\d(?:\.\d{1,3})?)E(?P<exponent>-[1-9])(?P<after>%?)")
"""A value printed in scientific notation, as the whole text: GuruFocus's 'share price is $1.0E-5' (OTCPK:EHSI, round-35
gic F4), read as the plain number it stands for with the places its mantissa prints ('0.000010'); the text is kept.
Only a negative exponent: '1.0E5' prints two significant digits, which no count of decimal places says; and only a
short mantissa and a one-digit exponent: '2.13162820728E-14' is the float noise around 0 GuruFocus prints in formula
steps (NYSE:SCS 2017), no printed figure."""


def _two_signs(m: re.Match[str]) -> bool:
    """A minus before the currency and another before the digits ('-$-0.80', '--0.80'): no number prints so, and
    reading it as +0.80 would turn a garbled loss into a profit (round-26 ggt e08); the text is no number."""
    return bool(m.group("neg1")) and m.group("num")[:1] in "-−"


def find_numbers(text: str, *, exchange: str | None = None) -> list[tuple[int, PrintedNumber]]:
    """Every printed number in a text, with its start offset."""
    out = []
    for m in PRINTED_RE.finditer(text.replace("\\$", "$ ")):
        if not _two_signs(m):
            out.append((m.start(), from_match(m, exchange=exchange)))
    return out
