"""Damaged archive bodies are reported with URL and reason, an older intact copy is used, an empty log is an error."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from quotecheck.cli import main
from quotecheck.scraper._archive import Archive

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "longbridge" / "seed_002371.SZ.md"
URL = "https://longbridge.com/en/quote/002371.SZ.md"


def record(archive: Archive, body: bytes, url: str = URL) -> str:
    entry = archive.record_page(url=url, final_url=url, status=200, headers={"content-type": "text/markdown; charset=utf-8"},
                                body=body, encoding="utf-8", elapsed_s=0.1, attempts=1)
    assert entry.sha256
    return entry.sha256


def test_damaged_latest_body_is_reported_and_the_older_copy_audited(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    old = SEED.read_bytes()
    new = old.replace(b"| Current Price | 619.70 |", b"| Current Price | 621.00 |")
    with Archive(root) as archive:
        record(archive, old)
        digest = record(archive, new)
        path = archive.object_path(digest)
    path.write_bytes(new[:100])  # truncated on disk
    result = CliRunner().invoke(main, ["audit", "--archive", str(root), "--format", "jsonl"])
    assert result.exit_code == 2, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    errors = [x["error"] for x in lines if "error" in x]
    assert len(errors) == 1 and errors[0]["path"] == URL and errors[0]["error"] == "DamagedBody"
    assert "does not match its sha256" in errors[0]["message"]
    docs = [x["document"] for x in lines if "document" in x]
    assert len(docs) == 1 and docs[0]["path"].startswith(f"{URL}#sha256=")
    assert lines[-1]["summary"]["documents"] == 1 and lines[-1]["summary"]["errors"] == 1


def test_missing_body_without_older_copy_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Archive(root) as archive:
        digest = record(archive, SEED.read_bytes())
        archive.object_path(digest).unlink()
    result = CliRunner().invoke(main, ["audit", "--archive", str(root), "--format", "json"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    reasons = {(e["path"], e["error"]) for e in report["errors"]}
    assert (URL, "DamagedBody") in reasons and (str(root), "ArchiveError") in reasons
    assert report["summary"]["documents"] == 0


def test_empty_fetch_log_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    Archive(root).close()
    result = CliRunner().invoke(main, ["audit", "--archive", str(root), "--format", "json"])
    assert result.exit_code == 2
    assert "is empty" in json.loads(result.stdout)["errors"][0]["message"]


def test_damaged_fetch_log_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    (root / "objects").mkdir(parents=True)
    (root / "fetch_log.sqlite3").write_bytes(b"not a database at all" * 100)
    result = CliRunner().invoke(main, ["audit", "--archive", str(root), "--format", "json"])
    assert result.exit_code == 2
    assert json.loads(result.stdout)["errors"][0]["error"] == "ArchiveError"


def test_read_only_archive_is_audited_and_left_untouched(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Archive(root) as archive:
        record(archive, SEED.read_bytes())
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
    for p in [*root.rglob("*"), root]:
        os.chmod(p, 0o555 if p.is_dir() else 0o444)
    try:
        result = CliRunner().invoke(main, ["audit", "--archive", str(root), "--format", "json"])
    finally:
        for p in [root, *root.rglob("*")]:
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
    assert json.loads(result.stdout)["summary"]["documents"] == 1, result.stdout
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
    assert after == before  # no -wal, -shm or journal created, nothing rewritten


def test_ingest_of_an_archive_quarantines_the_damaged_body(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Archive(root) as archive:
        record(archive, SEED.read_bytes())
        digest = record(archive, SEED.read_bytes() + b"\n")
        archive.object_path(digest).write_bytes(b"garbage")
    db = tmp_path / "q.db"
    result = CliRunner().invoke(main, ["ingest", str(root), "--store", str(db), "--workers", "1"])
    assert result.exit_code == 2
    out = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "errors", "--format", "jsonl"])
    rows = [json.loads(x) for x in out.stdout.splitlines() if x.startswith("{")]
    assert [(r["source"], r["error"]) for r in rows] == [(URL, "DamagedBody")]
    docs = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "documents", "--format", "jsonl"])
    assert len([x for x in docs.stdout.splitlines() if x.startswith("{")]) == 1
