"""Unusable inputs in ingest: one quarantine row and one stderr line per path, the same for any --workers and on a re-run."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.parsers._sniff import SNIFF_CHARS

CLI = [sys.executable, "-c", "from quotecheck.cli import main; main()"]


def ingest(folder: Path, db: Path, workers: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "ingest", str(folder), "--store", str(db), "--workers", str(workers)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def repeated(tmp_path: Path) -> Path:
    """40 unusable files with only two distinct contents (the tester's 2,000 tiny files, smaller)."""
    d = tmp_path / "tiny"
    d.mkdir()
    for i in range(40):
        (d / f"p{i:02d}.txt").write_text("hello\n" if i % 2 else "not a page either\n")
    return d


def errors(db: Path) -> list[tuple[str, str]]:
    return sorted(sqlite3.connect(db).execute("SELECT source, error FROM errors").fetchall())


def test_each_unusable_path_is_quarantined_and_printed_for_any_workers(repeated: Path, tmp_path: Path) -> None:
    expected = sorted((str(p), "UnknownPageKind") for p in repeated.iterdir())
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        res = ingest(repeated, db, workers)
        assert res.returncode == 2, res.stderr
        assert errors(db) == expected
        for path, _ in expected:
            assert (f"{path}:1: UnknownPageKind: not a page of a known kind (longbridge, gurufocus): no page header of "
                    f"either site in its first {SNIFF_CHARS:,} characters") in res.stderr.splitlines()
        assert "unusable inputs: UnknownPageKind 40" in res.stderr and "0 new, 0 already stored" in res.stderr


def test_a_rerun_gives_the_same_failures_and_exit_status(repeated: Path, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    first = ingest(repeated, db, 2)
    again = ingest(repeated, db, 2)
    assert first.returncode == again.returncode == 2
    assert "unusable inputs: UnknownPageKind 40" in again.stderr
    assert len(errors(db)) == 40  # no row twice
