"""Re-point every line number in a Document, e.g. from rendered HTML text back to the HTML source."""

from __future__ import annotations

from pydantic import BaseModel

LINE_FIELDS = frozenset({"line", "header_line", "result_line", "end_line", "truncated_at_line"})
LINES_FIELDS = frozenset({"lines", "formula_lines"})


def remap_lines(model: BaseModel, source_lines: list[int]) -> None:
    """Replace each 1-based line n by ``source_lines[n - 1]`` (kept when out of range or unmapped), in place."""

    def one(n: int | None) -> int | None:
        if n is None or not 1 <= n <= len(source_lines) or not source_lines[n - 1]:
            return n
        return source_lines[n - 1]

    def walk(obj: object) -> None:
        if isinstance(obj, BaseModel):
            for name in type(obj).model_fields:
                value = getattr(obj, name)
                if name in LINE_FIELDS and (value is None or isinstance(value, int)):
                    object.__setattr__(obj, name, one(value))
                elif name in LINES_FIELDS and isinstance(value, list):
                    object.__setattr__(obj, name, [one(v) for v in value])
                else:
                    walk(value)
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                walk(item)
        elif isinstance(obj, dict):
            for item in obj.values():
                walk(item)

    walk(model)
