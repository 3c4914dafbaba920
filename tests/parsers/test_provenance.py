"""A page's sidecar: ``x.txt.meta.json`` first, then ``x.meta.json``; a broken one is an error naming it and its line.
And the files a run takes from folders: pages only, sorted, each once however it is reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.parsers import QuotecheckParseError, collect_pages
from quotecheck.parsers._api import read_provenance

CASES = [  # (sidecar names written, the one that should be read or None)
    ((), None),
    (("x.txt.meta.json",), "x.txt.meta.json"),
    (("x.meta.json",), "x.meta.json"),
    (("x.txt.meta.json", "x.meta.json"), "x.txt.meta.json"),
]


@pytest.mark.parametrize(("written", "read"), CASES)
def test_the_sidecar_read(tmp_path: Path, written: tuple[str, ...], read: str | None) -> None:
    page = tmp_path / "x.txt"
    page.write_text("page")
    for name in written:
        (tmp_path / name).write_text(json.dumps({"url": f"https://example.test/{name}", "site": "gurufocus"}))
    prov = read_provenance(page)
    assert (prov.url if prov else None) == (f"https://example.test/{read}" if read else None)


def test_a_broken_sidecar_names_itself_and_its_line(tmp_path: Path) -> None:
    page = tmp_path / "x.txt"
    page.write_text("page")
    (tmp_path / "x.meta.json").write_text('{\n  "url": "u",\n  oops\n}')
    with pytest.raises(QuotecheckParseError) as info:
        read_provenance(page)
    assert info.value.source == str(tmp_path / "x.meta.json") and info.value.line == 3


def test_folders_give_pages_sorted_and_once(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.md", "a.txt", "c.html", "README.md", "a.txt.meta.json", "notes.json"):
        (tmp_path / name).write_text("x")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "dir.txt").mkdir()
    got = collect_pages([tmp_path, tmp_path / "c.html", tmp_path / "b"])
    assert [p.relative_to(tmp_path).as_posix() for p in got] == ["a.txt", "b/2.md", "c.html"]
