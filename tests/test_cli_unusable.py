"""Unusable inputs end to end: each is a typed error naming its path, the other pages still done, never a traceback or a hang.

The real CLI runs in a subprocess on files written under tmp_path. Running as root, a
chmod 000 file is still readable: the read-permission capabilities are dropped with setpriv.
"""

from __future__ import annotations

import builtins
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import UnreadableFile, parse_file

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"
CLI = [sys.executable, "-c", "from quotecheck.cli import main; main()"]


def unprivileged() -> list[str]:
    """A prefix that makes chmod 000 bite (root reads everything)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be denied")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def cli(*args: str, prefix: list[str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(prefix or []), *CLI, *args], capture_output=True, text=True, timeout=30, cwd=cwd)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with a good page, an unreadable page, an unreadable subfolder and a FIFO named like a page."""
    d = tmp_path / "mixdir"
    (d / "sub").mkdir(parents=True)
    shutil.copy(PAGE, d / "good.txt")
    shutil.copy(PAGE, d / "sub" / "hidden.txt")
    (d / "bad.txt").write_text("x")
    os.mkfifo(d / "fifo.txt")
    (d / "bad.txt").chmod(0)
    (d / "sub").chmod(0)
    yield d
    (d / "sub").chmod(0o755)


EXPECTED = {  # path (relative to the folder) -> the error line's tail
    "bad.txt": "UnreadableFile: cannot read: Permission denied",
    "sub": "UnreadableFile: cannot list folder: Permission denied",
    "fifo.txt": "UnreadableFile: not a regular file (a FIFO): not opened",
}


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_audit_reports_each_unusable_path_and_audits_the_rest(mixed: Path, fmt: str) -> None:
    res = cli("audit", "mixdir", "--format", fmt, prefix=unprivileged(), cwd=mixed.parent)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    for name, tail in EXPECTED.items():
        assert f"mixdir/{name}: {tail}" in res.stderr.splitlines()
    if fmt == "text":
        assert res.stdout.splitlines()[-2].startswith("1 documents, 58 checks")  # good.txt was audited
    elif fmt == "json":
        import json

        data = json.loads(res.stdout)
        assert data["summary"]["documents"] == 1 and data["summary"]["errors"] == 3


def test_ingest_quarantines_each_unusable_path_and_stores_the_rest(mixed: Path) -> None:
    res = cli("ingest", "mixdir", "--store", "q.db", "--workers", "1", prefix=unprivileged(), cwd=mixed.parent)
    assert res.returncode == 2, res.stderr
    conn = sqlite3.connect(mixed.parent / "q.db")
    rows = dict(conn.execute("SELECT source, error || ': ' || message FROM errors").fetchall())
    assert rows == {f"mixdir/{name}": tail for name, tail in EXPECTED.items()}
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (1,)


def test_ingest_of_a_top_level_folder_it_cannot_list_stores_the_other_sources(mixed: Path) -> None:
    """Round-36 new user NU5-4: a SOURCE folder that cannot be listed was probed for a fetch log, and the PermissionError
    was reported as 'cannot write the store', with nothing stored from the other sources."""
    (mixed / "sub").chmod(0o755)
    locked = mixed.parent / "lockeddir"
    locked.mkdir()
    shutil.copy(PAGE, locked / "page.txt")
    locked.chmod(0)
    try:
        res = cli("ingest", "lockeddir", "mixdir/good.txt", "--store", "q.db", "--workers", "1", prefix=unprivileged(),
                  cwd=mixed.parent)
    finally:
        locked.chmod(0o755)
    assert res.returncode == 2 and "cannot write the store" not in res.stderr and "Traceback" not in res.stderr, res.stderr
    conn = sqlite3.connect(mixed.parent / "q.db")
    assert dict(conn.execute("SELECT source, error || ': ' || message FROM errors").fetchall()) == {
        "lockeddir": "UnreadableFile: cannot list folder: Permission denied"}
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (1,)


