"""The 2013 pages' 'E10 for the trailing six years ended in Dec. 2013 was $1.34.' is a value of the term for its
period, as the later 'E10 for the quarter that ended in …' is, and a possessive name with a company suffix ('Monro
Muffler Brake, Inc.'s') names the security of a page with no title (round-50 tester z2 F1, F2: the E10 was never read,
so an edit of it failed nothing, and the page was said to state no name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file, parse_text

MNRO = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_e10_MNRO_2013.txt"
_E10 = "E10 for the trailing six years ended in Dec. 2013 was $1.34."

CASES = [
    # (edits, the status of gf.restated over the E10 of Dec. 2013)
    ((), Status.PASS),
    (((_E10, _E10.replace("$1.34", "$1.94")),), Status.FAIL),  # synthetic: the second copy contradicts the first
]


@pytest.mark.parametrize(("edits", "expected"), CASES, ids=["as-printed", "second-copy-edited"])
def test_the_trailing_years_value_is_a_copy_of_the_term(edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    checks = checked(MNRO, *edits)
    (same,) = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("e10 (2013-12")]
    assert same.status is expected, same.message
    assert "(line 5, today)" in same.message


def test_the_read_value_keeps_its_period_and_no_span() -> None:
    doc = parse_file(MNRO)
    (fact,) = [f for f in doc.facts if f.metric == "e10" and f.line == 5]
    assert fact.value is not None and fact.value.text == "$1.34"
    assert fact.period is not None and fact.period.end == "2013-12" and fact.period.frequency is None


@pytest.mark.parametrize(("printed", "name"), [
    ("Monro Muffler Brake, Inc.", "Monro Muffler Brake, Inc."),  # as printed
    ("Acme Holdings, Ltd", "Acme Holdings, Ltd"),  # synthetic: another legal form, without its dot
    ("Acme Holdings, Limited", "Acme Holdings, Limited"),  # synthetic: a legal form that is a word (not 'Limited')
    ("Acme Holdings, S.A.", "Acme Holdings, S.A."),  # synthetic: a dotted one
    ("the company, Inc.", None),  # synthetic: no capital, no name
])
def test_a_suffixed_possessive_names_the_security(printed: str, name: str | None) -> None:
    text = MNRO.read_text(encoding="utf-8").replace("Monro Muffler Brake, Inc.", printed)
    assert parse_text(text, source=str(MNRO)).security.name == name
