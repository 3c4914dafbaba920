"""ingest names a file it cannot read and goes on: a symlink loop was a traceback and exit 1 (round-32 new user NU-1),
where `audit` lists the same folder's loop as an unreadable input."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quotecheck._ingest import ingest

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"


@pytest.mark.parametrize("links", [{"self.txt": "self.txt"}, {"a.txt": "b.txt", "b.txt": "a.txt"}])
def test_a_symlink_loop_is_an_unreadable_input_and_the_rest_is_stored(tmp_path: Path, links: dict[str, str]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SEED, pages / "good.txt")
    for name, target in links.items():
        (pages / name).symlink_to(target)
    summary = ingest([pages], tmp_path / "q.db", workers=1)
    assert summary.documents == 1
    assert dict(summary.failures) == {"UnreadableFile": len(links)}
    conn = sqlite3.connect(tmp_path / "q.db")
    rows = conn.execute("SELECT source, error FROM errors ORDER BY source").fetchall()
    assert rows == [(str(pages / name), "UnreadableFile") for name in sorted(links)]


def test_another_programs_database_is_not_made_a_store(tmp_path: Path) -> None:
    """A typo'd --store naming another program's SQLite file added quotecheck's tables beside its own (round-32 new
    user NU-17): it is refused, and not one byte of it changes (the journal mode included)."""
    from quotecheck._ingest import StoreError

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match=r"is a database of another program \(it holds t\), not a quotecheck store"):
        ingest([SEED], other, workers=1)
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]

