"""The fast paths of issue 12 give what the plain forms gave: same matches, same lines taken, on every fixture.

Detection starts each marker's search at the line of words every match contains; headings are tried by their
anchors and endings; history rows are skipped by their first token; number cells use a linear pattern.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from quotecheck.parsers._sniff import SNIFF_CHARS
from quotecheck.parsers.gurufocus import _calculations, _history, _labels, _sections
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


def test_detection_asks_about_few_parts_and_decides_as_from_all(tmp_path: Path) -> None:
    """A page shown by three parts, one naming its security, is decided before the other parts are searched; the
    decision is the one the whole set of parts gives, on every fixture and test text and on heads with parts left out."""
    heads = [p.read_text(encoding="utf-8", errors="replace")[:SNIFF_CHARS] for p in TEXTS]
    heads += [h.replace(word, "") for h in heads[::7] for word in ("GURUFOCUS.COM", "Switch to:", "As of ", "GF Score")]
    asked = []
    for head in heads:
        found = D._Parts(head).found()
        parts = D._Parts(head)
        assert parts.enough_named() == bool(len(found) >= D._MIN_MARKERS and found & D._IDENTITY), head[:200]
        assert parts.found() == found and D.markers(head) == set(found)
        fresh = D._Parts(head)
        asked.append(len(fresh._known) if fresh.enough_named() else 0)
    shown = [n for n in asked if n]
    assert len(shown) > 100 and sum(shown) / len(shown) < 5 < len(D._PARTS)
    assert sorted(D._PARTS) == sorted({*D._MARKERS, *D._LINE_ENDING, *D._WITHIN_COLUMN}) and set(D._IDENTITY_PARTS) <= set(D._PARTS)


def test_made_lines() -> None:
    for text in _MADE:
        for pat, words in _PATTERNS:
            m = D._search(pat, words, text)
            full = pat.search(text)
            assert (m and m.span()) == (full and full.span()), (pat.pattern, text)
    assert D._search(*D._DEFINITION[1], "x Reviewed by:\nReviewed by: y").start() == 15


def test_sections_marker_is_the_anchored_pattern() -> None:
    """A line ending in a section phrase, found by the phrase, is a line the plain multiline pattern matches."""
    plain = re.compile(r"^(?:[^\n]{1,80} )?(?:Definition|Explanation|Historical Data|Calculation)[ \t]*$", re.M)
    phrases, most = D._LINE_ENDING["sections"]
    made = ["Definition", "x Definition", "xDefinition", " Definition", "  Definition", "a" * 80 + " Definition",
            "a" * 81 + " Definition", "a" * 79 + " Calculation \t", "Calculation Definition", "Historical Data x",
            "E10 Historical Data", "Calculations", "x\nDefinition\n", "Definitions » x\nE10 Definition", "Explanation\t", "a\tExplanation", "é Definition"]
    texts = [p.read_text(encoding="utf-8", errors="replace")[:SNIFF_CHARS] for p in TEXTS] + made
    assert sum(bool(plain.search(t)) for t in texts) > 30 and sum(not plain.search(t) for t in texts) > 5
    for text in texts:
        found = any(D._ends_a_line(text, phrase, most) for phrase in phrases)
        assert found == bool(plain.search(text)), text[:80]


def test_history_marker_is_the_word_bounded_phrase() -> None:
    plain = re.compile(r"\b(?:Annual|Quarterly|Semi-Annual) Data\b")
    fast = D._WITHIN_COLUMN["history"][0]
    made = ["xAnnual Data", "Semi-Annual Data", "_Annual Data", "Annual Data", "éAnnual Data", "XSemi-Annual Data",
            "1Quarterly Data", "Quarterly Data|", "Annual Datas", "-Annual Data"]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in TEXTS] + made
    assert sum(bool(plain.search(t)) for t in texts) > 30
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text[:80]


def test_adjusted_value_is_the_plain_pattern() -> None:
    fast = _labels.ADJUSTED_VALUE
    plain = re.compile(r"(?<![Cc]yclically )(?<![Cc]yclically)\badjusted " + fast.pattern.split("djusted ", 1)[1], re.IGNORECASE)
    tail = " EPS for the quarter that ended in Mar. 2024 was 1.20."
    made = [w + tail for w in ("Cyclically adjusted", "cyclicallyadjusted", "xadjusted", "ADJUSTED", "_adjusted", "adjusted",
                               "CYCLICALLY ADJUSTED", "é adjusted", "(adjusted")]
    lines = [ln for p in TEXTS for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()] + made
    assert sum(bool(plain.search(t)) for t in lines) > 20
    for line in lines:
        assert [(m.span(), m.groups()) for m in fast.finditer(line)] == [(m.span(), m.groups()) for m in plain.finditer(line)]


def _lines() -> list[str]:
    return [ln.strip() for p in TEXTS for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()]


def test_headings_by_anchor_and_ending_match_the_joined_pattern() -> None:
    joined = re.compile("|".join(f"(?:{p.pattern})" for p in _sections.KNOWN_HEADINGS))
    lines = _lines() + ["Shiller PE Ratio Chart", "What is E10?", "1. DSRI = x", "Foo Distribution in the Banks Industry",
                        "Chart of x", "Headlines", "a Headlines", "Be Aware", "Be Aware now"]
    known = [s for s in lines if joined.search(s)]
    assert len(known) > 100 and _sections._INSIDE_ENDINGS is not None
    assert [s for s in lines if _sections._is_known(s)] == known


def test_rows_skipped_by_first_token_have_no_periods() -> None:
    taken = 0
    for line in _lines() + ["| Mar24 | Jun24 |", "Trend Mar24 Jun24", "Premium Member Only Mar24 Jun24", " Sep23 Dec23"]:
        toks = _history._tokens(line)
        toks = toks[1:] if toks and toks[0] == "Trend" else toks
        periods = list(itertools.takewhile(_history.L.PERIOD_TOKEN.match, toks))
        if len(periods) >= 2:
            taken += 1
            assert _history._may_start_row(line), line
    assert taken > 50


@pytest.mark.parametrize(("fast", "plain"), [(_history._CELL, r"-?[\d,]*\.?\d+%?"),
                                             (_calculations._RESULT_ONLY, r"-?[\d,]*\.?\d+(?: ?%)?")])
def test_linear_number_patterns_take_what_the_plain_ones_took(fast: re.Pattern[str], plain: str) -> None:
    slow = re.compile(plain)
    for size in range(7):
        for chars in itertools.product("-1,.% x", repeat=size):
            text = "".join(chars)
            assert bool(fast.fullmatch(text)) == bool(slow.fullmatch(text)), text
