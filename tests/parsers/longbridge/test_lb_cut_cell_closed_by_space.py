"""A table row the page ends inside keeps its last cell when the file ends in the site's padding space (round-32 ghc F5).

'| Financing CF | -1.10M | -177.89M | 19.62M ' (603131.SH's start): the space is what Longbridge prints before a
'|', so 19.62M is whole, yet it was dropped with the truncated rest. A cell running into the cut ('| -8') or ended by
a line break (which a saved copy may add) is not known to be whole. Real page 1H8.SG (it ends '| -8') and synthetic
endings of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "1H8.SG.norm-llms.txt"


def _financing(text: str) -> list[str]:
    doc = parse_text(text, source=str(PAGE))
    return [f.value.text for f in doc.facts if "financing" in f.id and f.value is not None]


def test_the_real_page_keeps_the_cells_its_bars_close() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert text.endswith("| -8")
    assert _financing(text) == ["-1.74M", "-1.68M", "-368012.39", "-368752.52"]


@pytest.mark.parametrize(("ending", "last"), [
    (".05M ", "-8.05M"),   # the padding space: the cell is whole
    (".05M\t", "-8.05M"),
    (".05M", None),        # runs into the cut: -8.05M could have been -8.051M
    (".05M\n", None),      # a line break a saved copy adds says nothing of the cell
])
def test_only_a_trailing_space_closes_the_cut_cell(ending: str, last: str | None) -> None:
    got = _financing(PAGE.read_text(encoding="utf-8") + ending)
    assert got == ["-1.74M", "-1.68M", "-368012.39", "-368752.52", *([last] if last else [])]
