"""Re-point every line number in a Document, e.g. from rendered HTML text back to the HTML source.

A rendered line may join text from several source lines (an ``<h1>`` that wraps,
a table row written one cell per line). Each rendered line therefore keeps its
*segments*: the column where text from a new source line starts. A value with
printed text (a fact's number, a check's quoted text, an operand) is cited on
the source line of the segment where that text starts in the rendered line;
anything else (series, sections, notes) on the line its rendered line starts on.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from pydantic import BaseModel

from ._models import ParseNote, PrintedNumber
from ._regex_cache import compiled

LINE_FIELDS = frozenset({"line", "header_line", "result_line", "end_line", "truncated_at_line"})
LINES_FIELDS = frozenset({"lines", "formula_lines"})
_LINE_CITED = compiled(r"\bline (\d{1,9})\b")
"""A line a parser's note cites in its message ('the page ends at line 24'), the one form notes cite lines in."""

#: (column in the rendered line, source line of the text from that column on), by column.
Segments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class LineMap:
    """For each rendered line (1-based): its text and the source lines its text came from."""

    lines: list[str] = field(default_factory=list)
    segments: list[Segments] = field(default_factory=list)

    @property
    def sources(self) -> list[int]:
        """The source line each rendered line starts on (0 for a blank line)."""
        return [seg[0][1] if seg else 0 for seg in self.segments]

    def source_line(self, n: int, text: str | None = None) -> int | None:
        """The source line of rendered line n, or of ``text`` on it when it stands there; None when unmapped."""
        if not 1 <= n <= len(self.segments) or not self.segments[n - 1]:
            return None
        seg = self.segments[n - 1]
        if text and len(seg) > 1:
            column = _find(self.lines[n - 1], text)
            if column is not None:
                return seg[bisect_right([c for c, _ in seg], column) - 1][1]
        return seg[0][1]


def _find(line: str, text: str) -> int | None:
    """Where ``text`` starts in ``line`` (no-break spaces match spaces, as the readers clean them)."""
    for haystack, needle in ((line, text), (line.replace("\u00a0", " "), text.replace("\u00a0", " "))):
        column = haystack.find(needle)
        if column >= 0:
            return column
    return None


def _printed_text(obj: BaseModel) -> str | None:
    """The printed text a model cites its line for: its number's text, else its single-line text value."""
    for name in ("value", "number"):
        number = getattr(obj, name, None)
        if isinstance(number, PrintedNumber):
            return number.text
    for name in ("text_value", "text"):
        text = getattr(obj, name, None)
        if isinstance(text, str) and text and "\n" not in text:
            return text
    return None


def remap_lines(model: BaseModel, linemap: LineMap | list[int]) -> None:
    """Replace each 1-based line n by its source line (kept when out of range or unmapped), in place."""
    lm = linemap if isinstance(linemap, LineMap) else LineMap([""] * len(linemap), [((0, s),) if s else () for s in linemap])

    def one(n: int | None, owner: BaseModel | None = None) -> int | None:
        if n is None:
            return None
        joined = owner is not None and 1 <= n <= len(lm.segments) and len(lm.segments[n - 1]) > 1
        mapped = lm.source_line(n, _printed_text(owner) if joined and owner is not None else None)
        return n if mapped is None else mapped

    def walk(obj: object) -> None:
        if isinstance(obj, ParseNote) and "line " in obj.message:  # 'page ends at line 24': the note's own line is
            object.__setattr__(obj, "message", _LINE_CITED.sub(lambda m: f"line {one(int(m.group(1)))}", obj.message))
        if isinstance(obj, BaseModel):  # remapped below; a line its message cites is too (round-43 new user)
            for name in type(obj).model_fields:
                value = getattr(obj, name)
                if name in LINE_FIELDS and (value is None or isinstance(value, int)):
                    object.__setattr__(obj, name, one(value, obj if name == "line" else None))
                elif name in LINES_FIELDS and isinstance(value, list):
                    object.__setattr__(obj, name, [one(v) for v in value])
                else:
                    walk(value)
        elif isinstance(obj, list | tuple):
            for item in obj:
                walk(item)
        elif isinstance(obj, dict):
            for item in obj.values():
                walk(item)

    walk(model)
