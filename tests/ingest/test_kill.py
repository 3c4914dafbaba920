"""Kill test: SIGKILL an ingest mid-run, run it again: every document exactly once, none half-written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory: pytest.TempPathFactory, corpus_module: ModuleType) -> Path:
    """Enough pages that the writer commits several batches (a batch is up to half a second of documents)."""
    out = tmp_path_factory.mktemp("kill-corpus")
    corpus_module.generate(out, 600, seed=11, rate=0.05)
    return out


def test_sigkill_mid_run_then_rerun(kill_corpus: Path, tmp_path: Path) -> None:
    corpus = kill_corpus
    pages = len(list(corpus.rglob("*.txt"))) + len(list(corpus.rglob("*.md")))
    db = tmp_path / "q.db"
    cmd = [sys.executable, "-c", "from quotecheck.cli import main; main()", "ingest", str(corpus), "--store", str(db), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while stored(db) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the writer and its workers, mid-run
    proc.wait()
    killed_at = stored(db)
    assert 10 <= killed_at < pages, f"not killed mid-run: {killed_at} of {pages}"

    conn = sqlite3.connect(db)
    half = conn.execute("SELECT d.id FROM documents d LEFT JOIN (SELECT document_id, COUNT(*) n FROM facts GROUP BY document_id) f "
                        "ON f.document_id = d.id WHERE coalesce(f.n, 0) != d.facts").fetchall()
    assert half == []
    conn.close()

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert rerun.returncode in (0, 1), rerun.stderr
    assert f"{killed_at} already stored" in rerun.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT sha256), COUNT(DISTINCT source) FROM documents").fetchone() == (pages, pages, pages)
    for table, column in (("facts", "facts"), ("checks", "checks")):
        bad = conn.execute(f"SELECT d.id FROM documents d LEFT JOIN (SELECT document_id, COUNT(*) n FROM {table} GROUP BY document_id) t "
                           f"ON t.document_id = d.id WHERE coalesce(t.n, 0) != d.{column}").fetchall()
        assert bad == [], table
    assert conn.execute("SELECT COUNT(*) FROM checks WHERE document_id IS NULL").fetchone()[0] > 0
    conn.close()


def _children(pid: int) -> set[int]:
    """The live child processes of ``pid`` (from /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux's")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_ingest_is_killed(kill_corpus: Path, tmp_path: Path, sig: signal.Signals) -> None:
    db = tmp_path / "q.db"
    cmd = [sys.executable, "-c", "from quotecheck.cli import main; main()", "ingest", str(kill_corpus), "--store", str(db), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while (len(workers) < 2 or stored(db) < 5) and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.02)
    assert len(workers) >= 2 and proc.poll() is None, "the run ended before it could be killed mid-run"
    os.kill(proc.pid, sig)  # the main process only, as a CI cancel or a kill of the run does
    proc.wait()
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for w in left:  # do not leave them behind if the test fails
        os.kill(w, signal.SIGKILL)
    assert left == [], "workers outlived the killed ingest"


def test_ctrl_c_exits_130_and_says_what_was_kept(kill_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    cmd = [sys.executable, "-c", "from quotecheck.cli import main; main()", "ingest", str(kill_corpus), "--store", str(db), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while stored(db) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before Ctrl-C could be sent mid-run (a machine too loaded to see it store)"
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C on a terminal: the main process and its workers
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 130, text[-2000:]
    assert "Traceback" not in text and "Aborted!" not in text
    kept = stored(db)
    assert text.strip().splitlines()[-1] == (f"interrupted: {kept} new document(s) of this run are kept in {db} (each one whole); "
                                             "run the same command again to resume")
