"""The audit command: JSON lines, --select/--ignore, progress on a terminal and in logs, Ctrl-C, errors on stderr."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck import AuditLine, AuditReport, Status
from quotecheck.cli import main
from quotecheck.parsers._models import Site
from quotecheck.parsers._rule_ids import RULE_IDS
from quotecheck.parsers._sites import spec_for

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "fixtures"
SEEDS = FIX / "gurufocus" / "seeds"
BHP = FIX / "gurufocus" / "realpages" / "gurufocus_ev2ebit_BHP_2014.txt"  # its own calculation contradicts its headline


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def rules_in(data: dict[str, object]) -> set[str]:
    docs = data["documents"]
    assert isinstance(docs, list)
    return {c["rule"] for d in docs for c in d["checks"]} | {c["rule"] for c in data["cross_checks"]}  # type: ignore[attr-defined]


def test_jsonl_is_one_audit_line_per_document_then_cross_checks_then_summary() -> None:
    res = run("audit", str(SEEDS), "--format", "jsonl")
    full = json.loads(run("audit", str(SEEDS), "--format", "json").stdout)
    lines = [AuditLine.model_validate_json(line) for line in res.stdout.splitlines()]
    assert res.exit_code == 0 and full["summary"]["fail"] == 0 and full["summary"]["warn"] > 0  # warnings exit 0
    for line in lines:
        assert sum(x is not None for x in (line.document, line.cross_check, line.error, line.summary)) == 1
    kinds = ["document" if x.document else "cross" if x.cross_check else "error" if x.error else "summary" for x in lines]
    assert kinds == sorted(kinds, key=["document", "cross", "error", "summary"].index) and kinds[-1] == "summary"
    assert kinds.count("document") == full["summary"]["documents"] and kinds.count("cross") == len(full["cross_checks"])
    assert lines[-1].summary is not None and lines[-1].summary.model_dump() == full["summary"]


def test_json_written_as_bytes_reaches_a_text_only_stdout_too() -> None:
    """The JSON report goes to stdout's bytes; a stdout of text only (a caller's redirect_stdout) gets the same text."""
    text = io.StringIO()
    with contextlib.redirect_stdout(text), pytest.raises(SystemExit) as done:
        main(["audit", str(SEEDS), "--format", "json"])
    assert done.value.code == 0
    assert text.getvalue() == run("audit", str(SEEDS), "--format", "json").stdout
    assert AuditReport.model_validate_json(text.getvalue()).summary.documents == 4  # type: ignore[union-attr]


def test_select_and_ignore_take_rule_ids_and_prefixes() -> None:
    everything = rules_in(json.loads(run("audit", str(FIX), "--format", "json").stdout))
    picked = rules_in(json.loads(run("audit", str(FIX), "--format", "json", "--select", "gf.range").stdout))
    assert picked and picked == {r for r in everything if r == "gf.range" or r.startswith("gf.range.")}
    left = rules_in(json.loads(run("audit", str(FIX), "--format", "json", "--ignore", "lb.", "--ignore", "cross.restated").stdout))
    assert left == {r for r in everything if not r.startswith("lb.") and r != "cross.restated"}
    cut = run("audit", str(FIX), "--format", "json", "--select", "gf.rang")  # a prefix ends at a dot: this names no rule
    assert cut.exit_code == 2 and not cut.stdout and "--select gf.rang names no rule" in cut.stderr


def test_select_changes_the_exit_status_with_the_findings() -> None:
    """BHP 2014 fails gf.restated and gf.calc.prose: ignoring one still fails, ignoring both does not."""
    assert run("audit", str(BHP)).exit_code == 1
    assert run("audit", str(BHP), "--ignore", "gf.restated").exit_code == 1
    assert run("audit", str(BHP), "--ignore", "gf.restated", "--ignore", "gf.calc.prose").exit_code == 0
    assert run("audit", str(BHP), "--select", "gf.calc").exit_code == 1


def test_without_a_terminal_progress_is_a_log_line_on_stderr() -> None:
    res = run("audit", str(SEEDS), env={"QUOTECHECK_PROGRESS_EVERY": "0"})
    assert "quotecheck: auditing 1/4 pages" in res.stderr and "auditing" not in res.stdout


def test_unusable_input_goes_to_stderr_in_one_format(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just words\n", encoding="utf-8")
    for fmt in ("text", "json", "jsonl"):
        res = run("audit", str(bad), str(SEEDS / "003_b9acf76c90166648.txt"), "--format", fmt)
        assert res.exit_code == 2 and f"{bad}:1: UnknownPageKind: " in res.stderr, fmt


def _read_all(fd: int, proc: subprocess.Popen[bytes], limit_s: float) -> bytes:
    out = b""
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    return out


def test_a_terminal_sees_the_progress_bar() -> None:
    primary, secondary = pty.openpty()
    env = {**os.environ, "QUOTECHECK_PROGRESS_DELAY": "0", "COLUMNS": "120", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "audit", str(FIX)], stdin=subprocess.DEVNULL,
                            stdout=secondary, stderr=secondary, env=env, cwd=ROOT / "tests")
    os.close(secondary)
    try:
        out = _read_all(primary, proc, 120).decode("utf-8", errors="replace")
    finally:
        os.close(primary)
    assert proc.wait(timeout=60) == 1
    assert "auditing" in out and "━" in out, out[:2000]
    assert "\x1b[" in out, "colour on a terminal"


def test_piped_output_has_no_colour() -> None:
    res = subprocess.run([sys.executable, "-m", "quotecheck", "audit", str(SEEDS), str(BHP)], capture_output=True,
                         cwd=ROOT / "tests", timeout=120)
    assert res.returncode == 1 and b"\x1b[" not in res.stdout + res.stderr and b"FAIL" in res.stdout


def test_ctrl_c_exits_130_with_a_partial_summary() -> None:
    env = {**os.environ, "QUOTECHECK_PROGRESS_EVERY": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "audit", str(FIX)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=ROOT / "tests")
    assert proc.stderr is not None
    first = proc.stderr.readline()  # the first page is done: the run is under way
    assert b"auditing 1/" in first
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()[-2000:]
    text = out.decode()
    assert "Interrupted (Ctrl-C) after " in text and "partial" in text and "Traceback" not in err.decode()
    # said at once, and once: a long page kept the terminal silent for a minute (round-33 new user NU2-5)
    assert err.decode().count("Ctrl-C: stopping after the input being read") == 1


def test_ctrl_c_in_json_output_leaves_a_whole_report_marked_interrupted(tmp_path: Path) -> None:
    env = {**os.environ, "QUOTECHECK_PROGRESS_EVERY": "0"}
    with (tmp_path / "report.json").open("wb") as sink:  # a file: a pipe left unread while stderr is read would block the run
        proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "audit", str(FIX), "--format", "json"], stdout=sink,
                                stderr=subprocess.PIPE, env=env, cwd=ROOT / "tests")
        assert proc.stderr is not None
        for _ in range(3):  # a few pages in: documents are being written
            assert b"auditing " in proc.stderr.readline()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    out = (tmp_path / "report.json").read_bytes()
    assert proc.returncode == 130 and b"Traceback" not in err, err.decode()[-2000:]
    report = AuditReport.model_validate_json(out)  # whole JSON of the published schema, not a document cut mid-write
    assert report.interrupted is True and report.summary is not None
    assert report.summary.documents == len(report.documents) < 187


def test_ctrl_c_in_jsonl_output_marks_its_summary_line_interrupted(tmp_path: Path) -> None:
    """Round-24 new-user P6: the jsonl stream of a stopped run ended like a complete one's."""
    env = {**os.environ, "QUOTECHECK_PROGRESS_EVERY": "0"}
    with (tmp_path / "report.jsonl").open("wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "audit", str(FIX), "--format", "jsonl"], stdout=sink,
                                stderr=subprocess.PIPE, env=env, cwd=ROOT / "tests")
        assert proc.stderr is not None
        for _ in range(3):
            assert b"auditing " in proc.stderr.readline()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and b"Traceback" not in err, err.decode()[-2000:]
    last = AuditLine.model_validate_json((tmp_path / "report.jsonl").read_bytes().splitlines()[-1])
    assert last.summary is not None and last.interrupted is True
    assert b"interrupted (Ctrl-C) after " in err


