"""```chart-data:<kind>``` blocks: size-limited ``json.loads``, a pydantic model per known kind.

A known kind is validated strictly (a changed schema is reported, not
guessed at). An unknown kind is kept as raw JSON with a warning note.
Malformed JSON becomes ``ChartBlock(error=...)`` and a note naming the file
line of the JSON error; it never raises.

>>> from ._view import View
>>> v = View([""] * 20)
>>> r = read_chart("radar", '{"chart_type": "radar", "dimensions": [{"name": "Size Score",\\n'
...                '"indicators": [{"name": "Market Cap", "value": "1.5T"}]}]}', 10, v)
>>> r.block.line, r.block.error, r.chart.dimensions[0].indicators[0].value, r.value_lines
(10, None, '1.5T', [11])
>>> bad = read_chart("radar", '{\\n  "a": 1,\\n  "b" 2\\n}', 10, v)
>>> bad.block.error, bad.notes[0].line
("malformed JSON: Expecting ':' delimiter (JSON line 3, column 7)", 13)
>>> read_chart("sankey", '{"x": 1}', 10, v).block.known_kind
False
>>> read_chart("radar", '{"dimensions": [{"name": "', 10, v, closed=False).block.error
'the block is cut off where the page ends, before its JSON is complete'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .. import _build as build
from .._limits import MAX_CHART_JSON_BYTES
from .._models import ChartBlock, ParseNote
from .._regex_cache import compiled
from ._view import View

CHART_PREFIX = "chart-data:"
"""Fence info strings of chart blocks start with this."""


_MOST_DIGITS = 30
"""The largest power of ten a chart's number may reach, either way (its Decimal exponent): a printed value has at most
28 digits."""
_TOO_BIG = 10 ** _MOST_DIGITS


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RadarIndicator(_Strict):
    """One spoke of the radar: an indicator, its printed value and rating."""

    name: str
    value: str | Decimal | int | None = None
    rating: str | None = ""

    @field_validator("value", mode="before")
    @classmethod
    def _a_printed_number(cls, value: object) -> object:
        """A value is text or a number a page could print: JSON's true is no 1, and 1e999999999 no number at all
        (round-33 new user NU2-7: true was compared as 1, and the huge number said to be 'empty')."""
        if isinstance(value, bool):
            raise ValueError("a value is text or a number, not true or false")
        if isinstance(value, Decimal) and (not value.is_finite() or abs(value.adjusted()) > _MOST_DIGITS):
            raise ValueError(f"the number {value} is beyond any printed value (10 to the power of {_MOST_DIGITS}, either way)")
        if isinstance(value, int) and abs(value) >= _TOO_BIG:
            raise ValueError(f"a number of more than {_MOST_DIGITS} digits is beyond any printed value")
        return value


class RadarDimension(_Strict):
    """One dimension (Style, Size, Multi Score) with its grade and indicators."""

    name: str
    grade: str | None = ""
    indicators: list[RadarIndicator] = []


class RadarChart(_Strict):
    """The Financial Score radar chart."""

    title: str = ""
    chart_type: Literal["radar"] = "radar"
    dimensions: list[RadarDimension]


CHART_MODELS: dict[str, type[_Strict]] = {"radar": RadarChart}
"""Known chart kinds and their models."""
_BRANCHES = frozenset({"str", "int", "decimal", "none", "bool", "float"})
"""The branches of a union pydantic adds to an error's place ('value.str'), which name no part of the JSON."""

_VALUE_KEY_RE = compiled(r'"value"\s*:')
_RATING_KEY_RE = compiled(r'"rating"\s*:')
_GRADE_KEY_RE = compiled(r'"grade"\s*:')


@dataclass
class ChartRead:
    """A chart block as read: the model, where each value/rating/grade is (logical lines), notes."""

    block: ChartBlock
    chart: RadarChart | None = None
    notes: list[ParseNote] = field(default_factory=list)
    value_lines: list[int] = field(default_factory=list)
    rating_lines: list[int | None] = field(default_factory=list)
    grade_lines: list[int | None] = field(default_factory=list)


