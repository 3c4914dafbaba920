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
    target.write_text("old report", encoding="utf-8")
    link = tmp_path / "report.html"
    link.symlink_to(target)
    res = CliRunner().invoke(main, ["audit", str(SEEDS), "--html", str(link)])
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("<!doctype html>")


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
