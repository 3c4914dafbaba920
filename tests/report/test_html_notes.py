"""The HTML report's parser notes: counted by pages, sampled as findings are, and without moving the findings' sample
(the notes draw from a random stream of their own)."""

from __future__ import annotations

from pathlib import Path

from quotecheck._report._html_data import HtmlCollector
from quotecheck.parsers import audit, parse_file

FIX = Path(__file__).resolve().parents[2] / "fixtures"
PAGES = sorted((FIX / "gurufocus" / "realpages").glob("*.txt"))[:60]


def _payload(with_notes: bool, cap: int = 2) -> dict:
    collector = HtmlCollector(cap_per_rule=cap)
    for path in PAGES:
        doc = parse_file(path)
        result = audit(doc)
        collector.add(doc if with_notes else doc.model_copy(update={"notes": []}), result)
    return collector.payload({}, interrupted=False)


def test_the_notes_do_not_move_the_findings_sample() -> None:
    with_notes, without = _payload(True), _payload(False)
    assert with_notes["sampled"], "the cap must be small enough that findings are sampled"
    assert with_notes["findings"] == without["findings"]
    assert without["notes"] == [] and with_notes["notes"]


def test_each_note_kind_is_counted_by_pages_and_sampled_up_to_the_cap() -> None:
    notes = {n["code"]: n for n in _payload(True)["notes"]}
    truncated = notes["truncated"]
    pages = sum(1 for p in PAGES if any(n.code == "truncated" for n in parse_file(p).notes))
    assert truncated["pages"] == pages > 2
    assert len(truncated["shown"]) == 2 and truncated["total"] >= pages
    assert all(x["path"] and "page ends at line" in x["message"] for x in truncated["shown"])


def test_a_rules_warnings_never_draw_its_fails_out_of_the_sample() -> None:
    """Round-48 new user N1: one sample per rule held its FAILs and WARNs together; 127 warnings of gf.restated drew
    4 of its 5 FAILs out of the report, which a reader filtering on FAIL could not tell."""
    from quotecheck.parsers import CheckResult, Status

    def check(status: Status, n: int) -> CheckResult:
        return CheckResult(rule="cross.restated", status=status, subject=f"X.US m{n} (2024-03) across 2 pages", message="m")

    collector = HtmlCollector(cap_per_rule=40)
    collector.add_cross([check(Status.WARN, n) for n in range(60)] + [check(Status.FAIL, n) for n in range(3)]
                        + [check(Status.WARN, n) for n in range(60, 127)])
    payload = collector.payload({}, interrupted=False)
    kept = [f["status"] for f in payload["findings"]]
    assert kept.count("fail") == 3 and kept.count("warn") == 40
    assert payload["sampled"] == {"cross.restated warn": {"rule": "cross.restated", "status": "warn", "shown": 40, "total": 127}}
