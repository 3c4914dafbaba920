"""The raw archive: content addressing, atomic writes, verification, the fetch log."""

from __future__ import annotations

import concurrent.futures
import hashlib
import sqlite3
from pathlib import Path

import pytest

from quotecheck.scraper import Archive, ArchiveError
from quotecheck.scraper._archive import write_atomic

HEADERS = {"content-type": "text/html; charset=utf-8", "etag": '"v1"', "last-modified": "Fri, 10 May 2024 12:00:00 GMT"}


def store(archive: Archive, url: str, body: bytes, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return archive.record_page(
        url=url, final_url=url, status=200, headers=headers or HEADERS, body=body,
        encoding="utf-8", elapsed_s=0.1, attempts=1,
    )


def objects(root: Path) -> list[Path]:
    return sorted(p for p in (root / "objects").rglob("*") if p.is_file())


def test_body_is_stored_once_under_its_hash(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        first = store(archive, "https://h/a", b"same body")
        second = store(archive, "https://h/b", b"same body")
    digest = hashlib.sha256(b"same body").hexdigest()
    assert first.sha256 == second.sha256 == digest
    assert objects(tmp_path) == [tmp_path / "objects" / digest[:2] / f"{digest[2:]}.bin"]
    assert objects(tmp_path)[0].read_bytes() == b"same body"


def test_log_row_records_headers_and_metadata(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        entry = store(archive, "https://h/a", b"body")
        assert archive.entries("https://h/a") == [entry]
    assert entry.outcome == "ok" and entry.status == 200 and entry.size == 4
    assert entry.etag == '"v1"' and entry.last_modified == HEADERS["last-modified"]
    assert entry.content_type == HEADERS["content-type"] and entry.fetched_at.tzinfo is not None


def test_log_survives_reopen_and_uses_wal(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        store(archive, "https://h/a", b"body")
    with Archive(tmp_path) as archive:
        assert archive.latest_good("https://h/a") is not None
    conn = sqlite3.connect(tmp_path / "fetch_log.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_corrupt_or_missing_object_counts_as_absent(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        entry = store(archive, "https://h/a", b"original")
        path = archive.object_path(entry.sha256 or "")
        path.write_bytes(b"bit rot")
        assert archive.latest_good("https://h/a") is None
        assert list(archive.latest_pages()) == []
        store(archive, "https://h/a", b"original")  # a re-fetch rewrites the object
        assert path.read_bytes() == b"original"
        assert archive.latest_good("https://h/a") is not None
        path.unlink()
        assert archive.latest_good("https://h/a") is None


def test_failures_and_challenges_are_logged_but_never_stored(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        archive.record_failure(url="https://h/a", outcome="error", error="HTTPStatusError: HTTP 404", status=404)
        archive.record_failure(url="https://h/b", outcome="challenge", error="ChallengePage: Just a moment")
        rows = archive.entries()
        assert [(r.outcome, r.status, r.sha256) for r in rows] == [("error", 404, None), ("challenge", None, None)]
        assert archive.latest_good("https://h/a") is None
        assert list(archive.latest_pages()) == []
    assert objects(tmp_path) == []


def test_latest_pages_yields_newest_good_page_per_url(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        store(archive, "https://h/b", b"b-old")
        store(archive, "https://h/a", b"a-only")
        newest = store(archive, "https://h/b", b"b-new", {**HEADERS, "etag": '"v2"'})
        archive.record_not_modified(
            url="https://h/b", final_url="https://h/b", previous=newest, headers={}, elapsed_s=0.0, attempts=1
        )
        archive.record_failure(url="https://h/b", outcome="error", error="later failure")
        pages = list(archive.latest_pages())
    assert [(p.url, p.body) for p in pages] == [("https://h/a", b"a-only"), ("https://h/b", b"b-new")]
    assert pages[1].sha256 == hashlib.sha256(b"b-new").hexdigest()
    assert pages[1].content_type == HEADERS["content-type"] and pages[1].text().text == "b-new"


def test_not_modified_reuses_body_and_updates_validators(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        first = store(archive, "https://h/a", b"body")
        again = archive.record_not_modified(
            url="https://h/a", final_url="https://h/a", previous=first,
            headers={"etag": '"v9"'}, elapsed_s=0.0, attempts=1,
        )
        assert again.sha256 == first.sha256 and again.status == 304 and again.outcome == "not_modified"
        assert again.etag == '"v9"' and again.last_modified == first.last_modified
        assert archive.latest_good("https://h/a") == again
        failed = archive.record_failure(url="https://h/x", outcome="error", error="e")
        with pytest.raises(ArchiveError, match="no stored page"):
            archive.record_not_modified(
                url="https://h/x", final_url="https://h/x", previous=failed, headers={}, elapsed_s=0, attempts=1
            )
    assert len(objects(tmp_path)) == 1


def test_object_is_written_before_the_row_and_failures_leave_no_row(tmp_path: Path, monkeypatch) -> None:
    def broken_write(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    with Archive(tmp_path) as archive:
        monkeypatch.setattr("quotecheck.scraper._archive.write_atomic", broken_write)
        with pytest.raises(ArchiveError, match="No space left"):
            store(archive, "https://h/a", b"body")
        assert archive.entries() == []


def test_write_atomic_leaves_no_temp_files_on_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "d" / "x.bin"
    write_atomic(target, b"one")

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr("quotecheck.scraper._archive.os.replace", failing_replace)
    with pytest.raises(OSError, match="I/O error"):
        write_atomic(target, b"two")
    assert target.read_bytes() == b"one"  # the old content is intact
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.bin"]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    Archive(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "fetch_log.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ArchiveError, match="schema version 99"):
        Archive(tmp_path)


def test_garbage_log_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "fetch_log.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="not a usable fetch log"):
        Archive(tmp_path)


def test_open_existing_only(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive(tmp_path / "missing", create=False)
    assert not (tmp_path / "missing").exists()  # reading never creates an archive
    Archive(tmp_path / "made").close()
    Archive(tmp_path / "made", create=False).close()


def test_archive_root_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ArchiveError, match="cannot create archive"):
        Archive(tmp_path / "file")


@pytest.mark.parametrize("bad", ["", "abc", "g" * 64, "../" + "a" * 61])
def test_object_path_rejects_non_hashes(tmp_path: Path, bad: str) -> None:
    with Archive(tmp_path) as archive, pytest.raises(ArchiveError, match="not a sha256"):
        archive.object_path(bad)


def test_archive_can_be_used_from_worker_threads(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive, concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(store, archive, f"https://h/{i % 10}", f"body {i % 5}".encode()) for i in range(60)]
        for future in futures:
            future.result()
        assert len(archive.entries()) == 60
        assert len(list(archive.latest_pages())) == 10
    assert len(objects(tmp_path)) == 5


@pytest.mark.parametrize(("entries", "refused"), [
    ((), False),  # a new, empty folder
    (("objects/",), False),  # only an archive's objects folder (its log was never written)
    (("objects/", "writer.lock"), False),  # what a creation that died before its log left behind
    (("page.txt",), True),  # a folder of saved pages given by mistake (round-48 library user L5)
    (("a.txt", "b.txt", "c.txt", "d.txt", "sub/"), True),
])
def test_an_archive_is_created_only_in_a_new_or_empty_folder(tmp_path: Path, entries: tuple[str, ...], refused: bool) -> None:
    root = tmp_path / "folder"
    root.mkdir()
    for name in entries:
        (root / name.rstrip("/")).mkdir() if name.endswith("/") else (root / name).write_text("x", encoding="utf-8")
    if refused:
        with pytest.raises(ArchiveError, match="holds files and no archive"):
            Archive(root)
        assert sorted(p.name for p in root.iterdir()) == sorted(n.rstrip("/") for n in entries)  # nothing written
    else:
        with Archive(root) as archive:
            assert archive.db_path.is_file()
    with Archive(root if not refused else tmp_path / "new") as again:  # an existing archive, or a new folder, opens
        assert again.db_path.is_file()
