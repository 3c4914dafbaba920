"""Blocks of a quote page (headings, pipe tables, fences, paragraphs) with their logical lines.

A line-based block splitter for the four block kinds the quote page uses. It gives the blocks markdown-it-py
(``zero`` preset with fence, heading and a compact GFM table rule, no inline parsing) gave, line for line:
the same rule order (table, fence, ATX heading, paragraph), the same interruptions (a table, fence or heading
ends a paragraph; a fence or heading ends a table), the same quirks (no indented code: code is disabled, so
an indented heading or fence still counts; a paragraph line indented four columns is a lazy continuation; a
final blank line without a newline does not count). markdown-it builds a StateBlock (four position lists) and
a token stream for the whole page first, which cost more than reading the page's tables; here each line is
looked at once, and the table row limit fires while reading the table. markdown-it-py still supplies the
escaped-pipe cell splitter. ``tests/parsers/longbridge/test_lb_markdown.py`` checks the blocks against
markdown-it's on every fixture, the hostile corpus and generated pages. Line numbers are 0-based logical
lines; the caller maps them to the file.

>>> [type(b).__name__ for b in blocks("# T\\n\\n| a | b |\\n|---|---|\\n| 1 | |\\n\\n```x\\n{}\\n```\\ntext")]
['HeadingBlock', 'TableBlock', 'FenceBlock', 'ParagraphBlock']
>>> blocks("| a | b |\\n|---|---|\\n| 1 | |")[0].rows
[(2, ['1', ''])]
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from .._errors import InputTooLarge
from .._limits import MAX_TABLE_CELLS, MAX_TABLE_ROWS
from .._regex_cache import compiled

_DELIMITER_RE = compiled(r"\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+")
_SPACE = " \t"
"""What markdown-it counts as indentation and blank (not other Unicode spaces)."""
_FENCE_MARKERS = "`~"
_ENDS_TABLE = frozenset("`~#")
"""First characters of a line that may end a table (a fence or a heading); an empty line ends it anyway."""
_TRIM = "\t\n\v\f\r \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
"""What a heading's text is trimmed of: JavaScript's trim without U+FEFF, as markdown-it-py 4 trims
(``MD_TRIM_CHARS``; kept here so the headings do not change with the installed version)."""


@dataclass(slots=True)
class HeadingBlock:
    """A heading: level, text, logical line."""

    level: int
    text: str
    line: int


@dataclass(slots=True)
class TableBlock:
    """A pipe table: header cells and (logical line, cells) per body row, each row padded to the header's width."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    line: int
    end: int
    wide: list[tuple[int, int]] = field(default_factory=list, compare=False)
    """(logical line, cells) of each row with more cells than the header: markdown-it drops the extra ones, and the
    reader says so (not part of markdown-it's blocks, so not compared with them)."""


@dataclass(slots=True)
class FenceBlock:
    """A fenced block: info string, content, first and last logical line, and whether it was closed."""

    info: str
    content: str
    line: int
    end: int
    closed: bool


@dataclass(slots=True)
class ParagraphBlock:
    """A paragraph: its first and end (exclusive) logical lines."""

    line: int
    end: int


Block = HeadingBlock | TableBlock | FenceBlock | ParagraphBlock


@cache
def _markdown_it_table() -> ModuleType:
    """markdown-it-py's table rule, imported on first use: a run of GuruFocus pages never pays its import (50 ms)."""
    return importlib.import_module("markdown_it.rules_block.table")  # the module: the package exports a function of that name


def _cells(line: str) -> list[str]:
    """Cells of a table row (escaped pipes kept as text), like markdown-it's GFM table rule."""
    parts = _markdown_it_table().escapedSplit(line) if "\\" in line else line.split("|")
    cells = [p.strip() for p in parts]  # each part stripped once: an empty first or last part is no cell
    if cells and not cells[0]:
        del cells[0]
    if cells and not cells[-1]:
        cells.pop()
    return cells


def _columns(prefix: str) -> int:
    """The width of an indentation of spaces and tabs (a tab goes to the next multiple of 4)."""
    if "\t" not in prefix:
        return len(prefix)
    width = 0
    for ch in prefix:
        width += 4 - width % 4 if ch == "\t" else 1
    return width


