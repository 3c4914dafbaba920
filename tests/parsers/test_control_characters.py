"""A text holding NUL or a control character before TAB is refused at its line, never read around (round-18 lb5 e12: a
NUL inside 'Min:' silently lost the range box and the untouched 'Current:' under it). The variants are synthetic edits
of a real fixture page."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import QuotecheckParseError, parse_text

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_net-margin_NAI-LBTY.txt"
TEXT = PAGE.read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "line", "column"), [
    ("Min: 0.73", "Mi\x00n: 0.73", 17, 3),
    # the history reader's own placeholder marks (\x01 .. \x05) are never taken from a page
    ("Current: 4.47", "Current: \x03", 18, 10),
    ("Net Margin %", "Net\x08Margin %", 3, None),
])
def test_a_control_character_is_refused_where_it_stands(old: str, new: str, line: int, column: int | None) -> None:
    assert old in TEXT
    with pytest.raises(QuotecheckParseError) as err:
        parse_text(TEXT.replace(old, new, 1), source="x.txt")
    assert err.value.line == line and err.value.source == "x.txt"
    assert "control character U+" in err.value.message and "not text" in err.value.message
    if column is not None:
        assert f"at column {column}:" in err.value.message


def test_tab_form_feed_and_vertical_tab_stay_ordinary_characters() -> None:
    """TAB, VT and FF are characters inside a line (see _newlines): the page still parses, its range box whole."""
    doc = parse_text(TEXT.replace("Min: 0.73", "Min:\t0.73\x0b\x0c", 1), source="x.txt")
    assert doc.security.ticker == "LBTY" and any(f.id == "range.current" for f in doc.facts)


HTML = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "html" / "001_39c86e187c513272.html"


def test_a_character_reference_to_a_control_character_is_refused_at_its_source_line() -> None:
    """Second read of round 18: in HTML, '&#1;' renders as U+0001 (a history reader's own mark): refused at the source
    line it stands on, as the raw character is."""
    text = HTML.read_text(encoding="utf-8")
    at = next(n for n, line in enumerate(text.split("\n"), 1) if "Min: " in line)
    with pytest.raises(QuotecheckParseError) as err:
        parse_text(text.replace("Min: ", "Mi&#1;n: ", 1), source="x.html")
    assert err.value.line == at and "U+0001 from a character reference" in err.value.message


@pytest.mark.parametrize(("old", "new", "line", "column"), [
    ("Min: 0.73", "Min: 0.7\ud8003", 17, 9),  # as a 'surrogateescape' decode of a stray byte leaves it
    ("Net Margin %", "Net Margin \udcff%", 3, None),
])
def test_a_lone_surrogate_is_refused_where_it_stands(old: str, new: str, line: int, column: int | None) -> None:
    """Round-35 new user NU4-3: a lone surrogate parsed and audited, and the Document then raised pydantic's
    serialisation error (no QuotecheckError) when written as JSON."""
    with pytest.raises(QuotecheckParseError) as err:
        parse_text(TEXT.replace(old, new, 1), source="x.txt")
    assert err.value.line == line and "a lone surrogate U+" in err.value.message and "not text" in err.value.message
    if column is not None:
        assert f"at column {column}:" in err.value.message
