"""The frontmatter between ``---`` lines: YAML-like, but not YAML.

``locales`` holds markdown links, so ``yaml.safe_load`` fails; the fields are
read by hand. Quoted values are JSON strings (read with ``json.loads``, never
eval). Lines that are neither ``key: value`` nor ``- item`` are kept under
``_unparsed``.

>>> fm = parse_block(['---', 'title: "A (1.SZ)"', 'locales:', '  - [en](https://x/en)', '---', ''], 0)
>>> fm.fields, fm.end, fm.closed
({'title': 'A (1.SZ)', 'locales': ['[en](https://x/en)']}, 5, True)
>>> parse_block(['---', 'symbol: "1.HK"', '# Title (1.HK)'], 0).end
2
>>> parse_inline('title: "T" type: "quote" locales: - [en](u) - [zh-CN](v) x: bare').fields
{'title': 'T', 'type': 'quote', 'locales': ['[en](u)', '[zh-CN](v)'], 'x': 'bare'}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .._regex_cache import compiled

# Linear-time shapes (issue 11): "(?:\s*+\S)*+" is a value up to its trailing blanks, and every run a
# later part cannot take is possessive, so no run of blanks is rescanned at each character.
_FIELD_RE = compiled(r"(?P<key>[A-Za-z_][\w-]*+)\s*+:(?:\s++(?P<value>(?:\s*+\S)*+))?\s*+")
_ITEM_RE = compiled(r"\s*+-\s++(?P<item>(?:\s*+\S)*+)\s*+")
_INLINE_KEY_RE = compiled(r"\s*+(?P<key>[A-Za-z_][\w-]*+):(?=\s)")
_INLINE_QUOTED_RE = compiled(r'\s*+"(?:[^"\\]++|\\.)*+"')
_INLINE_ITEMS_RE = compiled(r"(?:\s++-\s++\S++)++")
_INLINE_BARE_RE = compiled(r"\s*+(?P<v>(?:\S|\s++(?![A-Za-z_][\w-]*+:\s|$))*+)")

_BODY_STARTS = ("#", "|", "```", ">")

UNPARSED = "_unparsed"
"""Key under which frontmatter lines that are not fields are kept."""


@dataclass
class Frontmatter:
    """Fields as printed (strings or lists), the line of each, and where the block ends."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, list[int]] = field(default_factory=dict)  # the line of each list item, in order
    end: int = 0
    closed: bool = True


def unquote(value: str) -> str:
    """A field value without its quotes; double-quoted values are JSON strings.

    >>> unquote('"a \\\\"b\\\\""'), unquote("'x'"), unquote("plain"), unquote('"broken')
    ('a "b"', 'x', 'plain', '"broken')
    """
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            out = json.loads(value)
        except ValueError:
            return value[1:-1]
        return out if isinstance(out, str) else value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    return value


def parse_block(lines: list[str], start: int) -> Frontmatter | None:
    """Read a ``---`` frontmatter block starting at ``lines[start]``, or None if there is none.

    A line that starts markdown (``#``, ``|``, a fence, ``>``) before the closing ``---`` means the
    closing line is missing: the block ends there. Without any closing it ends before its first
    line that is not a field or an item.
    """
    if start >= len(lines) or lines[start].strip() != "---":
        return None
    fm = Frontmatter()
    current: str | None = None
    unparsed: list[tuple[int, str]] = []
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.strip() == "---":
            fm.end = i + 1
            if unparsed:
                fm.fields[UNPARSED] = [text for _, text in unparsed]
            return fm
        item = _ITEM_RE.fullmatch(line) if current else None
        m = None if item else _FIELD_RE.fullmatch(line)
        if item and current:  # an item follows a field (narrows current for the type checker)
            value = fm.fields.get(current, [])
            if not isinstance(value, list):  # 'key: value' followed by items: keep both
                value = [value] if value else []
            value.append(unquote(item.group("item")))
            fm.fields[current] = value
            fm.item_lines.setdefault(current, []).append(i)
        elif m:
            current = m.group("key")
            fm.fields.setdefault(current, unquote(m.group("value") or ""))
            fm.lines.setdefault(current, i)
        elif line.lstrip().startswith(_BODY_STARTS):
            fm.closed, fm.end = False, i
            return fm
        elif line.strip():
            unparsed.append((i, line.strip()))
    fm.closed, fm.end = False, len(lines)
    if unparsed:
        fm.fields[UNPARSED] = [text for _, text in unparsed]
    _drop_cut_value(fm, lines)
    return fm


def _drop_cut_value(fm: Frontmatter, lines: list[str]) -> None:
    """Leave out the field of a page that ends inside its quoted value ('symbol: "LDI.US', the page's last line): the
    value is cut, not the field's, and its opening quote is no part of it (round-43 tester vc F1: read as the symbol
    '"LDI.US', it made the page name two securities). Only the last line of a block the page's end leaves open.

    >>> fm = parse_block(['---', 'title: "A (LDI.US)"', 'symbol: "LDI.US'], 0)
    >>> fm.fields, fm.closed
    ({'title': 'A (LDI.US)'}, False)
    """
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    key = next((k for k, n in fm.lines.items() if n == last), None)
    if key is None:
        return
    m = _FIELD_RE.fullmatch(lines[last])
    value = (m.group("value") or "") if m else ""
    if value[:1] == '"' and _INLINE_QUOTED_RE.fullmatch(value) is None:  # an opening quote the value never closes
        del fm.fields[key], fm.lines[key]


def parse_inline(text: str) -> Frontmatter:
    """Read frontmatter fields whose newlines were collapsed into spaces (llms.txt)."""
    fm = Frontmatter()
    pos = 0
    while pos < len(text):
        key = _INLINE_KEY_RE.match(text, pos)
        if not key:
            rest = text[pos:].strip()
            if rest:
                fm.fields.setdefault(UNPARSED, [rest])
            break
        name, pos = key.group("key"), key.end()
        quoted = _INLINE_QUOTED_RE.match(text, pos)
        items = None if quoted else _INLINE_ITEMS_RE.match(text, pos)
        if quoted:
            value: str | list[str] = unquote(quoted.group(0).strip())
            pos = quoted.end()
        elif items:
            value = [unquote(v) for v in re.findall(r"-\s+(\S+)", items.group(0))]
            pos = items.end()
        else:
            bare = _INLINE_BARE_RE.match(text, pos)
            assert bare is not None  # the pattern can match the empty string
            value, pos = unquote(bare.group("v")), max(bare.end(), pos + 1)
        fm.fields.setdefault(name, value)
        fm.lines.setdefault(name, 0)
    return fm
