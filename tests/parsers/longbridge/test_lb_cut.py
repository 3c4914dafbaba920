"""A page start cut mid-line: what the last line shows whole is read, what the cut may have changed is not,
and the cut is reported as the cut (never as an unknown section or table layout)."""

from __future__ import annotations

import pytest
from _lb_support import parsed, text_of

from quotecheck.parsers._models import Document
from quotecheck.parsers.longbridge import parse_quote_page

S41 = "realpages/S41.SG.llms-en.txt"  # ends '**Overall: D (0.65)*'
MD = "realpages/D05.SG.md"


def _codes(doc: Document) -> list[str]:
    return [n.code for n in doc.notes]


def _truncated(doc: Document) -> str:
    return next(n.message for n in doc.notes if n.code == "truncated")


def _recut(name: str, old_end: str, new_end: str) -> Document:
    """The fixture with its last characters ``old_end`` replaced by ``new_end`` (another cut of the same page)."""
    text = text_of(name)
    assert text.endswith(old_end)
    return parse_quote_page(text[:len(text) - len(old_end)] + new_end)


def test_overall_cut_inside_its_closing_marker_is_read() -> None:
    doc = parsed(S41)
    grade, score = doc.fact("financial_score.grade"), doc.fact("financial_score.score")
    assert grade is not None and grade.text_value == "D" and grade.raw == "**Overall: D (0.65)*"
    assert score is not None and score.value is not None and score.value.text == "0.65" and score.value.decimals == 2
    assert doc.truncated


@pytest.mark.parametrize("end", ["**Overall: D (0.65)", "**Overall: D (0.65) "])
def test_overall_cut_after_its_parenthesis_is_read(end: str) -> None:
    doc = _recut(S41, "**Overall: D (0.65)*", end)
    score = doc.fact("financial_score.score")
    assert score is not None and score.value is not None and score.value.text == "0.65"


@pytest.mark.parametrize("end", ["**Overall: D (0.6", "**Overall: D (0.65", "**Overall: D", "**Overall: D (0.65)x*"])
def test_overall_the_cut_may_have_changed_is_not_read(end: str) -> None:
    doc = _recut(S41, "**Overall: D (0.65)*", end)
    assert doc.fact("financial_score.score") is None and doc.fact("financial_score.grade") is None
    assert doc.truncated


def test_a_bare_marker_the_cut_left_is_not_part_of_the_value() -> None:
    doc = parsed("realpages/03360.HK.llms.txt")  # ends '**Multi Score**: D #'
    grade = doc.fact("multi_score.grade")
    assert grade is not None and grade.text_value == "D"


@pytest.mark.parametrize(("end", "grade"), [
    ("**Multi Score**: D #", "D"), ("**Multi Score**: D **", "D"), ("**Multi Score**: D -", "D"),
    ("**Multi Score**: D", None), ("**Multi Score**: D+", None),
])
def test_a_grade_running_into_the_cut_is_not_read(end: str, grade: str | None) -> None:
    doc = _recut("realpages/03360.HK.llms.txt", "**Multi Score**: D #", end)
    fact = doc.fact("multi_score.grade")
    assert (fact.text_value if fact else None) == grade
    if grade is None:
        assert "runs into the cut" in _truncated(doc)


def test_a_heading_grade_running_into_the_cut_is_not_read() -> None:
    text = text_of(S41)
    cut = text[:text.index("## Longbridge Financial Score™: D") + len("## Longbridge Financial Score™: D")]
    assert parse_quote_page(cut).fact("financial_score.grade.heading") is None
    assert parse_quote_page(cut + " >").fact("financial_score.grade.heading") is not None


def test_a_heading_the_page_ends_in_is_the_cut_not_an_unknown_section() -> None:
    doc = parsed("realpages/00388.HK.llms.txt")  # ends '#### Profit'
    assert "section.unknown" not in _codes(doc)
    assert "inside the heading 'Profit'" in _truncated(doc)
    assert doc.sections[-1].title == "Profit"  # still kept as text


def test_a_delimiter_row_the_page_ends_in_is_the_cut_not_a_table_layout() -> None:
    doc = parsed("realpages/00952.HK.llms.txt")  # ends '| Indicator | Value | Rating | |-----------|---'
    assert "table.layout" not in _codes(doc) and "table.unknown" not in _codes(doc)
    assert [t.id for t in doc.tables] == ["profile", "financial_score"]
    assert "('| Indicator | Value | Rating | |-----------|---') inside a table row" in _truncated(doc)


@pytest.mark.parametrize(("page", "table_id"), [
    ("realpages/08305.HK.llms.txt", "multi_score.growth_score"),  # ends '|--------| | Reve'
    ("realpages/FNGR.US.llms.txt", "style_score.growth_score"),  # ends '|--------| |'
])
def test_a_table_whose_rows_the_cut_removed_is_not_an_unknown_layout(page: str, table_id: str) -> None:
    doc = parsed(page)
    assert "table.layout" not in _codes(doc) and "table.unknown" not in _codes(doc)
    last = doc.tables[-1]
    assert last.id == table_id and last.rows == [] and last.columns == ["Indicator", "Value", "Rating"]
    assert "after the header of the table" in _truncated(doc)


def test_a_table_with_no_rows_on_a_page_that_goes_on_keeps_its_layout_notes() -> None:
    doc = _recut("realpages/FNGR.US.llms.txt", "|--------| |", "|--------| ## Related Stocks text")
    assert "table.layout" in _codes(doc)


def test_md_page_overall_cut_inside_its_marker() -> None:
    text = text_of(MD)
    at = text.index("**Overall:")
    line_end = text.index("\n", at)
    doc = parse_quote_page(text[:line_end - 1])  # '**Overall: X (0.nn)*'
    full = parsed(MD).fact("financial_score.score")
    score = doc.fact("financial_score.score")
    assert full is not None and score is not None and score.value == full.value
    assert parse_quote_page(text[:line_end - 3]).fact("financial_score.score") is None  # '(0.n' cut mid-digits


@pytest.mark.parametrize("end", ["**Industry**: Financial Exchanges ", "**Industry**: Financial Exchanges\n",
                                 "**Industry**: Financial Exchanges"])
def test_free_text_at_the_cut_is_not_read_even_after_a_space(end: str) -> None:
    """A space ends a grade or a number, not an industry's name ('Financial Exchanges' of '... and Data')."""
    text = text_of("realpages/00388.HK.llms.txt")
    cut = text.index("**Industry**: Financial Exchanges and Data")
    doc = parse_quote_page(text[:cut] + end)
    assert "score_industry" not in doc.profile
    assert "Financial Exchanges" in _truncated(doc)


def test_free_text_the_page_goes_on_after_is_read() -> None:
    doc = parsed("realpages/00388.HK.llms.txt")
    assert doc.profile["score_industry"] == "Financial Exchanges and Data"
