"""Notes, chart blocks, truncation and errors: what each odd input must report, and where."""

from __future__ import annotations

import json

import pytest
from _lb_support import parsed, text_of

from quotecheck.parsers._errors import InputTooLarge, MissingField, QuotecheckParseError
from quotecheck.parsers._limits import MAX_CHART_JSON_BYTES, MAX_LINE_CHARS, MAX_PAGE_BYTES
from quotecheck.parsers._models import Missing
from quotecheck.parsers.longbridge import parse_quote_page

# fixture, note code, line the note names
NOTES = [
    ("synthetic/002371.SZ.malformed-json.md", "chart.malformed", 137),
    ("synthetic/002371.SZ.unknown-chart.md", "chart.unknown_kind", 195),
    ("realpages/80700.HK.md", "truncated", 27),
    ("realpages/80700.HK.md", "table.row_cut", 27),
    ("realpages/80700.HK.md", "provenance", 1),
    ("realpages/00700.HK.llms.txt", "truncated", 3),
    ("realpages/00700.HK.llms.txt", "llms_txt.collapsed", 3),
]


@pytest.mark.parametrize(("page", "code", "line"), NOTES, ids=[f"{n[0].split('/')[-1]}:{n[1]}" for n in NOTES])
def test_note(page: str, code: str, line: int) -> None:
    assert any(n.code == code and n.line == line for n in parsed(page).notes)


@pytest.mark.parametrize("page", ["seed_002371.SZ.md", "synthetic/002371.SZ.zh-CN.md", "synthetic/002371.SZ.negative.md",
                                  "synthetic/002371.SZ.missing-sections.md", "synthetic/002371.SZ.empty-cells.md"])
def test_complete_pages_have_no_notes(page: str) -> None:
    doc = parsed(page)
    assert doc.notes == [] and not doc.truncated


def test_malformed_json_is_kept_with_its_error_and_the_page_is_still_read() -> None:
    doc = parsed("synthetic/002371.SZ.malformed-json.md")
    (block,) = doc.chart_blocks
    assert (block.kind, block.line, block.end_line, block.data) == ("radar", 83, 193, None)
    assert block.error == "malformed JSON: Expecting ',' delimiter (JSON line 54, column 11)"
    note = next(n for n in doc.notes if n.code == "chart.malformed")
    assert "malformed JSON at line 137" in note.message and "rest of the page is parsed" in note.message
    assert not [f for f in doc.facts if f.context == "chart"]
    assert doc.fact("valuation.pe_ratio") is not None and doc.fact("analyst_ratings.total") is not None


@pytest.mark.parametrize("twice", ['"value": "28.27%", "value": "99.99%"', '"value": "28.27%", "value": "28.27%"'])
def test_a_key_stated_twice_in_one_object_is_no_reading_of_the_block(twice: str) -> None:
    """Round-35 new user NU4-10: JSON leaves the meaning of a repeated key undefined; the last copy was kept silently
    and the chart compared with the table on it (a FAIL on a value the block also states otherwise)."""
    from quotecheck.parsers import audit, parse_text

    text = text_of("seed_002371.SZ.md")
    assert '"value": "28.27%"' in text
    doc = parse_text(text.replace('"value": "28.27%"', twice, 1), source="x.md")
    (block,) = doc.chart_blocks
    assert block.error == "the JSON states the key 'value' twice in one object: JSON leaves undefined which copy holds"
    assert any(n.code == "chart.malformed" and n.line == 83 for n in doc.notes)
    assert not [f for f in doc.facts if f.context == "chart"]
    (chart,) = [c for c in audit(doc).checks if c.rule == "lb.chart_vs_table"]
    assert chart.status.value == "skip" and "the key 'value' twice" in (chart.reason or chart.message)


def test_unknown_chart_kind_is_kept_raw() -> None:
    doc = parsed("synthetic/002371.SZ.unknown-chart.md")
    radar, candle = doc.chart_blocks
    assert radar.known_kind and radar.error is None and radar.data is not None
    assert (candle.kind, candle.known_kind, candle.line, candle.end_line) == ("candlestick", False, 195, 203)
    assert candle.data == json.loads(candle.raw, parse_float=str) | {"series": candle.data["series"]}
    assert candle.data["chart_type"] == "candlestick" and candle.error is None
    assert len([f for f in doc.facts if f.context == "chart"]) == 29  # the radar's only


def test_empty_cells_stay_missing_never_zero() -> None:
    doc = parsed("synthetic/002371.SZ.empty-cells.md")
    expected = {
        "style_score.pb_ratio": (Missing.BLANK, 57), "chart.style_score.pb_ratio": (Missing.BLANK, 104),
        "valuation.pb_ratio.high": (Missing.DASH, 200), "analyst_ratings.overweight.percent": (Missing.BLANK, 225),
        "target_price.target_low": (Missing.DASH, 233),
    }
    for fact_id, (missing, line) in expected.items():
        fact = doc.fact(fact_id)
        assert fact is not None and fact.value is None and (fact.missing, fact.line) == (missing, line)
    assert [f.id for f in doc.facts if f.missing] == list(expected)


def test_negative_values_keep_their_sign_and_text() -> None:
    doc = parsed("synthetic/002371.SZ.negative.md")
    chart = doc.fact("chart.multi_score.revenue_yoy")
    table = doc.fact("multi_score.revenue_yoy")
    assert chart and chart.value and table and table.value
    assert chart.value.text == "−12.50%" and chart.value.value == table.value.value == -12.5
    assert table.value.normalized == -0.125


