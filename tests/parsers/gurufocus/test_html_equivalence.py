"""GuruFocus HTML (fixtures/gurufocus/html) gives the same facts and check outcomes as the text form of the seed.

Line numbers refer to each input's own text (the HTML is converted to text
first), so they are compared separately: the converted text must keep every
fact's line content.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_file

FIX = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
SEEDS = sorted((FIX / "seeds").glob("*.txt"))


def _facts(doc):
    return [(f.id, f.metric, f.value.text if f.value else None, f.missing, f.period, f.context, f.raw) for f in doc.facts]


def _checks(doc):
    return sorted((c.rule, c.status.value) for c in audit(doc).checks)


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name[:3] for s in SEEDS])
def test_html_and_text_agree(seed: Path) -> None:
    text_doc = parse_file(seed)
    html_doc = parse_file(FIX / "html" / f"{seed.stem}.html")
    assert _facts(html_doc) == _facts(text_doc)
    assert _checks(html_doc) == _checks(text_doc)
    assert html_doc.security.model_dump(exclude={"line"}) == text_doc.security.model_dump(exclude={"line"})
    assert [c.name for c in html_doc.calculations] == [c.name for c in text_doc.calculations]


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name[:3] for s in SEEDS])
def test_html_facts_cite_html_source_lines(seed: Path) -> None:
    """Facts parsed from HTML cite the HTML file's own lines: each number is printed on its line, the wrapped <h1>'s too."""
    html = FIX / "html" / f"{seed.stem}.html"
    src = html.read_text(encoding="utf-8").split("\n")
    doc = parse_file(html)
    numbered = [f for f in doc.facts if f.value]
    on_line = [f for f in numbered if f.value.number_text.lstrip("-") in src[f.line - 1]]
    assert [f.id for f in numbered if f not in on_line] == []
    headline = doc.fact("headline")
    assert "<h1" in src[headline.line - 2] and "<h1" not in src[headline.line - 1]  # the <h1> wraps: cited where the value is


def test_one_p_per_line_html_reads_like_the_text() -> None:
    """Saved HTML with one <p> per line: same facts, same 40-row data table, same check outcomes as the text."""
    from collections import Counter

    from quotecheck.parsers import audit, parse_file

    root = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
    text = parse_file(root / "seeds" / "002_97f669d52d843f76.txt")
    html = parse_file(root / "html" / "002_97f669d52d843f76.p-per-line.html")
    assert [(f.id, f.value.text if f.value else None) for f in html.facts] == \
        [(f.id, f.value.text if f.value else None) for f in text.facts]
    assert [len(t.rows) for t in html.tables] == [len(t.rows) for t in text.tables] == [40]
    assert Counter((c.rule, c.status.value) for c in audit(html).checks) == \
        Counter((c.rule, c.status.value) for c in audit(text).checks)
