"""The terminal report: problems only by default, source lines marked, the summary last; snapshot of the seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck._report import PROBLEMS, render_text
from quotecheck.parsers import Status, audit_paths

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("snapshots") / "seeds.txt"


@pytest.fixture
def seeds_text(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)  # relative paths in the report, as a user typing the command sees them
    report, _docs = audit_paths(["fixtures/gurufocus/seeds"])
    return render_text(report, PROBLEMS, width=100)


def test_seeds_report_matches_the_snapshot(seeds_text: str) -> None:
    if os.environ.get("QUOTECHECK_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(seeds_text, encoding="utf-8")
    assert seeds_text == SNAPSHOT.read_text(encoding="utf-8")


def test_summary_is_last_and_no_pass_is_listed(seeds_text: str) -> None:
    lines = seeds_text.rstrip().splitlines()
    totals = next(i for i, line in enumerate(lines) if " documents, " in line and " checks: " in line)
    assert totals >= len(lines) - 4, "the totals are among the closing lines"
    assert not any(": FAIL " in line or ": WARN " in line for line in lines[totals:]), "no finding after the summary"
    assert lines[-1].startswith("Shown: error, fail, warn, note.") and "--show-passes" in lines[-1]
    assert not any(": PASS " in line or ": SKIP " in line for line in lines)


def test_the_offending_number_is_marked_under_the_quoted_source_line(seeds_text: str) -> None:
    lines = seeds_text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("16 | Current: 19.35"))
    quote, marks = lines[at], lines[at + 1]
    col = quote.index("19.35")
    assert marks[col:col + 5] == "^^^^^" and marks[col - 1] == " "


def test_cross_page_findings_name_every_page_at_most_three(seeds_text: str) -> None:
    pages_lines = [line.strip() for line in seeds_text.splitlines() if line.strip().startswith("pages: ")]
    assert pages_lines, "the seeds have findings across pages"
    for line in pages_lines:
        named = line.removeprefix("pages: ").split(" and ")[0].split(", ")
        assert 1 <= len(named) <= 3 and all(p.startswith("fixtures/") and p.rsplit(":", 1)[1].isdigit() for p in named)


def test_show_passes_lists_every_status(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report, _docs = audit_paths(["fixtures/gurufocus/seeds/003_b9acf76c90166648.txt"])
    text = render_text(report, set(Status))
    assert ": PASS gf." in text and "--show-passes" not in text.splitlines()[-1]


def test_archive_sources_are_not_quoted() -> None:
    from quotecheck._report._source import SourceLines

    assert SourceLines().line("https://www.gurufocus.com/term/e10/X#sha256=ab", 3) is None


def test_a_quoted_line_cut_on_either_side_says_so(seeds_text: str) -> None:
    """A window into a long line marks both its cuts: '-6.' of '-6.70%' with no mark read as another number (a new
    user, round 31). Seed 002's line 12 is cut on both sides of its ¥14.57."""
    (quote,) = [line.split(" | ", 1)[1] for line in seeds_text.splitlines() if line.strip().startswith("12 | ") and "¥14.57" in line]
    assert quote.startswith("…") and quote.endswith("…") and "Mar. 2" not in quote


def test_no_line_ends_in_padding(seeds_text: str) -> None:
    """A wrapped message's lines end at their last word: rich padded them to the console's width, 80 columns of
    trailing spaces in a file or a pipe (round-32 new user NU-14)."""
    padded = [line for line in seeds_text.splitlines() if line != line.rstrip()]
    assert not padded, padded[:3]
    assert any(line.startswith("  ") and len(line) < 60 for line in seeds_text.splitlines())  # wrapped lines are there


def test_a_path_with_a_control_character_stays_on_its_line(tmp_path: Path) -> None:
    """A file named 'a<newline>b.txt' is printed 'a\\nb.txt:3:', on the one line of its finding (round-32 new user NU-22)."""
    import subprocess
    import sys

    seed = next((ROOT / "fixtures" / "gurufocus" / "seeds").glob("001_*.txt"))
    (tmp_path / "a\nb.txt").write_bytes(seed.read_bytes())
    (tmp_path / "c\x1bd.txt").write_bytes(b"\xff\xfe not a page")
    run = subprocess.run([sys.executable, "-m", "quotecheck", "audit", "."], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120)
    assert "a\\nb.txt:3: WARN gf.restated" in run.stdout
    assert "c\\x1bd.txt:1: QuotecheckParseError: " in run.stderr
    assert "\x1b" not in run.stdout + run.stderr


@pytest.mark.parametrize(("lo", "hi", "shown"), [
    ("18.51851851851851851851851852", "18.90145395799676898222940226", ("18.51851", "18.90146")),  # round-37 grc F5
    ("-11.3818759677287914595387499", "-11.37985822537276949401124419", ("-11.38188", "-11.37985")),  # outward
    ("115.22705", "115.22715", ("115.22705", "115.22715")),  # short: as it is
    ("9.9999999999999", "0.1000000000001", ("9.999999", "0.1000001")),
    ("-0.000000000001", "0.0000000000010", ("-0.000000000001", "0.000000000001")),  # never longer; zeros dropped
])
def test_a_long_recomputed_bound_is_rounded_outward_for_the_reader(lo: str, hi: str, shown: tuple[str, str]) -> None:
    from quotecheck._report._terminal import _bound

    assert (_bound(lo, upper=False), _bound(hi, upper=True)) == shown


@pytest.mark.parametrize("page", [
    "fixtures/gurufocus/realpages/gurufocus_ev2ebit_BHP_2014.txt",
    "fixtures/longbridge/seed_002371.SZ.md",
])
def test_an_interval_the_message_prints_is_not_shown_again_rounded_otherwise(page: str) -> None:
    """Round-41 wa F2: a message's '[46.27460, 46.33931]' (rounded to nearest) sat above a footer's '[46.27459, …]'
    (rounded outward), one interval shown two ways in one finding."""
    from quotecheck.cli import main

    root = Path(__file__).resolve().parents[2]
    out = CliRunner().invoke(main, ["audit", str(root / page)]).output
    findings = [" ".join(f.split()) for f in out.split("\n\n")]  # the message wraps
    said = [f for f in findings if "does not agree with recomputed [" in f]
    assert said, out
    assert all(f.count("recomputed [") == 1 for f in said), out


def test_the_excerpt_of_a_disagreement_shows_the_copies_that_disagree_first(seeds_text: str) -> None:
    """Seed 001's warning cites the headline's 18.20 (line 3), today's 18.20 (line 10), the box's 19.35 (line 16) and
    the industry line's 19.35 (line 23); the excerpt holds three lines, so it shows the quoted value and the two that
    differ from it, not a second 18.20 (round-46 new user F2: a FAIL's excerpt left out the line it was about)."""
    first = seeds_text.split("\n\n", 1)[0]
    assert "   3 | " in first and "  16 | Current: 19.35" in first and "  23 | Industry Median" in first
    assert "  10 | " not in first
