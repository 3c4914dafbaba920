"""A store records the build of quotecheck that made each document's rows, and ``--reparse`` makes them again after an
upgrade (round 41: a rerun after an upgrade skipped every stored content and kept the old build's facts and verdicts,
with no way to tell them apart)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck._ingest import Store, ingest
from quotecheck._ingest._migrations import MIGRATIONS
from quotecheck._ingest._parsed_by import parser_build
from quotecheck.cli import main
from quotecheck.parsers import InputError

from .test_ingest_store import snapshot

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "longbridge" / "seed_002371.SZ.md"


def _as_if_an_older_build(db: Path, ids: str) -> int:
    """Make the documents ``ids`` (a SQL condition on ``id``) look stored by another build: its label, a fact
    less, a check turned another way and no comparable facts; return how many."""
    conn = sqlite3.connect(db)
    with conn:
        n = conn.execute(f"UPDATE documents SET parsed_by = '0.1.0+000000000000' WHERE {ids}").rowcount
        conn.execute(f"DELETE FROM facts WHERE rowid IN (SELECT MIN(rowid) FROM facts WHERE document_id IN "
                     f"(SELECT id FROM documents WHERE {ids}) GROUP BY document_id)")
        conn.execute(f"UPDATE checks SET status = 'fail' WHERE document_id IN (SELECT id FROM documents WHERE {ids})")
        conn.execute(f"DELETE FROM cross_index WHERE document_id IN (SELECT id FROM documents WHERE {ids})")
    conn.close()
    return n


def test_every_document_records_the_build_that_parsed_it(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    corpus, _ = small_corpus
    db = tmp_path / "q.db"
    ingest([corpus], db, workers=1)
    builds = {r[0] for r in sqlite3.connect(db).execute("SELECT parsed_by FROM documents")}
    assert builds == {parser_build()}
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{12}", parser_build())


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rerun_counts_another_builds_documents_and_reparse_makes_them_again(
        small_corpus: tuple[Path, set[str]], tmp_path: Path, workers: int) -> None:
    corpus, _ = small_corpus
    fresh, db = tmp_path / "fresh.db", tmp_path / "q.db"
    ingest([corpus], fresh, workers=1)
    first = ingest([corpus], db, workers=1)
    older = _as_if_an_older_build(db, "id % 4 = 1")
    assert older > 10
    damaged = snapshot(db)

    kept = ingest([corpus], db, workers=workers)  # no --reparse: nothing written, the other build's rows counted
    assert (kept.documents, kept.reparsed, kept.skipped, kept.stale) == (0, 0, first.documents, older)
    assert any(f"{older} of this run's inputs already stored were parsed by another build" in line and "--reparse" in line for line in kept.lines())
    assert snapshot(db) == damaged

    again = ingest([corpus], db, workers=workers, reparse=True)
    assert (again.documents, again.reparsed, again.skipped, again.stale) == (0, older, first.documents - older, 0)
    assert f"{older} parsed again" in again.lines()[0]
    assert snapshot(db) == snapshot(fresh)  # ids, sources, versions, facts, checks and cross checks as a fresh store's

    third = ingest([corpus], db, workers=workers, reparse=True)  # done: the same build, nothing parsed again
    assert (third.reparsed, third.skipped, sum(third.cross_checks.values())) == (0, first.documents, 0)


def test_a_store_written_before_the_build_was_recorded_is_migrated_and_counted(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:3], start=1):  # the store as quotecheck wrote it before migration 4
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.close()
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.md").write_bytes(SEED.read_bytes())
    ingest([pages], db)  # migrates the store
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    sqlite3.connect(db, isolation_level=None).execute("UPDATE documents SET parsed_by = NULL")  # as a row written before 4
    summary = ingest([pages], db)
    assert (summary.skipped, summary.stale) == (1, 1)
    with Store(db) as store:
        [sha] = [r[0] for r in store.conn.execute("SELECT sha256 FROM documents")]
        assert store.parsed_by(sha) == ""
    assert ingest([pages], db, reparse=True).reparsed == 1
    assert {r[0] for r in sqlite3.connect(db).execute("SELECT parsed_by FROM documents")} == {parser_build()}


def test_the_cli_says_how_to_reparse_and_does_it(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.md").write_bytes(SEED.read_bytes())
    db = tmp_path / "q.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(pages), "--store", str(db)]).exit_code in (0, 1)
    _as_if_an_older_build(db, "1 = 1")
    kept = runner.invoke(main, ["ingest", str(pages), "--store", str(db)])
    assert "1 of this run's inputs already stored were parsed by another build" in kept.output, kept.output
    redone = runner.invoke(main, ["ingest", str(pages), "--store", str(db), "--reparse"])
    assert "1 parsed again" in redone.output, redone.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT parsed_by, version FROM documents").fetchall() == [(parser_build(), 1)]
    assert conn.execute("SELECT COUNT(*) FROM cross_index").fetchone()[0] > 0  # the comparable facts are back


def test_content_this_build_cannot_parse_is_quarantined_and_its_stored_rows_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck._ingest import _runner
    from quotecheck._ingest._work import process_batch
    from quotecheck.parsers import QuotecheckParseError

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.md").write_bytes(SEED.read_bytes())
    db = tmp_path / "q.db"
    ingest([pages], db)
    _as_if_an_older_build(db, "1 = 1")
    before = snapshot(db)

    def refusing(tasks: list[object], with_audit_json: bool = False) -> bytes:
        with monkeypatch.context() as patch:
            def fail(*args: object, **kwargs: object) -> object:
                raise QuotecheckParseError("no longer a quote page", source=str(pages / "p.md"), line=3)
            patch.setattr("quotecheck._ingest._work.parse_file", fail)
            return process_batch(tasks, with_audit_json)  # type: ignore[arg-type]

    monkeypatch.setattr(_runner, "process_batch", refusing)  # workers=1 runs in this process
    summary = ingest([pages], db, reparse=True)
    assert (summary.reparsed, dict(summary.failures)) == (0, {"QuotecheckParseError": 1})
    after = snapshot(db)
    assert after.pop("errors") and not before.pop("errors")
    assert after == before


def test_storing_a_content_clears_its_quarantine(tmp_path: Path) -> None:
    """A page a build could not parse is quarantined by its content; once a later build stores that content, at any
    path, the quarantine no longer says what the store lacks and goes (another content's stays)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.md").write_bytes(SEED.read_bytes())
    db = tmp_path / "q.db"
    sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    with Store(db) as store:
        for source, digest in (("old/p.md", sha), ("old/q.md", "0" * 64)):
            assert store.quarantine(InputError(path=source, line=3, error="ParseError", message="an older build's"), digest)
        store.commit()
    assert ingest([pages], db).documents == 1
    assert sqlite3.connect(db).execute("SELECT source, sha256 FROM errors").fetchall() == [("old/q.md", "0" * 64)]


def test_upgrading_a_store_clears_the_quarantines_of_contents_it_holds(tmp_path: Path) -> None:
    """Second read of round 42, F4: a store written before migration 5 that holds a content and an older quarantine of
    it (a build that could not parse it, then one that stored it under another path) keeps only the others after the
    upgrade, without a --reparse."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.md").write_bytes(SEED.read_bytes())
    db = tmp_path / "q.db"
    assert ingest([pages], db).documents == 1
    sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    conn = sqlite3.connect(db, isolation_level=None)  # the store as a build before migration 5 left it
    conn.execute("DROP INDEX errors_by_content")
    conn.execute("PRAGMA user_version = 4")
    for source, digest in (("old/p.md", sha), ("old/q.md", "0" * 64)):
        conn.execute("INSERT INTO errors (source, sha256, url, line, error, message, seen_at) VALUES "
                     "(?, ?, NULL, 3, 'ParseError', 'an older build''s', '2026-01-01')", (source, digest))
    conn.close()
    with Store(db):  # the upgrade: the quarantine of a content the store holds goes, the other stays
        pass
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT source FROM errors").fetchall() == [("old/q.md",)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
