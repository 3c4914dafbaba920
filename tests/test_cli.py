"""The quotecheck command line: output shapes and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import main

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "gurufocus"
E10 = FIX / "seeds" / "003_b9acf76c90166648.txt"
CAPB = FIX / "seeds" / "001_39c86e187c513272.txt"  # warned: its range box's undated 'Current' is another snapshot
BHP = FIX / "realpages" / "gurufocus_ev2ebit_BHP_2014.txt"  # inconsistent: its own calculation (line 34) gives 11.53


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_parse_prints_header_facts_as_printed() -> None:
    res = run("parse", str(E10))
    assert res.exit_code == 0, res.output
    [data] = json.loads(res.stdout)
    assert data["term"] == "E10"
    assert data["security"] == {"name": "NAURA Technology Group Co", "exchange": "SZSE", "ticker": "002371", "currency": "CNY"}
    assert data["headline"]["value"] == "1.95" and data["headline"]["currency"] == "CNY" and data["headline"]["as_of"] == "2024-03"
    assert data["price"] == {"value": "293.35", "currency": "CNY", "date": "2024-06-01", "line": 18}


def test_audit_json_shape_and_integer_lines() -> None:
    res = run("audit", "--format", "json", str(BHP))
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert set(data) >= {"documents", "summary"}
    doc = data["documents"][0]
    assert {"path", "site", "checks"} <= set(doc)
    for check in doc["checks"]:
        for q in [check.get("quoted")] + check.get("inputs", []):
            if q and "line" in q:
                assert isinstance(q["line"], int) and q["line"] >= 1
    assert data["summary"]["fail"] == 2  # the restated copy and the sentence's recomputation


@pytest.mark.parametrize(("path", "code"), [(E10, 0), (CAPB, 0), (BHP, 1)],
                         ids=["clean-page-0", "warned-page-0", "inconsistent-page-1"])
def test_audit_exit_status(path: Path, code: int) -> None:
    assert run("audit", str(path)).exit_code == code


def test_audit_lists_problems_with_line_and_derivation_and_the_summary_last() -> None:
    res = run("audit", str(BHP))
    out = res.stdout
    assert f"{BHP}:6: FAIL gf.restated" in out and "line(s) 34" in out
    assert "PASS" not in out, "passes are counted, not listed, by default"
    assert out.rstrip().splitlines()[-1].startswith("Shown: error, fail, warn, note."), out[-400:]
    shown = run("audit", str(BHP), "--show-passes").stdout
    assert ": PASS gf." in shown and shown.index(": FAIL gf.restated") < len(shown)


def test_only_still_picks_the_statuses_listed() -> None:
    out = run("audit", str(CAPB), "--only", "pass").stdout
    assert ": PASS gf." in out and ": FAIL" not in out


def test_unusable_input_exits_2_and_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words\nnothing financial here\n", encoding="utf-8")
    res = run("audit", str(bad))
    assert res.exit_code == 2
    assert f"{bad}:1: UnknownPageKind: " in res.stderr, "errors go to stderr as path:line: ErrorName: message"


def test_non_utf8_input_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("GURUFOCUS.COM\nE10 : \xa31.00\n".encode("latin-1"))
    res = run("audit", str(bad))
    assert res.exit_code == 2 and f"{bad}:2" in res.output


def test_bad_arguments_exit_2() -> None:
    assert run("audit", "--format", "yaml", str(E10)).exit_code == 2
    assert run("audit", "/no/such/path").exit_code == 2


def test_schema_is_json_schema() -> None:
    res = run("schema")
    schema = json.loads(res.stdout)
    assert schema["title"] == "Document" and "facts" in schema["properties"]


def test_batch_audit_reads_the_raw_archive(tmp_path: Path) -> None:
    """A batch run audits what the fetcher archived: the latest good body of each URL, with its URL as provenance."""
    from quotecheck.scraper import Archive

    with Archive(tmp_path / "archive") as archive:
        for seed, slug in ((E10, "e10/SZSE:002371"), (BHP, "ev2ebit/BHP")):
            archive.record_page(url=f"https://www.gurufocus.com/term/{slug}",
                                final_url=f"https://www.gurufocus.com/term/{slug}", status=200,
                                headers={"content-type": "text/plain; charset=utf-8"}, body=seed.read_bytes(),
                                encoding="utf-8", elapsed_s=0.1, attempts=1)
    res = run("audit", "--archive", str(tmp_path / "archive"), "--format", "json")
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    paths = sorted(d["path"] for d in data["documents"])
    assert len(paths) == 2 and all(p.startswith("https://www.gurufocus.com/term/") for p in paths)
    assert data["summary"]["fail"] == 2


def test_batch_audit_decodes_the_archive_by_its_recorded_charset(tmp_path: Path) -> None:
    """A page served as Latin-1 ('charset=iso-8859-1') is audited as ingest reads it: audit --archive decoded it as
    UTF-8 and refused it (round-32 new user NU-4). Its '¥' is one byte in Latin-1, not UTF-8."""
    from quotecheck.scraper import Archive

    body = E10.read_text(encoding="utf-8").encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    with Archive(tmp_path / "archive") as archive:
        archive.record_page(url="https://www.gurufocus.com/term/e10/SZSE:002371", final_url="https://www.gurufocus.com/term/e10/SZSE:002371",
                            status=200, headers={"content-type": "text/plain; charset=iso-8859-1"}, body=body,
                            encoding="cp1252", elapsed_s=0.1, attempts=1)
    res = run("audit", "--archive", str(tmp_path / "archive"), "--format", "json")
    data = json.loads(res.stdout)
    assert data["errors"] == [] and len(data["documents"]) == 1, res.output
    assert data["documents"][0]["security"]["id"] == "002371.SZ"


def test_audit_needs_paths_or_archive() -> None:
    assert run("audit").exit_code == 2


@pytest.mark.parametrize("only", ["bogus", "fail,nope", "", " , "], ids=["unknown", "one-bad-of-two", "empty", "blank-items"])
def test_bad_only_value_is_a_usage_error(only: str) -> None:
    res = run("audit", str(E10), "--only", only)
    assert res.exit_code == 2 and "--only" in res.output and "Traceback" not in res.output


def test_a_folder_without_pages_is_unusable_input(tmp_path: Path) -> None:
    assert run("audit", str(tmp_path)).exit_code == 2
    assert run("parse", str(tmp_path)).exit_code == 2


def test_empty_file_says_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = run("audit", str(empty))
    assert res.exit_code == 2 and "empty file" in res.output


def test_duplicate_inputs_are_audited_once() -> None:
    data = json.loads(run("audit", "--format", "json", str(E10), str(E10)).stdout)
    assert data["summary"]["documents"] == 1


def test_parse_prints_a_list_for_one_file_or_many() -> None:
    assert len(json.loads(run("parse", str(E10)).stdout)) == 1
    assert len(json.loads(run("parse", str(E10), str(CAPB)).stdout)) == 2


def test_saved_html_in_its_declared_charset_is_read(tmp_path: Path) -> None:
    html = (FIX / "html" / "003_b9acf76c90166648.html").read_text(encoding="utf-8")
    html = html.replace("¥", "$").replace('charset="utf-8"', 'charset="iso-8859-1"').replace("<head>", '<head><meta charset="iso-8859-1">', 1)
    page = tmp_path / "latin1.html"
    page.write_bytes(html.encode("iso-8859-1", errors="replace"))
    res = run("parse", str(page))
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)[0]["headline"]["value"] == "1.95"


def test_parse_notes_are_listed_in_text_output() -> None:
    page = Path(__file__).resolve().parent.parent / "fixtures" / "longbridge" / "synthetic" / "002371.SZ.malformed-json.md"
    out = run("audit", str(page)).output
    assert f"note {page}:137: chart.malformed" in out


def test_cross_page_findings_name_each_page() -> None:
    data = json.loads(run("audit", "--format", "json", str(FIX / "seeds")).stdout)
    cpi = next(c for c in data["cross_checks"] if "cpi (2024-03)" in c["subject"])
    assert all(q["path"].endswith(".txt") and isinstance(q["line"], int) for q in cpi["inputs"])


def test_longbridge_parse_reports_the_current_price() -> None:
    page = Path(__file__).resolve().parent.parent / "fixtures" / "longbridge" / "seed_002371.SZ.md"
    price = json.loads(run("parse", str(page)).stdout)[0]["price"]
    assert price == {"value": "619.70", "currency": "CNY", "date": "2026-05-19", "line": 231}


def test_parse_streams_the_bytes_of_the_whole_list(tmp_path: Path) -> None:
    """parse writes each entry as it parses it (10,000 pages of --full held 4.8 GB, round-32 new user NU-8); its
    output is still the bytes of json.dumps of the whole list, and a run of no good page prints an empty list."""
    from quotecheck.parsers import collect_pages, parse_file
    from quotecheck.parsers._views import document_view

    pages = FIX.parent / "longbridge" / "realpages"
    res = run("parse", "--full", str(pages))
    whole = [document_view(parse_file(f)) for f in collect_pages([pages])]
    assert res.exit_code == 0 and res.stdout == json.dumps(whole, indent=2, ensure_ascii=False) + "\n"
    (tmp_path / "junk.txt").write_text("not a page\n", encoding="utf-8")
    res = run("parse", str(tmp_path / "junk.txt"))
    assert res.exit_code == 2 and res.stdout == "[]\n"


@pytest.mark.parametrize(("args", "said"), [
    (("--select", "gf.range", "--ignore", "gf.range"), "--ignore removes every check --select gf.range keeps"),
    (("--select", "gf.range.order", "--ignore", "gf."), "--ignore removes every check --select gf.range.order keeps"),
    # round-34 new user NU3-3: the same prefix written with and without its dot
    (("--select", "lb", "--ignore", "lb."), "--ignore removes every check --select lb keeps"),
    (("--select", "gf.calc.", "--ignore", "gf.calc"), "--ignore removes every check --select gf.calc. keeps"),
    (("--select", ""), "an empty rule id names no rule"),
    (("--ignore", ","), "an empty rule id names no rule"),
])
def test_rule_filters_that_would_turn_an_audit_into_a_pass_are_usage_errors(args: tuple[str, ...], said: str) -> None:
    """Round-32 new user NU-12: '--select X --ignore X' exited 0 with 0 checks, and '--select \"\"' was no filter."""
    res = run("audit", str(CAPB), *args)
    assert res.exit_code == 2 and said in res.output


def test_an_ignore_inside_a_select_still_runs() -> None:
    res = run("audit", str(CAPB), "--select", "gf.range", "--ignore", "gf.range.order", "--format", "json")
    checks = [c["rule"] for d in json.loads(res.stdout)["documents"] for c in d["checks"]]
    assert res.exit_code in (0, 1) and checks and all(r.startswith("gf.range.") and r != "gf.range.order" for r in checks)


@pytest.mark.parametrize(("only", "said"), [
    ("fail", "add pass,skip to --only"),
    ("fail,skip", "add pass to --only"),
    ("pass,fail", "add skip to --only"),
    ("skip,pass", None),  # round-40 tester gud F3: told to add what it had
])
def test_show_passes_under_only_is_said_to_do_nothing(only: str, said: str | None) -> None:
    """Round-32 NU-13: '--show-passes --only fail' showed failures alone, in silence."""
    res = run("audit", str(CAPB), "--show-passes", "--only", only)
    if said is None:
        assert "--show-passes has no effect" not in res.output
    else:
        assert f"warning: --show-passes has no effect with --only; {said}" in res.output
