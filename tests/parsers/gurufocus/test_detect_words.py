"""Detection starts each marker's search at the line of words every match contains: the same matches as a full search."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers._sniff import SNIFF_CHARS
from quotecheck.parsers.gurufocus import _detect as D

ROOT = Path(__file__).resolve().parents[3]
TEXTS = sorted(p for d in ("fixtures", "tests") for p in (ROOT / d).rglob("*") if p.suffix in {".txt", ".md"})
_PATTERNS = [*D._MARKERS.values(), *((p, w) for p, w, _ in D._WITHIN_COLUMN.values()), *D._DEFINITION]
# lines built to put each marker's words before, inside and after a match, on other lines and on the same one
_MADE = [
    "Reviewed by: x\nFact checked by:\nReviewed by:", "x Reviewed by:\nReviewed by: y", "Min: 1 Max: 2\nMin: 1  Max: 3",
    "a Definition b\nPrice Definition\n", "Annual Data\n" + "x" * 130 + " Quarterly Data", "(A: Mar24) = 1",
    "ab has been successfully added\nAB has been successfully added to your Stock Email Alerts",
]


@pytest.mark.parametrize("path", TEXTS, ids=[p.name[:40] for p in TEXTS])
def test_search_from_words_matches_full_search(path: Path) -> None:
    head = path.read_text(encoding="utf-8", errors="replace")[:SNIFF_CHARS]
    for pat, words in _PATTERNS:
        full = [m.span() for m in pat.finditer(head)]
        start = D._line_of_first(head, words)
        fast = [] if start is None else [m.span() for m in pat.finditer(head, start)]
        assert fast == full, (pat.pattern, words)
        assert all(any(w in head[m[0]:] for w in words) for m in full)


def test_made_lines() -> None:
    for text in _MADE:
        for pat, words in _PATTERNS:
            m = D._search(pat, words, text)
            full = pat.search(text)
            assert (m and m.span()) == (full and full.span()), (pat.pattern, text)
    assert D._search(*D._DEFINITION[1], "x Reviewed by:\nReviewed by: y").start() == 15
