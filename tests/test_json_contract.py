"""The audit's JSON is a contract: it validates against the schema quotecheck publishes, and loads back."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from quotecheck import AuditReport, Document, parse_file
from quotecheck.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def audit_json() -> dict[str, object]:
    code, out = _run("audit", str(FIXTURES), "--format", "json")
    assert code in (0, 1), out[-2000:]
    data: dict[str, object] = json.loads(out)
    return data


@pytest.fixture(scope="module")
def report_schema() -> dict[str, object]:
    code, out = _run("schema", "--model", "AuditReport")
    assert code == 0
    schema: dict[str, object] = json.loads(out)
    return schema


def test_audit_json_validates_against_the_published_schema(audit_json: dict[str, object], report_schema: dict[str, object]) -> None:
    jsonschema.Draft202012Validator.check_schema(report_schema)
    errors = sorted(jsonschema.Draft202012Validator(report_schema).iter_errors(audit_json), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:10]]


def test_audit_json_loads_back_into_the_model(audit_json: dict[str, object]) -> None:
    report = AuditReport.model_validate_json(json.dumps(audit_json))
    assert report.totals().model_dump() == audit_json["summary"]
    assert len(report.documents) == audit_json["summary"]["documents"]  # type: ignore[index]


def test_a_formula_constant_carries_a_null_line_that_the_schema_allows(audit_json: dict[str, object]) -> None:
    """Constants of a formula (the 1 in (1 - x), the M-score coefficients) have no line; that is valid output."""
    inputs = [q for d in audit_json["documents"] for c in d["checks"] for q in c.get("inputs", [])]  # type: ignore[attr-defined]
    assert inputs, "the fixtures' checks cite inputs"
    constants = [q for q in inputs if q.get("line") is None]
    assert constants, "the M-score page's coefficients are inputs without a line; the schema test above must cover them"
    assert all(isinstance(q["line"], int) and q["line"] >= 1 for q in inputs if q.get("line") is not None)


def test_the_summary_is_the_last_word_on_totals(audit_json: dict[str, object]) -> None:
    summary = audit_json["summary"]
    counted = sum(1 for d in audit_json["documents"] for _ in d["checks"]) + len(audit_json["cross_checks"])  # type: ignore[attr-defined]
    assert summary["checks"] == counted  # type: ignore[index]
    assert summary["checks"] == sum(summary[s] for s in ("pass", "fail", "warn", "skip", "error"))  # type: ignore[index]


@pytest.mark.parametrize("paths", [
    ["gurufocus/seeds/001_39c86e187c513272.txt"],
    ["gurufocus/seeds/001_39c86e187c513272.txt", "longbridge/seed_002371.SZ.md"],
    ["gurufocus/seeds"],
])
def test_parse_prints_one_shape_for_any_number_of_inputs(paths: list[str]) -> None:
    code, out = _run("parse", "--full", *(str(FIXTURES / p) for p in paths))
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and data
    assert all(isinstance(d, dict) and "site" in d for d in data)


@pytest.mark.parametrize("path", ["longbridge/seed_002371.SZ.md", "gurufocus/seeds/004_953c4a038b52c2f5.txt"])
def test_parse_full_is_the_whole_document(path: str) -> None:
    """Round-35 new user NU4-4: --full left out the page's sections (the text it keeps, recognised or not), so a
    Document read back from it differed from the parsed one in every entry."""
    code, out = _run("parse", "--full", str(FIXTURES / path))
    assert code == 0
    entry = json.loads(out)[0]
    doc = parse_file(FIXTURES / path)
    assert doc.sections and entry["document"]["sections"]
    assert Document.model_validate(entry["document"]) == Document.model_validate_json(doc.model_dump_json(exclude_none=True))


def test_document_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(Document.model_json_schema())


def test_every_jsonl_line_validates_against_the_published_audit_line_schema() -> None:
    """`audit --format jsonl` prints AuditLines; `schema --model AuditLine` publishes their schema (round-32 new user
    NU-21: only Document and AuditReport were published)."""
    code, out = _run("schema", "--model", "AuditLine")
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    code, out = _run("audit", str(FIXTURES / "gurufocus" / "seeds"), str(FIXTURES / "longbridge"), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code in (0, 1) and len(lines) > 2 and "summary" in lines[-1]
    for line in lines:
        errors = sorted(validator.iter_errors(line), key=str)
        assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@pytest.mark.parametrize("path", sorted(str(p.relative_to(FIXTURES)) for p in (FIXTURES / "gurufocus" / "seeds").glob("*.txt")))
def test_a_document_read_back_from_its_json_equals_the_parsed_one(path: str) -> None:
    """Round-37 new user NU6-9: a parsed Step keeps its formula's tree (a cache of its text, never serialised), and
    pydantic's == compared it, so a Document read back from its own JSON differed from the parsed one."""
    doc = parse_file(FIXTURES / path)
    assert any(step.tree is not None for calc in doc.calculations for step in calc.steps)
    again = Document.model_validate_json(doc.model_dump_json(exclude_none=True))
    assert again == doc and doc == again
    changed = again.model_copy(deep=True)
    changed.calculations[0].steps[0].text += " "
    assert changed != doc  # a step's fields still count