def read_chart(kind: str, content: str, first: int, view: View, *, end: int | None = None, closed: bool = True) -> ChartRead:
    """Read one chart block whose content starts on logical line ``first`` (the fence is on ``first - 1``); ``closed``
    False for a block the page ends inside."""
    line = view.line(first - 1)
    last = view.line(end - 1) if end is not None else view.line(first + content.count("\n"))
    block = build.ChartBlock(kind=kind, line=line, end_line=last, raw=content, known_kind=kind in CHART_MODELS)
    out = ChartRead(block=block)
    if len(content) > MAX_CHART_JSON_BYTES or len(content.encode("utf-8", "surrogatepass")) > MAX_CHART_JSON_BYTES:
        return _fail(out, f"chart-data JSON is larger than {MAX_CHART_JSON_BYTES} bytes", line)
    try:
        data = json.loads(content, parse_float=Decimal, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        return _fail(out, f"the JSON states the key {exc.key!r} twice in one object: JSON leaves undefined which copy "
                     "holds", line)
    except json.JSONDecodeError as exc:
        if not closed and not content[exc.pos:].strip(" \t\r\n\"'"):  # the JSON stops where the page does: no flaw of its
            # own ('"indicators": [ { "name": "' at the page's end read as an 'Invalid control character', ghc F3)
            return _fail(out, "the block is cut off where the page ends, before its JSON is complete", line,
                         f"chart-data:{kind} block at line {line} is cut off where the page ends, before its JSON is "
                         "complete; the block is kept raw")
        at = first + exc.lineno - 1
        offset = view.offset(at)
        place = f"line {view.line(at)}" + (f", character {offset + exc.colno}" if offset is not None else "")
        return _fail(out, f"malformed JSON: {exc.msg} (JSON line {exc.lineno}, column {exc.colno})", view.line(at),
                     f"chart-data:{kind} block at line {line}: malformed JSON at {place}: {exc.msg}; "
                     "the block is kept raw and the rest of the page is parsed")
    except RecursionError:
        return _fail(out, "unreadable JSON: nested deeper than the JSON reader follows", line)
    except ValueError as exc:  # Python's limit on an integer's digits ('Exceeds the limit (4300 digits) …')
        return _fail(out, f"unreadable JSON: {str(exc).split(';')[0]}", line)
    if not block.known_kind:
        block.data = data if isinstance(data, dict) else {"_value": data}
        out.notes.append(build.ParseNote(code="chart.unknown_kind", line=line,
                                   message=f"chart-data:{kind} at line {line} is not a known chart kind; kept as raw JSON"))
        return out
    try:
        chart = RadarChart.model_validate(data)
    except ValidationError as exc:
        first_error = exc.errors()[0]
        loc = ".".join(str(p) for p in first_error["loc"] if p not in _BRANCHES and "[" not in str(p))  # not a union's branch
        return _fail(out, f"chart-data:{kind} does not match its schema: {loc}: {first_error['msg']}", line)
    block.data = chart.model_dump()
    out.chart = chart
    _locate(out, content, first)
    return out


class _DuplicateKey(ValueError):
    """An object of the block's JSON names one key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict; _DuplicateKey where a key comes twice (round-35 new user NU4-10: '"value":
    "28.27%", "value": "99.99%"' kept the last one silently, and a FAIL stood on it)."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return data


def _fail(out: ChartRead, error: str, line: int, message: str | None = None) -> ChartRead:
    out.block.error = error
    out.notes.append(build.ParseNote(code="chart.malformed", line=line, message=message or f"line {line}: {error}"))
    return out


def _locate(out: ChartRead, content: str, first: int) -> None:
    """Logical lines of each indicator value and rating and each dimension grade, in JSON order."""
    assert out.chart is not None
    indicators = [ind for dim in out.chart.dimensions for ind in dim.indicators]
    values = _lines_of(_VALUE_KEY_RE, content, first)
    fallback = first - 1
    with_value = [i for i in indicators if "value" in i.model_fields_set]
    out.value_lines = values if len(values) == len(with_value) == len(indicators) else [fallback] * len(indicators)
    ratings = _lines_of(_RATING_KEY_RE, content, first)
    rated = [i for i in indicators if "rating" in i.model_fields_set]
    if len(ratings) == len(rated):
        it = iter(ratings)
        out.rating_lines = [next(it) if "rating" in i.model_fields_set else None for i in indicators]
    else:
        out.rating_lines = [fallback] * len(indicators)
    grades = _lines_of(_GRADE_KEY_RE, content, first)
    graded = [d for d in out.chart.dimensions if "grade" in d.model_fields_set]
    if len(grades) == len(graded):
        it = iter(grades)
        out.grade_lines = [next(it) if "grade" in d.model_fields_set else None for d in out.chart.dimensions]
    else:
        out.grade_lines = [fallback] * len(out.chart.dimensions)


def _lines_of(pattern: re.Pattern[str], content: str, first: int) -> list[int]:
    """The logical line of each match of ``pattern`` in ``content`` (which starts on line ``first``), in order."""
    out = []
    line, pos = first, 0
    for m in pattern.finditer(content):
        line += content.count("\n", pos, m.start())  # newlines since the last match: one pass over the text
        pos = m.start()
        out.append(line)
    return out
