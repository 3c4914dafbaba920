"""No pattern of the parsers backtracks: each runs in linear time on adversarial lines (issue 11).

The patterns are collected from the parser modules' globals, so a new pattern is covered the day it
is added. Each line is about 10,000 characters: a linear scan takes well under a millisecond, a
quadratic one a second or more.
"""

from __future__ import annotations

import re
import time

import pytest
from _hostile_patterns import adversarial_lines, parser_patterns

PATTERNS = list(parser_patterns())
SIZE = 10_000
BUDGET = 0.15
"""Seconds one pattern may take on one adversarial line (linear: ~0.001 s; quadratic: > 0.5 s)."""


def test_the_walk_finds_the_known_patterns() -> None:
    names = {name for name, _ in PATTERNS}
    assert {"gurufocus._labels.HISTORY_PROSE", "gurufocus._labels.FORMULA_START", "_expr._TOKEN_RE",
            "gurufocus._term_page._SYMBOL_SEEN[0]", "longbridge._lines._LINK_RE"} <= names
    assert len(PATTERNS) > 60


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_adversarial_lines(name: str, pattern: re.Pattern[str] | re.Pattern[bytes]) -> None:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    slow = []
    for label, line in adversarial_lines(source, SIZE):
        subject: str | bytes = line if isinstance(pattern.pattern, str) else line.encode("utf-8")
        start = time.perf_counter()
        for _ in pattern.finditer(subject):  # type: ignore[arg-type]
            pass
        pattern.match(subject)  # type: ignore[arg-type]
        pattern.fullmatch(subject)  # type: ignore[arg-type]
        took = time.perf_counter() - start
        if took > BUDGET:
            slow.append(f"{label}: {took:.2f} s")
            break
    assert not slow, f"{name} backtracks: {slow}"
