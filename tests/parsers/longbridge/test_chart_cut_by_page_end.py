"""A chart-data block the page ends inside is said to be cut off, not malformed (round-32 ghc F3).

LNC-D.US's page start ends inside its ```chart-data:radar block ('"indicators": [ { "name": "'): the skip and the note
said 'malformed JSON: Invalid control character', a flaw the page does not have."""

from __future__ import annotations

from pathlib import Path

from page_edits import parsed

from quotecheck.parsers import audit

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "LNC-D.US.llms.txt"


def test_a_block_the_page_ends_inside_is_cut_off() -> None:
    doc = parsed(PAGE)
    [block] = doc.chart_blocks
    assert block.error == "the block is cut off where the page ends, before its JSON is complete"
    assert [n.message for n in doc.notes if n.code == "chart.malformed"] == [
        "chart-data:radar block at line 3 is cut off where the page ends, before its JSON is complete; the block is kept raw"]
    [skip] = [c for c in audit(doc).checks if c.rule == "lb.chart_vs_table"]
    assert "cut off where the page ends" in skip.message and "malformed" not in skip.message


def test_a_flaw_before_the_page_ends_is_still_malformed() -> None:
    """Synthetic: the same page with a colon taken out of the block's first pair, well before the page's end."""
    doc = parsed(PAGE, ('"title": "Longbridge', '"title" "Longbridge'))
    [block] = doc.chart_blocks
    assert block.error is not None and block.error.startswith("malformed JSON: Expecting ':' delimiter")