@pytest.mark.parametrize(("value", "near"), [("nonexistent.rule", None), ("gf.rest", "gf.restated"),
                                            ("gf.ttmm", "gf.ttm.sum"), ("lb.chart-vs-table", "lb.chart_vs_table")])
def test_a_select_value_naming_no_rule_is_refused_before_the_run(value: str, near: str | None) -> None:
    """Round-33 new user NU2-16: a misspelt --select was found only after the whole run, with no list of rule ids."""
    res = run("audit", str(SEEDS), "--select", value, "--format", "json")
    assert res.exit_code == 2 and res.stdout == ""  # before the run: no report
    assert f"--select {value} names no rule" in res.stderr and "'quotecheck rules' lists every rule id" in res.stderr
    assert (f"did you mean {near}" in res.stderr) if near else "did you mean" not in res.stderr


def test_a_select_value_matching_no_check_of_the_run_exits_2_and_an_ignore_value_warns() -> None:
    res = run("audit", str(SEEDS), "--select", "lb.analysts.sum", "--format", "json")  # a rule, of another site's pages
    assert res.exit_code == 2 and "error: --select lb.analysts.sum matched no check of this run" in res.stderr
    assert "misspelt" not in res.stderr and "a rule of the catalog that none of these pages gave a check" in res.stderr  # grd F8
    plain = run("audit", str(SEEDS), "--format", "json").exit_code
    res = run("audit", str(SEEDS), "--ignore", "lb.analysts.sum", "--format", "json")  # ignoring nothing hides nothing
    assert res.exit_code == plain and "warning: --ignore lb.analysts.sum matched no check of this run" in res.stderr
    res = run("audit", str(SEEDS), "--ignore", "gf.rnage", "--format", "json")  # a misspelling: said once, before the run
    assert res.exit_code == plain and res.stderr.count("gf.rnage") == 1
    assert "warning: --ignore gf.rnage names no rule (did you mean gf.range" in res.stderr
    assert run("audit", str(SEEDS), "--select", "gf.range,nonexistent").exit_code == 2  # one bad value among good ones
    assert run("audit", str(SEEDS), "--select", "gf.range", "--ignore", "gf.range.order").exit_code == 0


