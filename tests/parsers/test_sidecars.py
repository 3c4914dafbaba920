"""A page's .meta.json sidecar that cannot be used is a typed error naming the sidecar, in bounded time and memory
(round-34 new user NU3-2: a sidecar of the wrong shape crashed audit, parse and ingest with a traceback naming no file,
one beside page 500 of 880 aborted every ingest of the folder, a FIFO sidecar hung and one linked to /dev/zero read
until memory ran out; NU3-8: an invalid one was reported as the page's)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotecheck.parsers import InputTooLarge, QuotecheckParseError, UnreadableFile, audit_paths, parse_file

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"


@pytest.mark.parametrize(("content", "said"), [
    (b'{"site": "GuruFocus"}', "site: Input should be 'gurufocus' or 'longbridge' (it holds 'GuruFocus')"),
    (b'{"url": 12345}', "url: Input should be a valid string (it holds 12345)"),
    (b'{"date": 20240510}', "date: Input should be a valid string"),
    (b"[]", "holds a JSON object of its provenance, not list"),
    (b"null", "not NoneType"),
    (b'"just a string"', "not str"),
    (b'{"url": "caf\xe9"}', "not UTF-8 text (byte 12)"),
    (b'{"url": ', "invalid JSON"),
    # round-35 new user NU4-9: an address the parser would read a security from, and a date that is no day
    (b'{"url": "javascript:alert(1)"}', "url: not an http(s) address (it holds 'javascript:alert(1)')"),
    (b'{"date": "2030-13-45"}', "date: '2030-13-45' is no day of the calendar (it holds '2030-13-45')"),
    (b'{"date": "2024-02-30"}', "'2024-02-30' is no day of the calendar"),
    (b'{"date": "20240510"}', "date: not a date 'YYYY-MM-DD', a month 'YYYY-MM' or a moment"),
    (b'{"date": "2024-W01-1"}', "not a date 'YYYY-MM-DD'"),
])
def test_a_sidecar_it_cannot_use_is_an_error_naming_the_sidecar(tmp_path: Path, content: bytes, said: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    (tmp_path / "page.txt.meta.json").write_bytes(content)
    with pytest.raises(QuotecheckParseError) as err:
        parse_file(page)
    assert said in err.value.message and err.value.source == str(tmp_path / "page.txt.meta.json") and err.value.line == 1


def test_the_other_pages_are_still_audited_and_the_error_names_the_sidecar(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    (tmp_path / "a.txt.meta.json").write_text('{"site": "GuruFocus"}', encoding="utf-8")
    report, docs = audit_paths(tmp_path)
    assert len(docs) == 1 and [e.path for e in report.errors] == [str(tmp_path / "a.txt.meta.json")]


def test_a_fifo_sidecar_is_refused_unopened_and_a_huge_one_unread(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    os.mkfifo(tmp_path / "page.txt.meta.json")  # opened, it would block until a writer came
    with pytest.raises(UnreadableFile, match="not a regular file"):
        parse_file(page)
    (tmp_path / "page.txt.meta.json").unlink()
    (tmp_path / "page.txt.meta.json").symlink_to("/dev/zero")  # a character device: refused unopened
    with pytest.raises(UnreadableFile, match="character device"):
        parse_file(page)
    (tmp_path / "page.txt.meta.json").unlink()
    (tmp_path / "page.txt.meta.json").write_bytes(b'{"note": "' + b"x" * 100_000 + b'"}')
    with pytest.raises(InputTooLarge, match="over the 65536-byte limit"):
        parse_file(page)


@pytest.mark.parametrize(("value", "synthetic"), [("false", False), ("true", True), (True, True), (None, False)])
def test_a_sidecars_synthetic_flag_is_read_as_the_bool_it_says(tmp_path: Path, value: object, synthetic: bool) -> None:
    """'"synthetic": "false"' was read as synthetic (bool of a non-empty string: the second read of round 34)."""
    import json

    from quotecheck.parsers._api import read_provenance

    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    (tmp_path / "page.txt.meta.json").write_text(json.dumps({"synthetic": value}), encoding="utf-8")
    prov = read_provenance(page)
    assert prov is not None and prov.synthetic is synthetic


def test_a_sidecar_naming_another_site_is_said_and_the_page_read_as_it_is(tmp_path: Path) -> None:
    """NU4-9: a sidecar that calls a GuruFocus page Longbridge's was taken without a word."""
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    (tmp_path / "page.txt.meta.json").write_text('{"site": "longbridge"}', encoding="utf-8")
    doc = parse_file(page)
    note = next(n for n in doc.notes if n.code == "sidecar_site_mismatch")
    assert doc.site.value == "gurufocus" and "longbridge's" in note.message and doc.security.ticker == "002371"
    (page.parent / "page.txt.meta.json").write_text('{"site": "gurufocus"}', encoding="utf-8")
    assert not [n for n in parse_file(page).notes if n.code == "sidecar_site_mismatch"]


@pytest.mark.parametrize("content", [b'{"date": "2024-05-10T10:00:00Z"}', b'{"date": "2024-05"}', b'{"date": ""}',
                                     b'{"url": ""}', b'{"date": "2026-06-16T13:20:20.337+08:00"}'])
def test_a_sidecar_with_a_moment_a_month_or_an_empty_field_is_used(tmp_path: Path, content: bytes) -> None:
    """The second read of round 35: a capture's moment, and an empty field, made a good page unusable."""
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    (tmp_path / "page.txt.meta.json").write_bytes(content)
    assert parse_file(page).security.ticker == "002371"
