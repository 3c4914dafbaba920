"""A plain percent ('28.27%') is read without PRINTED_RE: the same PrintedNumber (fields, values, types and fields
set) as the general path's match gives, for every text the shortcut takes. Texts: generated from digits, signs, dots
and percent signs (synthetic), and a few printed ones."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from quotecheck.parsers import _numbers as N

_PRINTED = ["28.27%", "-8.04%", "0%", "-0.00%", "100%", "007.5%", "1.0%", "0.13%", "123456789012345678901234.5%"]


def _texts() -> list[str]:
    rng = random.Random(51)
    out = set(_PRINTED)
    while len(out) < 1500:  # numbers of every length and sign, the shortcut's own shape
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 25)))
        places = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 10)))
        out.add(rng.choice(["", "-"]) + digits + ("." + places if places else "") + "%")
    while len(out) < 3000:  # and texts near it
        out.add("".join(rng.choice("-0123456789.%") for _ in range(rng.randint(1, 12))))
    return sorted(out)


TEXTS = _texts()


def _general(text: str, exact: bool) -> object:
    """What parse_number gave such a text before the shortcut: none past the digits' limit, else PRINTED_RE's match, read
    by from_match."""
    if len(text) > N.MAX_NUMBER_DIGITS and sum(ch.isdigit() for ch in text) > N.MAX_NUMBER_DIGITS:
        return None
    m = N.PRINTED_RE.fullmatch(text)
    if m is None or N._two_signs(m):
        return None
    return N.from_match(m, exact=exact)


def test_the_texts_hold_percents_the_shortcut_takes_and_ones_it_does_not() -> None:
    taken = [t for t in TEXTS if N._PLAIN_PERCENT.fullmatch(t)]
    assert len(taken) >= 100 and len(taken) < len(TEXTS)
    assert [t for t in taken if _general(t, False) is None] and [t for t in taken if _general(t, False) is not None]


@pytest.mark.parametrize("exact", [False, True])
def test_a_plain_percent_is_the_general_paths_number(exact: bool) -> None:
    for text in (t for t in TEXTS if N._PLAIN_PERCENT.fullmatch(t)):
        got, want = N.parse_number(text, exact=exact), _general(text, exact)
        if want is None:  # past the limit: no number either way
            assert got is None, text
            continue
        assert list(got.__dict__.items()) == list(want.__dict__.items()), text  # type: ignore[attr-defined]
        assert [type(v) for v in got.__dict__.values()] == [type(v) for v in want.__dict__.values()], text  # type: ignore[attr-defined]
        assert got.model_fields_set == want.model_fields_set, text  # type: ignore[attr-defined]
        assert str(got.value) == str(want.value)  # type: ignore[attr-defined]  # the sign of a -0.00 too
    assert N.parse_number("-8.04%").value == Decimal("-8.04")  # type: ignore[union-attr]
