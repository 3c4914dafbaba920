"""``--format json`` is written a document at a time, with the same bytes as the whole report serialised at once."""

from __future__ import annotations

import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck._report import KeepDocuments, RuleFilter, audit_inputs
from quotecheck._report._json import _HEAD, _TAIL, JsonReportWriter, _item, _nested
from quotecheck._report._run import Tally
from quotecheck.cli import report_json
from quotecheck.parsers import AuditReport, InputError, collect_pages
from quotecheck.parsers._models import CheckResult, DocumentAudit, IntervalOut, PageKind, ParseNote, Quoted, Security, Site, Status

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


@pytest.mark.parametrize("where", ["gurufocus/seeds", "gurufocus/synthetic", "gurufocus/html", "gurufocus/realpages", "longbridge"])
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


_AWKWARD = ["".join(map(chr, range(0x80))), "\u0080\u00a0\u00ff\u2028\u2029\ufeff\uffff", "円 € £ ₩ ₺ ฿ zł",
            "\U0001f600\U00010000\U0010ffff", '"quoted" \\back\\slash/ </script>', "", " ", "\t\n\r\x0b\x0c\x1f\x7f"]
"""Strings a writer may escape differently: every ASCII character (the controls among them), the line and paragraph
separators, a BOM, characters beyond the basic plane, quotes, backslashes and slashes."""


@pytest.mark.parametrize("text", _AWKWARD)
def test_an_item_has_the_bytes_pydantic_writes_whatever_its_strings_hold(text: str) -> None:
    """The items are written by orjson from pydantic's JSON types (``_item``): byte for byte pydantic-core's own
    ``to_json`` of the same item, for strings of every kind, absent and empty fields, empty lists and large numbers."""
    quoted = Quoted(name=text, text=text, value="1.5", line=2**62, fact_id=text, path=None)
    check = CheckResult(rule="gf." + text, status=Status.WARN, message=text, subject=text, quoted=quoted,
                        recomputed=IntervalOut(lo="-0.005", hi=text), inputs=[quoted, Quoted()], reason=text, source=None,
                        path=text)
    bare = CheckResult(rule="r", status=Status.PASS, message="")
    doc = DocumentAudit(path=text, site=Site.GURUFOCUS, kind=PageKind.TERM_PAGE, term=text,
                        security=Security(id=text, symbols={text: text, "gurufocus": "X:Y"}, line=0), checks=[check, bare],
                        notes=[ParseNote(code=text, message=text, line=None)])
    error = InputError(path=text, line=None, error="UnknownPageKind", message=text)
    for item in (doc, check, bare, error, DocumentAudit(site=Site.LONGBRIDGE, kind=PageKind.QUOTE_PAGE, security=Security(),
                                                       checks=[])):
        assert _item(item) == _nested(type(item)).serializer.to_json([[item]], indent=2, exclude_none=True)[_HEAD:-_TAIL]


def test_an_item_orjson_cannot_write_alone_has_the_bytes_pydantic_writes() -> None:
    """A number over 64 bits is written by pydantic, and a value of another type than its field's (a caller's Decimal
    where a str belongs) as pydantic converts it: as the whole report writes them, never an error, never other bytes."""
    big = CheckResult(rule="r", status=Status.FAIL, message="m", quoted=Quoted(line=2**70, text="x"))
    odd = CheckResult(rule="r", status=Status.SKIP, message="m")
    odd.subject = Decimal("1.50")  # type: ignore[assignment]  # no validation on assignment: a caller's slip
    for item in (big, odd):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydantic warns of the unexpected type, in both
            assert _item(item) == _nested(CheckResult).serializer.to_json([[item]], indent=2, exclude_none=True)[_HEAD:-_TAIL]
    assert b'"line": 1180591620717411303424' in _item(big)
