"""The line-based block splitter gives markdown-it-py's blocks, line for line, on every kind of input.

The oracle is the markdown-it-py reader the parser used before (``_md_oracle``). Compared: every Longbridge
fixture (as the parser feeds it, and as raw text), the hostile corpus, and generated pages built from the
lines that decide block boundaries (pipes, delimiter rows, fences, headings, indentation, tabs, Unicode spaces).
"""

from __future__ import annotations

import contextlib
import random
import sys
from pathlib import Path

import pytest
from _lb_support import FIX
from _md_oracle import blocks as oracle_blocks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.parsers._errors import InputTooLarge, QuotecheckParseError
from quotecheck.parsers._limits import MAX_TABLE_ROWS
from quotecheck.parsers.longbridge import _quote_page, parse_quote_page
from quotecheck.parsers.longbridge._markdown import Block, FenceBlock, HeadingBlock, TableBlock, blocks

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hostile"))
from _hostile_corpus import Case, iter_cases

PAGES = sorted(p for p in FIX.rglob("*") if p.suffix in (".md", ".txt"))
LINES = [
    "", " ", "\t", "  \t ", "\u00a0", "\u2003x", "text", "**Bold**: B", "> As of 2026-05-16", "    indented text",
    "| a | b |", "|---|---|", "| --- | :-: |", "a | b", "--- | ---", "|-|", "| 1 | 2 |", "| 1 |", "| 1 | 2 | 3 |",
    "| x \\| y | z |", "|", "||", "| |", "-", ":-:", "|---|---|---|", "\t| a | b |", "    |---|---|",
    "```", "```chart-data:radar", "``` x`y", "~~~", "~~~~", "  ```", "\t```", "````", "```  ", "``` \u00a0", "`` x",
    "{\"a\": 1}", "# T", "## Heading ##", "###### six", "####### seven", "#", "#no space", "  # indented", "\t# tab",
    "    # four", "## trailing #", "## \u00a0x\u00a0", "#\t#", "## C#", "# ##", "## \u3000y\u205f", "# z\u0085\ufeff", "---", "title: x",
]


def _same(text: str) -> list[Block]:
    """The splitter's blocks, after checking they equal markdown-it's (or both raise the same limit)."""
    try:
        expected = oracle_blocks(text)
    except InputTooLarge as err:
        with pytest.raises(InputTooLarge) as ours:
            blocks(text)
        assert (ours.value.message, ours.value.line) == (err.message, err.line)
        return []
    got = blocks(text)
    assert got == expected
    return got


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_fixture_blocks_match_markdown_it(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    fed: list[str] = []

    def recording(page: str) -> list[Block]:
        fed.append(page)
        return _same(page)

    monkeypatch.setattr(_quote_page, "blocks", recording)
    with contextlib.suppress(QuotecheckParseError):
        parse_quote_page(text, source=str(path))
    assert len(fed) <= 1
    _same(text)


def test_seed_has_every_block_kind() -> None:
    kinds = {type(b) for b in _same((FIX / "seed_002371.SZ.md").read_text(encoding="utf-8"))}
    assert {HeadingBlock, TableBlock, FenceBlock} <= kinds


@pytest.mark.parametrize("case", list(iter_cases()), ids=lambda c: c.name)
def test_hostile_blocks_match_markdown_it(case: Case) -> None:
    text = case.build()
    if len(text) <= 3_000_000:
        _same(text)


def test_row_limit_names_the_same_line() -> None:
    text = "| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * (MAX_TABLE_ROWS + 5)
    with pytest.raises(InputTooLarge) as err:
        blocks(text)
    assert err.value.line == MAX_TABLE_ROWS + 3
    _same(text)


def test_generated_pages_match_markdown_it() -> None:
    rng = random.Random(12)
    for _ in range(3000):
        lines = [rng.choice(LINES) for _ in range(rng.randint(0, 14))]
        _same("\n".join(lines))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(alphabet="|-:#`~ \t\\a\u00a0*>", max_size=12)), max_size=16))
def test_random_lines_match_markdown_it(lines: list[str]) -> None:
    _same("\n".join(lines))
