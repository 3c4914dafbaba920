"""A page of many printed formulas is audited in time linear in them: the restated rule's search for the formula whose
result a copy is scanned every formula for every copy (a page of 16,000 copies of seed 001's '=297.95/16.37 =18.20' took
57 s, round-33 new user NU2-4). Synthetic variant of seed 001; the index is built once a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text
from quotecheck.parsers.gurufocus import _audit_restated

SEED = next((Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds").glob("001_*.txt"))


def test_the_formulas_are_indexed_once_a_run(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, t in enumerate(lines) if t.startswith("=297.95/16.37"))
    block = "\n".join(lines[start - 2:start + 2]) + "\n\n"  # the formula's name, '=', its numbers and its result
    page = text.replace(block, block * 300, 1)
    calls: list[int] = []
    real = _audit_restated._formulas_by_result
    monkeypatch.setattr(_audit_restated, "_formulas_by_result", lambda doc: calls.append(1) or real(doc))
    doc = parse_text(page, source="synthetic-300-formulas.txt")
    assert len(doc.calculations) > 300
    checks = audit(doc).checks
    assert len(calls) == 1
    assert not [c for c in checks if c.status is Status.ERROR]


def test_a_message_lists_at_most_25_copies_whatever_its_verdict() -> None:
    """A PASS that listed each of 5,002 copies was 927,660 characters; a FAIL's list was capped (round-33 new user
    NU2-13). Every message lists at most 25 copies and says how many more; the inputs keep every one."""
    text = SEED.read_text(encoding="utf-8")
    block = "Cyclically Adjusted PB Ratio=Share Price/ Cyclically Adjusted Book per Share\n=297.95/16.37\n=18.20\n"
    assert block in text
    checks = audit(parse_text(text.replace(block, (block + "\n") * 200, 1), source="synthetic-200-formulas.txt")).checks
    longest = max(checks, key=lambda c: len(c.message))
    assert len(longest.message) < 3_000, longest.message[:200]
    assert any("more (every one in the inputs)" in c.message and len(c.inputs) > 100 for c in checks)
