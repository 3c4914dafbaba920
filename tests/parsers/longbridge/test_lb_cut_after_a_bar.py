"""A page whose text ends just after a row's closing '|' with fewer cells than its header was cut there (round-27 ggv 001).

NDAQ.US's page start ends '| Net Profit YoY | 60.07% | | | P/B Ratio |': the P/B row was read as one printing its label
alone (a blank P/B fact and a note saying so) while the truncation note said the page was cut in it. The variants are
synthetic: the row given its cells, and the text going on after it."""

from __future__ import annotations

import pytest
from _lb_support import text_of

from quotecheck.parsers import parse_text

PAGE = "realpages/NDAQ.US.llms-en.txt"
END = "| P/B Ratio |"


@pytest.mark.parametrize(("tail", "pb_facts", "codes"), [
    ("", [], {"table.row_cut"}),  # the real page: cut after the bar, no fact and no 'label alone' note
    (" 2.5 | |", [("2.5", None)], set()),  # synthetic: the row complete, as the last text of a cut page
    (" | |", [(None, "blank")], set()),  # synthetic: as wide as its header, its cells blank: a printed blank
])
def test_the_last_row_closed_after_its_label_is_cut(tail: str, pb_facts: list[tuple[str | None, str | None]],
                                                     codes: set[str]) -> None:
    text = text_of(PAGE)
    assert text.rstrip().endswith(END)
    doc = parse_text(text.rstrip() + tail + "\n", source=PAGE)
    pb = [(f.value.text if f.value else None, f.missing.value if f.missing else None) for f in doc.facts
          if f.metric == "pb_ratio" and f.context == "table"]
    assert pb == pb_facts
    assert {n.code for n in doc.notes} & {"table.row_cut", "table.row_width"} == codes
