"""A sentence that opens with a known label, found without compiling the labels into a regular expression.

``re.compile`` of a pattern holding the longest-first alternation of the registry's 175 term names costs 31 million
machine instructions, paid by every process before its first page. A ``LabelPattern`` finds what
``(?P<label>ALTERNATION)TAIL`` finds with ``finditer`` (leftmost start first, so the longest label; matches never
overlapping) from a dictionary of the labels: a small regex finds where the tail begins (``anchor``), and the
labels that end there are looked up by their last characters. It pays where the tail's anchor is rare and
literal; where a label follows a common prefix ("'s "), the compiled alternation scans a line faster.

>>> period = LabelPattern(("Revenue", "Revenue per Share"),
...                       r" for the (?P<ptype>quarter) that ended in (?P<period>\\w+) was (?P<v>\\d+)", anchor=r" for the ")
>>> [m.group("label", "ptype", "period", "v") for m in period.finditer("Its Revenue per Share for the quarter that ended in May was 5")]
[('Revenue per Share', 'quarter', 'May', '5')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .._regex_cache import compiled

_KEY = 3
"""Characters of a label's end that index it: every label is at least this long."""


class LabelMatch:
    """One match: its label and the tail's groups (``group`` as ``re.Match.group``), and where it starts and ends."""

    __slots__ = ("_label", "_start", "_tail")

    def __init__(self, label: str, tail: re.Match[str], start: int) -> None:
        self._label, self._tail, self._start = label, tail, start

    def group(self, *names: str) -> Any:  # typed as re.Match.group is
        """The label (``"label"``) or a group of the tail, by name; several names give a tuple."""
        got = tuple(self._label if n == "label" else self._tail.group(n) for n in names)
        return got[0] if len(got) == 1 else got

    def start(self) -> int:
        """Where the match starts (its label's start)."""
        return self._start

    def end(self) -> int:
        """Where the match ends (its tail's end)."""
        return self._tail.end()


class LabelPattern:
    """``(?P<label>longest-first alternation of labels)TAIL`` as ``finditer`` would find it; ``anchor`` is a regex of
    how the tail begins that no label holds (each of its matches is where a label may end)."""

    def __init__(self, labels: Iterable[str], tail: str, *, anchor: str) -> None:
        words = sorted(set(labels), key=len, reverse=True)
        if any(len(w) < _KEY for w in words):
            raise ValueError(f"labels shorter than {_KEY} characters")
        self._anchor = compiled(anchor)
        if any(self._anchor.search(w) for w in words):  # else a later anchor's label could start before an earlier one's
            raise ValueError(f"a label holds the anchor {anchor!r}")
        self._by_end: dict[str, list[str]] = {}
        for w in words:  # longest first within each list
            self._by_end.setdefault(w[-_KEY:], []).append(w)
        self._tail = compiled(tail)

    def finditer(self, text: str) -> Iterator[LabelMatch]:
        """Every match in ``text``, left to right, none overlapping another."""
        pos = 0  # no match starts before pos: the previous one ended there
        while (am := self._anchor.search(text, pos)) is not None:
            end = am.start()
            tail = self._tail.match(text, end)
            if tail is not None:
                for word in self._by_end.get(text[end - _KEY:end], ()):  # longest first: the leftmost start
                    begin = end - len(word)
                    if begin >= pos and text.startswith(word, begin):
                        yield LabelMatch(word, tail, begin)
                        pos = tail.end()
                        break
            pos = max(pos, end + 1)
