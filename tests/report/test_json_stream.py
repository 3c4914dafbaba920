"""``--format json`` is written a document at a time, with the same bytes as the whole report serialised at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck._report import KeepDocuments, RuleFilter, audit_inputs
from quotecheck._report._json import JsonReportWriter
from quotecheck._report._run import Tally
from quotecheck.cli import report_json
from quotecheck.parsers import AuditReport, InputError, collect_pages

FIX = Path(__file__).resolve().parents[2] / "fixtures"


def _streamed_and_whole(paths: list[Path]) -> tuple[str, str]:
    pages = collect_pages(paths)
    cross = KeepDocuments()
    report = AuditReport(documents=[])
    out: list[bytes] = []
    writer, tally = JsonReportWriter(out.append), Tally()
    for event in audit_inputs(pages, None, RuleFilter((), ()), cross):
        if isinstance(event, InputError):
            report.errors.append(event)
        else:
            report.documents.append(event.audit)
            tally.add(event.audit)
            writer.document(event.audit)
    report.cross_checks = cross.checks()
    for check in report.cross_checks:
        tally.add_cross(check)
        writer.cross_check(check)
    summary = tally.totals(report.errors)
    writer.finish(report.errors, summary)
    assert summary == report.totals()
    return b"".join(out).decode("utf-8"), report_json(report) + "\n"


@pytest.mark.parametrize("where", ["gurufocus/seeds", "gurufocus/synthetic", "gurufocus/html", "longbridge"])
def test_streamed_report_has_the_bytes_of_the_whole_report(where: str) -> None:
    streamed, whole = _streamed_and_whole([FIX / where])
    assert streamed == whole


def test_streamed_report_without_documents_has_the_bytes_of_the_whole_report(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("not a page\n", encoding="utf-8")
    streamed, whole = _streamed_and_whole([tmp_path])
    assert '"documents": []' in whole
    assert streamed == whole


def test_streamed_report_with_documents_checks_across_pages_and_errors_has_the_bytes_of_the_whole_report(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("not a page\n", encoding="utf-8")
    streamed, whole = _streamed_and_whole([FIX / "gurufocus/seeds", FIX / "longbridge", tmp_path])
    assert '"cross_checks": [\n    {' in whole and '"errors": [\n    {' in whole and '"documents": [\n    {' in whole
    assert streamed == whole
