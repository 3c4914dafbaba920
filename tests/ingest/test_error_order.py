"""The unusable inputs' rows come in input order whatever --workers is (round-48 new user N5: the pool reads further
ahead than one process, and ids of unreadable and unparsable inputs swapped between --workers 1 and 2). Real pages,
with FIFOs (unreadable, refused unopened) and files of random bytes (unparsable) between them."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from quotecheck._ingest import ingest

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_the_errors_rows_are_in_input_order_for_any_workers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    noise = random.Random(48)
    for i, page in enumerate(sorted(REAL.glob("*.txt"))[:240], 1):
        (folder / f"{i:03d}.txt").write_bytes(page.read_bytes())
        if i % 23 == 0:
            os.mkfifo(folder / f"{i:03d}b.txt")
        if i % 9 == 0:
            (folder / f"{i:03d}c.txt").write_bytes(bytes(noise.randrange(256) for _ in range(300)))
    rows = {}
    for workers in (1, 2):
        store = tmp_path / f"w{workers}.db"
        ingest([folder], store, workers=workers)
        rows[workers] = sqlite3.connect(store).execute("SELECT id, source, error FROM errors ORDER BY id").fetchall()
    assert rows[1] == rows[2]
    assert {error for _, _, error in rows[1]} == {"UnreadableFile", "QuotecheckParseError"}
    assert [source for _, source, _ in rows[1]] == sorted(source for _, source, _ in rows[1])  # the inputs' order
