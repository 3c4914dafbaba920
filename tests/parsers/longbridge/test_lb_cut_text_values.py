"""A page cut inside a text value reads no part of it (round-43 tester vc F1, F2): a frontmatter's quoted value the
page's end leaves open ('symbol: "002371.SZ', its closing quote cut) is not the field's value, so no stray quote makes
the page name two securities (lb.identity FAILed on it), and a Style or Scale line cut before its description
('Growth - ' or '') is no label. Synthetic cuts of the Longbridge seed, each at every position named."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

SEED = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md"
TEXT = SEED.read_text(encoding="utf-8")


def _cut_after(marker: str, extra: int = 0) -> str:
    return TEXT[: TEXT.index(marker) + len(marker) + extra]


@pytest.mark.parametrize("cut", [_cut_after('symbol: "002371.SZ'), _cut_after('name: "NAURA Technology'),
                                 _cut_after('industry: "Semiconductor')])
def test_a_cut_quoted_value_is_not_read(cut: str) -> None:
    doc = parse_text(cut, source="cut.md")
    assert doc.security.ticker == "002371" and '"' not in (doc.security.name or "")
    assert not [c for c in audit(doc).checks if c.status is Status.FAIL]
    assert doc.truncated


def test_a_closed_quoted_value_at_the_cut_is_read() -> None:
    doc = parse_text(_cut_after('symbol: "002371.SZ"'), source="cut.md")
    assert doc.security.ticker == "002371"


@pytest.mark.parametrize(("cut", "expected"), [
    (_cut_after("- **Style**:"), None), (_cut_after("- **Style**: Growth"), None), (_cut_after("- **Style**: Growth -"), None),
    (_cut_after("- **Style**: Growth - "), None),
    (_cut_after("- **Style**: Growth - Stocks"), "Growth"),  # the description begun: the name is whole
])
def test_a_style_cut_before_its_description_is_not_read(cut: str, expected: str | None) -> None:
    doc = parse_text(cut, source="cut.md")
    styles = [f.text_value for f in doc.facts if f.id == "financial_score.style"]
    assert styles == ([expected] if expected else []) and doc.profile.get("style") == expected
