"""``unread_reason`` looks up the symbols a text starts with by length; it gives what the plain definition gives: each
currency symbol the text starts with tried longest first, then its first three letters as an ISO code. Cases: every
symbol and ISO code before every placeholder the parser knows, with and without a blank between (synthetic texts)."""

from __future__ import annotations

import pytest

from quotecheck.parsers import _currencies as C
from quotecheck.parsers import _numbers as N
from quotecheck.parsers._models import Missing


def _defined(text: str) -> Missing:
    """The reason as defined: every symbol tried in turn, longest first, then the ISO code."""
    cleaned = text.strip()
    reason = N.MISSING_TEXTS.get(cleaned.lower())
    if reason is not None:
        return reason
    for symbol in [*sorted(C.SYMBOLS, key=len, reverse=True), cleaned[:3]]:
        if cleaned.startswith(symbol) and (symbol in C.SYMBOLS or symbol in C.ISO_CODES):
            reason = N.MISSING_TEXTS.get(cleaned[len(symbol):].strip().lower())
            if reason is not None and reason is not Missing.BLANK:
                return reason
    return Missing.UNREADABLE if any(ch.isdigit() for ch in cleaned) else Missing.BLANK


_HEADS = sorted(C.SYMBOLS) + sorted(C.ISO_CODES) + ["", "X", "n/", "N"]
_TAILS = sorted(N.MISSING_TEXTS) + ["", "1.2", "abc", "N/A%", "(1)", "-"]
CASES = [head + blank + tail for head in _HEADS for tail in _TAILS for blank in ("", " ")]


def test_the_cases_reach_every_kind_of_reason() -> None:
    assert {_defined(c) for c in CASES} >= {Missing.NOT_AVAILABLE, Missing.AT_LOSS, Missing.BLANK, Missing.UNREADABLE}


@pytest.mark.parametrize("chunk", range(0, len(CASES), 500))
def test_the_reason_is_the_defined_one(chunk: int) -> None:
    texts = CASES[chunk:chunk + 500]
    assert [N.unread_reason(t) for t in texts] == [_defined(t) for t in texts]
