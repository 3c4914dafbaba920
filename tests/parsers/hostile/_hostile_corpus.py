"""A hostile-input corpus, generated (never stored): each case is a name and the text of one page.

The first group reproduces issue 11's reports (regex backtracking, quadratic loops, deep HTML,
untyped errors); the second group is our own variations on the same themes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
SEED = FIXTURES / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"
SEED_LB = FIXTURES / "longbridge" / "seed_002371.SZ.md"
SEED_HTML = FIXTURES / "gurufocus" / "html" / "001_39c86e187c513272.html"
LONG = 150_000


@dataclass(frozen=True)
class Case:
    """One hostile page: ``build`` makes its text on demand (the corpus is never held in memory at once)."""

    name: str
    build: Callable[[], str]
    source: str = "hostile.txt"


@cache
def seed() -> str:
    """The GuruFocus seed 001 text."""
    return SEED.read_text(encoding="utf-8")


@cache
def seed_lb() -> str:
    """The Longbridge seed text."""
    return SEED_LB.read_text(encoding="utf-8")


def _replace_line(text: str, startswith: str, new: str) -> str:
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if startswith in line)
    lines[index] = new
    return "\n".join(lines)


def _before_footer(text: str, insert: str) -> str:
    """``insert`` as a paragraph of the calculation section (after the formula), so every reader sees it."""
    cut = text.index("=18.20\n") + len("=18.20\n")
    return text[:cut] + "\n" + insert + "\n" + text[cut:]


def _data_rows(rows: str) -> str:
    """The seed with ``rows`` added at the top of its CPI data table."""
    head = "Book Value per Share CPI Adj_Book\n"
    return seed().replace(head, head + rows)


def _formula(steps: str) -> str:
    """The seed with its first formula replaced by ``steps``."""
    old = "Cyclically Adjusted PB Ratio=Share Price/ Cyclically Adjusted Book per Share\n=297.95/16.37\n=18.20\n"
    return seed().replace(old, steps + "\n")


def _lb_valuation(rows: int) -> str:
    text = seed_lb()
    start = text.index("| PE (TTM) |")
    body = "".join(f"| PE (TTM) | {i % 97}.5 | {i % 60 + 1}/63 | 55.50 | 51.08 | 39.59 |\n" for i in range(rows))
    return text[:start] + body + text[start:]


def _nested_html(depth: int, leaves: int) -> str:
    inner = "<b>1</b>\n" * leaves
    return ("<!DOCTYPE html><html><body><p>GURUFOCUS.COM</p>" + "<span>" * depth + inner + "</span>" * depth
            + "</body></html>")


def _deep_html(depth: int) -> str:
    html = SEED_HTML.read_text(encoding="utf-8")
    cut = html.index("<h2>NAURA Technology Group Co Cyclically Adjusted PB Ratio Calculation")
    return html[:cut] + "<div>" * depth + html[cut:].replace("</body>", "</div>" * depth + "</body>", 1)


ISSUE: tuple[Case, ...] = (
    Case("symbol_seen_AAAA", lambda: "Shiller PE Ratio\n\n" + "A" * LONG + "\n"),
    Case("formula_start_spaces", lambda: _before_footer(seed(), "a" + " " * LONG + "b")),
    Case("range_title_aaaa", lambda: _replace_line(seed(), "' s Cyclically Adjusted PB Ratio Range", "a" * LONG)),
    Case("current_cpi_tabs", lambda: _before_footer(seed(), "Current CPI (Mar. 2024) = a" + "\t" * LONG + "x")),
    Case("ttm_item_spaces", lambda: _before_footer(seed(), "Total Assets was " + " " * LONG + "x")),
    Case("history_prose_repeat", lambda: _before_footer(seed(), "During the past years, " + "x's highest y of z was 1 " * 6_000)),
    Case("fact_id_repeats", lambda: _data_rows("201406 5.136 98.200 5.997\n" * 11_875)),
    Case("html_nested_spans", lambda: _nested_html(250, 200_000), "hostile.html"),
    Case("html_deep_300", lambda: _deep_html(300), "hostile.html"),
    Case("lb_valuation_90k", lambda: _lb_valuation(90_000), "hostile.md"),
    Case("seed_x482", lambda: seed() * 482),
    Case("formula_parens_400", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=" + "(" * 400 + "297.95" + ")" * 400 + "/16.37\n=18.20")),
    Case("formula_plus1_2000", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=297.95" + "+1" * 2_000 + "/16.37\n=18.20")),
    Case("formula_unary_1900", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=" + "-" * 1_900 + "297.95/16.37\n=18.20")),
    Case("int_over_4300_digits", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=" + "9" * 5_000 + "/16.37\n=18.20")),
    Case("decimal_syntax_dot", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ .\n=297.95/16.37\n=18.20")),
)

OWN: tuple[Case, ...] = (
    Case("line_of_spaces", lambda: _before_footer(seed(), " " * LONG)),
    Case("line_of_tabs", lambda: _before_footer(seed(), "\t" * LONG)),
    Case("line_of_digits", lambda: _before_footer(seed(), "9" * LONG)),
    Case("line_of_dots_digits", lambda: _before_footer(seed(), "1." * (LONG // 2))),
    Case("line_of_equals", lambda: _before_footer(seed(), "=" * LONG)),
    Case("line_of_parens", lambda: _before_footer(seed(), "(" * LONG)),
    Case("line_of_pipes", lambda: _before_footer(seed(), "|" * LONG)),
    Case("line_of_words_was", lambda: _before_footer(seed(), "A was " * (LONG // 6))),
    Case("line_of_during", lambda: _before_footer(seed(), "During the past 10 years, " * 5_000)),
    Case("range_title_spaces", lambda: _before_footer(seed(), "X' s " + " " * LONG + "Range x")),
    Case("ranked_repeat", lambda: _before_footer(seed(), "X's " + "a " * (LONG // 2) + "is ranked")),
    Case("industry_median", lambda: _before_footer(seed(), "Industry Median: 1 vs " + "a:" * (LONG // 2))),
    Case("divisor_repeat", lambda: _before_footer(seed(), "Add all the adjusted " + "x for the past 1 years " * 5_000)),
    Case("period_statements_repeat", lambda: _before_footer(seed(), "\n".join(
        f"X's Foo Bar for the quarter that ended in Mar. 2024 was {i}.5." for i in range(10_000)))),
    Case("value_for_period_repeat", lambda: _before_footer(seed(), "EPS for the quarter that ended in " + "was 1 " * 20_000)),
    Case("price_repeat", lambda: _before_footer(seed(), "current share price is " + "1." * (LONG // 2))),
    Case("number_5000_digits", lambda: _before_footer(seed(), "current share price is " + "9" * 5_000 + ".")),
    Case("number_many_commas", lambda: _before_footer(seed(), "Price 1" + ",000" * 30_000)),
    Case("history_rows_repeat", lambda: _before_footer(seed(), "Annual Data\n" + " ".join(["Dec23"] * 30_000))),
    Case("data_rows_repeat", lambda: _data_rows("201406 5.136 98.200 5.997\n" * 60_000)),
    Case("data_rows_distinct", lambda: _data_rows("".join(f"{190001 + i} 5.136 98.200 5.997\n" for i in range(60_000)))),
    Case("formula_long_chain", lambda: _before_footer(seed(), "X=A\n" + "=1\n" * 60_000)),
    Case("formula_paren_unbalanced", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=" + "(" * 3_000)),
    Case("formula_plus1_200k", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=1" + "+1" * 99_000)),
    Case("formula_expr_chars_limit", lambda: _formula("Cyclically Adjusted PB Ratio=Share Price/ Book\n=" + "1*" * 1_999 + "1")),
    Case("years_5000_digits", lambda: _before_footer(seed(), "here we use " + "9" * 5_000 + " years to calculate")),
    Case("lb_long_cell", lambda: seed_lb().replace("| 80.56 |", "| " + "8" * LONG + " |"), "hostile.md"),
    Case("lb_long_row_of_pipes", lambda: seed_lb() + "\n" + "| a " * (LONG // 4) + "|\n", "hostile.md"),
    Case("lb_delimiter_spaces", lambda: seed_lb() + "\n| a |\n|" + " " * LONG + "x\n", "hostile.md"),
    Case("lb_frontmatter_spaces", lambda: seed_lb().replace("type: \"Symbol\"", "type: " + " " * LONG + "x"), "hostile.md"),
    Case("lb_bold_repeat", lambda: seed_lb() + "\n**" + "a" * 79 + ": " * (LONG // 2) + "\n", "hostile.md"),
    Case("lb_link_repeat", lambda: seed_lb() + "\n" + "[a](" * (LONG // 8) + "\n", "hostile.md"),
    Case("lb_stamp_repeat", lambda: seed_lb() + "\n>" + " 2024-01-01" * 10_000 + "x\n", "hostile.md"),
    Case("lb_chart_json_deep", lambda: seed_lb() + "\n```chart-data\n" + "[" * 100_000 + "\n```\n", "hostile.md"),
    Case("lb_rows_x30", lambda: seed_lb() * 30, "hostile.md"),
    Case("html_meta_charset_undefined", lambda: '<!DOCTYPE html><html><head><meta charset="undefined"></head>'
         "<body><p>GURUFOCUS.COM</p></body></html>", "hostile.html"),
    Case("html_many_rows", lambda: "<!DOCTYPE html><html><body><p>GURUFOCUS.COM</p><table>"
         + "<tr><td>201406</td><td>5.136</td><td>98.200</td><td>5.997</td></tr>" * 40_000 + "</table></body></html>",
         "hostile.html"),
    Case("nul_and_controls", lambda: seed().replace(" ", "\x00\x0b", 500)),
)

CASES: tuple[Case, ...] = ISSUE + OWN


def iter_cases() -> Iterator[Case]:
    """Every case of the corpus."""
    yield from CASES
