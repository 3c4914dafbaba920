"""The size limits of ``_limits`` (issue 11): a page past one ends at once with ``InputTooLarge`` naming file and line.

Each page is just over one limit and under every other, so the test shows that limit, not another, refused it.
"""

from __future__ import annotations

import time

import pytest
from _hostile_corpus import seed, seed_lb

from quotecheck.parsers import InputTooLarge, MalformedBlock, audit, parse_text
from quotecheck.parsers._limits import (
    MAX_FORMULA_LINES,
    MAX_HTML_ELEMENTS,
    MAX_HTML_TAG_CHARS,
    MAX_PAGE_LINES,
    MAX_TABLE_CELLS,
    MAX_TABLE_ROWS,
)

HEAD = "Book Value per Share CPI Adj_Book\n"


def _refused(text: str, source: str) -> InputTooLarge:
    start = time.process_time()
    with pytest.raises(InputTooLarge) as info:
        parse_text(text, source=source)
    assert time.process_time() - start < 2.0
    return info.value


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_data_table_over_the_row_limit_is_refused_at_its_first_extra_row() -> None:
    rows = "".join(f"{190001 + i} 5.136 98.200 5.997\n" for i in range(MAX_TABLE_ROWS + 1))
    text = seed().replace(HEAD, HEAD + rows)
    err = _refused(text, "rows.txt")
    assert err.source == "rows.txt"
    assert err.line == _line_of(text, HEAD) + MAX_TABLE_ROWS + 1
    assert str(MAX_TABLE_ROWS) in err.message


def test_a_data_table_at_the_row_limit_is_read() -> None:
    rows = "".join(f"{190001 + i} 5.136 98.200 5.997\n" for i in range(MAX_TABLE_ROWS - 40))
    doc = parse_text(seed().replace(HEAD, HEAD + rows), source="rows.txt")
    table = next(t for t in doc.tables if t.id.startswith("data."))
    assert len(table.rows) == MAX_TABLE_ROWS


def test_a_longbridge_table_over_the_row_limit_is_refused_at_its_file_line() -> None:
    text = seed_lb()
    start = text.index("| PE (TTM) |")
    body = "".join(f"| PE (TTM) | {i % 97}.5 | {i % 60 + 1}/63 | 55.50 | 51.08 | 39.59 |\n" for i in range(MAX_TABLE_ROWS + 5))
    page = text[:start] + body + text[start:]
    err = _refused(page, "rows.md")
    assert err.source == "rows.md"
    header = _line_of(page, "| PE (TTM) |") - 2  # the header row and the delimiter row stand above the first body row
    assert err.line == header + 2 + MAX_TABLE_ROWS


def test_a_wide_longbridge_table_is_refused_at_the_row_past_the_cell_limit() -> None:
    """2,000 columns within the row limit took 1.27 GB to read (round-33 new user NU2-6): the cells are limited too."""
    text = seed_lb()
    start = text.index("\n## ") + 1  # a table of its own, before a section
    width = 2_000
    table = ("|" + "|".join(f" c{i} " for i in range(width)) + "|\n" + "|" + "---|" * width + "\n"
             + "".join("|" + " 1.5 |" * width + "\n" for _ in range(30)) + "\n")
    page = text[:start] + "\n" + table + text[start:]
    err = _refused(page, "wide.md")
    header = _line_of(page, "| c0 |")
    assert err.source == "wide.md" and "cells" in err.message
    assert err.line == header + 2 + MAX_TABLE_CELLS // width - 1  # the first row past the limit, the header's cells counted


def test_a_longbridge_header_wider_than_the_cell_limit_is_refused_at_its_line() -> None:
    text = seed_lb()
    start = text.index("\n## ") + 1
    width = MAX_TABLE_CELLS + 1
    page = text[:start] + "\n|" + " a |" * width + "\n|" + "---|" * width + "\n| 1 |\n\n" + text[start:]
    err = _refused(page, "header.md")
    assert "header" in err.message and err.line == _line_of(page, "| a |")


