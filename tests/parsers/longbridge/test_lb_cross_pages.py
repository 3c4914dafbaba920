"""A Longbridge page's statement cells and snapshot figures are compared with the same vendor's other pages of the
security (round-35 tester ghz F1, F2): two renderings of one Financial Reports page (1H8.SG, columns 'Q4 2025' with no
end month) and of one quote page (MPNGY.US, one Financial Score 'Updated: 2026-04-29T04:30:15.000Z'). The pages are
real; the edited copies are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit_paths

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages"
PAIRS = {
    # two captures two minutes apart (13:20:20 and 13:22:19): a restatement between them is possible, so a cell that
    # differs is a revision between captures, not a proof (round-41 tester we F1; a FAIL before, by their date alone)
    "statements": (REAL / "1H8.SG.norm-llms.txt", REAL / "1H8.SG.norm.md", "| Revenue | 14.99M |", "| Revenue | 19.99M |",
                   "1H8.SG longbridge.revenue (fiscal Q4 2025)",
                   "the pages are dated 2026-06-16T13:20:20.337Z, 2026-06-16T13:22:19.454Z: a revision between captures"),
    # one snapshot, whenever each page was captured: a proof
    "snapshot": (REAL / "MPNGY.US.llms.txt", REAL / "MPNGY.US.md", "| Revenue YoY | 9.06% |", "| Revenue YoY | 19.06% |",
                 "MPNGY.US longbridge.revenue_yoy (2026-04-29T04:30:15.000Z) snapshot",
                 "pages of the same snapshot (2026-04-29T04:30:15.000Z) disagree"),
}
STATUS = {"statements": Status.WARN, "snapshot": Status.FAIL}


@pytest.mark.parametrize("pair", PAIRS, ids=list(PAIRS))
def test_two_renderings_agree_cell_by_cell(pair: str) -> None:
    first, second, _, _, subject, _ = PAIRS[pair]
    report, _ = audit_paths([first, second])
    assert report.cross_checks and all(c.status is Status.PASS for c in report.cross_checks)
    assert any(c.subject and c.subject.startswith(subject) for c in report.cross_checks)


@pytest.mark.parametrize("pair", PAIRS, ids=list(PAIRS))
def test_an_edited_cell_is_said_as_what_the_pages_can_prove(pair: str, tmp_path: Path) -> None:
    first, second, old, new, subject, said = PAIRS[pair]
    text = second.read_text(encoding="utf-8")
    assert old in text
    edited = tmp_path / second.name
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    report, _ = audit_paths([first, edited])
    (check,) = [c for c in report.cross_checks if c.subject and c.subject.startswith(subject)]
    assert check.status is STATUS[pair] and said in check.message, check.message


def test_an_undated_valuation_is_not_compared_and_a_snapshot_is() -> None:
    """The Valuation table prints no day: its figures are not keyed; the Financial Score's, stamped, are."""
    from quotecheck.parsers import parse_file
    from quotecheck.parsers._audit import comparable_facts

    doc = parse_file(REAL.parents[0] / "seed_002371.SZ.md")
    assert [f for f in doc.facts if f.id.startswith("valuation.") and f.value is not None]
    keys = {f.id: key for key, f, *_ in comparable_facts(doc)}
    assert not [i for i in keys if i.startswith(("valuation.", "peers."))]
    assert keys["style_score.revenue_yoy"][1:4] == ("longbridge.revenue_yoy", "2026-05-19T04:30:08.000Z", "snapshot")
