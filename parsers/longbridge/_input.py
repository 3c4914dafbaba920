"""Raw input: size limits, the provenance header, and lines in file coordinates.

Fetched pages may start with ``url: <address>`` and a blank line. The header is
recorded and skipped, but line numbers stay those of the original file
(line 1 is the url line).

>>> s = read_source("url: https://x/y.md\\n\\n---\\ntitle: t\\n---")
>>> s.url, s.start, s.lines[s.start]
('https://x/y.md', 2, '---')
>>> read_source("---\\r\\ntitle: t\\r---\\u2028x").lines
['---', 'title: t', '---', 'x']
"""

from __future__ import annotations

from dataclasses import dataclass

from .._errors import InputTooLarge
from .._limits import MAX_LINE_CHARS, MAX_PAGE_BYTES, MAX_PAGE_LINES
from .._newlines import split_lines
from .._regex_cache import compiled

_HEADER_RE = compiled(r"url:\s*(\S+)\s*")


@dataclass(frozen=True, slots=True)
class Source:
    """The page's physical lines, where its content starts, and the provenance url."""

    lines: list[str]
    start: int
    url: str | None
    name: str | None


def read_source(text: str, source: str | None = None) -> Source:
    """Check the size limits, normalise newlines and strip the provenance header."""
    if len(text) > MAX_PAGE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_PAGE_BYTES:
        raise InputTooLarge(f"page is larger than {MAX_PAGE_BYTES} bytes", source=source)
    lines = split_lines(text.replace("\0", "\ufffd"))  # CR LF, LF, CR, NEL, LS, PS (see _newlines)
    if len(lines) > MAX_PAGE_LINES:
        raise InputTooLarge(f"page of {len(lines)} lines is over the {MAX_PAGE_LINES}-line limit", source=source,
                            line=MAX_PAGE_LINES + 1)
    if max(map(len, lines)) > MAX_LINE_CHARS:  # the common case in one C-level pass; then find the first long line
        i = next(i for i, line in enumerate(lines) if len(line) > MAX_LINE_CHARS)
        raise InputTooLarge(f"line is longer than {MAX_LINE_CHARS} characters", source=source, line=i + 1)
    top = next((i for i, line in enumerate(lines) if line.strip()), 0)  # blank lines may stand above it (NU3-9)
    m = _HEADER_RE.fullmatch(lines[top])
    if m and (len(lines) == top + 1 or not lines[top + 1].strip()):
        return Source(lines=lines, start=min(top + 2, len(lines)), url=m.group(1), name=source)
    return Source(lines=lines, start=0, url=None, name=source)
