"""Random page edits for the fuzz tests: deletions, insertions, line moves and truncation.

``edited`` draws the edits with hypothesis (the fuzz tests); ``random_edits`` draws the same edits
from a seeded ``random.Random`` (the long fuzz run in ``benchmarks/fuzz_parsers.py``). Both apply
them with ``apply_edit``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from hypothesis import strategies as st

OPS = ("delete", "insert", "dup_line", "drop_line", "truncate", "swap")


def apply_edit(text: str, op: str, a: int, b: int, inserted: str, i: int, j: int) -> str:
    """``text`` with one edit: span [a, b) for character edits, lines i and j for line edits."""
    if op == "delete":
        return text[:a] + text[b:]
    if op == "insert":
        return text[:a] + inserted + text[a:]
    if op == "truncate":
        return text[:a]
    lines = text.split("\n")
    i, j = min(i, len(lines) - 1), min(j, len(lines) - 1)
    if op == "dup_line":
        lines.insert(i, lines[j])
    elif op == "drop_line":
        lines.pop(i)
    else:
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def edited(texts: list[str], pieces: st.SearchStrategy[str], max_span: int) -> st.SearchStrategy[str]:
    """One of ``texts`` with up to six random edits; insertions are drawn from ``pieces``."""

    @st.composite
    def strategy(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(texts))
        for _ in range(draw(st.integers(1, 6))):
            op = draw(st.sampled_from(OPS))
            n = len(text)
            a = draw(st.integers(0, max(0, n - 1)))
            b = min(n, a + draw(st.integers(0, max_span)))
            inserted = "".join(draw(st.lists(pieces, max_size=8))) if op == "insert" else ""
            i = j = 0
            if op in ("dup_line", "drop_line", "swap"):
                count = text.count("\n") + 1
                i, j = draw(st.integers(0, count - 1)), draw(st.integers(0, count - 1))
            text = apply_edit(text, op, a, b, inserted, i, j)
        return text

    return strategy()


def random_edits(text: str, pieces: Sequence[str], max_span: int, rng: random.Random) -> str:
    """``text`` with one to six random edits drawn from ``rng`` (the same edits as ``edited``)."""
    for _ in range(rng.randint(1, 6)):
        op = rng.choice(OPS)
        n = len(text)
        a = rng.randint(0, max(0, n - 1))
        b = min(n, a + rng.randint(0, max_span))
        inserted = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) if op == "insert" else ""
        count = text.count("\n") + 1
        text = apply_edit(text, op, a, b, inserted, rng.randrange(count), rng.randrange(count))
    return text
