"""The page's own lines, read back from the file a finding cites, to quote them next to the finding."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from quotecheck.parsers._decode import decode_bytes
from quotecheck.parsers._errors import openable_path
from quotecheck.parsers._newlines import split_lines

MAX_QUOTE_CHARS = 240
"""A quoted source line is cut to this many characters around the marked number."""

_CACHE_FILES = 8


def is_archive_source(path: str | None) -> bool:
    """Archive pages are named ``URL#sha256=...``: there is no local file to quote."""
    return path is None or "://" in path or "#sha256=" in path


def _read(path: str) -> bytes:
    """A page file's bytes by the name its document carries: a name whose bytes are not UTF-8 is carried escaped."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        real = openable_path(path)
        if real == path:
            raise
        return Path(real).read_bytes()


class SourceLines:
    """Lines of recently read page files (a few at a time), 1-based; None when a file or line cannot be read."""

    def __init__(self) -> None:
        self._files: OrderedDict[str, list[str] | None] = OrderedDict()

    def _lines(self, path: str) -> list[str] | None:
        if path in self._files:
            self._files.move_to_end(path)
            return self._files[path]
        lines: list[str] | None
        try:
            # the one decoder and the one line-break rule, so line n is the line the parser cited
            lines = split_lines(decode_bytes(_read(path)).text)
        except OSError:
            lines = None
        self._files[path] = lines
        if len(self._files) > _CACHE_FILES:
            self._files.popitem(last=False)
        return lines

    def line(self, path: str | None, number: int | None) -> str | None:
        """The text of line ``number`` of ``path``, or None for archive pages and missing lines."""
        if number is None or is_archive_source(path):
            return None
        lines = self._lines(path)  # type: ignore[arg-type]
        if lines is None or not 1 <= number <= len(lines):
            return None
        return lines[number - 1].rstrip()

    def around(self, path: str | None, number: int, radius: int) -> list[tuple[int, str]]:
        """Lines ``number - radius`` to ``number + radius`` that exist, with their numbers."""
        if is_archive_source(path):
            return []
        lines = self._lines(path)  # type: ignore[arg-type]
        if lines is None:
            return []
        lo, hi = max(1, number - radius), min(len(lines), number + radius)
        return [(n, lines[n - 1].rstrip()) for n in range(lo, hi + 1)]


def find_number(line: str, text: str | None, label: str | None = None) -> tuple[int, int] | None:
    """Where the printed number ``text`` sits in the line: the first match standing alone, else the first match; a
    word ('C', a grade) only where it stands alone: its first match may be a letter of another word ('BYD Company',
    round-33 ghp F2). With the fact's ``label`` found on the line, the match standing alone nearest the label, on either
    side: on a page printed as one line the grade 'C' of '**Overall: C (0.55)**' is not the 'C' of the title's 'C.Q.
    Pharmaceutical' (round-42 tester yd F2), and the '5' of 'has 5 warning signs' is not the one of '51.73%'. A label
    'file: label' (a check across pages names its copies so) is looked for by what follows the file's name."""
    if not text:
        return None
    alone = _standing_alone(line, text)
    at = line.find(label) if label and len(label) > 1 else -1
    if at == -1 and label and ": " in label:  # a check across pages names its copy 'file.txt: OCF YoY' (round-47 new user
        label = label.rsplit(": ", 1)[1]  # N2: the first '28.27%' of the line, Revenue YoY's, was marked for OCF YoY's)
        at = line.find(label) if len(label) > 1 else -1
    if alone and at != -1:
        return min(alone, key=lambda span: _from_label(span, at, at + len(label)))  # type: ignore[arg-type]
    if alone:
        return alone[0]
    if not any(c.isdigit() for c in text):
        return None
    first = line.find(text)
    return None if first == -1 else (first, first + len(text))


def _from_label(span: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """How far a match lies from the label at ``start``..``end``: characters between them, a match after the label
    first where two are as near."""
    if span[0] >= end:
        return span[0] - end, 0
    if span[1] <= start:
        return start - span[1], 1
    return 0, 0


def _standing_alone(line: str, text: str) -> list[tuple[int, int]]:
    """Every match of ``text`` on the line that stands alone: a word not inside another word, a number not inside
    another number."""
    word = not any(c.isdigit() for c in text)  # a grade or a label, not a number ('$20,472 Mil' is a number)
    out = []
    start = line.find(text)
    while start != -1:
        end = start + len(text)
        before = line[start - 1] if start else " "
        after = line[end] if end < len(line) else " "
        if (not (before.isalnum() or after.isalnum()) if word else
                not (before.isdigit() or before == ".") and not (after.isdigit() or after == ".")):
            out.append((start, end))
        start = line.find(text, start + 1)
    return out


def clip(line: str, span: tuple[int, int] | None, width: int = MAX_QUOTE_CHARS) -> tuple[str, tuple[int, int] | None, int]:
    """Cut a long line to ``width`` characters around the span; returns the text, the shifted span and the cut offset."""
    if len(line) <= width:
        return line, span, 0
    centre = (span[0] + span[1]) // 2 if span else 0
    start = max(0, min(centre - width // 2, len(line) - width))
    cut = line[start:start + width]
    if span is None:
        return cut, None, start
    return cut, (max(0, span[0] - start), min(width, span[1] - start)), start