def test_a_formula_over_the_line_limit_is_refused() -> None:
    text = seed().replace("=18.20\n", "=18.20\n" + "=1\n" * MAX_FORMULA_LINES, 1)
    err = _refused(text, "formula.txt")
    assert err.source == "formula.txt" and err.line is not None
    assert err.line == _line_of(text, "Cyclically Adjusted PB Ratio=Share Price") + MAX_FORMULA_LINES


def test_a_page_over_the_line_limit_is_refused() -> None:
    err = _refused(seed() + "\n" * MAX_PAGE_LINES, "lines.txt")
    assert (err.source, err.line) == ("lines.txt", MAX_PAGE_LINES + 1)
    err = _refused(seed_lb() + "\n" * MAX_PAGE_LINES, "lines.md")
    assert (err.source, err.line) == ("lines.md", MAX_PAGE_LINES + 1)


def test_html_over_the_element_limit_is_refused_with_file_and_line() -> None:
    html = "<!DOCTYPE html><html><body><p>GURUFOCUS.COM</p>\n" + "<b>1</b>\n" * MAX_HTML_ELEMENTS + "</body></html>"
    err = _refused(html, "many.html")
    assert err.source == "many.html"
    # html, body and p come first, so element 50,001 is the 49,998th <b>, on line 49,999 (the first <b> is on line 2)
    assert err.line == MAX_HTML_ELEMENTS - 1


@pytest.mark.parametrize("value", ['"x"', '">"', "'>'", "x"], ids=["quoted", "quoted-gt", "single-quoted-gt", "bare"])
def test_an_html_tag_over_the_length_limit_is_refused_before_libxml2_reads_it(value: str) -> None:
    """Round-36 new user NU5-5: libxml2 takes time quadratic in one tag's attributes (60,000 of them took 43 s); a '>'
    inside a quoted value does not end the tag (the round's second read: 29.5 s past a first pattern)."""
    attrs = " ".join(f"a{i}={value}" for i in range(60_000))
    html = f"<!DOCTYPE html><html><body><p>GURUFOCUS.COM</p>\n<div {attrs}>1</div>\n</body></html>"
    err = _refused(html, "attrs.html")
    assert (err.source, err.line) == ("attrs.html", 2)


def test_an_html_tag_at_the_length_limit_is_read() -> None:
    tag = "<div " + "a" * (MAX_HTML_TAG_CHARS - len("<div  ")) + " >"
    assert len(tag) == MAX_HTML_TAG_CHARS + 1  # '<', its content up to the limit, '>'
    with pytest.raises(Exception) as info:  # read (not refused for its length): the text is no page of a known kind
        parse_text(f"<!DOCTYPE html><html><body>\n{tag}1</div>\n</body></html>", source="long.html")
    assert not isinstance(info.value, InputTooLarge)


def test_real_pages_are_far_below_the_limits() -> None:
    """The richest seed, audited, stays well inside every limit (the limits refuse no real page)."""
    doc = parse_text(seed(), source="seed.txt")
    assert audit(doc).checks
    assert seed().count("\n") * 100 < MAX_PAGE_LINES
    assert all(len(t.rows) * 20 < MAX_TABLE_ROWS for t in doc.tables)
    lb = parse_text(seed_lb(), source="seed.md")
    assert all((len(t.rows) + 1) * max(len(r.cells) for r in t.rows) * 20 < MAX_TABLE_CELLS for t in lb.tables if t.rows)


def test_html_nested_past_libxml2s_limit_names_no_option_of_libxml2() -> None:
    """Round-36 new user NU5-11: the error ended in libxml2's 'use XML_PARSE_HUGE option', which no user can act on."""
    html = "<!DOCTYPE html><html><body>\n" + "<div>" * 1000 + "x" + "</div>" * 1000 + "</body></html>"
    with pytest.raises(MalformedBlock) as info:
        parse_text(html, source="deep.html")
    assert "limit of 255 elements" in info.value.message and "XML_PARSE_HUGE" not in info.value.message
    assert (info.value.source, info.value.line) == ("deep.html", 2)
