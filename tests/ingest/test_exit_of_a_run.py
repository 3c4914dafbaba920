"""An ingest run fails (exit 1) for its own pages: a check of a page it stored, or a check across pages that cites one.

Round-48 new user N4: one clean page ingested into a store that held an old contradiction across pages (the seed E10
page beside its synthetic copy with a wrong adjusted row) exited 1, so the status could not say whether the new input
was clean. The summary still counts every check across pages, and says how many of the FAILs cite a page of the run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck._ingest import Store, ingest
from quotecheck.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus"
SEED = FIXTURES / "seeds" / "003_b9acf76c90166648.txt"
WRONG_ROW = FIXTURES / "synthetic" / "e10_seed_with_wrong_adjusted_row.txt"
CLEAN = FIXTURES / "realpages" / "gurufocus_ROCE_NYSE-WMT_2021.txt"
ROW = "201606 0.118 101.400 0.134"  # the seed's adjusted EPS row of Jun. 2016 (its synthetic copy prints 0.184)


def _ingest(folder: Path, store: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(store), "--workers", "1"])
    return result.exit_code, result.output


def _folder(tmp_path: Path, name: str, *pages: tuple[str, bytes]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, data in pages:
        (folder / file).write_bytes(data)
    return folder


def test_a_clean_page_beside_an_old_contradiction_does_not_fail_the_run(tmp_path: Path) -> None:
    store = tmp_path / "q.db"
    first = _folder(tmp_path, "first", (SEED.name, SEED.read_bytes()), (WRONG_ROW.name, WRONG_ROW.read_bytes()))
    code, out = _ingest(first, store)
    assert code == 1 and "(1 of the FAILs cites a page of this run)" in out
    code, out = _ingest(_folder(tmp_path, "clean", (CLEAN.name, CLEAN.read_bytes())), store)
    assert code == 0 and "cross-document checks: fail 1" in out and "(0 of the FAILs cite a page of this run)" in out


def test_a_new_page_that_contradicts_a_stored_one_fails_the_run(tmp_path: Path) -> None:
    store = tmp_path / "q.db"
    assert _ingest(_folder(tmp_path, "first", (SEED.name, SEED.read_bytes())), store)[0] == 0
    text = SEED.read_text(encoding="utf-8")
    assert ROW in text
    edited = text.replace(ROW, "201606 0.118 101.400 0.144").encode()  # synthetic: another capture of the same day, one row changed
    code, out = _ingest(_folder(tmp_path, "second", ("copy.txt", edited)), store)
    assert code == 1 and "(1 of the FAILs cites a page of this run)" in out


def test_after_a_run_stopped_before_its_checks_across_pages_every_fail_counts(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The stopped run's pages were never checked across; this run cannot tell them from its own, so its FAILs across
    pages are all its own, and the summary says why."""
    store = tmp_path / "q.db"
    first = _folder(tmp_path, "first", (SEED.name, SEED.read_bytes()), (WRONG_ROW.name, WRONG_ROW.read_bytes()))

    def interrupted(self: Store, checks: object) -> object:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Store, "replace_cross_checks", interrupted)
        with pytest.raises(KeyboardInterrupt):
            ingest([first], store, workers=1)
    summary = ingest([_folder(tmp_path, "clean", (CLEAN.name, CLEAN.read_bytes()))], store, workers=1)
    assert summary.cross_checks["fail"] == summary.cross_fails_of_run == 1 and summary.cross_fails_unattributed
    assert any("each FAIL counts as this run's" in line for line in summary.lines())


def _versions(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A store of the seed beside a page of the same content under another path, whose text the test then edits."""
    store, folder = tmp_path / "q.db", _folder(tmp_path, "m")
    page = folder / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    first = _folder(tmp_path, "first", (SEED.name, SEED.read_bytes()))
    assert _ingest(first, store)[0] == 0 and _ingest(folder, store)[0] == 0
    return store, folder, page


def test_a_new_version_of_a_page_is_the_one_checked_across_pages(tmp_path: Path) -> None:
    """Round-48 tester t6 P1: the older version's facts stay in the index under the same path (the values' history),
    and the checks kept whichever copy came first, so a new version contradicting the seed (Jun. 2016's adjusted EPS
    0.145, its own row consistent) passed, where an audit of the same files fails; P2: a corrected version then still
    failed with the old value. Each page's newest version is the one checked; the history stays in the vintages."""
    store, folder, page = _versions(tmp_path)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(ROW, "201606 0.128 101.400 0.145"), encoding="utf-8")  # synthetic: its own row holds
    code, out = _ingest(folder, store)
    assert code == 1 and "cross-document checks: fail" in out and "cite a page of this run" in out
    page.write_text(text + "\n", encoding="utf-8")  # corrected: the seed's values again, in new bytes
    code, out = _ingest(folder, store)
    assert code == 0 and "cross-document checks: fail" not in out
    with Store(store) as kept:  # every version's values stay in the history
        texts = {r[0] for r in kept.conn.execute("SELECT text FROM vintages WHERE metric = 'adj_eps' AND period_end = '2016-06'")}
    assert {"0.134", "0.145"} <= texts
