"""The HTML report grows with the findings kept, not the pages: passes counted, findings sampled per rule with counts."""

from __future__ import annotations

from pathlib import Path

from quotecheck._report._html_data import HtmlCollector
from quotecheck.parsers import audit, parse_file

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"


def test_findings_beyond_the_cap_are_sampled_with_their_counts() -> None:
    doc = parse_file(PAGE)
    result = audit(doc)
    problems = [c for c in result.checks if c.status.value in ("fail", "warn", "error")]
    assert problems, "the page has findings"
    collector = HtmlCollector(cap_per_rule=3)
    for _ in range(50):
        collector.add(doc, result)
    payload = collector.payload({}, interrupted=False)
    per_rule: dict[str, int] = {}
    for f in payload["findings"]:
        per_rule[f["rule"]] = per_rule.get(f["rule"], 0) + 1
    assert all(n <= 3 for n in per_rule.values())
    for rule in per_rule:
        total = 50 * sum(1 for c in problems if c.rule == rule)
        assert payload["sampled"][rule] == {"shown": per_rule[rule], "total": total}
    passes = sum(c["n"] for c in payload["counts"] if c["status"] == "pass")
    assert passes == 50 * sum(1 for c in result.checks if c.status.value == "pass")
    assert len(payload["docs"]) <= sum(per_rule.values()), "only pages of kept findings bring plot data"


def test_a_small_and_a_large_run_keep_the_same_number_of_findings() -> None:
    doc = parse_file(PAGE)
    result = audit(doc)
    small, large = HtmlCollector(cap_per_rule=2), HtmlCollector(cap_per_rule=2)
    for _ in range(5):
        small.add(doc, result)
    for _ in range(200):
        large.add(doc, result)
    assert len(small.payload({}, False)["findings"]) == len(large.payload({}, False)["findings"])
