"""ingest into the SQLite store: idempotent, versioned, quarantining, one writer for the pool."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quotecheck._ingest import Store, ingest
from quotecheck._ingest._migrations import MIGRATIONS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "realpages"
TABLES = ("documents", "securities", "facts", "calculations", "checks", "errors", "cross_index")


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        cols = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] not in ("ingested_at",)] for t in TABLES}
        return {t: sorted(conn.execute(f"SELECT {', '.join(c)} FROM {t}").fetchall(), key=repr) for t, c in cols.items()}
    finally:
        conn.close()


def test_rerun_writes_no_row(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    corpus, _ = small_corpus
    db = tmp_path / "q.db"
    first = ingest([corpus], db, workers=1)
    before = snapshot(db)
    changes_before = sqlite3.connect(db).execute("PRAGMA data_version").fetchone()
    assert first.documents == len(list(corpus.rglob("*.txt"))) + len(list(corpus.rglob("*.md")))
    conn = sqlite3.connect(db)
    total = conn.execute("SELECT total_changes()").fetchone()[0]
    second = ingest([corpus], db, workers=1)
    assert (second.documents, second.skipped) == (0, first.documents)
    assert snapshot(db) == before
    assert conn.execute("PRAGMA data_version").fetchone() == changes_before  # no other connection committed anything
    assert conn.execute("SELECT total_changes()").fetchone()[0] == total
    conn.close()


def test_pool_and_single_process_store_the_same(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    corpus, _ = small_corpus
    ingest([corpus], tmp_path / "one.db", workers=1)
    ingest([corpus], tmp_path / "two.db", workers=2)
    a, b = snapshot(tmp_path / "one.db"), snapshot(tmp_path / "two.db")
    for table in ("facts", "calculations", "cross_index", "securities"):
        drop_ids = [r[1:] for r in a[table]] if table != "securities" else a[table]
        drop_ids_b = [r[1:] for r in b[table]] if table != "securities" else b[table]
        if table == "securities":  # first_document depends on completion order
            drop_ids, drop_ids_b = [r[:-1] for r in a[table]], [r[:-1] for r in b[table]]
        assert sorted(drop_ids, key=repr) == sorted(drop_ids_b, key=repr), table
    assert sorted(r[1] for r in a["documents"]) == sorted(r[1] for r in b["documents"])
    cross = lambda s: sorted((r[1], r[2], r[3]) for r in s["checks"] if r[0] is None)  # noqa: E731
    assert cross(a) == cross(b)


def test_new_version_keeps_history_and_bad_pages_are_quarantined(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    seed = Path(__file__).resolve().parents[2] / "fixtures" / "longbridge" / "seed_002371.SZ.md"
    page = pages / "p.md"
    shutil.copy(seed, page)
    (pages / "junk.txt").write_text("this is not a quote page\n", encoding="utf-8")
    db = tmp_path / "q.db"
    s1 = ingest([pages], db)
    assert (s1.documents, dict(s1.failures)) == (1, {"UnknownPageKind": 1})
    page.write_text(seed.read_text(encoding="utf-8").replace("| Current Price | 619.70 |", "| Current Price | 620.10 |"), encoding="utf-8")
    s2 = ingest([pages], db)
    assert (s2.documents, dict(s2.failures)) == (1, {"UnknownPageKind": 1})  # still unusable: reported again, its row kept once (below)
    with Store(db) as store:
        rows = store.conn.execute("SELECT source, version FROM documents ORDER BY version").fetchall()
        assert rows == [(str(page), 1), (str(page), 2)]
        err = store.conn.execute("SELECT source, line, error FROM errors").fetchall()
        assert err == [(str(pages / "junk.txt"), 1, "UnknownPageKind")]
        vint = store.conn.execute("SELECT text, first_seen, last_seen FROM vintages WHERE metric = 'share_price' ORDER BY text").fetchall()
        assert [v[0] for v in vint] == ["619.70", "620.10"]


def test_store_is_versioned_and_refuses_a_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    Store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.commit()
    conn.close()
    from quotecheck._ingest import StoreError

    try:
        Store(db)
    except StoreError as exc:
        assert "schema version" in str(exc)
    else:
        raise AssertionError("a newer store was opened")


def test_streaming_audit_on_the_pool_equals_one_process(small_corpus: tuple[Path, set[str]]) -> None:
    from quotecheck._ingest import audit_stream
    from quotecheck.parsers import CheckResult

    corpus, _ = small_corpus
    tickers = sorted({p.name.split("_")[1] for p in corpus.rglob("gf_*.txt")})[:8]  # every page of 8 securities: enough to cross-check
    pages = sorted(p for p in corpus.rglob("*_*.*") if p.name.split("_")[1] in tickers)
    one = list(audit_stream(pages, workers=1))
    two = list(audit_stream(pages, workers=2))
    assert [e.model_dump_json() for e in one] == [e.model_dump_json() for e in two]
    assert any(isinstance(e, CheckResult) for e in one)  # the cross checks, computed on the workers, are in the stream


@pytest.mark.parametrize("workers", [1, 2])
def test_every_input_is_counted_once_when_a_run_repeats_content(tmp_path: Path, workers: int) -> None:
    """Round-21 ggi 1: copies of one page in one run were parsed in flight together; the copies the store then refused
    (their hash stored by the first) were counted nowhere ('26 new, 928 already stored' for 1,040 inputs)."""
    pages = sorted(FIXTURES.glob("*.txt"))[:3]
    batch = tmp_path / "batch"
    batch.mkdir()
    for k in range(40):
        for page in pages:
            shutil.copyfile(page, batch / f"{k:02d}_{page.name}")
    summary = ingest([batch], tmp_path / "q.db", workers=workers)
    assert (summary.documents, summary.skipped, sum(summary.failures.values())) == (3, 117, 0)


def test_a_run_stopped_before_its_cross_checks_finishes_them_when_run_again(
        small_corpus: tuple[Path, set[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round-24 new-user P1: Ctrl-C after the last document is stored, during the cross-document checks, left a store
    whose rerun stored nothing new and so never ran them ('cross-document checks: none', exit 0)."""
    corpus, _ = small_corpus
    clean = tmp_path / "clean.db"
    ingest([corpus], clean, workers=1)
    cross = "SELECT rule, status, subject, message FROM checks WHERE document_id IS NULL ORDER BY 1, 2, 3, 4"
    expected = sqlite3.connect(clean).execute(cross).fetchall()
    assert expected  # the corpus has checks across documents to lose

    def interrupted(self: Store, checks: object) -> object:
        raise KeyboardInterrupt

    db = tmp_path / "q.db"
    with monkeypatch.context() as patch:
        patch.setattr(Store, "replace_cross_checks", interrupted)
        with pytest.raises(KeyboardInterrupt):
            ingest([corpus], db, workers=1)
    assert sqlite3.connect(db).execute(cross).fetchall() == []
    again = ingest([corpus], db, workers=1)
    assert again.documents == 0 and sum(again.cross_checks.values()) == len(expected)
    assert sqlite3.connect(db).execute(cross).fetchall() == expected
    third = ingest([corpus], db, workers=1)  # done: nothing pending, nothing run again
    assert sum(third.cross_checks.values()) == 0
