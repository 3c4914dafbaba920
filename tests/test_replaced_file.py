"""A report written whole and renamed into place never replaces a device, a FIFO or a link (round-34 new user NU3-1:
'--html /dev/null' and 'export --out /dev/full' run as root turned the container's devices into regular files, and a
report.html kept as a link into a web root was replaced by a file while the link's target never changed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck._replaced_file import replaced_file
from quotecheck.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "gurufocus" / "seeds"


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "www").mkdir()
    target = tmp_path / "www" / "report.html"
    assert CliRunner().invoke(main, ["audit", str(SEEDS / "002_97f669d52d843f76.txt"), "--html", str(target)]).exit_code == 0
    old = target.read_bytes()  # an earlier report, of one page
    link = tmp_path / "report.html"
    link.symlink_to(target)
    res = CliRunner().invoke(main, ["audit", str(SEEDS), "--html", str(link)])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert target.read_bytes() != old


@pytest.mark.parametrize("command", [
    ["audit", str(SEEDS), "--html"],
    ["export", "--table", "facts", "--format", "parquet", "--out"],
])
def test_a_fifo_or_a_folder_is_refused_before_the_run_and_left_as_it_was(tmp_path: Path, command: list[str]) -> None:
    fifo, folder = tmp_path / "fifo", tmp_path / "folder"
    os.mkfifo(fifo)
    folder.mkdir()
    for path, said in ((fifo, f"{fifo} is a FIFO"), (folder, "is a directory")):  # a folder: click's own refusal
        args = [*command, str(path)] + (["--store", str(tmp_path / "none.db")] if command[0] == "export" else [])
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 2 and said in res.output, res.output
    assert fifo.exists() and not fifo.is_file() and folder.is_dir()


def test_a_link_to_a_fifo_is_refused_naming_both(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "link").symlink_to(fifo)
    with pytest.raises(ValueError, match=r"link \(-> .*fifo\) is a FIFO"):
        replaced_file(tmp_path / "link")
    assert replaced_file(tmp_path / "new.html") == tmp_path / "new.html"


# --- a write never replaces an input of its command (round-35 new user NU4-1, NU4-2) ---------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the seed pages."""
    path = tmp_path_factory.mktemp("store") / "quotecheck.db"
    res = CliRunner().invoke(main, ["ingest", str(SEEDS), "--store", str(path)])
    assert res.exit_code == 0, res.output
    return path


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("via_link", [False, True])
def test_an_export_over_its_own_store_is_refused_and_the_store_kept(tmp_path: Path, store: Path, fmt: str,
                                                                     via_link: bool) -> None:
    own = tmp_path / "own.db"
    own.write_bytes(store.read_bytes())
    before = own.read_bytes()
    out = tmp_path / "link.db" if via_link else own
    if via_link:
        out.symlink_to(own)
    res = CliRunner().invoke(main, ["export", "--store", str(own), "--table", "facts", "--format", fmt, "--out", str(out)])
    assert res.exit_code == 2 and "is the store" in res.output, res.output
    assert own.read_bytes() == before


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_an_export_over_another_store_is_refused(tmp_path: Path, store: Path, fmt: str) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(store.read_bytes())
    res = CliRunner().invoke(main, ["export", "--store", str(store), "--table", "facts", "--format", fmt, "--out", str(other)])
    assert res.exit_code == 2 and "is a SQLite database" in res.output, res.output
    assert other.read_bytes() == store.read_bytes()


