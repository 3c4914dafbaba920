"""What counts as a line break, once for every reader (text pages, markdown, HTML source lines).

A line ends at CR LF, LF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) or
PARAGRAPH SEPARATOR (U+2029): the newline functions of the Unicode Standard
(section 5.8), which is also what editors that show these characters count as
lines (VS Code, for one, counts CR-only files and offers to treat LS/PS/NEL as
line terminators). Vertical tab, form feed and the ASCII separators
U+001C..U+001E (which ``str.splitlines`` also breaks on) are NOT line breaks:
they are ordinary characters inside a line. CR LF is one break, so every
rule below keeps line numbers equal to the file's own.

>>> normalise_newlines("a\\r\\nb\\rc\\u2028d\\u2029e\\x85f\\x0cg")
'a\\nb\\nc\\nd\\ne\\nf\\x0cg'
>>> split_lines("a\\rb\\r\\n")
['a', 'b', '']
>>> count_line_breaks("a\\r\\nb\\rc")
2
"""

from __future__ import annotations

from typing import Final

from ._regex_cache import compiled

__all__ = ["LINE_BREAK", "count_line_breaks", "normalise_newlines", "split_lines"]

#: One line break (CR LF counts once).
LINE_BREAK: Final = compiled("\r\n|[\n\r\x85\u2028\u2029]")
_NOT_LF: Final = compiled("\r\n?|[\x85\u2028\u2029]")


def normalise_newlines(text: str) -> str:
    """Every line break written as a single LF; line numbers unchanged."""
    if "\r" not in text and "\x85" not in text and "\u2028" not in text and "\u2029" not in text:
        return text  # the common case: a scan per character kind is cheaper than the pattern's
    return _NOT_LF.sub("\n", text)


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` (a final break gives a final empty line, as ``str.split`` does)."""
    return normalise_newlines(text).split("\n")


def count_line_breaks(text: str) -> int:
    """How many line breaks ``text`` holds."""
    return len(LINE_BREAK.findall(text))