def test_missing_sections_page_is_complete() -> None:
    doc = parsed("synthetic/002371.SZ.missing-sections.md")
    assert not doc.truncated and [t.id for t in doc.tables][-1] == "peers"
    assert doc.fact("valuation.pe_ratio") is None and doc.fact("analyst_ratings.total") is None


# --- limits and typed errors -------------------------------------------------------------------------

def test_page_over_the_size_limit() -> None:
    with pytest.raises(InputTooLarge) as err:
        parse_quote_page("x" * (MAX_PAGE_BYTES + 1), source="big.md")
    assert err.value.source == "big.md"


def test_line_over_the_length_limit_names_the_line() -> None:
    text = "---\nsymbol: \"1.HK\"\n---\n" + "y" * (MAX_LINE_CHARS + 1)
    with pytest.raises(InputTooLarge) as err:
        parse_quote_page(text, source="long.md")
    assert (err.value.source, err.value.line) == ("long.md", 4)


def test_no_symbol_anywhere_is_a_missing_field() -> None:
    with pytest.raises(MissingField) as err:
        parse_quote_page("url: https://example.com/x\n\n# Some Page\n\nText.", source="nosym.md")
    assert err.value.line == 3 and "no symbol" in str(err.value)
    assert isinstance(err.value, QuotecheckParseError)


def test_symbol_from_the_heading_when_there_is_no_frontmatter() -> None:
    doc = parse_quote_page("# Apple Inc. (AAPL.US)\n\n## Company Overview\n\nMakes phones.")
    assert doc.security.symbols == {"longbridge": "AAPL.US"} and doc.security.name == "Apple Inc."
    assert doc.security.line == 1 and doc.truncated  # no References and no disclaimer


def test_chart_json_over_its_limit_becomes_an_error_block() -> None:
    seed = text_of("seed_002371.SZ.md")
    rows = MAX_CHART_JSON_BYTES // 1000 + 2
    huge = '{"rows": [\n' + ',\n'.join(['"' + "z" * 1000 + '"'] * rows) + "\n]}"
    doc = parse_quote_page(seed.replace("## Valuation Analysis", f"```chart-data:radar\n{huge}\n```\n\n## Valuation Analysis"))
    block = doc.chart_blocks[1]
    assert block.error is not None and "larger than" in block.error and block.line == 195


def test_deeply_nested_json_is_an_error_block_not_a_crash() -> None:
    seed = text_of("seed_002371.SZ.md")
    nested = "[" * 100_000 + "]" * 100_000
    doc = parse_quote_page(seed.replace("## Valuation Analysis", f"```chart-data:tree\n{nested}\n```\n\n## Valuation Analysis"))
    assert doc.chart_blocks[1].error == "unreadable JSON: nested deeper than the JSON reader follows"  # not the exception's name


def test_schema_change_in_a_known_kind_is_reported() -> None:
    seed = text_of("seed_002371.SZ.md")
    doc = parse_quote_page(seed.replace('"chart_type": "radar",', '"chart_type": "radar", "axes": 3,'))
    block = doc.chart_blocks[0]
    assert block.error is not None and "axes" in block.error and "schema" in block.error
    assert any(n.code == "chart.malformed" and n.line == 83 for n in doc.notes)


def test_unclosed_fence_marks_the_page_truncated() -> None:
    seed = text_of("seed_002371.SZ.md")
    cut = "\n".join(seed.split("\n")[:150])
    doc = parse_quote_page(cut)
    assert doc.truncated and doc.truncated_at_line == 150
    assert doc.chart_blocks[0].error is not None
    assert "inside the fenced block opened on line 83" in next(n.message for n in doc.notes if n.code == "truncated")


def test_unknown_section_is_kept_as_text() -> None:
    seed = text_of("seed_002371.SZ.md")
    doc = parse_quote_page(seed.replace("## Peer Comparison", "## Insider Trades\n\nNone this quarter.\n\n## Peer Comparison"))
    section = next(s for s in doc.sections if s.title == "Insider Trades")
    assert not section.recognised and "None this quarter." in section.text and section.line == 204
    assert any(n.code == "section.unknown" and n.line == 204 for n in doc.notes)


def test_url_argument_wins_and_a_different_header_is_noted() -> None:
    doc = parse_quote_page(text_of("realpages/80700.HK.md"), url="https://longbridge.com/zh-HK/quote/80700.HK.md")
    assert doc.url == "https://longbridge.com/zh-HK/quote/80700.HK.md"
    assert any(n.code == "provenance.url" for n in doc.notes)


def test_missing_frontmatter_close_loses_nothing() -> None:
    """Without the closing '---' the frontmatter ends where the markdown starts (not at the disclaimer's '---')."""
    seed = text_of("seed_002371.SZ.md")
    doc = parse_quote_page(seed.replace("\n---\n\n# NAURA", "\n\n# NAURA", 1))
    assert len(doc.facts) == 130 and not doc.truncated
    assert [n.code for n in doc.notes] == ["frontmatter.unclosed"]
    assert doc.frontmatter["symbol"] == "002371.SZ"


def test_page_cut_inside_the_frontmatter() -> None:
    doc = parse_quote_page(text_of("seed_002371.SZ.md")[:200])
    assert doc.truncated and doc.truncated_at_line == 8 and doc.facts == []
    assert "inside the frontmatter" in next(n.message for n in doc.notes if n.code == "truncated")


def test_url_without_frontmatter_comes_from_the_header() -> None:
    doc = parse_quote_page("url: https://longbridge.com/en/quote/AAPL.US.md\n\n# Apple Inc. (AAPL.US)\n")
    assert doc.url == "https://longbridge.com/en/quote/AAPL.US.md" and doc.locale == "en"
