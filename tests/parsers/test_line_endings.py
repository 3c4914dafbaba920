"""Every seed and HTML fixture, re-saved with each line ending (and as UTF-16 with a BOM), gives the same facts, checks and lines."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from quotecheck.parsers._newlines import count_line_breaks, normalise_newlines, split_lines

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from golden import golden_path, payload  # noqa: E402

FIX = ROOT / "fixtures"
SEEDS = [*sorted((FIX / "gurufocus" / "seeds").glob("*.txt")), FIX / "longbridge" / "seed_002371.SZ.md",
         *sorted((FIX / "gurufocus" / "html").glob("*.html"))]
ENDINGS = {"crlf": "\r\n", "cr": "\r", "nel": "\x85", "ls": "\u2028", "ps": "\u2029"}
_BASELINE: dict[Path, dict[str, Any]] = {}


def _baseline(page: Path) -> dict[str, Any]:
    if page not in _BASELINE:
        _BASELINE[page] = payload(page)
    return _BASELINE[page]


def _resave(page: Path, tmp_path: Path, data: bytes) -> Path:
    out = tmp_path / page.name
    out.write_bytes(data)
    for meta in (page.with_name(page.name + ".meta.json"), page.with_suffix(".meta.json")):
        if meta.exists():
            shutil.copy(meta, tmp_path / meta.name)
    return out


def test_the_seeds_use_lf_only() -> None:
    """The baseline is the LF form, so each variant below really changes every break."""
    for page in SEEDS:
        text = page.read_text(encoding="utf-8")
        assert count_line_breaks(text) == text.count("\n") > 50, page.name


@pytest.mark.parametrize("ending", sorted(ENDINGS))
@pytest.mark.parametrize("page", SEEDS, ids=[p.name for p in SEEDS])
def test_each_line_ending_reads_like_lf(page: Path, ending: str, tmp_path: Path) -> None:
    text = page.read_text(encoding="utf-8").replace("\n", ENDINGS[ending])
    got = payload(_resave(page, tmp_path, text.encode("utf-8")))
    assert got == _baseline(page)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("page", SEEDS, ids=[p.name for p in SEEDS])
def test_utf16_with_a_bom_reads_like_utf8(page: Path, codec: str, tmp_path: Path) -> None:
    text = "\ufeff" + page.read_text(encoding="utf-8").replace("\n", "\r\n")
    got = payload(_resave(page, tmp_path, text.encode(codec)))
    assert got == _baseline(page)


def test_the_seed_findings_survive_cr_only(tmp_path: Path) -> None:
    """Issue 8: a CR-only copy of seed 001 silently lost its real finding (then a FAIL, now a WARN: see the README)."""
    page = FIX / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"
    flagged = [c for c in _baseline(page)["checks"] if c["status"] in ("fail", "warn")]
    assert flagged, "seed 001 has a real finding in its golden file"
    text = page.read_text(encoding="utf-8").replace("\n", "\r")
    got = payload(_resave(page, tmp_path, text.encode("utf-8")))
    assert [c for c in got["checks"] if c["status"] in ("fail", "warn")] == flagged
    assert golden_path(page).exists()


def test_what_is_not_a_line_break() -> None:
    """VT, FF and the ASCII separators stay inside their line (str.splitlines would break there)."""
    text = "a\x0bb\x0cc\x1cd\x1de\x1ef"
    assert split_lines(text) == [text] and count_line_breaks(text) == 0
    assert normalise_newlines("a\r\r\nb") == "a\n\nb"  # CR then CR LF: two breaks, as an editor shows


@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_the_site_readers_split_on_the_same_rule(ending: str) -> None:
    """Called directly (not through parse_text), the GuruFocus and Longbridge readers number lines alike."""
    from quotecheck.parsers.gurufocus._lines import split_page
    from quotecheck.parsers.longbridge._input import read_source

    text = ENDINGS[ending].join(["url: https://x/y", "", "one", "two \x0c same line", "three"])
    assert split_page(text).lines == ("url: https://x/y", "", "one", "two \x0c same line", "three")
    assert read_source(text).lines == ["url: https://x/y", "", "one", "two \x0c same line", "three"]
