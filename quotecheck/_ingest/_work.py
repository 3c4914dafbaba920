"""One page in, one payload out: parse, audit, reduce to rows. Runs in the pool's workers.

A payload is bytes (pickled primitives), never model objects: cheap to send
back to the single writer and independent of the models' class identity.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotecheck.parsers import CheckResult, Document, QuotecheckParseError, audit, parse_file, parse_text
from quotecheck.parsers._checks import interval_memo
from quotecheck.scraper._charset import decode_body

from ._index import compact_rows
from ._parsed_by import parser_build


@dataclass(frozen=True)
class Task:
    """A page to process: its source name and hash, and where its bytes are (a file, or the bytes themselves)."""

    source: str
    sha256: str
    path: str | None = None
    body: bytes | None = None
    url: str | None = None
    content_type: str | None = None


def _check_row(c: CheckResult) -> tuple[Any, ...]:
    line = c.quoted.line if c.quoted and c.quoted.line else (c.lines()[0] if c.lines() else None)
    return (c.rule, c.status.value, c.subject, c.message, c.path, line, c.model_dump_json(exclude_none=True))


def _doc_rows(doc: Document) -> dict[str, Any]:
    facts = []
    for f in doc.facts:
        end = f.period.end if f.period else None
        freq = f.period.frequency.value if f.period and f.period.frequency else None
        v = f.value
        facts.append((f.id, f.metric, f.label, format(v.value, "f") if v else None, v.text if v else f.text_value,
                      v.decimals if v else None, v.currency if v else None, f.unit.value, end, freq, f.as_of, f.context, f.line,
                      int(v.scale_factor) if v else None))
    calcs = [(c.id, c.name, c.metric, c.kind, c.formula, c.result.text if c.result else None,
              format(c.result.value, "f") if c.result else None, c.result_line, c.period.end if c.period else None)
             for c in doc.calculations]
    sec = doc.security
    return {"site": doc.site.value, "kind": doc.kind.value, "term": doc.term, "security_id": doc.security.id,
            "security": (sec.name, sec.exchange, sec.ticker, sec.symbols), "as_of": doc.as_of, "line_count": doc.line_count,
            "facts": facts, "calcs": calcs, "cross": compact_rows(doc)}


def process(task: Task, with_audit_json: bool = False) -> bytes:
    """Parse and audit one page; the payload holds its rows, or the parse error that quarantines it."""
    return pickle.dumps(rows_of(task, with_audit_json), protocol=pickle.HIGHEST_PROTOCOL)


def process_batch(tasks: list[Task], with_audit_json: bool = False) -> bytes:
    """Parse and audit a batch of pages (one pool task): the payload holds a list of rows, one per page, in order."""
    return pickle.dumps([rows_of(t, with_audit_json) for t in tasks], protocol=pickle.HIGHEST_PROTOCOL)


def rows_of(task: Task, with_audit_json: bool = False) -> dict[str, Any]:
    """Parse and audit one page into its rows, or the parse error that quarantines it."""
    out: dict[str, Any] = {"source": task.source, "sha256": task.sha256, "url": task.url}
    try:
        if task.body is not None:
            doc = parse_text(decode_body(task.body, task.content_type).text, source=task.source, url=task.url)
        else:
            doc = parse_file(Path(task.path or task.source))
    except QuotecheckParseError as exc:
        out["error"] = (exc.line, type(exc).__name__, exc.message)
        return out
    except OSError as exc:
        out["error"] = (None, "UnreadableFile", f"cannot read {task.source}: {exc.strerror}")
        return out
    with interval_memo():  # one memo for the page: the cross-page rows reuse the intervals the audit worked out
        result = audit(doc)
        out.update(_doc_rows(doc))
    out["url"] = task.url or doc.url  # a page file's own 'url:' line where the task names none (round-32 ghe F9)
    out["checks"] = [_check_row(c) for c in result.checks]
    if with_audit_json:  # for 'audit', which stores nothing
        out["audit_json"] = result.model_dump_json(exclude_none=True)
    else:  # for the store: the build that made these rows
        out["parsed_by"] = parser_build()
    return out


def load(payload: bytes) -> dict[str, Any]:
    """The payload's rows."""
    rows: dict[str, Any] = pickle.loads(payload)
    return rows


def load_batch(payload: bytes) -> list[dict[str, Any]]:
    """The rows of each page of a batch payload."""
    rows: list[dict[str, Any]] = pickle.loads(payload)
    return rows
