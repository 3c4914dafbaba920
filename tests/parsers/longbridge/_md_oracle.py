"""The Longbridge block reader as it was, on markdown-it-py: the oracle the line-based splitter is checked against.

Kept as it ran in the parser (zero preset, fence, heading and a compact GFM table rule, no inline parsing),
returning the parser's own block classes, so a test can compare the two block lists for equality.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_block.table import MAX_AUTOCOMPLETED_CELLS, escapedSplit

from quotecheck.parsers._errors import InputTooLarge
from quotecheck.parsers._limits import MAX_TABLE_ROWS
from quotecheck.parsers.longbridge._markdown import Block, FenceBlock, HeadingBlock, ParagraphBlock, TableBlock

_DELIMITER_RE = re.compile(r"\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+")


def _cells(line: str) -> list[str]:
    """Cells of a table row (escaped pipes kept as text), like markdown-it's GFM table rule."""
    parts = escapedSplit(line) if "\\" in line else line.split("|")
    if parts and not parts[0].strip():
        parts.pop(0)
    if parts and not parts[-1].strip():
        parts.pop()
    return [p.strip() for p in parts]


def _table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A GFM pipe table as one ``lb_table`` token (meta: header, rows as (line, cells))."""
    if start + 2 > end:
        return False
    nxt = start + 1
    if state.sCount[nxt] < state.blkIndent or state.is_code_block(nxt) or state.is_code_block(start):
        return False
    src = state.src
    delimiter = src[state.bMarks[nxt] + state.tShift[nxt]:state.eMarks[nxt]]
    if not delimiter or delimiter[0] not in "|-:" or not _DELIMITER_RE.fullmatch(delimiter):
        return False
    head = src[state.bMarks[start] + state.tShift[start]:state.eMarks[start]].strip()
    if "|" not in head:
        return False
    header = _cells(head)
    if not header or len(header) != len(_cells(delimiter)):
        return False
    if silent:
        return True
    terminators = state.md.block.ruler.getRules("blockquote")
    rows: list[tuple[int, list[str]]] = []
    padded = 0
    line = start + 2
    while line < end:
        if state.sCount[line] < state.blkIndent or any(t(state, line, end, True) for t in terminators):
            break
        text = src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]].strip()
        if not text or state.is_code_block(line):
            break
        cells = _cells(text)[:len(header)]
        padded += len(header) - len(cells)
        if padded > MAX_AUTOCOMPLETED_CELLS:
            break
        if len(rows) >= MAX_TABLE_ROWS:
            raise InputTooLarge(f"a table has more than {MAX_TABLE_ROWS} rows", line=line + 1)  # logical line
        rows.append((line, cells + [""] * (len(header) - len(cells))))
        line += 1
    token = state.push("lb_table", "table", 0)
    token.map = [start, line]
    token.meta = {"header": header, "rows": rows}
    state.line = line
    return True


_MD = MarkdownIt("zero", {"maxNesting": 20})
_MD.block.ruler.before("table", "lb_table", _table_rule, {"alt": ["paragraph", "reference"]})
_MD.enable(["lb_table", "fence", "heading"]).disable(["inline", "text_join"])


def blocks(text: str) -> list[Block]:
    """The page's blocks in order, as markdown-it-py reads them."""
    tokens = _MD.parse(text)
    lines: list[str] | None = None
    out: list[Block] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open" and tok.map:
            out.append(HeadingBlock(int(tok.tag[1]), tokens[i + 1].content, tok.map[0]))
            i += 3
        elif kind == "paragraph_open" and tok.map:
            out.append(ParagraphBlock(tok.map[0], tok.map[1]))
            i += 3
        elif kind == "fence" and tok.map:
            if lines is None:
                lines = text.split("\n")
            closed = tok.map[1] - tok.map[0] >= 2 and _closes(lines[tok.map[1] - 1], tok.markup)
            out.append(FenceBlock(tok.info.strip(), tok.content, tok.map[0], tok.map[1], closed))
            i += 1
        elif kind == "lb_table" and tok.map:
            out.append(TableBlock(tok.meta["header"], tok.meta["rows"], tok.map[0], tok.map[1]))
            i += 1
        else:
            i += 1
    return out


def _closes(last: str, markup: str) -> bool:
    """Whether a fence's last line closes it (markdown-it runs an unclosed fence to the end)."""
    stripped = last.strip()
    return bool(markup) and stripped.startswith(markup) and not stripped.strip(markup[0])
