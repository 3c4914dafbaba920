"""A file that holds two pages glued together (two responses of a scraper in one file) is refused with the line where
the second starts: parsed as one page, its two securities' numbers were compared as one quantity (round-17 tester lb4
#1: 55 false lb.restated FAILs on two Financial Reports pages). The glued files are synthetic; their parts are the
real fixture pages, each of which alone still parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import UnknownPageKind, parse_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GF = FIXTURES / "gurufocus" / "realpages"
LB = FIXTURES / "longbridge" / "realpages"
PAIRS = [
    (LB / "603169.SH.norm-llms.txt", LB / "605368.SH.norm-llms.txt"),  # llms.txt: collapsed frontmatter, url lines
    (GF / "gurufocus_roic_NAS-AAPL.txt", GF / "gurufocus_gross-margin_TSE-3267.txt"),  # breadcrumbs, url lines
    (FIXTURES / "longbridge" / "seed_002371.SZ.md", LB / "00700.HK.llms.txt"),  # expanded frontmatter, then a url line
]


def _glued(first: Path, second: Path, *, provenance: bool, newline: bool) -> tuple[str, int]:
    """The two pages in one text (the second without its 'url:' line when not ``provenance``; joined inside the first
    page's last line when not ``newline``), and the line the second page's first kept line lands on."""
    a, b = first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")
    if not provenance and b.startswith("url: "):
        b = b.split("\n", 2)[2]
    a = a.rstrip("\n") + ("\n" if newline else "")
    return a + b, a.count("\n") + 1


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=["lb-llms", "gf", "lb-md-then-llms"])
@pytest.mark.parametrize("provenance", [True, False], ids=["with-url", "bare"])
def test_two_pages_in_one_file_are_refused_where_the_second_starts(first: Path, second: Path, provenance: bool) -> None:
    text, start = _glued(first, second, provenance=provenance, newline=True)
    with pytest.raises(UnknownPageKind, match="more than one page") as err:
        parse_text(text, source="glued.txt")
    assert err.value.line == start and err.value.source == "glued.txt"
    for page in (first, second):  # each alone is one page
        assert parse_text(page.read_text(encoding="utf-8"), source=str(page)).security.ticker


def test_a_page_glued_inside_the_last_line_is_caught_by_its_breadcrumb() -> None:
    """The first GuruFocus page ends without a newline, so the second's 'url:' line is glued to its last line: the
    second breadcrumb still starts a line."""
    first, second = PAIRS[1]
    text, _ = _glued(first, second, provenance=True, newline=False)
    with pytest.raises(UnknownPageKind, match="more than one page") as err:
        parse_text(text, source="glued.txt")
    assert text.splitlines()[err.value.line - 1].startswith("GURUFOCUS.COM » ")


@pytest.mark.parametrize("page", [GF / "gurufocus_roic_NAS-AAPL.txt", LB / "00700.HK.llms.txt", LB / "603169.SH.norm-llms.txt"],
                         ids=["gf", "lb-llms", "lb-norm"])
@pytest.mark.parametrize("above", ["   \n", "\t\n\n", " \n \n", "\n" * 25, "\u00a0\n\u3000\n"])
def test_blank_lines_above_a_pages_own_url_line_are_no_second_page(page: Path, above: str) -> None:
    """Round-34 new user NU3-9: a line of spaces above a page's 'url:' line made it 'more than one page'; the page keeps
    its address and its facts their file lines."""
    text = page.read_text(encoding="utf-8")
    doc, plain = parse_text(above + text, source="p.txt"), parse_text(text, source="p.txt")
    assert (doc.url, doc.security.ticker) == (plain.url, plain.security.ticker) and doc.url
    assert [f.line for f in doc.facts] == [f.line + above.count("\n") for f in plain.facts]  # the file's own lines


def test_text_above_a_pages_url_line_is_named_in_the_refusal() -> None:
    page = GF / "gurufocus_roic_NAS-AAPL.txt"
    with pytest.raises(UnknownPageKind, match="or remove the text above the page's own 'url:' line") as err:
        parse_text("saved 2024-05-10\n" + page.read_text(encoding="utf-8"), source="p.txt")
    assert err.value.line == 2


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=["lb-llms", "gf", "lb-md-then-llms"])
def test_a_page_appended_to_the_last_line_of_another_is_refused_on_that_line(first: Path, second: Path) -> None:
    """Round-37 new user NU6-1: the seed pages end without a newline, so 'cat a.txt b.txt' put the second page's
    breadcrumb or frontmatter inside the first page's last line, where no start of a page was looked for: the two were
    audited as one page, with 43 false FAILs. A start of a page inside a line is one too."""
    text, start = _glued(first, second, provenance=False, newline=False)
    with pytest.raises(UnknownPageKind, match="more than one page") as err:
        parse_text(text, source="glued.txt")
    assert err.value.line == start


@pytest.mark.parametrize("tail", ["\n\n-----\ntitle: a heading's line\n", "\n\nSome text --- title: a rule in a line\n"])
def test_a_dash_rule_before_a_title_line_is_no_second_page(tail: str) -> None:
    """A frontmatter's '---' inside a line counts only glued to text: a longer rule of dashes, or a ' --- ' between
    words, before 'title:' is part of the one page (second read of round 37)."""
    page = FIXTURES / "longbridge" / "seed_002371.SZ.md"
    assert parse_text(page.read_text(encoding="utf-8") + tail, source=str(page)).security.ticker
