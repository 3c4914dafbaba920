"""The cited-line contract (issue 7 section 5): every cited value stands, as printed, on the line it cites.

For every page under ``fixtures/`` (text, markdown and HTML), for every fact,
every series point, every operand of a printed calculation and every value a
check quotes or takes as input, the printed text must be on the cited line of
the SOURCE file -- read with the one decoder and split with the one line-break
rule. For HTML that is the HTML file's own line, with tags read as spaces and
entities decoded; no neighbouring line is accepted (no fixture needs one: a
value split across lines by markup would fail here and be cited where it
starts). The text must stand as a whole token: ``1.95`` does not match inside
``11.95`` or ``1.957``.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from quotecheck.parsers import audit, parse_file, parse_text
from quotecheck.parsers._decode import decode_strict
from quotecheck.parsers._html import html_to_text_with_lines
from quotecheck.parsers._newlines import split_lines

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from golden import golden_pages  # noqa: E402

PAGES = golden_pages()
_TAG = re.compile(r"<[^>]*>")


class Cited(NamedTuple):
    """One printed value and the line that cites it."""

    what: str
    text: str
    line: int


_CITED: dict[Path, list[Cited]] = {}


def cited_values(page: Path) -> list[Cited]:
    """Every printed value the parse and the audit of ``page`` cite, with its line (computed once per page)."""
    if page not in _CITED:
        _CITED[page] = _cite(page)
    return _CITED[page]


def _cite(page: Path) -> list[Cited]:
    doc = parse_file(page)
    out: list[Cited] = []
    for fact in doc.facts:
        text = fact.value.text if fact.value else fact.text_value
        if text:
            out.append(Cited(f"fact {fact.id}", text, fact.line))
    for series in doc.series:
        out += [Cited(f"series {series.id} {p.period_text}", p.value.text, series.line) for p in series.points if p.value]
    for calc in doc.calculations:
        out += [Cited(f"operand of {calc.name}", o.number.text, o.line) for step in calc.steps for o in step.operands]
    for check in audit(doc).checks:
        for quoted in ([check.quoted] if check.quoted else []) + check.inputs:
            if quoted.text and quoted.line is not None:
                out.append(Cited(f"check {check.rule} ({check.subject})", quoted.text, quoted.line))
    return out


def source_lines(page: Path) -> list[str]:
    """The page's own lines as an editor shows them (HTML: tags as spaces, entities decoded)."""
    lines = split_lines(decode_strict(page.read_bytes(), source=str(page)))
    if page.suffix.lower() in {".html", ".htm"}:
        lines = [html.unescape(_TAG.sub(" ", line)) for line in lines]
    return lines


def stands_on(text: str, line: str) -> bool:
    """True when ``text`` is on ``line`` as a whole token (not part of a longer number or word)."""
    before = r"(?<![0-9A-Za-z.,])" if text[0].isalnum() else ""
    after = r"(?![0-9A-Za-z]|[.,][0-9])" if text[-1].isalnum() else ""
    return re.search(before + re.escape(text) + after, line) is not None


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "fixtures")) for p in PAGES])
def test_every_cited_value_stands_on_its_source_line(page: Path) -> None:
    lines = source_lines(page)
    cited = cited_values(page)
    misses = [f"{c.what}: {c.text!r} cited on line {c.line}: {lines[c.line - 1][:120] if 0 < c.line <= len(lines) else '<no such line>'!r}"
              for c in cited if not (0 < c.line <= len(lines) and stands_on(c.text, lines[c.line - 1]))]
    assert not misses, f"{len(misses)} of {len(cited)} cited values are not on their line:\n" + "\n".join(misses[:20])


def test_the_corpus_covers_html_text_and_markdown() -> None:
    """Blank template pages cite nothing; the corpus as a whole cites thousands of values of every page type."""
    by_suffix: dict[str, int] = {}
    for page in PAGES:
        by_suffix[page.suffix] = by_suffix.get(page.suffix, 0) + len(cited_values(page))
    assert set(by_suffix) == {".html", ".txt", ".md"} and min(by_suffix.values()) > 500, by_suffix


# --- the matcher and the HTML line map, on small cases ----------------------------------------
def test_a_token_inside_a_longer_number_does_not_count() -> None:
    assert stands_on("1.95", "E10 : ¥1.95 (As of")
    assert not stands_on("1.95", "11.95") and not stands_on("1.95", "1.957") and not stands_on("1.95", "1.95,000")
    assert stands_on("¥1.95", "(¥1.95)") and stands_on("-0.65", "is -0.65.")


def test_a_wrapping_h1_cites_the_line_the_value_stands_on() -> None:
    page = ("<html><body>\n<h1>NAURA Technology Group Co (SZSE:002371) E10 :\n"
            '  <span class="v">¥1.95</span> <span>(As of May. 10, 2024)</span></h1>\n</body></html>\n')
    text, linemap = html_to_text_with_lines(page)
    assert text.strip() == "NAURA Technology Group Co (SZSE:002371) E10 : ¥1.95 (As of May. 10, 2024)"
    assert linemap.source_line(1) == 2  # the rendered line starts on line 2
    assert linemap.source_line(1, "NAURA") == 2 and linemap.source_line(1, "¥1.95") == 3


def test_a_table_row_written_one_cell_per_line_cites_each_cells_line() -> None:
    page = "<table>\n<tr>\n<td>2024-03</td>\n<td>\n 5.136</td>\n<td>98.200</td></tr>\n</table>\n"
    text, linemap = html_to_text_with_lines(page)
    assert text.strip() == "2024-03 5.136 98.200"
    assert [linemap.source_line(1, t) for t in ("2024-03", "5.136", "98.200")] == [3, 5, 6]


def test_words_of_a_text_node_that_wraps_keep_their_own_lines() -> None:
    text, linemap = html_to_text_with_lines("<p>E10\n  :\n\n  ¥1.95   (As of)</p>")
    assert text.strip() == "E10 : ¥1.95 (As of)"
    assert [linemap.source_line(1, t) for t in ("E10", ":", "¥1.95", "(As of)")] == [1, 2, 4, 4]


def test_a_headline_that_wraps_in_the_html_is_cited_where_it_stands() -> None:
    path = ROOT / "fixtures" / "gurufocus" / "html" / "003_b9acf76c90166648.html"
    doc = parse_text(path.read_text(encoding="utf-8"), source=str(path))
    headline = next(f for f in doc.facts if f.id == "headline")
    h1 = next(i for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if "<h1" in line)
    assert headline.value is not None and headline.line == h1 + 1  # the <h1> opens on one line, the value is on the next
    assert stands_on(headline.value.text, source_lines(path)[headline.line - 1])
