"""Pages a library user parses from text or bytes, without ``source``, are pages like any other (round-48 library
user L1, L2, L4).

- L1: pages without a path were told apart by their path, so every such page was one page: the checks across them,
  FAILs included, were lost in silence. The seed E10 page and its synthetic copy with a wrong adjusted row fail
  across pages whether they are parsed from files or from bytes.
- L2: their report dumped without nulls (``model_dump_json(exclude_none=True)``, as the README shows) left out the
  documents' ``path``, which the schema required: the JSON failed its own schema.
- L4: the library's checks across pages cited other copies than the CLI's for the same pages (the first of equally
  precise copies on a page was the one read first, and the two read them in different orders)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from quotecheck import AuditReport, Status, audit_documents, audit_paths, parse_bytes, parse_file, parse_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED = FIXTURES / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"
WRONG_ROW = FIXTURES / "gurufocus" / "synthetic" / "e10_seed_with_wrong_adjusted_row.txt"


def _statuses(report: AuditReport) -> list[tuple[str | None, Status]]:
    return sorted((c.subject, c.status) for c in report.cross_checks)


def test_pages_parsed_from_bytes_are_checked_across_as_files_are() -> None:
    from_files = audit_documents([parse_file(SEED), parse_file(WRONG_ROW)])
    from_bytes = audit_documents([parse_bytes(SEED.read_bytes()), parse_bytes(WRONG_ROW.read_bytes())])
    assert Status.FAIL in [c.status for c in from_files.cross_checks]
    assert _statuses(from_bytes) == _statuses(from_files)
    failed = next(c for c in from_bytes.cross_checks if c.status is Status.FAIL)
    assert "<document 1>" in failed.message and "<document 2>" in failed.message  # each named by its place


def test_two_captures_of_one_address_are_two_pages() -> None:
    """Each page without a path is named by its place in the call, with its address: two captures of one address
    (the seed and its synthetic copy) are two pages, whose FAIL across them is kept."""
    url = "https://www.gurufocus.com/term/e10/SZSE:002371"
    docs = [parse_text(page.read_text(encoding="utf-8"), url=url) for page in (SEED, WRONG_ROW)]
    checks = audit_documents(docs).cross_checks
    failed = [c for c in checks if c.status is Status.FAIL]
    assert len(failed) == 1 and f"<document 1: {url}>" in failed[0].message and f"<document 2: {url}>" in failed[0].message


def test_the_report_without_nulls_validates_against_the_published_schema() -> None:
    report = audit_documents([parse_text(SEED.read_text(encoding="utf-8"))])
    dumped = report.model_dump_json(exclude_none=True)
    assert '"path"' not in dumped.split('"checks"')[0]  # the document has no path, and nulls are left out
    schema = AuditReport.model_json_schema()
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.loads(dumped))]
    assert errors == []
    assert AuditReport.model_validate_json(dumped).documents[0].path is None


def test_the_library_and_the_cli_cite_the_same_copies() -> None:
    library = json.loads(audit_paths(FIXTURES)[0].model_dump_json(exclude_none=True))
    run = subprocess.run([sys.executable, "-m", "quotecheck", "audit", str(FIXTURES), "--format", "json"],
                         capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    cli = json.loads(run.stdout)
    assert library["cross_checks"] == cli["cross_checks"]


def test_one_document_listed_twice_is_one_page() -> None:
    """Round-48 tester t6 P5: audit_documents([d, d]) of a pathless page gave 134 checks of it agreeing with itself."""
    doc = parse_bytes(SEED.read_bytes())
    assert audit_documents([doc, doc]).cross_checks == []
