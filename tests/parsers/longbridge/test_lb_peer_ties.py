"""Peer ranks that tie ('01, 01, 03') are a warning, not two FAILs: a competition ranking numbers ties so, though the
column may as well number the rows (round-40 tester guc F2, on a derived page). A rank no ranking gives still fails,
once per break. Synthetic variants of the Longbridge seed's Peer Comparison (01 to 05, lines 208-212)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

SEED = (Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md").read_text(encoding="utf-8")


def _ranked(*ranks: str) -> list[tuple[Status, str]]:
    text = SEED
    for old, new in zip(("| 01 | NAURA", "| 02 | AMEC", "| 03 | Piotech", "| 04 | CCTech", "| 05 | HWATSING"), ranks, strict=True):
        assert old in text
        text = text.replace(old, f"| {new} |{old.split('|', 2)[2]}", 1)
    doc = parse_text(text, source="synthetic.md")
    return [(c.status, c.message) for c in audit(doc).checks if c.rule == "lb.peer.order"]


@pytest.mark.parametrize(("ranks", "statuses"), [
    (("01", "02", "03", "04", "05"), [Status.PASS]),
    (("01", "01", "03", "04", "05"), [Status.WARN]),  # competition ranking
    (("01", "01", "02", "03", "04"), [Status.WARN]),  # dense ranking
    (("01", "02", "02", "02", "05"), [Status.WARN]),  # three tie, the next skips two
    (("01", "01", "04", "05", "06"), [Status.FAIL]),  # a tie of two skips one rank, not two
    (("01", "02", "04", "05", "06"), [Status.FAIL]),  # a gap with no tie
    (("01", "01", "03", "03", "05"), [Status.WARN]),  # competition throughout
    (("01", "01", "02", "02", "03"), [Status.WARN]),  # dense throughout
    (("01", "01", "03", "03", "04"), [Status.FAIL]),  # competition, then dense: no ranking numbers so
    (("01", "01", "02", "02", "04"), [Status.FAIL]),  # dense, then competition
    (("01", "03", "02", "04", "05"), [Status.FAIL] * 3),  # out of order: a break at each step that is no ranking's
])
def test_ties_warn_and_breaks_fail(ranks: tuple[str, ...], statuses: list[Status]) -> None:
    found = _ranked(*ranks)
    assert [s for s, _ in found] == statuses, found
    if statuses == [Status.WARN]:
        assert "tie" in found[0][1] and "not a proof" in found[0][1]


def test_a_run_of_ties_is_named_once() -> None:
    ((status, message),) = _ranked("01", "02", "02", "02", "05")
    assert status is Status.WARN and "peer ranks tie: 02 on lines 209 to 211 (" in message


@pytest.mark.parametrize(("ranks", "said"), [
    (("01", "01", "03", "03", "04"), "go on as a competition ranking ('01, 01, 03') (line 210), so after this tie of 2 rows "
                                     "comes 05: a ranking does not mix the two schemes"),
    (("01", "01", "02", "02", "04"), "go on as a dense ranking ('01, 01, 02') (line 210), so after this tie of 2 rows comes 03"),
    (("01", "01", "04", "05", "06"), "after a tie of 2 rows comes 02 (a dense ranking) or 03 (a competition ranking)"),
    (("01", "02", "04", "05", "06"), "a ranked list goes up by one, so 03 comes next, or 02 again where rows tie"),
])
def test_a_break_says_what_the_ranking_would_print(ranks: tuple[str, ...], said: str) -> None:
    """Second read of round 40 (3): a mixed ranking's FAIL stated a rule its rank satisfied."""
    ((status, message),) = _ranked(*ranks)
    assert status is Status.FAIL and said in message, message


def test_a_dense_tie_warns_with_the_dense_example() -> None:
    ((status, message),) = _ranked("01", "01", "02", "03", "04")
    assert status is Status.WARN and "a dense ranking ('01, 01, 02')" in message
