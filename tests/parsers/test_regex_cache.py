"""The compiled-pattern cache gives what ``re.compile`` gives, for every pattern the parsers compile, and shrugs off a
bad or unwritable file (quotecheck.parsers._regex_cache)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.parsers import _regex_cache
from quotecheck.parsers._regex_cache import PatternCache, cache_file

KEYS = sorted(_regex_cache.process_cache().used)
"""Every (pattern, flags) the parsers' modules asked the cache for at import (the test run's cache is on: conftest)."""


def test_the_parsers_compile_their_patterns_through_the_cache() -> None:
    assert len(KEYS) > 250  # the parsers' module-level patterns (about 300): none was left to re.compile
    big = {p for p, _ in KEYS if len(p) > 3000}
    assert len(big) >= 3  # the label alternations, the dearest to compile


def test_a_saved_file_gives_every_pattern_as_re_compile_does(tmp_path: Path) -> None:
    first = PatternCache(tmp_path / "c.marshal")
    for pattern, flags in KEYS:
        assert first.compiled(pattern, flags) == re.compile(pattern, flags)
    assert first.compiled_anew == len(KEYS)
    assert first.compiled(*KEYS[0]) == re.compile(*KEYS[0]) and first.compiled_anew == len(KEYS)  # asked again: kept
    first.save()
    second = PatternCache(tmp_path / "c.marshal")
    for pattern, flags in KEYS:
        built = second.compiled(pattern, flags)
        # re.Pattern equality compares the pattern, the flags and the compiled program
        assert built == re.compile(pattern, flags), pattern[:80]
        assert built.groupindex == re.compile(pattern, flags).groupindex
    assert second.compiled_anew == 0  # every one from the file


def _lines() -> list[str]:
    """Lines of real pages of both sites, the text the patterns are searched in."""
    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    pages = sorted((fixtures / "gurufocus" / "realpages").glob("*.txt"))[:40] + sorted((fixtures / "longbridge").glob("*.md"))[:5]
    return [line for page in pages for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_cached_patterns_match_as_compiled_ones(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "c.marshal")
    for pattern, flags in KEYS:
        cache.compiled(pattern, flags)
    cache.save()
    again = PatternCache(tmp_path / "c.marshal")
    lines = _lines()
    assert len(lines) > 1000
    found = 0
    for pattern, flags in KEYS:
        ours, theirs = again.compiled(pattern, flags), re.compile(pattern, flags)
        for line in lines:
            a, b = ours.search(line), theirs.search(line)
            assert (a and (a.span(), a.groupdict(), a.groups())) == (b and (b.span(), b.groupdict(), b.groups())), pattern[:80]
            found += a is not None
    assert again.compiled_anew == 0 and found > 1000  # the real lines match, and match alike


def test_a_program_with_other_group_names_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """re.Pattern equality compares the program, not the group names: a program worked out with them swapped (a
    compiler laid out otherwise, say) is refused by the check, and nothing is written."""
    swapped = _regex_cache._program("(?P<b>x)(?P<a>y)", 0)
    monkeypatch.setattr(_regex_cache, "_program", lambda pattern, flags: swapped)
    cache = PatternCache(tmp_path / "c.marshal")
    assert cache.compiled("(?P<a>x)(?P<b>y)").groupindex == {"a": 1, "b": 2}
    cache.save()
    assert not (tmp_path / "c.marshal").exists()
    assert _sre_equal_but_named_otherwise(swapped)


def test_a_program_of_another_pattern_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = _regex_cache._program("b+", 0)
    monkeypatch.setattr(_regex_cache, "_program", lambda pattern, flags: other)
    cache = PatternCache(tmp_path / "c.marshal")
    assert cache.compiled("a+").match("aa") is not None
    cache.save()
    assert not (tmp_path / "c.marshal").exists()


def _sre_equal_but_named_otherwise(entry: object) -> bool:
    import _sre  # type: ignore[import-not-found]

    rebuilt = _sre.compile("(?P<a>x)(?P<b>y)", *entry)  # type: ignore[misc]
    return bool(rebuilt == re.compile("(?P<a>x)(?P<b>y)") and rebuilt.groupindex != {"a": 1, "b": 2})


@pytest.mark.parametrize("content", [
    b"",
    b"\x00garbage\xff" * 100,
    _regex_cache._dumped({("a+", 0): "not an entry"}),  # type: ignore[dict-item]
    _regex_cache._dumped({("a+", 0): (32, [0, 1, 2, 3], 0, {}, (None,))}),  # a program the engine refuses
    marshal.dumps((_regex_cache._FORMAT, 0, marshal.dumps({}))),  # a checksum that is not the entries'
    marshal.dumps((1, {("a+", 0): (32, [0, 1, 2, 3], 0, {}, (None,))})),  # an older layout
    marshal.dumps(["a list"]),
    _regex_cache._dumped({})[:-1],  # cut short
], ids=["empty", "noise", "wrong-entry", "refused-program", "bad-checksum", "older-format", "other-shape", "truncated"])
def test_a_bad_file_means_compiling_anew(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "c.marshal"
    file.write_bytes(content)
    cache = PatternCache(file)
    for pattern in ("a+", "(?P<x>a)"):
        built = cache.compiled(pattern)
        assert built.pattern == pattern
        assert built.match("aa") is not None and built.match("b") is None
    cache.save()  # a good file replaces it
    assert PatternCache(file).compiled("a+") == re.compile("a+")
    assert PatternCache(file).stored.keys() >= {("a+", 0), ("(?P<x>a)", 0)}


def test_a_file_above_the_size_limit_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "c.marshal"
    good = PatternCache(file)
    good.compiled("a+")
    good.save()
    monkeypatch.setattr(_regex_cache, "_MAX_BYTES", file.stat().st_size - 1)
    assert PatternCache(file).stored == {}


def test_an_unwritable_folder_is_no_error_and_costs_no_second_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("a file where the folder would be")
    cache = PatternCache(tmp_path / "file" / "c.marshal")
    monkeypatch.setattr(_regex_cache, "_program", lambda pattern, flags: pytest.fail("a program worked out for no file"))
    assert cache.compiled("a+") == re.compile("a+")
    cache.save()  # nothing written, nothing raised, and the cache is off for the process
    assert (tmp_path / "file").read_text() == "a file where the folder would be"
    assert cache.file is None
    cache.compiled("b+")
    cache.save()


def test_the_file_is_readable_by_others_and_keeps_other_entries(tmp_path: Path) -> None:
    file = tmp_path / "c.marshal"
    one = PatternCache(file)
    one.compiled("a+")
    one.save()
    assert file.stat().st_mode & 0o777 == 0o644
    two = PatternCache(file)  # another install: other patterns
    two.compiled("b+")
    two.save()
    assert PatternCache(file).stored.keys() == {("a+", 0), ("b+", 0)}


def test_a_flipped_bit_anywhere_in_the_file_is_never_read_as_a_program(tmp_path: Path) -> None:
    """A damaged file means compiling anew: one bit flipped in a stored program once gave a pattern that matched
    otherwise, and audits that differed at every run (round-50 new user P2). Every 37th byte, each bit of it."""
    file = tmp_path / "c.marshal"
    good = PatternCache(file)
    for pattern, flags in KEYS[:8]:
        good.compiled(pattern, flags)
    good.save()
    raw = file.read_bytes()
    for offset in range(0, len(raw), 37):
        for bit in range(8):
            damaged = bytearray(raw)
            damaged[offset] ^= 1 << bit
            file.write_bytes(bytes(damaged))
            cache = PatternCache(file)
            for key, entry in cache.stored.items():  # read at all only if the flip left the programs as they were
                assert good.stored.get(key) == entry, (offset, bit)


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_path_that_is_no_regular_file_turns_the_cache_off(tmp_path: Path, kind: str) -> None:
    """A FIFO at the cache's path hung every import; a folder there made every run write 0.5 MB it could not keep
    (round-50 new user P1, P3)."""
    file = tmp_path / "c.marshal"
    os.mkfifo(file) if kind == "fifo" else file.mkdir()
    cache = PatternCache(file)  # returns: the FIFO is never opened
    assert cache.file is None and cache.compiled("a+") == re.compile("a+")
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.marshal"]


def test_nothing_is_written_when_nothing_was_compiled(tmp_path: Path) -> None:
    file = tmp_path / "c.marshal"
    PatternCache(file).save()
    assert not file.exists()


def test_the_folder_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", "")
    assert cache_file() is None  # empty: off
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", "relative/folder")
    assert cache_file() is None  # never under wherever the process runs
    monkeypatch.delenv("QUOTECHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.setenv("HOME", "~")  # no home: expanduser leaves '~'
    assert cache_file() is None
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", str(tmp_path))
    found = cache_file()
    assert found is not None and found.parent == tmp_path
    assert sys.implementation.cache_tag in found.name  # another Python, another file
    monkeypatch.delenv("QUOTECHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    found = cache_file()
    assert found is not None and found.parent == tmp_path / "xdg" / "quotecheck"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")  # ignored, as the XDG spec says: the home's .cache
    monkeypatch.setenv("HOME", str(tmp_path))
    found = cache_file()
    assert found is not None and found.parent == tmp_path / ".cache" / "quotecheck"
    monkeypatch.setenv("HOME", str(tmp_path / "nonexistent"))  # a service user's: never made
    assert cache_file() is None


_CHILD = """
import hashlib
from quotecheck.parsers import _regex_cache
c = _regex_cache.process_cache()
print(c.compiled_anew, len(c.used), hashlib.sha256(repr(sorted(c.used)).encode()).hexdigest())
"""


def _child(folder: Path, seed: str) -> tuple[int, int, str]:
    env = {**os.environ, "QUOTECHECK_CACHE_DIR": str(folder), "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), int(out[1]), out[2]


def test_a_second_process_compiles_none_whatever_its_hash_seed(tmp_path: Path) -> None:
    """The patterns' texts are the same in every process (a label alternation was once built in a set's order, which
    the hash seed moves), so a process with another seed finds them all."""
    anew, used, texts = _child(tmp_path, "1")
    assert anew == used > 250  # each text compiled once (several modules ask for some of them)
    assert _child(tmp_path, "2") == (0, used, texts)
    assert _child(tmp_path, "3") == (0, used, texts)
