"""The 'cut off' note quotes where the page ends: the last 60 characters of its last line, marked '…' where the line
goes on before them, not those of the line's first 500 characters (round-33 ghp F1: MSFT.US.md was said to end at
'umer products and cloud services, including Microsoft 365 co', 1,000 characters before its end). Synthetic variant of
the Longbridge seed, cut inside its 619-character line 20."""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import parse_text

SEED = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md"


def test_the_note_quotes_the_last_characters_of_a_long_last_line() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    cut = "\n".join(lines[:19] + [lines[19][:560]])  # a page cut 560 characters into line 20
    (note,) = [n for n in parse_text(cut, source="synthetic-cut.md").notes if n.code == "truncated"]
    assert note.line == 20 and f"('…{lines[19][:560].strip()[-60:]}')" in note.message, note.message
