"""``--format json`` written as the run goes: each document's audit and each check across documents as soon as it is done.

The bytes are those of ``AuditReport.model_dump_json(indent=2, exclude_none=True)`` for the same run
(tests/report/test_json_stream.py checks it), but nothing is kept after it is written, so memory does not
grow with the run. The counts are the caller's (``Tally``): the writer only writes.
"""

from __future__ import annotations

import select
import sys
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any, BinaryIO

import orjson
from pydantic import BaseModel, TypeAdapter

from quotecheck.parsers._models import AuditSummary, CheckResult, DocumentAudit, InputError

_ITEM = b"\n    "  # an item of a top-level list starts on its own line, indented by 4


@cache
def _nested(cls: type[BaseModel]) -> TypeAdapter[list[list[Any]]]:
    """A serializer of ``[[item]]``, whose JSON written with indent 2 holds the item's lines 4 deep, as the whole report
    does."""
    return TypeAdapter(list[list[cls]])  # type: ignore[valid-type]


_HEAD, _TAIL = len("[\n  [\n    "), len("\n  ]\n]")


def _item(model: DocumentAudit | CheckResult | InputError) -> bytes:
    """One list item as the whole report would print it, in UTF-8: indent 2, nested 4 deep.

    pydantic gives the item's JSON types (``to_python(mode="json")``: its own conversions, as its ``to_json`` makes
    them) and orjson writes them, two lists deep, cut out: the same bytes as pydantic-core's ``to_json`` (the tests
    compare them on every fixture and on strings of every control character), whose indenting writer cost 36% of its
    instructions (benchmark documents: 522 K a document, 396 K so; orjson's ``default`` hook building each model's
    dict in Python instead of ``to_python`` measured dearer). A number orjson cannot write (over 64 bits) leaves the
    item to pydantic's writer. Kept as bytes: decoding it to be encoded again on the way out copied each document twice.
    """
    serializer = _nested(type(model)).serializer
    try:
        return orjson.dumps(serializer.to_python([[model]], mode="json", exclude_none=True),
                            option=orjson.OPT_INDENT_2)[_HEAD:-_TAIL]
    except orjson.JSONEncodeError:
        return serializer.to_json([[model]], indent=2, exclude_none=True)[_HEAD:-_TAIL]


def stdout_bytes() -> Callable[[bytes], object]:
    """A writer of bytes to standard output, as the report's JSON goes out: UTF-8, whatever the locale's encoding, and
    every byte of each call written before it returns.

    Text written to ``sys.stdout`` before is flushed first, so the bytes keep their place after it. A stream of text
    only (``contextlib.redirect_stdout`` to a ``StringIO``) is given the same characters as text. Under
    ``PYTHONUNBUFFERED`` (set in many container images) the stream's binary layer is the raw file, whose ``write`` may
    take only part of the bytes when a signal lands (Ctrl-C while a slow pipe is full): the rest used to be lost, and an
    interrupted run's JSON was cut inside a document (round-32 new user NU-2). The writer writes the rest."""
    out = sys.stdout
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        return lambda data: out.write(data.decode("utf-8"))
    return partial(write_all, buffer)


def write_all(stream: BinaryIO, data: bytes) -> None:
    """Write every byte of ``data`` to a binary stream, however many calls its ``write`` needs (a raw file's takes what
    the pipe has room for when a signal interrupts it, and says how much)."""
    view = memoryview(data)
    while view:
        n = stream.write(view)
        if n is None:  # a non-blocking stream with no room: wait until it has some
            select.select([], [stream], [])
            continue
        view = view[n:]


class JsonReportWriter:
    """Writes one AuditReport as UTF-8 JSON, a document and a check at a time; keeps nothing it has written."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._documents = 0
        self._cross = 0

    def document(self, audit: DocumentAudit) -> None:
        """Write one document's audit."""
        self._write(b"," + _ITEM if self._documents else b'{\n  "documents": [' + _ITEM)
        self._write(_item(audit))
        self._documents += 1

    def _close_documents(self) -> bytes:
        return b"\n  ],\n" if self._documents else b'{\n  "documents": [],\n'

    def cross_check(self, check: CheckResult) -> None:
        """Write one check across documents (after the last document)."""
        self._write(b"," + _ITEM if self._cross else self._close_documents() + b'  "cross_checks": [' + _ITEM)
        self._write(_item(check))
        self._cross += 1

    def finish(self, errors: Sequence[InputError], summary: AuditSummary, *, interrupted: bool = False) -> None:
        """Write the unusable inputs and the run's summary (after ``"interrupted": true`` when the run was stopped)."""
        head = b"\n  ],\n" if self._cross else self._close_documents() + b'  "cross_checks": [],\n'
        listed = (b'  "errors": [' + b",".join(_ITEM + _item(e) for e in errors) + b"\n  ],\n") if errors else b'  "errors": [],\n'
        mark = b'  "interrupted": true,\n' if interrupted else b""
        tail = b'  "summary": ' + summary.model_dump_json(indent=2).replace("\n", "\n  ").encode() + b"\n}\n"
        self._write(head + listed + mark + tail)
