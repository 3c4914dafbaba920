"""A regex alternation of many literal words, written as a prefix tree.

``"|".join(sorted(words, key=len, reverse=True))`` makes the engine try every word, one after the other, at each
place it looks: with 170 labels that is 170 comparisons per candidate position. The tree tries one branch per
character instead, and it matches exactly what the longest-first list matches, backtracking included: branches
that start with different characters can never both match at one place (so their order does not matter), and
along one branch the longer word is tried before its prefix (an empty last branch), which is the list's order.

>>> import re
>>> alternation(["PE Ratio", "PE Ratio without NRI", "PB Ratio"])
'P(?:B\\\\ Ratio|E\\\\ Ratio(?:\\\\ without\\\\ NRI|))'
>>> re.fullmatch(alternation(["ab", "abc"]) + "c", "abc").group()
'abc'
>>> re.compile(alternation(["Net Income"], ignore_case=True), re.IGNORECASE).match("NET INCOME").group()
'NET INCOME'
>>> alternation(w for w in ["ab", "abc"])  # any iterable, a generator too
'ab(?:c|)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
"""The key that marks a word ending at a node (no character is the empty string)."""

_Node = dict[str, "_Node"]


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex matching what the longest-first alternation of ``words`` matches (ASCII words if ``ignore_case``)."""
    root: _Node = {}
    words = list(words)  # read twice below: a generator would be spent by the first pass
    for word in words:
        if ignore_case and not word.isascii():
            raise ValueError(f"only ASCII words fold safely to one branch: {word!r}")
    # In sorted order, so that the text is the same in every process whatever order (a set's, which differs with the
    # hash seed) the words come in: the branches' order does not change what matches, and the same text is what lets
    # the compiled pattern come from the regex cache (quotecheck.parsers._regex_cache).
    for word in sorted({w.lower() for w in words} if ignore_case else set(words)):  # IGNORECASE: 'a', 'A' one branch
        node = root
        for ch in word:
            child = node.get(ch)  # not setdefault(ch, {}): that builds a dict for every character of every word
            if child is None:
                child = node[ch] = {}
            node = child
        node[_END] = {}
    return _emit(root)


_ESCAPED = {chr(i): re.escape(chr(i)) for i in range(128)}
"""``re.escape`` of each ASCII character, looked up: the emitter escapes one character a node (thousands a process)."""


def _emit(node: _Node) -> str:
    branches = [(_ESCAPED.get(ch) or re.escape(ch)) + _emit(child) for ch, child in node.items() if ch != _END]
    if not branches:
        return ""
    if _END in node:  # the longer words first, then the word ending here: an empty last branch, cheaper than '?'
        return "(?:" + "|".join(branches) + "|)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