def test_a_text_export_that_fails_leaves_the_earlier_file_whole(tmp_path: Path, store: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck._ingest import _export

    out = tmp_path / "facts.csv"
    _export.export(store, "facts", "csv", out)  # an earlier export, which a new one may replace
    earlier = out.read_bytes()

    def broken(*_args: object) -> object:
        yield [tuple(["x"] * 15)]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_export, "_batches", broken)
    with pytest.raises(OSError, match="No space"):
        _export.export(store, "facts", "csv", out)
    assert out.read_bytes() == earlier and [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


def test_a_text_export_streams_into_a_device(store: Path) -> None:
    res = CliRunner().invoke(main, ["export", "--store", str(store), "--table", "facts", "--format", "csv", "--out", os.devnull])
    assert res.exit_code == 0 and f"written to {os.devnull}" in res.output, res.output


def test_a_text_export_streams_into_a_fifo_without_reading_it(tmp_path: Path, store: Path) -> None:
    """The second read of round 35: the check that --out is no store read 2 KB of the FIFO first, and waited for a
    writer that never came (so did '--out /dev/stdout | head')."""
    import subprocess
    import sys

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        done = subprocess.run([sys.executable, "-m", "quotecheck", "export", "--store", str(store), "--table", "facts",
                               "--format", "csv", "--out", str(fifo)], capture_output=True, text=True, timeout=60)
        out, _ = reader.communicate(timeout=60)
    finally:
        reader.kill()
    assert done.returncode == 0, done.stderr
    assert out.startswith(b"document_id,fact_id,") and out.count(b"\n") > 100


@pytest.mark.parametrize(("kind", "said"), [("page", "is not a quotecheck HTML report"), ("store", "is a SQLite database")])
def test_the_html_report_never_replaces_a_page_or_a_store(tmp_path: Path, store: Path, kind: str, said: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes((SEEDS / "001_39c86e187c513272.txt").read_bytes())
    target = page if kind == "page" else tmp_path / "copy.db"
    if kind == "store":
        target.write_bytes(store.read_bytes())
    before = target.read_bytes()
    res = CliRunner().invoke(main, ["audit", str(page), "--html", str(target)])
    assert res.exit_code == 2 and said in res.output, res.output
    assert target.read_bytes() == before


def test_the_html_report_replaces_an_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.touch()
    res = CliRunner().invoke(main, ["audit", str(SEEDS / "002_97f669d52d843f76.txt"), "--html", str(target)])
    assert res.exit_code == 0 and target.read_text(encoding="utf-8").startswith("<!doctype html>"), res.output


def test_an_export_keeps_the_mode_of_the_file_it_replaces_and_leaves_other_files_alone(tmp_path: Path, store: Path) -> None:
    """The second read of round 35: a fixed 'facts.csv.part' overwrote a user's file of that name, and a 600 export
    came back 644."""
    out, theirs = tmp_path / "facts.csv", tmp_path / "facts.csv.part"
    first = CliRunner().invoke(main, ["export", "--store", str(store), "--table", "facts", "--format", "csv", "--out", str(out)])
    assert first.exit_code == 0, first.output  # an earlier export, which a new one may replace
    out.chmod(0o600)
    theirs.write_text("a file of the user's\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["export", "--store", str(store), "--table", "facts", "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("document_id,") and (out.stat().st_mode & 0o777) == 0o600
    assert theirs.read_text(encoding="utf-8") == "a file of the user's\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv", "facts.csv.part"]


def test_an_export_into_a_missing_folder_names_the_folder(tmp_path: Path, store: Path) -> None:
    res = CliRunner().invoke(main, ["export", "--store", str(store), "--table", "facts", "--format", "csv",
                                    "--out", str(tmp_path / "nodir" / "x.csv")])
    assert res.exit_code == 2 and "the folder" in res.output and "nodir" in res.output and ".part" not in res.output


def test_an_export_onto_the_stores_write_ahead_log_names_it(tmp_path: Path, store: Path) -> None:
    own = tmp_path / "own.db"
    own.write_bytes(store.read_bytes())
    wal = tmp_path / "own.db-wal"
    wal.write_bytes(b"")
    res = CliRunner().invoke(main, ["export", "--store", str(own), "--table", "facts", "--format", "csv", "--out", str(wal)])
    assert res.exit_code == 2 and "is the write-ahead log of the store" in res.output, res.output
