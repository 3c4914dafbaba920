"""The public surface of ``parsers`` is exactly ``__all__``, sorted, (the layering is in tests/test_layering.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import quotecheck
import quotecheck.parsers as parsers

PKG = Path(parsers.__file__).resolve().parent


def test_all_is_sorted_and_complete() -> None:
    public = {n for n in vars(parsers) if not n.startswith("_") and not isinstance(getattr(parsers, n), type(parsers))}
    assert sorted(parsers.__all__) == parsers.__all__
    assert public == set(parsers.__all__)


def test_every_public_function_has_a_docstring() -> None:
    missing = []

    def visit(body, where: str) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                if ast.get_docstring(node) is None:
                    missing.append(f"{where}:{node.lineno} {node.name}")
                if isinstance(node, ast.ClassDef):
                    visit(node.body, where)

    for path in PKG.rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")).body, str(path.relative_to(PKG)))
    assert not missing, missing


def test_a_library_report_carries_its_summary() -> None:
    """``audit_paths`` and ``audit_documents`` give the summary the CLI's JSON prints (it had been None in Python)."""
    import quotecheck

    seeds = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds"
    report, docs = quotecheck.audit_paths([seeds])
    assert report.summary is not None and report.summary == report.totals() and report.summary.documents == len(docs) == 4
    again = quotecheck.audit_documents(docs)
    assert again.summary is not None and again.summary.checks == report.summary.checks > 0


def test_the_package_docstrings_example_reads_a_page_that_exists() -> None:
    """`help(quotecheck)` shows an example run from the repository root: every fixture it names must be there (it
    named a seed that was never in the fixtures)."""
    root = Path(__file__).resolve().parents[2]
    named = re.findall(r'"(fixtures/[^"]+)"', quotecheck.__doc__ or "")
    assert named and all((root / p).is_file() for p in named), named


@pytest.mark.parametrize(("call", "arg", "said"), [
    ("parse_text", None, "parse_text takes the page's text as a str, not NoneType"),
    ("parse_text", b"x", "(parse_bytes reads bytes)"),
    ("parse_bytes", "x", "(parse_text reads a str)"),
    ("audit", None, "audit takes a Document"),
    ("parse_number", None, "parse_number takes the printed text as a str, not NoneType"),  # round-48 library user L7
    ("audit_paths", 3, "paths is a path or an iterable of paths"),
    ("parse_number", b"12.5", "parse_number takes the printed text as a str, not bytes"),  # round-48 tester t6 P7
    ("cross_document_checks", [None], "cross_document_checks takes Documents, not NoneType"),
])
def test_a_wrong_argument_type_is_a_type_error_that_names_it(call: str, arg: object, said: str) -> None:
    """A caller's slip raised an AttributeError from deep inside ('NoneType' object has no attribute 'strip'): a
    TypeError naming the function and what it takes (round-33 new user NU2-15)."""
    with pytest.raises(TypeError) as info:
        getattr(quotecheck, call)(arg)
    assert said in str(info.value)


SEED = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"


def test_a_source_given_as_a_path_is_its_name() -> None:
    """Round-48 library user L7: parse_text(text, source=Path(...)) raised AttributeError from inside."""
    by_path = quotecheck.parse_text(SEED.read_text(encoding="utf-8"), source=SEED)
    by_bytes = quotecheck.parse_bytes(SEED.read_bytes(), source=SEED)
    assert by_path.path == by_bytes.path == str(SEED)
    with pytest.raises(TypeError, match="source is the page's name or path"):
        quotecheck.parse_text("x", source=3)  # type: ignore[arg-type]


def test_one_document_where_a_list_is_taken_is_named() -> None:
    """audit_documents(doc) said '… not tuple' (a Document iterates over its fields)."""
    doc = quotecheck.parse_file(SEED)
    with pytest.raises(TypeError, match="not one Document: audit\\(doc\\) audits one"):
        quotecheck.audit_documents(doc)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not one Document"):
        quotecheck.cross_document_checks(doc)  # type: ignore[arg-type]


def test_a_path_in_bytes_is_a_path_and_an_empty_path_names_no_file() -> None:
    report, docs = quotecheck.audit_paths(str(SEED).encode())
    assert [d.path for d in docs] == [str(SEED)] and not report.errors
    with pytest.raises(quotecheck.UnreadableFile, match="an empty path names no file"):
        quotecheck.parse_file("")


def test_a_reports_summary_is_that_of_its_lists_when_read_back() -> None:
    """Round-48 library user L10: a report validated with 'fail': 999 kept it, while its dump wrote the true count."""
    report, _docs = quotecheck.audit_paths(SEED)
    data = report.model_dump()
    data["summary"]["fail"] = 999
    again = quotecheck.AuditReport.model_validate(data)
    assert again.summary == report.summary == report.totals() and again.summary is not None and again.summary.fail != 999


def test_an_empty_path_among_the_paths_is_an_error_not_the_working_folder(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Round-48 tester t6 P3: audit_paths('') (an unset variable) audited the working folder's pages."""
    (tmp_path / "page.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    report, docs = quotecheck.audit_paths("")
    assert docs == [] and [e.message for e in report.errors] == ["an empty path names no file or folder"]


def test_a_path_in_bytes_is_parsed_and_an_address_must_be_text() -> None:
    """Round-48 tester t6 P7: parse_file(b'/p') and parse_text(url=Path(...)) raised TypeErrors from inside."""
    assert quotecheck.parse_file(str(SEED).encode()).path == str(SEED)
    with pytest.raises(TypeError, match="url is the page's address as a str, not PosixPath"):
        quotecheck.parse_text(SEED.read_text(encoding="utf-8"), url=Path("/a"))  # type: ignore[arg-type]