class _Splitter:
    """One pass over the logical lines: ``body`` is each line without its leading spaces and tabs."""

    __slots__ = ("body", "lines", "n")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.body = [line.lstrip(_SPACE) for line in lines]
        n = len(lines)
        if n and not self.body[-1]:  # markdown-it keeps no final blank line that has no newline after it
            n -= 1
        self.n = n

    def split(self) -> list[Block]:
        out: list[Block] = []
        body, n = self.body, self.n
        line = 0
        while line < n:
            if not body[line]:
                line += 1
                continue
            block = self._table(line) or self._fence(line) or self._heading(line) or self._paragraph(line)
            out.append(block)
            line = block.end if not isinstance(block, HeadingBlock) else line + 1
        return out

    # --- the silent checks: does a block of this kind start here ---------
    def _is_fence(self, line: int) -> bool:
        text = self.body[line]
        if len(text) < 3 or text[0] not in _FENCE_MARKERS:
            return False
        marker = text[0]
        run = len(text) - len(text.lstrip(marker))
        return run >= 3 and not (marker == "`" and "`" in text[run:])

    def _heading_level(self, line: int) -> int:
        text = self.body[line]
        if not text or text[0] != "#":
            return 0
        level = len(text) - len(text.lstrip("#"))
        if level > 6 or (level < len(text) and text[level] not in _SPACE):
            return 0
        return level

    def _table_header(self, start: int) -> list[str] | None:
        if start + 2 > self.n:
            return None
        delimiter = self.body[start + 1]
        if not delimiter or delimiter[0] not in "|-:" or not _DELIMITER_RE.fullmatch(delimiter):
            return None
        head = self.body[start].strip()
        if "|" not in head:
            return None
        header = _cells(head)
        if not header or len(header) != len(_cells(delimiter)):
            return None
        return header

    # --- the blocks -------------------------------------------------------
    def _table(self, start: int) -> TableBlock | None:
        header = self._table_header(start)
        if header is None:
            return None
        width = len(header)
        if width > MAX_TABLE_CELLS:
            raise InputTooLarge(f"a table's header has more than {MAX_TABLE_CELLS} cells", line=start + 1)  # logical line
        most_rows = MAX_TABLE_CELLS // width - 1  # the rows the cell limit leaves after the header
        rows: list[tuple[int, list[str]]] = []
        wide: list[tuple[int, int]] = []
        padded = 0
        line = start + 2
        body = self.body
        while line < self.n:
            if body[line][:1] in _ENDS_TABLE and (self._is_fence(line) or self._heading_level(line)):  # a row starts with '|'
                break
            text = body[line].strip()
            if not text:
                break
            cells = _cells(text)
            if len(cells) > width:  # markdown-it drops the cells past the header's
                wide.append((line, len(cells)))
                del cells[width:]
            short = width - len(cells)
            if short and len(cells) == 1 and text.endswith("|") and len(text) > 1:  # its label alone ('| Industry
                wide.append((line, 1))  # Ranking |', closed: a row the page is cut inside is the cut's) is said, where a
                # row a few cells short (the site omits trailing blanks) is padded silently
            if short:  # markdown-it pads a short row, up to a limit per table
                padded += short
                if padded > _markdown_it_table().MAX_AUTOCOMPLETED_CELLS:
                    break
                cells += [""] * short
            if len(rows) >= MAX_TABLE_ROWS:
                raise InputTooLarge(f"a table has more than {MAX_TABLE_ROWS} rows", line=line + 1)  # logical line
            if len(rows) >= most_rows:
                raise InputTooLarge(f"a table has more than {MAX_TABLE_CELLS} cells ({width} columns)", line=line + 1)
            rows.append((line, cells))
            line += 1
        return TableBlock(header, rows, start, line, wide)

    def _fence(self, start: int) -> FenceBlock | None:
        if not self._is_fence(start):
            return None
        text = self.body[start]
        marker = text[0]
        run = len(text) - len(text.lstrip(marker))
        markup, info = text[:run], text[run:]
        line = start + 1
        closed = False
        while line < self.n:
            body = self.body[line]
            if body[:1] == marker:
                tail = body.lstrip(marker)
                if len(body) - len(tail) >= run and not tail.strip(_SPACE):
                    closed = True
                    break
            line += 1
        end = line + 1 if closed else line
        content = self._content(start + 1, line, self._indent(start))
        last_closes = end - start >= 2 and _closes(self.lines[end - 1], markup)
        return FenceBlock(info.strip(), content, start, end, last_closes)

    def _indent(self, line: int) -> int:
        full = self.lines[line]
        cut = len(full) - len(self.body[line])
        return _columns(full[:cut]) if cut else 0

    def _content(self, begin: int, end: int, indent: int) -> str:
        """The lines of a fence's body, each with up to ``indent`` columns of indentation removed."""
        last = len(self.lines) - 1
        parts = []
        for line in range(begin, end):
            text = self.lines[line]
            if indent:
                width, cut = 0, 0
                while cut < len(text) and width < indent and text[cut] in _SPACE:
                    width += 4 - width % 4 if text[cut] == "\t" else 1
                    cut += 1
                text = " " * (width - indent) + text[cut:] if width > indent else text[cut:]
            parts.append(text if line == last else text + "\n")
        return "".join(parts)

    def _heading(self, start: int) -> HeadingBlock | None:
        level = self._heading_level(start)
        if not level:
            return None
        text = self.body[start][level:].rstrip(_SPACE)
        unclosed = text.rstrip("#")
        if unclosed and unclosed[-1] in _SPACE:  # a closing run of '#' after a space is not text
            text = unclosed
        return HeadingBlock(level, text.strip(_TRIM), start)

    def _paragraph(self, start: int) -> ParagraphBlock:
        line = start + 1
        while line < self.n:
            if not self.body[line]:
                break
            if self._indent(line) > 3:  # a lazy continuation line, whatever it holds
                line += 1
                continue
            if self._table_header(line) is not None or self._is_fence(line) or self._heading_level(line):
                break
            line += 1
        return ParagraphBlock(start, line)


def blocks(text: str) -> list[Block]:
    """The page's blocks in order."""
    return _Splitter(text.split("\n")).split()


def _closes(last: str, markup: str) -> bool:
    """Whether a fence's last line closes it (markdown-it runs an unclosed fence to the end)."""
    stripped = last.strip()
    return bool(markup) and stripped.startswith(markup) and not stripped.strip(markup[0])
