"""``--format json`` written as the run goes: each document's audit as soon as it is done, the rest at the end.

The bytes are those of ``AuditReport.model_dump_json(indent=2, exclude_none=True)`` for the same run
(tests/report/test_json_stream.py checks it), but no document is kept after it is written, so memory
does not grow with the run.
"""

from __future__ import annotations

from collections.abc import Callable

from quotecheck.parsers._models import AuditReport, AuditSummary, CheckResult, DocumentAudit, InputError, Status

_HEAD = '{\n  "documents": ['
_EMPTY_TAIL_FROM = '  "documents": [],\n'


class JsonReportWriter:
    """Writes one AuditReport as JSON, a document at a time; keeps only the totals."""

    def __init__(self, write: Callable[[str], object]) -> None:
        self._write = write
        self._documents = 0
        self._counts = {s.value: 0 for s in Status}

    def document(self, audit: DocumentAudit) -> None:
        """Write one document's audit and count its checks."""
        body = audit.model_dump_json(indent=2, exclude_none=True).replace("\n", "\n    ")
        self._write((",\n    " if self._documents else _HEAD + "\n    ") + body)
        self._documents += 1
        for k, v in audit.counts().items():
            self._counts[k] += v

    def finish(self, cross_checks: list[CheckResult], errors: list[InputError]) -> AuditSummary:
        """Write the checks across documents, the unusable inputs and the summary; return the summary."""
        counts = dict(self._counts)
        for c in cross_checks:
            counts[c.status.value] += 1
        summary = AuditSummary(documents=self._documents, errors=len(errors), checks=sum(counts.values()),
                               **{"pass": counts["pass"]}, fail=counts["fail"], warn=counts["warn"], skip=counts["skip"],
                               error=counts["error"])
        # the rest of the report is serialised by the model itself, with no documents, and its summary replaced
        rest = AuditReport(documents=[], cross_checks=cross_checks, errors=errors).model_dump_json(indent=2, exclude_none=True)
        start = len("{\n" + _EMPTY_TAIL_FROM)
        assert rest[:start] == "{\n" + _EMPTY_TAIL_FROM
        middle = rest[start:rest.rindex('\n  "summary": ') + 1]
        tail = '  "summary": ' + summary.model_dump_json(indent=2).replace("\n", "\n  ") + "\n}"
        head = "\n  ],\n" if self._documents else "{\n" + _EMPTY_TAIL_FROM
        self._write(head + middle + tail + "\n")
        return summary
