"""No pattern of the parsers backtracks: each runs in linear time on adversarial lines (issue 11).

The patterns are collected from the parser modules' globals, so a new pattern is covered the day it
is added. Each line is about 10,000 characters: a linear scan takes well under a millisecond, a
quadratic one a second or more.
"""

from __future__ import annotations

import re
import time

import pytest
from _hostile_patterns import adversarial_line, adversarial_lines, parser_patterns

PATTERNS = list(parser_patterns())
MATCH_ONLY = frozenset({
    "_expr._TOKEN_RE",  # tokenizer: match() at the end of the previous token
    "longbridge._frontmatter._FIELD_RE", "longbridge._frontmatter._ITEM_RE",  # fullmatch() of one line
    "longbridge._frontmatter._INLINE_KEY_RE", "longbridge._frontmatter._INLINE_QUOTED_RE",  # match() at a cursor
    "longbridge._frontmatter._INLINE_ITEMS_RE", "longbridge._frontmatter._INLINE_BARE_RE",
    "longbridge._lines._BOLD_LABEL_RE", "longbridge._lines._TRAILING_BOLD_RE", "longbridge._lines._STAMP_RE",
    "longbridge._markdown._DELIMITER_RE", "longbridge._tables._PERCENT_RE", "longbridge._values._RANK_RE",
    "longbridge._tables._RATIO_RE", "longbridge._tables._AMOUNT_RE",
    "gurufocus._detect._STACKED_HEADLINE",  # match() at the line above the units note
    "_numbers._PLAIN_PERCENT",  # fullmatch() of one value's text
})
"""Patterns the code only ever calls with match()/fullmatch(): timed that way (a search() would retry a
leading blank run from every character, which the code never does). Every other pattern is timed with
finditer(), match() and fullmatch()."""
GAPS: dict[str, str] = {}
"""Known backtracking patterns, each failing loudly (strict xfail) once it is fixed."""
SIZE = 10_000
BUDGET = 0.15
"""Seconds one pattern may take on one adversarial line (linear: ~0.001 s; quadratic: > 0.5 s)."""
GROWTH = 3.0
"""Over budget, a line that costs more than 3x its half is superlinear (linear: 2x; quadratic: 4x)."""


def test_the_walk_finds_the_known_patterns() -> None:
    names = {name for name, _ in PATTERNS}
    assert {"gurufocus._labels.HISTORY_PROSE", "gurufocus._labels.FORMULA_START", "_expr._TOKEN_RE",
            "gurufocus._term_page._SYMBOL_SEEN[0]", "longbridge._lines._LINK_RE"} <= names
    assert len(PATTERNS) > 60


def _param(name: str, pattern: re.Pattern[str] | re.Pattern[bytes]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[name])] if name in GAPS else []
    return pytest.param(name, pattern, id=name, marks=marks)


@pytest.mark.parametrize(("name", "pattern"), [_param(n, p) for n, p in PATTERNS])
def test_pattern_is_linear_on_adversarial_lines(name: str, pattern: re.Pattern[str] | re.Pattern[bytes]) -> None:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    slow = []
    is_str = isinstance(pattern.pattern, str)
    for label, line in adversarial_lines(source, SIZE):
        took = _time(name, pattern, line if is_str else line.encode("utf-8"))
        if took > BUDGET:  # slow: linear with a large constant (or a loaded machine), or worse? Halve and compare.
            half = adversarial_line(source, SIZE // 2, label)
            # the best of three of each: a busy machine slows single runs at random, never the fastest of three
            took = min(took, *(_time(name, pattern, line if is_str else line.encode("utf-8")) for _ in range(2)))
            fastest_half = min(_time(name, pattern, half if is_str else half.encode("utf-8")) for _ in range(3))
            ratio = took / max(fastest_half, 1e-6)
            if ratio > GROWTH:
                slow.append(f"{label}: {took:.2f} s, {ratio:.1f}x the time of half the line")
                break
    assert not slow, f"{name} backtracks: {slow}"


def _time(name: str, pattern: re.Pattern[str] | re.Pattern[bytes], subject: str | bytes) -> float:
    """The CPU time of this process for the pattern's calls: other processes on a busy machine do not count (round-35
    new user NU4-5: wall time under two fuzz runs made a linear pattern look 3.7x its half)."""
    start = time.process_time()
    if name not in MATCH_ONLY:
        for _ in pattern.finditer(subject):  # type: ignore[arg-type]
            pass
    pattern.match(subject)  # type: ignore[arg-type]
    pattern.fullmatch(subject)  # type: ignore[arg-type]
    return time.process_time() - start
