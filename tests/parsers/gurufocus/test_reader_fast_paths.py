"""Issue 12, round 2: the readers' fast forms give what the plain forms gave.

The label alternations are prefix trees (``_alternation``) instead of longest-first lists, and ``split_page``
cleans the page in one pass instead of line by line; both must match the plain forms on any text.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.parsers.gurufocus import _labels as L
from quotecheck.parsers.gurufocus._alternation import alternation
from quotecheck.parsers.gurufocus._lines import split_page

ROOT = Path(__file__).resolve().parents[3]
LINES = [line for p in sorted((ROOT / "fixtures").rglob("*")) if p.suffix in {".txt", ".md"}
         for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
_PLAIN_TERMS = "|".join(re.escape(t) for t in L.TERM_NAMES)
_PLAIN_CALC = "|".join(re.escape(t) for t in L.CALC_LABELS)
PAIRS = [
    (re.compile(r"(?<![A-Za-z])(?:" + alternation(L.TERM_NAMES) + r")(?![A-Za-z])"),
     re.compile(r"(?<![A-Za-z])(?:" + _PLAIN_TERMS + r")(?![A-Za-z])")),
    (L.RATIO_TODAY, re.compile(r"(?:'s |the )(?P<label>" + _PLAIN_TERMS + r")(?: ratio)? (?:for|of) today is (?P<v>.*?)\.(?=\s|$)")),
    (L.CALC_INPUT, re.compile(L.CALC_INPUT.pattern.replace(L._CALC_LABEL_ALT, _PLAIN_CALC), re.IGNORECASE)),
    (L.CALC_RESULT, re.compile(L.CALC_RESULT.pattern.replace(L._CALC_LABEL_ALT, _PLAIN_CALC), re.IGNORECASE)),
]
WORDS = st.lists(st.text(alphabet="abAB c", min_size=1, max_size=5), min_size=1, max_size=8)
PIECES = st.sampled_from(["'s ", ", and ", " for today is ", " of today is 1.5. ", " is ", " was $1,234 Mil. ", "Therefore, X",
                          "ſ", "K", "İ", "PE Ratio", "pe ratio", "PE RATIO without NRI", "Net Income", " ", "."])


def _found(pat: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None] | str]]:
    return [(m.span(), m.groupdict() if pat.groupindex else m.group()) for m in pat.finditer(text)]


def test_label_patterns_match_as_their_plain_lists_on_every_fixture_line() -> None:
    for new, plain in PAIRS:
        assert new.pattern != plain.pattern
        for line in LINES:
            assert _found(new, line) == _found(plain, line), (plain.pattern[:60], line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(L.CALC_LABELS), st.sampled_from(L.TERM_NAMES)), max_size=10),
       st.booleans())
def test_label_patterns_match_as_their_plain_lists_on_made_text(parts: list[str], upper: bool) -> None:
    text = "".join(parts).upper() if upper else "".join(parts)
    for new, plain in PAIRS:
        assert _found(new, text) == _found(plain, text)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abAB c", max_size=20), st.booleans())
def test_alternation_tries_words_in_longest_first_order(words: list[str], text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    tree = alternation(words, ignore_case=fold)
    for suffix in ("", "c", "b$"):  # what follows the word decides, by backtracking, which word is taken
        a = [(m.span(), m.group()) for m in re.finditer(f"(?:{plain}){suffix}", text, flags)]
        b = [(m.span(), m.group()) for m in re.finditer(f"(?:{tree}){suffix}", text, flags)]
        assert a == b, (words, text, suffix)


def clean(line: str) -> str:
    """The line-by-line cleaning split_page did before it cleaned the page in one pass: the oracle."""
    line = line.replace("\\$", "$").replace("\u00a0", " ").replace("\u200b", "")
    if line.startswith("#"):
        line = re.sub(r"^#{1,6}\s+", "", line)
    return line.rstrip()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=["a", "\\", "$", "#", "\u00a0", "\u200b", " ", "\t", "\r"], max_size=8), max_size=6))
def test_split_page_cleans_every_line_as_clean_does(lines: list[str]) -> None:
    text = "\n".join(lines)
    page = split_page(text)
    assert page.lines == tuple(clean(line) for line in re.split("\r\n|[\n\r]", text))


GUARDED = [(L.CALC_INPUT, L.CALC_INPUT_WORDS), (L.ADJUSTED_VALUE, L.ADJUSTED_VALUE_WORDS)]
GUARD_PIECES = st.sampled_from(["'s ", ", and ", "Adjusted EPS for the quarter that ", "ENDED IN ", "ended in", "Mar. 2024",
                                " IS ", " Was ", " is", "was ", "$1.5", "ı", "ſ", "K", "İ", "PE Ratio", " ", "."])


def test_guard_words_are_in_every_match_on_every_fixture_line() -> None:
    matched = 0
    for pat, words in GUARDED:
        for line in LINES:
            if pat.search(line):
                matched += 1
                assert L.may_match(line, words), (pat.pattern[:40], line)
    assert matched > 20


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(GUARD_PIECES, st.sampled_from(L.CALC_LABELS)), max_size=10), st.booleans())
def test_guard_words_are_in_every_match_on_made_text(parts: list[str], upper: bool) -> None:
    text = "".join(parts).upper() if upper else "".join(parts)
    for pat, words in GUARDED:
        if pat.search(text):
            assert L.may_match(text, words), text


def test_guard_skips_an_ascii_line_without_its_words_only() -> None:
    assert not L.may_match("BHP's PE Ratio today", L.CALC_INPUT_WORDS)
    assert L.may_match("BHP's PE Ratio IS 5", L.CALC_INPUT_WORDS)
    assert L.may_match("BHP's PE Ratio ıs 5", L.CALC_INPUT_WORDS)  # not ASCII: left to the pattern
