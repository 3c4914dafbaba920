"""ingest shows how far it is, the checks across documents included (round 41: on a store of 10,000 generated pages
they took 9 of the run's 24 s with no line shown; on a million pages, many minutes of silence)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotecheck._ingest import ingest
from quotecheck.cli import _IngestProgress


@pytest.mark.parametrize("workers", [1, 2])
def test_the_cross_checks_report_their_progress_to_the_last_security(
        small_corpus: tuple[Path, set[str]], tmp_path: Path, workers: int) -> None:
    corpus, _ = small_corpus
    calls: list[tuple[int, int]] = []
    db = tmp_path / "q.db"
    ingest([corpus], db, workers=workers, cross_progress=lambda done, total: calls.append((done, total)))
    securities = sqlite3.connect(db).execute("SELECT COUNT(DISTINCT security) FROM cross_index").fetchone()[0]
    assert securities > 1 and calls[-1] == (securities, securities)
    assert all(total == securities for _, total in calls)
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})  # rising, no range counted twice


def test_a_log_line_every_ten_seconds_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    now = [100.0]
    report = _IngestProgress()
    report._clock = lambda: now[0]
    report.started = report._last = now[0]
    report.tty = False
    report(5, 0)  # too soon: nothing
    now[0] += 10
    report(40, 2)
    now[0] += 4
    report.cross(10, 300)  # too soon
    now[0] += 6
    report.cross(150, 300)
    assert capsys.readouterr().err.splitlines() == [
        "ingest: 40 stored, 2 already stored, 4.0 docs/s",
        "ingest: checks across documents, 150 of 300 securities",
    ]
