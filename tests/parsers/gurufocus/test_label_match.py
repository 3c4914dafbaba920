"""LabelPattern finds what the regular expression holding the labels' longest-first alternation finds: the same
matches, labels and groups, on every line of the fixtures and on lines made of labels and sentence pieces at random
(a seeded generator: the same lines every run)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quotecheck.parsers.gurufocus import _labels as L
from quotecheck.parsers.gurufocus._alternation import alternation
from quotecheck.parsers.gurufocus._label_match import LabelPattern

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
_TAIL = r" for the (?P<ptype>quarter|fiscal year|month) that ended in (?P<period>.*?) ?was (?P<v>.*?)\.(?=\s|$)"
COMPILED = re.compile(r"(?P<label>" + alternation(L.TERM_NAMES) + r")" + _TAIL)
GROUPS = ("label", "ptype", "period", "v")
PIECES = (" for the quarter that ended in ", " for the fiscal year that ended in ", " for the month that ended in ",
          " for the ", "Mar. 2024", " was ", "was ", "1.2", ". ", ".", " ", "X", "PE", " Ratio", "E10", "'s ")


def _found(pattern: re.Pattern[str] | LabelPattern, line: str) -> list[tuple[object, ...]]:
    return [(m.start(), m.end(), *m.group(*GROUPS)) for m in pattern.finditer(line)]


def _random_lines(n: int) -> list[str]:
    rng = random.Random(20)
    labels = list(L.TERM_NAMES)
    lines = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.3:
                word = rng.choice(labels)
                parts.append(word[:rng.randint(1, len(word))] if rng.random() < 0.2 else word)
            else:
                parts.append(rng.choice(PIECES))
        lines.append("".join(parts))
    return lines


def test_the_fixtures_lines_give_the_same_matches() -> None:
    lines = [line for page in sorted(FIXTURES.glob("gurufocus/*/*.txt")) for line in page.read_text(encoding="utf-8").split("\n")
             if " that ended in " in line]
    assert len(lines) > 100
    found = [(_found(COMPILED, line), _found(L.VALUE_FOR_PERIOD, line)) for line in lines]
    assert sum(len(a) for a, _ in found) > 50  # the fixtures do state such values
    assert [a for a, _ in found] == [b for _, b in found]


@pytest.mark.parametrize("chunk", range(4))
def test_random_lines_give_the_same_matches(chunk: int) -> None:
    lines = _random_lines(20_000)[chunk * 5_000:(chunk + 1) * 5_000]
    assert [_found(COMPILED, line) for line in lines] == [_found(L.VALUE_FOR_PERIOD, line) for line in lines]


def test_a_label_holding_the_anchor_is_refused() -> None:
    with pytest.raises(ValueError, match="holds the anchor"):
        LabelPattern(("Revenue for the year",), _TAIL, anchor=" for the ")
