"""Longbridge detection asks a pattern only when the literal text every match of it contains is there (issue 12):
the same verdict as asking every pattern, on every page and note in the repository and on made-up heads."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers._sniff import SNIFF_CHARS
from quotecheck.parsers.longbridge import _detect as D

ROOT = Path(__file__).resolve().parents[3]
TEXTS = sorted(p for d in ("fixtures", "tests") for p in (ROOT / d).rglob("*") if p.suffix in {".txt", ".md", ".html"})
_MADE = [
    "# Tencent (0700.HK)\n## Overview", "x\n# Tencent (0700.HK)\n\n## Overview\n", "# Tencent (0700.HK)", "## Overview",
    " # Tencent (0700.HK)\n## Overview", "#  T (1.HK)\n##  x", '--- title: "T" url: "u" symbol: "1.HK"',
    '---\ntitle: "T"\nsymbol: "1.HK"\n---', "---\nsymbol: 1.HK", "symbol: 1.HK", "text ## x\n# y (1.HK)", "",
]


def _plain(head: str) -> bool:
    """The verdict with every pattern asked, no literal test first."""
    return bool(D._FRONTMATTER.search(head) or D._COLLAPSED.search(head)
                or (D._HEADING.search(head) and D._SECTION.search(head)))


@pytest.mark.parametrize("path", TEXTS, ids=[p.name[:40] for p in TEXTS])
def test_prefiltered_verdict_is_the_plain_one(path: Path) -> None:
    head = path.read_text(encoding="utf-8", errors="replace")[:SNIFF_CHARS]
    assert D._is_quote(head) == _plain(head)


@pytest.mark.parametrize("head", _MADE)
def test_prefiltered_verdict_on_made_heads(head: str) -> None:
    assert D._is_quote(head) == _plain(head)


def test_some_pages_are_quotes_and_some_are_not() -> None:
    """The comparison above is not vacuous: both verdicts occur among the repository's pages."""
    verdicts = {D._is_quote(p.read_text(encoding="utf-8", errors="replace")[:SNIFF_CHARS]) for p in TEXTS}
    assert verdicts == {True, False}
