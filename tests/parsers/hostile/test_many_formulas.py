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
