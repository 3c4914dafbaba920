"""Re-splitting the collapsed llms.txt rendering: each case is a collapsed text and the logical lines it must give."""

from __future__ import annotations

import pytest

from quotecheck.parsers.longbridge._collapsed import expand, split_frontmatter

CASES = [
    # name, collapsed text, logical lines
    ("a title whose name holds parentheses ends at the symbol (round-34 ghs F2: cut at '(Group)')",
     "# Ping An Insurance (Group) Company of China, Ltd. (82318.HK) ## Company Overview | Item | Detail |",
     ["# Ping An Insurance (Group) Company of China, Ltd. (82318.HK)", "## Company Overview", "| Item | Detail |"]),
    ("a title with a share class in its symbol",
     "# Berkshire Hathaway Inc. (BRK.B.US) ## Company Overview",
     ["# Berkshire Hathaway Inc. (BRK.B.US)", "## Company Overview"]),
    ("a Financial Reports title keeps its tail (round-34 ghs F2)",
     "# LONGZHOU (002682.SZ) — Financial Reports ## Income Statement (CNY) | Item |",
     ["# LONGZHOU (002682.SZ) — Financial Reports", "## Income Statement (CNY)", "| Item |"]),
    ("a title whose symbol is of no known shape never runs into the body (second read of round 34)",
     "# Brown-Forman (Class B) (BF-B.US) Body text about (DEO.US) peers",
     ["# Brown-Forman (Class B) (BF-B.US) Body text about (DEO.US) peers"]),
    ("a lower heading with a parenthesised word still ends there",
     "### Revenue (2024) Some prose (002371.SZ) here",
     ["### Revenue (2024)", "Some prose (002371.SZ) here"]),
    ("empty cells are not row boundaries",
     "| Indicator | Value | Rating | |---|---|---| | Revenue YoY | 12.34% | | | Net Profit YoY | 27.04% | | #### Next",
     ["| Indicator | Value | Rating |", "|---|---|---|", "| Revenue YoY | 12.34% | |", "| Net Profit YoY | 27.04% | |",
      "#### Next"]),
    ("a heading runs into its table",
     "#### Growth Score: | Indicator | Value | |---|---| | ROE | 1% |",
     ["#### Growth Score:", "| Indicator | Value |", "|---|---|", "| ROE | 1% |"]),
    ("a known heading ends before its prose",
     "## Company Profile Tencent Holdings Limited, an investment holding company ... ## Financial Score",
     ["## Company Profile", "Tencent Holdings Limited, an investment holding company ...", "## Financial Score"]),
    ("a graded heading keeps its grade",
     "#### Profit Score: A | Indicator | V",
     ["#### Profit Score: A", "| Indicator | V"]),
    ("quotes, the date and bold lines",
     ("> *Model by [Longbridge](https://longbridge.com).* > Updated: 2026-02-20T04:30:10.000Z **Overall: B (0.36)** "
      "**Industry**: Media"),
     ["> *Model by [Longbridge](https://longbridge.com).*", "> Updated: 2026-02-20T04:30:10.000Z", "**Overall: B (0.36)**",
      "**Industry**: Media"]),
    ("list items with bold labels keep the bold",
     "- **Style**: Blend - Stocks in which ... - **Scale**: Large - The company ...",
     ["- **Style**: Blend - Stocks in which ...", "- **Scale**: Large - The company ..."]),
    ("a count in bold stays on its line",
     "> As of 2026-05-16T16:00:00.000Z Total Analysts: **22** | Rating | Count | |---|---| | Buy | 17 |",
     ["> As of 2026-05-16T16:00:00.000Z", "Total Analysts: **22**", "| Rating | Count |", "|---|---|", "| Buy | 17 |"]),
    ("the disclaimer after a rule",
     "- [Related News](https://x/news.md) --- > **Disclaimer: for reference only.**",
     ["- [Related News](https://x/news.md)", "---", "> **Disclaimer: for reference only.**"]),
    ("two tables in a row",
     "| a | b | |---|---| | 1 | 2 | | c | d | |---|---| | 3 | 4 |",
     ["| a | b |", "|---|---|", "| 1 | 2 |", "| c | d |", "|---|---|", "| 3 | 4 |"]),
    ("a fence keeps its JSON whole, markers and all",
     '```chart-data:radar {"name": "## Not a heading | x |", "v": "> no"} ``` ## Valuation Analysis',
     ["```chart-data:radar", '{"name": "## Not a heading | x |", "v": "> no"}', "```", "## Valuation Analysis"]),
    ("an unclosed fence runs to the end",
     '```chart-data:radar {"dimensions": [',
     ["```chart-data:radar", '{"dimensions": [']),
    ("escaped pipes stay in their cell",
     "| a | b | |---|---| | x \\| y | 2 |",
     ["| a | b |", "|---|---|", "| x \\| y | 2 |"]),
    ("a header with more cells than its delimiter row is no table (GFM; round-47 tester td F1: its last labels were "
     "taken for the columns, a value under the wrong quarter)",
     "## Income Statement (CNY) | Indicator | Q1 2026 | Q4 2025 | Q4 2025 | |---|---| | EPS | -0.08 | ## Next",
     ["## Income Statement (CNY)", "| Indicator | Q1 2026 | Q4 2025 | Q4 2025 | |---|---| | EPS | -0.08 |", "## Next"]),
    ("a table right after a heading or another table still starts at its first cell",
     "## A | h | i | |---|---| | 1 | 2 | | j | k | |---|---| | 3 | 4 |",
     ["## A", "| h | i |", "|---|---|", "| 1 | 2 |", "| j | k |", "|---|---|", "| 3 | 4 |"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_expand(text: str, expected: list[str]) -> None:
    pieces = expand(text)
    assert [p.text for p in pieces] == expected
    for p in pieces:  # every piece is cut from the line at its offset
        assert text[p.offset:p.offset + len(p.text)] == p.text


@pytest.mark.parametrize(("line", "frontmatter", "body"), [
    ('--- title: "T" symbol: "1.HK" --- # T (1.HK)', 'title: "T" symbol: "1.HK"', "# T (1.HK)"),
    ('--- title: "T" symbol: "1.HK"', 'title: "T" symbol: "1.HK"', ""),
    ("# No frontmatter", None, "# No frontmatter"),
])
def test_split_frontmatter(line: str, frontmatter: str | None, body: str) -> None:
    fm, pos = split_frontmatter(line)
    assert fm == frontmatter and line[pos:].strip() == body


def test_a_long_run_of_blanks_after_a_heading_mark_is_read_in_linear_time() -> None:
    """The second read of round 34: '#' and 200,000 blanks took 4.2 s (every blank given back to retry the name)."""
    import time

    start = time.process_time()
    expand("# " + " " * 200_000 + "x ## Next")
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize("last", ["| Financing CF | - | -187207.00 | -2.29M | -", "| Financing CF | 1.00M | -187207.00 | -2.29M | -"])
def test_a_row_the_page_end_cuts_stays_in_its_table_when_a_cell_is_a_dash(last: str) -> None:
    """'| - |' in the cut row is a value not printed, not another table's delimiter row: the row is the table's last, as
    with any other first value (round-38 tester gsb F1, 300527.SZ: the row was a paragraph and its two whole values lost)."""
    text = ("## Cash Flow | Indicator | Q1 2026 | Q4 2025 | Q3 2025 | Q2 2025 | |---|---|---|---|---| "
            "| Investing CF | -7.74M | -2.64M | -1.11M | -3.28M | " + last)
    pieces = expand(text)
    assert [(p.text, p.block_end) for p in pieces[-3:]] == [
        ("|---|---|---|---|---|", False), ("| Investing CF | -7.74M | -2.64M | -1.11M | -3.28M |", False), (last, True)]


def test_a_real_pages_table_with_an_extra_header_label_gives_no_values() -> None:
    """Synthetic, from 002726.SZ's Financial Reports llms.txt: one more label in the income table's header than its
    delimiter row has columns. The page's reader drops the table, as the line-broken layout's does, where it had put
    each row's values under the next quarter (and, with the label repeated, failed two quarters as copies of one)."""
    from pathlib import Path

    from quotecheck.parsers import audit, parse_text

    page = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "002726.SZ.norm-llms.txt"
    text = page.read_text(encoding="utf-8")
    header = "| Indicator | Q1 2026 | Q4 2025 | Q3 2025 | Q2 2025 | Q1 2025 | | ---"
    assert text.count(header) >= 1
    whole = parse_text(text, source=str(page))
    broken = parse_text(text.replace(header, header.replace("| Q1 2025 |", "| Q1 2025 | Q1 2025 |"), 1), source=str(page))
    first = {f.metric for f in whole.facts if f.context == "table"} - {f.metric for f in broken.facts if f.context == "table"}
    assert first  # the first table's values are gone, not moved to other quarters
    moved = [f for f in broken.facts if f.context == "table" and f.metric in first]
    assert not moved
    assert not [c for c in audit(broken).checks if c.status.value == "fail"]
