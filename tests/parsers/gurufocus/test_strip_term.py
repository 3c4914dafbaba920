"""The headline's title loses its term by a lookup per length: the same result and term as trying every known term,
longest first (the header's own term before them). Titles: every known term after a few names (synthetic)."""

from __future__ import annotations

import pytest

from quotecheck.parsers.gurufocus import _header as H


def _defined(h: H.Header, title: str) -> str:
    """The term taken off as defined: the header's term, then each known term longest first, equal or after a blank."""
    candidates = [h.term] if h.term else []
    if title in H._TERM_SET or title.endswith(H._TERM_ENDINGS):
        candidates += H._TERM_NAMES
    for term in candidates:
        if title == term:
            h.term = h.term or term
            return ""
        if title.endswith(" " + term):
            h.term = h.term or term
            return title[: -len(term)].strip()
    return title


_NAMES = ["", "Acme", "Acme Inc ", "Samsung Electro-Mechanics Co (XKRX:009150)", "X"]
TITLES = [name + sep + term for term in H._TERM_NAMES for name in _NAMES for sep in (" ", "", "  ")]


def test_the_titles_hold_terms_inside_terms() -> None:
    """Terms that end in a shorter term ('Shiller PE Ratio' and 'PE Ratio'): the longest must win."""
    assert any(a != b and a.endswith(" " + b) for a in H._TERM_NAMES for b in H._TERM_NAMES)


@pytest.mark.parametrize("known", [None, "PE Ratio", "Zzz"])
def test_the_title_and_term_are_the_defined_ones(known: str | None) -> None:
    for title in TITLES:
        got, want = H.Header(term=known), H.Header(term=known)
        assert (H._strip_term(got, title, H._known_ending(title)), got.term) == (_defined(want, title), want.term), title