def test_rules_lists_every_rule_id_with_what_it_checks() -> None:
    res = run("rules")
    assert res.exit_code == 0
    listed = dict(line.split(None, 1) for line in res.stdout.splitlines())
    assert listed == RULE_IDS


def test_a_crashed_rules_error_is_kept_whatever_select_says() -> None:
    """A crashed rule reports its function's id ('gf.ranges'), which '--select gf.range' does not match: dropped by the
    filter, the crash was a silent skip. It is kept, and counted; an --ignore that names it hides it."""
    spec = spec_for(Site.GURUFOCUS)

    def ranges(doc: object) -> list[object]:
        raise RuntimeError("boom")

    kept = spec.rules
    object.__setattr__(spec, "rules", (ranges,))  # a frozen dataclass: the engine reads the spec's rules at each page
    try:
        res = run("audit", str(SEEDS), "--select", "gf.range", "--format", "json")
        ignored = run("audit", str(SEEDS), "--select", "gf.range", "--ignore", "gf.ranges", "--format", "json")
    finally:
        object.__setattr__(spec, "rules", kept)
    report = AuditReport.model_validate_json(res.stdout)
    errors = [c for d in report.documents for c in d.checks if c.status is Status.ERROR]
    assert res.exit_code == 2 and len(errors) == 4 and {c.rule for c in errors} == {"gf.ranges"}
    assert report.summary is not None and report.summary.error == 4
    assert not [c for d in AuditReport.model_validate_json(ignored.stdout).documents for c in d.checks]


def test_only_lists_the_notes_when_it_names_them() -> None:
    """Round-24 new-user P5: '--only fail' still printed every page's notes (53 on one folder, 15 findings)."""
    cut = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_roc_NZSE-NZL_2024.txt"  # noted: cut off at line 46
    default, only_fail, with_notes = (run("audit", str(cut), *extra).stdout
                                      for extra in ((), ("--only", "fail"), ("--only", "fail,note")))
    assert "note " in default and "truncated" in default
    assert "note " not in only_fail and "Shown: fail." in only_fail
    assert "note " in with_notes and "Shown: fail, note." in with_notes