@pytest.mark.parametrize("command", [["audit"], ["parse"], ["ingest", "--store", "q.db"]])
def test_a_fifo_named_directly_is_refused_unopened(tmp_path: Path, command: list[str]) -> None:
    os.mkfifo(tmp_path / "fifo.txt")
    res = cli(command[0], "fifo.txt", *command[1:], cwd=tmp_path)  # a hang is a TimeoutExpired
    assert res.returncode == 2 and "Traceback" not in res.stderr
    if command[0] == "ingest":
        rows = sqlite3.connect(tmp_path / "q.db").execute("SELECT source, error, message FROM errors").fetchall()
        assert rows == [("fifo.txt", "UnreadableFile", "not a regular file (a FIFO): not opened")]
    else:
        assert "fifo.txt: " in res.stderr and "not a regular file (a FIFO)" in res.stderr


def test_parse_file_raises_unreadable_file_not_a_bare_oserror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "p.txt"
    shutil.copy(PAGE, page)

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(page))

    monkeypatch.setattr(builtins, "open", denied)
    with pytest.raises(UnreadableFile, match="cannot read: Permission denied") as info:
        parse_file(page)
    assert info.value.source == str(page)


def test_parse_file_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "f.txt")

    def hung(*_: object) -> None:
        raise TimeoutError("parse_file opened the FIFO and blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(5)
    try:
        with pytest.raises(UnreadableFile, match="a FIFO"):
            parse_file(tmp_path / "f.txt")  # opening it would block: no writer
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("command", ["audit", "parse", "ingest"])
def test_a_missing_path_and_a_dangling_link_are_errors_and_the_good_page_is_still_done(command: str, tmp_path: Path) -> None:
    """A path that does not exist, given on the command line, and a link to nothing inside a folder: each an
    UnreadableFile naming it (exit 2), and the good page beside them still parsed (click had refused the whole run,
    and the folder walk had dropped the link without a word)."""
    d = tmp_path / "pages"
    d.mkdir()
    shutil.copy(PAGE, d / "good.txt")
    (d / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    missing = tmp_path / "missing.txt"
    extra = ["--store", str(tmp_path / "s.db")] if command == "ingest" else []
    r = cli(command, str(d), str(missing), *extra, cwd=tmp_path)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    for name in ("dangling.txt", "missing.txt"):
        assert f"{name}: UnreadableFile" in r.stderr + r.stdout or f"{name}: cannot read" in r.stderr + r.stdout, (name, r.stderr)
    if command == "parse":
        assert '"ticker"' in r.stdout  # the good page was parsed
    elif command == "audit":
        assert "1 documents" in r.stdout


@pytest.mark.parametrize("command", [["audit", "--format", "json"], ["parse"], ["ingest", "--store", "q.db", "--workers", "1"]])
def test_an_unreadable_file_named_directly_is_an_error_of_the_run_not_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    """Round-24 new-user P3: click's readable check turned it into a usage error: no JSON, the other page not done."""
    shutil.copy(PAGE, tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_text("x")
    (tmp_path / "bad.txt").chmod(0)
    res = cli(command[0], "bad.txt", "good.txt", *command[1:], prefix=unprivileged(), cwd=tmp_path)
    assert res.returncode == 2 and "Usage:" not in res.stderr and "Traceback" not in res.stderr, res.stderr
    if command[0] == "ingest":
        conn = sqlite3.connect(tmp_path / "q.db")
        assert conn.execute("SELECT source, error FROM errors").fetchall() == [("bad.txt", "UnreadableFile")]
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (1,)
    else:
        assert "bad.txt: UnreadableFile: cannot read: Permission denied" in res.stderr
        assert "good.txt" in res.stdout  # the good page is done


def _store(tmp_path: Path) -> Path:
    shutil.copy(PAGE, tmp_path / "good.txt")
    assert cli("ingest", "good.txt", "--store", "q.db", "--workers", "1", cwd=tmp_path).returncode == 0
    return tmp_path / "q.db"


def test_an_output_that_cannot_be_written_is_a_one_line_error_with_status_2(tmp_path: Path) -> None:
    """Round-24 new-user P2: these were tracebacks with exit status 1, which means 'a check failed'."""
    _store(tmp_path)
    (tmp_path / "plain").write_text("a file where a folder is wanted")
    for args in (["export", "--store", "q.db", "--table", "checks", "--format", "csv", "--out", "nodir/c.csv"],
                 ["export", "--store", "q.db", "--table", "checks", "--format", "parquet", "--out", "plain/c.parquet"],
                 ["audit", "good.txt", "--html", "plain/r.html"],
                 ["export", "--store", "q.db", "--table", "checks", "--format", "parquet"],
                 ["export", "--store", "nope.db", "--table", "checks", "--format", "csv"]):
        res = cli(*args, cwd=tmp_path)
        assert res.returncode == 2, (args, res.stderr)
        assert "Traceback" not in res.stderr and res.stderr.splitlines()[-1].startswith("Error: "), (args, res.stderr)


def test_an_html_report_in_a_missing_folder_is_refused_before_the_run_and_no_folder_is_made(tmp_path: Path) -> None:
    """Round-31 new user: '--html /nonexistent/dir/r.html' exited 0 and made the folders at the filesystem's root."""
    shutil.copy(PAGE, tmp_path / "good.txt")
    res = cli("audit", "good.txt", "--html", "typo/dir/r.html", cwd=tmp_path)
    assert res.returncode == 2 and "the folder typo/dir does not exist" in res.stderr, res.stderr
    assert not (tmp_path / "typo").exists() and "good.txt" not in res.stdout  # refused before the run


def test_a_read_only_store_is_refused_for_writing_and_exported_for_reading(tmp_path: Path) -> None:
    db = _store(tmp_path)
    (tmp_path / "new.txt").write_text(PAGE.read_text(encoding="utf-8") + "\n")
    db.chmod(0o444)
    tmp_path.chmod(0o555)  # no WAL index can be made beside it either
    try:
        res = cli("ingest", "new.txt", "--store", "q.db", prefix=unprivileged(), cwd=tmp_path)
        assert res.returncode == 2 and "Error: cannot write the store q.db" in res.stderr and "Traceback" not in res.stderr
        res = cli("export", "--store", "q.db", "--table", "documents", "--format", "csv", prefix=unprivileged(), cwd=tmp_path)
        assert res.returncode == 0, res.stderr
        assert res.stdout.count("\n") == 2  # the header and the one document
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.parametrize("command", [["audit"], ["parse"], ["ingest", "--store", "never.db"]])
def test_an_empty_path_is_a_usage_error_not_the_working_folder(command: list[str], tmp_path: Path) -> None:
    """'quotecheck audit "$PAGES"' with PAGES unset audited the working folder (16,098 pages for a round-32 new
    user, NU-6): an empty argument is refused before anything is read or written."""
    res = cli(*command, "", cwd=tmp_path)
    assert res.returncode == 2 and "an empty path names no file or folder" in res.stderr
    assert not (tmp_path / "never.db").exists()


def test_the_librarys_audit_paths_lists_an_unlistable_folder_and_audits_the_rest(tmp_path: Path) -> None:
    """Round-32 new user NU-7: audit_paths raised UnreadableFile for a folder it could not list, and the whole result
    was lost, where the README says such inputs are listed in report.errors (as the CLI lists them)."""
    shutil.copy(PAGE, tmp_path / "ok.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        code = ("import json, quotecheck, sys; r, docs = quotecheck.audit_paths([sys.argv[1]]); "
                "print(json.dumps([len(docs), [[e.path, e.error] for e in r.errors]]))")
        res = subprocess.run([*unprivileged(), sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
    finally:
        locked.chmod(0o755)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [1, [[str(locked), "UnreadableFile"]]]


def test_the_librarys_audit_paths_takes_one_path_as_one_path() -> None:
    """A str is iterable: audit_paths('fixtures/…/seeds') walked its characters, one of them '/' (NU-7)."""
    import quotecheck

    seeds = ROOT / "fixtures" / "gurufocus" / "seeds"
    for one in (str(seeds), seeds):
        report, docs = quotecheck.audit_paths(one)
        assert len(docs) == 4 and report.errors == []


def test_files_below_a_folder_named_unlike_pages_are_said_to_be_passed_over(tmp_path: Path) -> None:
    """Round-32 new user NU-5: a page saved as wget names it ('SZSE:002371', no extension) or as '.markdown' was
    passed over in silence, and the run passed on the one page it did read. A README or a JSON sidecar is not named."""
    shutil.copy(PAGE, tmp_path / "page.txt")
    shutil.copy(PAGE, tmp_path / "SZSE:002371")
    shutil.copy(PAGE, tmp_path / "x.markdown")
    (tmp_path / "page.txt.meta.json").write_text("{}", encoding="utf-8")
    res = cli("audit", str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert f"note: passed over 2 file(s) below the folders whose names are not a page's: {tmp_path / 'SZSE:002371'}, " \
           f"{tmp_path / 'x.markdown'}; name a file on the command line to audit it" in res.stderr
    named = cli("audit", str(tmp_path / "SZSE:002371"))
    assert named.returncode == 0 and "passed over" not in named.stderr


def test_ingest_says_it_passed_over_the_files_audit_passes_over(tmp_path: Path) -> None:
    """Round-47 new user N1: a page saved as wget names it ('…/term/e10/SZSE:002371') was passed over by ingest in
    silence (exit 0, 'documents: 0 new', no word), where audit says so. Ingest now says it as audit does; a run that
    found nothing but such files stored nothing and exits 2, as audit's 'no pages' does. Named, the file is read."""
    saved = tmp_path / "www.gurufocus.com" / "term" / "e10"
    saved.mkdir(parents=True)
    shutil.copy(PAGE, saved / "SZSE:002371")
    only = cli("ingest", str(tmp_path), "--store", str(tmp_path / "a.db"))
    assert only.returncode == 2, only.stderr
    said = (f"passed over 1 file(s) below the folders whose names are not a page's: {saved / 'SZSE:002371'}; name a file "
            "on the command line to ingest it")
    assert said in only.stderr and "documents: 0 new" in only.stderr
    shutil.copy(PAGE, tmp_path / "page.txt")
    both = cli("ingest", str(tmp_path), "--store", str(tmp_path / "b.db"))
    assert both.returncode == 0 and "documents: 1 new" in both.stderr and said in both.stderr
    named = cli("ingest", str(saved / "SZSE:002371"), "--store", str(tmp_path / "c.db"))
    assert named.returncode == 0 and "documents: 1 new" in named.stderr and "passed over" not in named.stderr


def test_a_projects_notes_below_a_folder_are_said_to_be_passed_over_not_reported_unusable(tmp_path: Path) -> None:
    """Round-37 testers gra F7, grb F8: a REPORT.md written beside the pages it judged was audited as a page, refused as
    'not a page of a known kind' and made the next run exit 2. A project's notes ('REPORT.md', 'notes.txt') are passed
    over and said to be, as ingest passes them over; one named on the command line is read (and refused)."""
    shutil.copy(PAGE, tmp_path / "page.txt")
    for name in ("REPORT.md", "notes.txt", "CHANGELOG.md"):
        (tmp_path / name).write_text("# What I found\n\nThe headline is right.\n", encoding="utf-8")
    res = cli("audit", str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert "UnknownPageKind" not in res.stderr
    assert f"note: passed over 3 file(s) below the folders whose names are not a page's: {tmp_path / 'CHANGELOG.md'}, " \
           f"{tmp_path / 'REPORT.md'}, {tmp_path / 'notes.txt'}; name a file" in res.stderr
    named = cli("audit", str(tmp_path / "REPORT.md"))
    assert named.returncode == 2 and "UnknownPageKind" in named.stderr
    store = tmp_path / "s.db"
    ingest = cli("ingest", str(tmp_path), "--store", str(store))
    assert ingest.returncode == 0, ingest.stderr
    import sqlite3

    with sqlite3.connect(store) as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 1
        assert db.execute("select count(*) from errors").fetchone()[0] == 0


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_a_reader_that_stops_early_gets_141_not_the_failed_check_status(fmt: str) -> None:
    """'quotecheck audit … | head' exited 1, the status of a failed check, with nothing said (round-32 new user
    NU-10): a closed pipe is 141, as export and other command-line tools give, and no traceback."""
    with subprocess.Popen([*CLI, "audit", str(ROOT / "fixtures"), "--format", fmt], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8")
        assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err


@pytest.mark.parametrize(("args", "said"), [
    # 'is not a usable quotecheck store: unable to open database file' read as a broken store
    (("ingest", str(PAGE), "--store", "{folder}/new.db"),
     "Error: cannot create the store {folder}/new.db: the folder {folder} is not writable by this user"),
    # the run was done, then 'Permission denied' named a hidden temporary file
    (("audit", str(PAGE), "--html", "{folder}/r.html"), "the folder {folder} is not writable by this user"),
])
def test_an_output_in_a_folder_that_cannot_be_written_is_refused_before_the_run(args: tuple[str, ...], said: str,
                                                                               tmp_path: Path) -> None:
    """Round-32 new user NU-16: the store's and the HTML report's folder is named, before any page is audited."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        res = cli(*(a.format(folder=folder) for a in args), prefix=unprivileged())
    finally:
        folder.chmod(0o755)
    assert res.returncode == 2 and said.format(folder=folder) in res.stderr
    assert "documents," not in res.stdout


def test_a_projects_own_files_and_hidden_folders_are_not_said_to_be_passed_over(tmp_path: Path) -> None:
    """A second read found the note would count a checkout's README, LICENSE and every git object: only files a
    saved page may be named as are named."""
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / ".git" / "objects" / "ab").mkdir(parents=True)
    for name in (".git/objects/ab/cdef", "README", "LICENSE", ".DS_Store"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    res = cli("audit", str(tmp_path))
    assert res.returncode == 0 and "passed over" not in res.stderr


def test_a_file_name_that_is_not_utf8_is_audited_and_stored_by_an_escaped_name(tmp_path: Path) -> None:
    """'m\\xff.txt' (a byte that is not UTF-8 in the name: legal on Linux) made every command print a traceback: its name
    could not be written to JSON, SQLite or the terminal (round-33 new user NU2-1). It is a page like any other, named
    with the byte escaped; the JSON is valid, the store holds it and its checks across pages ran."""
    import sqlite3

    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "gurufocus" / "seeds"
    folder = tmp_path / "pages"
    folder.mkdir()
    odd = os.fsdecode(b"m\xff.txt")
    (folder / odd).write_bytes(next(seeds.glob("001_*.txt")).read_bytes())
    (folder / "002.txt").write_bytes(next(seeds.glob("002_*.txt")).read_bytes())
    run = [sys.executable, "-m", "quotecheck"]
    text = subprocess.run([*run, "audit", "."], cwd=folder, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in text.stderr and "m\\xff.txt:3: WARN" in text.stdout and text.returncode == 0
    assert "   3 | " in text.stdout  # its lines are quoted: the report reads the file by the name's escapes
    out = subprocess.run([*run, "audit", ".", "--format", "json"], cwd=folder, capture_output=True, timeout=120)
    assert sorted(d["path"] for d in json.loads(out.stdout)["documents"]) == ["002.txt", "m\\xff.txt"]
    store = tmp_path / "s.db"
    ingest = subprocess.run([*run, "ingest", str(folder), "--store", str(store)], capture_output=True, text=True, timeout=300)
    assert ingest.returncode in (0, 1) and "Traceback" not in ingest.stderr, ingest.stderr
    with sqlite3.connect(store) as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 2
        assert db.execute("select count(*) from documents where source like '%m\\xff.txt'").fetchone()[0] == 1


def test_hidden_files_and_folders_below_a_folder_are_passed_over_and_one_named_is_read(tmp_path: Path) -> None:
    """'quotecheck audit .' in a project walked '.venv' and '.tox' and reported their text files as unusable inputs
    (round-33 new user NU2-17); hidden entries below a folder are passed over, as git and ruff pass them over, by audit
    and ingest alike, and a hidden page named on the command line is read."""
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "top_level.txt").write_text("quotecheck\n", encoding="utf-8")
    shutil.copy(PAGE, tmp_path / ".hidden_page.txt")
    res = cli("audit", str(tmp_path), "--format", "json")
    assert res.returncode == 0, res.stderr
    assert [Path(d["path"]).name for d in json.loads(res.stdout)["documents"]] == ["page.txt"]
    named = cli("audit", str(tmp_path / ".hidden_page.txt"), "--format", "json")
    assert [Path(d["path"]).name for d in json.loads(named.stdout)["documents"]] == [".hidden_page.txt"]
    stored = cli("ingest", str(tmp_path), "--store", str(tmp_path / "s.db"))
    assert stored.returncode == 0 and "unusable inputs: none" in stored.stdout + stored.stderr, stored.stdout + stored.stderr
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 1


@pytest.mark.parametrize("args", [("rules",), ("schema",), ("audit", str(PAGE)), ("audit", str(PAGE), "--format", "json"),
                                  ("parse", str(PAGE))])
def test_output_on_a_full_disk_is_a_one_line_error_with_status_2(args: tuple[str, ...]) -> None:
    """Round-34 new user NU3-5: '> /dev/full' (a disk that fills up) gave a traceback and status 1, which a script
    reads as 'a check failed, the output is good'."""
    if not Path("/dev/full").exists():  # every Linux has it; a test that cannot run here says so
        pytest.fail("/dev/full is missing on this machine")
    with open("/dev/full", "w", encoding="utf-8") as full:
        res = subprocess.run([*CLI, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert res.returncode == 2 and res.stderr.strip().endswith("Error: cannot write the output: No space left on device")
    assert "Traceback" not in res.stderr


def test_rules_to_a_reader_that_stops_early_gets_141() -> None:
    """Round-34 new user NU3-10: 'quotecheck rules | head -1' exited 1."""
    with subprocess.Popen([*CLI, "rules"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env={**os.environ, "PYTHONUNBUFFERED": "0"}) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # before a byte is read: the first write meets a closed pipe
        err = proc.stderr.read().decode("utf-8")
        assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["audit", "parse"])
def test_a_folder_over_the_files_limit_is_one_line_and_status_2(command: str, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Round-34 new user NU3-6: 100,002 files under one folder gave a traceback and status 1 (the limit, here 3)."""
    from click.testing import CliRunner

    from quotecheck.cli import main
    from quotecheck.parsers import _api

    monkeypatch.setattr(_api, "MAX_FILES_PER_RUN", 3)
    for i in range(5):
        shutil.copy(PAGE, tmp_path / f"{i}.txt")
    res = CliRunner().invoke(main, [command, str(tmp_path)])
    assert res.exit_code == 2 and res.stdout == "" and not isinstance(res.exception, _api.InputTooLarge)
    assert res.stderr == f"{tmp_path}: InputTooLarge: more than 3 files; 'quotecheck ingest' streams a folder of any size\n"
